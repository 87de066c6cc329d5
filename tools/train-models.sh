#!/bin/sh
# SPDX-License-Identifier: ISC
# Rebuild the shipped tagger models data/models/fr.lsnm and en.lsnm from the
# WikiNEuRal training files (never the -test files), deterministically.
#
# usage: tools/train-models.sh [LIAISON_BINARY [SHARED_DIR [OUT_DIR]]]
#        tools/train-models.sh --words LANG DIR
#   The second form writes LANG's generated word lists into DIR and prints
#   the word-list and class options of its model (for tools/heldout.sh).
#
# Word lists stored inside the models (needed at training time only):
#   fr: /usr/share/dict/french             (Debian package wfrench)
#   en: /usr/share/dict/american-english   (wamerican), and the capitalised
#       nouns of WordNet typed by lexicographer file (wordnet-base):
#       noun.person -> PER, noun.location -> LOC, noun.group -> ORG,
#       others -> MISC.
#       Word classes (--classes): the lexicographer files of each WordNet
#       word's commonest senses, by tools/wordnet-classes.py.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
fr_words=/usr/share/dict/french
en_words=/usr/share/dict/american-english
wordnet=/usr/share/wordnet/data.noun

for f in "$fr_words" "$en_words" "$wordnet"; do
  [ -e "$f" ] || {
    echo "train-models: missing $f (apt-get install wfrench wamerican" \
      "wordnet-base)" >&2
    exit 1
  }
done

# WordNet data.noun lines: offset lexfile type count(hex) word lexid ...
# Each capitalised token of a synset's words gets the lexfile's type.
wordnet_gazetteer() {
  LC_ALL=C awk '
  function hex(s,   i, v) {
    v = 0; s = tolower(s)
    for (i = 1; i <= length(s); i++)
      v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
    return v
  }
  /^  / { next }
  {
    t = $2 == "18" ? "PER" : $2 == "15" ? "LOC" : $2 == "14" ? "ORG" : "MISC"
    n = hex($4)
    for (i = 0; i < n; i++) {
      w = $(5 + 2 * i); sub(/\(.*$/, "", w)
      k = split(w, parts, "_")
      for (j = 1; j <= k; j++)
        if (parts[j] ~ /^[A-Z]/) print parts[j] "\t" t
    }
  }' "$wordnet" | LC_ALL=C sort -u >"$1/wordnet-en.tsv"
}

# The word-list options of LANG's model, generated files into directory $2.
word_options() {
  case $1 in
  fr) echo "--words $fr_words" ;;
  en)
    wordnet_gazetteer "$2"
    python3 "$here/tools/wordnet-classes.py" "$(dirname "$wordnet")" \
      >"$2/classes-en.tsv"
    echo "--words $en_words --words $2/wordnet-en.tsv" \
      "--classes $2/classes-en.tsv"
    ;;
  *) echo "train-models: unknown language $1" >&2; exit 2 ;;
  esac
}

if [ "${1:-}" = --words ]; then
  word_options "$2" "$3"
  exit 0
fi

bin=${1:-$here/build/liaison}
shared=${2:-$here/../shared}
out=${3:-$here/data/models}
ner=$shared/data/ner

for f in "$bin" "$ner/wikineural-fr-train.conllu" \
  "$ner/wikineural-en-train.conllu"; do
  [ -e "$f" ] || { echo "train-models: missing $f" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
# shellcheck disable=SC2046
"$bin" train --lang fr $(word_options fr "$tmp") -o "$out/fr.lsnm" \
  "$ner/wikineural-fr-train.conllu"
# English: 4 epochs per perceptron and features seen twice or more, chosen
# on held-out tenths of en-train (docs/internals/tagger.md): its labels are
# noisier, and longer training only learns the noise.
# shellcheck disable=SC2046
"$bin" train --lang en --epochs 4 --min-count 2 $(word_options en "$tmp") \
  -o "$out/en.lsnm" "$ner/wikineural-en-train.conllu"
ls -l "$out/fr.lsnm" "$out/en.lsnm"
