# The long C loops stop on Ctrl-C.  Each long call runs in a child R process;
# once the child is inside the C call it receives SIGINT and must report the
# interrupt within a few seconds.  Every workload is sized to run for a minute
# or more uninterrupted, so a loop that never looks for interrupts fails.

# Runs `setup` then `call` (code as text) in a child R process and sends it
# SIGINT `delay` seconds after the call starts (with `signal`).  Returns what
# the child reports ("interrupted", "finished" or "error: <message>"), or
# "no answer" after `patience` seconds.
interrupt_child <- function(setup, call, delay = 0.5, patience = 15, signal = TRUE) {
  dir <- tempfile("interrupt")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE), add = TRUE)
  f <- function(x) encodeString(normalizePath(file.path(dir, x), mustWork = FALSE), quote = "\"")
  writeLines(c(
    sprintf(".libPaths(c(%s, .libPaths()))", encodeString(installed_lib(), quote = "\"")),
    "suppressPackageStartupMessages(library(peersurvey))",
    "calls <- getDLLRegisteredRoutines('peersurvey')$.Call",
    sprintf("writeLines(as.character(Sys.getpid()), %s)", f("pid")),
    setup,
    "res <- tryCatch({",
    sprintf("  file.create(%s)", f("ready")),
    paste0("  ", call),
    "  'finished'",
    "}, interrupt = function(e) 'interrupted',",
    "   error = function(e) paste('error:', conditionMessage(e)))",
    sprintf("writeLines(res, %s)", f("out"))
  ), file.path(dir, "child.R"))
  rscript <- file.path(R.home("bin"), "Rscript")
  system2(rscript, c("--vanilla", shQuote(file.path(dir, "child.R"))), wait = FALSE,
          stdout = file.path(dir, "log"), stderr = file.path(dir, "log"))
  wait_for <- function(file, seconds) {
    t0 <- Sys.time()
    while (!file.exists(file.path(dir, file)) &&
           difftime(Sys.time(), t0, units = "secs") < seconds) Sys.sleep(0.05)
    file.exists(file.path(dir, file))
  }
  if (!wait_for("ready", 120)) {
    log <- if (file.exists(file.path(dir, "log"))) readLines(file.path(dir, "log")) else ""
    return(paste("setup failed:", paste(utils::tail(log, 5), collapse = " ")))
  }
  pid <- as.integer(readLines(file.path(dir, "pid")))
  Sys.sleep(delay)
  if (signal) tools::pskill(pid, tools::SIGINT)
  if (!wait_for("out", patience)) {
    tools::pskill(pid, tools::SIGKILL)  # still running: it ignored the interrupt
    return("no answer")
  }
  # the child may still be writing: read once it is complete
  Sys.sleep(0.05)
  readLines(file.path(dir, "out"))[1L]
}

skip_interrupt <- function() {
  skip_on_cran()
  skip_if_not(identical(Sys.info()[["sysname"]], "Linux"), "signals tested on Linux only")
  skip_if(nzchar(Sys.getenv("PEERSURVEY_VALGRIND")), "too slow under valgrind")
  skip_if(is.null(installed_lib()), "the package is not installed")
}

test_that("tabulating a billion answers stops on an interrupt", {
  skip_interrupt()
  # 10^7 respondents x 100 options (all columns share one vector), weighted:
  # about a minute and a half uninterrupted
  res <- interrupt_child(
    c("n <- 1e7", "col <- rep(TRUE, n)", "x <- rep(list(col), 100L)", "w <- rep(1, n)"),
    ".Call(calls$C_tabulate_multi, x, NULL, 0L, w)")
  expect_identical(res, "interrupted")
})

test_that("coding one long answer stops on an interrupt", {
  skip_interrupt()
  # one answer of 200 MB: a minute and more uninterrupted
  res <- interrupt_child(
    c("text <- strrep(enc2utf8(\"non \\u00e8 un problema la formazione, \"), 6e6)",
      "ptr <- peersurvey:::textcode_pointer(barrier_dictionary())"),
    ".Call(calls$C_code_text, text, ptr, FALSE, 0L, TRUE, 1L)", delay = 2)
  expect_identical(res, "interrupted")
})

test_that("coding one long answer on two threads stops on an interrupt", {
  skip_interrupt()
  # the same answer of 200 MB with two threads: one of them holds it, and
  # the main thread looks for the interrupt between its pieces or while it
  # waits; code_text() then signals the interrupt again, so a handler of
  # "interrupt" sees it as it sees one with one thread
  res <- interrupt_child(
    c("text <- strrep(enc2utf8(\"non \\u00e8 un problema la formazione, \"), 6e6)",
      "d <- barrier_dictionary()", "options(peersurvey.threads = 2L)"),
    "code_text(c(text, 'fondi'), d)", delay = 2)
  expect_identical(res, "interrupted")
})

test_that("a time limit that expires while two threads code is raised as its error", {
  skip_interrupt()
  # the main thread takes the error of setTimeLimit() to stop the threads;
  # code_text() raises it again (before, it was reported as an interrupt)
  res <- interrupt_child(
    c("text <- strrep(enc2utf8(\"non \\u00e8 un problema la formazione, \"), 6e6)",
      "d <- barrier_dictionary()", "options(peersurvey.threads = 2L)"),
    "{ setTimeLimit(elapsed = 3, transient = TRUE); code_text(c(text, 'fondi'), d) }",
    patience = 20, signal = FALSE)
  expect_match(res, "^error: ")
})

test_that("coding a million texts stops on an interrupt", {
  skip_interrupt()
  res <- interrupt_child(
    c("one <- paste(rep(c(\"Mancano i finanziamenti e la figura non \\u00e8 riconosciuta.\",",
      "  \"Resistenze culturali dei professionisti, poca formazione e carico di lavoro;\"), 30),",
      "  collapse = ' ')",
      "text <- rep(enc2utf8(one), 1e6)",
      "ptr <- peersurvey:::textcode_pointer(barrier_dictionary())"),
    ".Call(calls$C_code_text, text, ptr, FALSE, 0L, TRUE, 1L)")
  expect_identical(res, "interrupted")
})

test_that("a bootstrap with a large B stops on an interrupt", {
  skip_interrupt()
  res <- interrupt_child(
    c("set.seed(1)",
      "y <- matrix(as.integer(stats::rbinom(25000L, 1L, 0.4)), 5000L, 5L)",
      "g <- rep(1:2, 2500L)"),
    ".Call(calls$C_test_multi_independence, y, g, 2L, 1000000L, 0.5, rep(TRUE, 5L))")
  expect_identical(res, "interrupted")
})

test_that("exact intervals for many populations stop on an interrupt", {
  skip_interrupt()
  res <- interrupt_child(
    "k <- 2e5",
    ".Call(calls$C_prop_ci, rep(5e5, k), rep(1e6, k), rep(1e8, k), 0.95)")
  expect_identical(res, "interrupted")
})
