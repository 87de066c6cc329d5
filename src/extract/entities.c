/* SPDX-License-Identifier: ISC */
/*
 * Step 3 of the cascade: one entity per real thing in the document.
 *
 * Mentions are joined (union-find) when they are the same gazetteer entry,
 * the same folded name of the same type, an acronym and the long form it
 * defines, a surname or "M. X" and the only full name ending in it, events
 * or agreements with the same head word (a report is about one dialogue),
 * and a definite description ("la conférence", "the Office") and the only
 * entity whose head word it repeats.  Descriptions that fit no entity or
 * several are dropped rather than guessed.
 */
#include "extract/internal.h"

#include <string.h>

typedef struct {
  int32_t* parent;
  size_t   n;
} uf;

static int32_t
uf_find(uf* u, int32_t x)
{
  while (u->parent[x] != x) {
    u->parent[x] = u->parent[u->parent[x]];
    x            = u->parent[x];
  }
  return x;
}

/* Join two sets; the lower index stays the root, so the result never
 * depends on the order of calls. */
static void
uf_union(uf* u, int32_t a, int32_t b)
{
  a = uf_find(u, a);
  b = uf_find(u, b);
  if (a < b)
    u->parent[b] = a;
  else if (b < a)
    u->parent[a] = b;
}

int32_t
mention_at(const doc_ctx* c, size_t tok)
{
  return c->cover[tok] - 1;
}

lsn_status
surface_text(const doc_ctx* c, uint32_t start, uint32_t end, char** out)
{
  lsn_buf    nfc, clean;
  lsn_status st;
  lsn_buf_init(&nfc, 0);
  lsn_buf_init(&clean, 0);
  st = lsn_nfc(&nfc, c->t->text + start, end - start);
  /* One space for any run of white space: a name broken over lines. */
  bool space = false;
  for (size_t i = 0; !st && i < nfc.len; ++i) {
    char ch = nfc.data[i];
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') {
      space = clean.len > 0;
      continue;
    }
    if (space)
      st = lsn_buf_addc(&clean, ' ');
    space = false;
    if (!st)
      st = lsn_buf_addc(&clean, ch);
  }
  lsn_buf_free(&nfc);
  if (st) {
    lsn_buf_free(&clean);
    return st;
  }
  *out = lsn_buf_take(&clean);
  return *out ? LSN_OK : LSN_ERR_NOMEM;
}

static lsn_status
mention_key(const doc_ctx* c, const lsn_mention* m, lsn_buf* key)
{
  lsn_buf_clear(key);
  if (m->gaz >= 0)
    return lsn_buf_printf(key, "g:%d", (int)m->gaz);
  lsn_status st = lsn_buf_printf(key, "%d:", (int)m->type);
  if (!st)
    st = lsn_fold(key, c->t->text + m->start, m->end - m->start);
  return st;
}

/* The folded key of the first head word inside a mention, or NULL. */
static const char*
mention_head(const doc_ctx* c, const lsn_mention* m)
{
  for (size_t i = m->first; i < m->last; ++i)
    if (lex_at(c, LEX_ORG_HEAD, i, m->last) ||
        lex_at(c, LEX_EVENT_HEAD, i, m->last) ||
        lex_at(c, LEX_AGREEMENT_HEAD, i, m->last) ||
        lex_at(c, LEX_PLACE_HEAD, i, m->last))
      return tok_key(c, i);
  return NULL;
}

/* The head word of a gazetteer entry's label in the document's language
 * (computed once, when the extractor indexed the gazetteer). */
static const char*
gaz_head(const doc_ctx* c, int32_t entry)
{
  const lsn_gaz_entry* e = &c->ex->gaz->entries[entry];
  return !strcmp(c->lang, "en") ? e->head_en : e->head_fr;
}

/* Joining ----------------------------------------------------------------- */

static lsn_status
join_same_names(doc_ctx* c, uf* u)
{
  lsn_map*   seen = lsn_map_new();
  lsn_buf    key;
  lsn_status st = seen ? LSN_OK : LSN_ERR_NOMEM;
  lsn_buf_init(&key, 0);
  for (size_t i = 0; !st && i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if (m->kind == LSN_M_DESCRIPTION || m->type == LSN_N_TYPES)
      continue;
    if (c->alias_of[i] >= 0)
      uf_union(u, (int32_t)i, c->alias_of[i]);
    size_t first;
    if ((st = mention_key(c, m, &key)))
      break;
    if (lsn_map_get(seen, key.data, key.len, &first))
      uf_union(u, (int32_t)i, (int32_t)first);
    else
      st = lsn_map_put(seen, key.data, key.len, i);
  }
  lsn_buf_free(&key);
  lsn_map_free(seen);
  return st;
}

/* Surnames of the full names in the document ("Voronkov"), so that later
 * bare surnames become mentions of the same person. */
static lsn_status
add_surname_mentions(doc_ctx* c)
{
  lsn_map*   surnames = lsn_map_new();
  lsn_status st       = surnames ? LSN_OK : LSN_ERR_NOMEM;
  size_t     n        = c->r->n_mentions;
  for (size_t i = 0; !st && i < n; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if (m->type == LSN_PERSON && m->kind == LSN_M_NAME) {
      const char* last = tok_key(c, m->last - 1);
      st               = lsn_map_put(surnames, last, strlen(last), i);
    }
  }
  for (size_t i = 0; !st && i < c->t->n_tokens; ++i) {
    const char* key = tok_key(c, i);
    if (!c->cover[i] && tok_is_cap(c, i) &&
        lsn_map_get(surnames, key, strlen(key), NULL))
      st = add_mention(c, i, i + 1, LSN_PERSON, LSN_M_SHORT, -1, 1, NULL);
  }
  lsn_map_free(surnames);
  return st;
}

/* Does person mention `m` repeat the end of the full name `full` ("Ould
 * Cheikh-Sidi", "Voronkov" for "Hawa Ould Cheikh-Sidi", "Vladimir
 * Voronkov")? */
static bool
ends_name(const doc_ctx* c, const lsn_mention* m, const lsn_mention* full)
{
  size_t n = m->last - m->first, nf = full->last - full->first;
  if (n >= nf)
    return false;
  for (size_t k = 0; k < n; ++k)
    if (strcmp(tok_key(c, m->first + k), tok_key(c, full->last - n + k)))
      return false;
  return true;
}

static void
join_short_names(doc_ctx* c, uf* u)
{
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if (m->type != LSN_PERSON || m->kind == LSN_M_DESCRIPTION)
      continue;
    int32_t found = -1, count = 0;
    for (size_t k = 0; k < c->r->n_mentions; ++k) {
      const lsn_mention* full = &c->r->mentions[k];
      if (k == i || full->type != LSN_PERSON || full->kind != LSN_M_NAME ||
          !ends_name(c, m, full))
        continue;
      if (found < 0 || uf_find(u, (int32_t)k) != uf_find(u, found))
        ++count;
      if (found < 0)
        found = (int32_t)k;
    }
    if (count == 1)
      uf_union(u, (int32_t)i, found);
  }
}

/* Do the tokens of `m` stand, in order and contiguous, inside `full`? */
static bool
inside_name(const doc_ctx* c, const lsn_mention* m, const lsn_mention* full)
{
  size_t n = m->last - m->first, nf = full->last - full->first;
  if (n >= nf)
    return false;
  for (size_t off = 0; off + n <= nf; ++off) {
    size_t k = 0;
    while (k < n &&
           !strcmp(tok_key(c, m->first + k), tok_key(c, full->first + off + k)))
      ++k;
    if (k == n)
      return true;
  }
  return false;
}

/* "the Programme Office" after "OSCE Programme Office in Bishkek", "le
 * Bureau régional" after "Bureau régional de l'UNESCO à Dakar": a short
 * name of a body is the only longer name holding it. */
static void
join_short_bodies(doc_ctx* c, uf* u)
{
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if (m->type != LSN_ORGANIZATION || m->kind != LSN_M_NAME || m->gaz >= 0 ||
        m->last - m->first < 2)
      continue;
    int32_t found   = -1;
    bool    several = false;
    for (size_t k = 0; k < c->r->n_mentions; ++k) {
      const lsn_mention* full = &c->r->mentions[k];
      if (k == i || full->type != LSN_ORGANIZATION ||
          full->kind != LSN_M_NAME || !inside_name(c, m, full))
        continue;
      several |= found >= 0 && uf_find(u, found) != uf_find(u, (int32_t)k);
      found = (int32_t)k;
    }
    if (found >= 0 && !several)
      uf_union(u, (int32_t)i, found);
  }
}

/* "troisième Forum" and "quatrième Forum" are two forums. */
static bool
different_ordinals(const doc_ctx* c, const lsn_mention* a, const lsn_mention* b)
{
  bool oa = lex_at(c, LEX_ORDINAL, a->first, a->last) > 0;
  bool ob = lex_at(c, LEX_ORDINAL, b->first, b->last) > 0;
  return oa && ob && strcmp(tok_key(c, a->first), tok_key(c, b->first));
}

/* A report speaks of one dialogue, one framework: events and agreements
 * named with the same head word are one. */
static void
join_same_heads(doc_ctx* c, uf* u)
{
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if ((m->type != LSN_EVENT && m->type != LSN_AGREEMENT) ||
        m->kind != LSN_M_NAME)
      continue;
    const char* head = mention_head(c, m);
    for (size_t k = 0; head && k < i; ++k) {
      const lsn_mention* o = &c->r->mentions[k];
      const char*        h =
        o->type == m->type && o->kind == LSN_M_NAME ? mention_head(c, o) : NULL;
      if (h && !strcmp(h, head) && !different_ordinals(c, m, o)) {
        uf_union(u, (int32_t)i, (int32_t)k);
        break;
      }
    }
  }
}

/* The set a description with head word `head` at token `at` refers to: the
 * only set holding a name of `type` with that head, or, when several do,
 * the one named last before the description (-1 when none fits). */
static lsn_status
set_for_description(doc_ctx*    c,
                    uf*         u,
                    uint8_t     type,
                    const char* head,
                    uint32_t    at,
                    int32_t*    out)
{
  int32_t only = -1, recent = -1;
  bool    several = false;
  *out            = -1;
  for (size_t k = 0; k < c->r->n_mentions; ++k) {
    const lsn_mention* o = &c->r->mentions[k];
    if (o->type != type || o->kind == LSN_M_DESCRIPTION)
      continue;
    const char* h = mention_head(c, o);
    if (!h && o->gaz >= 0)
      h = gaz_head(c, o->gaz);
    bool fits = h && !strcmp(h, head);
    if (!fits)
      continue;
    int32_t root = uf_find(u, (int32_t)k);
    several |= only >= 0 && only != root;
    only = root;
    if (o->first < at &&
        (recent < 0 || o->first > c->r->mentions[recent].first))
      recent = (int32_t)k;
  }
  *out = !several ? only : recent >= 0 ? uf_find(u, recent) : -1;
  return LSN_OK;
}

static lsn_status
join_descriptions(doc_ctx* c, uf* u)
{
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    lsn_mention* m = &c->r->mentions[i];
    if (m->kind != LSN_M_DESCRIPTION)
      continue;
    const char* head = mention_head(c, m);
    int32_t     root = -1;
    lsn_status  st;
    if (head &&
        (st = set_for_description(c, u, m->type, head, m->first, &root)))
      return st;
    if (root >= 0)
      uf_union(u, (int32_t)i, root);
    else if (m->type == LSN_ORGANIZATION && tok_is_cap(c, m->first) &&
             !(tok_flags(c, m->first) & LSN_TF_SSTART))
      m->kind = LSN_M_NAME; /* "le Président du Syndicat": its own name */
    else
      m->type = LSN_N_TYPES; /* fits nothing: dropped */
  }
  return LSN_OK;
}

/* Building entities ---------------------------------------------------------
 */

lsn_status
entity_add_alt(lsn_entity* e, const char* label)
{
  if (!label || !*label || (e->name && !strcmp(e->name, label)))
    return LSN_OK;
  for (size_t i = 0; i < e->n_alts; ++i)
    if (!strcmp(e->alts[i], label))
      return LSN_OK;
  char* copy = lsn_strdup(label);
  if (!copy)
    return LSN_ERR_NOMEM;
  lsn_status st;
  LSN_PUSH(st, e->alts, e->n_alts, e->cap_alts, copy);
  if (st)
    lsn_free(copy);
  return st;
}

static int
mention_rank(const lsn_mention* m)
{
  return m->strength * 8 + (m->kind == LSN_M_NAME ? 4 : 0) +
         (m->kind == LSN_M_ACRONYM ? 2 : 0);
}

static lsn_status
add_gazetteer_labels(doc_ctx* c, lsn_entity* e)
{
  const lsn_gazetteer* gaz = c->ex->gaz;
  lsn_status           st  = LSN_OK;
  for (size_t i = 0; !st && i < gaz->n_labels; ++i)
    if ((int32_t)gaz->labels[i].entry == e->gaz)
      st = entity_add_alt(e, gaz->labels[i].form);
  return st;
}

static lsn_status
fill_entity(doc_ctx* c, const int32_t* members, size_t n, lsn_entity* e)
{
  lsn_status st       = LSN_OK;
  int32_t    best     = -1;
  size_t     best_len = 0;
  for (size_t k = 0; k < n; ++k) {
    const lsn_mention* m = &c->r->mentions[members[k]];
    if (best < 0 || mention_rank(m) > mention_rank(&c->r->mentions[best]))
      best = members[k];
    if (m->gaz >= 0 && (m->kind != LSN_M_PART || e->gaz < 0))
      e->gaz = m->gaz;
    if (m->kind == LSN_M_NAME && m->end - m->start > best_len) {
      best_len = m->end - m->start;
      lsn_free(e->name);
      if ((st = surface_text(c, m->start, m->end, &e->name)))
        return st;
    }
  }
  e->type = c->r->mentions[best].type;
  if (e->gaz >= 0) {
    const lsn_gaz_entry* g = &c->ex->gaz->entries[e->gaz];
    const char* label      = !strcmp(c->lang, "en") ? g->label_en : g->label_fr;
    if (!label)
      label = g->label_fr ? g->label_fr : g->label_en;
    if (label) {
      lsn_free(e->name);
      if (!(e->name = lsn_strdup(label)))
        return LSN_ERR_NOMEM;
    }
  }
  if (!e->name) {
    const lsn_mention* m = &c->r->mentions[best];
    if ((st = surface_text(c, m->start, m->end, &e->name)))
      return st;
  }
  for (size_t k = 0; !st && k < n; ++k) {
    const lsn_mention* m = &c->r->mentions[members[k]];
    if (m->kind == LSN_M_DESCRIPTION)
      continue;
    char* label = NULL;
    if (!(st = surface_text(c, m->start, m->end, &label)))
      st = entity_add_alt(e, label);
    lsn_free(label);
  }
  if (!st && e->gaz >= 0)
    st = add_gazetteer_labels(c, e);
  return st;
}

/* Group the kept mentions by set: `order` lists them set by set (sets in
 * order of their first mention), `start[root]` where each set begins. */
static lsn_status
group_by_set(doc_ctx*  c,
             uf*       u,
             int32_t** order_out,
             size_t**  start_out,
             size_t**  count_out)
{
  size_t   n     = c->r->n_mentions;
  int32_t* order = lsn_malloc((n + 1) * sizeof *order);
  size_t*  start = lsn_calloc(n + 1, sizeof *start);
  size_t*  count = lsn_calloc(n + 1, sizeof *count);
  if (!order || !start || !count) {
    lsn_free(order);
    lsn_free(start);
    lsn_free(count);
    return LSN_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; ++i)
    if (c->r->mentions[i].type != LSN_N_TYPES)
      ++count[uf_find(u, (int32_t)i)];
  for (size_t i = 0, at = 0; i < n; ++i) {
    start[i] = at;
    at += count[i];
  }
  memset(count, 0, (n + 1) * sizeof *count);
  for (size_t i = 0; i < n; ++i)
    if (c->r->mentions[i].type != LSN_N_TYPES) {
      size_t root                        = (size_t)uf_find(u, (int32_t)i);
      order[start[root] + count[root]++] = (int32_t)i;
    }
  *order_out = order;
  *start_out = start;
  *count_out = count;
  return LSN_OK;
}

static lsn_status
build_entities(doc_ctx* c, uf* u)
{
  lsn_doc_result* r = c->r;
  int32_t*        order = NULL;
  size_t *        start = NULL, *count = NULL;
  lsn_status      st = group_by_set(c, u, &order, &start, &count);
  for (size_t i = 0; !st && i < r->n_mentions; ++i) {
    lsn_mention* m    = &r->mentions[i];
    int32_t      root = uf_find(u, (int32_t)i);
    if (m->type == LSN_N_TYPES)
      continue;
    if (r->mentions[root].entity >= 0 && (size_t)root != i) {
      m->entity = r->mentions[root].entity;
      continue;
    }
    if ((st = lsn_grow((void**)&r->entities,
                       &r->cap_entities,
                       r->n_entities + 1,
                       sizeof *r->entities)))
      break;
    lsn_entity* e = &r->entities[r->n_entities];
    memset(e, 0, sizeof *e);
    e->gaz                   = -1;
    r->mentions[root].entity = (int32_t)r->n_entities;
    m->entity                = (int32_t)r->n_entities;
    ++r->n_entities;
    if ((st = fill_entity(c, order + start[root], count[root], e)))
      break;
    const char* head = mention_head(c, &r->mentions[root]);
    if (head && !(e->head = lsn_strdup(head)))
      st = LSN_ERR_NOMEM;
  }
  lsn_free(order);
  lsn_free(start);
  lsn_free(count);
  return st;
}

/* A person guessed only from capitals who turns out to be an acronym's
 * long form or a place is not a person: trust the stronger reading. */
static void
drop_weak_people(doc_ctx* c, uf* u)
{
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    lsn_mention* m = &c->r->mentions[i];
    if (m->type == LSN_PERSON && m->strength == 0) {
      int32_t root = uf_find(u, (int32_t)i);
      for (size_t k = 0; k < c->r->n_mentions; ++k)
        if (uf_find(u, (int32_t)k) == root &&
            c->r->mentions[k].type != LSN_PERSON &&
            c->r->mentions[k].strength > 0)
          m->type = c->r->mentions[k].type;
    }
  }
}

/* "UA" alone: a body if the document names one of the bodies it may
 * stand for. */
static void
resolve_ambiguous_acronyms(doc_ctx* c)
{
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    lsn_mention* m = &c->r->mentions[i];
    if (m->kind != LSN_M_ACRONYM || m->gaz >= 0 || m->type == LSN_N_TYPES)
      continue;
    int32_t entry = resolve_ambiguous(c, tok_key(c, m->first));
    if (entry >= 0) {
      m->gaz      = entry;
      m->type     = c->ex->gaz->entries[entry].type;
      m->strength = 3;
    }
  }
}

lsn_status
resolve_entities(doc_ctx* c)
{
  lsn_status st;
  resolve_ambiguous_acronyms(c);
  LSN_TRY(st, add_surname_mentions(c));
  uf u = { lsn_malloc((c->r->n_mentions + 1) * sizeof(int32_t)),
           c->r->n_mentions };
  if (!u.parent)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < u.n; ++i)
    u.parent[i] = (int32_t)i;
  if (!(st = join_same_names(c, &u))) {
    join_short_names(c, &u);
    join_short_bodies(c, &u);
    join_same_heads(c, &u);
    drop_weak_people(c, &u);
    if (!(st = join_descriptions(c, &u)))
      st = build_entities(c, &u);
  }
  lsn_free(u.parent);
  return st;
}
