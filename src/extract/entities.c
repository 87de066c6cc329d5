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

#include <stdlib.h>
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

static bool
is_head_word(const doc_ctx* c, size_t i, size_t limit)
{
  return lex_at(c, LEX_ORG_HEAD, i, limit) ||
         lex_at(c, LEX_EVENT_HEAD, i, limit) ||
         lex_at(c, LEX_AGREEMENT_HEAD, i, limit) ||
         lex_at(c, LEX_PLACE_HEAD, i, limit);
}

static const char*
find_head(const doc_ctx* c, const lsn_mention* m);

/* The folded key of the head word of a mention, or NULL (computed once per
 * mention while entities are resolved: the joins compare pairs). */
static const char*
mention_head(const doc_ctx* c, const lsn_mention* m)
{
  if (c->heads) {
    size_t i = (size_t)(m - c->r->mentions);
    if (i < c->r->n_mentions)
      return c->heads[i];
  }
  return find_head(c, m);
}

/* The head word of a mention: the last head word before its first
 * connector ("United Nations Regional Centre for ...": centre; "Bureau des
 * Nations Unies": bureau), else the first. */
static const char*
find_head(const doc_ctx* c, const lsn_mention* m)
{
  size_t found = SIZE_MAX;
  for (size_t i = m->first; i < m->last; ++i) {
    if (i > m->first && lex_at(c, LEX_CONNECTOR, i, m->last))
      break;
    if (is_head_word(c, i, m->last))
      found = i;
  }
  for (size_t i = m->first; found == SIZE_MAX && i < m->last; ++i)
    if (is_head_word(c, i, m->last))
      found = i;
  return found == SIZE_MAX ? NULL : tok_key(c, found);
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

/* The words of tokens [first, last) of the document, folded, joined by
 * spaces, into `key`. */
static lsn_status
words_key(const doc_ctx* c, size_t first, size_t last, lsn_buf* key)
{
  lsn_status st = LSN_OK;
  lsn_buf_clear(key);
  for (size_t k = first; !st && k < last; ++k)
    if (!(st = lsn_buf_adds(key, tok_key(c, k))))
      st = lsn_buf_addc(key, ' ');
  return st;
}

/* For each ending of a full person name ("Voronkov", "Ould Cheikh-Sidi"),
 * the names that end with it.  Mentions with the same words are one set
 * already (join_same_names), so the first of them stands for all: the work
 * grows with the mentions times the distinct names that share an ending,
 * not with the square of the mentions. */
typedef struct {
  lsn_map* by_ending; /* words -> index into lists */
  int32_t* items;     /* per list: mention indices, -1 ended */
  size_t   n_items, cap_items;
  size_t*  heads; /* per list: first item, then its last */
  size_t*  next;  /* per item: next item of its list, SIZE_MAX at the end */
  size_t   n_lists, cap_heads, cap_next;
} endings;

static lsn_status
endings_add(endings* e, const char* words, size_t len, int32_t mention)
{
  size_t     list;
  lsn_status st;
  if (!lsn_map_get(e->by_ending, words, len, &list)) {
    list = e->n_lists;
    LSN_TRY(
      st,
      lsn_grow(
        (void**)&e->heads, &e->cap_heads, 2 * list + 2, sizeof *e->heads));
    e->heads[2 * list] = e->heads[2 * list + 1] = SIZE_MAX;
    ++e->n_lists;
    LSN_TRY(st, lsn_map_put(e->by_ending, words, len, list));
  }
  /* Items are pushed in mention order and read back in that order. */
  LSN_TRY(
    st,
    lsn_grow((void**)&e->next, &e->cap_next, e->n_items + 1, sizeof *e->next));
  LSN_PUSH(st, e->items, e->n_items, e->cap_items, mention);
  if (st)
    return st;
  size_t item   = e->n_items - 1;
  e->next[item] = SIZE_MAX;
  if (e->heads[2 * list] == SIZE_MAX)
    e->heads[2 * list] = item;
  else
    e->next[e->heads[2 * list + 1]] = item;
  e->heads[2 * list + 1] = item;
  return LSN_OK;
}

static void
endings_free(endings* e)
{
  lsn_map_free(e->by_ending);
  lsn_free(e->items);
  lsn_free(e->heads);
  lsn_free(e->next);
}

/* Index the parts of the distinct names of `type`: their endings
 * (`endings_only`), else every run of 2 to MAX_PART words inside them. */
#define MAX_PART 16

static lsn_status
index_parts(doc_ctx* c,
            endings* e,
            lsn_buf* key,
            uint8_t  type,
            bool     endings_only)
{
  lsn_map*   seen = lsn_map_new();
  lsn_status st   = seen ? LSN_OK : LSN_ERR_NOMEM;
  for (size_t i = 0; !st && i < c->r->n_mentions; ++i) {
    const lsn_mention* full = &c->r->mentions[i];
    size_t             n    = full->last - full->first;
    if (full->type != type || full->kind != LSN_M_NAME || n < 2)
      continue;
    if ((st = words_key(c, full->first, full->last, key)) ||
        lsn_map_get(seen, key->data, key->len, NULL) ||
        (st = lsn_map_put(seen, key->data, key->len, i)))
      continue;
    for (size_t len = endings_only ? 1 : 2; !st && len < n && len <= MAX_PART;
         ++len)
      for (size_t at = endings_only ? n - len : 0; !st && at + len <= n; ++at)
        if (!(st = words_key(c, full->first + at, full->first + at + len, key)))
          st = endings_add(e, key->data, key->len, (int32_t)i);
  }
  lsn_map_free(seen);
  return st;
}

/* The full name whose first word is the one-word mention m, and how many
 * people have such a name (*count). */
static int32_t
first_name_of(const doc_ctx* c, uf* u, const lsn_mention* m, int32_t* count)
{
  int32_t found = -1;
  *count        = 0;
  for (size_t k = 0; k < c->r->n_mentions && *count < 2; ++k) {
    const lsn_mention* full = &c->r->mentions[k];
    if (full->type != LSN_PERSON || full->kind != LSN_M_NAME ||
        full->last - full->first < 2 ||
        strcmp(tok_key(c, full->first), tok_key(c, m->first)))
      continue;
    if (found < 0 || uf_find(u, (int32_t)k) != uf_find(u, found))
      ++*count;
    if (found < 0)
      found = (int32_t)k;
  }
  return found;
}

static lsn_status
join_short_names(doc_ctx* c, uf* u)
{
  endings    e = { lsn_map_new(), NULL, 0, 0, NULL, NULL, 0, 0, 0 };
  lsn_buf    key;
  lsn_status st = e.by_ending ? LSN_OK : LSN_ERR_NOMEM;
  lsn_buf_init(&key, 0);
  if (!st)
    st = index_parts(c, &e, &key, LSN_PERSON, true);
  for (size_t i = 0; !st && i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    size_t             list;
    if (m->type != LSN_PERSON || m->kind == LSN_M_DESCRIPTION ||
        (st = words_key(c, m->first, m->last, &key)))
      continue;
    int32_t found = -1, count = 0;
    for (size_t at = lsn_map_get(e.by_ending, key.data, key.len, &list)
                       ? e.heads[2 * list]
                       : SIZE_MAX;
         at != SIZE_MAX && count < 2;
         at = e.next[at]) {
      int32_t k = e.items[at];
      if (found < 0 || uf_find(u, k) != uf_find(u, found))
        ++count;
      if (found < 0)
        found = k;
    }
    if (count == 0 && m->last == m->first + 1 && m->first > 0 &&
        lsn_phrases_match_ending(
          c->ex->ph, LEX_HONORIFIC, c->lang, c->t, 0, m->first))
      found = first_name_of(c, u, m, &count); /* "Sheikh Khalid" */
    if (count == 1)
      uf_union(u, (int32_t)i, found);
  }
  lsn_buf_free(&key);
  endings_free(&e);
  return st;
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
static lsn_status
join_short_bodies(doc_ctx* c, uf* u)
{
  endings    e = { lsn_map_new(), NULL, 0, 0, NULL, NULL, 0, 0, 0 };
  lsn_buf    key;
  lsn_status st = e.by_ending ? LSN_OK : LSN_ERR_NOMEM;
  lsn_buf_init(&key, 0);
  if (!st)
    st = index_parts(c, &e, &key, LSN_ORGANIZATION, false);
  for (size_t i = 0; !st && i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    size_t             list;
    if (m->type != LSN_ORGANIZATION || m->kind != LSN_M_NAME || m->gaz >= 0 ||
        m->last - m->first < 2)
      continue;
    int32_t found   = -1;
    bool    several = false;
    if (m->last - m->first > MAX_PART) {
      /* Longer than any indexed part: look at every name. */
      for (size_t k = 0; k < c->r->n_mentions; ++k) {
        const lsn_mention* full = &c->r->mentions[k];
        if (k == i || full->type != LSN_ORGANIZATION ||
            full->kind != LSN_M_NAME || !inside_name(c, m, full))
          continue;
        several |= found >= 0 && uf_find(u, found) != uf_find(u, (int32_t)k);
        found = (int32_t)k;
      }
    } else if (!(st = words_key(c, m->first, m->last, &key)) &&
               lsn_map_get(e.by_ending, key.data, key.len, &list)) {
      for (size_t at = e.heads[2 * list]; at != SIZE_MAX; at = e.next[at]) {
        int32_t k = e.items[at];
        several |= found >= 0 && uf_find(u, found) != uf_find(u, k);
        found = k;
      }
    }
    if (found >= 0 && !several)
      uf_union(u, (int32_t)i, found);
  }
  lsn_buf_free(&key);
  endings_free(&e);
  return st;
}

/* "troisième Forum" and "quatrième Forum" are two forums; so are "the
 * Forum" and "the next Forum". */
static bool
different_ordinals(const doc_ctx* c, const lsn_mention* a, const lsn_mention* b)
{
  bool oa = lex_at(c, LEX_ORDINAL, a->first, a->last) > 0;
  bool ob = lex_at(c, LEX_ORDINAL, b->first, b->last) > 0;
  if (oa && ob && strcmp(tok_key(c, a->first), tok_key(c, b->first)))
    return true;
  /* "the next meeting" is not the meeting reported. */
  return (lex_at(c, LEX_NEXT, a->first, a->last) > 0) !=
         (lex_at(c, LEX_NEXT, b->first, b->last) > 0);
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

/* Names by type and head word, sorted, so that a description finds the
 * names it may mean without a pass over every mention (reports repeat "la
 * conférence" as often as they name people). */
typedef struct {
  uint8_t     type;
  const char* head;
  int32_t     mention;
} head_entry;

static int
compare_heads(const void* a, const void* b)
{
  const head_entry* x = a;
  const head_entry* y = b;
  if (x->type != y->type)
    return x->type < y->type ? -1 : 1;
  int d = strcmp(x->head, y->head);
  return d ? d : (x->mention > y->mention) - (x->mention < y->mention);
}

static const char*
name_head(const doc_ctx* c, const lsn_mention* o)
{
  const char* h = mention_head(c, o);
  return !h && o->gaz >= 0 ? gaz_head(c, o->gaz) : h;
}

typedef struct {
  head_entry* entries;
  size_t      n;
  int32_t*    late; /* descriptions that turned out to be names */
  size_t      n_late;
} head_index;

/* Does name mention k fit (type, head)?  Then count it towards the sets. */
static void
fit_name(doc_ctx* c,
         uf*      u,
         int32_t  k,
         uint32_t at,
         int32_t* only,
         int32_t* recent,
         bool*    several)
{
  int32_t root = uf_find(u, k);
  *several |= *only >= 0 && *only != root;
  *only                = root;
  const lsn_mention* o = &c->r->mentions[k];
  if (o->first < at &&
      (*recent < 0 || o->first > c->r->mentions[*recent].first))
    *recent = k;
}

/* The set a description with head word `head` at token `at` refers to: the
 * only set holding a name of `type` with that head, or, when several do,
 * the one named last before the description (-1 when none fits). */
static int32_t
set_for_description(doc_ctx*          c,
                    uf*               u,
                    const head_index* idx,
                    uint8_t           type,
                    const char*       head,
                    uint32_t          at)
{
  int32_t    only = -1, recent = -1;
  bool       several = false;
  head_entry key     = { type, head, -1 };
  size_t     lo = 0, hi = idx->n;
  while (lo < hi) { /* the first entry not below (type, head) */
    size_t mid = (lo + hi) / 2;
    if (compare_heads(&idx->entries[mid], &key) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t k = lo; k < idx->n && idx->entries[k].type == type &&
                      !strcmp(idx->entries[k].head, head);
       ++k)
    fit_name(c, u, idx->entries[k].mention, at, &only, &recent, &several);
  for (size_t k = 0; k < idx->n_late; ++k) {
    const lsn_mention* o = &c->r->mentions[idx->late[k]];
    const char*        h = name_head(c, o);
    if (o->type == type && h && !strcmp(h, head))
      fit_name(c, u, idx->late[k], at, &only, &recent, &several);
  }
  return !several ? only : recent >= 0 ? uf_find(u, recent) : -1;
}

/* The only set holding a name of `type`, or -1. */
static int32_t
only_set_of(doc_ctx* c, uf* u, uint8_t type)
{
  int32_t only = -1;
  for (size_t k = 0; k < c->r->n_mentions; ++k) {
    const lsn_mention* o = &c->r->mentions[k];
    if (o->type != type || o->kind == LSN_M_DESCRIPTION)
      continue;
    int32_t root = uf_find(u, (int32_t)k);
    if (only >= 0 && only != root)
      return -1;
    only = root;
  }
  return only;
}

static lsn_status
join_descriptions(doc_ctx* c, uf* u)
{
  size_t     n   = c->r->n_mentions;
  head_index idx = { lsn_malloc((n + 1) * sizeof *idx.entries),
                     0,
                     lsn_malloc((n + 1) * sizeof *idx.late),
                     0 };
  if (!idx.entries || !idx.late) {
    lsn_free(idx.entries);
    lsn_free(idx.late);
    return LSN_ERR_NOMEM;
  }
  for (size_t k = 0; k < n; ++k) {
    const lsn_mention* o = &c->r->mentions[k];
    const char* h = o->kind == LSN_M_DESCRIPTION ? NULL : name_head(c, o);
    if (h)
      idx.entries[idx.n++] = (head_entry){ o->type, h, (int32_t)k };
  }
  qsort(idx.entries, idx.n, sizeof *idx.entries, compare_heads);
  for (size_t i = 0; i < n; ++i) {
    lsn_mention* m = &c->r->mentions[i];
    if (m->kind != LSN_M_DESCRIPTION)
      continue;
    const char* head = mention_head(c, m);
    int32_t     root =
      head ? set_for_description(c, u, &idx, m->type, head, m->first) : -1;
    if (root < 0 && m->type == LSN_AGREEMENT)
      root = only_set_of(c, u, LSN_AGREEMENT); /* "the MoU", "le texte" */
    if (root >= 0) {
      uf_union(u, (int32_t)i, root);
    } else if (m->type == LSN_ORGANIZATION && tok_is_cap(c, m->first) &&
               !(tok_flags(c, m->first) & LSN_TF_SSTART)) {
      m->kind                = LSN_M_NAME; /* "le Président du Syndicat" */
      idx.late[idx.n_late++] = (int32_t)i;
    } else {
      m->type = LSN_N_TYPES; /* fits nothing: dropped */
    }
  }
  lsn_free(idx.entries);
  lsn_free(idx.late);
  return LSN_OK;
}

/* Building entities ---------------------------------------------------------
 */

/* Add a label known not to be among the entity's alts. */
static lsn_status
entity_add_alt_new(lsn_entity* e, const char* label)
{
  char* copy = lsn_strdup(label);
  if (!copy)
    return LSN_ERR_NOMEM;
  lsn_status st;
  LSN_PUSH(st, e->alts, e->n_alts, e->cap_alts, copy);
  if (st)
    lsn_free(copy);
  return st;
}

lsn_status
entity_add_alt(lsn_entity* e, const char* label)
{
  if (!label || !*label || (e->name && !strcmp(e->name, label)))
    return LSN_OK;
  for (size_t i = 0; i < e->n_alts; ++i)
    if (!strcmp(e->alts[i], label))
      return LSN_OK;
  return entity_add_alt_new(e, label);
}

/* entity_add_alt for many labels: `seen` holds the alts added so far, so
 * that an entity named a thousand ways is not a quadratic scan. */
static lsn_status
add_alt_seen(lsn_entity* e, const char* label, lsn_map* seen)
{
  if (!seen || !label)
    return entity_add_alt(e, label);
  size_t     len = strlen(label);
  lsn_status st;
  if (!len || lsn_map_get(seen, label, len, NULL) ||
      (e->name && !strcmp(e->name, label)))
    return LSN_OK;
  LSN_TRY(st, lsn_map_put(seen, label, len, 0));
  return entity_add_alt_new(e, label);
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
  lsn_map* seen = n > 16 ? lsn_map_new() : NULL;
  if (n > 16 && !seen)
    return LSN_ERR_NOMEM;
  for (size_t k = 0; !st && k < n; ++k) {
    const lsn_mention* m = &c->r->mentions[members[k]];
    if (m->kind == LSN_M_DESCRIPTION)
      continue;
    char* label = NULL;
    if (!(st = surface_text(c, m->start, m->end, &label)))
      st = add_alt_seen(e, label, seen);
    lsn_free(label);
  }
  lsn_map_free(seen);
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
  lsn_doc_result* r     = c->r;
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

/* Does mention m act as a body: the body of a title held before it
 * ("Executive Director of WACSFE") or the one that commits ("WACSFE
 * committed to")?  Events do neither. */
static bool
acts_as_body(const doc_ctx* c, const lsn_mention* m)
{
  size_t floor = c->t->sents[m->sent].first, limit = sentence_end(c, m->sent);
  size_t k = m->first;
  while (k > floor && (lex_at(c, LEX_CONNECTOR, k - 1, m->first) ||
                       lex_at(c, LEX_ARTICLE, k - 1, m->first)))
    --k;
  if (k < m->first && k > floor &&
      lsn_phrases_match_ending(c->ex->ph, LEX_TITLE, c->lang, c->t, floor, k))
    return true;
  /* "... is part of the Western Mediterranean Forum (WMFSR)", "a rejoint
   * le Forum X": what one is part or a member of is a body. */
  if (lsn_phrases_match_ending(
        c->ex->ph, LEX_PART_OF, c->lang, c->t, floor, k) ||
      lsn_phrases_match_ending(
        c->ex->ph, LEX_MEMBER_OF, c->lang, c->t, floor, k))
    return true;
  return lex_at(c, LEX_COMMIT, m->last, limit) > 0;
}

/* Before mentions are joined: an event name whose acronym, anywhere in the
 * document, acts as a body ("Executive Director of WACSFE", "WACSFE
 * committed to") names a body; so does the acronym. */
static void
retype_acting_acronyms(doc_ctx* c)
{
  lsn_doc_result* r = c->r;
  for (size_t a = 0; a < r->n_mentions; ++a) {
    int32_t lf = c->alias_of[a];
    if (lf < 0 || r->mentions[lf].type != LSN_EVENT ||
        r->mentions[lf].kind != LSN_M_NAME ||
        lex_at(c, LEX_ORDINAL, r->mentions[lf].first, r->mentions[lf].last) ||
        r->mentions[a].last != r->mentions[a].first + 1)
      continue;
    const char* form = tok_key(c, r->mentions[a].first);
    bool        acts = acts_as_body(c, &r->mentions[lf]);
    for (size_t k = 0; k < r->n_mentions && !acts; ++k)
      acts = r->mentions[k].kind == LSN_M_ACRONYM &&
             !strcmp(tok_key(c, r->mentions[k].first), form) &&
             acts_as_body(c, &r->mentions[k]);
    if (!acts)
      continue;
    r->mentions[lf].type = LSN_ORGANIZATION;
    for (size_t k = 0; k < r->n_mentions; ++k)
      if (r->mentions[k].kind == LSN_M_ACRONYM &&
          !strcmp(tok_key(c, r->mentions[k].first), form))
        r->mentions[k].type = LSN_ORGANIZATION;
  }
}

/* "the West African Civil Society Forum on Elections (WACSFE)" has an
 * Executive Director and commits: a body named like an event is a body. */
static void
retype_acting_events(doc_ctx* c)
{
  lsn_doc_result* r = c->r;
  for (size_t e = 0; e < r->n_entities; ++e) {
    if (r->entities[e].type != LSN_EVENT)
      continue;
    bool acts = false, ordinal = false;
    for (size_t i = 0; i < r->n_mentions; ++i) {
      const lsn_mention* m = &r->mentions[i];
      if (m->entity != (int32_t)e)
        continue;
      ordinal |= lex_at(c, LEX_ORDINAL, m->first, m->last) > 0 ||
                 lex_at(c, LEX_NEXT, m->first, m->last) > 0;
      acts |= acts_as_body(c, m);
    }
    if (!acts || ordinal)
      continue;
    r->entities[e].type = LSN_ORGANIZATION;
    for (size_t i = 0; i < r->n_mentions; ++i)
      if (r->mentions[i].entity == (int32_t)e)
        r->mentions[i].type = LSN_ORGANIZATION;
  }
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
  retype_acting_acronyms(c);
  LSN_TRY(st, add_surname_mentions(c));
  uf           u     = { lsn_malloc((c->r->n_mentions + 1) * sizeof(int32_t)),
                         c->r->n_mentions };
  const char** heads = lsn_malloc((c->r->n_mentions + 1) * sizeof *heads);
  if (!u.parent || !heads) {
    lsn_free(u.parent);
    lsn_free(heads);
    return LSN_ERR_NOMEM;
  }
  for (size_t i = 0; i < c->r->n_mentions; ++i)
    heads[i] = find_head(c, &c->r->mentions[i]);
  c->heads = heads;
  for (size_t i = 0; i < u.n; ++i)
    u.parent[i] = (int32_t)i;
  if (!(st = join_same_names(c, &u)) && !(st = join_short_names(c, &u)) &&
      !(st = join_short_bodies(c, &u))) {
    join_same_heads(c, &u);
    drop_weak_people(c, &u);
    if (!(st = join_descriptions(c, &u)) && !(st = build_entities(c, &u)))
      retype_acting_events(c);
  }
  c->heads = NULL;
  lsn_free(heads);
  lsn_free(u.parent);
  return st;
}
