# ladder_table(): the highest rung reached as a table, for any codebook

test_that("ladder_table() counts each unit's highest rung as base R does, with Wilson intervals", {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  cb <- survey_codebook(ex("services-codebook.csv"))
  s <- read_survey(ex("services-export.csv"), cb)
  raw <- utils::read.csv(ex("services-export.csv"), colClasses = "character",
                         na.strings = character(0))
  # by hand from the export: the practices' rungs as the codebook writes them
  rungs <- c("informing", "consultation", "involvement", "co-design", "co-production")
  prac <- cb[cb$item == "coprod_practices", ]
  ticks <- sapply(prac$option, function(o) raw[[paste0("coprod_practices_", o)]] != "")
  top <- apply(ticks, 1L, function(t) if (any(t)) max(match(prac$rung[t], rungs)) else NA)
  level <- ifelse(raw$coproduction == "No", 0L, top)
  level[raw$coproduction == ""] <- NA
  used <- sort(unique(match(prac$rung, rungs)))
  n <- vapply(c(0L, used), function(k) sum(level == k, na.rm = TRUE), 1L)
  N <- sum(!is.na(level))
  lt <- ladder_table(s)
  v <- table_values(lt)
  expect_identical(v$option, c("none", rungs[used]))
  expect_identical(as.integer(v$n), n)
  expect_identical(unique(as.integer(v$N)), N)
  wilson <- t(vapply(n, function(k) stats::prop.test(k, N, correct = FALSE)$conf.int, c(0, 0)))
  expect_equal(v$lower, wilson[, 1], tolerance = 1e-10)
  expect_equal(v$upper, wilson[, 2], tolerance = 1e-10)
  expect_equal(v$estimate, n / N, tolerance = 1e-14)
  expect_equal(v$cumulative, cumsum(n) / N, tolerance = 1e-14)
  # the cells say the same, to one decimal
  expect_identical(lt[[2L]], sprintf("%d (%.1f)", n, 100 * n / N))
  expect_identical(lt[[4L]], sprintf("%.1f", 100 * cumsum(n) / N))
  # its notes count those placed at "none" by the filter
  notes <- table_notes(lt)
  q <- cb$question_en[cb$item == "coproduction"][1L]
  expect_true(sprintf("Those answering \"No\" to \"%s\" (%d) are at \"No practice reported\".",
                      q, sum(raw$coproduction == "No")) %in% notes)
  expect_true(any(grepl(sprintf("the %d services that answered", N), notes, fixed = TRUE)))
  # in Italian, its words and the codebook's question
  it <- ladder_table(s, language = "it")
  expect_match(table_caption(it), "Come sono coinvolti gli utenti?", fixed = TRUE)
  expect_identical(it[[1L]][1L], "Nessuna pratica riportata")
  # the same from a design, and as a figure of its bars
  d <- survey_design(s, ex("services-frame.csv"))
  expect_identical(table_values(ladder_table(d)), v)
  grDevices::pdf(NULL)
  on.exit(grDevices::dev.off())
  drawn <- plot(lt)
  expect_identical(as.integer(drawn$n), n)
})

test_that("ladder_table() sets aside units that ticked only practices off the ladder", {
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  writeLines(c("item,type,option,label_en,rung", "team_id,id,,teams,",
               "prak,multi,info,Information,informing",
               "prak,multi,board,Advisory board,involvement",
               "prak,multi,other,Other,"), f)
  d <- data.frame(team_id = c("T1", "T2", "T3", "T4", "T5"),
                  prak_info = c(1, 0, 0, 1, 0), prak_board = c(1, 0, 0, 0, 0),
                  prak_other = c(0, 1, 0, 1, 0))
  s <- suppressWarnings(read_survey(d, survey_codebook(f)))
  lt <- ladder_table(s)
  v <- table_values(lt)
  # by hand: T1 involvement, T2 only "other" (set aside), T3 and T5 ticked
  # nothing ("none"), T4 informing
  expect_identical(v$option, c("none", "informing", "involvement"))
  expect_identical(as.integer(v$n), c(2L, 1L, 1L))
  expect_identical(unique(as.integer(v$N)), 4L)
  expect_true(any(grepl("Left out: 1 ", table_notes(lt), fixed = TRUE)))
  # a codebook with no rungs, or a survey with no codebook: clear errors
  expect_error(ladder_table(as.data.frame(d)), "carries no codebook",
               class = "peersurvey_bad_argument")
  expect_error(ladder_table(s, item = "nope"), "`item` must be one of \"prak\"",
               class = "peersurvey_bad_argument")
})

test_that("the note on units set aside off the ladder agrees with its number in every language", {
  f <- tempfile(fileext = ".csv")
  on.exit(unlink(f))
  writeLines(c("item,type,option,label_en,label_it,label_fr,label_de,rung",
               "team_id,id,,teams,squadre,équipes,Teams,",
               "prak,multi,info,Information,Informazione,Information,Information,informing",
               "prak,multi,other,Other,Altro,Autre,Sonstiges,"), f, useBytes = TRUE)
  cb <- survey_codebook(f)
  one <- suppressWarnings(read_survey(data.frame(team_id = c("T1", "T2"), prak_info = c(1, 0),
                                                 prak_other = c(0, 1)), cb))
  two <- suppressWarnings(read_survey(data.frame(team_id = c("T1", "T2", "T3"), prak_info = c(1, 0, 0),
                                                 prak_other = c(0, 1, 1)), cb))
  # one unit set aside: the singular noun, as each language writes it
  singular <- c(it = "1 risposta ", fr = "1 réponse ", de = "1 Antwort ")
  plural <- c(it = "2 risposte ", fr = "2 réponses ", de = "2 Antworten ")
  for (lang in names(singular)) {
    n1 <- table_notes(ladder_table(one, language = lang))
    n2 <- table_notes(ladder_table(two, language = lang))
    expect_true(any(grepl(singular[[lang]], n1, fixed = TRUE)), info = lang)
    expect_true(any(grepl(plural[[lang]], n2, fixed = TRUE)), info = lang)
  }
  expect_true(any(grepl("Left out: 1 ", table_notes(ladder_table(one)), fixed = TRUE)))
})
