/* SPDX-License-Identifier: ISC */
/* Dates in running text, French and English, single days and ranges. */
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

/* The first date in `str`, formatted "from/to", or "none". */
static const char*
first_date(const char* str)
{
  static char    out[40];
  lsn_text       t;
  lsn_date_span* spans = NULL;
  size_t         n = 0, cap = 0;
  char           from[16], to[16];
  test_analyse(&t, &lex, str);
  lsn_dates_find(&t, &lex.config, 0, (uint32_t)t.n_tokens, &spans, &n, &cap);
  if (!n)
    snprintf(out, sizeof out, "none");
  else if (!lsn_ymd_format(spans[0].from, from) ||
           !lsn_ymd_format(spans[0].to, to))
    snprintf(out,
             sizeof out,
             "partial %u-%02u-%02u",
             spans[0].from.year,
             spans[0].from.month,
             spans[0].from.day);
  else
    snprintf(out, sizeof out, "%s/%s", from, to);
  lsn_free(spans);
  lsn_text_clear(&t);
  return out;
}

static void
test_date__french_day(void** state)
{
  (void)state;
  assert_string_equal(first_date("le 2 juillet 2022, un accident"),
                      "2022-07-02/2022-07-02");
  assert_string_equal(first_date("le 1er f\xc3\xa9vrier 2024"),
                      "2024-02-01/2024-02-01");
}

static void
test_date__french_ranges(void** state)
{
  (void)state;
  assert_string_equal(first_date("du 28 au 29 juin 2019 a \xc3\xa9t\xc3\xa9"),
                      "2019-06-28/2019-06-29");
  assert_string_equal(first_date("(28-29 juin 2018)"), "2018-06-28/2018-06-29");
  assert_string_equal(first_date("du 30 juin au 2 juillet 2019"),
                      "2019-06-30/2019-07-02");
}

static void
test_date__english_forms(void** state)
{
  (void)state;
  assert_string_equal(first_date("on 12-13 May 2021 in"),
                      "2021-05-12/2021-05-13");
  assert_string_equal(first_date("from 3 to 5 October 2022"),
                      "2022-10-03/2022-10-05");
  assert_string_equal(first_date("on May 12, 2021,"), "2021-05-12/2021-05-12");
  assert_string_equal(first_date("dated 2018-06-28."), "2018-06-28/2018-06-28");
}

static void
test_date__no_date_and_invalid(void** state)
{
  (void)state;
  assert_string_equal(first_date("22 entit\xc3\xa9s du Pacte"), "none");
  assert_string_equal(first_date("le 31 juin 2019"), "none");
  assert_string_equal(first_date("le 29 f\xc3\xa9vrier 2024"),
                      "2024-02-29/2024-02-29");
  assert_string_equal(first_date("le 12 mars"), "partial 0-03-12");
}

static void
test_date__weekday_arithmetic(void** state)
{
  (void)state;
  lsn_ymd d = { 2021, 5, 14 }; /* a Friday */
  assert_int_equal(lsn_ymd_weekday(d), 5);
  lsn_ymd back = lsn_ymd_add_days(d, -2);
  assert_int_equal(back.day, 12);
  lsn_ymd leap = lsn_ymd_add_days((lsn_ymd){ 2024, 3, 1 }, -1);
  assert_int_equal(leap.month, 2);
  assert_int_equal(leap.day, 29);
  lsn_ymd parsed;
  assert_true(lsn_ymd_parse("2023-02-07", &parsed));
  assert_false(lsn_ymd_parse("2023-02-30", &parsed));
  assert_false(lsn_ymd_parse("7 Feb 2023", &parsed));
}

/* The date line gives the document's date; "mardi" is the Tuesday before
 * it, and is not itself taken for the date line. */
static void
test_date__dateline_and_weekday(void** state)
{
  lsn_text       t;
  lsn_date_span* spans = NULL;
  size_t         n = 0, cap = 0;
  lsn_ymd        doc;
  char           iso[16];
  (void)state;
  test_analyse(&t,
               &lex,
               "Bruxelles, le 9 f\xc3\xa9vrier 2023\nL'accord a "
               "\xc3\xa9t\xc3\xa9 sign\xc3\xa9 mardi.");
  lsn_dates_find(&t, &lex.config, 0, (uint32_t)t.n_tokens, &spans, &n, &cap);
  assert_int_equal(n, 1);
  assert_true(lsn_dates_find_dateline(&t, spans, n, &doc));
  assert_true(spans[0].dateline);
  assert_int_equal(
    lsn_dates_add_weekdays(&t, &lex.config, doc, &spans, &n, &cap), LSN_OK);
  assert_int_equal(n, 2);
  assert_true(lsn_ymd_format(spans[1].from, iso));
  assert_string_equal(iso, "2023-02-07");
  lsn_free(spans);
  lsn_text_clear(&t);
}

/* A weekday next to a date is part of that date, not a day of its own;
 * one on its own is. */
static void
test_date__weekday_beside_a_date(void** state)
{
  lsn_text       t;
  lsn_date_span* spans = NULL;
  size_t         n = 0, cap = 0, found;
  lsn_ymd        doc;
  char           iso[16];
  (void)state;
  test_analyse(&t,
               &lex,
               "Bruxelles, le 9 f\xc3\xa9vrier 2023\nSign\xc3\xa9 mardi 7 "
               "f\xc3\xa9vrier 2023, publi\xc3\xa9 jeudi.");
  lsn_dates_find(&t, &lex.config, 0, (uint32_t)t.n_tokens, &spans, &n, &cap);
  found = n;
  assert_int_equal(found, 2);
  assert_true(lsn_dates_find_dateline(&t, spans, n, &doc));
  assert_int_equal(
    lsn_dates_add_weekdays(&t, &lex.config, doc, &spans, &n, &cap), LSN_OK);
  assert_int_equal(n, found + 1); /* "jeudi", not "mardi" */
  assert_string_equal(lsn_text_key(&t, spans[found].first), "jeudi");
  assert_true(lsn_ymd_format(spans[found].from, iso));
  assert_string_equal(iso, "2023-02-09");
  lsn_free(spans);
  lsn_text_clear(&t);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_date__french_day),
    cmocka_unit_test(test_date__french_ranges),
    cmocka_unit_test(test_date__english_forms),
    cmocka_unit_test(test_date__no_date_and_invalid),
    cmocka_unit_test(test_date__weekday_arithmetic),
    cmocka_unit_test(test_date__dateline_and_weekday),
    cmocka_unit_test(test_date__weekday_beside_a_date),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
