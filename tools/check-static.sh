#!/usr/bin/env bash
# Static checks of the C core: cppcheck, and a compile with extra warnings
# (-Wall -Wextra -Wpedantic -Wconversion) through a private Makevars, in a
# temporary copy of src/.  Prints the findings and their counts; exits
# non-zero when there are any (PEERSURVEY_STATIC_WARN_ONLY=1 always exits 0).
# See tools/README.md.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/peersurvey-static.XXXXXX")
trap 'rm -rf "$work"' EXIT
rinc=$(R RHOME)/include
[ -d "$rinc" ] || rinc=$(Rscript -e 'cat(R.home("include"))')
cp -r "$root/src" "$work/src"
rm -f "$work"/src/*.o "$work"/src/*.so

status=0
n_cpp=NA
if command -v cppcheck >/dev/null 2>&1; then
  echo "== cppcheck"
  # Rf_error() does not return (R's headers say so through a macro that is
  # empty for cppcheck): told as a macro, so the error paths are followed
  cat >"$work/r.cfg" <<'EOF'
<?xml version="1.0"?>
<def format="2">
  <define name="Rf_error(...)" value="exit(1)"/>
</def>
EOF
  cppcheck --enable=warning,performance,portability --std=c99 --inline-suppr \
    --library="$work/r.cfg" \
    --quiet --template='{file}:{line}: {severity}: {message} [{id}]' \
    -I"$rinc" --suppress='missingIncludeSystem' \
    "$work/src" 2>"$work/cppcheck.log"
  sed "s|$work/||" "$work/cppcheck.log"
  n_cpp=$(grep -cE ': (warning|error|performance|portability|style): ' "$work/cppcheck.log" || true)
  [ "$n_cpp" -gt 0 ] && status=1
else
  echo "cppcheck is not installed (apt-get install cppcheck): skipped"
  status=1
fi

echo "== compile with -Wall -Wextra -Wpedantic -Wconversion"
# -Wconversion in C also turns on -Wsign-conversion, which flags every
# R_xlen_t length handed to a size_t (R_alloc, memset, malloc): lengths are
# never negative, so those are left out and counted apart
cat >"$work/Makevars" <<'EOF'
CFLAGS = -g -O2 -std=c99 -Wall -Wextra -Wpedantic -Wconversion -Wno-sign-conversion
EOF
( cd "$work/src" && R_MAKEVARS_USER="$work/Makevars" R CMD SHLIB -o peersurvey.so ./*.c ) \
  >"$work/compile.log" 2>&1
rc=$?
sed "s|$work/||" "$work/compile.log" | grep -E 'warning:|error:' -A3 | grep -v '^--$'
# warnings from R's own headers are not ours
# (a header's warning repeats in every file that includes it: counted once)
n_warn=$(grep -E '^[^ ]*\.(c|h):[0-9]+:[0-9]+: warning:' "$work/compile.log" | grep -v "^$rinc" |
  sed -E 's/^([^ ]*:[0-9]+:[0-9]+): warning:.*\[(-W[^]]*)\]$/\1 \2/' | sort -u | wc -l)
[ $rc -ne 0 ] && { echo "the compile failed"; status=1; }
[ "$n_warn" -gt 0 ] && status=1

( cd "$work/src" && rm -f ./*.o ./*.so &&
  echo 'CFLAGS = -g -O2 -std=c99 -Wconversion -Wsign-conversion' >"$work/Makevars.sign" &&
  R_MAKEVARS_USER="$work/Makevars.sign" R CMD SHLIB -o peersurvey.so ./*.c ) >"$work/sign.log" 2>&1
n_sign=$(grep -E 'warning:.*-Wsign-conversion' "$work/sign.log" |
  sed -E 's/^([^ ]*:[0-9]+:[0-9]+): .*/\1/' | sort -u | wc -l)

echo
echo "== static check summary"
echo "  cppcheck findings: $n_cpp"
echo "  compiler warnings (-Wall -Wextra -Wpedantic -Wconversion): $n_warn"
echo "  (not counted: $n_sign -Wsign-conversion notes on lengths passed as size_t)"
[ "${PEERSURVEY_STATIC_WARN_ONLY:-0}" = 1 ] && exit 0
exit $status
