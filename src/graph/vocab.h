/* SPDX-License-Identifier: ISC */
/* Namespaces of the vocabularies liaison writes (ontology/liaison.ttl). */
#ifndef LSN_VOCAB_H
#define LSN_VOCAB_H

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define ORG "http://www.w3.org/ns/org#"
#define FOAF "http://xmlns.com/foaf/0.1/"
#define SCHEMA "http://schema.org/"
#define PROV "http://www.w3.org/ns/prov#"
#define DCTERMS "http://purl.org/dc/terms/"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define ITSRDF "http://www.w3.org/2005/11/its/rdf#"
#define LSN_NS "https://w3id.org/liaison/ontology#"

#endif
