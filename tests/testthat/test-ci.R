test_that("Clopper-Pearson equals binom.test() at every count", {
  for (n in c(1, 2, 3, 7, 20, 61)) for (conf in c(0.9, 0.95, 0.99)) {
    r <- prop_ci(0:n, n, conf = conf, method = "clopper-pearson")
    ref <- t(vapply(0:n, function(x) binom.test(x, n, conf.level = conf)$conf.int,
                    numeric(2)))
    expect_equal(r$lower, ref[, 1], tolerance = 1e-10)
    expect_equal(r$upper, ref[, 2], tolerance = 1e-10)
    expect_equal(r$estimate, (0:n) / n)
  }
})

test_that("Wilson with an infinite population equals prop.test(correct = FALSE)", {
  for (n in c(1, 2, 5, 13, 61, 200)) for (conf in c(0.8, 0.95)) {
    r <- prop_ci(0:n, n, conf = conf)
    ref <- t(vapply(0:n, function(x)
      suppressWarnings(prop.test(x, n, conf.level = conf, correct = FALSE))$conf.int,
      numeric(2)))
    expect_equal(r$lower, ref[, 1], tolerance = 1e-10)
    expect_equal(r$upper, ref[, 2], tolerance = 1e-10)
  }
})

test_that("Wilson for 34 of 61 matches the closed formula, with and without N", {
  x <- 34; n <- 61; z <- qnorm(0.975); p <- x / n
  wilson <- function(z2) {
    c((p + z2 / (2 * n) - sqrt(z2) * sqrt(p * (1 - p) / n + z2 / (4 * n^2))) / (1 + z2 / n),
      (p + z2 / (2 * n) + sqrt(z2) * sqrt(p * (1 - p) / n + z2 / (4 * n^2))) / (1 + z2 / n))
  }
  r <- prop_ci(x, n)
  expect_equal(c(r$lower, r$upper), wilson(z^2), tolerance = 1e-12)
  expect_equal(c(r$lower, r$upper), c(0.43303, 0.67492), tolerance = 1e-4)
  f <- (135 - 61) / (135 - 1)
  r <- prop_ci(x, n, N = 135)
  expect_equal(c(r$lower, r$upper), wilson(z^2 * f), tolerance = 1e-12)
  # the corrected interval solves (p - P)^2 = z^2 f P (1 - P) / n at both ends
  P <- c(r$lower, r$upper)
  expect_equal((p - P)^2, z^2 * f * P * (1 - P) / n, tolerance = 1e-10)
  expect_equal(r$N, 135)
})

test_that("Wald with finite N uses the unbiased variance and is clipped", {
  x <- c(0, 3, 34, 61); n <- 61; N <- 135; z <- qnorm(0.975)
  p <- x / n
  h <- z * sqrt((1 - n / N) * p * (1 - p) / (n - 1))
  r <- prop_ci(x, n, N, method = "wald")
  expect_equal(r$lower, pmax(x / N, p - h))
  expect_equal(r$upper, pmin((N - n + x) / N, p + h))
  r <- prop_ci(x, n, method = "wald")
  h <- z * sqrt(p * (1 - p) / n)
  expect_equal(r$upper, pmin(1, p + h))
  # a census has no sampling error
  r <- prop_ci(c(0, 4, 10), 10, 10, method = "wald")
  expect_equal(r$lower, c(0, 0.4, 1)); expect_equal(r$upper, c(0, 0.4, 1))
  r <- prop_ci(c(0, 4, 10), 10, 10, method = "wilson")
  expect_equal(r$lower, c(0, 0.4, 1)); expect_equal(r$upper, c(0, 0.4, 1))
})

test_that("Wald with finite N equals survey::svymean() and samplingbook::Sprop()", {
  skip_if_not_installed("survey")
  skip_if_not_installed("samplingbook")
  set.seed(21)
  for (i in 1:12) {
    N <- sample(20:400, 1); n <- sample(2:(N - 1), 1); x <- sample(1:(n - 1), 1)
    conf <- sample(c(0.9, 0.95, 0.99), 1)
    r <- prop_ci(x, n, N, conf = conf, method = "wald")
    d <- data.frame(y = rep(c(1, 0), c(x, n - x)), fpc = N)
    des <- survey::svydesign(ids = ~1, fpc = ~fpc, data = d)
    m <- survey::svymean(~y, des)
    ci <- confint(m, level = conf)
    lo <- max(ci[1], x / N); hi <- min(ci[2], (N - n + x) / N)
    expect_equal(c(r$lower, r$upper), c(lo, hi), tolerance = 1e-10)
    s <- samplingbook::Sprop(m = x, n = n, N = N, level = conf)
    expect_equal(c(r$lower, r$upper), c(max(s$ci$approx[1], x / N),
                                        min(s$ci$approx[2], (N - n + x) / N)),
                 tolerance = 1e-10)
  }
  # the survey's own figure: 34 of 61 out of 135
  d <- data.frame(y = rep(c(1, 0), c(34, 27)), fpc = 135)
  ci <- confint(survey::svymean(~y, survey::svydesign(ids = ~1, fpc = ~fpc, data = d)))
  r <- prop_ci(34, 61, N = 135, method = "wald")
  expect_equal(c(r$lower, r$upper), unname(c(ci[1], ci[2])), tolerance = 1e-10)
  # one respondent out of many: no variance estimate, every possible share
  r <- prop_ci(c(0, 1), 1, 10, method = "wald")
  expect_equal(r$lower, c(0, 1 / 10)); expect_equal(r$upper, c(9 / 10, 1))
})

test_that("finite-population intervals stay within [x/N, (N - n + x)/N]", {
  set.seed(22)
  cnt <- ci_random_counts(300, Nmax = 200)
  for (m in c("wilson", "wald", "hypergeometric")) {
    r <- prop_ci(cnt$x, cnt$n, cnt$N, method = m)
    expect_true(all(r$lower >= cnt$x / cnt$N - 1e-15))
    expect_true(all(r$upper <= (cnt$N - cnt$n + cnt$x) / cnt$N + 1e-15))
    expect_true(all(r$lower <= r$upper))
  }
  # Wilson's lower bound for 1 of 100 out of 135 would be below 1/135
  r <- prop_ci(1, 100, N = 135)
  expect_equal(r$lower, 1 / 135)
  z2 <- qnorm(0.975)^2 * (135 - 100) / 134; p <- 0.01; n <- 100
  raw <- (p + z2 / (2 * n) - sqrt(z2) * sqrt(p * (1 - p) / n + z2 / (4 * n^2))) / (1 + z2 / n)
  expect_lt(raw, 1 / 135)
  expect_equal(r$upper, (p + z2 / (2 * n) + sqrt(z2) * sqrt(p * (1 - p) / n + z2 / (4 * n^2))) /
                 (1 + z2 / n))
  # the binomial methods ignore N and are not clipped to it
  r <- prop_ci(1, 100, N = 135, method = "clopper-pearson")
  expect_equal(r$lower, binom.test(1, 100)$conf.int[1])
})

test_that("hypergeometric bounds are counts, returned as integers", {
  r <- prop_ci(10, 17, N = 135, conf = 0.99, method = "hypergeometric")
  expect_identical(r$lower_count, as.integer(ci_brute_hyper(10, 17, 135, 0.99)[1]))
  expect_identical(r$upper_count, as.integer(ci_brute_hyper(10, 17, 135, 0.99)[2]))
  expect_identical(r$lower, r$lower_count / 135)
  set.seed(23)
  cnt <- ci_random_counts(400, Nmax = 3000)
  r <- prop_ci(cnt$x, cnt$n, cnt$N, method = "hypergeometric")
  expect_type(r$lower_count, "integer"); expect_type(r$upper_count, "integer")
  ref <- t(mapply(ci_brute_hyper, cnt$x, cnt$n, cnt$N))
  expect_identical(r$lower_count, as.integer(ref[, 1]))
  expect_identical(r$upper_count, as.integer(ref[, 2]))
  expect_identical(r$lower, r$lower_count / cnt$N)
  expect_identical(r$upper, r$upper_count / cnt$N)
  expect_true(all(round(r$lower * r$N) == r$lower_count))
  expect_true(all(round(r$upper * r$N) == r$upper_count))
  # counts above the integer range stay doubles
  r <- prop_ci(5, 10, 3e9, method = "hypergeometric")
  expect_type(r$lower_count, "double")
  # the smallest count whose upper tail exceeds 2.5%
  M <- r$lower_count; N <- 3e9
  expect_gt(phyper(4, M, N - M, 10, lower.tail = FALSE), 0.025)
  expect_lte(phyper(4, M - 1, N - M + 1, 10, lower.tail = FALSE), 0.025)
  # up to 2^53 the bounds are exact, and near the binomial ones
  r <- prop_ci(3, 10, N = 2^53, method = "hypergeometric")
  expect_equal(c(r$lower, r$upper), binom.test(3, 10)$conf.int[1:2], tolerance = 1e-9)
  # above, whole numbers are not all doubles: an error names N and its position
  expect_error(prop_ci(3, 10, N = c(100, 2^60), method = "hypergeometric"),
               "`N` must be at most 2\\^53.*position 2 is 1152921504606846976",
               class = "peersurvey_bad_argument")
})

test_that("prop_ci() returns a peer_estimate that prints, formats and converts", {
  r <- prop_ci(c(34, 0), 61, N = 135, method = "hypergeometric")
  expect_s3_class(r, c("peer_estimate", "data.frame"), exact = TRUE)
  expect_equal(attr(r, "conf"), 0.95)
  expect_output(print(r), "<peer_estimate> 2 estimates \\(per cent\\), 95% intervals \\(hypergeometric\\)")
  f <- format(r)
  expect_true(all(vapply(f, is.character, logical(1))))
  expect_equal(f[["estimate_%"]], sprintf("%.1f", 100 * r$estimate))
  expect_equal(f$ci, sprintf("[%.1f, %.1f]", 100 * r$lower, 100 * r$upper))
  f <- format(r, digits = 3, percent = FALSE)
  expect_equal(f$estimate, sprintf("%.3f", r$estimate))
  d <- as.data.frame(r)
  expect_identical(class(d), "data.frame")
  expect_null(attr(d, "conf"))
  expect_equal(d$lower, unclass(r)$lower)
  # any data frame with estimate, lower, upper (and optional columns)
  e <- structure(data.frame(item = c("a", "b"), level = c("yes", "yes"),
                            estimate = c(0.5, NA), se = c(0.1, NA), lower = c(0.3, NA),
                            upper = c(0.7, NA), conf = 0.9, method = c("m1", "m2")),
                 class = c("peer_estimate", "data.frame"))
  expect_output(print(e), "90% intervals")
  expect_equal(format(e)$ci, c("[30.0, 70.0]", "NA"))
  expect_equal(format(e)$se, c("10.0", "NA"))
  expect_equal(format(e)$method, c("m1", "m2"))
  # columns subset away from the core print as a data frame
  expect_output(print(r[c("x", "n")]), "34")
  expect_output(print(r[0, ]), "0 estimates")
  expect_error(format(r, digits = -1), "`digits`", class = "peersurvey_bad_argument")
})

test_that("Agresti-Coull and Jeffreys follow their definitions", {
  n <- 17; x <- 0:n; conf <- 0.9; z <- qnorm(0.95)
  nt <- n + z^2; pt <- (x + z^2 / 2) / nt
  r <- prop_ci(x, n, conf = conf, method = "agresti-coull")
  expect_equal(r$lower, pmax(0, pt - z * sqrt(pt * (1 - pt) / nt)))
  expect_equal(r$upper, pmin(1, pt + z * sqrt(pt * (1 - pt) / nt)))
  expect_true(all(r$lower >= 0 & r$upper <= 1))
  r <- prop_ci(x, n, conf = conf, method = "jeffreys")
  lo <- qbeta(0.05, x + 0.5, n - x + 0.5); hi <- qbeta(0.95, x + 0.5, n - x + 0.5)
  expect_equal(r$lower, c(0, lo[-1]))
  expect_equal(r$upper, c(hi[-(n + 1)], 1))
})

test_that("the hypergeometric interval equals a scan over every population count", {
  set.seed(11)
  cnt <- ci_random_counts(150)
  keep <- cnt$n > 0
  for (conf in c(0.95, 0.8)) {
    r <- prop_ci(cnt$x[keep], cnt$n[keep], cnt$N[keep], conf = conf,
                 method = "hypergeometric")
    ref <- t(mapply(ci_brute_hyper, cnt$x[keep], cnt$n[keep], cnt$N[keep],
                    MoreArgs = list(conf = conf)))
    expect_identical(round(r$lower * r$N), ref[, 1])
    expect_identical(round(r$upper * r$N), ref[, 2])
    expect_equal(r$lower * r$N, ref[, 1], tolerance = 1e-12)
  }
  # the survey's own figure and every count out of 61 of 135
  r <- prop_ci(0:61, 61, 135, method = "hypergeometric")
  ref <- t(vapply(0:61, function(x) ci_brute_hyper(x, 61, 135), numeric(2)))
  expect_equal(r$lower * 135, ref[, 1]); expect_equal(r$upper * 135, ref[, 2])
  # large populations: bisection agrees with the scan
  r <- prop_ci(c(0, 3, 500), 1000, 20000, method = "hypergeometric")
  ref <- t(vapply(c(0, 3, 500), function(x) ci_brute_hyper(x, 1000, 20000), numeric(2)))
  expect_equal(r$lower * 20000, ref[, 1]); expect_equal(r$upper * 20000, ref[, 2])
})

test_that("the hypergeometric interval is Sprop()'s exact interval moved inward by one unit", {
  skip_if_not_installed("samplingbook")
  set.seed(5)
  cnt <- ci_random_counts(60, Nmax = 200)
  keep <- cnt$n > 1 & cnt$n < cnt$N  # Sprop() fails for n = 1
  cnt <- lapply(cnt, `[`, keep)
  r <- prop_ci(cnt$x, cnt$n, cnt$N, method = "hypergeometric")
  for (i in seq_along(cnt$x)) {
    s <- suppressWarnings(samplingbook::Sprop(m = cnt$x[i], n = cnt$n[i], N = cnt$N[i]))
    M <- s$nr$exact
    expect_equal(s$ci$exact, M / cnt$N[i])
    expect_equal(M[1], max(round(r$lower[i] * cnt$N[i]) - 1, cnt$x[i]))
    expect_equal(M[2], min(round(r$upper[i] * cnt$N[i]) + 1,
                           cnt$N[i] - cnt$n[i] + cnt$x[i]))
  }
})

test_that("x = 0, x = n and n = 0 work for every method", {
  for (m in c("wilson", "clopper-pearson", "agresti-coull", "jeffreys", "wald",
              "hypergeometric")) {
    r <- prop_ci(c(0, 8, 0), c(8, 8, 0), 40, method = m)
    expect_equal(r$lower[1], 0)
    expect_equal(r$upper[2], 1)
    expect_true(all(r$lower <= r$estimate | is.na(r$estimate)))
    expect_true(all(r$upper >= r$estimate | is.na(r$estimate)))
    expect_true(is.na(r$estimate[3]))
    expect_equal(c(r$lower[3], r$upper[3]), c(0, 1))
    expect_identical(r$method, rep(m, 3))
    # the binomial intervals ignore N and say so; the others keep it
    binom <- m %in% c("clopper-pearson", "agresti-coull", "jeffreys")
    expect_equal(r$N, rep(if (binom) Inf else 40, 3))
    if (binom) {
      r0 <- prop_ci(c(0, 8, 0), c(8, 8, 0), method = m)
      expect_identical(r, r0)
    }
  }
})

test_that("arguments recycle and the result has the documented shape", {
  r <- prop_ci(c(1, 2, 3), 10, c(50, Inf, 100))
  expect_s3_class(r, "data.frame")
  expect_named(r, c("x", "n", "N", "estimate", "lower", "upper", "method"))
  expect_named(prop_ci(1, 10, 20, method = "hypergeometric"),
               c("x", "n", "N", "estimate", "lower", "upper", "method", "lower_count",
                 "upper_count"))
  expect_equal(r$n, c(10, 10, 10)); expect_equal(r$N, c(50, Inf, 100))
  expect_equal(r[2, "lower"], prop.test(2, 10, correct = FALSE)$conf.int[1])
  expect_equal(nrow(prop_ci(integer(0), 5)), 0L)
})

test_that("bad counts are errors naming the argument and the position", {
  expect_error(prop_ci(c(1, 2, -1), 5), "`x`.*position 3", class = "peersurvey_error")
  expect_error(prop_ci(c(1, 6), 5), "`x` must not exceed `n`.*position 2")
  expect_error(prop_ci(1.5, 3), "`x` must hold whole numbers: position 1")
  expect_error(prop_ci(1, c(2, NA)), "`n` must not be NA: position 2")
  expect_error(prop_ci(1, c(3, 4), c(5, 3)), "`n` must not exceed `N`.*position 2")
  expect_error(prop_ci(1, 3, 10.5), "`N` must hold whole numbers")
  expect_error(prop_ci("1", 3), "`x` must be a numeric")
  expect_error(prop_ci(1:2, 1:3), "length 1 or 3")
  expect_error(prop_ci(1, 3, method = "hypergeometric"), "`N` must be finite")
  expect_error(prop_ci(1, 3, conf = 1), "`conf`")
  expect_error(prop_ci(1, 3, method = "exact"))
})

test_that("the C entry point rejects wrong types with an R error", {
  f <- function(...) .Call(peersurvey:::C_prop_ci, ...)
  expect_error(f(1L, 2, 3, 0.95), "type double")
  expect_error(f(1, 2, 3, "a"), "conf")
  expect_error(f(1, c(2, 3), 3, 0.95), "length")
  expect_error(f(3, 2, 5, 0.95), "x <= n <= N")
  expect_error(f(1, 2, 3, 1.5), "conf")
  expect_error(f(NA_real_, 2, 3, 0.95), "element 1")
  expect_equal(f(0, 0, 0, 0.95), matrix(c(0, 0), 1))
})

test_that("format() of a peer_estimate leaves out label columns that are all NA", {
  e <- structure(data.frame(item = "a", level = NA_character_, domain = NA_character_,
                            estimate = 0.25, lower = 0.1, upper = 0.4, n = 8L),
                 class = c("peer_estimate", "data.frame"))
  f <- format(e)
  expect_named(f, c("item", "n", "estimate_%", "ci"))
  expect_equal(f$ci, "[10.0, 40.0]")
})

test_that("a conf of several numbers is an error that says so", {
  expect_error(prop_ci(3, 10, conf = c(0.9, 0.95)),
               "`conf` must be a single number strictly between 0 and 1, not 2 numbers",
               class = "peersurvey_bad_argument")
})

test_that("n = 0 gives [0, 1] with every N, N = 0 too; a census gives its share", {
  ms <- c("wilson", "clopper-pearson", "agresti-coull", "jeffreys", "wald", "hypergeometric")
  for (m in ms) {
    # nothing observed: the documented interval [0, 1], whatever N
    r <- prop_ci(0, 0, N = c(0, 1, 10), method = m)
    expect_true(all(is.na(r$estimate)), label = m)
    expect_identical(r$lower, c(0, 0, 0), label = m)
    expect_identical(r$upper, c(1, 1, 1), label = m)
  }
  # a census (n = N, x = n = N included): the finite-population methods
  # give the share itself, the binomial ones their binomial interval
  x <- c(0, 3, 5, 1); n <- c(5, 5, 5, 1)
  for (m in c("wilson", "wald", "hypergeometric")) {
    r <- prop_ci(x, n, N = n, method = m)
    expect_equal(r$lower, x / n, label = m)
    expect_equal(r$upper, x / n, label = m)
  }
  r <- prop_ci(x, n, N = n, method = "clopper-pearson")
  ref <- t(mapply(function(a, b) stats::binom.test(a, b)$conf.int, x, n))
  expect_equal(cbind(r$lower, r$upper), ref)
})

test_that("a sample or population of length 0 for some counts is an error, not no estimate", {
  expect_error(prop_ci(34, numeric(0)), "`n` must have length 1 or 1 \\(the length of `x`\\), not 0",
               class = "peersurvey_bad_argument")
  expect_error(prop_ci(c(3, 4), 61, N = numeric(0)), "`N` must have length 1 or 2",
               class = "peersurvey_bad_argument")
  # no counts: no estimates, as before
  expect_identical(nrow(prop_ci(numeric(0), 61)), 0L)
})
