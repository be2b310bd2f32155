/*
 * audit.c - append-only audit log (see audit.h).
 */
#include "domain/audit.h"

#include <stdarg.h>
#include <stdio.h>

#include "base/log.h"

static const char sql_add[] =
	"INSERT INTO audit_log (at, user_id, actor, action, entity, entity_id, "
	"summary, remote_addr) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

/* One statement for every filter combination: a NULL parameter matches
 * everything. */
#define AUDIT_WHERE                                                            \
	" WHERE (?1 IS NULL OR instr(lower(actor), lower(?1)) > 0)"            \
	" AND (?2 IS NULL OR entity = ?2)"                                     \
	" AND (?3 = 0 OR entity_id = ?3)"                                      \
	" AND (?4 IS NULL OR action = ?4)"                                     \
	" AND (?5 IS NULL OR at >= ?5)"                                        \
	" AND (?6 IS NULL OR at < ?6 || 'T99')"
static const char sql_list[] =
	"SELECT id, at, COALESCE(user_id, 0), actor, action, entity, "
	"COALESCE(entity_id, 0), summary, remote_addr FROM "
	"audit_log" AUDIT_WHERE " ORDER BY id DESC LIMIT ?7 OFFSET ?8";
static const char sql_count[] = "SELECT count(*) FROM audit_log" AUDIT_WHERE;

int audit_add(db *d, const struct actor *a, const char *action,
	      const char *entity, int64_t entity_id, const char *fmt, ...)
{
	char summary[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(summary, sizeof summary, fmt, ap);
	va_end(ap);
	sqlite3_stmt *st = db_stmt(d, sql_add);
	if (!st)
		return -1;
	char now[21];
	db_now(now);
	db_bind_text(st, 1, now);
	if (a->user_id)
		db_bind_int(st, 2, a->user_id);
	db_bind_text(st, 3, a->label ? a->label : "system");
	db_bind_text(st, 4, action);
	db_bind_text(st, 5, entity);
	if (entity_id)
		db_bind_int(st, 6, entity_id);
	db_bind_text(st, 7, summary);
	db_bind_text(st, 8, a->addr ? a->addr : "");
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_error("audit: %s", sqlite3_errmsg(db_sqlite(d)));
		return -1;
	}
	return 0;
}

static void bind_filter(sqlite3_stmt *st, const struct audit_filter *f)
{
	db_bind_text(st, 1, f->actor && *f->actor ? f->actor : NULL);
	db_bind_text(st, 2, f->entity && *f->entity ? f->entity : NULL);
	db_bind_int(st, 3, f->entity_id);
	db_bind_text(st, 4, f->action && *f->action ? f->action : NULL);
	db_bind_text(st, 5, f->from && *f->from ? f->from : NULL);
	db_bind_text(st, 6, f->to && *f->to ? f->to : NULL);
}

size_t audit_list(db *d, arena *a, const struct audit_filter *f,
		  struct audit_entry **out, int64_t *total)
{
	*out = NULL;
	*total = 0;
	sqlite3_stmt *st = db_stmt(d, sql_count);
	if (!st)
		return 0;
	bind_filter(st, f);
	if (sqlite3_step(st) == SQLITE_ROW)
		*total = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	int64_t limit = f->limit > 0 && f->limit <= 500 ? f->limit : 50;
	st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	bind_filter(st, f);
	db_bind_int(st, 7, limit);
	db_bind_int(st, 8, f->offset > 0 ? f->offset : 0);
	struct audit_entry *v = arena_alloc(a, (size_t)limit * sizeof *v);
	size_t n = 0;
	while (n < (size_t)limit && sqlite3_step(st) == SQLITE_ROW) {
		struct audit_entry *e = &v[n++];
		e->id = sqlite3_column_int64(st, 0);
		e->at = arena_strdup(a, db_col_text(st, 1));
		e->user_id = sqlite3_column_int64(st, 2);
		e->actor = arena_strdup(a, db_col_text(st, 3));
		e->action = arena_strdup(a, db_col_text(st, 4));
		e->entity = arena_strdup(a, db_col_text(st, 5));
		e->entity_id = sqlite3_column_int64(st, 6);
		e->summary = arena_strdup(a, db_col_text(st, 7));
		e->addr = arena_strdup(a, db_col_text(st, 8));
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}
