/*
 * news.c - news to members (see news.h).
 */
#include "domain/news.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "domain/audit.h"
#include "domain/settings.h"
#include "mail/outbox.h"

static const char sql_insert[] =
	"INSERT INTO news (title, body_md, all_partners, created_by, "
	"created_at) VALUES (?1, ?2, ?3, ?4, ?5)";
static const char sql_add_recipient[] =
	"INSERT OR IGNORE INTO news_recipient (news_id, organisation_id) "
	"VALUES (?1, ?2)";
static const char sql_org_exists[] = "SELECT 1 FROM organisation WHERE id = ?1";
static const char sql_get[] =
	"SELECT id, title, body_md, all_partners, created_by, created_at, "
	"coalesce(emailed_at, '') FROM news WHERE id = ?1";
static const char sql_recipients[] =
	"SELECT organisation_id FROM news_recipient WHERE news_id = ?1 "
	"ORDER BY organisation_id";
static const char sql_for_org[] =
	"SELECT 1 FROM news n WHERE n.id = ?1 AND (n.all_partners = 1 OR "
	"EXISTS (SELECT 1 FROM news_recipient r WHERE r.news_id = n.id AND "
	"r.organisation_id = ?2))";
static const char sql_list[] =
	"SELECT id, title, body_md, all_partners, created_by, created_at, "
	"coalesce(emailed_at, '') FROM news n WHERE ?1 = 1 OR "
	"n.all_partners = 1 OR EXISTS (SELECT 1 FROM news_recipient r "
	"WHERE r.news_id = n.id AND r.organisation_id = ?2) "
	"ORDER BY created_at DESC, id DESC LIMIT ?3 OFFSET ?4";
static const char sql_count[] =
	"SELECT count(*) FROM news n WHERE ?1 = 1 OR n.all_partners = 1 OR "
	"EXISTS (SELECT 1 FROM news_recipient r WHERE r.news_id = n.id AND "
	"r.organisation_id = ?2)";
static const char sql_mail_all[] =
	"SELECT id, name, email FROM organisation WHERE membership = "
	"'member' AND archived = 0 AND email <> '' ORDER BY name";
static const char sql_mail_some[] =
	"SELECT o.id, o.name, o.email FROM news_recipient r JOIN "
	"organisation o ON o.id = r.organisation_id WHERE r.news_id = ?1 "
	"AND o.email <> '' ORDER BY o.name";
static const char sql_emailed[] =
	"UPDATE news SET emailed_at = ?2 WHERE id = ?1";

static bool org_exists(db *d, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql_org_exists);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	bool ok = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return ok;
}

static void validate(db *d, const struct news *n, struct errs *e)
{
	size_t tl = n->title ? strlen(n->title) : 0;
	if (tl == 0)
		errs_add(e, "title", "Bitte geben Sie eine Überschrift ein.");
	else if (tl > 200)
		errs_add(e, "title",
			 "Die Überschrift darf höchstens 200 "
			 "Zeichen lang sein.");
	else if (strpbrk(n->title, "\r\n"))
		errs_add(e, "title",
			 "Bitte die Überschrift ohne "
			 "Zeilenumbruch.");
	size_t bl = n->body_md ? strlen(n->body_md) : 0;
	if (bl == 0)
		errs_add(e, "body_md", "Bitte schreiben Sie einen Text.");
	else if (bl > 20000)
		errs_add(e, "body_md",
			 "Der Text darf höchstens 20 000 "
			 "Zeichen lang sein.");
	if (!n->all_partners) {
		if (n->norgs == 0)
			errs_add(e, "orgs",
				 "Bitte wählen Sie mindestens eine "
				 "Organisation – oder „alle Partner“.");
		else if (n->norgs > NEWS_MAX_RECIPIENTS)
			errs_add(e, "orgs",
				 "Bitte höchstens %d Organisationen – oder "
				 "„alle Partner“.",
				 NEWS_MAX_RECIPIENTS);
		for (size_t i = 0; i < n->norgs && i < NEWS_MAX_RECIPIENTS; i++)
			if (!org_exists(d, n->orgs[i])) {
				errs_add(e, "orgs",
					 "Eine gewählte Organisation gibt es "
					 "nicht.");
				break;
			}
	}
	if (n->created_at &&
	    (strlen(n->created_at) != 20 || n->created_at[10] != 'T'))
		errs_add(e, NULL, "Ungültiger Zeitpunkt.");
}

/* Queues the e-mails of item n (stored, with id) and sets emailed_at;
 * part of the caller's transaction. Returns the count or -1. */
static int queue_mails(db *d, arena *a, const struct news *n)
{
	const char *url = setting_get(d, a, "public_url");
	size_t ul = url ? strlen(url) : 0;
	while (ul > 0 && url[ul - 1] == '/')
		ul--;
	buf b;
	buf_init(&b, 64 * 1024);
	buf_printf(&b, "%s\n\n%s\n\n", n->title, n->body_md);
	if (ul)
		buf_printf(&b,
			   "Diese Nachricht finden Sie auch in Lotse: "
			   "%.*s/intern/neuigkeiten/%lld\n\n",
			   (int)ul, url, (long long)n->id);
	else
		buf_puts(&b, "Diese Nachricht finden Sie auch in Lotse unter "
			     "„Neuigkeiten“.\n\n");
	buf_printf(&b,
		   "Bitte geben Sie sie in Ihrer Organisation an alle "
		   "weiter, die sie betrifft.\n\n"
		   "Mit freundlichen Grüßen\n%s\n",
		   setting_get(d, a, "network_name"));
	if (buf_failed(&b)) {
		buf_free(&b);
		return -1;
	}
	char *text = arena_strdup(a, buf_str(&b));
	buf_free(&b);
	char *subject = arena_printf(a, "Neuigkeit: %s", n->title);
	sqlite3_stmt *st =
		db_stmt(d, n->all_partners ? sql_mail_all : sql_mail_some);
	if (!st)
		return -1;
	if (!n->all_partners)
		db_bind_int(st, 1, n->id);
	/* Collect first: outbox_enqueue uses its own statement. */
	struct rc {
		int64_t id;
		const char *name, *email;
	} *v = NULL;
	size_t cnt = 0, cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, cnt, &cap, sizeof *v);
		v[cnt++] = (struct rc){sqlite3_column_int64(st, 0),
				       arena_strdup(a, db_col_text(st, 1)),
				       arena_strdup(a, db_col_text(st, 2))};
	}
	sqlite3_reset(st);
	int queued = 0;
	for (size_t i = 0; i < cnt; i++) {
		struct mail m = {.kind = "news",
				 .ref_id = n->id,
				 .to = v[i].email,
				 .to_name = v[i].name,
				 .subject = subject,
				 .text = text};
		/* An organisation with a malformed address is skipped, not
		 * a reason to send nothing. */
		if (outbox_enqueue(d, &m) > 0)
			queued++;
	}
	char now[21];
	db_now(now);
	st = db_stmt(d, sql_emailed);
	if (!st)
		return -1;
	db_bind_int(st, 1, n->id);
	db_bind_text(st, 2, now);
	int r = sqlite3_step(st);
	sqlite3_reset(st);
	return r == SQLITE_DONE ? queued : -1;
}

int64_t news_create(db *d, const struct actor *a, const struct news *n,
		    bool email, struct errs *e)
{
	if (a->role < ROLE_COORDINATION)
		return -2;
	size_t before = e->n;
	validate(d, n, e);
	if (e->n > before)
		return -1;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	arena *tmp = arena_new(16384);
	int64_t id = -1;
	sqlite3_stmt *st = db_stmt(d, sql_insert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_text(st, 1, n->title);
		db_bind_text(st, 2, n->body_md);
		db_bind_int(st, 3, n->all_partners ? 1 : 0);
		db_bind_text(st, 4, a->label ? a->label : "");
		db_bind_text(st, 5, n->created_at ? n->created_at : now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
		id = sqlite3_last_insert_rowid(db_sqlite(d));
	}
	for (size_t i = 0; ok && !n->all_partners && i < n->norgs; i++) {
		st = db_stmt(d, sql_add_recipient);
		ok = st != NULL;
		if (ok) {
			db_bind_int(st, 1, id);
			db_bind_int(st, 2, n->orgs[i]);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
	}
	int queued = 0;
	if (ok && email) {
		struct news stored = *n;
		stored.id = id;
		queued = queue_mails(d, tmp, &stored);
		ok = queued >= 0;
	}
	ok = ok && audit_add(d, a, "create", "news", id,
			     "Neuigkeit „%s“ für %s%s", n->title,
			     n->all_partners ? "alle Partner"
					     : "ausgewählte Organisationen",
			     email ? ", per E-Mail versandt" : "") == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Neuigkeit konnte nicht gespeichert werden.");
		id = -1;
	}
	arena_free(tmp);
	return id;
}

static void read_news(sqlite3_stmt *st, arena *a, struct news *n)
{
	*n = (struct news){
		.id = sqlite3_column_int64(st, 0),
		.title = arena_strdup(a, db_col_text(st, 1)),
		.body_md = arena_strdup(a, db_col_text(st, 2)),
		.all_partners = sqlite3_column_int(st, 3) != 0,
		.created_by = arena_strdup(a, db_col_text(st, 4)),
		.created_at = arena_strdup(a, db_col_text(st, 5)),
		.emailed_at = arena_strdup(a, db_col_text(st, 6)),
	};
}

int news_get(db *d, arena *a, int64_t id, struct news *n)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return -1;
	}
	read_news(st, a, n);
	sqlite3_reset(st);
	st = db_stmt(d, sql_recipients);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		n->orgs =
			arena_grow(a, n->orgs, n->norgs, &cap, sizeof *n->orgs);
		n->orgs[n->norgs++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return 0;
}

bool news_for_org(db *d, int64_t id, int64_t org_id)
{
	sqlite3_stmt *st = db_stmt(d, sql_for_org);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	db_bind_int(st, 2, org_id);
	bool ok = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return ok;
}

size_t news_list(db *d, arena *a, bool all, int64_t org_id, int64_t offset,
		 int64_t limit, struct news **out, int64_t *total)
{
	*out = NULL;
	*total = 0;
	sqlite3_stmt *st = db_stmt(d, sql_count);
	if (!st)
		return 0;
	db_bind_int(st, 1, all ? 1 : 0);
	db_bind_int(st, 2, org_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		*total = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_int(st, 1, all ? 1 : 0);
	db_bind_int(st, 2, org_id);
	db_bind_int(st, 3, limit > 0 ? limit : 20);
	db_bind_int(st, 4, offset);
	size_t n = 0, cap = 0;
	struct news *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_news(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int news_email(db *d, const struct actor *a, int64_t id, struct errs *e)
{
	if (a->role < ROLE_COORDINATION)
		return -2;
	arena *tmp = arena_new(16384);
	int rc = -1;
	struct news n;
	if (news_get(d, tmp, id, &n) < 0) {
		errs_add(e, NULL, "Diese Neuigkeit gibt es nicht.");
		goto out;
	}
	if (n.emailed_at[0]) {
		errs_add(e, NULL,
			 "Diese Neuigkeit wurde schon per E-Mail versandt.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	int queued = queue_mails(d, tmp, &n);
	bool ok = queued >= 0 &&
		  audit_add(d, a, "email", "news", id,
			    "Neuigkeit „%s“ per E-Mail an %d Organisation(en)",
			    n.title, queued) == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die E-Mails konnten nicht gespeichert "
			 "werden.");
		goto out;
	}
	rc = queued;
out:
	arena_free(tmp);
	return rc;
}
