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

# Up to `max` values, quoted, for an error message: "a", "b", ... (and 3 more)
show_values <- function(x, max = 5L, quote = TRUE) {
  x <- as.character(x)
  n <- length(x)
  shown <- utils::head(x, max)
  if (quote) shown <- ifelse(is.na(shown), "NA", paste0("\"", shown, "\""))
  out <- paste(shown, collapse = ", ")
  if (n > max) out <- paste0(out, ", ... (", n - max, " more)")
  out
}

# Up to `max` row numbers: "rows 3, 7, 9"
show_rows <- function(i, max = 5L) {
  i <- as.integer(i)
  paste0(if (length(i) == 1L) "row " else "rows ", show_values(i, max, quote = FALSE))
}

check_flag <- function(x, arg = deparse(substitute(x))) {
  if (!is.logical(x) || length(x) != 1L || is.na(x))
    abort(sprintf("`%s` must be TRUE or FALSE, not %s", arg, show_values(x, 1L)),
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

# Error handler for a .Call whose C side checks the weights: its error
# "'weights' must be finite and non-negative: row 7 is -1" becomes the
# classed error of check_weights(); any other error is passed on.
weights_error <- function(e, arg = "weights") {
  msg <- conditionMessage(e)
  lead <- "'weights' must be finite and non-negative: "
  if (!startsWith(msg, lead)) stop(e)
  abort(paste0(sprintf("`%s` must be finite and non-negative: ", arg),
               substring(msg, nchar(lead) + 1L)), "peersurvey_bad_argument")
}

`%||%` <- function(a, b) if (is.null(a)) b else a
