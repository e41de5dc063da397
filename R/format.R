# Numbers as tables print them: per cents with a decimal point or comma,
# "n (%)" and "% (lower-upper)" cells, rounded half away from zero.

# Rounds half away from zero (2/32 = 6.25% prints 6.3), as a reader
# rounding by hand would, not to even as formatC() does on exact halves
fmt_num <- function(x, digits, language) {
  out <- fmt_fixed(x, digits, decimal_mark(language))
  out[is.na(x)] <- "-"
  out
}

# A number with `digits` decimals, rounded half away from zero: the one
# rounding of every table and every print() (NA prints "NA")
fmt_fixed <- function(x, digits, decimal.mark = ".", big.mark = "") {
  # (only where the scaled value is exact enough to hold its half: beyond,
  # scaling would itself round the last digit, and formatC() is right)
  exact <- !is.na(x) & abs(x) * 10^digits < 1e12
  x[exact] <- round_half_up(x[exact], digits)
  formatC(x, format = "f", digits = digits, decimal.mark = decimal.mark, big.mark = big.mark)
}

# The decimal mark of a language: a comma in the languages that write one
decimal_mark <- function(language) {
  if (language %in% c("it", "de", "fr", "es", "pt", "nl", "pl", "cs", "da", "sv", "fi",
                      "nb", "ro", "hu", "sl", "hr", "el", "tr", "ru")) "," else "."
}

round_half_up <- function(x, digits) {
  k <- 10^digits
  sign(x) * floor(abs(x) * k + 0.5 + 1e-9) / k
}

fmt_n_pct <- function(n, N, language, digits = 1L) {
  pct <- ifelse(N > 0, 100 * n / N, NA_real_)
  sprintf("%d (%s)", as.integer(n), fmt_num(pct, digits, language))
}

fmt_pct_ci <- function(est, lower, upper, language, digits = 1L) {
  out <- sprintf("%s (%s\u2013%s)", fmt_num(100 * est, digits, language),
                 fmt_num(100 * lower, digits, language),
                 fmt_num(100 * upper, digits, language))
  out[is.na(est)] <- "-"
  out
}

# A number as a table shows it: whole numbers without decimals
fmt_value <- function(v, language) {
  fmt_num(v, if (all(is.na(v) | v == round(v))) 0L else 1L, language)
}
