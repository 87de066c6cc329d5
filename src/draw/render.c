/* SPDX-License-Identifier: ISC */
/* Laying DOT out and rendering it through Graphviz's own libraries: cgraph
 * parses the DOT dot.c wrote, gvc runs the dot engine and a renderer
 * plugin (core for SVG, cairo for PNG and PDF).  Graphviz reports through
 * a global error function with no handle, so the current diagnostic sink
 * sits in file-level state for the length of one call. */
#include "draw/draw.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <string.h>

static struct {
  lsn_diag_func diag;
  void*         handle;
  lsn_buf       line; /* Graphviz sends a message in pieces */
  int           errors;
} gv_report;

static void
report_line(char* line)
{
  lsn_severity severity = LSN_WARNING;
  if (!strncmp(line, "Error: ", 7)) {
    severity = LSN_ERROR;
    line += 7;
    ++gv_report.errors;
  } else if (!strncmp(line, "Warning: ", 9))
    line += 9;
  lsn_draw_report(gv_report.diag,
                  gv_report.handle,
                  severity,
                  severity == LSN_ERROR ? LSN_ERR_INTERNAL : LSN_OK,
                  "graphviz: %s",
                  line);
}

static int
on_gv_message(char* piece)
{
  if (lsn_buf_adds(&gv_report.line, piece))
    return 0;
  char* nl;
  while (gv_report.line.data && (nl = strchr(gv_report.line.data, '\n'))) {
    *nl = '\0';
    report_line(gv_report.line.data);
    size_t rest = gv_report.line.len - (size_t)(nl + 1 - gv_report.line.data);
    memmove(gv_report.line.data, nl + 1, rest + 1);
    gv_report.line.len = rest;
  }
  return 0;
}

static lsn_status
layout_and_render(GVC_t* gvc, const char* dot, const char* format, FILE* out)
{
  Agraph_t* g = agmemread(dot);
  if (!g)
    return LSN_ERR_INTERNAL; /* dot.c wrote DOT Graphviz cannot read */
  lsn_status st = LSN_OK;
  if (gvLayout(gvc, g, "dot"))
    st = LSN_ERR_INTERNAL;
  else {
    if (gvRender(gvc, g, format, out))
      st = LSN_ERR_INTERNAL;
    gvFreeLayout(gvc, g);
  }
  agclose(g);
  return st;
}

lsn_status
lsn_dot_render(const char*   dot,
               const char*   format,
               FILE*         stream,
               lsn_diag_func diag,
               void*         diag_handle)
{
  gv_report.diag   = diag;
  gv_report.handle = diag_handle;
  gv_report.errors = 0;
  lsn_buf_init(&gv_report.line, 1 << 16);
  agusererrf previous = agseterrf(on_gv_message);
  GVC_t*     gvc      = gvContext();
  lsn_status st =
    gvc ? layout_and_render(gvc, dot, format, stream) : LSN_ERR_NOMEM;
  if (gvc)
    gvFreeContext(gvc);
  if (gv_report.line.len)
    on_gv_message("\n");
  agseterrf(previous);
  lsn_buf_free(&gv_report.line);
  if (!st && ferror(stream))
    st = LSN_ERR_IO;
  if (st == LSN_ERR_INTERNAL && !gv_report.errors)
    lsn_draw_report(
      diag, diag_handle, LSN_ERROR, st, "graphviz could not render %s", format);
  return st;
}
