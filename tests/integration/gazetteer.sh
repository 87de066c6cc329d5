#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
#
# gazetteer.sh: the gazetteer data files are well formed and say each name
# once.
#
#   bash tests/integration/gazetteer.sh BINARY SRCDIR [SHAREDDIR]
#
# BINARY is unused (ctest passes the same three arguments to every shell
# test). Files: data/gazetteer/organizations.ttl and places.ttl. Checks, each
# printed as "ok - ..." or "FAIL - ...":
#
#   1. rapper parses each file with no error and no warning, into more than
#      zero triples; each file starts with "# liaison-gazetteer 1".
#   2. rdflib (Debian's python3-rdflib, hence /usr/bin/python3) reads them:
#      - every subject is a gazetteer IRI (a lower-case ASCII slug under
#        https://w3id.org/liaison/gazetteer/) with exactly one rdf:type the
#        loader knows (org:Organization in organizations.ttl; schema:Country,
#        schema:City or schema:Place in places.ttl), and uses no property the
#        loader does not read (a misspelt property would be lost silently);
#      - exactly one skos:prefLabel in French and one in English, none in
#        another language;
#      - every label (pref, alt, hidden, lsn:ambiguousLabel) is a non-empty
#        literal with a language tag, without stray spaces;
#      - no two entries share a label: the names are compared as the
#        extractor compares them (case folded, accents stripped, apostrophes
#        and hyphens made plain), across both files and all languages,
#        because the extractor puts every label in one table and drops a
#        form that two entries claim. This is stricter than "of the same
#        type": "Luxembourg" the city and the country would collide too. A
#        form that names two things belongs in lsn:ambiguousLabel (of both,
#        or of all but the one it usually names, which keeps it as a label:
#        "Luxembourg" is the country's label and the city's ambiguous
#        label); a form is never both a label and an ambiguous label of the
#        same entry;
#      - every org:subOrganizationOf object is an organisation and every
#        schema:containedInPlace object a place of these files, at most one
#        per entry (the loader keeps one), with no cycle;
#      - every owl:sameAs object is a Wikidata entity IRI, at most one per
#        entry, no two entries with the same; when
#        SHAREDDIR/data/wikidata-ids.tsv exists: its Q-id is a row of that
#        file, of the entry's kind (Organization or Place), whose labels or
#        aliases share a form with the entry's labels; and every
#        Organization and Place row of the file is used by an entry.
#
# Exit: 0 all checks passed; 1 a check failed; 77 (ctest's SKIP_RETURN_CODE)
# nothing failed but rapper or rdflib is missing, so some checks did not run.

set -u

if [ $# -lt 2 ]; then
  echo "usage: bash $0 BINARY SRCDIR [SHAREDDIR]" >&2
  exit 1
fi
SRC=$(cd "$2" && pwd) || { echo "gazetteer.sh: no source dir $2" >&2; exit 1; }
SHARED=${3:-}
GAZ="$SRC/data/gazetteer"
ORGS="$GAZ/organizations.ttl"
PLACES="$GAZ/places.ttl"
TSV=""
if [ -n "$SHARED" ] && [ -r "$SHARED/data/wikidata-ids.tsv" ]; then
  TSV="$SHARED/data/wikidata-ids.tsv"
fi
PY=/usr/bin/python3

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lsn-gazetteer.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT

passed=0 failed=0 skipped=0
ok()   { echo "ok - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
skip() { echo "skip - $*"; skipped=$((skipped + 1)); }

for f in "$ORGS" "$PLACES"; do
  [ -r "$f" ] || { echo "gazetteer.sh: missing $f" >&2; exit 1; }
done

# --- 1. rapper and the version line ---------------------------------------

# rapper_clean FILE: parse as Turtle; 0 when no error, no warning, >0 triples.
rapper_clean() {
  local file=$1 log="$TMP/rapper.log" n
  if ! rapper -q -i turtle -c "$file" >/dev/null 2>"$TMP/rapper.err"; then
    fail "rapper cannot parse ${file#"$SRC"/}: $(head -3 "$TMP/rapper.err")"
    return
  fi
  rapper -i turtle -c "$file" >/dev/null 2>"$log"
  if grep -Eqi 'warning|error' "$log"; then
    fail "rapper warns about ${file#"$SRC"/}: $(grep -Ei 'warning|error' "$log" | head -3)"
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
  rapper_clean "$ORGS"
  rapper_clean "$PLACES"
else
  skip "rapper not found (Debian package raptor2-utils)"
fi

for f in "$ORGS" "$PLACES"; do
  if [ "$(head -1 "$f")" = "# liaison-gazetteer 1" ]; then
    ok "${f#"$SRC"/} starts with '# liaison-gazetteer 1'"
  else
    fail "${f#"$SRC"/} must start with '# liaison-gazetteer 1', has '$(head -1 "$f")'"
  fi
done

# --- 2. rdflib -------------------------------------------------------------

cat >"$TMP/check_gazetteer.py" <<'PYEOF'
"""Checks of the gazetteer files with rdflib.
Prints "ok - ..." / "FAIL - ..." lines; exits 1 if any check failed."""
import csv
import re
import sys
import unicodedata

import rdflib
from rdflib import RDF, BNode, Literal, Namespace, URIRef
from rdflib.namespace import OWL, SKOS

orgs_path, places_path = sys.argv[1:3]
tsv_path = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None

GAZ = "https://w3id.org/liaison/gazetteer/"
LSN = Namespace("https://w3id.org/liaison/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("http://schema.org/")
WD = "http://www.wikidata.org/entity/"

failures = 0


def report(good, what, why=""):
    global failures
    if good:
        print("ok - " + what)
    else:
        failures += 1
        print("FAIL - " + what + (": " + why if why else ""))


def listed(problems, limit=8):
    more = "" if len(problems) <= limit else " (and %d more)" % (len(problems) - limit)
    return "; ".join(problems[:limit]) + more


def short(term):
    s = str(term)
    for ns, p in [(GAZ, "gaz:"), (WD, "wd:")]:
        if s.startswith(ns):
            return p + s[len(ns):]
    return s


APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc`\u00b4"), "'")
HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


def fold(s):
    """The extractor's comparison key, near enough: NFKC, case folded,
    marks stripped, plain apostrophes and hyphens, spaces collapsed."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.translate(APOSTROPHES).translate(HYPHENS)
    return " ".join(s.split())


LABELS = [SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel]
AMBIGUOUS = LSN.ambiguousLabel
FILES = {
    "organizations.ttl": dict(path=orgs_path, kind="Organization", types={ORG.Organization},
                              parent=ORG.subOrganizationOf),
    "places.ttl": dict(path=places_path, kind="Place", types={SDO.Country, SDO.City, SDO.Place},
                       parent=SDO.containedInPlace),
}

entries = {}  # subject -> dict(file, kind, graph)
graphs = {}
for name, spec in FILES.items():
    try:
        g = rdflib.Graph().parse(spec["path"], format="turtle")
    except Exception as e:  # noqa: BLE001 - any parse error is a failure
        report(False, "rdflib reads " + name, str(e).splitlines()[0] if str(e) else repr(e))
        continue
    graphs[name] = g
    allowed = {RDF.type, OWL.sameAs, AMBIGUOUS, spec["parent"], *LABELS}
    problems = []
    for s in set(g.subjects()):
        if isinstance(s, BNode) or not str(s).startswith(GAZ):
            problems.append("%s is not a gazetteer IRI" % s)
            continue
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(s)[len(GAZ):]):
            problems.append("%s: local name is not a lower-case ASCII slug" % short(s))
        types = set(g.objects(s, RDF.type))
        known = types & spec["types"]
        if len(known) != 1 or types - known:
            problems.append("%s: rdf:type %s, expected one of %s" % (
                short(s), sorted(short(t) for t in types) or "none",
                sorted(short(t).replace(str(SDO), "schema:").replace(str(ORG), "org:") for t in spec["types"])))
        for p in set(g.predicates(s)):
            if p not in allowed:
                problems.append("%s: property %s is not read by the loader" % (short(s), p))
        if s in entries:
            problems.append("%s is in both files" % short(s))
        entries[s] = dict(file=name, kind=spec["kind"], graph=g)
    n = sum(1 for e in entries.values() if e["file"] == name)
    report(not problems and n > 0, "%s: %d entries, each a typed gazetteer IRI with known properties"
           % (name, n), listed(problems))

if len(graphs) != len(FILES):
    sys.exit(1)

# Preferred labels: one per language, French and English.
problems = []
for s, e in entries.items():
    prefs = list(e["graph"].objects(s, SKOS.prefLabel))
    langs = [o.language for o in prefs if isinstance(o, Literal)]
    if sorted(langs) != ["en", "fr"] or len(langs) != len(prefs):
        problems.append("%s: prefLabel languages %s" % (short(s), sorted(str(x) for x in langs)))
report(not problems, "every entry has exactly one skos:prefLabel in fr and one in en", listed(problems))

# Every label a tagged, tidy literal.
problems = []
n_labels = 0
for s, e in entries.items():
    for p in LABELS + [AMBIGUOUS]:
        for o in e["graph"].objects(s, p):
            n_labels += 1
            if not isinstance(o, Literal):
                problems.append("%s: %s %s is not a literal" % (short(s), short(p), o))
            elif not o.language:
                problems.append("%s: \"%s\" has no language tag" % (short(s), o))
            elif not str(o).strip() or str(o) != " ".join(str(o).split()):
                problems.append("%s: \"%s\"@%s has stray spaces" % (short(s), o, o.language))
report(not problems, "all %d labels are language-tagged literals" % n_labels, listed(problems))

# No two entries share a recognised form; ambiguous forms are nobody's label.
owner = {}
problems = []
for s, e in entries.items():
    for p in LABELS:
        for o in e["graph"].objects(s, p):
            k = fold(str(o))
            if k in owner and owner[k][0] != s:
                problems.append("\"%s\"@%s of %s and \"%s\" of %s" % (
                    o, o.language, short(s), owner[k][1], short(owner[k][0])))
            owner.setdefault(k, (s, str(o)))
report(not problems, "no form is a label of two entries (%d distinct forms; put shared ones in "
       "lsn:ambiguousLabel)" % len(owner), listed(problems))
problems = []
n_amb = 0
for s, e in entries.items():
    for o in e["graph"].objects(s, AMBIGUOUS):
        n_amb += 1
        own = {fold(str(l)) for p in LABELS for l in e["graph"].objects(s, p)}
        if fold(str(o)) in own:
            problems.append("\"%s\"@%s is both a label and an ambiguous label of %s" % (
                o, o.language, short(s)))
report(not problems, "no lsn:ambiguousLabel (%d) is also a pref/alt/hidden label of its own entry" % n_amb,
       listed(problems))

# Hierarchy: parents are entries of the same kind, one per entry, no cycle.
problems = []
parent = {}
n_links = 0
for s, e in entries.items():
    p = FILES[e["file"]]["parent"]
    objs = list(e["graph"].objects(s, p))
    if len(objs) > 1:
        problems.append("%s has %d parents" % (short(s), len(objs)))
    for o in objs:
        n_links += 1
        if o not in entries or entries[o]["kind"] != e["kind"]:
            problems.append("%s: parent %s is not an entry of %s" % (short(s), short(o), e["file"]))
        elif o == s:
            problems.append("%s is its own parent" % short(s))
        else:
            parent[s] = o
for s in parent:
    seen, x = {s}, parent.get(s)
    while x is not None:
        if x in seen:
            problems.append("cycle through %s" % short(s))
            break
        seen.add(x)
        x = parent.get(x)
report(not problems, "%d org:subOrganizationOf / schema:containedInPlace links point at entries, "
       "one per entry, no cycle" % n_links, listed(problems))

# owl:sameAs: Wikidata entities, verified in the shared list when there is one.
rows = {}
if tsv_path:
    with open(tsv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows[row["qid"].strip()] = row
problems = []
used = {}
for s, e in entries.items():
    objs = list(e["graph"].objects(s, OWL.sameAs))
    if len(objs) > 1:
        problems.append("%s has %d owl:sameAs" % (short(s), len(objs)))
    for o in objs:
        m = re.fullmatch(re.escape(WD) + r"(Q[1-9][0-9]*)", str(o))
        if not isinstance(o, URIRef) or not m:
            problems.append("%s: owl:sameAs %s is not a Wikidata entity IRI" % (short(s), o))
            continue
        qid = m.group(1)
        if qid in used:
            problems.append("%s and %s are both %s" % (short(used[qid]), short(s), qid))
        used[qid] = s
        if not tsv_path:
            continue
        row = rows.get(qid)
        if row is None:
            problems.append("%s: %s is not in wikidata-ids.tsv" % (short(s), qid))
            continue
        if row["type"] != e["kind"]:
            problems.append("%s: %s is a %s in wikidata-ids.tsv" % (short(s), qid, row["type"]))
        forms = {fold(x) for x in [row["label_en"], row["label_fr"], *row["aliases"].split("|")] if x}
        mine = {fold(str(l)) for p in LABELS + [AMBIGUOUS] for l in e["graph"].objects(s, p)}
        if not forms & mine:
            problems.append("%s: no label in common with %s (%s)" % (short(s), qid, row["label_en"]))
what = "%d owl:sameAs are Wikidata entity IRIs, one per entry" % len(used)
if tsv_path:
    what += ", each a row of wikidata-ids.tsv of the entry's kind sharing a name with it"
report(not problems, what, listed(problems))
if tsv_path:
    missing = ["%s (%s %s)" % (q, r["type"], r["label_en"]) for q, r in rows.items()
               if r["type"] in ("Organization", "Place") and q not in used]
    report(not missing, "every Organization and Place row of wikidata-ids.tsv is an entry's owl:sameAs",
           listed(missing))
else:
    print("# no wikidata-ids.tsv in SHAREDDIR: owl:sameAs checked for form only")

kinds = {}
for s, e in entries.items():
    for t in e["graph"].objects(s, RDF.type):
        kinds[t] = kinds.get(t, 0) + 1
print("# entries: " + ", ".join("%s %d" % (short(t).replace(str(SDO), "schema:").replace(str(ORG), "org:"), n)
                                for t, n in sorted(kinds.items())))
sys.exit(1 if failures else 0)
PYEOF

if [ -x "$PY" ] && "$PY" -c 'import rdflib' 2>/dev/null; then
  "$PY" "$TMP/check_gazetteer.py" "$ORGS" "$PLACES" "$TSV" >"$TMP/py.out" 2>"$TMP/py.err"
  cat "$TMP/py.out"
  passed=$((passed + $(grep -c '^ok - ' "$TMP/py.out")))
  failed=$((failed + $(grep -c '^FAIL - ' "$TMP/py.out")))
  if [ -s "$TMP/py.err" ]; then
    fail "the rdflib checks crashed: $(tail -5 "$TMP/py.err")"
  fi
else
  skip "rdflib not found for /usr/bin/python3 (Debian package python3-rdflib)"
fi

echo "gazetteer.sh: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ] || exit 1
[ $skipped -eq 0 ] || exit 77
exit 0
