/* SPDX-License-Identifier: ISC */
/*
 * What every fuzz target defines, for libFuzzer and for the standalone
 * driver that replays the corpora under ctest (libgit2
 * fuzzers/standalone_driver.c).  Declared here so that -Wmissing-prototypes
 * holds for the targets too.
 */
#ifndef LSN_FUZZ_H
#define LSN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/** Called once before the first input; may change argc/argv (unused). */
int
LLVMFuzzerInitialize(int* argc, char*** argv);

/** Run one input; returns 0 (anything else is reserved by libFuzzer).  A bug
 * found is an abort(), a sanitizer report or a crash. */
int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

/** The data directory: $LIAISON_DATA, else the source tree's data/. */
static inline const char*
lsn_fuzz_data_dir(void)
{
  const char* env = getenv("LIAISON_DATA");
  return env && *env ? env : LSN_FUZZ_DATA_DIR;
}

#endif
