# References for Fisher's exact test on 2 x K tables, in plain R

# Every first row with the margins of `tab` (2 x K), enumerated outright:
# the sum of the hypergeometric probabilities no larger than the observed
# one (relative tolerance 1e-7, as fisher.test())
fisher_brute <- function(tab) {
  cs <- colSums(tab); r <- sum(tab[1, ]); n <- sum(tab)
  if (n == 0) return(1)
  grid <- as.matrix(expand.grid(lapply(cs, function(c) 0:c)))
  grid <- grid[rowSums(grid) == r, , drop = FALSE]
  d <- apply(grid, 1, function(x) prod(choose(cs, x))) / choose(n, r)
  dobs <- prod(choose(cs, tab[1, ])) / choose(n, r)
  sum(d[d <= dobs * (1 + 1e-7)])
}

# The same sum by a column-by-column convolution of the exact distribution
# of the table's log probability (no pruning): feasible for wide tables
# with small column totals, where the outright enumeration is not
fisher_convolve <- function(tab) {
  cs <- colSums(tab); r <- sum(tab[1, ]); n <- sum(tab)
  st <- data.frame(s = 0, key = 0, w = 1)
  for (c in cs) {
    nx <- do.call(rbind, lapply(0:c, function(x)
      data.frame(s = st$s + x, key = st$key + lchoose(c, x), w = st$w * choose(c, x))))
    nx <- nx[nx$s <= r, ]
    k <- paste(nx$s, round(nx$key, 9))
    st <- data.frame(s = tapply(nx$s, k, `[`, 1), key = tapply(nx$key, k, `[`, 1),
                     w = tapply(nx$w, k, sum))
  }
  st <- st[st$s == r, ]
  obs <- sum(lchoose(cs, tab[1, ]))
  sum(st$w[st$key <= obs + log1p(1e-7)]) / choose(n, r)
}

random_2xk <- function(k, n) {
  tab <- table(factor(sample(1:2, n, TRUE, prob = runif(2)), levels = 1:2),
               factor(sample(1:k, n, TRUE, prob = runif(k)), levels = 1:k))
  matrix(as.vector(tab), 2)
}

# Every R x C table with the margins of `tab`, enumerated outright (column
# by column, each column's splits within the rows' room): the sum of the
# probabilities no larger than the observed one
fisher_brute_rxc <- function(tab) {
  rs <- rowSums(tab); cs <- colSums(tab); n <- sum(tab); R <- nrow(tab)
  lp <- function(cells) sum(lfactorial(rs)) + sum(lfactorial(cs)) - lfactorial(n) -
    sum(lfactorial(cells))
  obs <- lp(tab); tot <- 0
  walk <- function(j, room, cells) {
    if (j > length(cs)) {
      v <- lp(cells)
      if (v <= obs + log1p(1e-7)) tot <<- tot + exp(v)
      return(invisible())
    }
    g <- as.matrix(expand.grid(lapply(room, function(r) 0:min(r, cs[j]))))
    g <- g[rowSums(g) == cs[j], , drop = FALSE]
    for (k in seq_len(nrow(g))) walk(j + 1L, room - g[k, ], c(cells, g[k, ]))
  }
  walk(1L, rs, numeric())
  tot
}

# The same sum from the exact distribution of the table's log probability,
# built column by column (no pruning), states grouped by the rows' used
# totals and the key: feasible for wide tables with few units
fisher_convolve_rxc <- function(tab) {
  rs <- rowSums(tab); cs <- colSums(tab); n <- sum(tab); R <- nrow(tab)
  st <- list(s = matrix(0, 1, R), key = 0, w = 1)
  for (c in cs) {
    sp <- as.matrix(expand.grid(rep(list(0:c), R)))
    sp <- sp[rowSums(sp) == c, , drop = FALSE]
    l <- lfactorial(c) - rowSums(lfactorial(sp))
    i <- rep(seq_along(st$key), each = nrow(sp))
    k <- rep(seq_len(nrow(sp)), length(st$key))
    s <- st$s[i, , drop = FALSE] + sp[k, , drop = FALSE]
    ok <- rowSums(s > rep(rs, each = nrow(s))) == 0
    s <- s[ok, , drop = FALSE]
    key <- (st$key[i] + l[k])[ok]
    w <- (st$w[i] * exp(l[k]))[ok]
    g <- paste(apply(s, 1, paste, collapse = ","), round(key, 8))
    first <- !duplicated(g)
    ws <- rowsum(w, g, reorder = FALSE)[, 1]
    st <- list(s = s[first, , drop = FALSE], key = key[first], w = unname(ws[g[first]]))
  }
  lobs <- sum(lfactorial(cs)) - sum(lfactorial(tab))
  sum(st$w[st$key <= lobs + log1p(1e-7)]) / exp(lfactorial(n) - sum(lfactorial(rs)))
}

test_that("the exact test equals a brute-force enumeration on small tables", {
  set.seed(101)
  for (i in 1:150) {
    k <- sample(2:5, 1); n <- sample(0:22, 1)
    tab <- random_2xk(k, n)
    ref <- fisher_brute(tab)
    expect_equal(fisher_test(tab)$p.value, ref, tolerance = 1e-9)
    # K x 2: the same test
    expect_equal(fisher_test(t(tab))$p.value, ref, tolerance = 1e-9)
    # either row first
    expect_equal(fisher_test(tab[2:1, , drop = FALSE])$p.value, ref, tolerance = 1e-9)
  }
})

test_that("tables with many ties (equal columns) equal the enumeration", {
  set.seed(107)
  for (cs in list(rep(2, 8), rep(3, 7), c(rep(2, 4), rep(4, 4)), rep(1, 12))) {
    for (i in 1:4) {
      x1 <- vapply(cs, function(c) sample.int(c + 1L, 1L) - 1L, integer(1))
      tab <- rbind(x1, cs - x1)
      expect_equal(fisher_test(tab)$p.value, fisher_brute(tab), tolerance = 1e-9)
    }
  }
})

test_that("the exact test equals fisher.test() on tables with few columns", {
  set.seed(102)
  for (i in 1:150) {
    k <- sample(2:6, 1); n <- sample(c(5, 20, 60, 150), 1)
    tab <- random_2xk(k, n)
    tt <- tab[, colSums(tab) > 0, drop = FALSE]
    if (ncol(tt) < 2 || any(rowSums(tt) == 0)) next
    res <- fisher_test(tab)
    expect_false(res$simulated)
    expect_equal(res$p.value, fisher.test(tt)$p.value, tolerance = 1e-8)
    expect_equal(fisher_test(t(tab))$p.value, fisher.test(t(tt))$p.value, tolerance = 1e-8)
  }
})

test_that("wide tables agree with a full convolution and with simulation", {
  set.seed(103)
  for (i in 1:6) {
    cs <- sample(0:4, 21, TRUE)
    x1 <- vapply(cs, function(c) sample.int(c + 1L, 1L) - 1L, integer(1))
    tab <- rbind(x1, cs - x1)
    expect_equal(fisher_test(tab)$p.value, fisher_convolve(tab), tolerance = 1e-8)
  }
  # equal column totals (15, 13, 16) repeated seven times
  t1 <- rbind(rep(c(10, 6, 7), 7), rep(c(5, 7, 9), 7))
  # 21 regions of 12 departments each; a full enumeration gives 0.1757
  r <- c(9, 6, 7, 6, 5, 6, 4, 8, 8, 4, 5, 1, 7, 2, 7, 5, 6, 7, 4, 5, 6)
  t2 <- rbind(r, 12 - r)
  B <- 20000
  for (tab in list(t1, t2)) {
    res <- fisher_test(tab)
    expect_false(res$simulated)
    expect_match(res$method, "2 x 21")
    set.seed(104)
    sim <- fisher.test(tab, simulate.p.value = TRUE, B = B)$p.value
    se <- sqrt(sim * (1 - sim) / B)
    expect_lt(abs(res$p.value - sim), 4 * se + 1 / B)
  }
  expect_equal(round(fisher_test(t2)$p.value, 4), 0.1757)
})

test_that("R x C tables: exact, equal to a full enumeration", {
  set.seed(211)
  for (i in 1:80) {
    R <- sample(3:4, 1); C <- sample(3:4, 1); n <- sample(2:13, 1)
    tab <- matrix(rmultinom(1, n, runif(R * C))[, 1], R)
    keep <- tab[rowSums(tab) > 0, colSums(tab) > 0, drop = FALSE]
    ref <- if (min(dim(keep)) < 2) 1 else fisher_brute_rxc(keep)
    res <- fisher_test(tab)
    expect_false(res$simulated)
    expect_equal(res$p.value, ref, tolerance = 1e-9)
    # either orientation, rows and columns in any order
    expect_equal(fisher_test(t(tab))$p.value, ref, tolerance = 1e-9)
    expect_equal(fisher_test(tab[sample(R), sample(C), drop = FALSE])$p.value, ref,
                 tolerance = 1e-9)
  }
  # a wide table, against the full convolution
  set.seed(212)
  wide <- matrix(rmultinom(1, 24, runif(3 * 10))[, 1], 3)
  res <- fisher_test(wide)
  expect_false(res$simulated)
  kept <- wide[, colSums(wide) > 0]
  expect_match(res$method, sprintf("network algorithm for 3 x %d", ncol(kept)))
  expect_equal(res$p.value, fisher_convolve_rxc(kept), tolerance = 1e-9)
})

test_that("R x C tables agree with fisher.test() where it is right", {
  set.seed(213)
  for (i in 1:60) {
    R <- sample(3:5, 1); C <- sample(3:5, 1); n <- sample(10:40, 1)
    tab <- matrix(rmultinom(1, n, runif(R * C))[, 1], R)
    res <- fisher_test(tab)
    expect_false(res$simulated)
    expect_equal(res$p.value, fisher.test(tab, workspace = 2e7)$p.value, tolerance = 1e-9)
  }
  # the 4 x 4 job satisfaction table of fisher.test()'s help page, and three
  # groups by four answers
  job <- matrix(c(1, 2, 1, 0, 3, 3, 6, 1, 10, 10, 14, 9, 6, 7, 12, 11), 4, 4)
  expect_equal(fisher_test(job)$p.value, fisher.test(job)$p.value, tolerance = 1e-9)
  groups <- matrix(c(12, 5, 3, 8, 9, 4, 2, 7, 11, 4, 4, 6), 3)
  expect_equal(fisher_test(groups)$p.value, fisher.test(groups)$p.value, tolerance = 1e-9)
})

test_that("empty columns, empty rows, n = 0 and n = 1 give the right answer", {
  tab <- matrix(c(3, 1, 0, 0, 2, 5, 1, 4), 2)
  expect_equal(fisher_test(tab)$p.value, fisher_brute(tab[, -2]))
  expect_equal(fisher_test(tab)$p.value, fisher.test(tab[, -2])$p.value)
  expect_equal(fisher_test(t(tab))$p.value, fisher_brute(tab[, -2]))
  # a 3 x K table with an empty row is a 2 x K table: exact, not simulated
  tab3 <- rbind(tab[, -2], 0)
  expect_false(fisher_test(tab3)$simulated)
  expect_equal(fisher_test(tab3)$p.value, fisher.test(tab[, -2])$p.value)
  # a single table has these margins
  for (m in list(matrix(0, 2, 3), matrix(c(1, 0, 0, 0), 2), matrix(numeric(0), 2, 0),
                 matrix(c(2, 0, 3, 0, 1, 0), 2), matrix(1:4, 1), matrix(0, 0, 0))) {
    res <- fisher_test(m)
    expect_identical(res$p.value, 1)
    expect_false(res$simulated)
  }
  expect_s3_class(fisher_test(matrix(c(1, 2, 3, 4), 2)), "htest")
  expect_output(print(fisher_test(matrix(c(1, 2, 3, 4), 2))), "p-value")
})

test_that("larger tables and huge counts fall back to simulation and say so", {
  # 3 x 21 with 3000 units: too large to enumerate, simulated
  set.seed(105)
  tab <- matrix(rmultinom(1, 3000, runif(63))[, 1], 3)
  set.seed(1); res <- fisher_test(tab, B = 500)
  set.seed(1); ref <- fisher.test(tab, simulate.p.value = TRUE, B = 500)
  expect_true(res$simulated)
  expect_equal(res$p.value, ref$p.value)
  expect_match(res$method,
               "simulated p-value \\(3 x 21 table, too large to enumerate exactly; 500 replicates\\)")
  # 2 x 2 with a million units: exact from the hypergeometric sum
  big <- matrix(c(250000, 250100, 249900, 250000), 2)
  res <- fisher_test(big)
  expect_false(res$simulated)
  expect_equal(res$p.value, fisher.test(big)$p.value)
  # 2 x 3 with 80000 units: beyond the network's bounds, fisher.test() is
  # right with so few columns
  big3 <- matrix(c(20000, 20100, 19900, 20000, 100, 120), 2)
  res <- fisher_test(big3)
  expect_false(res$simulated)
  expect_equal(res$p.value, fisher.test(big3, workspace = 2e7)$p.value)
  # 2 x 21 with a million units: too large to enumerate, simulated
  set.seed(106)
  wide <- rbind(rmultinom(1, 5e5, rep(1, 21))[, 1], rmultinom(1, 5e5, rep(1, 21))[, 1])
  set.seed(2); res <- fisher_test(wide, B = 200)
  set.seed(2); ref <- fisher.test(wide, simulate.p.value = TRUE, B = 200)
  expect_true(res$simulated)
  expect_match(res$method, "too large")
  expect_equal(res$p.value, ref$p.value)
})

test_that("bad tables are errors naming the argument and the cell", {
  expect_error(fisher_test(matrix(c(1, -1, 2, 3), 2)), "`x`.*cell \\[2, 1\\] is -1",
               class = "peersurvey_bad_argument")
  expect_error(fisher_test(matrix(c(1, 1.5, 2, 3), 2)), "whole counts")
  expect_error(fisher_test(matrix(c(1, NA, 2, 3), 2)), "cell \\[2, 1\\] is NA")
  expect_error(fisher_test(1:4), "`x` must be a matrix", class = "peersurvey_error")
  expect_error(fisher_test(data.frame(a = 1:2, b = 3:4)), "`x` must be a matrix")
  expect_error(fisher_test(matrix(letters[1:4], 2)), "counts")
  expect_error(fisher_test(matrix(c(1e16, 1, 1, 1), 2)), "too many")
  expect_error(fisher_test(matrix(1:4, 2), B = 0), "`B`")
})

test_that("the C entry point checks what it is given", {
  f <- function(...) .Call(peersurvey:::C_fisher_test, ...)
  expect_error(f(1L, 2, 1e6), "type double")
  expect_error(f(c(1, 2), 3, 1e6), "length")
  expect_error(f(c(3, 1), c(2, 2), 1e6), "column 1")
  expect_error(f(c(-1, 1), c(2, 2), 1e6), "column 1")
  expect_error(f(c(NA, 1), c(2, 2), 1e6), "column 1")
  expect_error(f(c(1, 1), c(2, 2), "a"), "max_paths")
  expect_error(f(c(1, 1), c(2, 2), 0), "max_paths")
  expect_equal(f(numeric(0), numeric(0), 1e6), c(1, 0))
  # more units than the log-factorial table holds: reported, not computed
  expect_equal(f(c(6e6, 1), c(1.2e7, 2), 1e6), c(NA, 1))
  # a limit on the paths that is reached reports it instead of a p-value
  t1 <- rbind(rep(c(10, 6, 7), 7), rep(c(5, 7, 9), 7))
  expect_equal(f(as.double(t1[1, ]), as.double(colSums(t1)), 10)[2], 2)
  g <- function(...) .Call(peersurvey:::C_fisher_rxc, ...)
  m <- matrix(c(2, 1, 0, 3, 1, 2, 0, 1, 4), 3)
  expect_error(g(1:9, 1e6), "type double")
  expect_error(g(as.double(1:9), 1e6), "must be a matrix")
  expect_error(g(array(as.double(1:8), c(2, 2, 2)), 1e6), "must be a matrix")
  for (bad in c(-1, 1.5, NA, Inf)) {
    mb <- m
    mb[2, 3] <- bad
    expect_error(g(mb, 1e6), "cell 8")
  }
  expect_error(g(m, "a"), "max_paths")
  expect_error(g(m, 0), "max_paths")
  expect_equal(g(matrix(0, 3, 3), 1e6), c(1, 0))
  expect_equal(g(matrix(numeric(0), 0, 3), 1e6), c(1, 0))
  expect_equal(g(m, 1e6)[1], fisher_brute_rxc(m), tolerance = 1e-9)
  expect_equal(g(matrix(c(6e6, 1, 1, 1, 1, 1, 1, 1, 6e6), 3), 1e6), c(NA, 1))
  big <- matrix(rep(c(10, 6, 7, 5, 7, 9, 8, 4, 6), 4), 3)
  expect_equal(g(big, 10)[2], 2)
})

test_that("compare_groups(test = \"fisher\") uses the exact 2 x K test", {
  r <- c(9, 6, 7, 6, 5, 6, 4, 8, 8, 4, 5, 1, 7, 2, 7, 5, 6, 7, 4, 5, 6)
  region <- rep(sprintf("R%02d", 1:21), each = 12)
  answered <- unlist(lapply(r, function(k) rep(c(TRUE, FALSE), c(k, 12 - k))))
  res <- compare_groups(answered, region, test = "fisher")
  expect_equal(res$p_value, fisher_test(t(res$table))$p.value)
  expect_match(res$method, "network algorithm")
})

test_that("counts beyond R's integers are an error naming the cell", {
  big <- matrix(c(1, 2, 3, 4), 2)
  big[2, 1] <- 2^31
  expect_error(fisher_test(big), "cell \\[2, 1\\] is 2147483648", class = "peersurvey_bad_argument")
  expect_error(fisher_test(matrix(.Machine$integer.max + 1, 3, 3)), "counts must be below 2\\^31",
               class = "peersurvey_bad_argument")
  # counts that fit but add up past R's integers: no exact value, and no simulated one
  expect_error(fisher_test(matrix(.Machine$integer.max, 3, 3)),
               "units in all: .*simulated tables need fewer than 2\\^31",
               class = "peersurvey_bad_argument")
  # a huge count in a table of one row or column left is no test: p = 1, as before
  expect_identical(fisher_test(matrix(c(3e9, 0, 0, 0), 2))$p.value, 1)
  expect_error(fisher_test(matrix(c(0, 0, 0, 1, 3e9, 2, 0, 4, 5), 3)), "cell \\[2, 2\\] is 3000000000",
               class = "peersurvey_bad_argument")
  # the largest integer count is still a count
  edge <- matrix(c(.Machine$integer.max, 0, 0, 1), 2)
  # (stats' p-value alone: its confidence interval takes seconds here)
  expect_equal(fisher_test(edge)$p.value, stats::fisher.test(edge, conf.int = FALSE)$p.value)
})
