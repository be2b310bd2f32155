/*
 * session.c - sessions and sign-in throttling (see session.h).
 */
#include "domain/session.h"

#include <stdio.h>
#include <string.h>

#include "auth/token.h"
#include "base/log.h"
#include "base/utf8.h"

struct session_limits session_limits = {1800, 43200};

static const char sql_insert[] =
	"INSERT INTO session (id_hash, user_id, csrf, mfa_pending, created_at, "
	"last_seen, remote_addr, user_agent) VALUES (?1, ?2, ?3, ?4, ?5, ?5, "
	"?6, ?7)";
static const char sql_get[] =
	"SELECT user_id, csrf, mfa_pending, created_at, last_seen, "
	"remote_addr, user_agent FROM session WHERE id_hash = ?1";
static const char sql_touch[] =
	"UPDATE session SET last_seen = ?2 WHERE id_hash = ?1";
static const char sql_delete[] = "DELETE FROM session WHERE id_hash = ?1";
static const char sql_delete_user[] =
	"DELETE FROM session WHERE user_id = ?1 AND (?2 IS NULL OR id_hash <> "
	"?2)";
static const char sql_list[] =
	"SELECT id_hash, user_id, csrf, mfa_pending, created_at, last_seen, "
	"remote_addr, user_agent FROM session WHERE user_id = ?1 AND "
	"last_seen > ?2 AND created_at > ?3 ORDER BY last_seen DESC";
static const char sql_purge[] =
	"DELETE FROM session WHERE last_seen <= ?1 OR created_at <= ?2";
static const char sql_purge_attempts[] =
	"DELETE FROM login_attempt WHERE at < ?1";
static const char sql_fail_email[] =
	"SELECT count(*), COALESCE(min(at), 0) FROM login_attempt WHERE "
	"email = ?1 AND success = 0 AND at > ?2 AND id > COALESCE((SELECT "
	"max(id) FROM login_attempt WHERE email = ?1 AND success = 1), 0)";
static const char sql_fail_addr[] =
	"SELECT count(*), COALESCE(min(at), 0) FROM login_attempt WHERE "
	"remote_addr = ?1 AND success = 0 AND at > ?2";
static const char sql_attempt[] =
	"INSERT INTO login_attempt (email, remote_addr, at, success) VALUES "
	"(?1, ?2, ?3, ?4)";

int session_create(db *d, int64_t user_id, bool mfa_pending, const char *addr,
		   const char *user_agent, char token[SESSION_TOKEN_LEN],
		   char csrf[SESSION_TOKEN_LEN])
{
	token_random(token, SESSION_TOKEN_LEN, 32);
	token_random(csrf, SESSION_TOKEN_LEN, 32);
	char h[65];
	token_hash(token, h);
	sqlite3_stmt *st = db_stmt(d, sql_insert);
	if (!st)
		return -1;
	db_bind_text(st, 1, h);
	db_bind_int(st, 2, user_id);
	db_bind_text(st, 3, csrf);
	db_bind_int(st, 4, mfa_pending);
	db_bind_int(st, 5, clock_unix());
	db_bind_text(st, 6, addr ? addr : "");
	/* Enough of the user agent to recognise a device in the list. */
	char ua[200] = "";
	if (user_agent && utf8_valid(user_agent, strlen(user_agent)))
		snprintf(ua, sizeof ua, "%.*s",
			 (int)utf8_prefix(user_agent, strlen(user_agent),
					  sizeof ua - 1),
			 user_agent);
	db_bind_text(st, 7, ua);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	return rc;
}

static bool expired(int64_t created, int64_t seen, int64_t now)
{
	return now - seen > session_limits.idle_s ||
	       now - created > session_limits.max_s;
}

int session_lookup(db *d, arena *a, const char *token, int64_t now,
		   struct session *s)
{
	if (!token || strlen(token) != SESSION_TOKEN_LEN - 1)
		return -1;
	token_hash(token, s->id_hash);
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_text(st, 1, s->id_hash);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		s->user_id = sqlite3_column_int64(st, 0);
		s->csrf = arena_strdup(a, db_col_text(st, 1));
		s->mfa_pending = sqlite3_column_int(st, 2) != 0;
		s->created_at = sqlite3_column_int64(st, 3);
		s->last_seen = sqlite3_column_int64(st, 4);
		s->remote_addr = arena_strdup(a, db_col_text(st, 5));
		s->user_agent = arena_strdup(a, db_col_text(st, 6));
		rc = 0;
	}
	sqlite3_reset(st);
	if (rc < 0)
		return -1;
	if (expired(s->created_at, s->last_seen, now)) {
		session_end(d, s->id_hash);
		return -1;
	}
	if (now - s->last_seen >= 60) {
		st = db_stmt(d, sql_touch);
		if (st) {
			db_bind_text(st, 1, s->id_hash);
			db_bind_int(st, 2, now);
			sqlite3_step(st);
			sqlite3_reset(st);
		}
		s->last_seen = now;
	}
	return 0;
}

int session_end(db *d, const char *id_hash)
{
	sqlite3_stmt *st = db_stmt(d, sql_delete);
	if (!st)
		return -1;
	db_bind_text(st, 1, id_hash);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	return rc;
}

int session_end_user(db *d, int64_t user_id, const char *except_hash)
{
	sqlite3_stmt *st = db_stmt(d, sql_delete_user);
	if (!st)
		return -1;
	db_bind_int(st, 1, user_id);
	db_bind_text(st, 2, except_hash);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	return rc;
}

size_t session_list(db *d, arena *a, int64_t user_id, int64_t now,
		    struct session **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_int(st, 1, user_id);
	db_bind_int(st, 2, now - session_limits.idle_s);
	db_bind_int(st, 3, now - session_limits.max_s);
	size_t n = 0, cap = 0;
	struct session *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		struct session *s = &v[n++];
		snprintf(s->id_hash, sizeof s->id_hash, "%s",
			 db_col_text(st, 0));
		s->user_id = sqlite3_column_int64(st, 1);
		s->csrf = "";
		s->mfa_pending = sqlite3_column_int(st, 3) != 0;
		s->created_at = sqlite3_column_int64(st, 4);
		s->last_seen = sqlite3_column_int64(st, 5);
		s->remote_addr = arena_strdup(a, db_col_text(st, 6));
		s->user_agent = arena_strdup(a, db_col_text(st, 7));
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

void session_purge(db *d, int64_t now)
{
	sqlite3_stmt *st = db_stmt(d, sql_purge);
	if (st) {
		db_bind_int(st, 1, now - session_limits.idle_s);
		db_bind_int(st, 2, now - session_limits.max_s);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	st = db_stmt(d, sql_purge_attempts);
	if (st) {
		db_bind_int(st, 1, now - 86400);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
}

/* Failures in the window and the time of the oldest of them. */
static void failures(db *d, const char *sql, const char *key, int64_t now,
		     int64_t *count, int64_t *oldest)
{
	*count = 0;
	*oldest = 0;
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return;
	db_bind_text(st, 1, key);
	db_bind_int(st, 2, now - LOGIN_WINDOW_S);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*count = sqlite3_column_int64(st, 0);
		*oldest = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
}

int64_t login_wait(db *d, const char *email, const char *addr, int64_t now)
{
	int64_t n, oldest, wait = 0;
	failures(d, sql_fail_email, email, now, &n, &oldest);
	if (n >= LOGIN_MAX_PER_ACCOUNT)
		wait = oldest + LOGIN_WINDOW_S - now;
	failures(d, sql_fail_addr, addr, now, &n, &oldest);
	if (n >= LOGIN_MAX_PER_ADDRESS && oldest + LOGIN_WINDOW_S - now > wait)
		wait = oldest + LOGIN_WINDOW_S - now;
	return wait > 0 ? wait : 0;
}

void login_record(db *d, const char *email, const char *addr, int64_t now,
		  bool success)
{
	sqlite3_stmt *st = db_stmt(d, sql_attempt);
	if (!st)
		return;
	db_bind_text(st, 1, email);
	db_bind_text(st, 2, addr);
	db_bind_int(st, 3, now);
	db_bind_int(st, 4, success);
	sqlite3_step(st);
	sqlite3_reset(st);
}
