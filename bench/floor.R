# The plain C floor of the benchmarks: bench/floor.c compiled -O2 into a
# temporary folder and loaded into this R process. Sourced by
# bench/tabulate.R and bench/resample.R (run from the package root).
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
