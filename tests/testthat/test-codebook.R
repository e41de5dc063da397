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
  # the row and the file's line (after the header), and every type
  expect_error(survey_codebook(write_cb(bad)),
               paste0("row 2 \\(line 3\\): unknown type \"choice\" \\(one of ",
                      paste0("\"", c("id", "single", "multi", "likert", "text", "number"), "\"",
                             collapse = ", "), "\\)"),
               class = "peersurvey_bad_codebook")
  # single-choice item without options
  bad <- cb; i <- which(bad$item == "ps_training")[1]; bad$option[i] <- ""
  expect_error(survey_codebook(write_cb(bad)),
               sprintf("row %d \\(line %d\\): single item \"ps_training\" has a row without an option",
                       i, i + 1L),
               class = "peersurvey_bad_codebook")
  # Likert item whose scale differs from another item on the same scale
  bad <- cb; i <- which(bad$item == "impact_team")
  bad$label_en[i[2]] <- "Rather disagree"
  expect_error(survey_codebook(write_cb(bad)),
               sprintf("row %d \\(line %d\\): .*impact_team.*differ", i[1], i[1] + 1L),
               class = "peersurvey_bad_codebook")
  # two options sharing a label
  bad <- cb; i <- which(bad$item == "ps_contract")
  bad$label_it[i[2]] <- bad$label_it[i[1]]
  expect_error(survey_codebook(write_cb(bad)), "names more than one option",
               class = "peersurvey_bad_codebook")
  # unknown rung
  bad <- cb; i <- which(bad$item == "coprod_practices")[1]; bad$rung[i] <- "partnership"
  expect_error(survey_codebook(write_cb(bad)), sprintf("row %d \\(line %d\\): unknown rung", i, i + 1L),
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
               sprintf("rows %d, %d \\(lines %d, %d\\): 2 items of type \"id\"", i[1], i[2],
                       i[1] + 1L, i[2] + 1L),
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

test_that("labels in any language: label_<code> columns, fixed words in German", {
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
  # option labels from label_de, fixed words (the notes) in German
  expect_identical(tabs$peer_support[[1]][1:2], c("Ja", "Nein"))
  expect_identical(names(tabs$peer_support)[2], "n (%)")
  expect_match(table_notes(tabs$peer_support)[1],
               "Basis der Prozentanteile: die 2 Abteilungen, die geantwortet haben.", fixed = TRUE)
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

test_that("codebook_from_labelled() writes codes as a CSV export writes the values", {
  vals <- c(1, 2, 99, 1.5, -3, 100000)
  d <- data.frame(unit = paste0("u", seq_along(vals)), v = vals)
  attr(d$v, "labels") <- stats::setNames(vals, paste("Label", seq_along(vals)))
  cb <- codebook_from_labelled(d, id = "unit", unit = "services")
  # the codes as base R's CSV writer writes the same values (in fixed
  # notation, as survey tools and spreadsheets write them)
  f <- tempfile(fileext = ".csv")
  op <- options(scipen = 100)
  on.exit(options(op), add = TRUE)
  utils::write.csv(data.frame(unit = d$unit, v = vals), f, row.names = FALSE, quote = FALSE)
  options(op)
  written <- utils::read.csv(f, colClasses = "character")$v
  expect_identical(cb$option[cb$item == "v"], written)
  # that CSV then reads with every answer matched to its option
  x <- read_survey(f, cb)
  expect_identical(nrow(survey_problems(x)), 0L)
  expect_identical(as.character(x$v), written)
  expect_identical(levels(x$v), written)
})

test_that("codebook_from_labelled() keeps the data's column names as item ids", {
  d <- data.frame(Site_ID = c("A", "B"), Q1_a = c(1, 2), q2 = c("x", "y"))
  attr(d$Q1_a, "labels") <- c(Yes = 1, No = 2)
  cb <- codebook_from_labelled(d, id = "Site_ID", unit = "sites")
  # read_survey() reads a header in lower case
  expect_identical(unique(cb$item), tolower(names(d)))
  x <- read_survey(d, cb)
  expect_identical(nrow(survey_problems(x)), 0L)
  expect_identical(x$site_id, d$Site_ID)
  expect_identical(as.character(x$q1_a), c("1", "2"))
  expect_identical(x$q2, d$q2)
  # a name that cannot be an item id is an error naming it, not rewritten
  names(d) <- c("site.id", "Q1.a", "q2")
  expect_error(codebook_from_labelled(d, id = "site.id"), "\"site.id\", \"Q1.a\"",
               class = "peersurvey_bad_argument")
})

test_that("codebook_from_labelled() declares SPSS user-missing values as non-answers", {
  skip_if_not_installed("haven")
  vals <- c(1, 2, 99, 97, 1)
  d <- data.frame(site = paste0("S", seq_along(vals)))
  d$region <- haven::labelled_spss(vals, c(North = 1, South = 2, Refused = 99),
                                   na_values = 99, na_range = c(95, 98))
  f <- tempfile(fileext = ".sav")
  haven::write_sav(d, f)
  dd <- haven::read_sav(f, user_na = TRUE)
  cb <- codebook_from_labelled(dd, id = "site", unit = "sites")
  rows <- cb[cb$item == "region", ]
  # every value labelled or occurring in the data is an option, missing
  # when SPSS declares it so
  codes <- sort(unique(c(1, 2, 99, vals)))
  expect_setequal(rows$option, as.character(codes))
  expect_identical(rows$missing[match(as.character(codes), rows$option)],
                   codes == 99 | (codes >= 95 & codes <= 98))
  expect_identical(rows$label_en[match(c("1", "99"), rows$option)], c("North", "Refused"))
  # a CSV export of the values then reads with the non-answers listed apart
  g <- tempfile(fileext = ".csv")
  utils::write.csv(data.frame(site = d$site, region = vals), g, row.names = FALSE)
  x <- read_survey(g, cb)
  expect_identical(nrow(survey_problems(x)), 0L)
  m <- survey_missing(x)
  expect_identical(m$row, which(vals %in% c(97, 99)))
  expect_identical(m$value, as.character(vals[vals %in% c(97, 99)]))
  expect_identical(as.character(x$region), ifelse(vals > 2, NA, as.character(vals)))
  # and so does the labelled data with its labels
  y <- read_survey(dd[-4, ], cb)
  expect_identical(survey_missing(y)$row, 3L)
})

test_that("comment lines are recognised in a codebook of any encoding", {
  f <- codebook_template(tempfile(fileext = ".csv"))
  ref <- survey_codebook(f)
  lines <- readLines(f, encoding = "UTF-8")
  expect_true(any(startsWith(lines, "#")))
  # a comment between rows, indented
  lines <- append(lines, "  # more comments, with a ; and a , in them", after = length(lines) - 1L)
  txt <- paste0(paste(lines, collapse = "\r\n"), "\r\n")
  bom <- list(`UTF-16LE` = c(0xff, 0xfe), `UTF-16BE` = c(0xfe, 0xff), `UTF-8` = c(0xef, 0xbb, 0xbf))
  for (to in names(bom)) {
    g <- tempfile(fileext = ".csv")
    writeBin(c(as.raw(bom[[to]]), iconv(txt, "UTF-8", to, toRaw = TRUE)[[1L]]), g)
    expect_identical(survey_codebook(g), ref, info = to)
  }
  # UTF-16 without a byte-order mark, and Windows-1252 with CR line ends
  g <- tempfile(fileext = ".csv")
  writeBin(iconv(txt, "UTF-8", "UTF-16LE", toRaw = TRUE)[[1L]], g)
  expect_identical(survey_codebook(g), ref)
  writeBin(iconv(gsub("\r\n", "\r", txt), "UTF-8", "CP1252", sub = "?", toRaw = TRUE)[[1L]], g)
  expect_identical(survey_codebook(g), ref)
})

test_that("codebook_from_labelled(): a count whose value labels are all missing codes is a number", {
  skip_if_not_installed("haven")
  d <- data.frame(unit = c("S1", "S2", "S3", "S4"))
  # a count whose only label is its user-missing code (SPSS)
  d$staff <- haven::labelled_spss(c(12, -9, 3, 0), labels = c("Not asked" = -9),
                                  na_values = -9, label = "Staff")
  # an age whose codes 97-99 are a user-missing range, labelled above the ages
  d$age <- haven::labelled_spss(c(34, 99, 51, 28), labels = c(Refused = 99),
                                na_range = c(97, 99))
  # a count labelling only 0 = "None": many unlabelled values, a number
  d$beds <- haven::labelled(c(0, 14, 22, 7), labels = c(None = 0))
  # a yes/no with one stray value stays a choice
  d$peer <- haven::labelled(c(1, 2, 3, 1), labels = c(Yes = 1, No = 2))
  f <- tempfile(fileext = ".sav")
  haven::write_sav(d, f)
  cb <- codebook_from_labelled(haven::read_sav(f, user_na = TRUE), id = "unit")
  type <- cb$type[match(c("staff", "age", "beds", "peer"), cb$item)]
  expect_identical(type, c("number", "number", "number", "single"))
  expect_identical(cb$option[cb$item == "peer"], c("1", "2"))
  # the bounds leave the codes out and keep every answer of the data
  num <- cb[cb$type == "number", ]
  expect_true(all(num$min[num$item == "staff"] > -9, num$min[num$item == "staff"] <= 0))
  expect_true(all(num$max[num$item == "age"] < 97, num$max[num$item == "age"] >= 51))
  expect_identical(num$min[num$item == "beds"], -Inf)
  # a CSV export of the codes: -9 and 99 are reported, never counted
  g <- tempfile(fileext = ".csv")
  utils::write.csv(data.frame(unit = d$unit, staff = c(12, -9, 3, 0), age = c(34, 99, 51, 28),
                              beds = c(0, 14, 22, 7), peer = c(1, 2, 1, 1)),
                   g, row.names = FALSE)
  x <- suppressWarnings(read_survey(g, cb))
  expect_identical(x$staff, c(12, NA, 3, 0))
  expect_identical(x$age, c(34, NA, 51, 28))
  expect_identical(x$beds, c(0, 14, 22, 7))
  p <- survey_problems(x)
  expect_identical(paste(p$row, p$column, p$value), c("2 staff -9", "2 age 99"))
  # Stata's tagged missing values as the only labels: a number too
  s <- data.frame(unit = c("a", "b"))
  s$n <- haven::labelled(c(4, haven::tagged_na("a")), c("Not asked" = haven::tagged_na("a")))
  cs <- codebook_from_labelled(s, id = "unit")
  expect_identical(cs$type[cs$item == "n"], "number")
  # a character column whose only label is a missing code is free text
  s$t <- haven::labelled_spss(c("x", "-"), labels = c("Not asked" = "-"), na_values = "-")
  expect_identical(codebook_from_labelled(s, id = "unit")$type[3L], "text")
})

test_that("codebook_from_redcap(): every number validation is a number, bounded only as REDCap says", {
  dd <- data.frame(
    "Variable / Field Name" = c("record_id", "fte", "weight", "wt1", "change", "delta",
                                "staff", "score", "pct", "name"),
    "Form Name" = "s",
    "Field Type" = c("text", "text", "text", "text", "text", "calc", "text", "text",
                     "slider", "text"),
    "Field Label" = c("ID", "FTE", "Weight", "Weight 1dp", "Change", "Delta", "Staff",
                      "Score", "Percent", "Name"),
    "Choices, Calculations, OR Slider Labels" = c("", "", "", "", "", "[a]-[b]", "", "",
                                                  "", ""),
    "Text Validation Type OR Show Slider Number" =
      c("", "number_comma_decimal", "number_3dp", "number_1dp_comma_decimal", "number",
        "", "integer", "number_2dp", "", "alpha_only"),
    "Text Validation Min" = c("", "", "", "0,5", "", "", "1", "-5", "", ""),
    "Text Validation Max" = c("", "", "", "", "", "", "", "5.5", "", ""),
    check.names = FALSE)
  cb <- codebook_from_redcap(dd)
  items <- c("fte", "weight", "wt1", "change", "delta", "staff", "score", "pct", "name")
  r <- match(items, cb$item)
  expect_identical(cb$type[r], c(rep("number", 8), "text"))
  expect_identical(cb$whole[r], items == "staff")
  # no bound where the dictionary gives none; its own when it gives one
  expect_identical(cb$min[r], c(-Inf, -Inf, 0.5, -Inf, -Inf, 1, -5, 0, 0))
  expect_identical(cb$max[r], c(Inf, Inf, Inf, Inf, Inf, Inf, 5.5, 100, Inf))
  e <- tempfile(fileext = ".csv")
  writeLines(c("record_id,fte,weight,wt1,change,delta,staff,score,pct,name",
               "S1,\"1,5\",70.5,\"2,5\",-12,-3,4,-4.25,40,Ann",
               "S2,\"0,5\",-1,\"0,2\",3,0,0,6,101,Bob"), e)
  x <- suppressWarnings(read_survey(e, cb))
  expect_identical(x$fte, c(1.5, 0.5))
  expect_identical(x$weight, c(70.5, -1))
  expect_identical(x$change, c(-12, 3))
  expect_identical(x$delta, c(-3, 0))
  expect_identical(x$score, c(-4.25, NA))
  p <- survey_problems(x)
  expect_setequal(paste(p$row, p$column, p$value),
                  c("2 wt1 0,2", "2 staff 0", "2 score 6", "2 pct 101"))
  # a bound that is no number (piped) is left out with a warning naming the field
  dd$`Text Validation Min`[7] <- "[other]"
  expect_warning(cb2 <- codebook_from_redcap(dd), "\"staff\"", class = "peersurvey_bounds")
  expect_identical(cb2$min[cb2$item == "staff"], -Inf)
})

test_that("a blank label among labelled options of an item is an error naming line, item, option and column", {
  f <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_fr,label_en,question_fr",
               "service_id,id,,services,services,Code du service",
               "roles,multi,groupes,Animation de groupes,Groups,Quels r\u00f4les ?",
               "roles,multi,plaidoyer,,Advocacy,Quels r\u00f4les ?",
               "roles,multi,autre,Autre,Other,Quels r\u00f4les ?"), f, useBytes = TRUE)
  expect_error(survey_codebook(f),
               paste0("row 3 \\(line 4\\): option \"plaidoyer\" of item \"roles\" has no ",
                      "label in `label_fr`"), class = "peersurvey_bad_codebook")
  # a column left blank for a whole item (a language used only for some
  # items) is allowed
  writeLines(c("item,type,option,label_fr,label_en",
               "service_id,id,,services,services",
               "roles,multi,groupes,Animation de groupes,Groups",
               "roles,multi,plaidoyer,Plaidoyer,Advocacy",
               "pairs,single,yes,Oui,", "pairs,single,no,Non,"), f, useBytes = TRUE)
  cb <- survey_codebook(f)
  expect_identical(cb$label_en, c("services", "Groups", "Advocacy", "", ""))
})

test_that("a Likert scale labelled at its ends only is read", {
  f <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,scale", "unit_id,id,,units,",
               "sat,likert,1,Not at all,agree5", "sat,likert,2,,agree5", "sat,likert,3,,agree5",
               "sat,likert,4,,agree5", "sat,likert,5,Completely,agree5"), f)
  cb <- survey_codebook(f)
  expect_identical(cb$option[cb$item == "sat"], as.character(1:5))
  expect_identical(cb$label_en[cb$item == "sat"], c("Not at all", "", "", "", "Completely"))
  # answers by code or by an end's label, counted by hand
  e <- tempfile(fileext = ".csv")
  writeLines(c("unit_id,sat", "U1,1", "U2,4", "U3,Completely"), e)
  s <- read_survey(e, cb)
  expect_identical(as.integer(s$sat), c(1L, 4L, 5L))
})

test_that("codebook_from_redcap() reads a dictionary read by read.csv() or named as the API names it", {
  dd <- data.frame(
    "Variable / Field Name" = c("record_id", "area", "tasks", "care", "paid", "n_users", "notes"),
    "Form Name" = "s", "Section Header" = "",
    "Field Type" = c("text", "dropdown", "checkbox", "radio", "radio", "text", "notes"),
    "Field Label" = c("ID", "Area", "Tasks", "Peers improve care", "Peers are paid fairly",
                      "Users", "Notes"),
    "Choices, Calculations, OR Slider Labels" = c(
      "", "1, North | 2, South", "1, Groups | 2, Training, supervision | 99, Other",
      "1, Disagree | 2, Agree", "1, Disagree | 2, Agree", "", ""),
    "Field Note" = "",
    "Text Validation Type OR Show Slider Number" = c("", "", "", "", "", "integer", ""),
    "Text Validation Min" = c("", "", "", "", "", "0", ""),
    "Text Validation Max" = c("", "", "", "", "", "500", ""),
    "Identifier?" = "", "Branching Logic (Show field only if...)" = "",
    "Required Field?" = "", "Custom Alignment" = "", "Question Number (surveys only)" = "",
    "Matrix Group Name" = c("", "", "", "agree", "agree", "", ""),
    check.names = FALSE, stringsAsFactors = FALSE)
  f <- tempfile(fileext = ".csv")
  utils::write.csv(dd, f, row.names = FALSE)
  ref <- codebook_from_redcap(f)
  # the types, options and bounds the dictionary gives, field by field
  types <- c(record_id = "id", area = "single", tasks = "multi", care = "likert",
             paid = "likert", n_users = "number", notes = "text")
  expect_identical(ref$type[match(names(types), ref$item)], unname(types))
  expect_identical(ref$option[ref$item == "tasks"], c("1", "2", "99"))
  expect_identical(ref$label_en[ref$item == "tasks"], c("Groups", "Training, supervision", "Other"))
  expect_identical(ref$max[ref$item == "n_users"], 500)
  # read.csv() with its default check.names: "Field.Type", "Text.Validation.Min"
  d1 <- utils::read.csv(f, stringsAsFactors = FALSE)
  expect_true("Field.Type" %in% names(d1))
  cb1 <- codebook_from_redcap(d1)
  expect_identical(cb1$type[match(names(types), cb1$item)], unname(types))
  expect_identical(as.data.frame(cb1), as.data.frame(ref))
  # the names of REDCap's API (and REDCapR's redcap_metadata_read())
  d2 <- dd
  names(d2) <- c("field_name", "form_name", "section_header", "field_type", "field_label",
                 "select_choices_or_calculations", "field_note",
                 "text_validation_type_or_show_slider_number", "text_validation_min",
                 "text_validation_max", "identifier", "branching_logic", "required_field",
                 "custom_alignment", "question_number", "matrix_group_name")
  expect_identical(as.data.frame(codebook_from_redcap(d2)), as.data.frame(ref))
  # a table with field names but no field types is refused, not read as free text
  expect_error(codebook_from_redcap(dd[, -4]), "Field Type", class = "peersurvey_bad_argument")
})

test_that("a yes/no item with a declared \"don't know\" is read as logical and can be a filter", {
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  writeLines(c("item,type,option,label_en,missing,asked_if",
               "team,id,,teams,,",
               "peer,single,yes,Yes,,", "peer,single,no,No,,",
               "peer,single,dk,Don't know,TRUE,",
               "roles,multi,groups,Groups,,peer", "roles,multi,one,One-to-one,,peer"), f)
  cb <- survey_codebook(f)
  raw <- data.frame(team = sprintf("T%d", 1:9),
                    peer = c("Yes", "No", "Don't know", "", "Yes", "Yes", "No", "Don't know", "Yes"),
                    roles_groups = c("Yes", "", "", "", "", "Yes", "", "", "Yes"),
                    roles_one = c("", "", "", "", "Yes", "Yes", "", "", ""),
                    stringsAsFactors = FALSE)
  s <- read_survey(raw, cb)
  # read as logical: yes TRUE, no FALSE, "don't know" and blank NA
  expect_identical(s$peer, ifelse(raw$peer == "Yes", TRUE, ifelse(raw$peer == "No", FALSE, NA)))
  # "don't know" counted apart, as a declared non-answer
  m <- survey_missing(s)
  expect_identical(sort(m$row[m$column == "peer"]), which(raw$peer == "Don't know"))
  # the filter: the check-all item's base is the units answering yes
  v <- table_values(survey_tables(s, items = "roles")$roles)
  yes <- raw$peer == "Yes"
  opt <- v[v$row_type == "option", ]
  expect_identical(as.integer(opt$N), rep(sum(yes), 2L))
  expect_identical(as.integer(opt$n[match("groups", opt$option)]), sum(raw$roles_groups[yes] != ""))
  expect_identical(as.integer(opt$n[match("one", opt$option)]), sum(raw$roles_one[yes] != ""))
  # the table of the filter itself: "don't know" apart from the base
  pv <- table_values(survey_tables(s, items = "peer")$peer)
  base <- pv[pv$row_type == "option", ]
  expect_identical(as.integer(base$n), c(sum(raw$peer == "Yes"), sum(raw$peer == "No")))
  expect_identical(as.integer(pv$n[pv$row_type == "missing"]), sum(raw$peer == "Don't know"))
  # an item with a third answer that is not declared missing is no filter
  writeLines(c("item,type,option,label_en,missing,asked_if", "team,id,,teams,,",
               "peer,single,yes,Yes,,", "peer,single,no,No,,", "peer,single,maybe,Maybe,,",
               "roles,multi,groups,Groups,,peer"), f)
  expect_error(survey_codebook(f), "must name a yes/no item of the codebook, not \"peer\"")
})

test_that("codebook_from_redcap() warns of branching logic it does not apply, naming what it does to check-all items", {
  dd <- data.frame("Variable / Field Name" = c("record_id", "region", "peer", "roles", "staff"),
                   "Form Name" = "survey",
                   "Field Type" = c("text", "radio", "yesno", "checkbox", "text"),
                   "Field Label" = c("Service", "Region", "Peer?", "Roles", "Staff"),
                   "Choices, Calculations, OR Slider Labels" =
                     c("", "1, North | 2, South", "", "1, Groups | 2, Advocacy", ""),
                   "Branching Logic (Show field only if...)" =
                     c("", "", "", "[region] = '2'", "[peer] = \"1\""),
                   check.names = FALSE)
  w <- tryCatch(codebook_from_redcap(dd), warning = function(w) w)
  expect_s3_class(w, "peersurvey_branching")
  # "roles" is named, as a check-all item whose unasked units count as ticking none
  expect_match(conditionMessage(w), "branching logic of \"roles\" is not", fixed = TRUE)
  expect_match(conditionMessage(w), "a unit ticking no option of \"roles\"", fixed = TRUE)
  cb <- suppressWarnings(codebook_from_redcap(dd))
  # applied where it can be: [peer] = "1" on a yes/no field
  expect_identical(unique(cb$asked_if[cb$item == "staff"]), "peer")
  expect_identical(unique(cb$asked_if[cb$item == "roles"]), "")
  # a text field's logic is only named
  dd[["Branching Logic (Show field only if...)"]] <- c("", "", "", "", "[region] = '2'")
  w2 <- tryCatch(codebook_from_redcap(dd), warning = function(w) w)
  expect_match(conditionMessage(w2), "`asked_if`$")
})

test_that("codebook_from_redcap() refuses malformed choices, naming the field, its row and the choice", {
  mk <- function(ch) data.frame(
    "Variable / Field Name" = c("record_id", "q", "r"), "Form Name" = "a",
    "Field Type" = c("text", "radio", "checkbox"), "Field Label" = c("Id", "Q", "R"),
    "Choices, Calculations, OR Slider Labels" = c("", "1, A | 2, B", ch), check.names = FALSE)
  expect_error(codebook_from_redcap(mk("1 Yes | 2 No")),
               "choice \"1 Yes\" of field \"r\" \\(row 3 of the dictionary\\), which is not \"code, label\"",
               class = "peersurvey_bad_argument")
  expect_error(codebook_from_redcap(mk("1, Yes | 2, No | 1, Maybe")),
               "choice code \"1\" more than once in field \"r\" \\(row 3", class = "peersurvey_bad_argument")
  expect_error(codebook_from_redcap(mk("1, Yes | 2,")), "choice \"2,\" of field \"r\".*without a label",
               class = "peersurvey_bad_argument")
  # a label that is another choice's code: named with the dictionary's row
  expect_error(codebook_from_redcap(mk("1, 0 | 2, 1 | 3, 2 o pi\u00f9")),
               "choice \"2, 1\" of field \"r\" \\(row 3 of the dictionary\\), whose label is the code of choice \"1, 0\"",
               class = "peersurvey_bad_argument")
  # a label equal to its own code is no clash (a scale numbered 1 to 5)
  cb <- codebook_from_redcap(mk("1, 1 | 2, 2 | 3, 3"))
  expect_identical(cb$label_en[cb$item == "r"], c("1", "2", "3"))
  # a label may hold commas, and spacing around the comma is free
  cb <- codebook_from_redcap(mk("1,Yes, often | -1 , No"))
  expect_identical(cb$option[cb$item == "r"], c("1", "-1"))
  expect_identical(cb$label_en[cb$item == "r"], c("Yes, often", "No"))
})

test_that("codebook_from_redcap() names an @NONEOFTHEABOVE choice it does not read as 'None of these'", {
  mk <- function(choices, tag) data.frame(
    "Variable / Field Name" = c("record_id", "barriers"), "Form Name" = "a",
    "Field Type" = c("text", "checkbox"), "Field Label" = c("Id", "Barriers"),
    "Choices, Calculations, OR Slider Labels" = c("", choices),
    "Field Annotation" = c("", tag), check.names = FALSE)
  expect_warning(codebook_from_redcap(mk("1, Time | 2, Money | 99, No barriers", "@NONEOFTHEABOVE='99'")),
                 "barriers (\"No barriers\")", fixed = TRUE, class = "peersurvey_none_option")
  expect_warning(codebook_from_redcap(mk("1, Time | -9, No barriers", "@HIDECHOICE='3' @NONEOFTHEABOVE=-9")),
                 "No barriers", class = "peersurvey_none_option")
  # labelled as the package reads "none", or with no tag: nothing to say
  expect_silent(codebook_from_redcap(mk("1, Time | 98, Prefer not to say | 99, None of the above",
                                        "@NONEOFTHEABOVE=\"98,99\"")))
  expect_silent(codebook_from_redcap(mk("1, Time | 99, No barriers", "")))
})

test_that("codebook_from_redcap(): a choice labelled a non-answer in any language of the fixed words is missing", {
  dk <- c("Don't know", "Non so", "Je ne sais pas", "Wei\u00df nicht", "No s\u00e9",
          "Not applicable", "No aplica", "Keine Angabe")
  dd <- data.frame(
    "Variable / Field Name" = c("record_id", paste0("q", seq_along(dk))),
    "Form Name" = "s",
    "Field Type" = c("text", rep("radio", length(dk))),
    "Field Label" = c("ID", paste("Question", seq_along(dk))),
    "Choices, Calculations, OR Slider Labels" =
      c("", sprintf("1, P\u00fablica | 2, Privada | 9, %s", dk)),
    check.names = FALSE)
  cb <- codebook_from_redcap(dd)
  r <- cb$item %in% paste0("q", seq_along(dk))
  # the choice coded 9 and only it, in every language
  expect_identical(cb$missing[r], cb$option[r] == "9")
  expect_identical(sum(cb$missing[r]), length(dk))
  # "No s\u00e9" is no answer: the share of "P\u00fablica" is of those who answered
  e <- tempfile(fileext = ".csv")
  on.exit(unlink(e))
  v <- c("1", "2", "9", "1", "9", "1")
  writeLines(c("record_id,q5", paste0("S", seq_along(v), ",", v)), e)
  s <- suppressWarnings(read_survey(e, cb[cb$item %in% c("record_id", "q5"), ]))
  tab <- as.data.frame(tabulate_choice(s["q5"], na = "drop"))
  expect_equal(tab$n[tab$level == "1"], sum(v == "1"))
  expect_equal(tab$prop[tab$level == "1"], sum(v == "1") / sum(v != "9"))
})

test_that("the codebook accessors and the ladder name a codebook that is none", {
  for (bad in list(1, NA, "a", list(item = "x")))
    for (f in list(codebook_id, codebook_unit, codebook_languages))
      expect_error(f(bad), "`codebook` must be a codebook from survey_codebook\\(\\)",
                   class = "peersurvey_bad_argument")
  expect_error(codebook_unit(NULL), "must be a codebook", class = "peersurvey_bad_argument")
  expect_error(coproduction_ladder(codebook = NULL), "must be a codebook",
               class = "peersurvey_bad_argument")
  cb <- survey_codebook()
  expect_identical(codebook_id(cb), cb$item[cb$type == "id"][1L])
  expect_identical(codebook_languages(cb), sub("^label_", "", grep("^label_", names(cb), value = TRUE)))
})

test_that("an argument no string can show is named by its class in the error", {
  expect_error(prop_ci(34, 61, conf = function(x) x), "not a value of class function",
               class = "peersurvey_bad_argument")
  expect_error(fisher_test(matrix(1:4, 2), B = sum), "not a value of class function",
               class = "peersurvey_bad_argument")
})

test_that("codebook_from_labelled() checks `unit` and `language` as codebook_from_redcap() does", {
  d <- data.frame(unit = c("u1", "u2"), v = c(1, 2))
  dd <- data.frame("Variable / Field Name" = c("unit", "v"), "Form Name" = "f",
                   "Field Type" = c("text", "text"), "Field Label" = c("Unit", "V"),
                   check.names = FALSE)
  for (bad in list(NULL, character(0), c("a", "b"), NA_character_, " ", 1, TRUE, list("a")))
    for (f in list(function(u) codebook_from_labelled(d, id = "unit", unit = u),
                   function(u) codebook_from_redcap(dd, unit = u)))
      expect_error(f(bad), "`unit` must be the unit's name in the plural",
                   class = "peersurvey_bad_argument")
  expect_error(codebook_from_labelled(d, id = "unit", language = "English"),
               "`language` must be a language code such as \"en\", not \"English\"",
               class = "peersurvey_bad_argument")
  expect_identical(codebook_unit(codebook_from_labelled(d, id = "unit", unit = "teams"), "en"),
                   "teams")
})
