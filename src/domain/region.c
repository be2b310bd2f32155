/*
 * region.c - regions of the district (see region.h).
 */
#include "domain/region.h"

#include "base/log.h"

static const char sql_add[] =
	"INSERT INTO region (parent_id, kind, name, slug, ags, created_at, "
	"updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)";
static const char sql_add_postcode[] =
	"INSERT OR IGNORE INTO region_postcode (region_id, postcode) "
	"VALUES (?1, ?2)";
static const char sql_list[] =
	"SELECT r.id, COALESCE(r.parent_id, 0), r.kind, r.name, r.slug, "
	"COALESCE(r.ags, ''), "
	"COALESCE((SELECT group_concat(postcode, ', ') FROM "
	"(SELECT postcode FROM region_postcode p WHERE p.region_id = r.id "
	"ORDER BY postcode)), '') "
	"FROM region r WHERE r.kind = ?1 ORDER BY r.name";

int64_t region_add(db *d, int64_t parent_id, const char *kind, const char *name,
		   const char *slug, const char *ags)
{
	sqlite3_stmt *st = db_stmt(d, sql_add);
	if (!st)
		return -1;
	char now[21];
	db_now(now);
	if (parent_id > 0)
		db_bind_int(st, 1, parent_id);
	db_bind_text(st, 2, kind);
	db_bind_text(st, 3, name);
	db_bind_text(st, 4, slug);
	db_bind_text(st, 5, ags && *ags ? ags : NULL);
	db_bind_text(st, 6, now);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_error("region_add %s: %s", slug,
			  sqlite3_errmsg(db_sqlite(d)));
		return -1;
	}
	return sqlite3_last_insert_rowid(db_sqlite(d));
}

int region_add_postcode(db *d, int64_t region_id, const char *postcode)
{
	sqlite3_stmt *st = db_stmt(d, sql_add_postcode);
	if (!st)
		return -1;
	db_bind_int(st, 1, region_id);
	db_bind_text(st, 2, postcode);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

size_t region_list(db *d, arena *a, const char *kind, struct region **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_text(st, 1, kind);
	size_t n = 0, cap = 0;
	struct region *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].parent_id = sqlite3_column_int64(st, 1);
		v[n].kind = arena_strdup(a, db_col_text(st, 2));
		v[n].name = arena_strdup(a, db_col_text(st, 3));
		v[n].slug = arena_strdup(a, db_col_text(st, 4));
		v[n].ags = arena_strdup(a, db_col_text(st, 5));
		v[n].postcodes = arena_strdup(a, db_col_text(st, 6));
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}
