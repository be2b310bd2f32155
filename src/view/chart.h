/*
 * chart.h - charts drawn on the server as inline SVG, readable without
 * JavaScript: every chart is a <figure> with a caption, the SVG is an
 * image with a text alternative (role="img", aria-label summarising the
 * series), series are told apart by colour AND by marker shape or
 * pattern and named in a legend, and the numbers follow in a table (in
 * a <details> element) so that screen readers and print get them all.
 */
#ifndef LOTSE_CHART_H
#define LOTSE_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

#define CHART_MAX_SERIES 8

enum chart_kind { CHART_BARS, CHART_LINES, CHART_STACKED };

struct chart_series {
	const char *label;
	const double *values; /* nx values; < 0 means "no value" */
};

struct chart {
	const char *id;	   /* unique on the page, for aria references */
	const char *title; /* caption */
	const char *unit;  /* shown after numbers: "", " %" */
	enum chart_kind kind;
	const char *const *x_labels;
	size_t nx;
	const struct chart_series *series;
	size_t nseries;	 /* at most CHART_MAX_SERIES */
	int decimals;	 /* of the numbers in the table and labels */
	bool table_open; /* <details open> */
};

/* Writes the figure (caption, SVG, legend, table) to b. */
void chart_svg(buf *b, const struct chart *c);

#endif
