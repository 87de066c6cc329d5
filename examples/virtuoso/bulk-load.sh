#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Load big N-Quads files (liaison extract/merge -f nquads) into Virtuoso with
# its bulk loader: ld_dir() registers each file, rdf_loader_run() streams it
# in (no transaction log), checkpoint makes it durable.  Prints the triples
# added and the load rate.  The Graph Store Protocol (liaison push) is the
# way for small and incremental loads; this is the way for millions of
# triples (shared/recipes/virtuoso.md, "Pitfalls at scale").
#
#   bulk-load.sh [-s HOST:PORT] [-d DIR] [-m MB] [-g GRAPH] [-p LOADERS] FILE...
#
#   -s HOST:PORT  the SQL port of a running Virtuoso (user and password from
#                 $VIRTUOSO_USER and $VIRTUOSO_PASSWORD, default dba/dba).
#                 The server reads the files itself: they must be on its
#                 machine, under a folder of its DirsAllowed.  Without -s, a
#                 throwaway server is started on 127.0.0.1 (SQL port
#                 $LSN_VIRTUOSO_SQL_PORT, default 21111; HTTP
#                 $LSN_VIRTUOSO_HTTP_PORT, default 28890) and stopped at the end.
#   -d DIR        the throwaway's database folder, kept afterwards (start it
#                 again with: virtuoso-t +configfile DIR/virtuoso.ini); by
#                 default a temporary folder, removed.
#   -m MB         the throwaway's page buffers (default 1300: about the size
#                 of the database for 10 million triples; more is faster)
#   -g GRAPH      graph of the triples that name none (N-Quads' default
#                 graph; default urn:x-liaison:default-graph)
#   -p LOADERS    loaders run in parallel, one file each at a time (default
#                 1; more helps only with several files: about cores / 2.5)
#
# A file already loaded (a row of DB.DBA.LOAD_LIST) is loaded again, unless
# a loader is reading it right now; a triple already there is not added
# twice (the store is a set).  isql takes the password on its command line:
# on a shared machine, use an account made for loading.
set -u -o pipefail
server='' dir='' mb=1300 graph=urn:x-liaison:default-graph loaders=1
usage() {
  echo "usage: $0 [-s HOST:PORT] [-d DIR] [-m MB] [-g GRAPH] [-p LOADERS] FILE..." >&2
  exit 2
}
while getopts s:d:m:g:p:h opt; do
  case $opt in
  s) server=$OPTARG ;; d) dir=$OPTARG ;; m) mb=$OPTARG ;;
  g) graph=$OPTARG ;; p) loaders=$OPTARG ;; *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || usage
case $mb$loaders in *[!0-9]*) usage ;; esac
command -v isql-vt >/dev/null || { echo "$0: no isql-vt (Debian: virtuoso-opensource)" >&2; exit 2; }
files=()
for f in "$@"; do
  [ -f "$f" ] && [ -r "$f" ] || { echo "$0: cannot read $f" >&2; exit 2; }
  files+=("$(readlink -f "$f")")
done
user=${VIRTUOSO_USER:-dba} pass=${VIRTUOSO_PASSWORD:-dba}
now() { date +%s.%N; }
say() { echo "bulk-load: $*"; }

vpid='' tmpdir=''
stop() { # the throwaway server, if we started it
  if [ -n "$vpid" ] && kill -0 "$vpid" 2>/dev/null; then
    isql-vt "$server" "$user" "$pass" -K >/dev/null 2>&1 || kill -TERM "$vpid"
    for _ in $(seq 300); do kill -0 "$vpid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$vpid" 2>/dev/null && kill -KILL "$vpid"
  fi
  [ -n "$tmpdir" ] && rm -rf "$tmpdir"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

sql() { # STATEMENT: run it, print its rows; fail when it fails
  isql-vt "$server" "$user" "$pass" VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF \
    exec="$1; EXIT \$IF \$EQU \$STATE OK 0 7;"
}
str() { local s=${1//\'/\'\'}; printf "'%s'" "$s"; } # an SQL string literal
count() { sql "SELECT COUNT(*) FROM DB.DBA.RDF_QUAD" | tr -dc 0-9; }

if [ -z "$server" ]; then
  command -v virtuoso-t >/dev/null || { echo "$0: no virtuoso-t (Debian: virtuoso-opensource)" >&2; exit 2; }
  if [ -z "$dir" ]; then
    tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/lsn-virtuoso.XXXXXX") || exit 1
    dir=$tmpdir
  fi
  mkdir -p "$dir" && dir=$(cd "$dir" && pwd) || exit 1
  server=127.0.0.1:${LSN_VIRTUOSO_SQL_PORT:-21111}
  allowed=$(printf '%s\n' "$dir" "${files[@]%/*}" | sort -u | paste -sd, | sed 's/,/, /g')
  buffers=$((mb * 128)) # 8 KB pages
  cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = $server
DisableUnixSocket = 1
DirsAllowed = ., $allowed
NumberOfBuffers = $buffers
MaxDirtyBuffers = $((buffers * 3 / 4))
MaxQueryMem = 1G
[HTTPServer]
ServerPort = 127.0.0.1:${LSN_VIRTUOSO_HTTP_PORT:-28890}
ServerRoot = $dir
Charset = UTF-8
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 300
INI
  t0=$(now)
  (cd "$dir" && exec virtuoso-t +configfile "$dir/virtuoso.ini" +foreground) >/dev/null 2>&1 &
  vpid=$!
  up=0
  for _ in $(seq 600); do # 120 s: a start under disk load is slow
    kill -0 "$vpid" 2>/dev/null || break
    sql "SELECT 1" >/dev/null 2>&1 && { up=1; break; }
    sleep 0.2
  done
  [ $up -eq 1 ] || { echo "$0: Virtuoso did not start (port taken?):" >&2; tail -5 "$dir/virtuoso.log" >&2; exit 1; }
  say "throwaway Virtuoso on $server in $dir, $mb MB of buffers, up in $(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s"
fi

before=$(count) || { echo "$0: cannot query $server as $user" >&2; exit 1; }
lines='' bytes=0 list=''
for f in "${files[@]}"; do
  case $f in *.nq | *.nt) lines=$((${lines:-0} + $(wc -l <"$f"))) ;; esac
  bytes=$((bytes + $(stat -c %s "$f")))
  list="$list${list:+, }$(str "$f")"
  sql "DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file = $(str "$f") AND ll_state <> 1" >/dev/null &&
    sql "ld_dir($(str "${f%/*}"), $(str "${f##*/}"), $(str "$graph"))" >/dev/null ||
    { echo "$0: ld_dir refused $f (is its folder in the server's DirsAllowed?)" >&2; exit 1; }
done
say "${#files[@]} file(s), $(awk -v b=$bytes 'BEGIN { printf "%.1f", b / 1e6 }') MB${lines:+, $lines lines}; loading with $loaders loader(s)"

t0=$(now)
pids=()
for _ in $(seq "$loaders"); do sql "rdf_loader_run()" >/dev/null & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || { echo "$0: rdf_loader_run() failed" >&2; exit 1; }; done
sql "checkpoint" >/dev/null || { echo "$0: checkpoint failed" >&2; exit 1; }
t1=$(now)

errors=$(sql "SELECT ll_file || ': ' || COALESCE(ll_error, 'not loaded') FROM DB.DBA.LOAD_LIST
  WHERE ll_file IN ($list) AND (ll_state <> 2 OR ll_error IS NOT NULL)") ||
  { echo "$0: cannot read DB.DBA.LOAD_LIST" >&2; exit 1; }
if [ -n "$(echo "$errors" | tr -d '[:space:]')" ]; then
  echo "$0: not loaded:" >&2; echo "$errors" | sed '/^[[:space:]]*$/d' >&2; exit 1
fi
after=$(count)
awk -v n=$((after - before)) -v a="$t0" -v b="$t1" -v total="$after" 'BEGIN {
  s = b - a
  printf "bulk-load: %d triples added in %.1f s (%.0f triples/s, loader and checkpoint)\n", n, s, n / s
  printf "bulk-load: the store now holds %d quads\n", total }'
