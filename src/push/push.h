/* SPDX-License-Identifier: ISC */
/*
 * The push stage: the Graph Store Protocol client.  push.c splits the input
 * into runs of one graph each, spools a run to a temporary N-Triples file
 * and sends it; http.c is the only file that calls libcurl.
 */
#ifndef LSN_PUSH_H
#define LSN_PUSH_H

#include "util/util.h"

typedef struct {
  const lsn_push_options* options;
  lsn_push_summary*       summary;
  lsn_diag_func           diag;
  void*                   diag_handle;
  const char*             path; /* the input, for messages */
} lsn_push_ctx;

/** One request with retries: `body` is a file read from its start on every
 * try (may be NULL), or `mem`/`mem_len` when `body` is NULL.  2xx is
 * LSN_OK; 4xx fails at once; 5xx, timeouts and connection failures are
 * retried with backoff.  Failures are reported with the server's message. */
lsn_status
lsn_http_send(lsn_push_ctx* ctx,
              const char*   method,
              const char*   url,
              const char*   content_type,
              FILE*         body,
              const char*   mem,
              size_t        mem_len);

/** Report `message` (formatted) about the push's input. */
void
lsn_push_report(lsn_push_ctx* ctx, lsn_status st, const char* fmt, ...)
  __attribute__((format(printf, 3, 4)));

#endif
