/* SPDX-License-Identifier: ISC */
/* liaison query: SPARQL on the embedded store. */
#include "cli.h"
#include "options.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_STORE, OPT_RESULTS, OPT_HELP };

static const lsn_option query_options[] = {
  { 's', "store", "DIR", "the store directory" },
  { 'r', "results", "NAME", "table (default), json, xml, csv or tsv" },
  { 'h', "help", NULL, "show this help" },
  { 0, NULL, NULL, NULL },
};

static void
help(FILE* out)
{
  fprintf(out,
          "usage: liaison query --store DIR (FILE.rq | 'QUERY')\n\n"
          "Runs a SPARQL 1.1 query on an embedded store.  The prefixes rdf "
          "rdfs xsd\nowl skos org foaf schema prov dcterms nif itsrdf lsn "
          "wd are predeclared.\nThe default graph is the union of all "
          "graphs; GRAPH ?g reaches each\ndocument's provenance.\n\n"
          "Options:\n");
  lsn_options_print(out, query_options);
  fprintf(out,
          "\nExit status: 0 success, 2 bad usage or bad query, 3 missing "
          "store or\nquery file, 70 internal error.\n");
}

/* An argument naming an existing file is a query file, else the query. */
static char*
read_query(const char* arg, const char** name)
{
  FILE* f = fopen(arg, "rb");
  if (!f) {
    if (errno == ENOENT && strpbrk(arg, " {\n")) {
      *name = NULL;
      return strdup(arg);
    }
    fprintf(stderr, "%s: error: %s\n", arg, strerror(errno));
    return NULL;
  }
  size_t cap = 4096, n = 0;
  char*  buf = malloc(cap);
  while (buf && (n += fread(buf + n, 1, cap - 1 - n, f)) == cap - 1) {
    char* grown = cap < (1u << 24) ? realloc(buf, cap * 2) : NULL;
    if (!grown) {
      free(buf);
      buf = NULL;
    } else {
      buf = grown;
      cap *= 2;
    }
  }
  if (!buf || ferror(f)) {
    fprintf(stderr, "%s: error: cannot read the query\n", arg);
    free(buf);
    buf = NULL;
  } else
    buf[n] = '\0';
  fclose(f);
  *name = arg;
  return buf;
}

int
lsn_cli_query(int argc, char** argv)
{
  lsn_option_value   values[16];
  int                n_values, n_args = 0;
  char*              args[4] = { NULL };
  const char*        dir     = NULL;
  lsn_results_format format  = LSN_RESULTS_TABLE;
  if (argc > 8 ||
      !lsn_options_parse(
        argc, argv, query_options, values, 16, &n_values, args, &n_args))
    return LSN_EXIT_USAGE;
  for (int i = 0; i < n_values; ++i) {
    if (values[i].index == OPT_HELP) {
      help(stdout);
      return LSN_EXIT_OK;
    }
    if (values[i].index == OPT_STORE)
      dir = values[i].value;
    if (values[i].index == OPT_RESULTS &&
        lsn_results_format_parse(&format, values[i].value)) {
      fprintf(stderr,
              "liaison query: error: unknown results format '%s'\n",
              values[i].value);
      return LSN_EXIT_USAGE;
    }
  }
  if (!dir || n_args != 1) {
    fprintf(stderr, "liaison query: error: give --store DIR and one query\n");
    return LSN_EXIT_USAGE;
  }
  const char* name  = NULL;
  char*       query = read_query(args[0], &name);
  if (!query)
    return LSN_EXIT_INPUT;
  lsn_store* store = NULL;
  lsn_status st = lsn_store_open(&store, dir, LSN_STORE_READ_ONLY, NULL, NULL);
  if (!st)
    st = lsn_store_query(store, name, query, format, stdout);
  if (!st && fflush(stdout))
    st = LSN_ERR_IO;
  lsn_store_close(store);
  free(query);
  if (st == LSN_ERR_IO && store)
    return LSN_EXIT_OUTPUT;
  return lsn_cli_exit_code(st);
}
