/*
 * minutes.c - minutes of meetings (see minutes.h).
 */
#include "domain/minutes.h"

#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"
#include "mail/outbox.h"

static const char sql_meeting[] =
	"SELECT m.id, m.body_id, m.title, m.starts_at, m.ends_at, m.place, "
	"m.online_url, m.status, b.name, b.named_votes FROM meeting m JOIN "
	"body b ON b.id = m.body_id WHERE m.id = ?1";
static const char sql_agenda[] =
	"SELECT id, position, title, presenter, description, minutes_md FROM "
	"agenda_item WHERE meeting_id = ?1 ORDER BY position, id";
static const char sql_get[] =
	"SELECT status, intro_md, outro_md, author, COALESCE(approved_at, ''), "
	"COALESCE(approved_by, ''), updated_at FROM minutes WHERE meeting_id "
	"= ?1";
static const char sql_upsert[] =
	"INSERT INTO minutes (meeting_id, status, intro_md, outro_md, author, "
	"updated_at) VALUES (?1, 'draft', ?2, ?3, ?4, ?5) ON CONFLICT "
	"(meeting_id) DO UPDATE SET intro_md = excluded.intro_md, outro_md = "
	"excluded.outro_md, author = excluded.author, updated_at = "
	"excluded.updated_at";
static const char sql_item_text[] =
	"UPDATE agenda_item SET minutes_md = ?3 WHERE id = ?1 AND meeting_id "
	"= ?2";
static const char sql_approve[] =
	"INSERT INTO minutes (meeting_id, status, approved_at, approved_by, "
	"updated_at) VALUES (?1, 'approved', ?2, ?3, ?2) ON CONFLICT "
	"(meeting_id) DO UPDATE SET status = 'approved', approved_at = ?2, "
	"approved_by = ?3, updated_at = ?2";
static const char sql_reopen[] =
	"UPDATE minutes SET status = 'draft', approved_at = NULL, approved_by "
	"= NULL, updated_at = ?2 WHERE meeting_id = ?1";
/* The delegates of the member organisations (or the organisation's own
 * address), each address once. */
static const char sql_recipients[] =
	"SELECT addr, MIN(name) FROM (SELECT COALESCE(NULLIF(c.email, ''), "
	"o.email) AS addr, COALESCE(c.name, o.name) AS name FROM body_member "
	"bm JOIN organisation o ON o.id = bm.organisation_id LEFT JOIN "
	"contact c ON c.id = bm.delegate_contact_id WHERE bm.body_id = ?1 AND "
	"o.archived = 0) WHERE addr <> '' GROUP BY addr ORDER BY addr";
static const char *dup(arena *a, sqlite3_stmt *st, int i)
{
	return arena_strdup(a, db_col_text(st, i));
}

int minutes_meeting_get(db *d, arena *a, int64_t meeting_id,
			struct minutes_meeting *m)
{
	sqlite3_stmt *st = db_stmt(d, sql_meeting);
	if (!st)
		return -1;
	db_bind_int(st, 1, meeting_id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		m->id = sqlite3_column_int64(st, 0);
		m->body_id = sqlite3_column_int64(st, 1);
		m->title = dup(a, st, 2);
		m->starts_at = dup(a, st, 3);
		m->ends_at = dup(a, st, 4);
		m->place = dup(a, st, 5);
		m->online_url = dup(a, st, 6);
		m->status = dup(a, st, 7);
		m->body_name = dup(a, st, 8);
		m->named_votes = sqlite3_column_int(st, 9) != 0;
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

size_t minutes_agenda(db *d, arena *a, int64_t meeting_id,
		      struct agenda_entry **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_agenda);
	if (!st)
		return 0;
	db_bind_int(st, 1, meeting_id);
	size_t n = 0, cap = 0;
	struct agenda_entry *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].position = sqlite3_column_int(st, 1);
		v[n].title = dup(a, st, 2);
		v[n].presenter = dup(a, st, 3);
		v[n].description = dup(a, st, 4);
		v[n].minutes_md = dup(a, st, 5);
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int minutes_get(db *d, arena *a, int64_t meeting_id, struct minutes *m)
{
	*m = (struct minutes){.meeting_id = meeting_id,
			      .status = "draft",
			      .intro_md = "",
			      .outro_md = "",
			      .author = "",
			      .approved_at = "",
			      .approved_by = "",
			      .updated_at = ""};
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, meeting_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		m->stored = true;
		m->status = dup(a, st, 0);
		m->intro_md = dup(a, st, 1);
		m->outro_md = dup(a, st, 2);
		m->author = dup(a, st, 3);
		m->approved_at = dup(a, st, 4);
		m->approved_by = dup(a, st, 5);
		m->updated_at = dup(a, st, 6);
	}
	sqlite3_reset(st);
	return 0;
}

static bool text_ok(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	return utf8_valid(s ? s : "", n) && utf8_length(s ? s : "", n) <= max;
}

#define S(x) ((x) ? (x) : "")
#define MINUTES_MAX_TEXT 100000

/* Checks rights, that the meeting exists and (unless approved_ok) that the
 * minutes are a draft. Returns 0, -1 or -2 with a message. */
static int check(db *d, arena *tmp, const struct actor *a, int64_t meeting_id,
		 struct minutes_meeting *mt, struct minutes *cur,
		 bool want_approved, struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Protokolle schreibt und gibt die "
			 "Netzwerkkoordination frei.");
		return -2;
	}
	if (minutes_meeting_get(d, tmp, meeting_id, mt) < 0) {
		errs_add(e, NULL, "Diese Sitzung gibt es nicht.");
		return -1;
	}
	if (minutes_get(d, tmp, meeting_id, cur) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	if (minutes_approved(cur) != want_approved) {
		errs_add(e, NULL,
			 want_approved
				 ? "Das Protokoll ist noch nicht freigegeben."
				 : "Das Protokoll ist freigegeben und kann "
				   "nicht mehr geändert werden. Die "
				   "Netzwerkkoordination kann es wieder "
				   "öffnen.");
		return -1;
	}
	return 0;
}

int minutes_save(db *d, const struct actor *a, const struct minutes *m,
		 const struct minutes_item *items, size_t nitems,
		 struct errs *e)
{
	arena *tmp = arena_new(4096);
	struct minutes_meeting mt;
	struct minutes cur;
	int rc = check(d, tmp, a, m->meeting_id, &mt, &cur, false, e);
	if (rc < 0)
		goto out;
	rc = -1;
	size_t before = e->n;
	if (!text_ok(m->intro_md, MINUTES_MAX_TEXT))
		errs_add(e, "intro_md",
			 "Der Text darf höchstens 100 000 Zeichen lang sein.");
	if (!text_ok(m->outro_md, MINUTES_MAX_TEXT))
		errs_add(e, "outro_md",
			 "Der Text darf höchstens 100 000 Zeichen lang sein.");
	if (!text_ok(m->author, 120))
		errs_add(e, "author",
			 "Der Name darf höchstens 120 Zeichen lang sein.");
	struct agenda_entry *ag;
	size_t nag = minutes_agenda(d, tmp, m->meeting_id, &ag);
	for (size_t i = 0; i < nitems; i++) {
		bool known = false;
		for (size_t k = 0; k < nag && !known; k++)
			known = ag[k].id == items[i].agenda_item_id;
		if (!known) {
			errs_add(e, NULL,
				 "Ein Tagesordnungspunkt gehört nicht zu "
				 "dieser Sitzung.");
			break;
		}
		if (!text_ok(items[i].md, MINUTES_MAX_TEXT))
			errs_add(e, "item",
				 "Der Text zu einem Tagesordnungspunkt darf "
				 "höchstens 100 000 Zeichen lang sein.");
	}
	if (e->n > before)
		goto out;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_upsert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, m->meeting_id);
		db_bind_text(st, 2, S(m->intro_md));
		db_bind_text(st, 3, S(m->outro_md));
		db_bind_text(st, 4, S(m->author));
		db_bind_text(st, 5, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	for (size_t i = 0; ok && i < nitems; i++) {
		st = db_stmt(d, sql_item_text);
		ok = st != NULL;
		if (!ok)
			break;
		db_bind_int(st, 1, items[i].agenda_item_id);
		db_bind_int(st, 2, m->meeting_id);
		db_bind_text(st, 3, S(items[i].md));
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "update", "meeting", m->meeting_id,
		      "Protokollentwurf der Sitzung „%s“ gespeichert",
		      mt.title) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Das Protokoll konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

/* "2026-03-04T18:00" -> "04.03.2026" */
static void german_date(const char *iso, char out[11])
{
	if (strlen(iso) >= 10)
		snprintf(out, 11, "%.2s.%.2s.%.4s", iso + 8, iso + 5, iso);
	else
		snprintf(out, 11, "%s", iso);
}

int minutes_approve(db *d, const struct actor *a, int64_t meeting_id,
		    const char *link, size_t *mailed, struct errs *e)
{
	arena *tmp = arena_new(4096);
	struct minutes_meeting mt;
	struct minutes cur;
	*mailed = 0;
	int rc = check(d, tmp, a, meeting_id, &mt, &cur, false, e);
	if (rc < 0)
		goto out;
	rc = -1;
	char now[21], date[11];
	db_now(now);
	german_date(mt.starts_at, date);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_approve);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, meeting_id);
		db_bind_text(st, 2, now);
		db_bind_text(st, 3, a->label);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	/* Collect the recipients first: outbox_enqueue() uses statements of
	 * its own. */
	size_t n = 0, cap = 0;
	struct rcpt {
		const char *addr, *name;
	} *to = NULL;
	st = ok ? db_stmt(d, sql_recipients) : NULL;
	ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, mt.body_id);
		while (sqlite3_step(st) == SQLITE_ROW) {
			to = arena_grow(tmp, to, n, &cap, sizeof *to);
			to[n].addr = dup(tmp, st, 0);
			to[n].name = dup(tmp, st, 1);
			n++;
		}
		sqlite3_reset(st);
	}
	const char *subject = arena_printf(
		tmp, "Protokoll freigegeben: %s (%s)", mt.title, date);
	const char *text = arena_printf(
		tmp,
		"Guten Tag,\n\n"
		"das Protokoll der Sitzung „%s“ (%s) vom %s ist freigegeben.\n"
		"Sie finden es im internen Bereich von Lotse:\n\n%s\n\n"
		"Bitte geben Sie die Ergebnisse an die Fachkräfte Ihrer "
		"Organisation weiter.\n\n"
		"Mit freundlichen Grüßen\nIhre Netzwerkkoordination\n",
		mt.title, mt.body_name, date, S(link));
	for (size_t i = 0; ok && i < n; i++) {
		struct mail ml = {.kind = "minutes",
				  .ref_id = meeting_id,
				  .to = to[i].addr,
				  .to_name = to[i].name,
				  .subject = subject,
				  .text = text};
		/* An address the outbox refuses is skipped, not fatal. */
		if (outbox_enqueue(d, &ml) > 0)
			(*mailed)++;
	}
	if (!ok ||
	    audit_add(d, a, "approve", "meeting", meeting_id,
		      "Protokoll der Sitzung „%s“ freigegeben, %zu E-Mails "
		      "vorgemerkt",
		      mt.title, *mailed) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		*mailed = 0;
		errs_add(e, NULL,
			 "Das Protokoll konnte nicht freigegeben werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int minutes_reopen(db *d, const struct actor *a, int64_t meeting_id,
		   struct errs *e)
{
	arena *tmp = arena_new(2048);
	struct minutes_meeting mt;
	struct minutes cur;
	int rc = check(d, tmp, a, meeting_id, &mt, &cur, true, e);
	if (rc < 0)
		goto out;
	rc = -1;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_reopen);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, meeting_id);
		db_bind_text(st, 2, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "reopen", "meeting", meeting_id,
		      "Protokoll der Sitzung „%s“ wieder geöffnet "
		      "(freigegeben am %s von %s)",
		      mt.title, cur.approved_at, cur.approved_by) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Das Protokoll konnte nicht geöffnet werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}
