# Methods for generics of packages that are only suggested (knitr,
# flextable, ggplot2) are registered when the package loads, and again
# whenever that package is loaded later, following the pattern of
# vctrs::s3_register(): the suggested package is never loaded for it.

.onLoad <- function(libname, pkgname) {
  for (cls in knit_classes())
    s3_register("knitr::knit_print", cls, knit_print_method)
  for (cls in names(flextable_methods()))
    s3_register("flextable::as_flextable", cls, flextable_methods()[[cls]])
  for (cls in names(autoplot_methods()))
    s3_register("ggplot2::autoplot", cls, autoplot_methods()[[cls]])
  invisible()
}

# The classes with an as_flextable() method, and their methods
flextable_methods <- function() {
  list(peer_table = as_flextable.peer_table, peer_tables = as_flextable.peer_tables,
       peer_tab = as_flextable.peer_tab,
       peer_response = as_flextable.peer_response, peer_estimate = as_flextable.peer_estimate,
       peer_paper_check = as_flextable.peer_paper_check)
}

# The classes with an autoplot() method (those with a base plot method)
autoplot_methods <- function() {
  list(peer_table = autoplot.peer_table, peer_tables = autoplot.peer_tables,
       peer_tab_choice = autoplot.peer_tab_choice,
       peer_tab_multi = autoplot.peer_tab_multi, peer_tab_likert = autoplot.peer_tab_likert,
       peer_coproduction = autoplot.peer_coproduction, peer_response = autoplot.peer_response,
       peer_estimate = autoplot.peer_estimate)
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
