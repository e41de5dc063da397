# A frame of 135 units in 5 classes and a random set of respondents
est_frame <- function(sizes = c(40, 30, 25, 28, 12)) {
  data.frame(mhd_id = sprintf("MHD%03d", seq_len(sum(sizes))),
             macro_area = factor(rep(c("North-West", "North-East", "Centre", "South",
                                       "Islands"), sizes),
                                 levels = c("North-West", "North-East", "Centre",
                                            "South", "Islands")),
             stringsAsFactors = FALSE)
}

est_survey <- function(frame, n, p = 0.56, na = 0) {
  s <- data.frame(mhd_id = sample(frame$mhd_id, n), stringsAsFactors = FALSE)
  s$peer_support <- runif(n) < p
  if (na) s$peer_support[sample(n, na)] <- NA
  s$contract <- factor(sample(c("employee", "consultant", "volunteer"), n, TRUE))
  s
}

# svymean() on the complete cases, strata = class, fpc = class size in the frame
est_reference <- function(s, frame, item = "peer_support", strata = TRUE) {
  s <- s[!is.na(s[[item]]), ]
  s$cls <- frame$macro_area[match(s$mhd_id, frame$mhd_id)]
  s$Nh <- as.vector(table(frame$macro_area)[as.character(s$cls)])
  s$N <- nrow(frame)
  s$y <- as.numeric(s[[item]])
  d <- if (strata) survey::svydesign(ids = ~1, strata = ~cls, fpc = ~Nh, data = s)
       else survey::svydesign(ids = ~1, fpc = ~N, data = s)
  m <- survey::svymean(~y, d)
  c(estimate = unname(coef(m)), se = unname(survey::SE(m)))
}

test_that("estimate and standard error equal survey::svymean()", {
  skip_if_not_installed("survey")
  set.seed(21)
  frame <- est_frame()
  for (k in 1:15) {
    s <- est_survey(frame, sample(c(40, 61, 100), 1), p = runif(1, 0.1, 0.9),
                    na = sample(0:5, 1))
    r <- estimate_prop(s, "peer_support", frame, adjust = "macro_area", id = "mhd_id")
    ref <- est_reference(s, frame)
    expect_equal(r$estimate, unname(ref["estimate"]), tolerance = 1e-8)
    expect_equal(r$se, unname(ref["se"]), tolerance = 1e-8)
    z <- qnorm(0.975)
    expect_equal(r$lower, max(0, r$estimate - z * r$se))
    expect_equal(r$n, sum(!is.na(s$peer_support)))
    expect_equal(r$N, 135)
    r0 <- estimate_prop(s, "peer_support", frame, adjust = NULL, id = "mhd_id")
    ref0 <- est_reference(s, frame, strata = FALSE)
    expect_equal(r0$estimate, unname(ref0["estimate"]), tolerance = 1e-8)
    expect_equal(r0$se, unname(ref0["se"]), tolerance = 1e-8)
    expect_equal(r0$estimate, mean(s$peer_support, na.rm = TRUE))
  }
})

test_that("the weighted estimate is the frame-weighted mean of class shares", {
  set.seed(22)
  frame <- est_frame()
  s <- est_survey(frame, 61)
  r <- estimate_prop(s, "peer_support", frame, adjust = "macro_area", id = "mhd_id")
  cls <- frame$macro_area[match(s$mhd_id, frame$mhd_id)]
  Nh <- table(frame$macro_area); nh <- table(cls)
  yh <- tapply(s$peer_support, cls, mean)
  expect_equal(r$estimate, sum(Nh * yh) / 135)
  sh2 <- tapply(s$peer_support, cls, var)
  expect_equal(r$se, sqrt(sum((Nh / 135)^2 * (1 - nh / Nh) * sh2 / nh)))
  cl <- attr(r, "classes")
  expect_equal(cl$weight, as.vector(Nh / nh))
  expect_equal(cl$class, levels(frame$macro_area))
  # a census of every unit has no sampling error
  s <- data.frame(mhd_id = frame$mhd_id, peer_support = runif(135) < 0.5)
  r <- estimate_prop(s, "peer_support", frame, adjust = "macro_area", id = "mhd_id")
  expect_equal(r$se, 0)
  expect_equal(r$estimate, mean(s$peer_support))
})

test_that("factor items take a level; several items give several rows", {
  skip_if_not_installed("survey")
  set.seed(23)
  frame <- est_frame()
  s <- est_survey(frame, 70)
  s$consultant <- s$contract == "consultant"
  r <- estimate_prop(s, "contract", frame, level = "consultant", adjust = "macro_area", id = "mhd_id")
  ref <- est_reference(s, frame, "consultant")
  expect_equal(r$estimate, unname(ref["estimate"]), tolerance = 1e-8)
  expect_equal(r$se, unname(ref["se"]), tolerance = 1e-8)
  r2 <- estimate_prop(s, c("peer_support", "consultant"), frame, adjust = "macro_area", id = "mhd_id")
  expect_equal(nrow(r2), 2L)
  expect_equal(r2$estimate[2], r$estimate)
  expect_error(estimate_prop(s, "contract", frame, adjust = "macro_area", id = "mhd_id"), "`level`")
  expect_error(estimate_prop(s, "contract", frame, level = "boss", adjust = "macro_area", id = "mhd_id"), "not a level")
  # without levels (character, logical), an answer no unit gave is an error,
  # not a share of 0
  s$contract_chr <- as.character(s$contract)
  rc <- estimate_prop(s, "contract_chr", frame, level = "consultant", adjust = "macro_area",
                      id = "mhd_id")
  expect_equal(rc$estimate, r$estimate)
  expect_error(estimate_prop(s, "contract_chr", frame, level = "Consultant",
                             adjust = "macro_area", id = "mhd_id"),
               "no answer of \"contract_chr\"", class = "peersurvey_bad_argument")
  expect_error(estimate_prop(s, "consultant", frame, level = "yes", adjust = "macro_area",
                             id = "mhd_id"), "no answer", class = "peersurvey_bad_argument")
})

test_that("sparse classes are an error naming the class, or are collapsed", {
  skip_if_not_installed("survey")
  set.seed(24)
  frame <- est_frame()
  s <- est_survey(frame, 61)
  isl <- frame$mhd_id[frame$macro_area == "Islands"]
  s <- s[!(s$mhd_id %in% isl), ]
  s <- rbind(s, data.frame(mhd_id = isl[1], peer_support = TRUE, contract = "employee"))
  expect_error(estimate_prop(s, "peer_support", frame, adjust = "macro_area", id = "mhd_id"), "Class \"Islands\".*1 respondent",
               class = "peersurvey_sparse_class")
  r <- estimate_prop(s, "peer_support", frame, collapse = TRUE, adjust = "macro_area", id = "mhd_id")
  expect_equal(r$classes, 4L)
  cl <- attr(r, "classes")
  expect_true("South+Islands" %in% cl$class)
  # the same as the design with the two classes merged
  f2 <- frame
  levels(f2$macro_area)[levels(f2$macro_area) %in% c("South", "Islands")] <- "SI"
  ref <- est_reference(s, f2)
  expect_equal(r$estimate, unname(ref["estimate"]), tolerance = 1e-8)
  expect_equal(r$se, unname(ref["se"]), tolerance = 1e-8)
  # no respondent at all in a class
  s0 <- s[s$mhd_id != isl[1], ]
  expect_error(estimate_prop(s0, "peer_support", frame, adjust = "macro_area", id = "mhd_id"), "Islands.*0 respondents")
  r <- estimate_prop(s0, "peer_support", frame, collapse = TRUE, adjust = "macro_area", id = "mhd_id")
  expect_false(is.nan(r$se))
  # an item NA turns a respondent into a nonrespondent for the item
  s$peer_support[s$mhd_id == isl[1]] <- NA
  expect_error(estimate_prop(s, "peer_support", frame, adjust = "macro_area", id = "mhd_id"), "Islands.*0 respondents")
  # a class fully observed with one unit is fine
  f1 <- est_frame(c(40, 30, 25, 39, 1))
  s1 <- est_survey(f1, 60)
  s1 <- rbind(s1[s1$mhd_id != f1$mhd_id[135], ],
              data.frame(mhd_id = f1$mhd_id[135], peer_support = FALSE, contract = "employee"))
  r <- estimate_prop(s1, "peer_support", f1, adjust = "macro_area", id = "mhd_id")
  expect_true(is.finite(r$se))
})

test_that("bad input is an error naming the argument", {
  frame <- est_frame()
  s <- est_survey(frame, 20)
  expect_error(estimate_prop(s, "nope", frame, adjust = "macro_area", id = "mhd_id"), "`item`")
  expect_error(estimate_prop(s, "peer_support", frame, adjust = "region", id = "mhd_id"), "`strata`")
  s2 <- rbind(s, data.frame(mhd_id = "XYZ", peer_support = TRUE, contract = "employee"))
  expect_error(estimate_prop(s2, "peer_support", frame, adjust = "macro_area", id = "mhd_id"), "not in `frame`.*XYZ")
  s3 <- rbind(s, s[1, ])
  expect_error(estimate_prop(s3, "peer_support", frame, adjust = "macro_area", id = "mhd_id"), "repeats")
  s$num <- 2
  expect_error(estimate_prop(s, "num", frame, adjust = "macro_area", id = "mhd_id"), "holds numbers, not a trait \\(row 1 is 2\\)")
  expect_error(estimate_prop(s, "peer_support", frame, conf = 2, adjust = "macro_area", id = "mhd_id"), "`conf`")
  expect_error(estimate_prop(list(), "peer_support", frame, adjust = "macro_area", id = "mhd_id"), "`design`")
})

test_that("on the shipped survey the estimates equal survey::svymean()", {
  skip_if_not_installed("survey")
  items <- utils::data(package = "peersurvey")$results[, "Item"]
  skip_if_not(all(c("mhd_survey_2025", "mhd_frame") %in% items))
  s <- peersurvey::mhd_survey_2025
  frame <- peersurvey::mhd_frame
  for (it in c("peer_support", "coproduction")) {
    r <- estimate_prop(s, it, frame, adjust = "macro_area", id = "mhd_id")
    d <- data.frame(mhd_id = s$mhd_id, y = as.numeric(s[[it]]))
    d <- d[!is.na(d$y), ]
    d$cls <- frame$macro_area[match(d$mhd_id, frame$mhd_id)]
    d$Nh <- as.vector(table(frame$macro_area)[as.character(d$cls)])
    m <- survey::svymean(~y, survey::svydesign(ids = ~1, strata = ~cls, fpc = ~Nh, data = d))
    expect_equal(r$estimate, unname(coef(m)), tolerance = 1e-8)
    expect_equal(r$se, as.vector(survey::SE(m)), tolerance = 1e-8)
    expect_equal(r$N, nrow(frame))
  }
})

# svymean() within a domain: the stratified design of the respondents used
# (domain known, item answered where asked), with the class weight N_h / n_h
# (n_h: respondents whose domain is known) and, for the domain's respondents
# that answered, the item-nonresponse factor n_dh / (n_dh - m_h) computed
# within class x domain; then subset() to the domain
est_domain_reference <- function(s, frame, item, dom, strata = TRUE, cls = "macro_area") {
  s$dom <- dom
  s <- s[!is.na(s$dom), ]
  s$cls <- if (strata) frame[[cls]][match(s$mhd_id, frame$mhd_id)] else
    factor(rep("all", nrow(s)))
  Nf <- if (strata) table(frame[[cls]]) else c(all = nrow(frame))
  s$Nh <- as.vector(Nf[as.character(s$cls)])
  s$r <- !s$dom | !is.na(s[[item]])
  nh <- table(s$cls)
  ndh <- table(s$cls[s$dom])
  mh <- table(s$cls[s$dom & !s$r])
  k <- as.character(s$cls)
  s$w <- s$Nh / as.vector(nh[k]) *
    ifelse(s$dom, as.vector(ndh[k]) / as.vector(ndh[k] - mh[k]), 1)
  s <- s[s$r, ]
  s$y <- ifelse(s$dom, as.numeric(s[[item]]), 0)
  d <- survey::svydesign(ids = ~1, strata = ~cls, fpc = ~Nh, weights = ~w, data = s)
  m <- survey::svymean(~y, subset(d, dom))
  rat <- survey::svyratio(~I(y * dom), ~as.numeric(dom), d)
  stopifnot(abs(coef(rat) - coef(m)) < 1e-10,
            abs(survey::SE(rat) - survey::SE(m)) < 1e-10)
  tot <- survey::svytotal(~dom, d)
  c(estimate = unname(coef(m)), se = unname(survey::SE(m)),
    size = unname(coef(tot)["domTRUE"]))
}

test_that("within a domain the estimate and SE equal svymean() on subset()", {
  skip_if_not_installed("survey")
  set.seed(41)
  frame <- est_frame()
  ran <- 0
  for (k in 1:15) {
    s <- est_survey(frame, sample(c(50, 61, 100), 1), p = runif(1, 0.3, 0.8))
    s$paid <- ifelse(s$peer_support, runif(nrow(s)) < runif(1, 0.1, 0.9), NA)
    # some item nonresponse within the domain, an unknown filter, a stray answer
    if (k > 5) {
      s$paid[sample(which(s$peer_support), 2)] <- NA
      s$peer_support[sample(nrow(s), 1)] <- NA
      s$paid[which(!s$peer_support)[1]] <- TRUE
    }
    used <- !is.na(s$peer_support) & (!s$peer_support | !is.na(s$paid))
    nh <- table(frame$macro_area[match(s$mhd_id[used], frame$mhd_id)])
    if (any(nh < 2)) next
    ran <- ran + 1
    r <- estimate_prop(s, "paid", frame, domain = "peer_support", adjust = "macro_area", id = "mhd_id")
    ref <- est_domain_reference(s, frame, "paid", s$peer_support)
    expect_equal(r$estimate, unname(ref["estimate"]), tolerance = 1e-8)
    expect_equal(r$se, unname(ref["se"]), tolerance = 1e-8)
    expect_equal(r$N_domain, unname(ref["size"]), tolerance = 1e-8)
    expect_equal(r$n, sum(s$peer_support & !is.na(s$paid), na.rm = TRUE))
    expect_identical(r$domain, "peer_support")
    # a logical vector gives the same
    rv <- estimate_prop(s, "paid", frame, domain = s$peer_support, adjust = "macro_area", id = "mhd_id")
    expect_equal(rv$estimate, r$estimate)
    expect_equal(rv$se, r$se)
    # no adjustment: one stratum of the whole frame
    r0 <- estimate_prop(s, "paid", frame, adjust = NULL, domain = "peer_support", id = "mhd_id")
    ref0 <- est_domain_reference(s, frame, "paid", s$peer_support, strata = FALSE)
    expect_equal(r0$estimate, unname(ref0["estimate"]), tolerance = 1e-8)
    expect_equal(r0$se, unname(ref0["se"]), tolerance = 1e-8)
    expect_equal(r0$estimate, mean(s$paid[s$peer_support %in% TRUE], na.rm = TRUE))
  }
  expect_gt(ran, 10)
})

test_that("a domain of every respondent gives the whole-frame estimate", {
  set.seed(42)
  frame <- est_frame()
  s <- est_survey(frame, 61, na = 3)
  a <- estimate_prop(s, "peer_support", frame, adjust = "macro_area", id = "mhd_id")
  b <- estimate_prop(s, "peer_support", frame, domain = rep(TRUE, 61), adjust = "macro_area", id = "mhd_id")
  expect_equal(b$estimate, a$estimate)
  expect_equal(b$se, a$se)
  expect_equal(b$N_domain, 135)
  expect_equal(a$N_domain, 135)
  expect_true(is.na(a$domain))
})

test_that("domains work with collapsed classes, factor items and another id", {
  skip_if_not_installed("survey")
  set.seed(43)
  frame <- est_frame()
  s <- est_survey(frame, 61)
  isl <- frame$mhd_id[frame$macro_area == "Islands"]
  s <- rbind(s[!(s$mhd_id %in% isl), ],
             data.frame(mhd_id = isl[1], peer_support = TRUE, contract = "employee"))
  s$contract[!s$peer_support] <- NA
  expect_error(estimate_prop(s, "contract", frame, level = "employee",
                             domain = "peer_support", adjust = "macro_area", id = "mhd_id"), "Islands", class = "peersurvey_sparse_class")
  r <- estimate_prop(s, "contract", frame, level = "employee", domain = "peer_support",
                     collapse = TRUE, adjust = "macro_area", id = "mhd_id")
  f2 <- frame
  levels(f2$macro_area)[levels(f2$macro_area) %in% c("South", "Islands")] <- "SI"
  s$emp <- s$contract == "employee"
  ref <- est_domain_reference(s, f2, "emp", s$peer_support)
  expect_equal(r$estimate, unname(ref["estimate"]), tolerance = 1e-8)
  expect_equal(r$se, unname(ref["se"]), tolerance = 1e-8)
  cl <- attr(r, "classes")
  expect_equal(cl$n_domain, as.vector(tapply(s$peer_support,
    factor(f2$macro_area[match(s$mhd_id, f2$mhd_id)], levels = levels(f2$macro_area)), sum)))
  # the id column is an argument
  s2 <- s; names(s2)[names(s2) == "mhd_id"] <- "unit"
  f3 <- frame; names(f3)[names(f3) == "mhd_id"] <- "unit"
  r2 <- estimate_prop(s2, "emp", f3, domain = "peer_support", collapse = TRUE, id = "unit",
                      adjust = "macro_area")
  expect_equal(r2$estimate, r$estimate)
  expect_error(estimate_prop(s2, "emp", f3), "`id`")
  # the same through a design
  d <- survey_design(s2, f3, id = "unit", strata = "macro_area")
  expect_equal(estimate_prop(d, "emp", domain = "peer_support", collapse = TRUE)$estimate,
               r$estimate)
})

test_that("bad domains are errors naming the argument", {
  frame <- est_frame()
  s <- est_survey(frame, 20)
  expect_error(estimate_prop(s, "peer_support", frame, domain = "nope", adjust = "macro_area", id = "mhd_id"),
               "`domain` must name a logical column", class = "peersurvey_bad_argument")
  expect_error(estimate_prop(s, "peer_support", frame, domain = "contract", adjust = "macro_area", id = "mhd_id"),
               "`domain` column \"contract\" must be logical")
  expect_error(estimate_prop(s, "peer_support", frame, domain = rep(TRUE, 3), adjust = "macro_area", id = "mhd_id"),
               "one value per row of `survey` \\(20\\), not 3")
  expect_error(estimate_prop(s, "peer_support", frame, domain = 1, adjust = "macro_area", id = "mhd_id"),
               "`domain` must be NULL")
  expect_error(estimate_prop(s, "peer_support", frame, adjust = NULL,
                             domain = rep(FALSE, 20), id = "mhd_id"),
               class = "peersurvey_empty_domain")
  expect_error(estimate_prop(s, "peer_support", frame, id = NA), "`id`")
})

test_that("on the shipped survey a filtered item equals svymean() on subset()", {
  skip_if_not_installed("survey")
  s <- peersurvey::mhd_survey_2025
  frame <- peersurvey::mhd_frame
  skip_if(is.null(s$ps_settings_cmhc))
  r <- estimate_prop(s, "ps_settings_cmhc", frame, domain = "peer_support", adjust = "macro_area", id = "mhd_id")
  ref <- est_domain_reference(s, frame, "ps_settings_cmhc", s$peer_support)
  expect_equal(r$estimate, unname(ref["estimate"]), tolerance = 1e-8)
  expect_equal(r$se, unname(ref["se"]), tolerance = 1e-8)
  expect_equal(r$n, sum(s$peer_support & !is.na(s$ps_settings_cmhc), na.rm = TRUE))
  # every item of the domain estimates the same domain size
  if (!is.null(s$impact_team)) {
    r2 <- estimate_prop(s, "impact_team", frame, domain = "peer_support",
                        level = "agree", adjust = "macro_area", id = "mhd_id")
    expect_equal(r2$N_domain, r$N_domain)
  }
})

test_that("item nonresponse in a domain is adjusted within class x domain", {
  set.seed(44)
  frame <- est_frame()
  s <- est_survey(frame, 80, p = 0.6)
  s$a <- ifelse(s$peer_support, runif(80) < 0.4, NA)
  s$b <- ifelse(s$peer_support, runif(80) < 0.7, NA)
  s$a[sample(which(s$peer_support), 4)] <- NA
  s$b[sample(which(s$peer_support), 1)] <- NA
  r <- estimate_prop(s, c("a", "b"), frame, domain = "peer_support", adjust = "macro_area", id = "mhd_id")
  cls <- frame$macro_area[match(s$mhd_id, frame$mhd_id)]
  Nh <- as.vector(table(frame$macro_area)); nh <- as.vector(table(cls))
  ndh <- as.vector(table(cls[s$peer_support]))
  # the domain size does not depend on the item: sum_h N_h n_dh / n_h
  expect_equal(r$N_domain, rep(sum(Nh * ndh / nh), 2))
  # the estimate: class shares among the domain's answers, weighted by the
  # estimated domain units of the class
  for (j in 1:2) {
    y <- s[[c("a", "b")[j]]]
    ybar <- as.vector(tapply(y[s$peer_support], cls[s$peer_support], mean, na.rm = TRUE))
    expect_equal(r$estimate[j], sum(Nh * ndh / nh * ybar) / sum(Nh * ndh / nh))
    expect_equal(r$n[j], sum(!is.na(y)))
  }
  cl <- attr(r, "classes")
  expect_equal(cl$n_missing[cl$item == "a"],
               as.vector(table(cls[s$peer_support & is.na(s$a)])))
  # every domain respondent of a class without an answer: an error, or collapse
  isl <- s$peer_support & cls == "Islands"
  s$a[isl] <- NA
  if (any(isl)) {
    expect_error(estimate_prop(s, "a", frame, domain = "peer_support", adjust = "macro_area", id = "mhd_id"),
                 "Islands.*none answered", class = "peersurvey_sparse_class")
    expect_no_error(estimate_prop(s, "a", frame, domain = "peer_support", collapse = TRUE, adjust = "macro_area", id = "mhd_id"))
  }
})

test_that("a trait nobody has gets the exact bound, not a zero-width interval", {
  frame <- est_frame()
  s <- est_survey(frame, 40)
  s$never <- FALSE
  r <- estimate_prop(s, "never", frame, id = "mhd_id")
  expect_identical(r$interval, "hypergeometric")
  expect_identical(r$lower, 0)
  # the largest number of units of the frame with the trait that leaves
  # P(no respondent has it) >= (1 - conf) / 2: hypergeometric, by brute force
  N <- nrow(frame); n <- nrow(s)
  K <- 0:(N - n)
  ok <- stats::dhyper(0, K, N - K, n) >= (1 - 0.95) / 2
  expect_equal(r$upper * N, max(K[ok]), tolerance = 1e-8)
  # weighted classes: the domain size is not a whole number of units
  r2 <- estimate_prop(s, "never", frame, adjust = "macro_area", id = "mhd_id")
  expect_true(r2$upper > 0)
  expect_true(r2$interval %in% c("hypergeometric", "clopper-pearson"))
  # a trait some have keeps the Wald interval
  expect_identical(estimate_prop(s, "peer_support", frame, id = "mhd_id")$interval, "wald")
})

test_that("`by` with unknown groups: svyby() on the respondents whose group is known", {
  skip_if_not_installed("survey")
  set.seed(3)
  frame <- data.frame(unit = sprintf("U%02d", 1:20), st = rep(c("a", "b"), each = 10))
  resp <- data.frame(unit = sprintf("U%02d", c(1:5, 11:17)),
                     y = sample(c(TRUE, FALSE), 12, TRUE),
                     grp = c("a", "a", "b", "b", NA, "b", "a", NA, "a", "b", "a", NA))
  r <- estimate_prop(survey_design(resp, frame, id = "unit", strata = "st"), "y", by = "grp")
  # by hand: the design of the respondents whose group is known
  k <- !is.na(resp$grp)
  ref <- resp[k, ]
  ref$st <- frame$st[match(ref$unit, frame$unit)]
  ref$Nh <- 10
  sd <- survey::svydesign(ids = ~1, strata = ~st, fpc = ~Nh, data = ref)
  b <- survey::svyby(~as.numeric(y), ~grp, sd, survey::svymean)
  expect_equal(r$estimate, unname(coef(b)[r$group]), tolerance = 1e-10)
  expect_equal(r$se, unname(survey::SE(b)[match(r$group, rownames(b))]), tolerance = 1e-10)
  expect_equal(sum(r$n), sum(k))
})

test_that("the exact bound of an estimate of 0 or 1 sums the classes' own bounds", {
  # class A is a census, class B has 2 of its 50 units: only B is uncertain
  frame <- data.frame(unit = sprintf("U%03d", 1:100), area = rep(c("A", "B"), each = 50))
  resp <- data.frame(unit = sprintf("U%03d", 1:52), y = TRUE)
  r <- estimate_prop(survey_design(resp, frame, id = "unit", strata = "area"), "y")
  # by brute force: the fewest units of B with the trait that leave
  # P(both sampled have it) >= (1 - conf) / 2
  K <- 0:50
  lowest <- min(K[stats::dhyper(2, K, 50 - K, 2) >= 0.025])
  expect_equal(r$lower, (50 + lowest) / 100)
  expect_identical(r$upper, 1)
  expect_identical(r$interval, "hypergeometric")
  # a share of 95% makes such data likely: it is inside
  expect_true(r$lower < 0.95)
  # two uncertain classes: each bound at 1 - 0.05 / 2 (Bonferroni), summed
  resp2 <- data.frame(unit = sprintf("U%03d", c(1:10, 51:65)), y = FALSE)
  r2 <- estimate_prop(survey_design(resp2, frame, id = "unit", strata = "area"), "y")
  most <- function(n) max(K[stats::dhyper(0, K, 50 - K, n) >= 0.05 / 2 / 2])
  expect_equal(r2$upper, (most(10) + most(15)) / 100)
  expect_identical(r2$lower, 0)
  # one class: the whole frame's hypergeometric interval, as prop_ci() gives it
  r3 <- estimate_prop(survey_design(resp2, frame, id = "unit"), "y")
  expect_equal(r3$upper, prop_ci(0, 25, N = 100, method = "hypergeometric")$upper)
  # coverage: a share of 95% (all of A, 45 of B), all of A and 3 of B
  # sampled, 300 times; the intervals hold the share at least 95% of the time
  set.seed(5)
  yes <- c(rep(TRUE, 50), sample(rep(c(TRUE, FALSE), c(45, 5))))
  covered <- vapply(1:300, function(i) {
    take <- c(1:50, 50 + sample(50, 3))
    e <- estimate_prop(survey_design(data.frame(unit = frame$unit[take], y = yes[take]),
                                     frame, id = "unit", strata = "area"), "y")
    e$lower <= 0.95 && 0.95 <= e$upper
  }, TRUE)
  expect_gte(mean(covered), 0.95)
})

test_that("a follow-up estimated without its domain is a warning naming the filter", {
  cb <- survey_codebook(system.file("extdata", "services-codebook.csv", package = "peersurvey"))
  ex <- data.frame(service_id = paste0("S", 1:6), region = "north", service_type = "crisis",
                   peer_workers = c("yes", "yes", "yes", "no", "no", "yes"),
                   peer_roles = c("Advocacy", "Self-help groups", "Advocacy", "", "", ""))
  x <- suppressWarnings(read_survey(ex, cb))
  fr <- data.frame(service_id = paste0("S", 1:10), region = "north")
  d <- survey_design(x, fr)
  expect_warning(estimate_prop(d, "peer_roles_advocacy"), "domain = \"peer_workers\"",
                 class = "peersurvey_follow_up")
  expect_no_warning(e <- estimate_prop(d, "peer_roles_advocacy", domain = "peer_workers"))
  # within the domain: 2 of the 3 who answered (base R)
  expect_equal(e$estimate, 2 / 3)
  expect_no_warning(estimate_prop(d, "peer_workers"))
})

test_that("estimate_prop() on a check-all item's id names its option columns", {
  cbf <- tempfile(fileext = ".csv")
  writeLines(c("item,type,option,label_fr",
               "service_id,id,,services",
               "roles,multi,groupes,Groupes", "roles,multi,plaidoyer,Plaidoyer"), cbf)
  exf <- tempfile(fileext = ".csv")
  writeLines(c("service_id,roles_groupes,roles_plaidoyer", "S1,1,0", "S2,1,1", "S3,0,0"), exf)
  frame <- data.frame(service_id = paste0("S", 1:5))
  des <- survey_design(read_survey(exf, survey_codebook(cbf)), frame)
  expect_error(estimate_prop(des, "roles"),
               "\"roles\" is a check-all item .*\"roles_groupes\", \"roles_plaidoyer\"",
               class = "peersurvey_multi_item")
  # a name that is no item still says so
  expect_error(estimate_prop(des, "rols"), "not in the survey: \"rols\"",
               class = "peersurvey_bad_argument")
  # the option columns are estimated: 2 of 3 respondents tick "groupes"
  e <- estimate_prop(des, c("roles_groupes", "roles_plaidoyer"))
  expect_equal(e$estimate, c(2, 1) / 3)
})

test_that("`level` may be a yes/no item's code or an option's label", {
  ex <- function(f) system.file("extdata", f, package = "peersurvey")
  s <- read_survey(ex("services-export.csv"), survey_codebook(ex("services-codebook.csv")))
  frame <- utils::read.csv(ex("services-frame.csv"), colClasses = "character")
  d <- survey_design(s, frame)
  # computed apart: the share among the respondents that answered, with the
  # finite population correction of a single class
  share_se <- function(y) {
    y <- y[!is.na(y)]; n <- length(y); N <- nrow(frame)
    c(mean(y), sqrt((1 - n / N) * stats::var(y) / n))
  }
  yes <- estimate_prop(d, "peer_workers", level = "yes")
  ref <- share_se(as.numeric(s$peer_workers))
  expect_equal(c(yes$estimate, yes$se), ref)
  expect_identical(yes$level, "yes")
  no <- estimate_prop(d, "peer_workers", level = "No")
  expect_equal(no$estimate, 1 - ref[1])
  expect_identical(no$level, "no")
  # a single-choice option by its label (English and Italian)
  cb <- attr(s, "codebook")
  code <- cb$option[cb$item == "region"][1]
  lab_en <- cb$label_en[cb$item == "region"][1]
  lab_it <- cb$label_it[cb$item == "region"][1]
  by_code <- estimate_prop(d, "region", level = code)
  expect_equal(estimate_prop(d, "region", level = toupper(lab_en))$estimate,
               share_se(as.numeric(as.character(s$region) == code))[1])
  expect_equal(estimate_prop(d, "region", level = lab_it)[, c("level", "estimate", "se")],
               by_code[, c("level", "estimate", "se")])
  expect_error(estimate_prop(d, "region", level = "Nowhere"), "Nowhere",
               class = "peersurvey_bad_argument")
})

test_that("`by` gives each group's estimate and SE as survey::svyby() does", {
  skip_if_not_installed("survey")
  set.seed(57)
  frame <- est_frame()
  # a grouping of the frame that crosses the weighting classes
  frame$kind <- sample(c("urban", "rural"), nrow(frame), TRUE)
  s <- est_survey(frame, 80)
  d <- survey_design(s, frame, id = "mhd_id", strata = "macro_area")
  r <- estimate_prop(d, "peer_support", by = "kind")
  # the frame's values, sorted
  expect_identical(r$group, c("rural", "urban"))
  ref <- s
  ref$cls <- frame$macro_area[match(ref$mhd_id, frame$mhd_id)]
  ref$Nh <- as.vector(table(frame$macro_area)[as.character(ref$cls)])
  ref$g <- frame$kind[match(ref$mhd_id, frame$mhd_id)]
  ref$y <- as.numeric(ref$peer_support)
  sd <- survey::svydesign(ids = ~1, strata = ~cls, fpc = ~Nh, data = ref)
  b <- survey::svyby(~y, ~g, sd, survey::svymean)
  expect_equal(r$estimate, unname(coef(b)[r$group]), tolerance = 1e-10)
  expect_equal(r$se, unname(survey::SE(b)[match(r$group, rownames(b))]), tolerance = 1e-10)
  expect_identical(as.integer(r$n), as.integer(table(ref$g)[r$group]))
  # the estimated units of each group print to one decimal
  expect_true(any(r$N_domain != round(r$N_domain)))
  expect_identical(format(r)$N_domain, sprintf("%.1f", r$N_domain))
  # by a weighting class itself: each class's own share, its size known
  rc <- estimate_prop(d, "peer_support", by = "macro_area")
  expect_identical(rc$group, levels(frame$macro_area))
  expect_equal(rc$estimate, as.vector(tapply(ref$y, ref$cls, mean)[rc$group]),
               tolerance = 1e-12)
  expect_equal(rc$N_domain, as.numeric(table(frame$macro_area)[rc$group]), tolerance = 1e-12)
  # a column of the survey only, within a domain: svymean() on subset()
  s$paid <- ifelse(s$peer_support, runif(nrow(s)) < 0.4, NA)
  d <- survey_design(s, frame, id = "mhd_id", strata = "macro_area")
  rs <- estimate_prop(d, "paid", domain = "peer_support", by = "contract")
  expect_identical(rs$group, sort(unique(as.character(s$contract))))
  for (k in seq_len(nrow(rs))) {
    refk <- est_domain_reference(s, frame, "paid",
                                 s$peer_support & as.character(s$contract) == rs$group[k])
    expect_equal(rs$estimate[k], unname(refk["estimate"]), tolerance = 1e-8)
    expect_equal(rs$se[k], unname(refk["se"]), tolerance = 1e-8)
    expect_equal(rs$N_domain[k], unname(refk["size"]), tolerance = 1e-8)
  }
  expect_identical(unique(rs$domain), "peer_support")
  # a logical column gives the groups "yes" and "no"; a group with no
  # respondent in the domain has a row without an estimate
  ry <- estimate_prop(d, "paid", by = "peer_support", domain = "peer_support")
  expect_identical(ry$group, c("yes", "no"))
  expect_equal(ry$estimate[1L], estimate_prop(d, "paid", domain = "peer_support")$estimate,
               tolerance = 1e-12)
  expect_true(is.na(ry$estimate[2L]) && is.na(ry$se[2L]) && ry$n[2L] == 0L)
  # several items: one row per item and group
  s$flag <- runif(nrow(s)) < 0.3
  d <- survey_design(s, frame, id = "mhd_id", strata = "macro_area")
  r2 <- estimate_prop(d, c("peer_support", "flag"), by = "kind")
  expect_identical(r2$item, rep(c("peer_support", "flag"), each = 2L))
  expect_identical(r2$group, rep(c("rural", "urban"), 2L))
  # bad `by`: the argument and the columns named
  expect_error(estimate_prop(d, "flag", by = "nope"),
               "`by` names \"nope\", not a column of the frame or of the survey",
               class = "peersurvey_bad_argument")
  expect_error(estimate_prop(d, "flag", by = c("kind", "macro_area")),
               "`by` must be a single column name", class = "peersurvey_bad_argument")
})

test_that("respondents of an unknown domain or group are listed and printed, not lost", {
  skip_if_not_installed("survey")
  set.seed(71)
  frame <- est_frame()
  s <- est_survey(frame, 80)
  s$paid <- ifelse(s$peer_support, runif(nrow(s)) < 0.4, NA)
  # two respondents did not answer the filter, three answered no group
  s$peer_support[c(4, 9)] <- NA
  s$paid[c(4, 9)] <- NA
  s$contract[c(2, 4, 30, 31)] <- NA
  d <- survey_design(s, frame, id = "mhd_id", strata = "macro_area")
  r <- estimate_prop(d, "paid", domain = "peer_support")
  left <- attr(r, "left_out")
  expect_identical(left$row, c(4L, 9L))
  expect_identical(left$id, s$mhd_id[c(4, 9)])
  expect_identical(left$reason, rep("domain unknown", 2L))
  # the estimate is that of the design without them (svymean() on subset())
  ref <- est_domain_reference(s, frame, "paid", s$peer_support)
  expect_equal(r$estimate, unname(ref["estimate"]), tolerance = 1e-10)
  expect_equal(r$se, unname(ref["se"]), tolerance = 1e-10)
  out <- capture.output(print(r))
  expect_true(any(grepl(sprintf("Left out: 2 respondents, domain unknown (rows 4, 9: \"%s\", \"%s\")",
                                s$mhd_id[4], s$mhd_id[9]), out, fixed = TRUE)))
  # with `by`: a respondent of the domain whose group is unknown is left out
  # (those outside the domain stay outside it); the groups' estimates are
  # those of the design without them
  rb <- estimate_prop(d, "paid", domain = "peer_support", by = "contract")
  lb <- attr(rb, "left_out")
  in_dom <- which(!is.na(s$peer_support) & s$peer_support & is.na(s$contract))
  expect_identical(lb$row, sort(c(4L, 9L, in_dom)))
  expect_identical(lb$reason[lb$row %in% in_dom], rep("group unknown", length(in_dom)))
  # (a respondent whose domain is unknown is unknown in every group, not
  # outside the groups it is not in)
  keep <- setdiff(seq_len(nrow(s)), in_dom)
  for (k in seq_len(nrow(rb))) {
    sk <- s[keep, ]
    dk <- sk$peer_support & as.character(sk$contract) == rb$group[k]
    dk[is.na(sk$peer_support)] <- NA
    refk <- est_domain_reference(sk, frame, "paid", dk)
    expect_equal(rb$estimate[k], unname(refk["estimate"]), tolerance = 1e-8)
    expect_equal(rb$se[k], unname(refk["se"]), tolerance = 1e-8)
    expect_equal(rb$N_domain[k], unname(refk["size"]), tolerance = 1e-8)
  }
  # so the groups' estimated units add up to the domain's, without those
  # of unknown group
  rk <- estimate_prop(survey_design(s[keep, ], frame, id = "mhd_id", strata = "macro_area"),
                      "paid", domain = "peer_support")
  expect_equal(sum(rb$N_domain), rk$N_domain, tolerance = 1e-10)
  if (length(in_dom))
    expect_true(any(grepl(sprintf("Left out: %d respondent%s, group unknown", length(in_dom),
                                  if (length(in_dom) == 1L) "" else "s"),
                          capture.output(print(rb)), fixed = TRUE)))
  # nobody left out: no rows, nothing printed
  r0 <- estimate_prop(d, "contract", level = "employee")
  expect_identical(nrow(attr(r0, "left_out")), 0L)
  expect_false(any(grepl("Left out", capture.output(print(r0)))))
  # the plain data frame carries no such attribute
  expect_null(attr(as.data.frame(r), "left_out"))
})

test_that("a number item is an error naming the item, the row and the value, and saying what to do", {
  set.seed(72)
  frame <- est_frame()
  s <- est_survey(frame, 40)
  s$n_peer <- sample(0:6, nrow(s), TRUE)
  s$n_peer[1:3] <- c(0, 1, 4)
  s$flag01 <- as.numeric(s$peer_support)
  d <- survey_design(s, frame, id = "mhd_id", strata = "macro_area")
  expect_error(estimate_prop(d, "n_peer"),
               "`item` \"n_peer\" holds numbers, not a trait (row 3 is 4)", fixed = TRUE,
               class = "peersurvey_bad_argument")
  # a 0/1 column is a trait: the same estimate as the logical one
  expect_equal(estimate_prop(d, "flag01")$estimate, estimate_prop(d, "peer_support")$estimate)
  # and a value of the numbers with `level`: the share of units answering it
  s2 <- s[!is.na(s$n_peer), ]
  expect_equal(estimate_prop(survey_design(s, frame, id = "mhd_id"), "n_peer", level = 4)$estimate,
               mean(s2$n_peer == 4))
})

test_that("print() of estimates speaks the codebook's language and shows its labels, not codes", {
  old <- options(width = 250)
  on.exit(options(old))
  for (lang in c("de", "it")) {
    x <- language_survey(lang)
    l <- x$labels
    e <- estimate_prop(x$design, "kind", level = "ward", domain = "peer", by = "region")
    out <- capture.output(print(e))
    en <- capture.output(print(e, language = "en"))
    # filled by hand from words.csv: two estimates, in per cent, 95% intervals
    expect_identical(out[1L], paste0(
      "<peer_estimate> ", fill_by_hand(words_of("print_estimates", lang), n = "2"), " ",
      words_of("print_per_cent", lang), ", ",
      fill_by_hand(words_of("print_intervals", lang), conf = "95")), info = lang)
    heads <- words_of(c("col_item", "col_level", "col_domain", "col_group", "col_estimate_pct",
                        "col_se", "col_ci", "col_interval", "col_N_domain", "col_classes"), lang)
    got <- strsplit(trimws(out[2L]), " +")[[1L]]
    expect_identical(setdiff(got, c("n", "N")), heads, info = lang)
    # the level and the groups by their labels in the codebook's language
    rows <- out[3:4]
    expect_true(all(grepl(l[["ward"]], rows, fixed = TRUE)), info = lang)
    expect_match(rows[1L], l[["north"]], fixed = TRUE, info = lang)
    expect_match(rows[2L], l[["south"]], fixed = TRUE, info = lang)
    expect_false(any(grepl("\\b(ward|north|south)\\b", rows, perl = TRUE)), info = lang)
    # the respondent whose filter is blank (row 5, "S05"), in the language
    expect_identical(out[5L], fill_by_hand(
      words_of("print_left_out_one", lang), reason = words_of("left_out_domain", lang),
      rows = fill_by_hand(words_of("rows_one", lang), rows = "5"), ids = "\"S05\""),
      info = lang)
    expect_identical(printed_numbers(out), printed_numbers(en), info = lang)
    # the data keep the codes, and the columns are those documented
    expect_identical(e$level, c("ward", "ward"))
    expect_identical(e$group, c("north", "south"))
    expect_identical(names(e), c("item", "level", "group", "domain", "estimate", "se", "lower",
                                 "upper", "interval", "n", "N", "N_domain", "classes", "conf"))
    expect_identical(format(e)$level, c("ward", "ward"))
    expect_null(attr(as.data.frame(e), "codebook"))
    # a yes/no item by its label too
    y <- capture.output(print(estimate_prop(x$design, "peer", level = "yes")))
    expect_match(y[3L], l[["yes"]], fixed = TRUE, info = lang)
  }
  # English words when asked, as without a codebook
  expect_identical(en[1L], "<peer_estimate> 2 estimates (per cent), 95% intervals")
  expect_identical(en[5L], "Left out: 1 respondent, domain unknown (row 5: \"S05\")")
})

test_that("a `level` that is no single answer is an error naming it", {
  set.seed(5)
  frame <- est_frame()
  s <- est_survey(frame, 70)
  for (bad in list(NA, NA_character_, c("employee", "consultant"), character(0),
                   data.frame(a = numeric(0)), list("employee"), factor(c("a", "b"))))
    expect_error(estimate_prop(s, "contract", frame, level = bad, adjust = "macro_area",
                               id = "mhd_id"),
                 "`level` must be NULL or one answer", class = "peersurvey_bad_argument")
  # a good level still gives the share of units with that answer, as base R counts it
  r <- estimate_prop(s, "contract", frame, level = "employee", adjust = "macro_area", id = "mhd_id")
  expect_equal(r$estimate, unname(est_reference(transform(s, e = contract == "employee"), frame,
                                                "e")["estimate"]), tolerance = 1e-8)
  # one answer taken from the data, a factor, is that answer
  rf <- estimate_prop(s, "contract", frame, level = s$contract[s$contract == "employee"][1L],
                      adjust = "macro_area", id = "mhd_id")
  expect_equal(rf$estimate, r$estimate)
})
