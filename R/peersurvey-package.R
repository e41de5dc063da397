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
#' @keywords internal
#' @useDynLib peersurvey, .registration = TRUE
"_PACKAGE"
