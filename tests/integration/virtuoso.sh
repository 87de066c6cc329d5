#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# A real server: installs Virtuoso open source (Debian virtuoso-opensource)
# if needed, starts it on loopback only in a temporary directory
# (shared/recipes/virtuoso.md), pushes the seeds' graph with liaison push,
# and checks that the triple counts and every examples/queries/*.rq answer
# are the same over HTTP as in the embedded store.  Stops the server it
# started.  Exit 77 only when the package cannot be installed.
# usage: virtuoso.sh BINARY SRCDIR [SHAREDDIR]
set -u
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
sql_port=${LSN_VIRTUOSO_SQL_PORT:-21111} http_port=${LSN_VIRTUOSO_HTTP_PORT:-28890}
H=http://127.0.0.1:$http_port

if ! command -v virtuoso-t >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
      $sudo apt-get install -y -qq --no-install-recommends virtuoso-opensource; } >/dev/null 2>&1
  command -v virtuoso-t >/dev/null || {
    echo "virtuoso: skipped: the package virtuoso-opensource cannot be installed"; exit 77; }
fi

tmp=$(mktemp -d)
vpid=
stop() {
  if [ -n "$vpid" ] && kill -0 "$vpid" 2>/dev/null; then
    isql-vt 127.0.0.1:$sql_port dba dba -K >/dev/null 2>&1 || kill -TERM "$vpid"
    for _ in $(seq 100); do kill -0 "$vpid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$vpid" 2>/dev/null && kill -KILL "$vpid"
  fi
  rm -rf "$tmp"
}
trap stop EXIT
pass=0 fail=0
# librdf's own faults under ASan (tests/librdf.supp)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_memcmp=0:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$src/tests/librdf.supp"
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

cat > "$tmp/virtuoso.ini" <<INI
[Database]
DatabaseFile = $tmp/virtuoso.db
ErrorLogFile = $tmp/virtuoso.log
LockFile = $tmp/virtuoso.lck
TransactionFile = $tmp/virtuoso.trx
xa_persistent_file = $tmp/virtuoso.pxa
[TempDatabase]
DatabaseFile = $tmp/virtuoso-temp.db
TransactionFile = $tmp/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DirsAllowed = ., $tmp
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
MaxQueryMem = 1G
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $tmp
Charset = UTF-8
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 300
INI
(cd "$tmp" && exec virtuoso-t +configfile "$tmp/virtuoso.ini" +foreground) >/dev/null 2>&1 &
vpid=$!
up=0
for _ in $(seq 120); do
  kill -0 "$vpid" 2>/dev/null || break
  curl -sf "$H/sparql?query=ASK%7B%7D" >/dev/null 2>&1 && { up=1; break; }
  sleep 0.5
done
if [ $up -ne 1 ]; then
  echo "FAIL: virtuoso did not start (port taken?)"; tail -5 "$tmp/virtuoso.log" 2>/dev/null
  echo "0 passed, 1 failed"; exit 1
fi

# the embedded store and the pushed graph, from the same seeds
# (one extraction for both: data/ may change under a running suite)
"$bin" extract -f nquads -o "$tmp/seeds.nq" "$src"/seeds/*.txt && ok || ko "extract seeds"
"$bin" load --store "$tmp/g.db" "$tmp/seeds.nq" 2>/dev/null && ok || ko "load seeds"
LIAISON_USER=dba LIAISON_PASSWORD=dba "$bin" push --endpoint "$H/sparql-graph-crud-auth" \
  --default-graph urn:x-liaison:default-graph "$tmp/seeds.nq" 2> "$tmp/push.err" && ok || ko "push: $(cat "$tmp/push.err")"
# pushing again replaces: the counts below must not double
LIAISON_USER=dba LIAISON_PASSWORD=dba "$bin" push --endpoint "$H/sparql-graph-crud-auth" \
  --default-graph urn:x-liaison:default-graph "$tmp/seeds.nq" 2>/dev/null && ok || ko "push again"

prologue=$(printf 'PREFIX %s\n' "rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>" \
  "rdfs: <http://www.w3.org/2000/01/rdf-schema#>" "xsd: <http://www.w3.org/2001/XMLSchema#>" \
  "owl: <http://www.w3.org/2002/07/owl#>" "skos: <http://www.w3.org/2004/02/skos/core#>" \
  "org: <http://www.w3.org/ns/org#>" "foaf: <http://xmlns.com/foaf/0.1/>" \
  "schema: <http://schema.org/>" "prov: <http://www.w3.org/ns/prov#>" \
  "dcterms: <http://purl.org/dc/terms/>" \
  "nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>" \
  "itsrdf: <http://www.w3.org/2005/11/its/rdf#>" "lsn: <https://w3id.org/liaison/ontology#>" \
  "wd: <http://www.wikidata.org/entity/>")
remote() { # query file -> JSON results from Virtuoso
  curl -sf -H 'Accept: application/sparql-results+json' \
    --data-urlencode "query=$prologue
$(cat "$1")" "$H/sparql"
}
compare() { # name query-file
  "$bin" query --store "$tmp/g.db" --results json "$2" > "$tmp/local.json" 2>"$tmp/q.err" ||
    { ko "$1: embedded query failed: $(cat "$tmp/q.err")"; return; }
  remote "$2" > "$tmp/remote.json" || { ko "$1: virtuoso query failed"; return; }
  if out=$(python3 "$here/sparql_equal.py" "$tmp/local.json" "$tmp/remote.json"); then
    ok; echo "ok: $1 ($out)"
  else ko "$1: $out"; fi
}

# triple counts, per graph (Virtuoso's union holds its own system graphs)
cat > "$tmp/count.rq" <<'RQ'
SELECT ?g (COUNT(*) AS ?n)
WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER(?g = <urn:x-liaison:default-graph>
         || STRSTARTS(STR(?g), "https://liaison.example.org/id/document/")) }
GROUP BY ?g
RQ
compare "triple counts per graph" "$tmp/count.rq"
for q in "$src"/examples/queries/*.rq; do compare "$(basename "$q")" "$q"; done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
