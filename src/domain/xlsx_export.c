/*
 * xlsx_export.c - offers, partners and contacts as Excel workbooks (see
 * xlsx_export.h). Reads through the domain functions (offer_get,
 * org_list/org_get, contact_list, region_list) and writes with
 * libxlsxwriter; knows no HTTP.
 */
#include "domain/xlsx_export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "domain/codes.h"
#include "domain/contact.h"
#include "domain/offer.h"
#include "domain/offer_csv.h"
#include "domain/organisation.h"
#include "domain/region.h"

static const char sql_offer_ids[] =
	"SELECT id FROM offer WHERE status <> 'archived' ORDER BY id";
static const char sql_offer_counts[] =
	"SELECT organisation_id, COUNT(*) FROM offer WHERE status <> "
	"'archived' GROUP BY organisation_id";

/* One column of a sheet: its header and width (in characters). */
struct column {
	const char *head;
	double width;
};

/* What a sheet writer needs. */
struct sheet {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *wrap; /* text cells: top-aligned, wrapped */
	arena *a;
	lxw_row_t row;
	size_t ncols;
	lxw_error err;
};

/* Text as XML allows it: control characters but tab and line breaks
 * become spaces (the domain keeps text UTF-8, but not free of them). */
static const char *cell_text(arena *a, const char *s)
{
	const char *p = s;
	while (*p &&
	       ((unsigned char)*p >= 0x20 || *p == '\t' || *p == '\n' ||
		*p == '\r') &&
	       *p != 0x7F)
		p++;
	if (!*p)
		return s;
	char *c = arena_strdup(a, s);
	for (char *q = c; *q; q++)
		if (((unsigned char)*q < 0x20 && *q != '\t' && *q != '\n' &&
		     *q != '\r') ||
		    *q == 0x7F)
			*q = ' ';
	return c;
}

/* Adds a sheet with a bold header row, frozen under the header, widths
 * set (before any row, as constant-memory mode needs). */
static void sheet_begin(struct sheet *s, const char *name,
			const struct column *cols, size_t ncols)
{
	s->ws = workbook_add_worksheet(s->wb, name);
	lxw_format *bold = workbook_add_format(s->wb);
	format_set_bold(bold);
	format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
	s->row = 0;
	s->ncols = ncols;
	s->err = s->ws ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
	if (!s->ws)
		return;
	for (size_t c = 0; c < ncols; c++) {
		worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c,
				     cols[c].width, NULL);
		worksheet_write_string(s->ws, 0, (lxw_col_t)c, cols[c].head,
				       bold);
	}
	worksheet_freeze_panes(s->ws, 1, 0);
	s->row = 1;
}

static void put_text(struct sheet *s, size_t col, const char *text)
{
	if (s->err || !text || !*text)
		return;
	lxw_error e = worksheet_write_string(s->ws, s->row, (lxw_col_t)col,
					     cell_text(s->a, text), s->wrap);
	if (e)
		s->err = e;
}

static void put_number(struct sheet *s, size_t col, double v)
{
	if (s->err)
		return;
	lxw_error e =
		worksheet_write_number(s->ws, s->row, (lxw_col_t)col, v, NULL);
	if (e)
		s->err = e;
}

/* Ends a sheet: the autofilter over the header and every row. */
static void sheet_end(struct sheet *s)
{
	if (s->ws && !s->err)
		worksheet_autofilter(s->ws, 0, 0, s->row > 0 ? s->row - 1 : 0,
				     (lxw_col_t)(s->ncols - 1));
}

static const char *date_part(arena *a, const char *iso)
{
	return iso && strlen(iso) >= 10 ? arena_strndup(a, iso, 10) : "";
}

static long write_offers(db *d, struct sheet *s)
{
	static const struct column extra[] = {{"status", 12},
					      {"gueltig_ab", 12},
					      {"gueltig_bis", 12},
					      {"bestaetigt_am", 14},
					      {"nr", 8}};
	static const double widths[CSV_NCOLS] = {14, 40, 32, 60, 30, 22,
						 12, 18, 14, 12, 26, 8,
						 18, 18, 26, 30, 30, 12};
	struct column cols[CSV_NCOLS + sizeof extra / sizeof *extra];
	size_t ncols = 0;
	for (int c = 0; c < CSV_NCOLS; c++)
		cols[ncols++] = (struct column){csv_columns[c], widths[c]};
	for (size_t i = 0; i < sizeof extra / sizeof *extra; i++)
		cols[ncols++] = extra[i];
	sheet_begin(s, "Angebote", cols, ncols);
	static const struct code status_labels[] = {
		{"draft", "Entwurf", NULL},
		{"published", "veröffentlicht", NULL},
		{"archived", "archiviert", NULL},
		{NULL, NULL, NULL}};
	long count = 0;
	sqlite3_stmt *st = db_stmt(d, sql_offer_ids);
	if (!st)
		return -1;
	while (!s->err && sqlite3_step(st) == SQLITE_ROW) {
		arena_reset(s->a);
		struct offer o;
		if (offer_get(d, s->a, sqlite3_column_int64(st, 0), &o) < 0)
			continue;
		const char *v[CSV_NCOLS];
		offer_csv_values(s->a, &o, v);
		for (int c = 0; c < CSV_NCOLS; c++)
			put_text(s, (size_t)c, v[c]);
		put_text(s, CSV_NCOLS, code_label(status_labels, o.status));
		put_text(s, CSV_NCOLS + 1, o.valid_from);
		put_text(s, CSV_NCOLS + 2, o.valid_to);
		put_text(s, CSV_NCOLS + 3, date_part(s->a, o.verified_at));
		put_number(s, CSV_NCOLS + 4, (double)o.id);
		s->row++;
		count++;
	}
	sqlite3_reset(st);
	sheet_end(s);
	return s->err ? -1 : count;
}

/* The names of the municipalities served, joined with ", ". */
static const char *region_names(arena *a, const struct region *r, size_t nr,
				const struct organisation *o)
{
	buf b;
	buf_init(&b, 0);
	for (size_t i = 0; i < o->nregions; i++)
		for (size_t j = 0; j < nr; j++)
			if (r[j].id == o->regions[i]) {
				if (b.len)
					buf_puts(&b, ", ");
				buf_puts(&b, r[j].name);
			}
	const char *s = arena_strdup(a, buf_str(&b));
	buf_free(&b);
	return s;
}

static long write_partners(db *d, struct sheet *s, arena *keep)
{
	static const struct column cols[] = {
		{"Nr.", 6},
		{"Name", 40},
		{"Bereich", 32},
		{"Mitgliedschaft", 16},
		{"Mitglied seit", 14},
		{"Straße", 26},
		{"PLZ", 8},
		{"Ort", 18},
		{"Telefon", 18},
		{"E-Mail", 28},
		{"Internet", 30},
		{"Gemeinden", 30},
		{"Angebote", 10},
		{"Archiviert", 11},
		{"Beschreibung", 60},
	};
	sheet_begin(s, "Partner", cols, sizeof cols / sizeof *cols);
	struct region *regions, *districts;
	size_t nr = region_list(d, keep, "municipality", &regions);
	size_t nd = region_list(d, keep, "district", &districts);
	struct region *all = arena_calloc(keep, nr + nd + 1, sizeof *all);
	if (nd)
		memcpy(all, districts, nd * sizeof *all);
	if (nr)
		memcpy(all + nd, regions, nr * sizeof *all);
	/* Offers per organisation: (id, count) pairs. */
	size_t ncount = 0, cap = 0;
	int64_t(*counts)[2] = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_offer_counts);
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		counts = arena_grow(keep, counts, ncount, &cap, sizeof *counts);
		counts[ncount][0] = sqlite3_column_int64(st, 0);
		counts[ncount][1] = sqlite3_column_int64(st, 1);
		ncount++;
	}
	if (st)
		sqlite3_reset(st);
	struct organisation *orgs;
	size_t n = org_list(d, keep, &orgs);
	for (size_t i = 0; i < n && !s->err; i++) {
		arena_reset(s->a);
		struct organisation o;
		if (org_get(d, s->a, orgs[i].id, &o) < 0)
			continue;
		const char *m = strcmp(o.membership, "member") == 0 ? "Mitglied"
				: strcmp(o.membership, "interested") == 0
					? "interessiert"
				: strcmp(o.membership, "left") == 0
					? "ausgetreten"
					: o.membership;
		int64_t offers = 0;
		for (size_t k = 0; k < ncount; k++)
			if (counts[k][0] == o.id)
				offers = counts[k][1];
		const char *sector = sector_label(o.sector);
		put_number(s, 0, (double)o.id);
		put_text(s, 1, o.name);
		put_text(s, 2, sector ? sector : o.sector);
		put_text(s, 3, m);
		put_text(s, 4, o.member_since);
		put_text(s, 5, o.street);
		put_text(s, 6, o.postcode);
		put_text(s, 7, o.city);
		put_text(s, 8, o.phone);
		put_text(s, 9, o.email);
		put_text(s, 10, o.web);
		put_text(s, 11, region_names(s->a, all, nr + nd, &o));
		put_number(s, 12, (double)offers);
		put_text(s, 13, o.archived ? "ja" : "nein");
		put_text(s, 14, o.description);
		s->row++;
	}
	sheet_end(s);
	if (s->err)
		return -1;
	long count = (long)n;
	static const struct column ccols[] = {
		{"Organisation", 36}, {"Name", 28},	     {"Rolle", 30},
		{"Funktion", 24},     {"Telefon", 18},	     {"E-Mail", 30},
		{"Öffentlich", 11},   {"Zustimmung am", 14},
	};
	sheet_begin(s, "Kontakte", ccols, sizeof ccols / sizeof *ccols);
	struct contact *c;
	size_t nc = contact_list(d, keep, 0, false, &c);
	for (size_t i = 0; i < nc && !s->err; i++) {
		arena_reset(s->a);
		put_text(s, 0, c[i].org_name);
		put_text(s, 1, c[i].name);
		put_text(s, 2, code_label(contact_roles, c[i].role));
		put_text(s, 3, c[i].job_title);
		put_text(s, 4, c[i].phone);
		put_text(s, 5, c[i].email);
		put_text(s, 6, c[i].public ? "ja" : "nein");
		put_text(s, 7, date_part(s->a, c[i].consent_at));
		s->row++;
	}
	sheet_end(s);
	return s->err ? -1 : count;
}

long xlsx_export(db *d, enum xlsx_what what, const char *path, char *err,
		 size_t errlen)
{
	err[0] = '\0';
	lxw_workbook_options opts = {.constant_memory = LXW_TRUE};
	lxw_workbook *wb = workbook_new_opt(path, &opts);
	if (!wb) {
		snprintf(err, errlen,
			 "Die Datei %s kann nicht angelegt werden.", path);
		return -1;
	}
	struct sheet s = {.wb = wb, .a = arena_new(16384)};
	s.wrap = workbook_add_format(wb);
	format_set_align(s.wrap, LXW_ALIGN_VERTICAL_TOP);
	arena *keep = arena_new(65536);
	/* One snapshot for the whole workbook. */
	bool own_tx = sqlite3_get_autocommit(db_sqlite(d)) &&
		      db_exec(d, "BEGIN") == 0;
	long count = what == XLSX_OFFERS ? write_offers(d, &s)
					 : write_partners(d, &s, keep);
	if (own_tx)
		db_exec(d, "COMMIT");
	lxw_error closed = workbook_close(wb);
	if (count >= 0 && closed != LXW_NO_ERROR)
		count = -1;
	if (count < 0)
		snprintf(err, errlen,
			 "Die Excel-Datei konnte nicht geschrieben werden "
			 "(%s).",
			 lxw_strerror(s.err ? s.err : closed));
	arena_free(keep);
	arena_free(s.a);
	return count;
}

long xlsx_export_mem(db *d, enum xlsx_what what, char **data, size_t *len,
		     char *err, size_t errlen)
{
	*data = NULL;
	*len = 0;
	err[0] = '\0';
	const char *dir = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof path, "%s/lotse-export-XXXXXX",
		 dir && *dir ? dir : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0) {
		snprintf(err, errlen,
			 "Für die Excel-Datei fehlt ein temporäres "
			 "Verzeichnis.");
		return -1;
	}
	close(fd);
	long count = xlsx_export(d, what, path, err, errlen);
	FILE *f = count >= 0 ? fopen(path, "rb") : NULL;
	if (count >= 0 && !f)
		count = -1;
	if (f) {
		long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
		char *bytes = size > 0 ? malloc((size_t)size) : NULL;
		if (bytes && fseek(f, 0, SEEK_SET) == 0 &&
		    fread(bytes, 1, (size_t)size, f) == (size_t)size) {
			*data = bytes;
			*len = (size_t)size;
		} else {
			free(bytes);
			count = -1;
		}
		fclose(f);
	}
	if (count < 0 && !*err)
		snprintf(err, errlen,
			 "Die Excel-Datei konnte nicht gelesen werden.");
	unlink(path);
	return count;
}
