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

/** What the run itself was, for its prov:Activity node. */
typedef struct {
  const char* version;      /* liaison's version */
  const char* model_sha[2]; /* fr, en tagger model SHA-256, or NULL */
  const char* started;      /* xsd:dateTime, or NULL (the default, so
                               that output stays byte-identical) */
} lsn_run_info;

/** Describe the run: a prov:Activity that used every document and the
 * tagger models, associated with the liaison software agent. */
void
lsn_graph_set_run(lsn_graph* graph, const lsn_run_info* run);

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

/** Link entities to `linker`'s nodes (borrowed) when the graph is emitted. */
void
lsn_graph_add_linker(lsn_graph* graph, lsn_linker* linker);

/** Append the IRI-safe slug of `name` to `out`: lower-case ASCII letters,
 * digits and single hyphens, accents dropped, at most 80 characters (a
 * longer name gets a hash suffix so slugs stay distinct). */
lsn_status
lsn_slug(lsn_buf* out, const char* name);

#endif
