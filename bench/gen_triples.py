#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Write a synthetic liaison-shaped corpus as N-Quads on standard output.

usage: gen_triples.py [DOCUMENTS] [SEED]   (default 10000 documents, about
1,000,000 quads: per document 80 provenance quads in the document's graph
and 20 entity facts in the default graph, drawn from a shared pool of
people and organisations so facts repeat across documents as real ones do).

Used by bench/store-load.sh to measure load rates; never a timed test.
"""
import random
import sys

BASE = "https://liaison.example.org/id/"
ORG = "http://www.w3.org/ns/org#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def iri(x):
    return "<" + x + ">"


def lit(text, lang="en"):
    return '"' + text + '"@' + lang


def num(n):
    return '"%d"^^<%snonNegativeInteger>' % (n, XSD)


def document(out, d, rng, people, orgs):
    doc = BASE + "document/%016x" % d
    g = iri(doc)
    q = lambda s, p, o, graph=g: out.write("%s %s %s %s .\n" % (s, p, o, graph))
    q(iri(doc), iri(RDF + "type"), iri(NIF + "Context"))
    q(iri(doc), iri(NIF + "isString"), lit("Document %d text." % d))
    q(iri(doc), iri("https://w3id.org/liaison/ontology#fileName"), lit("doc-%d.txt" % d))
    q(iri(doc), iri("https://w3id.org/liaison/ontology#sha256"), '"%064x"' % d)
    for m in range(12):  # 12 mentions x 6 quads = 72
        b = m * 40
        mention = iri(doc + "#char=%d,%d" % (b, b + 12))
        q(mention, iri(RDF + "type"), iri(NIF + "Phrase"))
        q(mention, iri(NIF + "referenceContext"), iri(doc))
        q(mention, iri(NIF + "beginIndex"), num(b))
        q(mention, iri(NIF + "endIndex"), num(b + 12))
        q(mention, iri(NIF + "anchorOf"), lit("mention %d" % m))
        q(mention, iri(ITS + "taIdentRef"), iri(rng.choice(people)))
    for k in range(4):
        st = iri(BASE + "statement/%016x-%d" % (d, k))
        q(st, iri(PROV + "wasDerivedFrom"), iri(doc + "#char=%d,%d" % (k * 100, k * 100 + 99)))
    for k in range(10):  # 20 default-graph facts
        p, o = rng.choice(people), rng.choice(orgs)
        out.write("%s %s %s .\n" % (iri(p), iri(ORG + "memberOf"), iri(o)))
        out.write("%s %s %s .\n" % (iri(p), iri(RDFS + "label"), lit("Person %s %d" % (p[-6:], d))))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    people = [BASE + "person/p%06d" % i for i in range(max(10, n * 2))]
    orgs = [BASE + "organization/o%05d" % i for i in range(max(5, n // 10))]
    out = sys.stdout
    for d in range(n):
        document(out, d, rng, people, orgs)


if __name__ == "__main__":
    main()
