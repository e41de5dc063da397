# Each plot method draws into a file without error and draws one bar per
# category: the returned midpoints are checked against category counts
# computed here from the data.

draw_to_file <- function(expr, ext = "png") {
  path <- tempfile(fileext = paste0(".", ext))
  if (ext == "png") grDevices::png(path, width = 800, height = 500)
  else grDevices::pdf(path, width = 8, height = 5)
  on.exit(grDevices::dev.off())
  force(expr)
}

barrier_cols <- function(d) grep("^barriers_(?!text$)", names(d), value = TRUE, perl = TRUE)

test_that("plot.peer_tab_multi draws one bar per option, sorted, with intervals", {
  s <- mhd_survey_2025
  cols <- barrier_cols(s)
  tab <- tabulate_multi(s[, cols])
  drawn <- draw_to_file(plot(tab))
  expect_s3_class(drawn, "data.frame")
  expect_identical(nrow(drawn), length(cols))
  expect_identical(length(unique(drawn$mid)), length(cols))
  # largest share at the top (highest midpoint)
  expect_false(is.unsorted(rev(drawn$estimate)))
  expect_false(is.unsorted(rev(drawn$mid)))
  n <- colSums(as.data.frame(s)[, cols])
  expect_equal(drawn$estimate, unname(sort(n, decreasing = TRUE)) / nrow(s))
  top <- names(which.max(n))
  ci <- stats::prop.test(max(n), nrow(s), correct = FALSE)$conf.int
  expect_equal(c(drawn$lower[1], drawn$upper[1]), as.vector(ci), tolerance = 1e-8)
  cb <- survey_codebook()
  expect_identical(drawn$label[1],
                   cb$label_en[cb$item == "barriers" & cb$option == sub("barriers_", "", top)])
  it <- draw_to_file(plot(tab, language = "it", ci = FALSE, sort = FALSE), "pdf")
  # labels in the language asked, from the survey's own codebook
  expect_identical(it$label, cb$label_it[cb$item == "barriers"])
})

test_that("a grouped multi-response table draws options x groups bars", {
  s <- mhd_survey_2025
  tab <- tabulate_multi(s[, barrier_cols(s)], by = s$area3)
  drawn <- draw_to_file(plot(tab))
  expect_identical(nrow(drawn), length(barrier_cols(s)) * nlevels(s$area3))
  expect_identical(length(unique(drawn$mid)), nrow(drawn))
  g <- drawn[drawn$group == "North", ]
  north <- s$area3 == "North"
  expect_equal(g$estimate,
               unname(colSums(as.data.frame(s)[north, barrier_cols(s)])) / sum(north))
})

test_that("plot.peer_tab_likert draws one diverging bar per item", {
  s <- mhd_survey_2025
  items <- grep("^impact_", names(s), value = TRUE)
  x <- s[s$peer_support %in% TRUE, items]  # a subset of the survey keeps its codebook
  drawn <- draw_to_file(plot(tabulate_likert(x)))
  expect_identical(nrow(drawn), length(items))
  expect_identical(length(unique(drawn$mid)), length(items))
  # right side: agree + strongly agree + half of neutral, in per cent
  a <- x$impact_recovery
  k <- table(a)
  right <- 100 * (k[["agree"]] + k[["strongly_agree"]] + k[["neutral"]] / 2) / sum(k)
  expect_equal(drawn$right[1], right)
  expect_equal(drawn$right - drawn$left, rep(100, length(items)))
  drawn_it <- draw_to_file(plot(tabulate_likert(x), language = "it", legend = FALSE), "pdf")
  cb <- survey_codebook()
  expect_identical(drawn_it$item[2], cb$question_it[cb$item == "impact_stigma"][1])
  grouped <- draw_to_file(plot(tabulate_likert(x, by = s$area3[s$peer_support])))
  expect_identical(nrow(grouped), length(items) * nlevels(droplevels(s$area3[s$peer_support])))
})

test_that("plot.peer_coproduction draws one bar per level", {
  s <- mhd_survey_2025
  cp <- code_coproduction(s[s$coproduction, ])
  drawn <- draw_to_file(plot(cp))
  # levels reached, in base R: none is left out when nobody is there
  lv <- table(cp$level)
  shown <- if (lv[["none"]] > 0) names(lv) else setdiff(names(lv), "none")
  expect_identical(nrow(drawn), length(shown))
  expect_identical(drawn$level, shown)
  expect_equal(drawn$n, as.vector(lv[shown]))
  expect_identical(length(unique(drawn$mid)), length(shown))
  all_dep <- draw_to_file(plot(code_coproduction(s), language = "it"), "pdf")
  expect_identical(nrow(all_dep), 6L)
  expect_identical(all_dep$n[1], sum(!s$coproduction))
})

test_that("plot.peer_response draws one bar per group with the overall line", {
  s <- mhd_survey_2025
  rr <- response_rates(s, mhd_frame, by = "macro_area")
  drawn <- draw_to_file(plot(rr))
  expect_identical(nrow(drawn), nlevels(mhd_frame$macro_area))
  resp <- mhd_frame$mhd_id %in% s$mhd_id
  expect_equal(drawn$estimate, as.vector(tapply(resp, mhd_frame$macro_area, mean)))
  reg <- draw_to_file(plot(response_rates(s, mhd_frame, by = "region"), language = "it"))
  expect_identical(nrow(reg), nlevels(mhd_frame$region))
  expect_identical(reg$label, levels(mhd_frame$region))
  one <- draw_to_file(plot(response_rates(s, mhd_frame)))
  expect_identical(nrow(one), 1L)
})

test_that("plot.peer_paper_table draws one bar per row of each table", {
  tabs <- paper_tables(language = "it")
  for (nm in names(tabs)) {
    drawn <- draw_to_file(plot(tabs[[nm]]))
    total <- if (nm %in% c("response", "response_region", "peer_support", "coproduction"))
      1L else 0L
    expect_identical(nrow(drawn), nrow(tabs[[nm]]) - total, label = nm)
    expect_identical(length(unique(drawn$mid)), nrow(drawn), label = nm)
  }
})

test_that("plot methods check their arguments", {
  tab <- tabulate_multi(mhd_survey_2025[, barrier_cols(mhd_survey_2025)])
  expect_error(draw_to_file(plot(tab, language = c("fr", "de"))),
               class = "peersurvey_bad_argument")
  expect_error(draw_to_file(plot(tab, ci = NA)), class = "peersurvey_bad_argument")
  expect_error(draw_to_file(plot(tab, labels = c("a", "b"))),
               class = "peersurvey_bad_argument")
})
