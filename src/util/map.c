/* SPDX-License-Identifier: ISC */
/* Open-addressing hash table from byte-string keys to size_t values.  Keys
 * are copied; the table doubles at 50% load, so probes stay short. */
#include "util.h"

#include <string.h>

typedef struct {
  char*    key; /* NULL: empty slot */
  size_t   len;
  uint64_t hash;
  size_t   value;
} slot;

struct lsn_map {
  slot*  slots;
  size_t cap; /* power of two */
  size_t count;
};

uint64_t
lsn_hash_bytes(const void* bytes, size_t len)
{
  /* FNV-1a, then a final mix so that low bits are usable as an index. */
  const unsigned char* p = bytes;
  uint64_t             h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

lsn_map*
lsn_map_new(void)
{
  lsn_map* map = lsn_calloc(1, sizeof *map);
  if (!map)
    return NULL;
  map->cap   = 16;
  map->slots = lsn_calloc(map->cap, sizeof *map->slots);
  if (!map->slots) {
    lsn_free(map);
    return NULL;
  }
  return map;
}

void
lsn_map_free(lsn_map* map)
{
  if (!map)
    return;
  for (size_t i = 0; i < map->cap; ++i)
    lsn_free(map->slots[i].key);
  lsn_free(map->slots);
  lsn_free(map);
}

static slot*
find(const lsn_map* map, const char* key, size_t len, uint64_t hash)
{
  size_t mask = map->cap - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    slot* s = &map->slots[i];
    if (!s->key ||
        (s->hash == hash && s->len == len && !memcmp(s->key, key, len)))
      return s;
  }
}

static lsn_status
rehash(lsn_map* map)
{
  slot*  old     = map->slots;
  size_t old_cap = map->cap;
  slot*  fresh   = lsn_calloc(old_cap * 2, sizeof *fresh);
  if (!fresh)
    return LSN_ERR_NOMEM;
  map->slots = fresh;
  map->cap   = old_cap * 2;
  for (size_t i = 0; i < old_cap; ++i)
    if (old[i].key)
      *find(map, old[i].key, old[i].len, old[i].hash) = old[i];
  lsn_free(old);
  return LSN_OK;
}

bool
lsn_map_get(const lsn_map* map, const char* key, size_t len, size_t* value)
{
  const slot* s = find(map, key, len, lsn_hash_bytes(key, len));
  if (!s->key)
    return false;
  if (value)
    *value = s->value;
  return true;
}

lsn_status
lsn_map_put(lsn_map* map, const char* key, size_t len, size_t value)
{
  if ((map->count + 1) * 2 > map->cap) {
    lsn_status st = rehash(map);
    if (st)
      return st;
  }
  uint64_t hash = lsn_hash_bytes(key, len);
  slot*    s    = find(map, key, len, hash);
  if (!s->key) {
    if (!(s->key = lsn_strndup(key, len)))
      return LSN_ERR_NOMEM;
    s->len  = len;
    s->hash = hash;
    ++map->count;
  }
  s->value = value;
  return LSN_OK;
}

size_t
lsn_map_size(const lsn_map* map)
{
  return map->count;
}
