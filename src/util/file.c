/* SPDX-License-Identifier: ISC */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

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
