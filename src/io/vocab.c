/* SPDX-License-Identifier: ISC */
/* What the io stage's readers, writers and queries share: the prefixes of
 * the vocabularies liaison uses, and the RDF syntax a file name implies. */
#include "io/io.h"

#include <string.h>

const lsn_io_prefix lsn_io_prefixes[] = {
  { "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#" },
  { "rdfs", "http://www.w3.org/2000/01/rdf-schema#" },
  { "xsd", "http://www.w3.org/2001/XMLSchema#" },
  { "owl", "http://www.w3.org/2002/07/owl#" },
  { "skos", "http://www.w3.org/2004/02/skos/core#" },
  { "org", "http://www.w3.org/ns/org#" },
  { "foaf", "http://xmlns.com/foaf/0.1/" },
  { "schema", "http://schema.org/" },
  { "prov", "http://www.w3.org/ns/prov#" },
  { "dcterms", "http://purl.org/dc/terms/" },
  { "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#" },
  { "itsrdf", "http://www.w3.org/2005/11/its/rdf#" },
  { "lsn", "https://w3id.org/liaison/ontology#" },
  { "wd", "http://www.wikidata.org/entity/" },
  { NULL, NULL },
};

const char*
lsn_io_syntax_for(const char* path)
{
  const char* dot = strrchr(path, '.');
  if (!dot)
    return "turtle";
  if (!strcmp(dot, ".nt"))
    return "ntriples";
  if (!strcmp(dot, ".nq"))
    return "nquads";
  if (!strcmp(dot, ".rdf") || !strcmp(dot, ".xml") || !strcmp(dot, ".owl"))
    return "rdfxml";
  return "turtle";
}
