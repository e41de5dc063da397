write_cb <- function(cb) {
  f <- tempfile(fileext = ".csv")
  utils::write.csv(cb, f, row.names = FALSE, fileEncoding = "UTF-8")
  f
}
raw_cb <- function()
  utils::read.csv(system.file("extdata", "codebook.csv", package = "peersurvey"),
                  colClasses = "character", na.strings = character(0), encoding = "UTF-8")

test_that("the shipped codebook has the agreed items, options and rungs", {
  cb <- survey_codebook()
  expect_s3_class(cb, "peer_codebook")
  items <- unique(cb$item)
  expect_identical(items[1], "mhd_id")
  expect_true(all(c("mhd_id", "region", "macro_area", "area3", "catchment_pop", "n_cmhc",
                    "peer_support", "ps_settings", "ps_n_workers", "ps_contract",
                    "ps_funding", "ps_training", "impact_recovery", "impact_stigma",
                    "impact_empowerment", "impact_team", "impact_engagement",
                    "barriers", "barriers_text", "coproduction", "coprod_practices",
                    "coprod_text", "facilitators_text") %in% items))
  opt <- function(it) cb$option[cb$item == it]
  expect_identical(opt("ps_settings"), c("cmhc", "day_centre", "residential", "inpatient",
                                         "recovery_college", "other"))
  expect_identical(opt("barriers"), c("recognition", "funding", "cultural", "training",
                                      "role", "organisation", "wellbeing", "stigma", "other"))
  pr <- cb[cb$item == "coprod_practices", ]
  expect_identical(setNames(pr$rung, pr$option), c(
    information = "informing", satisfaction_survey = "consultation",
    consultation_meetings = "consultation", advisory_board = "involvement",
    user_representatives = "involvement", codesign_services = "co-design",
    codesign_training = "co-design", codelivery_groups = "co-production",
    coevaluation = "co-production"))
  lik <- cb[cb$type == "likert", ]
  expect_identical(unique(lik$scale), "agree5")
  expect_identical(sum(!lik$missing) / length(unique(lik$item)), 5)
  regions <- opt("region")
  expect_identical(regions, levels(mhd_frame$region))
  expect_output(print(cb), "peer_codebook")
})

test_that("a broken codebook is an error naming the row", {
  cb <- raw_cb()
  # duplicate item id
  bad <- rbind(cb, cb[cb$item == "facilitators_text", ])
  expect_error(survey_codebook(write_cb(bad)), "rows 111, 112.*duplicate item id",
               class = "peersurvey_bad_codebook")
  # unknown type
  bad <- cb; bad$type[2] <- "choice"
  expect_error(survey_codebook(write_cb(bad)), "row 2: unknown type \"choice\"",
               class = "peersurvey_bad_codebook")
  # single-choice item without options
  bad <- cb; i <- which(bad$item == "ps_training")[1]; bad$option[i] <- ""
  expect_error(survey_codebook(write_cb(bad)),
               sprintf("row %d: single item \"ps_training\" has a row without an option", i),
               class = "peersurvey_bad_codebook")
  # Likert item whose scale differs from another item on the same scale
  bad <- cb; i <- which(bad$item == "impact_team")
  bad$label_en[i[2]] <- "Rather disagree"
  expect_error(survey_codebook(write_cb(bad)),
               sprintf("row %d: .*impact_team.*differ", i[1]),
               class = "peersurvey_bad_codebook")
  # two options sharing a label
  bad <- cb; i <- which(bad$item == "ps_contract")
  bad$label_it[i[2]] <- bad$label_it[i[1]]
  expect_error(survey_codebook(write_cb(bad)), "names more than one option",
               class = "peersurvey_bad_codebook")
  # unknown rung
  bad <- cb; i <- which(bad$item == "coprod_practices")[1]; bad$rung[i] <- "partnership"
  expect_error(survey_codebook(write_cb(bad)), sprintf("row %d: unknown rung", i),
               class = "peersurvey_bad_codebook")
  expect_error(survey_codebook(tempfile()), class = "peersurvey_bad_argument")
})
