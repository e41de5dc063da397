test_that("the shipped export reads into exactly mhd_survey_2025", {
  expect_no_warning(x <- read_survey(survey_export_path()))
  expect_s3_class(x, "peer_survey")
  expect_identical(x, mhd_survey_2025)
  expect_identical(names(x)[1], "mhd_id")
  expect_identical(nrow(survey_problems(x)), 0L)
  expect_output(print(x, language = "en"), "61 departments")
})

test_that("types follow the codebook", {
  x <- mhd_survey_2025
  expect_type(x$peer_support, "logical")
  expect_type(x$coproduction, "logical")
  expect_true(is.factor(x$region) && is.factor(x$ps_contract))
  expect_true(is.ordered(x$impact_recovery))
  expect_identical(levels(x$impact_team),
                   c("strongly_disagree", "disagree", "neutral", "agree", "strongly_agree"))
  expect_type(x$ps_settings_cmhc, "logical")
  expect_type(x$barriers_text, "character")
  expect_type(x$catchment_pop, "double")
  expect_s3_class(attr(x, "codebook"), "peer_codebook")
  # departments without peer support were not asked the follow-up items
  no <- !x$peer_support
  follow <- grep("^(ps_|impact_)", names(x), value = TRUE)
  expect_true(all(vapply(x[no, follow], function(v) all(is.na(v)), NA)))
  bars <- setdiff(grep("^barriers_", names(x), value = TRUE), "barriers_text")
  expect_false(anyNA(x[bars]))
  # free text left blank is NA, whether the export's field is empty or a
  # quoted ""; the text keeps the raw export's characters
  raw <- readLines(survey_export_path(), encoding = "UTF-8")
  fields <- utils::read.csv(survey_export_path(), colClasses = "character",
                            na.strings = character(0), encoding = "UTF-8")
  expect_true(any(fields$barriers_text == "") && any(grepl(',"",', raw, fixed = TRUE)))
  expect_identical(is.na(x$barriers_text), !nzchar(trimws(fields$barriers_text)))
  expect_true(any(grepl("\u2019", x$barriers_text)) && any(grepl("\u2019", raw)))
})

test_that("a rewritten export (semicolons, BOM, CRLF, shuffled, upper case, no accents) reads identical", {
  df <- export_columns()
  txt <- text_items()
  set.seed(1)
  shuffled <- df[, c(1, sample(2:ncol(df)))]
  for (nm in setdiff(names(shuffled), txt))
    shuffled[[nm]] <- toupper(strip_accents_test(shuffled[[nm]]))
  shuffled$mhd_id <- df$mhd_id
  f <- write_export(format_export(shuffled, sep = ";"), eol = "\r\n", bom = TRUE)
  y <- read_survey(f)
  # the same survey; only the record of how it was read differs
  expect_identical(attr(y, "read")$delimiter, ";")
  expect_identical(attr(y, "read")$rows_in_file, 61L)
  attr(y, "read") <- attr(mhd_survey_2025, "read")
  expect_identical(y, mhd_survey_2025)
  # tab-separated, unquoted where possible, LF, labels with stray spaces
  tabbed <- df
  tabbed$ps_contract <- ifelse(is.na(df$ps_contract), NA, paste0("  ", df$ps_contract, " "))
  lines <- c(paste(names(tabbed), collapse = "\t"),
             do.call(paste, c(lapply(unname(as.list(tabbed)), function(v) {
               v[is.na(v)] <- ""
               v <- gsub("\t", " ", v)
               ifelse(grepl("\n|\"", v), paste0("\"", gsub("\"", "\"\"", v), "\""), v)
             }), sep = "\t")))
  y <- read_survey(write_export(lines, tempfile(fileext = ".tsv")))
  expect_identical(y$ps_contract, mhd_survey_2025$ps_contract)
  expect_identical(y$barriers_recognition, mhd_survey_2025$barriers_recognition)
  expect_identical(y$impact_team, mhd_survey_2025$impact_team)
})

test_that("English labels, codes, other yes/no forms and delimited multi columns read", {
  lines <- c(
    "MHD_ID,Region,Macro_area,peer_support,coproduction,barriers,ps_settings[cmhc],ps_settings[inpatient],impact_recovery,catchment_pop",
    "A1,Tuscany,Centre,YES,false,\"Stigma; Lack of formal recognition\",X,,4,\"1.250.000\"",
    "A2,lazio,centre,no,True,\"funding|Limiti organizzativi (tempo, carichi, burocrazia)\",,,,\"350000,5\"",
    "A3,Valle d\u2019Aosta,NORD-OVEST,S\u00cc,1,\"recognition,cultural\",checked,unchecked,Strongly agree,")
  expect_warning(x <- read_survey(write_export(lines)), class = "peersurvey_problems")
  expect_identical(as.character(x$region), c("Toscana", "Lazio", "Valle d'Aosta"))
  expect_identical(as.character(x$macro_area), c("Centre", "Centre", "North-West"))
  # an item absent from the file is NA and listed (nothing is derived by name)
  expect_true(all(is.na(x$area3)))
  expect_true(any(survey_problems(x)$column == "area3"))
  expect_identical(x$peer_support, c(TRUE, FALSE, TRUE))
  expect_identical(x$coproduction, c(FALSE, TRUE, TRUE))
  expect_identical(x$barriers_stigma, c(TRUE, FALSE, FALSE))
  expect_identical(x$barriers_recognition, c(TRUE, FALSE, TRUE))
  expect_identical(x$barriers_organisation, c(FALSE, TRUE, FALSE))
  expect_identical(x$barriers_cultural, c(FALSE, FALSE, TRUE))
  expect_identical(x$ps_settings_cmhc, c(TRUE, NA, TRUE))
  expect_identical(x$ps_settings_inpatient, c(FALSE, NA, FALSE))
  expect_identical(as.character(x$impact_recovery), c("agree", NA, "strongly_agree"))
  # a population must be a whole number: 350000,5 is a problem, and NA
  expect_identical(x$catchment_pop, c(1250000, NA, NA))
  expect_true(any(survey_problems(x)$row %in% 2L & survey_problems(x)$value %in% "350000,5" &
                    survey_problems(x)$reason %in% "read as 350000.5, not a whole number"))
  # items of the codebook absent from the file are reported, not hidden
  p <- survey_problems(x)
  expect_true(all(c("ps_contract", "ps_settings_day_centre") %in% p$column))
  expect_true(all(is.na(x$ps_contract)))
  # a language restriction makes the other language's labels problems
  expect_warning(y <- read_survey(write_export(lines), language = "it"),
                 class = "peersurvey_problems")
  expect_true(is.na(y$region[1]))
  p <- survey_problems(y)
  expect_true(any(p$row == 1 & p$column == "region" & p$value == "Tuscany"))
})

test_that("an unmatched answer becomes NA and is listed with row, column and value", {
  lines <- c("mhd_id,region,macro_area,peer_support,coproduction,ps_contract,notes",
             "A1,Toscana,Centro,Forse,No,Dipendente,first",
             "A2,Lazio,Centro,S\u00ec,S\u00ec,Stagista,",
             "A3,Puglia,Sud,No,No,,third")
  w <- tryCatch(read_survey(write_export(lines)), warning = function(w) w)
  expect_s3_class(w, "peersurvey_problems")
  x <- suppressWarnings(read_survey(write_export(lines)))
  p <- survey_problems(x)
  # one warning, giving the number of problems
  expect_match(conditionMessage(w),
               sprintf("^%d answers and %d columns could not be read .*survey_problems\\(\\)",
                       sum(!is.na(p$row)), sum(is.na(p$row))))
  expect_s3_class(p, "data.frame")
  expect_identical(names(p), c("row", "id", "column", "value", "reason"))
  # the unit's id beside the row
  expect_identical(p$id[!is.na(p$row)], as.character(x$mhd_id[p$row[!is.na(p$row)]]))
  expect_true(any(p$row == 1L & p$column == "peer_support" & p$value == "Forse"))
  expect_true(any(p$row == 2L & p$column == "ps_contract" & p$value == "Stagista"))
  expect_identical(x$peer_support, c(NA, TRUE, FALSE))
  expect_identical(as.character(x$ps_contract), c("employee", NA, NA))
  # unknown columns are kept as character and reported
  expect_identical(x$notes, c("first", NA, "third"))
  expect_true(any(is.na(p$row) & p$column == "notes"))
  expect_error(survey_problems(data.frame()), class = "peersurvey_bad_argument")
})

test_that("a department id that appears twice is an error naming both rows", {
  lines <- c("mhd_id,region,macro_area,peer_support,coproduction",
             "A1,Toscana,Centro,No,No", "A2,Lazio,Centro,No,No",
             "A3,Puglia,Sud,No,No", "A2,Molise,Sud,No,No")
  expect_error(read_survey(write_export(lines)), "\"A2\".*rows 2, 4",
               class = "peersurvey_duplicate_id")
  lines[3] <- ",Lazio,Centro,No,No"
  expect_error(read_survey(write_export(lines[1:4])), "blank in row 2",
               class = "peersurvey_duplicate_id")
})

test_that("a missing required column is an error naming it", {
  lines <- c("mhd_id,region,macro_area,peer_support", "A1,Toscana,Centro,No")
  expect_error(read_survey(write_export(lines)), "required column \"coproduction\"",
               class = "peersurvey_missing_column")
})

test_that("empty, binary and truncated files are errors", {
  empty <- tempfile(); file.create(empty)
  expect_error(read_survey(empty), "empty", class = "peersurvey_bad_file")
  expect_error(read_survey(write_export("", bom = TRUE)), "empty", class = "peersurvey_bad_file")
  bin <- tempfile(); writeBin(as.raw(c(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08)), bin)
  expect_error(read_survey(bin), "binary", class = "peersurvey_bad_file")
  utf16 <- tempfile()
  writeBin(c(as.raw(c(0xff, 0xfe)), as.raw(rbind(charToRaw("mhd_id"), as.raw(0)))), utf16)
  # UTF-16 with a byte-order mark is decoded: a header alone has no responses
  expect_error(read_survey(utf16), "no responses", class = "peersurvey_bad_file")
  latin1 <- tempfile()
  writeBin(c(charToRaw("mhd_id,region,macro_area,peer_support,coproduction\nA1,Toscana,Centro,S"),
             as.raw(0xec), charToRaw(",No\n")), latin1)
  # Latin-1 is recognised (test-read.R); UTF-8 mixed with it is refused on its line
  expect_identical(suppressWarnings(read_survey(latin1))$peer_support, TRUE)
  mixed <- tempfile()
  writeBin(c(readBin(latin1, "raw", 200), charToRaw("A2,Toscana,Centro,S\u00ec,No\n")), mixed)
  expect_error(read_survey(mixed), "not valid UTF-8.*line 2", class = "peersurvey_bad_file")
  hdr <- "mhd_id,region,macro_area,peer_support,coproduction,barriers_text"
  expect_error(read_survey(write_export(hdr)), "no responses", class = "peersurvey_bad_file")
  # an unterminated quote
  lines <- c(hdr, "A1,Toscana,Centro,No,No,\"fine", "A2,Lazio,Centro,No,No,ok")
  expect_error(read_survey(write_export(lines)), "unterminated.*line 2",
               class = "peersurvey_bad_file")
  # a record cut short
  lines <- c(hdr, "A1,Toscana,Centro,No,No,\"due\nrighe\"", "A2,Lazio,Centro")
  expect_error(read_survey(write_export(lines)), "line 4 .*has 3 fields, the header has 6",
               class = "peersurvey_bad_file")
  # the shipped export cut in the middle of a record
  bytes <- readBin(survey_export_path(), "raw", file.size(survey_export_path()))
  cut <- tempfile(); writeBin(bytes[seq_len(length(bytes) %/% 2)], cut)
  expect_error(read_survey(cut), "truncated", class = "peersurvey_bad_file")
  expect_error(read_survey(tempfile()), class = "peersurvey_bad_argument")
})

test_that("quoted fields keep delimiters, quotes and line breaks", {
  lines <- c("mhd_id;region;macro_area;peer_support;coproduction;barriers_text",
             "A1;Toscana;Centro;No;No;\"Fondi; pochi \"\"e\"\" incerti\r\nseconda riga\"",
             "A2;Lazio;Centro;No;No;\"\"", "A3;Lazio;Centro;No;No;")
  x <- suppressWarnings(read_survey(write_export(lines, eol = "\r\n")))
  # a quoted empty field is a blank answer: NA, as an empty field is
  expect_identical(x$barriers_text,
                   c("Fondi; pochi \"e\" incerti\nseconda riga", NA, NA))
})

test_that("blank lines are skipped and a second layout of a multi item is kept apart", {
  lines <- c("mhd_id,region,macro_area,peer_support,coproduction,barriers,barriers_stigma,Note",
             "A1,Toscana,Centro,No,No,stigma,1,x", "   ", "A2,Lazio,Centro,No,No,,0,")
  expect_warning(x <- read_survey(write_export(lines)), class = "peersurvey_problems")
  expect_identical(x$mhd_id, c("A1", "A2"))
  expect_identical(x$barriers_stigma, c(TRUE, FALSE))
  expect_identical(x$barriers, c("stigma", NA))
  expect_identical(x$Note, c("x", NA))
  p <- survey_problems(x)
  expect_true(all(c("barriers", "Note") %in% p$column[is.na(p$row)]))
})

test_that("numbers outside the codebook's bounds or not whole become NA and are listed", {
  df <- export_columns()
  ps <- which(mhd_survey_2025$peer_support)
  df$ps_n_workers[ps[1:3]] <- c("-3", "2,5", "1.000.000")
  df$n_cmhc[5] <- "-1"
  f <- write_export(format_export(df))
  expect_warning(x <- read_survey(f), class = "peersurvey_problems")
  p <- survey_problems(x)
  # what base R makes of the same strings, checked against the rules
  v <- as.numeric(sub(",", ".", gsub(".", "", c("-3", "2,5", "1.000.000"), fixed = TRUE)))
  bad <- v < 0 | v != round(v)
  expect_identical(bad, c(TRUE, TRUE, FALSE))
  expect_identical(x$ps_n_workers[ps[1:3]], ifelse(bad, NA_real_, v))
  expect_identical(x$n_cmhc[5], NA_real_)
  expect_identical(x$ps_n_workers[-ps[1:3]], mhd_survey_2025$ps_n_workers[-ps[1:3]])
  expect_identical(nrow(p), 3L)
  expect_identical(sort(paste(p$row, p$column, p$value, p$reason)),
                   sort(c(paste(ps[1], "ps_n_workers -3 negative"),
                          paste0(ps[2], " ps_n_workers 2,5 read as ", v[2],
                                 ", not a whole number"),
                          "5 n_cmhc -1 negative")))
  # a codebook can set other bounds
  cb <- survey_codebook()
  cb$max[cb$item == "ps_n_workers"] <- 5
  expect_warning(y <- read_survey(f, codebook = cb), class = "peersurvey_problems")
  big <- which(mhd_survey_2025$ps_n_workers > 5)
  expect_true(length(big) > 0)
  expect_true(all(is.na(y$ps_n_workers[big])))
  expect_true(all(big %in% survey_problems(y)$row[survey_problems(y)$reason == "outside 0 to 5"]))
  bad_cb <- as.data.frame(unclass(cb))  # checked again when not a peer_codebook
  bad_cb$min[bad_cb$item == "ps_n_workers"] <- 9
  expect_error(read_survey(f, codebook = bad_cb), "above `max`", class = "peersurvey_bad_codebook")
  bad_cb <- as.data.frame(unclass(cb))
  bad_cb$whole[bad_cb$item == "region"] <- TRUE
  expect_error(read_survey(f, codebook = bad_cb), "cannot have `min`",
               class = "peersurvey_bad_codebook")
})

test_that("answers given although not asked are kept and listed", {
  df <- export_columns()
  no_ps <- which(!mhd_survey_2025$peer_support)
  no_cp <- which(!mhd_survey_2025$coproduction)
  cols <- names(df)
  # the settings of a department running peer support copied to one without
  for (o in grep("^ps_settings", cols, value = TRUE))
    df[no_ps[1], o] <- df[[o]][which(mhd_survey_2025$ps_settings_cmhc)[1]]
  df$ps_contract[no_ps[2]] <- "Volontario"
  for (o in grep("^coprod_practices", cols, value = TRUE))
    df[no_cp[1], o] <- df[[o]][which(mhd_survey_2025$coproduction)[1]]
  f <- write_export(format_export(df))
  expect_warning(x <- read_survey(f), class = "peersurvey_problems")
  p <- survey_problems(x)
  expect_true(all(p$reason == "answered although not asked"))
  # the values are kept
  expect_identical(as.character(x$ps_contract[no_ps[2]]), "volunteer")
  expect_true(x$ps_settings_cmhc[no_ps[1]])
  # every one listed: compare with a base-R scan of the typed columns
  ref <- NULL
  for (nm in grep("^(ps_|impact_)", names(x), value = TRUE)) {
    v <- x[[nm]]
    hit <- which(!x$peer_support & (if (is.logical(v)) v %in% TRUE else !is.na(v)))
    if (length(hit)) ref <- c(ref, paste(hit, nm))
  }
  for (nm in grep("^coprod_practices_", names(x), value = TRUE)) {
    hit <- which(!x$coproduction & x[[nm]] %in% TRUE)
    if (length(hit)) ref <- c(ref, paste(hit, nm))
  }
  expect_true(length(ref) >= 3L)
  expect_identical(sort(paste(p$row, p$column)), sort(ref))
  expect_true(any(p$row == no_cp[1] & startsWith(p$column, "coprod_practices_")))
  # the paper's follow-up tables still use only departments running peer support
  tabs <- paper_tables(x)
  expect_equal(attr(tabs$contract, "values")$N[1],
                   sum(!is.na(x$ps_contract[x$peer_support])))
})

test_that("subsets of a survey keep its codebook and the problems of what they keep", {
  lines <- c(
    "mhd_id,region,macro_area,peer_support,coproduction,notes",
    "A1,Toscana,Centro,Forse,No,first wave",
    "A2,Lazio,Centro,Si,S\u00ec,",
    "A3,Lazio,Centro,boh,mah,x",
    "A4,Umbria,Centro,No,Si,")
  expect_warning(x <- read_survey(write_export(lines)), class = "peersurvey_problems")
  p <- survey_problems(x)
  cells <- p[!is.na(p$row), ]
  expect_true(nrow(cells) >= 3L)
  key <- function(d) sort(paste(d$row, d$column, d$value, d$reason))
  # rows: each problem of a kept row moves to the row's new position, in base R
  for (i in list(2:4, c(3L, 3L, 1L), 4L, c(TRUE, FALSE, TRUE, FALSE))) {
    idx <- seq_len(nrow(x))[i]
    y <- x[i, ]
    expect_identical(attr(y, "codebook"), attr(x, "codebook"))
    moved <- merge(data.frame(new = seq_along(idx), row = idx), cells, by = "row")
    moved$row <- moved$new
    expected <- rbind(moved[names(p)], p[is.na(p$row), ])
    expect_identical(key(survey_problems(y)), key(expected))
  }
  # columns: the problems of the columns dropped go
  keep <- c("mhd_id", "coproduction", "notes")
  y <- x[, keep]
  expect_identical(key(survey_problems(y)), key(p[p$column %in% keep, ]))
  expect_identical(key(survey_problems(x[keep])), key(p[p$column %in% keep, ]))
  expect_identical(nrow(survey_problems(x[, c("mhd_id", "region")])), 0L)
  # and print says so
  ps <- x[x$peer_support %in% TRUE, ]
  np <- nrow(survey_problems(ps))
  expect_identical(np, sum(is.na(p$row)) + sum(cells$row %in% which(x$peer_support %in% TRUE)))
  expect_output(print(ps, language = "en"), sprintf("%d problems: see survey_problems()", np),
                fixed = TRUE)
  expect_output(print(x[, c("mhd_id", "region")], language = "en"), "no problems")
  # a single column is a plain vector
  expect_identical(x[, "mhd_id"], c("A1", "A2", "A3", "A4"))
  # the shipped data keep their codebook too
  s <- mhd_survey_2025[mhd_survey_2025$peer_support, ]
  expect_identical(attr(s, "codebook"), attr(mhd_survey_2025, "codebook"))
})

test_that("problems name the unit's id, the Likert scale, and speak Italian", {
  f <- write_export(c(
    "mhd_id,region,macro_area,peer_support,coproduction,impact_recovery,n_cmhc",
    "A1,Toscana,Centro,Forse,No,7,-3",
    "A2,Lazio,Centro,Si,No,Non so,2.5"))
  x <- suppressWarnings(read_survey(f))
  p <- survey_problems(x)
  cell <- p[!is.na(p$row), ]
  expect_identical(cell$id, as.character(x$mhd_id[cell$row]))
  expect_identical(p$reason[p$column == "impact_recovery"], "outside the 1\u20135 scale")
  it <- survey_problems(x, language = "it")
  expect_identical(it$reason[it$column == "impact_recovery"], "fuori dalla scala 1\u20135")
  expect_identical(it$reason[it$column == "n_cmhc" & it$value == "-3"], "negativo")
  expect_identical(it$reason[it$column == "peer_support"],
                   "non corrisponde ad alcun codice o etichetta")
  # the "don't know" answer is no problem: it is a declared non-answer
  expect_false(any(p$column == "impact_recovery" & p$row == 2L, na.rm = TRUE))
  dm <- survey_missing(x)
  expect_identical(dm$id, "A2")
  expect_identical(dm$value, "dont_know")
  # subsets keep them, renumbered
  y <- x[2:1, ]
  expect_identical(survey_missing(y)$row, 1L)
  expect_identical(survey_missing(y)$id, "A2")
})

test_that("a point before three digits is a decimal point unless the column or file says otherwise", {
  cb_lines <- c("item,type,option,label_en", "site,id,,sites", "fte,number,,Staff FTE",
                "budget,number,,Budget")
  cb <- survey_codebook(write_export(cb_lines))
  # fte shows decimal points (0.125, 12.5), so 2.500 is 2.5 and 1,250 is
  # 1250; budget shows a decimal comma (3,5 and 1.250.000), so 2.500 is 2500
  lines <- c("site,fte,budget",
             "S1,0.125,\"3,5\"",
             "S2,2.500,2.500",
             "S3,12.5,1.250.000",
             "S4,0x1A,\"1.250,75\"",
             "S5,\"1,250\",Inf",
             "S6,\"1,250,000\",1 250 000")
  expect_warning(x <- read_survey(write_export(lines), cb), class = "peersurvey_problems")
  expect_identical(x$fte, c(0.125, 2.5, 12.5, NA, 1250, 1250000))
  expect_identical(x$budget, c(3.5, 2500, 1250000, 1250.75, NA, 1250000))
  p <- survey_problems(x)
  cells <- p[!is.na(p$row), ]
  expect_identical(paste(cells$row, cells$column, cells$value, cells$reason),
                   c("4 fte 0x1A not a number", "5 budget Inf not a number"))
  # a column that shows no convention takes the file's; when the file
  # shows none either, the value is ambiguous and reported, not guessed
  lines <- c("site,fte,budget", "S1,2.500,\"1,5\"", "S2,3,7")
  expect_warning(x <- read_survey(write_export(lines), cb),
                 "1 ambiguous number read by the decimal mark of the file's other columns",
                 class = "peersurvey_problems")
  expect_identical(x$fte, c(2500, 3))
  # ... and says so, with the number it was read as: the column alone
  # could not tell
  p <- survey_problems(x)
  expect_identical(paste(p$row, p$column, p$value, p$reason),
                   paste("1 fte 2.500 ambiguous number: read as 2500, as the file's other",
                         "number columns have a decimal comma"))
  expect_identical(survey_problems(x, language = "it")$reason,
                   paste("numero ambiguo: letto come 2500, perché le altre colonne numeriche",
                         "del file hanno la virgola decimale"))
  x <- suppressWarnings(read_survey(write_export(c("site,fte,budget", "S1,70.125,1.5")), cb))
  expect_identical(x$fte, 70.125)
  expect_identical(survey_problems(x)$reason,
                   paste("ambiguous number: read as 70.125, as the file's other number columns",
                         "have a decimal point"))
  lines <- c("site,fte,budget", "S1,2.500,\"1,250\"", "S2,3,7")
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  expect_identical(x$fte, c(NA, 3))
  expect_identical(x$budget, c(NA, 7))
  p <- survey_problems(x)
  amb <- p[grepl("ambiguous", p$reason), ]
  expect_identical(paste(amb$row, amb$column, amb$value), c("1 fte 2.500", "1 budget 1,250"))
  expect_identical(unique(survey_problems(x, language = "it")$reason[grepl("ambiguous", p$reason)]),
                   "numero ambiguo: separatore decimale o delle migliaia")
  # ... unless the number must be whole: a count is not written with three
  # decimals, so its group of three is thousands
  cbw <- survey_codebook(write_export(c("item,type,option,label_en,whole", "site,id,,sites,",
                                        "staff,number,,Staff,TRUE", "fte,number,,FTE,")))
  lines <- c("site,staff,fte", "S1,2.500,2.500", "S2,\"1,250\",3", "S3,7,1")
  x <- suppressWarnings(read_survey(write_export(lines), cbw))
  expect_identical(x$staff, c(2500, 1250, 7))
  expect_identical(x$fte, c(NA, 3, 1))
  expect_identical(survey_problems(x)$value[grepl("ambiguous", survey_problems(x)$reason)],
                   "2.500")
  # a mark left at the end of a whole number
  x <- suppressWarnings(read_survey(write_export(c("site,staff,fte", "S1,5.,\"3,\"", "S2,7,1")),
                                    cbw))
  expect_identical(x$staff, c(5, 7))
  expect_identical(x$fte, c(3, 1))
  # a Likert scale with a numeric code for "don't know" still reads positions
  cbl <- survey_codebook(write_export(c("item,type,option,label_en,missing,scale",
                                        "site,id,,sites,FALSE,", "sat,likert,low,Low,FALSE,agree",
                                        "sat,likert,mid,Middle,FALSE,agree",
                                        "sat,likert,high,High,FALSE,agree",
                                        "sat,likert,99,Dont know,TRUE,agree")))
  x <- suppressWarnings(read_survey(write_export(c("site,sat", "S1,1", "S2,3", "S3,high",
                                                   "S4,99")), cbl))
  expect_identical(as.character(x$sat), c("low", "high", "high", NA))
  expect_identical(nrow(survey_problems(x)), 0L)
  # a column using both marks decides nothing
  lines <- c("site,fte,budget", "S1,2.500,1", "S2,\"0,5\",1", "S3,0.75,1")
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  expect_identical(x$fte, c(NA, 0.5, 0.75))
  expect_true(any(survey_problems(x)$value %in% "2.500"))
})

test_that("check-all cells are split at their delimiters, never at a space", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  lines <- c("service_id,region,service_type,peer_workers,peer_roles",
             "S1,North,crisis,Yes,Advocacy groups",
             "S2,North,crisis,Yes,\"Advocacy; Group facilitation\"",
             "S3,North,crisis,Yes,\"Self-help groups|advocacy\"",
             "S4,North,crisis,Yes,One-to-one support")
  expect_warning(x <- read_survey(write_export(lines), cb), class = "peersurvey_problems")
  # S1 wrote one answer that is no option: unknown, and reported as written
  expect_identical(x$peer_roles_advocacy, c(NA, TRUE, TRUE, FALSE))
  expect_identical(x$peer_roles_groups, c(NA, TRUE, FALSE, FALSE))
  expect_identical(x$peer_roles_self_help, c(NA, FALSE, TRUE, FALSE))
  expect_identical(x$peer_roles_one_to_one, c(NA, FALSE, FALSE, TRUE))
  p <- survey_problems(x)
  expect_identical(p$value[!is.na(p$row)], "Advocacy groups")
  expect_identical(p$row[!is.na(p$row)], 1L)
})

test_that("problems give a delimited check-all cell's unmatched part as written", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  lines <- c("service_id;region;service_type;peer_workers;peer_roles",
             "S1;Nord;Crisis team;S\u00ec;Advocacy | Caff\u00e8 Sociale CITT\u00c0 ")
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  p <- survey_problems(x)
  expect_identical(p$value[p$column == "peer_roles" & !is.na(p$row)],
                   "Caff\u00e8 Sociale CITT\u00c0")
  expect_true(is.na(x$peer_roles_advocacy))
})

test_that("errors about ids and columns name the file and its lines", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  path <- write_export(c("service_id,region,region,service_type,peer_workers", "S1,North,North,crisis,Yes",
                       "S2,South,South,crisis,No"))
  expect_error(read_survey(path, cb),
               sprintf("column \"region\" more than once in the header of \"%s\"", basename(path)),
               fixed = TRUE)
  path <- write_export(c("service_id,region,service_type,peer_workers", "S1,North,crisis,Yes",
                       ",South,crisis,No"))
  expect_error(read_survey(path, cb), sprintf("(line 3 of \"%s\")", basename(path)), fixed = TRUE)
  path <- write_export(c("service_id,region,service_type,peer_workers", "S1,North,crisis,Yes",
                       "S1,South,crisis,No"))
  expect_error(read_survey(path, cb), sprintf("(lines 2, 3 of \"%s\")", basename(path)),
               fixed = TRUE)
  # a data frame has rows, not a file's lines
  expect_error(read_survey(data.frame(service_id = c("S1", ""), region = "North",
                                         service_type = "crisis", peer_workers = "Yes"), cb),
               "`service_id` is blank in row 2", fixed = TRUE)
})

test_that("`codebook` as a path is read, and other values are refused naming it", {
  p <- system.file("extdata", "services-codebook.csv", package = "peersurvey")
  f <- write_export(c("service_id,region,service_type,peer_workers", "S1,North,crisis,Yes"))
  x <- suppressWarnings(read_survey(f, p))
  expect_identical(as.character(x$region), "north")
  expect_identical(attr(x, "codebook"), survey_codebook(p))
  for (bad in list(NULL, 3, list(a = 1))) {
    e <- expect_error(read_survey(f, codebook = bad), class = "peersurvey_bad_argument")
    expect_match(conditionMessage(e), "`codebook` must be a codebook from survey_codebook()",
                 fixed = TRUE)
  }
  e <- expect_error(read_survey(f, codebook = tempfile(fileext = ".csv")),
                    class = "peersurvey_bad_argument")
  expect_match(conditionMessage(e), "`codebook`", fixed = TRUE)
})

test_that("a data frame's errors and problems point at its rows, not at lines", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  d <- data.frame(service_id = c("S1", "S2", "S1"), region = "North",
                  service_type = "crisis", peer_workers = "Yes")
  e <- expect_error(read_survey(d, cb), class = "peersurvey_duplicate_id")
  expect_match(conditionMessage(e), "rows 1, 3$")
  expect_no_match(conditionMessage(e), "line")
  d$service_id[3] <- ""
  e <- expect_error(read_survey(d, cb), class = "peersurvey_duplicate_id")
  expect_match(conditionMessage(e), "blank in row 3$")
  # records left out are named by their row of the data frame
  r <- data.frame(record_id = c("S1", "S1", "S2"), region = c("1", "1", "2"),
                  survey_complete = c("2", "0", "2"))
  cb2 <- survey_codebook(write_export(c("item,type,option,label_en", "record_id,id,,services",
                                        "region,single,1,North", "region,single,2,South")))
  x <- suppressWarnings(read_survey(r, cb2))
  p <- survey_problems(x)
  expect_identical(p$value, "row 2")
  expect_identical(p$reason, "repeated record of the unit: left out (row 1 kept)")
})

test_that("free text that only marks a missing answer is NA, other text kept", {
  f <- own_files(own_export)
  s <- suppressWarnings(read_survey(f$export, f$codebook))
  raw <- utils::read.csv(f$export, colClasses = "character", na.strings = character())
  marker <- tolower(trimws(raw$comments)) %in% c("-", "n/a", "na")
  written <- !marker & nzchar(raw$comments)
  expect_identical(is.na(s$comments), !written)
  expect_identical(s$comments[written], raw$comments[written])
})

test_that("an answer to a follow-up whose filter is blank is listed, not dropped", {
  f <- own_files(own_export)
  s <- suppressWarnings(read_survey(f$export, f$codebook))
  raw <- utils::read.csv(f$export, colClasses = "character", na.strings = character())
  pr <- survey_problems(s)
  want <- raw$svc_id[!nzchar(raw$paid) & nzchar(raw$contract)]
  got <- pr$id[pr$column == "contract" & grepl("is blank", pr$reason)]
  expect_identical(got, want)
  expect_match(pr$reason[pr$id %in% want & pr$column == "contract"], "\"paid\"")
  # where the filter is no, as before
  no <- raw$svc_id[raw$paid == "No" & nzchar(raw$contract)]
  expect_identical(pr$id[pr$reason == "answered although not asked"], no)
  expect_match(survey_problems(s, language = "it")$reason[pr$id %in% want], "vuota")
})

test_that("an answer to a follow-up whose filter is a declared non-answer says so, not blank", {
  cbf <- tempfile(fileext = ".csv")
  ex <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,question_en,missing,asked_if",
               "uid,id,,units,,,", "yn,single,yes,Yes,Any?,,", "yn,single,no,No,Any?,,",
               "yn,single,dk,Don't know,Any?,TRUE,", "kinds,multi,a,Alpha,Which?,,yn",
               "kinds,multi,b,Beta,Which?,,yn"), cbf)
  writeLines(c("uid,yn,kinds", "U1,Yes,a", "U2,Don't know,a", "U3,,b", "U4,No,b"), ex)
  s <- suppressWarnings(read_survey(ex, survey_codebook(cbf)))
  raw <- utils::read.csv(ex, colClasses = "character", na.strings = character())
  pr <- survey_problems(s)
  # one row each, by what the file's filter cell holds
  dk <- raw$uid[raw$yn == "Don't know" & nzchar(raw$kinds)]
  blank <- raw$uid[!nzchar(raw$yn) & nzchar(raw$kinds)]
  no <- raw$uid[raw$yn == "No" & nzchar(raw$kinds)]
  expect_identical(pr$id[grepl("is a declared non-answer", pr$reason)], dk)
  expect_identical(pr$id[grepl("is blank", pr$reason)], blank)
  expect_identical(pr$id[pr$reason == "answered although not asked"], no)
  expect_identical(survey_missing(s)$id, dk)
  # in the codebook's other languages too
  it <- survey_problems(s, language = "it")$reason[pr$id %in% dk]
  expect_match(it, "non risposta dichiarata")
})

test_that("a filter answered with words of a non-answer it does not offer is no blank either", {
  cbf <- tempfile(fileext = ".csv")
  ex <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,asked_if", "uid,id,,units,", "peer,single,yes,Yes,",
               "peer,single,no,No,", "n_peer,number,,Peer workers,peer"), cbf)
  writeLines(c("uid,peer,n_peer", "A,Don't know,2", "B,Not applicable,3", "C,,4", "D,Yes,1",
               "E,Non applicabile,", "F,perhaps,5"), ex)
  s <- suppressWarnings(read_survey(ex, survey_codebook(cbf)))
  raw <- utils::read.csv(ex, colClasses = "character", na.strings = character())
  pr <- survey_problems(s)
  words_na <- c("Don't know", "Not applicable", "Non applicabile")
  # the words are read as NA and listed as non-answers, not as unreadable
  expect_true(all(is.na(s$peer[raw$peer %in% words_na])))
  expect_identical(pr$id[pr$column == "peer" & grepl("non-answer for which", pr$reason)],
                   raw$uid[raw$peer %in% words_na])
  expect_identical(pr$id[pr$column == "peer" & grepl("matches no code", pr$reason)],
                   raw$uid[raw$peer == "perhaps"])
  # their follow-ups say the filter is a non-answer, a blank filter is blank
  fu <- pr[pr$column == "n_peer", ]
  expect_identical(fu$id[grepl("is a declared non-answer", fu$reason)],
                   raw$uid[raw$peer %in% words_na & nzchar(raw$n_peer)])
  expect_identical(fu$id[grepl("is blank", fu$reason)],
                   raw$uid[!nzchar(raw$peer) & nzchar(raw$n_peer)])
  expect_identical(fu$id[grepl("could not be read", fu$reason)],
                   raw$uid[raw$peer == "perhaps"])
})

test_that("codes written as whole numbers with a decimal point read as the numbers", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,scale", "unit,id,,units,",
               "q,likert,low,Low,lmh", "q,likert,mid,Mid,lmh", "q,likert,high,High,lmh",
               "yn,single,yes,Yes,", "yn,single,no,No,",
               "m,multi,a,A,", "m,multi,b,B,"), cbf)
  cb <- survey_codebook(cbf)
  df <- data.frame(unit = c("A", "B", "C"), q = c("2.0", "3.00", NA), yn = c("1.0", "0.0", NA),
                   m_a = c("1.0", "0.0", NA), m_b = c("0.0", "1.0", NA))
  s <- read_survey(df, cb)
  as_int <- function(v) as.integer(as.numeric(v))
  expect_identical(as.integer(s$q), as_int(df$q))
  expect_identical(s$yn, as_int(df$yn) == 1L)
  expect_identical(s$m_a, as_int(df$m_a) == 1L)
  expect_identical(s$m_b, as_int(df$m_b) == 1L)
  expect_identical(nrow(survey_problems(s)), 0L)
  # "2.5" is still no position
  expect_warning(s2 <- read_survey(data.frame(unit = "A", q = "2.5"), cb), "could not be read")
  expect_true(is.na(s2$q))
})

test_that("NA in a file is a code where the codebook has it, else a missing answer", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_it,label_en,min", "asl,id,,aziende,trusts,NA",
               "prov,single,NA,Napoli,Naples,NA", "prov,single,MI,Milano,Milan,NA",
               "n,number,,N,N,NA", "t,text,,T,T,NA", "m,multi,a,A,A,NA", "m,multi,b,B,B,NA"),
             cbf)
  cb <- survey_codebook(cbf)
  # the codebook's NA is a code in `option`, an empty cell elsewhere
  expect_identical(cb$option[cb$item == "prov"], c("NA", "MI"))
  f <- tempfile(fileext = ".csv")
  lines <- c("asl,prov,n,t,m_a,m_b", "A1,NA,3,NA,1,NA", "A2,MI,NA,ok,NA,NA", "A3,\"NA\",,,0,1")
  writeLines(lines, f)
  s <- read_survey(f, cb)
  raw <- utils::read.csv(f, colClasses = "character", na.strings = character())
  expect_identical(as.character(s$prov), raw$prov)
  expect_identical(s$n, suppressWarnings(as.numeric(raw$n)))
  expect_identical(s$t, ifelse(raw$t == "ok", "ok", NA_character_))
  # a check-all row of only NA is unanswered; NA beside a tick is no tick
  expect_identical(s$m_a, c(TRUE, NA, FALSE))
  expect_identical(s$m_b, c(FALSE, NA, TRUE))
  expect_identical(nrow(survey_problems(s)), 0L)
  # one column of choices: the code NA, and codes written "2.0"
  cb2 <- survey_codebook(write_export(c("item,type,option,label_en", "asl,id,,trusts",
                                        "prov,multi,NA,Naples", "prov,multi,2,Milan")))
  s2 <- read_survey(data.frame(asl = c("A", "B", "C"), prov = c("NA", "2.0", "NA;2.0")), cb2)
  expect_identical(s2$prov_NA, c(TRUE, FALSE, TRUE))
  expect_identical(s2$prov_2, c(FALSE, TRUE, TRUE))
  expect_identical(nrow(survey_problems(s2)), 0L)
})

test_that("a filter absent from the file does not list every answer of its follow-up", {
  no_paid <- vapply(strsplit(own_export, ",", fixed = TRUE),
                    function(x) paste(c(x[-4L], if (length(x) < 6L) ""), collapse = ","), "")
  f <- own_files(no_paid)
  s <- suppressWarnings(read_survey(f$export, f$codebook))
  pr <- survey_problems(s)
  expect_identical(pr$reason[pr$column %in% "paid"], "item not in file: filled with NA")
  expect_false(any(grepl("decides whether it is asked", pr$reason)))
})

test_that("a file with a header and no responses is an error naming it", {
  f <- own_files("svc_id,provider,fte,paid,contract,comments")
  expect_error(read_survey(f$export, f$codebook),
               sprintf("no responses: \"%s\"", basename(f$export)), fixed = TRUE)
})

test_that("words of a non-answer an item has no option for are NA and listed", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  f <- write_export(c(
    "service_id,region,service_type,peer_workers,peer_roles_one_to_one,peer_roles_groups,peer_roles_self_help,peer_roles_advocacy,n_peer,satisfaction",
    "S1,Non so,community,Don't know,,,,,,",
    "S2,north,crisis,yes,yes,Non so,,,No answer,Non so",
    "S3,east,crisis,yes,,,,,n/a,-",
    "S4,west,crisis,yes,Missing,mancante,,,3,Satisfied"))
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  p <- survey_problems(x)
  words <- c("non so", "don't know", "no answer", "missing", "mancante")
  # every cell holding one of the words, found in the raw file by base R
  hit <- which(vapply(raw, function(v) tolower(v) %in% words, logical(nrow(raw))), arr.ind = TRUE)
  # "Non so" of satisfaction is its declared option: survey_missing(), not a problem
  declared <- names(raw)[hit[, 2]] == "satisfaction"
  want <- sort(paste(hit[!declared, 1], names(raw)[hit[!declared, 2]], raw[hit[!declared, , drop = FALSE]]))
  listed <- p[grepl("non-answer", p$reason), ]
  expect_identical(sort(paste(listed$row, listed$column, listed$value)), want)
  expect_identical(survey_missing(x)$row, 2L)
  # all read as NA: none is a tick, a "no" or a count
  expect_true(is.na(x$region[1]) && is.na(x$peer_workers[1]) && is.na(x$n_peer[2]))
  expect_identical(x$peer_roles_groups[c(2, 4)], c(NA, NA))
  expect_identical(x$peer_roles_one_to_one[c(2, 4)], c(TRUE, NA))
  # marks of no data stay silent
  expect_false(any(p$row %in% 3L))
  # in Italian too
  it <- survey_problems(x, language = "it")
  expect_true(all(grepl("non risposta", it$reason[grepl("non-answer", p$reason)])))
  # a check-all item in one column: the cell listed as written
  cb2 <- cb
  g <- write_export(c("service_id,region,service_type,peer_workers,peer_roles",
                      "S1,north,crisis,yes,Don't know", "S2,east,crisis,yes,Advocacy"))
  y <- suppressWarnings(read_survey(g, cb2))
  q <- survey_problems(y)
  expect_identical(q$value[grepl("non-answer", q$reason)], "Don't know")
  expect_identical(y$peer_roles_advocacy, c(NA, TRUE))
})

test_that("the non-answers of full-answer exports are NA and listed; N/D is a blank", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  f <- write_export(c(
    "service_id,region,service_type,peer_workers,n_peer,satisfaction",
    "S1,Nessuna risposta,community,Prefer not to say,N/D,Satisfied",
    "S2,north,crisis,Senza risposta,No response,Preferisco non rispondere",
    "S3,east,N/D,yes,2,n/d"))
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  words <- c("nessuna risposta", "senza risposta", "no response", "prefer not to say",
             "preferisco non rispondere")
  hit <- which(vapply(raw, function(v) tolower(v) %in% words, logical(nrow(raw))),
               arr.ind = TRUE)
  want <- sort(paste(hit[, 1], names(raw)[hit[, 2]], raw[hit]))
  p <- survey_problems(x)
  listed <- p[grepl("non-answer for which", p$reason), ]
  expect_identical(sort(paste(listed$row, listed$column, listed$value)), want)
  # an answer to a follow-up of a filter so answered says so
  expect_identical(p$row[grepl("which decides whether it is asked, is a declared non-answer",
                               p$reason)],
                   which(tolower(raw$peer_workers) %in% words & nzchar(raw$satisfaction) &
                           !tolower(raw$satisfaction) %in% c(words, "n/d")))
  # every such cell, and every N/D, read as NA
  for (j in seq_along(raw)[-1]) {
    none <- tolower(raw[[j]]) %in% c(words, "n/d")
    expect_true(all(is.na(x[[names(raw)[j]]][none])), label = names(raw)[j])
  }
  # N/D is a mark of no data: not listed
  expect_false(any(p$value %in% c("N/D", "n/d")))
})

test_that("answers given although not asked are listed as the file writes them", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  f <- write_export(c(
    "service_id,region,service_type,peer_workers,peer_roles,n_peer,satisfaction",
    "S1,north,crisis,No,Advocacy; Group facilitation,2,Very satisfied",
    "S2,east,crisis,Maybe,Advocacy,3,Satisfied",
    "S3,west,crisis,,Advocacy,,"))
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character")
  p <- survey_problems(x)
  na <- p[grepl("^answered although", p$reason), ]
  # one problem per answered cell of a follow-up, in the file's own column
  # and words (the check-all answer is one column here)
  follow <- c("peer_roles", "n_peer", "satisfaction")
  cells <- which(as.matrix(raw[follow]) != "", arr.ind = TRUE)
  want <- sort(paste(cells[, 1], follow[cells[, 2]], as.matrix(raw[follow])[cells]))
  expect_identical(sort(paste(na$row, na$column, na$value)), want)
  # the reasons: no, unreadable, blank
  expect_true(all(na$reason[na$row == 1L] == "answered although not asked"))
  expect_true(all(grepl("could not be read$", na$reason[na$row == 2L])))
  expect_true(all(grepl("is blank$", na$reason[na$row == 3L])))
  expect_true(all(grepl("non \u00e8 leggibile$",
                        survey_problems(x, language = "it")$reason[p$row %in% 2L &
                                                                     grepl("^answered", p$reason)])))
})

test_that("summary() shows a tab delimiter as \\t", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  f <- write_export(c("service_id\tregion\tservice_type\tpeer_workers", "S1\tnorth\tcrisis\tyes"))
  x <- suppressWarnings(read_survey(f, cb))
  out <- capture.output(print(summary(x)))
  expect_true(any(grepl("delimiter \"\\t\"", out, fixed = TRUE)))
})

test_that("a blank or white-space free-text answer is NA in every route", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,label_it", "centro_id,id,,centres,centri",
               "area,single,nord,North,Nord", "area,single,sud,South,Sud",
               "commenti,text,,Comments,Commenti"), cbf)
  cb <- survey_codebook(cbf)
  # C2 wrote "ottimo", C4 " buono " (kept as written); C1 and C3 wrote nothing
  want <- c(NA, "ottimo", NA, " buono ")
  # LimeSurvey quotes every field: blanks as "" and " "
  lime <- write_export(c('"id","submitdate","centro_id","area","commenti"',
                         '"1","2025-01-01","C1","nord",""',
                         '"2","2025-01-01","C2","sud","ottimo"',
                         '"3","2025-01-01","C3","sud"," "',
                         '"4","2025-01-01","C4","sud"," buono "'))
  expect_identical(read_survey(lime, cb)$commenti, want)
  # unquoted: an empty field, and one of spaces and a tab
  plain <- write_export(c("centro_id;area;commenti", "C1;nord;", "C2;sud;ottimo",
                          "C3;sud;  \t ", "C4;sud; buono "))
  expect_identical(read_survey(plain, cb)$commenti, want)
  # a data frame holding "" and a non-breaking space
  df <- data.frame(centro_id = c("C1", "C2", "C3", "C4"), area = c("nord", "sud", "sud", "sud"),
                   commenti = c("", "ottimo", "\u00a0", " buono "))
  expect_identical(read_survey(df, cb)$commenti, want)
  # a .sav file stores the missing text as "" (and drops trailing spaces)
  skip_if_not_installed("haven")
  sav <- tempfile(fileext = ".sav")
  df$commenti <- c(NA, "ottimo", NA, "buono")
  haven::write_sav(df, sav)
  expect_identical(haven::read_sav(sav)$commenti[1L], "")
  s <- read_survey(sav, cb)
  expect_identical(s$commenti, c(NA, "ottimo", NA, "buono"))
  expect_identical(nrow(survey_problems(s)), 0L)
})

test_that("`skip` passes over a title above a text export's header; `sheet` is refused there", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en", "centro_id,id,,centres",
               "area,single,nord,North", "area,single,sud,South"), cbf)
  cb <- survey_codebook(cbf)
  f <- write_export(c("Indagine centri 2025 - esportazione", "centro_id,area", "C1,nord", "C2,sud"))
  # without `skip` the error says which `skip` the title needs
  expect_error(read_survey(f, cb), "line 2 .* 2 fields, the header has 1.*title.*`skip = 1`",
               class = "peersurvey_bad_file")
  x <- read_survey(f, cb, skip = 1)
  expect_identical(x$centro_id, c("C1", "C2"))
  expect_identical(as.character(x$area), c("nord", "sud"))
  # two title lines and a blank one: skip 3
  g <- write_export(c("Indagine centri 2025", "", "esportata il 3 marzo", "centro_id,area",
                      "C1,nord", "C1,sud"), eol = "\r\n")
  expect_error(read_survey(g, cb), "line 4 .*`skip = 3`", class = "peersurvey_bad_file")
  # lines of the file, not of what is left after the title
  expect_error(read_survey(g, cb, skip = 3), "rows 1, 2 \\(lines 5, 6 of",
               class = "peersurvey_duplicate_id")
  # a title whose cells are empty gets the same hint through the header
  h <- write_export(c("Indagine centri 2025;;", "centro_id;area;", "C1;nord;"))
  expect_error(read_survey(h, cb), "first line .* if a title or group row .*`skip = 1`",
               class = "peersurvey_missing_column")
  # a line with a stray field is no title
  k <- write_export(c("centro_id,area", "C1,nord", "C2,sud,x"))
  err <- tryCatch(read_survey(k, cb), error = function(e) conditionMessage(e))
  expect_match(err, "line 3")
  expect_false(grepl("skip", err))
  # `sheet` applies to workbooks only, `skip` not to data frames
  expect_error(read_survey(f, cb, sheet = "Dati", skip = 1), "`sheet` applies to workbooks",
               class = "peersurvey_bad_argument")
  expect_error(read_survey(data.frame(centro_id = "C1", area = "nord"), cb, skip = 1),
               "`skip` applies to workbooks and text exports", class = "peersurvey_bad_argument")
  expect_error(read_survey(data.frame(centro_id = "C1", area = "nord"), cb, sheet = 1),
               "`sheet`", class = "peersurvey_bad_argument")
})

test_that("codes and positions written with leading zeros read as the numbers", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,scale",
               "centro_id,id,,centres,",
               "ascolto,likert,fd,Strongly disagree,acc5", "ascolto,likert,d,Disagree,acc5",
               "ascolto,likert,n,Neither,acc5", "ascolto,likert,a,Agree,acc5",
               "ascolto,likert,fa,Strongly agree,acc5",
               "tipo,single,1,Public,", "tipo,single,2,Private,", "tipo,single,99,Unknown,",
               "zona,single,01,Zone one,", "zona,single,1,Zone ten,",
               "ok,single,yes,Yes,", "ok,single,no,No,"), cbf)
  cb <- survey_codebook(cbf)
  f <- write_export(c("centro_id,ascolto,tipo,zona,ok", "C1,1,1,01,1", "C2,01,02,1,01",
                      "C3,1.0,002,01,00", "C4,05,99,1,0"))
  x <- read_survey(f, cb)
  expect_identical(as.character(x$ascolto), c("fd", "fd", "fd", "fa"))
  expect_identical(as.character(x$tipo), c("1", "2", "2", "99"))
  # the codebook's own code "01" is matched as written, "1" as written too
  expect_identical(as.character(x$zona), c("01", "1", "01", "1"))
  expect_identical(x$ok, c(TRUE, TRUE, FALSE, FALSE))
  expect_identical(nrow(survey_problems(x)), 0L)
  # as the REDCap reader reads them
  y <- read_survey(f, cb, format = "redcap")
  expect_identical(y$ascolto, x$ascolto)
  # a number that is none of the positions is still outside the scale
  z <- suppressWarnings(read_survey(write_export(c("centro_id,ascolto", "C1,06")), cb))
  pz <- survey_problems(z)
  expect_identical(pz$reason[pz$column == "ascolto"], "outside the 1\u20135 scale")
})

test_that("the positions after a Likert scale read its declared non-answers listed after it", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,scale,missing",
               "centro_id,id,,centres,,FALSE",
               "ascolto,likert,fd,Strongly disagree,acc5,FALSE",
               "ascolto,likert,d,Disagree,acc5,FALSE", "ascolto,likert,n,Neither,acc5,FALSE",
               "ascolto,likert,a,Agree,acc5,FALSE", "ascolto,likert,fa,Strongly agree,acc5,FALSE",
               "ascolto,likert,dk,Don't know,acc5,TRUE", "ascolto,likert,na,Not applicable,acc5,TRUE",
               # a non-answer listed first: the scale's numbers stay 1 to 5
               "fiducia,likert,dk,Don't know,acc5b,TRUE",
               "fiducia,likert,fd,Strongly disagree,acc5b,FALSE",
               "fiducia,likert,d,Disagree,acc5b,FALSE", "fiducia,likert,n,Neither,acc5b,FALSE",
               "fiducia,likert,a,Agree,acc5b,FALSE", "fiducia,likert,fa,Strongly agree,acc5b,FALSE"),
             cbf)
  cb <- survey_codebook(cbf)
  v <- c("1", "5", "6", "7", "8", "06", "Don't know")
  f <- write_export(c("centro_id,ascolto,fiducia",
                      sprintf("C%d,%s,%s", seq_along(v), v, c("1", "5", "6", "1", "2", "3", "4"))))
  x <- suppressWarnings(read_survey(f, cb))
  # independent reading: position k of the codebook's options of the item,
  # kept as an answer when it is on the scale, NA (declared) after it
  opts <- c("fd", "d", "n", "a", "fa", "dk", "na")
  k <- suppressWarnings(as.integer(v))
  k[v == "Don't know"] <- 6L
  want <- ifelse(!is.na(k) & k <= 5L, opts[pmin(k, 7L)], NA_character_)
  expect_identical(as.character(x$ascolto), want)
  m <- survey_missing(x)
  m <- m[m$column == "ascolto", ]
  expect_identical(m$row, which(!is.na(k) & k %in% 6:7))
  expect_identical(m$value, opts[k[m$row]])
  p <- survey_problems(x)
  expect_identical(p$value[p$column == "ascolto"], "8")
  # listed before the scale, a non-answer has no position: 6 is outside it
  expect_identical(as.character(x$fiducia)[c(1, 2, 4)], c("fd", "fa", "fd"))
  expect_identical(p$reason[p$column == "fiducia"], "outside the 1\u20135 scale")
})

test_that("check-all ticks in the common European languages and the codebook's yes/no labels read", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,label_de,label_pl,asked_if",
               "team_id,id,,teams,Teams,zespo\u0142y,",
               "peer,single,yes,Yes,Ja,Tak,", "peer,single,no,No,Nein,Nie,",
               "roles,multi,one,One-to-one,Einzelbegleitung,Indywidualne,peer",
               "roles,multi,group,Groups,Gruppenarbeit,Grupy,peer"), cbf)
  cb <- survey_codebook(cbf)
  # German, as the codebook's yes/no item labels them
  d <- data.frame(team_id = paste0("T", 1:4), peer = c("Ja", "Ja", "Ja", "Nein"),
                  roles_one = c("Ja", "Ja", "Nein", ""), roles_group = c("Nein", "Ja", "Ja", ""))
  s <- read_survey(d, cb)
  expect_identical(s$roles_one, c(TRUE, TRUE, FALSE, NA))
  expect_identical(s$roles_group, c(FALSE, TRUE, TRUE, NA))
  expect_identical(nrow(survey_problems(s)), 0L)
  # French, Spanish (with and without accent), Portuguese, Dutch, and Polish,
  # which only the codebook's labels of its yes/no item give
  yes <- c("oui", "S\u00ed", "si", "Sim", "ja", "TAK", "Ausgew\u00e4hlt", "coch\u00e9")
  no <- c("Non", "no", "NO", "N\u00e3o", "nee", "nie", "nicht ausgew\u00e4hlt", "nao")
  d <- data.frame(team_id = paste0("T", seq_along(yes)), peer = "Yes",
                  roles_one = yes, roles_group = no)
  s <- read_survey(d, cb)
  expect_identical(s$roles_one, rep(TRUE, length(yes)))
  expect_identical(s$roles_group, rep(FALSE, length(no)))
  expect_identical(nrow(survey_problems(s)), 0L)
  # a word that is neither is still listed
  d <- data.frame(team_id = "T1", peer = "Yes", roles_one = "vielleicht", roles_group = "Ja")
  expect_warning(s <- read_survey(d, cb), "could not be read")
  expect_identical(survey_problems(s)$value, "vielleicht")
})

test_that("non-answers written in French, German or Spanish are NA and listed, as in English", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  words <- c("Je ne sais pas", "Sans r\u00e9ponse", "Wei\u00df nicht", "Keine Angabe",
             "No s\u00e9", "Sin respuesta", "NS/NC")
  lines <- c("service_id,region,service_type,peer_workers,n_peer",
             sprintf("S%d,north,crisis,%s,%s", seq_along(words), words, rev(words)))
  f <- write_export(lines)
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character", encoding = "UTF-8")
  expect_true(all(is.na(x$peer_workers)) && all(is.na(x$n_peer)))
  p <- survey_problems(x)
  listed <- p[grepl("non-answer", p$reason), ]
  # every such cell of the file, as base R reads it, listed once as written
  want <- sort(c(paste(seq_len(nrow(raw)), "peer_workers", raw$peer_workers),
                 paste(seq_len(nrow(raw)), "n_peer", raw$n_peer)))
  expect_identical(sort(paste(listed$row, listed$column, listed$value)), want)
  # and nothing else of a row (the rest: items this file lacks)
  expect_identical(sum(!is.na(p$row)), nrow(listed))
})

test_that("a check-all cell of separators only is unknown and listed, not 'none ticked'", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en", "unit_id,id,,centres",
               "acts,multi,groups,Self-help groups", "acts,multi,advocacy,Advocacy"), cbf)
  f <- tempfile(fileext = ".csv")
  cells <- c(";", "", "Advocacy", " ; ;", "groups;")
  writeLines(c("unit_id,acts", paste0("C0", 1:5, ",", cells)), f)
  x <- suppressWarnings(read_survey(f, survey_codebook(cbf)))
  # by hand: a cell naming an option is an answer; blank or separators only is not
  named <- grepl("[A-Za-z]", cells)
  expect_identical(!is.na(x$acts_advocacy), named)
  expect_identical(x$acts_groups[named], c(FALSE, TRUE))
  p <- survey_problems(x)
  sep_only <- which(!named & nzchar(trimws(cells)))
  expect_identical(p$row[p$column == "acts"], sep_only)
  expect_identical(p$value[p$column == "acts"], cells[sep_only])
  expect_identical(sum(attr(tabulate_multi(x[c("acts_groups", "acts_advocacy")]), "counts")$answered),
                   as.numeric(sum(named)))
})

test_that("a number written otherwise than it was read says what it was read as", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,min,max,whole", "unit_id,id,,centres,,,",
               "staff,number,,Staff,0,500,TRUE"), cbf)
  f <- tempfile(fileext = ".csv")
  writeLines(c("unit_id,staff", "C01,12", "C02,1.250", "C03,\"1.250,5\"", "C04,600"), f)
  p <- suppressWarnings(survey_problems(read_survey(f, survey_codebook(cbf))))
  # the numbers by hand: the point groups thousands, the comma is decimal
  read <- c(1250, 1250.5)
  expect_identical(p$row, 2:4)
  expect_identical(p$reason[1:2], paste0("read as ", as.character(read), ", outside 0 to 500"))
  expect_identical(p$reason[3], "outside 0 to 500")
  p_it <- suppressWarnings(survey_problems(read_survey(f, survey_codebook(cbf)), "it"))
  expect_match(p_it$reason[1], "^letto come 1250, ")
})

test_that("survey_metadata() names its rows as the survey's", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  f <- tempfile(fileext = ".csv")
  writeLines(c("id,submitdate,service_id,region,service_type,peer_workers",
               "1,2025-01-20,S1,North,community,Y", "2,,S2,East,crisis,N",
               "3,2025-01-21,S3,East,crisis,N"), f)
  x <- suppressWarnings(read_survey(f, cb))
  md <- survey_metadata(x)
  expect_identical(rownames(md), rownames(x))
  expect_identical(nrow(md), nrow(x))
})

test_that("print() and summary() of a survey speak the codebook's language", {
  withr_width <- options(width = 1000)
  on.exit(options(withr_width))
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_it,label_en",
               "centro_id,id,,centri,centres",
               "area,single,nord,Nord,North", "area,single,sud,Sud,South",
               "posti,number,,Posti,Places"), cbf)
  cb <- survey_codebook(cbf)
  rows <- c("C1,nord,4", "C2,sud,x", "C3,sud,2")
  f <- write_export(c("centro_id,area,posti", rows))
  x <- suppressWarnings(read_survey(f, cb))
  cbr <- utils::read.csv(cbf)
  n_bad <- sum(is.na(suppressWarnings(as.numeric(sub(".*,", "", rows)))))
  for (lang in c("it", "en", "fr", "de", "es")) {
    wd <- function(key) words_of(key, lang)
    # the unit's name in the language, English where the codebook has none
    unit <- cbr[[paste0("label_", if (lang %in% c("it", "en")) lang else "en")]][1]
    out <- capture.output(print(x, language = lang))
    expect_identical(out[1], fill_by_hand(
      wd("survey_head"), n = length(rows), unit = unit, columns = 3,
      codebook = fill_by_hand(wd("survey_head_codebook"), items = length(unique(cbr$item)))),
      label = lang)
    expect_identical(out[2], fill_by_hand(wd("survey_problems_one"), n = n_bad), label = lang)
    sm <- capture.output(print(summary(x, language = lang)))
    expect_identical(sm, c(
      fill_by_hand(wd("survey_read"), file = basename(f), how = paste(
        "plain", fill_by_hand(wd("survey_delimiter"), delimiter = ","), "UTF-8", sep = ", ")),
      fill_by_hand(wd("survey_records"), n = length(rows), kept = length(rows), dropped = 0,
                   skipped = 0),
      fill_by_hand(wd("survey_not_read_one"), n = n_bad)), label = lang)
  }
  # one unit is named in the singular (the codebook has the plural only)
  for (lang in c("it", "en"))
    expect_identical(capture.output(print(x[1, ], language = lang))[1], fill_by_hand(
      words_of("survey_head", lang), n = 1, unit = words_of("units_one", lang), columns = 3,
      codebook = fill_by_hand(words_of("survey_head_codebook", lang),
                              items = length(unique(cbr$item)))))
  expect_match(capture.output(print(x[1, ], language = "it"))[1], "^<peer_survey> 1 unit\u00e0,")
  # by default the codebook's first language
  expect_identical(capture.output(print(x)), capture.output(print(x, language = "it")))
  expect_identical(capture.output(print(summary(x))),
                   capture.output(print(summary(x, language = "it"))))
  # a statistical file is named by its kind, not as a text export
  skip_if_not_installed("haven")
  sav <- tempfile(fileext = ".sav")
  haven::write_sav(data.frame(centro_id = c("C1", "C2"), area = c("nord", "sud"),
                              posti = c(4, 2)), sav)
  sm <- capture.output(print(summary(read_survey(sav, cb), language = "en")))
  expect_identical(sm[1], fill_by_hand(words_of("survey_read", "en"), file = basename(sav),
                                       how = "sav"))
})

test_that("survey_problems() and survey_missing() take a design for its survey", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  writeLines(c("service_id,region,service_type,peer_workers,n_peer,satisfaction",
               "S1,North,community,Maybe,3,Don't know", "S2,East,crisis,No,-2,"), f)
  s <- suppressWarnings(read_survey(f, cb))
  d <- survey_design(s, data.frame(service_id = c("S1", "S2", "S3")))
  expect_gt(nrow(survey_problems(s)), 0L)
  expect_gt(nrow(survey_missing(s)), 0L)
  expect_identical(survey_problems(d), survey_problems(s))
  expect_identical(survey_problems(d, language = "it"), survey_problems(s, language = "it"))
  expect_identical(survey_missing(d), survey_missing(s))
  # the survey's problems as read_survey() attached them
  expect_identical(survey_problems(d)$reason, attr(s, "problems")$reason)
  expect_error(survey_problems(list(survey = s)), "must be a peer_survey",
               class = "peersurvey_bad_argument")
})

test_that("x[\"item\"] of a check-all item takes its option columns", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  s <- read_survey(services_path("services-export.csv"), cb)
  cols <- grep("^peer_roles_", names(s), value = TRUE)
  expect_gt(length(cols), 1L)
  expect_identical(names(s["peer_roles"]), cols)
  expect_identical(names(s[c("region", "peer_roles")]), c("region", cols))
  expect_identical(tabulate_multi(s["peer_roles"]), tabulate_multi(s[cols]))
  # the counts, by base R: ticks per option among the units that answered
  tab <- as.data.frame(tabulate_multi(s["peer_roles"]))
  ticks <- vapply(cols, function(k) sum(s[[k]] %in% TRUE), 0)
  expect_equal(sort(unname(tab$n)), sort(unname(ticks)))
  # a name that is neither a column nor an item is an error as before
  expect_error(s["no_such_item"], "undefined columns")
})
