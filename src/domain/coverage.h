/*
 * coverage.h - where families find help and where they do not (issue #7):
 * for every municipality, the published offers reachable there per need
 * and per age group, and which needs are covered only by offers with a
 * waiting list or only by offers with a fee. An offer is reachable in a
 * municipality when it takes place there, serves it explicitly, is bound
 * to no municipality at all (district-wide), or - with a radius set - one
 * of its places lies within that distance of the municipality's centre.
 *
 * Also: searches of the public search page that found nothing, counted
 * per week as folded words and filter codes only.
 */
#ifndef LOTSE_COVERAGE_H
#define LOTSE_COVERAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

struct coverage_cell {
	int64_t offers;	 /* reachable published offers */
	int64_t free;	 /* of them without a fee (free or health insurance) */
	int64_t no_wait; /* of them without a waiting list */
};

struct coverage {
	size_t nmuni, nneeds, nages;
	int64_t *muni_ids;
	const char **muni_names, **muni_slugs;
	struct coverage_cell *by_need; /* [muni * nneeds + need] */
	struct coverage_cell *by_age;  /* [muni * nages + age] */
	int64_t *total;		       /* per municipality */
	double radius_km;
	int threshold; /* a cell with fewer offers is a gap */
};

/* Computes the matrices (codes in the order of domain/codes.h). The
 * radius and the threshold come from the settings coverage_radius_km
 * (default 0: no radius) and gap_threshold (default 2) unless given
 * (radius < 0 or threshold < 0: take the setting). Returns 0 or -1. */
int coverage_compute(db *d, arena *a, double radius_km, int threshold,
		     struct coverage *out);

static inline const struct coverage_cell *
coverage_need(const struct coverage *c, size_t muni, size_t need)
{
	return &c->by_need[muni * c->nneeds + need];
}
static inline const struct coverage_cell *coverage_age(const struct coverage *c,
						       size_t muni, size_t age)
{
	return &c->by_age[muni * c->nages + age];
}

/* --- searches without result ---------------------------------------- */

/* Records one search of the public page that found nothing: the words
 * are folded to lower case, digits, e-mail addresses and words longer
 * than 30 characters are dropped, at most 6 words and 60 characters are
 * kept; filters is a query string of filter codes only (need, age group,
 * municipality slug; no postcode). Counted per ISO week. Returns 0 or -1
 * (nothing to record or a database error). */
int search_miss_record(db *d, const char *q, const char *filters);

struct search_miss {
	const char *terms, *filters;
	int64_t count; /* in the period */
	const char *last_week;
};

/* The searches without result of the last `weeks` weeks, summed over the
 * weeks, that were made at least min_count times (fewer are not shown:
 * a single search could say something about one person), most frequent
 * first, at most max. Returns how many were stored in *out. */
size_t search_miss_list(db *d, arena *a, int weeks, int min_count, size_t max,
			struct search_miss **out);

/* The ISO week of a date "YYYY-MM-DD" as "YYYY-Www" into out[9]. */
void iso_week(const char *date, char out[9]);

#endif
