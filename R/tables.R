# Tables for any codebook: one table per item, built from the item's type.
# A table is a data frame of text cells ready to print, with its caption,
# notes and the numbers behind it; other files read these only through
# table_caption(), table_notes() and table_values().

# ---- the table object ---------------------------------------------------

# df: text cells; values: the numbers behind them (a data frame with, per
# row of numbers, `option`, `label`, `n`, `N`, `estimate`, `lower`, `upper`
# where they apply, and `row_type`: "option", "missing", "invalid", "blank",
# "none", "summary"); kind: what the table shows ("single", "multi", "likert",
# "number", "text", or a name of the 2025 layout)
new_table <- function(df, caption, values, notes = NULL, kind, item = NA_character_,
                      language = "en", unit = NULL, subclass = NULL) {
  rownames(df) <- NULL
  rownames(values) <- NULL
  notes <- notes[nzchar(notes)]
  structure(df, class = c(subclass, "peer_table", "data.frame"), caption = caption,
            note = if (length(notes)) paste(notes, collapse = " "), notes = notes,
            values = values, kind = kind, item = item, language = language,
            unit = unit %||% word("units", language))
}

#' Parts of a table
#'
#' Every table of [survey_tables()] and [paper_tables()] is a data frame of
#' text cells ready to print ("n (%)", "% (95% CI)") that carries its
#' caption, its notes (base, skip logic, interval method) and the numbers
#' behind the cells. These accessors return them, so that code written on
#' top of the package (a report, an export) never reads attributes.
#'
#' @param x A table (class `peer_table`), such as `tabs$item` of the
#'   tables `tabs` of [survey_tables()]. The list of tables itself (class
#'   `peer_tables`) is accepted when it holds one table (as
#'   `survey_tables(items = "item")` returns): its table is read; a list
#'   of several tables is an error.
#' @return `table_caption()`: the caption (a string). `table_notes()`: the
#'   notes, a character vector (empty when none). `table_values()`: a data
#'   frame of the numbers behind the table: per row, `n` (count), `N`
#'   (base: the units that answered, of which `n` is a share; not the
#'   population, as `N` is in [prop_ci()] and [estimate_prop()], so that
#'   `prop_ci(n, N)` gives the row's interval without a finite population
#'   correction), `estimate`, `lower`, `upper` (proportions 0-1) where they apply,
#'   and `row_type` telling options from the rows shown apart: `"option"`,
#'   `"missing"` (declared non-answers), `"invalid"` (answers listed by
#'   [survey_problems()]: unreadable, or outside what the codebook accepts),
#'   `"blank"`, `"none"` ("none of these") and `"summary"`.
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' answers <- read_survey(ex("services-export.csv"),
#'                        survey_codebook(ex("services-codebook.csv")))
#' tabs <- survey_tables(answers, items = "peer_roles")
#' table_caption(tabs$peer_roles)
#' table_notes(tabs$peer_roles)
#' table_values(tabs$peer_roles)
#' # a list of one table is read as that table
#' identical(table_caption(tabs), table_caption(tabs$peer_roles))
#' @export
table_caption <- function(x) {
  x <- one_table(x)
  attr(x, "caption", exact = TRUE) %||% attr(x, "title", exact = TRUE) %||% ""
}

#' @rdname table_caption
#' @export
table_notes <- function(x) {
  x <- one_table(x)
  n <- attr(x, "notes", exact = TRUE)
  if (is.null(n)) {
    n <- attr(x, "note", exact = TRUE)
    if (is.null(n)) n <- character()
  }
  n
}

#' @rdname table_caption
#' @export
table_values <- function(x) {
  x <- one_table(x)
  attr(x, "values", exact = TRUE)
}

table_kind <- function(x) attr(x, "kind", exact = TRUE) %||% ""
table_language <- function(x) attr(x, "language", exact = TRUE) %||% "en"
table_unit <- function(x) attr(x, "unit", exact = TRUE) %||% word("units", table_language(x))

#' @export
print.peer_table <- function(x, ...) {
  cap <- table_caption(x)
  if (nzchar(cap)) cat(cap, "\n\n", sep = "")
  print(as_kable_data(x), row.names = FALSE, right = FALSE, ...)
  notes <- table_notes(x)
  if (length(notes))
    cat("", strwrap(paste(notes, collapse = " "), width = getOption("width")), sep = "\n")
  invisible(x)
}

#' @export
print.peer_tables <- function(x, ...) {
  for (i in seq_along(x)) {
    if (i > 1L) cat("\n")
    print(x[[i]], ...)
  }
  invisible(x)
}

#' @export
`[.peer_tables` <- function(x, i) {
  structure(unclass(x)[i], class = class(x), language = attr(x, "language", exact = TRUE))
}

# ---- all the items of a codebook ------------------------------------------

#' Tables of every item of a questionnaire
#'
#' Builds one table per item of the codebook, each from the item's type,
#' so that any questionnaire written as a codebook (see [survey_codebook()])
#' gets its tables with no further code:
#' * single choice (and yes/no): n (%) and % with its confidence interval
#'   for each option;
#' * check all that apply: n and % of the units that answered the item,
#'   with intervals, most chosen first (the "Other" option last: coded
#'   `other`, else labelled "Other", as [read_survey()] finds it), and
#'   the units that ticked none and that skipped the item. An option coded
#'   `none`, else the one option labelled "None", "None of these" or "None
#'   of the above" (or so in Italian, French, German, Spanish, Portuguese or
#'   Dutch; as numbered codes from REDCap label it), is the exclusive
#'   answer: it is that "none"
#'   row, shown last, counting the units that ticked it or answered with
#'   every option known and not ticked. A unit with nothing ticked but some
#'   cells unknown is neither "none" nor a skip (a note counts it). A cell that is
#'   `NA` for a unit that answered the item (an option column missing from
#'   the export, an answer that could not be read: see [survey_problems()])
#'   is unknown, not "not ticked": that option's base is the units whose
#'   cell is known, as [estimate_prop()] takes it, and an option known for
#'   no unit has no count (`NA` in [table_values()], "-" in the table), with
#'   a note naming it;
#' * Likert: the distribution over the levels and the share of the top two
#'   levels with its interval;
#' * numbers: units answering, median (interquartile range), range and
#'   total;
#' * free text: coded into categories with `dictionary` (n and % of the
#'   units that wrote an answer, with intervals; categories labelled by the
#'   dictionary frame's `label_<language>` column, else `label_en`, else
#'   their codes), or the number who wrote and their share of the units
#'   asked.
#'
#' Percentages are of the units that answered the item among those asked:
#' an item with `asked_if` (skip logic) was asked only of the units
#' answering yes to its filter, and its note says so. Answers the codebook
#' declares as missing ("don't know") and blanks are shown in rows of their
#' own, apart from the base. Intervals describe the respondents (no finite
#' population correction); for shares of the whole frame, adjusted for
#' nonresponse, use [estimate_prop()].
#'
#' @param design A `peer_design` from [survey_design()], or a `peer_survey`
#'   from [read_survey()].
#' @param items Items to tabulate (codebook ids); by default every item
#'   but the id, in codebook order.
#' @param language A language of the codebook's labels (`NULL`: its first);
#'   fixed words (headers, notes) in English, Italian, French, German or
#'   Spanish, English otherwise.
#' @param conf Confidence level of the intervals.
#' @param dictionary A dictionary from [text_dictionary()] (such as
#'   [barrier_dictionary()]) to code every free-text item; a list of
#'   dictionaries named by free-text items, to code each named item with its
#'   own and leave the others uncoded (such as `list(barriers_text =
#'   barrier_dictionary())`, leaving an "Other (please specify)" text
#'   uncoded); or `NULL`.
#' @param method Interval method, passed to [prop_ci()].
#' @return A named list of class `peer_tables` of tables (class
#'   `peer_table`, data frames of text cells), one per item; see
#'   [table_caption()] for their parts. Tables print, knit as tables in R
#'   Markdown, and plot with `plot()`. Tables of the shipped synthetic
#'   [mhd_survey_2025] end their notes by saying that their figures are
#'   illustrative, and so do the titles of their plots.
#' @seealso [paper_tables()], the 2025 survey's layout built on the same
#'   machinery.
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' cb <- survey_codebook(ex("services-codebook.csv"))
#' s <- read_survey(ex("services-export.csv"), cb)
#' d <- survey_design(s, ex("services-frame.csv"), strata = "region")
#' tabs <- survey_tables(d)
#' tabs$peer_roles
#' tabs$satisfaction
#' plot(tabs$peer_roles)
#' survey_tables(d, items = "n_peer", language = "it")
#' @export
survey_tables <- function(design, items = NULL, language = NULL, conf = 0.95,
                          dictionary = NULL, method = "wilson") {
  survey <- tables_survey(design)
  cb <- survey_codebook_of(survey)
  language <- check_language(language, cb)
  check_conf(conf)
  method <- check_ci_method(method)
  all_items <- setdiff(unique(cb$item), codebook_id(cb))
  text_items <- unique(cb$item[cb$type == "text"])
  if (is.list(dictionary) && !inherits(dictionary, "peer_dictionary")) {
    # one dictionary per free-text item, named by the item
    nm <- names(dictionary)
    if (!length(dictionary) || is.null(nm) || anyNA(nm) || !all(nzchar(nm)) || anyDuplicated(nm))
      abort(paste("`dictionary` as a list must name each element by a free-text item of",
                  "the codebook, once"), "peersurvey_bad_argument")
    bad <- setdiff(nm, text_items)
    if (length(bad))
      abort(sprintf(paste("`dictionary` names %s, not free-text items of the codebook",
                          "(free-text items: %s)"), show_values(bad),
                    if (length(text_items)) show_values(text_items) else "none"),
            "peersurvey_bad_argument")
    notdic <- !vapply(dictionary, inherits, NA, "peer_dictionary")
    if (any(notdic))
      abort(sprintf("`dictionary` element %s is not a dictionary from text_dictionary()",
                    show_values(nm[notdic])), "peersurvey_bad_argument")
  } else if (!is.null(dictionary)) {
    if (!inherits(dictionary, "peer_dictionary"))
      abort(paste("`dictionary` must be a dictionary from text_dictionary(), a list of them",
                  "named by free-text items, or NULL"), "peersurvey_bad_argument")
    dictionary <- stats::setNames(rep(list(dictionary), length(text_items)), text_items)
  }
  if (is.null(items)) items <- all_items
  if (!is.character(items) || anyNA(items))
    abort("`items` must be item ids of the codebook", "peersurvey_bad_argument")
  bad <- setdiff(items, all_items)
  if (length(bad))
    abort(sprintf("`items` are not items of the codebook: %s", show_values(bad)),
          "peersurvey_bad_argument")
  ctx <- tables_context(survey, cb, language, conf, method)
  out <- lapply(items, function(it) tables_item(ctx, it, dictionary[[it]]))
  names(out) <- items
  out <- out[!vapply(out, is.null, NA)]
  if (paper_is_shipped(survey)) out <- mark_illustrative(out, language)
  structure(out, class = "peer_tables", language = language)
}

# A stratum of the design that is a single-choice item of the codebook and
# that the export lacks (read_survey() filled it with NA) is known for every
# respondent from the frame: its tables count the frame's values, as the
# weights do, and say so (attribute "from_frame" of the survey)
tables_strata_from_frame <- function(design, survey) {
  cb <- survey_codebook_of(survey)
  for (st in design$strata) {
    if (!st %in% names(design$frame) || !st %in% names(survey) || !absent_item(survey, st) ||
        !is.factor(survey[[st]]) || !any(cb$item == st & cb$type %in% c("single", "likert")))
      next
    v <- design_stratum(design$frame[[st]], st, cb)
    survey[[st]] <- factor(as.character(v)[design$pos], levels = levels(survey[[st]]))
    pr <- attr(survey, "problems", exact = TRUE)
    attr(survey, "problems") <- pr[!(is.na(pr$row) & pr$column %in% st &
                                     pr$reason == reason_absent), , drop = FALSE]
    attr(survey, "from_frame") <- c(attr(survey, "from_frame", exact = TRUE), st)
  }
  survey
}

# The survey of `design` (a peer_design or a peer_survey), which must carry
# its codebook
tables_survey <- function(design) {
  survey <- survey_of_design(design)
  check_data_frame(survey, "design")
  if (is.null(survey_codebook_of(survey)))
    abort("`design` carries no codebook: read the survey with read_survey()",
          "peersurvey_bad_argument")
  if (inherits(design, "peer_design")) survey <- tables_strata_from_frame(design, survey)
  # a table counts units: a unit in two rows (x[c(1, 1), ]) would count twice
  id <- codebook_id(survey_codebook_of(survey))
  if (!is.null(id) && !is.na(id) && id %in% names(survey)) {
    v <- survey[[id]]
    dup <- which(duplicated(v) & !is.na(v))
    if (length(dup))
      abort(sprintf(paste("`design` has unit %s in more than one row (%s): a table counts each",
                          "unit once; keep one row per unit"),
                    show_values(v[dup[1L]]), show_rows(which(v %in% v[dup[1L]]))),
            "peersurvey_bad_argument")
  }
  survey
}

# What every builder needs: the survey, its codebook, the words
tables_context <- function(survey, cb, language, conf, method) {
  unit <- codebook_unit(cb, language)
  list(survey = survey, codebook = cb, language = language, conf = conf, method = method,
       unit = unit, feminine = language == "it" && it_feminine(unit),
       missing = survey_missing_raw(survey),
       problems = attr(survey, "problems", exact = TRUE))
}

# Rows (of `rows`) whose answer to `item` is missing because survey_problems()
# lists it (unreadable, or outside what the codebook accepts)
tables_invalid <- function(ctx, item, rows, columns = item) {
  pr <- ctx$problems
  if (is.null(pr) || !nrow(pr)) return(integer())
  # (a word of a non-answer with no option is listed, but not an answer:
  # it stays among those that did not answer)
  # (nor is a check-all answer taken as unanswered)
  r <- unique(pr$row[!is.na(pr$row) & pr$column %in% columns & pr$reason != reason_nonanswer &
                       !startsWith(pr$reason, reason_unticked)])
  r <- r[r %in% which(rows)]
  # rows the item's columns (a check-all item's option columns) leave all NA
  cols <- intersect(columns, names(ctx$survey))
  r[Reduce(`&`, lapply(cols, function(col) is.na(ctx$survey[[col]][r])), rep(TRUE, length(r)))]
}

survey_missing_raw <- function(survey) {
  attr(survey, "declared_missing", exact = TRUE) %||%
    data.frame(row = integer(), column = character(), value = character(),
               stringsAsFactors = FALSE)
}

tables_item <- function(ctx, item, dictionary = NULL) {
  type <- ctx$codebook$type[match(item, ctx$codebook$item)]
  tab <- switch(type,
                single = tables_single(ctx, item),
                likert = tables_single(ctx, item, likert = TRUE),
                multi = tables_multi(ctx, item),
                number = tables_number(ctx, item),
                text = tables_text(ctx, item, dictionary),
                NULL)
  # an item the export lacks (read_survey() filled it with NA) says so
  # first, and so does a stratum taken from the frame
  frame_item <- item %in% attr(ctx$survey, "from_frame", exact = TRUE)
  if (!is.null(tab) && (frame_item || absent_item(ctx$survey, item))) {
    notes <- c(word(if (frame_item) "note_item_frame" else "note_item_absent", ctx$language),
               attr(tab, "notes"))
    attr(tab, "notes") <- notes
    attr(tab, "note") <- paste(notes, collapse = " ")
  }
  tab
}

# ---- shared pieces ----------------------------------------------------------

# A note in the table's language; counts of 0 and 1 take the key's own
# wording where it has one ("One of the services answered"), with {uno} and
# {Uno} agreeing with the unit in Italian
tw <- function(ctx, key, ...) {
  args <- list(...)
  keys <- words_table()$key
  is <- function(v, k) !is.null(v) && identical(as.numeric(v), k)
  count <- args$asked %||% args$n
  # none asked ("_zero"), one asked who did not answer ("_one_none"), none
  # answered ("_none"), one ("_one"), several asked and one answered
  # ("_answered_one"): the key's own wording
  if (is(args$asked, 0) && paste0(key, "_zero") %in% keys) key <- paste0(key, "_zero")
  else if (is(args$asked, 1) && is(args$n, 0) && paste0(key, "_one_none") %in% keys)
    key <- paste0(key, "_one_none")
  else if (is(args$n, 0) && paste0(key, "_none") %in% keys) key <- paste0(key, "_none")
  else if (is(count, 1) && paste0(key, "_one") %in% keys) key <- paste0(key, "_one")
  else if (!is.null(args$asked) && is(args$n, 1) && paste0(key, "_answered_one") %in% keys)
    key <- paste0(key, "_answered_one")
  uno <- if (ctx$feminine) "una" else "uno"
  word_fill(key, ctx$language, ..., uno = uno,
            Uno = paste0(toupper(substr(uno, 1L, 1L)), substring(uno, 2L)),
            .feminine = ctx$feminine)
}

# Option labels quoted for a note: "A"
tables_quote <- function(labels) paste0("\"", labels, "\"")

# The rows asked an item: all (also when the export lacks the filter), or
# those answering yes to its `asked_if` filter; with the note saying so
tables_asked <- function(ctx, item) {
  cb <- ctx$codebook
  f <- cb$asked_if[match(item, cb$item)]
  n <- nrow(ctx$survey)
  if (is.null(f) || is.na(f) || !nzchar(f)) return(list(rows = rep(TRUE, n), filter = NULL))
  v <- as_flag(ctx$survey[[f]], f)
  if (is.null(v) || absent_item(ctx$survey, f)) return(list(rows = rep(TRUE, n), filter = NULL))
  list(rows = v %in% TRUE, filter = f)
}

tables_base_note <- function(ctx, asked, N, key = "note_asked") {
  if (is.null(asked$filter)) return(tw(ctx, "note_base", n = N, units = ctx$unit))
  cb <- ctx$codebook
  tw(ctx, key, asked = sum(asked$rows), units = ctx$unit, n = N,
     answer = codebook_labels(cb, asked$filter, "yes", ctx$language),
     filter = codebook_caption(cb, asked$filter, ctx$language))
}

tables_ci_note <- function(ctx) {
  lang <- ctx$language
  tw(ctx, "note_ci", conf = format(100 * ctx$conf),
     method = paste0(word(paste0("ci_", ctx$method), lang), ", ", word("ci_nofpc", lang)))
}

tables_ci_header <- function(ctx, key = "pct_ci") word_ci(key, ctx$language, ctx$conf)

# estimate, lower, upper of x of n (NA where n is 0)
tables_ci <- function(ctx, x, n) {
  ci <- data.frame(estimate = rep(NA_real_, length(n)), lower = NA_real_, upper = NA_real_)
  ok <- !is.na(n) & n > 0
  if (any(ok)) {
    r <- prop_ci(x[ok], n[ok], conf = ctx$conf, method = ctx$method)
    ci[ok, ] <- as.data.frame(r)[, c("estimate", "lower", "upper")]
  }
  ci
}

# Rows shown apart from the base: declared non-answers by option, answers
# survey_problems() lists (when there are any), blanks
tables_apart <- function(ctx, item, asked_rows, blank) {
  cb <- ctx$codebook
  rows <- cb[cb$item == item & cb$missing, , drop = FALSE]
  dm <- ctx$missing
  dm <- dm[dm$column == item & dm$row %in% which(asked_rows), , drop = FALSE]
  n_dk <- vapply(rows$option, function(o) sum(dm$value == o), 1)
  n_invalid <- length(tables_invalid(ctx, item, asked_rows))
  invalid <- if (n_invalid > 0L) "invalid"
  out <- data.frame(option = c(rows$option, if (n_invalid > 0L) "", ""),
                    label = c(codebook_labels(cb, item, rows$option, ctx$language),
                              if (n_invalid > 0L) word("invalid", ctx$language),
                              word("no_answer", ctx$language)),
                    n = c(n_dk, if (n_invalid > 0L) n_invalid, blank - sum(n_dk) - n_invalid),
                    row_type = c(rep("missing", nrow(rows)), invalid, "blank"),
                    stringsAsFactors = FALSE)
  # the words of a non-answer that the item has no option for ("Non so"
  # where no "Don't know" is offered) stay among those that did not answer:
  # the note says how many, and which words
  pr <- ctx$problems
  if (!is.null(pr) && nrow(pr)) {
    pr <- pr[!is.na(pr$row) & pr$column == item & pr$reason == reason_nonanswer &
               pr$row %in% which(asked_rows), , drop = FALSE]
    attr(out, "nonanswers") <- as.character(pr$value)
  }
  out
}

tables_apart_note <- function(ctx, apart) {
  miss <- apart$label[apart$row_type == "missing"]
  nonans <- attr(apart, "nonanswers", exact = TRUE)
  c(if (length(miss)) tw(ctx, "note_apart", labels = paste(miss, collapse = "\", \""))
    else tw(ctx, "note_blank"),
    if (length(nonans))
      tw(ctx, "note_nonanswer", label = apart$label[apart$row_type == "blank"],
         n = length(nonans), values = paste(unique(nonans), collapse = ", ")),
    if (any(apart$row_type == "invalid"))
      tw(ctx, "note_invalid", label = apart$label[apart$row_type == "invalid"]))
}

# Cells of option rows and apart rows: label, "n (%)", "% (CI)"
tables_cells <- function(ctx, vals, header = "option") {
  lang <- ctx$language
  # a declared "none of these" option has a base like the options
  opt <- vals$row_type %in% c("option", "summary") |
    (vals$row_type == "none" & !is.na(vals$N))
  # an option whose answers could not be read: "-", never a count of 0
  n_cell <- ifelse(opt, fmt_n_pct(vals$n, vals$N, lang), as.character(vals$n))
  n_cell[is.na(vals$n)] <- "-"
  df <- data.frame(vals$label, n_cell,
                   ifelse(opt, fmt_pct_ci(vals$estimate, vals$lower, vals$upper, lang), ""),
                   stringsAsFactors = FALSE)
  names(df) <- c(word(header, lang), word("n_pct", lang), tables_ci_header(ctx))
  df
}

# ---- builders, one per type -------------------------------------------------

# Single choice (yes/no included) and Likert items
tables_single <- function(ctx, item, likert = FALSE) {
  cb <- ctx$codebook
  v <- ctx$survey[[item]]
  if (is.null(v)) return(NULL)
  asked <- tables_asked(ctx, item)
  opts <- cb$option[cb$item == item & !cb$missing]
  x <- v[asked$rows]
  if (is.logical(x)) x <- ifelse(x, "yes", "no")
  x <- factor(as.character(x), levels = opts)
  tab <- tabulate_choice(x, na = "drop")
  n <- tab$n
  N <- sum(n)
  vals <- data.frame(option = opts, label = codebook_labels(cb, item, opts, ctx$language),
                     n = n, N = N, stringsAsFactors = FALSE)
  vals <- cbind(vals, tables_ci(ctx, vals$n, vals$N), row_type = "option",
                stringsAsFactors = FALSE)
  if (likert && length(opts) >= 2L) {
    top <- utils::tail(seq_along(opts), 2L)
    t2 <- sum(n[top])
    lab <- paste(sub(",.*$", "", word("top2_ci", ctx$language)),
                 paste0("(", paste(vals$label[top], collapse = ", "), ")"))
    vals <- rbind(vals, cbind(data.frame(option = "top2", label = lab, n = t2, N = N,
                                         stringsAsFactors = FALSE),
                              tables_ci(ctx, t2, N), row_type = "summary",
                              stringsAsFactors = FALSE))
  }
  apart <- tables_apart(ctx, item, asked$rows, sum(is.na(x)))
  vals <- tables_bind(vals, apart)
  notes <- c(tables_base_note(ctx, asked, N), tables_apart_note(ctx, apart),
             tables_ci_note(ctx))
  new_table(tables_cells(ctx, vals), codebook_caption(cb, item, ctx$language), vals,
            notes, kind = if (likert) "likert" else "single", item = item,
            language = ctx$language, unit = ctx$unit)
}

tables_bind <- function(vals, extra) {
  for (col in setdiff(names(vals), names(extra))) extra[[col]] <- NA
  rbind(vals, extra[names(vals)])
}

# Check all that apply: n and % of the units answering, most chosen first.
# A cell that is NA where the unit answered the item (an option column
# missing from the export, an answer that could not be read) is unknown,
# not "not ticked": the option's base is the units whose cell is known, as
# estimate_prop() takes an option's column; an option known for nobody has
# no count (NA, shown "-"). The "None of these" option (none_option()) is the
# exclusive answer: it is not sorted among the options but shown as the
# "none" row, last.
tables_multi <- function(ctx, item, sort = TRUE, apart = TRUE) {
  cb <- ctx$codebook
  opts <- cb$option[cb$item == item]
  cols <- paste0(item, "_", opts)
  have <- cols %in% names(ctx$survey)
  if (!any(have)) return(NULL)
  asked <- tables_asked(ctx, item)
  # an option column absent from the data: every cell unknown
  x <- lapply(cols, function(col) {
    if (col %in% names(ctx$survey)) as_flag(ctx$survey[[col]][asked$rows], col)
    else rep(NA, sum(asked$rows))
  })
  x <- as.data.frame(stats::setNames(x, cols), optional = TRUE)
  tab <- tabulate_multi(x, options = opts)
  cnt <- tab_counts(tab)
  N <- sum(cnt$answered)
  known <- vapply(x, function(v) sum(!is.na(v)), 1L)
  n <- ifelse(known > 0, tab$n, NA)
  vals <- data.frame(option = opts, label = codebook_labels(cb, item, opts, ctx$language),
                     n = n, N = known, stringsAsFactors = FALSE)
  vals <- cbind(vals, tables_ci(ctx, vals$n, vals$N), row_type = "option",
                stringsAsFactors = FALSE)
  rows <- cb[cb$item == item, , drop = FALSE]
  is_none <- opts %in% none_option(rows)
  other <- other_option(rows)
  none_opt <- vals[is_none, , drop = FALSE]
  vals <- vals[!is_none, , drop = FALSE]
  unknown <- vals$label[vals$N == 0]
  part <- vals$N > 0 & vals$N < N
  partial <- if (any(part)) paste0(tables_quote(vals$label[part]), " (", vals$N[part], ")")
  if (sort) vals <- vals[order(vals$option %in% other, -vals$n, seq_len(nrow(vals))), ,
                         drop = FALSE]
  notes <- c(tables_base_note(ctx, asked, N),
             if (length(partial)) tw(ctx, "note_multi_partial",
                                              options = paste(partial, collapse = ", "),
                                              units = ctx$unit),
             if (length(unknown))
               tw(ctx, "note_multi_unknown",
                           options = paste(tables_quote(unknown), collapse = ", ")),
             word("note_multi", ctx$language))
  if (apart) {
    m <- as.matrix(x)
    real <- m[, !is_none, drop = FALSE]
    ticked_none <- if (any(is_none)) m[, is_none] %in% TRUE else rep(FALSE, nrow(m))
    any_ticked <- rowSums(matrix(real %in% TRUE, nrow = nrow(m))) > 0
    answered <- rowSums(!is.na(m)) > 0
    # "none": the none option ticked, or every option known and not ticked;
    # a unit with unknown cells and nothing ticked is neither "none" nor a skip
    all_no <- rowSums(matrix(real %in% FALSE, nrow = nrow(m))) == ncol(real)
    none <- answered & !any_ticked & (ticked_none | all_no)
    open <- answered & !any_ticked & !none
    both <- ticked_none & any_ticked
    # answers listed by survey_problems() of which nothing could be read
    n_invalid <- length(tables_invalid(ctx, item, asked$rows, c(item, cols)))
    skipped <- sum(asked$rows) - N - n_invalid
    blank_label <- word("not_answered", ctx$language)
    if (nrow(none_opt)) {
      # the declared option: a share of the units answering, like an option
      none_row <- cbind(data.frame(option = none_opt$option, label = none_opt$label, n = sum(none),
                                   N = N, stringsAsFactors = FALSE),
                        tables_ci(ctx, sum(none), N), row_type = "none",
                        stringsAsFactors = FALSE)
      vals <- tables_bind(vals, none_row)
      none_label <- none_opt$label
      none_note <- tw(ctx, "note_none_option", label = none_label)
    } else {
      none_label <- word("none_ticked", ctx$language)
      vals <- tables_bind(vals, data.frame(option = "", label = none_label, n = sum(none),
                                           row_type = "none", stringsAsFactors = FALSE))
      none_note <- word("note_none", ctx$language)
    }
    if (n_invalid > 0L)
      vals <- tables_bind(vals, data.frame(option = "", label = word("invalid", ctx$language),
                                           n = n_invalid, row_type = "invalid",
                                           stringsAsFactors = FALSE))
    vals <- tables_bind(vals, data.frame(option = "", label = blank_label, n = skipped,
                                         row_type = "blank", stringsAsFactors = FALSE))
    notes <- c(notes, none_note,
               if (n_invalid > 0L) tw(ctx, "note_invalid", label = word("invalid", ctx$language)),
               if (any(both)) tw(ctx, "note_none_conflict", n = sum(both), units = ctx$unit,
                                 label = none_label),
               if (any(open)) tw(ctx, "note_none_unknown", n = sum(open), units = ctx$unit,
                                 none = none_label, blank = blank_label))
  } else vals <- rbind(vals, none_opt)
  notes <- c(notes, tables_ci_note(ctx))
  new_table(tables_cells(ctx, vals), codebook_caption(cb, item, ctx$language), vals, notes,
            kind = "multi", item = item, language = ctx$language, unit = ctx$unit)
}

# Numbers: units answering, median (IQR), range, total
tables_number <- function(ctx, item) {
  v <- ctx$survey[[item]]
  if (is.null(v)) return(NULL)
  asked <- tables_asked(ctx, item)
  w <- v[asked$rows]
  n <- sum(!is.na(w))
  w <- w[!is.na(w)]
  lang <- ctx$language
  q <- if (n) stats::quantile(w, c(0, 0.25, 0.5, 0.75, 1), names = FALSE, type = 7)
       else rep(NA_real_, 5L)
  total <- if (n) sum(w) else NA_real_
  # shown apart: answers survey_problems() lists (when there are any), blanks
  n_invalid <- length(tables_invalid(ctx, item, asked$rows))
  apart <- c(if (n_invalid > 0L) c(invalid = n_invalid), blank = sum(asked$rows) - n - n_invalid)
  vals <- data.frame(option = c("n", "median", "q1", "q3", "min", "max", "sum", names(apart)),
                     value = c(n, q[3L], q[2L], q[4L], q[1L], q[5L], total, apart),
                     row_type = c(rep("summary", 7L), names(apart)), stringsAsFactors = FALSE)
  fv <- function(x) fmt_value(x, lang)
  df <- data.frame(c(word("answered_n", lang), word("median_iqr", lang), word("range", lang),
                     word("sum", lang),
                     vapply(names(apart), export_stat_label, "", language = lang)),
                   c(as.character(n), sprintf("%s (%s\u2013%s)", fv(q[3L]), fv(q[2L]), fv(q[4L])),
                     sprintf("%s\u2013%s", fv(q[1L]), fv(q[5L])), fv(total),
                     as.character(apart)),
                   stringsAsFactors = FALSE)
  names(df) <- c(word("statistic", lang), word("value", lang))
  notes <- c(if (is.null(asked$filter)) tw(ctx, "note_number", n = n, units = ctx$unit)
             else tables_base_note(ctx, asked, n, "note_asked_number"),
             if (n_invalid > 0L) tw(ctx, "note_invalid", label = word("invalid", lang)))
  new_table(df, codebook_caption(ctx$codebook, item, lang), vals, notes, kind = "number",
            item = item, language = lang, unit = ctx$unit)
}

# Free text: coded into categories with a dictionary, or the units writing
tables_text <- function(ctx, item, dictionary) {
  v <- ctx$survey[[item]]
  if (is.null(v)) return(NULL)
  asked <- tables_asked(ctx, item)
  text <- as.character(v[asked$rows])
  wrote <- !is.na(text) & nzchar(trimws(text))
  lang <- ctx$language
  N <- sum(wrote)
  if (is.null(dictionary) || !N) {
    # the base is every unit asked: a blank is "wrote nothing", not a skip;
    # but a column the export lacks is no unit's blank: no base
    absent <- absent_item(ctx$survey, item)
    n_asked <- if (absent) 0L else sum(asked$rows)
    vals <- cbind(data.frame(option = "wrote", label = word("wrote", lang), n = N,
                             N = n_asked, stringsAsFactors = FALSE),
                  tables_ci(ctx, N, n_asked), row_type = "option",
                  stringsAsFactors = FALSE)
    base <- if (absent) tw(ctx, "note_base_none", units = ctx$unit)
    else if (is.null(asked$filter))
      tw(ctx, "note_text_base", n = sum(asked$rows), units = ctx$unit)
    else tw(ctx, "note_text_asked", asked = sum(asked$rows), units = ctx$unit,
                     answer = codebook_labels(ctx$codebook, asked$filter, "yes", lang),
                     filter = codebook_caption(ctx$codebook, asked$filter, lang))
    notes <- c(base, if (is.null(dictionary) && !absent) word("note_text_uncoded", lang),
               if (!absent) tables_ci_note(ctx))
    return(new_table(tables_cells(ctx, vals), codebook_caption(ctx$codebook, item, lang),
                     vals, notes, kind = "text", item = item, language = lang,
                     unit = ctx$unit))
  }
  codes <- text_code_matrix(text[wrote], dictionary)
  n <- colSums(codes)
  cats <- colnames(codes)
  vals <- data.frame(option = cats, label = tables_category_labels(ctx, cats, dictionary),
                     n = as.vector(n), N = N, stringsAsFactors = FALSE)
  vals <- cbind(vals, tables_ci(ctx, vals$n, vals$N), row_type = "option",
                stringsAsFactors = FALSE)
  vals <- vals[order(-vals$n, seq_len(nrow(vals))), , drop = FALSE]
  none <- sum(rowSums(codes) == 0)
  vals <- tables_bind(vals, data.frame(option = "", label = word("uncoded", lang), n = none,
                                       row_type = "none", stringsAsFactors = FALSE))
  df <- tables_cells(ctx, vals, header = "category")
  notes <- c(tw(ctx, "note_text_coded", n = N, units = ctx$unit),
             if (!is.null(asked$filter)) tables_base_note(ctx, asked, N), tables_ci_note(ctx))
  new_table(df, codebook_caption(ctx$codebook, item, lang), vals, notes, kind = "text",
            item = item, language = lang, unit = ctx$unit)
}

# Labels of coding categories: the dictionary frame's `label_<language>`
# column, then `label_en`, then the category code (the first label written
# for a category; never the labels of a codebook item, which may share codes
# with the categories by chance)
tables_category_labels <- function(ctx, cats, dictionary) {
  frame <- dictionary$frame
  out <- cats
  for (col in rev(unique(paste0("label_", c(ctx$language, "en"))))) {
    lab <- frame[[col]]
    if (is.null(lab)) next
    lab <- trimws(as.character(lab))
    ok <- !is.na(lab) & nzchar(lab)
    got <- lab[ok][match(cats, frame$category[ok])]
    out <- ifelse(is.na(got), out, got)
  }
  out
}

# Codes of texts as a logical matrix, one column per category
text_code_matrix <- function(text, dictionary) {
  codes <- code_text(text, dictionary)
  m <- matrix(as.matrix(codes) %in% TRUE, nrow = nrow(codes), ncol = ncol(codes),
              dimnames = list(NULL, names(codes)))
  m
}

# ---- the co-production ladder ---------------------------------------------

#' The highest rung of the co-production ladder reached, as a table
#'
#' For a survey whose codebook places the options of a check-all-that-apply
#' item on the participation ladder (its `rung` column, see
#' [coproduction_ladder()]), the number and share of units at each level:
#' the highest rung among the practices each unit ticked, as
#' [code_coproduction()] places it, from "none" up. It is the table that
#' [survey_tables()] does not make, because it reads a whole item rather
#' than one answer, in the same form as the tables of [survey_tables()]:
#' it prints, knits, exports and plots as they do.
#'
#' The base of the percentages is the units placed on the ladder. A unit
#' whose item has a filter (`asked_if`) and that answered no to it is at
#' "none", as [code_coproduction()] places it (a note says how many); a
#' unit whose filter is blank, that skipped the item, or that ticked only
#' options with no rung (such as "other") is not placed and is left out of
#' the base (a note counts those that ticked only such options).
#'
#' @inheritParams survey_tables
#' @param item The check-all-that-apply item of the practices; needed only
#'   when several items of the codebook carry rungs.
#' @return A table (class `peer_table`) with one row per level: the level,
#'   "n (%)", the percentage with its interval and the cumulative
#'   percentage (the units at that level or below). [table_values()] gives
#'   per level `option` (`"none"` or the rung), `label`, `n`, `N` (the
#'   units placed), `estimate`, `lower`, `upper` (0-1 scale) and
#'   `cumulative`.
#' @seealso [code_coproduction()] for each unit's level.
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#' lt <- ladder_table(s)
#' lt
#' table_values(lt)
#' ladder_table(s, language = "it")
#' plot(lt)
#' @export
ladder_table <- function(design, item = NULL, language = NULL, conf = 0.95,
                         method = "wilson") {
  survey <- tables_survey(design)
  cb <- survey_codebook_of(survey)
  language <- check_language(language, cb)
  check_conf(conf)
  method <- check_ci_method(method)
  ladder <- coproduction_ladder(cb, item)
  item <- attr(ladder, "item", exact = TRUE)
  ctx <- tables_context(survey, cb, language, conf, method)
  coded <- code_coproduction(survey, ladder)
  level <- coded$level
  levs <- levels(level)
  n <- as.vector(table(level))
  N <- sum(n)
  vals <- data.frame(option = levs,
                     label = vapply(levs, word, "", language = language, USE.NAMES = FALSE),
                     n = n, N = N, stringsAsFactors = FALSE)
  vals <- cbind(vals, tables_ci(ctx, vals$n, vals$N))
  vals$cumulative <- if (N > 0) cumsum(n) / N else NA_real_
  vals$row_type <- "option"
  df <- data.frame(vals$label,
                   if (N > 0) fmt_n_pct(vals$n, vals$N, language) else rep("-", length(n)),
                   if (N > 0) fmt_pct_ci(vals$estimate, vals$lower, vals$upper, language)
                   else rep("-", length(n)),
                   if (N > 0) fmt_num(100 * vals$cumulative, 1L, language) else rep("-", length(n)),
                   stringsAsFactors = FALSE)
  names(df) <- c(word("highest", language), word("n_pct", language),
                 tables_ci_header(ctx), word("cumulative", language))
  filter <- attr(ladder, "filter", exact = TRUE)
  said_no <- if (!is.null(filter) && !is.null(survey[[filter]]) && !absent_item(survey, filter))
    sum(as_flag(survey[[filter]], filter) %in% FALSE) else 0L
  unplaced <- length(attr(coded, "unplaced", exact = TRUE))
  notes <- c(word("note_ladder_level", language),
             if (N == 0) tw(ctx, "note_base_none", units = ctx$unit)
             else tw(ctx, "note_base", n = N, units = ctx$unit),
             if (said_no > 0)
               word_fill("note_ladder_filter", language, no = said_no,
                         answer = codebook_labels(cb, filter, "no", language),
                         filter = codebook_caption(cb, filter, language),
                         none = word("none", language)),
             if (unplaced == 1) word("note_ladder_unplaced_one", language)
             else if (unplaced > 1) word_fill("note_ladder_unplaced", language, left = unplaced),
             if (N > 0) tables_ci_note(ctx))
  caption <- word_fill("t_ladder_item", language,
                       question = codebook_caption(cb, item, language))
  out <- new_table(df, caption, vals, notes = notes, kind = "ladder", item = item,
                   language = language, unit = ctx$unit)
  attr(out, "figure") <- "ladder"
  out
}
