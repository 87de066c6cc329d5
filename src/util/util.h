/* SPDX-License-Identifier: ISC */
/*
 * Small shared helpers: checked allocation (a test build can fail the Nth
 * allocation), a capped growable byte buffer, a string-keyed hash table and
 * SHA-256.  Everything here may be included from any stage.
 */
#ifndef LSN_UTIL_H
#define LSN_UTIL_H

#include "liaison.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LSN_TRY(st, expr)                                                      \
  do {                                                                         \
    if (((st) = (expr)))                                                       \
      return (st);                                                             \
  } while (0)

/* Allocation ------------------------------------------------------------- */

void*
lsn_malloc(size_t size);
void*
lsn_calloc(size_t count, size_t size);
void*
lsn_realloc(void* ptr, size_t size);
void
lsn_free(void* ptr);
char*
lsn_strndup(const char* str, size_t len);
char*
lsn_strdup(const char* str);

/** Test hook: make the `n`th allocation from now fail (0 turns it off). */
void
lsn_alloc_fail_after(unsigned long n);

/** Grow `*items` (each `size` bytes) so that it holds at least `need` items.
 * `*cap` is updated.  Fails with LSN_ERR_NOMEM on overflow. */
lsn_status
lsn_grow(void** items, size_t* cap, size_t need, size_t size);

#define LSN_PUSH(st, arr, n, cap, value)                                       \
  do {                                                                         \
    if (((st) = lsn_grow((void**)&(arr), &(cap), (n) + 1, sizeof *(arr))))     \
      break;                                                                   \
    (arr)[(n)++] = (value);                                                    \
  } while (0)

/* Byte buffer ------------------------------------------------------------ */

/** A growable byte buffer, always NUL-terminated, refusing to grow past
 * `max` bytes (its creator's choice). */
typedef struct {
  char*  data;
  size_t len;
  size_t cap;
  size_t max;
} lsn_buf;

void
lsn_buf_init(lsn_buf* buf, size_t max);
lsn_status
lsn_buf_add(lsn_buf* buf, const char* bytes, size_t len);
lsn_status
lsn_buf_adds(lsn_buf* buf, const char* str);
lsn_status
lsn_buf_addc(lsn_buf* buf, char c);
lsn_status
lsn_buf_printf(lsn_buf* buf, const char* fmt, ...)
  __attribute__((format(printf, 2, 3)));
void
lsn_buf_clear(lsn_buf* buf);
/** Take the buffer's bytes (caller frees with lsn_free) and reset it. */
char*
lsn_buf_take(lsn_buf* buf);
void
lsn_buf_free(lsn_buf* buf);

/* Hash table: NUL-terminated string keys to size_t values ----------------- */

typedef struct lsn_map lsn_map;

lsn_map*
lsn_map_new(void);
void
lsn_map_free(lsn_map* map);
/** Look `key` (len bytes) up; true and *value set when present. */
bool
lsn_map_get(const lsn_map* map, const char* key, size_t len, size_t* value);
/** Insert or replace; the key is copied. */
lsn_status
lsn_map_put(lsn_map* map, const char* key, size_t len, size_t value);
size_t
lsn_map_size(const lsn_map* map);

uint64_t
lsn_hash_bytes(const void* bytes, size_t len);

/* Interned strings: one copy of each, named by a 32-bit id (0 is "") ----- */

typedef struct {
  char**    strs;
  uint32_t* lens;
  size_t    n, cap, cap_lens;
  lsn_map*  ids;
} lsn_pool;

lsn_status
lsn_pool_init(lsn_pool* pool);
void
lsn_pool_clear(lsn_pool* pool);
lsn_status
lsn_pool_intern(lsn_pool* pool, const char* str, size_t len, uint32_t* out);

/* A set of 64-bit keys (hashes) ------------------------------------------- */

typedef struct {
  uint64_t* slots;
  size_t    count, cap;
  bool      has_zero;
} lsn_set64;

void
lsn_set64_init(lsn_set64* set);
void
lsn_set64_clear(lsn_set64* set);
/** Add `key`; *added tells whether it was new. */
lsn_status
lsn_set64_add(lsn_set64* set, uint64_t key, bool* added);

/** A monotonic clock in nanoseconds, for the benchmark's stage times. */
uint64_t
lsn_now_ns(void);

/* SHA-256 ---------------------------------------------------------------- */

/** Write the lower-case hex SHA-256 of `bytes` into `hex` (65 bytes). */
void
lsn_sha256_hex(const void* bytes, size_t len, char hex[65]);

/* Files ------------------------------------------------------------------ */

/** Read a whole file (at most `max` bytes) into a fresh buffer. */
lsn_status
lsn_read_file(const char* path, size_t max, char** out, size_t* out_len);
/** Map a regular file read-only (NULL and 0 when empty); undo with
 * lsn_unmap_file. */
lsn_status
lsn_map_file(const char* path, const char** bytes, size_t* len);
void
lsn_unmap_file(const char* bytes, size_t len);

#endif
