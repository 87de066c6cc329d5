/* SPDX-License-Identifier: ISC */
/* Reading RDF through raptor2 into a triple sink (the gazetteer, --link). */
#include "io/io.h"

#include <raptor2.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  const lsn_triple_sink* sink;
  lsn_status             status;
  lsn_diag_func          diag;
  void*                  diag_handle;
  const char*            path;
  int                    errors;
} read_ctx;

static void
to_term(const raptor_term* in, lsn_term* out, char* blank_buf, size_t size)
{
  memset(out, 0, sizeof *out);
  switch (in->type) {
  case RAPTOR_TERM_TYPE_URI:
    out->kind  = LSN_IRI;
    out->value = (const char*)raptor_uri_as_string(in->value.uri);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    out->kind = LSN_BLANK;
    snprintf(blank_buf, size, "%s", (const char*)in->value.blank.string);
    out->value = blank_buf;
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    out->kind  = LSN_LITERAL;
    out->value = (const char*)in->value.literal.string;
    out->lang  = (const char*)in->value.literal.language;
    out->datatype =
      in->value.literal.datatype
        ? (const char*)raptor_uri_as_string(in->value.literal.datatype)
        : NULL;
    break;
  default:
    out->kind  = LSN_BLANK;
    out->value = "";
  }
}

static void
on_statement(void* handle, raptor_statement* s)
{
  read_ctx* ctx = handle;
  char      b1[256], b2[256], b3[256];
  if (ctx->status)
    return;
  lsn_triple t = { 0 };
  to_term(s->subject, &t.subject, b1, sizeof b1);
  to_term(s->predicate, &t.predicate, b2, sizeof b2);
  to_term(s->object, &t.object, b3, sizeof b3);
  ctx->status = ctx->sink->triple(ctx->sink->handle, &t);
}

static void
on_log(void* handle, raptor_log_message* m)
{
  read_ctx* ctx = handle;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR)
    return;
  ++ctx->errors;
  lsn_diag d = {
    LSN_ERR_BAD_DATA,
    LSN_ERROR,
    ctx->path,
    SIZE_MAX,
    m->locator && m->locator->line > 0 ? (unsigned)m->locator->line : 0,
    m->locator && m->locator->column > 0 ? (unsigned)m->locator->column : 0,
    m->text
  };
  if (ctx->diag)
    ctx->diag(ctx->diag_handle, &d);
  else
    lsn_diag_print(stderr, &d);
}

lsn_status
lsn_rdf_read_file(const char*            path,
                  const lsn_triple_sink* sink,
                  lsn_diag_func          diag,
                  void*                  diag_handle)
{
  read_ctx      ctx   = { sink, LSN_OK, diag, diag_handle, path, 0 };
  raptor_world* world = raptor_new_world();
  lsn_status    st    = LSN_ERR_NOMEM;
  if (!world || raptor_world_open(world)) {
    raptor_free_world(world);
    return LSN_ERR_INTERNAL;
  }
  raptor_world_set_log_handler(world, &ctx, on_log);
  FILE* file = fopen(path, "rb");
  if (!file) {
    raptor_free_world(world);
    return LSN_ERR_IO;
  }
  raptor_parser* parser  = raptor_new_parser(world, lsn_io_syntax_for(path));
  unsigned char* uri_str = raptor_uri_filename_to_uri_string(path);
  raptor_uri*    base    = uri_str ? raptor_new_uri(world, uri_str) : NULL;
  if (parser && base) {
    raptor_parser_set_statement_handler(parser, &ctx, on_statement);
    int failed = raptor_parser_parse_file_stream(parser, file, path, base);
    st         = ctx.status             ? ctx.status
                 : failed || ctx.errors ? LSN_ERR_BAD_DATA
                                        : LSN_OK;
  }
  fclose(file);
  if (uri_str)
    raptor_free_memory(uri_str);
  raptor_free_uri(base);
  if (parser)
    raptor_free_parser(parser);
  raptor_free_world(world);
  return st;
}
