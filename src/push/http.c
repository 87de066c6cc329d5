/* SPDX-License-Identifier: ISC */
/*
 * HTTP through libcurl, one request at a time with retries.  Credentials
 * are read from the environment (LIAISON_USER, LIAISON_PASSWORD) or
 * ~/.netrc by curl itself, never from the command line, and never appear in
 * a message: errors name the URL without them.  A request makes no progress
 * for `timeout` seconds is abandoned (a whole-request limit would cut large
 * uploads that are going well).
 */
#include "liaison.h"
#include "push/push.h"

#include <curl/curl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ANSWER_MAX 400 /* bytes of a server's answer kept for messages */

void
lsn_push_report(lsn_push_ctx* ctx, lsn_status st, const char* fmt, ...)
{
  char    message[600];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof message, fmt, args);
  va_end(args);
  lsn_diag d = { st, LSN_ERROR, ctx->path, SIZE_MAX, 0, 0, message };
  if (ctx->diag)
    ctx->diag(ctx->diag_handle, &d);
  else
    lsn_diag_print(stderr, &d);
}

typedef struct {
  char   text[ANSWER_MAX + 1];
  size_t len;
} answer;

static size_t
on_answer(char* data, size_t size, size_t n, void* handle)
{
  answer* a    = handle;
  size_t  room = ANSWER_MAX - a->len, len = size * n;
  memcpy(a->text + a->len, data, len < room ? len : room);
  a->len += len < room ? len : room;
  a->text[a->len] = '\0';
  return len; /* the rest is read and dropped: memory stays bounded */
}

/* One line of the server's answer, for a message. */
static const char*
answer_line(answer* a)
{
  for (char* p = a->text; *p; ++p)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return a->len ? a->text : "(no message)";
}

static void
set_credentials(CURL* curl)
{
  const char* user     = getenv("LIAISON_USER");
  const char* password = getenv("LIAISON_PASSWORD");
  if (user && password) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, user);
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password);
  } else
    curl_easy_setopt(curl, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
  /* Virtuoso wants digest; others basic: let curl pick what is offered */
  curl_easy_setopt(curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_ANY);
}

static void
set_request(CURL*                   curl,
            const lsn_push_options* o,
            const char*             method,
            const char*             url,
            struct curl_slist*      headers,
            answer*                 a)
{
  long timeout = o->timeout ? (long)o->timeout : 60;
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_answer);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, a);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, timeout);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "liaison/" LSN_VERSION);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  if (o->flags & LSN_PUSH_INSECURE) {
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  }
  set_credentials(curl);
}

static void
set_body(CURL* curl, FILE* body, const char* mem, size_t mem_len)
{
  if (body) {
    rewind(body);
    fseek(body, 0, SEEK_END);
    curl_off_t size = (curl_off_t)ftell(body);
    rewind(body);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READDATA, body); /* fread by default */
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, size);
  } else {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, mem);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)mem_len);
  }
}

static void
pause_before_retry(unsigned attempt)
{
  /* 0.5 s, 1 s, 2 s, ... capped at 8 s */
  unsigned        ms = attempt < 5 ? 500u << attempt : 8000u;
  struct timespec ts = { (time_t)(ms / 1000), (long)(ms % 1000) * 1000000L };
  nanosleep(&ts, NULL);
}

/* 0: done; 1: worth retrying; -1: give up (reported). */
static int
judge(lsn_push_ctx* ctx,
      const char*   method,
      const char*   url,
      CURLcode      rc,
      long          code,
      answer*       a,
      int           last)
{
  if (rc == CURLE_OK && code >= 200 && code < 300)
    return 0;
  if (rc == CURLE_OK && code >= 400 && code < 500) {
    lsn_push_report(ctx,
                    LSN_ERR_REMOTE,
                    "%s %s: HTTP %ld: %s",
                    method,
                    url,
                    code,
                    answer_line(a));
    return -1;
  }
  if (!last)
    return 1;
  if (rc != CURLE_OK)
    lsn_push_report(ctx,
                    LSN_ERR_REMOTE,
                    "%s %s: %s (after %u tries)",
                    method,
                    url,
                    curl_easy_strerror(rc),
                    ctx->options->retries + 1);
  else
    lsn_push_report(ctx,
                    LSN_ERR_REMOTE,
                    "%s %s: HTTP %ld: %s (after %u tries)",
                    method,
                    url,
                    code,
                    answer_line(a),
                    ctx->options->retries + 1);
  return -1;
}

lsn_status
lsn_http_send(lsn_push_ctx* ctx,
              const char*   method,
              const char*   url,
              const char*   content_type,
              FILE*         body,
              const char*   mem,
              size_t        mem_len)
{
  char               header[128];
  CURL*              curl    = curl_easy_init();
  struct curl_slist* headers = NULL;
  int                verdict = 1;
  snprintf(header, sizeof header, "Content-Type: %s", content_type);
  headers = curl_slist_append(headers, header);
  headers = curl_slist_append(headers, "Expect:"); /* no 100-continue wait */
  if (!curl || !headers) {
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return LSN_ERR_NOMEM;
  }
  for (unsigned attempt = 0; verdict == 1; ++attempt) {
    answer a    = { { 0 }, 0 };
    long   code = 0;
    if (attempt)
      pause_before_retry(attempt - 1);
    curl_easy_reset(curl);
    set_request(curl, ctx->options, method, url, headers, &a);
    set_body(curl, body, mem, mem_len);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    ++ctx->summary->requests;
    verdict =
      judge(ctx, method, url, rc, code, &a, attempt >= ctx->options->retries);
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return verdict ? LSN_ERR_REMOTE : LSN_OK;
}
