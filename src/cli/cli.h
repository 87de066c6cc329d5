/* SPDX-License-Identifier: ISC */
/* The command-line tool: one cmd_<name>.c per subcommand, each exposing
 * lsn_cli_<name>(argc, argv) with argv[0] the subcommand's name, returning an
 * exit code from the table below (documented in --help). */
#ifndef LSN_CLI_H
#define LSN_CLI_H

#include "liaison.h"

enum {
  LSN_EXIT_OK       = 0, /* success */
  LSN_EXIT_USAGE    = 2, /* bad command line */
  LSN_EXIT_INPUT    = 3, /* an input file could not be read or is not text */
  LSN_EXIT_OUTPUT   = 4, /* the output could not be written */
  LSN_EXIT_DATA     = 5, /* a data file (lexicon, model, gazetteer) is bad */
  LSN_EXIT_INTERNAL = 70 /* a bug or an out-of-memory */
};

/** The exit code for a status (the one table that maps them). */
int
lsn_cli_exit_code(lsn_status st);

int
lsn_cli_extract(int argc, char** argv);
int
lsn_cli_merge(int argc, char** argv);
int
lsn_cli_train(int argc, char** argv);
int
lsn_cli_tag(int argc, char** argv);
int
lsn_cli_load(int argc, char** argv);
int
lsn_cli_query(int argc, char** argv);
int
lsn_cli_push(int argc, char** argv);
int
lsn_cli_graph(int argc, char** argv);

#endif
