/* SPDX-License-Identifier: ISC */
/*
 * The draw stage: an entity graph for people to look at.  The only place
 * Graphviz (cgraph, gvc) is called.
 *
 * Triples come in through a sink (model.c) and are kept small: the types
 * of entities, their labels, and the links between resources, minus the
 * NIF, provenance and reification vocabularies, which never join two
 * entities.  Writing builds a graph (graph.c): one node per entity (a
 * resource typed foaf:Person, org:Organization, schema:Place, schema:Event
 * or lsn:Agreement), sorted by IRI, and one edge per distinct triple
 * between two entities, sorted by subject, predicate and object IRI, so the
 * same triples in any order give the same bytes.  org:Membership nodes are
 * not drawn: their role names the title on the person's org:memberOf edge.
 * select.c then keeps a view (entity types) and a focus neighbourhood, and
 * dot.c / graphml.c write the result; render.c lays DOT out through gvc.
 *
 *   model:  terms[]  (IRIs, interned)   labels[] (term, kind, lang, value)
 *           links[]  (s, p, o as term indices)
 *   graph:  nodes[]  (term, kind, label)  edges[] (from, to, pred, title)
 */
#ifndef LSN_DRAW_H
#define LSN_DRAW_H

#include "util/util.h"

#include <stdbool.h>

/* Entity types, in the order that decides a resource with several. */
typedef enum {
  LSN_DK_PERSON,
  LSN_DK_ORG,
  LSN_DK_EVENT,
  LSN_DK_AGREEMENT,
  LSN_DK_PLACE,
  LSN_DK_COUNT
} lsn_dkind;

/* What a label is: rdfs:label (or skos:prefLabel) names a node; the others
 * are only looked at by --focus, or when a node has no main label. */
typedef enum { LSN_LABEL_MAIN, LSN_LABEL_ALT } lsn_label_rank;

typedef struct {
  char*    iri;   /* "_:<generation>.<id>" for a blank node */
  uint32_t kinds; /* bit (1u << lsn_dkind) per entity type seen */
} lsn_dterm;

typedef struct {
  size_t         term;
  lsn_label_rank rank;
  char*          lang; /* "" when none */
  char*          value;
} lsn_dlabel;

typedef struct {
  size_t s, p, o; /* term indices */
} lsn_dlink;

/* Everything kept from the triples. */
typedef struct {
  lsn_map*    index; /* IRI -> term */
  lsn_dterm*  terms;
  size_t      n_terms, cap_terms;
  lsn_dlabel* labels;
  size_t      n_labels, cap_labels;
  lsn_dlink*  links;
  size_t      n_links, cap_links;
  unsigned    generation; /* bumped per source, so blank nodes stay apart */
} lsn_dmodel;

lsn_status
lsn_dmodel_init(lsn_dmodel* model);
void
lsn_dmodel_clear(lsn_dmodel* model);
/** Take one triple (borrowed) into the model. */
lsn_status
lsn_dmodel_add(lsn_dmodel* model, const lsn_triple* triple);

/* The graph to write ----------------------------------------------------- */

typedef struct {
  size_t      term;
  lsn_dkind   kind;
  const char* iri;   /* borrowed from the model */
  const char* label; /* borrowed from the model (or the IRI) */
} lsn_dnode;

typedef struct {
  size_t      from, to; /* node indices */
  const char* pred;     /* the predicate's IRI (borrowed) */
  const char* title;    /* role on a person's org:memberOf, or NULL */
} lsn_dedge;

typedef struct {
  const lsn_dmodel* model;
  lsn_dnode*        nodes; /* sorted by IRI */
  size_t            n_nodes;
  lsn_dedge*        edges; /* sorted by (from, pred IRI, to) */
  size_t            n_edges, cap_edges;
  const char*       lang; /* labels preferred in this language */
} lsn_dgraph;

/** Build the whole entity graph of `model`, labels in `lang` where there
 * are (NULL: the language most entities have labels in). */
lsn_status
lsn_dgraph_build(lsn_dgraph* out, const lsn_dmodel* model, const char* lang);
void
lsn_dgraph_clear(lsn_dgraph* graph);

/** Keep the entity types in `view` (LSN_VIEW_* bits) and, with `focus`,
 * the nodes within `depth` links of it.  An unknown or ambiguous focus
 * gives LSN_ERR_BAD_ARG and a diagnostic naming it. */
lsn_status
lsn_dgraph_select(lsn_dgraph*   graph,
                  uint32_t      view,
                  const char*   focus,
                  unsigned      depth,
                  lsn_diag_func diag,
                  void*         diag_handle);

/* Presentation ----------------------------------------------------------- */

typedef struct {
  const char* name;   /* "person", used in GraphML and the legend */
  const char* shape;  /* Graphviz shape */
  const char* fill;   /* fill colour */
  const char* stroke; /* border colour */
  const char* margin; /* room around the label: "x,y" inches */
} lsn_dstyle;

const lsn_dstyle*
lsn_dkind_style(lsn_dkind kind);

/* How a relation is drawn: the ontology's relations have a readable name
 * and a colour; others are named by their IRI's local name. */
typedef struct {
  const char* iri;
  const char* label; /* "member of" */
  const char* color;
  const char* style; /* Graphviz edge style */
} lsn_drelation;

/** The relation `iri` is (static storage), or NULL when it is not one of
 * the ontology's. */
const lsn_drelation*
lsn_relation_find(const char* iri);

/** The local name of `iri`: after its last '#' or '/'. */
const char*
lsn_iri_local(const char* iri);

/** Report a problem to `diag` (stderr when NULL), with no position. */
void
lsn_draw_report(lsn_diag_func diag,
                void*         diag_handle,
                lsn_severity  severity,
                lsn_status    status,
                const char*   fmt,
                ...) __attribute__((format(printf, 5, 6)));

/** Append `len` bytes of `str` to `out`, replacing bytes that are not
 * UTF-8, and code points XML 1.0 refuses, with U+FFFD. */
lsn_status
lsn_utf8_clean(lsn_buf* out, const char* str, size_t len);

/* Writers ---------------------------------------------------------------- */

#define LSN_DRAW_DOT_MAX ((size_t)1 << 30) /* bytes of DOT in memory */

typedef struct {
  bool        legend;   /* a legend as the graph's label */
  bool        clusters; /* sub-organisations inside their parent */
  const char* focus;    /* named in the caption, may be NULL */
  unsigned    depth;
} lsn_dot_style;

/** Write `graph` as DOT into `out`. */
lsn_status
lsn_dot_write(lsn_buf* out, const lsn_dgraph* graph, const lsn_dot_style* st);

/** Write `graph` as GraphML to `stream`. */
lsn_status
lsn_graphml_write(FILE* stream, const lsn_dgraph* graph);

/** Lay `dot` out with Graphviz's dot engine and render it as `format`
 * ("svg", "png", "pdf") to `stream`.  Graphviz's messages go to `diag`. */
lsn_status
lsn_dot_render(const char*   dot,
               const char*   format,
               FILE*         stream,
               lsn_diag_func diag,
               void*         diag_handle);

#endif
