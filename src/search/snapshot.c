/*
 * snapshot.c - the in-memory copy of the searchable offer attributes (see
 * snapshot.h).
 *
 * Built from eight plain scans (two of them over covering indexes of
 * migration 0006, so that the long descriptions are not read) inside one
 * read transaction (so that the generation and the data belong together),
 * at 100 000 offers in a few hundred milliseconds; used for every search
 * until the generation in search_generation changes. One mutex guards the current pointer and the
 * reference counts; the scan itself runs without it.
 *
 * Calls: db, domain/codes.h (code lists), search/geo.h (distances).
 */
#include "search/snapshot.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "domain/codes.h"
#include "search/geo.h"

static const char sql_generation[] =
	"SELECT n FROM search_generation WHERE id = 1";
static const char sql_offers[] =
	"SELECT o.id, o.organisation_id, o.status, o.valid_from, o.valid_to, "
	"o.cost, g.archived <> 0 OR g.membership = 'left' FROM offer o JOIN "
	"organisation g ON g.id = o.organisation_id";
static const char sql_titles[] =
	"SELECT id FROM offer ORDER BY title COLLATE NOCASE, id";
static const char sql_needs[] = "SELECT offer_id, need FROM offer_need";
static const char sql_ages[] = "SELECT offer_id, age FROM offer_age";
static const char sql_access[] = "SELECT offer_id, access FROM offer_access";
static const char sql_languages[] =
	"SELECT offer_id, language FROM offer_language";
static const char sql_region_ids[] =
	"SELECT region_id FROM offer_location WHERE region_id IS NOT NULL "
	"UNION SELECT region_id FROM offer_region ORDER BY 1";
static const char sql_locations[] =
	"SELECT offer_id, region_id, lat, lon FROM offer_location ORDER BY "
	"offer_id";
static const char sql_served[] = "SELECT offer_id, region_id FROM offer_region";

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct snapshot *current;
static long builds; /* guarded by mu */

static const double EARTH_KM = 6371.0088;

static void snap_free(struct snapshot *s)
{
	if (!s)
		return;
	free(s->db_path);
	free(s->ids);
	free(s->o);
	free(s->by_title);
	free(s->region_ids);
	free(s->regions);
	free(s->locs);
	free(s->bits);
	free(s->first);
	free(s->locn);
	free(s);
}

/* malloc that aborts like the arena does: a process without memory
 * cannot search anyway. */
static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		abort();
	return p;
}

int32_t snapshot_date(const char *text, int32_t fallback)
{
	if (!text || !*text)
		return fallback;
	int32_t v = 0;
	int digits = 0;
	for (const char *p = text; *p && digits < 8; p++)
		if (*p >= '0' && *p <= '9') {
			v = v * 10 + (*p - '0');
			digits++;
		}
	return digits == 8 ? v : fallback;
}

long snapshot_find(const struct snapshot *s, int64_t id)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->n && s->ids[lo] == id ? (long)lo : -1;
}

long snapshot_region(const struct snapshot *s, int64_t region_id)
{
	size_t lo = 0, hi = s->nregions;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->region_ids[mid] < region_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->nregions && s->region_ids[lo] == region_id ? (long)lo
								  : -1;
}

void snapshot_point(double lat, double lon, double out[3])
{
	const double rad = M_PI / 180.0;
	out[0] = cos(lat * rad) * cos(lon * rad);
	out[1] = cos(lat * rad) * sin(lon * rad);
	out[2] = sin(lat * rad);
}

double snapshot_km_chord2(double km)
{
	double theta = km / EARTH_KM;
	if (theta >= M_PI)
		return 4.0;
	double c = 2.0 * sin(theta / 2.0);
	return c * c;
}

double snapshot_chord2_more(const struct snapshot *s, size_t i,
			    const double p[3], double best)
{
	const struct snap_offer *o = &s->o[i];
	for (uint32_t k = 1; k < o->loc_n; k++) {
		const struct snap_loc *l = &s->locs[o->loc_first + k];
		double dx = l->x - p[0], dy = l->y - p[1], dz = l->z - p[2];
		double c2 = dx * dx + dy * dy + dz * dz;
		if (c2 < best)
			best = c2;
	}
	return best;
}

double snapshot_km(const struct snapshot *s, size_t i, double lat, double lon)
{
	const struct snap_offer *o = &s->o[i];
	double best = -1;
	for (uint32_t k = 0; k < o->loc_n; k++) {
		const struct snap_loc *l = &s->locs[o->loc_first + k];
		double km = geo_km(lat, lon, l->lat, l->lon);
		if (best < 0 || km < best)
			best = km;
	}
	return best;
}

/* Index of code text in list, or -1. */
static int code_index(const struct code *list, const char *text)
{
	for (int i = 0; list[i].code; i++)
		if (strcmp(list[i].code, text) == 0)
			return i;
	return -1;
}

/* Offer index of id, trying the one after the previous row first (the
 * tables are mostly stored in offer order). */
static long find_near(const struct snapshot *s, int64_t id, long *last)
{
	long next = *last + 1;
	if (next >= 0 && (size_t)next < s->n && s->ids[next] == id)
		return *last = next;
	if (*last >= 0 && (size_t)*last < s->n && s->ids[*last] == id)
		return *last;
	long i = snapshot_find(s, id);
	if (i >= 0)
		*last = i;
	return i;
}

/* Reads the (offer_id, code) rows of sql into the bitmask chosen by kind:
 * 0 needs, 1 ages, 2 access, 3 languages. */
static int load_codes(db *d, struct snapshot *s, const char *sql, int kind)
{
	static const struct code *const lists[] = {needs, ages, accesses,
						   languages};
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return -1;
	long last = -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long i = find_near(s, sqlite3_column_int64(st, 0), &last);
		int bit = code_index(lists[kind], db_col_text(st, 1));
		if (i < 0 || bit < 0)
			continue;
		struct snap_offer *o = &s->o[i];
		switch (kind) {
		case 0:
			if (bit < 16)
				o->needs |= (uint16_t)(1u << bit);
			break;
		case 1:
			if (bit < 8)
				o->ages |= (uint8_t)(1u << bit);
			break;
		case 2:
			if (bit < 8)
				o->access |= (uint8_t)(1u << bit);
			break;
		default:
			if (bit < 64)
				o->languages |= (uint64_t)1 << bit;
			break;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Marks region region_id at offer i. */
static void set_region(struct snapshot *s, long i, int64_t region_id)
{
	long k = snapshot_region(s, region_id);
	if (i < 0 || k < 0)
		return;
	s->regions[(size_t)i * s->words + (size_t)k / 64] |= (uint64_t)1
							     << (k % 64);
	s->o[i].has_region = true;
}

/* An offer id and its row position, for sorting by id. */
struct pair {
	int64_t id;
	uint32_t pos;
};

static int pair_cmp(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* The offers, their order by title and their regions. */
static int load_offers(db *d, struct snapshot *s)
{
	sqlite3_stmt *st = db_stmt(d, sql_offers);
	if (!st)
		return -1;
	size_t cap = 1024;
	s->ids = xcalloc(cap, sizeof *s->ids);
	s->o = xcalloc(cap, sizeof *s->o);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (s->n == cap) {
			cap *= 2;
			int64_t *ids = realloc(s->ids, cap * sizeof *ids);
			struct snap_offer *o = realloc(s->o, cap * sizeof *o);
			if (!ids || !o)
				abort();
			s->ids = ids;
			s->o = o;
		}
		struct snap_offer *o = &s->o[s->n];
		memset(o, 0, sizeof *o);
		s->ids[s->n] = sqlite3_column_int64(st, 0);
		o->org_id = sqlite3_column_int64(st, 1);
		const char *status = db_col_text(st, 2);
		o->status = strcmp(status, "published") == 0  ? SNAP_PUBLISHED
			    : strcmp(status, "archived") == 0 ? SNAP_ARCHIVED
							      : SNAP_DRAFT;
		o->valid_from = snapshot_date(
			(const char *)sqlite3_column_text(st, 3), 0);
		o->valid_to = snapshot_date(
			(const char *)sqlite3_column_text(st, 4), 99999999);
		o->cost = (int8_t)code_index(costs, db_col_text(st, 5));
		o->org_hidden = sqlite3_column_int(st, 6) != 0;
		s->n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
	/* The rows came in the covering index's order: by id now. */
	struct pair *pairs = xcalloc(s->n, sizeof *pairs);
	for (size_t i = 0; i < s->n; i++)
		pairs[i] = (struct pair){s->ids[i], (uint32_t)i};
	qsort(pairs, s->n, sizeof *pairs, pair_cmp);
	struct snap_offer *sorted = xcalloc(s->n, sizeof *sorted);
	for (size_t i = 0; i < s->n; i++) {
		sorted[i] = s->o[pairs[i].pos];
		s->ids[i] = pairs[i].id;
	}
	free(pairs);
	free(s->o);
	s->o = sorted;
	/* the title order */
	s->by_title = xcalloc(s->n, sizeof *s->by_title);
	st = db_stmt(d, sql_titles);
	if (!st)
		return -1;
	uint32_t rank = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long i = snapshot_find(s, sqlite3_column_int64(st, 0));
		if (i < 0 || rank >= s->n)
			continue;
		s->o[i].title_rank = rank;
		s->by_title[rank++] = (uint32_t)i;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE || rank != s->n)
		return -1;
	return 0;
}

/* The regions that occur, then each offer's places and regions. */
static int load_places(db *d, struct snapshot *s)
{
	sqlite3_stmt *st = db_stmt(d, sql_region_ids);
	if (!st)
		return -1;
	size_t cap = 16;
	s->region_ids = xcalloc(cap, sizeof *s->region_ids);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (s->nregions == cap) {
			cap *= 2;
			int64_t *r = realloc(s->region_ids, cap * sizeof *r);
			if (!r)
				abort();
			s->region_ids = r;
		}
		s->region_ids[s->nregions++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
	s->words = s->nregions ? (s->nregions + 63) / 64 : 1;
	s->regions = xcalloc(s->n * s->words, sizeof *s->regions);

	st = db_stmt(d, sql_locations);
	if (!st)
		return -1;
	cap = 1024;
	s->locs = xcalloc(cap, sizeof *s->locs);
	long last = -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long i = find_near(s, sqlite3_column_int64(st, 0), &last);
		if (i < 0)
			continue;
		if (sqlite3_column_type(st, 1) != SQLITE_NULL)
			set_region(s, i, sqlite3_column_int64(st, 1));
		if (sqlite3_column_type(st, 2) == SQLITE_NULL ||
		    sqlite3_column_type(st, 3) == SQLITE_NULL)
			continue;
		if (s->nlocs == cap) {
			cap *= 2;
			struct snap_loc *l = realloc(s->locs, cap * sizeof *l);
			if (!l)
				abort();
			s->locs = l;
		}
		struct snap_offer *o = &s->o[i];
		/* Rows come ordered by offer, so an offer's places are
		 * contiguous. */
		if (o->loc_n == 0)
			o->loc_first = (uint32_t)s->nlocs;
		struct snap_loc *l = &s->locs[s->nlocs++];
		l->lat = sqlite3_column_double(st, 2);
		l->lon = sqlite3_column_double(st, 3);
		double pt[3];
		snapshot_point(l->lat, l->lon, pt);
		l->x = pt[0];
		l->y = pt[1];
		l->z = pt[2];
		o->loc_n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;

	st = db_stmt(d, sql_served);
	if (!st)
		return -1;
	last = -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		set_region(s, find_near(s, sqlite3_column_int64(st, 0), &last),
			   sqlite3_column_int64(st, 1));
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Sets bit i of column col. */
static void col_set(struct snapshot *s, size_t col, size_t i)
{
	s->bits[col * s->nw + i / 64] |= (uint64_t)1 << (i % 64);
}

/* The bitmap columns from the per-offer attributes. */
static void make_columns(struct snapshot *s)
{
	char today[21];
	db_now(today);
	today[10] = '\0';
	s->today = snapshot_date(today, 0);
	s->nw = (s->n + 63) / 64;
	size_t ncol = COL_REGION + s->nregions;
	s->bits = xcalloc(ncol * (s->nw ? s->nw : 1), sizeof *s->bits);
	s->first = xcalloc(3 * s->n, sizeof *s->first);
	s->locn = xcalloc(s->n, sizeof *s->locn);
	for (size_t i = 0; i < s->n; i++) {
		const struct snap_offer *o = &s->o[i];
		if (o->loc_n) {
			const struct snap_loc *l = &s->locs[o->loc_first];
			s->first[3 * i] = l->x;
			s->first[3 * i + 1] = l->y;
			s->first[3 * i + 2] = l->z;
			s->locn[i] = (uint8_t)(o->loc_n < 255 ? o->loc_n : 255);
		}
		if (o->status == SNAP_PUBLISHED && !o->org_hidden) {
			col_set(s, COL_VISIBLE, i);
			if (o->valid_from <= s->today &&
			    o->valid_to >= s->today)
				col_set(s, COL_PUBLIC, i);
		}
		if (o->valid_from != 0 || o->valid_to != 99999999)
			col_set(s, COL_DATED, i);
		if (o->status != SNAP_ARCHIVED)
			col_set(s, COL_LIVE, i);
		for (size_t b = 0; b < 16; b++)
			if ((o->needs >> b) & 1)
				col_set(s, COL_NEED + b, i);
		for (size_t b = 0; b < 8; b++) {
			if ((o->ages >> b) & 1)
				col_set(s, COL_AGE + b, i);
			if ((o->access >> b) & 1)
				col_set(s, COL_ACCESS + b, i);
		}
		if (o->cost >= 0 && o->cost < 8)
			col_set(s, COL_COST + (size_t)o->cost, i);
		for (size_t b = 0; b < 64; b++)
			if ((o->languages >> b) & 1)
				col_set(s, COL_LANG + b, i);
		for (size_t k = 0; k < s->nregions; k++)
			if (snapshot_has_region(s, i, (long)k))
				col_set(s, COL_REGION + k, i);
	}
}

/* Builds a new snapshot of d's database in one read transaction (unless
 * the caller already holds one). NULL on a database error. */
static struct snapshot *build(db *d)
{
	int64_t t0 = clock_us();
	bool own_tx = sqlite3_get_autocommit(db_sqlite(d)) != 0;
	if (own_tx && db_exec(d, "BEGIN") < 0)
		return NULL;
	struct snapshot *s = xcalloc(1, sizeof *s);
	const char *path = db_path(d);
	s->db_path = strdup(path ? path : "");
	if (!s->db_path)
		abort();
	sqlite3_stmt *st = db_stmt(d, sql_generation);
	bool ok = st && sqlite3_step(st) == SQLITE_ROW;
	if (ok)
		s->generation = sqlite3_column_int64(st, 0);
	if (st)
		sqlite3_reset(st);
	ok = ok && load_offers(d, s) == 0 && load_places(d, s) == 0 &&
	     load_codes(d, s, sql_needs, 0) == 0 &&
	     load_codes(d, s, sql_ages, 1) == 0 &&
	     load_codes(d, s, sql_access, 2) == 0 &&
	     load_codes(d, s, sql_languages, 3) == 0;
	if (own_tx)
		db_exec(d, ok ? "COMMIT" : "ROLLBACK");
	if (ok)
		make_columns(s);
	if (!ok) {
		log_error("search snapshot: %s", sqlite3_errmsg(db_sqlite(d)));
		snap_free(s);
		return NULL;
	}
	log_debug("search snapshot: %zu offers, %zu places, %zu regions in "
		  "%lld ms",
		  s->n, s->nlocs, s->nregions,
		  (long long)(clock_us() - t0) / 1000);
	return s;
}

const struct snapshot *snapshot_get(db *d)
{
	sqlite3_stmt *st = db_stmt(d, sql_generation);
	if (!st)
		return NULL;
	bool ok = sqlite3_step(st) == SQLITE_ROW;
	int64_t gen = ok ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (!ok)
		return NULL;
	const char *path = db_path(d);
	pthread_mutex_lock(&mu);
	struct snapshot *s = current;
	if (!s || s->generation != gen ||
	    strcmp(s->db_path, path ? path : "")) {
		s = build(d);
		if (!s) {
			pthread_mutex_unlock(&mu);
			return NULL;
		}
		if (current && --current->refs == 0)
			snap_free(current);
		current = s;
		s->refs = 1; /* held as the current one */
		builds++;
	}
	s->refs++;
	pthread_mutex_unlock(&mu);
	return s;
}

void snapshot_put(const struct snapshot *cs)
{
	if (!cs)
		return;
	struct snapshot *s = (struct snapshot *)cs;
	pthread_mutex_lock(&mu);
	if (--s->refs == 0)
		snap_free(s);
	pthread_mutex_unlock(&mu);
}

long snapshot_builds(void)
{
	pthread_mutex_lock(&mu);
	long n = builds;
	pthread_mutex_unlock(&mu);
	return n;
}

void snapshot_release_all(void)
{
	pthread_mutex_lock(&mu);
	if (current && --current->refs == 0)
		snap_free(current);
	current = NULL;
	pthread_mutex_unlock(&mu);
}
