# Independent references for the interval tests

# Exact hypergeometric interval by scanning every population count M
ci_brute_hyper <- function(x, n, N, conf = 0.95) {
  a <- (1 - conf) / 2
  M <- 0:N
  M <- M[M >= x & N - M >= n - x]
  up <- if (x == 0) rep(1, length(M)) else
    stats::phyper(x - 1, M, N - M, n, lower.tail = FALSE)
  lo <- stats::phyper(x, M, N - M, n)
  ok <- M[up > a & lo > a]
  as.numeric(c(min(ok), max(ok)))
}

# Random counts x <= n <= N with plenty of zeros and full counts
ci_random_counts <- function(k, Nmax = 300) {
  N <- sample(1:Nmax, k, replace = TRUE)
  n <- vapply(N, function(v) sample.int(v + 1L, 1L) - 1L, integer(1))
  x <- vapply(n, function(v) {
    switch(sample(4, 1), 0L, v, min(v, 1L), sample.int(v + 1L, 1L) - 1L)
  }, integer(1))
  list(x = x, n = n, N = N)
}
