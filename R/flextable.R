# Tables as flextable objects, for Word, PowerPoint and HTML.  The methods
# are registered for flextable::as_flextable() when the package loads (see
# zzz.R), so flextable stays a suggested package.

#' Tables as flextable objects (Word, PowerPoint, HTML)
#'
#' When the flextable package is installed, `flextable::as_flextable()`
#' turns the package's tables into flextable objects, ready for
#' `flextable::save_as_docx()`, officer documents or R Markdown output:
#' * a table of [survey_tables()] or [paper_tables()]: its caption, its
#'   header (columns that share a heading, such as "Checklist, n (%)" and
#'   "Checklist, % (95% CI)", under one spanning heading), its text cells
#'   ("n (%)", "% (95% CI)") as the table prints them, in the table's
#'   language, and its notes (base, skip logic, interval method) as
#'   footnotes;
#' * a tabulation of [tabulate_choice()], [tabulate_multi()] or
#'   [tabulate_likert()]: the "n (%)" cells of `format()` with the base in
#'   a footnote;
#' * response rates of [response_rates()]: invited, responded and the rate
#'   with its interval by group, the test of spread in a footnote;
#' * estimates of [estimate_prop()]: the share with its interval, the
#'   respondents and the frame;
#' * the published findings recomputed by [reproduce_paper()].
#'
#' [write_tables()] writes a whole list of tables into one Word file.
#'
#' @param x A table (class `peer_table`; a list of tables of
#'   [survey_tables()] holding one table is read as that table), a
#'   tabulation (`peer_tab`), response rates (`peer_response`), estimates
#'   (`peer_estimate`) or the findings of [reproduce_paper()]
#'   (`peer_paper_check`).
#' @param caption Caption; by default the table's own (none for
#'   tabulations).
#' @param digits Decimal places of percentages.
#' @param language Language of the headers, footnotes and labels of
#'   response rates and estimates: `"en"`, `"it"`, `"fr"`, `"de"`, `"es"` or
#'   another language of the codebook (whose fixed words fall back to
#'   English); any other value is an error. By default the first language of
#'   the codebook the results carry (as `print()` uses), else English. Items
#'   appear by their captions, answers and groups by their labels in that
#'   language. Tables keep the language they were built in.
#' @param ... Unused.
#' @return A `flextable` object.
#' @examples
#' if (requireNamespace("flextable", quietly = TRUE)) {
#'   ft <- flextable::as_flextable(paper_tables()$barriers)
#'   ft
#'   ex <- function(f) system.file("extdata", f, package = "peersurvey")
#'   s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#'   flextable::as_flextable(response_rates(survey_design(s, ex("services-frame.csv")),
#'                                          by = "region"))
#' }
#' @name as_flextable.peer_table
NULL

#' @rdname as_flextable.peer_table
as_flextable.peer_table <- function(x, caption = NULL, ...) {
  need_package("flextable", "`as_flextable()`")
  cells <- as_kable_data(x)
  flextable_frame(cells, names(x), caption %||% table_caption(x), table_notes(x),
                  table_language(x))
}

#' @rdname as_flextable.peer_table
as_flextable.peer_tables <- function(x, caption = NULL, ...) {
  as_flextable.peer_table(one_table(x), caption = caption, ...)
}

#' @rdname as_flextable.peer_table
as_flextable.peer_paper_check <- function(x, caption = NULL, ...) {
  need_package("flextable", "`as_flextable()`")
  cells <- as_kable_data(x)
  flextable_frame(cells, names(cells), caption %||% table_caption(x), table_notes(x),
                  attr(x, "language", exact = TRUE) %||% "en")
}

#' @rdname as_flextable.peer_table
as_flextable.peer_tab <- function(x, caption = NULL, digits = 1, language = NULL, ...) {
  need_package("flextable", "`as_flextable()`")
  language <- tab_language(attr(x, "tab_info"), language)
  cells <- tab_printed(x, digits, language)
  flextable_frame(cells, names(cells), caption %||% "", tab_header(x, digits, language),
                  language)
}

#' @rdname as_flextable.peer_table
as_flextable.peer_response <- function(x, caption = NULL, digits = 1, language = NULL, ...) {
  need_package("flextable", "`as_flextable()`")
  language <- print_language(survey_codebook_of(x), language)
  by <- attr(x, "by", exact = TRUE)
  cb <- attr(x, "codebook", exact = TRUE)
  conf <- attr(x, "conf", exact = TRUE) %||% 0.95
  lab <- response_labels(x, language = language)
  heading <- if (is.null(by)) "" else codebook_item_name(cb, by, language)
  cells <- data.frame(lab, as.character(x$invited), as.character(x$responded),
                      fmt_pct_ci(x$rate, x$lower, x$upper, language, digits),
                      stringsAsFactors = FALSE)
  ci_head <- word_ci("response_ci", language, conf)
  headers <- c(heading, export_word("invited", language), word("responded", language), ci_head)
  notes <- word_fill("note_ci", language, conf = format(100 * conf),
                     method = word("ci_wilson", language))
  fit <- attr(x, "fit", exact = TRUE)
  pval <- function(p) sub(".", decimal_mark(language), format.pval(p, digits = 3L),
                          fixed = TRUE)
  if (!is.null(fit))
    notes <- c(notes, export_word("chisq_note", language,
                                  stat = fmt_num(fit$chisq$statistic, 2L, language),
                                  df = as.integer(fit$chisq$parameter),
                                  p = pval(fit$chisq$p.value),
                                  exact = if (is.null(fit$exact)) "" else
                                    export_word("fisher_note", language,
                                                p = pval(fit$exact$p.value))))
  flextable_frame(cells, headers, caption %||% "", notes, language)
}

#' @rdname as_flextable.peer_table
as_flextable.peer_estimate <- function(x, caption = NULL, digits = 1, language = NULL, ...) {
  need_package("flextable", "`as_flextable()`")
  cb <- survey_codebook_of(x)
  language <- print_language(cb, language)
  conf <- if (length(x$conf)) x$conf[1L] else 0.95
  # items and domains by their caption (an option of a check-all item with
  # its label), answers and groups by their labels in `language` (as
  # print() shows them), other columns by their codes
  # (intervals of prop_ci() have no item, level or domain, and an
  # infinite N without a frame: those cells stay empty)
  df <- as.data.frame.peer_estimate(x)
  codes <- function(k) if (is.null(df[[k]])) rep(NA_character_, nrow(df))
                      else as.character(df[[k]])
  blank <- function(v) ifelse(is.na(v), "", v)
  labels <- estimate_labels(data.frame(level = codes("level"), group = codes("group"),
                                       stringsAsFactors = FALSE),
                            df, cb, attr(x, "by", exact = TRUE), language)
  item <- codes("item")
  item[!is.na(item)] <- codebook_item_name(cb, item[!is.na(item)], language)
  N <- if (is.null(df$N)) rep(NA_real_, nrow(df)) else df$N
  # (estimate_labels() keeps a missing level or group missing)
  domain <- codes("domain")
  domain[!is.na(domain)] <- codebook_item_name(cb, domain[!is.na(domain)], language)
  cells <- data.frame(blank(item), blank(labels$level), blank(domain),
                      # the group of an estimate `by` a column: without it the
                      # rows of the groups could not be told apart
                      blank(labels$group),
                      fmt_pct_ci(x$estimate, x$lower, x$upper, language, digits),
                      blank(codes("n")), ifelse(is.finite(N), as.character(N), ""),
                      stringsAsFactors = FALSE)
  ci_head <- word_ci("pct_ci", language, conf)
  headers <- c(export_word("item_column", language), export_word("level", language),
               export_word("domain", language), export_word("group_column", language), ci_head,
               word("respondents", language), word("frame_size", language))
  keep <- c(any(nzchar(cells[[1L]])), any(nzchar(cells[[2L]])), any(nzchar(cells[[3L]])),
            !is.null(x[["group"]]), TRUE, TRUE, any(nzchar(cells[[7L]])))
  # within a domain or a group: the share of its units, whose number is
  # estimated (N_domain), not of the whole frame
  within <- (!is.null(x[["domain"]]) && any(!is.na(x[["domain"]]))) || !is.null(x[["group"]])
  note <- "estimate_note"
  if (within && !is.null(x[["N_domain"]])) {
    nd <- x[["N_domain"]]
    cells$size <- ifelse(is.na(nd), "", ifelse(abs(nd - round(nd)) < 1e-8,
                                               fmt_num(round(nd), 0L, language),
                                               fmt_num(nd, 1L, language)))
    headers <- c(headers, export_word("domain_size", language))
    keep <- c(keep, TRUE)
    note <- "estimate_note_domain"
  }
  flextable_frame(cells[keep], headers[keep], caption %||% "",
                  export_word(note, language, conf = format(100 * conf)), language)
}

# A flextable of text cells: `headers` (one per column; columns sharing a
# heading before ", " get one spanning heading), caption, notes as footer
flextable_frame <- function(cells, headers, caption, notes, language = "en") {
  check_caption(caption)
  table_word <- export_word("table", language)
  keys <- paste0("c", seq_along(cells))
  data <- as.data.frame(lapply(cells, function(v) {
    v <- as.character(v)
    v[is.na(v)] <- ""
    v
  }), stringsAsFactors = FALSE, optional = TRUE)
  names(data) <- keys
  ft <- flextable::flextable(data, col_keys = keys)
  split <- flextable_header_split(headers)
  ft <- flextable::set_header_labels(ft, values = stats::setNames(as.list(split$bottom), keys))
  if (!is.null(split$top)) {
    ft <- flextable::add_header_row(ft, values = split$top, colwidths = split$widths)
    # a column without a shared heading spans both header rows
    ft <- flextable::merge_v(ft, part = "header")
  }
  ft <- flextable::theme_booktabs(ft)
  ft <- flextable::fontsize(ft, size = 10, part = "all")
  ft <- flextable::bold(ft, part = "header")
  ft <- flextable::align(ft, j = 1L, align = "left", part = "all")
  if (length(keys) > 1L)
    ft <- flextable::align(ft, j = keys[-1L], align = "right", part = "body")
  if (length(keys) > 1L && !is.null(split$top))
    ft <- flextable::align(ft, i = 1L, j = keys[-1L], align = "center", part = "header")
  ft <- flextable::valign(ft, valign = "bottom", part = "header")
  if (length(notes)) {
    ft <- flextable::add_footer_lines(ft, values = notes)
    ft <- flextable::fontsize(ft, size = 9, part = "footer")
    ft <- flextable::align(ft, align = "left", part = "footer")
  }
  # numbered in Word ("Table 1: ..."), as a manuscript's tables are
  if (nzchar(caption))
    ft <- flextable::set_caption(ft, caption = caption,
                                 autonum = officer::run_autonum(
                                   seq_id = "tab", pre_label = paste0(table_word, " "),
                                   post_label = ": "))
  ft <- flextable::autofit(ft)
  # no wider than the text of a portrait page (6.3 inches between margins):
  # the widest columns give way, and their text wraps within the cell
  w <- dim(ft)$widths
  if (sum(w) > flextable_page_width) {
    excess <- sum(w) - flextable_page_width
    give <- pmax(w - 0.9, 0)
    w <- w - excess * give / sum(give)
    ft <- flextable::width(ft, j = seq_along(w), width = w)
  }
  ft
}

flextable_page_width <- 6.3

# Headings of the form "<group>, <what>" shared by adjacent columns become
# a spanning heading over the <what>s; NULL top row when none is shared
flextable_header_split <- function(headers) {
  headers <- as.character(headers)
  headers[is.na(headers)] <- ""
  has <- grepl(", ", headers, fixed = TRUE)
  prefix <- ifelse(has, sub(", .*$", "", headers), NA_character_)
  suffix <- ifelse(has, sub("^[^,]*, ", "", headers), headers)
  r <- rle(ifelse(is.na(prefix), paste0("\r", seq_along(prefix)), prefix))
  shared <- rep(r$lengths > 1L & !startsWith(r$values, "\r"), r$lengths)
  if (!any(shared)) return(list(bottom = headers, top = NULL))
  bottom <- ifelse(shared, suffix, headers)
  top <- ifelse(shared, prefix, headers)
  r2 <- rle(ifelse(shared, top, paste0("\r", seq_along(top))))
  values <- ifelse(startsWith(r2$values, "\r"), headers[cumsum(r2$lengths)], r2$values)
  list(bottom = bottom, top = values, widths = r2$lengths)
}
