#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Load rates: a generated corpus of DOCS*100 quads (default 1,000,000) into
# the embedded store (first load, then a reload that replaces every
# document graph), and, with ENDPOINT set, pushed to a Graph Store endpoint
# (credentials from LIAISON_USER/LIAISON_PASSWORD).  Prints wall time,
# quads/s and peak memory.  A benchmark, never a test.
# usage: bench/store-load.sh BINARY [DOCS]
set -eu
bin=$1 docs=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_triples.py" "$docs" > "$tmp/c.nq"
n=$(wc -l < "$tmp/c.nq")
measure() { # label command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" 2>/dev/null
  read -r secs kb < "$tmp/t"
  awk -v l="$label" -v n="$n" -v s="$secs" -v kb="$kb" \
    'BEGIN { printf "%-28s %9d quads %7.1f s %8.0f quads/s %6.0f MB peak\n", l, n, s, n / s, kb / 1024 }'
}
measure "embedded load" "$bin" load --store "$tmp/g.db" "$tmp/c.nq"
measure "embedded reload (replace)" "$bin" load --store "$tmp/g.db" "$tmp/c.nq"
echo "store on disk: $(du -sh "$tmp/g.db" | cut -f1)"
if [ -n "${ENDPOINT:-}" ]; then
  measure "push (Graph Store PUT)" "$bin" push --endpoint "$ENDPOINT" \
    --default-graph urn:x-liaison:default-graph "$tmp/c.nq"
fi
