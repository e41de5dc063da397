# The class of estimated shares with intervals: prop_ci() returns it, and so
# can any function whose result is a data frame with the columns
# `estimate`, `lower` and `upper` (shares between 0 and 1).

#' Estimated shares with confidence intervals
#'
#' A `peer_estimate` is a data frame with one row per estimate and at least
#' the columns `estimate`, `lower` and `upper`, shares between 0 and 1 (the
#' data always stay shares; only the printed form shows per cents). Other
#' columns are optional and are shown when present: labels such as `item`
#' and `level`, counts `x`, `n` and `N`, the standard error `se`, the
#' interval `method`, the confidence level `conf` (or an attribute
#' `"conf"`).
#'
#' `format()` turns one into a data frame of character columns ready to
#' print or write: the label columns (`item`, `level`, `domain`, `group`,
#' `category`; those all `NA` left out) and count columns as they are, the estimate
#' (and `se`) in per cents with `digits` decimals (or as shares with
#' `percent = FALSE`), and the interval as one column `ci`. `print()` shows
#' that with a header giving the number of estimates, the confidence level
#' and the method, and below it the respondents no estimate used (attribute
#' `left_out` of [estimate_prop()]). `as.data.frame()` gives back the numbers as a plain data
#' frame. A result subset to columns that no longer include `estimate`,
#' `lower` and `upper` prints as a plain data frame.
#'
#' @param x A `peer_estimate`.
#' @param digits Decimals of the per cents (or of the shares with `percent
#'   = FALSE`).
#' @param percent Show per cents (`TRUE`, the default) or shares.
#' @param ... Passed on (unused by `format()`; to `print.data.frame()` by
#'   `print()`).
#' @param row.names,optional As in [as.data.frame()].
#' @return `format()`: a data frame of character columns. `print()`: `x`,
#'   invisibly. `as.data.frame()`: a plain data frame.
#' @examples
#' e <- prop_ci(c(34, 0), 61, N = 135, method = "hypergeometric")
#' e
#' format(e, digits = 2)
#' as.data.frame(e)
#' @name peer_estimate
NULL

estimate_has_core <- function(x) all(c("estimate", "lower", "upper") %in% names(x))

estimate_conf <- function(x) {
  conf <- if (!is.null(x[["conf"]])) unique(x[["conf"]]) else attr(x, "conf")
  if (length(conf) == 1L && is.numeric(conf) && !is.na(conf)) conf else NULL
}

#' @rdname peer_estimate
#' @export
format.peer_estimate <- function(x, digits = 1, percent = TRUE, ...) {
  check_number(digits, "digits", lower = 0, upper = 15, whole = TRUE)
  check_flag(percent, "percent")
  df <- as.data.frame.peer_estimate(x)
  if (!estimate_has_core(df))
    return(format.data.frame(df, ...))
  num <- function(v) {
    v <- if (percent) 100 * v else v
    ifelse(is.na(v), "NA", formatC(v, digits = digits, format = "f"))
  }
  labels <- intersect(c("item", "level", "domain", "group", "category"), names(df))
  labels <- labels[vapply(labels, function(k) !all(is.na(df[[k]])), logical(1))]
  counts <- intersect(c("x", "n", "N"), names(df))
  out <- df[c(labels, counts)]
  for (k in counts)
    out[[k]] <- ifelse(is.na(df[[k]]), "NA", format(df[[k]], scientific = FALSE, trim = TRUE))
  out$estimate <- num(df$estimate)
  if (!is.null(df$se)) out$se <- num(df$se)
  out$ci <- ifelse(is.na(df$lower) | is.na(df$upper), "NA",
                   sprintf("[%s, %s]", num(df$lower), num(df$upper)))
  if (percent) names(out)[names(out) == "estimate"] <- "estimate_%"
  others <- setdiff(names(df), c(names(out), "estimate", "lower", "upper", "se", "conf",
                                 "method", "lower_count", "upper_count", "item", "level",
                                 "domain", "group", "category"))
  # an estimated number of units (N_domain) to one decimal, whole numbers as such
  for (k in others)
    out[[k]] <- if (is.double(df[[k]]) && any(abs(df[[k]] - round(df[[k]])) > 1e-8, na.rm = TRUE))
      formatC(df[[k]], digits = 1, format = "f") else format(df[[k]])
  if (!is.null(df$method) && length(unique(df$method)) > 1L) out$method <- df$method
  rownames(out) <- NULL
  out
}

#' @rdname peer_estimate
#' @export
print.peer_estimate <- function(x, digits = 1, percent = TRUE, ...) {
  df <- as.data.frame.peer_estimate(x)
  if (!estimate_has_core(df)) {
    print(df, ...)
    return(invisible(x))
  }
  conf <- estimate_conf(x)
  method <- if (!is.null(df$method)) unique(df$method)
  cat(sprintf("<peer_estimate> %d estimate%s%s%s%s\n", nrow(df),
              if (nrow(df) == 1L) "" else "s",
              if (percent) " (per cent)" else "",
              if (is.null(conf)) "" else sprintf(", %s%% intervals", format(100 * conf)),
              if (length(method) == 1L) sprintf(" (%s)", method) else ""))
  if (nrow(df)) print(format.peer_estimate(x, digits = digits, percent = percent),
                      row.names = FALSE, ...)
  left <- attr(x, "left_out")
  if (is.data.frame(left) && nrow(left)) {
    for (r in unique(left$reason)) {
      k <- left$reason == r
      cat(sprintf("Left out: %d respondent%s, %s (%s: %s)\n", sum(k),
                  if (sum(k) == 1L) "" else "s", r, show_rows(left$row[k]),
                  show_values(left$id[k])))
    }
  }
  invisible(x)
}

#' @rdname peer_estimate
#' @export
as.data.frame.peer_estimate <- function(x, row.names = NULL, optional = FALSE, ...) {
  attr(x, "conf") <- NULL
  attr(x, "left_out") <- NULL
  class(x) <- "data.frame"
  if (!is.null(row.names)) rownames(x) <- row.names
  x
}
