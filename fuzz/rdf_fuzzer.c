/* SPDX-License-Identifier: ISC */
/*
 * RDF input: the gazetteer loader and the --link graph, both read by the io
 * stage's raptor2 reader (src/io/reader.c) from a file.  The first byte
 * picks the syntax (by the file name's extension, as the reader does), the
 * rest is the file.  The gazetteer read is then indexed by an extractor and
 * used on a fixed text; the linked graph links that text's entities when
 * the graph is written, so hostile labels and IRIs reach the output path.
 */
#include "support.h"

#include "extract/extract.h"
#include "graph/graph.h"
#include "graph/partial.h"
#include "io/io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static lsn_fuzz_lexicons lexicons;
/* Building an extractor indexes the lexicons (slow): inputs whose
 * gazetteer holds nothing share one built with an empty gazetteer. */
static lsn_gazetteer* empty_gaz;
static lsn_extractor* empty_ex;
static char           dir[4096];
static const char     doc[] =
  "Genève, le 3 mars 2021 - M. Jean Dupont, directeur de l'Organisation "
  "mondiale de la santé (OMS), a rencontré Mme Amina Diallo, présidente "
  "de la Commission de l'Union africaine, à Addis-Abeba.  Ils ont signé "
  "l'Accord de Paris au siège des Nations Unies (ONU) à New York.";

int
LLVMFuzzerInitialize(int* argc, char*** argv)
{
  (void)argc;
  (void)argv;
  lsn_fuzz_lexicons_load(&lexicons);
  if (!(empty_gaz = lsn_gazetteer_new()))
    abort();
  lsn_fuzz_require(lsn_extractor_new(
                     &empty_ex, &lexicons.lexicon, empty_gaz, &lexicons.config),
                   "extractor");
  return 0;
}

static void
quiet(void* handle, const lsn_diag* diag)
{
  (void)handle;
  (void)diag;
}

static lsn_status
count_triple(void* handle, const lsn_triple* t)
{
  (void)t;
  ++*(size_t*)handle;
  return LSN_OK;
}

static lsn_status
count_end(void* handle)
{
  (void)handle;
  return LSN_OK;
}

/* Extract the fixed text with `gaz` and write its graph linked to
 * `linker` into a counting sink. */
static void
use(lsn_gazetteer* gaz, lsn_linker* linker)
{
  lsn_extractor* ex     = lsn_gazetteer_size(gaz) ? NULL : empty_ex;
  lsn_text       text   = { 0 };
  lsn_doc_result result = { 0 };
  lsn_graph*     graph  = lsn_graph_new(LSN_DEFAULT_BASE);
  size_t         n      = 0;
  char           sha[65];
  lsn_buf_init(&text.keys, 0);
  lsn_sha256_hex(doc, sizeof doc - 1, sha);
  if (!graph)
    abort();
  if (!ex)
    lsn_fuzz_require(
      lsn_extractor_new(&ex, &lexicons.lexicon, gaz, &lexicons.config),
      "extractor");
  lsn_fuzz_require(
    lsn_text_analyse(&text, &lexicons.config, doc, sizeof doc - 1), "text");
  lsn_fuzz_require(
    lsn_extract_document(ex, &text, "fr", (lsn_ymd){ 0, 0, 0 }, &result),
    "extract");
  lsn_fuzz_require(lsn_graph_add_document(graph, "doc.txt", sha, &result, gaz),
                   "graph");
  /* The document as a one-record partial, merged with the links. */
  FILE*       part = tmpfile();
  lsn_buf     record;
  lsn_pheader header = { (char*)LSN_VERSION,
                         (char*)LSN_DEFAULT_BASE,
                         { (char*)"", (char*)"" } };
  lsn_buf_init(&record, 0);
  if (!part)
    abort();
  lsn_fuzz_require(lsn_graph_encode(graph, "doc.txt", sha, &record), "encode");
  lsn_fuzz_require(lsn_partial_write_header(part, &header), "header");
  if (fwrite(record.data, 1, record.len, part) != record.len)
    abort();
  lsn_fuzz_require(lsn_partial_write_trailer(part, 1), "trailer");
  rewind(part);
  lsn_merge* merge = lsn_merge_new(NULL, NULL);
  if (!merge)
    abort();
  lsn_fuzz_require(lsn_merge_add(merge, part, "part"), "merge");
  lsn_fuzz_require(lsn_merge_add_linker(merge, linker, false), "linker");
  lsn_triple_sink sink = { &n, count_triple, count_end };
  lsn_fuzz_require(lsn_merge_emit(merge, &sink, true), "emit");
  lsn_merge_free(merge);
  fclose(part);
  lsn_buf_free(&record);
  lsn_graph_free(graph);
  lsn_doc_result_clear(&result);
  lsn_text_clear(&text);
  if (ex != empty_ex)
    lsn_extractor_free(ex);
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  static const char* const exts[4] = { "ttl", "nt", "nq", "rdf" };
  char                     path[8192];
  if (!size)
    return 0;
  /* A folder per input: libFuzzer ends without running atexit. */
  snprintf(dir,
           sizeof dir,
           "%s/lsn-fuzz-rdf.XXXXXX",
           getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(dir))
    abort();
  snprintf(path, sizeof path, "%s/input.%s", dir, exts[data[0] & 3]);
  FILE* file = fopen(path, "wb");
  if (!file || fwrite(data + 1, 1, size - 1, file) != size - 1 || fclose(file))
    abort();
  lsn_gazetteer* gaz    = lsn_gazetteer_new();
  lsn_linker*    linker = lsn_linker_new();
  if (!gaz || !linker)
    abort();
  lsn_triple_sink gsink = lsn_gazetteer_sink(gaz);
  lsn_triple_sink lsink = lsn_linker_sink(linker);
  /* A file with an error stops the pipeline before it is used: then use
   * an empty one, as the pipeline never would a half-read one. */
  if (lsn_rdf_read_file(path, &gsink, quiet, NULL)) {
    lsn_gazetteer_free(gaz);
    gaz = lsn_gazetteer_new();
  }
  if (lsn_rdf_read_file(path, &lsink, quiet, NULL)) {
    lsn_linker_free(linker);
    linker = lsn_linker_new();
  }
  unlink(path);
  rmdir(dir);
  if (!gaz || !linker)
    abort();
  use(gaz, linker);
  lsn_linker_free(linker);
  lsn_gazetteer_free(gaz);
  return 0;
}
