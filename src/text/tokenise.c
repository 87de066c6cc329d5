/* SPDX-License-Identifier: ISC */
/*
 * Tokeniser and sentence splitter.  One pass over code points makes tokens
 * (byte ranges, never copies); a second pass over tokens places sentence
 * boundaries.  Both are linear in the input, with no backtracking: a token is
 * capped at LSN_MAX_TOKEN bytes and a sentence at LSN_MAX_SENTENCE tokens so
 * that later stages, some quadratic in sentence length, stay bounded.
 */
#include "text/text.h"

#include <string.h>
#include <utf8proc.h>

#define LSN_MAX_TOKEN 256
#define LSN_MAX_SENTENCE 300

enum { LSN_TF_PARA = 1u << 11 }; /* internal: a blank line comes before */

typedef struct {
  const lsn_text_config* config;
  const char*            text;
  size_t                 len;
} scanner;

static utf8proc_int32_t
decode(const scanner* s, size_t at, size_t* width)
{
  utf8proc_int32_t cp = -1;
  if (at >= s->len) {
    *width = 0;
    return -1;
  }
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t*)s->text + at,
                                        (utf8proc_ssize_t)(s->len - at),
                                        &cp);
  *width             = n > 0 ? (size_t)n : 1;
  return n > 0 ? cp : -1;
}

static bool
is_word_cp(utf8proc_int32_t cp)
{
  if (cp < 0)
    return false;
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return true;
  default:
    return false;
  }
}

static bool
is_letter_cp(utf8proc_int32_t cp)
{
  return is_word_cp(cp) && !(cp >= '0' && cp <= '9') &&
         utf8proc_category(cp) != UTF8PROC_CATEGORY_ND;
}

static bool
is_digit_cp(utf8proc_int32_t cp)
{
  return cp >= 0 && (cp < 0x80 ? (cp >= '0' && cp <= '9')
                               : utf8proc_category(cp) == UTF8PROC_CATEGORY_ND);
}

/* Space, controls and invisible format characters separate tokens and are
 * never part of one (bidirectional controls included). */
static bool
is_space_cp(utf8proc_int32_t cp)
{
  if (cp < 0)
    return true;
  if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
    return true;
  if (cp < 0x80)
    return cp < 0x20 || cp == 0x7f;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP:
  case UTF8PROC_CATEGORY_CC:
  case UTF8PROC_CATEGORY_CF:
    return true;
  default:
    return false;
  }
}

static bool
is_apostrophe_cp(utf8proc_int32_t cp)
{
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static bool
is_hyphen_cp(utf8proc_int32_t cp)
{
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static bool
in_map_folded(const lsn_map* map, const char* str, size_t len)
{
  if (!map)
    return false;
  lsn_buf key;
  lsn_buf_init(&key, 256);
  bool found = false;
  if (!lsn_fold(&key, str, len))
    found = lsn_map_get(map, key.data, key.len, NULL);
  lsn_buf_free(&key);
  return found;
}

/* What an apostrophe at `at` inside a word does: 1 ends an elided article
 * ("l'", "qu'"), 2 starts an English possessive ("'s"), 0 stays inside. */
static int
apostrophe_role(const scanner* s, size_t start, size_t at, size_t width)
{
  size_t           w1, w2;
  utf8proc_int32_t next  = decode(s, at + width, &w1);
  utf8proc_int32_t after = decode(s, at + width + w1, &w2);
  /* An elided word keeps its apostrophe even before a space or at the end
   * ("l' ONU", or "l'" alone in a lexicon). */
  if (in_map_folded(s->config->elisions, s->text + start, at - start))
    return 1;
  if (!is_letter_cp(next))
    return 0;
  if ((next == 's' || next == 'S') && !is_word_cp(after))
    return 2;
  return 0;
}

/* Scan a word starting at `start`; returns its end and sets *flags. */
static size_t
scan_word(const scanner* s, size_t start, uint32_t* flags)
{
  size_t   at = start, letters = 0, uppers = 0, width;
  uint32_t f = LSN_TF_WORD;
  while (at < s->len && at - start < LSN_MAX_TOKEN) {
    utf8proc_int32_t cp = decode(s, at, &width);
    if (is_word_cp(cp)) {
      if (is_letter_cp(cp)) {
        ++letters;
        uppers += utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
      }
      at += width;
      continue;
    }
    size_t           w2;
    utf8proc_int32_t next = decode(s, at + width, &w2);
    if (is_apostrophe_cp(cp) && at > start) {
      int role = apostrophe_role(s, start, at, width);
      if (role == 1) {
        at += width;
        f |= LSN_TF_ELISION;
        break;
      }
      if (role == 2 || !is_letter_cp(next))
        break; /* a closing quote or a possessive */
      at += width;
      continue;
    }
    if (is_hyphen_cp(cp) && is_word_cp(next)) {
      f |= LSN_TF_HYPHEN;
      at += width;
      continue;
    }
    if ((cp == '.' || cp == ',') && is_digit_cp(next) && at > start &&
        is_digit_cp((unsigned char)s->text[at - 1])) {
      at += width;
      continue;
    }
    if (cp == '.' &&
        (in_map_folded(s->config->abbrevs, s->text + start, at + 1 - start) ||
         (letters == 1 && uppers == 1 && at - start <= 2))) {
      at += width;
      f |= LSN_TF_ABBREV;
    }
    break;
  }
  if (letters >= 2 && uppers == letters)
    f |= LSN_TF_UPPER;
  *flags = f;
  return at > start ? at : start + 1;
}

static uint32_t
case_flags(const scanner* s, size_t start)
{
  size_t           width;
  utf8proc_int32_t cp = decode(s, start, &width);
  if (is_digit_cp(cp))
    return LSN_TF_DIGIT;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT:
    return LSN_TF_CAP;
  case UTF8PROC_CATEGORY_LL:
    return LSN_TF_LOWER;
  default:
    return 0;
  }
}

static lsn_status
push_token(lsn_text* t, size_t start, size_t end, uint32_t flags)
{
  if (end > UINT32_MAX || t->keys.len > UINT32_MAX)
    return LSN_ERR_BAD_TEXT;
  lsn_status st = lsn_grow(
    (void**)&t->tokens, &t->cap_tokens, t->n_tokens + 1, sizeof *t->tokens);
  if (st)
    return st;
  lsn_token* tok = &t->tokens[t->n_tokens];
  tok->start     = (uint32_t)start;
  tok->end       = (uint32_t)end;
  tok->key       = (uint32_t)t->keys.len;
  tok->flags     = flags;
  if ((st = lsn_fold(&t->keys, t->text + start, end - start)) ||
      (st = lsn_buf_addc(&t->keys, '\0')))
    return st;
  ++t->n_tokens;
  return LSN_OK;
}

static lsn_status
tokenise(lsn_text* t, const scanner* s)
{
  size_t   at     = 0, width;
  unsigned breaks = 0;
  while (at < s->len) {
    utf8proc_int32_t cp = decode(s, at, &width);
    if (is_space_cp(cp)) {
      breaks += cp == '\n' || cp == 0x2028 || cp == 0x2029;
      at += width;
      continue;
    }
    uint32_t flags = 0;
    size_t   end   = at + width;
    if (is_word_cp(cp))
      end = scan_word(s, at, &flags);
    else
      flags = LSN_TF_PUNCT;
    flags |= case_flags(s, at);
    if (breaks)
      flags |= LSN_TF_NEWLINE | (breaks > 1 ? LSN_TF_PARA : 0);
    lsn_status st = push_token(t, at, end, flags);
    if (st)
      return st;
    breaks = 0;
    at     = end;
  }
  return LSN_OK;
}

/* Sentence boundaries --------------------------------------------------- */

static bool
key_is(const lsn_text* t, size_t tok, const char* key)
{
  return !strcmp(lsn_text_key(t, tok), key);
}

static bool
is_terminal(const lsn_text* t, size_t tok)
{
  return key_is(t, tok, ".") || key_is(t, tok, "!") || key_is(t, tok, "?") ||
         key_is(t, tok, "\xe2\x80\xa6"); /* … */
}

static bool
is_closer(const lsn_text* t, size_t tok)
{
  return key_is(t, tok, "\xc2\xbb") || key_is(t, tok, "\"") ||  /* » " */
         key_is(t, tok, "\xe2\x80\x9d") || key_is(t, tok, ")"); /* ” ) */
}

static bool
is_opener(const lsn_text* t, size_t tok)
{
  return key_is(t, tok, "\xc2\xab") || key_is(t, tok, "\"") || /* « " */
         key_is(t, tok, "\xe2\x80\x9c") || key_is(t, tok, "(") ||
         key_is(t, tok, "-") || key_is(t, tok, "\xe2\x80\x93"); /* – */
}

/* "1." at the start of a sentence is a list marker, not a sentence. */
static bool
is_list_marker(const lsn_text* t, size_t tok, size_t sent_first)
{
  return tok == sent_first + 1 && (t->tokens[sent_first].flags & LSN_TF_DIGIT);
}

static bool
boundary_before(const lsn_text* t, size_t k, size_t sent_first)
{
  const lsn_token* cur  = &t->tokens[k];
  const lsn_token* prev = &t->tokens[k - 1];
  if (cur->flags & LSN_TF_PARA)
    return true;
  if (cur->flags & LSN_TF_NEWLINE)
    /* A line broken inside a sentence (hard-wrapped text) goes on in lower
     * case after a word or a comma. */
    return !((cur->flags & LSN_TF_LOWER) &&
             ((prev->flags & LSN_TF_WORD) || key_is(t, k - 1, ",")));
  size_t end = k - 1;
  if (is_closer(t, end) && end > sent_first && is_terminal(t, end - 1))
    --end;
  if (!is_terminal(t, end) || is_list_marker(t, end, sent_first))
    return false;
  if (is_closer(t, k))
    return false;
  return (cur->flags & (LSN_TF_CAP | LSN_TF_DIGIT)) || is_opener(t, k);
}

static lsn_status
push_sentence(lsn_text* t, size_t first, size_t end)
{
  lsn_status st = lsn_grow(
    (void**)&t->sents, &t->cap_sents, t->n_sents + 1, sizeof *t->sents);
  if (st)
    return st;
  t->sents[t->n_sents].first = (uint32_t)first;
  t->sents[t->n_sents].count = (uint32_t)(end - first);
  ++t->n_sents;
  t->tokens[first].flags |= LSN_TF_SSTART;
  return LSN_OK;
}

static lsn_status
split_sentences(lsn_text* t)
{
  size_t     first = 0;
  lsn_status st;
  for (size_t k = 1; k < t->n_tokens; ++k)
    if (boundary_before(t, k, first) || k - first >= LSN_MAX_SENTENCE) {
      LSN_TRY(st, push_sentence(t, first, k));
      first = k;
    }
  if (first < t->n_tokens)
    return push_sentence(t, first, t->n_tokens);
  return LSN_OK;
}

lsn_status
lsn_text_analyse(lsn_text*              out,
                 const lsn_text_config* config,
                 const char*            text,
                 size_t                 len)
{
  scanner s = { config, text, len };
  if (len > UINT32_MAX)
    return LSN_ERR_BAD_TEXT;
  lsn_text_clear(out);
  out->text = text;
  out->len  = len;
  lsn_status st;
  LSN_TRY(st, tokenise(out, &s));
  return split_sentences(out);
}

void
lsn_text_clear(lsn_text* text)
{
  lsn_free(text->tokens);
  lsn_free(text->sents);
  lsn_buf_free(&text->keys);
  memset(text, 0, sizeof *text);
  lsn_buf_init(&text->keys, 0);
}

const char*
lsn_text_detect_language(const lsn_text* text, const lsn_text_config* config)
{
  size_t fr = 0, en = 0;
  for (size_t i = 0; i < text->n_tokens; ++i) {
    const char* key = lsn_text_key(text, i);
    size_t      len = strlen(key);
    fr += config->stop_fr && lsn_map_get(config->stop_fr, key, len, NULL);
    en += config->stop_en && lsn_map_get(config->stop_en, key, len, NULL);
  }
  return en > fr ? "en" : "fr";
}
