# The questionnaire as data: loading and checking a codebook.

codebook_types <- c("single", "multi", "likert", "text", "number")
codebook_rungs <- c("informing", "consultation", "involvement", "co-design", "co-production")

#' Load and check a survey codebook
#'
#' A codebook describes a questionnaire as a plain CSV file, one row per item
#' (free-text and number items) or per answer option (single-choice,
#' check-all-that-apply and Likert items), so that a researcher can edit the
#' instrument without touching code. The shipped codebook describes the 2025
#' national survey of Italian Mental Health Departments on peer support and
#' co-production: department profile, peer support (settings, workers,
#' contract, funding, training), perceived impact of peer support workers,
#' barriers, co-production practices (each mapped to a rung of the
#' participation ladder) and facilitators.
#'
#' @section Columns:
#' * `item`: item id, lower case letters, digits and underscores. It is the
#'   column name in an export; a check-all-that-apply item `x` with option
#'   `o` becomes the logical column `x_o`.
#' * `section`: part of the questionnaire (optional).
#' * `type`: one of `"single"`, `"multi"`, `"likert"`, `"text"`, `"number"`.
#' * `option`: answer code (blank for text and number items). A single-choice
#'   item whose codes are exactly `"yes"` and `"no"` is read as logical.
#' * `label_it`, `label_en`: Italian and English labels.
#' * `scale`: name of the answer scale of a Likert item; every item sharing a
#'   scale must list the same options in the same order.
#' * `rung`: ladder rung of a co-production practice, one of `"informing"`,
#'   `"consultation"`, `"involvement"`, `"co-design"`, `"co-production"`
#'   (optional).
#' * `missing`: `TRUE` when the option means missing or "don't know"; such
#'   answers become `NA` and are not factor levels.
#' * `required`: `TRUE` when every export must carry the item.
#' * `min`, `max` (optional): the smallest and largest value a number item
#'   may take. A blank `min` (or no `min` column) means 0: number items are
#'   counts or sizes and cannot be negative unless `min` says so (`-Inf` for
#'   no bound); a blank `max` means no bound.
#' * `whole` (optional): `TRUE` when a number item must be a whole number (a
#'   count).
#' * `asked_if` (optional): the id of a yes/no item; the item was asked
#'   only of those answering yes to it (skip logic). [read_survey()] lists
#'   an answer to it where that item is no as "answered although not asked".
#'
#' [read_survey()] turns a number outside `min`..`max`, or not whole where
#' `whole` is `TRUE`, into `NA` and lists it among the problems.
#'
#' @param path Path of a codebook CSV file (UTF-8). The default is the
#'   shipped codebook.
#' @return A data frame of class `peer_codebook`, one row per item or option,
#'   with `missing` and `required` as logical columns.
#' @seealso [read_survey()], which uses the codebook to type an export.
#' @examples
#' cb <- survey_codebook()
#' unique(cb$item)
#' cb[cb$item == "coprod_practices", c("option", "rung", "label_en")]
#' @export
survey_codebook <- function(path = system.file("extdata", "codebook.csv",
                                               package = "peersurvey")) {
  if (!is.character(path) || length(path) != 1L || is.na(path) || !nzchar(path))
    abort("`path` must be the path of a codebook CSV file", "peersurvey_bad_argument")
  if (!file.exists(path))
    abort(sprintf("`path` does not exist: \"%s\"", path), "peersurvey_bad_argument")
  cb <- utils::read.csv(path, colClasses = "character", encoding = "UTF-8",
                        na.strings = character(0), check.names = FALSE,
                        strip.white = TRUE)
  names(cb) <- sub("^\ufeff", "", names(cb))
  check_codebook(cb)
}

check_codebook <- function(cb) {
  bad <- function(i, msg)
    abort(sprintf("codebook %s: %s", show_rows(i), msg), "peersurvey_bad_codebook",
          call = NULL)
  need <- c("item", "type", "option", "label_it", "label_en")
  miss <- setdiff(need, names(cb))
  if (length(miss))
    abort(sprintf("codebook lacks column%s %s", if (length(miss) > 1L) "s" else "",
                  show_values(miss)), "peersurvey_bad_codebook", call = NULL)
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
  cb[] <- lapply(cb, function(v) if (is.character(v)) { v[is.na(v)] <- ""; trimws(v) } else v)
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
                                               show_values(codebook_types)))
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
    # Codes and labels must each identify one option, in any language
    keys <- fold_text(c(cb$option[rows], cb$label_it[rows], cb$label_en[rows]))
    own <- rep(rows, 3L)
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
      paste(cb$option[r], cb$label_it[r], cb$label_en[r], cb$missing[r], collapse = "\r")
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
        !setequal(cb$option[fr], c("yes", "no")) || length(fr) != 2L)
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
  known <- c("item", "section", "type", "option", "label_it", "label_en", "scale", "rung",
             "missing", "required", "min", "max", "whole", "asked_if")
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
