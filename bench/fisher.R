# Fisher's exact test on 2 x 21 tables (responded or not, by region) and on
# R x C tables:
# peersurvey's fisher_test() against stats::fisher.test(), timed in turns
# (interleaved runs, medians) with the p-values side by side and a
# simulated p-value as the reference.
# Run from the top of a clone after installing the package:
#   Rscript bench/fisher.R
suppressPackageStartupMessages(library(peersurvey))

# elapsed seconds of one evaluation (errors are caught and timed too)
time_one <- function(f) {
  t0 <- proc.time()[["elapsed"]]
  v <- tryCatch(f(), error = function(e) e)
  list(time = proc.time()[["elapsed"]] - t0, value = v)
}

bench_table <- function(tab, label, reps) {
  calls <- list(
    "fisher_test(tab)" = function() fisher_test(tab),
    "fisher.test(tab, workspace = 2e7)" = function() fisher.test(tab, workspace = 2e7)
  )
  times <- matrix(NA_real_, reps, length(calls), dimnames = list(NULL, names(calls)))
  values <- vector("list", length(calls))
  for (r in seq_len(reps)) for (k in seq_along(calls)) {  # interleaved
    o <- time_one(calls[[k]])
    times[r, k] <- o$time
    values[[k]] <- o$value
  }
  set.seed(1)
  sim <- fisher.test(tab, simulate.p.value = TRUE, B = 1e5)$p.value
  pv <- vapply(values, function(v) if (inherits(v, "error"))
    paste("error:", sub("\\..*", "", conditionMessage(v))) else
      format(signif(v$p.value, 6)), character(1))
  cat(sprintf("\n%s: %d x %d, n = %d, %d runs each\n", label, nrow(tab), ncol(tab), sum(tab),
              reps))
  out <- data.frame(call = names(calls), median_s = sprintf("%.3f", apply(times, 2, median)),
                    p_value = pv, method = vapply(values, function(v)
                      if (inherits(v, "error")) "" else gsub("\\s+", " ", v$method), ""))
  print(out, row.names = FALSE)
  cat(sprintf("simulated p-value, B = 1e5 (set.seed(1)): %.5f (MC SE %.5f)\n", sim,
              sqrt(sim * (1 - sim) / 1e5)))
  invisible(out)
}

# the survey's frame: 135 departments, 61 responded
resp <- mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id
t135 <- table(factor(resp, c(TRUE, FALSE)), mhd_frame$region)
bench_table(t135, "Response by region, 2025 survey frame", reps = 10)

# two 2 x 21 tables on which fisher.test() is wrong
t1 <- rbind(rep(c(10, 6, 7), 7), rep(c(5, 7, 9), 7))
bench_table(t1, "Columns (15, 13, 16) seven times", reps = 5)
r <- c(9, 6, 7, 6, 5, 6, 4, 8, 8, 4, 5, 1, 7, 2, 7, 5, 6, 7, 4, 5, 6)
bench_table(rbind(r, 12 - r), "21 regions of 12", reps = 5)

# n = 2000 over 21 regions of unequal size, 45% response
set.seed(2025)
reg <- sample(1:21, 2000, TRUE, prob = runif(21, 0.5, 2))
t2000 <- table(factor(rbinom(2000, 1, 0.45), 1:0), factor(reg, 1:21))
bench_table(t2000, "n = 2000", reps = 5)

# R x C tables: three macro-areas by the answers of a 2025 item; the 4 x 4
# job satisfaction table of fisher.test()'s help page; a 3 x 21 table of 61
# units on which fisher.test() is wrong (a full enumeration gives 0.7227269);
# a 3 x 7 table of 135 units beyond FEXACT's workspace
area <- table(mhd_survey_2025$macro_area, mhd_survey_2025$ps_training)
bench_table(area[rowSums(area) > 0, colSums(area) > 0], "2025 survey, training by macro-area",
            reps = 10)
job <- matrix(c(1, 2, 1, 0, 3, 3, 6, 1, 10, 10, 14, 9, 6, 7, 12, 11), 4, 4)
bench_table(job, "Job satisfaction", reps = 10)
t321 <- matrix(c(1, 0, 1, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 1, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0, 3,
                 2, 4, 1, 2, 3, 2, 2, 2, 0, 0, 0, 2, 1, 1, 2, 2, 4, 0, 0, 2, 0, 1, 1, 1, 0,
                 0, 0, 0, 0, 0, 2, 0, 0, 0, 4, 0, 2, 1), 3)
bench_table(t321, "61 units over 21 regions (16 with units) in three groups", reps = 5)
set.seed(9)
t37 <- matrix(rmultinom(1, 135, runif(21))[, 1], 3)
bench_table(t37, "135 units, 3 x 7", reps = 3)

cat(sprintf("\nmachine: %d cores, %s, %s; load average %s\n", parallel::detectCores(),
            sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1]),
            R.version.string, paste(scan("/proc/loadavg", what = "", n = 3, quiet = TRUE),
                                    collapse = " ")))
