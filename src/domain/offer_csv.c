/*
 * offer_csv.c - offers as CSV: the import with its report and the export
 * (see offer_csv.h), on top of the CSV text layer of base/csv.h.
 *
 * The import reads the file twice: a first pass counts the rows (for the
 * progress bar) and finds quoting errors before the database is touched;
 * the second checks the header and imports row by row inside one
 * transaction, each row in its own savepoint.
 */
#include "domain/offer_csv.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"
#include "domain/codes.h"
#include "domain/organisation.h"
#include "search/textindex.h"

const char *const csv_columns[CSV_NCOLS] = {
	"external_id", "titel",	      "traeger",     "beschreibung", "bedarfe",
	"alter",       "praevention", "zugang",	     "kosten",	     "sprachen",
	"strasse",     "plz",	      "ort",	     "telefon",	     "email",
	"web",	       "zeiten",      "barrierefrei"};

static const char sql_org_by_name[] =
	"SELECT id FROM organisation WHERE name = ?1 ORDER BY id LIMIT 1";
static const char sql_export_ids[] =
	"SELECT id FROM offer WHERE status <> 'archived' ORDER BY id";

/* The codes of v in the order of list, joined with '|' (codes that are not
 * in the list, which validation prevents, follow at the end). */
static const char *join_codes(arena *a, const struct code *list,
			      const char *const *v, size_t n)
{
	buf b;
	buf_init(&b, 0);
	bool used[OFFER_MAX_LANGS] = {false};
	for (const struct code *c = list; c->code; c++)
		for (size_t i = 0; i < n && i < OFFER_MAX_LANGS; i++)
			if (!used[i] && strcmp(v[i], c->code) == 0) {
				if (b.len)
					buf_putc(&b, '|');
				buf_puts(&b, v[i]);
				used[i] = true;
			}
	for (size_t i = 0; i < n && i < OFFER_MAX_LANGS; i++)
		if (!used[i]) {
			if (b.len)
				buf_putc(&b, '|');
			buf_puts(&b, v[i]);
		}
	const char *s = arena_strdup(a, buf_str(&b));
	buf_free(&b);
	return s;
}

void offer_csv_values(arena *a, const struct offer *o,
		      const char *out[CSV_NCOLS])
{
	const struct offer_location *l = o->nloc ? &o->loc[0] : NULL;
	out[COL_EXTERNAL_ID] = o->external_id;
	out[COL_TITEL] = o->title;
	out[COL_TRAEGER] = o->org_name;
	out[COL_BESCHREIBUNG] = o->description;
	out[COL_BEDARFE] = join_codes(a, needs, o->needs, o->nneeds);
	out[COL_ALTER] = join_codes(a, ages, o->ages, o->nages);
	out[COL_PRAEVENTION] = o->prevention;
	out[COL_ZUGANG] = join_codes(a, accesses, o->access, o->naccess);
	out[COL_KOSTEN] = o->cost;
	out[COL_SPRACHEN] = join_codes(a, languages, o->langs, o->nlangs);
	out[COL_STRASSE] = l && l->street ? l->street : "";
	out[COL_PLZ] = l && l->postcode ? l->postcode : "";
	out[COL_ORT] = l && l->city ? l->city : "";
	out[COL_TELEFON] = o->phone;
	out[COL_EMAIL] = o->email;
	out[COL_WEB] = o->web;
	out[COL_ZEITEN] = l && l->schedule ? l->schedule : "";
	out[COL_BARRIEREFREI] = o->accessible == 1   ? "ja"
				: o->accessible == 0 ? "nein"
						     : "";
}

/* --- a small string map for one import -------------------------------------- */

struct strmap {
	char **keys;
	int64_t *vals;
	size_t cap, n;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* The value stored for key, or 0. */
static int64_t map_get(const struct strmap *m, const char *key)
{
	if (!m->cap)
		return 0;
	for (size_t i = hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i])
			return 0;
		if (strcmp(m->keys[i], key) == 0)
			return m->vals[i];
	}
}

static void map_put(struct strmap *m, const char *key, int64_t val);

static void map_grow(struct strmap *m)
{
	struct strmap bigger = {0};
	bigger.cap = m->cap ? m->cap * 2 : 256;
	bigger.keys = calloc(bigger.cap, sizeof *bigger.keys);
	bigger.vals = calloc(bigger.cap, sizeof *bigger.vals);
	if (!bigger.keys || !bigger.vals)
		abort(); /* as the arena does: no memory, no import */
	for (size_t i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			size_t j = hash(m->keys[i]) & (bigger.cap - 1);
			while (bigger.keys[j])
				j = (j + 1) & (bigger.cap - 1);
			bigger.keys[j] = m->keys[i];
			bigger.vals[j] = m->vals[i];
			bigger.n++;
		}
	free(m->keys);
	free(m->vals);
	*m = bigger;
}

/* Stores (a copy of) key with val, replacing an earlier value. */
static void map_put(struct strmap *m, const char *key, int64_t val)
{
	if ((m->n + 1) * 10 > m->cap * 7)
		map_grow(m);
	size_t i = hash(key) & (m->cap - 1);
	while (m->keys[i] && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	if (!m->keys[i]) {
		m->keys[i] = strdup(key);
		if (!m->keys[i])
			abort();
		m->n++;
	}
	m->vals[i] = val;
}

static void map_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

/* --- import ------------------------------------------------------------------- */

struct importer {
	db *d;
	const struct actor *actor;
	const struct csv_import_opts *opts;
	struct csv_report *rep;
	int col[CSV_NCOLS]; /* field index of each column, -1 when absent */
	size_t ncols;
	bool counting;	  /* first pass: header and row count only */
	bool header_seen; /* in this pass */
	size_t total, done;
	struct strmap orgs; /* organisation name -> id */
	struct strmap ext;  /* external_id -> line where it was imported */
	arena *tmp;	    /* one row's memory */
	size_t orgs_created;
};

static void add_problem(struct csv_report *rep, size_t line, const char *column,
			const char *msg)
{
	if (rep->nproblems >= CSV_MAX_PROBLEMS) {
		rep->more++;
		return;
	}
	if (rep->nproblems == rep->problems_cap) {
		size_t cap = rep->problems_cap ? rep->problems_cap * 2 : 16;
		struct csv_problem *p = realloc(rep->problems, cap * sizeof *p);
		if (!p)
			abort();
		rep->problems = p;
		rep->problems_cap = cap;
	}
	struct csv_problem *p = &rep->problems[rep->nproblems++];
	p->line = line;
	p->column = column;
	snprintf(p->msg, sizeof p->msg, "%s", msg);
}

/* The column an offer field's message belongs to (offer_validate()'s
 * field names), or NULL for the row as a whole. */
static const char *field_column(const char *field)
{
	static const struct {
		const char *field;
		enum csv_col col;
	} map[] = {
		{"external_id", COL_EXTERNAL_ID},
		{"title", COL_TITEL},
		{"organisation", COL_TRAEGER},
		{"description", COL_BESCHREIBUNG},
		{"needs", COL_BEDARFE},
		{"ages", COL_ALTER},
		{"prevention", COL_PRAEVENTION},
		{"access", COL_ZUGANG},
		{"cost", COL_KOSTEN},
		{"languages", COL_SPRACHEN},
		{"street", COL_STRASSE},
		{"postcode", COL_PLZ},
		{"city", COL_ORT},
		{"phone", COL_TELEFON},
		{"email", COL_EMAIL},
		{"web", COL_WEB},
		{"schedule", COL_ZEITEN},
		{"accessible", COL_BARRIEREFREI},
	};
	if (!field)
		return NULL;
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (strcmp(map[i].field, field) == 0)
			return csv_columns[map[i].col];
	return field; /* a field the file has no column for */
}

/* Reports every message of e for the row at line, one per column. */
static void report_errs(struct importer *im, size_t line, const struct errs *e)
{
	for (size_t i = 0; i < e->n; i++) {
		const char *col = field_column(e->field[i]);
		bool seen = false;
		for (size_t j = 0; j < i && col; j++)
			seen = seen || field_column(e->field[j]) == col;
		if (!seen)
			add_problem(im->rep, line, col, e->msg[i]);
	}
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* At most max bytes of s, not cutting a character (for messages). */
static const char *cut(arena *a, const char *s, size_t max)
{
	return arena_strndup(a, s, utf8_prefix(s, strlen(s), max));
}

static bool all_empty(const char *const *f, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (const char *p = f[i]; *p; p++)
			if (!is_blank(*p))
				return false;
	return true;
}

/* A copy of s without surrounding blanks and, with lower, in ASCII
 * lower case (codes are lower-case; spreadsheets like capitals). */
static const char *clean(arena *a, const char *s, bool lower)
{
	while (is_blank(*s))
		s++;
	size_t n = strlen(s);
	while (n && is_blank(s[n - 1]))
		n--;
	char *c = arena_strndup(a, s, n);
	for (char *p = c; lower && *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return c;
}

static int check_header(struct importer *im, size_t line, const char *const *f,
			size_t n)
{
	char *fatal = im->rep->fatal;
	size_t flen = sizeof im->rep->fatal;
	for (int c = 0; c < CSV_NCOLS; c++)
		im->col[c] = -1;
	if (n == 1 && strchr(f[0], '\t')) {
		snprintf(fatal, flen,
			 "Zeile %zu: Die Spalten sind durch Tabulatoren "
			 "getrennt. Erlaubt sind Semikolon (;) und Komma (,).",
			 line);
		return -1;
	}
	buf unknown;
	buf_init(&unknown, 4096);
	size_t nunknown = 0;
	for (size_t i = 0; i < n; i++) {
		const char *name = clean(im->tmp, f[i], true);
		if (!*name) {
			snprintf(fatal, flen,
				 "Zeile %zu (Kopfzeile): Spalte %zu hat keinen "
				 "Namen.",
				 line, i + 1);
			buf_free(&unknown);
			return -1;
		}
		int c = 0;
		while (c < CSV_NCOLS && strcmp(csv_columns[c], name) != 0)
			c++;
		if (c == CSV_NCOLS) {
			buf_printf(&unknown, "%s„%s“", nunknown ? ", " : "",
				   cut(im->tmp, name, 60));
			nunknown++;
		} else if (im->col[c] >= 0) {
			snprintf(fatal, flen,
				 "Zeile %zu (Kopfzeile): Die Spalte „%s“ steht "
				 "zweimal darin.",
				 line, name);
			buf_free(&unknown);
			return -1;
		} else {
			im->col[c] = (int)i;
		}
	}
	static const enum csv_col required[] = {COL_TITEL, COL_TRAEGER,
						COL_BESCHREIBUNG};
	char missing[120] = "";
	size_t nmissing = 0;
	for (size_t i = 0; i < sizeof required / sizeof *required; i++)
		if (im->col[required[i]] < 0) {
			size_t u = strlen(missing);
			snprintf(missing + u, sizeof missing - u, "%s„%s“",
				 nmissing ? ", " : "",
				 csv_columns[required[i]]);
			nmissing++;
		}
	if (nunknown || nmissing) {
		size_t u = (size_t)snprintf(fatal, flen,
					    "Zeile %zu (Kopfzeile): ", line);
		if (nunknown && u < flen)
			u += (size_t)snprintf(
				fatal + u, flen - u, "%s %s. ",
				nunknown == 1 ? "Unbekannte Spalte"
					      : "Unbekannte Spalten",
				buf_failed(&unknown) ? "(zu viele)"
						     : buf_str(&unknown));
		if (nmissing && u < flen)
			u += (size_t)snprintf(
				fatal + u, flen - u, "Es %s %s. ",
				nmissing == 1 ? "fehlt die Pflichtspalte"
					      : "fehlen die Pflichtspalten",
				missing);
		if (u < flen)
			snprintf(fatal + u, flen - u,
				 "Erlaubt sind: external_id, titel, traeger, "
				 "beschreibung, bedarfe, alter, praevention, "
				 "zugang, kosten, sprachen, strasse, plz, ort, "
				 "telefon, email, web, zeiten, barrierefrei.");
		buf_free(&unknown);
		return -1;
	}
	buf_free(&unknown);
	im->ncols = n;
	return 0;
}

/* The cell of column c as the import reads it, or NULL when the file has
 * no such column. */
static const char *cell(const struct importer *im, const char *const *f,
			enum csv_col c)
{
	return im->col[c] < 0 ? NULL : csv_cell(f[im->col[c]]);
}

/* Reads a list column into v (at most max); an overlong list is an error
 * on field. Absent columns leave the list as it is. */
static void read_list(struct importer *im, const char *const *f, enum csv_col c,
		      const char *field, const char **v, size_t *n, size_t max,
		      struct errs *e)
{
	const char *s = cell(im, f, c);
	if (!s)
		return;
	size_t k = csv_split_list(im->tmp, clean(im->tmp, s, true), v, max);
	if (k > max) {
		errs_add(e, field,
			 "Höchstens %zu Einträge sind möglich, hier "
			 "sind es %zu.",
			 max, k);
		k = max;
	}
	*n = k;
}

/* Sets the first location from strasse, plz, ort and zeiten (columns the
 * file lacks keep what the offer has); all empty removes it. */
static void read_location(struct importer *im, const char *const *f,
			  struct offer *o)
{
	const char *street = cell(im, f, COL_STRASSE);
	const char *postcode = cell(im, f, COL_PLZ);
	const char *city = cell(im, f, COL_ORT);
	const char *schedule = cell(im, f, COL_ZEITEN);
	if (!street && !postcode && !city && !schedule)
		return;
	struct offer_location l = {0};
	if (o->nloc)
		l = o->loc[0];
	l.name = l.name ? l.name : "";
	l.street = street ? clean(im->tmp, street, false)
			  : (l.street ? l.street : "");
	l.postcode = postcode ? clean(im->tmp, postcode, false)
			      : (l.postcode ? l.postcode : "");
	l.city = city ? clean(im->tmp, city, false) : (l.city ? l.city : "");
	l.schedule = schedule ? schedule : (l.schedule ? l.schedule : "");
	/* Derived again from the postcode by offer_validate(). */
	l.has_coords = false;
	l.lat = l.lon = 0;
	l.region_id = 0;
	l.region_name = "";
	bool empty = !*l.name && !*l.street && !*l.postcode && !*l.city &&
		     !*l.schedule;
	if (empty && o->nloc) {
		memmove(&o->loc[0], &o->loc[1], (o->nloc - 1) * sizeof *o->loc);
		o->nloc--;
	} else if (!empty) {
		o->loc[0] = l;
		if (!o->nloc)
			o->nloc = 1;
	}
}

/* The id of the organisation named name (from the cache or the
 * database), or 0 when there is none yet. */
static int64_t org_lookup(struct importer *im, const char *name)
{
	int64_t id = map_get(&im->orgs, name);
	if (id)
		return id;
	sqlite3_stmt *st = db_stmt(im->d, sql_org_by_name);
	if (st) {
		db_bind_text(st, 1, name);
		if (sqlite3_step(st) == SQLITE_ROW)
			id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	if (id)
		map_put(&im->orgs, name, id);
	return id;
}

/* Creates the organisation name (sector "sonstige"); 0 with a message in
 * e. Cached only once its row is saved (a refused row takes it back). */
static int64_t org_add(struct importer *im, const char *name, struct errs *e)
{
	struct organisation o = {.name = name, .sector = "sonstige"};
	struct user_error ue = {0};
	int64_t id = org_create(im->d, im->actor, &o, &ue);
	if (id <= 0) {
		errs_add(e, "organisation", "%s", ue.msg);
		return 0;
	}
	return id;
}

/* Drops the messages about field from e. */
static void errs_drop(struct errs *e, const char *field)
{
	size_t k = 0;
	for (size_t i = 0; i < e->n; i++) {
		if (e->field[i] && strcmp(e->field[i], field) == 0)
			continue;
		if (k != i) {
			e->field[k] = e->field[i];
			memcpy(e->msg[k], e->msg[i], sizeof e->msg[k]);
		}
		k++;
	}
	e->n = k;
}

/* True when the file leaves the offer as it was: every column (but the
 * organisation, compared by id) and the status. */
static bool unchanged(struct importer *im, const struct offer *o,
		      const char *const *before, const char *before_status)
{
	const char *after[CSV_NCOLS];
	offer_csv_values(im->tmp, o, after);
	for (int c = 0; c < CSV_NCOLS; c++)
		if (c != COL_TRAEGER && strcmp(before[c], after[c]) != 0)
			return false;
	return strcmp(before_status, o->status) == 0;
}

/* Imports one data row; refused rows are reported. A row that changes
 * nothing counts as updated without writing (nor an audit entry). */
static void import_row(struct importer *im, size_t line, const char *const *f,
		       size_t n)
{
	struct csv_report *rep = im->rep;
	char msg[200];
	rep->rows++;
	if (n != im->ncols) {
		snprintf(msg, sizeof msg,
			 "Die Zeile hat %zu %s, die Kopfzeile %zu.", n,
			 n == 1 ? "Feld" : "Felder", im->ncols);
		add_problem(rep, line, NULL, msg);
		rep->refused++;
		return;
	}
	struct errs e = {0};
	struct offer o;
	const char *ext = cell(im, f, COL_EXTERNAL_ID);
	ext = ext ? clean(im->tmp, ext, false) : "";
	int64_t earlier = *ext ? map_get(&im->ext, ext) : 0;
	if (earlier) {
		snprintf(msg, sizeof msg,
			 "Die externe Kennung „%s“ steht schon in Zeile "
			 "%lld.",
			 cut(im->tmp, ext, 80), (long long)earlier);
		add_problem(rep, line, csv_columns[COL_EXTERNAL_ID], msg);
		rep->refused++;
		return;
	}
	int64_t existing = offer_by_external_id(im->d, ext);
	if (existing) {
		if (offer_get(im->d, im->tmp, existing, &o) < 0)
			existing = 0;
	}
	/* What the file can change, as it was (to skip unchanged rows). */
	const char *before[CSV_NCOLS];
	int64_t before_org = 0;
	const char *before_status = "";
	if (existing) {
		offer_csv_values(im->tmp, &o, before);
		before_org = o.org_id;
		before_status = o.status;
	} else {
		offer_init(&o);
	}
	o.external_id = ext;
	const char *s;
	if ((s = cell(im, f, COL_TITEL)))
		o.title = clean(im->tmp, s, false);
	if ((s = cell(im, f, COL_BESCHREIBUNG)))
		o.description = s;
	read_list(im, f, COL_BEDARFE, "needs", o.needs, &o.nneeds,
		  OFFER_MAX_NEEDS, &e);
	read_list(im, f, COL_ALTER, "ages", o.ages, &o.nages, OFFER_MAX_AGES,
		  &e);
	read_list(im, f, COL_ZUGANG, "access", o.access, &o.naccess,
		  OFFER_MAX_ACCESS, &e);
	read_list(im, f, COL_SPRACHEN, "languages", o.langs, &o.nlangs,
		  OFFER_MAX_LANGS, &e);
	if ((s = cell(im, f, COL_PRAEVENTION)))
		o.prevention = clean(im->tmp, s, true);
	if ((s = cell(im, f, COL_KOSTEN))) {
		s = clean(im->tmp, s, true);
		o.cost = *s ? s : "kostenlos";
	}
	if ((s = cell(im, f, COL_TELEFON)))
		o.phone = clean(im->tmp, s, false);
	if ((s = cell(im, f, COL_EMAIL)))
		o.email = clean(im->tmp, s, false);
	if ((s = cell(im, f, COL_WEB)))
		o.web = clean(im->tmp, s, false);
	if ((s = cell(im, f, COL_BARRIEREFREI))) {
		s = clean(im->tmp, s, true);
		if (!*s)
			o.accessible = -1;
		else if (strcmp(s, "ja") == 0)
			o.accessible = 1;
		else if (strcmp(s, "nein") == 0)
			o.accessible = 0;
		else
			errs_add(&e, "accessible",
				 "Erlaubt sind „ja“, „nein“ oder nichts, "
				 "nicht „%s“.",
				 cut(im->tmp, s, 60));
	}
	read_location(im, f, &o);
	o.status = im->opts->draft ? "draft" : "published";
	/* offer_save() is a savepoint of its own; the row needs another
	 * one only when it also creates its organisation. */
	bool org_created = false, row_tx = false, org_unknown = false;
	const char *org = clean(im->tmp, cell(im, f, COL_TRAEGER), false);
	o.org_id = *org ? org_lookup(im, org) : 0;
	if (!*org) {
		errs_add(&e, "organisation", "Bitte geben Sie den Träger an.");
	} else if (!o.org_id && e.n) {
		org_unknown = true; /* would be created; the row is refused */
	} else if (!o.org_id) {
		if (db_tx_begin(im->d) < 0) {
			add_problem(rep, line, NULL,
				    "Die Datenbank ist gerade nicht "
				    "verfügbar.");
			rep->refused++;
			return;
		}
		row_tx = true;
		o.org_id = org_add(im, org, &e);
		org_created = o.org_id > 0;
	}
	if (existing && !e.n && !row_tx && o.org_id == before_org &&
	    unchanged(im, &o, before, before_status)) {
		/* Re-importing an export: most rows are as they were. */
		map_put(&im->ext, ext, (int64_t)line);
		rep->updated++;
		return;
	}
	int rc = -1;
	if (e.n) {
		offer_validate(im->d, &o, &e); /* all problems at once */
		if (org_unknown)
			errs_drop(&e, "organisation");
	} else {
		rc = offer_save(im->d, im->actor, &o, &e);
		if (rc < 0 && !e.n)
			errs_add(&e, NULL,
				 "Das Angebot konnte nicht gespeichert "
				 "werden.");
	}
	if (rc < 0) {
		if (row_tx)
			db_tx_rollback(im->d);
		report_errs(im, line, &e);
		rep->refused++;
		return;
	}
	if (row_tx && db_tx_commit(im->d) < 0) {
		add_problem(rep, line, NULL,
			    "Die Zeile konnte nicht gespeichert werden.");
		rep->refused++;
		return;
	}
	if (org_created) {
		map_put(&im->orgs, org, o.org_id);
		im->orgs_created++;
	}
	if (*ext)
		map_put(&im->ext, ext, (int64_t)line);
	if (existing)
		rep->updated++;
	else
		rep->created++;
}

/*
 * Called for every record, in two passes over the file: the first checks
 * the header and counts the rows (for the progress bar) without touching
 * the database, the second imports them.
 */
static int on_row(void *ctx, size_t line, const char *const *f, size_t n)
{
	struct importer *im = ctx;
	arena_reset(im->tmp);
	if (!im->header_seen) {
		im->header_seen = true;
		if (im->counting)
			return check_header(im, line, f, n) < 0 ? 1 : 0;
		return 0;
	}
	if (all_empty(f, n))
		return 0;
	if (im->counting) {
		im->total++;
		return 0;
	}
	import_row(im, line, f, n);
	im->done++;
	if (im->opts->progress)
		im->opts->progress(im->opts->progress_ctx, im->done, im->total);
	return 0;
}

int offer_csv_import(db *d, const struct actor *a, const char *data, size_t len,
		     const struct csv_import_opts *opts, struct csv_report *rep)
{
	memset(rep, 0, sizeof *rep);
	size_t tlen;
	char *text = csv_to_utf8(data, len, &tlen, &rep->encoding, rep->fatal,
				 sizeof rep->fatal);
	if (!text)
		return -1;
	rep->separator = csv_detect_separator(text, tlen);
	struct importer im = {.d = d,
			      .actor = a,
			      .opts = opts,
			      .rep = rep,
			      .counting = true,
			      .tmp = arena_new(16384)};
	if (csv_read(text, tlen, rep->separator, on_row, &im, rep->fatal,
		     sizeof rep->fatal) != 0) {
		arena_free(im.tmp);
		free(text);
		return -1; /* quoting or header: rep->fatal says which */
	}
	if (!im.header_seen || !im.total) {
		snprintf(rep->fatal, sizeof rep->fatal, "%s",
			 im.header_seen
				 ? "Die Datei enthält nur die Kopfzeile, "
				   "aber keine Angebote."
				 : "Die Datei ist leer.");
		arena_free(im.tmp);
		free(text);
		return -1;
	}
	im.counting = false;
	im.header_seen = false;
	int rc = -1;
	/* A large import must not spill its transaction from SQLite's page
	 * cache into the WAL file and read it back (SQLite's default is 2 MB):
	 * 256 MB for the import, the default again afterwards. */
	db_exec(d, "PRAGMA cache_size = -262144");
	if (db_tx_begin(d) < 0) {
		snprintf(rep->fatal, sizeof rep->fatal,
			 "Die Datenbank ist gerade nicht verfügbar. Bitte "
			 "versuchen Sie es später noch einmal.");
		goto out;
	}
	text_index_defer(d); /* the search index: all rows at the end */
	if (csv_read(text, tlen, rep->separator, on_row, &im, rep->fatal,
		     sizeof rep->fatal) != 0) {
		db_tx_rollback(d);
		goto out;
	}
	if (rep->refused && !opts->skip_invalid) {
		db_tx_rollback(d);
		goto out;
	}
	if (text_index_flush(d) < 0 ||
	    audit_add(d, a, "import", "offer", 0,
		      "CSV-Import: %zu neu, %zu aktualisiert, %zu abgelehnt, "
		      "%zu Träger angelegt",
		      rep->created, rep->updated, rep->refused,
		      im.orgs_created) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(rep->fatal, sizeof rep->fatal,
			 "Die Datenbank konnte den Import nicht speichern; es "
			 "wurde nichts geändert.");
		goto out;
	}
	rep->committed = true;
	rep->orgs_created = im.orgs_created;
	rc = 0;
out:
	text_index_forget(d);
	db_exec(d, "PRAGMA cache_size = -2000");
	map_free(&im.orgs);
	map_free(&im.ext);
	arena_free(im.tmp);
	free(text);
	return rc;
}

void csv_report_free(struct csv_report *rep)
{
	free(rep->problems);
	rep->problems = NULL;
	rep->nproblems = 0;
}

void csv_report_summary(const struct csv_report *rep, char *out, size_t outlen)
{
	snprintf(out, outlen,
		 "%zu %s: %zu neu, %zu aktualisiert, %zu abgelehnt", rep->rows,
		 rep->rows == 1 ? "Zeile" : "Zeilen", rep->created,
		 rep->updated, rep->refused);
}

void csv_problem_text(const struct csv_problem *p, char *out, size_t outlen)
{
	if (p->column)
		snprintf(out, outlen, "Zeile %zu, Spalte %s: %s", p->line,
			 p->column, p->msg);
	else
		snprintf(out, outlen, "Zeile %zu: %s", p->line, p->msg);
}

/* --- export ------------------------------------------------------------------- */

long offer_csv_export(db *d, csv_write_fn out, void *ctx)
{
	buf b;
	buf_init(&b, 0);
	buf_append(&b, "\xEF\xBB\xBF", 3);
	for (int c = 0; c < CSV_NCOLS; c++) {
		if (c)
			buf_putc(&b, ';');
		buf_puts(&b, csv_columns[c]);
	}
	buf_puts(&b, "\r\n");
	/* One snapshot for the whole export. */
	bool own_tx = sqlite3_get_autocommit(db_sqlite(d)) &&
		      db_exec(d, "BEGIN") == 0;
	arena *a = arena_new(16384);
	long count = 0;
	sqlite3_stmt *st = db_stmt(d, sql_export_ids);
	if (!st)
		count = -1;
	while (st && count >= 0 && sqlite3_step(st) == SQLITE_ROW) {
		arena_reset(a);
		struct offer o;
		if (offer_get(d, a, sqlite3_column_int64(st, 0), &o) < 0)
			continue;
		const char *v[CSV_NCOLS];
		offer_csv_values(a, &o, v);
		for (int c = 0; c < CSV_NCOLS; c++) {
			if (c)
				buf_putc(&b, ';');
			csv_put_field(&b, v[c], ';');
		}
		buf_puts(&b, "\r\n");
		count++;
		if (b.len >= 65536) {
			if (buf_failed(&b) || out(ctx, b.data, b.len) < 0)
				count = -1;
			buf_reset(&b);
		}
	}
	if (st)
		sqlite3_reset(st);
	if (count >= 0 && (buf_failed(&b) || out(ctx, b.data, b.len) < 0))
		count = -1;
	if (own_tx)
		db_exec(d, "COMMIT");
	arena_free(a);
	buf_free(&b);
	return count;
}
