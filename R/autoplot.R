# Figures with ggplot2.  The methods are registered for ggplot2::autoplot()
# when the package loads (see zzz.R), so ggplot2 stays a suggested
# package.  They draw from the same prepared data as the base-graphics
# methods of plot.R, so that both show the same bars in the same order.

# aes() refers to columns of the data frames built below
utils::globalVariables(c("pct", "lo", "hi", "end", "text", "label_f", "group", "level",
                         "xmin", "xmax", "ymin", "ymax", "y", "n_text", "q0", "q1", "q2",
                         "q3", "q4", "x"))

# Okabe and Ito's palette for colour-blind readers (black left out):
# blue first, for single-colour bars
okabe_ito <- c("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
               "#F0E442", "#999999")

# A diverging scale readable by colour-blind readers (ColorBrewer's PuOr,
# orange for the low end, purple for the high end), k levels
likert_colours <- function(k) {
  grDevices::colorRampPalette(c("#E66101", "#FDB863", "#F7F7F7", "#B2ABD2", "#5E3C99"))(k)
}

group_colours <- function(G, grey) {
  if (grey) return(grDevices::grey(seq(0.25, 0.8, length.out = G)))
  rep_len(okabe_ito, G)
}

# Text sizes in points, as in the base figures; geom_text() takes mm
gg_pt <- function(pt) pt / ggplot2::.pt

gg_theme <- function() {
  ggplot2::theme_minimal(base_size = 10) +
    ggplot2::theme(axis.text = ggplot2::element_text(size = 9, colour = "grey10"),
                   axis.title = ggplot2::element_text(size = 10),
                   legend.text = ggplot2::element_text(size = 9),
                   legend.title = ggplot2::element_blank(),
                   legend.position = "bottom",
                   plot.title = ggplot2::element_text(size = 11, face = "bold"),
                   plot.title.position = "plot",
                   panel.grid.minor = ggplot2::element_blank())
}

# Labels wrapped at about `width` characters, for axes that ggplot2 lays
# out itself
wrap_chars <- function(x, width = 32L) {
  vapply(as.character(x), function(l) paste(strwrap(l, width), collapse = "\n"), "",
         USE.NAMES = FALSE)
}

gg_title <- function(main) {
  if (is.null(main) || is.na(main) || !nzchar(main)) NULL else wrap_chars(main, 70L)
}

# Horizontal bars with intervals and the percentage at the bar end; the
# first row of `data` at the top. With `group`: bars side by side, filled
# by group.
gg_hbars <- function(data, ci = TRUE, xlab = NULL, main = NULL, reference = NULL,
                     reference_label = NULL, language = "en", grey = FALSE) {
  grouped <- !is.null(data$group) && !all(is.na(data$group))
  data$pct <- 100 * data$estimate
  data$lo <- 100 * data$lower
  data$hi <- 100 * data$upper
  has_ci <- ci && any(!is.na(data$lo))
  data$end <- if (has_ci) pmax(data$pct, data$hi, na.rm = TRUE) else data$pct
  data$text <- pct_label(data$pct, language)
  wrapped <- wrap_chars(data$label)
  data$label_f <- factor(wrapped, levels = rev(unique(wrapped)))
  top <- max(c(data$end, if (!is.null(reference)) 100 * reference, 10), na.rm = TRUE)
  # room at the right for the label at the end of the longest bar
  xmax <- top * 1.15
  breaks <- pretty(c(0, min(100, top)))
  breaks <- breaks[breaks <= 100]
  dodge <- ggplot2::position_dodge(width = 0.8)
  if (grouped) {
    data$group <- factor(data$group, levels = unique(data$group))
    p <- ggplot2::ggplot(data, ggplot2::aes(x = pct, y = label_f, fill = group)) +
      ggplot2::geom_col(position = dodge, width = 0.75) +
      ggplot2::scale_fill_manual(values = group_colours(nlevels(data$group), grey),
                                 breaks = levels(data$group))
  } else {
    p <- ggplot2::ggplot(data, ggplot2::aes(x = pct, y = label_f)) +
      ggplot2::geom_col(fill = if (grey) "grey55" else okabe_ito[1L], width = 0.7)
  }
  if (has_ci)
    p <- p + ggplot2::geom_errorbarh(ggplot2::aes(xmin = lo, xmax = hi),
                                     height = if (grouped) 0.2 else 0.25, na.rm = TRUE,
                                     position = if (grouped) dodge else "identity")
  p <- p + ggplot2::geom_text(ggplot2::aes(x = end, label = text), hjust = -0.15,
                              size = gg_pt(9), na.rm = TRUE,
                              position = if (grouped) dodge else "identity")
  y_expand <- ggplot2::expansion(add = c(0.6, if (!is.null(reference)) 1.1 else 0.6))
  if (!is.null(reference)) {
    ref_text <- sprintf("%s: %s", reference_label %||% "", pct_label(100 * reference, language))
    p <- p + ggplot2::geom_vline(xintercept = 100 * reference, linetype = 2,
                                 colour = "grey20") +
      ggplot2::annotate("text", x = 100 * reference, y = Inf, label = ref_text,
                        vjust = 1.3, hjust = if (reference > 0.6) 1.05 else -0.05,
                        size = gg_pt(9))
  }
  p + ggplot2::scale_x_continuous(limits = c(0, xmax), breaks = breaks,
                                  labels = paste0(breaks, "%"),
                                  expand = ggplot2::expansion(mult = c(0, 0.01))) +
    ggplot2::scale_y_discrete(expand = y_expand) +
    ggplot2::labs(x = xlab, y = NULL, title = gg_title(main)) +
    gg_theme() +
    ggplot2::theme(panel.grid.major.y = ggplot2::element_blank())
}

# Diverging stacked bars of a matrix of shares (items x ordered levels)
gg_diverging <- function(props, xlab = NULL, main = NULL, grey = FALSE) {
  k <- ncol(props)
  n <- nrow(props)
  levs <- colnames(props)
  sides <- likert_sides(props)
  neg <- sides$neg
  mid_level <- sides$mid
  pos <- sides$pos
  pc <- sides$pc
  rects <- list()
  for (i in seq_len(n)) {
    start <- if (length(mid_level)) -pc[i, mid_level] / 2 else 0
    x0 <- numeric(k)
    x1 <- numeric(k)
    if (length(mid_level)) {
      x0[mid_level] <- start
      x1[mid_level] <- -start
    }
    at <- start
    for (j in rev(neg)) {
      x1[j] <- at
      x0[j] <- at - pc[i, j]
      at <- x0[j]
    }
    at <- -start
    for (j in pos) {
      x0[j] <- at
      x1[j] <- at + pc[i, j]
      at <- x1[j]
    }
    rects[[i]] <- data.frame(item = i, y = n - i + 1, level = levs, xmin = x0, xmax = x1,
                             stringsAsFactors = FALSE)
  }
  d <- do.call(rbind, rects)
  d$level <- factor(d$level, levels = levs)
  lim <- max(c(abs(d$xmin), abs(d$xmax), 10))
  lim <- min(100, ceiling(lim / 10) * 10)
  breaks <- pretty(c(-lim, lim))
  breaks <- breaks[abs(breaks) <= lim]
  items <- rownames(props)
  fill <- if (grey) likert_greys(k) else likert_colours(k)
  ggplot2::ggplot(d) +
    ggplot2::geom_rect(ggplot2::aes(xmin = xmin, xmax = xmax, ymin = y - 0.35,
                                    ymax = y + 0.35, fill = level),
                       colour = "grey25", linewidth = 0.2) +
    ggplot2::geom_vline(xintercept = 0, colour = "black") +
    ggplot2::scale_fill_manual(values = stats::setNames(fill, levs), breaks = levs,
                               drop = FALSE) +
    ggplot2::scale_x_continuous(limits = c(-lim, lim), breaks = breaks,
                                labels = paste0(abs(breaks), "%")) +
    ggplot2::scale_y_continuous(breaks = rev(seq_len(n)), labels = wrap_chars(items),
                                expand = ggplot2::expansion(add = 0.2)) +
    # long level names in two columns, so that the legend stays on the page
    ggplot2::guides(fill = ggplot2::guide_legend(
      ncol = if (sum(nchar(levs)) + 6L * k > 75L) 2L else if (k > 4L) ceiling(k / 2) else k,
      byrow = TRUE)) +
    ggplot2::labs(x = xlab, y = NULL, title = gg_title(main)) +
    gg_theme() +
    ggplot2::theme(panel.grid.major.y = ggplot2::element_blank())
}

# Vertical bars of a distribution, counts above the bars
gg_vbars <- function(data, ci = TRUE, xlab = NULL, ylab = NULL, main = NULL, grey = FALSE) {
  data$pct <- 100 * data$estimate
  data$lo <- 100 * data$lower
  data$hi <- 100 * data$upper
  has_ci <- ci && any(!is.na(data$lo))
  data$end <- if (has_ci) pmax(data$pct, data$hi, na.rm = TRUE) else data$pct
  data$n_text <- sprintf("%d", as.integer(round(data$n)))
  wrapped <- wrap_chars(data$label, 14L)
  data$label_f <- factor(wrapped, levels = unique(wrapped))
  top <- min(100, max(c(data$end, 10), na.rm = TRUE)) * 1.12
  p <- ggplot2::ggplot(data, ggplot2::aes(x = label_f, y = pct)) +
    ggplot2::geom_col(fill = if (grey) "grey55" else okabe_ito[1L], width = 0.7)
  if (has_ci)
    p <- p + ggplot2::geom_errorbar(ggplot2::aes(ymin = lo, ymax = hi), width = 0.2,
                                    na.rm = TRUE)
  breaks <- pretty(c(0, min(100, top)))
  breaks <- breaks[breaks <= 100]
  p + ggplot2::geom_text(ggplot2::aes(y = end, label = n_text), vjust = -0.5,
                         size = gg_pt(9)) +
    ggplot2::scale_y_continuous(limits = c(0, top), breaks = breaks,
                                labels = paste0(breaks, "%"),
                                expand = ggplot2::expansion(mult = c(0, 0.02))) +
    ggplot2::labs(x = xlab, y = ylab, title = gg_title(main)) +
    gg_theme() +
    ggplot2::theme(panel.grid.major.x = ggplot2::element_blank())
}

# A number's summary: box from the quartiles, whiskers to the range
gg_box <- function(v, xlab = NULL, main = NULL, grey = FALSE) {
  if (is.na(v[["min"]]) || is.na(v[["max"]]))
    abort("the table has no answered number to draw",
          c("peersurvey_no_answers", "peersurvey_bad_argument"))
  d <- data.frame(x = "", q0 = v[["min"]], q1 = v[["q1"]], q2 = v[["median"]],
                  q3 = v[["q3"]], q4 = v[["max"]])
  ticks <- box_ticks(v[["min"]], v[["max"]])
  ggplot2::ggplot(d, ggplot2::aes(x = x)) +
    ggplot2::geom_boxplot(ggplot2::aes(ymin = q0, lower = q1, middle = q2, upper = q3,
                                       ymax = q4), stat = "identity", width = 0.4,
                          fill = if (grey) "grey75" else okabe_ito[5L]) +
    # the same ticks as plot(): the axis runs to a tick beyond each end
    ggplot2::scale_y_continuous(breaks = ticks, limits = range(ticks)) +
    ggplot2::coord_flip() +
    ggplot2::labs(x = NULL, y = xlab, title = gg_title(main)) +
    gg_theme()
}

#' Figures with ggplot2
#'
#' When ggplot2 is installed, `ggplot2::autoplot()` draws every result
#' that has a [plot()] method as a ggplot object, which can be themed,
#' combined and saved like any other (see [save_figure()]): horizontal bars
#' with confidence intervals and the percentage at the end of each bar
#' (single choice, check all that apply, coded free text, the 2025 layouts),
#' diverging stacked bars for Likert items, vertical bars for the
#' co-production ladder, a box for a number, and response by group with the
#' overall rate as a labelled reference line. Bars and labels come from the
#' table (the codebook's labels, in the table's language), as in [plot()].
#'
#' Colours are safe for colour-blind readers: Okabe and Ito's palette for
#' bars and groups, a purple-orange diverging scale for Likert levels;
#' `grey = TRUE` draws in shades of grey for print. Text is at least 9
#' points.
#'
#' @param object A table of [survey_tables()] or [paper_tables()] (a list
#'   of tables holding one table is drawn as that table), a tabulation of [tabulate_choice()], [tabulate_multi()] or
#'   [tabulate_likert()], a result of [code_coproduction()] or of
#'   [response_rates()].
#' @param ci Draw confidence intervals (where there are some).
#' @param grey Grey scale instead of colours.
#' @param main Title; by default the table's caption (tables), none
#'   otherwise.
#' @param conf,method,sort,labels,language,xlab,level_labels,none,unit As
#'   for [plot()] of the same result (see [plot.peer_tab_multi()],
#'   [plot.peer_tab_likert()], [plot.peer_coproduction()],
#'   [plot.peer_response()]).
#' @param ... Unused.
#' @return A ggplot object.
#' @examples
#' if (requireNamespace("ggplot2", quietly = TRUE)) {
#'   tabs <- paper_tables()
#'   ggplot2::autoplot(tabs$barriers)
#'   ggplot2::autoplot(tabs$impact, grey = TRUE)
#'   ex <- function(f) system.file("extdata", f, package = "peersurvey")
#'   s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#'   ggplot2::autoplot(response_rates(survey_design(s, ex("services-frame.csv")),
#'                                    by = "region"))
#' }
#' @name autoplot.peer_table
NULL

#' @rdname autoplot.peer_table
autoplot.peer_tables <- function(object, ci = TRUE, grey = FALSE, main = NULL, ...) {
  autoplot.peer_table(one_table(object, "object"), ci = ci, grey = grey, main = main, ...)
}

#' @rdname autoplot.peer_table
autoplot.peer_table <- function(object, ci = TRUE, grey = FALSE, main = NULL, ...) {
  need_package("ggplot2", "`autoplot()`")
  check_flag(ci)
  check_flag(grey)
  d <- table_plot_data(object)
  main <- figure_title(object, main, d$language)
  switch(d$type,
    bars = gg_hbars(d$data, ci = ci, xlab = d$xlab, main = main, reference = d$reference,
                    reference_label = d$reference_label, language = d$language, grey = grey),
    diverging = gg_diverging(d$props, xlab = d$xlab, main = main, grey = grey),
    box = gg_box(d$summary, xlab = d$xlab, main = main, grey = grey),
    vbars = gg_vbars(d$data, ci = ci, ylab = d$ylab, main = main, grey = grey))
}

#' @rdname plot.peer_estimate
autoplot.peer_estimate <- function(object, ci = TRUE, main = NULL, language = NULL,
                                   grey = FALSE, ...) {
  need_package("ggplot2", "`autoplot()`")
  check_flag(ci)
  check_flag(grey)
  d <- estimate_bar_data(object, language)
  b <- d$data[!is.na(d$data$estimate), , drop = FALSE]   # (a group with no estimate)
  if (!d$grouped) b$group <- NULL
  gg_hbars(b, ci = ci, xlab = d$xlab, main = main %||% d$main, language = d$language,
           grey = grey)
}

#' @rdname autoplot.peer_table
autoplot.peer_tab_choice <- function(object, ci = TRUE, conf = 0.95, method = "wilson",
                                     sort = TRUE, labels = NULL, language = NULL,
                                     grey = FALSE, main = NULL, xlab = NULL, ...) {
  autoplot_tab_bars(object, ci, conf, method, sort, labels, language, grey, main, xlab)
}

#' @rdname autoplot.peer_table
autoplot.peer_tab_multi <- function(object, ci = TRUE, conf = 0.95, method = "wilson",
                                    sort = TRUE, labels = NULL, language = NULL,
                                    grey = FALSE, main = NULL, xlab = NULL, ...) {
  autoplot_tab_bars(object, ci, conf, method, sort, labels, language, grey, main, xlab)
}

autoplot_tab_bars <- function(x, ci, conf, method, sort, labels, language, grey, main, xlab) {
  need_package("ggplot2", "`autoplot()`")
  check_flag(ci)
  check_flag(sort)
  check_flag(grey)
  d <- tab_bar_data(x, conf, method, labels, language)
  data <- d$data
  if (sort && !d$grouped)
    data <- data[order(-data$estimate, data$label), , drop = FALSE]
  if (!d$grouped) data$group <- NULL
  gg_hbars(data, ci = ci, xlab = xlab %||% d$xlab, main = main, language = d$language,
           grey = grey)
}

#' @rdname autoplot.peer_table
autoplot.peer_tab_likert <- function(object, labels = NULL, level_labels = NULL,
                                     language = NULL, grey = FALSE, main = NULL,
                                     xlab = NULL, ...) {
  need_package("ggplot2", "`autoplot()`")
  check_flag(grey)
  d <- likert_data(object, labels, level_labels, language)
  gg_diverging(d$props, xlab = xlab %||% word("pct_answers", d$language), main = main,
               grey = grey)
}

#' @rdname autoplot.peer_table
autoplot.peer_coproduction <- function(object, ci = TRUE, conf = 0.95, none = NULL,
                                       language = NULL, unit = NULL, grey = FALSE,
                                       main = NULL, xlab = NULL, ...) {
  need_package("ggplot2", "`autoplot()`")
  check_flag(ci)
  check_flag(grey)
  d <- coproduction_data(object, conf, none, language, unit)
  gg_vbars(d$data, ci = ci, xlab = xlab %||% d$xlab, ylab = d$ylab, main = main, grey = grey)
}

#' @rdname autoplot.peer_table
autoplot.peer_response <- function(object, ci = TRUE, labels = NULL, language = NULL,
                                   grey = FALSE, main = NULL, xlab = NULL, ...) {
  need_package("ggplot2", "`autoplot()`")
  check_flag(ci)
  check_flag(grey)
  d <- response_data(object, labels, language)
  # one bar a group, named on its axis by its label, as plot() draws it: no
  # fill by group, whose legend would name the groups again by their codes
  d$data$group <- NULL
  gg_hbars(d$data, ci = ci, xlab = xlab %||% d$xlab, main = main, reference = d$reference,
           reference_label = d$reference_label, language = d$language, grey = grey)
}
