/* SPDX-License-Identifier: ISC */
/*
 * The text stage: UTF-8 validation, tokenisation with byte offsets into the
 * original text, sentence splitting, comparison keys (NFKC, case folded,
 * accents stripped, typographic apostrophes made plain), dates, and language
 * detection.  It is the only stage that calls utf8proc.
 *
 * Tokens never copy the text: each one is a [start, end) byte range of the
 * original document, plus a key in a shared key buffer.  French elisions
 * ("l'", "d'", "qu'", with ' or U+2019) are tokens of their own, hyphenated
 * words stay whole, abbreviations listed in the lexicon ("M.", "Mme", "Dr")
 * keep their full stop and do not end a sentence.
 */
#ifndef LSN_TEXT_H
#define LSN_TEXT_H

#include "util/util.h"

#include <stdbool.h>
#include <stdint.h>

enum {
  LSN_TF_WORD    = 1u << 0,  /* letters or digits */
  LSN_TF_CAP     = 1u << 1,  /* starts with an upper-case letter */
  LSN_TF_UPPER   = 1u << 2,  /* two or more letters, all upper case */
  LSN_TF_DIGIT   = 1u << 3,  /* starts with a digit */
  LSN_TF_ELISION = 1u << 4,  /* ends with an apostrophe: l' d' qu' */
  LSN_TF_HYPHEN  = 1u << 5,  /* holds an inner hyphen */
  LSN_TF_ABBREV  = 1u << 6,  /* a listed abbreviation or an initial */
  LSN_TF_PUNCT   = 1u << 7,  /* punctuation or symbol */
  LSN_TF_NEWLINE = 1u << 8,  /* a line break comes before this token */
  LSN_TF_SSTART  = 1u << 9,  /* first token of its sentence */
  LSN_TF_LOWER   = 1u << 10, /* starts with a lower-case letter */
};

typedef struct {
  uint32_t start; /* byte offsets into the original text */
  uint32_t end;
  uint32_t key; /* offset of the NUL-terminated key in lsn_text.keys */
  uint32_t flags;
} lsn_token;

typedef struct {
  uint32_t first; /* first token */
  uint32_t count; /* number of tokens */
} lsn_sentence;

/* A calendar date; day or month 0 when the text does not give it. */
typedef struct {
  int16_t year;
  uint8_t month;
  uint8_t day;
} lsn_ymd;

/* A date or date range found in a sentence, over tokens [first, last). */
typedef struct {
  uint32_t first;
  uint32_t last;
  lsn_ymd  from;
  lsn_ymd  to;       /* equals `from` for a single day */
  uint8_t  dateline; /* the document's own date, not an event's */
} lsn_date_span;

/* Word lists the text stage needs, keyed by folded form (see lsn_fold). */
typedef struct {
  const lsn_map* abbrevs;  /* "m." "mme" "dr" ... (value unused) */
  const lsn_map* elisions; /* "l" "d" "qu" ... (value unused) */
  const lsn_map* months;   /* "juin" "june" "sept" ... -> 1..12 */
  const lsn_map* stop_fr;  /* frequent function words, for detection */
  const lsn_map* stop_en;
  const lsn_map* weekdays; /* "mercredi" "wednesday" -> 1 (Monday) .. 7 */
} lsn_text_config;

typedef struct {
  const char*   text; /* borrowed: the caller keeps it alive */
  size_t        len;
  lsn_token*    tokens;
  size_t        n_tokens;
  lsn_sentence* sents;
  size_t        n_sents;
  lsn_buf       keys;
  size_t        cap_tokens;
  size_t        cap_sents;
} lsn_text;

/** Check that `bytes` are UTF-8 text liaison accepts: well-formed, no NUL,
 * no surrogates or overlong forms.  On failure *bad_offset is the offset of
 * the first bad byte. */
lsn_status
lsn_utf8_check(const char* bytes, size_t len, size_t* bad_offset);

/** Characters that valid UTF-8 may hold but that RDF writers cannot carry
 * faithfully (raptor2's Turtle writer drops the rest of a literal after
 * U+FFFE or U+FFFF, and writes a carriage return not followed by a line
 * feed raw inside a short string): the reason, with *bad_offset, or NULL
 * when there is none.  Checked on UTF-8 already validated. */
const char*
lsn_text_check_chars(const char* bytes, size_t len, size_t* bad_offset);

/** Fold `len` bytes of UTF-8 into a comparison key appended to `out`: NFKC,
 * case folded, combining marks stripped, U+2019 and friends made '\''. */
lsn_status
lsn_fold(lsn_buf* out, const char* str, size_t len);

/** Normalise to NFC (for labels shown to users); appended to `out`. */
lsn_status
lsn_nfc(lsn_buf* out, const char* str, size_t len);

/** Tokenise and split `text` (already checked with lsn_utf8_check) into
 * `out`, which must be zeroed or previously cleared. */
lsn_status
lsn_text_analyse(lsn_text*              out,
                 const lsn_text_config* config,
                 const char*            text,
                 size_t                 len);

void
lsn_text_clear(lsn_text* text);

static inline const char*
lsn_text_key(const lsn_text* text, size_t tok)
{
  return text->keys.data + text->tokens[tok].key;
}

/** Number of code points in the first `byte` bytes of `str`. */
size_t
lsn_codepoints(const char* str, size_t byte);

/** "fr" or "en": which language the text's function words point to. */
const char*
lsn_text_detect_language(const lsn_text* text, const lsn_text_config* config);

/** Find the dates in tokens [first, last) of `text`, appending them to
 * `*out` (capacity `*cap`, count `*n`). */
lsn_status
lsn_dates_find(const lsn_text*        text,
               const lsn_text_config* config,
               uint32_t               first,
               uint32_t               last,
               lsn_date_span**        out,
               size_t*                n,
               size_t*                cap);

/** Day of the week of a complete date, 1 (Monday) to 7 (Sunday). */
int
lsn_ymd_weekday(lsn_ymd ymd);

/** `ymd` moved by `days` (may be negative). */
lsn_ymd
lsn_ymd_add_days(lsn_ymd ymd, int days);

/** Parse "YYYY-MM-DD"; false when it is not a valid date. */
bool
lsn_ymd_parse(const char* str, lsn_ymd* out);

/** Find the document's date line ("Bruxelles, le 9 février 2023",
 * "PORT LOUIS, 14 May 2021 –") among the dates found, mark it, and set
 * *out; false when there is none. */
bool
lsn_dates_find_dateline(const lsn_text* text,
                        lsn_date_span*  dates,
                        size_t          n,
                        lsn_ymd*        out);

/** Add a one-day span for each weekday name ("mercredi", "on Tuesday")
 * resolved to the last such day on or before `reference`. */
lsn_status
lsn_dates_add_weekdays(const lsn_text*        text,
                       const lsn_text_config* config,
                       lsn_ymd                reference,
                       lsn_date_span**        out,
                       size_t*                n,
                       size_t*                cap);

/** Format `ymd` as xsd:date ("2018-06-28") into `buf` (16 bytes). Returns
 * false for an incomplete date. */
bool
lsn_ymd_format(lsn_ymd ymd, char buf[16]);

#endif
