#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# liaison load and query on the seeds: loading twice gives the same store,
# an .nq file replaces the documents' graphs, every example query runs, the
# results formats, and a bad query names its line and column.
# usage: store.sh BINARY SRCDIR [SHAREDDIR]
set -u
bin=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
# librdf's own faults under ASan (tests/librdf.supp)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_memcmp=0:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$src/tests/librdf.supp"
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
db=$tmp/g.db
count() { "$bin" query --store "$db" -r csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -1 | tr -d '\r'; }

"$bin" load --store "$db" "$src"/seeds/*.txt 2>/dev/null && ok || ko "load seeds"
n1=$(count)
[ "${n1:-0}" -gt 100 ] && ok || ko "store empty: $n1"
"$bin" load --store "$db" "$src"/seeds/*.txt 2>/dev/null && ok || ko "load again"
[ "$(count)" = "$n1" ] && ok || ko "reload changed the count: $n1 -> $(count)"
"$bin" extract -f nquads -o "$tmp/s.nq" "$src"/seeds/*.txt
[ "$(sort -u "$tmp/s.nq" | wc -l)" = "$n1" ] && ok || ko "store != extract: $n1 vs $(sort -u "$tmp/s.nq" | wc -l)"
"$bin" load --store "$db" "$tmp/s.nq" 2>/dev/null && ok || ko "load nq"
[ "$(count)" = "$n1" ] && ok || ko "nq reload changed the count"
g=$("$bin" query --store "$db" -r tsv 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d lsn:fileName ?f } }' | grep -c document/)
[ "$g" = 2 ] && ok || ko "document graphs: $g"
# The layout (src/io/store.c, "Generations"): the current generation and
# the writer lock, nothing left over.
[ "$(ls -A "$db" | sed 's/^data-.*/data-/' | sort | tr '\n' ' ')" = "current data- lock " ] &&
  ok || ko "store layout: $(ls -A "$db" | tr '\n' ' ')"
# Two loads at once into one store: one waits for the other, both land.
cp -a "$db" "$tmp/two.db"
for i in 1 2; do printf '<http://x/s%d> <http://x/p> <http://x/o> .\n' $i > "$tmp/two$i.nt"; done
"$bin" load --store "$tmp/two.db" "$tmp/s.nq" "$tmp/two1.nt" 2>/dev/null & p1=$!
"$bin" load --store "$tmp/two.db" "$tmp/two2.nt" 2>/dev/null & p2=$!
wait $p1 && wait $p2 && ok || ko "two loads at once failed"
n2=$("$bin" query --store "$tmp/two.db" -r csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -1 | tr -d '\r')
[ "$n2" = $((n1 + 2)) ] && ok || ko "two loads at once: $n1 + 2 expected, $n2 found"

for q in "$src"/examples/queries/*.rq; do
  out=$("$bin" query --store "$db" "$q" 2>"$tmp/err") && ok || ko "$(basename "$q"): $out"
  echo "$out" | tail -1 | grep -q '^([1-9][0-9]* rows\?)$' && ok || ko "$(basename "$q") gave no row"
done
heads=$("$bin" query --store "$db" -r csv "$src/examples/queries/heads-of-bodies.rq")
echo "$heads" | grep -q 'person/vladimir-voronkov,.*organization/unoct' && ok || ko "heads: $heads"
for f in json xml csv tsv; do
  "$bin" query --store "$db" -r $f 'SELECT ?s WHERE { ?s org:headOf ?o }' > "$tmp/r.$f" && ok || ko "results $f"
done
grep -q '"bindings"' "$tmp/r.json" && grep -q '<sparql' "$tmp/r.xml" && head -1 "$tmp/r.tsv" | grep -q '^?s$' && ok || ko "formats"

printf 'SELECT ?s\nWHERE {\n  ?s ?p ?o . FILTER(\n}\n' > "$tmp/bad.rq"
"$bin" query --store "$db" "$tmp/bad.rq" 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "bad.rq:4:1: error: syntax error" "$tmp/err" && ok || ko "bad query: rc $rc $(cat "$tmp/err")"
"$bin" query --store "$tmp/none" 'SELECT * WHERE { ?s ?p ?o }' 2>/dev/null; rc=$?
[ $rc -eq 3 ] && ok || ko "missing store: rc $rc"
printf '<http://x/a> <http://x/b> .\n' > "$tmp/bad.nt"
"$bin" load --store "$db" "$tmp/bad.nt" 2> "$tmp/err"; rc=$?
[ $rc -eq 5 ] && grep -q "bad.nt:1:" "$tmp/err" && ok || ko "bad nt: rc $rc"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
