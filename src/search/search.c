/*
 * search.c - offer search with filters and reasons (see search.h).
 *
 * One SQL statement selects the candidates with every filter as an
 * EXISTS clause (a NULL parameter switches a filter off); the words of q
 * are matched in C, case-insensitively, against title, description and
 * organisation. Distances are computed from the offer's locations.
 */
#include "search/search.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/offer.h"
#include "search/geo.h"

/* Published, valid today (?2), of an organisation neither archived nor
 * left: what the public may see. */
#define PUBLIC_OFFER                                                           \
	"(o.status = 'published' AND (o.valid_from IS NULL OR o.valid_from "   \
	"<= ?2) AND (o.valid_to IS NULL OR o.valid_to >= ?2) AND g.archived "  \
	"= "                                                                   \
	"0 AND g.membership <> 'left')"
#define CANDIDATE_COLUMNS                                                      \
	"SELECT o.id, COALESCE(o.external_id, ''), o.title, g.name, "          \
	"o.description, o.cost, "                                              \
	"(SELECT group_concat(need, '|') FROM offer_need WHERE offer_id = "    \
	"o.id), "                                                              \
	"(SELECT group_concat(age, '|') FROM offer_age WHERE offer_id = "      \
	"o.id), "                                                              \
	"(SELECT group_concat(language, '|') FROM offer_language WHERE "       \
	"offer_id = o.id), "                                                   \
	"(SELECT group_concat(access, '|') FROM offer_access WHERE offer_id "  \
	"= o.id) "
#define CANDIDATE_FROM                                                         \
	"FROM offer o JOIN organisation g ON g.id = o.organisation_id "        \
	"WHERE (?1 = 0 OR " PUBLIC_OFFER ") "                                  \
	"AND (?1 = 1 OR o.status <> 'archived') "
static const char sql_candidates[] = CANDIDATE_COLUMNS CANDIDATE_FROM
	"AND (?3 IS NULL OR o.cost = ?3) "
	"AND (?4 IS NULL OR EXISTS (SELECT 1 FROM offer_language l WHERE "
	"l.offer_id = o.id AND l.language = ?4)) "
	"AND (?5 IS NULL OR EXISTS (SELECT 1 FROM offer_access x WHERE "
	"x.offer_id = o.id AND x.access = ?5)) "
	/* One list of the offers at or serving the municipality (by the
	 * region indexes), not a probe per offer. */
	"AND (?6 = 0 OR o.id IN (SELECT offer_id FROM offer_location WHERE "
	"region_id = ?6 UNION ALL SELECT offer_id FROM offer_region WHERE "
	"region_id = ?6)) "
	"AND (?7 = 0 OR o.organisation_id = ?7) "
	"ORDER BY o.title COLLATE NOCASE, o.id";
/* With facets: cost, language, access and municipality are tested in C
 * (each facet needs the offers that fail only its own filter); columns 10
 * and 11 list the regions of the offer's places and those it serves. */
static const char sql_candidates_facets[] = CANDIDATE_COLUMNS
	", (SELECT group_concat(region_id, '|') FROM offer_location WHERE "
	"offer_id = o.id AND region_id IS NOT NULL), "
	"(SELECT group_concat(region_id, '|') FROM offer_region WHERE "
	"offer_id = o.id) " CANDIDATE_FROM
	"AND (?7 = 0 OR o.organisation_id = ?7) "
	"ORDER BY o.title COLLATE NOCASE, o.id";
/* One offer's fields for a hit (after sorting by distance). */
static const char sql_hit[] =
	"SELECT COALESCE(o.external_id, ''), o.title, g.name, o.cost, "
	"(SELECT group_concat(language, '|') FROM offer_language WHERE "
	"offer_id = o.id), "
	"(SELECT group_concat(access, '|') FROM offer_access WHERE offer_id = "
	"o.id) "
	"FROM offer o JOIN organisation g ON g.id = o.organisation_id WHERE "
	"o.id = ?1";
/* The public offers at or serving municipality ?1, one row per need (?3:
 * only that one), numbered by title within the need; rows ?4 + 1 to ?4 +
 * ?5 of each need, with the need's total. Driven by the region indexes,
 * so that it does not read every offer. */
static const char sql_place[] =
	"WITH here(id) AS (SELECT offer_id FROM offer_location WHERE "
	"region_id = ?1 UNION SELECT offer_id FROM offer_region WHERE "
	"region_id = ?1), "
	"ranked AS (SELECT n.need, o.id, COALESCE(o.external_id, '') AS ext, "
	"o.title, g.name AS org, o.cost, row_number() OVER (PARTITION BY "
	"n.need ORDER BY o.title COLLATE NOCASE, o.id) AS rn, count(*) OVER "
	"(PARTITION BY n.need) AS total FROM here h JOIN offer o ON o.id = "
	"h.id JOIN organisation g ON g.id = o.organisation_id JOIN offer_need "
	"n ON n.offer_id = o.id WHERE " PUBLIC_OFFER " AND (?3 IS NULL OR "
	"n.need = ?3)) "
	"SELECT need, total, id, ext, title, org, cost, EXISTS (SELECT 1 FROM "
	"offer_access x WHERE x.offer_id = ranked.id AND x.access = 'geh') "
	"FROM ranked WHERE rn > ?4 AND rn <= ?4 + ?5 ORDER BY need, rn";
/* The municipality a postcode belongs to, and whether an offer serves it
 * (located there or serving it explicitly). */
static const char sql_origin_municipality[] =
	"SELECT r.id FROM region_postcode p JOIN region r ON r.id = "
	"p.region_id WHERE p.postcode = ?1 AND r.kind = 'municipality' "
	"ORDER BY r.id LIMIT 1";
static const char sql_serves[] =
	"SELECT 1 WHERE EXISTS (SELECT 1 FROM offer_region WHERE offer_id = "
	"?1 AND region_id = ?2) OR EXISTS (SELECT 1 FROM offer_location WHERE "
	"offer_id = ?1 AND region_id = ?2) OR (NOT EXISTS (SELECT 1 FROM "
	"offer_region WHERE offer_id = ?1) AND NOT EXISTS (SELECT 1 FROM "
	"offer_location WHERE offer_id = ?1 AND region_id IS NOT NULL))";

/* True when offer id serves municipality muni of the district: located
 * there, serving it, or bound to no municipality at all (district-wide). */
static bool serves(db *d, int64_t id, int64_t muni)
{
	sqlite3_stmt *st = muni ? db_stmt(d, sql_serves) : NULL;
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	db_bind_int(st, 2, muni);
	bool yes = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return yes;
}

static const char sql_locations[] =
	"SELECT lat, lon FROM offer_location WHERE offer_id = ?1 AND lat IS "
	"NOT NULL";

/* Case-insensitive substring test that folds ASCII and the German
 * umlauts (ä/Ä, ö/Ö, ü/Ü) in UTF-8. */
static void fold(const char *in, char *out, size_t outlen)
{
	size_t j = 0;
	for (size_t i = 0; in[i] && j + 3 < outlen; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c == 0xC3 && in[i + 1]) {
			unsigned char n = (unsigned char)in[i + 1];
			if (n == 0x84 || n == 0x96 || n == 0x9C) { /* Ä Ö Ü */
				out[j++] = (char)c;
				out[j++] = (char)(n + 0x20);
				i++;
				continue;
			}
		}
		out[j++] = (char)tolower(c);
	}
	out[j] = '\0';
}

static bool has_code(const char *list, const char *code)
{
	if (!list || !code)
		return false;
	size_t n = strlen(code);
	for (const char *p = list; (p = strstr(p, code)); p += n)
		if ((p == list || p[-1] == '|') &&
		    (p[n] == '\0' || p[n] == '|'))
			return true;
	return false;
}

static void reason(arena *a, struct search_hit *h, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#include <stdarg.h>
static void reason(arena *a, struct search_hit *h, const char *fmt, ...)
{
	if (h->nreasons >= SEARCH_MAX_REASONS)
		return;
	va_list ap;
	va_start(ap, fmt);
	h->reasons[h->nreasons++] = arena_vprintf(a, fmt, ap);
	va_end(ap);
}

/* Fills the fields and the reasons of hit h from the offer's columns. */
static void hit_fill(arena *a, const struct search_params *p,
		     struct search_hit *h, const char *ext, const char *title,
		     const char *org, const char *cost, const char *langs_l,
		     const char *access_l, const char *need_hit,
		     const char *age_hit)
{
	h->external_id = arena_strdup(a, ext);
	h->title = arena_strdup(a, title);
	h->org_name = arena_strdup(a, org);
	if (need_hit || age_hit)
		reason(a, h, "passt zu: %s%s%s",
		       age_hit ? code_label(ages, age_hit) : "",
		       age_hit && need_hit ? ", " : "",
		       need_hit ? code_label(needs, need_hit) : "");
	if (h->distance_km >= 0)
		reason(a, h, "%.0f km entfernt", h->distance_km);
	if (has_code(access_l, "geh"))
		reason(a, h, "kommt auch zu Ihnen nach Hause");
	if (cost && strcmp(cost, "kostenlos") == 0)
		reason(a, h, "kostenlos");
	if (p->language && *p->language && strcmp(p->language, "de") &&
	    has_code(langs_l, p->language))
		reason(a, h, "auch auf %s", code_label(languages, p->language));
}

/* A facet of a code list with every code at count 0. */
static struct search_facet *facet_new(arena *a, const struct code *list,
				      size_t *n)
{
	*n = (size_t)code_count(list);
	struct search_facet *f = arena_calloc(a, *n + 1, sizeof *f);
	for (size_t i = 0; i < *n; i++)
		f[i].code = list[i].code;
	return f;
}

/* Counts each code of the '|'-separated list in facet f of list. */
static void facet_add(struct search_facet *f, const struct code *list,
		      const char *codes)
{
	if (!codes)
		return;
	for (size_t i = 0; list[i].code; i++)
		if (has_code(codes, list[i].code))
			f[i].count++;
}

/* Counts the regions of the two '|'-separated id lists (each once). */
static void facet_add_regions(arena *a, struct search_facets *fs, size_t *cap,
			      const char *l1, const char *l2)
{
	int64_t seen[64];
	size_t nseen = 0;
	const char *lists[2] = {l1, l2};
	for (int k = 0; k < 2; k++) {
		for (const char *s = lists[k]; s && *s;) {
			char *end;
			long long id = strtoll(s, &end, 10);
			if (end == s)
				break;
			s = *end == '|' ? end + 1 : end;
			bool dup = false;
			for (size_t i = 0; i < nseen && !dup; i++)
				dup = seen[i] == id;
			if (dup || nseen >= 64)
				continue;
			seen[nseen++] = id;
			size_t i = 0;
			while (i < fs->n_municipalities &&
			       fs->municipalities[i].region_id != id)
				i++;
			if (i == fs->n_municipalities) {
				fs->municipalities =
					arena_grow(a, fs->municipalities,
						   fs->n_municipalities, cap,
						   sizeof *fs->municipalities);
				fs->municipalities[fs->n_municipalities++] =
					(struct search_facet){NULL, id, 0};
			}
			fs->municipalities[i].count++;
		}
	}
}

/* A match kept for sorting by distance: its id, distance and the need
 * and age it matched. */
struct match {
	int64_t id;
	double km;
	double score;
	size_t order;
	const char *need_hit, *age_hit;
};

/* Nearest first; offers without a known distance last; ties in the
 * usual order. */
static int match_cmp(const void *x, const void *y)
{
	const struct match *a = x, *b = y;
	bool ua = a->km < 0, ub = b->km < 0;
	if (ua != ub)
		return ua ? 1 : -1;
	if (!ua && a->km != b->km)
		return a->km < b->km ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

int search_offers(db *d, arena *a, const struct search_params *p,
		  struct search_result *r)
{
	memset(r, 0, sizeof *r);
	char today[11];
	offer_today(today);
	double plat = 0, plon = 0;
	int64_t origin_muni = 0;
	bool have_origin = false;
	if (p->postcode && *p->postcode) {
		have_origin = geo_postcode(p->postcode, &plat, &plon, NULL, 0);
		sqlite3_stmt *os = db_stmt(d, sql_origin_municipality);
		if (os) {
			db_bind_text(os, 1, p->postcode);
			if (sqlite3_step(os) == SQLITE_ROW)
				origin_muni = sqlite3_column_int64(os, 0);
			sqlite3_reset(os);
		}
		r->postcode_unknown = !have_origin;
	}
	/* The words of q, folded. */
	char qbuf[512];
	const char *words[16];
	size_t nwords = 0;
	if (p->q && *p->q) {
		fold(p->q, qbuf, sizeof qbuf);
		char *save = NULL;
		for (char *w = strtok_r(qbuf, " \t,;.", &save);
		     w && nwords < 16; w = strtok_r(NULL, " \t,;.", &save))
			words[nwords++] = w;
	}
	const char *f_cost = p->cost && *p->cost ? p->cost : NULL;
	const char *f_lang = p->language && *p->language ? p->language : NULL;
	const char *f_access = p->access && *p->access ? p->access : NULL;
	char f_muni[24] = "";
	if (p->municipality)
		snprintf(f_muni, sizeof f_muni, "%lld",
			 (long long)p->municipality);
	struct search_facets *fs = &r->facets;
	size_t muni_cap = 0;
	if (p->facets) {
		fs->needs = facet_new(a, needs, &fs->n_needs);
		fs->ages = facet_new(a, ages, &fs->n_ages);
		fs->costs = facet_new(a, costs, &fs->n_costs);
		fs->languages = facet_new(a, languages, &fs->n_languages);
		fs->accesses = facet_new(a, accesses, &fs->n_accesses);
	}
	sqlite3_stmt *st =
		db_stmt(d, p->facets ? sql_candidates_facets : sql_candidates);
	if (!st)
		return -1;
	db_bind_int(st, 1, p->public_only);
	db_bind_text(st, 2, today);
	if (!p->facets) {
		db_bind_text(st, 3, f_cost);
		db_bind_text(st, 4, f_lang);
		db_bind_text(st, 5, f_access);
		db_bind_int(st, 6, p->municipality);
	}
	db_bind_int(st, 7, p->org_id);
	int64_t per = p->per_page >= 1 && p->per_page <= 100 ? p->per_page : 20;
	int64_t page = p->page >= 1 ? p->page : 1;
	int64_t skip = (page - 1) * per;
	bool by_distance = p->sort_distance && have_origin;
	struct match *matches = NULL;
	size_t nmatches = 0, matches_cap = 0;
	size_t cap = 0;
	char text[16384];
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *needs_l = (const char *)sqlite3_column_text(st, 6);
		const char *ages_l = (const char *)sqlite3_column_text(st, 7);
		const char *langs_l = (const char *)sqlite3_column_text(st, 8);
		const char *access_l = (const char *)sqlite3_column_text(st, 9);
		struct search_hit h = {0};
		h.distance_km = -1;
		/* needs and ages: any of the chosen ones */
		const char *need_hit = NULL, *age_hit = NULL;
		for (size_t i = 0; i < p->nneeds && !need_hit; i++)
			if (has_code(needs_l, p->needs[i]))
				need_hit = p->needs[i];
		bool ok_need = !p->nneeds || need_hit;
		for (size_t i = 0; i < p->nages && !age_hit; i++)
			if (has_code(ages_l, p->ages[i]))
				age_hit = p->ages[i];
		bool ok_age = !p->nages || age_hit;
		if (!p->facets && (!ok_need || !ok_age))
			continue;
		if (nwords) {
			snprintf(text, sizeof text, "%s %s %s",
				 db_col_text(st, 2), db_col_text(st, 3),
				 db_col_text(st, 4));
			char folded[16384];
			fold(text, folded, sizeof folded);
			size_t found = 0;
			for (size_t i = 0; i < nwords; i++)
				if (strstr(folded, words[i]))
					found++;
			if (found < nwords)
				continue;
			h.score += (double)found;
		}
		int64_t id = sqlite3_column_int64(st, 0);
		if (have_origin) {
			sqlite3_stmt *ls = db_stmt(d, sql_locations);
			/* db_stmt resets only this statement; the outer one
			 * keeps its place. */
			if (ls) {
				db_bind_int(ls, 1, id);
				while (sqlite3_step(ls) == SQLITE_ROW) {
					double km = geo_km(
						plat, plon,
						sqlite3_column_double(ls, 0),
						sqlite3_column_double(ls, 1));
					if (h.distance_km < 0 ||
					    km < h.distance_km)
						h.distance_km = km;
				}
				sqlite3_reset(ls);
			}
			/* Beyond the radius, offers that come to the family
			 * or work by phone or online still fit - when they
			 * serve the family's municipality. */
			bool remote = has_code(access_l, "geh") ||
				      has_code(access_l, "telefon") ||
				      has_code(access_l, "online");
			if (p->radius_km > 0 &&
			    (h.distance_km < 0 ||
			     h.distance_km > p->radius_km) &&
			    !(remote && serves(d, id, origin_muni)))
				continue;
		}
		if (p->facets) {
			/* The filters the SQL left to us, then each facet
			 * counts the offers failing at most its own. */
			const char *cost = db_col_text(st, 5);
			const char *reg1 =
				(const char *)sqlite3_column_text(st, 10);
			const char *reg2 =
				(const char *)sqlite3_column_text(st, 11);
			bool ok_cost = !f_cost || strcmp(cost, f_cost) == 0;
			bool ok_lang = !f_lang || has_code(langs_l, f_lang);
			bool ok_access =
				!f_access || has_code(access_l, f_access);
			bool ok_muni = !f_muni[0] || has_code(reg1, f_muni) ||
				       has_code(reg2, f_muni);
			int fails = !ok_need + !ok_age + !ok_cost + !ok_lang +
				    !ok_access + !ok_muni;
			if (fails > 1)
				continue;
			if (fails == 0 || !ok_need)
				facet_add(fs->needs, needs, needs_l);
			if (fails == 0 || !ok_age)
				facet_add(fs->ages, ages, ages_l);
			if (fails == 0 || !ok_cost) {
				const struct code *c = code_find(costs, cost);
				if (c)
					fs->costs[c - costs].count++;
			}
			if (fails == 0 || !ok_lang)
				facet_add(fs->languages, languages, langs_l);
			if (fails == 0 || !ok_access)
				facet_add(fs->accesses, accesses, access_l);
			if (fails == 0 || !ok_muni)
				facet_add_regions(a, fs, &muni_cap, reg1, reg2);
			if (fails)
				continue;
		}
		r->total++;
		if (by_distance) {
			matches = arena_grow(a, matches, nmatches, &matches_cap,
					     sizeof *matches);
			matches[nmatches] = (struct match){
				id,	  h.distance_km, h.score,
				nmatches, need_hit,	 age_hit};
			nmatches++;
			continue;
		}
		if (r->total <= skip || (int64_t)r->n >= per)
			continue;
		h.id = id;
		hit_fill(a, p, &h, db_col_text(st, 1), db_col_text(st, 2),
			 db_col_text(st, 3), db_col_text(st, 5), langs_l,
			 access_l, need_hit, age_hit);
		r->hits = arena_grow(a, r->hits, r->n, &cap, sizeof *r->hits);
		r->hits[r->n++] = h;
	}
	sqlite3_reset(st);
	if (!by_distance)
		return 0;
	/* Sorted by distance: the page's hits read one by one. */
	if (nmatches)
		qsort(matches, nmatches, sizeof *matches, match_cmp);
	for (size_t i = (size_t)skip; i < nmatches && (int64_t)r->n < per;
	     i++) {
		sqlite3_stmt *hs = db_stmt(d, sql_hit);
		if (!hs)
			return -1;
		db_bind_int(hs, 1, matches[i].id);
		if (sqlite3_step(hs) == SQLITE_ROW) {
			struct search_hit h = {.id = matches[i].id,
					       .score = matches[i].score,
					       .distance_km = matches[i].km};
			hit_fill(a, p, &h, db_col_text(hs, 0),
				 db_col_text(hs, 1), db_col_text(hs, 2),
				 db_col_text(hs, 3),
				 (const char *)sqlite3_column_text(hs, 4),
				 (const char *)sqlite3_column_text(hs, 5),
				 matches[i].need_hit, matches[i].age_hit);
			r->hits = arena_grow(a, r->hits, r->n, &cap,
					     sizeof *r->hits);
			r->hits[r->n++] = h;
		}
		sqlite3_reset(hs);
	}
	return 0;
}

int search_place(db *d, arena *a, int64_t municipality, const char *need,
		 int64_t offset, int64_t per_need, struct search_result *out)
{
	int nn = code_count(needs);
	memset(out, 0, (size_t)nn * sizeof *out);
	char today[11];
	offer_today(today);
	sqlite3_stmt *st = db_stmt(d, sql_place);
	if (!st)
		return -1;
	db_bind_int(st, 1, municipality);
	db_bind_text(st, 2, today);
	db_bind_text(st, 3, need && *need ? need : NULL);
	db_bind_int(st, 4, offset > 0 ? offset : 0);
	db_bind_int(st, 5, per_need > 0 ? per_need : 0);
	size_t *cap = arena_calloc(a, (size_t)nn, sizeof *cap);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const struct code *c = code_find(needs, db_col_text(st, 0));
		if (!c)
			continue;
		struct search_result *r = &out[c - needs];
		r->total = sqlite3_column_int64(st, 1);
		struct search_hit h = {.distance_km = -1};
		h.id = sqlite3_column_int64(st, 2);
		h.external_id = arena_strdup(a, db_col_text(st, 3));
		h.title = arena_strdup(a, db_col_text(st, 4));
		h.org_name = arena_strdup(a, db_col_text(st, 5));
		if (sqlite3_column_int(st, 7))
			reason(a, &h, "kommt auch zu Ihnen nach Hause");
		if (strcmp(db_col_text(st, 6), "kostenlos") == 0)
			reason(a, &h, "kostenlos");
		r->hits = arena_grow(a, r->hits, r->n, &cap[c - needs],
				     sizeof *r->hits);
		r->hits[r->n++] = h;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}
