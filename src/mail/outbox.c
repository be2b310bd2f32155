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
