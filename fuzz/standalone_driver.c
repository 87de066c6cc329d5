/* SPDX-License-Identifier: ISC */
/*
 * Replays fuzz inputs without libFuzzer, so that every normal build (gcc,
 * no clang) runs each target over its corpus under ctest: a crash found
 * once stays a test forever.  Arguments are files or directories (their
 * regular files, in name order, not recursive).
 */
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int
run_file(const char* path)
{
  FILE* file = fopen(path, "rb");
  if (!file) {
    fprintf(stderr, "%s: error: cannot read: %s\n", path, strerror(errno));
    return 1;
  }
  size_t   cap = 4096, len = 0, n;
  uint8_t* buf = malloc(cap);
  while (buf && (n = fread(buf + len, 1, cap - len, file)) > 0) {
    len += n;
    if (len == cap) {
      uint8_t* grown = realloc(buf, cap *= 2);
      if (!grown)
        free(buf);
      buf = grown;
    }
  }
  int bad = !buf || ferror(file);
  fclose(file);
  if (bad) {
    fprintf(stderr, "%s: error: cannot read\n", path);
    free(buf);
    return 1;
  }
  /* A copy of exactly `len` bytes, so ASan sees a read past the end. */
  uint8_t* exact = malloc(len ? len : 1);
  if (!exact) {
    free(buf);
    return 1;
  }
  memcpy(exact, buf, len);
  free(buf);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  return 0;
}

static int
cmp_names(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

/* The regular files of `dir` in name order; returns the number of inputs
 * run, or -1 on an error. */
static int
run_dir(const char* dir)
{
  DIR* d = opendir(dir);
  if (!d) {
    fprintf(stderr, "%s: error: cannot open: %s\n", dir, strerror(errno));
    return -1;
  }
  char**         names = NULL;
  size_t         n = 0, cap = 0;
  struct dirent* ent;
  int            failed = 0;
  while (!failed && (ent = readdir(d))) {
    if (ent->d_name[0] == '.')
      continue;
    if (n == cap) {
      char** grown = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
      failed       = !grown;
      names        = grown ? grown : names;
    }
    size_t len = strlen(dir) + strlen(ent->d_name) + 2;
    if (!failed && (names[n] = malloc(len)))
      snprintf(names[n++], len, "%s/%s", dir, ent->d_name);
  }
  closedir(d);
  if (n)
    qsort(names, n, sizeof *names, cmp_names);
  int run = 0;
  for (size_t i = 0; i < n; ++i) {
    struct stat info;
    if (!failed && !stat(names[i], &info) && S_ISREG(info.st_mode))
      failed = run_file(names[i]) || (++run, 0);
    free(names[i]);
  }
  free(names);
  return failed ? -1 : run;
}

int
main(int argc, char** argv)
{
  int total = 0;
  LLVMFuzzerInitialize(&argc, &argv);
  for (int i = 1; i < argc; ++i) {
    struct stat info;
    int         run = -1;
    if (stat(argv[i], &info))
      fprintf(stderr, "%s: error: %s\n", argv[i], strerror(errno));
    else
      run =
        S_ISDIR(info.st_mode) ? run_dir(argv[i]) : (run_file(argv[i]) ? -1 : 1);
    if (run < 0)
      return 1;
    total += run;
  }
  printf("%s: %d inputs run\n", argv[0], total);
  return 0;
}
