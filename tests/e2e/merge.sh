#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# One identity per entity across documents and languages: the two seed
# texts and an English report on the same meeting give one node for the
# UN, one for the EU and one for Vladimir Voronkov; two different bodies
# that share an acronym in different documents stay two nodes, and an
# acronym used alone names the one body another document defined with it.
set -u
BIN=$1 SRC=$2
. "$(dirname "$0")/lib.bash"
cd "$SRC" || exit 1
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || { echo "skip: rdflib"; exit 77; }
"$BIN" extract -f nquads seeds/*.txt tests/e2e/data/dialogue-en.txt \
  tests/e2e/data/homonym-a.txt tests/e2e/data/homonym-b.txt \
  tests/e2e/data/acronym-a.txt tests/e2e/data/acronym-b.txt \
  tests/e2e/data/homonym-c.txt tests/e2e/data/homonym-d.txt >"$scratch/all.nq"
check "extract over nine documents exits 0" [ $? -eq 0 ]
/usr/bin/python3 - "$scratch/all.nq" <<'PY'
import sys, unicodedata, rdflib
from rdflib import RDF, RDFS, URIRef
SKOS = "http://www.w3.org/2004/02/skos/core#"
ds = rdflib.Dataset()
ds.parse(sys.argv[1], format="nquads")
g = rdflib.Graph()
for s, p, o, c in ds.quads((None, None, None, None)):
    g.add((s, p, o))
def fold(x):
    return "".join(ch for ch in unicodedata.normalize("NFKD", str(x)) if not unicodedata.combining(ch)).casefold()
def nodes(label):
    out = set()
    for pred in (RDFS.label, URIRef(SKOS + "altLabel")):
        for s, o in g.subject_objects(pred):
            if fold(o) == fold(label):
                out.add(s)
    return out
fails = 0
def expect(what, ok):
    global fails
    print(("ok - " if ok else "FAIL - ") + what)
    fails += not ok
un = nodes("Nations Unies") | nodes("United Nations") | nodes("ONU")
expect("one node for the UN across French and English (%d)" % len(un), len(un) == 1)
eu = nodes("Union européenne") | nodes("European Union") | nodes("UE")
expect("one node for the EU (%d)" % len(eu), len(eu) == 1)
vv = nodes("Vladimir Voronkov") | nodes("Voronkov")
expect("one node for Vladimir Voronkov (%d)" % len(vv), len(vv) == 1)
office = nodes("UNOCT")
expect("one node for UNOCT, named in both languages (%d)" % len(office), len(office) == 1)
adr = nodes("ADR")
expect("two bodies called ADR stay two nodes (%d)" % len(adr), len(adr) == 2)
graphs = {c for s, p, o, c in ds.quads((None, RDF.type, URIRef("https://w3id.org/liaison/ontology#Document"), None))}
expect("one named graph per document (%d)" % len(graphs), len(graphs) == 9)
amina, moussa = nodes("Amina Diallo"), nodes("Moussa Diallo")
expect("two people called Diallo stay two nodes", len(amina) == 1 and len(moussa) == 1 and amina != moussa)
roamc = nodes("ROAMC")
expect("an acronym used alone resolves to the body another document defined (%d)" % len(roamc),
       len(roamc) == 1 and nodes("Réseau ouest-africain pour la médiation citoyenne") == roamc)
print("%d failed" % fails)
sys.exit(1 if fails else 0)
PY
check "identity across documents and languages holds" [ $? -eq 0 ]

# Incremental use: one more document adds its graph and changes no IRI of
# what the others gave.
"$BIN" extract -f ntriples seeds/*.txt >"$scratch/before.nt"
"$BIN" extract -f ntriples seeds/*.txt tests/e2e/data/dialogue-en.txt >"$scratch/after.nt"
grep -o '^<[^>]*>' "$scratch/before.nt" | sort -u | grep -v -e '/run/' >"$scratch/before.iris"
grep -o '^<[^>]*>' "$scratch/after.nt" | sort -u >"$scratch/after.iris"
check "adding a document keeps every subject IRI of the others" \
  bash -c "comm -23 '$scratch/before.iris' '$scratch/after.iris' | (! grep -q .)"
finish
