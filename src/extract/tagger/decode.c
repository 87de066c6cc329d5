/* SPDX-License-Identifier: ISC */
/*
 * First-order Viterbi decoding: the score of label y at token i after label
 * y' is the sum of y's int16 weights over the token's static feature keys
 * and, for the tag history, the y' rows of the token's history groups (the
 * transition table, the group of its lower case, that of its short shape);
 * only allowed transitions are followed (I-X only after B-X or I-X), so
 * output is valid BIO.  Every table lookup is made once per token: static
 * scores into `stat`, history groups as row pointers into `hist`.
 */
#include "tagger_int.h"

#include <string.h>

/* Analysed tokens by their bytes, so that frequent words ("the", "de", ",")
 * are analysed once per work area, and the scores of their own features
 * (lsn_features_own) summed once: a direct-mapped cache, for the model of
 * lsn_model.stamp only. */
#define CACHE_SLOTS 2048u
#define CACHE_TOKEN 23u  /* longest token cached, bytes */
#define CACHE_LABELS 24u /* own scores are cached up to this many labels */
/* Tokens a work area tags before it makes its cache: the cache is 0.5 MB,
 * more than a short document is worth. */
#define CACHE_AFTER 2000u

typedef struct {
  lsn_tok_info info;
  int32_t      own[CACHE_LABELS]; /* scores of lsn_features_own's keys */
  uint8_t      len;               /* 0: empty */
  char         text[CACHE_TOKEN];
} cache_slot;

struct lsn_tagger_work {
  lsn_tok_info*     info; /* [cap] */
  lsn_tagger_token* toks; /* [cap], for lsn_tagger_tag */
  int64_t*          stat; /* [cap][LSN_MODEL_MAX_LABELS] static scores */
  uint8_t*          back; /* [cap][LSN_MODEL_MAX_LABELS] Viterbi pointers */
  const int16_t**   hist; /* [cap][2] groups 102 and 103, NULL if absent */
  uint32_t*         keys; /* [cap][LSN_STATIC_FEATURES] static keys, packed */
  uint32_t*         koff; /* [cap + 1] token i's keys: [koff[i], koff[i+1]) */
  int32_t*          own;  /* [cap][CACHE_LABELS] cached own scores, */
  uint8_t*          has_own; /* [cap] ... when nonzero */
  size_t            cap;
  uint64_t          cache_stamp; /* lsn_model.stamp of what it holds */
  cache_slot*       cache;       /* [CACHE_SLOTS], made on first use */
  bool              cached;      /* use `cache` (not for one sentence) */
  size_t            seen;        /* tokens analysed so far */
  /* [LSN_MODEL_MAX_LABELS + 1][LSN_MODEL_MAX_LABELS] history scores */
  int64_t scores[(LSN_MODEL_MAX_LABELS + 1) * LSN_MODEL_MAX_LABELS];
};

lsn_status
lsn_tagger_work_new(lsn_tagger_work** out)
{
  if (!(*out = lsn_calloc(1, sizeof **out)))
    return LSN_ERR_NOMEM;
  (*out)->cached = true;
  return LSN_OK;
}

void
lsn_tagger_work_free(lsn_tagger_work* work)
{
  if (!work)
    return;
  lsn_free(work->info);
  lsn_free(work->toks);
  lsn_free(work->stat);
  lsn_free(work->back);
  lsn_free(work->hist);
  lsn_free(work->keys);
  lsn_free(work->koff);
  lsn_free(work->own);
  lsn_free(work->has_own);
  lsn_free(work->cache);
  lsn_free(work);
}

/* Make every per-token buffer hold `n` tokens (koff n + 1). */
static lsn_status
work_reserve(lsn_tagger_work* work, size_t n)
{
  const size_t L = LSN_MODEL_MAX_LABELS;
  if (n <= work->cap)
    return LSN_OK;
  if (n > LSN_TAGGER_MAX_SENTENCE)
    return LSN_ERR_BAD_ARG;
  size_t cap = work->cap * 2 > n ? work->cap * 2 : n;
  cap        = cap < LSN_TAGGER_MAX_SENTENCE ? cap : LSN_TAGGER_MAX_SENTENCE;
  struct {
    void** items;
    size_t bytes; /* per token */
  } buffers[] = {
    { (void**)&work->info, sizeof *work->info },
    { (void**)&work->toks, sizeof *work->toks },
    { (void**)&work->stat, L * sizeof *work->stat },
    { (void**)&work->back, L },
    { (void**)&work->hist, 2 * sizeof *work->hist },
    { (void**)&work->keys, LSN_STATIC_FEATURES * sizeof *work->keys },
    { (void**)&work->koff, sizeof *work->koff },
    { (void**)&work->own, CACHE_LABELS * sizeof *work->own },
    { (void**)&work->has_own, 1 },
  };
  for (size_t b = 0; b < sizeof buffers / sizeof *buffers; ++b) {
    /* one more token than needed: koff has n + 1 entries */
    void* p = lsn_realloc(*buffers[b].items, (cap + 1) * buffers[b].bytes);
    if (!p)
      return LSN_ERR_NOMEM; /* the buffers grown so far are kept */
    *buffers[b].items = p;
  }
  work->cap = cap;
  return LSN_OK;
}

/* ------------------------------------------------------------------------ */
/* Viterbi                                                                  */

#define UNREACHED INT64_MIN

/* Extend the paths ending in `prev` (score `base`, history scores `hist`)
 * to token `i`. */
static void
extend(const lsn_viterbi_in* in,
       size_t                i,
       unsigned              prev,
       int64_t               base,
       int64_t*              cur)
{
  const size_t   L    = in->model->n_labels;
  const uint8_t* succ = in->model->succ + prev * L;
  const int64_t* hist = in->hist + prev * L;
  const int64_t* stat = in->stat + i * L;
  uint8_t*       back = in->back + i * L;
  for (size_t k = 0; k < in->model->n_succ[prev]; ++k) {
    size_t  l = succ[k];
    int64_t s = base + stat[l] + hist[l];
    if (s > cur[l]) {
      cur[l]  = s;
      back[l] = (uint8_t)prev;
    }
  }
}

void
lsn_viterbi(const lsn_viterbi_in* in, uint16_t* tags)
{
  const size_t L = in->model->n_labels;
  if (!in->n)
    return;
  for (size_t i = 0; i < in->n; ++i) {
    int64_t*       cur  = in->delta + (i & 1) * L;
    const int64_t* last = in->delta + ((i + 1) & 1) * L;
    for (size_t l = 0; l < L; ++l)
      cur[l] = UNREACHED;
    in->history(in->ctx, i, in->hist);
    if (i == 0)
      extend(in, 0, (unsigned)L, 0, cur);
    for (unsigned p = 0; i > 0 && p < L; ++p)
      if (last[p] != UNREACHED)
        extend(in, i, p, last[p], cur);
  }
  const int64_t* end  = in->delta + ((in->n - 1) & 1) * L;
  unsigned       best = in->model->outside;
  for (unsigned l = 0; l < L; ++l)
    if (in->model->final[l] && end[l] > end[best])
      best = l;
  for (size_t i = in->n; i-- > 0;) {
    tags[i] = (uint16_t)best;
    best    = in->back[i * L + best];
  }
}

typedef struct {
  const lsn_model* model;
  const int16_t**  hist; /* [n][2] */
} tag_ctx;

static void
model_history(const void* ctx, size_t i, int64_t* scores)
{
  const tag_ctx* c   = ctx;
  const size_t   n   = (c->model->n_labels + 1) * c->model->n_labels;
  const int16_t* t   = c->model->trans;
  const int16_t* low = c->hist[i * 2];
  const int16_t* shp = c->hist[i * 2 + 1];
  if (low && shp)
    for (size_t k = 0; k < n; ++k)
      scores[k] = (int32_t)t[k] + low[k] + shp[k];
  else if (low || shp) {
    const int16_t* one = low ? low : shp;
    for (size_t k = 0; k < n; ++k)
      scores[k] = (int32_t)t[k] + one[k];
  } else
    for (size_t k = 0; k < n; ++k)
      scores[k] = t[k];
}

/* How many lookups ahead the table slots are prefetched: enough to hide a
 * cache miss, few enough for the processor's outstanding-miss buffers. */
#define PREFETCH_AHEAD 16u

/* Static scores of every token into w->stat, from all the sentence's keys
 * in one stream so that each slot is fetched well before it is read. */
static void
score_sentence(const lsn_model* model, lsn_tagger_work* w, size_t n)
{
  const size_t L = model->n_labels;
  uint32_t     m = 0;
  for (size_t i = 0; i < n; ++i) {
    w->koff[i] = m;
    if (!w->has_own[i])
      m += (uint32_t)lsn_features_own(&w->info[i], w->keys + m);
    m += (uint32_t)lsn_features_context(w->info, n, i, w->keys + m);
  }
  w->koff[n] = m;
  for (uint32_t k = 0; k < m && k < PREFETCH_AHEAD; ++k)
    lsn_model_prefetch(model, w->keys[k]);
  for (size_t i = 0, k = 0; i < n; ++i) {
    /* At most LSN_STATIC_FEATURES int16 terms: no overflow in 32 bits. */
    int32_t acc[LSN_MODEL_MAX_LABELS] = { 0 };
    if (w->has_own[i])
      memcpy(acc, w->own + i * CACHE_LABELS, L * sizeof *acc);
    for (; k < w->koff[i + 1]; ++k) {
      if (k + PREFETCH_AHEAD < m)
        lsn_model_prefetch(model, w->keys[k + PREFETCH_AHEAD]);
      const int16_t* row = lsn_model_row(model, w->keys[k]);
      if (row)
        for (size_t l = 0; l < L; ++l)
          acc[l] += row[l];
    }
    for (size_t l = 0; l < L; ++l)
      w->stat[i * L + l] = acc[l];
  }
}

static void
decode(const lsn_model* model, lsn_tagger_work* w, size_t n, uint16_t* tags)
{
  uint32_t hist[LSN_HISTORY_GROUPS];
  int64_t  delta[2 * LSN_MODEL_MAX_LABELS];
  tag_ctx  ctx = { model, w->hist };
  score_sentence(model, w, n);
  for (size_t i = 0; i < n; ++i) {
    lsn_features_history(w->info, i, hist);
    w->hist[i * 2]     = lsn_model_hist_row(model, hist[1]);
    w->hist[i * 2 + 1] = lsn_model_hist_row(model, hist[2]);
  }
  lsn_viterbi_in in = { model, w->stat, n,         model_history,
                        &ctx,  delta,   w->scores, w->back };
  lsn_viterbi(&in, tags);
}

static size_t
cache_index(const char* text, size_t len)
{
  uint64_t h = 0x9E3779B97F4A7C15ULL * (len + 1);
  for (size_t i = 0; i < len; ++i)
    h = (h ^ (unsigned char)text[i]) * 0x100000001B3ULL;
  return (size_t)(h >> 40) & (CACHE_SLOTS - 1);
}

/* Analyse `tok` into the cache slot `c` with the scores of its own keys. */
static void
fill_slot(const lsn_model* model, const lsn_tagger_token* tok, cache_slot* c)
{
  uint32_t keys[LSN_OWN_FEATURES];
  lsn_features_token(model, tok, &c->info);
  c->len = (uint8_t)tok->len;
  memcpy(c->text, tok->text, tok->len);
  memset(c->own, 0, sizeof c->own);
  if (model->n_labels > CACHE_LABELS)
    return;
  size_t n = lsn_features_own(&c->info, keys);
  for (size_t k = 0; k < n; ++k) {
    const int16_t* row = lsn_model_row(model, keys[k]);
    for (size_t l = 0; row && l < model->n_labels; ++l)
      c->own[l] += row[l];
  }
}

lsn_status
lsn_tagger_work_analyse(const lsn_model*        model,
                        lsn_tagger_work*        w,
                        const lsn_tagger_token* tokens,
                        size_t                  n,
                        const lsn_tok_info**    info_out)
{
  lsn_status st;
  LSN_TRY(st, work_reserve(w, n));
  w->seen += n;
  if (w->cached && !w->cache && w->seen >= CACHE_AFTER) {
    if (!(w->cache = lsn_calloc(CACHE_SLOTS, sizeof *w->cache)))
      return LSN_ERR_NOMEM;
    w->cache_stamp = model->stamp;
  }
  if (w->cache && w->cache_stamp != model->stamp) {
    memset(w->cache, 0, CACHE_SLOTS * sizeof *w->cache);
    w->cache_stamp = model->stamp;
  }
  for (size_t i = 0; i < n; ++i) {
    const lsn_tagger_token* tok = &tokens[i];
    w->has_own[i]               = 0;
    if (!w->cache || !tok->len || tok->len > CACHE_TOKEN) {
      lsn_features_token(model, tok, &w->info[i]);
      continue;
    }
    cache_slot* c = &w->cache[cache_index(tok->text, tok->len)];
    if (c->len != tok->len || memcmp(c->text, tok->text, tok->len))
      fill_slot(model, tok, c);
    w->info[i] = c->info;
    if (model->n_labels <= CACHE_LABELS) {
      memcpy(w->own + i * CACHE_LABELS, c->own, sizeof c->own);
      w->has_own[i] = 1;
    }
  }
  lsn_features_runs(tokens, w->info, n);
  if (info_out)
    *info_out = w->info;
  return LSN_OK;
}

const int64_t*
lsn_tagger_work_scores(const lsn_tagger_work* work)
{
  return work->stat;
}

lsn_status
lsn_tagger_tag_spans(const lsn_model*        model,
                     lsn_tagger_work*        work,
                     const lsn_tagger_token* tokens,
                     size_t                  n,
                     uint16_t*               tags_out)
{
  lsn_status st;
  if (!model || !work || (n && (!tokens || !tags_out)))
    return LSN_ERR_BAD_ARG;
  if (!n)
    return LSN_OK;
  LSN_TRY(st, lsn_tagger_work_analyse(model, work, tokens, n, NULL));
  decode(model, work, n, tags_out);
  return LSN_OK;
}

lsn_status
lsn_tagger_tag(const lsn_model*   model,
               const char* const* tokens,
               size_t             n,
               uint16_t*          tags_out)
{
  lsn_tagger_work* work = NULL;
  lsn_status       st;
  if (!model || (n && (!tokens || !tags_out)))
    return LSN_ERR_BAD_ARG;
  LSN_TRY(st, lsn_tagger_work_new(&work));
  work->cached = false; /* one sentence: the cache would not pay */
  if (!(st = work_reserve(work, n))) {
    for (size_t i = 0; i < n; ++i) {
      work->toks[i].text = tokens[i] ? tokens[i] : "";
      work->toks[i].len  = strlen(work->toks[i].text);
    }
    st = lsn_tagger_tag_spans(model, work, work->toks, n, tags_out);
  }
  lsn_tagger_work_free(work);
  return st;
}

/* ------------------------------------------------------------------------ */
/* Labels                                                                   */

size_t
lsn_tagger_label_count(const lsn_model* model)
{
  return model->n_labels;
}

const char*
lsn_tagger_label_name(const lsn_model* model, uint16_t id)
{
  return id < model->n_labels ? model->labels[id].bio : NULL;
}

uint16_t
lsn_tagger_label_outside(const lsn_model* model)
{
  return model->outside;
}

const char*
lsn_tagger_label_kind(const lsn_model* model, uint16_t id, size_t* len_out)
{
  *len_out = 0;
  if (id >= model->n_labels || !model->labels[id].kindlen)
    return NULL;
  *len_out = (size_t)model->labels[id].kindlen - 2;
  return model->labels[id].name + 2;
}

int
lsn_tagger_label_begins(const lsn_model* model, uint16_t id)
{
  return id < model->n_labels && model->labels[id].begins;
}
