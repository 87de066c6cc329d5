#!/usr/bin/python3
"""Regenerate ../fr.jsonl and ../en.jsonl from fr.py and en.py, and
../heldout-fr.jsonl and ../heldout-en.jsonl from heldout.py.

  /usr/bin/python3 tests/gold/src/build.py && /usr/bin/python3 tests/gold/validate.py tests/gold/*.jsonl

An alias whose case differs from the text (e.g. "la réunion" at the start of a
sentence) is rewritten to the form that occurs in the text.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib, fr, en, heldout  # noqa: E402,F401  (they register their documents in lib.DOCS)

for lang in lib.DOCS:
    with open(os.path.join(HERE, "..", "%s.jsonl" % lang), "w", encoding="utf-8") as fh:
        for d in lib.DOCS[lang]:
            for e in d["entities"]:
                fixed = []
                for a in e["aliases"]:
                    if a not in d["text"]:
                        i = d["text"].lower().find(a.lower())
                        if i < 0:
                            sys.exit("%s: alias %r not in text" % (d["id"], a))
                        a = d["text"][i:i + len(a)]
                    if a not in fixed and a != e["name"]:
                        fixed.append(a)
                e["aliases"] = fixed
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
