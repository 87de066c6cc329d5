/* SPDX-License-Identifier: ISC */
/*
 * The graph stage: maps each document's entities, mentions and relations to
 * the ontology (ontology/liaison.ttl), mints IRIs, adds provenance (the
 * document node with its SHA-256, NIF mentions with code-point offsets,
 * evidence sentences for every relation), one document at a time, into a
 * record of a partial result.  The merge (merge.c) then gives an entity one
 * IRI and one set of labels across documents and writes the final graph,
 * streaming: the same documents give the same bytes, however they were
 * split into runs, threads or shards.
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

/** Encode the document's graph (one document per lsn_graph) as a record
 * of a partial result (partial.h) into `out`. */
lsn_status
lsn_graph_encode(const lsn_graph* graph,
                 const char*      name,
                 const char*      sha256,
                 lsn_buf*         out);

/* Links to another graph (link.c) ------------------------------------------ */

typedef struct lsn_linker lsn_linker;

lsn_linker*
lsn_linker_new(void);
void
lsn_linker_free(lsn_linker* linker);

/** A triple sink that takes in the graph to link to. */
lsn_triple_sink
lsn_linker_sink(lsn_linker* linker);

/** The IRI (borrowed) of the only node of the linked graph that any of
 * `labels` names, of type `type` or untyped; *out NULL when none or several
 * do. */
lsn_status
lsn_linker_match(lsn_linker*  linker,
                 uint8_t      type,
                 const char** labels,
                 size_t       n,
                 const char** out);

/* The merge (merge.c) -------------------------------------------------- */

/** Link entities to `linker`'s nodes as they are written; with `owned`,
 * the merge frees it. */
lsn_status
lsn_merge_add_linker(lsn_merge* merge, lsn_linker* linker, bool owned);

/** Record the run's start time (xsd:dateTime), or none (NULL). */
lsn_status
lsn_merge_set_started(lsn_merge* merge, const char* started);

/** Append the IRI-safe slug of `name` to `out`: lower-case ASCII letters,
 * digits and single hyphens, accents dropped, at most 80 characters (a
 * longer name gets a hash suffix so slugs stay distinct). */
lsn_status
lsn_slug(lsn_buf* out, const char* name);

#endif
