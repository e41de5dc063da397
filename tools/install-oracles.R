# Installs, when missing, the CRAN packages that the tests use as independent
# oracles and that Debian does not carry: MRCV, irr, samplingbook (and MRCV's
# import, tables).  MRCV 0.4-0 declares R >= 4.4.0 although its code runs on
# older R; where install.packages() refuses it for that reason alone, the
# source tarball is installed with that one requirement relaxed.
repos <- "https://cloud.r-project.org"
has <- function(p) requireNamespace(p, quietly = TRUE)
need <- Filter(Negate(has), c("tables", "irr", "samplingbook", "MRCV"))
if (length(need)) install.packages(need, repos = repos, quiet = TRUE)
if (!has("MRCV")) {
  ap <- available.packages(repos = repos, filters = list())
  ver <- ap["MRCV", "Version"]
  dir <- tempfile("mrcv")
  dir.create(dir)
  tarball <- file.path(dir, sprintf("MRCV_%s.tar.gz", ver))
  utils::download.file(sprintf("%s/src/contrib/MRCV_%s.tar.gz", repos, ver), tarball,
                       quiet = TRUE)
  utils::untar(tarball, exdir = dir)
  desc <- file.path(dir, "MRCV", "DESCRIPTION")
  writeLines(sub("R \\(>= 4\\.[4-9]\\.0\\)", "R (>= 4.0.0)", readLines(desc)), desc)
  install.packages(file.path(dir, "MRCV"), repos = NULL, type = "source", quiet = TRUE)
}
missing <- Filter(Negate(has), c("tables", "irr", "samplingbook", "MRCV"))
if (length(missing)) stop("could not install: ", paste(missing, collapse = ", "))
