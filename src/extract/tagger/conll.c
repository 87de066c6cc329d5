/* SPDX-License-Identifier: ISC */
/*
 * CoNLL files: lines `index<TAB>token<TAB>tag[<TAB>...]`, a blank line
 * between sentences, `#` comment lines.  The reader hands out one sentence at
 * a time as byte ranges into the caller's buffer (no copy), remembering the
 * blank and comment lines before it so that tagging can pass them through.
 */
#include "tagger_int.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define MAX_INPUT_BYTES ((size_t)1 << 31)

void
lsn_conll_init(lsn_conll_reader* reader,
               const char*       path,
               const char*       bytes,
               size_t            len,
               bool              need_tag)
{
  memset(reader, 0, sizeof *reader);
  reader->path     = path ? path : "-";
  reader->bytes    = bytes;
  reader->len      = len;
  reader->need_tag = need_tag;
}

void
lsn_conll_free(lsn_conll_reader* reader)
{
  lsn_free(reader->toks);
  reader->toks = NULL;
  reader->n = reader->cap = 0;
}

/* The line at reader->pos: [*start, *end) without CR/LF; *next after it. */
static void
peek_line(const lsn_conll_reader* r, size_t* start, size_t* end, size_t* next)
{
  const char* nl = memchr(r->bytes + r->pos, '\n', r->len - r->pos);
  *start         = r->pos;
  *end           = nl ? (size_t)(nl - r->bytes) : r->len;
  *next          = nl ? *end + 1 : r->len;
  if (*end > *start && r->bytes[*end - 1] == '\r')
    --*end;
}

static bool
is_blank(const char* p, size_t len)
{
  for (size_t i = 0; i < len; ++i)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
      return false;
  return true;
}

static lsn_status
bad_line(lsn_conll_reader* r, const char* what)
{
  lsn_tagger_report(
    r->diag, r->diag_handle, LSN_ERR_BAD_DATA, r->path, r->line_no, "%s", what);
  return LSN_ERR_BAD_DATA;
}

/* Split one token line into its columns. */
static lsn_status
parse_line(lsn_conll_reader* r, const char* p, size_t len, lsn_conll_tok* t)
{
  const char* tab1 = memchr(p, '\t', len);
  if (!tab1)
    return bad_line(r,
                    r->need_tag ? "expected index<TAB>token<TAB>tag"
                                : "expected index<TAB>token");
  const char* tok  = tab1 + 1;
  size_t      rest = len - (size_t)(tok - p);
  const char* tab2 = memchr(tok, '\t', rest);
  memset(t, 0, sizeof *t);
  t->line      = p;
  t->line_len  = len;
  t->line_no   = r->line_no;
  t->token     = tok;
  t->token_len = tab2 ? (size_t)(tab2 - tok) : rest;
  if (tab2) {
    t->tag           = tab2 + 1;
    const char* tab3 = memchr(t->tag, '\t', len - (size_t)(t->tag - p));
    t->tag_len = tab3 ? (size_t)(tab3 - t->tag) : len - (size_t)(t->tag - p);
  }
  if (!t->token_len)
    return bad_line(r, "empty token");
  if (memchr(p, '\0', len))
    return bad_line(r, "NUL byte in line");
  if (r->need_tag && !t->tag_len)
    return bad_line(r, "expected index<TAB>token<TAB>tag");
  return LSN_OK;
}

static lsn_status
push_token(lsn_conll_reader* r, const char* p, size_t len)
{
  lsn_status    st;
  lsn_conll_tok t;
  if (r->n >= LSN_TAGGER_MAX_SENTENCE)
    return bad_line(r, "sentence too long (no blank line for 100000 lines)");
  LSN_TRY(st, parse_line(r, p, len, &t));
  LSN_PUSH(st, r->toks, r->n, r->cap, t);
  return st;
}

lsn_status
lsn_conll_next(lsn_conll_reader* r)
{
  size_t     start, end, next;
  lsn_status st;
  r->n          = 0;
  r->skip_start = r->skip_end = r->pos;
  while (r->pos < r->len) {
    peek_line(r, &start, &end, &next);
    const char* p     = r->bytes + start;
    bool        other = is_blank(p, end - start) || p[0] == '#';
    if (other && r->n)
      return LSN_OK; /* the line is left for the next call */
    ++r->line_no;
    r->pos = next;
    if (other)
      r->skip_end = next;
    else
      LSN_TRY(st, push_token(r, p, end - start));
  }
  return r->n ? LSN_OK : LSN_DONE;
}

/* ------------------------------------------------------------------------ */
/* Tagging CoNLL                                                            */

/* Write bytes [from, to) of the buffer line by line, without CRs. */
static int
pass_through(FILE* stream, const char* bytes, size_t from, size_t to)
{
  int bad = 0;
  for (size_t i = from; i < to; ++i)
    if (bytes[i] != '\r' || (i + 1 < to && bytes[i + 1] != '\n'))
      bad |= putc(bytes[i], stream) == EOF;
  if (to > from && bytes[to - 1] != '\n')
    bad |= putc('\n', stream) == EOF;
  return bad;
}

static int
write_sentence(FILE*                stream,
               const lsn_model*     model,
               const lsn_conll_tok* toks,
               const uint16_t*      tags,
               size_t               n)
{
  int bad = 0;
  for (size_t i = 0; i < n; ++i) {
    const char* name = lsn_tagger_label_name(model, tags[i]);
    bad |=
      fwrite(toks[i].line, 1, toks[i].line_len, stream) != toks[i].line_len;
    bad |= fprintf(stream, "\t%s\n", name) < 0;
  }
  return bad;
}

typedef struct {
  lsn_tagger_work*  work;
  lsn_tagger_token* spans;
  uint16_t*         tags;
  size_t            cap;
} tag_buffers;

static lsn_status
tag_sentence(const lsn_model* model, tag_buffers* b, const lsn_conll_reader* r)
{
  lsn_status st;
  if (r->n > b->cap) {
    size_t cap = b->cap, cap2 = b->cap;
    LSN_TRY(st, lsn_grow((void**)&b->spans, &cap, r->n, sizeof *b->spans));
    LSN_TRY(st, lsn_grow((void**)&b->tags, &cap2, r->n, sizeof *b->tags));
    b->cap = cap < cap2 ? cap : cap2;
  }
  for (size_t i = 0; i < r->n; ++i) {
    b->spans[i].text = r->toks[i].token;
    b->spans[i].len  = r->toks[i].token_len;
  }
  return lsn_tagger_tag_spans(model, b->work, b->spans, r->n, b->tags);
}

static lsn_status
tag_all(const lsn_model*  model,
        FILE*             stream,
        lsn_conll_reader* r,
        tag_buffers*      b)
{
  lsn_status st;
  for (;;) {
    lsn_status next = lsn_conll_next(r);
    if (next != LSN_OK && next != LSN_DONE)
      return next;
    if (pass_through(stream, r->bytes, r->skip_start, r->skip_end))
      return LSN_ERR_IO;
    if (next == LSN_DONE)
      return ferror(stream) ? LSN_ERR_IO : LSN_OK;
    LSN_TRY(st, tag_sentence(model, b, r));
    if (write_sentence(stream, model, r->toks, b->tags, r->n))
      return LSN_ERR_IO;
  }
}

lsn_status
lsn_tag_conll(const lsn_model* model,
              FILE*            stream,
              const char*      path,
              const char*      bytes,
              size_t           len,
              lsn_diag_func    diag,
              void*            diag_handle)
{
  lsn_conll_reader r;
  tag_buffers      b = { NULL, NULL, NULL, 0 };
  lsn_status       st;
  if (!model || !stream || (!bytes && len))
    return LSN_ERR_BAD_ARG;
  lsn_conll_init(&r, path, bytes, len, false);
  r.diag        = diag;
  r.diag_handle = diag_handle;
  if (!(st = lsn_tagger_work_new(&b.work)))
    st = tag_all(model, stream, &r, &b);
  if (st == LSN_ERR_IO)
    lsn_tagger_report(diag,
                      diag_handle,
                      st,
                      NULL,
                      0,
                      "cannot write the output: %s",
                      strerror(errno));
  lsn_tagger_work_free(b.work);
  lsn_free(b.spans);
  lsn_free(b.tags);
  lsn_conll_free(&r);
  return st;
}

lsn_status
lsn_tagger_read_input(const char* path, char** out, size_t* len)
{
  if (strcmp(path, "-"))
    return lsn_read_file(path, MAX_INPUT_BYTES, out, len);
  lsn_buf    buf;
  char       chunk[65536];
  size_t     n;
  lsn_status st = LSN_OK;
  lsn_buf_init(&buf, MAX_INPUT_BYTES);
  while (!st && (n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
    st = lsn_buf_add(&buf, chunk, n);
  if (!st && ferror(stdin))
    st = LSN_ERR_IO;
  if (st) {
    lsn_buf_free(&buf);
    return st;
  }
  *len = buf.len;
  *out = lsn_buf_take(&buf);
  return *out ? LSN_OK : LSN_ERR_NOMEM;
}

lsn_status
lsn_tag_conll_file(const lsn_model* model,
                   FILE*            stream,
                   const char*      path,
                   lsn_diag_func    diag,
                   void*            diag_handle)
{
  char*      bytes = NULL;
  size_t     len   = 0;
  lsn_status st;
  if (!model || !stream || !path)
    return LSN_ERR_BAD_ARG;
  if ((st = lsn_tagger_read_input(path, &bytes, &len))) {
    lsn_tagger_report(diag,
                      diag_handle,
                      st,
                      path,
                      0,
                      "cannot read: %s",
                      st == LSN_ERR_IO ? strerror(errno) : lsn_strerror(st));
    return st;
  }
  st = lsn_tag_conll(model, stream, path, bytes, len, diag, diag_handle);
  lsn_free(bytes);
  return st;
}
