/* SPDX-License-Identifier: ISC */
/*
 * Training: a structured averaged perceptron (Collins 2002) over the same
 * features and Viterbi decoder as tagging: each sentence is decoded with the
 * current weights and, where the best path differs from the gold one, the
 * gold path's features are rewarded and the predicted path's penalised.
 * LSN_TRAIN_ROUNDS such perceptrons, each from zero on its own shuffles,
 * are averaged into the model (parameter mixing).
 *
 * Integer updates (+1/-1) and the averaging trick of Daume (w - u/c) keep
 * training exact; sentences are visited in an order shuffled per epoch by a
 * fixed-seed generator, labels are sorted by name and features by key, so the
 * same inputs give the same model bytes.  Averaged weights are scaled to
 * int16 and features whose weights are all tiny (SMALLEST_WEIGHT) dropped.
 */
#include "tagger_int.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_EPOCHS 12u
#define LSN_TRAIN_ROUNDS 8u
/* Rows whose weights are all within this (of 32000) are dropped: a third of
 * the features of a mixed model, for no change in held-out F1 (fr) or 0.07
 * points (en), and a table that fits the caches better. */
#define SMALLEST_WEIGHT 32
#define DEFAULT_MIN_COUNT 2u
#define DEFAULT_SEED 0x4c534e31u
#define MAX_CORPUS_BYTES ((size_t)1 << 31)

struct lsn_trainer {
  lsn_train_options opts;
  char              lang[8];
  lsn_label         labels[LSN_MODEL_MAX_LABELS];
  uint32_t          n_labels;
  lsn_buf           text;      /* token bytes, back to back */
  uint32_t*         tok_start; /* [n_tokens] offsets into text */
  uint16_t*         tok_len;
  uint8_t*          gold; /* label ids in `labels` order */
  size_t            n_tokens, cap_tokens;
  uint32_t*         sent_start; /* [n_sents] first token */
  size_t            n_sents, cap_sents;
  lsn_u32_map       words;   /* word key -> LSN_LEX_* */
  lsn_u32_map       classes; /* class key -> class value */
};

lsn_status
lsn_trainer_new(lsn_trainer** out, const lsn_train_options* options)
{
  lsn_trainer* t;
  lsn_status   st;
  if (!out)
    return LSN_ERR_BAD_ARG;
  if (!(*out = t = lsn_calloc(1, sizeof *t)))
    return LSN_ERR_NOMEM;
  if (options)
    t->opts = *options;
  t->opts.epochs    = t->opts.epochs ? t->opts.epochs : DEFAULT_EPOCHS;
  t->opts.min_count = t->opts.min_count ? t->opts.min_count : DEFAULT_MIN_COUNT;
  t->opts.seed      = t->opts.seed ? t->opts.seed : DEFAULT_SEED;
  if (t->opts.lang)
    snprintf(t->lang, sizeof t->lang, "%s", t->opts.lang);
  t->opts.lang = NULL; /* not kept: the caller's string */
  lsn_buf_init(&t->text, MAX_CORPUS_BYTES);
  if ((st = lsn_u32_map_init(&t->words, 16)) ||
      (st = lsn_u32_map_init(&t->classes, 16))) {
    lsn_trainer_free(t);
    *out = NULL;
  }
  return st;
}

void
lsn_trainer_free(lsn_trainer* trainer)
{
  if (!trainer)
    return;
  lsn_buf_free(&trainer->text);
  lsn_free(trainer->tok_start);
  lsn_free(trainer->tok_len);
  lsn_free(trainer->gold);
  lsn_free(trainer->sent_start);
  lsn_u32_map_clear(&trainer->words);
  lsn_u32_map_clear(&trainer->classes);
  lsn_free(trainer);
}

/* ------------------------------------------------------------------------ */
/* Collecting data                                                          */

static lsn_status
label_id(lsn_trainer* t, const lsn_conll_tok* tok, uint8_t* id)
{
  lsn_label label;
  if (lsn_label_parse(&label, tok->tag, tok->tag_len))
    return LSN_ERR_BAD_DATA;
  for (uint32_t i = 0; i < t->n_labels; ++i)
    if (!strcmp(t->labels[i].name, label.name)) {
      *id = (uint8_t)i;
      return LSN_OK;
    }
  if (t->n_labels == LSN_MODEL_MAX_LABELS)
    return LSN_ERR_BAD_DATA;
  t->labels[t->n_labels] = label;
  *id                    = (uint8_t)t->n_labels++;
  return LSN_OK;
}

static lsn_status
add_token(lsn_trainer* t, const lsn_conll_tok* tok, uint8_t id)
{
  lsn_status st;
  size_t     cap = t->cap_tokens, cap2 = cap, cap3 = cap;
  size_t     len = tok->token_len < UINT16_MAX ? tok->token_len : UINT16_MAX;
  if (t->text.len > UINT32_MAX - len)
    return LSN_ERR_NOMEM;
  LSN_TRY(st, lsn_grow((void**)&t->tok_start, &cap, t->n_tokens + 1, 4));
  LSN_TRY(st, lsn_grow((void**)&t->tok_len, &cap2, t->n_tokens + 1, 2));
  LSN_TRY(st, lsn_grow((void**)&t->gold, &cap3, t->n_tokens + 1, 1));
  t->cap_tokens             = cap < cap2 ? (cap < cap3 ? cap : cap3) : cap2;
  t->tok_start[t->n_tokens] = (uint32_t)t->text.len;
  t->tok_len[t->n_tokens]   = (uint16_t)len;
  t->gold[t->n_tokens++]    = id;
  return lsn_buf_add(&t->text, tok->token, len);
}

static lsn_status
add_sentence(lsn_trainer* t, const lsn_conll_reader* r)
{
  lsn_status st;
  uint32_t   first = (uint32_t)t->n_tokens;
  for (size_t i = 0; i < r->n; ++i) {
    uint8_t id;
    if (label_id(t, &r->toks[i], &id)) {
      lsn_tagger_report(
        r->diag,
        r->diag_handle,
        LSN_ERR_BAD_DATA,
        r->path,
        r->toks[i].line_no,
        "bad tag '%.*s' (expected O, B-X or I-X)",
        (int)(r->toks[i].tag_len < 40 ? r->toks[i].tag_len : 40),
        r->toks[i].tag);
      return LSN_ERR_BAD_DATA;
    }
    LSN_TRY(st, add_token(t, &r->toks[i], id));
  }
  LSN_PUSH(st, t->sent_start, t->n_sents, t->cap_sents, first);
  return st;
}

lsn_status
lsn_trainer_add_conll(lsn_trainer*  trainer,
                      const char*   path,
                      const char*   bytes,
                      size_t        len,
                      lsn_diag_func diag,
                      void*         diag_handle)
{
  lsn_conll_reader r;
  lsn_status       st;
  if (!trainer || (!bytes && len))
    return LSN_ERR_BAD_ARG;
  size_t   n_tokens = trainer->n_tokens, n_sents = trainer->n_sents;
  size_t   n_text   = trainer->text.len;
  uint32_t n_labels = trainer->n_labels;
  lsn_conll_init(&r, path, bytes, len, true);
  r.diag        = diag;
  r.diag_handle = diag_handle;
  while (!(st = lsn_conll_next(&r)))
    if ((st = add_sentence(trainer, &r)))
      break;
  lsn_conll_free(&r);
  if (st == LSN_DONE)
    return LSN_OK;
  trainer->n_tokens = n_tokens; /* keep nothing of this buffer */
  trainer->n_sents  = n_sents;
  trainer->text.len = n_text;
  trainer->n_labels = n_labels;
  return st;
}

static lsn_status
read_or_report(const char*   path,
               char**        bytes,
               size_t*       len,
               lsn_diag_func diag,
               void*         diag_handle)
{
  lsn_status st = lsn_tagger_read_input(path, bytes, len);
  if (st)
    lsn_tagger_report(diag,
                      diag_handle,
                      st,
                      path,
                      0,
                      "cannot read: %s",
                      st == LSN_ERR_IO ? strerror(errno) : lsn_strerror(st));
  return st;
}

lsn_status
lsn_trainer_add_conll_file(lsn_trainer*  trainer,
                           const char*   path,
                           lsn_diag_func diag,
                           void*         diag_handle)
{
  char*      bytes = NULL;
  size_t     len   = 0;
  lsn_status st;
  if (!trainer || !path)
    return LSN_ERR_BAD_ARG;
  LSN_TRY(st, read_or_report(path, &bytes, &len, diag, diag_handle));
  st = lsn_trainer_add_conll(trainer, path, bytes, len, diag, diag_handle);
  lsn_free(bytes);
  return st;
}

static uint32_t
gazetteer_flag(const char* type, size_t len)
{
  static const char* const names[] = { "PER", "LOC", "ORG", "MISC" };
  for (uint32_t i = 0; i < 4; ++i)
    if (len == strlen(names[i]) && !memcmp(type, names[i], len))
      return LSN_LEX_PER << i;
  return 0;
}

/* Record one word: its form as written, flagged lower-case or capitalised,
 * or with a gazetteer type after a tab. */
static lsn_status
add_word(lsn_trainer* t, const char* w, size_t len)
{
  char        lower[LSN_TAGGER_MAX_TOKEN + 8];
  const char* tab  = memchr(w, '\t', len);
  uint32_t    flag = 0;
  if (tab) {
    flag = gazetteer_flag(tab + 1, len - (size_t)(tab + 1 - w));
    len  = (size_t)(tab - w);
    if (!flag || !len)
      return LSN_ERR_BAD_DATA;
  } else {
    size_t lower_len = lsn_lower_utf8(w, len, lower, sizeof lower);
    bool   is_lower  = lower_len == len && !memcmp(lower, w, len);
    flag             = is_lower ? LSN_LEX_LOWER : LSN_LEX_CAPITAL;
  }
  uint32_t      key  = lsn_features_word_key(w, len);
  lsn_u32_slot* slot = lsn_u32_map_slot(&t->words, key);
  return lsn_u32_map_put(&t->words, key, (slot->key ? slot->value : 0) | flag);
}

/* Call `add` on each line of a word-list file (`#` comments, CR LF and
 * overlong lines skipped), reporting a line it refuses with `expected`. */
static lsn_status
each_line(lsn_trainer* t,
          const char*  path,
          lsn_status (*add)(lsn_trainer*, const char*, size_t),
          const char*   expected,
          lsn_diag_func diag,
          void*         diag_handle)
{
  char*      bytes = NULL;
  size_t     len   = 0;
  lsn_status st    = LSN_OK;
  if (!t || !path)
    return LSN_ERR_BAD_ARG;
  LSN_TRY(st, read_or_report(path, &bytes, &len, diag, diag_handle));
  unsigned line = 0;
  for (size_t pos = 0; pos < len && !st; ++line) {
    const char* nl  = memchr(bytes + pos, '\n', len - pos);
    size_t      end = nl ? (size_t)(nl - bytes) : len;
    size_t      n   = end - pos;
    if (n && bytes[end - 1] == '\r')
      --n;
    if (n && n <= LSN_TAGGER_MAX_TOKEN && bytes[pos] != '#')
      st = add(t, bytes + pos, n);
    if (st == LSN_ERR_BAD_DATA)
      lsn_tagger_report(diag, diag_handle, st, path, line + 1, "%s", expected);
    pos = end + 1;
  }
  lsn_free(bytes);
  return st;
}

lsn_status
lsn_trainer_add_words_file(lsn_trainer*  trainer,
                           const char*   path,
                           lsn_diag_func diag,
                           void*         diag_handle)
{
  return each_line(trainer,
                   path,
                   add_word,
                   "expected WORD or WORD<TAB>PER|LOC|ORG|MISC",
                   diag,
                   diag_handle);
}

/* Record one `word<TAB>CLASS` line: the key of the word's lower case and
 * the class name's hash (nonzero); a later line for the word wins. */
static lsn_status
add_class(lsn_trainer* t, const char* w, size_t len)
{
  char        lower[LSN_TAGGER_MAX_TOKEN + 8];
  const char* tab = memchr(w, '\t', len);
  if (!tab || tab == w || tab + 1 == w + len)
    return LSN_ERR_BAD_DATA;
  size_t lower_len = lsn_lower_utf8(w, (size_t)(tab - w), lower, sizeof lower);
  uint32_t value =
    (uint32_t)lsn_tagger_hash(tab + 1, len - (size_t)(tab + 1 - w));
  return lsn_u32_map_put(
    &t->classes, lsn_features_class_key(lower, lower_len), value ? value : 1u);
}

lsn_status
lsn_trainer_add_classes_file(lsn_trainer*  trainer,
                             const char*   path,
                             lsn_diag_func diag,
                             void*         diag_handle)
{
  return each_line(
    trainer, path, add_class, "expected WORD<TAB>CLASS", diag, diag_handle);
}

/* ------------------------------------------------------------------------ */
/* Learning                                                                 */

/* The analysed corpus: token info and static keys (0 = pruned). */
typedef struct {
  lsn_tok_info* info;  /* [n_tokens] */
  uint32_t*     keys;  /* [n_tokens][LSN_STATIC_FEATURES] */
  uint8_t*      nkeys; /* [n_tokens] */
  uint8_t*      gold;  /* [n_tokens], model label ids */
} corpus;

/* Weights being learnt: w current, u the sum of c * update, per row. */
typedef struct {
  lsn_u32_map rows; /* key -> row */
  uint32_t*   keys; /* [n_rows] */
  int32_t*    w;    /* [n_rows][L] */
  int64_t*    u;
  size_t      n_rows, cap_rows;
  size_t      L; /* row width */
  int64_t     c; /* tokens seen */
} perceptron;

/* Static features: rows of L labels; tag-history groups: rows of
 * (L + 1) x L, [previous label][label]. */
typedef struct {
  perceptron stat;
  perceptron hist;
  size_t     L;
} learner;

static int
compare_labels(const void* a, const void* b)
{
  const lsn_label* x = a;
  const lsn_label* y = b;
  if (!x->kindlen != !y->kindlen)
    return x->kindlen ? 1 : -1; /* O first */
  return strcmp(x->name, y->name);
}

static int
compare_u32(const void* a, const void* b)
{
  uint32_t x = *(const uint32_t*)a, y = *(const uint32_t*)b;
  return x < y ? -1 : x > y;
}

static int
compare_u64(const void* a, const void* b)
{
  uint64_t x = *(const uint64_t*)a, y = *(const uint64_t*)b;
  return x < y ? -1 : x > y;
}

/* Add label `part`-X to `m` for the kind X of `like`, unless present. */
static lsn_status
add_label(lsn_model* m, const lsn_label* like, char part)
{
  char name[LSN_MODEL_MAX_LABEL_LEN + 1];
  memcpy(name, like->name, like->kindlen);
  name[0] = part;
  for (uint32_t l = 0; l < m->n_labels; ++l)
    if (m->labels[l].kindlen == like->kindlen &&
        !memcmp(m->labels[l].name, name, like->kindlen))
      return LSN_OK;
  if (m->n_labels == LSN_MODEL_MAX_LABELS)
    return LSN_ERR_BAD_DATA;
  return lsn_label_parse(&m->labels[m->n_labels++], name, like->kindlen);
}

/* Labels B-X, I-X, E-X and S-X for each kind X of the data, sorted. */
static lsn_status
bioes_labels(lsn_model* m)
{
  lsn_status st;
  uint32_t   n = m->n_labels;
  for (uint32_t l = 0; l < n; ++l)
    for (const char* part = "BIES"; *part && m->labels[l].kindlen; ++part)
      LSN_TRY(st, add_label(m, &m->labels[l], *part));
  qsort(m->labels, m->n_labels, sizeof *m->labels, compare_labels);
  return LSN_OK;
}

/* The trainer's word classes into `m`, by key, and the model finished. */
static lsn_status
classes_into(const lsn_trainer* t, lsn_model* m)
{
  size_t n        = t->classes.count;
  m->class_keys   = lsn_malloc((n + 1) * sizeof *m->class_keys);
  m->class_values = lsn_malloc((n + 1) * sizeof *m->class_values);
  if (!m->class_keys || !m->class_values)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i <= t->classes.mask; ++i)
    if (t->classes.slots[i].key)
      m->class_keys[m->n_classes++] = t->classes.slots[i].key;
  qsort(m->class_keys, m->n_classes, sizeof *m->class_keys, compare_u32);
  for (uint32_t i = 0; i < m->n_classes; ++i)
    m->class_values[i] = lsn_u32_map_slot(&t->classes, m->class_keys[i])->value;
  return lsn_model_finish(m);
}

/* A model with sorted labels and the word list, no features yet. */
static lsn_status
base_model(const lsn_trainer* t, lsn_model** out)
{
  lsn_status st;
  LSN_TRY(st, lsn_model_alloc(out));
  lsn_model* m = *out;
  memcpy(m->lang, t->lang, sizeof m->lang);
  m->n_labels = t->n_labels;
  memcpy(m->labels, t->labels, t->n_labels * sizeof *t->labels);
  qsort(m->labels, m->n_labels, sizeof *m->labels, compare_labels);
  m->outside = 0;
  if (!m->n_labels || m->labels[0].kindlen)
    return LSN_ERR_BAD_DATA; /* no O */
  LSN_TRY(st, bioes_labels(m));
  m->word_keys  = lsn_malloc((t->words.count + 1) * sizeof *m->word_keys);
  m->word_flags = lsn_malloc(t->words.count + 1);
  if (!m->word_keys || !m->word_flags)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i <= t->words.mask; ++i)
    if (t->words.slots[i].key)
      m->word_keys[m->n_words++] = t->words.slots[i].key;
  qsort(m->word_keys, m->n_words, sizeof *m->word_keys, compare_u32);
  for (uint32_t i = 0; i < m->n_words; ++i)
    m->word_flags[i] =
      (uint8_t)lsn_u32_map_slot(&t->words, m->word_keys[i])->value;
  return classes_into(t, m);
}

static void
corpus_free(corpus* c)
{
  lsn_free(c->info);
  lsn_free(c->keys);
  lsn_free(c->nkeys);
  lsn_free(c->gold);
}

static lsn_status
corpus_alloc(corpus* c, size_t n)
{
  memset(c, 0, sizeof *c);
  c->info  = lsn_malloc((n + 1) * sizeof *c->info);
  c->keys  = lsn_malloc((n + 1) * LSN_STATIC_FEATURES * sizeof *c->keys);
  c->nkeys = lsn_malloc(n + 1);
  c->gold  = lsn_malloc(n + 1);
  return c->info && c->keys && c->nkeys && c->gold ? LSN_OK : LSN_ERR_NOMEM;
}

static size_t
sentence_end(const lsn_trainer* t, size_t s)
{
  return s + 1 < t->n_sents ? t->sent_start[s + 1] : t->n_tokens;
}

/* Does token `i` of the sentence at `gold` go on with the name before it
 * (I-X after a label of kind X)?  An I-X after O or another kind starts a
 * name, as conlleval reads it. */
static bool
goes_on(const lsn_trainer* t, const uint8_t* gold, size_t i)
{
  const lsn_label* cur = &t->labels[gold[i]];
  if (!i || !cur->inside)
    return false;
  const lsn_label* prev = &t->labels[gold[i - 1]];
  return prev->kindlen == cur->kindlen &&
         !memcmp(prev->name + 2, cur->name + 2, (size_t)cur->kindlen - 2);
}

/* Gold labels of sentence [first, first + n) as BIOES model ids. */
static void
gold_bioes(const lsn_trainer* t,
           const lsn_model*   m,
           size_t             first,
           size_t             n,
           uint8_t*           out)
{
  const uint8_t* gold = t->gold + first;
  for (size_t i = 0; i < n; ++i) {
    const lsn_label* g = &t->labels[gold[i]];
    if (!g->kindlen)
      continue; /* O, already mapped */
    bool on = goes_on(t, gold, i), next = i + 1 < n && goes_on(t, gold, i + 1);
    char part = on ? (next ? 'I' : 'E') : (next ? 'B' : 'S');
    for (uint32_t l = 0; l < m->n_labels; ++l)
      if (m->labels[l].part == part && m->labels[l].kindlen == g->kindlen &&
          !memcmp(m->labels[l].name + 2, g->name + 2, g->kindlen - 2u))
        out[i] = (uint8_t)l;
  }
}

/* Analyse every sentence and map gold labels to the model's order. */
static lsn_status
featurise(const lsn_trainer* t, const lsn_model* m, corpus* c)
{
  lsn_tagger_token* toks = NULL;
  size_t            cap  = 0;
  lsn_status        st;
  uint8_t           remap[LSN_MODEL_MAX_LABELS];
  for (uint32_t i = 0; i < t->n_labels; ++i)
    for (uint32_t j = 0; j < m->n_labels; ++j)
      if (!strcmp(t->labels[i].name, m->labels[j].name))
        remap[i] = (uint8_t)j;
  LSN_TRY(st, corpus_alloc(c, t->n_tokens));
  for (size_t s = 0; s < t->n_sents; ++s) {
    size_t first = t->sent_start[s], n = sentence_end(t, s) - first;
    LSN_TRY(st, lsn_grow((void**)&toks, &cap, n, sizeof *toks));
    for (size_t i = 0; i < n; ++i) {
      toks[i].text       = t->text.data + t->tok_start[first + i];
      toks[i].len        = t->tok_len[first + i];
      c->gold[first + i] = remap[t->gold[first + i]];
    }
    gold_bioes(t, m, first, n, c->gold + first);
    lsn_features_tokens(m, toks, n, c->info + first);
    for (size_t i = 0; i < n; ++i)
      c->nkeys[first + i] = (uint8_t)lsn_features_static(
        c->info + first, n, i, c->keys + (first + i) * LSN_STATIC_FEATURES);
  }
  lsn_free(toks);
  return LSN_OK;
}

/* Zero the static keys seen fewer than `min_count` times. */
static lsn_status
prune_rare(const lsn_trainer* t, corpus* c, unsigned min_count)
{
  lsn_u32_map counts;
  lsn_status  st;
  LSN_TRY(st, lsn_u32_map_init(&counts, t->n_tokens * 4));
  for (size_t i = 0; i < t->n_tokens && !st; ++i)
    for (size_t k = 0; k < c->nkeys[i] && !st; ++k) {
      lsn_u32_slot* s =
        lsn_u32_map_slot(&counts, c->keys[i * LSN_STATIC_FEATURES + k]);
      st = lsn_u32_map_put(&counts,
                           c->keys[i * LSN_STATIC_FEATURES + k],
                           s->key ? s->value + 1 : 1);
    }
  for (size_t i = 0; i < t->n_tokens && !st; ++i)
    for (size_t k = 0; k < c->nkeys[i]; ++k) {
      uint32_t* key = &c->keys[i * LSN_STATIC_FEATURES + k];
      if (lsn_u32_map_slot(&counts, *key)->value < min_count)
        *key = 0;
    }
  lsn_u32_map_clear(&counts);
  return st;
}

static void
perceptron_free(perceptron* p)
{
  lsn_u32_map_clear(&p->rows);
  lsn_free(p->keys);
  lsn_free(p->w);
  lsn_free(p->u);
}

/* Row of `key`, made (zero) when new; SIZE_MAX when out of memory. */
static size_t
row_of(perceptron* p, uint32_t key)
{
  lsn_u32_slot* slot = lsn_u32_map_slot(&p->rows, key);
  if (slot->key)
    return slot->value;
  if (p->n_rows == p->cap_rows) {
    size_t cap = p->cap_rows, cap2 = p->cap_rows * p->L, cap3 = cap2;
    size_t need = p->n_rows + 1;
    if (lsn_grow((void**)&p->keys, &cap, need, sizeof *p->keys) ||
        lsn_grow((void**)&p->w, &cap2, need * p->L, sizeof *p->w) ||
        lsn_grow((void**)&p->u, &cap3, need * p->L, sizeof *p->u))
      return SIZE_MAX;
    p->cap_rows = cap < cap2 / p->L ? cap : cap2 / p->L;
    p->cap_rows = p->cap_rows < cap3 / p->L ? p->cap_rows : cap3 / p->L;
  }
  size_t row = p->n_rows++;
  if (lsn_u32_map_put(&p->rows, key, (uint32_t)row))
    return SIZE_MAX;
  p->keys[row] = key;
  memset(p->w + row * p->L, 0, p->L * sizeof *p->w);
  memset(p->u + row * p->L, 0, p->L * sizeof *p->u);
  return row;
}

/* Add `delta` to the weights of `label` for `keys` (0 = pruned). */
static lsn_status
update(perceptron* p, const uint32_t* keys, size_t n, unsigned label, int delta)
{
  for (size_t k = 0; k < n; ++k) {
    if (!keys[k])
      continue;
    size_t row = row_of(p, keys[k]);
    if (row == SIZE_MAX)
      return LSN_ERR_NOMEM;
    p->w[row * p->L + label] += delta;
    p->u[row * p->L + label] += delta * p->c;
  }
  return LSN_OK;
}

/* Per-sentence buffers of the trainer's decoder, reused. */
typedef struct {
  int64_t*  stat; /* [cap][L] */
  uint8_t*  back; /* [cap][L] */
  uint16_t* pred; /* [cap] */
  size_t    cap;
} decoder;

static lsn_status
decoder_reserve(decoder* d, size_t n, size_t L)
{
  size_t     c1 = d->cap * L, c2 = c1, c3 = d->cap;
  lsn_status st;
  if (n <= d->cap)
    return LSN_OK;
  LSN_TRY(st, lsn_grow((void**)&d->stat, &c1, n * L, sizeof *d->stat));
  LSN_TRY(st, lsn_grow((void**)&d->back, &c2, n * L, 1));
  LSN_TRY(st, lsn_grow((void**)&d->pred, &c3, n, sizeof *d->pred));
  d->cap = n;
  return LSN_OK;
}

static void
decoder_free(decoder* d)
{
  lsn_free(d->stat);
  lsn_free(d->back);
  lsn_free(d->pred);
}

static void
add_weights(const perceptron* p, const uint32_t* keys, size_t n, int64_t* out)
{
  for (size_t k = 0; k < n; ++k) {
    if (!keys[k])
      continue;
    const lsn_u32_slot* slot = lsn_u32_map_slot(&p->rows, keys[k]);
    if (slot->key)
      for (size_t l = 0; l < p->L; ++l)
        out[l] += p->w[(size_t)slot->value * p->L + l];
  }
}

typedef struct {
  const learner*      p;
  const lsn_tok_info* info;
} train_ctx;

static void
perceptron_history(const void* ctx, size_t i, int64_t* scores)
{
  const train_ctx*  c = ctx;
  const perceptron* h = &c->p->hist;
  uint32_t          keys[LSN_HISTORY_GROUPS];
  lsn_features_history(c->info, i, keys);
  memset(scores, 0, h->L * sizeof *scores);
  for (size_t k = 0; k < LSN_HISTORY_GROUPS; ++k) {
    const lsn_u32_slot* slot = lsn_u32_map_slot(&h->rows, keys[k]);
    if (!slot->key)
      continue;
    const int32_t* w = h->w + (size_t)slot->value * h->L;
    for (size_t l = 0; l < h->L; ++l)
      scores[l] += w[l];
  }
}

/* Decode sentence [first, first + n) with the current weights into d->pred. */
static void
predict(const learner*   p,
        const lsn_model* m,
        const corpus*    c,
        size_t           first,
        size_t           n,
        decoder*         d)
{
  int64_t   delta[2 * LSN_MODEL_MAX_LABELS];
  int64_t   hist[(LSN_MODEL_MAX_LABELS + 1) * LSN_MODEL_MAX_LABELS];
  train_ctx ctx = { p, c->info + first };
  memset(d->stat, 0, n * p->L * sizeof *d->stat);
  for (size_t i = 0; i < n; ++i) {
    size_t t = first + i;
    add_weights(&p->stat,
                c->keys + t * LSN_STATIC_FEATURES,
                c->nkeys[t],
                d->stat + i * p->L);
  }
  lsn_viterbi_in in = { m,    d->stat, n,    perceptron_history,
                        &ctx, delta,   hist, d->back };
  lsn_viterbi(&in, d->pred);
}

/* Structured perceptron update at token i: reward the gold path's features,
 * penalise the predicted path's, where the two differ. */
static lsn_status
update_token(learner*         p,
             const lsn_model* m,
             const corpus*    c,
             size_t           first,
             size_t           i,
             const uint16_t*  pred)
{
  size_t     t    = first + i;
  unsigned   gold = c->gold[t], gp = i ? c->gold[t - 1] : m->n_labels;
  unsigned   pp = i ? pred[i - 1] : m->n_labels;
  uint32_t   keys[LSN_HISTORY_GROUPS];
  lsn_status st;
  if (pred[i] == gold && pp == gp)
    return LSN_OK;
  if (pred[i] != gold) {
    const uint32_t* stat = c->keys + t * LSN_STATIC_FEATURES;
    LSN_TRY(st, update(&p->stat, stat, c->nkeys[t], gold, 1));
    LSN_TRY(st, update(&p->stat, stat, c->nkeys[t], pred[i], -1));
  }
  lsn_features_history(c->info + first, i, keys);
  LSN_TRY(
    st, update(&p->hist, keys, LSN_HISTORY_GROUPS, gp * m->n_labels + gold, 1));
  return update(
    &p->hist, keys, LSN_HISTORY_GROUPS, pp * m->n_labels + pred[i], -1);
}

/* Decode sentence [first, first + n), update on its mistakes; counts
 * wrongly tagged tokens. */
static lsn_status
train_sentence(learner*         p,
               const lsn_model* m,
               const corpus*    c,
               size_t           first,
               size_t           n,
               decoder*         d,
               size_t*          errors)
{
  lsn_status st;
  LSN_TRY(st, decoder_reserve(d, n, p->L));
  predict(p, m, c, first, n, d);
  for (size_t i = 0; i < n; ++i) {
    *errors += d->pred[i] != c->gold[first + i];
    LSN_TRY(st, update_token(p, m, c, first, i, d->pred));
  }
  p->stat.c += (int64_t)n;
  p->hist.c += (int64_t)n;
  return LSN_OK;
}

static uint64_t
next_random(uint64_t* state)
{
  uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z          = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z          = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static void
shuffle(uint32_t* order, size_t n, uint64_t* state)
{
  for (size_t i = n; i > 1; --i) {
    size_t   j   = (size_t)(next_random(state) % i);
    uint32_t x   = order[i - 1];
    order[i - 1] = order[j];
    order[j]     = x;
  }
}

/* Train `p` from zero for the configured epochs, in an order of its own
 * for each `round`. */
static lsn_status
run_epochs(const lsn_trainer* t,
           learner*           p,
           const lsn_model*   m,
           const corpus*      c,
           unsigned           round,
           FILE*              log)
{
  uint32_t*  order = lsn_malloc((t->n_sents + 1) * sizeof *order);
  uint64_t   state = t->opts.seed + round * 0x632BE59BD9B4E019ULL;
  lsn_status st    = order ? LSN_OK : LSN_ERR_NOMEM;
  for (size_t s = 0; s < t->n_sents && order; ++s)
    order[s] = (uint32_t)s;
  decoder d = { NULL, NULL, NULL, 0 };
  for (unsigned e = 0; e < t->opts.epochs && !st; ++e) {
    size_t errors = 0;
    shuffle(order, t->n_sents, &state);
    for (size_t s = 0; s < t->n_sents && !st; ++s) {
      size_t first = t->sent_start[order[s]];
      st           = train_sentence(
        p, m, c, first, sentence_end(t, order[s]) - first, &d, &errors);
    }
    if (log && !st)
      fprintf(log,
              "round %u epoch %u: %zu errors in %zu tokens (%.2f%%), %zu "
              "features\n",
              round + 1,
              e + 1,
              errors,
              t->n_tokens,
              100.0 * (double)errors / (double)(t->n_tokens ? t->n_tokens : 1),
              p->stat.n_rows + p->hist.n_rows);
  }
  lsn_free(order);
  decoder_free(&d);
  return st;
}

/* Keys of the rows to keep (a weight above SMALLEST_WEIGHT), in increasing
 * order. */
static lsn_status
kept_rows(const perceptron* p,
          const int16_t*    q,
          uint32_t**        rows_out,
          size_t*           n_out)
{
  uint64_t* pairs = lsn_malloc((p->n_rows + 1) * sizeof *pairs);
  size_t    n     = 0;
  if (!pairs)
    return LSN_ERR_NOMEM;
  for (size_t r = 0; r < p->n_rows; ++r) {
    int keep = 0;
    for (size_t l = 0; l < p->L; ++l)
      keep |= abs(q[r * p->L + l]) > SMALLEST_WEIGHT;
    if (keep)
      pairs[n++] = ((uint64_t)p->keys[r] << 32) | r;
  }
  qsort(pairs, n, sizeof *pairs, compare_u64);
  *rows_out = lsn_malloc((n + 1) * sizeof **rows_out);
  for (size_t i = 0; i < n && *rows_out; ++i)
    (*rows_out)[i] = (uint32_t)pairs[i];
  lsn_free(pairs);
  *n_out = n;
  return *rows_out ? LSN_OK : LSN_ERR_NOMEM;
}

/* Largest absolute averaged weight of `p`. */
static double
largest(const perceptron* p)
{
  double max = 0, c = (double)(p->c ? p->c : 1);
  for (size_t i = 0; i < p->n_rows * p->L; ++i) {
    double avg = fabs((double)p->w[i] - (double)p->u[i] / c);
    max        = avg > max ? avg : max;
  }
  return max;
}

/* Averaged weights times `scale`, rounded into int16: [n_rows][L]. */
static int16_t*
quantise(const perceptron* p, double scale)
{
  size_t   nw = p->n_rows * p->L;
  int16_t* q  = lsn_malloc((nw + 1) * sizeof *q);
  double   c  = (double)(p->c ? p->c : 1);
  if (!q)
    return NULL;
  for (size_t i = 0; i < nw; ++i) {
    double avg = (double)p->w[i] - (double)p->u[i] / c;
    q[i]       = (int16_t)lround(avg * scale);
  }
  return q;
}

/* The rows of `p` with a nonzero weight, by key: into keys_out and
 * weights_out (fresh arrays), their count into n_out. */
static lsn_status
finalise_rows(const perceptron* p,
              double            scale,
              uint32_t**        keys_out,
              int16_t**         weights_out,
              uint32_t*         n_out)
{
  uint32_t*  rows = NULL;
  size_t     n    = 0;
  int16_t*   q    = quantise(p, scale);
  lsn_status st   = q ? kept_rows(p, q, &rows, &n) : LSN_ERR_NOMEM;
  if (!st && n > UINT32_MAX / (p->L + 1))
    st = LSN_ERR_NOMEM;
  if (!st) {
    *keys_out    = lsn_malloc((n + 1) * sizeof **keys_out);
    *weights_out = lsn_malloc((n + 1) * p->L * sizeof **weights_out);
    st           = *keys_out && *weights_out ? LSN_OK : LSN_ERR_NOMEM;
  }
  for (size_t i = 0; i < n && !st; ++i) {
    (*keys_out)[i] = p->keys[rows[i]];
    memcpy(
      *weights_out + i * p->L, q + (size_t)rows[i] * p->L, p->L * sizeof *q);
  }
  *n_out = st ? 0 : (uint32_t)n;
  lsn_free(rows);
  lsn_free(q);
  return st;
}

/* Both kinds of rows, scaled together so that the largest weight is
 * 32000. */
static lsn_status
finalise(const learner* p, lsn_model* m)
{
  double     a = largest(&p->stat), b = largest(&p->hist);
  double     max   = a > b ? a : b;
  double     scale = max > 0 ? 32000.0 / max : 0;
  lsn_status st;
  LSN_TRY(
    st, finalise_rows(&p->stat, scale, &m->keys, &m->weights, &m->n_features));
  return finalise_rows(
    &p->hist, scale, &m->hist_keys, &m->hist_weights, &m->n_hist);
}

static lsn_status
learner_init(learner* p, size_t L)
{
  lsn_status st;
  memset(p, 0, sizeof *p);
  p->L      = L;
  p->stat.L = L;
  p->hist.L = (L + 1) * L;
  LSN_TRY(st, lsn_u32_map_init(&p->stat.rows, 1u << 20));
  return lsn_u32_map_init(&p->hist.rows, 1u << 16);
}

static void
learner_free(learner* p)
{
  perceptron_free(&p->stat);
  perceptron_free(&p->hist);
}

/* Add the averaged weights of `p` times 2^20, rounded, into `sum`, whose
 * weights are then -u (w = 0, c = 1): integer sums, so exact in any order. */
static lsn_status
mix_into(perceptron* sum, const perceptron* p)
{
  double c = (double)(p->c ? p->c : 1);
  for (size_t r = 0; r < p->n_rows; ++r) {
    size_t row = row_of(sum, p->keys[r]);
    if (row == SIZE_MAX)
      return LSN_ERR_NOMEM;
    for (size_t l = 0; l < p->L; ++l) {
      size_t i   = r * p->L + l;
      double avg = (double)p->w[i] - (double)p->u[i] / c;
      sum->u[row * p->L + l] -= llround(ldexp(avg, 20));
    }
  }
  sum->c = 1;
  return LSN_OK;
}

/* One perceptron of the mixture, trained and added into `sum`. */
static lsn_status
learn_round(const lsn_trainer* t,
            const lsn_model*   m,
            const corpus*      c,
            unsigned           round,
            learner*           sum,
            FILE*              log)
{
  learner    p;
  lsn_status st = learner_init(&p, m->n_labels);
  if (!st && !(st = run_epochs(t, &p, m, c, round, log)) &&
      !(st = mix_into(&sum->stat, &p.stat)))
    st = mix_into(&sum->hist, &p.hist);
  learner_free(&p);
  return st;
}

/* The model is the mean of LSN_TRAIN_ROUNDS averaged perceptrons, each
 * trained from zero on its own shuffles (parameter mixing, McDonald et al.
 * 2010): on the noisy WikiNEuRal labels it overfits less than one
 * perceptron trained longer (docs/internals/tagger.md, Choosing settings). */
static lsn_status
learn(const lsn_trainer* t, lsn_model* m, FILE* log)
{
  corpus     c;
  learner    sum;
  lsn_status st = learner_init(&sum, m->n_labels);
  memset(&c, 0, sizeof c);
  if (!st && !(st = featurise(t, m, &c)))
    st = prune_rare(t, &c, t->opts.min_count);
  for (unsigned r = 0; r < LSN_TRAIN_ROUNDS && !st; ++r)
    st = learn_round(t, m, &c, r, &sum, log);
  if (!st)
    st = finalise(&sum, m);
  corpus_free(&c);
  learner_free(&sum);
  return st;
}

lsn_status
lsn_trainer_train(lsn_trainer* trainer, lsn_model** out, FILE* log)
{
  lsn_model* m = NULL;
  lsn_status st;
  if (!trainer || !out)
    return LSN_ERR_BAD_ARG;
  *out = NULL;
  if (!trainer->n_tokens)
    return LSN_ERR_BAD_DATA;
  if (!(st = base_model(trainer, &m)) && !(st = learn(trainer, m, log))) {
    /* Rebuild the feature table now that the features are known. */
    lsn_u32_map_clear(&m->words);
    lsn_u32_map_clear(&m->classes);
    st = lsn_model_finish(m);
  }
  if (st) {
    lsn_model_free(m);
    return st;
  }
  if (log)
    fprintf(log,
            "%u labels, %u features, %u history groups, %u words\n",
            m->n_labels,
            m->n_features,
            m->n_hist,
            m->n_words);
  *out = m;
  return LSN_OK;
}
