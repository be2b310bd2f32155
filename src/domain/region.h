/*
 * region.h - the district, its municipalities and social areas, with their
 * official municipality keys (AGS) and postcodes.
 */
#ifndef LOTSE_REGION_H
#define LOTSE_REGION_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

struct region {
	int64_t id;
	int64_t parent_id; /* 0 for the district */
	const char *kind;  /* "district", "municipality", "social_area" */
	const char *name;
	const char *slug;
	const char *ags;       /* "" when none */
	const char *postcodes; /* "29614, 29633" */
};

/* Adds a region; returns its id, or -1 (logged) on a database error. */
int64_t region_add(db *d, int64_t parent_id, const char *kind, const char *name,
		   const char *slug, const char *ags);
int region_add_postcode(db *d, int64_t region_id, const char *postcode);

/* Regions of one kind, ordered by name, allocated in a. Returns the count
 * (0 when none or on error). */
size_t region_list(db *d, arena *a, const char *kind, struct region **out);

#endif
