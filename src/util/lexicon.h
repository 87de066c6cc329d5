/* SPDX-License-Identifier: ISC */
/*
 * Lexicon files: word lists and trigger tables as data.  Format:
 *
 *   # liaison-lexicon 1
 *   # comment
 *   category <TAB> lang <TAB> form [<TAB> value]
 *
 * `lang` is fr, en or * (both).  `value` is an optional small integer or
 * word (a month's number, a title's kind).  The loader keeps entries as
 * given; the stages build their own indexes from them.
 */
#ifndef LSN_LEXICON_H
#define LSN_LEXICON_H

#include "util/util.h"

typedef struct {
  char*    category;
  char*    lang;
  char*    form;
  char*    value; /* "" when absent */
  unsigned line;
} lsn_lex_entry;

typedef struct {
  lsn_lex_entry* entries;
  size_t         n;
  size_t         cap;
} lsn_lexicon;

typedef void (*lsn_lex_error)(void*       handle,
                              const char* path,
                              unsigned    line,
                              const char* message);

/** Parse one lexicon file's bytes (`path` only names it in errors) and add
 * its entries to `lex`.  A bad header or line is LSN_ERR_BAD_DATA, reported
 * through `error`. */
lsn_status
lsn_lexicon_parse(lsn_lexicon*  lex,
                  const char*   path,
                  const char*   bytes,
                  size_t        len,
                  lsn_lex_error error,
                  void*         handle);

void
lsn_lexicon_clear(lsn_lexicon* lex);

#endif
