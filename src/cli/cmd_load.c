/* SPDX-License-Identifier: ISC */
/* liaison load: texts (extracted) or RDF files into the embedded store. */
#include "cli.h"
#include "options.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_STORE, OPT_BASE, OPT_LANG, OPT_DATE, OPT_DATA, OPT_HELP };

static const lsn_option load_options[] = {
  { 's', "store", "DIR", "the store directory (created if needed)" },
  { 0, "base", "IRI", "base of minted IRIs (default " LSN_DEFAULT_BASE ")" },
  { 0, "lang", "LANG", "language of every text, fr or en (default: detect)" },
  { 0, "date", "YYYY-MM-DD", "date that weekday names are resolved against" },
  { 0, "data", "DIR", "lexicons and gazetteer (default: $LIAISON_DATA)" },
  { 'h', "help", NULL, "show this help" },
  { 0, NULL, NULL, NULL },
};

static void
help(FILE* out)
{
  fprintf(out,
          "usage: liaison load --store DIR FILE...\n\n"
          "Adds to an embedded RDF store: .txt files are extracted first "
          "(each\ndocument's provenance in its own named graph), .ttl .nt "
          ".rdf files go\ninto the default graph, .nq keeps its graphs.  "
          "Loading a document or\na named graph again replaces it.  "
          "The store changes only when the load\nends: one interrupted or "
          "killed leaves it as it was.\n\n"
          "Options:\n");
  lsn_options_print(out, load_options);
  fprintf(out,
          "\nExit status: 0 success, 2 bad usage, 3 bad or missing input, "
          "4 store\nnot written, 5 bad data, 70 internal error.\n");
}

typedef struct {
  const char* store;
  lsn_options options;
} load_args;

static int
parse_args(int argc, char** argv, load_args* a, char** files, int* n_files)
{
  lsn_option_value values[32];
  int              n_values;
  if (!lsn_options_parse(
        argc, argv, load_options, values, 32, &n_values, files, n_files))
    return LSN_EXIT_USAGE;
  for (int i = 0; i < n_values; ++i)
    switch (values[i].index) {
    case OPT_STORE:
      a->store = values[i].value;
      break;
    case OPT_BASE:
      a->options.base = values[i].value;
      break;
    case OPT_LANG:
      a->options.lang = values[i].value;
      break;
    case OPT_DATE:
      a->options.date = values[i].value;
      break;
    case OPT_DATA:
      a->options.data_dir = values[i].value;
      break;
    case OPT_HELP:
      help(stdout);
      return -1;
    }
  if (!a->store || !*n_files) {
    fprintf(stderr,
            "liaison load: error: give --store DIR and at least one file\n");
    return LSN_EXIT_USAGE;
  }
  return 0;
}

static int
is_text(const char* path)
{
  const char* dot = strrchr(path, '.');
  return dot && !strcmp(dot, ".txt");
}

static int
cmp_paths(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

/* Every .txt file through one pipeline, so entities merge across them;
 * RDF alone needs no pipeline (nor its models). */
static lsn_status
load_texts(lsn_store* store, const load_args* a, char** files, int n)
{
  lsn_pipeline* p   = NULL;
  lsn_status    st  = LSN_OK;
  int           any = 0;
  for (int i = 0; i < n && !any; ++i)
    any = is_text(files[i]);
  if (!any)
    return LSN_OK;
  st = lsn_pipeline_new(&p, &a->options, NULL, NULL);
  for (int i = 0; i < n && !st; ++i)
    if (is_text(files[i]))
      st = lsn_pipeline_add_file(p, files[i], SIZE_MAX / 2);
  if (!st) {
    lsn_triple_sink sink = lsn_store_sink(store);
    st                   = lsn_pipeline_emit(p, &sink, 1);
  }
  lsn_pipeline_free(p);
  return st;
}

static lsn_status
load_all(lsn_store* store, const load_args* a, char** files, int n)
{
  lsn_status st = LSN_OK;
  for (int i = 0; i < n && !st; ++i)
    if (!is_text(files[i]))
      st = lsn_store_load_rdf_file(store, files[i]);
  if (!st)
    st = load_texts(store, a, files, n);
  return st;
}

/* Diagnostics print as before; counting errors tells whether closing the
 * store, which commits the load (store.c, "Generations"), failed. */
static void
on_diag(void* handle, const lsn_diag* d)
{
  int* errors = handle;
  if (d->severity == LSN_ERROR)
    ++*errors;
  lsn_diag_print(stderr, d);
}

int
lsn_cli_load(int argc, char** argv)
{
  load_args a      = { NULL, LSN_OPTIONS_INIT };
  char**    files  = calloc((size_t)argc + 1, sizeof *files);
  int       nfiles = 0;
  if (!files)
    return LSN_EXIT_INTERNAL;
  int code = parse_args(argc, argv, &a, files, &nfiles);
  if (code) {
    free(files);
    return code < 0 ? LSN_EXIT_OK : code;
  }
  qsort(files, (size_t)nfiles, sizeof *files, cmp_paths);
  lsn_store* store  = NULL;
  int        errors = 0;
  size_t     added = 0, total = 0;
  lsn_status st =
    lsn_store_open(&store, a.store, LSN_STORE_WRITE, on_diag, &errors);
  if (!st)
    st = load_all(store, &a, files, nfiles);
  if (!st)
    lsn_store_counts(store, &added, &total);
  int before = errors;
  lsn_store_close(store); /* the store changes here, all at once */
  free(files);
  if (st) {
    fprintf(stderr, "liaison load: error: %s\n", lsn_strerror(st));
    return lsn_cli_exit_code(st);
  }
  if (errors > before) {
    fprintf(stderr, "liaison load: error: the load could not be committed\n");
    return LSN_EXIT_OUTPUT;
  }
  fprintf(stderr,
          "liaison load: %d file%s, %zu statements added, %zu in the store\n",
          nfiles,
          nfiles == 1 ? "" : "s",
          added,
          total);
  return LSN_EXIT_OK;
}
