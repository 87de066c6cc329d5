#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Word classes from WordNet 3.0 (Debian wordnet-base) for the tagger.

Prints `word<TAB>class` lines, sorted: each lower-case single-word lemma of
WordNet, and its regular and listed (*.exc) inflections, with the
lexicographer files of its most frequent sense in each part of speech
("n15v36": noun.location, verb.creation).  `liaison train --classes FILE`
stores them in the model; the templates read the class of a word and of
the words around it (docs/internals/tagger.md).

usage: tools/wordnet-classes.py [WORDNET_DIR] > classes.tsv
"""
import sys

POS = (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv"))


def lexfiles(path):
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                parts = line.split(" ", 2)
                out[parts[0]] = int(parts[1])
    return out


def first_senses(path, lex):
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, n = fields[0], int(fields[2])
            if "_" in lemma or not lemma.isalpha() or lemma != lemma.lower():
                continue
            out[lemma] = lex[fields[len(fields) - n]]
    return out


def inflections(word, pos):
    if pos == "n":
        if word.endswith(("s", "x", "z", "ch", "sh")):
            yield word + "es"
        elif word.endswith("y") and word[-2:-1] not in "aeiou":
            yield word[:-1] + "ies"
        else:
            yield word + "s"
    elif pos == "v":
        if word.endswith("e"):
            yield from (word + "s", word + "d", word[:-1] + "ing")
        elif word.endswith("y") and word[-2:-1] not in "aeiou":
            yield from (word[:-1] + "ies", word[:-1] + "ied", word + "ing")
        else:
            es = "es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s"
            yield from (word + es, word + "ed", word + "ing")


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    lemmas = {}  # word -> {pos: lexfile}
    for p, name in POS:
        lex = lexfiles(f"{wn}/data.{name}")
        for w, lf in first_senses(f"{wn}/index.{name}", lex).items():
            lemmas.setdefault(w, {})[p] = lf
    # Inflected forms add the parts of speech their lemma has and they do
    # not ("signed": adjective lemma, verb form of "sign").
    forms = {}
    for w, by_pos in sorted(lemmas.items()):
        for p, lf in by_pos.items():
            for form in inflections(w, p):
                if p not in lemmas.get(form, {}):
                    forms.setdefault(form, {}).setdefault(p, lf)
    for p, name in POS:
        with open(f"{wn}/{name}.exc", encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2 or not parts[0].isalpha():
                    continue
                form, base = parts[0], parts[1]
                if base not in lemmas or p not in lemmas[base]:
                    continue
                if p in lemmas.get(form, {}):
                    continue
                forms.setdefault(form, {}).setdefault(p, lemmas[base][p])
    words = {w: dict(c) for w, c in lemmas.items()}
    for form, by_pos in forms.items():
        for p, lf in by_pos.items():
            words.setdefault(form, {}).setdefault(p, lf)
    out = sys.stdout
    for w in sorted(words):
        cls = "".join(f"{p}{words[w][p]:02d}" for p, _ in POS if p in words[w])
        out.write(f"{w}\t{cls}\n")


if __name__ == "__main__":
    main()
