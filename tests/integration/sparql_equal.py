#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Compare two SPARQL JSON results as multisets of rows, by value: Virtuoso
writes "typed-literal", lower-cases language tags and may order ties
differently (shared/recipes/virtuoso.md), so rows are normalised and sorted.
usage: sparql_equal.py A.json B.json   (exit 0 when equal, 1 with a diff)"""
import json
import sys

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term(t):
    # rasqal writes an unbound variable as {"type": "unbound", "value": null}
    if t is None or t.get("value") is None:
        return ("unbound", "", "", "")
    kind = "literal" if t["type"] in ("literal", "typed-literal") else t["type"]
    dt = t.get("datatype")
    if dt == XSD_STRING:
        dt = None
    return (kind, t["value"], (t.get("xml:lang") or "").lower(), dt or "")


def rows(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    names = data["head"]["vars"]
    return names, sorted(tuple(term(b.get(n)) for n in names)
                         for b in data["results"]["bindings"])


(na, ra), (nb, rb) = rows(sys.argv[1]), rows(sys.argv[2])
if na != nb or ra != rb:
    print("differ: %d vs %d rows" % (len(ra), len(rb)))
    for r in [r for r in ra if r not in rb][:5]:
        print("  only in first: %s" % (r,))
    for r in [r for r in rb if r not in ra][:5]:
        print("  only in second: %s" % (r,))
    sys.exit(1)
print("%d rows" % len(ra))
