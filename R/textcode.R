# Dictionary coding of free-text answers.  The coding frame is data (a CSV a
# researcher can edit); text_dictionary() checks it and compiles it in C;
# code_text() scans each answer once.

# Words that end a clause, besides the punctuation . ; : ! ? ... and line
# breaks.
textcode_clause_words <- c("ma", "pero", "tuttavia", "bensi", "eppure",
                           "but", "however", "although", "though", "whereas")

textcode_negation <- list(
  it = c("non", "nessun", "nessuna", "nessuno", "alcun", "senza", "ne", "mai",
         "nemmeno", "neanche", "neppure", "niente", "nulla", "nessunissimo"),
  en = c("no", "not", "none", "nor", "neither", "never", "without", "nothing",
         "nobody", "cannot", "isn", "aren", "wasn", "weren", "don", "doesn",
         "didn", "haven", "hasn", "hadn", "won", "wouldn", "shouldn", "couldn")
)

#' Negation cues
#'
#' The words that, placed shortly before a dictionary match in the same
#' clause, cancel it (see [text_dictionary()]). Cues are single words and are
#' compared after folding (case and accents ignored), so Italian *né* is
#' written `"ne"`.
#'
#' @param language Language codes: `"it"` (Italian), `"en"` (English).
#' @return A character vector of cues, without duplicates.
#' @export
#' @examples
#' negation_cues("it")
#' negation_cues(c("it", "en"))
negation_cues <- function(language = c("it", "en")) {
  if (!is.character(language) || anyNA(language))
    abort(sprintf("`language` must be a character vector without NA, not %s",
                  if (is.character(language)) "one with NA" else class(language)[1L]),
          "peersurvey_bad_argument")
  bad <- setdiff(language, names(textcode_negation))
  if (length(bad))
    abort(sprintf("`language` must be among %s, not %s",
                  show_values(names(textcode_negation)), show_values(bad)),
          "peersurvey_bad_argument")
  unique(unlist(textcode_negation[language], use.names = FALSE))
}

#' Compile a coding dictionary for free text
#'
#' Turns a coding frame (one pattern per row) into a reusable dictionary for
#' [code_text()]. The frame is plain data, usually a CSV file kept beside the
#' analysis; `barrier_dictionary()` loads the one shipped for the barriers to
#' peer support named by mental health departments.
#'
#' @section The coding frame:
#' A data frame (or the path of a UTF-8 CSV file) with columns
#' * `category`: the code the pattern gives; categories keep the order of
#'   their first row;
#' * `language`: the language of the pattern (`"it"`, `"en"`, ...); it
#'   selects the default negation cues and is otherwise informative:
#'   every pattern is looked for in every answer;
#' * `pattern`: what to look for (below);
#' * `exclude` (optional): patterns that cancel the category in a clause,
#'   several separated by `|`. The exclusions written on any row of a
#'   category apply to all the category's matches: a match is not counted
#'   when an exclusion pattern of its category occurs anywhere in the same
#'   clause (before or after it).
#'
#' Further columns (labels, notes) are kept and returned by
#' `as.data.frame()`.
#'
#' @section Pattern language:
#' Text and patterns are *folded* before they are compared: letters are put
#' in lower case and accents are removed from Latin letters (à, á, â, ä
#' become a; è, é become e; ç becomes c; ß becomes ss; æ becomes ae; œ
#' becomes oe, and so on for the Latin-1 and Latin Extended-A letters);
#' other scripts are compared as written. A *word* is a maximal run of
#' letters and digits; everything else (spaces, punctuation, symbols, and
#' straight and typographic apostrophes ' ’ ‘ ʼ) separates words, so that
#' the elision "dell'équipe" gives the two words "dell" and "equipe".
#' Combining accents are ignored.
#' * A plain word, `fondi`, matches that whole word only (not "fondini").
#' * A word ending in `*`, `finanz*`, matches every word that begins with it:
#'   "finanziamento", "finanziamenti", "finanza", but not
#'   "rifinanziamento".
#' * Several words, `risorse economiche`, match those words in a row,
#'   separated by any run of spaces or punctuation (line breaks included).
#'   Each word of a phrase may end in `*`: `carenz* di fond*`.
#'
#' Patterns are words, not regular expressions: the characters \[ \]
#' `( ) { } | \ ^ $ ? +` and a `*` anywhere but at the end of a
#' word are errors, which name the row.
#'
#' @section Clauses, negation and exclusions:
#' A *clause* ends at `.`, `;`, `:`, `!`, `?`, `…`, a line break, and before
#' the words `ma`, `però`, `tuttavia`, `bensì`, `eppure`, `but`, `however`,
#' `although`, `though`, `whereas` (so "nessun problema di fondi, ma manca
#' la formazione" negates the funding but not the training). A match
#' belongs to the clause of its first word.
#'
#' A match is *negated*, and not counted, when a negation cue occurs in the
#' same clause before its first word with at most `window` words between the
#' two ("nessun problema di fondi": one cue, two words between, negated with
#' the default `window = 4`). `window = Inf` lets a cue anywhere earlier in
#' the clause negate. A cue inside the match does not negate it, which is
#' how a frame codes negative phrasings of a problem: the pattern
#' `senza fondi` is counted, while `fondi` inside it is negated. The default
#' cues are [negation_cues()] for the languages of the frame
#' (`negation_cues(c("it", "en"))` when none is known).
#'
#' *Negative concord*: a match of a pattern whose first word, folded and
#' without its `*`, is itself one of the cues is never negated by a cue
#' before it. In Italian "non c'è nessuna formazione" and "non abbiamo
#' nessun finanziamento" state the lack: the `non` does not cancel the
#' `nessun* formazione` or `nessun* finanziament*` of the frame. Other
#' patterns are negated as before: "non mancano i fondi" negates
#' `manca* i fondi`, and "nessun problema di fondi" negates `fondi`.
#'
#' An answer has a category when at least one match of the category's
#' patterns is neither negated nor excluded.
#'
#' @section Saving:
#' The compiled automaton lives in memory outside R. A dictionary saved with
#' `saveRDS()` keeps its frame and is compiled again, transparently, the
#' first time it is used after being read back.
#'
#' @param x A coding frame: a data frame or the path of a CSV file (UTF-8).
#'   A `peer_dictionary` is returned as it is.
#' @param negation Negation cues (single words), or `NULL` for the default
#'   cues of the frame's languages; `character(0)` turns negation off.
#' @param window Largest number of words allowed between a negation cue and
#'   the match it negates; `Inf` for anywhere earlier in the clause.
#' @return An object of class `peer_dictionary`: a list with the frame
#'   (`frame`), the categories in order (`categories`), the cues
#'   (`negation`), `window`, and the compiled automaton.
#' @seealso [code_text()], [barrier_dictionary()], [text_words()]
#' @export
#' @examples
#' frame <- data.frame(
#'   category = c("funding", "funding", "funding", "training"),
#'   language = "it",
#'   pattern = c("fondi", "finanziament*", "senza fondi", "senza formazione"),
#'   exclude = c("fondi europei", NA, NA, NA)
#' )
#' d <- text_dictionary(frame)
#' d
#' code_text(c("Mancano i finanziamenti", "nessun problema di fondi",
#'             "Senza fondi e senza formazione specifica",
#'             "Il gruppo si incontra ogni settimana"), d)
text_dictionary <- function(x, negation = NULL, window = 4) {
  if (inherits(x, "peer_dictionary")) return(x)
  textcode_build(textcode_read_frame(x, "x"), negation, window, "x")
}

# Compile a checked frame; `arg` names the argument it came in.
textcode_build <- function(frame, negation, window, arg) {
  check_number(window, "window", lower = 0, upper = Inf)
  if (!is.infinite(window) && window != round(window))
    abort("`window` must be a whole number of words or Inf", "peersurvey_bad_argument")
  if (is.null(negation)) {
    langs <- intersect(unique(frame$language), names(textcode_negation))
    negation <- negation_cues(if (length(langs)) langs else names(textcode_negation))
  }
  if (!is.character(negation))
    abort(sprintf("`negation` must be a character vector of words, not %s", class(negation)[1L]),
          "peersurvey_bad_argument")
  if (anyNA(negation))
    abort(sprintf("`negation` must not contain NA: element %s",
                  show_values(which(is.na(negation)), quote = FALSE)), "peersurvey_bad_argument")
  negation <- enc2utf8(negation)
  for (i in seq_along(negation)) {
    w <- text_words(negation[i])$word
    if (length(w) != 1L)
      abort(sprintf("`negation` cues must be single words: element %d is %s", i,
                    show_values(negation[i])), "peersurvey_bad_argument")
  }
  categories <- unique(frame$category)
  # patterns and exclusions, one row each
  pat <- data.frame(row = seq_len(nrow(frame)), category = frame$category,
                    pattern = frame$pattern, exclusion = FALSE,
                    stringsAsFactors = FALSE)
  if (!is.null(frame$exclude)) {
    ex <- frame$exclude
    has <- which(!is.na(ex) & nzchar(trimws(ex)))
    for (i in has) {
      parts <- trimws(strsplit(ex[i], "|", fixed = TRUE)[[1L]])
      parts <- parts[nzchar(parts)]
      for (p in parts) textcode_check_pattern(p, i, "exclude", arg)
      if (length(parts))
        pat <- rbind(pat, data.frame(row = i, category = frame$category[i],
                                     pattern = parts, exclusion = TRUE,
                                     stringsAsFactors = FALSE))
    }
  }
  structure(
    list(frame = frame, categories = categories, negation = negation,
         window = as.double(window), patterns = pat,
         cache = textcode_compile(pat, categories, negation, window)),
    class = "peer_dictionary"
  )
}

# The compiled pointer sits in an environment so that a dictionary read back
# from disk (NULL pointer) is recompiled once and keeps the result.
textcode_compile <- function(pat, categories, negation, window) {
  env <- new.env(parent = emptyenv())
  env$pointer <- .Call(C_text_dictionary, enc2utf8(pat$pattern),
                       match(pat$category, categories), pat$exclusion,
                       length(categories), negation, textcode_clause_words,
                       as.double(window))
  env
}

textcode_pointer <- function(dictionary) {
  pat <- dictionary$patterns
  if (!is.data.frame(pat) || !is.character(pat$pattern) || !is.logical(pat$exclusion) ||
      !is.character(dictionary$categories) || !is.character(dictionary$negation) ||
      !is.numeric(dictionary$window))
    abort("`dictionary` is not a valid peer_dictionary: build it with text_dictionary()",
          "peersurvey_bad_argument")
  env <- dictionary$cache
  if (!is.environment(env) || !.Call(C_text_dictionary_ok, env$pointer)) {
    fresh <- textcode_compile(dictionary$patterns, dictionary$categories,
                              dictionary$negation, dictionary$window)
    if (is.environment(env)) env$pointer <- fresh$pointer else env <- fresh
  }
  env$pointer
}

# `arg` is the argument the frame came in: `x` of text_dictionary(),
# `dictionary` of code_text().
textcode_read_frame <- function(x, arg) {
  if (is.character(x) && length(x) == 1L && !is.na(x)) {
    if (!file.exists(x))
      abort(sprintf("`%s` must be a data frame or the path of a CSV file; file %s does not exist",
                    arg, show_values(x)), "peersurvey_bad_argument")
    x <- utils::read.csv(x, colClasses = "character", encoding = "UTF-8",
                         fileEncoding = "UTF-8", na.strings = "", check.names = FALSE)
  }
  if (!is.data.frame(x))
    abort(sprintf("`%s` must be a data frame or the path of a CSV file, not %s", arg,
                  textcode_describe(x)), "peersurvey_bad_argument")
  need <- c("category", "language", "pattern")
  miss <- setdiff(need, names(x))
  if (length(miss))
    abort(sprintf("the coding frame `%s` lacks column%s %s", arg,
                  if (length(miss) > 1L) "s" else "", show_values(miss)),
          "peersurvey_bad_dictionary")
  if (nrow(x) == 0L)
    abort(sprintf("the coding frame `%s` has no rows", arg), "peersurvey_bad_dictionary")
  x <- as.data.frame(x, stringsAsFactors = FALSE)
  for (col in intersect(c(need, "exclude"), names(x))) {
    v <- x[[col]]
    if (is.factor(v)) v <- as.character(v)
    if (!is.character(v) && !(col == "exclude" && all(is.na(v))))
      abort(sprintf("column `%s` of the coding frame `%s` must be character, not %s", col, arg,
                    class(v)[1L]), "peersurvey_bad_dictionary")
    if (!is.character(v)) v <- as.character(v)
    v <- textcode_utf8(v, paste0(arg, "$", col), "row")
    x[[col]] <- if (col == "exclude") v else trimws(v)
  }
  for (col in c("category", "language")) {
    bad <- which(is.na(x[[col]]) | !nzchar(x[[col]]))
    if (length(bad))
      abort(sprintf("column `%s` of the coding frame `%s` is empty in %s", col, arg,
                    show_rows(bad)), "peersurvey_bad_dictionary")
  }
  bad <- which(is.na(x$pattern) | !nzchar(x$pattern))
  if (length(bad))
    abort(sprintf("the coding frame `%s` has an empty pattern in %s", arg, show_rows(bad)),
          "peersurvey_bad_dictionary")
  for (i in seq_len(nrow(x))) textcode_check_pattern(x$pattern[i], i, "pattern", arg)
  key <- paste(x$category, tolower(gsub("[[:space:]]+", " ", x$pattern)), sep = "\r")
  dup <- which(duplicated(key))
  if (length(dup)) {
    first <- match(key[dup[1L]], key)
    abort(sprintf("the coding frame `%s` repeats pattern %s of category %s in rows %d and %d",
                  arg, show_values(x$pattern[dup[1L]]), show_values(x$category[dup[1L]]),
                  first, dup[1L]), "peersurvey_bad_dictionary")
  }
  rownames(x) <- NULL
  x
}

# "a character vector", "a list", "NULL": what was given instead
textcode_describe <- function(x) {
  if (is.null(x)) return("NULL")
  if (is.character(x) && length(x) != 1L)
    return(sprintf("a character vector of length %d", length(x)))
  if (is.character(x) && is.na(x)) return("NA")
  class(x)[1L]
}

textcode_check_pattern <- function(p, row, col, arg) {
  fail <- function(why)
    abort(sprintf("the coding frame `%s` has an invalid %s in row %d (%s): %s", arg, col, row,
                  show_values(p), why), "peersurvey_bad_dictionary")
  if (grepl("[][(){}|\\\\^$?+]", p))
    fail("patterns are words, not regular expressions")
  # words with their 1-based start and end (the C part of text_words())
  w <- .Call(C_text_words, enc2utf8(p))
  if (grepl("*", p, fixed = TRUE)) {
    # a star closes a word: right after a letter or digit, before a separator
    stars <- which(strsplit(p, "")[[1L]] == "*")
    if (!all((stars - 1L) %in% w[[3L]] & !((stars + 1L) %in% w[[2L]])))
      fail("`*` must end a word")
  }
  if (!length(w[[1L]])) fail("it has no word")
  invisible(TRUE)
}

#' Words of a text as the dictionary coder sees them
#'
#' Folds a text (lower case, accents removed, see [text_dictionary()]) and
#' splits it into words, with the character positions of each word in the
#' original text and the number of its clause. Useful to see why a pattern
#' does or does not match.
#'
#' @param text A single string.
#' @return A data frame with columns `word` (folded), `start`, `end`
#'   (1-based character positions in `text`) and `clause`.
#' @export
#' @examples
#' text_words("Nell'équipe: RIFINANZIAMENTO, finanziamenti!")
text_words <- function(text) {
  if (!is.character(text) || length(text) != 1L || is.na(text))
    abort(sprintf("`text` must be a single string, not %s", textcode_describe(text)),
          "peersurvey_bad_argument")
  text <- textcode_utf8(text, "text")
  r <- .Call(C_text_words, text)
  # a new clause after clause punctuation, and at each clause-breaking word
  brk <- r[[1L]] %in% textcode_clause_words
  clause <- cumsum(c(TRUE, diff(r[[4L]]) > 0) | brk)
  data.frame(word = r[[1L]], start = as.integer(r[[2L]]), end = as.integer(r[[3L]]),
             clause = as.integer(clause), stringsAsFactors = FALSE)
}

textcode_utf8 <- function(x, arg, what = "element") {
  enc <- Encoding(x)
  if (any(enc == "bytes")) {
    bad <- which(enc == "bytes")
    abort(sprintf("`%s` has strings marked as bytes, not text, in %s%s %s", arg, what,
                  if (length(bad) > 1L) "s" else "", show_values(bad, quote = FALSE)),
          "peersurvey_bad_encoding")
  }
  # strings that claim to be UTF-8 (marked, or native in a UTF-8 locale) must
  # be valid; others (latin1, native elsewhere) are converted
  claim <- enc == "UTF-8" | (enc == "unknown" & isTRUE(l10n_info()[["UTF-8"]]))
  bad <- which(claim & !is.na(x) & !validUTF8(x))
  if (length(bad))
    abort(sprintf("`%s` is not valid UTF-8 in %s%s %s", arg, what,
                  if (length(bad) > 1L) "s" else "", show_values(bad, quote = FALSE)),
          "peersurvey_bad_encoding")
  if (!all(claim)) x[!claim] <- enc2utf8(x[!claim])
  x
}

#' Code free-text answers with a dictionary
#'
#' Looks for the patterns of a coding dictionary in each answer and reports,
#' for each category, whether the answer mentions it. Matching rules,
#' negation and exclusions are described in [text_dictionary()]. Each
#' answer is read once by a C automaton whose cost does not grow with the
#' number of patterns.
#'
#' @param text A character vector of answers (a factor is taken as its
#'   labels). Strings marked as latin1 are converted to UTF-8; invalid UTF-8
#'   is an error naming the element.
#' @param dictionary A `peer_dictionary` from [text_dictionary()] or
#'   [barrier_dictionary()], or a coding frame (data frame or CSV path),
#'   compiled on the fly.
#' @param evidence If `TRUE`, also return every match found, for audit.
#' @return With `evidence = FALSE`, a data frame with one logical column per
#'   category (in dictionary order) and one row per answer: `NA` for an `NA`
#'   answer, `FALSE` for an empty one. With `evidence = TRUE`, a list with
#'   `codes` (that data frame) and `evidence`, a data frame with one row per
#'   match: `answer` (row of `text`), `category`, `pattern` (as written in
#'   the frame), `start` and `end` (1-based character positions in the
#'   original answer), `match` (the matched text) and `status`: `"coded"`,
#'   `"negated"`, `"excluded"`, or `"exclusion"` for a match of an exclusion
#'   pattern.
#' @seealso [text_dictionary()], [coder_agreement()] to compare with human
#'   coders.
#' @export
#' @examples
#' answers <- c("Mancano i finanziamenti e la figura non è riconosciuta",
#'              "Nessun problema di fondi; resistenze culturali dell'équipe",
#'              NA, "")
#' code_text(answers, barrier_dictionary())
#' code_text(answers[1:2], barrier_dictionary(), evidence = TRUE)$evidence
code_text <- function(text, dictionary, evidence = FALSE) {
  check_flag(evidence)
  if (is.factor(text)) text <- as.character(text)
  if (!is.character(text))
    abort(sprintf("`text` must be a character vector, not %s", class(text)[1L]),
          "peersurvey_bad_argument")
  if (!inherits(dictionary, "peer_dictionary")) {
    if (is.data.frame(dictionary) ||
        (is.character(dictionary) && length(dictionary) == 1L && !is.na(dictionary)))
      dictionary <- textcode_build(textcode_read_frame(dictionary, "dictionary"), NULL, 4,
                                   "dictionary")
    else
      abort(sprintf(paste("`dictionary` must be a peer_dictionary (see text_dictionary()),",
                          "a coding frame or the path of a CSV file, not %s"),
                    textcode_describe(dictionary)), "peersurvey_bad_argument")
  }
  text <- textcode_utf8(text, "text")
  res <- .Call(C_code_text, unname(text), textcode_pointer(dictionary), evidence)
  codes <- as.data.frame(res[[1L]])
  names(codes) <- dictionary$categories
  if (!evidence) return(codes)
  ev <- res[[2L]]
  pat <- dictionary$patterns[ev[[2L]], , drop = FALSE]
  start <- as.integer(ev[[3L]])
  end <- as.integer(ev[[4L]])
  evd <- data.frame(
    answer = ev[[1L]], category = pat$category, pattern = pat$pattern,
    start = start, end = end, match = substring(text[ev[[1L]]], start, end),
    status = c("coded", "negated", "excluded", "exclusion")[ev[[5L]] + 1L],
    stringsAsFactors = FALSE
  )
  # an exclusion is shown only where it cancelled a match of its category
  used <- paste(evd$answer, evd$category)[evd$status == "excluded"]
  evd <- evd[evd$status != "exclusion" | paste(evd$answer, evd$category) %in% used, ,
             drop = FALSE]
  evd <- evd[order(evd$answer, evd$start, evd$end), , drop = FALSE]
  rownames(evd) <- NULL
  list(codes = codes, evidence = evd)
}

#' @export
as.data.frame.peer_dictionary <- function(x, ...) x$frame

#' @export
print.peer_dictionary <- function(x, ...) {
  pat <- x$patterns
  n <- table(factor(pat$category[!pat$exclusion], levels = x$categories))
  ne <- table(factor(pat$category[pat$exclusion], levels = x$categories))
  langs <- unique(x$frame$language)
  cat(sprintf("<peer_dictionary> %d categories, %d patterns (%s)\n", length(x$categories),
              sum(!pat$exclusion), paste(langs, collapse = ", ")))
  tab <- data.frame(category = x$categories, patterns = as.integer(n),
                    exclusions = as.integer(ne))
  print(tab, row.names = FALSE)
  cat(sprintf("negation: %d cues, window %s words\n", length(x$negation),
              format(x$window)))
  invisible(x)
}

#' The shipped dictionary of barriers to peer support
#'
#' The coding frame `barriers-dictionary.csv` shipped in `extdata`, compiled:
#' Italian and English patterns for the barriers that directors of mental
#' health departments name when asked why peer support is hard to implement.
#' Its categories are the barrier options of the survey checklist:
#' `recognition` (no formal recognition or contract for the peer role),
#' `funding` (insufficient or unstable funding), `cultural` (resistance of
#' professionals, distrust of experiential knowledge), `training` (lack of
#' training or accreditation), `role` (unclear role in the team),
#' `organisation` (time, workload, bureaucracy), `wellbeing` (support and
#' supervision of peer workers), `stigma`. Columns `label_it` and `label_en`
#' name each category.
#'
#' Every pattern states a problem, not a topic: a topic word is coded only
#' together with a cue of lack, shortfall, instability or absence
#' ("mancanza di fondi", "fondi insufficienti", "pochi fondi", "finanziamenti
#' precari", "lack of funding", "funding cuts", "formazione insufficiente",
#' "manca la formazione", "no dedicated budget"), so that "i fondi sono
#' sufficienti" or "training is excellent" are not coded. Words that name a
#' problem by themselves (stigma, pregiudizi, burocrazia, burnout,
#' diffidenza, resistenze) are patterns on their own. Negation ("non
#' mancano i fondi", "there is no lack of funding") and the exclusions "non è
#' un problema", "not an issue", ... cancel a match as described in
#' [text_dictionary()].
#'
#' Read the frame with `as.data.frame(barrier_dictionary())` or open the CSV
#' (`system.file("extdata", "barriers-dictionary.csv", package =
#' "peersurvey")`) to review or adapt it.
#'
#' @inheritParams text_dictionary
#' @return A `peer_dictionary`.
#' @export
#' @examples
#' d <- barrier_dictionary()
#' d
#' code_text("Mancanza di fondi e resistenze da parte degli operatori", d)
barrier_dictionary <- function(negation = NULL, window = 4) {
  path <- system.file("extdata", "barriers-dictionary.csv", package = "peersurvey")
  if (!nzchar(path)) abort("the shipped barriers dictionary is missing", "peersurvey_error")
  text_dictionary(path, negation = negation, window = window)
}
