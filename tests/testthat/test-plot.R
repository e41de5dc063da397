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
  # by default in the codebook's language, the first of its labels' (Italian
  # for the shipped codebook), as print() and survey_tables() take it
  first <- sub("^label_", "", grep("^label_", names(cb), value = TRUE)[1])
  expect_identical(first, "it")
  is_top <- cb$item == "barriers" & cb$option == sub("barriers_", "", top)
  expect_identical(drawn$label[1], cb$label_it[is_top])
  en <- draw_to_file(plot(tab, language = "en"), "pdf")
  expect_identical(en$label[1], cb$label_en[is_top])
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

# ---- journal size: 17 cm wide at 300 dpi ------------------------------------

# Draws into a PNG 17 cm wide (12 cm high) at 300 dpi and returns what the
# method drew, with the device's size in inches as measured by the device
draw_journal <- function(expr, width_cm = 17, height_cm = 12) {
  path <- tempfile(fileext = ".png")
  grDevices::png(path, width = width_cm, height = height_cm, units = "cm", res = 300)
  on.exit(grDevices::dev.off())
  drawn <- force(expr)
  attr(drawn, "din") <- graphics::par("din")
  attr(drawn, "ps") <- graphics::par("ps")
  drawn
}

# Every piece of text inside the device, at 9 points or more
expect_text_on_page <- function(drawn, label) {
  lay <- attr(drawn, "layout")
  din <- attr(drawn, "din")
  expect_equal(din, c(17, 12) / 2.54, tolerance = 1e-3, label = label)
  txt <- lay$text
  expect_gt(nrow(txt), 0L, label = label)
  off <- txt[txt$left < 0 | txt$right > din[1L] | txt$bottom < 0 | txt$top > din[2L], ]
  expect_identical(off$text, character(), label = paste(label, "text off the device"))
  expect_true(all(txt$points >= 9 - 1e-9), label = paste(label, "text of 9 points or more"))
}

test_that("every figure of the two questionnaires keeps its text on a 17 cm page", {
  d <- services_design()
  tabs <- c(survey_tables(d), paper_tables(), paper_tables(language = "it"))
  for (i in seq_along(tabs)) {
    drawn <- draw_journal(plot(tabs[[i]]))
    expect_text_on_page(drawn, names(tabs)[i])
  }
  s <- mhd_survey_2025
  cols <- barrier_cols(s)
  for (expr in list(quote(plot(response_rates(d, by = "region"))),
                    quote(plot(tabulate_multi(s[, cols], by = s$area3))),
                    quote(plot(tabulate_likert(s[s$peer_support %in% TRUE,
                                                 grep("^impact_", names(s))]))),
                    quote(plot(code_coproduction(s), language = "it"))))
    expect_text_on_page(draw_journal(eval(expr)), deparse(expr)[1L])
})

test_that("the text boxes of a figure are those the device measures", {
  x <- paper_tables()$barriers
  path <- tempfile(fileext = ".png")
  grDevices::png(path, width = 17, height = 12, units = "cm", res = 300)
  on.exit(grDevices::dev.off())
  drawn <- plot(x)
  txt <- attr(drawn, "layout")$text
  # a bar label, measured again here at its size in points
  i <- match(drawn$label[1L], txt$text)
  expect_false(is.na(i))
  cex <- txt$points[i] / graphics::par("ps")
  expect_equal(txt$right[i] - txt$left[i],
               graphics::strwidth(drawn$label[1L], units = "inches", cex = cex))
  # percentage labels at the end of the bars, as counted here
  v <- table_values(x)
  expect_true(all(sprintf("%.0f%%", 100 * v$n / v$N) %in% txt$text))
})

test_that("long labels are wrapped rather than run off the device", {
  long <- c(a = paste("A very long answer that goes on about the many things a service does",
                      "for the people who use it, day and night"),
            b = "Short")
  x <- factor(c("a", "b", "a", "a"), levels = c("a", "b"))
  drawn <- draw_journal(plot(tabulate_choice(x), labels = long,
                             main = paste(rep("A long title of a figure", 6), collapse = " ")))
  expect_text_on_page(drawn, "long labels")
  txt <- attr(drawn, "layout")$text
  wrapped <- txt$text[gsub("\n", " ", txt$text, fixed = TRUE) == long[["a"]]]
  expect_length(wrapped, 1L)
  expect_match(wrapped, "\n", fixed = TRUE)
  # the label takes at most 40% of the width
  i <- match(wrapped, txt$text)
  expect_lte(txt$right[i] - txt$left[i], 0.4 * 17 / 2.54)
})

test_that("legend keys are as large as the text", {
  lev <- c("disagree", "neutral", "agree")
  x <- data.frame(a = factor(c("agree", "agree", "neutral", "disagree"), lev, ordered = TRUE),
                  b = factor(c("agree", "disagree", "disagree", NA), lev, ordered = TRUE))
  for (drawn in list(draw_journal(plot(tabulate_likert(x))),
                     draw_journal(plot(paper_tables()$impact)),
                     draw_journal(plot(tabulate_multi(mhd_survey_2025[, barrier_cols(
                       mhd_survey_2025)], by = mhd_survey_2025$area3))))) {
    keys <- attr(drawn, "layout")$keys
    expect_gt(nrow(keys), 1L)
    expect_true(all(keys$side >= keys$text_height))
    expect_true(all(keys$left >= 0 & keys$left + keys$side <= 17 / 2.54))
    expect_text_on_page(drawn, "legend")
  }
})

test_that("the reference line of response is labelled in the figure", {
  d <- survey_design(mhd_survey_2025, mhd_frame)
  rr <- response_rates(d, by = "macro_area")
  drawn <- draw_journal(plot(rr, language = "en"))
  txt <- attr(drawn, "layout")$text$text
  resp <- mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id
  expect_true(sprintf("All: %.0f%%", 100 * mean(resp)) %in% txt)
  # by default in the codebook's language (Italian first): the word of the
  # shipped word list, read here from the file
  words <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                           encoding = "UTF-8", stringsAsFactors = FALSE)
  tutti <- words$it[words$key == "all_groups"]
  expect_identical(tutti, "Totale")
  txt_it <- attr(draw_journal(plot(rr)), "layout")$text$text
  expect_true(sprintf("%s: %.0f%%", tutti, 100 * mean(resp)) %in% txt_it)
  expect_false(any(startsWith(txt_it, "All:")))
  it <- draw_journal(plot(paper_tables(language = "it")$response))
  expect_true(sprintf("Italia: %.0f%%", 100 * mean(resp)) %in% attr(it, "layout")$text$text)
})

test_that("figures of another questionnaire take its codebook's labels and counts", {
  d <- services_design()
  s <- d$survey
  cb <- services_codebook_csv()
  tabs <- survey_tables(d, items = c("peer_roles", "service_type"))
  drawn <- draw_journal(plot(tabs$peer_roles))
  opts <- cb$option[cb$item == "peer_roles"]
  m <- as.matrix(as.data.frame(s)[s$peer_workers %in% "yes" | s$peer_workers %in% TRUE,
                                  paste0("peer_roles_", opts)])
  answered <- rowSums(!is.na(m)) > 0
  k <- colSums(matrix(m[answered, ] %in% TRUE, ncol = ncol(m)))
  ord <- order(-k, seq_along(k))
  expect_identical(drawn$label, cb$label_en[cb$item == "peer_roles"][ord])
  expect_equal(drawn$estimate, k[ord] / sum(answered))
  drawn <- draw_journal(plot(tabs$service_type))
  k <- table(factor(s$service_type, levels = cb$option[cb$item == "service_type"]))
  expect_identical(drawn$label, cb$label_en[cb$item == "service_type"])
  expect_equal(drawn$estimate, as.vector(k) / sum(k))
  expect_false(any(grepl("department|mhd_|macro", attr(drawn, "layout")$text$text,
                         ignore.case = TRUE)))
})

test_that("the axis of a number's box runs past the largest and smallest values", {
  w <- beds_outlier
  s <- beds_survey()
  drawn <- draw_to_file({
    d <- plot(survey_tables(s, language = "en")$beds)
    list(d = d, usr = graphics::par("usr"))
  })
  expect_equal(drawn$d$value[drawn$d$statistic == "max"], max(w))
  expect_true(drawn$usr[1] <= min(w) && drawn$usr[2] >= max(w))
  txt <- attr(drawn$d, "layout")$text$text
  ticks <- suppressWarnings(as.numeric(txt))
  ticks <- ticks[!is.na(ticks)]
  # a tick at or beyond each end of the data, as pretty() sets them
  expect_true(max(ticks) >= max(w) && min(ticks) <= min(w))
  expect_identical(sort(ticks), pretty(range(w)))
})

test_that("a single-choice table of a survey column is labelled by its codebook", {
  f <- own_files(own_export)
  s <- suppressWarnings(read_survey(f$export, f$codebook))
  grDevices::pdf(NULL)
  on.exit(grDevices::dev.off())
  tab <- tabulate_choice(s["provider"])
  expect_identical(tab$n, tabulate_choice(s$provider)$n)
  cb <- f$codebook
  want <- cb$label_en[cb$item == "provider"][match(as.character(tab$level[!is.na(tab$level)]),
                                                   cb$option[cb$item == "provider"])]
  expect_setequal(plot(tab)$label, want)
  # a plain vector knows no codebook: codes
  expect_setequal(plot(tabulate_choice(s$provider))$label, c("public", "other"))
  expect_error(tabulate_choice(s[c("provider", "paid")]), "one column of a survey")
  # a yes/no item, read as logical, by its options' labels
  yn <- plot(tabulate_choice(s["paid"]))$label
  expect_setequal(yn, cb$label_en[cb$item == "paid"])
})

test_that("the ladder figure names the codebook's unit", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  ex <- data.frame(service_id = c("S1", "S2"), region = "north", service_type = "crisis",
                   peer_workers = "no", coproduction = "yes",
                   coprod_practices_information = c(1, 0), coprod_practices_feedback_survey = c(0, 1),
                   coprod_practices_user_forum = 0, coprod_practices_codesign_groups = 0,
                   coprod_practices_codelivery = 0)
  r <- code_coproduction(suppressWarnings(read_survey(ex, cb)), coproduction_ladder(cb))
  d <- peersurvey:::coproduction_data(r, 0.95, NULL, "it", NULL)
  expect_match(d$ylab, codebook_unit(cb, "it"), fixed = TRUE)
  d <- peersurvey:::coproduction_data(r, 0.95, NULL, "en", NULL)
  expect_match(d$ylab, "services", fixed = TRUE)
  # a unit given by the caller wins
  d <- peersurvey:::coproduction_data(r, 0.95, NULL, "en", "teams")
  expect_match(d$ylab, "teams", fixed = TRUE)
})

test_that("a weighted tabulation draws its weighted shares without intervals", {
  x <- c("yes", "yes", "no", "yes", "no", "yes")
  w <- c(1.5, 90 / 55, 2, 0.5, 1, 3)
  tab <- tabulate_choice(x, weights = w)
  grDevices::pdf(NULL)
  on.exit(grDevices::dev.off(), add = TRUE)
  d <- plot(tab)
  share <- tapply(w, x, sum) / sum(w)
  expect_equal(d$estimate[match(names(share), d$option)], unname(as.vector(share)))
  expect_true(all(is.na(d$lower) & is.na(d$upper)))
  # all weights zero: nothing to draw
  expect_error(plot(tabulate_choice(x, weights = rep(0, 6))), class = "peersurvey_no_answers")
  skip_if_not_installed("ggplot2")
  expect_error(ggplot2::autoplot(tabulate_choice(x, weights = rep(0, 6))),
               class = "peersurvey_no_answers")
  expect_no_warning(ggplot2::ggplot_build(ggplot2::autoplot(tab)))
})

test_that("a table nobody answered has no figure", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  ex <- data.frame(service_id = c("S1", "S2"), region = "north", service_type = "crisis",
                   peer_workers = "yes", coproduction = "", satisfaction = "Don't know")
  tabs <- survey_tables(suppressWarnings(read_survey(ex, cb)),
                        items = c("coproduction", "satisfaction", "n_peer"))
  grDevices::pdf(NULL)
  on.exit(grDevices::dev.off(), add = TRUE)
  for (nm in names(tabs)) expect_error(plot(tabs[[nm]]), class = "peersurvey_no_answers", info = nm)
})

# Three departments read with a copy of the shipped codebook that has
# labels in `language` (the English ones, its units named `units`)
three_departments <- function(language, units) {
  cb <- utils::read.csv(system.file("extdata", "codebook.csv", package = "peersurvey"),
                        colClasses = "character", encoding = "UTF-8", na.strings = character(0))
  lab <- paste0("label_", language)
  cb[[lab]] <- cb$label_en
  cb[[lab]][cb$item == "mhd_id"] <- units
  f <- tempfile(fileext = ".csv")
  utils::write.csv(cb, f, row.names = FALSE, fileEncoding = "UTF-8")
  exp <- tempfile(fileext = ".csv")
  writeLines(c("mhd_id,region,macro_area,peer_support,coproduction",
               "MHD001,Piemonte,North-West,Yes,No", "MHD002,Piemonte,North-West,No,No",
               "MHD003,Piemonte,North-West,Yes,No"), exp)
  suppressWarnings(read_survey(exp, survey_codebook(f)))
}

test_that("a French table and figure say their fixed words in French", {
  # a codebook with French labels: its tables and figures in French
  s <- three_departments("fr", "départements")
  tabs <- survey_tables(s, items = "peer_support", language = "fr")
  # written by hand from words.csv
  expect_identical(table_notes(tabs$peer_support)[1],
                   "Les pourcentages portent sur les 3 départements ayant répondu.")
  expect_true("Sans réponse" %in% tabs$peer_support[[1]])
  # a figure's axis title and ladder rungs
  tab <- tabulate_multi(mhd_survey_2025[, barrier_cols(mhd_survey_2025)])
  drawn <- draw_to_file(plot(tab, language = "fr"))
  text <- attr(drawn, "layout")$text$text
  expect_true("% des répondants" %in% text)
  lad <- code_coproduction(mhd_survey_2025)
  drawn <- draw_to_file(plot(lad, language = "fr"))
  text <- attr(drawn, "layout")$text$text
  expect_true(any(grepl("Échelon le plus élevé de l'échelle de la coproduction", text, fixed = TRUE)))
  expect_true("Consultation" %in% text || "Co-conception" %in% text)
  expect_true(any(c("Co-conception", "Coproduction", "Implication") %in% text))
  drawn_de <- draw_to_file(plot(lad, language = "de"))
  expect_true(any(grepl("Höchste Stufe der Koproduktionsleiter",
                        attr(drawn_de, "layout")$text$text, fixed = TRUE)))
  # the reasons of survey_problems() in French
  pr <- survey_problems(s, language = "fr")
  expect_true(any(grepl("question absente du fichier : laissée vide (NA)", pr$reason, fixed = TRUE)))
})

test_that("a Spanish table and figure say their fixed words in Spanish", {
  # the Spanish words of the shipped word list
  w <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                       colClasses = "character", encoding = "UTF-8", na.strings = character(0))
  es <- function(key) w$es[match(key, w$key)]
  # a codebook with Spanish labels: its tables and figures in Spanish
  s <- three_departments("es", "departamentos")
  tabs <- survey_tables(s, items = "peer_support", language = "es")
  expect_identical(table_notes(tabs$peer_support)[1],
                   sub("{units}", "departamentos", sub("{n}", "3", es("note_base"), fixed = TRUE),
                       fixed = TRUE))
  expect_true(es("no_answer") %in% tabs$peer_support[[1]])
  # a figure's axis title and ladder rungs
  tab <- tabulate_multi(mhd_survey_2025[, barrier_cols(mhd_survey_2025)])
  drawn <- draw_to_file(plot(tab, language = "es"))
  text <- attr(drawn, "layout")$text$text
  expect_true(es("pct_respondents_answering") %in% text)
  lad <- code_coproduction(mhd_survey_2025)
  drawn <- draw_to_file(plot(lad, language = "es"))
  text <- attr(drawn, "layout")$text$text
  expect_true(any(grepl(es("ladder"), text, fixed = TRUE)))
  expect_true(any(es(c("consultation", "involvement", "co-design", "co-production")) %in% text))
  expect_false(any(c("Consultation", "Involvement", "Co-design", "Co-production") %in% text))
  # the reasons of survey_problems() in Spanish
  pr <- survey_problems(s, language = "es")
  expect_true(any(grepl(es("reason_item_absent"), pr$reason, fixed = TRUE)))
})

test_that("every function with a `language` argument refuses an unknown language", {
  tab <- tabulate_multi(mhd_survey_2025[, barrier_cols(mhd_survey_2025)])
  lik <- tabulate_likert(mhd_survey_2025[, c("impact_recovery", "impact_stigma")])
  cho <- tabulate_choice(mhd_survey_2025$macro_area)
  lad <- code_coproduction(mhd_survey_2025)
  rr <- response_rates(survey_design(mhd_survey_2025, mhd_frame), by = "macro_area",
                       test = "none")
  msg <- "`language` must be one of \"en\", \"it\", \"fr\", \"de\".* not \"xx\""
  e <- "peersurvey_bad_argument"
  calls <- list(
    plot_multi = function(l) draw_to_file(plot(tab, language = l)),
    plot_likert = function(l) draw_to_file(plot(lik, language = l)),
    plot_choice = function(l) draw_to_file(plot(cho, language = l)),
    plot_ladder = function(l) draw_to_file(plot(lad, language = l)),
    plot_response = function(l) draw_to_file(plot(rr, language = l)),
    autoplot_multi = function(l) ggplot2::autoplot(tab, language = l),
    autoplot_likert = function(l) ggplot2::autoplot(lik, language = l),
    autoplot_ladder = function(l) ggplot2::autoplot(lad, language = l),
    autoplot_response = function(l) ggplot2::autoplot(rr, language = l),
    flextable_response = function(l) flextable::as_flextable(rr, language = l),
    problems = function(l) survey_problems(mhd_survey_2025, language = l),
    unit = function(l) codebook_unit(survey_codebook(), l))
  for (nm in names(calls)) {
    expect_error(calls[[nm]]("xx"), msg, class = e, label = nm)
    expect_error(calls[[nm]]("fra"), "not \"fra\"", class = e, label = nm)
  }
  expect_error(survey_tables(mhd_survey_2025, language = "xx"),
               "`language` must be one of \"it\", \"en\" .* not \"xx\"", class = e)
  expect_error(paper_tables(language = "xx"), "`language` must be one of .* not \"xx\"", class = e)
  expect_error(reproduce_paper(language = "xx", quiet = TRUE),
               "`language` must be one of .* not \"xx\"", class = e)
  expect_error(read_survey(system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey"),
                           language = "xx"), "`language` must be one of .* not \"xx\"", class = e)
})

test_that("the figure of an uncoded free-text item says its base: every unit asked", {
  d <- services_design()
  s <- as.data.frame(d$survey)
  x <- survey_tables(d, items = "barriers_text")$barriers_text
  # the bar is the share of all respondents (the item has no filter) that wrote
  wrote <- !is.na(s$barriers_text) & nzchar(trimws(s$barriers_text))
  v <- table_values(x)
  expect_identical(as.numeric(v$N), as.numeric(nrow(s)))
  expect_equal(v$estimate, mean(wrote))
  txt <- attr(draw_to_file(plot(x), "pdf"), "layout")$text$text
  expect_true("% of services" %in% txt)
  expect_false(any(grepl("answering", txt, fixed = TRUE)))
  # in Italian as well
  xi <- survey_tables(d, items = "barriers_text", language = "it")$barriers_text
  txt <- attr(draw_to_file(plot(xi), "pdf"), "layout")$text$text
  expect_true("% dei servizi" %in% txt)
  expect_false(any(grepl("rispondenti", txt, fixed = TRUE)))
})

test_that("a grouping given as a column of a survey names the groups of plots by its labels", {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  s <- suppressWarnings(read_survey(ex("services-export.csv"),
                                    survey_codebook(ex("services-codebook.csv"))))
  cbr <- utils::read.csv(ex("services-codebook.csv"), stringsAsFactors = FALSE,
                         encoding = "UTF-8")
  lab <- function(item, lang) cbr[[paste0("label_", lang)]][cbr$item == item]
  pdf(NULL)
  on.exit(grDevices::dev.off())
  d <- plot(tabulate_choice(s["service_type"], by = s["region"]), language = "en")
  expect_identical(unique(d$group), lab("region", "en"))
  # the same shares as with the plain vector, whose groups stay codes
  dv <- plot(tabulate_choice(s["service_type"], by = s$region), language = "en")
  expect_identical(unique(dv$group), levels(s$region))
  expect_identical(d$estimate, dv$estimate)
  d_it <- plot(tabulate_choice(s["service_type"], by = s["region"]), language = "it")
  expect_identical(unique(d_it$group), lab("region", "it"))
  # check-all and Likert tables alike; a yes/no grouping by its labels
  m <- plot(tabulate_multi(s[grep("^peer_roles_", names(s))], by = s["region"]),
            language = "en")
  expect_identical(unique(m$group), lab("region", "en"))
  k <- plot(tabulate_likert(s["satisfaction"], by = s["peer_workers"]), language = "en")
  yn <- lab("peer_workers", "en")
  expect_true(all(grepl(sprintf("\\((%s)\\)$", paste(yn, collapse = "|")), k$item)))
})

test_that("the labels of a grouped Likert plot of many bars fit their rows and keep their group", {
  s <- mhd_survey_2025[mhd_survey_2025$peer_support %in% TRUE, ]
  imp <- s[grep("^impact_", names(s))]
  groups <- levels(droplevels(factor(s$macro_area)))
  drawn <- draw_journal(plot(tabulate_likert(imp, by = s$macro_area)))
  expect_text_on_page(drawn, "grouped Likert")
  txt <- attr(drawn, "layout")$text
  sfx <- sprintf(" (%s)", groups)
  lab <- txt[Reduce(`|`, lapply(sfx, function(x) endsWith(txt$text, x))), ]
  # one label per bar, each ending with its group
  expect_identical(nrow(lab), ncol(imp) * length(groups))
  lab <- lab[order(-lab$top), ]
  expect_identical(sub(".* \\((.*)\\)$", "\\1", lab$text),
                   rep(groups, each = ncol(imp)))
  # no label runs into the next one
  expect_true(all(lab$bottom[-nrow(lab)] >= lab$top[-1L] - 1e-9))
  # within a group the labels still tell the items apart
  expect_identical(anyDuplicated(lab$text), 0L)
})

test_that("plots of estimates draw each estimate and interval, named by the codebook", {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  cbf <- ex("services-codebook.csv")
  s <- read_survey(ex("services-export.csv"), survey_codebook(cbf))
  d <- survey_design(s, ex("services-frame.csv"), strata = "region")
  cbr <- utils::read.csv(cbf, stringsAsFactors = FALSE, encoding = "UTF-8")
  lab <- function(item, option, lang = "en")
    cbr[[paste0("label_", lang)]][match(paste(item, option), paste(cbr$item, cbr$option))]
  question <- function(item, lang = "en")
    cbr[[paste0("question_", lang)]][match(item, cbr$item)]
  # one level of one item: the bar is the level, the title its question
  e <- estimate_prop(d, "service_type", level = "community")
  got <- draw_to_file(plot(e))
  expect_equal(got$estimate, e$estimate)
  expect_equal(c(got$lower, got$upper), c(e$lower, e$upper))
  expect_identical(got$label, lab("service_type", "community"))
  txt <- attr(got, "layout")$text$text
  expect_true(question("service_type") %in% txt)
  # several items, in Italian: bars named by their questions
  e2 <- estimate_prop(d, c("peer_workers", "coproduction"))
  got2 <- draw_to_file(plot(e2, language = "it"))
  expect_identical(got2$label[match(e2$estimate, got2$estimate)],
                   question(c("peer_workers", "coproduction"), "it"))
  # by groups: one bar per group, named by the groups' labels; a group with
  # no respondent in the domain has no bar
  e3 <- estimate_prop(d, "peer_roles_groups", domain = "peer_workers", by = "peer_workers")
  got3 <- draw_to_file(plot(e3))
  expect_identical(got3$group, lab("peer_workers", e3$group))
  expect_equal(got3$estimate, e3$estimate)
  # (a check-all option's column by its question and the option's label)
  expect_identical(unique(got3$label), paste(question("peer_roles"), lab("peer_roles", "groups")))
  skip_if_not_installed("ggplot2")
  g <- ggplot2::autoplot(e3)
  expect_s3_class(g, "ggplot")
  expect_equal(g$data$estimate, e3$estimate[!is.na(e3$estimate)])
  expect_identical(g$labels$x, "Estimated share of the units (%)")
  expect_error(plot(e, ci = NA), "`ci`", class = "peersurvey_bad_argument")
})
