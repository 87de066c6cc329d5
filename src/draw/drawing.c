/* SPDX-License-Identifier: ISC */
/* The public face of the draw stage (liaison.h, "Drawing"): a model filled
 * through a triple sink or from RDF files, and a graph built afresh for
 * each write, so that options never change what was read. */
#include "draw/draw.h"
#include "io/io.h"

#include <string.h>

struct lsn_drawing {
  lsn_dmodel    model;
  lsn_diag_func diag;
  void*         diag_handle;
};

static const struct {
  const char*     name;
  lsn_draw_format format;
} format_names[] = {
  { "svg", LSN_DRAW_SVG }, { "png", LSN_DRAW_PNG },
  { "pdf", LSN_DRAW_PDF }, { "dot", LSN_DRAW_DOT },
  { "gv", LSN_DRAW_DOT },  { "graphml", LSN_DRAW_GRAPHML },
};

lsn_status
lsn_draw_format_parse(lsn_draw_format* out, const char* name)
{
  for (size_t i = 0; name && i < sizeof format_names / sizeof *format_names;
       ++i)
    if (!strcmp(name, format_names[i].name)) {
      *out = format_names[i].format;
      return LSN_OK;
    }
  return LSN_ERR_BAD_ARG;
}

lsn_status
lsn_draw_format_from_path(lsn_draw_format* out, const char* path)
{
  const char* dot   = path ? strrchr(path, '.') : NULL;
  const char* slash = path ? strrchr(path, '/') : NULL;
  if (!dot || (slash && slash > dot))
    return LSN_ERR_BAD_ARG;
  return lsn_draw_format_parse(out, dot + 1);
}

static const struct {
  const char* name;
  uint32_t    bits;
} view_names[] = {
  { "people", LSN_VIEW_PEOPLE },
  { "person", LSN_VIEW_PEOPLE },
  { "persons", LSN_VIEW_PEOPLE },
  { "organisations", LSN_VIEW_ORGANISATIONS },
  { "organisation", LSN_VIEW_ORGANISATIONS },
  { "organizations", LSN_VIEW_ORGANISATIONS },
  { "organization", LSN_VIEW_ORGANISATIONS },
  { "events", LSN_VIEW_EVENTS },
  { "event", LSN_VIEW_EVENTS },
  { "agreements", LSN_VIEW_AGREEMENTS },
  { "agreement", LSN_VIEW_AGREEMENTS },
  { "places", LSN_VIEW_PLACES },
  { "place", LSN_VIEW_PLACES },
  { "all", LSN_VIEW_ALL },
};

static bool
view_bits(const char* name, size_t len, uint32_t* bits)
{
  for (size_t i = 0; i < sizeof view_names / sizeof *view_names; ++i)
    if (strlen(view_names[i].name) == len &&
        !strncmp(name, view_names[i].name, len)) {
      *bits |= view_names[i].bits;
      return true;
    }
  return false;
}

lsn_status
lsn_draw_view_parse(uint32_t* out, const char* names)
{
  uint32_t bits = 0;
  if (!names)
    return LSN_ERR_BAD_ARG;
  for (const char* p = names;; ++p) {
    size_t len = strcspn(p, ",");
    if (!view_bits(p, len, &bits))
      return LSN_ERR_BAD_ARG;
    p += len;
    if (!*p)
      break;
  }
  *out = bits;
  return LSN_OK;
}

lsn_status
lsn_drawing_new(lsn_drawing** out, lsn_diag_func diag, void* diag_handle)
{
  *out            = NULL;
  lsn_drawing* d  = lsn_calloc(1, sizeof *d);
  lsn_status   st = d ? lsn_dmodel_init(&d->model) : LSN_ERR_NOMEM;
  if (st) {
    lsn_drawing_free(d);
    return st;
  }
  d->diag        = diag;
  d->diag_handle = diag_handle;
  *out           = d;
  return LSN_OK;
}

static lsn_status
sink_triple(void* handle, const lsn_triple* triple)
{
  return lsn_dmodel_add(&((lsn_drawing*)handle)->model, triple);
}

static lsn_status
sink_end(void* handle)
{
  ++((lsn_drawing*)handle)->model.generation;
  return LSN_OK;
}

lsn_triple_sink
lsn_drawing_sink(lsn_drawing* drawing)
{
  lsn_triple_sink sink = { drawing, sink_triple, sink_end };
  return sink;
}

lsn_status
lsn_drawing_add_rdf_file(lsn_drawing* d, const char* path)
{
  lsn_triple_sink sink = lsn_drawing_sink(d);
  lsn_status      st = lsn_rdf_read_file(path, &sink, d->diag, d->diag_handle);
  if (st == LSN_ERR_IO)
    lsn_draw_report(
      d->diag, d->diag_handle, LSN_ERROR, st, "cannot read '%s'", path);
  sink_end(d);
  return st;
}

/* The graph `options` ask for. */
static lsn_status
select_graph(lsn_drawing* d, const lsn_draw_options* o, lsn_dgraph* g)
{
  lsn_status st = lsn_dgraph_build(g, &d->model, o->lang);
  if (!st)
    st = lsn_dgraph_select(
      g, o->view, o->focus, o->depth, d->diag, d->diag_handle);
  if (st)
    lsn_dgraph_clear(g);
  return st;
}

lsn_status
lsn_drawing_count(lsn_drawing*            d,
                  const lsn_draw_options* options,
                  size_t*                 nodes,
                  size_t*                 edges)
{
  const lsn_draw_options defaults = LSN_DRAW_OPTIONS_INIT;
  lsn_dgraph             g;
  lsn_status st = select_graph(d, options ? options : &defaults, &g);
  if (!st && nodes)
    *nodes = g.n_nodes;
  if (!st && edges)
    *edges = g.n_edges;
  lsn_dgraph_clear(&g);
  return st;
}

static lsn_status
write_dot(lsn_drawing*            d,
          const lsn_dgraph*       g,
          lsn_draw_format         format,
          const lsn_draw_options* o,
          FILE*                   stream)
{
  static const char* const engines[] = {
    [LSN_DRAW_SVG] = "svg", [LSN_DRAW_PNG] = "png", [LSN_DRAW_PDF] = "pdf"
  };
  lsn_dot_style style = { !(o->flags & LSN_DRAW_NO_LEGEND),
                          !(o->flags & LSN_DRAW_NO_CLUSTERS),
                          o->focus,
                          o->depth };
  lsn_buf       dot;
  lsn_buf_init(&dot, LSN_DRAW_DOT_MAX);
  lsn_status st = lsn_dot_write(&dot, g, &style);
  if (!st && format == LSN_DRAW_DOT)
    st = fwrite(dot.data, 1, dot.len, stream) == dot.len ? LSN_OK : LSN_ERR_IO;
  else if (!st)
    st = lsn_dot_render(
      dot.data, engines[format], stream, d->diag, d->diag_handle);
  lsn_buf_free(&dot);
  return st;
}

lsn_status
lsn_drawing_write(lsn_drawing*            d,
                  lsn_draw_format         format,
                  const lsn_draw_options* options,
                  FILE*                   stream)
{
  const lsn_draw_options  defaults = LSN_DRAW_OPTIONS_INIT;
  const lsn_draw_options* o        = options ? options : &defaults;
  lsn_dgraph              g;
  if (format > LSN_DRAW_GRAPHML)
    return LSN_ERR_BAD_ARG;
  lsn_status st = select_graph(d, o, &g);
  if (st)
    return st;
  if (format == LSN_DRAW_GRAPHML)
    st = lsn_graphml_write(stream, &g);
  else
    st = write_dot(d, &g, format, o, stream);
  lsn_dgraph_clear(&g);
  return st;
}

void
lsn_drawing_free(lsn_drawing* drawing)
{
  if (!drawing)
    return;
  if (drawing->model.index)
    lsn_dmodel_clear(&drawing->model);
  lsn_free(drawing);
}
