/*
 * participation_page.c - /intern/auswertung/beteiligung: who takes part.
 *
 *   GET /intern/auswertung/beteiligung?jahr=YYYY   members over the years,
 *       by sector and municipality, attendance per body and sector,
 *       sectors missing from local alliances, partners that have not
 *       accepted the cooperation agreement, and the network map (SVG,
 *       drawn on the server, with the most connected and the isolated
 *       partners named in text)
 *   ...&tabelle=ID&format=csv|xlsx, ...&format=xlsx   downloads
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/body.h"
#include "domain/organisation.h"
#include "domain/participation.h"
#include "domain/stats.h"
#include "view/chart.h"
#include "view/ftable.h"
#include "web/web.h"

#define BASE "/intern/auswertung/beteiligung"

static int this_year(void)
{
	char now[21];
	db_now(now);
	return stats_digits(now, 4);
}

/* Groups of sectors for the colours of the map. */
struct sector_group {
	const char *label, *colour;
	const char *codes[8];
};
static const struct sector_group groups[] = {
	{"Kinder- und Jugendhilfe",
	 "#0b3b8c",
	 {"jugendhilfe-oeffentlich", "jugendhilfe-frei", NULL}},
	{"Gesundheit",
	 "#00796b",
	 {"hebammen", "kinderaerzte", "gynaekologie", "klinik",
	  "gesundheitsamt", NULL}},
	{"Beratung und Frühförderung",
	 "#6a3d9a",
	 {"schwangerschaftsberatung", "beratungsstelle", "fruehfoerderung",
	  NULL}},
	{"Bildung und Betreuung",
	 "#c25700",
	 {"kita", "familienzentrum", "schule", NULL}},
	{"Soziales, Ordnung, Ehrenamt",
	 "#37474f",
	 {"jobcenter", "sozialamt", "polizei-ordnung", "ehrenamt", "sonstige",
	  NULL}},
};
#define NGROUPS (sizeof groups / sizeof *groups)

static size_t group_of(const char *sector)
{
	for (size_t g = 0; g < NGROUPS; g++)
		for (size_t i = 0; groups[g].codes[i]; i++)
			if (!strcmp(groups[g].codes[i], sector))
				return g;
	return NGROUPS - 1;
}

static int by_degree(const void *a, const void *b)
{
	const struct net_node *x = *(const struct net_node *const *)a;
	const struct net_node *y = *(const struct net_node *const *)b;
	if (x->degree != y->degree)
		return y->degree - x->degree;
	return strcmp(x->name, y->name);
}

/* The map: edges, nodes (size by degree), the ten most connected named. */
static void network_map(struct req *r, const struct net_graph *g)
{
	buf *b = &r->out;
	const double W = 900, H = 620, M = 30;
	struct net_node **sorted =
		arena_alloc(r->a, (g->nnodes ? g->nnodes : 1) * sizeof *sorted);
	for (size_t i = 0; i < g->nnodes; i++)
		sorted[i] = &g->nodes[i];
	qsort(sorted, g->nnodes, sizeof *sorted, by_degree);
	size_t isolated = 0;
	for (size_t i = 0; i < g->nnodes; i++)
		isolated += g->nodes[i].degree == 0;
	html(b,
	     "<figure class=\"chart netmap\" id=\"netzwerkkarte\"><figcaption>"
	     "Netzwerkkarte: %zu Partner, %zu Verbindungen</figcaption>"
	     "<svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" role=\"img\" "
	     "aria-label=\"Netzwerkkarte mit %zu Partnern und %zu "
	     "Verbindungen über gemeinsame Projekte und Gremien; %zu Partner "
	     "ohne Verbindung. Die am stärksten verbundenen und die "
	     "unverbundenen Partner stehen in den Listen unter der Karte.\" "
	     "class=\"chart-svg\">",
	     g->nnodes, g->nedges, W, H, g->nnodes, g->nedges, isolated);
	int maxw = 1;
	for (size_t e = 0; e < g->nedges; e++)
		if (g->edges[e].weight > maxw)
			maxw = g->edges[e].weight;
	html(b, "<g stroke=\"#8a94a6\">");
	for (size_t e = 0; e < g->nedges; e++) {
		const struct net_node *x = &g->nodes[g->edges[e].a];
		const struct net_node *y = &g->nodes[g->edges[e].b];
		html(b,
		     "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
		     "stroke-opacity=\"%.2f\" stroke-width=\"%.1f\"/>",
		     M + x->x * (W - 2 * M), M + x->y * (H - 2 * M),
		     M + y->x * (W - 2 * M), M + y->y * (H - 2 * M),
		     0.15 + 0.5 * g->edges[e].weight / maxw,
		     0.5 + 1.5 * g->edges[e].weight / maxw);
	}
	html(b, "</g><g stroke=\"#fff\" stroke-width=\"0.8\">");
	for (size_t i = 0; i < g->nnodes; i++) {
		const struct net_node *n = &g->nodes[i];
		const char *label = sector_label(n->sector);
		html(b,
		     "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\">"
		     "<title>%s (%s): %d Verbindungen</title></circle>",
		     M + n->x * (W - 2 * M), M + n->y * (H - 2 * M),
		     3 + sqrt((double)n->degree) * 0.8,
		     groups[group_of(n->sector)].colour, n->name,
		     label ? label : n->sector, n->degree);
	}
	/* The ten most connected get numbers; the list below names them. */
	html(b,
	     "</g><g font-size=\"13\" font-weight=\"700\" fill=\"#1b1f24\">");
	for (size_t i = 0; i < g->nnodes && i < 10; i++) {
		const struct net_node *n = sorted[i];
		if (n->degree == 0)
			break;
		double x = M + n->x * (W - 2 * M), y = M + n->y * (H - 2 * M);
		html(b,
		     "<text x=\"%.1f\" y=\"%.1f\" paint-order=\"stroke\" "
		     "stroke=\"#fff\" stroke-width=\"3\">%zu</text>",
		     x + 6, y - 6, i + 1);
	}
	if (isolated)
		html(b,
		     "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" "
		     "fill=\"#1b1f24\">ohne Verbindung:</text>",
		     M, M + 0.85 * (H - 2 * M));
	html(b, "</g></svg><ul class=\"chart-legend\">");
	for (size_t k = 0; k < NGROUPS; k++)
		html(b,
		     "<li><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 "
		     "14\" "
		     "aria-hidden=\"true\" focusable=\"false\"><circle "
		     "cx=\"7\" "
		     "cy=\"7\" r=\"6\" fill=\"%s\"/></svg> %s</li>",
		     groups[k].colour, groups[k].label);
	html(b, "</ul></figure>\n");
	html(b, "<div class=\"netmap-lists\"><div><h3 "
		"class=\"kern-heading-small\">Am stärksten verbunden (Nummern "
		"in der Karte)</h3><ol>");
	for (size_t i = 0; i < g->nnodes && i < 10; i++)
		if (sorted[i]->degree > 0)
			html(b, "<li>%s – %d Verbindungen</li>",
			     sorted[i]->name, sorted[i]->degree);
	html(b,
	     "</ol></div><div><h3 class=\"kern-heading-small\">Ohne "
	     "Verbindung (%zu)</h3>",
	     isolated);
	if (isolated == 0)
		html(b, "<p class=\"kern-body\">Jeder Partner arbeitet in "
			"mindestens einem Projekt oder Gremium mit "
			"anderen.</p>");
	else {
		html(b, "<p class=\"kern-body\">Weder in einem gemeinsamen "
			"Projekt noch in einem Gremium außer dem Plenum:</p>"
			"<ul class=\"coverage-places\">");
		for (size_t i = 0; i < g->nnodes; i++)
			if (sorted[i]->degree == 0)
				html(b, "<li>%s</li>", sorted[i]->name);
		html(b, "</ul>");
	}
	html(b, "</div></div>\n");
}

void page_participation(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int year = this_year();
	int64_t y;
	const char *yq = req_query(r, "jahr");
	if (yq && parse_int(yq, 2000, 2100, &y))
		year = (int)y;
	size_t ns = part_nsectors();

	/* Members over six years. */
	struct ftable ty;
	ftable_init(&ty, r->a, "mitglieder-jahre",
		    "Mitglieder am Jahresende, Eintritte und Austritte", true);
	ty.sheet = "Mitglieder je Jahr";
	ftable_col(&ty, "Jahr");
	ftable_col(&ty, "Mitglieder am Jahresende");
	ftable_col(&ty, "eingetreten");
	ftable_col(&ty, "ausgetreten");
	const char *xl[6];
	double mem[6], joined[6], left[6];
	for (int i = 0; i < 6; i++) {
		struct part_year py;
		part_year(d, year - 5 + i, &py);
		xl[i] = arena_printf(r->a, "%d", py.year);
		mem[i] = (double)py.members;
		joined[i] = (double)py.joined;
		left[i] = (double)py.left;
		ftable_row(&ty);
		ftable_text(&ty, xl[i]);
		ftable_num(&ty, mem[i]);
		ftable_num(&ty, joined[i]);
		ftable_num(&ty, left[i]);
	}
	/* The chosen year by sector. */
	struct part_year *pys = arena_alloc(r->a, (ns ? ns : 1) * sizeof *pys);
	part_year_sectors(d, year, pys);
	struct ftable tys;
	ftable_init(&tys, r->a, "bereiche-jahr",
		    arena_printf(r->a,
				 "Mitglieder, Eintritte und Austritte %d "
				 "nach Bereich",
				 year),
		    true);
	tys.sheet = "Bereiche im Jahr";
	ftable_col(&tys, "Bereich");
	ftable_col(&tys, "Mitglieder am Jahresende");
	ftable_col(&tys, "eingetreten");
	ftable_col(&tys, "ausgetreten");
	for (size_t s = 0; s < ns; s++) {
		ftable_row(&tys);
		ftable_text(&tys, sectors[s].label);
		ftable_num(&tys, (double)pys[s].members);
		ftable_num(&tys, (double)pys[s].joined);
		ftable_num(&tys, (double)pys[s].left);
	}
	/* Members by sector and municipality. */
	struct part_matrix pm;
	part_members(d, r->a, &pm);
	struct ftable ts;
	ftable_init(&ts, r->a, "bereiche-gemeinden",
		    "Mitglieder nach Bereich und Gemeinde (heute)", true);
	ts.sheet = "Bereiche und Gemeinden";
	ftable_col(&ts, "Bereich");
	for (size_t m = 0; m <= pm.nmuni && m + 2 < FTABLE_MAX_COLS; m++)
		ftable_col(&ts, pm.muni_names[m]);
	ftable_col(&ts, "zusammen");
	for (size_t s = 0; s < pm.nsect; s++) {
		ftable_row(&ts);
		ftable_text(&ts, sectors[s].label);
		int64_t sum = 0;
		for (size_t m = 0; m <= pm.nmuni; m++) {
			int64_t c = pm.counts[s * (pm.nmuni + 1) + m];
			sum += c;
			if (m + 2 < FTABLE_MAX_COLS)
				ftable_num(&ts, (double)c);
		}
		ftable_num(&ts, (double)sum);
	}
	/* Attendance per body, and per sector and kind of body. */
	struct part_body *pb;
	size_t nb = part_attendance(d, r->a, year, &pb);
	struct ftable tb;
	ftable_init(&tb, r->a, "gremien",
		    arena_printf(r->a, "Sitzungen und Teilnahme %d je Gremium",
				 year),
		    true);
	tb.sheet = "Teilnahme je Gremium";
	ftable_col(&tb, "Gremium");
	ftable_col(&tb, "Art");
	ftable_col(&tb, "Sitzungen");
	ftable_col(&tb, "Teilnehmende");
	ftable_col(&tb, "Organisationen");
	static const char *const kinds[4] = {"plenum", "steuerung", "lokal",
					     "ag"};
	int64_t *bykind = arena_alloc(r->a, (ns ? ns : 1) * 4 * sizeof *bykind);
	memset(bykind, 0, (ns ? ns : 1) * 4 * sizeof *bykind);
	for (size_t i = 0; i < nb; i++) {
		ftable_row(&tb);
		ftable_text(&tb, pb[i].name);
		ftable_last(&tb)->href = arena_printf(
			r->a, "/intern/gremien/%lld", (long long)pb[i].body_id);
		ftable_text(&tb, code_label(body_kinds, pb[i].kind));
		ftable_num(&tb, (double)pb[i].meetings);
		ftable_num(&tb, (double)pb[i].persons);
		ftable_num(&tb, (double)pb[i].orgs);
		size_t k = 3;
		for (size_t j = 0; j < 4; j++)
			if (!strcmp(kinds[j], pb[i].kind))
				k = j;
		for (size_t s = 0; s < ns; s++)
			bykind[s * 4 + k] += pb[i].by_sector[s];
	}
	struct ftable tk;
	ftable_init(&tk, r->a, "teilnahme-bereiche",
		    arena_printf(r->a,
				 "Teilnehmende %d nach Bereich und Art des "
				 "Gremiums",
				 year),
		    true);
	tk.sheet = "Teilnahme nach Bereich";
	ftable_col(&tk, "Bereich");
	ftable_col(&tk, "Plenum");
	ftable_col(&tk, "Steuerungsgruppe");
	ftable_col(&tk, "Lokale Bündnisse");
	ftable_col(&tk, "Arbeitsgruppen");
	ftable_col(&tk, "zusammen");
	for (size_t s = 0; s < ns; s++) {
		ftable_row(&tk);
		ftable_text(&tk, sectors[s].label);
		int64_t sum = 0;
		for (size_t k = 0; k < 4; k++) {
			ftable_num(&tk, (double)bykind[s * 4 + k]);
			sum += bykind[s * 4 + k];
		}
		ftable_num(&tk, (double)sum);
	}
	/* Sectors missing from local alliances. */
	struct part_missing *pmiss;
	size_t nmiss = part_missing_sectors(d, r->a, &pmiss);
	struct ftable tmiss;
	ftable_init(&tmiss, r->a, "fehlende-bereiche",
		    "Bereiche ohne Mitglied im lokalen Bündnis", true);
	tmiss.sheet = "Fehlende Bereiche";
	ftable_col(&tmiss, "Lokales Bündnis");
	ftable_col(&tmiss, "Anzahl");
	ftable_col(&tmiss, "Es fehlen");
	for (size_t i = 0; i < nmiss; i++) {
		buf l;
		buf_init(&l, 4096);
		for (size_t k = 0; k < pmiss[i].n; k++)
			buf_printf(&l, "%s%s", k ? ", " : "",
				   pmiss[i].sectors[k]);
		ftable_row(&tmiss);
		ftable_text(&tmiss, pmiss[i].name);
		ftable_num(&tmiss, (double)pmiss[i].n);
		ftable_text(&tmiss, pmiss[i].n ? buf_str(&l) : "–");
		buf_free(&l);
	}
	/* The cooperation agreement. */
	int version;
	const char *agreement[1];
	const char **names;
	size_t nna = part_not_accepted(d, r->a, &version, agreement, &names);
	struct ftable tna;
	ftable_init(&tna, r->a, "nicht-angenommen",
		    version ? arena_printf(r->a,
					   "Noch nicht angenommen: %s, "
					   "Fassung %d",
					   agreement[0], version)
			    : "Kooperationsvereinbarung",
		    false);
	tna.sheet = "Nicht angenommen";
	ftable_col(&tna, "Organisation");
	for (size_t i = 0; i < nna; i++) {
		ftable_row(&tna);
		ftable_text(&tna, names[i]);
	}
	struct ftable *all[] = {&ty, &tys, &ts, &tb, &tk, &tmiss, &tna};
	if (figures_export(r, all, sizeof all / sizeof *all, "beteiligung"))
		return;

	const char *q = arena_printf(r->a, "jahr=%d", year);
	web_begin(r, "Beteiligung im Netzwerk");
	buf *b = &r->out;
	html(b,
	     "<h1 class=\"kern-heading-large\">Beteiligung im Netzwerk</h1>\n"
	     "<p class=\"kern-body\">Wie breit das Netzwerk aufgestellt "
	     "ist: die Mitglieder nach Bereich und Gemeinde, wer im "
	     "gewählten Jahr an den Sitzungen teilgenommen hat, welche "
	     "Bereiche in den lokalen Bündnissen fehlen und wer die "
	     "Kooperationsvereinbarung angenommen hat.</p>\n"
	     "<form method=\"get\" action=\"" BASE "\" class=\"figures-year\">"
	     "<div class=\"kern-form-input\"><label class=\"kern-label\" "
	     "for=\"jahr-wahl\">Jahr</label><input class=\"kern-form-input__"
	     "input kern-form-input__input--width-5\" id=\"jahr-wahl\" "
	     "name=\"jahr\" inputmode=\"numeric\" value=\"%d\"></div>",
	     year);
	form_submit(b, "Anzeigen", false);
	html(b,
	     "</form>\n<p class=\"kern-body\">Heute sind %lld "
	     "Organisationen Mitglied des Netzwerks.</p>\n",
	     (long long)pm.total);
	html(b, "<h2 class=\"kern-heading-medium\">Mitglieder über die "
		"Jahre</h2>\n");
	struct chart_series ser[3] = {{"Mitglieder am Jahresende", mem},
				      {"eingetreten", joined},
				      {"ausgetreten", left}};
	chart_svg(b, &(struct chart){.id = "mitglieder",
				     .title = "Mitglieder, Eintritte und "
					      "Austritte je Jahr",
				     .kind = CHART_LINES,
				     .x_labels = xl,
				     .nx = 6,
				     .series = ser,
				     .nseries = 3});
	ftable_links(b, &ty, BASE, q);
	ftable_html(b, &tys);
	ftable_links(b, &tys, BASE, q);
	html(b, "<h2 class=\"kern-heading-medium\">Nach Bereich und "
		"Gemeinde</h2>\n");
	ftable_html(b, &ts);
	ftable_links(b, &ts, BASE, q);
	html(b, "<h2 class=\"kern-heading-medium\">Teilnahme an "
		"Sitzungen</h2>\n");
	if (nb == 0)
		alert(b, "info", "Keine Gremien",
		      "Es sind noch keine Gremien angelegt.");
	ftable_html(b, &tb);
	ftable_links(b, &tb, BASE, q);
	ftable_html(b, &tk);
	ftable_links(b, &tk, BASE, q);
	html(b, "<h2 class=\"kern-heading-medium\">Wer fehlt in den lokalen "
		"Bündnissen?</h2>\n");
	ftable_html(b, &tmiss);
	ftable_links(b, &tmiss, BASE, q);
	html(b, "<h2 class=\"kern-heading-medium\">"
		"Kooperationsvereinbarung</h2>\n");
	if (!version)
		html(b, "<p class=\"kern-body\">Es ist noch keine "
			"Kooperationsvereinbarung unter den Dokumenten "
			"abgelegt.</p>\n");
	else if (nna == 0)
		alert(b, "success", "Alle haben angenommen",
		      "Alle Mitglieder haben die aktuelle Fassung "
		      "angenommen.");
	else {
		html(b,
		     "<p class=\"kern-body\">%zu Mitglieder haben die aktuelle "
		     "Fassung noch nicht angenommen.</p>\n<details><summary>"
		     "Liste anzeigen</summary>",
		     nna);
		ftable_html(b, &tna);
		html(b, "</details>");
	}
	ftable_links(b, &tna, BASE, q);
	html(b, "<h2 class=\"kern-heading-medium\">Netzwerkkarte</h2>\n"
		"<p class=\"kern-body\">Jeder Punkt ist ein Mitglied; eine "
		"Linie verbindet zwei, die ein Projekt zusammen machen oder im "
		"selben Gremium sitzen (das Plenum, in dem alle sind, zählt "
		"nicht). Je mehr Verbindungen, desto größer der Punkt.</p>\n");
	struct net_graph g;
	if (net_graph_build(d, r->a, &g) == 0)
		network_map(r, &g);
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" href=\"" BASE
	     "?%s&format=xlsx\" download>Alle Tabellen als "
	     "Excel-Datei</a></p>\n",
	     q);
	web_end(r);
}
