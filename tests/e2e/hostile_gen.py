# SPDX-License-Identifier: ISC
"""Hostile documents that are valid UTF-8 text, for tests/e2e/hostile.sh.

usage: hostile_gen.py KIND SIZE OUT   (SIZE: a count whose meaning is KIND's)
"""
import random
import sys

PERSON_SPELLINGS = [
    "Vladimir Voronkov", "M. Vladimir Voronkov", "Voronkov", "M. Voronkov",
    "VORONKOV", "Vladimir VORONKOV", "V. Voronkov", "Vladimir I. Voronkov",
    "Vladimir Ivanovitch Voronkov", "Vladimir Ivanovich Voronkov",
    "Vladimir Voronkoff", "Wladimir Woronkow", "Vladimir Vorónkov",
    "Vladímir Voronkov", "Vladimir Voronkóv", "Vladimir Vo\u0301ronkov",
    "Vladimir\u00a0Voronkov", "Vladimir  Voronkov", "Vladimir\u202fVoronkov",
    "Vladimir-Voronkov", "Voronkov Vladimir", "VORONKOV Vladimir",
    "Voronkov, Vladimir", "M. V. Voronkov", "Mr Voronkov", "Mr. Voronkov",
    "Mr Vladimir Voronkov", "Dr Voronkov", "Pr Voronkov", "S.E. M. Voronkov",
    "Son Excellence M. Vladimir Voronkov", "l\u2019ambassadeur Voronkov",
    "le Secrétaire général adjoint Voronkov", "Under-Secretary-General Voronkov",
    "Vladimir O'Voronkov", "Vladimir D\u2019Voronkov", "Vladimir «Volodia» Voronkov",
    "Vladimir \"Volodia\" Voronkov", "Vladimir (Volodia) Voronkov",
    "Vladimir Voronkov Jr.", "Vladimir Voronkov III", "Vl. Voronkov",
    "Vladimir Voron-kov", "Vladimir Voronkov-Petrov", "Vladimir de Voronkov",
    "Vladimir von Voronkov", "Vladimir van Voronkov", "Vladimir Voronkov\u0301",
    "\u2066Vladimir Voronkov\u2069", "Vladimir\u200dVoronkov",
]
assert len(PERSON_SPELLINGS) == 50

CONTEXT = ("{name}, chef du Bureau des Nations Unies pour la lutte contre le "
           "terrorisme (UNOCT), a ouvert la conférence à Genève le 3 mars "
           "2021.\n\n")


def words(rng, n, capital):
    out = []
    for _ in range(n):
        w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzéèàç")
                    for _ in range(rng.randint(3, 9)))
        out.append(w.capitalize() if capital else w)
    return out


def gen(kind, size, rng):
    if kind == "caps":  # SIZE capitalised words in a row, no full stop
        return " ".join(words(rng, size, True)) + "\n"
    if kind == "nospace":  # SIZE bytes with neither a space nor a full stop
        unit = "Ab\u00e9c"  # 5 bytes, capitals and accents
        return (unit * (size // 5 + 1)).encode()[:size].decode("utf-8", "ignore")
    if kind == "acronym":  # the same acronym defined SIZE times, many ways
        out = []
        for i in range(size):
            head = " ".join(words(rng, 3, True)) if i % 2 else "Mondiale de la Santé"
            out.append(f"L'Organisation {head} (OMS) a rencontré l'OMS à Genève.")
        return "\n".join(out) + "\n"
    if kind == "spellings":  # one person under fifty spellings, SIZE rounds
        return "".join(CONTEXT.format(name=PERSON_SPELLINGS[i % 50])
                       for i in range(size * 50))
    if kind == "report":  # an ordinary report, SIZE paragraphs
        out = ["Genève, le 3 mars 2021"]  # a date line: weekdays resolve
        for i in range(size):
            a, b = words(rng, 2, True), words(rng, 3, True)
            out.append(f"M. {a[0]} {a[1]}, directeur de l'Organisation "
                       f"{' '.join(b)} ({b[0][:2].upper()}{i % 97}), a signé "
                       f"l'Accord de {a[1]} à Genève le {i % 28 + 1} mars "
                       f"2021, lors de la Conférence de {b[1]}, "
                       f"et l'a présenté mardi.")
        return "\n\n".join(out) + "\n"
    raise SystemExit(f"hostile_gen.py: unknown kind {kind}")


def main():
    kind, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    text = gen(kind, size, random.Random(size))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
