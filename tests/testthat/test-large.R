# Counts beyond what a 32-bit integer holds.  The weighted tests are small in
# memory and always run.  The long-vector tests (more than 2^31 - 1 answers)
# need about 9 GB of free memory each and run only with PEERSURVEY_LARGE=1:
#   PEERSURVEY_LARGE=1 Rscript tools/run-tests.R

large_enabled <- function() identical(Sys.getenv("PEERSURVEY_LARGE"), "1")

# Free memory in GB from /proc/meminfo (Linux), or NA
large_free_gb <- function() {
  if (!file.exists("/proc/meminfo")) return(NA_real_)
  l <- grep("^MemAvailable:", readLines("/proc/meminfo"), value = TRUE)
  if (!length(l)) return(NA_real_)
  as.numeric(gsub("[^0-9]", "", l)) / 1024^2
}

skip_unless_large <- function(gb) {
  skip_on_cran()
  skip_if_not(large_enabled(), "long-vector tests run with PEERSURVEY_LARGE=1")
  free <- large_free_gb()
  skip_if(is.na(free) || free < gb, sprintf("needs %g GB of free memory", gb))
}

test_that("weighted single-choice totals beyond 2^31 are exact", {
  set.seed(11)
  lev <- c("a", "b", "c", "d")
  x <- factor(sample(lev[1:3], 10L, TRUE), levels = lev)
  x[c(4L, 9L)] <- NA
  # whole-number weights well above 2^31: every partial sum is exact in double
  w <- c(1e9, 2^31 + 7, 3e9, 1e9, 2^40, 5, 1e9, 7e9, 2^33, 1e9)
  tab <- tabulate_choice(x, weights = w)
  want <- c(vapply(lev, function(l) sum(w[!is.na(x) & x == l]), 0), sum(w[is.na(x)]))
  expect_identical(tab$n, unname(want))
  expect_identical(sum(tab$n), sum(w))
  expect_gt(max(tab$n), .Machine$integer.max)
})

test_that("weighted single-choice totals by group beyond 2^31 are exact", {
  set.seed(12)
  x <- factor(sample(c("yes", "no"), 40L, TRUE), levels = c("yes", "no"))
  by <- sample(c("North", "South"), 40L, TRUE)
  w <- as.double(sample(1:9, 40L, TRUE)) * 1e9
  tab <- tabulate_choice(x, by = by, weights = w)
  for (g in c("North", "South")) for (l in c("yes", "no")) {
    got <- tab$n[tab$group == g & !is.na(tab$level) & tab$level == l]
    expect_identical(got, sum(w[by == g & x == l]), info = paste(g, l))
  }
})

test_that("weighted multiple-response totals beyond 2^31 are exact", {
  set.seed(13)
  d <- data.frame(opt_a = sample(c(TRUE, FALSE, NA), 12L, TRUE),
                  opt_b = sample(c(TRUE, FALSE), 12L, TRUE),
                  opt_c = sample(c(TRUE, FALSE), 12L, TRUE))
  w <- as.double(sample(1:5, 12L, TRUE)) * 2^31
  tab <- tabulate_multi(d, weights = w)
  want <- vapply(d, function(col) sum(w[col %in% TRUE]), 0)
  expect_identical(tab$n, unname(want))
  expect_gt(max(tab$n), .Machine$integer.max)
})

test_that("tables of chunks add up beyond 2^31", {
  x <- factor(c("a", "b", "a"), levels = c("a", "b"))
  w <- c(1.5e9, 2e9, 1e9)
  parts <- lapply(1:4, function(i) tabulate_choice(x, weights = w * i))
  all <- combine_tabs(parts)
  want <- c(sum(w[c(1, 3)]), w[2]) * sum(1:4)
  expect_identical(all$n[!is.na(all$level)], want)
  expect_identical(sum(all$n), sum(w) * sum(1:4))
})

test_that("unweighted counts of more than 2^31 answers are exact", {
  skip_unless_large(10)
  n <- 2^31 + 10
  # codes 1, 2, 3, 1, 2, 3, ... as a factor, without a copy
  x <- structure(rep_len(1:3, n), levels = c("a", "b", "c"), class = "factor")
  on.exit({ rm(x); gc() }, add = TRUE)
  expect_gt(length(x), .Machine$integer.max)
  tab <- tabulate_choice(x)
  # code k appears at positions k, k + 3, ...: floor((n - k) / 3) + 1 times
  want <- vapply(1:3, function(k) floor((n - k) / 3) + 1, 0)
  expect_identical(tab$n, want)
  expect_identical(sum(tab$n), n)
})

test_that("multiple-response counts over more than 2^31 answers are exact", {
  skip_unless_large(10)
  n <- 2^31 + 10
  col <- rep_len(c(TRUE, FALSE, NA), n)
  on.exit({ rm(col); gc() }, add = TRUE)
  calls <- getDLLRegisteredRoutines("peersurvey")$.Call
  # the entry point behind tabulate_multi(): data frames cannot hold a
  # long vector, a list of columns can
  res <- .Call(calls$C_tabulate_multi, list(col), NULL, 0L, NULL)
  ticked <- floor((n - 1) / 3) + 1
  missing <- floor((n - 3) / 3) + 1
  expect_identical(as.vector(res$n), ticked)
  expect_identical(as.vector(res$rows), n)
  expect_identical(as.vector(res$answered), n - missing)
})
