ev_key <- function(ev)
  sort(paste(ev$answer, ev$category, ev$pattern, ev$start, ev$end, ev$status, ev$rule,
             ev$cause_start, ev$cause_end))

ref_key <- function(ref, d)
  sort(paste(ref$evidence$answer, d$patterns$category[ref$evidence$row],
             d$patterns$pattern[ref$evidence$row], ref$evidence$start, ref$evidence$end,
             ref$evidence$status, ref$evidence$rule, ref$evidence$cause_start,
             ref$evidence$cause_end))

# The codes of each answer of code_text() as "category;category"
code_strings <- function(got, d)
  apply(as.matrix(got[d$categories]), 1L, function(r) paste(d$categories[r], collapse = ";"))

# code_text() gives the codes of the plain-R reference (computed once) and,
# with `evidence`, its evidence
expect_reference <- function(x, d, got = code_text(x, d, context = "barrier"), evidence = FALSE) {
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
  if (evidence) {
    ev <- text_evidence(code_text(x, d, context = "barrier", evidence = TRUE))
    expect_identical(ev_key(ev), ref_key(ref, d))
  }
}

# code_text() gives the hand-coded `want` (the codes of each answer as
# "category;category") and agrees with the plain-R reference (with
# `evidence`, on the evidence too)
expect_coded <- function(x, d, want, evidence = FALSE) {
  got <- code_text(x, d, context = "barrier")
  expect_identical(code_strings(got, d), want)
  expect_reference(x, d, got, evidence = evidence)
}

# the plain-R reference agrees with code_text(), evidence included, on n
# answers of 2 to 6 `pieces` in random order
expect_reference_pieces <- function(pieces, d, seed, n = 200) {
  set.seed(seed)
  y <- replicate(n, paste(sample(pieces, sample(2:6, 1), replace = TRUE), collapse = " "))
  expect_reference(y, d, evidence = TRUE)
}

test_that("the coder agrees with the plain-R reference on random texts", {
  set.seed(20250131)
  vocab <- c("fondi", "finanziamento", "finanz", "perché", "équipe", "dell", "città",
             "risorse", "ruolo", "formazione", "carichi", "lavoro", "naïve", "a", "ab",
             "abc", "x1", "2025", "cœur", "coeur", "λόγος", "non", "senza", "nessun",
             "ma", "but", "zeta", "rifinanziamento", "manca", "mancanza", "poco", "chiaro",
             "adeguati", "e", "è", "o", "di", "il", "piu", "che", "formazzione", "fnodi",
             "supervisione", "supervsione", "ruolo", "ne", "ce", "per", "because", "colleghi",
             "s\u00ec", "si", "presenti", "invece", "per\u00f2", "however", "la", "un",
             "definito", "oggi", "inizialmente", "ancora", "noi", "qui", "t", "questo")
  cues <- c("non", "senza", "nessun", "n\u00e9")
  seps <- c(" ", "  ", ", ", ". ", "; ", "\n", " - ", "'", "\u2019", "\u2018", "\u02bc",
            "!? ", "...", "\u00a0", " (", ") ", "\t", "\u2026", " \u00ab", "\u00bb ",
            "\U0001F600", ":", ": ", "\r\n", " / ", "-", "' ", "\u2013", "? ", "?", " ?? ")
  settings <- list(list(window = 4, gap = 2, context = "barrier", approximate = TRUE),
                   list(window = Inf, gap = 0, context = "none", approximate = FALSE),
                   list(window = 0, gap = 1, context = "barrier", approximate = FALSE),
                   list(window = 2, gap = 3, context = "none", approximate = TRUE))
  for (set in settings) {
    # a random frame: words, prefixes, phrases, problems and topics, in four
    # categories, with exclusions and general patterns that give way
    make_pattern <- function() {
      u <- runif(1)
      if (u < 0.35) return(ref_variants(sample(vocab, 1)))
      if (u < 0.6) {
        w <- sample(vocab[nchar(vocab) > 1], 1)
        return(paste0(ref_variants(substr(w, 1, sample.int(nchar(w), 1))), "*"))
      }
      k <- sample(2:3, 1)
      ws <- vapply(sample(vocab, k, replace = TRUE), ref_variants, "")
      star <- runif(k) < 0.3
      ws[star] <- paste0(ws[star], "*")
      paste(ws, collapse = sample(c(" ", "  ", "'", "\u2019", " - "), 1))
    }
    pats <- unique(replicate(40, make_pattern()))
    cats <- sample(paste0("k", 1:4), length(pats), replace = TRUE)
    frame <- data.frame(category = cats, language = "it", pattern = pats,
                        kind = sample(c("problem", "topic"), length(pats), replace = TRUE),
                        yield = runif(length(pats)) < 0.3, stringsAsFactors = FALSE)
    # (one of the patterns the coder reads alike once folded)
    key <- peersurvey:::textcode_pattern_key(frame$category, frame$pattern)
    frame <- frame[!duplicated(key), ]
    frame$exclude <- NA_character_
    first <- match(unique(frame$category), frame$category)
    frame$exclude[first[1]] <- "zeta"
    frame$exclude[first[2]] <- "perche dell|abc ab|non e poco"
    # exclusions that negation cues and separators fall before, and that
    # phrases of their category go on from
    if (length(first) > 2L) frame$exclude[first[3]] <- "ce fondi|formazione ruolo|e fondi"
    d <- text_dictionary(frame, negation = cues, window = set$window, gap = set$gap,
                         lack = c("manca*", "poco"), adequacy = c("adeguat*", "chiaro"),
                         skip = c("di", "il", "a"), contrast = c("piu che", "ab abc"),
                         context = set$context, approximate = set$approximate)
    # random texts
    make_text <- function() {
      k <- sample(0:16, 1)
      ws <- vapply(sample(vocab, k, replace = TRUE), ref_variants, "")
      acc <- runif(k) < 0.05
      ws[acc] <- paste0(ws[acc], "\u0301")
      s <- sample(seps, k + 1, replace = TRUE, prob = c(12, rep(1, length(seps) - 1)))
      if (runif(1) < 0.5) s[1] <- ""
      if (runif(1) < 0.5) s[k + 1] <- ""
      paste0(s[1], paste0(ws, s[-1], collapse = ""))
    }
    texts <- replicate(400, make_text())
    texts[sample.int(400, 10)] <- NA
    got <- code_text(texts, d, evidence = TRUE)
    ref <- ref_code(texts, d)
    expect_identical(unname(as.matrix(got)), unname(ref$codes))
    expect_identical(ev_key(text_evidence(got)), ref_key(ref, d))
    # evidence positions point at the matched words of the original text
    e <- text_evidence(got)
    expect_identical(e$match, substring(texts[e$answer], e$start, e$end))
    has <- !is.na(e$cause_start)
    expect_identical(e$cause[has], substring(texts[e$answer[has]], e$cause_start[has],
                                             e$cause_end[has]))
    # a code is TRUE exactly where a match of its category is coded
    coded <- e[e$status == "coded", ]
    want <- matrix(FALSE, length(texts), length(d$categories))
    want[cbind(coded$answer, match(coded$category, d$categories))] <- TRUE
    want[is.na(texts), ] <- NA
    expect_identical(unname(as.matrix(got)), want)
    # without evidence, the codes are worked out by a shorter route (a
    # category once coded is not resolved again): the same codes
    expect_identical(unname(as.matrix(code_text(texts, d))), unname(ref$codes))
    # the other context gives the reference's codes too
    other <- setdiff(c("none", "barrier"), set$context)
    expect_identical(unname(as.matrix(code_text(texts, d, context = other))),
                     unname(ref_code(texts, d, context = other)$codes))
    # chunks give the same codes as the whole
    expect_identical(rbind(code_text(texts[1:200], d), code_text(texts[201:400], d)),
                     code_text(texts, d))
  }
})

test_that("the coder agrees with the reference on the development set", {
  d <- barrier_dictionary()
  x <- barrier_answers$text
  got <- code_text(x, d, evidence = TRUE)
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got)), unname(ref$codes))
  expect_identical(ev_key(text_evidence(got)), ref_key(ref, d))
})

test_that("words are folded and split as documented", {
  w <- text_words("Nell'équipe: RIFINANZIAMENTO, finanziamenti! ma Stra\u00dfe \u0152uvre dell\u2019ASL")
  expect_identical(w$word, c("nell", "equipe", "rifinanziamento", "finanziamenti", "ma",
                             "strasse", "oeuvre", "dell", "asl"))
  expect_identical(w$start, c(1L, 6L, 14L, 31L, 46L, 49L, 56L, 62L, 67L))
  expect_identical(w$end, w$start + nchar(c("nell", "équipe", "rifinanziamento",
                                            "finanziamenti", "ma", "straße", "Œuvre",
                                            "dell", "ASL")) - 1L)
  # clauses: '!' ends one and "ma" starts one (together, once); ':' does not
  expect_identical(w$clause, c(1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 2L))
  # segments: ':' and ',' end one as well, an apostrophe does not
  expect_identical(w$segment, c(1L, 1L, 2L, 3L, 4L, 4L, 4L, 4L, 4L))
  w <- text_words("fondi e formazione / tempo - ruolo; self-stigma e' assente")
  expect_identical(w$word, c("fondi", "e", "formazione", "tempo", "ruolo", "self", "stigma",
                             "e", "assente"))
  # a coordination starts a segment; "-" with a space after it separates
  # items, inside a word it does not
  # and "e'" is the verb "è", not a coordination
  expect_identical(w$segment, c(1L, 2L, 2L, 3L, 4L, 5L, 5L, 5L, 5L))
  expect_identical(w$clause, c(1L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L))
  expect_identical(nrow(text_words("")), 0L)
  expect_identical(text_words("  --  ")$word, character())
  # the ordinal indicators and the superscript digits fold as NFKC does;
  # the micro sign is a letter kept as written; the degree sign separates
  x <- "La 1\u00aa volta, il 2\u00ba anno: 10 m\u00b2, 5 \u00b5g, n\u00b0 3"
  w <- text_words(x)
  nfkc <- c("la", "1a", "volta", "il", "2o", "anno", "10", "m2", "5", "\u00b5g", "n", "3")
  expect_identical(w$word, nfkc)
  expect_identical(w$word, ref_words(x)$word)
  expect_identical(w$start, as.integer(ref_words(x)$start))
  expect_identical(substring(x, w$start, w$end),
                   c("La", "1\u00aa", "volta", "il", "2\u00ba", "anno", "10", "m\u00b2", "5",
                     "\u00b5g", "n", "3"))
})

test_that("plain words, prefixes and phrases match as documented", {
  frame <- data.frame(category = c("f", "f", "p", "e"), language = "it",
                      pattern = c("finanz*", "fondi", "risorse economiche", "dell'équipe"))
  d <- text_dictionary(frame, negation = character())
  x <- c("finanziamento", "rifinanziamento", "fondini", "FONDI", "risorse, economiche",
         "risorse\neconomiche", "economiche risorse", "DELL\u2019EQUIPE", "dell equipe",
         "finanz", "Fondì", "risorse economiche")
  got <- code_text(x, d)
  expect_identical(got$f, c(TRUE, FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE,
                            TRUE, TRUE, FALSE))
  # a phrase lies within one segment: a comma or a clause break separates
  expect_identical(got$p, c(rep(FALSE, 11), TRUE))
  expect_identical(got$e, c(rep(FALSE, 7), TRUE, TRUE, FALSE, FALSE, FALSE))
  # the window: up to `gap` skippable words (function words, words of no
  # pattern) between two words of a phrase, none that is a word of the frame
  y <- c("risorse molto economiche", "risorse davvero molto economiche",
         "risorse davvero molto assai economiche", "risorse fondi economiche",
         "risorse non economiche", "risorse e economiche")
  expect_identical(code_text(y, d)$p, c(TRUE, TRUE, FALSE, FALSE, FALSE, FALSE))
  expect_identical(code_text(y, text_dictionary(frame, negation = character(), gap = 3))$p,
                   c(TRUE, TRUE, TRUE, FALSE, FALSE, FALSE))
  expect_identical(code_text(y, text_dictionary(frame, negation = character(), gap = 0))$p,
                   rep(FALSE, 6))
  ev <- text_evidence(code_text(y[1:2], d, evidence = TRUE))
  expect_identical(ev$rule, c("window", "window"))
  expect_identical(ev$match, y[1:2])
})

test_that("the shipped dictionary codes realistic answers as a reader would", {
  d <- barrier_dictionary()
  expect_identical(d$categories, c("recognition", "funding", "cultural", "training", "role",
                                   "organisation", "wellbeing", "stigma"))
  cases <- list(
    list("nessun problema di fondi", funding = FALSE),
    list("mancano i finanziamenti", funding = TRUE),
    list("Non abbiamo fondi dedicati", funding = TRUE),
    list("I fondi non sono un problema; manca la formazione", funding = FALSE, training = TRUE),
    list("Nessun problema di fondi, ma la formazione è carente", funding = FALSE,
         training = TRUE),
    list("La figura del peer non è riconosciuta dall'Azienda", recognition = TRUE),
    list("Assenza di un inquadramento contrattuale e di un albo", recognition = TRUE),
    list("Resistenze culturali e diffidenza verso il sapere esperienziale",
         cultural = TRUE, funding = FALSE),
    list("Ruolo poco chiaro all'interno dell'équipe", role = TRUE),
    list("Carichi di lavoro e burocrazia", organisation = TRUE),
    list("Rischio di ricadute e scarsa supervisione", wellbeing = TRUE),
    list("Stigma e pregiudizi", stigma = TRUE),
    list("Lack of funding and professional resistance", funding = TRUE, cultural = TRUE),
    list("No problems with stigma", stigma = FALSE),
    list("Il peer support worker non ha ancora un riconoscimento formale", recognition = TRUE),
    list("Le risorse economiche non sono un problema per ora", funding = FALSE),
    list("Parte dell'équipe fatica ad accettare una figura non clinica", cultural = TRUE),
    list("Tutto bene", recognition = FALSE, funding = FALSE, cultural = FALSE)
  )
  got <- code_text(vapply(cases, `[[`, "", 1), d)
  for (i in seq_along(cases)) {
    want <- cases[[i]][-1]
    for (k in names(want))
      expect_identical(got[[k]][i], want[[k]], info = paste(cases[[i]][[1]], k))
  }
})

test_that("the shipped dictionary does not code topic words, positive or neutral statements", {
  d <- barrier_dictionary()
  topics <- c("fondi", "funding", "formazione", "training", "tempo", "time", "supervisione",
              "supervision", "ruolo", "role", "riconoscimento", "recognition", "contratto",
              "budget", "risorse", "resources", "personale", "staff")
  # statements of adequacy, negated lack and "not a problem": never a barrier
  adequate <- c(
    "I fondi sono sufficienti", "I fondi non sono insufficienti",
    "Non mancano i fondi", "I finanziamenti non mancano",
    "Le risorse economiche sono adeguate", "La formazione è ottima e continua",
    "Non c'è carenza di formazione", "Non c'e' carenza di formazione",
    "Il ruolo del peer è chiaro e condiviso", "La supervisione è regolare e ben organizzata",
    "La cultura del servizio è aperta al recovery", "I professionisti accolgono bene i peer",
    "Le ricadute positive sul servizio sono evidenti", "Nessun problema di tempo né di personale",
    "Funding is adequate and stable", "training is excellent", "There is no lack of funding",
    "Funding is not a problem", "Staff have plenty of time for peer workers",
    "We have enough time and staff", "The peer role is clearly defined",
    "Peer workers receive regular supervision",
    "Accreditation is in place and recognised by the region",
    "Training courses are regular and well attended", "Peer support is offered in every centre",
    "Tutto bene", "Nessuna difficoltà con la formazione")
  # neutral statements that name a topic: a barrier only in answers about barriers
  neutral <- c("Il finanziamento è stabile", "Abbiamo un budget dedicato e stabile",
               "Il riconoscimento formale è arrivato nel 2023",
               "Il personale ha accettato la nuova figura",
               "The budget covers salaries and training")
  none <- function(got, x)
    for (i in seq_along(x))
      expect_identical(names(got)[unlist(got[i, ])], character(), info = x[i])
  none(code_text(c(topics, adequate, neutral), d, context = "none"), c(topics, adequate, neutral))
  none(code_text(adequate, d), adequate)
  # the bare topics are barriers when the question asks for barriers, but
  # for those the frame marks `bare = FALSE` ("staff")
  got <- code_text(topics, d)
  bare <- !topics %in% d$frame$pattern[!d$frame$bare]
  expect_identical(topics[!bare], "staff")
  expect_true(all(rowSums(got)[bare] == 1), info = topics[bare & rowSums(got) != 1])
  expect_true(all(rowSums(got)[!bare] == 0))
})

test_that("the shipped dictionary codes problem statements under the right barrier", {
  d <- barrier_dictionary()
  cases <- rbind(
    c("Mancanza di fondi", "funding"),
    c("Fondi insufficienti", "funding"),
    c("I fondi non sono sufficienti", "funding"),
    c("Carenza di risorse", "funding"),
    c("Pochi fondi", "funding"),
    c("Fondi limitati", "funding"),
    c("Finanziamenti precari e discontinui", "funding"),
    c("Il budget è limitato", "funding"),
    c("Le risorse sono scarse", "funding"),
    c("Non ci sono fondi dedicati", "funding"),
    c("Lack of funding", "funding"),
    c("Funding cuts", "funding"),
    c("No dedicated budget", "funding"),
    c("Funding is insufficient and unstable", "funding"),
    c("Funds are limited", "funding"),
    c("Formazione insufficiente", "training"),
    c("Manca la formazione", "training"),
    c("Mancano corsi di formazione accreditati", "training"),
    c("Training is inadequate", "training"),
    c("La figura non è riconosciuta", "recognition"),
    c("Assenza di una normativa regionale", "recognition"),
    c("Peer workers are not recognised", "recognition"),
    c("No formal recognition of the role", "recognition"),
    c("Il ruolo è poco chiaro", "role"),
    c("Unclear role in the team", "role"),
    c("Poco tempo per le riunioni", "organisation"),
    c("Troppa burocrazia", "organisation"),
    c("Staff shortages and heavy workloads", "organisation"),
    c("Not enough time for supervision", "organisation"),
    c("Poca supervisione per gli ESP", "wellbeing"),
    c("Lack of supervision", "wellbeing"),
    c("Burnout of peer workers", "wellbeing"),
    c("Lo stigma resta forte", "stigma"),
    c("Pregiudizi verso chi ha una diagnosi", "stigma"),
    c("Diffidenza e resistenze degli psichiatri", "cultural"),
    c("Resistance from psychiatrists", "cultural")
  )
  got <- code_text(cases[, 1], d)
  for (i in seq_len(nrow(cases)))
    expect_identical(names(got)[unlist(got[i, ])], cases[i, 2], info = cases[i, 1])
  # two barriers in one answer, one of them negated
  got <- code_text(c("Fondi insufficienti e poca formazione",
                     "Non mancano i fondi, ma manca la formazione"), d)
  expect_identical(unlist(got[1, c("funding", "training")], use.names = FALSE), c(TRUE, TRUE))
  expect_identical(unlist(got[2, c("funding", "training")], use.names = FALSE), c(FALSE, TRUE))
})

test_that("the shipped answers are coded only with barriers their checklist ticks", {
  s <- mhd_survey_2025
  d <- barrier_dictionary()
  x <- s$barriers_text[!is.na(s$barriers_text) & nzchar(s$barriers_text)]
  # every code is a barrier the department also ticked, and nearly every
  # answer gets one (the texts name ticked barriers only)
  got <- code_text(x, d)
  ticked <- s[!is.na(s$barriers_text) & nzchar(s$barriers_text),
              paste0("barriers_", d$categories)]
  for (i in seq_along(x)) {
    coded <- d$categories[unlist(got[i, ])]
    expect_true(all(ticked[i, paste0("barriers_", coded)]), info = x[i])
  }
  expect_gt(mean(rowSums(got) > 0), 0.9)
})

test_that("NA, empty and badly encoded answers", {
  d <- barrier_dictionary()
  got <- code_text(c(NA, "", "fondi"), d)
  expect_true(all(is.na(unlist(got[1, ]))))
  expect_true(all(!unlist(got[2, ])))
  expect_identical(names(got), d$categories)
  expect_identical(nrow(code_text(character(), d)), 0L)
  bad <- c("fondi", "mancano \xff fondi")
  Encoding(bad) <- "UTF-8"
  expect_error(code_text(bad, d), "element 2", class = "peersurvey_bad_encoding")
  by <- "fond\u00ec"
  Encoding(by) <- "bytes"
  expect_error(code_text(c("a", by), d), "element 2", class = "peersurvey_bad_encoding")
  lat <- iconv("perché mancano i finanziamenti", "UTF-8", "latin1")
  expect_identical(Encoding(lat), "latin1")
  expect_identical(code_text(lat, d), code_text("perché mancano i finanziamenti", d))
  ev <- text_evidence(code_text(lat, d, evidence = TRUE))
  expect_true("mancano i finanziamenti" %in% ev$match[ev$category == "funding" &
                                                       ev$status == "coded"])
  expect_identical(unique(ev$start[ev$match == "mancano i finanziamenti"]), 8L)
  expect_identical(code_text(factor("fondi"), d), code_text("fondi", d))
  expect_error(code_text(1:3, d), class = "peersurvey_bad_argument")
  expect_error(code_text("a", list()), class = "peersurvey_bad_argument")
})

test_that("a saved dictionary is recompiled when read back", {
  d <- barrier_dictionary()
  x <- c("mancano i fondi", "resistenze culturali", NA)
  want <- code_text(x, d)
  d2 <- unserialize(serialize(d, NULL))
  expect_false(.Call(peersurvey:::C_text_dictionary_ok, d2$cache$pointer))
  expect_identical(code_text(x, d2), want)
  expect_true(.Call(peersurvey:::C_text_dictionary_ok, d2$cache$pointer))
  f <- tempfile(fileext = ".rds")
  on.exit(unlink(f))
  saveRDS(d, f)
  d3 <- readRDS(f)
  expect_identical(code_text(x, d3, evidence = TRUE), code_text(x, d, evidence = TRUE))
  expect_identical(as.data.frame(d3), as.data.frame(d))
  expect_output(print(d3), "8 categories")
})

test_that("the coding frame is validated", {
  ok <- data.frame(category = "a", language = "it", pattern = c("x", "y"))
  expect_error(text_dictionary(ok[c("category", "pattern")]), "language",
               class = "peersurvey_bad_dictionary")
  bad <- ok; bad$pattern[2] <- "  "
  expect_error(text_dictionary(bad), "row 2", class = "peersurvey_bad_dictionary")
  bad <- ok; bad$pattern[2] <- NA
  expect_error(text_dictionary(bad), "row 2", class = "peersurvey_bad_dictionary")
  for (p in c("fond(i)", "a|b", "*fondi", "fo*ndi", "fondi**", "fondi?", "--")) {
    bad <- ok; bad$pattern[2] <- p
    expect_error(text_dictionary(bad), "row 2", class = "peersurvey_bad_dictionary")
  }
  bad <- ok; bad$exclude <- c(NA, "a*b")
  expect_error(text_dictionary(bad), "exclude in row 2", class = "peersurvey_bad_dictionary")
  bad <- ok; bad$pattern[2] <- "X"
  expect_error(text_dictionary(bad), "rows 1 and 2|in rows 1 and 2",
               class = "peersurvey_bad_dictionary")
  expect_error(text_dictionary(ok, negation = "non e"), class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, window = -1), class = "peersurvey_bad_argument")
  expect_error(text_dictionary(42), class = "peersurvey_bad_argument")
  # a CSV path works like the frame
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  utils::write.csv(ok, f, row.names = FALSE, fileEncoding = "UTF-8")
  expect_identical(code_text(c("x", "z"), f), code_text(c("x", "z"), ok))
  expect_identical(text_dictionary(ok)$categories, "a")
})

test_that("a coding frame's CSV file is read in any encoding and delimiter", {
  frame <- data.frame(category = c("fondi", "cultura", "cultura"), language = "it",
                      pattern = c("finanziamenti", "resistenza", "perché no"),
                      exclude = c(NA, "più resistenza", NA))
  lines <- c("category;language;pattern;exclude",
             apply(frame, 1L, function(r) paste(ifelse(is.na(r), "", r), collapse = ";")))
  answers <- c("mancano i finanziamenti", "c'è resistenza", "perché no", "non più resistenza")
  want <- code_text(answers, frame)
  for (enc in c("latin1", "CP1252", "UTF-8")) {
    f <- tempfile(fileext = ".csv")
    writeBin(charToRaw(iconv(paste0(paste(lines, collapse = "\r\n"), "\r\n"), "UTF-8", enc)), f)
    got <- text_dictionary(f)
    expect_identical(as.data.frame(got)$pattern, frame$pattern, info = enc)
    expect_identical(as.data.frame(got)$exclude, frame$exclude, info = enc)
    expect_identical(code_text(answers, f), want, info = enc)
    unlink(f)
  }
  # a file that mixes encodings is an error naming the argument and the line,
  # not a frame cut short at the bad byte
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  writeBin(c(charToRaw(paste0(paste(lines[1:3], collapse = "\n"), "\n")),
             charToRaw(iconv(paste0(lines[4], "\n"), "UTF-8", "latin1"))), f)
  expect_error(text_dictionary(f), "^`x` mixes UTF-8.*line 4", class = "peersurvey_bad_encoding")
  expect_error(code_text("a", f), "^`dictionary` mixes UTF-8.*line 4",
               class = "peersurvey_bad_encoding")
  # an unquoted NA is a pattern like any other, a blank cell is no exclusion
  writeLines(c("category,language,pattern,exclude", "a,en,NA,", "a,en,b,NA"), f)
  got <- as.data.frame(text_dictionary(f))
  expect_identical(got$pattern, c("NA", "b"))
  expect_identical(got$exclude, c(NA, "NA"))
})

test_that("pattern keys and checks, all patterns at once, follow the rule pattern by pattern", {
  # the reference: each pattern's words from text_words(), a star kept after
  # a word when the next character is "*", and every "*" right after the
  # last character of a word and before no word's first
  ref <- function(p) {
    w <- text_words(p)
    ch <- strsplit(p, "")[[1L]]
    stars <- which(ch == "*")
    after <- ifelse(w$end + 1L <= length(ch), ch[pmin(w$end + 1L, length(ch))], "")
    list(key = paste0(w$word, ifelse(after == "*", "*", ""), collapse = " "),
         words = nrow(w),
         ok = all((stars - 1L) %in% w$end & !((stars + 1L) %in% w$start)))
  }
  set.seed(41)
  bits <- c("fondi", "Formazione", "r\u00e9seau", "NON", "e'", "l'", "\u00e9quipe",
            "stra\u00dfe", "co-produzione", "peer", "*", "**", " ", "  ", "-", "'",
            "\u2019", ",", ".", "x2", "\u00c6", "na\u00efve", "\u00e0")
  pats <- unique(c(replicate(3000, paste0(sample(bits, sample(1:6, 1), TRUE), collapse = "")),
                   "fondi*", "fondi *", "fon*di", "*fondi", "fondi**", "a*b", "*", "finanz* pubblic*",
                   "r\u00e9seau* social", "e' *", ""))
  got <- .Call(peersurvey:::C_text_pattern_keys, enc2utf8(pats))
  want <- lapply(pats, ref)
  expect_identical(got[[1L]], vapply(want, `[[`, "", "key"))
  expect_identical(got[[2L]], vapply(want, `[[`, 0L, "words"))
  expect_identical(got[[3L]], vapply(want, `[[`, NA, "ok"))
  # (both kinds occur)
  expect_true(any(got[[3L]]) && !all(got[[3L]]))
  na <- .Call(peersurvey:::C_text_pattern_keys, c("a", NA))
  expect_identical(na[[1L]][2L], NA_character_)
  expect_identical(na[[2L]][2L], NA_integer_)
  expect_identical(na[[3L]][2L], NA)
  # the first invalid row is named, whichever check it fails
  frame <- data.frame(category = "a", language = "it",
                      pattern = c("fondi", "mancano fondi", "fon*di", "(x)", "-"))
  expect_error(text_dictionary(frame), "row 3 \\(\"fon\\*di\"\\): `\\*` must end a word",
               class = "peersurvey_bad_dictionary")
  frame$pattern[3] <- "fondi pubblici"
  expect_error(text_dictionary(frame), "row 4 .*regular expressions",
               class = "peersurvey_bad_dictionary")
  frame$pattern[4] <- "x"
  expect_error(text_dictionary(frame), "row 5 .*has no word", class = "peersurvey_bad_dictionary")
  frame$pattern[5] <- "y"
  # (a column of exclusions with none in it, or only blanks, is no exclusion)
  for (none in list(NA, NA_character_, c("", " ", NA, "|", " | "))) {
    frame$exclude <- none
    d <- text_dictionary(frame)
    expect_false("exclusion" %in% d$patterns$kind)
    expect_identical(code_text("mancano fondi pubblici", d)$a, TRUE)
  }
  frame$exclude <- c(NA, "ci sono|abbiamo", NA, "ok|a**", NA)
  expect_error(text_dictionary(frame), "exclude in row 4 \\(\"a\\*\\*\"\\)",
               class = "peersurvey_bad_dictionary")
})

test_that("errors name the argument, the row and the value", {
  ok <- data.frame(category = "a", language = "it", pattern = c("x", "y"))
  # a bad `dictionary` is blamed on `dictionary`, not on `text` or `x`
  expect_error(code_text("x", "dict"), "`dictionary`.*\"dict\".*does not exist",
               class = "peersurvey_bad_argument")
  expect_error(code_text("x", NA_character_), "`dictionary`.*NA",
               class = "peersurvey_bad_argument")
  expect_error(code_text("x", c("a", "b")), "`dictionary`.*length 2",
               class = "peersurvey_bad_argument")
  expect_error(code_text("x", list()), "`dictionary`.*list", class = "peersurvey_bad_argument")
  expect_error(text_dictionary("dict"), "`x`.*\"dict\"", class = "peersurvey_bad_argument")
  bad <- ok; bad$pattern[2] <- "fondi?"
  expect_error(code_text("x", bad), "`dictionary`.*row 2.*\"fondi\\?\"",
               class = "peersurvey_bad_dictionary")
  expect_error(text_dictionary(bad), "`x`.*row 2", class = "peersurvey_bad_dictionary")
  bad <- ok; bad$exclude <- c(NA, "a*b")
  expect_error(code_text("x", bad), "`dictionary`.*exclude in row 2.*\"a\\*b\"",
               class = "peersurvey_bad_dictionary")
  # at most 64 words a pattern (an exclusion too), named with its row and value
  long <- paste(rep("parola", 65), collapse = " ")
  bad <- ok; bad$pattern[2] <- long
  expect_error(text_dictionary(bad), "`x`.*pattern in row 2 \\(\"parola parola.*at most 64 words, this one has 65",
               class = "peersurvey_bad_dictionary")
  bad <- ok; bad$exclude <- c(NA, paste("a", long, sep = "|"))
  expect_error(code_text("x", bad), "`dictionary`.*exclude in row 2.*at most 64 words",
               class = "peersurvey_bad_dictionary")
  ok64 <- ok; ok64$pattern[2] <- paste(rep("parola", 64), collapse = " ")
  expect_true(code_text(paste("ecco", ok64$pattern[2]), ok64)$a)
  bad <- ok; bad$language <- NULL
  expect_error(code_text("x", bad), "`dictionary` lacks column \"language\"",
               class = "peersurvey_bad_dictionary")
  bad <- ok; bad$pattern[2] <- "mancano \xff fondi"
  Encoding(bad$pattern) <- "UTF-8"
  expect_error(text_dictionary(bad), "`x\\$pattern`.*row 2.*\"mancano <ff> fondi\"",
               class = "peersurvey_bad_encoding")
  expect_error(code_text(c("a", "b", "\xff"), ok), "`text`.*element 3 \\(\"<ff>\"\\)",
               class = "peersurvey_bad_encoding")
  # a long value is cut
  long <- paste0(strrep("a", 100), "\xff")
  Encoding(long) <- "UTF-8"
  expect_error(code_text(long, ok), paste0("\"", strrep("a", 40), "\\.\\.\\.\""),
               class = "peersurvey_bad_encoding")
  expect_error(code_text(1:3, ok), "`text`.*integer", class = "peersurvey_bad_argument")
  expect_error(code_text("x", ok, evidence = NA), "`evidence`", class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, window = 2.5), "`window`", class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, negation = c("non", NA)), "`negation`.*element 2",
               class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, negation = c("non", "non e")),
               "`negation`.*element 2.*\"non e\"", class = "peersurvey_bad_argument")
  expect_error(negation_cues("xx"), "`language`.*\"xx\"", class = "peersurvey_bad_argument")
  expect_error(negation_cues(NA), "`language`", class = "peersurvey_bad_argument")
  expect_error(text_words(c("a", "b")), "`text`.*length 2", class = "peersurvey_bad_argument")
  expect_error(text_words(NA_character_), "`text`.*NA", class = "peersurvey_bad_argument")
})

test_that("negation respects clauses and the window", {
  frame <- data.frame(category = "f", language = "it", pattern = c("fondi", "senza fondi"))
  x <- c("non fondi", "non a b c d fondi", "non a b c d e fondi", "non. fondi",
         "non ma fondi", "senza fondi", "fondi non bastano")
  expect_identical(code_text(x, text_dictionary(frame))$f,
                   c(FALSE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE))
  expect_identical(code_text(x, text_dictionary(frame, window = Inf))$f,
                   c(FALSE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE))
  expect_identical(code_text(x, text_dictionary(frame, negation = character()))$f,
                   rep(TRUE, 7))
  expect_true(all(c("non", "nessun", "senza", "n\u00e9") %in% negation_cues("it")))
  expect_true(all(c("not", "without", "never", "no") %in% negation_cues("en")))
  expect_error(negation_cues("xx"), class = "peersurvey_bad_argument")
})

test_that("a cue written with an accent counts only where the answer writes one", {
  # problem patterns: negated by a cue before them
  frame <- data.frame(category = "f", language = "it", pattern = "fondi")
  x <- c("n\u00e9 fondi", "n\u00e8 fondi", "ne' fondi", "ne\u2019 fondi", "N\u00c9 fondi",
         "ne fondi", "NE fondi", "ne\u0301 fondi")
  accented <- c(TRUE, TRUE, TRUE, TRUE, TRUE, FALSE, FALSE, TRUE)
  expect_identical(code_text(x, text_dictionary(frame))$f, !accented)
  expect_identical(code_text(x, text_dictionary(frame, negation = "n\u00e9"))$f, !accented)
  expect_identical(code_text(x, text_dictionary(frame, negation = "ne'"))$f, !accented)
  # repeated in its clause, with or without the accent, it counts
  z <- c("ne fondi ne sussidi", "n\u00e9 sussidi ne fondi", "ne sussidi. ne fondi",
         "ne sussidi, ma ne fondi", "ne fondi, ne sussidi", "ce ne sono fondi? ne sono")
  expect_identical(code_text(z, text_dictionary(frame))$f,
                   c(FALSE, FALSE, TRUE, TRUE, FALSE, TRUE))
  expect_identical(code_text(z, text_dictionary(frame))$f,
                   unname(ref_code(z, text_dictionary(frame))$codes[, "f"]))
  # written without an accent, the cue counts everywhere
  expect_identical(code_text(x, text_dictionary(frame, negation = "ne"))$f, rep(FALSE, 8))
  expect_identical(code_text(x, text_dictionary(frame, negation = c("ne", "n\u00e9")))$f,
                   rep(FALSE, 8))
  # the shipped dictionary: "ne" is the pronoun of "ce ne sono", "ne abbiamo"
  d <- barrier_dictionary()
  y <- c("Fondi ce ne sono pochi", "La formazione: ne avremmo bisogno",
         "I fondi ce ne sono abbastanza", "Non ci sono n\u00e9 fondi n\u00e9 formazione",
         "N\u00e9 fondi n\u00e9 formazione", "Non ci sono ne fondi ne formazione",
         # after a negation cue of its clause and a word that is neither a
         # function word nor a cue, it is "né"; after the negation or a
         # function word, the pronoun
         "nn abbiamo soldi ne formazione", "non ne abbiamo di formazione",
         "i fondi non ci sono, ne abbiamo chiesti")
  got <- code_text(y, d)
  expect_identical(got$funding, c(TRUE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE, FALSE, TRUE))
  expect_identical(got$training, c(FALSE, TRUE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, FALSE))
  # a pattern that begins with the cue is one of its own negative phrasings,
  # and patterns, unlike cues, ignore accents
  f2 <- data.frame(category = "f", language = "it", pattern = "n\u00e9 fondi")
  expect_identical(code_text(c("non c'\u00e8 n\u00e9 fondi", "ne fondi", "fondi"),
                             text_dictionary(f2))$f, c(TRUE, TRUE, FALSE))
  expect_identical(code_text(y, d), structure(as.data.frame(ref_code(y, d)$codes),
                                               class = c("peer_codes", "data.frame")))
  # the reference agrees on answers made of negations, "ne", function
  # words, "si" and content words in random order
  expect_reference_pieces(c("non", "nn", "abbiamo", "soldi", "ne", "ne", "formazione,",
                            "fondi", "ce", "sono", "si", "si,", "e", "n\u00e9", "ma",
                            "stigma.", "mancano", "il", "di", "supervisione"), d,
                          seed = 20261209)
})

test_that("rows and columns taken with `[` keep their own evidence", {
  x <- c("mancano i fondi", "stigma e burocrazia", "formazione", NA, "fondi scarsi e stigma")
  r <- code_text(x, barrier_dictionary(), evidence = TRUE)
  ev <- text_evidence(r)
  # each taking, against the evidence of the whole renumbered by hand
  check <- function(rows, cols = names(r)) {
    got <- text_evidence(r[rows, cols, drop = FALSE])
    want <- do.call(rbind, lapply(seq_along(rows), function(k) {
      e <- ev[ev$answer == rows[k] & ev$category %in% cols, , drop = FALSE]
      e$answer <- rep(k, nrow(e))
      e
    }))
    rownames(want) <- NULL
    expect_identical(got, want)
    # the matches are the text of the rows taken
    expect_identical(got$match, substring(x[rows][got$answer], got$start, got$end))
  }
  check(2:3)
  check(c(5L, 1L, 1L))
  check(which(c(TRUE, FALSE, TRUE, TRUE, FALSE)))
  check(seq_along(x), c("funding", "stigma"))
  expect_identical(text_evidence(head(r, 2)), text_evidence(r[1:2, ]))
  expect_identical(text_evidence(r[c("funding", "stigma")]),
                   text_evidence(r[, c("funding", "stigma")]))
  # the codes are those of the rows taken
  expect_identical(r[2:3, ]$stigma, r$stigma[2:3])
  # rows joined otherwise (rbind()) no longer match their evidence: an error
  expect_error(text_evidence(rbind(r, r)), "has 10 rows but its evidence is of 5 answers",
               class = "peersurvey_bad_argument")
})

test_that("a pattern that begins with a cue is not negated by an earlier cue", {
  d <- barrier_dictionary()
  x <- c("non c'\u00e8 nessuna formazione", "non abbiamo nessun finanziamento dedicato",
         "nessun problema di fondi", "non mancano i fondi", "Non c'\u00e8 NESSUNA formazione",
         "nessuna formazione", "non ci sono fondi. Nessun problema")
  got <- code_text(x, d)
  expect_identical(got$training, c(TRUE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE))
  expect_identical(got$funding, c(FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, TRUE))
  ev <- text_evidence(code_text(x[1:2], d, evidence = TRUE))
  ev <- ev[ev$status == "coded" & ev$kind == "problem", ]
  expect_true(all(c("nessuna formazione", "nessun finanziamento") %in% ev$match))
  # the rule follows the cues in force: with "non" alone, "nessun" is a plain
  # word and the "non" before it negates
  frame <- data.frame(category = "t", language = "it",
                      pattern = c("nessun* formazione", "formazione"))
  y <- c("non c'\u00e8 nessuna formazione", "non c'\u00e8 formazione",
         "senza nessuna formazione")
  expect_identical(code_text(y, text_dictionary(frame))$t, c(TRUE, FALSE, TRUE))
  expect_identical(code_text(y, text_dictionary(frame, negation = "non"))$t,
                   c(FALSE, FALSE, TRUE))
  expect_identical(code_text(y, text_dictionary(frame, negation = character()))$t,
                   rep(TRUE, 3))
})

test_that("the C entry points reject wrong calls with R errors", {
  d <- barrier_dictionary()
  ptr <- d$cache$pointer
  C <- function(name) getFromNamespace(name, "peersurvey")
  expect_error(.Call(C("C_code_text"), 1:2, ptr, FALSE, 0L, TRUE, 1L), "character")
  expect_error(.Call(C("C_code_text"), "a", ptr, NA, 0L, TRUE, 1L), "TRUE or FALSE")
  expect_error(.Call(C("C_code_text"), "a", ptr, FALSE, 2L, TRUE, 1L), "context")
  expect_error(.Call(C("C_code_text"), "a", new("externalptr"), FALSE, 0L, TRUE, 1L), "dictionary")
  expect_error(.Call(C("C_code_text"), "a", "not a pointer", FALSE, 0L, TRUE, 1L), "dictionary")
  ncues <- 31L          # the cue lists C_text_dictionary() takes
  cues <- rep(list(character()), ncues)
  TD <- function(p = "a", cat = 1L, kind = 0L, yield = FALSE, cues. = cues, window = 4,
                 gap = 2L, approx = FALSE, bare = TRUE)
    .Call(C("C_text_dictionary"), p, cat, kind, yield, 1L, cues., window, gap, approx, bare)
  expect_error(TD(p = 1), "character")
  expect_error(TD(cat = 2L), "out of range")
  expect_error(TD(kind = 7L), "out of range")
  expect_error(TD(kind = NA_integer_), "out of range")
  expect_error(TD(yield = NA), "yield")
  expect_error(TD(bare = NA), "bare")
  expect_error(TD(bare = 1L), "bare")
  expect_error(TD(bare = c(TRUE, FALSE)), "length")
  expect_error(TD(window = NA), "window")
  expect_error(TD(gap = -1L), "gap")
  expect_error(TD(approx = NA), "approximate")
  expect_error(TD(p = c("a", "b")), "length")
  expect_error(TD(p = "  "), "no word")
  expect_error(TD(cues. = cues[1:8]), "length")
  expect_error(TD(cues. = c(cues[-ncues], list(NA_character_))), "NA")
  expect_error(TD(cues. = c(cues[-ncues], list(1))), "character")
  # a contrast phrase (kind 3) and phrases of the past and the present
  # (kinds 4, 5) need no category
  for (k in 3:5) expect_true(.Call(C("C_text_dictionary_ok"), TD(cat = NA_integer_, kind = k)))
  expect_error(TD(cat = NA_integer_, kind = 2L), "out of range")
  expect_error(.Call(C("C_text_words"), NA_character_), "NA")
  expect_error(.Call(C("C_text_words"), c("a", "b")), "length")
  bad <- "\xff"
  Encoding(bad) <- "UTF-8"
  # the first element that is not valid UTF-8, and why (2), for the wrapper to report
  expect_identical(.Call(C("C_code_text"), c("a", bad, bad), ptr, FALSE, 0L, TRUE, 1L)[[3L]], c(2L, 2L))
  expect_identical(.Call(C("C_code_text"), "a", ptr, FALSE, 0L, TRUE, 1L)[[3L]], c(0L, 0L))
  expect_error(.Call(C("C_code_text"), "a", ptr, FALSE, 0L, NA, 1L), "native_utf8")
  expect_error(.Call(C("C_text_dictionary_ok"), 1), NA)
})

test_that("the shipped survey's free text is coded and agrees with the checklist", {
  s <- mhd_survey_2025
  d <- barrier_dictionary()
  got <- code_text(s$barriers_text, d)
  expect_identical(nrow(got), nrow(s))
  answered <- !is.na(s$barriers_text) & nzchar(s$barriers_text)
  skip_if(sum(answered) < 5, "too few barrier texts")
  # broad agreement: where the text names a barrier, the checklist mostly ticks it
  agree <- vapply(d$categories, function(k) {
    ck <- s[[paste0("barriers_", k)]]
    keep <- answered & !is.na(ck) & got[[k]] %in% TRUE
    if (!any(keep)) return(NA_real_)
    mean(ck[keep])
  }, 0)
  expect_gt(mean(agree, na.rm = TRUE), 0.5)
})

test_that("the frame's kind and yield columns and the new arguments are validated", {
  ok <- data.frame(category = "a", language = "it", pattern = c("x", "y"))
  bad <- ok; bad$kind <- c("topic", "theme")
  expect_error(text_dictionary(bad), "`kind`.*row 2.*\"theme\"", class = "peersurvey_bad_dictionary")
  bad <- ok; bad$yield <- c("TRUE", "maybe")
  expect_error(text_dictionary(bad), "`yield`.*row 2.*\"maybe\"",
               class = "peersurvey_bad_dictionary")
  bad <- ok; bad$yield <- c(1, 2)
  expect_error(text_dictionary(bad), "`yield`", class = "peersurvey_bad_dictionary")
  good <- ok; good$kind <- c("topic", NA); good$yield <- c("TRUE", "")
  d <- text_dictionary(good)
  expect_identical(d$patterns$kind[1:2], c("topic", "problem"))
  expect_identical(d$patterns$yield[1:2], c(TRUE, FALSE))
  expect_error(text_dictionary(ok, gap = 1.5), "`gap`", class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, gap = -1), "`gap`", class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, context = "question"), "`context`.*\"question\"",
               class = "peersurvey_bad_argument")
  expect_error(code_text("x", ok, context = NA_character_), "`context`",
               class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, approximate = NA), "`approximate`",
               class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, lack = c("manca*", "manca di")), "`lack`.*element 2",
               class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, skip = "di*"), "`skip`.*element 1",
               class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, adequacy = NA_character_), "`adequacy`.*element 1",
               class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, contrast = c("piu che", "piu (che)")),
               "`contrast`.*element 2.*\"piu \\(che\\)\"", class = "peersurvey_bad_argument")
  expect_error(text_dictionary(ok, contrast = "  "), "`contrast`.*element 1",
               class = "peersurvey_bad_argument")
  expect_error(text_evidence(code_text("x", ok)), "`x` has no evidence",
               class = "peersurvey_bad_argument")
  expect_error(text_evidence(1:3), "`x` has no evidence", class = "peersurvey_bad_argument")
})

test_that("code_text() returns one type whatever `evidence` is", {
  d <- barrier_dictionary()
  x <- c("Mancano i fondi", NA, "", "Stigma")
  a <- code_text(x, d)
  b <- code_text(x, d, evidence = TRUE)
  expect_s3_class(b, "data.frame")
  expect_identical(names(b), names(a))
  attr(b, "evidence") <- NULL
  expect_identical(b, a)
  ev <- text_evidence(code_text(x, d, evidence = TRUE))
  expect_identical(names(ev), c("answer", "category", "pattern", "kind", "start", "end",
                                "match", "status", "rule", "cause_start", "cause_end", "cause"))
  expect_identical(nrow(text_evidence(code_text(character(), d, evidence = TRUE))), 0L)
})

# Small frames written for each rule, coded by hand from ?text_dictionary.
rule_frame <- function(...) {
  f <- data.frame(category = c("fund", "fund", "train", "train", "rec", "cult", "org", "wel",
                               "org"),
                  language = "it",
                  pattern = c("fondi", "mancanza di fondi", "formazione", "corsi",
                              "riconoscimento", "resistenze", "tempo", "sovraccarico emotivo",
                              "sovraccarico"),
                  kind = c("topic", "problem", "topic", "topic", "topic", "problem", "topic",
                           "problem", "problem"),
                  yield = c(rep(FALSE, 8), TRUE))
  text_dictionary(f, ...)
}
codes_of <- function(x, d, ...) {
  got <- code_text(x, d, ...)
  vapply(seq_along(x), function(i) paste(names(got)[unlist(got[i, ])], collapse = " "), "")
}

test_that("a cue of lack governs a topic, and every item of a following list", {
  d <- rule_frame()
  x <- c("Mancanza di riconoscimento, di fondi e di formazione",
         "Mancano fondi e formazione",
         "Poca formazione, fondi adeguati",
         "Carenza cronica di formazione",
         "Mancanza di riconoscimento della formazione",
         "Nessuna carenza di fondi: il limite e' la formazione",
         "Fondi e formazione: nessuno dei due e' garantito",
         "fondi insufficienti",
         "fondi non sufficienti",
         "formazione poco chiara")
  expect_identical(codes_of(x, d),
                   c("fund train rec", "fund train", "train", "train", "rec", "", "fund train",
                     "fund", "fund", "train"))
  ev <- text_evidence(code_text(x[1], d, evidence = TRUE))
  expect_identical(ev$rule[ev$match == "formazione"], "list")
  expect_identical(ev$rule[ev$match == "riconoscimento"], "cue")
})

test_that("adequacy, negated lack and negation before a topic", {
  d <- rule_frame()
  x <- c("I fondi sono sufficienti", "Non mancano i fondi", "Non abbiamo fondi",
         "Senza formazione", "Non la formazione, ma il tempo", "fondi sufficienti e corsi scarsi",
         "corsi buoni")
  expect_identical(codes_of(x, d), c("", "", "fund", "train", "", "train", ""))
  expect_identical(codes_of(x[5], d, context = "barrier"), "org")
  ev <- text_evidence(code_text(x[1:2], d, evidence = TRUE))
  expect_identical(ev$status, c("adequate", "adequate"))
  expect_identical(ev$cause, c("sufficienti", "Non mancano"))
})

test_that("the question context codes bare topics, unless another category's match is in the segment", {
  d <- rule_frame()
  x <- c("Fondi, formazione", "fondi / tempo - riconoscimento", "Resistenze verso la formazione",
         "formazione del tempo", "Riconoscimento e corsi", "Il tempo")
  # problems are coded in any context, bare topics only in answers about barriers
  expect_identical(codes_of(x, d), c("", "", "cult", "", "", ""))
  expect_identical(codes_of(x, d, context = "barrier"),
                   c("fund train", "fund rec org", "cult", "train", "train rec", "org"))
  db <- rule_frame(context = "barrier")
  expect_identical(codes_of(x, db), codes_of(x, d, context = "barrier"))
  ev <- text_evidence(code_text(x[3], d, evidence = TRUE, context = "barrier"))
  expect_identical(ev$status[ev$match == "formazione"], "uncoded")
  expect_identical(ev$cause[ev$match == "formazione"], "Resistenze")
})

test_that("negation, adequacy and exclusions stop at predicates; contrast sets a topic aside", {
  d <- rule_frame(context = "barrier")
  x <- c("Non ci sono resistenze e mancanza di fondi",
         "Nessuna resistenza, ma fondi",
         "Piu che i fondi, la formazione",
         "Più che i fondi manca la formazione",
         "Non tanto i fondi quanto il tempo",
         "Non c'è mancanza di fondi",
         "Non c'e' mancanza di fondi")
  expect_identical(codes_of(x, d), c("fund", "fund", "train", "train", "org", "", ""))
  ev <- text_evidence(code_text(x[3], d, evidence = TRUE))
  expect_identical(ev$status[ev$match == "fondi"], "contrasted")
  expect_identical(ev$cause[ev$match == "fondi"], "Piu che")
  # without contrast phrases, the funding is a barrier too
  expect_identical(codes_of(x[3], rule_frame(context = "barrier", contrast = character())),
                   "fund train")
})

test_that("a general pattern marked `yield` gives way to a longer one of another category", {
  d <- rule_frame()
  x <- c("sovraccarico emotivo", "sovraccarico", "sovraccarico di lavoro e sovraccarico emotivo")
  expect_identical(codes_of(x, d), c("wel", "org", "org wel"))
  ev <- text_evidence(code_text(x[1], d, evidence = TRUE))
  expect_identical(ev$status[ev$pattern == "sovraccarico"], "overlapped")
  expect_identical(ev$cause[ev$pattern == "sovraccarico"], "sovraccarico emotivo")
})

test_that("the shipped frame: a topic that is there, and what is not the problem", {
  d <- barrier_dictionary()
  # hand-coded: funding, wellbeing, training (f, w, t)
  x <- c("I fondi ci sono, manca il tempo", "La supervisione c'\u00e8",
         "I fondi non ci sono", "la supervisione non c'\u00e8", "Ci sono pochi fondi",
         "Soldi non ce ne sono", "Fondi ce ne sono pochi",
         "Lo stigma non \u00e8 pi\u00f9 un problema", "I fondi non sono il problema",
         "Funding isn't the problem", "nessuna barriera significativa",
         "Carico di lavoro insostenibile", "costi insostenibili")
  got <- code_text(x, d)
  expect_identical(got$funding, c(FALSE, FALSE, TRUE, FALSE, TRUE, TRUE, TRUE, FALSE, FALSE,
                                  FALSE, FALSE, FALSE, TRUE))
  expect_identical(got$wellbeing, c(FALSE, FALSE, FALSE, TRUE, rep(FALSE, 9)))
  expect_identical(got$organisation, c(TRUE, rep(FALSE, 10), TRUE, FALSE))
  expect_identical(rowSums(as.matrix(got[d$categories]))[8:11], c(0, 0, 0, 0))
  # a bare topic of a category the answer says is no barrier
  y <- c("La formazione non manca (abbiamo fatto il corso), mancano invece i soldi",
         "Formazione adeguata. Corsi, fondi", "Corsi, fondi", "Nessuna carenza di fondi; budget",
         "Supervisione: nessun problema. Supervisione, tempo")
  got <- code_text(y, d)
  expect_identical(got$training, c(FALSE, FALSE, TRUE, FALSE, FALSE))
  expect_identical(got$funding, c(TRUE, TRUE, TRUE, FALSE, FALSE))
  expect_identical(got$wellbeing, rep(FALSE, 5))
  expect_identical(as.matrix(got[d$categories]), ref_code(y, d)$codes)
  ev <- text_evidence(code_text(x[1:2], d, evidence = TRUE))
  expect_true(all(ev$status[ev$category %in% c("funding", "wellbeing")] == "excluded"))
  expect_identical(sort(unique(ev$answer[ev$status == "excluded"])), 1:2)
})

test_that("a topic said to be there before it is named is set aside, unless negated", {
  d <- barrier_dictionary()
  # hand-coded funding (f) and training (t)
  x <- c("Abbiamo fondi regionali dedicati",           # -
         "Ci sono i fondi ma mancano operatori",        # -: the lack is of staff
         "C'\u00e8 il budget ma \u00e8 poco",           # f: a lack after it
         "Ci sono fondi insufficienti",                 # f: a problem goes on from it
         "C'\u00e8 una formazione inadeguata",          # t
         "Non ci sono fondi",                           # f: negated
         "Non abbiamo i fondi per pagarli",             # f
         "We have funding from the region",             # -
         "There is no funding",                         # f
         "Nessun problema di fondi")                    # -: still not a problem
  got <- code_text(x, d)
  expect_identical(got$funding, c(FALSE, FALSE, TRUE, TRUE, FALSE, TRUE, TRUE, FALSE, TRUE,
                                  FALSE))
  expect_identical(got$training, c(rep(FALSE, 4), TRUE, rep(FALSE, 5)))
  for (ctx in c("none", "barrier"))
    expect_identical(unname(as.matrix(code_text(x, d, context = ctx))),
                     unname(ref_code(x, d, context = ctx)$codes))
  ev <- text_evidence(code_text(x[c(1, 2, 8)], d, evidence = TRUE))
  expect_identical(ev$status[ev$category == "funding"], rep("excluded", 3))
  # the rule on a frame of one's own: an exclusion that a negation cue
  # negates excludes nothing, unless it begins with one
  frame <- data.frame(category = c("a", "b"), language = "it", pattern = c("fondi", "stigma"),
                      kind = c("topic", "problem"),
                      exclude = c("abbiamo fondi", "non problema"))
  d2 <- text_dictionary(frame, context = "barrier")
  y <- c("abbiamo fondi", "non abbiamo fondi", "senza che abbiamo fondi", "stigma non problema",
         "non stigma non problema")
  got <- code_text(y, d2)
  expect_identical(got$a, c(FALSE, TRUE, TRUE, FALSE, FALSE))
  expect_identical(got$b, rep(FALSE, 5))
  expect_identical(unname(as.matrix(got)), unname(ref_code(y, d2)$codes))
})

test_that("what an answer puts in the place of what is not the problem is coded", {
  d <- barrier_dictionary()
  # hand-coded: organisation (o), cultural (c); nothing else
  x <- c("Lo stigma non \u00e8 un problema da noi, lo \u00e8 la burocrazia",   # o
         "Funding isn't the problem, culture is",                             # c
         "Nessun problema particolare, a parte la burocrazia",                # o
         "Lo stigma non \u00e8 un problema, la formazione nemmeno",           # -: still set aside
         "La burocrazia non \u00e8 un problema",                              # -
         "Non \u00e8 un problema la burocrazia")                             # -: no separator
  got <- code_text(x, d)
  expect_identical(got$organisation, c(TRUE, FALSE, TRUE, FALSE, FALSE, FALSE))
  expect_identical(got$cultural, c(FALSE, TRUE, rep(FALSE, 4)))
  expect_identical(got$stigma, rep(FALSE, 6))
  expect_identical(got$training, rep(FALSE, 6))
  expect_identical(got$funding, rep(FALSE, 6))
  for (ctx in c("none", "barrier"))
    expect_identical(unname(as.matrix(code_text(x, d, context = ctx))),
                     unname(ref_code(x, d, context = ctx)$codes))
  ev <- text_evidence(code_text(x[1:2], d, evidence = TRUE))
  expect_identical(ev$status[ev$category %in% c("stigma", "funding")], c("excluded", "excluded"))
  expect_identical(ev$status[ev$category %in% c("organisation", "cultural")], c("coded", "coded"))
})

test_that("a negation cue that speaks of no topic, or states a problem, does not go on setting aside", {
  d <- barrier_dictionary()
  x <- c(paste("Pi\u00f9 che la mancanza di formazione, che abbiamo risolto con i corsi, pesa la",
               "mancanza di riconoscimento formale, e questo non \u00e8 sostenibile"),   # r
         paste("Pi\u00f9 che la mancanza di formazione, che abbiamo risolto con i corsi, pesa la",
               "mancanza di riconoscimento formale: i peer restano volontari non retribuiti"), # r f
         "Funding isn't the problem, culture is, and that won't change",                 # c
         "Lo stigma non \u00e8 un problema, la formazione nemmeno",                      # -
         "Lo stigma non \u00e8 un problema, e nemmeno la formazione, mancano i fondi",   # f
         "Funding isn't the problem, training isn't either")                             # -
  expect_coded(x, d, c("recognition", "recognition;funding", "cultural", "", "funding", ""),
               evidence = TRUE)
})

test_that("after an opening denial, a topic named as the problem is coded", {
  d <- barrier_dictionary()
  x <- c("Non vedo grandi ostacoli. L'unico problema \u00e8 la formazione degli operatori.",  # t
         "No major barriers. The only issue is funding.",                                  # f
         "Nessuna barriera significativa. Abbiamo un budget dedicato.",                    # -
         "No major barriers. Funding is secure.",                                          # -
         "Nessuna barriera: i fondi non sono un problema.")                                # -
  expect_coded(x, d, c("training", "funding", "", "", ""), evidence = TRUE)
})

test_that("a denial after an aside, its subject left out, speaks of what came before", {
  d <- barrier_dictionary()
  x <- c("Lo stigma nel quartiere, grazie ai progetti nelle scuole, non \u00e8 pi\u00f9 un problema.", # -
         "Stigma, thanks to the school projects, is no longer a problem.",                 # -
         "Funding, thanks to the ICB, isn't an issue",                                     # -
         "Lo stigma, non \u00e8 un problema per noi.",                                     # -
         "Mancano i fondi, non \u00e8 un problema di formazione",                          # f
         "Mancanza di supervisione, non \u00e8 un problema da poco",                       # w
         "Funding, for us, is not the problem, culture is",                               # c
         "Resistenze, nessun problema per il resto")                                       # c
  expect_coded(x, d, c("", "", "", "", "funding", "wellbeing", "cultural", "cultural"),
               evidence = TRUE)
  expect_reference_pieces(c("lo stigma", "funding", "la formazione", ",", ", grazie ai progetti,",
                            "thanks to the ICB,", "non \u00e8 un problema", "is no longer a problem",
                            "isn't an issue", "per noi", "di formazione", "da poco", "mancano i fondi",
                            "nessun problema"), d, seed = 20261208)
})

test_that("earlier years are the past; existing staff, time as a measure and funds thanked are no barrier", {
  d <- barrier_dictionary()
  x <- c(paste("Negli anni scorsi abbiamo avuto difficolt\u00e0 con la resistenza dei primari",
               "e con la mancanza di fondi. Oggi abbiamo tre peer."),                 # -
         "In previous years we had resistance and no funding. Now it is fine.",     # -
         "Upskilling existing staff to work alongside peers",                       # t
         "Precarious contracts, six months at a time",                              # r
         "Mancano i fondi per garantire il progetto nel tempo",                     # f
         "Oggi, grazie a un finanziamento della Fondazione, abbiamo tre peer.",     # -
         "Mancano i fondi: grazie a un bando abbiamo resistito un anno.",           # f
         "Money's tight, but that's not really the thing stopping us.",             # -
         # (what is missing named as a topic, so that a negation states its lack)
         "non c'\u00e8 chi formi i pari in regione",                                 # t
         "no protected time for peer supervision",                                  # w
         "non so bene fin dove posso arrivare con gli utenti")                      # ro
  expect_coded(x, d, c("", "", "training", "recognition", "funding", "", "funding", "",
                       "training", "wellbeing", "role"), evidence = TRUE)
  expect_false("exist*" %in% d$adequacy)
})

test_that("a cue in a topic's name, 'and more about', a negation that agrees, 'hardly'", {
  d <- barrier_dictionary()
  x <- c(paste("A formal contract, access to supervision, a recognised qualification -",
               "none of these are in place for our peers"),                        # r t w
         "The difficulty is less about resources and more about mindset among senior clinicians", # c
         "Rather than funding or training, it's culture",                       # c
         "Il ruolo non \u00e8 chiaro a nessuno",                                  # ro
         "Resistenze culturali? Nessuna.",                                      # -
         "Hardly anyone here has done any peer support training",               # t
         "Our budget is shrinking")                                             # f
  expect_coded(x, d, c("recognition;training;wellbeing", "cultural", "cultural", "role", "",
                       "training", "funding"), evidence = TRUE)
  expect_true(all(c("hardly", "shrinking") %in% c(d$negation, d$lack)))
})

test_that("a 'sì' after a denial echoes it: the topic is the problem", {
  d <- barrier_dictionary()
  x <- c("I soldi non sono un problema, il tempo s\u00ec",           # o
         "I soldi non sono un problema, il tempo si",                 # o: "si" before the end
         "I fondi ci sono, la formazione s\u00ec",                   # -: no denial
         "Fondi? S\u00ec.")                                          # -
  expect_coded(x, d, c("organisation", "organisation", "", ""), evidence = TRUE)
  expect_reference_pieces(c("i soldi", "non sono un problema", ",", "il tempo", "s\u00ec", "si",
                            "la formazione", "ci sono", "lo stigma", "no"), d, seed = 20261209)
})

test_that("a topic that echoes what was said before says the same, or the opposite", {
  d <- barrier_dictionary()
  # hand-coded: funding (f), training (t), stigma (s), wellbeing (w)
  x <- c("I fondi mancano, la formazione no",                      # f
         "Mancano i fondi, la formazione no",                      # f: not the list's
         "Mancano i fondi, la formazione pure",                    # f;t
         "Mancano i fondi, la formazione pure, la supervisione anche", # f;t;w
         "Non mancano i fondi, la formazione no",                  # t
         "I fondi non mancano, la formazione nemmeno",             # -
         "I fondi ci sono, la formazione no",                      # t
         "Lo stigma \u00e8 un problema, i fondi no",                # s
         "Funding is fine, training too",                          # -
         "Funding is lacking, training is not",                    # f
         "Funding is a problem, training isn't",                   # f
         "Stigma is an issue, funding too",                        # f;s
         "La formazione no",                                       # t: nothing said before
         # a "sì" after a denial; an echo of an echo
         "Nessun problema di fondi, ma di cultura s\u00ec, e tanto.", # c
         "Non mancano i fondi, ma la formazione s\u00ec",           # t
         "Non c'\u00e8 stigma, ma resistenze s\u00ec",               # c
         "I fondi ci sono, la formazione s\u00ec",                  # -
         "Lo stigma non \u00e8 un problema, i fondi s\u00ec, la formazione no", # f
         "Lo stigma non \u00e8 un problema, i fondi nemmeno",        # -
         # "as well" echoes; "as well as" is a coordination
         paste("Training for the team is lacking, supervision for the peers too, and",
               "frankly the budget as well."),                          # f;t;w
         "Funding as well as training are lacking",                 # f;t
         "Training as well as supervision")                         # t;w
  expect_coded(x, d, c("funding", "funding", "funding;training", "funding;training;wellbeing",
                       "training", "", "training", "stigma", "", "funding", "funding",
                       "funding;stigma", "training", "cultural", "training", "cultural", "",
                       "funding", "", "funding;training;wellbeing", "funding;training",
                       "training;wellbeing"), evidence = TRUE)
  ev <- text_evidence(code_text(x[c(1, 5)], d, evidence = TRUE))
  ev <- ev[ev$category == "training", ]
  expect_identical(ev$status, c("uncoded", "coded"))
  expect_identical(ev$rule, c(NA, "echo"))
  expect_identical(ev$cause, c("no", NA))
  # the same without the question's context: an echo says what it says
  expect_identical(code_strings(code_text(x[c(3, 9, 12)], d, context = "none"), d),
                   c("funding;training", "", "funding;stigma"))
  expect_reference_pieces(c("i fondi", "mancano", "non", "ci sono", ",", "la formazione", "no",
                            "pure", "nemmeno", "lo stigma", "\u00e8 un problema", "training",
                            "funding", "is", "too", "not", "e", "ma", "s\u00ec",
                            "nessun problema di", "non \u00e8 un problema", "as", "well",
                            "are lacking"), d, seed = 20261210)
})

test_that("a hedge is a function word: a heading of a long answer still names its topics", {
  d <- barrier_dictionary()
  # hand-coded: funding (f), training (t), wellbeing (w)
  x <- c(paste("Mostly money. Also peers are sometimes left on their own on the wards, with",
               "nobody checking in on how they are coping after a difficult shift."),     # f;w
         paste("Partly training, partly supervision. Funding is not really the issue since",
               "the board has been generous, and the team culture is quite open."),       # t;w
         paste("Soprattutto i fondi. Il progetto \u00e8 partito nel 2022 con due peer assunti",
               "dalla cooperativa e oggi lavorano in tre servizi del territorio."),       # f
         paste("Forse la formazione. Abbiamo avviato il progetto nel 2021 con due peer e una",
               "cooperativa del territorio, e oggi lavorano in tre servizi."))           # t
  expect_coded(x, d, c("funding;wellbeing", "training;wellbeing", "funding", "training"),
               evidence = TRUE)
  expect_true(all(c("mostly", "partly", "soprattutto", "forse") %in% d$skip))
})

test_that("a qualified topic named as the problem lacks; no cue reaches past 'problem'", {
  d <- barrier_dictionary()
  # hand-coded: funding (f), cultural (c), training (t), role (r)
  x <- c("The problem is stable funding.",                                        # f
         "Stable funding is the real issue.",                                     # f
         "The issue is a clear role.",                                            # r
         "Il problema \u00e8 una formazione adeguata",                             # t
         paste("Training isnt an issue as the college runs a good course; the problem",
               "is stable funding."),                                             # f
         "Stable funding is not a problem",                                       # -
         "We have stable funding, the problem is culture",                        # c
         "Abbiamo fondi stabili, il problema \u00e8 la cultura",                   # c
         "We have stable funding and good training")                              # -
  expect_coded(x, d, c("funding", "funding", "role", "training", "funding", "", "cultural",
                       "cultural", ""), evidence = TRUE)
  expect_reference_pieces(c("stable", "funding", "the problem is", "is the real issue",
                            "a clear role", ",", "we have", "culture", "not", "training", "and"),
                          d, seed = 20261211)
})

test_that("what has never been a problem, is not the issue or no issue with us is no barrier", {
  d <- barrier_dictionary()
  # hand-coded: funding (f), stigma (s)
  x <- c("Money hasn't really been the issue.",                     # -
         "Funding has never been an issue",                         # -
         "I fondi non sono mai stati un problema.",                 # -
         "Lo stigma non \u00e8 mai stato un problema, i fondi s\u00ec", # f
         "Funding has never been enough",                           # f
         "Stigma has never been addressed",                         # s
         "We dont really have an issue with stigma or resistance, the teams like it.", # -
         "We have an issue with funding")                           # f
  expect_coded(x, d, c("", "", "", "funding", "funding", "stigma", "", "funding"),
               evidence = TRUE)
})

test_that("after an exclusion, the cue that states a topic's lack puts it in the exclusion's place", {
  d <- barrier_dictionary()
  # hand-coded: recognition (r), funding (f)
  x <- c("Il problema non \u00e8 la formazione, \u00e8 che non c'\u00e8 un contratto possibile.", # r
         "I fondi non sono un problema, non abbiamo un contratto",                    # r
         "Lo stigma non \u00e8 un problema, e nemmeno i fondi.",                       # -
         "Lo stigma non \u00e8 un problema, non c'\u00e8 stigma",                       # -
         "Training isn't the problem, we don't have any funding")                      # f
  expect_coded(x, d, c("recognition", "recognition", "", "", "funding"), evidence = TRUE)
  expect_reference_pieces(c("il problema non \u00e8", "la formazione", ",", "\u00e8 che",
                            "non c'\u00e8", "un contratto", "nemmeno", "i fondi",
                            "non \u00e8 un problema", "lo stigma", "non abbiamo"),
                          d, seed = 20261212)
})

test_that("a number marks a heading's list; 'not to forget' is 'not only'", {
  d <- barrier_dictionary()
  # hand-coded: funding (f), training (t), organisation (o), stigma (s)
  x <- c(paste("In sintesi, per ordine di importanza: 1) fondi; 2) formazione; 3) tempo.",
               "Il resto, con un po' di pazienza e di buona volont\u00e0, si pu\u00f2 gestire."), # f;t;o
         "E non dimentichiamo lo stigma.",                                   # s
         "Not to mention stigma.",                                           # s
         "Don't forget the funding.",                                        # f
         "Lo stigma non \u00e8 un problema.")                                 # -
  expect_coded(x, d, c("funding;training;organisation", "stigma", "stigma", "funding", ""),
               evidence = TRUE)
})

test_that("a lack said after a topic that is there codes it again", {
  d <- barrier_dictionary()
  # hand-coded funding (f) and training (t)
  x <- c("I fondi ci sono ma sono pochi",                 # f: the lack is of the funds
         "I fondi ci sono, ma non bastano",                # f: adequacy negated
         "La formazione c'\u00e8 ma \u00e8 scarsa",          # t
         "Fondi ce ne sono pochi e arrivano tardi",        # f: no separator before the cue
         "I fondi ci sono, ma non pochi",                  # -: the lack is negated
         "I fondi ci sono, manca la volont\u00e0 politica", # -: the lack governs another word
         "I fondi ci sono ma mancano operatori formati",   # t: the lack governs a topic
         "Fondi ce ne sono; quello che manca \u00e8 la supervisione", # -: funding
         "I fondi ci sono: pochi i corsi",                 # t: a colon; the lack is of courses
         "Fondi ce ne sono")                               # -
  got <- code_text(x, d, context = "none")
  expect_identical(got$funding, c(TRUE, TRUE, FALSE, TRUE, rep(FALSE, 6)))
  expect_identical(got$training, c(FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, TRUE, FALSE,
                                   TRUE, FALSE))
  for (ctx in c("none", "barrier"))
    expect_identical(unname(as.matrix(code_text(x, d, context = ctx))),
                     unname(ref_code(x, d, context = ctx)$codes))
  ev <- text_evidence(code_text(x[1:4], d, evidence = TRUE))
  rev <- ev[ev$category %in% c("funding", "training") & ev$kind == "topic", ]
  expect_identical(rev$status, rep("coded", 4))
  expect_identical(rev$rule, rep("cue", 4))
  expect_true(all(is.na(rev$cause)))
})

test_that("approximate matching reads words of 6+ letters at edit distance 1", {
  f <- data.frame(category = c("t", "s", "r"), language = "it",
                  pattern = c("formazione", "stigma", "riconosciut*"))
  x <- c("formazzione", "fromazione", "formazone", "formaziona", "stgima", "stigam",
         "riconoscuta", "formazzionee", "stima", "formazione")
  on <- code_text(x, text_dictionary(f, approximate = TRUE))
  off <- code_text(x, text_dictionary(f))
  expect_identical(on$t, c(TRUE, TRUE, TRUE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, TRUE))
  expect_identical(on$s, c(FALSE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE, FALSE, FALSE, FALSE))
  expect_identical(on$r, c(rep(FALSE, 6), TRUE, FALSE, FALSE, FALSE))
  expect_identical(off$t, c(rep(FALSE, 9), TRUE))
  ev <- text_evidence(code_text(x[1], text_dictionary(f, approximate = TRUE), evidence = TRUE))
  expect_identical(ev$rule, "approximate")
  # each agrees with the plain-R edit distance
  base <- utils::adist(x[1:6], "formazione")[, 1]
  expect_identical(on$t[1:4], base[1:4] <= 1 | x[1:4] == "fromazione")
  # ... and begins with the pattern word's letter: "barriera" is not "carriera"
  f2 <- data.frame(category = "c", language = "it", pattern = c("carriera", "stigmatizz*"))
  y <- c("nessuna barriera", "carriere", "la carierra", "ctigmatizzati", "stigmatizati",
         "xcarriera")
  got <- code_text(y, text_dictionary(f2, approximate = TRUE))$c
  first <- vapply(strsplit(y, " "), function(w) {
    w <- w[nchar(w) >= 6]
    stem <- vapply(w, function(v) any(utils::adist(substr(v, 1, 9:11), "stigmatizz") <= 1),
                   logical(1))
    any((substr(w, 1, 1) == "c" & utils::adist(w, "carriera")[, 1] <= 1) |
        (substr(w, 1, 1) == "s" & stem))
  }, logical(1))
  expect_identical(got, first)
  expect_identical(got, c(FALSE, TRUE, FALSE, FALSE, TRUE, FALSE))
  # a vowel replaced by another before the last letter makes another word:
  # edit distance 1 by adist(), but no typo
  f3 <- data.frame(category = "o", language = "it", pattern = "procedure")
  z <- c("procedere", "procedura", "prcedure", "procedrue", "procedkre", "pracedure")
  one <- utils::adist(z, "procedure")[, 1] <= 1 | z == "procedrue"
  chars <- strsplit(z, "")
  vowel_swap <- vapply(chars, function(ch) {
    p <- strsplit("procedure", "")[[1L]]
    if (length(ch) != length(p)) return(FALSE)
    k <- which(ch != p)
    length(k) == 1L && k < length(p) && all(c(ch[k], p[k]) %in% c("a", "e", "i", "o", "u"))
  }, logical(1))
  got <- code_text(z, text_dictionary(f3, approximate = TRUE))$o
  expect_identical(got, one & !vowel_swap)
  expect_identical(got, c(FALSE, TRUE, TRUE, TRUE, TRUE, FALSE))
  # ordinary words one letter from the shipped frame's contract are no typos
  # of it (adist() says they are one edit away); its own typos still are
  w <- c("mancanza di contatto con i servizi", "nessun contrasto con i colleghi",
         "mancano i contatti con il territorio", "manca il contrato", "contrati precari")
  near <- vapply(regmatches(w, regexpr("cont[a-z]+", w)), function(v)
    any(utils::adist(substring(v, 1, 7:9), "contratt") <= 1), NA)
  expect_true(all(near))
  expect_identical(code_text(w, barrier_dictionary())$recognition,
                   c(FALSE, FALSE, FALSE, TRUE, TRUE))
})

test_that("threads give the same codes and evidence, in the same order, as one thread", {
  old <- options(peersurvey.threads = 1L)
  on.exit(options(old))
  d <- barrier_dictionary()
  # enough answers for several chunks and rounds, with NA and empty answers
  set.seed(3)
  x <- sample(c(barrier_answers$text, NA, ""), 40000L, replace = TRUE)
  one <- code_text(x, d, evidence = TRUE)
  options(peersurvey.threads = 2L)
  two <- code_text(x, d, evidence = TRUE)
  expect_identical(two, one)
  expect_identical(text_evidence(two), text_evidence(one))
  # each answer coded alone gives its row
  i <- c(1L, 513L, 20000L, 40000L)
  expect_identical(unname(as.matrix(code_text(x[i], d))), unname(as.matrix(one[i, ])))
  # invalid text is found whichever thread reads it
  bad <- "\xff"
  Encoding(bad) <- "UTF-8"
  expect_error(code_text(c(x[1:30000], bad), d), "element 30001", class = "peersurvey_bad_encoding")
  options(peersurvey.threads = 0)
  expect_error(code_text("a", d), "peersurvey.threads")
  options(peersurvey.threads = "2")
  expect_error(code_text("a", d), "peersurvey.threads")
})

test_that("the word cache gives every word what the dictionary gives it", {
  # words that share their first 8 or 16 bytes, of 8 to 18 letters, in
  # capitals and with accents, next to patterns of those lengths
  d <- text_dictionary(data.frame(
    category = c("a", "b", "c", "d", "a"), language = "it",
    pattern = c("finanziam*", "finanziamenti", "abcdefghijklmnopq", "abcdefgh ijklmnop",
                "abcdefgh")), negation = "non")
  words <- c("finanzia", "finanziam", "finanziamento", "finanziamenti", "FINANZIAMENTI",
             "finanziamentì", "Finanziamenti", "abcdefgh", "abcdefghi", "ABCDEFGH",
             "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqr", "ABCDEFGHIJKLMNOPQ",
             "abcdefgh ijklmnop", "abcdefghijklmnopz")
  set.seed(7)
  x <- vapply(1:200, function(i) paste(sample(words, 5, TRUE),
                                       collapse = sample(c(" ", ", ", " non "), 1)), "")
  expect_identical(unname(as.matrix(code_text(x, d))), unname(ref_code(x, d)$codes))
  # 140000 distinct words in one call, more than the cache keeps (it is
  # emptied and filled again), half of them alike in their first 8 or 16
  # bytes and their length ("abcdefgh00042", "abcdefghijklmnop00042"), some
  # of those patterns; calls of 10000 answers keep all of their words
  k <- sprintf("%05d", seq_len(35000))
  alike <- c(paste0("abcdefgh", k), paste0("abcdefghijklmnop", k))
  hit <- sample(alike, 40)
  d2 <- text_dictionary(data.frame(category = rep(c("a", "b"), 20), language = "it",
                                   pattern = hit))
  y <- paste(sample(alike), paste0("w", seq_len(70000), "x"))
  whole <- code_text(y, d2)
  parts <- lapply(split(seq_along(y), rep(1:7, each = 10000)),
                  function(i) as.matrix(code_text(y[i], d2)))
  expect_identical(unname(as.matrix(whole)), unname(do.call(rbind, parts)))
  first <- sub(" .*", "", y)
  expect_identical(unname(as.matrix(whole)),
                   cbind(first %in% hit[c(TRUE, FALSE)], first %in% hit[c(FALSE, TRUE)]))
  i <- c(which(first %in% hit)[1:20], sample(70000, 50))
  expect_identical(unname(as.matrix(whole[i, ])), unname(ref_code(y[i], d2)$codes))
})

test_that("plus and ampersand end list items; nn negates; a barrier overcome is none", {
  d <- barrier_dictionary()
  x <- c("fondi + formazione", "fondi & training", "fondi formazione",
         "nn ci sono problemi di budget", "non ci sono problemi di budget",
         "abbiamo superato le resistenze iniziali; resta il nodo del finanziamento",
         "le resistenze non sono ancora superate",
         "il problema dei fondi è stato risolto, manca la formazione",
         "bisognerebbe formare gli operatori")
  got <- code_text(x, d, evidence = TRUE)
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got)), unname(ref$codes))
  expect_identical(ev_key(text_evidence(got)), ref_key(ref, d))
  coded <- function(i) names(got)[unlist(got[i, ])]
  # as a coder reads them
  expect_setequal(coded(1), c("funding", "training"))
  expect_setequal(coded(2), c("funding", "training"))
  expect_identical(coded(4), coded(5))
  expect_identical(coded(4), character())
  expect_identical(coded(6), "funding")
  expect_identical(coded(7), "cultural")
  expect_identical(coded(8), "training")
  expect_identical(coded(9), "training")
  # the separators as text_words() reports them: a new segment at + and &
  w <- text_words("fondi + formazione & tempo")
  expect_identical(w$segment, 1:3)
})

test_that("a lack before a topic that an adequacy word qualifies codes the topic", {
  d <- barrier_dictionary()
  x <- c("mancanza di un ruolo definito", "manca un profilo riconosciuto",
         "ruolo definito", "abbiamo un ruolo definito",
         "mancano i fondi, il ruolo definito c'\u00e8", "lack of a defined role")
  got <- code_text(x, d)
  # by hand: the topic so qualified is what is lacking; an adequacy word with
  # no lack, or a list item between the lack and the topic, leaves it adequate
  want <- list("role", "recognition", character(), character(), "funding", "role")
  expect_identical(coded_categories(got, d), want)
  # and as the plain-R reference reads the rule
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("the frame's idioms code what is lacking, not what is named as working", {
  d <- barrier_dictionary()
  x <- c("chi li paga?", "who pays them?", "Resistenze culturali: non si tratta di cattiveria, ma di abitudine",
         "mancanza di fondi: non si tratta di volontà", "chi paga è la regione, nessun problema",
         "positive mindset", "I LEA prevedono il peer support", "un esperto ha avuto ricadute")
  got <- code_text(x, d)
  # by hand
  want <- list("funding", "funding", "cultural", "funding", character(), character(),
               character(), "wellbeing")
  expect_identical(coded_categories(got, d), want)
})

test_that("a negation before a topic qualified by a cue of adequacy states its lack", {
  d <- barrier_dictionary()
  x <- c("nn c'\u00e8 un profilo professionale riconosciuto x l'esperto",
         "non abbiamo una supervisione strutturata",
         "Non c'\u00e8 un ruolo definito n\u00e9 una formazione adeguata",
         "Nessun problema di fondi, ruolo chiaro", "Nessuna barriera: formazione adeguata",
         "non manca un ruolo definito", "ruolo definito",
         "il ruolo definito non c'\u00e8", "una formazione adeguata manca",
         "la formazione adeguata non manca", "fondi adeguati non ce ne sono",
         "il ruolo definito c'\u00e8", "ruolo definito, non abbiamo problemi",
         "ruolo definito? non so", "A clear role does not exist",
         "Adequate funding is not available", "Adequate funding exists",
         "Clear role not enough funding", "ruolo chiaro non abbiamo fondi")
  got <- code_text(x, d)
  # by hand: the negation governs the topic so qualified; one held by an
  # earlier exclusion ("Nessun problema di fondi,") or across a colon does
  # not, and a negated lack is no lack; after the qualifier (or after the
  # topic, for a qualifier before it), the next cue or a lone negation cue in
  # its predicate decides, unless another match follows it there
  want <- list("recognition", "wellbeing", c("training", "role"), character(), character(),
               character(), character(), "role", "training", character(), "funding",
               character(), character(), character(), "role", "funding", character(),
               "funding", "funding")
  expect_identical(coded_categories(got, d), want)
  # in a frame of one topic, the rule alone
  f <- text_dictionary(data.frame(category = "c", language = "it", pattern = "ruolo",
                                  kind = "topic"))
  expect_identical(code_text(c("non c'\u00e8 un ruolo chiaro", "un ruolo chiaro",
                               "non: un ruolo chiaro"), f)$c, c(TRUE, FALSE, FALSE))
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("the frame codes everyday verbs of a missing decision, pay, acceptance, training, tiredness and priority", {
  d <- barrier_dictionary()
  x <- c("la Regione non ha mai deliberato nulla sul tema", "non sappiamo come pagarli",
         "l'equipe fatica ad accettarli", "si stancano presto", "Management don't prioritise it",
         "i colleghi non li considerano un peso", "Funding is fine and management prioritise it",
         "Nobody has been trained", "Staff haven't been trained", "All staff have been trained",
         "Peers are trained but there is no supervision",
         "Le normative regionali non prevedono questa figura",
         "non avevamo previsto nessuna forma di sostegno per loro",
         "there is no structured support for them", "We offer structured support to all peers",
         "We don't offer supervision", "we provide training but there is no funding",
         "eccessiva medicalizzazione del servizio", "Too much medicalisation")
  got <- code_text(x, d, context = "barrier")
  # by hand
  want <- list("recognition", "funding", "cultural", "wellbeing", "organisation", character(),
               character(), "training", "training", character(), "wellbeing", "recognition",
               "wellbeing", "wellbeing", character(), "wellbeing", "funding", "cultural",
               "cultural")
  expect_identical(coded_categories(got, d), want)
})

test_that("the frame codes pay, placement, shifts, patients, months, hypothetical cuts and 'nn'", {
  d <- barrier_dictionary()
  x <- c("nessun riconoscimento economico", "Peers receive only travel expenses",
         "Pay is poor", "Stipendio.", "nessuno ha capito dove collocarli",
         "non sappiamo dove metterli", "non riusciamo a coprire i turni",
         "I colleghi li trattano come pazienti", "They are treated as patients by the team",
         "Il pregiudizio dei colleghi verso i peer", "i primari frenano",
         "l'ufficio del personale impiega mesi per un contratto", "HR takes months",
         "Se la Regione tagliasse i fondi chiuderemmo", "If funding gets cut we will stop",
         "Il progetto regge, ma i fondi sono stati tagliati",
         "l'ASL nn riconosce la figura", "In assenza di linee di indirizzo regionali",
         "il peer lavora come volontario")
  got <- code_text(x, d, context = "barrier")
  # by hand, by the coding rules of data-raw/barrier_answers-rules.md:
  # unpaid or underpaid peers are funding (the level of pay is no standing
  # of the role); staff treating peers as patients hold a
  # stigma that is their stance towards the role (cultural too); a cut said
  # as a hypothesis is no barrier of today
  want <- list("funding", "funding", "funding", "funding", "role", "role", "organisation",
               c("cultural", "stigma"), c("cultural", "stigma"), c("cultural", "stigma"),
               "cultural", "organisation", "organisation", character(), character(),
               "funding", "recognition", "recognition", "recognition")
  expect_identical(coded_categories(got, d), want)
})

test_that("the frame codes work grants, crises, certificates, rules, laughter, changes of director and 'nn' exclusions", {
  d <- barrier_dictionary()
  x <- c("li possiamo pagare solo con borse lavoro", "nessun attestato",
         "Nessun budget, nessun corso, nessuna norma.",
         "il problema nn sono i soldi, mancano i corsi",
         "Troppe emergenze: il peer support finisce in fondo alla lista",
         "Staff are on board and the funding's there.",
         "We have clear job descriptions for all peers.",
         "Manca una definizione chiara di cosa il peer possa fare.",
         "Pregiudizi da parte dei famigliari degli utenti.",
         "Pregiudizi da parte degli operatori.",
         "I colleghi ci ridono sopra: \"adesso i pazienti curano i pazienti\".",
         "Il direttore \u00e8 cambiato tre volte in due anni.",
         "Le risorse ci sono ma sono vincolate a progetti annuali.",
         "non sapevano in che categoria inquadrare la figura",
         "nessuno ha spiegato agli operatori come lavorare con loro",
         "il rischio che vengano schiacciati dalla responsabilit\u00e0",
         "il peer non sa a chi rispondere", "la ASL ha inserito gli ESP in pianta organica",
         "la ASL non ha inserito gli ESP in pianta organica",
         "nobody has capacity to supervise new peer workers",
         "No one in the team has been trained to work alongside peers.",
         "Everyone in the team has been trained.")
  got <- code_text(x, d, context = "barrier")
  # by hand, by the coding rules: prejudice of families is stigma only, of
  # professionals cultural too; "in fondo" is no fund
  want <- list("funding", "training", c("recognition", "funding", "training"), "training",
               "organisation", character(), character(), "role", "stigma",
               c("cultural", "stigma"), c("cultural", "stigma"), "organisation", "funding",
               "recognition", "training", "wellbeing", "role", character(), "recognition",
               "wellbeing", "training", character())
  expect_identical(coded_categories(got, d), want)
})

test_that("the frame codes telegraphic wording; 'trovato' is a cue of adequacy", {
  d <- barrier_dictionary()
  x <- c("niente regole regionali", "fondi ok, manca formaz.", "solo co.co.co, mai assunti",
         "ritmi impossibili", "1 progetto, finanziato x 1 anno",
         "gli infermieri non sanno come collaborare con un ESP",
         "the team never learned how to work alongside them",
         "li considerano pazienti e non colleghi", "il sapere esperienziale vale zero",
         "la gente li tratta ancora da malati", "per loro il paziente resta paziente",
         "still seen as ex-patients",
         "Nobody is clear where peer work ends and care coordination begins",
         "cmq il prob nn sono i soldi", "Formazione fatta, fondi trovati, ruolo chiaro",
         "non abbiamo trovato fondi")
  got <- code_text(x, d, context = "barrier")
  # by hand, by the coding rules
  want <- list("recognition", "training", "recognition", "organisation", "funding",
               "training", "training", "cultural", "cultural", "stigma", "stigma", "stigma",
               "role", character(), character(), "funding")
  expect_identical(coded_categories(got, d), want)
  expect_true("trovat*" %in% d$adequacy)
})

test_that("the frame codes idioms of pay, tiredness, resistance, exposure, placement and tenders", {
  d <- barrier_dictionary()
  x <- c("alcuni fanno il gruppo serale senza essere pagati",
         "i peer pagano le trasferte di tasca propria", "Peers are running on empty",
         "l'Ordine si mette di traverso", "come se fosse ancora un malato",
         "non vengono invitati alle riunioni d'equipe", "il posto \u00e8 rimasto vacante",
         "The board has never formally adopted peer support",
         "ESP sottopagati, 7 euro l'ora")
  got <- code_text(x, d, context = "barrier")
  # by hand, by the coding rules
  want <- list("funding", "funding", "wellbeing", "cultural", "stigma", "role",
               "organisation", "recognition", "funding")
  expect_identical(coded_categories(got, d), want)
})

test_that("a question mark after the first words of a clause reads as a colon", {
  d <- barrier_dictionary()
  x <- c("Fondi? Ci sono. Formazione? Fatta. Il problema \u00e8 il ruolo: nessuno sa bene dove collocarlo",
         "Funding? Secure.", "Fondi? Pochi.", "Ruolo? Poco chiaro.", "Barriers? None.",
         "Come facciamo a pagarli? Non ci sono fondi.", "Fondi ?? ci sono",
         "Quali sono le barriere principali? Fondi.", "Fondi?! ci sono")
  got <- code_text(x, d, context = "barrier")
  # by hand: "X? Y" is "X: Y" after at most three words, with only spaces
  # and question marks between
  want <- list("role", character(), "funding", "role", character(), "funding", character(),
               "funding", "funding")
  expect_identical(coded_categories(got, d), want)
  # the clauses and segments as text_words() shows them, against a count of
  # the marks by hand
  w <- text_words("Fondi? Ci sono. Formazione ?  Fatta. Le barriere principali quali sono? Fondi")
  expect_identical(w$clause, rep(1:4, c(3, 2, 5, 1)))
  expect_identical(w$segment, rep(1:6, c(1, 2, 1, 1, 5, 1)))
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("a cue after a topic does not govern a topic that complements a match before it", {
  d <- barrier_dictionary()
  x <- c("riconoscimento giuridico del ruolo: assente",
         "il riconoscimento giuridico del ruolo: non esiste",
         "i fondi per la supervisione: non ci sono", "Recognition of the role: absent",
         "formazione e supervisione: assenti", "riconoscimento, ruolo: assenti",
         "mancano fondi e supervisione")
  got <- code_text(x, d, context = "barrier")
  # by hand: the complement ("del ruolo", "per la supervisione") is what the
  # first topic is about; items of a list are not complements
  want <- list("recognition", "recognition", "funding", "recognition",
               c("training", "wellbeing"), c("recognition", "role"), c("funding", "wellbeing"))
  expect_identical(coded_categories(got, d), want)
  # in a frame of two topics, the rule alone
  f <- text_dictionary(data.frame(category = c("a", "b"), language = "it",
                                  pattern = c("fondi", "ruolo"), kind = "topic"))
  expect_identical(unname(as.matrix(code_text(c("fondi del ruolo: scarsi", "fondi, ruolo: scarsi",
                                                "fondi e ruolo: scarsi"), f))),
                   matrix(c(TRUE, TRUE, TRUE, FALSE, TRUE, TRUE), 3))
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("a problem denied after it, negative concord, a negated lack and an exclusion of one match", {
  d <- barrier_dictionary()
  x <- c("Le resistenze non ci sono", "Lo stigma non esiste pi\u00f9", "Resistenze: nessuna",
         "Stigma doesn't exist anymore", "le resistenze non ci permettono di lavorare",
         "lo stigma non \u00e8 stato superato", "Le resistenze non ci sono pi\u00f9, mancano i fondi",
         "non mancano mai i fondi", "il problema non \u00e8 la formazione",
         "non c'\u00e8 supervisione, formazione e tempo", "non manca un ruolo definito",
         "manca un ruolo definito", "la burocrazia rallenta tutto da tempo",
         "i fondi ci sono", "lo stigma non \u00e8 un problema, n\u00e9 le resistenze")
  got <- code_text(x, d)
  # by hand: a denial after a problem cancels it only when nothing but
  # function words and negation cues follow; several negation cues around
  # one cue negate it once; a negated lack before a qualified topic cancels it;
  # an exclusion that holds a match ("da tempo") cancels only that match
  want <- list(character(), character(), character(), character(), "cultural", "stigma",
               "funding", character(), character(), c("training", "organisation", "wellbeing"),
               character(), "role", "organisation", character(), character())
  expect_identical(coded_categories(got, d), want)
  ev <- text_evidence(code_text(x[c(1, 3)], d, evidence = TRUE))
  expect_identical(ev$cause[ev$answer == 1], "non")
  expect_identical(ev$cause[ev$answer == 2], "nessuna")
  # in a frame of one problem: a word that is not a function word after the
  # negation ("poche", "bastano") keeps the problem
  f <- text_dictionary(data.frame(category = "c", language = "it", pattern = "resistenz*"))
  expect_identical(code_text(c("resistenze non poche", "resistenze: nessuna",
                               "resistenze non ci sono mai", "resistenze non bastano"), f)$c,
                   c(TRUE, FALSE, FALSE, TRUE))
  # and as the plain-R reference reads the rules
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("a problem denied after a colon with function words before the cue", {
  d <- barrier_dictionary()
  x <- c("Resistenze: praticamente nessuna", "Resistenze: quasi nessuna",
         "Resistance: basically none", "Stigma? Direi nessuno.",
         "Resistenze: praticamente ovunque", "Funding: practically none",
         "Resistenze: quasi nessuna. Fondi: pochi.", "Resistenze praticamente nessuna")
  got <- code_text(x, d)
  # by hand: a problem ("resistenze", "stigma") said to be none is no
  # barrier, whatever softening word comes first; a word that is no function
  # word ("ovunque") keeps it; a topic said to be none lacks ("Funding:
  # practically none" is a lack of funding); without the colon the softener
  # is a function word of the segment, as before
  want <- list(character(), character(), character(), character(), "cultural", "funding",
               "funding", character())
  expect_identical(coded_categories(got, d), want)
  ev <- text_evidence(code_text(x[1:3], d, evidence = TRUE))
  expect_identical(ev$status[ev$category == "cultural"], rep("negated", 3L))
  expect_identical(ev$cause[ev$category == "cultural"], c("nessuna", "nessuna", "none"))
  # in a frame of one problem
  f <- text_dictionary(data.frame(category = "c", language = "it", pattern = "resistenz*"))
  expect_identical(code_text(c("resistenze: quasi nessuna", "resistenze: quasi ovunque",
                               "resistenze: quasi nessuna accettazione"), f)$c,
                   c(FALSE, TRUE, TRUE))
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("what follows the next \"n\u00e9\" is said of the next item, not of the topic", {
  d <- barrier_dictionary()
  x <- c("Non mancano n\u00e9 i fondi n\u00e9 la buona volont\u00e0.",
         "Non mancano n\u00e9 fondi n\u00e9 la buona volont\u00e0",
         "Non mancano n\u00e9 i fondi n\u00e9 la formazione",
         "Non abbiamo n\u00e9 i fondi n\u00e9 la formazione",
         "n\u00e9 fondi n\u00e9 formazione",
         "i fondi ci sono ma non la buona volont\u00e0",
         "Nessuna delle barriere classiche, n\u00e9 economiche n\u00e9 culturali.")
  got <- code_text(x, d)
  # by hand: "non mancano" denies the lack of every item of "né ... né",
  # and "buona" after the next "né" is said of the good will, not of the
  # funds; "non abbiamo né ... né" lacks both; "nessuna delle barriere"
  # denies the barriers that follow it
  want <- list(character(), character(), character(), c("funding", "training"),
               c("funding", "training"), character(), character())
  expect_identical(coded_categories(got, d), want)
  # in a frame of one topic: a cue of adequacy after the next "né" says
  # nothing of it, whether the topic is denied lacking or lacking
  f <- text_dictionary(data.frame(category = "c", language = "it", pattern = "fondi",
                                  kind = "topic"))
  expect_identical(code_text(c("non mancano n\u00e9 i fondi n\u00e9 la buona volont\u00e0",
                               "non mancano i fondi, non la buona volont\u00e0",
                               "non abbiamo n\u00e9 i fondi n\u00e9 la buona volont\u00e0",
                               "n\u00e9 i fondi n\u00e9 la buona volont\u00e0"), f)$c,
                   c(FALSE, FALSE, TRUE, TRUE))
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("the frame knows the words of the blind sets of other respondents and countries", {
  d <- barrier_dictionary()
  x <- c("Le \u00e9quipe hanno carichi di lavoro tali che nessuno ha tempo di affiancare il peer",
         "Mancano ore: solo 6 ore a settimana per tre facilitatori",
         "Il peer non sa dove collocarsi: non \u00e8 utente, non \u00e8 operatore.",
         "Carichi emotivi pesanti e nessuno spazio di decompressione.",
         "Le ATS finanziano solo progetti sperimentali di dodici mesi",
         "Non \u00e8 vero che manchi la formazione: l'ASL ha organizzato tre corsi.",
         "Fino all'anno scorso mancavano i fondi; ora siamo coperti.",
         "Stiamo organizzando un corso di formazione per ESP",
         "il ruolo \u00e8 scritto nero su bianco nel regolamento",
         "Boundaries are blurry; people aren't sure who does what",
         "the rate is so low it doesn't cover the cost of the position",
         "Professional territorialism, particularly from social work",
         "Communication between the peer team and the CMHT is poor",
         "HR clearances were a problem a few years ago but those are resolved",
         "abbiamo ore dedicate", "poche ore di formazione")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary:
  # workloads that the teams "have" are a burden, not a resource; a lack
  # that the answer says is not true, a barrier of the past, a plan and a
  # role written down are no barrier; "aren't sure who does what" states
  # the unclear role; hours too few are time, of training training
  want <- list(c("organisation", "wellbeing"), "organisation", "role", "wellbeing", "funding",
               character(), character(), character(), character(), "role", "funding",
               "cultural", "organisation", character(), character(), "training")
  expect_identical(coded_categories(got, d), want)
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("the frame knows the words of two more blind sets of everyday answers", {
  d <- barrier_dictionary()
  x <- c("nessuno sa bene dove collocarli nell'equipe",
         "Non si capisce bene chi debba fare cosa",
         "Nobody's quite sure where they fit, so they get pulled in five different directions.",
         "Le ore sono quelle che sono: gli operatori corrono da un'urgenza all'altra",
         "la mancanza di un coordinatore", "abbiamo un coordinatore",
         "nessuno ha insegnato loro come lavorare con un pari",
         "continua a guardare male chi \u00e8 stato in cura",
         "Psichiatri della vecchia scuola che pensano che solo il camice curi",
         "i peer restano senza paracadute quando vanno in crisi",
         "Staff have never been shown how to work alongside a peer worker",
         "The sticking point is that the HSE hasn't formally recognised the grade.",
         "Money's not our headache, we've got charity backing for three years.",
         "Not much in the way of resistance from staff; the gap is really in supervision.",
         "The training is decent, the funding's secure, but nobody has sorted out who supervises them.",
         "The posts are all fixed-term, renewed every twelve months if we're lucky.")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary: "nobody
  # knows" and "one cannot tell" state the lack, they do not deny it; a
  # coordinator had is none lacking; money that is "not our headache" and
  # resistance of which there is "not much in the way" are no barrier;
  # "decent" training is adequate
  want <- list("role", "role", "role", "organisation", "organisation", character(), "training",
               "stigma", "cultural", "wellbeing", "training", "recognition", character(),
               "wellbeing", "wellbeing", "recognition")
  expect_identical(coded_categories(got, d), want)
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("the frame knows the words of two more short blind sets", {
  d <- barrier_dictionary()
  x <- c("non \u00e8 chiaro dove si collochi nel lavoro di \u00e9quipe",
         "manca piuttosto la disponibilit\u00e0 dei primari a mettersi in gioco",
         "sostenuto da una fondazione privata e non sappiamo se verr\u00e0 rinnovato",
         "pagati con buoni o gettoni simbolici",
         "The service is very hierarchical and peers have no say",
         "Public perception of mental illness is still very negative",
         "the peer role has no standing in the enterprise agreement",
         "they're left to fend for themselves",
         "volunteer their time for nothing")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary
  want <- list("role", "cultural", "funding", "funding", "cultural", "stigma", "recognition",
               "wellbeing", "funding")
  expect_identical(coded_categories(got, d), want)
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("prejudice of professionals is stigma and cultural, stigma among them stigma", {
  d <- barrier_dictionary()
  x <- c("pregiudizi dei colleghi nei confronti dei peer", "pregiudizi da parte dei medici",
         "some face discrimination from colleagues", "prejudice among clinicians",
         "Stigma interno ai servizi.", "Stigma. Self stigma. Stigma from staff.",
         "nessun pregiudizio dei colleghi")
  got <- code_text(x, d)
  # by hand (?barrier_dictionary, "stigma"): prejudice of professionals
  # towards peers is their stance too (cultural); stigma among them is
  # stigma only; negated, neither
  want <- list(c("cultural", "stigma"), c("cultural", "stigma"), c("cultural", "stigma"),
               c("cultural", "stigma"), "stigma", "stigma", character())
  expect_identical(coded_categories(got, d), want)
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("the frame knows the words of two more blind sets", {
  d <- barrier_dictionary()
  x <- c("i colleghi nn vedono il valore del sapere esperienziale",
         "difficile inserire il peer nell'equipe", "troppe priorit\u00e0, il covid ha stravolto tutto",
         "psichiatri arroccati sulle loro posizioni", "pregiudizi degli op. verso i peer",
         "i peer nn sono pronti, vanno preparati meglio", "protezione dei peer nn garantita",
         "confusione su chi debba fare cosa tra peer ed educatori",
         "il servizio non sa come sostenerli quando sono in crisi",
         "non c'\u00e8 nessuna figura che coordini il progetto",
         "Peers are paid in shopping vouchers, like volunteers",
         "the service hasn't offered much in the way of support",
         "she is often left on her own to deal with distressed people",
         "no one to coordinate the programme across sites",
         "employed through an NGO, not by the health service directly",
         "they are not really part of the team",
         "I fondi ci sarebbero, la volont\u00e0 anche", "Con il tempo qualcosa sta cambiando",
         "i peer hanno una stanza loro", "Pur avendo fondi dedicati, non riusciamo ad assumere",
         "A causa dei tagli al personale i colleghi sono oberati",
         "nessuno ha il tempo di seguire il progetto", "we train peers and then they move on",
         "gli operatori hanno poco tempo", "hanno fondi ma non formazione")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary:
  # experiential knowledge not valued and prejudice of professionals are
  # cultural; peers unready of themselves are training, not resistance;
  # funds that "would be there", had or held, time that passes, a room the
  # peers have, and training as a plain verb name no barrier; cuts of staff
  # without money named are organisation; a negated support is a lack
  want <- list("cultural", "role", "organisation", "cultural", c("cultural", "stigma"),
               "training", "wellbeing", "role", "wellbeing", "organisation",
               c("recognition", "funding"), "wellbeing", "wellbeing", "organisation",
               "recognition", "role", character(), character(), character(), character(),
               "organisation", "organisation", character(), "organisation", "training")
  expect_identical(coded_categories(got, d), want)
  ref <- ref_code(x, d)
  expect_identical(unname(as.matrix(got[d$categories])), unname(ref$codes))
})

test_that("the frame knows more idioms, and time phrases that date are not time", {
  d <- barrier_dictionary()
  x <- c("nessuno li paga", "Clinicians don't see the value of lived experience",
         "temono che gli ESP gli rubino il lavoro", "non sapremmo come assumerli",
         "HR doesn't know how to employ them", "Peers burning out with no one to support them",
         "Tempi", "non hanno spazi di elaborazione", "scarsa conoscenza del peer support",
         "in tempi recenti abbiamo avviato il progetto", "il progetto parte in tempi lunghi")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary
  want <- list("funding", "cultural", "cultural", "recognition", "recognition", "wellbeing",
               "organisation", "wellbeing", "training", character(), "organisation")
  expect_identical(coded_categories(got, d), want)
})

test_that("peers at risk, missing contacts and hours, and funds secured until a date are coded", {
  d <- barrier_dictionary()
  x <- c("i peer rischiano ricadute e nessuno li sostiene",
         "I peer vengono caricati di troppe responsabilit\u00e0 senza supporto adeguato",
         "Mancano ore dedicate e un referente che segua i peer",
         "No lack of funding, but staff don't know how to work alongside peers",
         "Lo stigma non \u00e8 pi\u00f9 un problema da noi; semmai mancano le ore di formazione",
         "fondi regionali garantiti solo fino al 2026",
         "i peer lavorano gratis",
         # controls: the same words saying nothing is lacking, or of someone else
         "abbiamo un referente dedicato e ore dedicate", "il supporto tra pari funziona bene",
         "i fondi sono garantiti fino al 2026", "senza supporto della direzione",
         "mancano i fondi, senza sostegno della regione", "poche ore dedicate al progetto")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary: hours
  # of training too few are training, not time
  want <- list("wellbeing", "wellbeing", c("organisation", "wellbeing"), "training", "training",
               "funding", "funding", character(), character(), character(), character(),
               "funding", "organisation")
  expect_identical(coded_categories(got, d), want)
})

test_that("colleagues fearing for their role, low pay and a past start are coded as by hand", {
  d <- barrier_dictionary()
  x <- c("Qualche collega teme la perdita del proprio ruolo", "la paura dei colleghi",
         "Alcuni psichiatri rifiutano di condividere informazioni cliniche con i peer",
         "Nurses fear that peers will take over some of their tasks",
         "Il compenso \u00e8 troppo basso",
         "Nei primi mesi c'era diffidenza, ora i colleghi li cercano",
         "Stress e fatica dei peer dopo i primi mesi.",
         "I peer non sanno a chi rivolgersi quando sono in difficolt\u00e0",
         "Money is not the main obstacle.",
         "i fondi non sono il problema principale, manca la formazione")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary: low pay
  # is recognition and funding; a barrier of the first months is past, one
  # after them is not
  want <- list("cultural", "cultural", "cultural", "cultural", c("recognition", "funding"),
               character(), "wellbeing", "wellbeing", character(), "training")
  expect_identical(coded_categories(got, d), want)
})

test_that("everyday idioms of resistance, time, strain, pay and standing are coded", {
  d <- barrier_dictionary()
  x <- c("I colleghi non li vedono di buon occhio", "Le ore a disposizione sono pochissime",
         "I peer rischiano di crollare davanti a storie simili alla loro",
         "I peer vengono sfruttati e prendono due soldi",
         "Ci dicono che \u00e8 una bella idea, ma poi nessuno mette un euro",
         "Nessuno sa bene come inquadrarli",
         # controls
         "i colleghi li vedono di buon occhio", "Rischio di sfruttamento del territorio")
  got <- code_text(x, d)
  # by hand, from the categories' definitions in ?barrier_dictionary
  want <- list("cultural", "organisation", "wellbeing", c("recognition", "funding"), "funding",
               "recognition", character(), character())
  expect_identical(coded_categories(got, d), want)
})

test_that("a negation among a match's own words does not carry an exclusion on to it", {
  d <- barrier_dictionary()
  x <- c("Non \u00e8 una questione di soldi, \u00e8 che i medici non vogliono cedere potere",
         "i fondi non sono un problema, il problema \u00e8 che i medici non accettano i peer",
         "lo stigma non \u00e8 un problema, la formazione nemmeno",
         "funding isn't the problem, training isn't either")
  got <- code_text(x, d)
  # by hand: the barrier named after the comma is coded; a negation after
  # the exclusion and outside the match ("nemmeno", "isn't") goes on setting
  # aside
  want <- list("cultural", "cultural", character(), character())
  expect_identical(coded_categories(got, d), want)
})

test_that("staff said to be motivated or supportive is no barrier", {
  d <- barrier_dictionary()
  x <- c("il personale \u00e8 molto motivato", "the staff are supportive",
         "personale poco motivato", "staff not motivated", "direzione favorevole, mancano i fondi")
  got <- code_text(x, d)
  # by hand: a cue of adequacy cancels the topic, reversed by a lack or a negation
  want <- list(character(), character(), "organisation", "organisation", "funding")
  expect_identical(coded_categories(got, d), want)
  expect_true(all(c("motivat*", "supportive") %in% d$adequacy))
})

test_that("barriers placed elsewhere and training said done are not coded", {
  d <- barrier_dictionary()
  x <- c("In altre regioni manca il riconoscimento normativo",
         "a differenza di altre regioni, da noi mancano i fondi",
         "In other Trusts I've seen resistance from consultants, but not here",
         "la formazione \u00e8 stata fatta", "la formazione non \u00e8 stata fatta")
  got <- code_text(x, d)
  # by hand: elsewhere is not here, unless a separator puts "here" after it;
  # training done is in place, training not done is lacking
  want <- list(character(), "funding", character(), character(), "training")
  expect_identical(coded_categories(got, d), want)
})

test_that("a frame in a language with no default cues must give its own", {
  fr <- data.frame(category = "financement", language = "fr",
                   pattern = c("financement", "fonds"), kind = "topic")
  expect_error(text_dictionary(fr), "`negation` has default cues for \"it\", \"en\" only.*\"fr\"",
               class = "peersurvey_bad_argument")
  expect_error(text_dictionary(fr, negation = c("ne", "pas", "aucun", "sans")),
               "`lack`.*\"fr\"", class = "peersurvey_bad_argument")
  d <- text_dictionary(fr, negation = c("ne", "pas", "aucun", "sans"),
                       lack = c("manqu*", "insuffisant*"), adequacy = c("suffisant*"),
                       skip = c("le", "la", "les", "de", "du", "des", "d", "l"),
                       contrast = character(), context = "barrier")
  x <- c("Manque de financement", "Pas de financement", "Le financement ne manque pas",
         "Nous ne manquons pas de financement", "pas les fonds, mais la formation")
  # by hand: a lack, a negation before the topic, a negated lack (twice, one
  # negation), and "mais" starting a clause: "not X, but Y" sets X aside
  expect_identical(code_text(x, d)$financement, c(TRUE, TRUE, FALSE, FALSE, FALSE))
})

test_that("a frame's language codes are read in any case", {
  f <- data.frame(category = "f", language = c("IT", "En"), pattern = c("fondi", "funding"),
                  kind = "topic")
  d <- text_dictionary(f)
  # by hand: the Italian and English cues apply ("non mancano", "no lack")
  expect_identical(code_text(c("mancano i fondi", "non mancano i fondi", "lack of funding",
                               "no lack of funding"), d)$f, c(TRUE, FALSE, TRUE, FALSE))
})

test_that("'not only', a lone opening negation and a cue joined by a hyphen negate nothing", {
  d <- barrier_dictionary()
  x <- c("Non solo la mancanza di fondi, ma anche le resistenze dei colleghi",
         "non ci sono solo problemi di fondi",
         "Not only a lack of funding but also staff resistance",
         "Not just the money: training is lacking too",
         "nessun problema di fondi",
         "Nessuna, abbiamo fondi regionali dedicati",
         "Nessuna, da noi gli ESP sono assunti con contratto",
         "Nessuna, tranne il contratto",
         "Funding is non-recurrent and staff are sceptical",
         "Funding is not recurrent and staff are sceptical")
  got <- code_text(x, d, context = "barrier")
  # as a reader codes them
  expect_true(all(got$funding[1:4]))
  expect_true(got$cultural[1] && got$cultural[3] && got$training[4])
  expect_false(got$funding[5])
  # "Nessuna," answers the question: what follows it is no barrier ...
  expect_false(any(unlist(got[6:7, d$categories])))
  # ... until a clause word says otherwise
  expect_true(got$recognition[8])
  # "non-recurrent" is one word: the scepticism is a barrier
  expect_true(got$cultural[9])
  # and as the plain-R reference reads the rules
  expect_reference(x, d, got, evidence = TRUE)
})

test_that("the second word of a correlative pair is a coordination", {
  d <- barrier_dictionary()
  x <- c("Mancano sia i fondi che la formazione",
         "mancanza sia di fondi che di formazione specifica",
         "Scarsi sia i finanziamenti sia la formazione",
         "Scarsi sia i finanziamenti, sia la formazione, sia la supervisione",
         "Penso che sia chiaro che mancano i fondi",
         "Il ruolo è chiaro. Sia la formazione che la supervisione mancano",
         "lack of both funding and training")
  got <- code_text(x, d, context = "barrier")
  # as a reader codes them: the lack governs both items of the pair
  expect_true(all(got$funding[c(1:4, 7)]) && all(got$training[c(1:4, 6, 7)]))
  expect_true(got$wellbeing[4] && got$wellbeing[6])
  # "che sia" is the verb: "chiaro" is not made a list item of "fondi"
  expect_identical(which(unlist(got[5, d$categories])), c(funding = 2L))
  expect_false(got$role[6])
  # the words' segments: "che" after "sia" starts one, "che" after "che sia" does not
  w <- text_words(x[5])
  expect_identical(w$segment, rep(1L, nrow(w)))
  w <- text_words(x[1])
  expect_identical(w$segment, c(1L, 1L, 1L, 1L, 2L, 2L, 2L))
  # and as the plain-R reference reads the rules
  expect_reference(x, d, got, evidence = TRUE)
})

test_that("the frame knows the past, the Trusts and more words of the barriers", {
  d <- barrier_dictionary()
  x <- c("In passato c'erano resistenze", "It used to be funding",
         "Every trust does its own thing", "mancanza di linee guida regionali",
         "Siloed services", "Commissioners won't fund it", "scarsa motivazione degli operatori",
         "il ruolo andrebbe definito meglio", "The job description is vague",
         "Tutto bene, il progetto funziona", "funding is secured",
         "il burnout degli operatori", "il burnout degli ESP", "le famiglie non si fidano",
         "i colleghi non si fidano", "timore che l'ESP non regga lo stress")
  expect_coded(x, d, c("", "", "", "recognition", "organisation", "funding", "cultural",
                       "role", "role", "", "", "organisation", "wellbeing", "stigma",
                       "cultural", "wellbeing"))
})

test_that("a cue inside a problem match governs only on that match's side", {
  d <- barrier_dictionary()
  x <- c("Il personale è poco formato sul tema",
         "It is not recognised by the trust",
         "mancanza di riconoscimento, di fondi e di formazione",
         "riconoscimento e fondi mancanti")
  # by hand: the staff are poorly trained (no shortage of staff), the trust
  # that does not recognise is no distrust; a cue before a list, or after
  # it, still governs it
  expect_coded(x, d, c("training", "recognition", "recognition;funding;training",
                       "recognition;funding"), evidence = TRUE)
})

test_that("the frame knows the start of a project, 'a question of', and more paraphrases", {
  d <- barrier_dictionary()
  x <- c("In un primo momento non c'erano fondi, adesso il progetto è finanziato",
         "Initially there was some resistance from consultants",
         "Non è una questione di soldi",
         "Funding is there, what we lack is training",
         "vivono l'inserimento dei pari come un'imposizione",
         "Gli operatori temono di essere giudicati dai pari",
         "i professionisti non sono disposti a condividere il potere con gli utenti",
         "Staff are reluctant to share power",
         "La paura dei pari di ricadere e l'assenza di un sostegno strutturato",
         "I pari lavorano da soli, senza nessuno con cui confrontarsi",
         "Non è chiaro chi debba pagarli",
         "Poca chiarezza su cosa possono e non possono fare i peer",
         "Negative attitudes towards people with mental illness",
         "The training exists but isn't recognised")
  expect_coded(x, d, c("", "", "", "training", "cultural", "cultural", "cultural",
                       "cultural", "wellbeing", "wellbeing", "funding", "role", "stigma",
                       "recognition"))
})

test_that("'yes' and 'ottenuto' say that a topic is there", {
  d <- barrier_dictionary()
  x <- c("Training: yes. Recognition: no.", "Funding yes, training no",
         "Riconoscimento: ottenuto. Fondi: pochi.", "Troppe firme da raccogliere")
  # by hand: what is there is no barrier; signatures to collect are bureaucracy
  expect_coded(x, d, c("recognition", "training", "funding", "organisation"))
})

test_that("a phrase goes on across a colon: 'Topic: there' sets the topic aside", {
  d <- barrier_dictionary()
  x <- c("Fondi: ci sono.", "Formazione: c'\u00e8. Supervisione: manca.",
         "Riconoscimento: non c'\u00e8", "Ruolo: poco chiaro", "Manca: il riconoscimento",
         "Fondi: ce ne sono pochi", "Supervisione: c'\u00e8, ma i fondi mancano",
         "Criticit\u00e0: formazione e fondi",
         "Nessuno: la supervisione \u00e8 garantita e il ruolo \u00e8 chiaro")
  # by hand: what is there is no barrier, what is not there or scarce is one;
  # a cue before the colon governs nothing after it, and starts no phrase
  # across it
  expect_coded(x, d, c("", "wellbeing", "recognition", "role", "recognition", "funding",
                       "funding", "funding;training", ""))
  # a colon before the first word joins nothing
  expect_coded(c(": fondi ci sono", ":: stigma", ": nessun contratto"), d,
               c("", "stigma", "recognition"))
})

test_that("the frame knows pay bands, investment, mindsets, peers covering shifts or isolated", {
  d <- barrier_dictionary()
  x <- c("Peers are stuck at band 3 under Agenda for Change",
         "Peers are treated as volunteers",
         "Lack of investment from the ICB",
         "Our services struggle to fund peer posts",
         "The mindset of the consultants",
         "Some doctors say peers are not professional enough",
         "Peer workers end up covering shifts on the ward",
         "Peer workers feeling isolated in their teams",
         "Lived experience roles are not recognised by the Trust",
         "Il ruolo dell'ESP non è riconosciuto",
         "Scarsa conoscenza del ruolo da parte dei medici",
         "Role clarity has been sorted out",
         "Gli ESP non possono essere assunti",
         "Gli utenti esperti rischiano di ricadere",
         "Attitudes have changed a lot",
         "Difficoltà a pagare gli esperti",
         "Mancanza di investimenti",
         "Each post needs a business case",
         "Non c'\u00e8 un percorso formativo riconosciuto",
         "Abbiamo un percorso formativo riconosciuto")
  # by hand: a role said not to be recognised is recognition, not an unclear
  # role; little knowledge of the role is an unclear role, not training; a
  # barrier sorted out or attitudes that have changed are no barrier now
  expect_coded(x, d, c("recognition", "recognition", "funding", "funding", "cultural",
                       "cultural", "role", "wellbeing", "recognition", "recognition",
                       "role", "", "recognition", "wellbeing", "", "funding", "funding",
                       "organisation", "training", ""))
})

test_that("an answer opening with a denial of barriers codes no bare topic after it", {
  d <- barrier_dictionary()
  x <- c("Nessuna barriera significativa. Abbiamo una delibera, un budget dedicato e un percorso formativo.",
         "No major barriers. Leadership is supportive, funding is secure, and training is provided in-house.",
         "Honestly, none. The team has embraced the role.",
         # a topic in the denying clause itself, a lack, a clause word: coded
         "Nessuna barriera significativa, a parte il budget.",
         "Nessuna barriera particolare. Mancano i fondi.",
         "No major barriers. But funding.",
         # a first clause that names a barrier, or denies nothing
         "Fondi. Formazione.",
         "Non saprei. Forse i fondi.",
         # a cue of lack says nothing of a cue of adequacy after a separator
         "carenza di fondi, ottima la formazione",
         "mancanza di una buona formazione",
         "lack of funding, good training")
  got <- code_text(x, d, context = "barrier")
  codes <- code_strings(got, d)
  # as a reader codes them
  expect_identical(codes, c("", "", "", "funding", "funding", "funding", "funding;training",
                            "funding", "funding", "training", "funding"))
  # and as the plain-R reference reads the rules
  expect_reference(x, d, got, evidence = TRUE)
})

test_that("the frame knows peers seen as volunteers, staffing plans, tensions, isolation and doubts", {
  d <- barrier_dictionary()
  x <- c("il peer è visto come un volontario, non come un operatore",
         "la figura non è prevista nel piano dei fabbisogni",
         "la regione non ha ancora recepito la figura",
         "gli operatori non sono abituati a lavorare alla pari",
         "ci sono tensioni con gli infermieri",
         "Psychiatrists see peer work as an optional extra",
         "Peer workers are often isolated within clinical teams",
         "il peer è rimasto senza nessuno a sostenerlo",
         "per il peer support non resta un euro",
         "progetto chiuso per mancanza di copertura finanziaria",
         "scetticismo iniziale tra gli operatori, poi rientrato",
         "Non ci sono barriere di tipo economico",
         "Non abbiamo un problema di fondi",
         "They can't attend staff meetings",
         "il personale della mensa",
         "è difficile convincere i medici",
         "I peer sono assunti, formati e supervisionati.",
         "Non sono sicuro che il problema sia di risorse",
         "I wouldn't say culture is a barrier",
         "gli operatori non sanno che cosa aspettarsi dal peer",
         "La barriera è soprattutto formativa",
         "gli ESP sono sovraccaricati emotivamente",
         "Gli ESP vivono un forte isolamento",
         "In SPDC l'ESP non entra: il primario non vuole",
         "Teams don't know how to use peers",
         "Funding is secure for now",
         "i peer sono pagati con borse lavoro",
         "la burocrazia per attivare le borse lavoro",
         "Poche risorse economiche e umane",
         "I peer non hanno nessuno a cui rivolgersi",
         "nessuna tutela previdenziale",
         "gli utenti non si fidano di un ex paziente",
         "The post is funded by a charity grant that ends next spring",
         "Gli operatori temono che il peer prenda il loro posto",
         "ci frenano le pratiche amministrative",
         "There isn't really a barrier any more since the role was defined",
         "l'ufficio personale non sa come inquadrarli")
  expect_coded(x, d, c("recognition", "recognition", "recognition", "cultural", "cultural",
                       "cultural", "wellbeing", "wellbeing", "funding", "funding", "",
                       "", "", "", "organisation", "cultural", "", "", "", "role",
                       "training", "wellbeing", "wellbeing", "cultural", "role", "",
                       # paid with work grants: an atypical contract, which the
                       # rules code as recognition alone
                       "recognition", "organisation", "funding;organisation", "wellbeing",
                       "recognition", "stigma", "funding", "cultural", "organisation", "",
                       "recognition"))
})

test_that("a problem answered by a lone negation cue in the next clause is denied", {
  d <- barrier_dictionary()
  x <- c("Resistenze? Nessuna. Fondi? Pochi.",
         "Resistenze. Nessuna.",
         "Resistenze culturali. Nessuna formazione.",
         "Burocrazia. Nessun altro problema.",
         "Stigma? None.")
  expect_coded(x, d, c("funding", "", "cultural;training", "organisation", ""), evidence = TRUE)
})

test_that("an 'e' right after a negation cue is the verb, written without its accent", {
  d <- barrier_dictionary()
  x <- c("non e un problema di soldi ma di cultura dei servizi",
         "non è un problema di soldi ma di cultura dei servizi",
         "nn e un problema di fondi",
         "mancano fondi e formazione",
         "non fondi e formazione")
  # as with the accent; a coordination elsewhere still joins a list
  expect_coded(x, d, c("cultural", "cultural", "", "funding;training", "funding;training"), evidence = TRUE)
})

test_that("a denial after a longer problem match denies the matches inside it", {
  d <- barrier_dictionary()
  x <- c("Resistenze culturali? Nessuna.",
         "Resistenze culturali: nessuna. Fondi: pochi.",
         "Resistenze culturali forti. Nessuna formazione.",
         "Le resistenze culturali non ci sono, mancano i fondi")
  expect_coded(x, d, c("", "funding", "cultural;training", "funding"), evidence = TRUE)
})

test_that("a topic set aside by an exclusion taking in a bare topic does not block it", {
  d <- barrier_dictionary()
  x <- c("Staff attitudes, lack of funding", "Staff attitudes", "staff training",
         "Staff meetings are too few")
  # "staff" qualifies "attitudes", which the answer names as the barrier
  expect_coded(x, d, c("funding;cultural", "cultural", "training", "organisation"), evidence = TRUE)
})

test_that("a negation cue held by an earlier match does not reach across the list", {
  d <- barrier_dictionary()
  x <- c("Finanziamenti solo annuali, formazione non strutturata, supervisione assente.",
         "No supervision, too much paperwork",
         "Nessun problema di fondi, abbiamo un corso regionale",
         "Non ci sono problemi di fondi, resistenze culturali",
         "Non ci sono resistenze, stigma",
         "nessuna resistenza, ne stigma")
  # hand-coded; a cue of its own item still negates ("Non ci sono
  # resistenze, stigma" negates both)
  expect_coded(x, d, c("funding;training;wellbeing", "organisation;wellbeing", "",
                       "cultural", "", ""), evidence = TRUE)
})

test_that("the frame knows low pay, late funds, professionals who do not want peers, and support", {
  d <- barrier_dictionary()
  x <- c("Peer workers are paid less than support workers",
         "ESP pagati con voucher, nessuna continuita contrattuale.",
         "fondi che arrivano sempre in ritardo",
         "Oggi la difficolta maggiore e la sostenibilita economica dopo la fine del progetto",
         "i medici non li vogliono",
         "Staff worry peers will replace qualified posts.",
         "Management sees peer support as a nice extra",
         "nobody is quite sure what peers should be doing on the ward",
         "Carenza di personale: nessuno ha tempo di seguire gli ESP.",
         "Il problema dei fondi non si pone, mancano ESP formati.",
         "Staff attitudes have improved a lot.",
         "Manca un percorso di supervisione dedicato",
         "Manca un percorso per gli ESP",
         "Mancano i fondi, poi non si sa")
  # low pay: too little money for the role
  expect_coded(x, d, c("funding", "recognition", "funding", "funding", "cultural",
                       "cultural", "cultural", "role", "organisation;wellbeing",
                       "training", "", "wellbeing", "training", "funding"))
})

test_that("every row of the shipped frame carries its category's labels", {
  f <- barrier_dictionary()$frame
  file <- utils::read.csv(system.file("extdata", "barriers-dictionary.csv", package = "peersurvey"),
                          colClasses = "character", encoding = "UTF-8")
  # the file names each category on its first row only
  expect_identical(sum(nzchar(file$label_en)), length(unique(file$category)))
  for (col in c("label_it", "label_en")) {
    expect_true(all(nzchar(f[[col]])))
    one <- tapply(f[[col]], f$category, function(x) length(unique(x)))
    expect_true(all(one == 1L))
    first <- !duplicated(file$category)
    expect_identical(f[[col]], file[[col]][first][match(f$category, file$category[first])])
  }
})

test_that("the frame knows grades, pittances, rooms, boxes, snubs and barriers not seen", {
  d <- barrier_dictionary()
  x <- c("No recognised HSE grade for peer support workers.",
         "There is a grade for peers and it is fine.",
         "Peers are paid a pittance",
         "Peers are volunteers on expenses",
         "We have no room for peers to meet people",
         "I worry about peers being retraumatised on the ward",
         "La figura dell'ESP non esiste giuridicamente",
         "Mancano figura normata, fondi e formazione.",
         "Difficoltà a collocare l'esperto nel team",
         "Nessuno li ha formati",
         "The peers have their own supervision group.",
         "The county gave us money to hire four peers.",
         "Il peer non ha un contratto",
         "Il finanziamento non rappresenta al momento una criticità",
         "I know other hospitals still struggle with acceptance.",
         "We struggle to find funding",
         "Il progetto è stabilizzato con delibera aziendale",
         "I'd not say money is the problem, culture is",
         "I peer sono pagati a gettone")
  # hand-coded
  expect_coded(x, d, c("recognition", "", "funding", "funding", "organisation", "wellbeing",
                       "recognition", "recognition;funding;training", "role", "training",
                       "", "", "recognition", "", "", "funding", "", "cultural",
                       "recognition;funding"), evidence = TRUE)
  x <- c("HR doesn't know what box to put them in",
         "l'amministrazione non sa in che casella metterli",
         "sapere esperienziale snobbato dai clinici",
         "li lasciamo soli",
         "manca del tutto la comunicazione interna",
         "Non vedo barriere culturali né resistenze da parte dei colleghi.",
         "Non vedo problemi di fondi, ma manca la formazione",
         "Credo serva tempo.",
         "i fondi li mette il Comune",
         "Anni fa avevamo il problema dei fondi, ora no.",
         "Alcuni colleghi mi trattano ancora come una paziente",
         "There is no recognised cadre for peer workers",
         "med model dominates everything",
         "lived experience isn't seen as real expertise",
         "Since the sponsor left nobody owns the project",
         "The mentors are paid only a small transport allowance",
         "I don't see any barriers to be honest")
  # hand-coded
  expect_coded(x, d, c("recognition", "recognition", "cultural", "wellbeing", "organisation",
                       "", "training", "", "", "", "stigma", "recognition",
                       "cultural", "cultural", "organisation", "funding", ""),
               evidence = TRUE)
})

test_that("an opening denial's cue states no lack over its list; a problem's cue still does", {
  d <- barrier_dictionary()
  x <- c("Nessuna barriera, abbiamo buona supervisione e formazione continua",
         "Non ci sono fondi, formazione ne' riconoscimento",
         "Nessun problema, formazione scarsa")
  expect_coded(x, d, c("", "recognition;funding;training", "training"), evidence = TRUE)
})

test_that("the frame reads low pay as funding and knows more paraphrases", {
  d <- barrier_dictionary()
  # hand-coded
  x <- c("Low wages, which make it hard to keep experienced peer specialists.",
         "Retribuzione bassissima, rimborsi spese e basta",
         "Resistance from nursing staff; unclear role; poor pay.",
         "Il DSM ha creduto nel progetto e lo ha finanziato con fondi propri",
         "Stigma e autostigma degli stessi utenti, che faticano a riconoscersi come risorsa",
         "The role isn't formally recognised by the health board.",
         "Medici poco propensi",
         "scarsa chiarezza del mandato",
         "Il progetto \u00e8 finanziato fino a dicembre, poi non sappiamo",
         "Personale ridotto all'osso e nessuna risorsa dedicata")
  # peers paid little or only their expenses are paid as volunteers: funding
  expect_coded(x, d, c("funding", "funding",
                       "funding;cultural;role", "",
                       "stigma",
                       "recognition", "cultural", "role", "funding", "funding;organisation"))
})

test_that("staff named as those who resist or are trained is no shortage; a shortage before them is", {
  d <- barrier_dictionary()
  # hand-coded
  x <- c("Cultural resistance, mostly from senior medical staff.",
         "Stigma - both from the public and from some of our own staff.",
         "Shortage of nursing staff",
         "Not enough clinical staff to cover the rota",
         "Lack of clinical staff", "Senior staff are supportive",
         "In altre regioni manca il riconoscimento, da noi c'\u00e8 una delibera che lo prevede",
         "Resistance from nursing staff; unclear role; poor pay.",
         "Not a funding issue. Biggest barrier is old-school attitudes among some nursing staff.",
         "Things are better than they were. The resistance from the crisis team has eased.",
         "Peers feel tokenised in meetings and not listened to.",
         "Peers are sometimes left to manage distressing situations without backup.",
         "Non \u00e8 chiaro che cosa debbano fare gli ESP nei reparti",
         "Tempo: gli operatori sono gia sovraccarichi e non riescono a seguire gli ESP")
  expect_coded(x, d, c("cultural", "stigma", "organisation", "organisation", "organisation", "",
                       "", "funding;cultural;role", "cultural", "", "cultural", "wellbeing", "role",
                       "organisation;wellbeing"), evidence = TRUE)
})

test_that("a topic marked bare = FALSE is coded only by a cue", {
  frame <- data.frame(category = c("organisation", "organisation", "cultural"),
                      language = "en", pattern = c("staff", "time", "resistance"),
                      kind = c("topic", "topic", "problem"),
                      bare = c("FALSE", "", NA), stringsAsFactors = FALSE)
  d <- text_dictionary(frame, context = "barrier")
  expect_identical(d$frame$bare, c(FALSE, TRUE, TRUE))
  x <- c("Staff", "Time", "not enough staff", "staff: few", "Resistance, mostly from senior staff",
         "mancano staff, time")
  got <- code_text(x, d)
  # bare: only "Time"; a cue, a negation or a list codes staff
  expect_identical(got$organisation, c(FALSE, TRUE, TRUE, TRUE, FALSE, TRUE))
  expect_identical(got$cultural, c(FALSE, FALSE, FALSE, FALSE, TRUE, FALSE))
  expect_reference(x, d, got, evidence = TRUE)
  # the same frame with every topic coded bare codes "Staff" and the staff of the resistance
  frame$bare <- NULL
  got2 <- code_text(x, text_dictionary(frame, context = "barrier"))
  expect_identical(got2$organisation, c(TRUE, TRUE, TRUE, TRUE, TRUE, TRUE))
  # a logical column reads as such; anything else is an error naming the row
  frame$bare <- c(FALSE, TRUE, TRUE)
  expect_identical(text_dictionary(frame)$frame$bare, c(FALSE, TRUE, TRUE))
  frame$bare <- c("no", "", "")
  expect_error(text_dictionary(frame), "`bare`.*row 1.*\"no\"")
  frame$bare <- c(TRUE, TRUE, FALSE)
  expect_error(text_dictionary(frame), "`bare`.*row 3.*problem")
  frame$bare <- 1:3
  expect_error(text_dictionary(frame), "`bare`.*logical")
})

test_that("the shipped frame codes staff, roles and pay only by a cue", {
  d <- barrier_dictionary()
  expect_identical(sort(d$frame$pattern[!d$frame$bare]),
                   sort(c("band 2", "band 3", "band 4",
                          "staff", "roles", "pay", "hours", "trust", "leadership",
                          "line management", "management", "coordination", "pandemia",
                          "regulation", "regulations", "lea",
                          "livelli essenziali di assistenza", "stanziat*", "apertura",
                          "direzione aziendale", "direzione generale",
                          "direzione strategica", "train", "ore", "stanze", "coordinatore",
                          "regional policy", "formation", "occupational health", "grade",
                          "grades")))
  # hand-coded
  x <- c("We don't see stigma as an issue here, and staff have embraced the peer team.",
         "Great support from leadership, peers are fully integrated.",
         "Job evaluation took 14 months and the band offered is lower than comparable roles.",
         "Staff shortages", "Not enough staff", "Staff: too few", "Pay is poor")
  # a job evaluation of 14 months is a slow procedure as well
  expect_coded(x, d, c("", "", "recognition;organisation", "organisation", "organisation",
                       "organisation", "funding"))
  # ... and so are funds said allocated, the trust's direction and openness
  y <- c("La Direzione strategica ha manifestato pieno sostegno.",
         "Il Dipartimento ha compiuto un significativo percorso di apertura.",
         "fondi stanziati insufficienti", "scarsa apertura dei medici",
         "Direzione generale poco presente")
  expect_coded(y, d, c("", "", "funding", "cultural", "organisation"))
})

test_that("the shipped frame: regulation lacking, approvals slow, barriers of other departments", {
  d <- barrier_dictionary()
  x <- c("Lack of regional regulation", "Too much regulation and paperwork",
         "Insurance issues and long approval times",
         "Other departments struggle with funding; ours is covered.",
         "Altri dipartimenti hanno problemi di fondi, noi abbiamo difficolt\u00e0 con la supervisione",
         "La regione nn ha ancora recepito la figura", "The costs are not covered",
         "I costi sono coperti")
  # by hand: a regulation that lacks is the role's recognition, much of it is
  # bureaucracy; funding that other departments lack, or that is covered, is
  # no barrier here, while costs not covered are one
  expect_coded(x, d, c("recognition", "organisation", "organisation", "",
                       "wellbeing", "recognition", "funding", ""))
})

test_that("the shipped frame: families' and users' refusal is stigma, the staff's cultural", {
  d <- barrier_dictionary()
  x <- c("Le famiglie a volte non accettano che il figlio sia seguito da un ex paziente",
         "Gli utenti non accettano il peer", "Gli operatori non accettano il peer",
         "Some families are reluctant to have a former patient support their son",
         "Consultants are reluctant to refer", "Service users don't accept peer workers",
         "I pazienti restano in carico al CSM")
  # by hand
  expect_coded(x, d, c("stigma", "stigma", "cultural", "stigma", "cultural", "stigma", ""))
  # peers not seen as colleagues is the staff's stance
  y <- c("Gli psichiatri non li considerano colleghi ma 'pazienti che lavorano'",
         "Consultants still don't see them as colleagues",
         "They are treated as colleagues, not as patients")
  expect_coded(y, d, c("cultural", "cultural", ""))
})

test_that("a negation cue governing a topic of a list item does not deny a problem after it", {
  d <- barrier_dictionary()
  # hand-coded
  x <- c("No funding, stigma", "Nessun finanziamento, resistenze dei medici",
         "no career progression, stigma from colleagues",
         "nessuna resistenza, ne stigma", "No funding and no stigma")
  expect_coded(x, d, c("funding;stigma", "funding;cultural", "recognition;stigma", "", "funding"), evidence = TRUE)
})

test_that("the frame knows credentialing, job classification, documentation and following peers", {
  d <- barrier_dictionary()
  # hand-coded
  x <- c("Credentialing.", "Job classification.", "Documentation burden",
         "Board approval for new positions takes months.",
         "Our psychiatrists haven't bought in.",
         "Difficulty finding trainers; the closest accredited course is far away.",
         "Carichi di lavoro elevati, turni scoperti, nessuno ha il tempo di seguire i facilitatori.",
         "Families who don't trust someone with a diagnosis",
         "Nobody seems sure what the peers are supposed to be doing.")
  expect_coded(x, d, c("training", "recognition", "organisation", "organisation", "cultural",
                       "training", "organisation;wellbeing", "stigma", "role"))
})

test_that("an opening denial ends at a colon; the frame knows plain English of the barriers", {
  d <- barrier_dictionary()
  # hand-coded
  x <- c("Non ci sono barriere: abbiamo un protocollo con l'ASL, fondi dedicati e un corso di formazione annuale.",
         "Fondi: pochi",
         "People don't get what peers are for, and the money runs out every March.",
         "Peer workers not being paid enough.",
         "Leadership changes every two years and each new director has other priorities.",
         "Psychologists see it as encroaching on their territory.",
         "Insurance and liability questions that nobody in legal can answer.",
         "Personalmente credo che il supporto tra pari sia una risorsa enorme per il nostro servizio.",
         "Il progetto si e fermato con la pandemia.",
         "There isn't really a barrier now, the funding came through in April.")
  expect_coded(x, d, c("", "funding", "funding;role", "recognition", "organisation", "cultural",
                       "organisation", "", "", ""), evidence = TRUE)
})

test_that("a negation does not reach a cause, and a lone negation cue answers a question", {
  d <- barrier_dictionary()
  # a negation of the main verb says nothing of the cause after "perché",
  # "because", or "per" before a cue of lack (with or without an article)
  x <- c("Non riusciamo a partire per mancanza di fondi e di formazione",
         "Non è possibile avviarlo perché mancano i fondi",
         "Not possible because of lack of funds",
         "Il progetto non decolla per la mancanza di formazione",
         "Non c'è budget per la formazione",
         "Non mancano i fondi perché la regione ci sostiene",
         # a problem whose clause ends in a lone negation cue is denied
         "Resistenze da parte dei colleghi? Zero. Il vero limite è la formazione.",
         "Resistenze da parte dei colleghi? Tante.",
         "Resistenze da parte dell'équipe non ne abbiamo. Il vero nodo è la burocrazia.",
         # ... but "is not" ending a clause says "is not fine"
         "Budget is fine. Resistance from psychiatrists is not.",
         "Zero fondi per i peer",
         "Stigma is no longer a big issue here. Main problems are time and money")
  expect_coded(x, d, c("funding;training", "funding", "funding", "training", "funding", "",
                       "training", "cultural", "organisation", "cultural", "funding",
                       "funding;organisation"),
               evidence = TRUE)
})

test_that("a topic takes the nearer cue when the one before it is nearer", {
  d <- barrier_dictionary()
  # "riconosciuta" qualifies the figure, four words after the money;
  # "mancano" is two words before it
  x <- c("Mancano sia i soldi sia una figura giuridicamente riconosciuta.",
         "I soldi mancano, una figura giuridicamente riconosciuta c'è")
  got <- code_text(x, d)
  expect_identical(got$funding, c(TRUE, TRUE))
  expect_reference(x, d, evidence = TRUE)
})

test_that("a negation cue of 'nor' goes on with the negation before it", {
  d <- barrier_dictionary()
  # after a denial of barriers, the item after "né" is denied too; after a
  # lack, it lacks too
  x <- c("Non ci sono barriere economiche, né di formazione.",
         "Non c'è nessun ostacolo di tipo economico, né formativo.",
         "Stigma isn't a problem, nor funding.",
         "Non abbiamo fondi, né formazione.")
  expect_coded(x, d, c("", "", "", "funding;training"), evidence = TRUE)
})

test_that("'not' right before a topic that a separator ends names what is not the barrier", {
  d <- barrier_dictionary()
  # by hand: "not X," sets X aside; "no X" and "non c'è X" state a lack;
  # after other words ("ma non personale") the cue is the lack's
  x <- c("Not money, not training - it's buy-in from the senior medical staff.",
         "Its not the money, its the culture.",
         "No money, no training.",
         "ci sono fondi ma non personale",
         "Non c'è formazione.")
  expect_coded(x, d, c("cultural", "cultural", "funding;training", "organisation", "training"),
               evidence = TRUE)
})

test_that("a verb of being, a hedge or the subject 'it' around 'not' still names", {
  d <- barrier_dictionary()
  # by hand: these say what is not the barrier ...
  x <- c("It's not funding, it's the culture",
         "It is not funding. It is the culture of the teams.",
         "It isn't funding, it's the culture",
         "Not really funding, more the culture",
         "Non sono i fondi, è la cultura",
         "Non è la formazione, è la cultura",
         "Non proprio i fondi",
         # (and with a word of "problem" after the topic)
         "It's not funding that is the problem, it's the culture",
         "Not a money problem, a culture problem",
         "Non sono i fondi il problema, è la cultura",
         "No funding issues, but stigma",
         "We don't have any funding problems, only culture",
         "There are no funding problems; culture is",
         # ... and these state a lack: an existential "there" or "ci", a
         # quantity, a verb that is not of being
         "There is not funding.",
         "There isn't funding",
         "Not much funding",
         "Not any funding",
         "Non ci sono fondi",
         "Non abbiamo proprio fondi",
         "No funding is the problem",
         "It is not a contract, just vouchers",
         "Non \u00e8 un contratto, solo voucher",
         "Senza fondi problemi enormi")
  expect_coded(x, d, c(rep("cultural", 6), "", rep("cultural", 3), "stigma", "cultural",
                       "cultural", rep("funding", 7), "recognition", "recognition",
                       "funding"),
               evidence = TRUE)
})

test_that("a verb of opinion after 'not' names what is not the barrier", {
  d <- barrier_dictionary()
  # by hand: these say what is not the barrier ...
  x <- c("I don't think money is the issue",
         "I do not think funding is the problem, it's the culture",
         "Didn't think training was the barrier; the culture is",
         "Non credo che i fondi siano il problema",
         "Non penso che la formazione sia il problema, è la cultura",
         # ... and these state a lack or a refusal: another verb, a cue
         "I don't think we have enough funding",
         "We don't have funding",
         "Staff don't trust peers",
         "Non penso che la formazione basti")
  expect_coded(x, d, c("", "cultural", "cultural", "", "cultural", "funding", "funding",
                       "cultural", "training"),
               evidence = TRUE)
})

test_that("a contracted 'not' and a verb of opinion name a topic four words on", {
  d <- barrier_dictionary()
  # by hand: these say what is not the barrier (four words between the
  # "not" and the topic: "t think it s", "t think it is") ...
  x <- c("I don't think it's money",
         "I don't think it's money, it's the culture",
         "I don't think it is funding, it's the culture",
         # ... and these state a lack, or hold a fifth word
         "I don't think it's enough money",
         "I don't think we have the money",
         "Non penso che ci siano i soldi",
         "I don't think it's really the funding")
  expect_coded(x, d, c("", "cultural", "cultural", "funding", "funding", "funding", "funding"),
               evidence = TRUE)
})

test_that("articles between a 'not' and the topic it names are not counted", {
  d <- barrier_dictionary()
  # by hand: the article is the fifth word between ("I don't think it's
  # the money"), and "siano", "era", "fosse" are function words as "sono"
  # and "sia" are ("Non credo che siano i soldi": the negation reaches)
  x <- c("I don't think it's the money",
         "I don't think it is the money, it's the culture",
         "Non credo che siano i soldi",
         "Non credo che siano i soldi il problema, ma la cultura",
         "Non erano i fondi",
         # a lack, a fifth word of naming, and no "not" that names
         "I don't think it's the right training",
         "I don't think that it's the money",
         "Non credo che ci siano i soldi",
         "La formazione non c'era")
  expect_coded(x, d, c("", "cultural", "", "cultural", "", "training", "funding", "funding",
                       "training"),
               evidence = TRUE)
})

test_that("the 't' of a contraction is no word of the window", {
  d <- barrier_dictionary()
  # by hand: "don", "t", "think", "there", "s", "any" put five words
  # between the cue and "resistance", one more than the window of 4 allows,
  # unless the "t" right after the cue is not counted
  x <- c("I don't think there's any resistance.",
         "I don t think there s any stigma",
         "I don't think we have any stigma",
         # ... the window still ends: five words with the "t" aside
         "I don't think that there is any stigma",
         "I don't think there is really much resistance")
  expect_coded(x, d, c("", "", "", "stigma", "cultural"), evidence = TRUE)
})

test_that("a topic a 'not' names may end its segment with a word of scope", {
  d <- barrier_dictionary()
  # by hand: up to three function words or qualifiers after the topic, the
  # last of them "us", "me", "all", "here", "noi" or "qui", end its segment
  # as a separator would; prepositions of a topic ("about") stand between
  # the "not" and the topic as articles do
  x <- c("It isn't really stigma or funding for us, it's the staff turnover.",
         "It isn't funding for us here, it's the workload.",
         "Non sono i fondi per noi, è il turnover.",
         "I don't think it's about money.",
         "I don't think it's about the money at all, it's the culture",
         # ... not a lack, nor words after the topic that name something
         # else, nor more than three of them
         "Not enough funding for us",
         "No funding for us",
         "Funding isn't there for us",
         "It isn't funding for the team",
         "It isn't funding for any of us",
         "Non ci sono fondi per noi")
  expect_coded(x, d, c("organisation", "organisation", "organisation", "", "cultural",
                       "funding", "funding", "funding", "funding", "funding", "funding"),
               evidence = TRUE)
})

test_that("the frame knows resentment, peers not seen as equals and a shared understanding", {
  d <- barrier_dictionary()
  # by hand: resentment and peers not seen as equals are cultural
  # resistance; the lack of a shared understanding is the role's
  x <- c("The nurses resent them", "People with lived experience aren't seen as equal members",
         "There isn't a shared understanding of what peer support is.",
         "There is a shared understanding of the role", "Peers are seen as equal members")
  expect_coded(x, d, c("cultural", "cultural", "role", "", ""), evidence = TRUE)
})

test_that("the frame knows churn of staff and peers who aren't paid", {
  d <- barrier_dictionary()
  # by hand: churn is the staff's turnover; peers who aren't paid are
  # unpaid, unless a longer match says they are paid too little
  # (recognition), as "not paid" gives way
  x <- c("the sheer churn of staff", "Staff churn", "Peer workers aren't paid",
         "Peers weren't paid for months", "They aren't paid enough", "They are not paid enough")
  expect_coded(x, d, c("organisation", "organisation", "funding", "funding", "recognition",
                       "recognition"), evidence = TRUE)
})

test_that("solid and reasonable are cues of adequacy", {
  d <- barrier_dictionary()
  # by hand: a topic stated solid or reasonable is no barrier; negated, it
  # is one; "great" is no cue ("Great difficulty getting funding")
  x <- c("The training is solid", "Pay is reasonable", "Funding is fine but training is lacking",
         "Training is not solid", "Pay isn't reasonable", "Great difficulty getting funding")
  expect_coded(x, d, c("", "", "training", "training", "funding", "funding"), evidence = TRUE)
})

test_that("an exclusion opening with 'not' right after a clause word speaks of the clause before", {
  d <- barrier_dictionary()
  # by hand: with the subject left out ("ma non è un problema", "but isn't
  # a problem"), the exclusion speaks of what the clause before names; a
  # "not" that opens no exclusion ("ma non solo", "ma non è l'unico
  # problema") leaves it coded, as other words after "but" do
  x <- c("Lo stigma esiste, ma non \u00e8 un problema",
         "Stigma exists but isn't a problem",
         "Ci sono resistenze ma non sono un problema",
         "Mancano i fondi, ma non \u00e8 un problema per noi",
         "Mancano i fondi ma non solo: manca anche la formazione",
         "Mancano i fondi ma non \u00e8 l'unico problema",
         "Training is lacking, but in other regions it's worse")
  expect_coded(x, d, c("", "", "", "", "funding;training", "funding", "training"),
               evidence = TRUE)
  # and the reference agrees on these pieces in random order
  pieces <- c("lo stigma esiste", "mancano i fondi", "funding is short", "ma", "but", "non",
              "isn't", "\u00e8 un problema", "a problem", "non \u00e8 un problema",
              "isn't an issue", "in other regions", "solo", ",", ".", ":")
  expect_reference_pieces(pieces, d, seed = 20261208)
})

test_that("the frame knows more ways to deny a barrier, continuity of funds, places of peers", {
  d <- barrier_dictionary()
  # by hand: a barrier the respondent does not find to be one, that has not
  # been one, or that is not what holds the project back is none; the
  # continuity of the funds is what may be lacking; nobody sure where the
  # peers fit, and confusion on what they may do, is the role; a
  # recognition that has arrived is there, one that has not is lacking
  x <- c("Lo stigma non mi sembra pi\u00f9 un ostacolo rilevante",
         "Non credo sia una questione di stigma o pregiudizio.",
         "Burnout hasn't been a problem for our peers",
         "Stigma haven't been much of an issue",
         "Stigma isn't really what holds us back.",
         "Lo stigma esiste, ma non \u00e8 quello che ci blocca: ci blocca la burocrazia.",
         "Senza continuit\u00e0 economica il progetto rischia di chiudere",
         "La continuit\u00e0 economica \u00e8 garantita",
         "Nobody is quite sure where peer workers fit within the MDT.",
         "Molta confusione su cosa possa fare un operatore pari",
         "Il riconoscimento formale \u00e8 arrivato con la delibera del 2021",
         "Il riconoscimento non \u00e8 ancora arrivato",
         "Lo stigma \u00e8 un problema",
         # precariousness alone is the peers' work; of the funds, the funding
         "precariet\u00e0, burnout", "la precariet\u00e0 dei finanziamenti",
         "la precariet\u00e0 economica")
  expect_coded(x, d, c("", "", "", "", "", "organisation", "funding", "", "role", "role", "",
                       "recognition", "stigma", "recognition;wellbeing", "funding", "funding"),
               evidence = TRUE)
})

test_that("the frame knows the wording of long answers", {
  d <- barrier_dictionary()
  # by hand: the public's attitudes are stigma, a budget deficit the
  # funding, nowhere private to talk the spaces, constant recruiting the
  # turnover, colleagues who assume a peer will fail resist, no agreed
  # understanding of the peer role and nobody sure where peers fit are the
  # role, reimbursements not adequate the pay ...
  x <- c("Public attitudes are a problem in our area", "There is a budget deficit",
         "The layout of the ward gives peers nowhere private to talk",
         "We're constantly recruiting", "Colleagues assume a peer will be fragile",
         "There is no agreed understanding of what a peer worker is",
         "Non abbiamo mezzi n\u00e9 rimborsi adeguati",
         "Nobody has worked out where they fit in the team", "Nessuno sa dove collocarli",
         # ... while these state no barrier: the place of peers clear, a
         # barrier not ours, not called one, overcome, foreseen, not the
         # main one, of a first attempt, time that trust takes, a pay band
         # named as a fact
         "It's clear where they fit", "Money is not our issue",
         "Staff who were sceptical have come round",
         "We may run into questions about scope and boundaries",
         "Immagino che incontreremo difficolt\u00e0 sui finanziamenti, ma \u00e8 presto per dirlo",
         "Sulla formazione si potrebbe fare di pi\u00f9, ma non la definirei una barriera",
         "Lo stigma non mi sembra pi\u00f9 il problema principale",
         "Serve tempo per costruire fiducia",
         "La prima volta fall\u00ec per l'opposizione del primario",
         "We took on two peer workers at band 3",
         # ... and a barrier denied before another stands
         "I wouldn't call it a barrier, but training is patchy")
  expect_coded(x, d, c("stigma", "funding", "organisation", "organisation", "cultural", "role",
                       "funding", "role", "role", "", "", "", "", "", "", "", "", "", "",
                       "training"), evidence = TRUE)
})

test_that("'easy' and 'facile' are cues of adequacy; what we've got or been given is there", {
  d <- barrier_dictionary()
  # by hand: a topic said easy to get is no barrier, one not easy to get is;
  # a topic we've got or been given is there, unless a lack is said of it
  # ("no budget", "very little funding", "for one year only")
  x <- c("Getting buy-in from psychiatrists has been relatively easy here",
         "Funding is not easy to get", "Non \u00e8 facile trovare i fondi",
         "\u00c8 stato facile ottenere i fondi", "We've got a budget", "We've got no budget",
         "We've been given funding from the Commission",
         "We've been given very little funding", "We got funding for one year only")
  expect_coded(x, d, c("", "funding", "funding", "", "", "funding", "", "funding", "funding"),
               evidence = TRUE)
  expect_true(all(c("easy", "facile") %in% d$adequacy))
})

test_that("a coordination before the subject of a 'not' that names ends the walk back", {
  d <- barrier_dictionary()
  # by hand: "and" opens a new subject ("and I don't think it's about
  # money"), so the words before it do not stop the "not" from naming; a
  # coordination right before the cue still makes it a lack ("e non
  # personale"), as "there" does ("and there isn't funding")
  x <- c("I don't think there's any resistance in the team and I don't think it's about money.",
         "We have the funds and it's not the training, it's the workload",
         "Ci sono fondi e non personale",
         "The role is unclear and there isn't funding")
  expect_coded(x, d, c("", "organisation", "organisation", "funding;role"), evidence = TRUE)
})

test_that("an exclusion after a clause word and its subject speaks of the clause before", {
  d <- barrier_dictionary()
  # by hand: "but that", "but it", "ma questo" (a clause word, then a word
  # of naming) carry the exclusion back to the predicate before theirs ...
  x <- c("We had pushback from consultants, but that has largely settled",
         "There was resistance from staff but it has been overcome",
         "There was a lot of stigma but that's changed",
         "Mancano i fondi, ma questo è stato superato",
         # ... and to that predicate alone, not when it is negated, nor when
         # other words open the clause ("we", "in")
         "We had pushback from consultants. Funding was short, but that has been resolved.",
         "There was resistance from staff but it hasn't been overcome",
         "Mancano i fondi, ma questo non è stato superato",
         "Training is lacking, but in other regions it's worse")
  expect_coded(x, d, c("", "", "", "", "cultural", "cultural", "funding", "training"),
               evidence = TRUE)
  # and the reference agrees on these pieces in random order
  pieces <- c("we had pushback", "there was resistance", "mancano i fondi", "funding is short",
              "but that has been resolved", "but it has largely settled", "but that",
              "ma questo è stato superato", "ma questo non è stato superato", "ma", "it",
              "but that hasn't been resolved", "but in other regions", "has been overcome",
              "is", "not", ",", ".")
  expect_reference_pieces(pieces, d, seed = 20261207)
})

test_that("a short sentence of 'nor' goes on with the negation of the sentence before", {
  d <- barrier_dictionary()
  # by hand: the second sentence says "nor training" of what the first
  # denies ...
  x <- c("Il finanziamento non è un problema. La formazione nemmeno.",
         "Funding isn't a problem. Nor training.",
         "Funding isn't a problem. Training neither.",
         "Non ci sono problemi di fondi. Neanche di formazione.",
         "Lo stigma non è un problema. La formazione nemmeno. Il problema è la cultura.",
         # ... and these state lacks, or hold no cue of "nor" read as one
         # ("ne", the pronoun)
         "Non ci sono fondi. Nemmeno per la formazione.",
         "No funding. Nor training.",
         "Mancano i fondi. Nemmeno la formazione.",
         "Non abbiamo fondi. Ne servono di più.")
  expect_coded(x, d, c("", "", "", "", "cultural", "funding;training", "funding;training",
                       "funding;training", "funding"),
               evidence = TRUE)
})

test_that("'not only a question of' names a part of the barrier, not what is not one", {
  d <- barrier_dictionary()
  # by hand
  x <- c("Non è solo una questione di soldi, ma anche di cultura",
         "Non è solo una questione di soldi",
         "Non è una questione di soldi ma di cultura",
         "Non è una questione di soldi")
  expect_coded(x, d, c("funding;cultural", "funding", "cultural", ""), evidence = TRUE)
})

test_that("qualifiers of 'problem' after a topic a 'not' names", {
  d <- barrier_dictionary()
  # by hand: what is not the real issue ...
  x <- c("I don't think money is the real issue here, whatever people say",
         "I don't think money is the main problem",
         "Non credo che i fondi siano il vero problema",
         "Non credo che i fondi siano il problema principale, è la cultura",
         # ... and the real issue, or a lack
         "Lack of money is the real issue",
         "The real issue is money",
         "I don't think we have enough money, which is the main problem")
  expect_coded(x, d, c("", "", "", "cultural", "funding", "funding", "funding"),
               evidence = TRUE)
})

test_that("a 'not' names a list of topics and problem matches joined by 'or'", {
  d <- barrier_dictionary()
  # by hand: "stigma" is a problem match, "funding" a topic (the churn of
  # staff is their turnover)
  x <- c("It isn't stigma or funding, it's the churn",
         "It's not funding or stigma, it's the churn",
         "Non sono i fondi o lo stigma",
         "Non è lo stigma o la mancanza di fondi, è la cultura",
         "Not stigma or lack of funding - it's buy-in",
         # ... lacks: the problem holds the cue, or no "not" heads the list
         "Not enough funding or training",
         "No funding or stigma",
         "Mancano i fondi o c'è lo stigma")
  expect_coded(x, d, c("organisation", "organisation", "", "cultural", "cultural",
                       "funding;training", "funding", "funding;stigma"),
               evidence = TRUE)
})

test_that("tokenism and peers' views set aside are cultural resistance", {
  d <- barrier_dictionary()
  # by hand
  x <- c("Tokenismo: gli ESP vengono invitati alle riunioni ma il loro parere non conta",
         "Un certo tokenismo da parte dei medici",
         "At team meetings the peer worker's view is listened to politely and then ignored.",
         "Their views are ignored by the consultants",
         "I peer restano inascoltati",
         "Il loro parere conta e viene ascoltato")
  expect_coded(x, d, c("cultural", "cultural", "cultural", "cultural", "cultural", ""),
               evidence = TRUE)
})

test_that("an exclusion that ends in 'di', 'of', 'about' names only what follows it", {
  d <- barrier_dictionary()
  # by hand: the exclusion names what comes after it ...
  x <- c("Non si tratta di soldi ma di cultura",
         "It is not about the money, it's the culture",
         "It isn't about funding",
         "Non \u00e8 una questione di soldi",
         # ... and leaves what comes before it
         "Resistenze culturali: non si tratta di cattiveria, ma di abitudine",
         "Resistenze culturali: non \u00e8 una questione di cattiveria",
         "Cultural resistance: it's not about malice but habit",
         "Lack of funding: it is not about goodwill",
         # with nothing after it, or a pronoun, it looks both ways, as an
         # exclusion that ends otherwise does
         "Resistance from staff: none that I can think of",
         "Funding? It's not about that.",
         "Fondi: non \u00e8 un problema")
  expect_coded(x, d, c("cultural", "cultural", "", "", "cultural", "cultural", "cultural",
                       "funding", "", "", ""),
               evidence = TRUE)
  # the rule holds for a frame of one's own: its exclusions read the same way
  frame <- data.frame(category = "a", language = "en", pattern = "waiting list*",
                      exclude = "not a question of|no longer")
  d2 <- text_dictionary(frame)
  got <- code_text(c("Waiting lists: not a question of goodwill", "Not a question of waiting lists",
                     "Waiting lists: no longer"), d2)
  expect_identical(got$a, c(TRUE, FALSE, FALSE))
})

test_that("a 'not' that names names the list of topics it heads", {
  d <- barrier_dictionary()
  # by hand: these say what is not the barrier ...
  x <- c("It's not funding or training, it's the culture",
         "Not money or training, it's buy-in",
         "It's not funding or the training, it's the culture",
         "Non sono i fondi o la formazione, \u00e8 la cultura",
         "Not funding or training",
         # ... and these state a lack of each
         "Not enough funding or training",
         "We have no funding or training",
         "Non ci sono fondi e formazione",
         "non fondi e formazione")
  expect_coded(x, d, c("cultural", "cultural", "cultural", "cultural", "", "funding;training",
                       "funding;training", "funding;training", "funding;training"),
               evidence = TRUE)
})

test_that("'not' naming a topic agrees with the reference on random words around it", {
  set.seed(20261206)
  d <- barrier_dictionary()
  pick <- function(v, n = 1L) sample(v, n, replace = TRUE)
  before <- c("", "", "it ", "it s ", "it's ", "there is ", "there's ", "we ", "that ", "ci ",
              "il problema ", "it, ", "is ")
  cue <- c("not", "non", "isn't", "isn t", "no", "nn", "nessun", "don't have any", "don't",
           "doesnt")
  between <- c("is", "s", "sono", "\u00e8", "e", "really", "proprio", "the", "i", "la", "much",
               "ci", "have", "abbiamo", "it", "there", "t", "a", "un", "una", "think", "credo",
               "che", "siano")
  topic <- c("funding", "fondi", "formazione", "training", "culture", "the culture")
  after <- c("", "", ".", ", it's the culture", " but culture", " - ma la cultura", " much",
             " is the problem", ", not training", " and training", " il problema",
             " that is the problem, culture", " problem", " the real problem",
             " or training", " or the training, it's the culture", " e la formazione",
             " o la formazione, \u00e8 la cultura",
             " che manca il problema", " issue issue issue")
  x <- vapply(1:600, function(i)
    paste0(pick(before), pick(cue), " ",
           paste0(c(pick(between, sample(0:4, 1)), ""), collapse = " "),
           pick(topic), pick(after)), "")
  x <- gsub("  +", " ", x)
  got <- code_text(x, d, context = "barrier", evidence = TRUE)
  expect_reference(x, d, got, evidence = TRUE)
  # (the rule is reached, both ways)
  ev <- attr(got, "evidence")
  named <- ev$status == "negated" & tolower(ev$cause) %in% c("not", "non", "isn")
  expect_gt(sum(named), 50)
  expect_gt(sum(ev$status == "coded" & ev$category == "funding"), 50)
})

test_that("a word that is a pattern word with a final vowel added or dropped is no typo", {
  f <- data.frame(category = c("c", "p", "t"), language = c("en", "it", "it"),
                  pattern = c("territorial", "professionale", "formazione"))
  d <- text_dictionary(f, approximate = TRUE)
  # by hand: the Italian "territoriale(i)" is not the English `territorial`,
  # nor the English "professional" the Italian `professionale`; a letter
  # added, dropped or changed inside a word, or a final consonant, still is
  x <- c("servizi territoriali", "lavoro territoriale", "a professional", "territorail",
         "territorrial", "professionalle", "territorials", "formazionei", "formazion",
         "formazionu")
  got <- code_text(x, d)
  expect_identical(got$c, c(FALSE, FALSE, FALSE, TRUE, TRUE, FALSE, TRUE, FALSE, FALSE, FALSE))
  expect_identical(got$p, c(FALSE, FALSE, FALSE, FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE))
  expect_identical(got$t, c(rep(FALSE, 9), TRUE))
  # the edit distance itself is 1 for all of these but the unrelated ones,
  # as utils::adist() counts it
  expect_true(all(utils::adist("territoriali", "territorial") == 1,
                  utils::adist("professional", "professionale") == 1))
  expect_identical(unname(as.matrix(got)), unname(ref_code(x, d)$codes))
  # the shipped dictionary: "servizi territoriali" names no barrier
  b <- barrier_dictionary()
  y <- c("Abbiamo molti servizi territoriali e il lavoro territoriale funziona.",
         "Scarsa collaborazione tra servizi territoriali e ospedalieri.")
  expect_false(code_text(y[1], b)$cultural)
  expect_identical(unname(as.matrix(code_text(y, b))), unname(ref_code(y, b)$codes))
})

test_that("a cue after a list of topics governs every item, and English denies 'problems with'", {
  d <- rule_frame()
  # by hand: the cue after "X e Y" reaches X through the list; a cue after
  # one topic still does not reach across another that is no list item
  x <- c("Fondi e formazione sono scarsi",
         "Formazione e fondi sono adeguati",
         "Fondi, formazione sono scarsi",
         "Fondi scarsi, formazione adeguata",
         "Mancano fondi e la formazione è adeguata")
  expect_identical(codes_of(x, d), c("fund train", "", "train", "fund", "fund"))
  expect_reference(x, rule_frame(context = "barrier"), evidence = TRUE)
  b <- barrier_dictionary()
  y <- c("Formazione e supervisione sono garantite dall'associazione.",
         "Training and supervision are adequate; funding is the problem.",
         "We don't have any problems with funding or with staff attitudes.",
         "We don't have problems with funding, but training is lacking.",
         "We haven't had any problems with funding.")
  expect_coded(y, b, c("", "funding", "", "training", ""), evidence = TRUE)
})

test_that("the frame knows users' wariness, pay bands, run-ragged peers and more wording", {
  d <- barrier_dictionary()
  # by hand, from ?barrier_dictionary: users' and families' distrust is
  # stigma; pay, bands and voluntary work are recognition; "casi isolati"
  # are no isolated peers; "mi vergogno" is the respondent's, no stigma
  x <- c("Service users are wary of peers.",
         "Le famiglie sono diffidenti verso i peer.",
         "Pay bands and limited promotion potential.",
         "Tutto a titolo volontario.",
         "Our peers are run ragged and exhausted.",
         "Consultants think peer work is fluffy; we can't bill for it.",
         "Qualche collega scettico, ma sono casi isolati.",
         "Mi vergogno di quanto li paghiamo: forza lavoro gratuita.",
         "I peer non sanno cosa fare; si sentono abbandonati.",
         "We don't have the headcount.")
  expect_coded(x, d, c("stigma", "stigma", "recognition", "recognition", "wellbeing",
                       "funding;cultural", "cultural", "recognition", "role;wellbeing",
                       "organisation"),
               evidence = TRUE)
})

test_that("a feared barrier, 'positive' staff, families' suspicion and 'lovely' are no barrier", {
  d <- barrier_dictionary()
  # by hand: a barrier feared for the future is none yet; "positive" is a
  # cue of adequacy; families' suspicion is stigma, staff's is cultural;
  # "lovely" is no typo of "lonely" (wellbeing)
  x <- c("Dal prossimo anno i fondi potrebbero essere tagliati.",
         "I'd worry about funding if the pilot ends.",
         "Staff attitudes have been broadly positive.",
         "Atteggiamento positivo dei colleghi; mancano i fondi.",
         "Some families are suspicious of peer workers.",
         "Staff are suspicious of peer workers.",
         "Peer workers are lovely but not essential, they say.",
         "Peers feel lonely on the ward.",
         "Nessuno ha mai scritto cosa deve fare l'ESP.",
         "Caseloads too heavy, too much admin.")
  expect_coded(x, d, c("", "", "", "funding", "stigma", "cultural", "", "wellbeing", "role",
                       "organisation"),
               evidence = TRUE)
})

test_that("'stable' is a cue of adequacy; users' distrust, stipends and more wording", {
  d <- barrier_dictionary()
  # by hand: "stable" funding is there, "not stable" or "no stable" funding
  # lacks; users' distrust is stigma; a stipend is recognition
  x <- c("Funding is stable.",
         "Funding is not stable.",
         "Lack of stable funding.",
         "Distrust from service users.",
         "We only get a stipend.",
         "Gli ESP sono pagati male.",
         "Colleghi che alzano gli occhi al cielo.",
         "Ogni pratica richiede mesi.",
         "Nobody will fund it.")
  expect_coded(x, d, c("", "funding", "funding", "stigma", "recognition", "recognition",
                       "cultural", "organisation", "funding"),
               evidence = TRUE)
})

test_that("'sì' is a cue of adequacy, and a lack after a topic stated adequate codes it", {
  d <- barrier_dictionary()
  # by hand: "sì" with its accent, or with a separator or the end after it,
  # says the topic is there; "si" before a verb is a pronoun; a lack after
  # the adequacy, as all that follows of the topic, codes it; a lack with a
  # topic of its own, or after the qualifier of a negated lack, does not
  x <- c("Formazione s\u00ec, supervisione no",
         "Fondi: si. Formazione: no.",
         "formazione si, fondi no",
         "si fa poca formazione",
         "Riconoscimento: no; formazione: si'",
         "Formazione? S\u00ec, ma poca",
         "fondi presenti ma scarsi",
         "funding exists but is insufficient",
         "training is available but limited",
         "training yes but not enough",
         "Fondi adeguati, ma la formazione manca",
         "non manca un ruolo definito",
         "Fondi sufficienti.")
  expect_coded(x, d, c("wellbeing", "training", "funding", "training", "recognition",
                       "training", "funding", "funding", "training", "training", "training",
                       "", ""),
               evidence = TRUE)
})

test_that("a negation after a match in its segment stays there; qualifiers after other words", {
  d <- barrier_dictionary()
  # by hand: the "non" of "spazi che non ci sono" is the spaces', and does
  # not reach the shifts or the training after the comma; "la formazione non
  # basta" leaves "servono fondi" a need; a cue of adequacy after a topic and
  # an adjective qualifies it ("una normativa nazionale chiara"), so a
  # negation or lack before it codes it; "budget" is English too ("We have
  # the budget" says it is there)
  x <- c("orari incompatibili, spazi che non ci sono, turni che cambiano",
         "spazi che non ci sono, formazione insufficiente",
         "la formazione non basta, servono fondi",
         "Finch\u00e9 non c'\u00e8 una normativa nazionale chiara, l'azienda non si muove.",
         "manca una normativa regionale chiara",
         "la normativa regionale chiara c'\u00e8",
         "We have the budget for two posts.",
         "Non ci sono fondi, formazione n\u00e9 riconoscimento")
  expect_coded(x, d, c("organisation", "training;organisation", "funding;training",
                       "recognition", "recognition", "", "", "recognition;funding;training"),
               evidence = TRUE)
})

test_that("the frame knows narrative wording: deeds never formalised, hostile staff, ill peers", {
  d <- barrier_dictionary()
  x <- c("la direzione non ha mai formalizzato la figura del peer",
         "Niente delibere.",
         "tutti approvati e nessuno finanziato stabilmente",
         "i colleghi sono quasi ostili",
         "nessuno vuole un peer nella propria equipe",
         "nessuno sa cosa fargli fare ai peer",
         "si naviga a vista",
         "c'\u00e8 sempre qualcosa di pi\u00f9 urgente",
         "una ha smesso perch\u00e9 non reggeva il carico emotivo",
         "each post is funded from underspends",
         "When our lead left, the whole thing stalled.")
  expect_coded(x, d, c("recognition", "recognition", "funding", "cultural", "cultural", "role",
                       "organisation", "organisation", "wellbeing", "funding", "organisation"),
               evidence = TRUE)
})

test_that("a problem's negation cue reverses no cue past a separator; more cues of adequacy", {
  d <- barrier_dictionary()
  # by hand: the "no" of "no funding" is that problem's, so "role unclear"
  # after the dash is a lack; "standardizzata" is a cue of adequacy
  # (negated: a lack), "stabili" and "strutturata" are none: stable funds are
  # named as a need more often than as a state ("Fondi stabili,
  # riconoscimento"), and a structured training closes lists of lacks;
  # "invece" is a function word ("i fondi invece ci sono" says they are
  # there); "ci vorrebbero" is a need; the integration into the team is the
  # role's
  x <- c("no funding - role unclear",
         "Barriers: - no stable funding - no supervision - role unclear",
         "Fondi stabili, riconoscimento, formazione",
         "Formazione ESP: non standardizzata, lasciata all'iniziativa dei singoli",
         "formazione standardizzata",
         "mancano tempo e spazi, i fondi invece ci sono",
         "ci vorrebbero fondi stabili",
         "supervisione garantita; il problema \u00e8 l'integrazione nel team",
         "Funding is not an issue; integration into the MDT is",
         "Problem: management priorities elsewhere")
  expect_coded(x, d, c("funding;role", "funding;role;wellbeing", "recognition;funding;training",
                       "training", "", "organisation", "funding", "role", "role",
                       "organisation"),
               evidence = TRUE)
})

test_that("barriers gone, political will, help received and human resources are read as such", {
  d <- barrier_dictionary()
  # by hand: a barrier said to have gone is none; the will of politicians is
  # no culture of the services; what the answer thanks is there; few human
  # resources are staff (organisation), not money
  x <- c("The cultural resistance we faced in 2018 has largely gone.",
         "le resistenze sono sparite",
         "Manca la volont\u00e0 politica",
         "grazie ai fondi regionali il progetto va avanti",
         "thanks to the funding from the ICB we have two posts",
         "Poco tempo, poche risorse umane, tanta burocrazia.",
         "poche risorse")
  expect_coded(x, d, c("", "", "", "", "", "organisation", "funding"), evidence = TRUE)
})

test_that("trained people said to be so are there; negated, they lack", {
  d <- barrier_dictionary()
  x <- c("Il personale \u00e8 formato ma non c'\u00e8 tempo",
         "il personale non \u00e8 formato",
         "Personale formato",
         "i peer sono gi\u00e0 formati, mancano i fondi",
         "Staff are trained but there is no time",
         "staff are not trained")
  expect_coded(x, d, c("organisation", "training", "training", "funding", "organisation",
                       "training"), evidence = TRUE)
})

test_that("a cue of lack over a list joined by coordinations codes a qualified last item", {
  d <- barrier_dictionary()
  # by hand: "mancanza di X e di una formazione adeguata" lacks both; after a
  # comma, "il ruolo definito c'è" is a new statement
  x <- c("la mancanza di un finanziamento e di una formazione adeguata",
         "mancanza di fondi e di un ruolo definito",
         "mancano i fondi, il ruolo definito c'\u00e8")
  expect_coded(x, d, c("funding;training", "funding;role", "funding"), evidence = TRUE)
})

test_that("'fine' is no cue of adequacy ('alla fine'), while an English topic 'is fine'", {
  d <- barrier_dictionary()
  # by hand: in Italian "fine" is the end; "Funding is fine" says the funding
  # is there, "Funding fine, training poor" codes the training only
  x <- c("alla fine ci hanno detto che non c'\u00e8 un inquadramento contrattuale possibile",
         "Funding is fine and management prioritise it",
         "Funding fine, training poor",
         "la fine dei fondi")
  expect_coded(x, d, c("recognition", "", "training", "funding"), evidence = TRUE)
})

test_that("a structured training that closes a list of lacks is lacking too", {
  d <- barrier_dictionary()
  # by hand: the lack governs every item; "strutturata" is no cue
  x <- c("mancanza di un riconoscimento formale, di risorse e di una formazione strutturata",
         "Servirebbero una formazione continua e una supervisione regolare, che oggi mancano.")
  expect_coded(x, d, c("recognition;funding;training", "training;wellbeing"), evidence = TRUE)
})

test_that("a cue of adequacy before a topic qualifies that topic, not the items before it", {
  d <- barrier_dictionary()
  # by hand: "stable" and "adequate" qualify what is lacking ("stable
  # funding"), so the lack governs every item of the list, the qualified
  # last one too; a cue of adequacy before another topic says nothing of
  # the supervision, which the cue after the list governs; with no other
  # cue, it still states the items before it adequate ("training and good
  # supervision" are there)
  x <- c("Lack of training, supervision and stable funding.",
         "Mancanza di formazione, supervisione e adeguati finanziamenti.",
         "Training is good, supervision and stable funding are lacking.",
         "Lack of funding, but training and good supervision.",
         "Supervision and good training are in place.",
         "Mancano i fondi, il ruolo definito c'\u00e8.")
  expect_coded(x, d, c("funding;training;wellbeing", "funding;training;wellbeing",
                       "funding;wellbeing", "funding", "", "funding"), evidence = TRUE)
})

test_that("a parenthetical aside between two commas separates nothing", {
  d <- barrier_dictionary()
  # by hand: "invece", "on the other hand", "purtroppo" between commas leave
  # the topic and its predicate one statement: the funds are no problem, the
  # funding is secured or adequate, the training is lacking; without the
  # second comma, or with a word that is no aside, the commas separate
  x <- c("La burocrazia \u00e8 il principale ostacolo; i fondi, invece, non costituiscono un problema.",
         "Supervision is lacking; funding, on the other hand, has been secured.",
         "Funding, however, is adequate.",
         "La formazione, purtroppo, manca.",
         "Fondi, invece formazione adeguata.")
  expect_coded(x, d, c("organisation", "wellbeing", "", "training", "funding"), evidence = TRUE)
})

test_that("regional acts, fixed-term funds, spaces, placements and unsupported peers are coded", {
  d <- barrier_dictionary()
  # by hand, by the coding rules: a regional act not adopted or not
  # implemented is a lack of recognition; one that works is none; money for a
  # fixed term is unstable funding; "lack of dedicated spaces" is
  # organisation; peers left without support is wellbeing; a formal
  # placement is recognition, not role; tasks loosely defined is role
  x <- c("La Regione non ha ancora adottato un atto di indirizzo in materia",
         "The regional resolution has not been implemented",
         "Una legge regionale c'\u00e8 e funziona",
         "progetti finanziati con fondi a termine",
         "the only critical point is the lack of dedicated spaces.",
         "peer workers are often left without adequate support",
         "la figura non trova ancora una collocazione formale",
         "their tasks remain loosely defined.",
         "considerano l'ESP come un utente piuttosto che come un collega")
  expect_coded(x, d, c("recognition", "recognition", "", "funding", "organisation", "wellbeing",
                       "recognition", "role", "cultural"), evidence = TRUE)
})

test_that("a qualifier after a topic may be a coordination of words", {
  d <- barrier_dictionary()
  # by hand: what is absent is a certified and recognised course; a course
  # said to be specific and adequate is there
  x <- c("Si segnala l'assenza di un percorso formativo certificato e riconosciuto per gli ESP.",
         "manca un percorso formativo specifico e adeguato",
         "c'\u00e8 un percorso formativo specifico e adeguato")
  expect_coded(x, d, c("training", "training", ""), evidence = TRUE)
})

test_that("words that are no typos are not read as the word one letter away", {
  d <- barrier_dictionary()
  # by hand: "rivolta" (aimed at) is not "risolta" (solved), so the training
  # is still lacking; a typo is still read ("formazzione"), and "risolto"
  # itself still says the problem is gone
  x <- c("manca una formazione rivolta agli operatori",
         "manca una formazzione rivolta agli operatori",
         "il problema della formazione \u00e8 stato risolto")
  expect_coded(x, d, c("training", "training", ""), evidence = TRUE)
  got <- text_evidence(code_text(x[1:2], d, evidence = TRUE))
  expect_identical(got$rule[got$status == "coded"], c("window", "approximate"))
})

test_that("a cue of lack before a colon heads the list after it", {
  d <- barrier_dictionary()
  # by hand: "Lack of:" and "Carenze:" govern every item of the list after
  # them, qualified or not; a negated heading ("Nessuna carenza:") or a
  # negation cue after the colon ("Carenze: nessuna") heads nothing; a
  # heading that names a topic itself ("Mancanza di fondi:") is that topic's
  x <- c("Lack of: clear role, adequate training",
         "Carenze: formazione adeguata, ruolo chiaro",
         "Principali carenze: un ruolo definito e una formazione adeguata",
         "Nessuna carenza: formazione adeguata, ruolo chiaro",
         "Carenze: nessuna, la formazione \u00e8 adeguata",
         "Mancanza di fondi: formazione adeguata",
         "Mancano: fondi adeguati")
  expect_coded(x, d, c("training;role", "training;role", "training;role", "", "", "funding",
                       "funding"), evidence = TRUE)
  # without the context of barriers, an unqualified item is the heading's
  y <- c("Carenze: fondi. La formazione \u00e8 adeguata", "Mancanza di: supervisione",
         "Nessuna carenza: fondi")
  got <- code_text(y, d, context = "none")
  expect_identical(code_strings(got, d), c("funding", "wellbeing", ""))
  expect_identical(unname(as.matrix(got)), unname(ref_code(y, d, context = "none")$codes))
})

test_that("physical space is a topic of organisation, coded by its cues", {
  d <- barrier_dictionary()
  # by hand: rooms said adequate or there are no barrier; lacking, they are
  x <- c("abbiamo spazi fisici adeguati", "lo spazio fisico c'\u00e8",
         "mancano spazi fisici", "non abbiamo uno spazio fisico dedicato")
  expect_coded(x, d, c("", "", "organisation", "organisation"), evidence = TRUE)
})

test_that("topics joined with articles before one cue are one subject", {
  d <- barrier_dictionary()
  # by hand: "i fondi e la formazione sono adeguati" states both adequate;
  # a clause before the coordination ("una figura non clinica e il suo
  # ruolo ...") still ends its predicate there
  x <- c("i fondi e la formazione sono adeguati",
         "sia i fondi che la formazione sono adeguati",
         "la formazione e la supervisione sono garantite",
         "Il ruolo e la formazione sono chiari ma mancano i fondi",
         "Fondi, formazione e la supervisione sono adeguati",
         "i fondi e la formazione mancano",
         "una figura non clinica e il suo ruolo resta ambiguo")
  expect_coded(x, d, c("", "", "", "funding", "", "funding;training", "role"), evidence = TRUE)
})

test_that("a list of topics that an exclusion states there is there as a whole", {
  d <- barrier_dictionary()
  # by hand: "ci sono fondi e formazione" and "fondi e formazione ci sono"
  # state both there; an item with its own cue keeps it ("poca formazione")
  x <- c("Fondi e formazione ci sono, manca il riconoscimento",
         "ci sono fondi, formazione e supervisione",
         "abbiamo fondi e formazione",
         "We have funding and training; recognition is missing",
         "Funding and training are in place",
         "abbiamo fondi e poca formazione",
         "Fondi, formazione")
  expect_coded(x, d, c("recognition", "", "", "recognition", "", "training", "funding;training"),
               evidence = TRUE)
})

test_that("the essential levels of care, rooms, untrained teams and peers seen as patients are coded", {
  d <- barrier_dictionary()
  # by hand, as a blind coder coded answers so worded
  x <- c("Il peer support non \u00e8 inserito nei LEA",
         "Lack of a formal professional profile for peer workers",
         "The role is clear, but we lack rooms to meet.",
         "Money is not the issue; nobody trained the team to work with peers.",
         "la cosa pi\u00f9 difficile \u00e8 essere presi sul serio dai medici",
         "l'idea che il peer sia ancora un paziente",
         "hanno paura che il peer rubi il lavoro",
         "LEA")
  expect_coded(x, d, c("recognition", "recognition", "organisation", "training", "cultural",
                       "cultural;stigma", "cultural", ""), evidence = TRUE)
})

test_that("pay as volunteers, yearly calls, the economic issue and prejudice of professionals are coded", {
  d <- barrier_dictionary()
  # by hand, by the rules: peers paid only as volunteers are unpaid
  # (funding); working as volunteers, without pay named,
  # leaves them no recognised place (recognition); funding tied to yearly
  # calls is unstable; "il tema economico" names funding; professionals'
  # prejudice towards peers is stigma and cultural
  x <- c("ESP pagati solo come volontari",
         "i peer lavorano come volontari",
         "ESP retribuiti come volontari",
         "peer workers are paid only as volunteers",
         "tutto legato a bandi annuali",
         "Poi c'e' il tema economico.",
         "Poi ci sono i fondi.",
         "prejudice of professionals towards peer workers",
         "prejudice among the team")
  expect_coded(x, d, c("funding", "recognition", "funding", "funding", "funding", "funding", "",
                       "cultural;stigma", "cultural;stigma"), evidence = TRUE)
})

test_that("the words of administrative answers code what they state, and no more", {
  d <- barrier_dictionary()
  # by hand, by the rules: "no issues are found", "X is not a problem" and a
  # barrier that would arise only if something ended are no barriers; a
  # peer's own crisis or story, "nel corso del 2019" and an active role name
  # no staff, course or unclear role
  x <- c("Non si ravvisano, allo stato, barriere significative.",
         "Non si ritiene che vi siano barriere di tipo culturale; si segnala invece l'assenza di un finanziamento strutturale.",
         "La burocrazia rallenta tutto; i fondi non costituiscono un problema.",
         "Qualora venisse meno il contributo regionale, si porrebbe il problema della sostenibilit\u00e0 economica.",
         "Gli ESP raccontano la loro storia personale.",
         "Nel corso del 2019 \u00e8 stato avviato il progetto.",
         "Il progetto si \u00e8 fermato per esaurimento del finanziamento.",
         "Scarsa integrazione tra i servizi sanitari e sociali.",
         "Assenza di un quadro regionale di riferimento.",
         "Una tendenza degli operatori a relegare gli ESP a compiti marginali.",
         "Timori da parte di alcuni operatori.",
         "Le urgenze cliniche assorbono le risorse di personale.",
         "Gli ESP sono coinvolti con un ruolo attivo nei servizi.",
         "Many clinicians still see peer workers as patients rather than colleagues.",
         "Non emergono particolari criticit\u00e0 sul versante della formazione.",
         # funded or allocated, a topic is there ("stanziato", "finanziata"
         # are cues of adequacy); funds tied to a project are a barrier
         "La formazione degli ESP \u00e8 stata finanziata dalla Regione; il problema resta l'inquadramento.",
         "La Regione ha stanziato risorse dedicate.",
         "Le attivit\u00e0 sono finanziate con fondi a progetto, rinnovati annualmente.",
         # so is staff said to be involved ("coinvolto")
         "Il personale \u00e8 stato coinvolto fin dalla fase progettuale.",
         "Gli ESP faticano a essere riconosciuti dai colleghi.")
  expect_coded(x, d, c("", "funding", "organisation", "", "", "", "funding", "organisation",
                       "recognition", "cultural", "cultural", "organisation", "",
                       "cultural;stigma", "", "recognition", "", "funding", "", "cultural"),
               evidence = TRUE)
})

test_that("a qualified item of a list governed by a cue of lack is lacking, and so are the items after it", {
  d <- barrier_dictionary()
  # by hand: "clear", "definito", "adeguata" say what is lacking, not that
  # it is there; the items after them are lacking too. A qualifier stated of
  # a topic on its own ("formazione si") or with a verb ("il ruolo definito
  # c'è") still states it there, and a plural qualifier after a list
  # ("Fondi e formazione adeguati") says nothing of the items before it
  x <- c("Lack of funding, a clear role and training",
         "Lack of funding, a defined role and adequate training",
         "Mancanza di fondi, di un ruolo definito e di formazione",
         "Mancano fondi, ruolo definito e formazione adeguata",
         "Mancano i fondi, un ruolo definito e la formazione",
         "Lack of funding, of a clear role and of adequate training",
         "Mancano i fondi, il ruolo definito c'\u00e8",
         "Abbiamo un ruolo definito e una formazione adeguata, mancano i fondi",
         "Good supervision and training",
         "formazione si, fondi no",
         "Fondi, invece formazione adeguata.",
         # (the last item after a coordination and an article)
         "Mancano i fondi, un ruolo definito e una formazione adeguata",
         "Mancano i fondi e una formazione adeguata",
         "Abbiamo i fondi, un ruolo definito e una formazione adeguata",
         "Mancano i fondi, ma c'\u00e8 un ruolo definito e una formazione adeguata")
  expect_coded(x, d, c("funding;training;role", "funding;training;role", "funding;training;role",
                       "funding;training;role", "funding;training;role",
                       "funding;training;role", "funding", "funding", "", "funding", "funding",
                       "funding;training;role", "funding;training", "", "funding"),
               evidence = TRUE)
})

test_that("a barrier told of the past is no barrier when the answer comes back to the present", {
  d <- barrier_dictionary()
  # by hand: the resistance, the missing budget and the scepticism belong to
  # the start and the answer then says what holds now; a barrier in the
  # present part, one the answer says goes on ("ancora", "still"), and one
  # told of the past with no return to the present stay coded
  x <- c("When we started the programme there was a lot of resistance from psychiatrists, but that has largely faded. What remains is funding.",
         "In the beginning we had no budget at all and peer workers were volunteers. Now the main barrier is stigma.",
         "In una prima fase il problema era lo scetticismo dei colleghi. Oggi il problema principale \u00e8 lo stigma.",
         "When we started there was a lot of resistance from psychiatrists, and there still is. Now funding is also short.",
         "When we started there was a lot of resistance from psychiatrists.",
         "Lo stigma resta forte; in una prima fase mancavano anche i fondi.")
  expect_coded(x, d, c("funding", "stigma", "stigma", "funding;cultural", "cultural",
                       "funding;stigma"), evidence = TRUE)
  ev <- text_evidence(code_text(x[1:2], d, context = "barrier", evidence = TRUE))
  expect_identical(unique(ev$cause[ev$status == "past"]), c("When we started", "In the beginning"))
  # phrases of one's own, or none
  y <- "When we started there was a lot of resistance from psychiatrists. Today funding is short."
  d0 <- text_dictionary(system.file("extdata", "barriers-dictionary.csv", package = "peersurvey"),
                        context = "barrier", approximate = TRUE, past = character(0))
  expect_identical(code_strings(code_text(y, d0), d0), "funding;cultural")
  expect_identical(code_strings(code_text(y, d), d), "funding")
  expect_error(text_dictionary(data.frame(category = "a", language = "en", pattern = "x"),
                               past = "at (first)"), "`past` phrases must be words")
})

test_that("a barrier settled or only feared is no barrier in the shipped frame", {
  d <- barrier_dictionary()
  # by hand: the funds are settled; the burnout is a worry about the
  # future; the funding after a settled training is lacking
  x <- c("Sul piano dei fondi invece siamo a posto.",
         "We are worried that the peer workers could burn out as caseloads grow.",
         "Sul piano economico non abbiamo lamentele.",
         "Mancano i fondi; sulla formazione siamo a posto.")
  expect_coded(x, d, c("", "", "", "funding"), evidence = TRUE)
})

test_that("a rule approved, a contract's stability and obstacles of the rules are read", {
  d <- barrier_dictionary()
  # by hand: the approved resolution is no barrier and the obstacles of the
  # rules are gone, the coordination remains; the contracts lack stability;
  # an approved profile is no barrier; a profile not approved is
  x <- c(paste("La regione ha approvato una delibera sul peer support, quindi non ci sono",
               "più ostacoli normativi; restano però i problemi di coordinamento tra CSM e SerD."),
         "I peer non hanno alcuna stabilità contrattuale.",
         "Il profilo regionale è stato approvato; mancano i fondi.",
         "The regional profile has been approved, but regulatory obstacles remain.",
         "Ostacoli normativi e poca formazione.")
  expect_coded(x, d, c("organisation", "recognition", "funding", "recognition",
                       "recognition;training"), evidence = TRUE)
})

test_that("a negation cue joined by a hyphen to a cue of adequacy is a cue of lack", {
  d <- barrier_dictionary()
  # by hand: "non-existent" and "non-adequate" say the topic is lacking;
  # "non-clinical" qualifies the role, which the answer names bare
  x <- c("Supervision: non-existent.",
         "Non-adequate funding and a non-clinical role",
         "Supervisione non-esistente, formazione non-adeguata",
         "Supervision: existent.")
  expect_coded(x, d, c("wellbeing", "funding;role", "training;wellbeing", ""),
               evidence = TRUE)
})

test_that("a gap is a cue of lack", {
  d <- barrier_dictionary()
  # by hand: the gap and the "lacune" are what is lacking; a gap between
  # two things names no topic
  x <- c("Funding and training are in place. The gap is supervision.",
         "Gaps in training and funding",
         "Lacune formative e nella supervisione",
         "There is a gap between what we promise and what we deliver")
  expect_coded(x, d, c("wellbeing", "funding;training", "training;wellbeing", ""),
               evidence = TRUE)
})

test_that("a long answer is read in pieces that end with a sentence", {
  d <- barrier_dictionary()
  one <- paste("Mancano i finanziamenti. Non \u00e8 un problema la formazione, c'\u00e8",
               "resistenza culturale dei colleghi; all'inizio lo stigma, oggi superato. ")
  x <- strrep(one, 400)                       # about 50 kB: several pieces
  e1 <- text_evidence(code_text(one, d, evidence = TRUE))
  ex <- text_evidence(code_text(x, d, evidence = TRUE))
  expect_gt(nrow(e1), 3L)
  # every sentence is read as on its own, at its place in the whole answer
  expect_identical(code_text(x, d), code_text(one, d))
  expect_identical(ex$status, rep(e1$status, 400))
  expect_identical(ex$start, rep(e1$start, 400) + rep((0:399) * nchar(one), each = nrow(e1)))
  expect_identical(ex$match, substring(x, ex$start, ex$end))
  cause <- !is.na(ex$cause_start)
  expect_identical(ex$cause[cause], substring(x, ex$cause_start, ex$cause_end)[cause])
  # a run of words with no full stop is cut between words: every match is
  # found once, where it is
  frame <- data.frame(category = "cultural", language = "en", pattern = "resist*",
                      exclude = "resistance has faded")
  y <- strrep("resistance has faded \u00e8 ", 8000)
  ey <- text_evidence(code_text(y, frame, evidence = TRUE))
  expect_identical(nrow(ey), 8000L)
  expect_identical(ey$start, as.integer(gregexpr("resistance", y)[[1L]]))
  expect_identical(ey$match, substring(y, ey$start, ey$end))
  # a run of phrases with commas and no full stop is cut after a comma: a
  # phrase of two words is found wherever it is (between two plain words it
  # could be cut)
  fr2 <- data.frame(category = "organisation", language = "en", pattern = "heavy workload")
  z <- strrep("lorem ipsum dolor heavy workload, sit amet heavy workload consectetur, ", 2000)
  ez <- text_evidence(code_text(z, fr2, evidence = TRUE))
  expect_identical(ez$start, as.integer(gregexpr("heavy workload", z, fixed = TRUE)[[1L]]))
  # a word is never cut: a pattern of 10^4 letters is found in answers of
  # such words, longer than a piece
  word <- strrep("a", 1e4)
  fr <- data.frame(category = "long", language = "en", pattern = word)
  got <- code_text(c(paste(word, "b", word), paste0(word, "b"), paste0("b,", word)), fr,
                   evidence = TRUE)
  expect_identical(got$long, c(TRUE, FALSE, TRUE))
  expect_identical(text_evidence(got)$start, c(1L, 10004L, 3L))
})

test_that("clause words and coordinations can be given for a language", {
  # Spanish: "sino" ends a clause, "y" joins a list, as "ma" and "e" do
  frame <- data.frame(category = c("stigma", "funding"), language = "es",
                      pattern = c("estigma", "fondos"), kind = c("problem", "topic"))
  dict <- function(...)
    text_dictionary(frame, negation = c("no", "sin"), lack = c("faltan", "falta"),
                    adequacy = "suficientes", skip = c("de", "la", "el"),
                    contrast = character(0), gap = 1, ...)
  x <- c("no tenemos fondos sino estigma", "faltan formadores y fondos")
  # by default "sino" is a word like any other: "no" reaches "estigma"; and
  # "formadores y" are two words between the cue and the topic, one more
  # than `gap`
  got <- code_text(x, dict())
  expect_identical(got$stigma, c(FALSE, FALSE))
  expect_identical(got$funding, c(TRUE, FALSE))
  es <- dict(clause = c("pero", "sino"), coordination = c("y", "e", "o", "u"))
  got <- code_text(x, es)
  # "no X sino Y" names Y as the barrier, and the list is joined by "y"
  expect_identical(got$stigma, c(TRUE, FALSE))
  expect_identical(got$funding, c(FALSE, TRUE))
  expect_identical(es$clause, c("pero", "sino"))
  expect_error(dict(clause = "sin embargo"), "`clause` cues must be single words.*element 1",
               class = "peersurvey_bad_argument")
  expect_error(dict(coordination = c("y", NA)), "`coordination` must not contain NA: element 2",
               class = "peersurvey_bad_argument")
  # a dictionary saved before these lists existed still compiles with the defaults
  old <- unclass(barrier_dictionary())
  old$clause <- old$coordination <- NULL
  old$cache <- new.env()
  old <- structure(old, class = "peer_dictionary")
  expect_identical(code_text(x, old), code_text(x, barrier_dictionary()))
})

test_that("a lack heading a list governs its last item; an exclusion telling a topic apart states no list", {
  d <- barrier_dictionary()
  # by hand: "Lack of" and "La mancanza di" govern the whole list, the clear
  # (defined) role included; "adeguata" and "good" after their own topic
  # state the training there; the staff of "staff attitudes" are no
  # shortage, which says nothing of the money and the training before them;
  # "ci sono" after a list states both there
  x <- c("Lack of funding, training and a clear role.",
         "La mancanza di fondi, formazione e un ruolo definito.",
         "Mancano i fondi e la formazione \u00e8 adeguata.",
         "Lack of funding and the training is good.",
         "Money, training, staff attitudes.",
         "Fondi e formazione ci sono.")
  expect_coded(x, d, c("funding;training;role", "funding;training;role", "funding", "funding",
                       "funding;cultural;training", ""), evidence = TRUE)
})

test_that("the frame reads low pay as funding and knows the words of two more blind sets", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: the level of pay is funding; the esteem
  # of colleagues and experiential knowledge not valued are cultural; "the
  # barrier is not X" names no barrier; staff burnout is organisation
  x <- c("La formazione c'\u00e8, ma non basta",
         "Scarso riconoscimento economico per gli esperti",
         "Wages are poor and most of our peer workers have second jobs.",
         "Peer support workers get paid less than the cleaners.",
         "la mancanza di riconoscimento da parte dei colleghi",
         "Il sapere esperienziale non viene riconosciuto dai medici",
         "The barrier is not funding. The barrier is leadership that does not believe in it.",
         "La barriera non \u00e8 la formazione: \u00e8 la diffidenza dei medici.",
         "Its less about money than attitudes.",
         "Money, training etc are fine.",
         "Sovraccarico di lavoro, burn out degli operatori",
         "Lack of formation for the \u00e9quipe",
         "peers find the work emotionally draining",
         "Our peers are fantastic, and the service would fall apart without them.",
         "Constant restructures and too many priorities",
         "Pay parity with other support workers is a problem.")
  expect_coded(x, d, c("training", "funding", "funding", "funding", "cultural", "cultural",
                       "cultural", "cultural", "cultural", "", "organisation", "training",
                       "wellbeing", "", "organisation", "recognition"), evidence = TRUE)
})

test_that("the frame knows the words of two more blind sets: hopes, past problems, buy-in", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: a problem of the past now sorted, a
  # hypothetical barrier and a hope are none; the clinical qualifications
  # the sceptical find missing are their stance (cultural), not a lack of
  # training
  x <- c("We don't have any problem with stigma or resistance. Our issue is we can't get a budget line for it.",
         "We used to have problems with funding but since the new contract in 2022 that's sorted.",
         "Training used to be a problem but now everyone goes on the core course.",
         "Training would be a barrier if we expanded, but for our current two peers it's fine",
         "Speriamo che la Regione approvi presto la delibera sulla figura",
         "consultants not buying in",
         "Not having enough peers to cover the service. One PSW across 3 wards!",
         "i think the biggest thing is other staff not knowing what peers do",
         "Il contratto degli ESP \u00e8 a tempo determinato e legato al progetto",
         "Sfiducia degli operatori nelle capacit\u00e0 degli ESP, visti come 'fragili'",
         "Some colleagues are openly dismissive ('what qualifications do they have?')",
         "Some of our peer staff have experienced a lot of moral distress.")
  expect_coded(x, d, c("funding", "", "", "", "", "cultural", "organisation", "role",
                       "recognition;funding", "cultural;stigma", "cultural", "wellbeing"),
               evidence = TRUE)
})

test_that("the frame knows the words of two more short blind sets: rubbish, questions, hopes", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: "rubbish" is a cue of lack; a question
  # about the question and a hope name no barrier
  x <- c("Pay is rubbish. Supervision is fine tho",
         "Senior management dont see the value",
         "Lip service from senior leadership, nothing changes",
         "Unclear what you mean by barriers - we have 3 peer workers and they're great",
         "La Regione non ha mai recepito l'accordo, quindi formalmente la figura non esiste",
         "Ci stiamo lavorando, speriamo di far partire un corso per ESP il prossimo anno",
         "Il progetto \u00e8 finanziato dalla Regione fino al 2025, poi non si sa",
         "mancanza di protocolli condivisi con l'associazione",
         "Gli esperti danno il loro tempo gratis, non ci sono soldi per pagarli",
         "Lack of funds and not specific formation for peers")
  expect_coded(x, d, c("funding", "cultural", "cultural", "", "recognition", "", "funding",
                       "organisation", "funding", "funding;training"), evidence = TRUE)
})

test_that("the frame knows the words of two more blind sets of lines and lists", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: a service that fully funds its peers,
  # a plan and a project going well name no barrier; a problem said not to
  # be economic is none of funding
  x <- c("Funding is fine; the problem is the psychologists guarding their territory.",
         "Honestly things are going well. We have 14 CPSs across our clinics and the county fully funds them.",
         "We're planning to introduce peer workers into the CMHT next year.",
         "Lack of clarity about CPS vs case manager roles",
         "Il progetto \u00e8 partito nel 2022 con i fondi PNRR e sta andando bene.",
         "Il vero problema non \u00e8 economico. \u00c8 che gli operatori non sanno come lavorare con un collega con esperienza vissuta: nessuno li ha formati.",
         "Poca integrazione dei facilitatori sociali nelle \u00e9quipe territoriali.",
         "- stigma\n- autostigma\n- paura della ricaduta")
  expect_coded(x, d, c("cultural", "", "", "role", "", "training", "role", "wellbeing;stigma"),
               evidence = TRUE)
})

test_that("a clause word right after a cue of lack qualifies it and starts no clause", {
  d <- barrier_dictionary()
  # by hand: "manca però X" says X is lacking ("however, X is lacking"), so
  # the adequacy before the semicolon stays its own and X is coded; "ma"
  # after a comma still starts a clause
  x <- c("La formazione \u00e8 buona e il ruolo \u00e8 chiaro; manca per\u00f2 una supervisione strutturata.",
         "Nessuna carenza di spazi; manca per\u00f2 chiarezza sui compiti del peer.",
         "Mancano tuttavia i fondi.",
         "La formazione manca, ma la supervisione c'\u00e8.")
  expect_coded(x, d, c("wellbeing", "role", "funding", "training"), evidence = TRUE)
})

test_that("'but' and 'ma' right after a cue of lack still start a clause", {
  d <- barrier_dictionary()
  # by hand: "but" and "ma" cannot follow what they qualify, so the hope
  # after them is a clause of its own and the lack before them stands;
  # "per\u00f2", "tuttavia" and "though", words of asides too, still qualify
  # the cue
  x <- c("Funding is short but we hope it improves",
         "Mancano fondi ma speriamo che migliori",
         "Training is lacking but we expect it to improve next year",
         "Funding is short though",
         "La formazione \u00e8 buona; manca per\u00f2 una supervisione strutturata.")
  expect_coded(x, d, c("funding", "funding", "training", "funding", "wellbeing"),
               evidence = TRUE)
})

test_that("a subject 'neither A nor B' lends its negation to the predicate after it", {
  d <- barrier_dictionary()
  # by hand: "neither A nor B is the issue" says that A is not the issue and
  # B is not; "né A né B mancano" that neither lacks; without a predicate
  # right after the last item, "né A né B" still names both lacks
  x <- c("N\u00e9 i fondi n\u00e9 la formazione sono un problema.",
         "Neither funding nor training is the problem.",
         "Honestly, neither funding nor training is the issue here - it's the culture of the ward.",
         "N\u00e9 i fondi n\u00e9 la formazione mancano, manca il riconoscimento.",
         "Ne' fondi, ne' formazione, ne' supervisione sono un problema: il problema \u00e8 lo stigma.",
         "Neither the funding nor the training of staff is a problem.",
         "Neither funding nor training is adequate.",
         "N\u00e9 i fondi n\u00e9 la formazione sono sufficienti.",
         "Non abbiamo n\u00e9 fondi n\u00e9 formazione.",
         "N\u00e9 fondi n\u00e9 formazione.",
         "Non ci sono problemi di fondi n\u00e9 di spazi.",
         # the list ended by a separator, the problem named after it
         "Neither funding nor training: the problem is stigma.",
         "N\u00e9 fondi n\u00e9 formazione, il vero problema \u00e8 la cultura.",
         "Neither funding nor training - the main issue is stigma",
         "Non abbiamo n\u00e9 fondi n\u00e9 formazione, il problema \u00e8 tutto.")
  expect_coded(x, d, c("", "", "cultural", "recognition", "stigma", "", "funding;training",
                       "funding;training", "funding;training", "funding;training", "",
                       "stigma", "cultural", "stigma", "funding;training"),
               evidence = TRUE)
  # shapes around the rule: chains, separators, clause words, items too
  # long, a cue of "nor" with nothing before it, the end of the text
  # (with a separator before the predicate, the rule of the predicate does
  # not read it; the rule of a problem named after the separator does)
  y <- c("Neither funding nor training, the problem is stigma.", "Neither nor funding is an issue.", "neither funding nor", "Neither funding nor training",
         "Neither funding nor training: stigma.", "Neither funding nor training; the problem is stigma.",
         "Neither funding nor training, and the problem is stigma.",
         "Neither funding nor training: the", "N\u00e9 fondi: il problema \u00e8 lo stigma",
         "ne fondi ne formazione - il problema",
         "Neither funding, nor training is an issue.", "but neither funding nor training is lacking",
         "Neither funding nor the stable training of all our staff members is an issue.",
         "Neither funding nor training nor supervision nor space are a problem here.",
         "n\u00e9 n\u00e9 n\u00e9 fondi \u00e8", "Ne fondi ne formazione e un problema.",
         "Neither funding nor training is. Neither is supervision.",
         "Neither funding nor training is the issue; neither funding nor role is lacking.")
  expect_reference(y, d, evidence = TRUE)
  # a dictionary without negation cues changes nothing
  plain <- text_dictionary(data.frame(category = "f", language = "en", pattern = "funding"),
                           negation = character())
  expect_reference(x, plain, got = code_text(x, plain, context = "barrier"), evidence = TRUE)
})

test_that("a contrast 'no X, but Y' holds within a sentence, not after 'not only' or an exception", {
  d <- barrier_dictionary()
  # by hand: "non i fondi, ma la formazione" sets the funds aside; a "but"
  # that opens the next sentence, a "but" after "not only" and a clause
  # word of an exception ("apart from", "tranne") leave the lack as it is
  x <- c("Non i fondi, ma la formazione.",
         "Not funding, but training.",
         "No ongoing funding. But no training either.",
         "Not only is there no ongoing funding, but there's also no real pathway to qualify.",
         "Our peer workers have had no formal training apart from a two-day orientation.",
         "Nessuna formazione specifica, tranne un breve corso iniziale.",
         "No barriers apart from funding.",
         "No major barriers except the usual budget constraints.")
  expect_coded(x, d, c("training", "training", "funding;training", "funding", "training",
                       "training", "funding", "funding"), evidence = TRUE)
})

test_that("the frame knows the words of four more blind sets", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: an answer opening with "none that I can
  # think of" names no barrier in passing; economic barriers affirmed with
  # "sì" are funding; peers treated like patients are stigma and cultural;
  # unpaid peers are unfunded (funding only); contracts "a progetto" are
  # precarious (recognition)
  x <- c("None that I can think of to be honest. Our peer workers are on permanent contracts and get monthly group supervision.",
         "Barriere economiche s\u00ec, ma non solo: anche una certa chiusura della dirigenza.",
         "We're treated like patients, not colleagues.",
         "Unpaid.",
         "Gli ESP hanno contratti a progetto che si rinnovano ogni sei mesi.",
         "The trust says it wants peer support but hasn't budgeted for the posts it promised.",
         "Probably the biggest one is people not wanting to disclose.",
         "The service is very medicalised.",
         "There's no shared understanding of what peer support actually is.",
         "Honestly, no major barriers. Our service has a peer support framework and the team is fully staffed.",
         "Funding was the big barrier until the board made it recurrent, so I'd no longer list it. What's left is space.")
  expect_coded(x, d, c("", "funding;cultural", "cultural;stigma", "funding", "recognition",
                       "funding", "stigma", "cultural", "role", "", "organisation"),
               evidence = TRUE)
})

test_that("the frame knows the words of sets of nine countries and of all professions", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: occupational health named where
  # discrimination happens is no bureaucracy; a want of dedicated rooms is
  # organisation; what "il punto" is not is no barrier; "finances are
  # tight" lack funds
  x <- c("Discrimination in recruitment - occupational health often flags their MH history",
         "Bureaucracy: vetting and occupational health checks take months.",
         "Non abbiamo locali dedicati.",
         "Il punto non sono le risorse. Il punto sono le resistenze dei colleghi.",
         "Finances are tight across the whole service.",
         "Difficulties integrating peers into the MDT.",
         "Lived experience isn't seen as expertise.",
         "Manca un fondo dedicato nel bilancio del DSM.")
  expect_coded(x, d, c("stigma", "organisation", "organisation", "cultural", "funding", "role",
                       "cultural", "funding"), evidence = TRUE)
})

test_that("the frame knows the words of a blind set of the survey's directors", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: "non si tratta tanto di X quanto di Y"
  # sets X aside; a course in the plans is no barrier; a peer seen as a
  # patient by colleagues is stigma and cultural
  x <- c("Non si tratta tanto di soldi quanto di riconoscimento istituzionale della figura.",
         "Il peer fatica a trovare una collocazione nell'equipe, e gli operatori faticano a riconoscerne il valore.",
         "Il Dipartimento non ha ancora avviato esperienze di supporto tra pari, ma \u00e8 in programma un corso di formazione per il 2025.",
         "Il peer viene ancora percepito come 'paziente' e non come collega",
         "Si segnala l'assenza di una disciplina regionale in materia di ESP.",
         "Retribuzione insufficiente")
  expect_coded(x, d, c("recognition", "cultural;role", "", "cultural;stigma", "recognition",
                       "funding"), evidence = TRUE)
})

test_that("the frame knows the words of one more English blind set", {
  d <- barrier_dictionary()
  # hand-coded by the coding rules: psychiatrists named alone are their
  # resistance, too few of them a shortage; qualifications named by those
  # who doubt peers are their stance, not a lack of training
  x <- c("Funding is not an issue for us; the main difficulty is recruiting and retaining peer workers.",
         "Psychiatrists.",
         "Shortage of psychiatrists.",
         "Procurement rules mean we have to re-tender the peer service every 2 years - very unstable.",
         "Unclear where they sit in the structure - do they report to nursing, psychology or the service manager? Nobody owns it.",
         "Boundary issues - peers often know the service users socially, it's a small town.",
         "Lived experience is not valued as knowledge. Qualifications trump everything.",
         "Resistance from nursing staff, who see peer workers as unqualified")
  expect_coded(x, d, c("organisation", "cultural", "organisation", "funding", "role", "role",
                       "cultural", "cultural"), evidence = TRUE)
})

test_that("the rest of a problem match a cue of lack begins is a list item for the topics after it", {
  f <- data.frame(category = c("money", "recog", "train", "staff"), language = "en",
                  pattern = c("lack of means", "recognition", "training", "not recognised"),
                  kind = c("problem", "topic", "topic", "problem"))
  d <- text_dictionary(f, context = "barrier")
  x <- c("Lack of means and recognition",
         "Lack of means, recognition and training",
         "Lack of means hurts recognition",                # no list: not governed, not bare
         "Lack of means. Recognition is adequate",         # another sentence
         "Lack of means: recognition is adequate",         # a colon after the cue's match
         "Lack of means and recognition is adequate",      # stated adequate
         "Peers are not recognised, and training is adequate")
  expect_coded(x, d, c("money;recog", "money;recog;train", "money", "money", "money",
                       "money", "staff"), evidence = TRUE)
  # without the context of a question on barriers, no bare topic is coded:
  # the list item alone codes the recognition, and the rest of a negation
  # cue's match ("not recognised") is a predicate, no list item
  dn <- text_dictionary(f)
  xn <- c("Lack of means and recognition", "Lack of means, recognition and training",
          "Peers are not recognised and training", "Lack of means hurts recognition")
  want <- c("money;recog", "money;recog;train", "staff", "money")
  got <- code_text(xn, dn)
  expect_identical(code_strings(got, dn), want)
  expect_identical(unname(as.matrix(got[dn$categories])), unname(ref_code(xn, dn)$codes))
  f2 <- data.frame(category = c("money", "recog"), language = "it",
                   pattern = c("mancanza di mezzi", "riconoscimento"), kind = c("problem", "topic"))
  expect_coded(c("Mancanza di mezzi e di riconoscimento", "Mancanza di mezzi, riconoscimento adeguato"),
               text_dictionary(f2, context = "barrier"), c("money;recog", "money"), evidence = TRUE)
})

test_that("patterns the coder reads alike once folded are one pattern, an error naming both rows", {
  for (pair in list(c("Ärzte", "arzte"), c("straße", "strasse"), c("zu wenig zeit", "zu-wenig-zeit"),
                    c("better-paid", "Better paid"), c("fond*", "FOND*")))
    expect_error(text_dictionary(data.frame(category = "a", language = "de", pattern = pair)),
                 sprintf("repeats pattern \"%s\" of category \"a\" in rows 1 and 2", pair[1L]),
                 fixed = TRUE, class = "peersurvey_bad_dictionary")
  # a star, or another category, makes another pattern
  expect_s3_class(text_dictionary(data.frame(category = "a", language = "en",
                                             pattern = c("fond", "fond*"))), "peer_dictionary")
  two <- text_dictionary(data.frame(category = c("a", "b"), language = "en",
                                    pattern = c("\u00c4rzte", "arzte")))
  expect_identical(unname(unlist(code_text("\u00c4rzte", two))), c(TRUE, TRUE))
  # the shipped frame holds none, by a folding written here in base R
  fold <- function(p) {
    p <- tolower(p)
    p <- chartr("\u00e0\u00e1\u00e2\u00e4\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc\u00e7",
                "aaaaeeeeiiiioooouuuuc", p)
    p <- gsub("\u00df", "ss", p)
    trimws(gsub("[^a-z0-9*]+", " ", p))
  }
  f <- as.data.frame(barrier_dictionary())
  expect_false(anyDuplicated(paste(f$category, fold(f$pattern))) > 0L)
})

test_that("the shipped frame writes an English negated auxiliary every way answers write it", {
  f <- as.data.frame(barrier_dictionary())
  fold <- function(p) trimws(gsub("[^a-z0-9*]+", " ", tolower(p)))
  have <- paste(f$category, fold(f$pattern))
  # the forms of one tense, for any person, written here apart from the
  # frame's script
  tenses <- list(c("do not", "don t", "dont", "does not", "doesn t", "doesnt"),
                 c("is not", "isn t", "isnt", "are not", "aren t", "arent"),
                 c("has not", "hasn t", "hasnt", "have not", "haven t", "havent"),
                 c("cannot", "can not", "can t", "cant"))
  en <- f[f$language == "en", ]
  checked <- 0L
  for (forms in tenses) {
    for (a in forms) {
      i <- which(startsWith(fold(en$pattern), paste0(a, " ")))
      for (j in i) {
        rest <- substring(fold(en$pattern[j]), nchar(a) + 1L)
        expect_true(all(paste0(en$category[j], " ", forms, rest) %in% have),
                    label = en$pattern[j])
        checked <- checked + 1L
      }
    }
  }
  expect_gt(checked, 100L)
  # as a coder reads them
  d <- barrier_dictionary()
  x <- c("Management does not prioritise it", "Senior managers doesnt prioritise peer work",
         "The trust doesn't see the value of peers", "HR does not recognise peer workers",
         "Funding isn't an issue", "Funding aren t a problem for us",
         "We dont have problems with funding", "The board has not recognised the role")
  expect_coded(x, d, c("organisation", "organisation", "cultural", "recognition", "", "", "",
                       "recognition"), evidence = TRUE)
})

test_that("the shipped frame: no trouble, no barriers, not the real issue name no barrier", {
  d <- barrier_dictionary()
  # by hand
  x <- c("We've not had trouble with funding", "We haven't had any trouble with funding",
         "No real barriers around funding or attitudes",
         "We don't have any barriers around funding; training is the gap",
         "No trouble recruiting, but we have no funding", "We had trouble with funding",
         "Money isn't the real issue here", "I fondi non sono il vero problema",
         "Funding was not the biggest problem; attitudes were",
         "Lack of money is the real issue")
  expect_coded(x, d, c("", "", "", "training", "funding", "funding", "", "", "cultural",
                       "funding"), evidence = TRUE)
})

test_that("a topic followed by a negation cue is the subject of its predicate, not a list item", {
  d <- barrier_dictionary()
  # by hand: a cue of adequacy before a topic qualifies that topic; a
  # negation cue after it ("never", "haven't") starts what is said of it,
  # not a list that would carry the cue on to the next topic ("nor" and
  # "né" still go on with one)
  x <- c("Existing staff never had training",
         "Existing staff haven't had any training on working alongside peers",
         "Stable funding never any training", "Good staff never any supervision",
         "Existing staff have not had training", "Adequate funding no training")
  expect_coded(x, d, c("training", "training", "training", "wellbeing", "training",
                       "training"), evidence = TRUE)
  # and random pieces of such answers agree with the reference
  expect_reference_pieces(c("existing staff", "never", "haven't had", "training", "good",
                            "funding", "nor", "supervision", "no", "adequate", "and",
                            "mai", "personale", "fondi", "formazione", "adeguati"),
                          d, seed = 20261207)
})

test_that("a bare topic named as the problem is coded beside its category stated no barrier", {
  d <- barrier_dictionary()
  # by hand: the answer says one thing of the category is fine and names
  # another as the problem, in another predicate; without a word of
  # "problem", or in the same predicate, the category stays uncoded
  x <- c("Staff have come round. The physical space is the barrier.",
         "Staff are supportive. Space is a problem.",
         "Staff are supportive. The main issue is space.",
         "Gli operatori sono disponibili. Il problema sono gli spazi.",
         "Staff are supportive. Space.",
         "La formazione non manca (abbiamo fatto il corso)",
         "Staff are supportive. Space is not a problem.")
  expect_coded(x, d, c("organisation", "organisation", "organisation", "organisation",
                       "", "", ""), evidence = TRUE)
  expect_reference_pieces(c("Staff are supportive.", "Space is a problem.", "the problem is",
                            "space", "staff", "not", "Funding is fine.", "funding",
                            "il problema \u00e8", "la formazione non manca", "formazione",
                            "gli spazi", ","), d, seed = 20261208)
})

test_that("a \"né\" of an exclusion's own list does not carry it past the separator", {
  d <- barrier_dictionary()
  # by hand: after "no problem of A nor B," the answer names what is the
  # obstacle; a negation cue past the separator goes on setting aside
  x <- c("nessun problema di fondi n\u00e9 di formazione, il vero ostacolo \u00e8 la diffidenza",
         "nessun problema di fondi ne di formazione, il vero ostacolo e' la diffidenza di alcuni psichiatri",
         "no problems with funding nor training, the real obstacle is distrust",
         "nessun problema di fondi, il vero ostacolo \u00e8 la diffidenza",
         "lo stigma non \u00e8 un problema, la formazione nemmeno")
  expect_coded(x, d, c("cultural", "cultural", "cultural", "cultural", ""), evidence = TRUE)
  expect_reference_pieces(c("nessun problema di fondi", "n\u00e9 di formazione", "ne", ",",
                            "il vero ostacolo \u00e8", "la diffidenza", "nemmeno", "non",
                            "nor training", "no problems with funding", "distrust"),
                          d, seed = 20261209)
})

test_that("possessives and \"the same\" are skipped between a pattern's words", {
  d <- barrier_dictionary()
  # by hand: the professionals' prejudice is cultural and stigma, with or
  # without "nostri", "stessi" inside the phrase
  x <- c("pregiudizi dei nostri colleghi", "pregiudizi degli stessi operatori",
         "pregiudizi degli operatori", "pregiudizi")
  expect_coded(x, d, c("cultural;stigma", "cultural;stigma", "cultural;stigma", "stigma"),
               evidence = TRUE)
  expect_reference_pieces(c("pregiudizi", "dei", "nostri", "degli", "stessi", "operatori",
                            "colleghi", "our", "own", "staff", "resistance", "stigma", ","),
                          d, seed = 20261210)
})

test_that("a word of \"only\" after a separator lets the cue after it start its predicate", {
  d <- barrier_dictionary()
  # by hand: "solo", "just" between the comma and a cue of lack are passed
  # as function words, so the negation before the comma does not reach the
  # cue; "not only" still reads as before
  x <- c("nessuna resistenza, solo poca formazione", "no resistance, just little training",
         "nessuna resistenza, poca formazione", "non solo mancano i fondi, ma anche la formazione")
  expect_coded(x, d, c("training", "training", "training", "funding;training"), evidence = TRUE)
  expect_reference_pieces(c("nessuna resistenza", "solo", "just", "poca formazione",
                            "little training", ",", "no", "only", "mancano i fondi", "non"),
                          d, seed = 20261211)
})

test_that("a contrast sets aside the matches joined to its first one", {
  d <- barrier_dictionary()
  # by hand: what "rather than" / "più che" sets aside runs over the list
  # and the compound after it, up to a separator, a cue or another word
  x <- c("Rather than funding or training, the issue is bureaucracy",
         "pi\u00f9 che i fondi o la formazione, manca la cultura",
         "Rather than staff attitudes, it's the bureaucracy that kills it",
         "pi\u00f9 che i fondi e la formazione manca la cultura",
         "Pi\u00f9 che i fondi manca la formazione", "not so much funding as training",
         "Rather than money, the issue is time")
  expect_coded(x, d, c("organisation", "cultural", "organisation", "cultural", "training",
                       "training", "organisation"), evidence = TRUE)
  expect_reference_pieces(c("rather than", "pi\u00f9 che", "funding", "or", "training", ",",
                            "the issue is", "bureaucracy", "staff attitudes", "i fondi", "e",
                            "la formazione", "manca", "not so much", "as"),
                          d, seed = 20261212)
})

test_that("a reversed cue of adequacy inside a problem of another category speaks for that problem", {
  d <- barrier_dictionary()
  # by hand: staff "not convinced" or "not supportive" resist (cultural);
  # the staff so described are no shortage of staff (organisation)
  x <- c("Staff are not convinced", "il personale non \u00e8 convinto",
         "Staff are not supportive", "Staff not convinced, funding short",
         "il personale non \u00e8 favorevole, mancano fondi",
         "Staff are supportive. Funding is short.",
         # convinced staff and a recruitment that went smoothly are no barrier
         "Il personale \u00e8 ormai convinto dell'utilit\u00e0 della figura.",
         "Recruitment went smoothly.", "Personale, fondi",
         # colleagues who do not value experiential knowledge resist; the
         # recognition of the figure is another matter
         "i colleghi non riconoscono il valore del sapere esperienziale",
         "La Regione non riconosce la figura",
         # a work grant is an atypical contract (recognition)
         "gli ESP hanno solo borse lavoro e nessun contratto")
  expect_coded(x, d, c("cultural", "cultural", "cultural", "funding;cultural",
                       "funding;cultural", "funding", "", "", "funding;organisation",
                       "cultural", "recognition", "recognition"), evidence = TRUE)
  expect_reference_pieces(c("staff", "are", "not", "convinced", "supportive", "personale",
                            "non \u00e8", "convinto", ",", "funding", "short", "mancano fondi",
                            "went smoothly", "."),
                          d, seed = 20261213)
})

test_that("a cue of 'nor' opening its segment before a verb of being names what is not the barrier", {
  d <- barrier_dictionary()
  # by hand: "Nor is money" says money is no barrier either; "Nor do we
  # have funding" and "Nor is there any funding" state the lack
  x <- c("Nor is money.", "Neither is training.", "Nor are the funds - the state pays.",
         "Stigma isn't the problem. Nor is money.", "Nor is funding an issue.",
         "Nor do we have funding.", "We have no training. Nor is there any funding.",
         "No training, nor funding.")
  expect_coded(x, d, c("", "", "", "", "", "funding", "funding;training", "funding;training"),
               evidence = TRUE)
  expect_reference_pieces(c("nor", "neither", "is", "are", "money", "training", "the funds",
                            ".", "-", "do we have", "funding", "there", "an issue", ","),
                          d, seed = 20261214)
})

test_that("the frame codes qualified denials, barriers not met, precarious work and trained figures", {
  d <- barrier_dictionary()
  # by hand, by the coding rules
  x <- c("We have no major issues with staff attitudes or funding right now.",
         "No significant problems with training; the role is unclear",
         "Stigma isn't something I've seen much of.",
         "Funding is not something we worry about",
         "Stigma is something we've seen a lot",
         "Lack of training is not something we can fix alone",
         "precariato dei peer", "integrazione difficile in equipe",
         "mancanza di figure formate",
         "Pregiudizi degli operatori verso i peer, visti come pazienti e non come una risorsa.",
         "la cosa piu difficile e' far capire ai medici che l'esperto puo dare un contributo",
         "abbiamo figure formate, mancano i fondi")
  expect_coded(x, d, c("", "role", "", "", "stigma", "training", "recognition",
                       "role", "training", "cultural;stigma", "cultural", "funding"),
               evidence = TRUE)
})

test_that("in a long answer a bare topic is coded only when its sentence says more than its name", {
  d <- barrier_dictionary()
  # by hand: answers of more than 20 words, where a sentence that tells
  # what was done ("did a 40-hour course", "un corso di 40 ore") names no
  # barrier; a sentence with a word of "problem", a cue, a negation, a
  # phrase of the present or a coded match of its own does
  long_en <- paste("Peer support works fairly well in our service and the team is keen.",
                   "Staff did a 40-hour course with the university last spring.",
                   "The limit I see is that there are few peers and they are overloaded.")
  long_it <- paste("Nel nostro servizio il peer support funziona abbastanza bene da anni.",
                   "Gli operatori hanno fatto un corso di 40 ore con l'universit\u00e0.",
                   "Il limite \u00e8 che i peer sono pochi e sovraccarichi di lavoro.")
  x <- c(long_en, long_it,
         # the same sentence in a short answer: a bare topic in an answer
         # about barriers
         "Staff did a 40-hour course.",
         # a word of "problem", a phrase of the present, a negation
         paste("Peer support works fairly well in our service and the team is keen.",
               "The course is the real problem, it lasts only a weekend."),
         paste("Peer support works fairly well in our service and the team is keen",
               "on it. What remains is funding."),
         paste("Peer support works fairly well in our service and the team is keen",
               "on it. We have never had supervision."))
  expect_coded(x, d, c("organisation", "organisation", "training", "training", "funding",
                       "wellbeing"), evidence = TRUE)
  expect_reference_pieces(c("Staff did a 40-hour course", "with the university", ".",
                            "the team is keen", "What remains is funding", "the real problem",
                            "Peer support works fairly well in our service", "and",
                            "we have never had supervision", "few peers"),
                          d, seed = 20261215)
})

test_that("in a long answer a sentence of topics' names alone is a heading that names them", {
  d <- barrier_dictionary()
  # by hand: answers of more than 20 words whose first (or last) sentence
  # is the barrier's name alone, the rest telling of the service
  story_en <- paste("Our peer workers started in 2022 and the team has welcomed them,",
                    "the users like them a lot and we hope to add two more.")
  x <- c(paste("Supervision.", story_en),
         paste("Supervisione. I nostri operatori tra pari hanno iniziato nel 2022,",
               "l'\u00e9quipe li ha accolti bene e gli utenti li apprezzano molto."),
         # a list of names, and names after the story, with function words
         paste("Funding and training.", story_en),
         paste(story_en, "Funding, of course."),
         # a sentence that tells what was done is no heading
         paste(story_en, "Staff did a course."))
  expect_coded(x, d, c("wellbeing", "wellbeing", "funding;training", "funding", ""),
               evidence = TRUE)
  expect_reference_pieces(c("Supervision.", "Funding and training.", "Staff did a course.",
                            "Our peer workers started in 2022 and the team has welcomed them",
                            "the users like them a lot.", "and", "Funding, of course."),
                          d, seed = 20261216)
})

test_that("a cue of lack after a topic set aside speaks of it up to the next segment", {
  d <- barrier_dictionary()
  # by hand: "there is X, (but) little" states a lack of X, whatever the
  # next segment says; a lack of something else says nothing of X
  x <- c("Poi ci sono i soldi, sempre pochi, e la mancanza di tempo",
         "I fondi ci sono, scarsi, e la formazione manca",
         "There is some funding, never enough, and no supervision",
         "I fondi ci sono, manca la volont\u00e0",
         # "in corso" is "under way", not a course
         "Il progetto \u00e8 in corso, i fondi sono pochi")
  expect_coded(x, d, c("funding;organisation", "funding;training", "funding;wellbeing", "",
                       "funding"), evidence = TRUE)
  expect_reference_pieces(c("ci sono i soldi,", "sempre pochi,", "e la mancanza di tempo",
                            "manca la volont\u00e0", "There is some funding,", "never enough,",
                            "and no supervision", "ma pochi"), d, seed = 20261217)
})

test_that("barrier_dictionary() is built once a session for each set of arguments", {
  d1 <- barrier_dictionary()
  d2 <- barrier_dictionary()
  # the same object, compiled once (its compiled form is shared)
  expect_identical(d1$cache, d2$cache)
  # other arguments give their own dictionary, built from the same file
  d3 <- barrier_dictionary(window = 3)
  expect_false(identical(d1$cache, d3$cache))
  expect_identical(d3$window, 3)
  expect_identical(d1$frame, d3$frame)
  expect_identical(d1$window, 4)
  path <- system.file("extdata", "barriers-dictionary.csv", package = "peersurvey")
  f <- utils::read.csv(path, colClasses = "character", encoding = "UTF-8")
  expect_identical(d1$frame$pattern, f$pattern)
  # a built dictionary is not altered by changing a copy
  d4 <- d1
  d4$window <- 2
  expect_identical(barrier_dictionary()$window, 4)
})

test_that("the shipped frame sets aside barriers that have nothing to do with it", {
  d <- barrier_dictionary()
  # by hand: what "has nothing to do with" the problem is no barrier, and
  # neither is the list it heads
  x <- c("Nothing to do with stigma or attitudes; it's purely capacity",
         "Stigma has nothing to do with it, the problem is money",
         "Niente a che vedere con lo stigma, sono i soldi",
         "Lack of funding. Nothing to do with attitudes.",
         # the exclusion holds no cue of lack for what follows it
         "Stigma and attitudes")
  expect_coded(x, d, c("organisation", "funding", "funding", "funding", "cultural;stigma"),
               evidence = TRUE)
})

test_that("a cue of adequacy before a later item of a list qualifies that item alone", {
  d <- barrier_dictionary()
  # by hand: a negation cue heading a list reaches its items, the one a cue
  # of adequacy qualifies ("clear role") too; that cue says nothing of the
  # items before it, even after a separator; a "not" naming the list
  # names the qualified item as well
  x <- c("No supervision, training or clear role",
         "There is no supervision, training or clear role",
         "lack of training, supervision & clear role",
         "It's not funding or a clear role, it's the culture",
         "Not training or roles - it's money",
         # a cue of adequacy before the topic that nothing reverses still
         # says it is adequate
         "Good supervision and training",
         "No funding, but good supervision and training")
  expect_coded(x, d, c("training;role;wellbeing", "training;role;wellbeing",
                       "training;wellbeing", "", "funding", "", "funding"),
               evidence = TRUE)
  expect_reference_pieces(c("No supervision,", "training", "or clear role", "or a clear role",
                            "It's not funding", "it's the culture", "good supervision",
                            "and training", "& clear role", "lack of training,"),
                          d, seed = 20261218)
})

test_that("a negation over a list before 'or' reaches a qualified last item that starts its predicate", {
  d <- barrier_dictionary()
  # by hand: "or" keeps the negation of the list ("We don't have X or a
  # clear role": the role is lacking); "and" after a negated item may
  # state something present, and a "not" that names the list names it all
  x <- c("Non abbiamo fondi o un ruolo chiaro",
         "We don't have supervision, training or a clear role",
         "Non ci sono fondi, formazione o un ruolo definito",
         "Non sono i fondi o un ruolo chiaro, \u00e8 la cultura",
         "Non \u00e8 la formazione o un ruolo definito, sono i soldi",
         "No funding and a clear role",
         "Non abbiamo fondi e un ruolo chiaro")
  expect_coded(x, d, c("funding;role", "training;role;wellbeing", "funding;training;role",
                       "cultural", "funding", "funding", "funding"), evidence = TRUE)
  expect_reference_pieces(c("Non abbiamo fondi", "o un ruolo chiaro", "e un ruolo chiaro",
                            "We don't have supervision,", "training", "or a clear role",
                            "Non sono i fondi", "\u00e8 la cultura", "and a clear role", ","),
                          d, seed = 20261219)
})

test_that("in a long answer a list before or after a colon takes the heading of lack or the denial across it", {
  d <- barrier_dictionary()
  # by hand: answers of more than 20 words whose list of topics stands
  # after a heading of lack ("Mancano:") or before a denial of all of it
  # ("...: niente di tutto questo è previsto", "...: we have none of
  # these"); a colon before words that tell what was done says nothing
  x <- c(paste("Mancano: riconoscimento della figura da parte della Regione, un contratto",
               "vero per chi lavora con noi, fondi stabili e tempo degli operatori per fare da",
               "tutor."),
         paste("Formazione degli operatori, supervisione dei peer e spazi dedicati nei",
               "centri: niente di tutto questo \u00e8 previsto oggi nella nostra azienda",
               "sanitaria locale."),
         paste("Supervision for the peers, training for the teams and a desk in each base:",
               "we have none of these at the moment in our community mental health service."),
         paste("Training: the trust ran two cohorts of the course last year and every one",
               "of our peer workers completed it with good feedback from the whole team."))
  expect_coded(x, d, c("recognition;funding;organisation", "training;organisation;wellbeing",
                       "training;wellbeing", ""), evidence = TRUE)
  expect_reference_pieces(c("Mancano:", "Supervision for the peers,", "training for the teams",
                            "and a desk in each base", ":", "we have none of these",
                            "at the moment in our community mental health service.",
                            "the trust ran two cohorts of the course last year", "."),
                          d, seed = 20261220, n = 300)
})

test_that("a heading that opens the answer names its barrier whatever the answer negates elsewhere", {
  d <- barrier_dictionary()
  # by hand: "Supervision." opening the answer names the barrier; a match
  # of its category negated in another sentence does not cancel it, one
  # stated adequate does; a topic after the opening is no heading
  x <- c(paste("Supervision. Our peer workers are managed by a busy ward manager and there",
               "is no reflective space for them at all."),
         paste("Supervision. We have excellent supervision from the psychology team every",
               "week and the peers value it."),
         "Training is fine here. Supervision is the problem.",
         "Staff are supportive. Space is the main barrier")
  expect_coded(x, d, c("wellbeing", "", "wellbeing", "organisation"), evidence = TRUE)
  expect_reference_pieces(c("Supervision.", "Our peer workers are managed by a busy ward manager",
                            "and there is no reflective space for them at all.",
                            "We have excellent supervision", "Training.", "."),
                          d, seed = 20261221, n = 300)
})
