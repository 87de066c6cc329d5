/* SPDX-License-Identifier: ISC */
#include "options.h"

#include <string.h>

static int
find_long(const lsn_option* table, const char* name, size_t len)
{
  for (int i = 0; table[i].long_name || table[i].short_name; ++i)
    if (table[i].long_name && strlen(table[i].long_name) == len &&
        !strncmp(table[i].long_name, name, len))
      return i;
  return -1;
}

static int
find_short(const lsn_option* table, char name)
{
  for (int i = 0; table[i].long_name || table[i].short_name; ++i)
    if (table[i].short_name == name)
      return i;
  return -1;
}

bool
lsn_options_parse(int               argc,
                  char**            argv,
                  const lsn_option* table,
                  lsn_option_value* values,
                  int               max,
                  int*              n_values,
                  char**            args,
                  int*              n_args)
{
  bool options = true;
  *n_values = *n_args = 0;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (!options || a[0] != '-' || !a[1]) {
      args[(*n_args)++] = argv[i];
      continue;
    }
    if (!strcmp(a, "--")) {
      options = false;
      continue;
    }
    const char* inline_value = NULL;
    int         index;
    if (a[1] == '-') {
      const char* eq = strchr(a + 2, '=');
      index =
        find_long(table, a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2));
      inline_value = eq ? eq + 1 : NULL;
    } else {
      index = a[2] ? -1 : find_short(table, a[1]);
    }
    if (index < 0) {
      fprintf(stderr, "liaison %s: error: unknown option '%s'\n", argv[0], a);
      return false;
    }
    const char* value = NULL;
    if (table[index].arg) {
      if (inline_value)
        value = inline_value;
      else if (i + 1 < argc)
        value = argv[++i];
      else {
        fprintf(stderr,
                "liaison %s: error: option '%s' needs an argument\n",
                argv[0],
                a);
        return false;
      }
    } else if (inline_value) {
      fprintf(stderr,
              "liaison %s: error: option '%s' takes no argument\n",
              argv[0],
              a);
      return false;
    }
    if (*n_values >= max) {
      fprintf(stderr, "liaison %s: error: too many options\n", argv[0]);
      return false;
    }
    values[(*n_values)++] = (lsn_option_value){ index, value };
  }
  return true;
}

void
lsn_options_print(FILE* out, const lsn_option* table)
{
  for (int i = 0; table[i].long_name || table[i].short_name; ++i) {
    char left[64];
    snprintf(left,
             sizeof left,
             "%s%c%s--%s%s%s",
             table[i].short_name ? "-" : "  ",
             table[i].short_name ? table[i].short_name : ' ',
             table[i].short_name ? ", " : "  ",
             table[i].long_name,
             table[i].arg ? " " : "",
             table[i].arg ? table[i].arg : "");
    fprintf(out, "  %-28s %s\n", left, table[i].help);
  }
}
