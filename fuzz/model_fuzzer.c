/* SPDX-License-Identifier: ISC */
/*
 * The tagger model loader (lsn_model_load_memory) on arbitrary bytes.  Most
 * mutations break the CRC chunk and stop at the checksum, so each input is
 * also tried with its final CRC recomputed (as fuzzers of PNG readers do):
 * that reaches the chunk checks a damaged-but-checksummed file would.  A
 * model that loads is used to tag a short sentence.
 */
#include "fuzz.h"

#include "liaison.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE* sink_stream;

int
LLVMFuzzerInitialize(int* argc, char*** argv)
{
  (void)argc;
  (void)argv;
  if (!(sink_stream = fopen("/dev/null", "wb")))
    abort();
  return 0;
}

static void
quiet(void* handle, const lsn_diag* diag)
{
  (void)handle;
  (void)diag;
}

static uint32_t
crc32_ieee(const uint8_t* p, size_t len)
{
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < len; ++i) {
    crc ^= p[i];
    for (int k = 0; k < 8; ++k)
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

static void
try_load(const uint8_t* data, size_t size)
{
  static const char sentence[] = "0\tM.\n1\tJean\n2\tDupont\n3\tà\n4\tl'"
                                 "\n5\tONU\n6\t(\n7\tGenève\n8\t)\n\n";
  lsn_model*        model      = NULL;
  if (lsn_model_load_memory(&model, data, size)) {
    if (model)
      abort(); /* documented: *out NULL on failure */
    return;
  }
  (void)lsn_model_lang(model);
  lsn_status st = lsn_tag_conll(
    model, sink_stream, "fuzz", sentence, sizeof sentence - 1, quiet, NULL);
  if (st) {
    fprintf(stderr,
            "model_fuzzer: a loaded model cannot tag: %s\n",
            lsn_strerror(st));
    abort();
  }
  lsn_model_free(model);
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  try_load(data, size);
  if (size < 28 || memcmp(data + size - 12, "CRC \4\0\0\0", 8))
    return 0;
  uint8_t* copy = malloc(size);
  if (!copy)
    abort();
  memcpy(copy, data, size);
  uint32_t crc = crc32_ieee(copy, size - 12);
  for (int i = 0; i < 4; ++i)
    copy[size - 4 + (size_t)i] = (uint8_t)(crc >> (8 * i));
  try_load(copy, size);
  free(copy);
  return 0;
}
