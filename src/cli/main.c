/* SPDX-License-Identifier: ISC */
/* liaison: the command-line tool, a thin layer over liaison.h.  Each
 * subcommand lives in cmd_<name>.c and is listed in the table below. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static const struct {
  const char* name;
  int (*run)(int argc, char** argv);
  const char* summary;
} commands[] = {
  { "extract", lsn_cli_extract, "extract a knowledge graph from texts" },
  { "merge",
    lsn_cli_merge,
    "merge partial results (extract --shard) into one graph" },
  { "tag", lsn_cli_tag, "tag names in CoNLL data with the trained tagger" },
  { "train", lsn_cli_train, "train a tagger model from CoNLL data" },
  { "load", lsn_cli_load, "add texts or RDF files to an embedded store" },
  { "query", lsn_cli_query, "run a SPARQL query on an embedded store" },
  { "push", lsn_cli_push, "send RDF to a SPARQL Graph Store endpoint" },
  { "graph",
    lsn_cli_graph,
    "draw the links between entities (Graphviz, GraphML)" },
};

int
lsn_cli_exit_code(lsn_status st)
{
  switch (st) {
  case LSN_OK:
  case LSN_DONE:
    return LSN_EXIT_OK;
  case LSN_ERR_BAD_ARG:
    return LSN_EXIT_USAGE;
  case LSN_ERR_BAD_TEXT:
    return LSN_EXIT_INPUT;
  case LSN_ERR_IO:
    return LSN_EXIT_INPUT;
  case LSN_ERR_BAD_DATA:
    return LSN_EXIT_DATA;
  case LSN_ERR_REMOTE:
    return LSN_EXIT_OUTPUT;
  default:
    return LSN_EXIT_INTERNAL;
  }
}

static void
usage(FILE* out)
{
  fprintf(out,
          "usage: liaison COMMAND [OPTIONS] [ARGS]\n\n"
          "Reads reports about international organisations (French or "
          "English)\nand writes their people, organisations, places, "
          "events and agreements\nas an RDF knowledge graph.\n\n"
          "Commands:\n");
  for (size_t i = 0; i < sizeof commands / sizeof *commands; ++i)
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf(out,
          "\nRun 'liaison COMMAND --help' for a command's options.\n\n"
          "Exit status:\n"
          "  0  success\n"
          "  2  bad command line\n"
          "  3  an input file is missing, unreadable, or not UTF-8 text\n"
          "  4  the output could not be written\n"
          "  5  a data file (lexicon, gazetteer, model) is invalid\n"
          "  70 internal error or out of memory\n");
}

int
main(int argc, char** argv)
{
  if (argc < 2) {
    usage(stderr);
    return LSN_EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    usage(stdout);
    return LSN_EXIT_OK;
  }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
    printf("liaison %s\n", lsn_version());
    return LSN_EXIT_OK;
  }
  for (size_t i = 0; i < sizeof commands / sizeof *commands; ++i)
    if (!strcmp(argv[1], commands[i].name))
      return commands[i].run(argc - 1, argv + 1);
  fprintf(stderr,
          "liaison: error: unknown command '%s' (see liaison --help)\n",
          argv[1]);
  return LSN_EXIT_USAGE;
}
