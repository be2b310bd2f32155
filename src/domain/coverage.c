/*
 * coverage.c - the offer landscape per municipality, and the searches that
 * found nothing (see coverage.h).
 *
 * One query reads every public offer with its needs, age groups, the
 * municipalities of its places and those it serves, and the coordinates
 * of its places; the matrices are counted in C. At 600 offers this is a
 * millisecond; at 100 000 a fraction of a second, which is fine for a
 * page the coordination office opens now and then.
 */
#define _DEFAULT_SOURCE /* timegm */
#include "domain/coverage.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "domain/codes.h"
#include "domain/offer.h"
#include "domain/region.h"
#include "domain/settings.h"
#include "domain/stats.h"
#include "search/geo.h"

static const char sql_offers[] =
	"SELECT o.cost, o.waiting_list, "
	"(SELECT group_concat(need, '|') FROM offer_need WHERE offer_id = "
	"o.id), "
	"(SELECT group_concat(age, '|') FROM offer_age WHERE offer_id = "
	"o.id), "
	"(SELECT group_concat(region_id, '|') FROM offer_location WHERE "
	"offer_id = o.id AND region_id IS NOT NULL), "
	"(SELECT group_concat(region_id, '|') FROM offer_region WHERE "
	"offer_id = o.id), "
	"(SELECT group_concat(lat || ',' || lon, '|') FROM offer_location "
	"WHERE offer_id = o.id AND lat IS NOT NULL) "
	"FROM offer o JOIN organisation g ON g.id = o.organisation_id "
	"WHERE o.status = 'published' AND (o.valid_from IS NULL OR "
	"o.valid_from <= ?1) AND (o.valid_to IS NULL OR o.valid_to >= ?1) "
	"AND g.archived = 0 AND g.membership <> 'left'";
static const char sql_first_postcode[] =
	"SELECT postcode FROM region_postcode WHERE region_id = ?1 ORDER BY "
	"postcode LIMIT 1";

/* Index of code in list (by its position in codes.h), or -1. */
static int code_index(const struct code *list, const char *s, size_t n)
{
	for (int i = 0; list[i].code; i++)
		if (strlen(list[i].code) == n && !memcmp(list[i].code, s, n))
			return i;
	return -1;
}

/* Bitmask of the codes in a '|' list. */
static uint32_t code_mask(const struct code *list, const char *l)
{
	uint32_t m = 0;
	while (l && *l) {
		const char *e = strchr(l, '|');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		int i = code_index(list, l, n);
		if (i >= 0 && i < 32)
			m |= 1u << i;
		l = e ? e + 1 : NULL;
	}
	return m;
}

/* True when the '|' list of ids holds id. */
static bool has_id(const char *l, int64_t id)
{
	while (l && *l) {
		if (strtoll(l, NULL, 10) == id)
			return true;
		l = strchr(l, '|');
		if (l)
			l++;
	}
	return false;
}

static bool near(const char *coords, double lat, double lon, double km)
{
	while (coords && *coords) {
		char *end;
		double a = strtod(coords, &end);
		if (*end != ',')
			return false;
		double b = strtod(end + 1, &end);
		if (geo_km(a, b, lat, lon) <= km)
			return true;
		coords = *end == '|' ? end + 1 : NULL;
	}
	return false;
}

static double setting_num(db *d, arena *a, const char *key, double fallback)
{
	const char *v = setting_get(d, a, key);
	if (!v || !*v)
		return fallback;
	char *end;
	double x = strtod(v, &end);
	return *end || x < 0 ? fallback : x;
}

int coverage_compute(db *d, arena *a, double radius_km, int threshold,
		     struct coverage *c)
{
	memset(c, 0, sizeof *c);
	c->radius_km = radius_km >= 0
			       ? radius_km
			       : setting_num(d, a, "coverage_radius_km", 0);
	c->threshold = threshold >= 0
			       ? threshold
			       : (int)setting_num(d, a, "gap_threshold", 2);
	struct region *m;
	size_t nm = region_list(d, a, "municipality", &m);
	c->nmuni = nm;
	c->nneeds = (size_t)code_count(needs);
	c->nages = (size_t)code_count(ages);
	size_t slots = nm ? nm : 1;
	c->muni_ids = arena_alloc(a, slots * sizeof *c->muni_ids);
	c->muni_names = arena_alloc(a, slots * sizeof *c->muni_names);
	c->muni_slugs = arena_alloc(a, slots * sizeof *c->muni_slugs);
	c->total = arena_alloc(a, slots * sizeof *c->total);
	c->by_need = arena_alloc(a, slots * c->nneeds * sizeof *c->by_need);
	c->by_age = arena_alloc(a, slots * c->nages * sizeof *c->by_age);
	memset(c->total, 0, slots * sizeof *c->total);
	memset(c->by_need, 0, slots * c->nneeds * sizeof *c->by_need);
	memset(c->by_age, 0, slots * c->nages * sizeof *c->by_age);
	double *lat = arena_alloc(a, slots * sizeof *lat);
	double *lon = arena_alloc(a, slots * sizeof *lon);
	bool *centre = arena_alloc(a, slots * sizeof *centre);
	for (size_t i = 0; i < nm; i++) {
		c->muni_ids[i] = m[i].id;
		c->muni_names[i] = m[i].name;
		c->muni_slugs[i] = m[i].slug;
		centre[i] = false;
		sqlite3_stmt *st = db_stmt(d, sql_first_postcode);
		if (!st)
			return -1;
		db_bind_int(st, 1, m[i].id);
		if (sqlite3_step(st) == SQLITE_ROW)
			centre[i] = geo_postcode(db_col_text(st, 0), &lat[i],
						 &lon[i], NULL, 0);
		sqlite3_reset(st);
	}
	char today[11];
	offer_today(today);
	sqlite3_stmt *st = db_stmt(d, sql_offers);
	if (!st)
		return -1;
	db_bind_text(st, 1, today);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *cost = db_col_text(st, 0);
		bool wait = sqlite3_column_int(st, 1) != 0;
		bool fee = strcmp(cost, "beitrag") == 0;
		uint32_t nmask = code_mask(needs, db_col_text(st, 2));
		uint32_t amask = code_mask(ages, db_col_text(st, 3));
		const char *at = db_col_text(st, 4),
			   *serves = db_col_text(st, 5);
		const char *coords = db_col_text(st, 6);
		bool bound = *at || *serves;
		for (size_t i = 0; i < nm; i++) {
			bool reach =
				!bound || has_id(at, m[i].id) ||
				has_id(serves, m[i].id) ||
				(c->radius_km > 0 && centre[i] &&
				 near(coords, lat[i], lon[i], c->radius_km));
			if (!reach)
				continue;
			c->total[i]++;
			for (size_t k = 0; k < c->nneeds; k++)
				if (nmask & (1u << k)) {
					struct coverage_cell *cell =
						&c->by_need[i * c->nneeds + k];
					cell->offers++;
					cell->free += !fee;
					cell->no_wait += !wait;
				}
			for (size_t k = 0; k < c->nages; k++)
				if (amask & (1u << k)) {
					struct coverage_cell *cell =
						&c->by_age[i * c->nages + k];
					cell->offers++;
					cell->free += !fee;
					cell->no_wait += !wait;
				}
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* --- searches without result -------------------------------------------- */

void iso_week(const char *date, char out[9])
{
	struct tm tm = {0};
	tm.tm_year = stats_digits(date, 4) - 1900;
	tm.tm_mon = stats_digits(date + 5, 2) - 1;
	tm.tm_mday = stats_digits(date + 8, 2);
	tm.tm_hour = 12;
	time_t t = timegm(&tm);
	struct tm norm;
	gmtime_r(&t, &norm);
	if (strftime(out, 9, "%G-W%V", &norm) == 0)
		snprintf(out, 9, "0000-W00");
}

static const char sql_miss_upsert[] =
	"INSERT INTO search_miss (week, terms, filters, count) VALUES (?1, "
	"?2, ?3, 1) ON CONFLICT (week, terms, filters) DO UPDATE SET count = "
	"count + 1";

/* Appends the folded word w[0..n) to out when it is a plain word. */
static void keep_word(const char *w, size_t n, char *out, size_t outlen,
		      int *words)
{
	if (n == 0 || n > 30 || *words >= 6)
		return;
	size_t len = strlen(out);
	if (len + n + 2 > outlen)
		return;
	if (len)
		out[len++] = ' ';
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)w[i];
		/* ASCII to lower case; umlauts: Ä Ö Ü to ä ö ü. */
		if (ch == 0xC3 && i + 1 < n &&
		    ((unsigned char)w[i + 1] == 0x84 ||
		     (unsigned char)w[i + 1] == 0x96 ||
		     (unsigned char)w[i + 1] == 0x9C)) {
			out[len++] = (char)ch;
			out[len++] = (char)((unsigned char)w[i + 1] + 0x20);
			i++;
			continue;
		}
		out[len++] = (char)tolower(ch);
	}
	out[len] = '\0';
	(*words)++;
}

int search_miss_record(db *d, const char *q, const char *filters)
{
	char terms[64] = "";
	int words = 0;
	static const char punct[] = ",.;:!?\"'()[]{}<>*+&|/\\";
	const char *p = q ? q : "";
	while (*p) {
		/* A token is everything up to white space; one holding an
		 * '@' or a digit (an address, a phone number, a postcode)
		 * is dropped whole, punctuation around a word is not kept. */
		while (*p && isspace((unsigned char)*p))
			p++;
		const char *s = p;
		while (*p && !isspace((unsigned char)*p))
			p++;
		const char *e = p;
		bool drop = false;
		for (const char *c = s; c < e; c++)
			if (*c == '@' || isdigit((unsigned char)*c))
				drop = true;
		while (s < e && strchr(punct, *s))
			s++;
		while (e > s && strchr(punct, e[-1]))
			e--;
		if (!drop)
			keep_word(s, (size_t)(e - s), terms, 61, &words);
	}
	const char *f = filters ? filters : "";
	if (!terms[0] && !*f)
		return -1;
	if (strlen(f) > 200)
		return -1;
	char today[11], week[9];
	offer_today(today);
	iso_week(today, week);
	sqlite3_stmt *st = db_stmt(d, sql_miss_upsert);
	if (!st)
		return -1;
	db_bind_text(st, 1, week);
	db_bind_text(st, 2, terms);
	db_bind_text(st, 3, f);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static const char sql_miss_list[] =
	"SELECT terms, filters, sum(count) AS n, max(week) FROM search_miss "
	"WHERE week >= ?1 GROUP BY terms, filters HAVING n >= ?2 ORDER BY n "
	"DESC, terms LIMIT ?3";

size_t search_miss_list(db *d, arena *a, int weeks, int min_count, size_t max,
			struct search_miss **out)
{
	*out = NULL;
	time_t t = time(NULL) - (time_t)weeks * 7 * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	char date[11], from[9];
	strftime(date, sizeof date, "%Y-%m-%d", &tm);
	iso_week(date, from);
	sqlite3_stmt *st = db_stmt(d, sql_miss_list);
	if (!st || max == 0)
		return 0;
	db_bind_text(st, 1, from);
	db_bind_int(st, 2, min_count);
	db_bind_int(st, 3, (int64_t)max);
	struct search_miss *v = arena_alloc(a, max * sizeof *v);
	size_t n = 0;
	while (n < max && sqlite3_step(st) == SQLITE_ROW) {
		v[n].terms = arena_strdup(a, db_col_text(st, 0));
		v[n].filters = arena_strdup(a, db_col_text(st, 1));
		v[n].count = sqlite3_column_int64(st, 2);
		v[n].last_week = arena_strdup(a, db_col_text(st, 3));
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}
