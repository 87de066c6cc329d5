/* SPDX-License-Identifier: ISC */
/*
 * Step 4 of the cascade: relations between the entities of a document.
 *
 * Each pattern works on one sentence, over its mentions and the trigger
 * phrases of the lexicon:
 *   titles      PERSON , TITLE ... [connector] ORG      (apposition)
 *               [ORG] TITLE PERSON                      (title first)
 *   events      EVENT ... held-trigger ... à PLACE, dates in the sentence,
 *               organizer-trigger AGENT (, AGENT)* (et AGENT),
 *               attendee-trigger AGENT..., a delegation "comprenant" AGENT...
 *   agreements  compound acronyms in the name (ONU-UE: both are parties),
 *               signed-at-trigger EVENT, signed-by-trigger PERSON..., dates
 *   commitments AGENT commit-trigger TEXT
 *   structure   a known body named inside another's name ("... des Nations
 *               Unies"), and the gazetteer's parents of bodies both named.
 * A sentence that names no event but speaks of one ("a dirigé une
 * délégation") is about the document's only event, when there is one.
 */
#include "extract/internal.h"

#include <string.h>

lsn_status
add_relation(doc_ctx*     c,
             lsn_rel_kind kind,
             int32_t      subject,
             int32_t      object,
             const char*  literal,
             uint32_t     sent)
{
  lsn_doc_result* r = c->r;
  if (subject < 0 || (object < 0 && !literal) || subject == object)
    return LSN_OK;
  for (size_t i = 0; i < r->n_relations; ++i) {
    const lsn_relation* o = &r->relations[i];
    if (o->kind == kind && o->subject == subject && o->object == object &&
        (!literal || (o->literal && !strcmp(o->literal, literal))))
      return LSN_OK;
  }
  lsn_status st;
  LSN_TRY(st,
          lsn_grow((void**)&r->relations,
                   &r->cap_relations,
                   r->n_relations + 1,
                   sizeof *r->relations));
  lsn_relation* rel = &r->relations[r->n_relations];
  rel->kind         = (uint8_t)kind;
  rel->subject      = subject;
  rel->object       = object;
  rel->sent         = sent;
  rel->literal      = NULL;
  if (literal && !(rel->literal = lsn_strdup(literal)))
    return LSN_ERR_NOMEM;
  ++r->n_relations;
  return LSN_OK;
}

/* Mentions and entities --------------------------------------------------- */

#define AGENTS ((1u << LSN_PERSON) | (1u << LSN_ORGANIZATION))

/* The entity of the mention covering token i, if its type is in `types`. */
static int32_t
entity_at(const doc_ctx* c, size_t i, unsigned types)
{
  int32_t m = mention_at(c, i);
  if (m < 0)
    return -1;
  const lsn_mention* mm = &c->r->mentions[m];
  if (mm->entity < 0 || !(types & (1u << c->r->entities[mm->entity].type)))
    return -1;
  return mm->entity;
}

static uint8_t
entity_type(const doc_ctx* c, int32_t e)
{
  return c->r->entities[e].type;
}

/* The only entity of `type` in the document, or -1. */
static int32_t
only_entity(const doc_ctx* c, lsn_etype type)
{
  int32_t found = -1;
  for (size_t i = 0; i < c->r->n_entities; ++i)
    if (c->r->entities[i].type == type) {
      if (found >= 0)
        return -1;
      found = (int32_t)i;
    }
  return found;
}

/* The nearest entity of `type` mentioned in [floor, before), or -1. */
static int32_t
nearest_before(const doc_ctx* c, size_t floor, size_t before, lsn_etype type)
{
  for (size_t i = before; i > floor; --i) {
    int32_t e = entity_at(c, i - 1, 1u << type);
    if (e >= 0)
      return e;
  }
  return -1;
}

static int32_t
first_after(const doc_ctx* c,
            size_t         from,
            size_t         limit,
            lsn_etype      type,
            size_t*        at)
{
  for (size_t i = from; i < limit; ++i) {
    int32_t e = entity_at(c, i, 1u << type);
    if (e >= 0) {
      if (at)
        *at = i;
      return e;
    }
  }
  return -1;
}

/* The event a report is about: the one mentioned most, then first. */
static int32_t
main_event(const doc_ctx* c)
{
  int32_t best       = -1;
  size_t  best_count = 0;
  for (size_t e = 0; e < c->r->n_entities; ++e) {
    if (c->r->entities[e].type != LSN_EVENT)
      continue;
    size_t count = 0;
    for (size_t m = 0; m < c->r->n_mentions; ++m)
      count += c->r->mentions[m].entity == (int32_t)e;
    if (count > best_count) /* entities come in order of first mention */
      best = (int32_t)e, best_count = count;
  }
  return best;
}

/* The event a sentence speaks of: one it names, else the document's main
 * event. */
static int32_t
sentence_event(const doc_ctx* c, size_t floor, size_t limit)
{
  int32_t e = first_after(c, floor, limit, LSN_EVENT, NULL);
  return e >= 0 ? e : main_event(c);
}

static bool
is_clause_break(const doc_ctx* c, size_t i)
{
  return tok_is(c, i, ",") || tok_is(c, i, ";") || tok_is(c, i, ".") ||
         tok_is(c, i, ")") || tok_is(c, i, ":");
}

/* Find a trigger of `cat` in [from, limit); returns its position and sets
 * *len, or returns limit. */
static size_t
find_trigger(const doc_ctx* c,
             lsn_lex_cat    cat,
             size_t         from,
             size_t         limit,
             size_t*        len)
{
  for (size_t i = from; i < limit; ++i)
    if ((*len = lex_at(c, cat, i, limit)))
      return i;
  return limit;
}

/* Lists of agents -----------------------------------------------------------
 */

/* Is the mention at `i` the body of a title held by a person listed before
 * ("X, Coordinateur ... de l'Union européenne")? Then it is not itself a
 * list item. */
static bool
in_apposition(const doc_ctx* c, size_t from, size_t i)
{
  for (size_t k = i; k > from; --k) {
    if (tok_is(c, k - 1, ",") || tok_is(c, k - 1, ";"))
      return lsn_phrases_match(
               c->ex->ph, LEX_TITLE, c->lang, c->t, k, i, NULL) > 0 ||
             (k < i && lex_at(c, LEX_ARTICLE, k, i) &&
              lex_at(c, LEX_TITLE, k + 1, i));
    if (lex_at(c, LEX_TITLE, k - 1, i) == i - (k - 1))
      return true;
  }
  return false;
}

typedef lsn_status (*agent_fn)(doc_ctx* c, int32_t agent, void* data);

/* Each agent mentioned in [from, limit) as a list item. */
static lsn_status
each_listed_agent(doc_ctx* c,
                  size_t   from,
                  size_t   limit,
                  agent_fn fn,
                  void*    data)
{
  lsn_status st;
  for (size_t i = from; i < limit; ++i) {
    int32_t m = mention_at(c, i);
    int32_t e = entity_at(c, i, AGENTS);
    if (e < 0)
      continue;
    if (entity_type(c, e) == LSN_ORGANIZATION && in_apposition(c, from, i)) {
      i = c->r->mentions[m].last - 1;
      continue;
    }
    LSN_TRY(st, fn(c, e, data));
    i = c->r->mentions[m].last - 1;
  }
  return LSN_OK;
}

/* "UNODC's": an English possessive after a mention. */
static bool
possessive_after(const doc_ctx* c, size_t i, size_t limit)
{
  return i < limit && (tok_is(c, i, "'s") || tok_is(c, i, "'"));
}

/* "Secrétaire exécutif adjoint", "Deputy Director": the title holder
 * works for the body but does not head it. */
static bool
deputy_in(const doc_ctx* c, size_t from, size_t to)
{
  for (size_t i = from; i < to && i < from + 6; ++i)
    if (lex_at(c, LEX_DEPUTY, i, to))
      return true;
  return false;
}

/* Titles ---------------------------------------------------------------- */

static bool
is_connector_token(const doc_ctx* c, size_t i, size_t limit)
{
  return lex_at(c, LEX_CONNECTOR, i, limit) == 1 ||
         lex_at(c, LEX_ARTICLE, i, limit) == 1;
}

static lsn_status
add_title(doc_ctx* c,
          int32_t  person,
          size_t   from,
          size_t   to,
          int32_t  org,
          bool     heads,
          uint32_t sent)
{
  char*      title = NULL;
  lsn_status st;
  if (to <= from)
    return LSN_OK;
  LSN_TRY(st,
          surface_text(
            c, c->t->tokens[from].start, c->t->tokens[to - 1].end, &title));
  st = add_relation(c, LSN_R_JOB_TITLE, person, -1, title, sent);
  if (!st && org >= 0) {
    st = add_relation(c, LSN_R_MEMBERSHIP, person, org, title, sent);
    if (!st)
      st = add_relation(
        c, heads ? LSN_R_HEAD_OF : LSN_R_MEMBER_OF, person, org, NULL, sent);
    if (!st && heads)
      st = add_relation(c, LSN_R_MEMBER_OF, person, org, NULL, sent);
  }
  lsn_free(title);
  return st;
}

static lsn_status
title_from(doc_ctx* c, const lsn_mention* m, size_t k, size_t limit);

/* PERSON , [article] TITLE ... [connector] ORG */
static lsn_status
apposition_title(doc_ctx* c, const lsn_mention* m, size_t limit)
{
  size_t k = m->last;
  if (k >= limit || !tok_is(c, k, ","))
    return LSN_OK;
  ++k;
  return title_from(c, m, k + lex_at(c, LEX_ARTICLE, k, limit), limit);
}

/* "Mme X ... au poste de Représentante résidente du PNUD", "appointed
 * X as Special Envoy": a title introduced after the person. */
static lsn_status
introduced_title(doc_ctx* c, const lsn_mention* m, size_t limit)
{
  for (size_t k = m->last; k < limit && k - m->last < 12; ++k) {
    if (entity_at(c, k, 1u << LSN_PERSON) >= 0 && k >= m->last)
      if (mention_at(c, k) >= 0 &&
          c->r->mentions[mention_at(c, k)].entity != m->entity)
        return LSN_OK; /* another person comes first */
    size_t n = lex_at(c, LEX_ROLE_INTRO, k, limit);
    if (!n)
      continue;
    size_t t = k + n;
    t += lex_at(c, LEX_ARTICLE, t, limit);
    if (lex_at(c, LEX_TITLE, t, limit))
      return title_from(c, m, t, limit);
  }
  return LSN_OK;
}

/* A title starting at token k, held by the person of mention m: the words
 * up to the body it is held in, when one follows in the clause. */
static lsn_status
title_from(doc_ctx* c, const lsn_mention* m, size_t k, size_t limit)
{
  const lsn_phrase* rec = lex_rec(c, LEX_TITLE, k, limit);
  if (!rec)
    return LSN_OK;
  size_t  n   = lex_at(c, LEX_TITLE, k, limit);
  int32_t org = -1;
  size_t  end = k + n;
  for (size_t p = k + n; p < limit && p - k < 30; ++p) {
    bool goes_on = tok_is(c, p, ",") && p + 1 < limit &&
                   lex_at(c, LEX_CONNECTOR, p + 1, limit) > 0;
    if ((is_clause_break(c, p) && !goes_on) ||
        entity_at(c, p, 1u << LSN_PERSON) >= 0)
      break;
    if ((org = entity_at(c, p, 1u << LSN_ORGANIZATION)) >= 0 &&
        possessive_after(c, c->r->mentions[mention_at(c, p)].last, limit)) {
      p   = c->r->mentions[mention_at(c, p)].last; /* "UNODC's Programme" */
      org = -1;
      continue;
    }
    if (org >= 0) {
      end = p;
      /* "membre de l'association « X »": the title stops before what
       * introduces the body. */
      while (end > k + n && (is_connector_token(c, end - 1, limit) ||
                             !(tok_flags(c, end - 1) & LSN_TF_WORD) ||
                             lex_at(c, LEX_ORG_HEAD, end - 1, end)))
        --end;
      break;
    }
  }
  if (org < 0) /* the title alone, with the words that qualify it */
    while (end < limit && tok_is_adjective(c, end))
      ++end;
  bool heads = !strcmp(rec->svalue, "head") && !deputy_in(c, k, end);
  return add_title(c, m->entity, k, end, org, heads, m->sent);
}

/* [ORG] [Cap...] TITLE PERSON: "EU Counter-Terrorism Coordinator X",
 * "le Secrétaire général adjoint X". */
/* Start of a title phrase ending at `end`, or SIZE_MAX; *rec its record. */
static size_t
title_ending(const doc_ctx* c, size_t floor, size_t end, const lsn_phrase** rec)
{
  for (size_t len = 1; len <= 4 && len <= end - floor; ++len)
    if (lex_at(c, LEX_TITLE, end - len, end) == len) {
      *rec = lex_rec(c, LEX_TITLE, end - len, end);
      return end - len;
    }
  return SIZE_MAX;
}

/* "la cheffe de mission d'EUCAP Sahel Niger, Mme X": a title, its body,
 * a comma, then the person (after an article and an honorific). */
static lsn_status
title_body_comma(doc_ctx* c, const lsn_mention* m, size_t floor, size_t end)
{
  if (end <= floor + 2 || !tok_is(c, end - 1, ","))
    return LSN_OK;
  int32_t org = entity_at(c, end - 2, 1u << LSN_ORGANIZATION);
  if (org < 0)
    return LSN_OK;
  size_t body = c->r->mentions[mention_at(c, end - 2)].first, stop = body;
  while (stop > floor && is_connector_token(c, stop - 1, body))
    --stop;
  for (size_t start = stop; start > floor && stop - start < 8; --start) {
    const lsn_phrase* rec = lex_rec(c, LEX_TITLE, start - 1, stop);
    if (rec)
      return add_title(c,
                       m->entity,
                       start - 1,
                       stop,
                       org,
                       !strcmp(rec->svalue, "head") &&
                         !deputy_in(c, start - 1, stop),
                       m->sent);
    if (is_clause_break(c, start - 1) || mention_at(c, start - 1) >= 0)
      break;
  }
  return LSN_OK;
}

/* [ORG] [Cap...] TITLE PERSON: "EU Counter-Terrorism Coordinator X",
 * "le Secrétaire général adjoint X"; or TITLE ... ORG, PERSON. */
static lsn_status
title_before(doc_ctx* c, const lsn_mention* m, size_t floor)
{
  size_t end = m->first, n;
  /* Skip what may stand between a title and the name: "M.", "le colonel". */
  while (end > floor &&
         ((n = lsn_phrases_match_ending(
             c->ex->ph, LEX_HONORIFIC, c->lang, c->t, floor, end)) ||
          (n = lsn_phrases_match_ending(
             c->ex->ph, LEX_ARTICLE, c->lang, c->t, floor, end))))
    end -= n;
  if (end > floor && tok_is(c, end - 1, ","))
    return title_body_comma(c, m, floor, end);
  const lsn_phrase* rec   = NULL;
  size_t            start = title_ending(c, floor, end, &rec);
  if (start == SIZE_MAX)
    return LSN_OK;
  while (start > floor && tok_is_cap(c, start - 1) &&
         mention_at(c, start - 1) < 0 &&
         !lex_at(c, LEX_NOT_NAME, start - 1, end))
    --start; /* "Counter-Terrorism Coordinator" */
  int32_t org =
    start > floor ? entity_at(c, start - 1, 1u << LSN_ORGANIZATION) : -1;
  bool heads = rec && !strcmp(rec->svalue, "head") && !deputy_in(c, start, end);
  return add_title(c, m->entity, start, end, org, heads, m->sent);
}

/* The mentions of each sentence: `order` lists mention indexes sentence by
 * sentence, from `start[s]` to `start[s + 1]`. */
typedef struct {
  int32_t* order;
  size_t*  start;
} by_sentence;

static lsn_status
index_by_sentence(const doc_ctx* c, by_sentence* out)
{
  size_t ns = c->t->n_sents, nm = c->r->n_mentions;
  out->order = lsn_malloc((nm + 1) * sizeof *out->order);
  out->start = lsn_calloc(ns + 2, sizeof *out->start);
  if (!out->order || !out->start)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < nm; ++i)
    ++out->start[c->r->mentions[i].sent + 1];
  for (size_t s = 0; s < ns; ++s)
    out->start[s + 1] += out->start[s];
  size_t* fill = lsn_malloc((ns + 1) * sizeof *fill);
  if (!fill)
    return LSN_ERR_NOMEM;
  memcpy(fill, out->start, (ns + 1) * sizeof *fill);
  for (size_t i = 0; i < nm; ++i)
    out->order[fill[c->r->mentions[i].sent]++] = (int32_t)i;
  lsn_free(fill);
  return LSN_OK;
}

static lsn_status
titles(doc_ctx*           c,
       const by_sentence* idx,
       uint32_t           sent,
       size_t             floor,
       size_t             limit)
{
  lsn_status st;
  for (size_t k = idx->start[sent]; k < idx->start[sent + 1]; ++k) {
    const lsn_mention* m = &c->r->mentions[idx->order[k]];
    if (m->entity < 0 || entity_type(c, m->entity) != LSN_PERSON)
      continue;
    LSN_TRY(st, apposition_title(c, m, limit));
    LSN_TRY(st, introduced_title(c, m, limit));
    LSN_TRY(st, title_before(c, m, floor));
  }
  return LSN_OK;
}

/* Events ------------------------------------------------------------------ */

typedef struct {
  lsn_rel_kind kind;
  int32_t      subject;
  uint32_t     sent;
} rel_target;

static lsn_status
relate_agent(doc_ctx* c, int32_t agent, void* data)
{
  const rel_target* t = data;
  return add_relation(c, t->kind, t->subject, agent, NULL, t->sent);
}

static lsn_status
event_location(doc_ctx* c,
               int32_t  event,
               size_t   after,
               size_t   limit,
               uint32_t sent)
{
  size_t held_len, held = find_trigger(c, LEX_HELD, after, limit, &held_len);
  size_t from = held < limit ? held + held_len : after;
  for (size_t i = from; i < limit && i - from < 25; ++i) {
    int32_t place = entity_at(c, i, 1u << LSN_PLACE);
    if (place < 0)
      continue;
    bool introduced = lsn_phrases_match_ending(
                        c->ex->ph, LEX_PLACE_PREP, c->lang, c->t, from, i) > 0;
    if (introduced && (held < limit || i - after <= 4))
      return add_relation(c, LSN_R_LOCATION, event, place, NULL, sent);
  }
  return LSN_OK;
}

static bool
has_relation(const doc_ctx* c, lsn_rel_kind kind, int32_t subject)
{
  for (size_t i = 0; i < c->r->n_relations; ++i)
    if (c->r->relations[i].kind == kind &&
        c->r->relations[i].subject == subject)
      return true;
  return false;
}

/* The first dates given for an event in a document are its dates: a later
 * date in the same report is more often another day it mentions. */
static lsn_status
event_dates(doc_ctx* c,
            int32_t  event,
            size_t   after,
            size_t   limit,
            uint32_t sent)
{
  if (has_relation(c, LSN_R_START_DATE, event))
    return LSN_OK;
  for (size_t d = 0; d < c->r->n_dates; ++d) {
    const lsn_date_span* ds = &c->r->dates[d];
    if (ds->first < after || ds->first >= limit || ds->dateline)
      continue;
    char       from[16], to[16];
    lsn_status st;
    if (!lsn_ymd_format(ds->from, from) || !lsn_ymd_format(ds->to, to))
      continue;
    LSN_TRY(st, add_relation(c, LSN_R_START_DATE, event, -1, from, sent));
    return add_relation(c, LSN_R_END_DATE, event, -1, to, sent);
  }
  return LSN_OK;
}

static lsn_status
event_agents(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t     len, at;
  lsn_status st;
  at = find_trigger(c, LEX_ORGANIZER, floor, limit, &len);
  if (at < limit) {
    int32_t event = nearest_before(c, floor, at, LSN_EVENT);
    if (event < 0)
      event = main_event(c);
    rel_target t   = { LSN_R_ORGANIZER, event, sent };
    size_t     end = at + len;
    while (end < limit && !tok_is(c, end, ";") && !tok_is(c, end, ".") &&
           !lex_at(c, LEX_ATTENDEE, end, limit) &&
           !(tok_is(c, end, ",") && lex_at(c, LEX_ATTENDEE, end + 1, limit)))
      ++end;
    if (event >= 0)
      LSN_TRY(st, each_listed_agent(c, at + len, end, relate_agent, &t));
  }
  for (size_t from = floor;
       (at = find_trigger(c, LEX_ATTENDEE, from, limit, &len)) < limit;
       from = at + len) {
    int32_t event = sentence_event(c, floor, limit);
    if (event < 0)
      break;
    rel_target t = { LSN_R_ATTENDEE, event, sent };
    LSN_TRY(st, each_listed_agent(c, at + len, limit, relate_agent, &t));
  }
  /* "X, Y et des représentants de Z ont pris part aux travaux", "X
   * attended": the agents of the clause before the verb. */
  at = find_trigger(c, LEX_ATTENDED, floor, limit, &len);
  if (at < limit) {
    int32_t event = sentence_event(c, floor, limit);
    size_t  from  = at;
    while (from > floor && !tok_is(c, from - 1, ";") &&
           !tok_is(c, from - 1, ":"))
      --from;
    rel_target t = { LSN_R_ATTENDEE, event, sent };
    if (event >= 0)
      LSN_TRY(st, each_listed_agent(c, from, at, relate_agent, &t));
  }
  return LSN_OK;
}

static bool
only_event_in(const doc_ctx* c, size_t floor, size_t limit, int32_t event)
{
  for (size_t i = floor; i < limit; ++i) {
    int32_t e = entity_at(c, i, 1u << LSN_EVENT);
    if (e >= 0 && e != event)
      return false;
  }
  return true;
}

static lsn_status
events(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  lsn_status st;
  for (size_t i = floor; i < limit; ++i) {
    int32_t event = entity_at(c, i, 1u << LSN_EVENT);
    if (event < 0)
      continue;
    size_t after = c->r->mentions[mention_at(c, i)].last;
    /* "met in Osh on 20 and 21 June 2024 for the fifth Forum": when the
     * sentence names one event, where and when may come before it. */
    size_t from = only_event_in(c, floor, limit, event) ? floor : after;
    LSN_TRY(st, event_location(c, event, from, limit, sent));
    LSN_TRY(st, event_dates(c, event, from, limit, sent));
    i = after - 1;
  }
  return event_agents(c, sent, floor, limit);
}

/* Bodies in bodies: "22 entités du Pacte mondial ..., comprenant des
 * représentants de A, B, C": A, B and C are members of the Pact (the nouns
 * are the lexicon's member_noun). */
typedef struct {
  int32_t  body;
  uint32_t sent;
} member_target;

static lsn_status
relate_member(doc_ctx* c, int32_t agent, void* data)
{
  const member_target* t = data;
  if (entity_type(c, agent) != LSN_ORGANIZATION)
    return LSN_OK;
  return add_relation(c, LSN_R_MEMBER_OF, agent, t->body, NULL, t->sent);
}

/* "(entités|members) (du|of) BODY" before a list. */
static int32_t
listed_body(const doc_ctx* c, size_t floor, size_t limit, size_t* after)
{
  for (size_t i = floor; i + 2 < limit; ++i) {
    size_t n = lex_at(c, LEX_MEMBER_NOUN, i, limit), k;
    if (!n || !(k = lex_at(c, LEX_CONNECTOR, i + n, limit)))
      continue;
    k += i + n;
    k += lex_at(c, LEX_ARTICLE, k, limit);
    int32_t body = entity_at(c, k, 1u << LSN_ORGANIZATION);
    if (body >= 0) {
      *after = c->r->mentions[mention_at(c, k)].last;
      return body;
    }
  }
  return -1;
}

static lsn_status
coordination_members(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t  after, len;
  int32_t body = listed_body(c, floor, limit, &after);
  if (body < 0)
    return LSN_OK;
  size_t at = find_trigger(c, LEX_ATTENDEE, after, limit, &len);
  if (at >= limit)
    return LSN_OK;
  member_target t = { body, sent };
  return each_listed_agent(c, at + len, limit, relate_member, &t);
}

/* Agreements ------------------------------------------------------------- */

/* Parties named by a compound acronym in the agreement's name (ONU-UE). */
static lsn_status
agreement_parties(doc_ctx* c, int32_t agreement, const lsn_mention* m)
{
  lsn_status st;
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    const lsn_mention* p = &c->r->mentions[i];
    if (p->kind == LSN_M_PART && p->first >= m->first && p->last <= m->last &&
        p->entity >= 0)
      LSN_TRY(
        st, add_relation(c, LSN_R_PARTY, agreement, p->entity, NULL, m->sent));
  }
  return LSN_OK;
}

static int32_t
sentence_agreement(const doc_ctx* c, size_t floor, size_t limit)
{
  int32_t a = first_after(c, floor, limit, LSN_AGREEMENT, NULL);
  return a >= 0 ? a : only_entity(c, LSN_AGREEMENT);
}

/* Is the signing verb at `at` passive ("a été signé", "was signed", or a
 * participle opening the sentence)? Then its subject is not a party. */
static bool
passive_signing(const doc_ctx* c, size_t floor, size_t at)
{
  if (at == floor)
    return true;
  const char* prev = tok_key(c, at - 1);
  return !strcmp(prev, "ete") || !strcmp(prev, "was") ||
         !strcmp(prev, "were") || !strcmp(prev, "been") ||
         !strcmp(prev, "is") || !strcmp(prev, "sont") || !strcmp(prev, "est");
}

static lsn_status
relate_party(doc_ctx* c, int32_t agent, void* data)
{
  const rel_target* t = data;
  return add_relation(c,
                      entity_type(c, agent) == LSN_PERSON ? LSN_R_SIGNED_BY
                                                          : LSN_R_PARTY,
                      t->subject,
                      agent,
                      NULL,
                      t->sent);
}

static lsn_status
relate_signer(doc_ctx* c, int32_t agent, void* data)
{
  const rel_target* t = data;
  if (entity_type(c, agent) != LSN_PERSON)
    return LSN_OK;
  return add_relation(c, LSN_R_SIGNED_BY, t->subject, agent, NULL, t->sent);
}

/* A sentence with a signing verb: the event it names is where the
 * agreement was signed, its date when, the people after "par"/"by" who
 * signed it, and the bodies before an active verb its parties. */
static lsn_status
agreements(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t     len, at = find_trigger(c, LEX_SIGN, floor, limit, &len);
  lsn_status st;
  if (at >= limit)
    return LSN_OK;
  int32_t agreement = sentence_agreement(c, floor, limit);
  if (agreement < 0)
    return LSN_OK;
  int32_t event = first_after(c, floor, limit, LSN_EVENT, NULL);
  if (event >= 0)
    LSN_TRY(st, add_relation(c, LSN_R_SIGNED_AT, agreement, event, NULL, sent));
  size_t held_len, held = find_trigger(c, LEX_HELD, floor, limit, &held_len);
  for (size_t d = 0; d < c->r->n_dates; ++d) {
    char                 iso[16];
    const lsn_date_span* ds = &c->r->dates[d];
    /* Not the date line, and not the dates of an event held then. */
    if (ds->first >= floor && ds->first < limit && !ds->dateline &&
        ds->first < held && lsn_ymd_format(ds->from, iso)) {
      LSN_TRY(st, add_relation(c, LSN_R_SIGNED_ON, agreement, -1, iso, sent));
      break;
    }
  }
  rel_target t = { LSN_R_SIGNED_BY, agreement, sent };
  size_t     by_len, by = find_trigger(c, LEX_BY, at + len, limit, &by_len);
  if (by < limit) {
    size_t end = find_trigger(c, LEX_ATTENDEE, by, limit, &by_len);
    LSN_TRY(st, each_listed_agent(c, by, end, relate_signer, &t));
  }
  if (!passive_signing(c, floor, at))
    LSN_TRY(st, each_listed_agent(c, floor, at, relate_party, &t));
  return LSN_OK;
}

/* Commitments -------------------------------------------------------------- */

static lsn_status
commitments(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t len, at = find_trigger(c, LEX_COMMIT, floor, limit, &len);
  if (at >= limit)
    return LSN_OK;
  int32_t who = -1;
  for (size_t i = at; i > floor && who < 0; --i)
    who = entity_at(c, i - 1, AGENTS);
  size_t end = limit;
  while (end > at + len && is_clause_break(c, end - 1))
    --end;
  if (who < 0 || end <= at + len)
    return LSN_OK;
  char*      text = NULL;
  lsn_status st   = surface_text(
    c, c->t->tokens[at + len].start, c->t->tokens[end - 1].end, &text);
  if (!st)
    st = add_relation(c, LSN_R_COMMITMENT, who, -1, text, sent);
  lsn_free(text);
  return st;
}

/* Structure ---------------------------------------------------------------- */

static int32_t
entity_with_gaz(const doc_ctx* c, int32_t gaz)
{
  for (size_t i = 0; i < c->r->n_entities; ++i)
    if (c->r->entities[i].gaz == gaz)
      return (int32_t)i;
  return -1;
}

/* The gazetteer knows that both bodies named here are one inside the
 * other. */
static lsn_status
known_structure(doc_ctx* c)
{
  lsn_status st;
  for (size_t i = 0; i < c->r->n_entities; ++i) {
    const lsn_entity* e = &c->r->entities[i];
    if (e->gaz < 0 || (e->type != LSN_ORGANIZATION && e->type != LSN_PLACE))
      continue;
    int32_t parent = c->ex->gaz->entries[e->gaz].parent;
    int32_t other  = parent >= 0 ? entity_with_gaz(c, parent) : -1;
    if (other >= 0)
      LSN_TRY(st,
              add_relation(c,
                           e->type == LSN_PLACE ? LSN_R_CONTAINED_IN
                                                : LSN_R_SUB_ORGANIZATION_OF,
                           (int32_t)i,
                           other,
                           NULL,
                           LSN_NO_SENTENCE));
  }
  return LSN_OK;
}

/* "Le ROAMC est membre du Partenariat ...", "X joined Y", "X and Y are
 * members of Z". */
/* The agents a relation's subject is: the nearest agent before `at`, and
 * those coordinated with it ("X et Y sont membres de"). */
static lsn_status
subjects_before(doc_ctx* c, size_t floor, size_t at, agent_fn fn, void* data)
{
  lsn_status st;
  bool       found = false;
  for (size_t i = at; i > floor;) {
    int32_t e = entity_at(c, i - 1, AGENTS);
    if (e < 0) {
      /* Before the subject, a verb and a word or two ("est lui-même",
       * "has also"); inside a list, only its glue. */
      bool glue = lex_at(c, LEX_COORD, i - 1, at) ||
                  lex_at(c, LEX_ARTICLE, i - 1, at) || tok_is(c, i - 1, ",");
      if ((found && !glue) ||
          (!found && (at - i > 4 || is_clause_break(c, i - 1))))
        return LSN_OK; /* past the subject list */
      --i;
      continue;
    }
    found = true;
    LSN_TRY(st, fn(c, e, data));
    i        = c->r->mentions[mention_at(c, i - 1)].first;
    size_t k = i;
    while (k > floor && lex_at(c, LEX_ARTICLE, k - 1, at))
      --k;
    if (k == floor ||
        (!lex_at(c, LEX_COORD, k - 1, at) && !tok_is(c, k - 1, ",")))
      return LSN_OK;
    i = k - 1;
  }
  return LSN_OK;
}

typedef struct {
  uint32_t sent;
  size_t   from, limit; /* where the bodies are listed */
} membership_target;

static lsn_status
relate_to_bodies(doc_ctx* c, int32_t member, void* data)
{
  const membership_target* t = data;
  lsn_status               st;
  for (size_t i = t->from; i < t->limit; ++i) {
    int32_t body = entity_at(c, i, 1u << LSN_ORGANIZATION);
    if (body < 0) {
      if (is_clause_break(c, i) && !tok_is(c, i, ",") && !tok_is(c, i, ")"))
        break;
      continue;
    }
    LSN_TRY(st, add_relation(c, LSN_R_MEMBER_OF, member, body, NULL, t->sent));
    i = c->r->mentions[mention_at(c, i)].last - 1;
  }
  return LSN_OK;
}

/* "Le ROAMC est membre du Partenariat ...", "X is a member of A and of
 * B", "X et Y sont membres de Z". */
static lsn_status
stated_membership(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t len, at = find_trigger(c, LEX_MEMBER_OF, floor, limit, &len);
  if (at >= limit)
    return LSN_OK;
  membership_target t = { sent, at + len, limit };
  return subjects_before(c, floor, at, relate_to_bodies, &t);
}

/* "EUCAP Sahel Niger, qui relève du SEAE", "X is a unit of Y". */
static lsn_status
stated_structure(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t len, at = find_trigger(c, LEX_PART_OF, floor, limit, &len);
  if (at >= limit)
    return LSN_OK;
  int32_t unit   = nearest_before(c, floor, at, LSN_ORGANIZATION);
  int32_t parent = first_after(c, at + len, limit, LSN_ORGANIZATION, NULL);
  if (unit < 0 || parent < 0)
    return LSN_OK;
  return add_relation(c, LSN_R_SUB_ORGANIZATION_OF, unit, parent, NULL, sent);
}

/* "Bureau des Nations Unies pour ...": a known body named after a
 * connector inside another body's name. */
static lsn_status
named_structure(doc_ctx* c)
{
  lsn_status st;
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if (m->kind != LSN_M_NAME || m->gaz >= 0 || m->entity < 0 ||
        entity_type(c, m->entity) != LSN_ORGANIZATION)
      continue;
    for (size_t k = m->first + 1; k < m->last; ++k) {
      if (!is_connector_token(c, k - 1, m->last))
        continue;
      const lsn_phrase* rec = NULL;
      size_t            n =
        lsn_phrases_match(c->ex->ph, LEX_GAZ, c->lang, c->t, k, m->last, &rec);
      if (!n || (rec->flags & PH_AMBIGUOUS) ||
          c->ex->gaz->entries[rec->value].type != LSN_ORGANIZATION)
        continue;
      int32_t parent = entity_with_gaz(c, rec->value);
      if (parent >= 0)
        LSN_TRY(
          st,
          add_relation(
            c, LSN_R_SUB_ORGANIZATION_OF, m->entity, parent, NULL, m->sent));
      break;
    }
  }
  return LSN_OK;
}

lsn_status
find_relations(doc_ctx* c)
{
  lsn_status  st;
  by_sentence idx = { NULL, NULL };
  if ((st = index_by_sentence(c, &idx))) {
    lsn_free(idx.order);
    lsn_free(idx.start);
    return st;
  }
  for (uint32_t s = 0; s < c->t->n_sents && !st; ++s)
    st = titles(c, &idx, s, c->t->sents[s].first, sentence_end(c, s));
  lsn_free(idx.order);
  lsn_free(idx.start);
  if (st)
    return st;
  for (uint32_t s = 0; s < c->t->n_sents; ++s) {
    size_t floor = c->t->sents[s].first, limit = sentence_end(c, s);
    LSN_TRY(st, events(c, s, floor, limit));
    LSN_TRY(st, coordination_members(c, s, floor, limit));
    LSN_TRY(st, agreements(c, s, floor, limit));
    LSN_TRY(st, commitments(c, s, floor, limit));
    LSN_TRY(st, stated_structure(c, s, floor, limit));
    LSN_TRY(st, stated_membership(c, s, floor, limit));
  }
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if (m->entity >= 0 && m->kind == LSN_M_NAME &&
        entity_type(c, m->entity) == LSN_AGREEMENT)
      LSN_TRY(st, agreement_parties(c, m->entity, m));
  }
  LSN_TRY(st, known_structure(c));
  return named_structure(c);
}
