# Generates inst/extdata/barriers-dictionary.csv (run from the package root,
# with the package installed):
# every pattern states a problem. The category labels are kept from the
# current file.
labs <- list(
  recognition = c("Mancato riconoscimento formale della figura del peer", "Lack of formal recognition of the peer role"),
  funding = c("Finanziamenti insufficienti o instabili", "Insufficient or unstable funding"),
  cultural = c("Resistenze culturali dei professionisti", "Cultural resistance of professionals"),
  training = c("Mancanza di formazione e accreditamento", "Lack of training and accreditation"),
  role = c("Ruolo poco chiaro nell'équipe", "Unclear role in the team"),
  organisation = c("Vincoli organizzativi (tempo, carichi di lavoro, burocrazia)", "Organisational constraints (time, workload, bureaucracy)"),
  wellbeing = c("Supporto e supervisione insufficienti per i peer", "Insufficient support and supervision of peer workers"),
  stigma = c("Stigma", "Stigma"))
old <- read.csv("inst/extdata/barriers-dictionary.csv", colClasses = "character", encoding = "UTF-8")
for (k in names(labs)) labs[[k]] <- unlist(old[match(k, old$category), c("label_it", "label_en")])
# Rule: an exclusion says that what the predicate names is not a problem.
# Phrases match within the window, so "non è mai stato un problema" is
# covered by "non è un problema".
excl <- paste(c("non è un problema", "non sono un problema", "non rappresenta un problema",
  "non rappresentano un problema", "non è un ostacolo", "non sono un ostacolo",
  "non rappresenta un ostacolo", "non è una criticità", "non sono una criticità",
  "nessun problema", "nessuna difficoltà", "nessuna criticità", "nessun ostacolo",
  "non problemi", "non difficoltà", "non ci sono problemi", "non ci sono difficoltà",
  "non abbiamo problemi", "non abbiamo avuto problemi",
  # ... nor one the respondent says is settled ("sul piano dei fondi siamo a posto")
  "non abbiamo lamentele", "nessuna lamentela", "siamo a posto", "no complaints",
  "not a problem", "not an issue", "not a barrier", "not an obstacle", "not a concern",
  "no problem", "no problems", "no issue", "no issues", "no difficulties", "is not an issue",
  # a barrier feared for the future is none yet
  "potrebbero essere tagliati", "potrebbe essere tagliato", "potrebbero essere tagliate",
  "potrebbe essere tagliata", "potrebbe diventare un problema", "temo che", "temiamo che",
  "we are worried that", "we worry that", "could be cut",
  "might be cut", "i d worry", "would worry", "could struggle", "if it weren t renewed",
  "would be a problem",
  "don t have problems", "don t have any problems", "do not have problems",
  "do not have any problems", "dont have problems", "dont have any problems",
  "don t have issues", "don t have any issues", "haven t had problems", "haven t had any problems",
  "have not had any problems", "haven t had any issues", "no real problems", "no real issues",
  # (trouble, and barriers named as none around a topic: "We've not had
  # trouble with funding", "no real barriers around money")
  "no trouble", "not had trouble", "not had any trouble", "haven t had trouble",
  "haven t had any trouble", "don t have any barriers", "no barriers around",
  "no real barriers", "not had any barriers", "haven t had any barriers",
  "isn t an issue", "isn t a problem", "isnt an issue", "isnt a problem", "arent a problem",
  "isn t a barrier", "isnt a barrier", "aren t a barrier", "arent a barrier", "is not a barrier",
  "wasnt a problem", "isnt the problem", "arent the problem", "the problem isnt",
  "the issue isnt",
  # "X non è il problema" names what is not the barrier
  "non è il problema", "non sono il problema", "non è il principale problema",
  "is not the problem", "isn t the problem", "not the problem", "aren t the problem",
  "il problema non è", "il problema non sono", "the problem is not", "the problem isn t",
  "isn t the issue", "isnt the issue", "is not the issue", "not the issue", "aren t the issue",
  "not really the issue",
  # (and with "real", "main", "biggest" before the noun: "Money is not the
  # real issue", "I fondi non sono il vero problema")
  "is not the real issue", "is not the real problem", "is not the real barrier",
  "is not the biggest issue", "is not the biggest problem", "not the real issue",
  "not the real problem", "not the main issue", "non è il vero problema",
  "non sono il vero problema", "non è il problema principale",
  "non sono il problema principale", "non è il vero ostacolo", "non sono il vero ostacolo",
  "the issue is not", "the issue isn t", "not the main obstacle", "not the main problem",
  "don t have any problem", "dont have any problem", "do not have any problem",
  "don t have a problem with", "dont have a problem with", "have no problem with",
  "don t have an issue with", "dont have an issue with", "have no issue with",
  "don t have any issue with", "don t have any issues with", "don t have issues with",
  "dont have issues with", "have no issues with",
  "would be a barrier", "would be an issue", "if we expanded",
  "speriamo che", "spero che", "speriamo di", "ci auguriamo che", "we hope", "i hope",
  "hoping to", "unclear what you mean", "not sure what you mean",
  "we re planning to", "were planning to", "we are planning to", "sta andando bene",
  "stanno andando bene", "il problema non è economico", "non è economico",
  "è in programma", "sono in programma",
  "has largely gone", "have largely gone", "largely gone now", "largely settled",
  "settled down", "mostly historical", "no longer list",
  # ... and an answer that opens by denying barriers names none in passing
  "none that i can think of", "no major barriers", "no big barriers",
  "no significant barriers",
  # (problems denied with a qualifier: "no major issues with staff
  # attitudes or funding"; the Italian "nessun particolare problema" is
  # matched across its qualifier, which a pattern word would give a symbol)
  as.vector(outer(c("no major", "no big", "no significant", "no particular", "no serious",
                    "no specific"),
                  c("issues", "issue", "problems", "problem", "difficulties", "concerns"),
                  paste)),
  # (a barrier the respondent has not met: "Stigma isn't something we've
  # experienced")
  as.vector(outer(c("isn t something", "is not something", "isnt something",
                    "aren t something", "are not something"),
                  c("we ve", "i ve", "we have", "i have", "we worry", "i worry"), paste)),
  as.vector(outer(c("non è qualcosa che", "non è una cosa che"),
                  c("abbiamo", "ho", "ci preoccupa", "mi preoccupa"), paste)),
  "the barrier is not", "the barrier isn t", "the barrier isnt", "la barriera non è",
  "la barriera non sono", "l ostacolo non è", "l ostacolo non sono",
  "not the main thing", "isn t the main thing", "isnt the main thing",
  "il punto non è", "il punto non sono", "il nodo non è", "il nodo vero non è",
  "non credo sia un problema", "non credo che sia un problema", "non penso sia un problema",
  "non è quello il problema", "non è questo il problema",
  "not the main issue", "not the main barrier", "isn t the main obstacle",
  "isn t the main problem", "non è il principale ostacolo", "non è l ostacolo principale",
  "non è il problema principale", "non sono il problema principale",
  "non mi sembra che ci siano problemi", "non credo ci siano problemi",
  "non credo che ci siano problemi", "non penso ci siano problemi",
  "non penso che ci siano problemi", "non mi sembra ci siano problemi",
  "i don t think there are problems", "i don t think there is a problem",
  "nessuna barriera", "no barriers", "nessuna delle barriere", "nessuno dei problemi",
  "nessuna delle difficoltà", "none of the barriers", "none of the usual barriers", "non è più un problema", "non sono più un problema",
  "less of an issue", "less of a problem", "no longer a problem", "no longer an issue",
  "no longer a big", "no longer a major", "not a big issue", "not a big problem",
  "not a major issue", "not a major problem", "not really an issue", "not really a problem",
  "non è un grosso problema", "non è più un grosso problema", "non è un grande problema",
  "pesa meno", "meno di un tempo", "meno di prima", "less than before",
  # a barrier overcome or solved is no barrier now ("abbiamo superato le
  # resistenze iniziali"); negated, it is one ("non ancora superate")
  "superat*", "risolt*", "overcome", "overcame", "resolved", "solved",
  # a barrier placed elsewhere is not the respondent's ("in altre regioni
  # manca il riconoscimento"); after a separator, what follows is ("a
  # differenza di altre regioni, da noi mancano i fondi")
  "in altre regioni", "in altri dipartimenti", "in altri dsm", "in altre asl", "altrove",
  "in other trusts", "in other regions", "in other services", "elsewhere",
  # ... also as the subject ("other departments struggle with funding; ours
  # is covered", "altri dipartimenti hanno problemi di fondi")
  "other departments", "other trusts", "other services", "altri dipartimenti", "altri dsm",
  "altri servizi", "other hospitals", "other programs", "other programmes",
  "altri ospedali",
  # a barrier of the past is no barrier now ("in passato c'erano
  # resistenze", "it used to be funding"); negated, it is one
  "in passato", "behind us", "back in", "early on", "could become an issue", "first two years",
  "prima era il problema", "fino a due anni fa", "nothing now", "could become a problem", "potrebbe diventare", "alle spalle", "c era", "c erano", "ci sono state", "ci sono stati",
  "c è stata", "c è stato", "in the past", "previously", "used to be", "used to have",
  "we used to", "it used to", "there used to",
  # ... or at the start of the project ("all'inizio non c'erano fondi")
  "in un primo momento", "all inizio", "inizialmente", "at first", "initially",
  "at the start", "in the early days", "historically", "nei primi mesi",
  "i primi mesi sono stati", "i primi mesi erano", "nel primo anno", "il primo anno è stato",
  "in the first months", "in the first few months", "in the first year",
  "fino all anno scorso", "fino a poco tempo fa", "until last year", "until recently",
  "si sta sciogliendo", "si stanno sciogliendo", "sta diminuendo", "stanno diminuendo",
  "is fading", "are fading", "easing off",
  "a few years ago", "years ago", "anni fa", "qualche anno fa", "negli anni scorsi",
  "negli anni passati", "in previous years", "in earlier years",
  # ... or resolved, or written down in black and white (a role "scritto
  # nero su bianco nel regolamento")
  "are resolved", "been resolved", "were resolved", "now resolved", "nero su bianco",
  "in black and white",
  # ... nor is a lack that the answer says is not true
  "non è vero che manca", "non è vero che manchi", "non è vero che mancano",
  "non è vero che manchino", "not our headache", "isn t our headache", "not much in the way of",
  # "non è una questione di soldi" names what is not the barrier (one that
  # ends in "di", "of", "about" names only what follows it; "non è solo una
  # questione di soldi" names a part of it)
  "non c entra", "non c entrano", "non è una questione di", "non è questione di",
  "not a question of", "not a matter of", "it s not about", "is not about", "not really about",
  "non si tratta di",
  # a barrier sorted or changed is no barrier now
  "sorted", "sorted out",
  "have changed", "has changed", "è cambiat*", "sono cambiat*",
  # ... or improved, or a question that does not arise ("il problema dei
  # fondi non si pone")
  "have improved", "has improved", "improved a lot", "è migliorat*", "sono migliorat*",
  "molto migliorat*", "non si pone", "non si pongono", "no longer a concern",
  "does not arise", "doesn t arise", "has eased", "have eased", "not a funding issue",
  "changed completely", "has changed completely", "that s changed", "came through",
  "meno forte", "less strong",
  "not a funding problem", "not a money issue", "not a resource issue",
  "not a training issue", "not a cultural issue", "not a culture issue",
  # ... or subsided ("un po' di scetticismo, poi rientrato")
  "rientrat*",
  # a denial of barriers of a kind ("non ci sono barriere di tipo
  # economico", "non abbiamo un problema di fondi")
  "non ci sono barriere", "non abbiamo un problema", "non abbiamo grossi problemi",
  # ... or a doubt that it is the problem ("non direi", "non sono sicuro
  # che il problema sia di risorse", "I wouldn't say culture is a barrier")
  "non direi", "wouldn t say", "wouldnt say", "d not say",
  # ... or not seen ("Non vedo barriere culturali", "I don't see any barriers")
  "non vedo barriere", "non vedo problemi", "non vedo criticità", "non vedo ostacoli",
  "non vedo difficoltà", "don t see any barriers", "don t see barriers",
  "don t see any problems",
  # (and in the words of a report: "Non si rilevano criticità", "non
  # segnaliamo barriere significative")
  as.vector(outer(c("non rileviamo", "non si rilevano", "non segnaliamo", "non si segnalano",
                    "non riscontriamo", "non si riscontrano", "non ravvisiamo",
                    "non si ravvisano", "non vediamo"),
                  c("barriere", "criticità", "ostacoli", "difficoltà", "problemi"), paste)),
  "non sono sicuro che il problema sia", "non credo che il problema principale sia",
  "non credo che il problema sia", "not sure the problem is",
  # ... a barrier of the neighbours, or one that has settled
  "dipartimento vicino", "dipartimenti vicini", "has settled", "have settled",
  # ... or gone ("the resistance we faced has largely gone", "le resistenze
  # sono sparite")
  "has gone", "have gone", "largely gone", "has disappeared", "have disappeared",
  "è sparit*", "sono sparit*", "è scompars*", "sono scompars*",
  # ... and "prob" for "problema", as quick answers write it
  "il prob non sono", "il prob non è", "non è il prob", "non sono il prob", "nessun prob",
  "non è un prob",
  # ... or that has nothing to do with the barrier ("Nothing to do with
  # stigma or attitudes; it's capacity")
  "nothing to do with", "niente a che fare con", "nulla a che fare con",
  "niente a che vedere con", "nulla a che vedere con"),
  collapse = "|")
# ... or one the respondent does not think or find to be one ("Lo stigma
# non mi sembra più un ostacolo", "Non credo sia una questione di
# pregiudizio"), one that has not been one, or never ("Burnout hasn't been a problem";
# the other persons and tenses come with the negated auxiliaries below), and
# one that is not what holds the project back ("Stigma isn't really what
# holds us back", "Lo stigma non è quello che ci blocca")
excl_seem <- c("non mi sembra", "non mi sembrano", "non mi pare", "non mi paiono",
               "non credo sia", "non credo siano", "non credo che sia", "non credo che siano",
               "non penso sia", "non penso siano", "non penso che sia", "non penso che siano",
               "non ritengo sia", "non ritengo che sia")
# (what a barrier is called after a verb: "non rappresenta una criticità")
excl_an <- c("un problema", "un ostacolo", "una criticità", "una barriera", "un limite",
             "una difficoltà")
excl_seem_an <- c(excl_an, "una questione di", "il problema", "il problema principale",
                  "il vero problema", "il principale problema", "l ostacolo principale",
                  "il principale ostacolo")
excl_been <- c("hasn t been a problem", "hasn t been an issue", "hasn t been a barrier",
               "hasn t been an obstacle", "hasn t been a concern", "hasn t been a big issue",
               "hasn t been a big problem", "hasn t been much of a problem",
               "hasn t been much of an issue", "hasn t been the issue",
               "hasn t been the problem", "hasn t been the main issue",
               "hasn t been the main problem", "hasn t been the real issue",
               "hasn t been the real problem",
               # ... nor ever one ("Funding has never been an issue", "I fondi non sono
               # mai stati un problema")
               as.vector(outer("never been", c("a problem", "an issue", "a barrier",
                                               "an obstacle", "a concern", "the issue",
                                               "the problem", "much of a problem",
                                               "much of an issue"), paste)),
               as.vector(outer(c("mai stato", "mai stata", "mai stati", "mai state"),
                               c("un problema", "un ostacolo", "una criticità",
                                 "una barriera", "un limite", "una difficoltà",
                                 "il problema"), paste)))
excl_back <- c(as.vector(outer(c("isn t", "not", "not really"),
                               c("what holds us back", "what s holding us back",
                                 "what is holding us back", "what stops us",
                                 "what s stopping us", "what is stopping us",
                                 "the thing stopping us", "the thing holding us back"), paste)),
               paste(c("non è quello che", "non è ciò che", "non sono quelli che",
                       "non sono queste le cose che"),
                     rep(c("ci blocca", "ci frena", "ci ferma", "ci ostacola"), each = 4L)))
# ... or one not called one ("non la definirei una barriera", "I wouldn't
# call it a barrier"), not ours ("money is not our issue"), one that staff
# have come round from, and one foreseen or supposed ("we may run into
# questions about scope", "immagino che incontreremo difficoltà", "è presto
# per dirlo"), and one of a first attempt ("la prima volta fallì per
# l'opposizione del primario")
excl_call <- c(as.vector(outer(c("non lo definirei", "non la definirei", "non li definirei",
                                 "non le definirei", "non lo considero", "non la considero",
                                 "non lo considererei", "non la considererei"),
                               c("un problema", "una barriera", "un ostacolo",
                                 "una criticità"), paste)),
               as.vector(outer(c("wouldn t call it", "wouldn t call that",
                                 "wouldn t describe it as", "wouldn t class it as"),
                               c("a barrier", "a problem", "an issue", "an obstacle"), paste)),
               "not our issue", "not our problem", "not our main issue",
               "not our main problem", "not our biggest issue", "not our biggest problem",
               "non è un nostro problema", "non è il nostro problema",
               "come round", "came round", "come around", "came around", "won over",
               "may run into", "might run into", "could run into", "we may face",
               "we might face", "immagino che", "incontreremo", "potremmo incontrare",
               "è presto per dirlo", "presto per dirlo", "too early to say",
               "too early to tell", "la prima volta", "the first time", "first attempt",
               "primo tentativo")
excl <- paste(c(excl, setdiff(as.vector(outer(excl_seem, excl_seem_an, paste)),
                              strsplit(excl, "|", fixed = TRUE)[[1L]]),
                excl_been, excl_back, excl_call), collapse = "|")
# ... also written with "nn" for "non", as quick answers do ("il problema nn
# sono i soldi")
excl_non <- grep("(^| )non( |$)", strsplit(excl, "|", fixed = TRUE)[[1L]], value = TRUE)
excl <- paste(c(excl, gsub("(^| )non( |$)", "\\1nn\\2", excl_non)), collapse = "|")
# ... and in the words of administrative answers: "non si ravvisano
# criticità", "Non si ritiene che vi siano barriere di tipo culturale", "i
# fondi non costituiscono un problema"
# (whole words, no stems: a stem would give "risultati" or "emergencies" a
# symbol, and take them out of approximate matching)
excl_found <- c(paste("non si", c("segnala", "segnalano", "ravvisa", "ravvisano", "rileva",
                                  "rilevano", "registra", "registrano", "riscontra",
                                  "riscontrano", "evidenzia", "evidenziano", "osserva",
                                  "osservano", "ritengono")),
                "non emerge", "non emergono", "non sussiste", "non sussistono", "non risulta",
                "non risultano", "non sono state riscontrate", "non sono stati riscontrati",
                "non sono emerse", "non sono emersi", "non è emersa", "non è emerso",
                "non si ritiene che vi siano", "non si ritiene vi siano")
excl_issue <- c("criticità", "barriera", "barriere", "problema", "problemi", "difficoltà",
                "ostacolo", "ostacoli", "problematica", "problematiche")
excl_be <- c("non costituisce", "non costituiscono", "non rappresenta", "non rappresentano",
             "non risulta", "non risultano", "non ha costituito", "non hanno costituito")
# ... and a barrier that would arise only if something ended ("Qualora
# venisse meno il contributo regionale, si porrebbe il problema della
# sostenibilità")
excl_if <- c("si porrebbe", "si porrebbero", "qualora venisse meno", "qualora venissero meno",
             "se venisse meno", "se venissero meno", "dovesse venire meno",
             "dovessero venire meno")
# (also with the time between: "non rappresenta al momento una criticità")
excl_now <- as.vector(outer(c("non è", "non sono", excl_be),
                            c("al momento", "attualmente", "ad oggi", "per ora", "oggi"), paste))
excl <- paste(c(excl, as.vector(outer(excl_found, excl_issue, paste)),
                as.vector(outer(excl_now, excl_an, paste)),
                setdiff(as.vector(outer(excl_be, excl_an, paste)),
                        strsplit(excl, "|", fixed = TRUE)[[1L]]), excl_if), collapse = "|")

# Italian: topic (with its article forms) combined with problem cues
it_cues <- function(t, art, di) {
  # t: topic words; art, di: the article and the "di" form of each topic
  # ("fondi": "i", "dei"); every combination states a lack or a shortfall
  cop <- ifelse(art %in% c("i", "gli", "le"), "sono", "è")
  unique(c(paste("manca*", t), paste("manca*", art, t),
    paste("mancanza di", t), paste("mancanza", di, t), paste("carenz* di", t), paste("carenz*", di, t),
    paste("assenza di", t), paste("assenza", di, t),
    paste("poc*", t), paste("scars*", t), paste("senza", t), paste("nessun*", t),
    paste("non abbiamo", t),
    paste(t, "insufficient*"), paste(t, "inadeguat*"), paste(t, "carent*"),
    paste(t, "scars*"), paste(t, "limitat*"), paste(t, "assent*"), paste(t, "manca*"),
    paste(t, cop, "insufficient*"), paste(t, cop, "inadeguat*"), paste(t, cop, "carent*"),
    paste(t, cop, "scars*"), paste(t, cop, "limitat*"), paste(t, cop, "assent*"),
    paste(t, "non", cop, "sufficient*"), paste(t, "non", cop, "adeguat*")))
}
it_topics <- function(...) {
  x <- strsplit(c(...), "/", fixed = TRUE)
  it_cues(vapply(x, `[`, "", 1), vapply(x, `[`, "", 2), vapply(x, `[`, "", 3))
}
en_cues <- function(t, verb = "is") {
  tt <- t
  unique(c(paste("lack of", t), paste("shortage of", t), paste("absence of", t), paste("no", t),
    paste("not enough", t), paste("insufficient", t), paste("inadequate", t), paste("limited", t),
    paste("little", t), paste("poor", t), paste("scarce", t), paste("without", t),
    as.vector(base::t(outer(paste(tt, verb), c("insufficient", "inadequate", "lacking", "limited",
                     "scarce", "poor", "not enough", "not sufficient", "not adequate", "missing"),
                     paste)))))
}
rows <- list()
add <- function(cat, lang, p, kind = "problem", yield = FALSE)
  rows[[length(rows) + 1L]] <<- data.frame(category = cat, language = lang, pattern = p,
                                           kind = kind, yield = yield)

# ---- recognition
add("recognition", "it", c(
  it_topics("riconoscimento/un/di un", "inquadramento/un/di un", "contratto/un/di un", "profilo professionale/un/di un", "normativa/una/di una"),
  "mancato riconoscimento", "figura non riconosciuta", "non riconosciut*", "non è riconosciut*",
  "non sono riconosciut*", "non viene riconosciut*", "non vengono riconosciut*",
  "non è ancora riconosciut*", "non ancora riconosciut*", "non formalmente riconosciut*",
  "non esiste una figura", "non esiste un inquadramento", "non ha un riconoscimento",
  "non ha ancora un riconoscimento", "non hanno un riconoscimento", "non hanno ancora un riconoscimento",
  "vuoto normativo", "vuoti normativi", "lacuna normativa", "lacune normative",
  "riconoscimento assente", "riconoscimento incerto", "inquadramento incerto", "inquadramento precario",
  "incerto e precario", "precario e incerto", "contratto precario", "contratti precari",
  "contratti a termine", "contratti atipici", "lavoro precario", "precarietà contrattuale",
  "precarietà lavorativa", "figura non normata", "figura non definita per legge",
  "non inquadrat*", "non contrattualizzat*", "assenza di un profilo", "assenza di profilo",
  "manca una legge", "manca una normativa", "non esiste una normativa", "non esiste una legge"))
add("recognition", "en", c(
  en_cues(c("recognition", "formal recognition", "legal framework", "contract")),
  "not recognised", "not recognized", "not formally recognised", "not formally recognized",
  "not yet recognised", "not yet recognized", "is not recognised", "is not recognized",
  "unrecognised", "unrecognized", "without a contract", "no formal role", "no legal status",
  "unclear legal status", "unclear employment status", "precarious contract", "precarious contracts",
  "precarious employment", "temporary contracts", "short term contracts", "insecure contracts",
  "legal vacuum", "regulatory gap", "no official recognition"))

# ---- funding
add("funding", "it", c(
  it_topics("fondi/i/dei", "finanziament*/i/dei", "risorse/le/delle", "risorse economiche/le/delle", "budget/un/di un"),
  "fondi precari", "fondi instabil*", "fondi discontinu*", "fondi incert*", "finanziament* precari*",
  "finanziament* instabil*", "finanziament* discontinu*", "finanziament* incert*",
  "finanziament* a termine", "finanziament* a progetto", "finanziament* temporane*",
  "finanziament* sono discontinu*", "finanziament* sono precari", "finanziament* sono instabil*",
  "finanziament* sono incert*", "finanziament* sono temporane*", "fondi sono precari",
  "precarietà dei finanziamenti", "precarietà dei fondi", "instabilità dei finanziamenti",
  "discontinuità dei finanziamenti", "incertezza dei finanziamenti", "fondi legati a progetti",
  "legati a progetti annuali", "progetti a termine", "solo progetti a termine",
  "risorse economiche stabili", "mancano risorse economiche stabili",
  "tagli", "tagli ai fondi", "tagli ai finanziamenti", "tagli al budget", "tagli di bilancio",
  "sottofinanziat*", "non finanziat*", "non è finanziat*", "non sono finanziat*",
  "non retribuit*", "non pagat*", "senza retribuzione", "senza un budget", "senza budget",
  "non prevede una voce", "non prevede fondi", "non prevede risorse", "non prevede un budget",
  "nessuna voce di spesa", "nessuna voce di bilancio", "vincoli di bilancio", "vincoli economici",
  "vincoli finanziari", "difficoltà economiche", "difficoltà finanziarie", "problemi economici",
  "problemi di fondi", "problemi di finanziamento", "problema dei fondi", "problema economico",
  "costi elevati", "costi troppo alti", "costi alti", "troppo costos*", "non sostenibile economicamente",
  "sostenibilità economica incerta", "insostenibil*", "non ci sono abbastanza fondi",
  "non abbiamo abbastanza fondi", "non ci sono abbastanza risorse", "fondi non garantit*",
  "finanziament* non garantit*", "non ci sono fondi", "non ci sono risorse", "non ci sono finanziamenti",
  "non c'è un budget", "non c'è budget", "nessun fondo", "fondi esauriti", "fondi in scadenza"))
add("funding", "en", c(
  en_cues(c("funding", "money", "budget")), en_cues(c("funds", "resources"), "are"),
  "no funding", "no budget", "no money", "not funded", "unfunded", "underfunded", "underfunding",
  "without funding", "funding cuts", "budget cuts", "spending cuts", "cuts to funding",
  "cuts in funding", "cuts to the budget", "unstable funding", "precarious funding",
  "insecure funding", "uncertain funding", "short term funding", "temporary funding",
  "project based funding", "discontinuous funding", "funding is unstable", "funding is precarious",
  "funding is uncertain", "funding is insecure", "funding is short term", "funding is temporary",
  "funding shortage", "funding shortages", "funding gap", "funding gaps", "funding problems",
  "funding issues", "funding constraints", "financial constraints", "financial difficulties",
  "financial problems", "financial barriers", "budget constraints", "budgetary constraints",
  "no dedicated budget", "no dedicated funding", "no dedicated funds", "no stable funding",
  "no secure funding", "no sustainable funding", "cannot pay", "can't pay", "unable to pay", "unpaid", "not paid", "high costs", "too expensive",
  "not enough funds", "not enough money", "lack of funds", "lack of money"))

# ---- cultural (resistance and distrust are barriers by themselves)
add("cultural", "it", c(
  "resistenz*", "resistenze culturali", "resistenza dei professionisti", "diffidenz*", "diffident*",
  "scetticismo", "scettic*", "sfiducia", "mancanza di fiducia", "poca fiducia", "scarsa fiducia",
  "paternalism*", "chiusura", "chiusura culturale", "scarsa apertura", "poca apertura",
  "mentalità chiusa", "mentalità medica", "cultura medica", "cultura biomedica", "cultura ospedaliera",
  "modello medico dominante", "modello biomedico dominante", "approccio biomedico dominante",
  "predominio del modello biomedico", "rigidità gerarchic*", "gerarchie rigide", "logiche gerarchiche",
  "scarsa accettazione", "poca accettazione", "mancata accettazione", "mancanza di accettazione",
  "non accettazione", "ostilità", "reticenz*", "timore degli operatori", "timori degli operatori",
  "paura degli operatori", "pregiudizi degli operatori", "fatica ad accettare", "faticano ad accettare",
  "non accettano", "non accetta", "non credono", "non ci credono", "scarsa valorizzazione",
  "poca valorizzazione", "mancata valorizzazione", "svalutazione", "svalutat*", "sottovalutazione",
  "scarsa considerazione", "poca considerazione", "non considerat*", "non valorizzat*",
  "scarso interesse", "poco interesse", "disinteresse", "opposizione", "contrari*",
  "percepit* come una minaccia", "vissut* come una minaccia", "minaccia per gli operatori",
  "difesa corporativa", "corporativism*", "cultura dei servizi poco aperta", "cultura poco aperta",
  "resistenze al cambiamento"))
add("cultural", "en", c(
  "resistance", "professional resistance", "cultural resistance", "scepticism", "skepticism",
  "sceptical", "skeptical", "distrust", "mistrust", "paternalism", "paternalistic",
  "dominant medical model", "medical model dominates", "biomedical dominance", "rigid hierarchy",
  "rigid hierarchies", "hierarchical culture", "negative staff attitudes", "negative attitudes",
  "reluctance", "reluctant", "lack of trust", "lack of acceptance", "poor acceptance", "low acceptance",
  "not accepted", "hostility", "hostile", "opposition", "undervalued", "devalued", "not valued",
  "not taken seriously", "seen as a threat", "perceived as a threat", "closed culture",
  "resistance to change", "lack of interest", "little interest"))

# ---- training
add("training", "it", c(
  it_topics("formazione/la/della", "formazione specifica/una/di una", "percorsi formativi/i/dei", "accreditamento/un/di un", "occasioni di formazione/le/delle"),
  "non format*", "non è format*", "non sono format*", "non adeguatamente format*", "senza formazione",
  "formazione disomogene*", "formazione non omogene*", "formazione frammentat*",
  "formazione non strutturat*", "formazione non riconosciut*", "formazione non certificat*",
  "formazione non accreditat*", "formazione lasciata", "formazione è lasciata",
  "formazione degli esp è lasciata", "formazione dei peer è lasciata", "lasciata all'iniziativa",
  "non accreditat*", "non certificat*", "senza accreditamento", "senza certificazione",
  "poche occasioni di formazione", "manca* corsi", "manca* i corsi", "pochi corsi", "corsi insufficienti",
  "non ci sono corsi", "manca* la formazione", "non c'è formazione", "mancano percorsi", "manca un percorso", "manca un corso",
  "nessun corso", "nessun percorso formativo", "nessuno standard formativo",
  "impreparat*", "poco preparat*", "scarsamente preparat*", "non preparat*"))
add("training", "en", c(
  en_cues(c("training", "accreditation")), en_cues("training courses", "are"),
  "untrained", "not trained", "not adequately trained", "poorly trained", "inadequately trained",
  "without training", "no accredited training", "unaccredited", "not accredited", "not certified",
  "uncertified", "unqualified", "unprepared", "fragmented training", "training is fragmented",
  "training is left to", "no training pathway", "no training standards", "no standard training"))

# ---- role
add("role", "it", c(
  it_topics("definizione del ruolo/una/di una", "chiarezza sul ruolo/la/della"),
  "ruolo poco chiaro", "ruolo non chiaro", "ruolo non definito", "ruolo indefinito", "ruolo ambiguo",
  "ruolo incerto", "ruolo confuso", "ruolo non è chiaro", "ruolo non è definito", "ruolo è poco chiaro",
  "ruoli poco chiari", "ruoli non chiari", "ruoli non definiti", "ruoli indefiniti", "ruoli confusi",
  "ruolo da definire", "ruolo ancora da definire", "confusione di ruoli", "confusione dei ruoli",
  "confusione sul ruolo", "ambiguità del ruolo", "ambiguità di ruolo", "incertezza sul ruolo",
  "incertezza del ruolo", "funzione poco chiara", "funzione non chiara", "mansioni poco chiare",
  "mansioni non definite", "mansioni non chiare", "compiti poco chiari", "compiti non definiti",
  "confini poco chiari", "confini non definiti", "sovrapposizion*", "non è chiaro cosa",
  "non è definito cosa", "non è chiaro il ruolo", "non è definito il ruolo", "chi fa cosa",
  "difficile integrazione", "difficoltà di integrazione", "difficoltà di inserimento",
  "difficile inserimento", "scarsa integrazione", "mancata integrazione", "poco integrat*",
  "non integrat*", "identità professionale incerta", "identità professionale poco chiara",
  "collocazione incerta", "collocazione poco chiara", "non ha una collocazione"))
add("role", "en", c(
  en_cues(c("role clarity", "role definition")),
  "unclear role", "unclear roles", "role is unclear", "role is not clear", "role is not defined",
  "roles are unclear", "undefined role", "ill defined role", "poorly defined role", "role confusion",
  "role ambiguity", "ambiguous role", "blurred boundaries", "unclear boundaries", "not clear",
  "unclear tasks", "unclear duties", "poor integration", "difficult integration",
  "not integrated", "poorly integrated", "no place in the team", "overlap with other professionals"))

# ---- organisation
add("organisation", "it", c(
  it_topics("tempo/il/del", "personale/il/del", "coordinamento/un/di un"),
  "burocrazi*", "burocratic*", "carichi di lavoro elevati", "carichi di lavoro eccessivi",
  "carichi di lavoro pesanti", "carico di lavoro elevato", "carico di lavoro eccessivo",
  "sovraccarico di lavoro", "sovraccarico", "sovraccaric*", "troppo lavoro",
  "manca il tempo", "mancanza di tempo", "poco tempo", "tempo insufficiente", "tempi stretti",
  "tempi lunghi", "lentezz*", "lentezza amministrativa", "procedure lunghe", "procedure complesse",
  "procedure complicate", "procedure farraginose", "iter lung*", "ostacoli amministrativi",
  "vincoli amministrativi", "difficoltà amministrative", "difficoltà organizzative",
  "problemi organizzativi", "vincoli organizzativi", "ostacoli organizzativi", "disorganizzazione",
  "carenza di personale", "carenza di organico", "personale ridotto", "organico ridotto",
  "sotto organico", "sottorganico", "turnover", "turni", "emergenz*", "altre priorità",
  "priorità diverse", "non è una priorità", "spazi inadeguati", "mancano spazi", "mancanza di spazi",
  "carenza di risorse umane", "mancano risorse umane", "mancanza di risorse umane", "poche risorse umane",
  "risorse umane insufficienti", "risorse umane limitate", "lack of human resources", "scarso coordinamento", "poco coordinamento", "mancanza di coordinamento", "difficoltà di coordinamento"))
add("organisation", "en", c(
  en_cues(c("time", "staff")),
  "heavy workload", "heavy workloads", "high workload", "high workloads", "excessive workload",
  "workload is too high", "overwork", "overworked", "overload", "overloaded", "understaffing",
  "understaffed", "staff shortage", "staff shortages", "staff turnover", "high turnover",
  "bureaucracy", "bureaucratic", "red tape", "paperwork", "administrative burden",
  "administrative barriers", "administrative obstacles", "organisational barriers",
  "organizational barriers", "organisational problems", "organizational problems",
  "organisational constraints", "organizational constraints", "lengthy procedures",
  "complex procedures", "slow procedures", "other priorities", "competing priorities",
  "not a priority", "poor coordination", "time constraints", "time pressure"))

# ---- wellbeing
add("wellbeing", "it", c(
  it_topics("supervisione/la/della", "supporto ai peer/un/di un", "sostegno ai peer/un/di un",
            "supporto agli esp/un/di un", "tutele/le/delle"),
  "serve una supervisione", "servirebbe una supervisione", "serve supervisione",
  "necessità di supervisione", "bisogno di supervisione", "supervisione assente",
  "supervisione insufficiente", "supervisione discontinua", "poca attenzione al benessere",
  "scarsa attenzione al benessere", "nessuna attenzione al benessere", "tutelare il benessere",
  "burnout", "burn out", "rischio di ricadut*", "rischio di ricaduta", "possibili ricadute",
  "ricadute dei peer", "ricadute degli esp", "stress", "fragilità", "vulnerabilità",
  "sovraccarico emotivo", "carico emotivo", "peso emotivo", "esaurimento", "logoramento",
  "crisi dei peer", "crisi degli esp", "rischio di crisi", "isolamento dei peer", "peer lasciati soli",
  "esp lasciati soli", "lasciati soli"))
add("wellbeing", "en", c(
  en_cues(c("supervision", "support for peer workers")),
  "burnout", "burn out", "risk of relapse", "relapse risk", "relapses", "emotional burden",
  "emotional strain", "emotional load", "vulnerability", "stress", "exhaustion", "crises of peer workers",
  "peer workers left alone", "left alone", "isolation of peer workers", "need supervision",
  "needs supervision", "need for supervision", "supervision is needed"))

# ---- stigma (a barrier by itself)
add("stigma", "it", c(
  "stigma", "stigmatizzazion*", "stigmatizz*", "pregiudizi*", "discriminazion*", "discriminat*",
  "etichettament*", "etichettat*", "autostigma", "auto stigma", "stereotip*", "emarginazione",
  "marginalizzazione", "vergogna"))
add("stigma", "en", c(
  "stigmatis*", "stigmatiz*", "prejudice", "prejudices", "prejudiced", "discrimination",
  "stereotype*", "self stigma", "labelling", "labeling", "shame", "marginalisation", "marginalization"))

# ---- additions by rule (problems)
# Rule: prejudice attributed to professionals is their stance towards the
# peer role: cultural as well as stigma.
profs_it <- c("operatori", "psichiatri", "medici", "colleghi", "professionisti", "infermieri")
add("cultural", "it", c(paste(profs_it, "hanno pregiudizi"), paste("pregiudizi dei", c("colleghi", "medici", "professionisti")),
  paste("pregiudizi degli", c("psichiatri", "infermieri")),
  paste("pregiudizi da parte", c("degli operatori", "dei colleghi", "dei medici",
    "degli psichiatri", "dei professionisti", "degli infermieri", "del personale",
    "dell équipe", "della dirigenza", "dei servizi"))))
add("cultural", "en", c("staff prejudice", "professional prejudice", "prejudice among staff",
  "prejudice from staff", "prejudice of staff", "clinicians prejudice", "prejudice among professionals",
  setdiff(as.vector(outer(as.vector(outer(c("prejudice", "prejudices"), c("of", "from", "among"),
                                           paste)),
                          c("professionals", "clinicians", "psychiatrists", "colleagues",
                            "doctors", "nurses", "the team", "the staff"), paste)),
          "prejudice among professionals")))
# Rule: distrust and disbelief stated with a negated verb of trust or
# belief ("non si fidano", "non crede nel progetto", "do not believe").
add("cultural", "it", c("non si fida", "non si fidano", "non si fidano del", "non crede",
  "non credono nel", "non ci crede", "minaccia", "minacciat*", "gerarchi*", "gerarchia medica",
  "scarsa propensione", "poca propensione", "resistenti", "resistente", "diffidenti"))
add("cultural", "en", c("not believe", "don t believe", "doesn t believe", "do not trust",
  "don t trust", "threat", "threatened", "hierarchy", "hierarchies", "resistant", "resistance",
  "resist", "resists", "reluctan*", "sceptic*", "skeptic*", "distrustful", "wary"))
# Rule: the peer's unclear place in the team.
add("role", "it", c("il suo posto", "il proprio posto", "posto nel gruppo", "posto nell equipe",
  "non sa bene", "non si sa cosa", "non si sa chi", "non si sa bene cosa", "non è chiaro chi", "non è chiaro a chi", "non è chiaro come",
  "non è chiaro quale", "ruolo ambiguo"))
# (not "nobody knows" alone: "nobody knows if they'll be kept on" is the
# contract's uncertainty)
add("role", "en", c("their place", "find their place", "place in the team",
  as.vector(outer(c("nobody knows", "no one knows"), c("what", "who", "how", "where"), paste)),
  "not clear who", "not clear what", "supposed to do", "role is ambiguous",
  "ambiguous", "unclear what"))
# Rule: administrative burden named by its procedures.
add("organisation", "it", c("procedure amministrative", "natura amministrativa",
  "passaggi autorizzativi", "troppa carta", "lungaggin*", "iter autorizzativ*",
  "procedure lunghissime", "tempi lunghissimi", "adempimenti"))
add("organisation", "en", c("administrative procedures", "lengthy", "approval processes",
  "procedures delay", "delays"))
# Rule: unpaid work and money that cannot be spent are funding.
add("funding", "it", c("non possiamo pagar*", "non si possono pagare", "non riusciamo a pagar*",
  "lavorano gratis", "gratuitamente", "volontariato", "titolo gratuito", "lavoro gratis",
  "servizio gratis"))
add("funding", "en", c("not fund", "does not fund", "do not fund", "cannot fund", "unpaid",
  "volunteers only", "work for free", "project grants", "short term grants",
  "not remunerated", "unremunerated", "pro bono"))

# Rule: funding tied to a term or to projects is unstable funding; the
# time phrase is not a shortage of time.
add("funding", "en", c("time limited", "tied to projects", "project based", "project funded",
  "short term projects", "low pay", "poorly paid", "underpaid"))
add("funding", "it", c("rimborsi spese", "rimborso spese",
  "legati a progetti", "legato a progetti", "sottopagat*",
  "retribuzione bassa", "retribuzioni basse", "mal pagat*", "pagati poco"))
# Rule: professionals who see peers as a risk resist them (cultural); the
# team's not knowing what peers are for is an unclear role.
add("cultural", "it", c("come un rischio", "come un pericolo", "vissuti come un rischio"))
add("cultural", "en", c("as a risk", "as a threat", "as a liability"))
add("role", "it", c("non capisc* cosa", "non capiscono il ruolo", "non è compreso",
  "difficolt* a inserire", "difficolt* ad inserire", "difficolt* nell inserimento",
  "a cosa servono"))
add("role", "en", c("what peers are for", "not understand what", "don t understand what",
  "not understand the role", "poorly understood", "misunderstood"))
# Rule: peers not supported (after shifts, crises) is their wellbeing.
add("wellbeing", "it", c("non supportat*", "non sostenut*", "poco supportat*", "poco sostenut*"))
add("wellbeing", "en", c("not supported", "not adequately supported", "unsupported",
  "poorly supported", "little support for peers"))

# ---- topics (kind "topic")
# Rule: a topic is the name of what may be lacking, without a cue: the
# coder codes it when a cue of lack governs it (before, after, or over a
# list), when a negation states its absence, or bare in answers about
# barriers; a cue of adequacy, a negated lack, an exclusion or a contrast
# cancels it (see ?text_dictionary).  Only names that, in an answer about
# barriers, refer to the category are topics: "supporto" and "support" are
# not (peer support is the subject of the survey), nor "cultura" alone in
# English ("culture" of what?), nor "tempo" phrases that date things (they
# are excluded below).
add("recognition", "it", c("riconoscimento", "riconoscimento formale", "inquadramento",
  "inquadramento contrattuale", "contratto", "contratti", "profilo professionale",
  "profilo", "normativa", "legge", "quadro normativo", "albo", "formalizzazione",
  "istituzionalizzazione", "contrattualizzazione", "figura professionale",
  "professione sanitaria", "professione", "figura contrattuale", "posizione contrattuale",
  "percorso di carriera", "progressione di carriera", "carriera", "istituzione della figura",
  "cornice normativa", "delibera"), kind = "topic")
add("recognition", "en", c("recognition", "formal recognition", "legal status",
  "legal framework", "contract", "contracts", "professional status", "register",
  "job title", "legislation", "career pathway", "career path", "career", "framework", "national framework", "regulatory framework",
  "regional framework"), kind = "topic")
add("funding", "it", c("fondi", "fondo", "finanziament*", "risorse economiche",
  "risorse finanziarie", "risorse dedicate", "risorse", "budget", "soldi", "denaro",
  "copertura economica", "stipendi", "stanziament*",
  "sostenibilità economica", "voce di spesa", "voce di bilancio", "copertura"), kind = "topic")
add("funding", "en", c("funding", "funds", "money", "budget", "financial resources",
  "resources", "finance", "financing", "pay", "funded posts", "grants",
  "financial sustainability", "sustainability"), kind = "topic")
add("cultural", "it", c("cultura", "cultura dei servizi", "cultura della recovery",
  "cultura del recovery", "fiducia", "accettazione", "apertura", "valorizzazione",
  "sensibilizzazione", "cultura organizzativa", "culturale", "culturali",
  "disponibilità dei colleghi", "disponibilità degli operatori",
  "disponibilità dei professionisti", "disponibilità dei medici",
  "collaborazione dei colleghi", "collaborazione degli operatori"), kind = "topic")
add("cultural", "en", c("trust", "acceptance", "buy in", "openness", "staff culture", "cultural",
  "staff willingness", "willingness of staff",
  "service culture", "organisational culture", "organizational culture"), kind = "topic")
add("training", "it", c("formazione", "formazione specifica", "corsi", "corso",
  "percorsi formativi", "percorso formativo", "accreditamento", "certificazione",
  "preparazione", "aggiornamento", "formazione degli operatori", "standard formativi",
  "peer formati", "esp formati", "personale formato", "operatori formati"),
  kind = "topic")
add("training", "en", c("trained peer workers", "trained peers", "trained staff", "training", "training courses", "training course", "courses", "course", "accreditation", "certification",
  "preparation", "education", "training pathway"), kind = "topic")
add("role", "it", c("ruolo", "ruoli", "mansioni", "compiti", "funzioni",
  "definizione del ruolo", "chiarezza del ruolo", "chiarezza sul ruolo", "collocazione",
  "confini"), kind = "topic")
add("role", "en", c("role", "roles", "role clarity", "role definition", "job description",
  "tasks", "boundaries"), kind = "topic")
add("organisation", "it", c("tempo", "personale", "organico", "coordinamento", "spazi",
  "risorse umane", "turni", "carichi di lavoro", "carico di lavoro"), kind = "topic")
add("organisation", "en", c("time", "staff", "staffing", "workload", "coordination",
  "space", "spaces", "human resources"), kind = "topic")
add("wellbeing", "it", c("supervisione", "supervisione clinica", "supporto ai peer",
  "supporto agli esp", "sostegno ai peer", "sostegno agli esp", "tutela", "tutele",
  "benessere", "intervisione", "sostegno psicologico"), kind = "topic")
add("wellbeing", "en", c("supervision", "clinical supervision", "wellbeing", "well being",
  "emotional support", "support for peer workers", "support for peers"), kind = "topic")

# Paraphrases of respondents that name no topic of the lists above
add("recognition", "it", c("poco riconosciut*", "scarsamente riconosciut*",
  "collaboratori occasionali", "prestazione occasionale", "partita iva"))
add("recognition", "it", c("cornice", "ruolo formale", "legiferat*"), kind = "topic")
add("recognition", "en", "pay band", kind = "topic")
add("funding", "it", c("spending review", "economicamente insostenibil*"))
add("funding", "it", c("lira", "retribuir*", "bandi", "costi", "costo",
  "posti retribuiti", "posti di lavoro retribuiti"), kind = "topic")
add("cultural", "it", c("storc* il naso", "gelosi*", "medicalizzat*", "ospedalocentric*",
  "medicocentric*", "temono di perdere", "come un paziente", "riluttan*"))
add("cultural", "it", c("mentalità", "volontà dei colleghi"), kind = "topic")
add("cultural", "en", c("dismissive", "roll their eyes", "anecdotal", "reluctan*"))
add("cultural", "en", c("culture", "attitudes", "attitude"), kind = "topic")
add("role", "it", c("tappabuchi", "cosa può fare", "cosa possono fare", "dove collocar*",
  "cosa possa fare", "cosa possano fare", "confusione su cosa"))
# (precariousness alone is the peers' work; of the funds or the project, it
# is the funding: "precarietà, burnout", "la precarietà economica")
add("recognition", "it", "precarietà")
add("funding", "it", c("precarietà economica", "precarietà finanziaria",
  "precarietà del progetto", "precarietà dei progetti"))
# (nobody sure where the peers stand: "Nobody is quite sure where peer
# workers fit within the MDT")
add("role", "en", c("nobody is sure where", "nobody is quite sure where", "no one is sure where",
  "no one is quite sure where", "nobody knows where", "no one knows where",
  "nobody really knows where", "nobody s sure where"))
add("role", "it", c("mansionario", "organigramma"), kind = "topic")
add("role", "en", c("should and shouldn t do", "what peers can and cannot do"))
add("organisation", "it", c("di corsa", "operatori sono pochi", "pochi operatori",
  "autorizzativ*", "mesi per approvare", "liste d attesa", "ritard*"))
add("organisation", "it", "iter", kind = "topic")
add("organisation", "en", "stretched thin")
add("wellbeing", "it", c("riammal*", "si bruciano"))
add("wellbeing", "it", "spazio di ascolto", kind = "topic")
add("wellbeing", "en", "supervis*", kind = "topic")
add("stigma", "it", c("vergogn*", "etichett*", "paura dei matti", "paura del giudizio"))
add("cultural", "it", c("non tutti accett*", "non tutti i colleghi accett*",
  "non tutti gli operatori accett*", "non tutti condivid*", "non tutti credono"))
# Paraphrases and idioms of managers writing about these barriers, in both
# languages (checked one by one: none changes a code of barrier_answers)
add("recognition", "it", c("non istituzionalizzat*", "non regolamentat*",
  "non normat*", "non disciplinat*", "non codificat*", "non ufficial*",
  "non istituit*", "non esiste formalmente", "vuoto legislativo", "vuoto giuridico",
  "lacuna legislativa", "lacune legislative", "libero professional*",
  "collaborazion* occasional*"))
add("recognition", "it", c("regolamentazione", "status giuridico",
  "status professionale", "ccnl", "pianta organica", "piante organiche",
  "decreti attuativi", "decreto attuativo", "legittimazione istituzionale",
  "elenco regionale", "registro regionale"), kind = "topic")
add("recognition", "en", c("not regulated", "unregulated", "not formalised",
  "not formalized", "sessional", "zero hours"))
add("recognition", "en", c("professional body", "registration", "official status",
  "formal status"), kind = "topic")
add("funding", "it", c("casse vuote", "coperta corta", "costa troppo", "oneros*",
  "oneri economici", "tetto di spesa", "tetti di spesa", "piano di rientro",
  "una tantum", "non remunerat*", "problemi finanziari", "motivi economici",
  "ragioni economiche", "aspett* economic*", "question* economic*", "vincoli di spesa",
  "contenimento della spesa", "riduzione della spesa", "austerità",
  "su base progettuale", "logica progettuale"))
# Rule: the form of peers' pay and its place in pay scales is recognition
# of the role ("pay parity", "pay and conditions"); its level is funding
# ("salari bassi", "low wages"), as the coding rules say.
add("recognition", "en", c("pay and conditions", "pay parity"), kind = "topic")
add("funding", "en", c("cash strapped", "financial pressures", "cost pressures",
  "expensive", "austerity"))
add("funding", "en", c("cost", "costs", "wages", "salary", "remuneration",
  "affordability"), kind = "topic")
add("cultural", "it", c("perdita di potere", "potere medico", "difensiv*",
  "con sospetto", "conservatorism*", "immobilismo", "autoreferenzial*",
  "psichiatrocentric*", "manicomial*", "custodialis*", "non vedono l utilit*",
  "non ne vedono", "dubbi sull utilit*", "dubbi sull efficacia", "perplessit*",
  "ostruzionismo", "boicott*", "indifferenza", "freddezza", "prassi consolidate",
  "abitudini consolidate", "modell* tradizional*", "difesa del ruolo", "invidi*",
  "sminui*", "infantilizz*", "come pazienti", "come utenti", "poco convint*",
  "non convint*", "scarsa convinzione", "scars* sensibilit*", "poc* sensibilit*",
  "perdere potere", "competizion* con"))
add("cultural", "en", c("them and us", "protectionism", "territorial", "turf",
  "gatekeeping", "tokenism", "tokenistic", "medical model", "risk averse",
  "risk aversion", "set in their ways", "old school", "entrenched", "power imbalance*",
  "power dynamics", "suspicion", "suspicious", "cynicism", "cynical", "pushback",
  "push back", "not on board", "apathy"))
add("training", "it", c("inesperienza", "inespert*", "mancanza di esperienza"))
add("training", "it", c("formatori", "offerta formativa", "addestramento", "curricul*",
  "titolo formativo"), kind = "topic")
add("training", "en", c("skills gap", "inexperienced", "inexperience"))
add("training", "en", c("skills", "competencies", "competence", "induction", "cpd",
  "continuing professional development", "qualification", "qualifications", "trainers",
  "curriculum", "upskilling", "workforce development"), kind = "topic")
add("role", "it", c("sovrappo*", "doppion*", "figura ibrida", "a metà tra",
  "a metà strada", "non si capisce cosa", "chi deve fare cosa", "cosa deve fare",
  "non sappiamo come impiegar*", "non sappiamo come inserir*", "uso improprio",
  "impropriamente", "manovalanza", "sottoutilizzat*", "confusione con"))
add("role", "it", c("identità professionale", "posizionamento", "perimetro",
  "ambiti di intervento", "ambito di intervento", "inserimento nell equipe",
  "integrazione nell equipe"), kind = "topic")
add("role", "en", c("mission creep", "overlap", "grey area", "where they fit",
  "how they fit", "underused", "underutilised", "misused"))
add("role", "en", c("scope of practice", "remit", "responsibilities", "duties"), kind = "topic")
add("organisation", "it", c("blocco delle assunzioni", "procedure di selezione",
  "procedure di assunzione", "logistic*", "carenz* di medici", "carenz* di psichiatri",
  "carenz* di infermieri", "carenz* di operatori", "mancano operatori",
  "mancano medici", "mancano psichiatri", "sotto pressione", "in affanno",
  "mole di lavoro", "ritmi di lavoro", "saturi", "al collasso", "allo stremo",
  "regolamenti aziendali", "privacy", "rigidità organizzativ*",
  "rigidità amministrativ*", "macchina amministrativa", "scartoffie", "cavilli",
  "autorizzazion*", "frammentazion*", "difficolt* a reperire", "difficile reperire",
  "distanze geografiche", "territorio vasto"))
add("organisation", "it", c("assunzioni", "reclutamento", "concorsi", "trasporti",
  "trasporto", "tempistich*"), kind = "topic")
add("organisation", "en", c("hiring freeze", "recruitment freeze", "hr processes",
  "hr policies", "vetting", "dbs checks", "logistics",
  "waiting lists", "service pressures", "winter pressures", "firefighting",
  "crisis mode"))
add("organisation", "en", c("recruitment", "transport", "premises", "capacity",
  "caseload*", "rota"), kind = "topic")
add("wellbeing", "it", c("ricadute cliniche", "ricaduta clinica", "esposizione emotiva",
  "coinvolgimento emotivo", "fatica emotiva", "riattivazion*", "ritraumatizzazion*",
  "scompens*", "instabilità clinica", "tenuta emotiva", "usura", "solitudine",
  "trauma vicario", "traumatizzazione vicaria", "sovraesposizion*", "si sentono soli",
  "si sentono isolati"))
add("wellbeing", "en", c("compassion fatigue", "vicarious trauma", "retraumatisation",
  "re traumatisation", "triggered", "triggering", "unwell", "emotional toll",
  "relapse", "feel isolated"))
add("wellbeing", "en", c("mentoring", "reflective practice", "debrief*", "self care"), kind = "topic")
add("stigma", "it", c("pericolosit*", "pericolosi", "emarginat*", "ghettizzazion*",
  "esclusione sociale", "tabù", "paura del diverso", "rifiuto sociale", "psicofobia",
  "sanismo", "matti", "paura di esporsi", "come incapaci"))
add("stigma", "en", c("taboo", "sanism", "mentalism", "othering", "fear of disclosure",
  "ostracised", "ostracized", "being judged", "as dangerous", "marginalised",
  "marginalized", "labelled", "labeled"))

# Further idioms, verb forms and names of the barriers (each checked on the
# hand-coded answers of barrier_answers: none changes a code there)
add("funding", "it", c("sottopagat*", "malpagat*", "mal pagat*", "pagati poco",
  "pagate poco", "pagato poco", "pagata poco", "un euro", "un centesimo"))
add("funding", "it", c("stanziat*", "euro"), kind = "topic")
add("funding", "en", c("paid less", "low paid", "a penny", "a cent"))
add("cultural", "it", c("temono di essere sostituit*", "teme di essere sostituit*",
  "temono di perdere", "hanno paura di essere sostituit*"))
add("cultural", "it", c("paura di essere sostituit*", "timore di essere sostituit*",
  "paura di venire sostituit*", "paura di perdere il posto", "sentirsi sostituit*",
  "non pront*"))
add("cultural", "en", c("fear of being replaced", "afraid of being replaced",
  "fear of replacement", "feel threatened", "threatened by", "not ready",
  "as patients", "as service users"))
# (participles only after a noun: alone, "formali" would come close to them)
add("training", "it", c("persone formate", "persona formata",
  "pari formati", "formare", "formazione congiunta"), kind = "topic")
add("training", "en", "train", kind = "topic")
add("role", "it", c("tuttofare", "factotum", "cosa debb* fare", "cosa devono fare",
  "cosa dovrebbe fare", "cosa dovrebbero fare", "a cosa serv*"))
add("role", "en", c("jack of all trades", "dogsbody", "what peers should do",
  "what they should do", "what peer workers should do", "what they are for",
  "what peers are for"))
add("organisation", "it", c("procedure", "procedure aziendali",
  "organizzazione", "organizzazione interna",
  "organizzazione del servizio", "organizzativ*", "dirigenza aziendale", "direzione aziendale",
  "direzione generale", "direzione strategica", "vertici aziendali", "amministrazione",
  "amministrazioni"), kind = "topic")
add("organisation", "en", c("procedures", "hiring procedures", "policies", "management", "senior management", "leadership", "administration"),
  kind = "topic")
add("wellbeing", "it", c("lasciati soli", "lasciate sole", "lasciati da soli",
  "si trovano soli", "si ritrovano soli", "abbandonati a se stessi"))
add("wellbeing", "it", c("tutor", "tutoraggio", "tutorship", "affiancamento",
  "figura di riferimento"), kind = "topic")
add("wellbeing", "en", c("left on their own", "left to their own devices"))
add("wellbeing", "en", c("mentor", "mentors", "tutoring", "support the peers",
  "support peer workers", "peer supervision"), kind = "topic")
# Idioms and names of the barriers that respondents use without a cue of
# lack (checked on barrier_answers: none changes a code there). Words that
# also name what works ("chi paga è la regione", "positive mindset", "i LEA
# prevedono") are left out: bare, they would code it.
add("funding", "it", c("chi li paga", "chi le paga", "chi li pagherebbe", "schei", "sghei"))
add("funding", "en", c("who pays them", "who will pay them", "who would pay them",
  "who is going to pay them"))
add("cultural", "it", c("modello biomedico", "modello medico", "visione biomedica",
  "non ne vogliono sapere", "non ne vuole sapere", "vedersi sostituit*",
  "essere rimpiazzat*", "solo chi ha studiato", "sia una moda"))
add("cultural", "en", c("fear being replaced", "fear they will be replaced",
  "worry about being replaced", "not real knowledge", "not proper knowledge"))
add("recognition", "it", c("come inquadrar*", "come contrattualizzar*"))
add("wellbeing", "it", c("hanno avuto ricadute", "ha avuto ricadute", "rischio di ricadut*",
  "rischio ricadut*", "chi si prende cura di loro", "chi si occupa di loro"))
add("wellbeing", "en", c("who looks after them", "who supports them", "risk of relapse"))
add("organisation", "it", c("mal collegat*", "sedi lontane", "bloccato tutto"))
add("organisation", "it", "pandemia", kind = "topic")
add("funding", "it", c("nessuno li finanzia", "nessuno lo finanzia", "nessuno la finanzia",
  "nessuno li paga", "nessuno lo paga", "nessuno paga"))
add("funding", "en", c("nobody pays", "no one pays", "nobody funds", "no one funds"))
add("cultural", "it", c("rubino il lavoro", "rubare il lavoro", "rubargli il lavoro",
  "non ne vedono il valore", "non ne vedono l utilità", "non vedono l utilità",
  "non ne vedono il senso"))
add("cultural", "en", c("steal their jobs", "take their jobs", "don t see the value",
  "do not see the value", "don t see the point", "do not see the point"))
add("recognition", "it", c("come assumer*", "non sappiamo come assumer*",
  "non sapremmo come assumer*", "non si sa come assumer*", "non sappiamo come inquadrar*",
  "non sapremmo come inquadrar*", "non si sa come inquadrar*"))
add("recognition", "en", c("how to employ", "how to hire", "how to contract",
  "don t know how to employ", "doesn t know how to employ", "don t know how to hire",
  "doesn t know how to hire", "do not know how to employ", "does not know how to employ"))
add("wellbeing", "en", c("burning out", "burned out", "burnt out"))
add("cultural", "it", c("non fidarsi", "paura di essere giudicat*", "timore di essere giudicat*",
  "logica assistenzialista", "assistenzialismo"))
add("cultural", "en", c("don t value", "do not value", "doesn t value", "does not value"))
add("wellbeing", "it", c("sostegno emotivo", "sostegno ai peer", "sostegno agli esp",
  "rete di supporto"), kind = "topic")
add("organisation", "en", "hours", kind = "topic")
# Plural and other forms of the topics: "Tempi" alone is time, "spazi di
# elaborazione" are spaces to work through what peers live (not rooms).
add("organisation", "it", "tempi", kind = "topic")
add("wellbeing", "it", c("spazi di elaborazione", "accompagnamento"), kind = "topic")
add("training", "it", c("scarsa conoscenza", "poca conoscenza", "conoscenza insufficiente"))
add("training", "en", c("lack of knowledge", "little knowledge", "poor knowledge"))

# Further words of the barriers: verbs of recognition and payment, the
# legal side of the role, the words of the English-speaking services, what
# is said to be needed ("il ruolo andrebbe definito")
add("recognition", "it", c("non riconosce", "non riconoscono", "non riconoscere",
  "non ha riconosciuto", "non hanno riconosciuto"))
add("recognition", "it", c("linee guida", "assicurazion*", "copertura assicurativa",
  "assicurativ*", "responsabilità legale", "responsabilità civile"), kind = "topic")
add("recognition", "en", c("banding", "grading", "pay scale", "pay grade", "guidelines"),
  kind = "topic")
add("funding", "en", c("won t fund", "wont fund", "will not fund", "won t pay", "wont pay",
  "will not pay"))
add("funding", "en", c("reimbursement", "reimburse", "billing", "commissioning"), kind = "topic")
add("funding", "it", c("economic*", "pagamenti", "bilancio"), kind = "topic")
add("organisation", "en", c("siloed", "silo working", "overstretched", "stretched thin"))
add("organisation", "en", c("silos", "governance", "sign off", "approvals"), kind = "topic")
add("organisation", "it", c("regia"), kind = "topic")
add("role", "it", c("ruolo andrebbe definit*", "ruolo va definit*", "ruolo deve essere definit*",
  "ruolo dovrebbe essere definit*", "ruolo andrebbe chiarit*", "ruolo va chiarit*"))
add("role", "en", c("role needs to be defined", "role needs defining", "role needs clarifying",
  "role needs to be clarified"))
add("role", "en", c("line management", "line manager", "line managed"), kind = "topic")
add("cultural", "en", c("leadership buy in", "management buy in", "senior buy in"))
# (the will of politicians is no culture of the services: "manca la volontà
# politica" is not coded)
add("cultural", "it", c("motivazione", "volontà della direzione"),
  kind = "topic")
add("cultural", "en", "motivation", kind = "topic")
add("wellbeing", "it", c("non regge", "non reggono", "non reggere", "non regga", "non reggano",
  "andati in crisi", "andato in crisi", "andata in crisi", "andate in crisi"))
add("recognition", "it", c("figura non è prevista", "figura non prevista", "non è prevista nei lea",
  "non prevista nei lea", "non è prevista nel ccnl", "non prevista nel ccnl"))
add("cultural", "it", c("poco interessat*", "non interessat*", "disinteressat*",
  "non mandano i pazienti", "non inviano i pazienti", "non mandano gli utenti",
  "non inviano gli utenti"))
add("cultural", "en", c("not interested", "uninterested", "don t refer", "do not refer",
  "won t refer"))
add("funding", "it", c("finanziat* anno per anno", "finanziat* di anno in anno",
  "ritardi nei pagamenti", "pagamenti in ritardo"))
add("funding", "en", c("funded year to year", "funded year by year", "late payments",
  "delayed payments"))
add("organisation", "en", c("beurocracy", "beaurocracy", "bureacracy", "burocracy",
  "beurocratic", "beaurocratic"))
add("role", "it", c("cosa fa l esp", "cosa fa il peer", "cosa fanno gli esp", "cosa fanno i peer"))
add("role", "en", c("what peers do", "what the peer does", "what peer workers do"))
# Rule: whose burnout or distrust decides the barrier: the staff's burnout
# is their workload, families' and users' distrust is stigma.
staff_it <- c("degli operatori", "del personale", "dei colleghi", "dell equipe", "dei medici")
add("organisation", "it", c(paste("burnout", staff_it), paste("stress", staff_it),
  "operatori in burnout", "personale in burnout", "operatori sono in burnout"))
add("organisation", "en", c("staff burnout", "burnout among staff", "staff stress",
  "burnout of staff", "staff are burnt out", "staff are burned out", "clinician burnout"))
others_it <- c("delle famiglie", "dei familiari", "degli utenti", "dei pazienti")
add("stigma", "it", c(paste("diffidenza", others_it), paste("sfiducia", others_it),
  "le famiglie non si fidano", "i familiari non si fidano", "gli utenti non si fidano",
  "i pazienti non si fidano"))
add("stigma", "en", c("distrust from families", "families distrust", "mistrust from families",
  "families don t trust", "service users don t trust", "patients don t trust"))
# ... and so is their refusal or reluctance ("le famiglie non accettano che il
# figlio sia seguito da un ex paziente", "some families are reluctant"),
# while the staff's stays cultural
others_subj_it <- c("famiglie", "familiari", "genitori", "utenti", "pazienti")
add("stigma", "it", c(paste(others_subj_it, "non accettano"),
  c(outer(others_subj_it, c("restii", "restie"), paste)),
  paste(others_subj_it, "reticent*")))
others_subj_en <- c("families", "family members", "relatives", "carers", "parents",
  "service users", "patients")
add("stigma", "en", c(paste(others_subj_en, "don t accept"), paste(others_subj_en, "do not accept"),
  paste(others_subj_en, "reluctan*")))

# Paraphrases of the barriers: staff poorly trained, mindsets ("le teste"),
# an imposition from above, fear of being judged, power not shared (as in
# co-production), peers working alone with no one to talk to, who should
# pay, what peers can and cannot do, attitudes towards people with a
# mental illness.
add("training", "it", c("poco format*", "scarsamente format*", "poco preparat*",
  "non adeguatamente format*"))
add("cultural", "it", c("le teste", "la testa dei", "la testa degli", "nella testa",
  "nelle teste", "imposizione", "calat* dall alto", "temono di essere giudicat*",
  "teme di essere giudicat*", "hanno paura di essere giudicat*",
  "non sono disposti a condivider*", "non disposti a condivider*",
  "poco disposti a condivider*", "condividere il potere"))
add("cultural", "en", c("share power", "sharing power", "imposed from above",
  "fear of being judged", "afraid of being judged", "breach confidentiality",
  "confidentiality concerns", "worried about confidentiality"))
add("wellbeing", "it", c("lavorano da soli", "lavorano da sole", "lavorare da soli",
  "nessuno con cui confrontar*", "paura di ricadere", "rischio di ricadere",
  "timore di ricadere"))
add("wellbeing", "it", c("sostegno strutturato", "supporto strutturato"), kind = "topic")
add("wellbeing", "en", c("work alone", "working alone", "no one to talk to",
  "nobody to talk to", "fear of relapse"))
add("funding", "it", c("chi debba pagar*", "chi deve pagar*", "chi dovrebbe pagar*",
  "chi li debba pagare", "chi li deve pagare", "chi li dovrebbe pagare"))
add("funding", "en", c("who should pay", "who pays for them", "who should fund",
  "not clear who pays", "not clear who should pay", "unclear who pays", "unclear who should pay"))
add("funding", "it", c("non è chiaro chi debba pagar*", "non è chiaro chi deve pagar*",
  "non è chiaro chi paga", "non si sa chi paga", "non si sa chi debba pagar*",
  "non si sa chi deve pagar*"))
add("role", "it", c("cosa possono e non possono fare", "cosa può e non può fare",
  "cosa devono fare", "cosa debbano fare", "cosa possano fare"))
add("role", "en", c("what they can and cannot do", "what they can and can t do",
  "what peers can and cannot do", "what peers can and can t do", "what peers can do"))
add("recognition", "en", c("isn t recognised", "isn t recognized", "aren t recognised",
  "aren t recognized", "are not recognised", "are not recognized"))
# Signatures to wait for are bureaucracy ("delibere, firme, autorizzazioni").
add("organisation", "it", "firme", kind = "topic")
add("stigma", "it", c("verso le persone con disturb*", "verso chi ha una diagnosi",
  "verso le persone con malattia mentale"))
add("stigma", "en", c("towards people with mental*", "towards people with a mental*",
  "attitudes towards mental illness", "negative attitudes towards people with mental*",
  "negative attitudes towards mental illness"))

# Words of the managers of English-speaking services: pay bands of the NHS
# and peers kept as volunteers (recognition), investment and roles they
# struggle to fund (funding), mindsets, respect and peers said not to be
# professionals (cultural), peers who cover shifts (role), peers isolated
# in their teams or at risk of relapse (wellbeing).
add("recognition", "en", c("band 2", "band 3", "band 4", "agenda for change"), kind = "topic")
add("recognition", "en", c("treated as volunteers", "seen as volunteers", "used as volunteers",
  "on a voluntary basis"))
add("recognition", "it", c("non possono essere assunt*", "non può essere assunt*",
  "non possiamo assumer*", "non si possono assumere", "trattati come volontari",
  "considerati volontari"))
add("funding", "en", c("investment", "financial investment"), kind = "topic")
add("funding", "it", c("investimenti", "investimento"), kind = "topic")
add("funding", "en", c("struggle to fund", "struggling to fund", "struggles to fund",
  "hard to fund", "difficult to fund", "can t afford", "cannot afford", "can t pay", "cant pay",
  "cannot pay"))
add("funding", "it", c("difficoltà a pagar*", "difficoltà a finanziar*", "non riusciamo a pagar*",
  "non riusciamo a finanziar*"))
# ("positive mindset" names what works: only a mindset of someone, or an
# old or medical one, is a barrier)
add("cultural", "en", c("mindset of", "mindsets of", "mindset among", "mindsets among",
  "mindset in", "medical mindset", "old mindset", "old fashioned mindset", "traditional mindset",
  "fixed mindset", "clinical mindset", "change of mindset", "mindset change", "mindset shift"))
add("cultural", "en", "respect", kind = "topic")
add("cultural", "it", c("mancanza di rispetto", "poco rispetto", "scarso rispetto"))
add("cultural", "en", c("not professional enough", "not real professionals",
  "not proper professionals", "not professionals", "will replace them", "replace staff",
  "take their jobs", "take our jobs"))
add("cultural", "it", c("paura di perdere", "timore di perdere", "non sono professionisti",
  "non sono dei professionisti", "non sono veri professionisti"))
add("role", "en", c("cover shifts", "covering shifts", "cover gaps", "fill gaps",
  "plug gaps", "role drift"))
add("role", "it", c("coprire i turni", "coprire turni", "scarsa conoscenza del ruolo",
  "poca conoscenza del ruolo", "non conoscono il ruolo", "conoscenza del ruolo insufficiente"))
# Rule: a role said not to be recognised is a barrier of recognition, not
# an unclear role ("lived experience roles are not recognised").
add("recognition", "en", c("role not recognised", "role not recognized", "roles not recognised",
  "roles not recognized", "role is not recognised", "role is not recognized",
  "roles are not recognised", "roles are not recognized", "role isn t recognised", "roles aren t recognised"))
add("recognition", "it", c("ruolo non riconosciut*", "ruolo non è riconosciut*",
  "ruoli non riconosciut*", "ruoli non sono riconosciut*", "ruolo non viene riconosciut*",
  "ruolo non ancora riconosciut*",
  "ruolo dell esp non è riconosciut*", "ruolo degli esp non è riconosciut*",
  "ruolo del peer non è riconosciut*", "ruolo dei peer non è riconosciut*"))
add("recognition", "it", c("ruolo riconosciuto", "ruolo formalmente riconosciuto"), kind = "topic")
add("recognition", "en", c("recognised role", "recognized role"), kind = "topic")
# A business case for each post is bureaucracy; a recognised course is a
# topic of training ("non c'è un percorso formativo riconosciuto").
add("organisation", "en", c("business case", "business cases"), kind = "topic")
add("training", "it", c("percorso formativo riconosciuto", "formazione riconosciuta",
  "formazione accreditata", "percorso formativo accreditato"), kind = "topic")
add("training", "en", c("recognised training", "recognized training", "accredited training",
  "recognised qualification", "recognized qualification"), kind = "topic")
add("wellbeing", "en", c("feeling isolated", "feels isolated", "felt isolated",
  "isolated in the team", "isolated in teams", "professional isolation"))
add("wellbeing", "it", c("sentirsi isolat*", "si sente isolat*", "di ricadere",
  "isolamento dei peer", "isolamento degli esp"))

# Peers seen or used as volunteers, or not as workers, and a figure the
# region has not taken into its rules or staffing plans (recognition);
# money that runs out with a project (funding); professionals who will not
# work with peers or see their work as optional, and tensions (cultural);
# peers left alone, with nobody to support them (wellbeing); not the
# time to follow them, a shortage of time the topic "time" codes.
add("recognition", "it", c("vist* come volontari*", "vist* come un volontario",
  "considerat* come volontari*", "usat* come volontari*",
  "non come un lavoro vero", "non come un vero lavoro", "non ha recepito", "non hanno recepito",
  "non ha ancora recepito", "non è stata recepita", "vincoli normativi"))
add("recognition", "it", c("piano dei fabbisogni", "pianta organica", "dotazione organica"),
  kind = "topic")
add("recognition", "en", c("as volunteers", "as a volunteer", "like volunteers",
  "not a real job", "not as a real job"))
add("recognition", "en", c("establishment"), kind = "topic")
add("funding", "it", c("non resta un euro", "neanche un euro", "nemmeno un euro",
  "progetto che scade", "progetti che scadono", "finanziamento che scade",
  "fine del finanziamento", "fine dei finanziamenti", "fine dei fondi",
  "scadenza del finanziamento", "copertura finanziaria"))
add("funding", "it", c("posti finanziati", "posto finanziato"), kind = "topic")
add("cultural", "it", c(paste(profs_it, "non vogliono"), paste(profs_it, "non sono abituati"),
  "non sono abituati a lavorare", "poco affidabil*", "tensioni"))
add("cultural", "en", c("optional extra", "nice to have", "an add on", "tensions", "friction"))
add("wellbeing", "it", c("sono isolati", "restano isolati", "lavorano isolati",
  "si trovano isolati", "restano soli", "lasciati soli", "lasciato solo", "si sentono soli",
  "nessuno a sostenerl*", "nessuno che li segua"))
add("wellbeing", "en", c("are isolated", "is isolated", "isolated within", "nobody to support",
  "no one to support"))

# A barrier that is about training, staff who do not know what to expect
# of a peer (role), doctors to be convinced (cultural), a figure the
# personnel office does not know how to classify (recognition), peers
# emotionally overloaded or isolated and a support system (wellbeing); teams
# that do not know how to use peers (role); a head who does not want them
# (cultural).
add("training", "it", c("formativ*"), kind = "topic")
add("role", "it", c("non sanno cosa aspettarsi", "non sanno che cosa aspettarsi"))
add("role", "en", c("don t know what to expect", "dont know what to expect"))
add("cultural", "it", paste("convincere", c("i medici", "gli psichiatri", "i colleghi",
  "gli operatori", "i professionisti", "l équipe")))
add("cultural", "en", c("convince clinicians", "convincing clinicians", "convince psychiatrists",
  "convincing psychiatrists", "convince colleagues"))
add("recognition", "it", c("non sa come inquadrar*", "non sanno come inquadrar*",
  "non sa in che categoria inquadrar*", "non sanno in che categoria inquadrar*",
  "difficile inquadrar*", "difficoltà a inquadrar*", "difficoltà nell inquadrar*"))
add("wellbeing", "it", c("sovraccaric* emotivamente", "emotivamente sovraccaric*", "isolamento"))
add("role", "it", c("non sanno come integrarl*", "non sa come integrarl*", "non sanno come utilizzarl*",
  "non sanno come usarl*"))
add("role", "en", c("don t know how to use", "dont know how to use", "don t know what to do with"))
add("cultural", "it", c("il primario non vuole", "i primari non vogliono", "il direttore non vuole",
  "lo psichiatra non vuole", "il medico non vuole"))
add("wellbeing", "it", c("sistema di sostegno", "rete di sostegno"), kind = "topic")
# Peers paid with work grants ("borse lavoro") have no contract: a topic of
# recognition, not of funding, and not coded beside the red tape of
# activating them; "economiche e umane" names human resources too; peers
# with nobody to turn to lack support.
add("recognition", "it", c("borse lavoro", "borsa lavoro"), kind = "topic")
add("organisation", "it", c("umane"), kind = "topic")
add("wellbeing", "it", c("nessuno a cui rivolgersi", "nessuno a cui rivolgers*",
  "nessuno se ne occupa", "nessuno si preoccupa", "nessuno si occupa di loro"))
add("wellbeing", "en", c("nobody checks on them", "no one checks on them"))
# Pension and contract cover is the contract's (recognition), not the
# peers' wellbeing; users' or families' distrust of a former patient is
# stigma, not the professionals' resistance.
add("recognition", "it", c("tutela previdenziale", "tutele previdenziali", "tutela contrattuale",
  "tutele contrattuali"), kind = "topic")
add("stigma", "it", c("utenti non si fidano", "utenti che non si fidano", "pazienti non si fidano",
  "famiglie non si fidano", "famiglie diffidenti", "utenti diffidenti", "familiari diffidenti"))
add("stigma", "en", c("users don t trust", "patients don t trust", "families don t trust"))
# A contract's stability and the obstacles of the rules are the role's
# recognition ("i peer non hanno alcuna stabilità contrattuale", "non ci
# sono più ostacoli normativi").
add("recognition", "it", c("stabilità contrattuale", "stabilità lavorativa"), kind = "topic")
add("recognition", "it", c("ostacoli normativi", "ostacolo normativo"))
add("recognition", "en", c("regulatory obstacles", "legal obstacles"))
# Money that ends with a grant or a date, staff who fear for their posts or
# call peer work a fad, administrative paperwork, a confused mandate.
add("funding", "en", c("grant that ends", "grant ends", "funding ends", "funding runs out",
  "money runs out", "funding that ends"))
add("funding", "it", c("fondi finiscono", "fondi scadono", "finanziamento finisce",
  "finanziamento scade"))
add("cultural", "it", c("prenda il loro posto", "prendere il loro posto", "rubare il posto",
  "non ne vogliono sentir parlare", "non vogliono sentirne parlare", "è una moda"))
add("cultural", "en", c("take their jobs", "take their job", "replace them"))
add("organisation", "it", c("pratiche amministrative", "pratiche burocratiche"))
add("role", "it", c("confusione sul mandato", "confusione sui compiti", "confusione di ruoli",
  "confusione sui ruoli", "confusione sul ruolo"))

# Low pay and pay grades are the role's standing, as are vouchers,
# internships that lead nowhere, work done as a volunteer and a disability
# pension that work would cost (recognition); money that arrives late or
# ends with a pilot, billing rules and a training budget (funding); stigma
# within services and professionals who do not want peers, doubt them, see
# them as a risk or a nice extra (cultural, besides stigma); not knowing
# what peers should be doing (role); schedules, integration between
# services, onboarding and recruitment panels (organisation); nobody to
# follow, mentor or accompany peers (wellbeing); the judgement of others
# (stigma).
pay <- c("sottopagat*", "malpagat*", "mal pagat*", "pagati poco", "pagate poco", "pagato poco",
         "pagata poco", "paid less", "low paid", "rimborsi spese", "rimborso spese", "low pay")
add("recognition", "it", c("non formalmente riconosciut*",
  "non è formalmente riconosciut*",
  "non si trasformano in assunzioni",
  "non diventano assunzioni", "perdere la pensione", "istituire la figura"))
# Rule: peers working as volunteers have no recognised place (recognition);
# paid only as volunteers, or with a refund of expenses, they are unpaid
# (funding; the longer match of the pay wins, below).
add("recognition", "it", c("come volontari", "come volontario", "come volontaria"))
add("funding", "it", c("pagat* come volontari*", "pagat* solo come volontari*",
  "retribuit* come volontari*", "pagat* come un volontario", "pagat* a rimborso spese"))
add("funding", "en", c("paid as volunteers", "paid only as volunteers", "paid as a volunteer",
  "paid only expenses", "only paid expenses"))
add("recognition", "it", c("voucher", "pensione di invalidità"), kind = "topic")
add("recognition", "en", c("not formally recognised", "not formally recognized",
  "role isn t formally recognised", "role is not formally recognised",
  "role not formally recognised", "roles are not formally recognised",
  "role isn t formally recognized", "role is not formally recognized",
  "pay grade", "pay grades", "paid at band", "reliance on volunteers", "rely on volunteers",
  "relying on volunteers", "how to classify", "no progression", "not graded"))
add("recognition", "en", c("job classification", "classification", "bargaining unit",
  "formal role", "formal job role", "job family", "vouchers", "voucher", "progression", "grading",
  "job evaluation", "sick pay"), kind = "topic")
add("funding", "it", c("arriv* in ritardo", "pagamenti in ritardo",
  "ritardi nei pagamenti", "ritardo nei pagamenti", "ritardi nei finanziamenti",
  "fine del progetto", "fine dei progetti", "fine del finanziamento", "finito il progetto",
  "finiti i fondi", "a fine progetto", "finanziamento è finito", "finanziamento finito"))
add("funding", "it", c("finanziat* fino a", "finanziat* solo fino", "non investe", "non investono"))
add("funding", "en", c("funded until", "funded only until", "won t invest", "doesn t invest",
  "does not invest", "late payments", "paid late", "payments are delayed", "arrives late",
  "arrive late", "beyond the pilot", "after the pilot", "end of the pilot",
  "sustaining the posts", "sustain the posts", "sustain posts", "can t bill", "cannot bill",
  "unable to bill"))
add("funding", "en", c("billing", "reimbursement", "training budget"), kind = "topic")
add("funding", "it", c("budget per la formazione", "fondi per la formazione", "risorsa",
  "risorsa dedicata"), kind = "topic")
add("cultural", "it", c("poco propens*", "non propens*", "chiuso al progetto", "chiusi al progetto",
  "chiusura verso", "pregiudizi degli operatori",
  "pregiudizi tra gli operatori", "pregiudizi tra i colleghi", "non li vogliono",
  "non lo vogliono", "non vogliono i peer", "non vogliono gli esp", "essere accettati",
  "farsi accettare", "non sono accettati", "non li coinvolgono", "non coinvolgono",
  "non riconoscono il valore", "non riconosce il valore", "attività di serie b", "un optional",
  "un di più", "un rischio clinico", "siano un rischio", "sono un rischio", "dubitano",
  "operatori temono", "colleghi temono", "medici temono", "psichiatri temono",
  "essere sostituiti", "venire sostituiti", "sostituire il personale",
  "sostituire gli operatori", "sostituire i professionisti"))
add("cultural", "en", c("understanding from clinicians", "understanding from staff",
  "understanding from colleagues", "understanding among staff", "understanding among clinicians",
  "undermin*", "tokenised", "tokenized", "not listened to", "won t accept", "wont accept",
  "refuse to accept", "don t accept", "do not accept", "getting on board", "get on board",
  "don t want them", "do not want them", "don t want peers", "not accepted", "not welcomed",
  "talk over them", "talked over", "nice extra", "nice to have", "optional extra",
  "an add on", "a clinical risk", "not well enough", "who doubt", "still doubt",
  "staff worry", "staff fear", "staff are worried", "staff are afraid",
  "clinicians worry", "clinicians fear", "will replace", "replace qualified", "replace paid",
  "replace clinical", "replacing staff", "replacing qualified", "don t recognise the value",
  "don t value", "getting managers on board", "get managers on board",
  "getting staff on board", "get staff on board", "getting clinicians on board",
  "getting the team on board"))
add("role", "it", c("interpreta come vuole", "ognuno lo interpreta", "interpretato in modo diverso",
  "coprire buchi", "coprire i buchi", "tappare buchi", "tappare i buchi", "non si sa bene",
  "non si sa dove", "non si sa come"))
add("role", "it", c("non è chiaro che cosa", "non è chiaro cosa", "cosa fa un esp", "cosa fanno gli esp", "cosa fa il peer", "cosa fanno i peer"))
add("role", "it", c("chiarezza del mandato"), kind = "topic")
add("role", "en", c("reporting lines", "line of accountability"), kind = "topic")
add("role", "en", c("what to expect from them", "what to expect from peers", "accountable to",
  "what peers do", "what peer workers do",
  "should be doing", "what peers should be doing", "not sure what peers",
  "where peer support fits", "where peers fit", "where peer workers fit", "where the role fits"))
add("organisation", "it", c("mancano le ore", "poche ore", "ore insufficienti", "conciliare gli orari", "ognuno lavora per conto suo",
  "lavorano per conto loro", "spostamenti lunghi"))
add("organisation", "it", c("orari", "orario", "orari di lavoro", "spostamenti",
  "integrazione con i servizi", "integrazione tra i servizi", "integrazione tra servizi",
  "integrazione con il terzo settore", "integrazione sociosanitaria", "lavoro di rete"),
  kind = "topic")
add("organisation", "en", c("vacancy control", "vacancy panel", "can t recruit",
  "cannot recruit", "unable to recruit", "recruitment delays"))
add("organisation", "en", "onboarding", kind = "topic")
add("wellbeing", "it", c("non riescono a seguire", "non riesce a seguire", "essere accompagnati",
  "vanno accompagnati", "nessuno li segue", "nessuno che li segua", "nessuno ha tempo di seguirli",
  "nessuno ha tempo per seguirli", "nessuno ha tempo di seguire gli esp",
  "nessuno ha tempo per seguire gli esp", "nessuno ha tempo di seguire i peer",
  "nessuno ha tempo per seguire i peer", "nessuno ha tempo di seguire i pari", "seguire gli esp",
  "seguire i peer", "seguire i pari", "seguire i facilitatori", "seguire gli utenti esperti",
  "seguirli", "li segua", "li sostenga", "sostenerli", "affiancarli",
  "non si sentono supportat*", "non si sentono sostenut*", "non si sentono seguit*",
  "si sente solo", "si sentono soli"))
add("wellbeing", "it", c("tutor", "tutoraggio", "accompagnamento", "percorso di supervisione",
  "percorso di accompagnamento", "sostegno strutturato"), kind = "topic")
add("wellbeing", "it", c("manca un percorso di supervisione", "manca un percorso di accompagnamento"))
add("training", "it", c("percorso di formazione", "percorsi di formazione"), kind = "topic")
add("training", "en", c("peers trained", "peer workers trained", "staff trained", "people trained",
  "trained people", "credentialing", "credential", "credentials", "credentialing pathway",
  "certification exam", "state certificate", "finding trainers"), kind = "topic")
add("organisation", "en", c("documentation", "ehr documentation", "board approval"),
  kind = "topic")
add("organisation", "en", c("documentation burden", "documentation requirements", "past the board"))
add("cultural", "en", c("bought in", "recovery oriented practice", "recovery orientation"),
  kind = "topic")
add("wellbeing", "en", "nothing in place to support")
add("role", "en", c("don t get what", "doesn t get what", "don t know how to use",
  "not knowing how to use", "how to use the peers", "how to use peers", "what to do with them",
  "job title confusion", "who is responsible for what", "responsible for what",
  "who they answer to", "who peers answer to", "who the peers answer to", "no clarity on what",
  "pick up shifts", "picking up shifts"))
add("funding", "en", c("a year at a time", "year to year", "year by year", "convince commissioners"))
add("funding", "it", c("non ci mette un euro",
  "non mette un euro", "non ci mettono un euro"))
add("recognition", "en", c("not paid enough", "not being paid enough", "aren t paid enough",
  "paying them properly", "paid far below", "paid below"))
add("organisation", "en", c("leadership changes", "management changes", "changes of director",
  "too busy", "insurance and liability", "liability questions", "liability issues",
  "short staffed", "short on the ward"))
add("organisation", "it", c("carenz* di psicologi", "mancano psicologi", "troppo impegnati"))
add("cultural", "en", c("encroach*", "waste of time", "just a chat", "having a chat",
  "as an outsider", "managers worry", "managers fret"))
add("wellbeing", "en", c("got no support", "received no support"))
add("wellbeing", "en", "point of contact", kind = "topic")
add("wellbeing", "it", "ricadere")
add("stigma", "en", c("families can be wary", "families are wary", "families don t want"))
add("funding", "en", c("non recurrent", "non recurrent basis", "non recurrent funding"))
add("stigma", "en", c("families who don t trust", "users who don t trust", "clients who don t trust",
  "patients who don t trust", "clients refuse"))
add("role", "en", c("supposed to be doing", "doesn t understand what", "does not understand what",
  "doesn t know what peers", "don t know what peers"))
obj <- c("gli esp", "i peer", "i pari", "i facilitatori", "gli utenti esperti", "gli esperti",
         "i nuovi esp", "i nuovi peer")
add("wellbeing", "it", c(outer(c("nessuno ha tempo di seguire", "nessuno ha tempo per seguire",
  "non c è tempo per seguire", "manca il tempo per seguire",
  "manca il tempo di seguire"), obj, paste)))
add("wellbeing", "en", c("without backup", "without back up", "left to manage", "left alone",
  "to mentor", "mentor them", "don t feel supported",
  "do not feel supported", "feel unsupported", "nobody to support them"))
add("wellbeing", "en", c("mentor", "mentors", "mentorship", "ongoing support",
  "supervision structure"), kind = "topic")
add("stigma", "it", c("giudizio della gente", "giudizio altrui", "giudizio degli altri"))
add("funding", "en", c("cash", "grant"), kind = "topic")
add("funding", "en", c("we re broke", "we are broke", "one off grant", "one off grants",
  "grant that finishes", "grant finishes", "grant ends", "grant runs out", "funded only for",
  "only funded for", "one off money", "one off funding"))
add("funding", "it", c("finanziat* solo per", "finanziament* solo per", "finanziat* per un solo",
  "ritardi nell erogazione", "ritardo nell erogazione", "erogazione dei fondi"))
add("cultural", "it", c("far accettare", "fargli accettare", "con sufficienza",
  "non li prendono sul serio", "non prendono sul serio", "rimpiazzat*", "a disagio"))
add("cultural", "en", c("to accept that", "don t take them seriously", "do not take them seriously",
  "don t take peers seriously", "not taken seriously", "uncomfortable with"))
add("role", "en", c("where they fit", "where the peers fit", "where the peer workers fit",
  "how peers would fit", "how they would fit", "how they fit", "dual relationship",
  "dual relationships", "where the line"))
add("role", "it", c("come inserirli", "chiarezza sul mandato", "mandato",
  "non sappiamo bene come inserir*"))
add("role", "en", c("no idea where", "no idea how peers", "no idea what peers",
  "not sure how peers", "not sure where peers", "not sure how they", "not sure where they"))
add("recognition", "en", c("paid only expenses", "only paid expenses", "only get expenses",
  "just expenses"))
add("recognition", "it", c("figura contrattualizzata", "figura giuridica", "figura giuridicamente",
  "qualifica riconosciuta", "piano di fabbisogno", "fabbisogno del personale"), kind = "topic")
add("recognition", "it", c("stipendio da fame", "stipendi da fame", "paga da fame"))
add("recognition", "en", c("no grade for", "no grade", "pay scales"))
add("organisation", "it", c("tutto bloccato", "commissariat*", "delibere ferme", "ferme da mesi",
  "non è stata sostituita", "non è stato sostituito", "non sono stati sostituiti",
  "troppe carte", "troppa carta", "scartoffie", "carte da compilare",
  "non ci sono mezzi", "tutto lento", "tutto complicato", "tutto da autorizzare"))
add("organisation", "it", c("distanza", "distanze", "mezzi di trasporto", "trasporti",
  "qualcuno che coordini", "qualcuno che coordina"), kind = "topic")
add("organisation", "en", c("takes forever", "everything takes", "too stretched", "stretched",
  "to go round", "to go around", "no hr support"))
add("organisation", "en", c("rostering", "rota", "shift patterns", "geography", "hr support"),
  kind = "topic")
add("wellbeing", "it", c("stanno male", "si riacutizza*", "riacutizzazion*", "esausti", "esauste",
  "restare isolati", "restano isolati", "sono isolati", "nessuno che li supervisioni"))
add("wellbeing", "it", c("qualcuno che segua", "qualcuno che li segua", "rete di protezione",
  "gruppo di riferimento"), kind = "topic")
add("wellbeing", "en", c("peers isolated", "isolated on", "nobody with the capacity to supervise",
  "nobody to supervise", "no one to supervise"))
add("cultural", "it", c("non ci credono", "nn ci credono", "non ci crede", "nessuno ci crede",
  "nessuno crede", "non vogliono estranei", "non li vogliono", "non ne vogliono sapere",
  "sottovalut*", "non riconosce il valore", "non riconoscono il valore",
  "non riconosce valore", "non riconoscono valore", "troppo fragili",
  "vedere i pari come"))
add("cultural", "en", c("too fragile", "getting staff to see", "to see peers as",
  "don t think peers are", "don t see peers as", "nobody trusts", "nobody here trusts",
  "no one trusts", "don t get it", "dont get it"))
add("role", "it", c("nessuno sa bene cosa", "nessuno sa cosa", "cosa debbano fare",
  "cosa devono fare"))
add("role", "en", c("who does what", "what else to do with them", "lines of accountability"))
add("training", "it", c("come formarli", "persone formate"), kind = "topic")
add("training", "it", c("reperire persone formate", "trovare persone formate"))
add("funding", "it", c("con un anno di ritardo", "fondi arrivati in ritardo",
  "finanziamenti arrivati in ritardo", "copre a malapena", "coprono a malapena"))
add("stigma", "en", c("what the neighbours will think", "what the neighbors will think",
  "ashamed"))
add("stigma", "it", c("cosa dirà la gente", "cosa pensa la gente", "paura del matto",
  "si vergognano"))
add("wellbeing", "it", c("nessuno che li sostenga", "nessuno che li supporti",
  "nessuno che possa seguir*", "nessuno che segua", "nessuno ha il tempo di accompagnar*",
  "nessuno ha il tempo di seguirli", "nessuno ha il tempo di seguirle",
  "nessuno ha tempo di accompagnar*",
  "nessuno strumento per sostener*", "accompagnarli", "accompagnarle", "supervisionarli"))
add("organisation", "it", c("sotto organico", "sottorganico", "troppi passaggi",
  "passaggi amministrativi", "scarso raccordo"))
add("recognition", "it", c("non c è modo di assumer*", "modo di assumer*"))
add("funding", "it", c("contributo è finito", "contributo finito", "finanziamento è finito",
  "finanziamento finito", "fondi finiti", "fondi sono finiti", "finiti i fondi",
  "non basta nemmeno"))
add("funding", "en", c("grant has ended", "grant ended"))
add("cultural", "en", c("feel like tokens", "tokenistic", "tokenism", "stepping on their toes",
  "don t see lived experience", "dont see lived experience"))
# ... tokenism in Italian, and peers' views heard and then set aside
# ("il loro parere non conta", "listened to politely and then ignored")
add("cultural", "it", c("tokenism*", "parere non conta", "parere non viene considerato",
  "parere non viene ascoltato", "opinione non conta", "opinione non viene considerata",
  "voce non conta", "inascoltat*"))
add("cultural", "en", c("views are ignored", "views get ignored", "views ignored",
  "then ignored", "voice is ignored", "opinion doesn t count", "opinions don t count",
  "views don t count", "view doesn t count"))
add("role", "en", c("who peers report to", "who they report to", "accountable for"))
add("role", "it", c("cosa far fare", "cosa fanno i pari", "definire meglio cosa"))
add("cultural", "en", c("take lived experience seriously", "take the peer workers seriously",
  "take peer workers seriously", "take peers seriously", "take the peers seriously",
  "soft knowledge", "seen as soft", "carry much weight", "has nothing to add",
  "have nothing to add", "not convinced",
  "professional jealousy", "jealousy", "watered down", "perception that peer workers",
  "peer workers are unreliable", "peers are unreliable"))
add("cultural", "it", c("una moda", "concorrenti a basso costo", "far capire ai colleghi",
  "non li considerano veri", "veri operatori", "nessuna voglia", "non hanno alcuna voglia",
  "tra i piedi"))
add("role", "en", c("don t know what the peer worker is", "don t know what the peer",
  "nobody is quite sure what", "nobody is sure what", "not sure what s expected",
  "aren t sure what s expected", "what s expected of them", "who the peer reports to",
  "blurred lines"))
add("role", "it", c("non si capisce bene cosa", "non si capisce cosa", "nessuno sa bene che cosa",
  "nessuno sa che cosa", "non sanno bene cosa far fare", "non è chiaro fin dove", "fin dove può",
  "terra di mezzo"))
add("stigma", "en", c("real professional", "proper professional", "cross the street",
  "seen as mental", "afraid disclosure", "disclosure will follow"))
add("stigma", "it", c("dottore vero", "medico vero"))
add("funding", "en", c("it ll be renewed", "be renewed next", "month pot", "purely financial",
  "compete with what", "money to extend"))
add("funding", "it", c("non rinnova", "non rinnovano", "se verrà rinnovato", "se verra rinnovato",
  "bando annuale", "pochi mezzi", "tagliato i progetti", "ha tagliato", "arrivano a singhiozzo"))
add("recognition", "it", c("rimborsi a piè di lista", "a piè di lista", "pie di lista"))
add("recognition", "it", "categoria contrattuale", kind = "topic")
add("recognition", "en", c("volunteer status", "honorarium", "honorarium only",
  "what grade to put", "grade structure", "zero hours"))
add("organisation", "en", c("too many forms", "too many sign offs", "sign offs", "too slow",
  "nobody whose job it is", "slipping down the list", "off sick", "hr process", "takes ages",
  "turni scoperti"))
add("organisation", "en", "scheduling", kind = "topic")
add("organisation", "it", c("personale che manca",
  "turni scoperti", "psichiatri per"))
add("organisation", "it", "una stanza", kind = "topic")
add("wellbeing", "it", c("paura delle ricadute", "rischio di ricadute", "bruciarsi", "riattivar*",
  "stare vicino ai pari"))
add("wellbeing", "it", "supporto psicologico", kind = "topic")
add("wellbeing", "en", c("sink or swim", "back up a new peer", "back up new peers"))
add("training", "en", c("no formal grounding", "formal grounding"))
add("training", "it", c("nessuno glielo ha mai insegnato", "non sanno come lavorare con"))
add("training", "it", "candidati formati", kind = "topic")
add("funding", "it", c("copre solo", "coprono solo", "se ci fossero più soldi",
  "se avessimo più soldi", "se avessimo i fondi", "se avessimo i soldi", "solo per un anno",
  "bando che scade", "volontà politica di investire"))
add("funding", "en", c("covers only", "only covers", "if we had the money", "if we had more money",
  "only for a year", "only for one year", "grant expires", "two year pilot",
  "what happens after march", "what happens after the pilot"))
add("recognition", "it", c("pagano pochissimo", "pagati pochissimo", "a gettone", "gettone simbolico",
  "tirocini di inclusione", "tirocinio di inclusione", "senza tutele", "senza nessuna tutela",
  "senza alcuna tutela", "nessuna tutela"))
add("recognition", "en", c("pay is lousy", "lousy pay", "can t pay people properly"))
add("stigma", "en", c("cross the road", "families object", "you re dangerous", "are dangerous"))
add("stigma", "it", c("quelli del csm", "un altro malato", "famiglie si oppongono", "pericolosi"))
add("cultural", "en", c("a fad", "don t buy it", "can t be trusted", "not seen as real",
  "real clinical work", "don t see it as real", "as a liability", "arm s length", "cold feet"))
add("cultural", "it", c("scavalcat*", "messi in discussione", "voglia di cambiare",
  "paziente promosso", "non lo invitano", "non li invitano", "non ha capito il valore",
  "di contorno"))
add("role", "it", c("nn si sa chi fa cosa", "non si sa chi fa cosa", "giusta distanza",
  "non trova il suo posto", "come un oss", "un oss in più"))
add("role", "en", c("blurring the line", "jobs nobody else wants", "making tea",
  "writing in the clinical notes", "nobody s sure whether", "supposed to do",
  "what is expected of them", "hasn t figured out", "haven t figured out"))
add("organisation", "it", c("non si parlano", "ognuno va per conto suo", "tenga le fila",
  "tenere le fila"))
add("organisation", "en", c("huge distances", "without a car", "it access", "security clearance",
  "doesn t prioritise", "doesn t prioritize", "something more urgent", "lack of people",
  "two tier", "can t access our electronic records", "no backfill"))
add("organisation", "en", c("vacancies", "backfill"), kind = "topic")
add("wellbeing", "it", c("si esauriscono", "stanchezza dei peer", "stanchezza degli esp"))
add("wellbeing", "en", c("relapsing", "no one checking in", "checking in on how",
  "supporting peers when", "bad patch", "who looks after them", "show a new peer worker the ropes",
  "the ropes", "wraparound support", "end up on their own"))
add("training", "it", c("nessuno ha mai spiegato", "come si lavora a fianco", "frammentari*",
  "non esiste un attestato"))
add("training", "en", c("haven t been taught", "anyone trained to supervise"))
add("funding", "en", c("not funded beyond", "funded beyond", "nobody knows about next year",
  "dollars"))
add("funding", "it", c("non finanziat* oltre", "finanziat* a singhiozzo"))
add("cultural", "en", c("getting psychiatrists on board", "getting consultants on board",
  "getting clinicians on board", "getting staff on board", "get staff on board",
  "get them on board", "optional add on", "add on rather than", "undercut", "pushed back",
  "worth less than a degree", "valued the same as a degree", "isn t valued", "anecdote rather than",
  "not trusted by clinicians", "unions objected", "peers are a risk"))
add("cultural", "it", c("non possa dare nulla", "dare nulla di utile", "un vero lavoro",
  "non lo considerano un vero", "lo fa capire", "fatica ad accettare", "ad accettare che",
  "un altra parte no"))
add("stigma", "it", c("preferiscono il dottore", "preferiscono il medico",
  "preferiscono parlare col medico", "non si fidano di un pari", "non si fidano di un altro utente",
  "non si fida"))
add("stigma", "en", c("proper clinician", "who s been ill", "been on the other side",
  "backlash", "everyone knows everyone", "don t feel confident applying",
  "what they think others will say", "real professional"))
add("role", "it", c("non sanno bene cosa debba", "non lo sa nemmeno lui", "non competono loro",
  "richieste che non competono"))
add("role", "en", c("no one is clear what", "nobody is clear what"))
add("organisation", "it", c("turn over", "mancanza di un referente", "referente per il progetto",
  "riunioni che saltano", "difficoltà a coordinar*", "difficolta a coordinar*", "cambiano di continuo",
  "tempi dell ufficio", "oberati"))
add("organisation", "en", c("sick leave cover", "co ordination between", "coordination between"))
add("wellbeing", "it", c("non sanno a chi rivolgersi", "non sa a chi rivolgersi",
  "non hanno a chi rivolgersi", "non ha a chi rivolgersi"))
add("wellbeing", "it", c("a chi rivolgersi", "nessuno con cui scaricare",
  "logorante", "vanno in crisi", "qualcuno che si occupa dei pari"))
add("wellbeing", "en", c("emotional safety", "enough debriefing", "debriefing"))
add("recognition", "en", c("paid as casuals", "no sick leave", "holiday pay", "the lowest grade",
  "the lowest band",
  "doesn t reflect the skill", "pay doesn t reflect", "no pension", "earn much less",
  "dead end job"))
add("recognition", "it", c("pagato come si deve", "pagati come si deve", "deliberato sulla figura",
  "né dipendente né volontario", "posizione ambigua"))
add("training", "it", c("candidati preparati", "persone preparate"), kind = "topic")
add("training", "it", c("vanno formati", "formati meglio"))
add("training", "en", c("training them up", "nobody has shown them", "no idea how to work alongside",
  "how to work alongside a peer"))
add("wellbeing", "it", c("destabilizz*", "scaricare la fatica", "confrontarsi tra loro",
  "nessuno ha ore libere per seguir*", "nessuno ha tempo di affiancar*",
  "nessuno ha il tempo di affiancar*"))
add("wellbeing", "en", c("looking out for the peers", "nobody is really looking out",
  "switch off", "take home the stories", "look after them", "nobody checks in", "checks in on how",
  "worn out", "no time to mentor", "health dipped"))
add("wellbeing", "en", "occupational health", kind = "topic")
add("cultural", "it", c("non li accettano come colleghi", "accettano come colleghi",
  "non coinvolgerli", "non li coinvolgono", "volontà dei vertici", "per risparmiare sul personale",
  "ad accettare un collega", "senza laurea", "poca convinzione"))
# ... and peers not seen as colleagues ("non li considerano colleghi ma
# pazienti che lavorano", "they don't see them as colleagues")
add("cultural", "it", c("non li considerano colleghi", "non li considerano dei colleghi",
  "non li vedono come colleghi", "non li trattano da colleghi", "non li trattano come colleghi",
  "pazienti che lavorano"))
add("cultural", "en", c("don t see them as colleagues", "do not see them as colleagues",
  "not as colleagues", "not real colleagues", "patients who work"))
# Everyday verbs: a region that never decided or rules that do not provide
# for the role, no form of support for the peers, a medicalised service,
# not knowing how to pay the
# peers, staff who struggle to accept them or were never trained, peers who tire,
# managers who do not prioritise the service
add("recognition", "it", c("non ha mai deliberato", "non ha deliberato", "mai deliberato",
  "nessuna delibera"))
add("funding", "it", c("non sappiamo come pagarli", "non si sa come pagarli",
  "non sappiamo come retribuirli", "non si sa come retribuirli", "non sappiamo come remunerarli"))
add("funding", "en", c("don t know how to pay them", "no way to pay them"))
add("cultural", "it", c("fatica ad accettarli",
  "faticano ad accettarli", "fatica ad accettarle", "faticano ad accettarle"))
add("wellbeing", "it", c("si stancano", "si affaticano"))
add("recognition", "it", c("non prevedono questa figura", "non prevede questa figura",
  "non prevedono la figura", "non prevede la figura", "non prevedono tale figura",
  "non prevede tale figura"))
add("wellbeing", "it", c("forma di sostegno", "forme di sostegno", "forma di supporto",
  "forme di supporto"), kind = "topic")
add("wellbeing", "en", c("structured support", "ongoing support"), kind = "topic")
add("cultural", "it", c("medicalizzazione", "iper medicalizzazione"))
add("cultural", "en", c("medicalisation", "medicalization", "over medicalised",
  "over medicalized"))
add("training", "en", c("no one has been trained", "nobody has been trained", "not been trained",
  "never been trained", "no one is trained", "nobody is trained", "haven t been trained",
  "hasn t been trained", "aren t trained", "weren t trained"))
add("organisation", "en", c("don t prioritise", "don t prioritize", "do not prioritise",
  "do not prioritize", "not prioritised", "not prioritized", "deprioritised", "deprioritized"))
add("cultural", "en", c("real evidence", "optional fluff", "fluff", "doubt that someone",
  "raised concerns about peers", "done by qualified staff", "real colleagues",
  "left out of handovers", "medical way of thinking"))
add("stigma", "it", c("essere seguiti da un ex paziente", "seguito da un malato", "diffida di chi",
  "ignoranza sulla salute mentale", "molta ignoranza"))
add("stigma", "en", c("because of their diagnosis", "s a patient too", "look down on",
  "want their history out there"))
add("role", "it", c("nessuno ha chiaro cosa", "non ha chiaro cosa"))
add("role", "en", c("what a peer worker is for", "what the peer worker was there",
  "was there to do", "nobody has spelled out", "no one has spelled out", "extra pair of hands", "aren t peer work",
  "isn t peer work", "any clear idea of what"))
add("organisation", "it", c("siamo in pochi", "troppi pazienti", "non ci sono stanze",
  "non ci sono computer", "senza direttore", "nessuno prende decisioni"))
add("organisation", "en", c("three committees", "approval process", "painfully slow",
  "no one owns the project", "falls between teams", "leadership keeps changing",
  "release time"))
add("recognition", "it", c("rinnovato ogni sei mesi", "rinnovati ogni sei mesi",
  "strumento contrattuale", "col volontariato", "fanno volontariato"))
add("recognition", "en", c("no permanent posts", "everything is fixed term", "minimum wage",
  "pay is awful", "work for free", "on the payroll", "living wage", "graded so low",
  "what grade the post"))
add("funding", "it", c("fondi regionali in ritardo", "fondi in ritardo"))
add("funding", "en", c("funding were guaranteed", "if the funding were"))
add("funding", "it", c("finché dura il bando", "che scade l anno prossimo", "scade l anno prossimo"))
add("funding", "it", "un euro", kind = "topic")
add("funding", "en", c("given us a cent", "a cent for it", "only for 12 months", "12 months at a time",
  "no money for training"))
add("cultural", "it", c("pochi medici credono", "pochi medici ci credono", "mettersi in discussione",
  "tenuti fuori dalle riunioni", "parere contasse meno", "solo dai libri"))
add("cultural", "en", c("think they know best", "know best", "unprofessional", "cutting qualified posts",
  "not invited to clinical meetings", "nobody reads what they write", "in their own team",
  "lack of will", "will from the top", "inertia", "don t want to change", "peers are fragile",
  "fall apart", "bottom of the ladder", "no say in", "say the wrong thing", "talked down to",
  "left them out of handover", "were on side", "awkward to treat them as colleagues"))
add("stigma", "it", c("famiglie diffidenti", "la gente parla",
  "non far sapere", "non si fidano di un altro paziente"))
add("stigma", "en", c("clients don t trust", "wary of being seen by",
  "reluctant to disclose", "illness dangerous", "real nurse", "wary of anyone with",
  "everybody knows everybody", "just another patient", "relatives and neighbours"))
add("role", "it", c("non si capisce se il peer", "un utente o un ospite", "non sappiamo bene cosa debbano",
  "senza sapere che fare"))
add("role", "it", "chiara definizione delle mansioni", kind = "topic")
add("role", "en", c("job spec is so vague", "don t really know where",
  "don t know where peers fit"))
add("role", "en", "job spec", kind = "topic")
add("wellbeing", "it", c("a cui rivolgersi", "stare vicino ai peer", "troppo pesante per loro",
  "si carichino troppo", "crollino"))
add("wellbeing", "en", c("reflective space", "senior peer who can", "how they re coping", "no back up"))
add("organisation", "it", c("sommersi di lavoro", "impiegano mesi", "mesi di pratiche",
  "ridotte all osso", "ridotti all osso", "togliere ore", "troppe riunioni",
  "moduli da compilare"))
add("organisation", "en", c("don t even have desks", "somewhere for them to sit", "doing two jobs",
  "finding candidates", "two applicants", "advertised twice", "who signs off", "no cover when"))
add("recognition", "it", c("praticamente gratis", "guadagnano meno",
  "qualche rimborso", "solo rimborsi"))
add("recognition", "en", c("paid peanuts", "peanuts", "proper salary", "graded as admin",
  "pay structure", "don t count as clinical staff"))
add("training", "it", c("andrebbe preparato", "mai formati", "operatori mai formati"))
add("training", "en", c("no one has trained them",
  "have done the training", "none for supervisors", "recognised qualification"))
add("organisation", "en", c("reporting requirements", "reporting burden", "teams are short",
  "team is short", "teams short"))
add("wellbeing", "en", c("keeping them well", "keep them well"))
add("wellbeing", "it", c("salute del peer", "salute dei peer", "salute degli esp",
  "salute dei pari", "stare male di nuovo", "rischiano di stare male", "rischia di stare male"))
add("recognition", "it", c("non sa come contrattualizzar*", "non sanno come contrattualizzar*",
  "non sa come inquadrar*", "non sanno come inquadrar*"))
# everyday wording of two later blind sets
add("cultural", "en", c("dont buy into", "dont buy in", "don t buy into", "do not buy into",
  "doesn t buy into", "doesnt buy into", "tick box exercise", "tick box", "tickbox",
  "dismiss", "dismisses", "doubt that lived experience", "doubt lived experience",
  "running the asylum"))
add("stigma", "en", c("users wary", "service users wary", "clients wary", "patients wary",
  "users are wary", "clients are wary", "patients are wary", "someone like them",
  "rather see a professional"))
add("organisation", "en", c("workloads are so high", "workload is so high", "workloads are high",
  "workloads are too high", "can t take on anything new"))
add("role", "en", c("role has drifted", "role drift", "drifted from", "how peers fit",
  "where peers fit", "no clear plan for how"))
add("wellbeing", "en", c("don t feel like they belong", "feel like they don t belong",
  "don t feel they belong", "isolating for"))
add("recognition", "it", c("semplice rimborso", "più di un rimborso", "modo per contrattualizzar*",
  "modo di contrattualizzar*"))
add("stigma", "it", c("non accettano di essere aiutati", "uno come loro", "una come loro",
  "pregiudizi da parte dei familiari", "pregiudizi da parte delle famiglie",
  "pregiudizi da parte degli utenti", "pregiudizi dei familiari", "pregiudizi delle famiglie"))
add("role", "it", c("restano ai margini", "rimangono ai margini", "ai margini dell equipe",
  "confusione sui compiti", "relegati a", "relegato a", "relegata a"))
add("cultural", "it", c("capire il valore", "non capiscono il valore", "comprendere il valore"))
add("wellbeing", "it", c("chi segua i peer", "manca chi segua", "che segua il gruppo",
  "chi li segua", "nessuno che li segua"))
add("training", "it", c("tempo di formare", "nessuno che li formi"))
add("organisation", "it", c("servono mesi", "ci vogliono mesi", "servono anni", "ci vogliono anni"))
add("cultural", "en", c("won t let peers", "wont let peers", "won t allow peers", "will not let peers"))
add("role", "en", c("no agreement about what", "no agreement on what", "no agreement about how"))
# ... and of two more
add("cultural", "en", c("fluffy", "isn t interested", "isnt interested", "aren t interested",
  "not interested", "not valuing", "don t value", "dont value", "refuse to have peers",
  "refuse to work with", "not really welcome", "left out of team decisions",
  "token service user", "isn t a qualification", "isnt a qualification",
  "not a qualification"))
add("stigma", "en", c("think they re dangerous", "think theyre dangerous", "are dangerous",
  "unreliable", "scared they ll relapse", "scared theyll relapse", "a risk to be managed",
  "shouldn t be allowed near", "shouldnt be allowed near"))
add("recognition", "en", c("pay bands", "pay band", "promotion potential", "limited promotion",
  "caps their pay",
  "pay equity", "job classification", "below what our clinical staff"))
add("role", "en", c("pulled into", "meant to be doing", "nobody has defined what",
  "no one has defined what", "nobody is sure whether", "should be doing"))
add("organisation", "en", c("stretched so thin", "stretched thin",
  "mountain of paperwork", "infrastructure to recruit"))
add("organisation", "en", "headcount", kind = "topic")
add("funding", "en", "budgets", kind = "topic")
add("funding", "en", c("can t bill", "cant bill", "cannot bill",
  "finishes next year", "budgets get tight"))
add("training", "en", c("getting people certified", "get certified", "no standard certification"))
add("wellbeing", "en", c("run ragged", "exhausted", "exhausting for", "takes a toll",
  "take a toll", "show them the ropes", "time to induct", "nobody to talk to",
  "no one to talk to", "nobody with lived experience to talk to"))
add("recognition", "it", c("a titolo volontario", "titolo volontario", "su base volontaria",
  "forza lavoro gratuita", "lavoro gratuito", "formalmente non esiste",
  "non esiste formalmente", "non è previsto in nessun", "non sono previsti in nessun"))
add("stigma", "it", c("paura di essere riconosciut*", "temono di essere riconosciut*",
  "è ancora un marchio", "un marchio", "famiglie sono diffidenti", "familiari sono diffidenti",
  "utenti sono diffidenti", "non essere seguito dal peer", "non essere seguita dal peer",
  "non essere seguiti dal peer", "non accetta di essere seguito", "non accettano di essere seguiti"))
add("organisation", "it", c("troppo presi", "tutti presi", "rinegoziat*",
  "non c è continuità", "manca continuità", "dirigenti cambiano", "cambiano i referenti",
  "ricade tutta su", "ricade tutto su", "amministrativa è un incubo",
  "amministrativo è un incubo", "amministrativa è un disastro", "amministrativo è un disastro",
  "burocrazia è un incubo"))
add("wellbeing", "it", c("si sente abbandonat*", "si sentono abbandonat*", "lasciato a se stesso",
  "lasciato a sé stesso", "lasciati a se stessi", "lasciati a sé stessi", "nessuno con cui"))
add("cultural", "it", c("non invitarl*", "non li invitano", "non le invitano",
  "paziente che lavora", "come un paziente"))
add("role", "it", c("cosa deve fare", "cosa devono fare", "non sanno cosa fare",
  "non sano cosa fare"))
add("training", "it", c("non siamo preparati", "non sono preparati", "impreparat*"))
add("funding", "it", c("solo fino a", "fino a dicembre", "fino a giugno", "fino a fine anno",
  "non abbiamo più potuto pagare", "non possiamo più pagare", "non riusciamo a pagare"))
# ... and of a last pair
add("wellbeing", "en", c("lonely", "loneliness", "being the only one", "in at the deep end",
  "someone to lean on", "nobody to lean on", "no one to lean on", "no one to line manage",
  "nobody to line manage"))
add("organisation", "en", c("caseloads too heavy", "caseload too heavy", "heavy caseloads",
  "heavy caseload", "bigger caseloads", "run off its feet", "run off their feet",
  "run off our feet", "too much admin", "monitoring returns", "hasn t signed off",
  "hasnt signed off", "on hold", "make up numbers", "make up the numbers", "there s no cover",
  "admin hassle", "takes far too long", "asked to do too much", "when we re short",
  "ward s short", "workforce models", "establishment templates", "don t fit neatly"))
add("role", "en", c("nobody seems sure", "no one seems sure", "allowed to do",
  "where the peer worker fits", "where the peer fits", "where peer workers fit",
  "unclear expectations", "meant to deliver", "clerical helpers", "actual peer work"))
add("stigma", "en", c("refused to see the peer", "refuse to see the peer", "what qualifies you",
  "families are suspicious", "families suspicious", "a proper nurse", "held against them"))
add("cultural", "en", c("not referring", "don t refer", "dont refer", "forget the peer workers exist",
  "forget they exist", "block peers", "blocking peers", "rolls their eyes", "rolled their eyes",
  "take what i say seriously", "nervousness among", "unqualified staff"))
add("training", "en", c("credentialed", "credentialing", "training non existent",
  "training is non existent", "training nonexistent"))
add("funding", "en", c("nothing is recurrent", "funded hours"))
add("role", "it", c("cosa fargli fare", "non sappiamo bene cosa", "fin dove possono",
  "nessuno ha mai scritto cosa", "cosa ci si aspetta da", "come integrare gli esp",
  "chi li coordina", "a chi rispondono", "doppio ruolo"))
add("stigma", "it", c("uno come noi", "meno qualificat*", "paura del matto"))
add("wellbeing", "it", c("momento di confronto", "confronto con altri come me",
  "reggere il confronto", "avuto una ricaduta", "senza una guida", "nessuno lo sostituisce",
  "referente fisso"))
add("funding", "it", c("poi più niente", "solo economico", "limite economico",
  "non c è un euro", "dimenticata di finanziare", "dimenticati di finanziare"))
add("recognition", "it", c("incarico precario", "incarichi precari", "rendere stabile la figura",
  "paga è bassissima", "paga bassissima", "non ci vivi", "collaboratore occasionale",
  "collaboratori occasionali", "figura professionale riconosciuta"))
add("cultural", "it", c("non considerano minimamente", "roba da associazioni", "simpatica aggiunta",
  "come un controllore", "attrito con il personale", "attriti con il personale",
  "colleghi che ci credono"))
add("organisation", "it", c("sotto organico", "sottorganico", "porta via mezze giornate",
  "non ne avanza mai", "tempo non ne avanza", "sono un incubo", "è un incubo"))
# ... and of the pair scored last
add("recognition", "it", c("pagati male", "pagato male", "pagata male", "paga ridicola",
  "compenso ridicolo", "quasi gratis", "gettone di presenza"))
add("organisation", "it", c("richiede mesi", "richiedono mesi"))
add("cultural", "it", c("prendano il loro posto", "prendere il loro posto", "occhi al cielo",
  "figure non sanitarie", "valore al sapere esperienziale", "guardavano storto",
  "guardano storto", "trattano ancora da pazienti", "trattati da pazienti",
  "trattato come un ospite", "trattati come ospiti"))
add("stigma", "it", c("marchiati", "marchiato", "restare paziente a vita", "additati"))
add("wellbeing", "it", c("mi sento sola", "mi sento solo", "nessuno si prende cura di loro"))
add("role", "it", "cosa distingue il peer")
add("stigma", "en", c("distrust from service users", "users distrust", "don t trust a peer",
  "dont trust a peer", "spies for the doctors", "call us names", "witchcraft"))
add("recognition", "en", c("which band to put them on", "doesn t exist on paper",
  "doesnt exist on paper", "no such post", "only a stipend", "a stipend", "stipend",
  "bottom of the award", "casualised", "casualized", "pay scales",
  "recognised occupational category", "recognized occupational category"))
add("funding", "en", c("nobody will fund it", "no one will fund it", "put a cent behind it",
  "more posts funded", "hours got cut", "only funded as", "month trials"))
add("organisation", "en", c("nurses down", "bandwidth",
  "no template", "every new manager", "been reviewed", "nobody is accountable",
  "nobody s job", "sitting vacant", "covering three teams"))
add("cultural", "en", c("rather less so", "not accept the peer", "avoid working with them",
  "go out of their way to avoid", "professional knows best", "erode bargaining",
  "unions have raised concerns", "watered down"))
add("role", "en", c("what the job should cover", "see clients on their own",
  "how to use them"))
add("wellbeing", "en", c("very little support when", "own mental health dips",
  "occupational support"))
# Regulation named as lacking ("lack of regional regulation"; bare, it may
# be too much of it: not coded bare), a regional law that has not taken up
# the role ("la regione non ha ancora recepito la figura"), slow approvals
add("recognition", "en", c("regulation", "regulations", "regional regulation"), kind = "topic")
add("recognition", "it", c("non ha recepito", "non hanno recepito", "nn ha recepito",
  "nn hanno recepito", "non è stata recepita", "non è stato recepito", "mancato recepimento"))
add("organisation", "en", c("approval times", "approval time", "long approval",
  "slow approval", "approval delays"))

# Peers paid little, only their expenses or a token, or given no economic
# recognition, are underfunded (funding: peers "paid only as volunteers",
# as the coding rules say) as well as without standing (recognition,
# above): "nessun riconoscimento economico", "un rimborso spese simbolico",
# "Peers receive only travel expenses", "ESP sottopagati", "Pay is poor".
# Peers said to work as volunteers are without standing only. (The words of
# `pay` stay funding rows from above.)
add("funding", "it", c("retribuzione bass*", "retribuzioni bass*",
  "stipendi bass*", "stipendio bass*", "compensi bass*", "paga bassa", "paghe basse",
  "piccolo compenso", "compenso simbolico", "compensi simbolici", "scarso riconoscimento economico",
  "gettone di presenza", "gettoni di presenza"))
add("funding", "it", "riconoscimento economico", kind = "topic")
add("funding", "en", c("travel expenses", "paid only expenses", "only paid expenses",
  "only get expenses", "just expenses", "expenses only", "only expenses", "volunteer basis",
  "poor pay", "pay is poor", "pay is low", "low wages", "wages are low", "not paid properly",
  "not being paid properly"))
# Not knowing where to place peers, peers kept at the team's margins (role);
# shifts that cannot be covered and the ordinary work that can barely be
# done (organisation); guidelines ("linee di indirizzo") lacking
# (recognition); peers treated or seen as patients, as mad or as ill
# (stigma); prejudice of colleagues in the singular (cultural, besides
# stigma); bosses who hold back and excuses always found (cultural); cuts
# said as a hypothesis ("se la Regione tagliasse i fondi", "if funding gets
# cut") are no barrier of today.
add("role", "it", c(outer(c("nessuno sa dove", "non si sa dove", "non sappiamo dove",
  "non sanno dove", "nessuno ha capito dove", "nessuno ha capito bene dove",
  "non abbiamo capito dove", "non è chiaro dove", "non capiamo dove", "non si capisce dove"),
  c("collocarl*", "metterl*", "inserirl*", "collocare i peer", "mettere i peer"), paste),
  "difficolt* a inserirl*", "difficolt* ad inserirl*", "difficolt* a integrarl*",
  "difficolt* ad integrarl*", "ai margini"))
add("role", "en", c("where to place them", "where to put them",
  "where to place peers", "on the margins of the team",
  "on the fringes of the team"))
add("organisation", "it", c(outer(c("non riusciamo a", "non riesco a", "non riescono a",
  "non si riesce a", "fatichiamo a", "fatica a", "difficile", "difficoltà a"),
  c("coprire i turni", "garantire le visite", "garantire l ordinario", "coprire l ordinario",
    "garantire l attività ordinaria"), paste)))
add("organisation", "en", c(outer(c("can t", "cannot", "can barely", "struggle to",
  "struggling to", "unable to"), c("cover shifts", "cover the shifts", "cover the rota"),
  paste)))
add("recognition", "it", c("linee di indirizzo", "linee d indirizzo"), kind = "topic")
# Pay named bare or lacking ("Stipendio.", "stipendi bassi") is funding, as
# "salary" is, besides the role's standing; procedures that take months
# (organisation); a band lower than comparable roles (recognition).
add("funding", "it", c("stipendio", "retribuzione", "retribuzioni", "compenso",
  "compensi"), kind = "topic")
add("organisation", "it", c("ci sono voluti mesi", "impiega mesi",
  "ci mettono mesi", "ci mette mesi", "aspettare mesi", "attendere mesi",
  "mesi di attesa"))
add("organisation", "en", c("takes months", "take months", "took months",
  "take ages", "took ages", "wait months", "waited months", "months of waiting"))
add("recognition", "en", c("lower band", "lower banding", "lower grade", "band offered is lower",
  "lower than comparable roles"))
add("stigma", "it", c("trattat* come pazienti", "trattano come pazienti", "trattano come dei pazienti",
  "trattat* come malati", "trattano come malati", "vist* come pazienti", "vist* come malati",
  "visti sempre come malati", "considerat* pazienti", "considerat* come pazienti",
  "considerat* malati", "come se fossero pazienti", "come se fossero malati",
  "come se fossero dei pazienti", "come se fossero ancora pazienti", "ancora come pazienti",
  "stato pazzo", "stata pazza", "stati pazzi", "i matti", "dei matti", "per matti"))
add("stigma", "en", c("treated as patients", "treated like patients", "seen as patients",
  "viewed as patients", "treat them as patients", "treat them like patients",
  "by their diagnosis", "still see them as patients"))
add("cultural", "it", c(paste("pregiudizio dei", c("colleghi", "medici", "professionisti")),
  paste("pregiudizio degli", c("psichiatri", "infermieri", "operatori")),
  paste(c(profs_it, "primari", "dirigenti"), "frenano"), "trovano sempre una scusa",
  "trovano una scusa", "perdita di tempo"))

# Peers paid only with work grants or by the session (funding, besides
# recognition); fees that arrive when they arrive (funding); a peer left to
# a crisis or crushed by responsibility without support (wellbeing); no
# certificate (training); rules that are lacking (recognition); not knowing
# how to place the role in a pay category (recognition); not knowing what
# the peer does, may do or answers to (role); staff never told how to work
# with peers (training); leaders who see the service as a nice thing
# (cultural); colleagues who laugh at it (cultural); "patients treating
# patients" (stigma); people afraid of being marked (stigma); a director
# changed again and again (organisation); resources tied to yearly projects
# (funding).
add("funding", "it", c("pagare solo con", "pagarli solo con", "pagati solo con", "a gettone",
  "arrivano quando arrivano", "arriva quando arriva", "vincolat* a progetti",
  "vincolat* a bandi", "progetti annuali", "finanziamenti annuali", "fondi annuali"))
# Rule: funding tied to yearly calls is unstable ("tutto legato a bandi
# annuali"); "the economic issue" names funding as a barrier ("poi c'è il
# tema economico"), and is no exclusion "c'è ... economico".
add("funding", "it", c("legat* a bandi", "legat* ai bandi", "bandi annuali", "dipend* da bandi",
  "dipend* dai bandi", "di bando in bando", "tema economico", "questione economica",
  "discorso economico", "aspetto economico", "nodo economico", "problematica economica",
  "problematiche economiche", "questioni economiche", "aspetti economici",
  "fondi a progetto", "finanziamenti a progetto", "finanziamento a progetto",
  "fondi progettuali", "finanziamenti progettuali", "risorse a progetto",
  "esaurimento del finanziamento", "esaurimento dei finanziamenti", "esaurimento dei fondi",
  "esaurimento delle risorse", "esaurimento del budget", "esaurimento del fondo"))
# Rule: fixed-term money, or money granted a year at a time, is unstable
# ("fondi a termine", "finanziamento garantito solo su base annuale").
add("funding", "it", c(outer(c("fondi", "finanziamenti", "finanziamento", "risorse",
                               "finanziat*"), c("a termine", "su base annuale"), paste)))
add("funding", "en", c("fixed-term funding", "fixed-term funds", "funded on a yearly basis",
  "funded on an annual basis", "funding on a yearly basis", "funding on an annual basis"))
# Rule: peers left without support bear the strain alone.
# Rule: a regional act that regulates the figure is a recognition topic ("la
# Regione non ha adottato un atto di indirizzo", "the regional resolution has
# not been implemented").
add("recognition", "it", c("atto di indirizzo", "atti di indirizzo", "linee di indirizzo",
  "decreto regionale", "legge regionale"), kind = "topic")
add("recognition", "en", c("regional resolution", "regional decree", "regional law",
  "regional guidance"), kind = "topic")
# Rule: a formal, contractual or legal placement is the recognition of the
# figure ("la figura non trova una collocazione formale"), not its role.
add("recognition", "it", c("collocazione formale", "collocazione contrattuale",
  "collocazione giuridica", "collocazione normativa", "collocazione istituzionale"),
  kind = "topic")
add("wellbeing", "en", c("left without support", "left without adequate support",
  "left unsupported", "without adequate support"))
add("funding", "en", c("pay them only with", "paid by the session", "paid per session"))
add("wellbeing", "it", c("va in crisi", "andare in crisi", "in caso di crisi",
  "schiacciat*", "qualcuno che li sostenga",
  "senza qualcuno che li sostenga", "nessuno che li sostiene"))
add("wellbeing", "en", c("goes into crisis", "go into crisis", "in case of crisis",
  "crushed by", "nobody to back them", "no one to back them",
  outer(c("nobody has", "no one has", "no"), c("capacity to supervise", "time to supervise"),
        paste)))
add("training", "it", c("attestato", "attestati"), kind = "topic")
add("training", "en", c("cert", "certificate", "certificates"), kind = "topic")
add("training", "en", c("not enough trained", "few trained"))
add("training", "it", c("nessuno ha spiegato", "nessuno ci ha spiegato",
  "come lavorare insieme a loro", "come lavorare con loro", "come lavorare con i peer"))
# Nobody of the team trained, with the team named between ("No one in the
# team has been trained to work alongside peers").
add("training", "en", c(outer(c("no one", "nobody", "none"),
  c(paste(c("in the team", "on the team", "in our team", "on our team", "of the staff",
            "of our staff", "of the team"),
          rep(c("has been trained", "have been trained", "has had training",
                "have had training", "is trained", "are trained"), each = 7))), paste)))
add("training", "it", c(outer(c("nessuno"),
  c(paste(c("dell équipe", "in équipe", "del personale", "degli operatori", "tra gli operatori",
            "del gruppo"),
          rep(c("è formato", "è stato formato", "ha fatto formazione", "ha ricevuto formazione",
                "ha fatto un corso", "è preparato"), each = 6))), paste)))
add("training", "en", c("nobody has explained how", "no one has explained how",
  "how to work with them", "how to work alongside them", "how to work with peers"))
add("recognition", "it", c("nessuna norma", "mancano norme", "mancanza di norme",
  "assenza di norme", "senza norme", "non ci sono norme", "contratto da oss",
  "inquadrati come oss", "assunti come oss",
  outer(c("non sapevano", "non sanno", "non sa", "non sappiamo", "non si sa", "nessuno sa"),
        c("in che categoria inquadrar*", "come inquadrar*", "dove inquadrar*"), paste)))
add("role", "it", c("far capire cosa fa", "capire cosa fa", "cosa fa esattamente",
  "cosa il peer possa", "possa o non possa fare", "può o non può fare", "se il peer può",
  "se il peer possa",
  outer(c("non sa", "non sanno", "non si sa", "non sappiamo", "nessuno sa"),
        c("a chi rispondere", "a chi risponde", "come coinvolgerl*"), paste)))
add("role", "it", c("definizione chiara", "una definizione chiara"), kind = "topic")
add("role", "en", c("whether the peer can", "whether peers can"))
add("role", "en", "job descriptions", kind = "topic")
add("cultural", "it", c("cosa carina", "non un intervento serio", "ci ridono sopra",
  "ci ridono", "deridono", "derisione", "ridicolizz*"))
add("stigma", "it", c("pazienti curano i pazienti", "pazienti che curano", "ex malato",
  "ex malati", "chiamati ex pazienti", "chiamano ex pazienti", "temono di esporsi",
  "timore di esporsi", "segnati per sempre", "essere segnati", "marchiat*"))
add("stigma", "en", c("patients treating patients", "see peers as patients",
  "see them as patients", "view peers as patients", "on their record",
  "afraid to disclose", "scared to disclose"))
add("organisation", "it", c("direttore è cambiato", "cambiato direttore", "cambio di direttore",
  "cambi di direttore", "cambi di direzione", "cambiati i direttori"))
add("organisation", "en", c("no rooms", "no room on the ward", "office space", "desk space",
  "lack of space", "no space"))

# Telegraphic and everyday wording: regional rules lacking, freelance
# contracts and never being hired (recognition); "formaz." for the
# training; impossible rhythms (organisation); a project funded for a year
# (funding); staff who do not know how to work with peers or never learned
# it (training); peers considered patients rather than colleagues, their
# knowledge worth nothing, staff who never listen (cultural); "il paziente
# resta paziente", people treated as ill or still seen as ex-patients
# (stigma); nobody clear where peer work ends (role).
add("recognition", "it", c("regole regionali", "regolamento regionale"),
  kind = "topic")
add("recognition", "it", c("co co co", "cococo", "mai assunti", "mai assunte", "mai assunto",
  "partite iva"))
add("training", "it", "formaz", kind = "topic")
add("organisation", "it", c("ritmi impossibili", "ritmi insostenibili", "ritmi frenetici",
  "ritmi serrati"))
add("funding", "it", c("finanziat* per un anno", "finanziat* x 1 anno", "finanziat* per 1 anno",
  "finanziat* x un anno", "finanziat* per pochi mesi"))
add("funding", "en", c("funded for one year", "funded for a year", "funded for 12 months",
  "only funded until"))
add("training", "it", c(outer(c("non sanno come", "non sa come", "nessuno sa come"),
  c("collaborare con", "lavorare con", "lavorare insieme"), paste)))
add("training", "en", c("never learned how to work", "never learnt how to work",
  "never been taught", "never taught how to", "never learned to work"))
add("cultural", "it", c("e non colleghi", "non come colleghi", "anziché colleghi",
  "invece che colleghi", "vale zero", "valgono zero", "non ascoltano mai",
  "non ascoltano il loro", "considerarli pazienti"))
add("cultural", "en", c("rather than colleagues", "instead of colleagues"))
add("stigma", "it", c(outer(c("li tratta", "li trattano", "trattati", "trattate", "tratta",
  "trattano", "ancora"), c("da malati", "da pazienti", "come malati"), paste),
  "il paziente resta paziente", "paziente resta paziente", "resta paziente",
  "chi ha avuto un tso"))
add("stigma", "en", c("ex patients", "ex patient", "once a patient", "still seen as patients"))
add("role", "en", c(outer(c("nobody is clear", "no one is clear", "nobody knows", "no one knows"),
  c("where peer work ends", "where their role ends", "where the role ends"), paste),
  "where peer work ends"))

# Idioms and paraphrases of a harder blind set: peers unpaid or paying out
# of their own pocket, not a euro of cover, nobody paying for the courses,
# nobody putting in resources (funding); no one to take care of peers,
# tiredness, peers who never switch off, run on empty, work alone without a
# reference (wellbeing); nobody who prepared them (training); unions and
# professional orders that stand in the way, a service shown off as a
# flagship, colleagues who ask what a patient knows (cultural); peers
# treated as still ill, exposed to gossip, asked whether they can be
# trusted "with that history" (stigma); peers drifting into other jobs,
# not invited to team meetings, waiting to be told what to do (role); a
# post left vacant, time found bit by bit (organisation); work grants never
# made real contracts, a role never formally adopted, contracts that
# change with each tender (recognition).
add("funding", "it", c("senza essere pagat*", "senza essere retribuit*", "di tasca propria",
  "di tasca loro", "di tasca nostra", "senza un euro", "non li paga nessuno",
  "nessuno le paga", "non le paga nessuno", "metterci risorse",
  "metterci soldi"))
add("funding", "en", c("without being paid", "out of their own pocket", "out of pocket",
  "self funded", "contracts tied to", "posts tied to", "tied to funding"))
add("wellbeing", "it", c("stanchezza", "nessuno che si prenda cura", "si prenda cura di loro",
  "non staccano mai", "non staccare mai", "si scoppia", "senza un riferimento",
  "senza riferimento"))
add("wellbeing", "en", c("running on empty", "run on empty", "off sick", "no one to look after them",
  "nobody to look after them"))
add("training", "it", c("nessuno li aveva preparati", "nessuno li ha preparati",
  "non erano preparati", "corsi non riconosciuti", "corsi non sono riconosciuti"))
add("training", "en", c("isn t portable", "not portable", "have to redo"))
add("cultural", "it", c("si mette di traverso", "si mettono di traverso", "di traverso",
  "hanno fatto muro", "fanno muro", "fatto muro", "fumo negli occhi", "esercizio abusivo",
  "sindacati contrari", "ostilità sindacale", "i sindacati non", "fiore all occhiello",
  "da mostrare ai convegni", "che ne sa lui", "che ne sanno loro"))
add("cultural", "en", c("window dressing", "with that history", "can be trusted with"))
add("stigma", "it", c("come se fosse ancora un malato", "ancora un malato", "come se fosse un malato",
  "come se fosse malato", "alle chiacchiere", "chiacchiere del paese", "metterci la faccia",
  "è un paziente"))
add("stigma", "en", c("with that history", "can be trusted with"))
add("role", "it", c("non vengono invitati", "non sono invitati", "dica cosa fare",
  "gli dica cosa fare", "non hanno accesso al gestionale"))
add("role", "en", c("drift into", "squeezed out", "told what to do"))
add("organisation", "it", c("rimasto vacante", "posto vacante", "posti vacanti",
  "a spizzichi e bocconi", "buco in agenda", "gara d appalto", "gare d appalto"))
add("organisation", "en", c("no bandwidth", "retender", "retendering", "best part of a year"))
add("recognition", "it", c("contratti veri", "contratto vero", "veri contratti",
  "un vero contratto", "la figura non c è", "figura non c è", "gara d appalto",
  "gare d appalto"), kind = "topic")
add("recognition", "en", c("never formally adopted", "not formally adopted", "still a pilot",
  "no job profile", "retender", "retendering"))
# Wording of narrative answers: deeds never formalised, funding from
# underspends or calls that end, hostile colleagues, peers nobody knows what
# to do with, plans and leads missing, peers who fall ill.
add("recognition", "it", "delibere", kind = "topic")
add("recognition", "it", c("figura mai formalizzata", "figura non formalizzata",
  "ruolo mai formalizzato", "ruolo non formalizzato", "non ha formalizzato",
  "non hanno formalizzato", "non ha mai formalizzato", "non hanno mai formalizzato"))
add("recognition", "en", c("not an established post", "isn t an established post",
  "no established post", "no established posts", "not a substantive post",
  "no substantive post", "no substantive posts"))
add("funding", "it", c("nessuno finanziato", "nessuno è stato finanziato", "mai finanziat*",
  "ogni bando dura"))
# (continuity of the funds is what may be lacking, a topic: "senza
# continuità economica" codes the funding, "la continuità economica è
# garantita" does not)
add("funding", "it", c("continuità dei finanziamenti", "continuità dei fondi",
  "continuità del finanziamento", "continuità finanziaria", "continuità economica"),
  kind = "topic")
add("funding", "en", c("underspend", "underspends"))
add("cultural", "it", c("ostile", "ostili", "levata di scudi", "nessuno vuole un peer",
  "nessuno vuole i peer", "nessuno li vuole", "non vogliono un peer", "non vogliono i peer"))
add("cultural", "en", c("nobody wants a peer", "no one wants a peer", "nobody wants peer*"))
add("role", "it", c("cosa fargli fare", "cosa farle fare", "cosa far fare", "parcheggiat*"))
add("organisation", "it", c("naviga a vista", "navighiamo a vista", "navigare a vista",
  "nessun responsabile", "non c è un responsabile", "manca un responsabile",
  "qualcosa di più urgente", "qualcosa di piu urgente", "altre urgenze",
  "sulle spalle di pochi", "sulle spalle di una persona", "si regge su un filo",
  "dipende da pochi"))
add("organisation", "it", c("spazio fisico", "spazi fisici"), kind = "topic")
add("organisation", "en", c("stalled", "ground to a halt", "depends on a couple of",
  "depends on a few", "depends on one person", "relies on a few"))
add("role", "it", c("integrazione nel team", "integrazione in equipe", "integrazione nel gruppo",
  "integrazione nei team", "integrazione nelle equipe"), kind = "topic")
add("role", "en", c("integration into the mdt", "integration into the team",
  "integration into teams", "integration with the team", "integration in the team",
  "integration into mdts"), kind = "topic")
add("organisation", "en", c("priorities elsewhere", "priorities lie elsewhere"))
add("wellbeing", "it", c("esaurirsi", "rischiano di esaurirsi", "non regg* il carico",
  "non regg* il peso", "non reggeva", "non reggevano", "sono stati male", "è stato male",
  "è stata male", "stanno male", "sono stati ricoverati", "è stato ricoverato",
  "è stata ricoverata"))

# Wording of a blind set of narrative answers: the essential levels of care
# (LEA) that leave peer support out, a professional profile written in
# English, rooms, nobody who trained the team, colleagues who do not take the
# peers seriously or fear for their jobs, peers still seen as patients
# (the professionals' stance and a prejudice: cultural and stigma)
add("recognition", "it", c("lea", "livelli essenziali di assistenza"), kind = "topic")
add("recognition", "en", c("professional profile", "professional register"), kind = "topic")
add("organisation", "en", c("rooms", "meeting rooms", "office space"), kind = "topic")
add("training", "en", c("nobody trained", "no one trained", "nobody has trained",
  "no one has trained", "never been trained", "never trained"))
add("cultural", "it", c("rubi il lavoro", "rubi loro il lavoro", "essere presi sul serio",
  "essere preso sul serio", "essere presa sul serio", "non sono presi sul serio",
  "non siamo presi sul serio", "non viene preso sul serio", "non vengono presi sul serio"))
for (k in c("cultural", "stigma")) {
  add(k, "it", c("ancora un paziente", "ancora una paziente", "ancora dei pazienti"))
  add(k, "en", c("still a patient", "still patients"))
}
# Words of administrative answers (written and coded blind): peers seen as
# patients rather than colleagues (cultural and stigma; as users, cultural
# only: "considera i peer come utenti e non come colleghi"); peers relegated to
# marginal tasks, fears among staff, and peers who struggle to be
# recognised or accepted by colleagues (cultural); integration between
# services (organisation, where a lack of it is no unclear role); the
# regional framework (recognition); not knowing what peers should do
# (role).
for (k in c("cultural", "stigma")) {
  add(k, "it", c("come pazienti e non come colleghi", "come pazienti anziché come colleghi",
                 "come pazienti piuttosto che", "come un paziente e non come",
                 "come un paziente piuttosto che", "come un paziente anziché"))
  add(k, "en", c("as patients rather than colleagues", "as patients rather than",
                 "as patients not colleagues", "as patients and not as colleagues",
                 "as a patient rather than", "as a patient and not as"))
}
add("cultural", "it", c("come utenti piuttosto che", "come un utente piuttosto che",
  "come un utente e non come", "come utenti anziché", "come un utente anziché"))
add("cultural", "en", c("as users rather than", "as service users rather than",
  "as a user rather than", "as a service user rather than"))
add("cultural", "it", c("faticano a essere riconosciuti", "fatica a essere riconosciuto",
  "fatica a essere riconosciuta", "faticano a essere accettati", "fatica a essere accettato",
  "fatica a essere accettata", "faticano a farsi accettare", "fatica a farsi accettare",
  "come utenti e non come colleghi", "relegare gli esp", "relegare i peer", "relegano gli esp", "relegano i peer",
  "relegat* a compiti", "compiti marginali", "mansioni marginali", "timori da parte",
  "timore da parte", "timori tra gli operatori", "timori nell équipe", "timori dell équipe"))
add("organisation", "it", as.vector(outer(c("scarsa integrazione", "mancata integrazione",
  "difficile integrazione", "poca integrazione", "debole integrazione"),
  c("tra i servizi", "tra servizi", "con i servizi", "sociosanitaria", "socio sanitaria",
    "con il sociale", "con il terzo settore", "tra sanitario e sociale"), paste)))
add("recognition", "it", c("quadro regionale", "quadro di riferimento", "cornice normativa",
  "cornice regionale", "quadro istituzionale"), kind = "topic")
add("role", "en", c("uncertainty about what peer", "uncertainty about what peers",
  "what peer workers should", "what peers should", "should and should not do"))
# Rule: peers at risk, or with nobody to hold them, is wellbeing; support
# named without "ai peer" is theirs when said inadequate right beside it
# (bare "supporto" is also peer support itself, and "senza supporto della
# direzione" someone else's).
add("wellbeing", "it", c("rischia* ricadut*", "rischia* una ricaduta", "nessuno li sostiene",
  "nessuno che li sostenga", "nessuno li supporta", "senza supporto adeguato",
  "senza un supporto adeguato", "senza adeguato supporto", "supporto inadeguat*",
  "supporto insufficient*", "segua i peer", "seguano i peer", "segua gli esp",
  "seguano gli esp"))
add("wellbeing", "en", c("nobody supports them", "no one supports them", "nobody to support them"))
# ... a contact person, and hours set aside, that are missing are organisation
add("organisation", "it", c("manca* un referente", "nessun referente", "senza referente",
  "senza un referente", "manca* ore dedicate", "poche ore dedicate", "nessuna ora dedicata",
  "senza ore dedicate"))
# ... staff who do not know how to work with peers lack training
add("training", "en", c("don t know how to work", "do not know how to work",
  "dont know how to work", "doesn t know how to work", "don t know how to work with peers"))
# ... hours of training too few are training, not time (see the yield below)
add("training", "it", c("poche ore di formazione", "manca* ore di formazione",
  "ore di formazione insufficient*", "ore di formazione limitat*", "ore di formazione ridott*"))
add("training", "en", c("training hours are too few", "too few training hours",
  "few training hours", "not enough training hours", "training hours"))
# ... funds secured *only* until a date are unstable funding (secured until
# a date, without "only", reassures)
add("funding", "it", c("fondi garantit* solo fino", "finanziament* garantit* solo",
  "garantit* solo fino", "garantit* solo per", "coperti solo fino", "copert* solo fino"))
add("funding", "en", c("guaranteed only until", "only guaranteed until", "secured only until",
  "funded only until", "only funded until"))
# ... low pay, singular too, is recognition as well as funding
add("recognition", "it", c("compenso bass*", "compenso troppo bass*", "compensi troppo bass*"))
add("funding", "it", c("compenso bass*", "compenso troppo bass*", "compensi troppo bass*"))
# ... colleagues who fear for their own role, or refuse to share with peers,
# resist them (cultural)
add("cultural", "it", c("perdita del proprio ruolo", "perdere il proprio ruolo",
  "perdere il loro ruolo", "paura dei colleghi", "timore dei colleghi", "timori dei colleghi",
  "rifiutano di condividere", "rifiuta di condividere", "sapere esperienziale poco scientific*"))
add("cultural", "en", c("fear that peers will take over", "fear peers will take over",
  "losing their own role", "lose their own role", "refuse to share"))
# ... and peers who work for nothing are unpaid (work "as volunteers" is
# recognition, funding only when pay is named: see the yield below)
add("funding", "it", c("lavorano gratis", "lavorano gratuitamente", "lavora gratis",
  "lavora gratuitamente"))
add("funding", "en", c("work for free", "working for free", "work for nothing"))
# ... colleagues who look askance at peers resist them
add("cultural", "it", c("non li vedono di buon occhio", "non vedono di buon occhio",
  "non li vede di buon occhio", "visti di cattivo occhio", "visti male"))
# ... hours said too few, however phrased, are time
add("organisation", "it", c("ore sono poche", "ore sono pochissime", "ore non bastano",
  "poche ore a disposizione", "ore a disposizione sono poche",
  "ore a disposizione sono pochissime"))
# ... peers said to break down are wellbeing
add("wellbeing", "it", c("rischiano di crollare", "rischia di crollare", "i peer crollano"))
# ... peers exploited, or paid a pittance, lack standing and pay
add("recognition", "it", c("sfruttati", "sfruttate", "sfruttato", "sfruttata", "prendono due soldi",
  "due soldi"))
add("funding", "it", c("prendono due soldi", "due soldi", "nessuno mette un euro",
  "nessuno ci mette un euro", "nessuno mette soldi", "nessuno ci mette i soldi"))
# ... nobody knows how to hire or class them: recognition
add("recognition", "it", c("nessuno sa come inquadrarli", "nessuno sa bene come inquadrarli",
  "non sappiamo come inquadrarli", "non si sa come inquadrarli"))
# ... doctors who will not share power resist peers
add("cultural", "it", c("cedere potere", "cedere il potere", "condividere il potere"))
add("cultural", "en", c("won t share power", "don t want to share power",
  "unwilling to share power", "won t give up power"))
# Words of two more blind sets (terse answers typed in haste; narrative
# answers in Italian and English):
# ... professionals who see no value in experiential knowledge resist it
add("cultural", "it", c("non vedono il valore", "non ne vedono il valore", "non vede il valore",
  "non credono nel valore", "sapere esperienziale non valorizzato",
  "sapere esperienziale poco valorizzato", "non valorizzano il sapere esperienziale",
  "arroccat*", "ruba lavoro", "ruba il lavoro", "rubano il lavoro", "rubare il lavoro",
  "pregiudizi degli op", "pregiudizio degli op", "diffidenza degli op", "resistenze degli op"))
add("cultural", "en", c("acknowledgement of lived experience", "acknowledgment of lived experience",
  "lived experience as a form of expertise", "lived experience as expertise"), kind = "topic")
# ... a peer hard to place or involve in the team, or tasks nobody has
# shared out: role
add("role", "it", c("difficile inserir*", "difficile integrar*", "difficoltà a inserir*",
  "difficoltà a integrar*", "difficoltà nell inserir*", "difficoltà nell integrar*",
  "non sanno come coinvolger*", "non sanno bene come coinvolger*",
  "non sappiamo come coinvolger*", "chi debba fare cosa", "chi deve fare cosa",
  "chi fa cosa", "confusione sui ruoli", "confusione di ruoli", "confusione dei ruoli",
  "non fanno parte dell equipe", "non fa parte dell equipe", "non si sentono parte dell equipe",
  "non si sente parte dell equipe"))
add("role", "it", c("integrazione del peer", "integrazione dei peer", "integrazione degli esp",
  "inserimento del peer", "inserimento dei peer", "inserimento degli esp"), kind = "topic")
add("role", "en", c("not part of the team", "not really part of the team",
  "not seen as part of the team", "don t feel part of the team", "who does what",
  "don t know how to involve them", "do not know how to involve them"))
# ... other priorities and the pandemic that overturned them: organisation
add("organisation", "it", c("troppe priorità", "altre priorità", "il covid", "stravolto tutto",
  "nessuna figura che coordini", "nessuno che coordini", "nessuno coordina",
  "manca chi coordina", "manca chi coordini"))
add("organisation", "en", c("no one to coordinate", "nobody to coordinate", "no one coordinates",
  "nobody coordinates", "hard to book", "no dedicated base"))
# ... peers unready, of themselves: training
add("training", "it", c("peer non sono pronti", "peer nn sono pronti", "peer non pronti",
  "peer impreparati", "vanno preparati", "preparati meglio"))
add("training", "en", c("peers are not ready", "peers aren t ready", "peers not ready",
  "peers are unprepared"))
# ... protection of peers not guaranteed, a service that cannot hold them
# in crisis, peers left on their own: wellbeing
add("wellbeing", "it", c("protezione dei peer", "protezione degli esp", "nessuna protezione",
  "senza protezione", "poca protezione", "non sa come sostenerl*", "non sanno come sostenerl*",
  "non sappiamo come sostenerl*"))
add("wellbeing", "en", c("left on her own", "left on his own", "left on their own",
  "left to their own devices", "not much in the way of support", "little in the way of support"))
add("wellbeing", "en", "in the way of support", kind = "topic")
# ... peers paid as volunteers: funding as well; peers employed outside the
# health service: recognition
add("funding", "en", c("like volunteers", "paid as volunteers"))
add("recognition", "en", c("employed through an ngo", "employed by an ngo",
  "employed through a charity", "employed by a charity", "not employed by the",
  "not directly employed", "doesn t recognise peer*", "does not recognise peer*",
  "doesn t recognize peer*", "does not recognize peer*", "not recognised as a discipline",
  "not recognized as a discipline", "not recognised as a profession",
  "not recognized as a profession"))
add("recognition", "it", c("assunti tramite cooperativa", "assunti tramite una cooperativa",
  "tramite cooperative", "non sono assunti dall azienda", "non assunti dall azienda"))
# ... screening that keeps people with a history of illness out: stigma
add("stigma", "en", c("exclude people with a history", "excludes people with a history",
  "excluded people with a history", "exclude people with lived experience",
  "excludes people with lived experience"))
# Words of two more blind sets (respondents other than directors, in
# Italian; services of five English-speaking countries):
# ... hours too few, communication between services, turnover, priorities,
# the volume of work: organisation
add("organisation", "it", "ore", kind = "topic")
add("organisation", "it", c("comunicazione tra servizi", "comunicazione tra i servizi",
  "comunicazione con i servizi"), kind = "topic")
add("organisation", "en", c("communication between", "communication with the"), kind = "topic")
add("organisation", "it", c("turnazione", "rotazione del personale", "non è una priorità",
  "non è prioritario", "poca priorità"))
add("organisation", "en", c("referrals get lost", "volume of referrals", "leave within the year",
  "leave within a year", "lose good people", "losing good people", "never made it a priority",
  "not a priority", "isn t a priority", "low priority", "short of staff", "short of nurses",
  "short of clinicians", "short of case managers"))
# ... a peer with no place in the team, who does what: role
add("role", "it", c("non sa dove collocarsi", "non sanno dove collocarlo",
  "non sanno dove collocarli", "non sa dove collocarlo", "non si sa chi fa cosa",
  "non è chiaro chi fa cosa"))
add("role", "en", c("not sure who does what", "aren t sure who does what",
  "don t know who does what", "unclear who does what", "blurry boundaries",
  "boundaries are blurry", "blurred boundaries", "boundaries are blurred",
  "finding a place for them", "a place for them in the", "fit them into the team"))
# ... the emotional load of peers and wounds reopened: wellbeing
add("wellbeing", "it", c("mi sento sotto pressione", "ci sentiamo sotto pressione",
  "si sentono sotto pressione", "carichi emotivi", "carico emotivo pesante",
  "riapre le mie ferite", "riapre le ferite", "riaprire le ferite", "riaprono le ferite",
  "spazio di decompressione", "nessuno spazio di decompressione"))
add("wellbeing", "en", c("nobody to go to", "no one to go to", "no backup"))
# ... funds only for trial projects, pay that does not cover the post, and
# volunteers in place of paid roles: funding
add("funding", "it", c("finanziano solo", "finanzia solo", "solo progetti sperimentali",
  "ricominciare da capo"))
add("funding", "en", c("doesn t cover the cost", "does not cover the cost",
  "don t cover the cost", "make the numbers work", "rely on volunteers",
  "relying on volunteers", "rely on lived experience volunteers"))
# ... staff who doubt the evidence, guard their turf or consult for show:
# cultural
add("cultural", "en", c("not evidence based", "isn t evidence based", "territorialism",
  "guard their turf", "protect their turf", "turf war", "turf wars", "tokenism",
  "tokenistic", "consulted after decisions"))
# ... contracts of a fixed term, classes nobody knows: recognition
add("recognition", "en", c("fixed term contract*", "fixed term post*", "fixed term role*",
  "part time and fixed term", "are all fixed term", "are fixed term", "is fixed term",
  "all fixed term", "only fixed term", "don t know how to classify",
  "doesn t know how to classify", "not sure how to classify", "no regulatory college"))
# ... the labels of the old asylum: stigma
add("stigma", "en", c("mental patient", "mental patients"))
# Rule: prejudice of professionals is also cultural (their stance towards
# peers): "pregiudizi dei colleghi", "discrimination from colleagues" (the
# stigma patterns code the stigma); "stigma" among them is stigma only, as
# the hand coders code it ("Stigma interno ai servizi")
who_it <- c("operatori", "op", "colleghi", "medici", "psichiatri", "infermieri",
            "professionisti", "curanti", "sanitari", "clinici")
add("cultural", "it", unique(c(
  as.vector(outer(c("pregiudizi*", "discriminazion*"), who_it, paste)),
  as.vector(outer(c("pregiudizi* da parte", "discriminazion* da parte"), who_it, paste)),
  paste(who_it, "pregiudizi*"))))
who_en <- c("staff", "colleagues", "clinicians", "professionals", "doctors", "nurses",
            "psychiatrists", "consultants", "clinical staff")
add("cultural", "en", unique(c(
  as.vector(outer(c("prejudice from", "prejudice among", "prejudice of",
                    "discrimination from", "discrimination by",
                    "stigmatising attitudes of", "stigmatizing attitudes of"), who_en, paste)),
  paste(c("staff", "clinician", "professional"), "prejudice"))))
# Words of two more blind sets (directors from all over Italy in everyday
# words; managers and clinicians of English-speaking services):
# ... "nobody knows" or "one cannot tell" where peers fit or who does what:
# the negation is the barrier's own
add("role", "it", c("nessuno sa dove collocar*", "nessuno sa bene dove collocar*",
  "non sanno dove collocar*", "non sanno bene dove collocar*", "non si sa dove collocar*",
  "non sappiamo dove collocar*", "non si capisce chi debba fare cosa",
  "non si capisce chi fa cosa", "non si sa chi debba fare cosa",
  "nessuno sa chi debba fare cosa", "non si capisce bene chi debba fare cosa",
  "non si capisce bene chi fa cosa", "non si sa bene chi debba fare cosa", "non sa mai se è"))
add("role", "en", c("nobody s quite sure where they fit", "nobody s sure where they fit",
  "no one is sure where they fit", "not sure where they fit", "nobody knows where they fit",
  "pulled in different directions", "pulled in five different directions",
  "job keeps changing", "role keeps changing", "confusion about what", "confusion over what",
  "confusion over whether", "confusion about whether", "asked to do everything"))
# ... hours that are what they are, an emergency after another, rooms and
# desks, a coordinator, plans shelved: organisation
add("organisation", "it", c("ore sono quelle che sono", "da un urgenza all altra",
  "una scrivania", "neanche una scrivania"))
add("organisation", "it", c("stanze", "coordinatore"), kind = "topic")
add("organisation", "en", c("shelved", "back burner"))
# ... nobody taught them, never shown how: training
add("training", "it", c("nessuno ha insegnato", "nessuno gli ha insegnato",
  "nessuno ha spiegato loro", "nessuno ci ha insegnato"))
add("training", "en", c("never been shown how", "not been shown how", "never shown how"))
# ... looked at askance, the madman, something to hide: stigma
add("stigma", "it", c("guarda* male", "guardat* male", "come il matto", "come un matto",
  "qualcosa da nascondere"))
add("stigma", "en", c("something to hide", "the label sticks"))
# ... the old school, only the white coat heals, peers taking work,
# precious consultants, clinicians' doubts: cultural
add("cultural", "it", c("vecchia scuola", "solo il camice", "tolga lavoro", "tolgano lavoro",
  "togliere lavoro", "tolga il lavoro", "tolgano il lavoro"))
add("cultural", "en", c("precious about", "clinicians doubts", "doubts about whether it works",
  "doubts about whether peer support works"))
# ... no net when they fall, kept well, under a microscope: wellbeing
add("wellbeing", "it", c("senza paracadute", "senza rete di protezione"))
add("wellbeing", "en", c("keeping people well", "keeping peers well", "keep them well",
  "under a microscope", "if they wobble"))
# ... travel without refunds: funding
add("funding", "it", c("senza rimborso", "senza rimborsi", "nessun rimborso",
  "nessun rimborso spese"))
# ... rules and policies of recognition not made: recognition
add("recognition", "it", c("regolamento aziendale", "regolamento per questa figura"),
    kind = "topic")
add("recognition", "en", c("hasn t formally recognised", "hasn t recognised",
  "has not recognised", "hasn t formally recognized", "hasn t recognized", "has not recognized"))
add("recognition", "en", "regional policy", kind = "topic")
# Words of two more short blind sets (Italian; English of five countries):
add("role", "it", c("non è chiaro dove si collochi", "non è chiaro dove collocar*"))
add("role", "en", c("fitting peers into the team", "fitting them into the team",
  "where do they sit", "who do they report to"))
add("cultural", "it", c("mettersi in gioco", "invada il loro campo", "invadano il loro campo",
  "invadere il loro campo"))
add("cultural", "en", c("very hierarchical", "no interest from", "no say"))
add("funding", "it", c("gettoni simbolici", "buoni o gettoni", "non sappiamo se verrà rinnovato",
  "non sappiamo se sarà rinnovato", "non si sa se verrà rinnovato"))
add("funding", "en", c("for nothing", "cuts to the trust s budget", "cuts to the budget",
  "budget cuts"))
add("stigma", "it", "sguardi di sufficienza")
add("stigma", "en", c("the mad one", "public perception", "in colleagues eyes"))
add("recognition", "en", c("no standing in", "has no standing", "won t create a permanent",
  "permanent banded post", "enterprise agreement"))
add("wellbeing", "en", c("fend for themselves", "fend for herself", "fend for himself",
  "don t get any support", "doesn t get any support", "no support after"))
add("training", "en", c("trained peer applicants", "lack of trained", "shortage of trained"))
# The words of two more blind sets (120 English and 120 Italian answers):
# pay named as "riconoscimento economico" is funding, esteem of colleagues
# and experiential knowledge not valued are cultural, staff burnout is
# organisation
add("funding", "it", it_topics("riconoscimento economico/un/di un"))
add("funding", "en", c("lack of economy", "no economy", "poor economy", "little economy"))
add("recognition", "it", c("assumere tramite concorso", "assumerli tramite concorso",
  "assunti dalla cooperativa e non", "assunti tramite cooperativa e non", "non dipendenti dell asl",
  "non sono dipendenti dell asl"))
add("recognition", "en", c("no award classification", "no classification that", "not a recognised occupation",
  "not a recognized occupation"))
add("cultural", "it", c("manca la convinzione", "mancanza di convinzione", "poca convinzione",
  "scarsa convinzione", "ingerenza", "logiche prettamente cliniche", "logiche cliniche",
  "mancanza di riconoscimento da parte dei colleghi", "mancanza di riconoscimento da parte degli operatori",
  "scarso riconoscimento da parte dei colleghi", "scarso riconoscimento da parte degli operatori",
  "poco riconoscimento da parte dei colleghi", "poco riconoscimento da parte degli operatori",
  "sapere esperienziale non viene riconosciuto", "sapere esperienziale non è riconosciuto",
  "sapere esperienziale non riconosciuto", "sapere esperienziale poco riconosciuto"))
add("cultural", "en", c("not always open", "not so open", "not open to", "not open for",
  "not so much trust", "not much trust", "little trust in", "over-protective", "overprotective",
  "does not believe in it", "doesn t believe in it", "doesnt believe in it", "don t believe in it",
  "dont believe in it", "do not believe in it"))
add("training", "en", c(en_cues("formation"), "few of our peers are certified",
  "training depends on the goodwill", "training is left to"))
add("training", "it", c("formazione dipende dalla buona volontà", "formazione è lasciata alla buona volontà",
  "formazione lasciata alla buona volontà", "formazione affidata alla buona volontà"))
add("role", "it", c("difficoltà di integrar*", "non partecipano alla vita del servizio"))
add("role", "en", c("what peers can and cannot do", "what peers can and can t do",
  "what they can and cannot do", "what they can and can t do", "no defined place in the team",
  "given a defined place in the team"))
# (the staff's burnout: organisation, and an exclusion of wellbeing below)
staff_burnout <- list(it = c("burn out degli operatori", "burnout degli operatori",
                             "stanchezza del personale", "stanchezza generale del personale"),
                      en = c("staff burnout", "burnout of staff"))
add("organisation", "it", c("riorganizzazione", "accorpamento", "molto ricambio", "ricambio continuo",
  staff_burnout$it))
add("organisation", "en", c("constant restructures", "constant restructuring", "restructures",
  "managers changing", "too many priorities", "bottom of the list", "no cover",
  "lack of applicants", "few applicants", "peer workers applying", "through hr fast enough",
  staff_burnout$en))
add("wellbeing", "en", c("emotionally draining", "emotionally exhausting", "draining"))
add("stigma", "it", c("scarsa fiducia nelle capacità", "poca fiducia nelle capacità",
  "sfiducia nelle capacità"))
# ... and of two more (100 discursive English answers of eight countries,
# 100 Italian answers of all services)
add("recognition", "en", c("casual contract", "casual contracts", "award that doesn t reflect",
  "award that doesnt reflect"))
add("recognition", "it", c("non esiste un accordo formale", "nessun accordo formale",
  "manca un accordo formale"))
add("funding", "en", c("small honorarium", "pay is lower", "pay is lower than", "not competitive",
  "isn t competitive", "isnt competitive", "carve money out of"))
add("funding", "it", c("legato al progetto", "legati al progetto", "legata al progetto",
  "legate al progetto", "fanno tutto gratis", "tutto gratis", "a titolo gratuito"))
add("cultural", "en", c("not buying in", "aren t buying in", "arent buying in", "no buy-in",
  "lack of buy-in", "don t understand peer values", "dont understand peer values",
  "do not understand peer values"))
# (peers seen as patients by their colleagues: stigma, and cultural, their
# stance towards the role)
as_patient <- list(it = c("il peer un paziente", "l esp un paziente"),
                   en = c("see me as a patient", "see us as patients", "treated like patients",
                          "treated as patients", "treat us like patients", "treated like a patient",
                          "treat me like a patient", "like i m still a patient"),
                   perceived = c("percepito come paziente", "percepita come paziente",
                                 "percepiti come pazienti", "percepite come pazienti"))
add("cultural", "it", c("lavoro da fare sulla cultura", "lavoro ancora da fare sulla cultura",
  "poco disponibili a nuove", "poco disponibili al cambiamento", as_patient$it))
add("stigma", "it", c(as_patient$it, "visti come fragili",
  "visto come fragile", "viste come fragili", "vista come fragile"))
add("stigma", "en", c("seen as fragile", "well enough for this"))
add("role", "en", c("not knowing what peers do", "what peers do and", "what they re allowed to do",
  "what theyre allowed to do", "what they are allowed to do", "lack of clarity around whether",
  "no clear referral pathway", "no referral pathway", "forget they exist"))
add("organisation", "en", c("take forever", "took forever", "agency staff", "no continuity",
  "vacancy rate", "productivity targets", "out to advert", "haven t been able to replace",
  "havent been able to replace", "not enough peers", "not having enough peers", "too few peers",
  "too few peer workers", "not enough peer workers", "good people leave", "people leave after",
  "hard to keep staff", "difficult to keep staff", "hard to retain"))
add("organisation", "it", c("quando cambia il responsabile", "cambia il responsabile"))
add("wellbeing", "en", c("moral distress"))
# ... and of two more (100 short English answers, 100 short Italian ones)
add("recognition", "en", c("job profile", "job profiles"), kind = "topic")
add("recognition", "en", c("doesn t have a grade", "doesnt have a grade", "no grade for",
  "no contract type"))
add("recognition", "it", c("la figura non esiste", "formalmente non esiste",
  "non ha mai recepito", "non ha recepito"))
add("funding", "en", c("payment is low", "the payment is low", "pay is rubbish", "hours funded",
  "small reimbursement", "nobody wants to pay", "no one wants to pay"))
add("funding", "it", c("pagati pochissimo", "pagato pochissimo", "pagata pochissimo",
  "pagate pochissimo", "poi non si sa", "nessuno li vuole pagare", "nessuno vuole pagarli"))
add("cultural", "en", c("lack of understanding of what peer support is",
  "don t understand what peer support is", "dont understand what peer support is",
  "don t see the value", "dont see the value", "do not see the value", "lip service",
  "not used to sharing power", "sharing power", as_patient$en))
add("cultural", "it", c("sanitarizzat*"))
add("stigma", "en", as_patient$en)
add("training", "en", "formation", kind = "topic")
add("role", "en", c("can and can t do", "can and cant do", "can and cannot do",
  "where to put them", "ends up doing admin", "end up doing admin"))
add("organisation", "en", c("people leave", "haven t prioritised", "havent prioritised",
  "not prioritised", "hasn t been prioritised"))
add("organisation", "it", c("mancanza di protocolli", "mancano protocolli", "nessun protocollo",
  "mancanza di protocolli condivisi", "difficoltà a trovare spazi"))
add("wellbeing", "en", c("the isolation", "isolation"))
# ... and of two more (100 English answers in lines, sentences and lists;
# 100 Italian ones)
add("recognition", "en", c("competency framework", "pay structure"), kind = "topic")
add("recognition", "en", c("standard for peer support", "not on the afc",
  "policy on peer support"))
add("recognition", "it", c("non ha mai emanato", "nessuna dgr", "manca una dgr",
  "nessuna garanzia di continuità"))
add("funding", "en", c("irregular stipends", "stipends are irregular", "donor dependence",
  "whether the money will be renewed", "money will be renewed", "contract runs out",
  "only transport refunds", "doesn t cover peer services", "doesnt cover peer services",
  "does not cover peer services"))
add("funding", "it", c("rimborsi per i trasporti"))
add("cultural", "en", c("guarding their territory", "question whether peers belong",
  "don t always include them", "dont always include them", "do not see what",
  "don t see what", "dont see what"))
add("role", "en", c("unsure what they can say", "nobody has agreed what", "lack of clarity about",
  "lack of clarity around"))
add("role", "it", c("poca integrazione", "scarsa integrazione dei"))
add("organisation", "en", c("coordination problems", "long recruitment process",
  "workforce shortages", "workforce shortage", "drift away"))
add("organisation", "it", c("nessuno se ne è fatto carico", "nessuno se ne fa carico",
  "non è facile sostituirli", "difficile sostituirli"))
add("wellbeing", "en", c("stressful for the workers", "stressful for peers"))
add("wellbeing", "it", c("paura della ricaduta", "molta ansia", "troppe aspettative",
  "spazio di intervisione", "proprio percorso di cura"))
# ... and of one more (120 Italian answers of the survey's directors)
add("funding", "it", c("retribuzione", "retribuzioni", "remunerazione", "stipendio", "stipendi",
  "compensi"), kind = "topic")
add("recognition", "it", c("disciplina regionale", "disciplina nazionale"), kind = "topic")
add("cultural", "it", c("riconoscerne il valore", as_patient$perceived))
add("stigma", "it", as_patient$perceived)
# ... and of one more (120 English answers of services of six countries)
add("funding", "en", c("re-tender", "retender", "re tender"))
add("funding", "en", "financial", kind = "topic")
# ... and psychiatrists named alone as the barrier are their resistance
# ("Psychiatrists."); too few of them are a shortage (organisation, the
# longer match)
add("cultural", "en", c("psychiatrists", "the psychiatrists"), kind = "topic")
add("organisation", "en", en_cues("psychiatrists"))
add("cultural", "en", c("hierarchical organization", "hierarchical organisation", "hierarchic",
  "professional territory", "protective of their", "too much coercion", "coercion",
  "doctors decide everything", "think peers are too unwell"))
add("cultural", "en", c("mentality", "mentalities"), kind = "topic")
add("stigma", "en", c("see them as a risk", "think peers are too unwell"))
add("role", "en", c("integration is poor", "where they sit in the structure", "unclear where they sit",
  "nobody owns it", "boundary issues", "not considered as part of team",
  "not considered part of the team", "not considered as part of the team"))
add("organisation", "en", c("recruiting and retaining", "retaining peer workers",
  "recruiting peer workers", "set everything back", "hard to keep people"))
add("wellbeing", "en", c("sickness absence among peer", "very isolated"))
# ... and of four more (110 discursive English answers, 120 short English
# ones, 110 discursive Italian ones, 110 English ones of peers and staff):
# economic barriers named as such are a problem, which a "sì" affirms
add("funding", "it", c("barriere economiche", "barriera economica", "rimborso forfettario",
  "rimborsi forfettari", "frammentazione dei fondi", "frammentazione dei finanziamenti"))
add("funding", "en", c("better paid", "better-paid", "one-off money", "one-time money",
  "one-off funding", "one-time funding", "hasn t budgeted", "hasnt budgeted", "haven t budgeted",
  "not budgeted", "not been budgeted"))
add("recognition", "it", c("contratti a progetto", "contratto a progetto", "prestazione occasionale",
  "prestazioni occasionali", "nessun valore formale", "senza valore formale",
  "non ha valore formale"))
add("recognition", "en", c("not sanctioned", "aren t sanctioned", "arent sanctioned",
  "no authorised profession", "no authorized profession", "not an authorised profession",
  "not an authorized profession", "never mainstreamed", "not mainstreamed",
  "nothing gets mainstreamed", "role is precarious", "posts are precarious", "precarious role"))
add("cultural", "it", c("come un concorrente", "come dei concorrenti", "problemi sono di testa",
  "problema di testa", "problemi di testa"))
add("cultural", "en", c("indifference", "calls the shots", "call the shots",
  "doesn t rate peer", "don t rate peer", "medicalised", "medicalized", "very medical",
  "never asked for my opinion", "clinicians don t want", "clinicians dont want",
  "staff don t want", "staff dont want", "doctors don t want", "doctors dont want",
  "dismiss their input", "dismissive of"))
add("stigma", "en", c("not wanting to disclose", "don t want to disclose", "dont want to disclose",
  "do not want to disclose", "lived experience as a risk", "as a risk rather than"))
add("role", "en", c("integration in team", "integration in the team", "integration into the team",
  "integration into teams", "integration with the team", "where peers sit", "how they fit in",
  "where they fit in", "no shared understanding", "left out of handover", "left out of handovers",
  "left off emails", "nobody has clarity", "no one has clarity"))
add("organisation", "en", c("difficult to recruit", "struggle to recruit",
  "difficulty recruiting", "headspace", "no office space", "nowhere to sit",
  "information governance", "poor retention", "retention is poor", "need more peer workers",
  "need more peers", "extra pair of hands"))
add("organisation", "it", c("buchi di organico"))
add("training", "en", c("nobody trained", "no one trained", "nobody briefed"))
add("wellbeing", "en", c("wears you down", "wears me down", "nobody looking out for them",
  "no one looking out for them", "off sick with stress"))
# ... and of two more (110 English answers of nine countries, 110 Italian
# ones of all professions): occupational health named alone is where
# discrimination happens more often than a procedure that holds a post back
# (its checks and delays are bureaucracy: "vetting", "HR processes")
add("funding", "it", c("fondo dedicato", "fondo specifico", "capitolo di spesa",
  "rimborso per gli spostamenti", "rimborsi per gli spostamenti"), kind = "topic")
add("funding", "en", c("paid posts", "paid positions"), kind = "topic")
add("training", "it", c("profilo formativo"), kind = "topic")
add("training", "it", c("nessuno che li forma", "nessuno li forma", "nessuno che li formi"))
add("cultural", "it", c("in mano ai medici", "decidono i medici", "non vogliono peer",
  "non vogliono i peer", "non vogliono gli esp"))
add("cultural", "en", c("aren t on board", "arent on board", "isn t on board", "isnt on board",
  "deference to doctors", "deference to psychiatrists", "question whether peers",
  "isn t seen as expertise", "isnt seen as expertise", "not seen as expertise",
  "not valued as expertise", "don t want peers", "dont want peers"))
add("role", "it", c("non sanno cosa fa", "non sanno cosa faccia", "come inserirla",
  "come inserirlo", "come inserirli"))
add("role", "en", c("integrating peers", "difficulties integrating", "difficulty integrating"))
add("organisation", "it", c("manca la gente", "manca gente", "bloccato le assunzioni",
  "carenza di locali", "mancanza di locali", "mancano i locali", "mancano locali",
  "assenza di locali"))
add("organisation", "it", "locali dedicati", kind = "topic")
add("organisation", "en", c("shortage of people", "no room for them", "bed crisis",
  "everything is a priority except"))
# Rule: resentment of the peers, and peers not seen or treated as equals, is
# cultural resistance ("the nurses resent them", "aren't seen as equal
# members of the team"); a shared understanding of the role is a topic whose
# lack is the role's ("There isn't a shared understanding of what peer
# support is").
add("cultural", "en", c("resent", "resents", "resented", "resentment", "resentful",
  "not seen as equal", "isn t seen as equal", "aren t seen as equal", "not treated as equal",
  "not treated as equals", "aren t treated as equals", "not seen as equals",
  "aren t seen as equals"))
add("role", "en", c("shared understanding", "common understanding"), kind = "topic")
# Rule: churn of staff is their turnover ("the sheer churn of staff"), and
# peers who "aren't paid" are unpaid (the negated auxiliary is written every
# way below).
add("organisation", "en", c("churn", "staff churn", "churn of staff"))
add("funding", "en", c("aren t paid", "aren t paid at all"))
# Wording of long answers: the public's attitudes are stigma ("Public
# attitudes are a problem in our area"), a budget deficit is the funding,
# nowhere private to talk is the spaces, peers who keep leaving are the
# turnover ("we're constantly recruiting"), colleagues who assume a peer
# will fail resist, an agreed understanding of the role is a topic like a
# shared one, reimbursements are the pay ("non abbiamo mezzi né rimborsi
# adeguati").
add("stigma", "en", c("public attitudes", "public attitude", "community attitudes",
  "societal attitudes", "attitudes in the community", "public perception",
  "public perceptions", "public opinion"))
add("stigma", "it", c("opinione pubblica", "percezione pubblica"))
add("funding", "en", c("budget deficit", "budget deficits", "for one year only",
  "for a year only", "only for a year", "only for one year", "one year only"))
add("funding", "it", c("rimborsi", "rimborso"), kind = "topic")
add("organisation", "en", c("nowhere private", "no private space", "no private room",
  "no private rooms", "nowhere quiet"))
add("organisation", "en", c("constantly recruiting", "always recruiting", "keep losing",
  "the good ones leave", "good people leave"))
add("cultural", "en", c("assume a peer", "assume peers", "assume that a peer",
  "assume that peers"))
add("role", "en", c("agreed understanding"), kind = "topic")
add("role", "it", c("cosa avrebbero fatto", "cosa avrebbe fatto", "cosa avrebbero dovuto fare"))
add("role", "en", c("what they would be doing", "what they would do"))
# A grade of the pay scale that does not exist is recognition ("No recognised
# HSE grade for peer support workers"; not coded bare); pay said to be a
# pittance and volunteers on expenses are funding (pay in vouchers stays an
# atypical contract: recognition); no room
# to see people is organisation; peers retraumatised on a ward are wellbeing;
# a figure without legal existence ("non esiste giuridicamente") or not
# regulated ("figura normata", as a topic) is recognition; not knowing how
# to place the peer ("difficoltà a collocare l'esperto") is the role; no one
# who trained them is training.
add("recognition", "en", c("grade", "grades"), kind = "topic")
add("funding", "en", c("pittance", "on expenses", "paid expenses only"))
add("organisation", "en", c("no room for", "no room to", "no rooms for", "no space for"))
add("wellbeing", "en", c("retraumatis*", "retraumatiz*", "re traumatis*", "re traumatiz*"))
add("recognition", "it", c("non esiste giuridicamente", "giuridicamente inesistente",
  "non esiste legalmente", "non esistono giuridicamente"))
add("recognition", "it", c("figura normata", "figure normate"), kind = "topic")
add("role", "it", c("difficolt* a collocar*", "difficolt* nel collocar*", "difficile collocar*",
  "difficolt* a inquadrarl*"))
add("training", "it", c("li ha formati", "ci ha formati", "ha formato gli operatori",
  "le ha formate"), kind = "topic")
# Not knowing in which box of the staff to put peers is recognition, as are
# a cadre or a function profile lacking; experiential knowledge snubbed or
# not seen as real expertise, and the "med model", are cultural; peers left
# alone are wellbeing; internal communication and a project nobody owns
# are organisation; a transport allowance as the only pay is funding;
# peers treated as patients are stigma.
add("recognition", "en", c("what box to put", "which box to put", "what box they go in",
  "what box they fit", as.vector(outer(c("doesn t know", "don t know", "nobody knows",
  "no one knows"), c("what box", "which box"), paste))))
add("recognition", "it", c("in che casella", "in quale casella",
  as.vector(outer(c("non sa", "non sanno", "non sappiamo", "non si sa", "nessuno sa"),
                  c("in che casella", "in quale casella"), paste))))
add("recognition", "en", c("cadre", "function profile"), kind = "topic")
add("cultural", "it", c("snobbat*", "snobba", "snobbano"))
add("cultural", "en", c("med model", "isn t seen as real expertise", "not seen as real expertise",
  "not seen as expertise", "isn t seen as expertise"))
add("wellbeing", "it", c("li lasciamo soli", "lasciamo soli", "le lasciamo sole",
  "lasciato solo", "lasciata sola", "lasciate sole"))
add("organisation", "it", "comunicazione interna", kind = "topic")
add("organisation", "en", c("internal communication", "internal communications"),
  kind = "topic")
add("organisation", "en", c("nobody owns the project", "no one owns the project"))
add("funding", "en", c("transport allowance", "travel allowance"))
# Rule: "precariato" is precarious work (recognition), an integration that
# is difficult the role's, trained figures lacking training, and getting
# the doctors to understand the professionals' culture.
add("recognition", "it", "precariato")
add("role", "it", c("integrazione difficile", "inserimento difficile"))
add("training", "it", c("figure formate", "persone formate", "peer formati", "esperti formati"),
  kind = "topic")
add("cultural", "it", c("far capire ai medici", "far capire agli operatori",
  "far capire agli psichiatri", "far capire ai psichiatri"))
add("stigma", "it", c("trattano come una paziente", "trattano come un paziente",
  "trattano come pazienti", "tratta come una paziente", "tratta come un paziente"))
# Rule: staff not supportive, not keen or not convinced resist (cultural);
# the staff so described are no shortage of staff.
add("cultural", "it", c("non collaborativ*", "non favorevol*", "non convint*",
  "non sono convint*", "non è convint*"))
add("cultural", "en", c("not supportive", "unsupportive", "not keen", "aren t keen",
  "aren t supportive", "not engaged", "aren t convinced"))
# Words of four more blind sets (100 Italian and 100 English answers, then
# 80 and 80 mostly long ones): precarious contracts ("contratti a chiamata",
# "paid sessionally", "no employment rights", "not a regulated
# profession"), vacancies and cover ("carrying vacancies", "locums",
# "spread thin"), procedures that stall ("la pratica è ferma da mesi",
# "HR hoops", "onerous"), project-based funds ("finanziati mediante bandi
# a termine"), staff who keep peers out ("esclusi dalle decisioni", "our
# voice isn't heard", "mixed feelings"), tired or distressed peers.
add("recognition", "it", c("a chiamata", "contratto a voucher", "contratti a voucher",
  "contratto di collaborazione", "contratti di collaborazione"))
add("recognition", "en", c("paid sessionally", "honoraria", "s fixed term", "beyond fixed term"))
add("recognition", "en", c("employment rights", "regulated profession", "regulatory body",
  "professional registration", "professional body", "afc band", "agenda for change band"),
  kind = "topic")
add("organisation", "en", c("carrying vacancies", "staff vacancies", "locums", "staff sickness",
  "sickness absence", "spread thin", "spread too thin", "plug gaps", "plug the gaps", "hoops",
  "onerous", "headhunted", "poached"))
add("organisation", "it", c("pratica è ferma", "pratica ferma", "richiesta è ferma",
  "richiesta ferma", "è ferma da mesi", "è ferma da anni", "è ferma da oltre",
  "ferma da mesi", "fermo da mesi", "ferme da mesi", "rendicontazion* complicat*",
  "rendicontazion* complesse", "rendicontazion* complessa", "rendicontazion* onerosa"))
add("funding", "it", c("bandi a termine", "bando a termine", "finanziat* mediante bandi",
  "finanziat* con bandi", "finanziat* tramite bandi", "finanziat* su bandi"))
add("cultural", "it", c("esclus* dalle decisioni", "meno professionali", "équipe è chiusa",
  "équipe chiusa", "équipe sono chiuse"))
add("cultural", "en", c("mixed feelings", "voice isn t heard", "voices aren t heard",
  "lack of belief", "old ways of working", "ignored by clinicians", "ignored by staff",
  "excluded from decisions", "excluded from decision making"))
add("wellbeing", "it", c("difficoltà emotiv*", "difficoltà emozional*", "peer stanchi",
  "pari stanchi", "esp stanchi", "molto stanchi"))
add("wellbeing", "en", "stressful for them")
add("wellbeing", "en", c("peer supervisor", "external supervisor"), kind = "topic")
add("training", "it", "nessuno che li formi")
add("stigma", "it", c("vedono come pazienti", "vedermi come un paziente", "vederci come pazienti",
  "vederli come pazienti", "vedono ancora come pazienti"))
add("cultural", "it", c("come un peso", "come un fardello"))
add("cultural", "en", c("as a burden", "psychiatric dominance", "medical dominance",
  "don t get peer work", "don t understand peer work", "doesn t get peer work"))
add("training", "it", c("nessuno ci ha format*", "nessuno ci ha mai format*",
  "nessuno ti ha format*", "nessuno li ha format*", "nessuno li ha mai format*"))
add("training", "en", c("underprepared", "under prepared", "courses are oversubscribed",
  "course is oversubscribed", "training is oversubscribed"))
add("recognition", "en", c("regulator", "workforce strategy"), kind = "topic")
add("recognition", "it", c("inserit* in organico", "inserit* stabilmente in organico"),
  kind = "topic")
add("organisation", "en", c("trouble filling", "difficulty filling", "hard to fill",
  "struggle to fill", "struggling to fill"))
# Words of four more blind sets (200 Italian and 200 English answers of
# every length): symbolic pay, costly courses, savings rounds;
# contracts by the project or the year; vacancies left open, distances and
# rurality, passes and badges; where peers fit, who is accountable, how far
# a peer may go; staff who do not understand or value peer work, stigma
# from staff, fear of being judged; protected time for supervision.
add("funding", "it", c("retribuzione simbolica",
  "compenso simbolico", "compensi simbolici", "non rinnovabil*", "costosi", "costose"))
add("funding", "en", c("expensive", "costly", "aren t cheap", "not cheap", "savings round",
  "savings target", "savings targets", "pilot money", "below award", "year to year grants",
  "funding cycles", "sustainability of funding"))
add("recognition", "it", c("lavoro a progetto", "lavorato a progetto", "contratt* a progetto"))
add("recognition", "en", c("award classification", "12 month contract*",
  "twelve month contract*", "one year contract*", "at risk letters"))
# (named as what is missing, so that a negation before them states the lack:
# "aren't a billable provider type", "no protected time for peer
# supervision", "non c'è chi formi i pari", "non so fin dove posso arrivare")
add("recognition", "en", "billable provider", kind = "topic")
add("funding", "en", "billable", kind = "topic")
add("wellbeing", "en", c("protected time for peer supervision", "protected time for supervision"),
  kind = "topic")
add("training", "it", c("chi formi", "chi li formi"), kind = "topic")
add("role", "it", c("fin dove posso arrivare", "fin dove possono arrivare",
  "fin dove può arrivare"), kind = "topic")
add("role", "en", "who is accountable", kind = "topic")
add("organisation", "en", c("sat open", "not been able to replace", "leave for better paid",
  "staff leave", "geographical spread", "travel times", "rurality", "it accounts", "id badges",
  "occupancy", "agency nurses", "no headspace", "the headspace", "workforce planning"))
add("organisation", "it", c("collegamento", "distanze"), kind = "topic")
add("role", "en", c("where do they fit", "where do peers fit", "where does the peer fit",
  "no clear line between", "outside the loop"))
add("role", "en", "scope of practice", kind = "topic")
add("role", "it", c("ruolo cambia", "il mio ruolo cambia"))
add("cultural", "en", c("lack of understanding", "poor understanding", "limited understanding",
  "little understanding", "inconsistent understanding", "doubt peers", "doubt that peers", "doubt whether peers", "union concerns"))
add("cultural", "it", c("non lo valorizzano", "non li valorizzano", "non la valorizzano",
  "non valorizzano"))
add("cultural", "it", "idea condivisa di recovery", kind = "topic")
add("stigma", "it", c("paura di essere giudicat*", "trattano come un utente",
  "trattano ancora come un utente", "ti trattano come"))
add("stigma", "en", c("seen by staff as patients", "being judged", "fear of being judged",
  "afraid of being judged"))
add("wellbeing", "en", "exhausting")
add("wellbeing", "en", c("support for them", "peer supervision"), kind = "topic")
add("training", "en", "suitably qualified", kind = "topic")
f <- do.call(rbind, rows)
# Rule: the place of the peers named as a question ("where they fit", "how
# peers would fit", "dove collocarli") is what may be unclear, a topic: a
# negation or a cue of lack before it states the lack ("Nobody has worked
# out where they fit in the team"), a cue of adequacy denies it ("It's
# clear where they fit"), and bare it is coded as a problem was.  (Not what
# peers do: "billing rules don't cover much of what peers do" denies
# nothing of the role; nor where their work ends, a boundary: "Nobody is
# clear where peer work ends and care coordination begins".)
wh_role <- f$category == "role" & f$kind == "problem" &
  grepl("^(where|how|dove) .*\\b(fits?|sits?|place|put|collocar)", f$pattern)
f$kind[wh_role] <- "topic"
# Rule: an English negated auxiliary is written in every way answers write
# it ("does not prioritise", "doesn't prioritise", "doesnt prioritise"):
# a phrase that opens with one takes the forms of its verb for any person
# and tense ("don t prioritise": "does not prioritise", "didn t
# prioritise"; a barrier told in the past is a barrier unless a word of the
# past says it is over), one inside a phrase the forms of the same person
# and tense ("role isn t recognised": "role is not recognised").
aux_person <- list(
  c("do not", "don t", "dont"), c("does not", "doesn t", "doesnt"),
  c("did not", "didn t", "didnt"),
  c("is not", "isn t", "isnt"), c("are not", "aren t", "arent"),
  c("was not", "wasn t", "wasnt"), c("were not", "weren t", "werent"),
  c("has not", "hasn t", "hasnt"), c("have not", "haven t", "havent"),
  c("had not", "hadn t", "hadnt"), c("cannot", "can not", "can t", "cant"),
  c("could not", "couldn t", "couldnt"), c("will not", "won t", "wont"),
  c("would not", "wouldn t", "wouldnt"), c("should not", "shouldn t", "shouldnt"))
aux_verb <- c(1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6)
aux_forms <- unlist(aux_person)
aux_group <- rep(seq_along(aux_person), lengths(aux_person))
aux_re <- paste0("(^| )(", paste(aux_forms[order(-nchar(aux_forms))], collapse = "|"), ")( |$)")
aux_variants <- function(p) {
  m <- regexpr(aux_re, p, perl = TRUE)
  if (m < 0) return(p)
  hit <- trimws(regmatches(p, m))
  g <- aux_group[match(hit, aux_forms)]
  forms <- if (m == 1L) unlist(aux_person[aux_verb == aux_verb[g]]) else aux_person[[g]]
  unique(c(p, paste0(substr(p, 1L, m - 1L), sub(aux_re, "\\1", regmatches(p, m)), forms,
                     sub(aux_re, "\\3", regmatches(p, m)),
                     substr(p, m + attr(m, "match.length"), nchar(p)))))
}
aux_en <- which(f$language == "en" & grepl(aux_re, f$pattern, perl = TRUE))
aux_pat <- lapply(f$pattern[aux_en], aux_variants)
aux_rows <- f[rep(aux_en, lengths(aux_pat)), ]
aux_rows$pattern <- unlist(aux_pat, use.names = FALSE)
f <- rbind(f, aux_rows)
# Rule: "insostenibile" is a cue of lack (textcode.R); only
# "economicamente insostenibile" names funding by itself.
f <- f[f$pattern != "insostenibil*", ]
# (topics written alike in both languages, "budget", are kept once, in the
# first language given: both languages' phrases of presence go to them below)
topic_both <- intersect(f$pattern[f$kind == "topic" & f$language == "it"],
                        f$pattern[f$kind == "topic" & f$language == "en"])
# (patterns the coder reads alike once folded are one: "better-paid" and
# "better paid", "sé" and "se"; the key is the coder's, from the installed
# package)
key <- peersurvey:::textcode_pattern_key(f$category, f$pattern)
f <- f[!duplicated(key), ]
# Rule: general words of workload and delay give way to a longer match of
# another category that covers them ("sovraccarico emotivo" is wellbeing,
# "fondi che arrivano in ritardo" funding).
f$yield <- f$pattern %in% c("sovraccarico", "sovraccaric*", "overload", "overloaded",
                            "stress", "carico emotivo", "ritard*")
f$yield[f$category != "organisation"] <- FALSE
f$yield[f$category == "wellbeing" & f$pattern %in% c("burnout", "burn out", "stress")] <- TRUE
# ... as does exhaustion, of funds rather than of peers ("esaurimento del
# finanziamento": funding)
f$yield[f$category == "wellbeing" & f$pattern == "esaurimento"] <- TRUE
# ... as does a lack of integration, between services rather than of peers
# in the team ("scarsa integrazione tra i servizi": organisation)
f$yield[f$category == "role" & f$pattern %in% c("scarsa integrazione", "mancata integrazione",
                                                "difficile integrazione")] <- TRUE
f$yield[f$category == "cultural" & f$pattern %in% c("diffidenz*", "sfiducia", "non si fidano",
                                                    "distrust", "mistrust", "don t trust",
                                                    "do not trust", "wary", "diffident*",
                                                    "diffidenti", "pregiudizi da parte",
                                                    "suspicious", "non accettano",
                                                    "non accetta", "reluctan*",
                                                    "reluctance", "reluctant",
                                                    "don t accept", "do not accept") |
            f$category == "cultural" & startsWith(f$pattern, "pregiudizi da parte")] <- TRUE
# ... and so do "negative attitudes" towards people with a mental illness
# (stigma) and "non è chiaro chi" deve pagarli (funding).
f$yield[f$category == "cultural" & f$pattern == "negative attitudes"] <- TRUE
f$yield[f$category == "role" & f$pattern == "non è chiaro chi"] <- TRUE
f$yield[f$category == "recognition" & f$pattern == "precarietà"] <- TRUE
# ... and so does pay not given ("not paid") where a longer match says it is
# too little ("not being paid enough": recognition)
f$yield[f$category == "funding" &
          (f$pattern %in% c("not paid", "unpaid") |
           grepl("^((is|are|was|were) not|(isn|aren|wasn|weren) t) paid( at all)?$", f$pattern))] <- TRUE
# ... and so do too few hours where a longer match says of what ("poche ore
# di formazione": training)
f$yield[f$category == "organisation" & grepl("(^| )(ore|hours)( |$)", f$pattern)] <- TRUE
# ... and so does work as a volunteer where a longer match says it is paid
# as such ("pagati solo come volontari": funding)
f$yield[f$category == "recognition" & f$pattern %in% c("come volontari", "come volontario",
                                                        "come volontaria", "as volunteers",
                                                        "as a volunteer")] <- TRUE
# ... and so do a bare role (a recognised role is recognition), and little
# knowledge of the role (an unclear role, not training).
f$yield[f$category == "role" & f$kind == "topic" & f$pattern %in% c("role", "roles", "ruolo", "ruoli")] <- TRUE
f$yield[f$category == "training" & f$pattern %in% c("scarsa conoscenza", "poca conoscenza")] <- TRUE
# ... and so does a missing "percorso" that a longer match says is of
# supervision or accompaniment (wellbeing)
f$yield[f$category == "training" & f$pattern == "manca un percorso"] <- TRUE
# Rule: a lack of recognition gives way to a longer problem of another
# category that tells what recognition is meant: "scarso riconoscimento
# economico" is pay, "mancanza di riconoscimento da parte dei colleghi" the
# colleagues' esteem, "il sapere esperienziale non viene riconosciuto" the
# professionals' culture; so does one told by its verb, "i colleghi non
# riconoscono il valore del sapere esperienziale" (cultural).
f$yield[f$category == "recognition" & f$kind == "problem" & f$language == "it" &
        grepl("( riconoscimento|riconosciut[*o]|riconosc(e|ono|ere))$", f$pattern)] <- TRUE
# ... and so do few resources that a longer match says are human ("poche
# risorse umane": organisation)
f$yield[f$category == "funding" & f$kind == "problem" & grepl("risorse", f$pattern) &
        !grepl("economic|finanziar", f$pattern)] <- TRUE
f$exclude <- ""
f$exclude[match(names(labs), f$category)] <- excl
# Rule: an NHS Trust is not trust between professionals.
cul_first <- match("cultural", f$category)
f$exclude[cul_first] <- paste(c(excl, "nhs trust", "nhs trusts", "the trust", "our trust",
  "every trust", "each trust", "other trusts", "trust board", "trust wide", "my trust",
  "this trust", "the trusts",
  # ... and resistance said to be initial was there at the start
  # ("scetticismo iniziale", "initial resistance")
  "iniziale", "iniziali", "initial",
  # ... nor are peers unready of themselves (training)
  "peer non sono pronti", "peer nn sono pronti", "peer non pronti", "peers are not ready",
  "peers aren t ready", "peers not ready",
  # ... nor does a service that would fall apart without its peers resist them
  "fall apart without",
  # ... nor do those who will not pay peers resist them (funding)
  "li vuole pagare", "vuole pagarli"), collapse = "|")
# Rule: "a shame" and "una vergogna" judge a state of things ("paid 5 euro
# an hour, a disgrace"), they are no stigma.
stig_first <- match("stigma", f$category)
f$exclude[stig_first] <- paste(c(excl, "a real shame", "it s a shame", "a shame", "what a shame",
  "una vergogna", "è una vergogna", "che vergogna", "mi vergogno"), collapse = "|")
# Rule: the value of experiential knowledge that is not recognised is the
# professionals' culture, not a recognition of the role.
rec_first <- match("recognition", f$category)
f$exclude[rec_first] <- paste(c(excl, "riconosce il valore", "riconoscono il valore",
  "riconosce alcun valore", "riconoscono alcun valore",
  "riconosce valore", "riconoscono valore", "riconoscere il valore",
  "recognise the value", "recognize the value",
  # ... nor does a role taken into the staffing plan, or a decision that
  # each step of a procedure needs
  "ha inserito", "hanno inserito", "sono stati inseriti", "è stato inserito",
  "richiede una delibera", "richiedono una delibera",
  # ... nor pay named as "riconoscimento economico" (funding), nor the
  # esteem of colleagues and experiential knowledge not valued (cultural)
  "riconoscimento economico", "riconoscimento da parte dei colleghi",
  "riconoscimento da parte degli operatori", "sapere esperienziale",
  # ... nor doctors paid by the shift ("psichiatri a gettone"), who are
  # the staff's turnover
  "psichiatri a gettone", "medici a gettone", "medico a gettone", "psichiatra a gettone",
  "gettonisti", "medici gettonisti"), collapse = "|")
# Rule: time phrases that date or qualify a contract are not a shortage of
# time.
org_first <- match("organisation", f$category)
f$exclude[org_first] <- paste(c(excl, "a tempo pieno", "a tempo indeterminato",
  "a tempo determinato", "da tempo", "nel tempo", "con il tempo", "col tempo",
  "tempo pieno", "tempo parziale",
  "full time", "part time", "over time", "in tempi", "nei tempi", "tempi recenti",
  "at this time", "at the time", "this time", "per il momento", "il loro tempo",
  "spazio di intervisione", "spazi di intervisione",
  # ... nor are staff named as those whose attitudes or meetings are meant,
  # or the personnel office, a staff shortage
  "staff attitudes", "staff attitude", "staff meetings",
  "staff meeting", "ufficio personale", "ufficio del personale",
  # ... nor staff named as those who resist, doubt or are to be trained
  # (a shortage named before them is still one: "shortage of nursing staff")
  "medical staff", "nursing staff", "senior staff", "clinical staff", "existing staff",
  "other staff", "own staff", "ward staff", "some staff", "mental health staff",
  "staff who", "staff still", "staff think", "staff see", "staff expect", "staff worry",
  "staff fear", "staff feel", "staff don t", "staff do not", "staff doubt", "staff remain",
  "staff resist",
  # ... nor staff named as those who hold another barrier ("resistenze, in
  # particolare da parte del personale infermieristico")
  paste("personale", c("infermieristico", "medico", "sanitario", "clinico", "strutturato",
                       "dipendente", "di reparto", "del servizio", "dei servizi")),
  # ... nor time that is spare or past ("quando avanza tempo", "di un tempo")
  "quando avanza tempo", "se avanza tempo", "di un tempo",
  # ... nor "personale" as the adjective of a peer's own life ("in caso di
  # crisi personale", "periodi di malessere personale")
  paste(c("crisi", "malessere", "disagio", "esperienza", "storia", "percorso", "vita",
          "crescita", "benessere", "sfera", "situazione", "fragilità", "equilibrio",
          "vicenda", "livello", "motivazione", "recovery"), "personale"),
  paste(c("motivi", "ragioni", "difficoltà", "vicende", "fragilità", "esperienze",
          "storie", "risorse", "competenze"), "personali"),
  # ... nor the time that trust takes to grow ("serve tempo per costruire
  # fiducia", "it takes time")
  "serve tempo per", "ci vuole tempo", "ci vorrà tempo", "richiede tempo", "takes time",
  "serva tempo", "servirà tempo", "ci vuole del tempo", "ci vorrà del tempo",
  "take time", "will take time",
  # ... nor leave from work ("people who may need time off")
  "time off", "tempo libero",
  # ... nor time as a measure or a term ("six months at a time", "non è
  # sostenibile nel tempo", "contratto a tempo indeterminato", "in time")
  "at a time", "nel tempo", "col tempo", "con il tempo", "a tempo indeterminato",
  "a tempo determinato", "in time", "on time", "over time"),
  collapse = "|")
# Rule: an active role ("assumere un ruolo attivo nei servizi") is no
# unclear one.
role_first <- match("role", f$category)
f$exclude[role_first] <- paste(c(excl, "ruolo attivo", "ruolo più attivo", "ruoli attivi",
  "active role", "more active role",
  # ... nor is a role made precarious by its contracts unclear (recognition)
  "ruolo precario"), collapse = "|")
# Rule: peers said to be supervised are not lacking supervision ("assunti,
# formati e supervisionati"); negated, they are.
wb_first <- match("wellbeing", f$category)
f$exclude[wb_first] <- paste(c(excl, "supervisionati", "supervisionato", "supervisionata",
  "supervisionate",
  # ... nor are "casi isolati" isolated peers
  "casi isolati", "caso isolato",
  # ... and "lovely" is no typo of "lonely"
  "lovely", "too unwell to work",
  # ... nor is the burnout of the staff the peers' (organisation)
  unlist(staff_burnout, use.names = FALSE)), collapse = "|")
# Rule: staff or peers said to have been trained lack no training ("All
# staff have been trained"); negated, they do ("have not been trained").
trn_first <- match("training", f$category)
f$exclude[trn_first] <- paste(c(excl,
  # (the clinical qualifications that sceptical professionals find missing
  # are their stance, not a lack of training: cultural)
  "clinical qualification", "clinical qualifications", "what qualifications",
  "professional qualification", "as unqualified", "qualifications trump",
  "been trained", "are trained", "were trained",
  "is trained", "was trained", "got trained",
  # ... nor is "nel corso del 2019" ("during") a course, nor "in corso"
  # ("under way": "procedure in corso") or "of course"
  "nel corso", "corso del tempo", "corso degli anni", "corso dell anno", "in corso",
  "of course", "off course"), collapse = "|")
# Rule: peers seen as a resource, and a project funded from the service's
# own money, name no lack of funds.
fund_first <- match("funding", f$category)
f$exclude[fund_first] <- paste(c(excl, "have a ring fenced", "have ring fenced",
  # ... nor doctors paid by the shift ("psichiatri a gettone"), who are
  # the staff's turnover
  "psichiatri a gettone", "medici a gettone", "medico a gettone", "psichiatra a gettone",
  "gettonisti", "medici gettonisti",

  "fully funds", "fully funded",
  # ... nor funds that made the project possible ("grazie a un
  # finanziamento della Fondazione", "thanks to a grant")
  paste(c("grazie a un", "grazie al", "grazie ai", "grazie a", "grazie alle", "grazie alla"),
        rep(c("finanziamento", "finanziamenti", "fondi", "fondo", "bandi"), each = 6L)),
  paste(c("thanks to", "thanks to a", "thanks to the", "thanks to new"),
        rep(c("funding", "grant", "money", "funds"), each = 4L)),
  # ... nor what costs nothing, or all the money in the world
  "a costo zero", "costo zero", "at no cost", "at zero cost", "anche con tutti i soldi",
  "tutti i soldi del mondo", "all the money in the world",
  "come risorsa", "come una risorsa",
  # (and not seen as one: "visti come pazienti e non come una risorsa")
  "non come risorsa", "non come una risorsa", "not as a resource",
  "as a resource", "a valuable resource", "a great resource", "is a resource", "è una risorsa",
  "sia una risorsa", "una risorsa enorme", "una grande risorsa", "fondi propri", "ha finanziato", "hanno finanziato",
  "abbiamo finanziato", "siamo coperti",
  # ... nor do cuts said as a hypothesis
  "tagliasse", "tagliassero", "dovesse tagliare", "dovessero tagliare", "venisse tagliato",
  "venissero tagliati", "venisse tagliata", "venissero tagliate", "fosse tagliato",
  "fossero tagliati", "fossero tagliate", "fosse tagliata", "if funding is cut",
  "if funding gets cut", "if funding were cut", "if funding was cut", "if the funding is cut",
  "if the funding gets cut", "if funds are cut", "if funding were withdrawn",
  "if the money runs out", "if funding ends", "if funding stopped", "if funding stops",
  "pulls the funding", "pull the funding", "pulls funding", "pull funding",
  # ... nor do words of "fondo" that are no fund ("in fondo alla lista",
  # "il problema di fondo")
  "in fondo", "di fondo", "fino in fondo", "a fondo",
  # ... nor resources of staff, nor the voluntary sector as a whole
  "risorse di personale", "risorse umane", "del volontariato", "di volontariato",
  "associazioni di volontariato",
  # ... nor cuts of staff, where no money is named (organisation)
  "tagli al personale", "tagli del personale", "tagli di personale", "taglio del personale",
  "taglio di personale", "staff cuts", "cuts to staff", "cuts in staff"),
  collapse = "|")
# Rule: an Italian topic followed by "c'è", "ci sono" or "ce ne sono" is
# there, not lacking ("i fondi ci sono, manca il tempo"); negated, the
# phrase does not match ("i fondi non ci sono": "non" is not skipped); a
# lack said after it codes the topic again ("i fondi ci sono, ma sono
# pochi": the coder's rule, not the frame's).
exist <- c("ci sono", "c è", "ci sono stati", "ci sono state", "c era", "c erano",
           "li mette", "li mettono", "le mette", "le mettono",
           "ce ne sono", "ce n è", "ce ne è", "ce n era", "ce n erano", "ce ne erano",
           "ce ne sono stati", "ce ne sono state", "ci sarebbero", "ci sarebbe")
# So is a topic that the answer says is there or held before naming it ("ci
# sono i fondi", "abbiamo fondi regionali dedicati", "we have funding"): the
# articles between are skipped, and a negation before ("non ci sono i
# fondi", "non abbiamo fondi") voids the exclusion (the coder's rule).
exist_before <- c("ci sono", "c è", "c era", "c erano", "ci sono stati", "ci sono state",
                  "ci sarebbero", "ci sarebbe",
                  "abbiamo", "avevamo", "disponiamo di", "grazie", "hanno", "pur avendo",
                  "avendo", "in presenza di", "stiamo organizzando", "abbiamo organizzato",
                  "organizziamo", "ha", "ha prodotto", "hanno prodotto", "abbiamo prodotto")
exist_before_en <- c("there is", "there are", "there was", "there were", "we have", "we had",
                     "we offer", "we provide", "thanks to", "putting together", "lucky to have",
                     "we ve got", "we have got", "we got", "been given", "we received",
                     "we secured", "we ve secured", "they have", "they ve got",
                     "have their own", "has its own", "gave us", "given us", "gives us",
                     "lucky with")
# (not a topic whose presence is the burden: "hanno carichi di lavoro tali
# che ...", "ci sono costi", "abbiamo procedure lunghe")
burden <- c("carichi di lavoro", "carico di lavoro", "costi", "costo", "procedure",
            "procedure aziendali", "iter", "distanza", "distanze", "spostamenti", "firme",
            "tempistich*", "pandemia")
top <- f$kind == "topic" & f$language == "it" & !(f$pattern %in% burden)
f$exclude[top] <- vapply(which(top), function(i)
  paste(c(f$exclude[i][nzchar(f$exclude[i])], paste(f$pattern[i], exist),
          paste(exist_before, f$pattern[i])), collapse = "|"), "")
# ... and an English topic that "is there" after it ("funding is there,
# training is not"), or "is fine" ("fine" is no cue of adequacy: in Italian
# it is the end, "alla fine", "la fine del progetto").
exist_en <- c("is there", "are there", "s there", "is already there", "is still there", "is in place", "are in place", "is provided",
              "are provided", "has been there", "have been there", "has been in place",
              "have been in place", "is fine", "are fine", "s fine", "seems fine", "fine",
              "was provided", "were provided", "has been provided", "have been provided")
top_en <- f$kind == "topic" & f$language == "en"
# (a topic written alike in both languages, "budget", takes both languages'
# phrases: "We have the budget" is there)
both <- f$pattern %in% topic_both
f$exclude[top_en | (top & both)] <- vapply(which(top_en | (top & both)), function(i)
  paste(c(f$exclude[i][nzchar(f$exclude[i])], paste(exist_before_en, f$pattern[i]),
          paste(f$pattern[i], exist_en)),
        collapse = "|"), "")
f$exclude[top_en & both] <- vapply(which(top_en & both), function(i)
  paste(c(f$exclude[i], paste(f$pattern[i], exist), paste(exist_before, f$pattern[i])),
        collapse = "|"), "")
# Rule: trained people said to be so ("il personale è formato", "staff are
# trained") are there; negated ("il personale non è formato") the phrase
# does not match, and the topic is coded.
trained <- f$kind == "topic" & f$category == "training" &
  grepl("^[a-z]+( workers)? (formato|formati|formata|formate|preparati|preparate|trained)$",
        f$pattern)
f$exclude[trained] <- vapply(which(trained), function(i) {
  w <- strsplit(f$pattern[i], " ", fixed = TRUE)[[1L]]
  subj <- paste(w[-length(w)], collapse = " ")
  verbs <- if (f$language[i] == "en") c("are", "is", "were", "was", "have been", "has been",
                                        "are well", "are all", "have all been")
           else c("è", "sono", "è stato", "è stata", "sono stati", "sono state", "è ben",
                  "sono ben", "sono tutti", "è già", "sono già")
  paste(c(f$exclude[i][nzchar(f$exclude[i])], paste(subj, verbs, w[length(w)])), collapse = "|")
}, "")
# Rule: names that answers use for those who hold another barrier more
# often than for a barrier of their own ("resistance, mostly from senior
# medical staff", "staff have embraced the peer team", "comparable roles",
# "Great support from leadership") are not coded bare; a cue of lack, a
# negation or a list codes them ("not enough staff", "no clear line
# management"), nor are funds said to be allocated ("la Regione ha stanziato
# risorse") and the direction of the trust ("la Direzione strategica ha
# manifestato pieno sostegno"), nor openness ("un percorso di apertura").
f$bare <- !(f$kind == "topic" & f$pattern %in% c("band 2", "band 3", "band 4",
  "stanziat*", "apertura", "direzione aziendale",
  "direzione generale", "direzione strategica", "staff", "roles", "pay", "hours", "trust",
  "leadership", "line management", "management", "coordination", "pandemia", "train", "ore",
  "stanze", "coordinatore", "regional policy", "formation",
  "regulation", "regulations", "lea", "livelli essenziali di assistenza", "occupational health",
  "grade", "grades"))
# (and so are the exclusions' negated auxiliaries: "doesn't have problems")
ex_aux <- which(grepl(aux_re, f$exclude, perl = TRUE))
f$exclude[ex_aux] <- vapply(f$exclude[ex_aux], function(e)
  paste(unique(unlist(lapply(strsplit(e, "|", fixed = TRUE)[[1L]], aux_variants))),
        collapse = "|"), "", USE.NAMES = FALSE)
# Rule: the patterns that open with "non" are also written with "nn", as
# quick answers do ("l'ASL nn riconosce la figura").
nn <- f[f$language == "it" & grepl("^non ", f$pattern), ]
nn$pattern <- sub("^non ", "nn ", nn$pattern)
nn$exclude <- ""
nn_key <- peersurvey:::textcode_pattern_key(nn$category, nn$pattern)
f <- rbind(f, nn[!nn_key %in% peersurvey:::textcode_pattern_key(f$category, f$pattern) &
                 !duplicated(nn_key), ])
f <- f[c("category", "language", "pattern", "kind", "exclude", "yield", "bare")]
# (each category's labels on its first row only: the file is half the size,
# and a frame's first label of a category names it; barrier_dictionary()
# gives every row its category's labels)
first <- !duplicated(f$category)
f$label_it <- ifelse(first, vapply(f$category, function(k) labs[[k]][1], ""), "")
f$label_en <- ifelse(first, vapply(f$category, function(k) labs[[k]][2], ""), "")
write.csv(f, "inst/extdata/barriers-dictionary.csv", row.names = FALSE, fileEncoding = "UTF-8", na = "")
print(table(f$category)); cat(nrow(f), "\n")
