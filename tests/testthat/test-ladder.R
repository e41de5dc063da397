ladder_ref <- function(ticks, ladder) {
  rung <- as.integer(ladder$rung[match(colnames(ticks), ladder$practice)])
  nr <- nlevels(ladder$rung)
  level <- counts <- NULL
  for (i in seq_len(nrow(ticks))) {
    v <- ticks[i, ]
    if (all(is.na(v))) {
      level <- c(level, NA)
      counts <- rbind(counts, rep(NA_integer_, nr))
      next
    }
    hit <- rung[!is.na(v) & v]
    level <- c(level, if (length(hit)) max(hit) else 0L)
    counts <- rbind(counts, tabulate(hit, nr))
  }
  list(level = level, counts = counts)
}

# Every ladder practice as a column: those not given are unticked, except on
# rows with no answer at all (which stay NA)
ladder_pad <- function(ticks) {
  ticks <- as.matrix(ticks)
  all_na <- rowSums(!is.na(ticks)) == 0
  p <- coproduction_ladder()$practice
  out <- matrix(FALSE, nrow(ticks), length(p), dimnames = list(NULL, p))
  out[, colnames(ticks)] <- ticks
  out[all_na, ] <- NA
  out
}

test_that("the shipped ladder has the documented practices and order", {
  l <- coproduction_ladder()
  expect_identical(levels(l$rung), c("informing", "consultation", "involvement", "co-design",
                                     "co-production"))
  want <- c(information = "informing", satisfaction_survey = "consultation",
            consultation_meetings = "consultation", advisory_board = "involvement",
            user_representatives = "involvement", codesign_services = "co-design",
            codesign_training = "co-design", codelivery_groups = "co-production",
            coevaluation = "co-production")
  expect_identical(setNames(as.character(l$rung), l$practice), want)
  expect_true(all(nzchar(l$label_it)) && all(nzchar(l$label_en)))
})

test_that("levels and counts match a base-R computation", {
  set.seed(7)
  l <- coproduction_ladder()
  for (k in 1:5) {
    n <- 40
    p <- sample(l$practice, sample(3:9, 1))
    ticks <- matrix(sample(c(TRUE, FALSE, NA), n * length(p), replace = TRUE,
                           prob = c(0.3, 0.6, 0.1)), n, length(p), dimnames = list(NULL, p))
    ticks[sample.int(n, 4), ] <- NA
    ticks[sample.int(n, 3), ] <- FALSE
    ticks <- ladder_pad(ticks)
    p <- colnames(ticks)
    got <- code_coproduction(as.data.frame(ticks))
    ref <- ladder_ref(ticks, l)
    expect_identical(as.integer(got$level) - 1L, as.integer(ref$level))
    expect_s3_class(got$level, "ordered")
    cnt <- as.matrix(got[paste0("n_", gsub("-", "_", levels(l$rung)))])
    dimnames(cnt) <- NULL
    expect_identical(cnt, ref$counts)
    # a matrix and a survey-style frame give the same
    expect_identical(code_coproduction(ticks)$level, got$level)
    sv <- data.frame(mhd_id = sprintf("MHD%03d", 1:n), stringsAsFactors = FALSE)
    for (j in p) sv[[paste0("coprod_practices_", j)]] <- ticks[, j]
    # as read_survey() gives it: the codebook names the id column
    attr(sv, "codebook") <- survey_codebook()
    class(sv) <- c("peer_survey", "data.frame")
    got2 <- code_coproduction(sv)
    expect_identical(got2$level, got$level)
    expect_identical(got2$mhd_id, sv$mhd_id)
  }
})

test_that("hand-made departments", {
  x <- data.frame(information = c(TRUE, FALSE, NA, TRUE, FALSE),
                  consultation_meetings = c(TRUE, FALSE, NA, NA, FALSE),
                  coevaluation = c(FALSE, FALSE, NA, TRUE, NA))
  x <- as.data.frame(ladder_pad(x))
  got <- code_coproduction(x)
  expect_identical(as.character(got$level), c("consultation", "none", NA, "co-production",
                                               "none"))
  expect_identical(got$n_informing, c(1L, 0L, NA, 1L, 0L))
  expect_identical(got$n_co_production, c(0L, 0L, NA, 1L, 0L))
  expect_identical(names(got), make.names(names(got)))
  # the filter question puts "no co-production" departments at none
  x$coproduction <- c(TRUE, FALSE, FALSE, TRUE, TRUE)
  names(x)[1:9] <- paste0("coprod_practices_", names(x)[1:9])
  expect_identical(as.character(code_coproduction(x)$level)[3], "none")
})

test_that("summary gives counts, shares and Wilson intervals", {
  x <- data.frame(information = c(TRUE, FALSE, NA, TRUE, TRUE, FALSE),
                  satisfaction_survey = c(TRUE, FALSE, NA, FALSE, TRUE, TRUE))
  s <- summary(code_coproduction(as.data.frame(ladder_pad(x))))
  expect_identical(as.character(s$level), c("none", levels(coproduction_ladder()$rung)))
  expect_identical(s$n, c(1L, 1L, 3L, 0L, 0L, 0L))
  expect_identical(attr(s, "unanswered"), 1L)
  for (i in 1:3) {
    pt <- suppressWarnings(stats::prop.test(s$n[i], 5, correct = FALSE))
    expect_equal(s$estimate[i], s$n[i] / 5)
    expect_equal(c(s$lower[i], s$upper[i]), as.numeric(pt$conf.int))
  }
})

test_that("bad input is refused with errors naming the problem", {
  expect_error(code_coproduction(data.frame(information = TRUE, knitting = FALSE)),
               "knitting", class = "peersurvey_bad_practice")
  yes <- as.data.frame(ladder_pad(data.frame(information = TRUE)))
  yes$information <- "yes"
  expect_error(code_coproduction(yes), "logical", class = "peersurvey_bad_argument")
  # ... naming the row and the value
  two <- as.data.frame(ladder_pad(data.frame(information = c(TRUE, FALSE))))
  two$information <- c("1", "maybe")
  expect_error(code_coproduction(two), "\"information\".*row 2 is \"maybe\"",
               class = "peersurvey_bad_argument")
  # two rungs of one order, or one rung of two orders: the rows and values
  lad <- data.frame(practice = c("board", "table", "forum"),
                    rung = c("informing", "co-design", "co-design"), rung_order = c(1L, 1L, 2L))
  expect_error(code_coproduction(data.frame(board = TRUE, table = FALSE, forum = TRUE), lad),
               "rows 2, 3 give rung \"co-design\" and rung_order 1, 2",
               class = "peersurvey_bad_ladder")
  lad$rung_order <- c(1L, 1L, 1L)
  expect_error(code_coproduction(data.frame(board = TRUE, table = FALSE, forum = TRUE), lad),
               "rows 1, 2, 3 give rung_order 1 and rung \"informing\", \"co-design\"",
               class = "peersurvey_bad_ladder")
  # a practice column missing is an error naming it
  full <- as.data.frame(ladder_pad(data.frame(information = c(TRUE, FALSE),
                                              coevaluation = c(FALSE, TRUE))))
  expect_error(code_coproduction(full[names(full) != "coevaluation"]), "coevaluation",
               class = "peersurvey_bad_practice")
  sv <- full
  names(sv) <- paste0("coprod_practices_", names(sv))
  expect_error(code_coproduction(sv[-c(1, 9)]),
               "coprod_practices_information.*coprod_practices_coevaluation",
               class = "peersurvey_bad_practice")
  expect_error(code_coproduction(1:3), class = "peersurvey_bad_argument")
  bad <- coproduction_ladder()
  bad$rung_order[2] <- 5L
  expect_error(code_coproduction(data.frame(information = TRUE), bad),
               class = "peersurvey_bad_ladder")
  f <- getFromNamespace("C_code_coproduction", "peersurvey")
  expect_error(.Call(f, 1:3, 1L, 5L), "logical")
  expect_error(.Call(f, c(TRUE, FALSE), 1L, 5L), "matrix")
  expect_error(.Call(f, matrix(TRUE, 2, 2), 1L, 5L), "length")
  expect_error(.Call(f, matrix(TRUE, 2, 1), 9L, 5L), "rung")
  expect_error(.Call(f, matrix(TRUE, 2, 1), 1L, NA_integer_), "nrung")
})

test_that("a survey's practices are its item's options; an option with no rung is set aside", {
  f <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,rung,asked_if,label_en",
               "unit_id,id,,,,Services", "any_cp,single,yes,,,Yes", "any_cp,single,no,,,No",
               "cp,multi,leaflets,informing,any_cp,Leaflets",
               "cp,multi,focus,consultation,any_cp,Focus groups",
               "cp,multi,panel,involvement,any_cp,Patient panel",
               "cp,multi,joint,co-design,any_cp,Joint design",
               "cp,multi,peer,co-production,any_cp,Peer-led groups",
               "cp,multi,other,,any_cp,Other", "cp_text,text,,,,Describe"), f)
  cb <- survey_codebook(f)
  ex <- data.frame(unit_id = sprintf("U%d", 1:6), any_cp = c("yes", "yes", "yes", "no", "yes", "yes"),
                   cp_leaflets = c(1, 0, 0, NA, 1, NA), cp_focus = c(1, 0, 0, NA, 0, NA),
                   cp_panel = c(0, 0, 0, NA, 0, NA), cp_joint = c(0, 0, 0, NA, 1, NA),
                   cp_peer = c(0, 0, 0, NA, 0, NA), cp_other = c(0, 0, 1, NA, 1, NA),
                   cp_text = c("a", "", "b", "", "", ""))
  s <- suppressWarnings(read_survey(ex, cb))
  r <- code_coproduction(s, coproduction_ladder(cb))
  # by hand: U1 consultation, U2 none, U3 only "other" (no place), U4 filter no,
  # U5 co-design (other set aside), U6 unanswered
  expect_identical(as.character(r$level),
                   c("consultation", "none", NA, "none", "co-design", NA))
  expect_identical(attr(r, "unplaced"), 3L)
  # nobody answered: no share and no interval
  sm <- summary(code_coproduction(s[6, ], coproduction_ladder(cb)))
  expect_true(all(is.na(sm$estimate) & is.na(sm$lower) & is.na(sm$upper)))
  expect_identical(attr(sm, "unanswered"), 1L)
})

test_that("the ladder counts only the units asked, as the tables do", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  practices <- c("information", "feedback_survey", "user_forum", "codesign_groups", "codelivery")
  ex <- data.frame(service_id = sprintf("S%d", 1:7), region = "north", service_type = "crisis",
                   peer_workers = "no",
                   coproduction = c("yes", "no", "", "yes", "no", "yes", "Maybe"),
                   stringsAsFactors = FALSE)
  ticks <- rbind(c(1, 1, 0, 0, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 0),
                 c(0, 0, 0, 0, 0), c(1, 0, 1, 0, 0), c(0, 0, 0, 1, 0))
  for (k in seq_along(practices)) ex[[paste0("coprod_practices_", practices[k])]] <- ticks[, k]
  s <- suppressWarnings(read_survey(ex, cb))
  r <- code_coproduction(s, coproduction_ladder(cb))
  # by hand, with base R: the highest rung ticked among the units answering
  # yes; those answering no are at "none" whatever they ticked; a blank or
  # unreadable filter has no place
  rungs <- c("informing", "consultation", "involvement", "co-design", "co-production")
  top <- apply(ticks, 1, function(t) if (any(t == 1)) rungs[max(which(t == 1))] else "none")
  want <- ifelse(ex$coproduction == "yes", top, ifelse(ex$coproduction == "no", "none", NA))
  expect_identical(as.character(r$level), want)
  # the units placed above "none" are those the table of the item counts
  tab <- survey_tables(s, items = "coprod_practices")$coprod_practices
  vals <- table_values(tab)
  asked <- ex$coproduction == "yes"
  expect_identical(vals$N[vals$row_type == "option"][1], sum(asked))
  expect_identical(sum(r$level[asked] != "none"), sum(rowSums(ticks[asked, ]) > 0))
  expect_identical(summary(r)$answered[1], sum(!is.na(want)))
})

test_that("by default a survey is placed on the ladder of its own codebook", {
  f <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_en,rung,asked_if",
               "team_id,id,,teams,,", "land,single,by,Bavaria,,", "land,single,be,Berlin,,",
               "involve,single,yes,Yes,,", "involve,single,no,No,,",
               "prak,multi,info,Information,informing,involve",
               "prak,multi,board,Advisory board,involvement,involve",
               "prak,multi,trialog,Trialogue,co-production,involve"), f)
  cb <- survey_codebook(f)
  d <- data.frame(team_id = c("T1", "T2", "T3", "T4"), land = c("by", "by", "be", "be"),
                  involve = c("yes", "yes", "no", "yes"),
                  prak_info = c(1, 0, 0, 0), prak_board = c(1, 1, 0, 0),
                  prak_trialog = c(0, 0, 0, 1))
  s <- suppressWarnings(read_survey(d, cb))
  r <- code_coproduction(s)
  # by hand: T1 and T2 reach the advisory board, T3 was not asked, T4 the trialogue
  expect_identical(as.character(r$level), c("involvement", "involvement", "none",
                                            "co-production"))
  expect_identical(levels(r$level), c("none", "informing", "involvement", "co-production"))
  expect_identical(r$n_informing, c(1L, 0L, 0L, 0L))
  # a ladder of another questionnaire is named as such, not its columns as practices
  expect_error(code_coproduction(s, coproduction_ladder()),
               "no column of the item \"coprod_practices\" of `ladder`",
               class = "peersurvey_bad_ladder")
  # a codebook with no ladder item: the error asks for `ladder`
  writeLines(c("item,type,option,label_en", "team_id,id,,teams",
               "prak,multi,info,Information", "prak,multi,board,Advisory board"), f)
  s2 <- suppressWarnings(read_survey(d[c("team_id", "prak_info", "prak_board")],
                                     survey_codebook(f)))
  expect_error(code_coproduction(s2), "codebook of `x` has no .*rung.*`ladder`",
               class = "peersurvey_bad_ladder")
})

test_that("a unit that ticked the practices' \"None of these\" option is at \"none\", not set aside", {
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  for (none in c("none", "9")) {
    writeLines(c("item,type,option,label_de,rung", "team_id,id,,Teams,",
                 "prak,multi,info,Information,informing",
                 "prak,multi,board,Beirat,involvement",
                 "prak,multi,other,Sonstiges,",
                 paste0("prak,multi,", none, ",Keine davon,")), f)
    d <- data.frame(team_id = c("T1", "T2", "T3", "T4", "T5"),
                    prak_info = c(1, 0, 0, 1, 0), prak_board = c(1, 0, 0, 0, 0),
                    prak_other = c(0, 1, 0, 0, 0), x = c(0, 0, 1, 0, 1))
    names(d)[5] <- paste0("prak_", none)
    s <- suppressWarnings(read_survey(d, survey_codebook(f)))
    r <- code_coproduction(s)
    # by hand: T1 involvement, T2 only "other" (set aside), T3 and T5 ticked
    # "Keine davon" (no practice: "none"), T4 informing
    expect_identical(as.character(r$level), c("involvement", NA, "none", "informing", "none"))
    expect_identical(attr(r, "unplaced"), 2L)
    v <- table_values(ladder_table(s))
    expect_identical(as.integer(v$n[v$option == "none"]), 2L)
    expect_identical(unique(as.integer(v$N)), 4L)
  }
})
