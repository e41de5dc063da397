# Response to a census-like survey: who was invited, who answered.

#' Response rates against a sampling frame
#'
#' Counts the departments invited (the frame) and those that responded (the
#' survey), overall and by group, with Wilson score intervals from
#' [prop_ci()], and tests whether the respondents are spread over the groups
#' as the frame is.
#'
#' @section The test of spread:
#' With `by`, the counts of respondents per group are compared with the
#' shares of the frame by Pearson's chi-square goodness-of-fit test
#' (`stats::chisq.test(responded, p = invited / sum(invited))`). When an
#' expected count is below 5 the chi-square approximation is poor, and an
#' exact multinomial test is added: the p-value is the total probability,
#' under the frame's shares, of every split of the respondents over the
#' groups that is no more probable than the one observed. The splits are
#' enumerated when there are at most `max_enumerate` of them
#' (`choose(responded + groups - 1, groups - 1)`); otherwise the p-value is
#' estimated by `stats::chisq.test(simulate.p.value = TRUE, B = B)`, which
#' uses the chi-square statistic as the ordering and R's random number
#' generator (call `set.seed()` first for a reproducible value).
#'
#' @param survey A `peer_survey` or any data frame with the column `id`.
#' @param frame A data frame of the invited units, one row each, with the
#'   column `id` and the grouping columns.
#' @param by `NULL` for the overall rate only, or the name of a column of
#'   `frame` to group by (such as `"macro_area"` or `"region"`).
#' @param id Name of the unit id column in both tables.
#' @param conf Confidence level of the intervals.
#' @param max_enumerate Largest number of splits the exact test enumerates.
#' @param B Number of Monte Carlo replicates when the splits are too many.
#' @param test Whether to test the spread of respondents over the groups
#'   (only with `by`); `FALSE` skips it, and with it any Monte Carlo draw.
#' @return A data frame of class `peer_response` with columns `group`,
#'   `invited`, `responded`, `rate`, `lower`, `upper`: one row per group
#'   (in the order of the levels of `frame[[by]]`) and last the overall row,
#'   whose `group` is `"All"`. Attribute `"fit"` holds the test of spread, a
#'   list with `chisq` (the `htest` of `chisq.test()`), `exact` (an `htest`
#'   for the exact or Monte Carlo multinomial test, or `NULL` when all
#'   expected counts are at least 5) and `expected` (expected respondents
#'   per group); `NULL` without `by` or with `test = FALSE`.
#' @seealso [mhd_frame], [prop_ci()].
#' @examples
#' response_rates(mhd_survey_2025, mhd_frame)
#' r <- response_rates(mhd_survey_2025, mhd_frame, by = "macro_area")
#' r
#' attr(r, "fit")$chisq$p.value
#' @export
response_rates <- function(survey, frame, by = NULL, id = "mhd_id", conf = 0.95,
                           max_enumerate = 2e6, B = 10000, test = TRUE) {
  if (!is.data.frame(survey))
    abort(sprintf("`survey` must be a data frame, not %s", class(survey)[1L]),
          "peersurvey_bad_argument")
  if (!is.data.frame(frame))
    abort(sprintf("`frame` must be a data frame, not %s", class(frame)[1L]),
          "peersurvey_bad_argument")
  if (!is.character(id) || length(id) != 1L || is.na(id))
    abort("`id` must be a single column name", "peersurvey_bad_argument")
  for (a in c("survey", "frame")) {
    tb <- if (a == "survey") survey else frame
    if (is.null(tb[[id]]))
      abort(sprintf("`%s` has no column %s", a, show_values(id)), "peersurvey_bad_argument")
  }
  check_number(conf, "conf", lower = 0, upper = 1)
  check_number(max_enumerate, "max_enumerate", lower = 0)
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
    if (test) fit <- response_fit(res_g, inv_g, levels(g), max_enumerate, B)
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

# Goodness of fit of respondents' spread over groups to the frame's shares
response_fit <- function(x, invited, groups, max_enumerate, B) {
  p <- invited / sum(invited)
  names(x) <- groups
  chisq <- suppressWarnings(stats::chisq.test(x, p = p))
  chisq$data.name <- "respondents per group against the frame's shares"
  expected <- sum(x) * p
  names(expected) <- groups
  exact <- NULL
  if (length(x) > 1L && any(expected < 5)) {
    n <- sum(x)
    k <- length(x)
    count <- choose(n + k - 1, k - 1)
    if (count <= max_enumerate) {
      pv <- multinom_exact_p(x, p)
      method <- "Exact multinomial goodness-of-fit test (all splits enumerated)"
    } else {
      sim <- suppressWarnings(stats::chisq.test(x, p = p, simulate.p.value = TRUE, B = B))
      pv <- sim$p.value
      method <- sprintf(paste("Multinomial goodness-of-fit test, Monte Carlo p-value",
                              "of the chi-square statistic (%d replicates)"), B)
    }
    exact <- structure(list(p.value = pv, method = method,
                            data.name = chisq$data.name, observed = x, expected = expected),
                       class = "htest")
  }
  list(chisq = chisq, exact = exact, expected = expected)
}

# Exact multinomial p-value: the probability of all splits no more probable
# than the observed one (with a relative tolerance, as in the EMT package)
multinom_exact_p <- function(x, p) {
  n <- sum(x)
  k <- length(x)
  if (k == 1L) return(1)
  # enumerate compositions of n into k parts, one part at a time
  m <- matrix(0:n, ncol = 1L)
  rem <- n - m[, 1L]
  if (k > 2L) for (j in 2:(k - 1L)) {
    reps <- rem + 1L
    idx <- rep.int(seq_len(nrow(m)), reps)
    nxt <- sequence(reps) - 1L
    m <- cbind(m[idx, , drop = FALSE], nxt)
    rem <- rem[idx] - nxt
  }
  m <- cbind(m, rem)
  lp <- log(p)
  logprob <- lgamma(n + 1) - rowSums(lgamma(m + 1)) +
    as.vector(m[, p > 0, drop = FALSE] %*% lp[p > 0])
  logprob[rowSums(m[, p == 0, drop = FALSE]) > 0] <- -Inf
  obs <- lgamma(n + 1) - sum(lgamma(x + 1)) + sum((x * lp)[p > 0])
  if (any(x[p == 0] > 0)) obs <- -Inf
  min(1, sum(exp(logprob[logprob <= obs + 1e-7])))
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
    cat(sprintf("Spread of respondents against the frame: chi-square = %.3f, df = %d, p = %s\n",
                fit$chisq$statistic, as.integer(fit$chisq$parameter),
                format.pval(fit$chisq$p.value, digits = 3L)))
    if (!is.null(fit$exact))
      cat(sprintf("%s: p = %s (an expected count is below 5)\n", fit$exact$method,
                  format.pval(fit$exact$p.value, digits = 3L)))
  }
  invisible(x)
}
