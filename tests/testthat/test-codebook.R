write_cb <- function(cb) {
  f <- tempfile(fileext = ".csv")
  utils::write.csv(cb, f, row.names = FALSE, fileEncoding = "UTF-8")
  f
}
raw_cb <- function()
  utils::read.csv(system.file("extdata", "codebook.csv", package = "peersurvey"),
                  colClasses = "character", na.strings = character(0), encoding = "UTF-8")

test_that("the shipped codebook has the agreed items, options and rungs", {
  cb <- survey_codebook()
  expect_s3_class(cb, "peer_codebook")
  items <- unique(cb$item)
  expect_identical(items[1], "mhd_id")
  expect_true(all(c("mhd_id", "region", "macro_area", "area3", "catchment_pop", "n_cmhc",
                    "peer_support", "ps_settings", "ps_n_workers", "ps_contract",
                    "ps_funding", "ps_training", "impact_recovery", "impact_stigma",
                    "impact_empowerment", "impact_team", "impact_engagement",
                    "barriers", "barriers_text", "coproduction", "coprod_practices",
                    "coprod_text", "facilitators_text") %in% items))
  opt <- function(it) cb$option[cb$item == it]
  expect_identical(opt("ps_settings"), c("cmhc", "day_centre", "residential", "inpatient",
                                         "recovery_college", "other"))
  expect_identical(opt("barriers"), c("recognition", "funding", "cultural", "training",
                                      "role", "organisation", "wellbeing", "stigma", "other"))
  pr <- cb[cb$item == "coprod_practices", ]
  expect_identical(setNames(pr$rung, pr$option), c(
    information = "informing", satisfaction_survey = "consultation",
    consultation_meetings = "consultation", advisory_board = "involvement",
    user_representatives = "involvement", codesign_services = "co-design",
    codesign_training = "co-design", codelivery_groups = "co-production",
    coevaluation = "co-production"))
  lik <- cb[cb$type == "likert", ]
  expect_identical(unique(lik$scale), "agree5")
  expect_identical(sum(!lik$missing) / length(unique(lik$item)), 5)
  regions <- opt("region")
  expect_identical(regions, levels(mhd_frame$region))
  expect_output(print(cb), "peer_codebook")
})

test_that("a broken codebook is an error naming the row", {
  cb <- raw_cb()
  # duplicate item id
  bad <- rbind(cb, cb[cb$item == "facilitators_text", ])
  expect_error(survey_codebook(write_cb(bad)), "rows 111, 112.*duplicate item id",
               class = "peersurvey_bad_codebook")
  # unknown type
  bad <- cb; bad$type[2] <- "choice"
  expect_error(survey_codebook(write_cb(bad)), "row 2: unknown type \"choice\"",
               class = "peersurvey_bad_codebook")
  # single-choice item without options
  bad <- cb; i <- which(bad$item == "ps_training")[1]; bad$option[i] <- ""
  expect_error(survey_codebook(write_cb(bad)),
               sprintf("row %d: single item \"ps_training\" has a row without an option", i),
               class = "peersurvey_bad_codebook")
  # Likert item whose scale differs from another item on the same scale
  bad <- cb; i <- which(bad$item == "impact_team")
  bad$label_en[i[2]] <- "Rather disagree"
  expect_error(survey_codebook(write_cb(bad)),
               sprintf("row %d: .*impact_team.*differ", i[1]),
               class = "peersurvey_bad_codebook")
  # two options sharing a label
  bad <- cb; i <- which(bad$item == "ps_contract")
  bad$label_it[i[2]] <- bad$label_it[i[1]]
  expect_error(survey_codebook(write_cb(bad)), "names more than one option",
               class = "peersurvey_bad_codebook")
  # unknown rung
  bad <- cb; i <- which(bad$item == "coprod_practices")[1]; bad$rung[i] <- "partnership"
  expect_error(survey_codebook(write_cb(bad)), sprintf("row %d: unknown rung", i),
               class = "peersurvey_bad_codebook")
  expect_error(survey_codebook(tempfile()), class = "peersurvey_bad_argument")
})

test_that("a codebook needs exactly one id row, and names the row otherwise", {
  cb <- raw_cb()
  bad <- cb; bad$type[bad$item == "mhd_id"] <- "text"
  expect_error(survey_codebook(write_cb(bad)), "no row of type \"id\"",
               class = "peersurvey_bad_codebook")
  bad <- cb; bad$type[bad$item == "barriers_text"] <- "id"
  i <- which(bad$item %in% c("mhd_id", "barriers_text"))
  expect_error(survey_codebook(write_cb(bad)),
               sprintf("rows %d, %d: 2 items of type \"id\"", i[1], i[2]),
               class = "peersurvey_bad_codebook")
  # duplicate option
  bad <- rbind(cb, cb[cb$item == "coprod_practices", ][1, ])
  bad <- bad[order(match(bad$item, unique(bad$item))), ]
  expect_error(survey_codebook(write_cb(bad)), "duplicate option \"information\"",
               class = "peersurvey_bad_codebook")
  # no label column at all
  bad <- cb[, !grepl("^label_", names(cb))]
  expect_error(survey_codebook(write_cb(bad)), "no label column",
               class = "peersurvey_bad_codebook")
})

test_that("labels in any language: label_<code> columns, fixed words fall back to English", {
  cb <- raw_cb()
  cb$label_de <- cb$label_en
  cb$label_de[cb$item == "peer_support"] <- c("Ja", "Nein")
  cb$label_de[cb$item == "mhd_id"] <- "Abteilungen"
  f <- write_cb(cb)
  book <- survey_codebook(f)
  expect_identical(codebook_languages(book), c("it", "en", "de"))
  expect_identical(codebook_unit(book, "de"), "Abteilungen")
  # answers in German are read
  exp <- tempfile(fileext = ".csv")
  writeLines(c("mhd_id,region,macro_area,peer_support,coproduction",
               "MHD001,Piemonte,North-West,Ja,No", "MHD002,Piemonte,North-West,nein,No"), exp)
  # the export leaves out most items: said, not silent
  expect_warning(read_survey(exp, book), "could not be read")
  s <- suppressWarnings(read_survey(exp, book))
  expect_identical(s$peer_support, c(TRUE, FALSE))
  tabs <- survey_tables(s, items = "peer_support", language = "de")
  # option labels from label_de, fixed words (the header) in English
  expect_identical(tabs$peer_support[[1]][1:2], c("Ja", "Nein"))
  expect_identical(names(tabs$peer_support)[2], "n (%)")
  expect_match(table_notes(tabs$peer_support)[1], "2 Abteilungen that answered", fixed = TRUE)
  expect_error(survey_tables(s, language = "fr"), "languages of the codebook",
               class = "peersurvey_bad_argument")
})

test_that("codebook_template() writes a commented file that reads as a codebook", {
  f <- codebook_template(tempfile(fileext = ".csv"))
  lines <- readLines(f, encoding = "UTF-8")
  expect_true(sum(startsWith(lines, "#")) >= 5)
  cb <- survey_codebook(f)
  expect_identical(sum(cb$type == "id"), 1L)
  # every type is illustrated, and every column documented in a comment
  expect_true(all(c("id", "single", "multi", "likert", "number", "text") %in% cb$type))
  for (col in c("item", "type", "option", "label_xx", "scale", "rung", "missing",
                "required", "asked_if"))
    expect_true(any(grepl(paste0("^# ", col), lines)), label = col)
  expect_error(codebook_template(f), "exists", class = "peersurvey_bad_argument")
  expect_identical(codebook_template(f, overwrite = TRUE), f)
})

test_that("a codebook saved by a spreadsheet with semicolons reads the same", {
  cb <- raw_cb()
  f <- tempfile(fileext = ".csv")
  utils::write.table(cb, f, sep = ";", row.names = FALSE, fileEncoding = "UTF-8")
  expect_identical(survey_codebook(f), survey_codebook())
})

test_that("a codebook re-saved by Italian Excel (semicolons, Windows-1252) reads the same", {
  cb <- raw_cb()
  for (col in names(cb)) cb[[col]] <- gsub("\u2019", "'", cb[[col]])
  lines <- utils::capture.output(utils::write.table(cb, sep = ";", row.names = FALSE,
                                                   quote = TRUE))
  f <- tempfile(fileext = ".csv")
  writeBin(iconv(paste0(paste(lines, collapse = "\r\n"), "\r\n"), "UTF-8", "CP1252",
                 toRaw = TRUE)[[1]], f)
  ref <- survey_codebook(write_cb(cb))
  expect_identical(survey_codebook(f), ref)
  expect_true(any(grepl("\u00ec", ref$label_it)))
})
