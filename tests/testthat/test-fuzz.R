# Every registered .Call entry point is called thousands of times with hostile
# arguments (every SEXP type, NA/NaN/Inf, empty and huge values, bad UTF-8,
# foreign and NULL external pointers, mutated valid arguments).  Each call
# must return or raise an R error: reaching the end of this file is the test
# that R survived.  A subset runs under gctorture() to catch PROTECT mistakes.

routines <- fuzz_routines()
hostile <- fuzz_hostile()
valid <- fuzz_valid_args(routines)
hostile <- c(hostile, fuzz_stale_pointers(valid))

test_that("the package registers its entry points with fixed argument counts", {
  expect_gt(length(routines), 0L)
  for (r in routines) {
    expect_true(grepl("^C_", r$name), info = r$name)
    expect_gte(r$nargs, 0L)
  }
})

test_that("valid arguments are known for the entry points", {
  # routines without any are still fuzzed, with fully random arguments
  have <- vapply(routines, function(r) length(valid[[r$name]]) > 0L, NA)
  expect_gt(mean(have), 0.5)
})

test_that("every entry point survives hostile arguments", {
  set.seed(as.integer(Sys.getenv("PEERSURVEY_FUZZ_SEED", "20250214")))
  if (exists("mem.maxVSize", envir = baseenv())) {
    # a call that asks for gigabytes becomes a quick, flagged error
    old <- mem.maxVSize()
    if (old > 4096) {
      mem.maxVSize(4096)
      on.exit(mem.maxVSize(old), add = TRUE)
    }
  }
  quick <- fuzz_quick()
  n_mut <- if (quick) 4L else 30L
  n_rand <- as.integer(Sys.getenv("PEERSURVEY_FUZZ_N", if (quick) "40" else "300"))
  tally <- fuzz_tally()
  for (r in routines) {
    sets <- valid[[r$name]]
    ref <- lapply(sets, fuzz_value, symbol = r$symbol)
    base <- if (length(sets)) sets[[1L]] else lapply(seq_len(r$nargs), function(i) sample(hostile, 1L)[[1L]])
    if (r$nargs == 0L) {
      fuzz_record(tally, r$name, "no args", fuzz_call(r$symbol, list()))
      next
    }
    # each argument position x each hostile value, the others valid
    for (i in seq_len(r$nargs)) {
      for (k in seq_along(hostile)) {
        a <- base
        a[i] <- list(hostile[[k]])
        fuzz_record(tally, r$name, sprintf("arg %d = %s", i, names(hostile)[k]),
                    fuzz_call(r$symbol, a))
      }
      # mutations of the valid value at this position
      for (m in seq_len(n_mut)) {
        a <- if (length(sets)) sets[[sample.int(length(sets), 1L)]] else base
        a[i] <- list(fuzz_mutate(a[[i]], hostile))
        fuzz_record(tally, r$name, sprintf("arg %d mutated to %s", i, fuzz_describe(a[[i]])),
                    fuzz_call(r$symbol, a))
      }
    }
    # random combinations: each argument valid, mutated or hostile
    for (m in seq_len(n_rand)) {
      a <- if (length(sets)) sets[[sample.int(length(sets), 1L)]] else base
      for (i in seq_len(r$nargs)) {
        u <- stats::runif(1L)
        if (u < 0.3) a[i] <- list(fuzz_mutate(a[[i]], hostile))
        else if (u < 0.6) a[i] <- list(sample(hostile, 1L)[[1L]])
      }
      fuzz_record(tally, r$name,
                  paste(vapply(a, fuzz_describe, ""), collapse = ", "),
                  fuzz_call(r$symbol, a))
    }
    gc()  # finalizers of any half-built objects run now
    # no hostile call left state behind that changes a valid answer
    again <- lapply(sets, fuzz_value, symbol = r$symbol)
    expect_identical(again, ref, info = r$name)
  }
  report <- Sys.getenv("PEERSURVEY_FUZZ_REPORT")
  if (nzchar(report))
    cat(sprintf("%s %d\n", names(tally$by), unlist(tally$by)),
        sprintf("total %d calls, %d errors\n", tally$n, tally$errors),
        file = report, sep = "")
  expect_gt(tally$n, 500L * min(length(routines), 2L))
  # flagged: calls that ran into the time limit or asked for gigabytes
  expect_identical(tally$flagged, character())
})

test_that("entry points keep their objects protected (gctorture)", {
  per_routine <- as.integer(Sys.getenv("PEERSURVEY_FUZZ_TORTURE", if (fuzz_quick()) "2" else "24"))
  # A collection at every allocation takes time in proportion to the live heap,
  # which the packages loaded by earlier test files make several times larger:
  # the calls run in a fresh R process when the package is installed, except
  # under valgrind, which watches this process only.
  lib <- installed_lib()
  res <- if (!is.null(lib) && !nzchar(Sys.getenv("PEERSURVEY_VALGRIND"))) {
    fuzz_torture_child(lib, per_routine)
  } else {
    fuzz_torture(routines, valid, hostile, per_routine)
  }
  expect_gt(length(res), 0L)
  for (r in res) expect_identical(r$got, r$want, info = r$info)
})
