/*
 * meeting.c - meetings and their agendas (see meeting.h); registrations
 * and attendance are in registration.c.
 */
#include "domain/meeting.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "auth/token.h"
#include "base/utf8.h"
#include "domain/audit.h"
#include "mail/invite.h"

/* --- local time of the district -------------------------------------------- */

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Unix time of the last Sunday of month (March or October: 31 days) of
 * year y at 01:00 UTC, when Central European summer time begins or
 * ends. */
static int64_t switch_time(int64_t y, int month)
{
	int64_t day31 = days_from_civil(y, month, 31);
	int64_t wd = ((day31 % 7) + 11) % 7; /* 0: Sunday (1970-01-01: Thu) */
	return (day31 - wd) * 86400 + 3600;
}

void meeting_local_now(char out[17])
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	int64_t y = tm.tm_year + 1900;
	bool summer = (int64_t)now >= switch_time(y, 3) &&
		      (int64_t)now < switch_time(y, 10);
	time_t local = now + (summer ? 7200 : 3600);
	gmtime_r(&local, &tm);
	strftime(out, 17, "%Y-%m-%dT%H:%M", &tm);
}

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int num(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

bool meeting_time_valid(const char *t)
{
	if (!t || strlen(t) != 16 || t[4] != '-' || t[7] != '-' ||
	    t[10] != 'T' || t[13] != ':' || !digits(t, 4) ||
	    !digits(t + 5, 2) || !digits(t + 8, 2) || !digits(t + 11, 2) ||
	    !digits(t + 14, 2))
		return false;
	int y = num(t, 4), mo = num(t + 5, 2), d = num(t + 8, 2);
	int h = num(t + 11, 2), mi = num(t + 14, 2);
	static const int mdays[] = {31, 29, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 ||
	    d > mdays[mo - 1] || h > 23 || mi > 59)
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(mo == 2 && d == 29 && !leap);
}

/* --- meetings ---------------------------------------------------------------- */

#define MEETING_COLS                                                           \
	"m.id, m.body_id, b.name, b.kind, m.title, m.description, "            \
	"m.starts_at, m.ends_at, m.place, m.online_url, m.public, "            \
	"COALESCE(m.capacity, 0), m.status, m.uid, m.sequence, m.created_at, " \
	"m.updated_at, (SELECT count(*) FROM registration g WHERE "            \
	"g.meeting_id = m.id AND g.status = 'registered'), (SELECT count(*) "  \
	"FROM registration g WHERE g.meeting_id = m.id AND g.status = "        \
	"'waiting') FROM meeting m JOIN body b ON b.id = m.body_id"
#define MEETING_WHERE                                                          \
	" WHERE (?1 = 0 OR m.body_id = ?1) AND (?2 = 0 OR m.public = 1) AND "  \
	"(?3 IS NULL OR m.starts_at >= ?3) AND (?4 IS NULL OR m.starts_at < "  \
	"?4) AND (?5 = 0 OR m.status = 'planned')"

static const char sql_get[] = "SELECT " MEETING_COLS " WHERE m.id = ?1";
static const char sql_list[] =
	"SELECT " MEETING_COLS MEETING_WHERE
	" ORDER BY CASE WHEN ?6 = 1 THEN m.starts_at END DESC, m.starts_at, "
	"m.id LIMIT ?7 OFFSET ?8";
static const char sql_count[] = "SELECT count(*) FROM meeting m" MEETING_WHERE;
static const char sql_insert[] =
	"INSERT INTO meeting (body_id, title, description, starts_at, "
	"ends_at, place, online_url, public, capacity, uid, sequence, "
	"created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, 0, ?11, ?11)";
static const char sql_update[] =
	"UPDATE meeting SET body_id = ?1, title = ?2, description = ?3, "
	"starts_at = ?4, ends_at = ?5, place = ?6, online_url = ?7, public = "
	"?8, capacity = ?9, sequence = sequence + ?10, updated_at = ?11 WHERE "
	"id = ?12";
static const char sql_cancel[] =
	"UPDATE meeting SET status = 'cancelled', sequence = sequence + 1, "
	"updated_at = ?2 WHERE id = ?1 AND status = 'planned'";
static const char sql_body_ok[] = "SELECT archived FROM body WHERE id = ?1";

static void read_meeting(sqlite3_stmt *st, arena *a, struct meeting *m)
{
	m->id = sqlite3_column_int64(st, 0);
	m->body_id = sqlite3_column_int64(st, 1);
	m->body_name = arena_strdup(a, db_col_text(st, 2));
	m->body_kind = arena_strdup(a, db_col_text(st, 3));
	m->title = arena_strdup(a, db_col_text(st, 4));
	m->description = arena_strdup(a, db_col_text(st, 5));
	m->starts_at = arena_strdup(a, db_col_text(st, 6));
	m->ends_at = arena_strdup(a, db_col_text(st, 7));
	m->place = arena_strdup(a, db_col_text(st, 8));
	m->online_url = arena_strdup(a, db_col_text(st, 9));
	m->public = sqlite3_column_int(st, 10) != 0;
	m->capacity = sqlite3_column_int(st, 11);
	m->status = arena_strdup(a, db_col_text(st, 12));
	m->uid = arena_strdup(a, db_col_text(st, 13));
	m->sequence = sqlite3_column_int(st, 14);
	m->created_at = arena_strdup(a, db_col_text(st, 15));
	m->updated_at = arena_strdup(a, db_col_text(st, 16));
	m->registered = sqlite3_column_int(st, 17);
	m->waiting = sqlite3_column_int(st, 18);
}

int meeting_get(db *d, arena *a, int64_t id, struct meeting *m)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_meeting(st, a, m);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

static void bind_filter(sqlite3_stmt *st, const struct meeting_filter *f)
{
	db_bind_int(st, 1, f->body_id);
	db_bind_int(st, 2, f->public_only);
	db_bind_text(st, 3, f->from);
	db_bind_text(st, 4, f->before);
	db_bind_int(st, 5, f->planned_only);
}

size_t meeting_list(db *d, arena *a, const struct meeting_filter *f,
		    struct meeting **out, int64_t *total)
{
	*out = NULL;
	if (total) {
		*total = 0;
		sqlite3_stmt *st = db_stmt(d, sql_count);
		if (!st)
			return 0;
		bind_filter(st, f);
		if (sqlite3_step(st) == SQLITE_ROW)
			*total = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	bind_filter(st, f);
	db_bind_int(st, 6, f->newest_first);
	db_bind_int(st, 7, f->limit > 0 ? f->limit : -1);
	db_bind_int(st, 8, f->offset);
	size_t n = 0, cap = 0;
	struct meeting *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_meeting(st, a, &v[n++]);
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

#define S(x) ((x) ? (x) : "")

/* An online link: https only, no spaces, quotes or angle brackets. */
static bool online_url_ok(const char *u)
{
	if (!u || !*u)
		return true;
	if (strncmp(u, "https://", 8) != 0 || !u[8] || strlen(u) > 500)
		return false;
	for (const char *p = u; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == '"' || *p == '<' ||
		    *p == '>' || *p == '\\' || *p == '\'')
			return false;
	return true;
}

static void validate(db *d, const struct meeting *m, bool is_new,
		     struct errs *e)
{
	if (!text_ok(m->title, 1, 200))
		errs_add(e, "title",
			 "Bitte geben Sie einen Titel ein (höchstens 200 "
			 "Zeichen).");
	sqlite3_stmt *st = db_stmt(d, sql_body_ok);
	int body = -1; /* -1: none, 0: active, 1: archived */
	if (st) {
		db_bind_int(st, 1, m->body_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			body = sqlite3_column_int(st, 0);
		sqlite3_reset(st);
	}
	if (body < 0 || (is_new && body == 1))
		errs_add(e, "body_id", "Bitte wählen Sie ein Gremium.");
	bool start = meeting_time_valid(m->starts_at);
	bool end = meeting_time_valid(m->ends_at);
	if (!start)
		errs_add(e, "starts_at",
			 "Bitte geben Sie Datum und Uhrzeit des Beginns an.");
	if (!end)
		errs_add(e, "ends_at",
			 "Bitte geben Sie die Uhrzeit des Endes an.");
	if (start && end && strcmp(m->starts_at, m->ends_at) >= 0)
		errs_add(e, "ends_at", "Das Ende muss nach dem Beginn liegen.");
	if (!text_ok(m->description, 0, 8000))
		errs_add(e, "description",
			 "Die Beschreibung darf höchstens 8000 Zeichen lang "
			 "sein.");
	if (!text_ok(m->place, 0, 300))
		errs_add(e, "place",
			 "Der Ort darf höchstens 300 Zeichen lang sein.");
	if (!online_url_ok(m->online_url))
		errs_add(e, "online_url",
			 "Der Link zur Online-Teilnahme muss mit https:// "
			 "beginnen und darf keine Leerzeichen enthalten.");
	if (m->capacity < 0 || m->capacity > 100000)
		errs_add(e, "capacity",
			 "Die Zahl der Plätze ist eine ganze Zahl größer als "
			 "0 (oder leer: unbegrenzt).");
}

/* Fills free places from the waiting list (registration.c). */
int registration_fill_places(db *d, const struct actor *a, int64_t meeting_id);

int meeting_save(db *d, const struct actor *a, struct meeting *m,
		 struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Sitzungen legt nur die Koordinierungsstelle an.");
		return -2;
	}
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct meeting old = {0};
	bool update = m->id > 0;
	if (update && meeting_get(d, tmp, m->id, &old) < 0) {
		errs_add(e, NULL, "Diese Sitzung gibt es nicht.");
		goto out;
	}
	if (update && strcmp(old.status, "cancelled") == 0) {
		errs_add(e, NULL,
			 "Die Sitzung ist abgesagt und kann nicht mehr "
			 "geändert werden.");
		goto out;
	}
	size_t before = e->n;
	validate(d, m, !update, e);
	if (e->n > before)
		goto out;
	/* What the calendars of the invited show: a change is sent out with
	 * a higher sequence. */
	bool changed =
		update && (strcmp(old.title, m->title) != 0 ||
			   strcmp(old.starts_at, m->starts_at) != 0 ||
			   strcmp(old.ends_at, m->ends_at) != 0 ||
			   strcmp(old.place, S(m->place)) != 0 ||
			   strcmp(old.online_url, S(m->online_url)) != 0);
	char now[21], uid[64] = "";
	db_now(now);
	if (!update) {
		char rnd[40];
		token_random(rnd, sizeof rnd, 18);
		snprintf(uid, sizeof uid, "%s@lotse", rnd);
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, update ? sql_update : sql_insert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, m->body_id);
		db_bind_text(st, 2, m->title);
		db_bind_text(st, 3, S(m->description));
		db_bind_text(st, 4, m->starts_at);
		db_bind_text(st, 5, m->ends_at);
		db_bind_text(st, 6, S(m->place));
		db_bind_text(st, 7, S(m->online_url));
		db_bind_int(st, 8, m->public);
		if (m->capacity > 0)
			db_bind_int(st, 9, m->capacity);
		else
			sqlite3_bind_null(st, 9);
		if (update) {
			db_bind_int(st, 10, changed);
			db_bind_text(st, 11, now);
			db_bind_int(st, 12, m->id);
		} else {
			db_bind_text(st, 10, uid);
			db_bind_text(st, 11, now);
		}
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok && !update)
		m->id = sqlite3_last_insert_rowid(db_sqlite(d));
	/* More places (or no limit any more): the waiting list moves up. */
	if (ok && update)
		ok = registration_fill_places(d, a, m->id) >= 0;
	if (!ok ||
	    audit_add(d, a, update ? "update" : "create", "meeting", m->id,
		      "Sitzung %s am %.10s %s%s", m->title, m->starts_at,
		      update ? "geändert" : "angelegt",
		      changed ? " (Zeit, Ort oder Titel: neue Fassung)" : "") <
		    0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Sitzung konnte nicht gespeichert werden.");
		if (!update)
			m->id = 0;
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int meeting_cancel(db *d, const struct actor *a, int64_t id, struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Sitzungen sagt nur die Koordinierungsstelle "
			 "ab.");
		return -2;
	}
	arena *tmp = arena_new(1024);
	int rc = -1;
	struct meeting m;
	if (meeting_get(d, tmp, id, &m) < 0) {
		errs_add(e, NULL, "Diese Sitzung gibt es nicht.");
		goto out;
	}
	if (strcmp(m.status, "planned") != 0) {
		errs_add(e, NULL, "Die Sitzung ist schon abgesagt.");
		goto out;
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_cancel);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, now);
		ok = sqlite3_step(st) == SQLITE_DONE &&
		     sqlite3_changes(db_sqlite(d)) == 1;
		sqlite3_reset(st);
	}
	/* The cancellation (METHOD:CANCEL with the new sequence) goes to
	 * everyone invited, in this transaction (mail/invite.c). */
	int sent = ok ? invite_send_cancellation(d, a, id) : -1;
	ok = ok && sent >= 0;
	if (!ok ||
	    audit_add(d, a, "update", "meeting", id,
		      "Sitzung %s am %.10s abgesagt", m.title,
		      m.starts_at) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL, "Die Sitzung konnte nicht abgesagt werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

/* --- agenda ------------------------------------------------------------------- */

static const char sql_items[] =
	"SELECT id, meeting_id, position, title, presenter, description FROM "
	"agenda_item WHERE meeting_id = ?1 ORDER BY position";
static const char sql_item[] =
	"SELECT id, meeting_id, position, title, presenter, description FROM "
	"agenda_item WHERE id = ?1";
static const char sql_item_docs[] =
	"SELECT v.id, v.document_id, v.version, d.title FROM agenda_document "
	"ad JOIN document_version v ON v.id = ad.document_version_id JOIN "
	"document d ON d.id = v.document_id WHERE ad.agenda_item_id = ?1 "
	"ORDER BY d.title, v.version";
static const char sql_doc_choices[] =
	"SELECT v.id, v.document_id, v.version, d.title FROM document_version "
	"v JOIN document d ON d.id = v.document_id ORDER BY d.title, "
	"v.version DESC";
static const char sql_item_insert[] =
	"INSERT INTO agenda_item (meeting_id, position, title, presenter, "
	"description) VALUES (?1, (SELECT COALESCE(max(position), 0) + 1 FROM "
	"agenda_item WHERE meeting_id = ?1), ?2, ?3, ?4)";
static const char sql_item_update[] =
	"UPDATE agenda_item SET title = ?2, presenter = ?3, description = ?4 "
	"WHERE id = ?1";
static const char sql_item_neighbour[] =
	"SELECT id, position FROM agenda_item WHERE meeting_id = ?1 AND "
	"((?3 < 0 AND position < ?2) OR (?3 > 0 AND position > ?2)) ORDER BY "
	"CASE WHEN ?3 < 0 THEN -position ELSE position END LIMIT 1";
static const char sql_item_setpos[] =
	"UPDATE agenda_item SET position = ?2 WHERE id = ?1";
static const char sql_item_delete[] = "DELETE FROM agenda_item WHERE id = ?1";
static const char sql_item_renumber1[] =
	"UPDATE agenda_item SET position = -position WHERE meeting_id = ?1 "
	"AND position > ?2";
static const char sql_item_renumber2[] =
	"UPDATE agenda_item SET position = -position - 1 WHERE meeting_id = "
	"?1 AND position < 0";
static const char sql_item_docs_clear[] =
	"DELETE FROM agenda_document WHERE agenda_item_id = ?1";
static const char sql_item_doc_add[] =
	"INSERT OR IGNORE INTO agenda_document (agenda_item_id, "
	"document_version_id) SELECT ?1, id FROM document_version WHERE id = "
	"?2";

static void read_item(sqlite3_stmt *st, arena *a, struct agenda_item *it)
{
	it->id = sqlite3_column_int64(st, 0);
	it->meeting_id = sqlite3_column_int64(st, 1);
	it->position = sqlite3_column_int(st, 2);
	it->title = arena_strdup(a, db_col_text(st, 3));
	it->presenter = arena_strdup(a, db_col_text(st, 4));
	it->description = arena_strdup(a, db_col_text(st, 5));
	it->docs = NULL;
	it->ndocs = 0;
}

static size_t read_docs(sqlite3_stmt *st, arena *a, struct agenda_doc **out)
{
	size_t n = 0, cap = 0;
	struct agenda_doc *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		v[n].version_id = sqlite3_column_int64(st, 0);
		v[n].document_id = sqlite3_column_int64(st, 1);
		v[n].version = sqlite3_column_int(st, 2);
		v[n].title = arena_strdup(a, db_col_text(st, 3));
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static void load_docs(db *d, arena *a, struct agenda_item *it)
{
	sqlite3_stmt *st = db_stmt(d, sql_item_docs);
	if (!st)
		return;
	db_bind_int(st, 1, it->id);
	it->ndocs = read_docs(st, a, &it->docs);
}

size_t agenda_list(db *d, arena *a, int64_t meeting_id,
		   struct agenda_item **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_items);
	if (!st)
		return 0;
	db_bind_int(st, 1, meeting_id);
	size_t n = 0, cap = 0;
	struct agenda_item *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_item(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	for (size_t i = 0; i < n; i++)
		load_docs(d, a, &v[i]);
	*out = v;
	return n;
}

int agenda_get(db *d, arena *a, int64_t item_id, struct agenda_item *it)
{
	sqlite3_stmt *st = db_stmt(d, sql_item);
	if (!st)
		return -1;
	db_bind_int(st, 1, item_id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_item(st, a, it);
		rc = 0;
	}
	sqlite3_reset(st);
	if (rc == 0)
		load_docs(d, a, it);
	return rc;
}

size_t agenda_doc_choices(db *d, arena *a, struct agenda_doc **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_doc_choices);
	if (!st)
		return 0;
	return read_docs(st, a, out);
}

/* Runs a fixed statement with up to three integer parameters; true when
 * it completed. */
static bool run3(db *d, const char *sql, int n, int64_t p1, int64_t p2,
		 int64_t p3)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	int64_t p[3] = {p1, p2, p3};
	for (int i = 0; i < n; i++)
		db_bind_int(st, i + 1, p[i]);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok;
}

/* Checks the actor and loads the item's meeting title for the audit log. */
static int agenda_check(db *d, arena *tmp, const struct actor *a,
			int64_t meeting_id, struct meeting *m, struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Die Tagesordnung ändert nur die "
			 "Koordinierungsstelle.");
		return -2;
	}
	if (meeting_get(d, tmp, meeting_id, m) < 0) {
		errs_add(e, NULL, "Diese Sitzung gibt es nicht.");
		return -1;
	}
	return 0;
}

/* Ends a change of the agenda: the audit entry and the commit, or the
 * rollback with a message. */
static int agenda_finish(db *d, const struct actor *a, bool ok,
			 const struct meeting *m, const char *what,
			 const char *title, struct errs *e)
{
	if (!ok ||
	    audit_add(d, a, "update", "meeting", m->id,
		      "Tagesordnung von %s: Punkt %s %s", m->title, title,
		      what) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Tagesordnung konnte nicht geändert werden.");
		return -1;
	}
	return 0;
}

int agenda_save(db *d, const struct actor *a, struct agenda_item *it,
		struct errs *e)
{
	arena *tmp = arena_new(1024);
	struct meeting m;
	struct agenda_item old;
	int rc;
	bool update = it->id > 0;
	if (update) {
		if (agenda_get(d, tmp, it->id, &old) < 0) {
			errs_add(e, NULL,
				 "Diesen Tagesordnungspunkt gibt es nicht.");
			rc = -1;
			goto out;
		}
		it->meeting_id = old.meeting_id;
	}
	rc = agenda_check(d, tmp, a, it->meeting_id, &m, e);
	if (rc < 0)
		goto out;
	rc = -1;
	size_t before = e->n;
	if (!text_ok(it->title, 1, 200))
		errs_add(e, "title",
			 "Bitte geben Sie den Titel des Punktes ein "
			 "(höchstens 200 Zeichen).");
	if (!text_ok(it->presenter, 0, 200))
		errs_add(e, "presenter",
			 "Wer berichtet: höchstens 200 Zeichen.");
	if (!text_ok(it->description, 0, 4000))
		errs_add(e, "description",
			 "Die Erläuterung darf höchstens 4000 Zeichen lang "
			 "sein.");
	if (e->n > before)
		goto out;
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st =
		db_stmt(d, update ? sql_item_update : sql_item_insert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, update ? it->id : it->meeting_id);
		db_bind_text(st, 2, it->title);
		db_bind_text(st, 3, S(it->presenter));
		db_bind_text(st, 4, S(it->description));
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok && !update)
		it->id = sqlite3_last_insert_rowid(db_sqlite(d));
	rc = agenda_finish(d, a, ok, &m, update ? "geändert" : "hinzugefügt",
			   it->title, e);
	if (rc < 0 && !update)
		it->id = 0;
out:
	arena_free(tmp);
	return rc;
}

int agenda_move(db *d, const struct actor *a, int64_t item_id, int dir,
		struct errs *e)
{
	arena *tmp = arena_new(1024);
	struct meeting m;
	struct agenda_item it;
	int rc = -1;
	if (agenda_get(d, tmp, item_id, &it) < 0) {
		errs_add(e, NULL, "Diesen Tagesordnungspunkt gibt es nicht.");
		goto out;
	}
	rc = agenda_check(d, tmp, a, it.meeting_id, &m, e);
	if (rc < 0)
		goto out;
	rc = -1;
	sqlite3_stmt *st = db_stmt(d, sql_item_neighbour);
	int64_t other = 0, other_pos = 0;
	if (st) {
		db_bind_int(st, 1, it.meeting_id);
		db_bind_int(st, 2, it.position);
		db_bind_int(st, 3, dir < 0 ? -1 : 1);
		if (sqlite3_step(st) == SQLITE_ROW) {
			other = sqlite3_column_int64(st, 0);
			other_pos = sqlite3_column_int64(st, 1);
		}
		sqlite3_reset(st);
	}
	if (!other) {
		rc = 0; /* already first or last: nothing to do */
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	/* Positions are unique: park one item on 0 while swapping. */
	bool ok = run3(d, sql_item_setpos, 2, item_id, 0, 0) &&
		  run3(d, sql_item_setpos, 2, other, it.position, 0) &&
		  run3(d, sql_item_setpos, 2, item_id, other_pos, 0);
	rc = agenda_finish(d, a, ok, &m,
			   dir < 0 ? "nach oben verschoben"
				   : "nach unten verschoben",
			   it.title, e);
out:
	arena_free(tmp);
	return rc;
}

int agenda_delete(db *d, const struct actor *a, int64_t item_id, struct errs *e)
{
	arena *tmp = arena_new(1024);
	struct meeting m;
	struct agenda_item it;
	int rc = -1;
	if (agenda_get(d, tmp, item_id, &it) < 0) {
		errs_add(e, NULL, "Diesen Tagesordnungspunkt gibt es nicht.");
		goto out;
	}
	rc = agenda_check(d, tmp, a, it.meeting_id, &m, e);
	if (rc < 0)
		goto out;
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		rc = -1;
		goto out;
	}
	bool ok =
		run3(d, sql_item_delete, 1, item_id, 0, 0) &&
		run3(d, sql_item_renumber1, 2, it.meeting_id, it.position, 0) &&
		run3(d, sql_item_renumber2, 1, it.meeting_id, 0, 0);
	rc = agenda_finish(d, a, ok, &m, "gestrichen", it.title, e);
out:
	arena_free(tmp);
	return rc;
}

int agenda_set_documents(db *d, const struct actor *a, int64_t item_id,
			 const int64_t *version_ids, size_t n, struct errs *e)
{
	arena *tmp = arena_new(1024);
	struct meeting m;
	struct agenda_item it;
	int rc = -1;
	if (agenda_get(d, tmp, item_id, &it) < 0) {
		errs_add(e, NULL, "Diesen Tagesordnungspunkt gibt es nicht.");
		goto out;
	}
	rc = agenda_check(d, tmp, a, it.meeting_id, &m, e);
	if (rc < 0)
		goto out;
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		rc = -1;
		goto out;
	}
	bool ok = run3(d, sql_item_docs_clear, 1, item_id, 0, 0);
	for (size_t i = 0; ok && i < n; i++)
		ok = run3(d, sql_item_doc_add, 2, item_id, version_ids[i], 0);
	rc = agenda_finish(d, a, ok, &m, "mit neuen Unterlagen", it.title, e);
out:
	arena_free(tmp);
	return rc;
}
