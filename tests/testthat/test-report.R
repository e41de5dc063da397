# The R Markdown template: drafted and rendered on the shipped data and on a
# user's own export and frame.

template_dir <- function()
  system.file("rmarkdown", "templates", "peer-survey-report", package = "peersurvey")

test_that("the report template is installed with its skeleton", {
  dir <- template_dir()
  expect_true(nzchar(dir))
  expect_true(file.exists(file.path(dir, "template.yaml")))
  skel <- readLines(file.path(dir, "skeleton", "skeleton.Rmd"), encoding = "UTF-8")
  expect_true(any(grepl("^  export: \"\"", skel)))
  expect_true(any(grepl("^  frame: \"\"", skel)))
})

# Rendering needs rmarkdown, knitr and pandoc
skip_without_pandoc <- function() {
  skip_if_not_installed("rmarkdown")
  skip_if_not_installed("knitr")
  skip_if_not(rmarkdown::pandoc_available())
}

# A new directory for one test's report
report_dir <- function() {
  dir <- tempfile("report")
  dir.create(dir)
  dir
}

draft_report <- function(dir) {
  old <- setwd(dir)
  on.exit(setwd(old))
  rmarkdown::draft("report.Rmd", template = "peer-survey-report", package = "peersurvey",
                   edit = FALSE)
  file.path(dir, "report.Rmd")
}

render_quiet <- function(input, params = NULL) {
  # not self-contained: the page holds only the report, no embedded scripts
  out <- rmarkdown::render(input, params = params, quiet = TRUE,
                           output_dir = dirname(input), envir = new.env(),
                           output_options = list(self_contained = FALSE))
  paste(readLines(out, encoding = "UTF-8", warn = FALSE), collapse = "\n")
}

test_that("the report's title and date leave no objects behind", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  input <- draft_report(dir)
  # the objects a user may hold under the short names the title and date
  # work with: render() evaluates the header in the environment it is given
  env <- new.env()
  short <- c("t", "d", "m", "months", "day", "sep")
  for (nm in short) assign(nm, paste("mine", nm), envir = env)
  out <- rmarkdown::render(input, quiet = TRUE, output_dir = dir, envir = env,
                           output_options = list(self_contained = FALSE))
  for (nm in short) expect_identical(get(nm, envir = env), paste("mine", nm), label = nm)
  # ... and the header still gives the title and today's date
  html <- paste(readLines(out, encoding = "UTF-8", warn = FALSE), collapse = "\n")
  expect_match(html, format(Sys.Date(), "%Y"), fixed = TRUE)
  expect_match(html, month.name[as.integer(format(Sys.Date(), "%m"))], fixed = TRUE)
})

test_that("the drafted report renders as it stands on the shipped data", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  html <- render_quiet(draft_report(dir))
  # one table per paper table, plus the published figures
  n_tables <- lengths(regmatches(html, gregexpr("<caption>", html, fixed = TRUE)))
  expect_identical(n_tables, length(paper_tables()) + 1L)
  n_img <- lengths(regmatches(html, gregexpr("<img", html, fixed = TRUE)))
  expect_gte(n_img, 5L)
  # every figure says that its data are illustrative
  expect_identical(lengths(regmatches(gsub("\\s+", " ", html), gregexpr(
    "<em>Figure from the synthetic data: illustrative, not the paper", gsub("\\s+", " ", html),
    fixed = TRUE))), n_img)
  expect_match(html, "Lack of formal recognition", fixed = TRUE)
  expect_match(html, "Published findings", fixed = TRUE)
  expect_match(gsub("\\s+", " ", html),
               "only 135, 61, 45% and 55.7% (34 of 61) are published values", fixed = TRUE)
  expect_match(html, "survey report", fixed = TRUE)
  d <- Sys.Date()
  expect_match(html, paste(as.integer(format(d, "%d")), month.name[as.integer(format(d, "%m"))],
                           format(d, "%Y")), fixed = TRUE)
  expect_false(grepl("## NULL", html, fixed = TRUE))
})

test_that("the report's title and date follow the language", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  html <- render_quiet(draft_report(dir), params = list(language = "it"))
  mesi <- c("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
            "agosto", "settembre", "ottobre", "novembre", "dicembre")
  d <- Sys.Date()
  expect_match(html, "rapporto di indagine", fixed = TRUE)
  expect_false(grepl("survey report", html, fixed = TRUE))
  expect_match(html, paste(as.integer(format(d, "%d")), mesi[as.integer(format(d, "%m"))],
                           format(d, "%Y")), fixed = TRUE)
  expect_match(html, "Risultati pubblicati, ricalcolati", fixed = TRUE)
})

test_that("the report renders for a user's own export and frame", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  # the shipped export without its last 21 departments, and a frame written
  # with Italian labels for the macro-areas
  raw <- readLines(system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey"),
                   encoding = "UTF-8")
  export <- file.path(dir, "my-export.csv")
  writeLines(raw[1:41], export, useBytes = TRUE)
  cb <- survey_codebook()
  ma <- cb[cb$item == "macro_area", ]
  fr <- data.frame(mhd_id = mhd_frame$mhd_id, region = as.character(mhd_frame$region),
                   macro_area = ma$label_it[match(mhd_frame$macro_area, ma$option)])
  frame <- file.path(dir, "my-frame.csv")
  utils::write.csv(fr, frame, row.names = FALSE, fileEncoding = "UTF-8")
  html <- render_quiet(draft_report(dir), params = list(export = export, frame = frame,
                                                         strata = "macro_area",
                                                         language = "it"))
  expect_match(html, "my-export.csv", fixed = TRUE)
  # 40 of 135 responded, in Italian, by macro-area (the frame's Italian
  # labels read as the codebook's codes)
  mine <- read_survey(export)
  expect_identical(nrow(mine), 40L)
  # the overall row named in the report's language, as in Word
  expect_match(html, "Totale</td>\\s*<td[^>]*>135</td>\\s*<td[^>]*>40</td>", perl = TRUE)
  expect_match(html, "Mancato riconoscimento formale", fixed = TRUE)
  expect_false(grepl("Published findings", html, fixed = TRUE))
  # one table per item of the codebook (the id aside), and the ladder of the
  # co-production practices, whose options carry rungs
  n_tables <- lengths(regmatches(html, gregexpr("<caption>", html, fixed = TRUE)))
  expect_identical(n_tables, length(survey_tables(mine)) + 1L)
  expect_match(gsub("\\s+", " ", html), table_caption(ladder_table(mine, language = "it")),
               fixed = TRUE)
})

test_that("the report renders for another questionnaire, naming none of the 2025 survey", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  html <- render_quiet(draft_report(dir), params = list(
    export = services_path("services-export.csv"), codebook = services_path("services-codebook.csv"),
    frame = services_path("services-frame.csv"), strata = "region", language = "en"))
  cb <- survey_codebook(services_path("services-codebook.csv"))
  s <- read_survey(services_path("services-export.csv"), cb)
  # 44 of 52, by region in the codebook's order
  expect_match(html, "All</td>\\s*<td[^>]*>52</td>\\s*<td[^>]*>44</td>", perl = TRUE)
  # one table per item, captions from the codebook's questions, and the
  # ladder of the item whose options carry rungs
  n_tables <- lengths(regmatches(html, gregexpr("<caption>", html, fixed = TRUE)))
  rung_items <- unique(cb$item[cb$type == "multi" & nzchar(cb$rung)])
  expect_identical(length(rung_items), 1L)
  expect_identical(n_tables, length(unique(cb$item)) - 1L + length(rung_items))
  expect_match(html, "How satisfied is the team", fixed = TRUE)
  expect_match(html, "Highest rung of the co-production ladder reached", fixed = TRUE)
  lt <- ladder_table(s)
  for (cell in lt[[2L]]) expect_match(html, paste0(">", cell, "<"), fixed = TRUE)
  # counts as base R: the services that employ peer support workers
  raw <- utils::read.csv(services_path("services-export.csv"), colClasses = "character")
  yes <- sum(raw$peer_workers == "Yes")
  expect_match(html, sprintf(">%d \\(%.1f\\)<", yes, 100 * yes / nrow(raw)), perl = TRUE)
  txt <- gsub("<[^>]+>", " ", html)
  expect_false(grepl("mhd_id|macro_area|[Dd]epartment|Mental Health Department", txt))
  expect_match(txt, "services")
  # the R-indicator beside the response rates, as r_indicator() gives it
  frame <- utils::read.csv(services_path("services-frame.csv"), stringsAsFactors = FALSE)
  d <- survey_design(s, frame, strata = "region")
  set.seed(1)
  ri <- r_indicator(d$frame, d$responded, vars = "region", B = 200)
  # the classes named by the codebook's question of the stratum, not its column
  region_q <- function(lang) {
    book <- utils::read.csv(services_path("services-codebook.csv"), colClasses = "character",
                            encoding = "UTF-8")
    book[[paste0("question_", lang)]][book$item == "region"][1L]
  }
  expect_match(txt, sprintf("R-indicator of representativeness (on %s): %.3f", region_q("en"),
                            ri$R), fixed = TRUE)
  # the yes/no items as shares of the frame, as survey::svymean() gives them
  # on the respondents stratified by region with the frame's class sizes
  expect_match(txt, "Estimates for all the units of the frame", fixed = TRUE)
  ref <- as.data.frame(s)
  # (the frame writes its regions in any case: "East", "east", "SOUTH")
  region <- tolower(trimws(frame$region))
  ref$region <- region[match(ref$service_id, frame$service_id)]
  ref$Nh <- as.vector(table(region)[ref$region])
  for (it in if (requireNamespace("survey", quietly = TRUE)) c("peer_workers", "coproduction")) {
    r <- ref[!is.na(ref[[it]]), ]
    r$y <- as.numeric(r[[it]])
    m <- survey::svymean(~y, survey::svydesign(ids = ~1, strata = ~region, fpc = ~Nh, data = r))
    est <- unname(coef(m))
    ci <- c(est, est + c(-1, 1) * stats::qnorm(0.975) * as.vector(survey::SE(m)))
    expect_match(gsub("\\s+", " ", txt), sprintf("%d %.1f (%.1f\u2013%.1f)", nrow(r),
                                                100 * ci[1], 100 * ci[2], 100 * ci[3]),
                 fixed = TRUE, label = it)
  }
  # each option of a check-all item asked only where peer support workers
  # are employed: the share of its tick among those units, as svymean() on
  # the subset gives it
  if (requireNamespace("survey", quietly = TRUE)) {
    r <- ref[!is.na(ref$peer_workers), ]
    for (opt in cb$option[cb$item == "peer_roles"]) {
      y <- r[[paste0("peer_roles_", opt)]]
      expect_false(anyNA(y[r$peer_workers]))
      r$y <- ifelse(r$peer_workers, as.numeric(y), 0)
      sd <- survey::svydesign(ids = ~1, strata = ~region, fpc = ~Nh, data = r)
      m <- survey::svymean(~y, subset(sd, peer_workers))
      est <- unname(coef(m))
      ci <- c(est, max(0, est - stats::qnorm(0.975) * as.vector(survey::SE(m))),
              min(1, est + stats::qnorm(0.975) * as.vector(survey::SE(m))))
      lab <- cb$label_en[cb$item == "peer_roles" & cb$option == opt]
      expect_match(gsub("\\s+", " ", txt),
                   sprintf("What do the peer support workers do?: %s %d %.1f (%.1f\u2013%.1f)", lab,
                           sum(r$peer_workers), 100 * ci[1], 100 * ci[2], 100 * ci[3]),
                   fixed = TRUE, label = opt)
    }
  }
  # one row per yes/no item, per option of a check-all item; none for the
  # frame's own columns (region, service type), whose shares are known
  sec <- sub("(?s).*Estimates for all the units of the frame(.*?)</table>.*", "\\1", html, perl = TRUE)
  n_rows <- lengths(regmatches(sec, gregexpr("<tr", sec, fixed = TRUE))) - 1L
  yn_items <- c("peer_workers", "coproduction")
  expect_identical(n_rows, length(yn_items) + sum(cb$type == "multi"))
  # in Italian, with the codebook's Italian labels
  dir_it <- file.path(dir, "it")
  dir.create(dir_it)
  html_it <- render_quiet(draft_report(dir_it), params = list(
    export = services_path("services-export.csv"), codebook = services_path("services-codebook.csv"),
    frame = services_path("services-frame.csv"), strata = "region", language = "it"))
  expect_match(html_it, "Quanto \u00e8 soddisfatta", fixed = TRUE)
  expect_match(html_it, "servizi", fixed = TRUE)
  # numbers with the decimal comma of the Italian tables
  expect_match(gsub("<[^>]+>", " ", html_it),
               sub(".", ",", sprintf("(su %s): %.3f", region_q("it"), ri$R), fixed = TRUE),
               fixed = TRUE)
  # one heading per section of the codebook, written as a heading
  secs <- unique(cb$section[nzchar(cb$section)])
  heads <- regmatches(html, gregexpr("<h2>[^<]*</h2>", html))[[1L]]
  for (sec in secs) {
    want <- gsub("_", " ", sec)
    want <- paste0(toupper(substr(want, 1, 1)), substring(want, 2))
    expect_identical(sum(heads == paste0("<h2>", want, "</h2>")), 1L, label = sec)
  }
})

test_that("the report's estimates of a follow-up yes/no item say who was left out", {
  skip_without_pandoc()
  skip_if_not_installed("survey")
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  raw <- utils::read.csv(services_path("services-export.csv"), colClasses = "character")
  cb <- utils::read.csv(services_path("services-codebook.csv"), colClasses = "character")
  # a yes/no item asked only where peer support workers are employed; two
  # services left the filter question blank
  set.seed(5)
  raw$paid <- ifelse(raw$peer_workers == "Yes", sample(c("Yes", "No"), nrow(raw), TRUE), "")
  blank <- which(raw$peer_workers == "No")[1:2]
  raw$peer_workers[blank] <- ""
  add <- cb[cb$item == "peer_workers", ]
  add$item <- "paid"
  add$question_en <- "Are the peer support workers paid?"
  add$question_it <- "Gli esperti in supporto tra pari sono retribuiti?"
  add$required <- "FALSE"
  add$asked_if <- "peer_workers"
  cb$required[cb$item == "peer_workers"] <- "FALSE"
  utils::write.csv(rbind(cb, add), file.path(dir, "cb.csv"), row.names = FALSE)
  utils::write.csv(raw, file.path(dir, "export.csv"), row.names = FALSE)
  html <- render_quiet(draft_report(dir), params = list(
    export = file.path(dir, "export.csv"), codebook = file.path(dir, "cb.csv"),
    frame = services_path("services-frame.csv"), strata = "region", language = "en"))
  txt <- gsub("\\s+", " ", gsub("<[^>]+>", " ", html))
  expect_match(txt, "Estimates for all the units of the frame", fixed = TRUE)
  expect_match(txt, sprintf("Are the peer support workers paid?: %d respondents left out of the estimate (no answer to its filter question).",
                            length(blank)), fixed = TRUE)
  # the item's respondents: those answering it where the filter is yes
  expect_match(txt, sprintf("Are the peer support workers paid? %d ",
                            sum(raw$peer_workers == "Yes" & nzchar(raw$paid))), fixed = TRUE)
  # the filter itself was answered by all the others: nobody left out of it
  expect_false(grepl("Does the service employ peer support workers?: ", txt, fixed = TRUE))
  # a check-all follow-up leaves the same respondents out of each option's
  # estimate: said once, for the question
  roles_q <- cb$question_en[cb$item == "peer_roles"][1]
  said <- gregexpr(sprintf("%s: %d respondents left out of the estimate", roles_q, length(blank)),
                   txt, fixed = TRUE)[[1]]
  expect_identical(sum(said > 0), 1L)
  for (lab in cb$label_en[cb$item == "peer_roles"])
    expect_false(grepl(sprintf("%s: %s: %d respondents left out", roles_q, lab, length(blank)),
                       txt, fixed = TRUE))
  # the weighting said once
  # (named by the codebook's question of the stratum, "Region")
  book <- utils::read.csv(services_path("services-codebook.csv"), colClasses = "character")
  expect_match(txt, paste("respondents weighted within the classes of",
                          book$question_en[book$item == "region"][1L]), fixed = TRUE)
  expect_false(grepl("within within", txt, fixed = TRUE))
  # one blank filter, in Italian: the singular
  raw$peer_workers[blank[2L]] <- "No"
  utils::write.csv(raw, file.path(dir, "export.csv"), row.names = FALSE)
  dir_it <- file.path(dir, "it")
  dir.create(dir_it)
  html_it <- render_quiet(draft_report(dir_it), params = list(
    export = file.path(dir, "export.csv"), codebook = file.path(dir, "cb.csv"),
    frame = services_path("services-frame.csv"), strata = "region", language = "it"))
  txt_it <- gsub("\\s+", " ", gsub("<[^>]+>", " ", html_it))
  expect_match(txt_it, paste("Gli esperti in supporto tra pari sono retribuiti?: 1 rispondente",
                             "escluso dalla stima (nessuna risposta alla domanda filtro)."),
               fixed = TRUE)
})

# ---- Word and PDF ---------------------------------------------------------------

# Every table's caption and every cell is a paragraph of the Word file
expect_tables_in <- function(paras, tabs) {
  for (nm in names(tabs)) {
    expect_true(any(grepl(table_caption(tabs[[nm]]), paras, fixed = TRUE)), label = nm)
    cells <- table_cells(tabs[[nm]])
    expect_identical(cells[!cells %in% paras], character(), label = nm)
  }
}

render_to <- function(input, format, params = NULL) {
  rmarkdown::render(input, output_format = format, params = params, quiet = TRUE,
                    output_dir = dirname(input), envir = new.env())
}

test_that("the template offers HTML, Word and PDF output", {
  skip_if_not_installed("rmarkdown")
  skel <- file.path(template_dir(), "skeleton", "skeleton.Rmd")
  formats <- names(rmarkdown::yaml_front_matter(skel)$output)
  expect_identical(formats, c("html_document", "word_document", "pdf_document"))
})

test_that("the report in Word holds every table's caption and cells", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  out <- render_to(draft_report(dir), "word_document")
  expect_match(out, "\\.docx$")
  paras <- docx_paragraphs(out)
  expect_tables_in(paras, paper_tables())
  expect_true(any(grepl("Published findings", paras, fixed = TRUE)))
  check <- reproduce_paper(quiet = TRUE)
  expect_true(any(grepl(table_caption(check), paras, fixed = TRUE)))
  cells <- table_cells(check)
  expect_identical(cells[!cells %in% paras], character())
  # the figures are in the file
  media <- grep("^word/media/", utils::unzip(out, list = TRUE)$Name, value = TRUE)
  expect_gte(length(media), 5L)
})

test_that("without flextable the report's Word tables come through knitr", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  rmd <- draft_report(dir)
  # the template's choice of route, as made where flextable is not installed
  lines <- readLines(rmd, encoding = "UTF-8")
  at <- grep("^use_flextable <- ", lines)
  expect_length(at, 1L)
  lines[at] <- "use_flextable <- FALSE"
  writeLines(lines, rmd, useBytes = TRUE)
  out <- render_to(rmd, "word_document")
  paras <- docx_paragraphs(out)
  expect_tables_in(paras, paper_tables())
})

test_that("the report in Word on another questionnaire holds its tables", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  out <- render_to(draft_report(dir), "word_document",
                   params = list(export = services_path("services-export.csv"),
                                 codebook = services_path("services-codebook.csv"),
                                 frame = services_path("services-frame.csv"),
                                 strata = "region"))
  paras <- docx_paragraphs(out)
  expect_tables_in(paras, survey_tables(services_design()))
  # response by region: invited and responded as counted from the files
  frame <- utils::read.csv(services_path("services-frame.csv"))
  export <- utils::read.csv(services_path("services-export.csv"))
  expect_true(as.character(nrow(frame)) %in% paras)
  expect_true(as.character(nrow(export)) %in% paras)
  expect_false(any(grepl("mhd_id|macro_area|[Dd]epartments", paras)))
})

test_that("the report renders to PDF where LaTeX is installed", {
  skip_without_pandoc()
  skip_if_not(nzchar(Sys.which("pdflatex")), "no LaTeX engine")
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  out <- render_to(draft_report(dir), "pdf_document")
  expect_identical(rawToChar(readBin(out, "raw", 4L)), "%PDF")
})

# ---- a small survey of another kind ---------------------------------------------

# A questionnaire of addiction services: ids with leading zeros, regions
# coded n/s, written to `dir`
write_small_survey <- function(dir) {
  writeLines(c("item,type,option,label_en,label_it,question_en,question_it",
               "service_id,id,,addiction services,servizi per le dipendenze,,",
               "region,single,n,Northern Highlands,Altopiani del Nord,Region,Regione",
               "region,single,s,Southern Coast,Costa del Sud,Region,Regione",
               "naloxone,single,yes,Yes,S\u00ec,Naloxone kits handed out?,Kit di naloxone distribuiti?",
               "naloxone,single,no,No,No,Naloxone kits handed out?,Kit di naloxone distribuiti?"),
             file.path(dir, "cb.csv"), useBytes = TRUE)
  writeLines(c("service_id,region,naloxone", "001,n,yes", "002,n,no", "010,s,yes", "011,s,yes"),
             file.path(dir, "export.csv"))
  writeLines(c("service_id,region", "001,n", "002,n", "010,s", "011,s", "012,n", "013,s",
               "014,s"), file.path(dir, "frame.csv"))
  list(export = file.path(dir, "export.csv"), codebook = file.path(dir, "cb.csv"),
       frame = file.path(dir, "frame.csv"))
}

html_title <- function(html) sub(".*<title>([^<]*)</title>.*", "\\1", html)

test_that("the report of another survey: its title, labels and frame, none of 2025", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  p <- write_small_survey(dir)
  rmd <- draft_report(dir)
  html <- render_quiet(rmd, params = c(p, strata = "region"))
  # a generic title, not the 2025 paper's
  expect_identical(html_title(html), "Survey report")
  expect_false(grepl("Peer support and co-production", html, fixed = TRUE))
  # ids "001" read from the frame's file as text: 4 of 7 responded, by
  # region with the codebook's labels, never the codes
  frame <- utils::read.csv(p$frame, colClasses = "character")
  export <- utils::read.csv(p$export, colClasses = "character")
  n_by <- table(factor(frame$region, c("n", "s")))
  r_by <- table(factor(export$region, c("n", "s")))
  expect_match(html, sprintf("Northern Highlands</td>\\s*<td[^>]*>%d</td>\\s*<td[^>]*>%d</td>",
                             n_by[["n"]], r_by[["n"]]), perl = TRUE)
  expect_match(html, sprintf("Southern Coast</td>\\s*<td[^>]*>%d</td>\\s*<td[^>]*>%d</td>",
                             n_by[["s"]], r_by[["s"]]), perl = TRUE)
  expect_match(html, sprintf("All</td>\\s*<td[^>]*>%d</td>\\s*<td[^>]*>%d</td>",
                             nrow(frame), nrow(export)), perl = TRUE)
  expect_false(grepl("<td[^>]*>(n|s)</td>", html, perl = TRUE))
  # the R-indicator's interval within [0, 1]
  txt <- gsub("\\s+", " ", gsub("<[^>]+>", " ", html))
  ci <- regmatches(txt, regexec("95% CI ([-0-9.]+)\u2013([-0-9.]+)", txt))[[1L]]
  expect_length(ci, 3L)
  expect_true(all(as.numeric(ci[2:3]) >= 0 & as.numeric(ci[2:3]) <= 1))
  # a title of one's own, in Italian with the Italian labels
  html_it <- render_quiet(rmd, params = c(p, strata = "region", language = "it",
                                          title = "Servizi \"2026\": rapporto"))
  # quotes in the title kept (typeset by pandoc)
  expect_match(html_title(html_it), "^Servizi (&quot;|\u201c)2026(&quot;|\u201d): rapporto$")
  expect_match(html_it, "Altopiani del Nord</td>", fixed = TRUE)
  html_it2 <- render_quiet(rmd, params = c(p, language = "it"))
  expect_identical(html_title(html_it2), "Rapporto di indagine")
})

test_that("the report of another survey without a frame leaves out the frame's parts", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  p <- write_small_survey(dir)
  p$frame <- ""
  rmd <- draft_report(dir)
  html <- render_quiet(rmd, params = p)
  txt <- gsub("\\s+", " ", gsub("<[^>]+>", " ", html))
  # never the shipped 2025 frame of 135 departments
  expect_false(grepl("135|mhd_id|[Dd]epartment", txt))
  expect_match(txt, "4 addiction services answered.", fixed = TRUE)
  expect_match(txt, "No frame was given", fixed = TRUE)
  expect_false(grepl("R-indicator of representativeness", txt, fixed = TRUE))
  expect_false(grepl("Invited", txt, fixed = TRUE))
  # the tables of the respondents are there: 3 of 4 handed out naloxone
  export <- utils::read.csv(file.path(dir, "export.csv"), colClasses = "character")
  yes <- sum(export$naloxone == "yes")
  expect_match(html, sprintf(">%d \\(%.1f\\)<", yes, 100 * yes / nrow(export)), perl = TRUE)
  # strata with no frame to take them from: a clear error
  expect_error(render_quiet(rmd, params = c(p[c("export", "codebook")], strata = "region")),
               "set the `frame` parameter")
})

test_that("a report of one response and one problem words them in the singular", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  export <- file.path(dir, "one.csv")
  raw <- utils::read.csv(services_path("services-export.csv"), colClasses = "character", check.names = FALSE)
  one <- raw[1, ]
  one$region <- "Nowhere"  # the one problem
  utils::write.csv(one, export, row.names = FALSE)
  cb <- survey_codebook(services_path("services-codebook.csv"))
  expect_identical(nrow(survey_problems(suppressWarnings(read_survey(export, cb)))), 1L)
  html <- render_quiet(draft_report(dir), params = list(export = export,
                                                         codebook = services_path("services-codebook.csv")))
  txt <- gsub("\\s+", " ", gsub("<[^>]+>", " ", html))
  expect_match(txt, "Survey: one.csv , a single response.", fixed = TRUE)
  expect_match(txt, "the percentages describe the one response received", fixed = TRUE)
  expect_match(txt, "1 answer, column or record could not be read", fixed = TRUE)
  expect_false(grepl("1 services|1 answers", txt))
})

test_that("an Italian report takes its headings from section_it and draws no figure of an item nobody answered", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  cb <- utils::read.csv(services_path("services-codebook.csv"), colClasses = "character", encoding = "UTF-8")
  cb$section_it <- c(profile = "Profilo del servizio", peer_support = "Supporto tra pari",
                     coproduction = "Co-produzione", barriers = "Ostacoli")[cb$section]
  codebook <- file.path(dir, "codebook.csv")
  utils::write.csv(cb, codebook, row.names = FALSE, fileEncoding = "UTF-8")
  raw <- utils::read.csv(services_path("services-export.csv"), colClasses = "character", check.names = FALSE)
  raw$coproduction <- ""
  raw[grep("^coprod_practices_", names(raw))] <- ""
  export <- file.path(dir, "export.csv")
  utils::write.csv(raw, export, row.names = FALSE)
  html <- render_quiet(draft_report(dir), params = list(export = export, codebook = codebook,
                                                         language = "it"))
  heads <- regmatches(html, gregexpr("<h2[^>]*>[^<]*</h2>", html))[[1]]
  heads <- gsub("<[^>]+>", "", heads)
  expect_true(all(c("Profilo del servizio", "Supporto tra pari", "Co-produzione", "Ostacoli") %in% heads))
  expect_false(any(c("Profile", "Peer support", "Coproduction") %in% heads))
  # figures: none for the item nobody answered, so one fewer than the tables with options
  s <- suppressWarnings(read_survey(export, survey_codebook(codebook)))
  tabs <- survey_tables(s, language = "it")
  answered <- vapply(tabs, function(t) {
    v <- table_values(t)
    (any(v$row_type == "option") && any(v$N > 0, na.rm = TRUE)) ||
      (attr(t, "kind") == "number" && !is.na(v$value[v$option == "min"]))
  }, NA)
  n_img <- lengths(regmatches(html, gregexpr("<img ", html, fixed = TRUE)))
  expect_identical(n_img, sum(answered))
})

# The small survey of write_small_survey() in `dir`, its codebook given as
# `codebook` lines (labels in other languages), and the report skeleton
# drafted there: the parameters, the export's and the frame's rows
small_survey_report <- function(dir, codebook) {
  p <- write_small_survey(dir)
  writeLines(codebook, p$codebook, useBytes = TRUE)
  list(p = p, rmd = draft_report(dir),
       export = utils::read.csv(p$export, colClasses = "character"),
       frame = utils::read.csv(p$frame, colClasses = "character"))
}

# The text of a rendered report, tags and runs of spaces taken out
html_text <- function(html) gsub("\\s+", " ", gsub("<[^>]+>", " ", html))

test_that("a French or German report of another survey writes its sentences in its language", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  # the codebook in French and German too
  r <- small_survey_report(dir, c(
    "item,type,option,label_en,label_fr,label_de",
    "service_id,id,,addiction services,services d'addictologie,Suchtdienste",
    "region,single,n,Northern Highlands,Hautes Terres du Nord,Nordhochland",
    "region,single,s,Southern Coast,C\u00f4te Sud,S\u00fcdk\u00fcste",
    "naloxone,single,yes,Yes,Oui,Ja", "naloxone,single,no,No,Non,Nein"))
  p <- r$p; rmd <- r$rmd; export <- r$export; frame <- r$frame
  # by hand, from the template's wording and the files' row counts
  html_fr <- render_quiet(rmd, params = c(p, strata = "region", language = "fr"))
  txt <- html_text(html_fr)
  expect_match(txt, sprintf("Enqu\u00eate : %s , %d", basename(p$export), nrow(export)),
               fixed = TRUE)
  expect_match(txt, sprintf("ont r\u00e9pondu sur les %d de la base de sondage", nrow(frame)),
               fixed = TRUE)
  expect_match(txt, "Taux de r\u00e9ponse", fixed = TRUE)
  expect_match(txt, "Indicateur R de repr\u00e9sentativit\u00e9", fixed = TRUE)
  expect_match(txt, "Hautes Terres du Nord", fixed = TRUE)
  expect_false(grepl("Survey:|answered out of|R-indicator", txt))
  html_de <- render_quiet(rmd, params = c(p, strata = "region", language = "de"))
  txt <- html_text(html_de)
  expect_match(txt, sprintf("haben geantwortet, von %d der Auswahlgrundlage", nrow(frame)),
               fixed = TRUE)
  expect_match(txt, "R\u00fccklauf", fixed = TRUE)
  expect_false(grepl("Survey:|answered out of|R-indicator", txt))
})

test_that("a German or Italian report names the weighting classes as its codebook does", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  # the stratum "region" is a codebook item: its question in German is "Landesteil"
  r <- small_survey_report(dir, c(
    "item,type,option,label_de,label_en,question_de,question_en",
    "service_id,id,,Suchtdienste,addiction services,,",
    "region,single,n,Nordhochland,Northern Highlands,Landesteil,Region",
    "region,single,s,S\u00fcdk\u00fcste,Southern Coast,Landesteil,Region",
    "naloxone,single,yes,Ja,Yes,Naloxon ausgegeben?,Naloxone kits handed out?",
    "naloxone,single,no,Nein,No,Naloxon ausgegeben?,Naloxone kits handed out?"))
  txt <- html_text(render_quiet(r$rmd, params = c(r$p, strata = "region", language = "de")))
  # by hand, from the template's wording and the codebook's caption
  expect_match(txt, "innerhalb der Klassen von Landesteil", fixed = TRUE)
  expect_match(txt, "R-Indikator der Repr\u00e4sentativit\u00e4t (nach Landesteil)", fixed = TRUE)
  expect_false(grepl("Klassen von region|nach region", txt))
  # the tables' fixed words, read from the shipped word list
  expect_match(txt, words_of("option", "de"), fixed = TRUE)
  expect_match(txt, words_of("pct_ci", "de"), fixed = TRUE)
  # Italian: the shipped small codebook's question_it of the region is "Regione"
  dir_it <- report_dir()
  on.exit(unlink(dir_it, recursive = TRUE), add = TRUE)
  p <- write_small_survey(dir_it)
  txt <- html_text(render_quiet(draft_report(dir_it),
                                params = c(p, strata = "region", language = "it")))
  expect_match(txt, "entro le classi di Regione", fixed = TRUE)
  expect_match(txt, "Indicatore R di rappresentativit\u00e0 (su Regione)", fixed = TRUE)
  expect_false(grepl("classi di region\\b|su region\\b", txt, perl = TRUE))
  expect_match(txt, words_of("option", "it"), fixed = TRUE)
})

test_that("a Spanish report of another survey writes its title, date and sentences in Spanish", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  # the codebook in Spanish
  r <- small_survey_report(dir, c(
    "item,type,option,label_en,label_es",
    "service_id,id,,addiction services,servicios de adicciones",
    "region,single,n,Northern Highlands,Tierras Altas del Norte",
    "region,single,s,Southern Coast,Costa Sur",
    "naloxone,single,yes,Yes,S\u00ed", "naloxone,single,no,No,No"))
  p <- r$p; export <- r$export; frame <- r$frame
  html <- render_quiet(r$rmd, params = c(p, strata = "region", language = "es"))
  txt <- html_text(html)
  # by hand, from the template's wording and the files' row counts
  expect_match(txt, "Informe de la encuesta", fixed = TRUE)
  meses <- c("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
  d <- Sys.Date()
  expect_match(txt, paste(as.integer(format(d, "%d")), "de", meses[as.integer(format(d, "%m"))],
                          "de", format(d, "%Y")), fixed = TRUE)
  expect_match(txt, sprintf("Encuesta: %s , respondieron %d servicios de adicciones de un total de %d",
                            basename(p$export), nrow(export), nrow(frame)), fixed = TRUE)
  expect_match(txt, "Tasa de respuesta", fixed = TRUE)
  expect_match(txt, "Indicador R de representatividad (por region)", fixed = TRUE)
  expect_match(txt, "Estimaciones para todas las unidades del marco muestral", fixed = TRUE)
  expect_match(txt, "Tierras Altas del Norte", fixed = TRUE)
  # the tables' fixed words, from the shipped word list
  w <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                       colClasses = "character", encoding = "UTF-8", na.strings = character(0))
  expect_match(txt, w$es[w$key == "note_blank"], fixed = TRUE)
  expect_false(grepl("Survey:|answered out of|R-indicator|Estimates for all|No answer", txt))
  expect_match(html, "lang=\"es\"", fixed = TRUE)
})

test_that("the report reads a workbook's sheet under a title row and codes the free-text items named", {
  skip_without_pandoc()
  skip_if_not_installed("openxlsx")
  skip_if_not_installed("readxl")
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  raw <- utils::read.csv(system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey"),
                         colClasses = "character", check.names = FALSE, encoding = "UTF-8")
  # the answers on a second sheet, under a title
  wb <- openxlsx::createWorkbook()
  openxlsx::addWorksheet(wb, "Note")
  openxlsx::writeData(wb, "Note", "exported")
  openxlsx::addWorksheet(wb, "Risposte")
  openxlsx::writeData(wb, "Risposte", "Indagine nazionale 2025", startRow = 1)
  openxlsx::writeData(wb, "Risposte", raw, startRow = 2)
  xl <- file.path(dir, "export.xlsx")
  openxlsx::saveWorkbook(wb, xl)
  html <- render_quiet(draft_report(dir), params = list(
    export = xl, sheet = "Risposte", skip = 1, dictionary = "barriers",
    text_items = "barriers_text", language = "it"))
  expect_match(html, sprintf("hanno risposto %d", nrow(raw)), fixed = TRUE)
  # the barrier categories in the table of the barriers question only
  cb <- survey_codebook()
  question <- function(item) cb$label_it[cb$item == item & (is.na(cb$option) | !nzchar(cb$option))][1L]
  parts <- gsub("\\s+", " ", strsplit(html, "<caption>", fixed = TRUE)[[1L]][-1L])
  label <- barrier_dictionary()$frame$label_it[1L]
  has_label <- grepl(label, parts, fixed = TRUE)
  expect_true(any(has_label[startsWith(parts, question("barriers_text"))]))
  for (it in c("coprod_text", "facilitators_text"))
    expect_false(any(has_label[startsWith(parts, question(it))]), info = it)
})

test_that("the appendix shows a problem of a whole column with blank row and id, not NA", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  export <- file.path(dir, "extra.csv")
  raw <- utils::read.csv(services_path("services-export.csv"), colClasses = "character", check.names = FALSE)
  raw$extra_notes <- ""  # a column the codebook does not hold: a problem with no row
  utils::write.csv(raw, export, row.names = FALSE)
  html <- render_quiet(draft_report(dir), params = list(export = export,
                                                         codebook = services_path("services-codebook.csv")))
  appendix <- sub("^.*Appendix: problems in the answers", "", html)
  cells <- regmatches(appendix, gregexpr("<td[^>]*>[^<]*</td>", appendix))[[1L]]
  cells <- trimws(gsub("<[^>]+>", "", cells))
  # the row naming the column, by hand: row, id and value blank
  expect_true("extra_notes" %in% cells)
  expect_false(any(cells == "NA"))
  expect_identical(cells[seq_len(4L)], c("", "", "extra_notes", ""))
})

test_that("a German report in Word has its contents headed and its text marked in German", {
  skip_without_pandoc()
  dir <- report_dir()
  on.exit(unlink(dir, recursive = TRUE))
  p <- write_small_survey(dir)
  writeLines(c("item,type,option,label_de", "service_id,id,,Suchtdienste",
               "region,single,n,Nord", "region,single,s,S\u00fcd",
               "naloxone,single,yes,Ja", "naloxone,single,no,Nein"), p$codebook, useBytes = TRUE)
  out <- render_to(draft_report(dir), "word_document", params = c(p, language = "de"))
  xml <- docx_xml(out)
  # the paragraph of the TOCHeading style: its text, by hand
  toc <- regmatches(xml, regexpr("TOCHeading.*?</w:p>", xml, perl = TRUE))
  expect_identical(gsub("<[^>]+>", "", sub("^TOCHeading[^>]*>", "", toc)), "Inhaltsverzeichnis")
  expect_false(grepl("Table of Contents</w:t>", xml, fixed = TRUE))
  tmp <- tempfile()
  on.exit(unlink(tmp, recursive = TRUE), add = TRUE)
  utils::unzip(out, files = "word/styles.xml", exdir = tmp)
  styles <- paste(readLines(file.path(tmp, "word", "styles.xml"), warn = FALSE), collapse = "")
  expect_match(styles, "w:lang [^>]*w:val=\"de\"")
})
