/* SPDX-License-Identifier: ISC */
/*
 * The lexicon parser (src/util/lexicon.h) on arbitrary bytes.  Entries it
 * keeps must be NUL-terminated strings from the input's own lines.
 */
#include "fuzz.h"

#include "util/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerInitialize(int* argc, char*** argv)
{
  (void)argc;
  (void)argv;
  return 0;
}

static void
quiet(void* handle, const char* path, unsigned line, const char* message)
{
  (void)handle;
  (void)path;
  (void)line;
  (void)message;
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  lsn_lexicon lex = { 0 };
  lsn_status  st =
    lsn_lexicon_parse(&lex, "fuzz.tsv", (const char*)data, size, quiet, NULL);
  if (st && st != LSN_ERR_BAD_DATA && st != LSN_ERR_BAD_TEXT) {
    fprintf(stderr, "lexicon_fuzzer: %s\n", lsn_strerror(st));
    abort();
  }
  for (size_t i = 0; i < lex.n; ++i) {
    const lsn_lex_entry* e = &lex.entries[i];
    size_t total = strlen(e->category) + strlen(e->lang) + strlen(e->form) +
                   strlen(e->value);
    if (total > size || e->line == 0) {
      fprintf(stderr, "lexicon_fuzzer: entry %zu out of its input\n", i);
      abort();
    }
  }
  lsn_lexicon_clear(&lex);
  return 0;
}
