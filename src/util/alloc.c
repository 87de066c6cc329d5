/* SPDX-License-Identifier: ISC */
/* Checked allocation.  Every allocation in liaison goes through here so that
 * a test can make the Nth one fail and check that errors propagate. */
#include "util.h"

#include <stdlib.h>
#include <string.h>

static unsigned long fail_countdown; /* 0: off; test builds only set it */

void
lsn_alloc_fail_after(unsigned long n)
{
  fail_countdown = n;
}

static bool
should_fail(void)
{
  if (!fail_countdown)
    return false;
  return --fail_countdown == 0;
}

void*
lsn_malloc(size_t size)
{
  return should_fail() ? NULL : malloc(size ? size : 1);
}

void*
lsn_calloc(size_t count, size_t size)
{
  return should_fail() ? NULL : calloc(count ? count : 1, size ? size : 1);
}

void*
lsn_realloc(void* ptr, size_t size)
{
  return should_fail() ? NULL : realloc(ptr, size ? size : 1);
}

void
lsn_free(void* ptr)
{
  free(ptr);
}

char*
lsn_strndup(const char* str, size_t len)
{
  char* copy = lsn_malloc(len + 1);
  if (copy) {
    memcpy(copy, str, len);
    copy[len] = '\0';
  }
  return copy;
}

char*
lsn_strdup(const char* str)
{
  return lsn_strndup(str, strlen(str));
}

lsn_status
lsn_grow(void** items, size_t* cap, size_t need, size_t size)
{
  if (need <= *cap)
    return LSN_OK;
  size_t new_cap = *cap ? *cap : 8;
  while (new_cap < need) {
    if (new_cap > SIZE_MAX / 2)
      return LSN_ERR_NOMEM;
    new_cap *= 2;
  }
  if (new_cap > SIZE_MAX / size)
    return LSN_ERR_NOMEM;
  void* grown = lsn_realloc(*items, new_cap * size);
  if (!grown)
    return LSN_ERR_NOMEM;
  *items = grown;
  *cap   = new_cap;
  return LSN_OK;
}
