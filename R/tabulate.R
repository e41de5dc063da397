# Tabulation of single-choice, check-all-that-apply and Likert items.
# The counting runs in src/tabulate.c; this file coerces and checks the
# input, keeps the counts as attributes and derives the printed table from
# them, so that tables of chunks can be added up by combine_tabs().

# ---- internal helpers -------------------------------------------------------

# Integer codes and labels of an answer or grouping vector.  A factor is
# passed on untouched (its codes are what C reads), so no copy is made.
tab_codes <- function(x, arg) {
  if (is.factor(x)) return(list(codes = x, labels = levels(x)))
  if (is.object(x) && !is.character(x) && !is.logical(x))
    abort(sprintf("`%s` must be a factor, character, logical or integer vector, not %s",
                  arg, class(x)[1L]), "peersurvey_bad_argument")
  if (is.logical(x)) {
    return(list(codes = as.integer(x) + 1L, labels = c("FALSE", "TRUE")))
  }
  if (is.double(x)) {
    bad <- which(!is.na(x) & (!is.finite(x) | x != round(x)))
    if (length(bad))
      abort(sprintf("`%s` must hold whole-number codes: %s %s", arg, show_rows(bad),
                    if (length(bad) == 1L) paste("is", x[bad])
                    else paste("are", show_values(x[bad], quote = FALSE))),
            "peersurvey_bad_argument")
  }
  if (is.character(x) || is.numeric(x)) {
    lev <- sort(unique(x[!is.na(x)]))
    return(list(codes = match(x, lev), labels = as.character(lev)))
  }
  abort(sprintf("`%s` must be a factor, character, logical or integer vector, not %s",
                arg, typeof(x)), "peersurvey_bad_argument")
}

# The declared non-answers of one column of a survey (`declared`, the
# survey's list of them, see survey_missing()): the options of `item` that
# its codebook declares `missing` (all of them, so that tables of parts of
# a survey agree), then any other value listed, and a function that gives
# them codes after the k levels, for the answers that are missing (`x` NA)
# and listed.  NULL when the item has none.  (`levels`: the answers' own,
# which a declared option cannot be as well.)
tab_declared <- function(declared, item, codebook, x, levels) {
  if (is.null(item) || is.null(codebook)) return(NULL)
  opts <- codebook$option[codebook$item == item & codebook$missing]
  dm <- if (is.data.frame(declared))
    declared[declared$column %in% item & !is.na(declared$row) & declared$row <= length(x), ,
             drop = FALSE]
  if (!is.null(dm)) dm <- dm[is.na(x[dm$row]), , drop = FALSE]
  value <- if (!is.null(dm)) as.character(dm$value) else character()
  opts <- setdiff(c(opts, sort(setdiff(unique(value), opts))), levels)
  if (!length(opts)) return(NULL)
  list(options = opts, codes = function(codes, k) {
    if (!length(value)) return(codes)
    codes <- as.integer(codes)
    codes[dm$row] <- k + match(value, opts)
    codes
  })
}

# The codes of a yes/no item of a survey, read as logical (levels "FALSE",
# "TRUE"), in the order of its options in the codebook (yes first, as a
# questionnaire asks it), as its other tables show them
tab_yes_first <- function(xc, x, codebook, item) {
  if (!is.logical(x) || is.null(codebook) || is.null(item)) return(xc)
  yn <- match(c("yes", "no"), codebook$option[codebook$item == item])
  if (!isTRUE(yn[1L] < yn[2L])) return(xc)
  list(codes = 2L - as.integer(x), labels = c("TRUE", "FALSE"))
}

# Group codes for `by` (NULL for no grouping).  Missing groups are counted
# in a column of their own that C adds after the G groups.  For one column
# of a survey, its declared non-answers (see tab_declared()) are groups of
# their own after its options, as they are rows of their own in its table,
# and only its blanks join the missing group.
tab_groups <- function(by, n) {
  if (is.null(by)) return(list(codes = NULL, labels = NULL, G = 0L))
  col <- by_column(by)
  check_by(col$by, n)
  g <- tab_yes_first(tab_codes(col$by, "by"), col$by, col$codebook, col$item)
  dk <- tab_declared(col$declared, col$item, col$codebook, col$by, g$labels)
  if (!is.null(dk)) {
    g$codes <- dk$codes(g$codes, length(g$labels))
    g$labels <- c(g$labels, dk$options)
  }
  list(codes = g$codes, labels = g$labels, G = length(g$labels),
       by = col[c("item", "codebook", "logical")])
}

# A grouping given as one column of a survey (`answers["region"]`): its
# values, and its item and codebook, which name the groups by their labels
# (a logical column's FALSE and TRUE by its options no and yes), and the
# survey's declared non-answers
by_column <- function(by) {
  if (is.data.frame(by) && ncol(by) == 1L)
    return(list(by = by[[1L]], item = names(by), codebook = survey_codebook_of(by),
                logical = is.logical(by[[1L]]),
                declared = attr(by, "declared_missing", exact = TRUE)))
  list(by = by, item = NULL, codebook = NULL, logical = is.logical(by), declared = NULL)
}

# Groups as results name them when printed and drawn: the labels, in
# `language`, of the grouping item's options when `by` was a column of a
# survey (a yes/no item's FALSE and TRUE as its options no and yes), else
# the groups as given; a missing group is "NA"
group_names <- function(groups, by, language) {
  if (is.null(groups)) return(NULL)
  out <- as.character(groups)
  cb <- by$codebook
  if (!is.null(cb) && !is.null(by$item) && by$item %in% cb$item) {
    codes <- out
    yn <- codes %in% c("FALSE", "TRUE")
    if (isTRUE(by$logical)) codes[yn] <- c("FALSE" = "no", "TRUE" = "yes")[codes[yn]]
    out <- ifelse(is.na(codes), out, codebook_labels(cb, by$item, codes, language))
  }
  ifelse(is.na(groups), "NA", out)
}

# Labels of a tabulation's options from the codebook its survey columns
# carry: check-all columns `<item>_<option>`, and the options of a
# single-choice column (`columns` then pairs the item with each level), by
# their labels
tab_option_labels <- function(info, codes, language) {
  cb <- info$codebook
  if (is.null(cb) || is.null(info$columns)) return(as.character(codes))
  key <- paste(cb$item, cb$option, sep = "_")
  # the columns pair with the options, or with the levels and then the
  # declared non-answers
  own <- info$options %||% c(info$levels, info$apart)
  lab <- codebook_column(cb, "label", language)[match(info$columns[match(codes, own)], key)]
  ifelse(is.na(lab) | !nzchar(lab), as.character(codes), lab)
}

# The printed names of a tabulation's rows: the columns group, level and
# option of `df` (a table's data frame) by the labels of the codebook that
# the answers or the grouping carried (see group_names() and
# tab_option_labels()); codes where there is no codebook, and for the items
# of a Likert table (their questions are too long for a row); "(missing)"
# for a missing answer or group; `language` as tab_language() gives it
tab_row_labels <- function(df, info, language) {
  miss <- function(v, lab) ifelse(is.na(v), word("tab_missing", language), lab)
  out <- lapply(df[intersect(c("group", "item", "level", "option"), names(df))],
                function(v) miss(v, as.character(v)))
  cb <- info$codebook
  if (is.null(cb) && is.null(info$by$codebook)) return(out)
  relabel <- function(col, codes, labels) {
    if (!is.null(out[[col]])) {
      v <- as.character(df[[col]])
      out[[col]] <<- miss(v, labels[match(v, codes)])
    }
  }
  if (!is.null(info$groups)) {
    g <- info$groups[!is.na(info$groups)]
    relabel("group", g, group_names(g, info$by, language))
  }
  if (!is.null(cb)) {
    if (!is.null(info$options)) relabel("option", info$options,
                                        tab_option_labels(info, info$options, language))
    if (!is.null(info$items)) {
      # (each row by its own item's labels, which name its declared
      # non-answers; the scale by the first item's)
      if (info$items[1L] %in% cb$item && !is.null(out$level)) {
        v <- as.character(df$level)
        it <- as.character(df$item)
        lab <- codebook_labels(cb, info$items[1L], v, language)
        for (i in intersect(unique(it), cb$item)) {
          own <- it == i & v %in% info$apart
          lab[own] <- codebook_labels(cb, i, v[own], language)
        }
        out$level <- miss(v, lab)
      }
    } else if (!is.null(info$levels)) {
      lv <- c(info$levels, info$apart)
      relabel("level", lv, tab_option_labels(info, lv, language))
    }
  }
  out
}

# Labels of the G + 1 count columns, and which of them to keep: the last
# (missing group) only when some `by` value is missing.
group_keep <- function(groups, has_na) {
  if (is.null(groups)) return(list(labels = NULL, keep = 1L))
  G <- length(groups)
  if (has_na) list(labels = c(groups, NA_character_), keep = seq_len(G + 1L))
  else list(labels = groups, keep = seq_len(G))
}

group_factor <- function(labels, times_each) {
  lev <- labels[!is.na(labels)]
  factor(rep(labels, each = times_each), levels = lev)
}

# Proportions (0-1) of a base; NA where the base is not positive
prop_of <- function(n, base) {
  out <- as.vector(n) / as.vector(base)
  out[!(base > 0)] <- NA_real_
  out
}

# The codebook that a survey's columns carry (a subset of a peer_survey
# keeps it), so that plots label bars as the questionnaire does; NULL for
# plain vectors and tables
tab_codebook <- function(x) {
  if (is.data.frame(x)) survey_codebook_of(x)
}

# Accessors: other files read a tabulation's counts and description only
# through these
tab_counts <- function(tab) attr(tab, "counts", exact = TRUE)
tab_info <- function(tab) attr(tab, "tab_info", exact = TRUE)

new_tab <- function(df, counts, info, subclass) {
  attr(df, "counts") <- counts
  attr(df, "tab_info") <- info
  class(df) <- c(subclass, "peer_tab", "data.frame")
  df
}

# Data frame of a single-choice table from its counts: a (k + m + 1) x G
# matrix whose rows are the k levels, the m declared non-answers
# (`info$apart`) and the blanks.  With na = "keep", a row of non-answers or
# blanks is shown when some group has one.
build_choice <- function(counts, info) {
  k <- length(info$levels)
  apart <- k + seq_len(length(info$apart) + 1L)
  G <- ncol(counts)
  shown <- apart[rowSums(counts[apart, , drop = FALSE]) > 0]
  rows <- c(seq_len(k), if (info$na == "keep") shown)
  nr <- length(rows)
  total <- colSums(counts)
  valid <- colSums(counts[seq_len(k), , drop = FALSE])
  base <- if (info$na == "keep") total else valid
  n <- as.vector(counts[rows, , drop = FALSE])
  code <- c(info$levels, info$apart, NA)[rows]
  lev <- factor(code, levels = code[!is.na(code)])
  df <- data.frame(level = rep(lev, G), n = n,
                   prop = prop_of(n, rep(base, each = nr)),
                   valid_prop = prop_of(n, rep(valid, each = nr)))
  df$valid_prop[!(df$level %in% info$levels)] <- NA_real_
  if (!is.null(info$groups))
    df <- cbind(data.frame(group = group_factor(info$groups, nr)), df)
  new_tab(df, counts, info, "peer_tab_choice")
}

build_multi <- function(counts, info) {
  p <- length(info$options)
  G <- length(counts$answered)
  n <- counts$n
  df <- data.frame(option = factor(rep(info$options, G), levels = info$options),
                   n = as.vector(n),
                   prop_cases = prop_of(as.vector(n), rep(counts$answered, each = p)),
                   prop_responses = prop_of(as.vector(n), rep(colSums(n), each = p)))
  if (!is.null(info$groups))
    df <- cbind(data.frame(group = group_factor(info$groups, p)), df)
  new_tab(df, counts, info, "peer_tab_multi")
}

# Likert counts: a (k + a + 1) x items x G array whose rows are the k
# levels, the a declared non-answers (`info$apart`) and the blanks.  With
# na = "drop" (the default), `prop` is of the answers on the scale, as
# `valid_prop` is; with na = "keep", an item's row of non-answers or blanks
# is shown when some group has one, and `prop` is of all rows, as in
# build_choice().
build_likert <- function(counts, info) {
  k <- length(info$levels)
  apart <- info$apart %||% character()
  m <- length(info$items)
  G <- dim(counts)[3L]
  keep <- identical(info$na, "keep")
  n <- counts[seq_len(k), , , drop = FALSE]
  valid <- apply(n, c(2L, 3L), sum)
  total <- apply(counts, c(2L, 3L), sum)
  # the rows of each item: its levels, then, when kept, each row of declared
  # non-answers and of blanks that some group of the item has
  out <- k + seq_len(length(apart) + 1L)
  given <- matrix(apply(counts[out, , , drop = FALSE], c(1L, 2L), function(v) any(v > 0)),
                  length(out))
  rows <- lapply(seq_len(m), function(i) c(seq_len(k), if (keep) out[given[, i]]))
  per <- lengths(rows)
  j <- rep(rep(seq_len(m), per), G)
  g <- rep(seq_len(G), each = sum(per))
  lv <- rep(unlist(rows), G)
  nn <- counts[cbind(lv, j, g)]
  base <- if (keep) total[cbind(j, g)] else valid[cbind(j, g)]
  vp <- prop_of(nn, valid[cbind(j, g)])
  vp[lv > k] <- NA_real_
  df <- data.frame(item = factor(info$items[j], levels = info$items),
                   level = factor(c(info$levels, apart, NA)[lv], levels = c(info$levels, apart)),
                   n = as.vector(nn), prop = prop_of(nn, base), valid_prop = vp)
  if (!is.null(info$groups))
    df <- cbind(data.frame(group = factor(info$groups[g], levels = info$groups[!is.na(info$groups)])),
                df)
  new_tab(df, counts, info, "peer_tab_likert")
}

# ---- single choice ----------------------------------------------------------

#' Tabulate a single-choice question
#'
#' Counts the answers to a single-choice question, optionally by group and
#' with weights. Every level of a factor is kept, in level order, even when
#' nobody chose it.
#'
#' @param x The answers: a factor, a character vector (levels are the sorted
#'   distinct answers), a logical vector or whole-number codes; or one column
#'   of a survey read with [read_survey()] (`s["provider"]`), whose codebook
#'   then labels the bars of [plot()][plot-tabulation].
#' @param by Optional grouping vector of the same length as `x` (factor,
#'   character, logical or integer), or one column of a survey
#'   (`answers["region"]`), whose groups the plots then name by their
#'   codebook labels. Answers with a missing group form a group of their
#'   own, shown as `NA`. For one column of a survey, every option of its
#'   codebook is a group, the declared non-answers ("Don't know", see
#'   [survey_missing()]) included, so only its blanks form the `NA` group.
#' @param weights Optional non-negative finite weights, one per answer;
#'   counts are then weighted totals.
#' @param na `"keep"` shows missing answers as a row with `level` `NA` and
#'   uses all answers as the base of `prop`; `"drop"` leaves them out of the
#'   table and of `prop`. For one column of a survey, the answers its
#'   codebook declares non-answers (options with `missing` `TRUE`, such as
#'   "Don't know", listed by [survey_missing()]) are not blanks: with
#'   `"keep"` each such option that was given is a row of its own (`level`
#'   its code, printed by its label) between the options and the row of
#'   blanks; with `"drop"` they are left out like blanks. `valid_prop` and
#'   "valid %" leave both out.
#' @return A data frame of class `c("peer_tab_choice", "peer_tab",
#'   "data.frame")` with columns `group` (only with `by`), `level`, `n`,
#'   `prop` (proportion, 0-1, of all answers in the group) and `valid_prop`
#'   (proportion of the non-missing answers; `NA` in the rows of declared
#'   non-answers and of blanks). `print()` shows both, with their bases
#'   (see [format.peer_tab()]). The counts travel with it as attributes, so
#'   tables of chunks can be added with [combine_tabs()].
#' @seealso [tabulate_multi()], [tabulate_likert()], [combine_tabs()]
#' @examples
#' answers <- factor(c("yes", "no", NA, "yes", "yes"), levels = c("yes", "no", "unsure"))
#' tabulate_choice(answers)
#' tabulate_choice(answers, by = c("North", "South", "South", "North", "South"))
#' format(tabulate_choice(answers), digits = 0)
#' # a column of a survey: "Don't know" apart from the blanks
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
#' tabulate_choice(s["satisfaction"])
#' @export
tabulate_choice <- function(x, by = NULL, weights = NULL, na = c("keep", "drop")) {
  na <- arg_match(na)
  # one column of a survey: its codebook labels the bars
  labels <- tab_codebook(x)
  item <- declared <- NULL
  if (is.data.frame(x) && ncol(x) == 1L) {
    item <- names(x)
    declared <- attr(x, "declared_missing", exact = TRUE)
    x <- x[[1L]]
  }
  if (is.data.frame(x) || is.list(x) || is.matrix(x))
    abort(sprintf("`x` must be a single vector of answers or one column of a survey, not a %s%s",
                  class(x)[1L], if (is.data.frame(x)) sprintf(" of %d columns", ncol(x)) else ""),
          "peersurvey_bad_argument")
  n <- length(x)
  xc <- tab_codes(x, "x")
  xc <- tab_yes_first(xc, x, labels, item)
  dk <- tab_declared(declared, item, labels, x, xc$labels)
  if (!is.null(dk)) xc$codes <- dk$codes(xc$codes, length(xc$labels))
  g <- tab_groups(by, n)
  w <- check_weights(weights, n, values = FALSE)
  K <- length(xc$labels) + length(dk$options)
  counts <- tryCatch(.Call(C_tabulate_choice, xc$codes, K, g$codes, g$G, w),
                     error = weights_error)
  check_weight_total(list(counts, colSums(counts)), w)
  gk <- group_keep(g$labels, attr(counts, "group_na"))
  counts <- counts[, gk$keep, drop = FALSE]
  dimnames(counts) <- list(c(xc$labels, dk$options, NA), gk$labels)
  info <- list(levels = xc$labels, apart = dk$options %||% character(), groups = gk$labels,
               by = g$by, na = na, weighted = !is.null(w),
               # a yes/no item is read as logical: its levels are its options no, yes
               columns = if (!is.null(labels))
                 paste(item, c(if (is.logical(x)) c("FALSE" = "no", "TRUE" = "yes")[xc$labels]
                               else xc$labels, dk$options), sep = "_"),
               codebook = labels)
  build_choice(counts, info)
}

# ---- multiple response ------------------------------------------------------

# Option names from column names: the prefix shared by all columns up to
# its last underscore is dropped ("ps_settings_cmhc" -> "cmhc").
strip_prefix <- function(nm) {
  if (length(nm) < 2L || anyNA(nm)) return(nm)
  chars <- strsplit(nm, "", fixed = TRUE)
  len <- min(lengths(chars))
  common <- 0L
  for (i in seq_len(len)) {
    if (length(unique(vapply(chars, `[`, "", i))) != 1L) break
    common <- i
  }
  if (common == 0L) return(nm)
  pre <- substr(nm[1L], 1L, common)
  cut <- regexpr("_[^_]*$", pre)
  if (cut < 1L) return(nm)
  out <- substring(nm, cut + 1L)
  if (any(!nzchar(out)) || anyDuplicated(out)) nm else out
}

# Delimited choices -> logical matrix (NA rows did not answer; "" answered
# with no choice).
parse_choices <- function(x, sep, options) {
  if (!is.character(sep) || length(sep) != 1L || is.na(sep) || !nzchar(sep))
    abort(sprintf("`sep` must be a single non-empty string, not %s", show_values(sep, 1L)),
          "peersurvey_bad_argument")
  n <- length(x)
  parts <- strsplit(x, sep, fixed = TRUE)
  row <- rep.int(seq_len(n), lengths(parts))
  ch <- trimws(unlist(parts, use.names = FALSE))
  keep <- !is.na(ch) & nzchar(ch)
  row <- row[keep]
  ch <- ch[keep]
  if (is.null(options)) {
    options <- sort(unique(ch))
  } else {
    if (!is.character(options) || anyNA(options) || anyDuplicated(options))
      abort("`options` must be a character vector of distinct, non-missing choices",
            "peersurvey_bad_argument")
  }
  j <- match(ch, options)
  if (anyNA(j)) {
    bad <- which(is.na(j))
    abort(sprintf("`x` has choices not in `options` (%s): %s in %s",
                  show_values(options), show_values(unique(ch[bad])),
                  show_rows(unique(row[bad]))),
          "peersurvey_bad_argument")
  }
  m <- matrix(FALSE, n, length(options), dimnames = list(NULL, options))
  m[cbind(row, j)] <- TRUE
  m[is.na(x), ] <- NA
  m
}

#' Tabulate a check-all-that-apply question
#'
#' Counts how many respondents chose each option of a multiple-response
#' question, how often options were chosen together, and how many options
#' each respondent chose.
#'
#' A respondent whose cells are all `NA` did not answer the item and is left
#' out of every base. A respondent who answered with no option ticked (all
#' `FALSE`/0, or an empty string) answered "none of these" and stays in the
#' base of `prop_cases`. When a row mixes `NA` and non-missing cells, the `NA`
#' cells count as not ticked.
#'
#' @param x The answers: a data frame or matrix with one logical or 0/1
#'   column per option (option names come from the column names, without
#'   the prefix they all share up to an underscore), or a character vector of
#'   choices separated by `sep` (`NA` = not answered, `""` = none chosen).
#' @param by Optional grouping vector, one value per respondent, or one
#'   column of a survey, as in [tabulate_choice()].
#' @param weights Optional non-negative finite weights, one per respondent.
#' @param sep Separator of delimited choices.
#' @param options For delimited choices, the allowed choices in display
#'   order (default: the sorted distinct choices seen); a choice outside
#'   them is an error. For a data frame or matrix, optional option labels,
#'   one per column.
#' @return A data frame of class `c("peer_tab_multi", "peer_tab",
#'   "data.frame")` with columns `group` (only with `by`), `option`, `n`
#'   (respondents choosing it), `prop_cases` (proportion, 0-1, of the
#'   respondents who answered the item) and `prop_responses` (proportion of
#'   all choices made).
#'   Use [cooccurrence()] and [choices_per_case()] for the rest.
#' @examples
#' ticks <- data.frame(q_cmhc = c(TRUE, TRUE, FALSE, NA),
#'                     q_day = c(TRUE, FALSE, FALSE, NA),
#'                     q_ward = c(FALSE, TRUE, FALSE, NA))
#' tab <- tabulate_multi(ticks)
#' tab
#' cooccurrence(tab)
#' choices_per_case(tab)
#' tabulate_multi(c("cmhc;day", "ward", "", NA), options = c("cmhc", "day", "ward"))
#' @export
tabulate_multi <- function(x, by = NULL, weights = NULL, sep = ";", options = NULL) {
  labels <- tab_codebook(x)
  if (is.character(x) && is.null(dim(x))) {
    x <- parse_choices(x, sep, options)
    opts <- colnames(x)
  } else if (is.data.frame(x) || is.matrix(x)) {
    nm <- colnames(x) %||% paste0("option", seq_len(ncol(x)))
    if (is.data.frame(x)) {
      for (j in seq_along(x)) {
        v <- x[[j]]
        if (!(is.logical(v) || is.numeric(v)) || is.object(v))
          abort(sprintf("`x` column %s must be logical or 0/1, not %s",
                        show_values(nm[j], 1L), class(v)[1L]),
                "peersurvey_bad_argument")
      }
      x <- unclass(x)
    } else if (!(is.logical(x) || is.numeric(x))) {
      abort(sprintf("`x` must be a logical or 0/1 matrix, not a %s matrix", typeof(x)),
            "peersurvey_bad_argument")
    }
    if (!is.null(options)) {
      if (!is.character(options) || length(options) != length(nm) || anyNA(options) ||
          anyDuplicated(options))
        abort(sprintf("`options` must give %d distinct labels, one per column of `x`",
                      length(nm)), "peersurvey_bad_argument")
      opts <- options
    } else {
      check_unique_names(nm)
      opts <- strip_prefix(nm)
    }
  } else {
    abort(sprintf("`x` must be a data frame or matrix of logical or 0/1 columns, or a character vector of delimited choices, not %s",
                  class(x)[1L]), "peersurvey_bad_argument")
  }
  n <- if (is.matrix(x)) nrow(x) else if (length(x)) length(x[[1L]]) else 0L
  g <- tab_groups(by, n)
  w <- check_weights(weights, n, values = FALSE)
  res <- tryCatch(.Call(C_tabulate_multi, x, g$codes, g$G, w), error = weights_error)
  check_weight_total(res[c("n", "answered")], w)
  if (!is.null(res$bad)) {
    j <- res$bad[1L]
    v <- if (is.matrix(x)) x[, j] else x[[j]]
    rows <- which(!is.na(v) & v != 0 & v != 1)
    abort(sprintf("`x` column %s must hold only TRUE/FALSE or 0/1: %s %s",
                  show_values(nm[j], 1L), show_rows(rows),
                  if (length(rows) == 1L) paste("is", v[rows])
                  else paste("are", show_values(v[rows], quote = FALSE))),
          "peersurvey_bad_argument")
  }
  gk <- group_keep(g$labels, attr(res, "group_na"))
  k <- gk$keep
  counts <- list(n = res$n[, k, drop = FALSE],
                 cooc = res$cooc[, , k, drop = FALSE],
                 cpc = res$cpc[, k, drop = FALSE],
                 answered = res$answered[k], rows = res$rows[k])
  info <- list(options = opts, groups = gk$labels, by = g$by, weighted = !is.null(w),
               columns = if (!is.null(labels)) nm, codebook = labels)
  build_multi(name_multi_counts(counts, info), info)
}

name_multi_counts <- function(counts, info) {
  gl <- info$groups
  dimnames(counts$n) <- list(info$options, gl)
  dimnames(counts$cooc) <- list(info$options, info$options, gl)
  dimnames(counts$cpc) <- list(seq_len(nrow(counts$cpc)) - 1L, gl)
  names(counts$answered) <- gl
  names(counts$rows) <- gl
  counts
}

#' Co-occurrence and choices per respondent of a multiple-response table
#'
#' `cooccurrence()` gives how many respondents chose each pair of options
#' (the diagonal is the count of each option). `choices_per_case()` gives
#' the distribution of the number of options each answering respondent chose.
#'
#' @param tab A table from [tabulate_multi()] (or [combine_tabs()] of such).
#' @return `cooccurrence()`: an option x option matrix, or, for a grouped
#'   table, an option x option x group array. `choices_per_case()`: a data
#'   frame with columns `group` (if grouped), `choices` (0 to the number of
#'   options), `n` and `prop` (proportion of the respondents who answered).
#' @examples
#' ticks <- cbind(a = c(1, 1, 0, 1), b = c(1, 0, 0, 1), c = c(0, 1, 0, 1))
#' tab <- tabulate_multi(ticks)
#' cooccurrence(tab)
#' choices_per_case(tab)
#' @export
cooccurrence <- function(tab) {
  check_tab(tab, "peer_tab_multi")
  co <- attr(tab, "counts")$cooc
  if (is.null(attr(tab, "tab_info")$groups)) co[, , 1L] else co
}

#' @rdname cooccurrence
#' @export
choices_per_case <- function(tab) {
  check_tab(tab, "peer_tab_multi")
  cnt <- attr(tab, "counts")
  groups <- attr(tab, "tab_info")$groups
  k <- nrow(cnt$cpc)
  G <- ncol(cnt$cpc)
  n <- as.vector(cnt$cpc)
  df <- data.frame(choices = rep(seq_len(k) - 1L, G), n = n,
                   prop = prop_of(n, rep(cnt$answered, each = k)))
  if (!is.null(groups)) df <- cbind(data.frame(group = group_factor(groups, k)), df)
  df
}

check_tab <- function(tab, class, arg = "tab") {
  if (!inherits(tab, class) || is.null(attr(tab, "counts")))
    abort(sprintf("`%s` must be a %s table, not %s", arg, class, class(tab)[1L]),
          "peersurvey_bad_argument")
  invisible(tab)
}

# ---- Likert -----------------------------------------------------------------

#' Tabulate Likert items
#'
#' Counts the answers to one or several items on the same ordered scale.
#'
#' @param x An ordered factor, or a data frame of factors that all have the
#'   same levels (taken in level order as the scale, lowest first).
#' @param by Optional grouping vector, one value per respondent, or one
#'   column of a survey, as in [tabulate_choice()].
#' @param weights Optional non-negative finite weights, one per respondent,
#'   as in [tabulate_choice()]; counts are then weighted totals.
#' @param na `"drop"` (the default, as Likert scales are usually reported)
#'   leaves missing answers out of the table and of `prop`; `"keep"` shows
#'   them as a row with `level` `NA` under each item that has some (in any
#'   group) and uses all respondents as the base of `prop`, as
#'   [tabulate_choice()] does with its default `na = "keep"`. Columns of a
#'   survey keep their declared non-answers ("Don't know", see
#'   [survey_missing()]) apart from blanks, as [tabulate_choice()] does: a
#'   row each, with `level` the option's code, after the scale.
#' @return A data frame of class `c("peer_tab_likert", "peer_tab",
#'   "data.frame")` with columns `group` (only with `by`), `item`, `level`,
#'   `n`, `prop` (proportion, 0-1, of the item's answers in the group:
#'   non-missing ones with `na = "drop"`, all with `na = "keep"`) and
#'   `valid_prop` (proportion of the non-missing answers; `NA` in the rows
#'   of missing answers), the columns of [tabulate_choice()].
#'   `summary()` gives, per item, the number of answers (`n`) and of missing
#'   ones (`missing`), the median and interquartile range of the level
#'   positions 1..k, their mean, and the proportions (0-1) in the top two and
#'   bottom two levels. Unweighted, the quartiles are R's default
#'   [quantile()] (type 7); weighted, they are the lowest level at which the
#'   weighted share of answers reaches the quartile, as
#'   `survey::svyquantile()` gives them by default (`qrule = "math"`), since
#'   type 7 needs each answer's weight, not the totals of a table. `n`,
#'   `missing` and the mean are then weighted.
#' @examples
#' agree <- c("disagree", "neutral", "agree", "strongly agree")
#' items <- data.frame(
#'   recovery = factor(c("agree", "strongly agree", "neutral", "agree"), agree, ordered = TRUE),
#'   stigma = factor(c("neutral", "agree", NA, "disagree"), agree, ordered = TRUE))
#' tab <- tabulate_likert(items)
#' tab
#' summary(tab)
#' summary(tabulate_likert(items, weights = c(2, 1, 1, 3)))
#' @export
tabulate_likert <- function(x, by = NULL, weights = NULL, na = c("drop", "keep")) {
  na <- arg_match(na)
  labels <- tab_codebook(x)
  if (is.factor(x)) {
    if (!is.ordered(x))
      abort(sprintf("`x` must be an ordered factor (a Likert scale), not an unordered factor"),
            "peersurvey_bad_argument")
    items <- list(x)
    names(items) <- paste(deparse(substitute(x), width.cutoff = 50L)[1L], collapse = "")
  } else if (is.data.frame(x)) {
    items <- x
  } else {
    abort(sprintf("`x` must be an ordered factor or a data frame of them, not %s",
                  class(x)[1L]), "peersurvey_bad_argument")
  }
  nm <- names(items)
  check_unique_names(nm)
  lev <- if (length(items)) levels(items[[1L]]) else character()
  for (j in seq_along(items)) {
    if (!is.ordered(items[[j]]))
      abort(sprintf("`x` column %s must be an ordered factor, not %s",
                    show_values(nm[j], 1L),
                    if (is.factor(items[[j]])) "an unordered factor" else class(items[[j]])[1L]),
            "peersurvey_bad_argument")
    if (!identical(levels(items[[j]]), lev))
      abort(sprintf("`x` column %s must have the levels of column %s (%s), not %s",
                    show_values(nm[j], 1L), show_values(nm[1L], 1L), show_values(lev),
                    show_values(levels(items[[j]]))), "peersurvey_bad_argument")
  }
  n <- if (length(items)) length(items[[1L]]) else 0L
  g <- tab_groups(by, n)
  w <- check_weights(weights, n, values = FALSE)
  k <- length(lev)
  m <- length(items)
  # columns of a survey: their declared non-answers ("Don't know") are rows
  # of their own after the levels, as in tabulate_choice(), one row per
  # option that any item declares
  declared <- if (is.data.frame(x)) attr(x, "declared_missing", exact = TRUE)
  dks <- lapply(seq_len(m), function(j) tab_declared(declared, nm[j], labels, items[[j]], lev))
  apart <- unique(unlist(lapply(dks, function(dk) dk$options)))
  a <- length(apart)
  counts <- array(0, c(k + a + 1L, m, g$G + 1L))
  group_na <- FALSE
  for (j in seq_len(m)) {
    codes <- items[[j]]
    if (!is.null(dks[[j]])) {
      codes <- dks[[j]]$codes(as.integer(codes), k)
      at <- which(!is.na(codes) & codes > k)
      codes[at] <- k + match(dks[[j]]$options[codes[at] - k], apart)
    }
    cj <- tryCatch(.Call(C_tabulate_choice, codes, k + a, g$codes, g$G, w),
                   error = weights_error)
    group_na <- group_na || attr(cj, "group_na")
    counts[, j, ] <- cj
  }
  check_weight_total(list(counts, apply(counts, c(2L, 3L), sum)), w)
  gk <- group_keep(g$labels, group_na)
  counts <- counts[, , gk$keep, drop = FALSE]
  dimnames(counts) <- list(c(lev, apart, NA), nm, gk$labels)
  info <- list(levels = lev, apart = apart %||% character(), items = nm, groups = gk$labels,
               by = g$by, na = na, weighted = !is.null(w), codebook = labels)
  build_likert(counts, info)
}

# Quantile of the level positions from their counts: type 7, or, of
# weighted totals, the lowest level whose cumulative share reaches `prob`
# (survey::svyquantile()'s qrule "math")
count_quantile <- function(cnt, prob, weighted = FALSE) {
  N <- sum(cnt)
  if (N == 0) return(NA_real_)
  # (a share that reaches the quantile exactly does so whatever the rounding
  # of the weights' sums: 0.3 of 0.3 + 0.1 + 0.2 is half)
  if (weighted) return(which(cumsum(cnt) >= prob * N * (1 - 1e-10))[1L])
  cs <- cumsum(cnt)
  h <- (N - 1) * prob + 1
  lo <- floor(h)
  at <- function(i) which(cs >= i)[1L]
  xlo <- at(lo)
  if (h == lo) return(xlo)
  xlo + (h - lo) * (at(lo + 1) - xlo)
}

#' @rdname tabulate_likert
#' @param object A table from `tabulate_likert()`.
#' @param ... Unused.
#' @export
summary.peer_tab_likert <- function(object, ...) {
  cnt <- attr(object, "counts")
  info <- attr(object, "tab_info")
  k <- length(info$levels)
  dims <- dim(cnt)
  out <- vector("list", dims[2L] * dims[3L])
  i <- 0L
  for (gi in seq_len(dims[3L])) for (j in seq_len(dims[2L])) {
    i <- i + 1L
    cc <- cnt[seq_len(k), j, gi]
    N <- sum(cc)
    q <- vapply(c(0.25, 0.5, 0.75),
                function(p) as.double(count_quantile(cc, p, isTRUE(info$weighted))), 0)
    top <- seq.int(max(1L, k - 1L), length.out = min(2L, k))
    out[[i]] <- data.frame(
      item = info$items[j], n = N, missing = sum(cnt[seq.int(k + 1L, dims[1L]), j, gi]),
      median = q[2L], iqr = q[3L] - q[1L],
      mean = if (N > 0) sum(cc * seq_len(k)) / N else NA_real_,
      top2_prop = prop_of(sum(cc[top]), N),
      bottom2_prop = prop_of(sum(cc[seq_len(min(2L, k))]), N))
  }
  res <- do.call(rbind, out)
  if (is.null(res)) res <- data.frame(item = character(), n = numeric(), missing = numeric(),
                                      median = numeric(), iqr = numeric(), mean = numeric(),
                                      top2_prop = numeric(), bottom2_prop = numeric())
  res$item <- factor(res$item, levels = info$items)
  rownames(res) <- NULL
  if (!is.null(info$groups))
    res <- cbind(data.frame(group = group_factor(info$groups, dims[2L])), res)
  res
}

# ---- combining --------------------------------------------------------------

#' Add up tables of disjoint chunks of the same data
#'
#' Tables computed on disjoint pieces of the same answers (for example on
#' `parallel` workers, or on partitions of a very large export) are added
#' up into the table of the whole: the counts are summed and every
#' percentage is recomputed from the sums.
#'
#' @param ... Tables of the same kind from [tabulate_choice()],
#'   [tabulate_multi()] or [tabulate_likert()], with the same levels,
#'   options or items, or a single list of them.
#' @return A table of the same class as the inputs. Groups are the union of
#'   the groups of the inputs (sorted when the inputs disagree on them).
#' @examples
#' x <- factor(sample(c("a", "b", "c"), 100, TRUE))
#' whole <- tabulate_choice(x)
#' parts <- lapply(split(x, rep(1:4, 25)), tabulate_choice)
#' all.equal(as.data.frame(combine_tabs(parts)), as.data.frame(whole))
#' @export
combine_tabs <- function(...) {
  tabs <- list(...)
  if (length(tabs) == 1L && !inherits(tabs[[1L]], "peer_tab") && is.list(tabs[[1L]]))
    tabs <- tabs[[1L]]
  if (length(tabs) == 0L)
    abort("`...` must hold at least one table", "peersurvey_bad_argument")
  for (i in seq_along(tabs)) check_tab(tabs[[i]], "peer_tab", sprintf("..%d", i))
  cl <- class(tabs[[1L]])[1L]
  info <- attr(tabs[[1L]], "tab_info")
  same <- switch(cl, peer_tab_choice = c("levels", "apart", "na"), peer_tab_multi = "options",
                 peer_tab_likert = c("levels", "apart", "items", "na"))
  for (i in seq_along(tabs)[-1L]) {
    if (class(tabs[[i]])[1L] != cl)
      abort(sprintf("`..%d` must be a %s table like `..1`, not %s", i, cl, class(tabs[[i]])[1L]),
            "peersurvey_bad_argument")
    ii <- attr(tabs[[i]], "tab_info")
    for (f in same) if (!identical(ii[[f]], info[[f]]))
      abort(sprintf("`..%d` must have the same %s as `..1` (%s), not %s", i, f,
                    show_values(info[[f]]), show_values(ii[[f]])), "peersurvey_bad_argument")
    if (is.null(ii$groups) != is.null(info$groups))
      abort(sprintf("`..%d` and `..1` must be both grouped or both ungrouped", i),
            "peersurvey_bad_argument")
    # (weighted totals and counts do not add up)
    if (!identical(isTRUE(ii$weighted), isTRUE(info$weighted)))
      abort(sprintf("`..%d` is %s but `..1` is %s: tables must be both weighted or both not", i,
                    if (isTRUE(ii$weighted)) "weighted" else "unweighted",
                    if (isTRUE(info$weighted)) "weighted" else "unweighted"),
            "peersurvey_bad_argument")
  }
  glist <- lapply(tabs, function(t) attr(t, "tab_info")$groups)
  groups <- NULL
  if (!is.null(info$groups)) {
    groups <- unique(unlist(glist))
    groups <- groups[!is.na(groups)]
    if (!all(vapply(glist, function(g) identical(g[!is.na(g)], groups), TRUE)))
      groups <- sort(groups)
    if (any(vapply(glist, anyNA, TRUE))) groups <- c(groups, NA_character_)
  }
  G <- max(1L, length(groups))
  where <- function(t) {
    g <- attr(t, "tab_info")$groups
    if (is.null(g)) 1L else match(g, groups)
  }
  info$groups <- groups
  info$weighted <- any(vapply(tabs, function(t) isTRUE(attr(t, "tab_info")$weighted), TRUE))
  first <- attr(tabs[[1L]], "counts")
  if (cl == "peer_tab_multi") {
    p <- length(info$options)
    acc <- list(n = matrix(0, p, G), cooc = array(0, c(p, p, G)),
                cpc = matrix(0, p + 1L, G), answered = numeric(G), rows = numeric(G))
    for (t in tabs) {
      c1 <- attr(t, "counts")
      j <- where(t)
      acc$n[, j] <- acc$n[, j, drop = FALSE] + c1$n
      acc$cooc[, , j] <- acc$cooc[, , j, drop = FALSE] + c1$cooc
      acc$cpc[, j] <- acc$cpc[, j, drop = FALSE] + c1$cpc
      acc$answered[j] <- acc$answered[j] + c1$answered
      acc$rows[j] <- acc$rows[j] + c1$rows
    }
    return(build_multi(name_multi_counts(acc, info), info))
  }
  if (cl == "peer_tab_choice") {
    acc <- matrix(0, nrow(first), G, dimnames = list(rownames(first), groups))
    for (t in tabs) {
      j <- where(t)
      acc[, j] <- acc[, j, drop = FALSE] + attr(t, "counts")
    }
    return(build_choice(acc, info))
  }
  d <- dim(first)
  acc <- array(0, c(d[1L], d[2L], G), dimnames = list(dimnames(first)[[1L]],
                                                     dimnames(first)[[2L]], groups))
  for (t in tabs) {
    j <- where(t)
    acc[, , j] <- acc[, , j, drop = FALSE] + attr(t, "counts")
  }
  build_likert(acc, info)
}

# ---- methods ----------------------------------------------------------------

format_count <- function(n, digits, language = "en") {
  dec <- decimal_mark(language)
  big <- if (dec == ",") "." else ","
  if (all(is.na(n) | n == round(n)))
    format(n, big.mark = big, decimal.mark = dec, trim = TRUE, scientific = FALSE)
  else fmt_fixed(n, digits, dec, big)
}

# The language a tabulation prints in: `language`, checked, else the first
# of its codebook's (of its groups' when only they come from a survey),
# else English
tab_language <- function(info, language) {
  print_language(info$codebook %||% info$by$codebook, language)
}

#' Format, print and convert tabulation results
#'
#' `format()` gives the table with counts and percentages as "n (%)"
#' strings; `print()` shows it under a header that gives the base of the
#' percentages; `as.data.frame()` drops the class and the attached counts.
#'
#' The bases: in a single-choice table with `na = "keep"`, "n (%)" is of all
#' the answers in the group, missing included (column `prop`), and, when some
#' are missing, a column "valid %" gives the share of those who answered
#' (column `valid_prop`); the header gives both numbers. In a Likert table
#' the per cents are of those who answered each item, given in the column
#' "answered" and in the header; with `na = "keep"` and some answers
#' missing, "n (%)" is of all respondents and "valid %" of those who
#' answered, as the header says. In a multiple-response table they are of
#' the cases that answered.
#'
#' The rows are named as the questionnaire names them when the table was
#' made from columns of a survey read with [read_survey()] (`s["provider"]`,
#' `by = s["region"]`): options, levels and groups by their codebook labels
#' (Likert items by their names; the plots show their questions); a
#' tabulation of plain vectors shows its codes. `as.data.frame()` keeps the
#' codes.
#'
#' The header, the printed column names, the row of missing answers and the
#' decimal and thousands marks are written in the table's language: the
#' codebook's first unless `language` says otherwise, English for a table of
#' plain vectors. Their fixed words exist in English, Italian, French, German
#' and Spanish; another language of a codebook takes them in English.
#' `format()` keeps its column names (`level`, `n (%)`, ...) in any language.
#'
#' @param x A table from [tabulate_choice()], [tabulate_multi()] or
#'   [tabulate_likert()].
#' @param digits Decimal places of the percentages (and of weighted counts).
#' @param language Language of the labels and fixed words: one of the
#'   codebook's (see [codebook_languages()]) or of the fixed words ("en",
#'   "it", "fr", "de", "es"); by default the codebook's first, else English.
#' @param ... Passed on to `print.data.frame()` by `print()`; unused otherwise.
#' @return `format()`: a data frame of character columns. `print()`: `x`,
#'   invisibly. `as.data.frame()`: a plain data frame.
#' @examples
#' tab <- tabulate_choice(factor(c("a", "b", "a", NA)))
#' format(tab, digits = 0)
#' print(tab, language = "it")
#' as.data.frame(tab)
#' @name peer_tab-methods
NULL

#' @rdname peer_tab-methods
#' @export
format.peer_tab <- function(x, digits = 1, language = NULL, ...) {
  check_number(digits, "digits", lower = 0, upper = 10, whole = TRUE)
  df <- as.data.frame(x)
  pcol <- switch(class(x)[1L], peer_tab_multi = "prop_cases", "prop")
  if (!all(c("n", pcol) %in% names(df))) return(format.data.frame(df, digits = digits))
  info <- attr(x, "tab_info")
  language <- tab_language(info, language)
  fp <- function(v) ifelse(is.na(v), "-", fmt_fixed(100 * v, digits, decimal_mark(language)))
  p <- fp(df[[pcol]])
  txt <- if (nrow(df)) paste0(format_count(df$n, digits, language), " (", p, "%)")
         else character()
  out <- as.data.frame(tab_row_labels(df, info, language), stringsAsFactors = FALSE)
  out[["n (%)"]] <- txt
  if (nrow(out) != length(txt)) out <- data.frame(`n (%)` = txt, check.names = FALSE)
  # a single-choice or Likert table keeping missing answers: the share of those who
  # answered beside the share of all
  if (class(x)[1L] %in% c("peer_tab_choice", "peer_tab_likert") && identical(info$na, "keep") &&
      "valid_prop" %in% names(df) && nrow(df) && !all(df$level %in% info$levels)) {
    # (rows of declared non-answers and of blanks have none)
    out[["valid %"]] <- ifelse(df$level %in% info$levels, paste0(fp(df$valid_prop), "%"), "")
  }
  # a Likert table: the base of each item's percentages
  if (class(x)[1L] == "peer_tab_likert" && nrow(df)) {
    cnt <- attr(x, "counts")
    k <- length(info$levels)
    valid <- apply(cnt[seq_len(k), , , drop = FALSE], c(2L, 3L), sum)
    valid <- matrix(valid, dim(cnt)[2L], dim(cnt)[3L])
    # each row's base from its own item and group, so that a subset of the
    # rows (head(), x[i, ]) keeps the right bases
    ii <- match(as.character(df$item), dimnames(cnt)[[2L]])
    gi <- if ("group" %in% names(df) && !is.null(dimnames(cnt)[[3L]]))
      match(as.character(df$group), dimnames(cnt)[[3L]]) else rep(1L, nrow(df))
    out[["answered"]] <- format_count(valid[cbind(ii, gi)], digits, language)
  }
  out
}

# The header line of print(): what the table counts and the base of its
# percentages, in `language` (checked)
tab_header <- function(x, digits, language = "en") {
  info <- attr(x, "tab_info")
  cnt <- attr(x, "counts")
  cl <- class(x)[1L]
  kind <- word(switch(cl, peer_tab_choice = "tab_kind_choice", peer_tab_multi = "tab_kind_multi",
                      peer_tab_likert = "tab_kind_likert", ""), language)
  fc <- function(v) format_count(v, digits, language)
  wt <- if (isTRUE(info$weighted)) word("tab_weighted", language) else ""
  groups <- if (!is.null(info$groups))
    word_fill("tab_groups", language, n = length(info$groups)) else ""
  head <- function(body) word_fill("tab_head", language, kind = kind, body = body)
  if (is.null(cnt)) return(head(groups))
  body <- switch(cl,
    peer_tab_choice = {
      k <- length(info$levels)
      total <- sum(cnt)
      valid <- sum(cnt[seq_len(k), ])
      if (identical(info$na, "keep") && total > valid)
        word_fill("tab_choice_keep", language, total = fc(total), weighted = wt,
                  valid = fc(valid), groups = groups,
                  in_group = if (!is.null(info$groups)) word("tab_in_group", language) else "")
      else if (total > valid)
        word_fill("tab_choice_drop", language, valid = fc(valid), weighted = wt, groups = groups,
                  missing = fc(total - valid))
      else word_fill("tab_choice_all", language, valid = fc(valid), weighted = wt,
                     groups = groups)
    },
    peer_tab_multi = word_fill("tab_multi", language, answered = fc(sum(cnt$answered)),
                               weighted = wt, groups = groups),
    peer_tab_likert = {
      k <- length(info$levels)
      if (!dim(cnt)[2L]) "" else {
        valid <- apply(cnt[seq_len(k), , , drop = FALSE], 2L, sum)
        rows <- sum(cnt[, 1L, ])
        # (with na = "keep" and a missing answer, n (%) is of all respondents)
        keep <- identical(info$na, "keep") && any(cnt[seq.int(k + 1L, dim(cnt)[1L]), , ] > 0)
        word_fill(if (keep) "tab_likert_keep" else "tab_likert", language,
                  items = paste(sprintf("%s %s", info$items, fc(valid)), collapse = ", "),
                  rows = fc(rows), weighted = wt, groups = groups)
      }
    }, "")
  head(body)
}

# The cells of format() with their columns named in `language`, as print()
# and as_flextable() show them
tab_printed <- function(x, digits, language) {
  out <- format(x, digits = digits, language = language)
  names(out) <- print_header(names(out), language)
  out
}

#' @rdname peer_tab-methods
#' @export
print.peer_tab <- function(x, digits = 1, language = NULL, ...) {
  language <- tab_language(attr(x, "tab_info"), language)
  cat(strwrap(tab_header(x, digits, language), width = getOption("width"), exdent = 2L),
      sep = "\n")
  print(tab_printed(x, digits, language), row.names = FALSE, ...)
  invisible(x)
}

#' @rdname peer_tab-methods
#' @param row.names,optional Unused; kept for the generic.
#' @export
as.data.frame.peer_tab <- function(x, row.names = NULL, optional = FALSE, ...) {
  attr(x, "counts") <- NULL
  attr(x, "tab_info") <- NULL
  class(x) <- "data.frame"
  rownames(x) <- NULL
  x
}
