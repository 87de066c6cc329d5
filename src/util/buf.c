/* SPDX-License-Identifier: ISC */
/* A capped growable buffer: every buffer that input can grow has a limit set
 * by whoever made it, so hostile input cannot exhaust memory through it. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void
lsn_buf_init(lsn_buf* buf, size_t max)
{
  buf->data = NULL;
  buf->len  = 0;
  buf->cap  = 0;
  buf->max  = max ? max : SIZE_MAX;
}

static lsn_status
reserve(lsn_buf* buf, size_t extra)
{
  if (extra > buf->max - buf->len || buf->len + extra == SIZE_MAX)
    return LSN_ERR_NOMEM;
  return lsn_grow((void**)&buf->data, &buf->cap, buf->len + extra + 1, 1);
}

lsn_status
lsn_buf_add(lsn_buf* buf, const char* bytes, size_t len)
{
  lsn_status st = reserve(buf, len);
  if (st)
    return st;
  if (len)
    memcpy(buf->data + buf->len, bytes, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
  return LSN_OK;
}

lsn_status
lsn_buf_adds(lsn_buf* buf, const char* str)
{
  return lsn_buf_add(buf, str, strlen(str));
}

lsn_status
lsn_buf_addc(lsn_buf* buf, char c)
{
  return lsn_buf_add(buf, &c, 1);
}

lsn_status
lsn_buf_printf(lsn_buf* buf, const char* fmt, ...)
{
  va_list args;
  va_start(args, fmt);
  int n = vsnprintf(NULL, 0, fmt, args);
  va_end(args);
  if (n < 0)
    return LSN_ERR_INTERNAL;
  lsn_status st = reserve(buf, (size_t)n);
  if (st)
    return st;
  va_start(args, fmt);
  vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, args);
  va_end(args);
  buf->len += (size_t)n;
  return LSN_OK;
}

void
lsn_buf_clear(lsn_buf* buf)
{
  buf->len = 0;
  if (buf->data)
    buf->data[0] = '\0';
}

char*
lsn_buf_take(lsn_buf* buf)
{
  char* data = buf->data ? buf->data : lsn_strdup("");
  buf->data  = NULL;
  buf->len = buf->cap = 0;
  return data;
}

void
lsn_buf_free(lsn_buf* buf)
{
  lsn_free(buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}
