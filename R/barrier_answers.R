#' Development set of free-text barrier answers, coded by hand
#'
#' 316 answers to the open question "What are the main barriers to
#' implementing peer support in your department?", written for the package
#' the way directors of mental health departments write them: 240 in Italian
#' and 76 in English; telegraphic lists ("Fondi, formazione"), full
#' sentences, bureaucratic phrasing, missing accents and typos, negation
#' ("Non c'è resistenza da parte degli operatori"), contrast ("Più che i
#' fondi, manca la cultura"), one word of lack over a list ("Mancanza di
#' riconoscimento, di fondi e di formazione"), words of lack after a list
#' ("Formazione, riconoscimento e supervisione: nessuno dei tre è
#' garantito") and answers that name no barrier. Each answer was coded by
#' hand into the eight categories of [barrier_dictionary()] before the
#' coder was run on it, following written coding rules (what counts as
#' each category and what does not; how negation, contrast, "not a problem"
#' and lists are coded), kept with the script that builds the dataset in
#' `data-raw/` of the package sources.
#'
#' The set is the one the shipped frame was developed on: its figures (see
#' [barrier_dictionary()]) describe how well the coder follows the coding
#' rules on these answers, and are an upper bound for new answers coded by
#' the same rules.
#'
#' @docType data
#' @format A data frame with 316 rows and 13 columns:
#' \describe{
#'   \item{id}{Answer number, 1 to 316.}
#'   \item{language}{`"it"` or `"en"`.}
#'   \item{text}{The answer (UTF-8).}
#'   \item{feature}{Its main difficulty: `"bare"` (topics only), `"list"`,
#'     `"listcue"` (one word of lack over a list), `"postcue"` (the word of
#'     lack after the list), `"sentence"`, `"bureaucratic"`, `"negation"`,
#'     `"contrast"`, `"typo"` (typos and missing accents), `"none"` (no
#'     barrier).}
#'   \item{recognition, funding, cultural, training, role, organisation,
#'     wellbeing, stigma}{Hand codes, one logical column per category.}
#'   \item{negated}{The categories the answer names but cancels (negation,
#'     "not a problem", adequacy, contrast), separated by spaces; `""` for
#'     none. They are all `FALSE` in the hand codes.}
#' }
#' @source Written for the package as a development set; these are not
#'   survey answers.
#' @seealso [barrier_dictionary()], [code_text()], [coder_agreement()]
#' @examples
#' head(barrier_answers[, c("text", "funding", "training")])
#' table(barrier_answers$language, barrier_answers$feature)
#' # the coder against the hand codes
#' d <- barrier_dictionary()
#' coder_agreement(code_text(barrier_answers$text, d), barrier_answers[d$categories])
"barrier_answers"
