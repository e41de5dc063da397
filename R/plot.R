# Figures in base graphics, readable in grey scale.  Every method draws
# through one of three internal painters (horizontal bars with intervals,
# diverging stacked bars, vertical bars of a distribution) and returns,
# invisibly, a data frame of what it drew: one row per bar, with the bar's
# midpoint on the category axis in `mid`.

# Horizontal bars, largest at the top, with interval whiskers.
# `value`, `lower`, `upper` are shares in [0, 1]; drawn as percentages.
plot_hbars <- function(label, value, lower = NULL, upper = NULL, ci = TRUE,
                       sort = TRUE, main = NULL, xlab = NULL, col = "grey60",
                       border = "grey20", reference = NULL, text = TRUE,
                       cex.names = 0.8, xlim = NULL, ...) {
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
  if (!is.null(reference))
    graphics::abline(v = 100 * reference, lty = 2, col = "grey30")
  if (text) {
    at <- if (has_ci) pmax(pct, 100 * drawn$upper[rev_i], na.rm = TRUE) else pct
    shown <- !is.na(pct)
    graphics::text(at[shown], mid[shown], sprintf("%.0f%%", pct[shown]), pos = 4,
                   cex = 0.7, xpd = TRUE)
  }
  drawn$mid <- rev(mid)
  rownames(drawn) <- NULL
  drawn
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

# Labels for option codes: `labels` as given (named by code, or one per
# code), else from the codebook item whose options include them all
plot_option_labels <- function(codes, labels, language, item = NULL) {
  if (!is.null(labels)) {
    if (!is.character(labels))
      abort("`labels` must be a character vector", "peersurvey_bad_argument")
    if (!is.null(names(labels))) {
      out <- labels[codes]
      return(ifelse(is.na(out), codes, out))
    }
    if (length(labels) != length(codes))
      abort(sprintf("`labels` must have one label per category (%d), not %d",
                    length(codes), length(labels)), "peersurvey_bad_argument")
    return(labels)
  }
  cb <- tryCatch(survey_codebook(), error = function(e) NULL)
  if (is.null(cb)) return(codes)
  if (is.null(item)) {
    items <- unique(cb$item[cb$type %in% c("multi", "single", "likert")])
    fits <- items[vapply(items, function(i) all(codes %in% cb$option[cb$item == i]), NA)]
    # the item with fewest options that covers them all
    if (!length(fits)) return(codes)
    size <- vapply(fits, function(i) sum(cb$item == i), 1L)
    item <- fits[which.min(size)]
  }
  paper_labels(cb, item, codes, language)
}

# ---- methods ------------------------------------------------------------

#' Plot a check-all-that-apply table
#'
#' Horizontal bars of the share of answering respondents who chose each
#' option, largest first, with confidence intervals from [prop_ci()]: the
#' figure of the barriers to peer support in the paper. Drawn in base
#' graphics in shades of grey, so that it reads in black and white print.
#'
#' @param x A table from [tabulate_multi()]. A grouped table draws the
#'   groups side by side.
#' @param ci Draw confidence intervals.
#' @param conf Confidence level of the intervals.
#' @param method Interval method, passed to [prop_ci()].
#' @param sort Order the options from the most chosen (ungrouped tables);
#'   `FALSE` keeps the table's order.
#' @param labels Labels of the options: a character vector named by option
#'   code, or one label per option in table order. By default the labels
#'   of the shipped codebook in `language`, when the options are those of
#'   one of its items, or else the option codes.
#' @param language `"en"` or `"it"`: language of the labels and axis title.
#' @param main,xlab Title and axis label.
#' @param ... Passed to [graphics::barplot()].
#' @return Invisibly, a data frame of what was drawn, one row per bar:
#'   `label`, `estimate`, `lower`, `upper` (shares) and `mid`, the bar's
#'   position on the vertical axis (and `group` for a grouped table).
#' @seealso [plot.peer_tab_likert()], [plot.peer_coproduction()],
#'   [plot.peer_response()], [plot.peer_paper_table()]
#' @examples
#' cols <- setdiff(grep("^barriers_", names(mhd_survey_2025), value = TRUE),
#'                 "barriers_text")
#' tab <- tabulate_multi(mhd_survey_2025[, cols])
#' plot(tab)
#' plot(tab, language = "it", main = "Barriere al supporto tra pari")
#' @export
plot.peer_tab_multi <- function(x, ci = TRUE, conf = 0.95, method = "wilson",
                                sort = TRUE, labels = NULL, language = c("en", "it"),
                                main = NULL, xlab = NULL, ...) {
  language <- paper_language(language)
  check_flag(ci)
  check_flag(sort)
  cnt <- attr(x, "counts")
  info <- attr(x, "tab_info")
  if (is.null(cnt) || is.null(info))
    abort("`x` must be a table from tabulate_multi()", "peersurvey_bad_argument")
  codes <- info$options
  lab <- plot_option_labels(codes, labels, language)
  xlab <- xlab %||% plot_word("pct_answering", language)
  n <- cnt$n
  answered <- cnt$answered
  ci_of <- function(k, N) {
    out <- data.frame(estimate = rep(NA_real_, length(k)), lower = NA_real_,
                      upper = NA_real_)
    if (N > 0) out[] <- prop_ci(k, N, conf = conf, method = method)[,
                                c("estimate", "lower", "upper")]
    out
  }
  if (is.null(info$groups)) {
    est <- ci_of(n[, 1L], answered[1L])
    drawn <- plot_hbars(lab, est$estimate, est$lower, est$upper, ci = ci, sort = sort,
                        main = main, xlab = xlab, ...)
    drawn$option <- codes[match(drawn$label, lab)]
    return(invisible(drawn))
  }
  groups <- ifelse(is.na(info$groups), "NA", info$groups)
  est <- lapply(seq_along(groups), function(g) ci_of(n[, g], answered[g]))
  mat <- function(col) matrix(vapply(est, `[[`, numeric(length(codes)), col),
                              ncol = length(groups), dimnames = list(lab, groups))
  drawn <- plot_hbars_grouped(mat("estimate"), mat("lower"), mat("upper"), ci = ci,
                              main = main, xlab = xlab, ...)
  invisible(drawn)
}

#' Plot Likert items as diverging stacked bars
#'
#' One bar per item, split at zero: the disagreeing answers extend to the
#' left, the agreeing ones to the right, and the middle answer is split
#' across zero. Shades of grey, with the disagreeing side hatched as well,
#' so that it reads in black and white print.
#'
#' @param x A table from [tabulate_likert()]. A grouped table draws one bar
#'   per item and group.
#' @param labels Item labels: a character vector named by item, or one per
#'   item. By default the labels of the impact items of the shipped survey
#'   in `language`, else the item names.
#' @param level_labels Labels of the answer levels, in scale order. By
#'   default the labels of the shipped codebook in `language` when the
#'   levels are its codes.
#' @param language `"en"` or `"it"`.
#' @param main,xlab Title and axis label.
#' @param legend Draw a legend of the levels under the plot.
#' @param hatch Hatch the disagreeing side.
#' @param ... Unused.
#' @return Invisibly, a data frame with one row per bar drawn: `item` (its
#'   label), `left` and `right` (the extent of the bar, in per cent, left
#'   negative) and `mid` (the bar's position on the vertical axis).
#' @examples
#' items <- mhd_survey_2025[mhd_survey_2025$peer_support,
#'                          grep("^impact_", names(mhd_survey_2025))]
#' plot(tabulate_likert(items))
#' plot(tabulate_likert(items), language = "it")
#' @export
plot.peer_tab_likert <- function(x, labels = NULL, level_labels = NULL,
                                 language = c("en", "it"), main = NULL, xlab = NULL,
                                 legend = TRUE, hatch = TRUE, ...) {
  language <- paper_language(language)
  cnt <- attr(x, "counts")
  info <- attr(x, "tab_info")
  if (is.null(cnt) || is.null(info))
    abort("`x` must be a table from tabulate_likert()", "peersurvey_bad_argument")
  levs <- info$levels
  k <- length(levs)
  items <- info$items
  item_lab <- if (!is.null(labels)) plot_option_labels(items, labels, language)
              else vapply(items, function(i) {
                w <- paper_words[[i]]
                if (is.null(w)) i else unname(w[[language]])
              }, "")
  lev_lab <- level_labels %||% plot_option_labels(levs, NULL, language)
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
                          xlab = xlab %||% plot_word("pct_answering", language),
                          legend = legend, hatch = hatch)
  invisible(drawn)
}

#' Plot the distribution of co-production levels
#'
#' Vertical bars of the share of departments at each level of the
#' co-production ladder (the highest rung reached), from "none" to
#' co-production, with confidence intervals and the count above each bar:
#' the figure behind "largely consultative".
#'
#' @param x A result of [code_coproduction()].
#' @param ci Draw confidence intervals (Wilson, from `summary(x)`).
#' @param conf Confidence level.
#' @param none Show the level "none" (departments that ticked no practice).
#' @param language `"en"` or `"it"`.
#' @param main,xlab,ylab Title and axis labels.
#' @param ... Passed to [graphics::barplot()].
#' @return Invisibly, a data frame with one row per bar: `label`, `n`,
#'   `estimate` (share of the departments shown) and `mid` (the bar's
#'   position on the horizontal axis).
#' @examples
#' cp <- code_coproduction(mhd_survey_2025[mhd_survey_2025$coproduction, ])
#' plot(cp)
#' plot(cp, language = "it")
#' @export
plot.peer_coproduction <- function(x, ci = TRUE, conf = 0.95, none = NULL,
                                   language = c("en", "it"), main = NULL, xlab = NULL,
                                   ylab = NULL, ...) {
  language <- paper_language(language)
  check_flag(ci)
  s <- summary(x, conf = conf)
  levs <- as.character(s$level)
  none <- none %||% (s$n[levs == "none"] > 0)
  check_flag(none, "none")
  keep <- if (none) rep(TRUE, length(levs)) else levs != "none"
  s <- s[keep, , drop = FALSE]
  if (!none) {
    # shares of the departments shown
    tot <- sum(s$n)
    r <- prop_ci(s$n, rep(tot, nrow(s)), conf = conf)
    s$lower <- r$lower
    s$upper <- r$upper
  }
  lab <- vapply(as.character(s$level), plot_word, "", language = language)
  drawn <- plot_vbars(lab, s$n, main = main,
                      xlab = xlab %||% plot_word("ladder", language),
                      ylab = ylab %||% plot_word("pct_departments", language),
                      ci = if (ci) data.frame(lower = s$lower, upper = s$upper),
                      ...)
  drawn$level <- as.character(s$level)
  invisible(drawn)
}

#' Plot response rates
#'
#' Horizontal bars of the response rate of each group (in the order of the
#' groups), with confidence intervals and a dashed line at the overall
#' rate.
#'
#' @param x A result of [response_rates()], usually with `by`.
#' @param ci Draw confidence intervals.
#' @param labels Group labels: named by group, or one per group. By default
#'   the codebook labels of macro-areas and regions in `language`.
#' @param language `"en"` or `"it"`.
#' @param main,xlab Title and axis label.
#' @param ... Passed to [graphics::barplot()].
#' @return Invisibly, a data frame with one row per bar: `label`, `estimate`,
#'   `lower`, `upper` (shares) and `mid` (the bar's position on the
#'   vertical axis).
#' @examples
#' rr <- response_rates(mhd_survey_2025, mhd_frame, by = "macro_area")
#' plot(rr)
#' plot(rr, language = "it")
#' @export
plot.peer_response <- function(x, ci = TRUE, labels = NULL, language = c("en", "it"),
                               main = NULL, xlab = NULL, ...) {
  language <- paper_language(language)
  check_flag(ci)
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  all <- df[df$group == "All", , drop = FALSE]
  grp <- df[df$group != "All", , drop = FALSE]
  if (!nrow(grp)) {
    grp <- all
    grp$group <- plot_word("all_groups", language)
    lab <- grp$group
  } else {
    by <- attr(x, "by", exact = TRUE)
    lab <- if (!is.null(labels)) plot_option_labels(grp$group, labels, language)
           else if (!is.null(by) && by %in% c("region", "macro_area", "area3"))
             plot_option_labels(grp$group, NULL, language, item = by)
           else grp$group
  }
  drawn <- plot_hbars(lab, grp$rate, grp$lower, grp$upper, ci = ci, sort = FALSE,
                      main = main, xlab = xlab %||% plot_word("response", language),
                      reference = if (nrow(all)) all$rate[1L], xlim = c(0, 108), ...)
  drawn$group <- grp$group[match(drawn$label, lab)]
  invisible(drawn)
}

#' Plot a table of the paper
#'
#' Draws the figure that goes with a table of [paper_tables()], in the
#' table's language: horizontal bars with confidence intervals for
#' response, presence of peer support and co-production (by macro-area,
#' with a dashed line at the national figure), settings, funding, barriers
#' (most named first) and practices; horizontal bars for contracts,
#' training and the number of peer support workers; diverging stacked bars
#' for the impact items; vertical bars for the levels of the co-production
#' ladder.
#'
#' @param x A table from [paper_tables()], such as `paper_tables()$barriers`.
#' @param ci Draw confidence intervals (where the table has them).
#' @param main Title; by default the table's caption.
#' @param ... Passed to the drawing function ([graphics::barplot()] for bars).
#' @return Invisibly, a data frame with one row per bar drawn and its
#'   position in `mid` (see [plot.peer_tab_multi()]).
#' @examples
#' tabs <- paper_tables()
#' plot(tabs$barriers)
#' plot(paper_tables(language = "it")$impact)
#' plot(tabs$ladder)
#' @export
plot.peer_paper_table <- function(x, ci = TRUE, main = NULL, ...) {
  check_flag(ci)
  kind <- attr(x, "kind", exact = TRUE) %||% ""
  vals <- attr(x, "values", exact = TRUE)
  lang <- attr(x, "language", exact = TRUE) %||% "en"
  main <- main %||% attr(x, "caption", exact = TRUE)
  # a long caption on two lines rather than off the page
  if (!is.null(main) && nzchar(main)) main <- paste(strwrap(main, 55L), collapse = "\n")
  lab <- as.character(x[[1L]])
  if (is.null(vals) || !nrow(vals))
    abort("`x` must be a table from paper_tables()", "peersurvey_bad_argument")
  if (kind == "impact") {
    counts <- do.call(rbind, lapply(vals$counts, function(v) v / sum(v)))
    levs <- names(x)[seq(2L, length.out = ncol(counts))]
    dimnames(counts) <- list(lab, levs)
    drawn <- plot_diverging(counts, main = main,
                            xlab = plot_word("pct_answering", lang), ...)
    return(invisible(drawn))
  }
  if (kind == "ladder") {
    drawn <- plot_vbars(lab, vals$n, main = main, xlab = NULL,
                        ylab = plot_word("pct_departments", lang),
                        ci = if (ci) vals[, c("lower", "upper")], ...)
    return(invisible(drawn))
  }
  by_group <- kind %in% c("response", "response_region", "peer_support", "coproduction")
  if (by_group) {
    total <- if (kind %in% c("response", "response_region")) nrow(vals) else 1L
    keep <- setdiff(seq_len(nrow(vals)), total)
    drawn <- plot_hbars(lab[keep], vals$estimate[keep], vals$lower[keep],
                        vals$upper[keep], ci = ci, sort = FALSE, main = main,
                        xlab = plot_word(if (kind %in% c("response", "response_region"))
                          "response" else "pct_answering", lang),
                        reference = vals$estimate[total], xlim = c(0, 108), ...)
    return(invisible(drawn))
  }
  drawn <- plot_hbars(lab, vals$estimate, vals$lower, vals$upper, ci = ci,
                      sort = FALSE, main = main,
                      xlab = plot_word("pct_answering", lang), ...)
  invisible(drawn)
}
