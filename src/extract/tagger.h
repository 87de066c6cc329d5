/* SPDX-License-Identifier: ISC */
/*
 * The statistical name tagger (issue 4): an averaged perceptron over hashed
 * features, decoded by first-order Viterbi with BIO constraints, labelling
 * tokens O, B-PER, I-PER, B-ORG, ... .  The public side (loading, training,
 * tagging CoNLL files) is declared in liaison.h; this header is what the
 * extraction pipeline calls per sentence.
 *
 * A model (lsn_model) is read-only once loaded and may be shared by any
 * number of threads.  A work area (lsn_tagger_work) holds the per-sentence
 * buffers and belongs to one thread at a time; reusing one avoids two
 * allocations per sentence.
 *
 * Design, features and the model file's byte layout: docs/internals/tagger.md.
 */
#ifndef LSN_EXTRACT_TAGGER_H
#define LSN_EXTRACT_TAGGER_H

#include "liaison.h"

#include <stddef.h>
#include <stdint.h>

/** A token as a byte range (need not be NUL-terminated). */
typedef struct {
  const char* text;
  size_t      len;
} lsn_tagger_token;

typedef struct lsn_tagger_work lsn_tagger_work;

/** Make a work area for one thread; free with lsn_tagger_work_free. */
lsn_status
lsn_tagger_work_new(lsn_tagger_work** out);

void
lsn_tagger_work_free(lsn_tagger_work* work);

/** Tag one sentence.  `tokens[i]` is a UTF-8 token (NUL-terminated) as it
 * appears in the text; `tags_out[i]` receives a label id (see
 * lsn_tagger_label_name).  Allocates a work area per call: use
 * lsn_tagger_tag_spans with a reused work area in loops.  n == 0 is OK. */
lsn_status
lsn_tagger_tag(const lsn_model*   model,
               const char* const* tokens,
               size_t             n,
               uint16_t*          tags_out);

/** Tag one sentence of byte-range tokens with a reused work area (one per
 * thread).  Tokens longer than LSN_TAGGER_MAX_TOKEN bytes are featurised by
 * their first LSN_TAGGER_MAX_TOKEN bytes. */
lsn_status
lsn_tagger_tag_spans(const lsn_model*        model,
                     lsn_tagger_work*        work,
                     const lsn_tagger_token* tokens,
                     size_t                  n,
                     uint16_t*               tags_out);

#define LSN_TAGGER_MAX_TOKEN 256

/** Number of labels of `model` (ids are 0 .. count-1). */
size_t
lsn_tagger_label_count(const lsn_model* model);

/** Name of label `id` ("O", "B-PER", ...), borrowed from the model; NULL
 * when `id` is out of range. */
const char*
lsn_tagger_label_name(const lsn_model* model, uint16_t id);

/** Id of the label "O" (always present in a valid model). */
uint16_t
lsn_tagger_label_outside(const lsn_model* model);

/** Entity kind of label `id`: "PER" for B-PER and I-PER, NULL for O. The
 * pointer is borrowed from the model; `len_out` gets its length. */
const char*
lsn_tagger_label_kind(const lsn_model* model, uint16_t id, size_t* len_out);

/** True when label `id` begins an entity (B-X). */
int
lsn_tagger_label_begins(const lsn_model* model, uint16_t id);

/** Serialise `model` into a fresh buffer (free with lsn_free). */
lsn_status
lsn_model_save_memory(const lsn_model* model,
                      char**           bytes_out,
                      size_t*          len_out);

#endif
