/* SPDX-License-Identifier: ISC */
/* Keeping what a drawing needs from a stream of triples: entity types,
 * labels, and links between resources.  Everything else is dropped on
 * arrival, so memory follows the entities, not the mentions. */
#include "draw/draw.h"
#include "graph/vocab.h"

#include <stdio.h>
#include <string.h>

/* Caps chosen so that a hostile file fails cleanly rather than exhausting
 * memory: far above any corpus liaison makes. */
#define MAX_TERMS ((size_t)1 << 24)
#define MAX_LINKS ((size_t)1 << 25)
#define MAX_LABELS ((size_t)1 << 25)

static const struct {
  const char* iri;
  lsn_dkind   kind;
} entity_types[] = {
  { FOAF "Person", LSN_DK_PERSON },
  { SCHEMA "Person", LSN_DK_PERSON },
  { ORG "Organization", LSN_DK_ORG },
  { ORG "FormalOrganization", LSN_DK_ORG },
  { ORG "OrganizationalUnit", LSN_DK_ORG },
  { SCHEMA "Organization", LSN_DK_ORG },
  { SCHEMA "Place", LSN_DK_PLACE },
  { SCHEMA "Event", LSN_DK_EVENT },
  { LSN_NS "Agreement", LSN_DK_AGREEMENT },
};

/* Predicates whose links never join two entities in liaison's output:
 * mentions, provenance and reified evidence (rdf:subject and friends). */
static const char* const skipped_namespaces[] = { NIF, ITSRDF, PROV, RDF };

lsn_status
lsn_dmodel_init(lsn_dmodel* model)
{
  memset(model, 0, sizeof *model);
  model->index = lsn_map_new();
  return model->index ? LSN_OK : LSN_ERR_NOMEM;
}

void
lsn_dmodel_clear(lsn_dmodel* model)
{
  for (size_t i = 0; i < model->n_terms; ++i)
    lsn_free(model->terms[i].iri);
  for (size_t i = 0; i < model->n_labels; ++i) {
    lsn_free(model->labels[i].lang);
    lsn_free(model->labels[i].value);
  }
  lsn_free(model->terms);
  lsn_free(model->labels);
  lsn_free(model->links);
  lsn_map_free(model->index);
  memset(model, 0, sizeof *model);
}

static bool
has_prefix(const char* str, const char* prefix)
{
  return !strncmp(str, prefix, strlen(prefix));
}

/* The key a term is known by: its IRI, or a blank node's id made distinct
 * per source (raptor numbers blank nodes afresh in each file). */
static lsn_status
term_key(lsn_buf* key, const lsn_dmodel* model, const lsn_term* term)
{
  if (term->kind == LSN_IRI)
    return lsn_buf_adds(key, term->value);
  return lsn_buf_printf(key, "_:%u.%s", model->generation, term->value);
}

static lsn_status
intern(lsn_dmodel* model, const lsn_term* term, size_t* out)
{
  lsn_buf key;
  lsn_buf_init(&key, 0);
  lsn_status st = term_key(&key, model, term);
  if (st || lsn_map_get(model->index, key.data, key.len, out))
    goto done;
  st = LSN_ERR_NOMEM;
  if (model->n_terms >= MAX_TERMS || lsn_grow((void**)&model->terms,
                                              &model->cap_terms,
                                              model->n_terms + 1,
                                              sizeof *model->terms))
    goto done;
  lsn_dterm t = { lsn_buf_take(&key), 0 };
  st          = lsn_map_put(model->index, t.iri, strlen(t.iri), model->n_terms);
  if (st) {
    lsn_free(t.iri);
    goto done;
  }
  *out                           = model->n_terms;
  model->terms[model->n_terms++] = t;
done:
  lsn_buf_free(&key);
  return st;
}

static lsn_status
add_type(lsn_dmodel* model, const lsn_triple* t)
{
  size_t term;
  for (size_t i = 0; i < sizeof entity_types / sizeof *entity_types; ++i) {
    if (strcmp(t->object.value, entity_types[i].iri))
      continue;
    lsn_status st = intern(model, &t->subject, &term);
    if (st)
      return st;
    model->terms[term].kinds |= 1u << entity_types[i].kind;
    return LSN_OK;
  }
  return LSN_OK; /* a type we do not draw */
}

static bool
label_rank(const char* pred, lsn_label_rank* out)
{
  if (!strcmp(pred, RDFS "label") || !strcmp(pred, SKOS "prefLabel"))
    *out = LSN_LABEL_MAIN;
  else if (!strcmp(pred, SKOS "altLabel") || !strcmp(pred, FOAF "name") ||
           !strcmp(pred, SCHEMA "name"))
    *out = LSN_LABEL_ALT;
  else
    return false;
  return true;
}

static lsn_status
add_label(lsn_dmodel* model, const lsn_triple* t, lsn_label_rank rank)
{
  lsn_dlabel label = { 0, rank, NULL, NULL };
  lsn_status st    = intern(model, &t->subject, &label.term);
  if (st)
    return st;
  if (model->n_labels >= MAX_LABELS || lsn_grow((void**)&model->labels,
                                                &model->cap_labels,
                                                model->n_labels + 1,
                                                sizeof *model->labels))
    return LSN_ERR_NOMEM;
  label.lang  = lsn_strdup(t->object.lang ? t->object.lang : "");
  label.value = lsn_strdup(t->object.value);
  if (!label.lang || !label.value) {
    lsn_free(label.lang);
    lsn_free(label.value);
    return LSN_ERR_NOMEM;
  }
  model->labels[model->n_labels++] = label;
  return LSN_OK;
}

static lsn_status
add_link(lsn_dmodel* model, const lsn_triple* t)
{
  for (size_t i = 0; i < sizeof skipped_namespaces / sizeof(char*); ++i)
    if (has_prefix(t->predicate.value, skipped_namespaces[i]))
      return LSN_OK;
  lsn_dlink  link;
  lsn_status st;
  LSN_TRY(st, intern(model, &t->subject, &link.s));
  LSN_TRY(st, intern(model, &t->predicate, &link.p));
  LSN_TRY(st, intern(model, &t->object, &link.o));
  if (model->n_links >= MAX_LINKS || lsn_grow((void**)&model->links,
                                              &model->cap_links,
                                              model->n_links + 1,
                                              sizeof *model->links))
    return LSN_ERR_NOMEM;
  model->links[model->n_links++] = link;
  return LSN_OK;
}

lsn_status
lsn_dmodel_add(lsn_dmodel* model, const lsn_triple* t)
{
  if (t->subject.kind == LSN_LITERAL || t->predicate.kind != LSN_IRI ||
      !t->subject.value || !t->predicate.value || !t->object.value)
    return LSN_OK; /* not a statement about a resource */
  lsn_label_rank rank;
  if (t->object.kind == LSN_LITERAL)
    return label_rank(t->predicate.value, &rank) ? add_label(model, t, rank)
                                                 : LSN_OK;
  if (!strcmp(t->predicate.value, RDF "type"))
    return t->object.kind == LSN_IRI ? add_type(model, t) : LSN_OK;
  return add_link(model, t);
}
