/*
 * project.h - projects of the network's partners: title, lead
 * organisation, partner organisations, target group (needs and age groups
 * of codes.h), municipalities, funding source, status (geplant, laufend,
 * abgeschlossen), start and end, description, results, and whether the
 * project is shown publicly.
 *
 * Rights are checked here: the coordination office (and the
 * administration) changes every project; a partner creates projects led by
 * its own organisation and changes or deletes only those its organisation
 * leads. Every change is audited (entity "project") in its transaction.
 */
#ifndef LOTSE_PROJECT_H
#define LOTSE_PROJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/codes.h"
#include "domain/errs.h"

#define PROJECT_MAX_PARTNERS 32
#define PROJECT_MAX_NEEDS 16
#define PROJECT_MAX_AGES 8
#define PROJECT_MAX_REGIONS 16
#define PROJECT_TEXT_MAX 5000

/* The status codes with German labels, ending with {NULL, NULL, NULL}. */
extern const struct code project_statuses[];
/* Suggestions for the funding source (free text), ending with NULL. */
extern const char *const project_fundings[];

struct project {
	int64_t id;
	const char *title;
	int64_t lead_org_id;
	const char *lead_org_name; /* filled by get/find */
	bool lead_org_active;	   /* not archived, not left the network */
	const char *description, *results, *funding;
	const char *status;		 /* geplant, laufend, abgeschlossen */
	const char *starts_on, *ends_on; /* "YYYY-MM-DD" or "" */
	bool public;
	const char *created_at, *updated_at;
	int64_t partners[PROJECT_MAX_PARTNERS];
	const char *partner_names[PROJECT_MAX_PARTNERS]; /* by get */
	bool partner_active[PROJECT_MAX_PARTNERS];	 /* by get */
	size_t npartners;
	const char *needs[PROJECT_MAX_NEEDS];
	size_t nneeds;
	const char *ages[PROJECT_MAX_AGES];
	size_t nages;
	int64_t regions[PROJECT_MAX_REGIONS];
	const char *region_names[PROJECT_MAX_REGIONS]; /* by get */
	size_t nregions;
};

/* Filters of the lists; NULL or 0 means "any". q holds up to three words,
 * each of which must occur in the title or the description. */
struct project_filter {
	const char *need, *age, *status, *q;
	int64_t region_id;
	int64_t org_id;	    /* led by or partner in */
	bool public_only;   /* the public pages and anonymous API callers */
	bool internal_only; /* only those not shown publicly */
	int64_t offset, limit;
};

/* Loads one project with its lists (names of partners and municipalities
 * included). 0, or -1 when there is none. */
int project_get(db *d, arena *a, int64_t id, struct project *p);

/* Projects matching f (lists not filled except lead_org_name), running
 * and planned first, newest start first. Returns how many are in *out,
 * the number matching in *total. */
size_t project_find(db *d, arena *a, const struct project_filter *f,
		    struct project **out, int64_t *total);

/* May the actor change (or delete) project p as it is stored? */
bool project_may_edit(const struct actor *a, const struct project *p);

/* Checks p without storing: German messages with field names title,
 * lead_org_id, partners, needs, ages, regions, funding, status,
 * starts_on, ends_on, description, results. */
void project_validate(db *d, const struct project *p, struct errs *e);

/* Validates and stores p (insert when p->id is 0, then sets it). Returns
 * 0, -1 with messages in e, -2 when the actor may not (e says why). */
int project_save(db *d, const struct actor *a, struct project *p,
		 struct errs *e);

/* Deletes a project; 0, -1 (e), -2 not allowed. */
int project_delete(db *d, const struct actor *a, int64_t id, struct errs *e);

/* Projects an organisation leads or takes part in (for its public page):
 * public ones only when public_only. */
size_t project_of_org(db *d, arena *a, int64_t org_id, bool public_only,
		      struct project **out);

#endif
