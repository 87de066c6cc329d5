#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Run every libFuzzer target for a bounded time and fail on any crash,
# leak or timeout.  Build first:
#   CC=clang cmake -S . -B build-fuzz -DLSN_FUZZ=ON -DBUILD_TESTING=OFF
#   cmake --build build-fuzz
# Usage: tools/fuzz.sh [BUILD_DIR [SECONDS_PER_TARGET [TARGET...]]]
# (defaults: build-fuzz, 60, every target).  Each target starts from a copy
# of fuzz/corpora/<entry>/ (the repository's corpus is not changed; new
# inputs stay in $LSN_FUZZ_WORK, default a temporary folder), with
# fuzz/dict/<entry>.dict when there is one.  A crashing input is left in
# the work folder: add it to fuzz/corpora/<entry>/ with the fix.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for bin in "$build"/fuzz/*_fuzzer; do
    [ -x "$bin" ] && targets+=("$(basename "$bin" _fuzzer)")
  done
fi
[ ${#targets[@]} -gt 0 ] || {
  echo "fuzz.sh: no fuzzer in $build/fuzz (configure with CC=clang -DLSN_FUZZ=ON)" >&2
  exit 2
}
work=${LSN_FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/lsn-fuzz.XXXXXX")}
export LIAISON_DATA=${LIAISON_DATA:-$PWD/data}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=0
printf '%-10s %12s %8s %8s %8s  %s\n' target executions exec/s cov ft result
for entry in "${targets[@]}"; do
  bin=$build/fuzz/${entry}_fuzzer
  mkdir -p "$work/$entry/corpus" "$work/$entry/artifacts"
  cp -n fuzz/corpora/"$entry"/* "$work/$entry/corpus/" 2>/dev/null
  dict=()
  [ -f "fuzz/dict/$entry.dict" ] && dict=(-dict="fuzz/dict/$entry.dict")
  [ "$entry" = extract ] && dict=(-dict=fuzz/dict/text.dict)
  log=$work/$entry/log
  # -timeout: one input over 25 s is a hang; -rss_limit_mb: memory blowup.
  "$bin" "${dict[@]}" -max_total_time="$seconds" -timeout=25 \
    -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$work/$entry/artifacts/" \
    "$work/$entry/corpus" >"$log" 2>&1
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  result=ok
  if [ "$status" -ne 0 ] || ls "$work/$entry/artifacts" | grep -q .; then
    result="FAILED (exit $status): $work/$entry/artifacts/, log $log"
    failed=1
  fi
  printf '%-10s %12s %8s %8s %8s  %s\n' "$entry" "${execs:-?}" "${speed:-?}" \
    "${cov:-?}" "${ft:-?}" "$result"
  [ "$result" = ok ] || grep -m 5 -E 'ERROR|SUMMARY|runtime error|abort' "$log" | sed 's/^/#   /'
done
echo "work folder: $work"
exit "$failed"
