# A long fuzz run of the installed package: many more random calls per entry
# point, several seeds, and more calls under gctorture() than the test suite
# makes.  Usage, from the package root, after installing the package:
#   Rscript tools/fuzz-heavy.R [random calls per entry point] [seeds]
args <- commandArgs(TRUE)
n <- if (length(args) >= 1L) args[1L] else "20000"
seeds <- if (length(args) >= 2L) as.integer(args[2L]) else 3L
if (!requireNamespace("testthat", quietly = TRUE)) stop("needs the testthat package")
library(peersurvey)
files <- c("helper-fuzz.R", "test-fuzz.R")
dir <- tempfile("fuzz")
dir.create(dir)
file.copy(file.path("tests", "testthat", files), dir)
report <- file.path(dir, "report.txt")
failed <- FALSE
for (s in seq_len(seeds)) {
  Sys.setenv(PEERSURVEY_FUZZ_N = n, PEERSURVEY_FUZZ_SEED = 1000L + s,
             PEERSURVEY_FUZZ_TORTURE = "100", PEERSURVEY_FUZZ_REPORT = report)
  res <- as.data.frame(testthat::test_dir(dir, package = "peersurvey",
                                          load_package = "installed",
                                          stop_on_failure = FALSE))
  failed <- failed || any(res$failed > 0 | res$error)
  cat(sprintf("seed %d: %s", 1000L + s, utils::tail(readLines(report), 1L)), "\n")
}
quit(status = if (failed) 1L else 0L)
