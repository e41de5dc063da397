# A plain-R reference for the audit of suppress_small_cells() (the C
# routine C_suppress_audit): for each small count in column order, Dijkstra's
# algorithm over rows and columns written with R vectors, one node at a time.

ref_suppress_cycle <- function(counts, primary, mask, threshold, format, e) {
  nr <- nrow(counts); nc <- ncol(counts)
  v <- counts
  # (the steps each cell can take, as the package bounds them)
  steps <- peersurvey:::suppress_steps(counts, primary, threshold, format)
  up <- steps$up
  down <- steps$down
  cost <- ifelse(mask, 0, v + 1)
  r0 <- (e - 1L) %% nr + 1L
  c0 <- (e - 1L) %/% nr + 1L
  # nodes 1..nr are rows, nr + 1..nr + nc columns; Dijkstra from `from`
  path <- function(from, to) {
    n <- nr + nc
    dist <- rep(Inf, n); via <- rep(NA_integer_, n); done <- rep(FALSE, n)
    dist[from] <- 0
    repeat {
      open <- which(!done & is.finite(dist))
      if (!length(open)) return(NULL)
      u <- open[which.min(dist[open])]
      if (u == to) break
      done[u] <- TRUE
      if (u <= nr) {                  # a row: cells that can go up
        cells <- (seq_len(nc) - 1L) * nr + u
        ok <- up[cells] & cells != e
        nxt <- nr + seq_len(nc)
      } else {                        # a column: cells that can go down
        cells <- (u - nr - 1L) * nr + seq_len(nr)
        ok <- down[cells] & cells != e
        nxt <- seq_len(nr)
      }
      d2 <- dist[u] + cost[cells]
      better <- ok & d2 < dist[nxt]
      dist[nxt[better]] <- d2[better]
      via[nxt[better]] <- cells[better]
    }
    total <- dist[to]
    cells <- integer(0)
    while (to != from) {
      k <- via[to]
      cells <- c(cells, k)
      to <- if (to <= nr) nr + (k - 1L) %/% nr + 1L else (k - 1L) %% nr + 1L
    }
    list(cost = total, cells = cells[!mask[cells]])
  }
  # e up: a path from its column back to its row; e down: from its row to its column
  a <- if (up[e]) path(nr + c0, r0)
  b <- if (down[e]) path(r0, nr + c0)
  if (is.null(a) && is.null(b)) return(NULL)
  if (is.null(a) || (!is.null(b) && b$cost < a$cost)) b$cells else a$cells
}
ref_suppress_audit <- function(counts, primary, mask, threshold, format) {
  exposed <- integer(0)
  for (e in which(primary)) {
    add <- ref_suppress_cycle(counts, primary, mask, threshold, format, e)
    if (is.null(add)) exposed <- c(exposed, e) else mask[add] <- TRUE
  }
  attr(mask, "exposed") <- exposed
  mask
}

# A plain-R reference for the complementary cells of suppress_small_cells()
# (the C routine C_suppress_complement): the rows and columns with one
# masked cell, then the bridges, with R's colSums() and which.min().
ref_suppress_complement <- function(counts, primary) {
  mask <- primary
  nr <- nrow(counts)
  nc <- ncol(counts)
  lonely <- FALSE
  bridges <- 0L   # (cells the bridge step added, for the tests)
  # pick the smallest unmasked non-zero cell among candidates (linear
  # indices), a zero one only when nothing else is left; cells whose other
  # line also needs a complement come first, so that complements close
  # rectangles instead of spreading over the table
  pick <- function(cand, other_needs = rep(FALSE, length(cand))) {
    force(other_needs)
    keep <- !mask[cand]
    cand <- cand[keep]
    other_needs <- other_needs[keep]
    if (!length(cand)) return(NA_integer_)
    nz <- counts[cand] > 0
    if (any(nz)) { cand <- cand[nz]; other_needs <- other_needs[nz] }
    if (any(other_needs)) cand <- cand[other_needs]
    cand[which.min(counts[cand])]
  }
  repeat {
    changed <- FALSE
    for (i in seq_len(nr)) {
      if (sum(mask[i, ]) == 1L) {
        k <- pick((seq_len(nc) - 1L) * nr + i, colSums(mask) == 1L)
        if (is.na(k)) lonely <- TRUE else { mask[k] <- TRUE; changed <- TRUE }
      }
    }
    for (j in seq_len(nc)) {
      if (sum(mask[, j]) == 1L) {
        k <- pick((j - 1L) * nr + seq_len(nr), rowSums(mask) == 1L)
        if (is.na(k)) lonely <- TRUE else { mask[k] <- TRUE; changed <- TRUE }
      }
    }
    if (changed) next
    # primary cells that are bridges of the row-column graph of masked cells
    for (e in which(primary)) {
      side <- ref_suppress_sides(mask, e)
      if (is.null(side)) next
      # cells joining a row on one side to a column on the other
      cand <- c(outer(side$rows_a, (side$cols_b - 1L) * nr, `+`),
                outer(side$rows_b, (side$cols_a - 1L) * nr, `+`))
      k <- pick(as.integer(cand))
      if (!is.na(k)) { mask[k] <- TRUE; changed <- TRUE; bridges <- bridges + 1L; break }
    }
    if (!changed) break
  }
  attr(mask, "lonely") <- lonely
  attr(mask, "bridges") <- bridges
  mask
}


# For the masked cell e (linear index): NULL when it lies on a cycle of
# masked cells, otherwise the rows and columns reachable from its row (side
# a) and from its column (side b) without it
ref_suppress_sides <- function(mask, e) {
  nr <- nrow(mask)
  m <- mask
  m[e] <- FALSE
  r0 <- (e - 1L) %% nr + 1L
  c0 <- (e - 1L) %/% nr + 1L
  # (rows and columns in the order they are reached, as union() would keep
  # them; membership kept as logical vectors)
  reach <- function(rows, cols) {
    in_r <- logical(nrow(m)); in_r[rows] <- TRUE
    in_c <- logical(ncol(m)); in_c[cols] <- TRUE
    repeat {
      new_c <- which(!in_c & colSums(m[rows, , drop = FALSE]) > 0)
      cols <- c(cols, new_c); in_c[new_c] <- TRUE
      new_r <- which(!in_r & rowSums(m[, cols, drop = FALSE]) > 0)
      rows <- c(rows, new_r); in_r[new_r] <- TRUE
      if (!length(new_r) && !length(new_c)) return(list(rows = rows, cols = cols))
    }
  }
  a <- reach(r0, integer(0))
  if (c0 %in% a$cols) return(NULL)
  b <- reach(integer(0), c0)
  list(rows_a = a$rows, cols_a = a$cols, rows_b = b$rows, cols_b = b$cols)
}
