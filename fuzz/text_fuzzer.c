/* SPDX-License-Identifier: ISC */
/*
 * The text stage on arbitrary bytes: UTF-8 check, then (for text it
 * accepts) folding, NFC, tokens, sentences, language and dates.  Beyond
 * the sanitizers, checks the invariants later stages rely on: tokens in
 * bounds, in order, on character boundaries; sentences covering them.
 */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>

static lsn_fuzz_lexicons lexicons;

int
LLVMFuzzerInitialize(int* argc, char*** argv)
{
  (void)argc;
  (void)argv;
  lsn_fuzz_lexicons_load(&lexicons);
  return 0;
}

static void
fail(const char* what, size_t index)
{
  fprintf(stderr, "text_fuzzer: %s (at %zu)\n", what, index);
  abort();
}

static int
is_continuation(const lsn_text* text, uint32_t offset)
{
  return offset < text->len &&
         ((unsigned char)text->text[offset] & 0xC0) == 0x80;
}

static void
check_tokens(const lsn_text* text)
{
  uint32_t prev_end = 0;
  for (size_t i = 0; i < text->n_tokens; ++i) {
    const lsn_token* t = &text->tokens[i];
    if (t->start >= t->end || t->end > text->len || t->start < prev_end)
      fail("token out of bounds or out of order", i);
    if (is_continuation(text, t->start) || is_continuation(text, t->end))
      fail("token splits a character", i);
    if (t->key > text->keys.len)
      fail("token key out of the key buffer", i);
    prev_end = t->end;
  }
  size_t next = 0;
  for (size_t s = 0; s < text->n_sents; ++s) {
    if (text->sents[s].first != next || !text->sents[s].count)
      fail("sentences do not tile the tokens", s);
    next += text->sents[s].count;
  }
  if (next != text->n_tokens)
    fail("tokens outside every sentence", next);
}

static void
run_dates(const lsn_text* text)
{
  lsn_date_span* dates = NULL;
  size_t         n = 0, cap = 0;
  lsn_ymd        day;
  for (size_t s = 0; s < text->n_sents; ++s) {
    const lsn_sentence* sent = &text->sents[s];
    lsn_fuzz_require(lsn_dates_find(text,
                                    &lexicons.config,
                                    sent->first,
                                    sent->first + sent->count,
                                    &dates,
                                    &n,
                                    &cap),
                     "dates");
  }
  if (!lsn_dates_find_dateline(text, dates, n, &day))
    day = (lsn_ymd){ 2024, 3, 15 };
  lsn_fuzz_require(
    lsn_dates_add_weekdays(text, &lexicons.config, day, &dates, &n, &cap),
    "weekdays");
  for (size_t i = 0; i < n; ++i) {
    char buf[16];
    if (dates[i].first > dates[i].last || dates[i].last > text->n_tokens)
      fail("date span out of bounds", i);
    lsn_ymd_format(dates[i].from, buf);
    lsn_ymd_format(dates[i].to, buf);
  }
  lsn_free(dates);
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  const char* bytes = (const char*)data;
  size_t      bad;
  if (size > UINT32_MAX || lsn_utf8_check(bytes, size, &bad)) {
    if (size <= UINT32_MAX && bad >= size)
      fail("bad byte offset past the end", bad);
    return 0;
  }
  lsn_buf folded, nfc;
  lsn_buf_init(&folded, 0);
  lsn_buf_init(&nfc, 0);
  lsn_fuzz_require(lsn_fold(&folded, bytes, size), "fold");
  lsn_fuzz_require(lsn_nfc(&nfc, bytes, size), "nfc");
  if (lsn_codepoints(bytes, size) > size)
    fail("more code points than bytes", size);
  lsn_text text = { 0 };
  lsn_buf_init(&text.keys, 0);
  lsn_fuzz_require(lsn_text_analyse(&text, &lexicons.config, bytes, size),
                   "analyse");
  check_tokens(&text);
  lsn_text_detect_language(&text, &lexicons.config);
  run_dates(&text);
  lsn_text_clear(&text);
  lsn_buf_free(&folded);
  lsn_buf_free(&nfc);
  return 0;
}
