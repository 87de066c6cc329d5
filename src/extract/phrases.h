/* SPDX-License-Identifier: ISC */
/*
 * A phrase table: multi-token phrases of the lexicon and gazetteer, keyed by
 * category, language and the folded keys of their tokens, so that matching
 * a phrase at a token is a few hash look-ups and never a string comparison
 * chain.  Phrases are tokenised with the document tokeniser, so "l'ONU" in a
 * lexicon and in a text fold to the same keys.
 */
#ifndef LSN_PHRASES_H
#define LSN_PHRASES_H

#include "text/text.h"

typedef enum {
  LEX_ORG_HEAD,
  LEX_EVENT_HEAD,
  LEX_AGREEMENT_HEAD,
  LEX_TITLE,
  LEX_HONORIFIC,
  LEX_PARTICLE,
  LEX_CONNECTOR,
  LEX_COORD,
  LEX_ARTICLE,
  LEX_MODIFIER,
  LEX_ORDINAL,
  LEX_CLAUSE_STOP,
  LEX_NOT_NAME,
  LEX_PLACE_HEAD,
  LEX_PLACE_PREP,
  LEX_SPEECH,
  LEX_ORGANIZER,
  LEX_ATTENDEE,
  LEX_HELD,
  LEX_SIGNED_AT,
  LEX_SIGNED_BY,
  LEX_COMMIT,
  LEX_DELEGATION,
  LEX_MEMBER_NOUN,
  LEX_LOCATION_PREP,
  LEX_NAME_SUFFIX,
  LEX_SIGN,
  LEX_BY,
  LEX_PART_OF,
  LEX_DEPUTY,
  LEX_MEMBER_OF,
  LEX_ROLE_INTRO,
  LEX_ATTENDED,
  LEX_INDEFINITE,
  LEX_TOPIC,
  LEX_NOT_ENTITY,
  LEX_POSSESSIVE,
  LEX_RELATIVE,
  LEX_HEADED_BY,
  LEX_GATHER,
  LEX_ON_BEHALF,
  LEX_PAST,
  LEX_TODAY,
  LEX_FIELD,
  LEX_NEXT,
  LEX_LOCAL_HEAD,
  LEX_GAZ,         /* gazetteer names; value: entry index */
  LEX_N_CATEGORIES /* at most 64: lsn_phrases_starts is a 64-bit set */
} lsn_lex_cat;

enum {
  PH_NEEDS_UPPER = 1, /* an acronym: the text must be upper case too */
  PH_NEEDS_CAP   = 2, /* a proper name: the text must start upper case */
  PH_AMBIGUOUS   = 4  /* several entries share the phrase: do not trust */
};

typedef struct {
  int32_t  value;  /* entry index or small integer */
  char*    svalue; /* the lexicon's value column */
  uint32_t flags;
} lsn_phrase;

typedef struct lsn_phrases lsn_phrases;

lsn_phrases*
lsn_phrases_new(const lsn_text_config* config);
void
lsn_phrases_free(lsn_phrases* ph);

/** Add `form` under category `cat` for language `lang` ("fr", "en", or
 * "*" for both). */
lsn_status
lsn_phrases_add(lsn_phrases* ph,
                lsn_lex_cat  cat,
                const char*  lang,
                const char*  form,
                int32_t      value,
                const char*  svalue,
                bool         case_sensitive);

/** Length in tokens of the longest phrase of `cat` starting at token `i`
 * (tokens before `limit` only), 0 when none; *out gets its record. */
size_t
lsn_phrases_match(const lsn_phrases* ph,
                  lsn_lex_cat        cat,
                  const char*        lang,
                  const lsn_text*    text,
                  size_t             i,
                  size_t             limit,
                  const lsn_phrase** out);

/** The bit of (`cat`, `lang`) in lsn_phrases_starts' sets. */
unsigned
lsn_phrases_bit(lsn_lex_cat cat, const char* lang);

/** The set of (category, language) bits whose phrases may start with the
 * token whose folded key is `key`: a token outside it starts none, and
 * needs no look-up. */
uint64_t
lsn_phrases_starts(const lsn_phrases* ph, const char* key);

/** Does a phrase of `cat` end exactly at token `end` (exclusive)? Returns
 * its length or 0. */
size_t
lsn_phrases_match_ending(const lsn_phrases* ph,
                         lsn_lex_cat        cat,
                         const char*        lang,
                         const lsn_text*    text,
                         size_t             floor,
                         size_t             end);

#endif
