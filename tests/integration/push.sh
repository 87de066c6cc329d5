#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# liaison push against a fake Graph Store server on 127.0.0.1 (fake_gsp.py):
# PUT per graph, POST with --add, the summary, 401 (the server's message,
# no retry), 500 (retries, then an error, the graph left as it was), a
# server that recovers, a slow server (timeout), a server that is down,
# and credentials that never appear on argv or in messages.
# usage: push.sh BINARY SRCDIR [SHAREDDIR]
set -u
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v python3 >/dev/null || { echo "push: skipped: no python3"; exit 77; }
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0 fail=0
# librdf's own faults under ASan (tests/librdf.supp)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_memcmp=0:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$src/tests/librdf.supp"
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

start() { # start the fake server in mode $1; sets $url and $pid
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -f "$tmp/port"
  python3 "$here/fake_gsp.py" "$tmp/port" "$1" & pid=$!
  for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
  url="http://127.0.0.1:$(cat "$tmp/port")"
}

cat > "$tmp/c.nq" <<'NQ'
<http://ex.org/a> <http://ex.org/p> "fact" .
<http://ex.org/a> <http://ex.org/p> "one"@en <http://ex.org/g1> .
<http://ex.org/a> <http://ex.org/p> "two" <http://ex.org/g1> .
<http://ex.org/b> <http://ex.org/p> <http://ex.org/c> <http://ex.org/g2> .
NQ
printf '<http://ex.org/x> <http://ex.org/p> "new" .\n' > "$tmp/new.nq"

start ok
if "$bin" push --endpoint "$url/gsp" "$tmp/c.nq" 2> "$tmp/err"; then ok; else ko "push to ok server"; cat "$tmp/err"; fi
grep -q "3 graphs, 4 triples sent in 3 requests" "$tmp/err" && ok || ko "summary: $(cat "$tmp/err")"
curl -s "$url/dump" > "$tmp/dump"
printf 'DEFAULT\t1\nhttp://ex.org/g1\t2\nhttp://ex.org/g2\t1\n' | diff - "$tmp/dump" >/dev/null && ok || ko "graphs on server: $(cat "$tmp/dump")"
curl -s "$url/log" | grep -q "^PUT http://ex.org/g1 application/n-triples" && ok || ko "PUT with n-triples"
"$bin" push --endpoint "$url/gsp" --graph http://ex.org/g1 "$tmp/new.nq" 2>/dev/null # .nq: graphs from the file
"$bin" push --add --endpoint "$url/gsp" "$tmp/c.nq" 2>/dev/null
curl -s "$url/dump" | grep -q "^http://ex.org/g1	4$" && ok || ko "--add appends: $(curl -s "$url/dump")"
curl -s "$url/log" | grep -q "^POST http://ex.org/g1" && ok || ko "POST with --add"
printf '<http://ex.org/t> <http://ex.org/p> "t" .\n' > "$tmp/t.ttl"
"$bin" push --endpoint "$url/gsp" --graph http://ex.org/g2 "$tmp/t.ttl" 2>/dev/null
curl -s "$url/dump" | grep -q "^http://ex.org/g2	1$" && ok || ko "--graph with Turtle"

"$bin" push --endpoint "http://u:pw@127.0.0.1:1/gsp" "$tmp/c.nq" 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "no credentials in the URL" "$tmp/err" && ! grep -q pw@ "$tmp/err" && ok || ko "credentials in URL refused"

# 401: no retry, the server's message
start 401
"$bin" push --endpoint "$url/gsp" "$tmp/c.nq" 2> "$tmp/err"; rc=$?
[ $rc -eq 4 ] && ok || ko "401 exit $rc"
grep -q "HTTP 401: Unauthorized: bad credentials" "$tmp/err" && ok || ko "401 message: $(cat "$tmp/err")"
[ "$(curl -s "$url/log" | wc -l)" -eq 1 ] && ok || ko "401 retried"
# credentials: from the environment, sent when the server asks, never printed
LIAISON_USER=u LIAISON_PASSWORD=s3cret-pw "$bin" push --endpoint "$url/gsp" "$tmp/c.nq" > "$tmp/out" 2>&1
curl -s "$url/log" | tail -1 | grep -q "auth=yes" && ok || ko "credentials sent"
grep -q s3cret "$tmp/out" && ko "password printed" || ok

# 500: retried with backoff, then an error; nothing replaced
start 500
t0=$(date +%s)
"$bin" push --retries 2 --endpoint "$url/gsp" "$tmp/c.nq" 2> "$tmp/err"; rc=$?
[ $rc -eq 4 ] && grep -q "HTTP 500: Transaction deadlocked (after 3 tries)" "$tmp/err" && ok || ko "500: rc $rc $(cat "$tmp/err")"
[ "$(curl -s "$url/log" | wc -l)" -eq 3 ] && ok || ko "500 tries: $(curl -s "$url/log" | wc -l)"
[ -z "$(curl -s "$url/dump")" ] && ok || ko "500 left a graph"
[ $(( $(date +%s) - t0 )) -ge 1 ] && ok || ko "no backoff"

# a server that fails twice then recovers: the push succeeds
start flaky
"$bin" push --endpoint "$url/gsp" "$tmp/c.nq" 2> "$tmp/err" && ok || ko "flaky: $(cat "$tmp/err")"
curl -s "$url/dump" | grep -q "^http://ex.org/g1	2$" && ok || ko "flaky: graph incomplete"

# slow: the idle timeout ends the request
start slow
"$bin" push --timeout 1 --retries 0 --endpoint "$url/gsp" "$tmp/c.nq" 2> "$tmp/err"; rc=$?
[ $rc -eq 4 ] && grep -qi "timeout\|timed out" "$tmp/err" && ok || ko "slow: rc $rc $(cat "$tmp/err")"

# down: connection refused, retried, clear error
kill "$pid"; wait "$pid" 2>/dev/null; pid=
"$bin" push --retries 1 --endpoint "$url/gsp" "$tmp/c.nq" 2> "$tmp/err"; rc=$?
[ $rc -eq 4 ] && grep -q "after 2 tries" "$tmp/err" && ok || ko "down: rc $rc $(cat "$tmp/err")"

# a bad N-Quads line: nothing sent, line named
printf '<http://ex.org/a> <http://ex.org/p> .\n' > "$tmp/bad.nq"
"$bin" push --endpoint "http://127.0.0.1:1/gsp" "$tmp/bad.nq" 2> "$tmp/err"; rc=$?
[ $rc -eq 5 ] && grep -q "bad.nq:1:1: error" "$tmp/err" && ok || ko "bad nq: rc $rc $(cat "$tmp/err")"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
