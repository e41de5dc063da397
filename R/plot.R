# Figures in base graphics, readable in grey scale.  Every method draws
# through one of three internal painters (horizontal bars with intervals,
# diverging stacked bars, vertical bars of a distribution) and returns,
# invisibly, a data frame of what it drew: one row per bar, with the bar's
# midpoint on the category axis in `mid`.

# Horizontal bars, largest at the top, with interval whiskers.
# `value`, `lower`, `upper` are shares in [0, 1]; drawn as percentages.
plot_hbars <- function(label, value, lower = NULL, upper = NULL, ci = TRUE,
                       sort = TRUE, main = NULL, xlab = NULL, col = "grey60",
                       border = "grey20", reference = NULL, reference_label = NULL,
                       text = TRUE, cex.names = 0.9, xlim = NULL, ...) {
  n <- length(value)
  drawn <- data.frame(label = as.character(label), estimate = value,
                      lower = lower %||% rep(NA_real_, n),
                      upper = upper %||% rep(NA_real_, n),
                      stringsAsFactors = FALSE)
  if (sort) drawn <- drawn[order(-drawn$estimate, drawn$label), , drop = FALSE]
  # barplot() draws the first bar at the bottom: reverse for a top-down list
  rev_i <- rev(seq_len(n))
  pct <- 100 * drawn$estimate[rev_i]
  has_ci <- ci && any(!is.na(drawn$lower))
  top <- max(c(pct, if (has_ci) 100 * drawn$upper, 0), na.rm = TRUE)
  xlim <- xlim %||% c(0, min(100, max(10, ceiling(top / 10) * 10)) * 1.08)
  op <- graphics::par(mar = c(4.1, plot_margin(drawn$label, cex.names), 3.1, 1.1))
  on.exit(graphics::par(op), add = TRUE)
  mid <- graphics::barplot(pct, names.arg = drawn$label[rev_i], horiz = TRUE,
                           las = 1, col = col, border = border, xlim = xlim,
                           main = main, xlab = xlab, cex.names = cex.names,
                           axes = TRUE, ...)
  mid <- as.vector(mid)
  if (has_ci) {
    lo <- 100 * drawn$lower[rev_i]
    hi <- 100 * drawn$upper[rev_i]
    ok <- !is.na(lo) & !is.na(hi) & hi > lo
    if (any(ok))
      graphics::arrows(lo[ok], mid[ok], hi[ok], mid[ok], angle = 90, code = 3,
                       length = 0.04, col = "black", lwd = 1)
  }
  if (!is.null(reference)) {
    graphics::abline(v = 100 * reference, lty = 2, col = "grey30")
    # the line says what it is, at the top of the plot
    if (!is.null(reference_label))
      graphics::mtext(sprintf("%s: %.0f%%", reference_label, 100 * reference), side = 3,
                      at = 100 * reference, line = 0.1, cex = 0.8, col = "grey20")
  }
  if (text) {
    at <- if (has_ci) pmax(pct, 100 * drawn$upper[rev_i], na.rm = TRUE) else pct
    shown <- !is.na(pct)
    graphics::text(at[shown], mid[shown], sprintf("%.0f%%", pct[shown]), pos = 4,
                   cex = 0.85, xpd = TRUE)
  }
  drawn$mid <- rev(mid)
  rownames(drawn) <- NULL
  drawn
}

# A number's distribution from its summary: a box from the quartiles with
# the median, whiskers to the range
plot_box <- function(v, main = NULL, xlab = NULL) {
  op <- graphics::par(mar = c(4.1, 2.1, 3.1, 1.1))
  on.exit(graphics::par(op), add = TRUE)
  lo <- v[["min"]]
  hi <- v[["max"]]
  if (is.na(lo) || is.na(hi)) abort("the table has no answered number to draw",
                                    "peersurvey_bad_argument")
  pad <- max((hi - lo) * 0.05, 0.5)
  graphics::plot.new()
  graphics::plot.window(xlim = c(lo - pad, hi + pad), ylim = c(0, 1))
  graphics::axis(1)
  graphics::title(main = main, xlab = xlab)
  graphics::rect(v[["q1"]], 0.3, v[["q3"]], 0.7, col = "grey75", border = "grey20")
  graphics::segments(v[["median"]], 0.3, v[["median"]], 0.7, lwd = 2)
  graphics::segments(c(lo, v[["q3"]]), 0.5, c(v[["q1"]], hi), 0.5)
  graphics::segments(c(lo, hi), 0.42, c(lo, hi), 0.58)
  data.frame(statistic = c("min", "q1", "median", "q3", "max"),
             value = c(lo, v[["q1"]], v[["median"]], v[["q3"]], hi))
}

# Left margin (lines) wide enough for the longest label
plot_margin <- function(labels, cex = 0.8) {
  w <- max(graphics::strwidth(labels, units = "inches", cex = cex), 0, na.rm = TRUE)
  max(4.1, w / graphics::par("csi") + 1.2)
}

# Diverging stacked bars: `props` is a matrix of shares, one row per item
# and one column per ordered level; the levels below the middle go left of
# zero, those above go right, and a middle level (odd number of levels) is
# split across zero.
plot_diverging <- function(props, main = NULL, xlab = NULL, col = NULL,
                           legend = TRUE, cex.names = 0.8, hatch = TRUE, ...) {
  k <- ncol(props)
  items <- rownames(props)
  levs <- colnames(props)
  col <- col %||% likert_greys(k)
  half <- k / 2
  neg <- seq_len(floor(half))
  mid_level <- if (k %% 2L == 1L) ceiling(half) else integer()
  pos <- setdiff(seq_len(k), c(neg, mid_level))
  pc <- 100 * props
  pc[is.na(pc)] <- 0
  left_total <- rowSums(pc[, neg, drop = FALSE]) +
    if (length(mid_level)) pc[, mid_level] / 2 else 0
  right_total <- rowSums(pc[, pos, drop = FALSE]) +
    if (length(mid_level)) pc[, mid_level] / 2 else 0
  lim <- max(c(left_total, right_total, 10))
  lim <- min(100, ceiling(lim / 10) * 10)
  n <- nrow(props)
  ypos <- rev(seq_len(n))  # first item at the top
  op <- graphics::par(mar = c(if (legend) 7.1 else 4.1,
                              plot_margin(items, cex.names), 3.1, 1.1))
  on.exit(graphics::par(op), add = TRUE)
  graphics::plot.new()
  graphics::plot.window(xlim = c(-lim, lim), ylim = c(0.4, n + 0.6))
  ticks <- pretty(c(-lim, lim))
  graphics::axis(1, at = ticks, labels = paste0(abs(ticks), "%"), cex.axis = 0.8)
  graphics::axis(2, at = ypos, labels = items, las = 1, tick = FALSE,
                 cex.axis = cex.names)
  graphics::title(main = main)
  graphics::title(xlab = xlab, line = 2.3)
  h <- 0.35
  # the levels left of zero are hatched as well as shaded, so that the two
  # sides stay apart in grey scale
  hatch <- if (isTRUE(hatch)) seq_len(k) %in% neg else rep(FALSE, k)
  bar <- function(x0, x1, y, j) {
    graphics::rect(x0, y - h, x1, y + h, col = col[j], border = "grey20")
    if (hatch[j])
      graphics::rect(x0, y - h, x1, y + h, col = "black", border = NA,
                     density = 30, lwd = 0.6)
  }
  for (i in seq_len(n)) {
    y <- ypos[i]
    # left part: from the middle outwards, starting with half the neutral
    start <- if (length(mid_level)) -pc[i, mid_level] / 2 else 0
    if (length(mid_level))
      bar(start, -start, y, mid_level)
    x0 <- start
    for (j in rev(neg)) {
      bar(x0 - pc[i, j], x0, y, j)
      x0 <- x0 - pc[i, j]
    }
    x0 <- -start
    for (j in pos) {
      bar(x0, x0 + pc[i, j], y, j)
      x0 <- x0 + pc[i, j]
    }
  }
  graphics::abline(v = 0, col = "black", lwd = 1.5)
  if (legend) {
    # below the axis title, centred, in the bottom margin; on two rows when
    # one would not fit across the figure
    cex <- 0.75
    one_row <- sum(graphics::strwidth(levs, "inches", cex = cex)) +
      k * 3 * graphics::strwidth("M", "inches", cex = cex)
    ncol <- if (one_row > 0.95 * graphics::par("din")[1L]) ceiling(k / 2) else k
    line_h <- diff(graphics::grconvertY(c(0, graphics::par("csi")), "inches", "user"))
    y <- graphics::grconvertY(0, "npc", "user") - 3.6 * line_h
    x0 <- mean(graphics::grconvertX(c(0, 1), "ndc", "user"))
    args <- list(x = x0, y = y, legend = levs, ncol = ncol, bty = "n", cex = cex,
                 xpd = NA, xjust = 0.5, yjust = 1)
    do.call(graphics::legend, c(args, list(fill = col)))
    if (any(hatch))
      do.call(graphics::legend, c(args, list(fill = ifelse(hatch, "black", NA),
                                             density = ifelse(hatch, 30, 0))))
  }
  data.frame(item = items, left = -left_total, right = right_total, mid = ypos,
             stringsAsFactors = FALSE, row.names = NULL)
}

# Grey shades for k ordered levels, dark at both ends, light in the middle,
# the two sides told apart by their side of zero (and by the legend)
likert_greys <- function(k) {
  half <- ceiling(k / 2)
  ramp <- grDevices::grey(seq(0.25, 0.85, length.out = half))
  if (k %% 2L == 1L) c(ramp, rev(ramp[-half])) else c(ramp, rev(ramp))
}

# Vertical bars of a distribution over ordered categories (counts), with
# the share printed above each bar
plot_vbars <- function(label, count, main = NULL, xlab = NULL, ylab = NULL,
                       col = "grey60", border = "grey20", ci = NULL,
                       cex.names = 0.8, ...) {
  total <- sum(count)
  share <- if (total > 0) count / total else rep(NA_real_, length(count))
  top <- max(c(100 * share, if (!is.null(ci)) 100 * ci$upper, 10), na.rm = TRUE)
  op <- graphics::par(mar = c(5.1, 4.1, 3.1, 1.1))
  top <- min(100, top * 1.1)
  on.exit(graphics::par(op), add = TRUE)
  mid <- graphics::barplot(100 * share, names.arg = label, col = col,
                           border = border, ylim = c(0, top),
                           main = main, xlab = xlab, ylab = ylab,
                           cex.names = cex.names, las = 1, ...)
  mid <- as.vector(mid)
  if (!is.null(ci)) {
    ok <- !is.na(ci$lower) & ci$upper > ci$lower
    if (any(ok))
      graphics::arrows(mid[ok], 100 * ci$lower[ok], mid[ok], 100 * ci$upper[ok],
                       angle = 90, code = 3, length = 0.04)
  }
  # counts above the bar, or above its whisker
  at <- 100 * share
  if (!is.null(ci)) at <- pmax(at, 100 * ci$upper, na.rm = TRUE)
  graphics::text(mid, at, sprintf("%d", as.integer(count)), pos = 3,
                 cex = 0.75, xpd = TRUE)
  data.frame(label = as.character(label), n = count, estimate = share,
             mid = mid, stringsAsFactors = FALSE)
}

# Horizontal bars of several groups side by side: `value`, `lower`, `upper`
# are category x group matrices of shares
plot_hbars_grouped <- function(value, lower, upper, ci = TRUE, main = NULL,
                               xlab = NULL, cex.names = 0.8, ...) {
  k <- nrow(value)
  G <- ncol(value)
  cols <- grDevices::grey(seq(0.25, 0.85, length.out = G))
  rev_i <- rev(seq_len(k))
  h <- t(100 * value[rev_i, , drop = FALSE])[rev(seq_len(G)), , drop = FALSE]
  top <- max(c(100 * value, if (ci) 100 * upper, 10), na.rm = TRUE)
  op <- graphics::par(mar = c(4.1, plot_margin(rownames(value), cex.names), 3.1, 1.1))
  on.exit(graphics::par(op), add = TRUE)
  mid <- graphics::barplot(h, beside = TRUE, horiz = TRUE, las = 1,
                           col = rev(cols), border = "grey20", main = main, xlab = xlab,
                           xlim = c(0, min(100, ceiling(top / 10) * 10) * 1.08),
                           names.arg = rownames(value)[rev_i], cex.names = cex.names, ...)
  # mid is G x k, in the drawn order; map back to category x group
  mid <- mid[rev(seq_len(G)), rev_i, drop = FALSE]
  mid <- t(mid)
  if (ci) {
    ok <- !is.na(lower) & !is.na(upper) & upper > lower
    if (any(ok))
      graphics::arrows(100 * lower[ok], mid[ok], 100 * upper[ok], mid[ok], angle = 90,
                       code = 3, length = 0.03)
  }
  graphics::legend("bottomright", legend = colnames(value), fill = cols, bty = "n",
                   cex = 0.75)
  data.frame(label = rep(rownames(value), G), group = rep(colnames(value), each = k),
             estimate = as.vector(value), lower = as.vector(lower),
             upper = as.vector(upper), mid = as.vector(mid), stringsAsFactors = FALSE)
}

# ---- words --------------------------------------------------------------

plot_word <- function(key, language, ...) word_fill(key, language, ...)

# Labels for codes: `labels` as given (named by code, or one per code),
# else the codes themselves (a tabulation of plain vectors knows no
# codebook; tables of survey_tables() carry their labels)
plot_labels <- function(codes, labels) {
  if (is.null(labels)) return(as.character(codes))
  if (!is.character(labels))
    abort("`labels` must be a character vector", "peersurvey_bad_argument")
  if (!is.null(names(labels))) {
    out <- labels[as.character(codes)]
    return(ifelse(is.na(out), as.character(codes), out))
  }
  if (length(labels) != length(codes))
    abort(sprintf("`labels` must have one label per category (%d), not %d",
                  length(codes), length(labels)), "peersurvey_bad_argument")
  labels
}

# Labels of a tabulation's bars from the codebook its survey columns carry:
# check-all columns `<item>_<option>` by their option labels
tab_option_labels <- function(info, codes, language) {
  cb <- info$codebook
  if (is.null(cb) || is.null(info$columns)) return(as.character(codes))
  key <- paste(cb$item, cb$option, sep = "_")
  i <- match(info$columns, key)
  lab <- codebook_column(cb, "label", language)[i]
  ifelse(is.na(lab) | !nzchar(lab), as.character(codes), lab)
}

# The language of a plot: any code; fixed words fall back to English
plot_language <- function(language) {
  if (is.null(language) || identical(language, c("en", "it"))) return("en")
  if (!is.character(language) || length(language) != 1L || is.na(language))
    abort("`language` must be a language code such as \"en\" or \"it\"",
          "peersurvey_bad_argument")
  language
}

# Shares of each option with their intervals, for bars
plot_ci <- function(k, N, conf, method) {
  out <- data.frame(estimate = rep(NA_real_, length(k)), lower = NA_real_, upper = NA_real_)
  ok <- !is.na(N) & N > 0
  if (any(ok)) out[ok, ] <- as.data.frame(prop_ci(k[ok], N[ok], conf = conf,
                                                  method = method))[, c("estimate", "lower", "upper")]
  out
}

# ---- methods ------------------------------------------------------------

#' Plot a tabulation
#'
#' Horizontal bars of the share of each answer (single choice: of those who
#' answered; check all that apply: of the respondents who answered the
#' item), largest first, with confidence intervals and the percentage at
#' the end of each bar. A grouped table draws the groups side by side.
#'
#' Bars are labelled as the survey's own codebook labels the options when
#' the table was made from columns of a survey read with [read_survey()]
#' (a subset of a survey keeps its codebook); a tabulation of plain vectors
#' knows no codebook and shows the codes, unless `labels` gives labels.
#' Tables of [survey_tables()] carry their codebook's labels (see
#' [plot.peer_table()]).
#'
#' @param x A table from [tabulate_choice()] or [tabulate_multi()].
#' @param ci Draw confidence intervals.
#' @param conf Confidence level of the intervals.
#' @param method Interval method, passed to [prop_ci()].
#' @param sort Order the bars from the largest (ungrouped tables);
#'   otherwise in the order of the table.
#' @param labels Labels of the answers: a character vector named by code,
#'   or one per answer in the table's order.
#' @param language Language of the axis title (`"en"`, `"it"`; others
#'   fall back to English).
#' @param main,xlab Title and axis label.
#' @param ... Passed to [graphics::barplot()].
#' @return Invisibly, a data frame with one row per bar: `label`,
#'   `estimate`, `lower`, `upper` (proportions) and `mid` (the bar's position
#'   on the vertical axis).
#' @examples
#' x <- factor(c("yes", "no", "yes", NA, "yes"), levels = c("yes", "no"))
#' plot(tabulate_choice(x), labels = c(yes = "Yes", no = "No"))
#' ticks <- data.frame(q_a = c(TRUE, TRUE, FALSE, NA), q_b = c(TRUE, FALSE, FALSE, NA))
#' plot(tabulate_multi(ticks))
#' @name plot-tabulation
NULL

#' @rdname plot-tabulation
#' @export
plot.peer_tab_choice <- function(x, ci = TRUE, conf = 0.95, method = "wilson",
                                 sort = TRUE, labels = NULL, language = "en",
                                 main = NULL, xlab = NULL, ...) {
  plot_tab_bars(x, ci, conf, method, sort, labels, language, main, xlab, ...)
}

#' @rdname plot-tabulation
#' @export
plot.peer_tab_multi <- function(x, ci = TRUE, conf = 0.95, method = "wilson",
                                sort = TRUE, labels = NULL, language = "en",
                                main = NULL, xlab = NULL, ...) {
  plot_tab_bars(x, ci, conf, method, sort, labels, language, main, xlab, ...)
}

plot_tab_bars <- function(x, ci, conf, method, sort, labels, language, main, xlab, ...) {
  language <- plot_language(language)
  check_flag(ci)
  check_flag(sort)
  cnt <- tab_counts(x)
  info <- tab_info(x)
  if (is.null(cnt) || is.null(info))
    abort("`x` must be a table from tabulate_choice() or tabulate_multi()",
          "peersurvey_bad_argument")
  if (inherits(x, "peer_tab_multi")) {
    codes <- info$options
    n <- cnt$n
    base <- cnt$answered
    xlab <- xlab %||% plot_word("pct_answering", language,
                                units = tolower(word("respondents", language)))
  } else {
    codes <- info$levels
    k <- length(codes)
    n <- cnt[seq_len(k), , drop = FALSE]
    base <- colSums(n)
    xlab <- xlab %||% word("pct_answers", language)
  }
  lab <- if (is.null(labels)) tab_option_labels(info, codes, language)
         else plot_labels(codes, labels)
  if (is.null(info$groups)) {
    est <- plot_ci(n[, 1L], rep(base[1L], length(codes)), conf, method)
    drawn <- plot_hbars(lab, est$estimate, est$lower, est$upper, ci = ci, sort = sort,
                        main = main, xlab = xlab, ...)
    drawn$option <- codes[match(drawn$label, lab)]
    return(invisible(drawn))
  }
  groups <- ifelse(is.na(info$groups), "NA", info$groups)
  est <- lapply(seq_along(groups), function(g)
    plot_ci(n[, g], rep(base[g], length(codes)), conf, method))
  mat <- function(col) matrix(vapply(est, `[[`, numeric(length(codes)), col),
                              ncol = length(groups), dimnames = list(lab, groups))
  drawn <- plot_hbars_grouped(mat("estimate"), mat("lower"), mat("upper"), ci = ci,
                              main = main, xlab = xlab, ...)
  invisible(drawn)
}

#' Plot Likert items as diverging stacked bars
#'
#' One bar per item (and group): the levels below the middle of the scale
#' to the left of zero, those above to the right, a middle level split
#' across zero; the legend names every level in scale order.
#'
#' @param x A table from [tabulate_likert()]. A grouped table draws one bar
#'   per item and group.
#' @param labels Item labels: a character vector named by item, or one per
#'   item. By default the item names.
#' @param level_labels Labels of the answer levels, in scale order. By
#'   default the levels.
#' @param language Language of the axis title.
#' @param main,xlab Title and axis label.
#' @param legend Draw a legend of the levels under the plot.
#' @param hatch Hatch the disagreeing side (for grey-scale print).
#' @param ... Unused.
#' @return Invisibly, a data frame with one row per bar: `item`, `left`,
#'   `right` (percentages of the two sides) and `mid`.
#' @examples
#' lev <- c("disagree", "neutral", "agree")
#' x <- data.frame(a = factor(c("agree", "agree", "neutral", "disagree"), lev),
#'                 b = factor(c("agree", "disagree", "disagree", NA), lev))
#' plot(tabulate_likert(x), labels = c(a = "Item A", b = "Item B"))
#' @export
plot.peer_tab_likert <- function(x, labels = NULL, level_labels = NULL,
                                 language = "en", main = NULL, xlab = NULL,
                                 legend = TRUE, hatch = TRUE, ...) {
  language <- plot_language(language)
  cnt <- tab_counts(x)
  info <- tab_info(x)
  if (is.null(cnt) || is.null(info))
    abort("`x` must be a table from tabulate_likert()", "peersurvey_bad_argument")
  levs <- info$levels
  k <- length(levs)
  items <- info$items
  cb <- info$codebook
  item_lab <- if (!is.null(labels) || is.null(cb)) plot_labels(items, labels)
              else vapply(items, function(i) codebook_caption(cb, i, language), "")
  lev_lab <- level_labels %||%
    (if (!is.null(cb) && items[1L] %in% cb$item) codebook_labels(cb, items[1L], levs, language)
     else levs)
  if (length(lev_lab) != k)
    abort(sprintf("`level_labels` must have one label per level (%d), not %d", k,
                  length(lev_lab)), "peersurvey_bad_argument")
  G <- dim(cnt)[3L]
  rows <- list()
  names_out <- character()
  for (g in seq_len(G)) for (j in seq_along(items)) {
    cc <- cnt[seq_len(k), j, g]
    rows[[length(rows) + 1L]] <- if (sum(cc) > 0) cc / sum(cc) else rep(NA_real_, k)
    gl <- info$groups
    names_out <- c(names_out, if (is.null(gl)) item_lab[j]
                   else paste0(item_lab[j], " (", ifelse(is.na(gl[g]), "NA", gl[g]), ")"))
  }
  props <- matrix(unlist(rows), ncol = k, byrow = TRUE,
                  dimnames = list(names_out, lev_lab))
  drawn <- plot_diverging(props, main = main,
                          xlab = xlab %||% word("pct_answers", language),
                          legend = legend, hatch = hatch)
  invisible(drawn)
}

#' Plot the levels reached on the co-production ladder
#'
#' Vertical bars of the share of units whose highest rung is each rung of
#' the ladder (and "none"), with Wilson intervals and counts above the
#' bars.
#'
#' @param x A result of [code_coproduction()].
#' @param ci Draw confidence intervals (Wilson, from `summary(x)`).
#' @param conf Confidence level.
#' @param none Show the level "none" (units that ticked no practice).
#' @param language Language of the rung names and axis titles.
#' @param unit The units' name in the plural for the axis title (by default
#'   "units").
#' @param main,xlab,ylab Title and axis labels.
#' @param ... Passed to [graphics::barplot()].
#' @return Invisibly, a data frame with one row per bar: `label`, `n`,
#'   `estimate` (share of the units shown) and `mid` (the bar's position on
#'   the horizontal axis).
#' @examples
#' cp <- code_coproduction(mhd_survey_2025[mhd_survey_2025$coproduction, ])
#' plot(cp, unit = "departments")
#' plot(cp, language = "it", unit = "dipartimenti")
#' @export
plot.peer_coproduction <- function(x, ci = TRUE, conf = 0.95, none = NULL,
                                   language = "en", unit = NULL, main = NULL, xlab = NULL,
                                   ylab = NULL, ...) {
  language <- plot_language(language)
  check_flag(ci)
  s <- summary(x, conf = conf)
  levs <- as.character(s$level)
  none <- none %||% (s$n[levs == "none"] > 0)
  check_flag(none, "none")
  keep <- if (none) rep(TRUE, length(levs)) else levs != "none"
  s <- s[keep, , drop = FALSE]
  if (!none) {
    # shares of the units shown
    tot <- sum(s$n)
    r <- prop_ci(s$n, rep(tot, nrow(s)), conf = conf)
    s$lower <- r$lower
    s$upper <- r$upper
  }
  unit <- unit %||% word("units", language)
  lab <- vapply(as.character(s$level), word, "", language = language)
  drawn <- plot_vbars(lab, s$n, main = main,
                      xlab = xlab %||% word("ladder", language),
                      ylab = ylab %||% plot_word("pct_units", language, units = unit),
                      ci = if (ci) data.frame(lower = s$lower, upper = s$upper),
                      ...)
  drawn$level <- as.character(s$level)
  invisible(drawn)
}

#' Plot response rates by group
#'
#' Horizontal bars of the response rate of each group with Wilson
#' intervals, in the order of the groups (the frame's or the codebook's),
#' and the overall rate as a labelled reference line.
#'
#' @param x A result of [response_rates()], usually with `by`.
#' @param ci Draw confidence intervals.
#' @param labels Group labels: named by group, or one per group. By default
#'   the labels of the codebook item of the same name as `by`, when the
#'   design has a codebook, else the groups as written in the frame.
#' @param language Language of the labels and axis title.
#' @param main,xlab Title and axis label.
#' @param ... Passed to [graphics::barplot()].
#' @return Invisibly, a data frame with one row per bar (see
#'   [plot.peer_tab_multi()]) and the `group`.
#' @examples
#' d <- survey_design(mhd_survey_2025, mhd_frame)
#' plot(response_rates(d, by = "macro_area"))
#' @export
plot.peer_response <- function(x, ci = TRUE, labels = NULL, language = "en",
                               main = NULL, xlab = NULL, ...) {
  language <- plot_language(language)
  check_flag(ci)
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  all <- df[df$group == "All", , drop = FALSE]
  grp <- df[df$group != "All", , drop = FALSE]
  cb <- attr(x, "codebook", exact = TRUE)
  by <- attr(x, "by", exact = TRUE)
  if (!nrow(grp)) {
    grp <- all
    grp$group <- plot_word("all_groups", language)
    lab <- grp$group
  } else {
    lab <- if (!is.null(labels)) plot_labels(grp$group, labels)
           else if (!is.null(cb) && !is.null(by) && by %in% cb$item)
             codebook_labels(cb, by, grp$group, language)
           else grp$group
  }
  drawn <- plot_hbars(lab, grp$rate, grp$lower, grp$upper, ci = ci, sort = FALSE,
                      main = main, xlab = xlab %||% plot_word("response", language),
                      reference = if (nrow(all)) all$rate[1L],
                      reference_label = plot_word("all_groups", language),
                      xlim = c(0, 108), ...)
  drawn$group <- grp$group[match(drawn$label, lab)]
  invisible(drawn)
}

#' Plot a table of survey_tables() or paper_tables()
#'
#' Draws what a table shows, with the labels and language it was built
#' with: horizontal bars with confidence intervals for single-choice,
#' check-all-that-apply and coded free-text tables (the rows shown apart,
#' such as "don't know" and blanks, are not drawn); a diverging bar for a
#' Likert item; a box of median, quartiles and range for a number; and the
#' layouts of the 2025 tables (response by area with the overall rate as a
#' labelled reference line, the impact items, the ladder).
#'
#' @param x A table (class `peer_table`).
#' @param ci Draw confidence intervals (where the table has them).
#' @param main Title; by default the table's caption.
#' @param ... Passed to the drawing function ([graphics::barplot()] for bars).
#' @return Invisibly, a data frame of what was drawn, one row per bar.
#' @examples
#' tabs <- survey_tables(mhd_survey_2025, items = c("ps_settings", "impact_recovery"))
#' plot(tabs$ps_settings)
#' plot(tabs$impact_recovery)
#' plot(paper_tables()$impact)
#' @export
plot.peer_table <- function(x, ci = TRUE, main = NULL, ...) {
  check_flag(ci)
  kind <- table_kind(x)
  vals <- table_values(x)
  lang <- table_language(x)
  unit <- table_unit(x)
  main <- main %||% table_caption(x)
  # a long caption on two lines rather than off the page
  if (!is.null(main) && nzchar(main)) main <- paste(strwrap(main, 55L), collapse = "\n")
  if (is.null(vals) || !nrow(vals))
    abort("`x` must be a table from survey_tables() or paper_tables()",
          "peersurvey_bad_argument")
  xlab <- plot_word("pct_answering", lang, units = unit)
  if (kind == "likert") {
    v <- vals[vals$row_type == "option", , drop = FALSE]
    props <- matrix(v$n / sum(v$n), nrow = 1L,
                    dimnames = list(attr(x, "item", exact = TRUE) %||% "", v$label))
    rownames(props) <- ""
    drawn <- plot_diverging(props, main = main, xlab = xlab, ...)
    return(invisible(drawn))
  }
  if (kind == "number") {
    v <- stats::setNames(vals$value, vals$option)
    drawn <- plot_box(v, main = main, xlab = table_caption(x))
    return(invisible(drawn))
  }
  if (kind %in% c("single", "multi", "text")) {
    v <- vals[vals$row_type == "option", , drop = FALSE]
    drawn <- plot_hbars(v$label, v$estimate, v$lower, v$upper, ci = ci,
                        sort = kind != "single", main = main, xlab = xlab, ...)
    return(invisible(drawn))
  }
  plot_paper_table(x, kind, vals, lang, unit, ci, main, xlab, ...)
}

# The layouts of the 2025 tables
plot_paper_table <- function(x, kind, vals, lang, unit, ci, main, xlab, ...) {
  lab <- as.character(x[[1L]])
  if (kind == "impact") {
    counts <- do.call(rbind, lapply(vals$counts, function(v) v / sum(v)))
    # the level labels are the table's columns after the item and its base
    levs <- names(x)[2L + seq_len(ncol(counts))]
    dimnames(counts) <- list(lab, levs)
    drawn <- plot_diverging(counts, main = main, xlab = xlab, ...)
    return(invisible(drawn))
  }
  if (kind == "ladder") {
    drawn <- plot_vbars(lab, vals$n, main = main, xlab = NULL,
                        ylab = plot_word("pct_units", lang, units = unit),
                        ci = if (ci) vals[, c("lower", "upper")], ...)
    return(invisible(drawn))
  }
  by_group <- kind %in% c("response", "response_region", "peer_support", "coproduction")
  if (by_group) {
    response <- kind %in% c("response", "response_region")
    total <- if (response) nrow(vals) else 1L
    keep <- setdiff(seq_len(nrow(vals)), total)
    drawn <- plot_hbars(lab[keep], vals$estimate[keep], vals$lower[keep],
                        vals$upper[keep], ci = ci, sort = FALSE, main = main,
                        xlab = if (response) plot_word("response", lang) else xlab,
                        reference = vals$estimate[total], reference_label = lab[total],
                        xlim = c(0, 108), ...)
    return(invisible(drawn))
  }
  drawn <- plot_hbars(lab, vals$estimate, vals$lower, vals$upper, ci = ci,
                      sort = FALSE, main = main, xlab = xlab, ...)
  invisible(drawn)
}
