/*
 * invite.c - invitations to meetings by e-mail (see invite.h).
 *
 * The calendar attachment comes from meeting_ics() (domain/ical.c); the
 * text is written here. Every function that queues mail does it inside
 * one transaction together with the invitation rows and the audit entry,
 * so either all recipients get their message or none does.
 */
#include "mail/invite.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "domain/audit.h"
#include "domain/ical.h"
#include "domain/meeting.h"
#include "domain/settings.h"
#include "domain/user.h"
#include "mail/outbox.h"

#define INVITE_MAX 2000

static const char *const weekdays[] = {"Sonntag",  "Montag",	 "Dienstag",
				       "Mittwoch", "Donnerstag", "Freitag",
				       "Samstag"};
static const char *const months[] = {
	"Januar", "Februar", "März",	  "April",   "Mai",	 "Juni",
	"Juli",	  "August",  "September", "Oktober", "November", "Dezember"};

/* Parses "YYYY-MM-DDTHH:MM"; false when malformed. */
static bool parse_local(const char *s, int *y, int *m, int *d, int *hh, int *mm)
{
	return s && sscanf(s, "%4d-%2d-%2dT%2d:%2d", y, m, d, hh, mm) == 5 &&
	       *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

static int weekday(int y, int m, int d)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

void invite_when(const char *starts_at, const char *ends_at, char *out,
		 size_t n)
{
	int y, m, d, hh, mm, y2, m2, d2, hh2, mm2;
	if (!parse_local(starts_at, &y, &m, &d, &hh, &mm)) {
		snprintf(out, n, "%s", starts_at ? starts_at : "");
		return;
	}
	if (!parse_local(ends_at, &y2, &m2, &d2, &hh2, &mm2)) {
		snprintf(out, n, "%s, %d. %s %d, %02d:%02d Uhr",
			 weekdays[weekday(y, m, d)], d, months[m - 1], y, hh,
			 mm);
		return;
	}
	if (y == y2 && m == m2 && d == d2)
		snprintf(out, n, "%s, %d. %s %d, %02d:%02d–%02d:%02d Uhr",
			 weekdays[weekday(y, m, d)], d, months[m - 1], y, hh,
			 mm, hh2, mm2);
	else
		snprintf(out, n,
			 "%s, %d. %s %d, %02d:%02d Uhr bis %s, %d. %s %d, "
			 "%02d:%02d Uhr",
			 weekdays[weekday(y, m, d)], d, months[m - 1], y, hh,
			 mm, weekdays[weekday(y2, m2, d2)], d2, months[m2 - 1],
			 y2, hh2, mm2);
}

enum kind { K_NEW, K_UPDATE, K_CANCEL };

/* The German text of an invitation, update or cancellation. */
static char *mail_text(db *d, arena *a, const struct meeting *m,
		       const char *name, enum kind k)
{
	buf b;
	buf_init(&b, 256 * 1024);
	char when[160];
	invite_when(m->starts_at, m->ends_at, when, sizeof when);
	if (name && *name)
		buf_printf(&b, "Guten Tag %s,\n\n", name);
	else
		buf_puts(&b, "Guten Tag,\n\n");
	if (k == K_NEW)
		buf_puts(&b,
			 "wir laden Sie herzlich ein zu dieser Sitzung:\n\n");
	else if (k == K_UPDATE)
		buf_puts(&b, "die Angaben zu dieser Sitzung haben sich "
			     "geändert. Bitte beachten Sie die aktuelle "
			     "Einladung:\n\n");
	else
		buf_puts(&b, "leider müssen wir diese Sitzung absagen:\n\n");
	buf_printf(&b, "%s\n", m->title);
	if (m->body_name && *m->body_name)
		buf_printf(&b, "Gremium: %s\n", m->body_name);
	buf_printf(&b, "Wann: %s\n", when);
	if (m->place && *m->place)
		buf_printf(&b, "Wo: %s\n", m->place);
	if (m->online_url && *m->online_url)
		buf_printf(&b, "Online: %s\n", m->online_url);
	const char *url = setting_get(d, a, "public_url");
	if (!url)
		url = "";
	size_t ul = strlen(url);
	while (ul > 0 && url[ul - 1] == '/')
		ul--;
	if (k == K_CANCEL) {
		buf_puts(&b, "\nDer Termin wird mit dem Anhang (absage.ics) "
			     "aus Ihrem Kalender entfernt. Wir bitten um Ihr "
			     "Verständnis.\n");
	} else {
		if (m->description && *m->description)
			buf_printf(&b, "\n%s\n", m->description);
		struct agenda_item *items = NULL;
		size_t ni = agenda_list(d, a, m->id, &items);
		if (ni) {
			buf_puts(&b, "\nTagesordnung:\n");
			for (size_t i = 0; i < ni; i++) {
				buf_printf(&b, "%d. %s", items[i].position,
					   items[i].title);
				if (items[i].presenter && *items[i].presenter)
					buf_printf(&b, " (%s)",
						   items[i].presenter);
				buf_puts(&b, "\n");
			}
		}
		if (ul)
			buf_printf(&b,
				   "\nBitte melden Sie sich an: "
				   "%.*s/intern/sitzungen/%lld\n",
				   (int)ul, url, (long long)m->id);
		else
			buf_puts(&b, "\nBitte melden Sie sich in Lotse unter "
				     "„Sitzungen“ an.\n");
		buf_puts(&b, "Mit dem Anhang (einladung.ics) übernehmen Sie "
			     "den Termin in Ihren Kalender.\n");
	}
	buf_printf(&b, "\nMit freundlichen Grüßen\n%s\n",
		   setting_get(d, a, "network_name"));
	const char *mail = setting_get(d, a, "contact_email");
	const char *phone = setting_get(d, a, "contact_phone");
	if (mail && *mail)
		buf_printf(&b, "E-Mail: %s\n", mail);
	if (phone && *phone)
		buf_printf(&b, "Telefon: %s\n", phone);
	char *s = buf_failed(&b) ? NULL : arena_strdup(a, buf_str(&b));
	buf_free(&b);
	return s;
}

static const char sql_inv_get[] =
	"SELECT sequence FROM invitation WHERE meeting_id = ?1 AND email = ?2";
static const char sql_inv_put[] =
	"INSERT INTO invitation (meeting_id, email, name, organisation_id, "
	"invited_at, sequence) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
	"ON CONFLICT (meeting_id, email) DO UPDATE SET "
	"name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name "
	"END, "
	"organisation_id = coalesce(excluded.organisation_id, "
	"organisation_id), "
	"invited_at = excluded.invited_at, sequence = excluded.sequence";
static const char sql_inv_seq[] =
	"UPDATE invitation SET sequence = ?3 WHERE meeting_id = ?1 AND "
	"email = ?2";
static const char sql_inv_list[] =
	"SELECT i.email, i.name, coalesce(o.name, ''), "
	"coalesce(i.organisation_id, 0), i.invited_at, i.sequence "
	"FROM invitation i LEFT JOIN organisation o ON o.id = "
	"i.organisation_id WHERE i.meeting_id = ?1 "
	"ORDER BY coalesce(o.name, i.name), i.name, i.email";

/* Queues one message for m to rcpt and records the invitation row (when
 * record) - part of the caller's transaction. */
static int queue_one(db *d, arena *a, const struct meeting *m,
		     const struct invite_recipient *rc, enum kind k,
		     const char *ics, bool record)
{
	const char *prefix = k == K_NEW	     ? "Einladung"
			     : k == K_UPDATE ? "Aktualisierte Einladung"
					     : "Abgesagt";
	char *subject = arena_printf(a, "%s: %s", prefix, m->title);
	char *text = mail_text(d, a, m, rc->name, k);
	if (!text)
		return -1;
	struct mail mail = {
		.kind = k == K_CANCEL ? "cancellation" : "invitation",
		.ref_id = m->id,
		.to = rc->email,
		.to_name = rc->name,
		.subject = subject,
		.text = text,
		.ics = ics,
		.ics_method = k == K_CANCEL ? "CANCEL" : "REQUEST",
	};
	if (outbox_enqueue(d, &mail) < 0)
		return -1;
	char now[21];
	db_now(now);
	sqlite3_stmt *st = db_stmt(d, record ? sql_inv_put : sql_inv_seq);
	if (!st)
		return -1;
	db_bind_int(st, 1, m->id);
	db_bind_text(st, 2, rc->email);
	if (record) {
		db_bind_text(st, 3, rc->name ? rc->name : "");
		if (rc->org_id)
			db_bind_int(st, 4, rc->org_id);
		db_bind_text(st, 5, now);
		db_bind_int(st, 6, m->sequence);
	} else {
		db_bind_int(st, 3, m->sequence);
	}
	int r = sqlite3_step(st);
	sqlite3_reset(st);
	return r == SQLITE_DONE ? 0 : -1;
}

/* The sequence of the invitation sent last to email, or -1 when none. */
static int sent_sequence(db *d, int64_t meeting_id, const char *email)
{
	sqlite3_stmt *st = db_stmt(d, sql_inv_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, meeting_id);
	db_bind_text(st, 2, email);
	int seq = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		seq = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return seq;
}

/* Loads the meeting and checks that it may be invited to. */
static int load_meeting(db *d, arena *a, int64_t id, struct meeting *m,
			struct errs *e)
{
	if (meeting_get(d, a, id, m) < 0) {
		errs_add(e, NULL, "Diese Sitzung gibt es nicht.");
		return -1;
	}
	if (strcmp(m->status, "cancelled") == 0) {
		errs_add(e, NULL,
			 "Die Sitzung ist abgesagt; es kann niemand mehr "
			 "eingeladen werden.");
		return -1;
	}
	return 0;
}

int invite_send(db *d, const struct actor *a, int64_t meeting_id,
		const struct invite_recipient *v, size_t n, struct errs *e)
{
	if (a->role < ROLE_COORDINATION)
		return -2;
	if (n == 0) {
		errs_add(e, "empfaenger",
			 "Bitte wählen Sie mindestens eine Empfängerin oder "
			 "einen Empfänger.");
		return -1;
	}
	if (n > INVITE_MAX) {
		errs_add(e, "empfaenger",
			 "Bitte höchstens %d Empfänger auf einmal.",
			 INVITE_MAX);
		return -1;
	}
	arena *tmp = arena_new(64 * 1024);
	int rc = -1;
	struct meeting m;
	if (load_meeting(d, tmp, meeting_id, &m, e) < 0)
		goto out;
	/* Normalise and de-duplicate the addresses first: a bad one stops
	 * everything, with its name in the message. */
	struct invite_recipient *r = arena_calloc(tmp, n, sizeof *r);
	size_t nr = 0;
	for (size_t i = 0; i < n; i++) {
		char norm[256];
		if (!v[i].email ||
		    !email_normalise(v[i].email, norm, sizeof norm)) {
			errs_add(e, "adressen",
				 "„%.80s“ ist keine gültige E-Mail-Adresse.",
				 v[i].email ? v[i].email : "");
			continue;
		}
		bool dup = false;
		for (size_t k = 0; k < nr && !dup; k++)
			dup = strcmp(r[k].email, norm) == 0;
		if (dup)
			continue;
		r[nr] = v[i];
		r[nr].email = arena_strdup(tmp, norm);
		if (!r[nr].name)
			r[nr].name = "";
		nr++;
	}
	if (e->n)
		goto out;
	char *ics = meeting_ics(d, tmp, meeting_id, "REQUEST");
	if (!ics) {
		errs_add(e, NULL,
			 "Die Kalenderdatei konnte nicht erstellt "
			 "werden.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = true;
	int updated = 0;
	for (size_t i = 0; ok && i < nr; i++) {
		int seq = sent_sequence(d, meeting_id, r[i].email);
		enum kind k = seq >= 0 && seq < m.sequence ? K_UPDATE : K_NEW;
		updated += k == K_UPDATE;
		ok = queue_one(d, tmp, &m, &r[i], k, ics, true) == 0;
	}
	ok = ok && audit_add(d, a, "invite", "meeting", meeting_id,
			     "Einladung zu %s am %.10s an %zu Adresse(n) "
			     "(davon %d aktualisiert)",
			     m.title, m.starts_at, nr, updated) == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Einladungen konnten nicht gespeichert "
			 "werden.");
		goto out;
	}
	rc = (int)nr;
out:
	arena_free(tmp);
	return rc;
}

int invite_resend(db *d, const struct actor *a, int64_t meeting_id, bool all,
		  struct errs *e)
{
	if (a->role < ROLE_COORDINATION)
		return -2;
	arena *tmp = arena_new(64 * 1024);
	int rc = -1;
	struct meeting m;
	if (load_meeting(d, tmp, meeting_id, &m, e) < 0)
		goto out;
	struct invitation *inv = NULL;
	size_t n = invite_list(d, tmp, meeting_id, &inv);
	char *ics = meeting_ics(d, tmp, meeting_id, "REQUEST");
	if (!ics) {
		errs_add(e, NULL,
			 "Die Kalenderdatei konnte nicht erstellt "
			 "werden.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = true;
	int count = 0;
	for (size_t i = 0; ok && i < n; i++) {
		bool outdated = inv[i].sequence < m.sequence;
		if (!all && !outdated)
			continue;
		struct invite_recipient r = {inv[i].email, inv[i].name,
					     inv[i].org_id};
		ok = queue_one(d, tmp, &m, &r, outdated ? K_UPDATE : K_NEW, ics,
			       true) == 0;
		count++;
	}
	if (ok && count)
		ok = audit_add(d, a, "invite", "meeting", meeting_id,
			       "Einladung zu %s am %.10s erneut an %d "
			       "Adresse(n)",
			       m.title, m.starts_at, count) == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Einladungen konnten nicht gespeichert "
			 "werden.");
		goto out;
	}
	rc = count;
out:
	arena_free(tmp);
	return rc;
}

int invite_send_cancellation(db *d, const struct actor *a, int64_t meeting_id)
{
	if (a->role < ROLE_COORDINATION)
		return -2;
	arena *tmp = arena_new(64 * 1024);
	int rc = -1;
	struct meeting m;
	if (meeting_get(d, tmp, meeting_id, &m) < 0)
		goto out;
	struct invitation *inv = NULL;
	size_t n = invite_list(d, tmp, meeting_id, &inv);
	if (n == 0) {
		rc = 0;
		goto out;
	}
	char *ics = meeting_ics(d, tmp, meeting_id, "CANCEL");
	if (!ics || db_tx_begin(d) < 0)
		goto out;
	bool ok = true;
	for (size_t i = 0; ok && i < n; i++) {
		struct invite_recipient r = {inv[i].email, inv[i].name,
					     inv[i].org_id};
		ok = queue_one(d, tmp, &m, &r, K_CANCEL, ics, false) == 0;
	}
	ok = ok && audit_add(d, a, "invite", "meeting", meeting_id,
			     "Absage von %s am %.10s an %zu Adresse(n)",
			     m.title, m.starts_at, n) == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		goto out;
	}
	rc = (int)n;
out:
	arena_free(tmp);
	return rc;
}

size_t invite_list(db *d, arena *a, int64_t meeting_id, struct invitation **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_inv_list);
	if (!st)
		return 0;
	db_bind_int(st, 1, meeting_id);
	size_t n = 0, cap = 0;
	struct invitation *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		v[n] = (struct invitation){
			.email = arena_strdup(a, db_col_text(st, 0)),
			.name = arena_strdup(a, db_col_text(st, 1)),
			.org_name = arena_strdup(a, db_col_text(st, 2)),
			.org_id = sqlite3_column_int64(st, 3),
			.invited_at = arena_strdup(a, db_col_text(st, 4)),
			.sequence = sqlite3_column_int(st, 5),
		};
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static const char sql_candidates[] =
	"SELECT bm.organisation_id, o.name, coalesce(c.id, 0), "
	"coalesce(c.name, ''), coalesce(c.email, ''), "
	"coalesce(p.id, 0), coalesce(p.name, ''), coalesce(p.email, ''), "
	"o.email FROM body_member bm "
	"JOIN organisation o ON o.id = bm.organisation_id "
	"LEFT JOIN contact c ON c.id = bm.delegate_contact_id "
	"LEFT JOIN contact p ON p.id = bm.deputy_contact_id "
	"WHERE bm.body_id = ?1 ORDER BY o.name";

size_t invite_candidates(db *d, arena *a, int64_t body_id,
			 struct invite_candidate **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_candidates);
	if (!st)
		return 0;
	db_bind_int(st, 1, body_id);
	size_t n = 0, cap = 0;
	struct invite_candidate *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t org = sqlite3_column_int64(st, 0);
		const char *org_name = arena_strdup(a, db_col_text(st, 1));
		bool any = false;
		for (int k = 0; k < 2; k++) {
			int64_t cid = sqlite3_column_int64(st, 2 + 3 * k);
			const char *email = db_col_text(st, 4 + 3 * k);
			if (!cid || !*email)
				continue;
			v = arena_grow(a, v, n, &cap, sizeof *v);
			v[n++] = (struct invite_candidate){
				.org_id = org,
				.contact_id = cid,
				.org_name = org_name,
				.name = arena_strdup(
					a, db_col_text(st, 3 + 3 * k)),
				.email = arena_strdup(a, email),
				.deputy = k == 1,
			};
			any = true;
		}
		const char *oe = db_col_text(st, 8);
		if (!any && *oe) {
			v = arena_grow(a, v, n, &cap, sizeof *v);
			v[n++] = (struct invite_candidate){
				.org_id = org,
				.org_name = org_name,
				.name = org_name,
				.email = arena_strdup(a, oe),
			};
		}
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}
