#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Nothing lost when a load is killed: `liaison load` killed with SIGKILL at
# several moments of a large load (into a new store, and into a store that
# already holds a graph), and, when strace can, exactly inside the commit,
# leaves a store that opens and counts either what it held before or
# everything, never something else; a query during the load sees the store
# as it was; loading again removes what the killed run left and gives the
# same statements and answers as one clean load.
# Usage: bash store_kill.sh BINARY SRCDIR [SHAREDDIR]
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
command -v "$PY" >/dev/null || { echo "skip: python3 is missing"; exit 77; }
# librdf's own faults under ASan (tests/librdf.supp)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_memcmp=0:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/librdf.supp"

count() { # count STORE: the number of statements, or the error
  local out
  out=$("$BIN" query --store "$1" -r csv \
    'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' 2>&1) || {
    echo "error: $out"
    return
  }
  out=$(echo "$out" | sed -n 2p | tr -d '\r')
  echo "${out:-0}" # librdf gives no row at all for an empty store
}
dump() { # dump STORE: every quad, sorted
  "$BIN" query --store "$1" -r csv \
    'SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }' | sort
}
answers() { # answers STORE: a few questions of the shapes users ask
  "$BIN" query --store "$1" -r csv \
    'SELECT ?o (COUNT(?p) AS ?n) WHERE { ?p org:memberOf ?o } GROUP BY ?o ORDER BY ?o'
  "$BIN" query --store "$1" -r csv \
    'SELECT ?d ?f WHERE { ?d a nif:Context ; lsn:fileName ?f } ORDER BY ?d'
}
# After a load: the current generation, the lock, nothing else.
tidy() {
  local names
  names=$(ls -A "$1" | sed 's/^data-.*/data-/' | sort | tr '\n' ' ')
  [ "$names" = "current data- lock " ] && [ -d "$1/current/" ]
}
verify() { # the current generation's Berkeley DB files pass db_verify
  command -v db5.3_verify >/dev/null || return 0
  local f
  for f in "$1"/current/*.db; do
    db5.3_verify -q "$f" >/dev/null 2>&1 || return 1
  done
}

# A base graph (50 documents), a large load on top (750 documents, 75,000
# quads: a few seconds here; 50 under a sanitizer, 15 times slower) and a
# smaller one (50 documents).
docs=800
if nm -an "$BIN" 2>/dev/null | grep -q __asan_init; then
  docs=100
fi
"$PY" "$SRC/bench/gen_triples.py" $docs >"$scratch/all.nq"
head -n 5000 "$scratch/all.nq" >"$scratch/base.nq"
tail -n +5001 "$scratch/all.nq" >"$scratch/big.nq"
sed -n 5001,10000p "$scratch/all.nq" >"$scratch/mid.nq"
"$BIN" load --store "$scratch/base.db" "$scratch/base.nq" 2>/dev/null
check "base store loaded" [ $? -eq 0 ]
prev=$(count "$scratch/base.db")
check "base store counted ($prev)" [ "${prev:-0}" -gt 0 ]

# reference NAME INPUT [BASE]: one clean load of INPUT (onto BASE), its
# count in $scratch/NAME.count, its quads, answers and time (ms) beside.
reference() {
  local db=$scratch/ref-$1.db start
  [ -n "${3:-}" ] && cp -a "$3" "$db"
  start=$(date +%s%N)
  "$BIN" load --store "$db" "$2" 2>/dev/null
  check "clean load $1" [ $? -eq 0 ]
  echo $((($(date +%s%N) - start) / 1000000)) >"$scratch/$1.ms"
  count "$db" >"$scratch/$1.count"
  dump "$db" >"$scratch/$1.dump"
  answers "$db" >"$scratch/$1.answers"
}
reference add "$scratch/big.nq" "$scratch/base.db"
ms=$(cat "$scratch/add.ms")
reference new "$scratch/big.nq"
reference mid "$scratch/mid.nq" "$scratch/base.db"
echo "# $docs documents; counts: base $prev," \
  "base+big $(cat "$scratch/add.count"), big $(cat "$scratch/new.count")," \
  "base+mid $(cat "$scratch/mid.count"); the clean load of big took $ms ms"

# after_kill WHAT DB BEFORE REF INPUT: the store a load of INPUT left when
# killed counts BEFORE or what the clean load REF gave; loading INPUT
# again cleans up and gives what REF gave.
after_kill() {
  local what=$1 db=$2 before=$3 all n
  all=$(cat "$scratch/$4.count")
  n=$(count "$db")
  check "$what: the store counts $before or $all ($n)" \
    [ "$n" = "$before" -o "$n" = "$all" ]
  check "$what: its files pass db_verify" verify "$db"
  "$BIN" load --store "$db" "$5" 2>/dev/null
  check "$what: loading again succeeds" [ $? -eq 0 ]
  check "$what: then counts $all" [ "$(count "$db")" = "$all" ]
  check "$what: nothing left of the killed run" tidy "$db"
  dump "$db" | cmp -s - "$scratch/$4.dump"
  check "$what: the same statements as one clean load" [ $? -eq 0 ]
  answers "$db" | cmp -s - "$scratch/$4.answers"
  check "$what: the same answers as one clean load" [ $? -eq 0 ]
  rm -rf "$db"
}

landed=0
# kill_at SECONDS new|add: kill -9 a load SECONDS after it starts
kill_at() {
  local when=$1 kind=$2 db=$scratch/kill-$1-$2.db before=0 st n
  [ "$kind" = add ] && cp -a "$scratch/base.db" "$db" && before=$prev
  "$BIN" load --store "$db" "$scratch/big.nq" 2>/dev/null &
  local pid=$!
  sleep "$when"
  if [ "$kind" = add ] && kill -0 "$pid" 2>/dev/null; then
    n=$(count "$db") # a reader while the load runs (or has just ended)
    check "$when s $kind: a query during the load counts $before ($n)" \
      [ "$n" = "$before" -o "$n" = "$(cat "$scratch/add.count")" ]
  fi
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  st=$?
  if [ $st -eq 137 ]; then
    landed=$((landed + 1))
  else
    echo "# $when s $kind: the load had ended (status $st)"
  fi
  after_kill "$when s $kind" "$db" "$before" "$kind" "$scratch/big.nq"
}
# Early, middle and late in the load (late: 80% of the clean load).
late=$(awk -v ms="$ms" 'BEGIN { printf "%.2f", ms * 0.8 / 1000 }')
kill_at 0.5 new
kill_at 0.2 add
kill_at 0.5 add
kill_at 1 add
kill_at "$late" add
check "the kills fell inside the loads ($landed of 5)" [ "$landed" -ge 4 ]

# Inside the commit, exactly: strace kills the load when it first makes a
# given system call.  fsync: the new generation is being synced; rename:
# just before `current` is swapped; rmdir: just after, removing the old
# generation.  (Every system call stops under strace: the smaller input.)
# commit_kill SYSCALL EXPECTED
commit_kill() {
  local db=$scratch/commit-$1.db n
  cp -a "$scratch/base.db" "$db"
  { strace -f -o /dev/null -e trace="$1" -e inject="$1":signal=KILL \
    "$BIN" load --store "$db" "$scratch/mid.nq"; } 2>/dev/null
  check "killed at $1: killed (status $?)" [ $? -eq 137 ]
  n=$(count "$db")
  check "killed at $1: the store counts $2 ($n)" [ "$n" = "$2" ]
  after_kill "killed at $1" "$db" "$prev" mid "$scratch/mid.nq"
}
if command -v strace >/dev/null && strace -f -o /dev/null true 2>/dev/null; then
  commit_kill fsync "$prev"
  commit_kill rename "$prev"
  commit_kill rmdir "$(cat "$scratch/mid.count")"
else
  echo "# skip: strace is missing or cannot trace here: no kill inside the commit"
fi
finish
