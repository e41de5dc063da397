# Codebooks written by the tools the questionnaire was built with: a REDCap
# data dictionary, or the value labels of an SPSS or Stata file.

#' A codebook from a REDCap data dictionary
#'
#' Turns a REDCap data dictionary (the CSV REDCap downloads as "Data
#' Dictionary") into a package codebook, so that a REDCap project needs no
#' codebook written by hand:
#' * the first field (usually `record_id`) is the unit's id, its field label
#'   the id's question (the heading of the id column in an export of labels);
#' * `radio` and `dropdown` fields are single-choice items, their choices
#'   `"1, Label | 2, Label"` the options (raw codes as option codes; a
#'   choice that is not "code, label", a code given twice or a choice
#'   without a label is an error naming the field, its row and the
#'   choice); radio
#'   fields of a matrix (the "Matrix Group Name" column) are Likert items
#'   whose scale is the matrix; a choice labelled as a non-answer in
#'   English, Italian, French, German or Spanish ("Don't know", "Not
#'   applicable", "Non so", "Je ne sais pas", "Keine Angabe", "No aplica",
#'   ...: the words `read_survey()` takes as non-answers) is a
#'   declared non-answer (`missing`);
#'   `yesno` and `truefalse` fields are yes/no items, and so is a radio or
#'   dropdown field whose only choices are `"1, Yes | 0, No"` (or "Sì" and
#'   "No", in the languages `read_survey()` reads yes and no in);
#' * `checkbox` fields are check-all-that-apply items; a choice with a
#'   negative or other code (`-99`) is read from the column REDCap writes
#'   for it (`field____99`);
#' * `text` fields validated as `integer` or as a number (`number`,
#'   `number_2dp`, `number_comma_decimal`, `number_1dp_comma_decimal` and
#'   the other `number_*` validations) are numbers, `integer` as whole;
#'   `calc` and `slider` fields are numbers. Their bounds are the
#'   validation minimum and maximum (`min`, `max`) and nothing else, as in
#'   REDCap: without a minimum a number may be negative (`min` is `-Inf`);
#'   a slider runs from 0 to 100 unless they say otherwise. A minimum or
#'   maximum that is not a number (a piped field) is left out with a
#'   warning naming the field. Other `text` and `notes` fields are free
#'   text; `descriptive` and `file` fields are left out;
#' * branching logic of the simple form `[item] = '1'` on a yes/no item
#'   (such as a radio field `"1, Yes | 0, No"`) becomes `asked_if`; other
#'   branching logic (on a field of other choices, `[item] = '2'`,
#'   `[roles(1)] = '1'`, combined conditions) cannot be written as
#'   `asked_if`, is not applied, and is reported in a warning naming the
#'   fields: a check-all item it hides is then read as [read_survey()]
#'   reads the checkboxes of a REDCap export where no filter applies;
#' * a checkbox choice made exclusive by the `@NONEOFTHEABOVE` action tag
#'   (in the "Field Annotation" column) whose label is not read as "None of
#'   these" (see [survey_tables()]) is named in a warning;
#' * the field label is each item's question (and the label of text and
#'   number items), the form name its section.
#'
#' @param path Path of the data dictionary CSV (or a data frame of it, its
#'   column names as the download writes them, as `read.csv()` makes them,
#'   `Field.Type`, or as REDCap's API and REDCapR name them, `field_type`).
#' @param unit The unit's name in the plural, as tables say it (such as
#'   `"departments"`).
#' @param language The language code of the labels (`"en"`, `"it"`, ...).
#' @return A codebook (class `peer_codebook`), checked as
#'   [survey_codebook()] checks a file.
#' @examples
#' dd <- data.frame(
#'   "Variable / Field Name" = c("record_id", "region", "peer", "roles", "n_peer"),
#'   "Form Name" = "survey",
#'   "Field Type" = c("text", "radio", "yesno", "checkbox", "text"),
#'   "Field Label" = c("Service", "Region", "Peer support workers?", "Roles",
#'                     "Number of peer support workers"),
#'   "Choices, Calculations, OR Slider Labels" = c("", "1, North | 2, South", "",
#'                                                 "1, Groups | 2, Advocacy", ""),
#'   "Text Validation Type OR Show Slider Number" = c("", "", "", "", "integer"),
#'   "Text Validation Min" = "", "Text Validation Max" = "",
#'   "Branching Logic (Show field only if...)" = c("", "", "", "[peer] = '1'",
#'                                                 "[peer] = '1'"),
#'   check.names = FALSE)
#' codebook_from_redcap(dd, unit = "services")
#' @export
codebook_from_redcap <- function(path, unit = "units", language = "en") {
  dd <- if (is.data.frame(path)) path else {
    if (!is.character(path) || length(path) != 1L || !file.exists(path))
      abort(sprintf("`path` must be the path of a REDCap data dictionary, not %s",
                    show_values(path, 1L)), "peersurvey_bad_argument")
    codebook_read(path, comment = FALSE)
  }
  codebook_from_check(unit, language)
  # column names as the download writes them ("Field Type"), as read.csv()
  # makes them ("Field.Type") or as the API and REDCapR name them
  # ("field_type", "select_choices_or_calculations")
  dd_names <- trimws(gsub("[^a-z0-9]+", " ", tolower(names(dd))))
  col <- function(pattern) {
    j <- grep(pattern, dd_names)[1L]
    if (is.na(j)) rep("", nrow(dd)) else {
      v <- as.character(dd[[j]])
      v[is.na(v)] <- ""
      trimws(v)
    }
  }
  field <- tolower(col("^(variable|field name$)"))
  if (!any(nzchar(field)))
    abort("`path` has no column \"Variable / Field Name\": is it a REDCap data dictionary?",
          "peersurvey_bad_argument")
  if (!any(grepl("^field type$", dd_names)))
    abort("`path` has no column \"Field Type\": is it a REDCap data dictionary?",
          "peersurvey_bad_argument")
  form <- col("^form( name)?$")
  type <- tolower(col("^field type$"))
  label <- html_text(col("^field label$"))
  choices <- col("^(select )?choices")
  valid <- tolower(col("^text validation type"))
  vmin <- col("^text validation min")
  vmax <- col("^text validation max")
  branch <- col("^branching")
  matrix_group <- col("^matrix group")
  annotation <- col("^field annotation$")
  unnamed_none <- character()
  rows <- list()
  skipped_logic <- character()
  skipped_bound <- character()
  add <- function(..., scale = "", missing = FALSE)
    rows[[length(rows) + 1L]] <<- data.frame(..., scale = scale, missing = missing,
                                             stringsAsFactors = FALSE)
  # a radio or dropdown field with the two choices "1, Yes | 0, No" (in the
  # languages of the yes and no words) is a yes/no item, as a yesno field
  yes_radio <- vapply(seq_along(field), function(i) {
    if (!type[i] %in% c("radio", "dropdown") || nzchar(matrix_group[i])) return(FALSE)
    opts <- redcap_choices(choices[i])
    labelled_yesno(data.frame(code = opts$code, label = opts$label,
                              missing = rep(FALSE, nrow(opts)), stringsAsFactors = FALSE))
  }, NA)
  yesno <- field[type %in% c("yesno", "truefalse") | yes_radio]
  for (i in seq_along(field)) {
    f <- field[i]
    t <- type[i]
    if (!nzchar(f) || t %in% c("descriptive", "file")) next
    asked <- ""
    if (nzchar(branch[i])) {
      m <- regmatches(branch[i], regexec("^\\s*\\[([a-z0-9_]+)\\]\\s*=\\s*['\"]?1['\"]?\\s*$",
                                         branch[i], perl = TRUE))[[1L]]
      if (length(m) == 2L && m[2L] %in% yesno) asked <- m[2L]
      else skipped_logic <- c(skipped_logic, f)
    }
    base <- list(item = f, section = form[i], question = label[i], asked_if = asked)
    opts <- redcap_choices(choices[i])
    if (t %in% c("radio", "dropdown", "checkbox")) redcap_check_choices(opts, choices[i], f, i)
    # a checkbox's exclusive choice (@NONEOFTHEABOVE) whose label is not read
    # as "None of these"
    excl <- if (t == "checkbox") redcap_none_tag(annotation[i]) else character()
    if (length(excl) &&
        is.na(none_option(stats::setNames(data.frame(opts$code, opts$label), c("option", "label_x")))))
      unnamed_none <- c(unnamed_none, sprintf("%s (%s)", f, show_values(
        opts$label[opts$code %in% excl])))
    if (i == 1L) {
      # the record id's field label is its question: the heading of the id
      # column in an export of labels ("ID servizio")
      add(item = f, section = form[i], type = "id", option = "", label = unit,
          question = label[i], min = "", max = "", whole = FALSE, asked_if = "")
    } else if (yes_radio[i]) {
      add(item = f, section = form[i], type = "single", option = c("yes", "no"),
          label = opts$label[match(c("1", "0"), opts$code)], question = label[i],
          min = "", max = "", whole = FALSE, asked_if = asked)
    } else if (t %in% c("radio", "dropdown", "checkbox") && nrow(opts)) {
      likert <- t == "radio" && nzchar(matrix_group[i])
      dk <- nonanswer_label(opts$label)
      add(item = f, section = form[i],
          type = if (t == "checkbox") "multi" else if (likert) "likert" else "single",
          option = opts$code, label = opts$label, question = label[i], min = "", max = "",
          whole = FALSE, asked_if = asked, scale = if (likert) matrix_group[i] else "",
          missing = dk & t != "checkbox")
    } else if (t %in% c("yesno", "truefalse")) {
      add(item = f, section = form[i], type = "single", option = c("yes", "no"),
          label = if (t == "yesno") c(word("label_yes", language), word("label_no", language))
                  else c(word("label_true", language), word("label_false", language)),
          question = label[i], min = "", max = "", whole = FALSE, asked_if = asked)
    } else if ((t == "text" && redcap_number(valid[i])) || t %in% c("calc", "slider")) {
      # REDCap bounds a number only by the validation minimum and maximum (a
      # slider runs from 0 to 100 unless they say otherwise)
      whole <- t == "text" && valid[i] %in% c("integer", "int")
      lo <- redcap_bound(vmin[i], valid[i])
      hi <- redcap_bound(vmax[i], valid[i])
      if (is.na(lo) || is.na(hi)) {
        skipped_bound <- c(skipped_bound, f)
        lo[is.na(lo)] <- ""
        hi[is.na(hi)] <- ""
      }
      add(item = f, section = form[i], type = "number", option = "", label = label[i],
          question = label[i], min = if (nzchar(lo)) lo else if (t == "slider") "0" else "-Inf",
          max = if (nzchar(hi)) hi else if (t == "slider") "100" else "", whole = whole,
          asked_if = asked)
    } else {
      add(item = f, section = form[i], type = "text", option = "", label = label[i],
          question = label[i], min = "", max = "", whole = FALSE, asked_if = asked)
    }
  }
  if (length(skipped_logic)) {
    boxes <- intersect(skipped_logic, field[type == "checkbox"])
    warn(sprintf(paste("branching logic of %s is not of the form [item] = '1' on a yes/no",
                       "item and is not kept as `asked_if`%s"), show_values(skipped_logic),
                 if (length(boxes))
                   sprintf(paste0(": where the form holds other answers, a unit ticking no",
                                  " option of %s (never shown the question, or answering it",
                                  " with nothing ticked) counts as ticking none; set",
                                  " `asked_if` in the codebook to leave out those not asked"),
                           show_values(boxes))
                 else ""),
         "peersurvey_branching")
  }
  if (length(unnamed_none))
    warn(sprintf(paste("@NONEOFTHEABOVE marks choices not read as \"None of these\" in %s:",
                       "label the choice \"None of these\" (or \"None\", \"Nessuno\", ...) for",
                       "tables to show it as the row of units ticking none, and for a unit",
                       "ticking no choice at all to be read as not answering"),
                 paste(unnamed_none, collapse = ", ")), "peersurvey_none_option")
  if (length(skipped_bound))
    warn(sprintf(paste("validation minimum or maximum of %s is not a number and is not kept",
                       "as `min` or `max`"), show_values(skipped_bound)),
         "peersurvey_bounds")
  cb <- do.call(rbind, rows)
  names(cb)[names(cb) == "label"] <- paste0("label_", language)
  names(cb)[names(cb) == "question"] <- paste0("question_", language)
  cb$min[is.na(cb$min)] <- ""
  cb$max[is.na(cb$max)] <- ""
  check_codebook(cb)
}

# Whether a text validation of REDCap is a number: `integer`, `number` and
# its variants (`number_2dp`, `number_comma_decimal`,
# `number_1dp_comma_decimal`, ...), and the older names `int` and `float`
redcap_number <- function(valid) {
  valid %in% c("integer", "int", "float") | grepl("^number(_[a-z0-9_]+)?$", valid)
}

# A validation minimum or maximum as codebook text, NA when it is no number
# (a piped "[field]"); "" when there is none. Under a comma-decimal
# validation it may be written with a decimal comma.
redcap_bound <- function(x, valid) {
  if (!nzchar(x)) return("")
  y <- gsub("\\s", "", x)
  if (grepl("comma_decimal", valid, fixed = TRUE)) y <- sub(",", ".", y, fixed = TRUE)
  if (!grepl("^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$", y)) NA_character_ else y
}

# The choices of a radio, dropdown or checkbox field (row `i` of the
# dictionary): each "code, label", with a code given once and a label
redcap_check_choices <- function(opts, x, field, i) {
  parts <- trimws(strsplit(x, "|", fixed = TRUE)[[1L]])
  parts <- parts[nzchar(parts)]
  at <- sprintf("field \"%s\" (row %d of the dictionary)", field, i)
  bad <- which(!grepl("^[^,]*[^,[:space:]][^,]*,", parts))
  if (length(bad))
    abort(sprintf(paste("`path` has choice %s of %s, which is not \"code, label\":",
                        "write each choice as its code, a comma and its label, such as",
                        "\"1, Yes | 2, No\""), show_values(parts[bad[1L]]), at),
          "peersurvey_bad_argument")
  dup <- unique(opts$code[duplicated(opts$code)])
  if (length(dup))
    abort(sprintf("`path` has choice code %s more than once in %s: %s", show_values(dup[1L]),
                  at, show_values(parts[opts$code == dup[1L]])), "peersurvey_bad_argument")
  blank <- which(!nzchar(opts$label))
  if (length(blank))
    abort(sprintf("`path` has choice %s of %s without a label", show_values(parts[blank[1L]]),
                  at), "peersurvey_bad_argument")
  # a label that is another choice's code ("1, 0 | 2, 1 | 3, 2"): an answer
  # "1" could be either choice, in an export of codes or of labels
  lab <- fold_text(opts$label)
  clash <- which(lab %in% fold_text(opts$code) & lab != fold_text(opts$code))
  if (length(clash)) {
    k <- clash[1L]
    other <- which(fold_text(opts$code) == lab[k])[1L]
    abort(sprintf(paste("`path` has choice %s of %s, whose label is the code of choice %s:",
                        "an answer %s could be either; label the choices so that no",
                        "label is another choice's code, in words or with a unit",
                        "(\"%s, %s site(s)\"), in REDCap or in the dictionary file"),
                  show_values(parts[k]), at, show_values(parts[other]),
                  show_values(opts$label[k]), opts$code[k], opts$label[k]),
          "peersurvey_bad_argument")
  }
  invisible(TRUE)
}

# The codes a field annotation's @NONEOFTHEABOVE action tag names
# (`@NONEOFTHEABOVE='99'`, `=99`, `="98,99"`), lower case as choice codes
# are read; none when it has no such tag
redcap_none_tag <- function(x) {
  m <- regmatches(x, regexec("@NONEOFTHEABOVE\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^[:space:]'\"]+)",
                             x, perl = TRUE))[[1L]]
  if (length(m) < 2L) return(character())
  v <- trimws(strsplit(gsub("^['\"]|['\"]$", "", m[2L]), ",", fixed = TRUE)[[1L]])
  tolower(v[nzchar(v)])
}

# "1, Label | 2, Label" as data.frame(code, label)
redcap_choices <- function(x) {
  if (!nzchar(x)) return(data.frame(code = character(), label = character()))
  parts <- trimws(strsplit(x, "|", fixed = TRUE)[[1L]])
  parts <- parts[nzchar(parts)]
  code <- tolower(trimws(sub(",.*$", "", parts)))
  label <- html_text(sub("^[^,]*,", "", parts))
  data.frame(code = code, label = label, stringsAsFactors = FALSE)
}

# Text of REDCap's rich-text labels: tags dropped, character entities
# (named, as HTML 4 names Latin-1 and punctuation, and numeric) decoded, spaces
# (non-breaking ones too) squeezed
html_entities <- c(
  stats::setNames(intToUtf8(160:255, multiple = TRUE), c(
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy",
    "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute",
    "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
    "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash",
    "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute",
    "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc",
    "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute",
    "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml")),
  amp = "&", lt = "<", gt = ">", quot = "\"", apos = "'", ndash = "\u2013", mdash = "\u2014",
  lsquo = "\u2018", rsquo = "\u2019", ldquo = "\u201c", rdquo = "\u201d",
  hellip = "\u2026", euro = "\u20ac", bull = "\u2022")

html_text <- function(x) {
  x <- gsub("<[^>]+>", "", gsub("<(br|/?(p|div|li|ul|ol|tr|td|h[1-6]))\\b[^>]*>", " ", x,
                                ignore.case = TRUE))
  out <- vapply(x, function(s) {
    if (is.na(s) || !grepl("&", s, fixed = TRUE)) return(s)
    m <- gregexpr("&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);", s)
    ent <- regmatches(s, m)[[1L]]
    rep <- vapply(ent, function(e) {
      body <- substr(e, 2L, nchar(e) - 1L)
      cp <- if (grepl("^#[xX]", body)) strtoi(substring(body, 3L), 16L)
            else if (startsWith(body, "#")) strtoi(substring(body, 2L), 10L)
      if (!is.null(cp)) return(if (!is.na(cp) && cp > 0L && cp < 0x110000L) intToUtf8(cp) else e)
      v <- html_entities[body]
      if (is.na(v)) e else v
    }, "")
    regmatches(s, m) <- list(rep)
    s
  }, "", USE.NAMES = FALSE)
  trimws(gsub("[[:space:]\u00a0]+", " ", out))
}

# Value labels of a yes/no question: 1 labelled yes and 0 labelled no (in
# the languages of the yes and no words read_survey() knows), and besides
# them only values declared missing
labelled_yesno <- function(codes) {
  codes <- codes[!codes$missing, , drop = FALSE]
  if (nrow(codes) != 2L || !setequal(codes$code, c("0", "1")))
    return(FALSE)
  lab <- fold_text(codes$label[match(c("1", "0"), codes$code)])
  lab[1L] %in% c("si", "yes", "ja", "oui", "sim") && lab[2L] %in% c("no", "nein", "non", "nao")
}

#' A codebook from labelled data (SPSS, Stata)
#'
#' Seeds a codebook from a data frame read by haven (or any data frame):
#' columns with value labels become single-choice items whose options are
#' the values (written as a CSV export writes them: `1`, `2`, `1.5`) and
#' whose labels are the value labels (a column labelling only 1 as yes and
#' 0 as no, "Sì"/"No", "Yes"/"No", is a yes/no item, read as logical,
#' as is a logical column);
#' values SPSS declares user-missing
#' (`na_values`, `na_range` of `haven::labelled_spss()`, as
#' `haven::read_sav(user_na = TRUE)` keeps them) are declared non-answers
#' (`missing`); other numeric columns become numbers, character columns
#' free text; the variable labels (the `label` attribute) become the items'
#' questions.
#'
#' A labelled numeric column is a number, not a choice, when all its value
#' labels are declared missing (a count whose only label is its
#' user-missing code, -9 = "Not asked", or Stata's tagged missing values),
#' or when the data hold more distinct unlabelled values (at least two)
#' than it has labelled answers (a count labelling only 0 = "None"). A
#' number item cannot list missing codes, so its bounds leave them out:
#' codes below the values of the data are excluded by `min` (0 when the
#' codes are negative and the data are not, as -9 is), codes above them by
#' `max` (98 for 99 = "Refused" above ages); a code read as a number is
#' then reported by [survey_problems()], never counted. Without such codes
#' a number has no bound (`min` is `-Inf`). Codes among the values of the
#' data cannot be left out by bounds and are named in a warning. A
#' labelled character column whose labels are all declared missing is
#' free text.
#'
#' A column with one value label only is a choice between that label and
#' the one other value of its data ("1 = Selected" beside unlabelled 0s:
#' options `0` and `1`); with no such value it is read as if it had no
#' labels (a number, or text). A label that several values share (1 =
#' "Nord", 2 = "Nord") or that is another value's code (1 = "2") is
#' written with its code, "Nord (1)", so that every label names one option
#' as a codebook's must; [read_survey()] reads the data by the same
#' labels. The column names are the item ids, as [read_survey()] matches
#' them (upper case read as lower case): a name that cannot be an item id
#' (lower case letters, digits and underscores, starting with a letter) is
#' an error naming it, to be renamed in the data. Edit the result (Likert
#' scales, check-all items, skip logic) and write it with
#' `utils::write.csv()` to keep it as a file.
#'
#' @param data A data frame, such as from `haven::read_sav()`.
#' @param id The column identifying the unit.
#' @param unit The unit's name in the plural.
#' @param language The language code of the labels.
#' @return A codebook (class `peer_codebook`).
#' @examples
#' d <- data.frame(unit = c("A", "B"), region = c(1, 2), staff = c(10, 12))
#' attr(d$region, "labels") <- c(North = 1, South = 2)
#' attr(d$region, "label") <- "Region"
#' codebook_from_labelled(d, id = "unit", unit = "services")
#' @export
codebook_from_labelled <- function(data, id, unit = "units", language = "en") {
  check_data_frame(data, "data")
  codebook_from_check(unit, language)
  check_column(id, data, "id", "`data`")
  # item ids are the column names as read_survey() reads a header
  items <- normalise_header(names(data))
  bad <- which(!grepl("^[a-z][a-z0-9_]*$", items))
  if (length(bad))
    abort(sprintf(paste("`data` has column%s %s, not valid as item id%s: rename %s to lower",
                        "case letters, digits and underscores, starting with a letter"),
                  if (length(bad) > 1L) "s" else "", show_values(names(data)[bad]),
                  if (length(bad) > 1L) "s" else "", if (length(bad) > 1L) "them" else "it"),
          "peersurvey_bad_argument")
  rows <- list()
  inside <- list()
  add <- function(..., missing = FALSE, min = "", max = "")
    rows[[length(rows) + 1L]] <<- data.frame(..., missing = missing, min = min, max = max,
                                             stringsAsFactors = FALSE)
  for (j in seq_along(data)) {
    nm <- names(data)[j]
    v <- data[[j]]
    item <- items[j]
    q <- attr(v, "label", exact = TRUE) %||% ""
    labs <- attr(v, "labels", exact = TRUE)
    if (nm == id) {
      add(item = item, type = "id", option = "", label = unit, question = "")
    } else if (!is.null(labs) && length(labs)) {
      codes <- labelled_values(v, labs)
      num <- labelled_number(v, labs, codes)
      if (!is.null(num)) {
        add(item = item, type = "number", option = "", label = if (nzchar(q)) q else nm,
            question = q, min = num$min, max = num$max)
        if (length(num$inside)) inside[[item]] <- num$inside
      } else if (all(codes$missing)) {
        # text whose only labels are non-answers
        add(item = item, type = "text", option = "", label = if (nzchar(q)) q else nm,
            question = q)
      } else if (labelled_yesno(codes)) {
        # 1 = yes, 0 = no: a yes/no item, read as logical (with its codes
        # of non-answers, 9 = "Don't know", declared missing)
        dk <- codes[codes$missing, , drop = FALSE]
        yn <- codes[!codes$missing, , drop = FALSE]
        add(item = item, type = "single", option = c("yes", "no", dk$code),
            label = c(yn$label[order(yn$code != "1")], dk$label), question = q,
            missing = c(FALSE, FALSE, rep(TRUE, nrow(dk))))
      } else {
        codes <- labelled_few(codes, v, labs)
        if (nrow(codes) >= 2L)
          add(item = item, type = "single", option = codes$code, label = codes$label,
              question = q, missing = codes$missing)
        else if (is.numeric(unclass(v)))
          # one label and no other value: a number ("1 = Selected")
          add(item = item, type = "number", option = "", label = if (nzchar(q)) q else nm,
              question = q, min = "-Inf")
        else add(item = item, type = "text", option = "", label = if (nzchar(q)) q else nm,
                 question = q)
      }
    } else if (is.logical(v)) {
      # TRUE/FALSE: a yes/no item, read as logical
      add(item = item, type = "single", option = c("yes", "no"),
          label = c(word("label_yes", language), word("label_no", language)), question = q)
    } else if (is.factor(v)) {
      add(item = item, type = "single", option = make.names(tolower(levels(v)), unique = TRUE),
          label = levels(v), question = q)
    } else if (is.numeric(v)) {
      add(item = item, type = "number", option = "", label = if (nzchar(q)) q else nm,
          question = q, min = "-Inf")
    } else {
      add(item = item, type = "text", option = "", label = if (nzchar(q)) q else nm,
          question = q)
    }
  }
  if (length(inside))
    warn(sprintf(paste("declared missing codes among the values of the data cannot be left",
                       "out by `min` and `max` of a number item, and read as numbers where",
                       "an export writes them as numbers: %s"),
                 paste(sprintf("%s (%s)", names(inside), vapply(inside, function(x)
                   show_values(x, quote = FALSE), "")), collapse = ", ")),
         "peersurvey_missing_codes")
  cb <- do.call(rbind, rows)
  names(cb)[names(cb) == "label"] <- paste0("label_", language)
  names(cb)[names(cb) == "question"] <- paste0("question_", language)
  check_codebook(cb)
}

# A labelled numeric column that is a number, not a choice: list(min, max,
# inside) as codebook text, or NULL. It is a number when all its value labels
# are declared missing (a count whose only label is -9 = "Not asked"), or
# when the data hold more distinct unlabelled values (at least two) than
# there are labelled answers (a count labelling only 0 = "None", a 0-10
# scale labelling its ends). Its declared missing codes (user-missing
# values and range, labelled values declared missing) are left out by the
# bounds, so that a code read as a number is reported, not counted: codes
# below the values of the data by `min` (0 when they are negative and the
# data are not; else the highest such code + 1 where the data allow it),
# codes above them by `max`; codes among the values of the data cannot be
# left out and are returned as `inside`. Without data, negative codes lie
# below and positive ones above.
labelled_number <- function(v, labs, codes) {
  vals <- unname(unclass(labs))
  x <- as.vector(unclass(v))
  if (!is.numeric(vals) || !is.numeric(x)) return(NULL)
  na_values <- attr(v, "na_values", exact = TRUE)
  na_range <- attr(v, "na_range", exact = TRUE)
  is_code <- function(z) z %in% na_values | in_range(z, na_range)
  # codes$missing lists the labels first, then unlabelled user-missing values
  lab_missing <- codes$missing[seq_along(vals)]
  data <- x[!is.na(x) & !is_code(x) & !x %in% vals[lab_missing]]
  unlabelled <- unique(data[!data %in% vals])
  if (any(!lab_missing) &&
      !(length(unlabelled) >= 2L && length(unlabelled) > sum(!lab_missing)))
    return(NULL)
  miss <- c(vals[lab_missing], na_values, if (is.numeric(na_range)) na_range)
  miss <- unique(miss[!is.na(miss)])
  lo_ref <- if (length(data)) min(data) else 0
  hi_ref <- if (length(data)) max(data) else 0
  low <- miss[miss < lo_ref]
  high <- miss[miss > hi_ref]
  lo <- -Inf
  hi <- Inf
  if (length(low)) {
    a <- max(low)
    lo <- if (a < 0 && lo_ref >= 0) 0 else if (a + 1 <= lo_ref) a + 1 else (a + lo_ref) / 2
  }
  if (length(high)) {
    b <- min(high)
    hi <- if (b - 1 >= hi_ref) b - 1 else (b + hi_ref) / 2
  }
  list(min = number_text(lo), max = if (is.finite(hi)) number_text(hi) else "",
       inside = sort(miss[miss >= lo_ref & miss <= hi_ref]))
}

# The options of a labelled column: data.frame(code, label, missing).  Codes
# are the values as a CSV export writes them (shortest form, up to 15
# significant digits: 1, 99, 1.5); values SPSS declares user-missing
# (`na_values`, `na_range`) and Stata's labelled extended missing values
# are declared non-answers, with the value as label when it has none.
labelled_values <- function(v, labs) {
  vals <- unname(unclass(labs))
  label <- names(labs) %||% rep("", length(vals))
  na_values <- attr(v, "na_values", exact = TRUE)
  na_range <- attr(v, "na_range", exact = TRUE)
  if (is.numeric(vals)) {
    data_vals <- as.vector(unclass(v))
    # user-missing values without a label are options too
    extra <- c(na_values, data_vals[!is.na(data_vals) & in_range(data_vals, na_range)])
    extra <- unique(extra[!is.na(extra) & !extra %in% vals])
    vals <- c(vals, sort(extra))
    code <- sub("^-0$", "0", number_text(vals))
    # a labelled NA is a Stata extended missing value (.a to .z): a
    # declared non-answer, with its tag as code when haven can read it
    isna <- is.na(vals)
    if (any(isna)) {
      tag <- if (requireNamespace("haven", quietly = TRUE)) haven::na_tag(vals[isna])
             else rep(NA_character_, sum(isna))
      code[isna] <- ifelse(is.na(tag), "na", paste0(".", tag))
    }
    label <- c(label, code[seq_along(extra) + length(label)])
    missing <- isna | vals %in% na_values | in_range(vals, na_range)
  } else {
    vals <- as.character(vals)
    extra <- unique(setdiff(as.character(na_values), vals))
    vals <- c(vals, extra)
    code <- tolower(enc2utf8(vals))
    label <- c(label, extra)
    missing <- vals %in% as.character(na_values)
  }
  # a value labelled without a name keeps its code as label
  label[is.na(label) | !nzchar(label)] <- code[is.na(label) | !nzchar(label)]
  data.frame(code = code, label = labelled_unique(code, label), missing = missing,
             stringsAsFactors = FALSE)
}

# The options of a labelled numeric column with one value label only ("1 =
# Selected", "0 = None"): the label and the value of the data it leaves
# unlabelled, as its own label ("0"), when there is one (two or more make
# it a number, see labelled_number()).  A column of text or without such a
# value keeps its one option, and is read as text or a number.
labelled_few <- function(codes, v, labs) {
  vals <- unname(unclass(labs))
  x <- as.vector(unclass(v))
  if (nrow(codes) >= 2L || !is.numeric(vals) || !is.numeric(x)) return(codes)
  extra <- unique(x[!is.na(x) & !x %in% vals])
  if (length(extra) != 1L) return(codes)
  code <- sub("^-0$", "0", number_text(extra))
  out <- rbind(codes, data.frame(code = code, label = code, missing = FALSE,
                                 stringsAsFactors = FALSE))
  out[order(c(vals, extra)), , drop = FALSE]
}

# Labels that each name one option, as a codebook's must: a label that
# several values share (1 = "Nord", 2 = "Nord") or that is another value's
# code (1 = "2") is written with its code, "Nord (1)"
labelled_unique <- function(code, label) {
  kc <- fold_text(code)
  kl <- fold_text(label)
  clash <- duplicated(kl) | duplicated(kl, fromLast = TRUE) |
    vapply(seq_along(kl), function(i) kl[i] != kc[i] && kl[i] %in% kc[-i], NA)
  label[clash] <- sprintf("%s (%s)", label[clash], code[clash])
  label
}

# Which of x lie in the closed range c(lo, hi) (none when there is no range)
in_range <- function(x, range) {
  if (length(range) != 2L || !is.numeric(range)) return(rep(FALSE, length(x)))
  !is.na(x) & x >= range[1L] & x <= range[2L]
}

# The unit's name and the language of a codebook made from another format
codebook_from_check <- function(unit, language) {
  if (!is.character(unit) || length(unit) != 1L || is.na(unit) || !nzchar(trimws(unit)))
    abort(sprintf("`unit` must be the unit's name in the plural, such as \"services\", not %s",
                  if (is.character(unit) && length(unit) == 1L) show_values(unit)
                  else if (length(unit) != 1L) sprintf("a vector of length %d", length(unit))
                  else show_values(unit, 1L)), "peersurvey_bad_argument")
  if (!is.character(language) || length(language) != 1L || is.na(language) ||
      !grepl("^[a-z]{2,3}$", language))
    abort(sprintf("`language` must be a language code such as \"en\", not %s",
                  if (length(language) != 1L) sprintf("a vector of length %d", length(language))
                  else show_values(language, 1L)), "peersurvey_bad_argument")
}
