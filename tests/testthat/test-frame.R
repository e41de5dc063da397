test_that("response rates agree with table() and prop.test()", {
  r <- response_rates(mhd_survey_2025, mhd_frame, by = "macro_area")
  expect_s3_class(r, "peer_response")
  expect_identical(names(r)[1:6], c("group", "invited", "responded", "rate", "lower", "upper"))
  inv <- table(mhd_frame$macro_area)
  res <- table(mhd_frame$macro_area[mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id])
  expect_identical(r$group, c(names(inv), "All"))
  expect_equal(r$invited, c(as.vector(inv), nrow(mhd_frame)))
  expect_equal(r$responded, c(as.vector(res), nrow(mhd_survey_2025)))
  expect_equal(r$rate, r$responded / r$invited)
  for (i in seq_len(nrow(r))) {
    ci <- suppressWarnings(prop.test(r$responded[i], r$invited[i], correct = FALSE))$conf.int
    expect_equal(c(r$lower[i], r$upper[i]), as.vector(ci), tolerance = 1e-8)
  }
  # the chi-square goodness of fit is chisq.test's
  gof <- suppressWarnings(chisq.test(as.vector(res), p = as.vector(inv) / sum(inv)))
  fit <- attr(r, "fit")
  expect_equal(fit$chisq$p.value, gof$p.value)
  expect_equal(unname(fit$chisq$statistic), unname(gof$statistic))
  expect_output(print(r), "chi-square")
  # overall only
  all <- response_rates(mhd_survey_2025, mhd_frame)
  expect_identical(all$group, "All")
  expect_identical(all$responded, 61L)
  expect_identical(all$invited, 135L)
  expect_null(attr(all, "fit"))
  # test = FALSE gives the same rates without the test, and draws no random number
  set.seed(3)
  before <- .Random.seed
  quiet <- response_rates(mhd_survey_2025, mhd_frame, by = "region", test = FALSE)
  expect_identical(.Random.seed, before)
  expect_null(attr(quiet, "fit"))
  full <- response_rates(mhd_survey_2025, mhd_frame, by = "region")
  expect_equal(as.data.frame(unclass(quiet))[1:6], as.data.frame(unclass(full))[1:6])
})

test_that("the exact multinomial test matches a brute-force sum", {
  frame <- data.frame(mhd_id = sprintf("U%02d", 1:30),
                      g = factor(rep(c("a", "b", "c"), c(20, 7, 3))))
  survey <- data.frame(mhd_id = sprintf("U%02d", c(1:4, 21:26, 28)))
  r <- response_rates(survey, frame, by = "g")
  fit <- attr(r, "fit")
  expect_false(is.null(fit$exact))
  x <- c(4, 6, 1); p <- c(20, 7, 3) / 30; n <- sum(x)
  grid <- expand.grid(a = 0:n, b = 0:n)
  grid <- grid[grid$a + grid$b <= n, ]
  pr <- apply(grid, 1, function(v) dmultinom(c(v, n - sum(v)), prob = p))
  p_obs <- dmultinom(x, prob = p)
  expect_equal(fit$exact$p.value, sum(pr[pr <= p_obs * (1 + 1e-7)]), tolerance = 1e-10)
  expect_output(print(r), "Exact multinomial")
  # too many splits: Monte Carlo p-value of the chi-square statistic
  set.seed(3)
  r2 <- response_rates(survey, frame, by = "g", max_enumerate = 10, B = 2000)
  set.seed(3)
  mc <- suppressWarnings(chisq.test(x, p = p, simulate.p.value = TRUE, B = 2000))
  expect_equal(attr(r2, "fit")$exact$p.value, mc$p.value)
})

test_that("by region the small groups get the Monte Carlo test", {
  set.seed(11)
  r <- response_rates(mhd_survey_2025, mhd_frame, by = "region", B = 500)
  expect_identical(nrow(r), nlevels(mhd_frame$region) + 1L)
  expect_match(attr(r, "fit")$exact$method, "Monte Carlo")
})

test_that("respondents not in the frame and bad arguments are errors", {
  s <- data.frame(mhd_id = c("MHD001", "XX9", "YY1"))
  expect_error(response_rates(s, mhd_frame), "2 respondents not in `frame`: \"XX9\", \"YY1\"",
               class = "peersurvey_not_in_frame")
  expect_error(response_rates(mhd_survey_2025, mhd_frame, by = "province"),
               class = "peersurvey_bad_argument")
  expect_error(response_rates(mhd_survey_2025[c(1, 1), ], mhd_frame),
               class = "peersurvey_bad_argument")
  expect_error(response_rates(mhd_survey_2025, "frame"), class = "peersurvey_bad_argument")
})
