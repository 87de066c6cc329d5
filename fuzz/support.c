/* SPDX-License-Identifier: ISC */
#include "support.h"

#include <raptor2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
lsn_fuzz_require(lsn_status st, const char* what)
{
  if (st) {
    fprintf(stderr, "fuzz: %s: %s\n", what, lsn_strerror(st));
    abort();
  }
}

static void
load_lexicon(lsn_lexicon* lex, const char* name)
{
  char   path[4096];
  char*  bytes;
  size_t len;
  snprintf(path, sizeof path, "%s/lexicon/%s", lsn_fuzz_data_dir(), name);
  lsn_fuzz_require(lsn_read_file(path, 16u << 20, &bytes, &len), path);
  lsn_fuzz_require(lsn_lexicon_parse(lex, path, bytes, len, NULL, NULL), path);
  lsn_free(bytes);
}

/* Same categories and languages as build_text_config in src/pipeline.c. */
static void
build_map(lsn_fuzz_lexicons* out, int m, const char* cat, const char* lang)
{
  lsn_buf key;
  lsn_buf_init(&key, 0);
  if (!(out->maps[m] = lsn_map_new()))
    abort();
  for (size_t i = 0; i < out->lexicon.n; ++i) {
    const lsn_lex_entry* e = &out->lexicon.entries[i];
    if (strcmp(e->category, cat) ||
        (lang && strcmp(e->lang, lang) && strcmp(e->lang, "*")))
      continue;
    lsn_buf_clear(&key);
    lsn_fuzz_require(lsn_fold(&key, e->form, strlen(e->form)), "fold");
    lsn_fuzz_require(
      lsn_map_put(
        out->maps[m], key.data, key.len, (size_t)strtoul(e->value, NULL, 10)),
      "map");
  }
  lsn_buf_free(&key);
}

void
lsn_fuzz_lexicons_load(lsn_fuzz_lexicons* out)
{
  static const char* const cats[6]  = { "abbrev", "elision", "month",
                                        "stop",   "stop",    "weekday" };
  static const char* const langs[6] = { NULL, NULL, NULL, "fr", "en", NULL };
  memset(out, 0, sizeof *out);
  load_lexicon(&out->lexicon, "text.tsv");
  load_lexicon(&out->lexicon, "extract.tsv");
  for (int m = 0; m < 6; ++m)
    build_map(out, m, cats[m], langs[m]);
  out->config = (lsn_text_config){ out->maps[0], out->maps[1], out->maps[2],
                                   out->maps[3], out->maps[4], out->maps[5] };
}

/* Parsing back ------------------------------------------------------------ */

typedef struct {
  int errors;
  int triples;
} parse_count;

static void
on_log(void* handle, raptor_log_message* m)
{
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) {
    fprintf(stderr,
            "fuzz: invalid RDF: %s (line %d)\n",
            m->text,
            m->locator ? m->locator->line : -1);
    ++((parse_count*)handle)->errors;
  }
}

static void
on_triple(void* handle, raptor_statement* s)
{
  (void)s;
  ++((parse_count*)handle)->triples;
}

/* Parse `len` bytes of `syntax` with raptor2; the number of triples, after
 * an abort() if it is not valid RDF. */
int
lsn_fuzz_parse_back(const char* syntax, const char* bytes, size_t len)
{
  parse_count    count  = { 0, 0 };
  raptor_world*  world  = raptor_new_world();
  raptor_parser* parser = NULL;
  raptor_uri*    base   = NULL;
  if (!world || raptor_world_open(world))
    abort();
  raptor_world_set_log_handler(world, &count, on_log);
  parser = raptor_new_parser(world, syntax);
  base   = raptor_new_uri(world, (const unsigned char*)"urn:lsn-fuzz:");
  if (!parser || !base)
    abort();
  raptor_parser_set_statement_handler(parser, &count, on_triple);
  int failed =
    raptor_parser_parse_start(parser, base) ||
    raptor_parser_parse_chunk(parser, (const unsigned char*)bytes, len, 1);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
  if (failed || count.errors) {
    fwrite(bytes, 1, len < 65536 ? len : 65536, stderr);
    abort();
  }
  return count.triples;
}
