# Multiple marginal independence of a check-all-that-apply item and a grouping,
# with the bootstrap resampling in C (src/resample.c).

#' Is a check-all-that-apply item independent of a grouping?
#'
#' Tests multiple marginal independence (Bilder and Loughin 2004) between a
#' multiple-response item (one logical or 0/1 column per option) and a
#' single-choice grouping such as the macro-area: for every option the 2 x r
#' table of option (ticked or not) by group gives a Pearson statistic
#' \eqn{X^2_j}; their sum \eqn{X^2_S} is the test statistic. The options
#' are not independent of each other (one answer ticks several), so
#' \eqn{X^2_S} is not chi-square distributed and its null distribution is
#' approximated in one of three ways, as in the MRCV package's
#' `MI.test()`:
#' * `"bonferroni"`: each \eqn{X^2_j} is referred to a chi-square with
#'   \eqn{r - 1} degrees of freedom and the smallest p-value is multiplied by
#'   the number of options \eqn{c}, capped at 1.
#' * `"rao-scott"`: the second-order Rao-Scott adjustment:
#'   \eqn{X^2_S (r-1) c / \sum\lambda^2}{X^2_S (r-1) c / sum(lambda^2)} on
#'   \eqn{(r-1)^2 c^2 / \sum\lambda^2}{(r-1)^2 c^2 / sum(lambda^2)}
#'   degrees of freedom, where \eqn{\lambda}{lambda} are the eigenvalues of
#'   \eqn{D^{-1} H \Sigma H'}{D^-1 H Sigma H'} built from the group-wise covariance
#'   matrices of the option indicators (Bilder and Loughin 2004, section
#'   3.2). \eqn{\sum\lambda^2}{sum(lambda^2)} is computed as the trace of the squared
#'   matrix, which equals it.
#' * `"bootstrap"`: `B` resamples under independence: the answers' option
#'   vectors are drawn with replacement from all answers, regardless of
#'   group, and dealt to the groups keeping the group sizes (the first
#'   \eqn{n_1} draws to the first group, and so on, exactly as
#'   `MI.test()` does). With \eqn{b}{b} the number of usable resamples with
#'   \eqn{X^{2*}_S \ge X^2_S}{X*_S >= X^2_S} out of \eqn{B_u}{B_u}, the
#'   p-value is \eqn{(1 + b)/(B_u + 1)}{(1 + b)/(B_u + 1)} (`p_boot =
#'   "plus-one"`, the default; Davison and Hinkley 1997, chapter 4), which
#'   counts the observed data as one of the resamples and is never 0, or
#'   MRCV's share \eqn{b/B_u}{b/B_u} (`p_boot = "mrcv"`), which can be 0
#'   and is kept to reproduce `MI.test()`. A resample in which an option counted in
#'   \eqn{X^2_S} is ticked by nobody or by everybody has no statistic and is
#'   not used (as in `MI.test()`); `B_used` says how many were used. The
#'   resampling runs in C on R's random number generator, so `set.seed()`
#'   reproduces it, and with the same seed it draws the same resamples as
#'   `MRCV::MI.test(type = "boot")` when the groups come in the same order
#'   (`MI.test()` takes them as `levels(as.factor())` of its data: a
#'   character `by` sorted alphabetically).
#'
#' As in `MI.test()`, a cell count of zero in an option's table is replaced
#' by `add_constant` (0.5) before its statistic is computed; with
#' `add_constant = 0` each \eqn{X^2_j} is `chisq.test(correct =
#' FALSE)`'s statistic on the option-by-group table.
#'
#' Unlike `MI.test()`, the test works when an option was ticked by nobody
#' (or by everybody): such an option has no statistic (`NA` in `options`),
#' and is left out of \eqn{X^2_S}, of the Bonferroni count \eqn{c} and of
#' the Rao-Scott matrices. Answers with `NA` in the grouping or in any
#' option are left out, and so are groups with no answers.
#'
#' With `method = "rao-scott"`, a group with fewer than 5 answers gives a
#' warning (class `peersurvey_small_groups`): such a group has a covariance
#' matrix near zero (exactly zero with one member), which shrinks
#' \eqn{\sum\lambda^2}{sum(lambda^2)}, inflates the degrees of freedom and
#' can make the second-order Rao-Scott p-value anti-conservative (too
#' small). `method = "bootstrap"` does not rely on the group covariances and
#' is the safer choice then. The test is still computed, as in `MI.test()`.
#'
#' @param x A data frame or matrix with one logical or 0/1 column per
#'   option, one row per answer.
#' @param by The grouping, a vector with one value per row of `x`.
#' @param method `"bonferroni"`, `"rao-scott"` or `"bootstrap"`.
#' @param B Number of bootstrap resamples (at most 1e8).
#' @param add_constant Replaces zero cell counts in each option's table
#'   (0.5 as in `MI.test()`; 0 gives the plain Pearson statistics).
#' @param p_boot The bootstrap p-value: `"plus-one"` (the default),
#'   \eqn{(1 + b)/(B_u + 1)}{(1 + b)/(B_u + 1)}, or `"mrcv"`, MRCV's
#'   \eqn{b/B_u}{b/B_u} (see the bootstrap method above).
#' @return An object of class `peer_mi_test`: a list with `statistic`
#'   (\eqn{X^2_S}), `p_value`, `method`, `options` (a data frame with each
#'   option's `statistic`, its chi-square `p_value` on \eqn{r - 1} degrees
#'   of freedom and its Bonferroni-adjusted `p_bonferroni`), `n`, `groups`,
#'   `df` (the Rao-Scott degrees of freedom and adjusted statistic in
#'   `statistic_rs2`, for that method), `B_used` and `replicates` (the
#'   bootstrap statistics, for that method) and `p_boot` (which bootstrap
#'   p-value, for that method).
#' @references Davison, A. C. and Hinkley, D. V. (1997). *Bootstrap
#'   Methods and their Application*. Cambridge University Press.
#'
#'   Bilder, C. R. and Loughin, T. M. (2004). Testing for
#'   marginal independence between two categorical variables with multiple
#'   responses. *Biometrics*, 60, 241-248.
#'
#'   Koziol, N. and Bilder, C. (2014). MRCV: A package for analyzing
#'   categorical variables with multiple response options. *The R Journal*,
#'   6(1), 144-150.
#' @examples
#' set.seed(2)
#' n <- 61
#' area <- sample(c("North", "Centre", "South"), n, replace = TRUE)
#' settings <- data.frame(cmhc = runif(n) < 0.7, day_centre = runif(n) < 0.4,
#'                        residential = runif(n) < 0.3)
#' test_multi_independence(settings, area)
#' test_multi_independence(settings, area, method = "rao-scott")
#' test_multi_independence(settings, area, method = "bootstrap", B = 499)
#' @export
test_multi_independence <- function(x, by,
                                    method = c("bonferroni", "rao-scott", "bootstrap"),
                                    B = 1999, add_constant = 0.5,
                                    p_boot = c("plus-one", "mrcv")) {
  method <- arg_match(method)
  p_boot <- arg_match(p_boot)
  check_number(B, "B", lower = 1, upper = 1e8, whole = TRUE)
  check_number(add_constant, "add_constant", lower = 0)
  if (!is.finite(add_constant))
    abort(sprintf("`add_constant` must be a finite number, not %s", format(add_constant)),
          "peersurvey_bad_argument")
  y <- resample_option_matrix(x)
  check_unique_names(colnames(y))
  check_by(by, nrow(y), what = "row of `x`")
  keep <- !is.na(by) & stats::complete.cases(y)
  y <- y[keep, , drop = FALSE]
  g <- droplevels(as.factor(by[keep]))
  r <- nlevels(g)
  n <- nrow(y)
  if (r < 2L)
    abort(sprintf("`by` must have at least two groups with answers, not %d", r),
          "peersurvey_bad_argument")
  ticked <- colSums(y)
  valid <- ticked > 0 & ticked < n
  if (!any(valid))
    abort("`x` has no option ticked by some but not all answers: nothing to test",
          "peersurvey_bad_argument")
  nboot <- if (method == "bootstrap") as.integer(B) else 0L
  res <- .Call(C_test_multi_independence, y, as.integer(g), r, nboot,
               as.double(add_constant), valid)
  x2 <- res$observed
  c <- sum(valid)
  stat <- sum(x2[valid])
  p_j <- stats::pchisq(x2, df = r - 1, lower.tail = FALSE)
  options <- data.frame(option = colnames(y), ticked = unname(ticked),
                        statistic = x2, p_value = p_j,
                        p_bonferroni = pmin(c * p_j, 1),
                        stringsAsFactors = FALSE)
  out <- list(statistic = stat, p_value = NA_real_, method = method,
              options = options, n = n, groups = levels(g), df = r - 1,
              B_used = NA_integer_, replicates = NULL)
  if (method == "bonferroni") {
    out$p_value <- min(min(p_j[valid]) * c, 1)
  } else if (method == "rao-scott") {
    ng <- tabulate(g, r)
    if (any(ng < 5L))
      warn(sprintf(paste("%s fewer than 5 answers (%s): the second-order",
                         "Rao-Scott correction can be anti-conservative with such",
                         "groups; consider `method = \"bootstrap\"`"),
                   if (sum(ng < 5L) == 1L) "A group has" else "Some groups have",
                   paste(sprintf("%s: %d", levels(g)[ng < 5L], ng[ng < 5L]),
                         collapse = ", ")),
           "peersurvey_small_groups")
    rs <- resample_rao_scott(y[, valid, drop = FALSE], g, stat)
    out$p_value <- rs$p_value
    out$df <- rs$df
    out$statistic_rs2 <- rs$statistic
  } else {
    star <- res$star
    used <- star[!is.na(star)]
    out$B_used <- length(used)
    out$replicates <- used
    # ties count as at least as extreme, up to rounding (as chisq.test())
    b <- sum(used >= stat * (1 - 64 * .Machine$double.eps))
    out$p_value <- if (!length(used)) NA_real_ else
      if (p_boot == "plus-one") (1 + b) / (length(used) + 1) else b / length(used)
    out$p_boot <- p_boot
  }
  structure(out, class = "peer_mi_test")
}

# The option columns as an integer 0/1 matrix (NA kept for complete.cases)
resample_option_matrix <- function(x, call = sys.call(-1L)) {
  if (!is.data.frame(x) && !is.matrix(x))
    abort(sprintf("`x` must be a data frame or matrix of options, not %s",
                  class(x)[1L]), "peersurvey_bad_argument", call = call)
  nm <- colnames(x)
  if (is.null(nm)) nm <- paste0("option", seq_len(ncol(x)))
  if (ncol(x) == 0L || nrow(x) == 0L)
    abort("`x` must have at least one option column and one row",
          "peersurvey_bad_argument", call = call)
  cols <- lapply(seq_len(ncol(x)), function(j) {
    v <- if (is.data.frame(x)) x[[j]] else x[, j]
    if (is.factor(v) || !(is.logical(v) || is.numeric(v)))
      abort(sprintf("`x` column \"%s\" must be logical or 0/1, not %s", nm[j],
                    class(v)[1L]), "peersurvey_bad_argument", call = call)
    bad <- which(!is.na(v) & !(v %in% c(0, 1)))
    if (length(bad))
      abort(sprintf("`x` column \"%s\" must hold only 0/1 or TRUE/FALSE: %s is %s",
                    nm[j], show_rows(bad[1L]), v[bad[1L]]),
            "peersurvey_bad_argument", call = call)
    as.integer(v)
  })
  y <- matrix(unlist(cols, use.names = FALSE), nrow(x), ncol(x))
  colnames(y) <- nm
  y
}

# Second-order Rao-Scott adjustment of X^2_S (Bilder and Loughin 2004),
# computed on the r x c structure directly rather than on the 2^c cells
resample_rao_scott <- function(y, g, stat) {
  n <- nrow(y)
  c <- ncol(y)
  r <- nlevels(g)
  ni <- as.vector(table(g))
  a <- ni / n
  pj <- colSums(y) / n
  # H Sigma H' with Sigma = blockdiag(Cov_i / a_i) (covariances with
  # divisor n_i) and H = I - (J A) (x) I_c
  S <- matrix(0, r * c, r * c)
  blocks <- lapply(seq_len(r), function(i) {
    yi <- y[g == levels(g)[i], , drop = FALSE]
    m <- colMeans(yi)
    (crossprod(yi) / nrow(yi) - tcrossprod(m)) / a[i]
  })
  for (i in seq_len(r)) {
    idx <- (i - 1) * c + seq_len(c)
    S[idx, idx] <- blocks[[i]]
  }
  H <- diag(r * c) - kronecker(matrix(1, r, r) %*% diag(a, r), diag(c))
  Dinv <- rep(ni / n, each = c) / rep(pj * (1 - pj), times = r)
  M <- Dinv * (H %*% S %*% t(H))
  sum_l2 <- sum(M * t(M))
  stat_rs2 <- (r - 1) * c * stat / sum_l2
  df <- (r - 1)^2 * c^2 / sum_l2
  list(statistic = stat_rs2, df = df,
       p_value = stats::pchisq(stat_rs2, df, lower.tail = FALSE))
}

#' @export
print.peer_mi_test <- function(x, ...) {
  cat("<peer_mi_test> multiple marginal independence,", x$method, "\n")
  cat(sprintf("X^2_S = %.4g over %d options, %d groups, n = %d", x$statistic,
              sum(!is.na(x$options$statistic)), length(x$groups), x$n))
  if (x$method == "rao-scott")
    cat(sprintf("; adjusted %.4g on %.4g df", x$statistic_rs2, x$df))
  if (x$method == "bootstrap")
    cat(sprintf("; %d resamples, p-value %s", x$B_used,
                if (identical(x$p_boot, "mrcv")) "#/B (MRCV)" else "(1 + #)/(B + 1)"))
  cat(sprintf("\np-value = %s\n", format.pval(x$p_value, digits = 4)))
  invisible(x)
}
