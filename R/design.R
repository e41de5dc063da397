# The survey design: the answers tied to the frame of every unit invited,
# with the weighting classes for nonresponse.

#' Tie a survey to its frame
#'
#' A census-like survey invites every unit of a finite population (the
#' frame) and some answer. `survey_design()` ties the answers to the frame
#' by the unit's identifier, checks them, and sets the weighting classes
#' used to adjust for nonresponse. The result is what [estimate_prop()],
#' [response_rates()] and [survey_tables()] take, and what
#' [as_svydesign()] hands over to the survey package.
#'
#' Each respondent's weight is \eqn{N_h / n_h}, the size of its class in
#' the frame over the respondents of that class (a weighting-class
#' adjustment); without `strata` there is one class, the whole frame. The
#' finite population correction uses the class sizes.
#'
#' @param survey A `peer_survey` from [read_survey()] (or a data frame
#'   with the id column).
#' @param frame The frame: a data frame (or the path of a CSV file) with one
#'   row per unit invited, the id column and the columns named in `strata`.
#'   A file is read as [read_survey()] reads an export (delimiter and
#'   encoding guessed) and every column is kept as text, so that ids and
#'   strata keep their text ("001" stays "001"); blank cells are `NA`.
#'   Convert a column to numbers yourself where a function models it as a
#'   number (such as a size in [r_indicator()]).
#' @param id The column holding the unit's identifier, in both `survey` and
#'   `frame`; by default the codebook's `id` item.
#' @param strata `NULL`, or names of `frame` columns whose combinations are
#'   the weighting classes (for example the region). Where a column is an
#'   item of the codebook, its values may be option codes or labels of any
#'   of its languages, in any letter case: they are read as codes, and the
#'   classes follow the codebook's order. Other columns give classes in the
#'   order of their levels (a factor), or sorted: numbers (also numbers
#'   written as text, as in a frame file) by value, other text
#'   alphabetically.
#' @return A `peer_design`: a list with `survey`, `frame` (with the strata
#'   as factors; the other columns as given, or as text when read from a
#'   file), `id`, `strata`, `codebook`, `responded` (one logical per
#'   frame unit), `class` (one weighting class per frame unit), `unit`
#'   (the unit's name from the codebook) and `conflicts`: the respondents
#'   whose own answer to a stratum (a column of `survey` of the stratum's
#'   name, compared as codes where it is an item) differs from the frame's,
#'   with columns `row` (of `survey`), `id`, `column`, `survey` and `frame`
#'   (the values as written). The frame's class is used for them, and
#'   `survey_design()` warns (class `peersurvey_stratum_conflict`). It prints the frame size, the
#'   respondents, the response rate and the classes (named by the
#'   codebook's caption of each stratum that is an item, with its options'
#'   labels), in the codebook's language (see `language`).
#' @seealso [as_svydesign()], [estimate_prop()], [response_rates()],
#'   [survey_tables()].
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' cb <- survey_codebook(ex("services-codebook.csv"))
#' answers <- read_survey(ex("services-export.csv"), cb)
#' d <- survey_design(answers, ex("services-frame.csv"), strata = "region")
#' d
#' @export
survey_design <- function(survey, frame, id = NULL, strata = NULL) {
  check_data_frame(survey, "survey")
  if (is.character(frame) && length(frame) == 1L) frame <- design_read_frame(frame, "frame")
  check_data_frame(frame, "frame")
  cb <- survey_codebook_of(survey)
  if (is.null(id)) {
    if (is.null(cb))
      abort("`id` must name the identifier column: `survey` carries no codebook to take it from",
            "peersurvey_bad_argument")
    id <- codebook_id(cb)
  }
  check_column(id, survey, "id", "`survey`")
  check_column(id, frame, "id", "`frame`")
  fid <- norm_ids(frame[[id]])
  sid <- norm_ids(survey[[id]])
  check_ids(fid, "frame", id)
  check_ids(sid, "survey", id)
  # matched as read_survey() compares ids: case and spaces aside
  fkey <- id_key(fid)
  skey <- id_key(sid)
  check_ids(fkey, "frame", id)
  out <- which(!skey %in% fkey)
  if (length(out)) {
    # ids such as "001" read as numbers lose their leading zeros
    hint <- if (is.numeric(frame[[id]]) && !is.numeric(survey[[id]]))
      paste0("; the frame's ids are numbers: read the frame with its ids as text ",
             "(colClasses = \"character\"), or give its path")
      else ""
    abort(sprintf("`survey` has %d unit%s not in `frame`: %s %s (%s)%s", length(out),
                  if (length(out) == 1L) "" else "s", id, show_values(sid[out], 10L),
                  show_rows(out, 10L), hint),
          c("peersurvey_not_in_frame", "peersurvey_bad_argument"))
  }
  if (!is.null(strata)) {
    if (!is.character(strata) || !length(strata) || anyNA(strata))
      abort("`strata` must be NULL or names of columns of `frame`", "peersurvey_bad_argument")
    for (s in strata) {
      check_column(s, frame, "strata", "`frame`")
      frame[[s]] <- design_stratum(frame[[s]], s, cb)
    }
    cls <- if (length(strata) == 1L) frame[[strata]]
           else interaction(frame[strata], sep = " / ", drop = TRUE, lex.order = TRUE)
  } else {
    cls <- factor(rep("all", nrow(frame)))
  }
  pos <- match(skey, fkey)
  conflicts <- design_stratum_conflicts(survey, frame, strata, pos, sid, cb)
  if (nrow(conflicts)) {
    shown <- utils::head(conflicts, 5L)
    warn(sprintf(paste("`survey` answers %s otherwise than `frame` for %d unit%s: %s%s;",
                       "the frame's class is used (listed in the design's `conflicts`)"),
                 show_values(unique(conflicts$column)), nrow(conflicts),
                 if (nrow(conflicts) == 1L) "" else "s",
                 paste(sprintf("%s %s (row %d) %s in the survey, %s in the frame", id,
                               dQuote(shown$id, FALSE), shown$row, dQuote(shown$survey, FALSE),
                               dQuote(shown$frame, FALSE)), collapse = "; "),
                 if (nrow(conflicts) > 5L) sprintf("; and %d more", nrow(conflicts) - 5L) else ""),
         "peersurvey_stratum_conflict")
  }
  structure(list(survey = survey, frame = frame, id = id, strata = strata, codebook = cb,
                 responded = fkey %in% skey, class = droplevels(cls),
                 pos = pos, conflicts = conflicts),
            class = "peer_design")
}

# Respondents whose own answer to a stratum (a column of `survey` named as
# the stratum) differs from their frame's: one row each, with the row of
# `survey`, the id, the column and both values as written. A blank answer
# differs from nothing. Values are compared as codes where the stratum is
# an item of the codebook (a code or a label of any language), else as
# text, letter case and spacing aside
design_stratum_conflicts <- function(survey, frame, strata, pos, sid, cb) {
  out <- data.frame(row = integer(), id = character(), column = character(),
                    survey = character(), frame = character(), stringsAsFactors = FALSE)
  for (s in intersect(strata, names(survey))) {
    sv <- as.character(survey[[s]])
    fv <- as.character(frame[[s]])[pos]
    rows <- if (!is.null(cb)) cb[cb$item == s & cb$type %in% c("single", "likert"), ,
                                 drop = FALSE]
    key <- if (!is.null(rows) && nrow(rows)) {
      lut <- option_keys(rows, "auto")
      function(v) ifelse(is.na(lut[fold_text(v)]), fold_text(v), unname(lut[fold_text(v)]))
    } else function(v) gsub("[[:space:]]+", " ", fold_text(v))
    bad <- which(!is.na(sv) & nzchar(trimws(sv)) & key(sv) != key(fv))
    if (length(bad))
      out <- rbind(out, data.frame(row = bad, id = sid[bad], column = s, survey = sv[bad],
                                   frame = fv[bad], stringsAsFactors = FALSE))
  }
  out[order(out$row), , drop = FALSE]
}

# Groups sorted as factor() and the tabulations sort them: numbers (also
# numbers written as text, as a frame file holds them) by value, other text
# alphabetically, FALSE before TRUE; NA stays NA
sorted_groups <- function(v) {
  keep <- !is.na(v)
  num <- if (is.numeric(v)) v else suppressWarnings(as.numeric(trimws(as.character(v))))
  v <- ifelse(keep, trimws(as.character(v)), NA_character_)
  lev <- unique(v[keep])
  lev <- if (!anyNA(num[keep])) lev[order(num[keep][match(lev, v[keep])], lev)] else sort(lev)
  factor(v, levels = lev)
}

# A frame column used as a stratum: a factor; codes or labels of the
# codebook item of the same name become codes, in the codebook's order; a
# factor keeps its levels; other values are sorted
design_stratum <- function(v, name, cb) {
  bad <- which(is.na(v) | !nzchar(trimws(as.character(v))))
  if (length(bad))
    abort(sprintf("`frame` column %s is missing in %s", show_values(name), show_rows(bad)),
          "peersurvey_bad_argument")
  rows <- if (!is.null(cb)) cb[cb$item == name & cb$type %in% c("single", "likert"), ,
                               drop = FALSE]
  if (is.null(rows) || !nrow(rows)) {
    if (is.factor(v)) return(droplevels(v))
    return(sorted_groups(v))
  }
  lut <- option_keys(rows, "auto")
  code <- unname(lut[fold_text(v)])
  bad <- which(is.na(code))
  if (length(bad))
    abort(sprintf("`frame` column %s has values that are no code or label of the codebook: %s %s",
                  show_values(name), show_rows(bad), show_values(as.character(v[bad]))),
          "peersurvey_bad_argument")
  droplevels(factor(code, levels = rows$option))
}

# A frame file read as text, as read_survey() reads an export: ids and
# strata keep their text ("001" stays "001", not the number 1); a column
# that is only blanks is NA
design_read_frame <- function(path, arg) {
  tab <- read_delimited_arg(path, arg)
  df <- as.data.frame(tab$data, stringsAsFactors = FALSE)
  names(df) <- trimws(tab$header)
  for (j in seq_along(df)) {
    v <- as.character(df[[j]])
    v[!is.na(v) & !nzchar(trimws(v))] <- NA_character_
    df[[j]] <- v
  }
  df
}

check_design <- function(x, arg = "design") {
  if (!inherits(x, "peer_design"))
    abort(sprintf("`%s` must be a peer_design from survey_design(), not %s", arg,
                  class(x)[1L]), "peersurvey_bad_argument")
  invisible(x)
}

#' @rdname survey_design
#' @param x A `peer_design`.
#' @param language The language of the printed words (headers, the class
#'   column's labels): by default the codebook's, the first language of its
#'   labels (English without a codebook); `"en"`, `"it"`, `"fr"`, `"de"`,
#'   `"es"` or another language of the codebook's labels. Numbers print
#'   alike in every language.
#' @param ... Unused.
#' @export
print.peer_design <- function(x, language = NULL, ...) {
  lang <- print_language(x$codebook, language)
  N <- length(x$responded)
  n <- sum(x$responded)
  cat("<peer_design> ", word_fill("print_design", lang, N = N,
                                  units = unit_name(x$codebook, lang, N), n = n,
                                  pct = fmt_num(100 * n / N, 1L, "en"), id = x$id),
      "\n", sep = "")
  if (is.null(x$strata)) {
    cat(word("print_classes_none", lang), "\n", sep = "")
  } else {
    cat(word_fill("print_classes_by", lang,
                  strata = paste(codebook_item_name(x$codebook, x$strata, lang),
                                 collapse = " \u00d7 ")), "\n", sep = "")
    Nh <- as.vector(table(x$class))
    nh <- as.vector(table(x$class[x$responded]))
    lab <- levels(x$class)
    if (length(x$strata) == 1L && !is.null(x$codebook) && x$strata %in% x$codebook$item)
      lab <- codebook_labels(x$codebook, x$strata, lab, lang)
    df <- data.frame(class = lab, frame = Nh, responded = nh,
                     rate = paste0(fmt_fixed(100 * nh / Nh, 1L), "%"),
                     weight = ifelse(nh > 0, fmt_fixed(Nh / nh, 3L), "-"))
    names(df) <- print_header(names(df), lang)
    print(df, row.names = FALSE)
  }
  nc <- NROW(x$conflicts)
  if (nc) cat(word_fill("print_design_conflicts", lang, n = nc), "\n", sep = "")
  invisible(x)
}

#' Hand a design over to the survey package
#'
#' Returns the `survey::svydesign()` object equivalent to a `peer_design`:
#' the respondents as a stratified sample of the frame, strata the
#' weighting classes, finite population correction the class sizes, and
#' weights \eqn{N_h / n_h}, so that any analysis of the survey package
#' (`svyglm()`, `svyby()`, `svyquantile()`, ...) can follow.
#' `survey::svymean()` on it equals [estimate_prop()] for an item every
#' respondent answered; for an item with item nonresponse, give `item`:
#' the design is then that of the respondents who answered it (the class
#' weights recomputed among them), as [estimate_prop()] adjusts it.
#'
#' @param design A `peer_design` from [survey_design()].
#' @param item Optional: the column of an item; only the respondents who
#'   answered it are kept.
#' @return A `survey.design2` object (package survey, which must be
#'   installed).
#' @examples
#' if (requireNamespace("survey", quietly = TRUE)) {
#'   ex <- function(f) system.file("extdata", f, package = "peersurvey")
#'   answers <- read_survey(ex("services-export.csv"),
#'                          survey_codebook(ex("services-codebook.csv")))
#'   d <- survey_design(answers, ex("services-frame.csv"), strata = "region")
#'   sd <- as_svydesign(d)
#'   survey::svymean(~peer_workers, sd)
#'   estimate_prop(d, "peer_workers")
#' }
#' @export
as_svydesign <- function(design, item = NULL) {
  check_design(design)
  need_package("survey", "as_svydesign()")
  s <- as.data.frame(unclass(design$survey), stringsAsFactors = FALSE, optional = TRUE)
  attr(s, "codebook") <- attr(s, "problems") <- attr(s, "declared_missing") <- NULL
  keep <- rep(TRUE, nrow(s))
  if (!is.null(item)) {
    check_column(item, s, "item", "the survey")
    keep <- !is.na(s[[item]])
  }
  cls <- design$class[design$pos]
  Nh <- as.vector(table(design$class))[as.integer(cls)]
  nh <- as.vector(table(cls[keep]))[as.integer(cls)]
  s$.class <- cls
  s$.fpc <- Nh
  s$.weight <- Nh / nh
  s <- s[keep, , drop = FALSE]
  empty <- names(which(table(s$.class) < 1L))
  if (length(empty))
    abort(sprintf("Class %s of `%s` has no respondent%s: collapse classes in `strata`",
                  show_values(empty), design$strata %||% "strata",
                  if (is.null(item)) "" else sprintf(" to \"%s\"", item)),
          "peersurvey_sparse_class")
  survey::svydesign(ids = ~1, strata = ~.class, fpc = ~.fpc, weights = ~.weight, data = s)
}
