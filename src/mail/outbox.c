/*
 * outbox.c - queueing outgoing e-mail (see outbox.h).
 */
#include "mail/outbox.h"

#include <stdio.h>
#include <string.h>

#include "auth/token.h"

static const char sql_enqueue[] =
	"INSERT INTO outbox (kind, ref_id, recipient, recipient_name, "
	"subject, body_text, ics, ics_method, next_attempt_at, message_id, "
	"created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)";

/* A plausible single address: no spaces or line breaks (header
 * injection), one '@' with text on both sides. */
static int address_ok(const char *s)
{
	if (!s || !*s || strlen(s) > 254)
		return 0;
	const char *at = strchr(s, '@');
	if (!at || at == s || !at[1] || strchr(at + 1, '@'))
		return 0;
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' ||
		    *p == ',' || *p == ';' || *p == '"')
			return 0;
	return 1;
}

int64_t outbox_enqueue(db *d, const struct mail *m)
{
	if (!m || !m->kind || !m->subject || !m->text || !address_ok(m->to))
		return -1;
	char now[21], rnd[33], msgid[80];
	db_now(now);
	token_random(rnd, sizeof rnd, 16);
	snprintf(msgid, sizeof msgid, "<%s@lotse.invalid>", rnd);
	sqlite3_stmt *st = db_stmt(d, sql_enqueue);
	if (!st)
		return -1;
	db_bind_text(st, 1, m->kind);
	if (m->ref_id)
		db_bind_int(st, 2, m->ref_id);
	db_bind_text(st, 3, m->to);
	db_bind_text(st, 4, m->to_name ? m->to_name : "");
	db_bind_text(st, 5, m->subject);
	db_bind_text(st, 6, m->text);
	if (m->ics) {
		db_bind_text(st, 7, m->ics);
		db_bind_text(st, 8, m->ics_method ? m->ics_method : "REQUEST");
	}
	db_bind_text(st, 9, now);
	db_bind_text(st, 10, msgid);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
	return sqlite3_last_insert_rowid(db_sqlite(d));
}

/* --- the outbox page (N3) ---------------------------------------------- */

#include "domain/audit.h"

static const char sql_list[] =
	"SELECT id, coalesce(ref_id, 0), kind, recipient, recipient_name, "
	"subject, status, attempts, next_attempt_at, last_error, created_at, "
	"coalesce(sent_at, ''), ics IS NOT NULL FROM outbox "
	"WHERE (?1 = '' OR kind = ?1) AND (?2 = '' OR status = ?2) "
	"AND (?3 = 0 OR ref_id = ?3) ORDER BY id DESC LIMIT ?4 OFFSET ?5";
static const char sql_count[] =
	"SELECT count(*) FROM outbox WHERE (?1 = '' OR kind = ?1) AND "
	"(?2 = '' OR status = ?2) AND (?3 = 0 OR ref_id = ?3)";
static const char sql_get[] =
	"SELECT id, coalesce(ref_id, 0), kind, recipient, recipient_name, "
	"subject, status, attempts, next_attempt_at, last_error, created_at, "
	"coalesce(sent_at, ''), ics IS NOT NULL, body_text FROM outbox "
	"WHERE id = ?1";
static const char sql_counts[] =
	"SELECT status, count(*) FROM outbox GROUP BY status";
static const char sql_retry[] =
	"UPDATE outbox SET status = 'pending', attempts = 0, "
	"next_attempt_at = ?2, last_error = '' WHERE id = ?1 AND "
	"status <> 'sent'";

static void read_row(sqlite3_stmt *st, arena *a, struct outbox_row *r)
{
	*r = (struct outbox_row){
		.id = sqlite3_column_int64(st, 0),
		.ref_id = sqlite3_column_int64(st, 1),
		.kind = arena_strdup(a, db_col_text(st, 2)),
		.recipient = arena_strdup(a, db_col_text(st, 3)),
		.recipient_name = arena_strdup(a, db_col_text(st, 4)),
		.subject = arena_strdup(a, db_col_text(st, 5)),
		.status = arena_strdup(a, db_col_text(st, 6)),
		.attempts = sqlite3_column_int(st, 7),
		.next_attempt_at = arena_strdup(a, db_col_text(st, 8)),
		.last_error = arena_strdup(a, db_col_text(st, 9)),
		.created_at = arena_strdup(a, db_col_text(st, 10)),
		.sent_at = arena_strdup(a, db_col_text(st, 11)),
		.has_ics = sqlite3_column_int(st, 12) != 0,
	};
}

size_t outbox_list(db *d, arena *a, const struct outbox_filter *f,
		   struct outbox_row **out, int64_t *total)
{
	*out = NULL;
	*total = 0;
	const char *kind = f->kind ? f->kind : "";
	const char *status = f->status ? f->status : "";
	sqlite3_stmt *st = db_stmt(d, sql_count);
	if (!st)
		return 0;
	db_bind_text(st, 1, kind);
	db_bind_text(st, 2, status);
	db_bind_int(st, 3, f->ref_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		*total = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_text(st, 1, kind);
	db_bind_text(st, 2, status);
	db_bind_int(st, 3, f->ref_id);
	db_bind_int(st, 4, f->limit > 0 ? f->limit : 50);
	db_bind_int(st, 5, f->offset);
	size_t n = 0, cap = 0;
	struct outbox_row *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int outbox_get(db *d, arena *a, int64_t id, struct outbox_row *row)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, row);
		row->text = arena_strdup(a, db_col_text(st, 13));
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

void outbox_counts(db *d, int64_t *pending, int64_t *sent, int64_t *failed)
{
	*pending = *sent = *failed = 0;
	sqlite3_stmt *st = db_stmt(d, sql_counts);
	if (!st)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *s = db_col_text(st, 0);
		int64_t n = sqlite3_column_int64(st, 1);
		if (strcmp(s, "pending") == 0)
			*pending = n;
		else if (strcmp(s, "sent") == 0)
			*sent = n;
		else if (strcmp(s, "failed") == 0)
			*failed = n;
	}
	sqlite3_reset(st);
}

int outbox_retry(db *d, const struct actor *a, int64_t id)
{
	if (a->role < ROLE_COORDINATION)
		return -2;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_retry);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, now);
		ok = sqlite3_step(st) == SQLITE_DONE &&
		     sqlite3_changes(db_sqlite(d)) == 1;
		sqlite3_reset(st);
	}
	ok = ok && audit_add(d, a, "retry", "outbox", id,
			     "Nachricht %lld wird erneut versandt",
			     (long long)id) == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		return -1;
	}
	return 0;
}

static const char sql_retry_failed[] =
	"UPDATE outbox SET status = 'pending', attempts = 0, "
	"next_attempt_at = ?1, last_error = '' WHERE status = 'failed'";

int outbox_retry_failed(db *d, const struct actor *a)
{
	if (a->role < ROLE_COORDINATION)
		return -2;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_retry_failed);
	bool ok = st != NULL;
	int n = 0;
	if (ok) {
		db_bind_text(st, 1, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		n = sqlite3_changes(db_sqlite(d));
		sqlite3_reset(st);
	}
	ok = ok && (n == 0 || audit_add(d, a, "retry", "outbox", 0,
					"%d fehlgeschlagene Nachricht(en) "
					"werden erneut versandt",
					n) == 0);
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		return -1;
	}
	return n;
}

const char *outbox_status_label(const char *status)
{
	if (strcmp(status, "pending") == 0)
		return "wartet";
	if (strcmp(status, "sent") == 0)
		return "gesendet";
	if (strcmp(status, "failed") == 0)
		return "fehlgeschlagen";
	return status;
}

const char *outbox_kind_label(const char *kind)
{
	static const char *const map[][2] = {
		{"invitation", "Einladung"}, {"cancellation", "Absage"},
		{"waitlist", "Nachrücken"},  {"minutes", "Protokoll"},
		{"news", "Neuigkeit"},	     {"join", "Aufnahme"},
		{"reminder", "Erinnerung"},
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (strcmp(map[i][0], kind) == 0)
			return map[i][1];
	return kind;
}
