# Plain base-R reference computations for the tabulation tests.  They use
# table(), tapply(), crossprod() and rowSums() only, never the package code.

ref_levels <- function(x) {
  if (is.factor(x)) levels(x)
  else if (is.logical(x)) c("FALSE", "TRUE")
  else as.character(sort(unique(x[!is.na(x)])))
}

# Factor with an explicit NA level (when there are NAs), levels as given.
ref_factor <- function(x, lev) addNA(factor(as.character(x), levels = lev), ifany = TRUE)

# Count table levels(+NA) x groups(+NA) by table() or, weighted, tapply().
ref_counts <- function(x, lev, by, w) {
  xf <- addNA(factor(as.character(x), levels = lev), ifany = FALSE)
  if (is.null(by)) gf <- factor(rep("all", length(x)), levels = "all")
  else gf <- ref_factor(by, ref_levels(by))
  if (is.null(w)) {
    tb <- table(xf, gf, useNA = "no")
    m <- matrix(as.vector(tb), nrow(tb))
  } else {
    m <- tapply(w, list(xf, gf), sum, default = 0)
    m <- matrix(as.vector(m), nrow(m))
  }
  m[is.na(m)] <- 0
  m
}

ref_group_column <- function(by, times) {
  lev <- ref_levels(by)
  labs <- levels(ref_factor(by, lev))
  factor(rep(labs, each = times), levels = lev)
}

ref_choice <- function(x, by = NULL, w = NULL, na = "keep") {
  lev <- ref_levels(x)
  k <- length(lev)
  m <- ref_counts(x, lev, by, w)  # (k + 1) x G, last row NA
  G <- ncol(m)
  valid <- colSums(m[seq_len(k), , drop = FALSE])
  total <- colSums(m)
  rows <- if (na == "keep" && sum(m[k + 1L, ]) > 0) seq_len(k + 1L) else seq_len(k)
  nr <- length(rows)
  base <- if (na == "keep") total else valid
  n <- as.vector(m[rows, , drop = FALSE])
  lvl <- factor(c(lev, NA)[rows], levels = lev)
  prop <- n / rep(base, each = nr)
  vp <- n / rep(valid, each = nr)
  prop[!is.finite(prop)] <- NA
  vp[!is.finite(vp)] <- NA
  vp[is.na(rep(lvl, G))] <- NA
  df <- data.frame(level = rep(lvl, G), n = n, prop = prop, valid_prop = vp)
  if (!is.null(by)) df <- cbind(data.frame(group = ref_group_column(by, nr)), df)
  df
}

# Multiple response: m is a logical matrix (NA allowed).
ref_multi <- function(m, by = NULL, w = NULL) {
  n <- nrow(m)
  p <- ncol(m)
  if (is.null(w)) w <- rep(1, n)
  answered <- rowSums(!is.na(m)) > 0
  t <- m
  t[is.na(t)] <- FALSE
  storage.mode(t) <- "double"
  gf <- if (is.null(by)) factor(rep("all", n), levels = "all") else ref_factor(by, ref_levels(by))
  G <- nlevels(gf)
  cnt <- matrix(0, p, G)
  cooc <- array(0, c(p, p, G))
  cpc <- matrix(0, p + 1L, G)
  ans <- numeric(G)
  for (g in seq_len(G)) {
    i <- which(as.integer(gf) == g & answered)
    tg <- t[i, , drop = FALSE]
    cnt[, g] <- colSums(tg * w[i])
    cooc[, , g] <- crossprod(tg * w[i], tg)
    cpc[, g] <- tapply(w[i], factor(rowSums(tg), levels = 0:p), sum, default = 0)
    ans[g] <- sum(w[i])
  }
  pr <- cnt / rep(colSums(cnt), each = p)
  pc <- cnt / rep(ans, each = p)
  pr[!is.finite(pr)] <- NA
  pc[!is.finite(pc)] <- NA
  df <- data.frame(option = factor(rep(colnames(m), G), levels = colnames(m)),
                   n = as.vector(cnt), prop_cases = as.vector(pc),
                   prop_responses = as.vector(pr))
  if (!is.null(by)) df <- cbind(data.frame(group = ref_group_column(by, p)), df)
  list(df = df, cooc = cooc, cpc = cpc, answered = ans)
}

# Random ticks: n x p logical with some all-NA rows and some NA cells.
rand_ticks <- function(n, p, na_rows = 0.1, na_cells = 0.05) {
  m <- matrix(runif(n * p) < runif(1), n, p,
              dimnames = list(NULL, paste0("opt", seq_len(p))))
  m[runif(n * p) < na_cells] <- NA
  m[runif(n) < na_rows, ] <- NA
  m
}
