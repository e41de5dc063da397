# Helpers for the export, figure and report tests: the shipped example
# questionnaire of services, and a reader of Word files that needs no
# package (a .docx is a zip of XML).

services_path <- function(f) system.file("extdata", f, package = "peersurvey")

services_design <- function() {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  s <- read_survey(services_path("services-export.csv"), cb)
  survey_design(s, services_path("services-frame.csv"), strata = "region")
}

# The codebook read as plain CSV, for labels checked against the file
# itself rather than against the package's reading of it
services_codebook_csv <- function() {
  utils::read.csv(services_path("services-codebook.csv"), colClasses = "character",
                  encoding = "UTF-8", check.names = FALSE)
}

# The XML of a Word file's body
docx_xml <- function(path) {
  dir <- tempfile("docx")
  on.exit(unlink(dir, recursive = TRUE))
  utils::unzip(path, files = "word/document.xml", exdir = dir)
  paste(readLines(file.path(dir, "word", "document.xml"), warn = FALSE, encoding = "UTF-8"),
        collapse = "")
}

# The text of every paragraph of a Word file (word/document.xml), with
# XML entities decoded; a table cell is a paragraph of its own
docx_paragraphs <- function(path) {
  xml <- docx_xml(path)
  paras <- regmatches(xml, gregexpr("<w:p[ >].*?</w:p>", xml, perl = TRUE))[[1L]]
  txt <- vapply(paras, function(p) {
    runs <- regmatches(p, gregexpr("<w:t(?: [^>]*)?>[^<]*</w:t>", p, perl = TRUE))[[1L]]
    paste(gsub("<[^>]+>", "", runs), collapse = "")
  }, "", USE.NAMES = FALSE)
  for (e in list(c("&lt;", "<"), c("&gt;", ">"), c("&quot;", "\""), c("&apos;", "'"),
                 c("&#39;", "'"), c("&amp;", "&")))
    txt <- gsub(e[1L], e[2L], txt, fixed = TRUE)
  enc2utf8(trimws(txt))
}

# Cells of a table as it prints (text), non-empty
table_cells <- function(x) {
  df <- as_kable_data(x)
  cells <- unlist(lapply(df, as.character), use.names = FALSE)
  cells[!is.na(cells) & nzchar(trimws(cells))]
}
