test_that("response rates agree with table() and prop.test()", {
  r <- response_rates(mhd_survey_2025, mhd_frame, by = "macro_area")
  expect_s3_class(r, "peer_response")
  expect_identical(names(r)[1:6], c("group", "invited", "responded", "rate", "lower", "upper"))
  inv <- table(mhd_frame$macro_area)
  res <- table(mhd_frame$macro_area[mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id])
  expect_identical(r$group, c(names(inv), "All"))
  expect_equal(r$invited, c(as.vector(inv), nrow(mhd_frame)))
  expect_equal(r$responded, c(as.vector(res), nrow(mhd_survey_2025)))
  expect_equal(r$rate, r$responded / r$invited)
  for (i in seq_len(nrow(r))) {
    ci <- suppressWarnings(prop.test(r$responded[i], r$invited[i], correct = FALSE))$conf.int
    expect_equal(c(r$lower[i], r$upper[i]), as.vector(ci), tolerance = 1e-8)
  }
  # the test is chisq.test() on the 2 x K table responded / not responded
  tab <- rbind(as.vector(res), as.vector(inv) - as.vector(res))
  ref <- chisq.test(tab, correct = FALSE)
  fit <- attr(r, "fit")
  expect_equal(fit$chisq$p.value, ref$p.value)
  expect_equal(unname(fit$chisq$statistic), unname(ref$statistic))
  expect_equal(unname(fit$chisq$parameter), length(inv) - 1)
  expect_equal(unname(fit$expected), as.vector(ref$expected[1, ]))
  expect_equal(names(fit$expected), names(inv))
  # about the goodness-of-fit statistic times (N - 1) / (N - n)
  gof <- suppressWarnings(chisq.test(as.vector(res), p = as.vector(inv) / sum(inv)))
  N <- sum(inv); n <- sum(res)
  expect_equal(unname(fit$chisq$statistic), unname(gof$statistic) * (N - 1) / (N - n),
               tolerance = 0.02)
  expect_null(fit$exact)
  # the shipped codebook's first language is Italian: the print's words are
  # Italian unless English is asked for
  expect_output(print(r, language = "en"), "chi-square")
  # overall only
  all <- response_rates(mhd_survey_2025, mhd_frame)
  expect_identical(all$group, "All")
  expect_identical(all$responded, 61L)
  expect_identical(all$invited, 135L)
  expect_null(attr(all, "fit"))
  # test = FALSE gives the same rates without the test, and draws no random number
  set.seed(3)
  before <- .Random.seed
  quiet <- response_rates(mhd_survey_2025, mhd_frame, by = "region", test = FALSE)
  expect_identical(.Random.seed, before)
  expect_null(attr(quiet, "fit"))
  full <- response_rates(mhd_survey_2025, mhd_frame, by = "region")
  expect_equal(as.data.frame(unclass(quiet))[1:6], as.data.frame(unclass(full))[1:6])
})

test_that("small expected counts add Fisher's exact test on the 2 x K table", {
  frame <- data.frame(mhd_id = sprintf("U%02d", 1:30),
                      g = factor(rep(c("a", "b", "c"), c(20, 7, 3))))
  survey <- data.frame(mhd_id = sprintf("U%02d", c(1:4, 21:26, 28)))
  r <- response_rates(survey, frame, by = "g", id = "mhd_id")
  fit <- attr(r, "fit")
  tab <- rbind(c(4, 6, 1), c(16, 1, 2))
  expect_equal(fit$chisq$p.value, suppressWarnings(chisq.test(tab, correct = FALSE))$p.value)
  expect_false(is.null(fit$exact))
  expect_equal(fit$exact$p.value, fisher.test(tab)$p.value)
  # Fisher's test is the exact conditional test: the sum over all splits of
  # the 11 respondents (multivariate hypergeometric) no more probable than
  # the one observed
  inv <- c(20, 7, 3)
  grid <- expand.grid(a = 0:11, b = 0:7)
  grid$c <- 11 - grid$a - grid$b
  grid <- grid[grid$c >= 0 & grid$c <= 3 & grid$a <= 20, ]
  pr <- apply(grid, 1, function(v) prod(choose(inv, v)) / choose(30, 11))
  p_obs <- prod(choose(inv, c(4, 6, 1))) / choose(30, 11)
  expect_equal(sum(pr), 1)
  expect_equal(fit$exact$p.value, sum(pr[pr <= p_obs * (1 + 1e-7)]), tolerance = 1e-10)
  expect_output(print(r), "Fisher's exact test")
  # a single group: nothing to test
  frame$one <- "x"
  expect_null(attr(response_rates(survey, frame, by = "one", id = "mhd_id"), "fit"))
})

test_that("by region the small groups get Fisher's exact test", {
  r <- response_rates(mhd_survey_2025, mhd_frame, by = "region")
  expect_identical(nrow(r), nlevels(mhd_frame$region) + 1L)
  fit <- attr(r, "fit")
  g <- droplevels(mhd_frame$region)
  res <- as.vector(table(g[mhd_frame$mhd_id %in% mhd_survey_2025$mhd_id]))
  tab <- rbind(res, as.vector(table(g)) - res)
  expect_equal(fit$exact$p.value, fisher.test(tab, workspace = 2e6)$p.value)
})

test_that("too large a table falls back to a simulated Fisher p-value", {
  set.seed(5)
  sz <- sample(3:12, 40, TRUE)
  frame <- data.frame(mhd_id = sprintf("U%04d", seq_len(sum(sz))),
                      g = factor(rep(sprintf("G%02d", 1:40), sz)))
  survey <- data.frame(mhd_id = sample(frame$mhd_id, round(sum(sz) / 2)))
  res <- as.vector(table(frame$g[frame$mhd_id %in% survey$mhd_id]))
  tab <- rbind(res, sz - res)
  expect_error(fisher.test(tab, workspace = 2e6))
  set.seed(9)
  r <- response_rates(survey, frame, by = "g", B = 200, id = "mhd_id")
  set.seed(9)
  ref <- fisher.test(tab, simulate.p.value = TRUE, B = 200)
  fit <- attr(r, "fit")
  expect_equal(fit$exact$p.value, ref$p.value)
  expect_match(fit$exact$method, "simulated")
  expect_output(print(r), "simulated p-value .*200 replicates")
})

test_that("respondents not in the frame and bad arguments are errors", {
  s <- data.frame(mhd_id = c("MHD001", "XX9", "YY1"))
  expect_error(response_rates(s, mhd_frame, id = "mhd_id"),
               "2 units not in `frame`: mhd_id \"XX9\", \"YY1\" \\(rows 2, 3\\)",
               class = "peersurvey_not_in_frame")
  expect_error(response_rates(mhd_survey_2025, mhd_frame, by = "province"),
               class = "peersurvey_bad_argument")
  expect_error(response_rates(mhd_survey_2025[c(1, 1), ], mhd_frame),
               class = "peersurvey_bad_argument")
  expect_error(response_rates(mhd_survey_2025, "frame"), class = "peersurvey_bad_argument")
})

test_that("`test` names the test as compare_groups() does", {
  d <- survey_design(mhd_survey_2025, mhd_frame)
  res <- as.vector(table(mhd_frame$macro_area[d$responded]))
  tab <- rbind(res, as.vector(table(mhd_frame$macro_area)) - res)
  ch <- response_rates(d, by = "macro_area", test = "chisq")
  expect_null(attr(ch, "fit")$exact)
  expect_equal(attr(ch, "fit")$chisq$p.value, chisq.test(tab, correct = FALSE)$p.value)
  fi <- response_rates(d, by = "macro_area", test = "fisher")
  # a 2 x 5 table: fisher.test() is right there
  expect_equal(attr(fi, "fit")$exact$p.value, fisher.test(tab)$p.value, tolerance = 1e-9)
  expect_null(attr(response_rates(d, by = "macro_area", test = "none"), "fit"))
  # TRUE and FALSE, the earlier spelling
  expect_identical(attr(response_rates(d, by = "macro_area", test = FALSE), "fit"), NULL)
  expect_error(response_rates(d, by = "macro_area", test = "exact"), "`test` must be one of",
               class = "peersurvey_bad_argument")
})

test_that("print() names the groups by their codebook labels, as the table does", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  s <- suppressWarnings(read_survey(system.file("extdata", "services-export.csv", package = "peersurvey"), cb))
  fr <- utils::read.csv(system.file("extdata", "services-frame.csv", package = "peersurvey"),
                        stringsAsFactors = FALSE)
  d <- survey_design(s, fr, strata = "region")
  out <- capture.output(print(response_rates(d, by = "region", test = "none")))
  labs <- cb$label_en[cb$item == "region"]
  for (l in labs) expect_true(any(grepl(paste0("^\\s*", l, "\\s"), out)), info = l)
  expect_false(any(grepl("^\\s*north\\s", out)))
})

test_that("print() of response rates speaks the codebook's language; the numbers stay as in English", {
  old <- options(width = 250)
  on.exit(options(old))
  for (lang in c("de", "it")) {
    x <- language_survey(lang)
    l <- x$labels
    r <- response_rates(x$design, by = "region", test = "fisher")
    out <- capture.output(print(r))
    en <- capture.output(print(r, language = "en"))
    # filled by hand from words.csv; the groups by their codebook caption
    expect_identical(out[1L], paste0("<peer_response> ", fill_by_hand(
      words_of("print_response_by", lang), by = l[["region"]], conf = "95")), info = lang)
    heads <- words_of(c("col_group", "col_invited", "col_responded", "col_rate", "col_lower",
                        "col_upper"), lang)
    expect_identical(strsplit(trimws(out[2L]), " +")[[1L]], heads, info = lang)
    expect_match(out[3L], paste0("^ *", l[["north"]], " +6 +5 "), info = lang)
    expect_match(out[4L], paste0("^ *", l[["south"]], " +6 +3 "), info = lang)
    expect_match(out[5L], paste0("^ *", words_of("all_groups", lang), " +12 +8 "), info = lang)
    # the test of spread: its words, and the exact test's method, in the language
    chisq <- words_of("print_chisq", lang)
    expect_true(startsWith(out[6L], sub(" \\{stat\\}.*", "", chisq)), info = lang)
    expect_true(startsWith(out[7L], fill_by_hand(words_of("fisher_method_network", lang),
                                                 r = "2", c = "2")), info = lang)
    expect_true(endsWith(out[7L], words_of("print_expected_below", lang)), info = lang)
    expect_false(any(grepl("response rates|chi-square|Fisher's|expected count", out)), info = lang)
    expect_identical(printed_numbers(out), printed_numbers(en), info = lang)
    # the data keep their codes
    expect_identical(r$group, c("north", "south", "All"))
    # without `by`
    all <- capture.output(print(response_rates(x$design)))
    expect_identical(all[1L], paste0("<peer_response> ", fill_by_hand(
      words_of("print_response", lang), conf = "95")), info = lang)
  }
  # the English print names the test as fisher_test() names it
  expect_match(en[7L], attr(r, "fit")$exact$method, fixed = TRUE)
  # without a codebook, the words are the English ones
  plain <- response_rates(data.frame(id = c("a", "b")), data.frame(id = c("a", "b", "c")),
                          id = "id")
  expect_identical(capture.output(print(plain))[1L],
                   "<peer_response> response rates, Wilson 95% intervals")
})

test_that("a subset of response rates prints: columns as a data frame, rows without the test", {
  r <- response_rates(mhd_survey_2025, mhd_frame, by = "macro_area")
  cols <- r[, c("group", "responded")]
  expect_false(inherits(cols, "peer_response"))
  expect_identical(cols, data.frame(group = r$group, responded = r$responded,
                                    stringsAsFactors = FALSE))
  expect_output(print(cols), "responded")
  # the rows of some groups keep the labels and the level, not the test of
  # every group
  some <- r[r$group != "All", ]
  expect_s3_class(some, "peer_response")
  expect_null(attr(some, "fit"))
  expect_identical(attr(some, "conf"), attr(r, "conf"))
  out <- capture.output(print(some, language = "en"))
  expect_false(any(grepl("chi-square", out)))
  expect_identical(length(out), 1L + 1L + sum(r$group != "All"))
  # every row: the test is still the one of every group
  expect_identical(attr(r[seq_len(nrow(r)), ], "fit"), attr(r, "fit"))
  expect_identical(r[["rate"]], r$responded / r$invited)
})
