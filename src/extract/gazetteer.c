/* SPDX-License-Identifier: ISC */
/*
 * The gazetteer: known organisations and places, read from RDF data files
 * (data/gazetteer/NAME.ttl) through a triple sink, so that the io stage's
 * raptor2 reader can fill it.  Each subject becomes an entry with its type,
 * preferred labels per language, other labels, owl:sameAs and parent.
 */
#include "extract/extract.h"
#include "extract/gazetteer_internal.h"

#include <string.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define ORG "http://www.w3.org/ns/org#"
#define SCHEMA "http://schema.org/"
#define OWL_SAME_AS "http://www.w3.org/2002/07/owl#sameAs"
#define LSN_NS "https://w3id.org/liaison/ontology#"

lsn_gazetteer*
lsn_gazetteer_new(void)
{
  lsn_gazetteer* gaz = lsn_calloc(1, sizeof *gaz);
  if (gaz && !(gaz->by_iri = lsn_map_new())) {
    lsn_free(gaz);
    return NULL;
  }
  return gaz;
}

void
lsn_gazetteer_free(lsn_gazetteer* gaz)
{
  if (!gaz)
    return;
  for (size_t i = 0; i < gaz->n; ++i) {
    lsn_gaz_entry* e = &gaz->entries[i];
    lsn_free(e->iri);
    lsn_free(e->label_fr);
    lsn_free(e->label_en);
    lsn_free(e->same_as);
    lsn_free(e->head_fr);
    lsn_free(e->head_en);
    lsn_free(gaz->parent_iris[i]);
  }
  for (size_t i = 0; i < gaz->n_labels; ++i) {
    lsn_free(gaz->labels[i].form);
    lsn_free(gaz->labels[i].lang);
  }
  lsn_free(gaz->entries);
  lsn_free(gaz->parent_iris);
  lsn_free(gaz->labels);
  lsn_map_free(gaz->by_iri);
  lsn_free(gaz);
}

size_t
lsn_gazetteer_size(const lsn_gazetteer* gaz)
{
  return gaz->n;
}

const lsn_gaz_entry*
lsn_gazetteer_entry(const lsn_gazetteer* gaz, size_t index)
{
  return &gaz->entries[index];
}

static lsn_status
entry_for(lsn_gazetteer* gaz, const char* iri, size_t* out)
{
  if (lsn_map_get(gaz->by_iri, iri, strlen(iri), out))
    return LSN_OK;
  lsn_status st;
  size_t     cap = gaz->cap;
  LSN_TRY(
    st,
    lsn_grow((void**)&gaz->entries, &cap, gaz->n + 1, sizeof *gaz->entries));
  cap = gaz->cap;
  LSN_TRY(
    st,
    lsn_grow(
      (void**)&gaz->parent_iris, &cap, gaz->n + 1, sizeof *gaz->parent_iris));
  gaz->cap         = cap;
  lsn_gaz_entry* e = &gaz->entries[gaz->n];
  memset(e, 0, sizeof *e);
  e->type                  = LSN_N_TYPES; /* until rdf:type says */
  e->parent                = -1;
  gaz->parent_iris[gaz->n] = NULL;
  if (!(e->iri = lsn_strdup(iri)))
    return LSN_ERR_NOMEM;
  *out = gaz->n++;
  return lsn_map_put(gaz->by_iri, iri, strlen(iri), *out);
}

static int
type_of(const char* iri)
{
  static const struct {
    const char* iri;
    lsn_etype   type;
  } types[] = {
    { ORG "Organization", LSN_ORGANIZATION },
    { ORG "FormalOrganization", LSN_ORGANIZATION },
    { ORG "OrganizationalUnit", LSN_ORGANIZATION },
    { SCHEMA "Organization", LSN_ORGANIZATION },
    { "http://xmlns.com/foaf/0.1/Organization", LSN_ORGANIZATION },
    { SCHEMA "Place", LSN_PLACE },
    { SCHEMA "City", LSN_PLACE },
    { SCHEMA "Country", LSN_PLACE },
    { SCHEMA "AdministrativeArea", LSN_PLACE },
    { SCHEMA "Continent", LSN_PLACE },
    { "http://xmlns.com/foaf/0.1/Person", LSN_PERSON },
    { SCHEMA "Event", LSN_EVENT },
    { LSN_NS "Agreement", LSN_AGREEMENT },
  };
  for (size_t i = 0; i < sizeof types / sizeof *types; ++i)
    if (!strcmp(iri, types[i].iri))
      return (int)types[i].type;
  return -1;
}

static lsn_status
add_label(lsn_gazetteer*  gaz,
          size_t          entry,
          const lsn_term* object,
          int             preferred)
{
  lsn_status st;
  LSN_TRY(st,
          lsn_grow((void**)&gaz->labels,
                   &gaz->cap_labels,
                   gaz->n_labels + 1,
                   sizeof *gaz->labels));
  lsn_gaz_label* label = &gaz->labels[gaz->n_labels];
  label->entry         = entry;
  label->preferred     = preferred;
  label->form          = lsn_strdup(object->value);
  label->lang          = lsn_strdup(object->lang ? object->lang : "");
  if (!label->form || !label->lang) {
    lsn_free(label->form);
    lsn_free(label->lang);
    return LSN_ERR_NOMEM;
  }
  ++gaz->n_labels;
  lsn_gaz_entry* e = &gaz->entries[entry];
  if (preferred == 1 && object->lang) {
    char** slot = !strncmp(object->lang, "fr", 2)   ? &e->label_fr
                  : !strncmp(object->lang, "en", 2) ? &e->label_en
                                                    : NULL;
    if (slot && !*slot && !(*slot = lsn_strdup(object->value)))
      return LSN_ERR_NOMEM;
  }
  return LSN_OK;
}

static lsn_status
on_triple(void* handle, const lsn_triple* t)
{
  lsn_gazetteer* gaz = handle;
  const char*    p   = t->predicate.value;
  size_t         entry;
  lsn_status     st;
  if (t->subject.kind != LSN_IRI)
    return LSN_OK;
  LSN_TRY(st, entry_for(gaz, t->subject.value, &entry));
  lsn_gaz_entry* e = &gaz->entries[entry];
  if (!strcmp(p, RDF_TYPE)) {
    int type = type_of(t->object.value);
    if (!strcmp(t->object.value, SCHEMA "City"))
      e->place_kind = 1;
    else if (!strcmp(t->object.value, SCHEMA "Country"))
      e->place_kind = 2;
    if (type >= 0 && (e->type == LSN_N_TYPES || type == LSN_PLACE))
      e->type = (uint8_t)type;
  } else if (t->object.kind == LSN_LITERAL &&
             (!strcmp(p, SKOS "prefLabel") || !strcmp(p, SKOS "altLabel") ||
              !strcmp(p, SKOS "hiddenLabel"))) {
    return add_label(gaz, entry, &t->object, !strcmp(p, SKOS "prefLabel"));
  } else if (t->object.kind == LSN_LITERAL &&
             !strcmp(p, LSN_NS "ambiguousLabel")) {
    return add_label(gaz, entry, &t->object, LSN_LABEL_AMBIGUOUS);
  } else if (!strcmp(p, OWL_SAME_AS) && !e->same_as) {
    return (e->same_as = lsn_strdup(t->object.value)) ? LSN_OK : LSN_ERR_NOMEM;
  } else if ((!strcmp(p, ORG "subOrganizationOf") ||
              !strcmp(p, SCHEMA "containedInPlace")) &&
             !gaz->parent_iris[entry]) {
    gaz->parent_iris[entry] = lsn_strdup(t->object.value);
    return gaz->parent_iris[entry] ? LSN_OK : LSN_ERR_NOMEM;
  }
  return LSN_OK;
}

lsn_triple_sink
lsn_gazetteer_sink(lsn_gazetteer* gaz)
{
  lsn_triple_sink sink = { gaz, on_triple, NULL };
  return sink;
}

void
lsn_gazetteer_link_parents(lsn_gazetteer* gaz)
{
  for (size_t i = 0; i < gaz->n; ++i) {
    size_t parent;
    if (gaz->parent_iris[i] &&
        lsn_map_get(gaz->by_iri,
                    gaz->parent_iris[i],
                    strlen(gaz->parent_iris[i]),
                    &parent) &&
        parent != i)
      gaz->entries[i].parent = (int32_t)parent;
  }
}

size_t
lsn_gazetteer_n_labels(const lsn_gazetteer* gaz)
{
  return gaz->n_labels;
}

const char*
lsn_gazetteer_label(const lsn_gazetteer* gaz,
                    size_t               i,
                    size_t*              entry,
                    const char**         lang,
                    bool*                preferred)
{
  const lsn_gaz_label* l = &gaz->labels[i];
  *entry                 = l->entry;
  *lang                  = l->lang;
  *preferred             = l->preferred == 1;
  return l->form;
}
