# The tables and published findings of the 2025 Italian national survey of
# peer support and co-production, computed from a survey and its frame
# through the package's public functions.

# Labels of the options of `item` from the codebook, in `language`;
# the option code itself when the codebook has no label for it
paper_labels <- function(codebook, item, options, language) {
  lab <- codebook_labels(codebook, item, options, language)
  # spell out the abbreviation of peer support workers
  if (language == "it") lab <- gsub("\\bESP\\b", "esperti in supporto tra pari", lab)
  lab
}

paper_word <- function(key, language) word(key, language)

paper_language <- function(language) {
  if (is.character(language) && length(language) > 1L &&
      identical(language, c("en", "it"))) return("en")
  check_language(language, avail = c("en", "it"),
                 what = "the languages of the shipped codebook")
}

# Options of a check-all-that-apply item that the survey carries as columns
paper_options <- function(survey, codebook, item) {
  cols <- grep(paste0("^", item, "_"), names(survey), value = TRUE)
  found <- substring(cols, nchar(item) + 2L)
  if (!is.null(codebook)) {
    listed <- codebook$option[codebook$item == item]
    found <- c(intersect(listed, found), setdiff(found, listed))
  }
  found[vapply(found, function(o) is.logical(survey[[paste0(item, "_", o)]]), NA)]
}

# A table of paper_tables(): a plain data frame of text columns, with a
# caption, an optional note, and the numbers behind it in attribute "values"
paper_table <- function(df, caption, values, note = NULL) {
  new_table(df, caption, values, notes = note, kind = "", subclass = "peer_paper_table")
}

# ---- the tables ---------------------------------------------------------

#' Tables in the layout of the 2025 survey of peer support and co-production
#'
#' Computes, from a survey and its sampling frame, tables in the layout of
#' the 2025 Italian national survey: response by macro-area and by region; presence of
#' peer support, its settings, the number of peer support workers, their
#' contracts, funding and training; the perceived impact of peer support
#' workers (Likert items); barriers, from the checklist and from the free
#' text coded with [barrier_dictionary()], with confidence intervals; and
#' co-production: presence, practices and the highest rung of the
#' participation ladder each department reaches.
#'
#' Every count comes from the package's public functions ([tabulate_choice()],
#' [tabulate_multi()], [tabulate_likert()], [response_rates()],
#' [code_text()], [code_coproduction()]) and every interval from
#' [prop_ci()]. Percentages are of the departments that answered the
#' question (the base is given in each table's note or columns); the
#' questions on settings, workers, contracts, funding, training and impact
#' were asked only of the departments running peer support, and the
#' practices and ladder only of those reporting co-production: their tables
#' are computed on those departments alone (an answer given although not
#' asked is left out), and the note of each says so and gives the base. The
#' impact table gives each item's base in a column of its own.
#'
#' The intervals describe the respondents (no finite population
#' correction); for the share of all the departments of the frame, adjusted
#' for nonresponse, use [estimate_prop()]. The note of every table with an
#' interval column names the interval method. Every department of the frame
#' was invited, so the counts of the response tables are fixed: their
#' intervals are for the response propensity (a Bernoulli model of
#' responding), and their notes say so.
#'
#' Percentages are rounded half away from zero (2 of 32, 6.25%, prints as
#' 6.3), as when rounding by hand.
#'
#' With the shipped data ([mhd_survey_2025], a synthetic dataset) these are
#' not the survey's tables, which are not public: only the figures stated in
#' the paper's abstract are published values (see [reproduce_paper()]);
#' every other figure is illustrative, and each table's note ends by saying
#' so.
#'
#' @param survey A survey: a data frame with the columns of
#'   [mhd_survey_2025] (as returned by [read_survey()]). Items it lacks are
#'   left out of the tables.
#' @param frame The sampling frame: a data frame of all the departments
#'   invited, with columns `mhd_id`, `region` and `macro_area`.
#' @param language `"en"` or `"it"`: language of the labels, captions and
#'   headers (option labels come from the codebook's `label_en` and
#'   `label_it` columns). Italian tables use a decimal comma.
#' @param conf Confidence level of the intervals.
#' @param method Interval method for the shares of respondents, passed to
#'   [prop_ci()]: `"wilson"`, `"clopper-pearson"`, `"agresti-coull"`,
#'   `"jeffreys"` or `"wald"`. (Response rates always use the Wilson
#'   interval of [response_rates()].)
#' @return A named list of class `peer_paper_tables` of data frames of
#'   class `peer_paper_table`: `response`, `response_region`,
#'   `peer_support`, `settings`, `workers`, `contract`, `funding`,
#'   `training`, `impact`, `barriers`, `coproduction`, `practices` and
#'   `ladder`. Their columns are text ready for printing ("n (%)",
#'   "% (95% CI)"); each carries a `caption`, an optional `note`, and the
#'   numbers behind it (counts `n`, bases `N`, `estimate`, `lower`, `upper`)
#'   in its `values` attribute. In R Markdown they print as tables (see
#'   [knit_print_peer()]).
#' @seealso [reproduce_paper()] for the published figures; the
#'   `peer-survey-report` R Markdown template for a whole report.
#' @examples
#' tabs <- paper_tables()
#' names(tabs)
#' tabs$barriers
#' attr(tabs$barriers, "values")
#' paper_tables(language = "it")$peer_support
#' @export
paper_tables <- function(survey = peersurvey::mhd_survey_2025,
                         frame = peersurvey::mhd_frame,
                         language = c("en", "it"), conf = 0.95,
                         method = "wilson") {
  language <- paper_language(language)
  paper_check_data(survey, frame)
  check_conf(conf)
  method <- check_ci_method(method)
  ctx <- paper_context(survey, frame, language, conf, method)
  out <- list(
    response = paper_response(ctx, "macro_area"),
    response_region = paper_response(ctx, "region"),
    peer_support = paper_presence(ctx, "peer_support", "t_peer_support", "peer_support_n"),
    settings = paper_multi(ctx, "ps_settings", "t_settings", "setting",
                           subset = paper_flag(survey, "peer_support"),
                           filter = "peer_support"),
    workers = paper_workers(ctx),
    contract = paper_choice(ctx, "ps_contract", "t_contract", "contract"),
    funding = paper_multi(ctx, "ps_funding", "t_funding", "source",
                          subset = paper_flag(survey, "peer_support"),
                          filter = "peer_support"),
    training = paper_choice(ctx, "ps_training", "t_training", "training"),
    impact = paper_impact(ctx),
    barriers = paper_barriers(ctx),
    coproduction = paper_presence(ctx, "coproduction", "t_coproduction", "coproduction_n"),
    practices = paper_practices(ctx),
    ladder = paper_ladder(ctx)
  )
  out <- out[!vapply(out, is.null, NA)]
  if (paper_is_shipped(survey)) out <- mark_illustrative(out, language)
  for (nm in names(out)) {
    notes <- table_notes(out[[nm]])
    attr(out[[nm]], "notes") <- notes
    attr(out[[nm]], "note") <- paste(notes, collapse = " ")
    attr(out[[nm]], "kind") <- nm
    attr(out[[nm]], "figure") <- paper_figures[[nm]] %||% "bars"
    attr(out[[nm]], "language") <- language
    attr(out[[nm]], "unit") <- ctx$unit
  }
  structure(out, class = c("peer_paper_tables", "peer_tables"), language = language)
}

# The figure of each table of the 2025 layout: response rates with the
# overall rate as reference, presence by area with the share of all
# respondents as reference, the impact items as diverging bars, the ladder
# as a distribution; the others as bars
paper_figures <- list(response = "response", response_region = "response",
                      peer_support = "presence", coproduction = "presence",
                      impact = "likert_items", ladder = "ladder")

# The 2025 specification's context: the generic one of survey_tables(), with
# the frame
paper_context <- function(survey, frame, language, conf, method) {
  ctx <- tables_context(survey, paper_codebook(survey), language, conf, method)
  ctx$frame <- frame
  ctx
}

# Tables of the shipped synthetic dataset (paper_tables(), survey_tables()):
# their notes end by saying that the figures are illustrative, and the
# titles of their figures say it too (figure_title())
mark_illustrative <- function(tabs, language) {
  say <- word("note_illustrative", language)
  for (nm in names(tabs)) {
    notes <- table_notes(tabs[[nm]])
    if (!say %in% notes) notes <- c(notes, say)
    attr(tabs[[nm]], "notes") <- notes
    attr(tabs[[nm]], "note") <- paste(notes, collapse = " ")
    attr(tabs[[nm]], "illustrative") <- TRUE
  }
  tabs
}

# Is `survey` the shipped synthetic dataset? (one rule for paper_tables(),
# survey_tables() and reproduce_paper())
paper_is_shipped <- function(survey) {
  identical(survey, peersurvey::mhd_survey_2025)
}

paper_check_data <- function(survey, frame) {
  check_data_frame(survey, "survey")
  check_data_frame(frame, "frame")
  # the tables are those of the 2025 survey: another questionnaire's survey
  # goes to survey_tables()
  other <- paste("; paper_tables() and the paper's figures are the tables of the 2025",
                 "Italian survey of Mental Health Departments (its codebook,",
                 "survey_codebook()): for another questionnaire use survey_tables()")
  miss <- setdiff(c("mhd_id", "region", "macro_area"), names(frame))
  if (length(miss))
    abort(sprintf("`frame` lacks column%s %s%s", if (length(miss) > 1L) "s" else "",
                  show_values(miss), other), "peersurvey_bad_argument")
  if (is.null(survey$mhd_id))
    abort(sprintf("`survey` lacks column \"mhd_id\"%s", other), "peersurvey_bad_argument")
  out <- which(!is.na(survey$mhd_id) & !survey$mhd_id %in% frame$mhd_id)
  if (length(out))
    abort(sprintf("`survey` has departments not in `frame`: %s %s", show_rows(out),
                  show_values(survey$mhd_id[out])), "peersurvey_bad_argument")
  invisible()
}

paper_codebook <- function(survey) {
  cb <- attr(survey, "codebook", exact = TRUE)
  if (is.data.frame(cb) && all(c("item", "option", "label_en", "label_it") %in% names(cb)))
    return(cb)
  survey_codebook()
}

# A logical column as TRUE/FALSE/NA (also from "yes"/"no" text or 0/1)
paper_flag <- function(survey, col) as_flag(survey[[col]], col)

paper_ci <- function(ctx, x, n) tables_ci(ctx, x, n)

# The note naming the interval method of a table with a CI column
paper_ci_note <- function(ctx, method = ctx$method) {
  lang <- ctx$language
  word_fill("note_ci", lang, conf = format(100 * ctx$conf),
            method = paste0(word(paste0("ci_", method), lang), ", ", word("ci_nofpc", lang)))
}

paper_note <- function(...) {
  parts <- unlist(list(...))
  if (length(parts)) paste(parts, collapse = " ")
}

paper_ci_header <- function(ctx, key) word_ci(key, ctx$language, ctx$conf)

paper_region_labels <- function(ctx, values, item) {
  paper_labels(ctx$codebook, item, as.character(values), ctx$language)
}

# Response by macro-area (with a national total) or by region
paper_response <- function(ctx, by) {
  vals <- paper_rates(ctx, by)  # one row per group, the national total last
  lang <- ctx$language
  rr <- vals[-nrow(vals), , drop = FALSE]
  labels <- c(paper_region_labels(ctx, rr$group, by), paper_word("total", lang))
  df <- data.frame(labels, vals$N, vals$n,
                   fmt_pct_ci(vals$estimate, vals$lower, vals$upper, lang),
                   stringsAsFactors = FALSE)
  names(df) <- c(paper_word(by, lang), paper_word("departments", lang),
                 paper_word("responded", lang), paper_ci_header(ctx, "response_ci"))
  if (by == "region") {
    area <- ctx$frame$macro_area[match(rr$group, as.character(ctx$frame$region))]
    df <- cbind(df[1L], c(paper_region_labels(ctx, area, "macro_area"), ""), df[-1L])
    names(df)[2L] <- paper_word("macro_area", lang)
  }
  vals$group <- c(as.character(rr$group), "total")
  paper_table(df, paper_word(paste0("t_response", if (by == "region") "_region"), lang),
              vals, note = paper_note(paper_ci_note(ctx, "wilson"),
                                      paper_word("note_propensity", lang)))
}

# Presence of an activity (logical column), overall and by macro-area
paper_presence <- function(ctx, col, title, header) {
  x <- paper_flag(ctx$survey, col)
  if (is.null(x)) return(NULL)
  lang <- ctx$language
  # a logical answer tabulates as levels "FALSE", "TRUE" and a missing row
  yes_of <- function(tab) {
    cnt <- attr(tab, "counts")
    list(n = cnt["TRUE", ], N = cnt["TRUE", ] + cnt["FALSE", ], group = colnames(cnt))
  }
  all <- yes_of(tabulate_choice(x))
  vals <- data.frame(group = "total", N = all$N, n = all$n)
  area <- ctx$survey$macro_area
  if (!is.null(area)) {
    by <- yes_of(tabulate_choice(x, by = area))
    keep <- !is.na(by$group)
    vals <- rbind(vals, data.frame(group = by$group[keep], N = by$N[keep], n = by$n[keep]))
  }
  vals <- cbind(vals, paper_ci(ctx, vals$n, vals$N))
  labels <- c(paper_word("all", lang),
              paper_region_labels(ctx, vals$group[-1L], "macro_area"))
  df <- data.frame(labels, vals$N, fmt_n_pct(vals$n, vals$N, lang),
                   fmt_pct_ci(vals$estimate, vals$lower, vals$upper, lang),
                   stringsAsFactors = FALSE)
  names(df) <- c(paper_word("macro_area", lang), paper_word("respondents", lang),
                 paper_word(header, lang), paper_ci_header(ctx, "pct_ci"))
  paper_table(df, paper_word(title, lang), vals, note = paper_ci_note(ctx))
}

# A check-all-that-apply item among the departments in `subset`
paper_multi <- function(ctx, item, title, header, subset = NULL, sort = FALSE,
                        filter = NULL) {
  opts <- paper_options(ctx$survey, ctx$codebook, item)
  if (!length(opts)) return(NULL)
  rows <- if (is.null(subset)) rep(TRUE, nrow(ctx$survey)) else subset %in% TRUE
  x <- ctx$survey[rows, paste0(item, "_", opts), drop = FALSE]
  tab <- tabulate_multi(x, options = opts)
  N <- sum(attr(tab, "counts")$answered)
  if (N == 0) return(NULL)  # nobody answered: no table
  vals <- data.frame(option = opts, N = N, n = tab$n)
  vals <- cbind(vals, paper_ci(ctx, vals$n, vals$N))
  if (sort) vals <- paper_sort(vals)
  lang <- ctx$language
  df <- data.frame(paper_labels(ctx$codebook, item, vals$option, lang),
                   fmt_n_pct(vals$n, vals$N, lang),
                   fmt_pct_ci(vals$estimate, vals$lower, vals$upper, lang),
                   stringsAsFactors = FALSE)
  names(df) <- c(paper_word(header, lang), paper_word("n_pct", lang),
                 paper_ci_header(ctx, "pct_ci"))
  paper_table(df, paper_word(title, lang), vals,
              note = paper_note(paper_base_note(ctx, if (!is.null(subset)) filter, N, sum(rows)),
                                paper_ci_note(ctx)))
}

# The note giving the base of a table's percentages: the departments asked
# (those running peer support, or reporting co-production) that answered
paper_base_note <- function(ctx, filter, N, asked) {
  key <- if (is.null(filter)) "note_answered" else paste0("note_base_", filter)
  word_fill(key, ctx$language, n = N, N = asked, asked = asked)
}

# Largest first, "other" last
paper_sort <- function(vals, col = "n") {
  other <- vals$option == "other"
  vals[order(other, -vals[[col]]), , drop = FALSE]
}

# A single-choice item among the departments running peer support
paper_choice <- function(ctx, item, title, header) {
  x <- ctx$survey[[item]]
  if (is.null(x)) return(NULL)
  ps <- paper_flag(ctx$survey, "peer_support")
  if (!is.null(ps)) x <- x[ps %in% TRUE]
  if (!is.factor(x)) x <- factor(x)
  filter <- if (!is.null(ps)) "peer_support"
  tab <- as.data.frame(tabulate_choice(x, na = "drop"))
  N <- sum(tab$n)
  if (N == 0) return(NULL)
  vals <- data.frame(option = as.character(tab$level), N = N, n = tab$n)
  vals <- cbind(vals, paper_ci(ctx, vals$n, vals$N))
  lang <- ctx$language
  df <- data.frame(paper_labels(ctx$codebook, item, vals$option, lang),
                   fmt_n_pct(vals$n, vals$N, lang), stringsAsFactors = FALSE)
  names(df) <- c(paper_word(header, lang), paper_word("n_pct", lang))
  paper_table(df, paper_word(title, lang), vals,
              note = paper_base_note(ctx, filter, N, length(x)))
}

# Number of peer support workers: bands, with the median and total in a note
paper_workers <- function(ctx) {
  w <- ctx$survey$ps_n_workers
  if (is.null(w)) return(NULL)
  ps <- paper_flag(ctx$survey, "peer_support")
  if (!is.null(ps)) w <- w[ps %in% TRUE]
  asked <- length(w)
  w <- w[!is.na(w)]
  if (!length(w)) return(NULL)
  lang <- ctx$language
  breaks <- c(-Inf, 0, 1, 3, 5, 10, Inf)
  labels <- c("0", "1", "2\u20133", "4\u20135", "6\u201310",
              word_fill("more_than", lang, n = 10L))
  band <- cut(w, breaks, labels = labels, right = TRUE)
  tab <- as.data.frame(tabulate_choice(band, na = "drop"))
  keep <- tab$n > 0 | tab$level != "0"
  tab <- tab[keep, , drop = FALSE]
  N <- length(w)
  vals <- data.frame(option = as.character(tab$level), N = N, n = tab$n)
  vals <- cbind(vals, paper_ci(ctx, vals$n, vals$N))
  df <- data.frame(vals$option, fmt_n_pct(vals$n, vals$N, lang), stringsAsFactors = FALSE)
  names(df) <- c(paper_word("workers", lang), paper_word("n_pct", lang))
  q <- if (N) stats::quantile(w, c(0.25, 0.5, 0.75), names = FALSE) else rep(NA_real_, 3L)
  num <- function(v) fmt_num(v, if (all(is.na(v) | v == round(v))) 0L else 1L, lang)
  note <- paste(word_fill("note_workers", lang, median = num(q[2L]), q1 = num(q[1L]),
                          q3 = num(q[3L]), total = num(sum(w))),
                paper_base_note(ctx, if (!is.null(ps)) "peer_support", N, asked))
  attr_vals <- vals
  attr(attr_vals, "summary") <- c(median = q[2L], q1 = q[1L], q3 = q[3L], total = sum(w),
                                  answered = N)
  paper_table(df, paper_word("t_workers", lang), attr_vals, note = note)
}

# Likert items on the impact of peer support workers, among the
# departments running peer support
paper_impact <- function(ctx) {
  items <- grep("^impact_", names(ctx$survey), value = TRUE)
  items <- items[vapply(items, function(i) is.factor(ctx$survey[[i]]), NA)]
  if (!length(items)) return(NULL)
  x <- ctx$survey[, items, drop = FALSE]
  ps <- paper_flag(ctx$survey, "peer_support")
  if (!is.null(ps)) x <- x[ps %in% TRUE, , drop = FALSE]
  x <- as.data.frame(lapply(x, function(v) v), optional = TRUE)
  tab <- tabulate_likert(x)
  lang <- ctx$language
  levs <- attr(tab, "tab_info")$levels
  k <- length(levs)
  cnt <- matrix(tab$n, nrow = k, dimnames = list(levs, items))
  N <- colSums(cnt)
  if (all(N == 0)) return(NULL)
  top <- seq.int(max(1L, k - 1L), k)  # the two "agree" levels
  agree <- colSums(cnt[top, , drop = FALSE])
  vals <- data.frame(item = items, N = N, n = agree)
  vals <- cbind(vals, paper_ci(ctx, vals$n, vals$N))
  vals$counts <- I(lapply(items, function(i) cnt[, i]))
  cells <- vapply(levs, function(l) fmt_n_pct(cnt[l, ], N, lang), character(length(items)))
  cells <- matrix(cells, nrow = length(items))
  df <- data.frame(vapply(items, paper_word, "", language = lang), as.integer(N), cells,
                   fmt_pct_ci(vals$estimate, vals$lower, vals$upper, lang),
                   stringsAsFactors = FALSE)
  names(df) <- c(paper_word("item", lang), paper_word("answered", lang),
                 paper_labels(ctx$codebook, items[1L], levs, lang),
                 paper_ci_header(ctx, "agree_ci"))
  base <- if (is.null(ps)) word_fill("note_answered", lang, n = max(N), N = nrow(x))
    else word_fill("note_base_each", lang, asked = nrow(x), column =
                 paste0("\"", paper_word("answered", lang), "\""))
  paper_table(df, paper_word("t_impact", lang), vals,
              note = paper_note(paper_word("note_impact", lang), base, paper_ci_note(ctx)))
}

# Barriers: checklist and coded free text, side by side, most named first
paper_barriers <- function(ctx) {
  opts <- paper_options(ctx$survey, ctx$codebook, "barriers")
  if (!length(opts)) return(NULL)
  lang <- ctx$language
  tab <- tabulate_multi(ctx$survey[, paste0("barriers_", opts), drop = FALSE],
                        options = opts)
  N <- sum(attr(tab, "counts")$answered)
  if (N == 0) return(NULL)
  vals <- data.frame(option = opts, N = N, n = tab$n)
  vals <- cbind(vals, paper_ci(ctx, vals$n, vals$N))
  coded <- paper_code_barriers(ctx$survey$barriers_text)
  if (!is.null(coded)) {
    tn <- colSums(coded$codes)[match(vals$option, colnames(coded$codes))]
    vals$text_N <- coded$N
    vals$text_n <- ifelse(is.na(tn), 0, tn)
    tci <- paper_ci(ctx, vals$text_n, vals$text_N)
    vals$text_estimate <- tci$estimate
    vals$text_lower <- tci$lower
    vals$text_upper <- tci$upper
  }
  vals <- paper_sort(vals)
  df <- data.frame(paper_labels(ctx$codebook, "barriers", vals$option, lang),
                   fmt_n_pct(vals$n, vals$N, lang),
                   fmt_pct_ci(vals$estimate, vals$lower, vals$upper, lang),
                   stringsAsFactors = FALSE)
  heads <- c(paper_word("barrier", lang), paper_word("checklist_n", lang),
             paper_ci_header(ctx, "checklist_ci"))
  if (!is.null(coded)) {
    text <- vals$option != "other"
    df$text_n <- ifelse(text, fmt_n_pct(vals$text_n, vals$text_N, lang), "")
    df$text_ci <- ifelse(text, fmt_pct_ci(vals$text_estimate, vals$text_lower,
                                          vals$text_upper, lang), "")
    heads <- c(heads, paper_word("text_n", lang), paper_ci_header(ctx, "text_ci"))
  }
  names(df) <- heads
  paper_table(df, paper_word("t_barriers", lang), vals,
              note = paper_note(word_fill("note_barriers", lang, n = N, wrote =
                                        if (is.null(coded)) 0L else coded$N),
                                paper_ci_note(ctx)))
}

# Co-production practices among the departments reporting co-production,
# each with its rung of the ladder
paper_practices <- function(ctx) {
  cop <- paper_flag(ctx$survey, "coproduction")
  tab <- paper_multi(ctx, "coprod_practices", "t_practices", "practice", subset = cop,
                     filter = "coproduction")
  if (is.null(tab)) return(NULL)
  vals <- attr(tab, "values")
  rung <- paper_rungs(ctx)[vals$option]
  vals$rung <- unname(rung)
  lang <- ctx$language
  rung_lab <- ifelse(is.na(rung), "", vapply(ifelse(is.na(rung), "none", rung),
                                              paper_word, "", language = lang))
  df <- cbind(as_kable_data(tab)[1L], rung_lab, as_kable_data(tab)[-1L],
              stringsAsFactors = FALSE)
  names(df)[2L] <- paper_word("rung", lang)
  paper_table(df, attr(tab, "caption"), vals, note = attr(tab, "note"))
}

# Rung of each practice (practice code -> rung), from the ladder
paper_rungs <- function(ctx) {
  ladder <- coproduction_ladder(ctx$codebook)
  stats::setNames(as.character(ladder$rung), ladder$practice)
}

# Highest rung reached by each department reporting co-production
paper_ladder <- function(ctx) {
  lv <- paper_levels(ctx)
  if (is.null(lv)) return(NULL)
  lang <- ctx$language
  rungs <- levels(lv$level)
  n <- as.vector(table(lv$level))
  N <- sum(n)
  if (N == 0) return(NULL)
  vals <- data.frame(option = rungs, N = N, n = n)
  vals <- cbind(vals, paper_ci(ctx, vals$n, vals$N))
  vals$cumulative <- if (N > 0) cumsum(n) / N else NA_real_
  df <- data.frame(vapply(rungs, paper_word, "", language = lang),
                   fmt_n_pct(vals$n, vals$N, lang),
                   fmt_pct_ci(vals$estimate, vals$lower, vals$upper, lang),
                   fmt_num(100 * vals$cumulative, 1L, lang), stringsAsFactors = FALSE)
  names(df) <- c(paper_word("highest", lang), paper_word("n_pct", lang),
                 paper_ci_header(ctx, "pct_ci"), paper_word("cumulative", lang))
  paper_table(df, paper_word("t_ladder", lang), vals,
              note = paper_note(paper_word("note_ladder", lang),
                                paper_base_note(ctx, "coproduction", N, lv$asked),
                                paper_ci_note(ctx)))
}

# ---- adapters to the package's coders and estimators ----------------------

# Response by `by` ("macro_area" or "region"): group, N, n, estimate, lower, upper
paper_rates <- function(ctx, by) {
  d <- survey_design(ctx$survey, ctx$frame, id = "mhd_id")
  rr <- response_rates(d, by = by, conf = ctx$conf, test = "none")
  rr <- as.data.frame(unclass(rr), stringsAsFactors = FALSE)
  data.frame(group = rr$group, N = rr$invited, n = rr$responded, estimate = rr$rate,
             lower = rr$lower, upper = rr$upper, stringsAsFactors = FALSE)
}

# Free text coded into barrier categories: list(codes = logical matrix of
# the departments that wrote something, N = their number)
paper_code_barriers <- function(text) {
  if (is.null(text)) return(NULL)
  text <- as.character(text)
  wrote <- !is.na(text) & nzchar(trimws(text))
  if (!any(wrote)) return(NULL)
  list(codes = text_code_matrix(text[wrote], barrier_dictionary()), N = sum(wrote))
}

# Highest rung of each department reporting co-production, from
# code_coproduction(): list(level = ordered factor over the rungs (no
# "none"), asked = departments reporting co-production, coded = the
# peer_coproduction result)
paper_levels <- function(ctx) {
  cop <- paper_flag(ctx$survey, "coproduction")
  opts <- paper_options(ctx$survey, ctx$codebook, "coprod_practices")
  if (is.null(cop) || !length(opts)) return(NULL)
  x <- ctx$survey[cop %in% TRUE, paste0("coprod_practices_", opts), drop = FALSE]
  coded <- code_coproduction(as.data.frame(unclass(x), optional = TRUE),
                             coproduction_ladder(ctx$codebook))
  lv <- coded$level[!is.na(coded$level)]
  # "none" (co-production reported, no practice ticked) only when it occurs
  levs <- levels(coded$level)
  if (!any(lv == "none")) levs <- setdiff(levs, "none")
  list(level = factor(as.character(lv), levels = levs, ordered = TRUE),
       asked = sum(cop %in% TRUE), coded = coded)
}

# ---- the published findings ---------------------------------------------

#' Reproduce the published findings of the 2025 national survey
#'
#' Recomputes, from the shipped data and through the package's public
#' functions, every figure the abstract of Lasalvia, Bodini, Fin and Bonetto
#' (2025) states, and prints each beside its published value with a mark
#' saying whether they agree:
#' * 135 departments in the frame, 61 of which responded (45%);
#' * 55.7% of the respondents run peer support ...
#' * ... primarily within community-based services;
#' * peer support workers are perceived as effective in fostering recovery
#'   and reducing stigma;
#' * the major barriers are lack of formal recognition, insufficient funding
#'   and cultural resistance;
#' * co-production practices are reported by more than half of the
#'   departments ...
#' * ... though they remain largely consultative.
#'
#' The department-level answers of the survey are not public: the shipped
#' [mhd_survey_2025] is a synthetic dataset built to reproduce these
#' findings, and nothing else in it is a published value: only the
#' `published` lines are the paper's, and among the `computed` lines only
#' 135, 61, 45% and 55.7% (34 of 61) are published figures.
#'
#' @section How each finding is checked:
#' * Response: [response_rates()] of the survey against the frame; the rate
#'   agrees when it rounds to the published whole per cent.
#' * Peer support: the share of respondents answering yes, rounded to one
#'   decimal.
#' * Community-based services: among departments running peer support
#'   ([tabulate_multi()] of the settings), the most frequent setting is a
#'   community service (community mental health centre, day centre or
#'   recovery college) and more than half of them use at least one.
#' * Impact: more than half of the departments running peer support agree
#'   or strongly agree ([tabulate_likert()]) that peer support workers foster
#'   recovery, and more than half that they reduce stigma.
#' * Barriers: on the checklist, the three barriers named are each named by
#'   at least as many departments as any other barrier.
#' * Co-production: more than half of the respondents report it.
#' * Largely consultative: more than half of the departments reporting
#'   co-production reach at most consultation on the ladder
#'   ([code_coproduction()]): their highest rung is informing or
#'   consultation. The most frequent highest rung is printed too.
#'
#' @inheritParams paper_tables
#' @param quiet If `TRUE`, print nothing.
#' @return Invisibly, a data frame of class `peer_paper_check`, one row per
#'   finding, with columns `id` (a short name: `"frame"`, `"responded"`,
#'   `"rate"`, `"peer_support"`, `"settings"`, `"recovery"`, `"stigma"`,
#'   `"barriers"`, `"coproduction"`, `"consultative"`), `finding` (what is
#'   stated), `published` (as the abstract states
#'   it), `computed` (as computed here), `count` (the computed figure
#'   when it is a count, else `NA`), `estimate` (the computed share as a
#'   proportion 0-1, `NA` for a count or a statement), `agree`
#'   (logical) and `published_value` (logical: `TRUE` for the four findings
#'   whose figure the abstract publishes, 135, 61, 45% and 55.7%; in the
#'   other rows, computed from the shipped synthetic data, the percentages
#'   only show that the stated pattern holds).
#' @references Lasalvia, A., Bodini, L., Fin, V. and Bonetto, C. (2025).
#'   Lived experience in Italian mental health services: a national survey
#'   of peer support and co-production practices. *BMC Health Services
#'   Research*. \doi{10.1186/s12913-025-13407-z}
#' @seealso [paper_tables()] for every table; `vignette("reproduce-paper",
#'   package = "peersurvey")`.
#' @examples
#' reproduce_paper()
#' res <- reproduce_paper(quiet = TRUE)
#' all(res$agree)
#' @export
reproduce_paper <- function(survey = peersurvey::mhd_survey_2025,
                            frame = peersurvey::mhd_frame,
                            language = c("en", "it"), quiet = FALSE) {
  language <- paper_language(language)
  check_flag(quiet)
  paper_check_data(survey, frame)
  shipped <- paper_is_shipped(survey)
  ctx <- paper_context(survey, frame, language, 0.95, "wilson")
  lang <- language
  w <- function(key) paper_word(key, lang)
  pct <- function(x, digits = 1L) ifelse(is.na(x), "-", paste0(fmt_num(x, digits, lang), "%"))
  rows <- list()
  # the abstract gives numbers only for the frame, the response and peer
  # support; every other finding is a statement
  numeric_findings <- c("frame", "responded", "rate", "peer_support")
  add <- function(key, published, computed, value, agree) {
    id <- sub("^f_", "", key)
    rows[[length(rows) + 1L]] <<- data.frame(
      id = id, finding = w(key), published = published,
      computed = computed,
      count = if (id %in% c("frame", "responded")) value else NA_real_,
      estimate = if (id %in% c("frame", "responded")) NA_real_ else value / 100,
      agree = isTRUE(agree),
      published_value = id %in% numeric_findings, stringsAsFactors = FALSE)
  }

  # response
  rr <- paper_rates(ctx, "macro_area")
  all <- rr[nrow(rr), ]
  add("f_frame", "135", format(all$N), all$N, all$N == 135)
  add("f_responded", "61", format(all$n), all$n, all$n == 61)
  rate <- 100 * all$estimate
  add("f_rate", pct(45, 0L), pct(rate), rate, round(rate) == 45)

  # peer support
  ps <- paper_flag(survey, "peer_support")
  ps_n <- sum(ps %in% TRUE)
  ps_N <- sum(!is.na(ps))
  ps_pct <- if (ps_N) 100 * ps_n / ps_N else NA_real_
  add("f_peer_support", pct(55.7),
      word_fill("of", lang, pct = pct(ps_pct), n = ps_n, N = ps_N), ps_pct,
      round(ps_pct, 1) == 55.7)

  # community-based services
  add_settings(ctx, add, pct)
  # impact
  add_impact(ctx, add, pct)
  # barriers
  add_barriers(ctx, add, pct)

  # co-production
  cp <- paper_flag(survey, "coproduction")
  cp_n <- sum(cp %in% TRUE)
  cp_N <- sum(!is.na(cp))
  cp_pct <- if (cp_N) 100 * cp_n / cp_N else NA_real_
  add("f_coproduction", w("p_coproduction"),
      word_fill("of", lang, pct = pct(cp_pct), n = cp_n, N = cp_N),
      cp_pct, cp_pct > 50)
  lv <- paper_levels(ctx)
  if (!is.null(lv) && length(lv$level)) {
    tab <- table(lv$level)
    tab <- tab[names(tab) != "none"]
    modal <- names(tab)[tab == max(tab)]
    # share of departments whose highest rung is at most consultation
    share <- 100 * sum(tab[names(tab) %in% c("informing", "consultation")]) / sum(tab)
    add("f_consultative", w("p_consultative"),
        word_fill("c_consultative", lang, pct = pct(share), N = sum(tab), modal =
                tolower(paste(vapply(modal, paper_word, "", language = lang),
                              collapse = ", "))),
        share, share > 50)
  }

  res <- do.call(rbind, rows)
  rownames(res) <- NULL
  res <- structure(res, class = c("peer_paper_check", "data.frame"),
                   caption = w("t_check"), language = lang,
                   note = if (shipped) w("note_synthetic") else w("note_own"))
  if (!quiet) print(res)
  invisible(res)
}

# Where peer support happens: the most frequent setting is a community
# service, and most departments running peer support use one
add_settings <- function(ctx, add, pct) {
  tab <- paper_multi(ctx, "ps_settings", "t_settings", "setting",
                     subset = paper_flag(ctx$survey, "peer_support"))
  if (is.null(tab)) return(invisible())
  lang <- ctx$language
  vals <- attr(tab, "values")
  N <- vals$N[1L]
  if (!N) return(invisible())
  top <- vals$option[vals$n == max(vals$n)]
  community <- intersect(c("cmhc", "day_centre", "recovery_college"), vals$option)
  ps <- paper_flag(ctx$survey, "peer_support") %in% TRUE
  m <- as.matrix(ctx$survey[ps, paste0("ps_settings_", vals$option), drop = FALSE])
  answered <- rowSums(!is.na(m)) > 0
  mc <- m[, paste0("ps_settings_", community), drop = FALSE]
  hit <- rowSums(matrix(mc %in% TRUE, nrow(mc))) > 0 & answered
  share <- if (N) 100 * sum(hit) / N else NA_real_
  top_lab <- paste(paper_labels(ctx$codebook, "ps_settings", top, lang), collapse = ", ")
  add("f_settings", paper_word("p_settings", lang),
      word_fill("c_settings", lang, top = top_lab, pct = pct(100 * max(vals$n) / N),
                n = sum(hit), N = N),
      share, all(top %in% community) && share > 50)
}

# Impact: most departments running peer support agree that peer support
# workers foster recovery, and most that they reduce stigma
add_impact <- function(ctx, add, pct) {
  tab <- paper_impact(ctx)
  if (is.null(tab)) return(invisible())
  vals <- attr(tab, "values")
  lang <- ctx$language
  for (it in c("recovery", "stigma")) {
    v <- vals[vals$item == paste0("impact_", it), , drop = FALSE]
    if (!nrow(v)) next
    add(paste0("f_", it), paper_word(paste0("p_", it), lang),
        word_fill("c_agree", lang, pct = pct(100 * v$estimate), n = v$n, N = v$N),
        100 * v$estimate, v$estimate > 0.5)
  }
}

# Barriers: the three named lead the checklist (ties allowed)
add_barriers <- function(ctx, add, pct) {
  tab <- paper_barriers(ctx)
  if (is.null(tab)) return(invisible())
  lang <- ctx$language
  vals <- attr(tab, "values")
  vals <- vals[vals$option != "other", , drop = FALSE]
  named <- c("recognition", "funding", "cultural")
  top <- vals[seq_len(min(3L, nrow(vals))), , drop = FALSE]
  lab <- paper_labels(ctx$codebook, "barriers", top$option, lang)
  computed <- paste(sprintf("%s (%s)", lab, pct(100 * top$estimate)), collapse = "; ")
  inside <- vals$n[vals$option %in% named]
  outside <- vals$n[!vals$option %in% named]
  agree <- length(inside) == 3L && min(inside) >= max(c(outside, -Inf))
  add("f_barriers", paper_word("p_barriers", lang), computed, NA_real_, agree)
}

#' @export
print.peer_paper_check <- function(x, ...) {
  lang <- attr(x, "language", exact = TRUE) %||% "en"
  cat(attr(x, "caption", exact = TRUE) %||% "", "\n\n", sep = "")
  df <- data.frame(finding = x$finding, published = x$published, computed = x$computed,
                   agree = ifelse(x$agree, "yes", "NO"), stringsAsFactors = FALSE)
  width <- getOption("width")
  line <- function(label, text) {
    lab <- formatC(paste0(paper_word(label, lang), ":"), width = -12L)
    body <- strwrap(text, width = max(20L, width - 17L))
    cat(paste0(c(paste0("    ", lab), rep(strrep(" ", 16L), length(body) - 1L)), body),
        sep = "\n")
  }
  for (i in seq_len(nrow(df))) {
    cat(sprintf("[%s] %s\n", if (x$agree[i]) "ok" else "!!", df$finding[i]))
    line("published", df$published[i])
    line("computed", df$computed[i])
  }
  cat("\n", word_fill("n_agree", lang, n = sum(x$agree), N = nrow(x)), "\n", sep = "")
  note <- attr(x, "note", exact = TRUE)
  if (!is.null(note)) cat(strwrap(note, width = width), sep = "\n")
  invisible(x)
}
