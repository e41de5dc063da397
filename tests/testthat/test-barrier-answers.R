# The shipped dictionary against the hand codes of the development set
# `barrier_answers`, with every figure computed here in plain base R.

test_that("the development set is what its documentation says", {
  b <- barrier_answers
  cats <- barrier_dictionary()$categories
  expect_identical(names(b), c("id", "language", "text", "feature", cats, "negated"))
  expect_gte(nrow(b), 300)
  expect_identical(b$id, seq_len(nrow(b)))
  expect_false(anyDuplicated(b$text) > 0)
  expect_true(all(b$language %in% c("it", "en")))
  expect_gt(mean(b$language == "it"), 0.65)
  expect_lt(mean(b$language == "it"), 0.85)
  for (k in cats) {
    expect_true(is.logical(b[[k]]) && !anyNA(b[[k]]), info = k)
    expect_gte(sum(b[[k]]), 20)
  }
  expect_true(all(c("bare", "list", "listcue", "postcue", "sentence", "bureaucratic", "negation",
                    "contrast", "typo", "none") %in% b$feature))
  # answers with no barrier have no code; a cancelled category is not also coded
  expect_true(all(rowSums(b[b$feature == "none", cats]) == 0))
  neg <- strsplit(b$negated, " ", fixed = TRUE)
  expect_true(all(unlist(neg) %in% cats))
  for (i in which(lengths(neg) > 0)) expect_false(any(unlist(b[i, neg[[i]]])), info = b$text[i])
})

test_that("the shipped dictionary reaches the precision, recall and agreement of its documentation", {
  b <- barrier_answers
  d <- barrier_dictionary()
  cats <- d$categories
  got <- code_text(b$text, d)
  hand <- b[cats]
  # per category, counted answer by answer
  tp <- fp <- fn <- integer(length(cats))
  for (j in seq_along(cats)) for (i in seq_len(nrow(b))) {
    m <- got[i, j]; h <- hand[i, j]
    if (m && h) tp[j] <- tp[j] + 1L
    if (m && !h) fp[j] <- fp[j] + 1L
    if (!m && h) fn[j] <- fn[j] + 1L
  }
  precision <- tp / (tp + fp)
  recall <- tp / (tp + fn)
  f1 <- 2 * precision * recall / (precision + recall)
  for (j in seq_along(cats)) expect_gte(precision[j], 0.90, label = paste("precision", cats[j]))
  expect_gte(mean(f1), 0.90, label = "macro F1")
  # negated or contrasted barriers stay uncoded: at least 9 in 10
  neg <- strsplit(b$negated, " ", fixed = TRUE)
  left <- unlist(lapply(seq_along(neg), function(i)
    vapply(neg[[i]], function(k) !got[i, k], NA)))
  expect_gte(length(left), 30)
  expect_gte(sum(left) / length(left), 0.9)
  # agreement: coder_agreement() against Cohen's kappa from its definition
  ag <- coder_agreement(got, hand)
  for (k in cats) {
    x <- got[[k]]; y <- hand[[k]]
    po <- mean(x == y)
    pe <- mean(x) * mean(y) + mean(!x) * mean(!y)
    expect_equal(ag$kappa[ag$category == k], (po - pe) / (1 - pe), tolerance = 1e-12,
                 info = k)
    expect_equal(ag$agreement[ag$category == k], po, tolerance = 1e-12, info = k)
    expect_gte(ag$kappa[ag$category == k], 0.85)
  }
  if (requireNamespace("irr", quietly = TRUE))
    for (k in cats)
      expect_equal(ag$kappa[ag$category == k],
                   irr::kappa2(cbind(got[[k]], hand[[k]]))$value, tolerance = 1e-10, info = k)
})

test_that("each feature of the development set is coded well, Italian and English alike", {
  b <- barrier_answers
  d <- barrier_dictionary()
  cats <- d$categories
  got <- as.matrix(code_text(b$text, d))
  exact <- rowSums(got != as.matrix(b[cats])) == 0
  # answers coded exactly right, by language and by feature
  by_lang <- tapply(exact, b$language, mean)
  expect_gte(min(by_lang), 0.85)
  by_feature <- tapply(exact, b$feature, mean)
  expect_gte(min(by_feature), 0.75)
  # no barrier is found in answers that name none
  expect_identical(sum(got[b$feature == "none", ]), 0L)
})

test_that("unpaid work, however it is written, is funding", {
  # the rules (data-raw/barrier_answers-rules.md): "peers unpaid or paid
  # only as volunteers" are funding
  x <- c("I peer lavorano a titolo gratuito", "Prestano servizio gratis",
         "Peers are not remunerated", "They work pro bono", "Unremunerated peer workers")
  cd <- code_text(x, barrier_dictionary())
  expect_true(all(cd$funding), label = paste(x[!cd$funding], collapse = "; "))
  # a free course is no barrier
  expect_false(code_text("La formazione è gratuita per tutti", barrier_dictionary())$funding)
})
