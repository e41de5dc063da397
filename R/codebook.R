# The questionnaire as data: loading and checking a codebook.

codebook_types <- c("id", "single", "multi", "likert", "text", "number")
codebook_rungs <- c("informing", "consultation", "involvement", "co-design", "co-production")

#' Load and check a survey codebook
#'
#' A codebook describes a questionnaire as a plain CSV file that a
#' researcher edits in a spreadsheet: one row per item (identifier, free
#' text and number items) or per answer option (single-choice,
#' check-all-that-apply and Likert items). Every table, figure, estimate
#' and report of the package follows from it: item and option labels,
#' languages, the unit's identifier and name, skip logic and "don't know"
#' answers. The shipped codebook describes the 2025 national survey of
#' Italian Mental Health Departments; [codebook_template()] writes a
#' commented starting file for your own questionnaire.
#'
#' @section Columns:
#' * `item` (required): item id, lower case letters, digits and
#'   underscores. It is the column name in an export; a
#'   check-all-that-apply item `x` with option `o` becomes the logical
#'   column `x_o`.
#' * `type` (required): one of
#'   - `"id"`: the unit's identifier (exactly one row, no option). Its
#'     labels name the unit **in the plural**, as tables and figures say
#'     it: `"departments"`, `"services"`, `"trusts"` (in Italian
#'     `"dipartimenti"`, `"servizi"`, `"strutture"`: a plural ending in -e,
#'     or an invariable noun ending in an accented a, is taken as feminine
#'     for the articles).
#'   - `"single"`: one answer among options (a yes/no item has the options
#'     `yes` and `no`, and besides them only options declared `missing`
#'     such as "don't know"; it is read as logical, a declared non-answer
#'     as `NA`, shown apart as for other items).
#'   - `"multi"`: check all that apply, one row per option.
#'   - `"likert"`: an ordered scale, one row per level, lowest first.
#'   - `"text"`: free text. - `"number"`: a number.
#' * `option` (required): answer code for single, multi and Likert rows,
#'   blank for the others.
#' * `label_<language>` (at least one): labels in each language the
#'   questionnaire uses, such as `label_en`, `label_it`, `label_de`. Answers
#'   may be written as codes or as labels of any of these languages; tables
#'   and figures take their labels from the column of the language asked
#'   for. A label column may be left blank for a whole item (a language
#'   used only for some items), but not for some options of an item whose
#'   other options it labels (of a single-choice or check-all item; a Likert
#'   scale may label its ends only): that is an error naming the line, the
#'   item, the option and the column. The fixed words of tables and figures
#'   (headers, notes, captions, axis labels, ladder rungs) exist in English,
#'   Italian, French, German and Spanish (`"en"`, `"it"`, `"fr"`, `"de"`,
#'   `"es"`) and fall back to English for other languages.
#' * `question_<language>` (optional): the question text of the item
#'   (any of its rows), the caption of its table. Without it the caption is
#'   the label of a text or number item, or the item id.
#' * `section` (optional): part of the questionnaire; optional columns
#'   `section_<code>` (`section_en`, `section_it`) give its heading in each
#'   language, which the report template uses (else the section's code,
#'   "staff_training" as "Staff training").
#' * `scale` (needed with Likert items): name of the answer scale, on every
#'   row of a Likert item; every item sharing a scale must list the same
#'   options in the same order.
#' * `rung` (optional): ladder rung of a co-production practice, one of
#'   `"informing"`, `"consultation"`, `"involvement"`, `"co-design"`,
#'   `"co-production"`; the only source of the practice-to-rung mapping
#'   used by [coproduction_ladder()].
#' * `missing` (optional): `TRUE` when the option means "don't know" or
#'   another declared non-answer; such answers are `NA` in the data but are
#'   counted apart from blanks by [survey_tables()] (see [survey_missing()]).
#' * `required` (optional): `TRUE` when every export must carry the item.
#' * `min`, `max` (optional): the smallest and largest value a number item
#'   may take. A blank `min` means 0 (counts and sizes cannot be negative
#'   unless `min` says so; `-Inf` for no bound); a blank `max`, no bound.
#' * `whole` (optional): `TRUE` when a number item must be a whole number.
#' * `asked_if` (optional): the id of an earlier yes/no item; the item was
#'   asked only of those answering yes to it (skip logic). Tables use those
#'   units as the base, and [read_survey()] lists an answer given where that
#'   item is no as "answered although not asked".
#'
#' Lines starting with `#` are comments. The file may be comma-, semicolon-
#' or tab-delimited, with or without a byte-order mark.
#'
#' @section Refused codebooks:
#' A codebook with no `id` row or more than one, an unknown type, an item
#' whose rows are not adjacent, a duplicate option or item, an option code
#' or label naming two options, a yes/no filter that is not an earlier
#' yes/no item, or Likert items sharing a scale with different levels is
#' refused with a message naming the row.
#'
#' @param path Path of a codebook CSV file. The default is the shipped
#'   codebook of the 2025 Italian survey.
#' @return A data frame of class `peer_codebook`, one row per item or option,
#'   with `missing`, `required` and `whole` as logical columns and `min`,
#'   `max` as numbers.
#' @seealso [codebook_template()] for a starting file; [read_survey()],
#'   which uses the codebook to type an export; [survey_tables()].
#' @examples
#' cb <- survey_codebook()
#' unique(cb$item)
#' cb[cb$item == "coprod_practices", c("option", "rung", "label_en")]
#'
#' # A complete small questionnaire
#' f <- tempfile(fileext = ".csv")
#' writeLines(c(
#'   "item,type,option,label_en,label_it,question_en,scale,missing,asked_if",
#'   "service_id,id,,services,servizi,,,,",
#'   "region,single,north,North,Nord,Region,,,",
#'   "region,single,south,South,Sud,Region,,,",
#'   "peer,single,yes,Yes,S\u00ec,Peer support workers employed,,,",
#'   "peer,single,no,No,No,Peer support workers employed,,,",
#'   "roles,multi,groups,Group facilitation,Conduzione di gruppi,Roles,,,peer",
#'   "roles,multi,advocacy,Advocacy,Advocacy,Roles,,,peer",
#'   "satisfied,likert,low,Dissatisfied,Insoddisfatto,Satisfaction,sat3,,peer",
#'   "satisfied,likert,mid,Neutral,Neutrale,Satisfaction,sat3,,peer",
#'   "satisfied,likert,high,Satisfied,Soddisfatto,Satisfaction,sat3,,peer",
#'   "satisfied,likert,dk,Don't know,Non so,Satisfaction,sat3,TRUE,peer",
#'   "staff,number,,Staff,Personale,,,,",
#'   "barriers,text,,Barriers,Barriere,,,,"), f)
#' cb <- survey_codebook(f)
#' cb
#' codebook_id(cb)
#' codebook_unit(cb, "it")
#' @export
survey_codebook <- function(path = system.file("extdata", "codebook.csv",
                                               package = "peersurvey")) {
  if (!is.character(path) || length(path) != 1L || is.na(path) || !nzchar(path))
    abort("`path` must be the path of a codebook CSV file", "peersurvey_bad_argument")
  if (!file.exists(path))
    abort(sprintf("`path` does not exist: \"%s\"", path), "peersurvey_bad_argument")
  cb <- codebook_read(path)
  # a file that is no codebook (an export given as the codebook) is named
  withCallingHandlers(check_codebook(cb), peersurvey_bad_codebook = function(e) {
    if (!all(c("item", "type", "option") %in% sub("^\ufeff", "", trimws(names(cb)))))
      abort(sprintf("%s: \"%s\" is not a codebook (is it the export?)",
                    conditionMessage(e), basename(path)), "peersurvey_bad_codebook",
            call = NULL)
  })
}

# A codebook kept as a workbook (the template edited in a spreadsheet and
# saved as .xlsx): its first sheet as text, rows whose first cell starts with
# `#` (the template's comments) and empty rows left out, the first row left
# the header; each row keeps its row of the sheet (counted from the first
# filled one) for the errors
codebook_read_sheet <- function(path) {
  need_package("readxl", sprintf("Reading the codebook \"%s\"", basename(path)))
  d <- as.data.frame(readxl::read_excel(path, sheet = 1L, col_names = FALSE,
                                        col_types = "text", .name_repair = "minimal"),
                     stringsAsFactors = FALSE)
  d[] <- lapply(d, function(v) { v[is.na(v)] <- ""; trimws(v) })
  row <- seq_len(nrow(d))
  keep <- !startsWith(d[[1L]], "#") & rowSums(d != "") > 0L
  d <- d[keep, , drop = FALSE]
  row <- row[keep]
  if (!nrow(d)) abort(sprintf("the codebook \"%s\" has no header row", basename(path)),
                      "peersurvey_bad_codebook")
  cb <- d[-1L, , drop = FALSE]
  names(cb) <- unname(unlist(d[1L, ]))
  cb <- cb[, nzchar(names(cb)), drop = FALSE]
  rownames(cb) <- NULL
  attr(cb, "line") <- row[-1L]
  cb
}

# The codebook file as a data frame of character columns: lines starting
# with `#` are comments (codebook_template() writes some), recognised once
# the file is decoded, whatever its encoding (not with `comment = FALSE`:
# a REDCap data dictionary has no comments, and a line of a quoted
# multi-line label may start with `#`); the delimiter is sniffed as for an
# export
codebook_read <- function(path, comment = TRUE) {
  if (grepl("[.]xlsx?$", path, ignore.case = TRUE)) return(codebook_read_sheet(path))
  tab <- read_delimited(path, comment = comment)
  data <- tab$data
  # an unquoted NA is an empty cell, except as the code or a label of an
  # option (Napoli's province "NA")
  if (!is.null(tab$na_text)) {
    h <- trimws(tab$header)
    tc <- match("type", h)
    opt_row <- if (is.na(tc)) rep(FALSE, nrow(data))
               else tolower(trimws(data[, tc])) %in% c("single", "likert", "multi")
    keep <- tab$na_text & outer(opt_row, grepl("^(option|label_)", h), `&`)
    data[keep] <- "NA"
  }
  data[is.na(data)] <- ""
  cb <- as.data.frame(data, stringsAsFactors = FALSE)
  names(cb) <- trimws(tab$header)
  # the file's line of each row, for the errors of check_codebook()
  attr(cb, "line") <- tab$line
  cb
}

check_codebook <- function(cb) {
  # an error names the row, and the file's line when the codebook was read
  lines <- attr(cb, "line", exact = TRUE)
  attr(cb, "line") <- NULL
  bad <- function(i, msg) {
    where <- if (is.null(lines)) show_rows(i) else show_rows_lines(i, lines)
    abort(sprintf("codebook %s: %s", where, msg), "peersurvey_bad_codebook", call = NULL)
  }
  names(cb) <- sub("^\ufeff", "", trimws(names(cb)))
  need <- c("item", "type", "option")
  miss <- setdiff(need, names(cb))
  if (length(miss))
    abort(sprintf("codebook lacks column%s %s", if (length(miss) > 1L) "s" else "",
                  show_values(miss)), "peersurvey_bad_codebook", call = NULL)
  label_cols <- grep("^label_[a-z]{2,3}$", names(cb), value = TRUE)
  if (!length(label_cols))
    abort(paste("codebook has no label column: give one per language, named",
                "`label_<language code>` (`label_en`, `label_it`, ...)"),
          "peersurvey_bad_codebook", call = NULL)
  question_cols <- grep("^question_[a-z]{2,3}$", names(cb), value = TRUE)
  if (!nrow(cb)) abort("codebook has no rows", "peersurvey_bad_codebook", call = NULL)
  for (col in c("section", "scale", "rung")) if (is.null(cb[[col]])) cb[[col]] <- ""
  for (col in c("missing", "required")) {
    v <- cb[[col]]
    if (is.null(v)) v <- rep("FALSE", nrow(cb))
    v <- toupper(trimws(as.character(v)))
    v[v %in% c("", "NA")] <- "FALSE"
    ok <- v %in% c("TRUE", "FALSE", "T", "F", "1", "0")
    if (!all(ok)) bad(which(!ok)[1L], sprintf("`%s` must be TRUE or FALSE, not %s", col,
                                              show_values(cb[[col]][!ok][1L])))
    cb[[col]] <- v %in% c("TRUE", "T", "1")
  }
  for (col in c("min", "max", "asked_if")) if (is.null(cb[[col]])) cb[[col]] <- ""
  wv <- cb$whole
  if (is.null(wv)) wv <- rep("FALSE", nrow(cb))
  wv <- toupper(trimws(as.character(wv)))
  wv[is.na(wv) | wv %in% c("", "NA")] <- "FALSE"
  okw <- wv %in% c("TRUE", "FALSE", "T", "F", "1", "0")
  if (!all(okw)) bad(which(!okw)[1L], sprintf("`whole` must be TRUE or FALSE, not %s",
                                             show_values(cb$whole[!okw][1L])))
  cb$whole <- wv %in% c("TRUE", "T", "1")
  cb[] <- lapply(cb, function(v) if (is.character(v)) { v[is.na(v)] <- ""; trimws(text_nfc(v)) } else v)
  for (col in c("min", "max")) {
    v <- cb[[col]]
    num <- suppressWarnings(as.numeric(v))
    badn <- which(nzchar(v) & is.na(num))
    if (length(badn)) bad(badn[1L], sprintf("`%s` must be a number, not %s", col,
                                            show_values(v[badn[1L]])))
    num[!nzchar(v)] <- if (col == "min") 0 else Inf
    cb[[col]] <- num
  }

  okid <- grepl("^[a-z][a-z0-9_]*$", cb$item)
  if (!all(okid)) bad(which(!okid)[1L], sprintf(
    "item id %s must be lower case letters, digits and underscores",
    show_values(cb$item[!okid][1L])))
  okt <- cb$type %in% codebook_types
  if (!all(okt)) bad(which(!okt)[1L], sprintf("unknown type %s (one of %s)",
                                               show_values(cb$type[!okt][1L]),
                                               show_values(codebook_types, max = Inf)))
  # exactly one identifier of the unit
  idr <- which(cb$type == "id")
  if (!length(idr))
    abort(paste("codebook has no row of type \"id\": one item must identify the unit",
                "(its labels name the unit in the plural, such as \"services\")"),
          "peersurvey_bad_codebook", call = NULL)
  if (length(idr) > 1L)
    bad(idr, sprintf("%d items of type \"id\" (%s): the unit's identifier must be exactly one",
                     length(idr), show_values(cb$item[idr])))
  if (nzchar(cb$option[idr]))
    bad(idr, sprintf("id item %s cannot have options", show_values(cb$item[idr])))
  if (nzchar(cb$asked_if[idr]))
    bad(idr, sprintf("id item %s cannot have `asked_if`", show_values(cb$item[idr])))
  cb$required[idr] <- TRUE
  # Rows of one item must be contiguous and agree on type and required
  first <- match(cb$item, cb$item)
  for (i in seq_len(nrow(cb))) {
    f <- first[i]
    if (i > f && cb$item[i - 1L] != cb$item[i])
      bad(c(f, i), sprintf("item %s is split by other items (rows of an item must be adjacent)",
                           show_values(cb$item[i])))
    if (cb$type[i] != cb$type[f]) bad(c(f, i), sprintf("item %s has types %s and %s",
                                                        show_values(cb$item[i]),
                                                        show_values(cb$type[f]),
                                                        show_values(cb$type[i])))
    if (cb$required[i] != cb$required[f])
      bad(c(f, i), sprintf("item %s disagrees on `required`", show_values(cb$item[i])))
  }
  has_opt <- cb$type %in% c("single", "multi", "likert")
  noopt <- which(has_opt & !nzchar(cb$option))
  if (length(noopt)) bad(noopt[1L], sprintf("%s item %s has a row without an option code",
                                            cb$type[noopt[1L]], show_values(cb$item[noopt[1L]])))
  extra <- which(!has_opt & nzchar(cb$option))
  if (length(extra)) bad(extra[1L], sprintf("%s item %s cannot have options",
                                            cb$type[extra[1L]], show_values(cb$item[extra[1L]])))
  key <- paste(cb$item, cb$option, sep = "\r")
  dup <- which(duplicated(key))
  if (length(dup)) {
    d <- dup[1L]
    bad(c(match(key[d], key), d), if (nzchar(cb$option[d]))
      sprintf("duplicate option %s of item %s", show_values(cb$option[d]),
              show_values(cb$item[d]))
      else sprintf("duplicate item id %s", show_values(cb$item[d])))
  }
  items <- unique(cb$item)
  for (it in items) {
    rows <- which(cb$item == it)
    type <- cb$type[rows[1L]]
    if (type %in% c("single", "likert") && sum(!cb$missing[rows]) < 1L)
      bad(rows[1L], sprintf("item %s has no non-missing option", show_values(it)))
    if (type == "single" && length(rows) < 2L)
      bad(rows[1L], sprintf("single-choice item %s needs at least two options",
                            show_values(it)))
    # A label column labels all the options of an item or none of them (a
    # column may serve only some items): one blank label among labelled
    # options would leave that option's answers unreadable by label. A
    # Likert scale may label its ends only: its points are read by position
    if (type %in% c("single", "multi")) for (lc in label_cols) {
      blank <- !nzchar(cb[[lc]][rows])
      if (any(blank) && !all(blank)) {
        b <- rows[blank][1L]
        bad(b, sprintf(paste("option %s of item %s has no label in `%s`, which labels",
                             "the item's other options: give it one, or leave `%s`",
                             "blank for every option of the item"),
                       show_values(cb$option[b]), show_values(it), lc, lc))
      }
    }
    # Codes and labels must each identify one option, in any language
    keys <- fold_text(c(cb$option[rows], unlist(cb[rows, label_cols], use.names = FALSE)))
    own <- rep(rows, 1L + length(label_cols))
    keep <- nzchar(keys)
    owners <- tapply(own[keep], keys[keep], function(o) length(unique(o)))
    if (any(owners > 1L)) {
      k <- names(owners)[owners > 1L][1L]
      bad(sort(unique(own[keep][keys[keep] == k])), sprintf(
        "item %s: %s names more than one option", show_values(it), show_values(k)))
    }
    if (type == "likert") {
      if (!nzchar(cb$scale[rows[1L]]) || any(cb$scale[rows] != cb$scale[rows[1L]]))
        bad(rows[1L], sprintf("Likert item %s needs one `scale` name on every row",
                              show_values(it)))
    } else if (any(nzchar(cb$scale[rows]))) {
      bad(rows[nzchar(cb$scale[rows])][1L], sprintf("%s item %s cannot have a `scale`",
                                                    type, show_values(it)))
    }
  }
  # Items sharing a scale must list the same options in the same order
  lik <- cb$type == "likert"
  for (sc in unique(cb$scale[lik])) {
    its <- unique(cb$item[lik & cb$scale == sc])
    sig <- function(it) {
      r <- cb$item == it
      paste(cb$option[r], do.call(paste, unname(cb[r, label_cols, drop = FALSE])),
            cb$missing[r], collapse = "\r")
    }
    ref <- sig(its[1L])
    for (it in its[-1L]) if (sig(it) != ref)
      bad(which(cb$item == it)[1L], sprintf(
        "Likert item %s lists scale %s with options or labels that differ from item %s",
        show_values(it), show_values(sc), show_values(its[1L])))
  }
  # bounds only on number items, and min <= max
  nonnum <- which(cb$type != "number" & (cb$min != 0 | is.finite(cb$max) | cb$whole))
  if (length(nonnum)) bad(nonnum[1L], sprintf("%s item %s cannot have `min`, `max` or `whole`",
                                              cb$type[nonnum[1L]],
                                              show_values(cb$item[nonnum[1L]])))
  inv <- which(cb$min > cb$max)
  if (length(inv)) bad(inv[1L], sprintf("item %s has `min` %s above `max` %s",
                                        show_values(cb$item[inv[1L]]), format(cb$min[inv[1L]]),
                                        format(cb$max[inv[1L]])))
  # skip logic: `asked_if` names an earlier yes/no item
  for (i in which(nzchar(cb$asked_if))) {
    f <- cb$asked_if[i]
    fr <- which(cb$item == f)
    if (!length(fr) || cb$type[fr[1L]] != "single" ||
        !yesno_options(cb$option[fr], cb$missing[fr]))
      bad(i, sprintf("`asked_if` of item %s must name a yes/no item of the codebook, not %s",
                     show_values(cb$item[i]), show_values(f)))
    if (fr[1L] > i)
      bad(c(i, fr[1L]), sprintf("`asked_if` item %s must come before item %s",
                               show_values(f), show_values(cb$item[i])))
    if (cb$asked_if[i] != cb$asked_if[match(cb$item[i], cb$item)])
      bad(i, sprintf("item %s disagrees on `asked_if`", show_values(cb$item[i])))
  }
  rung_bad <- which(nzchar(cb$rung) & !cb$rung %in% codebook_rungs)
  if (length(rung_bad)) bad(rung_bad[1L], sprintf("unknown rung %s (one of %s)",
                                                  show_values(cb$rung[rung_bad[1L]]),
                                                  show_values(codebook_rungs)))
  # Column names an export gives rise to must be unique
  multi <- cb$type == "multi"
  colnames_all <- c(unique(cb$item[!multi]), paste(cb$item[multi], cb$option[multi], sep = "_"))
  dupcol <- colnames_all[duplicated(colnames_all)]
  if (length(dupcol)) {
    bad(which(cb$item == dupcol[1L] | paste(cb$item, cb$option, sep = "_") == dupcol[1L]),
        sprintf("column name %s would arise twice", show_values(dupcol[1L])))
  }
  known <- c("item", "section", "type", "option", label_cols, question_cols, "scale",
             "rung", "missing", "required", "min", "max", "whole", "asked_if")
  cb <- cb[, c(known, setdiff(names(cb), known))]
  rownames(cb) <- NULL
  class(cb) <- c("peer_codebook", "data.frame")
  cb
}

#' @export
print.peer_codebook <- function(x, ...) {
  if (!all(c("item", "type", "option", "required") %in% names(x))) return(NextMethod())
  items <- unique(x$item)
  types <- x$type[match(items, x$item)]
  cat(sprintf("<peer_codebook> %d items, %d rows\n", length(items), nrow(x)))
  tab <- table(factor(types, codebook_types))
  cat(paste(sprintf("%s: %d", names(tab), as.integer(tab)), collapse = ", "), "\n")
  print(data.frame(item = items, type = types,
                   options = as.integer(table(factor(x$item, items))[items]) *
                     (types %in% c("single", "multi", "likert")),
                   required = x$required[match(items, x$item)]), row.names = FALSE)
  invisible(x)
}

#' Write a starting codebook for your own questionnaire
#'
#' Writes a commented CSV file with one example of every item type, the
#' columns [survey_codebook()] reads and a comment saying what each holds.
#' Edit it in a spreadsheet or text editor (lines starting with `#` are
#' comments), then read it with [survey_codebook()].
#'
#' @param path Where to write the file (not overwritten unless
#'   `overwrite = TRUE`).
#' @param overwrite Overwrite an existing file.
#' @return `path`, invisibly.
#' @examples
#' f <- codebook_template(tempfile(fileext = ".csv"))
#' cat(readLines(f), sep = "\n")
#' survey_codebook(f)
#' @export
codebook_template <- function(path, overwrite = FALSE) {
  if (!is.character(path) || length(path) != 1L || is.na(path) || !nzchar(path))
    abort("`path` must be the path of the file to write", "peersurvey_bad_argument")
  check_flag(overwrite)
  if (file.exists(path) && !overwrite)
    abort(sprintf("`path` exists: \"%s\" (use `overwrite = TRUE` to replace it)", path),
          "peersurvey_bad_argument")
  src <- system.file("extdata", "codebook-template.csv", package = "peersurvey")
  if (!nzchar(src)) abort("the shipped codebook template is missing")
  ok <- file.copy(src, path, overwrite = TRUE)
  if (!ok) abort(sprintf("could not write `path`: \"%s\"", path), "peersurvey_bad_argument")
  invisible(path)
}

# ---- accessors: other files read a codebook only through these ----------

#' Read facts from a codebook
#'
#' Small accessors used by every table, figure and report, so that nothing
#' reads a codebook's columns directly: the languages it has labels in,
#' the item identifying the unit, the unit's name, the labels of options
#' and the caption of an item.
#'
#' @param codebook A codebook from [survey_codebook()].
#' @param language A language code among `codebook_languages(codebook)`
#'   or the languages of the fixed words (`"en"`, `"it"`, `"fr"`, `"de"`,
#'   `"es"`).
#' @return `codebook_languages()`: language codes of the `label_*`
#'   columns. `codebook_id()`: the id item. `codebook_unit()`: the unit's
#'   name in the plural (the label of the id row).
#' @examples
#' cb <- survey_codebook()
#' codebook_languages(cb)
#' codebook_id(cb)
#' codebook_unit(cb, "en")
#' @export
codebook_languages <- function(codebook) {
  check_codebook_arg(codebook, null = TRUE)
  sub("^label_", "", grep("^label_[a-z]{2,3}$", names(codebook), value = TRUE))
}

#' @rdname codebook_languages
#' @export
codebook_id <- function(codebook) {
  check_codebook_arg(codebook, null = TRUE)
  codebook$item[codebook$type == "id"][1L]
}

# A codebook given as an argument: a data frame with the columns item and
# type (NULL too where `null`: no codebook)
check_codebook_arg <- function(codebook, arg = "codebook", null = FALSE) {
  if (null && is.null(codebook)) return(invisible(codebook))
  if (!is.data.frame(codebook) || !all(c("item", "type") %in% names(codebook)))
    abort(sprintf("`%s` must be a codebook from survey_codebook(), not %s", arg,
                  if (is.data.frame(codebook)) "a data frame without columns item and type"
                  else class(codebook)[1L]), "peersurvey_bad_argument")
  invisible(codebook)
}

# The name of `n` units ("44 servizi"): the codebook's name (a plural), or
# the plain word ("unità"; "1 unità", as the codebook gives no singular)
unit_name <- function(codebook, language, n = 2) {
  if (is.null(codebook) || identical(as.numeric(n), 1)) word(word_key_n("units", n), language)
  else codebook_unit(codebook, language)
}

#' @rdname codebook_languages
#' @export
codebook_unit <- function(codebook, language = codebook_languages(codebook)[1L]) {
  check_codebook_arg(codebook)
  language <- words_language(language, codebook)
  lab <- codebook_column(codebook, "label", language)[codebook$type == "id"][1L]
  if (is.na(lab) || !nzchar(lab)) word("units", language) else lab
}

# The column `<what>_<language>`, falling back to English, then to the
# first language the codebook has
codebook_column <- function(codebook, what, language) {
  langs <- codebook_languages(codebook)
  for (l in unique(c(language, "en", langs))) {
    v <- codebook[[paste0(what, "_", l)]]
    if (!is.null(v)) return(v)
  }
  rep("", nrow(codebook))
}

# Labels of the options `codes` of `item` in `language`; the code itself
# where the codebook has none
codebook_labels <- function(codebook, item, codes, language) {
  codes <- as.character(codes)
  if (is.null(codebook)) return(codes)
  rows <- which(codebook$item == item)
  lab <- codebook_column(codebook, "label", language)[rows][match(codes, codebook$option[rows])]
  ifelse(is.na(lab) | !nzchar(lab), codes, lab)
}

# The caption of an item: its question text, else the label of a text or
# number item, else the item id
codebook_caption <- function(codebook, item, language) {
  rows <- which(codebook$item == item)
  q <- codebook_column(codebook, "question", language)[rows]
  q <- q[nzchar(q)]
  if (length(q)) return(q[1L])
  if (codebook$type[rows[1L]] %in% c("text", "number")) {
    l <- codebook_column(codebook, "label", language)[rows[1L]]
    if (nzchar(l)) return(l)
  }
  item
}

# Columns of a frame or survey (such as strata, a `by`, an estimate's item
# or domain) as a reader knows them: an item of the codebook by its caption
# in `language`, the column of an option of a check-all item
# (`<item>_<option>`) by the item's caption and the option's label
# ("Roles: Group facilitation", "What do they do? Group facilitation"), any
# other column by its name
codebook_item_name <- function(codebook, column, language) {
  if (!is.null(codebook)) {
    multi <- codebook$type == "multi"
    opt_col <- paste(codebook$item[multi], codebook$option[multi], sep = "_")
  }
  vapply(column, function(k) {
    if (is.null(codebook)) return(k)
    if (k %in% codebook$item) return(codebook_caption(codebook, k, language))
    i <- match(k, opt_col)
    if (is.na(i)) return(k)
    item <- codebook$item[multi][i]
    caption <- codebook_caption(codebook, item, language)
    sprintf(if (grepl("[?:.!]$", caption)) "%s %s" else "%s: %s", caption,
            codebook_labels(codebook, item, codebook$option[multi][i], language))
  }, "", USE.NAMES = FALSE)
}

# The codebook a survey carries (NULL when none)
survey_codebook_of <- function(x) {
  cb <- attr(x, "codebook", exact = TRUE)
  if (is.data.frame(cb) && all(c("item", "type", "option") %in% names(cb))) cb else NULL
}
