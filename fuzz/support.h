/* SPDX-License-Identifier: ISC */
/*
 * What several fuzz targets share: the shipped lexicons and the text
 * stage's word lists built from them, loaded once per process, the same way
 * src/pipeline.c builds them.
 */
#ifndef LSN_FUZZ_SUPPORT_H
#define LSN_FUZZ_SUPPORT_H

#include "fuzz.h"
#include "text/text.h"
#include "util/lexicon.h"

typedef struct {
  lsn_lexicon     lexicon;
  lsn_map*        maps[6];
  lsn_text_config config;
} lsn_fuzz_lexicons;

/** Load data/lexicon/{text,extract}.tsv and build the text config; aborts
 * when the data cannot be read (a broken setup, not a finding). */
void
lsn_fuzz_lexicons_load(lsn_fuzz_lexicons* out);

/** Abort with a message when `st` is not LSN_OK: for calls that must not
 * fail on any input. */
void
lsn_fuzz_require(lsn_status st, const char* what);

/** Parse `len` bytes of `syntax` ("ntriples", "turtle"...) with raptor2;
 * the number of triples, after an abort() if it is not valid RDF. */
int
lsn_fuzz_parse_back(const char* syntax, const char* bytes, size_t len);

#endif
