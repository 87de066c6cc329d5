/* SPDX-License-Identifier: ISC */
/*
 * The embedded store (store.c) and its SPARQL front (query.c), shared
 * between the two files only: librdf is called from src/io/ and nowhere
 * else.
 *
 * Layout on disk: a directory holding `lock`, `current` (a symbolic link
 * to a generation) and the generation `data-XXXXXX/`, which holds the
 * Berkeley DB files of one librdf "hashes" storage named "liaison"
 * (liaison-sp2o.db, -po2s.db, -so2p.db, -p2so.db, -contexts.db), contexts
 * on.  A write session fills a new generation and swaps `current` to it
 * when it closes (store.c, "Generations").  A store written before
 * generations keeps its files in the directory itself, read as they are
 * until the next write moves them.  Every statement is stored with a
 * context: a document's provenance under the document's IRI, and the
 * default graph (entity facts) under LSN_STORE_DEFAULT_GRAPH.  The reserved
 * context exists because the hashes storage checks a context-less add for
 * duplicates with a full scan when contexts are on (quadratic loading);
 * with every statement in a context, liaison does the duplicate check
 * itself through the (s p ?) index.  Queries see the union of all contexts
 * as their default graph, as Virtuoso does.
 */
#ifndef LSN_IO_STORE_H
#define LSN_IO_STORE_H

#include "util/util.h"

#include <redland.h>

/** The context that stands for the default graph in the store. */
#define LSN_STORE_DEFAULT_GRAPH "urn:x-liaison:default-graph"

struct lsn_store {
  librdf_world*   world;
  librdf_storage* storage;
  librdf_model*   model;
  librdf_node*    default_graph; /* LSN_STORE_DEFAULT_GRAPH */
  lsn_map*        replaced;      /* graphs emptied during this session */
  char*           last_graph;    /* cache: the graph of the last add */
  size_t          added;         /* statements added (not duplicates) */
  size_t          duplicates;    /* statements already there */
  lsn_diag_func   diag;
  void*           diag_handle;
  const char*     log_path;  /* names the input in diagnostics, borrowed */
  unsigned        log_lines; /* lines to subtract (predeclared prefixes) */
  const char*     log_text;  /* the query being parsed, borrowed */
  int             errors;    /* errors logged since the last reset */
  char*           dir;       /* the store directory (owned) */
  char*           stage;     /* write sessions: the new generation (owned) */
  int             lock_fd;   /* write sessions: holds the writer lock */
  int             broken;    /* a write failed: never commit the stage */
};

/** Report `message` through the store's diagnostic sink. */
void
lsn_store_report(lsn_store*  store,
                 lsn_status  status,
                 unsigned    line,
                 unsigned    col,
                 const char* message);

/** Complete a query error's position: rasqal gives a line (sometimes none)
 * and never a column, so the column is that of the token the message
 * quotes, and "$end" points just past the query's last character. */
void
lsn_query_locate(const char* text,
                 const char* message,
                 unsigned*   line,
                 unsigned*   col);

#endif
