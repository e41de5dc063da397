ev_key <- function(ev) {
  ev <- ev[ev$status != "exclusion", , drop = FALSE]
  sort(paste(ev$answer, ev$category, ev$pattern, ev$start, ev$end, ev$status))
}

test_that("the coder agrees with the plain-R reference on random texts", {
  set.seed(20250131)
  vocab <- c("fondi", "finanziamento", "finanz", "perché", "équipe", "dell", "città",
             "risorse", "ruolo", "formazione", "carichi", "lavoro", "naïve", "a", "ab",
             "abc", "x1", "2025", "cœur", "coeur", "λόγος", "non", "senza", "nessun",
             "ma", "but", "zeta", "rifinanziamento")
  cues <- c("non", "senza", "nessun")
  seps <- c(" ", "  ", ", ", ". ", "; ", "\n", " - ", "'", "\u2019", "\u2018", "\u02bc",
            "!? ", "...", "\u00a0", " (", ") ", "\t", "\u2026", " \u00ab", "\u00bb ",
            "\U0001F600", ":", "\r\n")
  for (round in 1:3) {
    # a random frame: words, prefixes, phrases, in four categories
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
                        stringsAsFactors = FALSE)
    key <- paste(frame$category, tolower(frame$pattern))
    frame <- frame[!duplicated(key), ]
    frame$exclude <- NA_character_
    first <- match(unique(frame$category), frame$category)
    frame$exclude[first[1]] <- "zeta"
    frame$exclude[first[2]] <- "perche dell|abc ab"
    window <- c(4, Inf, 0)[round]
    d <- text_dictionary(frame, negation = cues, window = window)
    # random texts
    make_text <- function() {
      k <- sample(0:14, 1)
      ws <- vapply(sample(vocab, k, replace = TRUE), ref_variants, "")
      acc <- runif(k) < 0.05
      ws[acc] <- paste0(ws[acc], "\u0301")
      s <- sample(seps, k + 1, replace = TRUE)
      if (runif(1) < 0.5) s[1] <- ""
      if (runif(1) < 0.5) s[k + 1] <- ""
      paste0(s[1], paste0(ws, s[-1], collapse = ""))
    }
    texts <- replicate(500, make_text())
    texts[sample.int(500, 10)] <- NA
    got <- code_text(texts, d, evidence = TRUE)
    ref <- ref_code(texts, d$patterns, d$categories, cues, window = window)
    expect_identical(as.matrix(got$codes), ref$codes)
    rev <- ref$evidence
    refkey <- sort(paste(rev$answer, d$patterns$category[rev$row], d$patterns$pattern[rev$row],
                         rev$start, rev$end, rev$status))
    expect_identical(ev_key(got$evidence), refkey)
    # evidence positions point at the matched words of the original text
    e <- got$evidence
    expect_identical(e$match, substring(texts[e$answer], e$start, e$end))
    # chunks give the same codes as the whole
    expect_identical(rbind(code_text(texts[1:250], d), code_text(texts[251:500], d)),
                     code_text(texts, d))
  }
})

test_that("words are folded and split as documented", {
  w <- text_words("Nell'équipe: RIFINANZIAMENTO, finanziamenti! ma Stra\u00dfe \u0152uvre dell\u2019ASL")
  expect_identical(w$word, c("nell", "equipe", "rifinanziamento", "finanziamenti", "ma",
                             "strasse", "oeuvre", "dell", "asl"))
  expect_identical(w$start, c(1L, 6L, 14L, 31L, 46L, 49L, 56L, 62L, 67L))
  expect_identical(w$end, w$start + nchar(c("nell", "équipe", "rifinanziamento",
                                            "finanziamenti", "ma", "straße", "Œuvre",
                                            "dell", "ASL")) - 1L)
  # clauses: ':' and '!' end one, "ma" starts one
  expect_identical(w$clause, c(1L, 1L, 2L, 2L, 3L, 3L, 3L, 3L, 3L))
  expect_identical(nrow(text_words("")), 0L)
  expect_identical(text_words("  --  ")$word, character())
})

test_that("plain words, prefixes and phrases match as documented", {
  frame <- data.frame(category = c("f", "f", "p", "e"), language = "it",
                      pattern = c("finanz*", "fondi", "risorse economiche", "dell'équipe"))
  d <- text_dictionary(frame, negation = character())
  x <- c("finanziamento", "rifinanziamento", "fondini", "FONDI", "risorse, economiche",
         "risorse\neconomiche", "economiche risorse", "DELL\u2019EQUIPE", "dell equipe",
         "finanz", "Fondì")
  got <- code_text(x, d)
  expect_identical(got$f, c(TRUE, FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE,
                            TRUE, TRUE))
  expect_identical(got$p, c(FALSE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE, FALSE, FALSE,
                            FALSE, FALSE))
  expect_identical(got$e, c(rep(FALSE, 7), TRUE, TRUE, FALSE, FALSE))
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
  neutral <- c(
    # the topics alone are not barriers
    "fondi", "funding", "formazione", "training", "tempo", "time", "supervisione",
    "supervision", "ruolo", "role", "riconoscimento", "recognition", "contratto", "budget",
    "risorse", "resources", "personale", "staff", "cultura", "professionisti",
    # positive or neutral statements, Italian
    "I fondi sono sufficienti", "Il finanziamento è stabile", "I fondi non sono insufficienti",
    "Non mancano i fondi", "I finanziamenti non mancano", "Abbiamo un budget dedicato e stabile",
    "Le risorse economiche sono adeguate", "La formazione è ottima e continua",
    "Non c'è carenza di formazione", "Il riconoscimento formale è arrivato nel 2023",
    "Il contratto degli ESP è a tempo indeterminato", "Il ruolo del peer è chiaro e condiviso",
    "La supervisione è regolare e ben organizzata", "La cultura del servizio è aperta al recovery",
    "I professionisti accolgono bene i peer", "Il personale ha accettato la nuova figura",
    "Le ricadute positive sul servizio sono evidenti", "Nessun problema di tempo né di personale",
    # positive or neutral statements, English
    "Funding is adequate and stable", "training is excellent", "There is no lack of funding",
    "Funding is not a problem", "The budget covers salaries and training",
    "Staff have plenty of time for peer workers", "We have enough time and staff",
    "The peer role is clearly defined", "Peer workers receive regular supervision",
    "Accreditation is in place and recognised by the region",
    "Training courses are regular and well attended", "Peer support is offered in every centre"
  )
  got <- code_text(neutral, d)
  for (i in seq_along(neutral))
    expect_identical(names(got)[unlist(got[i, ])], character(), info = neutral[i])
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
  ev <- code_text(lat, d, evidence = TRUE)$evidence
  expect_identical(ev$match[ev$category == "funding"], "mancano i finanziamenti")
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
  bad <- ok; bad$language <- NULL
  expect_error(code_text("x", bad), "`dictionary` lacks column \"language\"",
               class = "peersurvey_bad_dictionary")
  bad <- ok; bad$pattern[2] <- "mancano \xff fondi"
  Encoding(bad$pattern) <- "UTF-8"
  expect_error(text_dictionary(bad), "`x\\$pattern`.*row 2", class = "peersurvey_bad_encoding")
  expect_error(code_text(c("a", "b", "\xff"), ok), "`text`.*element 3",
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
         "non ma fondi", "senza fondi", "fondi non")
  expect_identical(code_text(x, text_dictionary(frame))$f,
                   c(FALSE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE))
  expect_identical(code_text(x, text_dictionary(frame, window = Inf))$f,
                   c(FALSE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE))
  expect_identical(code_text(x, text_dictionary(frame, negation = character()))$f,
                   rep(TRUE, 7))
  expect_true(all(c("non", "nessun", "senza", "ne") %in% negation_cues("it")))
  expect_true(all(c("not", "without", "never", "no") %in% negation_cues("en")))
  expect_error(negation_cues("xx"), class = "peersurvey_bad_argument")
})

test_that("a pattern that begins with a cue is not negated by an earlier cue", {
  d <- barrier_dictionary()
  x <- c("non c'\u00e8 nessuna formazione", "non abbiamo nessun finanziamento dedicato",
         "nessun problema di fondi", "non mancano i fondi", "Non c'\u00e8 NESSUNA formazione",
         "nessuna formazione", "non ci sono fondi. Nessun problema")
  got <- code_text(x, d)
  expect_identical(got$training, c(TRUE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE))
  expect_identical(got$funding, c(FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, TRUE))
  ev <- code_text(x[1:2], d, evidence = TRUE)$evidence
  ev <- ev[ev$status != "exclusion", ]
  expect_identical(ev$match[ev$status == "coded"],
                   c("nessuna formazione", "nessun finanziamento"))
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
  expect_error(.Call(C("C_code_text"), 1:2, ptr, FALSE), "character")
  expect_error(.Call(C("C_code_text"), "a", ptr, NA), "TRUE or FALSE")
  expect_error(.Call(C("C_code_text"), "a", new("externalptr"), FALSE), "dictionary")
  expect_error(.Call(C("C_code_text"), "a", "not a pointer", FALSE), "dictionary")
  expect_error(.Call(C("C_text_dictionary"), 1, 1L, FALSE, 1L, character(), character(), 4),
               "character")
  expect_error(.Call(C("C_text_dictionary"), "a", 2L, FALSE, 1L, character(), character(), 4),
               "out of range")
  expect_error(.Call(C("C_text_dictionary"), "a", 1L, FALSE, 1L, character(), character(), NA),
               "window")
  expect_error(.Call(C("C_text_dictionary"), c("a", "b"), 1L, FALSE, 1L, character(),
                     character(), 4), "length")
  expect_error(.Call(C("C_text_dictionary"), "  ", 1L, FALSE, 1L, character(), character(), 4),
               "no word")
  expect_error(.Call(C("C_text_words"), NA_character_), "NA")
  expect_error(.Call(C("C_text_words"), c("a", "b")), "length")
  bad <- "\xff"
  Encoding(bad) <- "UTF-8"
  expect_error(.Call(C("C_code_text"), bad, ptr, FALSE), "UTF-8")
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
