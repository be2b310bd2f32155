/*
 * coverage_page.c - /intern/auswertung/abdeckung: where help is missing.
 *
 *   GET /intern/auswertung/abdeckung            matrices need x municipality
 *                                               and age group x
 *                                               municipality as heat maps
 *                                               (the numbers are always in
 *                                               the cells: colour is never
 *                                               the only information), the
 *                                               gaps, needs covered only
 *                                               with a fee or a waiting
 *                                               list, searches that found
 *                                               nothing
 *   ...?gemeinde=slug                           one municipality's profile
 *   ...?tabelle=ID&format=csv|xlsx              a table as a download
 *   ...?format=xlsx                             every table as one workbook
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/coverage.h"
#include "view/ftable.h"
#include "web/web.h"

#define BASE "/intern/auswertung/abdeckung"

/* The heat class of a count: 0, below the threshold, and three steps. */
static const char *heat(int64_t n, int threshold)
{
	int64_t t = threshold > 0 ? threshold : 1;
	if (n == 0)
		return "heat heat-0 gap";
	if (n < t)
		return "heat heat-1 gap";
	if (n < 2 * t)
		return "heat heat-2";
	if (n < 4 * t)
		return "heat heat-3";
	return "heat heat-4";
}

/* Matrix rows: the codes; columns: the municipalities (or one). */
static void matrix(struct ftable *t, const struct coverage *c,
		   const struct code *list, bool by_need, long only)
{
	ftable_col(t, by_need ? "Bedarf" : "Altersgruppe");
	for (size_t m = 0; m < c->nmuni; m++)
		if (only < 0 || (size_t)only == m)
			ftable_col(t, c->muni_names[m]);
	size_t n = by_need ? c->nneeds : c->nages;
	for (size_t k = 0; k < n; k++) {
		ftable_row(t);
		ftable_text(t, list[k].label);
		for (size_t m = 0; m < c->nmuni; m++) {
			if (only >= 0 && (size_t)only != m)
				continue;
			const struct coverage_cell *cell =
				by_need ? coverage_need(c, m, k)
					: coverage_age(c, m, k);
			ftable_num(t, (double)cell->offers);
			ftable_last(t)->cls = heat(cell->offers, c->threshold);
		}
	}
}

/* The gaps: one row per municipality and need or age group below the
 * threshold. */
static void gaps(struct ftable *t, const struct coverage *c, long only)
{
	ftable_col(t, "Gemeinde");
	ftable_col(t, "Bedarf oder Altersgruppe");
	ftable_col(t, "Angebote");
	for (size_t m = 0; m < c->nmuni; m++) {
		if (only >= 0 && (size_t)only != m)
			continue;
		for (size_t k = 0; k < c->nneeds; k++)
			if (coverage_need(c, m, k)->offers < c->threshold) {
				ftable_row(t);
				ftable_text(t, c->muni_names[m]);
				ftable_text(t, needs[k].label);
				ftable_num(
					t,
					(double)coverage_need(c, m, k)->offers);
			}
		for (size_t k = 0; k < c->nages; k++)
			if (coverage_age(c, m, k)->offers < c->threshold) {
				ftable_row(t);
				ftable_text(t, c->muni_names[m]);
				ftable_text(t, arena_printf(t->a, "Alter: %s",
							    ages[k].label));
				ftable_num(
					t,
					(double)coverage_age(c, m, k)->offers);
			}
	}
}

/* Needs that are there, but only with a fee or only with a waiting list. */
static void restricted(struct ftable *t, const struct coverage *c, long only)
{
	ftable_col(t, "Gemeinde");
	ftable_col(t, "Bedarf");
	ftable_col(t, "Angebote");
	ftable_col(t, "Einschränkung");
	for (size_t m = 0; m < c->nmuni; m++) {
		if (only >= 0 && (size_t)only != m)
			continue;
		for (size_t k = 0; k < c->nneeds; k++) {
			const struct coverage_cell *cell =
				coverage_need(c, m, k);
			if (cell->offers == 0 ||
			    (cell->free > 0 && cell->no_wait > 0))
				continue;
			ftable_row(t);
			ftable_text(t, c->muni_names[m]);
			ftable_text(t, needs[k].label);
			ftable_num(t, (double)cell->offers);
			ftable_text(t,
				    cell->free == 0 && cell->no_wait == 0
					    ? "nur gegen Beitrag und nur mit "
					      "Warteliste"
				    : cell->free == 0 ? "nur gegen Beitrag"
						      : "nur mit Warteliste");
		}
	}
}

static void misses(struct ftable *t, db *d, arena *a)
{
	ftable_col(t, "Suchwörter");
	ftable_col(t, "Filter");
	ftable_col(t, "Anzahl");
	ftable_col(t, "zuletzt (Woche)");
	struct search_miss *v;
	size_t n = search_miss_list(d, a, 12, 3, 50, &v);
	for (size_t i = 0; i < n; i++) {
		ftable_row(t);
		ftable_text(t, v[i].terms[0] ? v[i].terms : "(keine)");
		ftable_text(t, v[i].filters[0] ? v[i].filters : "(keine)");
		ftable_num(t, (double)v[i].count);
		ftable_text(t, v[i].last_week);
	}
}

void page_coverage(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct coverage c;
	if (coverage_compute(d, r->a, -1, -1, &c) < 0) {
		resp_error(r, 500,
			   "Die Abdeckung konnte nicht berechnet "
			   "werden.");
		return;
	}
	long only = -1;
	const char *slug = req_query(r, "gemeinde");
	if (slug && *slug) {
		for (size_t m = 0; m < c.nmuni; m++)
			if (strcmp(c.muni_slugs[m], slug) == 0)
				only = (long)m;
		if (only < 0) {
			resp_error(r, 404, "Diese Gemeinde gibt es nicht.");
			return;
		}
	}
	struct ftable tn, ta, tg, tr, tm;
	ftable_init(&tn, r->a, "bedarfe",
		    "Erreichbare Angebote je Bedarf und Gemeinde", true);
	tn.sheet = "Bedarfe";
	matrix(&tn, &c, needs, true, only);
	ftable_init(&ta, r->a, "alter",
		    "Erreichbare Angebote je Altersgruppe und Gemeinde", true);
	ta.sheet = "Altersgruppen";
	matrix(&ta, &c, ages, false, only);
	ftable_init(&tg, r->a, "luecken",
		    arena_printf(r->a, "Lücken: weniger als %d Angebote",
				 c.threshold),
		    false);
	tg.sheet = "Lücken";
	gaps(&tg, &c, only);
	ftable_init(&tr, r->a, "eingeschraenkt",
		    "Bedarfe nur gegen Beitrag oder nur mit Warteliste", false);
	tr.sheet = "Eingeschränkt";
	restricted(&tr, &c, only);
	ftable_init(&tm, r->a, "ohne-treffer",
		    "Suchen ohne Ergebnis (letzte 12 Wochen, ab 3-mal)", false);
	tm.sheet = "Suchen ohne Ergebnis";
	misses(&tm, d, r->a);
	struct ftable *all[] = {&tn, &ta, &tg, &tr, &tm};
	if (figures_export(r, all, sizeof all / sizeof *all, "abdeckung"))
		return;

	const char *title = only >= 0 ? arena_printf(r->a, "Angebote in %s",
						     c.muni_names[only])
				      : "Abdeckung und Lücken";
	web_begin(r, title);
	buf *b = &r->out;
	const char *q = only >= 0 ? arena_printf(r->a, "gemeinde=%s",
						 url_component(r->a, slug))
				  : "";
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", title);
	if (only >= 0)
		html(b,
		     "<p class=\"kern-body\"><a class=\"kern-link\" "
		     "href=\"" BASE "\">Alle Gemeinden</a> · <a "
		     "class=\"kern-link\" href=\"/orte/%s\">Öffentliche Seite "
		     "von %s</a></p>\n<p class=\"kern-body\">%lld "
		     "veröffentlichte Angebote sind in %s erreichbar.</p>\n",
		     c.muni_slugs[only], c.muni_names[only],
		     (long long)c.total[only], c.muni_names[only]);
	html(b,
	     "<p class=\"kern-body\">Gezählt werden veröffentlichte, "
	     "gültige Angebote, die in der Gemeinde stattfinden, sie "
	     "ausdrücklich versorgen oder für den ganzen Kreis da "
	     "sind%s. Ein Feld mit weniger als %d Angeboten gilt als "
	     "Lücke und ist gestrichelt umrandet. Die Zahlen stehen in "
	     "jedem Feld; die Farbe zeigt nur zusätzlich, wie viele es "
	     "sind.</p>\n",
	     c.radius_km > 0
		     ? arena_printf(r->a,
				    " – oder deren Ort höchstens %.0f km "
				    "vom Gemeindezentrum entfernt liegt",
				    c.radius_km)
		     : "",
	     c.threshold);
	HTML_RAW(b, "<ul class=\"heat-legend\" aria-label=\"Farben der "
		    "Felder\"><li><span class=\"heat heat-0 gap\">0</span> "
		    "kein Angebot</li><li><span class=\"heat heat-1 "
		    "gap\">1</span> Lücke</li><li><span class=\"heat "
		    "heat-2\">2</span> wenige</li><li><span class=\"heat "
		    "heat-3\">5</span> einige</li><li><span class=\"heat "
		    "heat-4\">9</span> viele</li></ul>\n");
	if (only < 0) {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Gemeinden"
			    "</h2>\n<ul class=\"coverage-places\">");
		for (size_t m = 0; m < c.nmuni; m++)
			html(b,
			     "<li><a class=\"kern-link\" href=\"" BASE
			     "?gemeinde=%s\">%s</a> (%lld Angebote)</li>",
			     c.muni_slugs[m], c.muni_names[m],
			     (long long)c.total[m]);
		HTML_RAW(b, "</ul>\n");
	}
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Nach Bedarf</h2>\n");
	ftable_html(b, &tn);
	ftable_links(b, &tn, BASE, q);
	HTML_RAW(b,
		 "<h2 class=\"kern-heading-medium\">Nach Altersgruppe</h2>\n");
	ftable_html(b, &ta);
	ftable_links(b, &ta, BASE, q);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\" id=\"luecken\">"
		    "Lücken</h2>\n");
	if (tg.nrows == 0)
		alert(b, "success", "Keine Lücken",
		      "Für jeden Bedarf und jede Altersgruppe gibt es "
		      "genug Angebote.");
	else
		ftable_html(b, &tg);
	ftable_links(b, &tg, BASE, q);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Nur gegen Beitrag "
		    "oder nur mit Warteliste</h2>\n");
	if (tr.nrows == 0)
		HTML_RAW(b, "<p class=\"kern-body\">Jeder vorhandene Bedarf "
			    "hat mindestens ein Angebot ohne Beitrag und "
			    "eines ohne Warteliste.</p>\n");
	else
		ftable_html(b, &tr);
	ftable_links(b, &tr, BASE, q);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Gesucht und nicht "
		    "gefunden</h2>\n<p class=\"kern-body\">Suchen auf der "
		    "öffentlichen Angebotssuche, die nichts gefunden haben: "
		    "nur Suchwörter (ohne Zahlen) und Filter, je Woche "
		    "gezählt, ohne Adresse oder Zeitpunkt. Gezeigt wird, was "
		    "mindestens dreimal gesucht wurde.</p>\n");
	if (tm.nrows == 0)
		HTML_RAW(b, "<p class=\"kern-body\">In den letzten zwölf "
			    "Wochen gab es keine Suche ohne Ergebnis, die "
			    "mindestens dreimal vorkam.</p>\n");
	else
		ftable_html(b, &tm);
	ftable_links(b, &tm, BASE, q);
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" href=\"" BASE
	     "?%s%sformat=xlsx\" download>Alle Tabellen als "
	     "Excel-Datei</a></p>\n",
	     q, *q ? "&" : "");
	web_end(r);
}
