/* SPDX-License-Identifier: ISC */
/*
 * Mapping one document to the ontology.  Strings are interned once (a term
 * is a 32-bit id), triples are small records, and the entity table keeps,
 * for every entity IRI, its type, the labels the document gave it, and its
 * gazetteer labels.  The whole is encoded as one record of a partial result
 * (partial.h); labels are chosen by the merge, from counts over the corpus.
 */
#include "graph/graph.h"
#include "graph/partial.h"
#include "graph/vocab.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  lsn_pentity e;
  int32_t     gaz;
  size_t      cap_labels, cap_gaz;
} entity_rec;

struct lsn_graph {
  char*       base;
  lsn_pool    pool;
  lsn_prec*   recs;
  size_t      n_recs, cap_recs;
  lsn_map*    entities_by_iri;
  entity_rec* entities;
  size_t      n_entities, cap_entities;
  struct {
    const char* p;
    uint32_t    id;
  } predicates[64]; /* predicate IRIs are string constants: ids by address */
};

/* Strings ---------------------------------------------------------------- */

static lsn_status
intern(lsn_graph* g, const char* str, size_t len, uint32_t* out)
{
  return lsn_pool_intern(&g->pool, str, len, out);
}

static lsn_status
interns(lsn_graph* g, const char* str, uint32_t* out)
{
  return intern(g, str, strlen(str), out);
}

static const char*
str_of(const lsn_graph* g, uint32_t id)
{
  return g->pool.strs[id];
}

lsn_graph*
lsn_graph_new(const char* base)
{
  lsn_graph* g = lsn_calloc(1, sizeof *g);
  if (!g)
    return NULL;
  if (!(g->base = lsn_strdup(base)) || lsn_pool_init(&g->pool) ||
      !(g->entities_by_iri = lsn_map_new())) {
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
  for (size_t i = 0; i < g->n_entities; ++i) {
    lsn_free(g->entities[i].e.labels);
    lsn_free(g->entities[i].e.gaz);
  }
  lsn_pool_clear(&g->pool);
  lsn_free(g->recs);
  lsn_free(g->entities);
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
  lsn_prec   r    = { s, 0, o, lang, dt, graph, okind };
  size_t     slot = ((uintptr_t)p >> 3) % 64;
  lsn_status st;
  if (g->predicates[slot].p == p) {
    r.p = g->predicates[slot].id;
  } else {
    LSN_TRY(st, interns(g, p, &r.p));
    g->predicates[slot].p  = p;
    g->predicates[slot].id = r.p;
  }
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
entity_for(lsn_graph* g, uint32_t iri, uint8_t type, entity_rec** out)
{
  size_t      index;
  const char* key = str_of(g, iri);
  lsn_status  st;
  if (!lsn_map_get(g->entities_by_iri, key, strlen(key), &index)) {
    entity_rec e = { { iri, 0, type, 0, NULL, 0, NULL, 0 }, -1, 0, 0 };
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
  for (size_t i = 0; i < e->e.n_labels; ++i)
    if (e->e.labels[i].text == t && e->e.labels[i].lang == l) {
      e->e.labels[i].as_name += as_name;
      ++e->e.labels[i].seen;
      return LSN_OK;
    }
  lsn_plabel lc = { t, l, as_name, 1 };
  LSN_PUSH(st, e->e.labels, e->e.n_labels, e->cap_labels, lc);
  return st;
}

/* The language a gazetteer label carries, as "fr" or "en". */
static const char*
short_lang(const char* lang)
{
  return !strncmp(lang, "en", 2) ? "en" : !strncmp(lang, "fr", 2) ? "fr" : lang;
}

/* The gazetteer's labels and sameAs go with the entity, kept apart from the
 * document's own labels: the merge counts them once per corpus, however
 * many documents name the body. */
static lsn_status
add_gaz_facts(mapper* mp, entity_rec* e, int32_t gaz)
{
  const lsn_gaz_entry* ge = lsn_gazetteer_entry(mp->gaz, (size_t)gaz);
  lsn_status           st;
  e->gaz              = gaz;
  e->e.from_gazetteer = 1;
  for (size_t i = 0; i < lsn_gazetteer_n_labels(mp->gaz); ++i) {
    size_t      entry;
    const char* lang;
    bool        preferred;
    const char* form =
      lsn_gazetteer_label(mp->gaz, i, &entry, &lang, &preferred);
    lsn_plabel l = { 0, 0, preferred, 1 };
    if ((int32_t)entry != gaz)
      continue;
    LSN_TRY(st, interns(mp->g, form, &l.text));
    LSN_TRY(st, interns(mp->g, short_lang(lang), &l.lang));
    LSN_PUSH(st, e->e.gaz, e->e.n_gaz, e->cap_gaz, l);
    if (st)
      return st;
  }
  if (ge->same_as)
    LSN_TRY(st, interns(mp->g, ge->same_as, &e->e.same_as));
  return LSN_OK;
}

static lsn_status
gazetteer_entity(mapper* mp, int32_t gaz, uint32_t* out)
{
  const lsn_gaz_entry* ge = lsn_gazetteer_entry(mp->gaz, (size_t)gaz);
  entity_rec*          e;
  lsn_status           st;
  LSN_TRY(st, mint(mp->g, type_path(ge->type), local_name(ge->iri), out));
  LSN_TRY(st, entity_for(mp->g, *out, ge->type, &e));
  return e->gaz < 0 ? add_gaz_facts(mp, e, gaz) : LSN_OK;
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
  LSN_TRY(st, entity_for(mp->g, *out, ent->type, &e));
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
  st = lsn_buf_printf(&iri, "%s#char=%zu,%zu", str_of(mp->g, mp->doc), b, e);
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
                      str_of(g, s),
                      p,
                      str_of(g, o),
                      (unsigned)okind,
                      str_of(g, sentence));
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
    &iri, "%smembership/%s--", g->base, local_name(str_of(g, person)));
  if (!st)
    st = lsn_buf_adds(&iri, local_name(str_of(g, org)));
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
    &key, "%s %s %u", str_of(g, subject), r->literal, (unsigned)r->sent);
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

/* The record ------------------------------------------------------------- */

lsn_status
lsn_graph_encode(const lsn_graph* g,
                 const char*      name,
                 const char*      sha256,
                 lsn_buf*         out)
{
  lsn_pentity* entities = lsn_malloc((g->n_entities + 1) * sizeof *entities);
  if (!entities)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < g->n_entities; ++i)
    entities[i] = g->entities[i].e;
  lsn_status st = lsn_precord_encode(
    out, name, sha256, &g->pool, entities, g->n_entities, g->recs, g->n_recs);
  lsn_free(entities);
  return st;
}
