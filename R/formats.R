# Exports of survey platforms and files that are not delimited text, brought
# to the one layout build_survey() reads: a header of item ids (check-all
# options as `<item>_<option>`) over a character matrix of answers, with the
# platform's own columns kept apart as metadata and every record left out
# listed with its reason.

survey_formats <- c("auto", "plain", "limesurvey", "redcap", "googleforms")

# ---- sources: files of any kind, and data frames ---------------------------

# list(header, data, line, encoding, delimiter, skipped, name, kind, skip)
# `sheet`, `skip`: a workbook's sheet, and its rows (of a text export, its
# lines) above the header; `given`: whether the user gave them, which is an
# error for a source they do not apply to
survey_source <- function(file, encoding, sheet = 1L, skip = 0L,
                          given = c(sheet = FALSE, skip = FALSE)) {
  not_for <- function(arg, what, applies)
    abort(sprintf("`%s` applies to %s only, not to %s", arg, applies, what),
          "peersurvey_bad_argument")
  if (is.data.frame(file)) {
    if (given[["sheet"]]) not_for("sheet", "a data frame", "workbooks (.xlsx, .xls)")
    if (given[["skip"]]) not_for("skip", "a data frame", "workbooks and text exports")
    return(source_data_frame(file, "data frame", "data frame", where = "row"))
  }
  if (!is.character(file) || length(file) != 1L || is.na(file))
    abort("`file` must be the path of a survey export, or a data frame",
          "peersurvey_bad_argument")
  if (!file.exists(file) || dir.exists(file))
    abort(sprintf("`file` does not exist: \"%s\"", file), "peersurvey_bad_argument")
  ext <- if (grepl("\\.[A-Za-z0-9]+$", file)) tolower(sub("^.*\\.", "", file)) else ""
  name <- basename(file)
  if (ext %in% c("xlsx", "xls")) {
    need_package("readxl", sprintf("Reading \"%s\"", name))
    # a workbook is a zip archive (.xlsx) or an OLE2 compound file (.xls),
    # whatever its name says
    magic <- readBin(file, "raw", 8L)
    is_zip <- length(magic) >= 4L && identical(magic[1:4], as.raw(c(0x50, 0x4b, 0x03, 0x04)))
    is_ole <- length(magic) >= 8L &&
      identical(magic, as.raw(c(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)))
    not_book <- function(why = NULL)
      abort(sprintf("`file` is not an Excel workbook: \"%s\"%s", file,
                    if (is.null(why)) "" else paste0(" (", why, ")")), "peersurvey_bad_file")
    if (!is_zip && !is_ole) not_book()
    sheets <- tryCatch(readxl::excel_sheets(file), error = function(e) not_book(conditionMessage(e)))
    if (!(is.character(sheet) && sheet %in% sheets) &&
        !(is.numeric(sheet) && sheet <= length(sheets)))
      abort(sprintf("`sheet` %s is not a sheet of \"%s\", whose sheets are %s",
                    show_values(sheet), name, show_values(sheets, max = 10L)),
            "peersurvey_bad_argument")
    read_sheet <- function(types) tryCatch(
      readxl::read_excel(file, sheet = sheet, skip = skip, col_types = types,
                         .name_repair = "minimal"),
      error = function(e) not_book(conditionMessage(e)))
    df <- read_sheet("text")
    # the cells the sheet holds as numbers (readxl writes them with a decimal
    # point and no grouping), apart from text typed to look like numbers
    cells <- read_sheet("list")
    typed <- NULL
    if (identical(dim(cells), dim(df))) {
      flat <- unlist(cells, recursive = FALSE, use.names = FALSE)
      typed <- matrix(vapply(flat, function(e)
        is.numeric(e) && !inherits(e, c("Date", "POSIXt")) && !anyNA(e), NA),
        nrow = nrow(df), ncol = ncol(df))
      # date and date-time cells as ISO text, as readxl reads them typed,
      # not as the serial numbers the sheet stores
      when <- vapply(flat, function(e) sheet_date(e), "")
      for (j in seq_len(ncol(df))) {
        k <- (j - 1L) * nrow(df) + seq_len(nrow(df))
        hit <- !is.na(when[k])
        if (any(hit)) df[[j]][hit] <- when[k][hit]
      }
    }
    tab <- source_data_frame(as.data.frame(df, stringsAsFactors = FALSE), name, ext, typed)
    # lines of the sheet, below the rows skipped and the empty rows readxl
    # passes over above the header
    lead <- skip + sheet_empty_top(file, sheet, skip, names(df))
    tab$line <- tab$line + lead
    tab$skipped$line <- tab$skipped$line + lead
    tab$skip <- skip
    return(tab)
  }
  if (given[["sheet"]])
    not_for("sheet", sprintf("\"%s\", which is not a workbook", name), "workbooks (.xlsx, .xls)")
  if (ext %in% c("sav", "zsav", "dta", "por")) {
    if (given[["skip"]])
      not_for("skip", sprintf("\"%s\", a statistical file", name), "workbooks and text exports")
    need_package("haven", sprintf("Reading \"%s\"", name))
    # user-missing values (99 = "Refused") kept with their labels, so that
    # they are declared missing or reported, not blanked
    df <- tryCatch(switch(ext, sav = , zsav = haven::read_sav(file, user_na = TRUE),
                          dta = haven::read_dta(file), por = haven::read_por(file, user_na = TRUE)),
                   error = function(e)
                     abort(sprintf("`file` is not a readable %s file: \"%s\" (%s)",
                                   switch(ext, dta = "Stata", "SPSS"), file,
                                   conditionMessage(e)), "peersurvey_bad_file"))
    return(source_data_frame(as.data.frame(df, stringsAsFactors = FALSE), name, ext,
                             where = "row"))
  }
  tab <- read_delimited(file, encoding = encoding, skip = skip)
  tab$name <- name
  tab$kind <- "text"
  tab$skip <- skip
  tab
}

# The empty rows of a sheet below its first `skip` rows and above its
# header: readxl passes over them without saying so. The header is the
# first row holding a cell, or one whose cells read as the header does (a
# row of cells holding only spaces reads as empty, yet is the header). Only
# the top of the sheet is read, in growing blocks.
sheet_empty_top <- function(file, sheet, skip, header) {
  header <- ifelse(is.na(header), "", trimws(header))
  k <- 64
  repeat {
    top <- tryCatch(suppressMessages(readxl::read_excel(
      file, sheet = sheet, range = readxl::cell_rows(c(skip + 1, skip + k)),
      col_names = FALSE, col_types = "text", .name_repair = "minimal")),
      error = function(e) NULL)
    if (is.null(top) || !nrow(top) || ncol(top) != length(header)) return(0)
    m <- as.matrix(top)
    cells <- matrix(ifelse(is.na(m), "", trimws(m)), nrow = nrow(m))
    hit <- which(rowSums(cells != "") > 0L |
                   rowSums(cells != rep(header, each = nrow(cells))) == 0L)
    if (length(hit)) return(hit[1L] - 1)
    if (nrow(top) < k) return(0)
    k <- k * 4
  }
}

# A date or date-time cell of a sheet (readxl gives POSIXct) as ISO text:
# the date alone when it has no time of day; NA for any other cell
sheet_date <- function(e) {
  if (!inherits(e, c("POSIXt", "Date")) || length(e) != 1L || is.na(e)) return(NA_character_)
  if (inherits(e, "Date")) return(format(e, "%Y-%m-%d"))
  t <- format(e, "%H:%M:%S", tz = "UTC")
  format(e, if (t == "00:00:00") "%Y-%m-%d" else "%Y-%m-%d %H:%M:%S", tz = "UTC")
}

# A data frame as the reader's layout: every column as text; labelled
# values (haven) as their labels, factors as their levels. `typed` marks
# the cells that were numbers (written as R writes them: a decimal point,
# no grouping), so that number items read them without guessing separators.
# `where`: how a record is pointed at: the line of a sheet (its header is
# line 1), or the row of a data frame or statistical file, which has no lines
source_data_frame <- function(df, name, kind, typed = NULL, where = "line") {
  if (!ncol(df)) abort(sprintf("`file` has no columns: %s", name), "peersurvey_bad_file")
  cols <- lapply(df, source_text)
  # composed accents, as the text reader gives them
  data <- text_nfc(matrix(unlist(cols, use.names = FALSE), nrow = nrow(df)))
  if (is.null(typed))
    typed <- matrix(unlist(lapply(df, source_typed), use.names = FALSE),
                    nrow = nrow(df), ncol = ncol(df))
  number <- matrix(unlist(lapply(df, source_labelled_number), use.names = FALSE),
                   nrow = nrow(df), ncol = ncol(df))
  line <- seq_len(nrow(df)) + (where == "line")
  # rows of only empty cells (a sheet's deleted rows) are skipped and
  # listed, as blank lines of a text export are
  empty <- rowSums(!is.na(data) & nzchar(trimws(data))) == 0L
  list(header = text_nfc(names(df)), data = data[!empty, , drop = FALSE],
       typed = typed[!empty, , drop = FALSE],
       number = if (!all(is.na(number))) number[!empty, , drop = FALSE],
       declared = source_tagged(df, data, line, empty),
       line = line[!empty], where = where,
       encoding = "UTF-8", name = name, kind = kind,
       skipped = data.frame(line = line[empty], reason = rep("empty row", sum(empty)),
                            stringsAsFactors = FALSE))
}

# Stata's and SAS's extended missing values (.a to .z: haven's tagged NAs)
# that no value label names, in rows kept: declared non-answers listed by
# their tag (".b"), as a labelled one is by its label, not blanks; a data
# frame (line, column, value) or NULL
source_tagged <- function(df, data, line, empty) {
  if (!requireNamespace("haven", quietly = TRUE)) return(NULL)
  out <- list()
  for (j in seq_along(df)) {
    x <- as.vector(unclass(df[[j]]))
    if (!is.double(x) || !anyNA(x)) next
    tag <- haven::na_tag(x)
    hit <- which(!is.na(tag) & is.na(data[, j]) & !empty)
    if (length(hit))
      out[[length(out) + 1L]] <- data.frame(
        line = line[hit], column = normalise_header(names(df)[j]),
        value = paste0(".", tag[hit]), stringsAsFactors = FALSE)
  }
  if (length(out)) do.call(rbind, out)
}

# The values of a column that a value label replaces (haven's labelled
# vectors)
source_labelled <- function(v) {
  x <- as.vector(unclass(v))
  labs <- attr(v, "labels", exact = TRUE)
  if (is.null(labs) || !is.atomic(labs)) return(rep(FALSE, length(x)))
  !is.na(x) & !is.na(match(x, as.vector(unclass(labs))))
}

# The values of a column written as numbers: numeric, not a date, not
# replaced by a value label
source_typed <- function(v) {
  x <- as.vector(unclass(v))
  if (!is.numeric(x) || is.factor(v) || inherits(v, c("Date", "POSIXt", "difftime")))
    return(rep(FALSE, length(x)))
  !is.na(x) & !source_labelled(v)
}

# The numbers behind the value labels of a column, where a label replaced
# a value that is not user-missing (SPSS `na_values`, `na_range`): a number
# item reads 0 labelled "None" as 0; NA for every other cell
source_labelled_number <- function(v) {
  x <- as.vector(unclass(v))
  out <- rep(NA_character_, length(x))
  if (!is.numeric(x) || is.factor(v)) return(out)
  hit <- source_labelled(v)
  user_na <- attr(v, "na_values", exact = TRUE)
  if (!is.null(user_na)) hit <- hit & !(x %in% user_na)
  rng <- attr(v, "na_range", exact = TRUE)
  if (length(rng) == 2L) hit <- hit & !(x >= rng[1L] & x <= rng[2L])
  out[hit] <- number_text(x[hit])
  out
}

source_text <- function(v) {
  labs <- attr(v, "labels", exact = TRUE)
  if (!is.null(labs) && is.atomic(labs)) {
    out <- source_plain(unclass(v))
    x <- as.vector(unclass(v))
    l <- as.vector(unclass(labs))
    i <- match(x, l)
    # Stata's extended missing values (.a, .b, ...) are NAs told apart by
    # their tag only: match() takes every NA for the first labelled one
    if (is.double(x) && is.double(l) && anyNA(x) && requireNamespace("haven", quietly = TRUE)) {
      na_x <- which(is.na(x))
      tl <- haven::na_tag(l)
      tl[!is.na(l)] <- NA_character_
      tx <- haven::na_tag(x[na_x])
      i[na_x] <- ifelse(is.na(tx), NA_integer_, match(tx, tl))
    }
    # the labels as codebook_from_labelled() writes them (one shared by two
    # values, or that is another value's code, with its code)
    lab <- labelled_values(v, labs)$label[seq_along(l)]
    out[!is.na(i)] <- lab[i[!is.na(i)]]
    return(out)
  }
  source_plain(v)
}

source_plain <- function(v) {
  if (is.factor(v)) return(as.character(v))
  if (inherits(v, c("Date", "POSIXt"))) return(ifelse(is.na(v), NA_character_, format(v)))
  if (is.logical(v)) return(ifelse(is.na(v), NA_character_, ifelse(v, "TRUE", "FALSE")))
  if (is.numeric(v)) {
    out <- number_text(v)
    out[is.na(v)] <- NA_character_
    return(out)
  }
  out <- enc2utf8(as.character(v))
  out
}

# ---- formats ------------------------------------------------------------------

# The platform an export comes from, told by its header
survey_format_detect <- function(header, codebook) {
  h <- tolower(trimws(header))
  if (any(h %in% c("submitdate", "lastpage", "startlanguage")) || lime_text(header))
    return("limesurvey")
  if (any(h %in% c("record_id", "redcap_event_name", "redcap_repeat_instrument",
                   "redcap_survey_identifier")) || redcap_labels(header, codebook) ||
      (any(grepl("___[a-z0-9_]+$", h)) && any(grepl("_complete$", h))))
    return("redcap")
  if (length(h) && fold_text(h[1L]) %in% googleforms_timestamp)
    return("googleforms")
  "plain"
}

# Apply a platform's layout; returns the tab with `metadata` (a data frame
# of the platform's columns, one row per record) and `dropped` (records left
# out: line, id, reason)
survey_format_apply <- function(tab, format, codebook, incomplete, language) {
  tab$dropped <- data.frame(line = integer(), id = character(), reason = character(),
                            stringsAsFactors = FALSE)
  # (the metadata so far: a written-in "Other" that `columns` named)
  tab <- switch(format,
                limesurvey = format_limesurvey(tab, codebook, incomplete),
                redcap = format_redcap(tab, codebook),
                googleforms = format_googleforms(tab, codebook, language),
                format_plain_other(format_question_headers(tab, codebook), codebook))
  tab$metadata <- metadata_blank_na(tab$metadata)
  tab
}

# A written-in text that is blank is missing, from every platform (a
# LimeSurvey export writes "", Google Forms nothing)
metadata_blank_na <- function(meta) {
  if (is.null(meta)) return(meta)
  for (j in seq_along(meta)) {
    v <- meta[[j]]
    if (is.character(v)) meta[[j]][!is.na(v) & !nzchar(trimws(v))] <- NA_character_
  }
  meta
}

# The items that have an "Other" option, named by the column of their
# written-in text, `<item>_other` (single-choice and check-all items)
other_text_columns <- function(codebook) {
  items <- unique(codebook$item[codebook$type %in% c("single", "multi")])
  has <- vapply(items, function(it)
    !is.na(other_option(codebook[codebook$item == it, , drop = FALSE])), NA)
  items <- items[has]
  stats::setNames(items, sprintf("%s_other", items))
}

# A plain file's column `<item>_other` that is no column of the codebook
# (not the tick column of a check-all option coded `other`) and whose item
# has an "Other" option: the written-in text, kept apart as the platforms'
# is
format_plain_other <- function(tab, codebook) {
  oth <- other_text_columns(codebook)
  multi <- codebook$type == "multi"
  ticks <- tolower(paste(codebook$item[multi], codebook$option[multi], sep = "_"))
  h <- normalise_header(tab$header)
  text <- h %in% names(oth) & !h %in% c(ticks, tolower(codebook$item))
  format_take_meta(tab, text, h)
}

# Columns moved out of the answers into the metadata
format_take_meta <- function(tab, cols, names_as = tab$header) {
  if (!any(cols)) return(tab)
  meta <- as.data.frame(tab$data[, cols, drop = FALSE], stringsAsFactors = FALSE)
  names(meta) <- trimws(names_as[cols])
  tab$metadata <- if (is.null(tab$metadata)) meta else cbind(tab$metadata, meta)
  tab$data <- tab$data[, !cols, drop = FALSE]
  if (!is.null(tab$typed)) tab$typed <- tab$typed[, !cols, drop = FALSE]
  if (!is.null(tab$number)) tab$number <- tab$number[, !cols, drop = FALSE]
  if (!is.null(tab$na_text)) tab$na_text <- tab$na_text[, !cols, drop = FALSE]
  tab$header <- tab$header[!cols]
  tab
}

# Records left out, with their reason
format_drop <- function(tab, rows, reason, codebook) {
  if (!any(rows)) return(tab)
  idc <- match(tolower(codebook_id(codebook)), tolower(trimws(tab$header)))
  ids <- if (is.na(idc)) rep(NA_character_, sum(rows)) else tab$data[rows, idc]
  tab$dropped <- rbind(tab$dropped, data.frame(line = tab$line[rows], id = ids,
                                               reason = reason, stringsAsFactors = FALSE))
  tab$data <- tab$data[!rows, , drop = FALSE]
  if (!is.null(tab$typed)) tab$typed <- tab$typed[!rows, , drop = FALSE]
  if (!is.null(tab$number)) tab$number <- tab$number[!rows, , drop = FALSE]
  if (!is.null(tab$na_text)) tab$na_text <- tab$na_text[!rows, , drop = FALSE]
  tab$line <- tab$line[!rows]
  if (!is.null(tab$metadata)) tab$metadata <- tab$metadata[!rows, , drop = FALSE]
  tab
}

# Codes given by position (1 = the first option) when they are not codes
# of the codebook: platforms number the options of a question in order.
# When the codes are themselves numbers (REDCap's 1, 2, 3, 99 or a 0-4
# scale), a number that is none of them is a wrong code, not a position:
# it is left as written, to be reported
format_positional <- function(v, options, pattern = "^([0-9]+)$", missing = NULL) {
  f <- trimws(v)
  known <- tolower(f) %in% tolower(options)
  k <- suppressWarnings(as.integer(sub(pattern, "\\1", f, perl = TRUE)))
  pos <- !known & grepl(pattern, f, perl = TRUE) & !is.na(k) & k >= 1L & k <= length(options)
  if (numeric_codes(options, missing)) pos <- pos & !grepl("^[0-9]+$", f)
  v[pos] <- options[k[pos]]
  v
}

# Check-all columns `<item>_<code>` whose code is no option but a position.
# With `other_apart` (LimeSurvey), an item's "Other" is its own column
# `<item>[other]`, never a sub-question: when the header has that column,
# the sub-questions' positions count the item's other options only
format_option_columns <- function(header, codebook, pattern, other_apart = FALSE) {
  multi <- codebook[codebook$type == "multi", , drop = FALSE]
  h <- header
  for (it in unique(multi$item)) {
    rows <- multi[multi$item == it, , drop = FALSE]
    pre <- paste0(tolower(it), "_")
    hit <- startsWith(tolower(h), pre)
    if (!any(hit)) next
    keep <- rep(TRUE, nrow(rows))
    if (other_apart && paste0(pre, "other") %in% tolower(h)) {
      oth <- other_option(rows)
      if (!is.na(oth)) keep <- rows$option != oth
    }
    code <- substring(h[hit], nchar(pre) + 1L)
    h[hit] <- paste0(it, "_", format_positional(code, rows$option[keep], pattern,
                                                rows$missing[keep]))
  }
  h
}

# LimeSurvey's names of its columns under "Headings: Full question text",
# folded as fold_text() folds them. LimeSurvey writes them in the language
# of the administrator who exports: English, and Italian as its translations
# have written them over the versions ("Data invio", "Data inviata", "Lingua
# iniziale", "Linguaggio di partenza", ...)
lime_text_meta <- c("response id" = "id", "date submitted" = "submitdate",
                    "last page" = "lastpage", "start language" = "startlanguage",
                    "seed" = "seed", "date started" = "startdate",
                    "date last action" = "datestamp", "ip address" = "ipaddr",
                    "referrer url" = "refurl", "total time" = "interviewtime",
                    "token" = "token", "access code" = "token",
                    "id risposta" = "id", "id della risposta" = "id",
                    "data invio" = "submitdate", "data di invio" = "submitdate",
                    "data inviata" = "submitdate", "data di completamento" = "submitdate",
                    "ultima pagina" = "lastpage", "lingua iniziale" = "startlanguage",
                    "lingua di partenza" = "startlanguage",
                    "linguaggio di partenza" = "startlanguage", "seme" = "seed",
                    "data di inizio" = "startdate", "data inizio" = "startdate",
                    "data ultima azione" = "datestamp", "data dell'ultima azione" = "datestamp",
                    "data dell' ultima azione" = "datestamp",
                    "data dell' ultima azzione" = "datestamp", "indirizzo ip" = "ipaddr",
                    "url di riferimento" = "refurl", "url referente" = "refurl",
                    "tempo totale" = "interviewtime", "codice di accesso" = "token",
                    "identificativo" = "token",
                    # the participant's columns, when the responses are
                    # exported with the participants' table
                    "first name" = "firstname", "last name" = "lastname",
                    "email address" = "email", "email" = "email", "e-mail" = "email",
                    "email status" = "emailstatus", "nome" = "firstname",
                    "cognome" = "lastname", "indirizzo email" = "email",
                    "indirizzo e-mail" = "email", "stato email" = "emailstatus")
# LimeSurvey's columns of the participants' table, by their codes: its
# attributes are `attribute_1`, `attribute_2` ... (under headings of full
# question text, "attribute_1 <description>")
lime_participant <- c("tid", "participant_id", "firstname", "lastname", "email",
                      "emailstatus", "language", "blacklisted", "sent", "remindersent",
                      "remindercount", "completed", "usesleft", "validfrom", "validuntil",
                      "mpid")
lime_attribute <- "^attribute_[0-9]+(\\s.*)?$"
# its timing columns "Group time: <group>", "Question time: <question>"
lime_text_time <- "^(group time|question time|tempo gruppale|tempo del gruppo|tempo per il gruppo|tempo per la domanda|tempo della domanda|tempo domanda)[[:space:]]*:"

# Is the header one of LimeSurvey's full question text: two of its columns,
# one of them its own "Last page" or "Start language" (other tools also
# write "Response ID" and "Date submitted"), in any of the languages above
lime_text <- function(header) {
  code <- unname(lime_text_meta[fold_text(header)])
  sum(unique(code) %in% c("submitdate", "lastpage", "startlanguage", "seed")) >= 2L &&
    any(c("lastpage", "startlanguage") %in% code)
}

# Headings of full question text: the platform's columns by their codes, a
# check-all option's column "Question [Option]" as `<item>_<option>` (its
# "Other", which holds the written-in text, as `<item>_other`), the other
# questions as format_question_headers() reads them
format_limesurvey_text <- function(tab, cb) {
  if (!lime_text(tab$header)) return(tab)
  f <- fold_text(tab$header)
  m <- match(f, names(lime_text_meta))
  tab$header[!is.na(m)] <- lime_text_meta[m[!is.na(m)]]
  tab$lime_time <- grepl(lime_text_time, f)
  # the comment of a check-all option, "Question [Option][Comment]", and of
  # a list with comment, "Question [Comment]": `<item>_<option>comment`,
  # `<item>_comment`, as under headings of codes
  two <- regmatches(tab$header, regexec(
    "^(.*\\S)\\s*\\[([^]]*)\\]\\s*\\[([^]]*)\\]$", tab$header))
  for (j in which(lengths(two) == 4L & fold_text(vapply(two, function(p) if (length(p) == 4L) p[4L] else "", "")) %in%
                    lime_comment_words)) {
    hit <- option_column(cb, two[[j]][2L], two[[j]][3L])
    if (is.null(hit) && fold_text(two[[j]][3L]) %in% other_words) {
      it <- lime_question_item(cb, two[[j]][2L], "multi")
      if (!is.null(it)) hit <- c(it, "other")
    }
    if (!is.null(hit)) tab$header[j] <- paste0(hit[1L], "[", hit[2L], "comment]")
  }
  one <- regmatches(tab$header, regexec("^(.*\\S)\\s*\\[([^]]*)\\]$", tab$header))
  for (j in which(lengths(one) == 3L & fold_text(vapply(one, function(p) if (length(p) == 3L) p[3L] else "", "")) %in%
                    lime_comment_words)) {
    it <- lime_question_item(cb, one[[j]][2L], c("single", "likert"))
    if (!is.null(it)) tab$header[j] <- paste0(it, "[comment]")
  }
  parts <- regmatches(tab$header, regexec("^(.*\\S)\\s*\\[([^]]*)\\]$", tab$header))
  for (j in which(lengths(parts) == 3L)) {
    hit <- option_column(cb, parts[[j]][2L], parts[[j]][3L])
    # the written-in "Other" column, headed by the word in the survey's
    # language ("Otro", "Altro", "Autre") whatever the option's label says
    # (of a single-choice item, or of a check-all item without an "Other"
    # option: `<item>_other`, as the heading `<code>[other]` reads)
    if (is.null(hit) && fold_text(parts[[j]][3L]) %in% other_words) {
      it <- lime_question_item(cb, parts[[j]][2L], c("multi", "single", "likert"))
      if (!is.null(it)) {
        oth <- other_option(cb[cb$item == it, , drop = FALSE])
        if (!is.na(oth) && cb$type[match(it, cb$item)] == "multi") hit <- c(it, oth)
        else if (!paste0(it, "_other") %in% tab$header) tab$header[j] <- paste0(it, "_other")
      }
    }
    if (is.null(hit)) next
    oth <- other_option(cb[cb$item == hit[1L], , drop = FALSE])
    tab$header[j] <- if (!is.na(oth) && hit[2L] == oth) paste0(hit[1L], "_other")
                     else paste(hit[1L], hit[2L], sep = "_")
  }
  lime_shared_question(format_question_headers(tab, cb), cb)
}

# Columns that share a question and are no item yet: a ranking's "Question
# [Rank 1]", "Question [Rank 2]" ..., and a dual-scale array's row
# "Question [Statement][Scale]", one column per scale. When as many
# single-choice or Likert items have that question (of the ranking; of the
# dual-scale row, the statement) as there are such columns, the columns are
# those items, in the codebook's order
lime_shared_question <- function(tab, cb) {
  keys <- question_keys(cb, unique(cb$item[cb$type %in% c("single", "likert")]))
  m1 <- regmatches(tab$header, regexec("^(.*\\S)\\s*\\[[^]]*\\]$", tab$header))
  m2 <- regmatches(tab$header, regexec("^.*\\S\\s*\\[([^]]*)\\]\\s*\\[[^]]*\\]$", tab$header))
  key <- rep(NA_character_, length(tab$header))
  free <- !tab$header %in% cb$item
  one <- free & lengths(m1) == 2L & lengths(m2) != 2L
  key[one] <- fold_text(vapply(m1[one], `[`, "", 2L))
  two <- free & lengths(m2) == 2L
  key[two] <- fold_text(vapply(m2[two], `[`, "", 2L))
  for (k in unique(key[!is.na(key)])) {
    cols <- which(key %in% k)
    it <- unique(keys[[k]])
    if (length(it) == length(cols) && !any(it %in% tab$header)) tab$header[cols] <- it
  }
  tab
}

# The word LimeSurvey heads a comment column with, in English and Italian
lime_comment_words <- c("comment", "commento", "other comment", "altro commento")

# The item of one of the given types whose id or question (in a language of
# the codebook) is `question`, or NULL
lime_question_item <- function(cb, question, types) {
  q <- fold_text(question)
  for (it in unique(cb$item[cb$type %in% types])) {
    rows <- cb[cb$item == it, , drop = FALSE]
    if (q %in% fold_text(c(it, unlist(rows[1L, grep("^question_", names(rows))])))) return(it)
  }
  NULL
}

# The check-all item and option a column headed by a question (or the
# item's id) and an option's label (or code) is: c(item, option), or NULL
option_column <- function(cb, question, option) {
  q <- fold_text(question)
  o <- fold_text(option)
  label_cols <- grep("^label_", names(cb))
  for (it in unique(cb$item[cb$type == "multi"])) {
    rows <- cb[cb$item == it, , drop = FALSE]
    if (!q %in% fold_text(c(it, unlist(rows[1L, grep("^question_", names(rows))])))) next
    labs <- matrix(fold_text(as.matrix(rows[label_cols])), nrow = nrow(rows))
    k <- which(fold_text(rows$option) == o | rowSums(labs == o) > 0L)
    if (length(k) == 1L) return(c(it, rows$option[k]))
  }
  NULL
}

# LimeSurvey: `Q[SQ001]` columns, Y/blank ticks, answer codes A1, A2 ...,
# response metadata, incomplete responses (no submit date); headings of
# codes or of full question text
format_limesurvey <- function(tab, codebook, incomplete) {
  tab <- format_limesurvey_text(tab, codebook)
  tab$header <- lime_dual_scale(tab$header, codebook)
  raw <- tab$header
  h <- normalise_header(tab$header)
  tab$header <- format_option_columns(h, codebook, "^sq0*([0-9]+)$",
                                      other_apart = TRUE)
  items <- unique(codebook$item)
  cols <- c(items, paste(codebook$item, codebook$option, sep = "_"))
  # a row of an array, `Q5[SQ]`, is the single-choice or Likert item
  # `q5_sq`, else the one whose id is its sub-question code `sq`
  arr <- regmatches(raw, regexec("^\\s*([^[]+)\\[([^]]+)\\]\\s*$", raw))
  choice <- unique(codebook$item[codebook$type %in% c("single", "likert")])
  for (j in which(lengths(arr) == 3L & !tab$header %in% cols)) {
    sq <- tolower(trimws(arr[[j]][3L]))
    if (sq %in% choice && !tolower(trimws(arr[[j]][2L])) %in% items &&
        !sq %in% tab$header && sum(tolower(sub("^\\s*[^[]+\\[([^]]+)\\]\\s*$", "\\1", raw)) == sq) == 1L)
      tab$header[j] <- sq
  }
  comment <- lime_comments(tab$header, codebook)
  base <- sub("time$", "", tab$header)
  meta_names <- unique(c(unname(lime_text_meta), lime_participant))
  # (a column the codebook names is data, whatever its name)
  meta <- ((tab$header %in% meta_names | grepl(lime_attribute, tab$header)) &
             !tab$header %in% c(cols, codebook_id(codebook))) |
    grepl("^grouptime[0-9]+$", tab$header) | (tab$lime_time %||% FALSE) |
    (grepl("time$", tab$header) & base %in% cols & !tab$header %in% cols)
  tab$lime_time <- NULL
  # `[other]` of a check-all item: the written-in text, kept apart; the
  # option is ticked when something was written. An item with no "Other"
  # option has no column for it: the text is kept apart only (below, as a
  # single choice's is) and each answer listed
  other <- which(grepl("_other$", tab$header) &
                   sub("_other$", "", tab$header) %in% codebook$item[codebook$type == "multi"])
  no_option <- rep(FALSE, length(tab$header))
  for (j in other) {
    txt <- tab$data[, j]
    # the column of the item's "Other" option, whatever its code
    it <- sub("_other$", "", tab$header[j])
    oth <- other_option(codebook[codebook$item == it, , drop = FALSE])
    if (is.na(oth)) {
      no_option[j] <- TRUE
      w <- which(!is.na(txt) & nzchar(trimws(txt)))
      if (length(w)) tab$conflicts <- rbind(tab$conflicts, data.frame(
        line = tab$line[w], column = it, value = txt[w],
        reason = "written in, and the item has no \"Other\" option: kept in survey_metadata()",
        stringsAsFactors = FALSE))
      next
    }
    tab$metadata <- cbind(tab$metadata %||% data.frame(row.names = seq_len(nrow(tab$data))),
                          stats::setNames(data.frame(txt, stringsAsFactors = FALSE),
                                          tab$header[j]))
    tab$data[, j] <- ifelse(!is.na(txt) & nzchar(trimws(txt)), "Y", NA_character_)
    if (!paste(it, oth, sep = "_") %in% tab$header) tab$header[j] <- paste(it, oth, sep = "_")
  }
  if (!is.null(tab$metadata)) rownames(tab$metadata) <- NULL
  # `[other]` of a single-choice item: the written-in text, kept apart as
  # `<item>_other` (the answer itself is coded `-oth-`)
  single <- codebook$item[codebook$type %in% c("single", "likert")]
  single_other <- grepl("_other$", tab$header) & !tab$header %in% codebook$item &
    sub("_other$", "", tab$header) %in% single
  apart <- single_other | no_option
  names_as <- raw
  names_as[apart] <- tab$header[apart]
  # comments (of a check-all option, of a list with comment) kept apart as
  # `<item>_<option>_comment`, `<item>_comment`
  keep <- !is.na(comment) & !tab$header %in% cols
  names_as[keep] <- comment[keep]
  sub_col <- match("submitdate", tab$header)
  # a column that is no item keeps its heading as the export wrote it
  unknown <- !tolower(tab$header) %in% tolower(c(cols, codebook_id(codebook))) & tab$header == h &
    !(meta | apart | keep)
  tab$header[unknown] <- trimws(raw[unknown])
  tab <- format_take_meta(tab, meta | apart | keep, names_as)
  # answer codes A1, A2 ... (AO01, AO02 ... since LimeSurvey 4) by
  # position; `-oth-` is the option `other`
  # when the item has one (else it is reported as it is)
  for (j in seq_along(tab$header)) {
    it <- tab$header[j]
    r <- codebook$type[match(it, codebook$item)]
    if (!is.na(r) && r %in% c("single", "likert")) {
      opts <- codebook$option[codebook$item == it]
      v <- tab$data[, j]
      oth <- other_option(codebook[codebook$item == it, , drop = FALSE])
      if (!is.na(oth)) v[tolower(trimws(v)) %in% "-oth-"] <- oth
      # a Yes/No question exported with "Convert N to" 2 (LimeSurvey's
      # default, Y to 1): 2 is no, unless the column also holds 0
      if (is_yesno(codebook[codebook$item == it, , drop = FALSE]) &&
          !any(trimws(v) %in% "0"))
        v[trimws(v) %in% "2"] <- "no"
      tab$data[, j] <- format_positional(v, opts, "^[Aa][Oo]?0*([0-9]+)$",
                                         codebook$missing[codebook$item == it])
    }
  }
  if (!is.na(sub_col)) {
    sd <- tab$metadata[[match("submitdate", tolower(names(tab$metadata)))]]
    inc <- is.na(sd) | !nzchar(trimws(sd))
    if (incomplete == "drop")
      tab <- format_drop(tab, inc, "incomplete response (no submit date): left out", codebook)
    else tab <- lime_keep_incomplete(tab, inc, codebook)
  }
  tab
}

# Incomplete responses kept (`incomplete = "keep"`), except those that
# cannot be a unit of the survey, left out and listed: one with no unit id
# (a response abandoned before the id question), and one of a unit that
# also has a complete response (a form started again and submitted)
lime_keep_incomplete <- function(tab, inc, codebook) {
  idc <- match(tolower(codebook_id(codebook)), tolower(trimws(tab$header)))
  if (is.na(idc) || !any(inc)) return(tab)
  ids <- tab$data[, idc]
  blank <- inc & (is.na(ids) | !nzchar(trimws(ids)))
  tab <- format_drop(tab, blank, "incomplete response (no submit date) with no unit id: left out",
                     codebook)
  inc <- inc[!blank]
  key <- id_key(tab$data[, idc])
  again <- inc & key %in% key[!inc]
  format_drop(tab, again, paste("incomplete response (no submit date) of a unit that also has",
                                "a complete one: left out"), codebook)
}

# A row of a dual-scale array, `Q[SQ][k]` (k the scale, 1 or 2), is the
# single-choice or Likert item `q_sq_k`, else the one whose id is `sq_k`
# (when no other column is it); other headings are left as they are
lime_dual_scale <- function(header, codebook) {
  m <- regmatches(header, regexec("^\\s*([^[]+)\\[([^]]+)\\]\\[([0-9])\\]\\s*$", header))
  hit <- which(lengths(m) == 4L)
  if (!length(hit)) return(header)
  choice <- unique(codebook$item[codebook$type %in% c("single", "likert")])
  part <- lapply(m[hit], function(p) tolower(trimws(p[2:4])))
  own <- vapply(part, function(p) paste(p[2:3], collapse = "_"), "")
  for (k in seq_along(hit)) {
    full <- paste(part[[k]], collapse = "_")
    if (full %in% choice) header[hit[k]] <- full
    else if (own[k] %in% choice && sum(own == own[k]) == 1L && !own[k] %in% tolower(header))
      header[hit[k]] <- own[k]
  }
  header
}

# LimeSurvey's comment columns, by their headers as format_limesurvey()
# normalises them: `<item>_<subquestion>comment` of a check-all item
# ("Multiple choice with comments"; `<item>_othercomment` for its "Other"),
# `<item>_comment` of a single-choice item ("List with comment"). Their names
# in the metadata, `<item>_<option>_comment` (the option by its code, or by
# its position when the sub-question code is none) and `<item>_comment`; NA
# for the other columns
lime_comments <- function(header, codebook) {
  out <- rep(NA_character_, length(header))
  for (it in unique(codebook$item)) {
    rows <- codebook[codebook$item == it, , drop = FALSE]
    pre <- paste0(tolower(it), "_")
    if (rows$type[1L] == "multi") {
      hit <- which(startsWith(header, pre) & grepl("comment$", header))
      code <- sub("comment$", "", substring(header[hit], nchar(pre) + 1L))
      ok <- nzchar(code)
      hit <- hit[ok]
      code <- code[ok]
      oth <- other_option(rows)
      code[code == "other" & !is.na(oth)] <- oth
      opt <- format_positional(code, rows$option, "^sq0*([0-9]+)$", rows$missing)
      out[hit] <- paste0(it, "_", opt, "_comment")
    } else if (rows$type[1L] %in% c("single", "likert")) {
      out[header == paste0(pre, "comment")] <- paste0(it, "_comment")
    }
  }
  out
}

# REDCap's names of its columns in a "CSV (labels)" export
redcap_label_meta <- c("record id" = "record_id", "event name" = "redcap_event_name",
                       "repeat instrument" = "redcap_repeat_instrument",
                       "repeat instance" = "redcap_repeat_instance",
                       "survey identifier" = "redcap_survey_identifier",
                       "data access group" = "redcap_data_access_group",
                       "survey timestamp" = "survey_timestamp")

# Is the header one of a REDCap export of labels: a form status column
# "Complete?", with the record id's "Record ID" (or the label of the
# codebook's id field, its question) first, REDCap's event or instrument
# columns, or checkbox columns "<field label> (choice=<choice>)"
redcap_labels <- function(header, codebook = NULL) {
  h <- fold_text(header)
  id_label <- if (!is.null(codebook)) {
    rows <- codebook[codebook$type == "id", , drop = FALSE]
    q <- fold_text(unlist(rows[grep("^question_", names(rows))], use.names = FALSE))
    q[!is.na(q) & nzchar(q)]
  }
  "complete?" %in% h &&
    (h[1L] %in% c("record id", id_label) || any(h %in% names(redcap_label_meta)[2:4]) ||
       any(grepl("\\(choice=.*\\)$", h)))
}

# A REDCap export of labels: the platform's columns by their names (the
# record id is the first column), a checkbox "<label> (choice=<choice>)" as
# `<item>___<option>` (the label is the item's question or label, the
# choice an option's label or code), the other fields as
# format_question_headers() reads them, and each form's "Complete?" as
# `<form>_complete` once its fields are known (redcap_status_names())
format_redcap_labels <- function(tab, cb) {
  if (!redcap_labels(tab$header, cb)) return(tab)
  h <- trimws(tab$header)
  f <- fold_text(h)
  status <- which(f == "complete?")
  h[status] <- sprintf("form%d_complete", seq_along(status))
  m <- match(f, names(redcap_label_meta))
  h[!is.na(m)] <- redcap_label_meta[m[!is.na(m)]]
  id <- codebook_id(cb)
  if (!any(c("record_id", id) %in% tolower(h))) h[1L] <- "record_id"
  parts <- regmatches(h, regexec("^(.*\\S)\\s*\\(choice=(.*)\\)$", h))
  for (j in which(lengths(parts) == 3L)) {
    hit <- option_column(cb, parts[[j]][2L], parts[[j]][3L])
    if (!is.null(hit)) h[j] <- paste(hit[1L], hit[2L], sep = "___")
  }
  tab$header <- h
  tab <- format_question_headers(tab, cb)
  tab$header <- redcap_status_names(tab$header, status, cb)
  tab
}

# The status columns (at `status`) of a labels export, numbered
# `form<k>_complete`, named `<form>_complete` after the form (the codebook's
# section, as REDCap's data dictionary names it) of the fields REDCap writes
# before each (items, `<item>___<option>` checkboxes): only when those
# fields are all of one form, and no two statuses get one name
redcap_status_names <- function(h, status, codebook) {
  if (is.null(codebook$section)) return(h)
  item_of <- c(codebook$item, paste(codebook$item, codebook$option, sep = "_"))
  section <- rep(codebook$section, 2L)
  field <- tolower(sub("___", "_", h, fixed = TRUE))
  named <- h
  for (k in seq_along(status)) {
    cols <- seq_len(status[k] - 1L)
    if (k > 1L) cols <- cols[cols > status[k - 1L]]
    s <- unique(section[match(field[cols], tolower(item_of))])
    s <- s[!is.na(s) & nzchar(s)]
    if (length(s) == 1L && grepl("^[A-Za-z0-9_]+$", s)) named[status[k]] <- paste0(s, "_complete")
  }
  if (anyDuplicated(named[status]) || any(named[status] %in% h[-status])) h else named
}

# A choice code as REDCap writes it in the name of its checkbox column
# `<field>___<code>`: lower case, every character other than a letter, a
# digit or an underscore (a minus sign, a dot) written as an underscore, so
# that the code -99 is the column `<field>____99`
redcap_code_column <- function(code) gsub("[^a-z0-9_]", "_", tolower(code))

# Checkbox columns `<field>___<code>` of a check-all item, written
# `<item>___<option>` with the option's code as the codebook writes it
# (`roles____99` as `roles___-99`)
redcap_checkbox_columns <- function(h, codebook) {
  multi <- codebook[codebook$type == "multi", , drop = FALSE]
  at <- regexpr("___", h, fixed = TRUE)
  for (j in which(at > 0L)) {
    it <- substr(h[j], 1L, at[j] - 1L)
    code <- substring(h[j], at[j] + 3L)
    opts <- multi$option[tolower(multi$item) == it]
    if (!length(opts) || tolower(code) %in% tolower(opts)) next
    k <- which(redcap_code_column(opts) == code)
    if (length(k) == 1L) h[j] <- paste0(it, "___", opts[k])
  }
  h
}

# REDCap: `record_id`, checkbox `item___code` 0/1 columns, numbered choice
# codes, `redcap_*` and `*_complete` columns, repeated records of one unit;
# exports of raw data or of labels
format_redcap <- function(tab, codebook) {
  tab <- format_redcap_labels(tab, codebook)
  raw <- trimws(tab$header)
  h <- redcap_checkbox_columns(tolower(raw), codebook)
  h <- sub("___", "_", h, fixed = TRUE)
  h <- format_option_columns(h, codebook, "^([0-9]+)$")
  id <- codebook_id(codebook)
  if (!id %in% h && "record_id" %in% h) h[h == "record_id"] <- id
  tab$header <- h
  # the platform's columns, unless the codebook names them (`record_id`
  # as the id item of a codebook from the data dictionary)
  items <- c(codebook$item, paste(codebook$item, codebook$option, sep = "_"))
  meta <- (grepl("^redcap_", h) | grepl("_complete$", h) | grepl("_timestamp$", h) |
             (h == "record_id")) & !tolower(h) %in% tolower(items)
  # a field named as a checkbox option's column (`roles_other`, the text of
  # an "Other (please specify)" beside the checkbox `roles___6` read as
  # `roles_other`): the written-in text, kept apart as LimeSurvey's is
  cbx <- grepl("___", raw, fixed = TRUE)
  meta <- meta | (!cbx & tolower(h) %in% tolower(h[cbx]))
  # the form of each column: REDCap writes a form's fields, then its
  # `<form>_complete` status
  status <- which(grepl("_complete$", h) & meta)
  nxt <- findInterval(seq_along(h) - 1L, status) + 1L
  form <- ifelse(nxt <= length(status), sub("_complete$", "", h[status[pmin(nxt, length(status))]]),
                 NA_character_)
  tab$form <- form[!meta]
  # checkbox columns (`item___code`), which REDCap writes 0 in rows not
  # filling their form
  tab$checkbox <- grepl("___", raw, fixed = TRUE)[!meta]
  tab <- format_take_meta(tab, meta, raw)
  for (j in seq_along(tab$header)) {
    it <- tab$header[j]
    r <- codebook$type[match(it, codebook$item)]
    if (!is.na(r) && r %in% c("single", "likert") &&
        !is_yesno(codebook[codebook$item == it, , drop = FALSE]))
      tab$data[, j] <- format_positional(tab$data[, j], codebook$option[codebook$item == it],
                                         missing = codebook$missing[codebook$item == it])
  }
  idc <- match(id, tab$header)
  if (!is.na(idc)) tab <- redcap_records(tab, idc, codebook)
  tab <- redcap_missing_codes(tab, codebook, idc)
  redcap_unticked(tab, codebook, match(id, tab$header))
}

# The missing data codes REDCap suggests (a project's "Missing Data Codes"),
# as an export writes them in a field
redcap_missing_suggested <- c("NI", "INV", "UNK", "NASK", "ASKU", "NAV", "MSK", "NA", "NAVU",
                              "NP", "QS", "QI", "TRC", "UNC", "DER", "PINF", "NINF", "OTH")

# REDCap's missing data codes, which a field holds in place of an answer
# ("UNK", "NASK", or a project's own, such as -999): declared non-answers
# (`tab$declared`: line, column, value), their cells blanked. A checkbox
# field given a code has a column for it, `<field>___unk` (`<field>____999`
# for -999), ticked where its choices are left blank: those columns go to
# the metadata, and the codes they name are the project's. In other fields,
# a value that is such a code or one of the codes REDCap suggests (written
# as REDCap writes them, upper case) and none of the item's own codes or
# labels is the code.
redcap_missing_codes <- function(tab, codebook, idc = NA_integer_) {
  n <- nrow(tab$data)
  if (!n) return(tab)
  h <- tolower(tab$header)
  cells <- trimws(tab$data)
  cells[is.na(cells)] <- ""
  box <- tab$checkbox %||% rep(FALSE, ncol(cells))
  multi <- codebook[codebook$type == "multi", , drop = FALSE]
  found <- character()
  declared <- list()
  declare <- function(r, column, value)
    if (length(r)) declared[[length(declared) + 1L]] <<- data.frame(
      line = tab$line[r], column = column, value = value, stringsAsFactors = FALSE)
  code_cols <- rep(FALSE, ncol(cells))
  code_names <- tab$header
  for (it in unique(multi$item)) {
    cols <- stats::na.omit(match(tolower(paste(it, multi$option[multi$item == it], sep = "_")), h))
    if (!length(cols)) next
    pre <- paste0(tolower(it), "_")
    answered <- rowSums(cells[, cols, drop = FALSE] != "") > 0L
    # (not a column of another item whose id starts as this one's does)
    longer <- tolower(unique(codebook$item[nchar(codebook$item) > nchar(it)]))
    theirs <- vapply(h, function(x) any(startsWith(x, paste0(longer, "_")) | x == longer), NA)
    for (j in which(box & startsWith(h, pre) & !seq_along(h) %in% cols & !theirs)) {
      v <- fold_text(cells[, j])
      on <- v %in% c("1", "checked")
      # REDCap leaves the choices blank where it writes a code
      if (!all(v %in% c("", "0", "1", "checked", "unchecked")) || any(on & answered)) next
      code <- substring(h[j], nchar(pre) + 1L)
      code_cols[j] <- TRUE
      code_names[j] <- paste0(it, "___", code)
      found <- c(found, code)
      # (a minus sign is written as an underscore: _999 is the code -999)
      declare(which(on), it, rep(toupper(sub("^_([0-9.]+)$", "-\\1", code)), sum(on)))
    }
  }
  items <- codebook[!codebook$type %in% c("multi", "id"), , drop = FALSE]
  for (j in which(h %in% tolower(items$item) & !seq_along(h) %in% idc)) {
    rows <- items[tolower(items$item) == h[j], , drop = FALSE]
    v <- cells[, j]
    own <- fold_text(c(rows$option, unlist(rows[grep("^label_", names(rows))], use.names = FALSE)))
    hit <- which(nzchar(v) & (v %in% redcap_missing_suggested | redcap_code_column(v) %in% found) &
                   !fold_text(v) %in% own)
    if (!length(hit)) next
    declare(hit, rows$item[1L], v[hit])
    tab$data[hit, j] <- NA_character_
    if (!is.null(tab$typed)) tab$typed[hit, j] <- FALSE
    if (!is.null(tab$number)) tab$number[hit, j] <- NA_character_
    if (!is.null(tab$na_text)) tab$na_text[hit, j] <- FALSE
  }
  if (any(code_cols)) {
    tab$form <- tab$form[!code_cols]
    tab$checkbox <- tab$checkbox[!code_cols]
    tab <- format_take_meta(tab, code_cols, code_names)
  }
  if (length(declared)) tab$declared <- rbind(tab$declared, do.call(rbind, declared))
  tab
}

# REDCap writes 0 in every checkbox column of a field its respondent never
# answered, as for one answered by ticking nothing. Where a row ticks no
# option of a check-all item (every column 0, or "Unchecked" in a labels
# export), the item is taken as not answered (NA, left out of its base,
# and listed) when
# nothing else is filled in on its form in that row and the form's status
# (`<form>_complete`) is not complete: the form was never filled in. (An
# item with a "None of these" option, a REDCap field's @NONEOFTHEABOVE
# choice, is not answered in a row ticking nothing whatever the file:
# build_survey().) An item asked only of some (`asked_if`) is left to its
# filter where the filter is not yes.
reason_unticked <- "not answered: left out of the item's base"
redcap_unticked <- function(tab, codebook, idc = NA_integer_) {
  multi <- codebook[codebook$type == "multi", , drop = FALSE]
  n <- nrow(tab$data)
  if (!nrow(multi) || !n) return(tab)
  h <- tolower(tab$header)
  cells <- trimws(tab$data)
  cells[is.na(cells)] <- ""
  f <- matrix(fold_text(cells), nrow = n)
  box <- tab$checkbox %||% rep(FALSE, ncol(cells))
  form <- tab$form %||% rep(NA_character_, ncol(cells))
  unticked <- f %in% c("0", "unchecked")
  # what a row holds: a field's value, a ticked checkbox
  holds <- matrix(nzchar(cells) & !(rep(box, each = n) & unticked), nrow = n)
  unticked <- matrix(unticked, nrow = n)
  meta <- tab$metadata
  status <- function(fm) {
    j <- if (is.null(meta) || is.na(fm)) NA_integer_
         else match(paste0(fm, "_complete"), tolower(names(meta)))
    if (is.na(j)) return(rep("", n))
    v <- trimws(meta[[j]])
    ifelse(is.na(v), "", v)
  }
  found <- list()
  for (it in unique(multi$item)) {
    rows <- multi[multi$item == it, , drop = FALSE]
    cols <- stats::na.omit(match(tolower(paste(it, rows$option, sep = "_")), h))
    if (!length(cols) || !all(box[cols])) next
    zero <- rowSums(unticked[, cols, drop = FALSE]) > 0L &
      rowSums(cells[, cols, drop = FALSE] != "" & !unticked[, cols, drop = FALSE]) == 0L
    filt <- if (is.null(codebook$asked_if)) "" else codebook$asked_if[match(it, codebook$item)]
    if (!is.na(filt) && nzchar(filt)) {
      fj <- match(tolower(filt), h)
      if (!is.na(fj)) zero <- zero & f[, fj] %in% yes_tokens
    }
    if (!any(zero)) next
    fm <- form[cols[1L]]
    same <- if (is.na(fm)) seq_along(h) else which(!is.na(form) & form == fm)
    same <- setdiff(same, c(cols, idc))
    st <- status(fm)
    done <- st == "2" | toupper(st) == "COMPLETE"
    empty <- zero & rowSums(holds[, same, drop = FALSE]) == 0L & !done
    for (r in which(empty)) {
      tab$data[r, cols] <- NA_character_
      if (!is.null(tab$typed)) tab$typed[r, cols] <- FALSE
      if (!is.null(tab$number)) tab$number[r, cols] <- NA_character_
      if (!is.null(tab$na_text)) tab$na_text[r, cols] <- FALSE
      found[[length(found) + 1L]] <- data.frame(
        line = tab$line[r], column = it, value = "no checkbox ticked",
        reason = paste0(reason_unticked,
          sprintf(" (nothing else is filled in on form \"%s\", whose status is not complete)",
                  if (is.na(fm)) "" else fm)),
        stringsAsFactors = FALSE)
    }
  }
  if (length(found)) tab$conflicts <- rbind(tab$conflicts, do.call(rbind, found))
  tab
}

# The rows of one REDCap record made one unit. A record comes as several
# rows: its events (longitudinal projects) and the instances of its
# repeating instruments, each row filling its own forms only. Rows of one
# event, instrument and instance written more than once: the last complete
# one is kept. Rows of a repeating instrument holding no item of the
# codebook are left out. The other rows are combined into the record's
# first row: each answer from the row holding it; where rows give
# different answers, the last complete row's answer is kept and the cell
# is listed (`tab$conflicts`). A row is complete when every form status
# (`*_complete`) it fills is complete: 2, or "Complete" in a labels export.
# A form whose status is blank in a row is not filled in that row (an event
# the form is not used in): its cells there are no answers (REDCap writes
# its checkboxes 0); any other value in them is left out and listed.
redcap_records <- function(tab, idc, codebook) {
  n <- nrow(tab$data)
  meta <- tab$metadata
  word <- tab$where %||% "line"
  mcol <- function(name) {
    j <- if (is.null(meta)) NA_integer_ else match(name, tolower(names(meta)))
    if (is.na(j)) return(rep("", n))
    v <- trimws(meta[[j]])
    ifelse(is.na(v), "", v)
  }
  cc <- if (is.null(meta)) integer() else grep("_complete$", names(meta), ignore.case = TRUE)
  done <- rep(TRUE, n)
  if (length(cc)) {
    st <- as.matrix(meta[cc])
    st[] <- trimws(st)
    st[is.na(st)] <- ""
    filled <- st != ""
    ok <- st == "2" | toupper(st) == "COMPLETE"
    done <- rowSums(filled) > 0L & rowSums(filled & !ok) == 0L
  }
  blank <- is.na(tab$data) | !nzchar(trimws(tab$data))
  key <- id_key(tab$data[, idc])
  instr <- mcol("redcap_repeat_instrument")
  # a row of a repeating instrument answers that form only (other forms'
  # checkboxes may be written 0 in it)
  if (!is.null(tab$form)) for (r in which(nzchar(instr))) {
    mine <- !is.na(tab$form) & tab$form == tolower(instr[r])
    if (any(mine)) blank[r, !mine] <- TRUE
  }
  # a form whose status is blank in a row is not filled in it
  unused <- matrix(FALSE, n, ncol(tab$data))
  if (!is.null(tab$form) && length(cc)) {
    sn <- match(paste0(tab$form, "_complete"), tolower(names(meta)[cc]))
    sn[c(idc, which(is.na(tab$form)))] <- NA_integer_
    for (j in which(!is.na(sn))) unused[, j] <- !filled[, sn[j]]
  }
  blank <- blank | unused
  slot <- paste(key, mcol("redcap_event_name"), instr, mcol("redcap_repeat_instance"),
                sep = "\r")
  reason <- rep(NA_character_, n)
  # one row written more than once: the last complete one kept
  for (k in unique(slot[duplicated(slot)])) {
    rows <- which(slot == k)
    best <- if (any(done[rows])) max(rows[done[rows]]) else max(rows)
    reason[setdiff(rows, best)] <- sprintf("repeated record of the unit: left out (%s %d kept)",
                                           word, tab$line[best])
  }
  # rows of a repeating instrument the codebook does not ask about
  items <- tolower(c(codebook$item, paste(codebook$item, codebook$option, sep = "_")))
  known <- tolower(tab$header) %in% items
  known[idc] <- FALSE
  aside <- is.na(reason) & nzchar(instr) & rowSums(!blank[, known, drop = FALSE]) == 0L
  reason[aside] <- sprintf("repeating instrument \"%s\" holds no item of the codebook: left out",
                           instr[aside])
  # the other rows of a record combined into its first
  conflicts <- list()
  live <- which(is.na(reason))
  # cells of forms a row does not fill: blanked; values other than a
  # checkbox's 0 ("Unchecked" in an export of labels) listed (on the
  # record's first row)
  box <- if (is.null(tab$checkbox)) rep(FALSE, ncol(tab$data)) else tab$checkbox
  for (r in live) for (j in which(unused[r, ])) {
    v <- tab$data[r, j]
    if (is.na(v) || !nzchar(trimws(v))) next
    if (!(box[j] && tolower(trimws(v)) %in% c("0", "unchecked")))
      conflicts[[length(conflicts) + 1L]] <- data.frame(
        line = tab$line[live[match(key[r], key[live])]], column = tab$header[j],
        value = sprintf("%s (%s %d)", v, word, tab$line[r]),
        reason = sprintf("form \"%s\" has no status in this row (not filled in its event): left out",
                         tab$form[j]),
        stringsAsFactors = FALSE)
    tab$data[r, j] <- NA_character_
    if (!is.null(tab$typed)) tab$typed[r, j] <- FALSE
    if (!is.null(tab$number)) tab$number[r, j] <- NA_character_
    if (!is.null(tab$na_text)) tab$na_text[r, j] <- FALSE
  }
  for (k in unique(key[live][duplicated(key[live])])) {
    rows <- live[key[live] == k]
    first <- rows[1L]
    for (j in seq_len(ncol(tab$data))[-idc]) {
      hold <- rows[!blank[rows, j]]
      if (!length(hold)) next
      vals <- tab$data[hold, j]
      src <- hold[length(hold)]
      if (length(unique(fold_text(vals))) > 1L) {
        best <- if (any(done[hold])) max(hold[done[hold]]) else max(hold)
        src <- best
        conflicts[[length(conflicts) + 1L]] <- data.frame(
          line = tab$line[first], column = tab$header[j],
          value = paste(sprintf("%s (%s %d)", vals, word, tab$line[hold]), collapse = "; "),
          reason = sprintf("rows of the unit's record differ: %s %d kept (the last %s)",
                           word, tab$line[best],
                           if (any(done[hold])) "complete one" else "one; none complete"),
          stringsAsFactors = FALSE)
      }
      tab$data[first, j] <- tab$data[src, j]
      if (!is.null(tab$typed)) tab$typed[first, j] <- tab$typed[src, j]
      if (!is.null(tab$number)) tab$number[first, j] <- tab$number[src, j]
      if (!is.null(tab$na_text)) tab$na_text[first, j] <- tab$na_text[src, j]
    }
    # the platform's columns: the first row's event and instrument; of a
    # form's status, the furthest one given (complete where a row is, as
    # its answers are kept from a complete row); of the others, the last
    if (!is.null(meta)) for (m in seq_along(meta)) {
      if (tolower(names(meta)[m]) %in% c("redcap_event_name", "redcap_repeat_instrument",
                                         "redcap_repeat_instance")) next
      v <- tab$metadata[[m]][rows]
      v <- v[!is.na(v) & nzchar(trimws(v))]
      if (m %in% cc) {
        rank <- match(tolower(trimws(v)), c("0", "incomplete", "1", "unverified", "2", "complete"))
        v <- v[order(rank, na.last = FALSE)]
      }
      if (length(v)) tab$metadata[[m]][first] <- v[length(v)]
    }
    reason[rows[-1L]] <- sprintf("row of an event or repeating instrument: combined into %s %d",
                                 word, tab$line[first])
  }
  tab <- format_drop(tab, !is.na(reason), reason[!is.na(reason)], codebook)
  if (length(conflicts)) tab$conflicts <- do.call(rbind, conflicts)
  tab
}

# The "Other" option of an item (its codebook rows): coded `other`, or
# coded or labelled "Other" in a language of the codebook ("Altro
# (specificare)", "Other, please specify:"); NA when it has none
other_words <- c("other", "others", "altro", "altri", "altra", "altre", "otro", "otra",
                 "otros", "autre", "autres", "andere", "anderes", "sonstige", "sonstiges",
                 "outro", "outra", "outros", "overig", "overige", "inne", "inny")
other_option <- function(rows) {
  if ("other" %in% rows$option) return("other")
  # the word alone, or followed by punctuation or a bracket ("Altro
  # (specificare)", "Other:"), not "Altri operatori sanitari"
  labels <- option_labels(rows)
  word_only <- function(f) !is.na(f) & sub("^([a-z]+)([[:space:]]*([(:,;.-].*)?)$", "\\1", f) %in%
    other_words & grepl("^[a-z]+[[:space:]]*([(:,;.-].*)?$", f)
  hit <- which(fold_text(rows$option) %in% other_words |
                 rowSums(matrix(word_only(labels), nrow = nrow(rows))) > 0L)
  if (length(hit) == 1L) rows$option[hit] else NA_character_
}

# The folded labels of an item's codebook rows: a row per option, a column
# per label_<lang> column
option_labels <- function(rows)
  matrix(fold_text(as.matrix(rows[grep("^label_", names(rows))])), nrow = nrow(rows))

# The "None of these" option of a check-all item (its codebook rows): coded
# `none`, else the one option whose label, in a language of the codebook,
# is a phrase of "none" (the codes of a REDCap dictionary are numbers); NA
# when it has none
none_phrases <- c("none", "none of these", "none of the above", "none of the options",
                  "nessuno", "nessuna", "nessuno di questi", "nessuna di queste",
                  "nessuno dei precedenti", "nessuna delle precedenti",
                  "aucun", "aucune", "aucun de ceux-ci", "aucune de ces options",
                  "keine", "keines", "keine davon", "keines davon", "ninguno", "ninguna",
                  "ninguno de estos", "ninguna de estas", "ninguno de los anteriores",
                  "ninguna de las anteriores", "ninguna de estas opciones", "nenhum", "nenhuma",
                  "nenhuma das anteriores", "geen", "geen van deze", "geen van bovenstaande")
none_option <- function(rows) {
  if ("none" %in% rows$option) return("none")
  if (!any(grepl("^label_", names(rows))) || !nrow(rows)) return(NA_character_)
  labels <- option_labels(rows)
  labels <- gsub("[[:space:]]+", " ", trimws(sub("[[:space:][:punct:]]+$", "", labels)))
  hit <- which(rowSums(matrix(labels %in% none_phrases, nrow = nrow(rows))) > 0L)
  if (length(hit) == 1L) rows$option[hit] else NA_character_
}

# The items of `items` by their id, question (in any language of the
# codebook) and, for text and number items, label, folded as fold_text()
# folds them: a list from each such text to its items
question_keys <- function(cb, items) {
  keys <- list()
  for (it in items) {
    rows <- which(cb$item == it)
    txt <- c(it, unlist(cb[rows, grep("^question_", names(cb))], use.names = FALSE))
    # (the id's label names the units, not a column)
    if (cb$type[rows[1L]] %in% c("text", "number"))
      txt <- c(txt, unlist(cb[rows, grep("^label_", names(cb))], use.names = FALSE))
    for (k in unique(fold_text(txt[!is.na(txt) & nzchar(txt)]))) keys[[k]] <- c(keys[[k]], it)
  }
  keys
}

# Headers written as an item's question (in any language of the codebook)
# or, for text, number and id items, as its label, matched to the item
# (case, accents and spacing aside); a text that names several items stays
format_question_headers <- function(tab, cb) {
  keys <- question_keys(cb, unique(cb$item))
  f <- fold_text(tab$header)
  for (j in seq_along(f)) {
    it <- unique(keys[[f[j]]])
    # never onto an item another column already is
    if (length(it) == 1L && (f[j] == it || !it %in% fold_text(tab$header))) tab$header[j] <- it
  }
  # one heading shared by as many columns as items ("Specify", "Note" of
  # several questions): the columns in the codebook's order of the items,
  # as the platforms write them
  for (k in unique(f[duplicated(f) & !is.na(f)])) {
    it <- unique(keys[[k]])
    cols <- which(f == k)
    if (length(it) == length(cols) && length(it) > 1L &&
        !any(it %in% fold_text(tab$header)))
      tab$header[cols] <- it
  }
  # a row of a grid (Google Forms, LimeSurvey's arrays under full question
  # text): "Question [Statement]", the statement being the question of one
  # single-choice or Likert item, or of a check-all item (a row of a
  # checkbox grid, its ticks in one cell)
  parts <- regmatches(tab$header, regexec("^.*\\S\\s*\\[([^]]*\\S[^]]*)\\]$", tab$header))
  f <- fold_text(tab$header)
  for (j in which(lengths(parts) == 2L & !f %in% fold_text(cb$item))) {
    it <- unique(keys[[fold_text(parts[[j]][2L])]])
    if (length(it) == 1L && cb$type[match(it, cb$item)] %in% c("single", "likert", "multi") &&
        !it %in% fold_text(tab$header)) {
      tab$header[j] <- it
      f[j] <- it
    }
  }
  tab
}

# The columns Google Forms adds, in the languages of its interface (English,
# Italian, French, German, Spanish, Portuguese, Dutch), folded as
# fold_text() folds them: the time stamp (its first column), the
# respondent's e-mail address and a quiz's score
googleforms_timestamp <- c("timestamp", "informazioni cronologiche", "marca temporale",
                           "horodateur", "zeitstempel", "marca temporal", "marca de tiempo",
                           "carimbo de data/hora", "tijdstempel")
googleforms_meta <- c(googleforms_timestamp,
                      "email address", "indirizzo email", "adresse e-mail", "adresse email",
                      "e-mail-adresse", "e-mail adresse", "direccion de correo electronico",
                      "correo electronico", "endereco de e-mail", "endereco de email",
                      "e-mailadres", "e-mail adres",
                      "score", "punteggio", "punktzahl", "puntuacion", "pontuacao")

# Is a written-in answer more likely a listed option written otherwise (or
# a code) than an answer of its own? It is a number ("-99", "3": a code, or
# a position), or its folded text is within a few edits of a folded label
# `labels` (one edit in four letters, at least two: "Comunity team"), or
# holds one whole ("Community team (north)"; labels of four letters or
# more)
like_label <- function(text, labels) {
  f <- fold_text(text)
  if (grepl("^[-+]?[0-9]+([.,][0-9]+)?$", f)) return(TRUE)
  labels <- labels[nzchar(labels) & !grepl("^[-+]?[0-9]+$", labels)]
  if (!length(labels)) return(FALSE)
  d <- drop(utils::adist(f, labels))
  if (any(d <= pmax(2L, nchar(labels) %/% 4L) & nchar(f) > 2L)) return(TRUE)
  esc <- gsub("([][{}()+*^$|\\\\?.])", "\\\\\\1", labels)
  long <- nchar(labels) >= 4L
  any(vapply(esc[long], function(l) grepl(paste0("(^|[^[:alnum:]])", l, "($|[^[:alnum:]])"),
                                          f, perl = TRUE), NA))
}
reason_like_label <- paste("matches no label but is close to one, or is a code: counted as",
                           "\"Other\", kept in survey_metadata(); check the labels of the",
                           "codebook")

# Google Forms: the question text as header, a Timestamp column, check-all
# answers joined by ", " in one cell, written-in "Other" answers
format_googleforms <- function(tab, codebook, language) {
  cb <- codebook
  tab <- format_question_headers(tab, cb)
  h <- tab$header
  # (a column the codebook names is data, whatever its name)
  meta <- fold_text(h) %in% googleforms_meta & !h %in% cb$item
  tab <- format_take_meta(tab, meta)
  others <- list()
  for (j in seq_along(tab$header)) {
    it <- tab$header[j]
    r <- cb$type[match(it, cb$item)]
    if (is.na(r) || !r %in% c("multi", "single")) next
    rows <- cb[cb$item == it, , drop = FALSE]
    lut <- option_keys(rows, language)
    oth <- other_option(rows)
    v <- tab$data[, j]
    written <- rep(NA_character_, length(v))
    # the labels of the listed options (not of "Other"), to tell a
    # written-in answer from a label written otherwise
    listed <- names(lut)[is.na(oth) | lut != oth]
    flagged <- rep(FALSE, length(v))
    conflict <- function(i, reason) {
      flagged[i] <<- TRUE
      tab$conflicts <<- rbind(tab$conflicts, data.frame(
        line = tab$line[i], column = it, value = written[i], reason = reason,
        stringsAsFactors = FALSE))
    }
    for (i in which(!is.na(v) & nzchar(trimws(v)))) {
      if (r == "single") {
        if (is.na(lut[fold_text(v[i])]) && !fold_text(v[i]) %in% missing_tokens &&
            !is.na(oth)) {
          written[i] <- v[i]
          v[i] <- oth
          if (like_label(written[i], listed)) conflict(i, reason_like_label)
        }
        next
      }
      got <- split_choices(v[i], lut)
      if (length(got$unmatched)) {
        # what matches no label was written in: it is the "Other" option,
        # kept as written; an item with no such option is listed, since the
        # text may also be a label the codebook writes otherwise
        written[i] <- paste(got$written, collapse = ", ")
        if (!is.na(oth)) {
          got$codes <- unique(c(got$codes, oth))
          # Google Forms writes the "Other" text once, after the listed
          # options: text before a label, or in several places, is more
          # likely a label the codebook writes otherwise (or lacks)
          if (length(got$written) > 1L || !got$ends_written)
            conflict(i, paste("matches no label and is not where Google Forms writes an",
                              "\"Other\" answer (after the listed options): counted as",
                              "\"Other\", kept in survey_metadata(); check the labels",
                              "of the codebook"))
          else if (like_label(written[i], listed)) conflict(i, reason_like_label)
        } else tab$conflicts <- rbind(tab$conflicts, data.frame(
          line = tab$line[i], column = it, value = written[i],
          reason = "written in, and the item has no \"Other\" option: kept in survey_metadata()",
          stringsAsFactors = FALSE))
      }
      # only written-in text: answered, none of the listed options ticked
      v[i] <- if (length(got$codes)) paste(got$codes, collapse = ";") else written_only_cell
    }
    # the same text counted as "Other" in several rows is more likely an
    # option of the form that the codebook lacks than answers written alike
    if (!is.na(oth)) {
      key <- ifelse(is.na(written), NA_character_, fold_text(written))
      n <- table(key)
      for (i in which(!is.na(key) & !flagged & key %in% names(n)[n > 1L]))
        conflict(i, fill_template(word("reason_other_repeated", "en"),
                                  list(n = n[[key[i]]])))
    }
    tab$data[, j] <- v
    if (any(!is.na(written))) others[[paste0(it, "_other")]] <- written
  }
  if (length(others)) {
    od <- as.data.frame(others, stringsAsFactors = FALSE, optional = TRUE)
    tab$metadata <- if (is.null(tab$metadata)) od else cbind(tab$metadata, od)
  }
  tab
}

# Export names given by the user: c(export_name = "item"). Each new name is
# an item id of the codebook, a check-all option's column (`<item>_<option>`
# or `<item>[<option>]`, the option by its code or position), an item's
# written-in "Other" (`<item>_other`) or a column of a survey platform
# (`submitdate`, `record_id`, `redcap_*`, `*_complete`);
# anything else (a typo, or a column the codebook does not hold, kept as
# text) gets a warning naming the value and the nearest item
format_columns <- function(tab, columns, codebook) {
  # LimeSurvey's headings "Question code & question text", `<code>. <text>`
  # ("submitdate. Date submitted", "Q3[SQ001]. Question [Option]"), read as
  # its headings of codes; `columns` may name a column either way
  code <- lime_code_text(tab$header)
  if (!is.null(code)) {
    if (!is.null(columns) && !is.null(names(columns))) {
      k <- match(trimws(names(columns)), trimws(tab$header))
      names(columns)[!is.na(k)] <- code[k[!is.na(k)]]
    }
    tab$header <- code
  }
  if (is.null(columns)) return(tab)
  if (!is.character(columns) || is.null(names(columns)) || anyNA(columns) ||
      any(!nzchar(names(columns))))
    abort("`columns` must be a named character vector: c(export_name = \"item\")",
          "peersurvey_bad_argument")
  h <- trimws(tab$header)
  # a LimeSurvey question code (which cannot hold an underscore) renames its
  # sub-question columns: `c(peeracts = "peer_acts")` renames `peeracts[SQ001]`
  # and `peeracts[other]` to `peer_acts[SQ001]`, `peer_acts[other]`
  stem <- sub("^([^[]+)\\[[^]]*\\]$", "\\1", h)
  sub_col <- stem != h
  columns <- unlist(lapply(seq_along(columns), function(k) {
    hit <- which(sub_col & tolower(trimws(stem)) == tolower(trimws(names(columns)[k])))
    if (names(columns)[k] %in% h || !length(hit)) return(columns[k])
    stats::setNames(paste0(columns[[k]], substring(h[hit], nchar(stem[hit]) + 1L)), h[hit])
  }))
  columns <- columns[!duplicated(names(columns))]
  miss <- setdiff(names(columns), h)
  if (length(miss))
    abort(sprintf("`columns` names columns the file does not have: %s", show_values(miss)),
          "peersurvey_bad_argument")
  target <- sub("___", "_", normalise_header(columns), fixed = TRUE)
  items <- unique(codebook$item)
  multi <- codebook$type == "multi"
  option_cols <- tolower(paste(codebook$item[multi], codebook$option[multi], sep = "_"))
  multi_items <- unique(codebook$item[multi])
  positional <- vapply(target, function(t) length(multi_items) > 0L &&
    any(startsWith(t, paste0(multi_items, "_")) &
          grepl("^(sq|a)?[0-9]+$", substring(t, nchar(multi_items) + 2L))), NA)
  # and the written-in text of an item's "Other" (LimeSurvey's `Q[other]`)
  platform <- target %in% c("record_id", "timestamp", unname(lime_text_meta),
                            paste0(items, "_other")) |
    grepl("^redcap_|_complete$", target)
  bad <- which(!(target %in% c(items, option_cols) | positional | platform))
  if (length(bad)) {
    candidates <- c(items, option_cols)
    hint <- vapply(bad, function(k) {
      d <- utils::adist(target[k], candidates)[1L, ]
      if (min(d) <= max(2L, nchar(target[k]) %/% 3L))
        sprintf(" (did you mean \"%s\"?)", candidates[which.min(d)]) else ""
    }, "")
    warn(sprintf(paste("`columns` renames to %s, which %s of the codebook (kept as",
                       "%s of text); its items are %s"),
                 paste0("\"", names(columns)[bad], "\" = \"", columns[bad], "\"", hint,
                        collapse = ", "),
                 if (length(bad) == 1L) "is not an item" else "are not items",
                 if (length(bad) == 1L) "a column" else "columns",
                 show_values(items, 12L)),
         "peersurvey_unknown_item")
  }
  tab$header[match(names(columns), h)] <- unname(columns)
  # a column renamed `<item>_other` where the file also has that name as
  # the tick column of the "Other" option (coded `other`): the written-in
  # text, kept apart (else the file would have the column twice)
  oth <- names(other_text_columns(codebook))
  renamed <- match(names(columns), h)
  text <- renamed[target %in% oth &
                    target %in% normalise_header(tab$header[-renamed])]
  format_take_meta(tab, seq_along(tab$header) %in% text, normalise_header(tab$header))
}

# The codes of LimeSurvey's headings "Question code & question text" (every
# heading "<code>. <text>", the response's own columns among them: `id`,
# `submitdate`, `lastpage`, `startlanguage`), or NULL for other headers
lime_code_text <- function(header) {
  # (a question without text is headed "<code>. "; a blank heading, as of
  # the empty column after a delimiter ending every line, stays blank)
  m <- regmatches(header, regexec(
    "^[[:space:]]*([A-Za-z][A-Za-z0-9_]*(\\[[^] ]*\\])?)\\.([[:space:]]+\\S|[[:space:]]*$)",
    header))
  code <- vapply(m, function(p) if (length(p)) p[2L] else NA_character_, "")
  blank <- is.na(header) | !nzchar(trimws(header))
  code[blank] <- header[blank]
  meta <- c("id", "submitdate", "lastpage", "startlanguage")
  if (anyNA(code[!blank]) || sum(unique(tolower(code)) %in% meta) < 2L ||
      !any(tolower(code) %in% meta[-1L])) return(NULL)
  code
}
