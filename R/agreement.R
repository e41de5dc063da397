# Agreement between two codings of the same answers (for example the
# dictionary coder and a human coder), category by category and pooled.

#' Agreement between two coders
#'
#' Compares two codings of the same free-text answers, for example
#' [code_text()] against a human coder, or two human coders: one logical
#' column per category, one row per answer, in the same order.
#'
#' @section Figures:
#' For each category the answers coded by both (no `NA` in either coding;
#' the others are dropped pair by pair and counted in `dropped`) form a 2 x 2
#' table with proportions \eqn{p_{11}} (both yes), \eqn{p_{10}},
#' \eqn{p_{01}}, \eqn{p_{00}} (both no), and margins \eqn{p_{1\cdot}},
#' \eqn{p_{\cdot 1}} (share coded yes by `a` and by `b`).
#' * `agreement`: the observed agreement \eqn{p_o = p_{11} + p_{00}}.
#' * `kappa`: Cohen's (1960) kappa \eqn{(p_o - p_e)/(1 - p_e)} with chance
#'   agreement \eqn{p_e = p_{1\cdot}p_{\cdot 1} + p_{0\cdot}p_{\cdot 0}};
#'   `NA` when \eqn{p_e = 1} (both coders give one same value to every
#'   answer).
#' * `se`, `lower`, `upper`: the large-sample standard error of kappa of
#'   Fleiss, Cohen and Everitt (1969),
#'   \deqn{\mathrm{SE} = \frac{\sqrt{\sum_i p_{ii}[1 - (p_{i\cdot} +
#'   p_{\cdot i})(1 - \kappa)]^2 + (1 - \kappa)^2 \sum_{i \ne j} p_{ij}
#'   (p_{\cdot i} + p_{j\cdot})^2 - [\kappa - p_e(1 - \kappa)]^2}}{(1 -
#'   p_e)\sqrt n},}
#'   and the Wald interval \eqn{\kappa \pm z\,\mathrm{SE}}, clipped to
#'   \eqn{[-1, 1]}, the range of kappa. When a coder
#'   gives one code to every answer of a category, kappa is 0 whatever the
#'   other coder does and has no sampling variance to estimate: `se`,
#'   `lower` and `upper` are then `NA`.
#' * `z`, `p_value`: the test of \eqn{\kappa = 0} with the standard error
#'   under that hypothesis (Fleiss, Cohen and Everitt 1969), as reported by
#'   `irr::kappa2()`; `NA` when a coder gives one code to every answer, where
#'   that standard error is zero (`irr::kappa2()` then divides by rounding
#'   noise and reports z = 0, p = 1).
#' * `pabak`: the prevalence- and bias-adjusted kappa \eqn{2p_o - 1} (Byrt,
#'   Bishop and Carlin 1993), useful when a category is rare and kappa is
#'   depressed by the prevalence alone.
#' * `alpha`: Krippendorff's alpha for nominal data, \eqn{1 - D_o/D_e}; with
#'   two coders and no missing values inside a pair it equals
#'   \eqn{1 - (N - 1)(n_{10} + n_{01})/(n_1 n_0)} where \eqn{N = 2n} is the
#'   number of values, \eqn{n_1} and \eqn{n_0} the numbers of yes and no
#'   values over both coders. Equals `irr::kripp.alpha(method = "nominal")`,
#'   except when every value of both coders is the same: \eqn{D_e = 0} and
#'   alpha is `NA` (0/0), where `irr::kripp.alpha()` reports 1.
#'
#' The last row, `category = "(pooled)"`, stacks every category x answer
#' pair into one table and gives the same figures for it: the pooled alpha
#' is Krippendorff's alpha over all those units. Per-category figures say
#' which codes are reliable; the pooled row summarises the coding frame as a
#' whole but is dominated by the frequent categories and, because most
#' answers mention few categories, by agreement on absence. Read kappa next
#' to `pabak` and the prevalence (`yes_a`, `yes_b`): a low kappa with a
#' high agreement usually means a rare category, not poor coders.
#'
#' @param a,b Two codings: data frames (or matrices) of logical columns
#'   with the same category names and the same number of rows. Columns of
#'   `b` are matched to `a` by name.
#' @param conf Confidence level for the kappa intervals.
#' @return A data frame of class `peer_agreement`, one row per category and
#'   a pooled row, with columns `category`, `n` (answers coded by both),
#'   `dropped` (answers with `NA` in either), `yes_a`, `yes_b` (answers coded
#'   yes by each), `agreement`, `kappa`, `se`, `lower`, `upper`, `z`,
#'   `p_value`, `pabak`, `alpha`.
#' @references
#' Cohen J (1960). A coefficient of agreement for nominal scales.
#' *Educational and Psychological Measurement* 20, 37-46.
#'
#' Fleiss JL, Cohen J, Everitt BS (1969). Large sample standard errors of
#' kappa and weighted kappa. *Psychological Bulletin* 72, 323-327.
#'
#' Byrt T, Bishop J, Carlin JB (1993). Bias, prevalence and kappa.
#' *Journal of Clinical Epidemiology* 46, 423-429.
#'
#' Krippendorff K (2011). Computing Krippendorff's alpha-reliability.
#' @seealso [code_text()]
#' @export
#' @examples
#' answers <- c("Mancano i fondi", "Resistenze degli psichiatri",
#'              "nessun problema di fondi, ma poca formazione", "Stigma e burocrazia")
#' machine <- code_text(answers, barrier_dictionary())
#' human <- machine
#' human$organisation[4] <- FALSE
#' coder_agreement(machine, human)
coder_agreement <- function(a, b, conf = 0.95) {
  # (a third coding given by position)
  if (is.data.frame(conf) || is.matrix(conf) || (is.logical(conf) && length(conf) > 1L))
    abort(paste("`conf` must be a confidence level, not a coding: coder_agreement() compares",
                "two coders, `a` and `b`; compare three or more in pairs"),
          "peersurvey_bad_argument")
  check_conf(conf)
  a <- agreement_frame(a, "a")
  b <- agreement_frame(b, "b")
  if (nrow(a) != nrow(b))
    abort(sprintf("`a` and `b` must code the same answers: %d rows against %d",
                  nrow(a), nrow(b)), "peersurvey_bad_argument")
  miss <- union(setdiff(names(a), names(b)), setdiff(names(b), names(a)))
  if (length(miss))
    abort(sprintf("`a` and `b` must have the same categories; not in both: %s",
                  show_values(miss)), "peersurvey_bad_argument")
  b <- b[names(a)]
  z <- stats::qnorm(1 - (1 - conf) / 2)
  rows <- lapply(names(a), function(k) {
    x <- a[[k]]; y <- b[[k]]
    ok <- !is.na(x) & !is.na(y)
    agreement_row(k, sum(x[ok] & y[ok]), sum(x[ok] & !y[ok]), sum(!x[ok] & y[ok]),
                  sum(!x[ok] & !y[ok]), sum(!ok), z)
  })
  tabs <- do.call(rbind, rows)
  pooled <- agreement_row("(pooled)", sum(tabs$n11), sum(tabs$n10), sum(tabs$n01),
                          sum(tabs$n00), sum(tabs$dropped), z)
  out <- rbind(tabs, pooled)
  out <- out[setdiff(names(out), c("n11", "n10", "n01", "n00"))]
  rownames(out) <- NULL
  attr(out, "conf") <- conf
  class(out) <- c("peer_agreement", "data.frame")
  out
}

agreement_frame <- function(x, arg) {
  if (is.matrix(x)) x <- as.data.frame(x)
  if (!is.data.frame(x))
    abort(sprintf("`%s` must be a data frame of logical columns, not %s", arg, class(x)[1L]),
          "peersurvey_bad_argument")
  if (!ncol(x) || is.null(names(x)) || any(!nzchar(names(x))) || anyDuplicated(names(x)))
    abort(sprintf("`%s` must have uniquely named category columns", arg),
          "peersurvey_bad_argument")
  for (k in names(x)) {
    v <- x[[k]]
    if (is.numeric(v)) {
      bad <- which(!is.na(v) & !(v %in% c(0, 1)))
      if (length(bad))
        abort(sprintf("column %s of `%s` must be logical or 0/1, not %s in %s", show_values(k),
                      arg, show_values(v[bad[1L]]), show_rows(bad[1L])),
              "peersurvey_bad_argument")
      v <- as.logical(v)
    }
    if (!is.logical(v))
      abort(sprintf("column %s of `%s` must be logical, not %s", show_values(k), arg,
                    class(v)[1L]), "peersurvey_bad_argument")
    x[[k]] <- v
  }
  x
}

agreement_row <- function(category, n11, n10, n01, n00, dropped, z) {
  n <- n11 + n10 + n01 + n00
  p <- matrix(c(n11, n01, n10, n00), 2L, 2L) / n    # rows: a yes/no; cols: b yes/no
  r <- rowSums(p); cc <- colSums(p)
  po <- sum(diag(p)); pe <- sum(r * cc)
  kappa <- if (n > 0 && pe < 1) (po - pe) / (1 - pe) else NA_real_
  se <- se0 <- NA_real_
  # a coder who gives one code throughout fixes kappa at 0 whatever the
  # other does: there is no sampling variance to estimate, and the formula
  # would return rounding noise
  if (!is.na(kappa) && all(r > 0) && all(cc > 0)) {
    # Fleiss, Cohen and Everitt (1969), non-null
    A <- sum(diag(p) * (1 - (r + cc) * (1 - kappa))^2)
    off <- p; diag(off) <- 0
    B <- (1 - kappa)^2 * sum(off * outer(cc, r, "+")^2)
    C <- (kappa - pe * (1 - kappa))^2
    se <- sqrt(max(A + B - C, 0)) / ((1 - pe) * sqrt(n))
    # under kappa = 0
    v0 <- pe + pe^2 - sum(r * cc * (r + cc))
    se0 <- sqrt(max(v0, 0)) / ((1 - pe) * sqrt(n))
  }
  nyes <- 2 * n11 + n10 + n01
  nno <- 2 * n00 + n10 + n01
  N <- 2 * n
  alpha <- if (n > 0 && nyes > 0 && nno > 0) 1 - (N - 1) * (n10 + n01) / (nyes * nno)
           else NA_real_
  zz <- if (!is.na(se0) && se0 > 0) kappa / se0 else NA_real_
  data.frame(category = category, n = as.integer(n), dropped = as.integer(dropped),
             yes_a = as.integer(n11 + n10), yes_b = as.integer(n11 + n01),
             agreement = if (n > 0) po else NA_real_, kappa = kappa, se = se,
             lower = pmax(-1, kappa - z * se), upper = pmin(1, kappa + z * se), z = zz,
             p_value = 2 * stats::pnorm(-abs(zz)),
             pabak = if (n > 0) 2 * po - 1 else NA_real_, alpha = alpha,
             n11 = n11, n10 = n10, n01 = n01, n00 = n00, stringsAsFactors = FALSE)
}

#' @export
print.peer_agreement <- function(x, digits = 3, ...) {
  conf <- attr(x, "conf")
  what <- if (is.null(x[["category"]])) sprintf("%d rows", nrow(x)) else {
    ncat <- sum(x[["category"]] != "(pooled)")
    sprintf("%d categor%s", ncat, if (ncat == 1L) "y" else "ies")
  }
  cat(sprintf("<peer_agreement> %s%s\n", what, if (is.null(conf)) "" else
                sprintf("; kappa with %g%% CI (Fleiss-Cohen-Everitt SE)", 100 * conf)))
  y <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  num <- vapply(y, is.double, logical(1))
  y[num] <- lapply(y[num], round, digits)
  # the usual columns of a whole result; a result subset by columns shows
  # every column it kept
  usual <- c("category", "n", "dropped", "yes_a", "yes_b", "agreement", "kappa",
             "lower", "upper", "pabak", "alpha")
  shown <- if (all(usual %in% names(y))) usual else names(y)
  print(y[shown], row.names = FALSE)
  invisible(x)
}
