/* SPDX-License-Identifier: ISC */
#include "output.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary file being written, for the signal handler. */
static char pending[4096];

static void
on_signal(int sig)
{
  if (pending[0])
    unlink(pending); /* async-signal-safe */
  signal(sig, SIG_DFL);
  raise(sig);
}

/* A signal the caller ignores stays ignored: `nohup liaison ...` must not
 * die of a hang-up, nor a background job of the terminal's interrupt. */
static void
catch_signal(int sig)
{
  if (signal(sig, on_signal) == SIG_IGN)
    signal(sig, SIG_IGN);
}

void
lsn_output_abandon(void)
{
  if (pending[0])
    unlink(pending);
  pending[0] = '\0';
}

bool
lsn_output_open(lsn_output* out, const char* path)
{
  memset(out, 0, sizeof *out);
  if (!path || !strcmp(path, "-")) {
    out->stream = stdout;
    return true;
  }
  size_t len = strlen(path);
  if (len + 16 > sizeof pending) {
    fprintf(stderr, "%s: error: output path too long\n", path);
    return false;
  }
  out->path     = path;
  out->tmp_path = malloc(len + 16);
  if (!out->tmp_path)
    return false;
  snprintf(out->tmp_path, len + 16, "%s.tmp-XXXXXX", path);
  int fd = mkstemp(out->tmp_path);
  if (fd < 0) {
    fprintf(
      stderr, "%s: error: cannot create output: %s\n", path, strerror(errno));
    free(out->tmp_path);
    out->tmp_path = NULL;
    return false;
  }
  mode_t mask = umask(0); /* mkstemp makes 0600; give the usual mode */
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  memcpy(pending, out->tmp_path, strlen(out->tmp_path) + 1);
  catch_signal(SIGINT);
  catch_signal(SIGTERM);
  catch_signal(SIGHUP);
  out->stream = fdopen(fd, "wb");
  if (!out->stream) {
    close(fd);
    lsn_output_abandon();
    free(out->tmp_path);
    return false;
  }
  return true;
}

bool
lsn_output_close(lsn_output* out, bool ok)
{
  if (!out->path) {
    if (fflush(stdout) || ferror(stdout)) {
      fprintf(stderr,
              "liaison: error: cannot write standard output: %s\n",
              strerror(errno));
      return false;
    }
    return ok;
  }
  bool written = ok && !fflush(out->stream) && !ferror(out->stream) &&
                 !fsync(fileno(out->stream));
  int saved = errno;
  if (fclose(out->stream))
    written = false;
  if (written && rename(out->tmp_path, out->path)) {
    saved   = errno;
    written = false;
  }
  if (!written) {
    if (ok)
      fprintf(stderr,
              "%s: error: cannot write output: %s\n",
              out->path,
              strerror(saved));
    unlink(out->tmp_path);
  }
  pending[0] = '\0';
  free(out->tmp_path);
  out->tmp_path = NULL;
  return written;
}
