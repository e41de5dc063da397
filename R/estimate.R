#' Share of all departments with a trait, adjusted for nonresponse
#'
#' Estimates the share of all units of the sampling frame (for example all
#' the departments invited to the survey, responding or not) that have a
#' trait, from the units that answered. Nonresponse is adjusted by
#' weighting classes: within each class of `adjust` (taken from the frame,
#' matched by `mhd_id`), every respondent stands for
#' \eqn{N_h / n_h} units, the number of frame units in the class over the
#' number of respondents to the item in it.
#'
#' The estimate is \eqn{\hat p = \sum_h N_h \bar y_h / N}{p = sum_h N_h ybar_h / N}
#' and its standard error, by linearisation with the finite population
#' correction, is
#' \deqn{\mathrm{se}(\hat p) = \sqrt{\sum_h (N_h/N)^2 (1 - n_h/N_h)\,
#' s_h^2 / n_h}}{se(p) = sqrt(sum_h (N_h/N)^2 (1 - n_h/N_h) s_h^2 / n_h)}
#' with \eqn{s_h^2} the variance (divisor \eqn{n_h - 1}) of the 0/1 item
#' among the class's respondents: the respondents are treated as a simple
#' random sample within each class (missing at random given the class),
#' and the estimate and standard error equal those of
#' `survey::svymean()` on `svydesign(ids = ~1, strata = ~class, fpc =
#' ~N_h)`. With `adjust = NULL` there is a single class: the unweighted
#' share of respondents with the overall correction \eqn{1 - n/N}
#' (`svydesign(ids = ~1, fpc = ~N)`). The interval is the normal one,
#' \eqn{\hat p \pm z\,\mathrm{se}}{p +- z se}, clipped to \eqn{[0, 1]}.
#'
#' Respondents whose answer to the item is `NA` are treated as
#' nonrespondents to that item: they are dropped from the class counts
#' \eqn{n_h} (the usual item-nonresponse choice), so the estimate and
#' standard error equal those of the design built on the complete cases.
#'
#' A class with no respondent to the item cannot be weighted, and one with
#' a single respondent (out of more than one unit) has no variance
#' estimate. By default such a class is an error that names it. With
#' `collapse = TRUE` it is merged with the next class in the order of the
#' levels of `adjust` (the previous one for the last level), repeatedly,
#' until every class has at least two respondents or is fully observed;
#' the classes used are reported in the `classes` attribute.
#'
#' @param survey A `peer_survey` or any data frame with a column `mhd_id`
#'   and the item columns.
#' @param item Names of item columns: logical (trait `TRUE`), 0/1 numeric,
#'   or factor/character with the trait given by `level`. One row of the
#'   result per item.
#' @param frame The sampling frame: a data frame with one row per unit, a
#'   column `mhd_id` and the column named by `adjust`.
#' @param adjust Name of the frame column defining the weighting classes,
#'   or `NULL` for no adjustment.
#' @param conf Confidence level.
#' @param level For factor or character items, the answer whose share is
#'   estimated.
#' @param collapse Merge classes with fewer than two respondents into a
#'   neighbouring class (see Details) instead of stopping.
#' @return A data frame with columns `item`, `level`, `estimate`, `se`,
#'   `lower`, `upper`, `n` (respondents to the item), `N` (units in the
#'   frame), `classes` (weighting classes used) and `conf`. The attribute
#'   `classes` is a data frame with, per item and class, `N`, `n`, the
#'   `weight` \eqn{N_h/n_h} and the class `estimate` \eqn{\bar y_h}.
#' @references Lohr, S. L. (2022). *Sampling: Design and Analysis*, 3rd ed.
#'   CRC Press, section 8.5 (weighting-class adjustments).
#' @examples
#' set.seed(3)
#' frame <- data.frame(mhd_id = sprintf("MHD%03d", 1:135),
#'                     macro_area = factor(rep(c("North", "Centre", "South"),
#'                                             c(60, 30, 45))))
#' resp <- data.frame(mhd_id = sample(frame$mhd_id, 61))
#' resp$peer_support <- runif(61) < 0.56
#' estimate_prop(resp, "peer_support", frame)
#' estimate_prop(resp, "peer_support", frame, adjust = NULL)
#' @export
estimate_prop <- function(survey, item, frame, adjust = "macro_area", conf = 0.95,
                          level = NULL, collapse = FALSE) {
  call <- sys.call()
  if (!is.data.frame(survey) || is.null(survey[["mhd_id"]]))
    abort("`survey` must be a data frame with a column `mhd_id`",
          "peersurvey_bad_argument")
  if (!is.data.frame(frame) || is.null(frame[["mhd_id"]]))
    abort("`frame` must be a data frame with a column `mhd_id`",
          "peersurvey_bad_argument")
  if (!is.character(item) || !length(item) || anyNA(item))
    abort("`item` must be one or more column names", "peersurvey_bad_argument")
  miss <- setdiff(item, names(survey))
  if (length(miss))
    abort(sprintf("`item` names columns not in `survey`: %s", show_values(miss)),
          "peersurvey_bad_argument")
  if (!is.null(adjust)) {
    if (!is.character(adjust) || length(adjust) != 1L || is.na(adjust))
      abort("`adjust` must be a single column name of `frame`, or NULL",
            "peersurvey_bad_argument")
    if (is.null(frame[[adjust]]))
      abort(sprintf("`adjust` column \"%s\" is not in `frame`", adjust),
            "peersurvey_bad_argument")
  }
  check_number(conf, "conf", lower = 0, upper = 1)
  if (conf <= 0 || conf >= 1)
    abort("`conf` must lie strictly between 0 and 1", "peersurvey_bad_argument")
  check_flag(collapse, "collapse")

  fid <- as.character(frame$mhd_id)
  sid <- as.character(survey$mhd_id)
  if (anyNA(fid) || anyDuplicated(fid))
    abort(sprintf("`frame$mhd_id` must be unique and not NA: %s",
                  show_rows(which(is.na(fid) | duplicated(fid))[1L])),
          "peersurvey_bad_argument")
  bad <- which(is.na(sid) | duplicated(sid))
  if (length(bad))
    abort(sprintf("`survey$mhd_id` must be unique and not NA: %s is %s",
                  show_rows(bad[1L]), show_values(sid[bad[1L]])),
          "peersurvey_bad_argument")
  pos <- match(sid, fid)
  bad <- which(is.na(pos))
  if (length(bad))
    abort(sprintf("`survey$mhd_id` has ids not in `frame`: %s (%s)",
                  show_values(sid[bad]), show_rows(bad)), "peersurvey_bad_argument")

  fcls <- if (is.null(adjust)) factor(rep("all", length(fid))) else
    droplevels(as.factor(frame[[adjust]]))
  bad <- which(is.na(fcls))
  if (length(bad))
    abort(sprintf("`frame` column \"%s\" must not be NA: %s", adjust,
                  show_rows(bad)), "peersurvey_bad_argument")

  rows <- list()
  cls_info <- list()
  for (it in item) {
    y <- estimate_indicator(survey[[it]], it, level, call)
    ok <- !is.na(y)
    est <- estimate_strata(y[ok], fcls[pos[ok]], fcls, collapse, it, adjust, call)
    z <- stats::qnorm((1 + conf) / 2)
    rows[[it]] <- data.frame(
      item = it, level = if (is.null(level)) NA_character_ else as.character(level),
      estimate = est$estimate, se = est$se,
      lower = max(0, est$estimate - z * est$se),
      upper = min(1, est$estimate + z * est$se),
      n = sum(ok), N = length(fid), classes = nrow(est$classes), conf = conf,
      stringsAsFactors = FALSE)
    cls_info[[it]] <- cbind(item = it, est$classes, stringsAsFactors = FALSE)
  }
  out <- do.call(rbind, unname(rows))
  cls <- do.call(rbind, unname(cls_info))
  rownames(out) <- NULL
  rownames(cls) <- NULL
  attr(out, "classes") <- cls
  out
}

# The item as a 0/1 double vector with NA for no answer
estimate_indicator <- function(v, item, level, call) {
  if (is.logical(v) && is.null(level)) return(as.double(v))
  if (is.numeric(v) && is.null(level)) {
    bad <- which(!is.na(v) & !(v %in% c(0, 1)))
    if (length(bad))
      abort(sprintf("`survey` column \"%s\" must be logical or 0/1: %s is %s",
                    item, show_rows(bad[1L]), v[bad[1L]]),
            "peersurvey_bad_argument", call = call)
    return(as.double(v))
  }
  if (is.factor(v) || is.character(v) || is.logical(v) || is.numeric(v)) {
    if (is.null(level) || length(level) != 1L || is.na(level))
      abort(sprintf(paste("`level` must give the answer of \"%s\" whose share",
                          "is estimated (one of %s)"), item,
                    show_values(if (is.factor(v)) levels(v) else sort(unique(v)))),
            "peersurvey_bad_argument", call = call)
    if (is.factor(v) && !(level %in% levels(v)))
      abort(sprintf("`level` \"%s\" is not a level of \"%s\": %s", level, item,
                    show_values(levels(v))), "peersurvey_bad_argument", call = call)
    return(as.double(as.character(v) == as.character(level)))
  }
  abort(sprintf("`survey` column \"%s\" must be logical, 0/1, factor or character, not %s",
                item, class(v)[1L]), "peersurvey_bad_argument", call = call)
}

# Stratified estimate over weighting classes; cls: class of each respondent,
# fcls: class of each frame unit (same levels)
estimate_strata <- function(y, cls, fcls, collapse, item, adjust, call) {
  map <- stats::setNames(levels(fcls), levels(fcls))  # level -> merged class
  repeat {
    g <- factor(map[as.character(cls)], levels = unique(map))
    fg <- factor(map[as.character(fcls)], levels = unique(map))
    Nh <- as.vector(table(fg))
    nh <- as.vector(table(g))
    short <- which(nh == 0L | (nh == 1L & Nh > 1L))
    if (!length(short)) break
    k <- short[1L]
    lv <- levels(fg)
    if (!collapse || length(lv) == 1L) {
      what <- if (is.null(adjust)) "The survey" else
        sprintf("Class \"%s\" of `%s`", lv[k], adjust)
      abort(sprintf(paste0("%s has %d respondent%s to \"%s\" out of %d units: ",
                           "the share cannot be %s%s"),
                    what, nh[k], if (nh[k] == 1L) "" else "s", item, Nh[k],
                    if (nh[k] == 0L) "weighted" else "given a standard error",
                    if (length(lv) > 1L) "; use `collapse = TRUE` to merge it with a neighbouring class"
                    else ""),
            "peersurvey_sparse_class", call = call)
    }
    into <- if (k < length(lv)) lv[k + 1L] else lv[k - 1L]
    merged <- paste(lv[k], into, sep = "+")
    if (k > length(lv) - 1L) merged <- paste(into, lv[k], sep = "+")
    map[map %in% c(lv[k], into)] <- merged
  }
  N <- sum(Nh)
  ybar <- as.vector(tapply(y, g, mean))
  s2 <- as.vector(tapply(y, g, function(v) if (length(v) > 1L) stats::var(v) else 0))
  est <- sum(Nh * ybar) / N
  se <- sqrt(sum((Nh / N)^2 * (1 - nh / Nh) * s2 / nh))
  list(estimate = est, se = se,
       classes = data.frame(class = levels(g), N = Nh, n = nh, weight = Nh / nh,
                            estimate = ybar, stringsAsFactors = FALSE))
}
