/*
 * actor.h - who makes a change: passed to every domain function that
 * changes data, so that the domain layer can check rights (a partner may
 * change only its own organisation) and write the audit log. The domain
 * layer knows no HTTP; the web layer fills this from the session, the
 * command line with label "cli".
 */
#ifndef LOTSE_ACTOR_H
#define LOTSE_ACTOR_H

#include <stdbool.h>
#include <stdint.h>

#include "http/http.h" /* enum role only */

struct actor {
	int64_t user_id;   /* 0 for the command line or the system */
	const char *label; /* e-mail address, "cli", "system" */
	const char *addr;  /* remote address, "" when none */
	enum role role;
	int64_t org_id; /* organisation of a partner or visits user */
};

/* The command line acts with all rights. */
#define ACTOR_CLI ((struct actor){0, "cli", "", ROLE_ADMIN, 0})

/* May the actor change records of organisation org_id? The coordination
 * office and the administration may change all; partner and visits users
 * only their own organisation's. */
static inline bool actor_may_edit_org(const struct actor *a, int64_t org_id)
{
	if (a->role >= ROLE_COORDINATION)
		return true;
	return a->role >= ROLE_PARTNER && a->org_id != 0 && a->org_id == org_id;
}

#endif
