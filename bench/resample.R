# Bootstrap test of multiple marginal independence: peersurvey's C
# resampling against MRCV::MI.test(type = "boot"), same data, same B.
# Run from the top of a clone after installing the package:
#   Rscript bench/resample.R
suppressPackageStartupMessages({
  library(peersurvey)
  library(MRCV)
  library(bench)
})

set.seed(2025)
n <- 262
by <- sample(c("North", "Centre", "South"), n, replace = TRUE, prob = c(0.45, 0.2, 0.35))
probs <- c(0.7, 0.45, 0.3, 0.2, 0.1)
x <- as.data.frame(lapply(probs, function(p) as.integer(runif(n) < p)))
names(x) <- paste0("opt", seq_along(probs))
# MRCV's layout: the grouping first, then the options
dat <- data.frame(W = by, x)
B <- 1999

res <- bench::mark(
  peersurvey = { set.seed(1); test_multi_independence(x, by, method = "bootstrap", B = B)$p_value },
  MRCV = { set.seed(1); MI.test(dat, I = 1, J = 5, type = "boot", B = B, print.status = FALSE)$boot$p.value.boot },
  iterations = 5, check = TRUE, memory = FALSE
)
print(res[, c("expression", "min", "median", "itr/sec", "n_itr")])
med <- as.numeric(res$median)
cat(sprintf("\nmedian ratio MRCV / peersurvey: %.0f\n", med[2] / med[1]))

set.seed(1); p1 <- test_multi_independence(x, by, method = "bootstrap", B = B)
set.seed(1); p2 <- MI.test(dat, I = 1, J = 5, type = "boot", B = B, print.status = FALSE)
cat(sprintf("p-values: peersurvey %.6f, MRCV %.6f; statistic %.6f vs %.6f\n",
            p1$p_value, p2$boot$p.value.boot, p1$statistic, p2$general$X.sq.S))
cat(sprintf("replicate statistics identical up to %.2g\n",
            max(abs(p1$replicates - p2$boot$X.sq.S.star))))
cat(sprintf("\nmachine: %d cores, %s, %s\n", parallel::detectCores(),
            sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1]),
            R.version.string))
