/*
 * search.h - finding offers: filters (need, age group, cost, language,
 * access, municipality, organisation, distance from a postcode), words,
 * paging, and for every hit the reasons it fits, in German.
 *
 * This is the interface the public pages, the Lotse tool and the API use.
 * The words go to the German full-text index (textindex.h: stemming,
 * compounds, synonyms, typos); every other filter, the facets and the
 * ranking run over an in-memory snapshot of the offers (snapshot.h).
 *
 * Order of the hits: text relevance first (when there are words), then
 * how many of the chosen needs and age groups an offer serves, then the
 * distance from the postcode (offers without a place last), then the
 * title. With sort_distance: nearest first, then that order.
 */
#ifndef LOTSE_SEARCH_H
#define LOTSE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

#define SEARCH_MAX_VALUES 16
#define SEARCH_MAX_REASONS 8

struct search_params {
	const char *q; /* words, or NULL */
	const char *needs[SEARCH_MAX_VALUES];
	size_t nneeds; /* an offer fits when it serves any of them */
	const char *ages[SEARCH_MAX_VALUES];
	size_t nages;
	const char *cost;     /* code or NULL */
	const char *language; /* ISO 639-1 or NULL */
	const char *access;   /* code or NULL */
	int64_t municipality; /* region id, 0: any */
	int64_t org_id;	      /* 0: any */
	const char *postcode; /* with radius_km: distance filter and sort */
	double radius_km;     /* 0: no limit (distance still computed) */
	bool public_only;     /* published and valid today, of an
			       * organisation neither archived nor left */
	int64_t page;	      /* from 1 */
	int64_t per_page;     /* 1..100 */
	bool facets;	      /* also count the facets (struct search_facets) */
	bool sort_distance;   /* nearest first (offers without a place last);
			       * only with a known postcode, else the usual
			       * order */
};

struct search_hit {
	int64_t id;
	const char *external_id, *title, *org_name;
	double score;
	double distance_km; /* < 0 when unknown */
	const char *reasons[SEARCH_MAX_REASONS];
	size_t nreasons;
};

/* One value of a facet: a code (need, age group, cost, language, access)
 * or a municipality's region id, and its count. */
struct search_facet {
	const char *code; /* NULL for municipalities */
	int64_t region_id;
	int64_t count;
};

/* Facet counts, computed in the same pass over the candidates as the hits.
 * The count of a value is the number of offers that match every filter
 * of the other groups and have this value: for a group without a choice
 * it is how many of the hits have the value; for cost, language, access
 * and municipality (one value each) it is exactly the total the search
 * would have with this value chosen instead. The code lists follow the
 * order of domain/codes.h (every code, zero counts included);
 * municipalities are the regions the counted offers are at or serve, by
 * region id, in no particular order. */
struct search_facets {
	struct search_facet *needs, *ages, *costs, *languages, *accesses,
		*municipalities;
	size_t n_needs, n_ages, n_costs, n_languages, n_accesses,
		n_municipalities;
};

struct search_result {
	int64_t total;
	struct search_hit *hits;
	size_t n;
	bool postcode_unknown;	     /* a postcode was given but is not known */
	struct search_facets facets; /* filled when params.facets */
	/* The words: no offer had all of them, the hits have any of them. */
	bool loosened;
	/* "Meinten Sie …?": the query with a misspelt word corrected, or
	 * NULL; with corrected, the hits are those of the suggestion (the
	 * words as typed found nothing). */
	const char *suggestion;
	bool corrected;
};

/* Runs the search; returns 0 or -1 on a database error. Everything in
 * r lives in a. */
int search_offers(db *d, arena *a, const struct search_params *p,
		  struct search_result *r);

/* The public offers at or serving a municipality, by need, for the
 * municipality's page: out has one entry per need, in the order of needs[]
 * (domain/codes.h), each with the need's total and its offers ordered by
 * title, per_need of them from offset on. With need non-NULL only that
 * need's entry is filled. The reasons of a hit say only what holds without
 * a filter ("kommt auch zu Ihnen nach Hause", "kostenlos"). One pass over
 * the snapshot in title order, not a search per need. Returns 0 or -1 on
 * a database error. */
int search_place(db *d, arena *a, int64_t municipality, const char *need,
		 int64_t offset, int64_t per_need, struct search_result *out);

#endif
