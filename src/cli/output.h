/* SPDX-License-Identifier: ISC */
/* Output files that never leave a half-written file behind: writing goes
 * to a temporary file beside the target, which is flushed, synced and
 * renamed over it only when everything was written. */
#ifndef LSN_CLI_OUTPUT_H
#define LSN_CLI_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

typedef struct {
  const char* path; /* NULL: standard output */
  char*       tmp_path;
  FILE*       stream;
} lsn_output;

/** Open `path` (NULL or "-" for stdout). Prints an error and returns false
 * on failure. */
bool
lsn_output_open(lsn_output* out, const char* path);

/** Finish: on `ok`, flush, sync and rename into place; otherwise remove
 * the temporary file.  Returns false (after printing why) if the output
 * could not be completed. */
bool
lsn_output_close(lsn_output* out, bool ok);

/** Remove a pending temporary file (from a signal handler too). */
void
lsn_output_abandon(void);

#endif
