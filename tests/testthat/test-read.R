# The delimited reader (R/read.R, src/read.c), checked against base R's
# read.csv() and iconv(), and against tables the tests write themselves.

rd <- function(...) peersurvey:::read_delimited(...)

# expect_identical() with identical() itself: the waldo comparison behind it
# (version 0.4) does not tell NA from "NA", which is what the reader must
expect_same <- function(object, expected, info = NULL) {
  expect_identical(object, expected, info = info)
  expect_true(identical(object, expected), info = info)
}

# Write a table of character values as delimited text, bytes as they are.
# `quoted` says which cells to quote; NA is written as an empty field.
write_table <- function(header, values, quoted, sep, eol, path = tempfile()) {
  cell <- function(v, q) ifelse(is.na(v), "",
                                ifelse(rep_len(q, length(v)), paste0("\"", gsub("\"", "\"\"", v, fixed = TRUE), "\""), v))
  rows <- vapply(seq_len(nrow(values)), function(i)
    paste(cell(values[i, ], quoted[i, ]), collapse = sep), "")
  txt <- paste0(paste(c(paste(cell(header, TRUE), collapse = sep), rows), collapse = eol), eol)
  writeBin(charToRaw(enc2utf8(txt)), path)
  path
}

random_table <- function(nrow, ncol, sep, seed) {
  set.seed(seed)
  pool <- c("alpha", "Beta gamma", "  spaced  ", "x", "0", "1.5", "S\u00ec", "perch\u00e9",
            "citt\u00e0 \u2019", "\u00c8 cos\u00ec", "\u4e2d\u6587", "emoji \U0001F600",
            "d\"quote", "\"\"", "a,b", "c;d", "e\tf", "line\nbreak", "crlf\r\nbreak",
            "cr\rbreak", "", "NA", "na", "trailing ", "'single'")
  values <- matrix(sample(pool, nrow * ncol, TRUE), nrow, ncol)
  values[sample(length(values), length(values) %/% 6)] <- NA
  values[, 1] <- sprintf("id%04d", seq_len(nrow))   # no row is blank
  # quoting is needed for delimiters, quotes and line breaks, and for "" (an
  # unquoted empty field is NA); otherwise random
  must <- grepl(paste0("[\"\r\n", sep, "]"), values) | values %in% ""
  quoted <- must | matrix(runif(length(values)) < 0.3, nrow, ncol)
  quoted[is.na(values)] <- FALSE
  list(header = paste0("col", seq_len(ncol), ifelse(seq_len(ncol) %% 3 == 0, " \u00e8", "")),
       values = values, quoted = quoted)
}

test_that("random tables read as read.csv() reads them, in every line end and delimiter", {
  k <- 0
  for (sep in c(",", ";", "\t")) for (eol in c("\n", "\r\n", "\r")) {
    k <- k + 1
    tab <- random_table(40, 7, sep, seed = k)
    f <- write_table(tab$header, tab$values, tab$quoted, sep, eol)
    x <- rd(f)
    expect_same(x$delimiter, sep)
    expect_same(x$encoding, "UTF-8")
    expect_same(x$header, tab$header)
    # what was written: line breaks inside fields become "\n"; an unquoted
    # empty field or NA is NA, each unquoted NA marked in na_text
    truth <- gsub("\r\n?", "\n", tab$values)
    expect_same(which(x$na_text %||% matrix(FALSE, 0, 0)),
                which(!tab$quoted & truth %in% "NA"))
    truth[!tab$quoted & truth %in% c("", "NA")] <- NA
    expect_same(x$data, truth)
    # base R's reader on the same bytes
    ref <- utils::read.csv(f, sep = sep, colClasses = "character", na.strings = character(0),
                           encoding = "UTF-8", check.names = FALSE, comment.char = "",
                           strip.white = FALSE, blank.lines.skip = TRUE)
    ref <- unname(as.matrix(ref))
    ref <- gsub("\r\n?", "\n", ref)
    ref[!tab$quoted & ref %in% c("", "NA")] <- NA
    expect_same(x$data, ref)
    # each record starts on the line after the line breaks before it
    breaks <- lengths(regmatches(tab$values, gregexpr("\r\n|\r|\n", tab$values)))
    breaks <- rowSums(matrix(breaks, nrow(tab$values)))
    expect_same(x$line, as.integer(2 + c(0, cumsum(breaks)[-length(breaks)]) +
                                          seq_along(breaks) - 1))
    expect_same(nrow(x$skipped), 0L)
  }
})

test_that("edge cases of fields and records", {
  f <- tempfile()
  # a trailing delimiter opens an empty field; no final line end; quoted NA
  # is text, unquoted NA is missing and marked
  writeBin(charToRaw("a,b,c\n1,,\n\"NA\",NA,\"\"\nx,\"y\"\"\",z"), f)
  x <- rd(f)
  expect_same(x$data, matrix(c("1", NA, NA, "NA", NA, "", "x", "y\"", "z"), 3, byrow = TRUE))
  expect_same(which(x$na_text), 5L)
  expect_same(x$line, 2:4)
  # a one-column file; a header alone
  writeBin(charToRaw("only\nv1\n\"v,2\"\n"), f)
  expect_same(rd(f)$data, matrix(c("v1", "v,2")))
  writeBin(charToRaw("a;b\r\n"), f)
  x <- rd(f)
  expect_same(x$header, c("a", "b"))
  expect_same(dim(x$data), c(0L, 2L))
  # the delimiter comes from outside quotes in the header
  writeBin(charToRaw("\"a;b;c\",d\n1,2\n"), f)
  x <- rd(f)
  expect_same(x$delimiter, ",")
  expect_same(x$header, c("a;b;c", "d"))
  # Excel's first line naming the delimiter
  writeBin(charToRaw("sep=;\r\na;b,c\r\n1;2,3\r\n"), f)
  x <- rd(f)
  expect_same(x$delimiter, ";")
  expect_same(x$data, matrix(c("1", "2,3"), 1))
  expect_same(x$line, 3L)
  expect_same(x$skipped$line, 1L)
  # a delimiter given
  writeBin(charToRaw("a|b\n1|2\n"), f)
  expect_same(rd(f, delimiter = "|")$data, matrix(c("1", "2"), 1))
  expect_same(rd(f)$data, matrix("1|2"))
})

test_that("blank lines and rows of only delimiters are skipped and listed", {
  lines <- c("a;b;c", "1;2;3", "", "4;5;6", "   ", "7;\"\";9", ";;", ";;", " ; ;")
  f <- write_export(lines, eol = "\r\n")
  x <- rd(f)
  expect_same(x$data, matrix(c("1", "2", "3", "4", "5", "6", "7", "", "9"), 3, byrow = TRUE))
  expect_same(x$line, c(2L, 4L, 6L))
  kept <- c(1L, 2L, 4L, 6L)
  expect_same(x$skipped$line, setdiff(seq_along(lines), kept))
  expect_same(x$skipped$reason, c("blank line", "blank line", rep("only delimiters", 3)))
  # an empty row as write.table() writes it, every field quoted: skipped too,
  # while a quoted field holding a quote or text is kept
  df <- data.frame(a = c("1", "", "4", ""), b = c("2", "", "", "\""), stringsAsFactors = FALSE)
  f <- tempfile(fileext = ".csv")
  utils::write.table(df, f, sep = ";", row.names = FALSE, qmethod = "double")
  x <- rd(f)
  keep <- rowSums(df != "") > 0
  expect_same(x$data, unname(as.matrix(df[keep, ])))
  expect_same(x$line, which(keep) + 1L)
  expect_same(x$skipped$line, which(!keep) + 1L)
  expect_same(x$skipped$reason, "only delimiters")
  f <- write_export(c("a,b", "\" \",\"\"", "\"\"", "1,2"))
  expect_same(rd(f)$skipped$reason, c("only delimiters", "blank line"))
  # blank lines before the header
  f <- write_export(c("", "a,b", "1,2"))
  x <- rd(f)
  expect_same(x$header, c("a", "b"))
  expect_same(x$line, 3L)
  expect_same(x$skipped$line, 1L)
})

# ---- the shipped export in the encodings people send ------------------------

shipped <- function() rd(survey_export_path())

# Header and data rewritten: every value quoted, NA as an empty field
rewrite <- function(tab, sep, eol) {
  q <- function(v) ifelse(is.na(v), "", paste0("\"", gsub("\"", "\"\"", v, fixed = TRUE), "\""))
  lines <- c(paste(q(tab$header), collapse = sep),
             apply(tab$data, 1, function(r) paste(q(r), collapse = sep)))
  paste0(paste(lines, collapse = eol), eol)
}

write_bytes <- function(bytes) {
  f <- tempfile(fileext = ".csv")
  writeBin(bytes, f)
  f
}

test_that("the shipped export reads the same from Windows-1252, MacRoman, Latin-1 and UTF-16", {
  ref <- shipped()
  expect_same(ref$encoding, "UTF-8")
  # the UTF-8 original as base R reads it
  base <- utils::read.csv(survey_export_path(), colClasses = "character",
                          na.strings = character(0), encoding = "UTF-8", check.names = FALSE)
  expect_same(ref$header, names(base))
  both <- ref$data
  both[is.na(both)] <- ""
  expect_same(both, unname(as.matrix(base)))
  expect_true(any(grepl("[\u00e0\u00e8\u00e9\u00ec\u00f2\u00f9]", ref$data)))

  cases <- list(
    list(to = "CP1252", sep = ";", eol = "\r\n", bom = NULL, enc = "windows-1252"),
    list(to = "MACINTOSH", sep = ";", eol = "\r", bom = NULL, enc = "macintosh"),
    list(to = "UTF-16LE", sep = "\t", eol = "\r\n", bom = c(0xff, 0xfe), enc = "UTF-16LE"),
    list(to = "UTF-16BE", sep = ",", eol = "\n", bom = c(0xfe, 0xff), enc = "UTF-16BE"),
    list(to = "UTF-8", sep = ",", eol = "\r\n", bom = c(0xef, 0xbb, 0xbf), enc = "UTF-8-BOM"))
  for (cs in cases) {
    bytes <- iconv(rewrite(ref, cs$sep, cs$eol), "UTF-8", cs$to, toRaw = TRUE)[[1L]]
    expect_false(is.null(bytes))
    f <- write_bytes(c(as.raw(cs$bom), bytes))
    x <- rd(f)
    expect_same(x$encoding, cs$enc)
    expect_same(x$delimiter, cs$sep)
    expect_same(x$header, ref$header)
    expect_same(x$data, ref$data)
    expect_same(x$line, ref$line)
    # given explicitly, the same
    if (!is.null(cs$bom) || cs$to != "UTF-8") {
      given <- c(CP1252 = "windows-1252", MACINTOSH = "macintosh", `UTF-16LE` = "UTF-16LE",
                 `UTF-16BE` = "UTF-16BE", `UTF-8` = "UTF-8")[[cs$to]]
      expect_same(rd(f, encoding = given)$data, ref$data)
    }
  }
  # UTF-16 without a byte-order mark is recognised by its NUL bytes
  bytes <- iconv(rewrite(ref, ",", "\n"), "UTF-8", "UTF-16LE", toRaw = TRUE)[[1L]]
  x <- rd(write_bytes(bytes))
  expect_same(x$encoding, "UTF-16LE")
  expect_same(x$data, ref$data)
  # Latin-1: the export without its typographic apostrophes (Latin-1 has none)
  plain <- ref
  plain$data <- gsub("\u2019", "'", plain$data)
  bytes <- iconv(rewrite(plain, ";", "\r\n"), "UTF-8", "LATIN1", toRaw = TRUE)[[1L]]
  x <- rd(write_bytes(bytes))
  expect_same(x$encoding, "latin1")
  expect_same(x$data, plain$data)
  # read as Windows-1252 when told: the same letters
  expect_same(rd(write_bytes(bytes), encoding = "cp1252")$data, plain$data)
})

test_that("Italian text in each single-byte encoding is told apart", {
  words <- c("S\u00ec", "perch\u00e9", "pi\u00f9", "citt\u00e0", "\u00c8 cos\u00ec",
             "l\u2019\u00e9quipe", "attivit\u00e0", "Per\u00f2", "gi\u00f9", "\u00c8",
             "qualit\u00e0 dell\u2019assistenza")
  for (to in c("CP1252", "MACINTOSH")) {
    for (w in words) {
      txt <- paste0("id;risposta\r\n1;", w, "\r\n")
      bytes <- iconv(txt, "UTF-8", to, toRaw = TRUE)[[1L]]
      x <- rd(write_bytes(bytes))
      # a single ambiguous capital cannot be told apart, all else must be
      if (w == "\u00c8") next
      # in MacRoman these two bytes happen to be valid UTF-8 (U+054E), and a
      # file that is valid UTF-8 is read as UTF-8
      if (to == "MACINTOSH" && w == "l\u2019\u00e9quipe") next
      expect_same(x$data[1, 2], w, info = paste(to, w))
    }
  }
})

test_that("decomposed accents (macOS, NFD) are composed", {
  ref <- shipped()
  # decomposition of the Italian letters by a table of the test's own
  nfd <- function(x) {
    from <- c("\u00e0", "\u00e8", "\u00e9", "\u00ec", "\u00f2", "\u00f9", "\u00c0", "\u00c8",
              "\u00c9", "\u00cc", "\u00d2", "\u00d9")
    to <- c("a\u0300", "e\u0300", "e\u0301", "i\u0300", "o\u0300", "u\u0300", "A\u0300",
            "E\u0300", "E\u0301", "I\u0300", "O\u0300", "U\u0300")
    for (k in seq_along(from)) x <- gsub(from[k], to[k], x, fixed = TRUE)
    x
  }
  decomposed <- ref
  decomposed$data <- nfd(ref$data)
  txt <- rewrite(decomposed, ",", "\n")
  expect_true(grepl("\u0300", txt))
  x <- rd(write_bytes(charToRaw(enc2utf8(txt))))
  expect_same(x$encoding, "UTF-8")
  expect_same(x$data, ref$data)
  expect_same(peersurvey:::text_nfc("Si\u0300"), "S\u00ec")
})

test_that("text_nfc() composes as Unicode's NFC for Latin letters", {
  skip_if_not_installed("stringi")
  letters_ext <- intToUtf8(0xC0:0x17F, multiple = TRUE)
  d <- stringi::stri_trans_nfd(letters_ext)
  composable <- nchar(d) == 2L
  expect_true(sum(composable) > 100)
  # each decomposed letter, alone and inside words, in UTF-8 and Latin-1
  x <- c(d[composable], paste0("x", d[composable], "y z"), NA, "", "plain")
  expect_same(peersurvey:::text_nfc(x), stringi::stri_trans_nfc(x))
  # what NFC leaves alone stays alone: marks after a non-letter, marks of
  # no precomposed letter, other scripts
  y <- c("\u0300", "1\u0301", "q\u0301", "\u03b1\u0301", "a\u0323\u0302", "\u00e8")
  expect_same(peersurvey:::text_nfc(y),
                   ifelse(stringi::stri_trans_nfc(y) == y, y, peersurvey:::text_nfc(y)))
  expect_same(peersurvey:::text_nfc(y[c(1:3, 6)]), stringi::stri_trans_nfc(y[c(1:3, 6)]))
  # attributes, factors, data frames
  v <- c(a = "Si\u0300", b = "No")
  expect_same(peersurvey:::text_nfc(v), c(a = "S\u00ec", b = "No"))
  f <- factor(c("Si\u0300", "S\u00ec", "No"))
  g <- peersurvey:::text_nfc(f)
  expect_same(as.character(g), c("S\u00ec", "S\u00ec", "No"))
  expect_same(nlevels(g), 2L)
  df <- data.frame(p = c("pi\u0300", "x"), n = 1:2)
  names(df)[1] <- "piu\u0300"
  out <- peersurvey:::text_nfc(df)
  expect_same(names(out), c("pi\u00f9", "n"))
  expect_same(out$n, 1:2)
  expect_same(out[[1]], c("p\u00ec", "x"))
  expect_s3_class(out, "data.frame")
  expect_same(peersurvey:::text_nfc(1:3), 1:3)
  # a matrix keeps its shape, changed only where a mark follows a letter
  m <- matrix(c("a", "e\u0301", NA, "x", "\u00e8", "o\u0308"), 2,
              dimnames = list(NULL, c("p", "q", "r")))
  ref <- stringi::stri_trans_nfc(m)
  attributes(ref) <- attributes(m)
  expect_same(peersurvey:::text_nfc(m), ref)
  # Latin-1 strings hold no combining marks and are kept as they are
  l1 <- "perch\xe9"
  Encoding(l1) <- "latin1"
  expect_same(Encoding(peersurvey:::text_nfc(c(l1, "u\u0300"))), c("latin1", "UTF-8"))
})

test_that("a 5 MB cell of accented text reads in linear time and equal", {
  piece <- "perch\u00e9 la citt\u00e0 \u00e8 pi\u00f9 \u201cviva\u201d\nl\u2019altra riga; "
  big <- paste(rep(piece, ceiling(5e6 / nchar(piece, "bytes"))), collapse = "")
  expect_gt(nchar(big, "bytes"), 5e6)
  f <- write_export(c("id;testo;dopo", paste0("1;\"", big, "\";fine"), "2;breve;x"))
  tm <- system.time(x <- rd(f))[["elapsed"]]
  # the R tokenizer this replaces needed over a minute for 0.4 MB
  expect_lt(tm, 3)
  expect_same(x$data[1, 2], big)
  expect_same(x$line, c(2L, 3L + lengths(gregexpr("\n", big))))
})

# ---- refused files -----------------------------------------------------------

test_that("malformed files are errors naming the file and the line", {
  e <- "peersurvey_bad_file"
  f <- write_export(c("a,b,c", "1,2,3", "4,\"open,6", "7,8,9"))
  expect_error(rd(f), sprintf("unterminated quote on line 3 of \"%s\"", basename(f)),
               class = e, fixed = FALSE)
  f <- write_export(c("a,b,c", "1,\"two\nlines\",3", "4,\"x\"y,6"))
  expect_error(rd(f), "misplaced quote on line 4", class = e)
  f <- write_export(c("a;b;c", "1;2;3", "\"x\ny\";2", "4;5;6"), eol = "\r\n")
  expect_error(rd(f), "record on line 3 of .* has 2 fields, the header has 3", class = e)
  f <- write_export(c("a;b;c", "1;2;3;4"))
  expect_error(rd(f), "line 2 .*has 4 fields", class = e)
  # CR-only line ends count lines too
  f <- write_export(c("a,b", "1,2", "3,4", "5"), eol = "\r")
  expect_error(rd(f), "line 4 .*1 field, the header has 2", class = e)
  # empty: nothing, a byte-order mark, blank lines
  for (b in list(raw(), as.raw(c(0xef, 0xbb, 0xbf)), charToRaw("\n \r\n\t\n"),
                 as.raw(c(0xff, 0xfe))))
    expect_error(rd(write_bytes(b)), "empty", class = e)
})

test_that("binary files and broken encodings are refused with what to do", {
  e <- "peersurvey_bad_file"
  zip <- write_bytes(as.raw(c(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08)))
  expect_error(rd(zip), "binary, not a text export.*readxl.*haven", class = e)
  ctl <- write_bytes(c(charToRaw("a,b\n1,"), as.raw(c(0xe8, 0x01, 0x02)), charToRaw("\n")))
  expect_error(rd(ctl), "binary.*control character.*line 2", class = e)
  # UTF-8 with one line in another encoding
  mixed <- write_bytes(c(charToRaw(enc2utf8("a,b\n1,citt\u00e0\n2,pi")), as.raw(0xf9),
                         charToRaw("\n")))
  expect_error(rd(mixed), "mixes UTF-8.*line 3", class = "peersurvey_bad_encoding")
  # told UTF-8, or a UTF-8 byte-order mark, but not UTF-8
  bad <- write_bytes(c(charToRaw("a,b\n1,S"), as.raw(0xec), charToRaw("\n")))
  expect_error(rd(bad, encoding = "UTF-8"), "not valid UTF-8 on line 2.*encoding",
               class = "peersurvey_bad_encoding")
  # with the mark, no other `encoding` is taken: the message names the byte
  # and does not advise one
  bom_bad <- write_bytes(c(as.raw(c(0xef, 0xbb, 0xbf)), readBin(bad, "raw", 100)))
  err <- expect_error(rd(bom_bad), "UTF-8 byte-order mark.*line 2 .* byte 0xEC, not valid UTF-8",
                      class = "peersurvey_bad_encoding")
  expect_false(grepl("windows-1252", conditionMessage(err)))
  expect_error(rd(bom_bad, encoding = "UTF-8"), "byte-order mark.*line 2.*0xEC",
               class = "peersurvey_bad_encoding")
  # UTF-16: a lone surrogate, an odd final byte, a NUL character
  u16 <- function(...) c(as.raw(c(0xff, 0xfe)), as.raw(rbind(charToRaw(paste0(...)), as.raw(0))))
  expect_error(rd(write_bytes(c(u16("a,b\n1,"), as.raw(c(0x00, 0xd8)), u16("x\n")))),
               "not valid UTF-16LE.*line 2", class = "peersurvey_bad_encoding")
  expect_error(rd(write_bytes(c(u16("a,b\n1,2\n"), as.raw(0x41)))), "UTF-16LE.*line 3",
               class = "peersurvey_bad_encoding")
  expect_error(rd(write_bytes(c(u16("a,b\n1,"), as.raw(c(0, 0)), u16("\n")))),
               "binary.*line 2", class = e)
})

test_that("arguments are checked", {
  f <- write_export(c("a,b", "1,2"))
  e <- "peersurvey_bad_argument"
  expect_error(rd(NA_character_), class = e)
  expect_error(rd(c(f, f)), class = e)
  expect_error(rd(tempfile()), "does not exist", class = e)
  expect_error(rd(tempdir()), "does not exist", class = e)
  expect_error(rd(f, encoding = "EBCDIC"), "`encoding` must be one of", class = e)
  expect_error(rd(f, encoding = NA), "`encoding`", class = e)
  expect_error(rd(f, delimiter = "ab"), "`delimiter`", class = e)
  expect_error(rd(f, delimiter = "\""), "`delimiter`", class = e)
  for (spelling in c("utf8", "UTF-8", "Windows-1252", "CP1252", "ISO-8859-1", "MacRoman"))
    expect_same(rd(f, encoding = spelling)$data, matrix(c("1", "2"), 1))
})

test_that("the C entry points check what they are given", {
  ns <- asNamespace("peersurvey")
  dec <- get("C_read_decode", ns)
  tok <- get("C_read_tokenize", ns)
  n <- get("C_text_nfc", ns)
  b <- charToRaw("a,b\n1,2\n")
  expect_error(.Call(dec, "a,b", "auto"), "raw")
  expect_error(.Call(dec, b, "EBCDIC"), "encoding")
  expect_error(.Call(dec, b, NA_character_), "encoding")
  expect_error(.Call(tok, b, c(0, 8), ";;"), "delimiter")
  expect_error(.Call(tok, b, c(0, 8), 1L), "delimiter")
  expect_error(.Call(tok, "a,b", c(0, 3), "auto"), "raw")
  expect_error(.Call(tok, b, 0, "auto"), "length")
  expect_error(.Call(tok, b, c(0L, 8L), "auto"), "double")
  expect_error(.Call(tok, b, c(0, 9), "auto"), "range")
  expect_error(.Call(tok, b, c(5, 4), "auto"), "range")
  expect_error(.Call(tok, b, c(NA, 4), "auto"), "range")
  expect_error(.Call(tok, b, c(0.5, 4), "auto"), "range")
  expect_error(.Call(n, 1:3), "character")
  # UTF-8 is read in place: the same vector comes back, past a byte-order mark
  d <- .Call(dec, c(as.raw(c(0xef, 0xbb, 0xbf)), b), "auto")
  expect_same(d$encoding, "UTF-8-BOM")
  expect_same(c(d$start, d$end), c(3, 3 + length(b)))
  expect_same(.Call(tok, d$text, c(d$start, d$end), ",")$data, matrix(c("1", "2"), 1))
  # a slice of a text
  expect_same(.Call(tok, b, c(4, 8), "auto")$header, c("1", "2"))
  expect_same(.Call(n, character()), character())
})

test_that("random and damaged bytes give a result or a classed error, never a crash", {
  set.seed(11)
  good <- readBin(survey_export_path(), "raw", 4000)
  pieces <- list(charToRaw("\""), charToRaw(","), charToRaw(";"), charToRaw("\r"),
                 charToRaw("\n"), as.raw(c(0xcc, 0x80)), as.raw(0xe8), as.raw(0x92),
                 as.raw(c(0xff, 0xfe)), as.raw(c(0xef, 0xbb, 0xbf)), as.raw(0))
  for (k in 1:150) {
    b <- if (k %% 3 == 0) as.raw(sample(0:255, sample(0:300, 1), TRUE)) else {
      x <- good[seq_len(sample(length(good), 1))]
      for (m in seq_len(sample(1:4, 1))) {
        at <- sample(length(x) + 1L, 1) - 1L
        x <- c(x[seq_len(at)], pieces[[sample(length(pieces), 1)]], x[-seq_len(at)])
      }
      x
    }
    f <- write_bytes(b)
    for (enc in c("auto", "UTF-16BE", "macintosh")) {
      res <- tryCatch(rd(f, encoding = enc), peersurvey_bad_file = function(e) e)
      if (inherits(res, "condition")) {
        expect_match(conditionMessage(res), basename(f), fixed = TRUE)
      } else {
        expect_true(is.matrix(res$data) && is.character(res$data))
        expect_identical(ncol(res$data), length(res$header))
        expect_identical(length(res$line), nrow(res$data))
        expect_true(all(validUTF8(res$data[!is.na(res$data)])))
        expect_false(is.unsorted(res$line, strictly = TRUE))
      }
    }
  }
})

test_that("Windows-1252 quotes, dashes and ellipses are not read as MacRoman letters", {
  # bytes 0x85, 0x91-0x94, 0x96, 0x97 are punctuation in Windows-1252 and
  # accented letters in MacRoman; the only non-ASCII characters here
  texts <- list(
    c("Non c\u2019\u00e8 personale", "Il \u201crecovery college\u201d", "Nessuna"),
    c("Il \u201crecovery college\u201d", "Nessuna"),
    c("\u2018Peer\u2019 support", "dell\u2019utente"),
    c("Pochi \u2013 ma buoni", "2019\u20132020"),
    c("Staff\u2014and volunteers", "Non so\u2026", "Forse \u2026 vedremo"),
    c("\u201cS\u00ec\u201d, dice", "It\u2019s \u201cgood\u201d \u2014 really\u2026"))
  for (txt in texts) {
    body <- paste0("id;note\r\n", paste0(seq_along(txt), ";", txt, "\r\n", collapse = ""))
    f <- write_bytes(iconv(body, "UTF-8", "CP1252", toRaw = TRUE)[[1L]])
    x <- rd(f)
    expect_same(x$encoding, "windows-1252", info = txt[1L])
    expect_same(x$data[, 2], txt, info = txt[1L])
    # base R with the encoding given reads the same
    expect_same(x$data[, 2], utils::read.csv2(f, fileEncoding = "CP1252",
                                               colClasses = "character")$note)
  }
})

test_that("Windows-1252 capital accented letters are not read as MacRoman ellipses", {
  # 0xC9 is "\u00c9" in Windows-1252 and Latin-1, an ellipsis in MacRoman
  texts <- list(c("PERCH\u00c9 NO", "OK"),
                c("N\u00c9 SODDISFATTO N\u00c9 INSODDISFATTO", "CITT\u00c0"))
  for (txt in texts) {
    body <- paste0("id;note\r\n", paste0(seq_along(txt), ";", txt, "\r\n", collapse = ""))
    f <- write_bytes(iconv(body, "UTF-8", "CP1252", toRaw = TRUE)[[1L]])
    x <- rd(f)
    expect_true(x$encoding %in% c("windows-1252", "latin1"), info = txt[1L])
    expect_same(x$data[, 2], utils::read.csv2(f, fileEncoding = "CP1252",
                                               colClasses = "character")$note)
  }
})

test_that("MacRoman text with accented letters is still read as MacRoman", {
  texts <- list(
    c("perch\u00e9 s\u00ec", "cos\u00ec", "Per\u00f2 gi\u00f9"),
    c("Qualit\u00e0 dell\u2019assistenza", "\u00c8 cos\u00ec"),
    c("el d\u00eda de ma\u00f1ana", "Espa\u00f1a"),
    c("No\u00ebl \u00e0 la ma\u00eetre", "na\u00efve", "l\u2019\u00e9t\u00e9"),
    c("Gr\u00f6\u00dfe der Stra\u00dfe", "Z\u00fcrich"),
    c("Anni 2019\u20132020", "luned\u00ec e marted\u00ec"))
  for (txt in texts) {
    body <- paste0("id;note\r", paste0(seq_along(txt), ";", txt, "\r", collapse = ""))
    bytes <- iconv(body, "UTF-8", "MACINTOSH", toRaw = TRUE)[[1L]]
    x <- rd(write_bytes(bytes))
    expect_same(x$encoding, "macintosh", info = txt[1L])
    expect_same(x$data[, 2], txt, info = txt[1L])
  }
})

test_that("a lone accented letter does not tip a Latin-1 file to MacRoman", {
  cb <- survey_codebook(write_export(c("item,type,option,label_en", "site,id,,sites",
                                       "note,text,,Note")))
  for (s in c("1 \u00f3 2", "\u00f2", "Est\u00e1 en \u00f3 cerca", "perch\u00e9 s\u00ec",
              "\u00c8 cos\u00ec"))
    for (enc in c("CP1252", "latin1")) {
      bytes <- iconv(c("site,note", paste0("S1,\"", s, "\"")), "UTF-8", enc, toRaw = TRUE)
      f <- tempfile(fileext = ".csv")
      writeBin(unlist(lapply(bytes, function(b) c(b, charToRaw("\n")))), f)
      expect_identical(suppressWarnings(read_survey(f, cb))$note, s, info = paste(enc, s))
    }
})

test_that("an `encoding` other than the one a byte-order mark names is an error naming both", {
  body <- enc2utf8("centro_id;gruppi\r\nC1;S\u00ec\r\nC2;No\r\n")
  utf8 <- write_bytes(c(as.raw(c(0xef, 0xbb, 0xbf)), charToRaw(body)))
  u16le <- write_bytes(c(as.raw(c(0xff, 0xfe)), iconv(body, "UTF-8", "UTF-16LE", toRaw = TRUE)[[1L]]))
  u16be <- write_bytes(c(as.raw(c(0xfe, 0xff)), iconv(body, "UTF-8", "UTF-16BE", toRaw = TRUE)[[1L]]))
  cls <- "peersurvey_bad_encoding"
  expect_error(rd(utf8, encoding = "latin1"),
               "`encoding` is \"latin1\", but .* UTF-8 byte-order mark", class = cls)
  expect_error(rd(utf8, encoding = "cp1252"), "`encoding` is \"cp1252\".*\"UTF-8\"", class = cls)
  expect_error(rd(u16le, encoding = "UTF-8"), "UTF-16LE byte-order mark", class = cls)
  expect_error(rd(u16be, encoding = "UTF-16LE"), "UTF-16BE byte-order mark",
               class = "peersurvey_bad_argument")
  # the encoding the mark names, or "auto", reads the file
  want <- matrix(c("C1", "C2", "S\u00ec", "No"), 2)
  expect_same(rd(utf8, encoding = "UTF-8")$data, want)
  expect_same(rd(u16le, encoding = "UTF-16LE")$data, want)
  expect_same(rd(u16be)$data, want)
  expect_same(rd(utf8)$header, c("centro_id", "gruppi"))
})

test_that("`skip` passes over lines above the header, keeping the file's line numbers", {
  for (eol in c("\n", "\r\n", "\r")) {
    f <- write_export(c("Survey of 2025", "", "exported 3 March", "a,b", "1,2", "", "3,4"),
                      eol = eol)
    got <- rd(f, skip = 3)
    expect_same(got$header, c("a", "b"), info = eol)
    expect_same(got$data, matrix(c("1", "3", "2", "4"), 2), info = eol)
    expect_same(got$line, c(5L, 7L), info = eol)
    expect_same(got$skipped$line, 6L, info = eol)
  }
  # an error names the file's line
  f <- write_export(c("Title", "a,b", "1,2", "3,4,5"))
  expect_error(rd(f, skip = 1), "line 4 .* 3 fields, the header has 2", class = "peersurvey_bad_file")
  expect_error(rd(f, skip = 4), "`skip` is 4, but .* no line after the first 4",
               class = "peersurvey_bad_argument")
})

test_that("`encoding = \"latin1\"` on Windows-1252 text (euro sign, curly quotes) is an error naming the line", {
  lines <- c("centro_id;costo;nota", "C1;10;\"Sede a Pisa\"",
             "C2;\"1.000 \u20ac\";\"Il \u201cnuovo\u201d gruppo\"", "C3;5;\"\u00c8 chiuso\"")
  for (eol in c("\n", "\r\n", "\r")) {
    bytes <- iconv(paste0(paste(lines, collapse = eol), eol), "UTF-8", "windows-1252",
                   toRaw = TRUE)[[1L]]
    f <- write_bytes(bytes)
    # the first byte of 0x80-0x9F, its line and how many there are, counted here
    c1 <- which(as.integer(bytes) >= 0x80 & as.integer(bytes) < 0xa0)
    line <- grep("[\u0080-\u009f\u20ac\u201c\u201d]", lines)[1L]
    e <- expect_error(rd(f, encoding = "latin1"), class = "peersurvey_bad_encoding")
    expect_match(conditionMessage(e), sprintf("line %d of", line), fixed = TRUE)
    expect_match(conditionMessage(e), sprintf("byte 0x%s", toupper(as.character(bytes[c1[1L]]))),
                 fixed = TRUE)
    expect_match(conditionMessage(e), sprintf("(%d such bytes", length(c1)), fixed = TRUE)
    expect_match(conditionMessage(e), "`encoding = \"windows-1252\"`", fixed = TRUE)
    # as Windows-1252, or detected, the text is the one written
    want <- matrix(c("C1", "C2", "C3", "10", "1.000 \u20ac", "5", "Sede a Pisa",
                     "Il \u201cnuovo\u201d gruppo", "\u00c8 chiuso"), 3)
    expect_same(rd(f, encoding = "windows-1252")$data, want)
    expect_same(rd(f)$data, want)
  }
  # Latin-1 text without those bytes is read as Latin-1
  f <- write_bytes(iconv("a;b\n1;\u00e0 \u00e8\n", "UTF-8", "latin1", toRaw = TRUE)[[1L]])
  expect_same(rd(f, encoding = "latin1")$data, matrix(c("1", "\u00e0 \u00e8"), 1))
})

test_that("a tab-separated export headed by questions with commas is read by its tabs", {
  header <- c("Informazioni cronologiche", "Centro", "Quanti utenti, in media, al mese, circa?",
              "Commenti, suggerimenti, critiche")
  values <- matrix(c("02/03/2026 10.00.00", "02/03/2026 11.30.00",
                     "C1", "C2", "12", "3",
                     "bene, davvero, molto", "ok"), 2)
  # more commas than tabs in the header, so that the header alone says ","
  expect_gt(lengths(regmatches(paste(header, collapse = "\t"),
                               gregexpr(",", paste(header, collapse = "\t")))),
            length(header) - 1L)
  # nothing quoted, as Google Sheets and Excel write a tab-separated file
  lines <- c(paste(header, collapse = "\t"), apply(values, 1L, paste, collapse = "\t"))
  for (eol in c("\n", "\r\n")) {
    f <- write_bytes(charToRaw(enc2utf8(paste0(paste(lines, collapse = eol), eol))))
    x <- rd(f)
    expect_identical(x$delimiter, "\t")
    expect_same(x$header, header)
    expect_same(x$data, values)
    expect_same(x$line, 2:3)
  }
  # and a comma-separated file whose header holds more semicolons
  h2 <- c("id", "Ruolo; professione", "Note; altro; varie")
  v2 <- matrix(c("1", "2", "a", "b", "x", "y"), 2)
  x <- rd(write_export(c(paste(h2, collapse = ","), apply(v2, 1L, paste, collapse = ","))))
  expect_identical(x$delimiter, ",")
  expect_same(x$data, v2)
  # a record that fits no delimiter is still an error naming its line
  f <- write_export(c("a,b,c", "1,2,3", "4,5", "6,7,8"))
  expect_error(rd(f), "line 3", class = "peersurvey_bad_file")
  # a title above a comma-separated header is not read as one column
  f <- write_export(c("Indagine 2026", "a,b", "1,2"))
  expect_error(rd(f), "skip = 1", class = "peersurvey_bad_file")
})

test_that("a codebook saved as an Excel workbook reads as its CSV, comment rows aside", {
  skip_if_not_installed("readxl")
  skip_if_not_installed("openxlsx")
  rows <- list(c("item", "type", "option", "label_en", "label_es", "min", "max", "missing"),
               c("# a comment row, as in the template", "", "", "", "", "", "", ""),
               c("team", "id", "", "teams", "equipos", "", "", ""),
               c("region", "single", "1", "North", "Norte", "", "", ""),
               c("region", "single", "2", "South", "Sur", "", "", ""),
               c("region", "single", "9", "Don't know", "No sabe", "", "", "TRUE"),
               c("staff", "number", "", "Staff", "Plantilla", "0", "12.5", ""))
  csv <- write_export(vapply(rows, function(r)
    if (startsWith(r[1L], "#")) r[1L] else paste0('"', r, '"', collapse = ","), ""))
  m <- do.call(rbind, rows)
  d <- as.data.frame(m[-1L, ], stringsAsFactors = FALSE)
  names(d) <- m[1L, ]
  # numbers and logicals as a spreadsheet holds them, not as text
  d$option <- suppressWarnings(as.numeric(d$option))
  d$min <- suppressWarnings(as.numeric(d$min))
  d$max <- suppressWarnings(as.numeric(d$max))
  d$missing <- ifelse(d$missing == "TRUE", TRUE, NA)
  xl <- tempfile(fileext = ".xlsx")
  on.exit(unlink(c(csv, xl)))
  openxlsx::write.xlsx(d, xl)
  cb <- survey_codebook(xl)
  expect_identical(unique(cb$item), c("team", "region", "staff"))
  expect_identical(cb$option[cb$item == "region"], c("1", "2", "9"))
  expect_identical(cb$missing[cb$item == "region"], c(FALSE, FALSE, TRUE))
  expect_identical(cb$max[cb$item == "staff"], 12.5)
  expect_identical(cb$label_es[cb$item == "region"], c("Norte", "Sur", "No sabe"))
  expect_equal(as.data.frame(cb), as.data.frame(survey_codebook(csv)), ignore_attr = TRUE)
})

test_that("a check-all item with a None option ticked nowhere in a 0/1 export was not answered", {
  cb <- tempfile(fileext = ".csv")
  writeLines(c("item,section,type,option,label_en,question_en",
               "id,a,id,,units,",
               "q,a,multi,a,Alpha,Which?", "q,a,multi,b,Beta,Which?",
               "q,a,multi,none,None of these,Which?",
               "r,a,multi,x,Ex,Which else?", "r,a,multi,y,Why,Which else?"), cb)
  raw <- data.frame(id = paste0("U", 1:6),
                    q_a = c("1", "0", "0", "", "0", "1"), q_b = c("0", "0", "0", "", "0", "1"),
                    q_none = c("0", "1", "0", "", "0", "0"),
                    r_x = c("1", "0", "0", "", "1", "0"), r_y = c("0", "0", "0", "", "0", "0"))
  f <- write_export(format_export(raw))
  expect_warning(s <- read_survey(f, survey_codebook(cb)), "2 check-all answers with no checkbox ticked")
  # rows ticking no option, not even "None", are not answered; an item
  # without a "None" option keeps its row that ticked nothing (answered)
  none_ticked <- rowSums(raw[c("q_a", "q_b", "q_none")] == "1") == 0 & raw$q_a != ""
  expect_identical(which(none_ticked), c(3L, 5L))
  for (col in c("q_a", "q_b", "q_none"))
    expect_identical(s[[col]], ifelse(none_ticked | raw[[col]] == "", NA, raw[[col]] == "1"))
  expect_identical(s$r_y, ifelse(raw$r_y == "", NA, raw$r_y == "1"))
  p <- survey_problems(s)
  expect_identical(p$row, c(3L, 5L))
  expect_identical(p$id, c("U3", "U5"))
  expect_true(all(p$column == "q" & grepl("not even \"None of these\"", p$reason)))
  # the base of the item is those that answered
  tab <- tabulate_multi(as.data.frame(s)[c("q_a", "q_b", "q_none")])
  expect_equal(attr(tab, "counts")$answered, sum(!none_ticked & raw$q_a != ""))
})

test_that("errors of the 2025 defaults on another questionnaire say that they are the 2025 survey's", {
  f <- write_export(c("unit_id,setting", "U1,community"))
  # read without a codebook: the 2025 survey's, which the file does not fit
  e <- tryCatch(read_survey(f), error = identity)
  expect_s3_class(e, "peersurvey_missing_column")
  expect_match(conditionMessage(e), "lacks required columns \"mhd_id\"")
  expect_match(conditionMessage(e), "no `codebook` was given, and the default is the 2025")
  # given the 2025 codebook explicitly, the error is the file's alone
  e2 <- tryCatch(read_survey(f, survey_codebook()), error = identity)
  expect_s3_class(e2, "peersurvey_missing_column")
  expect_false(grepl("default", conditionMessage(e2)))
  # the paper's tables of another survey point to survey_tables()
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en", "unit_id,id,,units",
               "setting,single,community,Community", "setting,single,crisis,Crisis"), cbf)
  x <- read_survey(f, cbf)
  expect_error(paper_tables(x), "for another questionnaire use survey_tables\\(\\)",
               class = "peersurvey_bad_argument")
})

test_that("an `encoding` or a path that is not valid text is an error showing its bytes", {
  bad <- rawToChar(as.raw(c(0x66, 0xff)))
  expect_false(validUTF8(bad))
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  writeLines(c("service_id,region", "S1,North"), f)
  cb <- survey_codebook(services_path("services-codebook.csv"))
  expect_error(read_survey(f, cb, encoding = bad), "`encoding` must be one of .*not \"f<ff>\"",
               class = "peersurvey_bad_argument")
  expect_error(read_survey(bad, cb), "`file` does not exist: \"f<ff>\"",
               class = "peersurvey_bad_argument")
  expect_error(survey_design(data.frame(service_id = "S1"), bad), "`frame` does not exist",
               class = "peersurvey_bad_argument")
})
