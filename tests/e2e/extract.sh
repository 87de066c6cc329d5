#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# End-to-end: the binary on the seed texts.  Determinism (twice, and with the
# files in another order), every output format, stdin, -o, --base, --lang,
# --help and --version.
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
seeds=("$SRC"/seeds/*.txt)
cd "$SRC" || exit 1

"$BIN" extract "${seeds[@]}" >"$scratch/a.ttl" 2>"$scratch/err"
check "extract seeds exits 0" [ $? -eq 0 ]
check "nothing on stderr for good input" [ ! -s "$scratch/err" ]
"$BIN" extract "${seeds[@]}" >"$scratch/b.ttl"
check "two runs give the same bytes" cmp -s "$scratch/a.ttl" "$scratch/b.ttl"
reversed=()
for ((i = ${#seeds[@]} - 1; i >= 0; i--)); do reversed+=("${seeds[$i]}"); done
"$BIN" extract "${reversed[@]}" >"$scratch/c.ttl"
check "input order does not change the bytes" cmp -s "$scratch/a.ttl" "$scratch/c.ttl"

for f in turtle ntriples nquads rdfxml; do
  "$BIN" extract -f "$f" -o "$scratch/out.$f" "${seeds[@]}"
  check "-f $f -o FILE writes a non-empty file" [ -s "$scratch/out.$f" ]
done
check "no temporary file is left beside the output" \
  bash -c "! ls '$scratch' | grep -q tmp-"
grep -q '^<[^>]*> <[^>]*> .* <https://liaison.example.org/id/document/' "$scratch/out.nquads"
check "N-Quads put provenance in per-document graphs" [ $? -eq 0 ]

"$BIN" extract - <"${seeds[0]}" >"$scratch/stdin.ttl"
check "stdin (-) works" grep -q 'foaf:Person\|lsn:Document' "$scratch/stdin.ttl"
check "stdin document is named <stdin>" grep -q '"<stdin>"' "$scratch/stdin.ttl"

"$BIN" extract -f ntriples --base https://data.example.org/kg/ "${seeds[@]}" >"$scratch/base.nt"
check "--base is used for minted IRIs" grep -q '<https://data.example.org/kg/person/' "$scratch/base.nt"
check "--base leaves no IRI under the default base" \
  bash -c "! grep -q 'liaison.example.org' '$scratch/base.nt'"

"$BIN" extract --lang en -f ntriples "${seeds[0]}" >"$scratch/en.nt"
check "--lang en tags labels @en" grep -q '"@en \.$\|@en \.' "$scratch/en.nt"
"$BIN" extract -f ntriples "${seeds[0]}" >"$scratch/fr.nt"
check "French is detected without --lang" grep -q '"fr" \.' "$scratch/fr.nt"

check "--help exits 0" "$BIN" --help
check "extract --help exits 0 and lists --format" bash -c "'$BIN' extract --help | grep -q -- --format"
check "--version prints the version" bash -c "'$BIN' --version | grep -q '^liaison [0-9]'"

finish
