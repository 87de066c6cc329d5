/* SPDX-License-Identifier: ISC */
/*
 * Partial results: what `liaison extract --shard` writes and `liaison merge`
 * reads, and what a single run spools to a temporary file.  A partial holds,
 * per document, the document's own triples (terms by id into the record's
 * string table) and what the merge needs to decide identity across
 * documents: each entity's IRI, type, labels with their counts, and its
 * gazetteer labels.  The byte layout is in docs/internals/partial.md.
 */
#ifndef LSN_PARTIAL_H
#define LSN_PARTIAL_H

#include "util/util.h"

#include <stdio.h>

#define LSN_PARTIAL_MAGIC "LSNPART\n"
#define LSN_PARTIAL_VERSION 1u

/** A triple as ids into a string table; graph 0 is the default graph. */
typedef struct {
  uint32_t s, p, o;
  uint32_t lang;  /* 0: none */
  uint32_t dt;    /* 0: none */
  uint32_t graph; /* 0: default graph */
  uint8_t  okind; /* lsn_term_kind */
} lsn_prec;

/** A label of an entity in one document: how often it was seen, and how
 * often it was the name the document chose. */
typedef struct {
  uint32_t text, lang;
  uint32_t as_name, seen;
} lsn_plabel;

typedef struct {
  uint32_t    iri;
  uint32_t    same_as; /* 0: none */
  uint8_t     type;
  uint8_t     from_gazetteer;
  lsn_plabel* labels; /* the document's labels */
  uint32_t    n_labels;
  lsn_plabel* gaz; /* the gazetteer's labels (as_name: preferred) */
  uint32_t    n_gaz;
} lsn_pentity;

/** What the partial's header says of the run that wrote it. */
typedef struct {
  char* version;
  char* base;
  char* model_sha[2]; /* "" when there was no model */
} lsn_pheader;

void
lsn_pheader_clear(lsn_pheader* h);

lsn_status
lsn_partial_write_header(FILE* out, const lsn_pheader* h);

/** Read the header; *why says what is wrong when it is not one. */
lsn_status
lsn_partial_read_header(FILE* in, lsn_pheader* h, const char** why);

/** The trailer: no record follows, and how many came before. */
lsn_status
lsn_partial_write_trailer(FILE* out, uint64_t n_records);

/* Records ---------------------------------------------------------------- */

/** Encode one document's record into `out` (cleared first). */
lsn_status
lsn_precord_encode(lsn_buf*           out,
                   const char*        path,
                   const char*        sha256,
                   const lsn_pool*    strings,
                   const lsn_pentity* entities,
                   size_t             n_entities,
                   const lsn_prec*    recs,
                   size_t             n_recs);

/** A record read back.  Strings point into `body`. */
typedef struct {
  char*        path;
  char         sha256[65];
  uint64_t     body_len, body_hash;
  char*        body;
  const char** strs;
  uint32_t*    lens;
  uint32_t     n_strs;
  lsn_pentity* entities;
  uint32_t     n_entities;
  lsn_plabel*  labels; /* every entity's labels, one array */
  lsn_prec*    recs;
  uint32_t     n_recs;
} lsn_precord;

void
lsn_precord_clear(lsn_precord* r);

/** Read the head of the next record (path and digest) and leave the stream
 * at its body.  LSN_DONE at the trailer, whose count is checked against
 * `n_read`. */
lsn_status
lsn_precord_read_head(FILE*        in,
                      lsn_precord* r,
                      uint64_t     n_read,
                      const char** why);

/** Read the body whose head was just read, check its digest and decode it
 * (`with_recs`: the triples too, else only strings and entities). */
lsn_status
lsn_precord_read_body(FILE*        in,
                      lsn_precord* r,
                      bool         with_recs,
                      const char** why);

/** Skip the body whose head was just read. */
lsn_status
lsn_precord_skip_body(FILE* in, lsn_precord* r, const char** why);

#endif
