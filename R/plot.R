# Figures in base graphics, readable in grey scale and at journal size.
# Every method prepares the numbers of its figure (the same data the
# ggplot2 methods of autoplot.R draw) and hands them to one of the
# painters below (horizontal bars with intervals, diverging stacked bars,
# vertical bars of a distribution, grouped bars, a box).  Painters return,
# invisibly, a data frame of what they drew (one row per bar, with the
# bar's midpoint on the category axis in `mid`) whose attribute "layout"
# records every piece of text drawn and its box on the device, so that a
# figure can be checked for text running off the page.
#
# Sizes are set in points, not as multiples of the device's text size:
# text is at least 9 pt whatever the device, which a journal figure 17 cm
# wide needs; long labels are wrapped to a share of the device's width and
# the margins are measured from the text they hold.

# ---- text, in points and inches ---------------------------------------------

plot_points <- c(text = 10, small = 9, title = 11)

# cex giving `pt` points on the current device
pt_cex <- function(pt) pt / (graphics::par("ps") * graphics::par("cex"))

plot_cex <- function() as.list(vapply(plot_points, pt_cex, 1))

# Height in inches of `lines` lines of text at `cex`
line_in <- function(cex, lines = 1) {
  lines * 1.2 * cex * graphics::par("cex") * graphics::par("ps") / 72
}

# Height in inches of the ink of a label of `lines` lines: the lines
# between, plus one em for the last
text_h_in <- function(cex, lines = 1) {
  size <- cex * graphics::par("cex") * graphics::par("ps") / 72
  (lines - 1) * 1.2 * size + size
}

n_lines <- function(x) lengths(strsplit(ifelse(nzchar(x), x, " "), "\n", fixed = TRUE))

# Labels wrapped (strwrap, at spaces) so that each is at most `width_in`
# inches wide at `cex`; a single word wider than that stays whole
wrap_labels <- function(labels, width_in, cex, font = 1) {
  labels <- as.character(labels)
  labels[is.na(labels)] <- "NA"
  w <- function(t) graphics::strwidth(t, units = "inches", cex = cex, font = font)
  vapply(labels, function(l) {
    if (!nzchar(l) || w(l) <= width_in) return(l)
    for (k in seq(nchar(l) - 1L, 6L)) {
      cand <- paste(strwrap(l, k), collapse = "\n")
      if (w(cand) <= width_in) return(cand)
    }
    paste(strwrap(l, 6L), collapse = "\n")
  }, "", USE.NAMES = FALSE)
}

# Labels of bars `row_in` inches apart, wrapped to `width_in` inches, or
# wider up to `max_in` when their lines would not fit the row. A label
# still taller than its row is shortened, word by word, to the lines that
# fit (at least one), ending in an ellipsis; its `suffix` (the end of the
# label that tells bars apart, such as the group " (North)") is kept whole
fit_row_labels <- function(labels, width_in, max_in, row_in, cex, suffix = NULL) {
  labels <- as.character(labels)
  suffix <- rep_len(if (is.null(suffix)) "" else suffix, length(labels))
  fits <- max(1L, floor((row_in * 0.95 - text_h_in(cex)) / line_in(cex)) + 1L)
  for (w in c(width_in, seq(width_in, max_in, length.out = 4L)[-1L])) {
    lab <- wrap_labels(labels, w, cex)
    if (all(n_lines(lab) <= fits)) return(lab)
  }
  # at the widest, a label too tall loses first the words that every label
  # starts with ("Peer workers improve ...", which tell no bar apart), then
  # words at the end of what is left, before its suffix
  has <- nzchar(suffix) & endsWith(labels, suffix)
  head <- ifelse(has, substr(labels, 1L, nchar(labels) - nchar(suffix)), labels)
  tail <- ifelse(has, suffix, "")
  words <- strsplit(head, " ", fixed = TRUE)
  common <- 0L
  if (length(unique(head)) > 1L) repeat {
    w <- vapply(words, function(x) if (length(x) > common + 1L) x[common + 1L] else NA_character_, "")
    if (anyNA(w) || length(unique(w)) > 1L) break
    common <- common + 1L
  }
  for (i in which(n_lines(lab) > fits)) {
    rest <- words[[i]][seq_along(words[[i]]) > common]
    lead <- if (common > 0L) "\u2026" else ""
    for (k in rev(seq_along(rest))) {
      cand <- wrap_labels(paste0(lead, paste(rest[seq_len(k)], collapse = " "),
                                 if (k < length(rest)) "\u2026", tail[i]), max_in, cex)
      lab[i] <- cand
      if (n_lines(cand) <= fits) break
    }
  }
  lab
}

# A writer of text that logs, in device inches, the box of all it writes
text_log <- function() {
  boxes <- list()
  put <- function(x, y, labels, cex, adj = c(0.5, 0.5), font = 1, srt = 0, ...) {
    labels <- as.character(labels)
    if (!length(labels)) return(invisible())
    n <- max(length(x), length(y), length(labels))
    x <- rep_len(x, n)
    y <- rep_len(y, n)
    labels <- rep_len(labels, n)
    graphics::text(x, y, labels, cex = cex, adj = adj, font = font, srt = srt, xpd = NA, ...)
    w <- graphics::strwidth(labels, units = "inches", cex = cex, font = font)
    h <- text_h_in(cex, n_lines(labels))
    xi <- graphics::grconvertX(x, "user", "inches")
    yi <- graphics::grconvertY(y, "user", "inches")
    if (srt == 90) {
      left <- xi - (1 - adj[2L]) * h
      box <- data.frame(left = left, right = left + h, bottom = yi - adj[1L] * w)
      box$top <- box$bottom + w
    } else {
      left <- xi - adj[1L] * w
      box <- data.frame(left = left, right = left + w, bottom = yi - adj[2L] * h)
      box$top <- box$bottom + h
    }
    pt <- cex * graphics::par("cex") * graphics::par("ps")
    boxes[[length(boxes) + 1L]] <<- cbind(data.frame(text = labels, points = pt,
                                                     stringsAsFactors = FALSE), box)
    invisible()
  }
  get <- function() {
    if (!length(boxes))
      return(data.frame(text = character(), points = numeric(), left = numeric(),
                        right = numeric(), bottom = numeric(), top = numeric()))
    do.call(rbind, boxes)
  }
  list(put = put, get = get)
}

# Inches to user units along x and y on the current plot
in2x <- function(d) d * diff(graphics::par("usr")[1:2]) / graphics::par("pin")[1L]
in2y <- function(d) d * diff(graphics::par("usr")[3:4]) / graphics::par("pin")[2L]
# User coordinates of a point given in device inches
dev_x <- function(x_in) graphics::grconvertX(x_in, "inches", "user")
dev_y <- function(y_in) graphics::grconvertY(y_in, "inches", "user")

# Margins (inches) that leave a plot region on a small device: shrunk in
# proportion when they would take more than 80% of its width or height
# (the text may then not fit, but the figure is drawn)
fit_mai <- function(mai) {
  din <- graphics::par("din")
  wx <- mai[2L] + mai[4L]
  wy <- mai[1L] + mai[3L]
  if (wx > 0.8 * din[1L]) mai[c(2L, 4L)] <- mai[c(2L, 4L)] * 0.8 * din[1L] / wx
  if (wy > 0.8 * din[2L]) mai[c(1L, 3L)] <- mai[c(1L, 3L)] * 0.8 * din[2L] / wy
  mai
}

# Layout record returned with what was drawn
with_layout <- function(drawn, log, keys = NULL) {
  attr(drawn, "layout") <- list(text = log$get(), keys = keys,
                                device = graphics::par("din"))
  drawn
}

# The title, wrapped to the device and set flush left at its top
#' Plot estimates
#'
#' Horizontal bars of the estimated shares of [estimate_prop()], with their
#' confidence intervals: one bar per item (and level), in groups of bars
#' with `by`. Bars are named by the codebook's questions and labels, and
#' titled by the item's question when the estimates are of one item's
#' levels. A group without an estimate (no respondent in it) has no bar.
#' `autoplot()` draws the same with ggplot2.
#'
#' @param x,object Estimates from [estimate_prop()].
#' @param ci Draw the confidence intervals.
#' @param main Title (by default the item's question, when the estimates
#'   are of the levels of one item, else none).
#' @param language Language of the labels: one of the codebook's, by default
#'   its first.
#' @param grey Grey shades instead of colours (`autoplot()`).
#' @param ... Unused.
#' @return `plot()`: invisibly, a data frame of what was drawn, as
#'   [plot.peer_table()] gives it. `autoplot()`: a ggplot object.
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#' d <- survey_design(s, ex("services-frame.csv"), strata = "region")
#' e <- estimate_prop(d, "service_type", level = "community")
#' plot(e)
#' plot(estimate_prop(d, "peer_workers", by = "service_type"))
#' @export
plot.peer_estimate <- function(x, ci = TRUE, main = NULL, language = NULL, ...) {
  check_flag(ci)
  d <- estimate_bar_data(x, language)
  main <- main %||% d$main
  b <- d$data
  if (!d$grouped)
    return(invisible(plot_hbars(b$label, b$estimate, b$lower, b$upper, ci = ci, sort = FALSE,
                                main = main, xlab = d$xlab, language = d$language)))
  lab <- unique(b$label)
  groups <- unique(b$group)
  mat <- function(col) {
    m <- matrix(NA_real_, length(lab), length(groups), dimnames = list(lab, groups))
    m[cbind(match(b$label, lab), match(b$group, groups))] <- b[[col]]
    m
  }
  invisible(plot_hbars_grouped(mat("estimate"), mat("lower"), mat("upper"), ci = ci,
                               main = main, xlab = d$xlab))
}

# The title of a table's figure: `main`, else the table's caption, which
# says so when the table's figures are illustrative (mark_illustrative())
figure_title <- function(x, main, language) {
  if (!is.null(main)) return(main)
  cap <- table_caption(x)
  if (nzchar(cap) && isTRUE(attr(x, "illustrative", exact = TRUE)))
    cap <- word_fill("title_illustrative",
                     attr(x, "language", exact = TRUE) %||% language %||% "en", title = cap)
  cap
}

title_lines <- function(main, cex) {
  if (is.null(main) || is.na(main) || !nzchar(main)) return(NULL)
  wrap_labels(main, 0.96 * graphics::par("din")[1L], cex, font = 2)
}

put_title <- function(log, main, cex) {
  if (is.null(main)) return(invisible())
  din <- graphics::par("din")
  log$put(dev_x(0.02 * din[1L]), dev_y(din[2L] - 0.06), main, cex, adj = c(0, 1), font = 2)
}

# Percentages as labels, in the decimal mark of the language
pct_label <- function(p, language = "en", digits = 0L) {
  paste0(fmt_num(p, digits, language), "%")
}

# Axis with tick labels at `ticks` (user units), labels logged
put_axis_x <- function(log, ticks, labels, cex) {
  graphics::axis(1, at = ticks, labels = FALSE, tcl = -0.3)
  y <- graphics::par("usr")[3L] - in2y(0.3 * line_in(cex) + 0.04)
  log$put(ticks, y, labels, cex, adj = c(0.5, 1))
  y - in2y(text_h_in(cex))
}

# A legend of filled keys as large as the text, in rows that fit the device
legend_layout <- function(labels, cex, width_in) {
  key <- text_h_in(cex) * 1.05
  w <- key + 0.08 + graphics::strwidth(labels, units = "inches", cex = cex) + 0.2
  row <- integer(length(w))
  r <- 1L
  used <- 0
  for (i in seq_along(w)) {
    if (used > 0 && used + w[i] > width_in) {
      r <- r + 1L
      used <- 0
    }
    row[i] <- r
    used <- used + w[i]
  }
  list(row = row, width = w, key = key, rows = r,
       height = r * max(key, line_in(cex)) * 1.15)
}

put_legend <- function(log, lay, labels, fill, cex, top_in, density = NULL) {
  din <- graphics::par("din")
  step <- max(lay$key, line_in(cex)) * 1.15
  keys <- list()
  for (r in seq_len(lay$rows)) {
    i <- which(lay$row == r)
    x <- (din[1L] - sum(lay$width[i]) + 0.2) / 2
    yc <- top_in - (r - 0.5) * step
    for (j in i) {
      x0 <- dev_x(x)
      x1 <- dev_x(x + lay$key)
      y0 <- dev_y(yc - lay$key / 2)
      y1 <- dev_y(yc + lay$key / 2)
      graphics::rect(x0, y0, x1, y1, col = fill[j], border = "grey20", xpd = NA)
      if (!is.null(density) && !is.na(density[j]) && density[j] > 0)
        graphics::rect(x0, y0, x1, y1, col = "black", border = NA, density = density[j],
                       lwd = 0.6, xpd = NA)
      log$put(dev_x(x + lay$key + 0.08), dev_y(yc), labels[j], cex, adj = c(0, 0.5))
      keys[[length(keys) + 1L]] <- data.frame(label = labels[j], side = lay$key,
                                              text_height = graphics::strheight(
                                                labels[j], units = "inches", cex = cex),
                                              left = x, bottom = yc - lay$key / 2,
                                              stringsAsFactors = FALSE)
      x <- x + lay$width[j]
    }
  }
  do.call(rbind, keys)
}

# ---- painters -------------------------------------------------------------------

# Horizontal bars, the first at the top, with interval whiskers and the
# percentage at the end of each bar. `value`, `lower`, `upper` are shares
# in [0, 1]; drawn as percentages. `reference`: a share drawn as a dashed
# line, labelled above the plot with `reference_label`.
plot_hbars <- function(label, value, lower = NULL, upper = NULL, ci = TRUE,
                       sort = TRUE, main = NULL, xlab = NULL, col = "grey60",
                       border = "grey20", reference = NULL, reference_label = NULL,
                       text = TRUE, language = "en", ...) {
  n <- length(value)
  drawn <- data.frame(label = as.character(label), estimate = value,
                      lower = lower %||% rep(NA_real_, n),
                      upper = upper %||% rep(NA_real_, n),
                      stringsAsFactors = FALSE)
  if (sort) drawn <- drawn[order(-drawn$estimate, drawn$label), , drop = FALSE]
  cx <- plot_cex()
  din <- graphics::par("din")
  lab <- wrap_labels(drawn$label, 0.4 * din[1L], cx$text)
  main <- title_lines(main, cx$title)
  xlab <- if (!is.null(xlab)) wrap_labels(xlab, 0.6 * din[1L], cx$text)
  has_ci <- ci && any(!is.na(drawn$lower))
  pct <- 100 * drawn$estimate
  lo <- 100 * drawn$lower
  hi <- 100 * drawn$upper
  ref_text <- if (!is.null(reference))
    sprintf("%s: %s", reference_label %||% "", pct_label(100 * reference, language))
  last_tick <- graphics::strwidth("100%", units = "inches", cex = cx$small)
  mai <- c(0.3 * line_in(cx$small) + 0.04 + text_h_in(cx$small) + 0.12 +
             (if (!is.null(xlab)) text_h_in(cx$text, n_lines(xlab)) + 0.08 else 0),
           max(graphics::strwidth(lab, units = "inches", cex = cx$text), 0.2) + 0.2,
           0.12 + (if (!is.null(main)) text_h_in(cx$title, n_lines(main)) + 0.14 else 0) +
             (if (!is.null(ref_text)) text_h_in(cx$small) + 0.08 else 0),
           max(0.12, last_tick / 2 + 0.06))
  op <- graphics::par(mai = fit_mai(mai))
  on.exit(graphics::par(op), add = TRUE)
  graphics::plot.new()
  # the axis reaches far enough for the label at the end of the longest
  # bar (or whisker) to stay inside the plot
  ends <- if (has_ci) pmax(pct, hi, na.rm = TRUE) else pct
  ends[is.na(ends)] <- 0
  labs <- pct_label(pct, language)
  lab_w <- graphics::strwidth(labs, units = "inches", cex = cx$small) + 0.08
  room <- pmax(1 - lab_w / graphics::par("pin")[1L], 0.3)
  xmax <- max(10, if (text) ends / room else ends,
              if (!is.null(reference)) 100 * reference * 1.02, na.rm = TRUE)
  graphics::plot.window(xlim = c(0, xmax), ylim = c(0.4, n + 0.6), xaxs = "i", yaxs = "i")
  log <- text_log()
  y <- rev(seq_len(n))
  graphics::rect(0, y - 0.35, ifelse(is.na(pct), 0, pct), y + 0.35, col = col, border = border)
  if (has_ci) {
    ok <- !is.na(lo) & !is.na(hi) & hi > lo
    if (any(ok)) {
      graphics::segments(lo[ok], y[ok], hi[ok], y[ok], lwd = 1)
      graphics::segments(c(lo[ok], hi[ok]), rep(y[ok], 2L) - 0.12,
                         c(lo[ok], hi[ok]), rep(y[ok], 2L) + 0.12, lwd = 1)
    }
  }
  ticks <- pretty(c(0, min(100, xmax)))
  ticks <- ticks[ticks <= min(100, xmax) + 1e-9]
  below <- put_axis_x(log, ticks, paste0(ticks, "%"), cx$small)
  log$put(-in2x(0.1), y, lab, cx$text, adj = c(1, 0.5))
  if (text) {
    shown <- !is.na(pct)
    log$put(ends[shown] + in2x(0.05), y[shown], labs[shown], cx$small, adj = c(0, 0.5))
  }
  if (!is.null(reference)) {
    graphics::abline(v = 100 * reference, lty = 2, col = "grey20", lwd = 1.2)
    # the line says what it is, above the plot; kept inside the device
    w <- graphics::strwidth(ref_text, units = "inches", cex = cx$small)
    xr <- graphics::grconvertX(100 * reference, "user", "inches")
    xr <- min(max(xr, w / 2 + 0.04), din[1L] - w / 2 - 0.04)
    log$put(dev_x(xr), graphics::par("usr")[4L] + in2y(0.06), ref_text, cx$small,
            adj = c(0.5, 0))
  }
  if (!is.null(xlab))
    log$put(mean(graphics::par("usr")[1:2]), below - in2y(0.08), xlab, cx$text, adj = c(0.5, 1))
  put_title(log, main, cx$title)
  drawn$mid <- y
  rownames(drawn) <- NULL
  with_layout(drawn, log)
}

# A number's distribution from its summary: a box from the quartiles with
# the median, whiskers to the range
plot_box <- function(v, main = NULL, xlab = NULL) {
  lo <- v[["min"]]
  hi <- v[["max"]]
  if (is.na(lo) || is.na(hi)) abort("the table has no answered number to draw",
                                    c("peersurvey_no_answers", "peersurvey_bad_argument"))
  cx <- plot_cex()
  din <- graphics::par("din")
  main <- title_lines(main, cx$title)
  xlab <- if (!is.null(xlab)) wrap_labels(xlab, 0.9 * din[1L], cx$text)
  mai <- c(0.3 * line_in(cx$small) + 0.04 + text_h_in(cx$small) + 0.12 +
             (if (!is.null(xlab)) text_h_in(cx$text, n_lines(xlab)) + 0.08 else 0),
           0.3, 0.12 + (if (!is.null(main)) text_h_in(cx$title, n_lines(main)) + 0.14 else 0),
           0.3)
  op <- graphics::par(mai = fit_mai(mai))
  on.exit(graphics::par(op), add = TRUE)
  ticks <- box_ticks(lo, hi)
  pad <- max(diff(range(ticks)) * 0.02, 0.5)
  graphics::plot.new()
  graphics::plot.window(xlim = range(ticks) + c(-pad, pad), ylim = c(0, 1), xaxs = "i")
  log <- text_log()
  below <- put_axis_x(log, ticks, format(ticks), cx$small)
  graphics::rect(v[["q1"]], 0.3, v[["q3"]], 0.7, col = "grey75", border = "grey20")
  graphics::segments(v[["median"]], 0.3, v[["median"]], 0.7, lwd = 2)
  graphics::segments(c(lo, v[["q3"]]), 0.5, c(v[["q1"]], hi), 0.5)
  graphics::segments(c(lo, hi), 0.42, c(lo, hi), 0.58)
  if (!is.null(xlab))
    log$put(mean(graphics::par("usr")[1:2]), below - in2y(0.08), xlab, cx$text, adj = c(0.5, 1))
  put_title(log, main, cx$title)
  with_layout(data.frame(statistic = c("min", "q1", "median", "q3", "max"),
                         value = c(lo, v[["q1"]], v[["median"]], v[["q3"]], hi)), log)
}

# Axis ticks of a number's figure: pretty() ticks, which cover the whole
# range, so that the axis runs to the first tick at or beyond each end and
# the whiskers end within it
box_ticks <- function(lo, hi) {
  ticks <- pretty(c(lo, hi))
  if (length(ticks) < 2L) ticks <- pretty(c(lo - 1, hi + 1))
  ticks
}

# Diverging stacked bars: `props` is a matrix of shares, one row per item
# and one column per ordered level; the levels below the middle go left of
# zero, those above go right, and a middle level (odd number of levels) is
# split across zero.
plot_diverging <- function(props, main = NULL, xlab = NULL, col = NULL,
                           legend = TRUE, hatch = TRUE, suffix = NULL, ...) {
  k <- ncol(props)
  items <- rownames(props)
  levs <- colnames(props)
  col <- col %||% likert_greys(k)
  sides <- likert_sides(props)
  neg <- sides$neg
  mid_level <- sides$mid
  pos <- sides$pos
  pc <- sides$pc
  left_total <- rowSums(pc[, neg, drop = FALSE]) +
    if (length(mid_level)) pc[, mid_level] / 2 else 0
  right_total <- rowSums(pc[, pos, drop = FALSE]) +
    if (length(mid_level)) pc[, mid_level] / 2 else 0
  lim <- max(c(left_total, right_total, 10))
  lim <- min(100, ceiling(lim / 10) * 10)
  n <- nrow(props)
  ypos <- rev(seq_len(n))  # first item at the top
  cx <- plot_cex()
  din <- graphics::par("din")
  main <- title_lines(main, cx$title)
  xlab <- if (!is.null(xlab)) wrap_labels(xlab, 0.8 * din[1L], cx$text)
  lay <- if (legend) legend_layout(levs, cx$text, 0.94 * din[1L])
  mai <- c(0.3 * line_in(cx$small) + 0.04 + text_h_in(cx$small) + 0.12 +
             (if (!is.null(xlab)) text_h_in(cx$text, n_lines(xlab)) + 0.08 else 0) +
             (if (legend) lay$height + 0.1 else 0),
           0,
           0.12 + (if (!is.null(main)) text_h_in(cx$title, n_lines(main)) + 0.14 else 0),
           max(0.15, graphics::strwidth("100%", units = "inches", cex = cx$small) / 2 + 0.06))
  # each label within the height of its bar's row, so that the labels of
  # many bars (items by groups) do not run into each other
  rows_in <- (din[2L] - mai[1L] - mai[3L]) / n
  lab <- if (n == 1L && all(!nzchar(items))) items
         else fit_row_labels(items, 0.35 * din[1L], 0.5 * din[1L], rows_in, cx$text, suffix)
  mai[2L] <- max(graphics::strwidth(lab, units = "inches", cex = cx$text), 0.1) + 0.2
  op <- graphics::par(mai = fit_mai(mai))
  on.exit(graphics::par(op), add = TRUE)
  graphics::plot.new()
  graphics::plot.window(xlim = c(-lim, lim), ylim = c(0.4, n + 0.6), xaxs = "i", yaxs = "i")
  log <- text_log()
  ticks <- pretty(c(-lim, lim))
  ticks <- ticks[abs(ticks) <= lim + 1e-9]
  below <- put_axis_x(log, ticks, paste0(abs(ticks), "%"), cx$small)
  log$put(-lim - in2x(0.1), ypos, lab, cx$text, adj = c(1, 0.5))
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
  below_in <- graphics::grconvertY(below, "user", "inches")
  if (!is.null(xlab)) {
    log$put(0, below - in2y(0.08), xlab, cx$text, adj = c(0.5, 1))
    below_in <- below_in - 0.08 - text_h_in(cx$text, n_lines(xlab))
  }
  keys <- if (legend)
    put_legend(log, lay, levs, col, cx$text, below_in - 0.1,
               density = ifelse(hatch, 30, NA))
  put_title(log, main, cx$title)
  with_layout(data.frame(item = items, left = -left_total, right = right_total, mid = ypos,
                         stringsAsFactors = FALSE, row.names = NULL), log, keys)
}

# The sides of a diverging bar: levels below the middle of the scale (left
# of zero), the middle level (split across zero, odd scales only), those
# above; and the shares as per cents, NA as 0. One rule for the base and
# the ggplot figures.
likert_sides <- function(props) {
  k <- ncol(props)
  half <- k / 2
  neg <- seq_len(floor(half))
  mid <- if (k %% 2L == 1L) ceiling(half) else integer()
  pc <- 100 * props
  pc[is.na(pc)] <- 0
  list(neg = neg, mid = mid, pos = setdiff(seq_len(k), c(neg, mid)), pc = pc)
}

# Grey shades for k ordered levels, dark at both ends, light in the middle,
# the two sides told apart by their side of zero (and by the legend)
likert_greys <- function(k) {
  half <- ceiling(k / 2)
  ramp <- grDevices::grey(seq(0.25, 0.85, length.out = half))
  if (k %% 2L == 1L) c(ramp, rev(ramp[-half])) else c(ramp, rev(ramp))
}

# Vertical bars of a distribution over ordered categories (counts), with
# the count printed above each bar (or its whisker)
plot_vbars <- function(label, count, main = NULL, xlab = NULL, ylab = NULL,
                       col = "grey60", border = "grey20", ci = NULL, ...) {
  total <- sum(count)
  share <- if (total > 0) count / total else rep(NA_real_, length(count))
  k <- length(count)
  cx <- plot_cex()
  din <- graphics::par("din")
  main <- title_lines(main, cx$title)
  xlab <- if (!is.null(xlab)) wrap_labels(xlab, 0.8 * din[1L], cx$text)
  ylab <- if (!is.null(ylab)) wrap_labels(ylab, 0.8 * din[2L], cx$text)
  # the width of a bar's slot bounds its label
  left_in <- 0.25 + (if (!is.null(ylab)) text_h_in(cx$text, n_lines(ylab)) + 0.1 else 0) +
    graphics::strwidth("100%", units = "inches", cex = cx$small)
  slot <- (din[1L] - left_in - 0.2) / k
  lab <- wrap_labels(label, 0.92 * slot, cx$small)
  lab_h <- max(text_h_in(cx$small, n_lines(lab)))
  mai <- c(0.3 * line_in(cx$small) + 0.04 + lab_h + 0.12 +
             (if (!is.null(xlab)) text_h_in(cx$text, n_lines(xlab)) + 0.08 else 0),
           left_in, 0.12 + (if (!is.null(main)) text_h_in(cx$title, n_lines(main)) + 0.14 else 0),
           0.2)
  op <- graphics::par(mai = fit_mai(mai))
  on.exit(graphics::par(op), add = TRUE)
  graphics::plot.new()
  at <- 100 * share
  if (!is.null(ci)) at <- pmax(at, 100 * ci$upper, na.rm = TRUE)
  at[is.na(at)] <- 0
  # room above the tallest bar for its count
  room <- 1 - (text_h_in(cx$small) + 0.08) / graphics::par("pin")[2L]
  top <- min(100 / max(room, 0.5), max(10, at / max(room, 0.3)))
  graphics::plot.window(xlim = c(0, k), ylim = c(0, top), xaxs = "i", yaxs = "i")
  log <- text_log()
  mid <- seq_len(k) - 0.5
  graphics::rect(mid - 0.35, 0, mid + 0.35, ifelse(is.na(share), 0, 100 * share), col = col,
                 border = border)
  if (!is.null(ci)) {
    ok <- !is.na(ci$lower) & !is.na(ci$upper) & ci$upper > ci$lower
    if (any(ok)) {
      graphics::segments(mid[ok], 100 * ci$lower[ok], mid[ok], 100 * ci$upper[ok])
      graphics::segments(rep(mid[ok], 2L) - 0.08, 100 * c(ci$lower[ok], ci$upper[ok]),
                         rep(mid[ok], 2L) + 0.08, 100 * c(ci$lower[ok], ci$upper[ok]))
    }
  }
  ticks <- pretty(c(0, min(100, top)))
  ticks <- ticks[ticks <= min(100, top) + 1e-9]
  graphics::axis(2, at = ticks, labels = FALSE, tcl = -0.3)
  log$put(-in2x(0.3 * line_in(cx$small) + 0.04), ticks, paste0(ticks, "%"), cx$small,
          adj = c(1, 0.5))
  log$put(mid, at + in2y(0.05), sprintf("%d", as.integer(round(count))), cx$small,
          adj = c(0.5, 0))
  graphics::axis(1, at = mid, labels = FALSE, tcl = -0.3)
  y_lab <- -in2y(0.3 * line_in(cx$small) + 0.04)
  log$put(mid, y_lab, lab, cx$small, adj = c(0.5, 1))
  if (!is.null(xlab))
    log$put(k / 2, y_lab - in2y(lab_h + 0.08), xlab, cx$text, adj = c(0.5, 1))
  if (!is.null(ylab))
    log$put(dev_x(0.06), mean(graphics::par("usr")[3:4]), ylab, cx$text,
            adj = c(0.5, 1), srt = 90)
  put_title(log, main, cx$title)
  with_layout(data.frame(label = as.character(label), n = count, estimate = share,
                         mid = mid, stringsAsFactors = FALSE), log)
}

# Horizontal bars of several groups side by side: `value`, `lower`, `upper`
# are category x group matrices of shares
plot_hbars_grouped <- function(value, lower, upper, ci = TRUE, main = NULL,
                               xlab = NULL, ...) {
  k <- nrow(value)
  G <- ncol(value)
  cols <- grDevices::grey(seq(0.25, 0.85, length.out = G))
  cx <- plot_cex()
  din <- graphics::par("din")
  lab <- wrap_labels(rownames(value), 0.35 * din[1L], cx$text)
  main <- title_lines(main, cx$title)
  xlab <- if (!is.null(xlab)) wrap_labels(xlab, 0.8 * din[1L], cx$text)
  lay <- legend_layout(colnames(value), cx$text, 0.94 * din[1L])
  mai <- c(0.3 * line_in(cx$small) + 0.04 + text_h_in(cx$small) + 0.12 +
             (if (!is.null(xlab)) text_h_in(cx$text, n_lines(xlab)) + 0.08 else 0) +
             lay$height + 0.1,
           max(graphics::strwidth(lab, units = "inches", cex = cx$text), 0.1) + 0.2,
           0.12 + (if (!is.null(main)) text_h_in(cx$title, n_lines(main)) + 0.14 else 0),
           max(0.15, graphics::strwidth("100%", units = "inches", cex = cx$small) / 2 + 0.06))
  op <- graphics::par(mai = fit_mai(mai))
  on.exit(graphics::par(op), add = TRUE)
  graphics::plot.new()
  top <- max(c(100 * value, if (ci) 100 * upper, 10), na.rm = TRUE)
  xmax <- min(100, ceiling(top / 10) * 10)
  # category i (from the top) holds G bars, group 1 uppermost
  slot <- G + 1
  graphics::plot.window(xlim = c(0, xmax), ylim = c(0.5, k * slot + 0.5), xaxs = "i",
                        yaxs = "i")
  log <- text_log()
  mid <- matrix(0, k, G)
  for (i in seq_len(k)) for (g in seq_len(G))
    mid[i, g] <- (k - i) * slot + (G - g + 1) + 0.5
  v <- 100 * value
  graphics::rect(0, mid - 0.45, ifelse(is.na(v), 0, v), mid + 0.45,
                 col = rep(cols, each = k), border = "grey20")
  if (ci) {
    ok <- !is.na(lower) & !is.na(upper) & upper > lower
    if (any(ok))
      graphics::segments(100 * lower[ok], mid[ok], 100 * upper[ok], mid[ok])
  }
  ticks <- pretty(c(0, xmax))
  ticks <- ticks[ticks <= xmax + 1e-9]
  below <- put_axis_x(log, ticks, paste0(ticks, "%"), cx$small)
  log$put(-in2x(0.1), rowMeans(mid), lab, cx$text, adj = c(1, 0.5))
  below_in <- graphics::grconvertY(below, "user", "inches")
  if (!is.null(xlab)) {
    log$put(xmax / 2, below - in2y(0.08), xlab, cx$text, adj = c(0.5, 1))
    below_in <- below_in - 0.08 - text_h_in(cx$text, n_lines(xlab))
  }
  keys <- put_legend(log, lay, colnames(value), cols, cx$text, below_in - 0.1)
  put_title(log, main, cx$title)
  with_layout(data.frame(label = rep(rownames(value), G), group = rep(colnames(value), each = k),
                         estimate = as.vector(value), lower = as.vector(lower),
                         upper = as.vector(upper), mid = as.vector(mid),
                         stringsAsFactors = FALSE), log, keys)
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

# Shares of each option with their intervals, for bars; weighted totals
# are no counts of respondents: their shares have no interval here
plot_ci <- function(k, N, conf, method, weighted = FALSE) {
  out <- data.frame(estimate = rep(NA_real_, length(k)), lower = NA_real_, upper = NA_real_)
  ok <- !is.na(N) & N > 0
  if (weighted) {
    out$estimate[ok] <- k[ok] / N[ok]
  } else if (any(ok)) {
    r <- as.data.frame(prop_ci(k[ok], N[ok], conf = conf, method = method))
    out[ok, ] <- r[, c("estimate", "lower", "upper")]
  }
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
#' @param ci Draw confidence intervals. A weighted table draws its weighted
#'   shares without intervals: weighted totals are not counts of
#'   respondents (use [estimate_prop()] for intervals that account for the
#'   weights). A table with no answers (or all weights zero) is an error of
#'   class `peersurvey_no_answers`.
#' @param conf Confidence level of the intervals.
#' @param method Interval method, passed to [prop_ci()].
#' @param sort Order the bars from the largest (ungrouped tables);
#'   otherwise in the order of the table.
#' @param labels Labels of the answers: a character vector named by code,
#'   or one per answer in the table's order.
#' @param language Language of the axis title and the codebook's labels:
#'   `"en"`, `"it"`, `"fr"`, `"de"`, `"es"` or another language of the
#'   codebook's labels (whose fixed words fall back to English); any other
#'   value is an error. By default the codebook's language (the first language
#'   of its labels), as `print()` and [survey_tables()] take it; English for a
#'   table or a result without a codebook.
#' @param main,xlab Title and axis label.
#' @param ... Unused.
#' @return Invisibly, a data frame with one row per bar: `label`,
#'   `estimate`, `lower`, `upper` (proportions) and `mid` (the bar's position
#'   on the vertical axis), with the attribute `"layout"` of the text drawn
#'   (see [plot.peer_table()]).
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
                                 sort = TRUE, labels = NULL, language = NULL,
                                 main = NULL, xlab = NULL, ...) {
  plot_tab_bars(x, ci, conf, method, sort, labels, language, main, xlab, ...)
}

#' @rdname plot-tabulation
#' @export
plot.peer_tab_multi <- function(x, ci = TRUE, conf = 0.95, method = "wilson",
                                sort = TRUE, labels = NULL, language = NULL,
                                main = NULL, xlab = NULL, ...) {
  plot_tab_bars(x, ci, conf, method, sort, labels, language, main, xlab, ...)
}

plot_tab_bars <- function(x, ci, conf, method, sort, labels, language, main, xlab, ...) {
  check_flag(ci)
  check_flag(sort)
  d <- tab_bar_data(x, conf, method, labels, language)
  xlab <- xlab %||% d$xlab
  if (!d$grouped) {
    drawn <- plot_hbars(d$data$label, d$data$estimate, d$data$lower, d$data$upper, ci = ci,
                        sort = sort, main = main, xlab = xlab, language = d$language)
    drawn$option <- d$data$option[match(drawn$label, d$data$label)]
    return(invisible(drawn))
  }
  drawn <- plot_hbars_grouped(d$mat("estimate"), d$mat("lower"), d$mat("upper"), ci = ci,
                              main = main, xlab = xlab)
  invisible(drawn)
}

# The bars of a single-choice or check-all tabulation: per option (and
# group) its label, share and interval; grouped tables also as matrices
tab_bar_data <- function(x, conf, method, labels, language) {
  language <- print_language(tab_info(x)$codebook, language)
  cnt <- tab_counts(x)
  info <- tab_info(x)
  if (is.null(cnt) || is.null(info))
    abort("`x` must be a table from tabulate_choice() or tabulate_multi()",
          "peersurvey_bad_argument")
  if (inherits(x, "peer_tab_multi")) {
    codes <- info$options
    n <- cnt$n
    base <- cnt$answered
    xlab <- plot_word("pct_respondents_answering", language)
  } else {
    codes <- info$levels
    k <- length(codes)
    n <- cnt[seq_len(k), , drop = FALSE]
    base <- colSums(n)
    xlab <- word("pct_answers", language)
  }
  lab <- if (is.null(labels)) tab_option_labels(info, codes, language)
         else plot_labels(codes, labels)
  n <- as.matrix(n)
  if (!any(base > 0, na.rm = TRUE))
    abort("the table has no answers to draw (no answer, or weights that are all zero)",
          c("peersurvey_no_answers", "peersurvey_bad_argument"))
  groups <- group_names(info$groups, info$by, language)
  est <- lapply(seq_len(ncol(n)), function(g)
    plot_ci(n[, g], rep(base[g], length(codes)), conf, method, isTRUE(info$weighted)))
  data <- do.call(rbind, lapply(seq_along(est), function(g)
    cbind(data.frame(option = codes, label = lab, group = if (is.null(groups)) NA_character_
                     else groups[g], n = n[, g], N = base[g], stringsAsFactors = FALSE),
          est[[g]])))
  mat <- function(col) matrix(vapply(est, `[[`, numeric(length(codes)), col),
                              ncol = length(est), dimnames = list(lab, groups))
  list(data = data, grouped = !is.null(groups), mat = mat, xlab = xlab, language = language)
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
#' @param language Language of the axis title. By default the codebook's
#'   language (the first language of its labels), as `print()` and
#'   [survey_tables()] take it; English for a table or a result without a
#'   codebook.
#' @param main,xlab Title and axis label.
#' @param legend Draw a legend of the levels under the plot.
#' @param hatch Hatch the disagreeing side (for grey-scale print).
#' @param ... Unused.
#' @return Invisibly, a data frame with one row per bar: `item`, `left`,
#'   `right` (percentages of the two sides) and `mid`.
#' @examples
#' lev <- c("disagree", "neutral", "agree")
#' x <- data.frame(a = factor(c("agree", "agree", "neutral", "disagree"), lev, ordered = TRUE),
#'                 b = factor(c("agree", "disagree", "disagree", NA), lev, ordered = TRUE))
#' plot(tabulate_likert(x), labels = c(a = "Item A", b = "Item B"))
#' @export
plot.peer_tab_likert <- function(x, labels = NULL, level_labels = NULL,
                                 language = NULL, main = NULL, xlab = NULL,
                                 legend = TRUE, hatch = TRUE, ...) {
  d <- likert_data(x, labels, level_labels, language)
  drawn <- plot_diverging(d$props, suffix = d$suffix, main = main,
                          xlab = xlab %||% word("pct_answers", d$language),
                          legend = legend, hatch = hatch)
  invisible(drawn)
}

# Shares of each level (columns, labelled) for each item and group (rows)
likert_data <- function(x, labels, level_labels, language) {
  language <- print_language(tab_info(x)$codebook, language)
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
  gl <- group_names(info$groups, info$by, language)
  suffix <- character()
  for (g in seq_len(G)) for (j in seq_along(items)) {
    cc <- cnt[seq_len(k), j, g]
    rows[[length(rows) + 1L]] <- if (sum(cc) > 0) cc / sum(cc) else rep(NA_real_, k)
    names_out <- c(names_out, if (is.null(gl)) item_lab[j]
                   else paste0(item_lab[j], " (", gl[g], ")"))
    suffix <- c(suffix, if (is.null(gl)) "" else paste0(" (", gl[g], ")"))
  }
  props <- matrix(unlist(rows), ncol = k, byrow = TRUE,
                  dimnames = list(names_out, lev_lab))
  list(props = props, language = language, suffix = suffix)
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
#' @param language Language of the rung names and axis titles. By default the
#'   codebook's language (the first language of its labels), as `print()` and
#'   [survey_tables()] take it; English for a table or a result without a
#'   codebook.
#' @param unit The units' name in the plural for the axis title (by default
#'   the codebook's unit when `x` came from a survey read with one, else
#'   "units").
#' @param main,xlab,ylab Title and axis labels.
#' @param ... Unused.
#' @return Invisibly, a data frame with one row per bar: `label`, `n`,
#'   `estimate` (share of the units shown) and `mid` (the bar's position on
#'   the horizontal axis).
#' @examples
#' cp <- code_coproduction(mhd_survey_2025[mhd_survey_2025$coproduction, ])
#' plot(cp, unit = "departments")
#' plot(cp, language = "it", unit = "dipartimenti")
#' @export
plot.peer_coproduction <- function(x, ci = TRUE, conf = 0.95, none = NULL,
                                   language = NULL, unit = NULL, main = NULL, xlab = NULL,
                                   ylab = NULL, ...) {
  check_flag(ci)
  d <- coproduction_data(x, conf, none, language, unit)
  s <- d$data
  drawn <- plot_vbars(s$label, s$n, main = main, xlab = xlab %||% d$xlab,
                      ylab = ylab %||% d$ylab,
                      ci = if (ci) data.frame(lower = s$lower, upper = s$upper))
  drawn$level <- s$level
  invisible(drawn)
}

# The levels reached, with counts, shares of the units shown and intervals
coproduction_data <- function(x, conf, none, language, unit) {
  language <- print_language(survey_codebook_of(x), language)
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
  cb <- survey_codebook_of(x)
  unit <- unit %||% if (is.null(cb)) word("units", language) else codebook_unit(cb, language)
  data <- data.frame(level = as.character(s$level),
                     label = vapply(as.character(s$level), word, "", language = language),
                     n = s$n, estimate = s$n / sum(s$n), lower = s$lower, upper = s$upper,
                     stringsAsFactors = FALSE, row.names = NULL)
  list(data = data, xlab = word("ladder", language),
       ylab = plot_word("pct_units", language, units = unit), language = language)
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
#' @param language Language of the labels and axis title. By default the
#'   codebook's language (the first language of its labels), as `print()` and
#'   [survey_tables()] take it; English for a table or a result without a
#'   codebook.
#' @param main,xlab Title and axis label.
#' @param ... Unused.
#' @return Invisibly, a data frame with one row per bar (see
#'   [plot.peer_tab_multi()]) and the `group`.
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#' plot(response_rates(survey_design(s, ex("services-frame.csv")), by = "region"))
#' @export
plot.peer_response <- function(x, ci = TRUE, labels = NULL, language = NULL,
                               main = NULL, xlab = NULL, ...) {
  check_flag(ci)
  d <- response_data(x, labels, language)
  g <- d$data
  drawn <- plot_hbars(g$label, g$estimate, g$lower, g$upper, ci = ci, sort = FALSE,
                      main = main, xlab = xlab %||% d$xlab, reference = d$reference,
                      reference_label = d$reference_label, language = d$language)
  drawn$group <- g$group[match(drawn$label, g$label)]
  invisible(drawn)
}

# Response by group, and the overall rate as the reference
response_data <- function(x, labels, language) {
  language <- print_language(survey_codebook_of(x), language)
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  all <- df[df$group == "All", , drop = FALSE]
  grp <- df[df$group != "All", , drop = FALSE]
  if (!nrow(grp)) {
    grp <- all
    grp$group <- plot_word("all_groups", language)
    lab <- grp$group
  } else {
    lab <- if (!is.null(labels)) plot_labels(grp$group, labels)
           else response_labels(x, grp$group, language)
  }
  data <- data.frame(group = grp$group, label = lab, n = grp$responded, N = grp$invited,
                     estimate = grp$rate, lower = grp$lower, upper = grp$upper,
                     stringsAsFactors = FALSE, row.names = NULL)
  list(data = data, reference = if (nrow(all)) all$rate[1L],
       reference_label = plot_word("all_groups", language),
       xlab = plot_word("response", language), language = language)
}

#' Plot a table of survey_tables() or paper_tables()
#'
#' Draws what a table shows, with the labels and language it was built
#' with: horizontal bars with confidence intervals for single-choice,
#' check-all-that-apply and coded free-text tables, in the table's order (the
#' rows shown apart, such as "don't know" and blanks, are not drawn; a
#' declared "None of these" option, coded `none`, is drawn last); a diverging
#' bar for a Likert item; a box of median, quartiles and range for a number,
#' on an axis running to the first round tick beyond each end; and the
#' layouts of the 2025 tables (response by area with the overall rate as a
#' labelled reference line, the impact items, the ladder).
#'
#' @param x A table (class `peer_table`), or a list of tables of
#'   [survey_tables()] (class `peer_tables`) holding one table.
#' @param ci Draw confidence intervals (where the table has them).
#' @param main Title; by default the table's caption (which, for a table
#'   of the synthetic [mhd_survey_2025], says that the figure is
#'   illustrative).
#' @param ... Passed to the Likert painter (`legend`, `hatch`).
#' @section Sizes:
#' Every figure of the package sets its text in points, whatever the device:
#' labels 10 points, tick and bar labels 9, the title 11 (bold), so that a
#' figure saved 17 cm wide (see [save_figure()]) prints no text below 9
#' points. Labels longer than about 40% of the device's width, and titles
#' wider than the device, are wrapped at spaces; margins are measured from
#' the text they hold, and the axis reaches far enough for the percentage
#' at the end of the longest bar. Legend keys are squares as tall as the
#' text.
#'
#' @return Invisibly, a data frame of what was drawn, one row per bar. Its
#'   attribute `"layout"` is a list: `text`, every piece of text drawn
#'   (`text`, its size in `points`, and its box `left`, `right`, `bottom`,
#'   `top` in inches from the lower left corner of the device); `keys`, the
#'   legend keys (`label`, `side` and the `text_height` of the label, in
#'   inches); `device`, the device's width and height in inches.
#' @examples
#' tabs <- survey_tables(mhd_survey_2025, items = c("ps_settings", "impact_recovery"))
#' plot(tabs$ps_settings)
#' plot(tabs$impact_recovery)
#' plot(paper_tables()$impact)
#' @export
plot.peer_table <- function(x, ci = TRUE, main = NULL, ...) {
  check_flag(ci)
  d <- table_plot_data(x)
  main <- figure_title(x, main, d$language)
  if (!nzchar(main)) main <- NULL
  drawn <- switch(d$type,
    bars = plot_hbars(d$data$label, d$data$estimate, d$data$lower, d$data$upper, ci = ci,
                      sort = FALSE, main = main, xlab = d$xlab, reference = d$reference,
                      reference_label = d$reference_label, language = d$language),
    diverging = plot_diverging(d$props, main = main, xlab = d$xlab, ...),
    box = plot_box(d$summary, main = main, xlab = d$xlab),
    vbars = plot_vbars(d$data$label, d$data$n, main = main, xlab = NULL, ylab = d$ylab,
                       ci = if (ci) d$data[, c("lower", "upper")]))
  invisible(drawn)
}

#' @rdname plot.peer_table
#' @export
plot.peer_tables <- function(x, ci = TRUE, main = NULL, ...) {
  plot.peer_table(one_table(x), ci = ci, main = main, ...)
}

# What a table's figure shows, from the table alone: its kind, values,
# labels and language. type "bars": one bar per option row (and a declared
# "none of these" option), in the order of the table, with a reference share
# for the response and presence layouts; "diverging": Likert shares;
# "box": a number's summary; "vbars": the ladder.
table_plot_data <- function(x) {
  kind <- table_kind(x)
  vals <- table_values(x)
  lang <- table_language(x)
  unit <- table_unit(x)
  if (is.null(vals) || !nrow(vals))
    abort("`x` must be a table from survey_tables() or paper_tables()",
          "peersurvey_bad_argument")
  xlab <- plot_word("pct_answering", lang, units = unit)
  out <- list(language = lang, xlab = xlab, kind = kind)
  bars <- function(label, v, reference = NULL, reference_label = NULL, xlab = out$xlab) {
    data <- data.frame(label = as.character(label), n = v$n, N = v$N, estimate = v$estimate,
                       lower = v$lower, upper = v$upper, stringsAsFactors = FALSE,
                       row.names = NULL)
    c(out[setdiff(names(out), "xlab")],
      list(type = "bars", data = data, reference = reference,
           reference_label = reference_label, xlab = xlab))
  }
  # a table nobody answered draws nothing (its cells show "-", not 0%)
  no_answers <- function()
    abort("the table has no answers to draw: nobody answered its item",
          c("peersurvey_no_answers", "peersurvey_bad_argument"))
  if (kind == "likert") {
    v <- vals[vals$row_type == "option", , drop = FALSE]
    if (!sum(v$n, na.rm = TRUE)) no_answers()
    props <- matrix(v$n / sum(v$n), nrow = 1L, dimnames = list("", v$label))
    return(c(out, list(type = "diverging", props = props)))
  }
  if (kind == "number") {
    return(c(out[c("language", "kind")],
             list(type = "box", summary = stats::setNames(vals$value, vals$option),
                  xlab = table_caption(x))))
  }
  if (kind %in% c("single", "multi", "text")) {
    # the options in the table's order (check-all: most chosen first, "other"
    # then a declared "none of these" option last), so figure and table agree
    keep <- vals$row_type == "option"
    if (kind == "multi") keep <- keep | (vals$row_type == "none" & !is.na(vals$N))
    v <- vals[keep, , drop = FALSE]
    if (!any(v$N > 0, na.rm = TRUE)) no_answers()
    # an uncoded free-text item: the share of all the units asked that wrote,
    # not of those "answering" (those that did not write are in the base)
    if (kind == "text" && identical(v$option, "wrote"))
      return(bars(v$label, v, xlab = plot_word("pct_units", lang, units = unit)))
    return(bars(v$label, v))
  }
  lab <- as.character(x[[1L]])
  # the layouts a specification (such as paper_tables()) asks for
  figure <- attr(x, "figure", exact = TRUE) %||% ""
  if (figure == "likert_items") {
    counts <- do.call(rbind, lapply(vals$counts, function(v) v / sum(v)))
    # the level labels are the table's columns after the item and its base
    levs <- names(x)[2L + seq_len(ncol(counts))]
    dimnames(counts) <- list(lab, levs)
    return(c(out, list(type = "diverging", props = counts)))
  }
  if (figure == "ladder") {
    data <- data.frame(label = lab, n = vals$n, N = vals$N, estimate = vals$estimate,
                       lower = vals$lower, upper = vals$upper, stringsAsFactors = FALSE)
    return(c(out, list(type = "vbars", data = data,
                       ylab = plot_word("pct_units", lang, units = unit))))
  }
  if (figure %in% c("response", "presence")) {
    response <- figure == "response"
    total <- if (response) nrow(vals) else 1L
    keep <- setdiff(seq_len(nrow(vals)), total)
    return(bars(lab[keep], vals[keep, , drop = FALSE], reference = vals$estimate[total],
                reference_label = lab[total],
                xlab = if (response) plot_word("response", lang) else xlab))
  }
  bars(lab, vals)
}
