#' Suppress small counts in a two-way table before publishing it
#'
#' Masks the small counts of a two-way table of counts (for example regions
#' by answers) and enough other cells that no masked small count can be
#' worked out from the row and column totals, which are published beside the
#' table (they are computed from the unmasked table and kept as the
#' `margins` attribute).
#'
#' 1. Primary suppression: every count from 1 to `threshold - 1` is masked.
#'    Zeros are not masked (a zero says that nobody gave the answer, which is
#'    usually not disclosive, and masking zeros would hide most of a sparse
#'    table).
#' 2. Complementary suppression, repeated until nothing changes:
#'    * every row and every column that holds a masked cell must hold at
#'      least two; otherwise the smallest non-zero unmasked cell of that row
#'      or column is masked too, taken first among the cells whose column
#'      (or row) also holds a single masked cell, so that the complements
#'      close rectangles (a zero cell only when no non-zero one is left);
#'    * every primary cell must lie on a cycle of masked cells (rows and
#'      columns alternating), so that its value can move up or down with
#'      the others on the cycle while all totals stay the same. When a
#'      primary cell is a bridge (removing it would disconnect its row from
#'      its column among the masked cells), the smallest non-zero unmasked
#'      cell joining the two sides is masked.
#'
#' 3. Audit: every small count must be able to take another value that the
#'    published table allows: the shown cells, the row and column totals
#'    and what `format` tells of the masked cells (with `"character"`, a
#'    `"<3"` cell is 1 or 2 and an `"x"` cell 0 or at least 3, since a
#'    count between would be shown as small; with `"na"`, a masked cell can
#'    be any count). The tables with the same totals differ by cycles of
#'    cells, each going up or down by the same step, so a small count is
#'    protected when a cycle through it lets every cell on it take a step
#'    of 1 within those bounds. When no cycle of masked cells does, the
#'    cells of the cheapest cycle (the smallest counts) are masked too.
#'
#' Steps 1 and 2 are a heuristic and do not look for the fewest or least
#' informative complementary cells (which needs linear or integer
#' programming, as in the sdcTable package); step 3 makes sure that no
#' small count is left with a single possible value.
#'
#' 4. Labels: with `"character"`, the `"<3"` labels can pin small counts
#'    down that masking protects when the masked cells are not told apart (a
#'    column of total 9 holding `"<3"`, `"<3"`, `"<3"` and 3 has its three
#'    small counts equal to 2). When the audit of step 3 with the bounds of
#'    `"na"` leaves fewer small counts with a single value, the table is
#'    masked as for `"na"` and every masked cell is shown as `"x"`, which
#'    then tells nothing of its count; a warning names the small counts the
#'    labels would have given away.
#'
#' A small count that no masking can protect (a row or column with a single
#' cell, or a total below the threshold) gets a warning naming its row and
#' column.
#'
#' @param tab A matrix or table of non-negative whole counts, two
#'   dimensions, or a result of [tabulate_choice()] (usually with `by`),
#'   whose counts are used as answers (rows) by groups (columns); missing
#'   answers are left out.
#' @param threshold Counts from 1 to `threshold - 1` are masked.
#' @param format `"na"` gives a numeric matrix with `NA` in the masked
#'   cells; `"character"` gives a character matrix with `"<3"` (for the
#'   threshold 3) in the cells masked for being small and `"x"` in the
#'   complementary ones, or `"x"` in every masked cell when the labels
#'   would give small counts away (step 4).
#' @return A matrix like `tab` with the masked cells replaced, and
#'   attributes `mask` (logical matrix, `TRUE` where masked), `primary`
#'   (logical matrix, `TRUE` where the count itself is small) and `margins`
#'   (a list of the row totals, column totals and grand total of `tab`).
#' @examples
#' tab <- matrix(c(12, 1, 7, 9,
#'                 5, 6, 14, 3,
#'                 8, 10, 4, 11), nrow = 3, byrow = TRUE,
#'               dimnames = list(area = c("North", "Centre", "South"),
#'                               answer = c("a", "b", "c", "d")))
#' suppress_small_cells(tab)
#' suppress_small_cells(tab, format = "character")
#' set.seed(1)
#' answer <- sample(c("yes", "no", "unsure"), 40, replace = TRUE, prob = c(5, 4, 1))
#' area <- sample(c("North", "Centre", "South"), 40, replace = TRUE)
#' suppress_small_cells(tabulate_choice(answer, by = area))
#' @export
suppress_small_cells <- function(tab, threshold = 3, format = c("na", "character")) {
  format <- arg_match(format)
  check_number(threshold, "threshold", lower = 1, whole = TRUE)
  if (inherits(tab, "peer_tab_choice")) tab <- suppress_choice_counts(tab)
  if (!(is.matrix(tab) || is.table(tab)) || length(dim(tab)) != 2L ||
      !is.numeric(tab))
    abort(sprintf(paste("`tab` must be a two-way matrix or table of counts, or a",
                        "`tabulate_choice()` result, not %s"), suppress_describe(tab)),
          "peersurvey_bad_argument")
  bad <- which(is.na(tab) | tab < 0 | tab != round(tab))
  if (length(bad)) {
    rc <- arrayInd(bad[1L], dim(tab))
    abort(sprintf(paste("`tab` must hold non-negative whole counts:",
                        "row %d, column %d is %s"), rc[1L], rc[2L], tab[bad[1L]]),
          "peersurvey_bad_argument")
  }
  counts <- matrix(as.double(tab), nrow(tab), ncol(tab), dimnames = dimnames(tab))
  primary <- counts > 0 & counts < threshold
  complement <- suppress_complement(counts, primary)
  single <- isTRUE(attr(complement, "lonely"))
  attr(complement, "lonely") <- NULL
  mask <- suppress_audit(counts, primary, complement, threshold, format)
  labels <- format == "character"
  # the "<3" labels may pin down small counts that masking protects when the
  # masked cells are not told apart: then they are not
  if (labels && !single && length(attr(mask, "exposed"))) {
    plain <- suppress_audit(counts, primary, complement, threshold, "na")
    if (length(attr(plain, "exposed")) < length(attr(mask, "exposed"))) {
      warn(sprintf(paste0("`tab` has small counts that the \"<%s\" labels would give away ",
                          "(%s): every masked cell is shown as \"x\", which tells nothing ",
                          "of its count"),
                   format(threshold), suppress_cells(counts, setdiff(attr(mask, "exposed"),
                                                                     attr(plain, "exposed")))),
           "peersurvey_disclosure")
      mask <- plain
      labels <- FALSE
    }
  }
  suppress_warn(counts, attr(mask, "exposed"), single, labels)
  attr(mask, "exposed") <- NULL

  out <- counts
  if (format == "na") {
    out[mask] <- NA
  } else {
    out <- matrix(as.character(counts), nrow(counts), dimnames = dimnames(counts))
    out[mask] <- "x"
    if (labels) out[primary] <- paste0("<", threshold)
  }
  attr(out, "mask") <- mask
  attr(out, "primary") <- primary
  attr(out, "margins") <- list(rows = rowSums(counts), cols = colSums(counts),
                               total = sum(counts))
  out
}

# The counts of a tabulate_choice() result as an answer-by-group matrix,
# without the row of missing answers; a missing group is the column
# "(missing)", in the table's language
suppress_choice_counts <- function(tab) {
  counts <- attr(tab, "counts")
  if (!is.matrix(counts))
    abort("`tab` is a `tabulate_choice()` result without its counts",
          "peersurvey_bad_argument")
  lv <- attr(tab, "tab_info")$levels
  if (is.null(lv)) lv <- rownames(counts)[!is.na(rownames(counts))]
  counts <- counts[match(lv, rownames(counts)), , drop = FALSE]
  groups <- colnames(counts)
  if (is.null(groups)) groups <- "all"
  # (a missing group named as the tabulation's print names it)
  groups[is.na(groups)] <- word("tab_missing", tab_language(attr(tab, "tab_info"), NULL))
  dimnames(counts) <- list(answer = lv, group = groups)
  counts
}

# What a wrong `tab` is, for the error message
suppress_describe <- function(tab) {
  if (is.data.frame(tab)) return("a data frame")
  d <- dim(tab)
  if (is.null(d)) return(sprintf("a %s vector", class(tab)[1L]))
  if (length(d) != 2L) return(sprintf("an array of %d dimensions", length(d)))
  sprintf("a %s matrix", typeof(tab))
}

suppress_complement <- function(counts, primary) {
  # (in C: every row and column holding one masked cell gets the smallest
  # unmasked cell of it, non-zero ones first, among them those whose other
  # line holds one masked cell too, so that complements close rectangles
  # rather than spread over the table; then the first small count, in
  # column order, that is a bridge of the rows and columns joined by the
  # masked cells gets the smallest unmasked cell joining its two sides;
  # repeated until nothing changes; the bridges are found in one
  # depth-first search over the masked cells, Tarjan's)
  storage.mode(counts) <- "double"
  res <- .Call(C_suppress_complement, counts, primary)
  mask <- res[[1L]]
  attr(mask, "lonely") <- res[[2L]]
  mask
}

# Which cells can go up and which down by one within what the format tells
# of them (suppress_audit()): with "character", a small count stays from 1
# to threshold - 1 and another masked cell 0 or at least threshold; with
# "na", any count that is not negative
suppress_steps <- function(counts, primary, threshold, format) {
  if (format == "character")
    list(up = ifelse(primary, counts < threshold - 1, counts > 0),
         down = ifelse(primary, counts > 1, counts > threshold))
  else list(up = array(TRUE, dim(counts)), down = counts > 0)
}

# Mask more cells until every small count can take another value that the
# published table allows: shown cells as shown, the margins and, for the
# masked cells, what the format tells of them: with "character", small
# counts from 1 to threshold - 1 and the other masked cells 0 or at least
# threshold (a count between would have been shown as small); with "na",
# any count for every masked cell, as the format does not tell which are
# small.  The tables the margins allow differ by cycles of cells (rows and
# columns alternating), each cell on it going up or down by the same step;
# a step of 1 is the one the bounds allow most often, so a small count e
# can move when a cycle through it lets every cell take one step.  That is
# a path between e's row and column in the directed graph of the steps (row
# i to column j when cell (i, j) can go up, column j to row i when it can
# go down), without e.  Unmasked cells may be on the path too, as cells to
# mask (bounded as masked cells that are not small), at a cost of their
# count plus one; masked cells cost nothing.  For each small count in
# column order (C_suppress_audit: first a search through the masked cells
# alone, which finds a cycle of cost 0 when there is one, the common case;
# otherwise Dijkstra's algorithm over the rows and columns), the unmasked
# cells of the cheapest such cycle are masked: e
# going up (a path from its column back to its row) or down (from its row
# to its column), the cheaper, up when equal.  The small counts that no
# cycle lets move are the attribute `exposed` (linear indices).
suppress_audit <- function(counts, primary, mask, threshold, format) {
  steps <- suppress_steps(counts, primary, threshold, format)
  v <- counts
  storage.mode(v) <- "double"
  res <- .Call(C_suppress_audit, v, primary, mask, steps$up, steps$down)
  out <- res[[1L]]
  dimnames(out) <- dimnames(mask)
  attr(out, "exposed") <- res[[2L]]
  out
}

# "row \"urban\", column \"hb\"; row 2, column 1": cells by linear index
suppress_cells <- function(counts, cells) {
  name <- function(k, d) if (is.null(dimnames(counts)[[d]])) k else
    sprintf("\"%s\"", dimnames(counts)[[d]][k])
  paste(sprintf("row %s, column %s", name(row(counts)[cells], 1L), name(col(counts)[cells], 2L)),
        collapse = "; ")
}

# The warning for small counts left with a single possible value: a row or
# column with a single cell (`single`), or the `exposed` cells; `labels`:
# the "<3" labels are shown
suppress_warn <- function(counts, exposed, single, labels) {
  if (single)
    warn(paste("`tab` has a row or column with a single cell: its small count",
               "equals the margin and cannot be protected by other cells"),
         "peersurvey_disclosure")
  else if (length(exposed))
    warn(paste0("`tab` has small counts that no masking of other cells lets take ",
                "another value with the same margins: ", suppress_cells(counts, exposed),
                if (labels) " (`format = \"na\"` tells less of the masked cells)"
                else " (a row or column total shows them)"),
         "peersurvey_disclosure")
}
