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
