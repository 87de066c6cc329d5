/* SPDX-License-Identifier: ISC */
/* Readable IRI segments from names.  A slug holds only [a-z0-9-], so an IRI
 * minted from any text can never leave the configured base. */
#include "graph/graph.h"

#include <stdio.h>
#include <string.h>

#define MAX_SLUG 80

static bool
is_slug_char(char ch)
{
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
}

/* Letters and digits of the folded name, runs of anything else as one '-'. */
static lsn_status
plain_slug(lsn_buf* out, const lsn_buf* folded)
{
  lsn_status st   = LSN_OK;
  bool       dash = false;
  for (size_t i = 0; !st && i < folded->len; ++i) {
    char ch = folded->data[i];
    if (!is_slug_char(ch)) {
      dash = out->len > 0;
      continue;
    }
    if (dash)
      st = lsn_buf_addc(out, '-');
    dash = false;
    if (!st)
      st = lsn_buf_addc(out, ch);
  }
  return st;
}

lsn_status
lsn_slug(lsn_buf* out, const char* name)
{
  lsn_buf    folded, slug;
  lsn_status st;
  lsn_buf_init(&folded, 0);
  lsn_buf_init(&slug, 0);
  if (!(st = lsn_fold(&folded, name, strlen(name))))
    st = plain_slug(&slug, &folded);
  if (!st && slug.len > 0 && slug.len <= MAX_SLUG) {
    st = lsn_buf_add(out, slug.data, slug.len);
  } else if (!st) {
    /* Nothing readable (another script) or too long: a hash of the whole
     * name keeps different names apart. */
    size_t keep = slug.len > MAX_SLUG - 9 ? MAX_SLUG - 9 : slug.len;
    while (keep > 0 && slug.data[keep - 1] == '-')
      --keep;
    unsigned long long hash =
      (unsigned long long)lsn_hash_bytes(folded.data, folded.len);
    st = keep ? lsn_buf_add(out, slug.data, keep) : lsn_buf_addc(out, 'x');
    if (!st)
      st = lsn_buf_printf(out, "-%08llx", hash & 0xffffffffULL);
  }
  lsn_buf_free(&folded);
  lsn_buf_free(&slug);
  return st;
}
