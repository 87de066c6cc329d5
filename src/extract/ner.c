/* SPDX-License-Identifier: ISC */
/*
 * The tagger's view of a document: each sentence is tagged once, and the
 * result kept per token as a kind (PER, ORG, LOC, MISC) and a begin flag.
 * The rules in spans.c ask it about capitalised words they cannot type by
 * themselves.
 */
#include "extract/internal.h"
#include "extract/tagger.h"

#include <string.h>

static uint8_t
kind_of(const lsn_model* model, uint16_t label)
{
  size_t      len;
  const char* kind = lsn_tagger_label_kind(model, label, &len);
  if (!kind || len != 3)
    return NER_O;
  if (!memcmp(kind, "PER", 3))
    return NER_PER;
  if (!memcmp(kind, "ORG", 3))
    return NER_ORG;
  if (!memcmp(kind, "LOC", 3))
    return NER_LOC;
  return NER_MISC;
}

static lsn_status
tag_sentence(doc_ctx*            c,
             const lsn_model*    model,
             lsn_tagger_work*    work,
             const lsn_sentence* s,
             lsn_tagger_token*   toks,
             uint16_t*           labels)
{
  for (uint32_t k = 0; k < s->count; ++k) {
    const lsn_token* t = &c->t->tokens[s->first + k];
    toks[k] = (lsn_tagger_token){ c->t->text + t->start, t->end - t->start };
  }
  lsn_status st = lsn_tagger_tag_spans(model, work, toks, s->count, labels);
  if (st)
    return st;
  uint8_t prev = NER_O;
  for (uint32_t k = 0; k < s->count; ++k) {
    uint8_t kind   = kind_of(model, labels[k]);
    bool    begins = kind != NER_O &&
                  (lsn_tagger_label_begins(model, labels[k]) || prev != kind);
    c->ner[s->first + k] = (uint8_t)(kind | (begins ? NER_BEGIN : 0));
    prev                 = kind;
  }
  return LSN_OK;
}

lsn_status
tag_document(doc_ctx* c)
{
  const lsn_model* model = c->ex->models[!strcmp(c->lang, "en")];
  if (!model || !c->t->n_tokens)
    return LSN_OK;
  size_t longest = 0;
  for (size_t s = 0; s < c->t->n_sents; ++s)
    if (c->t->sents[s].count > longest)
      longest = c->t->sents[s].count;
  uint64_t          start  = lsn_now_ns();
  lsn_tagger_work*  work   = NULL;
  lsn_tagger_token* toks   = lsn_malloc((longest + 1) * sizeof *toks);
  uint16_t*         labels = lsn_malloc((longest + 1) * sizeof *labels);
  lsn_status        st     = LSN_ERR_NOMEM;
  c->ner                   = lsn_calloc(c->t->n_tokens, 1);
  if (toks && labels && c->ner && !(st = lsn_tagger_work_new(&work)))
    for (size_t s = 0; !st && s < c->t->n_sents; ++s)
      st = tag_sentence(c, model, work, &c->t->sents[s], toks, labels);
  lsn_tagger_work_free(work);
  lsn_free(toks);
  lsn_free(labels);
  c->r->tag_ns += lsn_now_ns() - start;
  return st;
}

size_t
ner_span_at(const doc_ctx* c, size_t i, size_t limit, int* kind)
{
  if (!c->ner || !(c->ner[i] & NER_BEGIN))
    return 0;
  *kind    = c->ner[i] & 7;
  size_t j = i + 1;
  while (j < limit && c->ner[j] == *kind)
    ++j;
  return j - i;
}
