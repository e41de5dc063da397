# Representativeness of the respondents: the R-indicator and its partial
# indicators, from response propensities modelled on frame variables.

#' R-indicator of representativeness of the respondents
#'
#' How far the respondents of a census-like survey are a representative
#' subset of the frame, judged on what the frame records about every unit
#' (such as region, area or size): the R-indicator of Schouten, Cobben and
#' Bethlehem (2009) and the unconditional partial indicators of Schouten,
#' Shlomo and Skinner (2011).
#'
#' @section Figures:
#' The response propensity \eqn{\hat\rho_i}{rho_i} of every frame unit is the
#' fitted value of a logistic regression of `responded` on `vars`
#' (`glm(family = binomial)`; factor and character columns as categories,
#' numbers as they are). Then
#' \deqn{R = 1 - 2 S(\hat\rho), \quad S^2(\hat\rho) = \frac{1}{N - 1}
#' \sum_{i=1}^{N} (\hat\rho_i - \bar\rho)^2,}{R = 1 - 2 S(rho), S^2 = sum((rho_i - mean(rho))^2) / (N - 1),}
#' between 0 and 1; \eqn{R = 1} when every unit had the same chance to
#' respond, as far as `vars` can tell. The standard error is the standard
#' deviation of \eqn{R} over `B` bootstrap resamples of the frame units
#' (with replacement, each refitting the model), and the interval is \eqn{R
#' \pm z\,\mathrm{SE}}{R +- z SE}, as in Schouten et al. (2009), clipped to
#' \eqn{[0, 1]}, the range of \eqn{R}: near 1 (response nearly
#' representative) the symmetric interval would otherwise pass 1.
#'
#' The partial indicators say which variable and which category depart
#' most from representative response. For a categorical variable \eqn{Z}
#' with categories \eqn{h} of \eqn{N_h} units and mean propensity
#' \eqn{\bar\rho_h}{rho_h}, the unconditional variable-level indicator is
#' the between-category standard deviation of the propensities,
#' \eqn{P_U(Z) = \sqrt{\sum_h N_h (\bar\rho_h - \bar\rho)^2 / N}}{P_U(Z) = sqrt(sum_h N_h (rho_h - rho)^2 / N)},
#' and the category-level one is \eqn{P_U(Z, h) = \sqrt{N_h/N}\,(\bar\rho_h
#' - \bar\rho)}{P_U(Z, h) = sqrt(N_h / N) (rho_h - rho)}: negative for
#' categories that responded less than the frame as a whole. Numeric
#' variables enter the model but have no partial indicators.
#'
#' With few units per category the model can fit every category's response
#' rate exactly, and \eqn{R} then measures the spread of those rates; a
#' model with many categories (such as 21 regions for 135 units) gives an
#' \eqn{R} biased downwards and a wide bootstrap interval.
#'
#' @param frame A data frame, one row per unit invited (such as
#'   [mhd_frame]).
#' @param responded A logical (or 0/1) vector, one value per row of
#'   `frame`: whether the unit responded.
#' @param vars Names of columns of `frame` to model the response on.
#' @param B Number of bootstrap resamples for the standard error (0 for
#'   none).
#' @param conf Confidence level of the interval.
#' @return An object of class `peer_r_indicator`, a list with `R`, `se`,
#'   `lower`, `upper` (the interval, within 0 and 1), `conf`, `B`,
#'   `propensity` (the fitted propensity of every frame unit), `variables` (a data frame with `variable` and
#'   `partial`, the variable-level partial indicator) and `categories` (a
#'   data frame with `variable`, `category`, `N`, `responded`,
#'   `propensity` (mean) and `partial`, the category-level indicator).
#' @references Schouten, B., Cobben, F. and Bethlehem, J. (2009). Indicators
#'   for the representativeness of survey response. *Survey Methodology*,
#'   35, 101-113.
#'
#'   Schouten, B., Shlomo, N. and Skinner, C. (2011). Indicators for
#'   monitoring and improving representativeness of response. *Journal of
#'   Official Statistics*, 27, 231-253.
#' @seealso [response_rates()], [plan_survey()].
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' frame <- read.csv(ex("services-frame.csv"))
#' frame$region <- tolower(frame$region)
#' answered <- frame$service_id %in% read.csv(ex("services-export.csv"))$service_id
#' set.seed(1)
#' r_indicator(frame, answered, vars = c("region", "service_type"), B = 50)
#' @export
r_indicator <- function(frame, responded, vars, B = 200, conf = 0.95) {
  check_data_frame(frame, "frame")
  N <- nrow(frame)
  if (N < 2L)
    abort(sprintf("`frame` must have at least two units, not %d", N),
          "peersurvey_bad_argument")
  y <- rind_responded(responded, N)
  if (!is.character(vars) || !length(vars) || anyNA(vars))
    abort("`vars` must name one or more columns of `frame`", "peersurvey_bad_argument")
  miss <- setdiff(vars, names(frame))
  if (length(miss))
    abort(sprintf("`vars` must name columns of `frame`; not found: %s", show_values(miss)),
          "peersurvey_bad_argument")
  check_number(B, "B", lower = 0, upper = 1e5, whole = TRUE)
  check_conf(conf)
  d <- frame[vars]
  for (v in vars) {
    z <- d[[v]]
    if (anyNA(z))
      abort(sprintf("`frame` column %s is missing in %s", show_values(v),
                    show_rows(which(is.na(z)))), "peersurvey_bad_argument")
    if (is.character(z) || is.logical(z)) z <- factor(z)
    if (is.factor(z)) z <- droplevels(z)
    else if (!is.numeric(z))
      abort(sprintf("`frame` column %s must be categorical or numeric, not %s",
                    show_values(v), class(z)[1L]), "peersurvey_bad_argument")
    d[[v]] <- z
  }
  fac <- vars[vapply(d, is.factor, logical(1))]
  # one-level factors carry no information and would break the contrasts
  keep <- vars[vapply(d, function(z) !is.factor(z) || nlevels(z) > 1L, logical(1))]
  X <- if (length(keep))
    stats::model.matrix(stats::reformulate(sprintf("`%s`", keep)), d)
  else matrix(1, N, 1L)

  rho <- rind_fit(X, y)
  R <- 1 - 2 * stats::sd(rho)
  reps <- numeric(0)
  if (B > 0) {
    reps <- vapply(seq_len(B), function(b) {
      i <- sample.int(N, N, replace = TRUE)
      1 - 2 * stats::sd(rind_fit(X[i, , drop = FALSE], y[i]))
    }, numeric(1))
  }
  se <- if (B > 1) stats::sd(reps) else NA_real_
  z <- stats::qnorm((1 + conf) / 2)
  rbar <- mean(rho)
  cats <- do.call(rbind, lapply(fac, function(v) {
    g <- d[[v]]
    Nh <- as.vector(table(g))
    mh <- as.vector(tapply(rho, g, mean))
    data.frame(variable = v, category = levels(g), N = as.integer(Nh),
               responded = as.integer(tapply(y, g, sum)), propensity = mh,
               partial = sqrt(Nh / N) * (mh - rbar), stringsAsFactors = FALSE)
  }))
  if (is.null(cats))
    cats <- data.frame(variable = character(), category = character(), N = integer(),
                       responded = integer(), propensity = numeric(), partial = numeric())
  vars_tab <- data.frame(variable = vars, partial = vapply(vars, function(v)
    if (v %in% fac) sqrt(sum(cats$partial[cats$variable == v]^2)) else NA_real_,
    numeric(1)), stringsAsFactors = FALSE)
  rownames(vars_tab) <- NULL
  # R lies in [0, 1]: so does its interval
  structure(list(R = R, se = se, lower = max(0, R - z * se), upper = min(1, R + z * se),
                 conf = conf, B = B, replicates = reps, propensity = rho, variables = vars_tab,
                 categories = cats, n = sum(y), N = N),
            class = "peer_r_indicator")
}

rind_responded <- function(responded, N) {
  if (is.numeric(responded) && !is.object(responded)) {
    bad <- which(!is.na(responded) & !(responded %in% c(0, 1)))
    if (length(bad))
      abort(sprintf("`responded` must be logical or 0/1: position %d is %s", bad[1L],
                    responded[bad[1L]]), "peersurvey_bad_argument")
    responded <- as.logical(responded)
  }
  if (!is.logical(responded))
    abort(sprintf("`responded` must be logical or 0/1, not %s", class(responded)[1L]),
          "peersurvey_bad_argument")
  if (length(responded) != N)
    abort(sprintf("`responded` must have one value per row of `frame` (%d), not %d", N,
                  length(responded)), "peersurvey_bad_argument")
  if (anyNA(responded))
    abort(sprintf("`responded` must not be NA: %s", show_rows(which(is.na(responded)))),
          "peersurvey_bad_argument")
  as.numeric(responded)
}

# Fitted response propensities of a logistic model (glm.fit: the same fit
# as glm(), without the formula machinery that would dominate B refits);
# separation (a category where all or none responded) is expected with few
# units per category and gives propensities of 0 or 1, which is the fit
rind_fit <- function(X, y) {
  fit <- withCallingHandlers(
    stats::glm.fit(X, y, family = stats::binomial()),
    warning = function(w) {
      if (grepl("fitted probabilities|did not converge", conditionMessage(w)))
        invokeRestart("muffleWarning")
    })
  fit$fitted.values
}

#' @export
print.peer_r_indicator <- function(x, digits = 3, ...) {
  cat(sprintf("<peer_r_indicator> R-indicator of %d respondents out of %d units\n",
              as.integer(x$n), as.integer(x$N)))
  cat(sprintf("R = %s", fmt_fixed(x$R, digits)))
  if (!is.na(x$se))
    cat(sprintf(", bootstrap SE %s (%d resamples), %g%% CI [%s, %s]",
                fmt_fixed(x$se, digits), as.integer(x$B), 100 * x$conf,
                fmt_fixed(x$lower, digits),
                fmt_fixed(x$upper, digits)))
  cat("\nPartial indicators (unconditional):\n")
  v <- x$variables
  v$partial <- fmt_fixed(v$partial, digits)
  print(v, row.names = FALSE)
  if (nrow(x$categories)) {
    cat("By category:\n")
    cc <- x$categories
    cc$propensity <- fmt_fixed(cc$propensity, digits)
    cc$partial <- fmt_fixed(cc$partial, digits)
    print(cc, row.names = FALSE)
  }
  invisible(x)
}
