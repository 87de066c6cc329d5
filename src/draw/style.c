/* SPDX-License-Identifier: ISC */
/* How entities and relations look, and the small text helpers the writers
 * share.  Colours are pastel fills with a darker border of the same hue,
 * chosen to stay apart for the common forms of colour blindness (blue,
 * orange, green, yellow, purple) and to print in grey as five shades. */
#include "draw/draw.h"
#include "graph/vocab.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* clang-format off */
static const lsn_dstyle styles[LSN_DK_COUNT] = {
  [LSN_DK_PERSON]    = { "person", "ellipse", "#fdd9b5", "#c0601a", "0.08,0.04" },
  [LSN_DK_ORG]       = { "organisation", "box", "#cfe2f3", "#2b6cb0", "0.12,0.05" },
  [LSN_DK_EVENT]     = { "event", "cds", "#fff2b3", "#a68a00", "0.22,0.1" },
  [LSN_DK_AGREEMENT] = { "agreement", "note", "#e4d7f5", "#6b3fa0", "0.15,0.08" },
  [LSN_DK_PLACE]     = { "place", "hexagon", "#d5ecd4", "#3a7d3a", "0.05,0.04" },
};
/* clang-format on */

const lsn_dstyle*
lsn_dkind_style(lsn_dkind kind)
{
  return &styles[kind < LSN_DK_COUNT ? kind : LSN_DK_ORG];
}

static const lsn_drelation relations[] = {
  { ORG "headOf", "head of", "#b22222", "bold" },
  { ORG "memberOf", "member of", "#2b6cb0", "solid" },
  { ORG "subOrganizationOf", "part of", "#5a6b7d", "solid" },
  { ORG "hasSubOrganization", "has part", "#5a6b7d", "solid" },
  { ORG "hasMember", "has member", "#2b6cb0", "solid" },
  { SCHEMA "location", "held in", "#3a7d3a", "solid" },
  { SCHEMA "organizer", "organised by", "#c0601a", "solid" },
  { SCHEMA "attendee", "attended by", "#8a8a8a", "solid" },
  { LSN_NS "party", "party", "#6b3fa0", "solid" },
  { LSN_NS "signedAt", "signed at", "#6b3fa0", "dashed" },
  { LSN_NS "signedBy", "signed by", "#6b3fa0", "dashed" },
  { SCHEMA "containedInPlace", "in", "#3a7d3a", "dashed" },
};

const lsn_drelation*
lsn_relation_find(const char* iri)
{
  for (size_t i = 0; i < sizeof relations / sizeof *relations; ++i)
    if (!strcmp(iri, relations[i].iri))
      return &relations[i];
  return NULL;
}

const char*
lsn_iri_local(const char* iri)
{
  const char* hash  = strrchr(iri, '#');
  const char* slash = strrchr(iri, '/');
  const char* cut   = hash > slash ? hash : slash;
  return cut && cut[1] ? cut + 1 : iri;
}

/* The length of the UTF-8 sequence at `s` (n bytes left), or 0 when it is
 * not one, or is a code point XML 1.0 does not allow (controls other than
 * tab and newline, surrogates, U+FFFE, U+FFFF). */
static size_t
valid_sequence(const unsigned char* s, size_t n)
{
  if (s[0] < 0x80)
    return s[0] >= 0x20 || s[0] == '\t' || s[0] == '\n' ? 1 : 0;
  size_t   len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
  uint32_t cp  = s[0] & (0x7Fu >> len);
  if (!len || len > n || s[0] > 0xF4)
    return 0;
  for (size_t i = 1; i < len; ++i) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3Fu);
  }
  static const uint32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
  if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
      cp == 0xFFFE || cp == 0xFFFF)
    return 0;
  return len;
}

lsn_status
lsn_utf8_clean(lsn_buf* out, const char* str, size_t len)
{
  const unsigned char* s  = (const unsigned char*)str;
  lsn_status           st = LSN_OK;
  for (size_t i = 0; i < len && !st;) {
    size_t n = valid_sequence(s + i, len - i);
    if (n) {
      st = lsn_buf_add(out, str + i, n);
      i += n;
    } else {
      /* A carriage return is part of a line break, not worth a mark. */
      if (s[i] != '\r')
        st = lsn_buf_adds(out, "\xEF\xBF\xBD");
      ++i;
    }
  }
  return st;
}

void
lsn_draw_report(lsn_diag_func diag,
                void*         diag_handle,
                lsn_severity  severity,
                lsn_status    status,
                const char*   fmt,
                ...)
{
  char    message[1024];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof message, fmt, args);
  va_end(args);
  lsn_diag d = { status, severity, NULL, SIZE_MAX, 0, 0, message };
  if (diag)
    diag(diag_handle, &d);
  else
    lsn_diag_print(stderr, &d);
}
