# Response to a census-like survey: who was invited, who answered.

#' Response rates against a sampling frame
#'
#' Counts the units invited (the frame) and those that responded (the
#' survey), overall and by group, with Wilson score intervals from
#' [prop_ci()], and tests whether the rate of response differs between the
#' groups.
#'
#' @section The test of spread:
#' With `by`, the test asks whether the chance to respond differs between
#' the groups. The respondents are a subset of the finite frame (drawn
#' without replacement), so the test is Pearson's chi-square test of
#' independence on the 2 x K table of units that responded and units that
#' did not, by group: `stats::chisq.test(rbind(responded, invited -
#' responded), correct = FALSE)`, on K - 1 degrees of freedom. Its
#' statistic equals the goodness-of-fit statistic of the respondents
#' against the frame's shares (`chisq.test(responded, p = invited /
#' sum(invited))`) times \eqn{N / (N - n)}{N / (N - n)}, with
#' \eqn{N} units invited and \eqn{n} responding: the goodness-of-fit test,
#' which treats the respondents as drawn with replacement, understates the
#' evidence of differential nonresponse when a large part of the frame
#' responds.
#'
#' When an expected count of that table is below 5 the chi-square
#' approximation is poor, and the exact conditional test is added: given
#' the group sizes and the number of respondents, the split of the
#' respondents over the groups is multivariate hypergeometric under the null
#' hypothesis, and the test is Fisher's exact test on the 2 x K table,
#' computed exactly by [fisher_test()] (R's `fisher.test()` is wrong on
#' some wide 2 x K tables). When the table is too large to enumerate, the
#' p-value is simulated with `B` replicates instead, and its `method` says
#' so; the draws use R's random number generator (call `set.seed()` first
#' for a reproducible value).
#'
#' @param design A `peer_design` from [survey_design()]. (A survey may be
#'   given here with `frame` and `id`, as in earlier versions.)
#' @param frame,id Only when `design` is a survey: the frame and the id
#'   column (by default the codebook's id item).
#' @param by `NULL` for the overall rate only, or the name of a column of
#'   the frame to group by (such as `"region"`); a stratum of the design is
#'   read as the design reads it (codes of the codebook, in its order; see
#'   `strata` in [survey_design()]), and so is any other column. As
#'   everywhere in the package, `by` names a column when the first argument
#'   is a design or data set, and is a vector when it is a vector of answers.
#' @param conf Confidence level of the intervals.
#' @param B Number of Monte Carlo replicates when Fisher's exact test is
#'   too large to compute exactly.
#' @param test The test of the spread of respondents over the groups (only
#'   with `by`): `"auto"` (the chi-square test without continuity
#'   correction, and Fisher's exact test beside it when an expected count is
#'   below 5), `"chisq"` (the chi-square test only), `"fisher"` (both,
#'   whatever the expected counts) or `"none"` (no test, and so no Monte
#'   Carlo draw). Unlike [compare_groups()], which reports one test, both
#'   tests are kept when Fisher's is run, as the attribute `"fit"` says.
#'   `TRUE` and `FALSE` are read as `"auto"` and `"none"`.
#' @return A data frame of class `peer_response` with columns `group`,
#'   `invited`, `responded`, `rate`, `lower`, `upper`: one row per group
#'   (in the order of the codebook's options, or of the levels of a
#'   factor, or else sorted: numbers by value, text alphabetically) and
#'   last the overall row,
#'   whose `group` is `"All"`. Attribute `"fit"` holds the test of spread, a
#'   list with `chisq` (the `htest` of `chisq.test()` on the 2 x K table),
#'   `exact` (the `htest` of [fisher_test()] on it, or `NULL` when all
#'   expected counts of the table are at least 5) and `expected` (expected
#'   respondents per group under equal response); `NULL` without `by`, with
#'   a single group or with `test = "none"`. It prints in the codebook's
#'   language (see `language`): the groups by their labels, `"All"` by its
#'   word, the test of spread in words; the `group` column keeps the codes.
#'   A subset of its rows stays a `peer_response` without the test (which
#'   compares every group); a subset of its columns is a plain data frame.
#' @seealso [mhd_frame], [prop_ci()].
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' answers <- read_survey(ex("services-export.csv"),
#'                        survey_codebook(ex("services-codebook.csv")))
#' d <- survey_design(answers, ex("services-frame.csv"))
#' response_rates(d)
#' r <- response_rates(d, by = "region")
#' r
#' attr(r, "fit")$chisq$p.value
#' @export
response_rates <- function(design, frame = NULL, by = NULL, id = NULL, conf = 0.95,
                           B = 10000, test = c("auto", "chisq", "fisher", "none")) {
  if (!inherits(design, "peer_design")) {
    check_data_frame(design, "design")
    if (is.null(frame))
      abort("`design` must be a peer_design from survey_design(), or a survey with `frame`",
            "peersurvey_bad_argument")
    design <- survey_design(design, frame, id = id)
  } else if (!is.null(frame) || !is.null(id)) {
    abort("`frame` and `id` belong to the design: give them to survey_design()",
          "peersurvey_bad_argument")
  }
  check_conf(conf)
  check_number(B, "B", lower = 1, whole = TRUE)
  # TRUE and FALSE, the earlier spelling, are "auto" and "none"
  if (is.logical(test) && length(test) == 1L && !is.na(test)) test <- if (test) "auto" else "none"
  test <- arg_match(test)
  frame <- design$frame
  resp <- design$responded
  groups <- "All"
  invited <- length(resp)
  responded <- sum(resp)
  fit <- NULL
  if (!is.null(by)) {
    check_column(by, frame, "by", "the frame")
    g <- if (by %in% design$strata) frame[[by]]
         else design_stratum(frame[[by]], by, design$codebook)
    inv_g <- as.vector(table(g))
    res_g <- as.vector(table(g[resp]))
    groups <- c(levels(g), groups)
    invited <- c(inv_g, invited)
    responded <- c(res_g, responded)
    if (test != "none" && length(inv_g) > 1L)
      fit <- response_fit(res_g, inv_g, levels(g), B, test)
  }
  ci <- prop_ci(responded, invited, conf = conf, method = "wilson")
  res <- data.frame(group = groups, invited = as.integer(invited),
                    responded = as.integer(responded), rate = responded / invited,
                    lower = ci$lower, upper = ci$upper, stringsAsFactors = FALSE)
  attr(res, "by") <- by
  attr(res, "conf") <- conf
  attr(res, "unit") <- unit_name(design$codebook, print_language(design$codebook))
  attr(res, "codebook") <- design$codebook
  attr(res, "fit") <- fit
  class(res) <- c("peer_response", "data.frame")
  res
}

#' @export
`[.peer_response` <- function(x, i, j, drop) {
  out <- NextMethod()
  if (!is.data.frame(out)) return(out)
  # without all its columns it is no table of response rates: a plain
  # data frame
  if (!all(names(x) %in% names(out))) {
    class(out) <- "data.frame"
    return(out)
  }
  for (a in c("by", "conf", "unit", "codebook"))
    attr(out, a) <- attr(x, a, exact = TRUE)
  # the test compares every group: kept only while every group is there
  attr(out, "fit") <- if (identical(as.character(out$group), as.character(x$group)))
    attr(x, "fit", exact = TRUE)
  out
}

# Independence of response and group in the 2 x K table of units that
# responded and units that did not (sampling without replacement)
response_fit <- function(x, invited, groups, B, test = "auto") {
  tab <- rbind(responded = x, not_responded = invited - x)
  colnames(tab) <- groups
  chisq <- suppressWarnings(stats::chisq.test(tab, correct = FALSE))
  chisq$data.name <- "responded and not responded by group"
  expected <- chisq$expected["responded", ]
  exact <- NULL
  if (test == "fisher" || (test == "auto" && any(chisq$expected < 5))) {
    exact <- fisher_test(tab, B = B)
    exact$data.name <- chisq$data.name
  }
  list(chisq = chisq, exact = exact, expected = expected)
}

#' @rdname response_rates
#' @param x A `peer_response`.
#' @param digits Decimals of the rates and limits printed.
#' @param language The language of the printed words (headers, the groups'
#'   labels, the test): by default the codebook's, the first language of
#'   its labels (English without a codebook); `"en"`, `"it"`, `"fr"`,
#'   `"de"`, `"es"` or another language of the codebook's labels. Numbers
#'   print alike in every language.
#' @param ... Unused.
#' @export
print.peer_response <- function(x, digits = 3L, language = NULL, ...) {
  by <- attr(x, "by")
  cb <- attr(x, "codebook", exact = TRUE)
  lang <- print_language(cb, language)
  conf <- attr(x, "conf") %||% 0.95
  head <- if (is.null(by)) word_fill("print_response", lang, conf = sprintf("%g", 100 * conf))
          else word_fill("print_response_by", lang, conf = sprintf("%g", 100 * conf),
                         by = codebook_item_name(cb, by, lang))
  cat("<peer_response> ", head, "\n", sep = "")
  print(response_printed(x, digits, lang), row.names = FALSE)
  fit <- attr(x, "fit")
  if (!is.null(fit)) {
    cat(word_fill("print_chisq", lang, stat = sprintf("%.3f", fit$chisq$statistic),
                  df = as.integer(fit$chisq$parameter),
                  p = format.pval(fit$chisq$p.value, digits = 3L)), "\n", sep = "")
    if (!is.null(fit$exact))
      cat(word_fill("print_exact", lang,
                    method = translate_words(gsub("\\s+", " ", fit$exact$method), lang,
                                             "fisher_method_"),
                    p = format.pval(fit$exact$p.value, digits = 3L)),
          if (any(fit$chisq$expected < 5)) paste0(" ", word("print_expected_below", lang)),
          "\n", sep = "")
  }
  invisible(x)
}

# Response rates as print() shows them (and knitr and as_kable_data()):
# groups by their labels, rates and limits to `digits` decimals, the
# headers in `language`
response_printed <- function(x, digits = 3L, language = "en") {
  df <- data.frame(group = response_labels(x, language = language), invited = x$invited,
                   responded = x$responded,
                   rate = fmt_fixed(x$rate, digits),
                   lower = fmt_fixed(x$lower, digits),
                   upper = fmt_fixed(x$upper, digits))
  names(df) <- print_header(names(df), language)
  df
}

# The groups of response rates by their codebook labels in `language` (the
# frame's codes when the codebook has no such item), "All" by its word
response_labels <- function(x, groups = as.character(x$group), language = "en") {
  cb <- attr(x, "codebook", exact = TRUE)
  by <- attr(x, "by", exact = TRUE)
  lab <- groups
  if (!is.null(by) && !is.null(cb) && by %in% cb$item)
    lab <- ifelse(groups == "All", groups, codebook_labels(cb, by, groups, language))
  lab[groups == "All"] <- word("all_groups", language)
  lab
}
