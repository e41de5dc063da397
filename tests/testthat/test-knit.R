test_that("knit_print shows a result as a markdown table", {
  skip_if_not_installed("knitr")
  tabs <- paper_tables()
  out <- knitr::knit_print(tabs$barriers)
  expect_s3_class(out, "knit_asis")
  lines <- strsplit(as.character(out), "\n", fixed = TRUE)[[1]]
  rows <- grep("^\\|", lines, value = TRUE)
  # header, rule and one line per barrier
  expect_length(rows, nrow(tabs$barriers) + 2L)
  expect_true(any(grepl("Table: Barriers to peer support", lines, fixed = TRUE)))
  expect_true(any(grepl("Lack of formal recognition", rows, fixed = TRUE)))
  expect_true(any(grepl("61 departments answered", lines, fixed = TRUE)))
})

test_that("knit_print is registered for the package's result classes", {
  skip_if_not_installed("knitr")
  s <- mhd_survey_2025
  results <- list(
    tabulate_multi(as.data.frame(s)[, grep("^ps_settings_", names(s))]),
    tabulate_choice(s$macro_area),
    response_rates(s, mhd_frame, by = "macro_area"),
    reproduce_paper(quiet = TRUE),
    code_coproduction(s[s$coproduction, ])
  )
  for (r in results) {
    out <- knitr::knit_print(r)
    expect_s3_class(out, "knit_asis")
    rows <- grep("^\\|", strsplit(as.character(out), "\n")[[1]], value = TRUE)
    expect_length(rows, nrow(as_kable_data(r)) + 2L)
  }
  check <- knitr::knit_print(reproduce_paper(quiet = TRUE, language = "it"))
  expect_match(as.character(check), "|Risultato", fixed = TRUE)
})

test_that("a list of paper tables knits as one table each", {
  skip_if_not_installed("knitr")
  tabs <- paper_tables()
  out <- as.character(knit_print_peer(tabs[c("peer_support", "ladder")]))
  expect_match(out, "Table: Departments running peer support", fixed = TRUE)
  expect_match(out, "Table: Highest rung", fixed = TRUE)
  out <- as.character(knit_print_peer(tabs$ladder, caption = "Ladder"))
  expect_match(out, "Table: Ladder", fixed = TRUE)
})

test_that("as_kable_data gives a plain data frame of the printed values", {
  tab <- tabulate_choice(mhd_survey_2025$macro_area)
  df <- as_kable_data(tab)
  expect_identical(class(df), "data.frame")
  expect_identical(df$level, levels(mhd_survey_2025$macro_area))
  expect_identical(sub(" .*", "", df[["n (%)"]]),
                   as.character(as.vector(table(mhd_survey_2025$macro_area))))
  p <- as_kable_data(paper_tables()$settings)
  expect_identical(class(p), "data.frame")
  expect_null(attr(p, "values"))
  expect_error(as_kable_data(1:3), class = "peersurvey_bad_argument")
})

test_that("a tabulation of a survey column knits with headers in its codebook's language", {
  skip_if_not_installed("knitr")
  cbf <- write_export(c("item,type,option,label_it,label_en,question_it,question_en",
                        "cid,id,,centri,centres,,", "fa,single,yes,S\u00ec,Yes,Facilitatori?,Facilitators?",
                        "fa,single,no,No,No,Facilitatori?,Facilitators?",
                        "ar,multi,a,Gruppi,Groups,Attivit\u00e0?,Activities?",
                        "ar,multi,b,Colloqui,Talks,Attivit\u00e0?,Activities?"))
  s <- read_survey(data.frame(cid = c("A", "B", "C"), fa = c("S\u00ec", "No", ""),
                              ar_a = c(1, 0, 1), ar_b = c(1, 1, 0)), survey_codebook(cbf))
  # the Italian words of the shipped word list, read with base R
  it <- function(key) words_of(key, "it")
  expect_identical(names(as_kable_data(tabulate_choice(s["fa"]))),
                   c(it("col_level"), it("col_n (pct)"), it("col_valid pct")))
  expect_identical(names(as_kable_data(tabulate_multi(s[c("ar_a", "ar_b")])))[1L],
                   it("col_option"))
  out <- as.character(knitr::knit_print(tabulate_choice(s["fa"])))
  expect_match(out, it("col_valid pct"), fixed = TRUE)
  expect_false(grepl("valid %", out, fixed = TRUE))
})

test_that("results still print as plain text outside knitr", {
  expect_output(print(paper_tables()$ladder), "Consultation")
  expect_output(print(reproduce_paper(quiet = TRUE)), "published")
})

test_that("labels, captions and notes knit as text, not as markdown or HTML", {
  skip_if_not_installed("knitr")
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  cb$label_en[cb$item == "region" & cb$option == "north"] <- "Groups & <workshops>"
  cb$label_en[cb$item == "region" & cb$option == "east"] <- "*bold* _it_ [x] 5$ @ref"
  cb$label_en[cb$item == "region" & cb$option == "south"] <- "Other [please specify]"
  cb$question_en[cb$item == "region"] <- "Region <b>now</b>"
  ex <- data.frame(service_id = c("S1", "S2"), region = c("north", "east"),
                   service_type = "crisis", peer_workers = "yes")
  tab <- survey_tables(suppressWarnings(read_survey(ex, cb)), items = "region")$region
  md <- as.character(knitr::knit_print(tab))
  skip_if_not(rmarkdown::pandoc_available())
  f <- tempfile(fileext = ".md")
  out <- tempfile(fileext = ".html")
  writeLines(enc2utf8(md), f, useBytes = TRUE)
  # with the extensions R Markdown reads (backslashed brackets are math there)
  rmarkdown::pandoc_convert(f, to = "html", output = out,
                            from = rmarkdown::rmarkdown_format(), options = "--mathjax")
  html <- paste(readLines(out, encoding = "UTF-8", warn = FALSE), collapse = "\n")
  # pandoc gives back the text as written, with HTML's own escapes
  expect_match(html, "Groups &amp; &lt;workshops&gt;", fixed = TRUE)
  expect_match(html, "*bold* _it_ [x] 5$ @ref", fixed = TRUE)
  expect_match(html, "Region &lt;b&gt;now&lt;/b&gt;", fixed = TRUE)
  expect_match(html, "Other [please specify]", fixed = TRUE)
  expect_false(grepl("class=\"math", html, fixed = TRUE))
  expect_false(grepl("<b>|<strong>|<a |<code>", html))
})

test_that("estimates knit as they print: per cent, intervals, labels in the codebook's language", {
  skip_if_not_installed("knitr")
  d <- services_design()
  s <- as.data.frame(d$survey)
  est <- estimate_prop(d, "peer_workers", by = "region")
  df <- as_kable_data(est)
  cb_csv <- services_codebook_csv()
  cb_region <- cb_csv[cb_csv$item == "region", ]
  # groups by their English labels (the codebook's first language), from the file
  expect_identical(df$group, cb_region$label_en[match(as.character(est$group), cb_region$option)])
  expect_true(all(df$group %in% cb_region$label_en))
  # the shares are each region's respondents' share (the weighting classes
  # are the regions), counted in base R, in per cent to one decimal
  for (r in unique(as.character(est$group))) {
    y <- s$peer_workers[s$region == r & !is.na(s$peer_workers)]
    k <- as.character(est$group) == r
    expect_identical(df[["estimate_%"]][k], sprintf("%.1f", 100 * mean(y)), label = r)
    expect_identical(df$n[k], as.character(length(y)), label = r)
  }
  expect_identical(df$ci, sprintf("[%.1f, %.1f]", 100 * est$lower, 100 * est$upper))
  md <- as.character(knitr::knit_print(est))
  rows <- grep("^\\|", strsplit(md, "\n")[[1]], value = TRUE)
  expect_length(rows, nrow(est) + 2L)
  for (lab in df$group) expect_match(md, paste0("|", lab, " "), fixed = TRUE)
  # a codebook whose first language is Italian: the Italian labels and headers
  cb_it <- cb_csv[c("item", "section", "type", "option", "label_it", "label_en",
                    setdiff(names(cb_csv), c("item", "section", "type", "option", "label_it",
                                             "label_en")))]
  f <- tempfile(fileext = ".csv")
  utils::write.csv(cb_it, f, row.names = FALSE, fileEncoding = "UTF-8")
  s_it <- read_survey(services_path("services-export.csv"), survey_codebook(f))
  d_it <- survey_design(s_it, services_path("services-frame.csv"), strata = "region")
  est_it <- estimate_prop(d_it, "service_type", level = "crisis")
  df_it <- as_kable_data(est_it)
  row <- cb_csv$item == "service_type" & cb_csv$option == "crisis"
  lab <- names(df_it)[vapply(df_it, function(v) identical(v, enc2utf8(cb_csv$label_it[row])), NA)]
  expect_length(lab, 1L)
  expect_false(identical(lab, "level"))     # the header in Italian
  expect_identical(df_it[[lab]], enc2utf8(cb_csv$label_it[row]))
  # the same share as with the English codebook
  est_en <- estimate_prop(d, "service_type", level = "crisis")
  expect_equal(est_it$estimate, est_en$estimate)
  if (requireNamespace("flextable", quietly = TRUE)) {
    # as_flextable() takes the codebook's language too, unless told otherwise
    expect_identical(flextable::as_flextable(est_it)$body$dataset[[2L]],
                     enc2utf8(cb_csv$label_it[row]))
    expect_identical(flextable::as_flextable(est_it, language = "en")$body$dataset[[2L]],
                     cb_csv$label_en[row])
    expect_identical(flextable::as_flextable(est_en)$body$dataset[[2L]], cb_csv$label_en[row])
  }
})

test_that("response rates knit as they print: groups by their labels, rates as text", {
  skip_if_not_installed("knitr")
  d <- services_design()
  rr <- response_rates(d, by = "region")
  df <- as_kable_data(rr)
  cb_csv <- services_codebook_csv()
  cb_region <- cb_csv[cb_csv$item == "region", ]
  groups <- as.character(rr$group)
  regions <- groups != "All"
  expect_identical(df[[1L]][regions],
                   cb_region$label_en[match(tolower(groups[regions]), cb_region$option)])
  # invited from the frame and responded from the export, counted in base R
  frame <- utils::read.csv(services_path("services-frame.csv"))
  nf <- table(tolower(trimws(frame$region)))
  expect_identical(as.integer(df[[2L]][regions]), as.integer(nf[tolower(groups[regions])]))
  s <- as.data.frame(d$survey)
  ns <- table(tolower(s$region))
  expect_identical(as.integer(df[[3L]][regions]), as.integer(ns[tolower(groups[regions])]))
  rate <- as.integer(ns[tolower(groups[regions])]) / as.integer(nf[tolower(groups[regions])])
  expect_identical(df[[4L]][regions], formatC(rate, digits = 3L, format = "f"))
  # the limits are Wilson's, as prop.test() without continuity correction gives them
  for (i in which(regions)) {
    ci <- suppressWarnings(stats::prop.test(as.integer(df[[3L]][i]), as.integer(df[[2L]][i]),
                                            correct = FALSE)$conf.int)
    expect_identical(df[[5L]][i], formatC(ci[1L], digits = 3L, format = "f"))
    expect_identical(df[[6L]][i], formatC(ci[2L], digits = 3L, format = "f"))
  }
  md <- as.character(knitr::knit_print(rr))
  for (lab in df[[1L]][regions]) expect_match(md, paste0("|", lab, " "), fixed = TRUE)
})

test_that("a caption that is not one string is an error naming `caption`", {
  skip_if_not_installed("knitr")
  tab <- tabulate_choice(factor(c("a", "b", "a")))
  for (bad in list(5, c("a", "b"), NA_character_)) {
    expect_error(knit_print_peer(tab, caption = bad), "`caption` must be NULL or a single string",
                 class = "peersurvey_bad_argument")
  }
  expect_match(as.character(knit_print_peer(tab, caption = "Own caption")), "Own caption")
  skip_if_not_installed("flextable")
  expect_error(flextable::as_flextable(tab, caption = 5),
               "`caption` must be NULL or a single string", class = "peersurvey_bad_argument")
})
