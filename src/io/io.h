/* SPDX-License-Identifier: ISC */
/*
 * The io stage: the only place raptor2 (and later librdf) is called.
 * Writers are triple sinks that serialise; the reader parses an RDF file
 * into a triple sink, reporting errors with file, line and column.
 */
#ifndef LSN_IO_H
#define LSN_IO_H

#include "util/util.h"

typedef struct {
  const char* prefix;
  const char* iri;
} lsn_io_prefix;

/** The vocabularies' prefixes, ending with a { NULL, NULL } entry. */
extern const lsn_io_prefix lsn_io_prefixes[];

/** raptor2's name of the syntax a file name implies: .nt .nq .rdf .xml .owl,
 * else Turtle. */
const char*
lsn_io_syntax_for(const char* path);

/** Parse the RDF file at `path` (syntax guessed from its name: .ttl .nt
 * .nq .rdf .xml .owl, else Turtle) into `sink`.  Syntax errors go to
 * `diag` (stderr when NULL) and give LSN_ERR_BAD_DATA. */
lsn_status
lsn_rdf_read_file(const char*            path,
                  const lsn_triple_sink* sink,
                  lsn_diag_func          diag,
                  void*                  diag_handle);

#endif
