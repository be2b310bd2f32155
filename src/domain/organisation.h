/*
 * organisation.h - partner organisations of the network (core fields; the
 * directory of issue #4 adds regions served, contacts and offers).
 *
 * Changes check rights here, in the domain layer: a partner changes only
 * its own organisation (actor_may_edit_org), the coordination office all.
 */
#ifndef LOTSE_ORGANISATION_H
#define LOTSE_ORGANISATION_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/user.h"

struct sector {
	const char *code, *label;
};
/* The sectors of DESIGN.md, terminated by {NULL, NULL}. */
extern const struct sector sectors[];
const char *sector_label(const char *code); /* NULL when unknown */

struct organisation {
	int64_t id;
	const char *name, *sector;
	const char *street, *postcode, *city;
	const char *phone, *email, *web;
	const char *membership;	  /* interested, member, left */
	const char *member_since; /* "YYYY-MM-DD" or "" */
	const char *created_at, *updated_at;
	const char *description;
	bool archived;
	int64_t regions[64]; /* municipalities served (org_get fills it) */
	size_t nregions;
};

/* Validates o (German message and field in *e) and inserts it (coordination
 * office, admin, command line). Returns the id or -1. */
int64_t org_create(db *d, const struct actor *a, const struct organisation *o,
		   struct user_error *e);
/* Updates the contact fields of o->id; a partner only its own. Returns 0,
 * -1 with *e, or -2 when the actor may not (403). */
int org_update(db *d, const struct actor *a, const struct organisation *o,
	       struct user_error *e);
int org_get(db *d, arena *a, int64_t id, struct organisation *o);
size_t org_list(db *d, arena *a, struct organisation **out);

/* Organisations filtered: sector code or NULL, municipality served or
 * located in (0: any), active_only drops archived ones and those that left
 * the network. Ordered by name. */
size_t org_find(db *d, arena *a, const char *sector, int64_t region_id,
		bool active_only, struct organisation **out);

/* What only the coordination office changes: sector, membership and since
 * when, description, the municipalities served, archived. Returns 0, -1
 * with *e, -2 when the actor may not. */
int org_update_network(db *d, const struct actor *a,
		       const struct organisation *o, struct user_error *e);

#endif
