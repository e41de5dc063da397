# What the benchmarks share, sourced by bench/tabulate.R,
# bench/resample.R and bench/textcode.R (run from the package root): the
# plain C floor (bench/floor.c compiled -O2 into a temporary folder and
# loaded into this R process), the machine's load and description, and
# interleaved timing.

loadavg <- function() paste(strsplit(readLines("/proc/loadavg"), " ")[[1]][1:3], collapse = " ")

# Times every call once per round, in a new random order each round; returns
# medians and minima (ms) and ratios to the first call, and with `memory`
# the R-heap allocations of one extra call of each (MB)
interleave <- function(exprs, rounds, memory = FALSE, env = parent.frame()) {
  times <- matrix(NA_real_, rounds, length(exprs), dimnames = list(NULL, names(exprs)))
  for (r in seq_len(rounds)) {
    invisible(gc())
    for (j in sample(length(exprs))) {
      t0 <- bench::hires_time()
      eval(exprs[[j]], env)
      times[r, j] <- bench::hires_time() - t0
    }
  }
  med <- apply(times, 2, stats::median)
  out <- data.frame(call = names(exprs), median_ms = round(1000 * med, 1),
                    min_ms = round(1000 * apply(times, 2, min), 1), row.names = NULL)
  if (memory) {
    mem <- vapply(exprs, function(e) as.numeric(bench::bench_memory(eval(e, env))$mem_alloc),
                  numeric(1))
    out$R_alloc_MB <- round(mem / 2^20, 2)
  }
  out$vs_peersurvey <- round(med / med[1L], 2)
  out
}
load_floor <- function() {
  dir <- tempfile("floor")
  dir.create(dir)
  file.copy(file.path("bench", "floor.c"), dir)
  old <- setwd(dir)
  on.exit(setwd(old))
  out <- system2(file.path(R.home("bin"), "R"), c("CMD", "SHLIB", "floor.c"),
                 stdout = TRUE, stderr = TRUE)
  if (!file.exists("floor.so")) stop("could not build bench/floor.c:\n", paste(out, collapse = "\n"))
  dyn.load(file.path(dir, "floor.so"))
}

# The machine in one line: cores, CPU model, R version
machine <- function() {
  cpu <- grep("model name", readLines("/proc/cpuinfo"), value = TRUE)
  sprintf("%s cores, %s, %s", parallel::detectCores(),
          if (length(cpu)) sub(".*: ", "", cpu[1L]) else "CPU unknown", R.version.string)
}
