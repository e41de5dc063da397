# Speed and peak memory of read_delimited() (the reader under read_survey())
# against data.table::fread() and utils::read.csv(), all reading every column
# as character, on synthetic exports shaped like the shipped one (49 columns,
# quoted text with accents and line breaks).
# Run from the top of a clone after installing the package:
#   Rscript bench/read.R          # 10^5 and 10^6 rows
#   Rscript bench/read.R 1e5      # only the sizes given
# Times are medians of runs interleaved in one R process; peak memory is
# measured in a fresh Rscript per reader and file (/proc/self/status, Linux).
suppressPackageStartupMessages({
  library(peersurvey)
  library(data.table)
})
args <- commandArgs(trailingOnly = TRUE)

# ---- child mode: one read, then report the process's memory ---------------
if (length(args) && args[1L] == "--child") {
  status <- function(field) {
    line <- grep(paste0("^", field, ":"), readLines("/proc/self/status"), value = TRUE)
    as.numeric(gsub("[^0-9]", "", line)) * 1024
  }
  reader <- args[2L]
  file <- args[3L]
  invisible(gc(reset = TRUE))
  before <- status("VmRSS")
  x <- switch(reader,
    read_delimited = peersurvey:::read_delimited(file),
    fread = data.table::fread(file, colClasses = "character", encoding = "UTF-8",
                              showProgress = FALSE),
    fread_all_cores = data.table::fread(file, colClasses = "character", encoding = "UTF-8",
                                        showProgress = FALSE,
                                        nThread = parallel::detectCores()),
    read.csv = utils::read.csv(file, colClasses = "character", encoding = "UTF-8"))
  g <- gc()
  cat(sprintf("%.0f %.0f %.0f\n", before, status("VmHWM"), sum(g[, ncol(g)]) * 2^20))
  quit(save = "no")
}

sizes <- if (length(args)) as.numeric(args) else c(1e5, 1e6)
cat("R", as.character(getRversion()), "| cores:", parallel::detectCores(), "| CPU:",
    sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1L]), "\n")
cat("data.table", as.character(utils::packageVersion("data.table")),
    "| fread threads:", data.table::getDTthreads(), "\n")
cat("load average at start:", readLines("/proc/loadavg"), "\n\n")

# ---- synthetic exports: the shipped records resampled, new ids --------------
shipped <- peersurvey:::read_delimited(
  system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey"))
q <- function(v) ifelse(is.na(v), "", paste0("\"", gsub("\"", "\"\"", v, fixed = TRUE), "\""))
rest <- apply(shipped$data[, -1L, drop = FALSE], 1L, function(r) paste(q(r), collapse = ","))
make_export <- function(n, path) {
  set.seed(n)
  con <- file(path, "wb")
  writeLines(paste(q(shipped$header), collapse = ","), con, useBytes = TRUE)
  chunk <- 1e5
  for (from in seq(1, n, by = chunk)) {
    i <- from:min(n, from + chunk - 1)
    writeLines(paste0("\"MHD", sprintf("%07d", i), "\",", sample(rest, length(i), TRUE)),
               con, useBytes = TRUE)
  }
  close(con)
  path
}

rscript <- file.path(R.home("bin"), "Rscript")
this <- normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE)))
peak <- function(reader, file) {
  out <- system2(rscript, c(shQuote(this), "--child", reader, shQuote(file)), stdout = TRUE)
  v <- as.numeric(strsplit(out[length(out)], " ")[[1L]])
  c(read_MB = (v[2L] - v[1L]) / 2^20, process_MB = v[2L] / 2^20, r_heap_MB = v[3L] / 2^20)
}

readers <- list(
  read_delimited = function(f) peersurvey:::read_delimited(f),
  fread = function(f) data.table::fread(f, colClasses = "character", encoding = "UTF-8",
                                        showProgress = FALSE),
  # fread's default is half the logical cores; also with all of them
  fread_all_cores = function(f) data.table::fread(f, colClasses = "character",
                                                  encoding = "UTF-8", showProgress = FALSE,
                                                  nThread = parallel::detectCores()),
  read.csv = function(f) utils::read.csv(f, colClasses = "character", encoding = "UTF-8"))

for (n in sizes) {
  f <- make_export(n, tempfile(fileext = ".csv"))
  size_MB <- file.size(f) / 2^20
  cat(sprintf("%s rows x %d columns, %.0f MB\n", format(n, big.mark = ","),
              length(shipped$header), size_MB))
  # the three agree before anything is timed (NA and "" apart, as each reads them)
  ours <- readers$read_delimited(f)
  dt <- readers$fread(f)
  stopifnot(identical(ours$header, names(dt)),
            identical(nrow(ours$data), nrow(dt)),
            identical(ifelse(is.na(ours$data[, 2:10]), "", ours$data[, 2:10]),
                      unname(as.matrix(dt)[, 2:10])))
  rm(ours, dt); invisible(gc())
  runs <- if (n <= 1e5) 5L else 3L
  use <- names(readers)
  # read.csv takes minutes at 10^6 rows: one run there
  times <- setNames(vector("list", length(use)), use)
  for (r in seq_len(runs)) for (rd in use) {
    if (rd == "read.csv" && n > 1e5 && r > 1L) next
    invisible(gc())
    times[[rd]] <- c(times[[rd]], system.time(x <- readers[[rd]](f))[["elapsed"]])
    rm(x)
  }
  invisible(gc())
  med <- vapply(times, stats::median, 0)
  mem <- t(vapply(use, function(rd) peak(rd, f), c(read_MB = 0, process_MB = 0, r_heap_MB = 0)))
  res <- data.frame(reader = use, runs = lengths(times), median_s = round(med, 2),
                    vs_fread = round(med / med[["fread"]], 2),
                    peak_read_MB = round(mem[, "read_MB"]),
                    peak_vs_file = round(mem[, "read_MB"] / size_MB, 2),
                    peak_process_MB = round(mem[, "process_MB"]),
                    r_heap_max_MB = round(mem[, "r_heap_MB"]))
  print(res, row.names = FALSE)
  cat("load average:", readLines("/proc/loadavg"), "\n\n")
  unlink(f)
}
