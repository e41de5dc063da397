# fold_text(): the folding of labels, options and answers when a survey is
# read, by the word scanner of code_text() (src/fold.h)

test_that("Latin letters fold as ICU's Latin-ASCII transliteration does", {
  skip_if_not_installed("stringi")
  cp <- setdiff(0xC0:0x17F, c(0xD7, 0xF7))         # letters of Latin-1 and Extended-A
  ch <- intToUtf8(cp, multiple = TRUE)
  ours <- peersurvey:::fold_text(ch)
  icu <- stringi::stri_trans_general(ch, "Latin-ASCII; Lower")
  # two letters where ICU writes something else: kra and n preceded by apostrophe
  differ <- ch[ours != icu]
  expect_setequal(differ, intToUtf8(c(0x138, 0x149), multiple = TRUE))
  expect_identical(ours[ch %in% differ], c("k", "n"))
  expect_true(all(grepl("^[a-z]+$", ours)))
  # the ordinal indicators and the superscript digits of Latin-1 as NFKC has them
  sup <- intToUtf8(c(0xAA, 0xBA, 0xB9, 0xB2, 0xB3), multiple = TRUE)
  expect_identical(peersurvey:::fold_text(paste0("1", sup)),
                   stringi::stri_trans_nfkc_casefold(paste0("1", sup)))
})

test_that("words, spaces and quotes fold as a base-R computation does", {
  x <- c("  Perch\u00e9  NON\u00a0so\t", "L\u2019\u00c9QUIPE \u201cTerritoriale\u201d \u2013 ok",
         "", "   ", NA, "n/a", "Gi\u00e0\n\npronto", "`tick\u00b4")
  base <- function(s) {
    s <- chartr("\u00e9\u00c9\u00e0\u2019\u201c\u201d\u00a0\u00b4`\u2013", "eEa'\"\" ''-", s)
    s <- tolower(gsub("[[:space:]]+", " ", s))
    trimws(s)
  }
  expect_identical(peersurvey:::fold_text(x), base(x))
  expect_identical(peersurvey:::fold_text(character()), character())
  expect_identical(peersurvey:::fold_text(factor(c("S\u00cc", NA))), c("si", NA))
})

test_that("decomposed accents and latin1 strings fold as their composed UTF-8 forms", {
  skip_if_not_installed("stringi")
  x <- c("Perch\u00e9 c\u2019\u00e8 l\u2019\u00e9quipe", "Citt\u00e0 d\u2019\u00c0VILA", "na\u00efve")
  expect_identical(peersurvey:::fold_text(stringi::stri_trans_nfd(x)), peersurvey:::fold_text(x))
  l1 <- iconv(x[3L], "UTF-8", "latin1")
  expect_identical(Encoding(l1), "latin1")
  expect_identical(peersurvey:::fold_text(l1), "naive")
})

test_that("text that is not UTF-8 is an error naming the element", {
  bad <- "\xff"
  Encoding(bad) <- "UTF-8"
  expect_error(peersurvey:::fold_text(c("a", bad)), "element 2.*UTF-8")
  by <- "\xe9"
  Encoding(by) <- "bytes"
  expect_error(peersurvey:::fold_text(by), "element 1.*bytes")
})
