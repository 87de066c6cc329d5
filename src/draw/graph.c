/* SPDX-License-Identifier: ISC */
/* From the model to the entity graph: which resources are nodes, what they
 * are called, which links are edges, and the titles org:Membership gives
 * to person-organisation edges. */
#include "draw/draw.h"
#include "graph/vocab.h"

#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

/* Label choice ----------------------------------------------------------- */

/* Lower is better: the wanted language, then none, then liaison's other
 * language, then anything else; alternative names only after main ones. */
static unsigned
label_score(const lsn_dlabel* l, const char* lang)
{
  unsigned s = l->rank == LSN_LABEL_MAIN ? 0 : 4;
  if (lang && !strcmp(l->lang, lang))
    return s;
  if (!*l->lang)
    return s + 1;
  if (!strcmp(l->lang, "fr") || !strcmp(l->lang, "en"))
    return s + 2;
  return s + 3;
}

static bool
label_better(const lsn_dlabel* a, const lsn_dlabel* b, const char* lang)
{
  unsigned sa = label_score(a, lang), sb = label_score(b, lang);
  if (sa != sb)
    return sa < sb;
  int c = strcmp(a->lang, b->lang);
  return c ? c < 0 : strcmp(a->value, b->value) < 0;
}

/* best[term]: index of the term's label to show, or NONE. */
static size_t*
best_labels(const lsn_dmodel* m, const char* lang)
{
  size_t* best = lsn_malloc((m->n_terms ? m->n_terms : 1) * sizeof *best);
  if (!best)
    return NULL;
  for (size_t i = 0; i < m->n_terms; ++i)
    best[i] = NONE;
  for (size_t i = 0; i < m->n_labels; ++i) {
    size_t* b = &best[m->labels[i].term];
    if (*b == NONE || label_better(&m->labels[i], &m->labels[*b], lang))
      *b = i;
  }
  return best;
}

/* The language most entities have a main label in, between fr and en. */
static const char*
majority_lang(const lsn_dmodel* m)
{
  size_t fr = 0, en = 0;
  for (size_t i = 0; i < m->n_labels; ++i) {
    const lsn_dlabel* l = &m->labels[i];
    if (l->rank != LSN_LABEL_MAIN || !m->terms[l->term].kinds)
      continue;
    fr += !strcmp(l->lang, "fr");
    en += !strcmp(l->lang, "en");
  }
  return fr >= en ? (fr ? "fr" : NULL) : "en";
}

static const char*
label_of(const lsn_dmodel* m, const size_t* best, size_t term)
{
  return best[term] == NONE ? m->terms[term].iri : m->labels[best[term]].value;
}

/* Nodes ------------------------------------------------------------------ */

static lsn_dkind
first_kind(uint32_t kinds)
{
  lsn_dkind k = LSN_DK_PERSON;
  while (!(kinds & (1u << k)))
    ++k;
  return k;
}

static int
cmp_nodes(const void* a, const void* b)
{
  return strcmp(((const lsn_dnode*)a)->iri, ((const lsn_dnode*)b)->iri);
}

static lsn_status
build_nodes(lsn_dgraph* g, const size_t* best, size_t* node_of)
{
  const lsn_dmodel* m = g->model;
  size_t            n = 0;
  for (size_t i = 0; i < m->n_terms; ++i)
    n += m->terms[i].kinds != 0;
  g->nodes = lsn_calloc(n ? n : 1, sizeof *g->nodes);
  if (!g->nodes)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < m->n_terms; ++i)
    if (m->terms[i].kinds)
      g->nodes[g->n_nodes++] = (lsn_dnode){
        i, first_kind(m->terms[i].kinds), m->terms[i].iri, label_of(m, best, i)
      };
  qsort(g->nodes, g->n_nodes, sizeof *g->nodes, cmp_nodes);
  for (size_t i = 0; i < m->n_terms; ++i)
    node_of[i] = NONE;
  for (size_t i = 0; i < g->n_nodes; ++i)
    node_of[g->nodes[i].term] = i;
  return LSN_OK;
}

/* Edges ------------------------------------------------------------------ */

static int
cmp_edges(const void* a, const void* b)
{
  const lsn_dedge *x = a, *y = b;
  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  int c = strcmp(x->pred, y->pred);
  if (c)
    return c;
  return x->to < y->to ? -1 : x->to > y->to;
}

static lsn_status
push_edge(lsn_dgraph* g, size_t from, const char* pred, size_t to)
{
  lsn_status st = lsn_grow(
    (void**)&g->edges, &g->cap_edges, g->n_edges + 1, sizeof *g->edges);
  if (!st)
    g->edges[g->n_edges++] = (lsn_dedge){ from, to, pred, NULL };
  return st;
}

/* An org:Membership, gathered from its org:member, org:organization and
 * org:role links. */
typedef struct {
  size_t member, organization, role;
} membership;

static membership*
gather_memberships(const lsn_dmodel* m)
{
  membership* ms = lsn_malloc((m->n_terms ? m->n_terms : 1) * sizeof *ms);
  if (!ms)
    return NULL;
  for (size_t i = 0; i < m->n_terms; ++i)
    ms[i] = (membership){ NONE, NONE, NONE };
  for (size_t i = 0; i < m->n_links; ++i) {
    const lsn_dlink* l = &m->links[i];
    const char*      p = m->terms[l->p].iri;
    if (!strcmp(p, ORG "member"))
      ms[l->s].member = l->o;
    else if (!strcmp(p, ORG "organization"))
      ms[l->s].organization = l->o;
    else if (!strcmp(p, ORG "role"))
      ms[l->s].role = l->o;
  }
  return ms;
}

static lsn_status
collect_edges(lsn_dgraph* g, const size_t* node_of, const membership* ms)
{
  const lsn_dmodel* m  = g->model;
  lsn_status        st = LSN_OK;
  for (size_t i = 0; i < m->n_links && !st; ++i) {
    const lsn_dlink* l = &m->links[i];
    if (node_of[l->s] != NONE && node_of[l->o] != NONE)
      st = push_edge(g, node_of[l->s], m->terms[l->p].iri, node_of[l->o]);
  }
  /* A membership implies org:memberOf even where the graph left it out. */
  for (size_t i = 0; i < m->n_terms && !st; ++i)
    if (ms[i].member != NONE && ms[i].organization != NONE &&
        node_of[ms[i].member] != NONE && node_of[ms[i].organization] != NONE)
      st = push_edge(
        g, node_of[ms[i].member], ORG "memberOf", node_of[ms[i].organization]);
  return st;
}

static void
sort_unique_edges(lsn_dgraph* g)
{
  if (!g->n_edges)
    return; /* no array yet, and qsort wants one */
  qsort(g->edges, g->n_edges, sizeof *g->edges, cmp_edges);
  size_t n = 0;
  for (size_t i = 0; i < g->n_edges; ++i)
    if (!n || cmp_edges(&g->edges[n - 1], &g->edges[i]))
      g->edges[n++] = g->edges[i];
  g->n_edges = n;
}

/* Several roles in one organisation: the first in code point order, so
 * that the drawing does not depend on input order. */
static void
attach_titles(lsn_dgraph*       g,
              const size_t*     node_of,
              const membership* ms,
              const size_t*     best)
{
  const lsn_dmodel* m = g->model;
  for (size_t i = 0; i < m->n_terms; ++i) {
    if (ms[i].role == NONE || ms[i].member == NONE ||
        ms[i].organization == NONE || best[ms[i].role] == NONE)
      continue;
    lsn_dedge key = {
      node_of[ms[i].member], node_of[ms[i].organization], ORG "memberOf", NULL
    };
    if (key.from == NONE || key.to == NONE || !g->n_edges)
      continue;
    lsn_dedge* e =
      bsearch(&key, g->edges, g->n_edges, sizeof *g->edges, cmp_edges);
    const char* title = m->labels[best[ms[i].role]].value;
    if (e && (!e->title || strcmp(title, e->title) < 0))
      e->title = title;
  }
}

lsn_status
lsn_dgraph_build(lsn_dgraph* out, const lsn_dmodel* model, const char* lang)
{
  memset(out, 0, sizeof *out);
  out->model          = model;
  out->lang           = lang ? lang : majority_lang(model);
  size_t*     best    = best_labels(model, out->lang);
  size_t*     node_of = lsn_malloc((model->n_terms + 1) * sizeof *node_of);
  membership* ms      = gather_memberships(model);
  lsn_status  st      = LSN_ERR_NOMEM;
  if (best && node_of && ms) {
    st = build_nodes(out, best, node_of);
    if (!st)
      st = collect_edges(out, node_of, ms);
  }
  if (!st) {
    sort_unique_edges(out);
    attach_titles(out, node_of, ms, best);
  }
  lsn_free(best);
  lsn_free(node_of);
  lsn_free(ms);
  if (st)
    lsn_dgraph_clear(out);
  return st;
}

void
lsn_dgraph_clear(lsn_dgraph* graph)
{
  lsn_free(graph->nodes);
  lsn_free(graph->edges);
  graph->nodes   = NULL;
  graph->edges   = NULL;
  graph->n_nodes = graph->n_edges = graph->cap_edges = 0;
}
