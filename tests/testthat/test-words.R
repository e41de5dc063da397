# Fixed words: templates and Italian articles that agree with what follows

test_that("Italian articles agree with the number that follows", {
  art <- function(prep, n) peersurvey:::it_article(prep, n)
  # numbers read with an initial vowel: otto, undici, ottanta..., ottocento..., ottomila
  vowel <- c(8, 11, 80, 83, 89, 800, 811, 8000, 11000, 11500, 80000)
  other <- c(2, 3, 10, 12, 18, 21, 34, 61, 100, 108, 135, 1000, 1800, 18000)
  for (n in vowel) {
    expect_identical(art("a", n), "agli", label = n)
    expect_identical(art("da", n), "dagli", label = n)
    expect_identical(art("di", n), "degli", label = n)
    expect_identical(art("", n), "gli", label = n)
  }
  for (n in other) {
    expect_identical(art("a", n), "ai", label = n)
    expect_identical(art("da", n), "dai", label = n)
    expect_identical(art("su", n), "sui", label = n)
  }
  # nouns: s + consonant, vowels and z take gli; feminine plurals le
  expect_identical(peersurvey:::it_article("di", "servizi"), "dei")
  expect_identical(peersurvey:::it_article("di", "studi"), "degli")
  expect_identical(peersurvey:::it_article("di", "operatori"), "degli")
  expect_identical(peersurvey:::it_article("di", "strutture", feminine = TRUE), "delle")
  expect_identical(peersurvey:::it_article("a", 11, feminine = TRUE), "alle")
  expect_true(peersurvey:::it_feminine("strutture"))
  expect_true(peersurvey:::it_feminine("unit\u00e0"))
  expect_false(peersurvey:::it_feminine("dipartimenti"))
})

test_that("the 2025 notes say 'agli 11' and 'dagli 8' where the numbers ask it", {
  s <- mhd_survey_2025
  ps <- which(s$peer_support)
  # keep 11 of the departments running peer support, 8 of which answered
  keep <- c(which(!s$peer_support), ps[1:11])
  x <- s[keep, ]
  x$ps_contract[x$peer_support %in% TRUE][9:11] <- NA
  tabs <- paper_tables(x, mhd_frame, language = "it")
  note <- table_notes(tabs$contract)
  expect_match(paste(note, collapse = " "), "agli 11 dipartimenti", fixed = TRUE)
  expect_match(paste(note, collapse = " "), "dagli 8 che hanno risposto", fixed = TRUE)
  en <- paper_tables(x, mhd_frame, language = "en")
  expect_match(paste(table_notes(en$contract), collapse = " "), "the 11 departments running",
               fixed = TRUE)
})

test_that("every word has English; templates fill every field", {
  w <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                       colClasses = "character", encoding = "UTF-8")
  expect_false(anyDuplicated(w$key) > 0)
  expect_true(all(nzchar(w$en)))
  # the same fields in every language, but for the Italian article or
  # numeral agreeing with the unit ({uno}, {Uno})
  fields <- function(x) {
    f <- regmatches(x, gregexpr("\\{[a-z|A-Z_]+\\}", x))[[1]]
    setdiff(sort(unique(gsub("[{}]", "", sub("^\\{[a-z]*\\|", "{", f)))), c("uno", "Uno"))
  }
  for (i in seq_len(nrow(w)))
    expect_identical(fields(w$it[i]), fields(w$en[i]), label = w$key[i])
  expect_identical(peersurvey:::word_fill("of", "en", pct = "50%", n = 1, N = 2), "50% (1 of 2)")
  # an unknown language falls back to English
  expect_identical(peersurvey:::word("n_pct", "de"), peersurvey:::word("n_pct", "en"))
})

words_csv <- function() {
  utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                  colClasses = "character", encoding = "UTF-8", check.names = FALSE)
}

test_that("every word has French and German with the fields and format specifiers of English", {
  w <- words_csv()
  expect_true(all(c("fr", "de") %in% names(w)))
  spec <- function(x) sort(unique(regmatches(x, gregexpr(
    "\\{[A-Za-z_|]+\\}|%[-+#0-9.]*[sdifgeEx]", x))[[1]]))
  for (lang in c("fr", "de")) {
    expect_true(all(!is.na(w[[lang]]) & nzchar(trimws(w[[lang]]))), label = lang)
    for (i in seq_len(nrow(w)))
      expect_identical(spec(w[[lang]][i]), spec(w$en[i]), label = paste(lang, w$key[i]))
  }
  expect_identical(peersurvey:::word_languages(), c("en", "it", "fr", "de", "es"))
})

test_that("every word has Spanish with the fields of English and no Italian article field", {
  # read as plain text, apart from the package's own reading of the file
  w <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                       colClasses = "character", encoding = "UTF-8", check.names = FALSE,
                       na.strings = character(0))
  expect_identical(names(w), c("key", "en", "it", "fr", "de", "es"))
  expect_true(all(nzchar(trimws(w$es))))
  fields <- function(x) sort(unique(regmatches(x, gregexpr("\\{[^{}]*\\}", x))[[1L]]))
  for (i in seq_len(nrow(w))) {
    expect_identical(fields(w$es[i]), fields(w$en[i]), label = w$key[i])
    expect_false(any(grepl("|", fields(w$es[i]), fixed = TRUE)), label = w$key[i])
  }
  # the article fields are Italian only; Spanish has plain {name} fields and
  # no other brace
  expect_true(any(grepl("{di|", w$it, fixed = TRUE)))
  expect_false(any(grepl("[{}]", gsub("\\{[A-Za-z0-9_]+\\}", "", w$es))))
})

test_that("a Spanish codebook gives tables whose fixed words are the Spanish ones", {
  w <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                       colClasses = "character", encoding = "UTF-8", check.names = FALSE,
                       na.strings = character(0))
  es <- function(key) w$es[match(key, w$key)]
  cb <- tempfile(fileext = ".csv")
  on.exit(unlink(cb))
  writeLines(c("item,type,option,label_es,question_es",
               "servicio,id,,servicios,",
               "apoyo,single,yes,S\u00ed,\u00bfCuenta el servicio con apoyo entre pares?",
               "apoyo,single,no,No,\u00bfCuenta el servicio con apoyo entre pares?",
               "tareas,multi,grupos,Grupos de apoyo,\u00bfQu\u00e9 tareas realizan?",
               "tareas,multi,acomp,Acompa\u00f1amiento,\u00bfQu\u00e9 tareas realizan?"),
             cb, useBytes = TRUE)
  book <- survey_codebook(cb)
  expect_identical(codebook_languages(book), "es")
  s <- read_survey(data.frame(servicio = c("S1", "S2", "S3", "S4"),
                              apoyo = c("S\u00ed", "No", "s\u00ed", ""),
                              tareas_grupos = c("1", "0", "1", ""),
                              tareas_acomp = c("0", "0", "1", "")), book)
  tabs <- survey_tables(s, language = "es")
  # the caption from question_es, the labels from label_es
  expect_identical(table_caption(tabs$apoyo), "\u00bfCuenta el servicio con apoyo entre pares?")
  tab <- tabs$apoyo
  expect_identical(tab[[1L]], c("S\u00ed", "No", es("no_answer")))
  expect_identical(names(tab), c(es("option"), es("n_pct"), es("pct_ci")))
  # the notes: the Spanish templates of the file, filled here by hand
  base <- sub("{units}", "servicios", sub("{n}", "3", es("note_base"), fixed = TRUE), fixed = TRUE)
  method <- paste0(es("ci_wilson"), ", ", es("ci_nofpc"))
  ci <- sub("{method}", method, sub("{conf}", "95", es("note_ci"), fixed = TRUE), fixed = TRUE)
  expect_identical(table_notes(tab), c(base, es("note_blank"), ci))
  # the decimal comma of Spanish tables: 2 of 3
  expect_identical(tab[[2L]][1L], "2 (66,7)")
  # a check-all item: its "none of these" row and its note
  multi <- tabs$tareas
  expect_true(all(c(es("none_ticked"), es("no_answer")) %in% multi[[1L]]))
  expect_true(all(c(es("note_multi"), es("note_none")) %in% table_notes(multi)))
  # no English fixed word is left
  en <- c(w$en[match(c("no_answer", "none_ticked", "option"), w$key)], "Percentages")
  txt <- c(unlist(tab), names(tab), unlist(multi), names(multi),
           table_notes(tab), table_notes(multi))
  for (e in en) expect_false(any(grepl(e, txt, fixed = TRUE)), label = e)
})
