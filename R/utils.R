# Shared condition and validation helpers.  Every user-facing error goes
# through abort() so that it carries the class "peersurvey_error" (and a
# more specific class where one helps), and names the argument at fault.

abort <- function(message, class = NULL, call = sys.call(-1L)) {
  cond <- structure(
    class = c(class, "peersurvey_error", "error", "condition"),
    list(message = message, call = call)
  )
  stop(cond)
}

warn <- function(message, class = NULL, call = sys.call(-1L)) {
  cond <- structure(
    class = c(class, "peersurvey_warning", "warning", "condition"),
    list(message = message, call = call)
  )
  warning(cond)
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

check_number <- function(x, arg = deparse(substitute(x)), lower = -Inf, upper = Inf,
                         whole = FALSE) {
  ok <- is.numeric(x) && length(x) == 1L && !is.na(x) && x >= lower && x <= upper &&
    (!whole || x == round(x))
  if (!ok)
    abort(sprintf("`%s` must be a single %s between %s and %s, not %s", arg,
                  if (whole) "whole number" else "number", lower, upper,
                  show_values(x, 1L)), "peersurvey_bad_argument")
  invisible(x)
}

# Weights: NULL, or a finite non-negative numeric vector of length n.
# Returns a double vector or NULL.
check_weights <- function(weights, n, arg = "weights") {
  if (is.null(weights)) return(NULL)
  if (!is.numeric(weights) || is.object(weights))
    abort(sprintf("`%s` must be a numeric vector, not %s", arg, class(weights)[1L]),
          "peersurvey_bad_argument")
  if (length(weights) != n)
    abort(sprintf("`%s` must have one value per answer (%d), not %d", arg, n,
                  length(weights)), "peersurvey_bad_argument")
  bad <- which(is.na(weights) | !is.finite(weights) | weights < 0)
  if (length(bad))
    abort(sprintf("`%s` must be finite and non-negative: %s %s", arg,
                  show_rows(bad), if (length(bad) == 1L) paste("is", weights[bad])
                  else paste("are", show_values(weights[bad], quote = FALSE))),
          "peersurvey_bad_argument")
  as.double(weights)
}

`%||%` <- function(a, b) if (is.null(a)) b else a
