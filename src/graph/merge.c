/* SPDX-License-Identifier: ISC */
/*
 * The merge: partial results in, the final graph out, one document at a
 * time.  A first pass over the partials reads only what identity needs
 * (each document's entities and labels) into the corpus entity table; the
 * labels, the acronym redirects and the links are then decided, the run and
 * the entities are written, and a second pass streams each document's
 * triples, sorted within the document, with redirected IRIs rewritten.
 *
 * Documents come in byte order of their file names, merged across partials
 * as in a merge sort, so a run split into shards and merged gives the same
 * bytes as one run.  A document whose text was seen before (same digest) is
 * left out, wherever it came from.  Facts of the default graph that several
 * documents state are written once: a set of their 64-bit hashes is what
 * the merge keeps besides the entity table.
 */
#include "graph/graph.h"
#include "graph/partial.h"
#include "graph/vocab.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  FILE*       in;
  char*       name;
  off_t       data_start;
  lsn_pheader header;
  lsn_precord rec;
  bool        has_head, done;
  uint64_t    n_read;
  char*       last_path;
} input;

typedef struct {
  uint32_t    iri, same_as;
  uint8_t     type;
  bool        from_gazetteer;
  int32_t     redirect; /* entity index, or -1 */
  lsn_plabel* labels;   /* seen 0: a redirected acronym's, never rdfs:label */
  uint32_t    n_labels;
  size_t      cap_labels;
} mentity;

/* A triple of strings, for sorting a block before writing it. */
typedef struct {
  const char* s;
  const char* p;
  const char* o;
  const char* lang;
  const char* dt;
  const char* graph;
  uint8_t     okind;
  bool        fact; /* default graph: written once per corpus */
} striple;

struct lsn_merge {
  input*        inputs;
  size_t        n_inputs, cap_inputs;
  lsn_pool      pool;
  lsn_map*      by_iri;
  mentity*      entities;
  size_t        n_entities, cap_entities;
  lsn_linker**  linkers;
  bool*         owned;
  size_t        n_linkers, cap_linkers, cap_owned;
  char*         started;
  lsn_set64     docs_seen, facts_seen;
  uint64_t      run_hash, n_docs;
  size_t        n_redirects;
  char*         run_iri;
  lsn_diag_func diag;
  void*         diag_handle;
  striple*      block;
  size_t        n_block, cap_block;
  lsn_buf       scratch;
};

lsn_merge*
lsn_merge_new(lsn_diag_func diag, void* diag_handle)
{
  lsn_merge* m = lsn_calloc(1, sizeof *m);
  if (!m)
    return NULL;
  m->diag        = diag;
  m->diag_handle = diag_handle;
  lsn_buf_init(&m->scratch, 0);
  lsn_set64_init(&m->docs_seen);
  lsn_set64_init(&m->facts_seen);
  if (lsn_pool_init(&m->pool) || !(m->by_iri = lsn_map_new())) {
    lsn_merge_free(m);
    return NULL;
  }
  return m;
}

void
lsn_merge_free(lsn_merge* m)
{
  if (!m)
    return;
  for (size_t i = 0; i < m->n_inputs; ++i) {
    lsn_pheader_clear(&m->inputs[i].header);
    lsn_precord_clear(&m->inputs[i].rec);
    lsn_free(m->inputs[i].name);
    lsn_free(m->inputs[i].last_path);
  }
  for (size_t i = 0; i < m->n_entities; ++i)
    lsn_free(m->entities[i].labels);
  for (size_t i = 0; i < m->n_linkers; ++i)
    if (m->owned[i])
      lsn_linker_free(m->linkers[i]);
  lsn_free(m->inputs);
  lsn_free(m->entities);
  lsn_free(m->linkers);
  lsn_free(m->owned);
  lsn_free(m->started);
  lsn_free(m->run_iri);
  lsn_free(m->block);
  lsn_buf_free(&m->scratch);
  lsn_set64_clear(&m->docs_seen);
  lsn_set64_clear(&m->facts_seen);
  lsn_map_free(m->by_iri);
  lsn_pool_clear(&m->pool);
  lsn_free(m);
}

static lsn_status
report(const lsn_merge* m, lsn_status st, const input* in, const char* why)
{
  long     at = in ? (long)ftello(in->in) : -1;
  lsn_diag d  = {
     st, LSN_ERROR, in ? in->name : NULL, at < 0 ? SIZE_MAX : (size_t)at, 0,
     0,  why
  };
  if (m->diag)
    m->diag(m->diag_handle, &d);
  else
    lsn_diag_print(stderr, &d);
  return st;
}

static const char*
str_of(const lsn_merge* m, uint32_t id)
{
  return m->pool.strs[id];
}

static lsn_status
intern(lsn_merge* m, const char* s, uint32_t* out)
{
  return lsn_pool_intern(&m->pool, s, strlen(s), out);
}

/* Inputs ----------------------------------------------------------------- */

lsn_status
lsn_merge_add(lsn_merge* m, FILE* stream, const char* name)
{
  input       in = { 0 };
  const char* why;
  lsn_status  st;
  in.in = stream;
  if (!(in.name = lsn_strdup(name)))
    return LSN_ERR_NOMEM;
  if ((st = lsn_partial_read_header(stream, &in.header, &why))) {
    report(m, st, &in, why);
    lsn_free(in.name);
    return st;
  }
  in.data_start = ftello(stream);
  if (m->n_inputs) {
    const lsn_pheader* a = &m->inputs[0].header;
    const lsn_pheader* b = &in.header;
    if (strcmp(a->version, b->version) || strcmp(a->base, b->base) ||
        strcmp(a->model_sha[0], b->model_sha[0]) ||
        strcmp(a->model_sha[1], b->model_sha[1]))
      st = LSN_ERR_BAD_DATA;
  }
  if (!st)
    LSN_PUSH(st, m->inputs, m->n_inputs, m->cap_inputs, in);
  if (st) {
    if (st == LSN_ERR_BAD_DATA)
      report(m,
             st,
             &in,
             "written by another liaison version, base or model than the "
             "first partial");
    lsn_pheader_clear(&in.header);
    lsn_free(in.name);
  }
  return st;
}

const char*
lsn_merge_base(const lsn_merge* m)
{
  return m->n_inputs ? m->inputs[0].header.base : NULL;
}

lsn_status
lsn_merge_add_linker(lsn_merge* m, lsn_linker* linker, bool owned)
{
  lsn_status st;
  size_t     n = m->n_linkers;
  LSN_TRY(st,
          lsn_grow((void**)&m->owned, &m->cap_owned, n + 1, sizeof *m->owned));
  LSN_PUSH(st, m->linkers, m->n_linkers, m->cap_linkers, linker);
  if (!st)
    m->owned[n] = owned;
  return st;
}

lsn_status
lsn_merge_set_started(lsn_merge* m, const char* started)
{
  lsn_free(m->started);
  m->started = started ? lsn_strdup(started) : NULL;
  return !started || m->started ? LSN_OK : LSN_ERR_NOMEM;
}

static lsn_status
rewind_inputs(lsn_merge* m)
{
  lsn_set64_clear(&m->docs_seen);
  for (size_t i = 0; i < m->n_inputs; ++i) {
    input* in = &m->inputs[i];
    lsn_precord_clear(&in->rec);
    lsn_free(in->last_path);
    in->last_path = NULL;
    in->has_head = in->done = false;
    in->n_read              = 0;
    if (fseeko(in->in, in->data_start, SEEK_SET))
      return report(m, LSN_ERR_IO, in, "cannot seek");
  }
  return LSN_OK;
}

static lsn_status
load_head(lsn_merge* m, input* in)
{
  const char* why = NULL;
  lsn_status  st  = lsn_precord_read_head(in->in, &in->rec, in->n_read, &why);
  if (st == LSN_DONE) {
    in->done = true;
    return LSN_OK;
  }
  if (st)
    return report(m, st, in, why ? why : lsn_strerror(st));
  if (in->last_path && strcmp(in->last_path, in->rec.path) > 0)
    return report(m, LSN_ERR_BAD_DATA, in, "documents out of name order");
  lsn_free(in->last_path);
  if (!(in->last_path = lsn_strdup(in->rec.path)))
    return LSN_ERR_NOMEM;
  in->has_head = true;
  ++in->n_read;
  return LSN_OK;
}

/* The input holding the next document in name order, or NULL at the end. */
static lsn_status
next_input(lsn_merge* m, input** out)
{
  lsn_status st;
  *out = NULL;
  for (size_t i = 0; i < m->n_inputs; ++i) {
    input* in = &m->inputs[i];
    if (!in->has_head && !in->done)
      LSN_TRY(st, load_head(m, in));
    if (in->has_head && (!*out || strcmp(in->rec.path, (*out)->rec.path) < 0))
      *out = in;
  }
  return LSN_OK;
}

/* Is the current record of `in` a document not seen before?  (The digest's
 * first 64 bits, which is what the document's IRI holds.) */
static lsn_status
first_time(lsn_merge* m, const input* in, bool* fresh)
{
  char hex[17];
  memcpy(hex, in->rec.sha256, 16);
  hex[16] = '\0';
  return lsn_set64_add(&m->docs_seen, strtoull(hex, NULL, 16), fresh);
}

/* Pass 1: the entity table ------------------------------------------------ */

static lsn_status
add_label(mentity* e,
          uint32_t text,
          uint32_t lang,
          uint32_t as_name,
          uint32_t seen)
{
  lsn_status st;
  for (uint32_t i = 0; i < e->n_labels; ++i)
    if (e->labels[i].text == text && e->labels[i].lang == lang) {
      e->labels[i].as_name += as_name;
      e->labels[i].seen += seen;
      return LSN_OK;
    }
  if (e->n_labels == UINT32_MAX)
    return LSN_ERR_NOMEM;
  lsn_plabel l = { text, lang, as_name, seen };
  LSN_PUSH(st, e->labels, e->n_labels, e->cap_labels, l);
  return st;
}

static lsn_status
add_entity(lsn_merge* m, const lsn_precord* r, const lsn_pentity* pe)
{
  const char* iri = r->strs[pe->iri];
  size_t      index;
  uint32_t    text, lang;
  lsn_status  st;
  if (!lsn_map_get(m->by_iri, iri, r->lens[pe->iri], &index)) {
    mentity e = { 0, 0, pe->type, false, -1, NULL, 0, 0 };
    LSN_TRY(st, lsn_pool_intern(&m->pool, iri, r->lens[pe->iri], &e.iri));
    LSN_PUSH(st, m->entities, m->n_entities, m->cap_entities, e);
    if (st)
      return st;
    index = m->n_entities - 1;
    LSN_TRY(st, lsn_map_put(m->by_iri, iri, r->lens[pe->iri], index));
  }
  mentity* e = &m->entities[index];
  for (uint32_t i = 0; i < pe->n_labels; ++i) {
    const lsn_plabel* l = &pe->labels[i];
    LSN_TRY(
      st, lsn_pool_intern(&m->pool, r->strs[l->text], r->lens[l->text], &text));
    LSN_TRY(
      st, lsn_pool_intern(&m->pool, r->strs[l->lang], r->lens[l->lang], &lang));
    LSN_TRY(st, add_label(e, text, lang, l->as_name, l->seen ? l->seen : 1));
  }
  /* The gazetteer's labels count once per corpus, whichever document
   * brought them first: every document brings the same. */
  if (pe->from_gazetteer && !e->from_gazetteer) {
    e->from_gazetteer = true;
    for (uint32_t i = 0; i < pe->n_gaz; ++i) {
      const lsn_plabel* l = &pe->gaz[i];
      LSN_TRY(
        st,
        lsn_pool_intern(&m->pool, r->strs[l->text], r->lens[l->text], &text));
      LSN_TRY(
        st,
        lsn_pool_intern(&m->pool, r->strs[l->lang], r->lens[l->lang], &lang));
      LSN_TRY(st, add_label(e, text, lang, l->as_name != 0, 1));
    }
    if (pe->same_as)
      LSN_TRY(
        st,
        lsn_pool_intern(
          &m->pool, r->strs[pe->same_as], r->lens[pe->same_as], &e->same_as));
  }
  return LSN_OK;
}

/* The next document in name order whose text was not seen before, read
 * (`with_recs`: with its triples), or *out NULL at the end. */
static lsn_status
next_document(lsn_merge* m, bool with_recs, input** out)
{
  lsn_status st;
  for (;;) {
    const char* why = NULL;
    bool        fresh;
    input*      in;
    LSN_TRY(st, next_input(m, &in));
    if (!(*out = in))
      return LSN_OK;
    in->has_head = false;
    LSN_TRY(st, first_time(m, in, &fresh));
    if (fresh &&
        (st = lsn_precord_read_body(in->in, &in->rec, with_recs, &why)))
      return report(m, st, in, why);
    if (fresh)
      return LSN_OK;
    if ((st = lsn_precord_skip_body(in->in, &in->rec, &why)))
      return report(m, st, in, why);
  }
}

static lsn_status
read_entities(lsn_merge* m)
{
  lsn_status st;
  input*     in;
  for (;;) {
    LSN_TRY(st, next_document(m, false, &in));
    if (!in)
      return LSN_OK;
    for (uint32_t i = 0; i < in->rec.n_entities; ++i)
      LSN_TRY(st, add_entity(m, &in->rec, &in->rec.entities[i]));
    /* The run is named by what it read, in order. */
    lsn_buf_clear(&m->scratch);
    LSN_TRY(st,
            lsn_buf_printf(&m->scratch,
                           "%016llx %s",
                           (unsigned long long)m->run_hash,
                           in->rec.sha256));
    m->run_hash = lsn_hash_bytes(m->scratch.data, m->scratch.len);
    ++m->n_docs;
  }
}

/* Decisions --------------------------------------------------------------- */

/* Is every label of `e` one word without lower case (an acronym used
 * alone)? */
static bool
acronym_only(const lsn_merge* m, const mentity* e)
{
  for (uint32_t i = 0; i < e->n_labels; ++i)
    for (const char* p = str_of(m, e->labels[i].text); *p; ++p)
      if (*p == ' ' || (*p >= 'a' && *p <= 'z'))
        return false;
  return e->n_labels > 0 && !e->from_gazetteer;
}

#define MANY ((size_t)-1)

static lsn_status
label_key(lsn_buf* key, const mentity* e, uint32_t text)
{
  lsn_buf_clear(key);
  return lsn_buf_printf(key, "%u:%u", (unsigned)e->type, (unsigned)text);
}

/* A document that uses "ROAMC" alone speaks of the body another document
 * defined as "Réseau ouest-africain ... (ROAMC)", if one and only one body
 * of the corpus carries that acronym: the acronym's entity is redirected to
 * it.  An index from (type, label) to the one entity that has it makes this
 * linear in the labels. */
static lsn_status
find_redirects(lsn_merge* m)
{
  lsn_map*   owner = lsn_map_new();
  lsn_buf    key;
  lsn_status st  = owner ? LSN_OK : LSN_ERR_NOMEM;
  bool*      acr = lsn_calloc(m->n_entities + 1, sizeof *acr);
  lsn_buf_init(&key, 0);
  if (!acr)
    st = LSN_ERR_NOMEM;
  for (size_t i = 0; !st && i < m->n_entities; ++i)
    acr[i] = acronym_only(m, &m->entities[i]);
  for (size_t i = 0; !st && i < m->n_entities; ++i) {
    const mentity* e = &m->entities[i];
    for (uint32_t l = 0; !acr[i] && !st && l < e->n_labels; ++l) {
      size_t k;
      if (!(st = label_key(&key, e, e->labels[l].text)))
        st = lsn_map_put(
          owner,
          key.data,
          key.len,
          lsn_map_get(owner, key.data, key.len, &k) && k != i ? MANY : i);
    }
  }
  for (size_t i = 0; !st && i < m->n_entities; ++i) {
    mentity* e     = &m->entities[i];
    size_t   found = SIZE_MAX;
    bool     clash = false;
    for (uint32_t l = 0; acr[i] && !st && l < e->n_labels; ++l) {
      size_t k;
      if ((st = label_key(&key, e, e->labels[l].text)) ||
          !lsn_map_get(owner, key.data, key.len, &k))
        continue;
      if (k == MANY || (found != SIZE_MAX && found != k))
        clash = true;
      found = k;
    }
    if (acr[i] && !clash && found != SIZE_MAX) {
      e->redirect = (int32_t)found;
      ++m->n_redirects;
    }
  }
  /* Labels of a redirected acronym become other labels of its target. */
  for (size_t i = 0; !st && i < m->n_entities; ++i) {
    const mentity* e = &m->entities[i];
    if (e->redirect < 0)
      continue;
    for (uint32_t l = 0; !st && l < e->n_labels; ++l)
      st = add_label(
        &m->entities[e->redirect], e->labels[l].text, e->labels[l].lang, 0, 0);
  }
  lsn_buf_free(&key);
  lsn_free(acr);
  lsn_map_free(owner);
  return st;
}

/* Writing blocks ------------------------------------------------------------
 */

static int
cmp_opt(const char* a, const char* b)
{
  return a == b ? 0 : !a ? -1 : !b ? 1 : strcmp(a, b);
}

static int
cmp_striple(const void* va, const void* vb)
{
  const striple* a = va;
  const striple* b = vb;
  int            c;
  if ((c = cmp_opt(a->graph, b->graph)) || (c = strcmp(a->s, b->s)) ||
      (c = strcmp(a->p, b->p)) || (c = (int)a->okind - (int)b->okind) ||
      (c = strcmp(a->o, b->o)) || (c = cmp_opt(a->lang, b->lang)))
    return c;
  return cmp_opt(a->dt, b->dt);
}

static lsn_status
add(lsn_merge*  m,
    const char* s,
    const char* p,
    uint8_t     okind,
    const char* o,
    const char* lang,
    const char* dt)
{
  striple    t = { s, p, o, lang, dt, NULL, okind, false };
  lsn_status st;
  LSN_PUSH(st, m->block, m->n_block, m->cap_block, t);
  return st;
}

/* Was this default-graph fact written already (by an earlier document)? */
static lsn_status
written_before(lsn_merge* m, const striple* t, bool* before)
{
  bool       added;
  lsn_status st;
  lsn_buf_clear(&m->scratch);
  LSN_TRY(st,
          lsn_buf_printf(&m->scratch,
                         "%s%c%s%c%s%c%s%c%s%c%u",
                         t->s,
                         0,
                         t->p,
                         0,
                         t->o,
                         0,
                         t->lang ? t->lang : "",
                         0,
                         t->dt ? t->dt : "",
                         0,
                         (unsigned)t->okind));
  LSN_TRY(st,
          lsn_set64_add(&m->facts_seen,
                        lsn_hash_bytes(m->scratch.data, m->scratch.len),
                        &added));
  *before = !added;
  return LSN_OK;
}

static lsn_status
flush_block(lsn_merge* m, const lsn_triple_sink* sink)
{
  lsn_status st = LSN_OK;
  qsort(m->block, m->n_block, sizeof *m->block, cmp_striple);
  for (size_t i = 0; !st && i < m->n_block; ++i) {
    const striple* t = &m->block[i];
    bool           before;
    if (i && !cmp_striple(t, &m->block[i - 1]))
      continue;
    if (t->fact && !t->graph && (st = written_before(m, t, &before)))
      break;
    if (t->fact && !t->graph && before)
      continue;
    lsn_term   g  = { LSN_IRI, t->graph, NULL, NULL };
    lsn_triple tr = { { LSN_IRI, t->s, NULL, NULL },
                      { LSN_IRI, t->p, NULL, NULL },
                      { (lsn_term_kind)t->okind, t->o, t->lang, t->dt },
                      t->graph ? &g : NULL };
    st            = sink->triple(sink->handle, &tr);
  }
  m->n_block = 0;
  return st;
}

/* The run ---------------------------------------------------------------- */

static lsn_status
run_block(lsn_merge* m, const input* first)
{
  const lsn_pheader* h = &first->header;
  lsn_buf            key;
  char               hex[65];
  lsn_status         st;
  uint32_t           ids[5];
  lsn_buf_init(&key, 0);
  st = lsn_buf_printf(&key,
                      "%s %s %s %016llx %llu",
                      h->version,
                      *h->model_sha[0] ? h->model_sha[0] : "-",
                      *h->model_sha[1] ? h->model_sha[1] : "-",
                      (unsigned long long)m->run_hash,
                      (unsigned long long)m->n_docs);
  if (!st)
    lsn_sha256_hex(key.data, key.len, hex);
  lsn_buf_clear(&key);
  if (!st && !(st = lsn_buf_printf(&key, "%srun/%.16s", h->base, hex)))
    m->run_iri = lsn_buf_take(&key);
  /* The software agent; its version's dots become hyphens, as in a slug. */
  if (!st && !(st = lsn_buf_printf(&key, "%ssoftware/liaison-", h->base)))
    for (const char* p = h->version; !st && *p; ++p)
      st = lsn_buf_addc(&key, *p == '.' ? '-' : *p);
  if (!st)
    st = intern(m, key.data, &ids[0]);
  for (int l = 0; !st && l < 2; ++l) {
    lsn_buf_clear(&key);
    if (*h->model_sha[l] && !(st = lsn_buf_printf(&key,
                                                  "%smodel/%s-%.16s",
                                                  h->base,
                                                  l ? "en" : "fr",
                                                  h->model_sha[l])))
      st = intern(m, key.data, &ids[1 + l]);
  }
  lsn_buf_free(&key);
  if (st)
    return st;
  const char* run   = m->run_iri;
  const char* agent = str_of(m, ids[0]);
  LSN_TRY(st, add(m, run, RDF "type", LSN_IRI, PROV "Activity", NULL, NULL));
  LSN_TRY(
    st, add(m, run, RDFS "label", LSN_LITERAL, "liaison extract", NULL, NULL));
  LSN_TRY(st,
          add(m, run, PROV "wasAssociatedWith", LSN_IRI, agent, NULL, NULL));
  LSN_TRY(st,
          add(m, agent, RDF "type", LSN_IRI, PROV "SoftwareAgent", NULL, NULL));
  LSN_TRY(st, add(m, agent, RDFS "label", LSN_LITERAL, "liaison", NULL, NULL));
  LSN_TRY(
    st,
    add(
      m, agent, SCHEMA "softwareVersion", LSN_LITERAL, h->version, NULL, NULL));
  for (int l = 0; l < 2; ++l) {
    if (!*h->model_sha[l])
      continue;
    const char* model = str_of(m, ids[1 + l]);
    LSN_TRY(st, add(m, model, RDF "type", LSN_IRI, PROV "Entity", NULL, NULL));
    LSN_TRY(
      st,
      add(m, model, LSN_NS "sha256", LSN_LITERAL, h->model_sha[l], NULL, NULL));
    LSN_TRY(
      st,
      add(m, model, RDFS "label", LSN_LITERAL, l ? "en" : "fr", NULL, NULL));
    LSN_TRY(st, add(m, run, PROV "used", LSN_IRI, model, NULL, NULL));
  }
  if (m->started)
    LSN_TRY(st,
            add(m,
                run,
                PROV "startedAtTime",
                LSN_LITERAL,
                m->started,
                NULL,
                XSD "dateTime"));
  return LSN_OK;
}

/* Entities --------------------------------------------------------------- */

static const char* const type_iris[LSN_N_TYPES] = {
  FOAF "Person",  ORG "Organization", SCHEMA "Place",
  SCHEMA "Event", LSN_NS "Agreement",
};

static bool
better_label(const lsn_merge* m, const lsn_plabel* a, const lsn_plabel* b)
{
  if (!a->seen != !b->seen)
    return a->seen != 0; /* a redirected acronym's label is never the name */
  if (a->as_name != b->as_name)
    return a->as_name > b->as_name;
  size_t la = m->pool.lens[a->text], lb = m->pool.lens[b->text];
  if (la != lb)
    return la > lb;
  return strcmp(str_of(m, a->text), str_of(m, b->text)) < 0;
}

static lsn_status
entity_links(lsn_merge* m, const mentity* e)
{
  const char** labels = lsn_malloc((e->n_labels + 1) * sizeof *labels);
  size_t       n      = 0;
  lsn_status   st     = labels ? LSN_OK : LSN_ERR_NOMEM;
  for (uint32_t i = 0; !st && i < e->n_labels; ++i)
    if (e->labels[i].seen)
      labels[n++] = str_of(m, e->labels[i].text);
  for (size_t k = 0; !st && k < m->n_linkers; ++k) {
    const char* iri = NULL;
    st              = lsn_linker_match(m->linkers[k], e->type, labels, n, &iri);
    if (!st && iri && strcmp(iri, str_of(m, e->iri)))
      st = add(m, str_of(m, e->iri), OWL "sameAs", LSN_IRI, iri, NULL, NULL);
  }
  lsn_free(labels);
  return st;
}

/* rdfs:label: per language, the form most documents chose as the name (then
 * the longest, then the first in code-point order); every other form is a
 * skos:altLabel. */
static lsn_status
entity_block(lsn_merge* m, const mentity* e)
{
  const char* s = str_of(m, e->iri);
  lsn_status  st;
  LSN_TRY(st, add(m, s, RDF "type", LSN_IRI, type_iris[e->type], NULL, NULL));
  for (uint32_t i = 0; i < e->n_labels; ++i) {
    const lsn_plabel* l    = &e->labels[i];
    bool              best = l->seen != 0;
    for (uint32_t k = 0; k < e->n_labels && best; ++k)
      if (k != i && e->labels[k].lang == l->lang &&
          better_label(m, &e->labels[k], l))
        best = false;
    LSN_TRY(st,
            add(m,
                s,
                best ? RDFS "label" : SKOS "altLabel",
                LSN_LITERAL,
                str_of(m, l->text),
                str_of(m, l->lang),
                NULL));
  }
  if (e->same_as)
    LSN_TRY(
      st, add(m, s, OWL "sameAs", LSN_IRI, str_of(m, e->same_as), NULL, NULL));
  return m->n_linkers ? entity_links(m, e) : LSN_OK;
}

static const lsn_merge* sort_merge; /* qsort has no context argument */

static int
cmp_entities(const void* a, const void* b)
{
  return strcmp(
    str_of(sort_merge, sort_merge->entities[*(const size_t*)a].iri),
    str_of(sort_merge, sort_merge->entities[*(const size_t*)b].iri));
}

static lsn_status
write_entities(lsn_merge* m, const lsn_triple_sink* sink)
{
  size_t*    order = lsn_malloc((m->n_entities + 1) * sizeof *order);
  lsn_status st    = order ? LSN_OK : LSN_ERR_NOMEM;
  for (size_t i = 0; i < m->n_entities && order; ++i)
    order[i] = i;
  sort_merge = m;
  if (order)
    qsort(order, m->n_entities, sizeof *order, cmp_entities);
  for (size_t i = 0; !st && i < m->n_entities; ++i) {
    const mentity* e = &m->entities[order[i]];
    if (e->redirect < 0 && !(st = entity_block(m, e)))
      st = flush_block(m, sink);
  }
  lsn_free(order);
  return st;
}

/* Pass 2: documents -------------------------------------------------------- */

/* The IRI that string `id` of record `r` names after redirects. */
static const char*
redirected(const lsn_merge* m, const lsn_precord* r, uint32_t id)
{
  size_t index;
  if (m->n_redirects &&
      lsn_map_get(m->by_iri, r->strs[id], r->lens[id], &index) &&
      m->entities[index].redirect >= 0)
    return str_of(m, m->entities[m->entities[index].redirect].iri);
  return r->strs[id];
}

static lsn_status
document_block(lsn_merge* m, const lsn_precord* r, bool quads, uint32_t doc)
{
  lsn_status st;
  char       id[17];
  memcpy(id, r->sha256, 16);
  id[16] = '\0';
  for (uint32_t i = 0; i < r->n_recs; ++i) {
    const lsn_prec* t = &r->recs[i];
    /* A fact about a node minted for this document (a commitment, a
     * statement: its IRI holds the document's id) cannot come from another
     * document, so it need not be remembered. */
    bool    fact = t->graph == 0 && !strstr(r->strs[t->s], id);
    striple s    = { redirected(m, r, t->s),
                     r->strs[t->p],
                  t->okind == LSN_IRI ? redirected(m, r, t->o) : r->strs[t->o],
                  t->lang ? r->strs[t->lang] : NULL,
                  t->dt ? r->strs[t->dt] : NULL,
                  quads && t->graph ? r->strs[t->graph] : NULL,
                     t->okind,
                     fact };
    LSN_PUSH(st, m->block, m->n_block, m->cap_block, s);
    if (st)
      return st;
  }
  return add(m, m->run_iri, PROV "used", LSN_IRI, r->strs[doc], NULL, NULL);
}

/* The document's IRI: the graph of its provenance triples. */
static lsn_status
document_iri(const lsn_precord* r, uint32_t* out)
{
  for (uint32_t i = 0; i < r->n_recs; ++i)
    if (r->recs[i].graph) {
      *out = r->recs[i].graph;
      return LSN_OK;
    }
  return LSN_ERR_BAD_DATA;
}

static lsn_status
write_documents(lsn_merge* m, const lsn_triple_sink* sink, bool quads)
{
  lsn_status st;
  input*     in;
  LSN_TRY(st, rewind_inputs(m));
  for (;;) {
    uint32_t doc;
    LSN_TRY(st, next_document(m, true, &in));
    if (!in)
      return LSN_OK;
    if (document_iri(&in->rec, &doc))
      return report(m, LSN_ERR_BAD_DATA, in, "document without its node");
    LSN_TRY(st, document_block(m, &in->rec, quads, doc));
    LSN_TRY(st, flush_block(m, sink));
    lsn_precord_clear(&in->rec);
  }
}

lsn_status
lsn_merge_emit(lsn_merge* m, const lsn_triple_sink* sink, int quads)
{
  lsn_status st;
  if (!m->n_inputs || m->run_iri)
    return LSN_ERR_BAD_ARG; /* nothing to merge, or merged already */
  LSN_TRY(st, rewind_inputs(m));
  LSN_TRY(st, read_entities(m));
  LSN_TRY(st, find_redirects(m));
  LSN_TRY(st, run_block(m, &m->inputs[0]));
  LSN_TRY(st, flush_block(m, sink));
  LSN_TRY(st, write_entities(m, sink));
  LSN_TRY(st, write_documents(m, sink, quads != 0));
  return sink->end ? sink->end(sink->handle) : LSN_OK;
}
