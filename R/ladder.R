# The co-production ladder: each practice of the checklist sits on one rung
# of an ordered ladder; a unit reaches the highest rung among the practices
# it ticked.  The practice-to-rung mapping lives in one place: the `rung`
# column of the codebook.

#' The co-production ladder of a questionnaire
#'
#' The participation ladder as the codebook defines it: one row per
#' practice of the check-all-that-apply item whose options carry a `rung`
#' (see [survey_codebook()]). The rungs, from the lowest, are `informing` <
#' `consultation` < `involvement` < `co-design` < `co-production`; a ladder
#' uses those its practices reach.
#'
#' @param codebook A codebook from [survey_codebook()]; the shipped one by
#'   default.
#' @param item The check-all-that-apply item of the practices; needed only
#'   when several items carry rungs.
#' @return A data frame with columns `practice`, `rung` (ordered factor),
#'   `rung_order` (integer) and the practice's `label_*` columns, one row
#'   per practice; attributes `item` (the practices' item) and `filter` (its
#'   `asked_if` item, or `NULL`).
#' @seealso [code_coproduction()]
#' @export
#' @examples
#' coproduction_ladder()
coproduction_ladder <- function(codebook = survey_codebook(), item = NULL) {
  if (!inherits(codebook, "peer_codebook")) {
    if (!is.data.frame(codebook))
      abort(sprintf("`codebook` must be a codebook from survey_codebook(), not %s",
                    class(codebook)[1L]), "peersurvey_bad_argument")
    codebook <- check_codebook(codebook)
  }
  has <- codebook$type == "multi" & nzchar(codebook$rung)
  items <- unique(codebook$item[has])
  if (!length(items))
    abort("`codebook` has no check-all-that-apply item whose options carry a `rung`",
          "peersurvey_bad_ladder")
  if (is.null(item)) {
    if (length(items) > 1L)
      abort(sprintf("`codebook` has several items with rungs (%s): choose one with `item`",
                    show_values(items)), "peersurvey_bad_ladder")
    item <- items
  }
  if (!is.character(item) || length(item) != 1L || !item %in% items)
    abort(sprintf("`item` must be one of %s, not %s", show_values(items),
                  show_values(item, 1L)), "peersurvey_bad_argument")
  rows <- codebook[codebook$item == item & nzchar(codebook$rung), , drop = FALSE]
  labels <- rows[grep("^label_", names(rows))]
  x <- data.frame(practice = rows$option, rung = rows$rung,
                  rung_order = match(rows$rung, codebook_rungs), labels,
                  stringsAsFactors = FALSE)
  out <- ladder_check(x)
  filter <- codebook$asked_if[match(item, codebook$item)]
  attr(out, "item") <- item
  attr(out, "filter") <- if (nzchar(filter)) filter
  out
}

ladder_check <- function(x, arg = "ladder") {
  check_data_frame(x, arg)
  need <- c("practice", "rung", "rung_order")
  miss <- setdiff(need, names(x))
  if (length(miss))
    abort(sprintf("`%s` lacks column%s %s", arg, if (length(miss) > 1L) "s" else "",
                  show_values(miss)), "peersurvey_bad_ladder")
  practice <- trimws(as.character(x$practice))
  rung <- trimws(as.character(x$rung))
  ord <- suppressWarnings(as.integer(as.character(x$rung_order)))
  bad <- which(is.na(practice) | !nzchar(practice) | is.na(rung) | !nzchar(rung) | is.na(ord))
  if (length(bad))
    abort(sprintf("`%s` has an empty practice, rung or rung_order in %s", arg,
                  show_rows(bad)), "peersurvey_bad_ladder")
  dup <- which(duplicated(practice))
  if (length(dup))
    abort(sprintf("`%s` lists practice %s twice (%s)", arg, show_values(practice[dup[1L]]),
                  show_rows(which(practice == practice[dup[1L]]))), "peersurvey_bad_ladder")
  # one order per rung, one rung per order
  pairs <- unique(data.frame(rung = rung, ord = ord, stringsAsFactors = FALSE))
  clash <- function(key, other, what) {
    k <- key[match(TRUE, duplicated(pairs[[what]]))]
    rows <- which(key == k)
    abort(sprintf(paste("`%s` must give each rung a single rung_order, and each order a single",
                        "rung: %s give %s %s and %s %s"), arg, show_rows(rows),
                  if (what == "rung") "rung" else "rung_order",
                  show_values(k, 1L, quote = what == "rung"),
                  if (what == "rung") "rung_order" else "rung",
                  show_values(unique(other[rows]), 4L, quote = what != "rung")),
          "peersurvey_bad_ladder")
  }
  if (anyDuplicated(pairs$rung)) clash(rung, ord, "rung")
  if (anyDuplicated(pairs$ord)) clash(ord, rung, "ord")
  if (any(pairs$rung == "none"))
    abort(sprintf("`%s` must not use \"none\" as a rung: it names units below the first rung",
                  arg), "peersurvey_bad_ladder")
  levels <- pairs$rung[order(pairs$ord)]
  out <- data.frame(practice = practice, rung = factor(rung, levels = levels, ordered = TRUE),
                    rung_order = ord, stringsAsFactors = FALSE)
  for (col in setdiff(names(x), names(out))) out[[col]] <- x[[col]]
  out
}

#' Place units on the co-production ladder
#'
#' From the co-production practice checklist, finds for each unit the
#' highest rung of the ladder it reaches and how many practices it ticked on
#' each rung. The distribution of levels is what a statement such as
#' "co-production practices are largely consultative" is about.
#'
#' A unit that ticked no practice is at level `"none"` (below
#' `informing`). A unit whose practice columns are all `NA` did not
#' answer the item and gets `NA`; an `NA` among answered columns counts as
#' not ticked. When `x` has the column of the practices' filter question
#' (the codebook's `asked_if` of the practices item, such as "does the
#' department have co-production practices?"), only units answering yes
#' were asked, as in [survey_tables()]: a unit answering no is at `"none"`
#' (practices it ticked anyway are not counted; [survey_problems()] lists
#' them), and a unit whose filter is blank gets `NA`.
#'
#' Every practice of the ladder must have its column: a practice column
#' missing from `x` is an error naming it (leaving one out would silently
#' move departments down the ladder). With a survey read with a codebook,
#' only the columns of the item's options are practices (another item
#' named `<item>_text` is not), and an option that the ladder does not
#' place on a rung (such as "other") is set aside: a unit that ticked only
#' such options has no place on the ladder and gets `NA`, not `"none"`;
#' their rows are in the attribute `"unplaced"`. The item's "None of these"
#' option (coded `none`, or labelled so, as [survey_tables()] finds it) is
#' no practice: a unit that ticked it is at `"none"`.
#'
#' @param x The checklist: a `peer_survey` or data frame whose columns
#'   `<item>_<practice>` (the ladder's item) are used, or a data frame or matrix of
#'   logical columns named by practice (0/1 numbers are accepted), one for
#'   every practice of `ladder`.
#' @param ladder The ladder, as from [coproduction_ladder()]. By default
#'   (`NULL`), the ladder of the codebook that `x` carries (a survey read
#'   with [read_survey()]), or the shipped one (of [mhd_survey_2025]) when
#'   `x` carries no codebook, such as a data frame of practices. A codebook
#'   with no item whose options carry a rung, or with several, is an error:
#'   give `ladder` then.
#' @return A data frame of class `peer_coproduction`, one row per
#'   unit: the unit's id when `x` is a survey with a codebook, `level`
#'   (ordered factor with
#'   levels `"none"` and the rungs), and one count column per rung
#'   (`n_informing`, `n_consultation`, `n_involvement`, `n_co_design`,
#'   `n_co_production`: non-alphanumeric characters of a rung become `_`).
#'   `summary()` gives, per level, the number `n` of answering units
#'   at that level, their number `answered`, and the share `estimate` with
#'   its Wilson interval `lower`, `upper` from [prop_ci()], all on a 0-1
#'   scale as in [prop_ci()].
#' @seealso [coproduction_ladder()]
#' @export
#' @examples
#' practices <- coproduction_ladder()$practice
#' ticks <- as.data.frame(matrix(FALSE, 4, length(practices),
#'                               dimnames = list(NULL, practices)))
#' ticks$information <- c(TRUE, FALSE, NA, TRUE)
#' ticks$satisfaction_survey <- c(TRUE, FALSE, NA, FALSE)
#' ticks$codesign_services <- c(FALSE, FALSE, NA, TRUE)
#' ticks[3, ] <- NA
#' cp <- code_coproduction(ticks)
#' cp
#' summary(cp)
#'
#' # a survey read with its own codebook is placed on that codebook's ladder
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#' summary(code_coproduction(s))
code_coproduction <- function(x, ladder = NULL) {
  if (is.null(ladder)) ladder <- survey_ladder(x)
  item <- attr(ladder, "item", exact = TRUE)
  filter_item <- attr(ladder, "filter", exact = TRUE)
  ladder <- ladder_check(ladder)
  ids <- NULL
  filter <- NULL
  cb <- survey_codebook_of(x)
  idcol <- if (!is.null(cb)) codebook_id(cb)
  if (is.matrix(x)) x <- as.data.frame(x, stringsAsFactors = FALSE)
  if (!is.data.frame(x))
    abort(sprintf("`x` must be a data frame or matrix of practices, not %s", class(x)[1L]),
          "peersurvey_bad_argument")
  prefix <- if (!is.null(item)) paste0(item, "_")
  cols <- if (!is.null(prefix)) grep(paste0("^", prefix), names(x), value = TRUE)
  prefixed <- length(cols) > 0L
  unranked <- NULL
  if (prefixed) {
    practices <- substring(cols, nchar(prefix) + 1L)
    opts <- if (!is.null(cb)) cb$option[cb$item == item]
    if (length(opts)) {
      # with a codebook, the item's options are its columns ("coprod_text"
      # is another item), and an option with no rung ("other") is set aside
      # the item's "None of these" option reaches no rung: a unit that
      # ticked it (and nothing else) is at "none", not set aside
      none <- none_option(cb[cb$item == item, , drop = FALSE])
      keep <- practices %in% opts & !practices %in% none
      cols <- cols[keep]
      practices <- practices[keep]
      off <- !practices %in% ladder$practice
      if (any(off)) {
        unranked <- lapply(cols[off], function(col) x[[col]] %in% c(TRUE, 1))
        cols <- cols[!off]
        practices <- practices[!off]
      }
    }
    if (!is.null(filter_item) && !is.null(x[[filter_item]]) && !absent_item(x, filter_item))
      filter <- as_flag(x[[filter_item]], filter_item)
  } else {
    cols <- setdiff(names(x), idcol)
    if (is.null(cols) || !length(cols))
      abort("`x` must have one column per practice, named by practice",
            "peersurvey_bad_argument")
    practices <- cols
  }
  if (!is.null(idcol) && !is.null(x[[idcol]])) ids <- as.character(x[[idcol]])
  unknown <- setdiff(practices, ladder$practice)
  if (length(unknown) && !prefixed && !is.null(item) && !is.null(cb))
    abort(sprintf(paste("`x` has no column of the item %s of `ladder` (columns %s):",
                        "`ladder` is not the ladder of the questionnaire of `x`"),
                  show_values(item), show_values(paste0(item, "_<practice>"), quote = FALSE)),
          "peersurvey_bad_ladder")
  if (length(unknown))
    abort(sprintf("`x` has practice%s not in the ladder: %s",
                  if (length(unknown) > 1L) "s" else "", show_values(unknown)),
          "peersurvey_bad_practice")
  absent <- setdiff(ladder$practice, practices)
  if (length(absent))
    abort(sprintf("`x` lacks practice column%s %s (every practice of the ladder is needed)",
                  if (length(absent) > 1L) "s" else "",
                  show_values(if (prefixed) paste0(prefix, absent) else absent)),
          "peersurvey_bad_practice")
  n <- nrow(x)
  ticks <- matrix(NA, n, length(cols))
  for (j in seq_along(cols)) {
    ticks[, j] <- check_indicator(x[[cols[j]]], sprintf("practice column %s of `x`",
                                                        show_values(cols[j])))
  }
  rung <- as.integer(ladder$rung[match(practices, ladder$practice)])
  levs <- levels(ladder$rung)
  res <- .Call(C_code_coproduction, ticks, rung, length(levs))
  top <- res[[1L]]
  counts <- res[[2L]]
  # a unit that ticked only options with no rung ("other") has no place on
  # the ladder: NA, not "none", and listed
  unplaced <- integer()
  if (length(unranked)) {
    unplaced <- which(Reduce(`|`, unranked) & (is.na(top) | top == 0L))
    top[unplaced] <- NA_integer_
  }
  if (!is.null(filter)) {
    # as in the tables, only units that answered yes to the filter were
    # asked: one that answered no has no practice (what it ticked anyway is
    # listed by survey_problems()), one whose filter is blank has no place
    no <- which(filter %in% FALSE)
    top[no] <- 0L
    counts[no, ] <- 0L
    unknown <- which(is.na(filter))
    top[unknown] <- NA_integer_
    counts[unknown, ] <- NA_integer_
    unplaced <- setdiff(unplaced, c(no, unknown))
  }
  out <- data.frame(level = factor(c("none", levs)[top + 1L], levels = c("none", levs),
                                   ordered = TRUE))
  if (!is.null(ids)) {
    idf <- data.frame(ids, stringsAsFactors = FALSE)
    names(idf) <- idcol
    out <- cbind(idf, out)
  }
  for (k in seq_along(levs)) out[[paste0("n_", gsub("[^A-Za-z0-9]", "_", levs[k]))]] <- counts[, k]
  rownames(out) <- if (is.null(ids)) rownames(x) else NULL
  attr(out, "unplaced") <- unplaced
  # the figures name the codebook's unit
  attr(out, "codebook") <- cb
  class(out) <- c("peer_coproduction", "data.frame")
  out
}

# The default ladder of code_coproduction(): that of the codebook `x`
# carries, or the shipped one when `x` carries none
survey_ladder <- function(x) {
  cb <- survey_codebook_of(x)
  if (is.null(cb)) return(coproduction_ladder())
  rung <- if (is.null(cb$rung)) rep("", nrow(cb)) else cb$rung
  items <- unique(cb$item[cb$type == "multi" & !is.na(rung) & nzchar(rung)])
  if (!length(items))
    abort(paste("the codebook of `x` has no check-all-that-apply item whose options carry",
                "a `rung`: give the ladder with `ladder` (as from coproduction_ladder())"),
          "peersurvey_bad_ladder")
  if (length(items) > 1L)
    abort(sprintf(paste("the codebook of `x` has several items with rungs (%s): give the",
                        "ladder of one with `ladder = coproduction_ladder(codebook, item = )`"),
                  show_values(items)), "peersurvey_bad_ladder")
  coproduction_ladder(cb, items)
}

#' @param object A `peer_coproduction` result.
#' @param conf Confidence level of the intervals.
#' @param ... Unused.
#' @rdname code_coproduction
#' @export
summary.peer_coproduction <- function(object, conf = 0.95, ...) {
  lev <- object$level
  answered <- sum(!is.na(lev))
  n <- as.integer(table(lev))
  ci <- prop_ci(n, rep(answered, length(n)), conf = conf, method = "wilson")
  # no unit answered: no share, and no interval either
  if (answered == 0L) ci$lower <- ci$upper <- NA_real_
  out <- data.frame(level = factor(levels(lev), levels = levels(lev), ordered = TRUE),
                    n = n, answered = answered, estimate = ci$estimate,
                    lower = ci$lower, upper = ci$upper)
  attr(out, "unanswered") <- sum(is.na(lev))
  out
}
