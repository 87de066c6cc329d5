# SPDX-License-Identifier: ISC
# Shared by the shell tests: counters, checks, a scratch directory.
# Usage: . lib.bash  (after setting BIN, SRC)
pass=0
fail=0
scratch=$(mktemp -d "${TMPDIR:-/tmp}/lsn-e2e.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

ok() { pass=$((pass + 1)); echo "ok - $1"; }
not_ok() { fail=$((fail + 1)); echo "FAIL - $1"; [ -n "${2:-}" ] && printf '#   %s\n' "$2"; }
check() { # check "description" command...
  local what=$1
  shift
  if "$@"; then ok "$what"; else not_ok "$what"; fi
}
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
