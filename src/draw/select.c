/* SPDX-License-Identifier: ISC */
/* Choosing what to draw: a view keeps entity types (and the relations
 * between kept entities); a focus keeps the entities within some links of
 * one entity, found by IRI or by a label compared as lsn_fold keys (case,
 * accents and apostrophe forms ignored). */
#include "draw/draw.h"
#include "text/text.h"

#include <limits.h>
#include <string.h>

#define NONE SIZE_MAX

/* Keep the nodes marked in `keep`, and the edges between them.  Indices
 * keep their order, so nodes and edges stay sorted. */
static lsn_status
compact(lsn_dgraph* g, const bool* keep)
{
  size_t* new_index = lsn_malloc((g->n_nodes + 1) * sizeof *new_index);
  if (!new_index)
    return LSN_ERR_NOMEM;
  size_t n = 0;
  for (size_t i = 0; i < g->n_nodes; ++i) {
    new_index[i] = keep[i] ? n : NONE;
    if (keep[i])
      g->nodes[n++] = g->nodes[i];
  }
  g->n_nodes = n;
  n          = 0;
  for (size_t i = 0; i < g->n_edges; ++i) {
    lsn_dedge e = g->edges[i];
    if (new_index[e.from] == NONE || new_index[e.to] == NONE)
      continue;
    e.from        = new_index[e.from];
    e.to          = new_index[e.to];
    g->edges[n++] = e;
  }
  g->n_edges = n;
  lsn_free(new_index);
  return LSN_OK;
}

/* Focus ------------------------------------------------------------------ */

static lsn_status
fold(lsn_buf* out, const char* str)
{
  lsn_buf clean;
  lsn_buf_init(&clean, 0);
  lsn_buf_clear(out);
  lsn_status st = lsn_utf8_clean(&clean, str, strlen(str));
  if (!st)
    st = lsn_fold(out, clean.data ? clean.data : "", clean.len);
  lsn_buf_free(&clean);
  return st;
}

static size_t
node_by_iri(const lsn_dgraph* g, const char* iri)
{
  size_t lo = 0, hi = g->n_nodes;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int    c   = strcmp(g->nodes[mid].iri, iri);
    if (!c)
      return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NONE;
}

/* Nodes with a label of `rank` whose key is `key`: how many, and the
 * first two (for the message when there are several). */
typedef struct {
  size_t count;
  size_t first[2];
} matches;

static lsn_status
match_labels(const lsn_dgraph* g,
             const char*       key,
             lsn_label_rank    rank,
             matches*          out)
{
  const lsn_dmodel* m    = g->model;
  bool*             seen = lsn_calloc(g->n_nodes + 1, sizeof *seen);
  lsn_buf           folded;
  lsn_status        st = seen ? LSN_OK : LSN_ERR_NOMEM;
  lsn_buf_init(&folded, 0);
  for (size_t i = 0; i < m->n_labels && !st; ++i) {
    const lsn_dlabel* l = &m->labels[i];
    if (l->rank != rank || !m->terms[l->term].kinds)
      continue;
    st = fold(&folded, l->value);
    if (st || strcmp(folded.data ? folded.data : "", key))
      continue;
    size_t node = node_by_iri(g, m->terms[l->term].iri);
    if (seen[node])
      continue; /* the same entity again, in another language */
    seen[node] = true;
    ++out->count;
  }
  /* In IRI order, so that the message does not depend on input order. */
  for (size_t i = 0; i < g->n_nodes && seen; ++i)
    if (seen[i] && out->first[1] == NONE)
      out->first[out->first[0] == NONE ? 0 : 1] = i;
  lsn_free(seen);
  lsn_buf_free(&folded);
  return st;
}

static lsn_status
find_focus(const lsn_dgraph* g,
           const char*       focus,
           size_t*           out,
           lsn_diag_func     diag,
           void*             diag_handle)
{
  if ((*out = node_by_iri(g, focus)) != NONE)
    return LSN_OK;
  lsn_buf key;
  matches found = { 0, { NONE, NONE } };
  lsn_buf_init(&key, 0);
  lsn_status st = fold(&key, focus);
  if (!st && key.len)
    st = match_labels(g, key.data, LSN_LABEL_MAIN, &found);
  if (!st && key.len && !found.count)
    st = match_labels(g, key.data, LSN_LABEL_ALT, &found);
  lsn_buf_free(&key);
  if (st)
    return st;
  if (found.count == 1) {
    *out = found.first[0];
    return LSN_OK;
  }
  if (!found.count)
    lsn_draw_report(diag,
                    diag_handle,
                    LSN_ERROR,
                    LSN_ERR_BAD_ARG,
                    "no entity is named '%s' (give a label or an IRI)",
                    focus);
  else
    lsn_draw_report(diag,
                    diag_handle,
                    LSN_ERROR,
                    LSN_ERR_BAD_ARG,
                    "'%s' names %zu entities (<%s>, <%s>...): give an IRI",
                    focus,
                    found.count,
                    g->nodes[found.first[0]].iri,
                    g->nodes[found.first[1]].iri);
  return LSN_ERR_BAD_ARG;
}

/* Breadth-first over kept nodes, links followed both ways; an explicit
 * queue, so the input's shape cannot exhaust the stack. */
typedef struct {
  size_t* start; /* [n_nodes + 1] offsets into `next` */
  size_t* next;  /* [2 * n_edges] neighbours */
} adjacency;

static lsn_status
adjacency_build(adjacency* a, const lsn_dgraph* g)
{
  a->start = lsn_calloc(g->n_nodes + 2, sizeof *a->start);
  a->next  = lsn_malloc((2 * g->n_edges + 1) * sizeof *a->next);
  if (!a->start || !a->next)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < g->n_edges; ++i) {
    ++a->start[g->edges[i].from + 2];
    ++a->start[g->edges[i].to + 2];
  }
  for (size_t i = 2; i < g->n_nodes + 2; ++i)
    a->start[i] += a->start[i - 1];
  for (size_t i = 0; i < g->n_edges; ++i) {
    a->next[a->start[g->edges[i].from + 1]++] = g->edges[i].to;
    a->next[a->start[g->edges[i].to + 1]++]   = g->edges[i].from;
  }
  return LSN_OK;
}

static lsn_status
neighbourhood(const lsn_dgraph* g, bool* keep, size_t root, unsigned depth)
{
  adjacency  a     = { NULL, NULL };
  unsigned*  dist  = lsn_malloc((g->n_nodes + 1) * sizeof *dist);
  size_t*    queue = lsn_malloc((g->n_nodes + 1) * sizeof *queue);
  lsn_status st    = adjacency_build(&a, g);
  if (!st && (!dist || !queue))
    st = LSN_ERR_NOMEM;
  if (!st) {
    for (size_t i = 0; i < g->n_nodes; ++i)
      dist[i] = UINT_MAX;
    size_t head = 0, tail = 0;
    dist[root]    = 0;
    queue[tail++] = root;
    while (head < tail) {
      size_t n = queue[head++];
      if (dist[n] >= depth)
        continue;
      for (size_t j = a.start[n]; j < a.start[n + 1]; ++j) {
        size_t m = a.next[j];
        if (keep[m] && dist[m] == UINT_MAX) {
          dist[m]       = dist[n] + 1;
          queue[tail++] = m;
        }
      }
    }
    for (size_t i = 0; i < g->n_nodes; ++i)
      keep[i] = dist[i] != UINT_MAX;
  }
  lsn_free(a.start);
  lsn_free(a.next);
  lsn_free(dist);
  lsn_free(queue);
  return st;
}

lsn_status
lsn_dgraph_select(lsn_dgraph*   g,
                  uint32_t      view,
                  const char*   focus,
                  unsigned      depth,
                  lsn_diag_func diag,
                  void*         diag_handle)
{
  size_t     root = NONE;
  lsn_status st   = LSN_OK;
  if (!view)
    view = LSN_VIEW_ALL;
  if (focus)
    LSN_TRY(st, find_focus(g, focus, &root, diag, diag_handle));
  if (root != NONE && !(view & (1u << g->nodes[root].kind))) {
    lsn_draw_report(diag,
                    diag_handle,
                    LSN_ERROR,
                    LSN_ERR_BAD_ARG,
                    "'%s' is a %s, which the view leaves out",
                    focus,
                    lsn_dkind_style(g->nodes[root].kind)->name);
    return LSN_ERR_BAD_ARG;
  }
  bool* keep = lsn_malloc((g->n_nodes + 1) * sizeof *keep);
  if (!keep)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < g->n_nodes; ++i)
    keep[i] = (view & (1u << g->nodes[i].kind)) != 0;
  if (root != NONE)
    st = neighbourhood(g, keep, root, depth);
  if (!st)
    st = compact(g, keep);
  lsn_free(keep);
  return st;
}
