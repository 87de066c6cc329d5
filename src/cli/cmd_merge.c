/* SPDX-License-Identifier: ISC */
/* liaison merge: partial results (extract --shard) in, the whole graph out. */
#include "cli.h"
#include "options.h"
#include "output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_OUTPUT, OPT_FORMAT, OPT_LINK, OPT_PROV_TIME, OPT_HELP };

static const lsn_option merge_options[] = {
  { 'o',
    "output",
    "FILE",
    "write the graph to FILE (default: standard output)" },
  { 'f', "format", "NAME", "turtle (default), ntriples, nquads or rdfxml" },
  { 0,
    "link",
    "FILE",
    "link entities to the nodes of an RDF graph (owl:sameAs)" },
  { 0,
    "provenance-time",
    NULL,
    "record the merge's start time (output then varies)" },
  { 'h', "help", NULL, "show this help" },
  { 0, NULL, NULL, NULL },
};

static void
help(FILE* out)
{
  fprintf(out,
          "usage: liaison merge [OPTIONS] PART...\n\n"
          "Merges the partial results of `liaison extract --shard K/N` "
          "(any order)\ninto one graph: the same bytes as one `liaison "
          "extract` over all the\ndocuments.  Partials must come from the "
          "same liaison version, base and\nmodels.\n\nOptions:\n");
  lsn_options_print(out, merge_options);
  fprintf(out,
          "\nExit status: 0 success, 2 bad usage, 3 bad or missing partial "
          "(nothing\nwritten), 4 output not written, 70 internal error.\n");
}

#define MAX_LINKS 16

typedef struct {
  const char* output;
  const char* format_name;
  const char* links[MAX_LINKS];
  int         n_links;
  bool        stamp;
} merge_args;

static int
parse_args(int argc, char** argv, merge_args* a, char** parts, int* n_parts)
{
  lsn_option_value values[64];
  int              n_values;
  if (!lsn_options_parse(
        argc, argv, merge_options, values, 64, &n_values, parts, n_parts))
    return LSN_EXIT_USAGE;
  for (int i = 0; i < n_values; ++i)
    switch (values[i].index) {
    case OPT_OUTPUT:
      a->output = values[i].value;
      break;
    case OPT_FORMAT:
      a->format_name = values[i].value;
      break;
    case OPT_LINK:
      if (a->n_links == MAX_LINKS) {
        fprintf(stderr, "liaison merge: error: at most %d --link\n", MAX_LINKS);
        return LSN_EXIT_USAGE;
      }
      a->links[a->n_links++] = values[i].value;
      break;
    case OPT_PROV_TIME:
      a->stamp = true;
      break;
    case OPT_HELP:
      help(stdout);
      return -1;
    }
  if (!*n_parts) {
    fprintf(stderr, "liaison merge: error: no partial result given\n");
    return LSN_EXIT_USAGE;
  }
  return 0;
}

/* Partials are read twice (identity, then documents), so each is a file
 * kept open for the whole merge. */
static int
open_parts(lsn_merge* m, char** parts, int n, FILE** streams)
{
  for (int i = 0; i < n; ++i) {
    if (!strcmp(parts[i], "-")) {
      fprintf(stderr,
              "liaison merge: error: partials must be files (read twice), "
              "not standard input\n");
      return LSN_EXIT_USAGE;
    }
    if (!(streams[i] = fopen(parts[i], "rb"))) {
      fprintf(stderr, "%s: error: %s\n", parts[i], strerror(errno));
      return LSN_EXIT_INPUT;
    }
    lsn_status st = lsn_merge_add(m, streams[i], parts[i]);
    if (st)
      return st == LSN_ERR_NOMEM ? LSN_EXIT_INTERNAL : LSN_EXIT_INPUT;
  }
  return 0;
}

static int
write_merged(lsn_merge* m, const merge_args* a, lsn_format format)
{
  lsn_output  out;
  lsn_writer* writer = NULL;
  lsn_status  st;
  if (!lsn_output_open(&out, a->output))
    return LSN_EXIT_OUTPUT;
  /* The base is the partials' own: prefixes for what they minted. */
  st = lsn_writer_new(&writer, format, lsn_merge_base(m), out.stream);
  if (!st) {
    lsn_triple_sink sink = lsn_writer_sink(writer);
    st = lsn_merge_emit(m, &sink, format == LSN_FORMAT_NQUADS);
  }
  lsn_writer_free(writer);
  if (!lsn_output_close(&out, !st) || st) {
    if (st)
      fprintf(stderr, "liaison merge: error: %s\n", lsn_strerror(st));
    return st == LSN_ERR_BAD_DATA ? LSN_EXIT_INPUT : LSN_EXIT_OUTPUT;
  }
  return LSN_EXIT_OK;
}

int
lsn_cli_merge(int argc, char** argv)
{
  merge_args a     = { NULL, "turtle", { NULL }, 0, false };
  char**     parts = calloc((size_t)argc + 1, sizeof *parts);
  FILE**     files = calloc((size_t)argc + 1, sizeof *files);
  int        n     = 0;
  lsn_format format;
  lsn_merge* m = NULL;
  if (!parts || !files) {
    free(parts);
    free(files);
    return LSN_EXIT_INTERNAL;
  }
  int code = parse_args(argc, argv, &a, parts, &n);
  if (!code && lsn_format_parse(&format, a.format_name)) {
    fprintf(
      stderr, "liaison merge: error: unknown format '%s'\n", a.format_name);
    code = LSN_EXIT_USAGE;
  }
  if (!code && !(m = lsn_merge_new(NULL, NULL)))
    code = LSN_EXIT_INTERNAL;
  if (!code)
    code = open_parts(m, parts, n, files);
  for (int i = 0; !code && i < a.n_links; ++i)
    if (lsn_merge_link_file(m, a.links[i]))
      code = LSN_EXIT_INPUT;
  if (!code && a.stamp && lsn_merge_stamp_time(m))
    code = LSN_EXIT_INTERNAL;
  if (!code)
    code = write_merged(m, &a, format);
  lsn_merge_free(m);
  for (int i = 0; i < n; ++i)
    if (files[i])
      fclose(files[i]);
  free(parts);
  free(files);
  return code < 0 ? LSN_EXIT_OK : code;
}
