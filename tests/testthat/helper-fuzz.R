# Machinery for test-fuzz.R: calls every registered .Call entry point with
# hostile arguments.  The entry points are found at run time, so a routine
# added to src/init.c is fuzzed without touching this file.  Plausible valid
# arguments are captured from the package's own R wrappers (their .Call
# arguments, recorded while the help-page examples run), plus a small table
# below for routines that no example reaches.

fuzz_quick <- function() nzchar(Sys.getenv("PEERSURVEY_QUICK")) || nzchar(Sys.getenv("PEERSURVEY_VALGRIND"))

# name, callable symbol and argument count of every registered routine
fuzz_routines <- function() {
  dll <- getLoadedDLLs()[["peersurvey"]]
  calls <- getDLLRegisteredRoutines(dll)$.Call
  lapply(calls, function(s) list(name = s$name, symbol = s, nargs = s$numParameters))
}

# An external pointer holding NULL, and one that belongs to another package
# (a registered routine of stats, which is not what any entry point expects).
fuzz_null_pointer <- function() methods::new("externalptr")
fuzz_foreign_pointer <- function() {
  getDLLRegisteredRoutines("stats")$.Call[[1L]]$address
}

fuzz_bad_utf8 <- function() {
  s <- rawToChar(as.raw(c(0x61, 0xff, 0xfe, 0x62)))
  Encoding(s) <- "UTF-8"
  s
}

# Values of every SEXP type and the awkward corners of each.
fuzz_hostile <- function() {
  big <- .Machine$integer.max
  latin <- "caf\xe9"
  Encoding(latin) <- "latin1"
  bytes <- "\xc3\x28"
  Encoding(bytes) <- "bytes"
  list(
    null = NULL,
    true = TRUE, false = FALSE, lglNA = NA, lgl0 = logical(0), lglNA3 = c(TRUE, NA, FALSE),
    int0 = 0L, int1 = 1L, intm1 = -1L, intNA = NA_integer_, int_empty = integer(0),
    intmax = big, intmin = -big, int_mixed = c(1L, NA, 3L), int_seq = 1:10,
    int_codes_bad = c(0L, 5L, 100L, -3L, NA, big), int_long = sample.int(50L, 5000L, TRUE),
    dbl0 = 0, dbl1 = 1, dblm1 = -1, dbl_half = 0.5, dblNA = NA_real_, nan = NaN, inf = Inf,
    mInf = -Inf, dbl_empty = numeric(0), dbl_huge = 1e300, dbl_2p31 = 2^31, dbl_2p53 = 2^53,
    dbl_intmax = as.double(big), dbl_1e10 = 1e10, dbl_tiny = .Machine$double.xmin,
    dbl_mixed = c(1, NaN, Inf, -Inf, -1, NA, 0.5), dbl_neg = -c(1, 2, 3),
    dbl_long = stats::runif(5000L),
    cplx = 1i, cplxNA = NA_complex_, cplx0 = complex(0),
    chr_empty_str = "", chr_a = "a", chrNA = NA_character_, chr0 = character(0),
    chr_bad_utf8 = fuzz_bad_utf8(), chr_latin1 = latin, chr_bytes = bytes,
    chr_mixed = c("a", NA, "", "Z\u00e9\u4e2d"), chr_long = strrep("ab ", 20000L),
    chr_many = rep(c("x", "y;z", ""), 2000L),
    list0 = list(), list1 = list(1), listNULL = list(NULL), list_mixed = list(a = 1, b = "x", c = NULL),
    list_nested = list(list(list(1L))), list_lgl = list(c(TRUE, FALSE), c(NA, TRUE)),
    list_ragged = list(c(TRUE, FALSE, TRUE), TRUE),
    raw0 = raw(0), raw3 = as.raw(1:3),
    closure = function(x) x, builtin = sum, special = quote, language = quote(f(x)),
    symbol = as.name("x"), formula = y ~ x,
    env = new.env(), emptyenv = emptyenv(),
    ptr_null = fuzz_null_pointer(), ptr_foreign = fuzz_foreign_pointer(),
    factor = factor(c("a", "b", NA)), factor0 = factor(character(0)),
    matrix_int = matrix(1:6, 2L), matrix_lgl = matrix(c(TRUE, NA, FALSE, TRUE), 2L),
    matrix_0row = matrix(logical(0), 0L, 3L), matrix_0col = matrix(logical(0), 3L, 0L),
    array3 = array(1:24, 2:4), df = data.frame(a = 1:3, b = c(TRUE, FALSE, NA)),
    df0 = data.frame(), s4 = methods::new("externalptr")
  )
}

# Plausible valid arguments for routines the examples may not reach; each is
# checked (it must run without error) before use.
fuzz_manual <- list(
  C_tabulate_choice = function() list(c(1L, 2L, NA, 1L, 3L), 3L, c(1L, 1L, 2L, 2L, NA), 2L, NULL),
  C_tabulate_multi = function() list(data.frame(a = c(TRUE, FALSE, NA), b = c(FALSE, TRUE, TRUE)),
                                     c(1L, 2L, 1L), 2L, c(1, 2, 0.5)),
  C_prop_ci = function() list(c(3, 10), c(10, 20), c(50, 40), 0.95),
  C_code_coproduction = function() list(matrix(c(TRUE, FALSE, NA, TRUE, TRUE, FALSE), 3L),
                                        c(1L, 3L), 5L),
  C_test_multi_independence = function() list(matrix(c(1L, 0L, 1L, 1L, 0L, 0L, 1L, 0L), 4L),
                                              c(1L, 1L, 2L, 2L), 2L, 9L, 0.5, c(TRUE, TRUE)),
  C_text_words = function() list("Mancano i finanziamenti, la figura non \u00e8 riconosciuta"),
  C_text_pattern_keys = function() list(c("finanz* pubblic*", "r\u00e9seau", NA, "fon*di"))
)

# Records the .Call arguments of the package's R functions while example code
# runs: every function of the namespace is copied into an environment where
# `.Call` is a recorder, so wrappers and their helpers call through it.
fuzz_recorder <- function(max_per_routine = 12L) {
  ns <- asNamespace("peersurvey")
  store <- new.env(parent = emptyenv())
  cap <- new.env(parent = ns)
  for (nm in ls(ns, all.names = TRUE)) {
    f <- get(nm, envir = ns)
    if (is.function(f) && !is.primitive(f) && identical(environment(f), ns)) {
      environment(f) <- cap
      assign(nm, f, envir = cap)
    }
  }
  cap$.Call <- function(.NAME, ...) {
    args <- list(...)
    nm <- if (inherits(.NAME, "NativeSymbolInfo")) .NAME$name else as.character(.NAME)[1L]
    have <- store[[nm]]
    if (length(have) < max_per_routine &&
        !any(vapply(have, identical, NA, args)))
      assign(nm, c(have, list(args)), envir = store)
    base::.Call(.NAME, ...)
  }
  list(env = cap, store = store)
}

fuzz_run_example <- function(rec, expr) {
  grDevices::pdf(NULL)
  on.exit(grDevices::dev.off(), add = TRUE)
  env <- new.env(parent = rec$env)
  utils::capture.output(suppressWarnings(suppressMessages(
    try(eval(expr, env), silent = TRUE))))
  invisible()
}

# Names of the namespace functions whose body mentions one of `names`.
fuzz_callers <- function(names) {
  ns <- asNamespace("peersurvey")
  fns <- Filter(function(nm) is.function(get(nm, envir = ns)), ls(ns, all.names = TRUE))
  Filter(function(nm) {
    f <- get(nm, envir = ns)
    !is.primitive(f) && any(all.names(body(f)) %in% names)
  }, fns)
}

# The example code of every help page, one block per page (objects a page
# defines are seen by its later lines), pages about functions that call C
# first.
fuzz_example_exprs <- function() {
  db <- tryCatch(tools::Rd_db("peersurvey"), error = function(e) NULL)
  if (!length(db)) {
    path <- find.package("peersurvey")
    if (dir.exists(file.path(path, "man")))
      db <- tryCatch(tools::Rd_db(dir = path), error = function(e) NULL)
  }
  d0 <- fuzz_callers(".Call")
  d1 <- fuzz_callers(d0)
  out <- list(); rank <- numeric()
  for (rd in db) {
    f <- tempfile(fileext = ".R")
    ok <- tryCatch({ tools::Rd2ex(rd, f); file.exists(f) }, error = function(e) FALSE)
    if (!ok) next
    ex <- tryCatch(parse(f, encoding = "UTF-8"), error = function(e) NULL)
    unlink(f)
    if (!length(ex)) next
    used <- all.names(ex)
    out[[length(out) + 1L]] <- as.call(c(as.name("{"), as.list(ex)))
    rank <- c(rank, if (any(used %in% d0)) 0 else if (any(used %in% d1)) 1 else 2)
  }
  o <- order(rank)
  structure(out[o], rank = rank[o])
}

# Valid argument sets per routine: captured ones (smallest first), then the
# manual ones; every set is checked to run without error.  The examples of
# functions that call C directly all run; the others only while some routine
# has no captured arguments.
fuzz_valid_args <- function(routines) {
  rec <- fuzz_recorder()
  exprs <- fuzz_example_exprs()
  rank <- attr(exprs, "rank")
  for (k in seq_along(exprs)) {
    got <- vapply(routines, function(r) length(rec$store[[r$name]]), 0L)
    if (rank[k] > 0 && all(got > 0L)) break
    fuzz_run_example(rec, exprs[[k]])
  }
  captured <- as.list(rec$store)
  out <- list()
  for (r in routines) {
    sets <- captured[[r$name]]
    if (!is.null(fuzz_manual[[r$name]]))
      sets <- c(sets, list(tryCatch(fuzz_manual[[r$name]](), error = function(e) NULL)))
    sets <- Filter(function(a) length(a) == r$nargs, sets)
    sets <- Filter(function(a) !inherits(fuzz_call(r$symbol, a)$value, "fuzz_error"), sets)
    if (length(sets)) {
      size <- vapply(sets, function(a) as.double(utils::object.size(a)), 0)
      sets <- sets[order(size)]
    }
    out[[r$name]] <- sets
  }
  out
}

# Seconds a call may run before it is flagged (valgrind is ~50 times slower)
fuzz_timeout <- function() if (nzchar(Sys.getenv("PEERSURVEY_VALGRIND"))) 1200 else 30

# One call: its value, or the error it raised (class fuzz_error); calls that
# run into the time limit or exhaust memory are flagged.
fuzz_call <- function(symbol, args, timeout = fuzz_timeout()) {
  setTimeLimit(elapsed = timeout, transient = TRUE)
  on.exit(setTimeLimit(elapsed = Inf))
  value <- tryCatch(
    # quote: symbols and calls among the arguments reach C as they are
    suppressWarnings(do.call(.Call, c(list(symbol), args), quote = TRUE)),
    error = function(e) structure(list(message = conditionMessage(e)), class = "fuzz_error")
  )
  setTimeLimit(elapsed = Inf)
  flag <- ""
  if (inherits(value, "fuzz_error")) {
    if (grepl("time limit", value$message)) flag <- "timeout"
    else if (grepl("cannot allocate|memory exhausted", value$message)) flag <- "memory"
  }
  list(value = value, flag = flag)
}

# The same call under gctorture(): a garbage collection at every allocation,
# so an object the C code forgot to PROTECT is freed and its reuse shows.
# Only the .Call itself runs under torture (arguments sit in an environment).
fuzz_torture_call <- function(symbol, args) {
  env <- new.env(parent = baseenv())
  nm <- sprintf("a%d", seq_along(args))
  for (i in seq_along(args)) assign(nm[i], args[[i]], envir = env)
  assign("sym", symbol, envir = env)
  cl <- as.call(c(list(as.name(".Call"), as.name("sym")), lapply(nm, as.name)))
  run <- function() {
    on.exit(gctorture(FALSE))
    gctorture(TRUE)
    eval(cl, env)
  }
  tryCatch(suppressWarnings(run()),
           error = function(e) structure(list(message = conditionMessage(e)), class = "fuzz_error"))
}

# Each routine's valid argument sets, then mutated ones, called under
# gctorture(): a list of the calls' results (`got`), their results without
# torture (`want`) and a description (`info`).
fuzz_torture <- function(routines, valid, hostile, per_routine) {
  set.seed(as.integer(Sys.getenv("PEERSURVEY_FUZZ_SEED", "20250214")) + 1L)
  out <- list()
  for (r in routines) {
    sets <- valid[[r$name]]
    if (!length(sets)) next
    jobs <- rep_len(seq_along(sets), per_routine)
    for (j in seq_along(jobs)) {
      a <- sets[[jobs[j]]]
      # after one round of the valid sets, mutated ones exercise error paths
      if (j > length(sets)) {
        i <- sample.int(r$nargs, 1L)
        a[i] <- list(fuzz_mutate(a[[i]], hostile))
      }
      want <- fuzz_value(a, r$symbol)
      got <- fuzz_seeded(fuzz_comparable(fuzz_torture_call(r$symbol, a)))
      out[[length(out) + 1L]] <- list(
        got = got, want = want,
        info = paste(r$name, paste(vapply(a, fuzz_describe, ""), collapse = ", ")))
    }
  }
  out
}

# fuzz_torture() in a child R process that loads the package from `lib` and
# these helpers, and finds its own routines and arguments.  The child writes
# to this process's output (sanitizer reports included); a child that does
# not finish, or ends with an error, is a failure.
fuzz_torture_child <- function(lib, per_routine) {
  dir <- tempfile("torture")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE), add = TRUE)
  q <- function(x) encodeString(normalizePath(x, mustWork = FALSE), quote = "\"")
  helpers <- list.files(testthat::test_path(), "^helper.*[.][rR]$", full.names = TRUE)
  out <- file.path(dir, "out.rds")
  writeLines(c(
    sprintf(".libPaths(c(%s, .libPaths()))", q(lib)),
    "suppressPackageStartupMessages({ library(testthat); library(peersurvey) })",
    sprintf("for (f in c(%s)) sys.source(f, envir = globalenv())",
            paste(vapply(helpers, q, ""), collapse = ", ")),
    "routines <- fuzz_routines()",
    "valid <- fuzz_valid_args(routines)",
    "hostile <- c(fuzz_hostile(), fuzz_stale_pointers(valid))",
    sprintf("saveRDS(fuzz_torture(routines, valid, hostile, %dL), %s)", per_routine, q(out))
  ), file.path(dir, "child.R"))
  # an hour: a child that hangs fails instead of holding the suite
  status <- suppressWarnings(system2(file.path(R.home("bin"), "Rscript"),
                                     c("--vanilla", shQuote(file.path(dir, "child.R"))),
                                     timeout = 3600))
  if (!identical(status, 0L) || !file.exists(out))
    stop(sprintf("the gctorture child process ended with status %s", status), call. = FALSE)
  readRDS(out)
}

# Type-preserving and type-changing mutations of a valid argument.
fuzz_mutate <- function(x, hostile) {
  op <- sample.int(14L, 1L)
  tryCatch(fuzz_mutate_op(x, op, hostile), error = function(e) sample(hostile, 1L)[[1L]])
}

fuzz_mutate_op <- function(x, op, hostile) {
  n <- length(x)
  switch(op,
    x[0L],
    if (n) x[1L] else x,
    if (n > 1L) x[-n] else x,
    rep_len(x, max(1L, 2L * n + 1L)),
    { if (n && is.atomic(x)) { x[sample.int(n, 1L)] <- NA }; x },
    { if (is.integer(x) && n) x[sample.int(n, 1L)] <- sample(c(0L, -1L, -.Machine$integer.max, .Machine$integer.max, 65L, 1000000L), 1L); x },
    { if (is.double(x) && n) x[sample.int(n, 1L)] <- sample(c(NaN, Inf, -Inf, -1, 1e308, 2^31, 0.5), 1L); x },
    { if (is.character(x) && n) x[sample.int(n, 1L)] <- sample(list(fuzz_bad_utf8(), NA_character_, "", strrep("\u00e8", 3000L)), 1L)[[1L]]; x },
    { if (is.list(x) && n) x[[sample.int(n, 1L)]] <- sample(hostile, 1L)[[1L]]; x },
    { if (is.list(x) && n) x[sample.int(n)] else x },
    { attributes(x) <- NULL; x },
    { if (is.numeric(x) || is.logical(x)) as.character(x) else as.integer(seq_len(n)) },
    { if (is.integer(x)) as.double(x) else if (is.double(x)) suppressWarnings(as.integer(x)) else if (is.logical(x)) as.integer(x) else x },
    sample(hostile, 1L)[[1L]]
  )
}

# The package's own external pointers after a save and reload: the right
# tag, but the address is gone.
fuzz_stale_pointers <- function(valid) {
  ptrs <- list()
  for (sets in valid) for (a in sets) for (x in a)
    if (typeof(x) == "externalptr" && length(ptrs) < 3L)
      ptrs[[length(ptrs) + 1L]] <- unserialize(serialize(x, NULL))
  if (length(ptrs)) names(ptrs) <- paste0("ptr_stale", seq_along(ptrs))
  ptrs
}

# A plain-language label of an argument, for failure messages.
fuzz_describe <- function(x) {
  paste0(typeof(x), "[", length(x), "]",
         if (!is.null(dim(x))) paste0(" dim ", paste(dim(x), collapse = "x")) else "")
}

# Runs `calls` (a list of lists: routine, args, label) and tallies them.
fuzz_tally <- function() {
  env <- new.env()
  env$n <- 0L; env$errors <- 0L; env$flagged <- character(); env$by <- list()
  env
}

fuzz_record <- function(tally, name, label, res) {
  tally$n <- tally$n + 1L
  tally$by[[name]] <- (tally$by[[name]] %||% 0L) + 1L
  if (inherits(res$value, "fuzz_error")) tally$errors <- tally$errors + 1L
  if (nzchar(res$flag))
    tally$flagged <- c(tally$flagged, sprintf("%s(%s): %s [%s]", name, label, res$flag,
                                              substr(res$value$message, 1L, 120L)))
  invisible(res)
}

`%||%` <- function(a, b) if (is.null(a)) b else a

# Evaluates `expr` with the random number stream at seed 1 (resampling
# routines draw from it), leaving the caller's stream where it was.
fuzz_seeded <- function(expr) {
  old <- get0(".Random.seed", envir = globalenv(), inherits = FALSE)
  on.exit(if (is.null(old)) rm(".Random.seed", envir = globalenv())
          else assign(".Random.seed", old, envir = globalenv()))
  set.seed(1L)
  expr
}

# A valid call's result, with the random number stream fixed.
fuzz_value <- function(args, symbol) {
  fuzz_seeded(fuzz_comparable(fuzz_call(symbol, args)$value))
}

# Results compared across runs: external pointers only by type and tag.
fuzz_comparable <- function(x) {
  if (typeof(x) == "externalptr") return(list("externalptr", class(x)))
  if (is.list(x) && !is.data.frame(x)) return(lapply(x, fuzz_comparable))
  x
}
