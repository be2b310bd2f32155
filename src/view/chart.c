/*
 * chart.c - SVG charts with their numbers (see chart.h).
 *
 * The drawing is 640 x 280 user units and scales with the page
 * (viewBox, width 100%). Axis: from 0 to a "nice" maximum with four grid
 * lines. Colours are the KERN palette's dark blue, teal, orange, purple,
 * ...; print turns them into shades of grey, which is why lines also get
 * different marker shapes and bars a different fill pattern per series.
 */
#include "view/chart.h"

#include <math.h>
#include <stdio.h>

#include "view/html.h"

#define W 640.0
#define H 280.0
#define LEFT 56.0
#define RIGHT 12.0
#define TOP 14.0
#define BOTTOM 44.0

static const char *const colours[CHART_MAX_SERIES] = {
	"#0b3b8c", "#00796b", "#c25700", "#6a3d9a",
	"#8c2b2b", "#37474f", "#2e7d32", "#ad1457",
};

/* 1, 2, 2.5 or 5 times a power of ten, at least v. */
static double nice_max(double v)
{
	if (v <= 0)
		return 1;
	double p = pow(10, floor(log10(v)));
	static const double steps[] = {1, 2, 2.5, 5, 10};
	for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
		if (steps[i] * p >= v)
			return steps[i] * p;
	return 10 * p;
}

static double value_at(const struct chart *c, size_t s, size_t x)
{
	double v = c->series[s].values[x];
	return v < 0 ? 0 : v;
}

static void number(buf *b, double v, int decimals)
{
	if (v < 0) {
		html(b, "–");
		return;
	}
	char tmp[48];
	snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
	/* German decimal comma. */
	for (char *p = tmp; *p; p++)
		if (*p == '.')
			*p = ',';
	html(b, "%s", tmp);
}

/* The marker of series s at (x, y): circle, square, triangle, diamond. */
static void marker(buf *b, size_t s, double x, double y)
{
	const char *col = colours[s % CHART_MAX_SERIES];
	switch (s % 4) {
	case 0:
		html(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>",
		     x, y, col);
		break;
	case 1:
		html(b,
		     "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" "
		     "fill=\"%s\"/>",
		     x - 4, y - 4, col);
		break;
	case 2:
		html(b, "<path d=\"M%.1f %.1fl5 9h-10z\" fill=\"%s\"/>", x,
		     y - 5, col);
		break;
	default:
		html(b, "<path d=\"M%.1f %.1fl5 5l-5 5l-5 -5z\" fill=\"%s\"/>",
		     x, y - 5, col);
		break;
	}
}

/* Patterns for bars: solid, hatched, dotted, cross-hatched. */
static void patterns(buf *b, const struct chart *c)
{
	html(b, "<defs>");
	for (size_t s = 0; s < c->nseries; s++) {
		const char *col = colours[s % CHART_MAX_SERIES];
		html(b,
		     "<pattern id=\"%s-p%zu\" width=\"6\" height=\"6\" "
		     "patternUnits=\"userSpaceOnUse\">"
		     "<rect width=\"6\" height=\"6\" fill=\"%s\"/>",
		     c->id, s, col);
		switch (s % 4) {
		case 1:
			html(b, "<path d=\"M0 6L6 0\" stroke=\"#fff\" "
				"stroke-width=\"1.5\"/>");
			break;
		case 2:
			html(b, "<circle cx=\"3\" cy=\"3\" r=\"1.2\" "
				"fill=\"#fff\"/>");
			break;
		case 3:
			html(b, "<path d=\"M0 3H6M3 0V6\" stroke=\"#fff\" "
				"stroke-width=\"1\"/>");
			break;
		default:
			break;
		}
		html(b, "</pattern>");
	}
	html(b, "</defs>");
}

static void legend(buf *b, const struct chart *c)
{
	if (c->nseries < 2)
		return;
	html(b, "<ul class=\"chart-legend\" aria-hidden=\"true\">");
	for (size_t s = 0; s < c->nseries; s++) {
		html(b, "<li><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 "
			"14\" focusable=\"false\">");
		if (c->kind == CHART_LINES)
			marker(b, s, 7, 7);
		else
			html(b,
			     "<rect width=\"14\" height=\"14\" fill=\"%s\"/>",
			     colours[s % CHART_MAX_SERIES]);
		html(b, "</svg> %s</li>", c->series[s].label);
	}
	html(b, "</ul>");
}

static void table(buf *b, const struct chart *c)
{
	html(b,
	     "<details class=\"chart-table\"%s><summary>Zahlen als "
	     "Tabelle</summary>",
	     c->table_open ? " open" : "");
	html(b,
	     "<div class=\"kern-table-responsive\" tabindex=\"0\" "
	     "role=\"region\" aria-label=\"%s (Tabelle)\"><table "
	     "class=\"kern-table kern-table--small\"><caption "
	     "class=\"kern-sr-only\">%s</caption><thead><tr "
	     "class=\"kern-table__row\"><th scope=\"col\" "
	     "class=\"kern-table__header\">Zeitraum</th>",
	     c->title, c->title);
	for (size_t s = 0; s < c->nseries; s++)
		html(b,
		     "<th scope=\"col\" class=\"kern-table__header\">%s</th>",
		     c->series[s].label);
	html(b, "</tr></thead><tbody class=\"kern-table__body\">");
	for (size_t x = 0; x < c->nx; x++) {
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\">%s</th>",
		     c->x_labels[x]);
		for (size_t s = 0; s < c->nseries; s++) {
			html(b, "<td class=\"kern-table__cell num\">");
			number(b, c->series[s].values[x], c->decimals);
			if (c->series[s].values[x] >= 0)
				html(b, "%s", c->unit ? c->unit : "");
			html(b, "</td>");
		}
		html(b, "</tr>");
	}
	html(b, "</tbody></table></div></details>");
}

/* A sentence for the SVG's label: what is shown and its range. */
static void summary(buf *b, const struct chart *c)
{
	html(b, "%s: ", c->title);
	for (size_t s = 0; s < c->nseries; s++) {
		if (s)
			html(b, "; ");
		html(b, "%s", c->series[s].label);
		if (c->nx > 0) {
			html(b, " von ");
			number(b, c->series[s].values[0], c->decimals);
			html(b, " (%s) bis ", c->x_labels[0]);
			number(b, c->series[s].values[c->nx - 1], c->decimals);
			html(b, " (%s)", c->x_labels[c->nx - 1]);
		}
	}
	html(b, ". Die Zahlen stehen in der Tabelle unter der Grafik.");
}

void chart_svg(buf *b, const struct chart *c)
{
	size_t ns =
		c->nseries < CHART_MAX_SERIES ? c->nseries : CHART_MAX_SERIES;
	struct chart cc = *c;
	cc.nseries = ns;
	c = &cc;
	double max = 0;
	for (size_t x = 0; x < c->nx; x++) {
		double stack = 0;
		for (size_t s = 0; s < ns; s++) {
			double v = value_at(c, s, x);
			stack += v;
			if (v > max)
				max = v;
		}
		if (c->kind == CHART_STACKED && stack > max)
			max = stack;
	}
	max = nice_max(max);
	double pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
	html(b,
	     "<figure class=\"chart\" id=\"%s\"><figcaption>%s"
	     "</figcaption>",
	     c->id, c->title);
	html(b,
	     "<svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" role=\"img\" "
	     "aria-label=\"",
	     W, H);
	summary(b, c);
	html(b, "\" preserveAspectRatio=\"xMidYMid meet\" "
		"class=\"chart-svg\">");
	if (c->kind != CHART_LINES)
		patterns(b, c);
	/* Grid and y axis labels. */
	for (int i = 0; i <= 4; i++) {
		double y = TOP + ph - ph * i / 4.0;
		html(b,
		     "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" "
		     "stroke=\"#c4c9d1\" stroke-width=\"1\"/>",
		     LEFT, W - RIGHT, y, y);
		html(b,
		     "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
		     "font-size=\"12\" fill=\"#1b1f24\">",
		     LEFT - 6, y + 4);
		number(b, max * i / 4.0, max >= 8 ? 0 : c->decimals);
		html(b, "</text>");
	}
	double slot = c->nx ? pw / (double)c->nx : pw;
	for (size_t x = 0; x < c->nx; x++)
		html(b,
		     "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
		     "font-size=\"12\" fill=\"#1b1f24\">%s</text>",
		     LEFT + slot * ((double)x + 0.5), H - BOTTOM + 18,
		     c->x_labels[x]);
	if (c->kind == CHART_LINES) {
		for (size_t s = 0; s < ns; s++) {
			html(b,
			     "<polyline fill=\"none\" stroke=\"%s\" "
			     "stroke-width=\"2.5\" points=\"",
			     colours[s % CHART_MAX_SERIES]);
			for (size_t x = 0; x < c->nx; x++)
				html(b, "%.1f,%.1f ",
				     LEFT + slot * ((double)x + 0.5),
				     TOP + ph - ph * value_at(c, s, x) / max);
			html(b, "\"/>");
			for (size_t x = 0; x < c->nx; x++)
				marker(b, s, LEFT + slot * ((double)x + 0.5),
				       TOP + ph - ph * value_at(c, s, x) / max);
		}
	} else {
		double group = slot * 0.8;
		double bw = c->kind == CHART_STACKED || ns == 0
				    ? group
				    : group / (double)ns;
		for (size_t x = 0; x < c->nx; x++) {
			double base = 0;
			for (size_t s = 0; s < ns; s++) {
				double v = value_at(c, s, x);
				double h = ph * v / max;
				double bx = LEFT + slot * (double)x +
					    slot * 0.1 +
					    (c->kind == CHART_STACKED
						     ? 0
						     : bw * (double)s);
				double by = TOP + ph - h - base;
				html(b,
				     "<rect x=\"%.1f\" y=\"%.1f\" "
				     "width=\"%.1f\" "
				     "height=\"%.1f\" fill=\"url(#%s-p%zu)\" "
				     "stroke=\"#1b1f24\" "
				     "stroke-width=\"0.5\"/>",
				     bx, by, bw > 1 ? bw - 1 : bw, h, c->id, s);
				if (c->kind == CHART_STACKED)
					base += h;
			}
		}
	}
	html(b,
	     "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" "
	     "stroke=\"#1b1f24\" stroke-width=\"1.5\"/>",
	     LEFT, W - RIGHT, TOP + ph, TOP + ph);
	html(b, "</svg>");
	legend(b, c);
	table(b, c);
	html(b, "</figure>");
}
