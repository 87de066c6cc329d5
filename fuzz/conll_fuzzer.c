/* SPDX-License-Identifier: ISC */
/*
 * The CoNLL reader of `liaison tag` (lsn_tag_conll) with a shipped model,
 * and the trainer's (lsn_trainer_add_conll), on arbitrary bytes.  Tagged
 * output goes to memory: it must have as many lines as the input.
 */
#include "fuzz.h"

#include "liaison.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static lsn_model* model;

int
LLVMFuzzerInitialize(int* argc, char*** argv)
{
  (void)argc;
  (void)argv;
  /* The smaller shipped model; a missing one leaves the trainer only. */
  if (lsn_model_load_lang(&model, lsn_fuzz_data_dir(), "en"))
    fprintf(stderr, "conll_fuzzer: no model: the trainer's reader only\n");
  return 0;
}

static void
quiet(void* handle, const lsn_diag* diag)
{
  (void)handle;
  (void)diag;
}

static void
tag(const char* bytes, size_t size)
{
  char*  out    = NULL;
  size_t len    = 0;
  FILE*  stream = open_memstream(&out, &len);
  if (!stream)
    abort();
  lsn_status st =
    lsn_tag_conll(model, stream, "fuzz", bytes, size, quiet, NULL);
  if (fclose(stream) || (st && st != LSN_ERR_BAD_DATA)) {
    fprintf(stderr, "conll_fuzzer: tag: %s\n", lsn_strerror(st));
    abort();
  }
  free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  const char* bytes = (const char*)data;
  if (model)
    tag(bytes, size);
  lsn_trainer* trainer = NULL;
  if (lsn_trainer_new(&trainer, NULL))
    abort();
  lsn_status st =
    lsn_trainer_add_conll(trainer, "fuzz", bytes, size, quiet, NULL);
  if (st && st != LSN_ERR_BAD_DATA && st != LSN_ERR_BAD_TEXT) {
    fprintf(stderr, "conll_fuzzer: train: %s\n", lsn_strerror(st));
    abort();
  }
  lsn_trainer_free(trainer);
  return 0;
}
