# survey_design(): the answers tied to the frame; as_svydesign() equals it

services_design <- function(strata = "region") {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  cb <- survey_codebook(ex("services-codebook.csv"))
  s <- read_survey(ex("services-export.csv"), cb)
  fr <- utils::read.csv(ex("services-frame.csv"), stringsAsFactors = FALSE)
  list(s = s, frame = fr, design = survey_design(s, fr, strata = strata))
}

test_that("the design ties respondents to the frame, classes from labels in any case", {
  x <- services_design()
  d <- x$design
  expect_s3_class(d, "peer_design")
  expect_identical(d$id, "service_id")
  expect_identical(sum(d$responded), nrow(x$s))
  expect_identical(length(d$responded), nrow(x$frame))
  # the frame writes regions as labels in mixed case: read as codes, in codebook order
  expect_identical(levels(d$class), c("north", "east", "south", "west"))
  expect_equal(as.vector(table(d$class)),
               as.vector(table(factor(tolower(x$frame$region), c("north", "east", "south", "west")))))
  out <- capture.output(print(d))
  expect_match(out[1], "52 services in the frame, 44 responded \\(84.6%\\)")
  expect_true(any(grepl("South +12 +8", out)))
})

test_that("ids not in the frame and repeated ids are refused, listed", {
  x <- services_design()
  s2 <- x$s
  s2$service_id[3] <- "SVC99"
  expect_error(survey_design(s2, x$frame), "not in `frame`.*SVC99.*row 3",
               class = "peersurvey_not_in_frame")
  s3 <- x$s
  s3$service_id[4] <- s3$service_id[2]
  expect_error(survey_design(s3, x$frame), paste0("repeats service_id \"", x$s$service_id[2],
                                                  "\" \\(rows 2, 4\\)"),
               class = "peersurvey_duplicate_id")
  f2 <- x$frame[-1, ]
  f2$region[5] <- "Atlantis"
  expect_error(survey_design(x$s, f2, strata = "region"), "Atlantis")
  expect_error(survey_design(x$s, x$frame, strata = "nope"), "`strata`")
  expect_error(survey_design(x$s, x$frame, id = "nope"), "`id`")
})

test_that("estimate_prop() on the design equals a weighting-class estimate by hand", {
  x <- services_design()
  r <- estimate_prop(x$design, "peer_workers")
  expect_s3_class(r, "peer_estimate")
  cls <- x$design$class
  Nh <- table(cls)
  resp_cls <- cls[x$design$pos]
  y <- x$s$peer_workers
  ybar <- tapply(y, resp_cls, mean, na.rm = TRUE)
  expect_equal(r$estimate, sum(Nh * ybar) / sum(Nh), tolerance = 1e-12)
})

test_that("as_svydesign() names the weighting class with no respondent", {
  skip_if_not_installed("survey")
  frame <- data.frame(unit = sprintf("U%02d", 1:10), area = rep(c("A", "B"), c(6, 4)))
  d <- survey_design(data.frame(unit = frame$unit[1:6], y = TRUE), frame, id = "unit",
                     strata = "area")
  expect_error(as_svydesign(d), "Class \"B\" of `area` has no respondent",
               class = "peersurvey_sparse_class")
})

test_that("svymean() on as_svydesign() equals estimate_prop() to 1e-8", {
  skip_if_not_installed("survey")
  for (strata in list("region", NULL, c("region", "service_type"))) {
    x <- services_design(strata)
    d <- x$design
    ok <- tryCatch({ estimate_prop(d, "peer_workers"); TRUE },
                   peersurvey_sparse_class = function(e) FALSE)
    if (!ok) next
    # an item every respondent answered
    sd <- as_svydesign(d)
    m <- survey::svymean(~peer_workers, sd)
    r <- estimate_prop(d, "peer_workers")
    expect_equal(r$estimate, unname(coef(m)["peer_workersTRUE"]), tolerance = 1e-8)
    expect_equal(r$se, unname(survey::SE(m)["peer_workersTRUE"]), tolerance = 1e-8)
  }
  # an item with item nonresponse: the design of those who answered it
  x <- services_design("region")
  sd <- as_svydesign(x$design, item = "coproduction")
  m <- survey::svymean(~coproduction, sd)
  r <- estimate_prop(x$design, "coproduction")
  expect_equal(r$estimate, unname(coef(m)["coproductionTRUE"]), tolerance = 1e-8)
  expect_equal(r$se, unname(survey::SE(m)["coproductionTRUE"]), tolerance = 1e-8)
  # the 2025 survey, by macro-area
  d <- survey_design(mhd_survey_2025, mhd_frame, strata = "macro_area")
  m <- survey::svymean(~peer_support, as_svydesign(d))
  r <- estimate_prop(d, "peer_support")
  expect_equal(r$estimate, unname(coef(m)["peer_supportTRUE"]), tolerance = 1e-8)
  expect_equal(r$se, unname(survey::SE(m)["peer_supportTRUE"]), tolerance = 1e-8)
})

test_that("response_rates() takes the design; groups in codebook order", {
  x <- services_design()
  rr <- response_rates(x$design, by = "region")
  fr <- x$frame
  resp <- fr$service_id %in% x$s$service_id
  reg <- factor(tolower(fr$region), c("north", "east", "south", "west"))
  expect_identical(rr$group, c(levels(reg), "All"))
  expect_equal(rr$invited, c(as.vector(table(reg)), nrow(fr)))
  expect_equal(rr$responded, c(as.vector(table(reg[resp])), sum(resp)))
  # a frame column of text that is no codebook item: sorted, as table() sorts
  fr$size <- ifelse(fr$staff > 20, "small", "large")
  d2 <- survey_design(x$s, fr)
  rt <- response_rates(d2, by = "size", test = "none")
  expect_identical(rt$group, c("large", "small", "All"))
  expect_equal(rt$responded[1:2], as.vector(table(fr$size[resp])))
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  drawn <- plot(rr)
  expect_identical(drawn$label, c("North", "East", "South", "West"))
})

test_that("a frame given as a path keeps its ids and strata as text", {
  dir <- tempfile("frame")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE))
  cb <- file.path(dir, "cb.csv")
  writeLines(c("item,type,option,label_en", "service_id,id,,services",
               "peer,single,yes,Yes", "peer,single,no,No"), cb)
  writeLines(c("service_id,peer", "001,Yes", "002,No", "010,Yes"), file.path(dir, "x.csv"))
  # ids with leading zeros; strata written as numbers with leading zeros too
  ids <- sprintf("%03d", 1:12)
  zone <- rep(c("01", "02", "10"), each = 4)
  frame <- file.path(dir, "frame.csv")
  writeLines(c("service_id;zone", paste(ids, zone, sep = ";")), frame)
  s <- read_survey(file.path(dir, "x.csv"), survey_codebook(cb))
  d <- survey_design(s, frame, strata = "zone")
  expect_identical(d$frame$service_id, ids)
  expect_identical(levels(d$class), c("01", "02", "10"))
  # respondents 001, 002 (zone 01) and 010 (zone 10), as counted in base R
  expect_identical(d$responded, ids %in% c("001", "002", "010"))
  expect_identical(as.vector(table(d$class[d$responded])), c(2L, 0L, 1L))
  # the same frame as a data frame read as text gives the same design
  fr <- utils::read.csv2(frame, colClasses = "character")
  d2 <- survey_design(s, fr, strata = "zone")
  expect_identical(d2$responded, d$responded)
  expect_identical(d2$class, d$class)
  # a frame whose ids were read as numbers: the error says why they differ
  fr_num <- utils::read.csv2(frame)
  expect_error(survey_design(s, fr_num), "ids are numbers", class = "peersurvey_not_in_frame")
})

test_that("print() rounds the response rate as the tables do", {
  ex <- data.frame(id = paste0("U", 1:45), x = TRUE)
  fr <- data.frame(id = paste0("U", 1:80))
  out <- capture.output(print(survey_design(ex, fr, id = "id")))
  # 45 / 80 = 56.25%: halves away from zero, as sprintf("%.1f") would not
  expect_true(any(grepl("45 responded (56.3%)", out, fixed = TRUE)))
  expect_identical(sprintf("%.1f", 56.25), "56.2")
})

test_that("response_rates() sorts the groups of numbers by value; a factor keeps its levels", {
  x <- services_design()
  fr <- x$frame
  resp <- fr$service_id %in% x$s$service_id
  # staff in bands of ten: first seen 20, 10, 0, 40, ...; by value 0, 10, ..., 60
  fr$band <- fr$staff %/% 10 * 10
  want <- c(0, 10, 20, 30, 40, 50, 60)
  rr <- response_rates(survey_design(x$s, fr), by = "band", test = "none")
  expect_identical(rr$group, c(as.character(want), "All"))
  expect_equal(rr$invited, c(vapply(want, function(b) sum(fr$band == b), 1), nrow(fr)))
  expect_equal(rr$responded, c(vapply(want, function(b) sum(resp & fr$band == b), 1),
                               sum(resp)))
  # numbers written as text (a frame file holds text): by value, not "10" before "0"
  path <- tempfile(fileext = ".csv")
  utils::write.csv(fr, path, row.names = FALSE)
  rf <- response_rates(survey_design(x$s, path), by = "band", test = "none")
  expect_identical(rf$group, rr$group)
  expect_equal(rf$responded, rr$responded)
  # as a stratum too
  d <- survey_design(x$s, fr, strata = "band")
  expect_identical(levels(d$class), as.character(want))
  # a factor keeps the order of its levels
  fr$band <- factor(fr$band, levels = rev(want))
  rv <- response_rates(survey_design(x$s, fr), by = "band", test = "none")
  expect_identical(rv$group, c(as.character(rev(want)), "All"))
  expect_equal(rv$invited, c(vapply(rev(want), function(b) sum(fr$band == b), 1), nrow(fr)))
})

test_that("print() of a design speaks its codebook's language; the numbers stay as in English", {
  old <- options(width = 250)
  on.exit(options(old))
  for (lang in c("de", "it")) {
    x <- language_survey(lang)
    l <- x$labels
    out <- capture.output(print(x$design))
    en <- capture.output(print(x$design, language = "en"))
    # filled by hand from words.csv: 12 units in the frame, 8 of which answered
    expect_identical(out[1L], paste0("<peer_design> ", fill_by_hand(
      words_of("print_design", lang), N = "12", units = l[["units"]], n = "8",
      pct = sprintf("%.1f", 100 * 8 / 12), id = "svc")), info = lang)
    # the classes named by the codebook's caption of the stratum, in its language
    expect_identical(out[2L], fill_by_hand(words_of("print_classes_by", lang),
                                           strata = l[["region"]]), info = lang)
    heads <- words_of(c("col_class", "col_frame", "col_responded", "col_rate", "col_weight"), lang)
    expect_identical(strsplit(trimws(out[3L]), " +")[[1L]], heads, info = lang)
    expect_match(out[4L], l[["north"]], fixed = TRUE, info = lang)
    expect_match(out[5L], l[["south"]], fixed = TRUE, info = lang)
    # the English words are gone; the numbers are those of the English print
    expect_false(any(grepl("Weighting classes", out, fixed = TRUE)), info = lang)
    expect_identical(printed_numbers(out), printed_numbers(en), info = lang)
    expect_match(en[1L], "12 services in the frame, 8 responded (66.7%); id: svc", fixed = TRUE)
    # one class: its sentence in the language too
    one <- capture.output(print(survey_design(x$survey, x$frame)))
    expect_identical(one[2L], words_of("print_classes_none", lang), info = lang)
  }
  # without a codebook, the print is the English one
  plain <- capture.output(print(survey_design(data.frame(id = c("a", "b")),
                                              data.frame(id = c("a", "b", "c")), id = "id")))
  expect_identical(plain, c("<peer_design> 3 units in the frame, 2 responded (66.7%); id: id",
                            words_of("print_classes_none", "en")))
})

test_that("respondents who answer a stratum otherwise than the frame are listed, the frame used", {
  x <- services_design()
  expect_identical(nrow(x$design$conflicts), 0L)
  s2 <- x$s
  # two respondents say another region than the frame's; one leaves it blank
  k <- c(4L, 9L)
  fr_region <- tolower(x$frame$region[match(s2$service_id, x$frame$service_id)])
  other <- ifelse(fr_region[k] == "east", "west", "east")
  s2$region[k] <- other
  s2$region[12] <- NA
  expect_warning(d <- survey_design(s2, x$frame, strata = "region"),
                 class = "peersurvey_stratum_conflict")
  cf <- d$conflicts
  expect_identical(cf$row, k)
  expect_identical(cf$id, s2$service_id[k])
  expect_identical(cf$column, c("region", "region"))
  expect_identical(cf$survey, other)
  expect_identical(tolower(cf$frame), fr_region[k])
  # the classes and weights are the frame's, as without the conflict
  expect_identical(d$class, x$design$class)
  expect_output(print(d, language = "en"), "2 respondents answer a stratum otherwise")
  # labels and codes of the codebook are one answer; a stratum that is no
  # item is compared as text, case and spacing aside
  fr <- x$frame
  fr$size <- ifelse(fr$staff > 20, "Large", "Small")
  s3 <- x$s
  s3$size <- toupper(fr$size[match(s3$service_id, fr$service_id)])
  s3$size[2] <- if (s3$size[2] == "LARGE") "small" else "large"
  expect_warning(d3 <- survey_design(s3, fr, strata = c("region", "size")),
                 "service_id \"SVC03\" \\(row 2\\)")
  expect_identical(d3$conflicts$row, 2L)
  expect_identical(d3$conflicts$column, "size")
})
