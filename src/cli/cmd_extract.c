/* SPDX-License-Identifier: ISC */
/* liaison extract: texts in, an RDF graph out. */
#include "cli.h"
#include "options.h"
#include "output.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* One document is held whole, with its tokens and its graph: the limit
 * bounds the memory a single input can take. */
#define DEFAULT_MAX_DOCUMENT ((size_t)64 << 20)

enum {
  OPT_OUTPUT,
  OPT_FORMAT,
  OPT_BASE,
  OPT_LANG,
  OPT_DATE,
  OPT_DATA,
  OPT_KEEP,
  OPT_LINK,
  OPT_PROV_TIME,
  OPT_MAX_SIZE,
  OPT_JOBS,
  OPT_SHARD,
  OPT_HELP
};

static const lsn_option extract_options[] = {
  { 'o',
    "output",
    "FILE",
    "write the graph to FILE (default: standard output)" },
  { 'f', "format", "NAME", "turtle (default), ntriples, nquads or rdfxml" },
  { 0, "base", "IRI", "base of minted IRIs (default " LSN_DEFAULT_BASE ")" },
  { 0, "lang", "LANG", "language of every text, fr or en (default: detect)" },
  { 0, "date", "YYYY-MM-DD", "date that weekday names are resolved against" },
  { 0,
    "data",
    "DIR",
    "lexicons and gazetteer (default: $LIAISON_DATA, built-in)" },
  { 'k', "keep-going", NULL, "skip bad input files instead of stopping" },
  { 0,
    "link",
    "FILE",
    "link entities to the nodes of an RDF graph (owl:sameAs)" },
  { 0,
    "provenance-time",
    NULL,
    "record the run's start time (output then varies)" },
  { 0,
    "max-document-size",
    "BYTES",
    "refuse a document larger than BYTES (default 64 MiB)" },
  { 'j', "jobs", "N", "extract N documents at once (same output as -j 1)" },
  { 0,
    "shard",
    "K/N",
    "only the documents whose path hash is K modulo N, written as a\n"
    "partial result for `liaison merge`" },
  { 'h', "help", NULL, "show this help" },
  { 0, NULL, NULL, NULL },
};

static void
help(FILE* out)
{
  fprintf(
    out,
    "usage: liaison extract [OPTIONS] FILE|DIR... (or - for standard "
    "input)\n\n"
    "Extracts people, organisations, places, events and agreements, and "
    "the\nlinks between them, from French or English texts (UTF-8), and "
    "writes\none RDF graph.  Folders are read recursively (names starting "
    "with a dot\nare skipped) and files in byte order of their paths, so "
    "the output does\nnot depend on the order they are given in.\n\n"
    "Options:\n");
  lsn_options_print(out, extract_options);
  fprintf(out,
          "\nExit status: 0 success, 2 bad usage, 3 bad or missing input "
          "(nothing\nwritten), 4 output not written, 5 bad data file, 70 "
          "internal error.\n");
}

static int
cmp_paths(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

/* Standard input, read whole: it is one document. */
static void
too_large(const char* path, size_t max)
{
  fprintf(stderr,
          "%s: error: document larger than --max-document-size (%zu bytes)\n",
          path,
          max);
}

static lsn_status
add_stdin(lsn_pipeline* p, size_t max)
{
  size_t cap = 65536, n = 0;
  char*  buf = malloc(cap);
  while (buf && n <= max) {
    n += fread(buf + n, 1, cap - n, stdin);
    if (n < cap)
      break;
    char* grown = realloc(buf, cap * 2);
    if (!grown)
      break;
    buf = grown;
    cap *= 2;
  }
  if (buf && n > max) {
    too_large("<stdin>", max);
    free(buf);
    return LSN_ERR_IO;
  }
  if (!buf || n == cap || ferror(stdin)) {
    fprintf(stderr,
            "<stdin>: error: cannot read: %s\n",
            ferror(stdin) ? strerror(errno) : "out of memory");
    free(buf);
    return LSN_ERR_IO;
  }
  lsn_status st = lsn_pipeline_add(p, "<stdin>", buf, n);
  free(buf);
  return st;
}

#define MAX_LINKS 16

static bool
parse_size(const char* text, size_t* out)
{
  char*              end;
  unsigned long long n;
  errno = 0;
  n     = strtoull(text, &end, 10);
  if (errno || end == text || *end || *text == '-' || !n || n > SIZE_MAX / 2) {
    fprintf(stderr,
            "liaison extract: error: --max-document-size must be a number "
            "of bytes, got '%s'\n",
            text);
    return false;
  }
  *out = (size_t)n;
  return true;
}

typedef struct {
  const char* links[MAX_LINKS];
  int         n_links;
  const char* output;
  const char* format_name;
  lsn_options options;
  bool        keep_going;
  size_t      max_document;
  unsigned    jobs;
  unsigned    shard, shards; /* shards 0: no --shard */
} extract_args;

static bool
parse_jobs(const char* text, unsigned* out)
{
  char*         end;
  unsigned long n;
  errno = 0;
  n     = strtoul(text, &end, 10);
  if (errno || end == text || *end || *text == '-' || !n || n > 256) {
    fprintf(stderr,
            "liaison extract: error: -j must be a number from 1 to 256, got "
            "'%s'\n",
            text);
    return false;
  }
  *out = (unsigned)n;
  return true;
}

static bool
parse_shard(const char* text, unsigned* k, unsigned* n)
{
  char          tail;
  unsigned long a, b;
  if (strspn(text, "0123456789/") != strlen(text) ||
      sscanf(text, "%lu/%lu%c", &a, &b, &tail) != 2 || !b || a >= b ||
      b > 1000000) {
    fprintf(stderr,
            "liaison extract: error: --shard must be K/N with 0 <= K < N, "
            "got '%s'\n",
            text);
    return false;
  }
  *k = (unsigned)a;
  *n = (unsigned)b;
  return true;
}

static int
parse_args(int argc, char** argv, extract_args* a, char** files, int* n_files)
{
  lsn_option_value values[64];
  int              n_values;
  if (!lsn_options_parse(
        argc, argv, extract_options, values, 64, &n_values, files, n_files))
    return LSN_EXIT_USAGE;
  for (int i = 0; i < n_values; ++i)
    switch (values[i].index) {
    case OPT_OUTPUT:
      a->output = values[i].value;
      break;
    case OPT_FORMAT:
      a->format_name = values[i].value;
      break;
    case OPT_BASE:
      a->options.base = values[i].value;
      break;
    case OPT_LANG:
      a->options.lang = values[i].value;
      break;
    case OPT_DATE:
      a->options.date = values[i].value;
      break;
    case OPT_DATA:
      a->options.data_dir = values[i].value;
      break;
    case OPT_LINK:
      if (a->n_links == MAX_LINKS) {
        fprintf(
          stderr, "liaison extract: error: at most %d --link\n", MAX_LINKS);
        return LSN_EXIT_USAGE;
      }
      a->links[a->n_links++] = values[i].value;
      break;
    case OPT_PROV_TIME:
      a->options.provenance_time = 1;
      break;
    case OPT_KEEP:
      a->keep_going = true;
      break;
    case OPT_MAX_SIZE:
      if (!parse_size(values[i].value, &a->max_document))
        return LSN_EXIT_USAGE;
      break;
    case OPT_JOBS:
      if (!parse_jobs(values[i].value, &a->jobs))
        return LSN_EXIT_USAGE;
      break;
    case OPT_SHARD:
      if (!parse_shard(values[i].value, &a->shard, &a->shards))
        return LSN_EXIT_USAGE;
      break;
    case OPT_HELP:
      help(stdout);
      return -1;
    }
  if (!*n_files) {
    fprintf(stderr,
            "liaison extract: error: no input (give files, or - for "
            "standard input)\n");
    return LSN_EXIT_USAGE;
  }
  if (a->shards && (a->n_links || a->options.provenance_time)) {
    fprintf(stderr,
            "liaison extract: error: with --shard, give --link and "
            "--provenance-time to `liaison merge`, which writes the graph\n");
    return LSN_EXIT_USAGE;
  }
  if (a->options.lang && strcmp(a->options.lang, "fr") &&
      strcmp(a->options.lang, "en")) {
    fprintf(stderr, "liaison extract: error: --lang must be fr or en\n");
    return LSN_EXIT_USAGE;
  }
  return 0;
}

/* Input paths ------------------------------------------------------------ */

typedef struct {
  char** paths;
  size_t n, cap;
} path_list;

static bool
push_path(path_list* l, const char* dir, const char* name)
{
  size_t len  = strlen(dir) + (name ? strlen(name) + 2 : 1);
  char*  path = malloc(len);
  if (!path)
    return false;
  if (name)
    snprintf(
      path, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
  else
    snprintf(path, len, "%s", dir);
  if (l->n == l->cap) {
    size_t cap   = l->cap ? l->cap * 2 : 64;
    char** grown = realloc(l->paths, cap * sizeof *grown);
    if (!grown) {
      free(path);
      return false;
    }
    l->paths = grown;
    l->cap   = cap;
  }
  l->paths[l->n++] = path;
  return true;
}

/* Every regular file under `dir`, recursively; names starting with a dot
 * (editor and version-control files) are skipped. */
static int
walk(path_list* l, const char* dir, int depth)
{
  DIR* d = opendir(dir);
  if (!d) {
    fprintf(
      stderr, "%s: error: cannot read folder: %s\n", dir, strerror(errno));
    return LSN_EXIT_INPUT;
  }
  struct dirent* ent;
  int            code = 0;
  size_t         from = l->n;
  while (!code && (ent = readdir(d))) {
    if (ent->d_name[0] == '.')
      continue;
    if (!push_path(l, dir, ent->d_name))
      code = LSN_EXIT_INTERNAL;
  }
  closedir(d);
  /* Sub-folders are expanded in place of their entry. */
  size_t to = l->n;
  for (size_t i = from; !code && i < to; ++i) {
    struct stat info;
    if (stat(l->paths[i], &info) || !S_ISDIR(info.st_mode))
      continue;
    if (depth > 64) {
      fprintf(stderr, "%s: error: folders nested too deep\n", l->paths[i]);
      return LSN_EXIT_INPUT;
    }
    char* sub   = l->paths[i];
    l->paths[i] = NULL;
    code        = walk(l, sub, depth + 1);
    free(sub);
  }
  return code;
}

static void
free_paths(path_list* l)
{
  for (size_t i = 0; i < l->n; ++i)
    free(l->paths[i]);
  free(l->paths);
}

/* The paths to read, in byte order, keeping only this shard's. */
static int
input_paths(const extract_args* a, char** given, int n_given, path_list* out)
{
  path_list all  = { NULL, 0, 0 };
  int       code = 0;
  for (int i = 0; !code && i < n_given; ++i) {
    struct stat info;
    if (strcmp(given[i], "-") && !stat(given[i], &info) &&
        S_ISDIR(info.st_mode))
      code = walk(&all, given[i], 0);
    else if (!push_path(&all, given[i], NULL))
      code = LSN_EXIT_INTERNAL;
  }
  size_t kept = 0;
  for (size_t i = 0; i < all.n; ++i) {
    if (!all.paths[i])
      continue;
    if (a->shards && lsn_shard_of(all.paths[i], a->shards) != a->shard) {
      free(all.paths[i]);
      continue;
    }
    all.paths[kept++] = all.paths[i];
  }
  all.n = kept;
  if (all.n) /* an empty folder leaves no array at all */
    qsort(all.paths, all.n, sizeof *all.paths, cmp_paths);
  *out = all;
  return code;
}

/* Output ----------------------------------------------------------------- */

static int
write_partial(lsn_pipeline* p, const extract_args* a)
{
  lsn_output out;
  if (!lsn_output_open(&out, a->output))
    return LSN_EXIT_OUTPUT;
  lsn_status st = lsn_pipeline_write_partial(p, out.stream);
  if (!lsn_output_close(&out, !st) || st) {
    if (st)
      fprintf(stderr,
              "liaison extract: error: cannot write the partial result: %s\n",
              lsn_strerror(st));
    return LSN_EXIT_OUTPUT;
  }
  return LSN_EXIT_OK;
}

static int
write_graph(lsn_pipeline* p, const extract_args* a, lsn_format format)
{
  lsn_output  out;
  lsn_writer* writer = NULL;
  if (!lsn_output_open(&out, a->output))
    return LSN_EXIT_OUTPUT;
  lsn_status st =
    lsn_writer_new(&writer,
                   format,
                   a->options.base ? a->options.base : LSN_DEFAULT_BASE,
                   out.stream);
  if (!st) {
    lsn_triple_sink sink = lsn_writer_sink(writer);
    st = lsn_pipeline_emit(p, &sink, format == LSN_FORMAT_NQUADS);
  }
  lsn_writer_free(writer);
  if (!lsn_output_close(&out, !st) || st) {
    if (st)
      fprintf(stderr,
              "liaison extract: error: cannot write the graph: %s\n",
              lsn_strerror(st));
    return LSN_EXIT_OUTPUT;
  }
  return LSN_EXIT_OK;
}

int
lsn_cli_extract(int argc, char** argv)
{
  extract_args a = {
    { NULL }, 0, NULL, "turtle", LSN_OPTIONS_INIT, false, DEFAULT_MAX_DOCUMENT,
    1,        0, 0
  };
  char**     files  = calloc((size_t)argc + 1, sizeof *files);
  int        nfiles = 0;
  lsn_format format;
  if (!files)
    return LSN_EXIT_INTERNAL;
  int code = parse_args(argc, argv, &a, files, &nfiles);
  if (!code && lsn_format_parse(&format, a.format_name)) {
    fprintf(
      stderr, "liaison extract: error: unknown format '%s'\n", a.format_name);
    code = LSN_EXIT_USAGE;
  }
  if (code) {
    free(files);
    return code < 0 ? LSN_EXIT_OK : code;
  }
  path_list inputs;
  if ((code = input_paths(&a, files, nfiles, &inputs))) {
    free_paths(&inputs);
    free(files);
    return code;
  }

  lsn_pipeline* p  = NULL;
  lsn_status    st = lsn_pipeline_new(&p, &a.options, NULL, NULL);
  if (st) {
    fprintf(
      stderr, "liaison extract: error: cannot start: %s\n", lsn_strerror(st));
    free_paths(&inputs);
    free(files);
    return lsn_cli_exit_code(st);
  }
  lsn_status first_error = LSN_OK;
  for (int i = 0; i < a.n_links && !first_error; ++i)
    first_error = lsn_pipeline_link_file(p, a.links[i]);
  /* Standard input is one document, read whole, before the files. */
  size_t kept = 0;
  for (size_t i = 0; i < inputs.n; ++i) {
    if (strcmp(inputs.paths[i], "-")) {
      inputs.paths[kept++] = inputs.paths[i];
      continue;
    }
    free(inputs.paths[i]);
    st = first_error ? LSN_OK : add_stdin(p, a.max_document);
    if (st && (!a.keep_going || st == LSN_ERR_NOMEM))
      first_error = st;
  }
  inputs.n                = kept;
  lsn_batch_options batch = { a.jobs, a.max_document, a.keep_going };
  if (!first_error)
    first_error = lsn_pipeline_add_files(
      p, (const char* const*)inputs.paths, inputs.n, &batch);
  if (first_error)
    code = lsn_cli_exit_code(first_error);
  else if (a.shards)
    code = write_partial(p, &a);
  else if (!lsn_pipeline_documents(p)) {
    fprintf(stderr, "liaison extract: error: no document could be read\n");
    code = LSN_EXIT_INPUT;
  } else {
    code = write_graph(p, &a, format);
  }
  lsn_pipeline_free(p);
  free_paths(&inputs);
  free(files);
  return code;
}
