/* SPDX-License-Identifier: ISC */
/*
 * The GraphML writer, for Gephi, yEd and Cytoscape.  Every attribute has a
 * declared <key> with attr.name and attr.type (Gephi's and yEd's importers
 * ignore undeclared data): nodes carry label, type and iri, edges relation
 * (the predicate's IRI), label (its readable name) and title (the role on
 * a membership).  Node ids are the IRIs, so graphs from several runs merge
 * in Gephi.  Text is escaped for XML and cleaned of bytes XML 1.0 refuses.
 */
#include "draw/draw.h"

#include <string.h>

static const char header[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
  "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
  "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
  "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
  "  <key id=\"label\" for=\"node\" attr.name=\"label\" "
  "attr.type=\"string\"/>\n"
  "  <key id=\"type\" for=\"node\" attr.name=\"type\" "
  "attr.type=\"string\"/>\n"
  "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" "
  "attr.type=\"string\"/>\n"
  "  <key id=\"color\" for=\"node\" attr.name=\"color\" "
  "attr.type=\"string\"/>\n"
  "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" "
  "attr.type=\"string\"/>\n"
  "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" "
  "attr.type=\"string\"/>\n"
  "  <key id=\"title\" for=\"edge\" attr.name=\"title\" "
  "attr.type=\"string\"/>\n"
  "  <graph id=\"liaison\" edgedefault=\"directed\">\n";

/* XML text or attribute value; a newline is written as a character
 * reference so that attribute normalisation cannot turn it into a space. */
static lsn_status
put_xml(lsn_buf* out, const char* str)
{
  lsn_buf clean;
  lsn_buf_init(&clean, 0);
  lsn_status st = lsn_utf8_clean(&clean, str, strlen(str));
  for (const char* p = clean.data; p && *p && !st; ++p)
    switch (*p) {
    case '&':
      st = lsn_buf_adds(out, "&amp;");
      break;
    case '<':
      st = lsn_buf_adds(out, "&lt;");
      break;
    case '>':
      st = lsn_buf_adds(out, "&gt;");
      break;
    case '"':
      st = lsn_buf_adds(out, "&quot;");
      break;
    case '\'':
      st = lsn_buf_adds(out, "&apos;");
      break;
    case '\n':
      st = lsn_buf_adds(out, "&#10;");
      break;
    case '\t':
      st = lsn_buf_adds(out, "&#9;");
      break;
    default:
      st = lsn_buf_addc(out, *p);
    }
  lsn_buf_free(&clean);
  return st;
}

static lsn_status
put_data(lsn_buf* out, const char* key, const char* value)
{
  lsn_status st;
  LSN_TRY(st, lsn_buf_printf(out, "      <data key=\"%s\">", key));
  LSN_TRY(st, put_xml(out, value));
  return lsn_buf_adds(out, "</data>\n");
}

static lsn_status
put_node(lsn_buf* out, const lsn_dnode* node)
{
  const lsn_dstyle* style = lsn_dkind_style(node->kind);
  lsn_status        st;
  LSN_TRY(st, lsn_buf_adds(out, "    <node id=\""));
  LSN_TRY(st, put_xml(out, node->iri));
  LSN_TRY(st, lsn_buf_adds(out, "\">\n"));
  LSN_TRY(st, put_data(out, "label", node->label));
  LSN_TRY(st, put_data(out, "type", style->name));
  LSN_TRY(st, put_data(out, "iri", node->iri));
  LSN_TRY(st, put_data(out, "color", style->fill));
  return lsn_buf_adds(out, "    </node>\n");
}

static lsn_status
put_edge(lsn_buf* out, const lsn_dgraph* g, size_t i)
{
  const lsn_dedge*     e   = &g->edges[i];
  const lsn_drelation* rel = lsn_relation_find(e->pred);
  lsn_status           st;
  LSN_TRY(st, lsn_buf_printf(out, "    <edge id=\"e%zu\" source=\"", i));
  LSN_TRY(st, put_xml(out, g->nodes[e->from].iri));
  LSN_TRY(st, lsn_buf_adds(out, "\" target=\""));
  LSN_TRY(st, put_xml(out, g->nodes[e->to].iri));
  LSN_TRY(st, lsn_buf_adds(out, "\">\n"));
  LSN_TRY(st, put_data(out, "relation", e->pred));
  LSN_TRY(st,
          put_data(out, "elabel", rel ? rel->label : lsn_iri_local(e->pred)));
  if (e->title)
    LSN_TRY(st, put_data(out, "title", e->title));
  return lsn_buf_adds(out, "    </edge>\n");
}

/* One element at a time through a small buffer: the file may be large. */
static lsn_status
flush(lsn_buf* buf, FILE* stream)
{
  if (buf->len && fwrite(buf->data, 1, buf->len, stream) != buf->len)
    return LSN_ERR_IO;
  lsn_buf_clear(buf);
  return LSN_OK;
}

lsn_status
lsn_graphml_write(FILE* stream, const lsn_dgraph* g)
{
  lsn_buf    buf;
  lsn_status st;
  lsn_buf_init(&buf, 0);
  st = lsn_buf_adds(&buf, header);
  for (size_t i = 0; i < g->n_nodes && !st; ++i)
    if (!(st = put_node(&buf, &g->nodes[i])))
      st = flush(&buf, stream);
  for (size_t i = 0; i < g->n_edges && !st; ++i)
    if (!(st = put_edge(&buf, g, i)))
      st = flush(&buf, stream);
  if (!st)
    st = lsn_buf_adds(&buf, "  </graph>\n</graphml>\n");
  if (!st)
    st = flush(&buf, stream);
  lsn_buf_free(&buf);
  return st;
}
