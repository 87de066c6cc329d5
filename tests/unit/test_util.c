/* SPDX-License-Identifier: ISC */
/* Utilities: SHA-256 against known digests, the hash map, capped buffers,
 * slugs that never leave [a-z0-9-], and _free(NULL) everywhere. */
#include "extract/extract.h"
#include "graph/graph.h"
#include "util/util.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

static void
test_sha256__known_digests(void** state)
{
  char hex[65];
  (void)state;
  lsn_sha256_hex("", 0, hex);
  assert_string_equal(
    hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  lsn_sha256_hex("abc", 3, hex);
  assert_string_equal(
    hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  /* 56 bytes: the padding spills into a second block */
  const char* two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  lsn_sha256_hex(two, strlen(two), hex);
  assert_string_equal(
    hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void
test_map__put_get_grow(void** state)
{
  lsn_map* map = lsn_map_new();
  char     key[16];
  size_t   value;
  (void)state;
  for (size_t i = 0; i < 1000; ++i) {
    snprintf(key, sizeof key, "k%zu", i);
    assert_int_equal(lsn_map_put(map, key, strlen(key), i), LSN_OK);
  }
  assert_int_equal(lsn_map_size(map), 1000);
  assert_true(lsn_map_get(map, "k777", 4, &value));
  assert_int_equal(value, 777);
  assert_false(lsn_map_get(map, "k1000", 5, NULL));
  lsn_map_free(map);
}

static void
test_buf__refuses_past_cap(void** state)
{
  lsn_buf buf;
  (void)state;
  lsn_buf_init(&buf, 8);
  assert_int_equal(lsn_buf_adds(&buf, "12345678"), LSN_OK);
  assert_int_equal(lsn_buf_addc(&buf, '9'), LSN_ERR_NOMEM);
  assert_string_equal(buf.data, "12345678");
  lsn_buf_free(&buf);
}

static const char*
slug(const char* name)
{
  static char out[256];
  lsn_buf     buf;
  lsn_buf_init(&buf, 0);
  assert_int_equal(lsn_slug(&buf, name), LSN_OK);
  snprintf(out, sizeof out, "%s", buf.data);
  lsn_buf_free(&buf);
  return out;
}

static void
test_slug__readable_and_safe(void** state)
{
  (void)state;
  assert_string_equal(slug("Vladimir Voronkov"), "vladimir-voronkov");
  assert_string_equal(
    slug("Haut-Commissariat aux droits de l\xe2\x80\x99homme"),
    "haut-commissariat-aux-droits-de-l-homme");
  assert_string_equal(slug("\xc3\x89tats  membres"), "etats-membres");
  const char* hostile = slug("a>b<c\"d\\e\nf/../g#h");
  assert_string_equal(hostile, "a-b-c-d-e-f-g-h");
  /* nothing readable: a hash, still a valid segment */
  const char* other = slug("\xe5\x8c\x97\xe4\xba\xac");
  assert_int_equal(strspn(other, "abcdefghijklmnopqrstuvwxyz0123456789-"),
                   strlen(other));
  assert_true(strlen(other) > 2);
}

static void
test_slug__long_names_stay_distinct(void** state)
{
  char a[300], b[300], sa[256]; /* as large as slug()'s buffer */
  (void)state;
  memset(a, 'x', 200);
  a[200] = '\0';
  memcpy(b, a, 201);
  b[199] = 'y';
  snprintf(sa, sizeof sa, "%s", slug(a));
  assert_true(strlen(sa) <= 80);
  assert_string_not_equal(sa, slug(b));
}

static void
test_free__null_is_fine(void** state)
{
  (void)state;
  lsn_pipeline_free(NULL);
  lsn_writer_free(NULL);
  lsn_map_free(NULL);
  lsn_free(NULL);
  lsn_gazetteer_free(NULL);
  lsn_extractor_free(NULL);
  lsn_graph_free(NULL);
}

int
main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_sha256__known_digests),
    cmocka_unit_test(test_map__put_get_grow),
    cmocka_unit_test(test_buf__refuses_past_cap),
    cmocka_unit_test(test_slug__readable_and_safe),
    cmocka_unit_test(test_slug__long_names_stay_distinct),
    cmocka_unit_test(test_free__null_is_fine),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
