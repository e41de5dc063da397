#' Share of the units of the frame with a trait, adjusted for nonresponse
#'
#' Estimates, from the units that answered, the share of the units of the
#' sampling frame (for example all the departments invited to the survey,
#' responding or not) that have a trait, or with `domain` the share among
#' the frame's units of a domain (for example among the departments that
#' run peer support, for an item asked only of them). Nonresponse is
#' adjusted by weighting classes: within each class of `adjust` (taken from
#' the frame, matched by the column `id`), every respondent stands for
#' \eqn{w_h = N_h / n_h}{w_h = N_h / n_h} units, the number of frame units
#' in the class over the number of respondents in it.
#'
#' @section Whole frame (`domain = NULL`):
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
#' Here an item answer `NA` means that the unit was asked the item and gave
#' no answer (item nonresponse): the unit is dropped from the class counts
#' \eqn{n_h}, so that its class weight goes to the class's other
#' respondents (the usual item-nonresponse choice), and the estimate and
#' standard error equal those of the design built on the complete cases.
#' This is wrong for an item asked only of some units (skip logic), whose
#' `NA` means "not asked": the answers of the units asked would stand for
#' whole classes, asked or not. Give such items a `domain`: with a codebook
#' that says so (`asked_if`), an item asked only of some units and
#' estimated without one is a warning naming the filter.
#'
#' @section Within a domain:
#' With `domain`, the units of the domain \eqn{d_i = 1} (for example
#' `peer_support == TRUE`) are part of the frame, and their share with the
#' trait is estimated by the ratio estimator with the class weights,
#' \deqn{\hat p_d = \frac{\sum_i w_i d_i y_i}{\sum_i w_i d_i}}{p_d =
#' sum(w d y) / sum(w d)}
#' over the respondents used, in the domain or not. Here \eqn{w_i = N_h /
#' n_h}{w_i = N_h / n_h} with \eqn{n_h} every respondent of the class whose
#' domain is known, and item nonresponse is adjusted within class
#' \eqn{\times}{x} domain: of the \eqn{n_{dh}}{n_dh} respondents of class
#' \eqn{h} in the domain, the \eqn{m_h} that did not answer the item are
#' dropped and those that answered weigh
#' \eqn{w_i = (N_h / n_h)\, n_{dh} / (n_{dh} - m_h)}{w_i = (N_h / n_h)
#' n_dh / (n_dh - m_h)}. So \eqn{\sum_i w_i d_i = \sum_h N_h n_{dh} /
#' n_h}{sum(w d) = sum_h N_h n_dh / n_h}, the estimated number of frame
#' units in the domain (`N_domain`), is the same for every item of the
#' domain, and \eqn{\hat p_d}{p_d} is the mean of the class shares among
#' the domain's answers, each weighted by the class's estimated domain
#' units. A class whose domain respondents all left the item unanswered
#' cannot be weighted (an error, or merged with `collapse = TRUE`).
#'
#' The standard error linearises the ratio, treating the weights as fixed:
#' with \eqn{u_i = w_i d_i (y_i - \hat p_d) / \sum_k w_k d_k}{u_i = w_i d_i
#' (y_i - p_d) / sum(w d)} over the \eqn{n'_h}{n'_h} respondents of class
#' \eqn{h} used (those outside the domain and those in it that answered),
#' \deqn{\mathrm{se}(\hat p_d) = \sqrt{\sum_h (1 - n'_h/N_h)\,
#' \frac{n'_h}{n'_h - 1} \sum_{i \in h} (u_i - \bar u_h)^2},}{se(p_d) =
#' sqrt(sum_h (1 - n'_h/N_h) n'_h / (n'_h - 1) sum_(i in h) (u_i - ubar_h)^2),}
#' which is what `survey::svymean(~y, subset(design, domain))` (or
#' `survey::svyratio()`) computes on `svydesign(ids = ~1, strata = ~class,
#' fpc = ~N_h, weights = ~w)` built on the respondents used. The domain size
#' is random, so this is not the standard error of the share among the
#' domain's respondents treated as a sample of their own. Outside the
#' domain the item is not used. A respondent whose domain is `NA` (for
#' example one who did not answer the filter question) is dropped and not
#' counted in \eqn{n_h}, as is, with `by`, a respondent of the domain whose
#' group is unknown; the result lists them (attribute `left_out`) and
#' prints their number. Without item nonresponse in the domain,
#' \eqn{w_i = N_h/n_h}{w_i = N_h/n_h}, and with a domain of every unit
#' this is the whole-frame estimate above.
#'
#' @section Sparse classes:
#' A class with no respondent cannot be weighted, and one with a single
#' respondent (out of more than one unit) has no variance estimate. By
#' default such a class is an error that names it. With `collapse = TRUE`
#' it is merged with the next class in the order of the levels of `adjust`
#' (the previous one for the last level), repeatedly, until every class has
#' at least two respondents or is fully observed; the classes used are
#' reported in the `classes` attribute.
#'
#' @param design A `peer_design` from [survey_design()], which ties the
#'   answers to the frame and sets the weighting classes. (For backward
#'   compatibility a survey may be given here with `frame`, `id` and
#'   `adjust`; the design is then `survey_design(survey, frame, id, adjust)`.)
#' @param item Names of item columns: logical (trait `TRUE`), 0/1 numeric,
#'   or factor/character with the trait given by `level`. One row of the
#'   result per item. A check-all option is estimated as read, its tick:
#'   for a "none of these" option this is not the table's "none" row of
#'   [survey_tables()] (ticked, or nothing ticked, and not ticked beside
#'   other options); to estimate that share, add it as a column of your
#'   own to the survey before [survey_design()]. A check-all item is
#'   named by its option columns (`roles_groups`, not `roles`): its id is
#'   an error that lists them.
#' @param frame,adjust,id Only when `design` is a survey rather than a
#'   design: the frame, the frame column(s) of the weighting classes (`NULL`
#'   for none) and the id column (by default the codebook's id item).
#' @param conf Confidence level.
#' @param level For factor or character items, the answer whose share is
#'   estimated. With a codebook, also an option's label in any of its
#'   languages (case and accents aside), and for a yes/no item (read as
#'   logical) `"yes"` or `"no"` or their labels; the result's `level` is
#'   then the option's code.
#' @param collapse Merge classes with fewer than two respondents into a
#'   neighbouring class (see Details) instead of stopping.
#' @param domain `NULL` for the share of the whole frame, or the domain
#'   whose share is estimated: the name of a logical column of `survey`
#'   (such as the yes/no filter of items asked only where peer support
#'   runs) or a logical vector with one value per row of `survey`.
#' @param by `NULL`, or the name of a column to estimate by: one row per
#'   item and group, each group's share among its own units (within
#'   `domain` when there is one), estimated as a domain (see "Within a
#'   domain": the group is the domain, within `domain` when there is one).
#'   `survey::svyby()` on [as_svydesign()] gives the same when no
#'   respondent of the group left the item blank and every respondent's
#'   group is known; with blanks it does not, since this function re-weights
#'   the item's respondents within class \eqn{\times}{x} group, which
#'   `svyby(..., na.rm = TRUE)` does not: a group's estimate is then
#'   `survey::svymean()` of the design of "Within a domain" with the group
#'   as the domain. Nor does it when some respondents' group is unknown
#'   (`NA`): they are left out of every group and of \eqn{n_h}{n_h}, as a
#'   respondent whose domain is `NA` is, so that the classes are weighted by
#'   the respondents whose group is known, where `svyby()` keeps them in the
#'   design and in no group. A column of the frame (such
#'   as `"region"`) is read as [response_rates()] reads it; a column of the
#'   survey only (such as an item) gives the groups of the respondents, and
#'   a respondent whose answer to it is missing is in no group. Groups with
#'   no respondent have no row; a group whose respondents are all outside
#'   `domain` has a row without an estimate (`n` 0).
#' @return A `peer_estimate` (a data frame that prints as per cents) with
#'   columns `item`, `level`, `group` (only with `by`: the group), `domain` (the name of the domain column, `NA`
#'   without a domain), `estimate`, `se`, `lower`, `upper`, `interval`
#'   (`"wald"`, the linearised interval; or, when no respondent, or every
#'   one, has the trait and the Wald interval would have no width, the exact
#'   bound: `"hypergeometric"` for a whole number of units in the domain,
#'   else `"clopper-pearson"`; with weighting classes, the sum over the
#'   classes of each class's exact bound on its own units, each at
#'   confidence \eqn{1 - (1 - conf)/K}{1 - (1 - conf)/K} for the \eqn{K}
#'   classes not fully observed, so that a class answered in full adds no
#'   uncertainty and one sampled thinly adds much), `n` (respondents that answered the item, in the domain when
#'   there is one), `N` (units in the frame), `N_domain` (estimated units of
#'   the frame in the domain, \eqn{\sum w_i d_i}{sum(w d)}; `N` without a
#'   domain), `classes` (weighting classes used) and `conf`. The attribute
#'   `classes` is a data frame with, per item and class, `N`, `n`
#'   (respondents used), the `weight` of a respondent in the domain that
#'   answered the item (\eqn{N_h/n_h} times the item-nonresponse factor),
#'   `n_domain` (respondents in the domain that answered the item),
#'   `n_missing` (respondents in the domain that did not) and the class
#'   `estimate` (the share among the class's answers in the domain; `NA`
#'   when it has none). The attribute `left_out` is a data frame of the
#'   respondents no estimate uses, with their `row` of the survey, `id` and
#'   `reason` (`"domain unknown"`, or with `by` `"group unknown"`); it has
#'   no rows when every respondent is used.
#' @references Lohr, S. L. (2022). *Sampling: Design and Analysis*, 3rd ed.
#'   CRC Press, sections 4.2 (ratio estimation in domains) and 8.5
#'   (weighting-class adjustments).
#' @examples
#' set.seed(3)
#' frame <- data.frame(unit = sprintf("U%03d", 1:135),
#'                     area = factor(rep(c("North", "Centre", "South"), c(60, 30, 45))))
#' resp <- data.frame(unit = sample(frame$unit, 61))
#' resp$peer <- runif(61) < 0.56
#' d <- survey_design(resp, frame, id = "unit", strata = "area")
#' estimate_prop(d, "peer")
#' estimate_prop(survey_design(resp, frame, id = "unit"), "peer")
#' # a follow-up item asked only where there is peer support
#' resp$paid <- ifelse(resp$peer, runif(61) < 0.4, NA)
#' d <- survey_design(resp, frame, id = "unit", strata = "area")
#' estimate_prop(d, "paid", domain = "peer")
#' @export
estimate_prop <- function(design, item, frame = NULL, adjust = NULL, conf = 0.95,
                          level = NULL, collapse = FALSE, domain = NULL, id = NULL,
                          by = NULL) {
  call <- sys.call()
  if (!inherits(design, "peer_design")) {
    check_data_frame(design, "design")
    if (is.null(frame))
      abort("`design` must be a peer_design from survey_design(), or a survey with `frame`",
            "peersurvey_bad_argument")
    design <- survey_design(design, frame, id = id, strata = adjust)
  } else if (!is.null(frame) || !is.null(adjust) || !is.null(id)) {
    abort("`frame`, `adjust` and `id` belong to the design: give them to survey_design()",
          "peersurvey_bad_argument")
  }
  survey <- design$survey
  if (!is.character(item) || !length(item) || anyNA(item))
    abort("`item` must be one or more column names", "peersurvey_bad_argument")
  if (is.factor(level) && length(level) == 1L) level <- as.character(level)
  if (!is.null(level) && (!(is.character(level) || is.numeric(level) || is.logical(level)) ||
                          is.object(level) || length(level) != 1L || is.na(level)))
    abort(sprintf("`level` must be NULL or one answer (a single string, number or TRUE/FALSE), not %s",
                  if (!is.atomic(level) || is.object(level)) sprintf("a %s", class(level)[1L])
                  else if (length(level) != 1L) sprintf("a vector of length %d", length(level))
                  else "NA"), "peersurvey_bad_argument")
  miss <- setdiff(item, names(survey))
  # a check-all item of the codebook is its option columns, one per option
  cb <- design$codebook
  multi <- if (is.null(cb)) character() else
    intersect(miss, unique(cb$item[cb$type == "multi"]))
  if (length(multi)) {
    m <- multi[1L]
    cols <- paste(m, cb$option[cb$item == m & cb$type == "multi"], sep = "_")
    abort(sprintf(paste("`item` %s is a check-all item of the codebook: name its option",
                        "columns, one share per option: %s"),
                  show_values(m), show_values(if (any(cols %in% names(survey)))
                    cols[cols %in% names(survey)] else cols, Inf)),
          c("peersurvey_multi_item", "peersurvey_bad_argument"))
  }
  if (length(miss))
    abort(sprintf("`item` names columns not in the survey: %s", show_values(miss)),
          "peersurvey_bad_argument")
  check_conf(conf)
  check_flag(collapse, "collapse")
  dom <- estimate_domain(domain, survey)
  groups <- estimate_groups(by, design)
  pos <- design$pos
  fcls <- design$class
  fid <- design$frame[[design$id]]
  adjust <- if (is.null(design$strata)) NULL else paste(design$strata, collapse = " x ")

  rows <- list()
  cls_info <- list()
  for (it in item) {
    lev <- estimate_level(design$codebook, it, survey[[it]], level)
    y <- if (is.logical(lev$value)) as.double(survey[[it]] == lev$value)
      else estimate_indicator(survey[[it]], it, lev$value, call)
    filter <- estimate_filter(design$codebook, it)
    if (!is.null(filter) && is.null(domain))
      warn(sprintf(paste("\"%s\" is asked only of the units answering yes to \"%s\":",
                         "without a `domain`, not being asked is taken for item",
                         "nonresponse; give `domain = \"%s\"`"), it, filter, filter),
           "peersurvey_follow_up", call = call)
    d_all <- if (is.null(dom$d)) rep(TRUE, length(y)) else dom$d
    for (g in if (is.null(groups)) list(NULL) else levels(groups)) {
      # within a group of `by`, the domain is the group's units (of the
      # domain); a respondent whose domain is unknown stays unknown in
      # every group, not outside the others
      d <- if (is.null(g)) d_all else replace(d_all & groups == g, is.na(d_all), NA)
      one <- estimate_one(y, d, pos, fcls, collapse, it, adjust, conf, call,
                          empty = !is.null(g))
      row <- data.frame(
        item = it, level = if (is.null(level)) NA_character_ else as.character(lev$code),
        domain = dom$name, one$values, N = length(fid), conf = conf,
        stringsAsFactors = FALSE)
      row <- row[c("item", "level", "domain", "estimate", "se", "lower", "upper", "interval",
                   "n", "N", "N_domain", "classes", "conf")]
      info <- if (!is.null(one$classes)) cbind(item = it, one$classes, stringsAsFactors = FALSE)
      if (!is.null(g)) row <- cbind(row[1:2], group = g, row[-(1:2)], stringsAsFactors = FALSE)
      if (!is.null(g) && !is.null(info)) {
        info <- cbind(info[1L], group = rep(g, nrow(info)), info[-1L],
                      stringsAsFactors = FALSE)
      }
      rows[[length(rows) + 1L]] <- row
      cls_info[[length(cls_info) + 1L]] <- info
    }
  }
  out <- do.call(rbind, unname(rows))
  cls <- do.call(rbind, unname(cls_info))
  rownames(out) <- NULL
  rownames(cls) <- NULL
  attr(out, "classes") <- cls
  attr(out, "left_out") <- estimate_left_out(dom, groups, survey[[design$id]])
  # what print() needs to name levels and groups by the codebook's labels
  attr(out, "codebook") <- design$codebook
  attr(out, "by") <- by
  class(out) <- c("peer_estimate", "data.frame")
  out
}

# The estimate of one item in one domain (every unit without one): the
# values of its row (estimate, se, lower, upper, interval, n, N_domain,
# classes) and its classes. `empty`: a domain with no respondent answering
# (a group of `by`) gives NA rather than an error
estimate_one <- function(y, d, pos, fcls, collapse, item, adjust, conf, call, empty = FALSE) {
  # respondents used: domain known, and the item answered where it was asked
  known <- !is.na(d)
  ok <- known & (!d | !is.na(y))
  nd <- sum(d[ok])
  if (empty && nd == 0) {
    return(list(values = data.frame(estimate = NA_real_, se = NA_real_, lower = NA_real_,
                                    upper = NA_real_, interval = NA_character_, n = 0L,
                                    N_domain = 0, classes = NA_integer_),
                classes = NULL))
  }
  yd <- ifelse(d[known], y[known], 0)
  est <- estimate_strata(yd, d[known], !d[known] | !is.na(y[known]),
                         fcls[pos[known]], fcls, collapse, item, adjust, call)
  z <- stats::qnorm((1 + conf) / 2)
  lower <- max(0, est$estimate - z * est$se)
  upper <- min(1, est$estimate + z * est$se)
  interval <- "wald"
  # nobody (or everybody) has the trait: the linearised variance is 0 and
  # the Wald interval has no width; the exact bound says how far the
  # unobserved units could go
  if (est$se == 0 && est$estimate %in% c(0, 1) && nd > 0 && nd < est$size) {
    ex <- estimate_exact(est$classes, est$estimate, conf)
    lower <- ex$lower
    upper <- ex$upper
    interval <- ex$interval
  }
  list(values = data.frame(estimate = est$estimate, se = est$se, lower = lower,
                           upper = upper, interval = interval, n = nd,
                           N_domain = est$size, classes = nrow(est$classes),
                           stringsAsFactors = FALSE),
       classes = est$classes)
}

# The exact bound of an estimate of 0 or 1 (every answer alike) from its
# weighting classes: each class h holds about N_dh = weight x n_domain units
# of the domain, of which n_domain answered, all alike; the classes that
# are not fully observed (K of them) each give an exact bound of their own
# units at confidence 1 - (1 - conf) / K (Bonferroni, so that all hold
# together at `conf`), hypergeometric where N_dh is a whole number, else
# Clopper-Pearson, and the bound of the estimate is the sum of the classes'
# bounds over the domain's units. With one class, the hypergeometric (or
# Clopper-Pearson) interval of the whole domain.
estimate_exact <- function(classes, estimate, conf) {
  Nd <- classes$weight * classes$n_domain
  Nd[!is.finite(Nd)] <- 0
  n <- classes$n_domain
  open <- which(Nd - n > 1e-8)
  whole <- abs(Nd - round(Nd)) < 1e-8
  conf_h <- 1 - (1 - conf) / max(1L, length(open))
  # units of each class with the trait at the bound away from `estimate`
  far <- Nd * estimate
  for (h in open) {
    x <- estimate * n[h]
    ex <- if (whole[h]) prop_ci(x, n[h], N = round(Nd[h]), conf = conf_h, method = "hypergeometric")
          else prop_ci(x, n[h], conf = conf_h, method = "clopper-pearson")
    far[h] <- Nd[h] * (if (estimate == 1) ex$lower else ex$upper)
  }
  bound <- sum(far) / sum(Nd)
  list(lower = if (estimate == 1) bound else 0, upper = if (estimate == 1) 1 else bound,
       interval = if (all(whole[open])) "hypergeometric" else "clopper-pearson")
}

# The group of each respondent for `by`, a factor (NA where unknown): a
# column of the frame, read as response_rates() reads it (a stratum of the
# design as the design reads it, else its codes or values in order), or
# else a column of the survey (a factor's levels; a yes/no item, read as
# logical, as "yes" and "no"; other values sorted)
estimate_groups <- function(by, design) {
  if (is.null(by)) return(NULL)
  if (!is.character(by) || length(by) != 1L || is.na(by) || !nzchar(by))
    abort(sprintf("`by` must be a single column name, not %s", show_values(by, 1L)),
          "peersurvey_bad_argument")
  frame <- design$frame
  survey <- design$survey
  if (!is.null(frame[[by]]) && by != design$id) {
    g <- if (by %in% design$strata) frame[[by]]
         else design_stratum(frame[[by]], by, design$codebook)
    return(droplevels(factor(g)[design$pos]))
  }
  v <- survey[[by]]
  if (is.null(v))
    abort(sprintf("`by` names %s, not a column of the frame or of the survey (frame columns: %s)",
                  show_values(by), show_values(names(frame), 8L)), "peersurvey_bad_argument")
  if (is.logical(v)) return(droplevels(factor(ifelse(v, "yes", "no"), levels = c("yes", "no"))))
  if (is.factor(v)) return(droplevels(factor(v, ordered = FALSE)))
  if (!is.character(v) && !is.numeric(v))
    abort(sprintf("`by` column %s must be a factor, logical, text or numbers, not %s",
                  show_values(by), class(v)[1L]), "peersurvey_bad_argument")
  v[!is.na(v) & !nzchar(trimws(as.character(v)))] <- NA
  sorted_groups(v)
}

# The respondents no estimate uses: those whose domain is unknown (NA), and
# with `by`, those in the domain whose group is unknown; a data frame of
# their rows of the survey, ids and reasons (no rows when there are none)
estimate_left_out <- function(dom, groups, ids) {
  n <- length(ids)
  d <- if (is.null(dom$d)) rep(TRUE, n) else dom$d
  no_domain <- is.na(d)
  no_group <- if (is.null(groups)) rep(FALSE, n) else !no_domain & d & is.na(groups)
  rows <- which(no_domain | no_group)
  data.frame(row = rows, id = as.character(ids[rows]),
             reason = ifelse(no_domain[rows], "domain unknown", "group unknown"),
             stringsAsFactors = FALSE)
}

# The `asked_if` filter of the item that asks `column` (a check-all item's
# option column "<item>_<option>" too), or NULL
estimate_filter <- function(cb, column) {
  if (is.null(cb) || is.null(cb$asked_if)) return(NULL)
  k <- match(column, cb$item)
  if (is.na(k)) k <- which(cb$type == "multi" & paste(cb$item, cb$option, sep = "_") == column)[1L]
  f <- cb$asked_if[k]
  if (is.na(f) || !nzchar(f)) NULL else f
}

# The domain as list(d = logical per survey row or NULL, name = label)
estimate_domain <- function(domain, survey) {
  if (is.null(domain)) return(list(d = NULL, name = NA_character_))
  if (is.character(domain)) {
    if (length(domain) != 1L || is.na(domain) || is.null(survey[[domain]]))
      abort(sprintf("`domain` must name a logical column of `survey`, not %s",
                    show_values(domain, 1L)), "peersurvey_bad_argument")
    d <- survey[[domain]]
    if (!is.logical(d))
      abort(sprintf("`domain` column \"%s\" must be logical, not %s", domain,
                    class(d)[1L]), "peersurvey_bad_argument")
    return(list(d = as.vector(d), name = domain))
  }
  if (!is.logical(domain) || is.object(domain))
    abort(sprintf(paste("`domain` must be NULL, the name of a logical column of",
                        "`survey` or a logical vector, not %s"), class(domain)[1L]),
          "peersurvey_bad_argument")
  if (length(domain) != nrow(survey))
    abort(sprintf("`domain` must have one value per row of `survey` (%d), not %d",
                  nrow(survey), length(domain)), "peersurvey_bad_argument")
  list(d = as.vector(domain), name = "(domain)")
}

# `level` as the codebook writes the item's answers: the code or a label
# (any language, case and accents aside) of an option. A yes/no item, read
# as logical, gives TRUE or FALSE; a choice read as a factor, the option's
# code. Anything else is left as given (and checked by estimate_indicator()).
estimate_level <- function(cb, item, v, level) {
  same <- list(value = level, code = level)
  if (is.null(cb) || !is.character(level) || length(level) != 1L || is.na(level) ||
      !(is.logical(v) || is.factor(v)))
    return(same)
  if (is.factor(v) && level %in% levels(v)) return(same)
  rows <- cb[cb$item == item & !is.na(cb$option) & nzchar(cb$option), , drop = FALSE]
  if (!nrow(rows)) return(same)
  f <- cbind(fold_text(rows$option), option_labels(rows))
  hit <- which(rowSums(f == fold_text(trimws(level)), na.rm = TRUE) > 0L)
  if (length(hit) != 1L) return(same)
  code <- rows$option[hit]
  if (is.logical(v) && all(c("yes", "no") %in% rows$option) && code %in% c("yes", "no"))
    return(list(value = code == "yes", code = code))
  if (is.factor(v) && code %in% levels(v)) return(list(value = code, code = code))
  same
}

# The item as a 0/1 double vector with NA for no answer
estimate_indicator <- function(v, item, level, call) {
  if (is.logical(v) && is.null(level)) return(as.double(v))
  if (is.numeric(v) && is.null(level)) {
    # a number item (counts, scores): a share needs the value or a cut
    bad <- which(!is.na(v) & !(v %in% c(0, 1)))
    if (length(bad))
      abort(sprintf(paste("`item` \"%s\" holds numbers, not a trait (%s is %s): estimate_prop()",
                          "estimates shares; give `level` for the share of units answering one",
                          "value, or add a logical column of your own (such as `%s > 2`) to the",
                          "survey before survey_design()"),
                    item, show_rows(bad[1L]), format(v[bad[1L]]), item),
            "peersurvey_bad_argument", call = call)
    return(as.double(check_indicator(v, sprintf("`survey` column \"%s\"", item), call = call)))
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
    # without levels, an answer no unit gave is more likely a typing slip
    # ("Yes" for "yes") than a share of 0
    seen <- sort(unique(as.character(v[!is.na(v)])))
    if (!is.factor(v) && !(as.character(level) %in% seen))
      abort(sprintf(paste("`level` \"%s\" is no answer of \"%s\": %s (make the column a",
                          "factor with that level to estimate a share no unit gave)"),
                    level, item, show_values(seen)), "peersurvey_bad_argument", call = call)
    return(as.double(as.character(v) == as.character(level)))
  }
  abort(sprintf("`survey` column \"%s\" must be logical, 0/1, factor or character, not %s",
                item, class(v)[1L]), "peersurvey_bad_argument", call = call)
}

# Stratified (ratio) estimate over weighting classes; every argument has one
# value per respondent whose domain is known. y: 0/1 item (0 outside the
# domain or when not answered), d: in the domain, r: answered the item (TRUE
# outside the domain), cls: class of each respondent, fcls: class of each
# frame unit (same levels). The weight of a class, N_h / n_h, goes to the
# class's respondents; within the domain the weight of the item
# nonrespondents goes to the domain's respondents of the class that answered
# (factor n_dh / (n_dh - m_h)). The standard error treats the respondents
# used as a stratified sample from the frame with these weights.
estimate_strata <- function(y, d, r, cls, fcls, collapse, item, adjust, call) {
  map <- stats::setNames(levels(fcls), levels(fcls))  # level -> merged class
  repeat {
    g <- factor(map[as.character(cls)], levels = unique(map))
    fg <- factor(map[as.character(fcls)], levels = unique(map))
    Nh <- as.vector(table(fg))
    nh <- as.vector(table(g[r]))          # respondents used
    ndh <- as.vector(table(g[d]))         # respondents in the domain
    mh <- as.vector(table(g[d & !r]))     # of which item nonrespondents
    short <- which(nh == 0L | (nh == 1L & Nh > 1L) | (ndh > 0L & ndh == mh))
    if (!length(short)) break
    k <- short[1L]
    lv <- levels(fg)
    if (!collapse || length(lv) == 1L) {
      what <- if (is.null(adjust)) "The survey" else
        sprintf("Class \"%s\" of `%s`", lv[k], adjust)
      hint <- if (length(lv) > 1L)
        "; use `collapse = TRUE` to merge it with a neighbouring class" else ""
      if (nh[k] >= 1L && !(nh[k] == 1L && Nh[k] > 1L))
        abort(sprintf(paste0("%s has %d respondent%s in the domain and none answered ",
                             "\"%s\": the share cannot be weighted%s"),
                      what, ndh[k], if (ndh[k] == 1L) "" else "s", item, hint),
              "peersurvey_sparse_class", call = call)
      abort(sprintf(paste0("%s has %d respondent%s to \"%s\" out of %d unit%s: ",
                           "the share cannot be %s%s"),
                    what, nh[k], if (nh[k] == 1L) "" else "s", item, Nh[k],
                    if (Nh[k] == 1L) "" else "s",
                    if (nh[k] == 0L) "weighted" else "given a standard error", hint),
            "peersurvey_sparse_class", call = call)
    }
    into <- if (k < length(lv)) lv[k + 1L] else lv[k - 1L]
    merged <- paste(lv[k], into, sep = "+")
    if (k > length(lv) - 1L) merged <- paste(into, lv[k], sep = "+")
    map[map %in% c(lv[k], into)] <- merged
  }
  nall <- as.vector(table(g))
  adj <- ifelse(ndh > 0L, ndh / (ndh - mh), 1)
  # the weights of the respondents used
  y <- y[r]; d <- d[r]; g <- g[r]
  gi <- as.integer(g)
  w <- (Nh / nall)[gi] * ifelse(d, adj[gi], 1)
  size <- sum(w * d)
  if (size == 0)
    abort(sprintf(paste("No respondent to \"%s\" is in the domain:",
                        "its share cannot be estimated"), item),
          "peersurvey_empty_domain", call = call)
  est <- sum(w * d * y) / size
  # linearised ratio: u_i = w_i d_i (y_i - p) / sum(w d), centred within class
  u <- w * d * (y - est) / size
  uc <- u - as.vector(tapply(u, g, mean))[gi]
  ss <- as.vector(tapply(uc^2, g, sum))
  ss[nh < 2L] <- 0  # a class of one respondent is then fully observed
  se <- sqrt(sum(ifelse(nh > 1L, (1 - nh / Nh) * nh / (nh - 1) * ss, 0)))
  nd <- ndh - mh
  ybar <- as.vector(tapply(y * d, g, sum)) / nd
  ybar[nd == 0] <- NA_real_
  list(estimate = est, se = se, size = size,
       classes = data.frame(class = levels(g), N = Nh, n = nh,
                            weight = Nh / nall * adj, n_domain = nd,
                            n_missing = mh, estimate = ybar,
                            stringsAsFactors = FALSE))
}
