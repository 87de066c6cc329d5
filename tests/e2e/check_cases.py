# SPDX-License-Identifier: ISC
"""Run liaison on each tests/e2e/cases/*.txt and check its .expect file
(format in cases.sh)."""
import glob, os, shlex, subprocess, sys, unicodedata
import rdflib
from rdflib import RDF, RDFS, URIRef, Literal

ORG = "http://www.w3.org/ns/org#"
SDO = "http://schema.org/"
LSN = "https://w3id.org/liaison/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
TYPES = {"Person": "http://xmlns.com/foaf/0.1/Person", "Organization": ORG + "Organization",
         "Place": SDO + "Place", "Event": SDO + "Event", "Agreement": LSN + "Agreement"}
KEYS = {"jobTitle": SDO + "jobTitle", "memberOf": ORG + "memberOf", "headOf": ORG + "headOf",
        "subOrganizationOf": ORG + "subOrganizationOf", "location": SDO + "location",
        "startDate": SDO + "startDate", "endDate": SDO + "endDate", "organizer": SDO + "organizer",
        "attendee": SDO + "attendee", "party": LSN + "party", "signedAt": LSN + "signedAt",
        "signedBy": LSN + "signedBy", "signedOn": LSN + "signedOn"}

def norm(s):
    return unicodedata.normalize("NFC", str(s)).casefold()

def nodes_named(g, name):
    out = set()
    for p in (RDFS.label, URIRef(SKOS + "altLabel")):
        for s, o in g.subject_objects(p):
            if norm(o) == norm(name):
                out.add(s)
    return out

def holds(g, subj, key, obj):
    pred = URIRef(KEYS[key])
    for s in nodes_named(g, subj):
        for o in g.objects(s, pred):
            if isinstance(o, Literal):
                if norm(o) == norm(obj) or (key == "jobTitle" and norm(o).startswith(norm(obj))):
                    return True
            elif o in nodes_named(g, obj):
                return True
    return False

def check(g, words, doc_lang):
    kind = words[0]
    if kind == "entity":
        t = URIRef(TYPES[words[1]])
        return any((n, RDF.type, t) in g for n in nodes_named(g, words[2]))
    if kind == "label":
        return any(n in nodes_named(g, words[2]) for n in nodes_named(g, words[1]))
    if kind == "rel":
        return holds(g, words[1], words[2], words[3])
    if kind == "no-rel":
        return not holds(g, words[1], words[2], words[3])
    if kind == "nodes":
        return len(set(g.subjects(RDF.type, URIRef(TYPES[words[1]])))) == int(words[2])
    if kind == "lang":
        return doc_lang == words[1]
    if kind == "commitment":
        for c in g.subjects(RDF.type, URIRef(LSN + "Commitment")):
            who = set(g.objects(c, URIRef(LSN + "committedBy")))
            text = " ".join(str(t) for t in g.objects(c, URIRef(LSN + "commitmentText")))
            if who & nodes_named(g, words[1]) and norm(words[2]) in norm(text):
                return True
        return False
    raise ValueError("unknown check " + kind)

def main():
    binary, folder = sys.argv[1], sys.argv[2]
    passed = failed = 0
    for text in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        name = os.path.basename(text)[:-4]
        out = subprocess.run([binary, "extract", text], capture_output=True)
        if out.returncode:
            print("FAIL - %s: exit %d: %s" % (name, out.returncode, out.stderr.decode()[:200]))
            failed += 1
            continue
        g = rdflib.Graph()
        g.parse(data=out.stdout.decode(), format="turtle")
        langs = [str(o) for o in g.objects(None, URIRef("http://purl.org/dc/terms/language"))]
        for line in open(text[:-4] + ".expect", encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            ok = check(g, shlex.split(line), langs[0] if langs else None)
            print("%s - %s: %s" % ("ok" if ok else "FAIL", name, line))
            passed += ok
            failed += not ok
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)

main()
