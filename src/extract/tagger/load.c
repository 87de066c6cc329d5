/* SPDX-License-Identifier: ISC */
/*
 * Loading a model from bytes (layout in model.c and docs/internals/tagger.md).
 * Nothing is read before its offset and size have been checked against the
 * buffer; the checksum is verified before any chunk is interpreted, and then
 * every count, key order and label name is checked too, so a crafted file
 * with a valid checksum is refused as well.
 */
#include "tagger_int.h"

#include <stdlib.h>
#include <string.h>

#define LABEL_BYTES 32u
#define MAX_MODEL_BYTES ((size_t)1 << 30)

typedef struct {
  const unsigned char* data;
  uint32_t             size;
} chunk;

typedef struct {
  chunk meta, labl, fkey, fwgt, hkey, hwgt, wkey, wflg, ckey, cval;
} chunks;

static uint32_t
get_u32(const unsigned char* p)
{
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
         ((uint32_t)p[3] << 24);
}

static chunk*
chunk_slot(chunks* c, const unsigned char* name)
{
  static const char names[10][5] = { "META", "LABL", "FKEY", "FWGT", "HKEY",
                                     "HWGT", "WKEY", "WFLG", "CKEY", "CVAL" };
  chunk* slots[10] = { &c->meta, &c->labl, &c->fkey, &c->fwgt, &c->hkey,
                       &c->hwgt, &c->wkey, &c->wflg, &c->ckey, &c->cval };
  for (int i = 0; i < 10; ++i)
    if (!memcmp(name, names[i], 4))
      return slots[i];
  return NULL; /* unknown: skipped */
}

/* Walk the chunk list, check bounds and the final CRC chunk. */
static lsn_status
read_chunks(const unsigned char* p, size_t len, chunks* out)
{
  memset(out, 0, sizeof *out);
  if (len < 16 || memcmp(p, "LSNMODEL", 8))
    return LSN_ERR_BAD_DATA;
  if (get_u32(p + 8) != LSN_MODEL_VERSION)
    return LSN_ERR_BAD_DATA;
  uint32_t count = get_u32(p + 12);
  size_t   pos   = 16;
  for (uint32_t i = 0; i < count; ++i) {
    if (len - pos < 8)
      return LSN_ERR_BAD_DATA;
    uint32_t size = get_u32(p + pos + 4);
    if (size > len - pos - 8)
      return LSN_ERR_BAD_DATA;
    if (!memcmp(p + pos, "CRC ", 4)) {
      bool last = i + 1 == count && size == 4 && pos + 12 == len;
      return last && get_u32(p + pos + 8) == lsn_crc32(p, pos)
               ? LSN_OK
               : LSN_ERR_BAD_DATA;
    }
    chunk* slot = chunk_slot(out, p + pos);
    if (slot && slot->data)
      return LSN_ERR_BAD_DATA; /* twice */
    if (slot) {
      slot->data = p + pos + 8;
      slot->size = size;
    }
    size_t padded = ((size_t)size + 3) & ~(size_t)3;
    if (padded > len - pos - 8)
      return LSN_ERR_BAD_DATA;
    pos += 8 + padded;
  }
  return LSN_ERR_BAD_DATA; /* no CRC chunk */
}

static lsn_status
read_meta(lsn_model* m, const chunks* c)
{
  if (!c->meta.data || c->meta.size != 24 ||
      get_u32(c->meta.data) != LSN_MODEL_FEATURE_SET)
    return LSN_ERR_BAD_DATA;
  m->n_labels   = get_u32(c->meta.data + 4);
  m->n_features = get_u32(c->meta.data + 8);
  m->n_words    = get_u32(c->meta.data + 12);
  memcpy(m->lang, c->meta.data + 16, 8);
  m->lang[7] = '\0';
  if (m->n_labels < 1 || m->n_labels > LSN_MODEL_MAX_LABELS)
    return LSN_ERR_BAD_DATA;
  if (!c->labl.data || c->labl.size != m->n_labels * LABEL_BYTES ||
      !c->fkey.data || c->fkey.size / 4 != m->n_features || c->fkey.size % 4 ||
      !c->fwgt.data || c->fwgt.size / 2 / m->n_labels != m->n_features ||
      c->fwgt.size != (uint64_t)m->n_features * m->n_labels * 2)
    return LSN_ERR_BAD_DATA;
  if (!c->wkey.data || !c->wflg.data || c->wkey.size % 4 ||
      c->wkey.size / 4 != m->n_words || c->wflg.size != m->n_words)
    return LSN_ERR_BAD_DATA;
  /* Tag-history groups: as many as HKEY holds (HWGT is checked once the
   * labels tell how many pairs are allowed). */
  m->n_hist = c->hkey.size / 4;
  if (!c->hkey.data || !c->hwgt.data || c->hkey.size % 4)
    return LSN_ERR_BAD_DATA;
  /* Word classes: as many as CKEY holds, one value each. */
  m->n_classes = c->ckey.size / 4;
  if (!c->ckey.data || !c->cval.data || c->ckey.size % 4 ||
      c->cval.size != c->ckey.size)
    return LSN_ERR_BAD_DATA;
  return LSN_OK;
}

static lsn_status
read_labels(lsn_model* m, const chunk* labl)
{
  bool outside = false;
  for (uint32_t i = 0; i < m->n_labels; ++i) {
    const char* name = (const char*)labl->data + (size_t)i * LABEL_BYTES;
    size_t      len  = strnlen(name, LABEL_BYTES);
    for (size_t k = len; k < LABEL_BYTES; ++k)
      if (name[k])
        return LSN_ERR_BAD_DATA;
    if (lsn_label_parse(&m->labels[i], name, len))
      return LSN_ERR_BAD_DATA;
    for (uint32_t j = 0; j < i; ++j)
      if (!strcmp(m->labels[j].name, m->labels[i].name))
        return LSN_ERR_BAD_DATA;
    if (!m->labels[i].kindlen) {
      outside    = true;
      m->outside = (uint16_t)i;
    }
  }
  return outside ? LSN_OK : LSN_ERR_BAD_DATA;
}

/* Copy `n` increasing nonzero u32 keys. */
static lsn_status
read_keys(uint32_t** out, const unsigned char* p, uint32_t n)
{
  if (!(*out = lsn_malloc((size_t)(n ? n : 1) * sizeof **out)))
    return LSN_ERR_NOMEM;
  uint32_t last = 0;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t k = get_u32(p + (size_t)i * 4);
    if (k <= last)
      return LSN_ERR_BAD_DATA;
    (*out)[i] = last = k;
  }
  return LSN_OK;
}

/* Copy `n` little-endian i16 weights. */
static lsn_status
read_weights(int16_t** out, const unsigned char* p, size_t n)
{
  if (!(*out = lsn_malloc((n ? n : 1) * sizeof **out)))
    return LSN_ERR_NOMEM;
  for (size_t i = 0; i < n; ++i)
    (*out)[i] = (int16_t)(uint16_t)(p[i * 2] | (p[i * 2 + 1] << 8));
  return LSN_OK;
}

/* HWGT holds the weights of the allowed label pairs of each group, in
 * order: spread them into [n_hist][L + 1][L], zero elsewhere. */
static lsn_status
read_history(lsn_model* m, const chunk* hwgt, size_t n)
{
  const size_t L     = m->n_labels;
  uint64_t     pairs = 0;
  lsn_labels_transitions(m->labels, L, m->allowed, m->final);
  for (size_t k = 0; k < (L + 1) * L; ++k)
    pairs += m->allowed[k];
  if (hwgt->size != (uint64_t)m->n_hist * pairs * 2)
    return LSN_ERR_BAD_DATA;
  if (!(m->hist_weights = lsn_calloc(n ? n : 1, sizeof *m->hist_weights)))
    return LSN_ERR_NOMEM;
  const unsigned char* p = hwgt->data;
  for (size_t i = 0; i < n; ++i)
    if (m->allowed[i % ((L + 1) * L)]) {
      m->hist_weights[i] = (int16_t)(uint16_t)(p[0] | (p[1] << 8));
      p += 2;
    }
  return LSN_OK;
}

static lsn_status
read_arrays(lsn_model* m, const chunks* c)
{
  lsn_status st;
  size_t     nw = (size_t)m->n_features * m->n_labels;
  size_t     nh = (size_t)m->n_hist * (m->n_labels + 1) * m->n_labels;
  LSN_TRY(st, read_keys(&m->keys, c->fkey.data, m->n_features));
  LSN_TRY(st, read_weights(&m->weights, c->fwgt.data, nw));
  LSN_TRY(st, read_keys(&m->hist_keys, c->hkey.data, m->n_hist));
  LSN_TRY(st, read_history(m, &c->hwgt, nh));
  LSN_TRY(st, read_keys(&m->word_keys, c->wkey.data, m->n_words));
  LSN_TRY(st, read_keys(&m->class_keys, c->ckey.data, m->n_classes));
  if (!(m->class_values = lsn_malloc((m->n_classes + 1) * sizeof(uint32_t))))
    return LSN_ERR_NOMEM;
  for (uint32_t i = 0; i < m->n_classes; ++i)
    if (!(m->class_values[i] = get_u32(c->cval.data + (size_t)i * 4)))
      return LSN_ERR_BAD_DATA;
  if (!(m->word_flags = lsn_malloc(m->n_words ? m->n_words : 1)))
    return LSN_ERR_NOMEM;
  for (uint32_t i = 0; i < m->n_words; ++i) {
    uint8_t f = c->wflg.data[i];
    if (!f || f > LSN_LEX_ALL)
      return LSN_ERR_BAD_DATA;
    m->word_flags[i] = f;
  }
  return LSN_OK;
}

lsn_status
lsn_model_load_memory(lsn_model** out, const void* bytes, size_t len)
{
  chunks     c;
  lsn_model* m = NULL;
  lsn_status st;
  if (!out || (!bytes && len))
    return LSN_ERR_BAD_ARG;
  *out = NULL;
  if (len > MAX_MODEL_BYTES || !bytes)
    return LSN_ERR_BAD_DATA;
  LSN_TRY(st, read_chunks(bytes, len, &c));
  LSN_TRY(st, lsn_model_alloc(&m));
  if (!(st = read_meta(m, &c)) && !(st = read_labels(m, &c.labl)) &&
      !(st = read_arrays(m, &c)))
    st = lsn_model_finish(m);
  if (st) {
    lsn_model_free(m);
    return st;
  }
  *out = m;
  return LSN_OK;
}

lsn_status
lsn_model_load_file(lsn_model** out, const char* path)
{
  char*      bytes = NULL;
  size_t     len   = 0;
  lsn_status st;
  if (!out || !path)
    return LSN_ERR_BAD_ARG;
  *out = NULL;
  LSN_TRY(st, lsn_read_file(path, MAX_MODEL_BYTES, &bytes, &len));
  st = lsn_model_load_memory(out, bytes, len);
  lsn_free(bytes);
  return st;
}

static lsn_status
load_from_dir(lsn_model** out, const char* dir, const char* lang)
{
  lsn_buf    path;
  lsn_status st;
  lsn_buf_init(&path, 4096);
  if (!(st = lsn_buf_printf(&path, "%s/models/%s.lsnm", dir, lang)))
    st = lsn_model_load_file(out, path.data);
  lsn_buf_free(&path);
  return st;
}

lsn_status
lsn_model_load_lang(lsn_model** out, const char* data_dir, const char* lang)
{
  if (!out || !lang || !*lang || strchr(lang, '/') || strlen(lang) > 7)
    return LSN_ERR_BAD_ARG;
  *out = NULL;
  if (data_dir)
    return load_from_dir(out, data_dir, lang);
  const char* env = getenv("LIAISON_DATA");
  if (env && *env)
    return load_from_dir(out, env, lang);
#if defined(LSN_SOURCE_DATA_DIR) && defined(LSN_INSTALL_DATA_DIR)
  lsn_status st = load_from_dir(out, LSN_SOURCE_DATA_DIR, lang);
  return st == LSN_ERR_IO ? load_from_dir(out, LSN_INSTALL_DATA_DIR, lang) : st;
#else
  return LSN_ERR_IO;
#endif
}
