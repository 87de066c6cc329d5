/* SPDX-License-Identifier: ISC */
/* liaison graph: RDF files or texts in, a drawing of the links between
 * their entities out (SVG, PNG, PDF through Graphviz; DOT; GraphML). */
#include "cli.h"
#include "options.h"
#include "output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum {
  OPT_OUTPUT,
  OPT_FORMAT,
  OPT_FOCUS,
  OPT_DEPTH,
  OPT_VIEW,
  OPT_LANG,
  OPT_NO_LEGEND,
  OPT_NO_CLUSTERS,
  OPT_DATA,
  OPT_BASE,
  OPT_HELP
};

static const lsn_option graph_options[] = {
  { 'o', "output", "FILE", "write to FILE (default: standard output)" },
  { 'f',
    "format",
    "NAME",
    "svg, png, pdf, dot or graphml (default: from -o's extension, else "
    "svg)" },
  { 0,
    "focus",
    "NAME",
    "only the neighbourhood of this entity (label or IRI)" },
  { 0, "depth", "N", "with --focus: links away from it to keep (default 1)" },
  { 0,
    "view",
    "LIST",
    "entity types: people, organisations, events, agreements, places, all "
    "(comma-separated)" },
  { 0, "lang", "LANG", "labels in fr or en (default: most labels' language)" },
  { 0, "no-legend", NULL, "leave the legend out" },
  { 0, "no-clusters", NULL, "do not box sub-organisations in their parent" },
  { 0, "data", "DIR", "for .txt inputs: lexicons and gazetteer" },
  { 0, "base", "IRI", "for .txt inputs: base of minted IRIs" },
  { 'h', "help", NULL, "show this help" },
  { 0, NULL, NULL, NULL },
};

static void
help(FILE* out)
{
  fprintf(out,
          "usage: liaison graph [OPTIONS] FILE...\n\n"
          "Draws the people, organisations, places, events and agreements "
          "of an RDF\ngraph (.ttl .nt .nq .rdf) and the relations between "
          "them; .txt files are\nextracted first, as by 'liaison extract'.  "
          "Literals, mentions, documents\nand provenance are left out.  "
          "Nodes and edges are sorted by IRI.\n\nOptions:\n");
  lsn_options_print(out, graph_options);
  fprintf(out,
          "\nExit status: 0 success, 2 bad usage (an unknown --focus too), "
          "3 bad or\nmissing input, 4 output not written, 5 bad data file, "
          "70 internal error.\n");
}

typedef struct {
  const char*      output;
  const char*      format_name;
  lsn_draw_options draw;
  lsn_options      pipeline;
} graph_args;

static int
usage_error(const char* what, const char* value)
{
  fprintf(stderr, "liaison graph: error: %s '%s'\n", what, value);
  return LSN_EXIT_USAGE;
}

static int
take_option(graph_args* a, const lsn_option_value* v)
{
  char* end;
  switch (v->index) {
  case OPT_OUTPUT:
    a->output = v->value;
    break;
  case OPT_FORMAT:
    a->format_name = v->value;
    break;
  case OPT_FOCUS:
    a->draw.focus = v->value;
    break;
  case OPT_DEPTH:
    errno           = 0;
    unsigned long n = strtoul(v->value, &end, 10);
    a->draw.depth   = (unsigned)n;
    if (*end || end == v->value || errno || n > 1000 || *v->value == '-')
      return usage_error("--depth wants a number from 0 to 1000, not",
                         v->value);
    break;
  case OPT_VIEW:
    if (lsn_draw_view_parse(&a->draw.view, v->value))
      return usage_error("unknown --view", v->value);
    break;
  case OPT_LANG:
    a->draw.lang = v->value;
    break;
  case OPT_NO_LEGEND:
    a->draw.flags |= LSN_DRAW_NO_LEGEND;
    break;
  case OPT_NO_CLUSTERS:
    a->draw.flags |= LSN_DRAW_NO_CLUSTERS;
    break;
  case OPT_DATA:
    a->pipeline.data_dir = v->value;
    break;
  case OPT_BASE:
    a->pipeline.base = v->value;
    break;
  case OPT_HELP:
    help(stdout);
    return -1;
  }
  return 0;
}

static int
parse_args(int argc, char** argv, graph_args* a, char** files, int* n_files)
{
  lsn_option_value values[64];
  int              n_values, code = 0;
  if (!lsn_options_parse(
        argc, argv, graph_options, values, 64, &n_values, files, n_files))
    return LSN_EXIT_USAGE;
  for (int i = 0; i < n_values && !code; ++i)
    code = take_option(a, &values[i]);
  if (!code && !*n_files) {
    fprintf(stderr,
            "liaison graph: error: no input (give RDF or .txt files)\n");
    code = LSN_EXIT_USAGE;
  }
  return code;
}

static int
choose_format(const graph_args* a, lsn_draw_format* format)
{
  if (a->format_name) {
    if (lsn_draw_format_parse(format, a->format_name))
      return usage_error("unknown format", a->format_name);
  } else if (a->output && strcmp(a->output, "-")) {
    if (lsn_draw_format_from_path(format, a->output))
      return usage_error("cannot tell the format (give -f) of", a->output);
  } else
    *format = LSN_DRAW_SVG;
  return 0;
}

static bool
is_text(const char* path)
{
  size_t len = strlen(path);
  return len > 4 && !strcmp(path + len - 4, ".txt");
}

/* Texts go through one pipeline, so that entities named in several texts
 * are one node; its graph is emitted into the drawing once all are read. */
static lsn_status
add_texts(lsn_drawing* d, const lsn_options* options, char** files, int n_files)
{
  lsn_pipeline* p  = NULL;
  lsn_status    st = LSN_OK;
  for (int i = 0; i < n_files && !st; ++i) {
    if (!is_text(files[i]))
      continue;
    if (!p && (st = lsn_pipeline_new(&p, options, NULL, NULL)))
      break;
    st = lsn_pipeline_add_file(p, files[i], SIZE_MAX / 2);
  }
  if (!st && p) {
    lsn_triple_sink sink = lsn_drawing_sink(d);
    st                   = lsn_pipeline_emit(p, &sink, 0);
  }
  lsn_pipeline_free(p);
  return st;
}

static int
read_inputs(lsn_drawing* d, const graph_args* a, char** files, int n_files)
{
  lsn_status st = LSN_OK;
  for (int i = 0; i < n_files && !st; ++i)
    if (!is_text(files[i]))
      st = lsn_drawing_add_rdf_file(d, files[i]);
  /* A bad RDF input is bad input here, not a bad data file of liaison's. */
  if (st == LSN_ERR_BAD_DATA)
    return LSN_EXIT_INPUT;
  if (!st)
    st = add_texts(d, &a->pipeline, files, n_files);
  return lsn_cli_exit_code(st);
}

static int
write_drawing(lsn_drawing* d, const graph_args* a, lsn_draw_format format)
{
  lsn_output out;
  /* Check the focus first: a bad one must not leave an empty file. */
  lsn_status st = lsn_drawing_count(d, &a->draw, NULL, NULL);
  if (st)
    return lsn_cli_exit_code(st);
  if (!lsn_output_open(&out, a->output))
    return LSN_EXIT_OUTPUT;
  st = lsn_drawing_write(d, format, &a->draw, out.stream);
  if (!lsn_output_close(&out, !st) || st) {
    if (st)
      fprintf(stderr,
              "liaison graph: error: cannot write the drawing: %s\n",
              lsn_strerror(st));
    return st == LSN_ERR_IO ? LSN_EXIT_OUTPUT : lsn_cli_exit_code(st);
  }
  return LSN_EXIT_OK;
}

static int
cmp_paths(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

int
lsn_cli_graph(int argc, char** argv)
{
  graph_args      a = { NULL, NULL, LSN_DRAW_OPTIONS_INIT, LSN_OPTIONS_INIT };
  char**          files  = calloc((size_t)argc + 1, sizeof *files);
  int             nfiles = 0;
  lsn_draw_format format;
  lsn_drawing*    d = NULL;
  if (!files)
    return LSN_EXIT_INTERNAL;
  int code = parse_args(argc, argv, &a, files, &nfiles);
  if (!code)
    code = choose_format(&a, &format);
  if (!code && lsn_drawing_new(&d, NULL, NULL))
    code = LSN_EXIT_INTERNAL;
  if (!code) {
    /* Name order: blank nodes, and so the output, do not depend on the
     * order files were given in. */
    qsort(files, (size_t)nfiles, sizeof *files, cmp_paths);
    code = read_inputs(d, &a, files, nfiles);
  }
  if (!code)
    code = write_drawing(d, &a, format);
  lsn_drawing_free(d);
  free(files);
  return code < 0 ? LSN_EXIT_OK : code;
}
