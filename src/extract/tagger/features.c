/* SPDX-License-Identifier: ISC */
/*
 * Feature extraction.  Each token is analysed once (lsn_features_tokens):
 * hashes of its form, lower case, shapes and affixes, and flags for case,
 * digits, punctuation and word-list membership.  Templates then combine the
 * token's and its neighbours' (-2..+2; lower-case words to +-5 for template
 * 44) hashes into 32-bit keys: those of the token alone
 * (lsn_features_own), the others (lsn_features_context), and the keys of
 * the tag-history groups (lsn_features_history).
 *
 * Template numbers and hashes are part of the model format
 * (LSN_MODEL_FEATURE_SET); add templates at the end and bump it.
 */
#include "tagger_int.h"

#include <string.h>

/* ------------------------------------------------------------------------ */
/* UTF-8 and case                                                           */

/* Decode one code point at `p` (len bytes left); sets *size (>= 1). Invalid
 * bytes decode as themselves, one at a time. */
static uint32_t
decode(const unsigned char* p, size_t len, size_t* size)
{
  *size = 1;
  if (p[0] < 0x80 || len < 2)
    return p[0];
  if ((p[0] & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
    *size = 2;
    return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if ((p[0] & 0xF0) == 0xE0 && len >= 3 && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80) {
    *size = 3;
    return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
           (p[2] & 0x3F);
  }
  if ((p[0] & 0xF8) == 0xF0 && len >= 4 && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
    *size = 4;
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
  return p[0];
}

/* The lower-case partner of an upper-case letter, or 0 when `c` is not one
 * of the capitals we know (enough for French, English and names in them). */
static uint32_t
lower_of(uint32_t c)
{
  if (c >= 'A' && c <= 'Z')
    return c + 32;
  if (c < 0xC0)
    return 0;
  if (c <= 0xDE)
    return c == 0xD7 ? 0 : c + 0x20;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
    return (c & 1) ? 0 : c + 1;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
    return (c & 1) ? c + 1 : 0;
  if (c == 0x178)
    return 0xFF;
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
    return c + 0x20;
  if (c >= 0x410 && c <= 0x42F)
    return c + 0x20;
  if (c >= 0x400 && c <= 0x40F)
    return c + 0x50;
  return 0;
}

static bool
is_punct(uint32_t c)
{
  if (c < 0x80)
    return !((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'));
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F);
}

static size_t
encode(uint32_t c, char* out)
{
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

size_t
lsn_lower_utf8(const char* bytes, size_t len, char* out, size_t cap)
{
  const unsigned char* p = (const unsigned char*)bytes;
  size_t               o = 0;
  for (size_t i = 0, size; i < len; i += size) {
    uint32_t c  = decode(p + i, len - i, &size);
    uint32_t lo = lower_of(c);
    if (o + 4 > cap)
      break;
    if (lo)
      o += encode(lo, out + o);
    else {
      memcpy(out + o, p + i, size);
      o += size;
    }
  }
  return o;
}

/* ------------------------------------------------------------------------ */
/* Token analysis                                                           */

typedef struct {
  char   lower[LSN_TAGGER_MAX_TOKEN + 8];
  size_t lower_len;
  char   shape[24];
  size_t shape_len;
  char   sshape[24];
  size_t sshape_len;
} scratch;

/* Class letter for the shapes: X upper, x lower letter, d digit, else the
 * punctuation byte itself (or '*' for other symbols). */
static char
shape_class(uint32_t c)
{
  if (c >= '0' && c <= '9')
    return 'd';
  if (lower_of(c))
    return 'X';
  if (!is_punct(c))
    return 'x';
  return c < 0x80 ? (char)c : (c == 0xAB || c == 0xBB) ? '"' : '*';
}

static void
add_shape(scratch* s, char k, char* last, unsigned* run)
{
  if (k == *last)
    ++*run;
  else
    *run = 1;
  *last = k;
  if (*run <= 4 && s->shape_len < 16)
    s->shape[s->shape_len++] = k;
  if (*run == 1 && s->sshape_len < 16)
    s->sshape[s->sshape_len++] = k;
}

/* Shapes and case flags from the token's code points. */
static uint32_t
analyse_chars(const char* bytes, size_t len, scratch* s)
{
  const unsigned char* p     = (const unsigned char*)bytes;
  unsigned             upper = 0, lower = 0, digit = 0, run = 0, n = 0;
  uint32_t             flags = 0;
  char                 last  = 0;
  s->shape_len = s->sshape_len = 0;
  for (size_t i = 0, size; i < len; i += size, ++n) {
    uint32_t c = decode(p + i, len - i, &size);
    char     k = shape_class(c);
    upper += k == 'X';
    lower += k == 'x';
    digit += k == 'd';
    if (n == 0 && k == 'x')
      flags |= LSN_TF_LOWERW;
    if (n == 0 && k == 'X')
      flags |= len > size ? (uint32_t)LSN_TF_CAPW | LSN_TF_TITLE : LSN_TF_CAPW;
    if (c == '-' && i > 0 && i + 1 < len)
      flags |= LSN_TF_HYPH;
    add_shape(s, k, &last, &run);
  }
  if (upper >= 2 && lower == 0)
    flags = (flags & ~(uint32_t)LSN_TF_TITLE) | LSN_TF_UPPER;
  if ((flags & LSN_TF_TITLE) && lower == 0)
    flags &= ~(uint32_t)LSN_TF_TITLE;
  if (digit)
    flags |= LSN_TF_DIGITS;
  if (!upper && !lower && !digit)
    flags |= LSN_TF_PUNCT;
  return flags;
}

/* Hashes of the first and last 1..4 code points of the lower-case form. */
static void
affixes(const scratch* s, lsn_tok_info* t)
{
  const unsigned char* p   = (const unsigned char*)s->lower;
  size_t               len = s->lower_len, ends[5] = { 0 }, starts[5] = { 0 };
  size_t               n = 0, size;
  for (size_t i = 0; i < len && n < 4; i += size) {
    (void)decode(p + i, len - i, &size);
    ends[++n] = i + size;
  }
  for (size_t k = 1; k <= 4; ++k)
    t->prefix[k - 1] = lsn_tagger_hash(s->lower, ends[k < n ? k : n]);
  /* Walk back over continuation bytes for the suffixes. */
  size_t m = 0;
  for (size_t i = len; i > 0 && m < 4;) {
    --i;
    if ((p[i] & 0xC0) != 0x80)
      starts[++m] = i;
  }
  for (size_t k = 1; k <= 4; ++k) {
    size_t from      = m ? starts[k < m ? k : m] : len;
    t->suffix[k - 1] = lsn_tagger_hash(s->lower + from, len - from);
  }
}

uint32_t
lsn_features_word_key(const char* bytes, size_t len)
{
  return lsn_feature_key(1000u, lsn_tagger_hash(bytes, len));
}

uint32_t
lsn_features_class_key(const char* lower, size_t len)
{
  return lsn_feature_key(1001u, lsn_tagger_hash(lower, len));
}

static uint32_t
word_class(const lsn_model* model, const scratch* s)
{
  if (!model || !model->n_classes)
    return 0;
  return lsn_u32_map_slot(&model->classes,
                          lsn_features_class_key(s->lower, s->lower_len))
    ->value;
}

static uint32_t
word_flags(const lsn_model* model,
           const char*      word,
           size_t           len,
           const scratch*   s)
{
  if (!model || !model->n_words)
    return 0;
  uint32_t            flags = 0;
  const lsn_u32_slot* lo    = lsn_u32_map_slot(
    &model->words, lsn_features_word_key(s->lower, s->lower_len));
  const lsn_u32_slot* as =
    lsn_u32_map_slot(&model->words, lsn_features_word_key(word, len));
  if (lo->key && (lo->value & LSN_LEX_LOWER))
    flags |= LSN_TF_DICTLO;
  if (as->key && (as->value & LSN_LEX_CAPITAL))
    flags |= LSN_TF_DICTCP;
  if (as->key)
    flags |= (as->value >> 2) << LSN_TF_GAZ_SHIFT;
  return flags ? flags : LSN_TF_NOTLEX;
}

void
lsn_features_token(const lsn_model*        model,
                   const lsn_tagger_token* tok,
                   lsn_tok_info*           t)
{
  scratch s;
  size_t  len =
    tok->len < LSN_TAGGER_MAX_TOKEN ? tok->len : LSN_TAGGER_MAX_TOKEN;
  const char* text = tok->text;
  s.lower_len      = lsn_lower_utf8(text, len, s.lower, sizeof s.lower);
  t->flags         = analyse_chars(text, len, &s);
  if (!(t->flags & (LSN_TF_PUNCT | LSN_TF_DIGITS)))
    t->flags |= word_flags(model, text, len, &s);
  t->cls    = word_class(model, &s);
  t->word   = lsn_tagger_hash(text, len);
  t->lower  = lsn_tagger_hash(s.lower, s.lower_len);
  t->shape  = lsn_tagger_hash(s.shape, s.shape_len);
  t->sshape = lsn_tagger_hash(s.sshape, s.sshape_len);
  affixes(&s, t);
}

/* A short lower-case word that may join two capitalised ones inside a name:
 * "of", "da", "de", "an", "van", "the" (no list: any language's). */
static bool
is_connector(const lsn_tagger_token* tok, const lsn_tok_info* t)
{
  return (t->flags & LSN_TF_LOWERW) && tok->len <= 3 &&
         !(t->flags & (LSN_TF_DIGITS | LSN_TF_PUNCT | LSN_TF_HYPH));
}

/* End of the run of capitalised words starting at `i` (capitalised). */
static size_t
run_end(const lsn_tagger_token* tokens,
        const lsn_tok_info*     info,
        size_t                  n,
        size_t                  i)
{
  size_t j = i + 1;
  for (;;) {
    if (j < n && (info[j].flags & LSN_TF_CAPW))
      ++j;
    else if (j + 1 < n && is_connector(&tokens[j], &info[j]) &&
             (info[j + 1].flags & LSN_TF_CAPW))
      j += 2;
    else
      return j;
  }
}

static void
mark_run(lsn_tok_info* info, size_t n, size_t first, size_t end)
{
  size_t len = end - first;
  for (size_t k = first; k < end; ++k) {
    lsn_tok_info* t = &info[k];
    uint32_t pos    = len == 1 ? 4u : k == first ? 1u : k + 1 == end ? 3u : 2u;
    t->run_first    = info[first].lower;
    t->run_last     = info[end - 1].lower;
    t->run_head3    = info[end - 1].suffix[2];
    t->run_before   = first ? info[first - 1].lower : 11;
    t->run_after    = end < n ? info[end].lower : 22;
    t->run_shape    = pos * 8 + (uint32_t)(len < 4 ? len : 4);
  }
}

void
lsn_features_runs(const lsn_tagger_token* tokens, lsn_tok_info* info, size_t n)
{
  for (size_t i = 0; i < n;) {
    if (!(info[i].flags & LSN_TF_CAPW)) {
      info[i].run_first = info[i].run_last = info[i].run_head3 = 0;
      info[i].run_before = info[i].run_after = 0;
      info[i++].run_shape                    = 0;
      continue;
    }
    size_t end = run_end(tokens, info, n, i);
    mark_run(info, n, i, end);
    i = end;
  }
}

void
lsn_features_tokens(const lsn_model*        model,
                    const lsn_tagger_token* tokens,
                    size_t                  n,
                    lsn_tok_info*           info)
{
  for (size_t i = 0; i < n; ++i)
    lsn_features_token(model, &tokens[i], &info[i]);
  lsn_features_runs(tokens, info, n);
}

/* ------------------------------------------------------------------------ */
/* Templates                                                                */

/* Stand-ins for the neighbours of the first and last tokens. */
static const lsn_tok_info edge[2] = {
  { .word   = 11,
    .lower  = 11,
    .shape  = 11,
    .sshape = 11,
    .prefix = { 11, 11, 11, 11 },
    .suffix = { 11, 11, 11, 11 },
    .flags  = 1u << 12,
    .cls    = 11 },
  { .word   = 22,
    .lower  = 22,
    .shape  = 22,
    .sshape = 22,
    .prefix = { 22, 22, 22, 22 },
    .suffix = { 22, 22, 22, 22 },
    .flags  = 1u << 13,
    .cls    = 22 },
};

static const lsn_tok_info*
at(const lsn_tok_info* info, size_t n, size_t i, int delta)
{
  if (delta < 0 && i < (size_t)-delta)
    return &edge[0];
  if (delta > 0 && i + (size_t)delta >= n)
    return &edge[1];
  return &info[(ptrdiff_t)i + delta];
}

/* Case, punctuation and word-list bits, plus the edge markers. */
#define CASE_BITS                                                              \
  (LSN_TF_TITLE | LSN_TF_UPPER | LSN_TF_LOWERW | LSN_TF_PUNCT |                \
   LSN_TF_DICTLO | LSN_TF_DICTCP | LSN_TF_NOTLEX | (3u << 12))

static uint64_t
gaz(const lsn_tok_info* t)
{
  return (t->flags >> LSN_TF_GAZ_SHIFT) & 15u;
}

static uint64_t
position_bucket(size_t n, size_t i)
{
  return i == 0 ? 1 : i == 1 ? 2 : i + 1 == n ? 3 : 4;
}

/* Templates over the run of capitalised words holding the token. */
static size_t
run_features(const lsn_tok_info* t, uint32_t* keys)
{
  keys[0] = lsn_feature_key(38, t->run_first);
  keys[1] = lsn_feature_key(39, t->run_last);
  keys[2] = lsn_feature_key(40, t->run_head3);
  keys[3] = lsn_feature_key(41, lsn_hash_pair(t->run_before, t->run_shape));
  keys[4] = lsn_feature_key(42, t->run_after);
  keys[5] = lsn_feature_key(43, t->run_shape);
  return 6;
}

/* Template 44, for a capitalised token: each lower-case word within
 * LSN_CONTEXT_WORDS of it, wherever it stands ("club", "signed", "born",
 * "river" type a name the nearer templates do not). */
static size_t
context_features(const lsn_tok_info* info, size_t n, size_t i, uint32_t* keys)
{
  size_t k    = 0;
  size_t from = i > LSN_CONTEXT_WORDS ? i - LSN_CONTEXT_WORDS : 0;
  size_t to   = i + LSN_CONTEXT_WORDS < n ? i + LSN_CONTEXT_WORDS + 1 : n;
  if (!(info[i].flags & LSN_TF_CAPW))
    return 0;
  for (size_t j = from; j < to; ++j)
    if (j != i && (info[j].flags & LSN_TF_LOWERW))
      keys[k++] = lsn_feature_key(44, info[j].lower);
  for (size_t j = from; j < to; ++j)
    if (j != i && (info[j].flags & LSN_TF_LOWERW) && info[j].cls)
      keys[k++] = lsn_feature_key(48, info[j].cls);
  return k;
}

size_t
lsn_features_own(const lsn_tok_info* t, uint32_t* keys)
{
  size_t k  = 0;
  keys[k++] = lsn_feature_key(0, 0);
  keys[k++] = lsn_feature_key(1, t->word);
  keys[k++] = lsn_feature_key(2, t->lower);
  keys[k++] = lsn_feature_key(3, t->shape);
  keys[k++] = lsn_feature_key(4, t->sshape);
  for (uint32_t a = 0; a < 4; ++a) {
    keys[k++] = lsn_feature_key(5 + a, t->prefix[a]);
    keys[k++] = lsn_feature_key(9 + a, t->suffix[a]);
  }
  keys[k++] = lsn_feature_key(35, gaz(t));
  keys[k++] = lsn_feature_key(37, lsn_hash_pair(gaz(t), t->sshape));
  keys[k++] = lsn_feature_key(45, t->cls);
  return k;
}

size_t
lsn_features_static(const lsn_tok_info* info,
                    size_t              n,
                    size_t              i,
                    uint32_t*           keys)
{
  size_t k = lsn_features_own(&info[i], keys);
  return k + lsn_features_context(info, n, i, keys + k);
}

size_t
lsn_features_context(const lsn_tok_info* info,
                     size_t              n,
                     size_t              i,
                     uint32_t*           keys)
{
  const lsn_tok_info* t   = &info[i];
  const lsn_tok_info* p1  = at(info, n, i, -1);
  const lsn_tok_info* p2  = at(info, n, i, -2);
  const lsn_tok_info* n1  = at(info, n, i, 1);
  const lsn_tok_info* n2  = at(info, n, i, 2);
  uint64_t            pos = position_bucket(n, i);
  size_t              k   = 0;
  keys[k++]               = lsn_feature_key(13, p1->lower);
  keys[k++]               = lsn_feature_key(14, n1->lower);
  keys[k++]               = lsn_feature_key(15, p2->lower);
  keys[k++]               = lsn_feature_key(16, n2->lower);
  keys[k++]               = lsn_feature_key(
    17, lsn_hash_pair(lsn_hash_pair(p1->sshape, t->sshape), n1->sshape));
  keys[k++] = lsn_feature_key(18, lsn_hash_pair(p1->lower, t->lower));
  keys[k++] = lsn_feature_key(19, lsn_hash_pair(t->lower, n1->lower));
  keys[k++] = lsn_feature_key(20, lsn_hash_pair(t->flags & 0x1FFu, pos));
  keys[k++] = lsn_feature_key(
    21,
    lsn_hash_pair(lsn_hash_pair(p1->flags & CASE_BITS, t->flags & CASE_BITS),
                  n1->flags & CASE_BITS));
  keys[k++] = lsn_feature_key(22, lsn_hash_pair(p1->lower, t->sshape));
  keys[k++] = lsn_feature_key(23, lsn_hash_pair(t->sshape, n1->lower));
  keys[k++] = lsn_feature_key(24, lsn_hash_pair(pos, t->sshape));
  keys[k++] = lsn_feature_key(26, p2->sshape);
  keys[k++] = lsn_feature_key(27, n2->sshape);
  keys[k++] = lsn_feature_key(28, lsn_hash_pair(p2->lower, p1->lower));
  keys[k++] = lsn_feature_key(29, lsn_hash_pair(n1->lower, n2->lower));
  keys[k++] = lsn_feature_key(30, lsn_hash_pair(t->lower, pos == 1));
  keys[k++] =
    lsn_feature_key(31, lsn_hash_pair(p1->lower, t->flags & CASE_BITS));
  keys[k++] =
    lsn_feature_key(32, lsn_hash_pair(t->flags & CASE_BITS, n1->lower));
  keys[k++] = lsn_feature_key(33, p1->suffix[2]);
  keys[k++] = lsn_feature_key(34, n1->suffix[2]);
  keys[k++] =
    lsn_feature_key(36, lsn_hash_pair(lsn_hash_pair(gaz(p1), gaz(t)), gaz(n1)));
  keys[k++] = lsn_feature_key(46, p1->cls);
  keys[k++] = lsn_feature_key(47, n1->cls);
  k += run_features(t, keys + k);
  k += context_features(info, n, i, keys + k);
  return k;
}

void
lsn_features_history(const lsn_tok_info* info, size_t i, uint32_t* keys)
{
  const lsn_tok_info* t = &info[i];
  keys[0]               = lsn_feature_key(100, 0);
  keys[1]               = lsn_feature_key(102, t->lower);
  keys[2]               = lsn_feature_key(103, t->sshape);
}
