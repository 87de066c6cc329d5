# Helpers for the gold sources: doc() registers one document. Licence: ISC.
"""doc(id, lang, text, entities, relations)

entities: tuples (type letter, name[, aliases[, optional]]), type letters
P Person, O Organization, L Place, E Event, A Agreement.
relations: tuples (subject name, key, object); a key written "?key" makes the
relation optional ("optional" as 4th element in the JSON).
heldout=True files the document under ../heldout-<lang>.jsonl (a blind set).
"""
T = {"P": "Person", "O": "Organization", "L": "Place", "E": "Event", "A": "Agreement"}
DOCS = {"fr": [], "en": [], "heldout-fr": [], "heldout-en": []}

def doc(id, lang, text, ents, rels, heldout=False):
    entities = []
    for e in ents:
        t, name = e[0], e[1]
        aliases = e[2] if len(e) > 2 else []
        opt = bool(e[3]) if len(e) > 3 else False
        entities.append({"type": T[t], "name": name, "aliases": aliases, "optional": opt})
    relations = []
    for r in rels:
        s, k, o = r
        if k.startswith("?"):
            relations.append([s, k[1:], o, "optional"])
        else:
            relations.append([s, k, o])
    DOCS[("heldout-" if heldout else "") + lang].append({"id": id, "lang": lang, "text": text.strip("\n"), "entities": entities, "relations": relations})
