/* SPDX-License-Identifier: ISC */
/* Status texts and the default diagnostic printer. */
#include "util/util.h"

#include <stdint.h>

const char*
lsn_strerror(lsn_status st)
{
  switch (st) {
  case LSN_OK:
    return "success";
  case LSN_DONE:
    return "end of input";
  case LSN_ERR_NOMEM:
    return "out of memory";
  case LSN_ERR_IO:
    return "input/output error";
  case LSN_ERR_BAD_TEXT:
    return "not valid text";
  case LSN_ERR_BAD_DATA:
    return "invalid data";
  case LSN_ERR_BAD_ARG:
    return "invalid argument";
  case LSN_ERR_REMOTE:
    return "remote error";
  case LSN_ERR_INTERNAL:
    return "internal error";
  }
  return "unknown status";
}

const char*
lsn_version(void)
{
  return LSN_VERSION;
}

void
lsn_diag_print(FILE* stream, const lsn_diag* d)
{
  static const char* const severities[] = { "note", "warning", "error" };
  const char* severity = severities[d->severity <= LSN_ERROR ? d->severity : 2];
  if (d->path && d->line)
    fprintf(stream,
            "%s:%u:%u: %s: %s",
            d->path,
            d->line,
            d->col,
            severity,
            d->message);
  else if (d->path)
    fprintf(stream, "%s: %s: %s", d->path, severity, d->message);
  else
    fprintf(stream, "liaison: %s: %s", severity, d->message);
  if (d->byte != SIZE_MAX)
    fprintf(stream, " (byte %zu)", d->byte);
  fputc('\n', stream);
}
