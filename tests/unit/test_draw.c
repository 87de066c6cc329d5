/* SPDX-License-Identifier: ISC */
/* The draw stage: triples in through the sink; entities and relations out,
 * per view and focus; DOT and GraphML escaping of hostile labels; the same
 * triples in another order give the same bytes. */
#include "liaison.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#if defined(__SANITIZE_ADDRESS__)
/* Graphviz 2.42 keeps its plugin configuration (gvconfig) and fontconfig,
 * pango and cairo keep caches until exit; full stacks let the suppressions
 * match. */
const char*
__asan_default_options(void);
const char*
__lsan_default_suppressions(void);
const char*
__asan_default_options(void)
{
  return "fast_unwind_on_malloc=0:print_suppressions=0";
}
const char*
__lsan_default_suppressions(void)
{
  return "leak:gvconfig\nleak:libgvc.so\nleak:libgvplugin_pango.so\n"
         "leak:libfontconfig.so\nleak:libpango\nleak:libcairo.so\n"
         "leak:libglib-2.0.so\n";
}
#endif

#define EX "http://example.org/"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define ORG "http://www.w3.org/ns/org#"
#define SCHEMA "http://schema.org/"
#define LSN "https://w3id.org/liaison/ontology#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

/* A small corpus: (subject, predicate, object, language) rows; a NULL
 * language means an IRI object, "" a plain literal. */
typedef struct {
  const char *s, *p, *o, *lang;
} row;

static const row corpus[] = {
  { EX "p1", RDF_TYPE, "http://xmlns.com/foaf/0.1/Person", NULL },
  { EX "p1", LABEL, "Ana Lopez", "fr" },
  { EX "p2", RDF_TYPE, "http://xmlns.com/foaf/0.1/Person", NULL },
  { EX "p2", LABEL, "Bo Chen", "fr" },
  { EX "o1", RDF_TYPE, ORG "Organization", NULL },
  { EX "o1", LABEL, "Nations Unies", "fr" },
  { EX "o1", LABEL, "United Nations", "en" },
  { EX "o1", ALT, "ONU", "fr" },
  { EX "o2", RDF_TYPE, ORG "Organization", NULL },
  { EX "o2", LABEL, "Bureau régional", "fr" },
  { EX "o2", ORG "subOrganizationOf", EX "o1", NULL },
  { EX "e1", RDF_TYPE, SCHEMA "Event", NULL },
  { EX "e1", LABEL, "Sommet", "fr" },
  { EX "e1", SCHEMA "location", EX "pl", NULL },
  { EX "e1", SCHEMA "attendee", EX "p1", NULL },
  { EX "e1", SCHEMA "startDate", "2020-01-01", "" },
  { EX "pl", RDF_TYPE, SCHEMA "Place", NULL },
  { EX "pl", LABEL, "Genève", "fr" },
  { EX "a1", RDF_TYPE, LSN "Agreement", NULL },
  { EX "a1", LABEL, "Accord", "fr" },
  { EX "a1", LSN "party", EX "o1", NULL },
  { EX "a1", LSN "signedAt", EX "e1", NULL },
  { EX "p1", ORG "memberOf", EX "o2", NULL },
  { EX "p1", ORG "headOf", EX "o2", NULL },
  { EX "m1", RDF_TYPE, ORG "Membership", NULL },
  { EX "m1", ORG "member", EX "p1", NULL },
  { EX "m1", ORG "organization", EX "o2", NULL },
  { EX "m1", ORG "role", EX "r1", NULL },
  { EX "r1", LABEL, "Directrice", "fr" },
  /* What must stay out: mentions, evidence, documents, literals. */
  { EX "doc#char=0,5", RDF_TYPE, NIF "Phrase", NULL },
  { EX "doc#char=0,5",
    "http://www.w3.org/2005/11/its/rdf#taIdentRef",
    EX "p1",
    NULL },
  { EX "doc#char=0,5", NIF "referenceContext", EX "doc", NULL },
  { EX "st1",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject",
    EX "p1",
    NULL },
  { EX "st1",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#object",
    EX "o2",
    NULL },
  { EX "p1", "http://www.w3.org/ns/prov#wasDerivedFrom", EX "doc", NULL },
  { EX "doc", RDF_TYPE, LSN "Document", NULL },
};
#define N_CORPUS (sizeof corpus / sizeof *corpus)

typedef struct {
  lsn_drawing* d;
  char         message[512];
  int          n_diags;
} fixture;

static void
on_diag(void* handle, const lsn_diag* d)
{
  fixture* f = handle;
  snprintf(f->message, sizeof f->message, "%s", d->message);
  ++f->n_diags;
}

static lsn_status
feed(lsn_drawing* d, const row* r)
{
  lsn_triple      t    = { { LSN_IRI, r->s, NULL, NULL },
                           { LSN_IRI, r->p, NULL, NULL },
                           { r->lang ? LSN_LITERAL : LSN_IRI,
                             r->o,
                     r->lang && *r->lang ? r->lang : NULL,
                             NULL },
                           NULL };
  lsn_triple_sink sink = lsn_drawing_sink(d);
  return sink.triple(sink.handle, &t);
}

static void
feed_all(lsn_drawing* d, bool reversed)
{
  for (size_t i = 0; i < N_CORPUS; ++i)
    assert_int_equal(feed(d, &corpus[reversed ? N_CORPUS - 1 - i : i]), LSN_OK);
}

static int
setup(void** state)
{
  fixture* f = calloc(1, sizeof *f);
  if (!f || lsn_drawing_new(&f->d, on_diag, f))
    return -1;
  feed_all(f->d, false);
  *state = f;
  return 0;
}

static int
teardown(void** state)
{
  fixture* f = *state;
  lsn_drawing_free(f->d);
  free(f);
  return 0;
}

static void
count(fixture* f, const lsn_draw_options* o, size_t nodes, size_t edges)
{
  size_t n = 0, e = 0;
  assert_int_equal(lsn_drawing_count(f->d, o, &n, &e), LSN_OK);
  assert_int_equal(n, nodes);
  assert_int_equal(e, edges);
}

/* Writes into a string the caller frees. */
static char*
write_string(lsn_drawing* d, lsn_draw_format format, const lsn_draw_options* o)
{
  char*  text = NULL;
  size_t len  = 0;
  FILE*  mem  = open_memstream(&text, &len);
  assert_non_null(mem);
  lsn_status st = lsn_drawing_write(d, format, o, mem);
  fclose(mem);
  assert_int_equal(st, LSN_OK);
  return text;
}

static size_t
occurrences(const char* text, const char* needle)
{
  size_t n = 0;
  for (const char* p = text; (p = strstr(p, needle)); p += strlen(needle))
    ++n;
  return n;
}

/* ------------------------------------------------------------------------ */

static void
test_draw__counts_entities_and_relations(void** state)
{
  /* 7 entities; subOrganizationOf, location, attendee, party, signedAt,
   * memberOf, headOf between them.  Membership, role, mentions and
   * evidence are not drawn. */
  count(*state, NULL, 7, 7);
}

static void
test_draw__views_keep_types_and_their_relations(void** state)
{
  lsn_draw_options o = LSN_DRAW_OPTIONS_INIT;
  o.view             = LSN_VIEW_PEOPLE;
  count(*state, &o, 2, 0);
  o.view = LSN_VIEW_ORGANISATIONS;
  count(*state, &o, 2, 1);
  o.view = LSN_VIEW_PEOPLE | LSN_VIEW_ORGANISATIONS;
  count(*state, &o, 4, 3);
  o.view = LSN_VIEW_EVENTS | LSN_VIEW_AGREEMENTS;
  count(*state, &o, 2, 1);
  o.view = LSN_VIEW_PLACES;
  count(*state, &o, 1, 0);
}

static void
test_draw__view_names_parse(void** state)
{
  uint32_t view = 0;
  (void)state;
  assert_int_equal(lsn_draw_view_parse(&view, "people,organisations"), LSN_OK);
  assert_int_equal(view, LSN_VIEW_PEOPLE | LSN_VIEW_ORGANISATIONS);
  assert_int_equal(lsn_draw_view_parse(&view, "all"), LSN_OK);
  assert_int_equal(view, LSN_VIEW_ALL);
  assert_int_equal(lsn_draw_view_parse(&view, "people,"), LSN_ERR_BAD_ARG);
  assert_int_equal(lsn_draw_view_parse(&view, "robots"), LSN_ERR_BAD_ARG);
}

static void
test_draw__focus_by_label_keeps_neighbourhood(void** state)
{
  lsn_draw_options o = LSN_DRAW_OPTIONS_INIT;
  o.focus            = "bureau REGIONAL"; /* case and accents ignored */
  o.depth            = 0;
  count(*state, &o, 1, 0);
  o.depth = 1; /* o1, p1 */
  count(*state, &o, 3, 3);
  o.depth = 2; /* a1 (party of o1), e1 (attended by p1) */
  count(*state, &o, 5, 6);
}

static void
test_draw__focus_by_iri_and_alt_label(void** state)
{
  lsn_draw_options o = LSN_DRAW_OPTIONS_INIT;
  o.focus            = EX "pl";
  count(*state, &o, 2, 1); /* pl and e1 */
  o.focus = "onu";         /* an altLabel */
  count(*state, &o, 3, 2); /* o1, o2, a1 */
  o.focus = "United Nations";
  count(*state, &o, 3, 2);
}

static void
test_draw__unknown_focus_is_an_error_naming_it(void** state)
{
  fixture*         f = *state;
  lsn_draw_options o = LSN_DRAW_OPTIONS_INIT;
  o.focus            = "Atlantis Council";
  assert_int_equal(lsn_drawing_count(f->d, &o, NULL, NULL), LSN_ERR_BAD_ARG);
  assert_non_null(strstr(f->message, "'Atlantis Council'"));
  FILE* out = tmpfile();
  assert_int_equal(lsn_drawing_write(f->d, LSN_DRAW_DOT, &o, out),
                   LSN_ERR_BAD_ARG);
  assert_int_equal(ftell(out), 0); /* nothing written */
  fclose(out);
}

static void
test_draw__ambiguous_focus_is_an_error(void** state)
{
  fixture*         f    = *state;
  lsn_draw_options o    = LSN_DRAW_OPTIONS_INIT;
  row              twin = { EX "o3", LABEL, "Sommet", "fr" };
  row              type = { EX "o3", RDF_TYPE, ORG "Organization", NULL };
  assert_int_equal(feed(f->d, &twin), LSN_OK);
  assert_int_equal(feed(f->d, &type), LSN_OK);
  o.focus = "sommet";
  assert_int_equal(lsn_drawing_count(f->d, &o, NULL, NULL), LSN_ERR_BAD_ARG);
  assert_non_null(strstr(f->message, "names 2 entities"));
  o.view  = LSN_VIEW_PEOPLE; /* a focus the view leaves out */
  o.focus = EX "o1";
  assert_int_equal(lsn_drawing_count(f->d, &o, NULL, NULL), LSN_ERR_BAD_ARG);
}

static void
test_draw__membership_titles_the_edge(void** state)
{
  fixture* f   = *state;
  char*    dot = write_string(f->d, LSN_DRAW_DOT, NULL);
  assert_non_null(strstr(dot, "label=\"member of:\\nDirectrice\""));
  assert_non_null(strstr(dot, "label=\"head of\""));
  assert_null(strstr(dot, EX "m1")); /* the membership is not a node */
  assert_null(strstr(dot, EX "doc"));
  free(dot);
  char* xml = write_string(f->d, LSN_DRAW_GRAPHML, NULL);
  assert_non_null(strstr(xml, "<data key=\"title\">Directrice</data>"));
  free(xml);
}

static void
test_draw__membership_alone_makes_an_edge(void** state)
{
  lsn_drawing* d = NULL;
  (void)state;
  assert_int_equal(lsn_drawing_new(&d, NULL, NULL), LSN_OK);
  for (size_t i = 0; i < N_CORPUS; ++i)
    if (strcmp(corpus[i].p, ORG "memberOf"))
      assert_int_equal(feed(d, &corpus[i]), LSN_OK);
  size_t n, e;
  assert_int_equal(lsn_drawing_count(d, NULL, &n, &e), LSN_OK);
  assert_int_equal(e, 7);
  lsn_drawing_free(d);
}

static void
test_draw__labels_follow_the_language(void** state)
{
  fixture*         f  = *state;
  lsn_draw_options o  = LSN_DRAW_OPTIONS_INIT;
  char*            fr = write_string(f->d, LSN_DRAW_GRAPHML, &o);
  assert_non_null(strstr(fr, ">Nations Unies<"));
  o.lang   = "en";
  char* en = write_string(f->d, LSN_DRAW_GRAPHML, &o);
  assert_non_null(strstr(en, ">United Nations<"));
  assert_non_null(strstr(en, ">Ana Lopez<")); /* only @fr: still named */
  free(fr);
  free(en);
}

static const char hostile[] = "He said \"<b>&</b>\"\nnext\\n \x01\xff 'q'";

static void
add_hostile(lsn_drawing* d)
{
  row type = {
    EX "h\"<&>", RDF_TYPE, "http://xmlns.com/foaf/0.1/Person", NULL
  };
  row label = { EX "h\"<&>", LABEL, hostile, "fr" };
  assert_int_equal(feed(d, &type), LSN_OK);
  assert_int_equal(feed(d, &label), LSN_OK);
}

static void
test_draw__graphml_escapes_hostile_labels(void** state)
{
  fixture* f = *state;
  add_hostile(f->d);
  char* xml = write_string(f->d, LSN_DRAW_GRAPHML, NULL);
  assert_non_null(strstr(xml,
                         "He said &quot;&lt;b&gt;&amp;&lt;/b&gt;&quot;&#10;"
                         "next\\n \xEF\xBF\xBD\xEF\xBF\xBD &apos;q&apos;"));
  assert_non_null(strstr(xml, "<node id=\"" EX "h&quot;&lt;&amp;&gt;\">"));
  assert_null(strstr(xml, "<b>"));
  assert_null(strstr(xml, "\x01"));
  assert_int_equal(occurrences(xml, "<key "), 7);
  assert_int_equal(occurrences(xml, "<node "), 8);
  assert_int_equal(occurrences(xml, "<edge "), 7);
  free(xml);
}

static void
test_draw__dot_escapes_hostile_labels(void** state)
{
  fixture* f = *state;
  add_hostile(f->d);
  lsn_draw_options o = LSN_DRAW_OPTIONS_INIT;
  o.flags            = LSN_DRAW_NO_LEGEND;
  char* dot          = write_string(f->d, LSN_DRAW_DOT, &o);
  assert_non_null(strstr(dot, "\"" EX "h\\\"<&>\" [label=\"He said"));
  assert_non_null(strstr(dot, "\\\"<b>&</b>\\\"\\nnext\\\\n"));
  assert_null(strstr(dot, "\x01"));
  assert_null(strstr(dot, "\xff"));
  assert_int_equal(occurrences(dot, " -> "), 7);
  free(dot);
}

static void
test_draw__same_triples_same_bytes(void** state)
{
  fixture*     f        = *state;
  lsn_drawing* reversed = NULL;
  assert_int_equal(lsn_drawing_new(&reversed, NULL, NULL), LSN_OK);
  feed_all(reversed, true);
  for (lsn_draw_format fmt = LSN_DRAW_DOT; fmt <= LSN_DRAW_GRAPHML; ++fmt) {
    char* a = write_string(f->d, fmt, NULL);
    char* b = write_string(reversed, fmt, NULL);
    assert_string_equal(a, b);
    free(a);
    free(b);
  }
  lsn_drawing_free(reversed);
}

static void
test_draw__renders_svg_through_graphviz(void** state)
{
  fixture* f   = *state;
  char*    svg = write_string(f->d, LSN_DRAW_SVG, NULL);
  assert_non_null(strstr(svg, "<svg"));
  assert_non_null(strstr(svg, "Bureau régional"));
  free(svg);
}

static void
test_draw__formats_parse(void** state)
{
  lsn_draw_format fmt;
  (void)state;
  assert_int_equal(lsn_draw_format_from_path(&fmt, "a/links.graphml"), LSN_OK);
  assert_int_equal(fmt, LSN_DRAW_GRAPHML);
  assert_int_equal(lsn_draw_format_from_path(&fmt, "x.png"), LSN_OK);
  assert_int_equal(fmt, LSN_DRAW_PNG);
  assert_int_equal(lsn_draw_format_from_path(&fmt, "dir.svg/out"),
                   LSN_ERR_BAD_ARG);
  assert_int_equal(lsn_draw_format_parse(&fmt, "jpeg"), LSN_ERR_BAD_ARG);
}

static void
test_draw__blank_nodes_stay_apart_across_sources(void** state)
{
  lsn_drawing* d = NULL;
  lsn_triple   t = { { LSN_BLANK, "b1", NULL, NULL },
                     { LSN_IRI, RDF_TYPE, NULL, NULL },
                     { LSN_IRI, SCHEMA "Place", NULL, NULL },
                     NULL };
  size_t       n = 0;
  (void)state;
  assert_int_equal(lsn_drawing_new(&d, NULL, NULL), LSN_OK);
  lsn_triple_sink sink = lsn_drawing_sink(d);
  assert_int_equal(sink.triple(sink.handle, &t), LSN_OK);
  assert_int_equal(sink.end(sink.handle), LSN_OK);
  assert_int_equal(sink.triple(sink.handle, &t), LSN_OK);
  assert_int_equal(lsn_drawing_count(d, NULL, &n, NULL), LSN_OK);
  assert_int_equal(n, 2);
  lsn_drawing_free(d);
}

static void
test_draw__missing_file_is_an_io_error(void** state)
{
  fixture* f = *state;
  assert_int_equal(lsn_drawing_add_rdf_file(f->d, "/nonexistent/x.ttl"),
                   LSN_ERR_IO);
  assert_non_null(strstr(f->message, "/nonexistent/x.ttl"));
}

static void
test_draw__free_null(void** state)
{
  (void)state;
  lsn_drawing_free(NULL);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
  const struct CMUnitTest tests[] = {
    T(test_draw__counts_entities_and_relations),
    T(test_draw__views_keep_types_and_their_relations),
    cmocka_unit_test(test_draw__view_names_parse),
    T(test_draw__focus_by_label_keeps_neighbourhood),
    T(test_draw__focus_by_iri_and_alt_label),
    T(test_draw__unknown_focus_is_an_error_naming_it),
    T(test_draw__ambiguous_focus_is_an_error),
    T(test_draw__membership_titles_the_edge),
    cmocka_unit_test(test_draw__membership_alone_makes_an_edge),
    T(test_draw__labels_follow_the_language),
    T(test_draw__graphml_escapes_hostile_labels),
    T(test_draw__dot_escapes_hostile_labels),
    T(test_draw__same_triples_same_bytes),
    T(test_draw__renders_svg_through_graphviz),
    cmocka_unit_test(test_draw__formats_parse),
    cmocka_unit_test(test_draw__blank_nodes_stay_apart_across_sources),
    T(test_draw__missing_file_is_an_io_error),
    cmocka_unit_test(test_draw__free_null),
  };
#undef T
  return cmocka_run_group_tests(tests, NULL, NULL);
}
