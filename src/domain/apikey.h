/*
 * apikey.h - API keys for integrations: created by an administrator, shown
 * once, stored as a hash, scoped to a role (and an organisation for the
 * partner roles), revocable. Sent as "Authorization: Bearer lotse_...".
 */
#ifndef LOTSE_APIKEY_H
#define LOTSE_APIKEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/user.h"

#define APIKEY_LEN 56 /* "lotse_" + base64url of 32 bytes + NUL, rounded */

struct apikey {
	int64_t id;
	const char *name, *prefix;
	enum role role;
	int64_t org_id;
	const char *org_name;
	const char *created_at, *last_used_at, *revoked_at;
};

/* Creates a key; writes it (to be shown once) into key. Returns its id or
 * -1 with *e filled. Admins only. */
int64_t apikey_create(db *d, const struct actor *a, const char *name,
		      enum role role, int64_t org_id, char key[APIKEY_LEN],
		      struct user_error *e);
int apikey_revoke(db *d, const struct actor *a, int64_t id,
		  struct user_error *e);
size_t apikey_list(db *d, arena *a, struct apikey **out);
/* Looks up a presented key; fills k and returns 0 when it is valid and
 * not revoked. */
int apikey_check(db *d, arena *a, const char *key, struct apikey *k);

#endif
