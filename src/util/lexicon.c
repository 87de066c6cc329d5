/* SPDX-License-Identifier: ISC */
#include "util/lexicon.h"

#include <string.h>

#define LEXICON_HEADER "# liaison-lexicon 1"

static lsn_status
add_entry(lsn_lexicon* lex, char* fields[4], unsigned line)
{
  lsn_status st = lsn_grow(
    (void**)&lex->entries, &lex->cap, lex->n + 1, sizeof *lex->entries);
  if (st)
    return st;
  lsn_lex_entry* e = &lex->entries[lex->n];
  e->category      = lsn_strdup(fields[0]);
  e->lang          = lsn_strdup(fields[1]);
  e->form          = lsn_strdup(fields[2]);
  e->value         = lsn_strdup(fields[3] ? fields[3] : "");
  e->line          = line;
  if (!e->category || !e->lang || !e->form || !e->value) {
    lsn_free(e->category);
    lsn_free(e->lang);
    lsn_free(e->form);
    lsn_free(e->value);
    return LSN_ERR_NOMEM;
  }
  ++lex->n;
  return LSN_OK;
}

/* Split `line` in place at tabs into at most 4 fields; returns the count. */
static int
split_fields(char* line, char* fields[4])
{
  int n     = 0;
  fields[0] = fields[1] = fields[2] = fields[3] = NULL;
  for (char* p = line; n < 4;) {
    fields[n++] = p;
    char* tab   = strchr(p, '\t');
    if (!tab)
      break;
    *tab = '\0';
    p    = tab + 1;
  }
  return n;
}

lsn_status
lsn_lexicon_parse(lsn_lexicon*  lex,
                  const char*   path,
                  const char*   bytes,
                  size_t        len,
                  lsn_lex_error error,
                  void*         handle)
{
  size_t hlen = strlen(LEXICON_HEADER);
  if (len < hlen || memcmp(bytes, LEXICON_HEADER, hlen) ||
      (len > hlen && bytes[hlen] != '\n' && bytes[hlen] != '\r')) {
    if (error)
      error(handle,
            path,
            1,
            "not a lexicon: first line must be '" LEXICON_HEADER "'");
    return LSN_ERR_BAD_DATA;
  }
  lsn_status st   = LSN_OK;
  unsigned   line = 1;
  for (size_t at = 0; at < len && !st; ++line) {
    const char* eol  = memchr(bytes + at, '\n', len - at);
    size_t      llen = eol ? (size_t)(eol - (bytes + at)) : len - at;
    char*       copy = lsn_strndup(bytes + at, llen);
    if (!copy)
      return LSN_ERR_NOMEM;
    if (llen && copy[llen - 1] == '\r')
      copy[llen - 1] = '\0';
    char* fields[4];
    if (copy[0] && copy[0] != '#') {
      int n = split_fields(copy, fields);
      if (n < 3 || !fields[2][0]) {
        if (error)
          error(handle, path, line, "expected category<TAB>lang<TAB>form");
        st = LSN_ERR_BAD_DATA;
      } else {
        st = add_entry(lex, fields, line);
      }
    }
    lsn_free(copy);
    at += llen + 1;
  }
  return st;
}

void
lsn_lexicon_clear(lsn_lexicon* lex)
{
  for (size_t i = 0; i < lex->n; ++i) {
    lsn_free(lex->entries[i].category);
    lsn_free(lex->entries[i].lang);
    lsn_free(lex->entries[i].form);
    lsn_free(lex->entries[i].value);
  }
  lsn_free(lex->entries);
  memset(lex, 0, sizeof *lex);
}
