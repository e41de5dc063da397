# survey_tables(): one table per item of any codebook, every count against
# base R, and no word of the 2025 instrument in the output of another one

services <- function() {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  cb <- survey_codebook(ex("services-codebook.csv"))
  s <- read_survey(ex("services-export.csv"), cb)
  list(cb = cb, s = s, raw = utils::read.csv(ex("services-export.csv"),
                                             colClasses = "character", encoding = "UTF-8",
                                             na.strings = character(0)),
       frame = utils::read.csv(ex("services-frame.csv"), stringsAsFactors = FALSE),
       design = survey_design(s, ex("services-frame.csv"), strata = "region"))
}

# Every text a set of tables shows: captions, notes, headers and cells
all_text <- function(tabs) {
  unlist(lapply(tabs, function(t) c(table_caption(t), table_notes(t), names(t),
                                    unlist(lapply(t, as.character)))))
}

test_that("another questionnaire gets one table per item, none naming the 2025 survey", {
  x <- services()
  tabs <- survey_tables(x$design)
  items <- setdiff(unique(x$cb$item), "service_id")
  expect_identical(names(tabs), items)
  expect_s3_class(tabs, "peer_tables")
  for (t in tabs) expect_s3_class(t, "peer_table")
  for (lang in c("en", "it")) {
    txt <- all_text(survey_tables(x$design, language = lang))
    expect_false(any(grepl("mhd_id|macro_area|department|dipartiment", txt, ignore.case = TRUE)),
                 label = lang)
    expect_true(any(grepl(if (lang == "en") "services" else "servizi", txt)))
  }
  expect_output(print(tabs), "How satisfied is the team")
})

test_that("single-choice counts, shares and intervals equal base R", {
  x <- services()
  tabs <- survey_tables(x$design, items = c("service_type", "peer_workers", "coproduction"))
  raw <- x$raw
  # service type: counts of the labels in the raw export
  v <- table_values(tabs$service_type)
  opt <- v[v$row_type == "option", ]
  lab <- x$cb$label_en[x$cb$item == "service_type"]
  expect_equal(opt$n, as.vector(table(factor(raw$service_type, lab))))
  expect_equal(opt$N, rep(sum(nzchar(raw$service_type)), nrow(opt)))
  ci <- stats::prop.test(opt$n[1], opt$N[1], correct = FALSE)$conf.int
  expect_equal(c(opt$lower[1], opt$upper[1]), as.vector(ci), tolerance = 1e-10)
  # a yes/no item with blanks: blanks apart, not in the base
  v <- table_values(tabs$coproduction)
  expect_equal(v$n[v$option == "yes"], sum(raw$coproduction == "Yes"))
  expect_equal(v$N[v$option == "yes"], sum(raw$coproduction %in% c("Yes", "No")))
  expect_equal(v$n[v$row_type == "blank"], sum(raw$coproduction == ""))
  # the printed cells are the numbers' n (%)
  expect_identical(tabs$coproduction[[2]][1],
                   sprintf("%d (%.1f)", v$n[1], round(100 * v$n[1] / v$N[1], 1)))
})

test_that("check-all items: base = units asked that answered; none and skipped apart", {
  x <- services()
  tabs <- survey_tables(x$design, items = "peer_roles")
  v <- table_values(tabs$peer_roles)
  raw <- x$raw
  asked <- raw$peer_workers == "Yes"
  cols <- grep("^peer_roles_", names(raw), value = TRUE)
  ticks <- as.matrix(raw[asked, cols]) == "Yes"
  answered <- rowSums(as.matrix(raw[asked, cols]) != "") > 0
  n <- colSums(ticks & answered)
  opt <- v[v$row_type == "option", ]
  expect_equal(opt$n, unname(sort(n, decreasing = TRUE)))
  expect_true(all(opt$N == sum(answered)))
  expect_equal(v$n[v$row_type == "none"], sum(answered & rowSums(ticks) == 0))
  expect_equal(v$n[v$row_type == "blank"], sum(!answered))
  # every cell read: no note on unknown cells
  expect_false(any(grepl("could be read|base is only", table_notes(tabs$peer_roles))))
  # the note gives the skip logic: asked of those answering yes to the filter
  expect_match(table_notes(tabs$peer_roles)[1],
               sprintf("Asked only of the %d services answering \"Yes\"", sum(asked)), fixed = TRUE)
  # estimates with their Wilson intervals
  for (i in seq_len(nrow(opt))) {
    ci <- stats::prop.test(opt$n[i], opt$N[i], correct = FALSE)$conf.int
    expect_equal(c(opt$lower[i], opt$upper[i]), as.vector(ci), tolerance = 1e-10)
  }
})

test_that("Likert items count don't know apart from blanks, and give the top two levels", {
  x <- services()
  tab <- survey_tables(x$design, items = "satisfaction")$satisfaction
  v <- table_values(tab)
  raw <- x$raw
  asked <- raw$peer_workers == "Yes"
  lab <- x$cb$label_en[x$cb$item == "satisfaction"]
  levs <- lab[!x$cb$missing[x$cb$item == "satisfaction"]]
  ans <- raw$satisfaction[asked]
  opt <- v[v$row_type == "option", ]
  expect_equal(opt$n, as.vector(table(factor(ans, levs))))
  expect_equal(v$n[v$row_type == "missing"], sum(ans == "Don't know"))
  expect_equal(v$n[v$row_type == "blank"], sum(ans == ""))
  expect_true(v$n[v$row_type == "missing"] > 0)
  top <- v[v$row_type == "summary", ]
  expect_equal(top$n, sum(ans %in% utils::tail(levs, 2)))
  expect_equal(top$N, sum(ans %in% levs))
  # survey_missing() lists those answers with the unit's id
  dm <- survey_missing(x$s)
  expect_identical(sort(dm$id), sort(raw$service_id[raw$satisfaction == "Don't know"]))
  expect_match(paste(table_notes(tab), collapse = " "), "\"Don't know\" and blank answers")
})

test_that("a non-answer the item does not offer stays unanswered, and the note says so", {
  cbf <- write_export(c("item,type,option,label_en,label_it",
                        "hid,id,,hospitals,ospedali", "ward,single,yes,Yes,S\u00ec",
                        "ward,single,no,No,No"))
  ans <- c("Yes", "No", "Non so", "", "maybe", "Non so", "Yes")
  f <- write_export(c("hid,ward", paste0("H", seq_along(ans), ",", ans)))
  s <- suppressWarnings(read_survey(f, survey_codebook(cbf)))
  pr <- survey_problems(s)
  for (lang in c("en", "it")) {
    v <- table_values(survey_tables(s, items = "ward", language = lang)$ward)
    # "maybe" is invalid; the two "Non so" stay with the one blank
    expect_equal(v$n[v$row_type == "invalid"], sum(ans == "maybe"))
    expect_equal(v$n[v$row_type == "blank"], sum(ans %in% c("", "Non so")))
    notes <- table_notes(survey_tables(s, items = "ward", language = lang)$ward)
    want <- fill_by_hand(words_of("note_nonanswer", lang),
                         label = words_of("no_answer", lang), n = sum(pr$value == "Non so"),
                         values = "Non so")
    expect_true(want %in% notes, label = lang)
  }
  # none such: no such note
  s2 <- read_survey(write_export(c("hid,ward", "H1,Yes", "H2,")), survey_codebook(cbf))
  expect_false(any(grepl("survey_problems", table_notes(survey_tables(s2, items = "ward")$ward))))
})

test_that("numbers give median (IQR), range and total as base R", {
  x <- services()
  tab <- survey_tables(x$design, items = "n_peer")$n_peer
  v <- stats::setNames(table_values(tab)$value, table_values(tab)$option)
  w <- suppressWarnings(as.numeric(x$raw$n_peer[x$raw$peer_workers == "Yes"]))
  w <- w[!is.na(w)]
  expect_equal(v[["n"]], length(w))
  expect_equal(unname(v[c("q1", "median", "q3")]),
               unname(stats::quantile(w, c(0.25, 0.5, 0.75))))
  expect_equal(unname(v[c("min", "max", "sum")]), c(min(w), max(w), sum(w)))
})

test_that("free text is coded with the dictionary given", {
  x <- services()
  dict <- text_dictionary(data.frame(category = c("funding", "funding", "staff"),
                                     language = "en",
                                     pattern = c("funding", "money", "staff*")))
  tab <- survey_tables(x$design, items = "barriers_text", dictionary = dict)$barriers_text
  v <- table_values(tab)
  txt <- x$raw$barriers_text
  wrote <- nzchar(trimws(txt))
  ref_funding <- sum(grepl("\\b(funding|money)\\b", tolower(txt[wrote])))
  ref_staff <- sum(grepl("\\bstaff", tolower(txt[wrote])))
  expect_equal(v$n[v$option == "funding"], ref_funding)
  expect_equal(v$n[v$option == "staff"], ref_staff)
  expect_true(all(v$N[v$row_type == "option"] == sum(wrote)))
  # without a dictionary: the number who wrote
  plain <- table_values(survey_tables(x$design, items = "barriers_text")$barriers_text)
  expect_equal(plain$n[1], sum(wrote))
})

test_that("every table plots, with the codebook's labels and unit", {
  x <- services()
  tabs <- survey_tables(x$design, language = "it")
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  for (nm in names(tabs)) {
    drawn <- plot(tabs[[nm]])
    v <- table_values(tabs[[nm]])
    kind <- attr(tabs[[nm]], "kind")
    if (kind %in% c("single", "multi", "text"))
      expect_setequal(drawn$label, v$label[v$row_type == "option"])
  }
  # a single choice tabulated from plain vectors draws bars, one per level
  drawn <- plot(tabulate_choice(x$s$service_type))
  expect_identical(nrow(drawn), nlevels(x$s$service_type))
  # a check-all item tabulated from the survey's columns is labelled by its codebook
  cols <- grep("^peer_roles_", names(x$s), value = TRUE)
  drawn <- plot(tabulate_multi(x$s[x$s$peer_workers %in% TRUE, cols]))
  expect_setequal(drawn$label, x$cb$label_en[x$cb$item == "peer_roles"])
})

test_that("the Likert legend of the 2025 impact table names every level in order", {
  tab <- paper_tables()$impact
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  drawn <- plot(tab)
  keys <- attr(drawn, "layout")$keys
  cb <- survey_codebook()
  levs <- cb$label_en[cb$item == "impact_recovery" & !cb$missing]
  expect_identical(keys$label, levs)
})

test_that("survey_tables() checks its arguments", {
  x <- services()
  expect_error(survey_tables(x$design, items = "nope"), "not items of the codebook",
               class = "peersurvey_bad_argument")
  expect_error(survey_tables(x$design, conf = 1.2), "`conf`", class = "peersurvey_bad_argument")
  expect_error(survey_tables(x$design, method = "exact"), "`method`",
               class = "peersurvey_bad_argument")
  expect_error(survey_tables(data.frame(a = 1)), "codebook", class = "peersurvey_bad_argument")
  expect_error(survey_tables(x$design, dictionary = "barriers"), "`dictionary`",
               class = "peersurvey_bad_argument")
})

test_that("coded free text takes the labels of the dictionary frame", {
  s <- mhd_survey_2025
  tab <- survey_tables(s, items = "barriers_text", dictionary = barrier_dictionary(),
                       language = "en")$barriers_text
  v <- table_values(tab)
  opt <- v[v$row_type == "option", ]
  frame <- as.data.frame(barrier_dictionary())
  expect_identical(opt$label, frame$label_en[match(opt$option, frame$category)])
  it <- table_values(survey_tables(s, items = "barriers_text", dictionary = barrier_dictionary(),
                                   language = "it")$barriers_text)
  it <- it[it$row_type == "option", ]
  expect_identical(it$label, frame$label_it[match(it$option, frame$category)])
  wrote <- !is.na(s$barriers_text) & nzchar(trimws(s$barriers_text))
  codes <- code_text(s$barriers_text[wrote], barrier_dictionary())
  expect_equal(opt$n, unname(vapply(opt$option, function(o) sum(codes[[o]] %in% TRUE), 1)))
  expect_true(all(opt$N == sum(wrote)))
})

# A small survey read from a codebook written here
mini_survey <- function(cb_lines, data) {
  f <- tempfile(fileext = ".csv")
  writeLines(cb_lines, f)
  suppressWarnings(read_survey(data, survey_codebook(f)))
}

test_that("categories take the frame's labels, never those of an unrelated checklist", {
  s <- mini_survey(c("item,type,option,label_en,label_it,question_en",
                     "unit_id,id,,services,servizi,",
                     "groups,multi,family,Family support,Famiglie,What do you offer?",
                     "groups,multi,meals,Meal support,Pasti,What do you offer?",
                     "obstacles,text,,Main obstacles,Ostacoli,What are the main obstacles?"),
                   data.frame(unit_id = c("A", "B", "C"),
                              groups_family = c("Yes", "", "Yes"),
                              groups_meals = c("", "Yes", "Yes"),
                              obstacles = c("Lack of funding", "stigma from clinicians",
                                            "funding and stigma")))
  frame <- data.frame(category = c("family", "meals", "stigma"), language = "en",
                      pattern = c("funding", "stigma", "clinicians"),
                      label_en = c("Money and budgets", "Attitudes", ""),
                      label_it = c("Soldi", "", ""))
  lab <- function(language) {
    v <- table_values(survey_tables(s, language = language,
                                    dictionary = text_dictionary(frame))$obstacles)
    v <- v[v$row_type == "option", ]
    stats::setNames(v$label, v$option)[c("family", "meals", "stigma")]
  }
  # label_<language>, then label_en, then the code
  expect_identical(unname(lab("en")), c("Money and budgets", "Attitudes", "stigma"))
  it <- lab("en")
  it[["family"]] <- "Soldi"
  expect_identical(lab("it"), it)
  # no label column: the codes
  v <- table_values(survey_tables(s, dictionary = text_dictionary(frame[1:3]))$obstacles)
  v <- v[v$row_type == "option", ]
  expect_identical(v$label, v$option)
  # and the figure shows the same labels
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  drawn <- plot(survey_tables(s, dictionary = text_dictionary(frame))$obstacles)
  expect_setequal(drawn$label, c("Money and budgets", "Attitudes", "stigma"))
})

test_that("a declared \"none\" option is the exclusive last row, once, as in the figure", {
  d <- data.frame(unit_id = paste0("U", 1:8),
                  tasks_meals  = c("Yes", "Yes", "", "", "", "", "", "Yes"),
                  tasks_groups = c("Yes", "", "Yes", "", "", "", "Yes", ""),
                  tasks_other  = c("", "", "Yes", "", "", "", "", ""),
                  tasks_none   = c("", "", "", "Yes", "Yes", "", "", "Yes"))
  # U6 skipped; U7 answered with no "none" mark; U8 ticked none and meals
  s <- mini_survey(c("item,type,option,label_en,question_en",
                     "unit_id,id,,services,",
                     "tasks,multi,meals,Meal support,What do peer workers do?",
                     "tasks,multi,groups,Recovery groups,What do peer workers do?",
                     "tasks,multi,other,Other,What do peer workers do?",
                     "tasks,multi,none,None of these,What do peer workers do?"), d)
  tab <- survey_tables(s, language = "en")$tasks
  v <- table_values(tab)
  m <- as.matrix(d[, -1]) == "Yes"
  answered <- rowSums(m) > 0
  real <- m[, colnames(m) != "tasks_none"]
  n_none <- sum(answered & rowSums(real) == 0)
  expect_identical(sum(v$label == "None of these"), 1L)
  expect_identical(sum(tab[[1]] == "None of these"), 1L)
  expect_identical(v$row_type, c("option", "option", "option", "none", "blank"))
  expect_identical(v$option[1:3], c("meals", "groups", "other"))
  expect_equal(v$n[1:3], unname(colSums(real[answered, ])[c(1, 2, 3)]))
  expect_equal(v$n[v$row_type == "none"], n_none)
  expect_equal(v$N[v$row_type == "none"], sum(answered))
  expect_equal(v$n[v$row_type == "blank"], sum(!answered))
  expect_match(paste(table_notes(tab), collapse = " "),
               "One of the services ticked \"None of these\" together")
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  drawn <- plot(tab)
  expect_identical(drawn$label, v$label[1:4])
  expect_equal(drawn$estimate, v$n[1:4] / sum(answered))
})

test_that("a unit with unknown cells and nothing ticked is neither none nor skipped", {
  d <- data.frame(unit_id = paste0("U", 1:5),
                  tasks_meals  = c("Yes", "", "", "", ""),
                  tasks_groups = c("Yes", "Yes", "maybe", "", "No"))
  s <- mini_survey(c("item,type,option,label_en,question_en",
                     "unit_id,id,,services,",
                     "tasks,multi,meals,Meal support,What do peer workers do?",
                     "tasks,multi,groups,Recovery groups,What do peer workers do?"), d)
  m <- as.matrix(as.data.frame(s)[, c("tasks_meals", "tasks_groups")])
  tab <- survey_tables(s, language = "en")$tasks
  v <- table_values(tab)
  known_no <- rowSums(!is.na(m) & !m) == ncol(m)
  ticked <- matrix(m %in% TRUE, nrow = nrow(m))
  open <- rowSums(!is.na(m)) > 0 & rowSums(ticked) == 0 & !known_no
  expect_equal(v$n[v$row_type == "none"], sum(known_no))
  expect_equal(v$n[v$row_type == "blank"], sum(rowSums(!is.na(m)) == 0))
  expect_equal(sum(open), 1)
  expect_match(paste(table_notes(tab), collapse = " "),
               "One of the services ticked no option but not all its answers could be read")
})

# A small questionnaire written to a temporary folder: codebook and export
# lines; the survey read from them
small_survey <- function(cb_lines, export_lines) {
  dir <- tempfile("small")
  dir.create(dir)
  writeLines(cb_lines, file.path(dir, "cb.csv"), useBytes = TRUE)
  writeLines(export_lines, file.path(dir, "x.csv"), useBytes = TRUE)
  suppressWarnings(read_survey(file.path(dir, "x.csv"),
                               survey_codebook(file.path(dir, "cb.csv"))))
}

test_that("a check-all option that could not be read is unknown, not 0 ticked", {
  cb <- c("item,type,option,label_en,label_it,question_en,question_it",
          "id,id,,services,servizi,,",
          "roles,multi,groups,Groups,Gruppi,Roles,Ruoli",
          "roles,multi,naloxone,Naloxone,Naloxone,Roles,Ruoli",
          "roles,multi,outreach,Outreach,Strada,Roles,Ruoli")
  # no roles_outreach column; S3's naloxone cell is no yes/no answer; S5
  # answered nothing
  cells <- rbind(c("S1", "1", "0"), c("S2", "1", "1"), c("S3", "0", "maybe"),
                 c("S4", "0", "0"), c("S5", "", ""))
  s <- small_survey(cb, c("id,roles_groups,roles_naloxone",
                          apply(cells, 1, paste, collapse = ",")))
  expect_true(all(is.na(s$roles_outreach)))
  tab <- survey_tables(s)$roles
  v <- table_values(tab)
  opt <- v[v$row_type == "option", ]
  # counted here from the cells: a base is the units whose cell is 0 or 1
  read <- cells[, 2:3] %in% c("0", "1")
  dim(read) <- c(nrow(cells), 2L)
  tick <- cells[, 2:3] == "1"
  ref_n <- colSums(tick & read)
  ref_N <- colSums(read)
  expect_equal(opt$n[opt$option == "groups"], unname(ref_n[1]))
  expect_equal(opt$N[opt$option == "groups"], unname(ref_N[1]))
  expect_equal(opt$n[opt$option == "naloxone"], unname(ref_n[2]))
  expect_equal(opt$N[opt$option == "naloxone"], unname(ref_N[2]))
  ci <- suppressWarnings(stats::prop.test(ref_n[2], ref_N[2], correct = FALSE))$conf.int
  expect_equal(unlist(opt[opt$option == "naloxone", c("lower", "upper")], use.names = FALSE),
               as.vector(ci), tolerance = 1e-10)
  # outreach: no count, no share, no interval
  out <- opt[opt$option == "outreach", ]
  expect_true(is.na(out$n) && is.na(out$estimate) && is.na(out$lower) && is.na(out$upper))
  expect_identical(as_kable_data(tab)[as_kable_data(tab)[[1]] == "Outreach", 2], "-")
  expect_false(any(grepl("^0 \\(", as_kable_data(tab)[[2]])))
  notes <- paste(table_notes(tab), collapse = " ")
  expect_match(notes, "No answer could be read for \"Outreach\"", fixed = TRUE)
  expect_match(notes, sprintf("For \"Naloxone\" (%d) the base", ref_N[2]), fixed = TRUE)
  # skipped: every cell blank
  expect_equal(v$n[v$row_type == "blank"], 1)
  # in Italian too
  tab_it <- survey_tables(s, language = "it")$roles
  expect_match(paste(table_notes(tab_it), collapse = " "), "\"Strada\"", fixed = TRUE)
  expect_identical(as_kable_data(tab_it)[as_kable_data(tab_it)[[1]] == "Strada", 2], "-")
  # the table still plots
  grDevices::pdf(NULL)
  on.exit(grDevices::dev.off())
  expect_no_error(plot(tab))
})

test_that("the note of uncoded free text gives its base: every unit asked", {
  cb <- c("item,type,option,label_en,question_en", "id,id,,services,",
          "peer,single,yes,Yes,Peer workers?", "peer,single,no,No,Peer workers?",
          "comments,text,,Comments,Other comments",
          "why,text,,Why,Why peer workers?")
  cb <- c(cb[1], paste0(cb[-1], ","))
  cb[1] <- paste0(cb[1], ",asked_if")
  cb[length(cb)] <- paste0(cb[length(cb)], "peer")
  x <- rbind(c("S1", "yes", "Too little funding", "Recovery"), c("S2", "yes", "", ""),
             c("S3", "no", "", ""), c("S4", "no", "", ""))
  s <- small_survey(cb, c("id,peer,comments,why", apply(x, 1, paste, collapse = ",")))
  tabs <- survey_tables(s, items = c("comments", "why"))
  v <- table_values(tabs$comments)
  wrote <- sum(nzchar(x[, 3]))
  expect_equal(v$n, wrote)
  expect_equal(v$N, nrow(x))
  expect_match(table_notes(tabs$comments)[1],
               sprintf("Percentages are of the %d services asked, whether they wrote", nrow(x)),
               fixed = TRUE)
  expect_false(any(grepl("that answered", table_notes(tabs$comments))))
  # asked only of those with peer workers
  asked <- sum(x[, 2] == "yes")
  v2 <- table_values(tabs$why)
  expect_equal(c(v2$n, v2$N), c(sum(nzchar(x[x[, 2] == "yes", 4])), asked))
  expect_match(table_notes(tabs$why)[1],
               sprintf("percentages are of all %d of them, whether they wrote", asked),
               fixed = TRUE)
})

test_that("an item the export lacks has no base, and its table says the column is missing", {
  cb <- c("item,type,option,label_en,question_en", "id,id,,trusts,",
          "peer,single,yes,Yes,Peer workers?", "peer,single,no,No,Peer workers?",
          "barriers,text,,Barriers,What are the barriers?",
          "region,single,n,North,Region", "region,single,s,South,Region")
  x <- rbind(c("A", "Yes"), c("B", "No"), c("C", "Yes"), c("D", "Yes"))
  s <- suppressWarnings(small_survey(cb, c("id,peer", apply(x, 1, paste, collapse = ","))))
  tabs <- survey_tables(s)
  # the text column is absent: no unit wrote a blank, there is no base
  v <- table_values(tabs$barriers)
  expect_equal(c(v$n, v$N), c(0, 0))
  expect_true(all(is.na(c(v$estimate, v$lower, v$upper))))
  absent <- words_of("note_item_absent", "en")
  for (it in c("barriers", "region")) {
    expect_identical(table_notes(tabs[[it]])[1], absent)
    expect_true(fill_by_hand(words_of("note_base_none", "en"), units = "trusts") %in%
                  table_notes(tabs[[it]]))
  }
  # a text column that is there and blank is every unit's "wrote nothing"
  s2 <- small_survey(cb, c("id,peer,barriers,region",
                           apply(cbind(x, "", "n"), 1, paste, collapse = ",")))
  tabs2 <- survey_tables(s2)
  v2 <- table_values(tabs2$barriers)
  expect_equal(c(v2$n, v2$N), c(0, nrow(x)))
  expect_equal(v2$upper, suppressWarnings(prop.test(0, nrow(x), correct = FALSE))$conf.int[2])
  expect_false(absent %in% table_notes(tabs2$barriers))
  expect_false(absent %in% table_notes(tabs$peer))
})

test_that("the heading of intervals states the level in every language", {
  cb <- c("item,type,option,label_en,label_it,label_fr,label_de",
          "id,id,,services,servizi,services,Dienste",
          "peer,single,yes,Yes,S\u00ec,Oui,Ja", "peer,single,no,No,No,Non,Nein")
  x <- c("yes", "yes", "no", "yes", "no")
  s <- small_survey(enc2utf8(cb), c("id,peer", paste0("S", seq_along(x), ",", x)))
  # written by hand: the level where each language writes it
  want <- c(en = "% (90% CI)", it = "% (IC 90%)", fr = "% (IC 90 %)", de = "% (90%-KI)")
  for (lang in names(want)) {
    tab <- survey_tables(s, items = "peer", conf = 0.9, language = lang)$peer
    expect_identical(names(tab)[3], want[[lang]], info = lang)
    expect_identical(names(survey_tables(s, items = "peer", language = lang)$peer)[3],
                     words_of("pct_ci", lang), info = lang)
    v <- table_values(tab)
    expect_equal(v$upper[v$option == "yes"],
                 suppressWarnings(prop.test(sum(x == "yes"), length(x), conf.level = 0.9,
                           correct = FALSE))$conf.int[2], info = lang)
    # a spreadsheet of the table names the level of its bounds
    if (requireNamespace("openxlsx", quietly = TRUE)) {
      f <- write_tables(tab, tempfile(fileext = ".xlsx"))
      got <- names(openxlsx::read.xlsx(f, sheet = 1, startRow = 3, sep.names = " ",
                                       check.names = FALSE))
      level <- fill_by_hand(words_of("ci_level", lang), conf = "90")
      expect_true(any(startsWith(got, level)), info = lang)
      expect_false(any(grepl("95", got)), info = lang)
    }
  }
})

test_that("answers survey_problems() lists are a row apart, not blanks", {
  f <- own_files(own_export)
  s <- suppressWarnings(read_survey(f$export, f$codebook))
  raw <- utils::read.csv(f$export, colClasses = "character", na.strings = character())
  tabs <- survey_tables(s)
  v <- table_values(tabs$provider)
  labels <- c("Public provider", "Other provider")
  expect_equal(v$n[v$row_type == "invalid"], sum(nzchar(raw$provider) & !raw$provider %in% labels))
  expect_equal(v$n[v$row_type == "blank"], sum(!nzchar(raw$provider)))
  expect_equal(v$n[v$row_type == "option"],
                   as.integer(table(factor(raw$provider, levels = labels))))
  expect_true(any(grepl("^\"Invalid answer\": answers listed by survey_problems",
                        table_notes(tabs$provider))))
  # a number item shows its blanks, and no invalid row when all were read
  n <- table_values(tabs$fte)
  expect_equal(n$value[n$row_type == "blank"], sum(!nzchar(raw$fte)))
  expect_false(any(n$row_type == "invalid"))
  expect_equal(n$value[n$option == "n"], sum(nzchar(raw$fte)))
  # free-text markers are not written answers
  t <- table_values(tabs$comments)
  expect_equal(t$n[t$option == "wrote"],
                   sum(!tolower(raw$comments) %in% c("", "-", "n/a", "na")))
})

test_that("a count of one does not take the plural noun", {
  f <- own_files(c("svc_id,provider,fte,paid,contract,comments",
                   "S1,Public provider,10.5,Yes,Permanent,x", "S2,,,,,"))
  s <- suppressWarnings(read_survey(f$export, f$codebook))
  tabs <- survey_tables(s)
  notes <- c(table_notes(tabs$provider), table_notes(tabs$fte))
  expect_false(any(grepl("\\b1 community services\\b", notes)))
  expect_true(any(grepl("^One of the community services answered", notes)))
  cb <- f$codebook
  cb$label_it <- cb$label_en
  cb$label_it[cb$type == "id"] <- "strutture"
  s_it <- suppressWarnings(read_survey(f$export, cb))
  expect_identical(table_notes(survey_tables(s_it, language = "it")$fte),
                   "Ha risposto una delle strutture.")
  # two answers: the plural, as before
  f2 <- own_files(c("svc_id,provider,fte,paid,contract,comments",
                    "S1,Public provider,10.5,Yes,Permanent,x", "S2,Other provider,3,,,"))
  s2 <- suppressWarnings(read_survey(f2$export, f2$codebook))
  expect_identical(table_notes(survey_tables(s2)$fte), "2 community services answered.")
  # one unit asked a follow-up
  f3 <- own_files(c("svc_id,provider,fte,paid,contract,comments",
                    "S1,Public provider,10.5,Yes,Permanent,x", "S2,Other provider,3,No,,"))
  s3 <- suppressWarnings(read_survey(f3$export, f3$codebook))
  note <- table_notes(survey_tables(s3)$contract)[1L]
  expect_false(grepl("\\b1 community services\\b", note))
  expect_match(note, "(one in all)", fixed = TRUE)
})

test_that("a check-all answer of which nothing could be read is an invalid answer, not a blank", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  f <- tempfile(fileext = ".csv")
  writeLines(c("service_id,region,service_type,peer_workers,peer_roles",
               "S1,north,crisis,yes,Advocacy; Mentoring", "S2,east,crisis,yes,",
               "S3,west,crisis,yes,Self-help groups", "S4,west,crisis,yes,Juggling",
               "S5,west,crisis,no,"), f)
  x <- suppressWarnings(read_survey(f, cb))
  raw <- utils::read.csv(f, colClasses = "character")
  vals <- table_values(survey_tables(x, items = "peer_roles")$peer_roles)
  p <- survey_problems(x)
  asked <- raw$peer_workers == "yes"
  listed <- unique(p$row[p$column == "peer_roles"])
  # base R: of the units asked, those with a listed answer, those with none
  # (one piece that is no option makes the whole answer unknown)
  n_invalid <- sum(asked & seq_along(asked) %in% listed)
  n_blank <- sum(asked & raw$peer_roles == "" & !seq_along(asked) %in% listed)
  expect_equal(vals$n[vals$row_type == "invalid"], n_invalid)
  expect_equal(vals$n[vals$row_type == "blank"], n_blank)
  expect_equal(vals$N[vals$row_type == "option"][1], sum(asked) - n_invalid - n_blank)
  tab <- survey_tables(x, items = "peer_roles", language = "it")$peer_roles
  expect_true(any(grepl("\"Risposta non valida\": risposte elencate", table_notes(tab), fixed = TRUE)))
})

test_that("a follow-up that one of several asked answered says so", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  ex <- data.frame(service_id = c("S1", "S2", "S3"), region = "north", service_type = "crisis",
                   peer_workers = c("yes", "yes", "no"), n_peer = c("4", "", ""))
  x <- suppressWarnings(read_survey(ex, cb))
  notes <- table_notes(survey_tables(x, items = "n_peer")$n_peer)
  expect_true(any(grepl("Asked only of the 2 services .*; one of them answered", notes)))
  ex$satisfaction <- c("Satisfied", "", "")
  x <- suppressWarnings(read_survey(ex, cb))
  notes <- table_notes(survey_tables(x, items = "satisfaction", language = "it")$satisfaction)
  expect_true(any(grepl("ai 2 servizi .*sull'unica risposta data", notes)))
})

test_that("a word of a non-answer stays among those that did not answer; a filter the file lacks filters nothing", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  ex <- data.frame(service_id = paste0("S", 1:4), region = "north", service_type = "crisis",
                   peer_workers = "yes", coproduction = c("yes", "Non so", "", "no"),
                   n_peer = c("3", "No answer", "", "x"), satisfaction = c("Non so", "", "", ""),
                   stringsAsFactors = FALSE)
  x <- suppressWarnings(read_survey(ex, cb, language = "en"))
  v <- table_values(survey_tables(x, items = "coproduction")$coproduction)
  expect_equal(v$n[v$row_type == "blank"], sum(!ex$coproduction %in% c("yes", "no")))
  expect_false(any(v$row_type == "invalid"))
  v <- table_values(survey_tables(x, items = "n_peer")$n_peer)
  expect_equal(v$value[v$row_type == "invalid"], 1)   # "x"
  expect_equal(v$value[v$row_type == "blank"], 2)     # "No answer", ""
  # "Non so" is the Italian label of the declared "don't know": read as it, in English too
  expect_identical(survey_missing(x)$row, 1L)
  # the practices' filter absent from the file: every service was asked
  ex2 <- data.frame(service_id = paste0("S", 1:3), region = "north", service_type = "crisis",
                    peer_workers = "yes", coprod_practices_information = c(1, 0, 0),
                    coprod_practices_feedback_survey = c(0, 0, 1), coprod_practices_user_forum = 0,
                    coprod_practices_codesign_groups = c(0, 1, 0), coprod_practices_codelivery = 0)
  y <- suppressWarnings(read_survey(ex2, cb))
  v <- table_values(survey_tables(y, items = "coprod_practices")$coprod_practices)
  expect_equal(v$N[v$row_type == "option"][1], 3)
  r <- code_coproduction(y, coproduction_ladder(cb))
  expect_identical(as.character(r$level), c("informing", "co-design", "consultation"))
})

test_that("notes of items nobody answered, or nobody was asked, say so", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  ex <- data.frame(service_id = c("S1", "S2"), region = "north", service_type = "crisis",
                   peer_workers = c("yes", "yes"), coproduction = "", n_peer = "")
  x <- suppressWarnings(read_survey(ex, cb))
  tabs <- survey_tables(x, items = c("coproduction", "n_peer", "satisfaction"))
  notes <- lapply(tabs, table_notes)
  expect_true("None of the services answered: there are no percentages." %in% notes$coproduction)
  expect_true(any(grepl("^Asked only of the 2 services .*; none of them answered\\.$", notes$n_peer)))
  expect_false(any(grepl("\\b0 services\\b", unlist(notes))))
  it <- lapply(survey_tables(x, items = c("coproduction", "satisfaction"), language = "it"), table_notes)
  expect_true("Nessuna risposta dai servizi: non ci sono percentuali." %in% it$coproduction)
  expect_false(any(grepl("sui 0|ai 0|\\b0 servizi", unlist(it))))
  # one asked, who did not answer
  ex$peer_workers <- c("yes", "no")
  notes <- table_notes(survey_tables(suppressWarnings(read_survey(ex, cb)), items = "n_peer")$n_peer)
  expect_true(any(grepl("(one in all), which did not answer.", notes, fixed = TRUE)))
  expect_false(any(grepl("1 services", notes, fixed = TRUE)))
  # nobody answered the filter "yes": nobody was asked
  ex$peer_workers <- "no"
  notes <- table_notes(survey_tables(suppressWarnings(read_survey(ex, cb)), items = "n_peer")$n_peer)
  expect_true(any(grepl(": there are none\\.$", notes)))
})

test_that("a list of one table is read as its table; a list of several is refused", {
  x <- services()
  one <- survey_tables(x$design, items = "peer_roles")
  raw <- x$raw
  # by hand, from the raw export and the codebook
  asked <- raw$peer_workers == "Yes"
  cols <- grep("^peer_roles_", names(raw), value = TRUE)
  ticks <- as.matrix(raw[asked, cols]) == "Yes"
  answered <- rowSums(as.matrix(raw[asked, cols]) != "") > 0
  v <- table_values(one)
  expect_equal(v$n[v$row_type == "option"], unname(sort(colSums(ticks & answered),
                                                         decreasing = TRUE)))
  expect_identical(table_caption(one),
                   unique(x$cb$question_en[x$cb$item == "peer_roles"]))
  expect_match(table_notes(one)[1],
               sprintf("Asked only of the %d services answering \"Yes\"", sum(asked)),
               fixed = TRUE)
  f <- tempfile(fileext = ".pdf")
  grDevices::pdf(f)
  on.exit({ grDevices::dev.off(); unlink(f) })
  expect_setequal(plot(one)$label, x$cb$label_en[x$cb$item == "peer_roles"])
  two <- survey_tables(x$design, items = c("peer_roles", "service_type"))
  for (fn in list(table_values, table_caption, table_notes, plot))
    expect_error(fn(two), "`x` must be one table.*list of 2 tables.*x\\[\\[\"peer_roles\"\\]\\]",
                 class = "peersurvey_bad_argument")
  expect_error(table_values(two[0]), "`x` must be one table .*empty list",
               class = "peersurvey_bad_argument")
})

test_that("a list of dictionaries codes only the free-text items it names", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c(
    "item,type,option,label_en,question_en",
    "unit_id,id,,units,",
    "funder,single,state,State,Funder",
    "funder,single,other,Other (please specify),Funder",
    "funder_other,text,,Other funder,Other funder: please specify",
    "obstacles,text,,Obstacles,Main obstacles"), cbf)
  ex <- tempfile(fileext = ".csv")
  writeLines(c(
    "unit_id,funder,funder_other,obstacles",
    "U1,state,,Too little money for posts",
    "U2,other,Local money from the council,Staff shortage",
    "U3,other,A charity,",
    "U4,state,,money and staff"), ex)
  s <- read_survey(ex, survey_codebook(cbf))
  dict <- text_dictionary(data.frame(category = c("money", "staff"), language = "en",
                                     pattern = c("money", "staff")))
  tabs <- survey_tables(s, dictionary = list(obstacles = dict))
  ob <- table_values(tabs$obstacles)
  txt <- c("Too little money for posts", "Staff shortage", "money and staff")
  expect_equal(ob$n[ob$option == "money"], sum(grepl("money", txt, ignore.case = TRUE)))
  expect_equal(ob$n[ob$option == "staff"], sum(grepl("staff", txt, ignore.case = TRUE)))
  # the "please specify" text is not coded: the number who wrote it
  fo <- table_values(tabs$funder_other)
  expect_identical(fo$option, "wrote")
  expect_equal(fo$n, 2)
  # one dictionary still codes every free-text item
  all <- survey_tables(s, dictionary = dict)
  expect_true("money" %in% table_values(all$funder_other)$option)
  expect_error(survey_tables(s, dictionary = list(funder = dict)), "funder",
               class = "peersurvey_bad_argument")
  expect_error(survey_tables(s, dictionary = list(dict)), "`dictionary`",
               class = "peersurvey_bad_argument")
  expect_error(survey_tables(s, dictionary = list(obstacles = "x")), "obstacles",
               class = "peersurvey_bad_argument")
})

test_that("a check-all option labelled \"None of these\" is the none row whatever its code", {
  dd <- data.frame(
    "Variable / Field Name" = c("record_id", "roles"),
    "Form Name" = "survey", "Field Type" = c("text", "checkbox"),
    "Field Label" = c("Unit", "Roles"),
    "Choices, Calculations, OR Slider Labels" =
      c("", "1, Other (please specify) | 2, Groups | 3, Advocacy | 4, None of these"),
    "Text Validation Type OR Show Slider Number" = "", "Text Validation Min" = "",
    "Text Validation Max" = "", "Branching Logic (Show field only if...)" = "",
    check.names = FALSE)
  cb <- codebook_from_redcap(dd, unit = "units")
  ticks <- rbind(c(1, 1, 0, 0), c(0, 1, 1, 0), c(0, 0, 0, 1), c(0, 0, 0, 0),
                 c(1, 0, 0, 0), c(0, 1, 0, 0))
  ex <- data.frame(record_id = paste0("U", 1:6), ticks)
  names(ex)[-1] <- paste0("roles___", 1:4)
  ex$survey_complete <- 2
  f <- tempfile(fileext = ".csv")
  utils::write.csv(ex, f, row.names = FALSE)
  # a REDCap unit ticking nothing, not even "None of these", did not answer
  expect_warning(s <- read_survey(f, cb), "taken as not answered", class = "peersurvey_problems")
  v <- table_values(survey_tables(s, items = "roles")$roles)
  # one row labelled "None of these", counting the units that ticked it
  # (computed apart from the ticks)
  expect_equal(sum(v$label == "None of these"), 1L)
  none_n <- sum(ticks[, 4] == 1)
  expect_equal(v$n[v$row_type == "none"], none_n)
  expect_identical(survey_problems(s)$id, ex$record_id[rowSums(ticks) == 0])
  opt <- v[v$row_type == "option", ]
  expect_false("4" %in% opt$option)
  expect_equal(opt$n[opt$option == "2"], sum(ticks[, 2]))
  # the "Other" option comes last among the options, though chosen more than Advocacy
  expect_identical(opt$label[nrow(opt)], "Other (please specify)")
  expect_equal(opt$n[opt$option == "1"], sum(ticks[, 1]))
})

test_that("a unit in two rows is an error, not counted twice", {
  cb <- survey_codebook(services_path("services-codebook.csv"))
  s <- read_survey(services_path("services-export.csv"), cb)
  twice <- s[c(1, 1, 2), ]
  id <- codebook_id(cb)
  expect_true(anyDuplicated(twice[[id]]) > 0L)
  expect_error(survey_tables(twice, items = "region"),
               sprintf("unit \"%s\" in more than one row \\(rows 1, 2\\)", s[[id]][1L]),
               class = "peersurvey_bad_argument")
  # one row per unit: the counts are base R's
  tab <- table_values(survey_tables(s[c(1, 2), ], items = "region"))
  expect_equal(sum(tab$n[tab$row_type == "option"]), sum(!is.na(s$region[1:2])))
})

test_that("a stratum the export lacks is tabulated from the frame, saying so", {
  cbf <- tempfile(fileext = ".csv")
  on.exit(unlink(cbf))
  writeLines(c("item,type,option,label_en,question_en",
               "uid,id,,units,", "area,single,n,North,Area", "area,single,s,South,Area",
               "peer,single,yes,Yes,Peer workers?", "peer,single,no,No,Peer workers?"), cbf)
  cb <- survey_codebook(cbf)
  frame <- data.frame(uid = paste0("u", 1:10), area = rep(c("North", "South"), each = 5))
  ids <- paste0("u", c(1:4, 6:8))
  s <- suppressWarnings(read_survey(data.frame(uid = ids, peer = rep(c("yes", "no"), length.out = 7)),
                                    cb))
  d <- survey_design(s, frame, strata = "area")
  v <- table_values(survey_tables(d, items = "area"))
  # base R: the frame's areas of the units that answered
  truth <- table(factor(frame$area[match(ids, frame$uid)], levels = c("North", "South")))
  opt <- v[v$row_type == "option", ]
  expect_equal(opt$n, as.vector(truth))
  expect_equal(opt$N, rep(length(ids), 2))
  ci <- prop_ci(as.vector(truth), length(ids))
  expect_equal(opt$lower, ci$lower)
  expect_match(paste(table_notes(survey_tables(d, items = "area")), collapse = " "),
               "the answers are the frame's", fixed = TRUE)
  # the survey alone still says the export lacks the column
  expect_equal(sum(table_values(survey_tables(s, items = "area"))$n[1:2]), 0)
  expect_true("area" %in% survey_problems(s)$column)
})
