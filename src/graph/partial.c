/* SPDX-License-Identifier: ISC */
/*
 * Reading and writing partial results (docs/internals/partial.md).  Numbers
 * are little-endian whatever the machine, strings are a 32-bit length and
 * their bytes, and every record carries the hash of its body.  Reading
 * trusts nothing: every id is checked against its table, every IRI and
 * language tag for characters no RDF syntax can carry, every literal for
 * UTF-8, so a damaged or hostile partial is refused, never written out.
 */
#include "graph/partial.h"
#include "extract/extract.h"
#include "text/text.h"

#include <string.h>
#include <sys/stat.h>

#define MAX_PATH_LEN (1u << 16)
#define MAX_BODY_LEN ((uint64_t)1 << 38)

/* Writing ------------------------------------------------------------------ */

static lsn_status
put_u32(lsn_buf* b, uint32_t v)
{
  char bytes[4] = { (char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24) };
  return lsn_buf_add(b, bytes, 4);
}

static lsn_status
put_u64(lsn_buf* b, uint64_t v)
{
  lsn_status st;
  LSN_TRY(st, put_u32(b, (uint32_t)v));
  return put_u32(b, (uint32_t)(v >> 32));
}

static lsn_status
put_str(lsn_buf* b, const char* s, size_t len)
{
  lsn_status st;
  if (len > UINT32_MAX)
    return LSN_ERR_BAD_ARG;
  LSN_TRY(st, put_u32(b, (uint32_t)len));
  return lsn_buf_add(b, s, len);
}

static lsn_status
write_buf(FILE* out, const lsn_buf* b)
{
  return fwrite(b->data, 1, b->len, out) == b->len ? LSN_OK : LSN_ERR_IO;
}

lsn_status
lsn_partial_write_header(FILE* out, const lsn_pheader* h)
{
  lsn_buf    b;
  lsn_status st;
  lsn_buf_init(&b, 0);
  if (!(st = lsn_buf_add(&b, LSN_PARTIAL_MAGIC, 8)) &&
      !(st = put_u32(&b, LSN_PARTIAL_VERSION)) &&
      !(st = put_str(&b, h->version, strlen(h->version))) &&
      !(st = put_str(&b, h->base, strlen(h->base))) &&
      !(st = put_str(&b, h->model_sha[0], strlen(h->model_sha[0]))) &&
      !(st = put_str(&b, h->model_sha[1], strlen(h->model_sha[1]))))
    st = write_buf(out, &b);
  lsn_buf_free(&b);
  return st;
}

lsn_status
lsn_partial_write_trailer(FILE* out, uint64_t n_records)
{
  lsn_buf    b;
  lsn_status st;
  lsn_buf_init(&b, 0);
  if (!(st = lsn_buf_addc(&b, 'E')) && !(st = put_u64(&b, n_records)))
    st = write_buf(out, &b);
  lsn_buf_free(&b);
  return st;
}

static lsn_status
put_labels(lsn_buf* b, const lsn_plabel* labels, uint32_t n)
{
  lsn_status st;
  LSN_TRY(st, put_u32(b, n));
  for (uint32_t i = 0; i < n; ++i) {
    LSN_TRY(st, put_u32(b, labels[i].text));
    LSN_TRY(st, put_u32(b, labels[i].lang));
    LSN_TRY(st, put_u32(b, labels[i].as_name));
    LSN_TRY(st, put_u32(b, labels[i].seen));
  }
  return LSN_OK;
}

static lsn_status
put_body(lsn_buf*           b,
         const lsn_pool*    strings,
         const lsn_pentity* entities,
         size_t             n_entities,
         const lsn_prec*    recs,
         size_t             n_recs)
{
  lsn_status st;
  if (n_entities > UINT32_MAX || n_recs > UINT32_MAX)
    return LSN_ERR_NOMEM;
  LSN_TRY(st, put_u32(b, (uint32_t)strings->n));
  for (size_t i = 0; i < strings->n; ++i) {
    LSN_TRY(st, put_str(b, strings->strs[i], strings->lens[i]));
    LSN_TRY(st, lsn_buf_addc(b, '\0'));
  }
  LSN_TRY(st, put_u32(b, (uint32_t)n_entities));
  for (size_t i = 0; i < n_entities; ++i) {
    const lsn_pentity* e = &entities[i];
    LSN_TRY(st, put_u32(b, e->iri));
    LSN_TRY(st, put_u32(b, e->same_as));
    LSN_TRY(st, lsn_buf_addc(b, (char)e->type));
    LSN_TRY(st, lsn_buf_addc(b, (char)e->from_gazetteer));
    LSN_TRY(st, put_labels(b, e->labels, e->n_labels));
    LSN_TRY(st, put_labels(b, e->gaz, e->n_gaz));
  }
  LSN_TRY(st, put_u32(b, (uint32_t)n_recs));
  for (size_t i = 0; i < n_recs; ++i) {
    const lsn_prec* r = &recs[i];
    LSN_TRY(st, put_u32(b, r->s));
    LSN_TRY(st, put_u32(b, r->p));
    LSN_TRY(st, put_u32(b, r->o));
    LSN_TRY(st, put_u32(b, r->lang));
    LSN_TRY(st, put_u32(b, r->dt));
    LSN_TRY(st, put_u32(b, r->graph));
    LSN_TRY(st, lsn_buf_addc(b, (char)r->okind));
  }
  return LSN_OK;
}

lsn_status
lsn_precord_encode(lsn_buf*           out,
                   const char*        path,
                   const char*        sha256,
                   const lsn_pool*    strings,
                   const lsn_pentity* entities,
                   size_t             n_entities,
                   const lsn_prec*    recs,
                   size_t             n_recs)
{
  lsn_buf    body;
  lsn_status st;
  size_t     path_len = strlen(path);
  lsn_buf_clear(out);
  if (path_len > MAX_PATH_LEN || strlen(sha256) != 64)
    return LSN_ERR_BAD_ARG;
  lsn_buf_init(&body, 0);
  if (!(st = put_body(&body, strings, entities, n_entities, recs, n_recs)) &&
      !(st = lsn_buf_addc(out, 'D')) && !(st = put_str(out, path, path_len)) &&
      !(st = lsn_buf_add(out, sha256, 64)) && !(st = put_u64(out, body.len)) &&
      !(st = put_u64(out, lsn_hash_bytes(body.data, body.len))))
    st = lsn_buf_add(out, body.data, body.len);
  lsn_buf_free(&body);
  return st;
}

/* Reading ------------------------------------------------------------------ */

static uint32_t
get_u32(const unsigned char* p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

static uint64_t
get_u64(const unsigned char* p)
{
  return (uint64_t)get_u32(p) | (uint64_t)get_u32(p + 4) << 32;
}

static lsn_status
read_exact(FILE* in, void* to, size_t len, const char** why)
{
  if (fread(to, 1, len, in) == len)
    return LSN_OK;
  *why = ferror(in) ? "cannot read" : "truncated (no trailer)";
  return ferror(in) ? LSN_ERR_IO : LSN_ERR_BAD_DATA;
}

static lsn_status
read_u32(FILE* in, uint32_t* v, const char** why)
{
  unsigned char b[4];
  lsn_status    st;
  LSN_TRY(st, read_exact(in, b, 4, why));
  *v = get_u32(b);
  return LSN_OK;
}

static lsn_status
read_u64(FILE* in, uint64_t* v, const char** why)
{
  unsigned char b[8];
  lsn_status    st;
  LSN_TRY(st, read_exact(in, b, 8, why));
  *v = get_u64(b);
  return LSN_OK;
}

static lsn_status
read_str(FILE* in, uint32_t max, char** out, const char** why)
{
  uint32_t   len;
  lsn_status st;
  LSN_TRY(st, read_u32(in, &len, why));
  if (len > max) {
    *why = "string longer than the format allows";
    return LSN_ERR_BAD_DATA;
  }
  if (!(*out = lsn_malloc((size_t)len + 1)))
    return LSN_ERR_NOMEM;
  (*out)[len] = '\0';
  if ((st = read_exact(in, *out, len, why)))
    return st;
  if (memchr(*out, '\0', len)) {
    *why = "NUL byte inside a string";
    return LSN_ERR_BAD_DATA;
  }
  return LSN_OK;
}

void
lsn_pheader_clear(lsn_pheader* h)
{
  lsn_free(h->version);
  lsn_free(h->base);
  lsn_free(h->model_sha[0]);
  lsn_free(h->model_sha[1]);
  memset(h, 0, sizeof *h);
}

static bool
iri_ok(const char* s, uint32_t len);

static bool
header_ok(const lsn_pheader* h)
{
  size_t nv = strlen(h->version), nb = strlen(h->base);
  if (!nv || strspn(h->version, "0123456789.") != nv || !nb ||
      !iri_ok(h->base, (uint32_t)nb) || !strchr(h->base, ':') ||
      (h->base[nb - 1] != '/' && h->base[nb - 1] != '#'))
    return false;
  for (int l = 0; l < 2; ++l) {
    size_t n = strlen(h->model_sha[l]);
    if ((n && n != 64) || strspn(h->model_sha[l], "0123456789abcdef") != n)
      return false;
  }
  return true;
}

lsn_status
lsn_partial_read_header(FILE* in, lsn_pheader* h, const char** why)
{
  char       magic[8];
  uint32_t   version;
  lsn_status st;
  memset(h, 0, sizeof *h);
  if ((st = read_exact(in, magic, 8, why)) ||
      memcmp(magic, LSN_PARTIAL_MAGIC, 8)) {
    *why = "not a liaison partial result (bad magic)";
    return LSN_ERR_BAD_DATA;
  }
  LSN_TRY(st, read_u32(in, &version, why));
  if (version != LSN_PARTIAL_VERSION) {
    *why = "partial result of another format version";
    return LSN_ERR_BAD_DATA;
  }
  if ((st = read_str(in, 256, &h->version, why)) ||
      (st = read_str(in, 4096, &h->base, why)) ||
      (st = read_str(in, 64, &h->model_sha[0], why)) ||
      (st = read_str(in, 64, &h->model_sha[1], why))) {
    lsn_pheader_clear(h);
    return st;
  }
  /* The version and the digests become parts of IRIs, the base the start
   * of every minted IRI: each must be what liaison writes. */
  if (!header_ok(h)) {
    *why = "bad header (version, base or model digest)";
    lsn_pheader_clear(h);
    return LSN_ERR_BAD_DATA;
  }
  return LSN_OK;
}

void
lsn_precord_clear(lsn_precord* r)
{
  lsn_free(r->path);
  lsn_free(r->body);
  lsn_free(r->strs);
  lsn_free(r->lens);
  lsn_free(r->entities);
  lsn_free(r->labels);
  lsn_free(r->recs);
  memset(r, 0, sizeof *r);
}

static bool
is_hex(const char* s, size_t n)
{
  for (size_t i = 0; i < n; ++i)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
      return false;
  return true;
}

/* The stream's bytes after the current position, or UINT64_MAX when it is
 * not a regular file. */
static uint64_t
bytes_left(FILE* in)
{
  struct stat info;
  long        at = ftell(in);
  if (at < 0 || fstat(fileno(in), &info) || !S_ISREG(info.st_mode) ||
      (uint64_t)info.st_size < (uint64_t)at)
    return UINT64_MAX;
  return (uint64_t)info.st_size - (uint64_t)at;
}

lsn_status
lsn_precord_read_head(FILE*        in,
                      lsn_precord* r,
                      uint64_t     n_read,
                      const char** why)
{
  unsigned char tag;
  lsn_status    st;
  lsn_precord_clear(r);
  LSN_TRY(st, read_exact(in, &tag, 1, why));
  if (tag == 'E') {
    uint64_t n;
    LSN_TRY(st, read_u64(in, &n, why));
    if (n != n_read) {
      *why = "trailer does not count the records read";
      return LSN_ERR_BAD_DATA;
    }
    return LSN_DONE;
  }
  if (tag != 'D') {
    *why = "unknown record";
    return LSN_ERR_BAD_DATA;
  }
  LSN_TRY(st, read_str(in, MAX_PATH_LEN, &r->path, why));
  LSN_TRY(st, read_exact(in, r->sha256, 64, why));
  r->sha256[64] = '\0';
  if (!is_hex(r->sha256, 64)) {
    *why = "bad document digest";
    return LSN_ERR_BAD_DATA;
  }
  LSN_TRY(st, read_u64(in, &r->body_len, why));
  LSN_TRY(st, read_u64(in, &r->body_hash, why));
  if (r->body_len > MAX_BODY_LEN || r->body_len > bytes_left(in)) {
    *why = "record longer than the file";
    return LSN_ERR_BAD_DATA;
  }
  return LSN_OK;
}

lsn_status
lsn_precord_skip_body(FILE* in, lsn_precord* r, const char** why)
{
  if (!fseeko(in, (off_t)r->body_len, SEEK_CUR))
    return LSN_OK;
  *why = "cannot seek";
  return LSN_ERR_IO;
}

/* Decoding a body ----------------------------------------------------------
 */

typedef struct {
  const unsigned char* p;
  const unsigned char* end;
  lsn_precord*         r;
  uint8_t*             checked; /* per string: 1 IRI ok, 2 literal ok */
  const char*          why;
} cursor;

static bool
take(cursor* c, size_t n, const unsigned char** at)
{
  if ((size_t)(c->end - c->p) < n) {
    c->why = "record body cut short";
    return false;
  }
  *at = c->p;
  c->p += n;
  return true;
}

static bool
take_u32(cursor* c, uint32_t* v)
{
  const unsigned char* at;
  if (!take(c, 4, &at))
    return false;
  *v = get_u32(at);
  return true;
}

static bool
take_u8(cursor* c, uint8_t* v)
{
  const unsigned char* at;
  if (!take(c, 1, &at))
    return false;
  *v = *at;
  return true;
}

/* A count of items of at least `size` bytes each, that the body can hold. */
static bool
take_count(cursor* c, size_t size, uint32_t* n)
{
  if (!take_u32(c, n))
    return false;
  if ((uint64_t)*n * size > (uint64_t)(c->end - c->p)) {
    c->why = "count larger than the record";
    return false;
  }
  return true;
}

static bool
decode_strings(cursor* c)
{
  lsn_precord* r = c->r;
  if (!take_count(c, 5, &r->n_strs) || !r->n_strs) {
    c->why = c->why ? c->why : "no string table";
    return false;
  }
  r->strs    = lsn_malloc(r->n_strs * sizeof *r->strs);
  r->lens    = lsn_malloc(r->n_strs * sizeof *r->lens);
  c->checked = lsn_calloc(r->n_strs, 1);
  if (!r->strs || !r->lens || !c->checked) {
    c->why = "out of memory";
    return false;
  }
  for (uint32_t i = 0; i < r->n_strs; ++i) {
    uint32_t             len;
    const unsigned char* at;
    if (!take_u32(c, &len) || len == UINT32_MAX ||
        !take(c, (size_t)len + 1, &at))
      return false;
    if (at[len] || memchr(at, '\0', len) || (i == 0 && len)) {
      c->why = "malformed string";
      return false;
    }
    r->strs[i] = (const char*)at;
    r->lens[i] = len;
  }
  return true;
}

/* Characters that no IRI in an RDF syntax may hold unescaped. */
static bool
iri_ok(const char* s, uint32_t len)
{
  if (!len)
    return false;
  for (uint32_t i = 0; i < len; ++i) {
    unsigned char ch = (unsigned char)s[i];
    if (ch <= 0x20 || strchr("<>\"{}|^`\\", ch))
      return false;
  }
  size_t bad;
  return !lsn_utf8_check(s, len, &bad);
}

static bool
lang_ok(const char* s, uint32_t len)
{
  for (uint32_t i = 0; i < len; ++i) {
    char ch = s[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
          (ch >= '0' && ch <= '9') || (ch == '-' && i > 0)))
      return false;
  }
  return len > 0;
}

/* Is id `id` a string usable as `kind` (1 IRI, 2 literal, 3 language)? */
static bool
check_id(cursor* c, uint32_t id, uint8_t kind)
{
  lsn_precord* r = c->r;
  if (id >= r->n_strs) {
    c->why = "string id out of range";
    return false;
  }
  if (c->checked[id] & (1u << kind))
    return true;
  size_t bad;
  bool   ok = kind == 1 ? iri_ok(r->strs[id], r->lens[id])
              : kind == 2
                ? !lsn_utf8_check(r->strs[id], r->lens[id], &bad) &&
                  !lsn_text_check_chars(r->strs[id], r->lens[id], &bad)
                : lang_ok(r->strs[id], r->lens[id]);
  if (!ok) {
    c->why = kind == 1   ? "invalid IRI"
             : kind == 2 ? "invalid literal"
                         : "invalid language tag";
    return false;
  }
  c->checked[id] |= (uint8_t)(1u << kind);
  return true;
}

static bool
decode_labels(cursor* c, lsn_plabel* to, uint32_t n)
{
  for (uint32_t i = 0; i < n; ++i) {
    lsn_plabel* l = &to[i];
    if (!take_u32(c, &l->text) || !take_u32(c, &l->lang) ||
        !take_u32(c, &l->as_name) || !take_u32(c, &l->seen) ||
        !check_id(c, l->text, 2) || !check_id(c, l->lang, 3))
      return false;
  }
  return true;
}

/* Entities come in two passes over the same bytes: the first counts the
 * labels, so that they all go into one array. */
static bool
decode_entities(cursor* c)
{
  lsn_precord*         r     = c->r;
  const unsigned char* start = c->p;
  uint64_t             total = 0;
  if (!take_count(c, 18, &r->n_entities))
    return false;
  for (uint32_t i = 0; i < r->n_entities; ++i) {
    const unsigned char* at;
    uint32_t             n;
    for (int part = 0; part < 2; ++part) {
      if (!take(c, part ? 0 : 10, &at) || !take_count(c, 16, &n) ||
          !take(c, (size_t)n * 16, &at))
        return false;
      total += n;
    }
  }
  c->p        = start + 4;
  r->entities = lsn_calloc(r->n_entities + 1, sizeof *r->entities);
  r->labels   = lsn_malloc((size_t)(total + 1) * sizeof *r->labels);
  if (!r->entities || !r->labels) {
    c->why = "out of memory";
    return false;
  }
  lsn_plabel* next = r->labels;
  for (uint32_t i = 0; i < r->n_entities; ++i) {
    lsn_pentity* e = &r->entities[i];
    if (!take_u32(c, &e->iri) || !take_u32(c, &e->same_as) ||
        !take_u8(c, &e->type) || !take_u8(c, &e->from_gazetteer) ||
        !check_id(c, e->iri, 1) || (e->same_as && !check_id(c, e->same_as, 1)))
      return false;
    if (e->type >= LSN_N_TYPES || e->from_gazetteer > 1) {
      c->why = "bad entity type";
      return false;
    }
    if (!take_u32(c, &e->n_labels))
      return false;
    e->labels = next;
    next += e->n_labels;
    if (!decode_labels(c, e->labels, e->n_labels) || !take_u32(c, &e->n_gaz))
      return false;
    e->gaz = next;
    next += e->n_gaz;
    if (!decode_labels(c, e->gaz, e->n_gaz))
      return false;
  }
  return true;
}

static bool
decode_recs(cursor* c)
{
  lsn_precord* r = c->r;
  if (!take_count(c, 25, &r->n_recs))
    return false;
  if (!(r->recs = lsn_malloc(((size_t)r->n_recs + 1) * sizeof *r->recs))) {
    c->why = "out of memory";
    return false;
  }
  for (uint32_t i = 0; i < r->n_recs; ++i) {
    lsn_prec* t = &r->recs[i];
    if (!take_u32(c, &t->s) || !take_u32(c, &t->p) || !take_u32(c, &t->o) ||
        !take_u32(c, &t->lang) || !take_u32(c, &t->dt) ||
        !take_u32(c, &t->graph) || !take_u8(c, &t->okind))
      return false;
    if ((t->okind != LSN_IRI && t->okind != LSN_LITERAL) ||
        (t->okind == LSN_IRI && (t->lang || t->dt)) || (t->lang && t->dt)) {
      c->why = "bad triple";
      return false;
    }
    if (!check_id(c, t->s, 1) || !check_id(c, t->p, 1) ||
        !check_id(c, t->o, t->okind == LSN_IRI ? 1 : 2) ||
        (t->lang && !check_id(c, t->lang, 3)) ||
        (t->dt && !check_id(c, t->dt, 1)) ||
        (t->graph && !check_id(c, t->graph, 1)))
      return false;
  }
  if (c->p != c->end) {
    c->why = "bytes after the last triple";
    return false;
  }
  return true;
}

lsn_status
lsn_precord_read_body(FILE*        in,
                      lsn_precord* r,
                      bool         with_recs,
                      const char** why)
{
  /* Read in pieces, so that a length that lies costs no more memory than
   * the bytes that are really there. */
  lsn_buf    body;
  lsn_status st = LSN_OK;
  lsn_buf_init(&body, 0);
  char* piece = lsn_malloc((size_t)1 << 16);
  if (!piece)
    return LSN_ERR_NOMEM;
  for (uint64_t left = r->body_len; !st && left;) {
    size_t n = left < ((size_t)1 << 16) ? (size_t)left : (size_t)1 << 16;
    if (!(st = read_exact(in, piece, n, why)))
      st = lsn_buf_add(&body, piece, n);
    left -= n;
  }
  lsn_free(piece);
  if (st) {
    lsn_buf_free(&body);
    return st;
  }
  r->body = body.data ? lsn_buf_take(&body) : lsn_strdup("");
  if (!r->body)
    return LSN_ERR_NOMEM;
  if (lsn_hash_bytes(r->body, (size_t)r->body_len) != r->body_hash) {
    *why = "record damaged (digest mismatch)";
    return LSN_ERR_BAD_DATA;
  }
  cursor c  = { (const unsigned char*)r->body,
                (const unsigned char*)r->body + r->body_len,
                r,
                NULL,
                NULL };
  bool   ok = decode_strings(&c) && decode_entities(&c) &&
            (!with_recs || decode_recs(&c));
  lsn_free(c.checked);
  if (ok)
    return LSN_OK;
  *why = c.why ? c.why : "malformed record";
  return strcmp(*why, "out of memory") ? LSN_ERR_BAD_DATA : LSN_ERR_NOMEM;
}
