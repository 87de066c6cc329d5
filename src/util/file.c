/* SPDX-License-Identifier: ISC */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

lsn_status
lsn_read_file(const char* path, size_t max, char** out, size_t* out_len)
{
  struct stat info;
  *out     = NULL;
  *out_len = 0;
  if (stat(path, &info))
    return LSN_ERR_IO;
  if (S_ISDIR(info.st_mode)) {
    errno = EISDIR;
    return LSN_ERR_IO;
  }
  FILE* file = fopen(path, "rb");
  if (!file)
    return LSN_ERR_IO;
  lsn_buf    buf;
  lsn_status st = LSN_OK;
  char       chunk[65536];
  size_t     n;
  lsn_buf_init(&buf, max);
  while (!st && (n = fread(chunk, 1, sizeof chunk, file)) > 0)
    st = lsn_buf_add(&buf, chunk, n);
  if (!st && ferror(file))
    st = LSN_ERR_IO;
  fclose(file);
  if (st) {
    lsn_buf_free(&buf);
    return st;
  }
  *out_len = buf.len;
  *out     = lsn_buf_take(&buf);
  return *out ? LSN_OK : LSN_ERR_NOMEM;
}

/* Mapped rather than copied: the tagger models (22 MB) read into fresh heap
 * pages cost every run as much time in the kernel as building their
 * tables.  An empty file (which mmap refuses) maps to NULL. */
lsn_status
lsn_map_file(const char* path, const char** bytes, size_t* len)
{
  struct stat info;
  int         fd = open(path, O_RDONLY | O_CLOEXEC);
  *bytes         = NULL;
  *len           = 0;
  if (fd < 0)
    return LSN_ERR_IO;
  if (fstat(fd, &info) || !S_ISREG(info.st_mode)) {
    int saved = S_ISDIR(info.st_mode) ? EISDIR : errno;
    close(fd);
    errno = saved;
    return LSN_ERR_IO;
  }
  void* map =
    info.st_size
      ? mmap(NULL, (size_t)info.st_size, PROT_READ, MAP_PRIVATE, fd, 0)
      : NULL;
  int saved = errno;
  close(fd);
  if (map == MAP_FAILED) {
    errno = saved;
    return LSN_ERR_IO;
  }
  *bytes = map;
  *len   = (size_t)info.st_size;
  return LSN_OK;
}

void
lsn_unmap_file(const char* bytes, size_t len)
{
  if (bytes)
    munmap((void*)bytes, len);
}
