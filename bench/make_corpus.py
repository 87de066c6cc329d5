#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Build a reproducible benchmark corpus of at least WORDS words.

usage: make_corpus.py WORDS OUT_DIR [SHARED_DIR]

Documents are made from the paragraphs of the texts the project may use:
its own gold texts (tests/gold/*.jsonl), the seeds (seeds/*.txt) and, when
SHARED_DIR is given, the POPCORN training texts (data/popcorn/train.json).
Each document takes the first paragraph (title, date line) of one source
text and 4 to 14 paragraphs drawn from all, with a fixed seed, and ends with
its own reference line, so that no two documents have the same text.  The
same arguments give the same files, byte for byte.  Files go into 100
sub-folders (d00..d99) of OUT_DIR.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sources(shared):
    texts = []
    for name in sorted(os.listdir(os.path.join(ROOT, "tests", "gold"))):
        if name.endswith(".jsonl"):
            with open(os.path.join(ROOT, "tests", "gold", name), encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
    for name in sorted(os.listdir(os.path.join(ROOT, "seeds"))):
        with open(os.path.join(ROOT, "seeds", name), encoding="utf-8") as f:
            texts.append(f.read())
    popcorn = os.path.join(shared or "", "data", "popcorn", "train.json")
    if shared and os.path.exists(popcorn):
        with open(popcorn, encoding="utf-8") as f:
            data = json.load(f)
        texts += [data[k]["text"] for k in sorted(data) if data[k].get("text")]
    return texts


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    words, out = int(sys.argv[1]), sys.argv[2]
    texts = sources(sys.argv[3] if len(sys.argv) > 3 else None)
    heads, paras = [], []
    for t in texts:
        parts = [p.strip() for p in t.split("\n") if p.strip()]
        if parts:
            heads.append(parts[0])
            paras += parts[1:]
    rng = random.Random(20261127)
    total = n = 0
    while total < words:
        body = [rng.choice(heads)]
        body += [rng.choice(paras) for _ in range(rng.randint(4, 14))]
        body.append(f"Réf. LSN-BENCH-{n:07d}")
        text = "\n\n".join(body) + "\n"
        total += len(text.split())
        folder = os.path.join(out, f"d{n % 100:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"doc{n:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        n += 1
    print(f"{n} documents, {total} words (white-space separated) in {out}")


if __name__ == "__main__":
    main()
