/*
 * registration.c - registrations for meetings with the waiting list, the
 * attendance recorded on the day, and the figures from it (see
 * meeting.h).
 *
 * The waiting list is the registrations with status 'waiting' in order of
 * creation. Whenever a place becomes free (a cancellation, more places),
 * registration_fill_places() moves the first ones up and queues the
 * e-mail "Sie sind nachgerückt" in the same transaction.
 */
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"
#include "domain/meeting.h"
#include "domain/organisation.h"
#include "domain/user.h"
#include "mail/outbox.h"

#define REG_COLS                                                               \
	"g.id, g.meeting_id, COALESCE(g.organisation_id, 0), "                 \
	"COALESCE(g.user_id, 0), COALESCE(o.name, ''), COALESCE(o.sector, "    \
	"''), g.name, g.email, g.status, COALESCE(g.attended, -1), "           \
	"g.created_at FROM registration g LEFT JOIN organisation o ON o.id = " \
	"g.organisation_id"

static const char sql_list[] =
	"SELECT " REG_COLS " WHERE g.meeting_id = ?1 ORDER BY CASE g.status "
	"WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, CASE "
	"WHEN g.status = 'registered' THEN g.name END COLLATE NOCASE, "
	"g.created_at, g.id";
static const char sql_get[] = "SELECT " REG_COLS " WHERE g.id = ?1";
static const char sql_insert[] =
	"INSERT INTO registration (meeting_id, organisation_id, user_id, name, "
	"email, status, attended, created_at, updated_at) VALUES (?1, ?2, ?3, "
	"?4, ?5, ?6, ?7, ?8, ?8)";
static const char sql_duplicate[] =
	"SELECT 1 FROM registration WHERE meeting_id = ?1 AND status <> "
	"'cancelled' AND ((?2 <> '' AND lower(email) = lower(?2)) OR (?2 = '' "
	"AND name = ?3 AND COALESCE(organisation_id, 0) = ?4))";
static const char sql_set_status[] =
	"UPDATE registration SET status = ?2, updated_at = ?3 WHERE id = ?1";
static const char sql_first_waiting[] =
	"SELECT id, name, email FROM registration WHERE meeting_id = ?1 AND "
	"status = 'waiting' ORDER BY created_at, id LIMIT 1";
static const char sql_attend[] =
	"UPDATE registration SET attended = ?2, updated_at = ?3 WHERE id = ?1 "
	"AND status = 'registered'";
static const char sql_org_exists[] = "SELECT 1 FROM organisation WHERE id = ?1";
static const char sql_figures[] =
	"SELECT COALESCE(o.sector, ''), count(*), count(DISTINCT "
	"g.organisation_id) FROM registration g LEFT JOIN organisation o ON "
	"o.id = g.organisation_id WHERE g.meeting_id = ?1 AND g.status = "
	"'registered' AND g.attended = 1 GROUP BY 1";
static const char sql_figures_total[] =
	"SELECT count(*), count(DISTINCT g.organisation_id), (SELECT count(*) "
	"FROM registration r WHERE r.meeting_id = ?1 AND r.status = "
	"'registered' AND r.attended IS NOT NULL) FROM registration g WHERE "
	"g.meeting_id = ?1 AND g.status = 'registered' AND g.attended = 1";
static const char sql_present_voting[] =
	"SELECT count(*), count(CASE WHEN EXISTS (SELECT 1 FROM registration "
	"g WHERE g.meeting_id = ?1 AND g.organisation_id = bm.organisation_id "
	"AND g.status = 'registered' AND g.attended = 1) THEN 1 END) FROM "
	"body_member bm WHERE bm.voting = 1 AND bm.body_id = (SELECT body_id "
	"FROM meeting WHERE id = ?1)";

static void read_reg(sqlite3_stmt *st, arena *a, struct registration *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->meeting_id = sqlite3_column_int64(st, 1);
	r->org_id = sqlite3_column_int64(st, 2);
	r->user_id = sqlite3_column_int64(st, 3);
	r->org_name = arena_strdup(a, db_col_text(st, 4));
	r->sector = arena_strdup(a, db_col_text(st, 5));
	r->name = arena_strdup(a, db_col_text(st, 6));
	r->email = arena_strdup(a, db_col_text(st, 7));
	r->status = arena_strdup(a, db_col_text(st, 8));
	r->attended = sqlite3_column_int(st, 9);
	r->created_at = arena_strdup(a, db_col_text(st, 10));
}

size_t registration_list(db *d, arena *a, int64_t meeting_id,
			 struct registration **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_int(st, 1, meeting_id);
	size_t n = 0, cap = 0;
	struct registration *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_reg(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int registration_get(db *d, arena *a, int64_t id, struct registration *r)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_reg(st, a, r);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

static bool set_status(db *d, int64_t id, const char *status)
{
	char now[21];
	db_now(now);
	sqlite3_stmt *st = db_stmt(d, sql_set_status);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, status);
	db_bind_text(st, 3, now);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok;
}

/* "2026-03-14T18:00" as "14.03.2026, 18:00 Uhr". */
static const char *german_time(arena *a, const char *t)
{
	if (!meeting_time_valid(t))
		return t;
	return arena_printf(a, "%.2s.%.2s.%.4s, %.5s Uhr", t + 8, t + 5, t,
			    t + 11);
}

/*
 * Moves people up from the waiting list while the meeting has free places
 * and queues the notice for each who has an e-mail address. Part of the
 * caller's transaction. Returns how many moved up, or -1.
 */
int registration_fill_places(db *d, const struct actor *a, int64_t meeting_id);
int registration_fill_places(db *d, const struct actor *a, int64_t meeting_id)
{
	arena *tmp = arena_new(2048);
	int moved = 0;
	for (;;) {
		struct meeting m;
		if (meeting_get(d, tmp, meeting_id, &m) < 0) {
			moved = -1;
			break;
		}
		if (strcmp(m.status, "planned") != 0 || m.waiting == 0 ||
		    (m.capacity > 0 && m.registered >= m.capacity))
			break;
		sqlite3_stmt *st = db_stmt(d, sql_first_waiting);
		if (!st) {
			moved = -1;
			break;
		}
		db_bind_int(st, 1, meeting_id);
		int64_t id = 0;
		const char *name = "", *email = "";
		if (sqlite3_step(st) == SQLITE_ROW) {
			id = sqlite3_column_int64(st, 0);
			name = arena_strdup(tmp, db_col_text(st, 1));
			email = arena_strdup(tmp, db_col_text(st, 2));
		}
		sqlite3_reset(st);
		if (!id || !set_status(d, id, "registered")) {
			moved = -1;
			break;
		}
		if (*email) {
			const char *when = german_time(tmp, m.starts_at);
			struct mail mail = {
				.kind = "waitlist",
				.ref_id = meeting_id,
				.to = email,
				.to_name = name,
				.subject = arena_printf(
					tmp, "Sie sind nachgerückt: %s",
					m.title),
				.text = arena_printf(
					tmp,
					"Guten Tag %s,\n\n"
					"für die Sitzung „%s“ am %s ist ein "
					"Platz frei geworden. Sie sind von der "
					"Warteliste nachgerückt und jetzt "
					"angemeldet.\n\n"
					"Ort: %s\n\n"
					"Wenn Sie doch nicht kommen können, "
					"melden Sie sich bitte wieder ab, "
					"damit der Platz weitergegeben werden "
					"kann.\n\n"
					"Viele Grüße\n"
					"Ihre Koordinierungsstelle\n",
					name, m.title, when,
					*m.place ? m.place
						 : (*m.online_url ? m.online_url
								  : "wird noch "
								    "bekannt "
								    "gegeben")),
			};
			if (outbox_enqueue(d, &mail) < 0) {
				moved = -1;
				break;
			}
		}
		if (audit_add(d, a, "update", "meeting", meeting_id,
			      "%s ist von der Warteliste nachgerückt",
			      name) < 0) {
			moved = -1;
			break;
		}
		moved++;
	}
	arena_free(tmp);
	return moved;
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

int meeting_register(db *d, const struct actor *a, struct registration *r,
		     bool walk_in, struct errs *e)
{
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct meeting m;
	bool coord = a->role >= ROLE_COORDINATION;
	if (meeting_get(d, tmp, r->meeting_id, &m) < 0) {
		errs_add(e, NULL, "Diese Sitzung gibt es nicht.");
		goto out;
	}
	if (r->org_id ? !actor_may_edit_org(a, r->org_id) : !coord) {
		errs_add(e, "organisation_id",
			 "Sie können nur Personen Ihrer eigenen Organisation "
			 "anmelden.");
		rc = -2;
		goto out;
	}
	if (walk_in && !coord) {
		errs_add(e, NULL,
			 "Personen vor Ort trägt die Koordinierungsstelle "
			 "ein.");
		rc = -2;
		goto out;
	}
	char local[17];
	meeting_local_now(local);
	if (strcmp(m.status, "planned") != 0) {
		errs_add(e, NULL, "Die Sitzung ist abgesagt.");
		goto out;
	}
	if (!coord && strcmp(m.starts_at, local) <= 0) {
		errs_add(e, NULL,
			 "Die Sitzung hat schon begonnen; eine Anmeldung ist "
			 "nicht mehr möglich.");
		goto out;
	}
	if (walk_in && strncmp(m.starts_at, local, 10) > 0) {
		errs_add(e, NULL,
			 "Personen vor Ort werden am Tag der Sitzung "
			 "eingetragen.");
		goto out;
	}
	size_t before = e->n;
	char email[256] = "";
	if (!text_ok(r->name, 1, 120))
		errs_add(e, "name",
			 "Bitte geben Sie den Namen ein (höchstens 120 "
			 "Zeichen).");
	if (r->email && *r->email &&
	    !email_normalise(r->email, email, sizeof email))
		errs_add(e, "email",
			 "Bitte geben Sie eine gültige E-Mail-Adresse ein.");
	if (r->org_id) {
		sqlite3_stmt *st = db_stmt(d, sql_org_exists);
		bool found = false;
		if (st) {
			db_bind_int(st, 1, r->org_id);
			found = sqlite3_step(st) == SQLITE_ROW;
			sqlite3_reset(st);
		}
		if (!found)
			errs_add(e, "organisation_id",
				 "Diese Organisation gibt es nicht.");
	}
	if (e->n == before) {
		sqlite3_stmt *st = db_stmt(d, sql_duplicate);
		bool dup = false;
		if (st) {
			db_bind_int(st, 1, r->meeting_id);
			db_bind_text(st, 2, email);
			db_bind_text(st, 3, r->name);
			db_bind_int(st, 4, r->org_id);
			dup = sqlite3_step(st) == SQLITE_ROW;
			sqlite3_reset(st);
		}
		if (dup)
			errs_add(e, *email ? "email" : "name",
				 "Diese Person ist schon angemeldet (oder "
				 "steht auf der Warteliste).");
	}
	if (e->n > before)
		goto out;
	bool full = m.capacity > 0 && (m.registered >= m.capacity || m.waiting);
	r->status = walk_in || !full ? "registered" : "waiting";
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_insert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, r->meeting_id);
		if (r->org_id)
			db_bind_int(st, 2, r->org_id);
		else
			sqlite3_bind_null(st, 2);
		if (r->user_id)
			db_bind_int(st, 3, r->user_id);
		else
			sqlite3_bind_null(st, 3);
		db_bind_text(st, 4, r->name);
		db_bind_text(st, 5, email);
		db_bind_text(st, 6, r->status);
		if (walk_in)
			db_bind_int(st, 7, 1);
		else
			sqlite3_bind_null(st, 7);
		db_bind_text(st, 8, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok)
		r->id = sqlite3_last_insert_rowid(db_sqlite(d));
	if (!ok ||
	    audit_add(d, a, "create", "meeting", r->meeting_id,
		      "%s %s (Anmeldung Nr. %lld)", r->name,
		      walk_in ? "vor Ort eingetragen"
		      : strcmp(r->status, "waiting") == 0
			      ? "auf die Warteliste gesetzt"
			      : "angemeldet",
		      (long long)r->id) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Anmeldung konnte nicht gespeichert werden.");
		r->id = 0;
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int registration_cancel(db *d, const struct actor *a, int64_t id,
			struct errs *e)
{
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct registration g;
	struct meeting m;
	bool coord = a->role >= ROLE_COORDINATION;
	if (registration_get(d, tmp, id, &g) < 0 ||
	    meeting_get(d, tmp, g.meeting_id, &m) < 0) {
		errs_add(e, NULL, "Diese Anmeldung gibt es nicht.");
		goto out;
	}
	if (g.org_id ? !actor_may_edit_org(a, g.org_id) : !coord) {
		errs_add(e, NULL,
			 "Sie können nur Personen Ihrer eigenen Organisation "
			 "abmelden.");
		rc = -2;
		goto out;
	}
	if (strcmp(g.status, "cancelled") == 0) {
		errs_add(e, NULL, "Diese Anmeldung ist schon storniert.");
		goto out;
	}
	char local[17];
	meeting_local_now(local);
	if (!coord && strcmp(m.starts_at, local) <= 0) {
		errs_add(e, NULL,
			 "Die Sitzung hat schon begonnen; bitte wenden Sie "
			 "sich an die Koordinierungsstelle.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = set_status(d, id, "cancelled") &&
		  audit_add(d, a, "update", "meeting", g.meeting_id,
			    "%s abgemeldet (Anmeldung Nr. %lld)", g.name,
			    (long long)id) >= 0;
	/* The freed place goes to the first on the waiting list. */
	if (ok && strcmp(g.status, "registered") == 0)
		ok = registration_fill_places(d, a, g.meeting_id) >= 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Abmeldung konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int meeting_attendance_save(db *d, const struct actor *a, int64_t meeting_id,
			    const int64_t *present_ids, size_t n,
			    struct errs *e)
{
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Die Anwesenheit trägt die Koordinierungsstelle "
			 "ein.");
		return -2;
	}
	arena *tmp = arena_new(4096);
	int rc = -1;
	struct meeting m;
	if (meeting_get(d, tmp, meeting_id, &m) < 0) {
		errs_add(e, NULL, "Diese Sitzung gibt es nicht.");
		goto out;
	}
	char local[17];
	meeting_local_now(local);
	if (strncmp(m.starts_at, local, 10) > 0) {
		errs_add(e, NULL,
			 "Die Anwesenheit wird ab dem Tag der Sitzung "
			 "eingetragen.");
		goto out;
	}
	struct registration *v;
	size_t nv = registration_list(d, tmp, meeting_id, &v);
	for (size_t k = 0; k < n; k++) {
		bool known = false;
		for (size_t i = 0; i < nv && !known; i++)
			known = v[i].id == present_ids[k] &&
				strcmp(v[i].status, "registered") == 0;
		if (!known) {
			errs_add(e, "present",
				 "Die Liste passt nicht zu den Anmeldungen; "
				 "bitte laden Sie die Seite neu.");
			goto out;
		}
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = true;
	int present = 0, absent = 0;
	for (size_t i = 0; ok && i < nv; i++) {
		if (strcmp(v[i].status, "registered") != 0)
			continue;
		bool here = false;
		for (size_t k = 0; k < n && !here; k++)
			here = present_ids[k] == v[i].id;
		here ? present++ : absent++;
		sqlite3_stmt *st = db_stmt(d, sql_attend);
		ok = st != NULL;
		if (ok) {
			db_bind_int(st, 1, v[i].id);
			db_bind_int(st, 2, here);
			db_bind_text(st, 3, now);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
	}
	if (!ok ||
	    audit_add(d, a, "update", "meeting", meeting_id,
		      "Anwesenheit eingetragen: %d anwesend, %d nicht "
		      "anwesend",
		      present, absent) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Anwesenheit konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int meeting_attendance_figures(db *d, int64_t meeting_id,
			       struct attendance_figures *f)
{
	memset(f, 0, sizeof *f);
	sqlite3_stmt *st = db_stmt(d, sql_figures_total);
	if (!st)
		return -1;
	db_bind_int(st, 1, meeting_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		f->attendees = sqlite3_column_int(st, 0);
		f->organisations = sqlite3_column_int(st, 1);
		f->recorded = sqlite3_column_int(st, 2);
	}
	sqlite3_reset(st);
	st = db_stmt(d, sql_figures);
	if (!st)
		return -1;
	db_bind_int(st, 1, meeting_id);
	/* Rows come grouped by sector code; put them in the order of
	 * sectors[], persons without an organisation last. */
	struct {
		char code[48];
		int people, orgs;
	} rows[FIGURES_MAX_SECTORS];
	size_t nrows = 0;
	while (sqlite3_step(st) == SQLITE_ROW && nrows < FIGURES_MAX_SECTORS) {
		snprintf(rows[nrows].code, sizeof rows[nrows].code, "%s",
			 db_col_text(st, 0));
		rows[nrows].people = sqlite3_column_int(st, 1);
		rows[nrows].orgs = sqlite3_column_int(st, 2);
		nrows++;
	}
	sqlite3_reset(st);
	for (const struct sector *s = sectors; s->code; s++)
		for (size_t i = 0; i < nrows; i++)
			if (strcmp(rows[i].code, s->code) == 0 &&
			    f->nsectors < FIGURES_MAX_SECTORS) {
				f->per_sector[f->nsectors].sector = s->code;
				f->per_sector[f->nsectors].label = s->label;
				f->per_sector[f->nsectors].attendees =
					rows[i].people;
				f->per_sector[f->nsectors].organisations =
					rows[i].orgs;
				f->nsectors++;
			}
	for (size_t i = 0; i < nrows; i++)
		if (!sector_label(rows[i].code) &&
		    f->nsectors < FIGURES_MAX_SECTORS) {
			f->per_sector[f->nsectors].sector =
				rows[i].code[0] ? "sonstige" : "";
			f->per_sector[f->nsectors].label =
				rows[i].code[0] ? "Sonstige"
						: "Ohne Organisation";
			f->per_sector[f->nsectors].attendees = rows[i].people;
			f->per_sector[f->nsectors].organisations = rows[i].orgs;
			f->nsectors++;
		}
	return 0;
}

int meeting_present_voting(db *d, int64_t meeting_id, int *voting_members,
			   int *present)
{
	*voting_members = *present = 0;
	sqlite3_stmt *st = db_stmt(d, sql_present_voting);
	if (!st)
		return -1;
	db_bind_int(st, 1, meeting_id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		*voting_members = sqlite3_column_int(st, 0);
		*present = sqlite3_column_int(st, 1);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}
