# The fixed words of tables and figures (captions, headers, notes), kept as
# data in inst/extdata/words.csv: one row per key, one column per language.
# Labels of items and options come from the codebook, not from here.  The
# fixed words exist in English ("en"), Italian ("it"), French ("fr"),
# German ("de") and Spanish ("es"); another language (one of a codebook's
# labels) falls back to English.

words_cache <- new.env(parent = emptyenv())

words_table <- function() {
  if (is.null(words_cache$table)) {
    path <- system.file("extdata", "words.csv", package = "peersurvey")
    if (!nzchar(path)) abort("the shipped table of words is missing")
    tab <- utils::read.csv(path, colClasses = "character", encoding = "UTF-8",
                           na.strings = character(0), check.names = FALSE)
    words_cache$table <- tab
  }
  words_cache$table
}

# The word `key` in `language` (English when the file has no such
# language or leaves the cell blank); the key itself when unknown
word <- function(key, language = "en") {
  tab <- words_table()
  i <- match(key, tab$key)
  if (is.na(i)) return(key)
  out <- if (language %in% names(tab)) tab[[language]][i] else ""
  if (!nzchar(out)) out <- tab$en[i]
  out
}

# The key of a word about `n` things: "<key>_one" when n is 1 (a
# sentence of its own in every language), else `key`
word_key_n <- function(key, n) if (identical(as.numeric(n), 1)) paste0(key, "_one") else key

# A template word with its {name} fields filled from `...`; in Italian,
# `{prep|name}` is the preposition `prep` ("" for the bare article) joined
# with the plural article that agrees with the value of `name` (a number or
# a noun): "ai 34", "agli 11", "dei dipartimenti", "delle strutture".
word_fill <- function(key, language = "en", ..., .feminine = FALSE) {
  fill_template(word(key, language), list(...), .feminine)
}

# A heading of intervals at level `conf`: the word's "95" before its per cent
# sign, written as each language writes it ("95% CI", "IC 95 %", "95%-KI"),
# becomes the level
word_ci <- function(key, language = "en", conf = 0.95) {
  h <- word(key, language)
  if (conf == 0.95) return(h)
  sub("95(?=\\s?%)", format(100 * conf), h, perl = TRUE)
}

fill_template <- function(text, values, feminine = FALSE) {
  refs <- regmatches(text, gregexpr("\\{[a-z]*\\|?[A-Za-z_0-9]+\\}", text))[[1L]]
  for (ref in unique(refs)) {
    inner <- substr(ref, 2L, nchar(ref) - 1L)
    parts <- strsplit(inner, "|", fixed = TRUE)[[1L]]
    name <- parts[length(parts)]
    v <- values[[name]]
    if (is.null(v)) next
    rep_with <- if (length(parts) == 2L) it_article(parts[1L], v, feminine)
                else paste(as.character(v), collapse = ", ")
    text <- gsub(ref, rep_with, text, fixed = TRUE)
  }
  text
}

# Italian plural article, with a preposition ("a", "da", "di", "in", "su"
# or "" for none), agreeing with the word that follows: a number (read as
# Italian reads it: "otto", "undici", "ottanta" ... take "gli") or a noun.
# Feminine plurals take "le" whatever follows.
it_article <- function(prep, next_word, feminine = FALSE) {
  lead <- if (is.numeric(next_word)) {
    n <- abs(round(next_word[1L]))
    # the first group of up to three digits is what is read first
    while (n >= 1000) n <- n %/% 1000
    if (n == 11 || substr(format(n, scientific = FALSE), 1L, 1L) == "8") "vowel" else "other"
  } else {
    w <- tolower(fold_text(as.character(next_word)[1L]))
    if (grepl("^([aeiouhy]|s[^aeiou]|z|gn|ps|pn|x)", w)) "vowel" else "other"
  }
  art <- if (feminine) "le" else if (lead == "vowel") "gli" else "i"
  if (!nzchar(prep)) return(art)
  joined <- c(a = "a", da = "da", di = "de", "in" = "ne", su = "su")[[prep]]
  if (feminine) paste0(joined, "l", art) else if (art == "gli") paste0(joined, "gli")
  else paste0(joined, "i")
}

# A unit noun is feminine when its Italian plural ends in -e or is an
# invariable noun in -\u00e0 (strutture, aziende, unit\u00e0); -i plurals are
# masculine (dipartimenti, servizi, centri)
it_feminine <- function(noun) {
  grepl("(e|\u00e0)$", tolower(trimws(noun[1L])))
}

# The languages the fixed words exist in (the columns of words.csv after
# `key`): English, Italian, French, German and Spanish
word_languages <- function() setdiff(names(words_table()), "key")

# The one check of every `language` argument: one language code among
# `avail` (by default the languages of the codebook's labels or, without a
# codebook, those of the fixed words), else an error naming the argument,
# the value given and the languages available. NULL: the first of them; a
# vector of them (a formal argument's choices): the first, unless `several`
# is FALSE.
check_language <- function(language, codebook = NULL, arg = "language", avail = NULL,
                           what = NULL, several = TRUE) {
  if (is.null(avail))
    avail <- if (is.null(codebook)) word_languages() else codebook_languages(codebook)
  what <- what %||% if (is.null(codebook)) "the languages of the fixed words"
                    else "the languages of the codebook's labels"
  if (is.null(language)) return(avail[1L])
  if (!is.character(language) || !length(language) || anyNA(language))
    abort(sprintf("`%s` must be a language code, one of %s (%s), not %s", arg,
                  show_values(avail), what,
                  if (is.character(language) || is.logical(language))
                    show_values(language, 3L) else class(language)[1L]),
          "peersurvey_bad_argument")
  if (several && length(language) > 1L) {
    # the choices of a formal argument: take the first
    if (all(language %in% avail)) return(language[1L])
  }
  if (length(language) != 1L || !language %in% avail)
    abort(sprintf("`%s` must be one of %s (%s), not %s",
                  arg, show_values(avail), what, show_values(language, 3L)),
          "peersurvey_bad_argument")
  language
}

# The language of the fixed words of a figure, a Word table or a list of
# problems: one of the fixed words' languages or, when the object has a
# codebook, of its labels' languages (their fixed words fall back to English)
words_language <- function(language, codebook = NULL) {
  avail <- unique(c(word_languages(),
                    if (!is.null(codebook)) codebook_languages(codebook)))
  check_language(language, avail = avail, several = FALSE,
                 what = if (is.null(codebook)) "the languages of the fixed words"
                        else "the languages of the fixed words and of the codebook's labels")
}

# A sentence written from an English template of the words table (a key
# starting with `prefix`), said again in `language`: the template's
# fields are read back from the English sentence. Sentences that match no
# template stay as they are.
translate_words <- function(text, language, prefix) {
  if (language == "en" || !length(text)) return(text)
  tab <- words_table()
  tab <- tab[startsWith(tab$key, prefix), , drop = FALSE]
  out <- text
  for (i in seq_len(nrow(tab))) {
    en <- tab$en[i]
    fields <- regmatches(en, gregexpr("\\{[A-Za-z_]+\\}", en))[[1L]]
    parts <- strsplit(en, "\\{[A-Za-z_]+\\}", perl = TRUE)[[1L]]
    esc <- function(x) gsub("([][{}()+*^$|\\\\?.])", "\\\\\\1", x)
    rx <- paste0("^", paste0(vapply(parts, esc, ""), collapse = "(.+?)"),
                 if (length(fields) >= length(parts)) "(.+?)", "$")
    hit <- !is.na(text) & grepl(rx, text, perl = TRUE) & out == text
    for (j in which(hit)) {
      vals <- regmatches(text[j], regexec(rx, text[j], perl = TRUE))[[1L]][-1L]
      names(vals) <- gsub("[{}]", "", fields)
      out[j] <- fill_template(word(tab$key[i], language), as.list(vals))
    }
  }
  out
}

# The language a result prints its fixed words in: `language` when given
# (checked as the figures check theirs), else the codebook's (the first
# language of its labels, which survey_tables() takes by default), else
# English. Only the words follow it: numbers print as in English.
print_language <- function(codebook, language = NULL) {
  if (!is.null(language)) return(words_language(language, codebook))
  langs <- if (!is.null(codebook)) codebook_languages(codebook)
  if (length(langs)) langs[1L] else "en"
}

# The printed header of a column `name` (the key "col_<name>"); a column
# without a word keeps its name
print_header <- function(name, language) {
  vapply(name, function(k) {
    key <- paste0("col_", sub("%", "pct", k, fixed = TRUE))
    w <- word(key, language)
    if (identical(w, key)) k else w
  }, "", USE.NAMES = FALSE)
}
