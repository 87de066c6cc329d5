/* SPDX-License-Identifier: ISC */
/*
 * Tagger throughput: words per second of `read CoNLL + split into tokens`
 * alone and of the same plus tagging, over one file held in memory, best of
 * several rounds, with peak memory (getrusage).  Rates are given per second
 * of wall-clock time and per second of this process's CPU time: on a
 * machine shared with other jobs the second moves less.
 *
 * usage: bench_tagger FILE.conllu MODEL [ROUNDS]
 */
#include "extract/tagger/tagger_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double
now(clockid_t clock)
{
  struct timespec ts;
  clock_gettime(clock, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One pass: split into sentences and tokens; tag them when `model` is set.
 * Returns the number of tokens, or 0 on error. */
static size_t
pass(const char* bytes, size_t len, const lsn_model* model, uint64_t* check)
{
  lsn_conll_reader  r;
  lsn_tagger_work*  work  = NULL;
  lsn_tagger_token* spans = NULL;
  uint16_t*         tags  = NULL;
  size_t            cap = 0, cap2 = 0, words = 0;
  lsn_status        st = lsn_tagger_work_new(&work);
  lsn_conll_init(&r, "bench", bytes, len, false);
  while (!st && !(st = lsn_conll_next(&r))) {
    if ((st = lsn_grow((void**)&spans, &cap, r.n, sizeof *spans)) ||
        (st = lsn_grow((void**)&tags, &cap2, r.n, sizeof *tags)))
      break;
    for (size_t i = 0; i < r.n; ++i) {
      spans[i].text = r.toks[i].token;
      spans[i].len  = r.toks[i].token_len;
      *check += spans[i].len;
    }
    if (model && (st = lsn_tagger_tag_spans(model, work, spans, r.n, tags)))
      break;
    for (size_t i = 0; model && i < r.n; ++i)
      *check += tags[i];
    words += r.n;
  }
  lsn_conll_free(&r);
  lsn_tagger_work_free(work);
  lsn_free(spans);
  lsn_free(tags);
  return st == LSN_DONE ? words : 0;
}

/* Best words per second over `rounds` passes: rate[0] by wall-clock time,
 * rate[1] by CPU time. */
static void
best_rate(const char*      bytes,
          size_t           len,
          const lsn_model* model,
          int              rounds,
          size_t*          words,
          double*          rate)
{
  uint64_t check = 0;
  rate[0] = rate[1] = 0;
  for (int i = 0; i < rounds; ++i) {
    double t0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    *words    = pass(bytes, len, model, &check);
    double dt = now(CLOCK_MONOTONIC) - t0;
    double dc = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
    if (*words && dt > 0 && (double)*words / dt > rate[0])
      rate[0] = (double)*words / dt;
    if (*words && dc > 0 && (double)*words / dc > rate[1])
      rate[1] = (double)*words / dc;
  }
  if (!check)
    rate[0] = rate[1] = 0;
}

int
main(int argc, char** argv)
{
  char*      bytes = NULL;
  size_t     len = 0, words = 0;
  lsn_model* model  = NULL;
  int        rounds = argc > 3 ? atoi(argv[3]) : 5;
  if (argc < 3) {
    fprintf(stderr, "usage: bench_tagger FILE.conllu MODEL [ROUNDS]\n");
    return 2;
  }
  if (lsn_read_file(argv[1], (size_t)1 << 31, &bytes, &len)) {
    fprintf(stderr, "bench_tagger: skipped: cannot read %s\n", argv[1]);
    return 0;
  }
  double t0 = now(CLOCK_MONOTONIC);
  if (lsn_model_load_file(&model, argv[2])) {
    fprintf(stderr, "bench_tagger: error: cannot load %s\n", argv[2]);
    lsn_free(bytes);
    return 1;
  }
  double load = now(CLOCK_MONOTONIC) - t0;
  double split[2], tagged[2];
  best_rate(bytes, len, NULL, rounds < 1 ? 1 : rounds, &words, split);
  best_rate(bytes, len, model, rounds < 1 ? 1 : rounds, &words, tagged);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("file              %s (%zu bytes, %zu words)\n", argv[1], len, words);
  printf("model load        %.1f ms\n", load * 1e3);
  printf("tokenise only     %.0f words/s (%.0f per CPU second)\n",
         split[0],
         split[1]);
  printf("tokenise + tag    %.0f words/s (%.0f per CPU second)\n",
         tagged[0],
         tagged[1]);
  printf("ratio             %.2f (tagging pass / tokenise-only pass speed)\n",
         split[0] > 0 ? tagged[0] / split[0] : 0);
  printf("peak RSS          %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
  lsn_model_free(model);
  lsn_free(bytes);
  return split[0] > 0 && tagged[0] > 0 ? 0 : 1;
}
