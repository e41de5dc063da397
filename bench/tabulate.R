# Speed and memory of tabulate_choice() and tabulate_multi() against the
# established R tools and against a floor: the plainest C that does the same
# counting (bench/floor.c), compiled here with R CMD SHLIB (R's CFLAGS, -O2)
# and loaded into this R process.  All calls of a section run interleaved,
# round after round in a shuffled order, on the same inputs; the tables give
# medians over the rounds.
# Run from the top of a clone after installing the package:
#   Rscript bench/tabulate.R            (or ROUNDS=25 Rscript bench/tabulate.R)
suppressPackageStartupMessages({
  library(peersurvey)
  library(bench)
  library(collapse)
})
options(width = 120)
rounds <- as.integer(Sys.getenv("ROUNDS", "15"))

source(file.path("bench", "common.R"))
# every table of this script also gives the R-heap allocation of each call
interleave_mem <- function(exprs, rounds) interleave(exprs, rounds, memory = TRUE, env = parent.frame())
floor_dll <- load_floor()
floor_fn <- function(name) getNativeSymbolInfo(name, floor_dll)

cat("R", as.character(getRversion()), "| cores:", parallel::detectCores(), "| CPU:",
    sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1L]), "\n")
cat("collapse", as.character(utils::packageVersion("collapse")),
    "| bench", as.character(utils::packageVersion("bench")), "| rounds:", rounds, "\n")
cat("load average at start:", loadavg(), "\n\n")


goal <- function(what, ratio, target, above = TRUE) {
  ok <- if (above) ratio >= target else ratio <= target
  cat(sprintf("  goal: %-52s %6.2f (target %s %g) %s\n", what, ratio,
              if (above) ">=" else "<=", target, if (ok) "met" else "NOT MET"))
}

# ---- single choice: 10^7 answers, 5 levels + NA, 10 groups -------------------
set.seed(1)
n <- 1e7
x <- factor(sample(c(letters[1:5], NA), n, TRUE), levels = letters[1:5])
g <- factor(sample(sprintf("g%02d", 1:10), n, TRUE))
w <- runif(n, 0.5, 2)

ours <- tabulate_choice(x, by = g)
stopifnot(all.equal(ours$n, as.vector(table(x, g, useNA = "ifany"))),
          all.equal(ours$n, as.vector(qtab(x, g, na.exclude = FALSE))),
          all.equal(ours$n, as.vector(t(.Call(floor_fn("floor_choice"), x, g, 5L, 10L,
                                              NULL))[c(2:6, 1), 2:11])))
ours_w <- tabulate_choice(x, by = g, weights = w)
stopifnot(all.equal(ours_w$n, as.vector(qtab(x, g, w = w, na.exclude = FALSE))),
          all.equal(ours_w$n, as.vector(t(.Call(floor_fn("floor_choice"), x, g, 5L, 10L,
                                                w))[c(2:6, 1), 2:11])))
cat("single choice: counts agree with table(), collapse::qtab() and the floor\n\n")

cat("## tabulate_choice(x, by = g), 10^7 answers x 10 groups\n")
r1 <- interleave_mem(list(
  "tabulate_choice(x, by = g)" = quote(tabulate_choice(x, by = g)),
  "floor (C, one pass)" = quote(.Call(floor_fn("floor_choice"), x, g, 5L, 10L, NULL)),
  "collapse::qtab(x, g)" = quote(qtab(x, g, na.exclude = FALSE)),
  "table(x, g)" = quote(table(x, g, useNA = "ifany"))), rounds)
print(r1, row.names = FALSE)
goal("qtab / tabulate_choice (unweighted)", r1$vs_peersurvey[3], 5)
goal("tabulate_choice / floor (unweighted)", 1 / r1$vs_peersurvey[2], 1.5, above = FALSE)
cat("\n")

cat("## tabulate_choice(x, by = g, weights = w), 10^7 answers x 10 groups\n")
r2 <- interleave_mem(list(
  "tabulate_choice(x, by = g, weights = w)" = quote(tabulate_choice(x, by = g, weights = w)),
  "floor (C, one pass)" = quote(.Call(floor_fn("floor_choice"), x, g, 5L, 10L, w)),
  "collapse::qtab(x, g, w = w)" = quote(qtab(x, g, w = w, na.exclude = FALSE))), rounds)
print(r2, row.names = FALSE)
goal("qtab / tabulate_choice (weighted)", r2$vs_peersurvey[3], 3)
goal("tabulate_choice / floor (weighted)", 1 / r2$vs_peersurvey[2], 1.5, above = FALSE)
cat("\n")
rm(w)

# ---- multiple response: 10^6 x 16 and 10^5 x 64 ------------------------------
set.seed(2)
m <- matrix(runif(1e6 * 16) < 0.3, 1e6, 16, dimnames = list(NULL, paste0("opt", 1:16)))
m[sample(1e6, 1e4), ] <- NA   # respondents who skipped the item
clean <- m[stats::complete.cases(m), ]   # base R's fairest case: no NA
m64 <- matrix(runif(1e5 * 64) < 0.3, 1e5, 64, dimnames = list(NULL, paste0("opt", 1:64)))

for (mm in list(clean, m64)) {
  tm <- tabulate_multi(mm)
  stopifnot(all.equal(tm$n, unname(colSums(mm))),
            all.equal(unname(cooccurrence(tm)), unname(crossprod(mm))),
            all.equal(unname(cooccurrence(tm)), .Call(floor_fn("floor_multi"), mm)))
}
tm <- tabulate_multi(m)
stopifnot(all.equal(unname(cooccurrence(tm)), unname(crossprod(clean))))
cat("multiple response: counts and co-occurrences agree with colSums(), crossprod() and the floor\n\n")

cat("## tabulate_multi(), 10^6 respondents x 16 options\n")
r3 <- interleave_mem(list(
  "tabulate_multi(clean)" = quote(tabulate_multi(clean)),
  "floor (C, pack + popcount)" = quote(.Call(floor_fn("floor_multi"), clean)),
  "colSums(clean) + crossprod(clean)" = quote(list(colSums(clean), crossprod(clean))),
  "tabulate_multi(m) (1% skipped)" = quote(tabulate_multi(m))), rounds)
print(r3, row.names = FALSE)
goal("colSums+crossprod / tabulate_multi (10^6 x 16)", r3$vs_peersurvey[3], 15)
cat(sprintf("  tabulate_multi / floor: %.2f\n\n", 1 / r3$vs_peersurvey[2]))

cat("## tabulate_multi(), 10^5 respondents x 64 options\n")
r4 <- interleave_mem(list(
  "tabulate_multi(m64)" = quote(tabulate_multi(m64)),
  "floor (C, pack + popcount)" = quote(.Call(floor_fn("floor_multi"), m64)),
  "colSums(m64) + crossprod(m64)" = quote(list(colSums(m64), crossprod(m64)))), rounds)
print(r4, row.names = FALSE)
goal("colSums+crossprod / tabulate_multi (10^5 x 64)", r4$vs_peersurvey[3], 10)
cat(sprintf("  tabulate_multi / floor: %.2f\n\n", 1 / r4$vs_peersurvey[2]))

# ---- memory -----------------------------------------------------------------
mb <- function(z) round(as.numeric(utils::object.size(z)) / 2^20, 2)
cat("inputs (MB): factor x", mb(x), "| factor g", mb(g), "| weights", mb(runif(n)),
    "| logical matrix 10^6 x 16", mb(clean), "\n")
cat("outputs (MB): choice table", mb(ours), "| multi table", mb(tm), "\n")
cat("load average at end:", loadavg(), "\n")
