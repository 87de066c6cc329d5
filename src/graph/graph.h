/* SPDX-License-Identifier: ISC */
/*
 * The graph stage: maps each document's entities, mentions and relations to
 * the ontology (ontology/liaison.ttl), mints IRIs, adds provenance (the
 * document node with its SHA-256, NIF mentions with code-point offsets,
 * evidence sentences for every relation), and keeps the entity table that
 * gives an entity one IRI across documents.
 *
 * Triples are held until lsn_graph_emit, which sorts and de-duplicates them:
 * the same documents give the same bytes in whatever order they came.
 */
#ifndef LSN_GRAPH_H
#define LSN_GRAPH_H

#include "extract/extract.h"

typedef struct lsn_graph lsn_graph;

lsn_graph*
lsn_graph_new(const char* base);
void
lsn_graph_free(lsn_graph* graph);

/** Map one document.  `name` is its file name, `sha256` its hex digest. */
lsn_status
lsn_graph_add_document(lsn_graph*            graph,
                       const char*           name,
                       const char*           sha256,
                       const lsn_doc_result* doc,
                       const lsn_gazetteer*  gazetteer);

/** Push every triple, sorted, into `sink`; with `quads`, provenance goes
 * into one named graph per document and entity facts into the default
 * graph. */
lsn_status
lsn_graph_emit(const lsn_graph* graph, const lsn_triple_sink* sink, bool quads);

/** Append the IRI-safe slug of `name` to `out`: lower-case ASCII letters,
 * digits and single hyphens, accents dropped, at most 80 characters (a
 * longer name gets a hash suffix so slugs stay distinct). */
lsn_status
lsn_slug(lsn_buf* out, const char* name);

#endif
