/*
 * body.c - bodies of the network and their members (see body.h).
 */
#include "domain/body.h"

#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"

const struct code body_kinds[] = {
	{"plenum", "Plenum (Netzwerkkonferenz)", NULL},
	{"steuerung", "Steuerungsgruppe", NULL},
	{"lokal", "Lokales Bündnis", NULL},
	{"ag", "Arbeitsgruppe", NULL},
	{NULL, NULL, NULL},
};

const struct code body_majorities[] = {
	{"einfach", "einfache Mehrheit", NULL},
	{"zweidrittel", "Zwei-Drittel-Mehrheit", NULL},
	{"einstimmig", "einstimmig", NULL},
	{NULL, NULL, NULL},
};

#define BODY_COLS                                                              \
	"b.id, b.name, b.kind, b.description, b.majority, "                    \
	"COALESCE(b.region_id, 0), COALESCE(r.name, ''), "                     \
	"COALESCE(b.chair_contact_id, 0), COALESCE(c.name, ''), "              \
	"COALESCE(co.name, ''), b.quorum_percent, b.named_votes, b.archived, " \
	"b.created_at, b.updated_at, (SELECT count(*) FROM body_member m "     \
	"WHERE m.body_id = b.id), (SELECT count(*) FROM body_member m WHERE "  \
	"m.body_id = b.id AND m.voting = 1) FROM body b LEFT JOIN region r "   \
	"ON r.id = b.region_id LEFT JOIN contact c ON c.id = "                 \
	"b.chair_contact_id LEFT JOIN organisation co ON co.id = "             \
	"c.organisation_id"

static const char sql_get[] = "SELECT " BODY_COLS " WHERE b.id = ?1";
static const char sql_list[] =
	"SELECT " BODY_COLS " WHERE (?1 = 1 OR b.archived = 0) ORDER BY "
	"CASE b.kind WHEN 'plenum' THEN 0 WHEN 'steuerung' THEN 1 WHEN "
	"'lokal' THEN 2 ELSE 3 END, b.name COLLATE NOCASE, b.id";
static const char sql_insert[] =
	"INSERT INTO body (name, kind, region_id, description, "
	"chair_contact_id, majority, quorum_percent, named_votes, archived, "
	"created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, ?10)";
static const char sql_update[] =
	"UPDATE body SET name = ?1, kind = ?2, region_id = ?3, description = "
	"?4, chair_contact_id = ?5, majority = ?6, quorum_percent = ?7, "
	"named_votes = ?8, archived = ?9, updated_at = ?10 WHERE id = ?11";
static const char sql_region_is_muni[] =
	"SELECT 1 FROM region WHERE id = ?1 AND kind = 'municipality'";
static const char sql_chair_ok[] =
	"SELECT 1 FROM contact c JOIN body_member m ON m.organisation_id = "
	"c.organisation_id WHERE c.id = ?1 AND m.body_id = ?2";
static const char sql_members[] =
	"SELECT m.body_id, m.organisation_id, o.name, o.sector, "
	"COALESCE(m.delegate_contact_id, 0), COALESCE(dc.name, ''), "
	"COALESCE(dc.email, ''), COALESCE(m.deputy_contact_id, 0), "
	"COALESCE(pc.name, ''), COALESCE(pc.email, ''), m.voting, "
	"COALESCE(m.since, '') FROM body_member m JOIN organisation o ON "
	"o.id = m.organisation_id LEFT JOIN contact dc ON dc.id = "
	"m.delegate_contact_id LEFT JOIN contact pc ON pc.id = "
	"m.deputy_contact_id WHERE m.body_id = ?1 ORDER BY o.name COLLATE "
	"NOCASE, o.id";
static const char sql_is_member[] =
	"SELECT 1 FROM body_member WHERE body_id = ?1 AND organisation_id = "
	"?2 AND (?3 = 0 OR voting = 1)";
static const char sql_member_upsert[] =
	"INSERT INTO body_member (body_id, organisation_id, "
	"delegate_contact_id, deputy_contact_id, voting, since) VALUES (?1, "
	"?2, ?3, ?4, ?5, ?6) ON CONFLICT (body_id, organisation_id) DO UPDATE "
	"SET delegate_contact_id = excluded.delegate_contact_id, "
	"deputy_contact_id = excluded.deputy_contact_id, voting = "
	"excluded.voting, since = excluded.since";
static const char sql_member_delete[] =
	"DELETE FROM body_member WHERE body_id = ?1 AND organisation_id = ?2";
static const char sql_contact_of[] =
	"SELECT 1 FROM contact WHERE id = ?1 AND organisation_id = ?2";
static const char sql_org_name[] =
	"SELECT name FROM organisation WHERE id = ?1";
static const char sql_unset_chair[] =
	"UPDATE body SET chair_contact_id = NULL WHERE id = ?1 AND "
	"chair_contact_id IN (SELECT id FROM contact WHERE organisation_id = "
	"?2)";

static void read_body(sqlite3_stmt *st, arena *a, struct body *b)
{
	b->id = sqlite3_column_int64(st, 0);
	b->name = arena_strdup(a, db_col_text(st, 1));
	b->kind = arena_strdup(a, db_col_text(st, 2));
	b->description = arena_strdup(a, db_col_text(st, 3));
	b->majority = arena_strdup(a, db_col_text(st, 4));
	b->region_id = sqlite3_column_int64(st, 5);
	b->region_name = arena_strdup(a, db_col_text(st, 6));
	b->chair_contact_id = sqlite3_column_int64(st, 7);
	b->chair_name = arena_strdup(a, db_col_text(st, 8));
	b->chair_org = arena_strdup(a, db_col_text(st, 9));
	b->quorum_percent = sqlite3_column_int(st, 10);
	b->named_votes = sqlite3_column_int(st, 11) != 0;
	b->archived = sqlite3_column_int(st, 12) != 0;
	b->created_at = arena_strdup(a, db_col_text(st, 13));
	b->updated_at = arena_strdup(a, db_col_text(st, 14));
	b->members = sqlite3_column_int(st, 15);
	b->voting = sqlite3_column_int(st, 16);
}

int body_get(db *d, arena *a, int64_t id, struct body *b)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_body(st, a, b);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

size_t body_list(db *d, arena *a, bool include_archived, struct body **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_int(st, 1, include_archived);
	size_t n = 0, cap = 0;
	struct body *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_body(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static bool text_ok(const char *s, size_t min, size_t max)
{
	s = s ? s : "";
	size_t n = strlen(s);
	if (!utf8_valid(s, n))
		return false;
	size_t len = utf8_length(s, n);
	return len >= min && len <= max;
}

/* Does the fixed, bound-once query sql (params ?1, ?2) find a row? */
static bool exists2(db *d, const char *sql, int64_t p1, int64_t p2)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	db_bind_int(st, 1, p1);
	db_bind_int(st, 2, p2);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

static void validate(db *d, const struct body *b, struct errs *e)
{
	if (!text_ok(b->name, 1, 200))
		errs_add(e, "name",
			 "Bitte geben Sie den Namen des Gremiums ein "
			 "(höchstens 200 Zeichen).");
	if (!b->kind || !code_find(body_kinds, b->kind))
		errs_add(e, "kind", "Bitte wählen Sie die Art des Gremiums.");
	else if (strcmp(b->kind, "lokal") == 0 &&
		 !exists2(d, sql_region_is_muni, b->region_id, 0))
		errs_add(e, "region_id",
			 "Ein Lokales Bündnis gehört zu einer Gemeinde: "
			 "Bitte wählen Sie sie aus.");
	else if (b->region_id &&
		 !exists2(d, sql_region_is_muni, b->region_id, 0))
		errs_add(e, "region_id", "Diese Gemeinde gibt es nicht.");
	if (!text_ok(b->description, 0, 4000))
		errs_add(e, "description",
			 "Die Beschreibung darf höchstens 4000 Zeichen lang "
			 "sein.");
	if (!b->majority || !code_find(body_majorities, b->majority))
		errs_add(e, "majority",
			 "Bitte wählen Sie die Mehrheit, die ein Beschluss "
			 "braucht.");
	if (b->quorum_percent < 0 || b->quorum_percent > 100)
		errs_add(e, "quorum_percent",
			 "Die Beschlussfähigkeit ist ein Anteil von 0 bis 100 "
			 "Prozent.");
	if (b->chair_contact_id &&
	    !exists2(d, sql_chair_ok, b->chair_contact_id, b->id))
		errs_add(e, "chair_contact_id",
			 "Den Vorsitz hat eine Person einer "
			 "Mitgliedsorganisation des Gremiums.");
}

int body_save(db *d, const struct actor *a, struct body *b, struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Gremien ändert nur die Koordinierungsstelle.");
		return -2;
	}
	arena *tmp = arena_new(1024);
	int rc = -1;
	struct body old = {0};
	bool update = b->id > 0;
	if (update && body_get(d, tmp, b->id, &old) < 0) {
		errs_add(e, NULL, "Dieses Gremium gibt es nicht.");
		goto out;
	}
	size_t before = e->n;
	validate(d, b, e);
	if (e->n > before)
		goto out;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, update ? sql_update : sql_insert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_text(st, 1, b->name);
		db_bind_text(st, 2, b->kind);
		if (b->region_id)
			db_bind_int(st, 3, b->region_id);
		else
			sqlite3_bind_null(st, 3);
		db_bind_text(st, 4, b->description ? b->description : "");
		if (b->chair_contact_id)
			db_bind_int(st, 5, b->chair_contact_id);
		else
			sqlite3_bind_null(st, 5);
		db_bind_text(st, 6, b->majority);
		db_bind_int(st, 7, b->quorum_percent);
		db_bind_int(st, 8, b->named_votes);
		db_bind_int(st, 9, b->archived);
		db_bind_text(st, 10, now);
		if (update)
			db_bind_int(st, 11, b->id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok && !update)
		b->id = sqlite3_last_insert_rowid(db_sqlite(d));
	if (!ok ||
	    audit_add(d, a, update ? "update" : "create", "body", b->id,
		      "Gremium %s %s", b->name,
		      update ? "geändert" : "angelegt") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Das Gremium konnte nicht gespeichert werden.");
		if (!update)
			b->id = 0;
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

size_t body_members(db *d, arena *a, int64_t body_id, struct body_member **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_members);
	if (!st)
		return 0;
	db_bind_int(st, 1, body_id);
	size_t n = 0, cap = 0;
	struct body_member *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		struct body_member *m = &v[n++];
		m->body_id = sqlite3_column_int64(st, 0);
		m->org_id = sqlite3_column_int64(st, 1);
		m->org_name = arena_strdup(a, db_col_text(st, 2));
		m->sector = arena_strdup(a, db_col_text(st, 3));
		m->delegate_id = sqlite3_column_int64(st, 4);
		m->delegate_name = arena_strdup(a, db_col_text(st, 5));
		m->delegate_email = arena_strdup(a, db_col_text(st, 6));
		m->deputy_id = sqlite3_column_int64(st, 7);
		m->deputy_name = arena_strdup(a, db_col_text(st, 8));
		m->deputy_email = arena_strdup(a, db_col_text(st, 9));
		m->voting = sqlite3_column_int(st, 10) != 0;
		m->since = arena_strdup(a, db_col_text(st, 11));
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

bool body_is_member(db *d, int64_t body_id, int64_t org_id, bool voting)
{
	sqlite3_stmt *st = db_stmt(d, sql_is_member);
	if (!st)
		return false;
	db_bind_int(st, 1, body_id);
	db_bind_int(st, 2, org_id);
	db_bind_int(st, 3, voting);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

static bool date_ok(const char *s)
{
	if (!s || !*s)
		return true;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	return true;
}

/* The organisation's name into a (NULL when there is none). */
static const char *org_name(db *d, arena *a, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql_org_name);
	if (!st)
		return NULL;
	db_bind_int(st, 1, id);
	const char *name = NULL;
	if (sqlite3_step(st) == SQLITE_ROW)
		name = arena_strdup(a, db_col_text(st, 0));
	sqlite3_reset(st);
	return name;
}

int body_member_save(db *d, const struct actor *a, const struct body_member *m,
		     struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Mitglieder der Gremien trägt nur die "
			 "Koordinierungsstelle ein.");
		return -2;
	}
	arena *tmp = arena_new(1024);
	int rc = -1;
	struct body b;
	const char *oname = org_name(d, tmp, m->org_id);
	size_t before = e->n;
	if (body_get(d, tmp, m->body_id, &b) < 0)
		errs_add(e, NULL, "Dieses Gremium gibt es nicht.");
	if (!oname)
		errs_add(e, "organisation_id",
			 "Bitte wählen Sie eine Organisation.");
	if (oname && m->delegate_id &&
	    !exists2(d, sql_contact_of, m->delegate_id, m->org_id))
		errs_add(e, "delegate_id",
			 "Die delegierte Person muss eine Ansprechperson "
			 "dieser Organisation sein.");
	if (oname && m->deputy_id &&
	    !exists2(d, sql_contact_of, m->deputy_id, m->org_id))
		errs_add(e, "deputy_id",
			 "Die Vertretung muss eine Ansprechperson dieser "
			 "Organisation sein.");
	if (m->deputy_id && m->deputy_id == m->delegate_id)
		errs_add(e, "deputy_id",
			 "Vertretung und delegierte Person sollen "
			 "verschiedene Menschen sein.");
	if (!date_ok(m->since))
		errs_add(e, "since",
			 "Bitte geben Sie das Datum als JJJJ-MM-TT an.");
	if (e->n > before)
		goto out;
	bool was = body_is_member(d, m->body_id, m->org_id, false);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_member_upsert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, m->body_id);
		db_bind_int(st, 2, m->org_id);
		if (m->delegate_id)
			db_bind_int(st, 3, m->delegate_id);
		else
			sqlite3_bind_null(st, 3);
		if (m->deputy_id)
			db_bind_int(st, 4, m->deputy_id);
		else
			sqlite3_bind_null(st, 4);
		db_bind_int(st, 5, m->voting);
		db_bind_text(st, 6, m->since && *m->since ? m->since : NULL);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "update", "body", m->body_id,
		      "Mitglied %s (Nr. %lld) %s%s", oname,
		      (long long)m->org_id, was ? "geändert" : "aufgenommen",
		      m->voting ? "" : " (ohne Stimmrecht)") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Mitgliedschaft konnte nicht gespeichert "
			 "werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int body_member_remove(db *d, const struct actor *a, int64_t body_id,
		       int64_t org_id, struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Mitglieder der Gremien trägt nur die "
			 "Koordinierungsstelle aus.");
		return -2;
	}
	if (!body_is_member(d, body_id, org_id, false)) {
		errs_add(e, NULL, "Diese Organisation ist kein Mitglied.");
		return -1;
	}
	arena *tmp = arena_new(512);
	const char *oname = org_name(d, tmp, org_id);
	int rc = -1;
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = true;
	/* A chair from the leaving organisation leaves the chair too. */
	const char *sqls[] = {sql_unset_chair, sql_member_delete};
	for (size_t i = 0; ok && i < 2; i++) {
		sqlite3_stmt *st = db_stmt(d, sqls[i]);
		ok = st != NULL;
		if (ok) {
			db_bind_int(st, 1, body_id);
			db_bind_int(st, 2, org_id);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
	}
	if (!ok ||
	    audit_add(d, a, "update", "body", body_id,
		      "Mitglied %s (Nr. %lld) ausgetragen", oname ? oname : "?",
		      (long long)org_id) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Mitgliedschaft konnte nicht beendet werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}
