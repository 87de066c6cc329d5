#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# End-to-end: liaison graph on the seed texts.  The DOT and GraphML node and
# edge sets equal the entities and entity-to-entity relations rdflib finds
# in the extracted Turtle; GraphML is well-formed (xmllint) and declares its
# keys; SVG, PNG and PDF are produced; --focus and --view select; an unknown
# focus fails clearly.  Usage: bash graph.sh BINARY SRCDIR SHAREDDIR
set -u
BIN=$1 SRC=$2
PY=/usr/bin/python3
command -v xmllint >/dev/null || { echo "skip: xmllint missing"; exit 77; }
$PY -c 'import rdflib' 2>/dev/null || { echo "skip: rdflib missing"; exit 77; }
. "$(dirname "$0")/lib.bash"
seeds=("$SRC"/seeds/*.txt)
cd "$SRC" || exit 1
# For sanitizer builds: Graphviz 2.42 and the font libraries it loads keep
# memory until exit; that is theirs, not a leak of ours.
printf 'leak:%s\n' gvconfig libgvc.so libgvplugin_pango.so libfontconfig.so \
  libpango libcairo.so libglib-2.0.so >"$scratch/graphviz.supp"
export LSAN_OPTIONS="suppressions=$scratch/graphviz.supp:fast_unwind_on_malloc=0:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# A data directory without models, should the shipped ones be refused
# while they are retrained: the lexicons and gazetteer still extract.
if ! "$BIN" extract "${seeds[@]}" >"$scratch/seeds.ttl" 2>"$scratch/err"; then
  mkdir -p "$scratch/data"
  ln -s "$SRC/data/lexicon" "$SRC/data/gazetteer" "$scratch/data/"
  export LIAISON_DATA="$scratch/data"
  "$BIN" extract "${seeds[@]}" >"$scratch/seeds.ttl"
fi
check "the seeds extract to Turtle" [ -s "$scratch/seeds.ttl" ]

"$BIN" graph "$scratch/seeds.ttl" -f dot >"$scratch/seeds.dot" 2>"$scratch/err"
rc=$?
check "graph -f dot exits 0, quietly" [ "$rc" -eq 0 -a ! -s "$scratch/err" ]
"$BIN" graph "$scratch/seeds.ttl" -o "$scratch/seeds.graphml"
check "graph -o x.graphml exits 0" [ $? -eq 0 ]

# The reference: rdflib's view of the Turtle, by the rule draw.h states.
cat >"$scratch/compare.py" <<'EOF'
import re, sys, xml.etree.ElementTree as ET
import rdflib
from rdflib.namespace import RDF
ttl, dot, graphml = sys.argv[1:4]
ORG = "http://www.w3.org/ns/org#"
types = ["http://xmlns.com/foaf/0.1/Person", "http://schema.org/Person",
         ORG + "Organization", ORG + "FormalOrganization",
         ORG + "OrganizationalUnit", "http://schema.org/Organization",
         "http://schema.org/Place", "http://schema.org/Event",
         "https://w3id.org/liaison/ontology#Agreement"]
skipped = ("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
           "http://www.w3.org/2005/11/its/rdf#", "http://www.w3.org/ns/prov#",
           str(RDF))
g = rdflib.Graph()
g.parse(ttl, format="turtle")
entities = {str(s) for t in types for s in g.subjects(RDF.type, rdflib.URIRef(t))}
relations = {(str(s), str(p), str(o)) for s, p, o in g
             if str(s) in entities and str(o) in entities
             and not str(p).startswith(skipped)}
for m in g.subjects(RDF.type, rdflib.URIRef(ORG + "Membership")):
    for who in g.objects(m, rdflib.URIRef(ORG + "member")):
        for body in g.objects(m, rdflib.URIRef(ORG + "organization")):
            if str(who) in entities and str(body) in entities:
                relations.add((str(who), ORG + "memberOf", str(body)))

q = r'"((?:[^"\\]|\\.)*)"'
unq = lambda s: s.replace('\\"', '"')
dot_nodes, dot_edges = set(), set()
for line in open(dot, encoding="utf-8"):
    e = re.match(r"\s*" + q + r" -> " + q + r" \[.*lsn_relation=" + q, line)
    n = re.match(r"\s*" + q + r" \[", line)
    if e:
        dot_edges.add((unq(e[1]), unq(e[3]), unq(e[2])))
    elif n:
        dot_nodes.add(unq(n[1]))

ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(graphml).getroot()
keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.findall("g:key", ns)}
used = {d.get("key") for d in root.iter("{%s}data" % ns["g"])}
gm_nodes = {n.get("id") for n in root.iter("{%s}node" % ns["g"])}
gm_edges = set()
for e in root.iter("{%s}edge" % ns["g"]):
    rel = [d.text for d in e.findall("g:data", ns) if d.get("key") == "relation"]
    gm_edges.add((e.get("source"), rel[0] if rel else None, e.get("target")))

print("# rdflib: %d entities, %d relations" % (len(entities), len(relations)))
print("# dot: %d nodes, %d edges; graphml: %d nodes, %d edges"
      % (len(dot_nodes), len(dot_edges), len(gm_nodes), len(gm_edges)))
ok = True
for name, got, want in [("dot nodes", dot_nodes, entities),
                        ("dot edges", dot_edges, relations),
                        ("graphml nodes", gm_nodes, entities),
                        ("graphml edges", gm_edges, relations)]:
    if got != want:
        ok = False
        print("# %s differ: missing %s, extra %s"
              % (name, sorted(want - got)[:3], sorted(got - want)[:3]))
if not used <= set(keys) or not {"label", "type", "iri", "relation"} <= set(keys):
    ok = False
    print("# graphml keys: declared %s, used %s" % (sorted(keys), sorted(used)))
sys.exit(0 if ok and entities and relations else 1)
EOF
$PY "$scratch/compare.py" "$scratch/seeds.ttl" "$scratch/seeds.dot" \
  "$scratch/seeds.graphml" >"$scratch/compare.out"
check "DOT and GraphML nodes and edges are rdflib's entities and relations" [ $? -eq 0 ]
cat "$scratch/compare.out"
dot_nodes=$(grep -cE '^\s*"[^"]*" \[' "$scratch/seeds.dot")
dot_edges=$(grep -c ' -> ' "$scratch/seeds.dot")
check "DOT counts by line agree ($dot_nodes nodes, $dot_edges edges)" \
  grep -q "dot: $dot_nodes nodes, $dot_edges edges" "$scratch/compare.out"

check "GraphML is well-formed (xmllint)" xmllint --noout "$scratch/seeds.graphml"
for k in label type iri relation; do
  check "GraphML declares the $k key" grep -q "<key id=\"$k\" for=\"[a-z]*\" attr.name=" \
    "$scratch/seeds.graphml"
done

"$BIN" graph "${seeds[@]}" -f dot >"$scratch/texts.dot"
check "drawing the texts directly gives the Turtle's drawing" \
  cmp -s "$scratch/texts.dot" "$scratch/seeds.dot"
"$BIN" graph "$scratch/seeds.ttl" -f dot >"$scratch/again.dot"
check "two runs give the same bytes" cmp -s "$scratch/again.dot" "$scratch/seeds.dot"

"$BIN" graph "$scratch/seeds.ttl" -o "$scratch/seeds.svg"
check "an SVG is produced and is not empty" grep -q '<svg' "$scratch/seeds.svg"
check "the SVG shows labels" grep -q 'Nations Unies' "$scratch/seeds.svg"
"$BIN" graph "$scratch/seeds.ttl" -o "$scratch/seeds.png"
check "a PNG is produced" bash -c "head -c 8 '$scratch/seeds.png' | grep -q PNG"
"$BIN" graph "$scratch/seeds.ttl" -f pdf >"$scratch/seeds.pdf"
check "a PDF is produced on standard output" bash -c "head -c 5 '$scratch/seeds.pdf' | grep -q '%PDF'"

"$BIN" graph "$scratch/seeds.ttl" --focus "nations unies" --depth 1 -f graphml \
  -o "$scratch/un.graphml"
check "--focus by label (any case) keeps a neighbourhood" \
  grep -q '<node id="https://liaison.example.org/id/organization/unoct">' "$scratch/un.graphml"
check "... and leaves out what is further away" \
  bash -c "! grep -q 'person/gilles-de-kerchove\"' '$scratch/un.graphml'"

"$BIN" graph "$scratch/seeds.ttl" --focus "Atlantis Council" -o "$scratch/none.svg" \
  2>"$scratch/err"
code=$?
check "--focus on an unknown name exits 2 (got $code)" [ "$code" -eq 2 ]
check "... naming it on stderr" grep -q "error: no entity is named 'Atlantis Council'" "$scratch/err"
check "... and writes no file" [ ! -e "$scratch/none.svg" ]

"$BIN" graph "$scratch/seeds.ttl" --view people -f graphml >"$scratch/people.graphml"
types=$(grep -o '<data key="type">[a-z]*<' "$scratch/people.graphml" | sort -u)
check "--view people contains only persons" [ "$types" = '<data key="type">person<' ]
"$BIN" graph "$scratch/seeds.ttl" --view robots -f dot >/dev/null 2>&1
check "--view with an unknown type exits 2" [ $? -eq 2 ]
"$BIN" graph "$scratch/seeds.ttl" -o "$scratch/x.jpeg" 2>/dev/null
check "an unknown output extension exits 2" [ $? -eq 2 ]
"$BIN" graph "$scratch/missing.ttl" -f dot >/dev/null 2>&1
check "a missing input exits 3" [ $? -eq 3 ]
check "graph --help lists --focus" bash -c "'$BIN' graph --help | grep -q -- --focus"

finish
