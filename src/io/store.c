/* SPDX-License-Identifier: ISC */
/*
 * The embedded store: librdf's "hashes" storage over Berkeley DB, contexts
 * on (layout and the reserved default-graph context in store.h).
 *
 * Why this storage: it is the only persistent librdf storage that loads at
 * tens of thousands of triples a second without a server (sqlite manages
 * about 2,000 even in a transaction, the mysql/postgresql/virtuoso ones need
 * a server), and it keeps memory flat: Berkeley DB pages through its own
 * cache.  Its four indexes answer (s p ?), (? p o), (s ? o) and, with
 * index-predicates (added here for "?x a org:Organization" and
 * "?p org:headOf ?o", the commonest shapes), (? p ?) without a scan; the
 * rest, (s ? ?) included, scan.  Measured (bench/store-load.sh, 2 cores):
 * 1,000,000 quads load at about 33,000 quads/s in under 120 MB of memory,
 * about 1.6 KB a quad on disk.
 *
 * Replacing a graph: the first statement a session adds to a named graph
 * first empties that graph, so a document (or a .nq file's graph) loaded
 * again replaces what was there instead of being added twice.
 */
#include "io/store.h"
#include "io/io.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define STORE_NAME "liaison"

void
lsn_store_report(lsn_store*  store,
                 lsn_status  status,
                 unsigned    line,
                 unsigned    col,
                 const char* message)
{
  lsn_diag d = { status, LSN_ERROR, store->log_path, SIZE_MAX,
                 line,   col,       message };
  ++store->errors;
  if (store->diag)
    store->diag(store->diag_handle, &d);
  else
    lsn_diag_print(stderr, &d);
}

/* librdf and its parsers log here; the locator gives line and column. */
static int
on_log(void* user_data, librdf_log_message* message)
{
  lsn_store*      store = user_data;
  raptor_locator* loc   = librdf_log_message_locator(message);
  unsigned        line = 0, col = 0;
  if (librdf_log_message_level(message) < LIBRDF_LOG_ERROR)
    return 1; /* warnings (unused variables...) are not worth a line */
  if (store->log_text && store->errors)
    return 1; /* a parser's later errors follow from its first */
  if (loc && loc->line > 0 && (unsigned)loc->line > store->log_lines) {
    line = (unsigned)loc->line - store->log_lines;
    col  = loc->column > 0 ? (unsigned)loc->column : 0;
  }
  if (store->log_text && !col && librdf_log_message_message(message))
    lsn_query_locate(
      store->log_text, librdf_log_message_message(message), &line, &col);
  lsn_store_report(store,
                   LSN_ERR_BAD_DATA,
                   line,
                   col,
                   librdf_log_message_message(message)
                     ? librdf_log_message_message(message)
                     : "unknown error");
  return 1;
}

/* The options string is librdf's own syntax: a quote in the path would end
 * the value early, so such paths are refused rather than escaped. */
static lsn_status
storage_options(lsn_buf* out, const char* path, uint32_t flags)
{
  if (strpbrk(path, "'\\"))
    return LSN_ERR_BAD_ARG;
  return lsn_buf_printf(out,
                        "hash-type='bdb',dir='%s',contexts='yes',"
                        "index-predicates='yes',write='%s',new='no'",
                        path,
                        flags & LSN_STORE_WRITE ? "yes" : "no");
}

static lsn_status
check_dir(lsn_store* store, const char* path, uint32_t flags)
{
  struct stat sb;
  if ((flags & LSN_STORE_WRITE) && mkdir(path, 0777) && errno != EEXIST) {
    lsn_store_report(store, LSN_ERR_IO, 0, 0, strerror(errno));
    return LSN_ERR_IO;
  }
  if (stat(path, &sb) || !S_ISDIR(sb.st_mode)) {
    lsn_store_report(
      store, LSN_ERR_IO, 0, 0, "no store here (not a directory)");
    return LSN_ERR_IO;
  }
  return LSN_OK;
}

static lsn_status
open_storage(lsn_store* store, const char* path, uint32_t flags)
{
  lsn_buf    options;
  lsn_status st;
  lsn_buf_init(&options, 0);
  if ((st = storage_options(&options, path, flags))) {
    lsn_store_report(store, st, 0, 0, "a store path may not hold ' or \\");
    lsn_buf_free(&options);
    return st;
  }
  store->storage =
    librdf_new_storage(store->world, "hashes", STORE_NAME, options.data);
  lsn_buf_free(&options);
  if (!store->storage) {
    lsn_store_report(store, LSN_ERR_IO, 0, 0, "cannot open the store");
    return LSN_ERR_IO;
  }
  store->model         = librdf_new_model(store->world, store->storage, NULL);
  store->default_graph = librdf_new_node_from_uri_string(
    store->world, (const unsigned char*)LSN_STORE_DEFAULT_GRAPH);
  return store->model && store->default_graph ? LSN_OK : LSN_ERR_NOMEM;
}

lsn_status
lsn_store_open(lsn_store**   out,
               const char*   path,
               uint32_t      flags,
               lsn_diag_func diag,
               void*         diag_handle)
{
  lsn_store* store = lsn_calloc(1, sizeof *store);
  lsn_status st    = LSN_ERR_NOMEM;
  *out             = NULL;
  if (!store)
    return LSN_ERR_NOMEM;
  store->diag        = diag;
  store->diag_handle = diag_handle;
  store->log_path    = path;
  if (!(store->replaced = lsn_map_new()) ||
      !(store->world = librdf_new_world()))
    goto fail;
  librdf_world_open(store->world);
  librdf_world_set_logger(store->world, store, on_log);
  if ((st = check_dir(store, path, flags)) ||
      (st = open_storage(store, path, flags)))
    goto fail;
  store->log_path = NULL;
  *out            = store;
  return LSN_OK;
fail:
  lsn_store_close(store);
  return st;
}

/* ------------------------------------------------------------------------ */
/* Adding statements                                                        */

/* Whether `statement` is already in `graph`.  A fully bound pattern would
 * scan the whole hashes storage; (s p ?) uses the sp2o index. */
static int
store_has(lsn_store* store, librdf_statement* statement, librdf_node* graph)
{
  librdf_node*     object = librdf_statement_get_object(statement);
  librdf_iterator* it =
    librdf_model_get_targets(store->model,
                             librdf_statement_get_subject(statement),
                             librdf_statement_get_predicate(statement));
  int found = 0;
  for (; it && !found && !librdf_iterator_end(it); librdf_iterator_next(it)) {
    librdf_node* target  = librdf_iterator_get_object(it);
    librdf_node* context = librdf_iterator_get_context(it);
    found = target && context && librdf_node_equals(target, object) &&
            librdf_node_equals(context, graph);
  }
  if (it)
    librdf_free_iterator(it);
  return found;
}

/* Empty `graph` the first time this session writes into it. */
static lsn_status
replace_once(lsn_store* store, librdf_node* graph)
{
  size_t         len;
  unsigned char* iri =
    librdf_uri_as_counted_string(librdf_node_get_uri(graph), &len);
  size_t seen;
  if (store->last_graph && !strcmp(store->last_graph, (const char*)iri))
    return LSN_OK;
  lsn_free(store->last_graph);
  if (!(store->last_graph = lsn_strdup((const char*)iri)))
    return LSN_ERR_NOMEM;
  if (lsn_map_get(store->replaced, (const char*)iri, len, &seen))
    return LSN_OK;
  if (librdf_node_equals(graph, store->default_graph))
    return lsn_map_put(store->replaced, (const char*)iri, len, 1);
  if (librdf_model_context_remove_statements(store->model, graph))
    return LSN_ERR_IO;
  return lsn_map_put(store->replaced, (const char*)iri, len, 1);
}

/* Add `statement` (borrowed) to `graph` (borrowed; NULL for the default
 * graph) unless it is there already. */
static lsn_status
store_put(lsn_store* store, librdf_statement* statement, librdf_node* graph)
{
  lsn_status st;
  if (!graph || librdf_node_get_type(graph) != LIBRDF_NODE_TYPE_RESOURCE)
    graph = store->default_graph;
  LSN_TRY(st, replace_once(store, graph));
  if (store_has(store, statement, graph)) {
    ++store->duplicates;
    return LSN_OK;
  }
  if (librdf_model_context_add_statement(store->model, graph, statement))
    return LSN_ERR_IO;
  ++store->added;
  return LSN_OK;
}

static librdf_node*
make_node(librdf_world* world, const lsn_term* t)
{
  const unsigned char* value = (const unsigned char*)t->value;
  if (t->kind == LSN_IRI)
    return librdf_new_node_from_uri_string(world, value);
  if (t->kind == LSN_BLANK)
    return librdf_new_node_from_blank_identifier(world, value);
  if (t->datatype) {
    librdf_uri*  dt = librdf_new_uri(world, (const unsigned char*)t->datatype);
    librdf_node* node =
      dt ? librdf_new_node_from_typed_literal(world, value, NULL, dt) : NULL;
    if (dt)
      librdf_free_uri(dt); /* the node keeps its own reference */
    return node;
  }
  return librdf_new_node_from_literal(world, value, t->lang, 0);
}

static lsn_status
sink_triple(void* handle, const lsn_triple* t)
{
  lsn_store*   store = handle;
  librdf_node* s     = make_node(store->world, &t->subject);
  librdf_node* p     = make_node(store->world, &t->predicate);
  librdf_node* o     = make_node(store->world, &t->object);
  librdf_node* g     = t->graph ? make_node(store->world, t->graph) : NULL;
  lsn_status   st    = LSN_ERR_NOMEM;
  if (s && p && o && (g || !t->graph)) {
    /* takes ownership of s, p and o, even on failure */
    librdf_statement* statement =
      librdf_new_statement_from_nodes(store->world, s, p, o);
    s = p = o = NULL;
    if (statement) {
      st = store_put(store, statement, g);
      librdf_free_statement(statement);
    }
  }
  librdf_node* left[] = { s, p, o, g };
  for (size_t i = 0; i < 4; ++i)
    if (left[i])
      librdf_free_node(left[i]);
  return st;
}

static lsn_status
sink_end(void* handle)
{
  lsn_store* store = handle;
  return librdf_model_sync(store->model) ? LSN_ERR_IO : LSN_OK;
}

lsn_triple_sink
lsn_store_sink(lsn_store* store)
{
  lsn_triple_sink sink = { store, sink_triple, sink_end };
  return sink;
}

/* ------------------------------------------------------------------------ */
/* Loading RDF files                                                        */

typedef struct {
  lsn_store* store;
  lsn_status status;
} parse_ctx;

/* librdf's own parser streams drop the N-Quads graph, so raptor is driven
 * directly; in librdf 1.0 a librdf_node is a raptor_term. */
static void
on_statement(void* handle, raptor_statement* rs)
{
  parse_ctx*    ctx   = handle;
  librdf_world* world = ctx->store->world;
  if (ctx->status)
    return;
  /* takes ownership of the three copies */
  librdf_statement* statement =
    librdf_new_statement_from_nodes(world,
                                    raptor_term_copy(rs->subject),
                                    raptor_term_copy(rs->predicate),
                                    raptor_term_copy(rs->object));
  if (!statement) {
    ctx->status = LSN_ERR_NOMEM;
    return;
  }
  librdf_node* graph =
    rs->graph && rs->graph->type == RAPTOR_TERM_TYPE_URI ? rs->graph : NULL;
  ctx->status = store_put(ctx->store, statement, graph);
  librdf_free_statement(statement);
}

static lsn_status
parse_file(lsn_store* store, const char* path, FILE* file)
{
  parse_ctx      ctx    = { store, LSN_OK };
  raptor_world*  rw     = librdf_world_get_raptor(store->world);
  raptor_parser* parser = raptor_new_parser(rw, lsn_io_syntax_for(path));
  unsigned char* name   = raptor_uri_filename_to_uri_string(path);
  raptor_uri*    base   = name ? raptor_new_uri(rw, name) : NULL;
  lsn_status     st     = LSN_ERR_NOMEM;
  if (parser && base) {
    raptor_parser_set_statement_handler(parser, &ctx, on_statement);
    int failed = raptor_parser_parse_file_stream(parser, file, path, base);
    st         = ctx.status                ? ctx.status
                 : failed || store->errors ? LSN_ERR_BAD_DATA
                                           : LSN_OK;
  }
  if (name)
    raptor_free_memory(name);
  if (base)
    raptor_free_uri(base);
  if (parser)
    raptor_free_parser(parser);
  return st;
}

lsn_status
lsn_store_load_rdf_file(lsn_store* store, const char* path)
{
  FILE* file      = fopen(path, "rb");
  store->log_path = path;
  store->errors   = 0;
  if (!file) {
    lsn_store_report(store, LSN_ERR_IO, 0, 0, strerror(errno));
    store->log_path = NULL;
    return LSN_ERR_IO;
  }
  lsn_status st = parse_file(store, path, file);
  fclose(file);
  if (!st && librdf_model_sync(store->model))
    st = LSN_ERR_IO;
  store->log_path = NULL;
  return st;
}

void
lsn_store_counts(lsn_store* store, size_t* added, size_t* total)
{
  if (added)
    *added = store->added;
  if (total) {
    /* the hashes storage keeps no count (librdf_model_size gives -1) */
    librdf_stream* all = librdf_model_as_stream(store->model);
    *total             = 0;
    for (; all && !librdf_stream_end(all); librdf_stream_next(all))
      ++*total;
    if (all)
      librdf_free_stream(all);
  }
}

void
lsn_store_close(lsn_store* store)
{
  if (!store)
    return;
  if (store->model) {
    librdf_model_sync(store->model);
    librdf_free_model(store->model);
  }
  if (store->storage)
    librdf_free_storage(store->storage);
  if (store->default_graph)
    librdf_free_node(store->default_graph);
  if (store->world)
    librdf_free_world(store->world);
  lsn_map_free(store->replaced);
  lsn_free(store->last_graph);
  lsn_free(store);
}
