# autoplot(): every method builds (ggplot2::ggplot_build()), draws one bar
# per category with the share counted here in base R, and labels the bars
# as the codebook file does.

skip_if_not_installed("ggplot2")

built <- function(p) {
  expect_s3_class(p, "ggplot")
  ggplot2::ggplot_build(p)
}

# The labels of the discrete y axis (bars), top to bottom, unwrapped
y_labels <- function(b) {
  lab <- b$layout$panel_params[[1L]]$y$get_labels()
  rev(gsub("\n", " ", lab, fixed = TRUE))
}

test_that("autoplot() of every table of the services survey builds, one bar per answer", {
  d <- services_design()
  s <- d$survey
  cb <- services_codebook_csv()
  tabs <- survey_tables(d)
  for (nm in names(tabs)) {
    x <- tabs[[nm]]
    p <- ggplot2::autoplot(x)
    b <- built(p)
    v <- table_values(x)
    opts <- v[v$row_type == "option", , drop = FALSE]
    type <- cb$type[cb$item == nm][1L]
    if (type == "number") {
      expect_identical(nrow(b$data[[1L]]), 1L, label = nm)
      w <- s[[nm]][!is.na(s[[nm]])]
      expect_equal(b$data[[1L]]$middle, stats::median(w), label = nm)
      next
    }
    expect_identical(nrow(b$data[[1L]]), nrow(opts), label = nm)
    if (type == "likert") next
    # bar lengths: per cent of those who answered, counted here
    lab <- y_labels(b)
    if (type == "single") {
      ans <- s[[nm]]
      if (is.logical(ans)) ans <- ifelse(ans, "yes", "no")
      k <- table(factor(as.character(ans), levels = cb$option[cb$item == nm]))
      k <- k[names(k) %in% opts$option]
      expect_identical(lab, cb$label_en[cb$item == nm][match(names(k), cb$option[cb$item == nm])],
                       label = nm)
      pct <- b$data[[1L]]$x[order(-b$data[[1L]]$y)]
      expect_equal(pct, 100 * as.vector(k) / sum(k), label = nm)
    }
    if (type == "multi") {
      cols <- paste0(nm, "_", cb$option[cb$item == nm])
      m <- as.matrix(as.data.frame(s)[, cols])
      answered <- rowSums(!is.na(m)) > 0
      k <- colSums(matrix(m[answered, ] %in% TRUE, ncol = ncol(m)))
      names(k) <- cb$label_en[cb$item == nm]
      ord <- order(-k, seq_along(k))
      expect_identical(lab, names(k)[ord], label = nm)
      pct <- b$data[[1L]]$x[order(-b$data[[1L]]$y)]
      expect_equal(pct, 100 * unname(k[ord]) / sum(answered), label = nm)
    }
  }
})

test_that("autoplot() of a Likert table draws one segment per level, legend from the codebook", {
  d <- services_design()
  cb <- services_codebook_csv()
  x <- survey_tables(d, items = "satisfaction")$satisfaction
  b <- built(ggplot2::autoplot(x))
  levs <- cb$label_en[cb$item == "satisfaction" & cb$missing == "FALSE"]
  expect_identical(nrow(b$data[[1L]]), length(levs))
  expect_identical(b$plot$scales$get_scales("fill")$get_labels(), levs)
  # the segments add up to the whole bar: agree side minus disagree side is 100%
  w <- b$data[[1L]]$xmax - b$data[[1L]]$xmin
  expect_equal(sum(w), 100)
  k <- table(d$survey$satisfaction)
  expect_equal(w, 100 * as.vector(k[cb$option[cb$item == "satisfaction" &
                                                 cb$missing == "FALSE"]]) / sum(k))
  # colours for colour-blind readers by default, grey on request
  fills <- unique(b$data[[1L]]$fill)
  grey <- unique(built(ggplot2::autoplot(x, grey = TRUE))$data[[1L]]$fill)
  is_grey <- function(col) {
    rgb <- grDevices::col2rgb(col)
    apply(rgb, 2L, function(v) length(unique(v)) == 1L)
  }
  expect_false(all(is_grey(fills)))
  expect_true(all(is_grey(grey)))
})

test_that("autoplot() of every table of paper_tables() builds, one bar per row", {
  for (lang in c("en", "it")) {
    tabs <- paper_tables(language = lang)
    for (nm in names(tabs)) {
      x <- tabs[[nm]]
      b <- built(ggplot2::autoplot(x))
      total <- if (nm %in% c("response", "response_region", "peer_support", "coproduction"))
        1L else 0L
      bars <- if (nm == "impact") nrow(x) * 5L else nrow(x) - total
      expect_identical(nrow(b$data[[1L]]), bars, label = nm)
    }
  }
  # response by macro-area: bars are the frame's response, the reference
  # line the overall rate, labelled in the figure
  tabs <- paper_tables()
  b <- built(ggplot2::autoplot(tabs$response))
  resp <- mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id
  rate <- tapply(resp, mhd_frame$macro_area, mean)
  expect_equal(b$data[[1L]]$x[order(-b$data[[1L]]$y)], 100 * as.vector(rate))
  vline <- vapply(b$data, function(l) "xintercept" %in% names(l), NA)
  expect_equal(b$data[[which(vline)]]$xintercept, 100 * mean(resp))
  texts <- unlist(lapply(b$data, function(l) if ("label" %in% names(l)) l$label))
  expect_true(any(grepl(sprintf("%.0f%%", 100 * mean(resp)), texts, fixed = TRUE)))
})

test_that("autoplot() of tabulations, the ladder and response rates", {
  s <- mhd_survey_2025
  cols <- grep("^barriers_(?!text$)", names(s), value = TRUE, perl = TRUE)
  b <- built(ggplot2::autoplot(tabulate_multi(s[, cols])))
  expect_identical(nrow(b$data[[1L]]), length(cols))
  expect_equal(sort(b$data[[1L]]$x, decreasing = TRUE),
               100 * unname(sort(colSums(as.data.frame(s)[, cols]), decreasing = TRUE)) /
                 nrow(s))
  # labels in the codebook's language by default (Italian first), as print()
  cb <- survey_codebook()
  opt <- cb[cb$item == "barriers", ]
  is_opt <- paste0("barriers_", opt$option) %in% cols
  expect_setequal(y_labels(b), opt$label_it[is_opt])
  en <- built(ggplot2::autoplot(tabulate_multi(s[, cols]), language = "en"))
  expect_setequal(y_labels(en), opt$label_en[is_opt])
  grouped <- built(ggplot2::autoplot(tabulate_multi(s[, cols], by = s$area3)))
  expect_identical(nrow(grouped$data[[1L]]), length(cols) * nlevels(s$area3))
  b <- built(ggplot2::autoplot(tabulate_choice(s$macro_area)))
  expect_identical(nrow(b$data[[1L]]), nlevels(s$macro_area))
  b <- built(ggplot2::autoplot(tabulate_likert(s[s$peer_support %in% TRUE,
                                                 grep("^impact_", names(s))])))
  expect_identical(nrow(b$data[[1L]]), 5L * nlevels(s$impact_recovery))
  cp <- code_coproduction(s[s$coproduction, ])
  b <- built(ggplot2::autoplot(cp))
  lv <- table(cp$level)
  shown <- if (lv[["none"]] > 0) lv else lv[names(lv) != "none"]
  expect_equal(b$data[[1L]]$y, 100 * as.vector(shown) / sum(shown))
  d <- services_design()
  rr <- response_rates(d, by = "region")
  b <- built(ggplot2::autoplot(rr))
  frame <- utils::read.csv(services_path("services-frame.csv"))
  expect_identical(nrow(b$data[[1L]]), length(unique(tolower(frame$region))))
  expect_identical(y_labels(b), c("North", "East", "South", "West"))
  # the groups are named once, by their labels: no legend of their codes
  expect_null(b$plot$scales$get_scales("fill"))
  expect_length(unique(b$data[[1L]]$fill), 1L)
  bi <- built(ggplot2::autoplot(rr, language = "it"))
  cbr <- services_codebook_csv()
  it <- cbr$label_it[cbr$item == "region"][match(c("north", "east", "south", "west"),
                                                 cbr$option[cbr$item == "region"])]
  expect_identical(y_labels(bi), it)
  expect_null(bi$plot$scales$get_scales("fill"))
})

test_that("autoplot() names what is wrong", {
  x <- paper_tables()$ladder
  expect_error(ggplot2::autoplot(x, grey = "yes"), class = "peersurvey_bad_argument")
  expect_error(ggplot2::autoplot(x, ci = NA), class = "peersurvey_bad_argument")
  expect_error(ggplot2::autoplot(tabulate_choice(mhd_survey_2025$macro_area),
                                 language = c("fr", "de")),
               class = "peersurvey_bad_argument")
})

test_that("autoplot() of a number's box has the ticks of plot(), past the data", {
  w <- beds_outlier
  s <- beds_survey()
  b <- built(ggplot2::autoplot(survey_tables(s, language = "en")$beds))
  # the box is flipped: the numbers run along x
  pp <- b$layout$panel_params[[1L]]
  br <- pp$x$breaks
  br <- br[!is.na(br)]
  expect_equal(br, pretty(range(w)))
  expect_true(max(pp$x.range) >= max(w) && min(pp$x.range) <= min(w))
})

test_that("autoplot() of a list of one table draws that table; of several, names `object`", {
  d <- services_design()
  cb <- services_codebook_csv()
  one <- survey_tables(d, items = "peer_roles")
  b <- built(ggplot2::autoplot(one))
  expect_setequal(y_labels(b), cb$label_en[cb$item == "peer_roles"])
  expect_error(ggplot2::autoplot(survey_tables(d, items = c("peer_roles", "region"))),
               "`object` must be one table.*list of 2 tables", class = "peersurvey_bad_argument")
})
