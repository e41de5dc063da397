# Every count and percentage is checked against a base-R computation
# (helper-tabulate.R) on random data of many shapes.

# ---- single choice ----------------------------------------------------------

random_answers <- function(n, k, type, na_frac) {
  lev <- paste0("L", seq_len(k))
  x <- sample(lev[seq_len(max(1L, k - 1L))], n, TRUE)  # the last level often unused
  x[runif(n) < na_frac] <- NA
  switch(type,
         factor = factor(x, levels = lev),
         character = x,
         integer = as.integer(sub("L", "", x)) * 10L,
         double = as.double(sub("L", "", x)),
         logical = c(TRUE, FALSE)[as.integer(sub("L", "", x)) %% 2L + 1L])
}

random_by <- function(n, type) {
  g <- sample(c("b", "a", "c"), n, TRUE)
  switch(type,
         none = NULL,
         character = g,
         factor = factor(g, levels = c("c", "a", "b", "unused")),
         with_na = replace(g, runif(n) < 0.2, NA),
         integer = match(g, c("a", "b", "c")))
}

test_that("tabulate_choice matches table() and tapply() on random data", {
  types <- c("factor", "character", "integer", "double", "logical")
  bys <- c("none", "character", "factor", "with_na", "integer")
  for (seed in 1:60) {
    set.seed(seed)
    n <- c(0L, 1L, 2L, 7L, 50L, 333L)[seed %% 6L + 1L]
    k <- sample(1:6, 1L)
    na_frac <- c(0, 0.1, 0.5, 1)[seed %% 4L + 1L]
    type <- types[seed %% 5L + 1L]
    x <- random_answers(n, k, type, na_frac)
    by <- random_by(n, bys[(seed %/% 5L) %% 5L + 1L])
    w <- if (seed %% 3L == 0L) runif(n, 0.5, 3) else NULL
    for (na in c("keep", "drop")) {
      tab <- tabulate_choice(x, by = by, weights = w, na = na)
      expect_s3_class(tab, c("peer_tab_choice", "peer_tab", "data.frame"), exact = TRUE)
      expect_equal(as.data.frame(tab), ref_choice(x, by, w, na),
                   info = sprintf("seed %d, n %d, %s, na = %s", seed, n, type, na))
    }
  }
})

test_that("tabulate_choice handles 10^5 rows, one level, all NA, big weights", {
  set.seed(1)
  x <- factor(sample(c(letters[1:5], NA), 1e5, TRUE), levels = letters[1:6])
  g <- sample(1:10, 1e5, TRUE)
  expect_equal(as.data.frame(tabulate_choice(x, by = g)), ref_choice(x, g))
  one <- factor(rep("only", 5))
  expect_equal(as.data.frame(tabulate_choice(one)), ref_choice(one))
  allna <- factor(rep(NA, 4), levels = c("a", "b"))
  tab <- tabulate_choice(allna)
  expect_equal(as.data.frame(tab), ref_choice(allna))
  expect_equal(tab$n, c(0, 0, 4))
  # weighted totals past 2^31 stay exact doubles
  big <- tabulate_choice(c("a", "a", "b"), weights = c(2e9, 2e9, 3))
  expect_identical(big$n, c(4e9, 3))
})

test_that("combine_tabs of split chunks equals the whole table", {
  for (seed in 1:10) {
    set.seed(seed)
    n <- 200L
    x <- random_answers(n, 4L, c("factor", "character")[seed %% 2L + 1L], 0.1)
    by <- random_by(n, c("character", "with_na", "factor", "none")[seed %% 4L + 1L])
    w <- if (seed %% 2L) runif(n) else NULL
    # chunks of unequal size, some missing a group entirely
    chunk <- sort(sample(1:5, n, TRUE, prob = c(0.5, 0.3, 0.1, 0.05, 0.05)))
    parts <- lapply(split(seq_len(n), chunk), function(i)
      tabulate_choice(if (is.factor(x)) x[i] else x[i], by = by[i], weights = w[i]))
    if (!is.factor(x)) {
      # character chunks may see fewer levels: declare them all
      x <- factor(x)
      parts <- lapply(split(seq_len(n), chunk), function(i)
        tabulate_choice(x[i], by = by[i], weights = w[i]))
    }
    expect_equal(as.data.frame(combine_tabs(parts)),
                 as.data.frame(tabulate_choice(x, by = by, weights = w)))
    expect_equal(as.data.frame(do.call(combine_tabs, parts)),
                 ref_choice(x, by, w))
  }
  expect_error(combine_tabs(tabulate_choice(factor("a")), tabulate_choice(factor("b"))),
               regexp = "`..2` must have the same levels", class = "peersurvey_bad_argument")
})

test_that("format() gives n (%) strings from the counts", {
  x <- factor(c("a", "b", "a", NA, "a"), levels = c("a", "b", "c"))
  tab <- tabulate_choice(x)
  ref <- ref_choice(x)
  f <- format(tab, digits = 2)
  expect_equal(f[["n (%)"]], paste0(ref$n, " (", ifelse(is.na(ref$prop), "-",
                                                         sprintf("%.2f", 100 * ref$prop)), "%)"))
  expect_equal(f$level, c("a", "b", "c", "(missing)"))
  expect_output(print(tab), "single-choice")
  expect_output(print(tabulate_choice(x, by = c(1, 1, 2, 2, 2))), "2 groups")
})

test_that("print() shows the bases of the percentages", {
  # single choice with missing answers: n (%) of all, valid % of those who answered
  x <- factor(c("a", "b", "a", NA, "a", NA), levels = c("a", "b"))
  tab <- tabulate_choice(x)
  f <- format(tab, digits = 1)
  answered <- sum(!is.na(x))
  expect_equal(f[["valid %"]], c(sprintf("%.1f%%", 100 * as.vector(table(x)) / answered), ""))
  expect_equal(f[["n (%)"]][1], sprintf("%d (%.1f%%)", sum(x %in% "a"), 100 * sum(x %in% "a") / length(x)))
  out <- paste(capture.output(print(tab)), collapse = "\n")
  expect_match(out, sprintf("%d respondents, %d answered", length(x), answered), fixed = TRUE)
  expect_match(out, "valid % of those who answered", fixed = TRUE)
  out <- paste(capture.output(print(tabulate_choice(x, na = "drop"))), collapse = "\n")
  expect_match(out, sprintf("%d answered (%d missing left out)", answered, sum(is.na(x))),
               fixed = TRUE)
  expect_false(grepl("valid %", out, fixed = TRUE))
  # Likert: the base of each item, not the number of rows
  sc <- c("D", "N", "A")
  d <- data.frame(i1 = factor(c("A", "N", NA, "D", NA), sc, ordered = TRUE),
                  i2 = factor(c("A", NA, NA, NA, "N"), sc, ordered = TRUE))
  lt <- tabulate_likert(d)
  out <- paste(capture.output(print(lt)), collapse = "\n")
  expect_match(out, sprintf("i1 %d, i2 %d answered (of %d respondents)",
                            sum(!is.na(d$i1)), sum(!is.na(d$i2)), nrow(d)), fixed = TRUE)
  fl <- format(lt)
  expect_equal(fl$answered, as.character(rep(colSums(!is.na(d)), each = length(sc))))
  # the shipped contract item: 61 respondents, the base of those who answered
  s <- mhd_survey_2025
  out <- paste(capture.output(print(tabulate_choice(s$ps_contract))), collapse = "\n")
  expect_match(out, sprintf("%d respondents, %d answered", nrow(s), sum(!is.na(s$ps_contract))),
               fixed = TRUE)
})

# ---- multiple response ------------------------------------------------------

test_that("tabulate_multi matches colSums, crossprod and table(rowSums)", {
  for (seed in 1:40) {
    set.seed(seed)
    n <- c(0L, 1L, 3L, 64L, 65L, 130L, 500L)[seed %% 7L + 1L]
    p <- sample(c(1:5, 16L, 63L, 64L, 70L), 1L)
    m <- rand_ticks(n, p, na_rows = c(0, 0.2, 1)[seed %% 3L + 1L])
    by <- random_by(n, c("none", "character", "factor", "with_na", "integer")[seed %% 5L + 1L])
    w <- if (seed %% 4L == 0L) runif(n, 0, 2) else NULL
    input <- switch(seed %% 4L + 1L, m, as.data.frame(m),
                    { d <- as.data.frame(m); d[] <- lapply(d, as.integer); d },
                    { storage.mode(m) <- "double"; m })
    tab <- tabulate_multi(input, by = by, weights = w)
    ref <- ref_multi(m, by, w)
    info <- sprintf("seed %d, n %d, p %d", seed, n, p)
    expect_s3_class(tab, c("peer_tab_multi", "peer_tab", "data.frame"), exact = TRUE)
    expect_equal(as.data.frame(tab), ref$df, info = info)
    co <- cooccurrence(tab)
    if (is.null(by)) expect_equal(unname(co), ref$cooc[, , 1L], info = info)
    else expect_equal(unname(co), ref$cooc, info = info)
    cpc <- choices_per_case(tab)
    expect_equal(cpc$n, as.vector(ref$cpc), info = info)
    expect_equal(cpc$choices, rep(0:p, length(ref$answered)))
  }
})

test_that("unweighted multi counts equal crossprod and table(rowSums) exactly", {
  set.seed(7)
  m <- matrix(runif(1e5 * 16) < 0.3, 1e5, 16, dimnames = list(NULL, LETTERS[1:16]))
  tab <- tabulate_multi(m)
  expect_identical(unname(cooccurrence(tab)), unname(crossprod(m * 1)))
  expect_identical(tab$n, unname(colSums(m) * 1))
  expect_equal(choices_per_case(tab)$n,
               as.vector(table(factor(rowSums(m), levels = 0:16))))
})

test_that("rows all NA leave the base, rows with no tick stay in it", {
  m <- cbind(a = c(TRUE, FALSE, NA, NA), b = c(TRUE, FALSE, NA, TRUE))
  tab <- tabulate_multi(m)
  # row 3 did not answer; row 2 answered none; row 4's NA counts as not ticked
  expect_equal(tab$n, c(1, 2))
  expect_equal(tab$prop_cases, c(1, 2) / 3)
  expect_equal(tab$prop_responses, c(1, 2) / 3)
  expect_equal(choices_per_case(tab)$n, c(1, 1, 1))
})

test_that("delimited choices match a grepl-free reference", {
  for (seed in 1:10) {
    set.seed(seed)
    opts <- c("zeta", "alpha", "mid dle", "b")
    n <- c(0L, 1L, 40L)[seed %% 3L + 1L]
    x <- vapply(seq_len(n), function(i)
      paste(sample(opts, sample(0:3, 1L)), collapse = sample(c(";", " ; "), 1L)), "")
    x[runif(n) < 0.2] <- NA
    m <- vapply(opts, function(o) vapply(strsplit(x, ";", fixed = TRUE),
                                         function(s) o %in% trimws(s), NA), logical(n))
    m <- matrix(m, n, length(opts), dimnames = list(NULL, opts))
    m[is.na(x), ] <- NA
    by <- random_by(n, "with_na")
    tab <- tabulate_multi(x, by = by, options = opts)
    expect_equal(as.data.frame(tab), ref_multi(m, by)$df)
    # default options: sorted distinct choices seen
    seen <- sort(unique(trimws(unlist(strsplit(x[!is.na(x)], ";", fixed = TRUE)))))
    seen <- seen[nzchar(seen)]
    expect_equal(levels(tabulate_multi(x)$option), seen)
  }
})

test_that("option names drop the shared prefix", {
  d <- data.frame(ps_settings_cmhc = c(TRUE, FALSE), ps_settings_day_centre = c(FALSE, TRUE))
  expect_equal(levels(tabulate_multi(d)$option), c("cmhc", "day_centre"))
  expect_equal(levels(tabulate_multi(d, options = c("A", "B"))$option), c("A", "B"))
  expect_equal(levels(tabulate_multi(cbind(x = 1, y = 0))$option), c("x", "y"))
})

test_that("combine_tabs adds multi tables with cooccurrence and choices", {
  set.seed(3)
  m <- rand_ticks(300, 6)
  by <- sample(c("n", "s", NA), 300, TRUE, prob = c(0.6, 0.35, 0.05))
  w <- runif(300)
  for (ww in list(NULL, w)) {
    chunk <- rep(1:4, c(10, 200, 1, 89))
    parts <- lapply(split(seq_len(300), chunk), function(i)
      tabulate_multi(m[i, , drop = FALSE], by = by[i], weights = ww[i]))
    whole <- tabulate_multi(m, by = by, weights = ww)
    comb <- combine_tabs(parts)
    expect_equal(as.data.frame(comb), as.data.frame(whole))
    expect_equal(cooccurrence(comb), cooccurrence(whole))
    expect_equal(choices_per_case(comb), choices_per_case(whole))
    ref <- ref_multi(m, by, ww)
    expect_equal(unname(cooccurrence(comb)), ref$cooc)
  }
})

# ---- Likert -----------------------------------------------------------------

test_that("tabulate_likert and its summary match table, median, IQR and mean", {
  scale <- c("SD", "D", "N", "A", "SA")
  for (seed in 1:15) {
    set.seed(seed)
    n <- c(0L, 1L, 2L, 9L, 120L)[seed %% 5L + 1L]
    d <- as.data.frame(lapply(setNames(nm = c("i1", "i2", "i3")), function(.)
      factor(sample(c(scale[-1], NA), n, TRUE), levels = scale, ordered = TRUE)))
    by <- random_by(n, c("none", "with_na", "factor")[seed %% 3L + 1L])
    tab <- tabulate_likert(d, by = by)
    s <- summary(tab)
    gf <- if (is.null(by)) factor(rep("all", n), levels = "all") else ref_factor(by, ref_levels(by))
    i <- 0L
    for (g in levels(gf)) for (item in names(d)) {
      i <- i + 1L
      v <- d[[item]][as.character(gf) %in% g | (is.na(g) & is.na(gf))]
      tb <- as.vector(table(v))
      rows <- (i - 1L) * 5L + 1:5
      expect_equal(tab$n[rows], tb)
      expect_equal(tab$prop[rows], if (sum(tb)) tb / sum(tb) else rep(NA_real_, 5))
      pos <- as.integer(v[!is.na(v)])
      expect_equal(s$n[i], length(pos))
      expect_equal(s$missing[i], sum(is.na(v)))
      if (length(pos)) {
        expect_equal(s$median[i], stats::median(pos))
        expect_equal(s$iqr[i], stats::IQR(pos))
        expect_equal(s$mean[i], mean(pos))
        expect_equal(s$top2_prop[i], mean(pos >= 4))
        expect_equal(s$bottom2_prop[i], mean(pos <= 2))
      } else {
        expect_true(is.na(s$median[i]) && is.na(s$mean[i]))
      }
    }
    # chunks add up
    if (n > 4) {
      parts <- lapply(split(seq_len(n), seq_len(n) %% 3L), function(j)
        tabulate_likert(d[j, , drop = FALSE], by = by[j]))
      expect_equal(as.data.frame(combine_tabs(parts)), as.data.frame(tab))
      expect_equal(summary(combine_tabs(parts)), s)
    }
  }
  x <- factor(c("A", "SA", NA), levels = scale, ordered = TRUE)
  expect_equal(levels(tabulate_likert(x)$item), "x")
})

test_that("tabulate_likert(na = 'keep') adds each item's blanks as tabulate_choice() does", {
  scale <- c("SD", "D", "N", "A", "SA")
  for (seed in 1:12) {
    set.seed(seed)
    n <- c(1L, 3L, 10L, 80L)[seed %% 4L + 1L]
    d <- data.frame(
      i1 = factor(sample(c(scale, NA), n, TRUE), levels = scale, ordered = TRUE),
      i2 = factor(sample(scale, n, TRUE), levels = scale, ordered = TRUE))   # no blanks
    by <- random_by(n, c("none", "with_na", "factor")[seed %% 3L + 1L])
    w <- if (seed %% 2L) NULL else runif(n)
    keep <- tabulate_likert(d, by = by, weights = w, na = "keep")
    drop <- tabulate_likert(d, by = by, weights = w)
    expect_identical(names(keep), names(drop))
    # the default leaves blanks out: prop and valid_prop are the same share
    expect_equal(drop$prop, drop$valid_prop)
    gf <- if (is.null(by)) factor(rep("all", n), levels = "all") else ref_factor(by, ref_levels(by))
    ww <- if (is.null(w)) rep(1, n) else w
    blanks <- vapply(names(d), function(item) any(is.na(d[[item]])), NA)
    for (g in levels(gf)) for (item in names(d)) {
      sel <- as.character(gf) %in% g | (is.na(g) & is.na(gf))
      v <- d[[item]][sel]
      # base R: weighted counts of every level and of NA
      tb <- vapply(c(scale, NA), function(l)
        sum(ww[sel][if (is.na(l)) is.na(v) else v %in% l]), 0)
      lv <- if (blanks[[item]]) c(scale, NA) else scale
      rows <- keep$item == item & (if (is.null(by)) TRUE else
        as.character(keep$group) %in% g | (is.na(g) & is.na(keep$group)))
      expect_identical(as.character(keep$level[rows]), lv)
      expect_equal(keep$n[rows], unname(tb[seq_along(lv)]))
      tot <- sum(tb)
      val <- sum(tb[1:5])
      expect_equal(keep$prop[rows], if (tot > 0) unname(tb[seq_along(lv)]) / tot
                                    else rep(NA_real_, length(lv)))
      expect_equal(keep$valid_prop[rows],
                   c(if (val > 0) unname(tb[1:5]) / val else rep(NA_real_, 5),
                     if (blanks[[item]]) NA_real_))
    }
    # the levels' counts are those of the default table
    expect_equal(keep$n[!is.na(keep$level)], drop$n)
    expect_equal(summary(keep), summary(drop))
    if (n > 4) {
      parts <- lapply(split(seq_len(n), seq_len(n) %% 3L), function(j)
        tabulate_likert(d[j, , drop = FALSE], by = by[j], weights = w[j], na = "keep"))
      expect_equal(as.data.frame(combine_tabs(parts)), as.data.frame(keep))
    }
  }
  d <- data.frame(a = factor(c("A", NA, "SA", "A"), levels = scale, ordered = TRUE))
  f <- format(tabulate_likert(d, na = "keep"), digits = 0)
  expect_identical(f[["n (%)"]], c("0 (0%)", "0 (0%)", "0 (0%)", "2 (50%)", "1 (25%)", "1 (25%)"))
  expect_identical(f[["valid %"]], c("0%", "0%", "0%", "67%", "33%", ""))
  # the header says which base n (%) has: all 4 respondents, with a blank
  head_keep <- capture.output(print(tabulate_likert(d, na = "keep")))[1L]
  expect_match(head_keep, "n (%) is of all respondents", fixed = TRUE)
  expect_match(head_keep, sprintf("a %d answered (of %d respondents)", sum(!is.na(d$a)), nrow(d)),
               fixed = TRUE)
  expect_no_match(capture.output(print(tabulate_likert(d)))[1L], "all respondents", fixed = TRUE)
  full <- data.frame(a = d$a[!is.na(d$a)])
  expect_no_match(capture.output(print(tabulate_likert(full, na = "keep")))[1L],
                  "all respondents", fixed = TRUE)
  expect_error(combine_tabs(tabulate_likert(d, na = "keep"), tabulate_likert(d)), "same na",
               class = "peersurvey_bad_argument")
  expect_error(tabulate_likert(d, na = "all"), "`na`", class = "peersurvey_bad_argument")
})

test_that("weighted Likert tables match xtabs() and survey's weighted quantiles and means", {
  skip_if_not_installed("survey")
  scale <- c("SD", "D", "N", "A", "SA")
  for (seed in 1:8) {
    set.seed(seed)
    n <- c(3L, 40L, 200L)[seed %% 3L + 1L]
    d <- as.data.frame(lapply(setNames(nm = c("i1", "i2")), function(.)
      factor(sample(c(scale, NA), n, TRUE, prob = c(1, 2, 3, 4, 2, 1)), levels = scale,
             ordered = TRUE)))
    w <- sample(c(0, 0.25, 0.5, 1, 2.75, 6), n, TRUE)
    gf <- factor(sample(c("n", "s"), n, TRUE))
    tab <- tabulate_likert(d, by = gf, weights = w)
    s <- summary(tab)
    i <- 0L
    for (g in levels(gf)) for (item in names(d)) {
      i <- i + 1L
      rows <- (i - 1L) * 5L + 1:5
      keep <- gf == g
      xt <- as.vector(stats::xtabs(w[keep] ~ d[[item]][keep]))
      expect_equal(tab$n[rows], xt)
      expect_equal(tab$prop[rows], if (sum(xt)) xt / sum(xt) else rep(NA_real_, 5))
      ok <- keep & !is.na(d[[item]])
      expect_equal(s$n[i], sum(w[ok]))
      expect_equal(s$missing[i], sum(w[keep & is.na(d[[item]])]))
      pos <- as.integer(d[[item]][ok])
      if (sum(w[ok]) > 0) {
        # the inverse of the weighted distribution function, answer by answer
        inv <- function(p) min(pos[vapply(pos, function(v) sum(w[ok][pos <= v]), 0) >=
                                     p * sum(w[ok])])
        expect_equal(s$median[i], inv(0.5))
        expect_equal(s$iqr[i], inv(0.75) - inv(0.25))
        expect_equal(s$mean[i], stats::weighted.mean(pos, w[ok]))
      }
      if (n >= 40L) {
        # as survey gives them (whose rule returns the second answer when the
        # first alone passes the quartile, hence the larger samples only)
        des <- survey::svydesign(ids = ~1, weights = ~wt,
                                 data = data.frame(pos = pos, wt = w[ok])[w[ok] > 0, ])
        q <- coef(survey::svyquantile(~pos, des, c(0.25, 0.5, 0.75), qrule = "math",
                                      ci = FALSE))
        expect_equal(s$median[i], unname(q[2L]))
        expect_equal(s$iqr[i], unname(q[3L] - q[1L]))
        expect_equal(s$mean[i], unname(coef(survey::svymean(~pos, des))))
        expect_equal(s$top2_prop[i], stats::weighted.mean(pos >= 4, w[ok]))
        expect_equal(s$bottom2_prop[i], stats::weighted.mean(pos <= 2, w[ok]))
      }
    }
    # chunks add up, and weights of 1 give the unweighted counts
    parts <- lapply(split(seq_len(n), seq_len(n) %% 2L), function(j)
      tabulate_likert(d[j, , drop = FALSE], by = gf[j], weights = w[j]))
    expect_equal(as.data.frame(combine_tabs(parts)), as.data.frame(tab))
    expect_equal(tabulate_likert(d, weights = rep(1, n))$n, tabulate_likert(d)$n)
  }
  # a level holding exactly half the weight is the median, however the
  # weights are scaled (their sums round differently)
  x <- factor(c("low", "mid", "mid"), levels = c("low", "mid", "high"), ordered = TRUE)
  for (k in c(1, 10, 1 / 3))
    expect_identical(summary(tabulate_likert(data.frame(q = x), weights = k * c(0.3, 0.1, 0.2)))$median,
                     1, label = k)
  expect_match(format(tabulate_likert(d, weights = w))$n[1L], "[.]")
  expect_output(print(tabulate_likert(d, weights = w)), "weighted")
  expect_error(tabulate_likert(d, weights = c(-1, rep(1, n - 1L))), "`weights`.*row 1",
               class = "peersurvey_bad_argument")
  expect_error(tabulate_likert(d, weights = 1), "`weights`", class = "peersurvey_bad_argument")
})

# ---- errors -----------------------------------------------------------------

test_that("bad input is an R error naming the argument and the row", {
  e <- "peersurvey_bad_argument"
  expect_error(tabulate_choice(1:3, by = 1:2), regexp = "`by` must have one value per answer \\(3\\), not 2", class = e)
  expect_error(tabulate_choice(1:3, weights = 1:2), regexp = "`weights`", class = e)
  expect_error(tabulate_choice(1:3, weights = c(1, -1, 1)), regexp = "`weights`.*row 2", class = e)
  expect_error(tabulate_choice(1:3, weights = c(1, NA, 1)), regexp = "row 2", class = e)
  expect_error(tabulate_choice(1:3, weights = c(NaN, 1, 1)), regexp = "row 1", class = e)
  expect_error(tabulate_choice(1:3, weights = c(1, 1, Inf)), regexp = "row 3", class = e)
  expect_error(tabulate_choice(c(1, 2.5, 3)), regexp = "`x`.*row 2 is 2.5", class = e)
  expect_error(tabulate_choice(list(1, 2)), regexp = "`x`", class = e)
  expect_error(tabulate_choice(Sys.Date()), regexp = "`x`.*Date", class = e)
  expect_error(tabulate_choice(1:3, na = "maybe"))
  expect_error(tabulate_multi(data.frame(a = c(0, 1, 2, 3), b = 0)),
               regexp = "column \"a\".*rows 3, 4 are 2, 3", class = e)
  expect_error(tabulate_multi(cbind(a = c(0, 1), b = c(1, 5))),
               regexp = "column \"b\".*row 2 is 5", class = e)
  expect_error(tabulate_multi(data.frame(a = c("x", "y"))), regexp = "column \"a\".*character", class = e)
  expect_error(tabulate_multi(data.frame(a = factor(c("x", "y")))), regexp = "column \"a\"", class = e)
  expect_error(tabulate_multi(matrix("a", 2, 2)), regexp = "`x`", class = e)
  expect_error(tabulate_multi(cbind(a = c(TRUE, FALSE)), by = 1:3), regexp = "`by`", class = e)
  expect_error(tabulate_multi(c("a;b", "c", "a;zz"), options = c("a", "b")),
               regexp = "not in `options`.*\"c\", \"zz\" in rows 2, 3", class = e)
  expect_error(tabulate_multi(c("a", "b"), sep = ""), regexp = "`sep`", class = e)
  expect_error(tabulate_multi(c("a", "b"), options = c("a", NA)), regexp = "`options`", class = e)
  expect_error(tabulate_multi(cbind(a = c(TRUE, FALSE)), weights = c(1, -2)), regexp = "row 2", class = e)
  expect_error(tabulate_likert(data.frame(a = factor("x", ordered = TRUE),
                                          b = factor("y", ordered = TRUE))),
               regexp = "column \"b\" must have the levels", class = e)
  # unordered factors are not a Likert scale
  expect_error(tabulate_likert(data.frame(a = factor("x", ordered = TRUE), b = factor("x"))),
               regexp = "column \"b\" must be an ordered factor, not an unordered", class = e)
  expect_error(tabulate_likert(mhd_survey_2025$ps_contract), regexp = "`x` must be an ordered",
               class = e)
  expect_error(tabulate_likert(data.frame(a = 1:2)), regexp = "column \"a\"", class = e)
  expect_error(tabulate_likert(1:3), regexp = "`x`", class = e)
  expect_error(cooccurrence(tabulate_choice(1:3)), regexp = "`tab`", class = e)
  expect_error(combine_tabs(tabulate_choice(1:3), tabulate_multi(cbind(a = TRUE))),
               regexp = "`..2`", class = e)
  expect_error(combine_tabs(tabulate_choice(1:3), tabulate_choice(1:3, by = 1:3)),
               regexp = "grouped", class = e)
  expect_error(format(tabulate_choice(1:3), digits = -1), regexp = "`digits`", class = e)
})

test_that("the C entry points reject wrong types and lengths", {
  C_choice <- peersurvey:::C_tabulate_choice
  C_multi <- peersurvey:::C_tabulate_multi
  expect_equal(as.vector(.Call(C_choice, c(1L, 2L, NA), 2L, NULL, 0L, NULL)), c(1, 1, 1))
  expect_error(.Call(C_choice, c("a", "b"), 2L, NULL, 0L, NULL), "'x' must be of type integer")
  expect_error(.Call(C_choice, c(1, 2), 2L, NULL, 0L, NULL), "'x' must be of type integer")
  expect_error(.Call(C_choice, 1:3, 2L, NULL, 0L, NULL), "'x' code 3 at row 3")
  expect_error(.Call(C_choice, c(1L, 0L), 2L, NULL, 0L, NULL), "row 2")
  expect_error(.Call(C_choice, 1:3, NA_integer_, NULL, 0L, NULL), "'nlevels'")
  expect_error(.Call(C_choice, 1:3, -1L, NULL, 0L, NULL), "'nlevels'")
  expect_error(.Call(C_choice, 1:3, "3", NULL, 0L, NULL), "'nlevels'")
  expect_error(.Call(C_choice, 1:3, 3L, 1:2, 2L, NULL), "'group' must have length 3")
  expect_error(.Call(C_choice, 1:3, 3L, c(1, 2, 1), 2L, NULL), "'group' must be of type integer")
  expect_error(.Call(C_choice, 1:3, 3L, c(1L, 5L, 1L), 2L, NULL), "'group' code 5 at row 2")
  expect_error(.Call(C_choice, 1:3, 3L, NULL, 2L, NULL), "'ngroup' must be 0")
  expect_error(.Call(C_choice, 1:3, 3L, NULL, 0L, 1:3), "'weights' must be of type double")
  expect_error(.Call(C_choice, 1:3, 3L, NULL, 0L, c(1, 1)), "'weights' must have length 3")
  expect_error(.Call(C_choice, 1:3, 3L, NULL, 0L, c(1, -1, 1)), "row 2")
  expect_error(.Call(C_choice, 1:3, 3L, NULL, 0L, c(1, NaN, 1)), "row 2")
  expect_error(.Call(C_choice, 1:3, 1e6L, 1:3, 1e6L, NULL), "too large")
  expect_error(.Call(C_choice, 1:3, 3L), "argument")
  expect_error(.Call(C_multi, list(1:3, 1:2), NULL, 0L, NULL), "column 2 must have length 3")
  expect_error(.Call(C_multi, list("a"), NULL, 0L, NULL), "column 1 must be logical")
  expect_error(.Call(C_multi, list(NULL), NULL, 0L, NULL), "column 1 must be logical")
  expect_error(.Call(C_multi, matrix("a", 2, 2), NULL, 0L, NULL), "'x' must be a list")
  expect_error(.Call(C_multi, 1:3, NULL, 0L, NULL), "'x' must be a list")
  expect_error(.Call(C_multi, list(c(TRUE, FALSE)), 1:3, 2L, NULL), "'group' must have length 2")
  expect_error(.Call(C_multi, list(c(TRUE, FALSE)), c(1L, 3L), 2L, NULL), "'group' code 3")
  expect_error(.Call(C_multi, list(c(TRUE, FALSE)), c(1L, 3L), 2L, c(1, 1)), "'group' code 3")
  expect_error(.Call(C_multi, list(c(TRUE, FALSE)), NULL, 0L, "w"), "'weights'")
  expect_error(.Call(C_multi, list(c(TRUE, FALSE)), NULL, NA, NULL), "'ngroup'")
  # a bad cell is reported back, for the R wrapper to name
  expect_equal(.Call(C_multi, list(c(0L, 1L), c(1L, 7L)), NULL, 0L, NULL)$bad, c(2L, 2L))
  expect_equal(.Call(C_multi, list(c(0, 1), c(1, 0.5)), NULL, 0L, c(1, 1))$bad, c(2L, 2L))
  ok <- .Call(C_multi, list(), NULL, 0L, NULL)
  expect_equal(dim(ok$cooc), c(0L, 0L, 1L))
})

test_that("empty inputs give empty or zero tables that print", {
  expect_output(print(tabulate_multi(data.frame())), "multiple-response")
  expect_equal(nrow(tabulate_likert(data.frame())), 0L)
  expect_equal(nrow(format(tabulate_choice(character(0), by = character(0)))), 0L)
  z <- tabulate_multi(matrix(logical(0), 0L, 3L))
  expect_equal(z$n, c(0, 0, 0))
  expect_true(all(is.na(z$prop_cases)))
  expect_equal(unname(cooccurrence(z)), matrix(0, 3, 3))
  expect_output(print(z), "option1")
})

# ---- reading and checking in C ------------------------------------------------

test_that("a bad weight is reported from C with its row and value", {
  C_choice <- peersurvey:::C_tabulate_choice
  C_multi <- peersurvey:::C_tabulate_multi
  e <- "peersurvey_bad_argument"
  x <- rep(1:3, length.out = 10L)
  g <- rep(1:2, length.out = 10L)
  values <- list(-1, NA_real_, NaN, Inf, -Inf, -0.5)
  shown <- c("-1", "NA", "NaN", "Inf", "-Inf", "-0.5")
  for (row in c(1L, 4L, 9L, 10L)) for (v in seq_along(values)) {
    w <- rep(1, 10L)
    w[row] <- values[[v]]
    msg <- sprintf("row %d is %s$", row, shown[v])
    for (grp in list(NULL, g)) {
      G <- if (is.null(grp)) 0L else 2L
      expect_error(.Call(C_choice, x, 3L, grp, G, w),
                   paste0("^'weights' must be finite and non-negative: ", msg))
      expect_error(.Call(C_multi, list(x == 1L), grp, G, w), msg)
      expect_error(tabulate_choice(x, by = grp, weights = w),
                   paste0("^`weights` must be finite and non-negative: ", msg), class = e)
      expect_error(tabulate_multi(cbind(a = x == 1L), by = grp, weights = w),
                   paste0("`weights` must be finite and non-negative: ", msg), class = e)
    }
  }
  # the first bad row of several, also in a later block of a long vector
  n <- 3e5
  w <- rep(0.5, n)
  w[c(250001, 260000)] <- c(-2, NA)
  expect_error(tabulate_choice(rep_len(1:4, n), weights = w), "row 250001 is -2$", class = e)
  expect_error(tabulate_multi(cbind(a = rep_len(c(TRUE, FALSE), n)), weights = w),
               "row 250001 is -2$", class = e)
  # a weight of zero is allowed, and so is -0
  expect_equal(tabulate_choice(c(1L, 2L), weights = c(0, -0))$n, c(0, 0))
  # integer weights are accepted and checked alike
  expect_error(tabulate_choice(1:3, weights = c(1L, NA, 2L)), "row 2 is NA$", class = e)
  # other errors of the C code pass through unchanged
  expect_error(tabulate_choice(1:3, weights = c(1, 2)), "one value per answer", class = e)
})

test_that("bad codes are found wherever they are", {
  C_choice <- peersurvey:::C_tabulate_choice
  n <- 2^20 + 4099  # more than one interrupt chunk, a partial block, a tail
  for (row in c(1, 5, 4096, 4097, 2^20, 2^20 + 1, n)) {
    x <- rep_len(c(1L, 2L, NA), n)
    x[row] <- 7L
    expect_error(.Call(C_choice, x, 3L, NULL, 0L, NULL),
                 sprintf("'x' code 7 at row %d lies outside 1..3", row))
    g <- rep_len(c(2L, NA, 1L), n)
    g[row] <- 0L
    expect_error(.Call(C_choice, rep_len(1:3, n), 3L, g, 2L, rep(1, n)),
                 sprintf("'group' code 0 at row %d lies outside 1..2", row))
  }
  # large tables (no padding, one count table) check codes too
  expect_error(.Call(C_choice, c(1L, 400L, 3L), 300L, c(1L, 2L, 3L), 100L, NULL),
               "'x' code 400 at row 2")
  expect_error(.Call(C_choice, c(1L, 4L, 3L), 300L, c(1L, 2L, 101L), 100L, c(1, 1, 1)),
               "'group' code 101 at row 3")
})

test_that("large tables (many levels times groups) match table() and tapply()", {
  set.seed(21)
  n <- 2e4
  lev <- sprintf("L%03d", 1:300)
  x <- factor(sample(c(lev, NA), n, TRUE), levels = lev)
  by <- sample(c(sprintf("g%03d", 1:100), NA), n, TRUE)
  w <- runif(n)
  expect_equal(as.data.frame(tabulate_choice(x, by = by)), ref_choice(x, by))
  expect_equal(as.data.frame(tabulate_choice(x, by = by, weights = w)), ref_choice(x, by, w))
  expect_equal(as.data.frame(tabulate_choice(x, weights = w, na = "drop")),
               ref_choice(x, NULL, w, "drop"))
})

test_that("a missing group with zero weight still has its column", {
  x <- factor(c("a", "b", "a", "b"))
  by <- c("n", NA, "s", "n")
  w <- c(1, 0, 2, 1)
  tab <- tabulate_choice(x, by = by, weights = w)
  expect_equal(as.data.frame(tab), ref_choice(x, by, w))
  expect_true(anyNA(tab$group))
  m <- cbind(a = c(TRUE, FALSE, TRUE, NA), b = c(FALSE, TRUE, TRUE, NA))
  tm <- tabulate_multi(m, by = by, weights = w)
  expect_equal(as.data.frame(tm), ref_multi(m, by, w)$df)
  expect_true(anyNA(tm$group))
  expect_false(anyNA(tabulate_multi(m, by = c("n", "s", "s", "n"), weights = w)$group))
  expect_false(anyNA(tabulate_choice(x, by = c("n", "s", "s", "n"))$group))
})

test_that("ALTREP input is read in place, neither copied nor expanded", {
  # compact sequences: codes 1..n, weights as.double(1:n)
  n <- 1e4
  x <- seq_len(n)
  tab <- .Call(peersurvey:::C_tabulate_choice, x, n, NULL, 0L, as.double(x))
  expect_identical(as.vector(tab), c(as.double(seq_len(n)), 0))
  tab <- .Call(peersurvey:::C_tabulate_choice, x, n, rep_len(1:3, n), 3L, NULL)
  expect_identical(as.vector(tab[seq_len(n), 1:3]),
                   as.vector(table(factor(x, levels = x), factor(rep_len(1:3, n), levels = 1:3)))
                   * 1)
  # a factor made by structure() is an ALTREP wrapper of its codes
  set.seed(22)
  n <- 1e6
  codes <- sample(c(1:4, NA), n, TRUE)
  gcodes <- sample(1:3, n, TRUE)
  f <- structure(codes, levels = letters[1:4], class = "factor")
  gf <- structure(gcodes, levels = c("n", "c", "s"), class = "factor")
  w <- as.double(seq_len(n))  # compact: no data in memory
  want <- tapply(w, list(addNA(factor(codes, levels = 1:4)), factor(gcodes, levels = 1:3)),
                 sum, default = 0)
  got <- tabulate_choice(f, by = gf, weights = w)
  expect_equal(got$n, as.vector(want))
  expect_equal(tabulate_choice(f, by = gf)$n,
               as.vector(table(addNA(factor(codes, levels = 1:4)), gcodes)) * 1)
  skip_if_not(capabilities("profmem"), "R built without memory profiling")
  allocated <- function(expr) {
    file <- tempfile()
    on.exit(unlink(file), add = TRUE)
    utils::Rprofmem(file, threshold = 1e4)
    force(expr)
    utils::Rprofmem(NULL)
    lines <- readLines(file)
    sum(as.numeric(sub(":.*", "", grep("^[0-9]+ ?:", lines, value = TRUE))))
  }
  # a copy of the codes would be 4 MB, the expanded weights 8 MB (fresh
  # compact weights each time: the calls above have expanded `w`)
  expect_lt(allocated(tabulate_choice(f, by = gf, weights = as.double(seq_len(n)))), 1e6)
  expect_lt(allocated(tabulate_choice(f, by = gf)), 1e6)
  m <- structure(rep_len(c(TRUE, FALSE, NA), 4 * n), dim = c(n / 4, 16L))
  cols <- lapply(1:8, function(j) structure(rep_len(c(TRUE, FALSE, FALSE, NA), n), j = j))
  expect_lt(allocated(tabulate_multi(m)), 1e6)
  gw <- structure(gcodes, j = 1)
  expect_lt(allocated(.Call(peersurvey:::C_tabulate_multi, cols, gw, 3L,
                            as.double(seq_len(n)))), 1e6)
  expect_equal(tabulate_multi(as.data.frame(cols), by = gcodes, weights = w)$n,
               as.vector(t(vapply(cols, function(v)
                 tapply(w[v %in% TRUE], gcodes[v %in% TRUE], sum), numeric(3)))))
})

test_that("the portable popcount and the scalar loops count like the default build", {
  skip_on_cran()
  # the package's source, when the tests run from a source tree
  src <- c(file.path("..", "..", "src"), file.path("..", "..", "00_pkg_src", "peersurvey", "src"))
  src <- src[file.exists(file.path(src, "tabulate.c"))][1L]
  skip_if(is.na(src), "package sources not found")
  build <- function(flags, name) {
    dir <- tempfile("tabulate")
    dir.create(dir)
    file.copy(file.path(src, c("tabulate.c", "peersurvey.h")), dir)
    old <- setwd(dir)
    on.exit(setwd(old), add = TRUE)
    out <- suppressWarnings(system2(file.path(R.home("bin"), "R"),
                                    c("CMD", "SHLIB", "-o", paste0(name, ".so"), "tabulate.c"),
                                    env = paste0("PKG_CPPFLAGS='", flags, "'"),
                                    stdout = TRUE, stderr = TRUE))
    so <- file.path(dir, paste0(name, ".so"))
    if (!file.exists(so)) return(paste(out, collapse = "\n"))
    dyn.load(so)
  }
  variants <- list(
    portable = build("-DPSV_NO_SIMD -DPSV_NO_BUILTIN_POPCOUNT", "tab_portable"),
    library_popcount = build("-DPSV_NO_POPCNT_DISPATCH", "tab_libpopcount"))
  for (v in names(variants)) {
    dll <- variants[[v]]
    if (is.character(dll)) {
      fail(paste("build failed:", dll))
      next
    }
    vc <- getNativeSymbolInfo("C_tabulate_choice", dll)
    vm <- getNativeSymbolInfo("C_tabulate_multi", dll)
    pc <- peersurvey:::C_tabulate_choice
    pm <- peersurvey:::C_tabulate_multi
    same <- function(a, b, info) expect_true(identical(a, b), label = paste(v, info))
    set.seed(23)
    for (s in 1:30) {
      n <- sample(c(0L, 1L, 3L, 63L, 64L, 65L, 4099L, 20000L), 1L)
      k <- sample(c(1L, 5L, 300L), 1L)
      G <- sample(c(0L, 3L, 100L), 1L)
      x <- sample(c(seq_len(k), NA), n, TRUE)
      g <- if (G) sample(c(seq_len(G), NA), n, TRUE) else NULL
      w <- if (s %% 2) runif(n) else NULL
      same(.Call(vc, x, k, g, G, w), .Call(pc, x, k, g, G, w), paste("choice", s))
      p <- sample(c(1L, 5L, 16L, 64L, 70L), 1L)
      m <- matrix(sample(c(0L, 1L, NA), n * p, TRUE, prob = c(0.6, 0.35, 0.05)), n, p)
      if (n) m[sample(n, n %/% 8), ] <- NA
      input <- switch(s %% 3 + 1, m, { storage.mode(m) <- "double"; m },
                      { storage.mode(m) <- "logical"; as.list(as.data.frame(m)) })
      same(.Call(vm, input, g, G, w), .Call(pm, input, g, G, w), paste("multi", s))
      if (n > 10) {
        x[n - 1L] <- k + 1L
        same(tryCatch(.Call(vc, x, k, g, G, w), error = conditionMessage),
             tryCatch(.Call(pc, x, k, g, G, w), error = conditionMessage), "bad code")
        m[n - 2L, 1L] <- 3L
        same(.Call(vm, m, g, G, w), .Call(pm, m, g, G, w), "bad cell")
      }
    }
    dyn.unload(dll[["path"]])
  }
})

test_that("a subset of the rows of a Likert table prints with each row's own base", {
  lev <- c("low", "mid", "high")
  d <- data.frame(a = factor(c("low", "mid", "high", "high", NA), lev, ordered = TRUE),
                  b = factor(c("mid", "mid", NA, NA, "low"), lev, ordered = TRUE))
  g <- c("x", "y", "x", "y", "y")
  for (by in list(NULL, g)) {
    tab <- tabulate_likert(d, by = by)
    for (rows in list(1:2, c(4, 6), nrow(tab))) {
      sub <- tab[rows, ]
      expect_output(print(sub))
      got <- as.integer(format(sub)$answered)
      # base computed apart: answers to the row's item (in the row's group)
      want <- vapply(seq_len(nrow(sub)), function(r) {
        keep <- if (is.null(by)) TRUE else g == as.character(sub$group[r])
        sum(!is.na(d[[as.character(sub$item[r])]][keep]))
      }, 1L)
      expect_equal(got, want)
    }
  }
  expect_output(print(head(tabulate_likert(d$a), 2)), "answered")
})

test_that("tabulations of survey columns print their rows by the codebook's labels", {
  s <- suppressWarnings(read_survey(services_path("services-export.csv"),
                                    survey_codebook(services_path("services-codebook.csv"))))
  cbr <- services_codebook_csv()
  lab <- function(item, option, lang)
    cbr[[paste0("label_", lang)]][match(paste(item, option), paste(cbr$item, cbr$option))]
  # single choice by region: each row's level and group are the labels of
  # its codes, and its count is base R's
  tab <- tabulate_choice(s["service_type"], by = s["region"])
  for (lang in c("en", "it")) {
    f <- format(tab, language = lang)
    df <- as.data.frame(tab)
    expect_identical(f$group, lab("region", as.character(df$group), lang))
    expect_identical(f$level, lab("service_type", as.character(df$level), lang))
    ref <- table(factor(s$region, unique(df$group)), factor(s$service_type, levels(df$level)))
    expect_identical(df$n, as.numeric(ref[cbind(as.character(df$group),
                                                as.character(df$level))]))
  }
  # the first language by default, and print() shows what format() gives
  expect_identical(format(tab), format(tab, language = "en"))
  out <- capture.output(print(tab, language = "it"))
  expect_true(any(grepl(paste0("^ *", lab("region", "south", "it"), " +",
                               lab("service_type", "community", "it"), " "), out)))
  # a yes/no item as levels and as groups: its options no and yes, in the
  # codebook's order
  yn <- format(tabulate_choice(s["peer_workers"], by = s["region"]), language = "it")
  yn_order <- cbr$option[cbr$item == "peer_workers"]
  expect_identical(unique(yn$level), lab("peer_workers", yn_order, "it"))
  yt <- as.data.frame(tabulate_choice(s["peer_workers"]))
  expect_identical(as.character(yt$level), unname(c(yes = "TRUE", no = "FALSE")[yn_order]))
  expect_equal(yt$n, as.vector(table(s$peer_workers)[as.character(yt$level)]))
  yg <- format(tabulate_choice(s["region"], by = s["peer_workers"]))
  expect_identical(unique(yg$group), lab("peer_workers", yn_order, "en"))
  # with no codebook, FALSE before TRUE as before
  expect_identical(as.character(as.data.frame(tabulate_choice(s$peer_workers))$level),
                   c("FALSE", "TRUE"))
  m <- tabulate_multi(s[grep("^peer_roles_", names(s))], by = s["peer_workers"])
  fm <- format(m)
  dm <- as.data.frame(m)
  expect_identical(fm$option, lab("peer_roles", as.character(dm$option), "en"))
  expect_identical(fm$group, lab("peer_workers", c("FALSE" = "no", "TRUE" = "yes")[
    as.character(dm$group)], "en"))
  # Likert: levels by their labels, items by their names
  lk <- tabulate_likert(s["satisfaction"], by = s["region"])
  fl <- format(lk, language = "it")
  dl <- as.data.frame(lk)
  expect_identical(fl$level, lab("satisfaction", as.character(dl$level), "it"))
  expect_identical(fl$item, as.character(dl$item))
  # plain vectors print their codes; as.data.frame() keeps the codes
  fp <- format(tabulate_choice(s$service_type, by = s$region))
  expect_identical(fp$level, as.character(as.data.frame(tab)$level))
  expect_true(is.factor(as.data.frame(tab)$level))
  # a missing group or answer stays "(missing)"
  r <- s["region"]
  r$region[1] <- NA
  fmiss <- format(tabulate_choice(s["service_type"], by = r))
  expect_true("(missing)" %in% fmiss$group)
})

test_that("a printed tabulation says its header, columns, missing row and numbers in its language", {
  withr_width <- options(width = 1000)
  on.exit(options(withr_width))
  x <- factor(c("a", "b", "a", NA, "c", "a", NA))
  g <- c("x", "y", "x", "x", "y", "y", "x")
  w <- c(1.2, 2, 1, 1, 1.5, 2, 1)
  m <- data.frame(o1 = c(TRUE, FALSE, NA, TRUE), o2 = c(FALSE, FALSE, NA, TRUE))
  lev <- c("low", "mid", "high")
  d <- data.frame(a = factor(c("low", "mid", "high", NA), lev, ordered = TRUE),
                  b = factor(c("mid", NA, NA, "low"), lev, ordered = TRUE))
  for (lang in c("en", "it", "fr", "de", "es")) {
    wd <- function(key) words_of(key, lang)
    dec <- if (lang == "en") "." else ","
    num <- function(v) formatC(v, format = "f", digits = 1, decimal.mark = dec)
    head <- function(kind, body) fill_by_hand(wd("tab_head"), kind = wd(kind), body = body)
    # single choice by group, missing answers kept: respondents and answers
    # counted by base R
    out <- capture.output(print(tabulate_choice(x, by = g), language = lang))
    expect_identical(out[1], head("tab_kind_choice", fill_by_hand(
      wd("tab_choice_keep"), total = length(x), weighted = "", valid = sum(!is.na(x)),
      groups = fill_by_hand(wd("tab_groups"), n = length(unique(g))),
      in_group = wd("tab_in_group"))), label = lang)
    for (k in c("col_group", "col_level", "col_valid pct")) expect_true(
      grepl(wd(k), out[2], fixed = TRUE), label = paste(lang, k))
    expect_true(any(grepl(wd("tab_missing"), out[-1], fixed = TRUE)), label = lang)
    # each row of group x, level a: count and shares computed apart
    n_a <- sum(x == "a" & g == "x", na.rm = TRUE)
    cell <- sprintf("%d (%s%%)", n_a, num(100 * n_a / sum(g == "x")))
    valid <- paste0(num(100 * n_a / sum(!is.na(x) & g == "x")), "%")
    expect_true(any(grepl(cell, out, fixed = TRUE) & grepl(valid, out, fixed = TRUE)),
                label = lang)
    # weighted, missing left out: weighted sums with the language's mark
    out <- capture.output(print(tabulate_choice(x, weights = w, na = "drop"), language = lang))
    expect_identical(out[1], head("tab_kind_choice", fill_by_hand(
      wd("tab_choice_drop"), valid = num(sum(w[!is.na(x)])), weighted = wd("tab_weighted"),
      groups = "", missing = num(sum(w[is.na(x)])))), label = lang)
    wa <- sum(w[which(x == "a")])
    expect_true(any(grepl(sprintf("%s (%s%%)", num(wa), num(100 * wa / sum(w[!is.na(x)]))),
                          out, fixed = TRUE)), label = lang)
    # multiple response: the rows that answered any option
    out <- capture.output(print(tabulate_multi(m), language = lang))
    expect_identical(out[1], head("tab_kind_multi", fill_by_hand(
      wd("tab_multi"), answered = sum(rowSums(!is.na(m)) > 0), weighted = "", groups = "")),
      label = lang)
    expect_true(grepl(wd("col_option"), out[2], fixed = TRUE), label = lang)
    # Likert: each item's answers, of all rows
    out <- capture.output(print(tabulate_likert(d), language = lang))
    expect_identical(out[1], head("tab_kind_likert", fill_by_hand(
      wd("tab_likert"), items = paste(names(d), colSums(!is.na(d)), collapse = ", "),
      rows = nrow(d), weighted = "", groups = "")), label = lang)
    for (k in c("col_item", "col_level", "col_answered")) expect_true(
      grepl(wd(k), out[2], fixed = TRUE), label = paste(lang, k))
  }
  # thousands: the language's mark, the other one than its decimal mark
  big <- tabulate_choice(c(rep("a", 1500), "b"))
  expect_match(capture.output(print(big, language = "it"))[1], "1.501", fixed = TRUE)
  expect_match(capture.output(print(big))[1], "1,501", fixed = TRUE)
  # format() keeps its column names in any language
  expect_identical(names(format(tabulate_choice(x, by = g), language = "it")),
                   names(format(tabulate_choice(x, by = g))))
  # a language with no fixed words is an error naming the argument
  expect_error(print(tabulate_choice(x), language = "xx"), "language")
})

test_that("declared non-answers of a survey column are rows of their own, apart from blanks", {
  cbf <- write_export(c(
    "item,type,option,label_en,label_it,question_en,missing",
    "unit,id,,units,unità,,FALSE",
    "area,single,north,North,Nord,Area,FALSE",
    "area,single,south,South,Sud,Area,FALSE",
    "q,single,a,Option A,Opzione A,Question,FALSE",
    "q,single,b,Option B,Opzione B,Question,FALSE",
    "q,single,c,Option C,Opzione C,Question,FALSE",
    "q,single,dk,Don't know,Non so,Question,TRUE",
    "q,single,ref,Refused,Rifiuta,Question,TRUE"))
  set.seed(11)
  n <- 60
  raw <- data.frame(unit = sprintf("U%02d", seq_len(n)),
                    area = sample(c("North", "South"), n, TRUE),
                    q = sample(c("Option A", "Option B", "Don't know", "Refused", ""), n, TRUE,
                               prob = c(0.3, 0.3, 0.15, 0.05, 0.2)),
                    stringsAsFactors = FALSE)
  raw$q[1:2] <- c("Don't know", "")      # both kinds in the first rows
  exf <- write_export(format_export(raw))
  s <- read_survey(exf, survey_codebook(cbf))
  # the reference: the export's own cells, read by base R
  ref <- utils::read.csv(exf, colClasses = "character", na.strings = character())
  key <- c("Option A" = "a", "Option B" = "b", "Option C" = "c", "Don't know" = "dk",
           "Refused" = "ref", " " = NA)
  code <- unname(key[ifelse(nzchar(ref$q), ref$q, " ")])
  lev <- c("a", "b", "c", "dk", "ref", NA)
  want_n <- as.vector(table(factor(code, levels = lev[1:5]), useNA = "always"))
  shown <- c(TRUE, TRUE, TRUE, want_n[4:6] > 0)
  tab <- tabulate_choice(s["q"])
  df <- as.data.frame(tab)
  expect_identical(as.character(df$level), lev[shown])
  expect_equal(df$n, want_n[shown])
  expect_equal(df$prop, want_n[shown] / n)
  valid <- sum(want_n[1:3])
  expect_equal(df$valid_prop, c(want_n[1:3] / valid, rep(NA, sum(shown) - 3)))
  # the declared answers are those survey_missing() lists
  dm <- survey_missing(s)
  expect_equal(df$n[df$level %in% "dk"], sum(dm$column == "q" & dm$value == "dk"))
  # printed by their labels, before the blanks; "valid %" left empty for both
  for (lang in c("en", "it")) {
    f <- format(tab, language = lang)
    cbr <- utils::read.csv(cbf, stringsAsFactors = FALSE)
    lab <- cbr[[paste0("label_", lang)]][match(as.character(df$level), cbr$option)]
    lab[is.na(df$level)] <- if (lang == "en") "(missing)" else "(mancante)"
    expect_identical(f$level, lab)
    expect_identical(f[["valid %"]] == "", !(df$level %in% c("a", "b", "c")))
  }
  # na = "drop" leaves out both kinds of non-answer
  dr <- as.data.frame(tabulate_choice(s["q"], na = "drop"))
  expect_identical(as.character(dr$level), c("a", "b", "c"))
  expect_equal(dr$prop, want_n[1:3] / valid)
  # by groups and with weights: base R's tapply() over the export's cells
  w <- seq_len(n) / 10
  gt <- as.data.frame(tabulate_choice(s["q"], by = s["area"], weights = w))
  grp <- c(North = "north", South = "south")[ref$area]
  wm <- tapply(w, list(addNA(factor(code, levels = lev[1:5])), grp), sum, default = 0)
  want <- wm[cbind(match(as.character(gt$level), lev),
                   match(as.character(gt$group), colnames(wm)))]
  expect_equal(gt$n, as.vector(want))
  # tables of two halves add up to the whole
  halves <- lapply(split(seq_len(n), rep(1:2, each = n / 2)),
                   function(i) tabulate_choice(s[i, "q", drop = FALSE]))
  expect_equal(as.data.frame(combine_tabs(halves)), df)
  # a plain vector has no declared non-answers: one row of missing answers
  pv <- as.data.frame(tabulate_choice(s$q))
  expect_equal(pv$n[is.na(pv$level)], sum(want_n[4:6]))
  # the bars are the options only
  pd <- plot(tab)
  expect_setequal(pd$option, c("a", "b", "c"))
  # grouped by the item: its declared non-answers are groups of their own,
  # apart from the blanks, in every kind of table
  area <- unname(c(North = "north", South = "south")[ref$area])
  gd <- as.data.frame(tabulate_choice(s["area"], by = s["q"]))
  want_g <- table(factor(area, levels = c("north", "south")), factor(code, levels = lev[1:5]),
                  useNA = "ifany")
  # every option of the codebook is a group, as every level of a factor is
  expect_identical(levels(gd$group), lev[1:5])
  gi <- match(as.character(gd$group), colnames(want_g), incomparables = NULL)
  gi[is.na(gd$group)] <- which(is.na(colnames(want_g)))
  expect_equal(gd$n, as.vector(want_g[cbind(match(as.character(gd$level), rownames(want_g)),
                                            gi)]))
  gm <- as.data.frame(tabulate_multi(
    data.frame(n = area == "north", s = area == "south"), by = s["q"]))
  expect_equal(gm$n[gm$option == "n" & gm$group %in% "dk"],
               sum(area == "north" & code %in% "dk"))
  expect_equal(gm$n[gm$option == "n" & is.na(gm$group)], sum(area == "north" & is.na(code)))
  expect_identical(format(tabulate_choice(s["area"], by = s["q"]), language = "it")$group[
    gd$group %in% "dk"], rep("Non so", 2))
})

test_that("prints round a half away from zero, as the tables do", {
  # 1 of 16 is 6.25%: by hand, one half added in the last digit and cut
  hand <- sprintf("%.1f", floor(100 / 16 * 10 + 0.5) / 10)
  expect_identical(hand, "6.3")
  expect_identical(sprintf("%.1f", 100 / 16), "6.2")   # what printf would show
  has <- function(out, s) any(grepl(s, out, fixed = TRUE))
  q <- c("a", rep("b", 15))
  expect_true(has(capture.output(print(tabulate_choice(q))), paste0("1 (", hand, "%)")))
  expect_true(has(capture.output(print(tabulate_multi(data.frame(x_a = q == "a", x_b = TRUE)))),
                  paste0("1 (", hand, "%)")))
  lik <- factor(q, levels = c("a", "b"), ordered = TRUE)
  expect_true(has(capture.output(print(tabulate_likert(data.frame(l = lik)))), hand))
  expect_true(has(capture.output(print(prop_ci(1, 16))), paste0(" ", hand, " ")))
  cbf <- tempfile(fileext = ".csv")
  on.exit(unlink(cbf))
  writeLines(c("item,type,option,label_en,question_en", "uid,id,,units,",
               "q,single,a,A,Q", "q,single,b,B,Q"), cbf)
  s <- read_survey(data.frame(uid = sprintf("u%02d", 1:16), q = q), survey_codebook(cbf))
  expect_true(has(capture.output(print(survey_tables(s, items = "q"))), paste0("1 (", hand, ")")))
})

test_that("weights adding up past the largest number, mixed weighting and repeated names are errors", {
  huge <- c(1e308, 1e308, 1)
  expect_true(all(is.finite(huge)))
  expect_false(is.finite(sum(huge)))       # base R: the total overflows
  expect_error(tabulate_choice(c("yes", "no", "yes"), weights = huge), "`weights` add up to more",
               class = "peersurvey_bad_argument")
  expect_error(tabulate_multi(data.frame(a = c(TRUE, TRUE, FALSE), b = TRUE), weights = huge),
               "`weights` add up to more", class = "peersurvey_bad_argument")
  lik <- data.frame(q = factor(c("lo", "hi", "hi"), c("lo", "hi"), ordered = TRUE))
  expect_error(tabulate_likert(lik, weights = huge), "`weights` add up to more",
               class = "peersurvey_bad_argument")
  # finite totals still tabulate, as base R sums them
  w <- c(1e307, 1e307, 1)
  expect_equal(tabulate_choice(c("yes", "no", "yes"), weights = w)$n,
               c(sum(w[c(2)]), sum(w[c(1, 3)])))
  expect_error(combine_tabs(tabulate_choice(c("a", "b"), weights = c(1, 2)),
                            tabulate_choice(c("a", "b"))),
               "`..2` is unweighted but `..1` is weighted", class = "peersurvey_bad_argument")
  dup <- data.frame(a = c(TRUE, FALSE), a = c(TRUE, TRUE), check.names = FALSE)
  expect_error(tabulate_multi(dup), "uniquely named columns: \"a\" comes more than once",
               class = "peersurvey_bad_argument")
  dl <- data.frame(a = lik$q, a = lik$q, check.names = FALSE)
  expect_error(tabulate_likert(dl), "uniquely named columns", class = "peersurvey_bad_argument")
  expect_error(test_multi_independence(dup, c("x", "y")), "uniquely named columns",
               class = "peersurvey_bad_argument")
})

test_that("a factor whose codes lie outside its levels is an error said in the package's words", {
  bad <- structure(c(1L, 5L), levels = c("a", "b"), class = "factor")
  expect_false(all(unclass(bad) %in% seq_along(levels(bad))))
  err <- expect_error(tabulate_choice(bad), "`x` code 5 at row 2 lies outside 1..2",
                      class = "peersurvey_bad_argument")
  expect_false(grepl("doTryCatch", paste(deparse(conditionCall(err)), collapse = "")))
  expect_error(test_multi_independence(data.frame(a = c(TRUE, FALSE, TRUE, FALSE)),
                                       c("x", "x", "y", "y"), add_constant = Inf),
               "`add_constant` must be a finite number, not Inf", class = "peersurvey_bad_argument")
})

test_that("tabulate_likert() of survey columns keeps declared non-answers apart from blanks", {
  cbf <- tempfile(fileext = ".csv")
  on.exit(unlink(cbf))
  writeLines(c("item,type,option,label_en,question_en,scale,missing",
               "uid,id,,units,,,",
               paste0("s", rep(1:2, each = 4), ",likert,", c("lo", "mid", "hi", "dk"), ",",
                      c("Low", "Mid", "High", "Don't know"), ",Q", rep(1:2, each = 4),
                      ",s3,", c("FALSE", "FALSE", "FALSE", "TRUE"))), cbf)
  set.seed(8)
  n <- 40
  raw <- data.frame(uid = paste0("u", seq_len(n)),
                    s1 = sample(c("Low", "Mid", "High", "Don't know", ""), n, TRUE),
                    s2 = sample(c("Low", "Mid", "High", "Don't know", ""), n, TRUE),
                    area = sample(c("a", "b"), n, TRUE))
  s <- suppressWarnings(read_survey(raw, survey_codebook(cbf)))
  keep <- tabulate_likert(s[c("s1", "s2")], na = "keep")
  drop <- tabulate_likert(s[c("s1", "s2")])
  labs <- c(lo = "Low", mid = "Mid", hi = "High", dk = "Don't know")
  for (it in c("s1", "s2")) {
    # base R: the raw answers counted
    tb <- as.vector(table(factor(raw[[it]], levels = c(labs, ""))))
    dk <- tb[4L]
    blank <- tb[5L]
    rows <- keep$item == it
    expect_identical(as.character(keep$level[rows]),
                     c("lo", "mid", "hi", if (dk > 0) "dk", if (blank > 0) NA))
    expect_equal(keep$n[rows & keep$level %in% "dk"], dk)
    expect_equal(keep$n[rows & is.na(keep$level)], blank)
    expect_equal(keep$n[rows & keep$level %in% c("lo", "mid", "hi")], tb[1:3])
    expect_equal(sum(keep$prop[rows]), 1)
    expect_equal(keep$prop[rows & keep$level %in% "dk"], dk / n)
    # dropped, the scale alone, as before
    expect_equal(drop$n[drop$item == it], tb[1:3])
    # the item's summary counts both kinds of non-answer as missing
    sm <- summary(keep)
    expect_equal(sm$missing[sm$item == it], dk + blank)
  }
  # the same rows as tabulate_choice() of the column
  ch <- tabulate_choice(s["s1"])
  expect_equal(keep$n[keep$item == "s1"], ch$n)
  # printed with the codebook's label; by groups, and added up in parts
  expect_true(any(grepl("Don't know", capture.output(print(keep)), fixed = TRUE)))
  kb <- tabulate_likert(s[c("s1", "s2")], by = raw$area, na = "keep")
  parts <- lapply(split(seq_len(n), seq_len(n) %% 2L), function(j)
    tabulate_likert(s[j, c("s1", "s2")], by = raw$area[j], na = "keep"))
  expect_equal(as.data.frame(combine_tabs(parts)), as.data.frame(kb))
  expect_equal(sum(kb$n[kb$level %in% "dk"]), sum(raw$s1 == "Don't know") + sum(raw$s2 == "Don't know"))
})

test_that("review cases: repeated names given options, an empty scale, per-table weight totals", {
  m <- matrix(c(TRUE, FALSE, TRUE, TRUE), 2, dimnames = list(NULL, c("x", "x")))
  tm <- tabulate_multi(m, options = c("a", "b"))
  expect_equal(tm$n, unname(colSums(m)))
  # a scale with no levels: every answer missing, as base R counts them
  e <- data.frame(a = factor(c(NA, NA, NA), levels = character(), ordered = TRUE))
  expect_equal(summary(tabulate_likert(e))$missing, sum(is.na(e$a)))
  # each table's total finite, though all groups or items together are not
  w <- c(5e307, 5e307, 1)
  l <- factor(c("lo", "hi", "hi"), c("lo", "hi"), ordered = TRUE)
  tl <- tabulate_likert(data.frame(a = l, b = l), weights = w)
  expect_equal(tl$n[tl$item == "a"], c(w[1], sum(w[2:3])))
  tg <- tabulate_choice(c("y", "n", "y"), by = c("g1", "g2", "g1"), weights = c(1e308, 1e308, 1))
  expect_equal(tg$n[tg$group == "g2" & tg$level == "n"], 1e308)
})

test_that("each Likert item's declared non-answers are labelled by its own codebook rows", {
  cbf <- tempfile(fileext = ".csv")
  on.exit(unlink(cbf))
  writeLines(c("item,type,option,label_en,question_en,scale,missing", "uid,id,,units,,,",
               "s1,likert,lo,Low,Q1,s3,FALSE", "s1,likert,hi,High,Q1,s3,FALSE",
               "s1,likert,dk,Don't know,Q1,s3,TRUE",
               "s2,likert,lo,Low,Q2,s4,FALSE", "s2,likert,hi,High,Q2,s4,FALSE",
               "s2,likert,ref,Refused,Q2,s4,TRUE"), cbf)
  raw <- data.frame(uid = paste0("u", 1:4), s1 = c("Low", "Don't know", "High", "Low"),
                    s2 = c("Refused", "High", "Low", "Refused"))
  s <- suppressWarnings(read_survey(raw, survey_codebook(cbf)))
  tab <- tabulate_likert(s[c("s1", "s2")], na = "keep")
  f <- format(tab)
  lev <- f[[grep("level|Answer", names(f), value = TRUE)[1L]]]
  expect_identical(lev[tab$item == "s1" & tab$level %in% "dk"], "Don't know")
  expect_identical(lev[tab$item == "s2" & tab$level %in% "ref"], "Refused")
  expect_equal(tab$n[tab$item == "s2" & tab$level %in% "ref"], sum(raw$s2 == "Refused"))
})
