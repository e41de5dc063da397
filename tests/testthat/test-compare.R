test_that("compare_groups() reproduces chisq.test() and fisher.test()", {
  set.seed(3)
  for (k in 1:25) {
    nr <- sample(2:4, 1); nc <- sample(2:4, 1); n <- sample(c(8, 30, 200), 1)
    by <- sample(paste0("g", 1:nr), n, replace = TRUE)
    x <- sample(paste0("a", 1:nc), n, replace = TRUE)
    tab <- table(by, x)
    tab <- tab[rowSums(tab) > 0, colSums(tab) > 0, drop = FALSE]
    if (min(dim(tab)) < 2) next
    r <- compare_groups(x, by, "chisq")
    ref <- suppressWarnings(chisq.test(tab, correct = FALSE))
    expect_equal(r$statistic, unname(ref$statistic))
    expect_equal(r$df, unname(ref$parameter))
    expect_equal(r$p_value, ref$p.value)
    r <- compare_groups(x, by, "yates")
    expect_equal(r$p_value, suppressWarnings(chisq.test(tab))$p.value)
    # exact (few columns here: fisher.test() is right), simulated where
    # the table is too large to enumerate
    set.seed(k); r <- compare_groups(x, by, "fisher")
    sim <- grepl("simulated", r$method)
    fisher_ref <- function() if (!sim) fisher.test(tab, workspace = 2e7)$p.value else {
      set.seed(k); fisher.test(tab, simulate.p.value = TRUE, B = 1e5)$p.value
    }
    expect_equal(r$p_value, fisher_ref(), tolerance = 1e-9)
    expect_true(sim || grepl("network algorithm|stats::fisher.test", r$method))
    if (sim) expect_gt(sum(tab), 100)
    set.seed(k); r <- compare_groups(x, by)
    e <- outer(rowSums(tab), colSums(tab)) / sum(tab)
    want <- if (any(e < 5)) fisher_ref() else
      suppressWarnings(chisq.test(tab, correct = all(dim(tab) == 2)))$p.value
    expect_equal(r$p_value, want, tolerance = 1e-9)
    expect_equal(r$test, if (any(e < 5)) "fisher" else
      if (all(dim(tab) == 2)) "yates" else "chisq")
    expect_equal(unclass(r$table), unclass(tab), ignore_attr = TRUE)
  }
})

test_that("compare_groups() drops empty rows, columns and NA", {
  x <- factor(c("yes", "no", "yes", "no", NA, "yes", "no", "yes"),
              levels = c("yes", "no", "maybe"))
  by <- factor(c("N", "N", "S", "S", "S", NA, "N", "S"), levels = c("N", "C", "S"))
  r <- compare_groups(x, by, "fisher")
  expect_equal(dim(r$table), c(2L, 2L))
  expect_equal(dimnames(r$table)$group, c("N", "S"))
  keep <- !is.na(x) & !is.na(by)
  expect_equal(r$p_value, fisher.test(table(droplevels(by[keep]), droplevels(x[keep])))$p.value)
  r <- compare_groups(c("a", "a", "a"), c("g", "h", "h"))
  expect_equal(r$test, "none"); expect_true(is.na(r$p_value))
  expect_error(compare_groups(1:3, 1:2), "`by` must have one value per answer")
  expect_output(print(compare_groups(x, by)), "p-value")
  expect_named(as.data.frame(compare_groups(x, by)),
               c("test", "statistic", "df", "p_value", "method"))
})

test_that("Fisher's test falls back to a simulated p-value on large tables", {
  set.seed(12)
  by <- sample(1:8, 300, TRUE); x <- sample(1:6, 300, TRUE)
  tab <- table(by, x)
  set.seed(13); r <- compare_groups(x, by, "fisher")
  set.seed(13); ref <- fisher.test(tab, simulate.p.value = TRUE, B = 1e5)
  expect_equal(r$p_value, ref$p.value)
  expect_match(r$method, "simulated")
})


test_that("compare_groups() counts the answers dropped for NA", {
  x <- c("a", NA, "b", "a", "b", NA, "a", "b")
  by <- c("g", "g", NA, "h", "h", "h", NA, "g")
  r <- compare_groups(x, by, "fisher")
  expect_equal(r$dropped, sum(is.na(x) | is.na(by)))
  expect_equal(sum(r$table), length(x) - r$dropped)
  expect_output(print(r), "4 answers left out")
  expect_equal(compare_groups(c("a", "b"), c("g", "h"))$dropped, 0)
})

test_that("compare_groups() refuses numeric measurements", {
  set.seed(15)
  pop <- round(runif(61, 1e4, 5e5))
  area <- sample(c("North", "Centre", "South"), 61, TRUE)
  expect_error(compare_groups(pop, area), "`x` must be categorical.*61 distinct",
               class = "peersurvey_bad_argument")
  expect_error(compare_groups(c(1, 2, 1.5), c("a", "b", "a")), "not 1.5 \\(element 3\\)",
               class = "peersurvey_bad_argument")
  expect_error(compare_groups(c(1, 2, 1, 2, Inf), c("a", "b", "a", "b", "a")),
               "whole-number codes, not Inf \\(element 5\\)", class = "peersurvey_bad_argument")
  # whole-number codes are answers
  codes <- sample(1:5, 61, TRUE)
  r <- compare_groups(codes, area, "chisq")
  expect_equal(r$p_value, suppressWarnings(chisq.test(table(area, codes), correct = FALSE))$p.value)
})

test_that("columns of a survey compare as their vectors and print by their codebook labels", {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  s <- suppressWarnings(read_survey(ex("services-export.csv"),
                                    survey_codebook(ex("services-codebook.csv"))))
  cbr <- utils::read.csv(ex("services-codebook.csv"), stringsAsFactors = FALSE,
                         encoding = "UTF-8")
  r <- compare_groups(s["service_type"], s["region"])
  v <- compare_groups(s$service_type, s$region)
  # the same table (of codes) and test as the plain vectors give
  expect_identical(unclass(r$table), unclass(v$table))
  expect_identical(r$p_value, v$p_value)
  ref <- table(s$region, s$service_type)
  expect_identical(as.vector(r$table), as.vector(ref[rowSums(ref) > 0, colSums(ref) > 0]))
  # printed by the labels, in the codebook's first language or the one asked
  lab <- function(item, lang) cbr[[paste0("label_", lang)]][cbr$item == item]
  out <- capture.output(print(r, language = "en"))
  for (l in c(lab("service_type", "en"), lab("region", "en")))
    expect_true(any(grepl(l, out, fixed = TRUE)), label = l)
  out_it <- capture.output(print(r, language = "it"))
  expect_true(any(grepl(lab("region", "it")[1], out_it, fixed = TRUE)))
  # plain vectors print their codes
  expect_true(any(grepl("community", capture.output(print(v)), fixed = TRUE)))
  # a yes/no item as the answer: its labels of no and yes
  y <- compare_groups(s["peer_workers"], s["region"])
  out_y <- capture.output(print(y, language = "en"))
  expect_true(any(grepl(paste(lab("peer_workers", "en")[2:1], collapse = " +"), out_y)))
})
