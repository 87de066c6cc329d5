#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Nothing lost: a full disk (/dev/full, and -o into a tiny tmpfs when one
# can be mounted), SIGINT and SIGTERM in the middle of a long run all leave
# the previous output file intact and no temporary file beside it.
# Usage: bash signals.sh BINARY SRCDIR [SHAREDDIR]
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

no_tmp() { ! ls -A "$1" | grep -q '\.tmp-'; }

# Full disk on standard output: exit 4, a message.
"$BIN" extract "$SRC"/seeds/*.txt >/dev/full 2>"$scratch/err"
check "/dev/full: exit 4" [ $? -eq 4 ]
check "/dev/full: a message" grep -q 'cannot write' "$scratch/err"

# Full disk on -o: a 64 KiB tmpfs (needs root and mount; else skipped).
mnt=$scratch/tiny
mkdir "$mnt"
if mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
  echo previous >"$mnt/out.ttl"
  "$PY" "$SRC/tests/e2e/hostile_gen.py" report 600 "$scratch/big.txt"
  "$BIN" extract -o "$mnt/out.ttl" "$scratch/big.txt" 2>"$scratch/err"
  check "full tmpfs: exit 4" [ $? -eq 4 ]
  check "full tmpfs: the previous file is intact" [ "$(cat "$mnt/out.ttl")" = previous ]
  check "full tmpfs: no temporary file" no_tmp "$mnt"
  umount "$mnt"
else
  echo "# skip: cannot mount a tmpfs here (not root?): full -o tested with /dev/full only"
fi

# A run long enough to interrupt: many documents with different content.
mkdir "$scratch/in"
for i in $(seq 1 24); do
  "$PY" "$SRC/tests/e2e/hostile_gen.py" report $((150 + i)) "$scratch/in/doc$i.txt"
done
# Job control, so that the background run does not start with SIGINT
# ignored (as a non-interactive shell's background jobs otherwise do).
set -m
interrupt() { # interrupt SIGNAL early|late
  local out=$scratch/out-$1-$2
  mkdir -p "$out"
  echo previous >"$out/graph.ttl"
  "$BIN" extract -o "$out/graph.ttl" "$scratch"/in/*.txt 2>/dev/null &
  local pid=$!
  if [ "$2" = early ]; then
    sleep 0.3 # reading documents: no output file opened yet
  else
    # writing the graph: the temporary file exists (polled, 20 s at most)
    for _ in $(seq 1 2000); do
      ls "$out" | grep -q '\.tmp-' && break
      sleep 0.01
    done
  fi
  kill -s "$1" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  local st=$?
  check "$1 $2: killed by the signal (status $st)" [ "$st" -gt 128 ]
  check "$1 $2: the previous file is intact" [ "$(cat "$out/graph.ttl")" = previous ]
  check "$1 $2: no temporary file" no_tmp "$out"
}
for sig in INT TERM HUP; do
  interrupt "$sig" early
  interrupt "$sig" late
done
finish
