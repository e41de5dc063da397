# Bootstrap test of multiple marginal independence: peersurvey's C
# resampling against MRCV::MI.test(type = "boot"), same data, same B, same
# seed, and against a floor: the random numbers alone (n * B calls of R's
# R_unif_index(), and of the generator unif_rand() it calls, bench/floor.c,
# compiled here with R CMD SHLIB and loaded into this R process).  The calls of each size run interleaved, round after
# round in a shuffled order; the tables give medians over the rounds.
# Run from the top of a clone after installing the package:
#   Rscript bench/resample.R            (or ROUNDS=7 Rscript bench/resample.R)
suppressPackageStartupMessages({
  library(peersurvey)
  library(MRCV)
  library(bench)
})
options(width = 120)
rounds <- as.integer(Sys.getenv("ROUNDS", "5"))

source(file.path("bench", "common.R"))
floor_dll <- load_floor()
floor_draws <- getNativeSymbolInfo("floor_draws", floor_dll)
floor_unif <- getNativeSymbolInfo("floor_unif", floor_dll)

cat(R.version.string, "| cores:", parallel::detectCores(), "| CPU:",
    sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1L]), "\n")
cat("MRCV", as.character(utils::packageVersion("MRCV")), "| rounds:", rounds, "\n")
cat("load average at start:", loadavg(), "\n\n")


goal <- function(what, ratio, target) {
  cat(sprintf("  goal: %-40s %7.1f (target >= %g) %s\n", what, ratio, target,
              if (ratio >= target) "met" else "NOT MET"))
}

# 5 options ticked with probabilities 0.7 to 0.1, 3 groups of unequal size
simulate <- function(n) {
  set.seed(2025)
  by <- sample(c("North", "Centre", "South"), n, replace = TRUE, prob = c(0.45, 0.2, 0.35))
  probs <- c(0.7, 0.45, 0.3, 0.2, 0.1)
  x <- as.data.frame(lapply(probs, function(p) as.integer(runif(n) < p)))
  names(x) <- paste0("opt", seq_along(probs))
  list(x = x, by = by, dat = data.frame(W = by, x))  # MRCV: the grouping first
}

B <- 1999
targets <- c("262" = 200, "2000" = 100)
for (n in c(262, 2000)) {
  d <- simulate(n)
  # the same draws for the same seed
  set.seed(1); p1 <- test_multi_independence(d$x, d$by, method = "bootstrap", B = B)
  set.seed(1); p2 <- MI.test(d$dat, I = 1, J = 5, type = "boot", B = B, print.status = FALSE)
  stopifnot(isTRUE(all.equal(p1$replicates, p2$boot$X.sq.S.star, tolerance = 1e-10)))
  cat(sprintf("## n = %d, B = %d\n", n, B))
  cat(sprintf(paste("same draws: %d replicate statistics agree up to %.2g; p-values",
                    "peersurvey %.6f, MRCV %.6f; statistic %.6f vs %.6f\n"),
              length(p1$replicates), max(abs(p1$replicates - p2$boot$X.sq.S.star)),
              p1$p_value, p2$boot$p.value.boot, p1$statistic, p2$general$X.sq.S))
  res <- interleave(list(
    "test_multi_independence(bootstrap)" =
      quote({ set.seed(1); test_multi_independence(d$x, d$by, method = "bootstrap", B = B) }),
    "floor: n * B draws of R_unif_index()" = quote({ set.seed(1); .Call(floor_draws, n, B) }),
    "n * B calls of unif_rand() alone" = quote({ set.seed(1); .Call(floor_unif, n, B) }),
    "MRCV::MI.test(type = \"boot\")" =
      quote({ set.seed(1); MI.test(d$dat, I = 1, J = 5, type = "boot", B = B,
                                   print.status = FALSE) })), rounds)
  print(res, row.names = FALSE)
  goal(sprintf("MRCV / peersurvey at n = %d", n), res$vs_peersurvey[4], targets[[as.character(n)]])
  cat(sprintf("  peersurvey / floor (R_unif_index() draws alone): %.2f; / unif_rand() alone: %.2f\n\n",
              1 / res$vs_peersurvey[2], 1 / res$vs_peersurvey[3]))
}
cat("load average at end:", loadavg(), "\n")
