#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Runs split three ways give the bytes of one run (issue 10): -j 2 against
# -j 1, and shards merged in any order against a single extract, in every
# syntax, over a folder walked recursively; a damaged or foreign partial is
# refused with its name and nothing is written; folder walking skips dot
# files and reads files in path order whatever the command line's order.
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
cd "$SRC" || exit 1

corpus=$scratch/corpus
mkdir -p "$corpus/en" "$corpus/fr/deep" "$corpus/.hidden"
cp tests/e2e/data/*.txt "$corpus/en/"
cp seeds/*.txt "$corpus/fr/deep/"
/usr/bin/python3 - "$corpus/fr" <<'PY'
import json, sys
# the project's own gold texts, one file each
n = 0
for lang in ("fr", "en"):
    for line in open(f"tests/gold/{lang}.jsonl", encoding="utf-8"):
        doc = json.loads(line)
        n += 1
        with open(f"{sys.argv[1]}/gold-{lang}-{n:03d}.txt", "w", encoding="utf-8") as f:
            f.write(doc["text"])
PY
echo "junk that must not be read" >"$corpus/.hidden/x.txt"
cp seeds/000_*.txt "$corpus/en/.dotfile.txt"
ndocs=$(find "$corpus" -name '*.txt' -not -path '*/.*' | wc -l)

for f in nquads turtle ntriples rdfxml; do
  "$BIN" extract -f "$f" "$corpus" -o "$scratch/one.$f" 2>"$scratch/one.err"
  check "extract $f over a folder exits 0" [ $? -eq 0 ]
  "$BIN" extract -j 2 -f "$f" "$corpus" -o "$scratch/j2.$f" 2>"$scratch/j2.err"
  check "-j 2 gives the bytes of -j 1 ($f)" cmp -s "$scratch/one.$f" "$scratch/j2.$f"
done
check "-j 2 prints the same messages as -j 1" cmp -s "$scratch/one.err" "$scratch/j2.err"
docs=$(grep -c 'ontology#Document>' "$scratch/one.nquads")
check "every text under the folder is a document, dot files skipped ($docs of $ndocs)" \
  [ "$docs" -eq "$ndocs" ]
check "nothing from a dot folder is read" \
  bash -c "! grep -q 'junk that must not' '$scratch/one.nquads'"

# Bad files among good ones: the same messages, the same exit, the same
# bytes with -j 2 as with -j 1.
bad=$scratch/bad
mkdir -p "$bad"
cp "$corpus"/en/*.txt "$bad/"
: >"$bad/b-empty.txt"
printf 'caf\xe9\n' >"$bad/c-latin1.txt"
for j in 1 2; do
  "$BIN" extract -j $j -k -f nquads "$bad" -o "$scratch/bad-j$j.nq" 2>"$scratch/bad-j$j.err"
  echo $? >"$scratch/bad-j$j.code"
  "$BIN" extract -j $j -f nquads "$bad" -o "$scratch/stop-j$j.nq" 2>"$scratch/stop-j$j.err"
  echo $? >"$scratch/stop-j$j.code"
done
check "-k with bad files: exit 0 with -j 1 and -j 2" \
  bash -c "[ \$(cat '$scratch/bad-j1.code') = 0 ] && [ \$(cat '$scratch/bad-j2.code') = 0 ]"
check "-k with bad files: same bytes with -j 2" cmp -s "$scratch/bad-j1.nq" "$scratch/bad-j2.nq"
check "-k with bad files: same messages, in order, with -j 2" \
  cmp -s "$scratch/bad-j1.err" "$scratch/bad-j2.err"
check "-k names both bad files" \
  bash -c "grep -q b-empty.txt '$scratch/bad-j2.err' && grep -q c-latin1.txt '$scratch/bad-j2.err'"
check "without -k, a bad file stops -j 2 as it stops -j 1 (exit 3)" \
  bash -c "[ \$(cat '$scratch/stop-j1.code') = 3 ] && [ \$(cat '$scratch/stop-j2.code') = 3 ]"
check "without -k, the same first message with -j 2" \
  cmp -s "$scratch/stop-j1.err" "$scratch/stop-j2.err"
check "without -k, nothing is written" \
  bash -c "[ ! -e '$scratch/stop-j1.nq' ] && [ ! -e '$scratch/stop-j2.nq' ]"

for n in 1 3 5; do
  rm -f "$scratch"/part-*.lsn
  for ((k = 0; k < n; k++)); do
    "$BIN" extract --shard "$k/$n" "$corpus" -o "$scratch/part-$k.lsn" ||
      not_ok "shard $k/$n exits 0"
  done
  # merged in reverse order: order of partials must not matter
  parts=$(ls "$scratch"/part-*.lsn | sort -r)
  # shellcheck disable=SC2086
  "$BIN" merge -f nquads $parts -o "$scratch/merged.nq"
  check "$n shards merged give the bytes of one run (nquads)" \
    cmp -s "$scratch/one.nquads" "$scratch/merged.nq"
  # shellcheck disable=SC2086
  "$BIN" merge $parts -o "$scratch/merged.ttl"
  check "$n shards merged give the bytes of one run (turtle)" \
    cmp -s "$scratch/one.turtle" "$scratch/merged.ttl"
done

# Paths given in another order, and a file given twice, change nothing.
files=$(find "$corpus" -name '*.txt' -not -path '*/.*' | sort -r)
# shellcheck disable=SC2086
"$BIN" extract -f nquads $files -o "$scratch/reversed.nq" 2>/dev/null
check "files given in reverse order: same bytes" \
  cmp -s "$scratch/one.nquads" "$scratch/reversed.nq"

# Damage: a flipped byte in the middle of a record, a cut file, a foreign
# base.  Each is refused with the partial's name, and -o is left alone.
"$BIN" extract --shard 0/1 "$corpus" -o "$scratch/whole.lsn"
size=$(stat -c %s "$scratch/whole.lsn")
cp "$scratch/whole.lsn" "$scratch/flipped.lsn"
printf 'X' | dd of="$scratch/flipped.lsn" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
head -c $((size - 20)) "$scratch/whole.lsn" >"$scratch/cut.lsn"
echo previous >"$scratch/keep.nq"
for bad in flipped cut; do
  "$BIN" merge -f nquads "$scratch/$bad.lsn" -o "$scratch/keep.nq" 2>"$scratch/err"
  code=$?
  check "a $bad partial is refused (exit 3, got $code)" [ "$code" -eq 3 ]
  check "the message names the $bad partial" grep -q "$bad.lsn" "$scratch/err"
  check "the previous output is intact after a $bad partial" \
    grep -qx previous "$scratch/keep.nq"
done
"$BIN" extract --shard 0/2 --base https://other.example/ "$corpus" -o "$scratch/other.lsn"
"$BIN" merge "$scratch/whole.lsn" "$scratch/other.lsn" -o "$scratch/x.ttl" 2>"$scratch/err"
check "partials with another base are refused" grep -q "another liaison version, base" "$scratch/err"
"$BIN" merge "$corpus/en/acronym-a.txt" -o "$scratch/x.ttl" 2>"$scratch/err"
check "a text file is not a partial" grep -q "not a liaison partial" "$scratch/err"
"$BIN" extract --shard 3/2 "$corpus" -o "$scratch/x.lsn" 2>"$scratch/err"
check "--shard 3/2 is a usage error" [ $? -eq 2 ]
"$BIN" extract --shard 0/2 --link "$corpus/en/acronym-a.txt" "$corpus" -o "$scratch/x.lsn" 2>"$scratch/err"
check "--link with --shard points to merge (exit 2)" \
  bash -c "[ $? -eq 2 ] && grep -q 'liaison merge' '$scratch/err'"
finish
