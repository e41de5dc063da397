# Response to a census-like survey: who was invited, who answered.

#' Response rates against a sampling frame
#'
#' Counts the departments invited (the frame) and those that responded (the
#' survey), overall and by group, with Wilson score intervals from
#' [prop_ci()], and tests whether the rate of response differs between the
#' groups.
#'
#' @section The test of spread:
#' With `by`, the test asks whether the chance to respond differs between
#' the groups. The respondents are a subset of the finite frame (drawn
#' without replacement), so the test is Pearson's chi-square test of
#' independence on the 2 x K table of units that responded and units that
#' did not, by group: `stats::chisq.test(rbind(responded, invited -
#' responded), correct = FALSE)`, on K - 1 degrees of freedom. Its
#' statistic is about the goodness-of-fit statistic of the respondents
#' against the frame's shares (`chisq.test(responded, p = invited /
#' sum(invited))`) times \eqn{(N - 1) / (N - n)}{(N - 1) / (N - n)}, with
#' \eqn{N} units invited and \eqn{n} responding: the goodness-of-fit test,
#' which treats the respondents as drawn with replacement, understates the
#' evidence of differential nonresponse when a large part of the frame
#' responds.
#'
#' When an expected count of that table is below 5 the chi-square
#' approximation is poor, and the exact conditional test is added: given
#' the group sizes and the number of respondents, the split of the
#' respondents over the groups is multivariate hypergeometric under the null
#' hypothesis, and the test is Fisher's exact test on the 2 x K table
#' (`stats::fisher.test(workspace = 2e6)`). When the network algorithm
#' needs more workspace than that (many groups), the p-value is estimated with
#' `fisher.test(simulate.p.value = TRUE, B = B)` instead, on R's random
#' number generator (call `set.seed()` first for a reproducible value).
#'
#' @param survey A `peer_survey` or any data frame with the column `id`.
#' @param frame A data frame of the invited units, one row each, with the
#'   column `id` and the grouping columns.
#' @param by `NULL` for the overall rate only, or the name of a column of
#'   `frame` to group by (such as `"macro_area"` or `"region"`).
#' @param id Name of the unit id column in both tables.
#' @param conf Confidence level of the intervals.
#' @param B Number of Monte Carlo replicates when Fisher's exact test is
#'   too large to compute exactly.
#' @param test Whether to test the spread of respondents over the groups
#'   (only with `by`); `FALSE` skips it, and with it any Monte Carlo draw.
#' @return A data frame of class `peer_response` with columns `group`,
#'   `invited`, `responded`, `rate`, `lower`, `upper`: one row per group
#'   (in the order of the levels of `frame[[by]]`) and last the overall row,
#'   whose `group` is `"All"`. Attribute `"fit"` holds the test of spread, a
#'   list with `chisq` (the `htest` of `chisq.test()` on the 2 x K table),
#'   `exact` (the `htest` of `fisher.test()` on it, or `NULL` when all
#'   expected counts of the table are at least 5) and `expected` (expected
#'   respondents per group under equal response); `NULL` without `by`, with
#'   a single group or with `test = FALSE`.
#' @seealso [mhd_frame], [prop_ci()].
#' @examples
#' response_rates(mhd_survey_2025, mhd_frame)
#' r <- response_rates(mhd_survey_2025, mhd_frame, by = "macro_area")
#' r
#' attr(r, "fit")$chisq$p.value
#' @export
response_rates <- function(survey, frame, by = NULL, id = "mhd_id", conf = 0.95,
                           B = 10000, test = TRUE) {
  check_data_frame(survey, "survey")
  check_data_frame(frame, "frame")
  if (!is.character(id) || length(id) != 1L || is.na(id))
    abort("`id` must be a single column name", "peersurvey_bad_argument")
  for (a in c("survey", "frame")) {
    tb <- if (a == "survey") survey else frame
    if (is.null(tb[[id]]))
      abort(sprintf("`%s` has no column %s", a, show_values(id)), "peersurvey_bad_argument")
  }
  check_number(conf, "conf", lower = 0, upper = 1)
  check_number(B, "B", lower = 1, whole = TRUE)
  check_flag(test, "test")
  fid <- as.character(frame[[id]])
  sid <- as.character(survey[[id]])
  bad <- which(is.na(fid) | duplicated(fid))
  if (length(bad))
    abort(sprintf("`frame` has a missing or repeated %s in %s: %s", id, show_rows(bad),
                  show_values(fid[bad])), "peersurvey_bad_argument")
  bad <- which(is.na(sid) | duplicated(sid))
  if (length(bad))
    abort(sprintf("`survey` has a missing or repeated %s in %s: %s", id, show_rows(bad),
                  show_values(sid[bad])), "peersurvey_bad_argument")
  out <- which(!sid %in% fid)
  if (length(out))
    abort(sprintf("`survey` has %d respondent%s not in `frame`: %s", length(out),
                  if (length(out) == 1L) "" else "s", show_values(sid[out])),
          "peersurvey_not_in_frame")
  resp <- fid %in% sid
  groups <- "All"
  invited <- length(fid)
  responded <- sum(resp)
  fit <- NULL
  if (!is.null(by)) {
    if (!is.character(by) || length(by) != 1L || is.na(by) || is.null(frame[[by]]))
      abort(sprintf("`by` must name a column of `frame`, not %s", show_values(by, 1L)),
            "peersurvey_bad_argument")
    g <- frame[[by]]
    if (anyNA(g))
      abort(sprintf("`frame` column %s is missing in %s", show_values(by),
                    show_rows(which(is.na(g)))), "peersurvey_bad_argument")
    g <- if (is.factor(g)) droplevels(g) else factor(g)
    inv_g <- as.vector(table(g))
    res_g <- as.vector(table(g[resp]))
    groups <- c(levels(g), groups)
    invited <- c(inv_g, invited)
    responded <- c(res_g, responded)
    if (test && length(inv_g) > 1L) fit <- response_fit(res_g, inv_g, levels(g), B)
  }
  ci <- prop_ci(responded, invited, conf = conf, method = "wilson")
  res <- data.frame(group = groups, invited = as.integer(invited),
                    responded = as.integer(responded), rate = responded / invited,
                    lower = ci$lower, upper = ci$upper, stringsAsFactors = FALSE)
  attr(res, "by") <- by
  attr(res, "conf") <- conf
  attr(res, "fit") <- fit
  class(res) <- c("peer_response", "data.frame")
  res
}

# Independence of response and group in the 2 x K table of units that
# responded and units that did not (sampling without replacement)
response_fit <- function(x, invited, groups, B) {
  tab <- rbind(responded = x, not_responded = invited - x)
  colnames(tab) <- groups
  chisq <- suppressWarnings(stats::chisq.test(tab, correct = FALSE))
  chisq$data.name <- "responded and not responded by group"
  expected <- chisq$expected["responded", ]
  exact <- NULL
  if (any(chisq$expected < 5)) {
    exact <- tryCatch(stats::fisher.test(tab, workspace = 2e6), error = function(e) NULL)
    if (is.null(exact))
      exact <- stats::fisher.test(tab, simulate.p.value = TRUE, B = B)
    exact$data.name <- chisq$data.name
  }
  list(chisq = chisq, exact = exact, expected = expected)
}

#' @export
print.peer_response <- function(x, digits = 3L, ...) {
  by <- attr(x, "by")
  conf <- attr(x, "conf") %||% 0.95
  cat(sprintf("<peer_response> response rates%s, Wilson %g%% intervals\n",
              if (is.null(by)) "" else sprintf(" by %s", by), 100 * conf))
  df <- data.frame(group = x$group, invited = x$invited, responded = x$responded,
                   rate = formatC(x$rate, digits = digits, format = "f"),
                   lower = formatC(x$lower, digits = digits, format = "f"),
                   upper = formatC(x$upper, digits = digits, format = "f"))
  print(df, row.names = FALSE)
  fit <- attr(x, "fit")
  if (!is.null(fit)) {
    cat(sprintf("Response by group (responded or not): chi-square = %.3f, df = %d, p = %s\n",
                fit$chisq$statistic, as.integer(fit$chisq$parameter),
                format.pval(fit$chisq$p.value, digits = 3L)))
    if (!is.null(fit$exact))
      cat(sprintf("%s: p = %s (an expected count is below 5)\n",
                  gsub("\\s+", " ", fit$exact$method),
                  format.pval(fit$exact$p.value, digits = 3L)))
  }
  invisible(x)
}
