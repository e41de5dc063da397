# Runs the test suite: installs the package from this source tree into a
# temporary library (so that child R processes started by the tests find the
# same build), runs tests/testthat against it, and ends with one plain
# summary line; exits non-zero when any test fails or errors.
if (!requireNamespace("testthat", quietly = TRUE))
  stop("the test suite needs the testthat package: install.packages(\"testthat\")")
lib <- tempfile("peersurvey-lib")
dir.create(lib)
status <- system2(file.path(R.home("bin"), "R"),
                  c("CMD", "INSTALL", "--no-multiarch", "-l", shQuote(lib), "."))
if (status != 0) stop("R CMD INSTALL failed")
.libPaths(c(lib, .libPaths()))
Sys.setenv(R_LIBS = paste(c(lib, Sys.getenv("R_LIBS")), collapse = .Platform$path.sep),
           NOT_CRAN = "true")
res <- testthat::test_dir("tests/testthat", package = "peersurvey", load_package = "installed",
                          reporter = testthat::ProgressReporter$new(show_praise = FALSE),
                          stop_on_failure = FALSE)
df <- as.data.frame(res)
failed <- sum(df$failed) + sum(df$error)
skipped <- sum(df$skipped)
passed <- sum(df$nb) - sum(df$failed) - skipped
cat(sprintf("\ntestthat: %d passed, %d failed, %d skipped\n", passed, failed, skipped))
quit(status = if (failed > 0 || nrow(df) == 0) 1L else 0L)
