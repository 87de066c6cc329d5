/* SPDX-License-Identifier: ISC */
/*
 * The extract stage: from the tokens of one document to its entities, their
 * mentions, and the relations between them (an lsn_doc_result).
 *
 * It runs as a small cascade over each sentence:
 *   1. spans: gazetteer names, names grown from a head word ("Bureau ...",
 *      "Conférence ...", "cadre de coopération ..."), people after honorifics
 *      and titles, acronyms, places after prepositions, quoted names;
 *   2. aliases: "long form (ACR)" and "ACR (long form)";
 *   3. entities: mentions grouped into one entity per real thing in the
 *      document (gazetteer identity, acronyms, "M. X" to the full name, a
 *      definite description to the only entity it fits);
 *   4. relations: patterns over the mentions and the trigger lexicon.
 * Every word list it uses comes from the lexicon files (data/lexicon/).
 */
#ifndef LSN_EXTRACT_H
#define LSN_EXTRACT_H

#include "text/text.h"
#include "util/lexicon.h"

typedef enum {
  LSN_PERSON,
  LSN_ORGANIZATION,
  LSN_PLACE,
  LSN_EVENT,
  LSN_AGREEMENT,
  LSN_N_TYPES
} lsn_etype;

/* How a mention names its entity. */
typedef enum {
  LSN_M_NAME,        /* a full name */
  LSN_M_ACRONYM,     /* an acronym */
  LSN_M_SHORT,       /* a short form: surname, "M. X", part of a name */
  LSN_M_DESCRIPTION, /* "la conférence", "the Office" */
  LSN_M_PART         /* part of a compound acronym ("ONU" in "ONU-UE") */
} lsn_mention_kind;

typedef struct {
  uint32_t first; /* tokens [first, last) */
  uint32_t last;
  uint32_t start; /* bytes [start, end) of the original text */
  uint32_t end;
  uint32_t sent;
  int32_t  entity;   /* index into lsn_doc_result.entities, -1 before step 3 */
  int32_t  gaz;      /* gazetteer entry, -1 when none */
  uint8_t  type;     /* lsn_etype */
  uint8_t  kind;     /* lsn_mention_kind */
  uint8_t  strength; /* how sure the type is: 3 gazetteer ... 0 guess */
} lsn_mention;

typedef struct {
  uint8_t type;
  int32_t gaz;  /* gazetteer entry or -1 */
  char*   name; /* canonical label (NFC) */
  char**  alts; /* other labels, without duplicates */
  size_t  n_alts;
  size_t  cap_alts;
  char*   head;    /* folded head word ("bureau", "conference"), or NULL */
  char*   surname; /* folded last name of a person, or NULL */
} lsn_entity;

typedef enum {
  LSN_R_JOB_TITLE, /* literal */
  LSN_R_MEMBER_OF,
  LSN_R_HEAD_OF,
  LSN_R_SUB_ORGANIZATION_OF,
  LSN_R_LOCATION,
  LSN_R_START_DATE, /* literal */
  LSN_R_END_DATE,   /* literal */
  LSN_R_ORGANIZER,
  LSN_R_ATTENDEE,
  LSN_R_PARTY,
  LSN_R_SIGNED_AT,
  LSN_R_SIGNED_BY,
  LSN_R_SIGNED_ON,  /* literal */
  LSN_R_COMMITMENT, /* literal: what was committed to */
  LSN_R_MEMBERSHIP, /* literal: role held in the object organisation */
  LSN_R_CONTAINED_IN,
  LSN_N_RELATIONS
} lsn_rel_kind;

#define LSN_NO_SENTENCE UINT32_MAX

typedef struct {
  uint8_t  kind;
  int32_t  subject;
  int32_t  object;  /* entity, or -1 for a literal */
  char*    literal; /* NFC text or ISO date, or NULL */
  uint32_t sent;    /* evidence sentence, LSN_NO_SENTENCE for gazetteer */
} lsn_relation;

/* What the extract stage says about one document. */
typedef struct {
  const lsn_text* text; /* borrowed */
  const char*     lang; /* "fr" or "en" (static) */
  lsn_mention*    mentions;
  size_t          n_mentions, cap_mentions;
  lsn_entity*     entities;
  size_t          n_entities, cap_entities;
  lsn_relation*   relations;
  size_t          n_relations, cap_relations;
  lsn_date_span*  dates;
  size_t          n_dates, cap_dates;
  uint64_t        tag_ns; /* time spent in the tagger, for the benchmark */
} lsn_doc_result;

void
lsn_doc_result_clear(lsn_doc_result* result);

/* Gazetteer --------------------------------------------------------------- */

typedef struct lsn_gazetteer lsn_gazetteer;

typedef struct {
  char*   iri;        /* the entry's IRI in the gazetteer */
  uint8_t type;       /* lsn_etype */
  uint8_t place_kind; /* 1 city, 2 country, 0 another place or not one */
  char*   label_fr;
  char*   label_en;
  char*   same_as; /* owl:sameAs IRI, or NULL */
  int32_t parent;  /* org:subOrganizationOf / schema:containedInPlace, or -1 */
  char*   head_fr; /* folded head words of the labels, for descriptions */
  char*   head_en;
} lsn_gaz_entry;

lsn_gazetteer*
lsn_gazetteer_new(void);
void
lsn_gazetteer_free(lsn_gazetteer* gaz);

/** A triple sink that fills the gazetteer (feed it with an RDF reader). */
lsn_triple_sink
lsn_gazetteer_sink(lsn_gazetteer* gaz);

size_t
lsn_gazetteer_size(const lsn_gazetteer* gaz);
const lsn_gaz_entry*
lsn_gazetteer_entry(const lsn_gazetteer* gaz, size_t index);

/** Number of labels (all entries), and label `i`: its text, entry,
 * language and whether it is a preferred label. */
size_t
lsn_gazetteer_n_labels(const lsn_gazetteer* gaz);
const char*
lsn_gazetteer_label(const lsn_gazetteer* gaz,
                    size_t               i,
                    size_t*              entry,
                    const char**         lang,
                    bool*                preferred);

/* The extractor ----------------------------------------------------------- */

typedef struct lsn_extractor lsn_extractor;

/** Build an extractor from lexicon entries and a gazetteer (borrowed: both
 * must outlive it; the gazetteer is indexed on the first call). */
lsn_status
lsn_extractor_new(lsn_extractor**        out,
                  const lsn_lexicon*     lexicon,
                  lsn_gazetteer*         gazetteer,
                  const lsn_text_config* config);

/** Give the extractor a tagger model for `lang` ("fr" or "en"), borrowed:
 * its PER, ORG and LOC spans become candidates for the rules to confirm,
 * extend or type.  Without a model, capitalised runs are typed by rules. */
void
lsn_extractor_set_model(lsn_extractor*   ex,
                        const char*      lang,
                        const lsn_model* model);

void
lsn_extractor_free(lsn_extractor* ex);

/** Extract the entities and relations of `text` (language `lang`) into
 * `result`, which must be zeroed or cleared. */
lsn_status
lsn_extract_document(const lsn_extractor* ex,
                     const lsn_text*      text,
                     const char*          lang,
                     lsn_ymd              date,
                     lsn_doc_result*      result);

const char*
lsn_etype_name(lsn_etype type);

#endif
