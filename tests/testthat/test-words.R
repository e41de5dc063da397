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
  expect_identical(peersurvey:::word_languages(), c("en", "it", "fr", "de"))
})
