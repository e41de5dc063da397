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
