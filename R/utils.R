# Shared condition and validation helpers.  Every user-facing error goes
# through abort() so that it carries the class "peersurvey_error" (and a
# more specific class where one helps), names the argument at fault, and is
# reported against the package function the user called (not an internal
# helper several frames down).

abort <- function(message, class = NULL, call = user_call()) {
  cond <- structure(
    class = c(class, "peersurvey_error", "error", "condition"),
    list(message = message, call = call)
  )
  stop(cond)
}

warn <- function(message, class = NULL, call = user_call()) {
  cond <- structure(
    class = c(class, "peersurvey_warning", "warning", "condition"),
    list(message = message, call = call)
  )
  warning(cond)
}

# The outermost call on the stack to an exported function of this package
# (written `fn(...)` or `peersurvey::fn(...)`): the call the user made.
# NULL when there is none, e.g. for an internal helper called directly.
user_call <- function() {
  exports <- tryCatch(getNamespaceExports("peersurvey"), error = function(e) character())
  for (cl in sys.calls()) {
    fn <- cl[[1L]]
    if (is.call(fn) && length(fn) == 3L && as.character(fn[[1L]]) %in% c("::", ":::"))
      fn <- fn[[3L]]
    if (is.name(fn) && as.character(fn) %in% exports) return(cl)
  }
  NULL
}

# match.arg() with a classed error that names the argument:
# `method <- arg_match(method)` inside a function whose formal `method` has
# the choices as its default.
arg_match <- function(x, arg = deparse(substitute(x))) {
  fn <- sys.function(sys.parent())
  choices <- eval(formals(fn)[[arg]], envir = parent.frame())
  if (identical(x, choices)) return(choices[1L])
  i <- if (is.character(x) && length(x) == 1L && !is.na(x)) pmatch(x, choices) else NA
  if (is.na(i))
    abort(sprintf("`%s` must be one of %s, not %s", arg, show_values(choices, Inf),
                  if (is.character(x)) show_values(x, 3L) else deparse(x)[1L]),
          "peersurvey_bad_argument")
  choices[i]
}

# Up to `max` values, quoted, for an error message: "a", "b", ... (3 more);
# the "more" in `language` when a result prints them
show_values <- function(x, max = 5L, quote = TRUE, language = "en") {
  # what no string can show (a function, an environment, a call) is named
  if (is.function(x) || is.environment(x) || is.language(x) || isS4(x) ||
      typeof(x) %in% c("externalptr", "weakref", "bytecode"))
    return(sprintf("a value of class %s", class(x)[1L]))
  x <- as.character(x)
  n <- length(x)
  shown <- utils::head(x, max)
  if (quote) shown <- ifelse(is.na(shown), "NA", paste0("\"", shown, "\""))
  out <- paste(shown, collapse = ", ")
  if (n > max) out <- paste0(out, ", ", word_fill("more_values", language, n = n - max))
  out
}

# A string that is not valid UTF-8, shown with its bad bytes as <e8>, cut to
# `width` characters: "perch<e8> no"
show_bytes <- function(x, width = 40L) {
  x <- iconv(x, "UTF-8", "UTF-8", sub = "byte")
  cut <- !is.na(x) & nchar(x, "chars", allowNA = TRUE) > width
  x[cut] <- paste0(substr(x[cut], 1L, width), "...")
  show_values(x, 1L)
}

# Rows with the lines of the file they come from: "rows 3, 7 (lines 5, 9)",
# then `suffix` (such as ' of "export.csv"') inside the brackets
show_rows_lines <- function(i, line, suffix = "")
  sprintf("%s (line%s %s%s)", show_rows(i), if (length(i) > 1L) "s" else "",
          show_values(line[i], quote = FALSE), suffix)

# What to do when the header read looks like a title or group row: skip
# the `skip` rows or lines above the real header (workbooks and text exports)
title_row_hint <- function(skip)
  sprintf("if a title or group row stands above the header, skip it (`skip = %s`)",
          format(skip))

# Up to `max` row numbers: "rows 3, 7, 9" (in `language` when a result
# prints them)
show_rows <- function(i, max = 5L, language = "en") {
  i <- as.integer(i)
  word_fill(if (length(i) == 1L) "rows_one" else "rows_n", language,
            rows = show_values(i, max, quote = FALSE, language = language))
}

check_flag <- function(x, arg = deparse(substitute(x))) {
  if (!is.logical(x) || length(x) != 1L || is.na(x))
    abort(sprintf("`%s` must be TRUE or FALSE, not %s", arg, show_values(x, 1L)),
          "peersurvey_bad_argument")
  invisible(x)
}

# A caption or title given by the user: NULL (the default one) or one string
check_caption <- function(x, arg = "caption") {
  if (!is.null(x) && (!is.character(x) || length(x) != 1L || is.na(x)))
    abort(sprintf("`%s` must be NULL or a single string, not %s", arg, show_values(x, 1L)),
          "peersurvey_bad_argument")
  invisible(x)
}

check_data_frame <- function(x, arg = deparse(substitute(x))) {
  if (!is.data.frame(x))
    abort(sprintf("`%s` must be a data frame, not %s", arg, class(x)[1L]),
          "peersurvey_bad_argument")
  invisible(x)
}

check_number <- function(x, arg = deparse(substitute(x)), lower = -Inf, upper = Inf,
                         whole = FALSE) {
  ok <- is.numeric(x) && length(x) == 1L && !is.na(x) && x >= lower && x <= upper &&
    (!whole || x == round(x))
  if (!ok) {
    range <- if (is.finite(lower) && is.finite(upper)) sprintf(" between %s and %s", lower, upper)
      else if (is.finite(lower)) sprintf(" of at least %s", lower)
      else if (is.finite(upper)) sprintf(" of at most %s", upper) else ""
    what <- if (is.numeric(x) && length(x) == 1L) format(x)
      else if (length(x) != 1L) sprintf("a vector of length %d", length(x))
      else show_values(x, 1L)
    abort(sprintf("`%s` must be a single %s%s, not %s", arg,
                  if (whole) "whole number" else "number", range, what),
          "peersurvey_bad_argument")
  }
  invisible(x)
}

# Weights: NULL, or a finite non-negative numeric vector of length n.
# Returns a double vector or NULL.  With `values = FALSE` only the type and
# length are checked here: the C counting loops check every weight as they
# add it (a second pass over the weights in R would cost more than the
# counting), and their error goes through weights_error().
check_weights <- function(weights, n, arg = "weights", values = TRUE) {
  if (is.null(weights)) return(NULL)
  if (!is.numeric(weights) || is.object(weights))
    abort(sprintf("`%s` must be a numeric vector, not %s", arg, class(weights)[1L]),
          "peersurvey_bad_argument")
  if (length(weights) != n)
    abort(sprintf("`%s` must have one value per answer (%d), not %d", arg, n,
                  length(weights)), "peersurvey_bad_argument")
  if (!values) return(as.double(weights))
  bad <- which(is.na(weights) | !is.finite(weights) | weights < 0)
  if (length(bad))
    abort(sprintf("`%s` must be finite and non-negative: %s %s", arg,
                  show_rows(bad), if (length(bad) == 1L) paste("is", weights[bad])
                  else paste("are", show_values(weights[bad], quote = FALSE))),
          "peersurvey_bad_argument")
  as.double(weights)
}

# Column names that must name one column each (options, items)
check_unique_names <- function(nm, arg = "x", what = "columns") {
  dup <- unique(nm[duplicated(nm) & !is.na(nm)])
  if (length(dup))
    abort(sprintf("`%s` must have uniquely named %s: %s %s more than once", arg, what,
                  show_values(dup), if (length(dup) == 1L) "comes" else "come"),
          "peersurvey_bad_argument")
  invisible(nm)
}

# Weighted counts from C that overflowed (weights each finite but adding up
# past the largest double) are an error, not a table of Inf; `counts`: a
# list of the cells and the totals of each table (its base)
check_weight_total <- function(counts, w, arg = "weights") {
  if (!is.null(w) && !all(is.finite(unlist(counts, use.names = FALSE))))
    abort(sprintf("`%s` add up to more than the largest number R holds (%s): scale them down",
                  arg, format(.Machine$double.xmax, digits = 3L)), "peersurvey_bad_argument")
  invisible(counts)
}

# Error handler for a .Call whose C side checks the weights: its error
# "'weights' must be finite and non-negative: row 7 is -1" becomes the
# classed error of check_weights(); any other error is passed on.
weights_error <- function(e, arg = "weights") {
  msg <- conditionMessage(e)
  lead <- "'weights' must be finite and non-negative: "
  if (!startsWith(msg, lead)) {
    # the C side's other checks name their argument in quotes ("'x' code 5
    # at row 2 lies outside 1..2"): said as the R side says it
    if (grepl("^'[A-Za-z_.]+' ", msg))
      abort(sub("^'([A-Za-z_.]+)' ", "`\\1` ", msg), "peersurvey_bad_argument")
    stop(e)
  }
  abort(paste0(sprintf("`%s` must be finite and non-negative: ", arg),
               substring(msg, nchar(lead) + 1L)), "peersurvey_bad_argument")
}

`%||%` <- function(a, b) if (is.null(a)) b else a

# ---- shared argument checks ---------------------------------------------

# The survey of a peer_design; anything else as it is
survey_of_design <- function(x) if (inherits(x, "peer_design")) x$survey else x

check_survey <- function(x, arg = "x") {
  if (!inherits(x, "peer_survey"))
    abort(sprintf("`%s` must be a peer_survey from read_survey(), not %s", arg,
                  class(x)[1L]), "peersurvey_bad_argument")
  invisible(x)
}

# A confidence level strictly between 0 and 1
check_conf <- function(conf, arg = "conf") {
  if (!is.numeric(conf) || length(conf) != 1L || is.na(conf) || conf <= 0 || conf >= 1)
    abort(sprintf("`%s` must be a single number strictly between 0 and 1, not %s", arg,
                  if (is.numeric(conf) && length(conf) == 1L) format(conf)
                  else if (is.numeric(conf)) sprintf("%d numbers", length(conf))
                  else show_values(conf, 1L)), "peersurvey_bad_argument")
  invisible(conf)
}

# An interval method of prop_ci() for shares of respondents: its methods,
# less the hypergeometric one, which needs the population size
check_ci_method <- function(method, arg = "method") {
  methods <- setdiff(eval(formals(prop_ci)$method), "hypergeometric")
  if (!is.character(method) || length(method) != 1L || !method %in% methods)
    abort(sprintf("`%s` must be one of %s, not %s", arg, show_values(methods),
                  show_values(method, 1L)), "peersurvey_bad_argument")
  method
}

# One table: a table (peer_table) is returned as is, as is anything that
# is not a list of tables (the accessors also read other results); a list
# of tables (peer_tables, such as survey_tables(items = "one")) holding
# one table is that table; a longer (or empty) one is an error naming `arg`
one_table <- function(x, arg = "x") {
  if (!inherits(x, "peer_tables")) return(x)
  if (length(x) == 1L) return(unclass(x)[[1L]])
  if (!length(x))
    abort(sprintf("`%s` must be one table (class peer_table), not an empty list of tables", arg),
          "peersurvey_bad_argument")
  abort(sprintf(paste("`%s` must be one table (class peer_table), not a list of %d tables",
                      "(class peer_tables): pick one, such as %s[[%s]]"),
                arg, length(x), arg,
                if (!is.null(names(x))) show_values(names(x)[1L]) else "1"),
        "peersurvey_bad_argument")
}

# A single column name of `data`
check_column <- function(name, data, arg, what = "`data`") {
  if (!is.character(name) || length(name) != 1L || is.na(name) || !nzchar(name))
    abort(sprintf("`%s` must be a single column name, not %s", arg, show_values(name, 1L)),
          "peersurvey_bad_argument")
  if (is.null(data[[name]]))
    abort(sprintf("`%s` names %s, not a column of %s (columns: %s)", arg,
                  show_values(name), what, show_values(names(data), 8L)),
          "peersurvey_bad_argument")
  invisible(name)
}

# Ids as written: text, trimmed
norm_ids <- function(x) trimws(as.character(x))

# Ids as compared: without spaces, upper case ("MHD 001" is "mhd001")
id_key <- function(x) toupper(gsub("[[:space:]]+", "", as.character(x)))

# Ids of `x` (`arg`): not missing, not repeated; lists the offenders
check_ids <- function(ids, arg, col) {
  bad <- which(is.na(ids) | !nzchar(ids))
  if (length(bad))
    abort(sprintf("`%s` has a missing %s in %s", arg, col, show_rows(bad)),
          c("peersurvey_bad_id", "peersurvey_bad_argument"))
  dup <- which(duplicated(ids) | duplicated(ids, fromLast = TRUE))
  if (length(dup))
    abort(sprintf("`%s` repeats %s %s (%s)", arg, col, show_values(unique(ids[dup])),
                  show_rows(dup)), c("peersurvey_duplicate_id", "peersurvey_bad_argument"))
  invisible(ids)
}

# A logical or 0/1 numeric column as logical; anything else is an error
# naming `what` (such as "`x` column \"a\""), the row and the value
check_indicator <- function(v, what, call = user_call()) {
  if (is.logical(v) && !is.object(v)) return(as.vector(v))
  if (is.numeric(v) && !is.object(v)) {
    bad <- which(!is.na(v) & !v %in% c(0, 1))
    if (length(bad))
      abort(sprintf("%s must be logical or 0/1: %s is %s", what, show_rows(bad[1L]),
                    format(v[bad[1L]])), "peersurvey_bad_argument", call = call)
    return(v == 1)
  }
  # text or factors: the first value that is not a 0/1 or TRUE/FALSE code
  if ((is.character(v) || is.factor(v)) && length(v)) {
    t <- trimws(as.character(v))
    bad <- which(!is.na(t) & !t %in% c("0", "1", "TRUE", "FALSE"))
    if (length(bad))
      abort(sprintf("%s must be logical or 0/1, not %s: %s is %s", what,
                    if (is.factor(v)) "a factor" else "text", show_rows(bad[1L]),
                    show_values(t[bad[1L]], 1L)), "peersurvey_bad_argument", call = call)
  }
  abort(sprintf("%s must be logical or 0/1, not %s", what, class(v)[1L]),
        "peersurvey_bad_argument", call = call)
}

# A grouping vector with one group per case (`n` of them)
check_by <- function(by, n, what = "answer", arg = "by") {
  if (is.data.frame(by) || is.list(by))
    abort(sprintf("`%s` must be a vector of groups, not a list or data frame", arg),
          "peersurvey_bad_argument")
  if (length(by) != n)
    abort(sprintf("`%s` must have one value per %s (%d), not %d", arg, what, n, length(by)),
          "peersurvey_bad_argument")
  invisible(by)
}

# A yes/no item: its answers (the options not declared missing) are exactly
# `yes` and `no`. It is read as logical; a declared non-answer beside them
# ("don't know") is NA, counted apart as the other declared non-answers
yesno_options <- function(options, missing = FALSE) {
  answers <- options[!(rep_len(missing, length(options)) %in% TRUE)]
  length(answers) == 2L && setequal(answers, c("yes", "no"))
}

# A logical or 0/1 answer column as TRUE/FALSE/NA (also "yes"/"no" text,
# and 0/1 numbers); NULL stays NULL
as_flag <- function(v, arg = "x") {
  if (is.null(v) || is.logical(v)) return(v)
  if (is.numeric(v)) return(check_indicator(v, sprintf("`%s`", arg)))
  f <- fold_text(as.character(v))
  out <- rep(NA, length(f))
  out[f %in% yes_tokens] <- TRUE
  out[f %in% no_tokens] <- FALSE
  out
}

# A package of Suggests, or an error naming it and how to install it
need_package <- function(pkg, what) {
  if (!requireNamespace(pkg, quietly = TRUE))
    abort(sprintf("%s needs the %s package: install.packages(\"%s\")", what, pkg, pkg),
          "peersurvey_missing_package")
  invisible(TRUE)
}

# Numbers as a CSV export writes them: the shortest form up to 15
# significant digits ("1", "99", "1.5", "100000"), never "1e+05", or 17
# where 15 do not give the number back
number_text <- function(x) {
  x <- as.vector(x)
  out <- trimws(formatC(x, format = "fg", digits = 15))
  # 15 digits where they give the number back, else 17, which always do
  # (0.1 + 0.2, 1e15 + 0.5): a number held as a number is read unchanged
  redo <- which(is.finite(x) & suppressWarnings(as.numeric(out)) != x)
  if (length(redo)) out[redo] <- trimws(formatC(x[redo], format = "fg", digits = 17))
  out
}

# A word or phrase as it reads after a comma: its first letter lower case
# ("Lower limit" as "lower limit"), the rest as written, so that a German
# noun keeps its capital ("Untere Grenze" as "untere Grenze")
lower_first <- function(x) paste0(tolower(substr(x, 1L, 1L)), substring(x, 2L))
