#!/usr/bin/python3
"""Check gold JSONL files against the format of ../shared/gold/README.md.

  /usr/bin/python3 tests/gold/validate.py tests/gold/*.jsonl

Checks: every line parses; required keys and types; entity names unique in a
document; relation keys in the scorer's vocabulary; relation subjects (and
entity objects) are entity names of the same document, with the right types;
literal objects are ISO dates (yyyy-mm-dd) for date keys; every alias occurs
verbatim in the text (names too, or a note is printed); 120-350 words.
Exit status 1 if any error was found.
"""
import datetime, json, re, sys

TYPES = {"Person", "Organization", "Place", "Event", "Agreement"}
REL = {  # key -> (subject types, object types or None for a literal)
    "jobTitle": ({"Person"}, None),
    "memberOf": ({"Person", "Organization"}, {"Organization"}),
    "headOf": ({"Person"}, {"Organization"}),
    "subOrganizationOf": ({"Organization"}, {"Organization"}),
    "location": ({"Event", "Organization"}, {"Place"}),
    "startDate": ({"Event"}, None), "endDate": ({"Event"}, None),
    "organizer": ({"Event"}, {"Person", "Organization"}),
    "attendee": ({"Event"}, {"Person", "Organization"}),
    "party": ({"Agreement"}, {"Organization"}),
    "signedAt": ({"Agreement"}, {"Event"}),
    "signedBy": ({"Agreement"}, {"Person"}),
    "date": ({"Agreement"}, None),
}
DATE_KEYS = {"startDate", "endDate", "date"}


def check(path):
    errors, notes, ids = [], [], set()
    stats = {"docs": 0, "entities": 0, "entities_opt": 0, "relations": 0, "relations_opt": 0}
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = "%s:%d" % (path, ln)
            try:
                d = json.loads(line)
            except ValueError as e:
                errors.append("%s: bad JSON: %s" % (where, e))
                continue
            for k in ("id", "lang", "text", "entities", "relations"):
                if k not in d:
                    errors.append("%s: missing %s" % (where, k))
            did, text = d.get("id"), d.get("text", "")
            where = "%s (%s)" % (where, did)
            if did in ids:
                errors.append("%s: duplicate id" % where)
            ids.add(did)
            n = len(text.split())
            if not 120 <= n <= 350:
                errors.append("%s: %d words" % (where, n))
            stats["docs"] += 1
            types = {}
            for e in d.get("entities", []):
                if e.get("type") not in TYPES:
                    errors.append("%s: bad type %r" % (where, e.get("type")))
                if e["name"] in types:
                    errors.append("%s: duplicate entity name %r" % (where, e["name"]))
                types[e["name"]] = e["type"]
                stats["entities"] += 1
                stats["entities_opt"] += bool(e.get("optional"))
                if not isinstance(e.get("aliases", []), list) or not isinstance(e.get("optional", False), bool):
                    errors.append("%s: bad aliases/optional on %r" % (where, e["name"]))
                if e["name"] not in text:
                    notes.append("%s: canonical name not verbatim in text: %r" % (where, e["name"]))
                for a in e.get("aliases", []):
                    if a not in text:
                        errors.append("%s: alias not in text: %r (%s)" % (where, a, e["name"]))
            for r in d.get("relations", []):
                stats["relations"] += 1
                if not (3 <= len(r) <= 4) or (len(r) == 4 and r[3] != "optional"):
                    errors.append("%s: bad relation %r" % (where, r))
                    continue
                stats["relations_opt"] += len(r) == 4
                s, k, o = r[:3]
                if k not in REL:
                    errors.append("%s: unknown relation %r" % (where, k))
                    continue
                st, ot = REL[k]
                if s not in types:
                    errors.append("%s: subject not an entity: %r" % (where, s))
                elif types[s] not in st:
                    errors.append("%s: %s subject is a %s: %r" % (where, k, types[s], s))
                if ot is None:
                    if k in DATE_KEYS:
                        try:
                            ok = re.fullmatch(r"\d{4}-\d{2}-\d{2}", o) and datetime.date.fromisoformat(o)
                        except ValueError:
                            ok = False
                        if not ok:
                            errors.append("%s: bad date %r" % (where, o))
                elif o not in types:
                    errors.append("%s: object not an entity: %r" % (where, o))
                elif types[o] not in ot:
                    errors.append("%s: %s object is a %s: %r" % (where, k, types[o], o))
            seen = set()
            for r in d.get("relations", []):
                t = tuple(r[:3])
                if t in seen:
                    errors.append("%s: duplicate relation %r" % (where, r))
                seen.add(t)
    return errors, notes, stats


def main():
    bad = False
    for p in sys.argv[1:]:
        errors, notes, st = check(p)
        for m in notes:
            print("note:", m)
        for m in errors:
            print("error:", m)
        bad |= bool(errors)
        print("%s: %d docs, %d entities (%d optional), %d relations (%d optional), %d errors"
              % (p, st["docs"], st["entities"], st["entities_opt"], st["relations"], st["relations_opt"], len(errors)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
