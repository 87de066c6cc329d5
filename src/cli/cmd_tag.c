/* SPDX-License-Identifier: ISC */
/* liaison tag: label the tokens of a CoNLL file with the name tagger. */
#include "cli.h"
#include "liaison.h"

#include <errno.h>
#include <string.h>

static const char usage[] =
  "usage: liaison tag [--lang fr|en | --model MODEL] --conll FILE\n"
  "\n"
  "Read `index<TAB>token[<TAB>...]` lines (blank lines between sentences;\n"
  "FILE `-` is standard input) and print each with the predicted BIO tag\n"
  "(O, B-PER, I-ORG, ...) appended as a last tab-separated column.\n"
  "\n"
  "options:\n"
  "  --conll FILE         the input (required)\n"
  "  --lang LANG          use the shipped model for LANG, fr or en (default:\n"
  "                       the language of the file's first sentences)\n"
  "  --model MODEL        use this model file instead\n"
  "  -h, --help           this help\n"
  "\n"
  "The shipped models are read from $LIAISON_DATA/models/LANG.lsnm, else\n"
  "from the source tree's or the installed data directory.\n"
  "\n"
  "exit codes: 0 ok, 2 usage, 3 unreadable or malformed input,\n"
  "4 output not written, 5 bad model, 70 internal error\n";

typedef struct {
  const char* conll;
  const char* lang;
  const char* model;
} tag_args;

static int
bad_usage(const char* what, const char* arg)
{
  fprintf(
    stderr, "liaison: error: %s%s\n(see liaison tag --help)\n", what, arg);
  return LSN_EXIT_USAGE;
}

/* Parse argv; returns -1 to go on, else an exit code. */
static int
parse_args(int argc, char** argv, tag_args* a)
{
  for (int i = 1; i < argc; ++i) {
    const char* o = argv[i];
    if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
      fputs(usage, stdout);
      return LSN_EXIT_OK;
    }
    const char** slot = !strcmp(o, "--conll")   ? &a->conll
                        : !strcmp(o, "--lang")  ? &a->lang
                        : !strcmp(o, "--model") ? &a->model
                                                : NULL;
    if (!slot)
      return bad_usage("unknown argument ", o);
    if (i + 1 >= argc)
      return bad_usage("a value is needed after ", o);
    *slot = argv[++i];
  }
  if (!a->conll)
    return bad_usage("no input (--conll FILE)", "");
  if (a->lang && strcmp(a->lang, "fr") && strcmp(a->lang, "en"))
    return bad_usage("unknown language (fr, en): ", a->lang);
  if (a->lang && a->model)
    return bad_usage("--lang and --model exclude each other", "");
  return -1;
}

/* The language of a CoNLL file, from the tokens of its first 64 KiB (the
 * same function-word test extract makes); French for standard input. */
static const char*
guess_lang(const char* path)
{
  char          line[4096];
  static char   words[65536];
  size_t        n = 0;
  lsn_pipeline* p = NULL;
  FILE*         f = strcmp(path, "-") ? fopen(path, "rb") : NULL;
  if (!f)
    return "fr";
  while (n < sizeof words - 512 && fgets(line, sizeof line, f)) {
    char* token = strchr(line, '\t');
    if (!token++)
      continue;
    size_t len = strcspn(token, "\t\r\n");
    if (len < 256) {
      memcpy(words + n, token, len);
      n += len;
      words[n++] = ' ';
    }
  }
  fclose(f);
  lsn_options options = LSN_OPTIONS_INIT;
  options.lang        = "fr"; /* no model is needed to count words */
  const char* lang    = "fr";
  if (n && !lsn_pipeline_new(&p, &options, NULL, NULL))
    lang = lsn_pipeline_detect_language(p, words, n);
  lsn_pipeline_free(p);
  return lang;
}

static int
load(const tag_args* a, lsn_model** model)
{
  const char* lang = a->lang ? a->lang : a->model ? "fr" : guess_lang(a->conll);
  lsn_status  st   = a->model ? lsn_model_load_file(model, a->model)
                              : lsn_model_load_lang(model, NULL, lang);
  if (!st)
    return LSN_EXIT_OK;
  /* A model from another release (other format or feature set) is refused
   * as bad data too: say so, since that is the usual cause. */
  const char* why  = st == LSN_ERR_IO ? strerror(errno) : lsn_strerror(st);
  const char* hint = st == LSN_ERR_BAD_DATA
                       ? " (damaged, or made by another version of liaison:"
                         " retrain it with tools/train-models.sh)"
                       : "";
  if (a->model)
    fprintf(stderr,
            "liaison: error: %s: cannot load the model: %s%s\n",
            a->model,
            why,
            hint);
  else
    fprintf(stderr,
            "liaison: error: cannot load the %s model: %s%s\n",
            lang,
            why,
            hint);
  return st == LSN_ERR_IO || st == LSN_ERR_BAD_DATA ? LSN_EXIT_DATA
                                                    : lsn_cli_exit_code(st);
}

int
lsn_cli_tag(int argc, char** argv)
{
  tag_args   a     = { NULL, NULL, NULL };
  lsn_model* model = NULL;
  int        code  = parse_args(argc, argv, &a);
  if (code >= 0)
    return code;
  if ((code = load(&a, &model)))
    return code;
  lsn_status st = lsn_tag_conll_file(model, stdout, a.conll, NULL, NULL);
  if (!st && fflush(stdout))
    st = LSN_ERR_IO;
  lsn_model_free(model);
  if (st == LSN_ERR_IO && ferror(stdout))
    return LSN_EXIT_OUTPUT;
  return st == LSN_ERR_IO || st == LSN_ERR_BAD_DATA ? LSN_EXIT_INPUT
                                                    : lsn_cli_exit_code(st);
}
