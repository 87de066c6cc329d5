/* SPDX-License-Identifier: ISC */
/*
 * liaison: reports about international organisations in, an RDF knowledge
 * graph out.  This is the only public header; the command-line tool is a thin
 * layer over it.
 *
 * The pipeline reads documents one at a time (lsn_pipeline_add), or many at
 * once on threads (lsn_pipeline_add_files), extracts their people,
 * organisations, places, events and agreements with the links between
 * them, and spools each document's graph to a temporary partial result.
 * lsn_pipeline_emit then merges identity across documents and streams the
 * whole graph into a triple sink; the io writers (lsn_writer_new) are such
 * sinks.  A run can also be split: each part writes its partial result
 * (lsn_pipeline_write_partial) and lsn_merge joins them, giving the same
 * triples in the same order as one run over every document.
 */
#ifndef LIAISON_H
#define LIAISON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#  define LSN_API __attribute__((visibility("default")))
#  define LSN_NODISCARD __attribute__((warn_unused_result))
#else
#  define LSN_API
#  define LSN_NODISCARD
#endif

#define LSN_VERSION "0.1.0"

/** Status of every fallible call.  LSN_OK is 0 so `if (st)` reads naturally;
 * LSN_DONE means "end of input" and is not an error. */
typedef enum {
  LSN_OK = 0,
  LSN_DONE,
  LSN_ERR_NOMEM,
  LSN_ERR_IO,
  LSN_ERR_BAD_TEXT,
  LSN_ERR_BAD_DATA,
  LSN_ERR_BAD_ARG,
  LSN_ERR_REMOTE,
  LSN_ERR_INTERNAL
} lsn_status;

/** A short English description of `st`, never NULL, static storage. */
LSN_API const char*
lsn_strerror(lsn_status st);

/** The library version, "MAJOR.MINOR.PATCH". */
LSN_API const char*
lsn_version(void);

/* ------------------------------------------------------------------------ */
/* Diagnostics                                                              */

typedef enum { LSN_NOTE, LSN_WARNING, LSN_ERROR } lsn_severity;

/** One diagnostic.  All pointers are borrowed for the call only.  `line` and
 * `col` are 1-based (col in code points) and 0 when unknown; `byte` is the
 * byte offset into the input, or SIZE_MAX when unknown. */
typedef struct {
  lsn_status   status;
  lsn_severity severity;
  const char*  path;
  size_t       byte;
  unsigned     line;
  unsigned     col;
  const char*  message;
} lsn_diag;

typedef void (*lsn_diag_func)(void* handle, const lsn_diag* diag);

/** Print `diag` on `stream` as `path:line:col: error: message (byte N)`. */
LSN_API void
lsn_diag_print(FILE* stream, const lsn_diag* diag);

/* ------------------------------------------------------------------------ */
/* Triples and sinks                                                        */

typedef enum { LSN_IRI, LSN_BLANK, LSN_LITERAL } lsn_term_kind;

/** An RDF term.  `value` is UTF-8; for a literal, `lang` (may be NULL) or
 * `datatype` (an IRI, may be NULL) qualify it. */
typedef struct {
  lsn_term_kind kind;
  const char*   value;
  const char*   lang;
  const char*   datatype;
} lsn_term;

/** A triple (graph NULL) or quad: every pointer is borrowed for the call. */
typedef struct {
  lsn_term        subject;
  lsn_term        predicate;
  lsn_term        object;
  const lsn_term* graph;
} lsn_triple;

/** Where triples go: a handle passed back first and two callbacks.  A
 * non-zero status from a callback stops the producer and is returned by it
 * unchanged. */
typedef struct {
  void* handle;
  lsn_status (*triple)(void* handle, const lsn_triple* triple);
  lsn_status (*end)(void* handle);
} lsn_triple_sink;

/* ------------------------------------------------------------------------ */
/* The pipeline                                                             */

/** Output syntaxes. */
typedef enum {
  LSN_FORMAT_TURTLE,
  LSN_FORMAT_NTRIPLES,
  LSN_FORMAT_NQUADS,
  LSN_FORMAT_RDFXML
} lsn_format;

/** Parse "turtle", "ntriples", "nquads", "rdfxml" (and common aliases). */
LSN_API LSN_NODISCARD lsn_status
lsn_format_parse(lsn_format* out, const char* name);

#define LSN_DEFAULT_BASE "https://liaison.example.org/id/"

/** Options for lsn_pipeline_new; start from LSN_OPTIONS_INIT. */
typedef struct {
  const char* base;     /**< IRI base for minted IRIs, ends with / or # */
  const char* lang;     /**< "fr", "en", or NULL to detect per document */
  const char* data_dir; /**< lexicons and models; NULL for the default */
  const char* date;     /**< "YYYY-MM-DD" that weekday names are resolved
                             against; NULL: each document's date line */
  int provenance_time;  /**< record when the run started (prov:startedAtTime);
                             output then differs from run to run */
} lsn_options;

/* clang-format off */
#define LSN_OPTIONS_INIT {NULL, NULL, NULL, NULL, 0}
/* clang-format on */

typedef struct lsn_pipeline lsn_pipeline;

/** Make a pipeline: loads lexicons, gazetteer and models from the data
 * directory.  Errors go to `diag` (stderr when NULL). */
LSN_API LSN_NODISCARD lsn_status
lsn_pipeline_new(lsn_pipeline**     out,
                 const lsn_options* options,
                 lsn_diag_func      diag,
                 void*              diag_handle);

/** Extract one document.  `name` is how the document is known (its file
 * name); `bytes` need not be NUL-terminated and are copied.  Bad text (not
 * UTF-8, empty, NUL bytes) returns LSN_ERR_BAD_TEXT with a diagnostic naming
 * the byte offset, and leaves the pipeline as it was. */
LSN_API LSN_NODISCARD lsn_status
lsn_pipeline_add(lsn_pipeline* pipeline,
                 const char*   name,
                 const char*   bytes,
                 size_t        len);

/** Read the file at `path` and add it as a document named `path`.  A file
 * that is missing, unreadable, a directory, or larger than `max_bytes` gives
 * LSN_ERR_IO with a diagnostic naming it. */
LSN_API LSN_NODISCARD lsn_status
lsn_pipeline_add_file(lsn_pipeline* pipeline,
                      const char*   path,
                      size_t        max_bytes);

/** Read the RDF graph at `path` (Turtle, N-Triples, N-Quads or RDF/XML, by
 * its extension) and link extracted entities to its nodes with owl:sameAs
 * where their labels name one node of the same type unambiguously.  Call
 * before lsn_pipeline_emit. */
LSN_API LSN_NODISCARD lsn_status
lsn_pipeline_link_file(lsn_pipeline* pipeline, const char* path);

/** How lsn_pipeline_add_files works. */
typedef struct {
  unsigned jobs;       /**< threads extracting at once; 0 or 1: this one */
  size_t   max_bytes;  /**< a larger file is refused; 0: no limit */
  int      keep_going; /**< skip files that cannot be read or are not text */
} lsn_batch_options;

/** Add the files at `paths`, in that order, extracting `options->jobs` at
 * a time: the result, messages included, is the same as adding them one by
 * one.  Stops at the first bad file unless `keep_going` (running out of
 * memory always stops). */
LSN_API LSN_NODISCARD lsn_status
lsn_pipeline_add_files(lsn_pipeline*            pipeline,
                       const char* const*       paths,
                       size_t                   n,
                       const lsn_batch_options* options);

/** The shard (0 to n - 1) that the document at `path` belongs to when a
 * corpus is split into `n`: a hash of the path's bytes, the same on every
 * machine. */
LSN_API unsigned
lsn_shard_of(const char* path, unsigned n);

/** Push the graph of every document added so far into `sink`, in a
 * deterministic order, then call its `end`: first the run and the entities
 * (by IRI), then each document's triples, documents in the order they were
 * added.  With `quads` set, each document's triples carry the document's
 * graph IRI.  Memory holds the entity table and one document at a time. */
LSN_API LSN_NODISCARD lsn_status
lsn_pipeline_emit(lsn_pipeline*          pipeline,
                  const lsn_triple_sink* sink,
                  int                    quads);

/** Write the documents added so far as a partial result (format in
 * docs/internals/partial.md) to `out`, for lsn_merge. */
LSN_API LSN_NODISCARD lsn_status
lsn_pipeline_write_partial(lsn_pipeline* pipeline, FILE* out);

/** Where the time went, summed over documents (CPU time of each stage,
 * whatever the number of threads), for benchmarks. */
typedef struct {
  uint64_t words;    /**< tokens of the documents kept */
  uint64_t read_ns;  /**< reading, checking and hashing the bytes */
  uint64_t text_ns;  /**< normalising, tokenising, sentences, dates */
  uint64_t tag_ns;   /**< the statistical tagger */
  uint64_t rules_ns; /**< spans, entities and relations by rules */
  uint64_t graph_ns; /**< mapping to the ontology, encoding the record */
  uint64_t emit_ns;  /**< merging and writing (lsn_pipeline_emit) */
} lsn_stage_times;

LSN_API void
lsn_pipeline_stage_times(const lsn_pipeline* pipeline, lsn_stage_times* out);

/** "fr" or "en": the language of `len` bytes of UTF-8 text, from its
 * function words, as extract decides it per document. */
LSN_API const char*
lsn_pipeline_detect_language(const lsn_pipeline* pipeline,
                             const char*         bytes,
                             size_t              len);

/** Number of documents added. */
LSN_API size_t
lsn_pipeline_documents(const lsn_pipeline* pipeline);

LSN_API void
lsn_pipeline_free(lsn_pipeline* pipeline);

/* ------------------------------------------------------------------------ */
/* Merging partial results                                                  */

typedef struct lsn_merge lsn_merge;

/** A merge; diagnostics go to `diag` (stderr when NULL).  NULL when out of
 * memory. */
LSN_API lsn_merge*
lsn_merge_new(lsn_diag_func diag, void* diag_handle);

/** Add the partial result read from `stream` (borrowed, seekable, at its
 * first byte), named `name` in messages.  Partials must come from the same
 * liaison version, base and models; documents are merged in name order and
 * a text seen twice is kept once. */
LSN_API LSN_NODISCARD lsn_status
lsn_merge_add(lsn_merge* merge, FILE* stream, const char* name);

/** The base IRI the partials were written with (NULL before the first
 * lsn_merge_add), borrowed. */
LSN_API const char*
lsn_merge_base(const lsn_merge* merge);

/** As lsn_pipeline_link_file, for the merged entities. */
LSN_API LSN_NODISCARD lsn_status
lsn_merge_link_file(lsn_merge* merge, const char* path);

/** Record the merge's start time (prov:startedAtTime); output then varies
 * from run to run. */
LSN_API LSN_NODISCARD lsn_status
lsn_merge_stamp_time(lsn_merge* merge);

/** Stream the merged graph into `sink`, as lsn_pipeline_emit does; once
 * per merge. */
LSN_API LSN_NODISCARD lsn_status
lsn_merge_emit(lsn_merge* merge, const lsn_triple_sink* sink, int quads);

LSN_API void
lsn_merge_free(lsn_merge* merge);

/* ------------------------------------------------------------------------ */
/* Writers                                                                  */

typedef struct lsn_writer lsn_writer;

/** A triple sink that serialises to `stream` (borrowed, not closed) through
 * raptor2.  `base` is used to declare prefixes. */
LSN_API LSN_NODISCARD lsn_status
lsn_writer_new(lsn_writer** out,
               lsn_format   format,
               const char*  base,
               FILE*        stream);

/** The sink interface of `writer`, valid while the writer lives. */
LSN_API lsn_triple_sink
lsn_writer_sink(lsn_writer* writer);

LSN_API void
lsn_writer_free(lsn_writer* writer);

/* --- Tagger (begin) --- */
/* ------------------------------------------------------------------------ */
/* Name tagger                                                              */
/*
 * A statistical tagger that labels tokens with BIO tags for PER, ORG, LOC
 * and MISC (averaged perceptrons, Viterbi decoding; docs/internals/tagger.md).
 * A model is read-only once loaded and may be shared across threads.
 */

/** A trained tagger model (opaque). */
typedef struct lsn_model lsn_model;

/** Load a model from `len` bytes at `bytes` (borrowed; copied as needed, so
 * the caller may free them afterwards).  A buffer that is not a model, of an
 * unknown format version, truncated or corrupt (checksum) gives
 * LSN_ERR_BAD_DATA and `*out` NULL.  Free the model with lsn_model_free. */
LSN_API LSN_NODISCARD lsn_status
lsn_model_load_memory(lsn_model** out, const void* bytes, size_t len);

/** Load a model file: LSN_ERR_IO when it cannot be read, else as
 * lsn_model_load_memory. */
LSN_API LSN_NODISCARD lsn_status
lsn_model_load_file(lsn_model** out, const char* path);

/** Load the shipped model for `lang` ("fr" or "en"): `data_dir`/models/
 * `lang`.lsnm, where a NULL `data_dir` means $LIAISON_DATA, then the source
 * tree's data/, then the installed data directory. */
LSN_API LSN_NODISCARD lsn_status
lsn_model_load_lang(lsn_model** out, const char* data_dir, const char* lang);

/** Write `model` to `path` (through `path`.tmp, synced, then renamed). */
LSN_API LSN_NODISCARD lsn_status
lsn_model_save_file(const lsn_model* model, const char* path);

/** The language the model was trained for ("fr", "en"; may be ""), borrowed
 * for the model's lifetime. */
LSN_API const char*
lsn_model_lang(const lsn_model* model);

/** Free a model; NULL is allowed. */
LSN_API void
lsn_model_free(lsn_model* model);

/** Training options; start from LSN_TRAIN_OPTIONS_INIT (0 means default). */
typedef struct {
  const char* lang;      /**< stored in the model ("fr", "en"), may be NULL */
  unsigned    epochs;    /**< passes over the data (default 12) */
  unsigned    min_count; /**< drop features seen fewer times (default 2) */
  uint32_t    seed;      /**< shuffling seed (default fixed) */
} lsn_train_options;

/* clang-format off */
#define LSN_TRAIN_OPTIONS_INIT {NULL, 0, 0, 0}
/* clang-format on */

/** A trainer: collects sentences and word lists, then trains (opaque). */
typedef struct lsn_trainer lsn_trainer;

/** Make a trainer; `options` is copied (NULL for defaults). */
LSN_API LSN_NODISCARD lsn_status
lsn_trainer_new(lsn_trainer** out, const lsn_train_options* options);

/** Add the sentences of a CoNLL buffer: lines `index<TAB>token<TAB>tag`
 * (tag O, B-X or I-X), blank lines between sentences, `#` lines skipped,
 * CRLF accepted.  `path` names the buffer in diagnostics.  A malformed line
 * gives LSN_ERR_BAD_DATA and a diagnostic with its line number (to `diag`,
 * stderr when NULL); the trainer then keeps no sentence of this buffer. */
LSN_API LSN_NODISCARD lsn_status
lsn_trainer_add_conll(lsn_trainer*  trainer,
                      const char*   path,
                      const char*   bytes,
                      size_t        len,
                      lsn_diag_func diag,
                      void*         diag_handle);

/** Read the file `path` and add it as lsn_trainer_add_conll does. */
LSN_API LSN_NODISCARD lsn_status
lsn_trainer_add_conll_file(lsn_trainer*  trainer,
                           const char*   path,
                           lsn_diag_func diag,
                           void*         diag_handle);

/** Add a word list (one UTF-8 word per line, as /usr/share/dict/french).
 * Membership becomes a feature and the list is stored in the model, so
 * tagging needs no outside file. */
LSN_API LSN_NODISCARD lsn_status
lsn_trainer_add_words_file(lsn_trainer*  trainer,
                           const char*   path,
                           lsn_diag_func diag,
                           void*         diag_handle);

/** Add word classes: lines `word<TAB>CLASS`, CLASS any non-empty string
 * (a cluster, a WordNet lexicographer file).  A token's class is looked up
 * by its lower case; classes of the token and the words around it become
 * features, and the table is stored in the model.  A malformed line gives
 * LSN_ERR_BAD_DATA and a diagnostic. */
LSN_API LSN_NODISCARD lsn_status
lsn_trainer_add_classes_file(lsn_trainer*  trainer,
                             const char*   path,
                             lsn_diag_func diag,
                             void*         diag_handle);

/** Train on everything added so far.  Deterministic: the same inputs, in
 * the same order, give the same model bytes.  Progress lines go to `log`
 * when not NULL.  The new model belongs to the caller (lsn_model_free). */
LSN_API LSN_NODISCARD lsn_status
lsn_trainer_train(lsn_trainer* trainer, lsn_model** out, FILE* log);

/** Free a trainer; NULL is allowed. */
LSN_API void
lsn_trainer_free(lsn_trainer* trainer);

/** Tag a CoNLL buffer: write each line to `stream` with the predicted tag
 * appended as a last tab-separated column (index<TAB>token[<TAB>...]), blank
 * and `#` lines kept as they are, CR dropped.  A malformed line gives
 * LSN_ERR_BAD_DATA with a diagnostic naming `path` and the line; output up
 * to the sentence before it has been written.  A write error gives
 * LSN_ERR_IO. */
LSN_API LSN_NODISCARD lsn_status
lsn_tag_conll(const lsn_model* model,
              FILE*            stream,
              const char*      path,
              const char*      bytes,
              size_t           len,
              lsn_diag_func    diag,
              void*            diag_handle);

/** Read the file `path` ("-" for standard input) and tag it as
 * lsn_tag_conll does. */
LSN_API LSN_NODISCARD lsn_status
lsn_tag_conll_file(const lsn_model* model,
                   FILE*            stream,
                   const char*      path,
                   lsn_diag_func    diag,
                   void*            diag_handle);
/* --- Tagger (end) --- */

/* --- Store (begin) --- */
/* ------------------------------------------------------------------------ */
/* Embedded store and SPARQL                                                */
/*
 * A persistent RDF store in a directory (librdf, Berkeley DB hashes), one
 * context per named graph.  The first time a session writes into a named
 * graph, the graph's old statements are removed, so loading a document
 * again replaces its graph; default-graph statements are merged without
 * duplicates.  A store belongs to one thread at a time.
 */

/** An open store (opaque). */
typedef struct lsn_store lsn_store;

/** Flags for lsn_store_open. */
#define LSN_STORE_READ_ONLY 0u /**< open an existing store for reading */
#define LSN_STORE_WRITE 1u     /**< open for writing, creating it if needed */

/** Open the store in directory `path` (created with LSN_STORE_WRITE).
 * Errors go to `diag` (stderr when NULL), which must outlive the store.  A
 * missing store opened read-only, or an unusable directory, gives
 * LSN_ERR_IO.  Close with lsn_store_close. */
LSN_API LSN_NODISCARD lsn_status
lsn_store_open(lsn_store**   out,
               const char*   path,
               uint32_t      flags,
               lsn_diag_func diag,
               void*         diag_handle);

/** A triple sink that adds into `store` (triples with a graph go into that
 * named graph, replacing it as above); its `end` syncs the store to disk.
 * Valid while the store is open. */
LSN_API lsn_triple_sink
lsn_store_sink(lsn_store* store);

/** Parse the RDF file `path` (.nq N-Quads keeps its graphs; .nt, .ttl,
 * .rdf/.xml/.owl go into the default graph) into `store`.  A syntax error
 * gives LSN_ERR_BAD_DATA with a diagnostic naming line and column; what
 * was read before it stays in the store. */
LSN_API LSN_NODISCARD lsn_status
lsn_store_load_rdf_file(lsn_store* store, const char* path);

/** Statements added by this session (`added`, duplicates not counted) and
 * statements in the store (`total`, one per graph a triple is in; counting
 * them reads the whole store).  Either pointer may be NULL. */
LSN_API void
lsn_store_counts(lsn_store* store, size_t* added, size_t* total);

/** SPARQL result syntaxes: an aligned text table, or the SPARQL 1.1
 * results formats. */
typedef enum {
  LSN_RESULTS_TABLE,
  LSN_RESULTS_JSON,
  LSN_RESULTS_XML,
  LSN_RESULTS_CSV,
  LSN_RESULTS_TSV
} lsn_results_format;

/** Parse "table", "json", "xml", "csv" or "tsv". */
LSN_API LSN_NODISCARD lsn_status
lsn_results_format_parse(lsn_results_format* out, const char* name);

/** Run the SPARQL 1.1 query `query` (UTF-8, NUL-terminated) on `store` and
 * write its results to `stream` (borrowed) in `format`; CONSTRUCT and
 * DESCRIBE results are written as N-Triples.  The prefixes rdf rdfs xsd
 * owl skos org foaf schema prov dcterms nif itsrdf lsn wd are predeclared.
 * A syntax error gives LSN_ERR_BAD_ARG and a diagnostic `name:line:col`,
 * counted in `query`'s own lines; `name` (e.g. the .rq file) may be NULL. */
LSN_API LSN_NODISCARD lsn_status
lsn_store_query(lsn_store*         store,
                const char*        name,
                const char*        query,
                lsn_results_format format,
                FILE*              stream);

/** Sync and close `store`; NULL is allowed. */
LSN_API void
lsn_store_close(lsn_store* store);
/* --- Store (end) --- */

/* --- Push (begin) --- */
/* ------------------------------------------------------------------------ */
/* Sending graphs to a server                                               */
/*
 * SPARQL 1.1 Graph Store HTTP Protocol: each named graph of an N-Quads file
 * is sent with PUT (replacing it) or POST (adding), the default graph too;
 * a triples file goes to one graph.  Graphs are sent one at a time from a
 * temporary file, so memory does not grow with the input.  Credentials come
 * only from $LIAISON_USER/$LIAISON_PASSWORD or ~/.netrc.
 */

/** Flags for lsn_push_options.flags. */
#define LSN_PUSH_ADD 1u      /**< POST (add) instead of PUT (replace) */
#define LSN_PUSH_UPDATE 2u   /**< SPARQL Update INSERT DATA batches */
#define LSN_PUSH_INSECURE 4u /**< do not verify TLS certificates */

/** Options for lsn_push_file; start from LSN_PUSH_OPTIONS_INIT. */
typedef struct {
  const char* endpoint;      /**< Graph Store (or Update) endpoint URL */
  const char* graph;         /**< graph for a triples file; NULL: default */
  const char* default_graph; /**< send the default graph to this named
                                  graph (NULL: the store's default graph) */
  uint32_t flags;            /**< LSN_PUSH_* */
  unsigned timeout;          /**< seconds without progress (default 60) */
  unsigned retries;          /**< tries after the first (default 3) */
  size_t   batch;            /**< triples per Update request (10000) */
} lsn_push_options;

/* clang-format off */
#define LSN_PUSH_OPTIONS_INIT {NULL, NULL, NULL, 0, 0, 3, 0}
/* clang-format on */

/** What lsn_push_file sent. */
typedef struct {
  size_t graphs;   /**< graph requests (PUT/POST) or graphs updated */
  size_t triples;  /**< triples sent */
  size_t requests; /**< HTTP requests, retries included */
} lsn_push_summary;

/** Send the RDF file `path` (.nq keeps its graphs; .nt .ttl .rdf need
 * options->graph or go to the default graph).  A 4xx answer gives
 * LSN_ERR_REMOTE at once with the server's message in a diagnostic; 5xx
 * and connection failures are retried with backoff, then LSN_ERR_REMOTE.
 * `summary` (may be NULL) counts what was sent, also on failure. */
LSN_API LSN_NODISCARD lsn_status
lsn_push_file(const lsn_push_options* options,
              const char*             path,
              lsn_push_summary*       summary,
              lsn_diag_func           diag,
              void*                   diag_handle);
/* --- Push (end) --- */

/* --- Drawing (begin) --- */
/* ------------------------------------------------------------------------ */
/* Drawing the links between entities                                       */
/*
 * A drawing collects triples (from the pipeline, or RDF files) and writes
 * the entities among them (foaf:Person, org:Organization, schema:Place,
 * schema:Event, lsn:Agreement) and the relations between them: as a
 * picture laid out by Graphviz (SVG, PNG, PDF), as DOT, or as GraphML for
 * Gephi, yEd or Cytoscape.  Literals, NIF mentions, documents, provenance
 * and rdf:Statement evidence are left out.  Nodes and edges are written
 * sorted by IRI, so the same triples give the same bytes.  A drawing
 * belongs to one thread at a time (Graphviz keeps global state).
 */

/** A drawing being filled (opaque). */
typedef struct lsn_drawing lsn_drawing;

/** What lsn_drawing_write produces. */
typedef enum {
  LSN_DRAW_SVG,
  LSN_DRAW_PNG,
  LSN_DRAW_PDF,
  LSN_DRAW_DOT,
  LSN_DRAW_GRAPHML
} lsn_draw_format;

/** Parse "svg", "png", "pdf", "dot" (or "gv") or "graphml". */
LSN_API LSN_NODISCARD lsn_status
lsn_draw_format_parse(lsn_draw_format* out, const char* name);

/** The format a file name's extension asks for (.svg .png .pdf .dot .gv
 * .graphml); LSN_ERR_BAD_ARG when there is none or it is unknown. */
LSN_API LSN_NODISCARD lsn_status
lsn_draw_format_from_path(lsn_draw_format* out, const char* path);

/** Entity types for lsn_draw_options.view; a relation is drawn when both
 * its ends are. */
#define LSN_VIEW_PEOPLE 1u
#define LSN_VIEW_ORGANISATIONS 2u
#define LSN_VIEW_EVENTS 4u
#define LSN_VIEW_AGREEMENTS 8u
#define LSN_VIEW_PLACES 16u
#define LSN_VIEW_ALL 31u

/** Parse a comma-separated list of "people", "organisations", "events",
 * "agreements", "places" or "all" (singulars and "organizations" too) into
 * LSN_VIEW_* bits. */
LSN_API LSN_NODISCARD lsn_status
lsn_draw_view_parse(uint32_t* out, const char* names);

/** Flags for lsn_draw_options.flags. */
#define LSN_DRAW_NO_LEGEND 1u   /**< no legend under the picture */
#define LSN_DRAW_NO_CLUSTERS 2u /**< do not box sub-organisations */

/** Options for lsn_drawing_write; start from LSN_DRAW_OPTIONS_INIT.
 * `focus` is an entity's IRI or label (any case, accents optional); with
 * it, `depth` is how many links away entities are kept (0: the focus
 * alone).  `lang` is "fr" or "en"; NULL chooses the language most entities
 * have labels in. */
typedef struct {
  uint32_t    view;  /**< LSN_VIEW_* bits; 0 means all */
  const char* focus; /**< NULL: the whole graph */
  unsigned    depth; /**< links away from the focus (default 1) */
  const char* lang;  /**< preferred label language, or NULL */
  uint32_t    flags; /**< LSN_DRAW_* */
} lsn_draw_options;

/* clang-format off */
#define LSN_DRAW_OPTIONS_INIT {0, NULL, 1, NULL, 0}
/* clang-format on */

/** Make an empty drawing.  Diagnostics go to `diag` (stderr when NULL),
 * which must outlive the drawing.  Free it with lsn_drawing_free. */
LSN_API LSN_NODISCARD lsn_status
lsn_drawing_new(lsn_drawing** out, lsn_diag_func diag, void* diag_handle);

/** A triple sink filling `drawing` (for lsn_pipeline_emit), valid while the
 * drawing lives.  Its `end` closes a source: blank nodes of the next one
 * are other nodes even when their labels are the same. */
LSN_API lsn_triple_sink
lsn_drawing_sink(lsn_drawing* drawing);

/** Read the RDF file `path` (Turtle, N-Triples, N-Quads or RDF/XML, by its
 * extension) into `drawing`.  A missing file gives LSN_ERR_IO, a syntax
 * error LSN_ERR_BAD_DATA, each with a diagnostic naming the file. */
LSN_API LSN_NODISCARD lsn_status
lsn_drawing_add_rdf_file(lsn_drawing* drawing, const char* path);

/** Count the entities and relations `options` (NULL: defaults) would draw;
 * either pointer may be NULL.  Fails as lsn_drawing_write does on a focus
 * that names no entity or several. */
LSN_API LSN_NODISCARD lsn_status
lsn_drawing_count(lsn_drawing*            drawing,
                  const lsn_draw_options* options,
                  size_t*                 nodes,
                  size_t*                 edges);

/** Write the drawing to `stream` (borrowed, not closed) as `format`.  A
 * focus that names no entity, or several, gives LSN_ERR_BAD_ARG with a
 * diagnostic naming it, before anything is written; a write error
 * LSN_ERR_IO; a Graphviz failure LSN_ERR_INTERNAL. */
LSN_API LSN_NODISCARD lsn_status
lsn_drawing_write(lsn_drawing*            drawing,
                  lsn_draw_format         format,
                  const lsn_draw_options* options,
                  FILE*                   stream);

/** Free a drawing; NULL is allowed. */
LSN_API void
lsn_drawing_free(lsn_drawing* drawing);
/* --- Drawing (end) --- */

#ifdef __cplusplus
}
#endif

#endif /* LIAISON_H */
