/* SPDX-License-Identifier: ISC */
/* The name tagger: features, CoNLL reader, training, model file checks. */
#include "extract/tagger/tagger_int.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
  assert_int_equal(lsn_features_static(info, 5, 1, b), n);
  assert_true(a[0] == b[0]);  /* bias */
  assert_true(a[2] == b[2]);  /* lower case */
  assert_false(a[1] == b[1]); /* form */
  lsn_features_dynamic(info, 1, 1, a);
  lsn_features_dynamic(info, 1, 2, b);
  assert_false(a[0] == b[0]);
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
  assert_memory_equal(x, "LSNMODEL\x01\0\0\0", 12);
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
  x[8] = 2; /* a version we do not know */
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  x[8] = 1;
  memcpy(x, "LSNMODEX", 8);
  assert_int_equal(lsn_model_load_memory(&b, x, n), LSN_ERR_BAD_DATA);
  assert_int_equal(lsn_model_load_memory(&b, NULL, 0), LSN_ERR_BAD_DATA);
  lsn_free(x);
  lsn_model_free(a);
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
    cmocka_unit_test(test_tagger__conll_reader),
    cmocka_unit_test(test_tagger__conll_malformed),
    cmocka_unit_test(test_tagger__bad_tag),
    cmocka_unit_test(test_tagger__tags_tiny_corpus),
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
