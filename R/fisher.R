# Fisher's exact test: exact in C (src/fisher.c), simulated for tables too
# large to enumerate.

# The most pasts kept at one stage of the network (24 bytes each, in two
# buffers); beyond it the p-value is simulated instead
fisher_max_paths <- 5e6

#' Fisher's exact test, exact where `fisher.test()` is not
#'
#' Tests the independence of rows and columns of a contingency table
#' conditionally on its margins. The p-value is computed exactly, for a
#' table with two rows or two columns (such as responded or not by region)
#' and for larger tables (such as three groups by four answers); it is
#' simulated only for tables too large to enumerate.
#'
#' @section Method:
#' Given the margins, a 2 x K table is fixed by its first row and has the
#' multivariate hypergeometric probability
#' \eqn{\prod_j \binom{c_j}{x_j} / \binom{n}{r}}{prod_j choose(c_j, x_j) / choose(n, r)}.
#' The two-sided p-value is the total probability of the tables no more
#' probable than the observed one (up to a relative tolerance of
#' \eqn{10^{-7}}, as in `fisher.test()`). It is computed with the network
#' algorithm of Mehta and Patel (1983) specialised to two rows: nodes are
#' (column, running total of the first row); a backward pass gives for every
#' node the total probability of its completions and the largest and
#' smallest completion probability; a forward pass carries the
#' probabilities of the paths so far, adds a node's whole remaining mass
#' when even its most probable completion is no more probable than the
#' observed table, drops it when its least probable completion is more
#' probable, and otherwise extends it by one column; paths whose past
#' probabilities agree to the tolerance are merged. All sums are in log
#' space, in C.
#'
#' A table with more than two rows and more than two columns (R x C, with
#' R the smaller side) goes through the same network: a column adds the log
#' of its multinomial coefficient
#' \eqn{c_j! / \prod_i x_{ij}!}{c_j! / prod_i x_ij!} to a path, and a node
#' is the room the rows have left, sorted (which row has which room does not
#' change the completions, as in Mehta and Patel's algorithm); a node's
#' completions total \eqn{m! / \prod_i m_i!}{m! / prod_i m_i!} for the room
#' \eqn{m_i}{m_i} summing to m, and their largest and smallest probability
#' are worked out when a node is first reached, by recursion over the later
#' columns, and kept.
#'
#' R's `fisher.test()` uses a general network algorithm (FEXACT) that
#' returns wrong p-values for some tables with many columns: 2 x K tables
#' from about K = 20, the size of a table of Italy's 21 regions, and a
#' 3 x 21 table of 61 units in the checks of this package (0.640 where a
#' full enumeration gives 0.723); this function does not share that code.
#'
#' Empty rows and columns are left out first (they do not change the test).
#' A table with fewer than two non-empty rows or columns has a single table
#' with its margins, and p-value 1. A table too large for the exact
#' computation (more than 5 million undecided partial tables at one column;
#' for two rows, a network of more than 5 million nodes or bounds costing
#' more than \eqn{10^9} steps; for more rows, more than
#' \eqn{2 \times 10^7}{2e7} column splits looked at by the bounds and the
#' forward pass (one to three seconds), more than 2 million nodes, rooms
#' that do not fit in 63 bits or more than 1000 columns: on 2 x 21 tables
#' this happens from a few hundred units; a 3 x 21 table of 135 units and a
#' 5 x 5 table of 61 units were too large in the checks of this package)
#' gets the Monte Carlo p-value of `fisher.test(simulate.p.value = TRUE, B
#' = B)`, on R's random number generator (call `set.seed()` first for a
#' reproducible value); `method` says so and gives `B`; except that a table
#' with two rows or two columns and at most 5 of the other (where
#' `fisher.test()` is right) gets the exact p-value of
#' `fisher.test(workspace = 2e7)` when it fits in that workspace.
#'
#' @param x A matrix or two-way table of non-negative whole counts.
#' @param B Number of Monte Carlo replicates when the p-value is simulated.
#' @return An object of class `htest`, like `fisher.test()`'s, with
#'   `p.value`, `alternative` (`"two.sided"`), `method`, `data.name` and
#'   `simulated` (`TRUE` when the p-value is a Monte Carlo estimate), and
#'   `B` (the replicates, `NA` when exact).
#' @references Mehta, C. R. and Patel, N. R. (1983). A network algorithm for
#'   performing Fisher's exact test in r x c contingency tables. *Journal of
#'   the American Statistical Association*, 78, 427-434.
#' @seealso [compare_groups()], which calls it for `test = "fisher"`.
#' @examples
#' # responded (first row) or not, by region: 21 columns
#' r <- c(9, 6, 7, 6, 5, 6, 4, 8, 8, 4, 5, 1, 7, 2, 7, 5, 6, 7, 4, 5, 6)
#' tab <- rbind(responded = r, not = 12 - r)
#' fisher_test(tab)
#' # a small table: the same p-value as fisher.test()
#' small <- matrix(c(3, 1, 1, 3, 2, 2), 2)
#' fisher_test(small)$p.value
#' fisher.test(small)$p.value
#' # three groups by three answers: exact as well
#' groups <- matrix(c(12, 5, 3, 8, 9, 4, 2, 7, 11), 3,
#'                  dimnames = list(group = c("North", "Centre", "South"),
#'                                  answer = c("yes", "partly", "no")))
#' fisher_test(groups)
#' @export
fisher_test <- function(x, B = 2000) {
  dname <- paste(deparse(substitute(x), width.cutoff = 500L), collapse = " ")
  tab <- fisher_check_table(x)
  check_number(B, "B", lower = 1, upper = 1e8, whole = TRUE)
  rows <- which(rowSums(tab) > 0)
  cols <- which(colSums(tab) > 0)
  tab <- tab[rows, cols, drop = FALSE]
  out <- list(p.value = 1, alternative = "two.sided", method = NULL,
              data.name = dname, simulated = FALSE, B = NA_real_)
  if (nrow(tab) < 2L || ncol(tab) < 2L) {
    out$method <- word("fisher_method_margins")
    return(structure(out, class = "htest"))
  }
  # (the exact and the simulated p-values count cells as R's integers)
  big <- which(tab > .Machine$integer.max)
  if (length(big)) {
    i <- arrayInd(big[1L], dim(tab))
    abort(sprintf("`x` cell [%d, %d] is %s: counts must be below 2^31", rows[i[1L]],
                  cols[i[2L]], format(tab[big[1L]], scientific = FALSE)),
          "peersurvey_bad_argument")
  }
  res <- if (nrow(tab) == 2L || ncol(tab) == 2L) {
    t2 <- if (nrow(tab) == 2L) tab else t(tab)
    .Call(C_fisher_test, as.double(t2[1L, ]), as.double(colSums(t2)), fisher_max_paths)
  } else {
    # R x C: the side with fewer rows makes the shorter rooms
    .Call(C_fisher_rxc, if (nrow(tab) > ncol(tab)) t(tab) else tab, fisher_max_paths)
  }
  if (res[2L] == 0) {
    out$p.value <- res[1L]
    out$method <- word_fill("fisher_method_network", r = nrow(tab), c = ncol(tab))
    return(structure(out, class = "htest"))
  }
  if (min(dim(tab)) == 2L && max(dim(tab)) <= 5L) {
    # two rows, few columns and many units: fisher.test() is right on such
    # tables (2 x 2 is a direct hypergeometric sum) and often within its
    # workspace (on larger tables it can take minutes)
    ft <- tryCatch(stats::fisher.test(tab, workspace = 2e7), error = function(e) NULL)
    if (!is.null(ft)) {
      out$p.value <- ft$p.value
      out$method <- word_fill("fisher_method_stats", r = nrow(tab), c = ncol(tab))
      return(structure(out, class = "htest"))
    }
  }
  # (R's random tables need the total to be an integer)
  if (sum(tab) > .Machine$integer.max)
    abort(sprintf(paste("`x` has %s units in all: too many for an exact p-value here, and",
                        "simulated tables need fewer than 2^31"), format(sum(tab), scientific = FALSE)),
          "peersurvey_bad_argument")
  sim <- stats::fisher.test(tab, simulate.p.value = TRUE, B = B)
  out$p.value <- sim$p.value
  out$simulated <- TRUE
  out$B <- B
  # in English, as R's own tests name their method; print() of response
  # rates says it in the codebook's language
  out$method <- word_fill("fisher_method_simulated", r = nrow(tab), c = ncol(tab),
                          B = format(B, scientific = FALSE))
  structure(out, class = "htest")
}

# A matrix of whole non-negative counts, as doubles
fisher_check_table <- function(x, arg = "x") {
  if (is.data.frame(x) || !(is.matrix(x) || (is.table(x) && length(dim(x)) == 2L)))
    abort(sprintf("`%s` must be a matrix or two-way table of counts, not %s", arg,
                  if (is.table(x)) sprintf("a %d-way table", length(dim(x)))
                  else class(x)[1L]), "peersurvey_bad_argument")
  if (!is.numeric(x))
    abort(sprintf("`%s` must hold counts, not %s values", arg, typeof(x)),
          "peersurvey_bad_argument")
  v <- as.vector(x)
  bad <- which(is.na(v) | !is.finite(v) | v < 0 | v != round(v))
  if (length(bad)) {
    i <- arrayInd(bad[1L], dim(x))
    abort(sprintf("`%s` must hold non-negative whole counts: cell [%d, %d] is %s", arg,
                  i[1L], i[2L], v[bad[1L]]), "peersurvey_bad_argument")
  }
  if (sum(v) > 1e15)
    abort(sprintf("`%s` has %s units in all: too many to count exactly", arg,
                  format(sum(v))), "peersurvey_bad_argument")
  m <- matrix(as.double(v), nrow(x), ncol(x), dimnames = dimnames(x))
  m
}
