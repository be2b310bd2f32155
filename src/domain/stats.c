/*
 * stats.c - § 8a assessments and welcome visits as aggregates (see
 * stats.h). Every save replaces one period in one transaction with its
 * audit entry; the plausibility checks run before anything is written.
 */
#include "domain/stats.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/csv.h"
#include "domain/audit.h"

/* Categories of the federal statistics of § 8a assessments. */
const struct code stat8a_sources[] = {
	{"polizei", "Polizei, Gericht, Staatsanwaltschaft", NULL},
	{"schule", "Schule", NULL},
	{"kita", "Kindertageseinrichtung oder Kindertagespflege", NULL},
	{"gesundheit", "Gesundheitswesen (Hebamme, Arztpraxis, Klinik)", NULL},
	{"umfeld", "Verwandte, Bekannte, Nachbarn", NULL},
	{"anonym", "anonym", NULL},
	{"familie", "Eltern oder das Kind selbst", NULL},
	{"sonstige", "sonstige", NULL},
	{NULL, NULL, NULL},
};
const struct code stat8a_results[] = {
	{"akut", "akute Kindeswohlgefährdung", NULL},
	{"latent", "latente Kindeswohlgefährdung", NULL},
	{"hilfebedarf", "keine Gefährdung, aber Hilfebedarf", NULL},
	{"keine", "weder Gefährdung noch Hilfebedarf", NULL},
	{NULL, NULL, NULL},
};
const struct code stat8a_kinds[] = {
	{"vernachlaessigung", "Vernachlässigung", NULL},
	{"koerperlich", "körperliche Misshandlung", NULL},
	{"psychisch", "psychische Misshandlung", NULL},
	{"sexuell", "sexuelle Gewalt", NULL},
	{NULL, NULL, NULL},
};
const struct code welcome_helps[] = {
	{"beratung", "Beratung", NULL},
	{"gesundheit", "Gesundheit", NULL},
	{"erziehung", "Erziehung und Familienbildung", NULL},
	{"finanziell", "finanzielle Hilfen", NULL},
	{"betreuung", "Kinderbetreuung", NULL},
	{NULL, NULL, NULL},
};

/* The three categories with their CSV prefix and table code. */
struct category {
	const char *name;   /* stat_8a_count.category */
	const char *prefix; /* CSV column prefix */
	const struct code *codes;
	size_t n;
	size_t offset; /* of the count array in struct stat8a */
};
static const struct category categories[] = {
	{"source", "quelle_", stat8a_sources, STAT8A_SOURCES,
	 offsetof(struct stat8a, source)},
	{"result", "ergebnis_", stat8a_results, STAT8A_RESULTS,
	 offsetof(struct stat8a, result)},
	{"kind", "art_", stat8a_kinds, STAT8A_KINDS,
	 offsetof(struct stat8a, kind)},
};
#define NCATEGORIES (sizeof categories / sizeof *categories)

static int64_t *cat_counts(struct stat8a *s, const struct category *c)
{
	return (int64_t *)(void *)((char *)s + c->offset);
}

static const int64_t *cat_counts_c(const struct stat8a *s,
				   const struct category *c)
{
	return (const int64_t *)(const void *)((const char *)s + c->offset);
}

int stats_digits(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

const char *stats_pct_text(arena *a, double v)
{
	if (v < 0)
		return "–";
	char *s = arena_printf(a, "%.1f %%", v);
	for (char *p = s; *p; p++)
		if (*p == '.')
			*p = ',';
	return s;
}

double stats_rate(int64_t a, int64_t b)
{
	return b > 0 ? 100.0 * (double)a / (double)b : -1;
}

int stat8a_check(const struct stat8a *s, struct errs *e)
{
	size_t before = e->n;
	if (s->region_id <= 0)
		errs_add(e, "region", "Bitte wählen Sie eine Gemeinde.");
	if (s->year < 2000 || s->year > 2100)
		errs_add(e, "year",
			 "Bitte geben Sie ein Jahr zwischen 2000 "
			 "und 2100 an.");
	if (s->quarter < 0 || s->quarter > 4)
		errs_add(e, "quarter",
			 "Das Quartal muss 1 bis 4 sein (oder leer für das "
			 "ganze Jahr).");
	if (s->total < 0)
		errs_add(e, "total",
			 "Die Zahl der Gefährdungseinschätzungen "
			 "kann nicht negativ sein.");
	bool negative = false;
	int64_t sums[NCATEGORIES] = {0};
	for (size_t c = 0; c < NCATEGORIES; c++) {
		const int64_t *v = cat_counts_c(s, &categories[c]);
		for (size_t i = 0; i < categories[c].n; i++) {
			if (v[i] < 0)
				negative = true;
			sums[c] += v[i];
		}
	}
	if (negative)
		errs_add(e, NULL, "Keine Zahl darf negativ sein.");
	if (sums[0] != s->total)
		errs_add(e, "source",
			 "Die Zahlen nach bekannt machender Stelle ergeben "
			 "zusammen %lld, die Gesamtzahl ist %lld: beide "
			 "müssen übereinstimmen.",
			 (long long)sums[0], (long long)s->total);
	if (sums[1] != s->total)
		errs_add(e, "result",
			 "Die Ergebnisse ergeben zusammen %lld, die "
			 "Gesamtzahl ist %lld: beide müssen übereinstimmen.",
			 (long long)sums[1], (long long)s->total);
	int64_t endangered = s->result[0] + s->result[1];
	for (size_t i = 0; i < STAT8A_KINDS; i++)
		if (s->kind[i] > endangered) {
			errs_add(e, "kind",
				 "„%s“ (%lld) kann nicht häufiger sein als "
				 "akute und latente Gefährdungen zusammen "
				 "(%lld).",
				 stat8a_kinds[i].label, (long long)s->kind[i],
				 (long long)endangered);
			break;
		}
	if (endangered > 0 && sums[2] < endangered)
		errs_add(e, "kind",
			 "Bei %lld akuten oder latenten Gefährdungen muss "
			 "mindestens so oft eine Art der Gefährdung genannt "
			 "sein (bisher %lld).",
			 (long long)endangered, (long long)sums[2]);
	return (int)(e->n - before);
}

/* --- § 8a: storage ------------------------------------------------------ */

static const char sql_8a_other_kind[] =
	"SELECT count(*) FROM stat_8a WHERE region_id = ?1 AND year = ?2 AND "
	"((?3 = 0 AND quarter <> 0) OR (?3 <> 0 AND quarter = 0))";
static const char sql_8a_delete[] =
	"DELETE FROM stat_8a WHERE region_id = ?1 AND year = ?2 AND quarter "
	"= ?3";
static const char sql_8a_insert[] =
	"INSERT INTO stat_8a (region_id, year, quarter, total, note, "
	"recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char sql_8a_count_insert[] =
	"INSERT INTO stat_8a_count (region_id, year, quarter, category, code, "
	"count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_region_name[] =
	"SELECT name FROM region WHERE id = ?1 AND kind = 'municipality'";

static bool may_record_8a(const struct actor *a)
{
	return a->role >= ROLE_COORDINATION;
}

/* Name of municipality id into out, or "" when it is none. */
static void region_name(db *d, int64_t id, char *out, size_t outlen)
{
	out[0] = '\0';
	sqlite3_stmt *st = db_stmt(d, sql_region_name);
	if (!st)
		return;
	db_bind_int(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(out, outlen, "%s", db_col_text(st, 0));
	sqlite3_reset(st);
}

static int step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Writes one period (inside the caller's transaction). */
static int stat8a_write(db *d, const struct actor *a, const struct stat8a *s,
			const char *now)
{
	sqlite3_stmt *st = db_stmt(d, sql_8a_delete);
	if (!st)
		return -1;
	db_bind_int(st, 1, s->region_id);
	db_bind_int(st, 2, s->year);
	db_bind_int(st, 3, s->quarter);
	if (step_done(st) < 0 || !(st = db_stmt(d, sql_8a_insert)))
		return -1;
	db_bind_int(st, 1, s->region_id);
	db_bind_int(st, 2, s->year);
	db_bind_int(st, 3, s->quarter);
	db_bind_int(st, 4, s->total);
	db_bind_text(st, 5, s->note ? s->note : "");
	db_bind_text(st, 6, now);
	db_bind_text(st, 7, a->label);
	if (step_done(st) < 0)
		return -1;
	for (size_t c = 0; c < NCATEGORIES; c++) {
		const int64_t *v = cat_counts_c(s, &categories[c]);
		for (size_t i = 0; i < categories[c].n; i++) {
			if (!(st = db_stmt(d, sql_8a_count_insert)))
				return -1;
			db_bind_int(st, 1, s->region_id);
			db_bind_int(st, 2, s->year);
			db_bind_int(st, 3, s->quarter);
			db_bind_text(st, 4, categories[c].name);
			db_bind_text(st, 5, categories[c].codes[i].code);
			db_bind_int(st, 6, v[i]);
			if (step_done(st) < 0)
				return -1;
		}
	}
	return 0;
}

/* Checks s, including that the municipality exists and that the year is
 * not recorded the other way (year vs quarters). */
static int stat8a_check_db(db *d, const struct stat8a *s, struct errs *e,
			   char *name, size_t namelen)
{
	int n = stat8a_check(s, e);
	if (s->region_id > 0) {
		region_name(d, s->region_id, name, namelen);
		if (!name[0]) {
			errs_add(e, "region", "Diese Gemeinde gibt es nicht.");
			n++;
		}
	}
	sqlite3_stmt *st = db_stmt(d, sql_8a_other_kind);
	if (!st)
		return n + 1;
	db_bind_int(st, 1, s->region_id);
	db_bind_int(st, 2, s->year);
	db_bind_int(st, 3, s->quarter);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0) {
		errs_add(e, "quarter",
			 s->quarter ? "Für %d sind schon Zahlen für das ganze "
				      "Jahr erfasst; Quartalszahlen kommen "
				      "nicht dazu."
				    : "Für %d sind schon Quartalszahlen "
				      "erfasst; eine Jahreszahl käme doppelt "
				      "dazu.",
			 s->year);
		n++;
	}
	sqlite3_reset(st);
	return n;
}

static const char *period_label(arena *a, const struct stat8a *s)
{
	return s->quarter
		       ? arena_printf(a, "%d, %d. Quartal", s->year, s->quarter)
		       : arena_printf(a, "%d", s->year);
}

int stat8a_save(db *d, const struct actor *a, const struct stat8a *s,
		struct errs *e)
{
	if (!may_record_8a(a))
		return -2;
	char name[200];
	if (stat8a_check_db(d, s, e, name, sizeof name) > 0)
		return -1;
	char now[21];
	db_now(now);
	arena *tmp = arena_new(512);
	int rc = -1;
	if (db_tx_begin(d) == 0) {
		if (stat8a_write(d, a, s, now) == 0 &&
		    audit_add(d, a, "save", "stat_8a", s->region_id,
			      "§ 8a-Zahlen %s, %s: %lld Einschätzungen", name,
			      period_label(tmp, s), (long long)s->total) == 0 &&
		    db_tx_commit(d) == 0)
			rc = 0;
		else
			db_tx_rollback(d);
	}
	if (rc < 0)
		errs_add(e, NULL,
			 "Die Zahlen konnten nicht gespeichert werden.");
	arena_free(tmp);
	return rc;
}

int stat8a_delete(db *d, const struct actor *a, int64_t region_id, int year,
		  int quarter)
{
	if (!may_record_8a(a))
		return -2;
	if (db_tx_begin(d) < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_8a_delete);
	int rc = -1;
	if (st) {
		db_bind_int(st, 1, region_id);
		db_bind_int(st, 2, year);
		db_bind_int(st, 3, quarter);
		if (step_done(st) == 0 && sqlite3_changes(db_sqlite(d)) == 1 &&
		    audit_add(d, a, "delete", "stat_8a", region_id,
			      "§ 8a-Zahlen %d/%d gelöscht", year,
			      quarter) == 0 &&
		    db_tx_commit(d) == 0)
			rc = 0;
	}
	if (rc < 0)
		db_tx_rollback(d);
	return rc;
}

/* --- § 8a: reading ------------------------------------------------------ */

static const char sql_8a_get[] =
	"SELECT total, note FROM stat_8a WHERE region_id = ?1 AND year = ?2 "
	"AND quarter = ?3";
static const char sql_8a_counts[] =
	"SELECT category, code, count FROM stat_8a_count WHERE region_id = ?1 "
	"AND year = ?2 AND quarter = ?3";
static const char sql_8a_list[] =
	"SELECT region_id, year, quarter, total, note FROM stat_8a s JOIN "
	"region r ON r.id = s.region_id WHERE year BETWEEN ?1 AND ?2 ORDER "
	"BY year, r.name, quarter";
static const char sql_8a_sum[] =
	"SELECT count(*), COALESCE(sum(total), 0) FROM stat_8a WHERE year = "
	"?1 AND (?2 = 0 OR region_id = ?2)";
static const char sql_8a_sum_counts[] =
	"SELECT category, code, sum(count) FROM stat_8a_count WHERE year = "
	"?1 AND (?2 = 0 OR region_id = ?2) GROUP BY category, code";
static const char sql_8a_years[] =
	"SELECT DISTINCT year FROM stat_8a ORDER BY year DESC";

/* Adds a (category, code, count) row to s. */
static void put_count(struct stat8a *s, const char *cat, const char *code,
		      int64_t n)
{
	for (size_t c = 0; c < NCATEGORIES; c++) {
		if (strcmp(categories[c].name, cat) != 0)
			continue;
		for (size_t i = 0; i < categories[c].n; i++)
			if (strcmp(categories[c].codes[i].code, code) == 0)
				cat_counts(s, &categories[c])[i] += n;
	}
}

static int read_counts(db *d, const char *sql, int64_t p1, int64_t p2,
		       int64_t p3, struct stat8a *s)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return -1;
	db_bind_int(st, 1, p1);
	db_bind_int(st, 2, p2);
	db_bind_int(st, 3, p3);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		put_count(s, db_col_text(st, 0), db_col_text(st, 1),
			  sqlite3_column_int64(st, 2));
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int stat8a_get(db *d, int64_t region_id, int year, int quarter,
	       struct stat8a *out)
{
	memset(out, 0, sizeof *out);
	out->region_id = region_id;
	out->year = year;
	out->quarter = quarter;
	out->note = "";
	sqlite3_stmt *st = db_stmt(d, sql_8a_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, region_id);
	db_bind_int(st, 2, year);
	db_bind_int(st, 3, quarter);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		out->total = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return -1;
	return read_counts(d, sql_8a_counts, region_id, year, quarter, out);
}

size_t stat8a_list(db *d, arena *a, int from, int to, struct stat8a **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_8a_list);
	if (!st)
		return 0;
	db_bind_int(st, 1, from);
	db_bind_int(st, 2, to);
	size_t n = 0, cap = 0;
	struct stat8a *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			struct stat8a *nv = arena_alloc(a, cap * sizeof *nv);
			if (n)
				memcpy(nv, v, n * sizeof *nv);
			v = nv;
		}
		memset(&v[n], 0, sizeof v[n]);
		v[n].region_id = sqlite3_column_int64(st, 0);
		v[n].year = sqlite3_column_int(st, 1);
		v[n].quarter = sqlite3_column_int(st, 2);
		v[n].total = sqlite3_column_int64(st, 3);
		v[n].note = arena_strdup(a, db_col_text(st, 4));
		n++;
	}
	sqlite3_reset(st);
	for (size_t i = 0; i < n; i++)
		read_counts(d, sql_8a_counts, v[i].region_id, v[i].year,
			    v[i].quarter, &v[i]);
	*out = v;
	return n;
}

int stat8a_sum(db *d, int year, int64_t region_id, struct stat8a *sum)
{
	memset(sum, 0, sizeof *sum);
	sum->region_id = region_id;
	sum->year = year;
	sum->note = "";
	sqlite3_stmt *st = db_stmt(d, sql_8a_sum);
	if (!st)
		return -1;
	db_bind_int(st, 1, year);
	db_bind_int(st, 2, region_id);
	int n = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		n = sqlite3_column_int(st, 0);
		sum->total = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (n > 0 &&
	    read_counts(d, sql_8a_sum_counts, year, region_id, 0, sum) < 0)
		return -1;
	return n;
}

int stat8a_years(db *d, int *years, int max)
{
	sqlite3_stmt *st = db_stmt(d, sql_8a_years);
	if (!st)
		return 0;
	int n = 0;
	while (n < max && sqlite3_step(st) == SQLITE_ROW)
		years[n++] = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return n;
}

/* --- § 8a: CSV ---------------------------------------------------------- */

static const char sql_regions_csv[] =
	"SELECT id, name, ags FROM region WHERE kind = 'municipality'";
static const char sql_region_find[] =
	"SELECT id FROM region WHERE kind = 'municipality' AND (name = ?1 "
	"COLLATE NOCASE OR (ags <> '' AND ags = ?1) OR slug = ?1) ORDER BY id "
	"LIMIT 1";

int stat8a_csv_export(db *d, buf *out)
{
	buf_puts(out, "\xEF\xBB\xBF"
		      "gemeinde;ags;jahr;quartal;gesamt");
	for (size_t c = 0; c < NCATEGORIES; c++)
		for (size_t i = 0; i < categories[c].n; i++)
			buf_printf(out, ";%s%s", categories[c].prefix,
				   categories[c].codes[i].code);
	buf_puts(out, "\r\n");
	arena *a = arena_new(8192);
	struct stat8a *v;
	size_t n = stat8a_list(d, a, 2000, 2100, &v);
	sqlite3_stmt *st = db_stmt(d, sql_regions_csv);
	for (size_t k = 0; k < n && st; k++) {
		const char *name = "", *ags = "";
		while (sqlite3_step(st) == SQLITE_ROW)
			if (sqlite3_column_int64(st, 0) == v[k].region_id) {
				name = arena_strdup(a, db_col_text(st, 1));
				ags = arena_strdup(a, db_col_text(st, 2));
			}
		sqlite3_reset(st);
		csv_put_field(out, name, ';');
		buf_putc(out, ';');
		csv_put_field(out, ags, ';');
		buf_printf(out, ";%d;%d;%lld", v[k].year, v[k].quarter,
			   (long long)v[k].total);
		for (size_t c = 0; c < NCATEGORIES; c++) {
			const int64_t *cnt =
				cat_counts_c(&v[k], &categories[c]);
			for (size_t i = 0; i < categories[c].n; i++)
				buf_printf(out, ";%lld", (long long)cnt[i]);
		}
		buf_puts(out, "\r\n");
	}
	arena_free(a);
	return buf_failed(out) || !st ? -1 : 0;
}

#define MAX_IMPORT_ROWS 2000

struct import_ctx {
	db *d;
	struct errs *e;
	int col_region, col_year, col_quarter, col_total;
	int col_count[NCATEGORIES][STAT8A_SOURCES];
	size_t ncols;
	struct stat8a rows[MAX_IMPORT_ROWS];
	size_t lines[MAX_IMPORT_ROWS];
	size_t n;
	bool header_done, failed;
};

/* A whole number >= 0 from a cell; "" is 0. */
static bool cell_count(const char *s, int64_t *out)
{
	s = csv_cell(s);
	if (!*s) {
		*out = 0;
		return true;
	}
	char *end;
	long long v = strtoll(s, &end, 10);
	if (*end || v < 0 || v > 100000000 || *s == '+' || *s == '-')
		return false;
	*out = v;
	return true;
}

static int import_header(struct import_ctx *c, const char *const *f, size_t n)
{
	c->col_region = c->col_year = c->col_quarter = c->col_total = -1;
	for (size_t c2 = 0; c2 < NCATEGORIES; c2++)
		for (size_t i = 0; i < STAT8A_SOURCES; i++)
			c->col_count[c2][i] = -1;
	for (size_t k = 0; k < n; k++) {
		const char *h = f[k];
		bool known = true;
		if (strcmp(h, "gemeinde") == 0)
			c->col_region = (int)k;
		else if (strcmp(h, "ags") == 0)
			; /* read with gemeinde when that is empty */
		else if (strcmp(h, "jahr") == 0)
			c->col_year = (int)k;
		else if (strcmp(h, "quartal") == 0)
			c->col_quarter = (int)k;
		else if (strcmp(h, "gesamt") == 0)
			c->col_total = (int)k;
		else {
			known = false;
			for (size_t cc = 0; cc < NCATEGORIES && !known; cc++) {
				size_t pl = strlen(categories[cc].prefix);
				if (strncmp(h, categories[cc].prefix, pl))
					continue;
				for (size_t i = 0; i < categories[cc].n; i++)
					if (!strcmp(h + pl, categories[cc]
								    .codes[i]
								    .code)) {
						c->col_count[cc][i] = (int)k;
						known = true;
					}
			}
		}
		if (!known) {
			errs_add(c->e, NULL, "Zeile 1: unbekannte Spalte „%s“.",
				 h);
			return 1;
		}
	}
	if (c->col_region < 0 || c->col_year < 0 || c->col_total < 0) {
		errs_add(c->e, NULL,
			 "Zeile 1: die Spalten „gemeinde“, „jahr“ und "
			 "„gesamt“ werden gebraucht.");
		return 1;
	}
	c->ncols = n;
	return 0;
}

static int import_record(void *ctx, size_t line, const char *const *f, size_t n)
{
	struct import_ctx *c = ctx;
	if (!c->header_done) {
		c->header_done = true;
		if (n > 0 && strncmp(f[0], "\xEF\xBB\xBF", 3) == 0) {
			const char *fixed[64];
			size_t m = n < 64 ? n : 64;
			for (size_t k = 0; k < m; k++)
				fixed[k] = f[k];
			fixed[0] += 3;
			return import_header(c, fixed, m);
		}
		return import_header(c, f, n);
	}
	if (c->e->n >= ERRS_MAX - 1)
		return 1;
	if (c->n >= MAX_IMPORT_ROWS) {
		errs_add(c->e, NULL,
			 "Mehr als %d Zeilen: bitte teilen Sie "
			 "die Datei.",
			 MAX_IMPORT_ROWS);
		return 1;
	}
	if (n != c->ncols) {
		errs_add(c->e, NULL,
			 "Zeile %zu: %zu Felder statt %zu wie in der "
			 "Kopfzeile.",
			 line, n, c->ncols);
		c->failed = true;
		return 0;
	}
	struct stat8a *s = &c->rows[c->n];
	memset(s, 0, sizeof *s);
	s->note = "";
	sqlite3_stmt *st = db_stmt(c->d, sql_region_find);
	if (st) {
		db_bind_text(st, 1, csv_cell(f[c->col_region]));
		if (sqlite3_step(st) == SQLITE_ROW)
			s->region_id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	int64_t year = 0, quarter = 0;
	bool ok = true;
	if (!s->region_id) {
		errs_add(c->e, "gemeinde",
			 "Zeile %zu, Spalte gemeinde: „%s“ ist keine "
			 "Gemeinde des Landkreises.",
			 line, csv_cell(f[c->col_region]));
		ok = false;
	}
	if (!cell_count(f[c->col_year], &year) || year < 2000 || year > 2100) {
		errs_add(c->e, "jahr",
			 "Zeile %zu, Spalte jahr: „%s“ ist kein "
			 "Jahr.",
			 line, csv_cell(f[c->col_year]));
		ok = false;
	}
	if (c->col_quarter >= 0 &&
	    (!cell_count(f[c->col_quarter], &quarter) || quarter > 4)) {
		errs_add(c->e, "quartal",
			 "Zeile %zu, Spalte quartal: 1 bis 4, oder 0 bzw. "
			 "leer für das ganze Jahr.",
			 line);
		ok = false;
	}
	if (!cell_count(f[c->col_total], &s->total)) {
		errs_add(c->e, "gesamt",
			 "Zeile %zu, Spalte gesamt: keine ganze Zahl ab 0.",
			 line);
		ok = false;
	}
	for (size_t cc = 0; cc < NCATEGORIES; cc++)
		for (size_t i = 0; i < categories[cc].n; i++) {
			int col = c->col_count[cc][i];
			if (col >= 0 &&
			    !cell_count(f[col],
					&cat_counts(s, &categories[cc])[i])) {
				errs_add(c->e, NULL,
					 "Zeile %zu, Spalte %s%s: keine ganze "
					 "Zahl ab 0.",
					 line, categories[cc].prefix,
					 categories[cc].codes[i].code);
				ok = false;
			}
		}
	s->year = (int)year;
	s->quarter = (int)quarter;
	if (ok) {
		struct errs pe = {0};
		if (stat8a_check(s, &pe) > 0) {
			errs_add(c->e, NULL, "Zeile %zu: %s", line, pe.msg[0]);
			ok = false;
		}
	}
	for (size_t k = 0; ok && k < c->n; k++)
		if (c->rows[k].region_id == s->region_id &&
		    c->rows[k].year == s->year &&
		    c->rows[k].quarter == s->quarter) {
			errs_add(c->e, NULL,
				 "Zeile %zu: derselbe Zeitraum steht schon "
				 "in Zeile %zu.",
				 line, c->lines[k]);
			ok = false;
		}
	if (!ok)
		c->failed = true;
	else
		c->lines[c->n++] = line;
	return 0;
}

int stat8a_csv_import(db *d, const struct actor *a, const char *data,
		      size_t len, struct errs *e)
{
	if (!may_record_8a(a))
		return -2;
	char err[240];
	size_t tlen;
	enum csv_encoding enc;
	char *text = csv_to_utf8(data, len, &tlen, &enc, err, sizeof err);
	if (!text) {
		errs_add(e, NULL, "%s", err);
		return -1;
	}
	struct import_ctx *c = calloc(1, sizeof *c);
	if (!c) {
		free(text);
		errs_add(e, NULL, "Zu wenig Speicher für diese Datei.");
		return -1;
	}
	c->d = d;
	c->e = e;
	int rc = csv_read(text, tlen, csv_detect_separator(text, tlen),
			  import_record, c, err, sizeof err);
	if (rc < 0)
		errs_add(e, NULL, "%s", err);
	else if (!c->header_done)
		errs_add(e, NULL, "Die Datei enthält keine Zeilen.");
	int result = -1;
	if (e->n == 0 && !c->failed) {
		char now[21];
		db_now(now);
		if (db_tx_begin(d) == 0) {
			size_t k = 0;
			for (; k < c->n; k++) {
				char name[200];
				struct errs pe = {0};
				if (stat8a_check_db(d, &c->rows[k], &pe, name,
						    sizeof name) > 0) {
					errs_add(e, NULL, "Zeile %zu: %s",
						 c->lines[k], pe.msg[0]);
					break;
				}
				if (stat8a_write(d, a, &c->rows[k], now) < 0)
					break;
			}
			if (k == c->n &&
			    audit_add(d, a, "import", "stat_8a", 0,
				      "§ 8a-Zahlen importiert: %zu Zeiträume",
				      c->n) == 0 &&
			    db_tx_commit(d) == 0)
				result = (int)c->n;
			else
				db_tx_rollback(d);
		}
		if (result < 0 && e->n == 0)
			errs_add(e, NULL,
				 "Die Zahlen konnten nicht "
				 "gespeichert werden.");
	}
	free(c);
	free(text);
	return result;
}

/* --- welcome visits ----------------------------------------------------- */

static bool valid_month(const char *m)
{
	if (!m || strlen(m) != 7 || m[4] != '-')
		return false;
	for (int i = 0; i < 7; i++)
		if (i != 4 && (m[i] < '0' || m[i] > '9'))
			return false;
	int mm = (m[5] - '0') * 10 + (m[6] - '0');
	int yy = stats_digits(m, 4);
	return mm >= 1 && mm <= 12 && yy >= 2000 && yy <= 2100;
}

int welcome_check(const struct welcome_month *w, struct errs *e)
{
	size_t before = e->n;
	if (w->region_id <= 0)
		errs_add(e, "region", "Bitte wählen Sie eine Gemeinde.");
	if (!valid_month(w->month))
		errs_add(e, "month", "Bitte wählen Sie einen Monat (JJJJ-MM).");
	if (w->letters < 0 || w->visits < 0 || w->declined < 0 ||
	    w->not_reached < 0)
		errs_add(e, NULL, "Keine Zahl darf negativ sein.");
	int64_t outcomes = w->visits + w->declined + w->not_reached;
	if (outcomes > w->letters)
		errs_add(e, "letters",
			 "Besuche, Ablehnungen und nicht Erreichte ergeben "
			 "zusammen %lld, es wurden aber nur %lld Briefe "
			 "verschickt.",
			 (long long)outcomes, (long long)w->letters);
	for (size_t i = 0; i < WELCOME_HELPS; i++) {
		if (w->taken_up[i] < 0 || w->referred[i] < 0) {
			errs_add(e, NULL, "Keine Zahl darf negativ sein.");
			break;
		}
		if (w->taken_up[i] > w->visits || w->referred[i] > w->visits) {
			errs_add(e, "help",
				 "„%s“ kann nicht öfter angenommen oder "
				 "vermittelt worden sein, als Besuche "
				 "stattfanden (%lld).",
				 welcome_helps[i].label, (long long)w->visits);
			break;
		}
	}
	return (int)(e->n - before);
}

static const char sql_w_delete[] =
	"DELETE FROM welcome_month WHERE region_id = ?1 AND month = ?2";
static const char sql_w_insert[] =
	"INSERT INTO welcome_month (region_id, month, letters, visits, "
	"declined, not_reached, recorded_at, recorded_by) VALUES (?1, ?2, ?3, "
	"?4, ?5, ?6, ?7, ?8)";
static const char sql_w_help_insert[] =
	"INSERT INTO welcome_help (region_id, month, help, taken_up, "
	"referred) VALUES (?1, ?2, ?3, ?4, ?5)";

static int welcome_write(db *d, const struct actor *a,
			 const struct welcome_month *w, const char *now)
{
	sqlite3_stmt *st = db_stmt(d, sql_w_delete);
	if (!st)
		return -1;
	db_bind_int(st, 1, w->region_id);
	db_bind_text(st, 2, w->month);
	if (step_done(st) < 0 || !(st = db_stmt(d, sql_w_insert)))
		return -1;
	db_bind_int(st, 1, w->region_id);
	db_bind_text(st, 2, w->month);
	db_bind_int(st, 3, w->letters);
	db_bind_int(st, 4, w->visits);
	db_bind_int(st, 5, w->declined);
	db_bind_int(st, 6, w->not_reached);
	db_bind_text(st, 7, now);
	db_bind_text(st, 8, a->label);
	if (step_done(st) < 0)
		return -1;
	for (size_t i = 0; i < WELCOME_HELPS; i++) {
		if (!(st = db_stmt(d, sql_w_help_insert)))
			return -1;
		db_bind_int(st, 1, w->region_id);
		db_bind_text(st, 2, w->month);
		db_bind_text(st, 3, welcome_helps[i].code);
		db_bind_int(st, 4, w->taken_up[i]);
		db_bind_int(st, 5, w->referred[i]);
		if (step_done(st) < 0)
			return -1;
	}
	return 0;
}

int welcome_save(db *d, const struct actor *a, const struct welcome_month *w,
		 struct errs *e)
{
	if (a->role < ROLE_VISITS)
		return -2;
	char name[200] = "";
	if (welcome_check(w, e) > 0)
		return -1;
	region_name(d, w->region_id, name, sizeof name);
	if (!name[0]) {
		errs_add(e, "region", "Diese Gemeinde gibt es nicht.");
		return -1;
	}
	char now[21];
	db_now(now);
	int rc = -1;
	if (db_tx_begin(d) == 0) {
		if (welcome_write(d, a, w, now) == 0 &&
		    audit_add(d, a, "save", "welcome_month", w->region_id,
			      "Willkommensbesuche %s, %s: %lld Briefe, %lld "
			      "Besuche",
			      name, w->month, (long long)w->letters,
			      (long long)w->visits) == 0 &&
		    db_tx_commit(d) == 0)
			rc = 0;
		else
			db_tx_rollback(d);
	}
	if (rc < 0)
		errs_add(e, NULL,
			 "Die Zahlen konnten nicht gespeichert werden.");
	return rc;
}

static const char sql_w_get[] =
	"SELECT letters, visits, declined, not_reached FROM welcome_month "
	"WHERE region_id = ?1 AND month = ?2";
static const char sql_w_help[] =
	"SELECT help, taken_up, referred FROM welcome_help WHERE region_id = "
	"?1 AND month = ?2";
static const char sql_w_sum[] =
	"SELECT count(*), COALESCE(sum(letters), 0), COALESCE(sum(visits), "
	"0), COALESCE(sum(declined), 0), COALESCE(sum(not_reached), 0) FROM "
	"welcome_month WHERE substr(month, 1, length(?1)) = ?1 AND (?2 = 0 OR "
	"region_id = ?2)";
static const char sql_w_help_sum[] =
	"SELECT help, sum(taken_up), sum(referred) FROM welcome_help WHERE "
	"substr(month, 1, length(?1)) = ?1 AND (?2 = 0 OR region_id = ?2) "
	"GROUP BY help";

static void put_help(struct welcome_month *w, const char *help, int64_t t,
		     int64_t r)
{
	for (size_t i = 0; i < WELCOME_HELPS; i++)
		if (strcmp(welcome_helps[i].code, help) == 0) {
			w->taken_up[i] += t;
			w->referred[i] += r;
		}
}

static int read_help(db *d, const char *sql, int64_t region, const char *month,
		     bool by_prefix, struct welcome_month *w)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return -1;
	if (by_prefix) {
		db_bind_text(st, 1, month);
		db_bind_int(st, 2, region);
	} else {
		db_bind_int(st, 1, region);
		db_bind_text(st, 2, month);
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		put_help(w, db_col_text(st, 0), sqlite3_column_int64(st, 1),
			 sqlite3_column_int64(st, 2));
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int welcome_get(db *d, int64_t region_id, const char *month,
		struct welcome_month *out)
{
	memset(out, 0, sizeof *out);
	out->region_id = region_id;
	snprintf(out->month, sizeof out->month, "%s", month ? month : "");
	sqlite3_stmt *st = db_stmt(d, sql_w_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, region_id);
	db_bind_text(st, 2, out->month);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->letters = sqlite3_column_int64(st, 0);
		out->visits = sqlite3_column_int64(st, 1);
		out->declined = sqlite3_column_int64(st, 2);
		out->not_reached = sqlite3_column_int64(st, 3);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return -1;
	return read_help(d, sql_w_help, region_id, out->month, false, out);
}

/* Sums the months whose "YYYY-MM" starts with prefix. */
static int welcome_sum_prefix(db *d, const char *prefix, int64_t region_id,
			      struct welcome_month *sum)
{
	memset(sum, 0, sizeof *sum);
	sum->region_id = region_id;
	snprintf(sum->month, sizeof sum->month, "%s", prefix);
	sqlite3_stmt *st = db_stmt(d, sql_w_sum);
	if (!st)
		return -1;
	db_bind_text(st, 1, prefix);
	db_bind_int(st, 2, region_id);
	int n = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		n = sqlite3_column_int(st, 0);
		sum->letters = sqlite3_column_int64(st, 1);
		sum->visits = sqlite3_column_int64(st, 2);
		sum->declined = sqlite3_column_int64(st, 3);
		sum->not_reached = sqlite3_column_int64(st, 4);
	}
	sqlite3_reset(st);
	if (n > 0 &&
	    read_help(d, sql_w_help_sum, region_id, prefix, true, sum) < 0)
		return -1;
	return n;
}

int welcome_sum(db *d, int year, int64_t region_id, struct welcome_month *sum)
{
	char prefix[8];
	snprintf(prefix, sizeof prefix, "%04d-", year);
	int n = welcome_sum_prefix(d, prefix, region_id, sum);
	snprintf(sum->month, sizeof sum->month, "%04d", year);
	return n;
}

int welcome_sum_month(db *d, const char *month, struct welcome_month *sum)
{
	if (!valid_month(month)) {
		memset(sum, 0, sizeof *sum);
		return 0;
	}
	return welcome_sum_prefix(d, month, 0, sum);
}
