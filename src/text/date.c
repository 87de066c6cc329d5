/* SPDX-License-Identifier: ISC */
/*
 * Dates in running text, French and English:
 *   28 juin 2018 | 1er juillet 2022 | 28-29 juin 2018 | du 28 au 29 juin 2019
 *   du 28 juin au 2 juillet 2019 | 12-13 May 2021 | from 3 to 5 October 2022
 *   May 12, 2021 | May 12-13, 2021 | 2018-06-28
 * Month names come from the lexicon (config->months); a date without a year
 * is kept with year 0 so that a later stage may resolve it.
 */
#include "text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
parse_uint(const char* key, size_t len)
{
  if (!len || len > 4)
    return -1;
  int value = 0;
  for (size_t i = 0; i < len; ++i) {
    if (key[i] < '0' || key[i] > '9')
      return -1;
    value = value * 10 + (key[i] - '0');
  }
  return value;
}

/* A day number: "28", "1er", "1st", "2nd", "3rd", "28th". */
static int
day_of(const char* key)
{
  size_t      digits = strspn(key, "0123456789");
  int         day    = parse_uint(key, digits);
  const char* suffix = key + digits;
  if (*suffix && strcmp(suffix, "er") && strcmp(suffix, "st") &&
      strcmp(suffix, "nd") && strcmp(suffix, "rd") && strcmp(suffix, "th"))
    return -1;
  return day >= 1 && day <= 31 ? day : -1;
}

static int
year_of(const char* key)
{
  int year = strlen(key) == 4 ? parse_uint(key, 4) : -1;
  return year >= 1800 && year <= 2200 ? year : -1;
}

static int
month_of(const lsn_text_config* config, const char* key)
{
  size_t value;
  if (!config->months || !lsn_map_get(config->months, key, strlen(key), &value))
    return -1;
  return (int)value;
}

/* "28-29": two days in one hyphenated token. */
static bool
day_pair(const char* key, int* d1, int* d2)
{
  const char* dash = strchr(key, '-');
  if (!dash || dash - key > 2)
    return false;
  char first[3] = { 0 };
  memcpy(first, key, (size_t)(dash - key));
  *d1 = day_of(first);
  *d2 = day_of(dash + 1);
  return *d1 > 0 && *d2 > 0;
}

static bool
is_range_word(const char* key)
{
  static const char* const words[] = {
    "-", "\xe2\x80\x93", "au", "to", "and", "et", "until", "through", "a", 0
  };
  for (size_t i = 0; words[i]; ++i)
    if (!strcmp(key, words[i]))
      return true;
  return false;
}

typedef struct {
  const lsn_text*        text;
  const lsn_text_config* config;
  uint32_t               last;
} cursor;

static const char*
key_at(const cursor* c, uint32_t i)
{
  return i < c->last ? lsn_text_key(c->text, i) : "";
}

/* Day-first: D [M] [(-|au|to) D] M [Y]. */
static bool
parse_day_first(const cursor* c, uint32_t i, lsn_date_span* out)
{
  int      d1, d2 = -1, m1 = -1, m2, y;
  uint32_t k = i;
  if (!day_pair(key_at(c, k), &d1, &d2)) {
    if ((d1 = day_of(key_at(c, k))) < 0)
      return false;
    ++k;
    if ((m1 = month_of(c->config, key_at(c, k))) > 0)
      ++k;
    if (is_range_word(key_at(c, k)) && (d2 = day_of(key_at(c, k + 1))) > 0)
      k += 2;
    else if (m1 < 0)
      return false;
  } else {
    ++k;
  }
  if ((m2 = month_of(c->config, key_at(c, k))) > 0)
    ++k;
  else if (m1 > 0 && d2 < 0)
    m2 = m1;
  else
    return false;
  y = year_of(key_at(c, k));
  if (y > 0)
    ++k;
  out->first = i;
  out->last  = k;
  out->from  = (lsn_ymd){ (int16_t)(y > 0 ? y : 0),
                          (uint8_t)(m1 > 0 ? m1 : m2),
                          (uint8_t)d1 };
  out->to =
    (lsn_ymd){ out->from.year, (uint8_t)m2, (uint8_t)(d2 > 0 ? d2 : d1) };
  return true;
}

/* Month-first (English): M D[-D] [,] Y. */
static bool
parse_month_first(const cursor* c, uint32_t i, lsn_date_span* out)
{
  int      m = month_of(c->config, key_at(c, i)), d1, d2 = -1, y;
  uint32_t k = i + 1;
  if (m < 0)
    return false;
  if (!day_pair(key_at(c, k), &d1, &d2)) {
    if ((d1 = day_of(key_at(c, k))) < 0)
      return false;
    ++k;
    if (is_range_word(key_at(c, k)) && (d2 = day_of(key_at(c, k + 1))) > 0)
      k += 2;
  } else {
    ++k;
  }
  if (!strcmp(key_at(c, k), ","))
    ++k;
  if ((y = year_of(key_at(c, k))) < 0)
    return false;
  out->first = i;
  out->last  = k + 1;
  out->from  = (lsn_ymd){ (int16_t)y, (uint8_t)m, (uint8_t)d1 };
  out->to    = (lsn_ymd){ (int16_t)y, (uint8_t)m, (uint8_t)(d2 > 0 ? d2 : d1) };
  return true;
}

static bool
parse_iso(const cursor* c, uint32_t i, lsn_date_span* out)
{
  const char* key = key_at(c, i);
  int         y, m, d;
  char        tail;
  if (strlen(key) != 10 || sscanf(key, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return false;
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
    return false;
  out->first = i;
  out->last  = i + 1;
  out->from = out->to = (lsn_ymd){ (int16_t)y, (uint8_t)m, (uint8_t)d };
  return true;
}

static int
days_in_month(int year, int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  bool             leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

static bool
valid_ymd(lsn_ymd d)
{
  return d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year ? d.year : 2000, d.month);
}

lsn_status
lsn_dates_find(const lsn_text*        text,
               const lsn_text_config* config,
               uint32_t               first,
               uint32_t               last,
               lsn_date_span**        out,
               size_t*                n,
               size_t*                cap)
{
  cursor c = { text, config, last };
  for (uint32_t i = first; i < last;) {
    lsn_date_span span = { 0 };
    if ((parse_iso(&c, i, &span) || parse_day_first(&c, i, &span) ||
         parse_month_first(&c, i, &span)) &&
        valid_ymd(span.from) && valid_ymd(span.to)) {
      lsn_status st = lsn_grow((void**)out, cap, *n + 1, sizeof **out);
      if (st)
        return st;
      (*out)[(*n)++] = span;
      i              = span.last;
    } else {
      ++i;
    }
  }
  return LSN_OK;
}

bool
lsn_ymd_format(lsn_ymd ymd, char buf[16])
{
  if (ymd.year <= 0 || !valid_ymd(ymd))
    return false;
  snprintf(buf,
           16,
           "%04d-%02u-%02u",
           ymd.year,
           (unsigned)ymd.month,
           (unsigned)ymd.day);
  return true;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil), and back. */
static long
days_from_civil(int y, int m, int d)
{
  y -= m <= 2;
  long     era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long)doe - 719468;
}

static lsn_ymd
civil_from_days(long z)
{
  z += 719468;
  long     era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long     y   = (long)yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp  = (5 * doy + 2) / 153;
  unsigned d   = doy - (153 * mp + 2) / 5 + 1;
  unsigned m   = mp < 10 ? mp + 3 : mp - 9;
  return (lsn_ymd){ (int16_t)(y + (m <= 2)), (uint8_t)m, (uint8_t)d };
}

int
lsn_ymd_weekday(lsn_ymd ymd)
{
  long days = days_from_civil(ymd.year, ymd.month, ymd.day);
  /* 1970-01-01 was a Thursday (4). */
  return (int)(((days % 7) + 7 + 3) % 7) + 1;
}

lsn_ymd
lsn_ymd_add_days(lsn_ymd ymd, int days)
{
  return civil_from_days(days_from_civil(ymd.year, ymd.month, ymd.day) + days);
}

bool
lsn_ymd_parse(const char* str, lsn_ymd* out)
{
  int  y, m, d;
  char tail;
  if (strlen(str) != 10 || sscanf(str, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return false;
  *out = (lsn_ymd){ (int16_t)y, (uint8_t)m, (uint8_t)d };
  return y >= 1800 && y <= 2200 && valid_ymd(*out);
}

/* A date line: near the start, on a line that begins with a place and a
 * comma ("Addis-Abeba, 15 mars 2024", "Bruxelles, le 9 février 2023"). */
static bool
is_dateline(const lsn_text* t, const lsn_date_span* d)
{
  uint32_t i = d->first;
  if (i > 80 || d->from.year <= 0)
    return false;
  if (i > 0 && (!strcmp(lsn_text_key(t, i - 1), "le") ||
                !strcmp(lsn_text_key(t, i - 1), "the")))
    --i;
  if (i == 0 || strcmp(lsn_text_key(t, i - 1), ","))
    return false;
  /* back to the start of the line: capitalised words only */
  for (uint32_t k = i - 1; k > 0; --k) {
    const lsn_token* tok = &t->tokens[k - 1];
    if (t->tokens[k].flags & LSN_TF_NEWLINE)
      return true;
    if (!(tok->flags & (LSN_TF_CAP | LSN_TF_UPPER)) || i - k > 6)
      return false;
  }
  return true;
}

bool
lsn_dates_find_dateline(const lsn_text* text,
                        lsn_date_span*  dates,
                        size_t          n,
                        lsn_ymd*        out)
{
  for (size_t i = 0; i < n; ++i)
    if (is_dateline(text, &dates[i])) {
      dates[i].dateline = 1;
      *out              = dates[i].from;
      return true;
    }
  return false;
}

lsn_status
lsn_dates_add_weekdays(const lsn_text*        text,
                       const lsn_text_config* config,
                       lsn_ymd                reference,
                       lsn_date_span**        out,
                       size_t*                n,
                       size_t*                cap)
{
  if (!config->weekdays || reference.year <= 0)
    return LSN_OK;
  /* A weekday next to a date found already ("mardi 3 mars") is part of
   * it: the tokens from just before each date to just after it are taken. */
  uint8_t* taken = lsn_calloc(text->n_tokens + 1, 1);
  if (!taken)
    return LSN_ERR_NOMEM;
  for (size_t k = 0; k < *n; ++k)
    for (size_t i = (*out)[k].first ? (*out)[k].first - 1 : 0;
         i <= (*out)[k].last && i < text->n_tokens;
         ++i)
      taken[i] = 1;
  int        ref_wd = lsn_ymd_weekday(reference);
  lsn_status st     = LSN_OK;
  for (uint32_t i = 0; i < text->n_tokens && !st; ++i) {
    const char* key = lsn_text_key(text, i);
    size_t      wd;
    if (taken[i] || !lsn_map_get(config->weekdays, key, strlen(key), &wd))
      continue;
    if (!(st = lsn_grow((void**)out, cap, *n + 1, sizeof **out))) {
      lsn_ymd day = lsn_ymd_add_days(reference, -((ref_wd - (int)wd + 7) % 7));
      (*out)[(*n)++] = (lsn_date_span){ i, i + 1, day, day, 0 };
    }
  }
  lsn_free(taken);
  return st;
}
