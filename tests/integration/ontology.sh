#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
#
# ontology.sh: the ontology and the shapes hold together.
#
#   bash tests/integration/ontology.sh BINARY SRCDIR SHAREDDIR
#
# BINARY and SHAREDDIR are unused (ctest passes the same three arguments to
# every shell test). Checks, each printed as "ok - ..." or "FAIL - ...":
#
#   1. rapper parses ontology/liaison.ttl and ontology/shapes.ttl with no
#      error and no warning, into more than zero triples; each file starts
#      with its version line.
#   2. rdflib (Debian's python3-rdflib, hence /usr/bin/python3 and not the
#      python3 on PATH, which may lack it) reads liaison.ttl, and:
#      - the owl:Ontology header has a version, a licence, a creator and a
#        comment in English and French;
#      - every lsn: term used anywhere in the file is declared (owl:Class,
#        owl:ObjectProperty or owl:DatatypeProperty), with rdfs:label and
#        rdfs:comment in English and French, an rdfs:subClassOf (classes) or
#        rdfs:subPropertyOf (properties) to a term outside lsn:, and for
#        properties rdfs:domain and rdfs:range;
#      - the terms liaison writes are all there, with the domains and ranges
#        of the output model (so a slip in an edit shows here);
#      - every lsn: term that shapes.ttl mentions is declared in liaison.ttl,
#        and every shape has a target or is used as a property shape, with
#        an English sh:message;
#      - tests/integration/data/valid.ttl is honest: its NIF offsets select
#        each anchor out of nif:isString, and its lsn:sha256 is the digest of
#        that text.
#   3. The SHACL validator (tests/integration/shacl, Node) accepts
#      tests/integration/data/valid.ttl, rejects invalid.ttl with exactly
#      the violations its "# expect:" lines list, and answers 2 to a file it
#      cannot parse. node_modules is installed with `npm ci` when missing.
#
# Exit: 0 all checks passed; 1 a check failed; 77 (ctest's SKIP_RETURN_CODE)
# nothing failed but a peer tool (rapper, rdflib, node/npm) is missing, so
# some checks did not run.

set -u

if [ $# -lt 2 ]; then
  echo "usage: bash $0 BINARY SRCDIR [SHAREDDIR]" >&2
  exit 1
fi
SRC=$(cd "$2" && pwd) || { echo "ontology.sh: no source dir $2" >&2; exit 1; }
ONTO="$SRC/ontology/liaison.ttl"
SHAPES="$SRC/ontology/shapes.ttl"
DATA="$SRC/tests/integration/data"
SHACL_DIR="$SRC/tests/integration/shacl"
PY=/usr/bin/python3

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lsn-ontology.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT

passed=0 failed=0 skipped=0
ok()   { echo "ok - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
skip() { echo "skip - $*"; skipped=$((skipped + 1)); }

for f in "$ONTO" "$SHAPES" "$DATA/valid.ttl" "$DATA/invalid.ttl"; do
  [ -r "$f" ] || { echo "ontology.sh: missing $f" >&2; exit 1; }
done

# --- 1. rapper -------------------------------------------------------------

# rapper_clean FILE: parse as Turtle; 0 when no error, no warning, >0 triples.
rapper_clean() {
  local file=$1 log="$TMP/rapper.log" n
  if ! rapper -q -i turtle -c "$file" >/dev/null 2>"$TMP/rapper.err"; then
    fail "rapper cannot parse ${file#"$SRC"/}: $(head -3 "$TMP/rapper.err")"
    return
  fi
  # Not quiet this time: rapper prints its warnings and the triple count on
  # stderr ("rapper: Parsing returned N triples").
  rapper -i turtle -c "$file" >/dev/null 2>"$log"
  if grep -Eq '^rapper: (Error|Warning)' "$log"; then
    fail "rapper warns about ${file#"$SRC"/}: $(grep -E '^rapper: (Error|Warning)' "$log" | head -3)"
    return
  fi
  n=$(sed -n 's/.*returned \([0-9][0-9]*\) triple.*/\1/p' "$log")
  if [ -z "$n" ] || [ "$n" -eq 0 ]; then
    fail "rapper found no triples in ${file#"$SRC"/}"
    return
  fi
  ok "rapper parses ${file#"$SRC"/} cleanly ($n triples)"
}

if command -v rapper >/dev/null 2>&1; then
  rapper_clean "$ONTO"
  rapper_clean "$SHAPES"
else
  skip "rapper not found (Debian package raptor2-utils)"
fi

# Version lines (STYLE: data files name their format and version first).
if [ "$(head -1 "$ONTO")" = "# liaison-ontology 1" ]; then
  ok "liaison.ttl starts with '# liaison-ontology 1'"
else
  fail "liaison.ttl must start with '# liaison-ontology 1', has '$(head -1 "$ONTO")'"
fi
if [ "$(head -1 "$SHAPES")" = "# liaison-shapes 1" ]; then
  ok "shapes.ttl starts with '# liaison-shapes 1'"
else
  fail "shapes.ttl must start with '# liaison-shapes 1', has '$(head -1 "$SHAPES")'"
fi

# --- 2. rdflib -------------------------------------------------------------

cat >"$TMP/check_ontology.py" <<'PYEOF'
"""Checks of liaison.ttl, shapes.ttl and valid.ttl with rdflib.
Prints "ok - ..." / "FAIL - ..." lines; exits 1 if any check failed."""
import hashlib
import re
import sys

import rdflib
from rdflib import RDF, RDFS, OWL, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

onto_path, shapes_path, valid_path = sys.argv[1:4]
LSN = Namespace("https://w3id.org/liaison/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("http://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

failures = 0


def report(good, what, why=""):
    global failures
    if good:
        print("ok - " + what)
    else:
        failures += 1
        print("FAIL - " + what + (": " + why if why else ""))


def short(term):
    return str(term).replace(str(LSN), "lsn:")


def langs(g, s, p):
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal) and o.language}


onto = rdflib.Graph().parse(onto_path, format="turtle")
shapes = rdflib.Graph().parse(shapes_path, format="turtle")

# The ontology header.
heads = list(onto.subjects(RDF.type, OWL.Ontology))
problems = []
if len(heads) != 1:
    problems.append("%d owl:Ontology nodes" % len(heads))
else:
    h = heads[0]
    for p, name in [(OWL.versionInfo, "owl:versionInfo"), (DCTERMS.license, "dcterms:license"),
                    (DCTERMS.creator, "dcterms:creator")]:
        if (h, p, None) not in onto:
            problems.append("no " + name)
    if not {"en", "fr"} <= langs(onto, h, RDFS.comment):
        problems.append("rdfs:comment not in both English and French")
report(not problems, "owl:Ontology header (version, licence, creator, comment en+fr)", "; ".join(problems))

# Every lsn: term used anywhere must be declared and documented.
CLASS_TYPES = {OWL.Class, RDFS.Class}
PROP_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty}
used = {t for triple in onto for t in triple if isinstance(t, URIRef) and t.startswith(LSN)}
terms_ok = True
for t in sorted(used):
    types = set(onto.objects(t, RDF.type))
    problems = []
    is_class, is_prop = bool(types & CLASS_TYPES), bool(types & PROP_TYPES)
    if not (is_class or is_prop):
        problems.append("not declared as a class or a property")
    for p, name in [(RDFS.label, "rdfs:label"), (RDFS.comment, "rdfs:comment")]:
        missing = {"en", "fr"} - langs(onto, t, p)
        if missing:
            problems.append("no %s in %s" % (name, "/".join(sorted(missing))))
    if is_class:
        sup = [o for o in onto.objects(t, RDFS.subClassOf) if isinstance(o, URIRef) and not o.startswith(LSN)]
        if not sup:
            problems.append("no rdfs:subClassOf a standard class")
    if is_prop:
        sup = [o for o in onto.objects(t, RDFS.subPropertyOf) if isinstance(o, URIRef) and not o.startswith(LSN)]
        if not sup:
            problems.append("no rdfs:subPropertyOf a standard property")
        for p, name in [(RDFS.domain, "rdfs:domain"), (RDFS.range, "rdfs:range")]:
            if (t, p, None) not in onto:
                problems.append("no " + name)
    if problems:
        terms_ok = False
    report(not problems, "term %s declared and documented" % short(t), "; ".join(problems))
report(terms_ok and len(used) > 0, "all %d lsn: terms of liaison.ttl documented" % len(used))

# The terms of the output model, with their domains and ranges.
RDFNS = Namespace(str(RDF))
EXPECTED = {
    LSN.Agreement: ("class", None, None),
    LSN.Commitment: ("class", None, None),
    LSN.Document: ("class", None, None),
    LSN.party: ("prop", LSN.Agreement, ORG.Organization),
    LSN.signedAt: ("prop", LSN.Agreement, SDO.Event),
    LSN.signedBy: ("prop", LSN.Agreement, FOAF.Person),
    LSN.signedOn: ("prop", LSN.Agreement, XSD.date),
    LSN.committedBy: ("prop", LSN.Commitment, FOAF.Agent),
    LSN.commitmentText: ("prop", LSN.Commitment, RDF.langString),
    LSN.sha256: ("prop", LSN.Document, XSD.string),
    LSN.fileName: ("prop", LSN.Document, XSD.string),
}
problems = []
for t, (kind, dom, rng) in EXPECTED.items():
    if t not in used:
        problems.append(short(t) + " missing")
        continue
    if kind == "prop":
        if (t, RDFS.domain, dom) not in onto:
            problems.append("%s domain is not %s" % (short(t), short(dom)))
        if (t, RDFS.range, rng) not in onto:
            problems.append("%s range is not %s" % (short(t), rng.n3()))
report(not problems, "the output model's own terms are declared with its domains and ranges", "; ".join(problems))
# Agreement and Document alignments named in the brief.
problems = []
for t, sups in [(LSN.Agreement, [SDO.CreativeWork, URIRef("http://www.w3.org/ns/prov#Entity")]),
                (LSN.Document, [FOAF.Document, URIRef("http://www.w3.org/ns/prov#Entity")])]:
    for s in sups:
        if (t, RDFS.subClassOf, s) not in onto:
            problems.append("%s not a subclass of %s" % (short(t), s))
report(not problems, "lsn:Agreement and lsn:Document aligned to schema/FOAF and PROV", "; ".join(problems))

# shapes.ttl only mentions declared lsn: terms.
in_shapes = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(LSN)}
undeclared = sorted(short(t) for t in in_shapes - used)
report(not undeclared, "every lsn: term in shapes.ttl is declared in liaison.ttl", ", ".join(undeclared))

# Shapes: node shapes have a target, property shapes an English message.
TARGETS = [SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf]
problems = []
node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
for s in node_shapes:
    if not any((s, p, None) in shapes for p in TARGETS):
        problems.append("%s has no target" % s)
prop_shapes = set(shapes.objects(None, SH.property))
NOT_CONSTRAINTS = {SH.property, SH.path, SH.message, SH.severity, *TARGETS}
for s in node_shapes | prop_shapes:
    # A shape with a constraint of its own (not only targets and property
    # shapes) must say in English what went wrong.
    constraints = {p for p, _ in shapes.predicate_objects(s) if p.startswith(SH) and p not in NOT_CONSTRAINTS}
    if constraints and "en" not in langs(shapes, s, SH.message):
        name = s if isinstance(s, URIRef) else "property shape on %s" % shapes.value(s, SH.path)
        problems.append("%s has no English sh:message" % name)
report(not problems and node_shapes and prop_shapes,
       "shapes.ttl: %d node shapes with targets, %d property shapes, all with English messages"
       % (len(node_shapes), len(prop_shapes)), "; ".join(problems))

# valid.ttl is honest about offsets and hash.
valid = rdflib.Graph().parse(valid_path, format="turtle")
problems = []
n = 0
for s in set(valid.subjects(NIF.beginIndex, None)):
    ctx = valid.value(s, NIF.referenceContext) or s
    text = valid.value(ctx, NIF.isString)
    if text is None:
        problems.append("%s: context without nif:isString" % s)
        continue
    text = str(text)
    b, e = int(valid.value(s, NIF.beginIndex)), int(valid.value(s, NIF.endIndex))
    anchor = valid.value(s, NIF.anchorOf)
    if not 0 <= b <= e <= len(text):
        problems.append("%s: [%d,%d) outside the text (length %d)" % (s, b, e, len(text)))
    elif anchor is not None and text[b:e] != str(anchor):
        problems.append("%s: text[%d:%d] is %r, anchor %r" % (s, b, e, text[b:e], str(anchor)))
    m = re.search(r"#char=(\d+),(\d+)$", str(s))
    if m and (int(m.group(1)), int(m.group(2))) != (b, e) and ctx != s:
        problems.append("%s: IRI offsets differ from nif:beginIndex/endIndex" % s)
    n += 1
for d in valid.subjects(RDF.type, LSN.Document):
    text, digest = valid.value(d, NIF.isString), valid.value(d, LSN.sha256)
    if text is not None and hashlib.sha256(str(text).encode("utf-8")).hexdigest() != str(digest):
        problems.append("%s: lsn:sha256 is not the SHA-256 of nif:isString" % d)
report(not problems and n > 0, "valid.ttl: %d NIF spans select their anchors, sha256 matches" % n,
       "; ".join(problems[:5]))

sys.exit(1 if failures else 0)
PYEOF

if [ -x "$PY" ] && "$PY" -c 'import rdflib' 2>/dev/null; then
  if "$PY" "$TMP/check_ontology.py" "$ONTO" "$SHAPES" "$DATA/valid.ttl" >"$TMP/py.out" 2>"$TMP/py.err"; then
    :
  fi
  cat "$TMP/py.out"
  passed=$((passed + $(grep -c '^ok - ' "$TMP/py.out")))
  failed=$((failed + $(grep -c '^FAIL - ' "$TMP/py.out")))
  if [ -s "$TMP/py.err" ] && ! grep -q '^ok - \|^FAIL - ' "$TMP/py.out"; then
    fail "the rdflib checks crashed: $(tail -5 "$TMP/py.err")"
  fi
else
  skip "rdflib not found for /usr/bin/python3 (Debian package python3-rdflib)"
fi

# --- 3. SHACL --------------------------------------------------------------

# shacl_ready: node_modules installed with the pinned versions, or install
# them with `npm ci` (under flock, so that ontology.sh and peers.sh running
# in parallel under ctest -j do not both write node_modules). Returns 77 if
# node or npm is missing, 1 if the install failed.
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

shacl_ready
st=$?
if [ $st -eq 77 ]; then
  skip "node or npm not found: SHACL checks not run"
elif [ $st -ne 0 ]; then
  fail "cannot install the SHACL validator in ${SHACL_DIR#"$SRC"/}"
else
  V="$SHACL_DIR/validate.mjs"

  node "$V" "$SHAPES" "$DATA/valid.ttl" >"$TMP/valid.out" 2>&1
  st=$?
  if [ $st -eq 0 ]; then
    ok "SHACL: valid.ttl conforms to shapes.ttl"
  else
    fail "SHACL: valid.ttl does not conform (exit $st)"
    sed 's/^/#   /' "$TMP/valid.out" | head -40
  fi

  node "$V" "$SHAPES" "$DATA/invalid.ttl" >"$TMP/invalid.out" 2>&1
  st=$?
  if [ $st -ne 1 ]; then
    fail "SHACL: invalid.ttl must be rejected with exit 1, got $st"
    sed 's/^/#   /' "$TMP/invalid.out" | head -40
  else
    # Compare the reported (focus node, component, path) triples with the
    # file's "# expect:" lines, both reduced to the same short form.
    base='https://liaison.example.org/id/'
    sed -n 's/^# expect: //p' "$DATA/invalid.ttl" | awk '{ print $1, $2, $3 }' | sort >"$TMP/expected"
    awk -v base="$base" '
      function shortn(x) {
        gsub(/^<|>$/, "", x); sub("^" base, "", x)
        sub("^http://www.w3.org/ns/shacl#", "", x); sub("ConstraintComponent$", "", x)
        sub("^http://www.w3.org/2000/01/rdf-schema#", "rdfs:", x)
        sub("^http://www.w3.org/ns/org#", "org:", x)
        sub("^http://schema.org/", "schema:", x)
        sub("^https://w3id.org/liaison/ontology#", "lsn:", x)
        sub("^http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", "nif:", x)
        sub("^http://www.w3.org/2005/11/its/rdf#", "itsrdf:", x)
        sub("^http://www.w3.org/ns/prov#", "prov:", x)
        sub("^http://www.w3.org/2004/02/skos/core#", "skos:", x)
        if (x == "(none)") x = "-"
        return x
      }
      /^focusNode: / { f = shortn($2) }
      /^  path: /    { p = shortn($2) }
      /^  component: / { c = shortn($2); print f, c, p }
    ' "$TMP/invalid.out" | sort >"$TMP/got"
    if cmp -s "$TMP/expected" "$TMP/got"; then
      ok "SHACL: invalid.ttl rejected with exactly its $(wc -l <"$TMP/expected") expected violations"
    else
      fail "SHACL: invalid.ttl violations differ from its '# expect:' lines (< expected, > reported)"
      diff "$TMP/expected" "$TMP/got" | grep '^[<>]' | sed 's/^/#   /'
    fi
  fi

  # The validator itself: a file it cannot parse is status 2, not 0 or 1.
  printf '<http://example.org/a> <http://example.org/b> .\n' >"$TMP/broken.ttl"
  node "$V" "$SHAPES" "$TMP/broken.ttl" >/dev/null 2>&1
  st=$?
  if [ $st -eq 2 ]; then
    ok "SHACL: validate.mjs exits 2 on a parse error"
  else
    fail "SHACL: validate.mjs must exit 2 on a parse error, got $st"
  fi
fi

echo "ontology.sh: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ] || exit 1
[ $skipped -eq 0 ] || exit 77
exit 0
