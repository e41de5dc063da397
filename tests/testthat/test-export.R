# write_tables() and as_flextable(): the files written are read back with
# tools that know nothing of the package (unzip and the XML text of a
# Word file, openxlsx::read.xlsx(), read.csv()) and compared with the
# tables' own numbers and with counts made here in base R.

# A copy of the services export with answers the codebook cannot read, so
# that the survey has problems to list
services_with_problems <- function() {
  lines <- readLines(services_path("services-export.csv"), encoding = "UTF-8")
  lines[2L] <- sub("\"Inpatient unit\"", "\"Hospital ward\"", lines[2L], fixed = TRUE)
  lines[3L] <- sub("\"Very satisfied\"", "\"Over the moon\"", lines[3L], fixed = TRUE)
  f <- tempfile(fileext = ".csv")
  writeLines(lines, f, useBytes = TRUE)
  cb <- survey_codebook(services_path("services-codebook.csv"))
  suppressWarnings(read_survey(f, cb))
}

test_that("a Word file of write_tables() holds every caption, cell and note", {
  skip_if_not_installed("flextable")
  skip_if_not_installed("officer")
  for (tabs in list(paper_tables(), paper_tables(language = "it"),
                    survey_tables(services_design()))) {
    f <- tempfile(fileext = ".docx")
    expect_identical(write_tables(tabs, f), f)
    paras <- docx_paragraphs(f)
    for (nm in names(tabs)) {
      x <- tabs[[nm]]
      expect_true(any(grepl(table_caption(x), paras, fixed = TRUE)), label = nm)
      cells <- table_cells(x)
      missing <- cells[!cells %in% paras]
      expect_identical(missing, character(), label = paste(nm, "cells"))
      for (note in table_notes(x))
        expect_true(note %in% paras, label = paste(nm, "note"))
    }
    # one page per table: a page break before every table but the first
    xml <- docx_xml(f)
    breaks <- lengths(regmatches(xml, gregexpr("<w:br w:type=\"page\"/>", xml, fixed = TRUE)))
    expect_identical(breaks, length(tabs) - 1L)
  }
})

test_that("the Word file lists the data problems of a survey", {
  skip_if_not_installed("flextable")
  skip_if_not_installed("officer")
  s <- services_with_problems()
  prob <- survey_problems(s)
  expect_gte(nrow(prob), 2L)
  f <- write_tables(survey_tables(s, items = "service_type"), tempfile(fileext = ".docx"),
                    problems = s)
  paras <- docx_paragraphs(f)
  expect_true(any(grepl(peersurvey:::word("problems", "en"), paras, fixed = TRUE)))
  expect_true(all(c("Hospital ward", "Over the moon") %in% paras))
  expect_true(all(as.character(prob$id) %in% paras))
})

test_that("a spreadsheet of write_tables() gives back the numbers of the tables", {
  skip_if_not_installed("openxlsx")
  design <- services_design()
  s <- design$survey
  for (tabs in list(survey_tables(design), paper_tables())) {
    f <- write_tables(tabs, tempfile(fileext = ".xlsx"))
    expect_identical(openxlsx::getSheetNames(f), names(tabs))
    for (nm in names(tabs)) {
      x <- tabs[[nm]]
      v <- table_values(x)
      got <- openxlsx::read.xlsx(f, sheet = nm, startRow = 3, sep.names = " ")
      # the caption and the notes above the header; nothing below the rows
      top <- openxlsx::read.xlsx(f, sheet = nm, rows = 1:2, colNames = FALSE,
                                 skipEmptyRows = FALSE)
      expect_identical(top[1, 1], table_caption(x), label = nm)
      if (length(table_notes(x)))
        expect_identical(top[2, 1], paste(table_notes(x), collapse = " "), label = nm)
      expect_identical(nrow(got), nrow(v), label = nm)
      if (nrow(as_kable_data(x)) == nrow(v))
        expect_identical(got[[1L]], as_kable_data(x)[[1L]], label = nm)
      if (!is.null(v$n)) {
        expect_true(is.numeric(got$n), label = nm)
        expect_equal(got$n, as.numeric(v$n), label = nm)
      }
      if (!is.null(v$N)) expect_equal(got[["Base (N)"]], as.numeric(v$N), label = nm)
      if (!is.null(v$estimate)) {
        expect_true(is.numeric(got[["%"]]), label = nm)
        expect_equal(got[["%"]], v$estimate, tolerance = 1e-12, label = nm)
        expect_equal(got[["95% CI, lower limit"]], v$lower, tolerance = 1e-12, label = nm)
        expect_equal(got[["95% CI, upper limit"]], v$upper, tolerance = 1e-12, label = nm)
      }
      if (!is.null(v$value)) expect_equal(got$Value, v$value, label = nm)
    }
  }
  # against base R: the service types counted from the survey itself
  f <- write_tables(survey_tables(design, items = "service_type"), tempfile(fileext = ".xlsx"))
  got <- openxlsx::read.xlsx(f, sheet = 1, startRow = 3, sep.names = " ")
  k <- table(s$service_type)
  opt <- got$Code %in% names(k)
  expect_equal(got$n[opt], as.vector(k[got$Code[opt]]))
  expect_equal(got[["%"]][opt], as.vector(k[got$Code[opt]]) / sum(!is.na(s$service_type)))
})

test_that("the read-back of ?write_tables gives the rows and numbers of table_values()", {
  skip_if_not_installed("openxlsx")
  dir <- tempfile("xlsx")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE))
  writeLines(c("item,type,option,label_en,question_en", "id,id,,services,",
               "q,single,a,A,Q", "q,single,b,B,Q",
               "roles,multi,groups,Groups,Roles", "roles,multi,outreach,Outreach,Roles"),
             file.path(dir, "cb.csv"))
  # roles_outreach is not in the export: its count is unknown
  writeLines(c("id,q,roles_groups", "S1,a,1", "S2,b,0", "S3,a,1", "S4,,"),
             file.path(dir, "x.csv"))
  s <- suppressWarnings(read_survey(file.path(dir, "x.csv"),
                                    survey_codebook(file.path(dir, "cb.csv"))))
  tabs <- survey_tables(s)
  path <- write_tables(tabs, file.path(dir, "t.xlsx"))
  for (sheet in seq_along(tabs)) {
    v <- table_values(tabs[[sheet]])
    # exactly the call the help page gives
    back <- openxlsx::read.xlsx(path, sheet, startRow = 3)
    expect_identical(nrow(back), nrow(v))
    expect_equal(back$n, as.numeric(v$n))
    expect_equal(back[["%"]], v$estimate, tolerance = 1e-12)
    expect_equal(back[[grep("lower", names(back))]], v$lower, tolerance = 1e-12)
    expect_equal(back[[grep("upper", names(back))]], v$upper, tolerance = 1e-12)
  }
  # and the counts themselves, from the export in base R
  q <- openxlsx::read.xlsx(path, "q", startRow = 3)
  expect_equal(q$n[q$Code %in% c("a", "b")], c(2, 1))
  roles <- openxlsx::read.xlsx(path, "roles", startRow = 3)
  expect_equal(roles$n[roles$Code == "groups"], 2)
  expect_true(is.na(roles$n[roles$Code == "outreach"]))
})

test_that("the spreadsheet of an Italian table has Italian headers and the impact counts", {
  skip_if_not_installed("openxlsx")
  tabs <- paper_tables(language = "it")
  f <- write_tables(tabs["impact"], tempfile(fileext = ".xlsx"))
  got <- openxlsx::read.xlsx(f, sheet = 1, startRow = 3, sep.names = " ")
  expect_true("Limite inferiore" %in% sub("^.*, l", "L", names(got)))
  # counts of each level of each impact item, from the survey in base R
  s <- mhd_survey_2025[mhd_survey_2025$peer_support %in% TRUE, ]
  lev <- levels(s$impact_recovery)
  counts <- got[seq_len(5L), grep("^n: ", names(got))]
  expect_identical(ncol(counts), length(lev))
  expect_equal(unname(unlist(counts[1L, ])), as.vector(table(s$impact_recovery)))
})

test_that("the spreadsheet lists the data problems of a survey in a sheet of its own", {
  skip_if_not_installed("openxlsx")
  s <- services_with_problems()
  prob <- survey_problems(s)
  tabs <- survey_tables(s, items = c("service_type", "satisfaction"))
  f <- write_tables(tabs, tempfile(fileext = ".xlsx"), problems = s)
  expect_identical(openxlsx::getSheetNames(f), c(names(tabs), "problems"))
  got <- openxlsx::read.xlsx(f, sheet = "problems", startRow = 3, sep.names = " ")
  expect_identical(nrow(got), nrow(prob))
  expect_setequal(got[[which(names(prob) == "value")]], prob$value)
  expect_equal(got[[which(names(prob) == "row")]], as.numeric(prob$row))
  # a design gives its survey's problems; a survey without problems adds no sheet
  f2 <- write_tables(tabs, tempfile(fileext = ".xlsx"), problems = services_design())
  expect_identical(openxlsx::getSheetNames(f2), names(tabs))
})

test_that("the problems written with tables are in the tables' language, as their headers", {
  skip_if_not_installed("openxlsx")
  s <- services_with_problems()
  # the two answers no code or label matches, in Italian as the codebook's
  # readers see them
  expect_true(all(c("Hospital ward", "Over the moon") %in% survey_problems(s)$value))
  it_reason <- "non corrisponde ad alcun codice o etichetta"
  tabs <- survey_tables(s, items = "service_type", language = "it")
  f <- write_tables(tabs, tempfile(fileext = ".xlsx"), problems = s)
  got <- openxlsx::read.xlsx(f, sheet = "problems", startRow = 3, sep.names = " ")
  reason <- got[[ncol(got)]][got[[which(names(survey_problems(s)) == "value")]] %in%
                               c("Hospital ward", "Over the moon")]
  expect_identical(reason, rep(it_reason, 2L))
  expect_false(any(grepl("matches no code", got[[ncol(got)]], fixed = TRUE)))
  # a data frame of survey_problems() in English is said again in Italian
  f2 <- write_tables(tabs, tempfile(fileext = ".csv"), problems = survey_problems(s))
  got2 <- utils::read.csv(attr(f2, "files")[["problems"]], encoding = "UTF-8")
  expect_identical(sum(got2$reason == it_reason), 2L)
  if (requireNamespace("flextable", quietly = TRUE) &&
      requireNamespace("officer", quietly = TRUE)) {
    paras <- docx_paragraphs(write_tables(tabs, tempfile(fileext = ".docx"), problems = s))
    expect_identical(sum(paras == it_reason), 2L)
    expect_false(any(paras == "matches no code or label"))
  }
  # English tables keep English reasons
  f3 <- write_tables(survey_tables(s, items = "service_type"), tempfile(fileext = ".xlsx"),
                     problems = s)
  got3 <- openxlsx::read.xlsx(f3, sheet = "problems", startRow = 3, sep.names = " ")
  expect_identical(sum(got3[[ncol(got3)]] == "matches no code or label"), 2L)
})

test_that("CSV files of write_tables() give back the numbers, one file per table", {
  design <- services_design()
  tabs <- survey_tables(design)
  f <- tempfile(fileext = ".csv")
  out <- write_tables(tabs, f, problems = services_with_problems())
  files <- attr(out, "files")
  expect_true(all(file.exists(files)))
  expect_identical(names(files), c(names(tabs), "problems"))
  index <- utils::read.csv(f, encoding = "UTF-8", stringsAsFactors = FALSE)
  expect_identical(index$table, c(names(tabs), "problems"))
  expect_identical(index$caption[seq_along(tabs)], unname(vapply(tabs, table_caption, "")))
  for (nm in names(tabs)) {
    v <- table_values(tabs[[nm]])
    got <- utils::read.csv(files[[nm]], encoding = "UTF-8", stringsAsFactors = FALSE)
    for (col in intersect(c("n", "N", "estimate", "lower", "upper", "value"), names(v)))
      expect_identical(as.numeric(got[[col]]), as.numeric(v[[col]]), label = paste(nm, col))
  }
  # the Likert counts against base R
  got <- utils::read.csv(files[["satisfaction"]], stringsAsFactors = FALSE)
  k <- table(design$survey$satisfaction)
  expect_equal(got$n[match(names(k), got$option)], as.vector(k))
})

test_that("write_tables() takes a single table and names what is wrong", {
  x <- paper_tables()$ladder
  out <- write_tables(x, tempfile(fileext = ".csv"))
  expect_length(attr(out, "files"), 1L)
  expect_error(write_tables(mhd_survey_2025, tempfile(fileext = ".csv")),
               "tables", class = "peersurvey_bad_argument")
  expect_error(write_tables(list(x, 1), tempfile(fileext = ".csv")),
               "element 2", class = "peersurvey_bad_argument")
  expect_error(write_tables(x, tempfile(fileext = ".txt")), "path",
               class = "peersurvey_bad_argument")
  expect_error(write_tables(x, file.path(tempfile(), "no", "t.csv")), "folder",
               class = "peersurvey_bad_argument")
  expect_error(write_tables(x, tempfile(fileext = ".csv"), problems = "x"), "problems",
               class = "peersurvey_bad_argument")
  f <- write_tables(x, tempfile(fileext = ".csv"))
  expect_error(write_tables(x, f, overwrite = FALSE), "overwrite",
               class = "peersurvey_bad_argument")
  # a package that is not installed is named, with the command to install it
  expect_error(peersurvey:::need_package("notapackage0", "Writing tables to Word"),
               "install.packages(\"notapackage0\")", fixed = TRUE,
               class = "peersurvey_missing_package")
})

test_that("as_flextable() gives caption, header, cells and notes of every table class", {
  skip_if_not_installed("flextable")
  tabs <- paper_tables()
  ft <- flextable::as_flextable(tabs$barriers)
  expect_s3_class(ft, "flextable")
  body <- ft$body$dataset
  expect_identical(unname(unlist(body)), unname(unlist(as_kable_data(tabs$barriers))))
  # the checklist and free-text columns under spanning headings
  chunks <- ft$header$content$content$data
  head_text <- function(i) unname(vapply(chunks[i, ], function(ch) paste(ch$txt, collapse = ""),
                                         ""))
  expect_identical(nrow(chunks), 2L)
  expect_identical(head_text(1L), c("Barrier", "Checklist", "Checklist", "Free text", "Free text"))
  expect_identical(head_text(2L), c("Barrier", "n (%)", "% (95% CI)", "n (%)", "% (95% CI)"))
  expect_identical(unname(unlist(ft$footer$dataset[, 1])), table_notes(tabs$barriers))
  expect_identical(ft$caption$value, table_caption(tabs$barriers))
  # a tabulation, response rates and estimates
  x <- factor(c("a", "b", "a", NA), levels = c("a", "b"))
  ft <- flextable::as_flextable(tabulate_choice(x))
  expect_identical(ft$body$dataset[[2L]], format(tabulate_choice(x))[["n (%)"]])
  d <- services_design()
  rr <- response_rates(d, by = "region")
  ft <- flextable::as_flextable(rr)
  expect_identical(ft$body$dataset[[2L]], as.character(rr$invited))
  frame <- utils::read.csv(services_path("services-frame.csv"))
  expect_identical(ft$body$dataset[[2L]][nrow(rr)], as.character(nrow(frame)))
  # the chi-square test of spread in the footnote, as stats computes it
  tab <- rbind(rr$responded, rr$invited - rr$responded)[, -nrow(rr)]
  fit <- suppressWarnings(stats::chisq.test(tab, correct = FALSE))
  foot <- ft$footer$dataset[[1L]]
  expect_true(any(grepl(sprintf("chi-square = %.2f, df = %d", fit$statistic, fit$parameter),
                        foot, fixed = TRUE)))
  # every table fits the width of a portrait page
  for (x in c(paper_tables(), survey_tables(d)))
    expect_lte(sum(dim(flextable::as_flextable(x))$widths), 6.3 + 1e-9)
  est <- estimate_prop(d, "service_type", level = "crisis")
  ft <- flextable::as_flextable(est, language = "it")
  # the item by its question and the answer by its label, in Italian, as
  # the codebook file writes them
  cb_csv <- services_codebook_csv()
  row <- cb_csv$item == "service_type" & cb_csv$option == "crisis"
  expect_identical(ft$body$dataset[[1L]], enc2utf8(unique(cb_csv$question_it[cb_csv$item == "service_type"])))
  expect_identical(ft$body$dataset[[2L]], enc2utf8(cb_csv$label_it[row]))
  expect_equal(est$estimate > 0, TRUE)
  # the share with its interval, with a decimal comma in Italian
  expect_match(ft$body$dataset[[3L]],
               paste0("^", sub(".", ",", sprintf("%.1f", 100 * est$estimate), fixed = TRUE), " "))
})

test_that("as_flextable() of estimates names options of check-all items and domains as the codebook does", {
  skip_if_not_installed("flextable")
  d <- services_design()
  s <- as.data.frame(d$survey)
  est <- estimate_prop(d, c("peer_roles_groups", "peer_roles_advocacy"), domain = "peer_workers")
  cb_csv <- services_codebook_csv()
  q <- function(item, lang) unique(cb_csv[[paste0("question_", lang)]][cb_csv$item == item])
  lab <- function(opt, lang) cb_csv[[paste0("label_", lang)]][cb_csv$item == "peer_roles" &
                                                                cb_csv$option == opt]
  for (lang in c("en", "it")) {
    body <- flextable::as_flextable(est, language = lang)$body$dataset
    # the item's question (it ends with "?") and the option's label
    expect_identical(body[[1L]], enc2utf8(paste(q("peer_roles", lang),
                                                 c(lab("groups", lang), lab("advocacy", lang)))))
    # the domain by its question, not its column's name
    expect_identical(body[[2L]], enc2utf8(rep(q("peer_workers", lang), 2L)))
  }
  # the shares themselves: among the services with peer workers that
  # answered, counted here in base R, with one weighting class (the
  # design has no strata) the unweighted share
  d1 <- survey_design(d$survey, services_path("services-frame.csv"))
  e1 <- estimate_prop(d1, "peer_roles_groups", domain = "peer_workers")
  body <- flextable::as_flextable(e1, language = "en")$body$dataset
  y <- s$peer_roles_groups[s$peer_workers %in% TRUE & !is.na(s$peer_roles_groups)]
  expect_match(body[[3L]], paste0("^", sprintf("%.1f", 100 * mean(y)), " "))
  # a column that is no item keeps its name
  dd <- d1
  dd$survey$with_peers <- dd$survey$peer_workers
  e2 <- estimate_prop(dd, "peer_roles_groups", domain = "with_peers")
  expect_identical(flextable::as_flextable(e2, language = "en")$body$dataset[[2L]], "with_peers")
})

test_that("as_flextable() of estimates by a column shows the group of every row", {
  skip_if_not_installed("flextable")
  d <- services_design()
  s <- as.data.frame(d$survey)
  est <- estimate_prop(d, "peer_workers", by = "region")
  ft <- flextable::as_flextable(est, language = "de")
  body <- ft$body$dataset
  head_text <- function(ft) {
    chunks <- ft$header$content$content$data
    unname(vapply(chunks[1L, ], function(ch) paste(ch$txt, collapse = ""), ""))
  }
  heads <- head_text(ft)
  expect_true("Gruppe" %in% heads)
  g <- body[[which(heads == "Gruppe")]]
  # one row per region with respondents, each named by its region's label
  # (the codebook has no German labels: its first language's)
  regions <- levels(droplevels(factor(s$region)))
  cb_csv <- services_codebook_csv()
  cb_region <- cb_csv[cb_csv$item == "region", ]
  region_label <- setNames(cb_region$label_en, cb_region$option)
  expect_setequal(g, unname(region_label[regions]))
  expect_false(anyDuplicated(g) > 0L)
  g <- names(region_label)[match(g, region_label)]     # back to the codes
  # the weighting classes are the regions: each region's share is its
  # respondents' share, counted here in base R
  ci <- body[[which(grepl("KI", heads))]]
  for (r in regions) {
    y <- s$peer_workers[s$region == r & !is.na(s$peer_workers)]
    expect_match(ci[g == r], paste0("^", sub(".", ",", sprintf("%.1f", 100 * mean(y)),
                                             fixed = TRUE), " "), label = r)
  }
  # each group's units: by a weighting class, its size in the frame
  expect_true("Einheiten in der Dom\u00e4ne (gesch\u00e4tzt)" %in% heads)
  size <- body[[which(heads == "Einheiten in der Dom\u00e4ne (gesch\u00e4tzt)")]]
  nf <- table(tolower(trimws(d$frame$region)))
  for (r in regions) expect_identical(size[g == r], as.character(nf[[tolower(r)]]), label = r)
  foot <- function(ft) paste(unlist(lapply(ft$footer$content$content$data, function(ch) ch$txt)),
                             collapse = " ")
  expect_match(foot(ft), "in jeder Dom\u00e4ne oder Gruppe", fixed = TRUE)
  # without `by`, no group column, and the note of the whole frame
  ft1 <- flextable::as_flextable(estimate_prop(d, "peer_workers"), language = "de")
  expect_false("Gruppe" %in% head_text(ft1))
  expect_false("Einheiten in der Dom\u00e4ne (gesch\u00e4tzt)" %in% head_text(ft1))
  expect_match(foot(ft1), "Anteile an der gesamten Auswahlgrundlage", fixed = TRUE)
})

test_that("as_flextable() of a list of one table gives that table; of several, names `x`", {
  skip_if_not_installed("flextable")
  d <- services_design()
  cb <- services_codebook_csv()
  one <- survey_tables(d, items = "peer_roles")
  ft <- flextable::as_flextable(one)
  expect_identical(ft$caption$value, unique(cb$question_en[cb$item == "peer_roles"]))
  expect_true(all(cb$label_en[cb$item == "peer_roles"] %in% ft$body$dataset[[1L]]))
  expect_error(flextable::as_flextable(survey_tables(d, items = c("peer_roles", "region"))),
               "`x` must be one table.*list of 2 tables", class = "peersurvey_bad_argument")
})

test_that("the spreadsheet of a German table keeps the capital of the nouns in its interval headers", {
  skip_if_not_installed("openxlsx")
  cb <- tempfile(fileext = ".csv")
  on.exit(unlink(cb))
  writeLines(c("item,type,option,label_de", "einrichtung,id,,Einrichtungen",
               "peer,single,yes,Ja", "peer,single,no,Nein"), cb, useBytes = TRUE)
  s <- read_survey(data.frame(einrichtung = c("E1", "E2", "E3"), peer = c("Ja", "Nein", "Ja")),
                   survey_codebook(cb))
  tabs <- survey_tables(s, language = "de")
  f <- write_tables(tabs, tempfile(fileext = ".xlsx"))
  got <- names(openxlsx::read.xlsx(f, sheet = 1, startRow = 3, sep.names = " ", check.names = FALSE))
  # the German words of the shipped word list, after a comma: the adjective
  # lower case, the noun ("Grenze") capitalised
  w <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                       colClasses = "character", encoding = "UTF-8")
  bound <- w$de[match(c("lower", "upper"), w[[1L]])]
  expect_identical(bound, c("Untere Grenze", "Obere Grenze"))
  after <- sub("^[^,]*, ", "", got[grepl(",", got)])
  expect_identical(after, c("untere Grenze", "obere Grenze"))
})

test_that("as_flextable() of intervals of prop_ci() shows the share and the base", {
  skip_if_not_installed("flextable")
  p <- prop_ci(c(34, 10), c(61, 20))
  body <- flextable::as_flextable(p)$body$dataset
  # the share and Wilson's limits, as prop.test() without continuity
  # correction gives them, and the base; no item, level or frame columns
  want <- vapply(1:2, function(i) {
    k <- c(34, 10)[i]; n <- c(61, 20)[i]
    ci <- stats::prop.test(k, n, correct = FALSE)$conf.int
    sprintf("%.1f (%.1f\u2013%.1f)", 100 * k / n, 100 * ci[1L], 100 * ci[2L])
  }, "")
  expect_identical(body[[1L]], want)
  expect_identical(body[[2L]], c("61", "20"))
  expect_length(body, 2L)
  # with a finite population, its size is shown
  p2 <- prop_ci(34, 61, N = 135, method = "hypergeometric")
  body2 <- flextable::as_flextable(p2)$body$dataset
  expect_identical(body2[[3L]], "135")
  expect_match(body2[[1L]], sprintf("^%.1f ", 100 * 34 / 61))
})
