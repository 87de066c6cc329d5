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

/* The relation index (doc_ctx.rel_keys) maps three kinds of key to a
 * relation: 'K' kind subject, to the first relation of that kind and
 * subject; 'E' kind subject object, to the first with those ends; 'L' kind
 * subject object and a hash of the literal, to one with that literal.  A
 * literal may change after it is indexed (set_literal), so an 'L' hit is
 * checked, and a failed check falls back to a scan. */
enum { REL_KEY_LEN = 18 };

static size_t
rel_key(char           tag,
        lsn_rel_kind   kind,
        int32_t        subject,
        int32_t        object,
        const char*    literal,
        unsigned char* key)
{
  uint64_t h = literal ? lsn_hash_bytes(literal, strlen(literal)) : 0;
  key[0]     = (unsigned char)tag;
  key[1]     = (unsigned char)kind;
  memcpy(key + 2, &subject, 4);
  memcpy(key + 6, &object, 4);
  memcpy(key + 10, &h, 8);
  return tag == 'K' ? 6 : tag == 'E' ? 10 : REL_KEY_LEN;
}

/* The relation indexed under `tag` for these ends, or -1. */
static int32_t
rel_lookup(const doc_ctx* c,
           char           tag,
           lsn_rel_kind   kind,
           int32_t        subject,
           int32_t        object,
           const char*    literal)
{
  unsigned char key[REL_KEY_LEN];
  size_t        len = rel_key(tag, kind, subject, object, literal, key), at;
  return lsn_map_get(c->rel_keys, (const char*)key, len, &at) ? (int32_t)at
                                                              : -1;
}

static lsn_status
rel_index(doc_ctx* c, char tag, size_t i, bool replace)
{
  const lsn_relation* rel = &c->r->relations[i];
  unsigned char       key[REL_KEY_LEN];
  size_t              len =
    rel_key(tag, rel->kind, rel->subject, rel->object, rel->literal, key);
  if (!replace && lsn_map_get(c->rel_keys, (const char*)key, len, NULL))
    return LSN_OK;
  return lsn_map_put(c->rel_keys, (const char*)key, len, i);
}

static bool
same_literal(const lsn_relation* o, const char* literal)
{
  return o->literal && !strcmp(o->literal, literal);
}

/* Whether the relation is known: with any literal when `literal` is NULL. */
static bool
rel_known(const doc_ctx* c,
          lsn_rel_kind   kind,
          int32_t        subject,
          int32_t        object,
          const char*    literal)
{
  if (!literal)
    return rel_lookup(c, 'E', kind, subject, object, NULL) >= 0;
  int32_t i = rel_lookup(c, 'L', kind, subject, object, literal);
  if (i < 0)
    return false;
  if (same_literal(&c->r->relations[i], literal))
    return true;
  for (size_t k = 0; k < c->r->n_relations; ++k) {
    const lsn_relation* o = &c->r->relations[k];
    if (o->kind == kind && o->subject == subject && o->object == object &&
        same_literal(o, literal))
      return true;
  }
  return false;
}

lsn_status
add_relation(doc_ctx*     c,
             lsn_rel_kind kind,
             int32_t      subject,
             int32_t      object,
             const char*  literal,
             uint32_t     sent)
{
  lsn_doc_result* r = c->r;
  if (subject < 0 || (object < 0 && !literal) || subject == object ||
      rel_known(c, kind, subject, object, literal))
    return LSN_OK;
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
  size_t i = r->n_relations++;
  LSN_TRY(st, rel_index(c, 'K', i, false));
  LSN_TRY(st, rel_index(c, 'E', i, false));
  return literal ? rel_index(c, 'L', i, true) : LSN_OK;
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
static lsn_status
find_main_event(doc_ctx* c)
{
  c->main_event = -1;
  size_t* count = lsn_calloc(c->r->n_entities + 1, sizeof *count);
  if (!count)
    return LSN_ERR_NOMEM;
  for (size_t m = 0; m < c->r->n_mentions; ++m)
    if (c->r->mentions[m].entity >= 0)
      ++count[c->r->mentions[m].entity];
  size_t best_count = 0;
  for (size_t e = 0; e < c->r->n_entities; ++e)
    if (c->r->entities[e].type == LSN_EVENT && count[e] > best_count)
      c->main_event = (int32_t)e, best_count = count[e];
  lsn_free(count); /* entities come in order of first mention */
  return LSN_OK;
}

static int32_t
main_event(const doc_ctx* c)
{
  return c->main_event;
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

/* "UNODC's": an English possessive after a mention. */
static bool
possessive_after(const doc_ctx* c, size_t i, size_t limit)
{
  return i < limit && (tok_is(c, i, "'s") || tok_is(c, i, "'"));
}

/* Where what follows a possessive at i starts ("UNODC ' s Programme": the
 * apostrophe and the "s" are tokens of their own). */
static size_t
after_possessive(const doc_ctx* c, size_t i, size_t limit)
{
  if (i < limit && tok_is(c, i, "'"))
    return i + 1 < limit && tok_is(c, i + 1, "s") ? i + 2 : i + 1;
  return i < limit && tok_is(c, i, "'s") ? i + 1 : i;
}

static bool
is_possessive_mark(const doc_ctx* c, size_t i)
{
  return tok_is(c, i, "'") || tok_is(c, i, "'s") ||
         (tok_is(c, i, "s") && i > 0 && tok_is(c, i - 1, "'"));
}

/* Do the tokens [from, to) join a body to its parent: "of the", "de la",
 * "du", after the closing parenthesis of an acronym ("the Department of
 * Political Affairs (PAPS) of the African Union Commission")? */
static bool
parent_link(const doc_ctx* c, size_t from, size_t to)
{
  if (from < to && tok_is(c, from, ")"))
    ++from;
  if (from >= to || !(tok_is(c, from, "of") || tok_is(c, from, "de") ||
                      tok_is(c, from, "du") || tok_is(c, from, "d'") ||
                      tok_is(c, from, "des")))
    return false;
  for (size_t i = from; i < to; ++i)
    if (!lex_at(c, LEX_CONNECTOR, i, to) && !lex_at(c, LEX_ARTICLE, i, to))
      return false;
  return true;
}

/* Each agent mentioned in [from, limit) as a list item.  A body named
 * after another as its parent ("the Flood Forecasting Unit of the ZRBA",
 * "the European Commission's DG HOME") is not an item: it is where the
 * item sits, and said so. */
static lsn_status
each_listed_agent(doc_ctx* c,
                  size_t   from,
                  size_t   limit,
                  agent_fn fn,
                  void*    data)
{
  lsn_status st;
  int32_t    prev_org = -1;
  size_t     prev_end = from;
  for (size_t i = from; i < limit; ++i) {
    int32_t m = mention_at(c, i);
    int32_t e = entity_at(c, i, AGENTS);
    if (e < 0)
      continue;
    const lsn_mention* mm    = &c->r->mentions[m];
    bool               org   = entity_type(c, e) == LSN_ORGANIZATION;
    int32_t            child = org && possessive_after(c, mm->last, limit)
                                 ? entity_at(c,
                                  after_possessive(c, mm->last, limit),
                                  1u << LSN_ORGANIZATION)
                                 : -1;
    if (child >= 0) { /* "UNODC's Programme" */
      LSN_TRY(
        st,
        add_relation(c, LSN_R_SUB_ORGANIZATION_OF, child, e, NULL, mm->sent));
      i = mm->last - 1;
      continue;
    }
    if (org && prev_org >= 0 && prev_org != e &&
        parent_link(c, prev_end, mm->first)) {
      LSN_TRY(st,
              add_relation(
                c, LSN_R_SUB_ORGANIZATION_OF, prev_org, e, NULL, mm->sent));
      prev_org = -1;
      i        = mm->last - 1;
      continue;
    }
    i = mm->last - 1;
    /* "la Commission de la CEDEAO (Communauté économique ...)": a long
     * form in parentheses glosses the acronym inside the name before. */
    bool gloss = prev_org >= 0 && prev_org != e && mm->first == prev_end + 1 &&
                 tok_is(c, prev_end, "(");
    prev_org = org ? e : -1;
    prev_end = mm->last;
    if (gloss || (org && in_apposition(c, from, mm->first)))
      continue;
    LSN_TRY(st, fn(c, e, data));
  }
  return LSN_OK;
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

/* Does [from, to), the words between a head title and its body, qualify
 * the title ("Director of Conflict Management at PAPS", "Coordinateur de
 * la lutte antiterroriste de l'UE")?  Then the holder runs a part of the
 * body, not the body: a member.  Connectors, adjectives ("coordonnatrice
 * régionale"), mentions and possessives do not qualify a title. */
static bool
qualified_title(const doc_ctx* c, size_t from, size_t to)
{
  for (size_t i = from; i < to; ++i) {
    if (!(tok_flags(c, i) & LSN_TF_WORD) || mention_at(c, i) >= 0 ||
        is_connector_token(c, i, to) || tok_is_adjective(c, i) ||
        lex_at(c, LEX_POSSESSIVE, i, to) || is_possessive_mark(c, i))
      continue;
    return true;
  }
  return false;
}

/* Words before a title that make it a title of its own ("Senior Adviser",
 * "youth worker", "Regional Director"): up to three words that are not
 * names, connectors or clause words.  Returns where the lexicon's title
 * starts, or SIZE_MAX; *past is set when a word says the post is a former
 * one ("a former protection officer"). */
static size_t
premodified_title(const doc_ctx* c, size_t k, size_t limit, bool* past)
{
  *past = false;
  for (size_t q = k; q < limit && q - k <= 3; ++q) {
    if (lex_at(c, LEX_TITLE, q, limit))
      return q;
    if (lex_at(c, LEX_PAST, q, limit)) {
      *past = true;
      continue;
    }
    if (!(tok_flags(c, q) & LSN_TF_WORD) || mention_at(c, q) >= 0 ||
        is_connector_token(c, q, limit) || lex_at(c, LEX_COORD, q, limit) ||
        lex_at(c, LEX_CLAUSE_STOP, q, limit) ||
        lex_at(c, LEX_RELATIVE, q, limit) || (tok_flags(c, q) & LSN_TF_DIGIT))
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

static lsn_status
title_from(doc_ctx*           c,
           const lsn_mention* m,
           size_t             k,
           size_t             limit,
           int32_t            body);

/* PERSON , [article] [modifiers] TITLE ... [connector] ORG: "X, Head of
 * the Office", "X, a lawyer with the SAJSN", "X, Senior Adviser at Y". */
static lsn_status
apposition_title(doc_ctx* c, const lsn_mention* m, size_t limit)
{
  size_t k = m->last, n;
  if (k >= limit || !tok_is(c, k, ","))
    return LSN_OK;
  ++k;
  if ((n = lex_at(c, LEX_ARTICLE, k, limit)))
    k += n;
  else if (lex_at(c, LEX_INDEFINITE, k, limit) == 1 &&
           !lex_at(c, LEX_CONNECTOR, k, limit))
    ++k; /* "X, a lawyer with ...", "X, une avocate ..." */
  /* "X, UNICEF Representative in Jordan": a body, then its title. */
  int32_t body = -1, bm = mention_at(c, k);
  if (bm >= 0 && c->r->mentions[bm].first == k &&
      (body = entity_at(c, k, 1u << LSN_ORGANIZATION)) >= 0)
    k = c->r->mentions[bm].last;
  if (lex_at(c, LEX_TITLE, k, limit))
    return title_from(c, m, k, limit, body);
  bool   past;
  size_t q = premodified_title(c, k, limit, &past);
  if (q == SIZE_MAX || past)
    return LSN_OK;
  return title_from(c, m, k, limit, body);
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
    t += lex_at(c, LEX_POSSESSIVE, t, limit); /* "as his Special Envoy" */
    if (lex_at(c, LEX_TITLE, t, limit))
      return title_from(c, m, t, limit, -1);
  }
  return LSN_OK;
}

/* Is the comma at p inside a list the title names ("for Europe, Central
 * Asia and Americas")?  A capitalised word follows it and a coordination
 * closes the list before the next comma. */
static bool
listed_in_title(const doc_ctx* c, size_t p, size_t limit)
{
  if (p + 1 >= limit || !tok_is_cap(c, p + 1) ||
      entity_at(c, p + 1, AGENTS) >= 0)
    return false;
  for (size_t q = p + 2; q < limit && q < p + 8; ++q) {
    if (is_clause_break(c, q) || entity_at(c, q, 1u << LSN_PERSON) >= 0)
      return false;
    if (lex_at(c, LEX_COORD, q, limit))
      return true;
  }
  return false;
}

/* "Ms X, Coordinator, Great Lakes ... Secretariat" (a heading's style): a
 * body named alone between the title's comma and the end of the clause. */
static bool
body_closes(const doc_ctx* c, size_t p, size_t limit)
{
  int32_t m = p < limit ? mention_at(c, p) : -1;
  if (m < 0 || entity_type(c, c->r->mentions[m].entity) != LSN_ORGANIZATION ||
      c->r->mentions[m].first != p)
    return false;
  size_t after = c->r->mentions[m].last;
  return after >= limit || is_clause_break(c, after);
}

/* Where the title starting at k ends and which body it is held in: the
 * words up to the body, when one follows in the clause.  A coordinated
 * second title ("Special Representative for Central Asia and Head of the
 * Centre") ends the first; *next is where it starts, or SIZE_MAX. */
static size_t
title_extent(const doc_ctx* c,
             size_t         k,
             size_t         n,
             size_t         limit,
             int32_t*       org_out,
             size_t*        next)
{
  int32_t org = -1, weak = -1;
  size_t  end = k + n, weak_at = 0;
  *next = SIZE_MAX;
  for (size_t p = k + n; p < limit && p - k < 30; ++p) {
    bool goes_on = tok_is(c, p, ",") && p + 1 < limit &&
                   (lex_at(c, LEX_CONNECTOR, p + 1, limit) > 0 ||
                    listed_in_title(c, p, limit) ||
                    (p == k + n && body_closes(c, p + 1, limit)));
    if ((is_clause_break(c, p) && !goes_on) ||
        entity_at(c, p, 1u << LSN_PERSON) >= 0)
      break;
    if (lex_at(c, LEX_COORD, p, limit)) {
      size_t t = p + 1 + lex_at(c, LEX_ARTICLE, p + 1, limit);
      if (lex_at(c, LEX_TITLE, t, limit)) {
        end   = p;
        *next = t;
        break;
      }
    }
    if ((org = entity_at(c, p, 1u << LSN_ORGANIZATION)) >= 0 &&
        possessive_after(c, c->r->mentions[mention_at(c, p)].last, limit)) {
      p = after_possessive(c, c->r->mentions[mention_at(c, p)].last, limit) -
          1; /* "UNODC's Programme" */
      org = -1;
      continue;
    }
    if (org >= 0 && c->r->mentions[mention_at(c, p)].strength < 2 &&
        c->r->mentions[mention_at(c, p)].kind == LSN_M_NAME && weak < 0) {
      /* "for Common Security and Defence Policy ... at the EEAS": a name
       * only the tagger saw may be the title's topic; a body named surely
       * later in the clause is the one the title is held in. */
      weak = org, weak_at = p;
      p   = c->r->mentions[mention_at(c, p)].last - 1;
      org = -1;
      continue;
    }
    if (org >= 0) {
      end = p;
      /* "membre de l'association « X »": the title stops before what
       * introduces the body. */
      while (end > k + n && (is_connector_token(c, end - 1, limit) ||
                             !(tok_flags(c, end - 1) & LSN_TF_WORD) ||
                             lex_at(c, LEX_POSSESSIVE, end - 1, end) ||
                             lex_at(c, LEX_CLAUSE_STOP, end - 1, end) == 1 ||
                             lex_at(c, LEX_ORG_HEAD, end - 1, end)))
        --end; /* "a lawyer with | the SAJSN" */
      break;
    }
  }
  if (org < 0 && weak >= 0) {
    org = weak, end = weak_at;
    while (end > k + n && (is_connector_token(c, end - 1, limit) ||
                           !(tok_flags(c, end - 1) & LSN_TF_WORD) ||
                           lex_at(c, LEX_CLAUSE_STOP, end - 1, end) == 1))
      --end;
  }
  if (org < 0 && *next == SIZE_MAX) { /* the title alone, with its words */
    while (end < limit && tok_is_adjective(c, end))
      ++end;
    size_t q = end; /* "directeur pays adjoint," */
    while (q < limit && q < end + 3 && tok_is_lower_word(c, q) &&
           !lex_at(c, LEX_CLAUSE_STOP, q, limit) &&
           !lex_at(c, LEX_CONNECTOR, q, limit) &&
           !lex_at(c, LEX_RELATIVE, q, limit) && mention_at(c, q) < 0)
      ++q;
    if (q > end && (q == limit || is_clause_break(c, q)))
      end = q;
    /* "Representative in Jordan", "Représentant pour le Sahel": a place the
     * post covers, ending the clause. */
    size_t p = end + lex_at(c, LEX_CONNECTOR, end, limit), pm;
    p += p > end ? lex_at(c, LEX_ARTICLE, p, limit) : 0;
    if (p > end && p < limit && entity_at(c, p, 1u << LSN_PLACE) >= 0 &&
        ((pm = c->r->mentions[mention_at(c, p)].last) == limit ||
         is_clause_break(c, pm)))
      end = pm;
  }
  *org_out = org;
  return end;
}

/* Titles starting at token k, held by the person of mention m: each with
 * the body it is held in.  Words before the lexicon's title ("Regional
 * Director") make a head title that of a part of the body. */
static lsn_status
title_from(doc_ctx*           c,
           const lsn_mention* m,
           size_t             k,
           size_t             limit,
           int32_t            body)
{
  lsn_status st;
  for (int titles = 0; titles < 4 && k < limit; ++titles) {
    bool   past;
    size_t q = premodified_title(c, k, limit, &past);
    if (q == SIZE_MAX || past)
      return LSN_OK;
    const lsn_phrase* rec = lex_rec(c, LEX_TITLE, q, limit);
    size_t            n   = lex_at(c, LEX_TITLE, q, limit);
    int32_t           org;
    size_t            next;
    size_t            end   = title_extent(c, q, n, limit, &org, &next);
    bool              heads = !strcmp(rec->svalue, "head") && q == k &&
                 !deputy_in(c, k, end) && !qualified_title(c, q + n, end);
    if (org < 0 && body >= 0)
      org = body, heads = false; /* a title after its body's name */
    LSN_TRY(st, add_title(c, m->entity, k, end, org, heads, m->sent));
    if (next == SIZE_MAX)
      break;
    k = next;
  }
  return LSN_OK;
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
  /* "le commissaire principal X": a title and an adjective. */
  if (end > floor + 1 && tok_is_adjective(c, end - 1))
    for (size_t len = 1; len <= 4 && len + 1 <= end - floor; ++len)
      if (lex_at(c, LEX_TITLE, end - 1 - len, end - 1) == len) {
        *rec = lex_rec(c, LEX_TITLE, end - 1 - len, end - 1);
        return end - 1 - len;
      }
  return SIZE_MAX;
}

/* The body a possessive before a title stands for ("Its head, Mr X"): the
 * nearest body before it in the sentence, else the body the previous
 * sentence opens with (its subject). */
static int32_t
possessive_antecedent(const doc_ctx* c, size_t floor, size_t at)
{
  int32_t org = nearest_before(c, floor, at, LSN_ORGANIZATION);
  if (org >= 0 || floor == 0)
    return org;
  uint32_t prev  = sentence_of(c, floor - 1);
  size_t   first = c->t->sents[prev].first;
  for (size_t i = first; i < floor && i < first + 3; ++i) {
    int32_t e =
      mention_at(c, i) >= 0 ? c->r->mentions[mention_at(c, i)].entity : -1;
    if (e >= 0)
      return entity_type(c, e) == LSN_ORGANIZATION ? e : -1;
  }
  return -1;
}

static size_t
place_title_end(const doc_ctx* c, size_t stop, size_t comma);

/* "M. A, greffier adjoint de la Cour, Mme B": a title right after a person
 * and a comma is that person's, not the one named after it. */
static bool
held_by_person_before(const doc_ctx* c, size_t floor, size_t title)
{
  size_t k = title, n;
  if (k > floor && (n = lsn_phrases_match_ending(
                      c->ex->ph, LEX_ARTICLE, c->lang, c->t, floor, k)))
    k -= n;
  return k > floor + 1 && tok_is(c, k - 1, ",") &&
         entity_at(c, k - 2, 1u << LSN_PERSON) >= 0;
}

/* "la cheffe de mission d'EUCAP Sahel Niger, Mme X": a title, its body,
 * a comma, then the person (after an article and an honorific); "Its
 * head, Mr X", "Son directeur, M. X": the body a possessive stands for. */
static lsn_status
title_body_comma(doc_ctx* c, const lsn_mention* m, size_t floor, size_t end)
{
  if (end <= floor + 2 || !tok_is(c, end - 1, ","))
    return LSN_OK;
  size_t last = end - 2; /* the body's last token; "(ATMIS)" is skipped */
  if (tok_is(c, last, ")") && last >= floor + 3 && tok_is(c, last - 2, "("))
    last -= 3;
  int32_t org = entity_at(c, last, 1u << LSN_ORGANIZATION);
  if (org < 0 && entity_at(c, last, 1u << LSN_PLACE) >= 0) {
    /* "the Minister of Internal Security of Somalia, Mr X", "the European
     * Union Special Representative for the Horn of Africa, Ms X": a title
     * up to a place; the body before it, if any, is the holder's. */
    size_t stop = c->r->mentions[mention_at(c, last)].first, start;
    while (stop > floor && is_connector_token(c, stop - 1, stop))
      --stop;
    for (start = stop; start > floor && stop - start < 10; --start)
      if (lex_rec(c, LEX_TITLE, start - 1, stop) ||
          is_clause_break(c, start - 1) || mention_at(c, start - 1) >= 0)
        break;
    if (start == floor || !lex_rec(c, LEX_TITLE, start - 1, stop))
      return LSN_OK;
    --start;
    while (start > floor && tok_is_cap(c, start - 1) &&
           mention_at(c, start - 1) < 0 &&
           !lex_at(c, LEX_NOT_NAME, start - 1, stop))
      --start; /* "Force Commander" */
    int32_t body =
      start > floor ? entity_at(c, start - 1, 1u << LSN_ORGANIZATION) : -1;
    return add_title(c,
                     m->entity,
                     start,
                     place_title_end(c, stop, end - 1),
                     body,
                     false,
                     m->sent);
  }
  if (org < 0) {
    /* "Its head, Mr X", "whose coordinator, Ms X", "its General Secretary,
     * Ms X", "the Mission's Deputy Special Representative for Protection,
     * Ms X": a title after a possessive, up to the comma. */
    size_t start = end - 1, n;
    for (; start > floor && end - 1 - start < 10; --start)
      if (is_clause_break(c, start - 1) ||
          (mention_at(c, start - 1) >= 0 &&
           c->r->mentions[mention_at(c, start - 1)].strength > 1) ||
          lsn_phrases_match_ending(
            c->ex->ph, LEX_POSSESSIVE, c->lang, c->t, floor, start) ||
          possessive_after(c, start - 1, end))
        break;
    while (start < end - 1 && is_possessive_mark(c, start))
      ++start; /* "Mission ' s" */
    const lsn_phrase* rec = NULL;
    for (size_t k = start; k < end - 1 && !rec; ++k)
      rec = lex_rec(c, LEX_TITLE, k, end - 1);
    if (start == end - 1 || !rec)
      return LSN_OK;
    if ((n = lsn_phrases_match_ending(
           c->ex->ph, LEX_POSSESSIVE, c->lang, c->t, floor, start)))
      org = possessive_antecedent(c, floor, start - n);
    else if (start >= floor + 2 && is_possessive_mark(c, start - 1))
      org = entity_at(c,
                      tok_is(c, start - 1, "s") ? start - 3 : start - 2,
                      1u << LSN_ORGANIZATION);
    else
      return LSN_OK;
    return add_title(
      c,
      m->entity,
      start,
      end - 1,
      org,
      !strcmp(rec->svalue, "head") &&
        lex_rec(c, LEX_TITLE, start, end - 1) == rec &&
        !deputy_in(c, start, end - 1) &&
        !qualified_title(
          c, start + lex_at(c, LEX_TITLE, start, end - 1), end - 1),
      m->sent);
  }
  size_t body = c->r->mentions[mention_at(c, last)].first, stop = body;
  while (stop > floor && is_connector_token(c, stop - 1, body))
    --stop;
  for (size_t start = stop; start > floor && stop - start < 8; --start) {
    const lsn_phrase* rec = lex_rec(c, LEX_TITLE, start - 1, stop);
    if (rec) {
      size_t title = start - 1, from = title;
      if (held_by_person_before(c, floor, title))
        return LSN_OK; /* "M. A, greffier adjoint de la Cour, Mme B" */
      while (from > floor && tok_is_cap(c, from - 1) &&
             mention_at(c, from - 1) < 0 &&
             !lex_at(c, LEX_NOT_NAME, from - 1, stop))
        --from; /* "the Force Commander of ATMIS, General X" */
      return add_title(
        c,
        m->entity,
        from,
        stop,
        org,
        !strcmp(rec->svalue, "head") && from == title &&
          !deputy_in(c, title, stop) &&
          !qualified_title(c, title + lex_at(c, LEX_TITLE, title, stop), stop),
        m->sent);
    }
    if (is_clause_break(c, start - 1) || mention_at(c, start - 1) >= 0)
      break;
  }
  return LSN_OK;
}

/* Where a title that names a place ends: with the place when the place
 * qualifies the post ("Special Representative for the Horn of Africa"),
 * before it when it only says whose post it is ("Minister of Internal
 * Security | of Somalia"). */
static size_t
place_title_end(const doc_ctx* c, size_t stop, size_t comma)
{
  return tok_is(c, stop, "of") || tok_is(c, stop, "du") ||
             tok_is(c, stop, "de") || tok_is(c, stop, "d'")
           ? stop
           : comma;
}

/* [ORG] [Cap...] TITLE PERSON: "EU Counter-Terrorism Coordinator X",
 * "le Secrétaire général adjoint X"; or TITLE ... ORG, PERSON.  Capitalised
 * words before the title ("IOM Regional Director X") make a head title
 * that of a part of the body. */
/* "Under-Secretary-General X of the DPPA": the body named right after the
 * person, or -1. */
static int32_t
body_after(const doc_ctx* c, const lsn_mention* m)
{
  size_t k = m->last, limit = sentence_end(c, m->sent);
  if (k >= limit || !(tok_is(c, k, "of") || tok_is(c, k, "de") ||
                      tok_is(c, k, "du") || tok_is(c, k, "d'")))
    return -1;
  ++k;
  while (
    k < limit && mention_at(c, k) < 0 &&
    (lex_at(c, LEX_ARTICLE, k, limit) || lex_at(c, LEX_CONNECTOR, k, limit)))
    ++k;
  return k < limit ? entity_at(c, k, 1u << LSN_ORGANIZATION) : -1;
}

static lsn_status
title_before(doc_ctx* c, const lsn_mention* m, size_t floor)
{
  size_t end = m->first, n;
  /* Skip what may stand between a title and the name: "M.", "le colonel";
   * but an honorific that is a title after a body's name is that title
   * ("EU Ambassador Marta X"). */
  while (end > floor &&
         ((n = lsn_phrases_match_ending(
             c->ex->ph, LEX_HONORIFIC, c->lang, c->t, floor, end)) ||
          (n = lsn_phrases_match_ending(
             c->ex->ph, LEX_ARTICLE, c->lang, c->t, floor, end)))) {
    if (end - n > floor && lex_at(c, LEX_TITLE, end - n, end) == n &&
        entity_at(c, end - n - 1, 1u << LSN_ORGANIZATION) >= 0)
      break;
    end -= n;
  }
  if (end > floor && tok_is(c, end - 1, ","))
    return title_body_comma(c, m, floor, end);
  const lsn_phrase* rec   = NULL;
  size_t            start = title_ending(c, floor, end, &rec);
  if (start == SIZE_MAX)
    return LSN_OK;
  size_t title = start;
  while (start > floor && tok_is_cap(c, start - 1) &&
         mention_at(c, start - 1) < 0 &&
         !lex_at(c, LEX_NOT_NAME, start - 1, end))
    --start; /* "Counter-Terrorism Coordinator" */
  if (start > floor && lex_at(c, LEX_PAST, start - 1, end))
    return LSN_OK; /* "former Director X" */
  int32_t org =
    start > floor ? entity_at(c, start - 1, 1u << LSN_ORGANIZATION) : -1;
  if (org < 0)
    org = body_after(c, m);
  bool heads = rec && !strcmp(rec->svalue, "head") && start == title &&
               !deputy_in(c, start, end);
  lsn_status st;
  LSN_TRY(st, add_title(c, m->entity, start, end, org, heads, m->sent));
  /* "Le directeur du CRFOP, le commissaire principal X": a rank, and
   * before it a title with its body. */
  size_t before = start;
  while (before > floor &&
         (n = lsn_phrases_match_ending(
            c->ex->ph, LEX_ARTICLE, c->lang, c->t, floor, before)))
    before -= n;
  if (org < 0 && before > floor && tok_is(c, before - 1, ","))
    return title_body_comma(c, m, floor, before);
  return LSN_OK;
}

/* Group `n` items by sentence, `sent[i]` being item i's. */
static lsn_status
group_by_sentence(size_t          n_sents,
                  const uint32_t* sent,
                  size_t          n,
                  by_sentence*    out)
{
  out->order   = lsn_malloc((n + 1) * sizeof *out->order);
  out->start   = lsn_calloc(n_sents + 2, sizeof *out->start);
  size_t* fill = lsn_malloc((n_sents + 1) * sizeof *fill);
  if (!out->order || !out->start || !fill) {
    lsn_free(fill);
    return LSN_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; ++i)
    ++out->start[sent[i] + 1];
  for (size_t s = 0; s < n_sents; ++s)
    out->start[s + 1] += out->start[s];
  memcpy(fill, out->start, (n_sents + 1) * sizeof *fill);
  for (size_t i = 0; i < n; ++i)
    out->order[fill[sent[i]]++] = (int32_t)i;
  lsn_free(fill);
  return LSN_OK;
}

/* Index the mentions and the dates by sentence. */
static lsn_status
index_by_sentence(doc_ctx* c)
{
  size_t    nm = c->r->n_mentions, nd = c->r->n_dates;
  uint32_t* sent = lsn_malloc((nm > nd ? nm : nd) * sizeof *sent + 1);
  if (!sent)
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < nm; ++i)
    sent[i] = c->r->mentions[i].sent;
  lsn_status st = group_by_sentence(c->t->n_sents, sent, nm, &c->mentions_of);
  for (size_t d = 0; d < nd; ++d)
    sent[d] = sentence_of(c, c->r->dates[d].first);
  if (!st)
    st = group_by_sentence(c->t->n_sents, sent, nd, &c->dates_of);
  lsn_free(sent);
  return st;
}

/* The dates whose first token is in the sentences of [floor, limit): in
 * the document's order within one sentence. */
static const int32_t*
dates_in(const doc_ctx* c, size_t floor, size_t limit, size_t* n)
{
  *n = 0;
  if (floor >= limit || !c->r->n_dates)
    return NULL;
  uint32_t      first = sentence_of(c, floor), last = sentence_of(c, limit - 1);
  const size_t* start = c->dates_of.start;
  *n                  = start[last + 1] - start[first];
  return c->dates_of.order + start[first];
}

static lsn_status
titles(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  lsn_status         st;
  const by_sentence* idx = &c->mentions_of;
  for (size_t k = idx->start[sent]; k < idx->start[sent + 1]; ++k) {
    const lsn_mention* m = &c->r->mentions[idx->order[k]];
    if (m->entity < 0 || entity_type(c, m->entity) != LSN_PERSON)
      continue;
    LSN_TRY(st, apposition_title(c, m, limit));
    LSN_TRY(st, introduced_title(c, m, limit));
    LSN_TRY(st, title_before(c, m, floor));
    int32_t body = m->kind == LSN_M_NAME ? body_after(c, m) : -1;
    if (body >= 0) /* "Mr Peter Banda-Chisanga of ZESN" */
      LSN_TRY(st,
              add_relation(c, LSN_R_MEMBER_OF, m->entity, body, NULL, m->sent));
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
  return rel_lookup(c, 'K', kind, subject, 0, NULL) >= 0;
}

/* The value ("open", "close") of the "held" trigger nearest before token
 * `at` in [from, at), or NULL: says whether a date is an event's first or
 * last day. */
static const char*
date_mark(const doc_ctx* c, size_t from, size_t at)
{
  for (size_t i = at; i > from; --i) {
    const lsn_phrase* rec = lex_rec(c, LEX_HELD, i - 1, at);
    if (rec)
      return rec->svalue;
    if (is_clause_break(c, i - 1) || lex_at(c, LEX_COORD, i - 1, at))
      return NULL;
  }
  return NULL;
}

/* Set the literal of relation `kind` of `subject`, adding it if missing. */
static lsn_status
set_literal(doc_ctx*     c,
            lsn_rel_kind kind,
            int32_t      subject,
            const char*  literal,
            uint32_t     sent)
{
  int32_t i = rel_lookup(c, 'K', kind, subject, 0, NULL);
  if (i < 0)
    return add_relation(c, kind, subject, -1, literal, sent);
  lsn_relation* r    = &c->r->relations[i];
  char*         copy = lsn_strdup(literal);
  if (!copy)
    return LSN_ERR_NOMEM;
  lsn_free(r->literal);
  r->literal = copy;
  r->sent    = sent;
  return rel_index(c, 'L', (size_t)i, true);
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
  lsn_status st;
  /* "a ouvert mardi ... s'est achevé jeudi", "opened on Tuesday and closed
   * on Wednesday": a date after an opening or a closing word is the first
   * or the last day, whatever was read before. */
  size_t         n;
  const int32_t* in = dates_in(c, after, limit, &n);
  for (size_t k = 0; k < n; ++k) {
    const lsn_date_span* ds = &c->r->dates[in[k]];
    const char*          mark;
    char                 iso[16];
    if (ds->first < after || ds->first >= limit || ds->dateline ||
        !(mark = date_mark(c, after, ds->first)))
      continue;
    if (!strcmp(mark, "open") && lsn_ymd_format(ds->from, iso)) {
      LSN_TRY(st, set_literal(c, LSN_R_START_DATE, event, iso, sent));
      if (!has_relation(c, LSN_R_END_DATE, event))
        LSN_TRY(st, add_relation(c, LSN_R_END_DATE, event, -1, iso, sent));
    } else if (!strcmp(mark, "close") && lsn_ymd_format(ds->to, iso)) {
      LSN_TRY(st, set_literal(c, LSN_R_END_DATE, event, iso, sent));
    }
  }
  if (has_relation(c, LSN_R_START_DATE, event))
    return LSN_OK;
  /* "adopted on 30 November, at the close of the Meeting, held from 28 to
   * 30 November": the dates after "held" are the event's. */
  size_t held_len, held = find_trigger(c, LEX_HELD, after, limit, &held_len);
  for (size_t k = 0; held < limit && k < n; ++k)
    if (c->r->dates[in[k]].first >= held && c->r->dates[in[k]].first < limit &&
        !c->r->dates[in[k]].dateline) {
      after = held;
      break;
    }
  for (size_t k = 0; k < n; ++k) {
    const lsn_date_span* ds = &c->r->dates[in[k]];
    if (ds->first < after || ds->first >= limit || ds->dateline)
      continue;
    char from[16], to[16];
    if (!lsn_ymd_format(ds->from, from) || !lsn_ymd_format(ds->to, to))
      continue;
    /* "lundi et mardi", "on Monday and Tuesday": two days, one range. */
    size_t         n_next;
    const int32_t* next_in = dates_in(c, ds->last + 1, ds->last + 2, &n_next);
    for (size_t e = 0; e < n_next; ++e) {
      const lsn_date_span* next = &c->r->dates[next_in[e]];
      if (next->first == ds->last + 1 && lex_at(c, LEX_COORD, ds->last, limit))
        lsn_ymd_format(next->to, to);
    }
    LSN_TRY(st, add_relation(c, LSN_R_START_DATE, event, -1, from, sent));
    return add_relation(c, LSN_R_END_DATE, event, -1, to, sent);
  }
  return LSN_OK;
}

/* The agents of [from, to) but those of a relative clause (", which is a
 * member of the GMRN,"): what it names did not attend. */
static lsn_status
agents_outside_relatives(doc_ctx* c, size_t from, size_t to, rel_target* t)
{
  lsn_status st;
  size_t     start = from;
  for (size_t i = from; i < to; ++i) {
    if (!tok_is(c, i, ",") || !lex_at(c, LEX_RELATIVE, i + 1, to))
      continue;
    LSN_TRY(st, each_listed_agent(c, start, i, relate_agent, t));
    size_t close = i + 1;
    while (close < to && !tok_is(c, close, ","))
      ++close;
    start = i = close;
  }
  return each_listed_agent(c, start, to, relate_agent, t);
}

static lsn_status
subjects_before(doc_ctx* c, size_t floor, size_t at, agent_fn fn, void* data);

/* "the National Child Protection Symposium, which UNICEF co-hosted": the
 * event a relative clause before `at` speaks of, or -1. */
static int32_t
relative_antecedent(const doc_ctx* c, size_t floor, size_t at)
{
  for (size_t i = at; i > floor && i + 6 > at; --i)
    if (lex_at(c, LEX_RELATIVE, i - 1, at)) {
      size_t k = i - 1;
      if (k > floor && tok_is(c, k - 1, ","))
        --k;
      return k > floor ? entity_at(c, k - 1, 1u << LSN_EVENT) : -1;
    }
  return -1;
}

/* The entity a clause is about when its predicate starts at `at` with a
 * trigger.  A participle right after a comma speaks of what comes before
 * it ("the Regional Office, headed by Ms X"); a verb after an auxiliary or
 * after an apposition ("The Unit, a unit of ..., is headed by", "Le
 * Groupe, créé en 2021 ..., rassemble") of the sentence's subject, its
 * first mention; a verb right after a name of that name.  -1 when the
 * clause names nothing before the trigger ("It brought together"). */
static int32_t
clause_subject(const doc_ctx* c, size_t floor, size_t at, bool participle)
{
  size_t k   = at;
  bool   aux = false, comma = false;
  while (k > floor && k + 3 > at && tok_is_lower_word(c, k - 1) &&
         lex_at(c, LEX_CLAUSE_STOP, k - 1, at) &&
         !lex_at(c, LEX_RELATIVE, k - 1, at))
    --k, aux = true; /* "is", "est", "a été" */
  if (!aux && k > floor && tok_is(c, k - 1, ","))
    --k, comma = true;
  if (k > floor && tok_is(c, k - 1, ")") && k > floor + 2 &&
      tok_is(c, k - 3, "("))
    k -= 3; /* "(PAPS)" */
  int32_t first = -1;
  for (size_t i = floor; i < at && first < 0; ++i)
    if (mention_at(c, i) >= 0)
      first = c->r->mentions[mention_at(c, i)].entity;
  if (aux || (comma && !participle))
    return first;
  int32_t m = k > floor ? mention_at(c, k - 1) : -1;
  /* "The Regional Office for Southern Africa of the OHCHR convened": the
   * unit named before its parent. */
  while (m >= 0 &&
         entity_type(c, c->r->mentions[m].entity) == LSN_ORGANIZATION) {
    size_t j = c->r->mentions[m].first;
    while (j > floor && (lex_at(c, LEX_CONNECTOR, j - 1, at) ||
                         lex_at(c, LEX_ARTICLE, j - 1, at)))
      --j;
    if (j > floor && tok_is(c, j - 1, ")") && j > floor + 2 &&
        tok_is(c, j - 3, "("))
      j -= 3;
    int32_t p = j > floor ? mention_at(c, j - 1) : -1;
    if (p < 0 || p == m ||
        entity_type(c, c->r->mentions[p].entity) != LSN_ORGANIZATION ||
        !parent_link(c, c->r->mentions[p].last, c->r->mentions[m].first))
      break;
    m = p;
  }
  return m >= 0 ? c->r->mentions[m].entity : (comma ? -1 : first);
}

static bool
is_participle(const doc_ctx* c, lsn_lex_cat cat, size_t at, size_t limit)
{
  const lsn_phrase* rec = lex_rec(c, cat, at, limit);
  return rec && rec->svalue && !strcmp(rec->svalue, "p");
}

/* Is the trigger at `at` one that, after a body, says who heads it or who
 * its members are ("The Secretariat is headed by", "Le Comité réunit")?
 * Then it names no attendee. */
static bool
speaks_of_body(const doc_ctx* c, size_t floor, size_t at, size_t limit)
{
  for (size_t k = at; k < at + 2 && k < limit; ++k) {
    lsn_lex_cat cat = lex_at(c, LEX_HEADED_BY, k, limit) ? LEX_HEADED_BY
                      : lex_at(c, LEX_GATHER, k, limit)  ? LEX_GATHER
                                                         : LEX_N_CATEGORIES;
    if (cat == LEX_N_CATEGORIES)
      continue;
    int32_t subject =
      clause_subject(c, floor, k, is_participle(c, cat, k, limit));
    return subject >= 0 && entity_type(c, subject) == LSN_ORGANIZATION;
  }
  return false;
}

/* "Le PAM était représenté par M. X, directeur pays adjoint": whoever
 * represents a body works for it. */
static lsn_status
represented(doc_ctx* c,
            size_t   floor,
            size_t   at,
            size_t   len,
            size_t   limit,
            uint32_t sent)
{
  int32_t body = clause_subject(c, floor, at, true);
  if (body < 0 || entity_type(c, body) != LSN_ORGANIZATION)
    return LSN_OK;
  lsn_status st;
  for (size_t i = at + len; i < limit && !tok_is(c, i, ";"); ++i) {
    int32_t person = entity_at(c, i, 1u << LSN_PERSON);
    if (person >= 0)
      LSN_TRY(st, add_relation(c, LSN_R_MEMBER_OF, person, body, NULL, sent));
  }
  return LSN_OK;
}

/* The "by" of a participle at `from` whose agent is named later in its
 * clause, past a place and a date ("hosted in Ohrid by", "convened in
 * Djibouti on 12 and 13 June by"), or `limit`: nothing but places, dates
 * and small words between, at most 12 tokens. */
static size_t
agent_by(const doc_ctx* c, size_t from, size_t limit)
{
  for (size_t i = from; i < limit && i < from + 12; ++i) {
    if (lex_at(c, LEX_BY, i, limit))
      return i;
    if (tok_is(c, i, ";") || tok_is(c, i, ".") || tok_is(c, i, ":") ||
        entity_at(c, i, AGENTS | (1u << LSN_EVENT)) >= 0)
      return limit;
  }
  return limit;
}

/* Agents after a "by" are the organisers of the event before them. */
static lsn_status
organisers_after(doc_ctx* c,
                 uint32_t sent,
                 size_t   floor,
                 size_t   at,
                 size_t   from,
                 size_t   limit)
{
  lsn_status st;
  int32_t    event = nearest_before(c, floor, at, LSN_EVENT);
  if (event < 0)
    event = main_event(c);
  rel_target t   = { LSN_R_ORGANIZER, event, sent };
  size_t     end = from;
  while (end < limit && !tok_is(c, end, ";") && !tok_is(c, end, ".") &&
         !lex_at(c, LEX_ATTENDEE, end, limit) &&
         !(tok_is(c, end, ",") && lex_at(c, LEX_ATTENDEE, end + 1, limit)))
    ++end;
  if (event >= 0)
    LSN_TRY(st, each_listed_agent(c, from, end, relate_agent, &t));
  return LSN_OK;
}

static lsn_status
event_agents(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t     len, at;
  lsn_status st;
  at = find_trigger(c, LEX_ORGANIZER, floor, limit, &len);
  const lsn_phrase* org_rec =
    at < limit ? lex_rec(c, LEX_ORGANIZER, at, limit) : NULL;
  const char* kind = org_rec && org_rec->svalue ? org_rec->svalue : "";
  bool   active = !strcmp(kind, "active"), passive = !strcmp(kind, "passive");
  size_t by = active || passive ? agent_by(c, at + len, limit) : limit;
  if (by < limit) {
    LSN_TRY(st, organisers_after(c, sent, floor, at, by + 1, limit));
  } else if (active) {
    /* "The Regional Office ... convened a Regional Workshop", "Le CSES a
     * organisé la conférence": the subject organised the event named
     * after the verb. */
    int32_t event   = first_after(c, at + len, limit, LSN_EVENT, NULL);
    int32_t subject = clause_subject(c, floor, at, false);
    if (event < 0 && subject >= 0)
      event = relative_antecedent(c, floor, at); /* "the Symposium, which
                                                    UNICEF co-hosted" */
    if (event >= 0 && subject >= 0 && (AGENTS >> entity_type(c, subject) & 1)) {
      LSN_TRY(st, add_relation(c, LSN_R_ORGANIZER, event, subject, NULL, sent));
      rel_target t = { LSN_R_ORGANIZER, event, sent };
      LSN_TRY(st, subjects_before(c, floor, at, relate_agent, &t));
      size_t w = at + len, end;
      if (w < limit && (tok_is(c, w, "with") || tok_is(c, w, "avec"))) {
        for (end = w + 1; end < limit && !is_clause_break(c, end) &&
                          !lex_at(c, LEX_PLACE_PREP, end, limit);
             ++end)
          ; /* "co-hosted with the Ministry of Social Development on ..." */
        LSN_TRY(st, each_listed_agent(c, w + 1, end, relate_agent, &t));
      }
    }
  } else if (at < limit && !passive) {
    LSN_TRY(st, organisers_after(c, sent, floor, at, at + len, limit));
  }
  for (size_t from = floor;
       (at = find_trigger(c, LEX_ATTENDEE, from, limit, &len)) < limit;
       from = at + len) {
    int32_t event = sentence_event(c, floor, limit);
    if (event < 0)
      break;
    if (speaks_of_body(c, floor, at, limit))
      continue;
    const lsn_phrase* rec = lex_rec(c, LEX_ATTENDEE, at, limit);
    if (rec && rec->svalue && !strcmp(rec->svalue, "rep"))
      LSN_TRY(st, represented(c, floor, at, len, limit, sent));
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
      LSN_TRY(st, agents_outside_relatives(c, from, at, &t));
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

/* "In Baidoa, Ms X attended the Regional Conference ...": the place a
 * sentence about one event opens with ("in", "à"). */
static lsn_status
location_before(doc_ctx* c,
                int32_t  event,
                size_t   floor,
                size_t   at,
                uint32_t sent)
{
  for (size_t i = floor; i < at && i < floor + 3; ++i) {
    int32_t place = entity_at(c, i, 1u << LSN_PLACE);
    if (place >= 0 && lsn_phrases_match_ending(
                        c->ex->ph, LEX_LOCATION_PREP, c->lang, c->t, floor, i))
      return add_relation(c, LSN_R_LOCATION, event, place, NULL, sent);
  }
  return LSN_OK;
}

static lsn_status
events(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  lsn_status st;
  bool       named = false;
  for (size_t i = floor; i < limit; ++i) {
    int32_t event = entity_at(c, i, 1u << LSN_EVENT);
    if (event < 0)
      continue;
    size_t after = c->r->mentions[mention_at(c, i)].last;
    /* "met in Osh on 20 and 21 June 2024 for the fifth Forum": when the
     * sentence names one event, where and when may come before it. */
    size_t from = only_event_in(c, floor, limit, event) ? floor : after;
    LSN_TRY(st, event_location(c, event, from, limit, sent));
    if (from == floor && !has_relation(c, LSN_R_LOCATION, event))
      LSN_TRY(st, location_before(c, event, floor, i, sent));
    LSN_TRY(st, event_dates(c, event, from, limit, sent));
    i     = after - 1;
    named = true;
  }
  /* "Le comité de pilotage s'est réuni lundi et mardi ... à Lyon", "It
   * opened on Tuesday": a sentence that names no event but says one was
   * held, opened or closed speaks of the document's event. */
  size_t  len;
  int32_t event = named ? -1 : main_event(c);
  if (event >= 0 && find_trigger(c, LEX_HELD, floor, limit, &len) < limit) {
    if (!has_relation(c, LSN_R_LOCATION, event))
      LSN_TRY(st, event_location(c, event, floor, limit, sent));
    LSN_TRY(st, event_dates(c, event, floor, limit, sent));
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

/* The body an event's name says it is a meeting of ("Fourth meeting of
 * the Civil Society Advisory Panel on Hate Crime"): the body whose name
 * ends the event's name, or -1. */
static int32_t
body_in_name(const doc_ctx* c, int32_t event)
{
  const char* name     = c->r->entities[event].name;
  size_t      len      = strlen(name);
  int32_t     best     = -1;
  size_t      best_len = 0;
  for (size_t e = 0; e < c->r->n_entities; ++e) {
    const char* body = c->r->entities[e].name;
    size_t      n    = strlen(body);
    if (c->r->entities[e].type != LSN_ORGANIZATION || n >= len || n <= best_len)
      continue;
    /* "... meeting of the Civil Society Advisory Panel on Hate Crime": the
     * body's name, or its head word ("Panel"), after "of" or "de". */
    const char* of = strstr(name, " of ");
    if (!of)
      of = strstr(name, " du ");
    if (!of)
      of = strstr(name, " de ");
    for (const char* at = of ? strstr(of, body) : NULL; at;
         at             = strstr(at + 1, body))
      if (at[-1] == ' ' && (at[n] == 0 || at[n] == ' ')) {
                    best = (int32_t)e, best_len = n;
                    break;
      }
  }
  return best;
}

/* "Venue: Kigali, Rwanda", "Date : 12 septembre 2023", "Chair: Ms X":
 * the heading lines of meeting notes say where, when and with whom the
 * document's event took place. */
static lsn_status
heading_fields(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  const lsn_phrase* rec = lex_rec(c, LEX_FIELD, floor, limit);
  size_t            n   = lex_at(c, LEX_FIELD, floor, limit);
  if (!rec || !rec->svalue || floor + n >= limit ||
      !tok_is(c, floor + n, ":") || !tok_is_cap(c, floor))
    return LSN_OK;
  int32_t event = main_event(c);
  if (event < 0)
    return LSN_OK;
  size_t      from = floor + n + 1;
  const char* what = rec->svalue;
  if (!strcmp(what, "venue")) {
    int32_t place = first_after(c, from, limit, LSN_PLACE, NULL);
    return place >= 0 && !has_relation(c, LSN_R_LOCATION, event)
             ? add_relation(c, LSN_R_LOCATION, event, place, NULL, sent)
             : LSN_OK;
  }
  if (!strcmp(what, "date"))
    return event_dates(c, event, from, limit, sent);
  rel_target t = { strcmp(what, "organizer") ? LSN_R_ATTENDEE : LSN_R_ORGANIZER,
                   event,
                   sent };
  lsn_status st;
  LSN_TRY(st, each_listed_agent(c, from, limit, relate_agent, &t));
  if (strcmp(what, "members"))
    return LSN_OK;
  /* "Members present: A, B" at a meeting of body X: A and B are X's. */
  int32_t body = body_in_name(c, event);
  if (body < 0)
    return LSN_OK;
  member_target mt = { body, sent };
  return each_listed_agent(c, from, limit, relate_member, &mt);
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
  lsn_status         st;
  const by_sentence* idx = &c->mentions_of;
  for (size_t k = idx->start[m->sent]; k < idx->start[m->sent + 1]; ++k) {
    const lsn_mention* p = &c->r->mentions[idx->order[k]];
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

/* A person who signs is a signer, a body a party: "signed by X and by the
 * ECOWAS Commission", "endorsed by UNOWAS and the SCSN", "X and the AU
 * signed". */
static lsn_status
relate_signer(doc_ctx* c, int32_t agent, void* data)
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
relate_party_body(doc_ctx* c, int32_t agent, void* data)
{
  const rel_target* t = data;
  if (entity_type(c, agent) != LSN_ORGANIZATION)
    return LSN_OK;
  return add_relation(c, LSN_R_PARTY, t->subject, agent, NULL, t->sent);
}

/* The literal of relation `kind` of `subject`, or NULL. */
static const char*
literal_of(const doc_ctx* c, lsn_rel_kind kind, int32_t subject)
{
  int32_t i = rel_lookup(c, 'K', kind, subject, 0, NULL);
  return i >= 0 ? c->r->relations[i].literal : NULL;
}

/* The date an agreement signed at `event` was signed when the sentence
 * gives none: the event's day when it lasted one day, its last day when
 * the agreement was adopted at its close ("à l'issue de", "at the close
 * of"). */
static lsn_status
date_from_event(doc_ctx* c,
                int32_t  agreement,
                int32_t  event,
                size_t   floor,
                size_t   limit,
                uint32_t sent)
{
  const char* start = literal_of(c, LSN_R_START_DATE, event);
  const char* end   = literal_of(c, LSN_R_END_DATE, event);
  bool        close = false;
  for (size_t i = floor; i < limit && !close; ++i) {
    const lsn_phrase* rec = lex_rec(c, LEX_SIGNED_AT, i, limit);
    close                 = rec && rec->svalue && !strcmp(rec->svalue, "end");
  }
  if (start && end && (close || !strcmp(start, end)))
    return add_relation(c, LSN_R_SIGNED_ON, agreement, -1, end, sent);
  return LSN_OK;
}

/* "today signed": the day of the document's date line. */
static const char*
today(const doc_ctx* c, size_t floor, size_t at, char iso[16])
{
  if (c->dateline < 0 || !lsn_ymd_format(c->r->dates[c->dateline].from, iso))
    return NULL;
  for (size_t i = floor; i < at; ++i)
    if (lex_at(c, LEX_TODAY, i, at))
      return iso;
  return NULL;
}

/* "Les participants ont adopté le 23 novembre la Feuille de route": an
 * agreement adopted on a day of the document's event, in a sentence that
 * names no event, was adopted at it. */
static int32_t
event_of_date(const doc_ctx* c, size_t floor, size_t limit)
{
  int32_t     event = main_event(c);
  const char* start =
    event >= 0 ? literal_of(c, LSN_R_START_DATE, event) : NULL;
  const char* end = event >= 0 ? literal_of(c, LSN_R_END_DATE, event) : NULL;
  if (!start || !end)
    return -1;
  size_t         n;
  const int32_t* in = dates_in(c, floor, limit, &n);
  for (size_t k = 0; k < n; ++k) {
    char                 iso[16];
    const lsn_date_span* ds = &c->r->dates[in[k]];
    if (ds->first >= floor && ds->first < limit && !ds->dateline &&
        lsn_ymd_format(ds->from, iso) && strcmp(iso, start) >= 0 &&
        strcmp(iso, end) <= 0)
      return event;
  }
  return -1;
}

/* The "by" before the signers: not one that ends another trigger ("hosted
 * by", "chaired by"), which names who hosted or chaired an event. */
static size_t
signers_by(const doc_ctx* c, size_t from, size_t limit)
{
  static const lsn_lex_cat others[] = {
    LEX_ORGANIZER, LEX_ATTENDEE, LEX_HEADED_BY, LEX_HELD
  };
  size_t len;
  for (size_t by; (by = find_trigger(c, LEX_BY, from, limit, &len)) < limit;
       from = by + len) {
    bool other = false;
    for (size_t k = 0; k < sizeof others / sizeof *others && !other; ++k)
      other = lsn_phrases_match_ending(
                c->ex->ph, others[k], c->lang, c->t, from, by + len) > len;
    if (!other)
      return by;
  }
  return limit;
}

/* A sentence with a signing verb: the event it names is where the
 * agreement was signed, its date when, the people after "par"/"by" who
 * signed it (and the bodies there, or after "on behalf of", its parties),
 * and the bodies before an active verb its parties. */
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
  if (event < 0)
    event = event_of_date(c, floor, limit);
  if (event >= 0)
    LSN_TRY(st, add_relation(c, LSN_R_SIGNED_AT, agreement, event, NULL, sent));
  size_t held_len, held = find_trigger(c, LEX_HELD, floor, limit, &held_len);
  bool   dated = has_relation(c, LSN_R_SIGNED_ON, agreement);
  size_t n;
  const int32_t* in = dates_in(c, floor, limit, &n);
  for (size_t k = 0; k < n && !dated; ++k) {
    char                 iso[16];
    const lsn_date_span* ds = &c->r->dates[in[k]];
    /* Not the date line, and not the dates of an event held then. */
    if (ds->first >= floor && ds->first < limit && !ds->dateline &&
        ds->first < held && lsn_ymd_format(ds->from, iso)) {
      LSN_TRY(st, add_relation(c, LSN_R_SIGNED_ON, agreement, -1, iso, sent));
      dated = true;
    }
  }
  char        day[16];
  const char* iso = dated ? NULL : today(c, floor, at, day);
  if (iso)
    LSN_TRY(st, add_relation(c, LSN_R_SIGNED_ON, agreement, -1, iso, sent));
  else if (!dated && event >= 0 && !has_relation(c, LSN_R_SIGNED_ON, agreement))
    LSN_TRY(st, date_from_event(c, agreement, event, floor, limit, sent));
  rel_target t = { LSN_R_SIGNED_BY, agreement, sent };
  size_t     by_len, by = signers_by(c, at + len, limit);
  if (by < limit) {
    size_t end = by + 1;
    while (end < limit && !lex_at(c, LEX_ATTENDEE, end, limit) &&
           !lex_at(c, LEX_ORGANIZER, end, limit) &&
           !lex_at(c, LEX_HELD, end, limit))
      ++end;
    LSN_TRY(st, each_listed_agent(c, by, end, relate_signer, &t));
  }
  for (size_t from = at + len, on;
       (on = find_trigger(c, LEX_ON_BEHALF, from, limit, &by_len)) < limit;
       from = on + by_len) {
    size_t end = on + by_len;
    while (end < limit && !is_clause_break(c, end))
      ++end;
    LSN_TRY(st, each_listed_agent(c, on + by_len, end, relate_party_body, &t));
  }
  if (!passive_signing(c, floor, at))
    LSN_TRY(st, each_listed_agent(c, floor, at, relate_signer, &t));
  /* "..., while GADWU was represented by its General Secretary, Ms X": the
   * person signs, for the body. */
  for (size_t from = at + len, rep;
       (rep = find_trigger(c, LEX_ATTENDEE, from, limit, &by_len)) < limit;
       from = rep + by_len) {
    const lsn_phrase* rec = lex_rec(c, LEX_ATTENDEE, rep, limit);
    if (!rec || !rec->svalue || strcmp(rec->svalue, "rep"))
      continue;
    int32_t body = clause_subject(c, floor, rep, true);
    if (body >= 0 && entity_type(c, body) == LSN_ORGANIZATION)
      LSN_TRY(st, add_relation(c, LSN_R_PARTY, agreement, body, NULL, sent));
    size_t end = rep + by_len;
    while (end < limit && !tok_is(c, end, ";") && !tok_is(c, end, "."))
      ++end;
    LSN_TRY(st, each_listed_agent(c, rep + by_len, end, relate_signer, &t));
  }
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
    if (e < 0 && !found && tok_is(c, i - 1, ")") && i >= floor + 3 &&
        tok_is(c, i - 3, "(")) {
      i -= 3; /* "Le Centre ... (CRFOP) de Bamako a rejoint" */
      continue;
    }
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
/* "X, which is a member of", "X, qui est membre du": where the subject
 * list ends, before a relative pronoun and its comma. */
static size_t
before_relative(const doc_ctx* c, size_t floor, size_t at)
{
  size_t k = at, n;
  if (k > floor && (n = lsn_phrases_match_ending(
                      c->ex->ph, LEX_RELATIVE, c->lang, c->t, floor, k)))
    k -= n;
  else
    return at;
  if (k > floor && tok_is(c, k - 1, ","))
    --k;
  return k;
}

static lsn_status
stated_membership(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t len, at = find_trigger(c, LEX_MEMBER_OF, floor, limit, &len);
  if (at >= limit)
    return LSN_OK;
  membership_target t = { sent, at + len, limit };
  size_t            k = before_relative(c, floor, at);
  if (k == at && k > floor && tok_is(c, k - 1, ","))
    for (size_t r = k - 1; r > floor && r + 25 > k; --r)
      if (tok_is(c, r - 1, ",") && lex_at(c, LEX_RELATIVE, r, k)) {
        k = r - 1; /* "X, which brings together ..., is a member of" */
        break;
      }
  return subjects_before(c, floor, k, relate_to_bodies, &t);
}

/* "The Secretariat is headed by Dr X", "La DAPG est dirigée par M. X",
 * "the Regional Office, headed by Ms X": the first person after the
 * trigger heads the body the clause is about. */
static lsn_status
stated_head(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t     len;
  lsn_status st;
  for (size_t from = floor, at;
       (at = find_trigger(c, LEX_HEADED_BY, from, limit, &len)) < limit;
       from = at + len) {
    const lsn_phrase* rec = lex_rec(c, LEX_HEADED_BY, at, limit);
    if (rec && rec->svalue && !strcmp(rec->svalue, "active")) {
      /* "Commissioner X, who leads PAPS", "M. X, qui dirige le réseau" */
      int32_t person = nearest_before(c, floor, at, LSN_PERSON);
      int32_t body   = first_after(c, at + len, limit, LSN_ORGANIZATION, NULL);
      size_t  k;
      if (person >= 0 && body >= 0 &&
          first_after(c, at + len, limit, LSN_ORGANIZATION, &k) >= 0 &&
          k <= at + len + 3) {
        LSN_TRY(st, add_relation(c, LSN_R_HEAD_OF, person, body, NULL, sent));
        LSN_TRY(st, add_relation(c, LSN_R_MEMBER_OF, person, body, NULL, sent));
      }
      continue;
    }
    int32_t body =
      clause_subject(c, floor, at, is_participle(c, LEX_HEADED_BY, at, limit));
    if (body < 0 || entity_type(c, body) != LSN_ORGANIZATION)
      continue;
    for (size_t i = at + len; i < limit && i < at + len + 12; ++i) {
      if (tok_is(c, i, ";") || tok_is(c, i, ".") ||
          entity_at(c, i, 1u << LSN_ORGANIZATION) >= 0)
        break;
      int32_t person = entity_at(c, i, 1u << LSN_PERSON);
      if (person < 0)
        continue;
      LSN_TRY(st, add_relation(c, LSN_R_HEAD_OF, person, body, NULL, sent));
      LSN_TRY(st, add_relation(c, LSN_R_MEMBER_OF, person, body, NULL, sent));
      break;
    }
  }
  return LSN_OK;
}

/* Does the comma at i go on with a list ("A, B and C")?  Yes when a body
 * or a name comes right after it. */
static bool
listed_next(const doc_ctx* c, size_t i, size_t limit)
{
  size_t k = i + 1;
  k += lex_at(c, LEX_ARTICLE, k, limit);
  return k < limit && entity_at(c, k, AGENTS) >= 0;
}

/* "The Steering Committee brings together A, B and C", "Le Groupe de
 * travail réunit A et B": the bodies listed are members of the body the
 * clause is about.  After an event, or with no subject ("It brought
 * together"), they attended the event. */
static lsn_status
gathered(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t len, at = find_trigger(c, LEX_GATHER, floor, limit, &len);
  if (at >= limit)
    return LSN_OK;
  int32_t subject =
    clause_subject(c, floor, at, is_participle(c, LEX_GATHER, at, limit));
  size_t end      = at + len;
  bool   relative = at > floor && lex_at(c, LEX_RELATIVE, at - 1, at);
  while (end < limit && !tok_is(c, end, ";") && !tok_is(c, end, ".") &&
         !(relative && tok_is(c, end, ",") && !listed_next(c, end, limit)))
    ++end; /* "GADWU, which brings together 91 unions, is a member of" */
  if (subject >= 0 && entity_type(c, subject) == LSN_ORGANIZATION) {
    member_target t = { subject, sent };
    return each_listed_agent(c, at + len, end, relate_member, &t);
  }
  int32_t    event = subject >= 0 && entity_type(c, subject) == LSN_EVENT
                       ? subject
                       : sentence_event(c, floor, limit);
  rel_target t     = { LSN_R_ATTENDEE, event, sent };
  if (event < 0 || (subject >= 0 && entity_type(c, subject) != LSN_EVENT))
    return LSN_OK;
  return each_listed_agent(c, at + len, end, relate_agent, &t);
}

/* "EUCAP Sahel Niger, qui relève du SEAE", "X is a unit of Y". */
static lsn_status
stated_structure(doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  size_t len, at = find_trigger(c, LEX_PART_OF, floor, limit, &len);
  if (at >= limit)
    return LSN_OK;
  int32_t unit = nearest_before(c, floor, at, LSN_ORGANIZATION);
  size_t  where;
  int32_t parent = first_after(c, at + len, limit, LSN_ORGANIZATION, &where);
  const lsn_phrase* rec  = lex_rec(c, LEX_PART_OF, at, limit);
  bool              next = rec && rec->svalue && !strcmp(rec->svalue, "next");
  size_t article = parent >= 0 ? lex_at(c, LEX_ARTICLE, at + len, where) : 0;
  if (unit < 0 || parent < 0 ||
      (next && where != at + len && where != at + len + article))
    return LSN_OK;
  return add_relation(c, LSN_R_SUB_ORGANIZATION_OF, unit, parent, NULL, sent);
}

/* "the Regional Office for Southern Africa of the OHCHR", "l'Office
 * maritime de la Commission du golfe de Guinée (CGG)": a body named right
 * after another with "of"/"de" is where the first sits. */
static lsn_status
adjacent_structure(doc_ctx* c)
{
  lsn_status st;
  for (size_t i = 0; i + 1 < c->r->n_mentions; ++i) {
    const lsn_mention* a = &c->r->mentions[i];
    if (a->entity < 0 || entity_type(c, a->entity) != LSN_ORGANIZATION ||
        a->kind == LSN_M_PART)
      continue;
    size_t limit = sentence_end(c, a->sent);
    size_t k     = a->last;
    if (k + 2 < limit && tok_is(c, k, "(") && tok_is(c, k + 2, ")"))
      k += 2; /* "(PAPS)": the closing parenthesis is skipped below */
    size_t j = k;
    while (j < limit && j < k + 4 && mention_at(c, j) < 0)
      ++j;
    int32_t parent = j < limit ? entity_at(c, j, 1u << LSN_ORGANIZATION) : -1;
    if (parent >= 0 && parent != a->entity && parent_link(c, k, j))
      LSN_TRY(
        st,
        add_relation(
          c, LSN_R_SUB_ORGANIZATION_OF, a->entity, parent, NULL, a->sent));
  }
  return LSN_OK;
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
          c->ex->gaz->entries[rec->value].type != LSN_ORGANIZATION ||
          (k + n < m->last && !lex_at(c, LEX_CONNECTOR, k + n, m->last)))
        continue; /* "Forum of SADC Countries": SADC qualifies "Countries" */
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

/* "le 23 novembre": a date the text gives without its year is in the
 * year of the document's date line. */
static void
resolve_years(doc_ctx* c)
{
  c->dateline = -1;
  for (size_t d = 0; d < c->r->n_dates && c->dateline < 0; ++d)
    if (c->r->dates[d].dateline)
      c->dateline = (int32_t)d;
  int16_t year = c->dateline >= 0 ? c->r->dates[c->dateline].from.year : 0;
  for (size_t d = 0; year > 0 && d < c->r->n_dates; ++d) {
    lsn_date_span* ds = &c->r->dates[d];
    if (ds->from.year <= 0 && ds->from.month && ds->from.day)
      ds->from.year = year;
    if (ds->to.year <= 0 && ds->to.month && ds->to.day)
      ds->to.year = ds->from.year;
  }
}

/* Does the sentence open with a list marker ("-", "•", "2.")? */
static bool
is_list_item(const doc_ctx* c, size_t floor, size_t limit)
{
  static const char* const marks[] = {
    "-", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\xa2", "*", "\xc2\xb7"
  };
  if (floor >= limit)
    return false;
  for (size_t k = 0; k < sizeof marks / sizeof *marks; ++k)
    if (tok_is(c, floor, marks[k]))
      return true;
  return floor + 1 < limit && (tok_flags(c, floor) & LSN_TF_DIGIT) &&
         (tok_is(c, floor + 1, ".") || tok_is(c, floor + 1, ")"));
}

/* A list on the lines after a sentence: its items' agents are related to
 * `target.subject` by `relate`. */
typedef struct {
  rel_target target;
  lsn_status (*relate)(doc_ctx*, int32_t, void*);
} open_list;

/* Whether a trigger of `cat` in [floor, limit) is followed by no agent and
 * a colon that ends the sentence ("... parmi lesquels :", "Among those
 * present were:", "The memorandum bears the signatures of:"). */
static bool
opens_list(const doc_ctx* c, lsn_lex_cat cat, size_t floor, size_t limit)
{
  size_t len, at = find_trigger(c, cat, floor, limit, &len);
  if (at >= limit || !tok_is(c, limit - 1, ":"))
    return false;
  for (size_t i = at + len; i < limit; ++i)
    if (entity_at(c, i, AGENTS) >= 0)
      return false;
  return true;
}

/* The list of attendees or signers the sentence announces; its subject is
 * -1 when there is none. */
static open_list
list_opened(const doc_ctx* c, uint32_t sent, size_t floor, size_t limit)
{
  open_list list = { { LSN_R_ATTENDEE, -1, sent }, relate_agent };
  if (opens_list(c, LEX_ATTENDEE, floor, limit))
    list.target.subject = sentence_event(c, floor, limit);
  else if (opens_list(c, LEX_SIGNED_BY, floor, limit)) {
    list.target = (rel_target){ LSN_R_SIGNED_BY,
                                sentence_agreement(c, floor, limit),
                                sent };
    list.relate = relate_signer;
  }
  return list;
}

/* The agents of an item of a list, up to a ";". */
static lsn_status
list_item(doc_ctx*   c,
          open_list* list,
          uint32_t   sent,
          size_t     floor,
          size_t     limit)
{
  size_t end = floor + 1;
  while (end < limit && !tok_is(c, end, ";"))
    ++end;
  list->target.sent = sent;
  return each_listed_agent(c, floor + 1, end, list->relate, &list->target);
}

static lsn_status
relate(doc_ctx* c)
{
  lsn_status st;
  for (uint32_t s = 0; s < c->t->n_sents; ++s)
    LSN_TRY(st, titles(c, s, c->t->sents[s].first, sentence_end(c, s)));
  open_list list = { { LSN_R_ATTENDEE, -1, 0 }, relate_agent };
  for (uint32_t s = 0; s < c->t->n_sents; ++s) {
    size_t floor = c->t->sents[s].first, limit = sentence_end(c, s);
    if (list.target.subject >= 0 && is_list_item(c, floor, limit))
      LSN_TRY(st, list_item(c, &list, s, floor, limit));
    else
      list = list_opened(c, s, floor, limit);
    LSN_TRY(st, heading_fields(c, s, floor, limit));
    LSN_TRY(st, events(c, s, floor, limit));
    LSN_TRY(st, coordination_members(c, s, floor, limit));
    LSN_TRY(st, agreements(c, s, floor, limit));
    LSN_TRY(st, commitments(c, s, floor, limit));
    LSN_TRY(st, stated_structure(c, s, floor, limit));
    LSN_TRY(st, stated_head(c, s, floor, limit));
    LSN_TRY(st, gathered(c, s, floor, limit));
    LSN_TRY(st, stated_membership(c, s, floor, limit));
  }
  for (size_t i = 0; i < c->r->n_mentions; ++i) {
    const lsn_mention* m = &c->r->mentions[i];
    if (m->entity >= 0 && m->kind == LSN_M_NAME &&
        entity_type(c, m->entity) == LSN_AGREEMENT)
      LSN_TRY(st, agreement_parties(c, m->entity, m));
  }
  LSN_TRY(st, known_structure(c));
  LSN_TRY(st, adjacent_structure(c));
  return named_structure(c);
}

lsn_status
find_relations(doc_ctx* c)
{
  resolve_years(c);
  lsn_status st = index_by_sentence(c);
  if (!st)
    st = find_main_event(c);
  if (!st && !(c->rel_keys = lsn_map_new()))
    st = LSN_ERR_NOMEM;
  if (!st)
    st = relate(c);
  lsn_map_free(c->rel_keys);
  lsn_free(c->mentions_of.order);
  lsn_free(c->mentions_of.start);
  lsn_free(c->dates_of.order);
  lsn_free(c->dates_of.start);
  c->rel_keys    = NULL;
  c->mentions_of = c->dates_of = (by_sentence){ NULL, NULL };
  return st;
}
