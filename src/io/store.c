/* SPDX-License-Identifier: ISC */
/*
 * The embedded store: librdf's "hashes" storage over Berkeley DB, contexts
 * on (layout and the reserved default-graph context in store.h).
 *
 * Why this storage: it is the only persistent librdf storage that loads at
 * tens of thousands of triples a second without a server (sqlite manages
 * about 2,000 even in a transaction, the mysql/postgresql/virtuoso ones need
 * a server), and it keeps memory flat: Berkeley DB pages through its own
 * cache.  Its four indexes answer (s p ?), (? p o), (s ? o) and, with
 * index-predicates (added here for "?x a org:Organization" and
 * "?p org:headOf ?o", the commonest shapes), (? p ?) without a scan; the
 * rest, (s ? ?) included, scan.  Measured (bench/store-load.sh, 2 cores):
 * 1,000,000 quads load at about 33,000 quads/s in under 120 MB of memory,
 * about 1.6 KB a quad on disk.
 *
 * Replacing a graph: the first statement a session adds to a named graph
 * first empties that graph, so a document (or a .nq file's graph) loaded
 * again replaces what was there instead of being added twice.
 *
 * Crash safety: librdf opens its Berkeley DB files with no environment and
 * no transactions (the hashes storage has no transaction_start), so B-trees
 * are updated in place and a process killed in the middle of a write
 * leaves old and new pages mixed.  Measured before generations: a store of
 * 499,919 statements killed 6 s into a second load answered COUNT with
 * 6,363, failed db_verify and refused the next load (input/output error);
 * new stores killed during their first load failed db_verify, and still
 * did after a complete reload.  So a write session never touches the files
 * that queries read; see "Generations" below.
 */
#include "io/store.h"
#include "io/io.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#define STORE_NAME "liaison"

void
lsn_store_report(lsn_store*  store,
                 lsn_status  status,
                 unsigned    line,
                 unsigned    col,
                 const char* message)
{
  lsn_diag d = { status, LSN_ERROR, store->log_path, SIZE_MAX,
                 line,   col,       message };
  ++store->errors;
  if (store->diag)
    store->diag(store->diag_handle, &d);
  else
    lsn_diag_print(stderr, &d);
}

/* librdf and its parsers log here; the locator gives line and column. */
static int
on_log(void* user_data, librdf_log_message* message)
{
  lsn_store*      store = user_data;
  raptor_locator* loc   = librdf_log_message_locator(message);
  unsigned        line = 0, col = 0;
  if (librdf_log_message_level(message) < LIBRDF_LOG_ERROR)
    return 1; /* warnings (unused variables...) are not worth a line */
  if (store->log_text && store->errors)
    return 1; /* a parser's later errors follow from its first */
  if (loc && loc->line > 0 && (unsigned)loc->line > store->log_lines) {
    line = (unsigned)loc->line - store->log_lines;
    col  = loc->column > 0 ? (unsigned)loc->column : 0;
  }
  if (store->log_text && !col && librdf_log_message_message(message))
    lsn_query_locate(
      store->log_text, librdf_log_message_message(message), &line, &col);
  lsn_store_report(store,
                   LSN_ERR_BAD_DATA,
                   line,
                   col,
                   librdf_log_message_message(message)
                     ? librdf_log_message_message(message)
                     : "unknown error");
  return 1;
}

/* The options string is librdf's own syntax: a quote in the path would end
 * the value early, so such paths are refused rather than escaped. */
static lsn_status
storage_options(lsn_buf* out, const char* path, uint32_t flags)
{
  if (strpbrk(path, "'\\"))
    return LSN_ERR_BAD_ARG;
  return lsn_buf_printf(out,
                        "hash-type='bdb',dir='%s',contexts='yes',"
                        "index-predicates='yes',write='%s',new='no'",
                        path,
                        flags & LSN_STORE_WRITE ? "yes" : "no");
}

static lsn_status
check_dir(lsn_store* store, const char* path, uint32_t flags)
{
  struct stat sb;
  if ((flags & LSN_STORE_WRITE) && mkdir(path, 0777) && errno != EEXIST) {
    lsn_store_report(store, LSN_ERR_IO, 0, 0, strerror(errno));
    return LSN_ERR_IO;
  }
  if (stat(path, &sb) || !S_ISDIR(sb.st_mode)) {
    lsn_store_report(
      store, LSN_ERR_IO, 0, 0, "no store here (not a directory)");
    return LSN_ERR_IO;
  }
  return LSN_OK;
}

/* librdf opens the database files when a model is made on the storage. */
static lsn_status
open_model(lsn_store* store, const char* dir, uint32_t flags)
{
  lsn_buf    options;
  lsn_status st;
  lsn_buf_init(&options, 0);
  if ((st = storage_options(&options, dir, flags))) {
    lsn_store_report(store, st, 0, 0, "a store path may not hold ' or \\");
    lsn_buf_free(&options);
    return st;
  }
  store->storage =
    librdf_new_storage(store->world, "hashes", STORE_NAME, options.data);
  lsn_buf_free(&options);
  if (store->storage)
    store->model = librdf_new_model(store->world, store->storage, NULL);
  if (!store->model) {
    if (!store->errors) /* else Berkeley DB said why */
      lsn_store_report(store, LSN_ERR_IO, 0, 0, "cannot open the store");
    return LSN_ERR_IO;
  }
  return LSN_OK;
}

static void
close_model(lsn_store* store)
{
  if (store->model)
    librdf_free_model(store->model);
  if (store->storage)
    librdf_free_storage(store->storage); /* closes the files */
  store->model   = NULL;
  store->storage = NULL;
}

/* ------------------------------------------------------------------------ */
/* Generations                                                              */
/*
 * The store directory holds `lock`, `current`, a symbolic link naming one
 * generation, and that generation, `data-XXXXXX/`, holding the database
 * files.  Opened for writing, the store takes the writer lock (flock on
 * `lock`: another writer waits, and the kernel drops it when the process
 * dies, kill -9 included), removes what a killed session left (every
 * `data-*` that `current` does not name), copies the current
 * generation into a new `data-XXXXXX` and writes only there.  Closing
 * syncs and fsyncs the new generation, points `current.new` at it, renames
 * that over `current` (atomic), fsyncs the directory and removes the old
 * generation.  So a kill at any moment leaves `current` naming either the
 * old generation or the new one, each complete, and the next write
 * removes the other.  A session whose write failed (a full disk) is
 * dropped at close, leaving the store as it was; one that stopped on bad
 * input commits what it read, as lsn_store_load_rdf_file says.  A new
 * store gets an empty generation first, so one killed during its first
 * load opens, empty.
 *
 * Readers open the generation `current` names while holding a shared lock
 * on the store directory, which a writer takes only to swap and remove: a
 * generation is never removed while a reader is opening its files, and
 * files already open stay readable after removal.  (flock, not fcntl:
 * fcntl locks belong to the process, and a reader closing its descriptor
 * would drop the lock of a writer in the same process.)  A store written
 * before generations (files in the directory itself) is read as it is, and
 * its first write moves it into a generation.
 *
 * The price: a load into an existing store first copies it (about 5 s for
 * a million statements here) and needs twice its space until it closes.
 */

#define GEN_PREFIX "data-"
#define LOCK_NAME "lock"
#define CURRENT_NAME "current"
#define CURRENT_NEW "current.new"

/* `dir`/`name`, to free with lsn_free; NULL when out of memory. */
static char*
join(const char* dir, const char* name)
{
  lsn_buf buf;
  lsn_buf_init(&buf, 0);
  if (lsn_buf_printf(&buf, "%s/%s", dir, name)) {
    lsn_buf_free(&buf);
    return NULL;
  }
  return lsn_buf_take(&buf);
}

/* Report `what` and errno's text against the store directory. */
static lsn_status
sys_error(lsn_store* store, const char* what)
{
  char        message[512];
  const char* path = store->log_path;
  snprintf(message, sizeof message, "%s: %s", what, strerror(errno));
  store->log_path = store->dir;
  lsn_store_report(store, LSN_ERR_IO, 0, 0, message);
  store->log_path = path;
  return LSN_ERR_IO;
}

/* Open `path` and take its lock (LOCK_SH or LOCK_EX, waiting for it): the
 * descriptor, whose closing drops the lock, or -1.  Without lock support
 * (some network file systems) the descriptor comes back unlocked. */
static int
open_locked(const char* path, int flags, int how)
{
  int fd = open(path, flags, 0666);
  int rc = -1;
  while (fd >= 0 && (rc = flock(fd, how)) && errno == EINTR)
    ;
  if (fd >= 0 && rc && errno != ENOLCK && errno != EOPNOTSUPP) {
    int saved = errno;
    close(fd);
    errno = saved;
    return -1;
  }
  return fd;
}

/* The generation `current` names, in `name` (`cap` bytes): 1; 0 when
 * there is no link (a new store, or one from before generations); -1 when
 * it cannot be read or names something else (errno set). */
static int
current_name(const char* dir, char* name, size_t cap)
{
  char*   link = join(dir, CURRENT_NAME);
  ssize_t n    = link ? readlink(link, name, cap - 1) : -1;
  lsn_free(link);
  if (n < 0)
    return link && errno == ENOENT ? 0 : -1;
  name[n] = '\0';
  if (strncmp(name, GEN_PREFIX, strlen(GEN_PREFIX)) || strchr(name, '/')) {
    errno = EINVAL;
    return -1;
  }
  return 1;
}

static int
is_db_file(const char* name)
{
  size_t len = strlen(name);
  return !strncmp(name, STORE_NAME "-", strlen(STORE_NAME "-")) && len > 3 &&
         !strcmp(name + len - 3, ".db");
}

typedef int (*entry_func)(const char* dir, const char* name, void* data);

/* Call `fn` on each entry of `dir` but . and .., until one returns
 * non-zero (returned); -1 when `dir` cannot be read.  errno is fn's. */
static int
each_entry(const char* dir, entry_func fn, void* data)
{
  DIR*           d  = opendir(dir);
  int            rc = 0, saved;
  struct dirent* e;
  if (!d)
    return -1;
  while (!rc && (e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      rc = fn(dir, e->d_name, data);
  saved = errno;
  closedir(d);
  errno = saved;
  return rc;
}

/* Removing is best effort: what is left, the next write removes. */
static int
unlink_entry(const char* dir, const char* name, void* data)
{
  char* path = join(dir, name);
  (void)data;
  if (path)
    unlink(path);
  lsn_free(path);
  return 0;
}

static void
remove_tree(const char* path)
{
  each_entry(path, unlink_entry, NULL);
  rmdir(path);
}

/* `data` is the current generation's name ("" when there is none). */
static int
stale_entry(const char* dir, const char* name, void* data)
{
  const char* current = data;
  char*       path;
  if (!strncmp(name, GEN_PREFIX, strlen(GEN_PREFIX)) && strcmp(name, current)) {
    if ((path = join(dir, name)))
      remove_tree(path);
    lsn_free(path);
  } else if (!strcmp(name, CURRENT_NEW) || (*current && is_db_file(name)))
    unlink_entry(dir, name, NULL); /* a killed swap; moved old files */
  return 0;
}

/* Remove every generation but the current one, a link a killed swap left,
 * and the files of a store from before generations once moved.  Only with
 * the writer lock held. */
static void
remove_stale(const char* dir)
{
  char current[256];
  int  found = current_name(dir, current, sizeof current);
  if (found < 0)
    return; /* unsure which generation is live: touch nothing */
  if (!found)
    current[0] = '\0';
  each_entry(dir, stale_entry, current);
}

static int
copy_file(const char* from, const char* to)
{
  enum { CHUNK = 1 << 20 };
  char*   buf = lsn_malloc(CHUNK);
  int     in  = open(from, O_RDONLY);
  int     out = open(to, O_WRONLY | O_CREAT | O_EXCL, 0666);
  int     rc  = buf && in >= 0 && out >= 0 ? 0 : -1;
  ssize_t n   = 0;
  while (!rc && (n = read(in, buf, CHUNK)) != 0) {
    for (ssize_t done = 0; n > 0 && !rc && done < n;) {
      ssize_t w = write(out, buf + done, (size_t)(n - done));
      if (w > 0)
        done += w;
      else if (errno != EINTR)
        rc = -1;
    }
    if (n < 0 && errno != EINTR)
      rc = -1;
  }
  int saved = errno;
  if (out >= 0 && close(out) && !rc) {
    rc    = -1;
    saved = errno;
  }
  if (in >= 0)
    close(in);
  lsn_free(buf);
  errno = saved;
  return rc;
}

/* `data` is the directory to copy the database files into. */
static int
copy_entry(const char* dir, const char* name, void* data)
{
  char* from = is_db_file(name) ? join(dir, name) : NULL;
  char* to   = from ? join(data, name) : NULL;
  int   rc   = is_db_file(name) ? (to ? copy_file(from, to) : -1) : 0;
  lsn_free(from);
  lsn_free(to);
  return rc;
}

static int
sync_path(const char* path)
{
  int fd    = open(path, O_RDONLY);
  int rc    = fd < 0 || fsync(fd) ? -1 : 0;
  int saved = errno;
  if (fd >= 0)
    close(fd);
  errno = saved;
  return rc;
}

static int
sync_entry(const char* dir, const char* name, void* data)
{
  char* path = join(dir, name);
  int   rc   = path ? sync_path(path) : -1;
  (void)data;
  lsn_free(path);
  return rc;
}

static void
drop_stage(lsn_store* store)
{
  remove_tree(store->stage);
  lsn_free(store->stage);
  store->stage = NULL;
}

/* Make the new generation, a copy of the database files in `from` (NULL:
 * empty), with the store directory's permissions (mkdtemp gives 0700). */
static lsn_status
new_stage(lsn_store* store, const char* from)
{
  struct stat sb;
  if (!(store->stage = join(store->dir, GEN_PREFIX "XXXXXX")))
    return LSN_ERR_NOMEM;
  if (!mkdtemp(store->stage)) {
    sys_error(store, "cannot create a generation");
    lsn_free(store->stage);
    store->stage = NULL;
    return LSN_ERR_IO;
  }
  if (stat(store->dir, &sb) || chmod(store->stage, sb.st_mode & 07777) ||
      (from && each_entry(from, copy_entry, store->stage))) {
    sys_error(store, "cannot copy the store");
    drop_stage(store);
    return LSN_ERR_IO;
  }
  return LSN_OK;
}

/* Swap `current` to the new generation (`next` is the temporary link). */
static lsn_status
swap(lsn_store* store, const char* next, const char* cur)
{
  const char* name = strrchr(store->stage, '/') + 1;
  lsn_status  st   = LSN_OK;
  int         guard;
  if (each_entry(store->stage, sync_entry, NULL) || sync_path(store->stage))
    return sys_error(store, "cannot write the store");
  if ((unlink(next) && errno != ENOENT) || symlink(name, next))
    return sys_error(store, "cannot link the new generation");
  if ((guard = open_locked(store->dir, O_RDONLY, LOCK_EX)) < 0)
    return sys_error(store, "cannot lock the store directory");
  if (rename(next, cur))
    st = sys_error(store, "cannot switch to the new generation");
  else {
    lsn_free(store->stage); /* it is the store now */
    store->stage = NULL;
    if (sync_path(store->dir))
      st = sys_error(store, "cannot sync the store directory");
    remove_stale(store->dir);
  }
  close(guard);
  return st;
}

/* Make the new generation the current one (see above), or drop it.  Its
 * database files must be closed. */
static lsn_status
commit(lsn_store* store)
{
  char*      next = join(store->dir, CURRENT_NEW);
  char*      cur  = join(store->dir, CURRENT_NAME);
  lsn_status st   = next && cur ? swap(store, next, cur) : LSN_ERR_NOMEM;
  lsn_free(next);
  lsn_free(cur);
  if (store->stage)
    drop_stage(store);
  return st;
}

/* A new store's first generation: empty database files. */
static lsn_status
make_empty(lsn_store* store)
{
  lsn_status st;
  LSN_TRY(st, new_stage(store, NULL));
  st = open_model(store, store->stage, LSN_STORE_WRITE);
  close_model(store);
  if (st) {
    drop_stage(store);
    return st;
  }
  return commit(store);
}

static lsn_status
open_writer(lsn_store* store)
{
  char       current[256];
  char*      lock = join(store->dir, LOCK_NAME);
  char*      from;
  lsn_status st;
  int        found;
  if (!lock)
    return LSN_ERR_NOMEM;
  store->lock_fd = open_locked(lock, O_RDWR | O_CREAT, LOCK_EX | LOCK_NB);
  if (store->lock_fd < 0 && errno == EWOULDBLOCK) {
    lsn_diag d = { LSN_OK,
                   LSN_NOTE,
                   store->dir,
                   SIZE_MAX,
                   0,
                   0,
                   "another load is writing this store: waiting for it" };
    if (store->diag)
      store->diag(store->diag_handle, &d);
    else
      lsn_diag_print(stderr, &d);
    store->lock_fd = open_locked(lock, O_RDWR | O_CREAT, LOCK_EX);
  }
  lsn_free(lock);
  if (store->lock_fd < 0)
    return sys_error(store, "cannot lock the store");
  remove_stale(store->dir);
  if (!(found = current_name(store->dir, current, sizeof current))) {
    char* old  = join(store->dir, STORE_NAME "-sp2o.db");
    int   none = old && access(old, F_OK); /* nor files from before */
    lsn_free(old);
    if (!old)
      return LSN_ERR_NOMEM;
    if (none && (st = make_empty(store)))
      return st;
    found = current_name(store->dir, current, sizeof current);
  }
  if (found < 0)
    return sys_error(store, "cannot read the link " CURRENT_NAME);
  if (!(from = found ? join(store->dir, current) : lsn_strdup(store->dir)))
    return LSN_ERR_NOMEM;
  st = new_stage(store, from);
  lsn_free(from);
  return st ? st : open_model(store, store->stage, LSN_STORE_WRITE);
}

static lsn_status
open_reader(lsn_store* store)
{
  char       current[256];
  int        guard = open_locked(store->dir, O_RDONLY, LOCK_SH);
  int        found = current_name(store->dir, current, sizeof current);
  char*      dir;
  lsn_status st;
  dir = found > 0 ? join(store->dir, current) : lsn_strdup(store->dir);
  st  = found < 0 ? sys_error(store, "cannot read the link " CURRENT_NAME)
        : !dir    ? LSN_ERR_NOMEM
                  : open_model(store, dir, LSN_STORE_READ_ONLY);
  lsn_free(dir);
  if (guard >= 0)
    close(guard); /* drops the lock: the files are open */
  return st;
}

lsn_status
lsn_store_open(lsn_store**   out,
               const char*   path,
               uint32_t      flags,
               lsn_diag_func diag,
               void*         diag_handle)
{
  lsn_store* store = lsn_calloc(1, sizeof *store);
  lsn_status st    = LSN_ERR_NOMEM;
  *out             = NULL;
  if (!store)
    return LSN_ERR_NOMEM;
  store->lock_fd     = -1;
  store->diag        = diag;
  store->diag_handle = diag_handle;
  store->log_path    = path;
  if (!(store->replaced = lsn_map_new()) || !(store->dir = lsn_strdup(path)) ||
      !(store->world = librdf_new_world()))
    goto fail;
  librdf_world_open(store->world);
  librdf_world_set_logger(store->world, store, on_log);
  if ((st = check_dir(store, path, flags)) ||
      (st = flags & LSN_STORE_WRITE ? open_writer(store) : open_reader(store)))
    goto fail;
  store->default_graph = librdf_new_node_from_uri_string(
    store->world, (const unsigned char*)LSN_STORE_DEFAULT_GRAPH);
  if (!store->default_graph) {
    st = LSN_ERR_NOMEM;
    goto fail;
  }
  store->log_path = NULL;
  *out            = store;
  return LSN_OK;
fail:
  store->broken = 1; /* nothing to commit */
  lsn_store_close(store);
  return st;
}

/* ------------------------------------------------------------------------ */
/* Adding statements                                                        */

/* Whether `statement` is already in `graph`.  A fully bound pattern would
 * scan the whole hashes storage; (s p ?) uses the sp2o index. */
static int
store_has(lsn_store* store, librdf_statement* statement, librdf_node* graph)
{
  librdf_node*     object = librdf_statement_get_object(statement);
  librdf_iterator* it =
    librdf_model_get_targets(store->model,
                             librdf_statement_get_subject(statement),
                             librdf_statement_get_predicate(statement));
  int found = 0;
  for (; it && !found && !librdf_iterator_end(it); librdf_iterator_next(it)) {
    librdf_node* target  = librdf_iterator_get_object(it);
    librdf_node* context = librdf_iterator_get_context(it);
    found = target && context && librdf_node_equals(target, object) &&
            librdf_node_equals(context, graph);
  }
  if (it)
    librdf_free_iterator(it);
  return found;
}

/* A write failed (a full disk...): the new generation may be half written,
 * so closing drops it instead of committing it. */
static lsn_status
write_failed(lsn_store* store)
{
  store->broken = 1;
  return LSN_ERR_IO;
}

/* Empty `graph` the first time this session writes into it. */
static lsn_status
replace_once(lsn_store* store, librdf_node* graph)
{
  size_t         len;
  unsigned char* iri =
    librdf_uri_as_counted_string(librdf_node_get_uri(graph), &len);
  size_t seen;
  if (store->last_graph && !strcmp(store->last_graph, (const char*)iri))
    return LSN_OK;
  lsn_free(store->last_graph);
  if (!(store->last_graph = lsn_strdup((const char*)iri)))
    return LSN_ERR_NOMEM;
  if (lsn_map_get(store->replaced, (const char*)iri, len, &seen))
    return LSN_OK;
  if (librdf_node_equals(graph, store->default_graph))
    return lsn_map_put(store->replaced, (const char*)iri, len, 1);
  if (librdf_model_context_remove_statements(store->model, graph))
    return write_failed(store);
  return lsn_map_put(store->replaced, (const char*)iri, len, 1);
}

/* Add `statement` (borrowed) to `graph` (borrowed; NULL for the default
 * graph) unless it is there already. */
static lsn_status
store_put(lsn_store* store, librdf_statement* statement, librdf_node* graph)
{
  lsn_status st;
  if (!graph || librdf_node_get_type(graph) != LIBRDF_NODE_TYPE_RESOURCE)
    graph = store->default_graph;
  LSN_TRY(st, replace_once(store, graph));
  if (store_has(store, statement, graph)) {
    ++store->duplicates;
    return LSN_OK;
  }
  if (librdf_model_context_add_statement(store->model, graph, statement))
    return write_failed(store);
  ++store->added;
  return LSN_OK;
}

static librdf_node*
make_node(librdf_world* world, const lsn_term* t)
{
  const unsigned char* value = (const unsigned char*)t->value;
  if (t->kind == LSN_IRI)
    return librdf_new_node_from_uri_string(world, value);
  if (t->kind == LSN_BLANK)
    return librdf_new_node_from_blank_identifier(world, value);
  if (t->datatype) {
    librdf_uri*  dt = librdf_new_uri(world, (const unsigned char*)t->datatype);
    librdf_node* node =
      dt ? librdf_new_node_from_typed_literal(world, value, NULL, dt) : NULL;
    if (dt)
      librdf_free_uri(dt); /* the node keeps its own reference */
    return node;
  }
  return librdf_new_node_from_literal(world, value, t->lang, 0);
}

static lsn_status
sink_triple(void* handle, const lsn_triple* t)
{
  lsn_store*   store = handle;
  librdf_node* s     = make_node(store->world, &t->subject);
  librdf_node* p     = make_node(store->world, &t->predicate);
  librdf_node* o     = make_node(store->world, &t->object);
  librdf_node* g     = t->graph ? make_node(store->world, t->graph) : NULL;
  lsn_status   st    = LSN_ERR_NOMEM;
  if (s && p && o && (g || !t->graph)) {
    /* takes ownership of s, p and o, even on failure */
    librdf_statement* statement =
      librdf_new_statement_from_nodes(store->world, s, p, o);
    s = p = o = NULL;
    if (statement) {
      st = store_put(store, statement, g);
      librdf_free_statement(statement);
    }
  }
  librdf_node* left[] = { s, p, o, g };
  for (size_t i = 0; i < 4; ++i)
    if (left[i])
      librdf_free_node(left[i]);
  return st;
}

static lsn_status
sink_end(void* handle)
{
  lsn_store* store = handle;
  return librdf_model_sync(store->model) ? write_failed(store) : LSN_OK;
}

lsn_triple_sink
lsn_store_sink(lsn_store* store)
{
  lsn_triple_sink sink = { store, sink_triple, sink_end };
  return sink;
}

/* ------------------------------------------------------------------------ */
/* Loading RDF files                                                        */

typedef struct {
  lsn_store* store;
  lsn_status status;
} parse_ctx;

/* librdf's own parser streams drop the N-Quads graph, so raptor is driven
 * directly; in librdf 1.0 a librdf_node is a raptor_term. */
static void
on_statement(void* handle, raptor_statement* rs)
{
  parse_ctx*    ctx   = handle;
  librdf_world* world = ctx->store->world;
  if (ctx->status)
    return;
  /* takes ownership of the three copies */
  librdf_statement* statement =
    librdf_new_statement_from_nodes(world,
                                    raptor_term_copy(rs->subject),
                                    raptor_term_copy(rs->predicate),
                                    raptor_term_copy(rs->object));
  if (!statement) {
    ctx->status = LSN_ERR_NOMEM;
    return;
  }
  librdf_node* graph =
    rs->graph && rs->graph->type == RAPTOR_TERM_TYPE_URI ? rs->graph : NULL;
  ctx->status = store_put(ctx->store, statement, graph);
  librdf_free_statement(statement);
}

static lsn_status
parse_file(lsn_store* store, const char* path, FILE* file)
{
  parse_ctx      ctx    = { store, LSN_OK };
  raptor_world*  rw     = librdf_world_get_raptor(store->world);
  raptor_parser* parser = raptor_new_parser(rw, lsn_io_syntax_for(path));
  unsigned char* name   = raptor_uri_filename_to_uri_string(path);
  raptor_uri*    base   = name ? raptor_new_uri(rw, name) : NULL;
  lsn_status     st     = LSN_ERR_NOMEM;
  if (parser && base) {
    raptor_parser_set_statement_handler(parser, &ctx, on_statement);
    int failed = raptor_parser_parse_file_stream(parser, file, path, base);
    st         = ctx.status                ? ctx.status
                 : failed || store->errors ? LSN_ERR_BAD_DATA
                                           : LSN_OK;
  }
  if (name)
    raptor_free_memory(name);
  if (base)
    raptor_free_uri(base);
  if (parser)
    raptor_free_parser(parser);
  return st;
}

lsn_status
lsn_store_load_rdf_file(lsn_store* store, const char* path)
{
  FILE* file      = fopen(path, "rb");
  store->log_path = path;
  store->errors   = 0;
  if (!file) {
    lsn_store_report(store, LSN_ERR_IO, 0, 0, strerror(errno));
    store->log_path = NULL;
    return LSN_ERR_IO;
  }
  lsn_status st = parse_file(store, path, file);
  fclose(file);
  if (!st && librdf_model_sync(store->model))
    st = write_failed(store);
  store->log_path = NULL;
  return st;
}

void
lsn_store_counts(lsn_store* store, size_t* added, size_t* total)
{
  if (added)
    *added = store->added;
  if (total) {
    /* the hashes storage keeps no count (librdf_model_size gives -1) */
    librdf_stream* all = librdf_model_as_stream(store->model);
    *total             = 0;
    for (; all && !librdf_stream_end(all); librdf_stream_next(all))
      ++*total;
    if (all)
      librdf_free_stream(all);
  }
}

void
lsn_store_close(lsn_store* store)
{
  int synced;
  if (!store)
    return;
  synced = store->model && !librdf_model_sync(store->model);
  close_model(store);
  if (store->stage && synced && !store->broken)
    commit(store); /* reports its own errors */
  else if (store->stage)
    drop_stage(store);
  if (store->lock_fd >= 0)
    close(store->lock_fd); /* drops the writer lock */
  if (store->default_graph)
    librdf_free_node(store->default_graph);
  if (store->world)
    librdf_free_world(store->world);
  lsn_map_free(store->replaced);
  lsn_free(store->last_graph);
  lsn_free(store->dir);
  lsn_free(store);
}
