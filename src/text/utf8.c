/* SPDX-License-Identifier: ISC */
/* UTF-8 validation and the two normal forms liaison uses: NFC for labels,
 * and a folded key (NFKC + case fold + no marks) for every comparison. */
#include "text/text.h"

#include <string.h>
#include <utf8proc.h>

lsn_status
lsn_utf8_check(const char* bytes, size_t len, size_t* bad_offset)
{
  const utf8proc_uint8_t* p = (const utf8proc_uint8_t*)bytes;
  size_t                  i = 0;
  while (i < len) {
    if (p[i] == 0) {
      *bad_offset = i;
      return LSN_ERR_BAD_TEXT;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(
      p + i, (utf8proc_ssize_t)(len - i < 4 ? len - i : 4), &cp);
    if (n < 0) {
      *bad_offset = i;
      return LSN_ERR_BAD_TEXT;
    }
    i += (size_t)n;
  }
  return LSN_OK;
}

const char*
lsn_text_check_chars(const char* bytes, size_t len, size_t* bad_offset)
{
  const unsigned char* p = (const unsigned char*)bytes;
  for (size_t i = 0; i < len; ++i) {
    if (p[i] == '\r' && (i + 1 == len || p[i + 1] != '\n')) {
      *bad_offset = i;
      return "carriage return without line feed (old Mac line endings: "
             "convert them to line feeds first)";
    }
    /* U+FDD0..U+FDEF: EF B7 90..AF; U+xFFFE/U+xFFFF: ... BF BE / BF BF */
    if (p[i] == 0xEF && i + 2 < len &&
        ((p[i + 1] == 0xB7 && p[i + 2] >= 0x90 && p[i + 2] <= 0xAF) ||
         (p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF)))) {
      *bad_offset = i;
      return "Unicode noncharacter in text (not for interchange)";
    }
    if (p[i] >= 0xF0 && i + 3 < len && (p[i + 1] & 0x0F) == 0x0F &&
        p[i + 2] == 0xBF && (p[i + 3] == 0xBE || p[i + 3] == 0xBF)) {
      *bad_offset = i;
      return "Unicode noncharacter in text (not for interchange)";
    }
  }
  return NULL;
}

static bool
is_ascii(const char* str, size_t len)
{
  for (size_t i = 0; i < len; ++i)
    if ((unsigned char)str[i] >= 0x80)
      return false;
  return true;
}

/* Apostrophe-like code points that French typography uses for elision. */
static bool
is_apostrophe(utf8proc_int32_t cp)
{
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

static lsn_status
map_into(lsn_buf* out, const char* str, size_t len, utf8proc_option_t opts)
{
  utf8proc_uint8_t* mapped = NULL;
  utf8proc_ssize_t  n      = utf8proc_map(
    (const utf8proc_uint8_t*)str, (utf8proc_ssize_t)len, &mapped, opts);
  if (n < 0)
    return n == UTF8PROC_ERROR_NOMEM ? LSN_ERR_NOMEM : LSN_ERR_BAD_TEXT;
  lsn_status st = lsn_buf_add(out, (const char*)mapped, (size_t)n);
  free(mapped); /* utf8proc allocates with malloc */
  return st;
}

lsn_status
lsn_fold(lsn_buf* out, const char* str, size_t len)
{
  if (is_ascii(str, len)) { /* the common case, without allocation */
    for (size_t i = 0; i < len; ++i) {
      char c = str[i];
      if (c >= 'A' && c <= 'Z')
        c = (char)(c - 'A' + 'a');
      lsn_status st = lsn_buf_addc(out, c);
      if (st)
        return st;
    }
    return LSN_OK;
  }
  size_t mark = out->len;
  /* Accents are dropped, except in words of one or two letters: French
   * tells "à" from "a" (has), "où" from "ou", "là" from "la" by them. */
  utf8proc_option_t strip =
    lsn_codepoints(str, len) <= 2 ? 0 : UTF8PROC_STRIPMARK;
  lsn_status st = map_into(out,
                           str,
                           len,
                           UTF8PROC_STABLE | UTF8PROC_COMPAT |
                             UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | strip);
  if (st)
    return st;
  /* Plain apostrophes and hyphens, so that l'ONU and l’ONU fold alike. */
  lsn_buf tmp;
  lsn_buf_init(&tmp, 0);
  const utf8proc_uint8_t* p = (const utf8proc_uint8_t*)out->data + mark;
  size_t                  n = out->len - mark;
  for (size_t i = 0; i < n && !st;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k =
      utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0)
      break;
    if (is_apostrophe(cp))
      st = lsn_buf_addc(&tmp, '\'');
    else if (cp == 0x2010 || cp == 0x2011)
      st = lsn_buf_addc(&tmp, '-');
    else
      st = lsn_buf_add(&tmp, (const char*)p + i, (size_t)k);
    i += (size_t)k;
  }
  if (!st) {
    out->len = mark;
    st       = lsn_buf_add(out, tmp.data ? tmp.data : "", tmp.len);
  }
  lsn_buf_free(&tmp);
  return st;
}

lsn_status
lsn_nfc(lsn_buf* out, const char* str, size_t len)
{
  if (is_ascii(str, len))
    return lsn_buf_add(out, str, len);
  return map_into(out, str, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

size_t
lsn_codepoints(const char* str, size_t byte)
{
  size_t n = 0;
  for (size_t i = 0; i < byte; ++i)
    if (((unsigned char)str[i] & 0xC0) != 0x80)
      ++n;
  return n;
}
