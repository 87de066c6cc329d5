/* SPDX-License-Identifier: ISC */
/*
 * SPARQL on the embedded store through rasqal (librdf_query), and the
 * results: the SPARQL 1.1 formats come from rasqal's own formatters; the
 * terminal table is made here, IRIs shortened with the predeclared
 * prefixes.  The table needs every row before it can align the columns, so
 * it holds the whole result; the other formats stream.
 */
#include "io/store.h"

#include "io/io.h"

#include <string.h>

#define prefixes lsn_io_prefixes /* io/vocab.c */

lsn_status
lsn_results_format_parse(lsn_results_format* out, const char* name)
{
  static const char* const names[] = { "table", "json", "xml", "csv", "tsv" };
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i)
    if (!strcmp(name, names[i])) {
      *out = (lsn_results_format)i;
      return LSN_OK;
    }
  return LSN_ERR_BAD_ARG;
}

/* The predeclared prologue goes on one line before the query, so an error
 * position only needs its line shifted back by one. */
static lsn_status
with_prologue(lsn_buf* out, const char* query)
{
  lsn_status st = LSN_OK;
  for (size_t i = 0; prefixes[i].prefix && !st; ++i)
    st = lsn_buf_printf(
      out, "PREFIX %s: <%s> ", prefixes[i].prefix, prefixes[i].iri);
  if (!st)
    st = lsn_buf_printf(out, "\n%s", query);
  return st;
}

/* ------------------------------------------------------------------------ */
/* Error positions                                                          */

/* The token a rasqal message quotes ('}' or "nope:y"), copied to `out`. */
static int
quoted_token(const char* message, char* out, size_t size)
{
  const char* open  = strpbrk(message, "'\"");
  const char* close = open ? strchr(open + 1, *open) : NULL;
  size_t      n     = close ? (size_t)(close - open - 1) : 0;
  if (!n || n >= size)
    return 0;
  memcpy(out, open + 1, n);
  out[n] = '\0';
  return 1;
}

static const char*
line_start(const char* text, unsigned line)
{
  for (unsigned l = 1; l < line && text; ++l)
    if ((text = strchr(text, '\n')))
      ++text;
  return text;
}

static unsigned
column_of(const char* start, const char* at)
{
  unsigned col = 1;
  for (; start < at; ++start)
    col += ((unsigned char)*start & 0xC0) != 0x80; /* code points */
  return col;
}

static void
locate_end(const char* text, unsigned* line, unsigned* col)
{
  size_t len = strlen(text);
  while (len && (text[len - 1] == '\n' || text[len - 1] == ' '))
    --len;
  const char* last = text;
  *line            = 1;
  for (const char* p = text; p < text + len; ++p)
    if (*p == '\n') {
      ++*line;
      last = p + 1;
    }
  *col = column_of(last, text + len) + 1;
}

void
lsn_query_locate(const char* text,
                 const char* message,
                 unsigned*   line,
                 unsigned*   col)
{
  char token[128];
  if (strstr(message, "$end")) {
    locate_end(text, line, col);
    return;
  }
  if (!quoted_token(message, token, sizeof token))
    return;
  const char* start = *line ? line_start(text, *line) : NULL;
  const char* end   = start ? strchr(start, '\n') : NULL;
  const char* at    = start ? strstr(start, token) : NULL;
  if (at && (!end || at < end)) {
    *col = column_of(start, at);
    return;
  }
  if (*line || !(at = strstr(text, token)))
    return;
  for (start = text, *line = 1; strchr(start, '\n') && strchr(start, '\n') < at;
       ++*line)
    start = strchr(start, '\n') + 1;
  *col = column_of(start, at);
}

/* ------------------------------------------------------------------------ */
/* The table                                                                */

static lsn_status
add_iri(lsn_buf* out, const char* iri)
{
  for (size_t i = 0; prefixes[i].prefix; ++i) {
    size_t n = strlen(prefixes[i].iri);
    if (!strncmp(iri, prefixes[i].iri, n) && !strpbrk(iri + n, "/#?"))
      return lsn_buf_printf(out, "%s:%s", prefixes[i].prefix, iri + n);
  }
  return lsn_buf_printf(out, "<%s>", iri);
}

/* One cell: IRIs shortened, literals as their text (with @lang), so a
 * person reads the table; the other formats keep the exact terms. */
static lsn_status
add_cell(lsn_buf* out, librdf_node* node)
{
  if (!node)
    return LSN_OK; /* unbound: an empty cell */
  switch (librdf_node_get_type(node)) {
  case LIBRDF_NODE_TYPE_RESOURCE:
    return add_iri(
      out, (const char*)librdf_uri_as_string(librdf_node_get_uri(node)));
  case LIBRDF_NODE_TYPE_BLANK:
    return lsn_buf_printf(
      out, "_:%s", (const char*)librdf_node_get_blank_identifier(node));
  default: {
    const char* lang = librdf_node_get_literal_value_language(node);
    return lsn_buf_printf(out,
                          "%s%s%s",
                          (const char*)librdf_node_get_literal_value(node),
                          lang ? "@" : "",
                          lang ? lang : "");
  }
  }
}

static size_t
display_width(const char* s)
{
  size_t n = 0;
  for (; *s; ++s)
    n += ((unsigned char)*s & 0xC0) != 0x80; /* code points, not bytes */
  return n;
}

typedef struct {
  lsn_buf cells; /* every cell, NUL-separated, row after row */
  size_t  n_cols;
  size_t  n_rows;
  size_t* width;
} table;

static lsn_status
table_row(table* t, librdf_query_results* results)
{
  lsn_status st = LSN_OK;
  for (size_t c = 0; c < t->n_cols && !st; ++c) {
    librdf_node* node = librdf_query_results_get_binding_value(results, (int)c);
    size_t       start = t->cells.len;
    st                 = add_cell(&t->cells, node);
    if (!st)
      st = lsn_buf_addc(&t->cells, '\0'); /* ends the cell */
    if (!st && display_width(t->cells.data + start) > t->width[c])
      t->width[c] = display_width(t->cells.data + start);
    if (node)
      librdf_free_node(node);
  }
  ++t->n_rows;
  return st;
}

static void
print_padded(FILE* stream, const char* text, size_t width, int last)
{
  fputs(text, stream);
  if (!last)
    fprintf(stream, "%*s | ", (int)(width - display_width(text)), "");
}

static void
print_row(FILE* stream, const table* t, const char** cell)
{
  for (size_t c = 0; c < t->n_cols; ++c) {
    print_padded(stream, *cell, t->width[c], c + 1 == t->n_cols);
    *cell += strlen(*cell) + 1;
  }
  fputc('\n', stream);
}

/* The first row of cells holds the column names. */
static void
table_print(const table* t, FILE* stream)
{
  const char* cell = t->cells.data;
  print_row(stream, t, &cell);
  for (size_t c = 0; c < t->n_cols; ++c) {
    for (size_t i = 0; i < t->width[c]; ++i)
      fputc('-', stream);
    fputs(c + 1 == t->n_cols ? "\n" : "-+-", stream);
  }
  for (size_t r = 0; r < t->n_rows; ++r)
    print_row(stream, t, &cell);
  fprintf(stream, "(%zu row%s)\n", t->n_rows, t->n_rows == 1 ? "" : "s");
}

/* Binding names are only valid while rows remain, so they are copied. */
static lsn_status
table_header(table* t, librdf_query_results* results)
{
  lsn_status st = LSN_OK;
  for (size_t c = 0; c < t->n_cols && !st; ++c) {
    const char* name = librdf_query_results_get_binding_name(results, (int)c);
    t->width[c]      = display_width(name ? name : "");
    st = lsn_buf_add(&t->cells, name ? name : "", strlen(name ? name : "") + 1);
  }
  return st;
}

static lsn_status
write_table(librdf_query_results* results, FILE* stream)
{
  int        count = librdf_query_results_get_bindings_count(results);
  table      t     = { { 0 }, count > 0 ? (size_t)count : 0, 0, NULL };
  lsn_status st    = LSN_OK;
  lsn_buf_init(&t.cells, 0);
  if (t.n_cols && !(t.width = lsn_calloc(t.n_cols, sizeof *t.width)))
    return LSN_ERR_NOMEM;
  st = table_header(&t, results);
  for (; !st && !librdf_query_results_finished(results);
       librdf_query_results_next(results))
    st = table_row(&t, results);
  if (!st)
    table_print(&t, stream);
  lsn_buf_free(&t.cells);
  lsn_free(t.width);
  return st;
}

/* ------------------------------------------------------------------------ */
/* Running a query                                                          */

static lsn_status
write_graph(lsn_store* store, librdf_query_results* results, FILE* stream)
{
  librdf_stream*     triples = librdf_query_results_as_stream(results);
  librdf_serializer* ser =
    librdf_new_serializer(store->world, "ntriples", NULL, NULL);
  lsn_status st = LSN_ERR_INTERNAL;
  if (triples && ser)
    st = librdf_serializer_serialize_stream_to_file_handle(
           ser, stream, NULL, triples)
           ? LSN_ERR_IO
           : LSN_OK;
  if (triples)
    librdf_free_stream(triples);
  if (ser)
    librdf_free_serializer(ser);
  return st;
}

static lsn_status
write_results(lsn_store*            store,
              librdf_query_results* results,
              lsn_results_format    format,
              FILE*                 stream)
{
  static const char* const names[] = { "table", "json", "xml", "csv", "tsv" };
  if (librdf_query_results_is_graph(results))
    return write_graph(store, results, stream);
  if (format == LSN_RESULTS_TABLE && librdf_query_results_is_boolean(results))
    return fprintf(stream,
                   "%s\n",
                   librdf_query_results_get_boolean(results) > 0 ? "true"
                                                                 : "false") < 0
             ? LSN_ERR_IO
             : LSN_OK;
  if (format == LSN_RESULTS_TABLE)
    return write_table(results, stream);
  if (librdf_query_results_to_file_handle2(
        results, stream, names[format], NULL, NULL, NULL))
    return LSN_ERR_IO;
  return LSN_OK;
}

lsn_status
lsn_store_query(lsn_store*         store,
                const char*        name,
                const char*        query,
                lsn_results_format format,
                FILE*              stream)
{
  lsn_buf               text;
  lsn_status            st;
  librdf_query*         q       = NULL;
  librdf_query_results* results = NULL;
  lsn_buf_init(&text, 0);
  if ((st = with_prologue(&text, query)))
    goto done;
  store->log_path  = name ? name : "<query>";
  store->log_lines = 1;
  store->log_text  = query;
  store->errors    = 0;
  q                = librdf_new_query(
    store->world, "sparql", NULL, (const unsigned char*)text.data, NULL);
  if (!q || store->errors) {
    if (!store->errors)
      lsn_store_report(store, LSN_ERR_BAD_ARG, 0, 0, "bad query");
    st = LSN_ERR_BAD_ARG;
    goto done;
  }
  /* rasqal parses the query here, not in librdf_new_query */
  results = librdf_query_execute(q, store->model);
  st      = store->errors ? LSN_ERR_BAD_ARG
            : !results    ? LSN_ERR_INTERNAL
                          : write_results(store, results, format, stream);
done:
  if (results)
    librdf_free_query_results(results);
  if (q)
    librdf_free_query(q);
  store->log_path  = NULL;
  store->log_text  = NULL;
  store->log_lines = 0;
  lsn_buf_free(&text);
  return st;
}
