/* SPDX-License-Identifier: ISC */
/*
 * The pipeline: implements liaison.h by wiring the stages, and is the only
 * file that sees them all.  Data flows one way: text -> extract -> graph ->
 * io (a triple sink).
 *
 * Data files are found in the data directory: lexicon/NAME.tsv (word lists
 * and triggers) and gazetteer/NAME.ttl (known bodies and places, read with
 * raptor2), each starting with a line naming its format and version.
 */
#include "extract/extract.h"
#include "graph/graph.h"
#include "graph/partial.h"
#include "io/io.h"
#include "text/text.h"
#include "util/lexicon.h"
#include "util/util.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define GAZETTEER_HEADER "# liaison-gazetteer 1"

struct lsn_pipeline {
  char*         base;
  char*         lang;
  char*         data_dir;
  lsn_ymd       date; /* --date, year 0 when not given */
  lsn_diag_func diag;
  void*         diag_handle;
  lsn_lexicon   lexicon;
  lsn_map*      maps[6]; /* abbrevs elisions months stop_fr stop_en weekdays */
  lsn_text_config config;
  lsn_gazetteer*  gazetteer;
  lsn_extractor*  extractor;
  lsn_model*      models[2]; /* fr, en tagger models, NULL when absent */
  char            model_sha[2][65];
  char*           started; /* --provenance-time, or NULL */
  lsn_linker**    linkers; /* --link graphs */
  size_t          n_linkers, cap_linkers;
  lsn_set64       seen; /* first 64 bits of each document's SHA-256 */
  size_t          n_documents;
  FILE*           spool; /* the partial result so far (header, records) */
  off_t           spool_end;
  lsn_stage_times times;
};

/* Diagnostics ---------------------------------------------------------------
 */

static void
report(const lsn_pipeline* p,
       lsn_status          st,
       lsn_severity        severity,
       const char*         path,
       size_t              byte,
       unsigned            line,
       unsigned            col,
       const char*         message)
{
  lsn_diag d = { st, severity, path, byte, line, col, message };
  if (p->diag)
    p->diag(p->diag_handle, &d);
  else
    lsn_diag_print(stderr, &d);
}

/* Line and column (code points, 1-based) of byte `offset`. */
static void
line_col(const char* text, size_t offset, unsigned* line, unsigned* col)
{
  size_t line_start = 0;
  *line             = 1;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') {
      ++*line;
      line_start = i + 1;
    }
  *col = (unsigned)lsn_codepoints(text + line_start, offset - line_start) + 1;
}

/* Data files ----------------------------------------------------------------
 */

static bool
is_dir(const char* path)
{
  struct stat info;
  return !stat(path, &info) && S_ISDIR(info.st_mode);
}

static char*
find_data_dir(const char* given)
{
  const char* env = getenv("LIAISON_DATA");
  if (given)
    return lsn_strdup(given);
  if (env && *env)
    return lsn_strdup(env);
  if (is_dir(LSN_SOURCE_DATA_DIR))
    return lsn_strdup(LSN_SOURCE_DATA_DIR);
  return lsn_strdup(LSN_INSTALL_DATA_DIR);
}

static int
cmp_names(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

/* The files of `dir` ending in `suffix`, as full paths, sorted. */
static lsn_status
list_files(const char* dir, const char* suffix, char*** out, size_t* n)
{
  DIR* d = opendir(dir);
  *out   = NULL;
  *n     = 0;
  if (!d)
    return LSN_ERR_IO;
  size_t         cap = 0;
  lsn_status     st  = LSN_OK;
  struct dirent* ent;
  while (!st && (ent = readdir(d))) {
    size_t len = strlen(ent->d_name), slen = strlen(suffix);
    if (len <= slen || strcmp(ent->d_name + len - slen, suffix))
      continue;
    lsn_buf path;
    lsn_buf_init(&path, 0);
    if ((st = lsn_buf_printf(&path, "%s/%s", dir, ent->d_name)))
      break;
    char* taken = lsn_buf_take(&path);
    LSN_PUSH(st, *out, *n, cap, taken);
    if (st)
      lsn_free(taken);
  }
  closedir(d);
  if (*n)
    qsort(*out, *n, sizeof **out, cmp_names);
  return st;
}

static void
free_list(char** list, size_t n)
{
  for (size_t i = 0; i < n; ++i)
    lsn_free(list[i]);
  lsn_free(list);
}

static void
on_lexicon_error(void*       handle,
                 const char* path,
                 unsigned    line,
                 const char* message)
{
  report(handle, LSN_ERR_BAD_DATA, LSN_ERROR, path, SIZE_MAX, line, 1, message);
}

static lsn_status
load_lexicons(lsn_pipeline* p)
{
  lsn_buf dir;
  char**  files = NULL;
  size_t  n     = 0;
  lsn_buf_init(&dir, 0);
  lsn_status st = lsn_buf_printf(&dir, "%s/lexicon", p->data_dir);
  if (!st && (st = list_files(dir.data, ".tsv", &files, &n)) == LSN_ERR_IO)
    report(p,
           st,
           LSN_ERROR,
           dir.data,
           SIZE_MAX,
           0,
           0,
           "cannot read the lexicon folder (set LIAISON_DATA or --data)");
  lsn_buf_free(&dir);
  for (size_t i = 0; !st && i < n; ++i) {
    char*  bytes;
    size_t len;
    if ((st = lsn_read_file(files[i], 16u << 20, &bytes, &len))) {
      report(p, st, LSN_ERROR, files[i], SIZE_MAX, 0, 0, "cannot read");
      break;
    }
    st =
      lsn_lexicon_parse(&p->lexicon, files[i], bytes, len, on_lexicon_error, p);
    lsn_free(bytes);
  }
  free_list(files, n);
  return st;
}

static lsn_status
check_gazetteer_header(const lsn_pipeline* p, const char* path)
{
  char  line[64] = { 0 };
  FILE* file     = fopen(path, "rb");
  if (!file) {
    report(p, LSN_ERR_IO, LSN_ERROR, path, SIZE_MAX, 0, 0, "cannot read");
    return LSN_ERR_IO;
  }
  bool ok = fgets(line, sizeof line, file) &&
            !strncmp(line, GAZETTEER_HEADER, strlen(GAZETTEER_HEADER));
  fclose(file);
  if (!ok)
    report(p,
           LSN_ERR_BAD_DATA,
           LSN_ERROR,
           path,
           SIZE_MAX,
           1,
           1,
           "not a gazetteer: first line must be '" GAZETTEER_HEADER "'");
  return ok ? LSN_OK : LSN_ERR_BAD_DATA;
}

static lsn_status
load_gazetteer(lsn_pipeline* p)
{
  lsn_buf dir;
  char**  files = NULL;
  size_t  n     = 0;
  lsn_buf_init(&dir, 0);
  lsn_status st = lsn_buf_printf(&dir, "%s/gazetteer", p->data_dir);
  if (!st && is_dir(dir.data))
    st = list_files(dir.data, ".ttl", &files, &n);
  lsn_buf_free(&dir);
  if (!st && !(p->gazetteer = lsn_gazetteer_new()))
    st = LSN_ERR_NOMEM;
  lsn_triple_sink sink =
    st ? (lsn_triple_sink){ 0 } : lsn_gazetteer_sink(p->gazetteer);
  for (size_t i = 0; !st && i < n; ++i)
    if (!(st = check_gazetteer_header(p, files[i])))
      st = lsn_rdf_read_file(files[i], &sink, p->diag, p->diag_handle);
  free_list(files, n);
  return st;
}

/* Text-stage word lists come from lexicon categories. */
static lsn_status
build_text_config(lsn_pipeline* p)
{
  static const char* const cats[6]  = { "abbrev", "elision", "month",
                                        "stop",   "stop",    "weekday" };
  static const char* const langs[6] = { NULL, NULL, NULL, "fr", "en", NULL };
  lsn_buf                  key;
  lsn_status               st = LSN_OK;
  lsn_buf_init(&key, 1024);
  for (int m = 0; m < 6 && !st; ++m) {
    if (!(p->maps[m] = lsn_map_new()))
      st = LSN_ERR_NOMEM;
    for (size_t i = 0; !st && i < p->lexicon.n; ++i) {
      const lsn_lex_entry* e = &p->lexicon.entries[i];
      if (strcmp(e->category, cats[m]) ||
          (langs[m] && strcmp(e->lang, langs[m]) && strcmp(e->lang, "*")))
        continue;
      lsn_buf_clear(&key);
      if (!(st = lsn_fold(&key, e->form, strlen(e->form))))
        st = lsn_map_put(
          p->maps[m], key.data, key.len, (size_t)strtoul(e->value, NULL, 10));
    }
  }
  lsn_buf_free(&key);
  p->config = (lsn_text_config){ p->maps[0], p->maps[1], p->maps[2],
                                 p->maps[3], p->maps[4], p->maps[5] };
  return st;
}

/* A model's version, for the run's provenance, is its file's digest.  The
 * file is read once; the digest is taken on another thread while the model
 * is built from the same bytes, since both cost about as much and every
 * run pays them at start-up. */
typedef struct {
  const char* bytes;
  size_t      len;
  char*       hex;
} digest_job;

static void*
digest(void* arg)
{
  digest_job* d = arg;
  lsn_sha256_hex(d->bytes, d->len, d->hex);
  return NULL;
}

static lsn_status
load_model(lsn_pipeline* p, int l, const char* path)
{
  const char* bytes;
  size_t      len;
  pthread_t   thread;
  lsn_status  st = lsn_map_file(path, &bytes, &len);
  if (st) {
    report(p, st, LSN_ERROR, path, SIZE_MAX, 0, 0, "cannot read");
    return st;
  }
  digest_job d      = { bytes, len, p->model_sha[l] };
  bool       hashed = !pthread_create(&thread, NULL, digest, &d);
  if ((st = lsn_model_load_memory(&p->models[l], bytes, len)))
    report(p, st, LSN_ERROR, path, SIZE_MAX, 0, 0, "invalid tagger model");
  if (hashed)
    pthread_join(thread, NULL);
  else
    digest(&d);
  lsn_unmap_file(bytes, len);
  return st;
}

/* The tagger's models are optional: without one, a language is handled by
 * the rules alone (a note says so).  A model that is there but broken is an
 * error. */
static lsn_status
load_models(lsn_pipeline* p)
{
  static const char* const langs[2] = { "fr", "en" };
  for (int l = 0; l < 2; ++l) {
    lsn_buf     path;
    struct stat info;
    lsn_buf_init(&path, 0);
    lsn_status st =
      lsn_buf_printf(&path, "%s/models/%s.lsnm", p->data_dir, langs[l]);
    if (!st && stat(path.data, &info))
      report(p,
             LSN_OK,
             LSN_NOTE,
             path.data,
             SIZE_MAX,
             0,
             0,
             "no tagger model: names typed by rules only");
    else if (!st)
      st = load_model(p, l, path.data);
    lsn_buf_free(&path);
    if (st)
      return st;
    if (p->models[l])
      lsn_extractor_set_model(p->extractor, langs[l], p->models[l]);
  }
  return LSN_OK;
}

/* The pipeline --------------------------------------------------------------
 */

/* Every minted IRI starts with the base: it must be one that any RDF
 * syntax can carry, and end where a local name can follow. */
static bool
base_ok(const char* base)
{
  size_t n = strlen(base);
  for (size_t i = 0; i < n; ++i)
    if ((unsigned char)base[i] <= 0x20 || strchr("<>\"{}|^`\\", base[i]))
      return false;
  const char* colon = strchr(base, ':');
  return n && colon && colon > base &&
         (base[n - 1] == '/' || base[n - 1] == '#');
}

/* The time now as an xsd:dateTime, or NULL. */
static char*
utc_now(void)
{
  char      stamp[32];
  time_t    now = time(NULL);
  struct tm utc;
  if (!gmtime_r(&now, &utc) ||
      !strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc))
    return NULL;
  return lsn_strdup(stamp);
}

lsn_status
lsn_merge_stamp_time(lsn_merge* m)
{
  char*      now = utc_now();
  lsn_status st  = now ? lsn_merge_set_started(m, now) : LSN_ERR_NOMEM;
  lsn_free(now);
  return st;
}

lsn_status
lsn_pipeline_new(lsn_pipeline**     out,
                 const lsn_options* options,
                 lsn_diag_func      diag,
                 void*              diag_handle)
{
  lsn_options   defaults = LSN_OPTIONS_INIT;
  lsn_pipeline* p        = lsn_calloc(1, sizeof *p);
  lsn_status    st       = LSN_ERR_NOMEM;
  *out                   = NULL;
  if (!options)
    options = &defaults;
  if (!p)
    return st;
  p->diag        = diag;
  p->diag_handle = diag_handle;
  if (options->date && !lsn_ymd_parse(options->date, &p->date)) {
    report(p,
           LSN_ERR_BAD_ARG,
           LSN_ERROR,
           NULL,
           SIZE_MAX,
           0,
           0,
           "--date must be a date written YYYY-MM-DD");
    st = LSN_ERR_BAD_ARG;
    goto fail;
  }
  /* Only when asked: a time makes every run's bytes differ. */
  if (options->provenance_time && !(p->started = utc_now()))
    goto fail;
  if (options->base && !base_ok(options->base)) {
    report(p,
           LSN_ERR_BAD_ARG,
           LSN_ERROR,
           NULL,
           SIZE_MAX,
           0,
           0,
           "--base must be an absolute IRI ending with / or #, without "
           "spaces or any of <>\"{}|^`\\");
    st = LSN_ERR_BAD_ARG;
    goto fail;
  }
  if (options->lang && strcmp(options->lang, "fr") &&
      strcmp(options->lang, "en")) {
    st = LSN_ERR_BAD_ARG;
    goto fail;
  }
  if (!(p->base =
          lsn_strdup(options->base ? options->base : LSN_DEFAULT_BASE)) ||
      (options->lang && !(p->lang = lsn_strdup(options->lang))) ||
      !(p->data_dir = find_data_dir(options->data_dir)))
    goto fail;
  if ((st = load_lexicons(p)) || (st = build_text_config(p)) ||
      (st = load_gazetteer(p)) ||
      (st = lsn_extractor_new(
         &p->extractor, &p->lexicon, p->gazetteer, &p->config)) ||
      (st = load_models(p)))
    goto fail;
  *out = p;
  return LSN_OK;
fail:
  lsn_pipeline_free(p);
  return st;
}

void
lsn_pipeline_free(lsn_pipeline* p)
{
  if (!p)
    return;
  lsn_extractor_free(p->extractor);
  for (size_t i = 0; i < p->n_linkers; ++i)
    lsn_linker_free(p->linkers[i]);
  lsn_free(p->linkers);
  lsn_model_free(p->models[0]);
  lsn_model_free(p->models[1]);
  lsn_gazetteer_free(p->gazetteer);
  if (p->spool)
    fclose(p->spool);
  lsn_lexicon_clear(&p->lexicon);
  for (int m = 0; m < 6; ++m)
    lsn_map_free(p->maps[m]);
  lsn_set64_clear(&p->seen);
  lsn_free(p->base);
  lsn_free(p->lang);
  lsn_free(p->data_dir);
  lsn_free(p->started);
  lsn_free(p);
}

size_t
lsn_pipeline_documents(const lsn_pipeline* p)
{
  return p->n_documents;
}

/* Jobs ---------------------------------------------------------------------
 *
 * A job is one document taken from its bytes to its encoded record.  Jobs
 * may run on worker threads, so a job keeps its diagnostics, and the
 * pipeline reports them, checks for a repeated text and appends the record
 * to the spool in input order: output and messages are the same whatever
 * the number of threads.
 */

typedef struct {
  lsn_status   status;
  lsn_severity severity;
  char*        path;
  size_t       byte;
  unsigned     line, col;
  char*        message;
} saved_diag;

typedef struct {
  const char* path;  /* borrowed */
  const char* bytes; /* borrowed, or NULL: read `path` */
  size_t      len;
  lsn_status  status;
  char        sha[65];
  lsn_buf     record;
  saved_diag* diags;
  size_t      n_diags, cap_diags;
  uint64_t    ns[4]; /* read+check, text, extract (tagger apart), graph */
  uint64_t    tag_ns, words;
} job;

static void
job_report(job*         j,
           lsn_status   st,
           lsn_severity severity,
           const char*  path,
           size_t       byte,
           unsigned     line,
           unsigned     col,
           const char*  message)
{
  saved_diag d = {
    st,  severity,           path ? lsn_strdup(path) : NULL, byte, line,
    col, lsn_strdup(message)
  };
  lsn_status pushed;
  LSN_PUSH(pushed, j->diags, j->n_diags, j->cap_diags, d);
  if (pushed) {
    lsn_free(d.path);
    lsn_free(d.message);
  }
}

static void
job_clear(job* j)
{
  for (size_t i = 0; i < j->n_diags; ++i) {
    lsn_free(j->diags[i].path);
    lsn_free(j->diags[i].message);
  }
  lsn_free(j->diags);
  lsn_buf_free(&j->record);
  j->diags   = NULL;
  j->n_diags = j->cap_diags = 0;
}

static bool
is_blank(const char* bytes, size_t len)
{
  for (size_t i = 0; i < len; ++i)
    if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\n' &&
        bytes[i] != '\r' && bytes[i] != '\f' && bytes[i] != '\v')
      return false;
  return true;
}

static lsn_status
check_text(job* p, const char* name, const char* bytes, size_t len)
{
  size_t bad;
  if (is_blank(bytes, len)) {
    job_report(p,
               LSN_ERR_BAD_TEXT,
               LSN_ERROR,
               name,
               SIZE_MAX,
               0,
               0,
               len ? "document holds only white space" : "document is empty");
    return LSN_ERR_BAD_TEXT;
  }
  if (len > UINT32_MAX) {
    job_report(p,
               LSN_ERR_BAD_TEXT,
               LSN_ERROR,
               name,
               SIZE_MAX,
               0,
               0,
               "document is larger than 4 GiB");
    return LSN_ERR_BAD_TEXT;
  }
  if (lsn_utf8_check(bytes, len, &bad)) {
    unsigned line, col;
    line_col(bytes, bad, &line, &col);
    job_report(p,
               LSN_ERR_BAD_TEXT,
               LSN_ERROR,
               name,
               bad,
               line,
               col,
               bytes[bad] ? "invalid UTF-8"
                          : "NUL byte in text (binary file?)");
    return LSN_ERR_BAD_TEXT;
  }
  const char* why = lsn_text_check_chars(bytes, len, &bad);
  if (why) {
    unsigned line, col;
    line_col(bytes, bad, &line, &col);
    job_report(p, LSN_ERR_BAD_TEXT, LSN_ERROR, name, bad, line, col, why);
    return LSN_ERR_BAD_TEXT;
  }
  return LSN_OK;
}

/* LIAISON_DEBUG=1 prints what the extract stage found, for rule writers. */
static void
debug_dump(const lsn_doc_result* r)
{
  static const char* const kinds[] = {
    "name", "acronym", "short", "descr", "part"
  };
  for (size_t i = 0; i < r->n_mentions; ++i) {
    const lsn_mention* m = &r->mentions[i];
    fprintf(stderr,
            "mention %-12s %-7s s%u e%d %.*s\n",
            lsn_etype_name((lsn_etype)m->type),
            kinds[m->kind],
            m->strength,
            (int)m->entity,
            (int)(m->end - m->start),
            r->text->text + m->start);
  }
  for (size_t i = 0; i < r->n_entities; ++i)
    fprintf(stderr,
            "entity %zu %s %s\n",
            i,
            lsn_etype_name((lsn_etype)r->entities[i].type),
            r->entities[i].name);
  for (size_t i = 0; i < r->n_relations; ++i) {
    const lsn_relation* rel = &r->relations[i];
    fprintf(stderr,
            "relation %d %s -> %s\n",
            (int)rel->kind,
            r->entities[rel->subject].name,
            rel->object >= 0 ? r->entities[rel->object].name : rel->literal);
  }
}

/* The spool: this run's partial result, in a temporary file that is gone
 * when the pipeline is freed (or the process ends). */
static lsn_status
open_spool(lsn_pipeline* p)
{
  const char* dir = getenv("TMPDIR");
  lsn_buf     path;
  lsn_status  st;
  lsn_buf_init(&path, 0);
  LSN_TRY(
    st, lsn_buf_printf(&path, "%s/liaison-XXXXXX", dir && *dir ? dir : "/tmp"));
  int fd = mkstemp(path.data);
  if (fd >= 0) {
    unlink(path.data);
    p->spool = fdopen(fd, "w+b");
    if (!p->spool)
      close(fd);
  }
  lsn_pheader h = { LSN_VERSION,
                    p->base,
                    { p->model_sha[0], p->model_sha[1] } };
  st = p->spool ? lsn_partial_write_header(p->spool, &h) : LSN_ERR_IO;
  if (st)
    report(p,
           st,
           LSN_ERROR,
           path.data,
           SIZE_MAX,
           0,
           0,
           "cannot write the temporary file (set TMPDIR to a folder with "
           "room)");
  else
    p->spool_end = ftello(p->spool);
  lsn_buf_free(&path);
  return st;
}

/* Text to record; runs on any thread, touching nothing shared but what is
 * read-only after lsn_pipeline_new. */
static void
run_job(const lsn_pipeline* p, job* j, size_t max_bytes)
{
  char*      owned = NULL;
  lsn_status st    = LSN_OK;
  uint64_t   t0 = lsn_now_ns(), t1 = t0, t2 = t0, t3 = t0;
  if (!j->bytes) {
    st = lsn_read_file(j->path, max_bytes, &owned, &j->len);
    if (st == LSN_ERR_IO)
      job_report(j, st, LSN_ERROR, j->path, SIZE_MAX, 0, 0, strerror(errno));
    else if (st == LSN_ERR_NOMEM) {
      job_report(j,
                 LSN_ERR_IO,
                 LSN_ERROR,
                 j->path,
                 SIZE_MAX,
                 0,
                 0,
                 "document larger than --max-document-size");
      st = LSN_ERR_IO;
    }
    j->bytes = owned;
  }
  if (!st)
    st = check_text(j, j->path, j->bytes, j->len);
  lsn_text       text   = { 0 };
  lsn_doc_result result = { 0 };
  lsn_graph*     graph  = NULL;
  lsn_buf_init(&text.keys, 0);
  if (!st) {
    lsn_sha256_hex(j->bytes, j->len, j->sha);
    t1       = lsn_now_ns();
    st       = lsn_text_analyse(&text, &p->config, j->bytes, j->len);
    t2       = lsn_now_ns();
    j->words = text.n_tokens;
  }
  if (!st) {
    const char* lang =
      p->lang ? p->lang : lsn_text_detect_language(&text, &p->config);
    if (!(st = lsn_extract_document(
            p->extractor, &text, lang, p->date, &result)) &&
        getenv("LIAISON_DEBUG"))
      debug_dump(&result);
  }
  t3 = lsn_now_ns();
  if (!st && !(graph = lsn_graph_new(p->base)))
    st = LSN_ERR_NOMEM;
  if (!st)
    st = lsn_graph_add_document(graph, j->path, j->sha, &result, p->gazetteer);
  if (!st)
    st = lsn_graph_encode(graph, j->path, j->sha, &j->record);
  lsn_graph_free(graph);
  j->tag_ns = result.tag_ns;
  lsn_doc_result_clear(&result);
  lsn_text_clear(&text);
  lsn_free(owned);
  j->bytes  = NULL;
  j->status = st;
  if (t1 > t0) {
    j->ns[0] = t1 - t0;
    j->ns[1] = t2 - t1;
    j->ns[2] = t3 - t2;
    j->ns[3] = lsn_now_ns() - t3;
  }
}

/* In input order: the job's messages, then its record into the spool. */
static lsn_status
commit_job(lsn_pipeline* p, job* j)
{
  lsn_status st = j->status;
  for (size_t i = 0; i < j->n_diags; ++i) {
    const saved_diag* d = &j->diags[i];
    report(p,
           d->status,
           d->severity,
           d->path,
           d->byte,
           d->line,
           d->col,
           d->message ? d->message : lsn_strerror(d->status));
  }
  if (st)
    return st;
  /* The first 64 bits of the digest, which the document's IRI holds: the
   * merge drops repeats by the same key. */
  char prefix[17];
  bool fresh;
  memcpy(prefix, j->sha, 16);
  prefix[16] = '\0';
  LSN_TRY(st, lsn_set64_add(&p->seen, strtoull(prefix, NULL, 16), &fresh));
  if (!fresh) {
    report(p,
           LSN_OK,
           LSN_WARNING,
           j->path,
           SIZE_MAX,
           0,
           0,
           "same text as an earlier document: skipped");
    return LSN_OK;
  }
  if (!p->spool)
    LSN_TRY(st, open_spool(p));
  if (fseeko(p->spool, p->spool_end, SEEK_SET) ||
      fwrite(j->record.data, 1, j->record.len, p->spool) != j->record.len) {
    report(p,
           LSN_ERR_IO,
           LSN_ERROR,
           j->path,
           SIZE_MAX,
           0,
           0,
           "cannot write the temporary file (disk full? set TMPDIR)");
    return LSN_ERR_IO;
  }
  p->spool_end = ftello(p->spool);
  ++p->n_documents;
  p->times.words += j->words;
  p->times.read_ns += j->ns[0];
  p->times.text_ns += j->ns[1];
  p->times.tag_ns += j->tag_ns;
  p->times.rules_ns += j->ns[2] - j->tag_ns;
  p->times.graph_ns += j->ns[3];
  return LSN_OK;
}

lsn_status
lsn_pipeline_add(lsn_pipeline* p,
                 const char*   name,
                 const char*   bytes,
                 size_t        len)
{
  job j   = { 0 };
  j.path  = name;
  j.bytes = bytes;
  j.len   = len;
  lsn_buf_init(&j.record, 0);
  run_job(p, &j, SIZE_MAX);
  lsn_status st = commit_job(p, &j);
  job_clear(&j);
  return st;
}

lsn_status
lsn_pipeline_add_file(lsn_pipeline* p, const char* path, size_t max_bytes)
{
  job j  = { 0 };
  j.path = path;
  lsn_buf_init(&j.record, 0);
  run_job(p, &j, max_bytes);
  lsn_status st = commit_job(p, &j);
  job_clear(&j);
  return st;
}

/* Threads ------------------------------------------------------------------ */

/* Workers take the next path and fill its slot in a ring of 2 x jobs slots;
 * the calling thread commits slots in order and frees them for the paths
 * after.  At most that many documents are held at once. */
typedef struct {
  lsn_pipeline*      p;
  const char* const* paths;
  size_t             n, next, committed, ring;
  job*               slots;
  bool*              done;
  bool               stop;
  size_t             max_bytes;
  pthread_mutex_t    lock;
  pthread_cond_t     changed;
} pool;

static void*
worker(void* arg)
{
  pool* w = arg;
  pthread_mutex_lock(&w->lock);
  for (;;) {
    while (!w->stop && w->next < w->n && w->next >= w->committed + w->ring)
      pthread_cond_wait(&w->changed, &w->lock);
    if (w->stop || w->next >= w->n)
      break;
    size_t i = w->next++;
    job*   j = &w->slots[i % w->ring];
    pthread_mutex_unlock(&w->lock);
    run_job(w->p, j, w->max_bytes);
    pthread_mutex_lock(&w->lock);
    w->done[i % w->ring] = true;
    pthread_cond_broadcast(&w->changed);
  }
  pthread_mutex_unlock(&w->lock);
  return NULL;
}

static bool
is_fatal(lsn_status st, int keep_going)
{
  return st && (!keep_going || st == LSN_ERR_NOMEM || st == LSN_ERR_INTERNAL);
}

static lsn_status
add_in_threads(pool* w, unsigned jobs, int keep_going)
{
  pthread_t* threads = lsn_calloc(jobs, sizeof *threads);
  unsigned   started = 0;
  lsn_status first   = LSN_OK;
  if (!threads)
    return LSN_ERR_NOMEM;
  for (; started < jobs; ++started)
    if (pthread_create(&threads[started], NULL, worker, w))
      break;
  if (!started)
    first = LSN_ERR_INTERNAL;
  pthread_mutex_lock(&w->lock);
  while (started && !w->stop && w->committed < w->n) {
    size_t slot = w->committed % w->ring;
    while (!w->done[slot])
      pthread_cond_wait(&w->changed, &w->lock);
    pthread_mutex_unlock(&w->lock);
    lsn_status st = commit_job(w->p, &w->slots[slot]);
    job_clear(&w->slots[slot]);
    pthread_mutex_lock(&w->lock);
    w->done[slot] = false;
    if (w->committed + w->ring < w->n) {
      w->slots[slot].path = w->paths[w->committed + w->ring];
      lsn_buf_init(&w->slots[slot].record, 0);
    }
    ++w->committed;
    if (is_fatal(st, keep_going)) {
      first   = st;
      w->stop = true;
    }
    pthread_cond_broadcast(&w->changed);
  }
  pthread_mutex_unlock(&w->lock);
  for (unsigned t = 0; t < started; ++t)
    pthread_join(threads[t], NULL);
  lsn_free(threads);
  return first;
}

lsn_status
lsn_pipeline_add_files(lsn_pipeline*            p,
                       const char* const*       paths,
                       size_t                   n,
                       const lsn_batch_options* options)
{
  unsigned jobs = options && options->jobs ? options->jobs : 1;
  size_t   max  = options && options->max_bytes ? options->max_bytes : SIZE_MAX;
  int      keep = options ? options->keep_going : 0;
  if (jobs == 1 || n < 2) {
    for (size_t i = 0; i < n; ++i) {
      lsn_status st = lsn_pipeline_add_file(p, paths[i], max);
      if (is_fatal(st, keep))
        return st;
    }
    return LSN_OK;
  }
  pool w        = { p,
                    paths,
                    n,
                    0,
                    0,
                    (size_t)jobs * 2,
                    NULL,
                    NULL,
                    false,
                    max,
                    PTHREAD_MUTEX_INITIALIZER,
                    PTHREAD_COND_INITIALIZER };
  w.slots       = lsn_calloc(w.ring, sizeof *w.slots);
  w.done        = lsn_calloc(w.ring, sizeof *w.done);
  lsn_status st = w.slots && w.done ? LSN_OK : LSN_ERR_NOMEM;
  for (size_t i = 0; !st && i < w.ring && i < n; ++i) {
    w.slots[i].path = paths[i];
    lsn_buf_init(&w.slots[i].record, 0);
  }
  if (!st)
    st = add_in_threads(&w, jobs, keep);
  for (size_t i = 0; w.slots && i < w.ring; ++i)
    job_clear(&w.slots[i]);
  lsn_free(w.slots);
  lsn_free(w.done);
  return st;
}

/* Output --------------------------------------------------------------------
 */

/* The graph at `path`, read into a new linker. */
static lsn_status
read_linker(const char*   path,
            lsn_diag_func diag,
            void*         diag_handle,
            lsn_linker**  out)
{
  lsn_linker* linker = lsn_linker_new();
  lsn_status  st     = linker ? LSN_OK : LSN_ERR_NOMEM;
  if (!st) {
    lsn_triple_sink sink = lsn_linker_sink(linker);
    st                   = lsn_rdf_read_file(path, &sink, diag, diag_handle);
    if (st == LSN_ERR_IO) {
      lsn_diag d = { st, LSN_ERROR, path, SIZE_MAX, 0, 0, strerror(errno) };
      if (diag)
        diag(diag_handle, &d);
      else
        lsn_diag_print(stderr, &d);
    }
  }
  if (st) {
    lsn_linker_free(linker);
    linker = NULL;
  }
  *out = linker;
  return st;
}

lsn_status
lsn_pipeline_link_file(lsn_pipeline* p, const char* path)
{
  lsn_linker* linker;
  lsn_status  st;
  LSN_TRY(st, read_linker(path, p->diag, p->diag_handle, &linker));
  LSN_PUSH(st, p->linkers, p->n_linkers, p->cap_linkers, linker);
  if (st)
    lsn_linker_free(linker);
  return st;
}

lsn_status
lsn_merge_link_file(lsn_merge* m, const char* path)
{
  lsn_linker* linker;
  lsn_status  st;
  LSN_TRY(st, read_linker(path, NULL, NULL, &linker));
  if ((st = lsn_merge_add_linker(m, linker, true)))
    lsn_linker_free(linker);
  return st;
}

/* The trailer goes after the last record without moving the end: a later
 * document overwrites it. */
static lsn_status
close_spool(lsn_pipeline* p)
{
  lsn_status st;
  if (!p->spool)
    LSN_TRY(st, open_spool(p));
  if (fseeko(p->spool, p->spool_end, SEEK_SET) ||
      lsn_partial_write_trailer(p->spool, p->n_documents) || fflush(p->spool)) {
    report(p,
           LSN_ERR_IO,
           LSN_ERROR,
           NULL,
           SIZE_MAX,
           0,
           0,
           "cannot write the temporary file (disk full? set TMPDIR)");
    return LSN_ERR_IO;
  }
  return LSN_OK;
}

lsn_status
lsn_pipeline_write_partial(lsn_pipeline* p, FILE* out)
{
  char       chunk[65536];
  lsn_status st;
  LSN_TRY(st, close_spool(p));
  rewind(p->spool);
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, p->spool)) > 0)
    if (fwrite(chunk, 1, n, out) != n)
      return LSN_ERR_IO;
  return ferror(p->spool) ? LSN_ERR_IO : LSN_OK;
}

lsn_status
lsn_pipeline_emit(lsn_pipeline* p, const lsn_triple_sink* sink, int quads)
{
  lsn_status st;
  LSN_TRY(st, close_spool(p));
  rewind(p->spool);
  lsn_merge* m = lsn_merge_new(p->diag, p->diag_handle);
  if (!m)
    return LSN_ERR_NOMEM;
  uint64_t start = lsn_now_ns();
  if (!(st = lsn_merge_add(m, p->spool, "<spool>")) &&
      !(st = lsn_merge_set_started(m, p->started))) {
    for (size_t i = 0; !st && i < p->n_linkers; ++i)
      st = lsn_merge_add_linker(m, p->linkers[i], false);
    if (!st)
      st = lsn_merge_emit(m, sink, quads);
  }
  p->times.emit_ns += lsn_now_ns() - start;
  lsn_merge_free(m);
  return st;
}

unsigned
lsn_shard_of(const char* path, unsigned n)
{
  return n ? (unsigned)(lsn_hash_bytes(path, strlen(path)) % n) : 0;
}

void
lsn_pipeline_stage_times(const lsn_pipeline* p, lsn_stage_times* out)
{
  *out = p->times;
}

const char*
lsn_pipeline_detect_language(const lsn_pipeline* p,
                             const char*         bytes,
                             size_t              len)
{
  lsn_text    text = { 0 };
  const char* lang = "fr";
  size_t      bad;
  if (lsn_utf8_check(bytes, len, &bad))
    return lang; /* the tokeniser takes checked text only */
  lsn_buf_init(&text.keys, 0);
  if (!lsn_text_analyse(&text, &p->config, bytes, len))
    lang = lsn_text_detect_language(&text, &p->config);
  lsn_text_clear(&text);
  return lang;
}
