/* SPDX-License-Identifier: ISC */
/* Partial results and the merge: a record read back holds what was
 * written; damage and lies are refused; two partials merge into labels
 * counted over both, a gazetteer's labels counted once, acronyms redirected,
 * a repeated text and a repeated fact kept once. */
#include "graph/graph.h"
#include "graph/partial.h"
#include "graph/vocab.h"
#include "util/util.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define BASE "https://x.example/"
#define SHA_A "aaaaaaaaaaaaaaaa000000000000000000000000000000000000000000000000"
#define SHA_B "bbbbbbbbbbbbbbbb000000000000000000000000000000000000000000000000"

/* One document: an organisation "Bureau de la coordination (BdC)" or an
 * acronym-only one, a fact, and the document node. */
typedef struct {
  lsn_pool    pool;
  lsn_pentity entities[2];
  lsn_plabel  labels[4], gaz[2];
  lsn_prec    recs[3];
  size_t      n_entities, n_recs;
} doc;

static uint32_t
id(doc* d, const char* s)
{
  uint32_t out;
  assert_int_equal(lsn_pool_intern(&d->pool, s, strlen(s), &out), LSN_OK);
  return out;
}

static void
make_doc(doc* d, const char* sha, bool full_name, bool gazetteer)
{
  char iri[128];
  memset(d, 0, sizeof *d);
  assert_int_equal(lsn_pool_init(&d->pool), LSN_OK);
  snprintf(iri, sizeof iri, BASE "document/%.16s", sha);
  uint32_t docid = id(d, iri);
  uint32_t fr    = id(d, "fr");
  d->labels[0]   = (lsn_plabel){
      id(d, full_name ? "Bureau de la coordination" : "BDC"), fr, 1, 1
  };
  d->labels[1] = (lsn_plabel){ id(d, "BDC"), fr, 0, 2 };
  d->gaz[0] = (lsn_plabel){ id(d, "Coordination Office"), id(d, "en"), 1, 1 };
  d->entities[0] =
    (lsn_pentity){ id(d,
                      full_name ? BASE "organization/bureau-de-la-coordination"
                                : BASE "organization/bdc"),
                   gazetteer ? id(d, "http://www.wikidata.org/entity/Q1") : 0,
                   1,
                   gazetteer,
                   d->labels,
                   full_name ? 2 : 1,
                   d->gaz,
                   gazetteer ? 1 : 0 };
  d->n_entities = 1;
  d->recs[0]    = (lsn_prec){ d->entities[0].iri,
                              id(d, ORG "subOrganizationOf"),
                              id(d, BASE "organization/onu"),
                              0,
                              0,
                              0,
                              LSN_IRI };
  d->recs[1]    = (lsn_prec){
       docid, id(d, RDF "type"), id(d, LSN_NS "Document"), 0, 0, docid, LSN_IRI
  };
  d->n_recs = 2;
}

static void
write_part(FILE* f, doc** docs, const char** paths, const char** shas, int n)
{
  lsn_pheader h = { (char*)"9.9.9", (char*)BASE, { (char*)"", (char*)"" } };
  lsn_buf     rec;
  lsn_buf_init(&rec, 0);
  assert_int_equal(lsn_partial_write_header(f, &h), LSN_OK);
  for (int i = 0; i < n; ++i) {
    assert_int_equal(lsn_precord_encode(&rec,
                                        paths[i],
                                        shas[i],
                                        &docs[i]->pool,
                                        docs[i]->entities,
                                        docs[i]->n_entities,
                                        docs[i]->recs,
                                        docs[i]->n_recs),
                     LSN_OK);
    assert_int_equal(fwrite(rec.data, 1, rec.len, f), rec.len);
  }
  assert_int_equal(lsn_partial_write_trailer(f, (uint64_t)n), LSN_OK);
  lsn_buf_free(&rec);
  rewind(f);
}

static void
test_partial__round_trip(void** state)
{
  doc         a;
  doc*        docs[1]  = { &a };
  const char* paths[1] = { "a.txt" };
  const char* shas[1]  = { SHA_A };
  FILE*       f        = tmpfile();
  lsn_pheader h;
  lsn_precord r = { 0 };
  const char* why;
  (void)state;
  make_doc(&a, SHA_A, true, true);
  write_part(f, docs, paths, shas, 1);
  assert_int_equal(lsn_partial_read_header(f, &h, &why), LSN_OK);
  assert_string_equal(h.base, BASE);
  assert_int_equal(lsn_precord_read_head(f, &r, 0, &why), LSN_OK);
  assert_string_equal(r.path, "a.txt");
  assert_string_equal(r.sha256, SHA_A);
  assert_int_equal(lsn_precord_read_body(f, &r, true, &why), LSN_OK);
  assert_int_equal(r.n_entities, 1);
  assert_int_equal(r.entities[0].n_labels, 2);
  assert_int_equal(r.entities[0].n_gaz, 1);
  assert_string_equal(r.strs[r.entities[0].labels[0].text],
                      "Bureau de la coordination");
  assert_string_equal(r.strs[r.entities[0].same_as],
                      "http://www.wikidata.org/entity/Q1");
  assert_int_equal(r.n_recs, 2);
  assert_string_equal(r.strs[r.recs[0].p], ORG "subOrganizationOf");
  assert_int_equal(lsn_precord_read_head(f, &r, 1, &why), LSN_DONE);
  lsn_precord_clear(&r);
  lsn_pheader_clear(&h);
  lsn_pool_clear(&a.pool);
  fclose(f);
}

/* Bytes of a one-document partial, with one byte changed at `at` (or the
 * file cut there when `cut`): reading it must fail, never crash. */
static lsn_status
read_damaged(long at, bool cut)
{
  doc         a;
  doc*        docs[1]  = { &a };
  const char* paths[1] = { "a.txt" };
  const char* shas[1]  = { SHA_A };
  FILE*       f        = tmpfile();
  FILE*       g        = tmpfile();
  char        buf[8192];
  size_t      n;
  make_doc(&a, SHA_A, true, false);
  write_part(f, docs, paths, shas, 1);
  n = fread(buf, 1, sizeof buf, f);
  if (cut)
    n = (size_t)at;
  else
    buf[at] ^= 0x20;
  fwrite(buf, 1, n, g);
  rewind(g);
  lsn_pheader h;
  lsn_precord r = { 0 };
  const char* why;
  lsn_status  st = lsn_partial_read_header(g, &h, &why);
  if (!st) {
    st = lsn_precord_read_head(g, &r, 0, &why);
    if (!st)
      st = lsn_precord_read_body(g, &r, true, &why);
    if (!st)
      st = lsn_precord_read_head(g, &r, 1, &why);
    lsn_pheader_clear(&h);
  }
  lsn_precord_clear(&r);
  lsn_pool_clear(&a.pool);
  fclose(f);
  fclose(g);
  return st;
}

static void
test_partial__damage_refused(void** state)
{
  (void)state;
  doc         a;
  doc*        docs[1]  = { &a };
  const char* paths[1] = { "a.txt" };
  const char* shas[1]  = { SHA_A };
  FILE*       f        = tmpfile();
  lsn_pheader h;
  lsn_precord r = { 0 };
  const char* why;
  make_doc(&a, SHA_A, true, false);
  write_part(f, docs, paths, shas, 1);
  assert_int_equal(lsn_partial_read_header(f, &h, &why), LSN_OK);
  assert_int_equal(lsn_precord_read_head(f, &r, 0, &why), LSN_OK);
  long body = ftell(f);
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fclose(f);
  lsn_precord_clear(&r);
  lsn_pheader_clear(&h);
  lsn_pool_clear(&a.pool);
  /* Cut anywhere: never a whole file.  A flipped byte: refused wherever it
   * falls from the record's body on (only the header's and the path's
   * letters may change and still read). */
  for (long at = 0; at < size; ++at)
    assert_int_not_equal(read_damaged(at, true), LSN_DONE);
  for (long at = body; at < size; ++at)
    assert_int_not_equal(read_damaged(at, false), LSN_DONE);
}

typedef struct {
  lsn_buf out;
  int     labels, alts, same_as, sub_org, used;
} collect;

static lsn_status
on_triple(void* handle, const lsn_triple* t)
{
  collect* c = handle;
  c->labels += !strcmp(t->predicate.value, RDFS "label") &&
               strstr(t->subject.value, "/organization/");
  c->alts += !strcmp(t->predicate.value, SKOS "altLabel");
  c->same_as += !strcmp(t->predicate.value, OWL "sameAs");
  c->sub_org += !strcmp(t->predicate.value, ORG "subOrganizationOf");
  c->used += !strcmp(t->predicate.value, PROV "used");
  return lsn_buf_printf(&c->out,
                        "%s %s %s%s%s\n",
                        t->subject.value,
                        t->predicate.value,
                        t->object.value,
                        t->object.lang ? "@" : "",
                        t->object.lang ? t->object.lang : "");
}

static void
merge_files(FILE** files, int n, collect* c)
{
  lsn_merge*      m    = lsn_merge_new(NULL, NULL);
  lsn_triple_sink sink = { c, on_triple, NULL };
  memset(c, 0, sizeof *c);
  lsn_buf_init(&c->out, 0);
  for (int i = 0; i < n; ++i) {
    rewind(files[i]);
    assert_int_equal(lsn_merge_add(m, files[i], "part"), LSN_OK);
  }
  assert_int_equal(lsn_merge_emit(m, &sink, 0), LSN_OK);
  assert_int_equal(lsn_merge_emit(m, &sink, 0), LSN_ERR_BAD_ARG);
  lsn_merge_free(m);
}

static void
test_merge__identity_across_partials(void** state)
{
  doc         a, b, c;
  doc*        one[2]   = { &a, &b };
  doc*        two[1]   = { &c };
  const char* paths[2] = { "a.txt", "b.txt" };
  const char* shas[2]  = { SHA_A, SHA_B };
  const char* cpath[1] = { "c.txt" };
  const char* csha[1]  = { SHA_A }; /* the same text as a.txt */
  FILE*       f[2]     = { tmpfile(), tmpfile() };
  collect     all, swapped;
  (void)state;
  /* a: full name, from the gazetteer; b: the acronym alone; c: a copy of a
   * under another name */
  make_doc(&a, SHA_A, true, true);
  make_doc(&b, SHA_B, false, false);
  make_doc(&c, SHA_A, true, true);
  write_part(f[0], one, paths, shas, 2);
  write_part(f[1], two, cpath, csha, 1);
  merge_files(f, 2, &all);
  /* BDC alone is redirected to the office: one entity, two labels */
  assert_null(strstr(all.out.data, BASE "organization/bdc "));
  assert_non_null(strstr(all.out.data,
                         BASE "organization/bureau-de-la-coordination " RDFS
                              "label Bureau de la coordination@fr"));
  assert_non_null(strstr(all.out.data, "label Coordination Office@en"));
  assert_non_null(strstr(all.out.data, "altLabel BDC@fr"));
  assert_int_equal(all.labels, 2); /* fr and en names */
  assert_int_equal(all.same_as, 1);
  /* the fact stated by a and by b (after redirect) is written once */
  assert_int_equal(all.sub_org, 1);
  /* c repeats a's text: two documents used, not three */
  assert_int_equal(all.used, 2);
  FILE* g[2] = { f[1], f[0] };
  merge_files(g, 2, &swapped);
  assert_string_equal(all.out.data, swapped.out.data);
  lsn_buf_free(&all.out);
  lsn_buf_free(&swapped.out);
  lsn_pool_clear(&a.pool);
  lsn_pool_clear(&b.pool);
  lsn_pool_clear(&c.pool);
  fclose(f[0]);
  fclose(f[1]);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_partial__round_trip),
    cmocka_unit_test(test_partial__damage_refused),
    cmocka_unit_test(test_merge__identity_across_partials),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
