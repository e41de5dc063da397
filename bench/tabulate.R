# Speed and memory of tabulate_choice() and tabulate_multi() against the
# established R tools, side by side in one R process.
# Run from the top of a clone after installing the package:
#   Rscript bench/tabulate.R
suppressPackageStartupMessages({
  library(peersurvey)
  library(bench)
})
have_collapse <- requireNamespace("collapse", quietly = TRUE)

cat("R", as.character(getRversion()), "| cores:", parallel::detectCores(), "| CPU:",
    sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1L]), "\n")
cat("collapse", if (have_collapse) as.character(utils::packageVersion("collapse")) else "not installed",
    "| bench", as.character(utils::packageVersion("bench")), "\n\n")

ratio_table <- function(bm, ref) {
  med <- as.numeric(bm$median)
  data.frame(expression = vapply(bm$expression, deparse1, ""),
             median_ms = round(1000 * med, 1),
             mem_alloc_MB = round(as.numeric(bm$mem_alloc) / 2^20, 2),
             times_slower_than_peersurvey = round(med / med[ref], 1))
}

# ---- two-way single-choice: 10^7 answers, 5 levels + NA, 10 groups --------
set.seed(1)
n <- 1e7
x <- factor(sample(c(letters[1:5], NA), n, TRUE), levels = letters[1:5])
g <- factor(sample(sprintf("g%02d", 1:10), n, TRUE))

ours <- tabulate_choice(x, by = g)
base_tab <- table(x, g, useNA = "ifany")
stopifnot(all.equal(ours$n, as.vector(base_tab)))
if (have_collapse) {
  cq <- collapse::qtab(x, g, na.exclude = FALSE)
  stopifnot(all.equal(ours$n, as.vector(cq)))
}
cat("single choice: results agree with table()",
    if (have_collapse) "and collapse::qtab()" else "", "\n")

exprs <- list(quote(tabulate_choice(x, by = g)),
              if (have_collapse) quote(collapse::qtab(x, g, na.exclude = FALSE)),
              quote(table(x, g, useNA = "ifany")))
exprs <- Filter(Negate(is.null), exprs)
bm1 <- bench::mark(exprs = exprs, check = FALSE, min_iterations = 10, max_iterations = 30,
                   filter_gc = FALSE)
print(ratio_table(bm1, 1L), row.names = FALSE)
cat("\n")

# ---- counts + co-occurrence: 10^6 respondents x 16 options ------------------
set.seed(2)
m <- matrix(runif(1e6 * 16) < 0.3, 1e6, 16, dimnames = list(NULL, paste0("opt", 1:16)))
m[sample(1e6, 1e4), ] <- NA   # respondents who skipped the item
m_answered <- m[stats::complete.cases(m), ]

tm <- tabulate_multi(m)
stopifnot(all.equal(tm$n, unname(colSums(m, na.rm = TRUE))),
          all.equal(unname(cooccurrence(tm)), unname(crossprod(m_answered))))
cat("multiple response: counts and co-occurrence agree with colSums() and crossprod()\n")

clean <- m_answered   # the base-R pair on a matrix with no NA, the fairest case for it
bm2 <- bench::mark(
  tabulate_multi(m),
  tabulate_multi(clean),
  list(colSums(clean), crossprod(clean)),
  check = FALSE, min_iterations = 10, max_iterations = 30, filter_gc = FALSE)
print(ratio_table(bm2, 1L), row.names = FALSE)
cat("\n")

# ---- memory -----------------------------------------------------------------
mb <- function(z) round(as.numeric(object.size(z)) / 2^20, 2)
cat("inputs (MB): factor x", mb(x), "| factor g", mb(g), "| logical matrix", mb(m), "\n")
cat("outputs (MB): choice table", mb(ours), "| multi table", mb(tm), "\n")
cat("R-heap allocations during the call (bench mem_alloc, MB):",
    "choice", round(as.numeric(bm1$mem_alloc[1]) / 2^20, 3),
    "| multi", round(as.numeric(bm2$mem_alloc[1]) / 2^20, 3), "\n")
