/* SPDX-License-Identifier: ISC */
/*
 * Pushing a file to a Graph Store Protocol (or SPARQL Update) endpoint.
 *
 * An N-Quads file is read line by line and cut into runs of consecutive
 * statements of one graph (liaison writes each graph in one run).  A run is
 * spooled to a temporary N-Triples file and sent as one request, so memory
 * holds one line at a time and a graph is replaced by one PUT: the server
 * sees the whole new graph or nothing.  A graph met again in a later run is
 * added to with POST.  Other syntaxes are parsed by io/ (which checks them
 * before anything is sent) and written out as N-Triples the same way.
 */
#include "push/push.h"
#include "io/io.h"
#include "liaison.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define LINE_MAX_BYTES (64u << 20)

typedef struct {
  lsn_push_ctx* ctx;
  lsn_map*      seen;  /* graphs sent already: POST from then on */
  char*         graph; /* the current run's graph, NULL for default */
  FILE*         spool; /* the current run as N-Triples */
  size_t        n;     /* triples in the run */
} run;

/* ------------------------------------------------------------------------ */
/* URLs                                                                     */

static lsn_status
add_escaped(lsn_buf* out, const char* s)
{
  lsn_status st = LSN_OK;
  for (; *s && !st; ++s) {
    unsigned char c = (unsigned char)*s;
    st = isalnum(c) || strchr("-._~", c) ? lsn_buf_addc(out, (char)c)
                                         : lsn_buf_printf(out, "%%%02X", c);
  }
  return st;
}

/* endpoint?graph=IRI, or endpoint?default for the default graph. */
static lsn_status
graph_url(lsn_buf* out, const char* endpoint, const char* graph)
{
  lsn_status st =
    lsn_buf_printf(out, "%s%c", endpoint, strchr(endpoint, '?') ? '&' : '?');
  if (st)
    return st;
  if (!graph)
    return lsn_buf_adds(out, "default");
  return (st = lsn_buf_adds(out, "graph=")) ? st : add_escaped(out, graph);
}

/* ------------------------------------------------------------------------ */
/* Sending one run                                                          */

static lsn_status
send_gsp(run* r, const char* graph, int replace)
{
  lsn_buf url;
  lsn_buf_init(&url, 0);
  lsn_status st = graph_url(&url, r->ctx->options->endpoint, graph);
  if (!st)
    st = lsn_http_send(r->ctx,
                       replace ? "PUT" : "POST",
                       url.data,
                       "application/n-triples",
                       r->spool,
                       NULL,
                       0);
  lsn_buf_free(&url);
  return st;
}

static lsn_status
update_head(lsn_buf* body, const char* graph, int replace)
{
  lsn_status st = LSN_OK;
  if (replace)
    st = graph ? lsn_buf_printf(body, "DROP SILENT GRAPH <%s> ;\n", graph)
               : lsn_buf_adds(body, "DROP SILENT DEFAULT ;\n");
  if (!st)
    st = graph ? lsn_buf_printf(body, "INSERT DATA { GRAPH <%s> {\n", graph)
               : lsn_buf_adds(body, "INSERT DATA {\n");
  return st;
}

static lsn_status
send_batch(run* r, lsn_buf* body, const char* graph)
{
  lsn_status st = lsn_buf_adds(body, graph ? "} }\n" : "}\n");
  if (!st)
    st = lsn_http_send(r->ctx,
                       "POST",
                       r->ctx->options->endpoint,
                       "application/sparql-update",
                       NULL,
                       body->data,
                       body->len);
  lsn_buf_clear(body);
  return st;
}

/* SPARQL Update: INSERT DATA in batches, the first one dropping the graph
 * when replacing.  A batch is `batch` lines of the spool. */
static lsn_status
send_update(run* r, const char* graph, int replace)
{
  size_t     batch = r->ctx->options->batch ? r->ctx->options->batch : 10000;
  char*      line  = NULL;
  size_t     cap = 0, in_batch = 0;
  lsn_buf    body;
  lsn_status st = LSN_OK;
  lsn_buf_init(&body, 0);
  rewind(r->spool);
  while (!st && getline(&line, &cap, r->spool) > 0) {
    if (!in_batch)
      st = update_head(&body, graph, replace);
    replace = 0;
    if (!st)
      st = lsn_buf_adds(&body, line);
    if (!st && ++in_batch == batch) {
      st       = send_batch(r, &body, graph);
      in_batch = 0;
    }
  }
  if (!st && in_batch)
    st = send_batch(r, &body, graph);
  free(line);
  lsn_buf_free(&body);
  return st;
}

static lsn_status
flush_run(run* r)
{
  const lsn_push_options* o     = r->ctx->options;
  const char*             graph = r->graph ? r->graph : o->default_graph;
  const char*             key   = graph ? graph : "";
  size_t                  seen;
  lsn_status              st;
  if (!r->spool)
    return LSN_OK;
  int replace = !(o->flags & LSN_PUSH_ADD) &&
                !lsn_map_get(r->seen, key, strlen(key), &seen);
  if (fflush(r->spool))
    st = LSN_ERR_IO;
  else
    st = o->flags & LSN_PUSH_UPDATE ? send_update(r, graph, replace)
                                    : send_gsp(r, graph, replace);
  if (!st) {
    r->ctx->summary->graphs +=
      replace || !lsn_map_get(r->seen, key, strlen(key), &seen);
    r->ctx->summary->triples += r->n;
    st = lsn_map_put(r->seen, key, strlen(key), 1);
  }
  fclose(r->spool);
  r->spool = NULL;
  r->n     = 0;
  return st;
}

/* Start a run for `graph` (NULL: default), after sending the last one. */
static lsn_status
start_run(run* r, const char* graph, size_t len)
{
  lsn_status st = flush_run(r);
  if (st)
    return st;
  lsn_free(r->graph);
  r->graph = NULL;
  if (graph && !(r->graph = lsn_strndup(graph, len)))
    return LSN_ERR_NOMEM;
  return (r->spool = tmpfile()) ? LSN_OK : LSN_ERR_IO;
}

/* ------------------------------------------------------------------------ */
/* N-Quads                                                                  */

static const char*
skip_space(const char* p)
{
  while (*p == ' ' || *p == '\t')
    ++p;
  return p;
}

/* The end of the N-Quads term at `p`, or NULL when there is none. */
static const char*
skip_term(const char* p)
{
  if (*p == '<')
    return (p = strchr(p, '>')) ? p + 1 : NULL;
  if (p[0] == '_' && p[1] == ':') {
    while (*p && !isspace((unsigned char)*p))
      ++p;
    return p;
  }
  if (*p != '"')
    return NULL;
  for (++p; *p && *p != '"'; ++p)
    if (*p == '\\' && p[1])
      ++p;
  if (*p++ != '"')
    return NULL;
  if (*p == '@')
    for (++p; isalnum((unsigned char)*p) || *p == '-'; ++p)
      ;
  else if (p[0] == '^' && p[1] == '^')
    return p[2] == '<' && (p = strchr(p + 2, '>')) ? p + 1 : NULL;
  return p;
}

/* Split `line` into its triple (up to `*triple_end`) and its graph IRI
 * (`*graph`, `*graph_len`; NULL for the default graph).  0 when the line is
 * blank or a comment, -1 when it is not N-Quads. */
static int
split_quad(const char*  line,
           const char** triple_end,
           const char** graph,
           size_t*      graph_len)
{
  const char* p = skip_space(line);
  if (!*p || *p == '\n' || *p == '\r' || *p == '#')
    return 0;
  for (int i = 0; i < 3; ++i)
    if (!(p = skip_term(skip_space(p))))
      return -1;
  *triple_end = p;
  *graph      = NULL;
  p           = skip_space(p);
  if (*p == '<') {
    const char* end = skip_term(p);
    *graph          = p + 1;
    *graph_len      = (size_t)(end - p - 2);
    p               = skip_space(end);
  }
  return *p == '.' ? 1 : -1;
}

static lsn_status
add_quad_line(run* r, const char* line, unsigned lineno)
{
  const char *end, *graph;
  size_t      len  = 0;
  int         kind = split_quad(line, &end, &graph, &len);
  lsn_status  st;
  if (kind < 0) {
    lsn_diag d = {
      LSN_ERR_BAD_DATA,          LSN_ERROR, r->ctx->path, SIZE_MAX, lineno, 1,
      "not an N-Quads statement"
    };
    lsn_diag_print(stderr, &d);
    return LSN_ERR_BAD_DATA;
  }
  if (!kind)
    return LSN_OK;
  int same = r->spool && (graph ? r->graph && strlen(r->graph) == len &&
                                    !strncmp(r->graph, graph, len)
                                : !r->graph);
  if (!same && (st = start_run(r, graph, len)))
    return st;
  const char* start = skip_space(line);
  if (fwrite(start, 1, (size_t)(end - start), r->spool) !=
        (size_t)(end - start) ||
      fputs(" .\n", r->spool) < 0)
    return LSN_ERR_IO;
  ++r->n;
  return LSN_OK;
}

static lsn_status
push_nquads(run* r, const char* path)
{
  FILE*      in     = fopen(path, "rb");
  char*      line   = NULL;
  size_t     cap    = 0;
  unsigned   lineno = 0;
  lsn_status st     = LSN_OK;
  ssize_t    n;
  if (!in) {
    lsn_push_report(r->ctx, LSN_ERR_IO, "cannot read the file");
    return LSN_ERR_IO;
  }
  while (!st && (n = getline(&line, &cap, in)) > 0)
    st = (size_t)n > LINE_MAX_BYTES ? LSN_ERR_BAD_DATA
                                    : add_quad_line(r, line, ++lineno);
  if (!st && ferror(in))
    st = LSN_ERR_IO;
  if (!st)
    st = flush_run(r);
  free(line);
  fclose(in);
  return st;
}

/* ------------------------------------------------------------------------ */
/* Other syntaxes                                                           */

typedef struct {
  lsn_triple_sink inner;
  size_t          n;
} counting_sink;

static lsn_status
count_triple(void* handle, const lsn_triple* t)
{
  counting_sink* c = handle;
  ++c->n;
  return c->inner.triple(c->inner.handle, t);
}

static lsn_status
count_end(void* handle)
{
  counting_sink* c = handle;
  return c->inner.end(c->inner.handle);
}

static lsn_status
push_triples(run* r, const char* path)
{
  lsn_writer* writer = NULL;
  const char* graph  = r->ctx->options->graph;
  lsn_status  st     = start_run(r, graph, graph ? strlen(graph) : 0);
  if (!st)
    st = lsn_writer_new(&writer, LSN_FORMAT_NTRIPLES, NULL, r->spool);
  if (!st) {
    counting_sink   c    = { lsn_writer_sink(writer), 0 };
    lsn_triple_sink sink = { &c, count_triple, count_end };
    st = lsn_rdf_read_file(path, &sink, r->ctx->diag, r->ctx->diag_handle);
    if (!st)
      st = sink.end(sink.handle);
    r->n = c.n;
  }
  lsn_writer_free(writer);
  return st ? st : flush_run(r);
}

lsn_status
lsn_push_file(const lsn_push_options* options,
              const char*             path,
              lsn_push_summary*       summary,
              lsn_diag_func           diag,
              void*                   diag_handle)
{
  lsn_push_summary ignored = { 0, 0, 0 };
  lsn_push_ctx     ctx     = {
            options, summary ? summary : &ignored, diag, diag_handle, path
  };
  run         r   = { &ctx, lsn_map_new(), NULL, NULL, 0 };
  const char* dot = strrchr(path, '.');
  lsn_status  st;
  if (!r.seen)
    return LSN_ERR_NOMEM;
  st =
    dot && !strcmp(dot, ".nq") ? push_nquads(&r, path) : push_triples(&r, path);
  if (r.spool)
    fclose(r.spool);
  lsn_free(r.graph);
  lsn_map_free(r.seen);
  return st;
}
