/* SPDX-License-Identifier: ISC */
/*
 * End-to-end benchmark (issue 10): one run of the library over a corpus
 * folder (bench/make_corpus.py), on one thread, printing words per second
 * per stage and end to end, and peak memory; the graph is written as
 * N-Triples and as Turtle, and the same triples are then re-serialised by
 * serdi (N-Triples to Turtle) as the writing baseline, timed in the same
 * run.  Never a test: figures depend on the machine.
 *
 * usage: bench_pipeline CORPUS_DIR OUT_DIR [JOBS]
 */
#include "liaison.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

static double
now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct {
  char** paths;
  size_t n, cap;
} list;

static int
cmp(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

static void
walk(list* l, const char* dir)
{
  DIR*           d = opendir(dir);
  struct dirent* e;
  if (!d) {
    perror(dir);
    exit(1);
  }
  while ((e = readdir(d))) {
    char        path[4096];
    struct stat info;
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (stat(path, &info))
      continue;
    if (S_ISDIR(info.st_mode)) {
      walk(l, path);
      continue;
    }
    if (l->n == l->cap) {
      l->cap   = l->cap ? l->cap * 2 : 1024;
      l->paths = realloc(l->paths, l->cap * sizeof *l->paths);
    }
    l->paths[l->n++] = strdup(path);
  }
  closedir(d);
}

static double
rate(uint64_t words, uint64_t ns)
{
  return ns ? (double)words / ((double)ns / 1e9) : 0;
}

/* Emit the pipeline's graph in `format` to `path`; seconds taken. */
static double
emit(lsn_pipeline* p, lsn_format format, const char* path)
{
  FILE*       out = fopen(path, "wb");
  lsn_writer* w   = NULL;
  double      t0  = now();
  if (!out || lsn_writer_new(&w, format, LSN_DEFAULT_BASE, out)) {
    fprintf(stderr, "bench: cannot write %s\n", path);
    exit(1);
  }
  lsn_triple_sink sink = lsn_writer_sink(w);
  if (lsn_pipeline_emit(p, &sink, 0)) {
    fprintf(stderr, "bench: emit failed\n");
    exit(1);
  }
  lsn_writer_free(w);
  fclose(out);
  return now() - t0;
}

static long
count_lines(const char* path)
{
  FILE* f = fopen(path, "rb");
  long  n = 0;
  int   c;
  while (f && (c = getc(f)) != EOF)
    n += c == '\n';
  if (f)
    fclose(f);
  return n;
}

int
main(int argc, char** argv)
{
  if (argc < 3) {
    fprintf(stderr, "usage: bench_pipeline CORPUS_DIR OUT_DIR [JOBS]\n");
    return 2;
  }
  list l = { NULL, 0, 0 };
  walk(&l, argv[1]);
  qsort(l.paths, l.n, sizeof *l.paths, cmp);
  unsigned jobs = argc > 3 ? (unsigned)atoi(argv[3]) : 1;

  double        t0 = now();
  lsn_pipeline* p  = NULL;
  if (lsn_pipeline_new(&p, NULL, NULL, NULL))
    return 1;
  double            t_start = now() - t0;
  lsn_batch_options batch   = { jobs, 0, 0 };
  double            t1      = now();
  if (lsn_pipeline_add_files(p, (const char* const*)l.paths, l.n, &batch))
    return 1;
  double t_add = now() - t1;
  char   nt[4096], ttl[4096], serd_ttl[4096], cmd[16384];
  snprintf(nt, sizeof nt, "%s/bench.nt", argv[2]);
  snprintf(ttl, sizeof ttl, "%s/bench.ttl", argv[2]);
  snprintf(serd_ttl, sizeof serd_ttl, "%s/bench-serdi.ttl", argv[2]);
  double t_nt  = emit(p, LSN_FORMAT_NTRIPLES, nt);
  double t_ttl = emit(p, LSN_FORMAT_TURTLE, ttl);
  double total = t_start + t_add + t_ttl;

  lsn_stage_times s;
  lsn_pipeline_stage_times(p, &s);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  long triples = count_lines(nt);

  snprintf(
    cmd, sizeof cmd, "serdi -i ntriples -o turtle '%s' > '%s'", nt, serd_ttl);
  double t2 = now();
  if (system(cmd)) {
    fprintf(stderr, "bench: serdi failed (Debian package serdi)\n");
    return 1;
  }
  double t_serdi = now() - t2;

  uint64_t w = s.words;
  printf("corpus: %zu documents, %llu words (tokens), %ld triples, "
         "%u thread(s)\n\n",
         lsn_pipeline_documents(p),
         (unsigned long long)w,
         triples,
         jobs);
  printf("| stage | seconds (CPU) | words/s |\n|---|---|---|\n");
  printf("| start-up (data, models) | %.2f | |\n", t_start);
  printf("| read, check, hash | %.2f | %.0f |\n",
         (double)s.read_ns / 1e9,
         rate(w, s.read_ns));
  printf("| text (normalise, tokens, sentences, dates) | %.2f | %.0f |\n",
         (double)s.text_ns / 1e9,
         rate(w, s.text_ns));
  printf(
    "| tagging | %.2f | %.0f |\n", (double)s.tag_ns / 1e9, rate(w, s.tag_ns));
  printf("| rules: spans, entities, relations | %.2f | %.0f |\n",
         (double)s.rules_ns / 1e9,
         rate(w, s.rules_ns));
  printf("| graph building (mapping, record) | %.2f | %.0f |\n",
         (double)s.graph_ns / 1e9,
         rate(w, s.graph_ns));
  printf("| merge + write N-Triples | %.2f | %.0f |\n",
         t_nt,
         rate(w, (uint64_t)(t_nt * 1e9)));
  printf("| merge + write Turtle | %.2f | %.0f |\n",
         t_ttl,
         rate(w, (uint64_t)(t_ttl * 1e9)));
  printf("| **end to end** (start-up, extract, Turtle) | %.2f | %.0f |\n\n",
         total,
         rate(w, (uint64_t)(total * 1e9)));
  printf("writing: liaison merge+Turtle %.2f s (%.0f triples/s), serdi "
         "N-Triples -> Turtle %.2f s (%.0f triples/s): ratio %.2f\n",
         t_ttl,
         (double)triples / t_ttl,
         t_serdi,
         (double)triples / t_serdi,
         t_ttl / t_serdi);
  printf("peak resident memory: %.1f MB\n", (double)ru.ru_maxrss / 1024);
  lsn_pipeline_free(p);
  for (size_t i = 0; i < l.n; ++i)
    free(l.paths[i]);
  free(l.paths);
  return 0;
}
