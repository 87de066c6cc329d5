/* SPDX-License-Identifier: ISC */
/* Helpers shared by the unit tests: a text config built from the shipped
 * lexicon, and a recording triple sink. */
#ifndef LSN_TEST_SUPPORT_H
#define LSN_TEST_SUPPORT_H

#include "text/text.h"
#include "util/lexicon.h"

#include <stdbool.h>

typedef struct {
  lsn_lexicon     lexicon;
  lsn_map*        maps[6];
  lsn_text_config config;
} test_lexicon;

/** Load data/lexicon/text.tsv (from $LIAISON_DATA) into `out`. */
bool
test_lexicon_load(test_lexicon* out);
void
test_lexicon_free(test_lexicon* lex);

/** Analyse a NUL-terminated string with the shipped lexicon. */
lsn_status
test_analyse(lsn_text* out, const test_lexicon* lex, const char* str);

/** The text of token `i`, copied into a static buffer. */
const char*
test_token(const lsn_text* t, size_t i);

/* A triple sink recording N-Triples-like lines. */
typedef struct {
  char** lines;
  size_t n, cap;
  bool   ended;
  int    fail_after; /* return an error after this many triples (0: never) */
} rec_triples;

lsn_triple_sink
rec_triples_sink(rec_triples* rec);
bool
rec_triples_has(const rec_triples* rec, const char* needle);
void
rec_triples_free(rec_triples* rec);

#endif
