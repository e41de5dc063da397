# Time of suppress_small_cells() on tables of 50 x 50 to 200 x 200 counts
# (Poisson, mean 8, threshold 3), and of its two searches alone in C against
# the plain-R references of the tests (tests/testthat/helper-suppress.R: the
# complementary cells with colSums() and which.min(), and the same Dijkstra
# search of the audit, one node at a time in R), interleaved in one process.
# The masks are checked identical first.  Tables of 500 x 500 and
# 1000 x 1000 are timed in C alone (the references would take minutes),
# with both formats of the whole call.  sdcTable, the established package
# for cell suppression, solves another problem (optimal suppression by
# linear programming) and is not timed.
# Run from the top of a clone after installing the package:
#   Rscript bench/suppress.R       (ROUNDS=, default 5)
suppressPackageStartupMessages(library(peersurvey))
source(file.path("bench", "common.R"))
source(file.path("tests", "testthat", "helper-suppress.R"))
rounds <- as.integer(Sys.getenv("ROUNDS", "5"))
cat("load average at the start:", loadavg(), "\n")
for (k in c(50L, 100L, 200L)) {
  set.seed(k)
  tab <- matrix(as.double(rpois(k * k, 8)), k)
  primary <- tab > 0 & tab < 3
  comp <- peersurvey:::suppress_complement(tab, primary)
  comp_ref <- ref_suppress_complement(tab, primary)
  stopifnot(identical(as.vector(comp), as.vector(comp_ref)))
  attr(comp, "lonely") <- NULL
  got <- peersurvey:::suppress_audit(tab, primary, comp, 3, "na")
  want <- ref_suppress_audit(tab, primary, comp, 3, "na")
  stopifnot(identical(as.vector(got), as.vector(want)),
            identical(as.integer(attr(got, "exposed")), as.integer(attr(want, "exposed"))))
  cat(sprintf("\n%d x %d: %d small counts, %d masked cells\n", k, k, sum(primary),
              sum(attr(suppress_small_cells(tab), "mask"))))
  print(interleave(list(
    "complement, C" = quote(peersurvey:::suppress_complement(tab, primary)),
    "complement, plain-R reference" = quote(ref_suppress_complement(tab, primary)),
    "audit, C" = quote(peersurvey:::suppress_audit(tab, primary, comp, 3, "na")),
    "audit, plain-R reference" = quote(ref_suppress_audit(tab, primary, comp, 3, "na")),
    "suppress_small_cells(tab)" = quote(suppress_small_cells(tab)),
    "suppress_small_cells(tab, format = \"character\")" =
      quote(suppress_small_cells(tab, format = "character"))
  ), rounds = if (k == 200L) max(3L, rounds %/% 2L) else rounds))
}
for (k in c(500L, 1000L)) {
  set.seed(k)
  tab <- matrix(as.double(rpois(k * k, 8)), k)
  primary <- tab > 0 & tab < 3
  comp <- peersurvey:::suppress_complement(tab, primary)
  attr(comp, "lonely") <- NULL
  cat(sprintf("\n%d x %d: %d small counts, %d masked cells\n", k, k, sum(primary),
              sum(attr(suppress_small_cells(tab), "mask"))))
  print(interleave(list(
    "complement, C" = quote(peersurvey:::suppress_complement(tab, primary)),
    "audit, C" = quote(peersurvey:::suppress_audit(tab, primary, comp, 3, "na")),
    "suppress_small_cells(tab)" = quote(suppress_small_cells(tab)),
    "suppress_small_cells(tab, format = \"character\")" =
      quote(suppress_small_cells(tab, format = "character"))
  ), rounds = 3L))
}
cat("\nload average at the end:", loadavg(), "\n")
