#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Extraction cases as data: tests/e2e/cases/NAME.txt is a text, NAME.expect
# what its graph must (and must not) say, checked with rdflib.  Lines:
#   entity TYPE "name"            a node of that type has that label
#   label "name" "other"          the node labelled name also has label other
#   rel "subject" KEY "object"    subject KEY object (KEY as in kgscore; a
#                                 date object is written YYYY-MM-DD)
#   no-rel "subject" KEY "object" the graph does not say it
#   commitment "who" "words"      a commitment by who whose text holds words
#   nodes TYPE N                  exactly N nodes of that type
#   lang fr|en                    the document's detected language
set -u
BIN=$1 SRC=$2
command -v /usr/bin/python3 >/dev/null && /usr/bin/python3 -c 'import rdflib' 2>/dev/null ||
  { echo "skip: /usr/bin/python3 with rdflib is needed"; exit 77; }
exec /usr/bin/python3 "$SRC/tests/e2e/check_cases.py" "$BIN" "$SRC/tests/e2e/cases"
