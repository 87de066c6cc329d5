/* SPDX-License-Identifier: ISC */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool
test_lexicon_load(test_lexicon* out)
{
  static const char* const cats[6]  = { "abbrev", "elision", "month",
                                        "stop",   "stop",    "weekday" };
  static const char* const langs[6] = { NULL, NULL, NULL, "fr", "en", NULL };
  char                     path[4096];
  const char*              dir = getenv("LIAISON_DATA");
  char*                    bytes;
  size_t                   len;
  memset(out, 0, sizeof *out);
  snprintf(path, sizeof path, "%s/lexicon/text.tsv", dir ? dir : "data");
  if (lsn_read_file(path, 1u << 24, &bytes, &len))
    return false;
  lsn_status st =
    lsn_lexicon_parse(&out->lexicon, path, bytes, len, NULL, NULL);
  lsn_free(bytes);
  for (int m = 0; !st && m < 6; ++m) {
    out->maps[m] = lsn_map_new();
    for (size_t i = 0; i < out->lexicon.n; ++i) {
      const lsn_lex_entry* e = &out->lexicon.entries[i];
      if (strcmp(e->category, cats[m]) ||
          (langs[m] && strcmp(e->lang, langs[m])))
        continue;
      lsn_buf key;
      lsn_buf_init(&key, 0);
      lsn_fold(&key, e->form, strlen(e->form));
      lsn_map_put(
        out->maps[m], key.data, key.len, (size_t)strtoul(e->value, NULL, 10));
      lsn_buf_free(&key);
    }
  }
  out->config = (lsn_text_config){ out->maps[0], out->maps[1], out->maps[2],
                                   out->maps[3], out->maps[4], out->maps[5] };
  return !st;
}

void
test_lexicon_free(test_lexicon* lex)
{
  lsn_lexicon_clear(&lex->lexicon);
  for (int m = 0; m < 6; ++m)
    lsn_map_free(lex->maps[m]);
}

lsn_status
test_analyse(lsn_text* out, const test_lexicon* lex, const char* str)
{
  memset(out, 0, sizeof *out);
  return lsn_text_analyse(out, &lex->config, str, strlen(str));
}

const char*
test_token(const lsn_text* t, size_t i)
{
  static char buf[1024];
  size_t      len = t->tokens[i].end - t->tokens[i].start;
  if (len >= sizeof buf)
    len = sizeof buf - 1;
  memcpy(buf, t->text + t->tokens[i].start, len);
  buf[len] = '\0';
  return buf;
}

static void
append_term(char* line, size_t size, const lsn_term* t)
{
  size_t used = strlen(line);
  if (t->kind == LSN_LITERAL)
    snprintf(line + used,
             size - used,
             "\"%s\"%s%s%s%s ",
             t->value,
             t->lang ? "@" : "",
             t->lang ? t->lang : "",
             t->datatype ? "^^" : "",
             t->datatype ? t->datatype : "");
  else
    snprintf(line + used, size - used, "<%s> ", t->value);
}

static lsn_status
on_triple(void* handle, const lsn_triple* t)
{
  rec_triples* rec        = handle;
  char         line[8192] = { 0 };
  if (rec->fail_after && (int)rec->n >= rec->fail_after)
    return LSN_ERR_IO;
  append_term(line, sizeof line, &t->subject);
  append_term(line, sizeof line, &t->predicate);
  append_term(line, sizeof line, &t->object);
  if (rec->n == rec->cap) {
    rec->cap   = rec->cap ? rec->cap * 2 : 64;
    rec->lines = realloc(rec->lines, rec->cap * sizeof *rec->lines);
  }
  rec->lines[rec->n++] = strdup(line);
  return LSN_OK;
}

static lsn_status
on_end(void* handle)
{
  ((rec_triples*)handle)->ended = true;
  return LSN_OK;
}

lsn_triple_sink
rec_triples_sink(rec_triples* rec)
{
  lsn_triple_sink sink = { rec, on_triple, on_end };
  return sink;
}

bool
rec_triples_has(const rec_triples* rec, const char* needle)
{
  for (size_t i = 0; i < rec->n; ++i)
    if (strstr(rec->lines[i], needle))
      return true;
  return false;
}

void
rec_triples_free(rec_triples* rec)
{
  for (size_t i = 0; i < rec->n; ++i)
    free(rec->lines[i]);
  free(rec->lines);
  memset(rec, 0, sizeof *rec);
}
