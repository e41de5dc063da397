# Helpers for the survey tests: the shipped export, and ways to rewrite it.

survey_export_path <- function()
  system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey")

# Write lines as UTF-8 bytes, with a chosen line end and an optional BOM
write_export <- function(lines, path = tempfile(fileext = ".csv"), eol = "\n", bom = FALSE) {
  txt <- paste0(paste(enc2utf8(lines), collapse = eol), eol)
  bytes <- c(if (bom) as.raw(c(0xef, 0xbb, 0xbf)), charToRaw(txt))
  writeBin(bytes, path)
  path
}

# A text cell left blank ("" or spaces) as missing, as survey_metadata()
# gives it
blank_na <- function(v) replace(v, !is.na(v) & !nzchar(trimws(v)), NA_character_)

# Accents stripped with a table of its own (independent of the package's)
strip_accents_test <- function(x)
  chartr("\u00e0\u00e8\u00e9\u00ec\u00f2\u00f9\u00c0\u00c8\u00c9\u00cc\u00d2\u00d9",
         "aeeiouAEEIOU", x)

# The shipped export as a list of character columns, NA where a field was
# left blank (an empty field or a quoted "").
export_columns <- function() {
  df <- utils::read.csv(survey_export_path(), colClasses = "character",
                        na.strings = character(0), encoding = "UTF-8",
                        check.names = FALSE)
  for (nm in names(df)) df[[nm]][!nzchar(df[[nm]])] <- NA
  df
}

# Rewrite columns as an export: quoted values, NA as an empty field
format_export <- function(df, sep = ",") {
  q <- function(v) ifelse(is.na(v), "", paste0("\"", gsub("\"", "\"\"", v, fixed = TRUE), "\""))
  c(paste(q(names(df)), collapse = sep),
    do.call(paste, c(lapply(unname(as.list(df)), q), sep = sep)))
}

text_items <- function() {
  cb <- survey_codebook()
  unique(cb$item[cb$type == "text"])
}

# A survey of one whole-number item with an outlier (the beds of 8 services)
beds_outlier <- c(3, 4, 10, 16, 20, 25, 30, 950)
beds_survey <- function() {
  f <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,question_en,whole", "unit_id,id,,services,,",
               "beds,number,,Beds,How many beds?,TRUE"), f)
  read_survey(data.frame(unit_id = paste0("U", seq_along(beds_outlier)), beds = beds_outlier),
              survey_codebook(f))
}
# A small questionnaire of its own, with a yes/no filter, written as an
# export would be; shared by the tests of this file
own_files <- function(export_lines) {
  dir <- tempfile("own"); dir.create(dir)
  cbf <- file.path(dir, "codebook.csv")
  writeLines(c(
    "item,section,type,option,label_en,question_en,asked_if",
    "svc_id,profile,id,,community services,,",
    "provider,profile,single,public,Public provider,Who runs the service?,",
    "provider,profile,single,other,Other provider,Who runs the service?,",
    "fte,profile,number,,Staff FTE,Staff (FTE),",
    "paid,peer,single,yes,Yes,Paid peer workers?,",
    "paid,peer,single,no,No,Paid peer workers?,",
    "contract,peer,single,permanent,Permanent,Contract of peer workers,paid",
    "contract,peer,single,fixed,Fixed-term,Contract of peer workers,paid",
    "comments,comments,text,,Comments,Any comments?,"), cbf)
  exf <- file.path(dir, "export.csv")
  writeLines(export_lines, exf)
  list(codebook = survey_codebook(cbf), export = exf)
}
own_export <- c(
  "svc_id,provider,fte,paid,contract,comments",
  "S1,Public provider,10.5,Yes,Permanent,",
  "S2,Publik provider,,Yes,Fixed-term,-",
  "S3,Other provider,8,No,,n/a",
  "S4,Public provider,,,Permanent,NA",
  "S5,,12,Yes,Fixed-term,Need funding",
  "S6,Public provider,7.25,No,,N/A")

# The package's fixed words in `language`, read with base R from the
# shipped words.csv (not through the package)
words_of <- function(key, language) {
  w <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                       colClasses = "character", encoding = "UTF-8", check.names = FALSE,
                       na.strings = character(0))
  out <- w[[language]][match(key, w$key)]
  if (anyNA(out)) stop("no word ", paste(key[is.na(out)], collapse = ", "))
  out
}

# A word template filled by hand: each {field} replaced by its value
fill_by_hand <- function(template, ...) {
  v <- list(...)
  for (k in names(v)) template <- gsub(paste0("{", k, "}"), v[[k]], template, fixed = TRUE)
  template
}

# The numbers of printed text, in the order printed
printed_numbers <- function(text)
  unlist(regmatches(text, gregexpr("[0-9]+(\\.[0-9]+)?", text)))

# The labels of a small codebook whose first language is German or Italian
language_labels <- list(
  de = c(units = "Beratungsdienste", region = "Landesteil", north = "Nordregion",
         south = "S\u00fcdregion", peer = "Besch\u00e4ftigt der Dienst Genesungsbegleiter?",
         yes = "Ja", no = "Nein", kind = "Art des Dienstes", team = "Gemeindeteam",
         ward = "Station"),
  it = c(units = "servizi di consulenza", region = "Area geografica", north = "Area nord",
         south = "Area sud", peer = "Il servizio impiega esperti in supporto tra pari?",
         yes = "S\u00ec", no = "No", kind = "Tipo di servizio", team = "\u00c9quipe territoriale",
         ward = "Reparto"))

# Twelve services in two regions, eight of which answered; the codebook's
# labels in `language` first, then English. One respondent left the yes/no
# filter `peer` blank. Returns the codebook's labels, the survey, the frame
# and the design by region.
language_survey <- function(language) {
  l <- language_labels[[language]]
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  q <- function(x) paste0("\"", x, "\"")
  writeLines(enc2utf8(c(
    sprintf("item,type,option,label_%s,label_en,question_%s,question_en", language, language),
    paste("svc,id,", q(l[["units"]]), "services,,", sep = ","),
    paste("region,single,north", q(l[["north"]]), "North", q(l[["region"]]), "Region", sep = ","),
    paste("region,single,south", q(l[["south"]]), "South", q(l[["region"]]), "Region", sep = ","),
    paste("peer,single,yes", q(l[["yes"]]), "Yes", q(l[["peer"]]), "Peer workers?", sep = ","),
    paste("peer,single,no", q(l[["no"]]), "No", q(l[["peer"]]), "Peer workers?", sep = ","),
    paste("kind,single,team", q(l[["team"]]), "Community team", q(l[["kind"]]),
          "Kind of service", sep = ","),
    paste("kind,single,ward", q(l[["ward"]]), "Ward", q(l[["kind"]]), "Kind of service",
          sep = ","))), f, useBytes = TRUE)
  cb <- survey_codebook(f)
  answers <- data.frame(svc = sprintf("S%02d", c(1:5, 7:9)),
                        peer = c("yes", "yes", "no", "yes", "", "yes", "no", "yes"),
                        kind = c("ward", "team", "ward", "team", "team", "ward", "team", "team"))
  s <- suppressWarnings(read_survey(answers, cb))
  frame <- data.frame(svc = sprintf("S%02d", 1:12), region = rep(c("north", "south"), each = 6))
  list(labels = l, survey = s, frame = frame,
       design = survey_design(s, frame, strata = "region"))
}
