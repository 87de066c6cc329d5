/* SPDX-License-Identifier: ISC */
/* The name tagger: features, CoNLL reader, training, model file checks. */
#include "extract/tagger/tagger_int.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcntl.h>

#include <cmocka.h>

/* A tiny corpus: enough repetition for the perceptron to learn it. */
static const char corpus[] =
  "# a comment\n"
  "0\tMarie\tB-PER\n1\tCurie\tI-PER\n2\tvit\tO\n3\tà\tO\n4\tParis\tB-LOC\n"
  "5\t.\tO\n"
  "\n"
  "0\tL'\tO\n1\tONU\tB-ORG\n2\tsiège\tO\n3\tà\tO\n4\tGenève\tB-LOC\n5\t.\tO\n"
  "\r\n"
  "0\tPierre\tB-PER\n1\tvisite\tO\n2\tLyon\tB-LOC\r\n3\tet\tO\r\n"
  "4\tl'\tO\n5\tUNESCO\tB-ORG\n6\t.\tO\n";

typedef struct {
  unsigned line;
  int      count;
  char     message[256];
} diag_record;

static void
record_diag(void* handle, const lsn_diag* d)
{
  diag_record* r = handle;
  r->line        = d->line;
  r->count++;
  snprintf(r->message, sizeof r->message, "%s", d->message);
}

static lsn_model*
train_tiny(unsigned epochs)
{
  lsn_train_options opts    = LSN_TRAIN_OPTIONS_INIT;
  lsn_trainer*      trainer = NULL;
  lsn_model*        model   = NULL;
  opts.lang                 = "fr";
  opts.epochs               = epochs;
  opts.min_count            = 1;
  assert_int_equal(lsn_trainer_new(&trainer, &opts), LSN_OK);
  for (int i = 0; i < 3; ++i)
    assert_int_equal(lsn_trainer_add_conll(
                       trainer, "tiny", corpus, sizeof corpus - 1, NULL, NULL),
                     LSN_OK);
  assert_int_equal(lsn_trainer_train(trainer, &model, NULL), LSN_OK);
  lsn_trainer_free(trainer);
  return model;
}

static void
save(const lsn_model* model, char** bytes, size_t* len)
{
  assert_int_equal(lsn_model_save_memory(model, bytes, len), LSN_OK);
  assert_non_null(*bytes);
}

static void
test_tagger__free_null(void** state)
{
  (void)state;
  lsn_model_free(NULL);
  lsn_trainer_free(NULL);
  lsn_tagger_work_free(NULL);
}

static void
test_tagger__lower_case(void** state)
{
  char   out[64];
  size_t n =
    lsn_lower_utf8("ÉCOLE Œuvre Ÿ", strlen("ÉCOLE Œuvre Ÿ"), out, sizeof out);
  (void)state;
  out[n] = '\0';
  assert_string_equal(out, "école œuvre ÿ");
}

static void
test_tagger__token_features(void** state)
{
  const lsn_tagger_token toks[] = { { "Paris", 5 },
                                    { "paris", 5 },
                                    { "ONU", 3 },
                                    { "\xc2\xab", 2 },
                                    { "2015", 4 } };
  lsn_tok_info           info[5];
  uint32_t               a[LSN_STATIC_FEATURES], b[LSN_STATIC_FEATURES];
  (void)state;
  lsn_features_tokens(NULL, toks, 5, info);
  assert_true(info[0].flags & LSN_TF_TITLE);
  assert_true(info[1].flags & LSN_TF_LOWERW);
  assert_true(info[2].flags & LSN_TF_UPPER);
  assert_true(info[3].flags & LSN_TF_PUNCT);
  assert_true(info[4].flags & LSN_TF_DIGITS);
  assert_true(info[0].lower == info[1].lower);
  assert_true(info[0].word != info[1].word);
  assert_true(info[0].suffix[2] == info[1].suffix[2]); /* "ris" */
  size_t n = lsn_features_static(info, 5, 0, a);
  assert_true(n > 20 && n <= LSN_STATIC_FEATURES);
  /* "Paris" also sees "paris" beside it (template 44) */
  assert_int_equal(lsn_features_static(info, 5, 1, b) + 1, n);
  assert_true(a[0] == b[0]);  /* bias */
  assert_true(a[2] == b[2]);  /* lower case */
  assert_false(a[1] == b[1]); /* form */
  lsn_features_history(info, 0, a);
  lsn_features_history(info, 1, b);
  assert_true(a[0] == b[0]);  /* previous tag alone: one group */
  assert_true(a[1] == b[1]);  /* same lower case */
  assert_false(a[2] == b[2]); /* short shapes Xx and x */
}

/* Template 44: a capitalised token sees the lower-case words within five
 * tokens either side, wherever they stand; other tokens get none. */
static void
test_tagger__context_words(void** state)
{
  const lsn_tagger_token toks[] = { { "club", 4 },  { "of", 2 },
                                    { "the", 3 },   { "year", 4 },
                                    { ",", 1 },     { "Arsenal", 7 },
                                    { "signed", 6 } };
  lsn_tok_info           info[7];
  uint32_t               keys[LSN_STATIC_FEATURES];
  (void)state;
  lsn_features_tokens(NULL, toks, 7, info);
  size_t n    = lsn_features_static(info, 7, 5, keys);
  int    seen = 0;
  for (size_t k = 0; k < n; ++k)
    seen += keys[k] == lsn_feature_key(44, info[0].lower) ||
            keys[k] == lsn_feature_key(44, info[6].lower);
  assert_int_equal(seen, 2);
  for (size_t k = 0; k < n; ++k)
    assert_false(keys[k] == lsn_feature_key(44, info[4].lower)); /* "," */
  n = lsn_features_static(info, 7, 3, keys);
  for (size_t k = 0; k < n; ++k)
    assert_false(keys[k] == lsn_feature_key(44, info[0].lower));
}

static void
test_tagger__conll_reader(void** state)
{
  lsn_conll_reader r;
  (void)state;
  lsn_conll_init(&r, "tiny", corpus, sizeof corpus - 1, true);
  assert_int_equal(lsn_conll_next(&r), LSN_OK);
  assert_int_equal(r.n, 6);
  assert_int_equal(r.toks[0].line_no, 2);
  assert_int_equal(r.toks[0].token_len, 5);
  assert_memory_equal(r.toks[4].tag, "B-LOC", 5);
  assert_int_equal(lsn_conll_next(&r), LSN_OK);
  assert_int_equal(r.n, 6);
  assert_int_equal(lsn_conll_next(&r), LSN_OK); /* after a CRLF blank */
  assert_int_equal(r.n, 7);
  assert_int_equal(r.toks[2].tag_len, 5); /* CR dropped */
  assert_int_equal(r.toks[3].line_len, 6);
  assert_int_equal(lsn_conll_next(&r), LSN_DONE);
  lsn_conll_free(&r);
}

static void
test_tagger__conll_malformed(void** state)
{
  static const char bad[] = "0\tA\tO\n1\tB\tO\n\n0\tno tab here\n";
  diag_record       rec   = { 0, 0, "" };
  lsn_trainer*      trainer;
  (void)state;
  assert_int_equal(lsn_trainer_new(&trainer, NULL), LSN_OK);
  assert_int_equal(
    lsn_trainer_add_conll(
      trainer, "bad.conllu", bad, sizeof bad - 1, record_diag, &rec),
    LSN_ERR_BAD_DATA);
  assert_int_equal(rec.count, 1);
  assert_int_equal(rec.line, 4);
  assert_non_null(strstr(rec.message, "expected index<TAB>token<TAB>tag"));
  /* Nothing of the bad buffer is kept. */
  lsn_model* model = NULL;
  assert_int_equal(lsn_trainer_train(trainer, &model, NULL), LSN_ERR_BAD_DATA);
  assert_null(model);
  lsn_trainer_free(trainer);
}

static void
test_tagger__bad_tag(void** state)
{
  static const char bad[] = "0\tA\tO\n1\tB\tB_PER\n";
  diag_record       rec   = { 0, 0, "" };
  lsn_trainer*      trainer;
  (void)state;
  assert_int_equal(lsn_trainer_new(&trainer, NULL), LSN_OK);
  assert_int_equal(
    lsn_trainer_add_conll(trainer, "t", bad, sizeof bad - 1, record_diag, &rec),
    LSN_ERR_BAD_DATA);
  assert_int_equal(rec.line, 2);
  assert_non_null(strstr(rec.message, "B_PER"));
  lsn_trainer_free(trainer);
}

static void
test_tagger__tags_tiny_corpus(void** state)
{
  lsn_model*        model  = train_tiny(10);
  const char* const toks[] = { "Marie", "Curie", "vit", "à", "Paris", "." };
  uint16_t          tags[6];
  (void)state;
  assert_string_equal(lsn_model_lang(model), "fr");
  assert_int_equal(lsn_tagger_tag(model, toks, 6, tags), LSN_OK);
  assert_string_equal(lsn_tagger_label_name(model, tags[0]), "B-PER");
  assert_string_equal(lsn_tagger_label_name(model, tags[1]), "I-PER");
  assert_string_equal(lsn_tagger_label_name(model, tags[2]), "O");
  assert_string_equal(lsn_tagger_label_name(model, tags[4]), "B-LOC");
  size_t      len;
  const char* kind = lsn_tagger_label_kind(model, tags[1], &len);
  assert_int_equal(len, 3);
  assert_memory_equal(kind, "PER", 3);
  assert_true(lsn_tagger_label_begins(model, tags[0]));
  assert_null(lsn_tagger_label_name(model, 200));
  assert_int_equal(lsn_tagger_tag(model, toks, 0, tags), LSN_OK);
  lsn_model_free(model);
}

/* Models are trained with BIOES labels (S-X a name of one token, E-X its
 * last token) and tag in BIO: S-X reads B-X, E-X reads I-X. */
static void
test_tagger__bioes_labels(void** state)
{
  lsn_model* model = train_tiny(10);
  size_t     L     = (size_t)model->n_labels;
  int        s_loc = -1, b_per = -1, e_per = -1, i_per = -1;
  (void)state;
  assert_int_equal(L, 13); /* O and B, I, E, S of PER, LOC, ORG */
  for (size_t l = 0; l < L; ++l) {
    const char* name = model->labels[l].name;
    s_loc            = strcmp(name, "S-LOC") ? s_loc : (int)l;
    b_per            = strcmp(name, "B-PER") ? b_per : (int)l;
    e_per            = strcmp(name, "E-PER") ? e_per : (int)l;
    i_per            = strcmp(name, "I-PER") ? i_per : (int)l;
  }
  assert_true(s_loc >= 0 && b_per >= 0 && e_per >= 0 && i_per >= 0);
  assert_string_equal(lsn_tagger_label_name(model, (uint16_t)s_loc), "B-LOC");
  assert_string_equal(lsn_tagger_label_name(model, (uint16_t)e_per), "I-PER");
  assert_true(lsn_tagger_label_begins(model, (uint16_t)s_loc));
  assert_false(lsn_tagger_label_begins(model, (uint16_t)e_per));
  /* B-PER goes on with I-PER or E-PER only, and never ends a sentence. */
  for (size_t l = 0; l < L; ++l)
    assert_int_equal(model->allowed[(size_t)b_per * L + l],
                     (int)l == i_per || (int)l == e_per);
  assert_false(model->final[b_per]);
  assert_false(model->final[i_per]);
  assert_true(model->final[e_per] && model->final[s_loc]);
  assert_true(model->final[model->outside]);
  assert_false(model->allowed[L * L + (size_t)e_per]); /* not first */
  lsn_model_free(model);
}

/* Word classes (`word<TAB>CLASS`) are looked up by lower case, stored in
 * the model (CKEY, CVAL), read back, and feed templates 45-48. */
static void
test_tagger__word_classes(void** state)
{
  char                   path[] = "/tmp/lsn-test-classes-XXXXXX";
  int                    fd     = mkstemp(path);
  lsn_train_options      opts   = LSN_TRAIN_OPTIONS_INIT;
  lsn_trainer*           tr     = NULL;
  lsn_model *            a = NULL, *b = NULL;
  diag_record            rec    = { 0, 0, "" };
  static const char      text[] = "# classes\nvit\tv42\nParis\tn15\n";
  const lsn_tagger_token toks[] = {
    { "Marie", 5 }, { "vit", 3 }, { "à", 2 }, { "PARIS", 5 }
  };
  lsn_tok_info info[4];
  char*        x;
  size_t       n;
  (void)state;
  assert_true(fd >= 0);
  assert_int_equal(write(fd, text, sizeof text - 1), (ssize_t)sizeof text - 1);
  close(fd);
  opts.epochs    = 2;
  opts.min_count = 1;
  assert_int_equal(lsn_trainer_new(&tr, &opts), LSN_OK);
  assert_int_equal(
    lsn_trainer_add_conll(tr, "tiny", corpus, sizeof corpus - 1, NULL, NULL),
    LSN_OK);
  assert_int_equal(lsn_trainer_add_classes_file(tr, path, NULL, NULL), LSN_OK);
  assert_int_equal(lsn_trainer_train(tr, &a, NULL), LSN_OK);
  assert_int_equal(a->n_classes, 2);
  lsn_features_tokens(a, toks, 4, info);
  assert_int_equal(info[0].cls, 0);
  assert_int_equal(info[1].cls, (uint32_t)lsn_tagger_hash("v42", 3));
  assert_int_equal(info[3].cls, (uint32_t)lsn_tagger_hash("n15", 3));
  assert_non_null(lsn_model_row(a, lsn_feature_key(45, info[3].cls)));
  save(a, &x, &n);
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_OK);
  assert_int_equal(b->n_classes, 2);
  assert_memory_equal(b->class_values, a->class_values, 2 * sizeof(uint32_t));
  lsn_model_free(b);
  /* A zero class value is refused, checksum or not. */
  char* cval = NULL;
  for (size_t i = 16; i + 8 <= n && !cval; i += 4)
    if (!memcmp(x + i, "CVAL", 4))
      cval = x + i;
  assert_non_null(cval);
  memset(cval + 8, 0, 4);
  uint32_t crc = lsn_crc32(x, n - 12);
  for (size_t i = 0; i < 4; ++i)
    x[n - 4 + i] = (char)((crc >> (8 * i)) & 0xFF);
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  assert_null(b);
  lsn_free(x);
  /* A line without a class is refused with its line number. */
  fd = open(path, O_WRONLY | O_TRUNC);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, "vit\tv42\nParis\n", 14), 14);
  close(fd);
  assert_int_equal(lsn_trainer_add_classes_file(tr, path, record_diag, &rec),
                   LSN_ERR_BAD_DATA);
  assert_int_equal(rec.line, 2);
  remove(path);
  lsn_trainer_free(tr);
  lsn_model_free(a);
}

static void
test_tagger__deterministic(void** state)
{
  lsn_model* a = train_tiny(5);
  lsn_model* b = train_tiny(5);
  char *     x, *y;
  size_t     nx, ny;
  (void)state;
  save(a, &x, &nx);
  save(b, &y, &ny);
  assert_int_equal(nx, ny);
  assert_memory_equal(x, y, nx);
  lsn_free(x);
  lsn_free(y);
  lsn_model_free(a);
  lsn_model_free(b);
}

static void
test_tagger__round_trip(void** state)
{
  lsn_model* a = train_tiny(5);
  lsn_model* b = NULL;
  char *     x, *y;
  size_t     nx, ny;
  (void)state;
  save(a, &x, &nx);
  assert_memory_equal(x, "LSNMODEL\x03\0\0\0", 12);
  assert_int_equal(lsn_model_load_memory(&b, x, nx), LSN_OK);
  save(b, &y, &ny);
  assert_int_equal(nx, ny);
  assert_memory_equal(x, y, nx);
  assert_int_equal(lsn_tagger_label_count(a), lsn_tagger_label_count(b));
  lsn_free(x);
  lsn_free(y);
  lsn_model_free(a);
  lsn_model_free(b);
}

static void
test_tagger__truncated_refused(void** state)
{
  lsn_model* a = train_tiny(2);
  lsn_model* b = NULL;
  char*      x;
  size_t     n;
  (void)state;
  save(a, &x, &n);
  for (size_t len = 0; len < n; len += 1 + len / 64) {
    assert_int_equal(lsn_model_load_memory(&b, x, len), LSN_ERR_BAD_DATA);
    assert_null(b);
  }
  lsn_free(x);
  lsn_model_free(a);
}

static void
test_tagger__corrupt_refused(void** state)
{
  lsn_model* a = train_tiny(2);
  lsn_model* b = NULL;
  char*      x;
  size_t     n;
  (void)state;
  save(a, &x, &n);
  for (size_t at = 0; at < n; at += 1 + at / 32) {
    x[at] ^= 0x10;
    assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
    assert_null(b);
    x[at] ^= 0x10;
  }
  x[8] = 1; /* the layout before tag-history groups */
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  x[8] = 2; /* the layout before word classes */
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  x[8] = 4; /* a version we do not know */
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  x[8] = 3;
  memcpy(x, "LSNMODEX", 8);
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  assert_int_equal(lsn_model_load_memory(&b, NULL, 0), LSN_ERR_BAD_DATA);
  lsn_free(x);
  lsn_model_free(a);
}

/* Set META's feature-set number of a saved model and its checksum. */
static void
set_feature_set(char* x, size_t n, uint32_t fs)
{
  assert_memory_equal(x + 16, "META", 4);
  for (int i = 0; i < 4; ++i)
    x[24 + i] = (char)((fs >> (8 * i)) & 0xFF);
  uint32_t crc = lsn_crc32(x, n - 12);
  for (size_t i = 0; i < 4; ++i)
    x[n - 4 + i] = (char)((crc >> (8 * i)) & 0xFF);
}

/* A model of another feature set (templates, hashes) is refused even with
 * a valid checksum: its keys would silently mean other features. */
static void
test_tagger__old_feature_set_refused(void** state)
{
  lsn_model* a = train_tiny(2);
  lsn_model* b = NULL;
  char*      x;
  size_t     n;
  (void)state;
  save(a, &x, &n);
  set_feature_set(x, n, 3); /* BIO labels */
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  assert_null(b);
  set_feature_set(x, n, LSN_MODEL_FEATURE_SET);
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_OK);
  lsn_free(x);
  lsn_model_free(a);
  lsn_model_free(b);
}

/* Tag-history weights come in groups of (L + 1) x L; the transition table
 * is the group of template 100. */
static void
test_tagger__history_groups(void** state)
{
  lsn_model* model = train_tiny(10);
  (void)state;
  assert_true(model->n_hist > 0);
  const int16_t* t = lsn_model_hist_row(model, lsn_feature_key(100, 0));
  assert_non_null(t);
  size_t L = (size_t)model->n_labels;
  assert_memory_equal(t, model->trans, (L + 1) * L * sizeof *t);
  assert_null(lsn_model_hist_row(model, 12345u));
  assert_null(lsn_model_row(model, 12345u));
  assert_non_null(lsn_model_row(model, lsn_feature_key(0, 0))); /* bias */
  lsn_model_free(model);
}

/* A reused work area (its cache of analysed tokens made after 2000 tokens,
 * then warm) tags as a fresh one does. */
static void
test_tagger__work_reuse(void** state)
{
  lsn_model*             model = train_tiny(10);
  lsn_tagger_work*       work  = NULL;
  const lsn_tagger_token s1[]  = { { "Pierre", 6 }, { "visite", 6 },
                                   { "Lyon", 4 },   { "et", 2 },
                                   { "l'", 2 },     { "UNESCO", 6 } };
  const char* const      s2[]  = { "Marie", "Curie", "vit", "à", "Lyon" };
  const lsn_tagger_token t2[]  = {
     { "Marie", 5 }, { "Curie", 5 }, { "vit", 3 }, { "à", 2 }, { "Lyon", 4 }
  };
  uint16_t a[6], b[6];
  (void)state;
  assert_int_equal(lsn_tagger_work_new(&work), LSN_OK);
  for (int round = 0; round < 300; ++round) {
    assert_int_equal(lsn_tagger_tag_spans(model, work, s1, 6, a), LSN_OK);
    assert_int_equal(lsn_tagger_tag_spans(model, work, t2, 5, a), LSN_OK);
    assert_int_equal(lsn_tagger_tag(model, s2, 5, b), LSN_OK);
    assert_memory_equal(a, b, 5 * sizeof *a);
  }
  assert_string_equal(lsn_tagger_label_name(model, a[4]), "B-LOC");
  lsn_tagger_work_free(work);
  lsn_model_free(model);
}

/* The static scores of a sentence (keys in one prefetched stream, the own
 * features' scores from the work area's cache once warm) are the sums of
 * the weights of lsn_features_static's keys. */
static void
test_tagger__static_scores(void** state)
{
  lsn_model*             model = train_tiny(10);
  lsn_tagger_work*       work  = NULL;
  const lsn_tagger_token s1[] = { { "Marie", 5 }, { "Curie", 5 },  { "vit", 3 },
                                  { "à", 2 },     { "Genève", 7 }, { "et", 2 },
                                  { "l'", 2 },    { "ONU", 3 } };
  lsn_tok_info           info[8];
  uint16_t               tags[8];
  uint32_t               keys[LSN_STATIC_FEATURES];
  size_t                 L = (size_t)model->n_labels;
  (void)state;
  lsn_features_tokens(model, s1, 8, info);
  assert_int_equal(lsn_tagger_work_new(&work), LSN_OK);
  for (int round = 0; round < 300; ++round) {
    assert_int_equal(lsn_tagger_tag_spans(model, work, s1, 8, tags), LSN_OK);
    if (round != 0 && round != 299)
      continue; /* cold, then warm */
    const int64_t* stat = lsn_tagger_work_scores(work);
    for (size_t i = 0; i < 8; ++i) {
      int64_t want[LSN_MODEL_MAX_LABELS] = { 0 };
      size_t  n = lsn_features_static(info, 8, i, keys);
      for (size_t k = 0; k < n; ++k) {
        const int16_t* row = lsn_model_row(model, keys[k]);
        for (size_t l = 0; row && l < L; ++l)
          want[l] += row[l];
      }
      assert_memory_equal(stat + i * L, want, L * sizeof *want);
    }
  }
  lsn_tagger_work_free(work);
  lsn_model_free(model);
}

/* The cache of analysed tokens holds word-list flags: a work area used with
 * a model of another word list must not reuse them. */
static void
test_tagger__work_cache_word_lists(void** state)
{
  char                   path[] = "/tmp/lsn-test-words-XXXXXX";
  int                    fd     = mkstemp(path);
  lsn_train_options      opts   = LSN_TRAIN_OPTIONS_INIT;
  lsn_trainer*           tr     = NULL;
  lsn_model *            with = NULL, *without = train_tiny(2);
  lsn_tagger_work*       work = NULL;
  lsn_tagger_token       toks[2500];
  const lsn_tagger_token tok = { "Lyon", 4 };
  const lsn_tok_info*    info;
  (void)state;
  for (size_t i = 0; i < 2500; ++i)
    toks[i] = tok;
  assert_true(fd >= 0);
  assert_int_equal(write(fd, "Lyon\tLOC\n", 9), 9);
  close(fd);
  opts.epochs    = 2;
  opts.min_count = 1;
  assert_int_equal(lsn_trainer_new(&tr, &opts), LSN_OK);
  assert_int_equal(
    lsn_trainer_add_conll(tr, "tiny", corpus, sizeof corpus - 1, NULL, NULL),
    LSN_OK);
  assert_int_equal(lsn_trainer_add_words_file(tr, path, NULL, NULL), LSN_OK);
  assert_int_equal(lsn_trainer_train(tr, &with, NULL), LSN_OK);
  remove(path);
  assert_int_equal(lsn_tagger_work_new(&work), LSN_OK);
  /* enough tokens for the work area to make its cache */
  assert_int_equal(lsn_tagger_work_analyse(with, work, toks, 2500, &info),
                   LSN_OK);
  assert_int_equal((info[2499].flags >> LSN_TF_GAZ_SHIFT) & 15u,
                   LSN_LEX_LOC >> 2);
  for (int round = 0; round < 2; ++round) {
    assert_int_equal(lsn_tagger_work_analyse(with, work, &tok, 1, &info),
                     LSN_OK);
    assert_int_equal((info->flags >> LSN_TF_GAZ_SHIFT) & 15u, LSN_LEX_LOC >> 2);
    assert_int_equal(lsn_tagger_work_analyse(without, work, &tok, 1, &info),
                     LSN_OK);
    assert_int_equal((info->flags >> LSN_TF_GAZ_SHIFT) & 15u, 0);
  }
  lsn_tagger_work_free(work);
  lsn_trainer_free(tr);
  lsn_model_free(with);
  lsn_model_free(without);
}

static void
test_tagger__tag_conll(void** state)
{
  static const char in[] =
    "# doc\n0\tMarie\n1\tCurie\r\n\n\n0\tvit\tO\n1\tà\tO\n2\tParis\tB-LOC\n"
    "3\t.\tO\n";
  lsn_model* model = train_tiny(10);
  char*      out   = NULL;
  size_t     len   = 0;
  FILE*      f     = open_memstream(&out, &len);
  (void)state;
  assert_int_equal(lsn_tag_conll(model, f, "in", in, sizeof in - 1, NULL, NULL),
                   LSN_OK);
  fclose(f);
  assert_string_equal(out,
                      "# doc\n0\tMarie\tB-PER\n1\tCurie\tI-PER\n\n\n"
                      "0\tvit\tO\tO\n1\tà\tO\tO\n"
                      "2\tParis\tB-LOC\tB-LOC\n3\t.\tO\tO\n");
  free(out);
  lsn_model_free(model);
}

static void
test_tagger__tag_conll_malformed(void** state)
{
  static const char in[]  = "0\tMarie\n1\n";
  lsn_model*        model = train_tiny(2);
  diag_record       rec   = { 0, 0, "" };
  FILE*             f     = tmpfile();
  (void)state;
  assert_int_equal(
    lsn_tag_conll(model, f, "in", in, sizeof in - 1, record_diag, &rec),
    LSN_ERR_BAD_DATA);
  assert_int_equal(rec.line, 2);
  fclose(f);
  lsn_model_free(model);
}

static void
test_tagger__missing_file(void** state)
{
  lsn_model* model = NULL;
  (void)state;
  assert_int_equal(lsn_model_load_file(&model, "/nonexistent/model.lsnm"),
                   LSN_ERR_IO);
  assert_null(model);
  assert_int_equal(lsn_model_load_lang(&model, NULL, "../x"), LSN_ERR_BAD_ARG);
}

static void
test_tagger__shipped_model(void** state)
{
  lsn_model*        model  = NULL;
  const char* const toks[] = { "Emmanuel", "Macron", "est", "à",  "Genève",
                               "au",       "siège",  "de",  "l'", "ONU" };
  uint16_t          tags[10];
  (void)state;
  const char* dir = getenv("LIAISON_DATA");
  if (!dir || lsn_model_load_lang(&model, dir, "fr") == LSN_ERR_IO)
    skip();
  assert_non_null(model);
  assert_int_equal(lsn_tagger_tag(model, toks, 10, tags), LSN_OK);
  assert_string_equal(lsn_tagger_label_name(model, tags[0]), "B-PER");
  assert_string_equal(lsn_tagger_label_name(model, tags[1]), "I-PER");
  assert_string_equal(lsn_tagger_label_name(model, tags[4]), "B-LOC");
  assert_string_equal(lsn_tagger_label_name(model, tags[9]), "B-ORG");
  lsn_model_free(model);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_tagger__free_null),
    cmocka_unit_test(test_tagger__lower_case),
    cmocka_unit_test(test_tagger__token_features),
    cmocka_unit_test(test_tagger__context_words),
    cmocka_unit_test(test_tagger__old_feature_set_refused),
    cmocka_unit_test(test_tagger__history_groups),
    cmocka_unit_test(test_tagger__work_reuse),
    cmocka_unit_test(test_tagger__static_scores),
    cmocka_unit_test(test_tagger__work_cache_word_lists),
    cmocka_unit_test(test_tagger__conll_reader),
    cmocka_unit_test(test_tagger__conll_malformed),
    cmocka_unit_test(test_tagger__bad_tag),
    cmocka_unit_test(test_tagger__tags_tiny_corpus),
    cmocka_unit_test(test_tagger__bioes_labels),
    cmocka_unit_test(test_tagger__word_classes),
    cmocka_unit_test(test_tagger__deterministic),
    cmocka_unit_test(test_tagger__round_trip),
    cmocka_unit_test(test_tagger__truncated_refused),
    cmocka_unit_test(test_tagger__corrupt_refused),
    cmocka_unit_test(test_tagger__tag_conll),
    cmocka_unit_test(test_tagger__tag_conll_malformed),
    cmocka_unit_test(test_tagger__missing_file),
    cmocka_unit_test(test_tagger__shipped_model),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
