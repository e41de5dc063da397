#' Confidence intervals for proportions, with a finite population
#'
#' Intervals for the share of units with a trait, from `x` units with the
#' trait among `n` observed, optionally out of a finite population of `N`
#' units (for example all the departments invited to a national survey).
#' Vectorised over `x`, `n` and `N`.
#'
#' @section Methods:
#' Let \eqn{p = x/n}, \eqn{z} the \eqn{1 - \alpha/2} normal quantile with
#' \eqn{\alpha = 1 - } `conf`, and the finite population correction
#' \eqn{f = (N - n)/(N - 1)} (\eqn{f = 1} when `N = Inf`, \eqn{f = 0} when
#' `n = N`), so that the variance of \eqn{p} under sampling without
#' replacement is \eqn{f p(1-p)/n} (Cochran 1977, eq. 3.5).
#' * `"wilson"`: the score interval (Wilson 1927), the roots in \eqn{P} of
#'   \eqn{(p - P)^2 = z^2 f P(1-P)/n}, that is the Wilson formula with
#'   \eqn{z^2} replaced by \eqn{z^2 f}:
#'   \deqn{\frac{p + \frac{z^2 f}{2n} \pm z\sqrt{f}\sqrt{\frac{p(1-p)}{n} +
#'   \frac{z^2 f}{4n^2}}}{1 + z^2 f/n}}{(p + z^2 f/(2n) +- z sqrt(f) sqrt(p(1-p)/n +
#'   z^2 f/(4n^2))) / (1 + z^2 f/n)}
#'   with lower bound 0 when `x = 0` and upper bound 1 when `x = n`. With
#'   `N = Inf` it equals `prop.test(x, n, correct = FALSE)$conf.int`.
#' * `"wald"`: \eqn{p \pm z\sqrt{v}}{p +- z sqrt(v)}, clipped to
#'   \eqn{[0, 1]}. With `N = Inf` \eqn{v = p(1-p)/n}, the textbook Wald
#'   interval. With a finite `N`, \eqn{v} is the unbiased estimator of the
#'   variance of \eqn{p} under simple random sampling without replacement,
#'   \eqn{v = (1 - n/N)\,p(1-p)/(n-1)}{v = (1 - n/N) p(1-p)/(n-1)} (Cochran
#'   1977, chapter 3), the same variance as `estimate_prop()`,
#'   `survey::svymean()` on a design with a finite population correction and
#'   `samplingbook::Sprop()`; it is undefined for \eqn{n = 1 < N}, where the
#'   interval is every share the counts allow. Unlike `estimate_prop()`
#'   (which, as `confint()` of the survey package, does not), the interval is
#'   kept within the shares the counts allow: with \eqn{x} of \eqn{n}
#'   answering yes, between \eqn{x/N} and \eqn{(x + N - n)/N}.
#' * `"clopper-pearson"`: the exact binomial interval, equal to
#'   `binom.test(x, n)$conf.int` (beta quantiles; 0 and 1 at the ends).
#' * `"agresti-coull"`: Agresti and Coull (1998): \eqn{\tilde n = n + z^2}{n~ = n + z^2},
#'   \eqn{\tilde p = (x + z^2/2)/\tilde n}{p~ = (x + z^2/2)/n~},
#'   \eqn{\tilde p \pm z\sqrt{\tilde p(1-\tilde p)/\tilde n}}{p~ +- z sqrt(p~(1-p~)/n~)},
#'   clipped to \eqn{[0, 1]}.
#' * `"jeffreys"`: equal-tailed Jeffreys interval, the
#'   \eqn{\alpha/2} and \eqn{1-\alpha/2} quantiles of
#'   Beta\eqn{(x + 1/2, n - x + 1/2)}, with lower bound 0 when `x = 0` and
#'   upper bound 1 when `x = n` (Brown, Cai and DasGupta 2001).
#' * `"hypergeometric"`: the exact interval for the share \eqn{M/N} of the
#'   `N` population units with the trait when `n` were observed without
#'   replacement. It holds the counts \eqn{M} not rejected by either
#'   one-sided hypergeometric test at level \eqn{\alpha/2}, i.e. with
#'   \eqn{P(X \ge x \mid M) > \alpha/2}{P(X >= x | M) > alpha/2} and
#'   \eqn{P(X \le x \mid M) > \alpha/2}{P(X <= x | M) > alpha/2}. The
#'   bounds are counts of population units, returned exactly as the integer
#'   columns `lower_count` and `upper_count`; `lower` and `upper` are those
#'   counts divided by `N` (the nearest doubles), so `round(lower * N)` gives
#'   the count back. In floating point `lower * N` itself can miss the whole
#'   number by a unit in the last place (no double \eqn{q} has \eqn{q
#'   \times 135}{q * 135} exactly 39, for example): compare counts, not
#'   products. Needs a finite `N`. The search runs in C on R's `phyper()`.
#'
#' With a finite `N` the population share cannot be below \eqn{x/N} nor
#' above \eqn{(N - n + x)/N}: the Wilson and Wald intervals are clipped to
#' that range (the hypergeometric one lies within it already).
#'
#' Clopper-Pearson, Agresti-Coull and Jeffreys are binomial intervals and
#' ignore `N` (with a large sampling fraction they are conservative): for
#' them the result reports `N = Inf`, the population the interval is for
#' (`n` is still checked against the `N` given).
#'
#' @section Which exact interval:
#' `samplingbook::Sprop()` also reports an exact hypergeometric interval
#' for finite `N`, but its search moves each bound one population unit
#' outward past the last count that its test accepts (its lower count is
#' \eqn{\max(M_L - 1, x)} and its upper count \eqn{\min(M_U + 1, N - n +
#' x)} where \eqn{[M_L, M_U]} is the interval given here), and above
#' \eqn{N = 100000} it switches to `N = Inf`. Its interval is therefore
#' wider by up to two units out of `N` and has coverage above `conf`; the
#' `"hypergeometric"` interval here is the shortest interval made of the
#' counts the two one-sided tests accept, with coverage at least `conf`.
#' Use `"hypergeometric"` for a census-like survey of a known finite
#' population (such as the 135 departments, almost half of which answered);
#' use `"wilson"` with `N` when an approximate interval with near-nominal
#' coverage is preferred; use `Sprop()` only to reproduce results already
#' published with it.
#'
#' @param x Number of units with the trait (whole numbers, \eqn{0 \le x \le
#'   n}).
#' @param n Number of units observed (whole numbers, \eqn{n \le N}). A zero
#'   `n` gives an estimate `NA` and the interval \eqn{[0, 1]} with every
#'   method and every `N`, `N = 0` included.
#' @param N Population size: `Inf` (the default) for an infinite population,
#'   or whole numbers.
#' @param conf Confidence level, a number strictly between 0 and 1.
#' @param method One of the methods below.
#' @return A data frame of class `peer_estimate` (see
#'   [print.peer_estimate()]) with one row per element of the recycled `x`,
#'   `n` and `N`, and columns `x`, `n`, `N` (the population size used: `Inf`
#'   for the binomial methods `"clopper-pearson"`, `"agresti-coull"` and
#'   `"jeffreys"`, which ignore it), `estimate` (\eqn{x/n}), `lower`,
#'   `upper` (shares between 0 and 1) and `method`; for `"hypergeometric"`
#'   also `lower_count` and `upper_count`, the bounds as counts of
#'   population units (integers; doubles when `N` exceeds
#'   `.Machine$integer.max`).
#'   Attribute `"conf"` holds the confidence level.
#' @references
#' Agresti, A. and Coull, B. A. (1998). Approximate is better than "exact"
#' for interval estimation of binomial proportions. *The American
#' Statistician*, 52, 119-126.
#'
#' Brown, L. D., Cai, T. T. and DasGupta, A. (2001). Interval estimation for
#' a binomial proportion. *Statistical Science*, 16, 101-133.
#'
#' Cochran, W. G. (1977). *Sampling Techniques*, 3rd ed. Wiley, chapter 3.
#'
#' Wilson, E. B. (1927). Probable inference, the law of succession, and
#' statistical inference. *Journal of the American Statistical Association*,
#' 22, 209-212.
#' @examples
#' # 34 of 61 responding departments run peer support
#' prop_ci(34, 61)
#' # ... out of the 135 departments invited
#' prop_ci(34, 61, N = 135)
#' prop_ci(34, 61, N = 135, method = "hypergeometric")
#' # several counts at once, including the ends
#' prop_ci(c(0, 1, 2, 10), 10, method = "clopper-pearson")
#' @export
prop_ci <- function(x, n, N = Inf, conf = 0.95,
                    method = c("wilson", "clopper-pearson", "agresti-coull",
                               "jeffreys", "wald", "hypergeometric")) {
  method <- arg_match(method)
  check_conf(conf)
  call <- sys.call()
  x <- ci_check_counts(x, "x", call = call)
  n <- ci_check_counts(n, "n", call = call)
  N <- ci_check_counts(N, "N", infinite = TRUE, call = call)
  len <- ci_common_length(list(x = x, n = n, N = N), call = call)
  x <- rep_len(x, len)
  n <- rep_len(n, len)
  N <- rep_len(N, len)
  bad <- which(x > n)
  if (length(bad))
    abort(sprintf("`x` must not exceed `n`: at position %s x = %s but n = %s",
                  bad[1L], x[bad[1L]], n[bad[1L]]), "peersurvey_bad_argument")
  bad <- which(n > N)
  if (length(bad))
    abort(sprintf("`n` must not exceed `N`: at position %s n = %s but N = %s",
                  bad[1L], n[bad[1L]], N[bad[1L]]), "peersurvey_bad_argument")
  if (method == "hypergeometric" && any(inf <- is.infinite(N)))
    abort(sprintf(paste("`N` must be finite for the \"hypergeometric\" method:",
                        "position %s is Inf"), which(inf)[1L]),
          "peersurvey_bad_argument")
  # above 2^53 whole numbers are not all doubles: the search for the bounds
  # could not tell neighbouring counts apart
  if (method == "hypergeometric" && any(big <- N > 2^53))
    abort(sprintf(paste("`N` must be at most 2^53 = 9007199254740992 for the",
                        "\"hypergeometric\" method: position %s is %s; use another method,",
                        "such as \"wilson\", for so large a population"),
                  which(big)[1L], format(N[which(big)[1L]], digits = 15)),
          "peersurvey_bad_argument")

  est <- x / n
  est[n == 0] <- NA_real_
  ci <- ci_bounds(x, n, N, conf, method)
  empty <- n == 0
  ci$lower[empty] <- 0
  ci$upper[empty] <- 1
  if (method %in% c("clopper-pearson", "agresti-coull", "jeffreys")) {
    N <- rep_len(Inf, len)  # binomial intervals: the population is infinite
  } else if (method != "hypergeometric") {
    # with finite N the share cannot be below x/N nor above (N - n + x)/N;
    # with n = 0 that is [0, 1] already (and 0/0 when N = 0 too)
    fin <- is.finite(N) & !empty
    ci$lower[fin] <- pmax(ci$lower[fin], x[fin] / N[fin])
    ci$upper[fin] <- pmin(ci$upper[fin], (N[fin] - n[fin] + x[fin]) / N[fin])
  }
  out <- data.frame(x = x, n = n, N = N, estimate = est, lower = ci$lower,
                    upper = ci$upper, method = rep_len(method, len),
                    stringsAsFactors = FALSE)
  if (method == "hypergeometric") {
    out$lower_count <- ci_as_count(ci$lower_count, N)
    out$upper_count <- ci_as_count(ci$upper_count, N)
  }
  attr(out, "conf") <- conf
  class(out) <- c("peer_estimate", "data.frame")
  out
}

# Whole non-negative counts, as doubles; `infinite` allows Inf (for N)
ci_check_counts <- function(v, arg, infinite = FALSE, call = sys.call(-1L)) {
  if (is.logical(v) && length(v) && all(is.na(v))) v <- as.numeric(v)
  if (!is.numeric(v) || is.object(v))
    abort(sprintf("`%s` must be a numeric vector of counts, not %s", arg,
                  class(v)[1L]), "peersurvey_bad_argument", call = call)
  v <- as.double(v)
  bad <- which(is.na(v))
  if (length(bad))
    abort(sprintf("`%s` must not be NA: position %s is NA", arg, bad[1L]),
          "peersurvey_bad_argument", call = call)
  bad <- which(v < 0)
  if (length(bad))
    abort(sprintf("`%s` must not be negative: position %s is %s", arg, bad[1L],
                  v[bad[1L]]), "peersurvey_bad_argument", call = call)
  bad <- which(if (infinite) is.finite(v) & v != round(v) else
                 !is.finite(v) | v != round(v))
  if (length(bad))
    abort(sprintf("`%s` must hold whole numbers: position %s is %s", arg,
                  bad[1L], v[bad[1L]]), "peersurvey_bad_argument", call = call)
  v
}

ci_common_length <- function(args, call = sys.call(-1L)) {
  lens <- lengths(args)
  # no counts give no estimates; no sample or population for some counts
  # is an error, not an empty result
  if (lens[[1L]] == 0L) return(0L)
  if (any(lens == 0L)) {
    bad <- names(args)[lens == 0L][1L]
    abort(sprintf("`%s` must have length 1 or %d (the length of `%s`), not 0", bad, lens[[1L]],
                  names(args)[1L]), "peersurvey_bad_argument", call = call)
  }
  len <- max(lens)
  bad <- names(args)[lens != 1L & lens != len]
  if (length(bad))
    abort(sprintf("`%s` must have length 1 or %d, not %d", bad[1L], len,
                  lens[[bad[1L]]]), "peersurvey_bad_argument", call = call)
  len
}

# Bounds for validated, recycled counts (n may be 0: the caller overwrites)
ci_bounds <- function(x, n, N, conf, method) {
  alpha <- 1 - conf
  z <- stats::qnorm((1 + conf) / 2)
  p <- x / n
  fpc <- ifelse(N == n, 0, ifelse(is.infinite(N), 1, (N - n) / (N - 1)))
  switch(method,
    wilson = {
      # prop.test()'s formula with z^2 scaled by the correction
      zf <- z * sqrt(fpc)
      z22n <- zf^2 / (2 * n)
      den <- 1 + 2 * z22n
      rad <- zf * sqrt(p * (1 - p) / n + z22n / (2 * n))
      list(lower = ifelse(x == 0, 0, (p + z22n - rad) / den),
           upper = ifelse(x == n, 1, (p + z22n + rad) / den))
    },
    wald = {
      # infinite N: the textbook Wald variance p(1 - p)/n; finite N: the
      # unbiased design-based estimator (1 - n/N) p(1 - p)/(n - 1), as
      # survey::svymean() and estimate_prop() (undefined for n = 1 < N:
      # the interval is then every share the counts allow)
      v <- ifelse(is.infinite(N), p * (1 - p) / n,
                  ifelse(N == n, 0, (1 - n / N) * p * (1 - p) / (n - 1)))
      v[is.nan(v) | (n == 1 & N > 1 & is.finite(N))] <- Inf
      h <- z * sqrt(v)
      list(lower = pmax(0, p - h), upper = pmin(1, p + h))
    },
    "clopper-pearson" = {
      lo <- hi <- numeric(length(x))
      i <- x > 0
      lo[i] <- stats::qbeta(alpha / 2, x[i], n[i] - x[i] + 1)
      hi[] <- 1
      i <- x < n
      hi[i] <- stats::qbeta(1 - alpha / 2, x[i] + 1, n[i] - x[i])
      list(lower = lo, upper = hi)
    },
    "agresti-coull" = {
      nt <- n + z^2
      pt <- (x + z^2 / 2) / nt
      h <- z * sqrt(pt * (1 - pt) / nt)
      list(lower = pmax(0, pt - h), upper = pmin(1, pt + h))
    },
    jeffreys = {
      lo <- numeric(length(x))
      hi <- rep(1, length(x))
      i <- x > 0 & n > 0
      lo[i] <- stats::qbeta(alpha / 2, x[i] + 0.5, n[i] - x[i] + 0.5)
      i <- x < n
      hi[i] <- stats::qbeta(1 - alpha / 2, x[i] + 0.5, n[i] - x[i] + 0.5)
      list(lower = lo, upper = hi)
    },
    hypergeometric = {
      m <- .Call(C_prop_ci, x, n, N, conf)
      list(lower = m[, 1L] / N, upper = m[, 2L] / N,
           lower_count = m[, 1L], upper_count = m[, 2L])
    }
  )
}

# Counts of population units as integers when every N fits, doubles beyond
ci_as_count <- function(v, N) {
  if (all(N <= .Machine$integer.max)) as.integer(v) else v
}
