/* SPDX-License-Identifier: ISC */
/* liaison train: learn a tagger model from CoNLL files. */
#include "cli.h"
#include "liaison.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
  "usage: liaison train [options] -o MODEL FILE.conllu...\n"
  "\n"
  "Train a name tagger (averaged perceptron, BIO tags) from files of\n"
  "`index<TAB>token<TAB>tag` lines with blank lines between sentences.\n"
  "The same files, options and word lists give the same model bytes.\n"
  "\n"
  "options:\n"
  "  -o, --output MODEL   where to write the model (required)\n"
  "  --lang LANG          language stored in the model (fr, en)\n"
  "  --classes FILE       word classes (word<TAB>class a line) whose values\n"
  "                       become features; stored in the model\n"
  "  --words FILE         a word list (one word a line) whose membership\n"
  "                       becomes a feature; stored in the model (repeatable)\n"
  "  --epochs N           passes over the data of each of the 8 averaged\n"
  "                       models (default 12)\n"
  "  --min-count N        drop features seen fewer than N times (default 2)\n"
  "  --seed N             shuffling seed (default fixed)\n"
  "  -q, --quiet          no progress lines on stderr\n"
  "  -h, --help           this help\n"
  "\n"
  "exit codes: 0 ok, 2 usage, 3 unreadable or malformed input,\n"
  "4 output not written, 5 bad data, 70 internal error\n";

typedef struct {
  lsn_train_options opts;
  const char*       output;
  const char**      words;
  const char*       classes;
  int               n_words;
  const char**      files;
  int               n_files;
  int               quiet;
} train_args;

static int
bad_usage(const char* what, const char* arg)
{
  fprintf(
    stderr, "liaison: error: %s%s\n(see liaison train --help)\n", what, arg);
  return LSN_EXIT_USAGE;
}

static int
parse_number(const char* text, unsigned* out)
{
  char*         end;
  unsigned long v;
  errno = 0;
  v     = strtoul(text, &end, 10);
  if (errno || !*text || *end || v > 0xFFFFFFFFul || text[0] == '-')
    return -1;
  *out = (unsigned)v;
  return 0;
}

/* Parse argv; returns -1 to go on, else an exit code. */
static int
parse_args(int argc, char** argv, train_args* a)
{
  for (int i = 1; i < argc; ++i) {
    const char* o   = argv[i];
    const char* val = i + 1 < argc ? argv[i + 1] : NULL;
    unsigned    num = 0;
    if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
      fputs(usage, stdout);
      return LSN_EXIT_OK;
    }
    if (!strcmp(o, "-q") || !strcmp(o, "--quiet")) {
      a->quiet = 1;
      continue;
    }
    if (o[0] != '-' || !strcmp(o, "-")) {
      a->files[a->n_files++] = o;
      continue;
    }
    if (!val)
      return bad_usage("a value is needed after ", o);
    ++i;
    if (!strcmp(o, "-o") || !strcmp(o, "--output"))
      a->output = val;
    else if (!strcmp(o, "--lang"))
      a->opts.lang = val;
    else if (!strcmp(o, "--words"))
      a->words[a->n_words++] = val;
    else if (!strcmp(o, "--classes"))
      a->classes = val;
    else if (strcmp(o, "--epochs") && strcmp(o, "--min-count") &&
             strcmp(o, "--seed"))
      return bad_usage("unknown option ", o);
    else if (parse_number(val, &num))
      return bad_usage("not a number: ", val);
    else if (!strcmp(o, "--epochs"))
      a->opts.epochs = num;
    else if (!strcmp(o, "--min-count"))
      a->opts.min_count = num;
    else
      a->opts.seed = num;
  }
  if (!a->output)
    return bad_usage("no output model (-o MODEL)", "");
  if (!a->n_files)
    return bad_usage("no training file", "");
  return -1;
}

static lsn_status
train(const train_args* a, lsn_trainer* trainer)
{
  lsn_status st = LSN_OK;
  for (int i = 0; i < a->n_words && !st; ++i)
    st = lsn_trainer_add_words_file(trainer, a->words[i], NULL, NULL);
  if (a->classes && !st)
    st = lsn_trainer_add_classes_file(trainer, a->classes, NULL, NULL);
  for (int i = 0; i < a->n_files && !st; ++i)
    st = lsn_trainer_add_conll_file(trainer, a->files[i], NULL, NULL);
  return st;
}

static int
run(const train_args* a)
{
  lsn_trainer* trainer = NULL;
  lsn_model*   model   = NULL;
  lsn_status   st      = lsn_trainer_new(&trainer, &a->opts);
  if (!st && !(st = train(a, trainer)) &&
      (st = lsn_trainer_train(trainer, &model, a->quiet ? NULL : stderr)))
    fprintf(stderr, "liaison: error: training failed: %s\n", lsn_strerror(st));
  if (!st && (st = lsn_model_save_file(model, a->output))) {
    fprintf(stderr,
            "liaison: error: %s: cannot write the model: %s\n",
            a->output,
            strerror(errno));
    lsn_model_free(model);
    lsn_trainer_free(trainer);
    return LSN_EXIT_OUTPUT;
  }
  lsn_model_free(model);
  lsn_trainer_free(trainer);
  return st == LSN_ERR_IO || st == LSN_ERR_BAD_DATA ? LSN_EXIT_INPUT
                                                    : lsn_cli_exit_code(st);
}

int
lsn_cli_train(int argc, char** argv)
{
  train_args a;
  memset(&a, 0, sizeof a);
  a.opts  = (lsn_train_options)LSN_TRAIN_OPTIONS_INIT;
  a.words = calloc((size_t)argc + 1, sizeof *a.words);
  a.files = calloc((size_t)argc + 1, sizeof *a.files);
  int code =
    a.words && a.files ? parse_args(argc, argv, &a) : LSN_EXIT_INTERNAL;
  if (code < 0)
    code = run(&a);
  free(a.words);
  free(a.files);
  return code;
}
