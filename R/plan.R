# How many units of a finite frame must answer for a given precision, and
# what precision the units that answered give.

#' Plan a census-like survey: how many units must answer
#'
#' For a survey of a finite population (every unit of `frame` is invited),
#' the number of units that must answer for a confidence interval of a
#' share to have half-width at most `margin`, overall and per stratum; and,
#' given who `responded`, the half-width those respondents achieve.
#'
#' @section Two answers:
#' * `n_normal`: the normal approximation with the finite population
#'   correction \eqn{1 - n/N}: the smallest \eqn{n} with
#'   \eqn{z\sqrt{(1 - n/N)\,p(1-p)/n} \le}{z sqrt((1 - n/N) p(1-p)/n) <=}
#'   `margin`, that is \eqn{n = \lceil p(1-p)/(e^2/z^2 + p(1-p)/N)
#'   \rceil}{n = ceiling(p(1-p)/(e^2/z^2 + p(1-p)/N))} with \eqn{e} the
#'   margin and \eqn{z} the normal quantile of `conf` (Cochran 1977, section
#'   4.4). This is `samplingbook::sample.size.prop(e, P, N, level)$n` for
#'   \eqn{0.1 \le p \le 0.9}{0.1 <= p <= 0.9} (outside that range
#'   `sample.size.prop()` drops the correction).
#' * `n_exact`: the smallest \eqn{n} for which the exact hypergeometric
#'   interval of [prop_ci()] (`method = "hypergeometric"`) for the expected
#'   count \eqn{x = \lfloor np + 1/2 \rfloor}{x = floor(np + 1/2)} has
#'   half-width \eqn{(U - L)/2 \le}{(U - L)/2 <=} `margin`. It needs no
#'   approximation, which matters when a large part of a small frame must
#'   answer; it is found by checking every \eqn{n} from 1 up (the half-width
#'   is not always monotone in \eqn{n} because the counts are discrete).
#'
#' Both are capped at \eqn{N}: a census has no sampling error. With `strata`
#' each stratum is planned on its own (its \eqn{N_h}, the same `margin`),
#' and the last row, `"All"`, plans the whole frame as one population; the
#' sum of the strata's sizes is what it takes for every stratum to reach the
#' margin.
#'
#' With `responded`, the columns `responded`, `margin_normal` and
#' `margin_exact` give the half-width achieved by those respondents for a
#' share equal to `p` (the worst case for `p = 0.5`), by the same two
#' methods: \eqn{z\sqrt{(1 - n/N)p(1-p)/n}}{z sqrt((1 - n/N) p(1-p)/n)}
#' and the hypergeometric half-width; `NA` with no respondent.
#'
#' @param frame A data frame, one row per unit invited (such as [mhd_frame]).
#' @param margin The wanted half-width of the interval, a share strictly
#'   between 0 and 1.
#' @param p The anticipated share (0.5, the default, is the worst case).
#' @param conf Confidence level.
#' @param strata `NULL`, or the name of a column of `frame` to plan each
#'   stratum for.
#' @param responded `NULL`, or who answered: a logical (or 0/1) vector with
#'   one value per row of `frame`; or counts of respondents, one number
#'   without `strata`, or one per stratum named by the strata (their levels,
#'   in any order).
#' @return A data frame of class `peer_plan` with columns `stratum`, `N`,
#'   `n_normal`, `n_exact` and, with `responded`, `responded`,
#'   `margin_normal`, `margin_exact` (shares); one row per stratum and last
#'   the row `"All"`. Attributes `margin`, `p` and `conf`.
#' @references Cochran, W. G. (1977). *Sampling Techniques*, 3rd ed. Wiley,
#'   chapter 4.
#' @seealso [prop_ci()], [response_rates()].
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' frame <- read.csv(ex("services-frame.csv"))
#' frame$region <- tolower(frame$region)
#' # how many of the 52 services must answer for +-10 points, by region
#' plan_survey(frame, margin = 0.1, strata = "region")
#' # the precision the 44 services that answered give
#' answers <- read.csv(ex("services-export.csv"))
#' answered <- frame$service_id %in% answers$service_id
#' plan_survey(frame, margin = 0.1, strata = "region", responded = answered)
#' @export
plan_survey <- function(frame, margin = 0.1, p = 0.5, conf = 0.95, strata = NULL,
                        responded = NULL) {
  check_data_frame(frame, "frame")
  check_number(margin, "margin", lower = 0, upper = 1)
  if (margin <= 0 || margin >= 1)
    abort(sprintf("`margin` must lie strictly between 0 and 1, not %s", format(margin)),
          "peersurvey_bad_argument")
  check_number(p, "p", lower = 0, upper = 1)
  check_conf(conf)
  if (nrow(frame) == 0L)
    abort("`frame` must have at least one unit", "peersurvey_bad_argument")
  g <- plan_strata(frame, strata)
  lev <- levels(g)
  Nh <- c(as.vector(table(g)), nrow(frame))
  out <- data.frame(stratum = c(lev, "All"), N = as.integer(Nh),
                    n_normal = as.integer(plan_n_normal(Nh, margin, p, conf)),
                    n_exact = as.integer(vapply(Nh, plan_n_exact, numeric(1),
                                                margin = margin, p = p, conf = conf)),
                    stringsAsFactors = FALSE)
  if (!is.null(responded)) {
    nh <- plan_responded(responded, frame, g, strata)
    out$responded <- as.integer(nh)
    out$margin_normal <- plan_margin_normal(nh, Nh, p, conf)
    out$margin_exact <- vapply(seq_along(nh), function(i)
      plan_margin_exact(nh[i], Nh[i], p, conf), numeric(1))
  }
  attr(out, "margin") <- margin
  attr(out, "p") <- p
  attr(out, "conf") <- conf
  class(out) <- c("peer_plan", "data.frame")
  out
}

plan_strata <- function(frame, strata) {
  # no strata: a factor without levels, so that only the row "All" is made
  if (is.null(strata)) return(factor(rep(NA_character_, nrow(frame)), levels = character()))
  if (!is.character(strata) || length(strata) != 1L || is.na(strata) ||
      is.null(frame[[strata]]))
    abort(sprintf("`strata` must name a column of `frame`, not %s", show_values(strata, 1L)),
          "peersurvey_bad_argument")
  g <- frame[[strata]]
  if (anyNA(g))
    abort(sprintf("`frame` column %s is missing in %s", show_values(strata),
                  show_rows(which(is.na(g)))), "peersurvey_bad_argument")
  if (is.factor(g)) droplevels(g) else factor(g)
}

# Respondents per stratum and in all, from a logical vector over the frame
# or from counts
plan_responded <- function(responded, frame, g, strata) {
  nst <- nlevels(g)
  Nh <- c(as.vector(table(g)), nrow(frame))
  if (is.logical(responded) || (is.numeric(responded) && length(responded) == nrow(frame) &&
                                 nrow(frame) > max(1L, nst) &&
                                 all(responded %in% c(0, 1)))) {
    if (length(responded) != nrow(frame))
      abort(sprintf("`responded` must have one value per row of `frame` (%d), not %d",
                    nrow(frame), length(responded)), "peersurvey_bad_argument")
    if (anyNA(responded))
      abort(sprintf("`responded` must not be NA: %s", show_rows(which(is.na(responded)))),
            "peersurvey_bad_argument")
    r <- as.logical(responded)
    return(c(if (nst) as.vector(table(g[r])), sum(r)))
  }
  if (!is.numeric(responded))
    abort(sprintf("`responded` must be logical or counts, not %s", class(responded)[1L]),
          "peersurvey_bad_argument")
  bad <- which(is.na(responded) | responded < 0 | responded != round(responded))
  if (length(bad))
    abort(sprintf("`responded` must hold whole non-negative counts: position %d is %s",
                  bad[1L], responded[bad[1L]]),
          "peersurvey_bad_argument")
  if (!nst) {
    if (length(responded) != 1L)
      abort(sprintf("`responded` must be one count without `strata`, not %d values",
                    length(responded)), "peersurvey_bad_argument")
    nh <- as.double(responded)
  } else {
    nm <- names(responded)
    if (is.null(nm) || length(responded) != nst || !setequal(nm, levels(g)))
      abort(sprintf("`responded` counts must be named by the strata of %s: %s",
                    show_values(strata), show_values(levels(g))), "peersurvey_bad_argument")
    nh <- as.double(responded[levels(g)])
    nh <- c(nh, sum(nh))
  }
  over <- which(nh > Nh)
  if (length(over))
    abort(sprintf("`responded` must not exceed the units of the frame: %s respondents of %s%s",
                  nh[over[1L]], Nh[over[1L]],
                  if (nst && over[1L] <= nst) sprintf(" in stratum \"%s\" of `strata`",
                                                      levels(g)[over[1L]]) else ""),
          "peersurvey_bad_argument")
  nh
}

plan_n_normal <- function(N, margin, p, conf) {
  z <- stats::qnorm((1 + conf) / 2)
  pq <- p * (1 - p)
  # at least one unit: with p = 0 or 1 the formula gives 0
  pmin(N, pmax(1, ceiling(pq / (margin^2 / z^2 + pq / N))))
}

plan_margin_normal <- function(n, N, p, conf) {
  z <- stats::qnorm((1 + conf) / 2)
  out <- z * sqrt(pmax(0, 1 - n / N) * p * (1 - p) / n)
  out[n == 0] <- NA_real_
  out
}

# Half-width of the hypergeometric interval at the expected count
plan_margin_exact <- function(n, N, p, conf) {
  if (n == 0) return(NA_real_)
  x <- floor(n * p + 0.5)
  m <- .Call(C_prop_ci, as.double(x), as.double(n), as.double(N), conf)
  (m[, 2L] - m[, 1L]) / (2 * N)
}

# Smallest n whose hypergeometric half-width is within the margin: every n
# from 1 is checked, in blocks (one C call each), since the half-width is
# not monotone in n
plan_n_exact <- function(N, margin, p, conf) {
  start <- 1
  block <- 64
  while (start <= N) {
    n <- seq(start, min(N, start + block - 1))
    x <- floor(n * p + 0.5)
    m <- .Call(C_prop_ci, as.double(x), as.double(n), rep(as.double(N), length(n)), conf)
    ok <- which((m[, 2L] - m[, 1L]) / (2 * N) <= margin)
    if (length(ok)) return(n[ok[1L]])
    start <- start + block
    block <- block * 2
  }
  N
}

#' @export
print.peer_plan <- function(x, digits = 1, ...) {
  cat(sprintf(paste("<peer_plan> units that must answer for a %g%% interval of",
                    "half-width %s points (anticipated share %s)\n"),
              100 * attr(x, "conf"), format(100 * attr(x, "margin")),
              format(attr(x, "p"))))
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  for (k in intersect(c("margin_normal", "margin_exact"), names(df)))
    df[[k]] <- fmt_fixed(100 * df[[k]], digits)
  print(df, row.names = FALSE)
  if (!is.null(df$margin_normal))
    cat("margin_normal, margin_exact: half-widths achieved, in percentage points\n")
  invisible(x)
}
