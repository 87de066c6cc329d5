#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# The end-to-end extraction of the seeds under valgrind: no invalid read or
# write, no use of uninitialised memory, no definite leak (exit 77 when
# valgrind is missing, or when the binary was built with a sanitizer).
# Usage: bash valgrind.sh BINARY SRCDIR [SHAREDDIR]
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
command -v valgrind >/dev/null || { echo "skip: valgrind is missing"; exit 77; }
if nm -an "$BIN" 2>/dev/null | grep -q __asan_init; then
  echo "skip: built with AddressSanitizer"
  exit 77
fi
vg() {
  valgrind --error-exitcode=1 --errors-for-leak-kinds=definite \
    --leak-check=full --quiet "$@"
}
vg "$BIN" extract -o "$scratch/seeds.ttl" "$SRC"/seeds/*.txt 2>"$scratch/err"
check "extract seeds (Turtle) under valgrind" [ $? -eq 0 ]
[ -s "$scratch/seeds.ttl" ] || not_ok "the graph was written"
vg "$BIN" extract -f nquads -o "$scratch/seeds.nq" "$SRC"/seeds/*.txt \
  "$SRC"/tests/e2e/cases/*.txt 2>>"$scratch/err"
check "extract seeds and cases (N-Quads) under valgrind" [ $? -eq 0 ]
vg "$BIN" extract -j 2 -f nquads -o "$scratch/j2.nq" "$SRC"/seeds/*.txt \
  "$SRC"/tests/e2e/cases/*.txt 2>>"$scratch/err"
check "extract -j 2 under valgrind" [ $? -eq 0 ]
check "-j 2 under valgrind: same bytes" cmp -s "$scratch/seeds.nq" "$scratch/j2.nq"
for k in 0 1; do
  vg "$BIN" extract --shard $k/2 -o "$scratch/part-$k.lsn" "$SRC"/seeds/*.txt \
    "$SRC"/tests/e2e/cases/*.txt 2>>"$scratch/err" || not_ok "shard $k/2 under valgrind"
done
vg "$BIN" merge -f nquads -o "$scratch/merged.nq" "$scratch"/part-*.lsn 2>>"$scratch/err"
check "merge under valgrind" [ $? -eq 0 ]
check "merged under valgrind: same bytes" cmp -s "$scratch/seeds.nq" "$scratch/merged.nq"
grep -m 20 '==[0-9]*==' "$scratch/err" | sed 's/^/#   /'
finish
