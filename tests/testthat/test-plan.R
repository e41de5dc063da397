# Smallest n whose exact interval at the expected count has half-width
# within the margin, by scanning every n with the brute-force interval
plan_brute_exact <- function(N, margin, p, conf) {
  for (n in seq_len(N)) {
    b <- ci_brute_hyper(floor(n * p + 0.5), n, N, conf)
    if ((b[2] - b[1]) / (2 * N) <= margin) return(n)
  }
  N
}

test_that("the normal sample size equals samplingbook::sample.size.prop()", {
  skip_if_not_installed("samplingbook")
  set.seed(51)
  for (i in 1:40) {
    N <- sample(c(5:60, 135, 1000, 20000), 1)
    P <- runif(1, 0.1, 0.9)
    e <- runif(1, 0.02, min(P, 1 - P, 0.3))
    level <- sample(c(0.9, 0.95, 0.99), 1)
    frame <- data.frame(id = seq_len(N))
    r <- plan_survey(frame, margin = e, p = P, conf = level)
    ref <- samplingbook::sample.size.prop(e = e, P = P, N = N, level = level)$n
    expect_equal(r$n_normal, min(ref, N))
  }
})

test_that("the normal sample size is the smallest n with the margin", {
  set.seed(52)
  for (i in 1:30) {
    N <- sample(2:400, 1); p <- runif(1, 0.05, 0.95); e <- runif(1, 0.02, 0.4)
    conf <- sample(c(0.9, 0.95), 1); z <- qnorm((1 + conf) / 2)
    half <- function(n) z * sqrt((1 - n / N) * p * (1 - p) / n)
    n <- plan_survey(data.frame(u = seq_len(N)), e, p, conf)$n_normal
    ok <- which(half(seq_len(N)) <= e + 1e-12)
    expect_equal(n, min(ok))
  }
})

test_that("the exact sample size equals a brute-force search", {
  set.seed(53)
  for (i in 1:15) {
    N <- sample(2:150, 1); p <- runif(1, 0.05, 0.95); e <- runif(1, 0.03, 0.3)
    conf <- sample(c(0.9, 0.95), 1)
    r <- plan_survey(data.frame(u = seq_len(N)), e, p, conf)
    expect_equal(r$n_exact, plan_brute_exact(N, e, p, conf))
  }
  # the survey's frame, by macro-area
  r <- plan_survey(mhd_frame, 0.1, strata = "macro_area")
  Nh <- as.vector(table(mhd_frame$macro_area))
  expect_equal(r$N, c(Nh, 135L))
  expect_equal(r$stratum, c(levels(mhd_frame$macro_area), "All"))
  expect_equal(r$n_exact, vapply(c(Nh, 135), plan_brute_exact, numeric(1),
                                 margin = 0.1, p = 0.5, conf = 0.95))
  z <- qnorm(0.975)
  expect_equal(r$n_normal, pmin(c(Nh, 135), ceiling(0.25 / (0.01 / z^2 + 0.25 / c(Nh, 135)))))
})

test_that("the precision achieved by the respondents", {
  answered <- mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id
  r <- plan_survey(mhd_frame, 0.1, strata = "macro_area", responded = answered)
  nh <- c(as.vector(table(mhd_frame$macro_area[answered])), sum(answered))
  Nh <- c(as.vector(table(mhd_frame$macro_area)), 135)
  expect_equal(r$responded, as.integer(nh))
  expect_equal(r$responded[6], 61L)
  z <- qnorm(0.975)
  expect_equal(r$margin_normal, z * sqrt((1 - nh / Nh) * 0.25 / nh))
  ex <- vapply(seq_along(nh), function(i) {
    b <- ci_brute_hyper(floor(nh[i] / 2 + 0.5), nh[i], Nh[i]); (b[2] - b[1]) / (2 * Nh[i])
  }, numeric(1))
  expect_equal(r$margin_exact, ex)
  # counts per stratum, in any order, give the same
  cnt <- setNames(nh[5:1], rev(levels(mhd_frame$macro_area)))
  expect_equal(plan_survey(mhd_frame, 0.1, strata = "macro_area", responded = cnt), r)
  expect_equal(plan_survey(mhd_frame, 0.1, strata = "macro_area",
                           responded = as.integer(answered)), r)
  # overall only
  r1 <- plan_survey(mhd_frame, 0.1, responded = 61)
  expect_equal(r1$margin_normal, z * sqrt((1 - 61 / 135) * 0.25 / 61))
  expect_equal(plan_survey(mhd_frame, 0.1, responded = answered), r1)
  # no respondent, a census
  r0 <- plan_survey(mhd_frame, 0.1, responded = 0)
  expect_true(is.na(r0$margin_normal) && is.na(r0$margin_exact))
  r135 <- plan_survey(mhd_frame, 0.1, responded = 135)
  expect_equal(c(r135$margin_normal, r135$margin_exact), c(0, 0))
  expect_output(print(r), "half-widths achieved")
  expect_s3_class(r, "peer_plan")
})

test_that("bad arguments are errors naming them", {
  f <- mhd_frame
  expect_error(plan_survey(f, margin = 0), "`margin`", class = "peersurvey_bad_argument")
  expect_error(plan_survey(f, margin = 1.2), "`margin`")
  expect_error(plan_survey(f, p = -0.1), "`p`")
  expect_error(plan_survey(f, conf = 1), "`conf`")
  expect_error(plan_survey(1:3), "`frame` must be a data frame")
  expect_error(plan_survey(f[0, ]), "`frame` must have at least one unit")
  expect_error(plan_survey(f, strata = "nope"), "`strata` must name a column")
  expect_error(plan_survey(f, responded = c(TRUE, FALSE)), "one value per row")
  expect_error(plan_survey(f, responded = 200), "must not exceed")
  # the stratum over its units is named
  fr <- data.frame(id = 1:135, s = rep(c("a", "b", "c"), c(60, 30, 45)))
  expect_error(plan_survey(fr, 0.1, strata = "s", responded = c(a = 20, b = 31, c = 0)),
               "31 respondents of 30 in stratum \"b\" of `strata`",
               class = "peersurvey_bad_argument")
  expect_error(plan_survey(f, responded = 1.5), "whole non-negative")
  expect_error(plan_survey(f, strata = "macro_area", responded = c(a = 1)), "named by the strata")
  expect_error(plan_survey(f, responded = "yes"), "logical or counts")
  f$macro_area[3] <- NA
  expect_error(plan_survey(f, strata = "macro_area"), "missing in row 3")
})

test_that("an anticipated share of 0 or 1 still asks for one unit", {
  r <- plan_survey(mhd_frame, 0.1, p = 0)
  expect_equal(r$n_normal, 1L)
  expect_equal(r$n_exact, plan_brute_exact(135, 0.1, 0, 0.95))
  r <- plan_survey(mhd_frame, 0.1, p = 1)
  expect_equal(r$n_normal, 1L)
  expect_equal(r$n_exact, plan_brute_exact(135, 0.1, 1, 0.95))
})
