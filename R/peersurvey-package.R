#' peersurvey: national surveys of peer support and co-production in mental health services
#'
#' Reads and checks survey exports, tabulates single-choice, check-all-that-apply
#' and Likert questions, codes free-text answers, places co-production practices
#' on a participation ladder, gives intervals and tests fit for a census-like
#' survey of a finite population, and reproduces the 2025 Italian national survey
#' of Mental Health Departments (Lasalvia, Bodini, Fin and Bonetto, BMC Health
#' Services Research, 2025, \doi{10.1186/s12913-025-13407-z}).
#'
#' The counting, text scanning, exact interval searches and resampling run in C;
#' the R functions validate their arguments and shape the results.
#'
#' @section Any questionnaire:
#' A questionnaire is data: a codebook ([survey_codebook()],
#' [codebook_template()]) names the unit's identifier, the items, their
#' options, labels in each language, skip logic and "don't know" answers.
#' [read_survey()] types an export with it, [survey_design()] ties the
#' answers to the frame of every unit invited, and [survey_tables()],
#' [estimate_prop()], [response_rates()], the plots and the report template
#' follow from it. The 2025 survey is one instance: [paper_tables()] and
#' [reproduce_paper()] are its specification on top of the same machinery.
#'
#' @section One grammar:
#' The same argument or column means the same thing in every function:
#' * **Shares are proportions.** Numeric result columns hold proportions
#'   between 0 and 1 (`prop`, `valid_prop`, `prop_cases`, `top2_prop`,
#'   `estimate`, `lower`, `upper`, `rate`); per cents appear only in
#'   formatted text ("n (%)", "% (95% CI)") and in printed output.
#' * **`by`** groups the cases of the first argument: where that argument is
#'   a vector or a table of answers ([tabulate_choice()],
#'   [tabulate_multi()], [tabulate_likert()], [compare_groups()],
#'   [test_multi_independence()]), a vector with one group per case; where
#'   it is a design or a frame ([response_rates()]), the name of one of its
#'   columns. Groups come in the order of the codebook's options (an item
#'   of the codebook), of the levels (a factor), or sorted: numbers by
#'   value, text alphabetically.
#' * **`conf`** is a confidence level strictly between 0 and 1, checked the
#'   same way everywhere; **`method`** names an interval method of
#'   [prop_ci()]; **`test`** names or switches a test.
#' * **`language`** is a language code of the codebook's labels; fixed words
#'   exist in English, Italian, French, German and Spanish and fall back to
#'   English.
#' * Results print, format and convert with `as.data.frame()`; tables expose
#'   their parts through [table_caption()], [table_notes()] and
#'   [table_values()].
#'
#' @keywords internal
#' @useDynLib peersurvey, .registration = TRUE
"_PACKAGE"
