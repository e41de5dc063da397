# Random multiple-response data: n answers, c options, r groups
mi_random <- function(n, c, r, probs = runif(c, 0.1, 0.9)) {
  by <- sample(LETTERS[seq_len(r)], n, replace = TRUE)
  x <- as.data.frame(lapply(probs, function(p) as.integer(runif(n) < p)))
  names(x) <- paste0("opt", seq_len(c))
  list(x = x, by = by)
}

# Rao-Scott on data that may have groups of fewer than 5 answers
mi_rs <- function(x, by) {
  withCallingHandlers(test_multi_independence(x, by, method = "rao-scott"),
                      peersurvey_small_groups = function(w) invokeRestart("muffleWarning"))
}

# Per-option Pearson statistics with zero cells replaced, by chisq.test()
mi_reference_stats <- function(x, by, add = 0.5) {
  vapply(x, function(v) {
    tab <- table(by, factor(v, levels = c(0, 1)))
    if (any(colSums(tab) == 0)) return(NA_real_)
    tab[tab == 0] <- add
    unname(suppressWarnings(chisq.test(tab, correct = FALSE))$statistic)
  }, numeric(1))
}

# The second-order Rao-Scott adjustment built over the 2^c answer patterns,
# as in Bilder and Loughin (2004), with eigenvalues
mi_reference_rs2 <- function(x, by, stat) {
  g <- factor(by); r <- nlevels(g); c <- ncol(x); n <- nrow(x)
  pats <- as.matrix(expand.grid(rep(list(0:1), c)))
  key <- function(m) apply(m, 1, paste, collapse = "")
  ni <- as.vector(table(g)); a <- ni / n
  G <- kronecker(diag(r), t(pats))
  tau <- unlist(lapply(levels(g), function(l) {
    k <- key(as.matrix(x[g == l, , drop = FALSE]))
    as.vector(table(factor(k, levels = key(pats)))) / sum(g == l)
  }))
  V <- matrix(0, r * 2^c, r * 2^c)
  for (i in seq_len(r)) {
    idx <- (i - 1) * 2^c + seq_len(2^c); t_i <- tau[idx]
    V[idx, idx] <- (diag(t_i) - tcrossprod(t_i)) / a[i]
  }
  pj <- colMeans(x)
  D <- kronecker(diag(n / ni, r), diag(pj * (1 - pj), c))
  H <- diag(r * c) - kronecker(matrix(1, r, r) %*% diag(a, r), diag(c))
  ev <- Re(eigen(solve(D) %*% H %*% G %*% V %*% t(G) %*% t(H))$values)
  s2 <- sum(ev^2)
  st <- (r - 1) * c * stat / s2; df <- (r - 1)^2 * c^2 / s2
  c(statistic = st, df = df, p = 1 - pchisq(st, df))
}

test_that("statistics and Bonferroni p-values match their definitions", {
  set.seed(4)
  for (k in 1:20) {
    d <- mi_random(sample(c(10, 40, 150), 1), sample(1:6, 1), sample(2:4, 1))
    if (length(unique(d$by)) < 2) next
    for (add in c(0.5, 0)) {
      r <- test_multi_independence(d$x, d$by, add_constant = add)
      st <- mi_reference_stats(d$x, d$by, add)
      expect_equal(r$options$statistic, unname(st))
      ok <- !is.na(st)
      expect_equal(r$statistic, sum(st[ok]))
      rr <- length(unique(d$by))
      p <- pchisq(st, rr - 1, lower.tail = FALSE)
      expect_equal(r$p_value, min(1, min(p[ok]) * sum(ok)))
    }
  }
})

test_that("Rao-Scott p-values agree with the 2^c-pattern construction", {
  set.seed(5)
  for (k in 1:12) {
    d <- mi_random(sample(c(15, 60), 1), sample(2:4, 1), sample(2:4, 1))
    if (length(unique(d$by)) < 2 || any(colSums(d$x) %in% c(0, nrow(d$x)))) next
    r <- mi_rs(d$x, d$by)
    ref <- mi_reference_rs2(d$x, d$by, r$statistic)
    expect_equal(r$statistic_rs2, unname(ref["statistic"]), tolerance = 1e-8)
    expect_equal(r$df, unname(ref["df"]), tolerance = 1e-8)
    expect_equal(r$p_value, unname(ref["p"]), tolerance = 1e-6)
  }
})

test_that("all three methods agree with MRCV::MI.test() on farmer1", {
  skip_if_not_installed("MRCV")
  farmer1 <- get(utils::data("farmer1", package = "MRCV", envir = environment()))
  x <- farmer1[, 2:6]; by <- farmer1[, 1]
  ref <- suppressWarnings(MRCV::MI.test(farmer1, I = 1, J = 5, type = "rs2",
                                        print.status = FALSE))
  r <- test_multi_independence(x, by, method = "rao-scott")
  expect_equal(r$statistic, ref$general$X.sq.S, tolerance = 1e-10)
  expect_equal(r$options$statistic, as.vector(ref$general$X.sq.S.ij), tolerance = 1e-10)
  expect_equal(r$statistic_rs2, ref$rs2$X.sq.S.rs2, tolerance = 1e-8)
  expect_equal(r$df, ref$rs2$df.rs2, tolerance = 1e-8)
  expect_equal(r$p_value, ref$rs2$p.value.rs2, tolerance = 1e-6)
  ref <- MRCV::MI.test(farmer1, I = 1, J = 5, type = "bon", print.status = FALSE)
  r <- test_multi_independence(x, by)
  expect_equal(r$p_value, ref$bon$p.value.bon, tolerance = 1e-10)
  expect_equal(r$options$p_bonferroni, as.vector(ref$bon$X.sq.S.ij.p.bon), tolerance = 1e-10)
  # the bootstrap draws the same resamples for the same seed
  set.seed(20)
  ref <- MRCV::MI.test(farmer1, I = 1, J = 5, type = "boot", B = 199, print.status = FALSE)
  set.seed(20)
  r <- test_multi_independence(x, by, method = "bootstrap", B = 199, p_boot = "mrcv")
  expect_equal(r$replicates, ref$boot$X.sq.S.star, tolerance = 1e-10)
  expect_equal(r$p_value, ref$boot$p.value.boot)
  expect_equal(r$B_used, ref$boot$B.use)
  # the default counts the observed data among the resamples
  set.seed(20)
  r <- test_multi_independence(x, by, method = "bootstrap", B = 199)
  b <- sum(ref$boot$X.sq.S.star >= ref$general$X.sq.S)
  expect_equal(r$p_value, (1 + b) / (ref$boot$B.use + 1))
  expect_identical(r$p_boot, "plus-one")
  expect_output(print(r), "\\(1 \\+ #\\)/\\(B \\+ 1\\)")
})

test_that("MRCV agreement on random data, including discarded resamples", {
  skip_if_not_installed("MRCV")
  set.seed(6)
  for (k in 1:4) {
    d <- mi_random(sample(c(12, 50), 1), sample(2:4, 1), sample(2:3, 1),
                   probs = runif(4, 0.05, 0.95))
    d$x <- d$x[, seq_len(sample(2:4, 1)), drop = FALSE]
    if (length(unique(d$by)) < 2 || any(colSums(d$x) %in% c(0, nrow(d$x)))) next
    dat <- data.frame(W = d$by, d$x)
    ref <- suppressWarnings(MRCV::MI.test(dat, I = 1, J = ncol(d$x), type = "rs2",
                                          print.status = FALSE))
    r <- mi_rs(d$x, d$by)
    expect_equal(r$statistic, ref$general$X.sq.S, tolerance = 1e-10)
    expect_equal(r$p_value, ref$rs2$p.value.rs2, tolerance = 1e-6)
    seed <- sample.int(1e6, 1)
    set.seed(seed)
    ref <- suppressWarnings(MRCV::MI.test(dat, I = 1, J = ncol(d$x), type = "boot",
                                          B = 99, print.status = FALSE))
    set.seed(seed)
    r <- test_multi_independence(d$x, d$by, method = "bootstrap", B = 99, p_boot = "mrcv")
    expect_equal(r$B_used, ref$boot$B.use)
    # same resamples; the p-values agree up to ties at the observed value
    expect_equal(r$replicates, ref$boot$X.sq.S.star, tolerance = 1e-10)
    expect_lte(abs(r$p_value - ref$boot$p.value.boot), 3 / r$B_used)
  }
})

test_that("the bootstrap is reproducible and near the Rao-Scott p-value", {
  set.seed(7)
  d <- mi_random(120, 4, 3)
  set.seed(1); a <- test_multi_independence(d$x, d$by, method = "bootstrap", B = 999)
  set.seed(1); b <- test_multi_independence(d$x, d$by, method = "bootstrap", B = 999)
  expect_identical(a, b)
  set.seed(2); c2 <- test_multi_independence(d$x, d$by, method = "bootstrap", B = 999)
  expect_false(identical(a$replicates, c2$replicates))
  rs <- test_multi_independence(d$x, d$by, method = "rao-scott")
  # Monte Carlo error of a proportion from 999 draws, plus the approximation
  expect_lt(abs(a$p_value - rs$p_value), 4 * sqrt(0.25 / 999) + 0.05)
  # the bootstrap statistics are the statistic of the resampled data:
  # rebuild the first replicate with sample()
  set.seed(1)
  idx <- sample(nrow(d$x), nrow(d$x), replace = TRUE)
  W <- rep(sort(unique(d$by)), times = as.vector(table(d$by)))
  st <- mi_reference_stats(d$x[idx, ], W)
  expect_equal(a$replicates[1], sum(st))
})

test_that("more than 64 options are packed over several words", {
  set.seed(14)
  d <- mi_random(80, 70, 3, probs = runif(70, 0.05, 0.6))
  r <- test_multi_independence(d$x, d$by)
  st <- mi_reference_stats(d$x, d$by)
  expect_equal(r$options$statistic, unname(st))
  set.seed(3); b <- test_multi_independence(d$x, d$by, method = "bootstrap", B = 3)
  set.seed(3)
  W <- rep(sort(unique(d$by)), times = as.vector(table(d$by)))
  ref <- vapply(1:3, function(i) {
    idx <- sample(nrow(d$x), nrow(d$x), replace = TRUE)
    s <- mi_reference_stats(d$x[idx, ], W)
    if (anyNA(s[!is.na(st)])) NA_real_ else sum(s[!is.na(st)])
  }, numeric(1))
  expect_equal(b$replicates, ref[!is.na(ref)])
})

test_that("options nobody ticked and one-member groups are handled", {
  set.seed(8)
  d <- mi_random(40, 4, 3)
  x <- d$x; x$never <- 0L; x$always <- 1L
  by <- d$by; by[1] <- "Z"                     # a group of one
  for (m in c("bonferroni", "rao-scott", "bootstrap")) {
    f <- function(x) test_multi_independence(x, by, method = m, B = 199)
    if (m == "rao-scott") {
      set.seed(9); expect_warning(r <- f(x), "Z: 1.*bootstrap",
                                  class = "peersurvey_small_groups")
      set.seed(9); r0 <- mi_rs(d$x, by)
    } else {
      set.seed(9); expect_no_warning(r <- f(x))
      set.seed(9); r0 <- f(d$x)
    }
    expect_equal(r$statistic, r0$statistic)
    expect_equal(r$p_value, r0$p_value)
    expect_true(all(is.na(r$options$statistic[5:6])))
    expect_true(is.finite(r$p_value))
  }
  r <- mi_rs(d$x, by)
  ref <- mi_reference_rs2(d$x, by, r$statistic)
  expect_equal(r$p_value, unname(ref["p"]), tolerance = 1e-6)
  r <- test_multi_independence(d$x, by)
  expect_equal(r$p_value, min(1, 4 * min(pchisq(mi_reference_stats(d$x, by), 3,
                                                  lower.tail = FALSE))))
})

test_that("Rao-Scott warns once when a group has fewer than 5 answers", {
  set.seed(15)
  x <- data.frame(a = rbinom(10, 1, 0.5), b = rbinom(10, 1, 0.5))
  x[1:2, ] <- list(c(0L, 1L), c(1L, 0L))
  by <- rep(c("A", "B", "C"), c(1, 4, 5))
  w <- testthat::capture_warnings(r <- test_multi_independence(x, by, method = "rao-scott"))
  expect_length(w, 1L)
  expect_match(w, "Some groups have fewer than 5 answers \\(A: 1, B: 4\\)")
  expect_warning(test_multi_independence(x, by, method = "rao-scott"),
                 class = "peersurvey_small_groups")
  # the p-value is still the Bilder-Loughin construction
  ref <- mi_reference_rs2(x, by, r$statistic)
  expect_equal(r$p_value, unname(ref["p"]), tolerance = 1e-6)
  expect_no_warning(test_multi_independence(x, by))
  expect_no_warning(test_multi_independence(x, by, method = "bootstrap", B = 99))
  big <- rep(c("A", "B"), each = 5)
  expect_no_warning(test_multi_independence(x, big, method = "rao-scott"))
})

test_that("NA answers and groups are dropped; bad input is an error", {
  set.seed(10)
  d <- mi_random(50, 3, 3)
  x <- d$x; x[2, 1] <- NA; by <- d$by; by[5] <- NA
  keep <- -c(2, 5)
  expect_equal(test_multi_independence(x, by)$statistic,
               test_multi_independence(d$x[keep, ], d$by[keep])$statistic)
  expect_error(test_multi_independence(d$x, d$by[-1]), "`by` must have one value")
  expect_error(test_multi_independence(d$x, rep("a", 50)), "at least two groups")
  expect_error(test_multi_independence(data.frame(a = c(0, 2)), 1:2), "0/1")
  expect_error(test_multi_independence(data.frame(a = c(1L, 1L), b = 0L), 1:2), "nothing to test")
  expect_error(test_multi_independence(d$x, d$by, B = 0), "`B`")
  expect_error(test_multi_independence(1:3, 1:3), "data frame or matrix")
})

test_that("the C entry point rejects wrong calls with R errors", {
  f <- function(...) .Call(peersurvey:::C_test_multi_independence, ...)
  y <- matrix(c(0L, 1L, 1L, 0L), 2)
  expect_error(f(matrix(c(0, 1, 1, 0), 2), 1:2, 2L, 0L, 0.5, c(TRUE, TRUE)), "type")
  expect_error(f(1:4, 1:2, 2L, 0L, 0.5, c(TRUE, TRUE)), "matrix")
  expect_error(f(y, 1:3, 2L, 0L, 0.5, c(TRUE, TRUE)), "length")
  expect_error(f(y, c(1L, 3L), 2L, 0L, 0.5, c(TRUE, TRUE)), "codes 1 to 2")
  expect_error(f(y, c(1L, 1L), 2L, 0L, 0.5, c(TRUE, TRUE)), "no answers")
  expect_error(f(y, 1:2, 2L, -1L, 0.5, c(TRUE, TRUE)), "B")
  expect_error(f(y, 1:2, 2L, 0L, -1, c(TRUE, TRUE)), "add_constant")
  expect_error(f(y, 1:2, 2L, 0L, 0.5, TRUE), "length")
  expect_error(f(matrix(c(0L, 2L, 1L, 0L), 2), 1:2, 2L, 0L, 0.5, c(TRUE, TRUE)), "0 and 1")
  expect_error(f(matrix(c(0L, 0L, 1L, 0L), 2), 1:2, 2L, 0L, 0.5, c(TRUE, TRUE)), "constant")
  expect_type(f(y, 1:2, 2L, 5L, 0.5, c(TRUE, TRUE)), "list")
})

test_that("the plus-one bootstrap p-value is never 0, MRCV's can be", {
  set.seed(31)
  n <- 60
  by <- rep(c("A", "B"), each = n / 2)
  # an option ticked in one group only: no resample reaches the statistic
  x <- data.frame(a = rep(c(1L, 0L), each = n / 2), b = rbinom(n, 1, 0.5))
  set.seed(1); r1 <- test_multi_independence(x, by, method = "bootstrap", B = 199)
  set.seed(1); r0 <- test_multi_independence(x, by, method = "bootstrap", B = 199,
                                             p_boot = "mrcv")
  b <- sum(r1$replicates >= r1$statistic * (1 - 64 * .Machine$double.eps))
  expect_equal(b, 0)
  expect_equal(r0$p_value, 0)
  expect_equal(r1$p_value, 1 / (r1$B_used + 1))
  expect_identical(r0$replicates, r1$replicates)
  expect_error(test_multi_independence(x, by, method = "bootstrap", p_boot = "share"),
               "`p_boot` must be one of", class = "peersurvey_bad_argument")
})

test_that("draws counted by pattern or by option give the statistics of sample()", {
  # few patterns for many answers (counted per pattern), and about one
  # pattern per answer with many groups (counted per option): both are the
  # statistic of the resampled data
  set.seed(16)
  cases <- list(list(n = 400, c = 3, r = 2), list(n = 30, c = 9, r = 6),
                list(n = 200, c = 66, r = 3))
  # and more than 64 options in few patterns: 25 answers repeated 16 times
  d4 <- mi_random(25, 70, 2, probs = runif(70, 0.2, 0.8))
  d4 <- list(x = d4$x[rep(1:25, 16), ], by = sample(c("A", "B"), 400, TRUE))
  for (cs in c(cases, list(d4))) {
    d <- if (is.null(cs$n)) cs else mi_random(cs$n, cs$c, cs$r, probs = runif(cs$c, 0.2, 0.8))
    st <- mi_reference_stats(d$x, d$by)
    set.seed(4); b <- test_multi_independence(d$x, d$by, method = "bootstrap", B = 5)
    set.seed(4)
    W <- rep(sort(unique(d$by)), times = as.vector(table(d$by)))
    ref <- vapply(1:5, function(i) {
      idx <- sample(nrow(d$x), nrow(d$x), replace = TRUE)
      s <- mi_reference_stats(d$x[idx, ], W)
      if (anyNA(s[!is.na(st)])) NA_real_ else sum(s[!is.na(st)])
    }, numeric(1))
    expect_equal(b$replicates, ref[!is.na(ref)], info = paste(dim(d$x), collapse = " x "))
  }
})

test_that("ALTREP input to the bootstrap is read as is", {
  f <- function(...) .Call(peersurvey:::C_test_multi_independence, ...)
  set.seed(17)
  y <- matrix(rbinom(300, 1, 0.4), 100, 3)
  g <- rep_len(1:2, 100)
  set.seed(1); a <- f(y, g, 2L, 20L, 0.5, rep(TRUE, 3))
  set.seed(1); b <- f(structure(y, tag = 1), structure(g, tag = 1), 2L, 20L, 0.5,
                      structure(rep(TRUE, 3), tag = 1))
  expect_identical(a, b)
  # a compact sequence of groups
  y2 <- matrix(rep_len(c(0L, 1L, 1L), 300), 100, 3)
  set.seed(1); c1 <- f(y2, seq_len(100), 100L, 9L, 0.5, rep(TRUE, 3))
  set.seed(1); c2 <- f(y2, seq_len(100) + 0L, 100L, 9L, 0.5, rep(TRUE, 3))
  expect_identical(c1, c2)
})

test_that("the draws are those of sample() for every generator and sampler", {
  old <- RNGkind()
  on.exit(suppressWarnings(RNGkind(old[1], old[2], old[3])), add = TRUE)
  set.seed(18)
  for (n in c(1L, 2L, 3L, 100L, 129L)) {
    d <- mi_random(max(n, 20L), 3, 2, probs = c(0.3, 0.5, 0.7))
    d$x <- d$x[seq_len(n), , drop = FALSE]
    d$by <- rep_len(c("A", "B"), n)
    y <- as.matrix(d$x)
    G <- min(n, 2L)
    g <- rep_len(seq_len(G), n)
    for (kind in c("Mersenne-Twister", "L'Ecuyer-CMRG", "Knuth-TAOCP-2002", "Wichmann-Hill"))
      for (sk in c("Rejection", "Rounding")) {
        suppressWarnings(RNGkind(kind, "Inversion", sk))
        info <- paste(n, kind, sk)
        set.seed(5)
        # the same indices from sample(), then the same state
        set.seed(5)
        idx <- replicate(3, sample(n, n, replace = TRUE))
        expect_identical(.Random.seed, {
          set.seed(5)
          .Call(peersurvey:::C_test_multi_independence, y, g, G, 3L, 0, rep(FALSE, 3))
          .Random.seed
        }, info = info)
        # with every option valid, the statistic of each resample
        if (n >= 3 && all(colSums(y) > 0 & colSums(y) < n)) {
          set.seed(5)
          got <- .Call(peersurvey:::C_test_multi_independence, y, g, G, 3L, 0, rep(TRUE, 3))
          W <- rep(1:2, times = tabulate(g, 2))
          ref <- apply(idx, 2, function(i) {
            s <- mi_reference_stats(d$x[i, , drop = FALSE], W, add = 0)
            if (anyNA(s)) NA_real_ else sum(s)
          })
          expect_equal(got$star, ref, info = info)
        }
      }
  }
})

test_that("without a seed the bootstrap still runs and leaves one", {
  had <- exists(".Random.seed", envir = globalenv())
  if (had) {
    seed <- get(".Random.seed", envir = globalenv())
    on.exit(assign(".Random.seed", seed, envir = globalenv()), add = TRUE)
  }
  rm(list = intersect(".Random.seed", ls(globalenv(), all.names = TRUE)), envir = globalenv())
  y <- matrix(rep_len(c(0L, 1L, 1L, 0L, 1L), 60), 20, 3)
  res <- .Call(peersurvey:::C_test_multi_independence, y, rep_len(1:2, 20), 2L, 7L, 0.5,
               rep(TRUE, 3))
  expect_length(res$star, 7L)
  expect_true(exists(".Random.seed", envir = globalenv()))
})
