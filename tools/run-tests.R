# Runs the test suite on the package source (compiling it first) and ends
# with one plain summary line; exits non-zero when any test fails or errors.
if (!requireNamespace("testthat", quietly = TRUE))
  stop("the test suite needs the testthat package: install.packages(\"testthat\")")
res <- testthat::test_local(".", reporter = testthat::ProgressReporter$new(show_praise = FALSE),
                            stop_on_failure = FALSE)
df <- as.data.frame(res)
failed <- sum(df$failed) + sum(df$error)
skipped <- sum(df$skipped)
passed <- sum(df$nb) - sum(df$failed) - skipped
cat(sprintf("\ntestthat: %d passed, %d failed, %d skipped\n", passed, failed, skipped))
quit(status = if (failed > 0 || nrow(df) == 0) 1L else 0L)
