/*
 * body.h - the network's bodies (Gremien): the plenum, the steering group,
 * one local alliance per municipality, working groups. A body has rules
 * for its decisions (majority, quorum, named votes), a chair and member
 * organisations, each with a delegate and a deputy (contacts of that
 * organisation) and a voting flag.
 *
 * Only the coordination office (and the administration, the command line)
 * changes bodies and their members; everyone signed in may read them.
 */
#ifndef LOTSE_BODY_H
#define LOTSE_BODY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/codes.h"
#include "domain/errs.h"

/* Kinds of bodies and majority rules with their German labels (lists end
 * with {NULL, NULL, NULL}). */
extern const struct code body_kinds[];
extern const struct code body_majorities[];

struct body {
	int64_t id;
	const char *name, *kind, *description, *majority;
	int64_t region_id;	  /* municipality of a local alliance, or 0 */
	const char *region_name;  /* "" when none */
	int64_t chair_contact_id; /* 0: none */
	const char *chair_name;	  /* "" when none */
	const char *chair_org;	  /* the chair's organisation, "" when none */
	int quorum_percent;
	bool named_votes, archived;
	const char *created_at, *updated_at;
	int members, voting; /* counts of member organisations */
};

struct body_member {
	int64_t body_id, org_id;
	const char *org_name, *sector;
	int64_t delegate_id, deputy_id; /* contacts, 0: none */
	const char *delegate_name, *delegate_email;
	const char *deputy_name, *deputy_email;
	bool voting;
	const char *since; /* "YYYY-MM-DD" or "" */
};

int body_get(db *d, arena *a, int64_t id, struct body *b);
/* Bodies ordered by kind (plenum, steering group, local alliances,
 * working groups) and name; archived ones only with include_archived. */
size_t body_list(db *d, arena *a, bool include_archived, struct body **out);
/* Validates and stores b (insert when b->id is 0, then sets it). Returns
 * 0, -1 with German messages in e, -2 when the actor may not. */
int body_save(db *d, const struct actor *a, struct body *b, struct errs *e);

/* The members of a body, ordered by organisation name. */
size_t body_members(db *d, arena *a, int64_t body_id, struct body_member **out);
/* Is org_id a member of the body (voting: a voting member)? */
bool body_is_member(db *d, int64_t body_id, int64_t org_id, bool voting);
/* Adds or updates the membership of m->org_id in m->body_id; delegate and
 * deputy must be contacts of that organisation. 0, -1, -2 as above. */
int body_member_save(db *d, const struct actor *a, const struct body_member *m,
		     struct errs *e);
int body_member_remove(db *d, const struct actor *a, int64_t body_id,
		       int64_t org_id, struct errs *e);

#endif
