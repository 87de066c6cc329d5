#!/bin/sh
# SPDX-License-Identifier: ISC
# liaison tag --conll: one column appended, blank and comment lines kept, the
# shipped French model finds the obvious names; bad input fails with file:line.
# usage: tagger.sh BINARY SOURCE_DIR SHARED_DIR
set -u
bin=$1
src=$2
data=$src/tests/e2e/data
[ -f "$src/data/models/fr.lsnm" ] || { echo "skip: no shipped model"; exit 77; }
export LIAISON_DATA=${LIAISON_DATA:-$src/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" tag --conll "$data/tagger-small.conllu" >"$tmp/out" 2>"$tmp/err" ||
  fail "tag exited $?: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/out")" -eq "$(wc -l <"$data/tagger-small.conllu")" ] ||
  fail "line count changed"
# Every token line gets exactly one more column; other lines are unchanged.
paste "$data/tagger-small.conllu" "$tmp/out" | awk -F'\t' '
  $1 == "" || $1 ~ /^#/ { next }
  NF != 7 || $1 != $4 || $2 != $5 || $3 != $6 { print "line " NR; bad = 1 }
  $7 !~ /^(O|[BI]-(PER|ORG|LOC|MISC))$/ { print "tag " NR ": " $7; bad = 1 }
  END { exit bad }' || fail "columns"
grep -c '^$' "$tmp/out" | grep -qx 2 || fail "blank lines not kept"
grep -qx '# une ligne de commentaire' "$tmp/out" || fail "comment not kept"
grep -q "	Genève	B-LOC	B-LOC$" "$tmp/out" || fail "Genève not B-LOC"
grep -q "	Emmanuel	B-PER	B-PER$" "$tmp/out" || fail "Emmanuel not B-PER"

# The same through standard input, and with --lang en / --model.
"$bin" tag --conll - <"$data/tagger-small.conllu" >"$tmp/out2" ||
  fail "stdin"
cmp -s "$tmp/out" "$tmp/out2" || fail "stdin output differs"
"$bin" tag --model "$src/data/models/fr.lsnm" \
  --conll "$data/tagger-small.conllu" >"$tmp/out3" || fail "--model"
cmp -s "$tmp/out" "$tmp/out3" || fail "--model output differs"
if [ -f "$src/data/models/en.lsnm" ]; then
  "$bin" tag --lang en --conll "$data/tagger-small.conllu" >/dev/null ||
    fail "--lang en"
fi

# Without --lang, the file's language picks the model: English text is
# tagged exactly as with --lang en.
if [ -f "$src/data/models/en.lsnm" ]; then
  printf '0\tThe\n1\tSecretary-General\n2\tof\n3\tthe\n4\tUnited\n5\tNations\n6\tmet\n7\tthe\n8\tPresident\n9\tof\n10\tthe\n11\tAfrican\n12\tUnion\n13\tin\n14\tNairobi\n15\ton\n16\tTuesday\n17\tand\n18\tthey\n19\twere\n20\twith\n21\tthe\n22\tdelegation\n23\t.\n' >"$tmp/en.conllu"
  "$bin" tag --conll "$tmp/en.conllu" >"$tmp/en-auto" || fail "English without --lang"
  "$bin" tag --lang en --conll "$tmp/en.conllu" >"$tmp/en-en" || fail "--lang en"
  cmp -s "$tmp/en-auto" "$tmp/en-en" || fail "English file not tagged with the English model"
  "$bin" tag --conll "$data/tagger-small.conllu" >"$tmp/fr-auto" || fail "French without --lang"
  cmp -s "$tmp/fr-auto" "$tmp/out" || fail "French file not tagged with the French model"
fi

# A malformed line: non-zero exit, file:line in the message.
"$bin" tag --conll "$data/tagger-bad.conllu" >/dev/null 2>"$tmp/err" &&
  fail "malformed input accepted"
grep -q "tagger-bad.conllu:3:" "$tmp/err" || fail "no file:line: $(cat "$tmp/err")"
# A missing file and a corrupt model.
"$bin" tag --conll "$tmp/missing.conllu" >/dev/null 2>"$tmp/err" &&
  fail "missing file accepted"
grep -q "missing.conllu" "$tmp/err" || fail "missing file not named"
head -c 1000 "$src/data/models/fr.lsnm" >"$tmp/cut.lsnm"
"$bin" tag --model "$tmp/cut.lsnm" --conll "$data/tagger-small.conllu" \
  >/dev/null 2>"$tmp/err" && fail "truncated model accepted"
grep -q "cut.lsnm" "$tmp/err" || fail "bad model not named"
"$bin" tag >/dev/null 2>&1 && fail "no arguments accepted"
echo ok
