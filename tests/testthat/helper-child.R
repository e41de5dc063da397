# Tests that run R code in a child process (interrupts; gctorture on a small
# heap) load the package from the library this process loaded it from.

# That library, or NULL when the package is not installed (e.g. loaded from
# source): the child could not load the same build.
installed_lib <- function() {
  path <- system.file(package = "peersurvey")
  if (!nzchar(path) || !file.exists(file.path(path, "Meta", "package.rds"))) return(NULL)
  dirname(path)
}
