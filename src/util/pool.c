/* SPDX-License-Identifier: ISC */
/*
 * Interned strings and a set of 64-bit keys: the graph stage names every
 * term by a 32-bit id, and the merge remembers what it already wrote by a
 * hash, so neither keeps more than one copy of anything.
 */
#include "util/util.h"

#include <string.h>
#include <time.h>

lsn_status
lsn_pool_init(lsn_pool* pool)
{
  memset(pool, 0, sizeof *pool);
  if (!(pool->ids = lsn_map_new()))
    return LSN_ERR_NOMEM;
  uint32_t none;
  return lsn_pool_intern(pool, "", 0, &none); /* id 0 is "" ("none") */
}

void
lsn_pool_clear(lsn_pool* pool)
{
  for (size_t i = 0; i < pool->n; ++i)
    lsn_free(pool->strs[i]);
  lsn_free(pool->strs);
  lsn_free(pool->lens);
  lsn_map_free(pool->ids);
  memset(pool, 0, sizeof *pool);
}

lsn_status
lsn_pool_intern(lsn_pool* pool, const char* str, size_t len, uint32_t* out)
{
  size_t     id;
  lsn_status st;
  if (lsn_map_get(pool->ids, str, len, &id)) {
    *out = (uint32_t)id;
    return LSN_OK;
  }
  if (pool->n >= UINT32_MAX || len > UINT32_MAX)
    return LSN_ERR_NOMEM;
  LSN_TRY(
    st,
    lsn_grow((void**)&pool->strs, &pool->cap, pool->n + 1, sizeof *pool->strs));
  LSN_TRY(
    st,
    lsn_grow(
      (void**)&pool->lens, &pool->cap_lens, pool->n + 1, sizeof *pool->lens));
  if (!(pool->strs[pool->n] = lsn_strndup(str, len)))
    return LSN_ERR_NOMEM;
  pool->lens[pool->n] = (uint32_t)len;
  LSN_TRY(st, lsn_map_put(pool->ids, str, len, pool->n));
  *out = (uint32_t)pool->n++;
  return LSN_OK;
}

/* Set of 64-bit keys ------------------------------------------------------ */

/* Open addressing; key 0 marks an empty slot, so 0 itself is kept aside. */

void
lsn_set64_init(lsn_set64* set)
{
  memset(set, 0, sizeof *set);
}

void
lsn_set64_clear(lsn_set64* set)
{
  lsn_free(set->slots);
  memset(set, 0, sizeof *set);
}

static uint64_t*
set64_find(const lsn_set64* set, uint64_t key)
{
  size_t mask = set->cap - 1;
  for (size_t i = (size_t)(key ^ (key >> 29)) & mask;; i = (i + 1) & mask)
    if (!set->slots[i] || set->slots[i] == key)
      return &set->slots[i];
}

static lsn_status
set64_grow(lsn_set64* set)
{
  uint64_t* old     = set->slots;
  size_t    old_cap = set->cap;
  size_t    cap     = old_cap ? old_cap * 2 : 64;
  if (!(set->slots = lsn_calloc(cap, sizeof *set->slots))) {
    set->slots = old;
    return LSN_ERR_NOMEM;
  }
  set->cap = cap;
  for (size_t i = 0; i < old_cap; ++i)
    if (old[i])
      *set64_find(set, old[i]) = old[i];
  lsn_free(old);
  return LSN_OK;
}

lsn_status
lsn_set64_add(lsn_set64* set, uint64_t key, bool* added)
{
  lsn_status st;
  if (!key) {
    *added        = !set->has_zero;
    set->has_zero = true;
    return LSN_OK;
  }
  if ((set->count + 1) * 2 > set->cap)
    LSN_TRY(st, set64_grow(set));
  uint64_t* slot = set64_find(set, key);
  *added         = !*slot;
  if (*added) {
    *slot = key;
    ++set->count;
  }
  return LSN_OK;
}

uint64_t
lsn_now_ns(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
