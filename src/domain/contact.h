/*
 * contact.h - people at partner organisations: name, role in the network
 * (contact person, "insoweit erfahrene Fachkraft", family midwife,
 * representative, head), phone, e-mail, and whether the person agreed to
 * be shown publicly - only then do they appear on public pages, and the
 * date of that agreement is kept.
 */
#ifndef LOTSE_CONTACT_H
#define LOTSE_CONTACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"

struct contact {
	int64_t id;
	int64_t org_id;
	const char *org_name;
	const char *name, *role, *job_title, *phone, *email;
	bool public;
	const char *consent_at; /* "" unless public */
	const char *created_at, *updated_at;
};

/* Validates and stores (insert when c->id is 0). The actor needs the
 * right to the organisation. 0, -1 with messages, -2 not allowed. */
int contact_save(db *d, const struct actor *a, struct contact *c,
		 struct errs *e);
int contact_delete(db *d, const struct actor *a, int64_t id, struct errs *e);
int contact_get(db *d, arena *a, int64_t id, struct contact *c);
/* Contacts of an organisation (0: all), public_only for public pages. */
size_t contact_list(db *d, arena *a, int64_t org_id, bool public_only,
		    struct contact **out);

#endif
