/* SPDX-License-Identifier: ISC */
/*
 * Serialisation: a triple sink that writes one syntax.  Turtle, N-Triples
 * and N-Quads go through serd, which streams (raptor2's Turtle writer holds
 * the whole graph until the end); RDF/XML goes through raptor2's streaming
 * "rdfxml" writer.  Prefixes are declared for the vocabularies liaison uses
 * and for the minted IRIs under the base, so Turtle stays readable.
 */
#include "io/io.h"

#include <errno.h>
#include <raptor2.h>
#include <serd/serd.h>
#include <string.h>

struct lsn_writer {
  raptor_world*      world;
  raptor_serializer* serializer;
  SerdEnv*           env;
  SerdWriter*        serd;
  FILE*              stream;
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
    return "rdfxml";
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

/* serd ------------------------------------------------------------------- */

/* serd's sink: counts a short write as a failure, so that a full disk is
 * an error, not a cut file. */
static size_t
serd_sink(const void* buf, size_t len, void* handle)
{
  lsn_writer* w = handle;
  size_t      n = fwrite(buf, 1, len, w->stream);
  if (n != len)
    w->failed = 1;
  return n;
}

static SerdStatus
on_serd_error(void* handle, const SerdError* error)
{
  lsn_writer* w = handle;
  (void)error;
  w->failed = 1;
  return SERD_SUCCESS;
}

static lsn_status
serd_prefix(lsn_writer* w, const char* name, const char* iri)
{
  SerdNode n = serd_node_from_string(SERD_LITERAL, (const uint8_t*)name);
  SerdNode u = serd_node_from_string(SERD_URI, (const uint8_t*)iri);
  return serd_writer_set_prefix(w->serd, &n, &u) ? LSN_ERR_INTERNAL : LSN_OK;
}

static lsn_status
serd_open(lsn_writer* w, const char* base)
{
  SerdSyntax syntax = w->format == LSN_FORMAT_NTRIPLES ? SERD_NTRIPLES
                      : w->format == LSN_FORMAT_NQUADS ? SERD_NQUADS
                                                       : SERD_TURTLE;
  SerdStyle  style  = w->format == LSN_FORMAT_TURTLE
                        ? (SerdStyle)(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED)
                        : (SerdStyle)0;
  lsn_status st;
  if (!(w->env = serd_env_new(NULL)) ||
      !(w->serd = serd_writer_new(syntax, style, w->env, NULL, serd_sink, w)))
    return LSN_ERR_NOMEM;
  serd_writer_set_error_sink(w->serd, on_serd_error, w);
  if (w->format != LSN_FORMAT_TURTLE)
    return LSN_OK;
  for (size_t i = 0; lsn_io_prefixes[i].prefix; ++i)
    LSN_TRY(st,
            serd_prefix(w, lsn_io_prefixes[i].prefix, lsn_io_prefixes[i].iri));
  for (size_t i = 0; base && i < sizeof minted / sizeof *minted; ++i) {
    lsn_buf iri;
    lsn_buf_init(&iri, 0);
    if (!(st = lsn_buf_printf(&iri, "%s%s/", base, minted[i])))
      st = serd_prefix(w, minted[i], iri.data);
    lsn_buf_free(&iri);
    if (st)
      return st;
  }
  return LSN_OK;
}

static void
serd_term(SerdNode* node, const lsn_term* t)
{
  *node = serd_node_from_string(t->kind == LSN_IRI     ? SERD_URI
                                : t->kind == LSN_BLANK ? SERD_BLANK
                                                       : SERD_LITERAL,
                                (const uint8_t*)t->value);
}

static lsn_status
serd_triple(lsn_writer* w, const lsn_triple* t)
{
  SerdNode s, p, o, g, dt = SERD_NODE_NULL, lang = SERD_NODE_NULL;
  serd_term(&s, &t->subject);
  serd_term(&p, &t->predicate);
  serd_term(&o, &t->object);
  if (t->graph)
    serd_term(&g, t->graph);
  if (t->object.kind == LSN_LITERAL && t->object.datatype)
    dt = serd_node_from_string(SERD_URI, (const uint8_t*)t->object.datatype);
  else if (t->object.kind == LSN_LITERAL && t->object.lang)
    lang = serd_node_from_string(SERD_LITERAL, (const uint8_t*)t->object.lang);
  if (serd_writer_write_statement(w->serd,
                                  0,
                                  t->graph ? &g : NULL,
                                  &s,
                                  &p,
                                  &o,
                                  dt.buf ? &dt : NULL,
                                  lang.buf ? &lang : NULL) ||
      w->failed)
    return LSN_ERR_IO;
  return LSN_OK;
}

/* raptor2 ------------------------------------------------------------------ */

static lsn_status
raptor_open(lsn_writer* w, const char* base)
{
  if (!(w->world = raptor_new_world()) || raptor_world_open(w->world))
    return LSN_ERR_INTERNAL;
  raptor_world_set_log_handler(w->world, w, on_log);
  w->serializer = raptor_new_serializer(w->world, raptor_name(w->format));
  if (!w->serializer ||
      raptor_serializer_start_to_file_handle(w->serializer, NULL, w->stream))
    return LSN_ERR_INTERNAL;
  return declare_prefixes(w, base);
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
  w->stream = stream;
  lsn_status st =
    format == LSN_FORMAT_RDFXML ? raptor_open(w, base) : serd_open(w, base);
  if (st) {
    lsn_writer_free(w);
    return st;
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
  if (w->serd)
    return serd_triple(w, t);
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
  if (w->serd) {
    if (serd_writer_finish(w->serd) || w->failed)
      return LSN_ERR_IO;
    return LSN_OK;
  }
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
  if (w->serd)
    serd_writer_free(w->serd);
  if (w->env)
    serd_env_free(w->env);
  if (w->serializer)
    raptor_free_serializer(w->serializer);
  if (w->world)
    raptor_free_world(w->world);
  lsn_free(w);
}
