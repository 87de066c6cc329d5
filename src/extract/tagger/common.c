/* SPDX-License-Identifier: ISC */
/* Shared pieces of the tagger: the 32-bit key table, hashes, CRC-32, label
 * parsing and diagnostics. */
#include "tagger_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* Key table                                                                */

lsn_status
lsn_u32_map_init(lsn_u32_map* map, size_t expected)
{
  size_t cap = 16;
  while (cap < expected * 2 + 2) {
    if (cap > SIZE_MAX / 4)
      return LSN_ERR_NOMEM;
    cap *= 2;
  }
  map->slots = lsn_calloc(cap, sizeof *map->slots);
  map->mask  = cap - 1;
  map->count = 0;
  return map->slots ? LSN_OK : LSN_ERR_NOMEM;
}

void
lsn_u32_map_clear(lsn_u32_map* map)
{
  lsn_free(map->slots);
  map->slots = NULL;
  map->mask  = 0;
  map->count = 0;
}

static lsn_status
u32_map_grow(lsn_u32_map* map)
{
  lsn_u32_map bigger;
  lsn_status  st = lsn_u32_map_init(&bigger, map->mask + 1);
  if (st)
    return st;
  for (size_t i = 0; i <= map->mask; ++i)
    if (map->slots[i].key)
      *lsn_u32_map_slot(&bigger, map->slots[i].key) = map->slots[i];
  bigger.count = map->count;
  lsn_free(map->slots);
  *map = bigger;
  return LSN_OK;
}

lsn_status
lsn_u32_map_put(lsn_u32_map* map, uint32_t key, uint32_t value)
{
  lsn_status st;
  if ((map->count + 1) * 2 > map->mask + 1)
    LSN_TRY(st, u32_map_grow(map));
  lsn_u32_slot* slot = lsn_u32_map_slot(map, key);
  if (!slot->key) {
    slot->key = key;
    ++map->count;
  }
  slot->value = value;
  return LSN_OK;
}

/* ------------------------------------------------------------------------ */
/* Hashes                                                                   */

uint64_t
lsn_tagger_hash(const char* bytes, size_t len)
{
  /* FNV-1a 64: simple, byte order independent, part of the model format. */
  const unsigned char* p = (const unsigned char*)bytes;
  uint64_t             h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

uint32_t
lsn_crc32(const void* bytes, size_t len)
{
  /* CRC-32 (IEEE 802.3, reflected), four bytes at a time through four
   * tables made per call (8 KB of work, nothing shared between threads):
   * every run checks its models, so this is start-up time. */
  const unsigned char* p = bytes;
  uint32_t             t[4][256];
  uint32_t             crc = 0xFFFFFFFFu;
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k)
      c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    t[0][i] = c;
  }
  for (uint32_t i = 0; i < 256; ++i)
    for (int k = 1; k < 4; ++k)
      t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFFu];
  size_t i = 0;
  for (; i + 4 <= len; i += 4) {
    crc ^= (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
           (uint32_t)p[i + 3] << 24;
    crc = t[3][crc & 0xFFu] ^ t[2][(crc >> 8) & 0xFFu] ^
          t[1][(crc >> 16) & 0xFFu] ^ t[0][crc >> 24];
  }
  for (; i < len; ++i)
    crc = (crc >> 8) ^ t[0][(crc ^ p[i]) & 0xFFu];
  return ~crc;
}

/* ------------------------------------------------------------------------ */
/* Labels                                                                   */

lsn_status
lsn_label_parse(lsn_label* label, const char* name, size_t len)
{
  memset(label, 0, sizeof *label);
  if (len == 0 || len > LSN_MODEL_MAX_LABEL_LEN || memchr(name, '\0', len))
    return LSN_ERR_BAD_DATA;
  memcpy(label->name, name, len);
  memcpy(label->bio, name, len);
  label->part = name[0];
  if (len == 1 && name[0] == 'O')
    return LSN_OK;
  if (len < 3 || name[1] != '-' || !strchr("BIES", name[0]))
    return LSN_ERR_BAD_DATA;
  for (size_t i = 2; i < len; ++i)
    if ((unsigned char)name[i] <= ' ' || name[i] == '-')
      return LSN_ERR_BAD_DATA;
  label->begins  = name[0] == 'B' || name[0] == 'S';
  label->inside  = name[0] == 'I' || name[0] == 'E';
  label->bio[0]  = label->begins ? 'B' : 'I';
  label->kindlen = (uint8_t)len;
  return LSN_OK;
}

static bool
same_kind(const lsn_label* a, const lsn_label* b)
{
  return a->kindlen == b->kindlen &&
         !memcmp(a->name + 2, b->name + 2, (size_t)a->kindlen - 2);
}

void
lsn_labels_transitions(const lsn_label* labels,
                       size_t           n,
                       uint8_t*         allowed,
                       uint8_t*         final)
{
  bool bioes = false;
  for (size_t l = 0; l < n; ++l)
    bioes |= labels[l].part == 'E' || labels[l].part == 'S';
  /* An open label (B-X, I-X) may go on with I-X or E-X; in BIOES it must,
   * so it never ends a sentence.  Row n is the sentence start. */
  for (size_t cur = 0; cur < n; ++cur)
    final[cur] = !bioes || (labels[cur].part != 'B' && labels[cur].part != 'I');
  for (size_t prev = 0; prev <= n; ++prev)
    for (size_t cur = 0; cur < n; ++cur) {
      const lsn_label* c       = &labels[cur];
      const lsn_label* p       = prev < n ? &labels[prev] : NULL;
      bool             open    = p && (p->part == 'B' || p->part == 'I');
      bool             goes_on = open && c->inside && same_kind(p, c);
      allowed[prev * n + cur] =
        c->inside ? goes_on : !(bioes && open) || goes_on;
    }
}

/* ------------------------------------------------------------------------ */
/* Diagnostics                                                              */

void
lsn_tagger_report(lsn_diag_func diag,
                  void*         handle,
                  lsn_status    st,
                  const char*   path,
                  unsigned      line,
                  const char*   fmt,
                  ...)
{
  char    message[512];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof message, fmt, args);
  va_end(args);
  lsn_diag d = { st, LSN_ERROR, path, SIZE_MAX, line, 0, message };
  if (diag)
    diag(handle, &d);
  else
    lsn_diag_print(stderr, &d);
}
