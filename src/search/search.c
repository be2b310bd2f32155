/*
 * search.c - offer search with filters, facets, ranking and reasons (see
 * search.h).
 *
 * The words go to the full-text index (text_search, textindex.h), which
 * answers the matching offer ids with a relevance score. Every other
 * filter and the facets are one pass over the in-memory snapshot of the
 * offers' searchable attributes (snapshot.h): bit tests on compact
 * structs, with the text matches merged in by id. The best page is kept
 * in a bounded heap while scanning, so nothing is sorted but the page;
 * only the page's titles and organisations are read from SQLite.
 *
 * Ranking: text relevance first, then how many of the chosen needs and
 * age groups an offer serves, then distance from the postcode, then the
 * title. Sorted by distance: nearest first (unknown last), then the same.
 *
 * Calls: search/snapshot.h, search/textindex.h, search/geo.h,
 * domain/codes.h, domain/offer.h (offer_today), db.
 */
#include "search/search.h"

/* The bitmap scans count bits: use the CPU's instruction (every x86-64
 * server of the last fifteen years has it) instead of libgcc's loop. */
#if defined(__x86_64__) && defined(__GNUC__)
#pragma GCC target("popcnt")
#endif

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/offer.h"
#include "search/geo.h"
#include "search/snapshot.h"

#include "search/textindex.h"

/* The fields of a hit that the snapshot does not hold. */
static const char sql_hit[] =
	"SELECT COALESCE(o.external_id, ''), o.title, g.name FROM offer o "
	"JOIN organisation g ON g.id = o.organisation_id WHERE o.id = ?1";
/* The municipality a postcode belongs to. */
static const char sql_origin_municipality[] =
	"SELECT r.id FROM region_postcode p JOIN region r ON r.id = "
	"p.region_id WHERE p.postcode = ?1 AND r.kind = 'municipality' "
	"ORDER BY r.id LIMIT 1";

/* --- reasons -------------------------------------------------------------- */

static void reason(arena *a, struct search_hit *h, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void reason(arena *a, struct search_hit *h, const char *fmt, ...)
{
	if (h->nreasons >= SEARCH_MAX_REASONS)
		return;
	va_list ap;
	va_start(ap, fmt);
	h->reasons[h->nreasons++] = arena_vprintf(a, fmt, ap);
	va_end(ap);
}

/* Index of code text in list, or -1. */
static int code_index(const struct code *list, const char *text)
{
	if (!text)
		return -1;
	for (int i = 0; list[i].code; i++)
		if (strcmp(list[i].code, text) == 0)
			return i;
	return -1;
}

/* --- the scan ------------------------------------------------------------ */

/* The filters of one search, resolved against the snapshot. */
struct plan {
	int32_t today;
	bool public_only;
	int64_t org_id;
	uint16_t need_mask; /* 0 with needs chosen: nothing fits */
	uint8_t age_mask;
	bool f_need, f_age, f_cost, f_lang, f_access, f_muni;
	int cost, lang, access; /* indexes, -1: unknown (nothing fits) */
	long muni;		/* region index, -1: nothing there */
	bool have_origin;
	double origin[3], plat, plon;
	double radius_c2; /* 0: no radius */
	long origin_muni; /* region index of the postcode's municipality */
	bool origin_muni_known;
	uint8_t remote_mask; /* geh, telefon, online */
	bool have_text, by_distance;
};

/* A candidate in the ranking. */
struct cand {
	double score;
	double c2; /* squared chord to the origin, -1 unknown */
	uint32_t idx, rank;
	uint8_t nn, na;
};

/* <0 when x ranks before y. */
static int cand_cmp(const struct plan *pl, const struct cand *x,
		    const struct cand *y)
{
	if (pl->by_distance) {
		bool ux = x->c2 < 0, uy = y->c2 < 0;
		if (ux != uy)
			return ux ? 1 : -1;
		if (!ux && x->c2 != y->c2)
			return x->c2 < y->c2 ? -1 : 1;
	}
	if (pl->have_text && x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->nn != y->nn)
		return x->nn > y->nn ? -1 : 1;
	if (x->na != y->na)
		return x->na > y->na ? -1 : 1;
	if (pl->have_origin && !pl->by_distance) {
		bool ux = x->c2 < 0, uy = y->c2 < 0;
		if (ux != uy)
			return ux ? 1 : -1;
		if (!ux && x->c2 != y->c2)
			return x->c2 < y->c2 ? -1 : 1;
	}
	return x->rank < y->rank ? -1 : x->rank > y->rank;
}

/* The best k candidates seen so far: a heap with the worst at the root;
 * or, for deep pages, every candidate (sorted at the end). */
struct topk {
	const struct plan *pl;
	struct cand *v;
	size_t n, k, cap;
	bool all;
};

static void heap_down(struct topk *t, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, w = i;
		if (l < t->n && cand_cmp(t->pl, &t->v[l], &t->v[w]) > 0)
			w = l;
		if (r < t->n && cand_cmp(t->pl, &t->v[r], &t->v[w]) > 0)
			w = r;
		if (w == i)
			return;
		struct cand tmp = t->v[i];
		t->v[i] = t->v[w];
		t->v[w] = tmp;
		i = w;
	}
}

static void topk_add(arena *a, struct topk *t, const struct cand *c)
{
	if (t->all) {
		t->v = arena_grow(a, t->v, t->n, &t->cap, sizeof *t->v);
		t->v[t->n++] = *c;
		return;
	}
	if (t->k == 0)
		return;
	if (t->n < t->k) {
		size_t i = t->n++;
		t->v[i] = *c;
		while (i > 0) {
			size_t up = (i - 1) / 2;
			if (cand_cmp(t->pl, &t->v[i], &t->v[up]) <= 0)
				break;
			struct cand tmp = t->v[i];
			t->v[i] = t->v[up];
			t->v[up] = tmp;
			i = up;
		}
		return;
	}
	if (cand_cmp(t->pl, c, &t->v[0]) >= 0)
		return;
	t->v[0] = *c;
	heap_down(t, 0);
}

static _Thread_local const struct plan *tl_plan;

static int cand_qsort(const void *x, const void *y)
{
	return cand_cmp(tl_plan, x, y);
}

/* Resolves the parameters against the snapshot. */
static void plan_make(db *d, const struct snapshot *s,
		      const struct search_params *p, struct plan *pl,
		      struct search_result *r)
{
	memset(pl, 0, sizeof *pl);
	char today[11];
	offer_today(today);
	pl->today = snapshot_date(today, 0);
	pl->public_only = p->public_only;
	pl->org_id = p->org_id;
	pl->f_need = p->nneeds > 0;
	for (size_t i = 0; i < p->nneeds && i < SEARCH_MAX_VALUES; i++) {
		int k = code_index(needs, p->needs[i]);
		if (k >= 0 && k < 16)
			pl->need_mask |= (uint16_t)(1u << k);
	}
	pl->f_age = p->nages > 0;
	for (size_t i = 0; i < p->nages && i < SEARCH_MAX_VALUES; i++) {
		int k = code_index(ages, p->ages[i]);
		if (k >= 0 && k < 8)
			pl->age_mask |= (uint8_t)(1u << k);
	}
	pl->f_cost = p->cost && *p->cost;
	pl->cost = pl->f_cost ? code_index(costs, p->cost) : -1;
	pl->f_lang = p->language && *p->language;
	pl->lang = pl->f_lang ? code_index(languages, p->language) : -1;
	pl->f_access = p->access && *p->access;
	pl->access = pl->f_access ? code_index(accesses, p->access) : -1;
	pl->f_muni = p->municipality != 0;
	pl->muni = pl->f_muni ? snapshot_region(s, p->municipality) : -1;
	const char *remote[] = {"geh", "telefon", "online"};
	for (size_t i = 0; i < 3; i++) {
		int k = code_index(accesses, remote[i]);
		if (k >= 0 && k < 8)
			pl->remote_mask |= (uint8_t)(1u << k);
	}
	pl->origin_muni = -1;
	if (p->postcode && *p->postcode) {
		pl->have_origin = geo_postcode(p->postcode, &pl->plat,
					       &pl->plon, NULL, 0);
		r->postcode_unknown = !pl->have_origin;
		if (pl->have_origin)
			snapshot_point(pl->plat, pl->plon, pl->origin);
		sqlite3_stmt *os = db_stmt(d, sql_origin_municipality);
		if (os) {
			db_bind_text(os, 1, p->postcode);
			if (sqlite3_step(os) == SQLITE_ROW) {
				pl->origin_muni_known = true;
				pl->origin_muni = snapshot_region(
					s, sqlite3_column_int64(os, 0));
			}
			sqlite3_reset(os);
		}
	}
	if (pl->have_origin && p->radius_km > 0)
		pl->radius_c2 = snapshot_km_chord2(p->radius_km);
	pl->by_distance = p->sort_distance && pl->have_origin;
}

/* Fills hit h of offer index i: the page's fields from SQLite, the
 * reasons from the snapshot. */
static int hit_fill(db *d, arena *a, const struct snapshot *s,
		    const struct search_params *p, const struct plan *pl,
		    const struct cand *c, struct search_hit *h)
{
	const struct snap_offer *o = &s->o[c->idx];
	memset(h, 0, sizeof *h);
	h->id = s->ids[c->idx];
	h->score = c->score;
	h->distance_km = pl->have_origin
				 ? snapshot_km(s, c->idx, pl->plat, pl->plon)
				 : -1;
	sqlite3_stmt *st = db_stmt(d, sql_hit);
	if (!st)
		return -1;
	db_bind_int(st, 1, h->id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		h->external_id = arena_strdup(a, db_col_text(st, 0));
		h->title = arena_strdup(a, db_col_text(st, 1));
		h->org_name = arena_strdup(a, db_col_text(st, 2));
	} else {
		h->external_id = h->title = h->org_name = "";
	}
	sqlite3_reset(st);
	/* "passt zu: 0–1 Jahr, Schreien/Schlafen/Füttern": the chosen age
	 * groups and needs it serves, in the order they were chosen. */
	char fit[512];
	size_t len = 0;
	fit[0] = '\0';
	for (int g = 0; g < 2; g++) {
		const char *const *v = g == 0 ? p->ages : p->needs;
		size_t nv = g == 0 ? p->nages : p->nneeds;
		const struct code *list = g == 0 ? ages : needs;
		unsigned mask = g == 0 ? o->ages : o->needs;
		for (size_t k = 0; k < nv && k < SEARCH_MAX_VALUES; k++) {
			int bit = code_index(list, v[k]);
			if (bit < 0 || !((mask >> bit) & 1))
				continue;
			bool dup = false;
			for (size_t j = 0; j < k && !dup; j++)
				dup = v[j] && strcmp(v[j], v[k]) == 0;
			if (dup)
				continue;
			int w = snprintf(fit + len, sizeof fit - len, "%s%s",
					 len ? ", " : "", list[bit].label);
			if (w > 0 && (size_t)w < sizeof fit - len)
				len += (size_t)w;
		}
	}
	if (len)
		reason(a, h, "passt zu: %s", fit);
	if (h->distance_km >= 0)
		reason(a, h, "%.0f km entfernt", h->distance_km);
	int geh = code_index(accesses, "geh");
	if (geh >= 0 && (o->access >> geh) & 1)
		reason(a, h, "kommt auch zu Ihnen nach Hause");
	if (o->cost >= 0 && strcmp(costs[o->cost].code, "kostenlos") == 0)
		reason(a, h, "kostenlos");
	if (pl->f_lang && pl->lang >= 0 && strcmp(p->language, "de") != 0 &&
	    (o->languages >> pl->lang) & 1)
		reason(a, h, "auch auf %s", languages[pl->lang].label);
	return 0;
}

/* The filter groups with facets, in this order. */
enum { G_NEED, G_AGE, G_COST, G_LANG, G_ACCESS, G_MUNI, G_N };

/* OR of the columns col0 + bit for the bits of mask into out (nw words);
 * all zeros when mask is 0. */
static void col_or(const struct snapshot *s, size_t col0, uint64_t mask,
		   uint64_t *out)
{
	memset(out, 0, s->nw * sizeof *out);
	while (mask) {
		size_t b = (size_t)__builtin_ctzll(mask);
		mask &= mask - 1;
		const uint64_t *c = snapshot_col(s, col0 + b);
		for (size_t w = 0; w < s->nw; w++)
			out[w] |= c[w];
	}
}

/* The bitmap of each chosen group's filter (NULL: not chosen). */
static void group_filters(arena *a, const struct snapshot *s,
			  const struct plan *pl, const uint64_t *f[G_N])
{
	size_t bytes = s->nw * sizeof(uint64_t);
	for (int g = 0; g < G_N; g++)
		f[g] = NULL;
	if (pl->f_need) {
		uint64_t *v = arena_alloc(a, bytes + 8);
		col_or(s, COL_NEED, pl->need_mask, v);
		f[G_NEED] = v;
	}
	if (pl->f_age) {
		uint64_t *v = arena_alloc(a, bytes + 8);
		col_or(s, COL_AGE, pl->age_mask, v);
		f[G_AGE] = v;
	}
	uint64_t *zero = NULL;
	if ((pl->f_cost && pl->cost < 0) || (pl->f_lang && pl->lang < 0) ||
	    (pl->f_access && pl->access < 0) || (pl->f_muni && pl->muni < 0))
		zero = arena_calloc(a, s->nw + 1, sizeof *zero);
	if (pl->f_cost)
		f[G_COST] =
			pl->cost >= 0 && pl->cost < 8
				? snapshot_col(s, COL_COST + (size_t)pl->cost)
				: zero;
	if (pl->f_lang)
		f[G_LANG] =
			pl->lang >= 0 && pl->lang < 64
				? snapshot_col(s, COL_LANG + (size_t)pl->lang)
				: zero;
	if (pl->f_access)
		f[G_ACCESS] =
			pl->access >= 0 && pl->access < 8
				? snapshot_col(s,
					       COL_ACCESS + (size_t)pl->access)
				: zero;
	if (pl->f_muni)
		f[G_MUNI] =
			pl->muni >= 0
				? snapshot_col(s, COL_REGION + (size_t)pl->muni)
				: zero;
}

/* The offers every search starts from: visible today (public) or not
 * archived; then the words, the organisation and the radius. */
static uint64_t *base_set(arena *a, const struct snapshot *s,
			  const struct plan *pl, const struct text_result *tr,
			  uint32_t *tidx)
{
	size_t nw = s->nw;
	uint64_t *base = arena_alloc(a, (nw + 1) * sizeof *base);
	if (pl->public_only && pl->today == s->today) {
		memcpy(base, snapshot_col(s, COL_PUBLIC), nw * sizeof *base);
	} else if (pl->public_only) {
		/* another day than the snapshot's: the offers with dates
		 * checked one by one */
		const uint64_t *vis = snapshot_col(s, COL_VISIBLE);
		const uint64_t *dated = snapshot_col(s, COL_DATED);
		for (size_t w = 0; w < nw; w++) {
			base[w] = vis[w];
			uint64_t check = vis[w] & dated[w];
			while (check) {
				size_t b = (size_t)__builtin_ctzll(check);
				check &= check - 1;
				const struct snap_offer *o = &s->o[w * 64 + b];
				if (o->valid_from > pl->today ||
				    o->valid_to < pl->today)
					base[w] &= ~((uint64_t)1 << b);
			}
		}
	} else {
		memcpy(base, snapshot_col(s, COL_LIVE), nw * sizeof *base);
	}
	if (pl->have_text) {
		/* keep only the matches; tidx[t] is the index of match t
		 * (UINT32_MAX when the offer is not in the snapshot) */
		uint64_t *t = arena_calloc(a, nw + 1, sizeof *t);
		size_t j = 0;
		for (size_t k = 0; k < tr->n; k++) {
			int64_t id = tr->m[k].id;
			if (j < s->n && s->ids[j] < id) {
				/* gallop: matches may be sparse */
				size_t step = 1, lo = j;
				while (lo + step < s->n &&
				       s->ids[lo + step] < id) {
					lo += step;
					step *= 2;
				}
				size_t hi = lo + step < s->n ? lo + step : s->n;
				while (lo < hi) {
					size_t mid = lo + (hi - lo) / 2;
					if (s->ids[mid] < id)
						lo = mid + 1;
					else
						hi = mid;
				}
				j = lo;
			}
			if (j < s->n && s->ids[j] == id) {
				tidx[k] = (uint32_t)j;
				t[j / 64] |= (uint64_t)1 << (j % 64);
			} else {
				tidx[k] = UINT32_MAX;
			}
		}
		for (size_t w = 0; w < nw; w++)
			base[w] &= t[w];
	}
	if (pl->org_id || pl->radius_c2 > 0) {
		for (size_t w = 0; w < nw; w++) {
			uint64_t bits = base[w];
			while (bits) {
				size_t b = (size_t)__builtin_ctzll(bits);
				bits &= bits - 1;
				size_t i = w * 64 + b;
				bool keep = !pl->org_id ||
					    s->o[i].org_id == pl->org_id;
				if (keep && pl->radius_c2 > 0) {
					double c2 = snapshot_chord2(s, i,
								    pl->origin);
					/* Beyond the radius, offers that come to
					 * the family or work by phone or online
					 * still fit - when they serve the
					 * family's municipality (or the whole
					 * district). */
					if (c2 < 0 || c2 > pl->radius_c2) {
						const struct snap_offer *o =
							&s->o[i];
						bool serves =
							pl->origin_muni_known &&
							(!o->has_region ||
							 snapshot_has_region(
								 s, i,
								 pl->origin_muni));
						keep = (o->access &
							pl->remote_mask) &&
						       serves;
					}
				}
				if (!keep)
					base[w] &= ~((uint64_t)1 << b);
			}
		}
	}
	return base;
}

/* The facet counts: for each group, the offers of base that pass every
 * other group's filter, counted per value by bitmap intersection. */
static void facets_count(arena *a, const struct snapshot *s,
			 const uint64_t *base, const uint64_t *f[G_N],
			 struct search_facets *fs)
{
	static const struct {
		int group;
		size_t col0, max;
	} cols[] = {{G_NEED, COL_NEED, 16},
		    {G_AGE, COL_AGE, 8},
		    {G_COST, COL_COST, 8},
		    {G_LANG, COL_LANG, 64},
		    {G_ACCESS, COL_ACCESS, 8}};
	const struct code *lists[] = {needs, ages, costs, languages, accesses};
	struct search_facet *out[5];
	size_t nout[5];
	for (int k = 0; k < 5; k++) {
		nout[k] = (size_t)code_count(lists[k]);
		out[k] = arena_calloc(a, nout[k] + 1, sizeof *out[k]);
		for (size_t v = 0; v < nout[k]; v++)
			out[k][v].code = lists[k][v].code;
	}
	int64_t *regions = arena_calloc(a, s->nregions + 1, sizeof *regions);
	/* Group by group: its passing set, then one sequential pass per
	 * value (two streams, kind to the cache). */
	uint64_t *pass = arena_alloc(a, (s->nw + 1) * sizeof *pass);
	for (int g = 0; g < G_N; g++) {
		size_t lo = s->nw, hi = 0;
		for (size_t w = 0; w < s->nw; w++) {
			uint64_t m = base[w];
			for (int h = 0; h < G_N && m; h++)
				if (h != g && f[h])
					m &= f[h][w];
			pass[w] = m;
			if (m) {
				if (w < lo)
					lo = w;
				hi = w + 1;
			}
		}
		if (lo >= hi)
			continue;
		if (g == G_MUNI) {
			for (size_t r = 0; r < s->nregions; r++) {
				const uint64_t *c =
					snapshot_col(s, COL_REGION + r);
				int64_t n = 0;
				for (size_t w = lo; w < hi; w++)
					n += __builtin_popcountll(pass[w] &
								  c[w]);
				regions[r] = n;
			}
			continue;
		}
		int k = 0;
		while (k < 5 && cols[k].group != g)
			k++;
		size_t nv = nout[k] < cols[k].max ? nout[k] : cols[k].max;
		for (size_t v = 0; v < nv; v++) {
			const uint64_t *c = snapshot_col(s, cols[k].col0 + v);
			int64_t n = 0;
			for (size_t w = lo; w < hi; w++)
				n += __builtin_popcountll(pass[w] & c[w]);
			out[k][v].count = n;
		}
	}
	fs->needs = out[0];
	fs->n_needs = nout[0];
	fs->ages = out[1];
	fs->n_ages = nout[1];
	fs->costs = out[2];
	fs->n_costs = nout[2];
	fs->languages = out[3];
	fs->n_languages = nout[3];
	fs->accesses = out[4];
	fs->n_accesses = nout[4];
	size_t nm = 0;
	for (size_t r = 0; r < s->nregions; r++)
		nm += regions[r] > 0;
	fs->municipalities =
		arena_calloc(a, nm + 1, sizeof *fs->municipalities);
	for (size_t r = 0; r < s->nregions; r++)
		if (regions[r] > 0)
			fs->municipalities[fs->n_municipalities++] =
				(struct search_facet){NULL, s->region_ids[r],
						      regions[r]};
}

/* The ranking candidate of offer i. */
static struct cand cand_of(const struct snapshot *s, const struct plan *pl,
			   size_t i, double score)
{
	const struct snap_offer *o = &s->o[i];
	return (struct cand){
		.score = score,
		.c2 = pl->have_origin ? snapshot_chord2(s, i, pl->origin) : -1,
		.idx = (uint32_t)i,
		.rank = o->title_rank,
		.nn = (uint8_t)__builtin_popcount(o->needs & pl->need_mask),
		.na = (uint8_t)__builtin_popcount(o->ages & pl->age_mask)};
}

int search_offers(db *d, arena *a, const struct search_params *p,
		  struct search_result *r)
{
	memset(r, 0, sizeof *r);
	/* The words first: the index answers ids with scores. */
	struct text_result tr = {0};
	bool have_text = false;
	if (p->q && p->q[strspn(p->q, " \t\r\n")]) {
		if (text_search(d, a, p->q, &tr) < 0)
			return -1;
		have_text = true;
		r->loosened = tr.loosened;
		r->suggestion = tr.suggestion;
		r->corrected = tr.corrected;
	}
	const struct snapshot *s = snapshot_get(d);
	if (!s)
		return -1;
	struct plan pl;
	plan_make(d, s, p, &pl, r);
	pl.have_text = have_text;

	/* The sets: base (visibility, words, organisation, radius), each
	 * group's filter, and the hits: base and every filter. */
	uint32_t *tidx =
		have_text ? arena_alloc(a, (tr.n + 1) * sizeof *tidx) : NULL;
	const uint64_t *base = base_set(a, s, &pl, &tr, tidx);
	const uint64_t *f[G_N];
	group_filters(a, s, &pl, f);
	uint64_t *hits = arena_alloc(a, (s->nw + 1) * sizeof *hits);
	for (size_t w = 0; w < s->nw; w++) {
		uint64_t m = base[w];
		for (int g = 0; g < G_N; g++)
			if (f[g])
				m &= f[g][w];
		hits[w] = m;
		r->total += __builtin_popcountll(m);
	}
	if (p->facets)
		facets_count(a, s, base, f, &r->facets);

	/* The page: the best skip + per of the hits. */
	int64_t per = p->per_page >= 1 && p->per_page <= 100 ? p->per_page : 20;
	int64_t page = p->page >= 1 ? p->page : 1;
	int64_t skip = (page - 1) * per;
	struct topk top = {.pl = &pl};
	if (skip + per <= 4096) {
		top.k = (size_t)(skip + per);
		top.v = arena_alloc(a, top.k * sizeof *top.v);
	} else {
		top.all = true;
	}
#define HAS(set, i) (((set)[(i) / 64] >> ((i) % 64)) & 1)
	if (skip >= r->total) {
		/* nothing on this page */
	} else if (have_text) {
		for (size_t t = 0; t < tr.n; t++)
			if (tidx[t] != UINT32_MAX && HAS(hits, tidx[t])) {
				struct cand c =
					cand_of(s, &pl, tidx[t], tr.m[t].score);
				topk_add(a, &top, &c);
			}
	} else if (!pl.have_origin && p->nneeds <= 1 && p->nages <= 1) {
		/* the order is the title's: the first hits in title order */
		for (size_t t = 0; t < s->n && top.n < (size_t)(skip + per);
		     t++) {
			size_t i = s->by_title[t];
			if (HAS(hits, i)) {
				struct cand c = cand_of(s, &pl, i, 0);
				topk_add(a, &top, &c);
			}
		}
	} else {
		for (size_t w = 0; w < s->nw; w++) {
			uint64_t bits = hits[w];
			while (bits) {
				size_t i =
					w * 64 + (size_t)__builtin_ctzll(bits);
				bits &= bits - 1;
				struct cand c = cand_of(s, &pl, i, 0);
				topk_add(a, &top, &c);
			}
		}
	}
#undef HAS
	tl_plan = &pl;
	if (top.n)
		qsort(top.v, top.n, sizeof *top.v, cand_qsort);
	tl_plan = NULL;
	size_t cap = 0;
	int rc = 0;
	for (size_t k = (size_t)skip; k < top.n && (int64_t)r->n < per; k++) {
		r->hits = arena_grow(a, r->hits, r->n, &cap, sizeof *r->hits);
		if (hit_fill(d, a, s, p, &pl, &top.v[k], &r->hits[r->n]) < 0) {
			rc = -1;
			break;
		}
		r->n++;
	}
	snapshot_put(s);
	return rc;
}

int search_place(db *d, arena *a, int64_t municipality, const char *need,
		 int64_t offset, int64_t per_need, struct search_result *out)
{
	int nn = code_count(needs);
	memset(out, 0, (size_t)nn * sizeof *out);
	const struct snapshot *s = snapshot_get(d);
	if (!s)
		return -1;
	char today[11];
	offer_today(today);
	int32_t tday = snapshot_date(today, 0);
	long k = snapshot_region(s, municipality);
	uint16_t mask = 0xffff;
	if (need && *need) {
		int bit = code_index(needs, need);
		mask = bit >= 0 && bit < 16 ? (uint16_t)(1u << bit) : 0;
	}
	if (offset < 0)
		offset = 0;
	if (per_need < 0)
		per_need = 0;
	size_t *cap = arena_calloc(a, (size_t)nn + 1, sizeof *cap);
	struct search_params none = {0};
	struct plan pl = {0};
	int geh = code_index(accesses, "geh");
	int rc = 0;
	/* The public offers there (a bitmap AND on the snapshot's day),
	 * then in title order, so that the first offers of a need are its
	 * first page. */
	uint64_t *here = NULL;
	if (k >= 0 && tday == s->today) {
		here = arena_alloc(a, (s->nw + 1) * sizeof *here);
		const uint64_t *pub = snapshot_col(s, COL_PUBLIC);
		const uint64_t *reg = snapshot_col(s, COL_REGION + (size_t)k);
		for (size_t w = 0; w < s->nw; w++)
			here[w] = pub[w] & reg[w];
	}
	for (size_t t = 0; k >= 0 && t < s->n && rc == 0; t++) {
		size_t i = s->by_title[t];
		if (here && !((here[i / 64] >> (i % 64)) & 1))
			continue;
		const struct snap_offer *o = &s->o[i];
		if (!here && (o->status != SNAP_PUBLISHED || o->org_hidden ||
			      o->valid_from > tday || o->valid_to < tday ||
			      !snapshot_has_region(s, i, k)))
			continue;
		uint64_t bits = o->needs & mask;
		while (bits) {
			int b = __builtin_ctzll(bits);
			bits &= bits - 1;
			if (b >= nn)
				continue;
			struct search_result *r = &out[b];
			r->total++;
			if (r->total <= offset || r->total > offset + per_need)
				continue;
			r->hits = arena_grow(a, r->hits, r->n, &cap[b],
					     sizeof *r->hits);
			struct search_hit *h = &r->hits[r->n];
			struct cand c = {.idx = (uint32_t)i};
			if (hit_fill(d, a, s, &none, &pl, &c, h) < 0) {
				rc = -1;
				break;
			}
			/* only what holds without a filter */
			h->nreasons = 0;
			if (geh >= 0 && (o->access >> geh) & 1)
				reason(a, h, "kommt auch zu Ihnen nach Hause");
			if (o->cost >= 0 &&
			    strcmp(costs[o->cost].code, "kostenlos") == 0)
				reason(a, h, "kostenlos");
			r->n++;
		}
	}
	snapshot_put(s);
	return rc;
}
