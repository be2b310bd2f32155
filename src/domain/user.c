/*
 * user.c - user accounts (see user.h).
 */
#include "domain/user.h"

#include <ctype.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "auth/password.h"
#include "auth/token.h"
#include "auth/totp.h"
#include "base/log.h"
#include "base/utf8.h"
#include "domain/audit.h"
#include "domain/session.h"

#define USER_COLS                                                              \
	"u.id, u.email, u.display_name, u.role, COALESCE(u.organisation_id, "  \
	"0), COALESCE(o.name, ''), u.password_hash, u.must_change_password, "  \
	"COALESCE(u.totp_secret, ''), COALESCE(u.totp_pending, ''), "          \
	"u.totp_last_step, u.active, u.created_at, "                           \
	"COALESCE(u.last_login_at, '') FROM app_user u LEFT JOIN "             \
	"organisation "                                                        \
	"o ON o.id = u.organisation_id"

static const char sql_get[] = "SELECT " USER_COLS " WHERE u.id = ?1";
static const char sql_by_email[] = "SELECT " USER_COLS " WHERE u.email = ?1";
static const char sql_list[] =
	"SELECT " USER_COLS " WHERE (?1 = '' OR u.role = ?1)"
	" AND (?2 = 0 OR u.organisation_id = ?2)"
	" AND (?3 IS NULL OR instr(lower(u.display_name || ' ' || u.email), "
	"lower(?3)) > 0)"
	" ORDER BY u.display_name COLLATE NOCASE, u.id";
static const char sql_insert[] =
	"INSERT INTO app_user (email, display_name, role, organisation_id, "
	"password_hash, must_change_password, created_at, "
	"password_changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";
static const char sql_org_exists[] = "SELECT 1 FROM organisation WHERE id = ?1";
static const char sql_set_password[] =
	"UPDATE app_user SET password_hash = ?2, must_change_password = ?3, "
	"password_changed_at = ?4 WHERE id = ?1";
static const char sql_rehash[] =
	"UPDATE app_user SET password_hash = ?2 WHERE id = ?1";
static const char sql_set_role[] =
	"UPDATE app_user SET role = ?2, organisation_id = ?3 WHERE id = ?1";
static const char sql_set_active[] =
	"UPDATE app_user SET active = ?2 WHERE id = ?1";
static const char sql_set_name[] =
	"UPDATE app_user SET display_name = ?2 WHERE id = ?1";
static const char sql_login[] =
	"UPDATE app_user SET last_login_at = ?2 WHERE id = ?1";
static const char sql_totp_begin[] =
	"UPDATE app_user SET totp_pending = ?2 WHERE id = ?1";
static const char sql_totp_enable[] =
	"UPDATE app_user SET totp_secret = totp_pending, totp_pending = NULL, "
	"totp_last_step = ?2 WHERE id = ?1";
static const char sql_totp_disable[] =
	"UPDATE app_user SET totp_secret = NULL, totp_pending = NULL, "
	"totp_last_step = 0 WHERE id = ?1";
static const char sql_totp_step[] =
	"UPDATE app_user SET totp_last_step = ?2 WHERE id = ?1 AND "
	"totp_last_step < ?2";
static const char sql_codes_clear[] =
	"DELETE FROM recovery_code WHERE user_id = ?1";
static const char sql_code_add[] =
	"INSERT INTO recovery_code (user_id, code_hash) VALUES (?1, ?2)";
static const char sql_code_use[] =
	"UPDATE recovery_code SET used_at = ?3 WHERE user_id = ?1 AND "
	"code_hash = ?2 AND used_at IS NULL";
static const char sql_codes_left[] =
	"SELECT count(*) FROM recovery_code WHERE user_id = ?1 AND used_at IS "
	"NULL";
static const char sql_admins_active[] =
	"SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1 AND "
	"id <> ?1";

static void fail(struct user_error *e, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void fail(struct user_error *e, const char *field, const char *fmt, ...)
{
	if (!e)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	e->field = field;
}

static void read_row(sqlite3_stmt *st, arena *a, struct user *u)
{
	u->id = sqlite3_column_int64(st, 0);
	u->email = arena_strdup(a, db_col_text(st, 1));
	u->display_name = arena_strdup(a, db_col_text(st, 2));
	int role = role_parse(db_col_text(st, 3));
	u->role = role < 0 ? ROLE_ANON : (enum role)role;
	u->org_id = sqlite3_column_int64(st, 4);
	u->org_name = arena_strdup(a, db_col_text(st, 5));
	u->password_hash = arena_strdup(a, db_col_text(st, 6));
	u->must_change_password = sqlite3_column_int(st, 7) != 0;
	u->totp_secret = arena_strdup(a, db_col_text(st, 8));
	u->totp_pending = arena_strdup(a, db_col_text(st, 9));
	u->totp_last_step = sqlite3_column_int64(st, 10);
	u->active = sqlite3_column_int(st, 11) != 0;
	u->created_at = arena_strdup(a, db_col_text(st, 12));
	u->last_login_at = arena_strdup(a, db_col_text(st, 13));
}

int user_get(db *d, arena *a, int64_t id, struct user *u)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, u);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

bool email_normalise(const char *in, char *out, size_t outlen)
{
	if (!in)
		return false;
	while (*in == ' ')
		in++;
	size_t n = strlen(in);
	while (n && in[n - 1] == ' ')
		n--;
	if (n < 3 || n >= outlen || n > 254)
		return false;
	const char *at = memchr(in, '@', n);
	if (!at || at == in || at == in + n - 1 ||
	    memchr(at + 1, '@', n - (size_t)(at - in) - 1))
		return false;
	const char *dot = memchr(at + 1, '.', n - (size_t)(at - in) - 1);
	if (!dot || dot == at + 1 || in[n - 1] == '.')
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"' ||
		    c == ',' || c == ';' || c == '\\' || c == '(' || c == ')')
			return false;
		out[i] = (char)tolower(c);
	}
	out[n] = '\0';
	return utf8_valid(out, n);
}

int user_by_email(db *d, arena *a, const char *email, struct user *u)
{
	char norm[256];
	if (!email_normalise(email, norm, sizeof norm))
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_by_email);
	if (!st)
		return -1;
	db_bind_text(st, 1, norm);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, u);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

size_t user_list(db *d, arena *a, enum role role, int64_t org_id, const char *q,
		 struct user **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_text(st, 1, role > ROLE_ANON ? role_code(role) : "");
	db_bind_int(st, 2, org_id);
	db_bind_text(st, 3, q && *q ? q : NULL);
	size_t n = 0, cap = 0;
	struct user *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static bool org_exists(db *d, int64_t org_id)
{
	sqlite3_stmt *st = db_stmt(d, sql_org_exists);
	if (!st)
		return false;
	db_bind_int(st, 1, org_id);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* Checks role and organisation together. */
static bool check_role_org(db *d, enum role role, int64_t org_id,
			   struct user_error *e)
{
	if (role < ROLE_PARTNER || role >= ROLE_COUNT) {
		fail(e, "role", "Bitte wählen Sie eine Rolle.");
		return false;
	}
	if ((role == ROLE_PARTNER || role == ROLE_VISITS) && org_id <= 0) {
		fail(e, "org",
		     "Partner- und Besuchsdienst-Konten gehören zu "
		     "einer Organisation. Bitte wählen Sie eine aus.");
		return false;
	}
	if (org_id > 0 && !org_exists(d, org_id)) {
		fail(e, "org", "Diese Organisation gibt es nicht.");
		return false;
	}
	return true;
}

static bool check_name(const char *name, struct user_error *e)
{
	size_t n = name ? strlen(name) : 0;
	if (n == 0) {
		fail(e, "name", "Bitte geben Sie einen Namen ein.");
		return false;
	}
	if (!utf8_valid(name, n) || utf8_length(name, n) > 120) {
		fail(e, "name",
		     "Der Name darf höchstens 120 Zeichen lang sein.");
		return false;
	}
	return true;
}

int64_t user_create(db *d, const struct actor *a, const char *email,
		    const char *name, enum role role, int64_t org_id,
		    const char *password, bool must_change,
		    struct user_error *e)
{
	if (a->role < ROLE_ADMIN) {
		fail(e, NULL, "Nur die Administration darf Konten anlegen.");
		return -1;
	}
	char norm[256];
	if (!email_normalise(email, norm, sizeof norm)) {
		fail(e, "email",
		     "Bitte geben Sie eine gültige E-Mail-Adresse "
		     "ein, zum Beispiel name@beispiel.de.");
		return -1;
	}
	if (!check_name(name, e) || !check_role_org(d, role, org_id, e))
		return -1;
	const char *why = password_policy(password, norm, name);
	if (why) {
		fail(e, "password", "%s", why);
		return -1;
	}
	arena *tmp = arena_new(1024);
	struct user existing;
	bool taken = user_by_email(d, tmp, norm, &existing) == 0;
	arena_free(tmp);
	if (taken) {
		fail(e, "email",
		     "Zu dieser E-Mail-Adresse gibt es schon ein "
		     "Konto.");
		return -1;
	}
	char hash[PASSWORD_HASH_MAX];
	if (password_hash(password, hash) < 0) {
		fail(e, NULL, "Das Passwort konnte nicht gespeichert werden.");
		return -1;
	}
	if (db_tx_begin(d) < 0) {
		fail(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql_insert);
	char now[21];
	db_now(now);
	int64_t id = -1;
	if (st) {
		db_bind_text(st, 1, norm);
		db_bind_text(st, 2, name);
		db_bind_text(st, 3, role_code(role));
		if (org_id > 0)
			db_bind_int(st, 4, org_id);
		db_bind_text(st, 5, hash);
		db_bind_int(st, 6, must_change);
		db_bind_text(st, 7, now);
		if (sqlite3_step(st) == SQLITE_DONE)
			id = sqlite3_last_insert_rowid(db_sqlite(d));
		sqlite3_reset(st);
	}
	if (id < 0 ||
	    audit_add(d, a, "create", "user", id,
		      "Konto %s (%s) angelegt, Rolle %s", norm, name,
		      role_code(role)) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		fail(e, NULL, "Das Konto konnte nicht angelegt werden.");
		return -1;
	}
	sodium_memzero(hash, sizeof hash);
	return id;
}

/* The actor may change user id when it is an admin or the user itself. */
static bool may_manage(const struct actor *a, int64_t id)
{
	return a->role >= ROLE_ADMIN || (a->user_id && a->user_id == id);
}

/* Runs one UPDATE with (id, value) and an audit entry in a transaction. */
static int update_one(db *d, const struct actor *a, const char *sql, int64_t id,
		      const char *text, int64_t num, bool use_text,
		      const char *action, const char *summary,
		      struct user_error *e)
{
	if (db_tx_begin(d) < 0) {
		fail(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql);
	int ok = 0;
	if (st) {
		db_bind_int(st, 1, id);
		if (use_text)
			db_bind_text(st, 2, text);
		else
			db_bind_int(st, 2, num);
		ok = sqlite3_step(st) == SQLITE_DONE &&
		     sqlite3_changes(db_sqlite(d)) == 1;
		sqlite3_reset(st);
	}
	if (!ok || audit_add(d, a, action, "user", id, "%s", summary) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		fail(e, NULL, "Die Änderung konnte nicht gespeichert werden.");
		return -1;
	}
	return 0;
}

int user_set_password(db *d, const struct actor *a, int64_t id,
		      const char *old_password, const char *password,
		      struct user_error *e)
{
	if (!may_manage(a, id)) {
		fail(e, NULL, "Sie dürfen dieses Konto nicht ändern.");
		return -1;
	}
	arena *tmp = arena_new(2048);
	struct user u;
	int rc = -1;
	if (user_get(d, tmp, id, &u) < 0) {
		fail(e, NULL, "Dieses Konto gibt es nicht.");
		goto out;
	}
	if (old_password && !password_verify(u.password_hash, old_password)) {
		fail(e, "old_password", "Das bisherige Passwort stimmt nicht.");
		goto out;
	}
	const char *why = password_policy(password, u.email, u.display_name);
	if (why) {
		fail(e, "password", "%s", why);
		goto out;
	}
	if (old_password && strcmp(old_password, password) == 0) {
		fail(e, "password",
		     "Das neue Passwort muss sich vom bisherigen "
		     "unterscheiden.");
		goto out;
	}
	char hash[PASSWORD_HASH_MAX];
	if (password_hash(password, hash) < 0) {
		fail(e, NULL, "Das Passwort konnte nicht gespeichert werden.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		fail(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_set_password);
	char now[21];
	db_now(now);
	bool ok = false;
	if (st) {
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, hash);
		/* An admin setting someone else's password: they choose their
		 * own at the next sign-in. */
		db_bind_int(st, 3, a->user_id != id);
		db_bind_text(st, 4, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	sodium_memzero(hash, sizeof hash);
	if (!ok || session_end_user(d, id, NULL) < 0 ||
	    audit_add(d, a, "password", "user", id,
		      a->user_id == id ? "Passwort geändert"
				       : "Passwort neu gesetzt") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		fail(e, NULL, "Das Passwort konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

void user_rehash(db *d, int64_t id, const char *password)
{
	char hash[PASSWORD_HASH_MAX];
	if (password_hash(password, hash) < 0)
		return;
	sqlite3_stmt *st = db_stmt(d, sql_rehash);
	if (st) {
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, hash);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	sodium_memzero(hash, sizeof hash);
}

/* True when id is the last active administrator (who must not be demoted
 * or disabled, or nobody could manage accounts any more). */
static bool last_admin(db *d, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql_admins_active);
	if (!st)
		return true;
	db_bind_int(st, 1, id);
	int64_t others = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		others = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return others == 0;
}

int user_set_role(db *d, const struct actor *a, int64_t id, enum role role,
		  int64_t org_id, struct user_error *e)
{
	if (a->role < ROLE_ADMIN) {
		fail(e, NULL, "Nur die Administration darf Rollen ändern.");
		return -1;
	}
	if (!check_role_org(d, role, org_id, e))
		return -1;
	arena *tmp = arena_new(2048);
	struct user u;
	int rc = -1;
	if (user_get(d, tmp, id, &u) < 0) {
		fail(e, NULL, "Dieses Konto gibt es nicht.");
		goto out;
	}
	if (u.role == ROLE_ADMIN && role != ROLE_ADMIN && last_admin(d, id)) {
		fail(e, "role",
		     "Das ist das letzte aktive Administrationskonto; "
		     "es muss Administration bleiben.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		fail(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_set_role);
	bool ok = false;
	if (st) {
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, role_code(role));
		if (org_id > 0)
			db_bind_int(st, 3, org_id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	/* New rights take effect at the next sign-in: end the sessions. */
	if (!ok || session_end_user(d, id, NULL) < 0 ||
	    audit_add(d, a, "role", "user", id,
		      "Rolle von %s auf %s geändert (Organisation %lld)",
		      role_code(u.role), role_code(role),
		      (long long)org_id) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		fail(e, NULL, "Die Rolle konnte nicht geändert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int user_set_active(db *d, const struct actor *a, int64_t id, bool active,
		    struct user_error *e)
{
	if (a->role < ROLE_ADMIN) {
		fail(e, NULL, "Nur die Administration darf Konten sperren.");
		return -1;
	}
	arena *tmp = arena_new(2048);
	struct user u;
	int rc = -1;
	if (user_get(d, tmp, id, &u) < 0) {
		fail(e, NULL, "Dieses Konto gibt es nicht.");
		goto out;
	}
	if (!active && u.role == ROLE_ADMIN && last_admin(d, id)) {
		fail(e, NULL,
		     "Das letzte aktive Administrationskonto kann nicht "
		     "gesperrt werden.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		fail(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_set_active);
	bool ok = false;
	if (st) {
		db_bind_int(st, 1, id);
		db_bind_int(st, 2, active);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok || (!active && session_end_user(d, id, NULL) < 0) ||
	    audit_add(d, a, active ? "enable" : "disable", "user", id,
		      active ? "Konto %s entsperrt" : "Konto %s gesperrt",
		      u.email) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		fail(e, NULL, "Die Änderung konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int user_set_name(db *d, const struct actor *a, int64_t id, const char *name,
		  struct user_error *e)
{
	if (!may_manage(a, id)) {
		fail(e, NULL, "Sie dürfen dieses Konto nicht ändern.");
		return -1;
	}
	if (!check_name(name, e))
		return -1;
	char summary[300];
	snprintf(summary, sizeof summary, "Name geändert in „%s“", name);
	return update_one(d, a, sql_set_name, id, name, 0, true, "update",
			  summary, e);
}

void user_record_login(db *d, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql_login);
	if (!st)
		return;
	char now[21];
	db_now(now);
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, now);
	sqlite3_step(st);
	sqlite3_reset(st);
}

int user_totp_begin(db *d, int64_t id, const char *secret_hex)
{
	sqlite3_stmt *st = db_stmt(d, sql_totp_begin);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, secret_hex);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	return rc;
}

/* "abcd-efgh-ijkl" from 9 random bytes (base64url, dashes for reading). */
static void new_recovery_code(char out[16])
{
	char raw[16];
	token_random(raw, sizeof raw, 9);
	for (size_t i = 0, j = 0; i < 12; i++) {
		char c = raw[i];
		if (c == '-' || c == '_')
			c = 'x';
		out[j++] = (char)tolower((unsigned char)c);
		if (i == 3 || i == 7)
			out[j++] = '-';
	}
	out[14] = '\0';
}

int user_totp_enable(db *d, const struct actor *a, int64_t id, const char *code,
		     char codes[RECOVERY_CODES][16], struct user_error *e)
{
	if (!may_manage(a, id) || a->user_id != id) {
		fail(e, NULL,
		     "Die Bestätigung mit zwei Faktoren richtet jede "
		     "Person selbst ein.");
		return -1;
	}
	arena *tmp = arena_new(2048);
	struct user u;
	int rc = -1;
	if (user_get(d, tmp, id, &u) < 0 || !u.totp_pending[0]) {
		fail(e, NULL,
		     "Bitte beginnen Sie die Einrichtung noch einmal.");
		goto out;
	}
	int64_t step = totp_verify(u.totp_pending, code, clock_unix(), 0);
	if (step < 0) {
		fail(e, "code",
		     "Der Code stimmt nicht. Bitte geben Sie den "
		     "aktuellen sechsstelligen Code aus Ihrer App "
		     "ein.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		fail(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = false;
	sqlite3_stmt *st = db_stmt(d, sql_totp_enable);
	if (st) {
		db_bind_int(st, 1, id);
		db_bind_int(st, 2, step);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	st = ok ? db_stmt(d, sql_codes_clear) : NULL;
	if (st) {
		db_bind_int(st, 1, id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	for (int i = 0; ok && i < RECOVERY_CODES; i++) {
		new_recovery_code(codes[i]);
		char h[65];
		token_hash(codes[i], h);
		st = db_stmt(d, sql_code_add);
		ok = st != NULL;
		if (st) {
			db_bind_int(st, 1, id);
			db_bind_text(st, 2, h);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
	}
	if (!ok ||
	    audit_add(d, a, "2fa_on", "user", id,
		      "Zwei-Faktor-Anmeldung eingeschaltet") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		fail(e, NULL,
		     "Die Einrichtung konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int user_totp_disable(db *d, const struct actor *a, int64_t id,
		      struct user_error *e)
{
	if (!may_manage(a, id)) {
		fail(e, NULL, "Sie dürfen dieses Konto nicht ändern.");
		return -1;
	}
	if (db_tx_begin(d) < 0) {
		fail(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	bool ok = false;
	sqlite3_stmt *st = db_stmt(d, sql_totp_disable);
	if (st) {
		db_bind_int(st, 1, id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	st = ok ? db_stmt(d, sql_codes_clear) : NULL;
	if (st) {
		db_bind_int(st, 1, id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "2fa_off", "user", id,
		      a->user_id == id
			      ? "Zwei-Faktor-Anmeldung ausgeschaltet"
			      : "Zwei-Faktor-Anmeldung von der Administration "
				"zurückgesetzt") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		fail(e, NULL, "Die Änderung konnte nicht gespeichert werden.");
		return -1;
	}
	return 0;
}

bool user_second_factor(db *d, const struct user *u, const char *code,
			int64_t now)
{
	if (!u->totp_secret[0] || !code)
		return false;
	int64_t step =
		totp_verify(u->totp_secret, code, now, u->totp_last_step);
	if (step > 0) {
		/* Record the step; the WHERE clause makes a concurrent second
		 * use of the same code fail. */
		sqlite3_stmt *st = db_stmt(d, sql_totp_step);
		if (!st)
			return false;
		db_bind_int(st, 1, u->id);
		db_bind_int(st, 2, step);
		bool ok = sqlite3_step(st) == SQLITE_DONE &&
			  sqlite3_changes(db_sqlite(d)) == 1;
		sqlite3_reset(st);
		return ok;
	}
	/* A recovery code: "abcd-efgh-ijkl", typed with or without dashes. */
	char norm[16];
	size_t j = 0;
	for (const char *p = code; *p && j < 14; p++) {
		if (*p == ' ' || *p == '-')
			continue;
		norm[j++] = (char)tolower((unsigned char)*p);
		if (j == 4 || j == 9)
			norm[j++] = '-';
	}
	norm[j] = '\0';
	if (j != 14)
		return false;
	char h[65];
	token_hash(norm, h);
	sqlite3_stmt *st = db_stmt(d, sql_code_use);
	if (!st)
		return false;
	char now_iso[21];
	db_now(now_iso);
	db_bind_int(st, 1, u->id);
	db_bind_text(st, 2, h);
	db_bind_text(st, 3, now_iso);
	bool ok = sqlite3_step(st) == SQLITE_DONE &&
		  sqlite3_changes(db_sqlite(d)) == 1;
	sqlite3_reset(st);
	return ok;
}

int user_recovery_left(db *d, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql_codes_left);
	if (!st)
		return 0;
	db_bind_int(st, 1, id);
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	return n;
}
