/*
 * snapshot.h - the searchable attributes of every offer, in memory: a
 * compact, read-only copy per process that search.c scans instead of
 * asking SQLite for every candidate.
 *
 * Per offer (by index, offers in ascending id order): the flags that
 * decide whether the public may see it, its needs, age groups, access and
 * languages as bitmasks (bit i = entry i of the code list in
 * domain/codes.h), its cost, its organisation, the regions it is at or
 * serves (a bitset over the regions that occur, by index), its located
 * places (unit vectors for exact, cheap distance comparisons) and its rank
 * in the title order (title COLLATE NOCASE, id).
 *
 * The snapshot is shared by all worker threads. snapshot_get() returns a
 * reference to the current one after checking, with one indexed read,
 * that the database has not changed since it was built (table
 * search_generation, set by triggers of migration 0006); otherwise it
 * rebuilds it first (under a mutex; readers of the old one keep it until
 * they let go with snapshot_put(), the last one frees it).
 */
#ifndef LOTSE_SNAPSHOT_H
#define LOTSE_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

enum { SNAP_DRAFT = 0, SNAP_PUBLISHED = 1, SNAP_ARCHIVED = 2 };

/* One offer's searchable attributes. */
struct snap_offer {
	int64_t org_id;
	int32_t valid_from; /* YYYYMMDD, 0 when open */
	int32_t valid_to;   /* YYYYMMDD, 99999999 when open */
	uint32_t title_rank;
	uint32_t loc_first; /* its located places: locs[loc_first ..] */
	uint32_t loc_n;
	uint64_t languages; /* bit i: languages[i] */
	uint16_t needs;	    /* bit i: needs[i] */
	uint8_t ages;	    /* bit i: ages[i] */
	uint8_t access;	    /* bit i: accesses[i] */
	int8_t cost;	    /* index into costs[], -1 when unknown */
	uint8_t status;	    /* SNAP_* */
	bool org_hidden;    /* organisation archived or left the network */
	bool has_region;    /* at or serving at least one region */
};

/* A located place: the point on the unit sphere (for comparing
 * distances: the chord length grows with the great-circle distance) and
 * its coordinates (for the distance shown). */
struct snap_loc {
	double x, y, z;
	double lat, lon;
};

/* The columns of bitmaps over the offers (bit i of a column: offer i):
 * visible (published, organisation active), dated (valid_from or
 * valid_to set), live (not archived), then one column per need, age
 * group, access, cost, language (by index in its code list), public
 * (visible and valid on the day the snapshot was built) and one per
 * region (by region index). */
enum {
	COL_VISIBLE = 0,
	COL_DATED = 1,
	COL_LIVE = 2,
	COL_NEED = 3,
	COL_AGE = COL_NEED + 16,
	COL_ACCESS = COL_AGE + 8,
	COL_COST = COL_ACCESS + 8,
	COL_LANG = COL_COST + 8,
	COL_PUBLIC = COL_LANG + 64, /* visible and valid on day today */
	COL_REGION = COL_PUBLIC + 1
};

struct snapshot {
	int64_t generation;
	int32_t today; /* YYYYMMDD when built (COL_PUBLIC) */
	char *db_path;
	size_t n;
	int64_t *ids; /* ascending */
	struct snap_offer *o;
	uint32_t *by_title; /* offer indexes in title order */
	size_t nregions, words;
	int64_t *region_ids; /* region index -> region id */
	uint64_t *regions;   /* offer i: regions[i * words ..] */
	struct snap_loc *locs;
	size_t nlocs;
	double *first;	/* offer i's first place: first[3 * i ..] (x, y, z) */
	uint8_t *locn;	/* offer i's number of places, at most 255 */
	size_t nw;	/* 64-bit words of a bitmap over the offers */
	uint64_t *bits; /* the columns, nw words each (snapshot_col) */
	int refs;	/* guarded by the module's mutex */
};

/* Column col (COL_*) as a bitmap of nw words. */
static inline const uint64_t *snapshot_col(const struct snapshot *s, size_t col)
{
	return s->bits + col * s->nw;
}

/* The current snapshot of d's database with a reference held, rebuilt
 * first when the data changed; NULL on a database error (logged). Release
 * with snapshot_put(). */
const struct snapshot *snapshot_get(db *d);
void snapshot_put(const struct snapshot *s);

/* The index of offer id, or -1. */
long snapshot_find(const struct snapshot *s, int64_t id);
/* The index of region id among the regions that occur, or -1. */
long snapshot_region(const struct snapshot *s, int64_t region_id);
/* True when offer i is at or serves region index k. */
static inline bool snapshot_has_region(const struct snapshot *s, size_t i,
				       long k)
{
	return k >= 0 &&
	       (s->regions[i * s->words + (size_t)k / 64] >> ((size_t)k % 64)) &
		       1;
}
/* The point of lat/lon on the unit sphere. */
void snapshot_point(double lat, double lon, double out[3]);
/* The squared chord between the unit-sphere point p and offer i's nearest
 * located place, or -1 when it has none. Inline: it runs for every hit
 * of a search with a postcode; most offers have one place. */
double snapshot_chord2_more(const struct snapshot *s, size_t i,
			    const double p[3], double best);
static inline double snapshot_chord2(const struct snapshot *s, size_t i,
				     const double p[3])
{
	if (!s->locn[i])
		return -1;
	const double *q = &s->first[3 * i];
	double dx = q[0] - p[0], dy = q[1] - p[1], dz = q[2] - p[2];
	double c2 = dx * dx + dy * dy + dz * dz;
	return s->locn[i] == 1 ? c2 : snapshot_chord2_more(s, i, p, c2);
}
/* The squared chord of a great-circle distance in km (radius filter). */
double snapshot_km_chord2(double km);
/* The distance in km of offer i's nearest located place from lat/lon
 * (geo_km), or -1. */
double snapshot_km(const struct snapshot *s, size_t i, double lat, double lon);
/* Date text YYYY-MM-DD as YYYYMMDD, or fallback when empty/NULL. */
int32_t snapshot_date(const char *text, int32_t fallback);

/* How many snapshots this process has built (for bench-search). */
long snapshot_builds(void);

/* Frees the current snapshot (at exit, when no search runs). */
void snapshot_release_all(void);

#endif
