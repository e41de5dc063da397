test_that("mhd_frame has the 135 departments and the stated allocation", {
  f <- mhd_frame
  expect_identical(nrow(f), 135L)
  expect_identical(f$mhd_id, sprintf("MHD%03d", 1:135))
  expect_identical(levels(f$macro_area), c("North-West", "North-East", "Centre", "South",
                                           "Islands"))
  expect_identical(levels(f$area3), c("North", "Centre", "South and Islands"))
  expect_identical(nlevels(f$region), 21L)
  # area3 nests macro_area
  nest <- unique(f[c("macro_area", "area3")])
  expect_identical(as.character(nest$area3[match(levels(f$macro_area), nest$macro_area)]),
                   c("North", "North", "Centre", "South and Islands", "South and Islands"))
  # one per region, the other 114 by largest remainder on population
  pop <- c(4252581, 123000, 10020528, 1508847, 537533, 545169, 4851972, 1195792, 4455188,
           3664798, 856000, 1484427, 5720272, 1270000, 290000, 5590076, 3890250, 535000,
           1838150, 4794512, 1569832)
  quota <- 114 * pop / sum(pop)
  base <- floor(quota)
  rank <- rank(-(quota - base), ties.method = "first")
  expected <- 1 + base + (rank <= 114 - sum(base))
  expect_equal(as.vector(table(f$region)), expected)
})

test_that("every published figure holds in mhd_survey_2025", {
  x <- mhd_survey_2025
  # 61 of 135 responded (45%)
  r <- response_rates(x, mhd_frame)
  expect_identical(c(r$responded, r$invited), c(61L, 135L))
  expect_identical(round(100 * 61 / 135), 45)
  # response differs by area
  by_area <- tabulate(match(mhd_frame$macro_area[mhd_frame$mhd_id %in% x$mhd_id],
                            levels(mhd_frame$macro_area)), 5) / tabulate(mhd_frame$macro_area, 5)
  expect_gt(max(by_area) - min(by_area), 0.1)
  # 34 of 61 (55.7%) run peer support
  expect_identical(sum(x$peer_support), 34L)
  expect_identical(round(100 * mean(x$peer_support), 1), 55.7)
  # community mental health centres the most common setting
  set <- colSums(x[x$peer_support, grep("^ps_settings_", names(x))])
  expect_identical(names(set)[set == max(set)], "ps_settings_cmhc")
  # recognition, funding and cultural resistance the three most ticked barriers
  bars <- setdiff(grep("^barriers_", names(x), value = TRUE), "barriers_text")
  counts <- colSums(x[bars])
  top <- sort(counts, decreasing = TRUE)
  expect_identical(names(top)[1:3],
                   c("barriers_recognition", "barriers_funding", "barriers_cultural"))
  expect_true(all(diff(top[1:4]) < 0))
  # co-production in more than half
  expect_gt(sum(x$coproduction), nrow(x) / 2)
  # largely consultative: consultation the modal highest rung
  cb <- attr(x, "codebook")
  pr <- cb[cb$item == "coprod_practices", ]
  rungs <- c("informing", "consultation", "involvement", "co-design", "co-production")
  m <- as.matrix(x[x$coproduction, paste0("coprod_practices_", pr$option)])
  highest <- apply(m, 1, function(row) max(match(pr$rung[row], rungs)))
  tab <- table(factor(rungs[highest], rungs))
  expect_identical(names(tab)[tab == max(tab)], "consultation")
  expect_false(anyNA(m))
  expect_true(all(is.na(as.matrix(x[!x$coproduction, paste0("coprod_practices_", pr$option)]))))
})

test_that("free text reads like directors' answers and agrees with the checklist", {
  x <- mhd_survey_2025
  t <- x$barriers_text
  # blank answers are NA, never ""
  expect_true(any(is.na(t)) && !any(!nzchar(trimws(t)), na.rm = TRUE))
  expect_true(any(grepl("\u2019", t)) && any(grepl("\u00e9quipe", t)))
  expect_true(any(grepl("nessun problema di fondi", t, ignore.case = TRUE)))
  hit <- function(pattern) grepl(pattern, t, ignore.case = TRUE) & !is.na(t)
  expect_true(all(x$barriers_recognition[hit("riconosc|inquadramento")]))
  expect_true(all(x$barriers_cultural[hit("resistenze culturali|diffidenza")]))
  expect_true(all(x$barriers_stigma[hit("stigma")]))
})
