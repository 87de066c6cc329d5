#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# --link: entities get owl:sameAs the one node of a user's graph their
# labels name (same type, or untyped), and nothing when the match is
# ambiguous or the type differs.  A missing or broken graph is an error.
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
cd "$SRC" || exit 1
reg=tests/e2e/data/registry.ttl
"$BIN" extract -f ntriples --link "$reg" seeds/*.txt >"$scratch/out.nt" 2>"$scratch/err"
check "extract --link exits 0" [ $? -eq 0 ]
check "a person is linked by its label" \
  grep -q '/person/vladimir-voronkov> <http://www.w3.org/2002/07/owl#sameAs> <http://registry.example/person/1>' "$scratch/out.nt"
check "a body is linked by an altLabel in another language" \
  grep -q 'sameAs> <http://registry.example/body/7>' "$scratch/out.nt"
check "a node of another type is not linked" \
  bash -c "! grep -q 'registry.example/body/8' '$scratch/out.nt'"
check "an ambiguous name links nothing" \
  bash -c "! grep -q 'registry.example/place/' '$scratch/out.nt'"
check "exactly two links" [ "$(grep -c 'registry.example' "$scratch/out.nt")" -eq 2 ]
"$BIN" extract --link "$scratch/none.ttl" seeds/*.txt >/dev/null 2>"$scratch/err"
check "a missing --link file is exit 3 naming it" \
  bash -c "[ $? -eq 3 ] && grep -q 'none.ttl' '$scratch/err'"
printf '<a> <b> "unterminated .\n' >"$scratch/bad.ttl"
"$BIN" extract --link "$scratch/bad.ttl" seeds/*.txt >/dev/null 2>"$scratch/err"
check "a broken --link graph is exit 5 with line and column" \
  bash -c "[ $? -eq 5 ] && grep -q 'bad.ttl:1:' '$scratch/err'"
finish
