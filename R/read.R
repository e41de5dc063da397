# Reading delimited exports: the bytes of a file, in whatever encoding the
# survey tool or spreadsheet wrote them, into UTF-8 records.  The work is in
# src/read.c; this file checks the arguments and words the problems the C
# code finds (it returns them as codes, so that every message is classed and
# names the file, the line and what to do).

# Encodings accepted by `encoding =` (after "auto"), as read_delimited()
# reports them; "UTF-8-BOM" is also reported, for UTF-8 with a byte-order mark.
read_encodings <- c("auto", "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "latin1",
                    "macintosh")

# Other spellings of the same encodings, compared without case or punctuation
encoding_aliases <- c(auto = "auto", utf8 = "UTF-8", utf8bom = "UTF-8",
                      utf16le = "UTF-16LE", utf16be = "UTF-16BE",
                      windows1252 = "windows-1252", cp1252 = "windows-1252",
                      latin1 = "latin1", iso88591 = "latin1", macintosh = "macintosh",
                      macroman = "macintosh", mac = "macintosh")

match_encoding <- function(encoding, call = user_call()) {
  key <- if (is.character(encoding) && length(encoding) == 1L && !is.na(encoding) &&
              validUTF8(encoding))
    gsub("[^a-z0-9]", "", tolower(encoding))
  if (is.null(key) || !key %in% names(encoding_aliases))
    abort(sprintf("`encoding` must be one of %s, not %s", show_values(read_encodings, Inf),
                  if (is.character(encoding) && length(encoding) == 1L) show_bytes(encoding)
                  else if (is.character(encoding)) show_values(encoding, 3L)
                  else deparse(encoding)[1L]),
          "peersurvey_bad_argument", call = call)
  unname(encoding_aliases[key])
}

# Read a delimited text export.
#
# `file`: path; `encoding`: "auto" or one of read_encodings (other common
# spellings accepted); `delimiter`: "auto" (sniffed from the header line:
# comma, semicolon or tab, whichever occurs most outside quotes; Excel's
# "sep=;" first line is honoured; when the records do not fit it, the one
# of the others that reads every record alike, in more than one field) or
# one ASCII character.
#
# Returns list(header = character, data = character matrix (one row per
# record, NA for unquoted empty fields and unquoted NA, "" for a quoted
# empty field), na_text = NULL, or a logical matrix like data marking the
# unquoted NA (a code "NA" of the codebook, such as Napoli's province, is
# read back from it), line = integer line of the file where each record starts,
# delimiter = the delimiter, encoding = the encoding used ("UTF-8",
# "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "windows-1252", "latin1" or
# "macintosh"), skipped = data.frame(line, reason) of the records left out:
# blank lines, records of only delimiters, empty quoted fields included
# (spreadsheets leave them at the end) and a "sep=" line).  Text is UTF-8 and composed to NFC.
#
# `comment = TRUE` (codebooks): lines starting with `#` (after spaces or
# tabs) are comments.  They are recognised in the decoded text, so in any
# encoding, and left out as blank lines, so that lines keep their numbers.
#
# In "auto", a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); then
# valid UTF-8 is UTF-8; UTF-16 without a mark is recognised by its NUL
# bytes; anything else is read as the single-byte encoding (Windows-1252,
# or Latin-1 when it has no byte in 0x80-0x9F, where the two differ, or
# MacRoman) whose accented letters and punctuation fit the text best.
read_delimited <- function(file, encoding = "auto", delimiter = "auto", comment = FALSE,
                           skip = 0L, call = user_call()) {
  if (!is.character(file) || length(file) != 1L || is.na(file))
    abort("`file` must be the path of a survey export", "peersurvey_bad_argument", call = call)
  # (a path that is not text in this locale names no file R can open)
  if (!isTRUE(tryCatch(file.exists(file) && !dir.exists(file), error = function(e) FALSE)))
    abort(sprintf("`file` does not exist: %s", show_bytes(file, width = 1000L)),
          "peersurvey_bad_argument", call = call)
  given <- encoding
  encoding <- match_encoding(encoding, call = call)
  if (!is.character(delimiter) || length(delimiter) != 1L || is.na(delimiter) ||
      (delimiter != "auto" && (nchar(delimiter, "bytes") != 1L ||
                                 grepl("[\"\r\n]", delimiter) ||
                                 charToRaw(delimiter) >= as.raw(0x80))))
    abort(sprintf(paste("`delimiter` must be \"auto\" or one character such as \",\",",
                        "\";\" or \"\\t\", not %s"), show_values(delimiter, 1L)),
          "peersurvey_bad_argument", call = call)
  name <- basename(file)
  size <- file.size(file)
  if (is.na(size) || file.access(file, 4L) != 0L)
    abort(sprintf("`file` cannot be read: \"%s\"", file), "peersurvey_bad_argument", call = call)
  bytes <- readBin(file, "raw", n = size)
  if (!length(bytes))
    abort(sprintf("`file` is empty: \"%s\"", name), "peersurvey_bad_file", call = call)
  # a byte-order mark says what the file is: an `encoding` naming another
  # would decode the mark into the first column's name
  bom <- byte_order_mark(bytes)
  if (!is.na(bom) && encoding != "auto" && encoding != bom)
    abort(sprintf(paste("`encoding` is %s, but \"%s\" starts with a %s byte-order mark,",
                        "which says it is %s: read it with `encoding = \"auto\"` or",
                        "`encoding = \"%s\"`"),
                  show_values(given), name, bom, bom, bom),
          c("peersurvey_bad_encoding", "peersurvey_bad_argument"), call = call)
  # Latin-1 has only control characters at 0x80-0x9F, never text: a file
  # with such bytes is Windows-1252 (its euro sign, curly quotes and
  # dashes), which is often called "latin1"; read as Latin-1 they would
  # become invisible controls
  if (encoding == "latin1") {
    c1 <- which(bytes >= as.raw(0x80) & bytes < as.raw(0xa0))
    if (length(c1)) {
      pos <- c1[1L]
      ch <- iconv(rawToChar(bytes[pos]), "CP1252", "UTF-8")
      abort(sprintf(paste("`encoding` is %s, but line %.0f of \"%s\" holds byte 0x%s, a",
                          "control character in Latin-1%s (%d such byte%s in the file):",
                          "read it with `encoding = \"windows-1252\"` or",
                          "`encoding = \"auto\"`"),
                    show_values(given), byte_line(bytes, pos), name,
                    toupper(as.character(bytes[pos])),
                    if (!is.na(ch) && nzchar(ch)) sprintf(" and \"%s\" in Windows-1252", ch)
                    else "", length(c1), if (length(c1) == 1L) "" else "s"),
            c("peersurvey_bad_encoding", "peersurvey_bad_argument"), call = call)
    }
  }
  dec <- .Call(C_read_decode, bytes, encoding)
  if (!is.null(dec$error)) {
    err <- dec$error
    # a UTF-8 byte-order mark says UTF-8, and no other `encoding` is taken
    if (err[1L] == 3 && identical(bom, "UTF-8"))
      abort(sprintf(paste("`file` starts with a UTF-8 byte-order mark, which says it is",
                          "UTF-8, but line %.0f of \"%s\" holds byte 0x%s, not valid UTF-8",
                          "(the file mixes encodings): correct that line, or re-save the file",
                          "as UTF-8 (in Excel: CSV UTF-8)"),
                    err[2L], name, toupper(as.character(bytes[err[3L] + 3]))),   # past the mark
            c("peersurvey_bad_encoding", "peersurvey_bad_file"), call = call)
    read_problem(err, name, dec$encoding, call)
  }
  # the file's bytes are no longer needed when a converted copy exists
  rm(bytes)
  if (isTRUE(comment) && dec$end > dec$start) {
    txt <- rawToChar(dec$text[seq.int(dec$start + 1, dec$end)])
    # a comment's text goes, its line end stays (line ends: LF, CRLF or CR)
    txt <- gsub("(?<![^\r\n])[ \t]*#[^\r\n]*", "", txt, perl = TRUE, useBytes = TRUE)
    dec$text <- charToRaw(txt)
    dec$start <- 0
    dec$end <- length(dec$text)
  }
  # `skip` lines above the header (a title): records keep the file's lines
  start <- dec$start
  if (skip > 0) {
    start <- skip_lines(dec$text, dec$start, dec$end, skip)
    if (is.na(start))
      abort(sprintf("`skip` is %s, but \"%s\" has no line after the first %s",
                    format(skip), name, format(skip)), "peersurvey_bad_argument", call = call)
  }
  res <- .Call(C_read_tokenize, dec$text, c(start, dec$end), delimiter)
  # the delimiter is sniffed from the header line, where question texts may
  # hold more commas than the file has tabs (a tab-separated export headed
  # by the questions). When the records then do not fit, the other
  # delimiters are tried: one that reads every record with the same number
  # of fields, more than one, is the file's (Excel's "sep=" line names it)
  if (!is.null(res$error) && res$error[1L] == 8 && delimiter == "auto" &&
      !(dec$end - start >= 4 &&
          identical(dec$text[start + 1:4], charToRaw("sep=")))) {
    alt <- NULL
    for (d in setdiff(c(",", ";", "\t"), res$delimiter)) {
      r <- .Call(C_read_tokenize, dec$text, c(start, dec$end), d)
      if (is.null(r$error) && length(r$header) > 1L &&
          (is.null(alt) || length(r$header) > length(alt$header))) alt <- r
    }
    if (!is.null(alt)) res <- alt
  }
  if (!is.null(res$error)) {
    err <- res$error
    if (err[2L] > 0) err[2L] <- err[2L] + skip
    read_problem(err, name, dec$encoding, call,
                 hint = if (err[1L] == 8)
                   title_skip_hint(dec$text, start, dec$end, err, skip, res$delimiter))
  }
  if (skip > 0) {
    res$line <- res$line + as.integer(skip)
    res$skipped_line <- res$skipped_line + as.integer(skip)
  }
  na_text <- NULL
  if (length(res$na_text)) {
    na_text <- matrix(FALSE, nrow(res$data), ncol(res$data))
    na_text[res$na_text] <- TRUE
  }
  list(header = res$header, data = res$data, na_text = na_text, line = res$line,
       delimiter = res$delimiter, encoding = dec$encoding,
       skipped = data.frame(line = res$skipped_line,
                            reason = c("blank line", "only delimiters",
                                       "delimiter line (sep=)")[res$skipped_reason],
                            stringsAsFactors = FALSE))
}

# The encoding a byte-order mark at the start of `bytes` names, or NA
byte_order_mark <- function(bytes) {
  if (length(bytes) >= 3L && identical(bytes[1:3], as.raw(c(0xef, 0xbb, 0xbf)))) "UTF-8"
  else if (length(bytes) >= 2L && identical(bytes[1:2], as.raw(c(0xff, 0xfe)))) "UTF-16LE"
  else if (length(bytes) >= 2L && identical(bytes[1:2], as.raw(c(0xfe, 0xff)))) "UTF-16BE"
  else NA_character_
}

# The line of the file holding byte `pos` of `bytes` (a line ends with LF,
# CRLF or CR)
byte_line <- function(bytes, pos) {
  before <- bytes[seq_len(pos - 1L)]
  lf <- before == as.raw(10L)
  cr <- which(before == as.raw(13L))
  # a CR ends its line unless an LF follows it
  lone_cr <- cr[!(cr < pos - 1L & lf[pmin(cr + 1L, length(lf))])]
  1 + sum(lf) + length(lone_cr)
}

# The offset in `text` after the first `k` lines of text[start, end) (a line
# ends with LF, CRLF or CR), or NA when it has no more than `k` lines; only
# as much of the text is scanned as those lines take
skip_lines <- function(text, start, end, k) {
  pos <- start
  left <- k
  lf <- as.raw(10L)
  while (pos < end) {
    to <- min(end, pos + 65536)
    b <- text[seq.int(pos + 1, to)]
    is_lf <- b == lf
    # a CR ends its line unless an LF follows it
    next_lf <- c(is_lf[-1L], to < end && text[to + 1] == lf)
    ends <- which(is_lf | (b == as.raw(13L) & !next_lf))
    if (length(ends) >= left) {
      at <- pos + ends[left]
      return(if (at < end) at else NA_real_)
    }
    left <- left - length(ends)
    pos <- to
  }
  NA_real_
}

# A record with more fields than the header (`err`: code 8, its line, its
# fields, the header's): when the header and every line before that record
# hold at most one field with text, they look like a title above the real
# header, and the hint says how many lines to skip (a title block is short:
# only its first lines are looked at)
title_skip_hint <- function(text, start, end, err, skip, delimiter) {
  line <- err[2L]
  if (err[3L] < 2 || line - skip > 20) return(NULL)
  above <- skip_lines(text, start, end, line - 1 - skip)
  if (is.na(above)) return(NULL)
  top <- .Call(C_read_tokenize, text, c(start, above), delimiter)
  if (!is.null(top$error)) return(NULL)
  filled <- function(m) !is.na(m) & nzchar(trimws(m))
  if (sum(filled(top$header)) > 1L || any(rowSums(filled(top$data)) > 1L)) return(NULL)
  title_row_hint(line - 1)
}

# read_delimited() for a file given in argument `arg` (a coding frame's `x`,
# a sampling frame's `frame`): its errors name that argument, not `file`
read_delimited_arg <- function(path, arg, ...) {
  withCallingHandlers(read_delimited(path, ...), peersurvey_error = function(e) {
    e$message <- sub("`file`", sprintf("`%s`", arg), e$message, fixed = TRUE)
    stop(e)
  })
}

# Words a problem reported by C_read_decode() or C_read_tokenize(): c(code,
# line, a, b); `hint`: what may have caused it, added to the message
read_problem <- function(err, name, encoding, call, hint = NULL) {
  code <- err[1L]
  at <- sprintf("line %.0f of \"%s\"", err[2L], name)
  resave <- "re-save it as UTF-8 (in Excel: CSV UTF-8)"
  bad <- function(msg, class = NULL)
    abort(msg, c(class, "peersurvey_bad_file"), call = call)
  switch(as.character(code),
    "1" = bad(sprintf("`file` is empty: \"%s\"", name)),
    "2" = bad(sprintf(paste(
      "`file` is binary, not a text export: %s at byte %.0f, %s.",
      "Export it from its program as CSV; an Excel workbook (.xlsx, .xls) needs the",
      "readxl package, an SPSS or Stata file (.sav, .dta) the haven package"),
      if (err[4L] == 1) "a control character" else "a NUL byte", err[3L], at)),
    "3" = bad(sprintf(paste(
      "`file` is not valid UTF-8 on %s. Give its encoding (such as",
      "`encoding = \"windows-1252\"`) or %s"), at, resave), "peersurvey_bad_encoding"),
    "4" = bad(sprintf(paste(
      "`file` mixes UTF-8 with another encoding: not valid UTF-8 on %s, while other",
      "lines are UTF-8. Correct that line, or %s"), at, resave), "peersurvey_bad_encoding"),
    "5" = bad(sprintf(paste(
      "`file` is not valid %s (a lone surrogate or an odd final byte): %s;",
      "%s"), encoding, at, resave), "peersurvey_bad_encoding"),
    "6" = bad(sprintf(paste(
      "`file` is truncated or malformed: unterminated quote on %s. A quoted field",
      "must end with a quote, and quotes inside it must be doubled (\"\")"), at)),
    "7" = bad(sprintf(paste(
      "`file` is truncated or malformed: unterminated or misplaced quote on %s:",
      "text follows a closing quote. Quotes inside a quoted field must be doubled (\"\")"),
      at)),
    "8" = bad(sprintf(paste(
      "`file` is truncated or malformed: the record on %s has %.0f field%s, the",
      "header has %.0f. Check the delimiters and quotes on that line%s"),
      at, err[3L], if (err[3L] == 1) "" else "s", err[4L],
      if (is.null(hint)) "" else paste0("; ", hint))),
    "9" = bad(sprintf(paste("`file` is too large to read%s: \"%s\""),
                      switch(as.character(err[3L]),
                             "1" = sprintf(" (a field on line %.0f is longer than 2^31 bytes)",
                                           err[2L]),
                             "2" = " (more than 2^31 records)", ""), name)),
    bad(sprintf("`file` could not be read: \"%s\"", name)))
}

# Compose base letter + combining accent (grave, acute, circumflex, tilde,
# macron, breve, dot, diaeresis, ring, double acute, caron, cedilla, ogonek)
# into the precomposed Latin letter, as Unicode's NFC does for the letters of
# Latin-1 Supplement and Latin Extended-A: "Si\u0300" becomes "S\u00ec".
# Character vectors (attributes kept), factor levels, and the columns and
# names of lists and data frames; anything else is returned as it is.
text_nfc <- function(x) {
  if (is.character(x)) return(.Call(C_text_nfc, x))
  if (is.factor(x)) {
    lv <- .Call(C_text_nfc, levels(x))
    if (anyDuplicated(lv)) {
      # two spellings of one level become one level
      at <- attributes(x)
      codes <- match(lv, unique(lv))[as.integer(x)]
      at$levels <- unique(lv)
      attributes(codes) <- at
      return(codes)
    }
    levels(x) <- lv
    return(x)
  }
  if (is.list(x)) {
    at <- attributes(x)
    y <- unclass(x)
    for (j in seq_along(y)) y[j] <- list(text_nfc(y[[j]]))
    if (!is.null(at$names)) at$names <- .Call(C_text_nfc, at$names)
    attributes(y) <- at
    return(y)
  }
  x
}
