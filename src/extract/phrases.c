/* SPDX-License-Identifier: ISC */
#include "extract/phrases.h"

#include <stdio.h>
#include <string.h>

#define MAX_PHRASE 16

struct lsn_phrases {
  const lsn_text_config* config;
  lsn_map*               index; /* "<cat>/<lang>\x1f<key> <key>" -> record */
  lsn_map*               first; /* first token key -> bit set of "cat*2+lang" */
  lsn_phrase*            records;
  size_t                 n, cap;
  size_t                 max_len[LEX_N_CATEGORIES];
};

lsn_phrases*
lsn_phrases_new(const lsn_text_config* config)
{
  lsn_phrases* ph = lsn_calloc(1, sizeof *ph);
  if (!ph)
    return NULL;
  ph->config = config;
  if (!(ph->index = lsn_map_new()) || !(ph->first = lsn_map_new())) {
    lsn_map_free(ph->index);
    lsn_free(ph);
    return NULL;
  }
  return ph;
}

void
lsn_phrases_free(lsn_phrases* ph)
{
  if (!ph)
    return;
  for (size_t i = 0; i < ph->n; ++i)
    lsn_free(ph->records[i].svalue);
  lsn_free(ph->records);
  lsn_map_free(ph->index);
  lsn_map_free(ph->first);
  lsn_free(ph);
}

static lsn_status
key_prefix(lsn_buf* key, lsn_lex_cat cat, const char* lang)
{
  return lsn_buf_printf(key, "%d/%s\x1f", (int)cat, lang);
}

static uint32_t
case_flags_of(const lsn_text* t)
{
  bool all_upper = t->n_tokens > 0;
  for (size_t i = 0; i < t->n_tokens; ++i)
    if ((t->tokens[i].flags & LSN_TF_WORD) &&
        !(t->tokens[i].flags & LSN_TF_UPPER))
      all_upper = false;
  if (all_upper)
    return PH_NEEDS_UPPER;
  return (t->tokens[0].flags & LSN_TF_CAP) ? PH_NEEDS_CAP : 0;
}

static lsn_status
insert(lsn_phrases*   ph,
       const lsn_buf* key,
       int32_t        value,
       const char*    svalue,
       uint32_t       flags)
{
  size_t found;
  if (lsn_map_get(ph->index, key->data, key->len, &found)) {
    if (ph->records[found].value != value)
      ph->records[found].flags |= PH_AMBIGUOUS;
    return LSN_OK;
  }
  lsn_status st =
    lsn_grow((void**)&ph->records, &ph->cap, ph->n + 1, sizeof *ph->records);
  if (st)
    return st;
  lsn_phrase* rec = &ph->records[ph->n];
  rec->value      = value;
  rec->flags      = flags;
  if (!(rec->svalue = lsn_strdup(svalue ? svalue : "")))
    return LSN_ERR_NOMEM;
  ++ph->n;
  return lsn_map_put(ph->index, key->data, key->len, ph->n - 1);
}

static lsn_status
add_for_lang(lsn_phrases*    ph,
             lsn_lex_cat     cat,
             const char*     lang,
             const lsn_text* t,
             int32_t         value,
             const char*     svalue,
             uint32_t        flags)
{
  lsn_buf    key;
  lsn_status st;
  lsn_buf_init(&key, 4096);
  st = key_prefix(&key, cat, lang);
  for (size_t i = 0; !st && i < t->n_tokens; ++i) {
    if (i)
      st = lsn_buf_addc(&key, ' ');
    if (!st)
      st = lsn_buf_adds(&key, lsn_text_key(t, i));
  }
  if (!st)
    st = insert(ph, &key, value, svalue, flags);
  lsn_buf_free(&key);
  if (!st && t->n_tokens) { /* note what a phrase of `cat` may start with */
    const char* first = lsn_text_key(t, 0);
    size_t      bits  = 0;
    lsn_map_get(ph->first, first, strlen(first), &bits);
    bits |= (size_t)1 << lsn_phrases_bit(cat, lang);
    st = lsn_map_put(ph->first, first, strlen(first), bits);
  }
  return st;
}

unsigned
lsn_phrases_bit(lsn_lex_cat cat, const char* lang)
{
  (void)lang; /* a filter may let through more than it must */
  return (unsigned)cat;
}

uint64_t
lsn_phrases_starts(const lsn_phrases* ph, const char* key)
{
  size_t bits = 0;
  lsn_map_get(ph->first, key, strlen(key), &bits);
  return (uint64_t)bits;
}

lsn_status
lsn_phrases_add(lsn_phrases* ph,
                lsn_lex_cat  cat,
                const char*  lang,
                const char*  form,
                int32_t      value,
                const char*  svalue,
                bool         case_sensitive)
{
  lsn_text   t  = { 0 };
  lsn_status st = lsn_text_analyse(&t, ph->config, form, strlen(form));
  if (!st && (t.n_tokens == 0 || t.n_tokens > MAX_PHRASE))
    st = LSN_ERR_BAD_DATA;
  if (!st) {
    uint32_t flags = case_sensitive ? case_flags_of(&t) : 0;
    if (t.n_tokens > ph->max_len[cat])
      ph->max_len[cat] = t.n_tokens;
    if (!strcmp(lang, "*")) {
      st = add_for_lang(ph, cat, "fr", &t, value, svalue, flags);
      if (!st)
        st = add_for_lang(ph, cat, "en", &t, value, svalue, flags);
    } else {
      st = add_for_lang(ph, cat, lang, &t, value, svalue, flags);
    }
  }
  lsn_text_clear(&t);
  return st;
}

static bool
case_fits(const lsn_text* text, size_t i, uint32_t flags)
{
  uint32_t tf = text->tokens[i].flags;
  if (flags & PH_NEEDS_UPPER)
    return (tf & LSN_TF_UPPER) != 0;
  if (flags & PH_NEEDS_CAP)
    return (tf & (LSN_TF_CAP | LSN_TF_UPPER)) != 0;
  return true;
}

size_t
lsn_phrases_match(const lsn_phrases* ph,
                  lsn_lex_cat        cat,
                  const char*        lang,
                  const lsn_text*    text,
                  size_t             i,
                  size_t             limit,
                  const lsn_phrase** out)
{
  char   key[2048];
  size_t len  = (size_t)snprintf(key, sizeof key, "%d/%s\x1f", (int)cat, lang);
  size_t best = 0;
  for (size_t n = 1; n <= ph->max_len[cat] && i + n <= limit; ++n) {
    const char* tok  = lsn_text_key(text, i + n - 1);
    size_t      tlen = strlen(tok);
    if (len + tlen + 2 >= sizeof key)
      break;
    if (n > 1)
      key[len++] = ' ';
    memcpy(key + len, tok, tlen);
    len += tlen;
    size_t rec;
    if (lsn_map_get(ph->index, key, len, &rec) &&
        case_fits(text, i, ph->records[rec].flags)) {
      best = n;
      if (out)
        *out = &ph->records[rec];
    }
  }
  return best;
}

size_t
lsn_phrases_match_ending(const lsn_phrases* ph,
                         lsn_lex_cat        cat,
                         const char*        lang,
                         const lsn_text*    text,
                         size_t             floor,
                         size_t             end)
{
  for (size_t n = ph->max_len[cat]; n >= 1; --n)
    if (end >= floor + n &&
        lsn_phrases_match(ph, cat, lang, text, end - n, end, NULL) == n)
      return n;
  return 0;
}
