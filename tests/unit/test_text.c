/* SPDX-License-Identifier: ISC */
/* The text stage: tokens keep byte offsets, elisions, abbreviations,
 * hyphenated names, sentence boundaries, UTF-8 checks, folding. */
#include "support.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

static test_lexicon lex;

static int
setup(void** state)
{
  (void)state;
  return test_lexicon_load(&lex) ? 0 : -1;
}

static int
teardown(void** state)
{
  (void)state;
  test_lexicon_free(&lex);
  return 0;
}

static void
test_tokenise__elision_keeps_offsets(void** state)
{
  lsn_text t;
  (void)state;
  assert_int_equal(test_analyse(&t, &lex, "l\xe2\x80\x99ONU et d'UNESCO"),
                   LSN_OK);
  assert_int_equal(t.n_tokens, 5);
  assert_string_equal(test_token(&t, 0), "l\xe2\x80\x99");
  assert_int_equal(t.tokens[1].start, 4); /* 'l' + 3 bytes of U+2019 */
  assert_string_equal(test_token(&t, 1), "ONU");
  assert_true(t.tokens[0].flags & LSN_TF_ELISION);
  assert_string_equal(test_token(&t, 3), "d'");
  assert_string_equal(lsn_text_key(&t, 0), "l'"); /* folded apostrophe */
  lsn_text_clear(&t);
}

static void
test_tokenise__abbreviation_keeps_full_stop(void** state)
{
  lsn_text t;
  (void)state;
  assert_int_equal(test_analyse(&t, &lex, "M. Voronkov et Mme Diallo."),
                   LSN_OK);
  assert_string_equal(test_token(&t, 0), "M.");
  assert_true(t.tokens[0].flags & LSN_TF_ABBREV);
  assert_int_equal(t.n_sents, 1); /* "M." does not end the sentence */
  lsn_text_clear(&t);
}

static void
test_tokenise__hyphenated_and_particle_names(void** state)
{
  lsn_text t;
  (void)state;
  assert_int_equal(
    test_analyse(&t, &lex, "Haut-Commissariat, Gilles de Kerchove, ONU-UE"),
    LSN_OK);
  assert_string_equal(test_token(&t, 0), "Haut-Commissariat");
  assert_true(t.tokens[0].flags & LSN_TF_HYPHEN);
  assert_string_equal(test_token(&t, 3), "de");
  assert_true(t.tokens[3].flags & LSN_TF_LOWER);
  assert_string_equal(test_token(&t, 6), "ONU-UE");
  assert_true(t.tokens[6].flags & LSN_TF_UPPER);
  lsn_text_clear(&t);
}

static void
test_tokenise__guillemets_and_numbers(void** state)
{
  lsn_text t;
  (void)state;
  assert_int_equal(test_analyse(&t, &lex, "\xc2\xab 1,5 million \xc2\xbb"),
                   LSN_OK);
  assert_int_equal(t.n_tokens, 4);
  assert_string_equal(test_token(&t, 0), "\xc2\xab");
  assert_string_equal(test_token(&t, 1), "1,5");
  assert_true(t.tokens[1].flags & LSN_TF_DIGIT);
  lsn_text_clear(&t);
}

static void
test_sentences__split_on_stops_and_lines(void** state)
{
  lsn_text t;
  (void)state;
  assert_int_equal(
    test_analyse(&t,
                 &lex,
                 "Le Dialogue a eu lieu. La CSPPS a parl\xc3\xa9."
                 "\nPrincipaux r\xc3\xa9sultats\n1. Une "
                 "d\xc3\xa9"
                 "claration."),
    LSN_OK);
  assert_int_equal(t.n_sents, 4);
  assert_string_equal(test_token(&t, t.sents[3].first), "1");
  lsn_text_clear(&t);
}

static void
test_sentences__wrapped_line_goes_on(void** state)
{
  lsn_text t;
  (void)state;
  assert_int_equal(test_analyse(&t,
                                &lex,
                                "Le Bureau des affaires\nde "
                                "d\xc3\xa9sarmement a parl\xc3\xa9."),
                   LSN_OK);
  assert_int_equal(t.n_sents, 1);
  lsn_text_clear(&t);
}

static void
test_utf8__rejects_bad_bytes_with_offset(void** state)
{
  size_t bad = 0;
  (void)state;
  assert_int_equal(lsn_utf8_check("ab\xc3(", 4, &bad), LSN_ERR_BAD_TEXT);
  assert_int_equal(bad, 2);
  assert_int_equal(lsn_utf8_check("ab\0c", 4, &bad), LSN_ERR_BAD_TEXT);
  assert_int_equal(bad, 2);
  assert_int_equal(lsn_utf8_check("\xed\xa0\x80", 3, &bad), LSN_ERR_BAD_TEXT);
  assert_int_equal(lsn_utf8_check("caf\xc3\xa9", 5, &bad), LSN_OK);
}

static void
test_fold__case_accents_apostrophes(void** state)
{
  lsn_buf out;
  (void)state;
  lsn_buf_init(&out, 0);
  const char* mixed = "\xc3\x89tats l\xe2\x80\x99ONU";
  assert_int_equal(lsn_fold(&out, mixed, strlen(mixed)), LSN_OK);
  assert_string_equal(out.data, "etats l'onu");
  lsn_buf_clear(&out);
  /* decomposed e + combining acute folds like the composed one */
  assert_int_equal(lsn_fold(&out, "Ve\xcc\x81", 4), LSN_OK);
  assert_string_equal(out.data, "ve");
  lsn_buf_free(&out);
}

static void
test_codepoints__count(void** state)
{
  (void)state;
  assert_int_equal(lsn_codepoints("\xc3\xa9t\xc3\xa9", 5), 3);
  assert_int_equal(lsn_codepoints("\xc3\xa9t\xc3\xa9", 2), 1);
}

static void
test_language__detects_french_and_english(void** state)
{
  lsn_text t;
  (void)state;
  assert_int_equal(test_analyse(&t,
                                &lex,
                                "Le Bureau a dit que la paix est "
                                "une priorit\xc3\xa9 pour les "
                                "Nations Unies."),
                   LSN_OK);
  assert_string_equal(lsn_text_detect_language(&t, &lex.config), "fr");
  lsn_text_clear(&t);
  assert_int_equal(test_analyse(&t,
                                &lex,
                                "The Office said that peace is a "
                                "priority for the United Nations."),
                   LSN_OK);
  assert_string_equal(lsn_text_detect_language(&t, &lex.config), "en");
  lsn_text_clear(&t);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_tokenise__elision_keeps_offsets),
    cmocka_unit_test(test_tokenise__abbreviation_keeps_full_stop),
    cmocka_unit_test(test_tokenise__hyphenated_and_particle_names),
    cmocka_unit_test(test_tokenise__guillemets_and_numbers),
    cmocka_unit_test(test_sentences__split_on_stops_and_lines),
    cmocka_unit_test(test_sentences__wrapped_line_goes_on),
    cmocka_unit_test(test_utf8__rejects_bad_bytes_with_offset),
    cmocka_unit_test(test_fold__case_accents_apostrophes),
    cmocka_unit_test(test_codepoints__count),
    cmocka_unit_test(test_language__detects_french_and_english),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
