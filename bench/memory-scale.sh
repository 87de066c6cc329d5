#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Peak memory of `liaison extract` at 1x, 10x and 100x a corpus size
# (issue 10): documents are streamed, so peak memory should follow the
# distinct entities and the largest document, not the corpus.
#
# usage: bench/memory-scale.sh [LIAISON [BASE_WORDS [SHARED_DIR]]]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/liaison}
base=${2:-100000}
shared=${3:-$here/../shared}
work=$(mktemp -d "${TMPDIR:-/tmp}/lsn-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '| corpus | words | documents | largest document | triples | seconds | peak RSS |\n|---|---|---|---|---|---|---|\n'
for mult in 1 10 100; do
  words=$((base * mult))
  python3 "$here/bench/make_corpus.py" "$words" "$work/c$mult" "$shared" >/dev/null
  docs=$(find "$work/c$mult" -type f | wc -l)
  largest=$(find "$work/c$mult" -type f -printf '%s\n' | sort -n | tail -1)
  /usr/bin/time -f '%e %M' -o "$work/time" \
    "$bin" extract -f nquads "$work/c$mult" -o "$work/out.nq"
  read -r secs kb <"$work/time"
  triples=$(wc -l <"$work/out.nq")
  printf '| %sx | %s | %s | %s B | %s | %s | %.1f MB |\n' \
    "$mult" "$words" "$docs" "$largest" "$triples" "$secs" "$(echo "$kb / 1024" | bc -l)"
  rm -rf "$work/c$mult" "$work/out.nq"
done
