/* SPDX-License-Identifier: ISC */
/*
 * First-order Viterbi decoding: the score of label y at token i after label
 * y' is the sum of y's int16 weights over the token's static feature keys
 * and over the keys that pair y' with the token (tag history); only allowed
 * transitions are followed (I-X only after B-X or I-X), so output is valid
 * BIO.  Static scores are computed once per token, history scores once per
 * (token, previous label).
 */
#include "tagger_int.h"

#include <string.h>

struct lsn_tagger_work {
  lsn_tok_info*     info; /* [cap] */
  lsn_tagger_token* toks; /* [cap], for lsn_tagger_tag */
  int64_t*          stat; /* [cap][LSN_MODEL_MAX_LABELS] static scores */
  uint8_t*          back; /* [cap][LSN_MODEL_MAX_LABELS] Viterbi pointers */
  size_t            cap;
};

lsn_status
lsn_tagger_work_new(lsn_tagger_work** out)
{
  *out = lsn_calloc(1, sizeof **out);
  return *out ? LSN_OK : LSN_ERR_NOMEM;
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
  lsn_free(work);
}

static lsn_status
work_reserve(lsn_tagger_work* work, size_t n)
{
  if (n <= work->cap)
    return LSN_OK;
  size_t       cap[4] = { work->cap, work->cap, 0, 0 };
  const size_t L      = LSN_MODEL_MAX_LABELS;
  if (n > LSN_TAGGER_MAX_SENTENCE)
    return LSN_ERR_BAD_ARG;
  cap[2] = cap[3] = work->cap * L;
  lsn_status st;
  LSN_TRY(st, lsn_grow((void**)&work->info, &cap[0], n, sizeof *work->info));
  LSN_TRY(st, lsn_grow((void**)&work->toks, &cap[1], n, sizeof *work->toks));
  LSN_TRY(st,
          lsn_grow((void**)&work->stat, &cap[2], n * L, sizeof *work->stat));
  LSN_TRY(st, lsn_grow((void**)&work->back, &cap[3], n * L, 1));
  work->cap = cap[0] < cap[1] ? cap[0] : cap[1];
  work->cap = work->cap < cap[2] / L ? work->cap : cap[2] / L;
  work->cap = work->cap < cap[3] / L ? work->cap : cap[3] / L;
  return LSN_OK;
}

/* Add the weights of `keys` into `scores`. */
static void
score_keys(const lsn_model* model,
           const uint32_t*  keys,
           size_t           n_keys,
           int64_t*         scores)
{
  const size_t L = model->n_labels;
  for (size_t k = 0; k < n_keys; ++k) {
    const lsn_u32_slot* slot = lsn_u32_map_slot(&model->index, keys[k]);
    if (!slot->key)
      continue;
    const int16_t* row = model->weights + (size_t)slot->value * L;
    for (size_t l = 0; l < L; ++l)
      scores[l] += row[l];
  }
}

/* ------------------------------------------------------------------------ */
/* Viterbi                                                                  */

#define UNREACHED INT64_MIN

/* Extend the paths ending in `prev` (score `base`) to token `i`. */
static void
extend(const lsn_viterbi_in* in,
       size_t                i,
       unsigned              prev,
       int64_t               base,
       int64_t*              cur)
{
  const size_t   L                          = in->model->n_labels;
  const uint8_t* allowed                    = in->model->allowed + prev * L;
  int64_t        hist[LSN_MODEL_MAX_LABELS] = { 0 };
  in->history(in->ctx, i, prev, hist);
  for (size_t l = 0; l < L; ++l) {
    int64_t s = base + in->stat[i * L + l] + hist[l];
    if (allowed[l] && s > cur[l]) {
      cur[l]              = s;
      in->back[i * L + l] = (uint8_t)prev;
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
    if (i == 0)
      extend(in, 0, (unsigned)L, 0, cur);
    for (unsigned p = 0; i > 0 && p < L; ++p)
      if (last[p] != UNREACHED)
        extend(in, i, p, last[p], cur);
  }
  const int64_t* end  = in->delta + ((in->n - 1) & 1) * L;
  unsigned       best = in->model->outside;
  for (unsigned l = 0; l < L; ++l)
    if (end[l] > end[best])
      best = l;
  for (size_t i = in->n; i-- > 0;) {
    tags[i] = (uint16_t)best;
    best    = in->back[i * L + best];
  }
}

typedef struct {
  const lsn_model*    model;
  const lsn_tok_info* info;
} tag_ctx;

static void
model_history(const void* ctx, size_t i, unsigned prev, int64_t* scores)
{
  const tag_ctx* c = ctx;
  const size_t   L = c->model->n_labels;
  const int16_t* t = c->model->trans + (size_t)prev * L;
  uint32_t       keys[LSN_DYNAMIC_FEATURES];
  lsn_features_dynamic(c->info, i, prev, keys);
  for (size_t l = 0; l < L; ++l)
    scores[l] += t[l];
  score_keys(c->model, keys + 1, LSN_DYNAMIC_FEATURES - 1, scores);
}

static void
decode(const lsn_model* model, lsn_tagger_work* w, size_t n, uint16_t* tags)
{
  const size_t L = model->n_labels;
  uint32_t     keys[LSN_STATIC_FEATURES];
  int64_t      delta[2 * LSN_MODEL_MAX_LABELS];
  tag_ctx      ctx = { model, w->info };
  for (size_t i = 0; i < n; ++i) {
    size_t k = lsn_features_static(w->info, n, i, keys);
    memset(w->stat + i * L, 0, L * sizeof *w->stat);
    score_keys(model, keys, k, w->stat + i * L);
  }
  lsn_viterbi_in in = {
    model, w->stat, n, model_history, &ctx, delta, w->back
  };
  lsn_viterbi(&in, tags);
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
  LSN_TRY(st, work_reserve(work, n));
  lsn_features_tokens(model, tokens, n, work->info);
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
  return id < model->n_labels ? model->labels[id].name : NULL;
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
