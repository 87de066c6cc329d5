#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
#
# peers.sh: other RDF tools read what liaison writes, and the graph keeps its
# promises (provenance offsets, hashes, vocabulary, shapes).
#
#   bash tests/integration/peers.sh BINARY SRCDIR SHAREDDIR
#
# Runs, from SRCDIR (so that file names in the graph are "seeds/..."):
#
#   BINARY extract seeds/*.txt               > out.ttl   (Turtle, the default)
#   BINARY extract -f ntriples seeds/*.txt   > out.nt
#   BINARY extract -f nquads seeds/*.txt     > out.nq
#   BINARY extract -f rdfxml seeds/*.txt     > out.rdf
#
# and checks, each printed as "ok - ..." or "FAIL - ...":
#
#   rapper   parses each file in its syntax (turtle, ntriples, nquads, rdfxml)
#            with no error or warning, and finds the same number of triples in
#            the Turtle, N-Triples and RDF/XML files;
#   serdi    (serd, a second, strict parser) parses the Turtle, N-Triples and
#            N-Quads files, and counts the same statements as rapper;
#   rdflib   (/usr/bin/python3, Debian's python3-rdflib) reads all four:
#            - Turtle, N-Triples and RDF/XML give the same graph, and the union
#              of the N-Quads graphs is that graph too;
#            - N-Quads has one named graph per source document, each holding
#              that document's lsn:Document node;
#            - the graph has foaf:Person and org:Organization nodes, each
#              entity is mentioned (itsrdf:taIdentRef) at least once;
#            - every lsn: class or property used is declared in
#              ontology/liaison.ttl; every xsd:date is a real date;
#            - provenance: for each lsn:Document, lsn:fileName is one of the
#              paths given, lsn:sha256 is the SHA-256 of that file's bytes,
#              nif:isString is its text and nif:endIndex its length; for
#              every nif:Phrase / nif:Sentence, the file's text (UTF-8,
#              indices in Unicode code points) from nif:beginIndex to
#              nif:endIndex equals nif:anchorOf, and the #char=B,E of its IRI
#              agrees;
#   SHACL    the Turtle conforms to ontology/shapes.ttl (node validator in
#            tests/integration/shacl, installed with `npm ci` if missing).
#
# Exit: 0 all passed; 1 a check failed (including the binary failing or
# crashing: its status and stderr are shown); 77 nothing failed but a peer
# tool is missing (Debian packages raptor2-utils, serdi, python3-rdflib; the
# machine's node and npm), so some checks did not run.

set -u

if [ $# -lt 2 ]; then
  echo "usage: bash $0 BINARY SRCDIR [SHAREDDIR]" >&2
  exit 1
fi
case $1 in /*) BIN=$1 ;; *) BIN=$(pwd)/$1 ;; esac
SRC=$(cd "$2" && pwd) || { echo "peers.sh: no source dir $2" >&2; exit 1; }
SHAPES="$SRC/ontology/shapes.ttl"
ONTO="$SRC/ontology/liaison.ttl"
SHACL_DIR="$SRC/tests/integration/shacl"
PY=/usr/bin/python3

passed=0 failed=0 skipped=0
ok()   { echo "ok - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
skip() { echo "skip - $*"; skipped=$((skipped + 1)); }
finish() {
  echo "peers.sh: $passed passed, $failed failed, $skipped skipped"
  [ $failed -eq 0 ] || exit 1
  [ $skipped -eq 0 ] || exit 77
  exit 0
}

if [ ! -x "$BIN" ] || [ -d "$BIN" ]; then
  fail "no liaison binary at $BIN (build it first: cmake --build build)"
  finish
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lsn-peers.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT

cd "$SRC" || exit 1
INPUTS=(seeds/*.txt)
if [ ! -e "${INPUTS[0]}" ]; then
  fail "no seeds/*.txt in $SRC"
  finish
fi

# --- run the binary once per format ----------------------------------------

# extract NAME OUTFILE [OPTIONS...]: run `liaison extract OPTIONS seeds/*.txt`
# with stdout to OUTFILE; a failure, a crash, a hang or empty output is a
# FAIL with the exit status and the end of stderr. 120 s is far more than
# two short texts need: a hang is a bug.
declare -A HAVE # format name -> 1 when its output file is usable
declare -A OUT=([turtle]="$TMP/out.ttl" [ntriples]="$TMP/out.nt" [nquads]="$TMP/out.nq" [rdfxml]="$TMP/out.rdf")
extract() {
  local name=$1 out=$2 st shown
  shift 2
  shown="liaison extract${*:+ $*} seeds/*.txt"
  timeout 120 "$BIN" extract "$@" "${INPUTS[@]}" >"$out" 2>"$TMP/$name.err"
  st=$?
  if [ $st -eq 124 ]; then
    fail "$shown: timed out after 120 s"
  elif [ $st -gt 128 ]; then
    fail "$shown: killed by signal $((st - 128)); stderr: $(tail -5 "$TMP/$name.err")"
  elif [ $st -ne 0 ]; then
    fail "$shown: exit $st; stderr: $(tail -5 "$TMP/$name.err")"
  elif [ ! -s "$out" ]; then
    fail "$shown: exit 0 but no output"
  else
    ok "$shown writes ${name} ($(wc -c <"$out") bytes)"
    HAVE[$name]=1
  fi
}
extract turtle "${OUT[turtle]}"
extract ntriples "${OUT[ntriples]}" -f ntriples
extract nquads "${OUT[nquads]}" -f nquads
extract rdfxml "${OUT[rdfxml]}" -f rdfxml

# --- rapper ----------------------------------------------------------------

declare -A RAPPER_N # format -> triple count
if command -v rapper >/dev/null 2>&1; then
  for fmt in turtle ntriples nquads rdfxml; do
    [ -n "${HAVE[$fmt]:-}" ] || continue
    f=${OUT[$fmt]}
    rapper -i $fmt -c "$f" >/dev/null 2>"$TMP/rapper.log"
    st=$?
    n=$(sed -n 's/.*returned \([0-9][0-9]*\) triple.*/\1/p' "$TMP/rapper.log")
    if [ $st -ne 0 ] || grep -Eq '^rapper: (Error|Warning)' "$TMP/rapper.log"; then
      fail "rapper -i $fmt: $(grep -E '^rapper: (Error|Warning)' "$TMP/rapper.log" | head -5)"
    elif [ -z "$n" ] || [ "$n" -eq 0 ]; then
      fail "rapper -i $fmt: no triples"
    else
      ok "rapper -i $fmt parses the output cleanly ($n triples)"
      RAPPER_N[$fmt]=$n
    fi
  done
  # Same graph, same count (N-Quads may repeat a triple in several graphs).
  counts=""
  for fmt in turtle ntriples rdfxml; do
    [ -n "${RAPPER_N[$fmt]:-}" ] && counts="$counts $fmt=${RAPPER_N[$fmt]}"
  done
  if [ "$(echo "$counts" | tr ' ' '\n' | sed -n 's/.*=//p' | sort -u | wc -l)" -gt 1 ]; then
    fail "rapper counts differ between formats:$counts"
  elif [ -n "$counts" ]; then
    ok "rapper counts the same triples in every triple format:$counts"
  fi
else
  skip "rapper not found (Debian package raptor2-utils)"
fi

# --- serdi -----------------------------------------------------------------

if command -v serdi >/dev/null 2>&1; then
  for fmt in turtle ntriples nquads; do
    [ -n "${HAVE[$fmt]:-}" ] || continue
    f=${OUT[$fmt]}
    out_syntax=ntriples
    [ $fmt = nquads ] && out_syntax=nquads
    serdi -i $fmt -o $out_syntax "$f" >"$TMP/serdi.out" 2>"$TMP/serdi.err"
    st=$?
    n=$(grep -c . "$TMP/serdi.out")
    if [ $st -ne 0 ] || [ -s "$TMP/serdi.err" ]; then
      fail "serdi -i $fmt: exit $st: $(head -5 "$TMP/serdi.err")"
    elif [ "$n" -eq 0 ]; then
      fail "serdi -i $fmt: no statements"
    elif [ -n "${RAPPER_N[$fmt]:-}" ] && [ "$n" -ne "${RAPPER_N[$fmt]}" ]; then
      fail "serdi -i $fmt reads $n statements, rapper ${RAPPER_N[$fmt]}"
    else
      ok "serdi -i $fmt parses the output cleanly ($n statements)"
    fi
  done
else
  skip "serdi not found (Debian package serdi)"
fi

# --- rdflib: formats agree, provenance holds --------------------------------

cat >"$TMP/check_graph.py" <<'PYEOF'
"""rdflib checks of liaison's output. argv: SRC ONTOLOGY TTL NT NQ RDF INPUT...
(an output file given as "-" was not produced). Prints ok/FAIL lines."""
import datetime
import hashlib
import os
import re
import sys

import rdflib
from rdflib import RDF, XSD, BNode, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

src, onto_path, ttl, nt, nq, rdfxml = sys.argv[1:7]
inputs = sys.argv[7:]
LSN = Namespace("https://w3id.org/liaison/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITS = Namespace("http://www.w3.org/2005/11/its/rdf#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("http://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ENTITY_TYPES = {FOAF.Person: "person", ORG.Organization: "organisation", SDO.Place: "place",
                SDO.Event: "event", LSN.Agreement: "agreement"}
failures = 0


def report(good, what, why=""):
    global failures
    if good:
        print("ok - " + what)
    else:
        failures += 1
        print("FAIL - " + what + (": " + why if why else ""))


def first(problems, n=8):
    more = len(problems) - n
    return "; ".join(problems[:n]) + (" (and %d more)" % more if more > 0 else "")


def load(path, fmt, cls=rdflib.Graph):
    if path == "-":
        return None
    try:
        g = cls()
        g.parse(path, format=fmt)
        return g
    except Exception as err:  # a parse error is a finding, not a crash
        report(False, "rdflib reads the %s output" % fmt, "%s: %s" % (type(err).__name__, err))
        return None


g = load(ttl, "turtle")
if g is None:
    print("FAIL - no Turtle graph to check: the remaining rdflib checks did not run")
    sys.exit(1)
report(len(g) > 0, "rdflib reads the Turtle output (%d triples)" % len(g))


def same_graph(a, b):
    if any(isinstance(t, BNode) for tr in a for t in tr) or any(isinstance(t, BNode) for tr in b for t in tr):
        return isomorphic(a, b)
    return set(a) == set(b)


def diff_hint(a, b):
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    ex = next(iter(only_a or only_b), None)
    return "%d triples only in Turtle, %d only in the other; e.g. %s" % (
        len(only_a), len(only_b), " ".join(t.n3() for t in ex) if ex else "-")


for path, fmt in [(nt, "nt"), (rdfxml, "xml")]:
    other = load(path, fmt)
    if other is not None:
        report(same_graph(g, other), "rdflib: the %s output is the same graph as the Turtle"
               % {"nt": "N-Triples", "xml": "RDF/XML"}[fmt], diff_hint(g, other))

# N-Quads: one named graph per document; their union is the Turtle graph.
ds = load(nq, "nquads", rdflib.Dataset)
if ds is not None:
    union = rdflib.Graph()
    named = {}
    for s, p, o, c in ds.quads((None, None, None, None)):
        union.add((s, p, o))
        name = c.identifier if hasattr(c, "identifier") else c
        # Triples without a graph are the merged default graph; rdflib names
        # it after the file it was read from.
        default = (rdflib.graph.DATASET_DEFAULT_GRAPH_ID, ds.default_context.identifier)
        if name is not None and name not in default and not str(name).startswith("file:"):
            named.setdefault(name, rdflib.Graph()).add((s, p, o))
    report(same_graph(g, union), "rdflib: the union of the N-Quads graphs is the Turtle graph",
           diff_hint(g, union))
    problems = []
    for name, sub in sorted(named.items()):
        docs = set(sub.subjects(RDF.type, LSN.Document))
        if len(docs) != 1:
            problems.append("graph %s holds %d lsn:Document nodes" % (name, len(docs)))
        elif name not in docs:
            print("# note: graph %s holds document %s (graph name differs from document IRI)"
                  % (name, next(iter(docs))))
    ndocs = len(set(g.subjects(RDF.type, LSN.Document)))
    if len(named) != ndocs:
        problems.append("%d named graphs for %d documents" % (len(named), ndocs))
    report(not problems and named, "rdflib: N-Quads has one named graph per document (%d)" % len(named),
           first(problems))

# Entities.
persons = set(g.subjects(RDF.type, FOAF.Person))
orgs = set(g.subjects(RDF.type, ORG.Organization))
report(persons and orgs, "rdflib finds %d foaf:Person and %d org:Organization nodes" % (len(persons), len(orgs)),
       "a graph of the seeds without people or organisations")
mentioned = set(g.objects(None, ITS.taIdentRef))
problems = ["%s %s" % (kind, e) for t, kind in ENTITY_TYPES.items() for e in g.subjects(RDF.type, t)
            if e not in mentioned]
report(not problems, "every entity has at least one mention (itsrdf:taIdentRef)", first(problems))

# Vocabulary: own terms used must be declared in the ontology.
onto = rdflib.Graph().parse(onto_path, format="turtle")
declared = {s for s in onto.subjects() if isinstance(s, URIRef) and s.startswith(LSN)}
used = {p for p in g.predicates() if p.startswith(LSN)} | \
       {o for o in g.objects(None, RDF.type) if isinstance(o, URIRef) and o.startswith(LSN)}
undeclared = sorted(str(t) for t in used - declared)
report(not undeclared, "every lsn: term in the output is declared in ontology/liaison.ttl (%d used)" % len(used),
       ", ".join(undeclared))

# Dates: a valid lexical form is not enough ("2018-02-30").
problems = []
ndates = 0
for s, p, o in g:
    if isinstance(o, Literal) and o.datatype == XSD.date:
        ndates += 1
        if not isinstance(o.value, datetime.date) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(o)):
            problems.append("%s %s %r" % (s, p, str(o)))
report(not problems, "every xsd:date is a real date in YYYY-MM-DD form (%d dates)" % ndates, first(problems))

# Provenance: documents against the files they came from.
texts = {}  # context IRI -> text of its source file
problems = []
for d in sorted(set(g.subjects(RDF.type, LSN.Document))):
    names = [str(n) for n in g.objects(d, LSN.fileName)]
    if len(names) != 1:
        problems.append("%s has %d lsn:fileName" % (d, len(names)))
        continue
    name = names[0]
    if name not in inputs:
        problems.append("%s: lsn:fileName %r is not a path given on the command line" % (d, name))
        continue
    with open(os.path.join(src, name), "rb") as fh:  # relative to SRC, where liaison ran
        raw = fh.read()
    text = raw.decode("utf-8")  # strict, no newline translation: offsets are exact
    texts[d] = text
    if str(g.value(d, LSN.sha256)) != hashlib.sha256(raw).hexdigest():
        problems.append("%s: lsn:sha256 is not the SHA-256 of %s" % (d, name))
    if not str(d).endswith(hashlib.sha256(raw).hexdigest()[:16]):
        print("# note: document IRI %s does not end with the first 16 hex digits of its SHA-256" % d)
    if g.value(d, NIF.isString) is not None and str(g.value(d, NIF.isString)) != text:
        problems.append("%s: nif:isString is not the text of %s" % (d, name))
    if g.value(d, NIF.endIndex) is not None and int(g.value(d, NIF.endIndex)) != len(text):
        problems.append("%s: nif:endIndex %s, but %s has %d code points" % (d, g.value(d, NIF.endIndex), name, len(text)))
given = sorted(set(inputs) - {str(n) for n in g.objects(None, LSN.fileName)})
if given:
    problems.append("no lsn:Document for " + ", ".join(given))
report(not problems and texts, "each input file is an lsn:Document with its name, SHA-256 and text (%d)" % len(texts),
       first(problems))

# NIF spans: the text between the offsets is the anchor.
problems = []
nspans = nphrases = 0
for s in sorted(set(g.subjects(NIF.referenceContext, None))):
    ctx = g.value(s, NIF.referenceContext)
    if ctx == s:
        continue  # a context referring to itself (inferred in NIF, may be materialised)
    nspans += 1
    if ctx not in texts:
        problems.append("%s: reference context %s is not a document with a readable file" % (s, ctx))
        continue
    text = texts[ctx]
    try:
        b, e = int(g.value(s, NIF.beginIndex)), int(g.value(s, NIF.endIndex))
    except (TypeError, ValueError):
        problems.append("%s: no integer nif:beginIndex/nif:endIndex" % s)
        continue
    if not 0 <= b < e <= len(text):
        problems.append("%s: [%d,%d) outside the text (%d code points)" % (s, b, e, len(text)))
        continue
    m = re.search(r"#char=(\d+),(\d+)$", str(s))
    if m and (int(m.group(1)), int(m.group(2))) != (b, e):
        problems.append("%s: IRI says %s,%s but indices are %d,%d" % (s, m.group(1), m.group(2), b, e))
    anchor = g.value(s, NIF.anchorOf)
    if (s, RDF.type, NIF.Phrase) in g:
        nphrases += 1
        if anchor is None:
            problems.append("%s: a nif:Phrase without nif:anchorOf" % s)
    if anchor is not None and text[b:e] != str(anchor):
        problems.append("%s: text[%d:%d] is %r, anchor is %r" % (s, b, e, text[b:e], str(anchor)))
report(not problems and nphrases > 0,
       "NIF offsets: the text from nif:beginIndex to nif:endIndex is nif:anchorOf (%d spans, %d mentions)"
       % (nspans, nphrases), first(problems) or "no nif:Phrase mentions")

sys.exit(1 if failures else 0)
PYEOF

if [ -x "$PY" ] && "$PY" -c 'import rdflib' 2>/dev/null; then
  if [ -n "${HAVE[turtle]:-}" ]; then
    args=("$SRC" "$ONTO")
    for fmt in turtle ntriples nquads rdfxml; do
      if [ -n "${HAVE[$fmt]:-}" ]; then args+=("${OUT[$fmt]}"); else args+=(-); fi
    done
    "$PY" "$TMP/check_graph.py" "${args[@]}" "${INPUTS[@]}" >"$TMP/py.out" 2>"$TMP/py.err"
    cat "$TMP/py.out"
    passed=$((passed + $(grep -c '^ok - ' "$TMP/py.out")))
    failed=$((failed + $(grep -c '^FAIL - ' "$TMP/py.out")))
    if grep -q Traceback "$TMP/py.err"; then
      fail "the rdflib checks crashed: $(tail -5 "$TMP/py.err")"
    fi
  else
    fail "rdflib checks not run: no Turtle output"
  fi
else
  skip "rdflib not found for /usr/bin/python3 (Debian package python3-rdflib)"
fi

# --- SHACL -----------------------------------------------------------------

# shacl_ready: node_modules installed with the pinned versions, or install
# them with `npm ci` (under flock: ontology.sh does the same, and ctest -j may
# run both at once). Returns 77 if node or npm is missing, 1 if npm ci failed.
shacl_ready() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || return 77
  local m="$SHACL_DIR/node_modules"
  # shellcheck disable=SC2016
  local probe='grep -q "\"version\": \"0.6.5\"" "$1/rdf-validate-shacl/package.json" 2>/dev/null &&
               grep -q "\"version\": \"3.0.0\"" "$1/@zazuko/env-node/package.json" 2>/dev/null'
  # Probed under the lock only: the other test's npm ci may be half done,
  # with the probed packages there and others not yet.
  # shellcheck disable=SC2094 # fd 9 only holds the lock on the directory
  (
    cd "$SHACL_DIR" || exit 1
    flock 9
    bash -c "$probe" _ "$m" && exit 0 # installed, by us or the other test
    echo "# installing the SHACL validator: npm ci in ${SHACL_DIR#"$SRC"/}"
    npm ci --no-audit --no-fund --loglevel=error >"$TMP/npm.log" 2>&1
  ) 9<"$SHACL_DIR"
  local st=$?
  [ $st -eq 0 ] || { echo "# npm ci failed:"; tail -15 "$TMP/npm.log" | sed 's/^/#   /'; return 1; }
  bash -c "$probe" _ "$m"
}

if [ -n "${HAVE[turtle]:-}" ]; then
  shacl_ready
  st=$?
  if [ $st -eq 77 ]; then
    skip "node or npm not found: SHACL check not run"
  elif [ $st -ne 0 ]; then
    fail "cannot install the SHACL validator in ${SHACL_DIR#"$SRC"/}"
  else
    node "$SHACL_DIR/validate.mjs" "$SHAPES" "$TMP/out.ttl" >"$TMP/shacl.out" 2>&1
    st=$?
    if [ $st -eq 0 ]; then
      ok "SHACL: the Turtle output conforms to ontology/shapes.ttl"
    else
      fail "SHACL: the Turtle output does not conform to ontology/shapes.ttl (exit $st; first results below)"
      sed 's/^/#   /' "$TMP/shacl.out" | head -42
      [ "$(wc -l <"$TMP/shacl.out")" -le 42 ] || grep '^violations:' "$TMP/shacl.out" | sed 's/^/#   /'
    fi
  fi
fi

finish
