# Reading survey exports into a typed `peer_survey` data frame.

# Accent folding by an explicit table (iconv's //TRANSLIT differs by platform)
fold_from <- paste0("\u00e0\u00e1\u00e2\u00e4\u00e3\u00e5\u00e8\u00e9\u00ea\u00eb",
                    "\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f5\u00f9",
                    "\u00fa\u00fb\u00fc\u00e7\u00f1\u00c0\u00c1\u00c2\u00c4\u00c3",
                    "\u00c5\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d2",
                    "\u00d3\u00d4\u00d6\u00d5\u00d9\u00da\u00db\u00dc\u00c7\u00d1",
                    "\u2019\u2018\u201b\u00b4\u0060\u201c\u201d\u00a0\u2013\u2014")
fold_to <- paste0("aaaaaaeeee", "iiiiooooou", "uuucnAAAAA", "AEEEEIIIIO",
                  "OOOOUUUUCN", "\'\'\'\'\'\"\" --")

# Lower case, accents and typographic quotes folded, spaces collapsed
fold_text <- function(x) {
  x <- enc2utf8(as.character(x))
  x <- chartr(fold_from, fold_to, x)
  x <- tolower(x)
  x <- gsub("[[:space:]]+", " ", x, perl = TRUE)
  trimws(x)
}

yes_tokens <- c("1", "si", "yes", "y", "s", "true", "t", "vero", "checked", "selected",
                "selezionato", "x", "on")
no_tokens <- c("0", "no", "n", "false", "f", "falso", "unchecked", "not selected",
               "non selezionato", "off")
missing_tokens <- c("", "na", "n/a", "n.a.", "nd", "n.d.", "-", "non so", "don't know",
                    "dont know", "missing", "mancante", "non risponde", "no answer")

#' Read a survey export
#'
#' Reads a CSV or TSV file as online survey tools (LimeSurvey, REDCap, Google
#' Forms, spreadsheets) export them and types every column with a codebook.
#'
#' @section What is accepted:
#' * Comma, semicolon or tab delimiter, sniffed from the header line; UTF-8
#'   with or without byte-order mark; LF, CRLF or CR line ends; quoted fields
#'   holding delimiters, quotes (doubled) or line breaks.
#' * Headers are item ids, in any order and letter case. A check-all-that-apply
#'   item comes either as one column per option, named `<item>_<option>` (or
#'   `<item>[<option>]`), holding `1`/`0`, `Si`/`No`, `Yes`/`No`,
#'   `TRUE`/`FALSE`, or a tick (`checked`, `X`, the option's label) and
#'   blanks; or as one column `<item>` listing the chosen codes or labels,
#'   separated by `;`, `|` or `,`. In the per-option layout a row whose option
#'   cells are all blank was not asked or not answered and gives `NA` for
#'   every option; otherwise blank cells are unticked options. When both
#'   layouts are present the per-option columns are used and the delimited
#'   column is kept as character and reported.
#' * Single-choice and Likert answers as codes or labels (Italian or English,
#'   as `language` allows), in any letter case, with or without accents,
#'   with stray spaces; Likert answers also as their position on the scale
#'   (`1` to `5`). Options flagged as missing in the codebook (such as
#'   "Non so") and blanks or `NA`, `n.d.`, `-` become `NA`.
#' * Numbers with a decimal point or a decimal comma, and with thousands
#'   separated by dots (`1.250.000`).
#'
#' @section Nothing is lost silently:
#' An answer that matches no code or label, and a number outside the
#' codebook's `min`..`max` (numbers cannot be negative unless the codebook
#' says so) or not whole where it must be a count, becomes `NA` in its typed
#' column and is listed by [survey_problems()] with its row, column and
#' value. An answer to a question asked only of those answering yes to
#' another (the codebook's `asked_if`, for example the peer support
#' follow-ups where `peer_support` is no, or a co-production practice
#' ticked where `coproduction` is no) is kept but listed as "answered
#' although not asked". When there is any problem, `read_survey()` warns
#' once, with class `peersurvey_problems`, giving their number;
#' columns the codebook does not know are kept as character columns at the
#' end and listed there too, as are codebook items absent from the file
#' (filled with `NA`). A department id that is blank or appears twice, a
#' missing required column, and a file that is empty, UTF-16, binary (NUL bytes or
#' invalid UTF-8), or truncated or malformed (an unterminated quote, a line
#' with the wrong number of fields) are errors.
#'
#' @param file Path of the export.
#' @param codebook A codebook from [survey_codebook()].
#' @param language Labels to accept besides the codes: `"auto"` (Italian and
#'   English), `"it"` or `"en"`.
#' @return A `peer_survey`: a data frame with one row per department, the id
#'   item (`mhd_id` in the shipped codebook) first; single-choice items as
#'   factors (logical when the codes are yes and no), Likert items as ordered
#'   factors, check-all-that-apply items as logical columns `<item>_<option>`,
#'   numbers as doubles and free text as character. Attributes `codebook`
#'   and `problems` hold the codebook and the problems found.
#' @seealso [survey_problems()], [survey_codebook()], [mhd_survey_2025].
#' @examples
#' path <- system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey")
#' x <- read_survey(path)
#' x
#' identical(x, mhd_survey_2025)
#' table(x$peer_support)
#'
#' # An English export with one delimited column for a multi-response item
#' f <- tempfile(fileext = ".csv")
#' writeLines(c("mhd_id;region;macro_area;peer_support;coproduction;barriers",
#'              "A1;Tuscany;Centre;Yes;no;Stigma | Lack of formal recognition",
#'              "A2;Lazio;Centre;No;Yes;funding"), f)
#' y <- read_survey(f, language = "en")
#' y[, c("mhd_id", "region", "peer_support", "barriers_recognition", "barriers_stigma")]
#' survey_problems(y)
#' @export
read_survey <- function(file, codebook = survey_codebook(),
                        language = c("auto", "it", "en")) {
  language <- arg_match(language)
  if (!inherits(codebook, "peer_codebook")) codebook <- check_codebook(codebook)
  tab <- read_delimited(file)
  build_survey(tab, codebook, language)
}

# ---- typing with the codebook -----------------------------------------------

# Header as item id: trimmed, `item[option]` as `item_option`, lower case
normalise_header <- function(h) {
  h <- trimws(ifelse(is.na(h), "", h))
  h <- sub("^([^[]+)\\[([^]]+)\\]$", "\\1_\\2", h, perl = TRUE)
  tolower(h)
}

build_survey <- function(tab, codebook, language) {
  cb <- codebook
  data <- tab$data
  n <- nrow(data)
  if (n == 0L) abort("`file` holds a header but no responses", "peersurvey_bad_file")
  hdr <- normalise_header(tab$header)
  # drop trailing unnamed, empty columns (a delimiter at the end of every line)
  drop <- !nzchar(hdr) & colSums(!is.na(data) & nzchar(trimws(data))) == 0L
  data <- data[, !drop, drop = FALSE]
  raw_hdr <- tab$header[!drop]
  hdr <- hdr[!drop]
  unnamed <- which(!nzchar(hdr))
  hdr[unnamed] <- paste0("column_", unnamed)
  dh <- hdr[duplicated(hdr)]
  if (length(dh))
    abort(sprintf("`file` has column %s more than once", show_values(dh[1L])),
          "peersurvey_bad_file")
  line <- tab$line
  problems <- list()
  note <- function(row, column, value, reason) {
    if (length(row))
      problems[[length(problems) + 1L]] <<- data.frame(
        row = as.integer(row), column = rep(column, length(row)),
        value = as.character(value), reason = rep(reason, length(row)),
        stringsAsFactors = FALSE)
  }
  used <- logical(length(hdr))
  take <- function(name) {
    j <- match(name, hdr)
    if (is.na(j)) return(NULL)
    used[j] <<- TRUE
    data[, j]
  }

  items <- unique(cb$item)
  types <- cb$type[match(items, cb$item)]
  required <- cb$required[match(items, cb$item)]
  id_item <- items[1L]
  multi_cols <- function(it) paste(it, cb$option[cb$item == it], sep = "_")
  present <- vapply(seq_along(items), function(k) {
    it <- items[k]
    it %in% hdr || (types[k] == "multi" && any(multi_cols(it) %in% hdr))
  }, NA)
  miss_req <- items[required & !present]
  if (length(miss_req))
    abort(sprintf("`file` lacks required column%s %s", if (length(miss_req) > 1L) "s" else "",
                  show_values(miss_req)), "peersurvey_missing_column")

  out <- list()
  for (k in seq_along(items)) {
    it <- items[k]
    rows <- cb[cb$item == it, , drop = FALSE]
    type <- types[k]
    if (type == "multi") {
      out[multi_cols(it)] <- read_multi(it, rows, take, hdr, n, language, note)
      next
    }
    v <- take(it)
    if (is.null(v)) {
      v <- derive_item(it, out, rows)
      if (is.null(v)) note(NA_integer_, it, NA_character_,
                           "item not in file: filled with NA")
      else {
        out[[it]] <- v
        next
      }
      v <- rep(NA_character_, n)
    }
    out[[it]] <- switch(type,
      text = if (it == id_item) trimws(v) else v,
      number = read_number(v, it, note, rows),
      single = , likert = read_choice(v, it, rows, type, language, note))
  }

  # the department id: present, unique
  ids <- out[[id_item]]
  blank <- which(is.na(ids) | !nzchar(ids))
  if (length(blank))
    abort(sprintf("`%s` is blank in %s (line%s %s)", id_item, show_rows(blank),
                  if (length(blank) > 1L) "s" else "", show_values(line[blank], quote = FALSE)),
          "peersurvey_duplicate_id")
  dup <- which(duplicated(ids))
  if (length(dup)) {
    d <- ids[dup[1L]]
    both <- which(ids == d)
    abort(sprintf("`%s` %s appears more than once: %s (lines %s)", id_item, show_values(d),
                  show_rows(both), show_values(line[both], quote = FALSE)),
          "peersurvey_duplicate_id")
  }

  # skip logic: answers to an item asked only of those answering yes to
  # another are kept where that answer is no, and reported
  asked_if <- if (is.null(cb$asked_if)) rep("", length(items))
    else cb$asked_if[match(items, cb$item)]
  for (k in which(nzchar(asked_if))) {
    f <- out[[asked_if[k]]]
    if (!is.logical(f)) next
    no <- which(f %in% FALSE)
    if (!length(no)) next
    it <- items[k]
    cols <- if (types[k] == "multi") multi_cols(it) else it
    for (col in cols) {
      v <- out[[col]][no]
      hit <- if (is.logical(v)) v %in% TRUE else !is.na(v) & nzchar(as.character(v))
      note(no[hit], col, as.character(v[hit]), "answered although not asked")
    }
  }

  # columns the codebook does not know are kept, as character, and reported
  for (j in which(!used)) {
    nm <- trimws(raw_hdr[j])
    if (is.na(nm) || !nzchar(nm) || nm %in% names(out)) nm <- hdr[j]
    out[[nm]] <- data[, j]
    note(NA_integer_, raw_hdr[j], NA_character_, "column not in codebook: kept as character")
  }
  res <- structure(out, names = names(out), row.names = c(NA_integer_, -n),
                   class = c("peer_survey", "data.frame"))
  prob <- if (length(problems)) do.call(rbind, problems) else
    data.frame(row = integer(), column = character(), value = character(),
               reason = character(), stringsAsFactors = FALSE)
  rownames(prob) <- NULL
  attr(res, "codebook") <- cb
  attr(res, "problems") <- prob
  if (nrow(prob))
    warn(sprintf(paste("%d answer%s or column%s could not be read as the codebook expects",
                       "or answered although not asked: see survey_problems()"),
                 nrow(prob), if (nrow(prob) == 1L) "" else "s",
                 if (nrow(prob) == 1L) "" else "s"), "peersurvey_problems")
  res
}

# Items that can be derived from others when absent (the three-way area)
derive_item <- function(it, out, rows) {
  if (it == "area3" && !is.null(out$macro_area) &&
      identical(rows$option, c("North", "Centre", "South and Islands"))) {
    m <- as.character(out$macro_area)
    a <- c("North-West" = "North", "North-East" = "North", "Centre" = "Centre",
           "South" = "South and Islands", "Islands" = "South and Islands")[m]
    return(factor(unname(a), levels = rows$option))
  }
  NULL
}

read_number <- function(v, it, note, rows = NULL) {
  s <- gsub("[[:space:]\u00a0\u202f']", "", ifelse(is.na(v), "", v), perl = TRUE)
  mis <- fold_text(s) %in% missing_tokens
  thou <- grepl("^-?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?$", s)
  s[thou] <- gsub(".", "", s[thou], fixed = TRUE)
  s <- sub("^(-?[0-9]*),([0-9]+)$", "\\1.\\2", s)
  num <- suppressWarnings(as.numeric(s))
  bad <- which(is.na(num) & !mis)
  note(bad, it, v[bad], "not a number")
  num[mis] <- NA_real_
  # bounds of the codebook: a blank `min` is 0 (counts and sizes)
  lo <- if (!is.null(rows$min) && !is.na(rows$min[1L])) rows$min[1L] else 0
  hi <- if (!is.null(rows$max) && !is.na(rows$max[1L])) rows$max[1L] else Inf
  whole <- isTRUE(rows$whole[1L])
  out <- which(!is.na(num) & (num < lo | num > hi))
  note(out, it, v[out], if (is.finite(hi)) sprintf("outside %s to %s", format(lo), format(hi))
       else if (lo == 0) "negative" else sprintf("below %s", format(lo)))
  frac <- which(!is.na(num) & whole & is.finite(num) & num != round(num) &
                  !seq_along(num) %in% out)
  note(frac, it, v[frac], "not a whole number")
  num[c(out, frac)] <- NA_real_
  num
}

# Lookup table from folded codes and labels to option codes
option_keys <- function(rows, language, likert = FALSE) {
  keys <- c(rows$option,
            if (language != "en") rows$label_it,
            if (language != "it") rows$label_en,
            if (likert) as.character(seq_len(sum(!rows$missing))))
  vals <- c(rows$option,
            if (language != "en") rows$option,
            if (language != "it") rows$option,
            if (likert) rows$option[!rows$missing])
  keys <- fold_text(keys)
  ok <- nzchar(keys) & !duplicated(keys)
  stats::setNames(vals[ok], keys[ok])
}

is_yesno <- function(rows) setequal(rows$option, c("yes", "no")) && nrow(rows) == 2L

read_choice <- function(v, it, rows, type, language, note) {
  f <- fold_text(v)
  lut <- option_keys(rows, language, likert = type == "likert")
  yn <- is_yesno(rows)
  code <- unname(lut[f])
  if (yn) {
    code[is.na(code) & f %in% yes_tokens] <- "yes"
    code[is.na(code) & f %in% no_tokens] <- "no"
  }
  mis <- is.na(v) | (is.na(code) & f %in% missing_tokens)
  bad <- which(is.na(code) & !mis)
  note(bad, it, v[bad], "matches no code or label")
  code[code %in% rows$option[rows$missing]] <- NA_character_
  if (yn) return(code == "yes")
  levels <- rows$option[!rows$missing]
  factor(code, levels = levels, ordered = type == "likert")
}

read_multi <- function(it, rows, take, hdr, n, language, note) {
  opts <- rows$option
  cols <- paste(it, opts, sep = "_")
  res <- stats::setNames(rep(list(rep(NA, n)), length(opts)), cols)
  per <- cols %in% hdr
  if (any(per)) {
    cells <- lapply(cols[per], take)
    f <- lapply(cells, fold_text)
    blank <- Reduce(`&`, lapply(cells, function(v) is.na(v) | !nzchar(trimws(v))))
    for (k in seq_along(cells)) {
      o <- which(per)[k]
      lab <- fold_text(c(rows$option[o], rows$label_it[o], rows$label_en[o]))
      fk <- f[[k]]
      val <- rep(NA, n)
      val[fk %in% c(yes_tokens, lab)] <- TRUE
      val[fk %in% no_tokens] <- FALSE
      empty <- is.na(cells[[k]]) | !nzchar(fk)
      val[empty & !blank] <- FALSE
      bad <- which(is.na(val) & !empty)
      note(bad, cols[o], cells[[k]][bad], "not a yes/no answer")
      res[[o]] <- val
    }
    for (o in which(!per))
      note(NA_integer_, cols[o], NA_character_, "option column not in file: filled with NA")
    return(res)
  }
  v <- take(it)
  if (is.null(v)) {
    note(NA_integer_, it, NA_character_, "item not in file: filled with NA")
    return(res)
  }
  lut <- option_keys(rows, language)
  for (i in seq_len(n)) {
    if (is.na(v[i]) || fold_text(v[i]) %in% missing_tokens) next
    hit <- character()
    whole <- lut[fold_text(v[i])]
    if (!is.na(whole)) hit <- whole else {
      for (piece in strsplit(v[i], "[;|\n]")[[1L]]) {
        fp <- fold_text(piece)
        if (!nzchar(fp)) next
        code <- lut[fp]
        if (is.na(code)) {
          sub <- fold_text(strsplit(piece, ",", fixed = TRUE)[[1L]])
          sub <- sub[nzchar(sub)]
          codes <- lut[sub]
          if (length(sub) && !anyNA(codes)) code <- codes else {
            note(i, it, trimws(piece), "matches no code or label")
            next
          }
        }
        hit <- c(hit, code)
      }
    }
    for (o in seq_along(opts)) res[[o]][i] <- opts[o] %in% hit
  }
  res
}

#' Problems found while reading a survey export
#'
#' Every answer [read_survey()] could not type (it became `NA`), every
#' column the codebook does not know (kept as character) and every codebook
#' item missing from the file (filled with `NA`).
#'
#' A subset of a survey (`x[i, ]`, `x[, j]`, `x[j]`) keeps its codebook and
#' the problems of the rows and columns it keeps, with rows renumbered to
#' their positions in the subset.
#'
#' @param x A `peer_survey` from [read_survey()].
#' @return A data frame with columns `row` (row of the result, `NA` for a
#'   whole column), `column`, `value` (the answer as written) and `reason`.
#' @examples
#' f <- tempfile(fileext = ".csv")
#' writeLines(c("mhd_id,region,macro_area,peer_support,coproduction,notes",
#'              "A1,Toscana,Centro,Forse,No,first wave",
#'              "A2,Lazio,Centro,Si,S\u00ec,"), f)
#' x <- read_survey(f)
#' survey_problems(x)
#' @export
survey_problems <- function(x) {
  if (!inherits(x, "peer_survey"))
    abort(sprintf("`x` must be a peer_survey from read_survey(), not %s", class(x)[1L]),
          "peersurvey_bad_argument")
  attr(x, "problems") %||% data.frame(row = integer(), column = character(),
                                      value = character(), reason = character(),
                                      stringsAsFactors = FALSE)
}

#' @export
print.peer_survey <- function(x, n = 6L, ...) {
  cb <- attr(x, "codebook")
  np <- nrow(survey_problems(x))
  cat(sprintf("<peer_survey> %d department%s, %d columns%s\n", nrow(x),
              if (nrow(x) == 1L) "" else "s", ncol(x),
              if (!is.null(cb)) sprintf(" (codebook of %d items)", length(unique(cb$item)))
              else ""))
  cat(if (np) sprintf("%d problem%s: see survey_problems()\n", np, if (np == 1L) "" else "s")
      else "no problems\n")
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  attr(df, "codebook") <- attr(df, "problems") <- NULL
  shown <- seq_len(min(ncol(df), 6L))
  print(utils::head(df[, shown, drop = FALSE], n))
  if (ncol(df) > length(shown)) {
    rest <- names(df)[-shown]
    cat(sprintf("... %d more column%s: %s\n", length(rest), if (length(rest) == 1L) "" else "s",
                show_values(rest, max = 8L, quote = FALSE)))
  }
  invisible(x)
}

#' @export
`[.peer_survey` <- function(x, i, j, drop) {
  # x[j] (list-style) selects columns only; x[i, j] rows and columns
  list_style <- nargs() - (!missing(drop)) < 3L
  out <- NextMethod()
  if (!is.data.frame(out)) return(out)
  n <- .row_names_info(x, 2L)
  rows <- if (list_style || missing(i)) seq_len(n) else {
    pos <- data.frame(pos = seq_len(n))
    attr(pos, "row.names") <- attr(x, "row.names")
    pos[i, "pos"]
  }
  attr(out, "codebook") <- attr(x, "codebook", exact = TRUE)
  prob <- attr(x, "problems", exact = TRUE)
  if (is.data.frame(prob)) attr(out, "problems") <- survey_subset_problems(
    prob, rows, names(x), names(out), attr(x, "codebook", exact = TRUE))
  if (!inherits(out, "peer_survey")) class(out) <- c("peer_survey", class(out))
  out
}

# The problems of a subset: those of the rows kept, re-indexed to their new
# positions (a row taken twice has its problems twice), and those of the
# columns kept (a problem about an item is kept while any of its columns is)
survey_subset_problems <- function(prob, rows, old_names, new_names, codebook) {
  if (!nrow(prob)) return(prob)
  col_kept <- vapply(as.character(prob$column), function(col) {
    if (is.na(col)) return(TRUE)
    opts <- if (is.data.frame(codebook)) codebook$option[codebook$item == col] else character()
    cols <- intersect(old_names, c(col, trimws(col), paste0(col, "_", opts)))
    !length(cols) || any(cols %in% new_names)
  }, NA, USE.NAMES = FALSE)
  prob <- prob[col_kept, , drop = FALSE]
  whole <- prob[is.na(prob$row), , drop = FALSE]
  cells <- prob[!is.na(prob$row), , drop = FALSE]
  new_pos <- which(!is.na(rows) & rows %in% cells$row)
  take <- unlist(lapply(new_pos, function(k) which(cells$row == rows[k])), use.names = FALSE)
  times <- vapply(new_pos, function(k) sum(cells$row == rows[k]), 1L)
  cells <- cells[take, , drop = FALSE]
  cells$row <- rep.int(as.integer(new_pos), times)
  out <- rbind(cells, whole)
  rownames(out) <- NULL
  out
}
