/* SPDX-License-Identifier: ISC */
/*
 * Step 1 and 2 of the cascade: mention spans, then acronym definitions.
 *
 * At each uncovered token of a sentence the rules below are tried in order;
 * the first that fits claims its tokens.  Names are grown from a head word
 * by a small grammar that French and English names share:
 *
 *   name     := [ordinal] [Cap*] HEAD modifier* complement*
 *   modifier := adjective | "de haut niveau" | Cap | ACRONYM
 *   complement := connector+ (content | gazetteer-name)
 *                | coord [article] content      (only after a complement)
 *
 * where a content word is any word that is not a clause stop (relative
 * pronoun, auxiliary, participle of a reporting verb...).  That keeps
 * "Office des Nations Unies contre la drogue et le crime" whole and stops
 * "Conférence ... sur la lutte contre le terrorisme qui ...".
 */
#include "extract/internal.h"

#include <string.h>

lsn_status
add_mention(doc_ctx*         c,
            size_t           first,
            size_t           last,
            lsn_etype        type,
            lsn_mention_kind kind,
            int32_t          gaz,
            uint8_t          strength,
            int32_t*         out)
{
  lsn_doc_result* r = c->r;
  lsn_status      st;
  LSN_TRY(st,
          lsn_grow((void**)&r->mentions,
                   &r->cap_mentions,
                   r->n_mentions + 1,
                   sizeof *r->mentions));
  size_t cap = c->cap_alias;
  LSN_TRY(
    st,
    lsn_grow(
      (void**)&c->alias_of, &cap, r->n_mentions + 1, sizeof *c->alias_of));
  c->cap_alias               = cap;
  lsn_mention* m             = &r->mentions[r->n_mentions];
  m->first                   = (uint32_t)first;
  m->last                    = (uint32_t)last;
  m->start                   = c->t->tokens[first].start;
  m->end                     = c->t->tokens[last - 1].end;
  m->sent                    = sentence_of(c, first);
  m->entity                  = -1;
  m->gaz                     = gaz;
  m->type                    = (uint8_t)type;
  m->kind                    = (uint8_t)kind;
  m->strength                = strength;
  c->alias_of[r->n_mentions] = -1;
  for (size_t i = first; i < last; ++i)
    c->cover[i] = (int32_t)r->n_mentions + 1;
  if (out)
    *out = (int32_t)r->n_mentions;
  ++r->n_mentions;
  return LSN_OK;
}

/* Gazetteer ---------------------------------------------------------------- */

static size_t
gaz_match(const doc_ctx* c, size_t i, size_t limit, int32_t* entry)
{
  if (!(tok_flags(c, i) & LSN_TF_WORD) ||
      (c->starts && !(c->starts[i] >> lsn_phrases_bit(LEX_GAZ, c->lang) & 1)))
    return 0;
  const lsn_phrase* rec = NULL;
  size_t            n =
    lsn_phrases_match(c->ex->ph, LEX_GAZ, c->lang, c->t, i, limit, &rec);
  if (!n || (rec->flags & PH_AMBIGUOUS))
    return 0;
  /* A name in the gazetteer written in lower case ("bassin du lac Tchad")
   * still needs a capital somewhere in the text to count as a name. */
  bool capital = false;
  for (size_t k = i; k < i + n; ++k)
    capital |= tok_is_cap(c, k);
  if (!capital)
    return 0;
  *entry = rec->value;
  return n;
}

/* Name grammar ------------------------------------------------------------- */

static bool
is_content(const doc_ctx* c, size_t i, size_t limit)
{
  if (i >= limit || !(tok_flags(c, i) & LSN_TF_WORD))
    return false;
  if (lex_at(c, LEX_CLAUSE_STOP, i, limit) == 1 && !tok_is_cap(c, i))
    return false;
  return !lex_at(c, LEX_CONNECTOR, i, limit) && !lex_at(c, LEX_COORD, i, limit);
}

static bool
is_connector(const doc_ctx* c, size_t i, size_t limit)
{
  return lex_at(c, LEX_CONNECTOR, i, limit) > 0 ||
         lex_at(c, LEX_ARTICLE, i, limit) > 0;
}

/* A capitalised word that starts another entity ends a name before it. */
static bool
starts_other_entity(const doc_ctx* c, size_t i, size_t limit)
{
  int32_t entry;
  return gaz_match(c, i, limit, &entry) > 0 ||
         lex_at(c, LEX_ORG_HEAD, i, limit) ||
         lex_at(c, LEX_EVENT_HEAD, i, limit) ||
         lex_at(c, LEX_HONORIFIC, i, limit);
}

/* An unknown capitalised word after "in" inside an English event's or
 * agreement's name goes on with the name after an article, or when the
 * tagger does not take it for a place ("... in the Care Economy", "... in
 * Electoral Observation", "... in Borderlands"). */
static bool
title_case_topic(const doc_ctx* c, size_t i, size_t j, size_t limit)
{
  int kind = NER_O;
  if (strcmp(c->lang, "en"))
    return false;
  if (lex_at(c, LEX_PLACE_HEAD, j, limit) &&
      !(j + 1 < limit && tok_is_cap(c, j + 1)))
    return true; /* "Protection at Sea" */
  for (size_t k = i; k < j; ++k)
    if (lex_at(c, LEX_ARTICLE, k, j))
      return true; /* "in the Care Economy": a city takes no article */
  if (!c->ner)
    return false;
  ner_span_at(c, j, limit, &kind);
  return kind != NER_LOC && kind != NER_PER;
}

/* After a connector chain at i: how many tokens a complement takes, 0 if
 * what follows cannot continue the name.  A place after a preposition of
 * location ("à New York", "in Geneva") is where an event happens, not part
 * of its name; in a body's name it is ("Bureau régional de l'UNESCO à
 * Dakar"). */
static size_t
complement_at(const doc_ctx* c,
              size_t         i,
              size_t         limit,
              lsn_etype      type,
              bool           scoped)
{
  size_t j = i, n;
  for (int chain = 0; chain < 3 && (n = lex_at(c, LEX_CONNECTOR, j, limit));
       ++chain)
    j += n;
  if (j > i && j + 1 < limit && lex_at(c, LEX_INDEFINITE, j, limit) == 1 &&
      !lex_at(c, LEX_CONNECTOR, j, limit) && tok_is_cap(c, j + 1))
    ++j; /* "for an Effective African Court", "pour une Cour" */
  if (j == i || j >= limit || (tok_flags(c, j) & LSN_TF_DIGIT))
    return 0;
  int32_t              entry;
  size_t               g       = gaz_match(c, j, limit, &entry);
  bool                 english = !strcmp(c->lang, "en");
  const lsn_gaz_entry* known   = g ? &c->ex->gaz->entries[entry] : NULL;
  /* Where an event is held ends its name; a region it is about does not
   * ("Forum ... en Afrique", "Workshop ... in Southern Africa"). */
  /* "Bureau régional de l'UNESCO à Dakar" is that office's name; "Bureau
   * régional du PNUD pour les États arabes | à Amman" has one already. */
  if ((type != LSN_ORGANIZATION || scoped) &&
      lex_at(c, LEX_LOCATION_PREP, i, limit) && tok_is_cap(c, j) &&
      (known ? known->type == LSN_PLACE && known->place_kind == 1
             : !title_case_topic(c, i, j, limit)))
    return 0;
  /* English names a unit "X of the Y" where Y is a known body: the unit is
   * its own entity, part of Y.  "Mission of Niger to the United Nations",
   * "Delegation to the African Union" name the body they serve instead. */
  if (english && known && known->type == LSN_ORGANIZATION &&
      type == LSN_ORGANIZATION && !tok_is(c, i, "to"))
    return 0;
  if (g)
    return j + g - i;
  if ((n = lex_at(c, LEX_MODIFIER, j, limit)) && (!english || tok_is_cap(c, j)))
    return j + n - i; /* "on Civil Society Participation" */
  /* English names are written in title case. */
  if (english && !tok_is_cap(c, j))
    return 0;
  return is_content(c, j, limit) ? j + 1 - i : 0;
}

/* "et le crime", "et des diasporas", "and Crime": coordination inside a
 * complement, not the start of another entity. */
static size_t
coordination_at(const doc_ctx* c, size_t i, size_t limit, bool body)
{
  if (!lex_at(c, LEX_COORD, i, limit))
    return 0;
  size_t j = i + 1, n;
  j += lex_at(c, LEX_ARTICLE, j, limit);
  if (j == i + 1 && (n = lex_at(c, LEX_CONNECTOR, j, limit)) == 1) {
    j += n;
    j += lex_at(c, LEX_ARTICLE, j, limit); /* "et de l'information" */
  }
  if (j >= limit)
    return 0;
  /* "et le crime", "et des diasporas"; a bare lower-case word after "et"
   * is more often a verb ("... du Niger et coordonne les postes"). */
  if (tok_is_lower_word(c, j) && is_content(c, j, limit) && j > i + 1)
    return j + 1 - i;
  int32_t entry;
  size_t  g;
  if (tok_is_cap(c, j) && (g = gaz_match(c, j, limit, &entry)) &&
      c->ex->gaz->entries[entry].type == LSN_PLACE && j + g < limit &&
      tok_is(c, j + g, "("))
    return j + g - i; /* "Mission for Mali and the Sahel (MISAHEL)" */
  if (!tok_is_cap(c, j) || (starts_other_entity(c, j, limit) &&
                            !(body && lex_at(c, LEX_EVENT_HEAD, j, limit) &&
                              !lex_at(c, LEX_ORG_HEAD, j, limit) &&
                              !gaz_match(c, j, limit, &entry))))
    return 0; /* "Institute for Youth Policy and Dialogue" goes on */
  /* "... of Mauritania and the National Commission against ...": capitalised
   * words that end in a head word are another body's name. */
  for (size_t k = j + 1; k < limit && k - j < 5 && tok_is_cap(c, k); ++k)
    if (lex_at(c, LEX_ORG_HEAD, k, limit) ||
        lex_at(c, LEX_EVENT_HEAD, k, limit))
      return 0;
  return j + 1 - i;
}

/* "sur la jeunesse, la paix et la sécurité": a comma list inside a
 * complement, taken whole when it closes with a coordination; a comma
 * with no coordination to close it ends the name. */
/* A capitalised word that may stand in an English title-case list inside
 * a name ("on Climate, Peace and Security"): not an acronym, nor a known
 * name, nor the start of another entity. */
static bool
title_case_item(const doc_ctx* c, size_t k, size_t limit)
{
  int32_t entry;
  return k < limit && tok_is_cap(c, k) && !(tok_flags(c, k) & LSN_TF_UPPER) &&
         !lex_at(c, LEX_NOT_NAME, k, limit) &&
         !starts_other_entity(c, k, limit) && !gaz_match(c, k, limit, &entry);
}

static size_t
enumeration_at(const doc_ctx* c, size_t i, size_t limit)
{
  size_t j       = i;
  bool   english = !strcmp(c->lang, "en");
  for (int items = 0; items < 6 && j < limit && tok_is(c, j, ","); ++items) {
    size_t k = j + 1;
    if (lex_at(c, LEX_CONNECTOR, k, limit) == 1 && !english)
      ++k; /* "des affaires politiques, de la paix et de la sécurité" */
    k += lex_at(c, LEX_ARTICLE, k, limit);
    if (english && title_case_item(c, k, limit)) {
      for (j = k + 1; j < limit && j - k < 3 && title_case_item(c, j, limit);)
        ++j;
      continue;
    }
    if (k >= limit || !tok_is_lower_word(c, k) || !is_content(c, k, limit))
      return 0;
    j = k + 1;
  }
  size_t n = j > i ? coordination_at(c, j, limit, false) : 0;
  return n ? j + n - i : 0;
}

/* A year or a span of years closing the name of a plan or an event
 * ("Plan d'action ... 2024-2026"). */
static bool
is_year_tail(const doc_ctx* c, size_t i)
{
  const char* key = tok_key(c, i);
  return (tok_flags(c, i) & LSN_TF_DIGIT) &&
         (strlen(key) == 4 || (strlen(key) == 9 && key[4] == '-'));
}

/* French names hold their complements ("Bureau régional du PNUD pour les
 * États arabes"), but a complement that opens with another body's head
 * word, after the name has one of its own, names the body it belongs to:
 * "la Division des opérations de soutien à la paix | de la Commission de la
 * CEDEAO". */
static bool
another_body_follows(const doc_ctx* c, size_t i, size_t limit)
{
  size_t j = i, n;
  if (strcmp(c->lang, "fr") || i == 0 || is_connector(c, i - 1, limit) ||
      !(tok_is(c, i, "de") || tok_is(c, i, "du") || tok_is(c, i, "d'") ||
        tok_is(c, i, "des")))
    return false;
  for (int chain = 0; chain < 3 && (n = lex_at(c, LEX_CONNECTOR, j, limit));
       ++chain)
    j += n;
  if (!(j > i && j < limit && tok_is_cap(c, j) &&
        lex_at(c, LEX_ORG_HEAD, j, limit) && !(tok_flags(c, j) & LSN_TF_UPPER)))
    return false;
  /* "... de l'Union africaine" names the organisation whose body it is,
   * as part of the name ("Mécanisme de coopération policière de l'Union
   * africaine"); a known body that is itself part of another ("de la
   * Commission de la CEDEAO") is where the unit sits. */
  int32_t entry;
  return !gaz_match(c, j, limit, &entry) ||
         c->ex->gaz->entries[entry].parent >= 0;
}

size_t
grow_name(const doc_ctx* c,
          size_t         start,
          size_t         after_head,
          size_t         limit,
          lsn_etype      type)
{
  size_t end          = after_head, n;
  bool   complemented = false;
  int    adjectives   = 0;
  size_t of_at        = SIZE_MAX; /* where an English "of" complement starts */
  /* Does the name take no city ("Spanish Maritime Safety Agency | in
   * Madrid")?  An office's does ("Programme Office in Nouakchott"), unless
   * a complement already said what it is for. */
  bool scoped  = true;
  bool purpose = false; /* the last complement says what the body is for */
  for (size_t k = start; k < after_head && scoped; ++k)
    scoped = !lex_at(c, LEX_LOCAL_HEAD, k, after_head);
  while (end < limit && end - start < MAX_NAME_TOKENS) {
    bool adjective =
      tok_is_adjective(c, end) && !lex_at(c, LEX_CLAUSE_STOP, end, limit);
    if ((n = lex_at(c, LEX_MODIFIER, end, limit))) {
      end += n;
    } else if (adjective && adjectives < (complemented ? 2 : 3)) {
      ++end; /* "exécutive", "extrémisme violent" */
      ++adjectives;
    } else if (tok_is(c, end, "'") && end > start && tok_is_cap(c, end - 1) &&
               end + 1 < limit && tok_is_cap(c, end + 1) &&
               !strcmp(c->lang, "en")) {
      end += 2; /* "Global Alliance of Domestic Workers' Unions" */
    } else if (!complemented && end == after_head && tok_is_cap(c, end) &&
               lex_at(c, LEX_TITLE, end, limit)) {
      break; /* "the Force Commander", "EU Special Representative" */
    } else if ((tok_flags(c, end) & LSN_TF_UPPER) ||
               (tok_is_cap(c, end) && !lex_at(c, LEX_NOT_NAME, end, limit) &&
                (!starts_other_entity(c, end, limit) ||
                 (end > start && tok_is_lower_word(c, end - 1) &&
                  !is_connector(c, end - 1, limit)) ||
                 (complemented && tok_is_cap(c, end - 1) &&
                  lex_at(c, LEX_ORG_HEAD, end, limit) &&
                  (type != LSN_ORGANIZATION ||
                   (!strcmp(c->lang, "en") && purpose)))))) {
      /* "Nations Unies", "UE-ONU", "lac Tchad"; "meeting of the Great
       * Lakes ... Coordination Group": a body an event is of; "Coalition for
       * an Effective African Court": what a body is for. */
      ++end;
    } else if (complemented && type == LSN_ORGANIZATION &&
               another_body_follows(c, end, limit)) {
      break; /* "Division des opérations ... de la Commission de la CEDEAO" */
    } else if ((n = complement_at(c, end, limit, type, scoped))) {
      if (tok_is(c, end, "of") && (start + 1 < after_head || complemented))
        of_at = end;
      purpose = tok_is(c, end, "for");
      scoped |= tok_is(c, end, "pour") || tok_is(c, end, "for");
      end += n;
      complemented = true;
      adjectives   = 0;
    } else if (complemented && ((n = coordination_at(
                                   c, end, limit, type == LSN_ORGANIZATION)) ||
                                (n = enumeration_at(c, end, limit)))) {
      end += n;
      adjectives = 0;
      of_at      = SIZE_MAX;
    } else {
      /* "the Flood Forecasting Unit of the Zambezi River Basin Agency": an
       * English unit with a name of its own, then "of" and another body
       * (a head word ends the complement): two bodies, not one. */
      if (of_at != SIZE_MAX && type == LSN_ORGANIZATION &&
          !strcmp(c->lang, "en") && tok_is_cap(c, end) &&
          lex_at(c, LEX_ORG_HEAD, end, limit))
        end = of_at;
      break;
    }
  }
  if (type != LSN_ORGANIZATION && end < limit && is_year_tail(c, end))
    ++end;
  return end;
}

/* Rules -------------------------------------------------------------------- */

typedef struct {
  size_t    first, last;
  lsn_etype type;
  int       kind;
  uint8_t   strength;
  int32_t   gaz;
} span;

static bool
preceded_by_article(const doc_ctx* c, size_t i, size_t floor)
{
  return i > floor && lsn_phrases_match_ending(
                        c->ex->ph, LEX_ARTICLE, c->lang, c->t, floor, i) > 0;
}

/* Which head, if any, starts at i: sets *type and returns its length. */
static size_t
head_at(const doc_ctx* c, size_t i, size_t limit, lsn_etype* type)
{
  size_t n;
  if ((n = lex_at(c, LEX_AGREEMENT_HEAD, i, limit)))
    *type = LSN_AGREEMENT;
  else if ((n = lex_at(c, LEX_EVENT_HEAD, i, limit)))
    *type = LSN_EVENT;
  else if ((n = lex_at(c, LEX_ORG_HEAD, i, limit)))
    *type = LSN_ORGANIZATION;
  return n;
}

/* Does [from, to) hold what makes a lower-case event a name: a capital
 * or a topic ("sur la gestion des frontières", "on Civic Space")? */
static bool
names_something(const doc_ctx* c, size_t from, size_t to)
{
  for (size_t i = from; i < to; ++i)
    if (tok_is_cap(c, i) || lex_at(c, LEX_TOPIC, i, to))
      return true;
  return false;
}

/* A body's head word in lower case (lexicon value "lower"): "du réseau",
 * "the network" after an article are descriptions; in French, with a
 * complement that holds a capital, a name ("le ministère de l'Intérieur du
 * Niger", "le comité de pilotage du projet SAHEL-CRIM"). */
static bool
rule_lower_body(const doc_ctx* c,
                size_t         i,
                size_t         floor,
                size_t         limit,
                span*          out)
{
  const lsn_phrase* rec = lex_rec(c, LEX_ORG_HEAD, i, limit);
  size_t            n   = lex_at(c, LEX_ORG_HEAD, i, limit);
  if (!rec || !rec->svalue || strcmp(rec->svalue, "lower") ||
      !tok_is_lower_word(c, i))
    return false;
  if (i + n < limit && tok_is_cap(c, i + n) &&
      !(tok_flags(c, i + n) & LSN_TF_UPPER) &&
      !starts_other_entity(c, i + n, limit) &&
      !lex_at(c, LEX_NOT_NAME, i + n, limit) &&
      preceded_by_article(c, i, floor)) {
    /* "du réseau Radios pour la paix", "de la plateforme Jeunes bâtisseurs
     * de paix de Maroua": a common noun, then the name. */
    size_t e = i + n + 1;
    while (e < limit && e < i + n + 4 && tok_is_lower_word(c, e) &&
           is_content(c, e, limit) && !lex_at(c, LEX_CLAUSE_STOP, e, limit) &&
           !strcmp(c->lang, "fr"))
      ++e;
    e    = grow_name(c, i + n, e, limit, LSN_ORGANIZATION);
    *out = (span){ i + n, e, LSN_ORGANIZATION, LSN_M_NAME, 2, -1 };
    return true;
  }
  size_t end = grow_name(c, i, i + n, limit, LSN_ORGANIZATION);
  if (end == i + n) {
    if (!preceded_by_article(c, i, floor))
      return false;
    *out = (span){ i, end, LSN_ORGANIZATION, LSN_M_DESCRIPTION, 1, -1 };
    return true;
  }
  /* A name: "de" right after the head ("le ministère de", not "le réseau
   * sur les marchés de la région de Tombouctou"), and a capital. */
  bool capital = false;
  for (size_t k = i + n; k < end; ++k)
    capital |= tok_is_cap(c, k);
  if (strcmp(c->lang, "fr") || !capital ||
      !(tok_is(c, i + n, "de") || tok_is(c, i + n, "du") ||
        tok_is(c, i + n, "d'") || tok_is(c, i + n, "des")))
    return false;
  *out = (span){ i, end, LSN_ORGANIZATION, LSN_M_NAME, 2, -1 };
  return true;
}

/* [ordinal] [Cap*] HEAD ...: a name grown from a head word. */
static bool
rule_head_name(const doc_ctx* c,
               size_t         i,
               size_t         floor,
               size_t         limit,
               span*          out)
{
  size_t    start = i, j = i, n, head = SIZE_MAX, head_len = 0;
  lsn_etype type = LSN_N_TYPES, t;
  /* "the next meeting", "la prochaine réunion": a later event, named with
   * the word that sets it apart. */
  size_t next = lex_at(c, LEX_NEXT, j, limit);
  j += next;
  if ((n = lex_at(c, LEX_ORDINAL, j, limit)))
    j += n;
  /* English puts modifiers first: "Counter-Terrorism Committee", "Gulf of
   * Guinea Artisanal Fishers' Network", "Regional Police Chiefs Cooperation
   * Organisation": the last head of a run of capitalised words. */
  bool english = !strcmp(c->lang, "en");
  for (size_t k = j, g; k < limit && k - j < 10; ++k) {
    int32_t entry;
    if ((n = head_at(c, k, limit, &t)) && tok_is_cap(c, k)) {
      head = k, head_len = n, type = t;
      k += n - 1;
      continue;
    }
    if (head != SIZE_MAX &&
        (!english || !tok_is_cap(c, k) || starts_other_entity(c, k, limit) ||
         lex_at(c, LEX_TITLE, k, limit)))
      break; /* "European Union Special Representative": a title */
    if (english && k > j && tok_is(c, k, "'") && tok_is_cap(c, k - 1)) {
      k += k + 1 < limit && tok_is(c, k + 1, "s"); /* "Women's Observatory" */
      continue;                                    /* "Fishers' Network" */
    }
    if (english && (g = gaz_match(c, k, limit, &entry)) > 2 &&
        c->ex->gaz->entries[entry].type == LSN_PLACE) {
      k += g - 1; /* "Horn of Africa Civil Society Platform" */
      continue;
    }
    if (!tok_is_cap(c, k) && !(k > j && k + 1 < limit && tok_is_cap(c, k + 1) &&
                               english && lex_at(c, LEX_COORD, k, limit)))
      break;
  }
  if (head != SIZE_MAX && j > i + next && type == LSN_ORGANIZATION) {
    const lsn_phrase* rec = lex_rec(c, LEX_ORG_HEAD, head, limit);
    if (rec && rec->svalue && !strcmp(rec->svalue, "meeting"))
      type = LSN_EVENT; /* "Annual General Assembly", "troisième Assemblée" */
  }
  const lsn_phrase* erec = lex_rec(c, LEX_EVENT_HEAD, j, limit);
  if (erec && erec->svalue && !strcmp(erec->svalue, "cap") && !tok_is_cap(c, j))
    erec = NULL; /* "the second day" */
  if (head == SIZE_MAX && j > i && erec &&
      (n = lex_at(c, LEX_EVENT_HEAD, j, limit))) {
    /* An ordinal makes a lower-case event a name: "deuxième réunion de
     * coordination du Groupe ...". */
    head = j, head_len = n, type = LSN_EVENT;
  } else if (head == SIZE_MAX && (n = lex_at(c, LEX_EVENT_HEAD, i, limit)) &&
             (preceded_by_article(c, i, floor) ||
              lsn_phrases_match_ending(
                c->ex->ph, LEX_INDEFINITE, c->lang, c->t, floor, i))) {
    /* "l'atelier régional de l'IGAD sur ...", "a Regional Workshop": a
     * lower-case event is a name when what follows names it (checked
     * below). */
    head = i, head_len = n, type = LSN_EVENT;
  } else if (head == SIZE_MAX) {
    /* A lower-case agreement head needs an article and a complement:
     * "le cadre de coopération ONU-UE pour ...", "un protocole d'accord
     * sur la formation ..." (after an indefinite one, a topic). */
    if (!(n = lex_at(c, LEX_AGREEMENT_HEAD, i, limit)))
      return rule_lower_body(c, i, floor, limit, out);
    if (!preceded_by_article(c, i, floor)) {
      if (!lsn_phrases_match_ending(
            c->ex->ph, LEX_INDEFINITE, c->lang, c->t, floor, i))
        return false;
      size_t e = grow_name(c, i, i + n, limit, LSN_AGREEMENT);
      if (!names_something(c, i + n, e))
        return false;
    }
    head = i, head_len = n, type = LSN_AGREEMENT;
  }
  if (head != j && start == j && lex_at(c, LEX_NOT_NAME, start, limit))
    return false;
  if (next && type != LSN_EVENT)
    return false;
  size_t end  = grow_name(c, start, head + head_len, limit, type);
  bool   bare = end == head + head_len && start == head;
  if (end == head + head_len && tok_is_cap(c, end) &&
      lex_at(c, LEX_TITLE, end, limit))
    return false; /* "the Force Commander of ATMIS": a title */
  if (bare ||
      (type != LSN_ORGANIZATION &&
       end == head + head_len + (size_t)tok_is_adjective(c, head + head_len) &&
       start == head && !tok_is_cap(c, end - 1))) {
    /* Only the head word ("le Bureau", "la Conférence"): a description,
     * resolved to the one entity it can mean in step 3. */
    if (!preceded_by_article(c, start, floor))
      return false;
    *out = (span){ start, head + head_len, type, LSN_M_DESCRIPTION, 1, -1 };
    return true;
  }
  if (head == start && !tok_is_cap(c, head) && end == head + head_len)
    return false;
  if (type == LSN_EVENT && head == start && !tok_is_cap(c, head) &&
      !names_something(c, head + head_len, end))
    return false; /* "la réunion de mardi": not a name */
  *out = (span){ start, end, type, LSN_M_NAME, 2, -1 };
  return true;
}

/* A lower-case description followed by a quoted name:
 * l'association « Disons non au port d'armes à feu ». */
static bool
rule_quoted(const doc_ctx* c, size_t i, size_t limit, span* out)
{
  lsn_etype type;
  size_t    n = head_at(c, i, limit, &type);
  if (!n || i + n + 2 >= limit)
    return false;
  size_t open = i + n;
  while (open < limit && open - (i + n) < 2 && tok_is_adjective(c, open))
    ++open; /* "la société locale « Xpeng »" */
  if (!tok_is(c, open, "\xc2\xab") && !tok_is(c, open, "\xe2\x80\x9c") &&
      !tok_is(c, open, "\""))
    return false;
  for (size_t k = open + 1; k < limit && k - open <= 16; ++k)
    if (tok_is(c, k, "\xc2\xbb") || tok_is(c, k, "\xe2\x80\x9d") ||
        tok_is(c, k, "\"")) {
      if (k == open + 1)
        return false;
      *out = (span){ open + 1, k, type, LSN_M_NAME, 2, -1 };
      return true;
    }
  return false;
}

/* "al-Hamdani", "el-Sayed", "ben-Ali": a lower-case particle joined by a
 * hyphen to a capitalised name. */
static bool
is_joined_particle_name(const doc_ctx* c, size_t i)
{
  const lsn_token* t    = &c->t->tokens[i];
  const char*      text = c->t->text + t->start;
  const char*      dash = memchr(text, '-', t->end - t->start);
  return (t->flags & LSN_TF_LOWER) && dash && dash - text <= 4 &&
         dash + 1 < c->t->text + t->end && dash[1] >= 'A' && dash[1] <= 'Z';
}

static bool
name_word(const doc_ctx* c, size_t i, size_t limit)
{
  return (tok_is_cap(c, i) || is_joined_particle_name(c, i)) &&
         !starts_other_entity(c, i, limit) && !lex_at(c, LEX_TITLE, i, limit) &&
         !(tok_flags(c, i) & LSN_TF_ABBREV);
}

/* Capitalised words of a person's name, with particles between them and
 * patronymics after them ("Nurlan Asanbek uulu"). */
static size_t
person_run(const doc_ctx* c, size_t i, size_t limit)
{
  size_t end = i, n;
  while (end < limit && end - i < 6) {
    if (name_word(c, end, limit)) {
      ++end;
    } else if (end > i && (n = lex_at(c, LEX_PARTICLE, end, limit)) &&
               end + n < limit && name_word(c, end + n, limit)) {
      end += n + 1;
    } else if (end > i + 1 && (n = lex_at(c, LEX_NAME_SUFFIX, end, limit))) {
      end += n;
      break;
    } else {
      break;
    }
  }
  return end - i;
}

static bool
rule_honorific(const doc_ctx* c, size_t i, size_t limit, span* out)
{
  /* Honorifics match with their case: "Me" is one, "me" is not; ranks in
   * French are written in lower case ("le général X"). */
  size_t n = lex_at(c, LEX_HONORIFIC, i, limit);
  if (!n)
    return false;
  size_t run = person_run(c, i + n, limit);
  if (!run)
    return false;
  *out =
    (span){ i + n, i + n + run, LSN_PERSON, run > 1 ? LSN_M_NAME : LSN_M_SHORT,
            2,     -1 };
  return true;
}

static bool
rule_gazetteer(const doc_ctx* c, size_t i, size_t limit, span* out)
{
  int32_t entry;
  size_t  n = gaz_match(c, i, limit, &entry);
  if (!n)
    return false;
  const lsn_gaz_entry* e       = &c->ex->gaz->entries[entry];
  bool                 acronym = n == 1 && (tok_flags(c, i) & LSN_TF_UPPER);
  *out =
    (span){ i, i + n, (lsn_etype)e->type, acronym ? LSN_M_ACRONYM : LSN_M_NAME,
            3, entry };
  return true;
}

/* "bassin du lac Tchad", "Lake Chad Basin" is for the gazetteer. */
static bool
rule_place_head(const doc_ctx* c, size_t i, size_t limit, span* out)
{
  size_t n = lex_at(c, LEX_PLACE_HEAD, i, limit), j;
  if (!n)
    return false;
  j = i + n;
  for (int hops = 0; hops < 2 && j < limit; ++hops) {
    size_t k = j + lex_at(c, LEX_CONNECTOR, j, limit);
    if (k < limit && tok_is_cap(c, k) && !lex_at(c, LEX_NOT_NAME, k, limit) &&
        !starts_other_entity(c, k, limit)) {
      size_t run = person_run(c, k, limit);
      *out = (span){ i, k + (run ? run : 1), LSN_PLACE, LSN_M_NAME, 2, -1 };
      return true;
    }
    if (!(n = lex_at(c, LEX_PLACE_HEAD, k, limit)))
      return false;
    j = k + n;
  }
  return false;
}

static bool
is_roman_numeral(const char* key)
{
  return strspn(key, "ivxlc") == strlen(key);
}

static bool
rule_acronym(const doc_ctx* c, size_t i, size_t limit, span* out)
{
  if (!(tok_flags(c, i) & LSN_TF_UPPER) || is_roman_numeral(tok_key(c, i)) ||
      lex_at(c, LEX_NOT_NAME, i, limit))
    return false;
  /* An unknown acronym is a body, unless the tagger knows better (USA). */
  int       kind = NER_O;
  lsn_etype type = LSN_ORGANIZATION;
  if (ner_span_at(c, i, limit, &kind) == 1 && kind == NER_LOC)
    type = LSN_PLACE;
  *out = (span){ i, i + 1, type, LSN_M_ACRONYM, 1, -1 };
  return true;
}

/* A name the tagger found (PER, ORG, LOC) that no rule above explained. */
static bool
rule_tagger(const doc_ctx* c, size_t i, size_t limit, span* out)
{
  int    kind;
  size_t n = ner_span_at(c, i, limit, &kind);
  /* "Senior Adviser": a title is no name, however the tagger reads it. */
  for (size_t k = i; n && k < i + n; ++k)
    if (lex_at(c, LEX_TITLE, k, i + n) == i + n - k)
      return false;
  if (!n || kind == NER_MISC || lex_at(c, LEX_NOT_NAME, i, limit) ||
      lex_at(c, LEX_HONORIFIC, i, limit) ||
      lex_at(c, LEX_NOT_ENTITY, i, limit) >= n ||
      lex_at(c, LEX_TITLE, i, limit) ||
      (i > 0 && lex_at(c, LEX_DEPUTY, i, limit)))
    return false; /* "États membres", "English", "Secrétaire", "Wednesday" */
  /* A span the tagger runs on over a word no name holds ("Zanzibar un
   * Séminaire"): the name ends before it. */
  for (size_t k = i + 1; k < i + n; ++k)
    if ((tok_is_lower_word(c, k) && !lex_at(c, LEX_CONNECTOR, k, i + n) &&
         !lex_at(c, LEX_PARTICLE, k, i + n) &&
         !lex_at(c, LEX_NAME_SUFFIX, k, i + n)) ||
        lex_at(c, LEX_INDEFINITE, k, i + n) == 1 ||
        lex_at(c, LEX_CLAUSE_STOP, k, i + n) == 1 ||
        (kind != NER_ORG && (lex_at(c, LEX_EVENT_HEAD, k, i + n) ||
                             lex_at(c, LEX_AGREEMENT_HEAD, k, i + n))) ||
        (kind != NER_PER && (lex_at(c, LEX_TITLE, k, i + n) ||
                             lex_at(c, LEX_HONORIFIC, k, i + n)))) {
      n = k - i;
      break;
    }
  if (kind == NER_PER) { /* the rules know particles and patronymics */
    size_t run = person_run(c, i, limit);
    if (run > n)
      n = run;
  }
  if (n == 1 && lex_at(c, LEX_PLACE_HEAD, i, i + 1))
    return false; /* "at Sea": a common noun */
  /* One capitalised word opening a sentence is the tagger's weakest guess
   * ("Vie", "Recherche"): capitals say nothing there. */
  if (n == 1 && !(tok_flags(c, i) & LSN_TF_UPPER) &&
      (tok_flags(c, i) & LSN_TF_SSTART))
    return false;
  bool capital = false;
  for (size_t k = i; k < i + n; ++k)
    capital |= tok_is_cap(c, k);
  if (!capital)
    return false;
  /* Names end with a word, not with a connector or a mark. */
  while (n > 1 && (lex_at(c, LEX_CONNECTOR, i + n - 1, limit) ||
                   !(tok_flags(c, i + n - 1) & LSN_TF_WORD)))
    --n;
  static const lsn_etype types[] = {
    LSN_N_TYPES, LSN_PERSON, LSN_ORGANIZATION, LSN_PLACE
  };
  lsn_etype type  = types[kind];
  int       mkind = LSN_M_NAME;
  if (n == 1 && (tok_flags(c, i) & LSN_TF_UPPER))
    mkind = LSN_M_ACRONYM;
  else if (n == 1 && type == LSN_PERSON)
    mkind = LSN_M_SHORT;
  *out = (span){ i, i + n, type, mkind, 1, -1 };
  return true;
}

static bool
followed_by_title(const doc_ctx* c, size_t i, size_t limit)
{
  return i + 1 < limit && tok_is(c, i, ",") &&
         lex_at(
           c, LEX_TITLE, i + 1 + lex_at(c, LEX_ARTICLE, i + 1, limit), limit);
}

/* Two or more capitalised words: a person, unless a preposition of place
 * comes before (then a place). */
static bool
rule_proper_name(const doc_ctx* c,
                 size_t         i,
                 size_t         floor,
                 size_t         limit,
                 span*          out)
{
  if (!tok_is_cap(c, i) || lex_at(c, LEX_NOT_NAME, i, limit) ||
      (tok_flags(c, i) & LSN_TF_UPPER) || lex_at(c, LEX_TITLE, i, limit))
    return false;
  size_t run = person_run(c, i, limit);
  bool   after_at =
    i > floor && lsn_phrases_match_ending(
                   c->ex->ph, LEX_PLACE_PREP, c->lang, c->t, floor, i) > 0;
  if (!run || lex_at(c, LEX_NOT_ENTITY, i, limit) >= run)
    return false; /* "in Arabic", "in December": no place */
  size_t end = i + run;
  if (after_at && (end >= limit || !(tok_flags(c, end) & LSN_TF_WORD) ||
                   lex_at(c, LEX_CLAUSE_STOP, end, limit) ||
                   lex_at(c, LEX_CONNECTOR, end, limit))) {
    *out = (span){ i, end, LSN_PLACE, LSN_M_NAME, 1, -1 };
    return true;
  }
  bool titled = lsn_phrases_match_ending(
                  c->ex->ph, LEX_TITLE, c->lang, c->t, floor, i) > 0 ||
                followed_by_title(c, end, limit);
  if (c->ner && !titled)
    return false; /* the tagger saw no name here: trust it */
  if (run < 2 && !titled)
    return false;
  if (run < 2 && (tok_flags(c, i) & LSN_TF_SSTART))
    return false;
  *out = (span){ i,
                 end,
                 LSN_PERSON,
                 run > 1 ? LSN_M_NAME : LSN_M_SHORT,
                 (uint8_t)(titled ? 2 : 0),
                 -1 };
  return true;
}

static bool
longer(const span* a, const span* b)
{
  return a->last - a->first > b->last - b->first;
}

/* Does the complement at i name a known body ("... de la paix des Nations
 * Unies")? Then the name it ends is a longer name, not a known one. */
static bool
complement_names_body(const doc_ctx* c, size_t i, size_t limit)
{
  size_t  n;
  int32_t entry;
  while ((n = lex_at(c, LEX_CONNECTOR, i, limit)))
    i += n;
  return i < limit && gaz_match(c, i, limit, &entry) &&
         c->ex->gaz->entries[entry].type == LSN_ORGANIZATION;
}

/* Is token i inside a date ("by 30 April")? */
static bool
in_date(const doc_ctx* c, size_t i)
{
  return c->marks && (c->marks[i] & MARK_DATE);
}

/* Does [first, last) hold a token of a reference code? */
static bool
holds_code(const doc_ctx* c, size_t first, size_t last)
{
  for (size_t i = first; c->marks && i < last; ++i)
    if (c->marks[i] & MARK_CODE)
      return true;
  return false;
}

static bool
match_at(const doc_ctx* c, size_t i, size_t floor, size_t limit, span* best)
{
  span s, g;
  if (in_date(c, i))
    return false;
  if (rule_quoted(c, i, limit, &s) || rule_honorific(c, i, limit, &s)) {
    *best = s;
    return true;
  }
  /* A known name wins over the same name grown with a complement ("Union
   * européenne pour le Sahel" is the EU and a scope). */
  bool has_g = rule_gazetteer(c, i, limit, &g);
  bool known = has_g && g.last - g.first >= 2 && g.last < limit &&
               is_connector(c, g.last, limit) &&
               !complement_names_body(c, g.last, limit);
  if (rule_head_name(c, i, floor, limit, &s) && !known &&
      (!has_g || longer(&s, &g))) {
    *best = s;
    return true;
  }
  if (has_g) {
    *best = g;
    return true;
  }
  return rule_place_head(c, i, limit, best) ||
         rule_acronym(c, i, limit, best) || rule_tagger(c, i, limit, best) ||
         rule_proper_name(c, i, floor, limit, best);
}

/* Compound acronyms: "ONU-UE" names two known bodies, each a part. */
/* The gazetteer entry one part of a compound acronym names: a known form,
 * or, once the document's names are all found, an ambiguous form the
 * document resolves ("UA" where "Union africaine" is named). */
static lsn_status
part_entry(const doc_ctx* c,
           const char*    bytes,
           size_t         len,
           bool           ambiguous,
           int32_t*       entry)
{
  lsn_text          part = { 0 };
  const lsn_phrase* rec  = NULL;
  lsn_status        st   = lsn_text_analyse(&part, c->ex->config, bytes, len);
  *entry                 = -1;
  if (!st && part.n_tokens == 1 &&
      lsn_phrases_match(c->ex->ph, LEX_GAZ, c->lang, &part, 0, 1, &rec) &&
      !(rec->flags & PH_AMBIGUOUS))
    *entry = rec->value;
  else if (!st && part.n_tokens == 1 && ambiguous)
    *entry = resolve_ambiguous(c, lsn_text_key(&part, 0));
  lsn_text_clear(&part);
  return st;
}

static lsn_status
split_compound(doc_ctx* c, size_t i, bool ambiguous, bool* done)
{
  const char* text = c->t->text;
  lsn_token   tok  = c->t->tokens[i];
  *done            = false;
  int32_t whole;
  if (!(tok.flags & (LSN_TF_UPPER | LSN_TF_CAP)) ||
      !(tok.flags & LSN_TF_HYPHEN) ||
      gaz_match(c, i, i + 1, &whole)) /* "Guinée-Bissau" is one place */
    return LSN_OK;
  int32_t  parts[4];
  uint32_t bounds[5];
  int      n = 0;
  bounds[0]  = tok.start;
  for (uint32_t b = tok.start; b <= tok.end && n < 4; ++b)
    if (b == tok.end || text[b] == '-') {
      int32_t    entry;
      lsn_status st =
        part_entry(c, text + bounds[n], b - bounds[n], ambiguous, &entry);
      if (st)
        return st;
      if (entry < 0)
        return LSN_OK;
      parts[n++] = entry;
      bounds[n]  = b + 1;
    }
  if (n < 2)
    return LSN_OK;
  int32_t enclosing = c->cover[i]; /* a name holding it keeps the token */
  for (int k = 0; k < n; ++k) {
    int32_t    m;
    lsn_status st = add_mention(c,
                                i,
                                i + 1,
                                (lsn_etype)c->ex->gaz->entries[parts[k]].type,
                                LSN_M_PART,
                                parts[k],
                                3,
                                &m);
    if (st)
      return st;
    c->r->mentions[m].start = bounds[k];
    c->r->mentions[m].end   = bounds[k + 1] - 1;
  }
  if (enclosing)
    c->cover[i] = enclosing;
  *done = true;
  return LSN_OK;
}

static lsn_status
spans_in_sentence(doc_ctx* c, uint32_t sent)
{
  size_t     floor = c->t->sents[sent].first, limit = sentence_end(c, sent);
  lsn_status st;
  for (size_t i = floor; i < limit;) {
    bool split = false;
    span s;
    /* "EU-IGAD Roundtable on ...": a compound acronym opening a name is
     * part of it (its parts are named later, inside the name). */
    if (!c->cover[i] && (tok_flags(c, i) & LSN_TF_HYPHEN) &&
        (tok_flags(c, i) & LSN_TF_UPPER) &&
        rule_head_name(c, i, floor, limit, &s) && s.kind == LSN_M_NAME &&
        s.first == i && s.last > i + 1) {
      LSN_TRY(
        st,
        add_mention(
          c, s.first, s.last, s.type, LSN_M_NAME, s.gaz, s.strength, NULL));
      i = s.last;
      continue;
    }
    if (!c->cover[i])
      LSN_TRY(st, split_compound(c, i, false, &split));
    if (split || c->cover[i] || !match_at(c, i, floor, limit, &s) ||
        (s.type != LSN_EVENT && s.type != LSN_AGREEMENT &&
         holds_code(c, s.first, s.last))) {
      ++i;
      continue;
    }
    LSN_TRY(st,
            add_mention(c,
                        s.first,
                        s.last,
                        s.type,
                        (lsn_mention_kind)s.kind,
                        s.gaz,
                        s.strength,
                        NULL));
    i = s.last > i ? s.last : i + 1;
  }
  return LSN_OK;
}

/* Step 2: acronym definitions --------------------------------------------- */

static bool
is_paren_acronym(const doc_ctx* c, size_t i, size_t limit)
{
  return i + 2 < limit && tok_is(c, i, "(") && tok_is(c, i + 2, ")") &&
         (tok_flags(c, i + 1) & LSN_TF_UPPER);
}

/* "(International IDEA)", "(UN Women)": a capitalised word and an acronym
 * in parentheses name a body as one acronym; its mention is widened to
 * both words. */
static bool
is_paren_acronym2(doc_ctx* c, size_t i, size_t limit)
{
  if (!(i + 3 < limit && tok_is(c, i, "(") && tok_is(c, i + 3, ")") &&
        tok_is_cap(c, i + 1) && (tok_flags(c, i + 2) & LSN_TF_UPPER)))
    return false;
  int32_t acr = c->cover[i + 2] - 1, first = c->cover[i + 1] - 1;
  if (acr < 0 || c->r->mentions[acr].kind != LSN_M_ACRONYM)
    return false;
  if (first >= 0 && first != acr) {
    lsn_mention* f = &c->r->mentions[first]; /* "(DG MARE)" */
    if (f->kind != LSN_M_ACRONYM || f->gaz >= 0 || f->last != i + 2)
      return false;
    f->type = LSN_N_TYPES;
  }
  lsn_mention* m  = &c->r->mentions[acr];
  m->first        = (uint32_t)(i + 1);
  m->start        = c->t->tokens[i + 1].start;
  c->cover[i + 1] = acr + 1;
  return true;
}

/* The name mention that "(ACR)" at `open` defines: one ending right before
 * it, or one a few lower-case words before it (a name with a comma:
 * "Organisation ... pour l'éducation, la science et la culture (UNESCO)"),
 * which is then extended to the parenthesis. */
static bool
initials_fit(const doc_ctx* c, const char* acr, size_t from, size_t to);
static int32_t
body_over_place(doc_ctx* c, int32_t place, const char* acr);

static int32_t
defined_before(doc_ctx* c, size_t open, size_t floor, const char* acr)
{
  for (size_t k = open; k > floor && open - k <= 10; --k) {
    int32_t m = c->cover[k - 1] - 1;
    if (m >= 0) {
      lsn_mention* mm = &c->r->mentions[m];
      if (mm->kind != LSN_M_NAME && mm->kind != LSN_M_DESCRIPTION)
        return -1;
      if (mm->type == LSN_PLACE)
        return body_over_place(c, m, acr);
      if (mm->type == LSN_PERSON)
        return -1;
      if (k < open) {
        mm->last = (uint32_t)open;
        mm->end  = c->t->tokens[open - 1].end;
        mm->kind = LSN_M_NAME;
        for (size_t j = k; j < open; ++j)
          c->cover[j] = m + 1;
      }
      return m;
    }
    bool word = tok_is_lower_word(c, k - 1) || tok_is(c, k - 1, ",") ||
                (tok_flags(c, k - 1) & LSN_TF_ELISION);
    if (!word || lex_at(c, LEX_CLAUSE_STOP, k - 1, open))
      return -1;
  }
  return -1;
}

/* "Tax Justice Network Africa (TJNA)", "Bureau intégré des Nations Unies
 * en Haïti (BINUH)": a place that ends a body's name before its acronym.
 * When the acronym fits the body's name and the place together, the body's
 * mention is widened over the place; else the acronym defines nothing. */
static int32_t
body_over_place(doc_ctx* c, int32_t place, const char* acr)
{
  lsn_mention* p = &c->r->mentions[place];
  size_t       k = p->first;
  while (k > 0 && is_connector(c, k - 1, p->first) && !c->cover[k - 1])
    --k;
  int32_t body = k > 0 ? c->cover[k - 1] - 1 : -1;
  if (body < 0 || body == place)
    return -1;
  lsn_mention* b = &c->r->mentions[body];
  if (b->type != LSN_ORGANIZATION || b->kind != LSN_M_NAME || b->gaz >= 0 ||
      !initials_fit(c, acr, b->first, p->last))
    return -1;
  b->last = p->last;
  b->end  = p->end;
  p->type = LSN_N_TYPES;
  for (size_t t = k; t < b->last; ++t)
    c->cover[t] = body + 1;
  return body;
}

/* "systèmes ... sur les passagers/dossiers passagers (IPV/DP)": acronyms in
 * parentheses right after a common noun, joined by '/', name things, not
 * bodies.  Unknown ones are dropped. */
static void
drop_common_noun_acronyms(doc_ctx* c, size_t i, size_t floor, size_t limit)
{
  if (i == floor || !tok_is(c, i, "(") || !tok_is_lower_word(c, i - 1))
    return;
  size_t k = i + 1;
  while (k + 1 < limit && (tok_flags(c, k) & LSN_TF_UPPER) &&
         tok_is(c, k + 1, "/"))
    k += 2;
  if (k == i + 1 || k + 1 >= limit || !(tok_flags(c, k) & LSN_TF_UPPER) ||
      !tok_is(c, k + 1, ")"))
    return; /* a single "(ACR)" is handled as a definition */
  for (size_t j = i + 1; j <= k; j += 2) {
    int32_t m = c->cover[j] - 1;
    if (m >= 0 && c->r->mentions[m].gaz < 0) {
      c->r->mentions[m].strength = 0;
      c->r->mentions[m].type     = LSN_N_TYPES;
    }
  }
}

/* Is `acr` a subsequence of the initials of the words in [from, to)
 * (each part of a hyphenated word counts), starting with the first? */
static bool
initials_fit(const doc_ctx* c, const char* acr, size_t from, size_t to)
{
  size_t a = 0, n = strlen(acr);
  for (size_t i = from; i < to && a < n; ++i) {
    if (!(tok_flags(c, i) & LSN_TF_WORD) || is_connector(c, i, to))
      continue;
    const char* key = tok_key(c, i);
    for (const char* p = key; *p && a < n; ++p)
      if ((p == key || p[-1] == '-') && *p == acr[a])
        ++a;
      else if (p == key && i == from)
        return false;
  }
  return a == n;
}

/* "l'Office maritime de la Commission du golfe de Guinée (CGG)", "the
 * Regional Office ... of the Office of the High Commissioner (OHCHR)": an
 * acronym whose letters start at a later body's head word names that body;
 * the name before it is cut there and the later body gets a mention of its
 * own.  Returns the mention the acronym names. */
static lsn_status
split_for_acronym(doc_ctx* c, int32_t longform, size_t acr_tok, int32_t* out)
{
  const lsn_mention* lf  = &c->r->mentions[longform];
  const char*        acr = tok_key(c, acr_tok);
  *out                   = longform;
  if (lf->type != LSN_ORGANIZATION || lf->kind != LSN_M_NAME || lf->gaz >= 0 ||
      initials_fit(c, acr, lf->first, lf->last))
    return LSN_OK;
  size_t first = lf->first, last = lf->last;
  for (size_t w = first + 2; w < last; ++w) {
    if (!tok_is_cap(c, w) || !lex_at(c, LEX_ORG_HEAD, w, last) ||
        !is_connector(c, w - 1, last) || !initials_fit(c, acr, w, last))
      continue;
    size_t cut = w;
    while (cut > first + 1 && is_connector(c, cut - 1, w))
      --cut;
    lsn_mention* m = &c->r->mentions[longform];
    m->last        = (uint32_t)cut;
    m->end         = c->t->tokens[cut - 1].end;
    for (size_t k = cut; k < w; ++k)
      c->cover[k] = 0;
    return add_mention(c, w, last, LSN_ORGANIZATION, LSN_M_NAME, -1, 2, out);
  }
  return LSN_OK;
}

/* "the Institute for Youth Policy | and | Dialogue (IYPD)": when the
 * acronym fits the two names joined by "and" and not the last alone, the
 * first name is widened over both. */
static int32_t
joined_long_form(doc_ctx* c, int32_t longform, const char* acr)
{
  lsn_mention* lf = &c->r->mentions[longform];
  size_t       k  = lf->first;
  if (initials_fit(c, acr, lf->first, lf->last) || k < 2 ||
      !lex_at(c, LEX_COORD, k - 1, k))
    return longform;
  int32_t prev = mention_at(c, k - 2);
  if (prev < 0 || c->r->mentions[prev].type != LSN_ORGANIZATION ||
      c->r->mentions[prev].kind != LSN_M_NAME ||
      !initials_fit(c, acr, c->r->mentions[prev].first, lf->last))
    return longform;
  lsn_mention* p = &c->r->mentions[prev];
  p->last        = lf->last;
  p->end         = lf->end;
  lf->type       = LSN_N_TYPES;
  for (size_t t = k - 1; t < p->last; ++t)
    c->cover[t] = prev + 1;
  return prev;
}

/* A name with neither complement nor ordinal ("Jewish Community Security
 * Forum"): with an acronym, a body; an event has a topic, a number or a
 * year ("fifth Youth Forum on ..."). */
static bool
plain_name(const doc_ctx* c, const lsn_mention* m)
{
  if (lex_at(c, LEX_ORDINAL, m->first, m->last))
    return false;
  for (size_t i = m->first; i < m->last; ++i)
    if (is_connector(c, i, m->last) || (tok_flags(c, i) & LSN_TF_DIGIT))
      return false;
  return true;
}

/* "the Fundamental Rights Agency of the European Union (FRA)": the acronym
 * fits the unit named before "of the" and a known body, not the body. */
static int32_t
unit_before(const doc_ctx* c, int32_t longform, const char* acr)
{
  const lsn_mention* lf = &c->r->mentions[longform];
  size_t             k  = lf->first;
  if (initials_fit(c, acr, lf->first, lf->last))
    return longform;
  while (k > 0 && is_connector(c, k - 1, lf->first) && mention_at(c, k - 1) < 0)
    --k;
  if (k == lf->first || k == 0 ||
      !(tok_is(c, k, "of") || tok_is(c, k, "de") || tok_is(c, k, "du") ||
        tok_is(c, k, "d'")))
    return longform;
  int32_t unit = mention_at(c, k - 1);
  if (unit < 0 || c->r->mentions[unit].type != LSN_ORGANIZATION ||
      c->r->mentions[unit].kind != LSN_M_NAME ||
      !initials_fit(
        c, acr, c->r->mentions[unit].first, c->r->mentions[unit].last))
    return longform;
  return unit;
}

/* Does the long form at mention lf name something else than gazetteer
 * entry `gaz` ("Interregional Coordination Centre (ICC)" is not the
 * International Criminal Court)?  Its first word is not the first word of
 * the entry's name in the document's language. */
static bool
other_long_form(const doc_ctx* c, int32_t gaz, int32_t lf)
{
  const lsn_mention*   m = &c->r->mentions[lf];
  const lsn_gaz_entry* e = &c->ex->gaz->entries[gaz];
  const char* label      = !strcmp(c->lang, "en") ? e->label_en : e->label_fr;
  if (m->gaz >= 0 || m->kind != LSN_M_NAME || !label)
    return false;
  size_t  n = strcspn(label, " ");
  lsn_buf key;
  lsn_buf_init(&key, 256);
  bool other = !lsn_fold(&key, label, n) &&
               strcmp(key.data ? key.data : "", tok_key(c, m->first)) != 0;
  lsn_buf_free(&key);
  return other;
}

/* A document that defines a known acronym as something else ("the Danish
 * Refugee Council (DRC)" is not the Democratic Republic of the Congo) means
 * its own body by it everywhere: the gazetteer's sense is dropped from
 * each mention of that acronym. */
static void
forget_known_acronym(doc_ctx* c, int32_t acr, lsn_etype type)
{
  const lsn_mention* a    = &c->r->mentions[acr];
  int32_t            gaz  = a->gaz;
  const char*        form = tok_key(c, a->first);
  for (size_t m = 0; m < c->r->n_mentions; ++m) {
    lsn_mention* o = &c->r->mentions[m];
    if (o->gaz == gaz && o->kind == LSN_M_ACRONYM && o->last == o->first + 1 &&
        !strcmp(tok_key(c, o->first), form)) {
      o->gaz      = -1;
      o->strength = 1;
      o->type     = (uint8_t)type;
    }
  }
}

static lsn_status
define_acronyms(doc_ctx* c)
{
  for (uint32_t s = 0; s < c->t->n_sents; ++s) {
    size_t floor = c->t->sents[s].first, limit = sentence_end(c, s);
    for (size_t i = floor; i < limit; ++i) {
      drop_common_noun_acronyms(c, i, floor, limit);
      bool two =
        !is_paren_acronym(c, i, limit) && is_paren_acronym2(c, i, limit);
      if (!two && !is_paren_acronym(c, i, limit))
        continue;
      int32_t acr = c->cover[i + 1 + two] - 1;
      if (acr < 0)
        continue;
      int32_t longform = defined_before(c, i, floor, tok_key(c, i + 1 + two));
      lsn_status st;
      if (longform >= 0)
        LSN_TRY(st, split_for_acronym(c, longform, i + 1 + two, &longform));
      if (longform >= 0)
        longform = unit_before(c, longform, tok_key(c, i + 1 + two));
      if (longform >= 0)
        longform = joined_long_form(c, longform, tok_key(c, i + 1 + two));
      if (longform >= 0 && c->r->mentions[longform].type == LSN_EVENT &&
          plain_name(c, &c->r->mentions[longform]))
        c->r->mentions[longform].type =
          LSN_ORGANIZATION; /* "... Forum (JCSF)" */
      if (longform >= 0) {
        if (c->r->mentions[acr].gaz >= 0 &&
            (c->r->mentions[acr].type != c->r->mentions[longform].type ||
             other_long_form(c, c->r->mentions[acr].gaz, longform)))
          forget_known_acronym(
            c, acr, (lsn_etype)c->r->mentions[longform].type);
        c->alias_of[acr]         = longform;
        c->r->mentions[acr].type = c->r->mentions[longform].type;
      } else if (c->r->mentions[acr].gaz < 0 && i > floor &&
                 tok_is_lower_word(c, i - 1)) {
        /* "(IPV/DP)" after a common noun phrase: not a body's name. */
        c->r->mentions[acr].strength = 0;
        c->r->mentions[acr].type     = LSN_N_TYPES;
      }
    }
  }
  return LSN_OK;
}

/* Compound acronyms inside names ("cadre de coopération ONU-UE") still name
 * their parts, for the relations step (parties of an agreement). */
static lsn_status
split_compounds_in_names(doc_ctx* c)
{
  lsn_status st;
  for (size_t i = 0; i < c->t->n_tokens; ++i) {
    int32_t m = c->cover[i] - 1;
    bool    split;
    if (m < 0)
      continue;
    lsn_mention* mm      = &c->r->mentions[m];
    bool         in_name = mm->kind == LSN_M_NAME && mm->last - mm->first > 1;
    bool unknown = mm->kind == LSN_M_ACRONYM && mm->gaz < 0 && mm->first == i;
    if (!in_name && !unknown)
      continue;
    LSN_TRY(st, split_compound(c, i, true, &split));
    if (split && unknown)
      c->r->mentions[m].type = LSN_N_TYPES; /* its parts stand for it */
  }
  return LSN_OK;
}

static bool
is_digit_byte(unsigned char ch)
{
  return ch >= '0' && ch <= '9';
}

static bool
is_word_byte(unsigned char ch)
{
  return is_digit_byte(ch) || (unsigned)((ch | 0x20) - 'a') < 26u || ch >= 0x80;
}

/* Whether the tokens [first, last), written without a space between
 * them, are a reference code: a digit and a slash, or a hyphen, dot or
 * underscore between a digit and a letter or digit ("S/RES/2719 (2023)",
 * "A/78/L.12", "SEC.GAL/45/23", "REF-2023-0045").  "G20", "ONU-UE",
 * "UA/ONU" and "G7." at the end of a sentence are not. */
static bool
is_code(const doc_ctx* c, size_t first, size_t last)
{
  const unsigned char* text  = (const unsigned char*)c->t->text;
  uint32_t             start = c->t->tokens[first].start;
  uint32_t             end   = c->t->tokens[last - 1].end;
  bool                 digit = false, slash = false, joined = false;
  for (uint32_t b = start; b < end; ++b) {
    digit |= is_digit_byte(text[b]);
    slash |= text[b] == '/';
    if (b > start && b + 1 < end && strchr("-._", text[b]) &&
        ((is_digit_byte(text[b - 1]) && is_word_byte(text[b + 1])) ||
         (is_word_byte(text[b - 1]) && is_digit_byte(text[b + 1]))))
      joined = true;
  }
  return digit && (slash || joined);
}

/* Mark the tokens of dates and of reference codes. */
static lsn_status
mark_tokens(doc_ctx* c)
{
  size_t n = c->t->n_tokens;
  if (!(c->marks = lsn_calloc(n + 1, 1)))
    return LSN_ERR_NOMEM;
  for (size_t d = 0; d < c->r->n_dates; ++d)
    for (size_t i = c->r->dates[d].first; i < c->r->dates[d].last && i < n; ++i)
      c->marks[i] |= MARK_DATE;
  for (size_t i = 0, j; i < n; i = j) {
    for (j = i + 1; j < n && c->t->tokens[j].start == c->t->tokens[j - 1].end;
         ++j)
      ;
    if (is_code(c, i, j))
      for (size_t k = i; k < j; ++k)
        c->marks[k] |= MARK_CODE;
  }
  return LSN_OK;
}

lsn_status
find_spans(doc_ctx* c)
{
  lsn_status st = mark_tokens(c);
  for (uint32_t s = 0; !st && s < c->t->n_sents; ++s)
    st = spans_in_sentence(c, s);
  lsn_free(c->marks);
  c->marks = NULL;
  if (!st)
    st = split_compounds_in_names(c);
  return st ? st : define_acronyms(c);
}
