# Figures at the sizes journals ask for.  One interface for both kinds of
# figure: a ggplot object is printed, a base-graphics figure is given as a
# function that draws it, because a base figure cannot be redrawn at
# another size once drawn (its margins are measured from the device).

#' Save a figure at a journal's size
#'
#' Draws a figure into a PDF, PNG or TIFF file of a given width (17 cm, a
#' full page width, by default) and resolution. The kind of file follows
#' the extension of `path`: `.pdf` (vector; `dpi` is unused), `.png`,
#' `.tif`/`.tiff` (compressed with LZW, as journals ask).
#'
#' The figures of the package set their text in points (at least 9), so
#' they keep their sizes at any width: at 17 cm and 300 dpi a 9-point label
#' is 9 points in print.
#'
#' @param plot A ggplot object (from [autoplot()][autoplot.peer_table] or
#'   ggplot2 itself), or a function of no arguments that draws a base
#'   graphics figure, such as `function() plot(tab)`.
#' @param path File to write, ending in `.pdf`, `.png`, `.tif` or `.tiff`.
#' @param width,height Size of the figure; `height` by default 0.62 times
#'   the width (a ratio close to the golden one). Each at most 200 inches
#'   (508 cm), the largest page of a PDF.
#' @param units Units of `width` and `height`: `"cm"`, `"mm"` or `"in"`.
#' @param dpi Resolution of PNG and TIFF files, in dots per inch.
#' @param pointsize Text size of the device in points (the package's
#'   figures set their own sizes in points and do not depend on it).
#' @return `path`, invisibly.
#' @examples
#' tab <- paper_tables()$settings
#' f <- save_figure(function() plot(tab), tempfile(fileext = ".tiff"))
#' file.size(f)
#' save_figure(function() plot(tab), tempfile(fileext = ".pdf"), width = 8.5)
#' if (requireNamespace("ggplot2", quietly = TRUE)) {
#'   save_figure(ggplot2::autoplot(tab), tempfile(fileext = ".png"), dpi = 150)
#' }
#' @export
save_figure <- function(plot, path, width = 17, height = NULL, units = "cm", dpi = 300,
                        pointsize = 12) {
  is_gg <- inherits(plot, "ggplot")
  if (!is_gg && !is.function(plot))
    abort(sprintf(paste("`plot` must be a ggplot object or a function that draws the figure,",
                        "such as function() plot(x), not %s"), class(plot)[1L]),
          "peersurvey_bad_argument")
  if (!is.character(path) || length(path) != 1L || is.na(path) || !nzchar(path))
    abort(sprintf("`path` must be a single file path, not %s", show_values(path, 1L)),
          "peersurvey_bad_argument")
  ext <- tolower(path_ext(path))
  if (!ext %in% c("pdf", "png", "tif", "tiff"))
    abort(sprintf("`path` must end in .pdf, .png, .tif or .tiff, not %s", show_values(path)),
          "peersurvey_bad_argument")
  if (!dir.exists(dirname(path)))
    abort(sprintf("`path` is in a folder that does not exist: %s",
                  show_values(dirname(path))), "peersurvey_bad_argument")
  units <- figure_units(units)
  per_inch <- c(cm = 2.54, mm = 25.4, "in" = 1)[[units]]
  # (at most 200 inches: the largest page of a PDF)
  check_number(width, "width", lower = 0, upper = 200 * per_inch)
  if (width <= 0) abort(sprintf("`width` must be positive, not %s", format(width)),
                        "peersurvey_bad_argument")
  if (!is.null(height)) {
    check_number(height, "height", lower = 0, upper = 200 * per_inch)
    if (height <= 0) abort(sprintf("`height` must be positive, not %s", format(height)),
                           "peersurvey_bad_argument")
  }
  check_number(dpi, "dpi", lower = 72, upper = 2400)
  check_number(pointsize, "pointsize", lower = 6, upper = 24)
  w <- width / per_inch
  h <- (height %||% (0.62 * width)) / per_inch
  if (is_gg) need_package("ggplot2", "Saving a ggplot figure")
  figure_open(path, ext, w, h, dpi, pointsize)
  dev <- grDevices::dev.cur()
  on.exit(if (dev %in% grDevices::dev.list()) grDevices::dev.off(dev), add = TRUE)
  if (is_gg) print(plot) else plot()
  invisible(path)
}

figure_units <- function(units) {
  ok <- c("cm", "mm", "in")
  if (!is.character(units) || length(units) != 1L || !units %in% ok)
    abort(sprintf("`units` must be one of %s, not %s", show_values(ok),
                  show_values(units, 1L)), "peersurvey_bad_argument")
  units
}

# Opens the device of a file kind at a size in inches
figure_open <- function(path, ext, w, h, dpi, pointsize) {
  switch(ext,
         # Cairo's PDF device embeds the fonts and writes any character
         # (dashes, accents); the plain device is the fallback
         pdf = if (capabilities("cairo")) grDevices::cairo_pdf(path, width = w, height = h,
                                                               pointsize = pointsize)
               else grDevices::pdf(path, width = w, height = h, pointsize = pointsize,
                                   encoding = "CP1252", useDingbats = FALSE),
         # pixels rounded to the nearest, not truncated as the devices do
         png = grDevices::png(path, width = round(w * dpi), height = round(h * dpi),
                              units = "px", res = dpi, pointsize = pointsize),
         tif = , tiff = grDevices::tiff(path, width = round(w * dpi),
                                        height = round(h * dpi), units = "px", res = dpi,
                                        pointsize = pointsize, compression = "lzw"))
  invisible()
}
