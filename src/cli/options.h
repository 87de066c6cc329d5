/* SPDX-License-Identifier: ISC */
/* One option table per command: parsing and --help both come from it. */
#ifndef LSN_CLI_OPTIONS_H
#define LSN_CLI_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

typedef struct {
  char        short_name; /* 0 when none */
  const char* long_name;
  const char* arg; /* name of the argument, NULL for a flag */
  const char* help;
} lsn_option;

typedef struct {
  int         index; /* into the table */
  const char* value; /* NULL for a flag */
} lsn_option_value;

/** Parse argv[1..] (argv[0] is the command).  Options go to `values` in
 * order (at most `max`), other arguments to `args`.  "--" ends options; "-"
 * alone is an argument.  Prints an error and returns false on a bad
 * option. */
bool
lsn_options_parse(int               argc,
                  char**            argv,
                  const lsn_option* table,
                  lsn_option_value* values,
                  int               max,
                  int*              n_values,
                  char**            args,
                  int*              n_args);

void
lsn_options_print(FILE* out, const lsn_option* table);

#endif
