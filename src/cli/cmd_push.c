/* SPDX-License-Identifier: ISC */
/* liaison push: RDF files to a SPARQL 1.1 Graph Store (or Update)
 * endpoint.  Credentials never come from the command line. */
#include "cli.h"
#include "options.h"

#include <stdlib.h>
#include <string.h>

enum {
  OPT_ENDPOINT,
  OPT_GRAPH,
  OPT_DEFAULT_GRAPH,
  OPT_ADD,
  OPT_UPDATE,
  OPT_INSECURE,
  OPT_TIMEOUT,
  OPT_RETRIES,
  OPT_BATCH,
  OPT_HELP
};

static const lsn_option push_options[] = {
  { 'e', "endpoint", "URL", "Graph Store endpoint (or Update, with --update)" },
  { 'g', "graph", "IRI", "graph for a triples file (default: default graph)" },
  { 0, "default-graph", "IRI", "send the default graph to this named graph" },
  { 'a', "add", NULL, "add to graphs (POST) instead of replacing (PUT)" },
  { 'u', "update", NULL, "send SPARQL Update INSERT DATA batches" },
  { 'k', "insecure", NULL, "do not verify TLS certificates" },
  { 0, "timeout", "SECONDS", "give up a request idle this long (default 60)" },
  { 0, "retries", "N", "retries on 5xx or connection failure (default 3)" },
  { 0, "batch", "N", "triples per Update request (default 10000)" },
  { 'h', "help", NULL, "show this help" },
  { 0, NULL, NULL, NULL },
};

static void
help(FILE* out)
{
  fprintf(out,
          "usage: liaison push --endpoint URL [OPTIONS] FILE...\n\n"
          "Sends RDF files over the SPARQL 1.1 Graph Store HTTP Protocol: "
          "each graph\nof an N-Quads file is replaced (PUT), or added to "
          "with --add (POST).\nCredentials: $LIAISON_USER and "
          "$LIAISON_PASSWORD, or ~/.netrc.\n\nOptions:\n");
  lsn_options_print(out, push_options);
  fprintf(out,
          "\nExit status: 0 success, 2 bad usage, 3 bad or missing input, "
          "4 the server\nrefused or could not be reached, 70 internal "
          "error.\n");
}

static int
parse_number(const char* text, unsigned* out)
{
  char*         end;
  unsigned long v = strtoul(text, &end, 10);
  if (*text < '0' || *text > '9' || *end || v > 1000000) {
    fprintf(stderr, "liaison push: error: bad number '%s'\n", text);
    return 0;
  }
  *out = (unsigned)v;
  return 1;
}

static int
apply_option(lsn_push_options* o, const lsn_option_value* v)
{
  unsigned n = 0;
  switch (v->index) {
  case OPT_ENDPOINT:
    o->endpoint = v->value;
    return 1;
  case OPT_GRAPH:
    o->graph = v->value;
    return 1;
  case OPT_DEFAULT_GRAPH:
    o->default_graph = v->value;
    return 1;
  case OPT_ADD:
    o->flags |= LSN_PUSH_ADD;
    return 1;
  case OPT_UPDATE:
    o->flags |= LSN_PUSH_UPDATE;
    return 1;
  case OPT_INSECURE:
    o->flags |= LSN_PUSH_INSECURE;
    return 1;
  case OPT_TIMEOUT:
    return parse_number(v->value, &o->timeout);
  case OPT_RETRIES:
    return parse_number(v->value, &o->retries);
  case OPT_BATCH:
    if (!parse_number(v->value, &n))
      return 0;
    o->batch = n;
    return 1;
  default:
    return 1;
  }
}

/* A password in the URL would show in the process list and in messages. */
static int
check_endpoint(const char* url)
{
  const char* host = url ? strstr(url, "://") : NULL;
  const char* at   = host ? strchr(host, '@') : NULL;
  const char* path = host ? strchr(host + 3, '/') : NULL;
  if (!host || strncmp(url, "http", 4)) {
    fprintf(stderr, "liaison push: error: --endpoint needs an http(s) URL\n");
    return 0;
  }
  if (at && (!path || at < path)) {
    fprintf(stderr,
            "liaison push: error: no credentials in the URL: use "
            "LIAISON_USER/LIAISON_PASSWORD or ~/.netrc\n");
    return 0;
  }
  return 1;
}

int
lsn_cli_push(int argc, char** argv)
{
  lsn_option_value values[32];
  int              n_values, n_files = 0;
  char**           files = calloc((size_t)argc + 1, sizeof *files);
  lsn_push_options o     = LSN_PUSH_OPTIONS_INIT;
  int              code  = LSN_EXIT_USAGE;
  if (!files)
    return LSN_EXIT_INTERNAL;
  if (!lsn_options_parse(
        argc, argv, push_options, values, 32, &n_values, files, &n_files))
    goto done;
  for (int i = 0; i < n_values; ++i) {
    if (values[i].index == OPT_HELP) {
      help(stdout);
      code = LSN_EXIT_OK;
      goto done;
    }
    if (!apply_option(&o, &values[i]))
      goto done;
  }
  if (!n_files || !check_endpoint(o.endpoint)) {
    if (!n_files)
      fprintf(stderr, "liaison push: error: no input file\n");
    goto done;
  }
  lsn_push_summary sum = { 0, 0, 0 };
  lsn_status       st  = LSN_OK;
  for (int i = 0; i < n_files && !st; ++i)
    st = lsn_push_file(&o, files[i], &sum, NULL, NULL);
  fprintf(stderr,
          "liaison push: %zu graph%s, %zu triples sent in %zu request%s%s\n",
          sum.graphs,
          sum.graphs == 1 ? "" : "s",
          sum.triples,
          sum.requests,
          sum.requests == 1 ? "" : "s",
          st ? " (stopped by an error)" : "");
  code = st == LSN_ERR_REMOTE ? LSN_EXIT_OUTPUT : lsn_cli_exit_code(st);
done:
  free(files);
  return code;
}
