/* SPDX-License-Identifier: ISC */
/*
 * Linking to other graphs (--link): the nodes of any RDF graph, indexed by
 * their labels (rdfs:label, skos:prefLabel, skos:altLabel, schema:name)
 * folded like every name in liaison.  An entity gets owl:sameAs a node only
 * when its labels point to that one node and to no other, and the node's
 * type, when the graph gives one liaison knows, is the entity's: a wrong
 * sameAs is worse than none.
 */
#include "graph/graph.h"
#include "graph/vocab.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  char*   iri;
  uint8_t type; /* lsn_etype, LSN_N_TYPES when unknown */
} link_node;

typedef struct {
  char*  key;  /* folded label */
  size_t node; /* index into nodes */
} link_label;

struct lsn_linker {
  link_node*  nodes;
  size_t      n_nodes, cap_nodes;
  lsn_map*    by_iri;
  link_label* labels;
  size_t      n_labels, cap_labels;
  lsn_map*    by_label; /* key -> first index in the sorted labels */
  bool        indexed;
};

lsn_linker*
lsn_linker_new(void)
{
  lsn_linker* l = lsn_calloc(1, sizeof *l);
  if (l && (!(l->by_iri = lsn_map_new()) || !(l->by_label = lsn_map_new()))) {
    lsn_linker_free(l);
    return NULL;
  }
  return l;
}

void
lsn_linker_free(lsn_linker* l)
{
  if (!l)
    return;
  for (size_t i = 0; i < l->n_nodes; ++i)
    lsn_free(l->nodes[i].iri);
  for (size_t i = 0; i < l->n_labels; ++i)
    lsn_free(l->labels[i].key);
  lsn_free(l->nodes);
  lsn_free(l->labels);
  lsn_map_free(l->by_iri);
  lsn_map_free(l->by_label);
  lsn_free(l);
}

static lsn_status
node_for(lsn_linker* l, const char* iri, size_t* out)
{
  if (lsn_map_get(l->by_iri, iri, strlen(iri), out))
    return LSN_OK;
  link_node  n = { lsn_strdup(iri), LSN_N_TYPES };
  lsn_status st;
  if (!n.iri)
    return LSN_ERR_NOMEM;
  LSN_PUSH(st, l->nodes, l->n_nodes, l->cap_nodes, n);
  if (st) {
    lsn_free(n.iri);
    return st;
  }
  *out = l->n_nodes - 1;
  return lsn_map_put(l->by_iri, iri, strlen(iri), *out);
}

static int
type_of_class(const char* iri)
{
  static const struct {
    const char* iri;
    lsn_etype   type;
  } classes[] = {
    { FOAF "Person", LSN_PERSON },
    { SCHEMA "Person", LSN_PERSON },
    { ORG "Organization", LSN_ORGANIZATION },
    { ORG "FormalOrganization", LSN_ORGANIZATION },
    { ORG "OrganizationalUnit", LSN_ORGANIZATION },
    { FOAF "Organization", LSN_ORGANIZATION },
    { SCHEMA "Organization", LSN_ORGANIZATION },
    { SCHEMA "GovernmentOrganization", LSN_ORGANIZATION },
    { SCHEMA "NGO", LSN_ORGANIZATION },
    { SCHEMA "Place", LSN_PLACE },
    { SCHEMA "City", LSN_PLACE },
    { SCHEMA "Country", LSN_PLACE },
    { SCHEMA "AdministrativeArea", LSN_PLACE },
    { SCHEMA "Event", LSN_EVENT },
    { LSN_NS "Agreement", LSN_AGREEMENT },
  };
  for (size_t i = 0; i < sizeof classes / sizeof *classes; ++i)
    if (!strcmp(iri, classes[i].iri))
      return (int)classes[i].type;
  return -1;
}

static bool
is_label_predicate(const char* p)
{
  return !strcmp(p, RDFS "label") || !strcmp(p, SKOS "prefLabel") ||
         !strcmp(p, SKOS "altLabel") || !strcmp(p, SCHEMA "name") ||
         !strcmp(p, "https://schema.org/name") || !strcmp(p, FOAF "name");
}

static lsn_status
on_triple(void* handle, const lsn_triple* t)
{
  lsn_linker* l = handle;
  size_t      node;
  lsn_status  st;
  if (t->subject.kind != LSN_IRI)
    return LSN_OK;
  if (!strcmp(t->predicate.value, RDF "type") && t->object.kind == LSN_IRI) {
    int type = type_of_class(t->object.value);
    if (type < 0)
      return LSN_OK;
    LSN_TRY(st, node_for(l, t->subject.value, &node));
    l->nodes[node].type = (uint8_t)type;
    return LSN_OK;
  }
  if (t->object.kind != LSN_LITERAL || !is_label_predicate(t->predicate.value))
    return LSN_OK;
  LSN_TRY(st, node_for(l, t->subject.value, &node));
  lsn_buf key;
  lsn_buf_init(&key, 4096);
  if ((st = lsn_fold(&key, t->object.value, strlen(t->object.value)))) {
    lsn_buf_free(&key);
    return st == LSN_ERR_NOMEM && key.len ? LSN_OK : st;
  }
  link_label lab = { lsn_buf_take(&key), node };
  LSN_PUSH(st, l->labels, l->n_labels, l->cap_labels, lab);
  if (st)
    lsn_free(lab.key);
  l->indexed = false;
  return st;
}

lsn_triple_sink
lsn_linker_sink(lsn_linker* l)
{
  lsn_triple_sink sink = { l, on_triple, NULL };
  return sink;
}

static int
cmp_labels(const void* a, const void* b)
{
  const link_label* x = a;
  const link_label* y = b;
  int               c = strcmp(x->key, y->key);
  return c ? c : (x->node > y->node) - (x->node < y->node);
}

static lsn_status
build_index(lsn_linker* l)
{
  /* A graph without labels leaves labels NULL: qsort(NULL, 0) is undefined */
  if (l->n_labels)
    qsort(l->labels, l->n_labels, sizeof *l->labels, cmp_labels);
  for (size_t i = l->n_labels; i > 0; --i) { /* first index of each key */
    lsn_status st = lsn_map_put(
      l->by_label, l->labels[i - 1].key, strlen(l->labels[i - 1].key), i - 1);
    if (st)
      return st;
  }
  l->indexed = true;
  return LSN_OK;
}

lsn_status
lsn_linker_match(lsn_linker*  l,
                 uint8_t      type,
                 const char** labels,
                 size_t       n,
                 const char** out)
{
  lsn_status st;
  size_t     found = SIZE_MAX;
  *out             = NULL;
  if (!l->indexed)
    LSN_TRY(st, build_index(l));
  lsn_buf key;
  lsn_buf_init(&key, 4096);
  for (size_t i = 0; i < n; ++i) {
    size_t first;
    lsn_buf_clear(&key);
    if ((st = lsn_fold(&key, labels[i], strlen(labels[i])))) {
      lsn_buf_free(&key);
      return st;
    }
    if (!key.len || !lsn_map_get(l->by_label, key.data, key.len, &first))
      continue;
    for (size_t k = first;
         k < l->n_labels && !strcmp(l->labels[k].key, key.data);
         ++k) {
      const link_node* node = &l->nodes[l->labels[k].node];
      if (node->type != LSN_N_TYPES && node->type != type)
        continue;
      if (found != SIZE_MAX && found != l->labels[k].node) {
        lsn_buf_free(&key);
        return LSN_OK; /* two candidates: no link */
      }
      found = l->labels[k].node;
    }
  }
  lsn_buf_free(&key);
  if (found != SIZE_MAX)
    *out = l->nodes[found].iri;
  return LSN_OK;
}
