/* SPDX-License-Identifier: ISC */
/*
 * The partial-result reader (liaison merge): arbitrary bytes as a partial,
 * merged and written as N-Triples into memory, then parsed back with
 * raptor2.  A partial is either refused with a message or gives valid RDF.
 * The corpus holds partials written by `liaison extract --shard`, so the
 * fuzzer starts from well-formed records and mutates them.
 */
#include "fuzz.h"
#include "support.h"

#include "liaison.h"

#include <stdio.h>
#include <stdlib.h>

static void
quiet(void* handle, const lsn_diag* diag)
{
  (void)handle;
  (void)diag;
}

int
LLVMFuzzerInitialize(int* argc, char*** argv)
{
  (void)argc;
  (void)argv;
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  FILE* part = tmpfile();
  if (!part || fwrite(data, 1, size, part) != size)
    abort();
  rewind(part);
  char*       bytes  = NULL;
  size_t      len    = 0;
  FILE*       out    = open_memstream(&bytes, &len);
  lsn_merge*  merge  = lsn_merge_new(quiet, NULL);
  lsn_writer* writer = NULL;
  if (!out || !merge || lsn_writer_new(&writer, LSN_FORMAT_NTRIPLES, NULL, out))
    abort();
  lsn_triple_sink sink = lsn_writer_sink(writer);
  lsn_status      st   = lsn_merge_add(merge, part, "fuzz.lsn");
  if (!st)
    st = lsn_merge_emit(merge, &sink, 1);
  lsn_writer_free(writer);
  lsn_merge_free(merge);
  fclose(part);
  if (fclose(out))
    abort();
  if (st == LSN_ERR_NOMEM || st == LSN_ERR_INTERNAL) {
    fprintf(stderr, "partial_fuzzer: %s\n", lsn_strerror(st));
    abort();
  }
  /* Refused partials may have written a part: only accepted ones are
   * checked whole (the CLI never keeps a refused output). */
  if (!st)
    lsn_fuzz_parse_back("nquads", bytes, len);
  free(bytes);
  return 0;
}
