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

test_that("Wald uses the finite population correction and is clipped", {
  x <- c(0, 3, 34, 61); n <- 61; N <- 135; z <- qnorm(0.975)
  p <- x / n
  h <- z * sqrt((N - n) / (N - 1) * p * (1 - p) / n)
  r <- prop_ci(x, n, N, method = "wald")
  expect_equal(r$lower, pmax(0, p - h))
  expect_equal(r$upper, pmin(1, p + h))
  r <- prop_ci(x, n, method = "wald")
  h <- z * sqrt(p * (1 - p) / n)
  expect_equal(r$upper, pmin(1, p + h))
  # a census has no sampling error
  r <- prop_ci(c(0, 4, 10), 10, 10, method = "wald")
  expect_equal(r$lower, c(0, 0.4, 1)); expect_equal(r$upper, c(0, 0.4, 1))
  r <- prop_ci(c(0, 4, 10), 10, 10, method = "wilson")
  expect_equal(r$lower, c(0, 0.4, 1)); expect_equal(r$upper, c(0, 0.4, 1))
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
