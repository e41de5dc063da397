# Methods for generics of packages that are only suggested (knitr) are
# registered when the package loads, and again whenever that package is
# loaded later, following the pattern of vctrs::s3_register().

.onLoad <- function(libname, pkgname) {
  for (cls in knit_classes())
    s3_register("knitr::knit_print", cls, knit_print_method)
  invisible()
}

s3_register <- function(generic, class, method) {
  stopifnot(is.character(generic), length(generic) == 1L,
            is.character(class), length(class) == 1L, is.function(method))
  pieces <- strsplit(generic, "::", fixed = TRUE)[[1L]]
  stopifnot(length(pieces) == 2L)
  package <- pieces[[1L]]
  generic <- pieces[[2L]]

  register <- function(...) {
    envir <- asNamespace(package)
    if (exists(generic, envir = envir, inherits = FALSE))
      registerS3method(generic, class, method, envir = envir)
    invisible()
  }
  # Register now if the package is loaded, and whenever it is loaded again
  setHook(packageEvent(package, "onLoad"), register)
  if (isNamespaceLoaded(package)) register()
  invisible()
}
