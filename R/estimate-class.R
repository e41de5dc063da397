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
#' `left_out` of [estimate_prop()]). For estimates of [estimate_prop()] on a
#' survey with a codebook, `print()` speaks the codebook's language (the
#' first language of its labels; see `language`) and shows the `level` and
#' `group` of an item of the codebook by its options' labels in that
#' language; the data (and `format()`) keep the options' codes.
#' `as.data.frame()` gives back the numbers as a plain data
#' frame. A result subset to columns that no longer include `estimate`,
#' `lower` and `upper` prints as a plain data frame.
#'
#' @param x A `peer_estimate`.
#' @param digits Decimals of the per cents (or of the shares with `percent
#'   = FALSE`).
#' @param percent Show per cents (`TRUE`, the default) or shares.
#' @param language The language of the printed words (header, column
#'   headings, the respondents left out, the options' labels): by default
#'   the codebook's, the first language of its labels (English without a
#'   codebook); `"en"`, `"it"`, `"fr"`, `"de"`, `"es"` or another language of
#'   the codebook's labels. Numbers print alike in every language.
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
    ifelse(is.na(v), "NA", fmt_fixed(v, digits))
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
      fmt_fixed(df[[k]], 1L) else format(df[[k]])
  if (!is.null(df$method) && length(unique(df$method)) > 1L) out$method <- df$method
  rownames(out) <- NULL
  out
}

#' @rdname peer_estimate
#' @export
print.peer_estimate <- function(x, digits = 1, percent = TRUE, language = NULL, ...) {
  df <- as.data.frame.peer_estimate(x)
  if (!estimate_has_core(df)) {
    print(df, ...)
    return(invisible(x))
  }
  cb <- survey_codebook_of(x)
  lang <- print_language(cb, language)
  conf <- estimate_conf(x)
  method <- if (!is.null(df$method)) unique(df$method)
  cat("<peer_estimate> ",
      word_fill(if (nrow(df) == 1L) "print_estimates_one" else "print_estimates", lang,
                n = nrow(df)),
      if (percent) paste0(" ", word("print_per_cent", lang)),
      if (!is.null(conf)) paste0(", ", word_fill("print_intervals", lang,
                                                 conf = format(100 * conf))),
      if (length(method) == 1L) sprintf(" (%s)", method), "\n", sep = "")
  if (nrow(df)) print(estimate_printed(x, digits, percent, lang), row.names = FALSE, ...)
  left <- attr(x, "left_out")
  if (is.data.frame(left) && nrow(left)) {
    reasons <- c("domain unknown" = "left_out_domain", "group unknown" = "left_out_group")
    for (r in unique(left$reason)) {
      k <- left$reason == r
      cat(word_fill(if (sum(k) == 1L) "print_left_out_one" else "print_left_out", lang,
                    n = sum(k),
                    reason = if (r %in% names(reasons)) word(reasons[[r]], lang) else r,
                    rows = show_rows(left$row[k], language = lang),
                    ids = show_values(left$id[k], language = lang)), "\n", sep = "")
    }
  }
  invisible(x)
}

# Estimates as print() shows them (and knitr and as_kable_data()): the
# cells of format(), answers and groups by their labels, the headers in
# `language`
estimate_printed <- function(x, digits = 1, percent = TRUE, language = "en") {
  out <- estimate_labels(format.peer_estimate(x, digits = digits, percent = percent),
                         as.data.frame.peer_estimate(x), survey_codebook_of(x),
                         attr(x, "by", exact = TRUE), language)
  names(out) <- print_header(names(out), language)
  out
}

# The printed `level` and `group` of estimates of codebook items: the
# options' labels in `language` instead of their codes (the data keep the
# codes); without a codebook, or for a column that is no item, the codes
estimate_labels <- function(out, df, cb, by, language) {
  if (is.null(cb)) return(out)
  if (!is.null(out[["level"]])) {
    lab <- vapply(seq_len(nrow(df)), function(i)
      codebook_labels(cb, df$item[i], df$level[i], language), "")
    out$level <- ifelse(is.na(df$level), out$level, lab)
  }
  if (!is.null(out[["group"]]) && !is.null(by) && by %in% cb$item) {
    g <- as.character(df$group)
    out$group <- ifelse(is.na(g), out$group, codebook_labels(cb, by, g, language))
  }
  out
}

# The bars of estimates, for plot() and autoplot(): per row its label (the
# item as as_flextable() names it and the level's label; the level alone
# when the rows are of one item, whose question is then the title), its
# group and its estimate and interval; the axis title, in `language`
estimate_bar_data <- function(x, language) {
  cb <- survey_codebook_of(x)
  language <- print_language(cb, language)
  df <- as.data.frame.peer_estimate(x)
  cap <- codebook_item_name(cb, df$item, language)
  named <- estimate_labels(data.frame(level = as.character(df$level),
                                      group = if (!is.null(df$group)) as.character(df$group)
                                              else rep(NA_character_, nrow(df)),
                                      stringsAsFactors = FALSE),
                           df, cb, attr(x, "by", exact = TRUE), language)
  lev <- ifelse(is.na(df$level), NA_character_, named$level)
  one <- length(unique(df$item)) == 1L
  label <- ifelse(is.na(lev), cap, if (one) lev else paste0(cap, ": ", lev))
  list(data = data.frame(label = label, group = named$group, estimate = df$estimate,
                         lower = df$lower, upper = df$upper, stringsAsFactors = FALSE),
       grouped = !is.null(df$group), language = language,
       main = if (one && !all(is.na(lev))) cap[1L],
       xlab = word("plot_estimate", language))
}

#' @rdname peer_estimate
#' @export
as.data.frame.peer_estimate <- function(x, row.names = NULL, optional = FALSE, ...) {
  attr(x, "conf") <- NULL
  attr(x, "left_out") <- NULL
  attr(x, "codebook") <- NULL
  attr(x, "by") <- NULL
  class(x) <- "data.frame"
  if (!is.null(row.names)) rownames(x) <- row.names
  x
}
