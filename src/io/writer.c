/* SPDX-License-Identifier: ISC */
/*
 * Serialisation through raptor2: a triple sink that turns lsn_triple into
 * raptor statements.  Prefixes are declared for the vocabularies liaison
 * uses and for the minted IRIs under the base, so Turtle stays readable.
 */
#include "io/io.h"

#include <raptor2.h>
#include <string.h>

struct lsn_writer {
  raptor_world*      world;
  raptor_serializer* serializer;
  lsn_format         format;
  int                failed;
};

/* Prefixes for what liaison mints under the base.  (rdf: is declared by
 * raptor2 itself, and declaring it again fails.) */
static const char* const minted[] = {
  "person",   "organization", "place",   "event",      "agreement",
  "document", "membership",   "role",    "commitment", "statement",
  "run",      "model",        "software"
};

lsn_status
lsn_format_parse(lsn_format* out, const char* name)
{
  static const struct {
    const char* name;
    lsn_format  format;
  } names[] = {
    { "turtle", LSN_FORMAT_TURTLE },      { "ttl", LSN_FORMAT_TURTLE },
    { "ntriples", LSN_FORMAT_NTRIPLES },  { "nt", LSN_FORMAT_NTRIPLES },
    { "n-triples", LSN_FORMAT_NTRIPLES }, { "nquads", LSN_FORMAT_NQUADS },
    { "nq", LSN_FORMAT_NQUADS },          { "n-quads", LSN_FORMAT_NQUADS },
    { "rdfxml", LSN_FORMAT_RDFXML },      { "rdf", LSN_FORMAT_RDFXML },
    { "rdf/xml", LSN_FORMAT_RDFXML },     { "xml", LSN_FORMAT_RDFXML },
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i)
    if (!strcmp(name, names[i].name)) {
      *out = names[i].format;
      return LSN_OK;
    }
  return LSN_ERR_BAD_ARG;
}

static const char*
raptor_name(lsn_format format)
{
  switch (format) {
  case LSN_FORMAT_NTRIPLES:
    return "ntriples";
  case LSN_FORMAT_NQUADS:
    return "nquads";
  case LSN_FORMAT_RDFXML:
    return "rdfxml-abbrev";
  default:
    return "turtle";
  }
}

static void
on_log(void* handle, raptor_log_message* message)
{
  lsn_writer* w = handle;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR)
    w->failed = 1;
}

static lsn_status
declare_prefixes(lsn_writer* w, const char* base)
{
  for (size_t i = 0; lsn_io_prefixes[i].prefix; ++i) {
    if (!strcmp(lsn_io_prefixes[i].prefix, "rdf"))
      continue; /* raptor2 declares it already, and refuses it twice */
    raptor_uri* uri =
      raptor_new_uri(w->world, (const unsigned char*)lsn_io_prefixes[i].iri);
    int failed =
      !uri ||
      raptor_serializer_set_namespace(
        w->serializer, uri, (const unsigned char*)lsn_io_prefixes[i].prefix);
    raptor_free_uri(uri);
    if (failed)
      return LSN_ERR_INTERNAL;
  }
  for (size_t i = 0; base && i < sizeof minted / sizeof *minted; ++i) {
    lsn_buf iri;
    lsn_buf_init(&iri, 0);
    if (lsn_buf_printf(&iri, "%s%s/", base, minted[i]))
      return LSN_ERR_NOMEM;
    raptor_uri* uri = raptor_new_uri(w->world, (const unsigned char*)iri.data);
    int         failed = !uri || raptor_serializer_set_namespace(
                           w->serializer, uri, (const unsigned char*)minted[i]);
    raptor_free_uri(uri);
    lsn_buf_free(&iri);
    if (failed)
      return LSN_ERR_INTERNAL;
  }
  return LSN_OK;
}

lsn_status
lsn_writer_new(lsn_writer** out,
               lsn_format   format,
               const char*  base,
               FILE*        stream)
{
  lsn_writer* w = lsn_calloc(1, sizeof *w);
  *out          = NULL;
  if (!w)
    return LSN_ERR_NOMEM;
  w->format = format;
  if (!(w->world = raptor_new_world()) || raptor_world_open(w->world)) {
    lsn_writer_free(w);
    return LSN_ERR_INTERNAL;
  }
  raptor_world_set_log_handler(w->world, w, on_log);
  w->serializer = raptor_new_serializer(w->world, raptor_name(format));
  if (!w->serializer ||
      raptor_serializer_start_to_file_handle(w->serializer, NULL, stream)) {
    lsn_writer_free(w);
    return LSN_ERR_INTERNAL;
  }
  if (format == LSN_FORMAT_TURTLE || format == LSN_FORMAT_RDFXML) {
    lsn_status st = declare_prefixes(w, base);
    if (st) {
      lsn_writer_free(w);
      return st;
    }
  }
  *out = w;
  return LSN_OK;
}

static raptor_term*
make_term(raptor_world* world, const lsn_term* t)
{
  if (t->kind == LSN_IRI)
    return raptor_new_term_from_uri_string(world,
                                           (const unsigned char*)t->value);
  if (t->kind == LSN_BLANK)
    return raptor_new_term_from_blank(world, (const unsigned char*)t->value);
  raptor_uri*  dt   = t->datatype
                        ? raptor_new_uri(world, (const unsigned char*)t->datatype)
                        : NULL;
  raptor_term* term = raptor_new_term_from_literal(
    world,
    (const unsigned char*)t->value,
    dt,
    t->lang && !t->datatype ? (const unsigned char*)t->lang : NULL);
  raptor_free_uri(dt); /* the term holds its own reference */
  return term;
}

static lsn_status
write_triple(void* handle, const lsn_triple* t)
{
  lsn_writer*      w = handle;
  raptor_statement s;
  lsn_status       st = LSN_OK;
  raptor_statement_init(&s, w->world);
  s.subject   = make_term(w->world, &t->subject);
  s.predicate = make_term(w->world, &t->predicate);
  s.object    = make_term(w->world, &t->object);
  s.graph     = t->graph ? make_term(w->world, t->graph) : NULL;
  if (!s.subject || !s.predicate || !s.object || (t->graph && !s.graph))
    st = LSN_ERR_NOMEM;
  else if (raptor_serializer_serialize_statement(w->serializer, &s) ||
           w->failed)
    st = LSN_ERR_IO;
  raptor_statement_clear(&s); /* frees the four terms */
  return st;
}

static lsn_status
end_writing(void* handle)
{
  lsn_writer* w = handle;
  if (raptor_serializer_serialize_end(w->serializer) || w->failed)
    return LSN_ERR_IO;
  return LSN_OK;
}

lsn_triple_sink
lsn_writer_sink(lsn_writer* writer)
{
  lsn_triple_sink sink = { writer, write_triple, end_writing };
  return sink;
}

void
lsn_writer_free(lsn_writer* w)
{
  if (!w)
    return;
  if (w->serializer)
    raptor_free_serializer(w->serializer);
  if (w->world)
    raptor_free_world(w->world);
  lsn_free(w);
}
