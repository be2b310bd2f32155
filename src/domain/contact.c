/*
 * contact.c - people at partner organisations (see contact.h).
 */
#include "domain/contact.h"

#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"
#include "domain/codes.h"
#include "domain/user.h"

#define CONTACT_COLS                                                           \
	"c.id, c.organisation_id, o.name, c.name, c.role, c.job_title, "       \
	"c.phone, c.email, c.public, COALESCE(c.consent_at, ''), "             \
	"c.created_at, c.updated_at FROM contact c JOIN organisation o ON "    \
	"o.id = c.organisation_id"
static const char sql_get[] = "SELECT " CONTACT_COLS " WHERE c.id = ?1";
static const char sql_list[] =
	"SELECT " CONTACT_COLS " WHERE (?1 = 0 OR c.organisation_id = ?1) AND "
	"(?2 = 0 OR c.public = 1) ORDER BY o.name COLLATE NOCASE, c.name "
	"COLLATE NOCASE, c.id";
static const char sql_insert[] =
	"INSERT INTO contact (organisation_id, name, role, job_title, phone, "
	"email, public, consent_at, created_at, updated_at) VALUES (?1, ?2, "
	"?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)";
static const char sql_update[] =
	"UPDATE contact SET name = ?2, role = ?3, job_title = ?4, phone = ?5, "
	"email = ?6, public = ?7, consent_at = ?8, updated_at = ?9 WHERE "
	"id = ?1";
static const char sql_delete[] = "DELETE FROM contact WHERE id = ?1";
static const char sql_org_exists[] = "SELECT 1 FROM organisation WHERE id = ?1";

static void read_row(sqlite3_stmt *st, arena *a, struct contact *c)
{
	c->id = sqlite3_column_int64(st, 0);
	c->org_id = sqlite3_column_int64(st, 1);
	c->org_name = arena_strdup(a, db_col_text(st, 2));
	c->name = arena_strdup(a, db_col_text(st, 3));
	c->role = arena_strdup(a, db_col_text(st, 4));
	c->job_title = arena_strdup(a, db_col_text(st, 5));
	c->phone = arena_strdup(a, db_col_text(st, 6));
	c->email = arena_strdup(a, db_col_text(st, 7));
	c->public = sqlite3_column_int(st, 8) != 0;
	c->consent_at = arena_strdup(a, db_col_text(st, 9));
	c->created_at = arena_strdup(a, db_col_text(st, 10));
	c->updated_at = arena_strdup(a, db_col_text(st, 11));
}

int contact_get(db *d, arena *a, int64_t id, struct contact *c)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, c);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

size_t contact_list(db *d, arena *a, int64_t org_id, bool public_only,
		    struct contact **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_int(st, 1, org_id);
	db_bind_int(st, 2, public_only);
	size_t n = 0, cap = 0;
	struct contact *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static bool text_ok(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	return utf8_valid(s ? s : "", n) && utf8_length(s ? s : "", n) <= max;
}

static void validate(db *d, const struct contact *c, struct errs *e)
{
	if (!c->name || !*c->name || !text_ok(c->name, 120))
		errs_add(e, "name",
			 "Bitte geben Sie den Namen ein (höchstens "
			 "120 Zeichen).");
	if (!code_find(contact_roles, c->role))
		errs_add(e, "role", "Bitte wählen Sie eine Rolle.");
	if (!text_ok(c->job_title, 120))
		errs_add(e, "job_title",
			 "Die Funktion darf höchstens 120 "
			 "Zeichen lang sein.");
	if (!text_ok(c->phone, 40))
		errs_add(e, "phone", "Die Telefonnummer ist zu lang.");
	char norm[256];
	if (c->email && *c->email &&
	    !email_normalise(c->email, norm, sizeof norm))
		errs_add(e, "email",
			 "Bitte geben Sie eine gültige "
			 "E-Mail-Adresse ein.");
	sqlite3_stmt *st = db_stmt(d, sql_org_exists);
	bool org = false;
	if (st) {
		db_bind_int(st, 1, c->org_id);
		org = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_reset(st);
	}
	if (!org)
		errs_add(e, "organisation",
			 "Diese Organisation gibt es nicht.");
}

#define S(x) ((x) ? (x) : "")

int contact_save(db *d, const struct actor *a, struct contact *c,
		 struct errs *e)
{
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct contact old = {0};
	bool update = c->id > 0;
	if (update && contact_get(d, tmp, c->id, &old) < 0) {
		errs_add(e, NULL, "Diese Ansprechperson gibt es nicht.");
		goto out;
	}
	if (update)
		c->org_id = old.org_id; /* contacts do not move */
	if (!actor_may_edit_org(a, c->org_id)) {
		errs_add(e, NULL,
			 "Sie dürfen nur Ansprechpersonen Ihrer eigenen "
			 "Organisation ändern.");
		rc = -2;
		goto out;
	}
	size_t before = e->n;
	validate(d, c, e);
	if (e->n > before)
		goto out;
	char now[21];
	db_now(now);
	/* The agreement to be shown publicly is dated when it is given and
	 * kept while it stands. */
	const char *consent = NULL;
	if (c->public)
		consent = update && old.public && old.consent_at[0]
				  ? old.consent_at
				  : now;
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, update ? sql_update : sql_insert);
	bool ok = st != NULL;
	if (ok && update) {
		db_bind_int(st, 1, c->id);
		db_bind_text(st, 2, c->name);
		db_bind_text(st, 3, c->role);
		db_bind_text(st, 4, S(c->job_title));
		db_bind_text(st, 5, S(c->phone));
		db_bind_text(st, 6, S(c->email));
		db_bind_int(st, 7, c->public);
		db_bind_text(st, 8, consent);
		db_bind_text(st, 9, now);
	} else if (ok) {
		db_bind_int(st, 1, c->org_id);
		db_bind_text(st, 2, c->name);
		db_bind_text(st, 3, c->role);
		db_bind_text(st, 4, S(c->job_title));
		db_bind_text(st, 5, S(c->phone));
		db_bind_text(st, 6, S(c->email));
		db_bind_int(st, 7, c->public);
		db_bind_text(st, 8, consent);
		db_bind_text(st, 9, now);
	}
	if (ok) {
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok && !update)
		c->id = sqlite3_last_insert_rowid(db_sqlite(d));
	if (!ok ||
	    /* Contacts belong to their organisation's record: the change
	     * shows in the organisation's history. */
	    audit_add(
		    d, a, update ? "update" : "create", "organisation",
		    c->org_id, "Ansprechperson %s (Nr. %lld)%s%s", c->name,
		    (long long)c->id, update ? " geändert" : " angelegt",
		    c->public != old.public
			    ? (c->public
				       ? ", öffentlich sichtbar (Einwilligung)"
				       : ", nicht mehr öffentlich")
			    : "") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Ansprechperson konnte nicht gespeichert "
			 "werden.");
		if (!update)
			c->id = 0;
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int contact_delete(db *d, const struct actor *a, int64_t id, struct errs *e)
{
	arena *tmp = arena_new(2048);
	struct contact c;
	int rc = -1;
	if (contact_get(d, tmp, id, &c) < 0) {
		errs_add(e, NULL, "Diese Ansprechperson gibt es nicht.");
		goto out;
	}
	if (!actor_may_edit_org(a, c.org_id)) {
		errs_add(e, NULL,
			 "Sie dürfen nur Ansprechpersonen Ihrer eigenen "
			 "Organisation löschen.");
		rc = -2;
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_delete);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "delete", "organisation", c.org_id,
		      "Ansprechperson %s (Nr. %lld) gelöscht", c.name,
		      (long long)id) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Ansprechperson konnte nicht gelöscht "
			 "werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}
