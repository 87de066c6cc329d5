/* SPDX-License-Identifier: ISC */
/* Building the extractor from its data, token tests, and the per-document
 * driver that runs the cascade's steps in order. */
#include "extract/internal.h"

#include <string.h>

static const struct {
  const char* name;
  lsn_lex_cat cat;
} categories[] = {
  { "org_head", LEX_ORG_HEAD },
  { "event_head", LEX_EVENT_HEAD },
  { "agreement_head", LEX_AGREEMENT_HEAD },
  { "title", LEX_TITLE },
  { "honorific", LEX_HONORIFIC },
  { "particle", LEX_PARTICLE },
  { "connector", LEX_CONNECTOR },
  { "coord", LEX_COORD },
  { "article", LEX_ARTICLE },
  { "modifier", LEX_MODIFIER },
  { "ordinal", LEX_ORDINAL },
  { "clause_stop", LEX_CLAUSE_STOP },
  { "not_name", LEX_NOT_NAME },
  { "place_head", LEX_PLACE_HEAD },
  { "place_prep", LEX_PLACE_PREP },
  { "speech", LEX_SPEECH },
  { "organizer", LEX_ORGANIZER },
  { "attendee", LEX_ATTENDEE },
  { "held", LEX_HELD },
  { "signed_at", LEX_SIGNED_AT },
  { "signed_by", LEX_SIGNED_BY },
  { "commit", LEX_COMMIT },
  { "delegation", LEX_DELEGATION },
  { "member_noun", LEX_MEMBER_NOUN },
  { "location_prep", LEX_LOCATION_PREP },
  { "name_suffix", LEX_NAME_SUFFIX },
  { "sign", LEX_SIGN },
  { "by", LEX_BY },
  { "part_of", LEX_PART_OF },
  { "deputy", LEX_DEPUTY },
  { "member_of", LEX_MEMBER_OF },
  { "role_intro", LEX_ROLE_INTRO },
  { "attended", LEX_ATTENDED },
  { "indefinite", LEX_INDEFINITE },
  { "topic", LEX_TOPIC },
  { "not_entity", LEX_NOT_ENTITY },
  { "possessive", LEX_POSSESSIVE },
  { "relative", LEX_RELATIVE },
  { "headed_by", LEX_HEADED_BY },
  { "gather", LEX_GATHER },
  { "on_behalf", LEX_ON_BEHALF },
  { "past", LEX_PAST },
  { "today", LEX_TODAY },
  { "field", LEX_FIELD },
  { "next", LEX_NEXT },
  { "local_head", LEX_LOCAL_HEAD },
};

static int
category_of(const char* name)
{
  for (size_t i = 0; i < sizeof categories / sizeof *categories; ++i)
    if (!strcmp(name, categories[i].name))
      return (int)categories[i].cat;
  return -1;
}

static lsn_status
add_suffix(lsn_extractor* ex, const lsn_lex_entry* e)
{
  /* A suffix is matched against the end of a word's key, which has no
   * accents; folded alone, a suffix of one or two letters ("ée") would keep
   * them (short words do), so it is folded as the end of a longer word. */
  lsn_buf    word, key;
  lsn_status st;
  lsn_buf_init(&word, 256);
  lsn_buf_init(&key, 256);
  st = lsn_buf_printf(&word, "xxx%s", e->form);
  if (!st)
    st = lsn_fold(&key, word.data, word.len);
  for (int l = 0; !st && l < 2; ++l)
    if (!strcmp(e->lang, "*") || !strcmp(e->lang, l ? "en" : "fr"))
      st = lsn_map_put(ex->adj_suffix[l], key.data + 3, key.len - 3, 1);
  lsn_buf_free(&word);
  lsn_buf_free(&key);
  return st;
}

static lsn_status
index_lexicon(lsn_extractor* ex, const lsn_lexicon* lex)
{
  for (size_t i = 0; i < lex->n; ++i) {
    const lsn_lex_entry* e = &lex->entries[i];
    lsn_status           st;
    if (!strcmp(e->category, "adj_suffix")) {
      LSN_TRY(st, add_suffix(ex, e));
      continue;
    }
    int cat = category_of(e->category);
    if (cat < 0)
      continue; /* a category of the text stage */
    /* Honorifics and not-names are case-sensitive ("M." is not "m."). */
    bool cased = cat == LEX_HONORIFIC || cat == LEX_NOT_NAME;
    LSN_TRY(st,
            lsn_phrases_add(
              ex->ph, (lsn_lex_cat)cat, e->lang, e->form, 0, e->value, cased));
  }
  return LSN_OK;
}

/* Ambiguous forms ("UA", "CE") are kept apart with every entry they may
 * name; a document resolves them (resolve_ambiguous). */
static lsn_status
add_ambiguous(lsn_extractor* ex, const lsn_gaz_label* label)
{
  lsn_buf    key;
  lsn_status st;
  lsn_buf_init(&key, 1024);
  if ((st = lsn_fold(&key, label->form, strlen(label->form)))) {
    lsn_buf_free(&key);
    return st;
  }
  lsn_ambiguous a = { lsn_buf_take(&key), (int32_t)label->entry };
  LSN_PUSH(st, ex->ambiguous, ex->n_ambiguous, ex->cap_ambiguous, a);
  if (st)
    lsn_free(a.key);
  return st;
}

int32_t
resolve_ambiguous(const doc_ctx* c, const char* key)
{
  const lsn_extractor* ex    = c->ex;
  int32_t              found = -1;
  for (size_t i = 0; i < ex->n_ambiguous; ++i) {
    if (strcmp(ex->ambiguous[i].key, key))
      continue;
    for (size_t m = 0; m < c->r->n_mentions; ++m)
      if (c->r->mentions[m].gaz == ex->ambiguous[i].entry &&
          c->r->mentions[m].kind != LSN_M_PART) {
        if (found >= 0 && found != ex->ambiguous[i].entry)
          return -1; /* the document names both */
        found = ex->ambiguous[i].entry;
      }
  }
  return found;
}

/* The folded head word of `label` ("bureau" for "Bureau des Nations
 * Unies pour ..."), so that "le Bureau" can find the entry. */
static lsn_status
label_head(const lsn_extractor* ex,
           const char*          label,
           const char*          lang,
           char**               out)
{
  lsn_text   t  = { 0 };
  lsn_status st = LSN_OK;
  *out          = NULL;
  if (!label)
    return LSN_OK;
  st = lsn_text_analyse(&t, ex->config, label, strlen(label));
  for (size_t i = 0; !st && i < t.n_tokens && !*out; ++i)
    if (lsn_phrases_match(
          ex->ph, LEX_ORG_HEAD, lang, &t, i, t.n_tokens, NULL) ||
        lsn_phrases_match(
          ex->ph, LEX_EVENT_HEAD, lang, &t, i, t.n_tokens, NULL))
      st = (*out = lsn_strdup(lsn_text_key(&t, i))) ? LSN_OK : LSN_ERR_NOMEM;
  lsn_text_clear(&t);
  return st;
}

static lsn_status
index_gazetteer_heads(lsn_extractor* ex)
{
  lsn_status st;
  for (size_t i = 0; i < ex->gaz->n; ++i) {
    lsn_gaz_entry* e = &ex->gaz->entries[i];
    if (!e->head_fr)
      LSN_TRY(st, label_head(ex, e->label_fr, "fr", &e->head_fr));
    if (!e->head_en)
      LSN_TRY(st, label_head(ex, e->label_en, "en", &e->head_en));
  }
  return LSN_OK;
}

static lsn_status
index_gazetteer(lsn_extractor* ex)
{
  lsn_gazetteer* gaz = ex->gaz;
  lsn_gazetteer_link_parents(gaz);
  for (size_t i = 0; i < gaz->n_labels; ++i) {
    const lsn_gaz_label* label = &gaz->labels[i];
    if (gaz->entries[label->entry].type == LSN_N_TYPES)
      continue;
    if (label->preferred == LSN_LABEL_AMBIGUOUS) {
      lsn_status st = add_ambiguous(ex, label);
      if (st)
        return st;
      continue;
    }
    lsn_status st = lsn_phrases_add(
      ex->ph, LEX_GAZ, "*", label->form, (int32_t)label->entry, NULL, true);
    if (st == LSN_ERR_BAD_DATA)
      continue; /* a label with no word in it */
    if (st)
      return st;
  }
  return LSN_OK;
}

lsn_status
lsn_extractor_new(lsn_extractor**        out,
                  const lsn_lexicon*     lexicon,
                  lsn_gazetteer*         gazetteer,
                  const lsn_text_config* config)
{
  lsn_extractor* ex = lsn_calloc(1, sizeof *ex);
  lsn_status     st = LSN_ERR_NOMEM;
  *out              = NULL;
  if (!ex)
    return st;
  ex->config = config;
  ex->gaz    = gazetteer;
  if (!(ex->ph = lsn_phrases_new(config)) ||
      !(ex->adj_suffix[0] = lsn_map_new()) ||
      !(ex->adj_suffix[1] = lsn_map_new()))
    goto fail;
  if ((st = index_lexicon(ex, lexicon)) ||
      (gazetteer &&
       ((st = index_gazetteer(ex)) || (st = index_gazetteer_heads(ex)))))
    goto fail;
  *out = ex;
  return LSN_OK;
fail:
  lsn_extractor_free(ex);
  return st;
}

void
lsn_extractor_set_model(lsn_extractor*   ex,
                        const char*      lang,
                        const lsn_model* model)
{
  ex->models[!strcmp(lang, "en")] = model;
}

void
lsn_extractor_free(lsn_extractor* ex)
{
  if (!ex)
    return;
  lsn_phrases_free(ex->ph);
  for (size_t i = 0; i < ex->n_ambiguous; ++i)
    lsn_free(ex->ambiguous[i].key);
  lsn_free(ex->ambiguous);
  lsn_map_free(ex->adj_suffix[0]);
  lsn_map_free(ex->adj_suffix[1]);
  lsn_free(ex);
}

const char*
lsn_etype_name(lsn_etype type)
{
  static const char* const names[] = {
    "Person", "Organization", "Place", "Event", "Agreement"
  };
  return type < LSN_N_TYPES ? names[type] : "?";
}

/* Token tests ------------------------------------------------------------ */

uint32_t
tok_flags(const doc_ctx* c, size_t i)
{
  return c->t->tokens[i].flags;
}

const char*
tok_key(const doc_ctx* c, size_t i)
{
  return lsn_text_key(c->t, i);
}

bool
tok_is(const doc_ctx* c, size_t i, const char* key)
{
  return i < c->t->n_tokens && !strcmp(tok_key(c, i), key);
}

bool
tok_is_cap(const doc_ctx* c, size_t i)
{
  uint32_t f = tok_flags(c, i);
  return (f & LSN_TF_WORD) && (f & (LSN_TF_CAP | LSN_TF_UPPER));
}

bool
tok_is_lower_word(const doc_ctx* c, size_t i)
{
  uint32_t f = tok_flags(c, i);
  return (f & LSN_TF_WORD) && (f & LSN_TF_LOWER);
}

bool
tok_is_adjective(const doc_ctx* c, size_t i)
{
  if (!tok_is_lower_word(c, i))
    return false;
  const lsn_map* suffixes = c->ex->adj_suffix[!strcmp(c->lang, "en")];
  const char*    key      = tok_key(c, i);
  size_t         len      = strlen(key);
  for (size_t n = 1; n <= 6 && n + 2 <= len; ++n)
    if (lsn_map_get(suffixes, key + len - n, n, NULL))
      return true;
  return false;
}

size_t
lex_at(const doc_ctx* c, lsn_lex_cat cat, size_t i, size_t limit)
{
  if (i >= limit ||
      (c->starts && !(c->starts[i] >> lsn_phrases_bit(cat, c->lang) & 1)))
    return 0;
  return lsn_phrases_match(c->ex->ph, cat, c->lang, c->t, i, limit, NULL);
}

const lsn_phrase*
lex_rec(const doc_ctx* c, lsn_lex_cat cat, size_t i, size_t limit)
{
  const lsn_phrase* rec = NULL;
  if (i >= limit ||
      (c->starts && !(c->starts[i] >> lsn_phrases_bit(cat, c->lang) & 1)))
    return NULL;
  if (lsn_phrases_match(c->ex->ph, cat, c->lang, c->t, i, limit, &rec))
    return rec;
  return NULL;
}

size_t
sentence_end(const doc_ctx* c, uint32_t sent)
{
  return c->t->sents[sent].first + c->t->sents[sent].count;
}

uint32_t
sentence_of(const doc_ctx* c, size_t tok)
{
  size_t lo = 0, hi = c->t->n_sents;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (c->t->sents[mid].first <= tok)
      lo = mid;
    else
      hi = mid;
  }
  return (uint32_t)lo;
}

/* The driver ------------------------------------------------------------- */

lsn_status
lsn_extract_document(const lsn_extractor* ex,
                     const lsn_text*      text,
                     const char*          lang,
                     lsn_ymd              date,
                     lsn_doc_result*      result)
{
  doc_ctx    c  = { .ex = ex, .t = text, .lang = lang, .r = result };
  lsn_status st = LSN_OK;
  result->text  = text;
  result->lang  = lang;
  if (!(c.cover = lsn_calloc(text->n_tokens + 1, sizeof *c.cover)) ||
      !(c.starts = lsn_malloc((text->n_tokens + 1) * sizeof *c.starts))) {
    lsn_free(c.cover);
    return LSN_ERR_NOMEM;
  }
  /* Which categories' phrases each token may start: one look-up per token
   * instead of one per category and rule. */
  for (size_t i = 0; i < text->n_tokens; ++i)
    c.starts[i] = lsn_phrases_starts(ex->ph, lsn_text_key(text, i));
  for (uint32_t s = 0; s < text->n_sents; ++s)
    if ((st = lsn_dates_find(text,
                             ex->config,
                             text->sents[s].first,
                             (uint32_t)sentence_end(&c, s),
                             &result->dates,
                             &result->n_dates,
                             &result->cap_dates)))
      break;
  /* The document's date: given, or its date line; weekday names ("mardi",
   * "on Tuesday") are resolved against it. */
  lsn_ymd line_date;
  if (!st &&
      lsn_dates_find_dateline(
        text, result->dates, result->n_dates, &line_date) &&
      date.year <= 0)
    date = line_date;
  if (!st)
    st = lsn_dates_add_weekdays(text,
                                ex->config,
                                date,
                                &result->dates,
                                &result->n_dates,
                                &result->cap_dates);
  if (!st && !(st = tag_document(&c)) && !(st = find_spans(&c)) &&
      !(st = resolve_entities(&c)))
    st = find_relations(&c);
  lsn_free(c.ner);
  lsn_free(c.starts);
  lsn_free(c.cover);
  lsn_free(c.alias_of);
  return st;
}

void
lsn_doc_result_clear(lsn_doc_result* r)
{
  for (size_t i = 0; i < r->n_entities; ++i) {
    lsn_entity* e = &r->entities[i];
    lsn_free(e->name);
    for (size_t k = 0; k < e->n_alts; ++k)
      lsn_free(e->alts[k]);
    lsn_free(e->alts);
    lsn_free(e->head);
    lsn_free(e->surname);
  }
  for (size_t i = 0; i < r->n_relations; ++i)
    lsn_free(r->relations[i].literal);
  lsn_free(r->mentions);
  lsn_free(r->entities);
  lsn_free(r->relations);
  lsn_free(r->dates);
  memset(r, 0, sizeof *r);
}
