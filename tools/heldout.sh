#!/bin/sh
# SPDX-License-Identifier: ISC
# Held-out F1 of a training setting, on the training file only (never the
# -test files): docs/internals/tagger.md, "Choosing settings".  The train
# file is split into its first 90% of sentences and last 10%, and again
# into its last 90% and first 10%; a model is trained on each 90% with the
# word lists of tools/train-models.sh and scored on the other tenth.
# Prints each tenth's nerscore summary and the mean F1.
#
# usage: tools/heldout.sh LANG [LIAISON_BINARY [SHARED_DIR]] [-- TRAIN_OPTS...]
#   e.g. tools/heldout.sh en build/liaison -- --epochs 2 --min-count 3
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
lang=$1
shift
bin=$here/build/liaison
shared=$here/../shared
[ $# -gt 0 ] && [ "$1" != -- ] && { bin=$1; shift; }
[ $# -gt 0 ] && [ "$1" != -- ] && { shared=$1; shift; }
[ $# -gt 0 ] && [ "$1" = -- ] && shift
train=$shared/data/ner/wikineural-$lang-train.conllu
score=$shared/tools/nerscore

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/tools/train-models.sh" --words "$lang" "$tmp" >"$tmp/words.args"

# Sentences are paragraphs: split at 10% and 90% of their count.
LC_ALL=C awk -v RS= -v tmp="$tmp" '
{ s[NR] = $0 }
END {
  a = int(NR * 0.9); b = int(NR * 0.1)
  for (i = 1; i <= NR; i++) {
    print s[i] "\n" > (i <= a ? tmp "/A.train" : tmp "/A.held")
    print s[i] "\n" > (i > b ? tmp "/B.train" : tmp "/B.held")
  }
}' "$train"

for split in A B; do
  # shellcheck disable=SC2046
  "$bin" train -q --lang "$lang" $(cat "$tmp/words.args") "$@" \
    -o "$tmp/$split.lsnm" "$tmp/$split.train"
  "$bin" tag --model "$tmp/$split.lsnm" --conll "$tmp/$split.held" |
    "$score" >"$tmp/$split.score"
  echo "== $split"
  cat "$tmp/$split.score"
done
awk '/^sentences=/ { sub(/.*f1=/, ""); s += $0; n++ }
     END { printf "mean F1 %.4f\n", s / n }' "$tmp/A.score" "$tmp/B.score"
# per type means
awk '$1 ~ /^(PER|ORG|LOC|MISC)$/ { sub(/F1=/, "", $4); f[$1] += $4; n[$1]++ }
     END { for (k in f) printf "%s %.3f  ", k, f[k] / n[k]; print "" }' \
  "$tmp/A.score" "$tmp/B.score"
