/* SPDX-License-Identifier: ISC */
/* Shared between the files of the extract stage; not a public interface. */
#ifndef LSN_EXTRACT_INTERNAL_H
#define LSN_EXTRACT_INTERNAL_H

#include "extract/extract.h"
#include "extract/gazetteer_internal.h"
#include "extract/phrases.h"

#define MAX_NAME_TOKENS 24

typedef struct {
  char*   key; /* folded form */
  int32_t entry;
} lsn_ambiguous;

struct lsn_extractor {
  lsn_ambiguous*         ambiguous;
  size_t                 n_ambiguous, cap_ambiguous;
  const lsn_text_config* config;
  lsn_phrases*           ph;
  lsn_gazetteer*         gaz;
  lsn_map*               adj_suffix[2]; /* fr, en */
  const lsn_model*       models[2];     /* fr, en; may be NULL */
};

/* What the tagger says of a token. */
enum {
  NER_O     = 0,
  NER_PER   = 1,
  NER_ORG   = 2,
  NER_LOC   = 3,
  NER_MISC  = 4,
  NER_BEGIN = 8 /* flag: the token starts a span */
};

/* Items of a document grouped by sentence: those of sentence s are
 * order[start[s]] .. order[start[s + 1] - 1], in their array's order. */
typedef struct {
  int32_t* order;
  size_t*  start;
} by_sentence;

/* Marks of a token that no name of a body, person or place holds. */
enum {
  MARK_DATE = 1, /* inside a date ("by 30 April") */
  MARK_CODE = 2  /* inside a reference code ("S/RES/2719", "A/78/L.12") */
};

/* Working state for one document. */
typedef struct {
  const lsn_extractor* ex;
  const lsn_text*      t;
  const char*          lang;
  lsn_doc_result*      r;
  int32_t*             cover;    /* per token: mention index + 1, or 0 */
  int32_t*             alias_of; /* per mention: linked mention or -1 */
  size_t               cap_alias;
  uint8_t*             ner;    /* per token: NER_* from the tagger, or NULL */
  uint64_t*            starts; /* per token: lsn_phrases_starts of its key */
  uint8_t*             marks;  /* per token, during find_spans: MARK_* */
  const char**         heads;  /* per mention, during resolve_entities: head */
  /* During find_relations (relations.c), so that each sentence's work
   * does not grow with the length of the document: */
  by_sentence mentions_of; /* mentions by sentence */
  by_sentence dates_of;    /* dates by sentence (of their first token) */
  lsn_map*    rel_keys;    /* relations by their ends: see add_relation */
  int32_t     main_event;  /* the event the document is about, or -1 */
  int32_t     dateline;    /* the date of the date line, or -1 */
} doc_ctx;

/* Token tests (extractor.c) */
uint32_t
tok_flags(const doc_ctx* c, size_t i);
const char*
tok_key(const doc_ctx* c, size_t i);
bool
tok_is(const doc_ctx* c, size_t i, const char* key);
bool
tok_is_cap(const doc_ctx* c, size_t i);
bool
tok_is_lower_word(const doc_ctx* c, size_t i);
bool
tok_is_adjective(const doc_ctx* c, size_t i);
size_t
lex_at(const doc_ctx* c, lsn_lex_cat cat, size_t i, size_t limit);
const lsn_phrase*
lex_rec(const doc_ctx* c, lsn_lex_cat cat, size_t i, size_t limit);
size_t
sentence_end(const doc_ctx* c, uint32_t sent);
uint32_t
sentence_of(const doc_ctx* c, size_t tok);

/* The gazetteer entry an ambiguous form (folded `key`) names in this
 * document: the only one of its entries the document names otherwise, or
 * -1. */
int32_t
resolve_ambiguous(const doc_ctx* c, const char* key);

/* Tagger (ner.c) */
lsn_status
tag_document(doc_ctx* c);
/* Length of the tagger's span starting at i (0 if none) and its kind. */
size_t
ner_span_at(const doc_ctx* c, size_t i, size_t limit, int* kind);

/* Mentions (spans.c) */
lsn_status
add_mention(doc_ctx*         c,
            size_t           first,
            size_t           last,
            lsn_etype        type,
            lsn_mention_kind kind,
            int32_t          gaz,
            uint8_t          strength,
            int32_t*         out);
lsn_status
find_spans(doc_ctx* c);
size_t
grow_name(const doc_ctx* c,
          size_t         start,
          size_t         after_head,
          size_t         limit,
          lsn_etype      type);

/* Entities (entities.c) */
lsn_status
resolve_entities(doc_ctx* c);
lsn_status
entity_add_alt(lsn_entity* e, const char* label);
int32_t
mention_at(const doc_ctx* c, size_t tok);

/* Relations (relations.c) */
lsn_status
find_relations(doc_ctx* c);
lsn_status
add_relation(doc_ctx*     c,
             lsn_rel_kind kind,
             int32_t      subject,
             int32_t      object,
             const char*  literal,
             uint32_t     sent);
lsn_status
surface_text(const doc_ctx* c, uint32_t start, uint32_t end, char** out);

#endif
