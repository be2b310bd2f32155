/*
 * db.c - SQLite connection, statement cache and migrations (see db.h).
 */
#include "db/db.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/embed.h"
#include "base/log.h"

struct cached {
	const char *sql;
	sqlite3_stmt *st;
};

struct db {
	sqlite3 *h;
	char *path;
	struct cached *cache;
	size_t ncache, capcache;
	int tx_depth;
	bool outer_savepoint; /* level 1 is a savepoint in a db_begin() */
};

static int configure(db *d, char *err, size_t errlen)
{
	static const char *pragmas = "PRAGMA journal_mode=WAL;"
				     "PRAGMA foreign_keys=ON;"
				     "PRAGMA synchronous=NORMAL;"
				     "PRAGMA temp_store=MEMORY;";
	sqlite3_busy_timeout(d->h, 5000);
	char *msg = NULL;
	if (sqlite3_exec(d->h, pragmas, NULL, NULL, &msg) != SQLITE_OK) {
		snprintf(err, errlen,
			 "Datenbank %s kann nicht eingerichtet "
			 "werden: %s",
			 d->path, msg ? msg : "?");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

db *db_open(const char *path, bool create, char *err, size_t errlen)
{
	db *d = calloc(1, sizeof *d);
	if (!d) {
		snprintf(err, errlen, "Kein Speicher.");
		return NULL;
	}
	d->path = strdup(path);
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	if (create)
		flags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &d->h, flags, NULL) != SQLITE_OK) {
		snprintf(err, errlen,
			 "Datenbank %s kann nicht geöffnet "
			 "werden: %s",
			 path, d->h ? sqlite3_errmsg(d->h) : "?");
		db_close(d);
		return NULL;
	}
	sqlite3_extended_result_codes(d->h, 1);
	if (configure(d, err, errlen) < 0) {
		db_close(d);
		return NULL;
	}
	return d;
}

void db_close(db *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->ncache; i++)
		sqlite3_finalize(d->cache[i].st);
	free(d->cache);
	if (d->h)
		sqlite3_close(d->h);
	free(d->path);
	free(d);
}

sqlite3 *db_sqlite(db *d)
{
	return d->h;
}

const char *db_path(const db *d)
{
	return d->path;
}

sqlite3_stmt *db_stmt(db *d, const char *sql)
{
	for (size_t i = 0; i < d->ncache; i++) {
		if (d->cache[i].sql == sql) {
			sqlite3_stmt *st = d->cache[i].st;
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return st;
		}
	}
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v3(d->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
			       NULL) != SQLITE_OK) {
		log_error("SQL prepare failed: %s", sqlite3_errmsg(d->h));
		return NULL;
	}
	if (d->ncache == d->capcache) {
		size_t cap = d->capcache ? d->capcache * 2 : 64;
		struct cached *c = realloc(d->cache, cap * sizeof *c);
		if (!c) {
			sqlite3_finalize(st);
			return NULL;
		}
		d->cache = c;
		d->capcache = cap;
	}
	d->cache[d->ncache].sql = sql;
	d->cache[d->ncache].st = st;
	d->ncache++;
	return st;
}

int db_exec(db *d, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(d->h, sql, NULL, NULL, &msg) != SQLITE_OK) {
		log_error("SQL failed: %s", msg ? msg : sqlite3_errmsg(d->h));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int db_begin(db *d)
{
	return db_exec(d, "BEGIN IMMEDIATE");
}

int db_commit(db *d)
{
	return db_exec(d, "COMMIT");
}

int db_rollback(db *d)
{
	if (sqlite3_get_autocommit(d->h))
		return 0;
	return db_exec(d, "ROLLBACK");
}

int db_tx_begin(db *d)
{
	int rc;
	if (d->tx_depth == 0 && sqlite3_get_autocommit(d->h)) {
		rc = db_exec(d, "BEGIN IMMEDIATE");
	} else if (d->tx_depth == 0) {
		rc = db_exec(d, "SAVEPOINT lotse_tx");
		if (rc == 0)
			d->outer_savepoint = true;
	} else
		rc = db_exec(d, "SAVEPOINT lotse_tx");
	if (rc == 0)
		d->tx_depth++;
	return rc;
}

/* The outermost level either began a transaction or a savepoint inside a
 * transaction someone else opened with db_begin(). */
static bool outer_is_begin(db *d)
{
	return d->tx_depth == 1 && !d->outer_savepoint;
}

int db_tx_commit(db *d)
{
	if (d->tx_depth <= 0)
		return -1;
	int rc = outer_is_begin(d) ? db_exec(d, "COMMIT")
				   : db_exec(d, "RELEASE lotse_tx");
	d->tx_depth--;
	if (d->tx_depth == 0)
		d->outer_savepoint = false;
	return rc;
}

int db_tx_rollback(db *d)
{
	if (d->tx_depth <= 0)
		return -1;
	int rc;
	if (outer_is_begin(d))
		rc = db_exec(d, "ROLLBACK");
	else
		rc = db_exec(d, "ROLLBACK TO lotse_tx") |
		     db_exec(d, "RELEASE lotse_tx");
	d->tx_depth--;
	if (d->tx_depth == 0)
		d->outer_savepoint = false;
	return rc;
}

void db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

void db_bind_int(sqlite3_stmt *st, int i, int64_t v)
{
	sqlite3_bind_int64(st, i, v);
}

const char *db_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? (const char *)t : "";
}

void db_now(char out[21])
{
	time_iso(clock_unix(), out);
}

/* --- migrations --------------------------------------------------------- */

static const char sql_migrations_table[] =
	"CREATE TABLE IF NOT EXISTS schema_migration ("
	" version INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL,"
	" applied_at TEXT NOT NULL)";
static const char sql_migration_applied[] =
	"SELECT COALESCE(MAX(version), 0) FROM schema_migration";
static const char sql_migration_record[] =
	"INSERT INTO schema_migration (version, name, applied_at) "
	"VALUES (?1, ?2, ?3)";

/* Version number of a migration file name "0001_base.sql". */
static int migration_version(const char *name)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	int v = 0;
	for (const char *p = base; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	return v;
}

int db_schema_version(db *d, int *applied, int *latest)
{
	*latest = 0;
	for (unsigned long i = 0; i < embedded_migrations_count; i++) {
		int v = migration_version(embedded_migrations[i].name);
		if (v > *latest)
			*latest = v;
	}
	*applied = 0;
	sqlite3_stmt *st = NULL;
	/* The table may not exist yet in a new database. */
	if (sqlite3_prepare_v2(d->h, sql_migration_applied, -1, &st, NULL) !=
	    SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		*applied = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return 0;
}

static const char sql_migration_has[] =
	"SELECT 1 FROM schema_migration WHERE version = ?1";

/* True when migration version v is recorded as applied. */
static bool migration_recorded(db *d, int v)
{
	sqlite3_stmt *st = db_stmt(d, sql_migration_has);
	if (!st)
		return false;
	db_bind_int(st, 1, v);
	bool yes = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return yes;
}

int db_migrate(db *d, int *count)
{
	*count = 0;
	if (db_exec(d, sql_migrations_table) < 0)
		return -1;
	int applied, latest;
	db_schema_version(d, &applied, &latest);
	/* Apply every migration not recorded yet, in ascending order of
	 * version, whatever order they were embedded in: a number that was
	 * added after higher ones were applied (parallel work on branches)
	 * is still applied. */
	(void)applied;
	for (int v = 1; v <= latest; v++) {
		const struct embed *m = NULL;
		for (unsigned long i = 0; i < embedded_migrations_count; i++)
			if (migration_version(embedded_migrations[i].name) == v)
				m = &embedded_migrations[i];
		if (!m || migration_recorded(d, v))
			continue;
		if (db_begin(d) < 0)
			return -1;
		if (db_exec(d, (const char *)m->data) < 0) {
			log_error("migration %s failed", m->name);
			db_rollback(d);
			return -1;
		}
		char now[21];
		db_now(now);
		sqlite3_stmt *st = db_stmt(d, sql_migration_record);
		if (!st) {
			db_rollback(d);
			return -1;
		}
		db_bind_int(st, 1, v);
		db_bind_text(st, 2, m->name);
		db_bind_text(st, 3, now);
		if (sqlite3_step(st) != SQLITE_DONE || db_commit(d) < 0) {
			log_error("migration %s could not be recorded: %s",
				  m->name, sqlite3_errmsg(d->h));
			db_rollback(d);
			return -1;
		}
		(*count)++;
	}
	return 0;
}

/* --- one connection per thread ----------------------------------------- */

static char *thread_path;
static pthread_key_t thread_key;
static pthread_once_t thread_once = PTHREAD_ONCE_INIT;

static void thread_db_free(void *p)
{
	db_close(p);
}

static void make_key(void)
{
	pthread_key_create(&thread_key, thread_db_free);
}

void db_thread_init(const char *path)
{
	pthread_once(&thread_once, make_key);
	free(thread_path);
	thread_path = strdup(path);
}

db *db_thread(void)
{
	pthread_once(&thread_once, make_key);
	db *d = pthread_getspecific(thread_key);
	if (d)
		return d;
	if (!thread_path)
		return NULL;
	char err[512];
	d = db_open(thread_path, false, err, sizeof err);
	if (!d) {
		log_error("%s", err);
		return NULL;
	}
	pthread_setspecific(thread_key, d);
	return d;
}

void db_thread_close(void)
{
	pthread_once(&thread_once, make_key);
	db *d = pthread_getspecific(thread_key);
	if (d) {
		pthread_setspecific(thread_key, NULL);
		db_close(d);
	}
}
