/* SPDX-License-Identifier: ISC */
/*
 * One document through the public API: a fresh pipeline, the bytes as a
 * document, the graph written as N-Triples and as Turtle into memory, each
 * parsed back with raptor2.  Any input the pipeline accepts must give RDF
 * that parses without an error, with as many triples in both syntaxes.
 *
 * The data directory (made by fuzz/CMakeLists.txt) holds the shipped
 * lexicons and gazetteer but not the tagger models: loading them takes a
 * third of a second, which would leave a few runs a second.  Set
 * LSN_FUZZ_MODELS=1 to fuzz with them (slow); the tagger's decoding is fuzzed
 * on its own by conll_fuzzer.
 */
#include "fuzz.h"
#include "support.h"

#include "liaison.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char data_dir[4096];

int
LLVMFuzzerInitialize(int* argc, char*** argv)
{
  (void)argc;
  (void)argv;
  const char* models = getenv("LSN_FUZZ_MODELS");
  if (models && !strcmp(models, "1")) {
    snprintf(data_dir, sizeof data_dir, "%s", lsn_fuzz_data_dir());
    return 0;
  }
  /* Made by fuzz/CMakeLists.txt: links to data/lexicon and data/gazetteer
   * (not a temporary folder: libFuzzer ends without running atexit). */
  snprintf(data_dir, sizeof data_dir, "%s", LSN_FUZZ_DATA_NO_MODELS);
  return 0;
}

/* Diagnostics are expected (bad text is refused): keep them quiet. */
static void
quiet(void* handle, const lsn_diag* diag)
{
  (void)handle;
  (void)diag;
}

/* Write the graph in `format` into memory and parse it back. */
static int
emit_and_parse(lsn_pipeline* p, lsn_format format, const char* syntax)
{
  char*       bytes  = NULL;
  size_t      len    = 0;
  FILE*       stream = open_memstream(&bytes, &len);
  lsn_writer* writer = NULL;
  if (!stream || lsn_writer_new(&writer, format, LSN_DEFAULT_BASE, stream))
    abort();
  lsn_triple_sink sink = lsn_writer_sink(writer);
  lsn_status      st   = lsn_pipeline_emit(p, &sink, 0);
  lsn_writer_free(writer);
  if (fclose(stream) || st) {
    fprintf(stderr, "extract_fuzzer: emit: %s\n", lsn_strerror(st));
    abort();
  }
  int triples = lsn_fuzz_parse_back(syntax, bytes, len);
  free(bytes);
  return triples;
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  lsn_options   options = LSN_OPTIONS_INIT;
  lsn_pipeline* p       = NULL;
  options.data_dir      = data_dir;
  if (lsn_pipeline_new(&p, &options, quiet, NULL))
    abort();
  lsn_status st = lsn_pipeline_add(p, "fuzz.txt", (const char*)data, size);
  if (st == LSN_OK) {
    int nt  = emit_and_parse(p, LSN_FORMAT_NTRIPLES, "ntriples");
    int ttl = emit_and_parse(p, LSN_FORMAT_TURTLE, "turtle");
    if (nt != ttl || nt == 0) {
      fprintf(stderr, "extract_fuzzer: %d N-Triples, %d Turtle\n", nt, ttl);
      abort();
    }
  } else if (st != LSN_ERR_BAD_TEXT) {
    fprintf(stderr, "extract_fuzzer: add: %s\n", lsn_strerror(st));
    abort();
  }
  lsn_pipeline_free(p);
  return 0;
}
