# Results as tables in R Markdown.  When knitr is installed, .onLoad()
# registers knit_print_peer() as the knitr::knit_print method of every
# result class below, so that a result left at the end of a chunk prints
# as a table (a markdown pipe table from knitr::kable(), which every
# output format understands) instead of console text.  Without knitr the
# print methods are used unchanged.

# Result classes of the package that print as tables in R Markdown
knit_classes <- function() {
  c("peer_tab", "peer_table", "peer_tables", "peer_paper_check", "peer_estimate",
    "peer_response", "peer_coproduction", "peer_compare")
}

#' Print peersurvey results as tables in R Markdown
#'
#' When knitr is installed, the package registers this function as the
#' `knitr::knit_print()` method of its result classes (tabulations, the
#' tables of [paper_tables()], the comparison of [reproduce_paper()],
#' response rates, estimates and tests), so that a result printed in an
#' R Markdown chunk appears as a formatted table rather than as console
#' text. It can also be called directly.
#'
#' @param x A result of the package (a data frame with a class), or a list
#'   of such tables as returned by [paper_tables()].
#' @param options Chunk options, passed by knitr (unused).
#' @param ... Passed to `knitr::kable()` (e.g. `digits`, `align`).
#' @param caption Table caption; by default the result's own title, if any.
#' @return An object of class `knit_asis` holding a markdown table (or, for
#'   a list of tables, one table per element, each with its caption).
#' @seealso [paper_tables()], [as_kable_data()]
#' @examples
#' if (requireNamespace("knitr", quietly = TRUE)) {
#'   tabs <- paper_tables()
#'   knit_print_peer(tabs$peer_support)
#' }
#' @export
knit_print_peer <- function(x, options = NULL, ..., caption = NULL) {
  check_caption(caption)
  if (!requireNamespace("knitr", quietly = TRUE))
    abort("`knit_print_peer()` needs the knitr package: install.packages(\"knitr\")",
          "peersurvey_missing_package")
  if (inherits(x, "peer_tables") ||
      (is.list(x) && !is.data.frame(x) && length(x) && all(vapply(x, is.data.frame, NA)))) {
    parts <- vapply(seq_along(x), function(i) {
      paste(kable_lines(x[[i]], ...), collapse = "\n")
    }, "")
    return(knitr::asis_output(paste(c("", parts, ""), collapse = "\n\n")))
  }
  knitr::asis_output(paste(c("", kable_lines(x, caption = caption, ...), ""),
                           collapse = "\n"))
}

# The method registered for knitr::knit_print(): chunk options and knitr's
# own arguments (such as `inline`) are not table options
knit_print_method <- function(x, options = NULL, ...) knit_print_peer(x, options)

kable_lines <- function(x, caption = NULL, digits = 3L, ...) {
  caption <- caption %||% table_caption(x)
  if (!nzchar(caption)) caption <- NULL
  df <- as_kable_data(x)
  # labels, captions and notes are text, not markdown or HTML: "<workshops>"
  # and "*bold*" show as written
  for (j in which(vapply(df, is.character, NA))) df[[j]] <- md_escape(df[[j]])
  names(df) <- md_escape(names(df))
  out <- knitr::kable(df, format = "pipe", digits = digits, row.names = FALSE,
                      caption = if (!is.null(caption)) md_escape(caption), ...)
  notes <- md_escape(table_notes(x))
  c(as.character(out), if (length(notes)) c("", paste0("*", paste(notes, collapse = " "), "*")))
}

# Text written literally in Pandoc's markdown: its punctuation that marks up
# (emphasis, code, raw HTML, entities, sub- and superscripts, math,
# citations) escaped by a backslash. Brackets are left as they are: an
# escaped bracket opens display math where R Markdown reads backslashed
# brackets so, and "[x]" alone is no link
md_escape <- function(x) gsub("([\\\\`*_<>&~^$@])", "\\\\\\1", x, perl = TRUE)

#' The plain data frame a result prints as
#'
#' Drops the package's classes and attributes, turns factors into text and
#' list columns into comma-separated text, so that the result can be handed
#' to any table-making function (`knitr::kable()`, `write.csv()`, ...).
#' Tabulations, estimates and response rates give the cells they print:
#' "n (%)" for tabulations; for estimates of [estimate_prop()], percentages
#' and intervals as text, answers and groups by their labels and the
#' headers in the first language of the codebook they carry; for
#' [response_rates()], the groups by their labels and the rates and limits
#' to three decimals, in that language too.
#'
#' @param x A result of the package (a data frame with a class, or a
#'   result with an `as.data.frame()` method).
#' @return A plain `data.frame`.
#' @examples
#' as_kable_data(paper_tables()$peer_support)
#' @export
as_kable_data <- function(x) {
  # tabulations print as "n (%)" through their own format() method, headers
  # in the language of their codebook, as print() shows them
  if (inherits(x, "peer_tab") && !is.null(attr(x, "counts")))
    x <- tab_printed(x, digits = 1, language = tab_language(attr(x, "tab_info"), NULL))
  # estimates as they print: per cent, intervals, labels in the codebook's language
  if (inherits(x, "peer_estimate") && estimate_has_core(x))
    x <- estimate_printed(x, language = print_language(survey_codebook_of(x)))
  if (inherits(x, "peer_response"))
    x <- response_printed(x, language = print_language(survey_codebook_of(x)))
  if (inherits(x, "peer_paper_check")) {
    lang <- attr(x, "language", exact = TRUE) %||% "en"
    x <- data.frame(x$finding, x$published, x$computed,
                    ifelse(x$agree, word("yes", lang), word("no", lang)),
                    stringsAsFactors = FALSE)
    heads <- vapply(c("finding", "published", "computed", "agree"), word, "",
                    language = lang)
    names(x) <- paste0(toupper(substring(heads, 1L, 1L)), substring(heads, 2L))
  }
  if (!is.data.frame(x)) {
    x <- if (is.object(x)) tryCatch(as.data.frame(x), error = function(e) NULL)
    if (!is.data.frame(x))
      abort("`x` must be a data frame, or convertible to one", "peersurvey_bad_argument")
  }
  cols <- lapply(unclass(x), function(col) {
    if (is.list(col)) vapply(col, function(e) paste(format(e), collapse = ", "), "")
    else if (is.factor(col)) as.character(col)
    else if (is.logical(col)) ifelse(is.na(col), NA_character_, ifelse(col, "yes", "no"))
    else as.vector(col)
  })
  out <- as.data.frame(cols, stringsAsFactors = FALSE, optional = TRUE)
  names(out) <- names(x)
  out
}
