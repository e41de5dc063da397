# Every row and column holding a masked cell holds at least two
sup_rule_holds <- function(mask) {
  r <- rowSums(mask); c <- colSums(mask)
  all(r != 1) && all(c != 1)
}

# Which masked cells the published margins determine, by linear algebra:
# a cell is determined when its unit vector lies in the row space of the
# margin constraints restricted to the masked cells
sup_determined <- function(mask) {
  idx <- which(mask)
  ri <- row(mask)[idx]; ci <- col(mask)[idx]
  A <- rbind(t(outer(ri, seq_len(nrow(mask)), `==`)) * 1,
             t(outer(ci, seq_len(ncol(mask)), `==`)) * 1)
  rk <- qr(A)$rank
  vapply(seq_along(idx), function(k) {
    e <- numeric(length(idx)); e[k] <- 1
    qr(rbind(A, e))$rank == rk
  }, logical(1))
}

test_that("a lone small count gets complements so the margins do not reveal it", {
  tab <- matrix(c(12, 1, 7, 9,
                  5, 6, 14, 3,
                  8, 10, 4, 11), nrow = 3, byrow = TRUE)
  r <- suppress_small_cells(tab)
  mask <- attr(r, "mask")
  expect_equal(attr(r, "primary"), tab > 0 & tab < 3)
  expect_true(mask[1, 2])
  # masking the 1 alone would leak: it is the row total minus the rest
  alone <- tab > 0 & tab < 3
  expect_equal(sum(tab[1, ]) - sum(tab[1, !alone[1, ]]), 1)
  expect_true(sup_rule_holds(mask))
  expect_false(any(sup_determined(mask)[which(mask) %in% which(alone)]))
  # masking only the small count would reveal it
  expect_true(sup_determined(alone))
  # unmasked cells are unchanged, masked cells are NA
  expect_equal(r[!mask], tab[!mask])
  expect_true(all(is.na(r[mask])))
  expect_equal(attr(r, "margins")$rows, rowSums(tab))
  expect_equal(attr(r, "margins")$total, sum(tab))
  # the complements are the smallest non-zero cells of the row and column
  expect_true(mask[1, 3])                        # 7 is the smallest other in row 1
  expect_true(mask[2, 2])                        # 6 is the smallest other in column 2
  # a single small count needs one rectangle of four cells
  expect_equal(sum(mask), 4)
})

test_that("two small counts in one row are not protected by each other alone", {
  # the two 1s in row 1 are masked; column 1 and 2 each need a complement
  tab <- matrix(c(1, 1, 20,
                  9, 8, 30,
                  7, 12, 25), nrow = 3, byrow = TRUE)
  r <- suppress_small_cells(tab)
  mask <- attr(r, "mask")
  expect_true(sup_rule_holds(mask))
  expect_false(any(sup_determined(mask)[which(mask) %in% which(attr(r, "primary"))]))
  expect_true(all(sup_determined(attr(r, "primary"))))
  expect_equal(r[!mask], tab[!mask])
})

test_that("a primary cell that is a bridge gets a cycle", {
  # two blocks of masked cells joined only through the primary cell
  tab <- matrix(c(2, 2, 9, 9,
                  2, 2, 9, 1,
                  9, 9, 2, 2,
                  9, 9, 2, 2), nrow = 4, byrow = TRUE)
  r <- suppress_small_cells(tab)
  mask <- attr(r, "mask")
  expect_true(sup_rule_holds(mask))
  # (2, 4) lies on a cycle: it is not determined by the margins
  expect_false(any(sup_determined(mask)[which(mask) %in% which(attr(r, "primary"))]))
  # the rule "two per row and column" alone holds for the small counts but
  # leaves the bridge (2, 4) determined by the margins
  prim <- attr(r, "primary")
  expect_true(sup_rule_holds(prim))
  expect_true(sup_determined(prim)[which(prim) == 14L])
  expect_true(sum(mask) > sum(prim))
})

test_that("random tables: the rule holds, zeros stay, unmasked cells unchanged", {
  set.seed(31)
  for (k in 1:60) {
    nr <- sample(2:8, 1); nc <- sample(2:6, 1)
    tab <- matrix(rpois(nr * nc, sample(c(1, 3, 8), 1)), nr, nc)
    th <- sample(2:5, 1)
    r <- suppressWarnings(suppress_small_cells(tab, th))
    mask <- attr(r, "mask")
    prim <- tab > 0 & tab < th
    expect_equal(attr(r, "primary"), prim)
    expect_true(all(mask[prim]))
    expect_equal(r[!mask], tab[!mask])
    expect_true(all(rowSums(mask)[rowSums(prim) > 0] >= 2 | nc < 2))
    expect_true(all(colSums(mask)[colSums(prim) > 0] >= 2 | nr < 2))
    if (any(prim) && all(rowSums(tab > 0) > 1) && all(colSums(tab > 0) > 1))
      expect_false(any(sup_determined(mask)[which(mask) %in% which(prim)]))
  }
})

test_that("formats, tables and bad input", {
  tab <- as.table(matrix(c(12, 1, 7, 9, 5, 6, 0, 3, 8), 3,
                         dimnames = list(a = c("x", "y", "z"), b = c("p", "q", "r"))))
  r <- suppress_small_cells(tab, format = "character")
  expect_type(r, "character")
  expect_equal(dimnames(r), dimnames(tab))
  expect_equal(r[attr(r, "primary")], rep("<3", sum(attr(r, "primary"))))
  comp <- attr(r, "mask") & !attr(r, "primary")
  expect_true(all(r[comp] == "x"))
  expect_equal(r["x", "r"], "0")                  # zeros are not masked
  expect_equal(as.numeric(r[!attr(r, "mask")]), as.numeric(tab[!attr(r, "mask")]))
  nothing <- suppress_small_cells(matrix(c(5, 6, 7, 8), 2))
  expect_false(any(attr(nothing, "mask")))
  expect_warning(suppress_small_cells(matrix(c(1, 5, 6), 3)), "single cell",
                 class = "peersurvey_disclosure")
  expect_error(suppress_small_cells(1:3), "two-way")
  expect_error(suppress_small_cells(matrix(c(1, -1, 2, 3), 2)), "row 2, column 1")
  expect_error(suppress_small_cells(matrix(c(1, 1.5, 2, 3), 2)), "whole")
  expect_error(suppress_small_cells(matrix(1:4, 2), threshold = 0), "`threshold`")
})

test_that("a grouped tabulate_choice() result is suppressed as answers by groups", {
  set.seed(31)
  answer <- sample(c("yes", "no", "unsure"), 60, replace = TRUE, prob = c(5, 4, 1))
  answer[c(3, 9)] <- NA
  area <- sample(c("North", "Centre", "South"), 60, replace = TRUE)
  tc <- tabulate_choice(answer, by = area)
  r <- suppress_small_cells(tc, threshold = 5)
  ref <- table(answer = factor(answer, levels = levels(tc$level)),
               group = factor(area, levels = levels(tc$group)))
  expect_equal(unname(attr(r, "margins")$rows), as.vector(rowSums(ref)))
  expect_equal(attr(r, "primary"), unclass(ref > 0 & ref < 5), ignore_attr = TRUE)
  expect_equal(suppress_small_cells(unclass(ref), threshold = 5), r, ignore_attr = TRUE)
  expect_equal(dimnames(r), list(answer = rownames(ref), group = colnames(ref)))
  expect_true(sup_rule_holds(attr(r, "mask")))
})

test_that("the error names what `tab` is", {
  expect_error(suppress_small_cells(data.frame(a = 1:2, b = 3:4)), "not a data frame",
               class = "peersurvey_bad_argument")
  expect_error(suppress_small_cells(array(1:8, c(2, 2, 2))), "array of 3 dimensions")
  expect_error(suppress_small_cells(matrix(letters[1:4], 2)), "character matrix")
  expect_error(suppress_small_cells(1:3), "integer vector")
})
