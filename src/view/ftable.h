/*
 * ftable.h - a table of figures built once and written three ways: as an
 * accessible HTML table (KERN classes, caption, header cells with scope),
 * as CSV (UTF-8 with BOM, ';', for German spreadsheets) and as a sheet of
 * an XLSX workbook (libxlsxwriter; numbers as numbers, bold header,
 * autofilter, frozen header row). The figures pages and the yearly report
 * build their tables with it, so that every table they show can be
 * exported exactly as shown.
 */
#ifndef LOTSE_FTABLE_H
#define LOTSE_FTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/buf.h"

#define FTABLE_MAX_COLS 24

struct fcell {
	const char *text; /* shown text; NULL for a number */
	double num;	  /* with text NULL: the number */
	int decimals;	  /* of a number */
	bool pct;	  /* a percentage (shown with " %") */
	const char *href; /* optional local link (HTML only) */
	const char *cls;  /* optional extra class of the cell (HTML only) */
};

struct ftable {
	arena *a;
	const char *id;	     /* [a-z0-9-]: for the export links and the
			      * sheet name's order */
	const char *caption; /* title; also the sheet name (shortened) */
	const char *sheet;   /* sheet name (at most 31 characters) or NULL */
	size_t ncols;
	const char *heads[FTABLE_MAX_COLS];
	bool row_heads;	     /* the first column holds row headers */
	struct fcell *cells; /* nrows * ncols */
	size_t nrows, cap;
	size_t col; /* cells filled in the current row */
};

void ftable_init(struct ftable *t, arena *a, const char *id,
		 const char *caption, bool row_heads);
/* Adds a column heading (before the first row). */
void ftable_col(struct ftable *t, const char *head);
/* Starts a new row; the cells of the row follow. */
void ftable_row(struct ftable *t);
void ftable_text(struct ftable *t, const char *text);
void ftable_num(struct ftable *t, double v);
void ftable_dec(struct ftable *t, double v, int decimals);
void ftable_pct(struct ftable *t, double v); /* v < 0: "–" */
/* The last cell added: to set href or cls. */
struct fcell *ftable_last(struct ftable *t);

/* The start of a list table of the network pages: a KERN table with a
 * caption for screen readers, inside a responsive wrapper that is a
 * focusable region named by the caption, so that on a phone the table
 * scrolls sideways with the keyboard too (WCAG 2.1.1). Rows follow;
 * ftable_list_end closes it. */
void ftable_list_begin(buf *b, const char *caption, const char *const *headers);
void ftable_list_end(buf *b);

/* The HTML table (inside a responsive, focusable wrapper). */
void ftable_html(buf *b, const struct ftable *t);
/* Small links "CSV" and "Excel" to base?tabelle=id&format=csv|xlsx. */
void ftable_links(buf *b, const struct ftable *t, const char *base,
		  const char *query);
/* CSV of the table. */
void ftable_csv(buf *b, const struct ftable *t);
/* An XLSX workbook with one sheet per table into *data (malloc'd; the
 * caller frees it). Returns 0 or -1 with a German message in err. */
int ftable_xlsx(const struct ftable *const *tables, size_t n, char **data,
		size_t *len, char *err, size_t errlen);

#endif
