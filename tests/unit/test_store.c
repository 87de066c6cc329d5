/* SPDX-License-Identifier: ISC */
/* The embedded store: the sink fills contexts, loading a graph again
 * replaces it, queries give results in every format, a bad query names
 * its line and column, and a write session changes the store only when it
 * closes (generations). */
#include "liaison.h"

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#define EX "http://example.org/"

#if defined(__SANITIZE_ADDRESS__)
/* librdf 1.0.17 compares hash keys with memcmp past the first difference
 * (only strict_memcmp objects) and leaks in two places (tests/librdf.supp);
 * full stacks let the suppressions match. */
const char*
__asan_default_options(void);
const char*
__lsan_default_suppressions(void);
const char*
__asan_default_options(void)
{
  return "strict_memcmp=0:fast_unwind_on_malloc=0";
}
const char*
__lsan_default_suppressions(void)
{
  return "leak:librdf_statement_decode2\nleak:rasqal_new_triples_match\n"
         "leak:librasqal.so\n";
}
#endif

typedef struct {
  char     dir[64];
  lsn_diag last;
  char     message[256];
  int      n_diags;
} fixture;

static void
on_diag(void* handle, const lsn_diag* d)
{
  fixture* f = handle;
  f->last    = *d;
  snprintf(f->message, sizeof f->message, "%s", d->message);
  ++f->n_diags;
}

static int
setup(void** state)
{
  fixture* f = calloc(1, sizeof *f);
  snprintf(f->dir, sizeof f->dir, "/tmp/lsn-store-XXXXXX");
  if (!mkdtemp(f->dir))
    return -1;
  *state = f;
  return 0;
}

static int
teardown(void** state)
{
  fixture* f = *state;
  char     cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  int rc = system(cmd);
  free(f);
  return rc;
}

static lsn_term
iri(const char* v)
{
  lsn_term t = { LSN_IRI, v, NULL, NULL };
  return t;
}

static void
put(lsn_triple_sink* sink, const char* s, const char* o, const char* g)
{
  lsn_term   graph = iri(g ? g : "");
  lsn_triple t     = { iri(s), iri(EX "p"), iri(o), g ? &graph : NULL };
  assert_int_equal(sink->triple(sink->handle, &t), LSN_OK);
}

/* Run `query` and return its CSV output (caller frees). */
static char*
run(lsn_store* store, const char* query, lsn_results_format format)
{
  char*  text = NULL;
  size_t len  = 0;
  FILE*  out  = open_memstream(&text, &len);
  assert_int_equal(lsn_store_query(store, NULL, query, format, out), LSN_OK);
  fclose(out);
  return text;
}

static lsn_store*
open_store(fixture* f)
{
  lsn_store* store = NULL;
  assert_int_equal(lsn_store_open(&store, f->dir, LSN_STORE_WRITE, on_diag, f),
                   LSN_OK);
  return store;
}

static void
test_store__sink_fills_contexts(void** state)
{
  fixture*        f     = *state;
  lsn_store*      store = open_store(f);
  lsn_triple_sink sink  = lsn_store_sink(store);
  size_t          added, total;
  put(&sink, EX "a", EX "b", NULL);
  put(&sink, EX "a", EX "b", NULL); /* a duplicate: kept once */
  put(&sink, EX "a", EX "c", EX "g1");
  assert_int_equal(sink.end(sink.handle), LSN_OK);
  lsn_store_counts(store, &added, &total);
  assert_int_equal(added, 2);
  assert_int_equal(total, 2);
  char* csv = run(store,
                  "SELECT ?o WHERE { GRAPH <" EX "g1> { ?s ?p ?o } }",
                  LSN_RESULTS_CSV);
  assert_string_equal(csv, "o\r\n" EX "c\r\n");
  free(csv);
  lsn_store_close(store);
}

static void
test_store__reload_replaces_context(void** state)
{
  fixture*        f     = *state;
  lsn_store*      store = open_store(f);
  lsn_triple_sink sink  = lsn_store_sink(store);
  put(&sink, EX "a", EX "old1", EX "g1");
  put(&sink, EX "a", EX "old2", EX "g1");
  put(&sink, EX "a", EX "kept", EX "g2");
  put(&sink, EX "a", EX "fact", NULL);
  lsn_store_close(store);

  store = open_store(f); /* a new session: g1 is replaced, not added to */
  sink  = lsn_store_sink(store);
  put(&sink, EX "a", EX "new", EX "g1");
  put(&sink, EX "a", EX "fact", NULL);
  char* csv =
    run(store, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o", LSN_RESULTS_CSV);
  assert_string_equal(csv, "o\r\n" EX "fact\r\n" EX "kept\r\n" EX "new\r\n");
  free(csv);
  lsn_store_close(store);
}

static void
test_store__results_formats(void** state)
{
  fixture*           f     = *state;
  lsn_store*         store = open_store(f);
  lsn_triple_sink    sink  = lsn_store_sink(store);
  lsn_results_format format;
  put(&sink, EX "a", EX "b", NULL);
  const char* q    = "SELECT ?s WHERE { ?s ?p ?o }";
  char*       text = run(store, q, LSN_RESULTS_TSV);
  assert_string_equal(text, "?s\n<" EX "a>\n");
  free(text);
  text = run(store, q, LSN_RESULTS_JSON);
  assert_non_null(strstr(text, "\"value\": \"" EX "a\""));
  free(text);
  text = run(store, q, LSN_RESULTS_XML);
  assert_non_null(strstr(text, "<uri>" EX "a</uri>"));
  free(text);
  text = run(store, "SELECT ?s ?x WHERE { ?s ?p ?o }", LSN_RESULTS_TABLE);
  assert_string_equal(text,
                      "s                      | x\n"
                      "-----------------------+--\n"
                      "<" EX "a> | \n(1 row)\n");
  free(text);
  assert_int_equal(lsn_results_format_parse(&format, "csv"), LSN_OK);
  assert_int_equal(format, LSN_RESULTS_CSV);
  assert_int_equal(lsn_results_format_parse(&format, "html"), LSN_ERR_BAD_ARG);
  lsn_store_close(store);
}

static void
test_store__bad_query_has_line_and_column(void** state)
{
  fixture*   f     = *state;
  lsn_store* store = open_store(f);
  FILE*      out   = fopen("/dev/null", "w");
  /* the predeclared prefixes must not shift the position */
  assert_int_equal(
    lsn_store_query(store,
                    "q.rq",
                    "SELECT ?s\nWHERE {\n  ?s org:x ?o . FILTER(\n}\n",
                    LSN_RESULTS_TABLE,
                    out),
    LSN_ERR_BAD_ARG);
  fclose(out);
  assert_int_equal(f->n_diags, 1);
  assert_string_equal(f->last.path, "q.rq");
  assert_int_equal(f->last.line, 4);
  assert_int_equal(f->last.col, 1);
  lsn_store_close(store);
}

static void
test_store__missing_store_read_only(void** state)
{
  fixture*   f     = *state;
  lsn_store* store = NULL;
  char       path[96];
  snprintf(path, sizeof path, "%s/none", f->dir);
  assert_int_equal(
    lsn_store_open(&store, path, LSN_STORE_READ_ONLY, on_diag, f), LSN_ERR_IO);
  assert_null(store);
  lsn_store_close(NULL);
}

/* The statements in the store at `dir`, read by a new reader. */
static size_t
count_in(fixture* f, const char* dir)
{
  lsn_store* store = NULL;
  size_t     total = 0;
  assert_int_equal(lsn_store_open(&store, dir, LSN_STORE_READ_ONLY, on_diag, f),
                   LSN_OK);
  lsn_store_counts(store, NULL, &total);
  lsn_store_close(store);
  return total;
}

/* Entries of `dir` whose names start with `prefix`. */
static int
entries(const char* dir, const char* prefix)
{
  DIR*           d = opendir(dir);
  struct dirent* e;
  int            n = 0;
  assert_non_null(d);
  while ((e = readdir(d)))
    n += !strncmp(e->d_name, prefix, strlen(prefix));
  closedir(d);
  return n;
}

static void
path_in(char* out, size_t cap, const fixture* f, const char* name)
{
  snprintf(out, cap, "%s/%s", f->dir, name);
}

static void
test_store__changes_show_when_closed(void** state)
{
  fixture*        f     = *state;
  lsn_store*      store = open_store(f);
  lsn_triple_sink sink  = lsn_store_sink(store);
  put(&sink, EX "a", EX "b", NULL);
  put(&sink, EX "a", EX "c", EX "g1");
  assert_int_equal(sink.end(sink.handle), LSN_OK);
  /* a new store opens, empty, while its first load runs */
  assert_int_equal(count_in(f, f->dir), 0);
  lsn_store_close(store);
  assert_int_equal(count_in(f, f->dir), 2);

  store = open_store(f); /* adding: readers see the old store meanwhile */
  sink  = lsn_store_sink(store);
  put(&sink, EX "a", EX "d", NULL);
  assert_int_equal(count_in(f, f->dir), 2);
  lsn_store_close(store);
  assert_int_equal(count_in(f, f->dir), 3);
  assert_int_equal(entries(f->dir, "data-"), 1);
}

static void
test_store__killed_session_left_is_removed(void** state)
{
  fixture*        f     = *state;
  lsn_store*      store = open_store(f);
  lsn_triple_sink sink  = lsn_store_sink(store);
  char            path[128];
  put(&sink, EX "a", EX "b", NULL);
  lsn_store_close(store);
  /* what a session killed before its swap leaves: a generation, a link */
  path_in(path, sizeof path, f, "data-killed");
  assert_int_equal(mkdir(path, 0777), 0);
  path_in(path, sizeof path, f, "data-killed/liaison-sp2o.db");
  FILE* half = fopen(path, "w");
  assert_non_null(half);
  fputs("half written", half);
  fclose(half);
  path_in(path, sizeof path, f, "current.new");
  assert_int_equal(symlink("data-killed", path), 0);
  assert_int_equal(count_in(f, f->dir), 1); /* readers ignore them */

  lsn_store_close(open_store(f)); /* the next write removes them */
  assert_int_equal(entries(f->dir, "data-"), 1);
  assert_int_equal(entries(f->dir, "data-killed"), 0);
  assert_int_equal(entries(f->dir, "current.new"), 0);
  assert_int_equal(count_in(f, f->dir), 1);
}

/* A store written before generations: its files in the directory itself. */
static void
test_store__old_layout_is_read_then_moved(void** state)
{
  fixture*        f     = *state;
  lsn_store*      store = open_store(f);
  lsn_triple_sink sink  = lsn_store_sink(store);
  char            cmd[512];
  put(&sink, EX "a", EX "b", NULL);
  put(&sink, EX "a", EX "c", EX "g1");
  lsn_store_close(store);
  snprintf(cmd,
           sizeof cmd,
           "cd '%s' && mv current/*.db . && rm -r \"$(readlink current)\" "
           "current lock",
           f->dir);
  assert_int_equal(system(cmd), 0);
  assert_int_equal(entries(f->dir, "liaison-"), 5);
  assert_int_equal(count_in(f, f->dir), 2);

  store = open_store(f);
  sink  = lsn_store_sink(store);
  put(&sink, EX "a", EX "d", NULL);
  lsn_store_close(store);
  assert_int_equal(entries(f->dir, "liaison-"), 0);
  assert_int_equal(entries(f->dir, "data-"), 1);
  assert_int_equal(count_in(f, f->dir), 3);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(
      test_store__sink_fills_contexts, setup, teardown),
    cmocka_unit_test_setup_teardown(
      test_store__reload_replaces_context, setup, teardown),
    cmocka_unit_test_setup_teardown(
      test_store__results_formats, setup, teardown),
    cmocka_unit_test_setup_teardown(
      test_store__bad_query_has_line_and_column, setup, teardown),
    cmocka_unit_test_setup_teardown(
      test_store__missing_store_read_only, setup, teardown),
    cmocka_unit_test_setup_teardown(
      test_store__changes_show_when_closed, setup, teardown),
    cmocka_unit_test_setup_teardown(
      test_store__killed_session_left_is_removed, setup, teardown),
    cmocka_unit_test_setup_teardown(
      test_store__old_layout_is_read_then_moved, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
