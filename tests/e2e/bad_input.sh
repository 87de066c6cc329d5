#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Bad input: a clear message naming the file (and the byte offset where
# there is one), the documented exit status, and no output file written or
# overwritten.  Hostile strings inside names still give valid RDF.
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
seed=$(ls "$SRC"/seeds/*.txt | head -n 1)

expect_error() { # expect_error "what" status pattern args...
  local what=$1 want=$2 pattern=$3
  shift 3
  echo keep >"$scratch/out.ttl"
  "$BIN" extract -o "$scratch/out.ttl" "$@" 2>"$scratch/err" >/dev/null
  local got=$?
  if [ "$got" -ne "$want" ]; then
    not_ok "$what: exit $want" "got $got: $(head -n 1 "$scratch/err")"
    return
  fi
  if ! grep -q -- "$pattern" "$scratch/err"; then
    not_ok "$what: message" "$(head -n 1 "$scratch/err")"
    return
  fi
  if [ "$(cat "$scratch/out.ttl")" != keep ]; then
    not_ok "$what: the existing output file is untouched"
    return
  fi
  if ls "$scratch" | grep -q 'tmp-'; then
    not_ok "$what: no temporary file left"
    return
  fi
  ok "$what"
}

printf 'Le Bureau \xc3\x28 des Nations Unies' >"$scratch/bad-utf8.txt"
printf 'ABC\0\1\2\3binary' >"$scratch/binary.bin"
: >"$scratch/empty.txt"
printf '  \n\n ' >"$scratch/blank.txt"
mkdir "$scratch/dir"
expect_error "invalid UTF-8" 3 "bad-utf8.txt:1:11: error: invalid UTF-8 (byte 10)" "$scratch/bad-utf8.txt"
expect_error "binary file" 3 "binary.bin:1:4: error: NUL byte" "$scratch/binary.bin"
expect_error "empty file" 3 "empty.txt: error: document is empty" "$scratch/empty.txt"
expect_error "white space only" 3 "blank.txt: error: document holds only white space" "$scratch/blank.txt"
expect_error "missing file" 3 "no-such.txt: error: No such file" "$scratch/no-such.txt"
expect_error "a folder without files" 3 "no document could be read" "$scratch/dir"
expect_error "one bad file among good ones stops the run" 3 "empty.txt" "$seed" "$scratch/empty.txt"
expect_error "unknown format" 2 "unknown format" -f turtle2 "$seed"
expect_error "unknown option" 2 "unknown option" --frobnicate "$seed"
expect_error "bad --lang" 2 "must be fr or en" --lang de "$seed"
expect_error "--base that would make invalid IRIs" 2 "--base must be an absolute IRI" --base "http://x/a>b/" "$seed"
expect_error "--base without a scheme" 2 "--base must be an absolute IRI" --base "no-scheme/" "$seed"
expect_error "no input" 2 "no input"

"$BIN" extract -k -o "$scratch/kept.ttl" "$seed" "$scratch/empty.txt" 2>/dev/null
check "--keep-going skips the bad file and writes the rest" [ -s "$scratch/kept.ttl" ]

if [ -w /dev/full ]; then
  "$BIN" extract "$seed" >/dev/full 2>"$scratch/err"
  st=$?
  check "a full disk is exit 4 with a message" [ "$st" -eq 4 ]
fi
"$BIN" extract -o "$scratch/no-dir/out.ttl" "$seed" 2>"$scratch/err"
check "an output in a missing folder is exit 4" [ $? -eq 4 ]

# Hostile but valid text: quotes, angle brackets, backslashes, control and
# bidirectional characters inside names must still give valid RDF.
printf 'M. Jean "Le>Grand\\" O\xe2\x80\xaeBrien, directeur du Bureau <des> affaires \\ "sp\xc3\xa9ciales" (B\\A), a parl\xc3\xa9.\n\nLe Forum de Dakar\x01 sur la paix\x7f a eu lieu \xc3\xa0 Dakar.\n' >"$scratch/hostile.txt"
"$BIN" extract -f ntriples -o "$scratch/hostile.nt" "$scratch/hostile.txt"
check "hostile names: exit 0" [ $? -eq 0 ]
if command -v rapper >/dev/null; then
  rapper -q -i ntriples -c "$scratch/hostile.nt" 2>"$scratch/rapper.err"
  check "hostile names: rapper parses the output" [ $? -eq 0 ]
  "$BIN" extract -o "$scratch/hostile.ttl" "$scratch/hostile.txt"
  rapper -q -i turtle -c "$scratch/hostile.ttl" 2>/dev/null
  check "hostile names: rapper parses the Turtle" [ $? -eq 0 ]
fi
if /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  /usr/bin/python3 - "$scratch/hostile.nt" <<'PY'
import re, sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="nt")
minted = re.compile(r"^https://liaison\.example\.org/id/[a-z]+/[a-z0-9-]+(#char=[0-9]+,[0-9]+)?$")
vocab = ("http://www.w3.org/", "http://schema.org/", "http://xmlns.com/", "https://w3id.org/liaison/",
         "http://persistence.uni-leipzig.org/", "http://purl.org/dc/")
bad = [str(t) for tr in g for t in tr
       if isinstance(t, rdflib.URIRef) and not minted.match(str(t)) and not str(t).startswith(vocab)]
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
  check "hostile names: every IRI is a minted slug under the base or a vocabulary term" [ $? -eq 0 ]
fi

finish
