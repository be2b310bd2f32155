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

/* Counts of the facets while scanning; turned into search_facets. */
struct counts {
	int64_t needs[16], ages[8], costs[8], accesses[8], languages[64];
	int64_t *regions; /* per region index */
};

/* Adds offer i to the counts of the groups in which it is counted. */
static void count_bits(int64_t *c, uint64_t bits)
{
	while (bits) {
		int k = __builtin_ctzll(bits);
		c[k]++;
		bits &= bits - 1;
	}
}

/* One code facet from the counts, every code of list (zeros included). */
static struct search_facet *facet_codes(arena *a, const struct code *list,
					const int64_t *c, size_t max, size_t *n)
{
	*n = (size_t)code_count(list);
	struct search_facet *f = arena_calloc(a, *n + 1, sizeof *f);
	for (size_t i = 0; i < *n; i++) {
		f[i].code = list[i].code;
		f[i].count = i < max ? c[i] : 0;
	}
	return f;
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
	struct counts cnt;
	memset(&cnt, 0, sizeof cnt);
	if (p->facets)
		cnt.regions =
			arena_calloc(a, s->nregions + 1, sizeof *cnt.regions);

	size_t limit = have_text ? tr.n : s->n;
	size_t j = 0; /* merge position in s->ids */
	for (size_t t = 0; t < limit; t++) {
		size_t i;
		double score = 0;
		if (have_text) {
			int64_t id = tr.m[t].id;
			while (j < s->n && s->ids[j] < id)
				j++;
			if (j == s->n)
				break;
			if (s->ids[j] != id)
				continue;
			i = j;
			score = tr.m[t].score;
		} else {
			i = t;
		}
		const struct snap_offer *o = &s->o[i];
		if (pl.public_only) {
			if (o->status != SNAP_PUBLISHED || o->org_hidden ||
			    o->valid_from > pl.today || o->valid_to < pl.today)
				continue;
		} else if (o->status == SNAP_ARCHIVED) {
			continue;
		}
		if (pl.org_id && o->org_id != pl.org_id)
			continue;
		double c2 = -1;
		if (pl.have_origin) {
			c2 = snapshot_chord2(s, i, pl.origin);
			/* Beyond the radius, offers that come to the family
			 * or work by phone or online still fit - when they
			 * serve the family's municipality (or the whole
			 * district). */
			if (pl.radius_c2 > 0 && (c2 < 0 || c2 > pl.radius_c2)) {
				bool serves = pl.origin_muni_known &&
					      (!o->has_region ||
					       snapshot_has_region(
						       s, i, pl.origin_muni));
				if (!((o->access & pl.remote_mask) && serves))
					continue;
			}
		}
		bool ok_need = !pl.f_need || (o->needs & pl.need_mask);
		bool ok_age = !pl.f_age || (o->ages & pl.age_mask);
		bool ok_cost =
			!pl.f_cost || (pl.cost >= 0 && o->cost == pl.cost);
		bool ok_lang = !pl.f_lang || (pl.lang >= 0 &&
					      ((o->languages >> pl.lang) & 1));
		bool ok_access =
			!pl.f_access ||
			(pl.access >= 0 && ((o->access >> pl.access) & 1));
		bool ok_muni = !pl.f_muni || snapshot_has_region(s, i, pl.muni);
		int fails = !ok_need + !ok_age + !ok_cost + !ok_lang +
			    !ok_access + !ok_muni;
		if (fails > 1 || (fails && !p->facets))
			continue;
		if (p->facets) {
			/* each group counts the offers failing at most its
			 * own filter */
			if (fails == 0 || !ok_need)
				count_bits(cnt.needs, o->needs);
			if (fails == 0 || !ok_age)
				count_bits(cnt.ages, o->ages);
			if ((fails == 0 || !ok_cost) && o->cost >= 0 &&
			    o->cost < 8)
				cnt.costs[o->cost]++;
			if (fails == 0 || !ok_lang)
				count_bits(cnt.languages, o->languages);
			if (fails == 0 || !ok_access)
				count_bits(cnt.accesses, o->access);
			if ((fails == 0 || !ok_muni) && o->has_region)
				for (size_t w = 0; w < s->words; w++) {
					uint64_t bits =
						s->regions[i * s->words + w];
					while (bits) {
						int k = __builtin_ctzll(bits);
						cnt.regions[w * 64 +
							    (size_t)k]++;
						bits &= bits - 1;
					}
				}
			if (fails)
				continue;
		}
		r->total++;
		struct cand c = {.score = score,
				 .c2 = c2,
				 .idx = (uint32_t)i,
				 .rank = o->title_rank,
				 .nn = (uint8_t)__builtin_popcount(
					 o->needs & pl.need_mask),
				 .na = (uint8_t)__builtin_popcount(
					 o->ages & pl.age_mask)};
		topk_add(a, &top, &c);
	}

	/* the page, in order */
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

	if (p->facets) {
		struct search_facets *fs = &r->facets;
		fs->needs = facet_codes(a, needs, cnt.needs, 16, &fs->n_needs);
		fs->ages = facet_codes(a, ages, cnt.ages, 8, &fs->n_ages);
		fs->costs = facet_codes(a, costs, cnt.costs, 8, &fs->n_costs);
		fs->languages = facet_codes(a, languages, cnt.languages, 64,
					    &fs->n_languages);
		fs->accesses = facet_codes(a, accesses, cnt.accesses, 8,
					   &fs->n_accesses);
		size_t nm = 0;
		for (size_t k = 0; k < s->nregions; k++)
			nm += cnt.regions[k] > 0;
		fs->municipalities =
			arena_calloc(a, nm + 1, sizeof *fs->municipalities);
		for (size_t k = 0; k < s->nregions; k++)
			if (cnt.regions[k] > 0)
				fs->municipalities[fs->n_municipalities++] =
					(struct search_facet){NULL,
							      s->region_ids[k],
							      cnt.regions[k]};
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
	/* In title order, so that the first offers of a need are its
	 * first page. */
	for (size_t t = 0; k >= 0 && t < s->n && rc == 0; t++) {
		size_t i = s->by_title[t];
		const struct snap_offer *o = &s->o[i];
		if (o->status != SNAP_PUBLISHED || o->org_hidden ||
		    o->valid_from > tday || o->valid_to < tday ||
		    !snapshot_has_region(s, i, k))
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
