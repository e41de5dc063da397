#' Compare a single-choice answer across groups
#'
#' Cross-tabulates a single-choice item by a grouping (for example the
#' answer by macro-area) and tests their independence.
#'
#' Answers or groups that are `NA` are left out (how many is reported as
#' `dropped`), and so are groups and answer categories with no answers at
#' all (empty rows and columns of the table, such as unused factor levels):
#' they carry no information and would make the chi-square statistic
#' undefined. The table kept is returned as `table`.
#'
#' `x` must be categorical: a numeric `x` is accepted only when it holds
#' whole numbers with at most 20 distinct values (codes or counts); a
#' measurement such as a population size is an error, since every value
#' would become its own answer category.
#'
#' Tests:
#' * `"chisq"`: Pearson's chi-square test without continuity correction,
#'   `chisq.test(table, correct = FALSE)`.
#' * `"yates"`: `chisq.test(table, correct = TRUE)`: Yates' continuity
#'   correction on a 2 x 2 table; for larger tables this is Pearson's test
#'   (as in `chisq.test()`).
#' * `"fisher"`: Fisher's exact test by [fisher_test()]: exact, computed in
#'   C (R's `fisher.test()` can be wrong on tables with many columns); for
#'   tables too large to enumerate, the p-value is simulated with
#'   `fisher.test(table, simulate.p.value = TRUE, B = 1e5)`. The result's
#'   `method` says which, and `set.seed()` makes a simulated value
#'   reproducible.
#' * `"auto"` (the default): Fisher's exact test when any expected count
#'   is below 5, otherwise Pearson's chi-square test, with Yates'
#'   correction for a 2 x 2 table.
#'
#' When fewer than two groups or two answer categories remain there is
#' nothing to test: `statistic`, `df` and `p_value` are `NA` and `test` is
#' `"none"`.
#'
#' @param x Answers: a factor, character, logical or numeric vector (numbers
#'   only as whole-number codes with at most 20 distinct values), or one
#'   column of a survey from [read_survey()] (`answers["peer_workers"]`),
#'   whose answers then print by their codebook labels.
#' @param by Groups, a vector of the same length, or one column of a survey
#'   (`answers["region"]`), whose groups then print by their labels.
#' @param test `"auto"`, `"chisq"`, `"yates"` or `"fisher"`.
#' @return An object of class `peer_compare`, a list with `table` (groups in
#'   rows, answers in columns), `expected` (counts expected under
#'   independence), `test` (the test used), `statistic` (chi-square; `NA`
#'   for Fisher's test), `df`, `p_value`, `method` (a description) and
#'   `dropped` (the number of answers left out because `x` or `by` is `NA`).
#'   The table's names are the codes; `print()` shows the labels of a
#'   column of a survey.
#' @seealso [test_multi_independence()] for check-all-that-apply items.
#' @examples
#' set.seed(1)
#' area <- sample(c("North", "Centre", "South"), 61, replace = TRUE)
#' answer <- sample(c("yes", "no"), 61, replace = TRUE, prob = c(0.56, 0.44))
#' compare_groups(answer, area)
#' compare_groups(answer, area, test = "chisq")
#' # columns of a survey print by their labels
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#' compare_groups(s["service_type"], s["region"])
#' @export
compare_groups <- function(x, by, test = c("auto", "chisq", "yates", "fisher")) {
  test <- arg_match(test)
  # one column of a survey (`answers["peer_workers"]`): its codebook names
  # the answers (and the groups) by their labels when printed
  xcol <- by_column(x)
  x <- xcol$by
  if (is.data.frame(x) || is.list(x))
    abort("`x` must be a vector of answers or one column of a survey, not a list or data frame",
          "peersurvey_bad_argument")
  bcol <- by_column(by)
  by <- bcol$by
  check_by(by, length(x))
  if (is.numeric(x) && !is.factor(x)) {
    bad <- which(!is.na(x) & (!is.finite(x) | x != round(x)))
    if (length(bad))
      abort(sprintf(paste("`x` must be categorical: a numeric `x` must hold whole-number",
                          "codes, not %s (element %d)"), format(x[bad[1L]]), bad[1L]),
            "peersurvey_bad_argument")
    nd <- length(unique(x[!is.na(x)]))
    if (nd > 20L)
      abort(sprintf(paste("`x` must be categorical: a numeric `x` must hold whole-number",
                          "codes with at most 20 distinct values, not %d distinct values"), nd),
            "peersurvey_bad_argument")
  }
  keep <- !is.na(x) & !is.na(by)
  tab <- table(group = by[keep], answer = x[keep])
  tab <- tab[rowSums(tab) > 0, colSums(tab) > 0, drop = FALSE]
  out <- list(table = tab, expected = NULL, test = "none",
              statistic = NA_real_, df = NA_real_, p_value = NA_real_,
              method = "no test: fewer than two groups or answers",
              dropped = sum(!keep), answer = xcol[c("item", "codebook", "logical")],
              group = bcol[c("item", "codebook", "logical")])
  if (nrow(tab) < 2L || ncol(tab) < 2L)
    return(structure(out, class = "peer_compare"))

  expected <- outer(rowSums(tab), colSums(tab)) / sum(tab)
  dimnames(expected) <- dimnames(tab)
  out$expected <- expected
  if (test == "auto")
    test <- if (any(expected < 5)) "fisher" else
      if (all(dim(tab) == 2L)) "yates" else "chisq"
  if (test == "fisher") {
    res <- fisher_test(tab, B = 1e5)
    out$statistic <- NA_real_
    out$df <- NA_real_
  } else {
    res <- suppressWarnings(stats::chisq.test(tab, correct = test == "yates"))
    out$statistic <- unname(res$statistic)
    out$df <- unname(res$parameter)
  }
  out$test <- test
  out$p_value <- res$p.value
  out$method <- res$method
  structure(out, class = "peer_compare")
}

#' @rdname compare_groups
#' @param language The language of the labels printed for a column of a
#'   survey: by default the codebook's (the first language of its labels).
#' @param ... Unused.
#' @export
print.peer_compare <- function(x, language = NULL, ...) {
  cat("<peer_compare>", x$method, "\n")
  tab <- x$table
  cb <- x$answer$codebook %||% x$group$codebook
  if (!is.null(cb) && length(dim(tab)) == 2L) {
    lang <- print_language(cb, language)
    dimnames(tab) <- list(group = group_names(rownames(tab), x$group, lang),
                          answer = group_names(colnames(tab), x$answer, lang))
  }
  print(tab)
  if (!is.na(x$statistic))
    cat(sprintf("X-squared = %.4g, df = %g, ", x$statistic, x$df))
  cat(sprintf("p-value = %s\n", format.pval(x$p_value, digits = 4)))
  if (!is.null(x$dropped) && x$dropped > 0)
    cat(sprintf("%d answer%s left out for a missing answer or group\n", x$dropped,
                if (x$dropped == 1) "" else "s"))
  invisible(x)
}

#' @export
as.data.frame.peer_compare <- function(x, ...) {
  data.frame(test = x$test, statistic = x$statistic, df = x$df,
             p_value = x$p_value, method = x$method, stringsAsFactors = FALSE)
}
