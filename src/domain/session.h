/*
 * session.h - sign-in sessions and sign-in throttling.
 *
 * A session id is 256 random bits, sent to the browser once as a cookie and
 * stored only as its hash. Each session has its own CSRF token. Sessions
 * end after an idle time (default 30 minutes) or an absolute time (default
 * 12 hours), at sign-out, and when the password or role changes.
 */
#ifndef LOTSE_SESSION_H
#define LOTSE_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

#define SESSION_TOKEN_LEN 44 /* base64url of 32 bytes, plus NUL */

struct session {
	char id_hash[65];
	int64_t user_id;
	const char *csrf;
	bool mfa_pending;
	int64_t created_at, last_seen;
	const char *remote_addr, *user_agent;
};

struct session_limits {
	int64_t idle_s; /* default 1800 */
	int64_t max_s;	/* default 43200 */
};
extern struct session_limits session_limits;

/* Creates a session; writes the cookie value into token and the CSRF token
 * into csrf. Returns 0 or -1. */
int session_create(db *d, int64_t user_id, bool mfa_pending, const char *addr,
		   const char *user_agent, char token[SESSION_TOKEN_LEN],
		   char csrf[SESSION_TOKEN_LEN]);
/* Finds the live session of a cookie value; an expired one is deleted.
 * Updates last_seen (at most once a minute). Returns 0 or -1. */
int session_lookup(db *d, arena *a, const char *token, int64_t now,
		   struct session *s);
int session_end(db *d, const char *id_hash);
/* Ends every session of a user, except the one with except_hash (NULL:
 * all). */
int session_end_user(db *d, int64_t user_id, const char *except_hash);
/* The live sessions of a user, newest first. */
size_t session_list(db *d, arena *a, int64_t user_id, int64_t now,
		    struct session **out);
/* Deletes expired sessions and sign-in attempts older than a day. */
void session_purge(db *d, int64_t now);

/* Throttling: 5 failures for one e-mail address or 20 from one address
 * within 15 minutes block further attempts until the oldest of them is 15
 * minutes old. Returns the seconds to wait, 0 when an attempt may go on. */
int64_t login_wait(db *d, const char *email, const char *addr, int64_t now);
void login_record(db *d, const char *email, const char *addr, int64_t now,
		  bool success);

#define LOGIN_WINDOW_S (15 * 60)
#define LOGIN_MAX_PER_ACCOUNT 5
#define LOGIN_MAX_PER_ADDRESS 20

#endif
