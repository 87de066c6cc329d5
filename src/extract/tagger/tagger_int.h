/* SPDX-License-Identifier: ISC */
/*
 * Private to src/extract/tagger/: the model in memory, hashed features, the
 * CoNLL reader and the scorer shared by training and tagging.
 *
 * Features are 32-bit keys: a template number mixed with 64-bit FNV-1a hashes
 * of strings (token, lower case, shape, affixes).  The hash functions are part
 * of the model format: changing one means a new LSN_MODEL_FEATURE_SET.
 */
#ifndef LSN_TAGGER_INT_H
#define LSN_TAGGER_INT_H

#include "extract/tagger.h"
#include "util/util.h"

#include <stdbool.h>
#include <stdint.h>

#define LSN_MODEL_VERSION 3u     /* file layout */
#define LSN_MODEL_FEATURE_SET 4u /* templates, hashes, labels, decoder */
#define LSN_MODEL_MAX_LABELS 64u
#define LSN_MODEL_MAX_LABEL_LEN 32u
#define LSN_TAGGER_MAX_SENTENCE 100000u /* tokens per sentence */

/* Open addressing set/map of nonzero 32-bit keys ------------------------- */

typedef struct {
  uint32_t key; /* 0: empty */
  uint32_t value;
} lsn_u32_slot;

typedef struct {
  lsn_u32_slot* slots;
  size_t        mask; /* capacity - 1, capacity a power of two */
  size_t        count;
} lsn_u32_map;

lsn_status
lsn_u32_map_init(lsn_u32_map* map, size_t expected);
void
lsn_u32_map_clear(lsn_u32_map* map);
/* Slot holding `key`, or the empty slot where it would go. */
static inline lsn_u32_slot*
lsn_u32_map_slot(const lsn_u32_map* map, uint32_t key)
{
  size_t i = (key * 2654435761u) & map->mask;
  while (map->slots[i].key && map->slots[i].key != key)
    i = (i + 1) & map->mask;
  return &map->slots[i];
}
/* Insert `key` -> `value` (replacing), growing at 50% load. */
lsn_status
lsn_u32_map_put(lsn_u32_map* map, uint32_t key, uint32_t value);

/* Hashing ----------------------------------------------------------------- */

uint64_t
lsn_tagger_hash(const char* bytes, size_t len);
/* Combine a template number and a value hash into a nonzero feature key. */
static inline uint32_t
lsn_feature_key(uint32_t tmpl, uint64_t value)
{
  uint64_t h = value ^ ((uint64_t)tmpl * 0x9E3779B97F4A7C15ULL);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return (uint32_t)h ? (uint32_t)h : 1u;
}
static inline uint64_t
lsn_hash_pair(uint64_t a, uint64_t b)
{
  return a * 0x100000001B3ULL ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6));
}
uint32_t
lsn_crc32(const void* bytes, size_t len);

/* Labels ------------------------------------------------------------------ */

/* Labels are O and, for each kind X, B-X and I-X, and in a model of
 * feature set 4 also E-X (last token of a name) and S-X (a name of one
 * token): BIOES inside, BIO outside (lsn_label.bio). */
typedef struct {
  char    name[LSN_MODEL_MAX_LABEL_LEN + 1];
  char    bio[LSN_MODEL_MAX_LABEL_LEN + 1]; /* name in BIO: S-X B-X, E-X I-X */
  char    part;                             /* 'O', 'B', 'I', 'E' or 'S' */
  uint8_t begins;                           /* B-X or S-X: starts a name */
  uint8_t inside;                           /* I-X or E-X: goes on with one */
  uint8_t kindlen;                          /* bytes of X in name + 2 */
} lsn_label;

/* Parse "O", "B-X", "I-X", "E-X" or "S-X" into `label`; LSN_ERR_BAD_DATA
 * otherwise. */
lsn_status
lsn_label_parse(lsn_label* label, const char* name, size_t len);
/* Fill `allowed` [prev * n + cur]: can `cur` follow `prev` (prev n = start)?
 * and `final` [cur]: may a sentence end with `cur`?  I-X and E-X only after
 * B-X or I-X; with E or S labels among `labels` (BIOES), B-X and I-X only
 * before I-X or E-X, and never last. */
void
lsn_labels_transitions(const lsn_label* labels,
                       size_t           n,
                       uint8_t*         allowed,
                       uint8_t*         final);

/* The model ------------------------------------------------------------- */

/* Word-list flags stored in the LEXI chunk (see features.c). */
enum {
  LSN_LEX_LOWER   = 1u,  /* a lower-case word of the list */
  LSN_LEX_CAPITAL = 2u,  /* a capitalised word of the list */
  LSN_LEX_PER     = 4u,  /* a gazetteer token: a person's name */
  LSN_LEX_LOC     = 8u,  /* ... a place */
  LSN_LEX_ORG     = 16u, /* ... an organisation or group */
  LSN_LEX_MISC    = 32u, /* ... another proper name */
  LSN_LEX_ALL     = 63u
};

struct lsn_model {
  char      lang[8];
  uint32_t  n_labels;
  lsn_label labels[LSN_MODEL_MAX_LABELS];
  uint8_t   allowed[(LSN_MODEL_MAX_LABELS + 1) * LSN_MODEL_MAX_LABELS];
  uint8_t   final[LSN_MODEL_MAX_LABELS]; /* may end a sentence */
  /* The labels allowed after each previous label (L: sentence start), in
   * increasing order: with BIOES a third of the (L + 1) x L pairs, and
   * Viterbi and the history scores visit only these. */
  uint8_t   succ[(LSN_MODEL_MAX_LABELS + 1) * LSN_MODEL_MAX_LABELS];
  uint8_t   n_succ[LSN_MODEL_MAX_LABELS + 1];
  uint16_t  outside;
  uint32_t  n_features;
  uint32_t* keys;    /* [n_features], strictly increasing */
  int16_t*  weights; /* [n_features][n_labels] */
  /* The features again as an open-addressing table (50% load) whose slots
   * hold the key and its weights side by side: one cache line per lookup
   * instead of one for the key and one for the row. */
  unsigned char* table;
  size_t         table_mask; /* slots - 1, slots a power of two */
  size_t         stride;     /* bytes per slot: 4 + 2 n_labels, rounded to 4 */
  /* Tag-history groups: a key per template and token value (template 100
   * has one, for "any token"), each with (L + 1) x L weights, [previous
   * label (L: sentence start)][label], so that one lookup per token serves
   * every previous label. */
  uint32_t    n_hist;
  uint32_t*   hist_keys;    /* [n_hist], strictly increasing */
  int16_t*    hist_weights; /* [n_hist][n_labels + 1][n_labels] */
  lsn_u32_map hist_index;   /* key -> group */
  uint32_t    n_words;
  uint32_t*   word_keys;  /* [n_words], strictly increasing */
  uint8_t*    word_flags; /* [n_words] */
  lsn_u32_map words;      /* key -> flags */
  /* Word classes by lower case (lsn_features_class_key): hashes of the
   * class names, nonzero. */
  uint32_t    n_classes;
  uint32_t*   class_keys;   /* [n_classes], strictly increasing */
  uint32_t*   class_values; /* [n_classes], nonzero */
  lsn_u32_map classes;      /* key -> value */
  /* Unique to this model in the process: work areas cache token analyses
   * and scores made with one model (lsn_tagger_work_analyse). */
  uint64_t stamp;
  /* Weights of template 100 (previous tag alone), copied at load. */
  int16_t trans[(LSN_MODEL_MAX_LABELS + 1) * LSN_MODEL_MAX_LABELS];
};

lsn_status
lsn_model_alloc(lsn_model** out);
/* Weights of tag-history group `key` ((L + 1) x L), or NULL when absent. */
static inline const int16_t*
lsn_model_hist_row(const lsn_model* model, uint32_t key)
{
  const lsn_u32_slot* slot = lsn_u32_map_slot(&model->hist_index, key);
  if (!slot->key)
    return NULL;
  return model->hist_weights +
         (size_t)slot->value * (model->n_labels + 1) * model->n_labels;
}

/* Ask the processor to fetch the slot where `key` would be: the lookups of
 * a token are then made while the next token's keys are being fetched. */
static inline void
lsn_model_prefetch(const lsn_model* model, uint32_t key)
{
#if defined(__GNUC__)
  size_t i = (key * 2654435761u) & model->table_mask;
  __builtin_prefetch(model->table + i * model->stride);
#else
  (void)model;
  (void)key;
#endif
}

/* Weights of feature `key` (n_labels of them), or NULL when absent. */
static inline const int16_t*
lsn_model_row(const lsn_model* model, uint32_t key)
{
  size_t i = (key * 2654435761u) & model->table_mask;
  for (;;) {
    const unsigned char* slot = model->table + i * model->stride;
    uint32_t             k    = *(const uint32_t*)(const void*)slot;
    if (k == key)
      return (const int16_t*)(const void*)(slot + 4);
    if (!k)
      return NULL;
    i = (i + 1) & model->table_mask;
  }
}
/* Build `table`, `hist_index`, `words`, `stamp`, `allowed`, `final` and
 * `trans`
 * once the arrays are filled (again after any change to them). */
lsn_status
lsn_model_finish(lsn_model* model);

/* Features ---------------------------------------------------------------- */

/* What the templates need from one token, computed once per sentence. */
typedef struct {
  uint64_t word;   /* as written */
  uint64_t lower;  /* lower case */
  uint64_t shape;  /* Xxxx-dd, runs cut at 4 */
  uint64_t sshape; /* Xx-d, runs collapsed */
  uint64_t prefix[4];
  uint64_t suffix[4];
  uint32_t flags; /* LSN_TF_* below */
  uint32_t cls;   /* class of the lower case, 0 when none */
  /* The run of capitalised words (joined by short lower-case connectors
   * such as "of", "da") holding this token, zero outside one: the run's
   * last word is often its head ("... Railway Company", "... Bowl"), which
   * types names never seen whole; see lsn_features_runs. */
  uint64_t run_first;  /* lower case of the run's first word */
  uint64_t run_last;   /* ... of its last word */
  uint64_t run_head3;  /* 3-letter suffix of its last word */
  uint64_t run_before; /* lower case of the token before the run */
  uint64_t run_after;  /* ... and after it */
  uint32_t run_shape;  /* position in the run (1 first .. 4 single) and
                          length (1..4) */
} lsn_tok_info;

enum {
  LSN_TF_TITLE  = 1u << 0, /* upper then lower: Paris */
  LSN_TF_UPPER  = 1u << 1, /* all letters upper, 2+: ONU */
  LSN_TF_LOWERW = 1u << 2, /* starts lower case */
  LSN_TF_DIGITS = 1u << 3, /* has a digit */
  LSN_TF_PUNCT  = 1u << 4, /* no letter or digit */
  LSN_TF_HYPH   = 1u << 5, /* inner hyphen */
  LSN_TF_DICTLO = 1u << 6, /* lower case form in the word list */
  LSN_TF_DICTCP = 1u << 7, /* capitalised form in the word list */
  LSN_TF_NOTLEX = 1u << 8, /* word list present and form absent */
  LSN_TF_CAPW   = 1u << 9, /* starts with a capital: Paris, ONU, F. */
  /* 1u << 12 and 1u << 13 mark the stand-ins before and after a sentence */
  LSN_TF_GAZ_SHIFT = 14, /* LSN_LEX_PER.. LSN_LEX_MISC >> 2, 4 bits */
};

#define LSN_CONTEXT_WORDS 5u    /* template 44: words either side */
#define LSN_STATIC_FEATURES 72u /* most static keys per token: 48 + 20 */
#define LSN_OWN_FEATURES 16u    /* ... of them from the token alone */
#define LSN_HISTORY_GROUPS 3u   /* tag-history groups per token */

/* Analyse tokens [0, n) into `info` (n items): lsn_features_token for
 * each, then lsn_features_runs. */
void
lsn_features_tokens(const lsn_model*        model,
                    const lsn_tagger_token* tokens,
                    size_t                  n,
                    lsn_tok_info*           info);
/* What depends on the token alone: every field but run_*. */
void
lsn_features_token(const lsn_model*        model,
                   const lsn_tagger_token* tok,
                   lsn_tok_info*           t);
/* The run_* fields of `info` (n tokens analysed by lsn_features_token). */
void
lsn_features_runs(const lsn_tagger_token* tokens, lsn_tok_info* info, size_t n);
/* Static keys of token `i`: up to LSN_STATIC_FEATURES into `keys`; returns
 * how many.  They are lsn_features_own's followed by lsn_features_context's. */
size_t
lsn_features_static(const lsn_tok_info* info,
                    size_t              n,
                    size_t              i,
                    uint32_t*           keys);
/* The static keys that depend on the token alone (LSN_OWN_FEATURES of
 * them): a work area caches their scores per word. */
size_t
lsn_features_own(const lsn_tok_info* t, uint32_t* keys);
/* The other static keys of token `i` (neighbours, position, runs). */
size_t
lsn_features_context(const lsn_tok_info* info,
                     size_t              n,
                     size_t              i,
                     uint32_t*           keys);
/* Keys of the tag-history groups of token `i` (LSN_HISTORY_GROUPS): the
 * previous tag alone (template 100, the same for every token, cached in
 * lsn_model.trans), with the lower case (102), with the short shape (103). */
void
lsn_features_history(const lsn_tok_info* info, size_t i, uint32_t* keys);
/* Key of a word in the model's word list (WKEY chunk). */
uint32_t
lsn_features_word_key(const char* bytes, size_t len);
/* Key of a lower-case word in the model's classes (CKEY chunk). */
uint32_t
lsn_features_class_key(const char* lower, size_t len);

/* Decoding ---------------------------------------------------------------- */

/* Set `scores` [(n_labels + 1) x n_labels] to the tag-history scores of
 * token `i`: [previous label (n_labels: sentence start)][label]. */
typedef void (*lsn_history_func)(const void* ctx, size_t i, int64_t* scores);

/* One sentence for lsn_viterbi: static scores and the work rows. */
typedef struct {
  const lsn_model* model;
  const int64_t*   stat; /* [n][n_labels] scores of the static features */
  size_t           n;
  lsn_history_func history;
  const void*      ctx;
  int64_t*         delta; /* [2][n_labels] scratch */
  int64_t*         hist;  /* [n_labels + 1][n_labels] scratch */
  uint8_t*         back;  /* [n][n_labels] scratch */
} lsn_viterbi_in;

/* Best allowed label sequence into `tags` (n): first-order Viterbi, ties
 * going to the lower label and then the lower previous label, so training
 * and tagging agree bit for bit. */
void
lsn_viterbi(const lsn_viterbi_in* in, uint16_t* tags);

/* lsn_features_tokens into the work area's buffer (*info_out, n items,
 * valid until the next call), through its cache of analysed tokens. */
lsn_status
lsn_tagger_work_analyse(const lsn_model*        model,
                        lsn_tagger_work*        work,
                        const lsn_tagger_token* tokens,
                        size_t                  n,
                        const lsn_tok_info**    info_out);

/* Static scores [n][n_labels] of the last sentence tagged with `work`. */
const int64_t*
lsn_tagger_work_scores(const lsn_tagger_work* work);

/* Lower-case `len` bytes into `out` (capacity `cap`); returns bytes written.
 * ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals. */
size_t
lsn_lower_utf8(const char* bytes, size_t len, char* out, size_t cap);

/* CoNLL reader ------------------------------------------------------------ */

typedef struct {
  const char* line; /* whole line without CR/LF */
  size_t      line_len;
  const char* token;
  size_t      token_len;
  const char* tag; /* third column, NULL when absent */
  size_t      tag_len;
  unsigned    line_no;
} lsn_conll_tok;

typedef struct {
  const char*    path;
  const char*    bytes;
  size_t         len;
  size_t         pos;
  unsigned       line_no;
  bool           need_tag;
  lsn_conll_tok* toks;
  size_t         n;
  size_t         cap;
  /* Bytes [skip_start, skip_end) of blank and comment lines read before the
   * sentence (or before the end), passed through when tagging. */
  size_t        skip_start;
  size_t        skip_end;
  lsn_diag_func diag;
  void*         diag_handle;
} lsn_conll_reader;

void
lsn_conll_init(lsn_conll_reader* reader,
               const char*       path,
               const char*       bytes,
               size_t            len,
               bool              need_tag);
/* Next sentence into reader->toks: LSN_OK, LSN_DONE at the end (then n may
 * still be 0), LSN_ERR_BAD_DATA with a diagnostic. */
lsn_status
lsn_conll_next(lsn_conll_reader* reader);
void
lsn_conll_free(lsn_conll_reader* reader);

/* Read all of `path` ("-": standard input) into a fresh NUL-terminated
 * buffer (lsn_free). */
lsn_status
lsn_tagger_read_input(const char* path, char** out, size_t* len);

/* Report a diagnostic to `diag` or stderr. */
void
lsn_tagger_report(lsn_diag_func diag,
                  void*         handle,
                  lsn_status    st,
                  const char*   path,
                  unsigned      line,
                  const char*   fmt,
                  ...) __attribute__((format(printf, 6, 7)));

#endif
