# Every figure is recomputed here in base R from the dataset columns and the
# ladder of the survey's definition, never copied from the package's output.

ladder_rungs <- c(information = 1, satisfaction_survey = 2, consultation_meetings = 2,
                  advisory_board = 3, user_representatives = 3, codesign_services = 4,
                  codesign_training = 4, codelivery_groups = 5, coevaluation = 5)
rung_names <- c("informing", "consultation", "involvement", "co-design", "co-production")

cols_of <- function(d, prefix) grep(paste0("^", prefix, "_(?!text$)"), names(d),
                                    value = TRUE, perl = TRUE)

# Highest rung per department, in base R
highest_rung <- function(d) {
  cols <- paste0("coprod_practices_", names(ladder_rungs))
  m <- as.matrix(as.data.frame(d)[, cols])
  apply(m, 1L, function(r) {
    r <- r %in% TRUE
    if (any(r)) max(ladder_rungs[r]) else 0
  })
}

first_int <- function(x) as.integer(sub(" .*", "", x))

test_that("reproduce_paper() gives every published figure, recomputed in base R", {
  s <- mhd_survey_2025
  f <- mhd_frame
  expect_output(res <- reproduce_paper(), "10 of 10 published findings agree")
  expect_s3_class(res, "data.frame")
  expect_true(all(c("id", "finding", "published", "computed", "count", "estimate", "agree",
                    "published_value") %in% names(res)))
  # counts are counts, shares proportions (0-1): never both in one row
  expect_true(all(is.na(res$count) | is.na(res$estimate)))
  expect_true(all(is.na(res$estimate) | (res$estimate >= 0 & res$estimate <= 1)))
  expect_true(all(res$agree))
  # only the frame, the response and peer support are published figures
  expect_identical(res$published_value,
                   res$id %in% c("frame", "responded", "rate", "peer_support"))
  expect_match(attr(res, "note"), "only 135, 61, 45% and 55.7% (34 of 61) are published",
               fixed = TRUE)
  v <- stats::setNames(ifelse(is.na(res$count), 100 * res$estimate, res$count), res$id)

  # 135 departments, 61 responded, 45%
  expect_identical(nrow(f), 135L)
  responded <- sum(f$mhd_id %in% s$mhd_id)
  expect_identical(responded, 61L)
  expect_equal(v[["frame"]], nrow(f))
  expect_equal(v[["responded"]], responded)
  expect_equal(v[["rate"]], 100 * responded / nrow(f))
  expect_equal(round(100 * responded / nrow(f)), 45)

  # 55.7% = 34 of 61 run peer support
  ps <- s$peer_support
  expect_equal(sum(ps, na.rm = TRUE), 34)
  expect_equal(round(100 * mean(ps), 1), 55.7)
  expect_equal(v[["peer_support"]], 100 * sum(ps) / sum(!is.na(ps)))
  expect_match(res$computed[res$id == "peer_support"], "34 of 61", fixed = TRUE)

  # community-based services lead among departments with peer support
  st <- as.data.frame(s)[ps %in% TRUE, cols_of(s, "ps_settings")]
  counts <- colSums(st, na.rm = TRUE)
  expect_identical(names(counts)[which.max(counts)], "ps_settings_cmhc")
  comm <- st[, paste0("ps_settings_", c("cmhc", "day_centre", "recovery_college"))]
  answered <- rowSums(!is.na(st)) > 0
  expect_equal(v[["settings"]],
               100 * sum(rowSums(comm, na.rm = TRUE) > 0 & answered) / sum(answered))

  # impact on recovery and stigma: most agree
  for (it in c("recovery", "stigma")) {
    a <- s[[paste0("impact_", it)]][ps %in% TRUE]
    share <- 100 * sum(a %in% c("agree", "strongly_agree")) / sum(!is.na(a))
    expect_equal(v[[it]], share)
    expect_gt(share, 50)
  }

  # the three leading barriers
  b <- colSums(as.data.frame(s)[, setdiff(cols_of(s, "barriers"), "barriers_other")],
               na.rm = TRUE)
  expect_setequal(names(sort(b, decreasing = TRUE))[1:3],
                  paste0("barriers_", c("recognition", "funding", "cultural")))
  expect_match(res$computed[res$id == "barriers"], "^Lack of formal recognition")

  # co-production in more than half; more than half of them reach at most
  # consultation (rung 2), the ladder read from its CSV
  cp <- s$coproduction
  expect_equal(v[["coproduction"]], 100 * sum(cp) / sum(!is.na(cp)))
  expect_gt(v[["coproduction"]], 50)
  # the ladder: the rung column of the codebook, ranked in the ladder's order
  cb <- survey_codebook()
  lad_csv <- cb[cb$item == "coprod_practices", c("option", "rung")]
  names(lad_csv)[1] <- "practice"
  lad_csv$rung_order <- match(lad_csv$rung, c("informing", "consultation", "involvement",
                                              "co-design", "co-production"))
  m <- as.matrix(as.data.frame(s)[cp %in% TRUE, paste0("coprod_practices_", lad_csv$practice)])
  rank <- as.integer(lad_csv$rung_order)
  top <- apply(m, 1L, function(r) if (any(r %in% TRUE)) max(rank[r %in% TRUE]) else 0)
  tab <- table(factor(top[top > 0], 1:5, rung_names))
  cum <- 100 * sum(tab[c("informing", "consultation")]) / sum(tab)
  expect_equal(v[["consultative"]], cum)
  expect_gt(cum, 50)
  expect_identical(res$computed[res$id == "consultative"], sprintf(
    "%.1f%% of %d reach at most consultation (most frequent highest rung: %s)",
    cum, sum(tab), names(tab)[which.max(tab)]))
})

test_that("reproduce_paper() marks findings the data do not support", {
  s <- mhd_survey_2025
  s$peer_support[1:5] <- !s$peer_support[1:5]
  s$barriers_stigma <- TRUE
  res <- reproduce_paper(s, quiet = TRUE)
  expect_false(res$agree[res$id == "peer_support"])
  expect_false(res$agree[res$id == "barriers"])
  expect_true(res$agree[res$id == "responded"])
  fewer <- mhd_survey_2025[1:40, ]
  res <- reproduce_paper(fewer, quiet = TRUE)
  expect_false(res$agree[res$id == "responded"])
  expect_equal(res$count[res$id == "responded"], 40)
  expect_output(print(res), "!!")
})

test_that("reproduce_paper() speaks Italian and prints nothing when quiet", {
  expect_silent(res <- reproduce_paper(language = "it", quiet = TRUE))
  expect_true(all(res$agree))
  expect_match(res$computed[res$id == "peer_support"], "55,7% (34 su 61)", fixed = TRUE)
  expect_error(reproduce_paper(language = "fr"), class = "peersurvey_bad_argument")
})

test_that("paper_tables() counts agree with table() and colSums()", {
  s <- mhd_survey_2025
  d <- as.data.frame(s)
  f <- mhd_frame
  tabs <- paper_tables()
  expect_s3_class(tabs, "peer_paper_tables")
  expect_named(tabs, c("response", "response_region", "peer_support", "settings",
                       "workers", "contract", "funding", "training", "impact", "barriers",
                       "coproduction", "practices", "ladder"))
  for (t in tabs) {
    expect_s3_class(t, "peer_paper_table")
    expect_true(all(vapply(as_kable_data(t), is.atomic, NA)))
    expect_type(attr(t, "caption"), "character")
  }

  # response by macro-area and region
  resp <- f$mhd_id %in% s$mhd_id
  r <- attr(tabs$response, "values")
  expect_equal(r$N, c(as.vector(table(f$macro_area)), nrow(f)))
  expect_equal(r$n, c(as.vector(table(f$macro_area[resp])), sum(resp)))
  expect_equal(tabs$response$Departments, r$N)
  rr <- attr(tabs$response_region, "values")
  expect_equal(rr$n[-nrow(rr)], as.vector(table(f$region[resp])))
  ci <- stats::prop.test(sum(resp), nrow(f), correct = FALSE)$conf.int
  expect_equal(c(r$lower[6], r$upper[6]), as.vector(ci), tolerance = 1e-8)

  # peer support, overall and by macro-area
  p <- attr(tabs$peer_support, "values")
  by_area <- table(s$macro_area, s$peer_support)
  expect_equal(p$n, c(sum(s$peer_support), as.vector(by_area[, "TRUE"])))
  expect_equal(p$N, c(nrow(s), as.vector(rowSums(by_area))))
  expect_equal(first_int(tabs$peer_support[[3]]), p$n)

  ps <- s$peer_support %in% TRUE
  # settings and funding: colSums among departments running peer support
  for (nm in c("settings", "funding")) {
    prefix <- c(settings = "ps_settings", funding = "ps_funding")[[nm]]
    m <- d[ps, cols_of(s, prefix)]
    vals <- attr(tabs[[nm]], "values")
    expect_equal(vals$n, unname(colSums(m, na.rm = TRUE)))
    expect_equal(vals$N[1], sum(rowSums(!is.na(m)) > 0))
    expect_equal(first_int(tabs[[nm]][[2]]), vals$n)
    pct <- sprintf("%.1f", floor(1000 * vals$n / vals$N + 0.5 + 1e-9) / 10)
    expect_identical(sub("^[0-9]+ \\((.*)\\)$", "\\1", tabs[[nm]][[2]]), pct)
  }

  # contracts and training: table()
  for (nm in c("contract", "training")) {
    x <- s[[paste0("ps_", nm)]][ps]
    expect_equal(attr(tabs[[nm]], "values")$n, as.vector(table(x)))
    expect_identical(tabs[[nm]][[1]],
                     survey_codebook()$label_en[survey_codebook()$item == paste0("ps_", nm)])
  }

  # number of peer support workers
  w <- s$ps_n_workers[ps]
  band <- cut(w, c(-Inf, 0, 1, 3, 5, 10, Inf))
  tw <- table(band)
  vals <- attr(tabs$workers, "values")
  expect_equal(vals$n, as.vector(tw)[as.vector(tw) > 0 | seq_along(tw) > 1])
  expect_equal(attr(vals, "summary")[["total"]], sum(w, na.rm = TRUE))
  expect_equal(attr(vals, "summary")[["median"]], stats::median(w, na.rm = TRUE))

  # impact: table() of each item among departments running peer support
  imp <- attr(tabs$impact, "values")
  for (i in seq_len(nrow(imp))) {
    x <- s[[imp$item[i]]][ps]
    expect_equal(unname(imp$counts[[i]]), as.vector(table(x)))
    expect_equal(imp$n[i], sum(x %in% c("agree", "strongly_agree")))
  }

  # barriers: checklist colSums, sorted; free text through the dictionary
  b <- attr(tabs$barriers, "values")
  cs <- colSums(d[, cols_of(s, "barriers")], na.rm = TRUE)
  expect_equal(b$n, unname(cs[paste0("barriers_", b$option)]))
  expect_false(is.unsorted(rev(b$n[b$option != "other"])))
  wrote <- !is.na(s$barriers_text) & nzchar(trimws(s$barriers_text))
  expect_equal(b$text_N[1], sum(wrote))
  coded <- code_text(s$barriers_text[wrote], barrier_dictionary())
  tn <- colSums(coded)[b$option]
  expect_equal(b$text_n, unname(ifelse(is.na(tn), 0, tn)))
  ci <- t(vapply(seq_len(nrow(b)), function(i)
    stats::prop.test(b$n[i], b$N[i], correct = FALSE)$conf.int, numeric(2)))
  expect_equal(cbind(b$lower, b$upper), ci, tolerance = 1e-8, ignore_attr = TRUE)

  # co-production practices and ladder
  cp <- s$coproduction %in% TRUE
  pr <- attr(tabs$practices, "values")
  expect_equal(pr$n, unname(colSums(d[cp, paste0("coprod_practices_", pr$option)],
                                    na.rm = TRUE)))
  expect_equal(pr$rung, rung_names[ladder_rungs[pr$option]])
  top <- highest_rung(s[cp, ])
  lad <- attr(tabs$ladder, "values")
  expect_equal(lad$n, as.vector(table(factor(top[top > 0], 1:5))))
  expect_equal(lad$cumulative, cumsum(lad$n) / sum(lad$n))
})

test_that("paper_tables() labels follow the language", {
  cb <- survey_codebook()
  it <- paper_tables(language = "it")
  en <- paper_tables(language = "en")
  expect_identical(it$response[[1]][1:5], cb$label_it[cb$item == "macro_area"])
  expect_identical(en$response[[1]][1:5], cb$label_en[cb$item == "macro_area"])
  expect_identical(it$settings[[1]], cb$label_it[cb$item == "ps_settings"])
  expect_match(it$peer_support[[4]][1], "^55,7 \\(")
  expect_match(en$peer_support[[4]][1], "^55.7 \\(")
  expect_false(identical(attr(it$barriers, "caption"), attr(en$barriers, "caption")))
  expect_match(names(it$barriers)[3], "IC 95%", fixed = TRUE)
})

test_that("paper_tables() works on part of a survey and checks its input", {
  s <- mhd_survey_2025[mhd_survey_2025$macro_area %in% c("North-West", "North-East"), ]
  tabs <- paper_tables(s)
  expect_equal(attr(tabs$peer_support, "values")$n[1], sum(s$peer_support))
  expect_equal(attr(tabs$response, "values")$n[6], nrow(s))
  noimp <- mhd_survey_2025[, !grepl("^impact_", names(mhd_survey_2025))]
  expect_null(paper_tables(noimp)$impact)
  expect_error(paper_tables(language = "fr"), class = "peersurvey_bad_argument")
  expect_error(paper_tables(frame = mhd_frame[, c("mhd_id", "region")]),
               class = "peersurvey_bad_argument")
  expect_error(paper_tables(frame = mhd_frame[1:10, ]), "not in `frame`",
               class = "peersurvey_bad_argument")
  expect_error(paper_tables(survey = list()), class = "peersurvey_bad_argument")
})

test_that("paper tables print with caption and note", {
  tabs <- paper_tables()
  expect_output(print(tabs$barriers), "Barriers to peer support")
  expect_output(print(tabs$barriers), "61 departments answered")
  expect_output(print(tabs[c("settings", "ladder")]), "Highest rung")
})

test_that("paper_tables() leaves out items nobody answered", {
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  writeLines(c("mhd_id;region;macro_area;peer_support;coproduction;barriers",
               "MHD001;Piedmont;North-West;Yes;no;Stigma | Lack of formal recognition",
               "MHD050;Lazio;Centre;No;Yes;funding"), f)
  expect_warning(y <- read_survey(f, language = "en"), class = "peersurvey_problems")
  tabs <- paper_tables(y)
  expect_false(any(c("settings", "workers", "contract", "impact", "practices", "ladder")
                   %in% names(tabs)))
  b <- attr(tabs$barriers, "values")
  expect_equal(b$n[match(c("stigma", "recognition", "funding", "role"), b$option)],
               c(1, 1, 1, 0))
  expect_null(b$text_n)
  expect_equal(attr(tabs$response, "values")$n[6], 2)
  res <- reproduce_paper(y, quiet = TRUE)
  expect_false(res$agree[res$id == "responded"])
})

test_that("paper_tables() leaves the random number stream alone", {
  set.seed(1)
  a <- stats::runif(1)
  set.seed(1)
  tabs <- paper_tables()
  expect_identical(stats::runif(1), a)
})

test_that("follow-up tables use the base of those asked, and say so", {
  s <- mhd_survey_2025
  # departments without peer support (or co-production) answering anyway
  no_ps <- which(!s$peer_support)[1:3]
  no_cp <- which(!s$coproduction)[1:2]
  s$ps_contract[no_ps] <- "volunteer"
  s$ps_training[no_ps] <- "internal"
  s$ps_settings_cmhc[no_ps] <- TRUE
  s$ps_funding_regional[no_ps] <- TRUE
  s$ps_n_workers[no_ps] <- 50
  s$impact_recovery[no_ps] <- "agree"
  s$coprod_practices_coevaluation[no_cp] <- TRUE
  tabs <- suppressWarnings(paper_tables(s))
  ps <- s$peer_support %in% TRUE
  asked <- sum(ps)
  for (nm in c("contract", "training")) {
    x <- s[[paste0("ps_", nm)]][ps]
    v <- attr(tabs[[nm]], "values")
    expect_equal(v$n, as.vector(table(x)))
    expect_equal(v$N[1], sum(!is.na(x)))
    expect_match(attr(tabs[[nm]], "note"), sprintf(
      "Asked only of the %d departments running peer support; the base of the percentages is the %d of them",
      asked, sum(!is.na(x))), fixed = TRUE)
  }
  for (nm in c("settings", "funding")) {
    m <- as.data.frame(s)[ps, cols_of(s, c(settings = "ps_settings", funding = "ps_funding")[[nm]])]
    v <- attr(tabs[[nm]], "values")
    expect_equal(v$n, unname(colSums(m, na.rm = TRUE)))
    expect_equal(v$N[1], sum(rowSums(!is.na(m)) > 0))
    expect_match(attr(tabs[[nm]], "note"), sprintf("Asked only of the %d departments", asked),
                 fixed = TRUE)
  }
  w <- s$ps_n_workers[ps]
  expect_equal(attr(attr(tabs$workers, "values"), "summary")[["total"]], sum(w, na.rm = TRUE))
  expect_match(attr(tabs$workers, "note"), sprintf("is the %d of them", sum(!is.na(w))),
               fixed = TRUE)
  # impact: one answered base per item, in a column of its own
  imp <- attr(tabs$impact, "values")
  base <- vapply(imp$item, function(i) sum(!is.na(s[[i]][ps])), 1)
  expect_equal(unname(imp$N), unname(base))
  expect_equal(tabs$impact$Answered, unname(base))
  expect_equal(imp$n, unname(vapply(imp$item, function(i)
    sum(s[[i]][ps] %in% c("agree", "strongly_agree")), 1)))
  expect_match(attr(tabs$impact, "note"), sprintf(
    "Asked only of the %d departments running peer support; the base of each item's", asked),
    fixed = TRUE)
  # practices and ladder: the base of those reporting co-production
  cp <- s$coproduction %in% TRUE
  pr <- attr(tabs$practices, "values")
  m <- as.data.frame(s)[cp, paste0("coprod_practices_", pr$option)]
  expect_equal(pr$n, unname(colSums(m, na.rm = TRUE)))
  expect_equal(pr$N[1], sum(rowSums(!is.na(m)) > 0))
  for (nm in c("practices", "ladder"))
    expect_match(attr(tabs[[nm]], "note"), sprintf(
      "Asked only of the %d departments reporting co-production", sum(cp)), fixed = TRUE)
  # Italian notes too
  it <- suppressWarnings(paper_tables(s, language = "it"))
  expect_match(attr(it$contract, "note"), sprintf("Domanda posta solo ai %d dipartimenti", asked),
               fixed = TRUE)
  expect_identical(names(it$impact)[2], "Risposte")
})

test_that("tables from the shipped synthetic data say their figures are illustrative", {
  tabs <- paper_tables()
  mark <- "the figures are illustrative, not the survey's, except those the abstract published"
  for (t in tabs) {
    note <- attr(t, "note")
    expect_match(note, paste0(mark, " \\(see reproduce_paper\\(\\)\\)\\.$"))
  }
  expect_output(print(tabs$response), "illustrative")
  it <- paper_tables(language = "it")
  for (t in it) expect_match(attr(t, "note"), "Dati sintetici .*illustrativi")
  # not on other data
  part <- paper_tables(mhd_survey_2025[1:40, ])
  for (t in part) expect_false(grepl("illustrative", paste(attr(t, "note"), collapse = "")))
  # survey_tables() of the shipped data says it as well, in its language
  words <- utils::read.csv(system.file("extdata", "words.csv", package = "peersurvey"),
                           stringsAsFactors = FALSE, encoding = "UTF-8")
  say <- function(key, lang) words[[lang]][words$key == key]
  for (lang in c("en", "it")) {
    st <- survey_tables(mhd_survey_2025, items = c("ps_settings", "impact_recovery"),
                        language = lang)
    for (t in st) expect_identical(utils::tail(table_notes(t), 1L),
                                   say("note_illustrative", lang))
  }
  ss <- survey_tables(mhd_survey_2025[1:40, ], items = "ps_settings")
  expect_false(say("note_illustrative", "en") %in% table_notes(ss$ps_settings))
  # the titles of their figures, base and ggplot2, say the figure is
  # illustrative; a title given, or a table of other data, is left alone
  title_of <- function(t) {
    pdf(NULL)
    on.exit(grDevices::dev.off())
    lay <- attr(plot(t), "layout")$text$text
    paste(lay, collapse = " ")
  }
  ill <- sub("{title} ", "", say("title_illustrative", "en"), fixed = TRUE)
  expect_true(grepl(ill, title_of(tabs$impact), fixed = TRUE))
  # (st is in Italian)
  expect_true(grepl(sub("{title} ", "", say("title_illustrative", "it"), fixed = TRUE),
                    title_of(st$ps_settings), fixed = TRUE))
  expect_false(grepl(ill, title_of(part$impact), fixed = TRUE))
  pdf(NULL)
  own <- attr(plot(tabs$impact, main = "Impact"), "layout")$text$text
  grDevices::dev.off()
  expect_false(any(grepl(ill, own, fixed = TRUE)))
  if (requireNamespace("ggplot2", quietly = TRUE)) {
    gg_title <- function(t) gsub("\n", " ", ggplot2::autoplot(t)$labels$title)
    expect_identical(gg_title(tabs$impact),
                     sub("{title}", table_caption(tabs$impact), say("title_illustrative", "en"),
                         fixed = TRUE))
    expect_identical(gg_title(part$impact), table_caption(part$impact))
  }
})

test_that("tables with an interval column name the interval method", {
  with_ci <- c("response", "response_region", "peer_support", "settings", "funding",
               "impact", "barriers", "coproduction", "practices", "ladder")
  tabs <- paper_tables()
  for (nm in with_ci)
    expect_match(attr(tabs[[nm]], "note"),
                 "95% confidence intervals: Wilson score, no finite population correction.",
                 fixed = TRUE, info = nm)
  for (nm in c("workers", "contract", "training"))
    expect_false(grepl("confidence intervals", attr(tabs[[nm]], "note")), info = nm)
  # the response tables keep Wilson whatever the method, and say what it is for
  cp <- paper_tables(method = "clopper-pearson", conf = 0.9)
  expect_match(attr(cp$settings, "note"), "90% confidence intervals: Clopper-Pearson",
               fixed = TRUE)
  for (nm in c("response", "response_region")) {
    expect_match(attr(cp[[nm]], "note"), "90% confidence intervals: Wilson score", fixed = TRUE)
    expect_match(attr(cp[[nm]], "note"),
                 "intervals are for the response propensity (a Bernoulli model of responding)",
                 fixed = TRUE)
  }
  it <- paper_tables(language = "it")
  expect_match(attr(it$ladder, "note"), "Intervalli di confidenza al 95%: score di Wilson",
               fixed = TRUE)
  expect_match(attr(it$response, "note"), "propensione a rispondere", fixed = TRUE)
})

test_that("percentages round half away from zero", {
  x <- c(100 * 2 / 32, 100 * 10 / 32, 100 * 1 / 8, 100 * 1 / 3, 0.05, -0.25)
  # by hand, in base R: add one half in the last digit and truncate
  hand <- sign(x) * floor(abs(x) * 10 + 0.5 + 1e-9) / 10
  expect_identical(peersurvey:::fmt_num(x, 1L, "en"), sprintf("%.1f", hand))
  expect_identical(peersurvey:::fmt_num(100 * 2 / 32, 1L, "en"), "6.3")
  expect_identical(peersurvey:::fmt_num(100 * 10 / 32, 1L, "it"), "31,3")
  expect_identical(peersurvey:::fmt_n_pct(2, 32, "en"), "2 (6.3)")
})

test_that("reproduce_paper() and paper_tables() agree on what the shipped data is", {
  given <- reproduce_paper(mhd_survey_2025, mhd_frame, quiet = TRUE)
  default <- reproduce_paper(quiet = TRUE)
  expect_identical(attr(given, "note"), attr(default, "note"))
  expect_match(attr(given, "note"), "synthetic")
  own <- reproduce_paper(mhd_survey_2025[1:40, ], quiet = TRUE)
  expect_false(grepl("synthetic", attr(own, "note")))
  expect_match(attr(paper_tables(mhd_survey_2025, mhd_frame)$ladder, "note"), "illustrative")
})

test_that("Italian wording of the tables", {
  it <- paper_tables(language = "it")
  expect_identical(attr(it$response, "caption"), "Tasso di risposta per macro-area")
  expect_match(names(it$response)[4], "^Tasso di risposta")
  expect_match(attr(it$workers, "note"), "intervallo interquartile", fixed = TRUE)
  expect_match(attr(it$contract, "note"), "\u00e8 costituita dai 34 che hanno risposto",
               fixed = TRUE)
  expect_identical(names(it$ladder)[4], "% cumulata")
  expect_false(any(grepl("\\bESP\\b", it$barriers[[1]])))
  expect_true(any(grepl("esperti in supporto tra pari", it$barriers[[1]])))
  res <- reproduce_paper(language = "it", quiet = TRUE)
  expect_match(res$finding[res$id == "frame"], "elenco dei dipartimenti", fixed = TRUE)
  expect_identical(attr(paper_tables()$contract, "caption"),
                   "Main contract of peer support workers (per department)")
})

test_that("many decimals keep the last digit, off the halves as printf gives it", {
  set.seed(3)
  for (d in c(1L, 4L, 11L, 14L, 15L)) {
    x <- c(runif(500, 0, 100), -runif(100, 0, 1e4))
    half <- abs(abs(x) * 10^d - floor(abs(x) * 10^d) - 0.5) < 1e-6
    expect_identical(peersurvey:::fmt_fixed(x, d)[!half], sprintf("%.*f", d, x)[!half])
  }
  expect_identical(peersurvey:::fmt_fixed(100 * 2 / 7, 14L), sprintf("%.14f", 100 * 2 / 7))
  expect_false(grepl("Inf", peersurvey:::fmt_fixed(1e300, 15L)))
})
