# Tables out of R: one Word file, one spreadsheet, or one CSV file per
# table.  Every writer starts from the same plain frame of a table
# (table_frame()): its row labels as the table prints them, beside the
# numbers of table_values(), so that what a co-author reads in the
# spreadsheet is what the table shows, to full precision.

# ---- words of the exports ---------------------------------------------------

# Words of the exports, from the package's table of words (English where a
# language has none)
export_word <- function(key, language = "en", ...) word_fill(key, language, ...)

# ---- the plain frame of a table -----------------------------------------------

# Columns of table_values() that hold proportions (0-1): written as numbers
# with a per cent format in a spreadsheet, so that the cell reads "55.7%"
# and holds 0.557...
export_prop_cols <- c("estimate", "lower", "upper", "cumulative", "text_estimate",
                      "text_lower", "text_upper")

# One row per row of numbers: `label` (the row as the table labels it),
# the codes, then the numbers of table_values(); the counts by level of a
# Likert layout (a list column) spread into one column per level
table_frame <- function(x) {
  vals <- table_values(x)
  if (is.null(vals) || !is.data.frame(vals))
    abort("`tables` must hold tables from survey_tables() or paper_tables()",
          "peersurvey_bad_argument")
  vals <- as.data.frame(unclass(vals), stringsAsFactors = FALSE, optional = TRUE)
  lang <- table_language(x)
  cells <- as_kable_data(x)
  label <- if (nrow(cells) == nrow(vals) && ncol(cells)) as.character(cells[[1L]])
           else if (!is.null(vals$label)) vals$label
           else vapply(as.character(vals$option), export_stat_label, "", language = lang)
  out <- data.frame(label = label, stringsAsFactors = FALSE)
  spread <- list()
  for (nm in names(vals)) {
    v <- vals[[nm]]
    if (nm == "label") next
    if (is.list(v)) {
      # counts by level (the impact layout): one numeric column per level
      m <- do.call(rbind, lapply(v, function(e) as.numeric(e)))
      codes <- names(v[[1L]]) %||% paste0("level", seq_len(ncol(m)))
      for (j in seq_len(ncol(m))) spread[[paste0("n_", codes[j])]] <- m[, j]
      next
    }
    out[[nm]] <- if (is.factor(v)) as.character(v) else v
  }
  for (nm in names(spread)) out[[nm]] <- spread[[nm]]
  # the label and codes, then counts, bases and shares, then the rest
  first <- c("label", "option", "group", "item", "n", "N", "estimate", "lower", "upper")
  out <- out[c(intersect(first, names(out)), setdiff(names(out), first))]
  rownames(out) <- NULL
  out
}

# The label of a summary statistic of a number table
export_stat_label <- function(code, language) {
  switch(code, n = word("answered_n", language), sum = word("sum", language),
         blank = word("no_answer", language), invalid = word("invalid", language),
         export_word(code, language))
}

# Headers of the spreadsheet, in the language of the table
export_headers <- function(frame, x) {
  lang <- table_language(x)
  cells <- names(x)
  conf <- export_ci_level(x)
  levels_shown <- if (identical(attr(x, "figure", exact = TRUE), "likert_items")) cells[2L + seq_len(ncol(x) - 3L)]
  lev_i <- 0L
  vapply(names(frame), function(nm) {
    text <- startsWith(nm, "text_")
    base <- sub("^text_", "", nm)
    h <- switch(base,
      label = if (length(cells)) cells[1L] else word("option", lang),
      option = , group = , item = export_word("code", lang),
      n = "n", N = export_word("base", lang), estimate = "%",
      lower = paste0(export_word("ci_level", lang, conf = conf), ", ",
                     lower_first(export_word("lower", lang))),
      upper = paste0(export_word("ci_level", lang, conf = conf), ", ",
                     lower_first(export_word("upper", lang))),
      cumulative = word("cumulative", lang), value = word("value", lang),
      rung = word("rung", lang), row_type = "row_type",
      if (startsWith(nm, "n_")) {
        lev_i <<- lev_i + 1L
        paste0("n: ", if (lev_i <= length(levels_shown)) levels_shown[lev_i]
                      else substring(nm, 3L))
      } else nm)
    if (text) paste0(sub(",.*$", "", word("text_n", lang)), ": ", h) else h
  }, "", USE.NAMES = FALSE)
}

# The confidence level a table states ("95" unless its header says other)
export_ci_level <- function(x) {
  h <- grep("[0-9]+\\s?%", names(x), value = TRUE)
  m <- regmatches(h, regexpr("[0-9]+(\\.[0-9]+)?\\s?%", h))
  if (length(m)) sub("\\s?%", "", m[1L]) else "95"
}

# ---- the writer -------------------------------------------------------------

#' Write tables to Word, a spreadsheet or CSV files
#'
#' Writes the tables of [survey_tables()] or [paper_tables()] (or a single
#' table) to a file whose kind follows the extension of `path`:
#' * `.docx`: one Word document, one table per page, each with its caption
#'   above and its notes as footnotes below, through
#'   [as_flextable()][as_flextable.peer_table]
#'   (needs the flextable and officer packages);
#' * `.xlsx`: one spreadsheet, one sheet per table (needs openxlsx). Each
#'   sheet has the caption in its first row, the notes in one cell of its
#'   second, a header in the third, then one row per row of the table and
#'   nothing below: its label as the table prints it, the codes, and the
#'   numbers behind the table as numbers, not text: counts `n`, bases `N`,
#'   and the proportions `estimate`, `lower`, `upper` (stored as
#'   proportions, shown with a per cent format, so that a cell reads 55.7%
#'   and holds 0.557...; a number the table does not have is an empty
#'   cell). Reading a sheet back with `openxlsx::read.xlsx(path, sheet,
#'   startRow = 3)` gives one row per row of [table_values()], with its
#'   numbers;
#' * `.csv`: no package needed. `path` itself lists the tables (name,
#'   file, caption, notes) and each table goes to a file of its own beside
#'   it, named `<path without .csv>-<table name>.csv`, with the columns of
#'   the spreadsheet under the names of [table_values()] (`label`, the
#'   codes, `n`, `N`, `estimate`, ...; proportions 0-1).
#'
#' With `problems`, the data problems of the survey ([survey_problems()])
#' are added when there are any: a last table in Word, a last sheet in the
#' spreadsheet, a file `<path without .csv>-problems.csv`.
#'
#' @param tables A list of tables from [survey_tables()] or
#'   [paper_tables()], or a single table of them.
#' @param path The file to write, ending in `.docx`, `.xlsx` or `.csv`.
#' @param problems `NULL`, or the survey (a `peer_survey` from
#'   [read_survey()], or a `peer_design` from [survey_design()]) whose
#'   problems to list, or a data frame as returned by [survey_problems()].
#' @param overwrite Replace `path` (and the CSV files of the tables) when
#'   they exist.
#' @return `path`, invisibly (for `.csv`, with the paths of the table
#'   files in attribute `"files"`).
#' @seealso [as_flextable()][as_flextable.peer_table] for one table in Word,
#'   PowerPoint or HTML.
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#' tabs <- survey_tables(s, items = c("peer_roles", "satisfaction"))
#' out <- write_tables(tabs, tempfile(fileext = ".csv"))
#' read.csv(attr(out, "files")[["peer_roles"]])
#' if (requireNamespace("openxlsx", quietly = TRUE)) {
#'   f <- write_tables(tabs, tempfile(fileext = ".xlsx"), problems = s)
#'   openxlsx::read.xlsx(f, sheet = 1, startRow = 3)
#' }
#' if (requireNamespace("flextable", quietly = TRUE) &&
#'     requireNamespace("officer", quietly = TRUE)) {
#'   write_tables(tabs, tempfile(fileext = ".docx"))
#' }
#' @export
write_tables <- function(tables, path, problems = NULL, overwrite = TRUE) {
  tables <- export_tables(tables)
  if (!is.character(path) || length(path) != 1L || is.na(path) || !nzchar(path))
    abort(sprintf("`path` must be a single file path, not %s", show_values(path, 1L)),
          "peersurvey_bad_argument")
  check_flag(overwrite, "overwrite")
  ext <- tolower(path_ext(path))
  if (!ext %in% c("docx", "xlsx", "csv"))
    abort(sprintf("`path` must end in .docx, .xlsx or .csv, not %s", show_values(path)),
          "peersurvey_bad_argument")
  dir <- dirname(path)
  if (!dir.exists(dir))
    abort(sprintf("`path` is in a folder that does not exist: %s", show_values(dir)),
          "peersurvey_bad_argument")
  if (!overwrite && file.exists(path))
    abort(sprintf("`path` exists and `overwrite` is FALSE: %s", show_values(path)),
          "peersurvey_bad_argument")
  prob <- export_problems(problems, export_language(tables))
  switch(ext,
         docx = write_tables_docx(tables, path, prob),
         xlsx = write_tables_xlsx(tables, path, prob),
         csv = write_tables_csv(tables, path, prob, overwrite))
}

path_ext <- function(path) {
  m <- regmatches(path, regexpr("\\.([[:alnum:]]+)$", path))
  if (length(m)) substring(m, 2L) else ""
}

# A named list of peer_table, from a peer_tables list, a plain list of
# tables or one table
export_tables <- function(tables) {
  if (inherits(tables, "peer_table")) {
    item <- attr(tables, "item", exact = TRUE)
    nm <- if (!is.null(item) && !is.na(item) && nzchar(item)) item
          else if (nzchar(table_kind(tables))) table_kind(tables) else "table"
    tables <- stats::setNames(list(tables), nm)
  }
  if (!is.list(tables) || is.data.frame(tables) || !length(tables))
    abort(sprintf(paste("`tables` must be tables from survey_tables() or paper_tables(),",
                        "or one such table, not %s"),
                  if (is.list(tables) && !length(tables)) "an empty list"
                  else class(tables)[1L]), "peersurvey_bad_argument")
  ok <- vapply(tables, inherits, NA, what = "peer_table")
  if (!all(ok))
    abort(sprintf("`tables` must hold only tables (class peer_table): element %s is %s",
                  which(!ok)[1L], class(tables[[which(!ok)[1L]]])[1L]),
          "peersurvey_bad_argument")
  nms <- names(tables) %||% rep("", length(tables))
  nms[is.na(nms) | !nzchar(nms)] <- paste0("table", seq_along(tables))[is.na(nms) | !nzchar(nms)]
  names(tables) <- make.unique(nms, sep = "_")
  unclass(tables)
}

# The problems to list, as a data frame (NULL when none), their reasons in
# the language of the tables (as the headers of the problems table are)
export_problems <- function(problems, language = "en") {
  if (is.null(problems)) return(NULL)
  # other languages of a codebook have no fixed words of their own: English
  if (!language %in% word_languages()) language <- "en"
  problems <- survey_of_design(problems)
  if (inherits(problems, "peer_survey"))
    problems <- survey_problems(problems, language = language)
  else if (is.data.frame(problems) && is.character(problems$reason))
    problems$reason <- translate_words(problems$reason, language, "reason_")
  if (!is.data.frame(problems))
    abort(sprintf(paste("`problems` must be a survey from read_survey(), a design from",
                        "survey_design() or a data frame of survey_problems(), not %s"),
                  class(problems)[1L]), "peersurvey_bad_argument")
  if (!nrow(problems)) return(NULL)
  as.data.frame(lapply(problems, function(v) if (is.factor(v)) as.character(v) else v),
                stringsAsFactors = FALSE, optional = TRUE)
}

# Headers of the problems table, in a language
export_problem_headers <- function(prob, language) {
  vapply(names(prob), function(nm) {
    w <- word(nm, language)
    if (identical(w, nm)) nm else w
  }, "", USE.NAMES = FALSE)
}

export_language <- function(tables) {
  langs <- vapply(tables, table_language, "")
  langs[1L]
}

# ---- Word -----------------------------------------------------------------------

write_tables_docx <- function(tables, path, prob) {
  need_package("flextable", "Writing tables to Word")
  need_package("officer", "Writing tables to Word")
  doc <- officer::read_docx()
  for (i in seq_along(tables)) {
    # a page of its own for every table after the first
    if (i > 1L) doc <- officer::body_add_break(doc)
    doc <- officer::body_add_par(doc, "", style = "Normal")
    doc <- flextable::body_add_flextable(doc, flextable::as_flextable(tables[[i]]),
                                         align = "left")
  }
  if (!is.null(prob)) {
    lang <- export_language(tables)
    doc <- officer::body_add_break(doc)
    ft <- flextable_frame(prob, export_problem_headers(prob, lang), word("problems", lang),
                          notes = character(), language = lang)
    doc <- flextable::body_add_flextable(doc, ft, align = "left")
  }
  print(doc, target = path)
  invisible(path)
}

# ---- spreadsheet ------------------------------------------------------------------

# A sheet name Excel accepts: at most 31 characters, none of []:*?/\,
# unique in the workbook
export_sheet_names <- function(nms) {
  s <- gsub("[]:*?/\\\\[]", "_", nms)
  s <- substr(s, 1L, 31L)
  for (i in seq_along(s)) {
    k <- 1L
    base <- s[i]
    while (tolower(s[i]) %in% tolower(s[seq_len(i - 1L)])) {
      k <- k + 1L
      suffix <- paste0("_", k)
      s[i] <- paste0(substr(base, 1L, 31L - nchar(suffix)), suffix)
    }
  }
  s
}

write_tables_xlsx <- function(tables, path, prob) {
  need_package("openxlsx", "Writing tables to a spreadsheet")
  wb <- openxlsx::createWorkbook()
  sheets <- export_sheet_names(c(names(tables), if (!is.null(prob)) "problems"))
  bold <- openxlsx::createStyle(textDecoration = "bold")
  head <- openxlsx::createStyle(textDecoration = "bold", border = "bottom",
                                wrapText = TRUE, valign = "top")
  pct <- openxlsx::createStyle(numFmt = "0.0%")
  italic <- openxlsx::createStyle(textDecoration = "italic")
  for (i in seq_along(tables)) {
    x <- tables[[i]]
    sh <- sheets[i]
    openxlsx::addWorksheet(wb, sh)
    frame <- table_frame(x)
    headers <- export_headers(frame, x)
    openxlsx::writeData(wb, sh, table_caption(x), startRow = 1L, startCol = 1L)
    openxlsx::addStyle(wb, sh, bold, rows = 1L, cols = 1L)
    # the notes above the header, so that reading from the header gives the
    # table's rows and nothing else
    notes <- table_notes(x)
    if (length(notes)) {
      openxlsx::writeData(wb, sh, paste(notes, collapse = " "), startRow = 2L, startCol = 1L)
      openxlsx::addStyle(wb, sh, italic, rows = 2L, cols = 1L)
    }
    body <- frame
    names(body) <- make.unique(headers, sep = " ")
    openxlsx::writeData(wb, sh, body, startRow = 3L, startCol = 1L, headerStyle = head)
    rows <- 3L + seq_len(nrow(frame))
    for (j in which(names(frame) %in% export_prop_cols))
      if (length(rows)) openxlsx::addStyle(wb, sh, pct, rows = rows, cols = j, stack = TRUE)
    openxlsx::setColWidths(wb, sh, cols = 1L,
                           widths = min(60, max(12, nchar(frame$label), na.rm = TRUE)))
    if (ncol(frame) > 1L)
      openxlsx::setColWidths(wb, sh, cols = 2L:ncol(frame), widths = 14)
  }
  if (!is.null(prob)) {
    sh <- sheets[length(sheets)]
    lang <- export_language(tables)
    openxlsx::addWorksheet(wb, sh)
    openxlsx::writeData(wb, sh, word("problems", lang), startRow = 1L)
    openxlsx::addStyle(wb, sh, bold, rows = 1L, cols = 1L)
    body <- prob
    names(body) <- make.unique(export_problem_headers(prob, lang), sep = " ")
    openxlsx::writeData(wb, sh, body, startRow = 3L, headerStyle = head)
  }
  openxlsx::saveWorkbook(wb, path, overwrite = TRUE)
  invisible(path)
}

# ---- CSV ----------------------------------------------------------------------------

write_tables_csv <- function(tables, path, prob, overwrite) {
  stem <- sub("\\.[Cc][Ss][Vv]$", "", path)
  safe <- gsub("[^[:alnum:]_.-]+", "_", names(tables))
  files <- paste0(stem, "-", safe, ".csv")
  prob_file <- if (!is.null(prob)) paste0(stem, "-problems.csv")
  if (!overwrite) {
    there <- file.exists(c(files, prob_file))
    if (any(there))
      abort(sprintf("files exist and `overwrite` is FALSE: %s",
                    show_values(c(files, prob_file)[there])), "peersurvey_bad_argument")
  }
  for (i in seq_along(tables))
    export_write_csv(table_frame(tables[[i]]), files[i])
  index <- data.frame(table = names(tables), file = basename(files),
                      caption = vapply(tables, table_caption, ""),
                      notes = vapply(tables, function(x) paste(table_notes(x), collapse = " "),
                                     ""),
                      stringsAsFactors = FALSE)
  if (!is.null(prob)) {
    export_write_csv(prob, prob_file)
    index <- rbind(index, data.frame(table = "problems", file = basename(prob_file),
                                     caption = word("problems", export_language(tables)),
                                     notes = "", stringsAsFactors = FALSE))
  }
  export_write_csv(index, path)
  out <- path
  attr(out, "files") <- stats::setNames(c(files, prob_file),
                                        c(names(tables), if (!is.null(prob)) "problems"))
  invisible(out)
}

# UTF-8, every digit of a double kept (read.csv() gives back the same number)
export_write_csv <- function(df, file) {
  num <- vapply(df, is.double, NA)
  df[num] <- lapply(df[num], function(v) {
    out <- sprintf("%.17g", v)
    out[is.na(v)] <- NA_character_
    out
  })
  con <- file(file, open = "w", encoding = "UTF-8")
  on.exit(close(con))
  utils::write.csv(df, con, row.names = FALSE, na = "", quote = which(!num))
  invisible(file)
}
