/* SPDX-License-Identifier: ISC */
/*
 * Mapping to the ontology.  Strings are interned once (a term is a 32-bit
 * id), triples are small records, and the entity table keeps, for every
 * entity IRI, its type, the labels each document gave it, and its gazetteer
 * entry.  Labels are chosen only at emit time, from counts, so the result
 * does not depend on the order documents were added.
 */
#include "graph/graph.h"
#include "graph/vocab.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  uint32_t s, p, o;
  uint32_t lang;  /* 0: none */
  uint32_t dt;    /* 0: none */
  uint32_t graph; /* 0: default graph */
  uint8_t  okind; /* lsn_term_kind */
} rec;

typedef struct {
  uint32_t text, lang;
  uint32_t as_name; /* documents that chose it as the name */
  uint32_t seen;
} label_count;

typedef struct {
  uint32_t     iri;
  uint8_t      type;
  int32_t      gaz;
  label_count* labels;
  size_t       n_labels, cap_labels;
} entity_rec;

struct lsn_graph {
  char*        base;
  lsn_map*     strings;
  char**       strs;
  size_t       n_strs, cap_strs;
  rec*         recs;
  size_t       n_recs, cap_recs;
  lsn_map*     entities_by_iri;
  entity_rec*  entities;
  size_t       n_entities, cap_entities;
  lsn_linker** linkers; /* borrowed */
  size_t       n_linkers, cap_linkers;
  lsn_run_info run; /* strings borrowed */
  bool         has_run;
  uint32_t*    docs; /* document IRIs */
  size_t       n_docs, cap_docs;
};

static const lsn_graph* sort_graph; /* qsort has no context argument */

/* Strings ---------------------------------------------------------------- */

static lsn_status
intern(lsn_graph* g, const char* str, size_t len, uint32_t* out)
{
  size_t id;
  if (lsn_map_get(g->strings, str, len, &id)) {
    *out = (uint32_t)id;
    return LSN_OK;
  }
  char*      copy = lsn_strndup(str, len);
  lsn_status st   = copy ? LSN_OK : LSN_ERR_NOMEM;
  if (!st)
    LSN_PUSH(st, g->strs, g->n_strs, g->cap_strs, copy);
  if (st) {
    lsn_free(copy);
    return st;
  }
  *out = (uint32_t)(g->n_strs - 1);
  return lsn_map_put(g->strings, str, len, g->n_strs - 1);
}

static lsn_status
interns(lsn_graph* g, const char* str, uint32_t* out)
{
  return intern(g, str, strlen(str), out);
}

lsn_graph*
lsn_graph_new(const char* base)
{
  lsn_graph* g = lsn_calloc(1, sizeof *g);
  uint32_t   none;
  if (!g)
    return NULL;
  if (!(g->base = lsn_strdup(base)) || !(g->strings = lsn_map_new()) ||
      !(g->entities_by_iri = lsn_map_new()) ||
      interns(g, "", &none)) { /* id 0 is "none" */
    lsn_graph_free(g);
    return NULL;
  }
  return g;
}

void
lsn_graph_free(lsn_graph* g)
{
  if (!g)
    return;
  for (size_t i = 0; i < g->n_strs; ++i)
    lsn_free(g->strs[i]);
  for (size_t i = 0; i < g->n_entities; ++i)
    lsn_free(g->entities[i].labels);
  lsn_free(g->strs);
  lsn_free(g->recs);
  lsn_free(g->entities);
  lsn_free(g->linkers);
  lsn_free(g->docs);
  lsn_map_free(g->strings);
  lsn_map_free(g->entities_by_iri);
  lsn_free(g->base);
  lsn_free(g);
}

/* Triples ----------------------------------------------------------------- */

typedef struct {
  lsn_graph*            g;
  uint32_t              graph; /* the document's graph */
  uint32_t              doc;   /* the document's IRI */
  const char*           lang;
  const lsn_doc_result* doc_result;
  const lsn_gazetteer*  gaz;
  uint32_t*             entity_iris; /* per document entity */
  size_t*               token_cp;    /* per token: code points before it */
  char                  doc_id[17];
} mapper;

static lsn_status
put(lsn_graph*  g,
    uint32_t    graph,
    uint32_t    s,
    const char* p,
    uint8_t     okind,
    uint32_t    o,
    uint32_t    lang,
    uint32_t    dt)
{
  rec        r = { s, 0, o, lang, dt, graph, okind };
  lsn_status st;
  LSN_TRY(st, interns(g, p, &r.p));
  LSN_PUSH(st, g->recs, g->n_recs, g->cap_recs, r);
  return st;
}

static lsn_status
put_iri(lsn_graph* g, uint32_t graph, uint32_t s, const char* p, const char* o)
{
  uint32_t   id;
  lsn_status st;
  LSN_TRY(st, interns(g, o, &id));
  return put(g, graph, s, p, LSN_IRI, id, 0, 0);
}

static lsn_status
put_lit(lsn_graph*  g,
        uint32_t    graph,
        uint32_t    s,
        const char* p,
        const char* value,
        const char* lang,
        const char* dt)
{
  uint32_t   v, l = 0, d = 0;
  lsn_status st;
  LSN_TRY(st, interns(g, value, &v));
  if (lang)
    LSN_TRY(st, interns(g, lang, &l));
  if (dt)
    LSN_TRY(st, interns(g, dt, &d));
  return put(g, graph, s, p, LSN_LITERAL, v, l, d);
}

static lsn_status
put_uint(lsn_graph* g, uint32_t graph, uint32_t s, const char* p, size_t n)
{
  char num[24];
  snprintf(num, sizeof num, "%zu", n);
  return put_lit(g, graph, s, p, num, NULL, XSD "nonNegativeInteger");
}

/* IRIs -------------------------------------------------------------------- */

static const char*
type_path(uint8_t type)
{
  static const char* const paths[] = {
    "person/", "organization/", "place/", "event/", "agreement/"
  };
  return type < LSN_N_TYPES ? paths[type] : "thing/";
}

static const char*
local_name(const char* iri)
{
  const char* slash = strrchr(iri, '/');
  const char* hash  = strrchr(iri, '#');
  const char* cut   = hash > slash ? hash : slash;
  return cut ? cut + 1 : iri;
}

static lsn_status
mint(lsn_graph* g, const char* path, const char* name, uint32_t* out)
{
  lsn_buf    iri;
  lsn_status st;
  lsn_buf_init(&iri, 0);
  if (!(st = lsn_buf_printf(&iri, "%s%s", g->base, path)) &&
      !(st = lsn_slug(&iri, name)))
    st = intern(g, iri.data, iri.len, out);
  lsn_buf_free(&iri);
  return st;
}

/* Entity table ------------------------------------------------------------ */

static lsn_status
entity_for(lsn_graph*   g,
           uint32_t     iri,
           uint8_t      type,
           int32_t      gaz,
           entity_rec** out)
{
  size_t      index;
  const char* key = g->strs[iri];
  lsn_status  st;
  if (!lsn_map_get(g->entities_by_iri, key, strlen(key), &index)) {
    entity_rec e = { iri, type, gaz, NULL, 0, 0 };
    LSN_PUSH(st, g->entities, g->n_entities, g->cap_entities, e);
    if (st)
      return st;
    index = g->n_entities - 1;
    LSN_TRY(st, lsn_map_put(g->entities_by_iri, key, strlen(key), index));
  }
  *out = &g->entities[index];
  return LSN_OK;
}

static lsn_status
count_label(lsn_graph*  g,
            entity_rec* e,
            const char* text,
            const char* lang,
            bool        as_name)
{
  uint32_t   t, l;
  lsn_status st;
  LSN_TRY(st, interns(g, text, &t));
  LSN_TRY(st, interns(g, lang, &l));
  for (size_t i = 0; i < e->n_labels; ++i)
    if (e->labels[i].text == t && e->labels[i].lang == l) {
      e->labels[i].as_name += as_name;
      ++e->labels[i].seen;
      return LSN_OK;
    }
  label_count lc = { t, l, as_name, 1 };
  LSN_PUSH(st, e->labels, e->n_labels, e->cap_labels, lc);
  return st;
}

/* The language a gazetteer label carries, as "fr" or "en". */
static const char*
short_lang(const char* lang)
{
  return !strncmp(lang, "en", 2) ? "en" : !strncmp(lang, "fr", 2) ? "fr" : lang;
}

static lsn_status
add_gaz_facts(mapper* mp, entity_rec* e, int32_t gaz)
{
  const lsn_gaz_entry* ge = lsn_gazetteer_entry(mp->gaz, (size_t)gaz);
  lsn_status           st;
  for (size_t i = 0; i < lsn_gazetteer_n_labels(mp->gaz); ++i) {
    size_t      entry;
    const char* lang;
    bool        preferred;
    const char* form =
      lsn_gazetteer_label(mp->gaz, i, &entry, &lang, &preferred);
    if ((int32_t)entry == gaz)
      LSN_TRY(st, count_label(mp->g, e, form, short_lang(lang), preferred));
  }
  if (ge->same_as)
    LSN_TRY(st, put_iri(mp->g, 0, e->iri, OWL "sameAs", ge->same_as));
  return LSN_OK;
}

static lsn_status
gazetteer_entity(mapper* mp, int32_t gaz, uint32_t* out)
{
  const lsn_gaz_entry* ge = lsn_gazetteer_entry(mp->gaz, (size_t)gaz);
  entity_rec*          e;
  lsn_status           st;
  LSN_TRY(st, mint(mp->g, type_path(ge->type), local_name(ge->iri), out));
  bool fresh = !lsn_map_get(
    mp->g->entities_by_iri, mp->g->strs[*out], strlen(mp->g->strs[*out]), NULL);
  LSN_TRY(st, entity_for(mp->g, *out, ge->type, gaz, &e));
  return fresh ? add_gaz_facts(mp, e, gaz) : LSN_OK;
}

static lsn_status
map_entity(mapper* mp, const lsn_entity* ent, uint32_t* out)
{
  entity_rec* e;
  lsn_status  st;
  if (ent->gaz >= 0 && mp->gaz)
    LSN_TRY(st, gazetteer_entity(mp, ent->gaz, out));
  else
    LSN_TRY(st, mint(mp->g, type_path(ent->type), ent->name, out));
  LSN_TRY(st, entity_for(mp->g, *out, ent->type, ent->gaz, &e));
  LSN_TRY(st, count_label(mp->g, e, ent->name, mp->lang, ent->gaz < 0));
  for (size_t i = 0; i < ent->n_alts; ++i)
    LSN_TRY(st, count_label(mp->g, e, ent->alts[i], mp->lang, false));
  return LSN_OK;
}

/* Provenance -------------------------------------------------------------- */

static size_t
cp_offset(const mapper* mp, size_t byte)
{
  /* The token holding `byte` (or the last before it), then code points
   * inside it: offsets cost a search, not a scan of the document. */
  const lsn_text* t  = mp->doc_result->text;
  size_t          lo = 0, hi = t->n_tokens;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (t->tokens[mid].start <= byte)
      lo = mid;
    else
      hi = mid;
  }
  if (!t->n_tokens || t->tokens[lo].start > byte)
    return lsn_codepoints(t->text, byte);
  return mp->token_cp[lo] + lsn_codepoints(t->text + t->tokens[lo].start,
                                           byte - t->tokens[lo].start);
}

static lsn_status
span_node(mapper*     mp,
          uint32_t    start,
          uint32_t    end,
          const char* cls,
          uint32_t*   out)
{
  const lsn_text* t = mp->doc_result->text;
  size_t          b = cp_offset(mp, start),
         e          = b + lsn_codepoints(t->text + start, end - start);
  lsn_buf    iri;
  lsn_status st;
  lsn_buf_init(&iri, 0);
  st = lsn_buf_printf(&iri, "%s#char=%zu,%zu", mp->g->strs[mp->doc], b, e);
  if (!st)
    st = intern(mp->g, iri.data, iri.len, out);
  lsn_buf_free(&iri);
  if (st)
    return st;
  LSN_TRY(st, put_iri(mp->g, mp->graph, *out, RDF "type", cls));
  LSN_TRY(st, put_iri(mp->g, mp->graph, *out, RDF "type", NIF "String"));
  LSN_TRY(
    st,
    put(
      mp->g, mp->graph, *out, NIF "referenceContext", LSN_IRI, mp->doc, 0, 0));
  LSN_TRY(st, put_uint(mp->g, mp->graph, *out, NIF "beginIndex", b));
  return put_uint(mp->g, mp->graph, *out, NIF "endIndex", e);
}

static lsn_status
map_mentions(mapper* mp)
{
  const lsn_doc_result* r = mp->doc_result;
  lsn_status            st;
  for (size_t i = 0; i < r->n_mentions; ++i) {
    const lsn_mention* m = &r->mentions[i];
    uint32_t           node;
    if (m->entity < 0)
      continue;
    LSN_TRY(st, span_node(mp, m->start, m->end, NIF "Phrase", &node));
    char* anchor = lsn_strndup(r->text->text + m->start, m->end - m->start);
    if (!anchor)
      return LSN_ERR_NOMEM;
    st = put_lit(mp->g, mp->graph, node, NIF "anchorOf", anchor, NULL, NULL);
    lsn_free(anchor);
    if (st)
      return st;
    LSN_TRY(st,
            put(mp->g,
                mp->graph,
                node,
                ITSRDF "taIdentRef",
                LSN_IRI,
                mp->entity_iris[m->entity],
                0,
                0));
  }
  return LSN_OK;
}

static lsn_status
map_document_node(mapper* mp, const char* name, const char* sha256)
{
  lsn_graph*      g = mp->g;
  const lsn_text* t = mp->doc_result->text;
  lsn_status      st;
  LSN_TRY(st, put_iri(g, mp->graph, mp->doc, RDF "type", LSN_NS "Document"));
  LSN_TRY(st, put_iri(g, mp->graph, mp->doc, RDF "type", NIF "Context"));
  LSN_TRY(st,
          put_lit(g, mp->graph, mp->doc, LSN_NS "fileName", name, NULL, NULL));
  LSN_TRY(st,
          put_lit(g, mp->graph, mp->doc, LSN_NS "sha256", sha256, NULL, NULL));
  LSN_TRY(
    st,
    put_lit(g, mp->graph, mp->doc, DCTERMS "language", mp->lang, NULL, NULL));
  char* whole = lsn_strndup(t->text, t->len);
  if (!whole)
    return LSN_ERR_NOMEM;
  st = put_lit(g, mp->graph, mp->doc, NIF "isString", whole, NULL, NULL);
  lsn_free(whole);
  if (st)
    return st;
  LSN_TRY(st, put_uint(g, mp->graph, mp->doc, NIF "beginIndex", 0));
  return put_uint(
    g, mp->graph, mp->doc, NIF "endIndex", lsn_codepoints(t->text, t->len));
}

/* Relations --------------------------------------------------------------- */

static const char*
predicate_of(lsn_rel_kind kind)
{
  switch (kind) {
  case LSN_R_JOB_TITLE:
    return SCHEMA "jobTitle";
  case LSN_R_MEMBER_OF:
    return ORG "memberOf";
  case LSN_R_HEAD_OF:
    return ORG "headOf";
  case LSN_R_SUB_ORGANIZATION_OF:
    return ORG "subOrganizationOf";
  case LSN_R_LOCATION:
    return SCHEMA "location";
  case LSN_R_START_DATE:
    return SCHEMA "startDate";
  case LSN_R_END_DATE:
    return SCHEMA "endDate";
  case LSN_R_ORGANIZER:
    return SCHEMA "organizer";
  case LSN_R_ATTENDEE:
    return SCHEMA "attendee";
  case LSN_R_PARTY:
    return LSN_NS "party";
  case LSN_R_SIGNED_AT:
    return LSN_NS "signedAt";
  case LSN_R_SIGNED_BY:
    return LSN_NS "signedBy";
  case LSN_R_SIGNED_ON:
    return LSN_NS "signedOn";
  default:
    return NULL;
  }
}

static bool
is_date_relation(lsn_rel_kind kind)
{
  return kind == LSN_R_START_DATE || kind == LSN_R_END_DATE ||
         kind == LSN_R_SIGNED_ON;
}

/* The nif:Sentence node of sentence `sent` of the document. */
static lsn_status
sentence_node(mapper* mp, uint32_t sent, uint32_t* out)
{
  const lsn_text*     t  = mp->doc_result->text;
  const lsn_sentence* se = &t->sents[sent];
  return span_node(mp,
                   t->tokens[se->first].start,
                   t->tokens[se->first + se->count - 1].end,
                   NIF "Sentence",
                   out);
}

/* `<base><kind>/<document>-<hash of key>`: nodes named by what they say,
 * so that they keep their IRI whatever else the document holds. */
static lsn_status
mint_hashed(mapper*        mp,
            const char*    kind,
            const lsn_buf* key,
            int            digits,
            uint32_t*      out)
{
  uint64_t   hash = lsn_hash_bytes(key->data, key->len);
  lsn_buf    iri;
  lsn_status st;
  if (digits < 16)
    hash &= ((uint64_t)1 << (4 * digits)) - 1;
  lsn_buf_init(&iri, 0);
  st = lsn_buf_printf(&iri,
                      "%s%s/%s-%0*llx",
                      mp->g->base,
                      kind,
                      mp->doc_id,
                      digits,
                      (unsigned long long)hash);
  if (!st)
    st = intern(mp->g, iri.data, iri.len, out);
  lsn_buf_free(&iri);
  return st;
}

/* The evidence of a fact: an rdf:Statement naming it, derived from the
 * sentence it was read in. */
static lsn_status
evidence(mapper*     mp,
         uint32_t    s,
         const char* p,
         uint8_t     okind,
         uint32_t    o,
         uint32_t    lang,
         uint32_t    dt,
         uint32_t    sent)
{
  lsn_graph* g = mp->g;
  if (sent == LSN_NO_SENTENCE)
    return LSN_OK;
  uint32_t   sentence, node;
  lsn_status st;
  lsn_buf    key;
  LSN_TRY(st, sentence_node(mp, sent, &sentence));
  lsn_buf_init(&key, 0);
  st = lsn_buf_printf(&key,
                      "%s %s %s %u %s",
                      g->strs[s],
                      p,
                      g->strs[o],
                      (unsigned)okind,
                      g->strs[sentence]);
  if (!st)
    st = mint_hashed(mp, "statement", &key, 16, &node);
  lsn_buf_free(&key);
  if (st)
    return st;
  LSN_TRY(st, put_iri(g, mp->graph, node, RDF "type", RDF "Statement"));
  LSN_TRY(st, put(g, mp->graph, node, RDF "subject", LSN_IRI, s, 0, 0));
  LSN_TRY(st, put_iri(g, mp->graph, node, RDF "predicate", p));
  LSN_TRY(st, put(g, mp->graph, node, RDF "object", okind, o, lang, dt));
  return put(
    g, mp->graph, node, PROV "wasDerivedFrom", LSN_IRI, sentence, 0, 0);
}

static lsn_status
fact(mapper*     mp,
     uint32_t    s,
     const char* p,
     uint8_t     okind,
     uint32_t    o,
     uint32_t    lang,
     uint32_t    dt,
     uint32_t    sent)
{
  lsn_status st;
  LSN_TRY(st, put(mp->g, 0, s, p, okind, o, lang, dt));
  return evidence(mp, s, p, okind, o, lang, dt, sent);
}

static lsn_status
map_membership(mapper* mp, const lsn_relation* r, uint32_t person, uint32_t org)
{
  lsn_graph* g = mp->g;
  uint32_t   node, role, label, lang;
  lsn_buf    iri;
  lsn_status st;
  lsn_buf_init(&iri, 0);
  st = lsn_buf_printf(
    &iri, "%smembership/%s--", g->base, local_name(g->strs[person]));
  if (!st)
    st = lsn_buf_adds(&iri, local_name(g->strs[org]));
  if (!st)
    st = intern(g, iri.data, iri.len, &node);
  lsn_buf_free(&iri);
  if (st)
    return st;
  LSN_TRY(st, mint(g, "role/", r->literal, &role));
  LSN_TRY(st, interns(g, r->literal, &label));
  LSN_TRY(st, interns(g, mp->lang, &lang));
  LSN_TRY(st, put_iri(g, 0, node, RDF "type", ORG "Membership"));
  LSN_TRY(st, put(g, 0, node, ORG "member", LSN_IRI, person, 0, 0));
  LSN_TRY(st, put(g, 0, node, ORG "organization", LSN_IRI, org, 0, 0));
  LSN_TRY(st, put(g, 0, node, ORG "role", LSN_IRI, role, 0, 0));
  LSN_TRY(st, put_iri(g, 0, role, RDF "type", ORG "Role"));
  LSN_TRY(st, put(g, 0, role, RDFS "label", LSN_LITERAL, label, lang, 0));
  return evidence(mp, node, ORG "role", LSN_IRI, role, 0, 0, r->sent);
}

static lsn_status
map_commitment(mapper* mp, const lsn_relation* r, uint32_t subject)
{
  lsn_graph* g = mp->g;
  uint32_t   node, text, lang;
  lsn_buf    key;
  lsn_status st;
  /* Named by who committed, to what, and where it is said. */
  lsn_buf_init(&key, 0);
  st = lsn_buf_printf(
    &key, "%s %s %u", g->strs[subject], r->literal, (unsigned)r->sent);
  if (!st)
    st = mint_hashed(mp, "commitment", &key, 8, &node);
  lsn_buf_free(&key);
  if (st)
    return st;
  LSN_TRY(st, interns(g, r->literal, &text));
  LSN_TRY(st, interns(g, mp->lang, &lang));
  LSN_TRY(st, put_iri(g, 0, node, RDF "type", LSN_NS "Commitment"));
  LSN_TRY(st, put(g, 0, node, LSN_NS "committedBy", LSN_IRI, subject, 0, 0));
  LSN_TRY(st,
          put(g, 0, node, LSN_NS "commitmentText", LSN_LITERAL, text, lang, 0));
  if (r->sent != LSN_NO_SENTENCE) {
    uint32_t sentence;
    LSN_TRY(st, sentence_node(mp, r->sent, &sentence));
    LSN_TRY(st,
            put(g, 0, node, PROV "wasDerivedFrom", LSN_IRI, sentence, 0, 0));
  }
  return evidence(
    mp, node, LSN_NS "committedBy", LSN_IRI, subject, 0, 0, r->sent);
}

static lsn_status
map_relation(mapper* mp, const lsn_relation* r)
{
  lsn_graph* g = mp->g;
  uint32_t   s = mp->entity_iris[r->subject], o, lang = 0, dt = 0;
  lsn_status st;
  if (r->kind == LSN_R_COMMITMENT)
    return map_commitment(mp, r, s);
  if (r->kind == LSN_R_MEMBERSHIP)
    return map_membership(mp, r, s, mp->entity_iris[r->object]);
  const char* p = predicate_of((lsn_rel_kind)r->kind);
  if (!p)
    return LSN_OK;
  if (r->object >= 0)
    return fact(mp, s, p, LSN_IRI, mp->entity_iris[r->object], 0, 0, r->sent);
  LSN_TRY(st, interns(g, r->literal, &o));
  if (is_date_relation((lsn_rel_kind)r->kind))
    LSN_TRY(st, interns(g, XSD "date", &dt));
  else
    LSN_TRY(st, interns(g, mp->lang, &lang));
  return fact(mp, s, p, LSN_LITERAL, o, lang, dt, r->sent);
}

lsn_status
lsn_graph_add_document(lsn_graph*            g,
                       const char*           name,
                       const char*           sha256,
                       const lsn_doc_result* doc,
                       const lsn_gazetteer*  gazetteer)
{
  mapper     mp = { g, 0, 0, doc->lang, doc, gazetteer, NULL, NULL, { 0 } };
  lsn_status st;
  lsn_buf    iri;
  memcpy(mp.doc_id, sha256, 16);
  lsn_buf_init(&iri, 0);
  st = lsn_buf_printf(&iri, "%sdocument/%s", g->base, mp.doc_id);
  if (!st)
    st = intern(g, iri.data, iri.len, &mp.doc);
  lsn_buf_free(&iri);
  if (st)
    return st;
  mp.graph = mp.doc;
  LSN_PUSH(st, g->docs, g->n_docs, g->cap_docs, mp.doc);
  if (st)
    return st;
  if (!(mp.entity_iris =
          lsn_calloc(doc->n_entities + 1, sizeof *mp.entity_iris)) ||
      !(mp.token_cp =
          lsn_malloc((doc->text->n_tokens + 1) * sizeof *mp.token_cp))) {
    lsn_free(mp.entity_iris);
    return LSN_ERR_NOMEM;
  }
  for (size_t i = 0, cp = 0, at = 0; i < doc->text->n_tokens; ++i) {
    cp += lsn_codepoints(doc->text->text + at, doc->text->tokens[i].start - at);
    at             = doc->text->tokens[i].start;
    mp.token_cp[i] = cp;
  }
  st = map_document_node(&mp, name, sha256);
  for (size_t i = 0; !st && i < doc->n_entities; ++i)
    st = map_entity(&mp, &doc->entities[i], &mp.entity_iris[i]);
  if (!st)
    st = map_mentions(&mp);
  for (size_t i = 0; !st && i < doc->n_relations; ++i)
    st = map_relation(&mp, &doc->relations[i]);
  lsn_free(mp.entity_iris);
  lsn_free(mp.token_cp);
  return st;
}

/* Emitting ---------------------------------------------------------------- */

static const char* const type_iris[LSN_N_TYPES][2] = {
  { FOAF "Person", NULL },      { ORG "Organization", NULL },
  { SCHEMA "Place", NULL },     { SCHEMA "Event", NULL },
  { LSN_NS "Agreement", NULL },
};

static int
better_label(const lsn_graph* g, const label_count* a, const label_count* b)
{
  if (a->as_name != b->as_name)
    return a->as_name > b->as_name;
  size_t la = strlen(g->strs[a->text]), lb = strlen(g->strs[b->text]);
  if (la != lb)
    return la > lb;
  return strcmp(g->strs[a->text], g->strs[b->text]) < 0;
}

/* rdfs:label: per language, the form most documents chose as the name
 * (then the longest, then the first in code-point order); every other form
 * is a skos:altLabel. */
static lsn_status
emit_entity_facts(lsn_graph* g, const entity_rec* e)
{
  lsn_status st;
  LSN_TRY(st, put_iri(g, 0, e->iri, RDF "type", type_iris[e->type][0]));
  for (size_t i = 0; i < e->n_labels; ++i) {
    const label_count* l    = &e->labels[i];
    bool               best = true;
    for (size_t k = 0; k < e->n_labels && best; ++k)
      if (k != i && e->labels[k].lang == l->lang &&
          better_label(g, &e->labels[k], l))
        best = false;
    LSN_TRY(st,
            put(g,
                0,
                e->iri,
                best ? RDFS "label" : SKOS "altLabel",
                LSN_LITERAL,
                l->text,
                l->lang,
                0));
  }
  return LSN_OK;
}

/* Acronyms defined in the corpus ---------------------------------------- */

/* Is every label of `e` a single upper-case word (an acronym used alone)? */
static bool
acronym_only(const lsn_graph* g, const entity_rec* e)
{
  for (size_t i = 0; i < e->n_labels; ++i)
    for (const char* p = g->strs[e->labels[i].text]; *p; ++p)
      if (*p == ' ' || (*p >= 'a' && *p <= 'z'))
        return false;
  return e->n_labels > 0 && e->gaz < 0;
}

static bool
has_label(const entity_rec* e, uint32_t text)
{
  for (size_t i = 0; i < e->n_labels; ++i)
    if (e->labels[i].text == text)
      return true;
  return false;
}

/* A document that uses "ROAMC" alone speaks of the body another document
 * defined as "Réseau ouest-africain ... (ROAMC)", if one and only one body
 * of the corpus carries that acronym: the acronym's entity is redirected to
 * it (*out, or -1). */
static void
corpus_acronym_target(const lsn_graph* g, size_t i, int32_t* out)
{
  const entity_rec* e     = &g->entities[i];
  int32_t           found = -1;
  *out                    = -1;
  if (!acronym_only(g, e))
    return;
  for (size_t k = 0; k < g->n_entities; ++k) {
    const entity_rec* o = &g->entities[k];
    if (k == i || o->type != e->type || acronym_only(g, o))
      continue;
    for (size_t l = 0; l < e->n_labels; ++l)
      if (has_label(o, e->labels[l].text)) {
        if (found >= 0 && found != (int32_t)k)
          return; /* two bodies share it: leave it alone */
        found = (int32_t)k;
      }
  }
  *out = found;
}

/* Labels of a redirected acronym become other labels of its target. */
static lsn_status
emit_redirected(lsn_graph* g, const entity_rec* e, const entity_rec* target)
{
  lsn_status st;
  for (size_t i = 0; i < e->n_labels; ++i)
    if (!has_label(target, e->labels[i].text))
      LSN_TRY(st,
              put(g,
                  0,
                  target->iri,
                  SKOS "altLabel",
                  LSN_LITERAL,
                  e->labels[i].text,
                  e->labels[i].lang,
                  0));
  return LSN_OK;
}

/* Rewrite redirected IRIs; `target` maps a string id to its new id (0:
 * unchanged), so this is one pass whatever the number of redirects. */
static void
redirect_iris(rec* recs, size_t n, const uint32_t* target)
{
  for (size_t i = 0; i < n; ++i) {
    if (target[recs[i].s])
      recs[i].s = target[recs[i].s];
    if (recs[i].okind == LSN_IRI && target[recs[i].o])
      recs[i].o = target[recs[i].o];
  }
}

void
lsn_graph_add_linker(lsn_graph* g, lsn_linker* linker)
{
  lsn_status st;
  LSN_PUSH(st, g->linkers, g->n_linkers, g->cap_linkers, linker);
  (void)st; /* out of memory: no link, which is never wrong */
}

/* owl:sameAs the node of each linked graph that the entity's labels name,
 * when only one does. */
static lsn_status
emit_links(lsn_graph* g, const entity_rec* e)
{
  const char** labels = lsn_malloc((e->n_labels + 1) * sizeof *labels);
  lsn_status   st     = labels ? LSN_OK : LSN_ERR_NOMEM;
  for (size_t i = 0; !st && i < e->n_labels; ++i)
    labels[i] = g->strs[e->labels[i].text];
  for (size_t k = 0; !st && k < g->n_linkers; ++k) {
    const char* iri = NULL;
    st = lsn_linker_match(g->linkers[k], e->type, labels, e->n_labels, &iri);
    if (!st && iri && strcmp(iri, g->strs[e->iri]))
      st = put_iri(g, 0, e->iri, OWL "sameAs", iri);
  }
  lsn_free(labels);
  return st;
}

void
lsn_graph_set_run(lsn_graph* g, const lsn_run_info* run)
{
  g->run     = *run;
  g->has_run = true;
}

static int
cmp_doc_iris(const void* a, const void* b)
{
  return strcmp(sort_graph->strs[*(const uint32_t*)a],
                sort_graph->strs[*(const uint32_t*)b]);
}

static lsn_status
emit_model(lsn_graph* g, uint32_t run, const char* lang, const char* sha)
{
  uint32_t   model;
  lsn_buf    iri;
  lsn_status st;
  lsn_buf_init(&iri, 0);
  st = lsn_buf_printf(&iri, "%smodel/%s-%.16s", g->base, lang, sha);
  if (!st)
    st = intern(g, iri.data, iri.len, &model);
  lsn_buf_free(&iri);
  if (st)
    return st;
  LSN_TRY(st, put_iri(g, 0, model, RDF "type", PROV "Entity"));
  LSN_TRY(st, put_lit(g, 0, model, LSN_NS "sha256", sha, NULL, NULL));
  LSN_TRY(st, put_lit(g, 0, model, RDFS "label", lang, NULL, NULL));
  return put(g, 0, run, PROV "used", LSN_IRI, model, 0, 0);
}

/* The run: its IRI hashes what it was (version, models, documents), so the
 * same run over the same documents is the same node, in any order. */
static lsn_status
emit_run(lsn_graph* g)
{
  lsn_buf    key;
  uint32_t   run, agent;
  lsn_status st = LSN_OK;
  sort_graph    = g;
  qsort(g->docs, g->n_docs, sizeof *g->docs, cmp_doc_iris);
  lsn_buf_init(&key, 0);
  st = lsn_buf_printf(&key,
                      "%s %s %s",
                      g->run.version,
                      g->run.model_sha[0] ? g->run.model_sha[0] : "-",
                      g->run.model_sha[1] ? g->run.model_sha[1] : "-");
  for (size_t i = 0; !st && i < g->n_docs; ++i)
    st = lsn_buf_printf(&key, " %s", g->strs[g->docs[i]]);
  char hex[65];
  if (!st)
    lsn_sha256_hex(key.data, key.len, hex);
  lsn_buf_clear(&key);
  if (!st)
    st = lsn_buf_printf(&key, "%srun/%.16s", g->base, hex);
  if (!st)
    st = intern(g, key.data, key.len, &run);
  lsn_buf_clear(&key);
  if (!st)
    st = lsn_buf_printf(&key, "liaison %s", g->run.version);
  if (!st) /* the version's dots are not slug characters */
    st = mint(g, "software/", key.data, &agent);
  lsn_buf_free(&key);
  if (st)
    return st;
  LSN_TRY(st, put_iri(g, 0, run, RDF "type", PROV "Activity"));
  LSN_TRY(st, put_lit(g, 0, run, RDFS "label", "liaison extract", NULL, NULL));
  LSN_TRY(st, put(g, 0, run, PROV "wasAssociatedWith", LSN_IRI, agent, 0, 0));
  LSN_TRY(st, put_iri(g, 0, agent, RDF "type", PROV "SoftwareAgent"));
  LSN_TRY(st, put_lit(g, 0, agent, RDFS "label", "liaison", NULL, NULL));
  LSN_TRY(
    st,
    put_lit(g, 0, agent, SCHEMA "softwareVersion", g->run.version, NULL, NULL));
  for (int l = 0; l < 2; ++l)
    if (g->run.model_sha[l])
      LSN_TRY(st, emit_model(g, run, l ? "en" : "fr", g->run.model_sha[l]));
  for (size_t i = 0; i < g->n_docs; ++i)
    LSN_TRY(st, put(g, 0, run, PROV "used", LSN_IRI, g->docs[i], 0, 0));
  if (g->run.started)
    LSN_TRY(
      st,
      put_lit(
        g, 0, run, PROV "startedAtTime", g->run.started, NULL, XSD "dateTime"));
  return LSN_OK;
}

static int
cmp_str(uint32_t a, uint32_t b)
{
  return a == b ? 0 : strcmp(sort_graph->strs[a], sort_graph->strs[b]);
}

static int
cmp_rec(const void* va, const void* vb)
{
  const rec* a = va;
  const rec* b = vb;
  int        c;
  if ((c = cmp_str(a->graph, b->graph)) || (c = cmp_str(a->s, b->s)) ||
      (c = cmp_str(a->p, b->p)) || (c = (int)a->okind - (int)b->okind) ||
      (c = cmp_str(a->o, b->o)) || (c = cmp_str(a->lang, b->lang)))
    return c;
  return cmp_str(a->dt, b->dt);
}

static lsn_term
term_of(const lsn_graph* g,
        uint8_t          kind,
        uint32_t         id,
        uint32_t         lang,
        uint32_t         dt)
{
  lsn_term t = { (lsn_term_kind)kind,
                 g->strs[id],
                 lang ? g->strs[lang] : NULL,
                 dt ? g->strs[dt] : NULL };
  return t;
}

lsn_status
lsn_graph_emit(const lsn_graph* cg, const lsn_triple_sink* sink, bool quads)
{
  /* Entity facts are added for the time of this call only, so emitting
   * twice gives the same triples twice. */
  lsn_graph* g     = (lsn_graph*)cg;
  size_t     saved = g->n_recs;
  lsn_status st    = LSN_OK;
  /* Redirects are noted as pairs, then indexed once every string exists. */
  uint32_t* from        = lsn_calloc(g->n_entities + 1, sizeof *from);
  uint32_t* to_iri      = lsn_calloc(g->n_entities + 1, sizeof *to_iri);
  uint32_t* target      = NULL;
  size_t    n_redirects = 0;
  if (!from || !to_iri)
    st = LSN_ERR_NOMEM;
  if (!st && g->has_run)
    st = emit_run(g);
  for (size_t i = 0; !st && i < g->n_entities; ++i) {
    int32_t to;
    corpus_acronym_target(g, i, &to);
    if (to >= 0) {
      from[n_redirects]     = g->entities[i].iri;
      to_iri[n_redirects++] = g->entities[to].iri;
      st = emit_redirected(g, &g->entities[i], &g->entities[to]);
    } else if (!(st = emit_entity_facts(g, &g->entities[i])) && g->n_linkers)
      st = emit_links(g, &g->entities[i]);
  }
  if (!st && !(target = lsn_calloc(g->n_strs + 1, sizeof *target)))
    st = LSN_ERR_NOMEM;
  for (size_t k = 0; !st && k < n_redirects; ++k)
    target[from[k]] = to_iri[k];
  lsn_free(from);
  lsn_free(to_iri);
  rec* sorted = st ? NULL : lsn_malloc((g->n_recs + 1) * sizeof *sorted);
  if (!st && !sorted)
    st = LSN_ERR_NOMEM;
  size_t n = g->n_recs;
  if (sorted)
    memcpy(sorted, g->recs, n * sizeof *sorted);
  g->n_recs = saved;
  if (st) {
    lsn_free(sorted);
    lsn_free(target);
    return st;
  }
  redirect_iris(sorted, n, target);
  lsn_free(target);
  for (size_t i = 0; !quads && i < n; ++i)
    sorted[i].graph = 0;
  sort_graph = g;
  qsort(sorted, n, sizeof *sorted, cmp_rec);
  for (size_t i = 0; !st && i < n; ++i) {
    const rec* r = &sorted[i];
    if (i && !cmp_rec(r, &sorted[i - 1]))
      continue;
    lsn_term   gt = term_of(g, LSN_IRI, r->graph, 0, 0);
    lsn_triple t  = { term_of(g, LSN_IRI, r->s, 0, 0),
                      term_of(g, LSN_IRI, r->p, 0, 0),
                      term_of(g, r->okind, r->o, r->lang, r->dt),
                     quads && r->graph ? &gt : NULL };
    st            = sink->triple(sink->handle, &t);
  }
  lsn_free(sorted);
  if (!st && sink->end)
    st = sink->end(sink->handle);
  return st;
}
