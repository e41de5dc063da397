# A plain-R reference for the dictionary coder, written from the documented
# rules (not from the C code): fold each character, split into words with
# their character positions and clauses, match patterns as word sequences,
# then apply negation and exclusions.  Negative concord: a pattern whose first
# word (folded, without its '*') is a cue is never negated by an earlier cue.

# Folded forms of the Latin-1 and Latin Extended-A letters, by base letter.
ref_fold_groups <- list(
  a = c(0xC0:0xC5, 0xE0:0xE5, 0x100:0x105), ae = c(0xC6, 0xE6),
  c = c(0xC7, 0xE7, 0x106:0x10D), d = c(0xD0, 0xF0, 0x10E:0x111),
  e = c(0xC8:0xCB, 0xE8:0xEB, 0x112:0x11B), g = 0x11C:0x123, h = 0x124:0x127,
  i = c(0xCC:0xCF, 0xEC:0xEF, 0x128:0x131), ij = 0x132:0x133, j = 0x134:0x135,
  k = 0x136:0x138, l = 0x139:0x142, n = c(0xD1, 0xF1, 0x143:0x14B),
  o = c(0xD2:0xD6, 0xD8, 0xF2:0xF6, 0xF8, 0x14C:0x151), oe = 0x152:0x153,
  r = 0x154:0x159, s = c(0x15A:0x161, 0x17F), ss = 0xDF, t = 0x162:0x167,
  th = c(0xDE, 0xFE), u = c(0xD9:0xDC, 0xF9:0xFC, 0x168:0x173), w = 0x174:0x175,
  y = c(0xDD, 0xFD, 0xFF, 0x176:0x178), z = 0x179:0x17E
)
ref_fold_table <- local({
  tab <- rep(NA_character_, 0x180)
  for (f in names(ref_fold_groups)) tab[ref_fold_groups[[f]] + 1L] <- f
  tab
})

# "W" letter/digit, "S" separator, "C" separator ending a clause, "I" ignored
ref_class <- function(cp) {
  out <- rep("W", length(cp))
  ascii <- cp < 0x80
  alnum <- (cp >= 0x30 & cp <= 0x39) | (cp >= 0x41 & cp <= 0x5A) | (cp >= 0x61 & cp <= 0x7A)
  out[ascii & !alnum] <- "S"
  out[cp %in% utf8ToInt(".;:!?\n\r")] <- "C"
  out[cp >= 0x80 & cp < 0xC0] <- "S"
  out[cp == 0xAD] <- "I"
  latin <- cp >= 0xC0 & cp < 0x180
  out[latin & is.na(ref_fold_table[pmin(cp, 0x17F) + 1L])] <- "S"
  out[cp >= 0x2B0 & cp <= 0x2FF] <- "S"
  out[cp >= 0x300 & cp <= 0x36F] <- "I"
  out[cp >= 0x2000 & cp <= 0x2BFF] <- "S"
  out[cp %in% c(0x2026, 0x2028, 0x2029)] <- "C"
  out[(cp >= 0x2E00 & cp <= 0x2E7F) | (cp >= 0x3000 & cp <= 0x303F) |
      (cp >= 0xFE10 & cp <= 0xFE6F) | (cp >= 0xFEFF & cp <= 0xFF0F) |
      (cp >= 0xFFF0 & cp <= 0xFFFF) | (cp >= 0x1F000 & cp <= 0x1FAFF)] <- "S"
  out[cp >= 0xFE00 & cp <= 0xFE0F] <- "I"
  out
}

ref_fold_char <- function(cp) {
  if (cp >= 0x41 && cp <= 0x5A) return(intToUtf8(cp + 32L))
  if (cp < 0x80) return(intToUtf8(cp))
  if (cp < 0x180) return(ref_fold_table[cp + 1L])
  intToUtf8(cp)
}

# Words of a string: folded word, start, end (character positions), clause.
# A word is a run of letters, digits and ignored marks that holds a letter or
# digit; it starts at its first letter or digit.
ref_words <- function(x, breaks = c("ma", "pero", "tuttavia", "bensi", "eppure", "but",
                                    "however", "although", "though", "whereas")) {
  cp <- utf8ToInt(x)
  cls <- ref_class(cp)
  folded <- ifelse(cls == "W", vapply(cp, ref_fold_char, ""), "")
  r <- rle(cls %in% c("W", "I"))
  ends <- cumsum(r$lengths)
  starts <- ends - r$lengths + 1L
  words <- character(); start <- integer(); end <- integer()
  for (k in which(r$values)) {
    idx <- starts[k]:ends[k]
    w <- idx[cls[idx] == "W"]
    if (!length(w)) next
    words <- c(words, paste(folded[idx], collapse = ""))
    start <- c(start, w[1L]); end <- c(end, ends[k])
  }
  cpos <- which(cls == "C")
  prev <- c(0L, end[-length(end)])
  punct <- vapply(seq_along(start), function(k) any(cpos > prev[k] & cpos < start[k]), NA)
  clause <- cumsum(punct | words %in% breaks)
  list(word = words, start = start, end = end, clause = clause)
}

# A pattern as a list of (word, star) pairs.
ref_parse_pattern <- function(p) {
  w <- ref_words(p, breaks = character())
  chars <- strsplit(p, "")[[1L]]
  star <- (w$end + 1L) <= length(chars) & chars[pmin(w$end + 1L, length(chars))] == "*"
  list(word = w$word, star = star)
}

# Reference coder.  patterns: data frame with category, pattern, exclusion.
# Returns list(codes = logical matrix, evidence = data frame of matches with
# answer, row (pattern row), start, end, status).
ref_code <- function(text, patterns, categories, negation, window = 4) {
  parsed <- lapply(patterns$pattern, ref_parse_pattern)
  negation <- vapply(negation, function(cue) ref_words(cue, breaks = character())$word[1L], "",
                     USE.NAMES = FALSE)
  concord <- vapply(parsed, function(pw) pw$word[1L] %in% negation, NA)
  codes <- matrix(FALSE, length(text), length(categories),
                  dimnames = list(NULL, categories))
  e_ans <- e_row <- e_start <- e_end <- integer(); e_status <- character()
  for (r in seq_along(text)) {
    if (is.na(text[r])) { codes[r, ] <- NA; next }
    w <- ref_words(text[r])
    nw <- length(w$word)
    hp <- hf <- hl <- integer()
    for (p in seq_along(parsed)) {
      pw <- parsed[[p]]; L <- length(pw$word)
      if (L > nw) next
      ok <- rep(TRUE, nw - L + 1L)
      for (j in seq_len(L)) {
        tw <- w$word[j:(nw - L + j)]
        ok <- ok & (if (pw$star[j]) startsWith(tw, pw$word[j]) else tw == pw$word[j])
      }
      s <- which(ok)
      hp <- c(hp, rep(p, length(s))); hf <- c(hf, s); hl <- c(hl, s + L - 1L)
    }
    if (!length(hp)) next
    cue <- w$word %in% negation
    excl <- patterns$exclusion[hp]
    for (h in which(!excl)) {
      p <- hp[h]; f <- hf[h]; cl <- w$clause[f]
      ex <- excl & patterns$category[hp] == patterns$category[p] & w$clause[hf] == cl
      before <- seq_len(f - 1L)
      near <- before[cue[before] & w$clause[before] == cl & (f - before - 1L) <= window]
      if (concord[p]) near <- integer()
      status <- if (any(ex)) "excluded" else if (length(near)) "negated" else "coded"
      if (status == "coded") codes[r, patterns$category[p]] <- TRUE
      e_ans <- c(e_ans, r); e_row <- c(e_row, p); e_start <- c(e_start, w$start[f])
      e_end <- c(e_end, w$end[hl[h]]); e_status <- c(e_status, status)
    }
  }
  list(codes = codes, evidence = data.frame(answer = e_ans, row = e_row, start = e_start,
                                            end = e_end, status = e_status))
}

# Random spellings of a word: each letter may take any accented or
# upper-case form that folds to it.
ref_variants <- local({
  inv <- split(seq_along(ref_fold_table) - 1L, ref_fold_table)
  function(word) {
    cps <- utf8ToInt(word)
    out <- vapply(cps, function(c) {
      f <- ref_fold_char(c)
      u <- stats::runif(1)
      if (u < 0.15 && nchar(f) == 1L && !is.null(inv[[f]]))
        return(intToUtf8(inv[[f]][sample.int(length(inv[[f]]), 1L)]))
      if (u < 0.3 && c >= 0x61 && c <= 0x7A) return(intToUtf8(c - 32L))
      intToUtf8(c)
    }, character(1))
    paste(out, collapse = "")
  }
})
