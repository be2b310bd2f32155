/*
 * db.h - the database: SQLite in WAL mode with foreign keys and a busy
 * timeout, one connection per worker thread, prepared statements cached per
 * connection, numbered migrations compiled into the binary.
 *
 * SQL is always fixed text with bound values: db_stmt() takes a string
 * constant (the cache is keyed by its address) and returns the prepared,
 * reset statement; the caller binds with sqlite3_bind_* and steps.
 */
#ifndef LOTSE_DB_H
#define LOTSE_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct db db;

/* Opens (and with create, creates) the database file. Returns NULL and
 * writes a German message into err when it cannot. */
db *db_open(const char *path, bool create, char *err, size_t errlen);
void db_close(db *d);
sqlite3 *db_sqlite(db *d);
const char *db_path(const db *d);

/* The cached, reset statement for a constant SQL text, or NULL (logged). */
sqlite3_stmt *db_stmt(db *d, const char *sql);
/* Runs fixed SQL without parameters (may hold several statements). */
int db_exec(db *d, const char *sql);
int db_begin(db *d); /* BEGIN IMMEDIATE */
int db_commit(db *d);
int db_rollback(db *d);
/* Nestable transactions: the outermost is BEGIN IMMEDIATE (so that a
 * writer never has to upgrade a read lock), inner ones are savepoints.
 * Every db_tx_begin() is matched by one db_tx_commit() or
 * db_tx_rollback(). */
int db_tx_begin(db *d);
int db_tx_commit(db *d);
int db_tx_rollback(db *d);

/* Binding helpers: NULL text binds SQL NULL. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
void db_bind_int(sqlite3_stmt *st, int i, int64_t v);
/* Column text as "" instead of NULL. */
const char *db_col_text(sqlite3_stmt *st, int i);

/* Migrations. db_schema_version() gives the applied and the newest known
 * version; db_migrate() applies what is missing, each migration in its own
 * transaction, and reports how many it applied. */
int db_schema_version(db *d, int *applied, int *latest);
int db_migrate(db *d, int *count);

/* The connection of the calling thread, opened on first use from the path
 * set once by db_thread_init(). Closed when the thread ends. */
void db_thread_init(const char *path);
db *db_thread(void);
/* Closes the calling thread's connection now (the main thread at exit). */
void db_thread_close(void);

/* Current UTC time as ISO 8601 text, for created_at/updated_at columns. */
void db_now(char out[21]);

#endif
