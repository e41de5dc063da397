#!/usr/bin/env bash
# The package built without OpenMP, as on a compiler that has none.
#
#   tools/check-noomp.sh [peersurvey_x.y.z.tar.gz]
#
# Builds the tarball (or takes the one given), runs `R CMD check --as-cran
# --no-manual --no-tests` on it with SHLIB_OPENMP_CFLAGS emptied through a
# private Makevars (R_MAKEVARS_USER), checks that no object was compiled with
# -fopenmp, then runs the test files that use threads (textcode, interrupt)
# against the build the check installed: with no OpenMP the thread option is
# read and checked but one thread codes every answer.  Exits non-zero on an
# ERROR or WARNING of the check, on -fopenmp in the install log, or on a
# failed test.  Works in a temporary directory; see tools/README.md.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/peersurvey-noomp.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
  cp "$1" "$work/" || exit 2
else
  ( cd "$work" && R CMD build --no-manual "$root" >/dev/null ) || { echo "R CMD build failed"; exit 1; }
fi
tarball=$(ls "$work"/peersurvey_*.tar.gz)
printf 'SHLIB_OPENMP_CFLAGS=\n' > "$work/Makevars"

( cd "$work" && R_MAKEVARS_USER="$work/Makevars" _R_CHECK_CRAN_INCOMING_REMOTE_=false \
    R CMD check --as-cran --no-manual --no-tests "$tarball" >/dev/null 2>&1 )
log="$work/peersurvey.Rcheck/00check.log"
[ -f "$log" ] || { echo "R CMD check did not run"; exit 1; }
status=0
echo "== R CMD check without OpenMP"
sed -n '/^Status:/p' "$log"
if grep -qE '^\* .*\.\.\. *(ERROR|WARNING)|^Status: .*(ERROR|WARNING)' "$log"; then
  tail -n 40 "$log"
  echo "R CMD check without OpenMP gave an ERROR or WARNING"
  status=1
fi
if grep -q -- '-fopenmp' "$work/peersurvey.Rcheck/00install.out"; then
  echo "the build without OpenMP was compiled with -fopenmp"
  status=1
fi

echo "== thread tests against the build without OpenMP"
NOT_CRAN=true R_LIBS="$work/peersurvey.Rcheck${R_LIBS:+:$R_LIBS}" Rscript -e '
  library(testthat)
  files <- file.path(commandArgs(TRUE)[1], "tests", "testthat",
                     c("test-textcode.R", "test-interrupt.R"))
  df <- do.call(rbind, lapply(files, function(f) as.data.frame(
    test_file(f, package = "peersurvey", load_package = "installed", reporter = "summary"))))
  bad <- sum(df$failed) + sum(df$error)
  cat(sprintf("without OpenMP: %d passed, %d failed\n", sum(df$nb) - bad - sum(df$skipped), bad))
  quit(status = if (bad > 0) 1L else 0L)' "$root" || status=1
exit $status
