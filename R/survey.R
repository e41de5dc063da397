# Reading survey exports into a typed `peer_survey` data frame.

# Labels, options and answers in one form for comparing them: lower case,
# accents of Latin letters and typographic quotes folded, white space
# collapsed and trimmed; the characters are folded by the word scanner of
# code_text() (src/fold.h)
fold_text <- function(x) .Call(C_fold_text, as.character(x))

# Words of a yes and of a no (a tick and its absence), folded as fold_text()
# folds them: Italian, English, German, French, Spanish, Portuguese and Dutch
yes_tokens <- c("1", "si", "yes", "y", "s", "true", "t", "vero", "checked", "selected",
                "selezionato", "x", "on",
                "ja", "wahr", "ausgewahlt", "angekreuzt",
                "oui", "vrai", "selectionne", "coche",
                "verdadero", "seleccionado", "marcado",
                "sim", "verdadeiro", "selecionado",
                "waar", "geselecteerd", "aangevinkt")
no_tokens <- c("0", "no", "n", "false", "f", "falso", "unchecked", "not selected",
               "non selezionato", "off",
               "nein", "falsch", "nicht ausgewahlt", "nicht angekreuzt",
               "non", "faux", "non selectionne", "non coche",
               "no seleccionado", "no marcado",
               "nao", "nao selecionado", "nao marcado",
               "nee", "onwaar", "niet geselecteerd", "niet aangevinkt")

# The words of a tick and of its absence in check-all columns: those above,
# and the labels, in every language of the codebook, of the options of the
# codebook's own yes/no items ("Ja"/"Nein" where it labels them so)
tick_words <- function(cb) {
  yn <- vapply(split(cb, cb$item), is_yesno, NA)
  rows <- cb[cb$item %in% names(yn)[yn] & cb$option %in% c("yes", "no"), , drop = FALSE]
  labs <- function(code) {
    r <- rows[rows$option == code, grep("^label_", names(rows)), drop = FALSE]
    f <- fold_text(unlist(r, use.names = FALSE))
    unique(f[!is.na(f) & nzchar(f)])
  }
  yes <- labs("yes")
  no <- labs("no")
  list(yes = c(yes_tokens, setdiff(yes, c(no, no_tokens))),
       no = c(no_tokens, setdiff(no, c(yes, yes_tokens))))
}
# Cells that say there is no answer: blanks and marks of no data are NA;
# words that state a non-answer are NA too, but an item with no option for
# them lists them (survey_problems()), so that none is lost unseen
blank_tokens <- c("", "na", "n/a", "n.a.", "nd", "n/d", "n.d.", "-")
# (in the languages of the fixed words: English, Italian, French, German,
# Spanish; folded, "weiß" as "weiss", "réponse" as "reponse")
nonanswer_tokens <- c("non so", "don't know", "dont know", "missing", "mancante",
                      "non risponde", "no answer", "nessuna risposta", "senza risposta",
                      "no response", "prefer not to say", "preferisco non rispondere",
                      "je ne sais pas", "ne sais pas", "ne sait pas", "sans reponse",
                      "pas de reponse", "prefere ne pas repondre",
                      "je prefere ne pas repondre",
                      "weiss nicht", "ich weiss nicht", "keine angabe", "keine antwort",
                      "mochte ich nicht sagen", "no se", "no lo se", "sin respuesta",
                      "no contesta", "ns/nc", "prefiero no responder", "prefiero no contestar",
                      # ... and of an item that does not apply
                      "do not know", "not applicable", "non applicabile", "non pertinente",
                      "non applicable", "sans objet", "ne s'applique pas",
                      "nicht zutreffend", "trifft nicht zu", "entfallt",
                      "no aplica", "no procede", "no corresponde")
missing_tokens <- c(blank_tokens, nonanswer_tokens)
# Option labels that declare a non-answer when a codebook is made from a
# data dictionary: the words of a non-answer, and the marks "n/a" and "na"
# (folded)
nonanswer_label_tokens <- c(nonanswer_tokens, "n/a", "na")
# Does each option label declare a non-answer ("Non so", "No s\u00e9",
# "Not applicable")?
nonanswer_label <- function(label) fold_text(label) %in% nonanswer_label_tokens
reason_nonanswer <- "a non-answer for which the item has no option: read as NA"
reason_absent <- "item not in file: filled with NA"

# Was `item` filled with NA because the export lacks its column?  A filter
# absent from the file filters nothing: the tables and the ladder take every
# unit as asked, as read_survey() lists none of the follow-up's answers
absent_item <- function(x, item) {
  pr <- attr(x, "problems", exact = TRUE)
  !is.null(pr) && any(is.na(pr$row) & pr$column %in% item & pr$reason == reason_absent)
}

# Free text: an answer that is blank, only white space (a quoted "" or " "
# of a tool that quotes every field, the "" of a statistical file or a data
# frame) or only marks a missing answer ("-", "n/a") is NA, whatever the
# route it came by
read_text <- function(v) {
  v <- as.character(v)
  t <- trimws(v, whitespace = "[\\h\\v]")
  marker <- !is.na(v) & (!nzchar(t) | fold_text(t) %in% missing_tokens)
  v[marker] <- NA_character_
  v
}

#' Read a survey export
#'
#' Reads a CSV or TSV file as online survey tools (LimeSurvey, REDCap, Google
#' Forms, spreadsheets) export them and types every column with a codebook.
#'
#' @section What is accepted:
#' * Comma, semicolon or tab delimiter, sniffed from the header line (or an
#'   Excel `sep=` first line); UTF-8 with or without byte-order mark,
#'   UTF-16LE/BE, Windows-1252, Latin-1 and MacRoman, detected (the encoding
#'   used is recorded in the result, see `summary()`) or given with
#'   `encoding`; LF, CRLF or CR line ends; quoted fields holding
#'   delimiters, quotes (doubled) or line breaks. Blank lines and rows of
#'   only delimiters, with or without quotes (`"";""`, as `write.table()`
#'   writes an empty row; in a workbook or a data frame, rows of only empty
#'   cells) are skipped and listed among the problems.
#' * Headers are item ids, in any order and letter case. A check-all-that-apply
#'   item comes either as one column per option, named `<item>_<option>` (or
#'   `<item>[<option>]`), holding a yes and a no or a tick and blanks, in
#'   any letter case and with or without accents: `1`/`0`, `TRUE`/`FALSE`,
#'   `Y`/`N`, `T`/`F`, `X`, `on`/`off`, the option's code or label (a tick);
#'   yes/no in Italian (`Sì`/`No`, `Vero`/`Falso`), English
#'   (`Yes`/`No`), German (`Ja`/`Nein`, `Wahr`/`Falsch`), French
#'   (`Oui`/`Non`, `Vrai`/`Faux`), Spanish (`Sí`/`No`,
#'   `Verdadero`/`Falso`), Portuguese (`Sim`/`Não`, `Verdadeiro`/`Falso`)
#'   and Dutch (`Ja`/`Nee`, `Waar`/`Onwaar`); the words of a selection in
#'   those languages (`checked`/`unchecked`, `selected`/`not selected`,
#'   `selezionato`/`non selezionato`, `ausgewählt`/`nicht ausgewählt`,
#'   `angekreuzt`, `sélectionné`, `coché`, `seleccionado`,
#'   `marcado`, `selecionado`, `geselecteerd`, `aangevinkt`, each also after
#'   its language's "not"); and the labels, in every language of the
#'   codebook, of the options `yes` and `no` of the codebook's own yes/no
#'   items; or as one column `<item>` listing the chosen codes or labels,
#'   separated by `;`, `|`, `,` or line breaks (never by a bare space: a
#'   part of the cell is matched whole, and a part that matches no option
#'   makes the row's answer `NA` and is reported, as written; so does a
#'   cell of separators only, such as `;`, which names no option). In the
#'   per-option layout a row whose option cells are all blank was not
#'   asked or not answered and gives `NA` for every option; otherwise
#'   blank cells are unticked options. When both
#'   layouts are present the per-option columns are used and the delimited
#'   column is kept as character and reported.
#' * Single-choice and Likert answers as codes or labels (Italian or English,
#'   as `language` allows), in any letter case, with or without accents,
#'   with stray spaces; Likert answers also as their position on the scale
#'   (`1` to `5`), and options declared `missing` that the codebook lists
#'   after the scale as the positions after it (`6` for "Non so" after five
#'   points, as survey tools number them), unless the scale's codes are
#'   numbers themselves (`0` to `4`): a number that is none of the codes is
#'   then reported. A whole
#'   number is read as a code or position whether or not it is written with
#'   leading zeros or a decimal point and zeros (`01`, `1.0` and `1` are
#'   one answer, in every format), except that an option coded `01` in the
#'   codebook is matched by `01` as written. A single-choice item coded
#'   `yes` and `no` also reads the words of a yes and a no listed above. Options
#'   flagged as missing in the codebook (such as
#'   "Non so") and blanks or `NA`, `n/a`, `n/d`, `n.d.`, `-` become `NA`. A
#'   word that states a non-answer ("non so", "don't know", "no answer",
#'   "no response", "prefer not to say", "missing", "mancante", "non
#'   risponde", "nessuna risposta", "senza risposta", "preferisco non
#'   rispondere", and in French, German and Spanish "je ne sais pas",
#'   "sans réponse", "weiß nicht", "keine Angabe", "no sé", "sin
#'   respuesta", "NS/NC" and the like, as survey tools write an unanswered
#'   question in their full-answer exports, and the words of an item that
#'   does not apply: "not applicable", "non applicabile", "non pertinente",
#'   "sans objet", "nicht zutreffend", "no aplica") where the item has no option
#'   for it also becomes `NA`, and is listed by [survey_problems()] (in
#'   choice, Likert, check-all and number items alike).
#' * Free text as written, except that an answer that is blank, only white
#'   space, or only a marker of a missing answer (`-`, `n/a`, `NA`, `n.d.`,
#'   "no answer", "non so") becomes `NA`, so that tables do not count it as
#'   a written answer: an empty answer is `NA` whether the export leaves
#'   its field empty or quotes it (`""`, as LimeSurvey quotes every field),
#'   and whether it comes from a text export, a workbook, a `.sav`/`.dta`
#'   file (which stores a missing text as `""`) or a data frame.
#' * Numbers with a decimal point or a decimal comma, and with thousands
#'   separated by dots, commas, spaces or apostrophes (`1.250.000`,
#'   `1,250,000`, `1.250,5`, `1 250`). A point or comma followed by other
#'   than three digits is the decimal mark (`0.125` and `12.5` are
#'   decimals); one group of three after a single mark (`2.500`, `1,250`)
#'   is read by the convention the column's other values show (a decimal
#'   comma elsewhere makes `2.500` 2500), else by the file's other number
#'   columns (and then listed by [survey_problems()] with the number it was
#'   read as, since the column alone could not tell), else, for a whole
#'   number (a count), as thousands, and is reported as ambiguous (and
#'   `NA`) when none of these tells. Numbers
#'   that a spreadsheet or statistical file holds as numbers are read as
#'   they are. Other forms (`0x1A`, `Inf`) are not numbers and are
#'   reported.
#'
#' @section Nothing is lost silently:
#' An answer that matches no code or label, and a number outside the
#' codebook's `min`..`max` (numbers cannot be negative unless the codebook
#' says so), not whole where it must be a count or ambiguous in its
#' separators, becomes `NA` in its typed
#' column and is listed by [survey_problems()] with its row, column and
#' value. An answer to a question asked only of those answering yes to
#' another (the codebook's `asked_if`, for example the peer support
#' follow-ups where `peer_support` is no, or a co-production practice
#' ticked where `coproduction` is no) is kept but listed as "answered
#' although not asked"; where that other answer is blank, as "answered
#' although ... is blank", or a declared non-answer ("Don't know"), as
#' "answered although ... is a declared non-answer" (tables, whose base is
#' those answering yes, leave it out). When there is any problem, `read_survey()` warns
#' once, with class `peersurvey_problems`, giving the number of answers,
#' of columns and of records of the file left out;
#' columns the codebook does not know are kept as character columns at the
#' end and listed there too, as are codebook items absent from the file
#' (filled with `NA`). A unit id that is blank or appears twice, a
#' missing required column, and a file that is empty, binary, mixes UTF-8
#' with another encoding, or is truncated or malformed (an unterminated
#' quote, a line with the wrong number of fields) are errors naming the file
#' and the line.
#'
#' @section Survey platforms and files:
#' `format = "auto"` tells the platform from the header:
#' * **LimeSurvey** (`submitdate`, `lastpage` or `startlanguage` columns):
#'   `Q[SQ001]` sub-question columns (a sub-question code that is no option
#'   code is read as the option's position), Y/blank ticks, answer codes
#'   `A1`, `A2` ... (positions, where they are not codes), the `[other]`
#'   column of a check-all item kept as text in [survey_metadata()] (the
#'   item's "Other" option is ticked where something was written); a
#'   single-choice answer `-oth-` read as the item's "Other" option (reported
#'   when it has none) and its `[other]` text kept in [survey_metadata()]
#'   as `<item>_other`; the response
#'   metadata (`id`, `submitdate`, `lastpage`, `startlanguage`, `seed`,
#'   timings) and the participants' columns of an export with its
#'   participants' table (`tid`, `firstname`, `lastname`, `email`,
#'   `attribute_1` ..., or "First name", "Email address" ...) kept apart,
#'   unless the codebook has an item of that name; incomplete responses (no submit date) left out
#'   and listed with `incomplete = "drop"`, kept with `"keep"`. Answer
#'   codes `AO01`, `AO02` ... (LimeSurvey 4 and later) are positions as
#'   `A1`, `A2` are; a Yes/No question exported with "Convert Y to" 1 and
#'   "Convert N to" 2 reads 2 as no (unless its column also holds 0). The
#'   comments of a "Multiple choice with comments" question
#'   (`Q[SQ001comment]`, `Q[othercomment]`) and of a "List with comment"
#'   (`Q[comment]`) go to [survey_metadata()] as `<item>_<option>_comment`
#'   and `<item>_comment`. A row of an array, `Q[SQ]`, is the single-choice
#'   or Likert item `q_sq`, else the item whose id is the sub-question code
#'   `sq`. A row of a dual-scale array, `Q[SQ][1]` and `Q[SQ][2]` (one
#'   column per scale), is the single-choice or Likert item `q_sq_1` (and
#'   `q_sq_2`), else the item whose id is `sq_1` (`sq_2`); a ranking's
#'   columns `Q[1]`, `Q[2]` ... (the answer at each rank) are the
#'   single-choice items `q_1`, `q_2` ... A column of none of these is
#'   kept and listed, as any column the codebook lacks. Headings of full question text ("Response ID", "Date submitted",
#'   "Last page"), in English or Italian ("ID risposta", "Data invio" or
#'   "Data inviata", "Ultima pagina", "Lingua iniziale" or "Linguaggio di
#'   partenza", "Seme", "Data ultima azione", "Tempo totale", and the
#'   timings "Tempo per la domanda: ..."), are read too: each question by
#'   the codebook's `question_<code>`, a check-all option's column
#'   "Question \[Option\]" by the option's label, its comment "Question
#'   \[Option\]\[Comment\]" (or `[Commento]`) as under headings of codes;
#'   a ranking's "Question \[Rank 1\]", "Question \[Rank 2\]" ... and a
#'   dual-scale row's "Question \[Statement\]\[Scale\]" (one per scale)
#'   are the single-choice or Likert items whose question is the ranking's
#'   (the statement), in the codebook's order, when there are as many of
#'   them as columns.
#' * **REDCap** (`record_id`, `redcap_*`, or `___` checkbox columns with
#'   `*_complete`): checkbox columns `item___code` with 0/1 (a negative
#'   or other code as REDCap writes it in the column's name: the code -99
#'   as `item____99`). REDCap writes 0 in every column of a checkbox field
#'   that was never answered, as for one answered by ticking nothing: a row
#'   ticking no option of a check-all item is taken as not answering it
#'   (NA, out of the item's base) and is listed in [survey_problems()]
#'   when nothing else is filled in on the item's form in that row and the
#'   form's status (`<form>_complete`) is not complete (the form was never
#'   filled in), or when the item has a "None of these" option (ticked by
#'   those who answer ticking nothing else, as REDCap's `@NONEOFTHEABOVE`
#'   choice); a row whose answer to the item's filter (`asked_if`) is not
#'   yes was not asked it. Otherwise the row ticked nothing. REDCap's
#'   missing data codes are declared non-answers, listed by
#'   [survey_missing()] with the code as value: a checkbox field's column
#'   of a code (`item___unk`, `item____999`, ticked where the choices are
#'   left blank) is moved to [survey_metadata()], and in other fields a
#'   value that is such a code, or one of the codes REDCap suggests (`UNK`,
#'   `NASK`, `ASKU`, `NA`, `NI`, `OTH`, ... as REDCap writes them, upper
#'   case) and not one of the item's own codes or labels, is the code.
#'   Numbered choice
#'   codes (read as positions only where the item's codes are not numbers;
#'   a number that is none of an item's numeric codes is reported),
#'   `record_id` as the codebook's id when the file has no such column (or
#'   when `record_id` is the id item), `redcap_*` and `*_complete` columns
#'   kept apart unless the codebook names them. The rows of one record
#'   (its events in a longitudinal project, the instances of its repeating
#'   instruments, each row filling its own forms) are combined into one
#'   unit: each answer is taken from the row holding it (the record's
#'   first row for the forms that do not repeat), and the combined rows
#'   are listed, naming the line they went into. A row of a repeating
#'   instrument that holds no item of the codebook is left out and listed.
#'   Where two rows of a record give different answers to one item, the
#'   answer of the last complete row is kept (the last row when none is
#'   complete) and the cell is listed with every answer and its line. A
#'   row is complete when every form status (`*_complete`) it fills is
#'   `2`, or `Complete` in a labels export (any letter case). In
#'   [survey_metadata()] the unit keeps its first row's event and, of each
#'   form status, the furthest its rows give (complete where one row is
#'   complete), so that it agrees with the answers kept. A row written
#'   twice (same event, instrument and instance): the last complete one is
#'   kept and the others are listed, each naming the line kept. A "CSV
#'   (labels)" export (form status columns "Complete?", checkbox columns
#'   "Label (choice=Choice)") is read by its labels: the record id is its
#'   first column, each checkbox column the item whose question is the
#'   label and the option whose label is the choice, the other fields
#'   found by their questions or labels; each status "Complete?" is named
#'   `<form>_complete`, as in a raw export, after the form (the codebook's
#'   `section`) of the fields before it when they are all of one form, else
#'   `form<k>_complete` for the k-th. [codebook_from_redcap()]
#'   turns a REDCap data dictionary into a codebook.
#' * **Google Forms** (a first column `Timestamp`, or its name in Italian,
#'   French, German, Spanish, Portuguese or Dutch: `Horodateur`,
#'   `Zeitstempel`, `Marca temporal`, ...): the time stamp, e-mail address
#'   and quiz score columns (in those languages: `Adresse e-mail`,
#'   `E-Mail-Adresse`, ...) go to [survey_metadata()]; the question texts as
#'   headers, matched to items through the codebook's `question_*` and
#'   labels; check-all answers joined by ", " in one cell, split against the
#'   known labels longest first (a label holding a comma is not split);
#'   written-in "Other" answers (the parts matching no label whole) kept
#'   as written in [survey_metadata()] as `<item>_other` (the item's
#'   "Other" option ticked, the listed options not ticked), not reported as
#'   problems, except where the item has no "Other" option or the text
#'   stands before a listed option or in several places (Google Forms
#'   writes an "Other" answer once, last), or looks like a listed option
#'   written otherwise: a number (a code, such as `-99`), a text a few
#'   letters from a label (one edit in four letters, at least two:
#'   "Comunity team"), or one holding a label of four letters or more whole
#'   ("Crisis team (north)"). These are listed too, single-choice answers
#'   as check-all ones, and still counted as "Other". A grid's rows,
#'   headed "Question \[Statement\]", are read as the single-choice or Likert
#'   item whose question is the statement (so are LimeSurvey arrays
#'   exported with the question texts); a row of a checkbox grid, its
#'   ticked columns in one cell, as the check-all item whose question is
#'   the statement.
#' * Anything else (`"plain"`): headers are item ids, or questions as the
#'   codebook writes them in any of its languages (labels for text and
#'   number items; not the id item's label, which names the units, such as
#'   "services", not a column), case, accents and spacing aside; a heading
#'   shared by as many columns as items ("Specify" of two questions) names
#'   them in the codebook's order;
#'   `columns = c(export_name = "item")` renames other columns. A column
#'   `<item>_other` that is no column of the codebook, of an item with an
#'   "Other" option, is its written-in text, kept in [survey_metadata()]; so
#'   is a column that `columns` renames `<item>_other` where the file also
#'   has that name as the tick column of the option coded `other`.
#'
#' An item's "Other" option is the option coded `other`, else the one
#' whose code or a label starts with "Other" in a language of the codebook
#' ("Altro (specificare)", "Otro", "Autre", "Andere").
#'
#' `.xlsx`/`.xls` files are read with readxl (date and date-time cells as
#' ISO text, `2025-01-20 10:15:00`, or `2025-01-20` without a time of
#' day), `.sav`/`.dta`/`.por` with
#' haven (value labels become the answers, mapped through the codebook as
#' for a CSV; a label that matches no option of a choice item, worded
#' otherwise than the codebook ("North Italy" for `1 = "North"`), gives the
#' value behind it when that value is one of the item's codes, and the
#' answer is listed; SPSS user-missing values such as `99 = "Refused"` are kept,
#' so they count as declared missing when the codebook flags the option
#' and are reported otherwise; each Stata extended missing value, `.a`,
#' `.b`, ..., becomes its own label, and one that no label names (as SAS's
#' `.A`, ... read by haven) is a declared non-answer listed by
#' [survey_missing()] with its tag (`".b"`), not a blank; a number item reads the number behind
#' a label, `0 = "None"` as 0, unless the value is user-missing or its label
#' is a word of missingness such as "Don't know"; a check-all column reads
#' the 0 or 1 behind a label that is no word of a tick, such as "genannt" or
#' "quoted"); a data frame (from readxl, haven, REDCapR
#' or a database) is
#' read exactly as a file; problems and errors point at its rows (and
#' at the rows of a `.sav`/`.dta`/`.por` file), which have no lines. Text is normalised to Unicode's composed form, so
#' decomposed accents match the labels.
#'
#' @section Ids and records:
#' Ids are compared trimmed, case-folded and without spaces: "MHD 001" and
#' "mhd001" name one unit, and a file that gives both is refused showing
#' both spellings. Every record of the file is either a unit of the survey
#' or listed by [survey_problems()] with why it was left out (incomplete,
#' repeated, a row of only delimiters); `summary()` says how many records
#' the file had and where each went.
#'
#' @param file Path of the export (CSV/TSV, `.xlsx`, `.xls`, `.sav`,
#'   `.dta`, `.por`), or a data frame.
#' @param codebook A codebook from [survey_codebook()], or the path of a
#'   codebook file (read with [survey_codebook()]).
#' @param language Labels to accept besides the codes: `"auto"` (those of
#'   every language of the codebook) or one language code of the codebook
#'   (`"it"`, `"en"`, ...).
#' @param format The platform the export comes from (see the section):
#'   `"auto"` tells it from the header.
#' @param columns Optional renaming of export columns to item ids:
#'   `c(export_name = "item")`. Each new name must be an item id of the
#'   codebook, a check-all option's column (`<item>_<option>`), an item's
#'   written-in "Other" (`<item>_other`, kept in [survey_metadata()]), or a
#'   column of a survey platform (such as `submitdate` or `record_id`); any other
#'   (a misspelt item, or a column the codebook does not hold) gets a
#'   warning naming it and the nearest item, and is kept as a column of
#'   text.
#' @param incomplete LimeSurvey responses with no submit date: `"drop"`
#'   (left out, listed among the problems) or `"keep"`. Kept, an incomplete
#'   response is still left out and listed when it has no unit id (it was
#'   abandoned before the id question) or its unit also has a complete
#'   response (the form was started again and submitted).
#' @param encoding `"auto"` (detected) or the encoding of a text export.
#'   A file that starts with a byte-order mark (UTF-8, UTF-16LE, UTF-16BE)
#'   is what its mark says: an `encoding` naming another is an error that
#'   says what the mark names.
#' @param sheet For a workbook (`.xlsx`, `.xls`): the sheet, by name or
#'   number. Given for any other file or a data frame, it is an error.
#' @param skip For a workbook, the number of rows above the header to skip
#'   (a title, a group row); for a text export, the number of lines above
#'   the header. Errors and [survey_problems()] still give the sheet's or
#'   the file's own line numbers. Given for a statistical file or a data
#'   frame, it is an error. When the first line of a text export looks like
#'   a title (one field with text, the next line with several), the error
#'   says how many lines to skip.
#' @return A `peer_survey`: a data frame with one row per unit, the id
#'   item (its type `id` in the codebook) first; single-choice items as
#'   factors (logical when the codes are yes and no), Likert items as ordered
#'   factors, check-all-that-apply items as logical columns `<item>_<option>`,
#'   numbers as doubles and free text as character. Attributes `codebook`
#'   and `problems` hold the codebook and the problems found.
#' @seealso [survey_problems()], [survey_codebook()], [mhd_survey_2025].
#' @examples
#' path <- system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey")
#' x <- read_survey(path)
#' x
#' identical(x, mhd_survey_2025)
#' table(x$peer_support)
#'
#' # Another questionnaire: an export with `;`, one delimited column for a
#' # check-all item, labels in Italian and English
#' cb <- survey_codebook(system.file("extdata", "services-codebook.csv",
#'                                   package = "peersurvey"))
#' f <- tempfile(fileext = ".csv")
#' writeLines(c("service_id;region;service_type;peer_workers;peer_roles;satisfaction",
#'              "S1;Nord;Crisis team;S\u00ec;Advocacy | Conduzione di gruppi;Soddisfatto",
#'              "S2;south;community;No;;",
#'              "S3;West;inpatient;yes;one_to_one;Non so"), f)
#' y <- read_survey(f, cb)
#' y[, c("service_id", "peer_workers", "peer_roles_groups", "peer_roles_advocacy")]
#' survey_problems(y)
#' survey_missing(y)
#'
#' # A title line above the header, one column per option ticked in German,
#' # an empty comment quoted as ""
#' g <- tempfile(fileext = ".csv")
#' writeLines(c("Umfrage 2025",
#'              "service_id,region,service_type,peer_workers,peer_roles_groups,barriers_text",
#'              "S1,North,community,Ja,Ja,\"\"", "S2,East,crisis,Ja,Nein,\"kurz\""), g)
#' z <- suppressWarnings(read_survey(g, cb, skip = 1))  # items absent from the file
#' z[, c("service_id", "peer_workers", "peer_roles_groups", "barriers_text")]
#' @export
read_survey <- function(file, codebook = survey_codebook(), language = "auto",
                        format = c("auto", "plain", "limesurvey", "redcap", "googleforms"),
                        columns = NULL, incomplete = c("drop", "keep"), encoding = "auto",
                        sheet = 1L, skip = 0L) {
  default_codebook <- missing(codebook)
  if (is.character(codebook) && length(codebook) == 1L && !is.na(codebook)) {
    # the codebook's file, read as survey_codebook() reads it
    if (!file.exists(codebook) || dir.exists(codebook))
      abort(sprintf(paste("`codebook` must be a codebook from survey_codebook() or the path",
                          "of a codebook file; the file does not exist: \"%s\""), codebook),
            "peersurvey_bad_argument")
    codebook <- survey_codebook(codebook)
  }
  if (!is.data.frame(codebook))
    abort(sprintf(paste("`codebook` must be a codebook from survey_codebook() (or the path",
                        "of a codebook file), not %s"),
                  if (is.null(codebook)) "NULL" else class(codebook)[1L]),
          "peersurvey_bad_argument")
  if (!inherits(codebook, "peer_codebook")) codebook <- check_codebook(codebook)
  if (!identical(language, "auto")) language <- check_language(language, codebook)
  format <- arg_match(format)
  incomplete <- arg_match(incomplete)
  if (!(is.character(sheet) && length(sheet) == 1L && !is.na(sheet) && nzchar(sheet)))
    check_number(sheet, "sheet", lower = 1, whole = TRUE)
  check_number(skip, "skip", lower = 0, whole = TRUE)
  tab <- survey_source(file, encoding, sheet, skip,
                       given = c(sheet = !missing(sheet), skip = !missing(skip)))
  rows_in_file <- nrow(tab$data) + nrow(tab$skipped %||% data.frame())
  tab <- format_columns(tab, columns, codebook)
  if (format == "auto") format <- survey_format_detect(tab$header, codebook)
  tab <- survey_format_apply(tab, format, codebook, incomplete, language)
  x <- if (!default_codebook) build_survey(tab, codebook, language)
       else tryCatch(build_survey(tab, codebook, language), peersurvey_missing_column = function(e) {
         # the default codebook is the 2025 survey's: say so when the file
         # does not fit it
         e$message <- paste0(e$message, "; no `codebook` was given, and the default is the",
                             " 2025 Italian survey's (survey_codebook()): give your",
                             " questionnaire's, `read_survey(file, codebook = \"codebook.csv\")`")
         stop(e)
       })
  attr(x, "read") <- list(file = tab$name, kind = tab$kind, format = format,
                          encoding = tab$encoding %||% "UTF-8",
                          delimiter = tab$delimiter, rows_in_file = rows_in_file,
                          dropped = tab$dropped, skipped = tab$skipped)
  attr(x, "metadata") <- tab$metadata
  x
}


# ---- typing with the codebook -----------------------------------------------

# Header as item id: trimmed, `item[option]` as `item_option`, lower case
normalise_header <- function(h) {
  h <- trimws(ifelse(is.na(h), "", h))
  h <- sub("^([^[]+)\\[([^]]+)\\]$", "\\1_\\2", h, perl = TRUE)
  tolower(h)
}

build_survey <- function(tab, codebook, language) {
  cb <- codebook
  data <- tab$data
  n <- nrow(data)
  if (n == 0L)
    abort(sprintf("`file` holds a header but no responses: \"%s\"%s", tab$name,
                  if (nrow(tab$skipped %||% data.frame()) + nrow(tab$dropped %||% data.frame()))
                    " (every record was left out or skipped)" else ""),
          "peersurvey_bad_file")
  hdr <- normalise_header(tab$header)
  # drop trailing unnamed, empty columns (a delimiter at the end of every line)
  drop <- !nzchar(hdr) & colSums(!is.na(data) & nzchar(trimws(data))) == 0L
  data <- data[, !drop, drop = FALSE]
  typed <- if (is.null(tab$typed)) matrix(FALSE, n, ncol(data))
           else tab$typed[, !drop, drop = FALSE]
  # the numbers behind value labels (statistical files), read by number items
  labelled <- if (!is.null(tab$number)) tab$number[, !drop, drop = FALSE]
  raw_hdr <- tab$header[!drop]
  hdr <- hdr[!drop]
  # an unnamed column is named by its position in the file (before the
  # empty columns dropped above): "column_5" is the file's fifth column
  unnamed <- which(!nzchar(hdr))
  hdr[unnamed] <- paste0("column_", which(!drop)[unnamed])
  # where an error points: the lines of the file named, or the rows of a
  # data frame or statistical file (which has no lines)
  of_file <- if (identical(tab$kind, "data frame") || is.null(tab$name)) ""
             else sprintf(" of \"%s\"", tab$name)
  where <- tab$where %||% "line"
  at <- function(i) if (where == "row") paste0(show_rows(line[i]), of_file)
    else show_rows_lines(i, line, of_file)
  dh <- hdr[duplicated(hdr)]
  if (length(dh))
    abort(sprintf("`file` has column %s more than once in the header%s", show_values(dh[1L]),
                  of_file), "peersurvey_bad_file")
  line <- tab$line
  problems <- list()
  note <- function(row, column, value, reason, id = NA_character_) {
    if (length(row))
      problems[[length(problems) + 1L]] <<- data.frame(
        row = as.integer(row), column = rep_len(column, length(row)),
        value = as.character(value), reason = rep_len(reason, length(row)),
        id = rep_len(as.character(id), length(row)), stringsAsFactors = FALSE)
  }
  used <- logical(length(hdr))
  # an unquoted NA of the file is missing, or the code "NA" of an item
  # whose option is coded or labelled so (Napoli's province)
  na_text <- if (!is.null(tab$na_text)) tab$na_text[, !drop, drop = FALSE]
  cb_labels <- matrix(fold_text(as.matrix(cb[grep("^label_", names(cb))])), nrow = nrow(cb))
  na_items <- unique(cb$item[cb$type %in% c("single", "likert", "multi") &
    (fold_text(cb$option) %in% "na" | rowSums(cb_labels == "na", na.rm = TRUE) > 0)])
  take <- function(name) {
    j <- match(name, hdr)
    if (is.na(j)) return(NULL)
    used[j] <<- TRUE
    v <- data[, j]
    if (!is.null(na_text) && name %in% na_items) v[na_text[, j]] <- "NA"
    v
  }

  items <- unique(cb$item)
  types <- cb$type[match(items, cb$item)]
  required <- cb$required[match(items, cb$item)]
  id_item <- codebook_id(cb)
  # the unit's id comes first
  first <- order(items != id_item)
  items <- items[first]
  types <- types[first]
  required <- required[first]
  declared <- list()
  note_missing <- function(row, column, code) {
    if (length(row))
      declared[[length(declared) + 1L]] <<- data.frame(
        row = as.integer(row), column = rep(column, length(row)),
        value = as.character(code), stringsAsFactors = FALSE)
  }
  multi_cols <- function(it) paste(it, cb$option[cb$item == it], sep = "_")
  present <- vapply(seq_along(items), function(k) {
    it <- items[k]
    it %in% hdr || (types[k] == "multi" && any(multi_cols(it) %in% hdr))
  }, NA)
  miss_req <- items[required & !present]
  if (length(miss_req)) {
    # a header of mostly empty cells: a title or a group row above the header
    # of a workbook or text export, which `skip` passes over
    title <- length(hdr) > 1L && length(unnamed) >= length(hdr) / 2 && !is.null(tab$skip)
    abort(sprintf(paste("`file` lacks required column%s %s: a column is named by its item id",
                        "or, for a plain export, by its question as the codebook writes it;",
                        "rename others with `columns = c(export_name = \"item\")`%s"),
                  if (length(miss_req) > 1L) "s" else "", show_values(miss_req),
                  if (title) sprintf(". The first %s%s, taken as the header, has %d empty cells of %d: %s",
                                     if (where == "line" && identical(tab$kind, "text")) "line"
                                     else "row", of_file, length(unnamed), length(hdr),
                                     title_row_hint(tab$skip + 1))
                  else ""),
          "peersurvey_missing_column")
  }

  # the decimal mark the file's number columns show, for numbers whose
  # column does not show it
  num_cols <- stats::na.omit(match(items[types == "number"], hdr))
  file_dec <- number_convention(number_forms(as.vector(data[, num_cols][!typed[, num_cols]])))
  out <- list()
  ticks <- tick_words(cb)
  for (k in seq_along(items)) {
    it <- items[k]
    rows <- cb[cb$item == it, , drop = FALSE]
    type <- types[k]
    if (type == "multi") {
      out[multi_cols(it)] <- read_multi(it, rows, take, hdr, n, language, note, ticks,
                                        labelled = function(col) {
                                          j <- match(col, hdr)
                                          if (!is.na(j) && !is.null(labelled)) labelled[, j]
                                        })
      next
    }
    v <- take(it)
    if (is.null(v)) {
      note(NA_integer_, it, NA_character_, reason_absent)
      v <- rep(NA_character_, n)
    }
    out[[it]] <- switch(type,
      id = trimws(v),
      text = read_text(v),
      number = {
        j <- match(it, hdr)
        read_number(v, it, note, rows, if (!is.na(j)) typed[, j], file_dec,
                    if (!is.na(j) && !is.null(labelled)) labelled[, j])
      },
      single = , likert = {
        j <- match(it, hdr)
        read_choice(v, it, rows, type, language, note, note_missing,
                    labelled = if (!is.na(j) && !is.null(labelled)) labelled[, j],
                    typed = if (!is.na(j)) typed[, j])
      })
  }

  # the department id: present, unique
  ids <- out[[id_item]]
  blank <- which(is.na(ids) | !nzchar(ids))
  if (length(blank))
    abort(sprintf("`%s` is blank in %s", id_item, at(blank)), "peersurvey_duplicate_id")
  # ids are compared trimmed and case-folded, without inner spaces:
  # "MHD 001" and "mhd001" are one unit written twice
  key <- id_key(ids)
  dup <- which(duplicated(key))
  if (length(dup)) {
    both <- which(key == key[dup[1L]])
    spell <- unique(ids[both])
    abort(sprintf("`%s` %s appears more than once%s: %s", id_item,
                  show_values(spell), if (length(spell) > 1L) " (as spellings of one id)" else "",
                  at(both)),
          c("peersurvey_duplicate_id", "peersurvey_bad_file"))
  }

  # skip logic: answers to an item asked only of those answering yes to
  # another are kept where that answer is no, and reported
  asked_if <- if (is.null(cb$asked_if)) rep("", length(items))
    else cb$asked_if[match(items, cb$item)]
  for (k in which(nzchar(asked_if))) {
    f <- out[[asked_if[k]]]
    # a filter the file lacks filters nothing (see absent_item())
    if (!is.logical(f) || !asked_if[k] %in% hdr) next
    it <- items[k]
    cols <- if (types[k] == "multi") multi_cols(it) else it
    # a check-all item not asked (its filter is not yes) and with no option
    # ticked was not answered: tools that export hidden options as 0 do not
    # make it "none of these"
    if (types[k] == "multi") {
      m <- do.call(cbind, lapply(cols, function(col) out[[col]]))
      unasked <- !(f %in% TRUE) & rowSums(matrix(m %in% TRUE, nrow(m))) == 0
      for (col in cols) out[[col]][unasked] <- NA
    }
    # answered where the filter is no, or blank (then tables, whose base
    # is those answering yes, leave the answer out)
    # the answers are listed as the file writes them, in the file's column
    # (a check-all item in one column: its cell, once)
    as_written <- function(col, r) {
      j <- match(col, hdr)
      if (is.na(j)) as.character(out[[col]][r]) else data[r, j]
    }
    # a filter the file answers with what could not be read is not blank
    unread <- unique(unlist(lapply(problems, function(p)
      p$row[p$column == asked_if[k] & p$reason != reason_nonanswer])))
    # nor is one answered with a declared non-answer ("Don't know"), or
    # with the words of one that the filter has no option for
    nonans <- unique(c(
      unlist(lapply(declared, function(d) d$row[d$column == asked_if[k]])),
      unlist(lapply(problems, function(p)
        p$row[p$column == asked_if[k] & p$reason == reason_nonanswer]))))
    for (unknown in c(FALSE, TRUE)) {
      no <- which(if (unknown) is.na(f) else f %in% FALSE)
      hits <- lapply(cols, function(col) {
        v <- out[[col]][no]
        if (is.logical(v)) v %in% TRUE else !is.na(v) & nzchar(as.character(v))
      })
      reason <- function(r) {
        if (!unknown) return(rep("answered although not asked", length(r)))
        sprintf(ifelse(r %in% unread,
                       "answered although \"%s\", which decides whether it is asked, could not be read",
                       ifelse(r %in% nonans,
                              "answered although \"%s\", which decides whether it is asked, is a declared non-answer",
                              "answered although \"%s\", which decides whether it is asked, is blank")),
                asked_if[k])
      }
      if (types[k] == "multi" && it %in% hdr && !any(cols %in% hdr)) {
        r <- no[Reduce(`|`, hits)]
        note(r, it, as_written(it, r), reason(r))
      } else {
        for (o in seq_along(cols)) {
          r <- no[hits[[o]]]
          note(r, cols[o], as_written(cols[o], r), reason(r))
        }
      }
    }
  }

  # a check-all item with a "None of these" option whose row ticks nothing,
  # not even "None" (every column 0 or no, as SPSS and spreadsheet exports
  # write unticked boxes), was not answered: a respondent ticking nothing
  # else ticks "None" (as for REDCap, redcap_unticked())
  for (k in which(types == "multi")) {
    it <- items[k]
    rows <- cb[cb$item == it, , drop = FALSE]
    none <- none_option(rows)
    cols <- multi_cols(it)
    if (is.na(none) || !all(cols %in% names(out))) next
    m <- do.call(cbind, lapply(cols, function(col) out[[col]]))
    if (!is.logical(m)) next
    r <- which(rowSums(matrix(m %in% FALSE, nrow(m))) == ncol(m))
    if (!length(r)) next
    for (col in cols) out[[col]][r] <- NA
    note(r, it, rep("no checkbox ticked", length(r)),
         rep(sprintf("%s (not even \"%s\", the item's \"None\" option, is ticked)",
                     reason_unticked,
                     rows[match(none, rows$option), grep("^label_", names(rows))[1L]]),
             length(r)))
  }

  # columns the codebook does not know are kept, as character, and reported
  for (j in which(!used)) {
    nm <- trimws(raw_hdr[j])
    if (is.na(nm) || !nzchar(nm) || nm %in% names(out)) nm <- hdr[j]
    out[[nm]] <- data[, j]
    note(NA_integer_, nm, NA_character_, "column not in codebook: kept as character")
  }
  # answers on which the rows of one record differ (REDCap events and
  # repeating instruments)
  cf <- tab$conflicts
  if (!is.null(cf) && nrow(cf)) note(match(cf$line, line), cf$column, cf$value, cf$reason)
  # missing data codes of the platform (REDCap's "UNK", "NASK")
  dc <- tab$declared
  if (!is.null(dc)) for (k in seq_len(nrow(dc)))
    note_missing(match(dc$line[k], line), dc$column[k], dc$value[k])
  # records of the file that are not in the survey, each with its reason
  dropped <- tab$dropped
  if (!is.null(dropped) && nrow(dropped))
    note(rep(NA_integer_, nrow(dropped)), NA_character_,
         paste(where, dropped$line), dropped$reason, id = dropped$id)
  skipped <- tab$skipped
  if (!is.null(skipped) && nrow(skipped))
    note(rep(NA_integer_, nrow(skipped)), NA_character_,
         paste(where, skipped$line), skipped$reason)
  res <- structure(out, names = names(out), row.names = c(NA_integer_, -n),
                   class = c("peer_survey", "data.frame"))
  prob <- if (length(problems)) do.call(rbind, problems) else
    data.frame(row = integer(), column = character(), value = character(),
               reason = character(), id = character(), stringsAsFactors = FALSE)
  rownames(prob) <- NULL
  attr(res, "codebook") <- cb
  attr(res, "problems") <- prob
  attr(res, "declared_missing") <- if (length(declared)) {
    dm <- do.call(rbind, declared)
    rownames(dm) <- NULL
    dm
  } else data.frame(row = integer(), column = character(), value = character(),
                    stringsAsFactors = FALSE)
  if (nrow(prob)) {
    # answers, whole columns and records of the file counted apart
    n_rec <- NROW(dropped) + NROW(skipped)
    n_read <- sum(startsWith(prob$reason, reason_read_by_file))
    n_unticked <- sum(startsWith(prob$reason, reason_unticked))
    n_value <- sum(startsWith(prob$reason, reason_read_by_value))
    n_ans <- sum(!is.na(prob$row)) - n_read - n_unticked - n_value
    n_col <- nrow(prob) - n_ans - n_read - n_unticked - n_value - n_rec
    counted <- function(k, what) sprintf("%d %s%s", k, what, if (k == 1L) "" else "s")
    parts <- c(if (n_ans) counted(n_ans, "answer"), if (n_col) counted(n_col, "column"))
    msg <- c(if (length(parts))
               paste(paste(parts, collapse = " and "), "could not be read as the codebook",
                     "expects or answered although not asked"),
             if (n_unticked) paste(counted(n_unticked, "check-all answer"),
                                   "with no checkbox ticked taken as not answered"),
             if (n_read) paste(counted(n_read, "ambiguous number"),
                               "read by the decimal mark of the file's other columns"),
             if (n_value) paste(counted(n_value, "labelled answer"),
                                "read by the value behind a label that matches no option"),
             if (n_rec) paste(counted(n_rec, "record"), "of the file left out or skipped"))
    warn(paste0(paste(msg, collapse = "; "), ": see survey_problems()"), "peersurvey_problems")
  }
  res
}

# The numbers of one column. A point or comma followed by other than three
# digits is a decimal mark; several groups of three ("1.250.000",
# "1,250,000"), a group before the other mark ("1.250,5") or groups cut by
# spaces or apostrophes show which mark is the thousands separator. One
# group of three after a single mark ("2.500", "1,250") is decided by the
# convention the column shows in its other values, else by the other number
# columns of the file (`dec`), and is reported when neither tells. Cells a
# spreadsheet or statistical file held as numbers (`typed`) have a decimal
# point and no grouping. Other forms (hexadecimal, "Inf") are not numbers.
# `labelled`: the numbers behind value labels (NA elsewhere); a label other
# than a missing word ("None" for 0) stands for its number, while
# "Refused", "Don't know" stay missing ("Don't know", a word of a
# non-answer, is listed).
# How the reason of an ambiguous number read by the file's convention
# begins (read_survey()'s warning counts these apart: the value is kept)
reason_read_by_file <- "ambiguous number: read as"
# How the reason of a value label that matches no option, read by the value
# behind it, begins (counted apart too: the value is kept)
reason_read_by_value <- "value label matches no option: read by its value"

read_number <- function(v, it, note, rows = NULL, typed = NULL, dec = NA_character_,
                        labelled = NULL) {
  s <- ifelse(is.na(v), "", v)
  fs <- fold_text(s)
  mis <- fs %in% missing_tokens
  nonans <- which(fs %in% nonanswer_tokens)
  note(nonans, it, v[nonans], reason_nonanswer)
  if (is.null(typed)) typed <- rep(FALSE, length(s))
  if (!is.null(labelled)) {
    lab <- !is.na(labelled) & !mis
    v[lab] <- s[lab] <- labelled[lab]
    typed[lab] <- TRUE
  }
  typed <- typed & !mis
  fm <- number_forms(s)
  num <- fm$value
  num[typed] <- suppressWarnings(as.numeric(s[typed]))
  col_dec <- number_convention(fm, !typed & !mis)
  if (!is.na(col_dec)) dec <- col_dec
  amb <- which(fm$ambiguous & !typed & !mis)
  whole <- isTRUE(rows$whole[1L])
  if (!is.na(dec)) {
    num[amb] <- if (dec == ".") fm$if_point[amb] else fm$if_comma[amb]
    # decided by the other columns, not by the column itself: said, since
    # the column alone could not tell
    if (is.na(col_dec))
      note(amb, it, v[amb],
           sprintf("%s %s, as the file's other number columns have a decimal %s",
                   reason_read_by_file, number_text(num[amb]),
                   if (dec == ".") "point" else "comma"))
  } else if (whole) {
    # a whole number is not written with three decimals: "2.500" and
    # "1,250" group thousands
    num[amb] <- ifelse(grepl(",", s[amb], fixed = TRUE), fm$if_point[amb], fm$if_comma[amb])
  } else {
    note(amb, it, v[amb], "ambiguous number: decimal or thousands separator")
  }
  bad <- which(is.na(num) & !mis & !seq_along(num) %in% amb)
  note(bad, it, v[bad], "not a number")
  num[mis] <- NA_real_
  # bounds of the codebook: a blank `min` is 0 (counts and sizes)
  lo <- if (!is.null(rows$min) && !is.na(rows$min[1L])) rows$min[1L] else 0
  hi <- if (!is.null(rows$max) && !is.na(rows$max[1L])) rows$max[1L] else Inf
  # the number an answer was read as, where it is written otherwise
  # ("1.250" read as 1250), so that a reader can tell what went wrong
  read_as <- function(i) ifelse(trimws(s[i]) == number_text(num[i]), "",
                                sprintf("read as %s, ", number_text(num[i])))
  out <- which(!is.na(num) & (num < lo | num > hi))
  note(out, it, v[out], paste0(read_as(out),
       if (is.finite(hi)) sprintf("outside %s to %s", format(lo), format(hi))
       else if (lo == 0) "negative" else sprintf("below %s", format(lo))))
  frac <- which(!is.na(num) & whole & is.finite(num) & num != round(num) &
                  !seq_along(num) %in% out)
  note(frac, it, v[frac], paste0(read_as(frac), "not a whole number"))
  num[c(out, frac)] <- NA_real_
  num
}

# How numbers are written: `value` (NA when the form is no decimal number
# or is ambiguous), `mark` the decimal mark the form shows ("." or ",", NA
# when it shows none), and for one group of three after a single mark
# (`ambiguous`) the value with a decimal point (`if_point`) and with a
# decimal comma (`if_comma`)
number_forms <- function(v) {
  s <- trimws(gsub("[\u00a0\u2009\u202f]", " ", v, perl = TRUE))
  sign <- ifelse(startsWith(s, "-"), -1, 1)
  s <- sub("^[-+]", "", s)
  n <- length(s)
  value <- if_point <- if_comma <- rep(NA_real_, n)
  mark <- rep(NA_character_, n)
  left <- rep(TRUE, n)
  form <- function(pattern) {
    k <- left & grepl(pattern, s, perl = TRUE)
    left[k] <<- FALSE
    k
  }
  dot <- function(x) as.numeric(x)
  k <- form("^[0-9]+$")
  value[k] <- dot(s[k])
  # a whole number with its mark left at the end ("5.", "5,")
  k <- form("^[0-9]+[.,]$")
  value[k] <- dot(substr(s[k], 1L, nchar(s[k]) - 1L))
  # groups cut by spaces or apostrophes: a point or comma after them is decimal
  k <- form("^[1-9][0-9]{0,2}([ '\u2019][0-9]{3})+([.,][0-9]+)?$")
  value[k] <- dot(chartr(",", ".", gsub("[ '\u2019]", "", s[k], perl = TRUE)))
  mark[k & grepl("[.,]", s)] <- sub("^[^.,]*([.,]).*$", "\\1", s[k & grepl("[.,]", s)])
  # one group of three after a single mark
  k <- form("^[1-9][0-9]{0,2}[.,][0-9]{3}$")
  if_point[k] <- dot(gsub(",", "", s[k], fixed = TRUE))
  if_comma[k] <- dot(chartr(",", ".", gsub(".", "", s[k], fixed = TRUE)))
  ambiguous <- k
  # points between groups of three: the comma is decimal
  k <- form("^[1-9][0-9]{0,2}(\\.[0-9]{3})+(,[0-9]+)?$")
  value[k] <- dot(chartr(",", ".", gsub(".", "", s[k], fixed = TRUE)))
  mark[k] <- ","
  k <- form("^[1-9][0-9]{0,2}(,[0-9]{3})+(\\.[0-9]+)?$")
  value[k] <- dot(gsub(",", "", s[k], fixed = TRUE))
  mark[k] <- "."
  k <- form("^[0-9]*\\.[0-9]+$")
  value[k] <- dot(s[k])
  mark[k] <- "."
  k <- form("^[0-9]*,[0-9]+$")
  value[k] <- dot(chartr(",", ".", s[k]))
  mark[k] <- ","
  k <- form("^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[eE][-+]?[0-9]{1,3}$")
  value[k] <- dot(s[k])
  list(value = sign * value, mark = mark, ambiguous = ambiguous,
       if_point = sign * if_point, if_comma = sign * if_comma)
}

# The decimal mark shown by the values `use` of number_forms(): NA when they
# show none, or both
number_convention <- function(fm, use = TRUE) {
  marks <- unique(fm$mark[use & !is.na(fm$mark)])
  if (length(marks) == 1L) marks else NA_character_
}

# Lookup table from folded codes and labels to option codes
option_keys <- function(rows, language, likert = FALSE) {
  langs <- sub("^label_", "", grep("^label_[a-z]{2,3}$", names(rows), value = TRUE))
  if (language != "auto") langs <- intersect(langs, language)
  labels <- unlist(lapply(langs, function(l) rows[[paste0("label_", l)]]), use.names = FALSE)
  # positions on a Likert scale, unless its codes are numbers themselves
  # (on a 0-4 scale "5" is no answer, not the fifth point); options
  # declared missing that the codebook lists after the scale go on from its
  # end ("6" is "Non so" after five points), as survey tools number them
  likert <- likert && !numeric_codes(rows$option, rows$missing)
  pos <- if (!likert) character() else if (is.unsorted(rows$missing)) {
    rows$option[!rows$missing]
  } else rows$option
  keys <- c(rows$option, labels, as.character(seq_along(pos)))
  vals <- c(rows$option, rep(rows$option, length(langs)), pos)
  keys <- fold_text(keys)
  ok <- nzchar(keys) & !duplicated(keys)
  stats::setNames(vals[ok], keys[ok])
}

# Options coded by numbers (REDCap's 1, 2, 3, 99): a number is then read as
# a code, never as a position
# Are an item's codes numbers (REDCap's 1, 2, 3, a 0-4 scale)?  Its answers
# (the options not declared missing) decide: "99" for "don't know" beside
# "low", "mid", "high" leaves positions readable
numeric_codes <- function(options, missing = NULL) {
  if (!is.null(missing)) options <- options[!(missing %in% TRUE)]
  any(grepl("^[0-9]+$", trimws(options)))
}

is_yesno <- function(rows) yesno_options(rows$option, rows$missing)

# A whole number written with a decimal point and zeros ("2.0", as
# statistical software writes a column of codes that holds NA) or with
# leading zeros ("02", "05.0", as some tools pad codes) as the whole number
# ("2", "5"); other text as it is.  Callers look a cell up as written first,
# so that a codebook's own code "01" is matched literally.
whole_number <- function(f) sub("^([+-]?)0*([0-9]+)(\\.0+)?$", "\\1\\2", f)

# `labelled`: the numbers behind the value labels of a statistical file's
# column (NA elsewhere); `typed`: its cells that were numbers without a label
read_choice <- function(v, it, rows, type, language, note, note_missing = NULL,
                        labelled = NULL, typed = NULL) {
  f <- fold_text(v)
  lut <- option_keys(rows, language, likert = type == "likert")
  yn <- is_yesno(rows)
  code <- unname(lut[f])
  # "2.0" and "02" are the code or position 2 when they are none themselves
  f[is.na(code)] <- whole_number(f[is.na(code)])
  code[is.na(code)] <- unname(lut[f[is.na(code)]])
  listed <- integer()
  if (type == "likert" && !is.null(labelled) && !is.null(typed)) {
    un <- likert_unlabelled(code, v, rows, labelled, typed, it, note)
    code <- un$code
    listed <- un$listed
  }
  if (!is.null(labelled)) {
    # a value label worded otherwise than the codebook's options ("Nord
    # Italia" for 1 = "Nord"): the value behind it when that is one of the
    # item's codes, listed
    cand <- setdiff(which(is.na(code) & !is.na(v) & !is.na(labelled) &
                            !(f %in% c(missing_tokens, nonanswer_tokens))), listed)
    hit <- match(whole_number(fold_text(labelled[cand])), whole_number(fold_text(rows$option)))
    byval <- cand[!is.na(hit)]
    code[byval] <- rows$option[hit[!is.na(hit)]]
    note(byval, it, v[byval], sprintf("%s %s", reason_read_by_value, labelled[byval]))
  }
  if (yn) {
    code[is.na(code) & f %in% yes_tokens] <- "yes"
    code[is.na(code) & f %in% no_tokens] <- "no"
  }
  mis <- is.na(v) | (is.na(code) & f %in% missing_tokens)
  nonans <- which(!is.na(v) & is.na(code) & f %in% nonanswer_tokens)
  # the label of a declared non-answer in another language of the codebook
  # ("Non so" read with language = "en") is that option
  declared <- option_keys(rows[rows$missing, , drop = FALSE], "auto")
  own <- nonans[!is.na(declared[f[nonans]])]
  code[own] <- unname(declared[f[own]])
  nonans <- setdiff(nonans, own)
  note(nonans, it, v[nonans], reason_nonanswer)
  bad <- setdiff(which(is.na(code) & !mis), listed)
  if (type == "likert" && length(bad) && !numeric_codes(rows$option, rows$missing)) {
    # a number that is not a position on the scale says so
    k <- sum(!rows$missing)
    num <- suppressWarnings(as.numeric(sub(",", ".", f[bad], fixed = TRUE)))
    off <- !is.na(num)
    note(bad[off], it, v[bad[off]], sprintf("outside the 1\u2013%d scale", k))
    bad <- bad[!off]
  }
  note(bad, it, v[bad], "matches no code or label")
  dk <- which(code %in% rows$option[rows$missing])
  if (!is.null(note_missing)) note_missing(dk, it, code[dk])
  code[dk] <- NA_character_
  if (yn) return(code == "yes")
  levels <- rows$option[!rows$missing]
  factor(code, levels = levels, ordered = type == "likert")
}

# A scale whose numbers carry value labels at some points only (SPSS users
# label its ends): the labelled numbers show where the scale starts, so an
# unlabelled number is read by the same shift (0-3 labelled at 0 and 3: 1 is
# the second point); numbers the labels do not place on one shift are
# listed, not read as positions
likert_unlabelled <- function(code, v, rows, labelled, typed, it, note) {
  scale <- rows$option[!rows$missing]
  if (numeric_codes(rows$option, rows$missing)) return(list(code = code, listed = integer()))
  lab <- which(!is.na(labelled) & !is.na(code) & code %in% scale)
  unl <- which(typed & is.na(labelled) & !is.na(v))
  if (!length(lab) || !length(unl)) return(list(code = code, listed = integer()))
  shift <- unique(suppressWarnings(as.numeric(labelled[lab])) - match(code[lab], scale))
  num <- suppressWarnings(as.numeric(v[unl]))
  if (length(shift) != 1L || is.na(shift)) {
    note(unl, it, v[unl], "a number without a value label on a partly labelled scale")
    code[unl] <- NA_character_
    return(list(code = code, listed = unl))
  }
  pos <- num - shift
  ok <- !is.na(pos) & pos == round(pos) & pos >= 1 & pos <= length(scale)
  code[unl[ok]] <- scale[pos[ok]]
  # outside the scale, as the file numbers it
  off <- unl[!ok]
  note(off, it, v[off], sprintf("outside %s to %s", number_text(1 + shift),
                                number_text(length(scale) + shift)))
  code[off] <- NA_character_
  list(code = code, listed = off)
}

# The cell of a delimited check-all column that a reader of a format (Google
# Forms) writes for a row that answered with written-in text only: answered,
# no listed option ticked (a file's cell holding only this sign reads so
# too).  A cell of separators only names no option and is reported.
written_only_cell <- "\u2205"

read_multi <- function(it, rows, take, hdr, n, language, note,
                       ticks = list(yes = yes_tokens, no = no_tokens),
                       labelled = function(col) NULL) {
  opts <- rows$option
  cols <- paste(it, opts, sep = "_")
  res <- stats::setNames(rep(list(rep(NA, n)), length(opts)), cols)
  per <- cols %in% hdr
  if (any(per)) {
    cells <- lapply(cols[per], take)
    f <- lapply(cells, fold_text)
    # a cell that is blank or only marks no data ("-", "n/a") ticks nothing,
    # unless it is the option's label; a cell that states a non-answer
    # ("non so") is NA and listed; a row of only such cells is unanswered
    # (an option coded as a word of absence, REDCap's choice `0, None` in
    # the column `item___0`, is no tick by its code: 0 there is unticked)
    labs <- lapply(which(per), function(o) {
      code <- fold_text(rows$option[o])
      fold_text(c(if (!code %in% ticks$no) rows$option[o],
                  unlist(rows[o, grep("^label_", names(rows))], use.names = FALSE)))
    })
    unmarked <- lapply(seq_along(f), function(k)
      (is.na(f[[k]]) | f[[k]] %in% blank_tokens) & !f[[k]] %in% labs[[k]])
    nonans <- lapply(seq_along(f), function(k)
      !is.na(f[[k]]) & f[[k]] %in% nonanswer_tokens & !f[[k]] %in% labs[[k]])
    blank <- Reduce(`&`, Map(`|`, unmarked, nonans))
    for (k in seq_along(cells)) {
      o <- which(per)[k]
      lab <- labs[[k]]
      fk <- f[[k]]
      fk[!fk %in% lab] <- whole_number(fk[!fk %in% lab])
      val <- rep(NA, n)
      val[fk %in% c(ticks$yes, lab)] <- TRUE
      val[fk %in% ticks$no & !fk %in% lab] <- FALSE
      empty <- unmarked[[k]]
      val[empty & !blank] <- FALSE
      # a value label of a statistical file that is no word of a tick
      # ("genannt", "quoted"): the 0 or 1 behind it
      num <- labelled(cols[o])
      if (!is.null(num)) {
        behind <- is.na(val) & !empty & !nonans[[k]] & num %in% c("0", "1")
        val[behind] <- num[behind] == "1"
      }
      word <- which(nonans[[k]])
      note(word, cols[o], cells[[k]][word], reason_nonanswer)
      bad <- which(is.na(val) & !empty & !nonans[[k]])
      note(bad, cols[o], cells[[k]][bad], "not a yes/no answer")
      res[[o]] <- val
    }
    for (o in which(!per))
      note(NA_integer_, cols[o], NA_character_, "option column not in file: filled with NA")
    return(res)
  }
  v <- take(it)
  if (is.null(v)) {
    note(NA_integer_, it, NA_character_, reason_absent)
    return(res)
  }
  lut <- option_keys(rows, language)
  for (i in seq_len(n)) {
    if (is.na(v[i])) next
    f <- fold_text(v[i])
    if (f %in% missing_tokens && is.na(lut[f])) {
      if (f %in% nonanswer_tokens) note(i, it, v[i], reason_nonanswer)
      next
    }
    if (identical(v[i], written_only_cell)) {
      for (o in seq_along(opts)) res[[o]][i] <- FALSE
      next
    }
    got <- split_choices(v[i], lut)
    if (length(got$unmatched)) {
      # one piece that is no option: the row's answer is unknown, not "none"
      for (piece in got$unmatched) note(i, it, piece, "matches no code or label")
      next
    }
    if (!length(got$codes)) {
      # separators only (";", as a join of blank cells writes): no option
      # named, so the answer is unknown, not "none ticked"
      note(i, it, v[i], "lists no option: read as NA")
      next
    }
    for (o in seq_along(opts)) res[[o]][i] <- opts[o] %in% got$codes
  }
  res
}

# The options named in one cell of delimited choices. The cell is cut at
# its separators (; | , and line breaks, never a bare space) and runs of
# pieces are matched whole against the codes and labels, the longest run
# first, so that a label holding a separator ("Limiti organizzativi (tempo,
# carichi, burocrazia)") is one option and a written-in "Advocacy groups"
# is not the option "Advocacy". Pieces that match nothing are returned as
# written in `unmatched`, and runs of them with their separators in
# `written`.
split_choices <- function(cell, lut) {
  m <- gregexpr("[;|,\n]", cell, perl = TRUE)[[1L]]
  cuts <- if (m[1L] == -1L) integer() else as.integer(m)
  starts <- c(1L, cuts + 1L)
  ends <- c(cuts - 1L, nchar(cell))
  piece <- trimws(substring(cell, starts, ends))
  n <- length(piece)
  codes <- unmatched <- written <- character()
  run <- integer()
  end_run <- function() {
    if (length(run))
      written <<- c(written, trimws(substring(cell, starts[min(run)], ends[max(run)])))
    run <<- integer()
  }
  i <- 1L
  while (i <= n) {
    if (!nzchar(piece[i])) {
      i <- i + 1L
      next
    }
    hit <- NA_integer_
    for (j in n:i) {
      if (!nzchar(piece[j])) next
      code <- lut[fold_text(substring(cell, starts[i], ends[j]))]
      if (!is.na(code)) {
        hit <- j
        break
      }
    }
    # "2.0" for the code 2
    if (is.na(hit)) {
      code <- lut[whole_number(fold_text(piece[i]))]
      if (!is.na(code)) hit <- i
    }
    if (is.na(hit)) {
      unmatched <- c(unmatched, piece[i])
      run <- c(run, i)
      i <- i + 1L
    } else {
      end_run()
      codes <- c(codes, unname(code))
      i <- hit + 1L
    }
  }
  ends_written <- length(run) > 0L
  end_run()
  # ends_written: the cell ends with written-in text (Google Forms writes
  # an "Other" answer after the listed options)
  list(codes = unique(codes), unmatched = unmatched, written = written,
       ends_written = ends_written)
}

#' Problems found while reading a survey export
#'
#' Every answer [read_survey()] could not type (it became `NA`), every
#' column the codebook does not know (kept as character) and every codebook
#' item missing from the file (filled with `NA`).
#'
#' A subset of a survey (`x[i, ]`, `x[, j]`, `x[j]`) keeps its codebook and
#' the problems of the rows and columns it keeps, with rows renumbered to
#' their positions in the subset. `x["item"]` of a check-all item takes its
#' option columns, so that `tabulate_multi(x["item"])` tabulates it as
#' `tabulate_choice(x["item"])` does a single-choice item.
#'
#' @param x A `peer_survey` from [read_survey()], or a `peer_design` from
#'   [survey_design()] (its survey's problems), as [survey_tables()] and
#'   [write_tables()] take either.
#' @param language Language of the reasons: `"en"`, `"it"`, `"fr"`,
#'   `"de"` or `"es"` (the languages of the package's fixed words), or
#'   another language of the survey's codebook, whose reasons stay in English;
#'   reasons the package has no words for stay in English.
#' @return A data frame with columns `row` (row of the result, `NA` for a
#'   whole column), `id` (the unit's identifier in that row), `column`,
#'   `value` (the answer as written) and `reason`.
#' @examples
#' cb <- survey_codebook(system.file("extdata", "services-codebook.csv",
#'                                   package = "peersurvey"))
#' f <- tempfile(fileext = ".csv")
#' writeLines(c("service_id,region,service_type,peer_workers,n_peer,notes",
#'              "S1,North,community,Maybe,3,first wave",
#'              "S2,East,crisis,No,-2,"), f)
#' x <- read_survey(f, cb)
#' survey_problems(x)
#' survey_problems(x, language = "it")
#' @export
survey_problems <- function(x, language = "en") {
  x <- survey_of_design(x)
  check_survey(x)
  language <- words_language(language, survey_codebook_of(x))
  prob <- attr(x, "problems", exact = TRUE) %||%
    data.frame(row = integer(), column = character(), value = character(),
               reason = character(), stringsAsFactors = FALSE)
  prob$reason <- translate_words(prob$reason, language, "reason_")
  survey_with_id(x, prob)
}

#' Declared non-answers of a survey
#'
#' The answers that chose an option the codebook declares as missing (its
#' `missing` column, such as "Don't know"): they are `NA` in the typed
#' columns, like blanks, and are listed here so that tables can count them
#' apart from blanks ([survey_tables()] does).
#'
#' @param x A `peer_survey` from [read_survey()], or a `peer_design` from
#'   [survey_design()] (its survey's non-answers).
#' @return A data frame with columns `row`, `id` (the unit's id), `column`
#'   (the item) and `value` (the option code chosen, or the missing data
#'   code a REDCap export gives in place of an answer).
#' @examples
#' cb <- survey_codebook(system.file("extdata", "services-codebook.csv",
#'                                   package = "peersurvey"))
#' f <- tempfile(fileext = ".csv")
#' writeLines(c("service_id,region,service_type,peer_workers,satisfaction",
#'              "S1,North,community,Yes,Don't know", "S2,East,crisis,Yes,Satisfied"), f)
#' x <- suppressWarnings(read_survey(f, cb))
#' survey_missing(x)
#' @export
survey_missing <- function(x) {
  x <- survey_of_design(x)
  check_survey(x)
  dm <- attr(x, "declared_missing", exact = TRUE) %||%
    data.frame(row = integer(), column = character(), value = character(),
               stringsAsFactors = FALSE)
  survey_with_id(x, dm)
}

# A problem or non-answer list with the unit's id beside the row (a record
# left out of the survey carries the id it had in the file)
survey_with_id <- function(x, tab) {
  cb <- survey_codebook_of(x)
  idcol <- if (!is.null(cb)) codebook_id(cb)
  ids <- if (!is.null(idcol) && !is.null(x[[idcol]])) as.character(x[[idcol]])
  id <- if (is.null(ids)) rep(NA_character_, nrow(tab)) else ids[tab$row]
  if (!is.null(tab$id)) id[is.na(tab$row)] <- tab$id[is.na(tab$row)]
  rest <- tab[setdiff(names(tab), c("row", "id"))]
  cbind(tab["row"], data.frame(id = id, stringsAsFactors = FALSE), rest)
}

#' The platform's columns of a survey export
#'
#' What [read_survey()] kept apart from the answers: the survey platform's
#' own columns (LimeSurvey's response id, submit date and timings; REDCap's
#' `redcap_*` and `*_complete` columns; Google Forms' timestamp) and the
#' written-in "Other" answers (`<item>_other`), one row per unit of the
#' survey. A text left blank is `NA`, whatever the platform wrote.
#'
#' @param x A `peer_survey` from [read_survey()].
#' @return A data frame of character columns (no columns when the export had
#'   none).
#' @examples
#' cb <- survey_codebook(system.file("extdata", "services-codebook.csv",
#'                                   package = "peersurvey"))
#' f <- tempfile(fileext = ".csv")
#' writeLines(c("id,submitdate,service_id,region,service_type,peer_workers",
#'              "1,2025-01-20,S1,North,community,Y", "2,,S2,East,crisis,N"), f)
#' x <- suppressWarnings(read_survey(f, cb))
#' x$service_id
#' survey_metadata(x)
#' summary(x)
#' @export
survey_metadata <- function(x) {
  check_survey(x)
  md <- attr(x, "metadata", exact = TRUE) %||% data.frame(row.names = seq_len(nrow(x)))
  # one row per unit, named as the survey's rows (the file's records left
  # out leave no gaps)
  if (nrow(md) == nrow(x)) rownames(md) <- rownames(x)
  md
}

#' Print and summarise a survey
#'
#' `print()` shows the survey's units and columns, how many answers
#' [survey_problems()] lists, and its first rows; `summary()` how it was
#' read: the file and its format, the records kept, left out and skipped,
#' and the answers not read as the codebook expects. Both speak the
#' language of the codebook's labels (its first, or `language`), with
#' fixed words in English, Italian, French, German or Spanish (English for
#' another language).
#'
#' @param x,object A `peer_survey` from [read_survey()] (for
#'   `print.summary.peer_survey()`, its summary).
#' @param n Rows to show.
#' @param language Language of the unit's name and the fixed words: one of
#'   the codebook's or of the fixed words ("en", "it", "fr", "de", "es");
#'   by default the codebook's first.
#' @param ... Unused.
#' @return `print()`: `x`, invisibly. `summary()`: a `summary.peer_survey`
#'   list (`read`, `units`, `problems`, `language`), printed as text.
#' @examples
#' s <- suppressWarnings(read_survey(
#'   system.file("extdata", "services-export.csv", package = "peersurvey"),
#'   survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))))
#' s
#' print(s, n = 2, language = "it")
#' summary(s)
#' @name peer_survey-methods
NULL

#' @rdname peer_survey-methods
#' @export
summary.peer_survey <- function(object, language = NULL, ...) {
  rd <- attr(object, "read", exact = TRUE)
  prob <- survey_problems(object)
  structure(list(read = rd, units = nrow(object), problems = prob,
                 language = print_language(survey_codebook_of(object), language)),
            class = "summary.peer_survey")
}

#' @rdname peer_survey-methods
#' @export
print.summary.peer_survey <- function(x, ...) {
  lang <- x$language %||% "en"
  rd <- x$read
  if (!is.null(rd)) {
    # a text export: its platform, delimiter and encoding; a sheet or a
    # statistical file: its kind (and a platform's layout, when one was read)
    how <- if (identical(rd$kind, "text") || is.null(rd$kind))
      c(rd$format, if (!is.null(rd$delimiter))
        word_fill("survey_delimiter", lang, delimiter = gsub("\t", "\\t", rd$delimiter,
                                                             fixed = TRUE)),
        rd$encoding)
    else c(rd$kind, if (!identical(rd$format, "plain")) rd$format)
    cat(word_fill("survey_read", lang, file = rd$file, how = paste(how, collapse = ", ")),
        "\n", sep = "")
    nd <- if (is.null(rd$dropped)) 0L else nrow(rd$dropped)
    ns <- if (is.null(rd$skipped)) 0L else nrow(rd$skipped)
    cat(word_fill(word_key_n("survey_records", rd$rows_in_file), lang, n = rd$rows_in_file,
                  kept = x$units, dropped = nd, skipped = ns), "\n", sep = "")
    # the reasons in the language, counted alike whatever line they name
    for (reason in list(rd$dropped$reason, rd$skipped$reason)) {
      if (!length(reason)) next
      reason <- gsub("\\b(line|row) [0-9]+", "\\1 \u2026", reason)
      tab <- table(translate_words(reason, lang, "reason_"))
      for (r in names(tab)) cat(sprintf("  %d %s\n", tab[[r]], r))
    }
  } else {
    cat(x$units, " ", unit_name(NULL, lang, x$units), "\n", sep = "")
  }
  np <- sum(!is.na(x$problems$row))
  cat(word_fill(word_key_n("survey_not_read", np), lang, n = np), "\n", sep = "")
  invisible(x)
}

#' @rdname peer_survey-methods
#' @export
print.peer_survey <- function(x, n = 6L, language = NULL, ...) {
  cb <- attr(x, "codebook")
  scb <- survey_codebook_of(x)
  lang <- print_language(scb, language)
  np <- nrow(survey_problems(x))
  unit <- unit_name(scb, lang, nrow(x))
  cat(word_fill("survey_head", lang, n = nrow(x), unit = unit, columns = ncol(x),
                codebook = if (!is.null(cb))
                  word_fill("survey_head_codebook", lang, items = length(unique(cb$item)))
                else ""), "\n", sep = "")
  cat(if (np) word_fill(word_key_n("survey_problems", np), lang, n = np)
      else word("survey_problems_none", lang), "\n", sep = "")
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  attr(df, "codebook") <- attr(df, "problems") <- attr(df, "declared_missing") <- NULL
  attr(df, "read") <- attr(df, "metadata") <- NULL
  shown <- seq_len(min(ncol(df), 6L))
  print(utils::head(df[, shown, drop = FALSE], n))
  if (ncol(df) > length(shown)) {
    rest <- names(df)[-shown]
    cat(word_fill(word_key_n("survey_more_columns", length(rest)), lang, n = length(rest),
                  columns = show_values(rest, max = 8L, quote = FALSE, language = lang)),
      "\n", sep = "")
  }
  invisible(x)
}

#' @export
`[.peer_survey` <- function(x, i, j, drop) {
  # x[j] (list-style) selects columns only; x[i, j] rows and columns
  list_style <- nargs() - (!missing(drop)) < 3L
  # x["item"] of a check-all item takes its option columns
  if (list_style && !missing(i) && is.character(i)) {
    cols <- survey_item_columns(x, i)
    if (!identical(cols, i)) return(x[cols])
  }
  out <- NextMethod()
  if (!is.data.frame(out)) return(out)
  n <- .row_names_info(x, 2L)
  rows <- if (list_style || missing(i)) seq_len(n) else {
    pos <- data.frame(pos = seq_len(n))
    attr(pos, "row.names") <- attr(x, "row.names")
    pos[i, "pos"]
  }
  attr(out, "codebook") <- attr(x, "codebook", exact = TRUE)
  prob <- attr(x, "problems", exact = TRUE)
  if (is.data.frame(prob)) attr(out, "problems") <- survey_subset_problems(
    prob, rows, names(x), names(out), attr(x, "codebook", exact = TRUE))
  dm <- attr(x, "declared_missing", exact = TRUE)
  if (is.data.frame(dm)) attr(out, "declared_missing") <- survey_subset_problems(
    dm, rows, names(x), names(out), attr(x, "codebook", exact = TRUE))
  attr(out, "read") <- attr(x, "read", exact = TRUE)
  meta <- attr(x, "metadata", exact = TRUE)
  if (is.data.frame(meta) && nrow(meta) == n) {
    meta <- meta[rows, , drop = FALSE]
    rownames(meta) <- NULL
    attr(out, "metadata") <- meta
  }
  if (!inherits(out, "peer_survey")) class(out) <- c("peer_survey", class(out))
  out
}

# Column names with each name of a check-all item that is not a column
# itself replaced by the item's option columns (item_option) in the survey
survey_item_columns <- function(x, names) {
  cb <- attr(x, "codebook", exact = TRUE)
  if (!is.data.frame(cb)) return(names)
  have <- names(x)
  out <- lapply(names, function(nm) {
    if (is.na(nm) || nm %in% have) return(nm)
    opts <- cb$option[cb$item == nm & cb$type == "multi"]
    cols <- intersect(paste0(nm, "_", opts), have)
    if (length(cols)) cols else nm
  })
  unlist(out, use.names = FALSE)
}

# The problems of a subset: those of the rows kept, re-indexed to their new
# positions (a row taken twice has its problems twice), and those of the
# columns kept (a problem about an item is kept while any of its columns is)
survey_subset_problems <- function(prob, rows, old_names, new_names, codebook) {
  if (!nrow(prob)) return(prob)
  col_kept <- vapply(as.character(prob$column), function(col) {
    if (is.na(col)) return(TRUE)
    opts <- if (is.data.frame(codebook)) codebook$option[codebook$item == col] else character()
    cols <- intersect(old_names, c(col, trimws(col), paste0(col, "_", opts)))
    !length(cols) || any(cols %in% new_names)
  }, NA, USE.NAMES = FALSE)
  prob <- prob[col_kept, , drop = FALSE]
  whole <- prob[is.na(prob$row), , drop = FALSE]
  cells <- prob[!is.na(prob$row), , drop = FALSE]
  new_pos <- which(!is.na(rows) & rows %in% cells$row)
  take <- unlist(lapply(new_pos, function(k) which(cells$row == rows[k])), use.names = FALSE)
  times <- vapply(new_pos, function(k) sum(cells$row == rows[k]), 1L)
  cells <- cells[take, , drop = FALSE]
  cells$row <- rep.int(as.integer(new_pos), times)
  out <- rbind(cells, whole)
  rownames(out) <- NULL
  out
}
