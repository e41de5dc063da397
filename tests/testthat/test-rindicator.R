answered <- mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id

test_that("R and the partial indicators equal a direct computation with glm()", {
  for (vars in list("macro_area", c("macro_area", "area3"), "region")) {
    r <- r_indicator(mhd_frame, answered, vars, B = 0)
    d <- data.frame(resp = answered, mhd_frame[vars])
    fit <- suppressWarnings(glm(reformulate(vars, "resp"), binomial, data = d))
    rho <- unname(fitted(fit))
    N <- nrow(d)
    expect_equal(r$propensity, rho, tolerance = 1e-8)
    expect_equal(r$R, 1 - 2 * sqrt(sum((rho - mean(rho))^2) / (N - 1)), tolerance = 1e-8)
    for (v in vars) {
      g <- mhd_frame[[v]]
      mh <- tapply(rho, g, mean); Nh <- table(g)
      cat_v <- r$categories[r$categories$variable == v, ]
      expect_equal(cat_v$category, levels(g))
      expect_equal(cat_v$N, as.integer(Nh))
      expect_equal(cat_v$responded, as.integer(tapply(answered, g, sum)))
      expect_equal(cat_v$propensity, as.vector(mh), tolerance = 1e-8)
      expect_equal(cat_v$partial, as.vector(sqrt(Nh / N) * (mh - mean(rho))), tolerance = 1e-8)
      expect_equal(r$variables$partial[r$variables$variable == v],
                   sqrt(sum(Nh * (mh - mean(rho))^2) / N), tolerance = 1e-8)
    }
    expect_true(is.na(r$se))
  }
  # a model with one factor fits each category's response rate
  r <- r_indicator(mhd_frame, answered, "macro_area", B = 0)
  expect_equal(r$categories$propensity,
               as.vector(tapply(answered, mhd_frame$macro_area, mean)), tolerance = 1e-8)
})

test_that("the bootstrap SE is the SD of R over resampled frames refitted with glm()", {
  set.seed(61)
  r <- r_indicator(mhd_frame, answered, c("macro_area", "area3"), B = 30)
  set.seed(61)
  N <- nrow(mhd_frame)
  reps <- vapply(1:30, function(b) {
    i <- sample.int(N, N, replace = TRUE)
    d <- data.frame(resp = answered[i], mhd_frame[i, c("macro_area", "area3")])
    rho <- fitted(suppressWarnings(glm(resp ~ macro_area + area3, binomial, data = d)))
    1 - 2 * sd(rho)
  }, numeric(1))
  expect_equal(r$replicates, reps, tolerance = 1e-8)
  expect_equal(r$se, sd(reps), tolerance = 1e-8)
  expect_equal(c(r$lower, r$upper), r$R + c(-1, 1) * qnorm(0.975) * sd(reps), tolerance = 1e-8)
  expect_output(print(r), "R = ")
})

test_that("equal response everywhere gives R = 1; numeric variables have no partials", {
  f <- data.frame(g = rep(c("a", "b"), each = 10), size = rep(1:5, 4))
  resp <- rep(c(TRUE, FALSE), 10)
  r <- r_indicator(f, resp, "g", B = 0)
  expect_equal(r$R, 1)
  expect_equal(r$categories$partial, c(0, 0))
  r <- r_indicator(f, as.integer(resp), c("g", "size"), B = 0)
  d <- data.frame(resp = resp, f)
  rho <- fitted(glm(resp ~ g + size, binomial, data = d))
  expect_equal(r$R, 1 - 2 * sd(rho), tolerance = 1e-8)
  expect_true(is.na(r$variables$partial[2]))
  expect_equal(unique(r$categories$variable), "g")
})

test_that("bad arguments are errors naming them", {
  expect_error(r_indicator(mhd_frame, answered[-1], "region"), "one value per row",
               class = "peersurvey_bad_argument")
  expect_error(r_indicator(mhd_frame, c(NA, answered[-1]), "region"), "must not be NA: row 1")
  expect_error(r_indicator(mhd_frame, rep(2, 135), "region"), "logical or 0/1: position 1")
  expect_error(r_indicator(mhd_frame, answered, "nope"), "not found: \"nope\"")
  expect_error(r_indicator(mhd_frame, answered, character()), "`vars`")
  expect_error(r_indicator(mhd_frame, answered, "region", B = -1), "`B`")
  expect_error(r_indicator(mhd_frame, answered, "region", conf = 1), "`conf`")
  expect_error(r_indicator(mhd_frame[1, ], TRUE, "region"), "at least two units")
  expect_error(r_indicator(1:3, TRUE, "a"), "`frame` must be a data frame")
})

test_that("the interval is R +- z SE clipped to [0, 1]", {
  # nearly equal response in every category: R near 1, the symmetric
  # interval passes 1
  f <- data.frame(g = rep(c("a", "b", "c"), each = 8))
  resp <- c(rep(c(TRUE, FALSE), 4), rep(c(TRUE, FALSE), 4), c(TRUE, TRUE, rep(c(TRUE, FALSE), 3)))
  set.seed(5)
  r <- r_indicator(f, resp, "g", B = 40)
  z <- qnorm(0.975)
  expect_gt(r$R + z * r$se, 1)
  expect_identical(r$upper, 1)
  expect_equal(r$lower, max(0, r$R - z * sd(r$replicates)), tolerance = 1e-12)
  # 9 of 10 responded in one category, 1 of 10 in the other: R far from 1,
  # the symmetric interval passes 0
  f2 <- data.frame(g = rep(c("a", "b"), c(10, 10)))
  set.seed(2)
  r2 <- r_indicator(f2, c(rep(TRUE, 9), FALSE, TRUE, rep(FALSE, 9)), "g", B = 40)
  rho <- rep(c(0.9, 0.1), each = 10)
  expect_equal(r2$R, 1 - 2 * sd(rho), tolerance = 1e-6)  # glm to its convergence
  expect_lt(r2$R - z * r2$se, 0)
  expect_identical(r2$lower, 0)
  expect_equal(r2$upper, r2$R + z * sd(r2$replicates), tolerance = 1e-12)
  # no bootstrap: no interval
  r0 <- r_indicator(f, resp, "g", B = 0)
  expect_true(is.na(r0$lower) && is.na(r0$upper))
})
