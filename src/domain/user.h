/*
 * user.h - user accounts: e-mail, name, role, organisation, password
 * (argon2id), second factor (TOTP with recovery codes), active or disabled.
 *
 * Functions that change an account take the actor, check its rights, write
 * the audit log in the same transaction and return 0, or -1 with a German
 * message in err (and, for form errors, the name of the field in *field).
 */
#ifndef LOTSE_USER_H
#define LOTSE_USER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"

#define RECOVERY_CODES 10

struct user {
	int64_t id;
	const char *email;
	const char *display_name;
	enum role role;
	int64_t org_id; /* 0: none */
	const char *org_name;
	const char *password_hash;
	bool must_change_password;
	const char *totp_secret;  /* "" when 2FA is off */
	const char *totp_pending; /* "" unless enrolment is under way */
	int64_t totp_last_step;
	bool active;
	const char *created_at;
	const char *last_login_at; /* "" when never */
};

struct user_error {
	char msg[256];
	const char *field; /* "email", "password", ... or NULL */
};

/* Loads a user; returns 0, or -1 when there is none. */
int user_get(db *d, arena *a, int64_t id, struct user *u);
int user_by_email(db *d, arena *a, const char *email, struct user *u);

/* Lists users (all when role is ROLE_UNSET, org 0 and q NULL), by name. */
size_t user_list(db *d, arena *a, enum role role, int64_t org_id, const char *q,
		 struct user **out);

/* Creates an account. Only admins may (and the command line). Returns the
 * new id or -1 with *e filled. */
int64_t user_create(db *d, const struct actor *a, const char *email,
		    const char *name, enum role role, int64_t org_id,
		    const char *password, bool must_change,
		    struct user_error *e);

/* Sets a new password (the policy applies); with old_password non-NULL it
 * must match first (a user changing their own). Ends all sessions of the
 * user. */
int user_set_password(db *d, const struct actor *a, int64_t id,
		      const char *old_password, const char *password,
		      struct user_error *e);
/* Replaces the stored hash when it was made with weaker parameters. */
void user_rehash(db *d, int64_t id, const char *password);
int user_set_role(db *d, const struct actor *a, int64_t id, enum role role,
		  int64_t org_id, struct user_error *e);
int user_set_active(db *d, const struct actor *a, int64_t id, bool active,
		    struct user_error *e);
int user_set_name(db *d, const struct actor *a, int64_t id, const char *name,
		  struct user_error *e);
void user_record_login(db *d, int64_t id);

/* Second factor. begin stores a pending secret; enable checks a code
 * against it, switches 2FA on and writes RECOVERY_CODES new codes (each
 * "xxxx-xxxx-xxxx") into codes; disable needs the password. */
int user_totp_begin(db *d, int64_t id, const char *secret_hex);
int user_totp_enable(db *d, const struct actor *a, int64_t id, const char *code,
		     char codes[RECOVERY_CODES][16], struct user_error *e);
int user_totp_disable(db *d, const struct actor *a, int64_t id,
		      struct user_error *e);
/* Checks a TOTP code or a recovery code of the user; a code counts once.
 * Returns true when it is right. */
bool user_second_factor(db *d, const struct user *u, const char *code,
			int64_t now);
/* Number of unused recovery codes. */
int user_recovery_left(db *d, int64_t id);

/* Lower-cases and checks an e-mail address; false when it is no address. */
bool email_normalise(const char *in, char *out, size_t outlen);

#endif
