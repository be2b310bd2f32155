/*
 * apikey.c - API keys (see apikey.h).
 */
#include "domain/apikey.h"

#include <stdio.h>
#include <string.h>

#include "auth/token.h"
#include "base/utf8.h"
#include "domain/audit.h"

static const char sql_insert[] =
	"INSERT INTO api_key (name, prefix, key_hash, role, organisation_id, "
	"created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char sql_revoke[] =
	"UPDATE api_key SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS "
	"NULL";
#define KEY_COLS                                                               \
	"k.id, k.name, k.prefix, k.role, COALESCE(k.organisation_id, 0), "     \
	"COALESCE(o.name, ''), k.created_at, COALESCE(k.last_used_at, ''), "   \
	"COALESCE(k.revoked_at, '') FROM api_key k LEFT JOIN organisation o "  \
	"ON o.id = k.organisation_id"
static const char sql_list[] = "SELECT " KEY_COLS " ORDER BY k.id DESC";
static const char sql_check[] =
	"SELECT " KEY_COLS " WHERE k.key_hash = ?1 AND k.revoked_at IS NULL";
static const char sql_used[] =
	"UPDATE api_key SET last_used_at = ?2 WHERE id = ?1 AND "
	"(last_used_at IS NULL OR last_used_at < ?3)";
static const char sql_org_exists[] = "SELECT 1 FROM organisation WHERE id = ?1";

static void read_row(sqlite3_stmt *st, arena *a, struct apikey *k)
{
	k->id = sqlite3_column_int64(st, 0);
	k->name = arena_strdup(a, db_col_text(st, 1));
	k->prefix = arena_strdup(a, db_col_text(st, 2));
	int role = role_parse(db_col_text(st, 3));
	k->role = role < 0 ? ROLE_ANON : (enum role)role;
	k->org_id = sqlite3_column_int64(st, 4);
	k->org_name = arena_strdup(a, db_col_text(st, 5));
	k->created_at = arena_strdup(a, db_col_text(st, 6));
	k->last_used_at = arena_strdup(a, db_col_text(st, 7));
	k->revoked_at = arena_strdup(a, db_col_text(st, 8));
}

int64_t apikey_create(db *d, const struct actor *a, const char *name,
		      enum role role, int64_t org_id, char key[APIKEY_LEN],
		      struct user_error *e)
{
	e->field = NULL;
	if (a->role < ROLE_ADMIN) {
		snprintf(e->msg, sizeof e->msg,
			 "Nur die Administration darf API-Schlüssel anlegen.");
		return -1;
	}
	size_t n = name ? strlen(name) : 0;
	if (n == 0 || !utf8_valid(name, n) || utf8_length(name, n) > 120) {
		snprintf(e->msg, sizeof e->msg,
			 "Bitte geben Sie einen Namen (höchstens 120 Zeichen) "
			 "ein, etwa das System, das den Schlüssel nutzt.");
		e->field = "name";
		return -1;
	}
	if (role < ROLE_PARTNER || role >= ROLE_COUNT) {
		snprintf(e->msg, sizeof e->msg, "Bitte wählen Sie eine Rolle.");
		e->field = "role";
		return -1;
	}
	if ((role == ROLE_PARTNER || role == ROLE_VISITS) && org_id <= 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Ein Schlüssel mit Partner-Rechten gehört zu einer "
			 "Organisation. Bitte wählen Sie eine aus.");
		e->field = "org";
		return -1;
	}
	if (org_id > 0) {
		sqlite3_stmt *st = db_stmt(d, sql_org_exists);
		bool found = false;
		if (st) {
			db_bind_int(st, 1, org_id);
			found = sqlite3_step(st) == SQLITE_ROW;
			sqlite3_reset(st);
		}
		if (!found) {
			snprintf(e->msg, sizeof e->msg,
				 "Diese Organisation gibt es nicht.");
			e->field = "org";
			return -1;
		}
	}
	char raw[48];
	token_random(raw, sizeof raw, 32);
	snprintf(key, APIKEY_LEN, "lotse_%s", raw);
	char h[65], prefix[16];
	token_hash(key, h);
	snprintf(prefix, sizeof prefix, "%.10s", key);
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Datenbank ist gerade nicht "
			 "verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql_insert);
	int64_t id = -1;
	if (st) {
		db_bind_text(st, 1, name);
		db_bind_text(st, 2, prefix);
		db_bind_text(st, 3, h);
		db_bind_text(st, 4, role_code(role));
		if (org_id > 0)
			db_bind_int(st, 5, org_id);
		if (a->user_id)
			db_bind_int(st, 6, a->user_id);
		db_bind_text(st, 7, now);
		if (sqlite3_step(st) == SQLITE_DONE)
			id = sqlite3_last_insert_rowid(db_sqlite(d));
		sqlite3_reset(st);
	}
	if (id < 0 ||
	    audit_add(d, a, "create", "api_key", id,
		      "API-Schlüssel „%s“ (%s…) angelegt, Rolle %s", name,
		      prefix, role_code(role)) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(e->msg, sizeof e->msg,
			 "Der Schlüssel konnte nicht angelegt werden.");
		return -1;
	}
	return id;
}

int apikey_revoke(db *d, const struct actor *a, int64_t id,
		  struct user_error *e)
{
	e->field = NULL;
	if (a->role < ROLE_ADMIN) {
		snprintf(e->msg, sizeof e->msg,
			 "Nur die Administration darf API-Schlüssel "
			 "widerrufen.");
		return -1;
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Datenbank ist gerade nicht "
			 "verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql_revoke);
	bool ok = false;
	if (st) {
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, now);
		ok = sqlite3_step(st) == SQLITE_DONE &&
		     sqlite3_changes(db_sqlite(d)) == 1;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "revoke", "api_key", id,
		      "API-Schlüssel widerrufen") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(e->msg, sizeof e->msg,
			 "Diesen Schlüssel gibt es nicht oder er ist schon "
			 "widerrufen.");
		return -1;
	}
	return 0;
}

size_t apikey_list(db *d, arena *a, struct apikey **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	size_t n = 0, cap = 0;
	struct apikey *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int apikey_check(db *d, arena *a, const char *key, struct apikey *k)
{
	if (!key || strncmp(key, "lotse_", 6) != 0 || strlen(key) > 100)
		return -1;
	char h[65];
	token_hash(key, h);
	sqlite3_stmt *st = db_stmt(d, sql_check);
	if (!st)
		return -1;
	db_bind_text(st, 1, h);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, k);
		rc = 0;
	}
	sqlite3_reset(st);
	if (rc == 0) {
		/* Record use at most once an hour (timestamps compare as
		 * text: "YYYY-MM-DDTHH"). */
		char now[21], hour[21];
		db_now(now);
		snprintf(hour, sizeof hour, "%.13s", now);
		st = db_stmt(d, sql_used);
		if (st) {
			db_bind_int(st, 1, k->id);
			db_bind_text(st, 2, now);
			db_bind_text(st, 3, hour);
			sqlite3_step(st);
			sqlite3_reset(st);
		}
	}
	return rc;
}
