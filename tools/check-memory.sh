#!/usr/bin/env bash
# Memory checks of the C core.
#
#   tools/check-memory.sh            # sanitizers (full suite) + valgrind (subset)
#   tools/check-memory.sh asan       # AddressSanitizer + UBSan build only
#   tools/check-memory.sh valgrind   # valgrind only
#   tools/check-memory.sh --full     # also run the whole suite under valgrind
#
# The package tree is copied to a temporary directory and installed into a
# private library there; the source tree is never built in place.  Exits
# non-zero when a tool reports an invalid read or write, a use of an
# uninitialised value, undefined behaviour or a definite leak in package code,
# or when a test fails under a tool.  See tools/README.md.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
run_valgrind=0; run_asan=0; full=0
for a in "$@"; do
  case "$a" in
    valgrind) run_valgrind=1 ;;
    asan|ubsan|sanitizers) run_asan=1 ;;
    --full) full=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $a" >&2; exit 2 ;;
  esac
done
if [ $run_valgrind -eq 0 ] && [ $run_asan -eq 0 ]; then run_valgrind=1; run_asan=1; fi

# Under valgrind (about 50 times slower) the fuzz tests run: they call every
# entry point with the arguments the package's own examples pass, and with
# hostile ones (fewer calls, through PEERSURVEY_QUICK), and each entry point
# once under gctorture (PEERSURVEY_VALGRIND_TORTURE; the plain run makes 24
# such calls per entry point and the sanitizer build 6).  Add the feature
# tests with PEERSURVEY_VALGRIND_FILTER (e.g. '^(fuzz|tabulate|textcode)$')
# or --full; those take 5 to 15 minutes each under valgrind.
vg_filter="${PEERSURVEY_VALGRIND_FILTER:-^(fuzz|ladder)$}"
# the sanitizers run the whole suite unless told otherwise; files matching
# PEERSURVEY_ASAN_SKIP (e.g. '^(export|knit|report)$', the tests of what is
# written in R alone) are left out of that run
asan_filter="${PEERSURVEY_ASAN_FILTER:-}"
asan_skip="${PEERSURVEY_ASAN_SKIP:-}"
[ $full -eq 1 ] && vg_filter=""

work=$(mktemp -d "${TMPDIR:-/tmp}/peersurvey-memcheck.XXXXXX")
keep=0
cleanup() { if [ $keep -eq 0 ]; then rm -rf "$work"; else echo "logs kept in $work"; fi; }
trap cleanup EXIT

missing=()
command -v R >/dev/null 2>&1 || { echo "R is not on the PATH" >&2; exit 2; }
if [ $run_valgrind -eq 1 ] && ! command -v valgrind >/dev/null 2>&1; then
  missing+=("valgrind (apt-get install valgrind)"); run_valgrind=0
fi
cc=$(R CMD config CC | awk '{print $1}')
libasan=""; libubsan=""
if [ $run_asan -eq 1 ]; then
  libasan=$($cc -print-file-name=libasan.so 2>/dev/null || true)
  libubsan=$($cc -print-file-name=libubsan.so 2>/dev/null || true)
  # -print-file-name echoes the bare name when the library is not found
  if [ ! -e "$libasan" ] || [ ! -e "$libubsan" ]; then
    missing+=("libasan/libubsan of $cc (apt-get install libasan8 libubsan1, or the gcc package)")
    run_asan=0
  fi
fi

# ---- a private copy of the tree -------------------------------------------
copy_tree() {  # $1 = destination
  mkdir -p "$1"
  if command -v rsync >/dev/null 2>&1; then
    rsync -a --delete --exclude .git --exclude '*.o' --exclude '*.so' --exclude '*.Rcheck' \
      "$root/" "$1/"
  else
    (cd "$root" && tar --exclude .git --exclude '*.o' --exclude '*.so' -cf - .) | (cd "$1" && tar -xf -)
  fi
}
copy_tree "$work/pkg"
if [ ! -f "$work/pkg/NAMESPACE" ]; then
  echo "NAMESPACE missing: generating it with roxygen2 in the copy"
  # sourced R code plus the datasets: no compiler needed for the docs
  cat >"$work/roxygen.R" <<'EOF'
path <- commandArgs(TRUE)[1]
load_with_data <- function(path) {
  env <- roxygen2::load_source(path)
  for (f in list.files(file.path(path, "data"), pattern = "\\.(rda|RData)$", full.names = TRUE))
    load(f, envir = env)
  env
}
roxygen2::roxygenise(path, load_code = load_with_data)
EOF
  Rscript "$work/roxygen.R" "$work/pkg" >"$work/roxygen.log" 2>&1 ||
    { cat "$work/roxygen.log"; echo "roxygen2 failed"; keep=1; exit 2; }
fi
rm -f "$work"/pkg/src/*.o "$work"/pkg/src/*.so
# the sanitizer build gets its own copy: the two builds may run at once
if [ $run_asan -eq 1 ]; then cp -a "$work/pkg" "$work/pkg-asan"; fi

# R script that runs the tests and prints one machine-readable line.
cat >"$work/run-tests.R" <<'EOF'
args <- commandArgs(TRUE)
lib <- args[1]; testdir <- args[2]; filter <- if (length(args) > 2 && nzchar(args[3])) args[3] else NULL
skip <- if (length(args) > 3 && nzchar(args[4])) args[4] else NULL
.libPaths(c(lib, .libPaths()))
suppressPackageStartupMessages({ library(testthat); library(peersurvey) })
if (!is.null(skip)) {
  # the files matching `skip` are left out (and `filter`, if any, still applies)
  files <- sub("^test-?(.*)\\.[rR]$", "\\1", list.files(testdir, "^test.*\\.[rR]$"))
  keep <- files[!grepl(skip, files) & (is.null(filter) | grepl(if (is.null(filter)) "" else filter, files))]
  filter <- paste0("^(", paste(gsub("([.+()])", "\\\\\\1", keep), collapse = "|"), ")$")
}
res <- testthat::test_dir(testdir, package = "peersurvey", load_package = "installed",
                          filter = filter, stop_on_failure = FALSE, stop_on_warning = FALSE,
                          reporter = testthat::ProgressReporter$new(show_praise = FALSE))
df <- as.data.frame(res)
failed <- sum(df$failed) + sum(df$error)
skipped <- sum(df$skipped)
cat(sprintf("\nMEMCHECK-TESTS files=%d expectations=%d failed=%d skipped=%d\n",
            length(unique(df$file)), sum(df$nb), failed, skipped))
EOF

# Reads a valgrind log and counts the errors and definite leaks whose stack
# (or, for uninitialised values, whose origin) passes through package code.
cat >"$work/parse-valgrind.R" <<'EOF'
args <- commandArgs(TRUE)
logs <- args[-1]; srcdir <- args[1]
files <- basename(list.files(srcdir, pattern = "\\.(c|h)$"))
pkg_re <- paste0("peersurvey\\.so|\\((", paste(gsub(".", "\\.", files, fixed = TRUE), collapse = "|"),
                 "):[0-9]+\\)")
lines <- unlist(lapply(logs, readLines, warn = FALSE))
lines <- sub("^==[0-9]+== ?", "", lines)
blk <- cumsum(lines == "")
blocks <- split(lines, blk)
kinds <- c(invalid = "^(Invalid (read|write|free)|Mismatched free|Source and destination overlap)",
           uninit = "uninitialised",
           leak = "are definitely lost")
count <- c(invalid = 0L, uninit = 0L, leak = 0L)
outside <- 0L
shown <- 0L
seen <- character()
for (b in blocks) {
  b <- b[nzchar(b)]
  if (!length(b)) next
  kind <- names(kinds)[vapply(kinds, function(re) grepl(re, b[1]), NA)]
  if (!length(kind)) next
  kind <- kind[1]
  if (any(grepl(pkg_re, b))) {
    count[kind] <- count[kind] + 1L
    b <- b[!grepl("\\(in /.*/lib(R|c)[.]so", b)]
    key <- paste(b[1], b[grep(pkg_re, b)[1]])
    if (shown < 10L && !key %in% seen) {
      cat(b, sep = "\n"); cat("\n"); shown <- shown + 1L; seen <- c(seen, key)
    }
  } else if (kind != "leak") {
    outside <- outside + 1L
  }
}
cat(sprintf("VALGRIND-FINDINGS invalid=%d uninit=%d leak=%d outside=%d\n",
            count["invalid"], count["uninit"], count["leak"], outside))
EOF

status=0
summary=()
[ ${#missing[@]} -gt 0 ] && for m in "${missing[@]}"; do summary+=("MISSING: $m (check skipped)"); status=1; done

tests_line() {  # $1 = log; prints "N expectations in F files, X failed, S skipped"
  local l; l=$(grep -a '^MEMCHECK-TESTS' "$1" | tail -n 1)
  if [ -z "$l" ]; then echo "test run did not finish"; return 1; fi
  local f n x s
  f=$(sed -E 's/.*files=([0-9]+).*/\1/' <<<"$l"); n=$(sed -E 's/.*expectations=([0-9]+).*/\1/' <<<"$l")
  x=$(sed -E 's/.*failed=([0-9]+).*/\1/' <<<"$l"); s=$(sed -E 's/.*skipped=([0-9]+).*/\1/' <<<"$l")
  echo "$n expectations in $f files, $x failed, $s skipped"
  [ "$x" -eq 0 ]
}

note() { echo "$1" >>"$sumf"; }  # a line of the summary (sumf: the caller's)

# ---- AddressSanitizer + UndefinedBehaviorSanitizer -------------------------
check_asan() {  # prints its report; its summary line goes to $work/summary-asan
  local failed=0 sumf="$work/summary-asan"
  echo "== building with -fsanitize=address,undefined"
  san="-fsanitize=address,undefined -fsanitize=float-cast-overflow -fno-omit-frame-pointer"
  cat >"$work/Makevars.asan" <<EOF
CFLAGS = -g -O1 $san
LDFLAGS = $san
EOF
  mkdir -p "$work/lib-asan"
  if ! R_MAKEVARS_USER="$work/Makevars.asan" R CMD INSTALL --no-test-load --preclean \
        -l "$work/lib-asan" "$work/pkg-asan" >"$work/install-asan.log" 2>&1; then
    tail -n 30 "$work/install-asan.log"; note "asan/ubsan: the sanitizer build failed"; failed=1
  else
    echo "== running the test suite under ASan/UBSan"
    t0=$(date +%s)
    LD_PRELOAD="$libasan $libubsan" \
    ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1:abort_on_error=0:print_summary=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    PEERSURVEY_SANITIZER=1 NOT_CRAN=true \
    PEERSURVEY_FUZZ_TORTURE="${PEERSURVEY_FUZZ_TORTURE:-6}" \
      Rscript --vanilla "$work/run-tests.R" "$work/lib-asan" "$work/pkg/tests/testthat" "$asan_filter" \
        "$asan_skip" \
      >"$work/asan.log" 2>&1
    t1=$(date +%s)
    n_asan=$(grep -ac 'ERROR: AddressSanitizer' "$work/asan.log" || true)
    n_ubsan=$(grep -aEc 'runtime error:' "$work/asan.log" || true)
    tl=$(tests_line "$work/asan.log"); tok=$?
    if [ "$n_asan" -gt 0 ] || [ "$n_ubsan" -gt 0 ] || [ $tok -ne 0 ]; then
      failed=1; touch "$work/keep"
      grep -aE -A 40 'ERROR: AddressSanitizer|runtime error:' "$work/asan.log" |
        grep -av 'libR\.so\|libc\.so\|libc_start\|exec/R' | head -n 60
      grep -aE '(Failure|Error) \(' "$work/asan.log" | head -n 20
      [ $tok -ne 0 ] && [ "$n_asan" -eq 0 ] && [ "$n_ubsan" -eq 0 ] && tail -n 40 "$work/asan.log"
    fi
    what="${asan_filter:-whole suite}${asan_skip:+, less $asan_skip}"
    note "asan/ubsan: $n_asan AddressSanitizer errors, $n_ubsan UndefinedBehaviorSanitizer errors; tests ($what): $tl ($((t1 - t0)) s)"
  fi
  return $failed
}

# ---- valgrind ----------------------------------------------------------------
check_valgrind() {  # prints its report; its summary line goes to $work/summary-valgrind
  local failed=0 sumf="$work/summary-valgrind"
  echo "== building for valgrind"
  cat >"$work/Makevars.vg" <<EOF
CFLAGS = -g -O1
EOF
  mkdir -p "$work/lib-vg"
  if ! R_MAKEVARS_USER="$work/Makevars.vg" R CMD INSTALL --no-test-load --preclean \
        -l "$work/lib-vg" "$work/pkg" >"$work/install-vg.log" 2>&1; then
    tail -n 30 "$work/install-vg.log"; note "valgrind: the build failed"; failed=1
  else
    what=${vg_filter:-whole suite}
    echo "== running tests ($what) under valgrind"
    t0=$(date +%s)
    PEERSURVEY_QUICK=1 PEERSURVEY_VALGRIND=1 \
    PEERSURVEY_FUZZ_TORTURE="${PEERSURVEY_VALGRIND_TORTURE:-1}" \
      R -d "valgrind --leak-check=full --track-origins=yes --num-callers=30 --log-file=$work/valgrind-%p.log" \
        --vanilla --no-echo -f "$work/run-tests.R" --args "$work/lib-vg" "$work/pkg/tests/testthat" "$vg_filter" \
        >"$work/vg-tests.log" 2>&1
    t1=$(date +%s)
    Rscript --vanilla "$work/parse-valgrind.R" "$work/pkg/src" "$work"/valgrind-*.log >"$work/vg-parse.log" 2>&1
    f=$(grep -a '^VALGRIND-FINDINGS' "$work/vg-parse.log")
    if [ -z "$f" ]; then
      cat "$work/vg-parse.log"; note "valgrind: could not read the log"; failed=1; touch "$work/keep"
    else
      inv=$(sed -E 's/.*invalid=([0-9]+).*/\1/' <<<"$f"); uni=$(sed -E 's/.*uninit=([0-9]+).*/\1/' <<<"$f")
      lk=$(sed -E 's/.*leak=([0-9]+).*/\1/' <<<"$f"); out=$(sed -E 's/.*outside=([0-9]+).*/\1/' <<<"$f")
      tl=$(tests_line "$work/vg-tests.log"); tok=$?
      if [ $((inv + uni + lk)) -gt 0 ] || [ $tok -ne 0 ]; then
        failed=1; touch "$work/keep"
        grep -av '^VALGRIND-FINDINGS' "$work/vg-parse.log" | head -n 120
        [ $tok -ne 0 ] && tail -n 40 "$work/vg-tests.log"
      fi
      note "valgrind: $inv invalid reads/writes, $uni uses of uninitialised values, $lk definite leaks in package code ($out errors outside it, not counted); tests ($what): $tl ($((t1 - t0)) s)"
    fi
  fi
  return $failed
}

# Both tools run one R process each: on a machine of two cores or more they
# run side by side, each report printed whole when both are done.
if [ $run_asan -eq 1 ] && [ $run_valgrind -eq 1 ] && [ "$(nproc 2>/dev/null || echo 1)" -ge 2 ]; then
  check_asan >"$work/report-asan" 2>&1 & pid_asan=$!
  check_valgrind >"$work/report-valgrind" 2>&1 || status=1
  wait $pid_asan || status=1
  cat "$work/report-asan" "$work/report-valgrind"
else
  if [ $run_asan -eq 1 ]; then check_asan || status=1; fi
  if [ $run_valgrind -eq 1 ]; then check_valgrind || status=1; fi
fi
for f in "$work/summary-asan" "$work/summary-valgrind"; do
  [ -f "$f" ] && while IFS= read -r l; do summary+=("$l"); done <"$f"
done
[ -f "$work/keep" ] && keep=1

echo
echo "== memory check summary"
for s in "${summary[@]}"; do echo "  $s"; done
if [ $status -ne 0 ]; then echo "memory check FAILED"; else echo "memory check passed"; fi
exit $status
