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

test_that("a missing group is the column \"(missing)\", as the tabulation prints it", {
  set.seed(32)
  answer <- sample(c("yes", "no", "unsure"), 60, replace = TRUE)
  area <- sample(c("North", "South", NA), 60, replace = TRUE)
  tc <- tabulate_choice(answer, by = area)
  r <- suppress_small_cells(tc)
  expect_identical(colnames(r), c("North", "South", "(missing)"))
  expect_false(anyNA(colnames(r)))
  # its counts are those of the answers whose group is missing
  expect_equal(unname(r[, "(missing)"]),
               as.vector(table(factor(answer[is.na(area)], levels = rownames(r)))))
  expect_true("(missing)" %in% format(tc)$group)
})

test_that("the error names what `tab` is", {
  expect_error(suppress_small_cells(data.frame(a = 1:2, b = 3:4)), "not a data frame",
               class = "peersurvey_bad_argument")
  expect_error(suppress_small_cells(array(1:8, c(2, 2, 2))), "array of 3 dimensions")
  expect_error(suppress_small_cells(matrix(letters[1:4], 2)), "character matrix")
  expect_error(suppress_small_cells(1:3), "integer vector")
})

# Every table the published one allows, by enumeration: shown cells as
# shown, the row and column totals, and each masked cell within what the
# format tells of it ("character" with "<t" labels: "<t" from 1 to t - 1,
# "x" 0 or at least t; "na", or "character" with "x" alone: any count); one
# row per table, the masked cells' values
sup_tables <- function(tab, r, threshold, format) {
  mask <- attr(r, "mask"); prim <- attr(r, "primary")
  if (format == "character" && !any(r[mask] == paste0("<", threshold))) format <- "na"
  cells <- which(mask); rs <- rowSums(tab); cs <- colSums(tab)
  ri <- row(tab)[cells]; ci <- col(tab)[cells]
  allowed <- lapply(seq_along(cells), function(i) {
    v <- 0:min(rs[ri[i]], cs[ci[i]])
    if (format == "character")
      v <- if (prim[cells[i]]) v[v >= 1 & v < threshold] else v[v == 0 | v >= threshold]
    v
  })
  out <- list()
  t0 <- tab; t0[cells] <- 0
  rec <- function(i, t) {
    if (i > length(cells)) {
      if (all(rowSums(t) == rs) && all(colSums(t) == cs)) out[[length(out) + 1L]] <<- t[cells]
      return(invisible())
    }
    for (v in allowed[[i]]) {
      t[cells[i]] <- v
      if (sum(t[ri[i], ]) > rs[ri[i]] || sum(t[, ci[i]]) > cs[ci[i]]) break
      rec(i + 1L, t)
    }
  }
  rec(1L, t0)
  do.call(rbind, out)
}

test_that("every small count can take another value the published table allows", {
  # the table of a group of one: its answer is its column's total, and the
  # "<3" labels would pin it and two other small counts down
  tab <- matrix(c(9, 9, 6, 6, 1,
                  10, 5, 4, 10, 0,
                  3, 1, 3, 1, 0), nrow = 3, byrow = TRUE,
                dimnames = list(answer = c("urban", "rural", "mixed"),
                                group = c("by", "be", "hh", "sn", "hb")))
  expect_warning(r <- suppress_small_cells(tab, 3, "character"),
                 "labels would give away.*row \"urban\", column \"hb\"",
                 class = "peersurvey_disclosure")
  cells <- which(attr(r, "mask"))
  prim <- attr(r, "primary")[cells]
  # by enumeration: labelled, three small counts take one value; masked
  # alike, none does
  labelled <- r
  labelled[attr(r, "primary")] <- "<3"
  sol <- sup_tables(tab, labelled, 3, "character")
  one <- apply(sol, 2, function(v) length(unique(v)) == 1L)
  names(one) <- paste(rownames(tab)[row(tab)[cells]], colnames(tab)[col(tab)[cells]], sep = ":")
  expect_setequal(names(one)[one & prim], c("mixed:be", "mixed:sn", "urban:hb"))
  sol <- sup_tables(tab, r, 3, "character")
  expect_true(all(apply(sol[, prim, drop = FALSE], 2, function(v) length(unique(v)) > 1L)))
  # without the group of one, and with "na", nothing is warned and nothing shown
  for (format in c("na", "character")) {
    t2 <- tab[, 1:4]
    t2[3, ] <- c(3, 1, 4, 1)
    r2 <- expect_silent(suppress_small_cells(t2, 3, format))
    sol <- sup_tables(t2, r2, 3, format)
    prim <- attr(r2, "primary")[which(attr(r2, "mask"))]
    expect_true(all(apply(sol[, prim, drop = FALSE], 2, function(v) length(unique(v)) > 1L)))
  }
  # random small tables: each small count takes two values or more, unless warned
  set.seed(7)
  for (k in 1:25) {
    tab <- matrix(rpois(12, sample(c(2, 4), 1)), 3, 4)
    format <- sample(c("na", "character"), 1)
    w <- NULL
    r <- withCallingHandlers(suppress_small_cells(tab, 3, format),
                             peersurvey_disclosure = function(c) {
                               if (!grepl("labels would give away", conditionMessage(c)))
                                 w <<- conditionMessage(c)
                               invokeRestart("muffleWarning")
                             })
    if (!any(attr(r, "primary"))) next
    sol <- sup_tables(tab, r, 3, format)
    expect_true(any(apply(sol, 1, function(v) all(v == tab[attr(r, "mask")]))))
    prim <- attr(r, "primary")[which(attr(r, "mask"))]
    fixed <- apply(sol[, prim, drop = FALSE], 2, function(v) length(unique(v)) == 1L)
    expect_identical(any(fixed), !is.null(w))
  }
})

test_that("small counts the labels would give away are masked without labels", {
  # column 1: three "<3" cells and a 3 make 9, so each is 2; masked alike,
  # the cells can move
  tab <- matrix(c(2, 6, 3, 3,
                  2, 0, 1, 1,
                  3, 3, 1, 1,
                  2, 1, 3, 1), 4, byrow = TRUE)
  expect_warning(r <- suppress_small_cells(tab, 3, "character"),
                 "labels would give away \\(row 1, column 1;.*shown as \"x\"",
                 class = "peersurvey_disclosure")
  mask <- attr(r, "mask")
  expect_true(all(r[mask] == "x"))
  expect_identical(as.numeric(r[!mask]), tab[!mask])
  expect_identical(attr(r, "primary"), tab > 0 & tab < 3)
  # by enumeration: with any count in the masked cells, every small count
  # takes two values or more
  sol <- sup_tables(tab, r, 3, "character")
  prim <- attr(r, "primary")[which(mask)]
  expect_true(all(apply(sol[, prim, drop = FALSE], 2, function(v) length(unique(v)) > 1L)))
  # with the labels, the first column's small counts would take one value
  labelled <- r
  labelled[attr(r, "primary")] <- "<3"
  sol <- sup_tables(tab, labelled, 3, "character")
  first <- which(mask) %in% which(attr(r, "primary") & col(tab) == 1)
  expect_true(all(apply(sol[, first, drop = FALSE], 2, function(v) length(unique(v)) == 1L)))
  # a table the labels do not give away keeps them
  tab2 <- matrix(c(12, 1, 7, 9, 5, 6, 14, 3, 8, 10, 4, 11), 3, byrow = TRUE)
  r2 <- expect_silent(suppress_small_cells(tab2, 3, "character"))
  expect_true(all(r2[attr(r2, "primary")] == "<3"))
})

test_that("the audit in C masks what the plain-R reference masks", {
  set.seed(20261206)
  audit <- peersurvey:::suppress_audit
  added <- exposed <- 0
  for (k in 1:60) {
    nr <- sample(2:14, 1); nc <- sample(2:14, 1)
    # sparse and dense tables, with ties among the counts (equal costs)
    tab <- matrix(rpois(nr * nc, sample(c(1, 2, 4, 8), 1)), nr, nc)
    threshold <- sample(2:5, 1)
    primary <- tab > 0 & tab < threshold
    # a start mask: the primaries and some random cells, as the complements leave it
    mask <- primary | matrix(runif(nr * nc) < 0.1, nr, nc)
    for (format in c("na", "character")) {
      got <- audit(tab, primary, mask, threshold, format)
      want <- ref_suppress_audit(tab, primary, mask, threshold, format)
      expect_identical(unname(unclass(got)[seq_along(got)]), as.vector(want))
      expect_identical(as.integer(attr(got, "exposed")), as.integer(attr(want, "exposed")))
      added <- added + sum(want & !mask)
      exposed <- exposed + length(attr(want, "exposed"))
    }
  }
  # (cycles through unmasked cells were needed, and some counts were exposed)
  expect_gt(added, 50)
  expect_gt(exposed, 0)
  # and through suppress_small_cells() on a table of 30 x 30
  tab <- matrix(rpois(900, 6), 30)
  r <- suppress_small_cells(tab)
  primary <- attr(r, "primary")
  # (the reference audit of the same complements gives the same mask)
  comp <- peersurvey:::suppress_complement(tab, primary)
  attr(comp, "lonely") <- NULL
  want <- ref_suppress_audit(tab, primary, comp, 3, "na")
  expect_identical(as.vector(attr(r, "mask")), as.vector(want))
})

test_that("the audit's C routine checks what it is given", {
  C <- function(...) .Call(peersurvey:::C_suppress_audit, ...)
  m <- matrix(c(1, 2, 0, 5), 2); l <- matrix(TRUE, 2, 2)
  expect_error(C(1:4, l, l, l, l), "counts")
  expect_error(C(c(1, 2, 3, 4), l, l, l, l), "matrix")
  expect_error(C(m, l[1, ], l, l, l), "primary")
  expect_error(C(m, l, matrix(NA, 2, 2), l, l), "mask.*NA")
  expect_error(C(matrix(c(1, -1, 0, 5), 2), l, l, l, l), "non-negative: element 2")
  expect_error(C(matrix(c(1, NaN, 0, 5), 2), l, l, l, l), "element 2")
  expect_identical(C(m, !l, !l, l, l)[[2L]], integer(0))
})

test_that("the complementary cells in C are those of the plain-R reference", {
  set.seed(20261207)
  lonely <- 0L
  added <- 0L
  bridges <- 0L
  for (it in 1:250) {
    # (small tables, and larger ones where a small count can be left a
    # bridge once its row and column hold two masked cells)
    if (it <= 100) {
      nr <- sample(1:14, 1); nc <- sample(1:14, 1)
      lambda <- sample(c(0.5, 1.5, 3, 6), 1)
    } else {
      nr <- sample(4:30, 1); nc <- sample(4:30, 1)
      lambda <- sample(c(4, 6, 9), 1)
    }
    tab <- matrix(as.double(rpois(nr * nc, lambda)), nr, nc)
    # (ties among the counts, zeros and whole rows of small counts)
    if (it %% 5 == 0) tab[sample(nr * nc, max(1, nr * nc %/% 4))] <- 1
    primary <- tab > 0 & tab < 3
    got <- peersurvey:::suppress_complement(tab, primary)
    want <- ref_suppress_complement(tab, primary)
    expect_identical(as.vector(got), as.vector(want))
    expect_identical(attr(got, "lonely"), attr(want, "lonely"))
    lonely <- lonely + attr(want, "lonely")
    added <- added + sum(want & !primary)
    bridges <- bridges + attr(want, "bridges")
  }
  # (every step was taken: lone lines, complements, bridges)
  expect_gt(lonely, 0)
  expect_gt(added, 200)
  expect_gt(bridges, 0)
  # a table of 60 x 40 with many small counts
  tab <- matrix(as.double(rpois(2400, 2.5)), 60)
  primary <- tab > 0 & tab < 3
  expect_identical(as.vector(peersurvey:::suppress_complement(tab, primary)),
                   as.vector(ref_suppress_complement(tab, primary)))
})

test_that("the complementary cells of long chains of small counts are the reference's", {
  # blocks of 2 x 2 small counts along the diagonal, each joined to the next
  # by one small count: every row and column holds two masked cells, and
  # every joining count is a bridge, on one long path searched deep; then
  # the same with some blocks joined by a second count (cycles closed)
  for (k in c(8L, 20L)) {
    tab <- matrix(9, 2L * k, 2L * k)
    for (b in seq_len(k)) tab[2L * b - 1:0, 2L * b - 1:0] <- c(1, 2, 2, 1)
    tab[cbind(2L * seq_len(k - 1L), 2L * seq_len(k - 1L) + 1L)] <- 1
    for (closed in c(FALSE, TRUE)) {
      if (closed) tab[cbind(2L * seq(1L, k - 1L, by = 3L) - 1L, 2L * seq(1L, k - 1L, by = 3L) + 2L)] <- 2
      primary <- tab > 0 & tab < 3
      got <- peersurvey:::suppress_complement(tab, primary)
      want <- ref_suppress_complement(tab, primary)
      expect_identical(as.vector(got), as.vector(want))
      expect_gt(attr(want, "bridges"), k %/% 3L)
      # and the audit of those complements, in both formats
      attr(got, "lonely") <- NULL
      for (format in c("na", "character")) {
        a <- peersurvey:::suppress_audit(tab, primary, got, 3, format)
        b <- ref_suppress_audit(tab, primary, got, 3, format)
        expect_identical(as.vector(unclass(a)), as.vector(b))
        expect_identical(as.integer(attr(a, "exposed")), as.integer(attr(b, "exposed")))
      }
    }
  }
})

test_that("the complement's C routine checks what it is given", {
  C <- function(...) .Call(peersurvey:::C_suppress_complement, ...)
  m <- matrix(c(1, 2, 0, 5), 2); l <- matrix(TRUE, 2, 2)
  expect_error(C(1:4, l), "counts")
  expect_error(C(c(1, 2, 3, 4), l), "matrix")
  expect_error(C(m, l[1, ]), "primary")
  expect_error(C(m, matrix(NA, 2, 2)), "primary.*NA")
  expect_error(C(matrix(c(1, -1, 0, 5), 2), l), "non-negative: element 2")
  # one row: the row gets the smaller other count (4, not 5), and the
  # columns then have no other cell to mask
  tab <- matrix(c(1, 4, 5), 1); primary <- matrix(c(TRUE, FALSE, FALSE), 1)
  r <- C(tab, primary)
  expect_identical(as.vector(r[[1L]]), c(TRUE, TRUE, FALSE))
  expect_true(r[[2L]])
  want <- ref_suppress_complement(tab, primary)
  expect_identical(as.vector(r[[1L]]), as.vector(want))
  expect_identical(r[[2L]], attr(want, "lonely"))
  # a bridge: two small counts in a 3 x 3 table that close no cycle after
  # the rows and columns (the reference says which cell joins the sides)
  tab <- matrix(c(1, 9, 7, 8, 2, 6, 5, 4, 9), 3)
  primary <- tab < 3
  expect_identical(as.vector(C(tab, primary)[[1L]]),
                   as.vector(ref_suppress_complement(tab, primary)))
})
