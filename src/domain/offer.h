/*
 * offer.h - offers (services) of partner organisations: what, for whom
 * (needs, age groups, prevention level), how (access, cost, languages,
 * accessibility, registration, waiting list), where and when (locations
 * with opening times; municipalities served), valid from/to, status, and
 * when it was last confirmed as correct.
 *
 * offer_validate() checks every field and reports each problem with its
 * field name; offer_save() validates, checks the actor's right (a partner
 * only for its own organisation), writes the offer with all its lists in
 * one transaction and an audit entry naming what changed.
 */
#ifndef LOTSE_OFFER_H
#define LOTSE_OFFER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"

#define OFFER_MAX_NEEDS 16
#define OFFER_MAX_AGES 8
#define OFFER_MAX_ACCESS 4
#define OFFER_MAX_LANGS 32
#define OFFER_MAX_LOCATIONS 8
#define OFFER_MAX_REGIONS 32
#define OFFER_UNVERIFIED_DAYS 365

struct offer_location {
	int64_t id;
	const char *name, *street, *postcode, *city, *schedule;
	int64_t region_id; /* municipality, derived from the postcode */
	const char *region_name;
	double lat, lon;
	bool has_coords;
};

struct offer {
	int64_t id;		 /* 0 for a new offer */
	const char *external_id; /* "" when none */
	int64_t org_id;
	const char *org_name;
	const char *title, *description;
	const char *prevention; /* "" or a code */
	const char *cost, *cost_note;
	int accessible; /* -1 not known, 0 no, 1 yes */
	const char *accessibility_note;
	const char *eligibility;
	bool registration_required;
	const char *registration_note;
	bool waiting_list;
	const char *phone, *email, *web;
	int64_t contact_id;		   /* 0: none */
	const char *valid_from, *valid_to; /* "YYYY-MM-DD" or "" */
	const char *status;		   /* draft, published, archived */
	const char *verified_at, *created_at, *updated_at;
	int64_t copied_from;
	const char *needs[OFFER_MAX_NEEDS];
	size_t nneeds;
	const char *ages[OFFER_MAX_AGES];
	size_t nages;
	const char *access[OFFER_MAX_ACCESS];
	size_t naccess;
	const char *langs[OFFER_MAX_LANGS];
	size_t nlangs;
	struct offer_location loc[OFFER_MAX_LOCATIONS];
	size_t nloc;
	int64_t regions[OFFER_MAX_REGIONS];
	size_t nregions;
};

/* A new offer with the defaults (draft, free, accessibility unknown). */
void offer_init(struct offer *o);

/* Checks every field; adds one message per problem to e. Also derives the
 * municipality and coordinates of each location from its postcode. */
void offer_validate(db *d, struct offer *o, struct errs *e);

/* Validates and stores (insert when o->id is 0, else update; sets o->id).
 * Returns 0, -1 with messages in e, or -2 when the actor may not (403). */
int offer_save(db *d, const struct actor *a, struct offer *o, struct errs *e);

/* Loads an offer with all its lists; 0 or -1 when there is none. */
int offer_get(db *d, arena *a, int64_t id, struct offer *o);
/* The id of the offer with this external id, or 0. */
int64_t offer_by_external_id(db *d, const char *external_id);

/* Status changes and confirmation; -2 when the actor may not. */
int offer_set_status(db *d, const struct actor *a, int64_t id,
		     const char *status, struct errs *e);
int offer_verify(db *d, const struct actor *a, int64_t id, struct errs *e);
/* Copies an offer as a new draft ("Kopie von ..."); returns the new id. */
int64_t offer_copy(db *d, const struct actor *a, int64_t id, struct errs *e);

/* True when the offer is published and valid today (the public may see
 * it). today is "YYYY-MM-DD". */
bool offer_is_public(const struct offer *o, const char *today);

struct offer_row {
	int64_t id;
	const char *external_id, *title, *org_name, *status, *verified_at,
		*updated_at;
	int64_t org_id;
};

/* Offers of one organisation (0: all), optionally only unverified ones
 * (not confirmed for OFFER_UNVERIFIED_DAYS), newest change first. */
size_t offer_list(db *d, arena *a, int64_t org_id, bool unverified_only,
		  bool include_archived, struct offer_row **out);

/* Today as "YYYY-MM-DD" (UTC). */
void offer_today(char out[11]);

#endif
