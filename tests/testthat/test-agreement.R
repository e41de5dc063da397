test_that("kappa, SE, PABAK and alpha on a 2 x 2 table worked by hand", {
  # 100 answers: both yes 40, a only 10, b only 5, both no 45
  a <- data.frame(k = c(rep(TRUE, 40), rep(TRUE, 10), rep(FALSE, 5), rep(FALSE, 45)))
  b <- data.frame(k = c(rep(TRUE, 40), rep(FALSE, 10), rep(TRUE, 5), rep(FALSE, 45)))
  r <- coder_agreement(a, b)
  po <- (40 + 45) / 100
  pe <- 0.50 * 0.45 + 0.50 * 0.55          # a yes 50%, b yes 45%
  kap <- (po - pe) / (1 - pe)
  expect_equal(r$agreement[1], po)
  expect_equal(r$kappa[1], kap)
  expect_equal(r$pabak[1], 2 * po - 1)
  # Fleiss, Cohen and Everitt (1969), written out cell by cell
  p11 <- .40; p10 <- .10; p01 <- .05; p00 <- .45
  pa1 <- .50; pa0 <- .50; pb1 <- .45; pb0 <- .55
  A <- p11 * (1 - (pa1 + pb1) * (1 - kap))^2 + p00 * (1 - (pa0 + pb0) * (1 - kap))^2
  B <- (1 - kap)^2 * (p10 * (pb1 + pa0)^2 + p01 * (pb0 + pa1)^2)
  C <- (kap - pe * (1 - kap))^2
  se <- sqrt(A + B - C) / ((1 - pe) * sqrt(100))
  expect_equal(r$se[1], se)
  expect_equal(c(r$lower[1], r$upper[1]), kap + c(-1, 1) * qnorm(0.975) * se)
  # near-perfect agreement on few answers: the interval stops at 1, kappa's top
  a2 <- data.frame(k = c(rep(TRUE, 6), FALSE, rep(FALSE, 5)))
  b2 <- data.frame(k = c(rep(TRUE, 6), TRUE, rep(FALSE, 5)))
  r2 <- coder_agreement(a2, b2)
  expect_true(r2$kappa[1] + qnorm(0.975) * r2$se[1] > 1)
  expect_identical(r2$upper[1], 1)
  expect_equal(r2$lower[1], r2$kappa[1] - qnorm(0.975) * r2$se[1])
  se0 <- sqrt(pe + pe^2 - (pa1 * pb1 * (pa1 + pb1) + pa0 * pb0 * (pa0 + pb0))) /
    ((1 - pe) * sqrt(100))
  expect_equal(r$z[1], kap / se0)
  # Krippendorff: 200 values, 95 yes and 105 no, 15 disagreeing units
  expect_equal(r$alpha[1], 1 - 199 * 15 / (95 * 105))
  expect_identical(r$category, c("k", "(pooled)"))
})

test_that("agreement equals irr's kappa2 and kripp.alpha", {
  skip_if_not_installed("irr")
  set.seed(3)
  n <- 80
  a <- data.frame(x = runif(n) < 0.3, y = runif(n) < 0.6, z = runif(n) < 0.1)
  b <- a
  for (k in names(b)) {
    flip <- runif(n) < 0.2
    b[[k]][flip] <- !b[[k]][flip]
  }
  a$y[c(3, 9)] <- NA
  b$z[5] <- NA
  r <- coder_agreement(a, b)
  for (i in 1:3) {
    k <- names(a)[i]
    rt <- cbind(a[[k]], b[[k]])
    k2 <- irr::kappa2(rt)
    expect_equal(r$kappa[i], k2$value)
    expect_equal(r$z[i], k2$statistic)
    expect_equal(r$p_value[i], k2$p.value)
    expect_identical(r$n[i], k2$subjects)
    ka <- irr::kripp.alpha(t(rt) * 1, method = "nominal")
    expect_equal(r$alpha[i], ka$value)
  }
  expect_identical(r$dropped, c(0L, 2L, 1L, 3L))
  # pooled alpha: every category x answer unit stacked
  stack_a <- unlist(a); stack_b <- unlist(b)
  ka <- irr::kripp.alpha(rbind(stack_a, stack_b) * 1, method = "nominal")
  expect_equal(r$alpha[4], ka$value)
  expect_equal(r$kappa[4], irr::kappa2(cbind(stack_a, stack_b))$value)
})

test_that("edge cases and errors", {
  a <- data.frame(k = c(TRUE, TRUE), j = c(FALSE, TRUE))
  r <- coder_agreement(a, a)
  expect_true(is.na(r$kappa[1]))            # no variation: kappa undefined
  expect_equal(r$agreement, c(1, 1, 1))
  expect_equal(r$kappa[2], 1)
  expect_identical(coder_agreement(a, a[2:1])$kappa, r$kappa)   # matched by name
  expect_error(coder_agreement(a, a[1, ]), "rows", class = "peersurvey_bad_argument")
  expect_error(coder_agreement(a, data.frame(k = TRUE, x = FALSE)[c(1, 1), ]), "x",
               class = "peersurvey_bad_argument")
  expect_error(coder_agreement(a, data.frame(k = c("a", "b"), j = TRUE)), "logical",
               class = "peersurvey_bad_argument")
  # messages name the argument, the column, the row and the value
  expect_error(coder_agreement(a, data.frame(k = c(1, 2), j = c(0, 1))),
               "column \"k\" of `b`.*\"2\" in row 2", class = "peersurvey_bad_argument")
  expect_error(coder_agreement(1:2, a), "`a`.*integer", class = "peersurvey_bad_argument")
  expect_error(coder_agreement(a, a, conf = 1), "`conf`.*not 1",
               class = "peersurvey_bad_argument")
  expect_error(coder_agreement(a, a, conf = 2), "`conf`", class = "peersurvey_bad_argument")
  expect_identical(coder_agreement(a, data.frame(k = c(1, 1), j = c(0, 1)))$kappa, r$kappa)
  expect_output(print(r), "peer_agreement")
  # works on code_text output against itself
  d <- barrier_dictionary()
  m <- code_text(c("fondi", "stigma", NA), d)
  expect_identical(coder_agreement(m, m)$dropped[1], 1L)
})

test_that("a coder who gives one code throughout has kappa 0 and no SE", {
  set.seed(41)
  n <- 40
  a <- data.frame(k = rep(TRUE, n), m = runif(n) < 0.4)
  b <- data.frame(k = runif(n) < 0.5, m = runif(n) < 0.4)
  r <- coder_agreement(a, b)
  # kappa is 0 for any answers of the other coder: every table with a
  # constant first coder has p_o = p_e
  t1 <- table(factor(a$k, c(TRUE, FALSE)), factor(b$k, c(TRUE, FALSE))) / n
  po <- sum(diag(t1)); pe <- sum(rowSums(t1) * colSums(t1))
  expect_equal(r$kappa[1], (po - pe) / (1 - pe))
  expect_equal(r$kappa[1], 0)
  expect_true(is.na(r$se[1]) && is.na(r$lower[1]) && is.na(r$upper[1]))
  # the other category, with both coders varying, keeps its SE
  expect_true(is.finite(r$se[2]) && r$se[2] > 0)
  # the same when the second coder is the constant one
  r2 <- coder_agreement(b, a)
  expect_true(is.na(r2$se[1]))
  expect_output(print(r), "NA")
  # the variance under kappa = 0, p_e + p_e^2 - sum(r c (r + c)), is 0 by
  # hand: no test (irr::kappa2() divides rounding noise there)
  rr <- rowSums(t1); cc <- colSums(t1)
  expect_equal(pe + pe^2 - sum(rr * cc * (rr + cc)), 0)
  expect_true(is.na(r$z[1]) && is.na(r$p_value[1]))
  # alpha when every value of both coders is the same: D_e = 0, alpha 0/0
  same <- data.frame(k = rep(TRUE, 5))
  expect_true(is.na(coder_agreement(same, same)$alpha[1]))
})

test_that("a result subset by columns still prints", {
  set.seed(42)
  a <- data.frame(k = runif(30) < 0.5, m = runif(30) < 0.3)
  b <- data.frame(k = runif(30) < 0.5, m = runif(30) < 0.3)
  r <- coder_agreement(a, b)
  for (cols in list(c("category", "kappa"), "kappa", c("n", "se", "p_value"))) {
    s <- r[cols]
    expect_output(print(s), cols[length(cols)])
  }
  expect_output(print(r[1, ]), "kappa")
  expect_output(print(r[c("category", "kappa")]), "2 categories")
  expect_output(print(r["kappa"]), "3 rows")
})

test_that("a third coding given by position is named as such", {
  a <- data.frame(x = c(TRUE, FALSE, TRUE), y = c(FALSE, FALSE, TRUE))
  expect_error(coder_agreement(a, a, a), "compares two coders", class = "peersurvey_bad_argument")
  expect_error(coder_agreement(a, a, as.matrix(a)), "not a coding", class = "peersurvey_bad_argument")
  expect_error(coder_agreement(a, a, c(TRUE, FALSE)), "not a coding", class = "peersurvey_bad_argument")
  expect_error(coder_agreement(a, a, 2), "`conf` must be a single number", class = "peersurvey_bad_argument")
})
