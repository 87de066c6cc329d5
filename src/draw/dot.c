/* SPDX-License-Identifier: ISC */
/*
 * The DOT writer.  DOT is also what render.c hands to Graphviz, so what
 * `-f dot` writes is exactly what the SVG shows.  One statement per line:
 * a node line is `"IRI" [...]`, an edge line `"IRI" -> "IRI" [...]`, so
 * counting them needs no DOT parser.  Custom attributes lsn_type and
 * lsn_relation carry the entity type and the relation's IRI; Graphviz
 * keeps and ignores them.
 *
 * Organisations with sub-organisations become clusters (boxes) holding
 * them; a sub-organisation with two parents stays outside, since a node
 * can sit in one cluster only.  Nodes without any link, when others have
 * some, go into a box of their own rather than spreading along a rank.
 */
#include "draw/draw.h"
#include "graph/vocab.h"

#include <string.h>

#define NONE SIZE_MAX
#define LABEL_WIDTH 26 /* code points per line of a node label */
#define TITLE_WIDTH 30 /* and of an edge's title */
#define MAX_NESTING 64 /* organisation levels followed up to a root */

/* Text ------------------------------------------------------------------- */

/* `str` with escapes for a DOT quoted string; newlines become \n (a
 * centred line break in a label). */
static lsn_status
put_escaped(lsn_buf* out, const char* str)
{
  lsn_status st = LSN_OK;
  for (const char* p = str; *p && !st; ++p)
    if (*p == '"' || *p == '\\') {
      char esc[2] = { '\\', *p };
      st          = lsn_buf_add(out, esc, 2);
    } else if (*p == '\n')
      st = lsn_buf_adds(out, "\\n");
    else
      st = lsn_buf_addc(out, *p == '\t' ? ' ' : *p);
  return st;
}

static size_t
codepoints(const char* s, size_t len)
{
  size_t n = 0;
  for (size_t i = 0; i < len; ++i)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* Break `str` into lines of about `width` code points at spaces; spaces
 * and line breaks already there are kept as breaks. */
static lsn_status
wrap(lsn_buf* out, const char* str, size_t width)
{
  lsn_status st  = LSN_OK;
  size_t     col = 0;
  for (const char* p = str; *p && !st;) {
    if (*p == ' ' || *p == '\n') {
      if (*p++ == '\n' && col) {
        st  = lsn_buf_addc(out, '\n');
        col = 0;
      }
      continue;
    }
    size_t len = strcspn(p, " \n"), cps = codepoints(p, len);
    if (col && col + 1 + cps > width) {
      st  = lsn_buf_addc(out, '\n');
      col = 0;
    } else if (col) {
      st = lsn_buf_addc(out, ' ');
      ++col;
    }
    if (!st)
      st = lsn_buf_add(out, p, len);
    col += cps;
    p += len;
  }
  return st;
}

/* `"text"`, cleaned of bad UTF-8 and, with `width`, wrapped. */
static lsn_status
put_quoted(lsn_buf* out, const char* str, size_t width)
{
  lsn_buf clean, wrapped;
  lsn_buf_init(&clean, 0);
  lsn_buf_init(&wrapped, 0);
  lsn_status st = lsn_utf8_clean(&clean, str, strlen(str));
  if (!st && width)
    st = wrap(&wrapped, clean.data ? clean.data : "", width);
  const lsn_buf* text = width ? &wrapped : &clean;
  if (!st)
    st = lsn_buf_addc(out, '"');
  if (!st)
    st = put_escaped(out, text->data ? text->data : "");
  if (!st)
    st = lsn_buf_addc(out, '"');
  lsn_buf_free(&clean);
  lsn_buf_free(&wrapped);
  return st;
}

/* Text inside an HTML-like label. */
static lsn_status
put_html(lsn_buf* out, const char* str)
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
    default:
      st = lsn_buf_addc(out, *p == '\n' ? ' ' : *p);
    }
  lsn_buf_free(&clean);
  return st;
}

/* Clusters --------------------------------------------------------------- */

static bool
is_sub_org(const lsn_dgraph* g, const lsn_dedge* e, size_t* child, size_t* up)
{
  bool down = !strcmp(e->pred, ORG "subOrganizationOf");
  if (!down && strcmp(e->pred, ORG "hasSubOrganization"))
    return false;
  *child = down ? e->from : e->to;
  *up    = down ? e->to : e->from;
  return *child != *up && g->nodes[*child].kind == LSN_DK_ORG &&
         g->nodes[*up].kind == LSN_DK_ORG;
}

/* cluster[n]: the top organisation whose box holds n, or NONE. */
static void
find_clusters(const lsn_dgraph* g, size_t* parent, size_t* cluster)
{
  for (size_t i = 0; i < g->n_nodes; ++i)
    parent[i] = cluster[i] = NONE;
  for (size_t i = 0; i < g->n_edges; ++i) {
    size_t child, up;
    if (!is_sub_org(g, &g->edges[i], &child, &up))
      continue;
    /* Two parents: no box can hold it, so none does. */
    parent[child] =
      parent[child] == NONE || parent[child] == up ? up : NONE - 1;
  }
  for (size_t i = 0; i < g->n_nodes; ++i) {
    size_t top = i, steps = 0;
    while (parent[top] < NONE - 1 && steps++ < MAX_NESTING)
      top = parent[top];
    if (top == i || parent[top] != NONE)
      continue; /* no parent, two parents above, or a cycle */
    cluster[i] = cluster[top] = top;
  }
}

/* Nodes and edges -------------------------------------------------------- */

static lsn_status
put_node(lsn_buf* out, const lsn_dgraph* g, size_t n, const char* indent)
{
  const lsn_dnode*  node  = &g->nodes[n];
  const lsn_dstyle* style = lsn_dkind_style(node->kind);
  lsn_status        st;
  LSN_TRY(st, lsn_buf_adds(out, indent));
  LSN_TRY(st, put_quoted(out, node->iri, 0));
  LSN_TRY(st, lsn_buf_adds(out, " [label="));
  LSN_TRY(st, put_quoted(out, node->label, LABEL_WIDTH));
  LSN_TRY(st,
          lsn_buf_printf(out,
                         ", shape=%s, style=\"%s\", fillcolor=\"%s\", "
                         "color=\"%s\", margin=\"%s\", lsn_type=%s, "
                         "tooltip=",
                         style->shape,
                         node->kind == LSN_DK_ORG ? "filled,rounded" : "filled",
                         style->fill,
                         style->stroke,
                         style->margin,
                         style->name));
  LSN_TRY(st, put_quoted(out, node->iri, 0));
  return lsn_buf_adds(out, "];\n");
}

static lsn_status
edge_label(lsn_buf* out, const lsn_dedge* e, const lsn_drelation* rel)
{
  lsn_buf    text;
  lsn_status st;
  lsn_buf_init(&text, 0);
  st = lsn_buf_adds(&text, rel ? rel->label : lsn_iri_local(e->pred));
  if (!st && e->title) {
    lsn_buf title;
    lsn_buf_init(&title, 0);
    st = wrap(&title, e->title, TITLE_WIDTH);
    if (!st)
      st = lsn_buf_printf(&text, ":\n%s", title.data ? title.data : "");
    lsn_buf_free(&title);
  }
  if (!st)
    st = put_quoted(out, text.data, 0);
  lsn_buf_free(&text);
  return st;
}

static lsn_status
put_edge(lsn_buf* out, const lsn_dgraph* g, const lsn_dedge* e)
{
  const lsn_drelation* rel = lsn_relation_find(e->pred);
  lsn_status           st;
  LSN_TRY(st, lsn_buf_adds(out, "  "));
  LSN_TRY(st, put_quoted(out, g->nodes[e->from].iri, 0));
  LSN_TRY(st, lsn_buf_adds(out, " -> "));
  LSN_TRY(st, put_quoted(out, g->nodes[e->to].iri, 0));
  LSN_TRY(st, lsn_buf_adds(out, " [label="));
  LSN_TRY(st, edge_label(out, e, rel));
  LSN_TRY(st,
          lsn_buf_printf(out,
                         ", color=\"%s\", fontcolor=\"%s\", style=%s, "
                         "lsn_relation=",
                         rel ? rel->color : "#555555",
                         rel ? rel->color : "#555555",
                         rel ? rel->style : "solid"));
  LSN_TRY(st, put_quoted(out, e->pred, 0));
  LSN_TRY(st, lsn_buf_adds(out, ", tooltip="));
  LSN_TRY(st, put_quoted(out, e->pred, 0));
  return lsn_buf_adds(out, "];\n");
}

/* Graph ------------------------------------------------------------------ */

static lsn_status
put_legend(lsn_buf* out, const lsn_dgraph* g, const lsn_dot_style* style)
{
  size_t     count[LSN_DK_COUNT] = { 0 };
  lsn_status st;
  for (size_t i = 0; i < g->n_nodes; ++i)
    ++count[g->nodes[i].kind];
  LSN_TRY(st,
          lsn_buf_printf(out,
                         "  graph [labelloc=b, labeljust=l, label=<<TABLE "
                         "BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"5\">"
                         "<TR><TD COLSPAN=\"%d\" ALIGN=\"LEFT\"><B>%zu "
                         "entities, %zu relations</B> (labels @",
                         LSN_DK_COUNT,
                         g->n_nodes,
                         g->n_edges));
  LSN_TRY(st, put_html(out, g->lang ? g->lang : "any"));
  if (style->focus) {
    LSN_TRY(st, lsn_buf_adds(out, "; around "));
    LSN_TRY(st, put_html(out, style->focus));
    LSN_TRY(st, lsn_buf_printf(out, ", %u link(s) deep", style->depth));
  }
  LSN_TRY(st,
          lsn_buf_adds(out,
                       "). An arrow A &#8594; B reads &#8220;A head of "
                       "B&#8221;.</TD></TR><TR>"));
  for (lsn_dkind k = 0; k < LSN_DK_COUNT; ++k) {
    const lsn_dstyle* s = lsn_dkind_style(k);
    LSN_TRY(st,
            lsn_buf_printf(out,
                           "<TD BORDER=\"1\" COLOR=\"%s\" BGCOLOR=\"%s\">"
                           "%s (%s): %zu</TD>",
                           s->stroke,
                           s->fill,
                           s->name,
                           s->shape,
                           count[k]));
  }
  return lsn_buf_adds(out, "</TR></TABLE>>];\n");
}

static lsn_status
put_header(lsn_buf* out)
{
  return lsn_buf_adds(
    out,
    "digraph liaison {\n"
    "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica\", "
    "fontsize=11, nodesep=0.25, ranksep=0.7, pad=0.3, newrank=true];\n"
    "  node [fontname=\"Helvetica\", fontsize=11, penwidth=1.3];\n"
    "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7, "
    "penwidth=1.1];\n");
}

static lsn_status
put_cluster(lsn_buf*          out,
            const lsn_dgraph* g,
            const size_t*     members,
            size_t            n_members,
            const char*       label,
            const char*       look)
{
  lsn_status st;
  LSN_TRY(st, lsn_buf_printf(out, "  subgraph cluster_%zu {\n", members[0]));
  LSN_TRY(st, lsn_buf_printf(out, "    graph [%s, label=", look));
  LSN_TRY(st, put_quoted(out, label, 0));
  LSN_TRY(st, lsn_buf_adds(out, "];\n"));
  for (size_t i = 0; i < n_members; ++i)
    LSN_TRY(st, put_node(out, g, members[i], "    "));
  return lsn_buf_adds(out, "  }\n");
}

typedef struct {
  size_t* parent;  /* scratch for find_clusters */
  size_t* cluster; /* top organisation of each node's box, or NONE */
  size_t* members; /* scratch list of node indices */
  bool*   linked;  /* has at least one edge */
} layout;

/* Group the nodes in boxes by their box, in IRI order within each, at
 * the front of l->members; l->parent becomes each box's end there. */
static size_t
group_members(const lsn_dgraph* g, layout* l)
{
  size_t *end = l->parent, sum = 0;
  for (size_t i = 0; i < g->n_nodes; ++i)
    end[i] = 0;
  for (size_t i = 0; i < g->n_nodes; ++i)
    if (l->cluster[i] != NONE)
      ++end[l->cluster[i]];
  for (size_t i = 0; i < g->n_nodes; ++i) {
    size_t count = end[i];
    end[i]       = sum;
    sum += count;
  }
  for (size_t i = 0; i < g->n_nodes; ++i)
    if (l->cluster[i] != NONE)
      l->members[end[l->cluster[i]]++] = i;
  return sum;
}

static lsn_status
put_nodes(lsn_buf* out, const lsn_dgraph* g, layout* l, bool clusters)
{
  lsn_status st      = LSN_OK;
  size_t     grouped = 0, first = 0, n_loose = 0;
  if (clusters) {
    find_clusters(g, l->parent, l->cluster);
    grouped = group_members(g, l);
  }
  for (size_t top = 0; top < g->n_nodes && !st && grouped; ++top) {
    if (l->cluster[top] != top)
      continue;
    st    = put_cluster(out,
                     g,
                     l->members + first,
                     l->parent[top] - first,
                     g->nodes[top].label,
                     "style=\"rounded,filled\", fillcolor=\"#f1f6fb\", "
                        "color=\"#9bb7d4\", fontcolor=\"#2b6cb0\"");
    first = l->parent[top];
  }
  size_t* loose = l->members + grouped;
  for (size_t i = 0; i < g->n_nodes && !st; ++i)
    if (l->cluster[i] == NONE && !l->linked[i] && clusters)
      loose[n_loose++] = i;
    else if (l->cluster[i] == NONE)
      st = put_node(out, g, i, "  ");
  if (!st && n_loose)
    st =
      put_cluster(out,
                  g,
                  loose,
                  n_loose,
                  "not linked to the others",
                  "style=\"dashed\", color=\"#aaaaaa\", fontcolor=\"#777777\"");
  return st;
}

lsn_status
lsn_dot_write(lsn_buf* out, const lsn_dgraph* g, const lsn_dot_style* style)
{
  size_t     n = g->n_nodes + 1;
  layout     l = { lsn_malloc(n * sizeof(size_t)),
                   lsn_malloc(n * sizeof(size_t)),
                   lsn_malloc(n * sizeof(size_t)),
                   lsn_calloc(n, sizeof(bool)) };
  lsn_status st =
    l.parent && l.cluster && l.members && l.linked ? LSN_OK : LSN_ERR_NOMEM;
  for (size_t i = 0; i < g->n_nodes && !st; ++i)
    l.cluster[i] = NONE;
  for (size_t i = 0; i < g->n_edges && !st; ++i)
    l.linked[g->edges[i].from] = l.linked[g->edges[i].to] = true;
  if (!st)
    st = put_header(out);
  if (!st && style->legend)
    st = put_legend(out, g, style);
  if (!st)
    st = put_nodes(out, g, &l, style->clusters && g->n_edges);
  for (size_t i = 0; i < g->n_edges && !st; ++i)
    st = put_edge(out, g, &g->edges[i]);
  if (!st)
    st = lsn_buf_adds(out, "}\n");
  lsn_free(l.parent);
  lsn_free(l.cluster);
  lsn_free(l.members);
  lsn_free(l.linked);
  return st;
}
