# Exports of survey platforms and files that are not CSV: each built from the
# shipped data as the tool writes it, read with one call, and compared with
# the survey read from the plain CSV (the platform's metadata apart)

plain_survey <- function() read_survey(survey_export_path())

# The answers alone: no attribute of the reading
answers_of <- function(x) {
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE, optional = TRUE)
  for (a in c("codebook", "problems", "declared_missing", "read", "metadata"))
    attr(df, a) <- NULL
  df
}

expect_same_answers <- function(x, y) {
  expect_identical(names(x), names(y))
  expect_identical(answers_of(x), answers_of(y))
}

cb_options <- function(cb, it) cb$option[cb$item == it]

test_that("a LimeSurvey export reads as the plain CSV, incomplete responses listed", {
  cb <- survey_codebook()
  s <- mhd_survey_2025
  df <- export_columns()
  n <- nrow(df)
  out <- data.frame(id = seq_len(n), submitdate = "2025-01-20 10:00:00", lastpage = "6",
                    startlanguage = "it", seed = "4711", stringsAsFactors = FALSE)
  for (it in unique(cb$item)) {
    type <- cb$type[match(it, cb$item)]
    opts <- cb_options(cb, it)
    if (type == "multi") {
      for (k in seq_along(opts)) {
        v <- s[[paste0(it, "_", opts[k])]]
        if (opts[k] == "other") {
          out[[sprintf("%s[other]", it)]] <- ifelse(v %in% TRUE, "Gruppo di auto mutuo aiuto", "")
        } else {
          out[[sprintf("%s[SQ%03d]", it, k)]] <- ifelse(v %in% TRUE, "Y", "")
        }
      }
    } else if (type == "single" && is.logical(s[[it]])) {
      out[[it]] <- ifelse(is.na(s[[it]]), "", ifelse(s[[it]], "Y", "N"))
    } else if (type %in% c("single", "likert")) {
      k <- match(as.character(s[[it]]), opts)
      out[[it]] <- ifelse(is.na(k), "", paste0("A", k))
    } else {
      out[[it]] <- df[[it]]
    }
  }
  out$interviewtime <- "812.4"
  out$peer_supportTime <- "12.1"
  # two abandoned responses: one of a department that answered again, one
  # with no department id
  inc <- out[c(5, 9), ]
  inc$id <- c(n + 1L, n + 2L)
  inc$submitdate <- ""
  inc$mhd_id[2] <- ""
  out <- rbind(out, inc)
  f <- tempfile(fileext = ".csv")
  utils::write.csv(out, f, row.names = FALSE, na = "", fileEncoding = "UTF-8")
  x <- suppressWarnings(read_survey(f))
  expect_identical(attr(x, "read")$format, "limesurvey")
  expect_same_answers(x, plain_survey())
  # the metadata apart, the written-in "other" texts with it
  meta <- survey_metadata(x)
  expect_true(all(c("id", "submitdate", "lastpage", "startlanguage", "seed",
                    "interviewtime", "peer_supportTime") %in% names(meta)))
  expect_identical(nrow(meta), n)
  other <- meta[["ps_settings_other"]]
  expect_identical(!is.na(other) & nzchar(other), s$ps_settings_other %in% TRUE)
  # nothing lost: the two incomplete responses are listed with their lines
  p <- survey_problems(x)
  left <- p[grepl("incomplete", p$reason), ]
  expect_identical(nrow(left), 2L)
  expect_identical(left$value, paste("line", n + 2:3))
  expect_identical(left$id[1], s$mhd_id[5])
  expect_output(print(summary(x, language = "en")),
                sprintf("%d records in the file: %d in the survey, 2 left out", n + 2L, n))
  # kept on demand, except what cannot be a unit: the response abandoned
  # before the id, and the one of a department that answered again
  y <- suppressWarnings(read_survey(f, incomplete = "keep"))
  expect_same_answers(y, plain_survey())
  py <- survey_problems(y)
  ly <- py[grepl("incomplete", py$reason), ]
  expect_identical(sort(ly$value), paste("line", n + 2:3))
  expect_match(ly$reason[ly$value == paste("line", n + 3L)], "no unit id")
  expect_match(ly$reason[ly$value == paste("line", n + 2L)], "also has a complete one")
  # an incomplete response of a unit that has no other is kept
  new <- out[3, ]
  new$id <- n + 3L
  new$submitdate <- ""
  new$mhd_id <- "NEW01"
  g <- tempfile(fileext = ".csv")
  utils::write.csv(rbind(out, new), g, row.names = FALSE, na = "", fileEncoding = "UTF-8")
  z <- suppressWarnings(read_survey(g, incomplete = "keep"))
  expect_identical(z$mhd_id, c(s$mhd_id, "NEW01"))
  expect_identical(z$region[n + 1L], s$region[3])
  expect_identical(survey_metadata(z)$submitdate[n + 1L], NA_character_)
})

test_that("a REDCap raw export reads as the plain CSV, repeated records listed", {
  cb <- survey_codebook()
  s <- mhd_survey_2025
  df <- export_columns()
  out <- data.frame(record_id = s$mhd_id, stringsAsFactors = FALSE)
  filt <- function(it) cb$asked_if[match(it, cb$item)]
  for (it in unique(cb$item)[-1]) {
    type <- cb$type[match(it, cb$item)]
    opts <- cb_options(cb, it)
    if (type == "multi") {
      for (k in seq_along(opts)) {
        v <- s[[paste0(it, "_", opts[k])]]
        # REDCap writes 0 for the options of a question it hid
        out[[sprintf("%s___%d", it, k)]] <- ifelse(v %in% TRUE, "1", "0")
      }
    } else if (type == "single" && is.logical(s[[it]])) {
      out[[it]] <- ifelse(is.na(s[[it]]), "", ifelse(s[[it]], "1", "0"))
    } else if (type %in% c("single", "likert")) {
      k <- match(as.character(s[[it]]), opts)
      out[[it]] <- ifelse(is.na(k), "", as.character(k))
    } else {
      out[[it]] <- df[[it]]
    }
  }
  out$survey_complete <- "2"
  # an earlier, partial record of one department
  part <- out[7, ]
  part$peer_support <- ""
  part$survey_complete <- "0"
  out <- rbind(out[1:6, ], part, out[7:nrow(out), ])
  f <- tempfile(fileext = ".csv")
  utils::write.csv(out, f, row.names = FALSE, na = "", fileEncoding = "UTF-8")
  x <- suppressWarnings(read_survey(f))
  expect_identical(attr(x, "read")$format, "redcap")
  expect_same_answers(x, plain_survey())
  # the hidden options exported as 0 are not answers: the base of the
  # settings is the departments running peer support
  expect_identical(sum(!is.na(x$ps_settings_cmhc)), sum(s$peer_support))
  p <- survey_problems(x)
  rep_rec <- p[grepl("repeated record", p$reason), ]
  expect_identical(rep_rec$id, s$mhd_id[7])
  expect_identical(rep_rec$value, "line 8")
  expect_true("survey_complete" %in% names(survey_metadata(x)))

  # a REDCap data dictionary written for the survey gives a codebook that
  # reads the same export to the same answers
  rows <- lapply(unique(cb$item), function(it) {
    r <- cb[cb$item == it, ]
    type <- r$type[1]
    ft <- switch(type, id = "text", multi = "checkbox", likert = "radio",
                 number = "text", text = "notes",
                 single = if (identical(sort(r$option), c("no", "yes"))) "yesno" else "radio")
    data.frame(
      "Variable / Field Name" = it, "Form Name" = r$section[1], "Section Header" = "",
      "Field Type" = ft,
      "Field Label" = if (nzchar(r$question_it[1])) r$question_it[1] else r$label_it[1],
      "Choices, Calculations, OR Slider Labels" =
        if (ft %in% c("radio", "checkbox")) paste(paste0(seq_along(r$option), ", ", r$label_it),
                                                  collapse = " | ") else "",
      "Field Note" = "",
      "Text Validation Type OR Show Slider Number" =
        if (type == "number") (if (r$whole[1]) "integer" else "number") else "",
      "Text Validation Min" = "", "Text Validation Max" = "", "Identifier?" = "",
      "Branching Logic (Show field only if...)" =
        if (nzchar(r$asked_if[1])) sprintf("[%s] = '1'", r$asked_if[1]) else "",
      "Required Field?" = "", "Custom Alignment" = "", "Question Number (surveys only)" = "",
      "Matrix Group Name" = if (type == "likert") r$scale[1] else "",
      check.names = FALSE, stringsAsFactors = FALSE)
  })
  dict <- do.call(rbind, rows)
  df_path <- tempfile(fileext = ".csv")
  utils::write.csv(dict, df_path, row.names = FALSE, fileEncoding = "UTF-8")
  cb2 <- codebook_from_redcap(df_path, unit = "dipartimenti", language = "it")
  expect_identical(codebook_id(cb2), "mhd_id")
  expect_identical(unique(cb2$item), unique(cb$item))
  expect_identical(cb2$asked_if, cb$asked_if)
  expect_identical(cb2$type, cb$type)
  y <- suppressWarnings(read_survey(f, cb2))
  # the same answers; options are numbered codes, in the same order
  for (it in names(x)) {
    a <- x[[it]]
    b <- y[[it]]
    if (is.factor(a)) {
      expect_identical(as.integer(a), as.integer(b), label = it)
      expect_identical(is.ordered(a), is.ordered(b), label = it)
    } else if (it %in% names(y) && !grepl("___|_[0-9]+$", it)) {
      expect_identical(b, a, label = it)
    }
  }
  multi <- grep("^ps_settings_", names(x), value = TRUE)
  expect_identical(unname(as.matrix(answers_of(y)[paste0("ps_settings_", seq_along(multi))])),
                   unname(as.matrix(answers_of(x)[multi])))
})

test_that("a Google Forms export reads as the plain CSV, written-in answers apart", {
  cb <- survey_codebook()
  s <- mhd_survey_2025
  df <- export_columns()
  out <- data.frame("Informazioni cronologiche" = rep("20/01/2025 10.00.00", nrow(s)),
                    check.names = FALSE, stringsAsFactors = FALSE)
  written <- c("Gruppo di auto mutuo aiuto", "Sportello, ascolto e orientamento")
  for (it in unique(cb$item)) {
    r <- cb[cb$item == it, ]
    head <- if (nzchar(r$question_it[1])) r$question_it[1] else it
    type <- r$type[1]
    if (type == "multi") {
      cells <- vapply(seq_len(nrow(s)), function(i) {
        tick <- vapply(r$option, function(o) isTRUE(s[[paste0(it, "_", o)]][i]), NA)
        if (!any(tick)) return("")
        labs <- ifelse(r$option == "other", written[1 + i %% 2], r$label_it)[tick]
        paste(labs, collapse = ", ")
      }, "")
      out[[head]] <- cells
    } else if (type %in% c("single", "likert")) {
      v <- as.character(s[[it]])
      if (is.logical(s[[it]])) v <- ifelse(s[[it]], "yes", "no")
      out[[head]] <- ifelse(is.na(v), "", r$label_it[match(v, r$option)])
    } else {
      out[[head]] <- df[[it]]
    }
  }
  f <- tempfile(fileext = ".csv")
  utils::write.csv(out, f, row.names = FALSE, na = "", fileEncoding = "UTF-8")
  x <- suppressWarnings(read_survey(f))
  expect_identical(attr(x, "read")$format, "googleforms")
  expect_same_answers(x, plain_survey())
  # a label holding ", " is one option, and no written-in answer is a problem
  expect_identical(x$barriers_organisation, s$barriers_organisation)
  expect_false(any(grepl("matches no", survey_problems(x)$reason)))
  meta <- survey_metadata(x)
  expect_true("Informazioni cronologiche" %in% names(meta))
  has_other <- s$barriers_other %in% TRUE
  expect_identical(!is.na(meta$barriers_other), has_other)
  expect_true(all(meta$barriers_other[has_other] %in% written))
})

test_that("one piece that matches no label makes the row unknown, not unticked", {
  lines <- c("mhd_id,region,macro_area,peer_support,coproduction,barriers",
             "A1,Toscana,Centro,No,No,\"Stigma; Mancanza di parcheggi\"",
             "A2,Lazio,Centro,No,No,\"Finanziamenti insufficienti o instabili\"")
  x <- suppressWarnings(read_survey(write_export(lines)))
  bar <- grep("^barriers_[a-z]+$", names(x), value = TRUE)
  expect_true(all(is.na(unlist(as.data.frame(x)[1, bar]))))
  expect_true(x$barriers_funding[2])
  p <- survey_problems(x)
  expect_identical(p$value[p$column == "barriers"], "Mancanza di parcheggi")
})

test_that("ids that differ only in case or spaces are one unit, refused with both spellings", {
  lines <- c("mhd_id,region,macro_area,peer_support,coproduction",
             "MHD001,Toscana,Centro,No,No", "mhd 001,Lazio,Centro,No,No")
  expect_error(read_survey(write_export(lines)), "\"MHD001\", \"mhd 001\" appears more than once",
               class = "peersurvey_duplicate_id")
  # and match the frame whatever their case
  lines <- c("mhd_id,region,macro_area,peer_support,coproduction",
             "mhd001,Piemonte,Nord-ovest,No,No")
  expect_warning(read_survey(write_export(lines)), "could not be read")
  d <- survey_design(suppressWarnings(read_survey(write_export(lines))), mhd_frame)
  expect_identical(sum(d$responded), 1L)
  expect_true(d$responded[mhd_frame$mhd_id == "MHD001"])
})

test_that("data frames, .xlsx and .sav files read as the CSV", {
  df <- export_columns()
  plain <- plain_survey()
  expect_same_answers(read_survey(df), plain)
  # free text left empty is NA in every route, as in the CSV
  plain <- answers_of(plain)
  skip_if_not_installed("openxlsx")
  skip_if_not_installed("readxl")
  f <- tempfile(fileext = ".xlsx")
  openxlsx::write.xlsx(df, f)
  expect_identical(answers_of(read_survey(f)), plain)
  skip_if_not_installed("haven")
  sav <- df
  names(sav) <- gsub("[^A-Za-z0-9_]", "_", names(sav))
  # a labelled variable: its value labels are the answers
  ps <- sav$peer_support
  sav$peer_support <- haven::labelled(ifelse(ps == "S\u00ec", 1, ifelse(ps == "No", 2, NA)),
                                      c("S\u00ec" = 1, "No" = 2))
  f2 <- tempfile(fileext = ".sav")
  haven::write_sav(sav, f2)
  y <- read_survey(f2)
  expect_identical(answers_of(y), plain)
  # and the labels seed a codebook
  cb <- codebook_from_labelled(haven::read_sav(f2), id = "mhd_id", unit = "dipartimenti",
                               language = "it")
  expect_identical(cb$label_it[cb$item == "peer_support"], c("S\u00ec", "No"))
  expect_identical(codebook_id(cb), "mhd_id")
})

test_that("missing packages and bad arguments are errors naming them", {
  expect_error(read_survey(export_columns(), format = "qualtrics"), "`format`",
               class = "peersurvey_bad_argument")
  expect_error(read_survey(export_columns(), columns = c("x")), "`columns`",
               class = "peersurvey_bad_argument")
  expect_error(read_survey(export_columns(), columns = c(nope = "mhd_id")), "nope",
               class = "peersurvey_bad_argument")
  df <- export_columns()
  names(df)[names(df) == "peer_support"] <- "Q1"
  x <- read_survey(df, columns = c(Q1 = "peer_support"))
  expect_identical(x$peer_support, mhd_survey_2025$peer_support)
})

test_that("the example questionnaire's Google Forms export reads as its CSV", {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  cb <- survey_codebook(ex("services-codebook.csv"))
  plain <- read_survey(ex("services-export.csv"), cb)
  raw <- utils::read.csv(ex("services-export.csv"), colClasses = "character",
                         encoding = "UTF-8", na.strings = character(0))
  out <- data.frame(Timestamp = rep("2025/03/01 10:00:00 AM GMT+1", nrow(raw)),
                    stringsAsFactors = FALSE)
  for (it in unique(cb$item)) {
    r <- cb[cb$item == it, ]
    head <- if (nzchar(r$question_en[1])) r$question_en[1] else it
    if (r$type[1] == "multi") {
      cols <- paste0(it, "_", r$option)
      out[[head]] <- vapply(seq_len(nrow(raw)), function(i) {
        tick <- raw[i, cols] == "Yes"
        paste(r$label_en[tick], collapse = ", ")
      }, "")
    } else {
      out[[head]] <- raw[[it]]
    }
  }
  f <- tempfile(fileext = ".csv")
  utils::write.csv(out, f, row.names = FALSE, fileEncoding = "UTF-8")
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(attr(x, "read")$format, "googleforms")
  a <- answers_of(x)
  b <- answers_of(plain)
  # free text: an empty cell is a blank either way
  for (nm in names(a)) if (is.character(a[[nm]])) {
    a[[nm]][!is.na(a[[nm]]) & !nzchar(a[[nm]])] <- NA
    b[[nm]][!is.na(b[[nm]]) & !nzchar(b[[nm]])] <- NA
  }
  expect_identical(a, b)
})

test_that("exports in other encodings read as the UTF-8 CSV, saying which encoding", {
  plain <- plain_survey()
  df <- export_columns()
  for (nm in names(df)) df[[nm]] <- gsub("\u2019", "'", df[[nm]])  # not in Latin-1
  lines <- format_export(df)
  ref <- answers_of(read_survey(write_export(lines)))
  semi <- format_export(df, sep = ";")
  for (enc in c("CP1252", "macintosh", "UTF-16LE")) {
    f <- tempfile(fileext = ".csv")
    raw <- iconv(paste0(paste(semi, collapse = "\r\n"), "\r\n"), "UTF-8", enc, toRaw = TRUE)[[1]]
    if (enc == "UTF-16LE") raw <- c(as.raw(c(0xff, 0xfe)), raw)
    writeBin(raw, f)
    x <- read_survey(f)
    expect_identical(answers_of(x), ref, label = enc)
    expect_match(attr(x, "read")$encoding, c(CP1252 = "windows-1252|latin1",
                                             macintosh = "macintosh",
                                             "UTF-16LE" = "UTF-16LE")[[enc]], label = enc)
  }
  # decomposed accents (as macOS writes them) match the labels
  nfd <- gsub("\u00ec", "i\u0300", gsub("\u00e0", "a\u0300", lines))
  expect_true(any(grepl("i\u0300", nfd)))
  expect_identical(answers_of(read_survey(write_export(nfd))), ref)
})

test_that("platform columns are found whatever their letter case", {
  lines <- c("ID,SubmitDate,mhd_id,region,macro_area,peer_support,coproduction",
             "1,2025-01-20,MHD001,Piemonte,Nord-ovest,Y,N",
             "2,,MHD002,Piemonte,Nord-ovest,N,N")
  x <- suppressWarnings(read_survey(write_export(lines)))
  expect_identical(attr(x, "read")$format, "limesurvey")
  expect_identical(x$mhd_id, "MHD001")
  expect_identical(nrow(survey_metadata(x)), 1L)
  p <- survey_problems(x)
  expect_identical(p$id[grepl("incomplete", p$reason)], "MHD002")
})

# A REDCap data dictionary with the given fields, as codebook_from_redcap() takes it
redcap_dictionary <- function(name, type, label, choices, matrix = "")
  data.frame("Variable / Field Name" = name, "Form Name" = "survey", "Field Type" = type,
             "Field Label" = label, "Choices, Calculations, OR Slider Labels" = choices,
             "Matrix Group Name" = matrix, check.names = FALSE, stringsAsFactors = FALSE)

test_that("a REDCap codebook with record_id as its id reads the export it describes", {
  dd <- redcap_dictionary(c("record_id", "region", "peer", "roles"),
                          c("text", "radio", "yesno", "checkbox"),
                          c("Service", "Region", "Peer support workers?", "Roles"),
                          c("", "1, North | 2, South", "", "1, Groups | 2, Advocacy"))
  cb <- codebook_from_redcap(dd, unit = "services")
  expect_identical(codebook_id(cb), "record_id")
  lines <- c("record_id,region,peer,roles___1,roles___2,survey_complete",
             "1,1,1,1,0,2", "2,2,0,0,0,2")
  x <- read_survey(write_export(lines), cb)
  expect_identical(x$record_id, c("1", "2"))
  expect_identical(as.character(x$region), c("1", "2"))
  expect_identical(x$peer, c(TRUE, FALSE))
  expect_identical(x$roles_1, c(TRUE, FALSE))
  expect_identical(names(survey_metadata(x)), "survey_complete")
})

test_that("a number that is none of an item's numeric codes is reported, not read as a position", {
  dd <- redcap_dictionary(c("site", "smoker", "sat", "roles"),
                          c("text", "radio", "radio", "checkbox"),
                          c("Site", "Smoking status", "Satisfaction", "Roles"),
                          c("", "1, Never | 2, Former | 3, Current | 99, Don't know",
                            "0, Very low | 1, Low | 2, Medium | 3, High | 4, Very high",
                            "1, Groups | 2, Advocacy | 99, None of these"),
                          c("", "", "satmat", ""))
  cb <- codebook_from_redcap(dd, unit = "sites")
  lines <- c("site,smoker,sat,roles___1,roles___2,roles___99,survey_complete",
             "A,1,0,1,0,0,2",
             "B,4,5,0,1,0,2",
             "C,99,4,0,0,1,2")
  x <- suppressWarnings(read_survey(write_export(lines), cb, format = "redcap"))
  expect_identical(as.character(x$smoker), c("1", NA, NA))
  expect_identical(as.character(x$sat), c("0", NA, "4"))
  expect_identical(x$roles_99, c(FALSE, FALSE, TRUE))
  p <- survey_problems(x)
  cells <- p[!is.na(p$row), ]
  expect_identical(paste(cells$row, cells$column, cells$value),
                   c("2 smoker 4", "2 sat 5"))
  # only C's 99 is a declared "Don't know"
  m <- survey_missing(x)
  expect_identical(paste(m$row, m$column, m$value), "3 smoker 99")
  # the same in a plain export: "5" on a 0-4 scale is no fifth point
  y <- suppressWarnings(read_survey(write_export(lines), cb, format = "plain"))
  expect_identical(as.character(y$sat), c("0", NA, "4"))
  expect_true(any(survey_problems(y)$row %in% 2L & survey_problems(y)$value %in% "5"))
  # a checkbox column of a code the item does not have is no option by position
  lines2 <- c("site,smoker,sat,roles___1,roles___3,survey_complete", "A,1,0,1,1,2")
  z <- suppressWarnings(read_survey(write_export(lines2), cb, format = "redcap"))
  expect_true(all(is.na(z$roles_99)))
  expect_true("roles_3" %in% survey_problems(z)$column | "roles___3" %in% survey_problems(z)$column)
})

test_that("REDCap events of one record are combined, differing answers listed", {
  cb <- survey_codebook(write_export(c("item,type,option,label_en", "site,id,,sites",
                                       "staff,number,,Staff")))
  lines <- c("site,redcap_event_name,staff,survey_complete",
             "1,baseline_arm_1,10,2",   # line 2: kept for unit 1
             "1,followup_arm_1,11,0",
             "2,baseline_arm_1,5,0",
             "2,followup_arm_1,6,2",    # line 5: kept for unit 2
             "3,baseline_arm_1,7,0",
             "3,followup_arm_1,8,0")    # line 7: none complete, the last kept
  w <- tryCatch(read_survey(write_export(lines), cb), warning = function(w) w)
  expect_match(conditionMessage(w), "3 records of the file left out")
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  expect_identical(x$staff, c(10, 6, 8))
  p <- survey_problems(x)
  # each unit's events differ on staff: the cell listed with the line kept
  cells <- p[!is.na(p$row), ]
  expect_identical(cells$row, 1:3)
  expect_identical(cells$value, c("10 (line 2); 11 (line 3)", "5 (line 4); 6 (line 5)",
                                  "7 (line 6); 8 (line 7)"))
  expect_identical(sub("^.*: (line [0-9]+ kept).*$", "\\1", cells$reason),
                   sprintf("line %d kept", c(2L, 5L, 7L)))
  rec <- p[is.na(p$row), ]
  expect_identical(rec$value, c("line 3", "line 5", "line 7"))
  expect_identical(rec$id, c("1", "2", "3"))
  expect_identical(rec$reason, sprintf(
    "row of an event or repeating instrument: combined into line %d", c(2L, 4L, 6L)))
  # the unit's form status: complete where one of its rows is, as the
  # answers kept are from the complete row; else the last given
  raw <- utils::read.csv(write_export(lines), colClasses = "character")
  want <- vapply(split(raw$survey_complete, raw$site), function(v)
    if ("2" %in% v) "2" else v[length(v)], "")
  expect_identical(survey_metadata(x)$survey_complete, unname(want))
  # and the first row's event
  expect_identical(survey_metadata(x)$redcap_event_name, rep("baseline_arm_1", 3L))
})

test_that("cells of a form a REDCap event row does not fill are no answers", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en", "record_id,id,,services", "roles,multi,1,Advocacy",
    "roles,multi,2,Groups", "staff,number,,Staff")))
  # form "baseline" (roles) used in the baseline event, "followup" (staff)
  # in the followup event; REDCap writes the checkboxes 0 in every row
  lines <- c(
    "record_id,redcap_event_name,roles___1,roles___2,baseline_complete,staff,followup_complete",
    "S1,baseline_arm_1,1,0,2,,",    # line 2
    "S1,followup_arm_1,0,0,,5,2",   # line 3: roles not asked here
    "S2,followup_arm_1,0,0,,7,2",   # line 4: baseline never filled
    "S3,baseline_arm_1,0,1,2,9,")   # line 5: a staff value with no followup status
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  expect_identical(x$record_id, c("S1", "S2", "S3"))
  expect_identical(x$roles_1, c(TRUE, NA, FALSE))
  expect_identical(x$roles_2, c(FALSE, NA, TRUE))
  expect_identical(x$staff, c(5, 7, NA))
  p <- survey_problems(x)
  cells <- p[!is.na(p$row), ]
  # no conflict on roles; the stray staff value listed, not taken
  expect_identical(paste(cells$row, cells$column, cells$value), "3 staff 9 (line 5)")
  expect_match(cells$reason, "form \"followup\" has no status", fixed = TRUE)
  rec <- p[is.na(p$row), ]
  expect_identical(rec$value, "line 3")
  # without status columns nothing tells the forms apart: the rows differ,
  # the last one kept and the cell listed
  plain <- c("record_id,redcap_event_name,roles___1,roles___2,staff",
             "S1,baseline_arm_1,1,0,", "S1,followup_arm_1,0,0,5")
  y <- suppressWarnings(read_survey(write_export(plain), cb))
  expect_identical(y$roles_1, FALSE)
  expect_identical(y$staff, 5)
  py <- survey_problems(y)
  expect_identical(py$value[!is.na(py$row)], "1 (line 2); 0 (line 3)")
})

test_that("a Google Forms write-in is kept whole, not split into options at its spaces", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  d <- data.frame(Timestamp = c("2024/03/01 10:00:00", "2024/03/01 11:00:00",
                                "2024/03/01 12:00:00"),
                  service_id = c("S1", "S2", "S3"), Region = c("North", "South", "East"),
                  "Type of service" = c("Community team", "Crisis team", "Crisis team"),
                  "Does the service employ peer support workers?" = c("Yes", "Yes", "Yes"),
                  "What do the peer support workers do?" =
                    c("Advocacy training for staff", "One-to-one support, Advocacy groups",
                      "Advocacy, Self-help groups"),
                  check.names = FALSE)
  f <- tempfile(fileext = ".csv")
  utils::write.csv(d, f, row.names = FALSE)
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(attr(x, "read")$format, "googleforms")
  expect_identical(x$peer_roles_advocacy, c(FALSE, FALSE, TRUE))
  expect_identical(x$peer_roles_groups, c(FALSE, FALSE, FALSE))
  expect_identical(x$peer_roles_one_to_one, c(FALSE, TRUE, FALSE))
  expect_identical(x$peer_roles_self_help, c(FALSE, FALSE, TRUE))
  expect_identical(survey_metadata(x)$peer_roles_other,
                   c("Advocacy training for staff", "Advocacy groups", NA))
  # the item has no "Other" option: each write-in is listed too
  pr <- survey_problems(x)
  pr <- pr[grepl("written in", pr$reason), ]
  expect_identical(pr$id, c("S1", "S2"))
  expect_identical(pr$value, c("Advocacy training for staff", "Advocacy groups"))
})

test_that("the \"Other\" option of an item is found by its label, whatever its code", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_it,label_en,question_it,question_en",
               "csm_id,id,,centri,centres,Codice del centro,Centre code",
               "att,multi,gruppi,Gruppi,Self-help groups,Attivit\u00e0,Activities",
               "att,multi,consulta,Consulta,Users' council,Attivit\u00e0,Activities",
               "att,multi,altro,Altro (specificare),Other,Attivit\u00e0,Activities",
               "tipo,single,pub,Pubblico,Public,Tipo,Type",
               "tipo,single,alt,Altro,Other,Tipo,Type"), cbf)
  cb <- survey_codebook(cbf)
  f <- tempfile(fileext = ".csv")
  writeLines(c("Timestamp,Centre code,Activities,Type",
               "2025/03/01 10:01:00,C1,\"Self-help groups, Peer-run caf\u00e9\",Public",
               "2025/03/01 10:02:00,C2,Recovery college,Run by a charity",
               "2025/03/01 10:03:00,C3,Users' council,Public"), f)
  x <- read_survey(f, cb)
  expect_identical(nrow(survey_problems(x)), 0L)
  expect_identical(x$att_altro, c(TRUE, TRUE, FALSE))
  expect_identical(x$att_gruppi, c(TRUE, FALSE, FALSE))
  expect_identical(as.character(x$tipo), c("pub", "alt", "pub"))
  expect_identical(survey_metadata(x)$att_other, c("Peer-run caf\u00e9", "Recovery college", NA))
  expect_identical(survey_metadata(x)$tipo_other, c(NA, "Run by a charity", NA))
  # an option whose label only begins with "Altri" is no "Other"
  rows <- data.frame(option = c("med", "inf", "alt"), label_it = c("Medici", "Infermieri",
                                                                   "Altri operatori sanitari"))
  expect_identical(peersurvey:::other_option(rows), NA_character_)
  rows$label_it[3] <- "Altro:"
  expect_identical(peersurvey:::other_option(rows), "alt")
})

test_that("numeric cells of a spreadsheet keep their value, whatever their digits", {
  skip_if_not_installed("openxlsx")
  skip_if_not_installed("readxl")
  cb <- survey_codebook(write_export(c("item,type,option,label_en", "site,id,,sites",
                                       "fte,number,,Staff FTE")))
  fte <- c(0.125, 1.125, 2.5, 1250, 0.75)
  f <- tempfile(fileext = ".xlsx")
  openxlsx::write.xlsx(data.frame(site = paste0("S", 1:5), fte = fte), f)
  x <- read_survey(f, cb)
  expect_identical(x$fte, fte)
  expect_identical(nrow(survey_problems(x)), 0L)
  # and a data frame's numbers as they are
  expect_identical(read_survey(data.frame(site = paste0("S", 1:5), fte = fte), cb)$fte, fte)
})

test_that("SPSS user-missing values are declared missing or reported, not blanked", {
  skip_if_not_installed("haven")
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en,missing", "site,id,,sites,",
    "region,single,north,North,", "region,single,south,South,",
    "region,single,refused,Refused,TRUE", "staff,number,,Staff,")))
  d <- data.frame(site = c("S1", "S2", "S3", "S4"))
  d$region <- haven::labelled_spss(c(1, 2, 99, 98), c(North = 1, South = 2, Refused = 99,
                                                     "Not asked" = 98), na_values = c(98, 99))
  d$staff <- haven::labelled_spss(c(4, -9, 3, 2), c(Refused = -9), na_values = -9)
  f <- tempfile(fileext = ".sav")
  haven::write_sav(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(as.character(x$region), c("north", "south", NA, NA))
  m <- survey_missing(x)
  expect_identical(paste(m$row, m$column, m$value), "3 region refused")
  p <- survey_problems(x)
  cells <- p[!is.na(p$row), ]
  expect_identical(sort(paste(cells$row, cells$column, cells$value)),
                   c("2 staff Refused", "4 region Not asked"))
  expect_identical(x$staff, c(4, NA, 3, 2))
})

test_that("a value label worded otherwise than the codebook is read by its value, and listed", {
  skip_if_not_installed("haven")
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en,scale,missing", "site,id,,sites,,",
    "area,single,1,North,,", "area,single,2,Centre,,", "area,single,3,South,,",
    "sat,likert,1,Not at all,s,", "sat,likert,2,A little,s,", "sat,likert,3,Fairly,s,",
    "sat,likert,9,Don't know,s,TRUE")))
  d <- data.frame(site = paste0("S", 1:5))
  # the file's labels are worded otherwise ("North Italy"), but for 2 = "Centre"
  d$area <- haven::labelled(c(1, 2, 3, 2, 4), c("North Italy" = 1, Centre = 2,
                                                "South and islands" = 3, Abroad = 4))
  d$sat <- haven::labelled_spss(c(1, 3, 9, 8, 2), c("Not at all satisfied" = 1,
                                                    Fairly = 3, "Don't know" = 9,
                                                    Refused = 8), na_values = 8)
  f <- tempfile(fileext = ".sav")
  haven::write_sav(d, f)
  expect_warning(x <- read_survey(f, cb), "2 answers could not .*; 3 labelled answers read by the value behind a label")
  raw <- haven::read_sav(f, user_na = TRUE)
  # by hand: the value is the code where the label matches no option; 4 is no
  # code (listed), 8 is user-missing (its label listed), 9 the declared "Don't know"
  area <- as.character(as.vector(raw$area))
  expect_identical(as.character(x$area), ifelse(area %in% c("1", "2", "3"), area, NA))
  expect_identical(as.character(x$sat), c("1", "3", NA, NA, "2"))
  p <- survey_problems(x)
  cells <- p[!is.na(p$row), ]
  expect_identical(sort(paste(cells$row, cells$column, cells$value)),
                   c("1 area North Italy", "1 sat Not at all satisfied", "3 area South and islands",
                     "4 sat Refused", "5 area Abroad"))
  byval <- cells[startsWith(cells$reason, "value label matches no option"), ]
  expect_identical(sort(paste(byval$row, byval$column)), c("1 area", "1 sat", "3 area"))
  expect_match(byval$reason[byval$column == "area" & byval$row == 3L], "its value 3$")
  expect_identical(paste(survey_missing(x)$row, survey_missing(x)$column), "3 sat")
})

test_that("a number item reads the numbers behind its value labels, not the labels", {
  skip_if_not_installed("haven")
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en,max", "site,id,,sites,", "staff,number,,Staff,",
    "beds,number,,Beds,20")))
  v <- c(0, 3, 99, 12, 98, NA)
  d <- data.frame(site = paste0("S", 1:6))
  # 0 and 12 carry labels that are not missing; 99 is user-missing, 98 a
  # labelled "Don't know" (a missing word) that SPSS does not declare
  d$staff <- haven::labelled_spss(v, c(None = 0, "Twelve or more" = 12, Refused = 99,
                                       "Don't know" = 98), na_values = 99)
  d$beds <- haven::labelled_spss(c(0, 25, 5, 20, 1, 2), c(None = 0, Full = 20))
  f <- tempfile(fileext = ".sav")
  haven::write_sav(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  expected <- ifelse(v %in% c(98, 99), NA, v)
  expect_identical(x$staff, expected)
  # the bounds apply to labelled numbers as to the others: 25 is reported
  expect_identical(x$beds, c(0, NA, 5, 20, 1, 2))
  p <- survey_problems(x)
  cells <- p[!is.na(p$row), ]
  expect_identical(sort(paste(cells$row, cells$column, cells$value)),
                   c("2 beds 25", "3 staff Refused", "5 staff Don't know"))
  # a choice item still reads the labels
  cb2 <- survey_codebook(write_export(c(
    "item,type,option,label_en", "site,id,,sites", "beds,single,none,None",
    "beds,single,full,Full", "beds,single,n5,5", "beds,single,n25,25", "beds,single,n1,1",
    "beds,single,n2,2")))
  y <- suppressWarnings(read_survey(f, cb2))
  expect_identical(as.character(y$beds), c("none", "n25", "n5", "full", "n1", "n2"))
})

test_that("the rows of a REDCap record with a repeating instrument are combined", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en", "record_id,id,,services", "region,single,1,North",
    "region,single,2,South", "n_peer,number,,Peers", "change_note,text,,Change")))
  lines <- c(
    "record_id,redcap_repeat_instrument,redcap_repeat_instance,region,n_peer,survey_complete,change_note,staff_change_complete,visit_note,visit_complete",
    "S1,,,1,4,2,,,,",                       # line 2: the base row of S1
    "S1,staff_change,1,,,,hired two,0,,",   # line 3
    "S1,staff_change,2,,,,one left,2,,",    # line 4: the last complete one
    "S1,visit,1,,,,,,no item of ours,2",    # line 5: set aside
    "S2,,,2,7,2,,,,")
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  expect_identical(x$record_id, c("S1", "S2"))
  expect_identical(as.character(x$region), c("1", "2"))
  expect_identical(x$n_peer, c(4, 7))
  expect_identical(x$change_note, c("one left", NA))
  p <- survey_problems(x)
  cf <- p[!is.na(p$row), ]
  expect_identical(paste(cf$row, cf$column), "1 change_note")
  expect_match(cf$value, "hired two (line 3)", fixed = TRUE)
  expect_match(cf$reason, "line 4 kept", fixed = TRUE)
  rec <- p[is.na(p$row) & grepl("^line", p$value), ]
  expect_identical(rec$value, c("line 3", "line 4", "line 5"))
  expect_match(rec$reason[3], "\"visit\" holds no item of the codebook")
  expect_output(print(summary(x)), "5 records in the file: 2 in the survey, 3 left out")
  # the summary counts the reasons, their lines aside, in its language
  for (lang in c("en", "it")) {
    sm <- capture.output(print(summary(x, language = lang)))
    want <- table(gsub("(riga|line|row) [0-9]+", "\\1 \u2026",
                       survey_problems(x, language = lang)$reason[is.na(p$row) & grepl("^line", p$value)]))
    expect_identical(sort(sm[3:(2 + length(want))]),
                     sort(sprintf("  %d %s", as.vector(want), names(want))), label = lang)
  }
  expect_true(any(grepl("^  2 riga di un evento o di uno strumento ripetuto: unita",
                        capture.output(print(summary(x, language = "it"))))))
  # the same reasons in Italian, the values as they were
  it <- survey_problems(x, language = "it")
  expect_identical(it[c("row", "column", "value")], p[c("row", "column", "value")])
  expect_identical(it$reason, c(
    "colonna assente dal codebook: conservata come testo",
    "le righe del record dell'unit\u00e0 differiscono: mantenuta la riga 4 (l'ultima completa)",
    "riga di un evento o di uno strumento ripetuto: unita alla riga 2",
    "riga di un evento o di uno strumento ripetuto: unita alla riga 2",
    "lo strumento ripetuto \"visit\" non contiene domande del codebook: escluso"))
})

test_that("REDCap labels exports: \"Complete\" in any case is a complete form", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en", "record_id,id,,services", "region,single,1,North",
    "region,single,2,South", "n_peer,number,,Peers")))
  lines <- c("record_id,region,n_peer,survey_complete",
             "S1,North,4,Complete", "S1,North,5,Incomplete", "S2,South,7,COMPLETE",
             "S2,South,8,Unverified")
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  expect_identical(x$n_peer, c(4, 7))
  p <- survey_problems(x)
  expect_identical(p$reason, sprintf("repeated record of the unit: left out (line %d kept)",
                                     c(2L, 4L)))
  expect_identical(survey_problems(x, "it")$reason,
                   sprintf("record ripetuto dell'unit\u00e0: escluso (mantenuta la riga %d)",
                           c(2L, 4L)))
})

test_that("each Stata extended missing value maps to its own label", {
  skip_if_not_installed("haven")
  s <- data.frame(unit = c("S1", "S2", "S3", "S4"))
  s$q <- haven::labelled(c(1, haven::tagged_na("a"), haven::tagged_na("b"), NA),
                         labels = c(Yes = 1, No = 0, "Don't know" = haven::tagged_na("a"),
                                    Refused = haven::tagged_na("b")))
  f <- tempfile(fileext = ".dta")
  haven::write_dta(s, f)
  r <- haven::read_dta(f)
  cb <- codebook_from_labelled(r, id = "unit")
  x <- suppressWarnings(read_survey(f, cb))
  m <- survey_missing(x)
  # the tags as haven reads them back
  expect_identical(m$value, paste0(".", haven::na_tag(r$q)[2:3]))
  expect_identical(m$row, 2:3)
  expect_true(is.na(x$q[4]))
})

test_that("numbers held as numbers are read unchanged, to the last bit", {
  cbf <- write_export(c("item,type,option,label_en", "uid,id,,units", "budget,number,,Budget"))
  cb <- survey_codebook(cbf)
  d <- data.frame(uid = c("A", "B", "C", "D", "E"),
                  budget = c(1e15 + 0.5, 123456.78912345678, 0.1 + 0.2, 1 / 3, 2.5))
  expect_identical(read_survey(d, cb)$budget, d$budget)
  skip_if_not_installed("haven")
  for (ext in c("sav", "dta")) {
    f <- tempfile(fileext = paste0(".", ext))
    if (ext == "sav") haven::write_sav(d, f) else haven::write_dta(d, f)
    s <- read_survey(f, cb)
    expect_identical(s$budget, d$budget, label = ext)
    expect_identical(nrow(survey_problems(s)), 0L, label = ext)
  }
})

test_that("a Stata extended missing value that no label names is a declared non-answer", {
  skip_if_not_installed("haven")
  s <- data.frame(unit = c("S1", "S2", "S3", "S4", "S5"))
  s$beds <- c(3, haven::tagged_na("b"), 5, NA, haven::tagged_na("c"))
  s$q <- haven::labelled(c(1, 0, haven::tagged_na("a"), haven::tagged_na("d"), 1),
                         labels = c(Yes = 1, No = 0, "Don't know" = haven::tagged_na("a")))
  f <- tempfile(fileext = ".dta")
  haven::write_dta(s, f)
  r <- haven::read_dta(f)
  cb <- codebook_from_labelled(r, id = "unit")
  x <- read_survey(f, cb)
  m <- survey_missing(x)
  # every tagged cell, by haven's own reading of the file, and only those
  tags <- lapply(r[c("beds", "q")], haven::na_tag)
  want <- do.call(rbind, lapply(names(tags), function(col) {
    k <- which(!is.na(tags[[col]]))
    data.frame(row = k, column = rep(col, length(k)), value = paste0(".", tags[[col]][k]),
               stringsAsFactors = FALSE)
  }))
  got <- m[order(m$column, m$row), c("row", "column", "value")]
  want <- want[order(want$column, want$row), ]
  rownames(got) <- rownames(want) <- NULL
  expect_identical(got, want)
  # the numbers and the plain NA stay as they were
  expect_identical(as.numeric(x$beds), c(3, NA, 5, NA, NA))
  expect_identical(nrow(survey_problems(x)), 0L)
  # a table of the item counts the unlabelled tag apart from the blank
  tab <- as.data.frame(tabulate_choice(x["q"]))
  expect_equal(tab$n[as.character(tab$level) %in% ".d"], 1)
})

test_that("date cells of a spreadsheet are read as ISO text, not serial numbers", {
  skip_if_not_installed("openxlsx")
  skip_if_not_installed("readxl")
  cb <- survey_codebook(write_export(c("item,type,option,label_en", "site,id,,sites",
                                       "visit,text,,Visit date")))
  d <- data.frame(site = c("S1", "S2", "S3"),
                  visit = as.Date(c("2024-03-05", NA, "2025-12-31")),
                  stamp = as.POSIXct(c("2025-01-20 10:15:00", "2025-02-01 00:00:00", NA),
                                     tz = "UTC"))
  f <- tempfile(fileext = ".xlsx")
  openxlsx::write.xlsx(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(x$visit, c("2024-03-05", NA, "2025-12-31"))
  expect_identical(x$stamp, c("2025-01-20 10:15:00", "2025-02-01", NA))
  # a workbook that is no workbook
  g <- tempfile(fileext = ".xlsx")
  writeLines("site,visit", g)
  e <- expect_error(read_survey(g, cb), class = "peersurvey_bad_file")
  expect_match(conditionMessage(e), "`file` is not an Excel workbook", fixed = TRUE)
  expect_match(conditionMessage(e), g, fixed = TRUE)
})

test_that("a LimeSurvey single-choice \"Other\" is the option other, its text kept", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en", "unit,id,,units",
    "setting,single,urban,Urban", "setting,single,rural,Rural", "setting,single,other,Other",
    "place,single,a,A", "place,single,b,B",
    "roles,multi,groups,Groups", "roles,multi,other,Other")))
  lines <- c(
    '"id","submitdate","lastpage","unit","setting","setting[other]","place","place[other]","roles[SQ001]","roles[other]"',
    '"1","2025-01-20","3","S1","-oth-","mountain, remote","-oth-","a hut","Y","coaching"',
    '"2","2025-01-20","3","S2","A1","","A2","","",""')
  x <- suppressWarnings(read_survey(write_export(lines), cb))
  expect_identical(as.character(x$setting), c("other", "urban"))
  expect_false(any(c("setting_other", "place_other") %in% names(x)))
  meta <- survey_metadata(x)
  expect_identical(meta$setting_other, c("mountain, remote", NA))
  expect_identical(meta$place_other, c("a hut", NA))
  # no option other: -oth- is reported
  p <- survey_problems(x)
  expect_identical(paste(p$row, p$column, p$value, p$reason),
                   "1 place -oth- matches no code or label")
})

test_that("rows of only empty cells of a sheet or data frame are skipped and listed", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en", "unit,id,,units", "n,number,,Staff"), cbf)
  cb <- survey_codebook(cbf)
  df <- data.frame(unit = c("A", NA, "B", ""), n = c(12, NA, 3, NA))
  expect_warning(s <- read_survey(df, cb), "skipped")
  keep <- !(is.na(df$unit) | !nzchar(df$unit)) | !is.na(df$n)
  expect_identical(s$unit, df$unit[keep])
  expect_identical(s$n, df$n[keep])
  pr <- survey_problems(s)
  expect_identical(pr$value, paste("row", which(!keep)))
  expect_true(all(pr$reason == "empty row"))
  skip_if_not_installed("openxlsx")
  skip_if_not_installed("readxl")
  fx <- tempfile(fileext = ".xlsx")
  openxlsx::write.xlsx(df[1:3, ], fx)
  expect_warning(sx <- read_survey(fx, cb), "skipped")
  expect_identical(sx$unit, c("A", "B"))
  # the sheet's line: the header is line 1
  expect_identical(survey_problems(sx)$value, "line 3")
})

test_that("REDCap rich-text labels lose their tags and entities", {
  dict <- tempfile(fileext = ".csv")
  writeLines(c(paste0('"Variable / Field Name","Form Name","Section Header","Field Type",',
                      '"Field Label","Choices, Calculations, OR Slider Labels","Field Note",',
                      '"Text Validation Type OR Show Slider Number","Text Validation Min",',
                      '"Text Validation Max","Identifier?",',
                      '"Branching Logic (Show field only if...)","Required Field?",',
                      '"Custom Alignment","Question Number (surveys only)",',
                      '"Matrix Group Name","Matrix Ranking?","Field Annotation"'),
               'record_id,q,,text,ID,,,,,,,,,,,,,',
               paste0('qualita,q,,radio,"<p>Qualit&agrave; <b>perc</b>epita&nbsp;</p>",',
                      '"1, Bassa &amp; scarsa | 2, Alta &#232; &#x00E0;",,,,,,,,,,,,')),
             dict, useBytes = TRUE)
  cb <- codebook_from_redcap(dict, unit = "centri", language = "it")
  expect_identical(unique(cb$question_it[cb$item == "qualita"]), "Qualit\u00e0 percepita")
  expect_identical(cb$label_it[cb$item == "qualita"], c("Bassa & scarsa", "Alta \u00e8 \u00e0"))
  f <- tempfile(fileext = ".csv")
  writeLines(c("record_id,qualita", "C1,Bassa & scarsa", "C2,2"), f)
  s <- read_survey(f, cb)
  expect_identical(as.character(s$qualita), c("1", "2"))
})

test_that("a labelled 1 = yes, 0 = no column is a yes/no item, read as logical", {
  d <- data.frame(unit = c("A", "B", "C"), paid = c(1, 0, NA), region = c(1, 2, 1))
  attr(d$paid, "labels") <- c("S\u00ec" = 1, No = 0)
  attr(d$region, "labels") <- c(Nord = 1, Sud = 2)
  cb <- codebook_from_labelled(d, id = "unit", unit = "centri", language = "it")
  expect_identical(cb$option[cb$item == "paid"], c("yes", "no"))
  expect_identical(cb$label_it[cb$item == "paid"], c("S\u00ec", "No"))
  expect_identical(cb$option[cb$item == "region"], c("1", "2"))
  s <- read_survey(d, cb)
  expect_identical(s$paid, d$paid == 1)
  # a yes/no item of REDCap in Italian has Italian labels
  dict <- tempfile(fileext = ".csv")
  writeLines(c(paste0('"Variable / Field Name","Form Name","Section Header","Field Type",',
                      '"Field Label","Choices, Calculations, OR Slider Labels"'),
               "record_id,f,,text,ID,", "paid,f,,yesno,Pagati?,", "ok,f,,truefalse,Vero?,"),
             dict)
  cr <- codebook_from_redcap(dict, unit = "centri", language = "it")
  expect_identical(cr$label_it[cr$item == "paid"], c("S\u00ec", "No"))
  expect_identical(cr$label_it[cr$item == "ok"], c("Vero", "Falso"))
  # with a code of non-answer declared missing, still a yes/no item, the
  # code declared and listed apart from blanks
  skip_if_not_installed("haven")
  d$paid <- haven::labelled_spss(c(1, 0, 9), labels = c("S\u00ec" = 1, No = 0, "Non so" = 9),
                                 na_values = 9)
  cb9 <- codebook_from_labelled(d, id = "unit", language = "it")
  expect_identical(cb9$option[cb9$item == "paid"], c("yes", "no", "9"))
  expect_identical(cb9$missing[cb9$item == "paid"], c(FALSE, FALSE, TRUE))
  s9 <- read_survey(d, cb9)
  expect_identical(s9$paid, c(TRUE, FALSE, NA))
  expect_identical(survey_missing(s9)$row, which(unclass(d$paid) == 9))
})

test_that("labelled columns with one value label, or labels that name several values, make a codebook", {
  d <- data.frame(unit = c("A", "B", "C", "D"))
  d$tick <- c(1, 0, 1, NA)                      # only 1 = "Selected"
  attr(d$tick, "labels") <- c(Selected = 1)
  d$once <- c(1, 1, NA, 1)                      # one label, no other value
  attr(d$once, "labels") <- c(Yes = 1)
  d$note <- c("ok", "-9", "bene", NA)           # text with one code labelled
  attr(d$note, "labels") <- c("Not asked" = "-9")
  d$dup <- c(1, 2, 2, 3)                        # two values, one label
  attr(d$dup, "labels") <- c(Nord = 1, Nord = 2, Sud = 3)
  d$clash <- c(1, 2, 2, 1)                      # a label that is another value
  attr(d$clash, "labels") <- c("2" = 1, Due = 2)
  d$flag <- c(TRUE, FALSE, NA, TRUE)            # logical: a yes/no item
  cb <- codebook_from_labelled(d, id = "unit")
  type <- function(it) cb$type[cb$item == it][1L]
  expect_identical(c(type("tick"), type("once"), type("note"), type("dup"), type("clash")),
                   c("single", "number", "text", "single", "single"))
  # the tick's options: its label and the value it leaves unlabelled
  expect_identical(cb$option[cb$item == "tick"], c("0", "1"))
  expect_identical(cb$label_en[cb$item == "tick"], c("0", "Selected"))
  # every label names one option: the shared ones and the clashing one
  # carry their code
  expect_identical(cb$label_en[cb$item == "dup"], c("Nord (1)", "Nord (2)", "Sud"))
  expect_identical(cb$label_en[cb$item == "clash"], c("2 (1)", "Due"))
  # read back, every value is its own option, and nothing is reported
  s <- read_survey(d, cb)
  expect_identical(nrow(survey_problems(s)), 0L)
  num <- function(v) as.numeric(as.character(v))
  expect_identical(num(s$tick), as.vector(d$tick))
  expect_identical(num(s$dup), as.vector(d$dup))
  expect_identical(num(s$clash), as.vector(d$clash))
  expect_identical(as.numeric(s$once), as.vector(d$once))
  expect_identical(cb$option[cb$item == "flag"], c("yes", "no"))
  expect_identical(s$flag, d$flag)
  # (text reads a labelled value as its label)
  expect_identical(s$note, c("ok", "Not asked", "bene", NA))
})

test_that("a plain export headed by the questions reads as one headed by item ids", {
  f <- own_files(own_export)
  cb <- f$codebook
  by_id <- suppressWarnings(read_survey(f$export, cb))
  lines <- readLines(f$export)
  hdr <- strsplit(lines[1L], ",")[[1L]]
  # (the id keeps its item id: its label names the units, not a column)
  q <- vapply(hdr, function(it) {
    rows <- cb[cb$item == it, ]
    if (rows$type[1L] == "id") it
    else if (nzchar(rows$question_en[1L])) rows$question_en[1L] else rows$label_en[1L]
  }, "")
  # another case and spacing than the codebook's
  q <- toupper(gsub(" ", "  ", q))
  g <- tempfile(fileext = ".csv")
  writeLines(c(paste0("\"", q, "\"", collapse = ","), lines[-1L]), g)
  by_q <- suppressWarnings(read_survey(g, cb))
  plain <- function(x) { x <- as.data.frame(x); attr(x, "read") <- NULL; x }
  expect_identical(plain(by_q), plain(by_id))
  # the units' name is no column; a column that names no item: the error
  # says how to rename it
  writeLines(c(sub("^\"[^\"]*\"", "\"Community services\"", paste0("\"", q, "\"", collapse = ",")),
               lines[-1L]), g)
  expect_error(read_survey(g, cb), "columns = c\\(export_name")
})

test_that("a file that is not what its name says is an error naming it", {
  f <- own_files(own_export)
  # the export given as the codebook
  expect_error(read_survey(f$codebook, f$export), "\"export.csv\" is not a codebook",
               fixed = TRUE)
  skip_if_not_installed("haven")
  sav <- tempfile(fileext = ".sav")
  file.copy(f$export, sav)
  expect_error(read_survey(sav, f$codebook), "is not a readable SPSS file", fixed = TRUE)
})

test_that("a scale labelled only at its ends reads its other numbers by the labels' shift", {
  skip_if_not_installed("haven")
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  scale <- c("very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied")
  d <- data.frame(service_id = paste0("S", 1:7), region = "north", service_type = "crisis",
                  peer_workers = "yes")
  # SPSS codes 0-4, labelled at 0 and 4 only; 7 is off the scale
  v <- c(0, 1, 2, 3, 4, 2, 7)
  d$satisfaction <- haven::labelled(v, c("Very dissatisfied" = 0, "Very satisfied" = 4))
  f <- tempfile(fileext = ".sav")
  haven::write_sav(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  want <- factor(scale[ifelse(v <= 4, v + 1, NA)], levels = scale, ordered = TRUE)
  expect_identical(x$satisfaction, want)
  p <- survey_problems(x)
  expect_identical(p$row[p$column == "satisfaction"], 7L)
  # labelled 1 and 5: the numbers are the positions
  d$satisfaction <- haven::labelled(c(1, 2, 3, 4, 5, 3, 2), c("Very dissatisfied" = 1, "Very satisfied" = 5))
  haven::write_sav(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(x$satisfaction, factor(scale[c(1, 2, 3, 4, 5, 3, 2)], levels = scale, ordered = TRUE))
  # labels on no single shift: the unlabelled numbers are listed, not guessed
  d$satisfaction <- haven::labelled(c(0, 2, 4, 1, 3, 3, 3), c("Very dissatisfied" = 0, "Very satisfied" = 3))
  haven::write_sav(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  p <- survey_problems(x)
  expect_identical(sort(p$row[p$column == "satisfaction"]), 2:4)
  expect_true(all(is.na(x$satisfaction[2:4])))
  expect_identical(as.character(x$satisfaction[c(1, 5)]), scale[c(1, 5)])
})

# The headers of the services' check-all options as a platform writes them
# (`fmt` takes the question, then the option's label)
option_headers <- function(fmt, q)
  paste(sprintf(fmt, q, c("One-to-one support", "Group facilitation", "Self-help groups",
                          "Advocacy")), collapse = ",")

test_that("a LimeSurvey export headed by full question text reads as one headed by codes", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  q <- "What do the peer support workers do?"
  f <- tempfile(fileext = ".csv")
  writeLines(enc2utf8(c(
    paste0('"Response ID","Date submitted","Last page","Start language","service_id","Region",',
           '"Type of service","Does the service employ peer support workers?",',
           option_headers('"%s [%s]"', q), ",",
           '"How many peer support workers does the service employ?"'),
    '"1","2025-02-03 10:11:12","3","en","S1","North","Crisis team","Yes","Yes","","Yes","","4"',
    '"2","","1","en","S2","East","Crisis team","","","","","",""',
    '"3","2025-02-04 09:00:00","3","en","S3","West","Inpatient unit","Yes","","Yes","","","2"')), f)
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  done <- raw[["Date submitted"]] != ""
  expect_identical(attr(x, "read")$format, "limesurvey")
  expect_identical(x$service_id, raw$service_id[done])
  expect_identical(x$peer_roles_one_to_one, raw[[sprintf("%s [One-to-one support]", q)]][done] == "Yes")
  expect_identical(x$peer_roles_groups, raw[[sprintf("%s [Group facilitation]", q)]][done] == "Yes")
  expect_identical(x$n_peer, as.numeric(raw[["How many peer support workers does the service employ?"]][done]))
  expect_identical(as.character(x$service_type), c("crisis", "inpatient"))
  # the incomplete response is listed, and the platform's columns kept apart
  p <- survey_problems(x)
  expect_identical(p$value[grepl("^incomplete", p$reason)], "line 3")
  expect_true(all(c("id", "submitdate") %in% names(survey_metadata(x))))
})

test_that("a REDCap export of labels reads as the raw export", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  q <- "What do the peer support workers do?"
  f <- tempfile(fileext = ".csv")
  writeLines(enc2utf8(c(
    paste0('"Record ID","Region","Type of service","Does the service employ peer support workers?",',
           option_headers('"%s (choice=%s)"', q), ",",
           '"Complete?"'),
    '"S1","North","Crisis team","Yes","Checked","Unchecked","Checked","Unchecked","Complete"',
    '"S2","East","Community team","No","Unchecked","Unchecked","Unchecked","Unchecked","Incomplete"')), f)
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  expect_identical(attr(x, "read")$format, "redcap")
  expect_identical(x$service_id, raw[["Record ID"]])
  expect_identical(x$peer_workers, raw[["Does the service employ peer support workers?"]] == "Yes")
  # the check-all item is asked only of those employing peer workers
  ticked <- raw[[sprintf("%s (choice=Self-help groups)", q)]] == "Checked"
  expect_identical(x$peer_roles_self_help, ifelse(x$peer_workers, ticked, NA))
  expect_identical(x$peer_roles_one_to_one[1], TRUE)
  p <- survey_problems(x)
  expect_false(any(grepl("not in codebook", p$reason)))
})

test_that("a sheet with a title row above its header is an error that says so", {
  skip_if_not_installed("openxlsx")
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  wb <- openxlsx::createWorkbook()
  openxlsx::addWorksheet(wb, "answers")
  openxlsx::writeData(wb, "answers", "Survey of services, 2025", startRow = 1)
  openxlsx::writeData(wb, "answers",
                      data.frame(service_id = "S1", region = "North", service_type = "Crisis team",
                                 peer_workers = "Yes", n_peer = 3), startRow = 2)
  f <- tempfile(fileext = ".xlsx")
  openxlsx::saveWorkbook(wb, f)
  expect_error(read_survey(f, cb), "has 4 empty cells of 5: if a title or group row",
               class = "peersurvey_missing_column")
  # skipped, the sheet is the survey, and its lines are the sheet's
  x <- suppressWarnings(read_survey(f, cb, skip = 1))
  expect_identical(x$n_peer, openxlsx::read.xlsx(f, startRow = 2)$n_peer)
  openxlsx::writeData(wb, "answers", data.frame(service_id = "S1", region = "North"), startRow = 4,
                      colNames = FALSE)
  openxlsx::addWorksheet(wb, "notes")
  openxlsx::saveWorkbook(wb, f, overwrite = TRUE)
  expect_error(read_survey(f, cb, skip = 1), "`service_id` .*lines? 3, 4 ", class = "peersurvey_duplicate_id")
  # a sheet by name or number; one the workbook lacks is an error naming its sheets
  expect_error(read_survey(f, cb, sheet = "notes"), "has no columns", class = "peersurvey_bad_file")
  expect_error(read_survey(f, cb, sheet = 3), "`sheet` \"3\" is not a sheet .*\"answers\", \"notes\"",
               class = "peersurvey_bad_argument")
  expect_error(read_survey(f, cb, sheet = "Answers 2"), "is not a sheet", class = "peersurvey_bad_argument")
  expect_error(read_survey(f, cb, skip = -1), "`skip` must be a single whole number",
               class = "peersurvey_bad_argument")
})

test_that("a scale coded by numbers in a labelled file reads its codes, shifted or not", {
  skip_if_not_installed("haven")
  # codebook_from_labelled(), then the scale marked Likert
  d <- data.frame(id = c("A", "B", "C"))
  d$sat <- haven::labelled(c(1, 3, 5), c(Disagree = 1, "2" = 2, Neutral = 3, "4" = 4, Agree = 5))
  f <- tempfile(fileext = ".sav")
  haven::write_sav(d, f)
  cb <- codebook_from_labelled(haven::read_sav(f), id = "id")
  cb$type[cb$item == "sat"] <- "likert"
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(as.character(x$sat), as.character(as.vector(d$sat)))
  # a 0-4 scale labelled at its ends: 5 is off the scale as the file numbers it
  cb2 <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  e <- data.frame(service_id = paste0("S", 1:2), region = "north", service_type = "crisis",
                  peer_workers = "yes")
  e$satisfaction <- haven::labelled(c(0, 5), c("Very dissatisfied" = 0, "Very satisfied" = 4))
  p <- survey_problems(suppressWarnings(read_survey(e, cb2)))
  expect_identical(p$reason[p$column == "satisfaction"], "outside 0 to 4")
})

test_that("columns other tools also write do not make an export LimeSurvey's or REDCap's", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  base <- data.frame(service_id = c("S1", "S2"), region = "North", service_type = "Crisis team",
                     peer_workers = "Yes", stringsAsFactors = FALSE)
  fmt <- function(df) attr(suppressWarnings(read_survey(df, cb)), "read")$format
  # Alchemer writes "Response ID" and "Date Submitted"
  with <- function(name, value) { base[[name]] <- value; base }
  alchemer <- with("Response ID", 1:2)
  alchemer[["Date Submitted"]] <- c("2025-01-01", "")
  expect_identical(fmt(alchemer), "plain")
  expect_identical(nrow(suppressWarnings(read_survey(alchemer, cb))), 2L)
  # a question "Complete?" or a header with "(choice=" alone is no REDCap form status
  expect_identical(fmt(with("Complete?", "yes")), "plain")
  expect_identical(fmt(with("Notes (choice=free)", "a")), "plain")
  # an unnamed column stays a column
  nameless <- with("note", "a")
  names(nameless)[5] <- NA
  expect_true("column_5" %in% names(suppressWarnings(read_survey(nameless, cb))))
})

test_that("an unnamed column is named by its place in the file and reported by that name", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  # an empty, unnamed column (a stray delimiter) before an unnamed one with a value
  lines <- c("service_id;region;service_type;peer_workers;;",
             "S1;North;Crisis team;Yes;;", "S2;South;Crisis team;No;;x")
  writeLines(lines, f)
  s <- suppressWarnings(read_survey(f, cb))
  # the file's own columns, read by base R: the unnamed one that holds a value
  raw <- utils::read.table(text = lines, sep = ";", colClasses = "character",
                           na.strings = character(), fill = TRUE)
  at <- unname(which(!nzchar(unlist(raw[1L, ])) &
                       vapply(raw[-1L, ], function(v) any(nzchar(v)), NA)))
  expect_identical(at, 6L)
  expect_true(paste0("column_", at) %in% names(s))
  expect_identical(s[[paste0("column_", at)]], ifelse(nzchar(raw[-1L, at]), raw[-1L, at], NA))
  p <- survey_problems(s)
  kept <- p[grepl("not in codebook", p$reason), ]
  expect_identical(kept$column, paste0("column_", at))
})

test_that("`columns` renaming to a name that is not an item is warned naming it and the nearest item", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,label_it,required",
               "centro_id,id,,centres,centri,TRUE",
               "area,single,nord,North,Nord,TRUE", "area,single,sud,South,Sud,TRUE",
               "ascolto,single,si,Yes,S\u00ec,FALSE", "ascolto,single,no,No,No,FALSE",
               "ruoli,multi,uno,One,Uno,FALSE", "ruoli,multi,gruppo,Group,Gruppo,FALSE"), cbf)
  cb <- survey_codebook(cbf)
  f <- write_export(c("Codice,Zona,Ascoltati,R1,R2", "C1,Nord,S\u00ec,1,0", "C2,Sud,No,0,1"))
  # warned, then the required item the typo left out is missing
  expect_error(expect_warning(read_survey(f, cb, columns = c(Codice = "centro_id", Zona = "aera")),
               "`columns` renames to \"Zona\" = \"aera\" \\(did you mean \"area\"\\?\\), which is not an item",
               class = "peersurvey_unknown_item"), "area")
  # a non-required item too, and every bad name at once, with the items
  # (the columns left unread are then listed as problems, warned apart)
  withCallingHandlers(
    expect_warning(read_survey(f, cb, columns = c(Codice = "centro_id", Zona = "area",
                                                  Ascoltati = "ascoltoo", R1 = "ruoli_unno")),
                   "\"ascoltoo\" \\(did you mean \"ascolto\"\\?\\), \"R1\" = \"ruoli_unno\".*are not items.*\"centro_id\", \"area\", \"ascolto\", \"ruoli\"",
                   class = "peersurvey_unknown_item"),
    peersurvey_problems = function(w) invokeRestart("muffleWarning"))
  # a column the codebook does not hold, renamed, is kept as text
  x <- suppressWarnings(read_survey(f, cb, columns = c(Codice = "centro_id", Zona = "area",
                                                       Ascoltati = "asl")))
  expect_identical(x$asl, c("S\u00ec", "No"))
  # items, option columns in either spelling, and positions read
  x <- read_survey(f, cb, columns = c(Codice = "centro_id", Zona = "area", Ascoltati = "ascolto",
                                      R1 = "ruoli_uno", R2 = "ruoli[gruppo]"))
  expect_identical(as.character(x$ascolto), c("si", "no"))
  expect_identical(x$ruoli_uno, c(TRUE, FALSE))
  expect_identical(x$ruoli_gruppo, c(FALSE, TRUE))
  y <- suppressWarnings(read_survey(f, cb, format = "redcap",
                   columns = c(Codice = "centro_id", Zona = "area", R1 = "ruoli___1",
                               R2 = "ruoli___2")))
  expect_identical(y$ruoli_gruppo, c(FALSE, TRUE))
})

test_that("Google Forms metadata columns are known in French, German, Spanish, Portuguese and Dutch", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_fr,question_fr",
               "service_id,id,,services,Code du service",
               "pairs,single,yes,Oui,Pairs aidants ?", "pairs,single,no,Non,Pairs aidants ?"),
             cbf, useBytes = TRUE)
  cb <- survey_codebook(cbf)
  heads <- list(c("Horodateur", "Adresse e-mail"),
                c("Zeitstempel", "E-Mail-Adresse"),
                c("Marca temporal", "Direcci\u00f3n de correo electr\u00f3nico"),
                c("Carimbo de data/hora", "Endere\u00e7o de e-mail"),
                c("Tijdstempel", "E-mailadres"))
  for (h in heads) {
    f <- tempfile(fileext = ".csv")
    writeLines(enc2utf8(c(paste0('"', c(h, "Code du service", "Pairs aidants ?"), '"',
                                 collapse = ","),
                          '"03/03/2024 11:30:10","a@b.be","S1","Oui"')), f, useBytes = TRUE)
    s <- read_survey(f, cb)
    expect_identical(attr(s, "read")$format, "googleforms", info = h[1])
    expect_identical(names(s), c("service_id", "pairs"), info = h[1])
    expect_identical(nrow(survey_problems(s)), 0L, info = h[1])
    meta <- survey_metadata(s)
    expect_identical(meta[[h[2]]], "a@b.be", info = h[1])
    expect_true(h[1] %in% names(meta), info = h[1])
  }
})

test_that("Google Forms text written before a listed option is reported, not silently \"Other\"", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_fr,question_fr",
               "service_id,id,,services,Code du service",
               "roles,multi,groupes,Animation de groupes,Quels r\u00f4les ?",
               "roles,multi,plaidoyer,Plaidoyer,Quels r\u00f4les ?",
               "roles,multi,autre,Autre,Quels r\u00f4les ?"), cbf, useBytes = TRUE)
  f <- tempfile(fileext = ".csv")
  writeLines(c('"Horodateur","Code du service","Quels r\u00f4les ?"',
               '"03/03/2024 11:30:10","S1","Animation de groupes, Caf\u00e9 pair"',
               '"03/03/2024 11:31:10","S2","Animation de groupes"',
               '"03/03/2024 11:32:10","S3","Plaidoyer, d\u00e9fense des droits, Animation de groupes"'),
             f, useBytes = TRUE)
  expect_warning(s <- read_survey(f, survey_codebook(cbf)), "survey_problems")
  # S1 wrote "Café pair" last, where Google Forms puts "Other": not a problem
  p <- survey_problems(s)
  expect_identical(p$id, "S3")
  expect_identical(p$column, "roles")
  expect_identical(p$value, "d\u00e9fense des droits")
  expect_match(p$reason, "counted as \"Other\"")
  expect_identical(s$roles_autre, c(TRUE, FALSE, TRUE))
  expect_identical(survey_metadata(s)$roles_other, c("Caf\u00e9 pair", NA, "d\u00e9fense des droits"))
})

test_that("a Google Forms answer close to a label, or a code, is counted as \"Other\" and reported", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,question_en",
               "unit_id,id,,units,Unit code",
               "setting,single,community,Community team,Which setting?",
               "setting,single,crisis,Crisis team,Which setting?",
               "setting,single,other,Other,Which setting?",
               "acts,multi,groups,Groups,Which activities?",
               "acts,multi,advocacy,Advocacy,Which activities?",
               "acts,multi,other,Other,Which activities?"), cbf)
  rows <- data.frame(
    id = c("U1", "U2", "U3", "U4", "U5", "U6"),
    setting = c("Community team", "Comunity Team", "-99", "A drop-in caf\u00e9",
                "Crisis team (north)", "2"),
    acts = c("Groups, Advocacy", "Groups, Advocasy", "Advocacy, Knitting",
             "Groups, Crochet", "Groups", "Advocacy"),
    stringsAsFactors = FALSE)
  f <- write_export(c("Timestamp,Unit code,Which setting?,Which activities?",
                      sprintf('2025/01/0%d 10:00:00,%s,"%s","%s"', seq_len(nrow(rows)),
                              rows$id, rows$setting, rows$acts)))
  expect_warning(s <- read_survey(f, survey_codebook(cbf)), "survey_problems")
  # by the rule: a number, a label with a typo, a label inside the text
  near <- c(FALSE, TRUE, TRUE, FALSE, TRUE, TRUE)
  p <- survey_problems(s)
  ps <- p[p$column == "setting", ]
  expect_identical(ps$id, rows$id[near])
  expect_identical(ps$value, rows$setting[near])
  expect_match(ps$reason, "counted as \"Other\"")
  # nothing is lost: every answer that is no label is "Other", its text kept
  other <- rows$setting != "Community team"
  expect_identical(as.character(s$setting), ifelse(other, "other", "community"))
  expect_identical(survey_metadata(s)$setting_other, ifelse(other, rows$setting, NA))
  # a check-all write-in after the listed options is reported when it is a
  # label written otherwise ("Advocasy"), not when it is an answer of its own
  pa <- p[p$column == "acts", ]
  expect_identical(pa$id, "U2")
  expect_identical(pa$value, "Advocasy")
  expect_identical(s$acts_other, c(FALSE, TRUE, TRUE, TRUE, FALSE, FALSE))
  # the reasons are said in the codebook's other languages too
  expect_match(survey_problems(s, "it")$reason, "contata come \"Altro\"")
})

test_that("a Google Forms \"Other\" text written alike in several rows is reported", {
  # "Peer trainer" is an option of the form that the codebook lacks: Google
  # Forms writes it as it writes a written-in "Other"
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,question_en",
               "unit_id,id,,units,Unit code",
               "role,single,mentor,Mentor,Which role?",
               "role,single,other,Other,Which role?",
               "acts,multi,groups,Groups,Which activities?",
               "acts,multi,other,Other,Which activities?"), cbf)
  rows <- data.frame(
    id = paste0("U", 1:5),
    role = c("Mentor", "Peer trainer", "peer  trainer", "Gardening club lead", "Peer trainer"),
    acts = c("Groups, Walks", "Groups", "Groups, Walks", "Groups, Radio show", "Groups"),
    stringsAsFactors = FALSE)
  f <- write_export(c("Timestamp,Unit code,Which role?,Which activities?",
                      sprintf('2025/01/0%d 10:00:00,%s,"%s","%s"', seq_len(nrow(rows)),
                              rows$id, rows$role, rows$acts)))
  expect_warning(s <- read_survey(f, survey_codebook(cbf)), "survey_problems")
  p <- survey_problems(s)
  # by the rule: the same text (folded) counted as "Other" in two rows or more
  pr <- p[p$column == "role", ]
  expect_identical(pr$id, c("U2", "U3", "U5"))
  expect_identical(pr$value, rows$role[c(2, 3, 5)])
  expect_identical(pr$reason, rep(paste(
    "written alike in 3 rows: counted as \"Other\", kept in survey_metadata(); if the",
    "form lists it as an option, add it to the codebook"), 3))
  pa <- p[p$column == "acts", ]
  expect_identical(pa$id, c("U1", "U3"))
  expect_match(pa$reason, "^written alike in 2 rows")
  expect_match(survey_problems(s, "it")$reason, "^scritta uguale in [23] righe")
  # counted as "Other", nothing lost
  expect_identical(as.character(s$role), c("mentor", "other", "other", "other", "other"))
  expect_identical(survey_metadata(s)$role_other, c(NA, rows$role[2:5]))
  expect_identical(survey_metadata(s)$acts_other, c("Walks", NA, "Walks", "Radio show", NA))
})

test_that("a column renamed to an item's written-in \"Other\" is kept apart as its text", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en", "unit_id,id,,units",
               "acts,multi,groups,Groups", "acts,multi,other,Other",
               "kind,single,a,A", "kind,single,oth,Other (specify)"), cbf)
  cb <- survey_codebook(cbf)
  lines <- c("unit_id,acts_groups,acts_other,other_text,kind,kind_other",
             "U1,1,1,Gardening,oth,A hut", "U2,0,0,,a,", "U3,1,0,  ,a,")
  raw <- utils::read.csv(text = lines, colClasses = "character", check.names = FALSE)
  # `acts_other` is the tick column of the option coded `other`: the column
  # renamed to it is the written-in text, not a second tick column
  x <- read_survey(write_export(lines), cb, columns = c(other_text = "acts_other"))
  expect_identical(x$acts_other, raw$acts_other == "1")
  expect_identical(x$acts_groups, raw$acts_groups == "1")
  meta <- survey_metadata(x)
  expect_identical(meta$acts_other, blank_na(raw$other_text))
  # `kind_other` is no column of the codebook: the text of the item's "Other"
  expect_false("kind_other" %in% names(x))
  expect_identical(meta$kind_other, blank_na(raw$kind_other))
  expect_identical(nrow(survey_problems(x)), 0L)
})

test_that("a sheet whose table starts below empty rows gives the sheet's own line numbers", {
  skip_if_not_installed("openxlsx")
  skip_if_not_installed("readxl")
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en", "unit,id,,units", "n,number,,Staff"), cbf)
  cb <- survey_codebook(cbf)
  df <- data.frame(unit = c("A", "B", "C", "B"), n = c(12, 3, 7, 5))
  # the table from B3 (rows 1 and 2 empty): the header on row 3, record i on row 3 + i
  wb <- openxlsx::createWorkbook()
  openxlsx::addWorksheet(wb, "S")
  openxlsx::writeData(wb, "S", df, startRow = 3, startCol = 2)
  f <- tempfile(fileext = ".xlsx")
  openxlsx::saveWorkbook(wb, f)
  dup <- which(df$unit == "B")
  e <- expect_error(read_survey(f, cb), class = "peersurvey_duplicate_id")
  expect_match(conditionMessage(e), sprintf("lines %d, %d of", 3L + dup[1], 3L + dup[2]),
               fixed = TRUE)
  # a title on row 1, row 2 empty, skipping the title: the same lines
  openxlsx::writeData(wb, "S", "Staff survey", startRow = 1, startCol = 1)
  openxlsx::saveWorkbook(wb, f, overwrite = TRUE)
  for (s in 1:2) {
    e <- expect_error(read_survey(f, cb, skip = s), class = "peersurvey_duplicate_id")
    expect_match(conditionMessage(e), sprintf("lines %d, %d of", 3L + dup[1], 3L + dup[2]),
                 fixed = TRUE)
  }
  # an empty row inside the table is listed with its row of the sheet
  df2 <- data.frame(unit = c("A", NA, "C"), n = c(12, NA, 7))
  wb2 <- openxlsx::createWorkbook()
  openxlsx::addWorksheet(wb2, "S")
  openxlsx::writeData(wb2, "S", df2, startRow = 3)
  openxlsx::saveWorkbook(wb2, f, overwrite = TRUE)
  expect_warning(x <- read_survey(f, cb), "skipped")
  expect_identical(x$unit, c("A", "C"))
  expect_identical(survey_problems(x)$value, paste("line", 3L + which(is.na(df2$unit))))
})

test_that("grid rows headed \"Question [Statement]\" are the items whose question is the statement", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en,question_en,scale",
    "unit,id,,units,,",
    "care,likert,dis,Disagree,Peers improve care,agree3",
    "care,likert,neu,Neutral,Peers improve care,agree3",
    "care,likert,agr,Agree,Peers improve care,agree3",
    "paid,likert,dis,Disagree,Peers are paid fairly,agree3",
    "paid,likert,neu,Neutral,Peers are paid fairly,agree3",
    "paid,likert,agr,Agree,Peers are paid fairly,agree3")))
  care <- c("Agree", "Disagree", "", "Neutral")
  paid <- c("Neutral", "", "Agree", "Agree")
  # Google Forms: a grid question, one column per row of the grid
  gf <- data.frame(Timestamp = "2025/01/20 10:00:00 AM GMT+1", unit = paste0("U", 1:4),
                   "How much do you agree? [Peers improve care]" = care,
                   "How much do you agree? [Peers are paid fairly]" = paid,
                   check.names = FALSE)
  f <- tempfile(fileext = ".csv")
  utils::write.csv(gf, f, row.names = FALSE)
  x <- read_survey(f, cb)
  expect_identical(attr(x, "read")$format, "googleforms")
  lut <- c(Disagree = "dis", Neutral = "neu", Agree = "agr")
  expect_identical(as.character(x$care), unname(lut[care]))
  expect_identical(as.character(x$paid), unname(lut[paid]))
  expect_identical(nrow(survey_problems(x)), 0L)
  # LimeSurvey's array under full question text
  ls <- data.frame("Response ID" = 1:4, "Date submitted" = "2025-01-20", "Last page" = "2",
                   "Start language" = "en", unit = paste0("U", 1:4),
                   "How much do you agree? [Peers improve care]" = care,
                   "How much do you agree? [Peers are paid fairly]" = paid,
                   check.names = FALSE)
  utils::write.csv(ls, f, row.names = FALSE)
  y <- read_survey(f, cb)
  expect_identical(attr(y, "read")$format, "limesurvey")
  expect_identical(as.character(y$care), unname(lut[care]))
  expect_identical(as.character(y$paid), unname(lut[paid]))
  # a statement that is no item's question stays a column, reported
  names(gf)[4] <- "How much do you agree? [Peers are trained]"
  utils::write.csv(gf, f, row.names = FALSE)
  z <- suppressWarnings(read_survey(f, cb))
  expect_true("How much do you agree? [Peers are trained]" %in% survey_problems(z)$column)
  expect_true(all(is.na(z$paid)))
})

# A codebook of a questionnaire of one's own, in Italian and English: a
# single-choice item, a check-all item with an "Other" option, an array of
# two Likert rows and a Yes/No question
lime_codebook <- function() {
  f <- tempfile(fileext = ".csv")
  writeLines(enc2utf8(c(
    "item,type,option,label_en,label_it,question_en,question_it,scale",
    "sid,id,,services,servizi,,,",
    "area,single,nord,North,Nord,Area,Area geografica,",
    "area,single,sud,South,Sud,Area,Area geografica,",
    "ruoli,multi,gruppi,Groups,Gruppi,Roles,Ruoli,",
    "ruoli,multi,advocacy,Advocacy,Tutela,Roles,Ruoli,",
    "ruoli,multi,altro,Other,Altro,Roles,Ruoli,",
    "cura,likert,dis,Disagree,In disaccordo,Peers improve care,I pari migliorano la cura,agree3",
    "cura,likert,neu,Neutral,Neutrale,Peers improve care,I pari migliorano la cura,agree3",
    "cura,likert,agr,Agree,D'accordo,Peers improve care,I pari migliorano la cura,agree3",
    "paga,likert,dis,Disagree,In disaccordo,Peers are paid fairly,I pari sono pagati equamente,agree3",
    "paga,likert,neu,Neutral,Neutrale,Peers are paid fairly,I pari sono pagati equamente,agree3",
    "paga,likert,agr,Agree,D'accordo,Peers are paid fairly,I pari sono pagati equamente,agree3",
    "pari,single,yes,Yes,S\u00ec,Peer workers?,Operatori pari?,",
    "pari,single,no,No,No,Peer workers?,Operatori pari?,")), f)
  survey_codebook(f)
}

# Every problem listed is an item of the codebook the export lacks
expect_only_absent <- function(x)
  expect_identical(setdiff(survey_problems(x)$reason, "item not in file: filled with NA"),
                   character())

test_that("LimeSurvey's participant columns go to the metadata, under either heading", {
  cb <- lime_codebook()
  # headings of codes: the participants' table after the response's columns
  f <- write_export(c(
    paste0('"id","submitdate","lastpage","startlanguage","token","tid","firstname","lastname",',
           '"email","emailstatus","language","completed","usesleft","attribute_1","attribute_2",',
           '"sid","area","pari"'),
    paste0('"1","2025-01-01","2","it","tk1","7","Anna","Rossi","a@x.it","OK","it","Y","0",',
           '"Veneto","ASL 3","S1","A1","Y"'),
    paste0('"2","2025-01-02","2","it","tk2","8","Luca","Bianchi","l@x.it","OK","it","Y","0",',
           '"Puglia","ASL 5","S2","A2","N"')))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  x <- suppressWarnings(read_survey(f, cb))
  part <- c("tid", "firstname", "lastname", "email", "emailstatus", "language", "completed",
            "usesleft", "attribute_1", "attribute_2")
  expect_identical(intersect(part, names(x)), character())
  expect_only_absent(x)
  meta <- survey_metadata(x)
  for (p in part) expect_identical(meta[[p]], raw[[p]])
  expect_identical(as.character(x$area), c("nord", "sud"))
  # headings of full question text, in English and in Italian
  for (h in list(c("First name", "Last name", "Email address", "attribute_1 <Region>"),
                 c("Nome", "Cognome", "Indirizzo email", "attribute_1 <Regione>"))) {
    g <- write_export(c(
      paste0('"Response ID","Date submitted","Last page","Start language","',
             paste(h, collapse = '","'), '","sid","Area"'),
      '"1","2025-01-01","2","en","Anna","Rossi","a@x.it","Veneto","S1","North"'))
    y <- suppressWarnings(read_survey(g, cb))
    expect_identical(names(y)[!names(y) %in% cb$item & !startsWith(names(y), "ruoli_")],
                     character())
    my <- survey_metadata(y)
    expect_identical(unname(unlist(my[1, c("firstname", "lastname", "email")])),
                     c("Anna", "Rossi", "a@x.it"))
    expect_identical(my[[ncol(my)]], "Veneto")
  }
  # a column the codebook names is an answer, whatever its name
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en", "sid,id,,services", "email,text,,E-mail"), cbf)
  z <- suppressWarnings(read_survey(write_export(c(
    '"id","submitdate","lastpage","startlanguage","sid","email"',
    '"1","2025-01-01","2","it","S1","x@y.it"')), survey_codebook(cbf)))
  expect_identical(z$email, "x@y.it")
})

test_that("a LimeSurvey export headed in Italian is read as LimeSurvey", {
  cb <- lime_codebook()
  lines <- c(paste0('"ID risposta","Data invio","Ultima pagina","Lingua iniziale","Seme",',
                    '"Data di inizio","Data ultima azione","Tempo totale","sid","Area geografica",',
                    '"Tempo per la domanda: Area geografica"'),
             '"1","2025-01-01 10:00:00","2","it","123","2025-01-01 09:00:00","2025-01-01 10:00:00","60","S1","Nord","4"',
             '"2","","1","it","124","2025-01-01 09:00:00","2025-01-01 09:10:00","30","S2","Sud","5"',
             '"3","2025-01-02 11:00:00","2","it","125","2025-01-02 10:00:00","2025-01-02 11:00:00","80","S3","Sud","6"')
  f <- write_export(lines)
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  done <- nzchar(raw[["Data invio"]])
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(attr(x, "read")$format, "limesurvey")
  expect_identical(x$sid, raw$sid[done])
  expect_identical(as.vector(table(x$area)),
                   as.vector(table(factor(raw[["Area geografica"]][done], c("Nord", "Sud")))))
  # LimeSurvey's own columns are metadata, none of them an answer
  p <- survey_problems(x)
  expect_false(any(names(raw)[-c(9, 10)] %in% p$column))
  expect_false(any(names(raw)[-c(9, 10)] %in% names(x)))
  meta <- survey_metadata(x)
  expect_identical(meta$submitdate, raw[["Data invio"]][done])
  expect_identical(meta$seed, raw$Seme[done])
  expect_identical(meta[["Tempo per la domanda: Area geografica"]],
                   raw[["Tempo per la domanda: Area geografica"]][done])
  # the response with no submit date is left out and listed
  expect_identical(p$id[grepl("^incomplete", p$reason)], raw$sid[!done])
  # the names the older Italian translations wrote
  old <- sub('"Data invio"', '"Data inviata"',
             sub('"Lingua iniziale"', '"Linguaggio di partenza"', lines))
  y <- suppressWarnings(read_survey(write_export(old), cb))
  expect_identical(attr(y, "read")$format, "limesurvey")
  expect_identical(y$sid, raw$sid[done])
})

test_that("LimeSurvey's comments of a multiple choice with comments are metadata", {
  cb <- lime_codebook()
  f <- write_export(c(
    paste0('"id","submitdate","lastpage","startlanguage","sid","area","area[comment]",',
           '"ruoli[SQ001]","ruoli[SQ001comment]","ruoli[SQ002]","ruoli[SQ002comment]",',
           '"ruoli[other]","ruoli[othercomment]"'),
    '"1","2025-01-01","2","it","S1","A1","vicino","Y","gruppi del lunedi","","","",""',
    '"2","2025-01-01","2","it","S2","A2","","","","Y","nei reparti","mediazione","con le famiglie"',
    '"3","2025-01-01","2","it","S3","A2","","Y","","Y","","",""'))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  x <- suppressWarnings(read_survey(f, cb))
  expect_only_absent(x)
  expect_identical(x$ruoli_gruppi, raw[["ruoli[SQ001]"]] == "Y")
  expect_identical(x$ruoli_advocacy, raw[["ruoli[SQ002]"]] == "Y")
  expect_identical(x$ruoli_altro, nzchar(raw[["ruoli[other]"]]))
  expect_identical(as.vector(table(x$area)), as.vector(table(raw$area)))
  meta <- survey_metadata(x)
  expect_identical(meta$ruoli_gruppi_comment, blank_na(raw[["ruoli[SQ001comment]"]]))
  expect_identical(meta$ruoli_advocacy_comment, blank_na(raw[["ruoli[SQ002comment]"]]))
  expect_identical(meta$ruoli_altro_comment, blank_na(raw[["ruoli[othercomment]"]]))
  expect_identical(meta$area_comment, blank_na(raw[["area[comment]"]]))
  expect_false(any(grepl("comment", names(x))))
  # under headings of full question text, in Italian
  g <- write_export(c(
    paste0('"ID risposta","Data invio","Ultima pagina","Lingua iniziale","sid","Area geografica",',
           '"Area geografica [Commento]","Ruoli [Gruppi]","Ruoli [Gruppi][Commento]",',
           '"Ruoli [Tutela]","Ruoli [Tutela][Commento]","Ruoli [Altro]","Ruoli [Altro][Commento]"'),
    '"1","2025-01-01","2","it","S1","Nord","vicino","S\u00ec","lunedi","","","",""',
    '"2","2025-01-01","2","it","S2","Sud","","","","S\u00ec","reparti","mediazione","famiglie"'))
  rg <- utils::read.csv(g, colClasses = "character", check.names = FALSE, encoding = "UTF-8")
  y <- suppressWarnings(read_survey(g, cb))
  expect_only_absent(y)
  expect_identical(y$ruoli_gruppi, rg[["Ruoli [Gruppi]"]] != "")
  expect_identical(y$ruoli_altro, rg[["Ruoli [Altro]"]] != "")
  my <- survey_metadata(y)
  expect_identical(my$ruoli_gruppi_comment, blank_na(rg[["Ruoli [Gruppi][Commento]"]]))
  expect_identical(my$ruoli_advocacy_comment, blank_na(rg[["Ruoli [Tutela][Commento]"]]))
  expect_identical(my$ruoli_altro_comment, blank_na(rg[["Ruoli [Altro][Commento]"]]))
  expect_identical(my$area_comment, blank_na(rg[["Area geografica [Commento]"]]))
})

test_that("LimeSurvey arrays, answer codes AO01 and converted Y and N are read", {
  cb <- lime_codebook()
  # an array `Q5` whose rows are the items by their sub-question codes,
  # answered with LimeSurvey's codes AO01, AO02 ... (positions on the scale)
  f <- write_export(c(
    '"id","submitdate","lastpage","startlanguage","sid","Q5[cura]","Q5[paga]","area","pari"',
    '"1","2025-01-01","2","it","S1","AO01","AO03","AO02","1"',
    '"2","2025-01-01","2","it","S2","AO02","","AO01","2"',
    '"3","2025-01-01","2","it","S3","AO03","AO03","AO01",""',
    '"4","2025-01-01","2","it","S4","AO03","AO02","AO02","1"'))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  x <- suppressWarnings(read_survey(f, cb))
  expect_only_absent(x)
  pos <- function(v, opts) opts[match(v, sprintf("AO%02d", seq_along(opts)))]
  scale <- c("dis", "neu", "agr")
  expect_identical(table(x$cura, useNA = "ifany"),
                   table(factor(pos(raw[["Q5[cura]"]], scale), scale, ordered = TRUE),
                         useNA = "ifany"))
  expect_identical(as.character(x$paga), pos(raw[["Q5[paga]"]], scale))
  expect_identical(as.character(x$area), pos(raw$area, c("nord", "sud")))
  # a Yes/No question exported with "Convert Y to" 1 and "Convert N to" 2
  expect_identical(unname(x$pari), unname(c(`1` = TRUE, `2` = FALSE)[raw$pari]))
  # a code that is none of the positions is reported, with its row
  raw$area[2] <- "AO07"
  bad <- write_export(c(paste0('"', names(raw), '"', collapse = ","),
                        apply(raw, 1, function(r) paste0('"', r, '"', collapse = ","))))
  y <- suppressWarnings(read_survey(bad, cb))
  p <- survey_problems(y)
  expect_identical(p$value[p$column == "area"], "AO07")
  expect_identical(p$id[p$column == "area"], "S2")
  expect_true(is.na(y$area[2]))
})

# A REDCap data dictionary with forms, branching logic and annotations
redcap_dictionary_forms <- function(name, form, type, label, choices, branch = "")
  data.frame("Variable / Field Name" = name, "Form Name" = form, "Field Type" = type,
             "Field Label" = label, "Choices, Calculations, OR Slider Labels" = choices,
             "Branching Logic (Show field only if...)" = branch,
             check.names = FALSE, stringsAsFactors = FALSE)

test_that("REDCap checkbox columns of negative codes, or of the code 0, are read as their options", {
  dd <- redcap_dictionary_forms(c("record_id", "roles"), "a", c("text", "checkbox"),
                                c("Service", "Roles"),
                                c("", "1, Groups | -99, Unknown | -1, Refused | 2, Advocacy"))
  cb <- codebook_from_redcap(dd, unit = "services")
  # REDCap writes a minus sign in a checkbox column's name as an underscore
  lines <- c("record_id,roles___1,roles____99,roles____1,roles___2,a_complete",
             "1,1,0,0,1,2", "2,0,1,0,0,2", "3,0,0,1,0,2", "4,0,1,0,1,2")
  x <- read_survey(write_export(lines), cb)
  raw <- utils::read.csv(write_export(lines), colClasses = "character")
  expect_identical(x[["roles_-99"]], raw$roles____99 == "1")
  expect_identical(x[["roles_-1"]], raw$roles____1 == "1")
  expect_identical(x$roles_2, raw$roles___2 == "1")
  expect_identical(nrow(survey_problems(x)), 0L)
  # counted as base R counts the file's columns
  expect_identical(sum(x[["roles_-99"]]), unname(table(raw$roles____99)[["1"]]))
  # a choice coded 0: in REDCap's 0/1 columns a 0 is unticked, whatever the
  # choice's code (it is no tick by its code)
  dd0 <- redcap_dictionary_forms(c("record_id", "acts"), "a", c("text", "checkbox"),
                                 c("Service", "Attivit\u00e0"),
                                 c("", "0, Nessuna | 1, Gruppi | 2, Colloqui"))
  lines0 <- c("record_id,acts___0,acts___1,acts___2,a_complete",
              "1,1,0,0,2", "2,0,1,1,2", "3,0,1,0,2")
  x0 <- read_survey(write_export(lines0), codebook_from_redcap(dd0, unit = "services"))
  raw0 <- utils::read.csv(write_export(lines0), colClasses = "character")
  expect_identical(x0$acts_0, raw0$acts___0 == "1")
  expect_identical(x0$acts_1, raw0$acts___1 == "1")
  expect_identical(x0$acts_2, raw0$acts___2 == "1")
  expect_identical(nrow(survey_problems(x0)), 0L)
})

test_that("REDCap checkboxes of a form never filled in, or with a 'None' option unticked, are unanswered", {
  dd <- redcap_dictionary_forms(
    c("record_id", "region", "roles", "aids", "staff", "tools"),
    c("a", "a", "a", "b", "b", "c"),
    c("text", "radio", "checkbox", "checkbox", "text", "checkbox"),
    c("Service", "Region", "Roles", "Aids", "Staff", "Tools"),
    c("", "1, North | 2, South", "1, Groups | 2, Advocacy",
      "1, Leaflets | 2, Website | 99, None of the above", "", "1, Phone | 2, Email"))
  cb <- codebook_from_redcap(dd, unit = "services")
  lines <- c(
    "record_id,region,roles___1,roles___2,a_complete,aids___1,aids___2,aids___99,staff,b_complete,tools___1,tools___2,c_complete",
    # answered everything
    "1,1,1,0,2,1,0,0,3,2,1,1,2",
    # form b filled (staff) but no aid ticked, not even "None of the above"
    "2,2,0,0,2,0,0,0,4,2,0,0,2",
    # form b never opened: nothing in it, status 0
    "3,1,0,0,2,0,0,0,,0,0,0,0",
    # "None of the above" ticked; form c complete with nothing ticked
    "4,2,0,1,2,0,0,1,5,2,0,0,2")
  f <- write_export(lines)
  expect_warning(x <- read_survey(f, cb), "3 check-all answers with no checkbox ticked taken as not answered",
                 class = "peersurvey_problems")
  raw <- utils::read.csv(f, colClasses = "character", na.strings = "")
  # by hand: a form is empty when its other fields are blank and its
  # status is not complete; an item with a "None" option needs a tick
  aid_cols <- c("aids___1", "aids___2", "aids___99")
  ticked <- rowSums(raw[aid_cols] == "1") > 0
  b_empty <- is.na(raw$staff) & raw$b_complete != "2"
  answered <- ticked
  expect_identical(!is.na(x$aids_1), answered)
  expect_identical(x$aids_99[answered], raw$aids___99[answered] == "1")
  # the base of the "None of the above" share is the services answering
  expect_identical(sum(!is.na(x$aids_99)), sum(ticked))
  # roles: form a is filled in everywhere, so nothing ticked is "none"
  expect_identical(x$roles_1, raw$roles___1 == "1")
  # tools: form c is complete in row 4 (ticked nothing), never filled in row 3
  expect_identical(x$tools_1, c(TRUE, FALSE, NA, FALSE))
  p <- survey_problems(x)
  un <- p[p$value %in% "no checkbox ticked", ]
  expect_identical(paste(un$row, un$column),
                   c(paste(which(!ticked), "aids"), "3 tools"))
  expect_match(un$reason[un$row == 2L], "None of the above", fixed = TRUE)
  expect_match(un$reason[un$row == 3L & un$column == "aids"], "form \"b\"", fixed = TRUE)
  expect_true(all(b_empty[un$row[un$column == "aids" & grepl("form", un$reason)]]))
})

test_that("a REDCap radio field '1, Yes | 0, No' filters the items its branching logic hides", {
  dd <- redcap_dictionary_forms(
    c("record_id", "peer", "roles"), "a", c("text", "radio", "checkbox"),
    c("Service", "Peer support?", "Roles"), c("", "1, Yes | 0, No", "1, Groups | 2, Advocacy"),
    c("", "", "[peer] = '1'"))
  expect_silent(cb <- codebook_from_redcap(dd, unit = "services"))
  expect_identical(cb$asked_if[cb$item == "roles"], c("peer", "peer"))
  lines <- c("record_id,peer,roles___1,roles___2,a_complete",
             "1,1,1,0,2", "2,0,0,0,2", "3,1,0,0,2")
  f <- write_export(lines)
  x <- read_survey(f, cb)
  raw <- utils::read.csv(f, colClasses = "character")
  expect_identical(x$peer, raw$peer == "1")
  # asked of those answering yes only: base of the roles is table()'s "1"
  expect_identical(sum(!is.na(x$roles_1)), unname(table(raw$peer)[["1"]]))
  expect_identical(x$roles_1[x$peer], raw$roles___1[raw$peer == "1"] == "1")
})

test_that("REDCap missing data codes are declared non-answers, not unreadable answers", {
  dd <- redcap_dictionary_forms(
    c("record_id", "region", "roles", "staff", "prov", "roles_src"), "a",
    c("text", "radio", "checkbox", "text", "dropdown", "checkbox"),
    c("Service", "Region", "Roles", "Staff", "Province", "Sources"),
    c("", "1, North | 2, South", "1, Groups | 2, Advocacy", "", "MI, Milano | NA, Napoli",
      "1, Staff | 2, Users"))
  dd[["Text Validation Type OR Show Slider Number"]] <- c("", "", "", "integer", "", "")
  cb <- codebook_from_redcap(dd, unit = "services")
  # REDCap gives a checkbox field a column per missing data code used, its
  # choices left blank; other fields hold the code itself
  lines <- c("record_id,region,roles___1,roles___2,roles___unk,roles____999,staff,prov,roles_src___1,roles_src___2,a_complete",
             "1,1,1,0,0,0,3,MI,0,1,2",
             "2,UNK,,,1,0,-999,NA,1,0,2",
             "3,2,,,0,1,NASK,MI,1,0,2",
             "4,2,0,1,0,0,4,MI,0,1,2")
  f <- write_export(lines)
  expect_silent(x <- read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character", na.strings = "")
  # by hand: the cells holding a code, and the checkbox code columns ticked
  codes <- c("UNK", "NASK", "-999")
  m <- survey_missing(x)
  expect_identical(sum(m$column == "region"), sum(raw$region %in% codes))
  expect_identical(sum(m$column == "staff"), sum(raw$staff %in% codes))
  expect_identical(sum(m$column == "roles"),
                   sum(raw$roles___unk == "1") + sum(raw$roles____999 == "1"))
  expect_identical(m$value[m$column == "roles"], c("UNK", "-999"))
  expect_identical(x$staff, c(3L, NA, NA, 4L) + 0 * x$staff)
  expect_true(is.na(x$roles_1[2]) && is.na(x$roles_1[3]))
  # Napoli's code NA is the item's own, not a missing data code
  expect_identical(as.character(x$prov), tolower(raw$prov))
  expect_false("roles_unk" %in% names(x))
  # another field's columns are its own, not codes of "roles"
  expect_identical(x$roles_src_1, raw$roles_src___1 == "1")
  expect_true(all(c("roles___unk", "roles____999") %in% names(survey_metadata(x))))
})

test_that("a row of a Google Forms checkbox grid is read as the check-all item of its statement", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_it,question_it",
    "centro,id,,centri,Centro",
    "canali_a,multi,tel,Telefono,Utenti",
    "canali_a,multi,mail,Email,Utenti",
    "canali_b,multi,tel,Telefono,Familiari",
    "canali_b,multi,mail,Email,Familiari")))
  lines <- c("Informazioni cronologiche,Centro,Canali [Utenti],Canali [Familiari]",
             "2025/01/20 10:15:00,C1,\"Telefono, Email\",Email",
             "2025/01/20 10:16:00,C2,Telefono,",
             "2025/01/20 10:17:00,C3,Email,\"Telefono;Email\"")
  f <- write_export(lines)
  x <- read_survey(f, cb, language = "it")
  raw <- utils::read.csv(f, check.names = FALSE, na.strings = "", stringsAsFactors = FALSE)
  has <- function(v, lab) ifelse(is.na(v), NA, grepl(lab, v, fixed = TRUE))
  expect_identical(x$canali_a_tel, has(raw[["Canali [Utenti]"]], "Telefono"))
  expect_identical(x$canali_a_mail, has(raw[["Canali [Utenti]"]], "Email"))
  expect_identical(x$canali_b_tel, has(raw[["Canali [Familiari]"]], "Telefono"))
  expect_identical(x$canali_b_mail, has(raw[["Canali [Familiari]"]], "Email"))
  expect_identical(nrow(survey_problems(x)), 0L)
})

test_that("a REDCap labels export ticking no checkbox ('Unchecked') follows the same rule", {
  dd <- redcap_dictionary_forms(c("record_id", "region", "roles"), "survey",
                                c("text", "radio", "checkbox"), c("Record ID", "Region", "Roles"),
                                c("", "1, North | 2, South", "1, Groups | 99, None of these"))
  cb <- codebook_from_redcap(dd)
  lines <- c("Record ID,Region,Roles (choice=Groups),Roles (choice=None of these),Complete?",
             "1,North,Checked,Unchecked,Complete", "2,South,Unchecked,Unchecked,Complete",
             "3,,Unchecked,Unchecked,Incomplete", "4,South,Unchecked,Checked,Complete")
  f <- write_export(lines)
  expect_warning(x <- read_survey(f, cb), "2 check-all answers with no checkbox ticked")
  raw <- utils::read.csv(f, check.names = FALSE, colClasses = "character")
  ticked <- rowSums(raw[, 3:4] == "Checked") > 0
  expect_identical(!is.na(x$roles_1), ticked)
  expect_identical(x$roles_99[ticked], raw[["Roles (choice=None of these)"]][ticked] == "Checked")
  expect_identical(survey_problems(x)$row, which(!ticked))
})

test_that("a check-all column of a .sav reads the 0 or 1 behind value labels that are no tick words", {
  skip_if_not_installed("haven")
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_de", "site,id,,Einrichtungen",
    "roles,multi,groups,Gruppenleitung", "roles,multi,advice,Beratung")))
  groups <- c(1, 0, 1, NA, 0)
  advice <- c(0, 0, 1, NA, 1)
  d <- data.frame(site = paste0("S", 1:5))
  # SPSS exports of German online surveys label checkboxes "genannt" /
  # "nicht genannt" (or "quoted" / "not quoted")
  d$roles_groups <- haven::labelled(groups, c("nicht genannt" = 0, genannt = 1))
  d$roles_advice <- haven::labelled(advice, c("not quoted" = 0, quoted = 1))
  f <- tempfile(fileext = ".sav")
  on.exit(unlink(f))
  haven::write_sav(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  # the ticks are the numbers of the file
  expect_identical(x$roles_groups, as.logical(groups))
  expect_identical(x$roles_advice, as.logical(advice))
  expect_identical(nrow(survey_problems(x)), 0L)
  # a label that is a word of a tick still wins over the number behind it
  d$roles_groups <- haven::labelled(groups, c(Ja = 0, Nein = 1))
  haven::write_sav(d, f)
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(x$roles_groups, !as.logical(groups))
})

test_that("LimeSurvey sub-question positions skip the check-all item's [other] column", {
  # LimeSurvey's "Other" is its own column Q[other], never a sub-question:
  # with a codebook listing "Other" before "None of these", SQ003 is "None"
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en,label_es",
    "team,id,,teams,equipos",
    "acts,multi,groups,Groups,Grupos", "acts,multi,crisis,Crisis support,Apoyo en crisis",
    "acts,multi,other,Other (please specify),Otro (especifique)",
    "acts,multi,none,None of these,Ninguna de estas")))
  f <- write_export(c(
    '"id","submitdate","lastpage","startlanguage","team","acts[SQ001]","acts[SQ002]","acts[SQ003]","acts[other]"',
    '"1","2025-03-01 10:00:00","2","es","T1","Y","","","Arte"',
    '"2","2025-03-01 11:00:00","2","es","T2","","","Y",""',
    '"3","2025-03-01 12:00:00","2","es","T3","","Y","",""'))
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(x$acts_groups, c(TRUE, FALSE, FALSE))
  expect_identical(x$acts_crisis, c(FALSE, FALSE, TRUE))
  expect_identical(x$acts_none, c(FALSE, TRUE, FALSE))
  expect_identical(x$acts_other, c(TRUE, FALSE, FALSE))
  expect_identical(survey_metadata(x)$acts_other[1], "Arte")
})

test_that("a LimeSurvey full-answer column 'Question [Otro]' is the item's Other text", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_es,question_es",
    "team,id,,equipos,",
    "acts,multi,groups,Grupos,Actividades",
    "acts,multi,other,Otro (especifique),Actividades")))
  f <- write_export(c(
    '"Response ID","Date submitted","Last page","Start language","team","Actividades [Grupos]","Actividades [Otro]"',
    '"1","2025-03-01 10:00:00","2","es","T1","S\u00ed","Teatro"',
    '"2","2025-03-01 11:00:00","2","es","T2","S\u00ed",""'))
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(x$acts_other, c(TRUE, FALSE))
  expect_identical(x$acts_groups, c(TRUE, TRUE))
  expect_identical(survey_metadata(x)$acts_other[1], "Teatro")
  expect_false(any(grepl("otro", survey_problems(x)$column, ignore.case = TRUE)))
})

test_that("REDCap: a text field <item>_other beside the checkbox columns is the Other text", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en",
    "team,id,,teams",
    "acts,multi,groups,Groups", "acts,multi,crisis,Crisis support",
    "acts,multi,other,Other (please specify)")))
  f <- write_export(c(
    "team,redcap_event_name,acts___1,acts___2,acts___3,acts_other,survey_complete",
    "T1,baseline_arm_1,1,0,1,Teatro,2",
    "T2,baseline_arm_1,0,1,0,,2"))
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(x$acts_groups, c(TRUE, FALSE))
  expect_identical(x$acts_crisis, c(FALSE, TRUE))
  expect_identical(x$acts_other, c(TRUE, FALSE))
  expect_identical(survey_metadata(x)$acts_other, c("Teatro", NA))
})

test_that("a Spanish 'Ninguna de estas' is the None option: REDCap rows ticking nothing are not answers", {
  dd <- data.frame(
    "Variable / Field Name" = c("team_id", "region", "acts"),
    "Form Name" = "survey", "Field Type" = c("text", "radio", "checkbox"),
    "Field Label" = c("Equipo", "Regi\u00f3n", "Actividades"),
    "Choices, Calculations, OR Slider Labels" = c("", "1, Norte | 2, Sur",
      "1, Grupos | 2, Apoyo en crisis | 3, Ninguna de estas"),
    "Field Annotation" = c("", "", "@NONEOFTHEABOVE='3'"), check.names = FALSE)
  cb <- expect_silent(codebook_from_redcap(dd, unit = "equipos", language = "es"))
  f <- write_export(c(
    "team_id,region,acts___1,acts___2,acts___3,survey_complete",
    "T1,1,1,0,0,2", "T2,2,0,0,1,2", "T3,1,0,0,0,2"))
  x <- suppressWarnings(read_survey(f, cb))
  expect_identical(x$acts_1, c(TRUE, FALSE, NA))
  expect_identical(x$acts_3, c(FALSE, TRUE, NA))
  expect_identical(survey_problems(x)$row, 3L)
})

test_that("LimeSurvey headings 'Question code & question text' are read by their codes", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en",
    "team,id,,teams",
    "peer,single,yes,Yes", "peer,single,no,No",
    "acts,multi,groups,Groups", "acts,multi,crisis,Crisis support",
    "staff,number,,Staff")))
  f <- write_export(c(paste0(
    '"id. Response ID","submitdate. Date submitted","lastpage. Last page",',
    '"startlanguage. Start language","teamcode. Team code","peer. Peer workers?",',
    '"acts[SQ001]. Activities [Groups]","acts[SQ002]. Activities [Crisis support]",',
    '"staff. How many staff?"'),
    '"1","2025-03-01 10:00:00","2","en","T1","Yes","Yes","","12.5000000000"',
    '"2","","1","en","T2","No","","",""',
    '"3","2025-03-01 12:00:00","2","en","T3","No","","Yes","8"'))
  x <- suppressWarnings(read_survey(f, cb, columns = c("teamcode. Team code" = "team")))
  expect_identical(as.character(x$team), c("T1", "T3"))
  expect_identical(x$peer, c(TRUE, FALSE))
  expect_identical(x$acts_groups, c(TRUE, FALSE))
  expect_identical(x$acts_crisis, c(FALSE, TRUE))
  expect_identical(x$staff, c(12.5, 8))
  # the incomplete response is left out and listed
  expect_identical(survey_problems(x)$id, "T2")
  y <- suppressWarnings(read_survey(f, cb, columns = c(teamcode = "team")))
  expect_identical(as.character(y$team), c("T1", "T3"))
})

test_that("`columns` renames a LimeSurvey question code with all its sub-question columns", {
  # LimeSurvey's codes hold no underscore: the check-all item peer_acts is
  # asked as the question `peeracts`
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en",
    "team,id,,teams",
    "peer_acts,multi,groups,Groups", "peer_acts,multi,crisis,Crisis support",
    "peer_acts,multi,other,Other")))
  f <- write_export(c(
    '"id","submitdate","lastpage","startlanguage","team","peeracts[SQ001]","peeracts[SQ002]","peeracts[other]"',
    '"1","2025-01-01","2","es","T1","Y","","Cine"',
    '"2","2025-01-01","2","es","T2","","Y",""'))
  x <- suppressWarnings(read_survey(f, cb, columns = c(peeracts = "peer_acts")))
  expect_identical(x$peer_acts_groups, c(TRUE, FALSE))
  expect_identical(x$peer_acts_crisis, c(FALSE, TRUE))
  expect_identical(x$peer_acts_other, c(TRUE, FALSE))
  expect_identical(survey_metadata(x)$peer_acts_other[1], "Cine")
  expect_false(any(grepl("peeracts", survey_problems(x)$column, fixed = TRUE)))
})

test_that("LimeSurvey 'code & text' headings with a blank last column or a question without text", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en",
    "team,id,,teams",
    "peer,single,yes,Yes", "peer,single,no,No",
    "staff,number,,Staff")))
  head <- paste0('"id. Response ID","submitdate. Date submitted","lastpage. Last page",',
                 '"startlanguage. Start language","team. Team","peer. Peer workers?","staff. "')
  rows <- c('"1","2025-03-01 10:00:00","2","en","T1","Y","12"',
            '"2","2025-03-01 11:00:00","2","en","T2","N","3"')
  # every line ending in a delimiter (an empty last column), as some
  # spreadsheets save a CSV again
  for (lines in list(c(head, rows), paste0(c(head, rows), ","))) {
    f <- write_export(lines)
    x <- read_survey(f, cb)
    raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
    expect_identical(as.character(x$team), raw[["team. Team"]])
    expect_identical(x$peer, raw[["peer. Peer workers?"]] == "Y")
    expect_identical(x$staff, as.numeric(raw[["staff. "]]))
  }
})

test_that("LimeSurvey's [other] of a check-all item without an Other option is kept and listed", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en",
    "team,id,,teams",
    "acts,multi,groups,Groups", "acts,multi,crisis,Crisis support")))
  f <- write_export(c(
    '"id","submitdate","lastpage","startlanguage","team","acts[SQ001]","acts[SQ002]","acts[other]"',
    '"1","2025-03-01 10:00:00","2","it","T1","Y","","Tutoraggio"',
    '"2","2025-03-01 11:00:00","2","it","T2","","Y",""'))
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character", check.names = FALSE)
  # no data column pretending to be an answer ("Y")
  expect_false(any(grepl("other", names(x))))
  expect_identical(x$acts_groups, raw[["acts[SQ001]"]] == "Y")
  # the text kept whole, and each written answer listed with its row
  expect_identical(survey_metadata(x)$acts_other, blank_na(raw[["acts[other]"]]))
  p <- survey_problems(x)
  p <- p[grepl("no \"Other\" option", p$reason), ]
  expect_identical(p$row, 1L)
  expect_identical(p$value, "Tutoraggio")
  expect_identical(p$column, "acts")
})

test_that("a REDCap labels export's 'Unchecked' in an event without the form is no answer, as 0 is", {
  dd <- data.frame("Variable / Field Name" = c("record_id", "reg", "att"),
                   "Form Name" = c("anag", "anag", "visita"),
                   "Field Type" = c("text", "radio", "checkbox"),
                   "Field Label" = c("Record ID", "Regione", "Attivit\u00e0"),
                   "Choices, Calculations, OR Slider Labels" = c("", "1, Nord | 2, Sud",
                                                                 "1, Gruppi | 2, Colloqui"),
                   check.names = FALSE)
  cb <- codebook_from_redcap(dd, unit = "services")
  head <- paste0('"Record ID","Event Name","Regione","Complete?",',
                 '"Attivit\u00e0 (choice=Gruppi)","Attivit\u00e0 (choice=Colloqui)","Complete?"')
  labels <- c(head, '1,Baseline (Arm 1: Arm 1),Nord,Complete,Unchecked,Unchecked,',
              '1,Follow-up (Arm 1: Arm 1),,,Checked,Unchecked,Complete')
  raw <- c("record_id,redcap_event_name,reg,anag_complete,att___1,att___2,visita_complete",
           "1,baseline_arm_1,1,2,0,0,", "1,followup_arm_1,,,1,0,2")
  x <- suppressWarnings(read_survey(write_export(labels), cb))
  y <- suppressWarnings(read_survey(write_export(raw), cb))
  expect_identical(x$att_1, TRUE)
  expect_identical(x$att_2, FALSE)
  expect_identical(answers_of(x), answers_of(y))
  # the only thing listed: the event's row combined into the record's first
  px <- survey_problems(x)
  expect_identical(nrow(px), nrow(survey_problems(y)))
  expect_false(any(grepl("has no status", px$reason)))
  # a tick there is still listed
  ticked <- sub(",Unchecked,Unchecked,$", ",Checked,Unchecked,", labels)
  p <- survey_problems(suppressWarnings(read_survey(write_export(ticked), cb)))
  expect_identical(sum(grepl("has no status", p$reason)), 1L)
  # the statuses "Complete?" take the names of the raw export, from the
  # forms of the fields before each, in the metadata and in the reasons
  expect_identical(names(survey_metadata(x)), names(survey_metadata(y)))
  expect_identical(survey_metadata(x)$visita_complete, "Complete")
  raw_ticked <- sub(",0,0,$", ",1,0,", raw)
  q <- survey_problems(suppressWarnings(read_survey(write_export(raw_ticked), cb)))
  expect_identical(p$reason, q$reason)
  expect_true(any(grepl('form "visita" has no status', p$reason, fixed = TRUE)))
  # fields of two forms before one status: it keeps its number
  two <- sub('"Regione","Complete?",', '"Regione",', head, fixed = TRUE)
  z <- suppressWarnings(read_survey(write_export(c(two, '1,Baseline (Arm 1: Arm 1),Nord,Checked,Unchecked,Complete')), cb))
  expect_identical(grep("_complete$", names(survey_metadata(z)), value = TRUE), "form1_complete")
})

test_that("a REDCap dictionary's label may hold a line starting with '#'", {
  f <- write_export(c(
    '"Variable / Field Name","Form Name","Field Type","Field Label","Choices, Calculations, OR Slider Labels"',
    'record_id,s,text,ID,', 'n_op,s,text,"Operatori', '# a tempo pieno",', 'note,s,notes,Note,'))
  cb <- codebook_from_redcap(f)
  raw <- utils::read.csv(f, check.names = FALSE, colClasses = "character")
  expect_identical(cb$item, raw[["Variable / Field Name"]])
  # the label as read.csv() reads it, its line break a space
  expect_identical(cb$label_en[cb$item == "n_op"],
                   gsub("\n", " ", raw[["Field Label"]][raw[[1L]] == "n_op"]))
})

test_that("LimeSurvey full-text heading 'Question [Other]' of a single choice is its Other text", {
  cb <- survey_codebook(write_export(c(
    "item,type,option,label_en,question_en", "sid,id,,services,",
    "role,single,nurse,Nurse,Your role", "role,single,doctor,Doctor,Your role",
    "role,single,other,Other,Your role",
    "acts,multi,groups,Groups,Activities", "acts,multi,crisis,Crisis,Activities")))
  rows <- c('"1","2025-01-01","2","en","S1","Other","Social worker","Y","","Art"',
            '"2","2025-01-01","2","en","S2","Nurse","","","Y",""')
  text <- write_export(c(paste0(
    '"Response ID","Date submitted","Last page","Start language","sid","Your role",',
    '"Your role [Other]","Activities [Groups]","Activities [Crisis]","Activities [Other]"'),
    sub('"Other"', '"-oth-"', rows[1L], fixed = TRUE), rows[2L]))
  codes <- write_export(c(paste0(
    '"id","submitdate","lastpage","startlanguage","sid","role","role[other]",',
    '"acts[SQ001]","acts[SQ002]","acts[other]"'),
    sub('"Other"', '"-oth-"', rows[1L], fixed = TRUE), rows[2L]))
  x <- suppressWarnings(read_survey(text, cb))
  y <- suppressWarnings(read_survey(codes, cb))
  raw <- utils::read.csv(text, colClasses = "character", check.names = FALSE)
  expect_identical(names(x), c("sid", "role", "acts_groups", "acts_crisis"))
  expect_identical(as.character(x$role), c("other", "nurse"))
  expect_identical(survey_metadata(x)$role_other, blank_na(raw[["Your role [Other]"]]))
  expect_identical(survey_metadata(x)$acts_other, blank_na(raw[["Activities [Other]"]]))
  expect_identical(answers_of(x), answers_of(y))
  expect_identical(survey_problems(x)[c("row", "column", "value", "reason")],
                   survey_problems(y)[c("row", "column", "value", "reason")])
})

test_that("a REDCap labels export is known by the record id field's own label", {
  dd <- redcap_dictionary_forms(c("record_id", "reg"), "a", c("text", "radio"),
                                c("ID servizio", "Regione"), c("", "1, Nord | 2, Sud"))
  cb <- codebook_from_redcap(dd, unit = "services")
  # the id field's label is the id item's question
  expect_identical(cb$question_en[cb$item == "record_id"], "ID servizio")
  labels <- c('"ID servizio","Regione","Complete?"', "S1,Nord,Complete", "S2,Sud,Complete")
  raw <- c("record_id,reg,a_complete", "S1,1,2", "S2,2,2")
  x <- read_survey(write_export(labels), cb)
  y <- read_survey(write_export(raw), cb)
  expect_identical(answers_of(x), answers_of(y))
  expect_identical(as.character(x$record_id), c("S1", "S2"))
  expect_identical(nrow(survey_problems(x)), 0L)
})

test_that("columns sharing one heading are the items of that question or label, in the codebook's order", {
  dd <- redcap_dictionary_forms(c("record_id", "ruolo", "ruolo_alt", "sede", "sede_alt"), "a",
                                c("text", "radio", "text", "radio", "text"),
                                c("Record ID", "Ruolo", "Specificare", "Sede", "Specificare"),
                                c("", "1, Medico | 2, Altro", "", "1, CSM | 2, Altro", ""))
  cb <- codebook_from_redcap(dd, unit = "services")
  labels <- c('"Record ID","Ruolo","Specificare","Sede","Specificare","Complete?"',
              "1,Altro,Educatore,Altro,Domicilio,Complete", "2,Medico,,CSM,,Complete")
  raw <- c("record_id,ruolo,ruolo_alt,sede,sede_alt,a_complete",
           "1,2,Educatore,2,Domicilio,2", "2,1,,1,,2")
  x <- read_survey(write_export(labels), cb)
  y <- read_survey(write_export(raw), cb)
  expect_identical(answers_of(x), answers_of(y))
  expect_identical(x$ruolo_alt, c("Educatore", NA))
  expect_identical(x$sede_alt, c("Domicilio", NA))
  # as many columns as items, or the heading stays ambiguous: an error
  # naming it, nothing guessed
  three <- sub('"Complete?"', '"Specificare","Complete?"', labels[1L], fixed = TRUE)
  expect_error(read_survey(write_export(c(three, "1,Altro,Educatore,Altro,Domicilio,x,Complete")),
                           cb), "specificare", ignore.case = TRUE)
})

test_that("LimeSurvey ranking and dual-scale questions are read as their items", {
  f <- tempfile(fileext = ".csv")
  writeLines(c(
    "item,type,option,label_en,question_en,scale",
    "dept,id,,departments,,",
    "top_1,single,fund,Funding,Main barriers,",
    "top_1,single,train,Training,Main barriers,",
    "top_1,single,cult,Culture,Main barriers,",
    "top_2,single,fund,Funding,Main barriers,",
    "top_2,single,train,Training,Main barriers,",
    "top_2,single,cult,Culture,Main barriers,",
    paste0("rate_peer_", rep(1:2, each = 3), ",likert,", c("lo", "mid", "hi"), ",",
           c("Low", "Mid", "High"), ",Peer support,lmh"),
    paste0("groups_", rep(1:2, each = 3), ",likert,", c("lo", "mid", "hi"), ",",
           c("Low", "Mid", "High"), ",Peer-led groups,lmh")), f)
  cb <- survey_codebook(f)
  opts <- c("fund", "train", "cult")
  lev <- c("lo", "mid", "hi")
  # headings of codes: a ranking `Q[1]`, `Q[2]` holds the answer code at
  # each rank; a dual-scale row `Q[SQ][1]`, `Q[SQ][2]` one scale each, as
  # the item `q_sq_k` or the item whose id is `sq_k`
  e <- write_export(c(
    "id,submitdate,lastpage,startlanguage,dept,top[1],top[2],rate[peer][1],rate[peer][2],R[groups][1],R[groups][2]",
    "1,2025-01-01,3,it,D1,A1,A3,A1,A2,A3,A3",
    "2,2025-01-01,3,it,D2,A2,A1,A3,A3,A1,A2",
    "3,2025-01-01,3,it,D3,A3,,A2,,,A1"))
  raw <- utils::read.csv(e, colClasses = "character", check.names = FALSE)
  pos <- function(v, o) o[suppressWarnings(as.integer(sub("^A", "", v)))]
  x <- read_survey(e, cb)
  expect_identical(attr(x, "read")$format, "limesurvey")
  expect_identical(nrow(survey_problems(x)), 0L)
  expect_identical(as.character(x$top_1), pos(raw[["top[1]"]], opts))
  expect_identical(as.character(x$top_2), pos(raw[["top[2]"]], opts))
  expect_identical(as.character(x$rate_peer_1), pos(raw[["rate[peer][1]"]], lev))
  expect_identical(as.character(x$rate_peer_2), pos(raw[["rate[peer][2]"]], lev))
  expect_identical(as.character(x$groups_1), pos(raw[["R[groups][1]"]], lev))
  expect_identical(as.character(x$groups_2), pos(raw[["R[groups][2]"]], lev))
  # a dual-scale row that is no item is reported, not dropped
  u <- write_export(c("id,submitdate,lastpage,startlanguage,dept,R[other][1]",
                      "1,2025-01-01,3,it,D1,A1"))
  y <- suppressWarnings(read_survey(u, cb))
  p <- survey_problems(y)
  expect_true("R[other][1]" %in% p$column)
  expect_identical(y[["R[other][1]"]], "A1")
  # headings of full question text: "Question [Rank k]" and "Question
  # [Statement][Scale]", the items sharing the question (of the ranking,
  # of the statement) in the codebook's order
  t <- write_export(c(paste0(
    '"Response ID","Date submitted","Last page","Start language","dept",',
    '"Main barriers [Rank 1]","Main barriers [Rank 2]",',
    '"Please rate [Peer support][Importance]","Please rate [Peer support][Availability]",',
    '"Please rate [Peer-led groups][Importance]","Please rate [Peer-led groups][Availability]"'),
    '"1","2025-01-01","3","it","D1","Funding","Culture","Low","Mid","High","High"',
    '"2","2025-01-01","3","it","D2","Training","Funding","High","High","Low","Mid"'))
  rt <- utils::read.csv(t, colClasses = "character", check.names = FALSE)
  z <- read_survey(t, cb)
  expect_identical(attr(z, "read")$format, "limesurvey")
  expect_identical(nrow(survey_problems(z)), 0L)
  lab <- function(v, o, l) o[match(v, l)]
  expect_identical(as.character(z$top_1),
                   lab(rt[["Main barriers [Rank 1]"]], opts, c("Funding", "Training", "Culture")))
  expect_identical(as.character(z$top_2),
                   lab(rt[["Main barriers [Rank 2]"]], opts, c("Funding", "Training", "Culture")))
  expect_identical(as.character(z$rate_peer_2),
                   lab(rt[["Please rate [Peer support][Availability]"]], lev, c("Low", "Mid", "High")))
  expect_identical(as.character(z$groups_1),
                   lab(rt[["Please rate [Peer-led groups][Importance]"]], lev, c("Low", "Mid", "High")))
})
