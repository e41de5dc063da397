# survey_tables(): one table per item of any codebook, every count against
# base R, and no word of the 2025 instrument in the output of another one

services <- function() {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  cb <- survey_codebook(ex("services-codebook.csv"))
  s <- read_survey(ex("services-export.csv"), cb)
  list(cb = cb, s = s, raw = utils::read.csv(ex("services-export.csv"),
                                             colClasses = "character", encoding = "UTF-8",
                                             na.strings = character(0)),
       frame = utils::read.csv(ex("services-frame.csv"), stringsAsFactors = FALSE),
       design = survey_design(s, ex("services-frame.csv"), strata = "region"))
}

# Every text a set of tables shows: captions, notes, headers and cells
all_text <- function(tabs) {
  unlist(lapply(tabs, function(t) c(table_caption(t), table_notes(t), names(t),
                                    unlist(lapply(t, as.character)))))
}

test_that("another questionnaire gets one table per item, none naming the 2025 survey", {
  x <- services()
  tabs <- survey_tables(x$design)
  items <- setdiff(unique(x$cb$item), "service_id")
  expect_identical(names(tabs), items)
  expect_s3_class(tabs, "peer_tables")
  for (t in tabs) expect_s3_class(t, "peer_table")
  for (lang in c("en", "it")) {
    txt <- all_text(survey_tables(x$design, language = lang))
    expect_false(any(grepl("mhd_id|macro_area|department|dipartiment", txt, ignore.case = TRUE)),
                 label = lang)
    expect_true(any(grepl(if (lang == "en") "services" else "servizi", txt)))
  }
  expect_output(print(tabs), "How satisfied is the team")
})

test_that("single-choice counts, shares and intervals equal base R", {
  x <- services()
  tabs <- survey_tables(x$design, items = c("service_type", "peer_workers", "coproduction"))
  raw <- x$raw
  # service type: counts of the labels in the raw export
  v <- table_values(tabs$service_type)
  opt <- v[v$row_type == "option", ]
  lab <- x$cb$label_en[x$cb$item == "service_type"]
  expect_equal(opt$n, as.vector(table(factor(raw$service_type, lab))))
  expect_equal(opt$N, rep(sum(nzchar(raw$service_type)), nrow(opt)))
  ci <- stats::prop.test(opt$n[1], opt$N[1], correct = FALSE)$conf.int
  expect_equal(c(opt$lower[1], opt$upper[1]), as.vector(ci), tolerance = 1e-10)
  # a yes/no item with blanks: blanks apart, not in the base
  v <- table_values(tabs$coproduction)
  expect_equal(v$n[v$option == "yes"], sum(raw$coproduction == "Yes"))
  expect_equal(v$N[v$option == "yes"], sum(raw$coproduction %in% c("Yes", "No")))
  expect_equal(v$n[v$row_type == "blank"], sum(raw$coproduction == ""))
  # the printed cells are the numbers' n (%)
  expect_identical(tabs$coproduction[[2]][1],
                   sprintf("%d (%.1f)", v$n[1], round(100 * v$n[1] / v$N[1], 1)))
})

test_that("check-all items: base = units asked that answered; none and skipped apart", {
  x <- services()
  tabs <- survey_tables(x$design, items = "peer_roles")
  v <- table_values(tabs$peer_roles)
  raw <- x$raw
  asked <- raw$peer_workers == "Yes"
  cols <- grep("^peer_roles_", names(raw), value = TRUE)
  ticks <- as.matrix(raw[asked, cols]) == "Yes"
  answered <- rowSums(as.matrix(raw[asked, cols]) != "") > 0
  n <- colSums(ticks & answered)
  opt <- v[v$row_type == "option", ]
  expect_equal(opt$n, unname(sort(n, decreasing = TRUE)))
  expect_true(all(opt$N == sum(answered)))
  expect_equal(v$n[v$row_type == "none"], sum(answered & rowSums(ticks) == 0))
  expect_equal(v$n[v$row_type == "blank"], sum(!answered))
  # the note gives the skip logic: asked of those answering yes to the filter
  expect_match(table_notes(tabs$peer_roles)[1],
               sprintf("Asked only of the %d services answering \"Yes\"", sum(asked)), fixed = TRUE)
  # estimates with their Wilson intervals
  for (i in seq_len(nrow(opt))) {
    ci <- stats::prop.test(opt$n[i], opt$N[i], correct = FALSE)$conf.int
    expect_equal(c(opt$lower[i], opt$upper[i]), as.vector(ci), tolerance = 1e-10)
  }
})

test_that("Likert items count don't know apart from blanks, and give the top two levels", {
  x <- services()
  tab <- survey_tables(x$design, items = "satisfaction")$satisfaction
  v <- table_values(tab)
  raw <- x$raw
  asked <- raw$peer_workers == "Yes"
  lab <- x$cb$label_en[x$cb$item == "satisfaction"]
  levs <- lab[!x$cb$missing[x$cb$item == "satisfaction"]]
  ans <- raw$satisfaction[asked]
  opt <- v[v$row_type == "option", ]
  expect_equal(opt$n, as.vector(table(factor(ans, levs))))
  expect_equal(v$n[v$row_type == "missing"], sum(ans == "Don't know"))
  expect_equal(v$n[v$row_type == "blank"], sum(ans == ""))
  expect_true(v$n[v$row_type == "missing"] > 0)
  top <- v[v$row_type == "summary", ]
  expect_equal(top$n, sum(ans %in% utils::tail(levs, 2)))
  expect_equal(top$N, sum(ans %in% levs))
  # survey_missing() lists those answers with the unit's id
  dm <- survey_missing(x$s)
  expect_identical(sort(dm$id), sort(raw$service_id[raw$satisfaction == "Don't know"]))
  expect_match(paste(table_notes(tab), collapse = " "), "\"Don't know\" and blank answers")
})

test_that("numbers give median (IQR), range and total as base R", {
  x <- services()
  tab <- survey_tables(x$design, items = "n_peer")$n_peer
  v <- stats::setNames(table_values(tab)$value, table_values(tab)$option)
  w <- suppressWarnings(as.numeric(x$raw$n_peer[x$raw$peer_workers == "Yes"]))
  w <- w[!is.na(w)]
  expect_equal(v[["n"]], length(w))
  expect_equal(unname(v[c("q1", "median", "q3")]),
               unname(stats::quantile(w, c(0.25, 0.5, 0.75))))
  expect_equal(unname(v[c("min", "max", "sum")]), c(min(w), max(w), sum(w)))
})

test_that("free text is coded with the dictionary given", {
  x <- services()
  dict <- text_dictionary(data.frame(category = c("funding", "funding", "staff"),
                                     language = "en",
                                     pattern = c("funding", "money", "staff*")))
  tab <- survey_tables(x$design, items = "barriers_text", dictionary = dict)$barriers_text
  v <- table_values(tab)
  txt <- x$raw$barriers_text
  wrote <- nzchar(trimws(txt))
  ref_funding <- sum(grepl("\\b(funding|money)\\b", tolower(txt[wrote])))
  ref_staff <- sum(grepl("\\bstaff", tolower(txt[wrote])))
  expect_equal(v$n[v$option == "funding"], ref_funding)
  expect_equal(v$n[v$option == "staff"], ref_staff)
  expect_true(all(v$N[v$row_type == "option"] == sum(wrote)))
  # without a dictionary: the number who wrote
  plain <- table_values(survey_tables(x$design, items = "barriers_text")$barriers_text)
  expect_equal(plain$n[1], sum(wrote))
})

test_that("every table plots, with the codebook's labels and unit", {
  x <- services()
  tabs <- survey_tables(x$design, language = "it")
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  for (nm in names(tabs)) {
    drawn <- plot(tabs[[nm]])
    v <- table_values(tabs[[nm]])
    kind <- attr(tabs[[nm]], "kind")
    if (kind %in% c("single", "multi", "text"))
      expect_setequal(drawn$label, v$label[v$row_type == "option"])
  }
  # a single choice tabulated from plain vectors draws bars, one per level
  drawn <- plot(tabulate_choice(x$s$service_type))
  expect_identical(nrow(drawn), nlevels(x$s$service_type))
  # a check-all item tabulated from the survey's columns is labelled by its codebook
  cols <- grep("^peer_roles_", names(x$s), value = TRUE)
  drawn <- plot(tabulate_multi(x$s[x$s$peer_workers %in% TRUE, cols]))
  expect_setequal(drawn$label, x$cb$label_en[x$cb$item == "peer_roles"])
})

test_that("the Likert legend of the 2025 impact table names every level in order", {
  tab <- paper_tables()$impact
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  drawn <- plot(tab)
  keys <- attr(drawn, "layout")$keys
  cb <- survey_codebook()
  levs <- cb$label_en[cb$item == "impact_recovery" & !cb$missing]
  expect_identical(keys$label, levs)
})

test_that("survey_tables() checks its arguments", {
  x <- services()
  expect_error(survey_tables(x$design, items = "nope"), "not items of the codebook",
               class = "peersurvey_bad_argument")
  expect_error(survey_tables(x$design, conf = 1.2), "`conf`", class = "peersurvey_bad_argument")
  expect_error(survey_tables(x$design, method = "exact"), "`method`",
               class = "peersurvey_bad_argument")
  expect_error(survey_tables(data.frame(a = 1)), "codebook", class = "peersurvey_bad_argument")
  expect_error(survey_tables(x$design, dictionary = "barriers"), "`dictionary`",
               class = "peersurvey_bad_argument")
})

test_that("coded free text takes the labels of the checklist it complements", {
  s <- mhd_survey_2025
  tab <- survey_tables(s, items = "barriers_text", dictionary = barrier_dictionary(),
                       language = "en")$barriers_text
  v <- table_values(tab)
  opt <- v[v$row_type == "option", ]
  cb <- survey_codebook()
  expect_identical(opt$label, cb$label_en[cb$item == "barriers"][match(opt$option,
                                                  cb$option[cb$item == "barriers"])])
  wrote <- !is.na(s$barriers_text) & nzchar(trimws(s$barriers_text))
  codes <- code_text(s$barriers_text[wrote], barrier_dictionary())
  expect_equal(opt$n, unname(vapply(opt$option, function(o) sum(codes[[o]] %in% TRUE), 1)))
  expect_true(all(opt$N == sum(wrote)))
})
