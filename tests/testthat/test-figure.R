# save_figure(): the files are read back byte by byte (PNG and TIFF
# headers, the PDF page box) and their sizes compared with the size asked.

# Width and height in pixels of a PNG, from its IHDR chunk
png_size <- function(path) {
  con <- file(path, "rb")
  on.exit(close(con))
  head <- readBin(con, "raw", 24L)
  expect_identical(head[1:8], as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)))
  c(readBin(head[17:20], "integer", size = 4L, endian = "big"),
    readBin(head[21:24], "integer", size = 4L, endian = "big"))
}

# The tags of the first image of a TIFF file: tag -> first value
tiff_tags <- function(path) {
  bytes <- readBin(path, "raw", file.size(path))
  endian <- if (identical(bytes[1:2], charToRaw("II"))) "little" else "big"
  u16 <- function(at) readBin(bytes[at + 1:2], "integer", size = 2L, signed = FALSE,
                              endian = endian)
  u32 <- function(at) readBin(bytes[at + 1:4], "integer", size = 4L, endian = endian)
  expect_identical(u16(2L), 42L)
  ifd <- u32(4L)
  n <- u16(ifd)
  tags <- list()
  for (i in seq_len(n)) {
    at <- ifd + 2L + (i - 1L) * 12L
    type <- u16(at + 2L)
    value <- if (type == 3L) u16(at + 8L) else u32(at + 8L)
    tags[[as.character(u16(at))]] <- value
  }
  tags
}

test_that("save_figure() writes a PNG of the width and resolution asked", {
  x <- paper_tables()$settings
  f <- save_figure(function() plot(x), tempfile(fileext = ".png"))
  expect_identical(png_size(f), as.integer(round(c(17, 0.62 * 17) / 2.54 * 300)))
  f <- save_figure(function() plot(x), tempfile(fileext = ".png"), width = 85, height = 60,
                   units = "mm", dpi = 150)
  expect_identical(png_size(f), as.integer(round(c(85, 60) / 25.4 * 150)))
})

test_that("save_figure() writes a TIFF compressed with LZW", {
  x <- paper_tables()$ladder
  f <- save_figure(function() plot(x), tempfile(fileext = ".tiff"), width = 17, height = 10)
  tags <- tiff_tags(f)
  expect_identical(tags[["259"]], 5L)                 # Compression: LZW
  expect_identical(tags[["256"]], as.integer(round(17 / 2.54 * 300)))  # ImageWidth
  expect_identical(tags[["257"]], as.integer(round(10 / 2.54 * 300)))  # ImageLength
})

test_that("save_figure() writes a PDF page of the size asked", {
  x <- paper_tables(language = "it")$impact
  f <- save_figure(function() plot(x), tempfile(fileext = ".pdf"), width = 17, height = 11)
  bytes <- readBin(f, "raw", file.size(f))
  expect_identical(rawToChar(bytes[1:4]), "%PDF")
  box <- rawToChar(grepRaw("/MediaBox *\\[[^]]*\\]", bytes, value = TRUE))
  nums <- as.numeric(strsplit(trimws(gsub("[^0-9. ]", " ", box)), " +")[[1L]])
  expect_equal(nums[3:4], c(17, 11) / 2.54 * 72, tolerance = 0.01)
})

test_that("save_figure() saves ggplot figures", {
  skip_if_not_installed("ggplot2")
  p <- ggplot2::autoplot(paper_tables()$barriers)
  f <- save_figure(p, tempfile(fileext = ".png"), dpi = 100)
  expect_identical(png_size(f), as.integer(round(c(17, 0.62 * 17) / 2.54 * 100)))
  f <- save_figure(p, tempfile(fileext = ".tif"), dpi = 100)
  expect_identical(tiff_tags(f)[["259"]], 5L)
})

test_that("save_figure() names what is wrong and leaves no device open", {
  n_dev <- length(grDevices::dev.list())
  x <- paper_tables()$ladder
  expect_error(save_figure(x, tempfile(fileext = ".png")), "plot",
               class = "peersurvey_bad_argument")
  expect_error(save_figure(function() plot(x), tempfile(fileext = ".jpg")), "path",
               class = "peersurvey_bad_argument")
  expect_error(save_figure(function() plot(x), tempfile(fileext = ".png"), units = "pt"),
               "units", class = "peersurvey_bad_argument")
  expect_error(save_figure(function() plot(x), tempfile(fileext = ".png"), width = -1),
               "width", class = "peersurvey_bad_argument")
  expect_error(save_figure(function() plot(x), tempfile(fileext = ".png"), dpi = 10),
               "dpi", class = "peersurvey_bad_argument")
  expect_error(save_figure(function() stop("drawing failed"), tempfile(fileext = ".png")),
               "drawing failed")
  expect_identical(length(grDevices::dev.list()), n_dev)
})

test_that("save_figure() refuses a size no page can have, naming the argument", {
  f <- tempfile(fileext = ".png")
  on.exit(unlink(f))
  draw <- function() plot(1:3)
  expect_error(save_figure(draw, f, width = Inf), "`width` must be a single number between 0 and 508",
               class = "peersurvey_bad_argument")
  expect_error(save_figure(draw, f, width = 10, height = 1e10), "`height` must be a single number",
               class = "peersurvey_bad_argument")
  expect_error(save_figure(draw, f, width = 201, units = "in"), "between 0 and 200",
               class = "peersurvey_bad_argument")
  expect_false(file.exists(f))
})
