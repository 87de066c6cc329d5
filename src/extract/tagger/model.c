/* SPDX-License-Identifier: ISC */
/*
 * The model file (docs/internals/tagger.md has the full layout):
 *
 *   "LSNMODEL"  u32 version  u32 chunk count
 *   chunks: char name[4], u32 size, size bytes, zero padding to 4 bytes
 *     META  u32 feature set, u32 labels L, u32 features F, u32 words W,
 *           char lang[8]
 *     LABL  L x char[32], NUL padded
 *     FKEY  F x u32 feature keys, strictly increasing
 *     FWGT  F x L x i16 weights, row by row
 *     HKEY  H x u32 tag-history group keys, strictly increasing
 *     HWGT  H x A x i16 weights, group by group: of the (L + 1) x L
 *           [previous label][label] pairs, the A allowed ones in order
 *           (lsn_labels_transitions; the others are never read)
 *     WKEY  W x u32 word keys, strictly increasing
 *     WFLG  W x u8 word flags (LSN_LEX_*)
 *     CKEY  C x u32 word-class keys, strictly increasing
 *     CVAL  C x u32 class values, nonzero
 *     CRC   u32 CRC-32 of every byte before this chunk; the last chunk
 *
 * All integers little-endian.  Unknown chunks are skipped, so a later
 * version can add some; the loader checks every size against the buffer
 * before reading, and the checksum refuses a damaged file.
 */
#include "tagger_int.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAGIC "LSNMODEL"
#define LABEL_BYTES 32u
#define MAX_MODEL_BYTES ((size_t)1 << 30)

/* ------------------------------------------------------------------------ */
/* Model memory                                                             */

lsn_status
lsn_model_alloc(lsn_model** out)
{
  *out = lsn_calloc(1, sizeof **out);
  return *out ? LSN_OK : LSN_ERR_NOMEM;
}

void
lsn_model_free(lsn_model* model)
{
  if (!model)
    return;
  lsn_free(model->keys);
  lsn_free(model->weights);
  lsn_free(model->table);
  lsn_free(model->hist_keys);
  lsn_free(model->hist_weights);
  lsn_u32_map_clear(&model->hist_index);
  lsn_free(model->word_keys);
  lsn_free(model->word_flags);
  lsn_u32_map_clear(&model->words);
  lsn_free(model->class_keys);
  lsn_free(model->class_values);
  lsn_u32_map_clear(&model->classes);
  lsn_free(model);
}

const char*
lsn_model_lang(const lsn_model* model)
{
  return model ? model->lang : "";
}

/* Fill model->trans from the group of template 100 (zero when absent). */
static void
cache_transitions(lsn_model* model)
{
  const size_t   L   = model->n_labels;
  const int16_t* row = lsn_model_hist_row(model, lsn_feature_key(100, 0));
  memset(model->trans, 0, sizeof model->trans);
  if (row)
    memcpy(model->trans, row, (L + 1) * L * sizeof *model->trans);
}

/* Fill model->table from the keys and weights (keys distinct, nonzero). */
static lsn_status
build_table(lsn_model* model)
{
  size_t slots = 16;
  while (slots < (size_t)model->n_features * 2 + 2)
    slots *= 2;
  model->stride     = (4 + 2 * (size_t)model->n_labels + 3) & ~(size_t)3;
  model->table_mask = slots - 1;
  lsn_free(model->table);
  if (!(model->table = lsn_calloc(slots, model->stride)))
    return LSN_ERR_NOMEM;
  for (uint32_t f = 0; f < model->n_features; ++f) {
    uint32_t key = model->keys[f];
    size_t   i   = (key * 2654435761u) & model->table_mask;
    while (*(uint32_t*)(void*)(model->table + i * model->stride))
      i = (i + 1) & model->table_mask;
    unsigned char* slot     = model->table + i * model->stride;
    *(uint32_t*)(void*)slot = key;
    memcpy(slot + 4,
           model->weights + (size_t)f * model->n_labels,
           model->n_labels * sizeof *model->weights);
  }
  return LSN_OK;
}

/* A number no other model of this process has: hashing the 20 MB of a
 * model's weights for it took a fifth of the start-up, and a work area
 * only needs to know that the model changed. */
static uint64_t
model_stamp(void)
{
  static atomic_uint_fast64_t made;
  return atomic_fetch_add(&made, 1) + 1;
}

lsn_status
lsn_model_finish(lsn_model* model)
{
  lsn_status st;
  LSN_TRY(st, build_table(model));
  lsn_u32_map_clear(&model->hist_index);
  LSN_TRY(st, lsn_u32_map_init(&model->hist_index, model->n_hist));
  for (uint32_t i = 0; i < model->n_hist; ++i)
    LSN_TRY(st, lsn_u32_map_put(&model->hist_index, model->hist_keys[i], i));
  LSN_TRY(st, lsn_u32_map_init(&model->words, model->n_words));
  for (uint32_t i = 0; i < model->n_words; ++i)
    LSN_TRY(st,
            lsn_u32_map_put(
              &model->words, model->word_keys[i], model->word_flags[i]));
  lsn_u32_map_clear(&model->classes);
  LSN_TRY(st, lsn_u32_map_init(&model->classes, model->n_classes));
  for (uint32_t i = 0; i < model->n_classes; ++i)
    LSN_TRY(st,
            lsn_u32_map_put(
              &model->classes, model->class_keys[i], model->class_values[i]));
  model->stamp = model_stamp();
  lsn_labels_transitions(
    model->labels, model->n_labels, model->allowed, model->final);
  for (size_t prev = 0, L = model->n_labels; prev <= L; ++prev) {
    model->n_succ[prev] = 0;
    for (size_t cur = 0; cur < L; ++cur)
      if (model->allowed[prev * L + cur])
        model->succ[prev * L + model->n_succ[prev]++] = (uint8_t)cur;
  }

  cache_transitions(model);
  return LSN_OK;
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */

static lsn_status
put_u32(lsn_buf* buf, uint32_t v)
{
  char b[4] = { (char)(v & 0xFF),
                (char)((v >> 8) & 0xFF),
                (char)((v >> 16) & 0xFF),
                (char)((v >> 24) & 0xFF) };
  return lsn_buf_add(buf, b, 4);
}

static lsn_status
put_chunk_header(lsn_buf* buf, const char* name, size_t size)
{
  lsn_status st;
  if (size > UINT32_MAX)
    return LSN_ERR_BAD_ARG;
  LSN_TRY(st, lsn_buf_add(buf, name, 4));
  return put_u32(buf, (uint32_t)size);
}

static lsn_status
pad4(lsn_buf* buf)
{
  lsn_status st = LSN_OK;
  while (!st && buf->len % 4)
    st = lsn_buf_addc(buf, '\0');
  return st;
}

static lsn_status
put_u32_chunk(lsn_buf* buf, const char* name, const uint32_t* v, size_t n)
{
  lsn_status st;
  LSN_TRY(st, put_chunk_header(buf, name, n * 4));
  for (size_t i = 0; i < n; ++i)
    LSN_TRY(st, put_u32(buf, v[i]));
  return LSN_OK;
}

static lsn_status
put_meta(lsn_buf* buf, const lsn_model* m)
{
  lsn_status st;
  char       lang[8] = { 0 };
  LSN_TRY(st, put_chunk_header(buf, "META", 24));
  LSN_TRY(st, put_u32(buf, LSN_MODEL_FEATURE_SET));
  LSN_TRY(st, put_u32(buf, m->n_labels));
  LSN_TRY(st, put_u32(buf, m->n_features));
  LSN_TRY(st, put_u32(buf, m->n_words));
  memcpy(lang, m->lang, strnlen(m->lang, sizeof lang));
  return lsn_buf_add(buf, lang, sizeof lang);
}

static lsn_status
put_labels(lsn_buf* buf, const lsn_model* m)
{
  lsn_status st;
  LSN_TRY(st, put_chunk_header(buf, "LABL", (size_t)m->n_labels * LABEL_BYTES));
  for (uint32_t i = 0; i < m->n_labels; ++i) {
    char name[LABEL_BYTES] = { 0 };
    memcpy(name, m->labels[i].name, strnlen(m->labels[i].name, LABEL_BYTES));
    LSN_TRY(st, lsn_buf_add(buf, name, LABEL_BYTES));
  }
  return LSN_OK;
}

static lsn_status
put_weights(lsn_buf* buf, const char* name, const int16_t* weights, size_t n)
{
  lsn_status st;
  LSN_TRY(st, put_chunk_header(buf, name, n * 2));
  for (size_t i = 0; i < n; ++i) {
    uint16_t v    = (uint16_t)weights[i];
    char     b[2] = { (char)(v & 0xFF), (char)(v >> 8) };
    LSN_TRY(st, lsn_buf_add(buf, b, 2));
  }
  return pad4(buf);
}

/* The history weights of the allowed label pairs only. */
static lsn_status
put_history(lsn_buf* buf, const lsn_model* m)
{
  lsn_status st;
  size_t     L = m->n_labels, pairs = 0;
  for (size_t prev = 0; prev <= L; ++prev)
    pairs += m->n_succ[prev];
  LSN_TRY(st, put_chunk_header(buf, "HWGT", (size_t)m->n_hist * pairs * 2));
  for (size_t h = 0; h < m->n_hist; ++h) {
    const int16_t* g = m->hist_weights + h * (L + 1) * L;
    for (size_t prev = 0; prev <= L; ++prev)
      for (size_t k = 0; k < m->n_succ[prev]; ++k) {
        uint16_t v    = (uint16_t)g[prev * L + m->succ[prev * L + k]];
        char     b[2] = { (char)(v & 0xFF), (char)(v >> 8) };
        LSN_TRY(st, lsn_buf_add(buf, b, 2));
      }
  }
  return pad4(buf);
}

static lsn_status
put_words(lsn_buf* buf, const lsn_model* m)
{
  lsn_status st;
  LSN_TRY(st, put_u32_chunk(buf, "WKEY", m->word_keys, m->n_words));
  LSN_TRY(st, put_chunk_header(buf, "WFLG", m->n_words));
  if (m->n_words)
    LSN_TRY(st, lsn_buf_add(buf, (const char*)m->word_flags, m->n_words));
  return pad4(buf);
}

static lsn_status
put_model(lsn_buf* buf, const lsn_model* m)
{
  lsn_status st;
  LSN_TRY(st, lsn_buf_add(buf, MAGIC, 8));
  LSN_TRY(st, put_u32(buf, LSN_MODEL_VERSION));
  LSN_TRY(st, put_u32(buf, 11)); /* chunks */
  LSN_TRY(st, put_meta(buf, m));
  LSN_TRY(st, put_labels(buf, m));
  LSN_TRY(st, put_u32_chunk(buf, "FKEY", m->keys, m->n_features));
  LSN_TRY(
    st,
    put_weights(buf, "FWGT", m->weights, (size_t)m->n_features * m->n_labels));
  LSN_TRY(st, put_u32_chunk(buf, "HKEY", m->hist_keys, m->n_hist));
  LSN_TRY(st, put_history(buf, m));
  LSN_TRY(st, put_words(buf, m));
  LSN_TRY(st, put_u32_chunk(buf, "CKEY", m->class_keys, m->n_classes));
  LSN_TRY(st, put_u32_chunk(buf, "CVAL", m->class_values, m->n_classes));
  uint32_t crc = lsn_crc32(buf->data, buf->len);
  LSN_TRY(st, put_chunk_header(buf, "CRC ", 4));
  return put_u32(buf, crc);
}

lsn_status
lsn_model_save_memory(const lsn_model* model, char** bytes_out, size_t* len_out)
{
  lsn_buf buf;
  *bytes_out = NULL;
  *len_out   = 0;
  lsn_buf_init(&buf, MAX_MODEL_BYTES);
  lsn_status st = put_model(&buf, model);
  if (st) {
    lsn_buf_free(&buf);
    return st;
  }
  *len_out   = buf.len;
  *bytes_out = lsn_buf_take(&buf);
  return *bytes_out ? LSN_OK : LSN_ERR_NOMEM;
}

static lsn_status
write_all(const char* path, const char* bytes, size_t len)
{
  FILE* file = fopen(path, "wb");
  if (!file)
    return LSN_ERR_IO;
  int bad = fwrite(bytes, 1, len, file) != len;
  bad |= fflush(file) != 0;
  bad |= fsync(fileno(file)) != 0;
  bad |= fclose(file) != 0;
  return bad ? LSN_ERR_IO : LSN_OK;
}

lsn_status
lsn_model_save_file(const lsn_model* model, const char* path)
{
  char*      bytes = NULL;
  size_t     len   = 0;
  lsn_buf    tmp;
  lsn_status st;
  if (!model || !path)
    return LSN_ERR_BAD_ARG;
  LSN_TRY(st, lsn_model_save_memory(model, &bytes, &len));
  lsn_buf_init(&tmp, 0);
  if (!(st = lsn_buf_printf(&tmp, "%s.tmp", path)) &&
      !(st = write_all(tmp.data, bytes, len)) && rename(tmp.data, path))
    st = LSN_ERR_IO;
  if (st && tmp.data) {
    int saved = errno;
    remove(tmp.data);
    errno = saved;
  }
  lsn_buf_free(&tmp);
  lsn_free(bytes);
  return st;
}
