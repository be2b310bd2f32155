/*
 * report_page.c - /intern/auswertung/jahresbericht?jahr=YYYY: the year of
 * the network on one page, for the youth-welfare committee and the
 * federal programme: partners, offers, meetings and participants,
 * decisions, projects, § 8a figures, welcome visits and gaps, with charts
 * (SVG with text alternatives) and tables. The print style sheet turns it
 * into a clean PDF from the browser; every table can be downloaded as CSV
 * or Excel, and the whole report as one workbook (?format=xlsx).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/body.h"
#include "domain/codes.h"
#include "domain/coverage.h"
#include "domain/organisation.h"
#include "domain/participation.h"
#include "domain/report.h"
#include "domain/stats.h"
#include "view/chart.h"
#include "view/ftable.h"
#include "web/web.h"

#define BASE "/intern/auswertung/jahresbericht"
#define MAX_TABLES 16

static const char *project_status(const char *s)
{
	if (!strcmp(s, "geplant"))
		return "geplant";
	if (!strcmp(s, "abgeschlossen"))
		return "abgeschlossen";
	return "laufend";
}

/* A key figure in the summary list. */
static void key(buf *b, const char *label, const char *value)
{
	html(b,
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">%s</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>",
	     label, value);
}

void page_report(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	char now[21];
	db_now(now);
	/* In the first quarter the report is about the year before; later
	 * in the year it is the current year so far. */
	int year = stats_digits(now, 4) - (stats_digits(now + 5, 2) <= 3);
	int64_t yv;
	const char *yq = req_query(r, "jahr");
	if (yq && !parse_int(yq, 2000, 2100, &yv)) {
		resp_error(r, 400, "Bitte ein Jahr zwischen 2000 und 2100.");
		return;
	}
	if (yq)
		year = (int)yv;
	arena *a = r->a;
	struct ftable *tables[MAX_TABLES];
	size_t nt = 0;
#define NEW_TABLE(var, id, caption, rowheads, sheetname)                       \
	struct ftable var;                                                     \
	ftable_init(&var, a, id, caption, rowheads);                           \
	var.sheet = sheetname;                                                 \
	tables[nt++] = &var

	/* 1. Partners. */
	struct part_year py, prev;
	part_year(d, year, &py);
	part_year(d, year - 1, &prev);
	struct part_matrix pm;
	part_members(d, a, &pm);
	NEW_TABLE(tpart, "partner", "Mitglieder nach Bereich (heute)", true,
		  "Partner");
	ftable_col(&tpart, "Bereich");
	ftable_col(&tpart, "Mitglieder");
	for (size_t s = 0; s < pm.nsect; s++) {
		int64_t sum = 0;
		for (size_t m = 0; m <= pm.nmuni; m++)
			sum += pm.counts[s * (pm.nmuni + 1) + m];
		ftable_row(&tpart);
		ftable_text(&tpart, sectors[s].label);
		ftable_num(&tpart, (double)sum);
	}
	/* 2. Offers. */
	struct report_offers ro;
	report_offers(d, a, year, &ro);
	size_t nn = (size_t)code_count(needs);
	NEW_TABLE(toff, "angebote-bedarfe",
		  "Veröffentlichte Angebote nach Bedarf (heute)", true,
		  "Angebote nach Bedarf");
	ftable_col(&toff, "Bedarf");
	ftable_col(&toff, "Angebote");
	const char **need_labels = arena_alloc(a, nn * sizeof *need_labels);
	double *need_vals = arena_alloc(a, nn * sizeof *need_vals);
	for (size_t i = 0; i < nn; i++) {
		need_labels[i] = needs[i].label;
		need_vals[i] = (double)ro.by_need[i];
		ftable_row(&toff);
		ftable_text(&toff, needs[i].label);
		ftable_num(&toff, need_vals[i]);
	}
	/* 3. Meetings. */
	struct part_body *pb;
	size_t nb = part_attendance(d, a, year, &pb);
	NEW_TABLE(tmeet, "sitzungen",
		  arena_printf(a, "Sitzungen und Teilnahme %d", year), true,
		  "Sitzungen");
	ftable_col(&tmeet, "Gremium");
	ftable_col(&tmeet, "Art");
	ftable_col(&tmeet, "Sitzungen");
	ftable_col(&tmeet, "Teilnehmende");
	ftable_col(&tmeet, "Organisationen");
	int64_t meetings = 0, persons = 0;
	for (size_t i = 0; i < nb; i++) {
		meetings += pb[i].meetings;
		persons += pb[i].persons;
		ftable_row(&tmeet);
		ftable_text(&tmeet, pb[i].name);
		ftable_text(&tmeet, code_label(body_kinds, pb[i].kind));
		ftable_num(&tmeet, (double)pb[i].meetings);
		ftable_num(&tmeet, (double)pb[i].persons);
		ftable_num(&tmeet, (double)pb[i].orgs);
	}
	/* 4. Decisions. */
	struct report_decision *rd;
	size_t nd = report_decisions(d, a, year, &rd);
	NEW_TABLE(tdec, "beschluesse", arena_printf(a, "Beschlüsse %d", year),
		  false, "Beschlüsse");
	ftable_col(&tdec, "Nummer");
	ftable_col(&tdec, "Datum");
	ftable_col(&tdec, "Gremium");
	ftable_col(&tdec, "Antrag");
	ftable_col(&tdec, "Ja");
	ftable_col(&tdec, "Nein");
	ftable_col(&tdec, "Enthaltung");
	ftable_col(&tdec, "Ergebnis");
	int64_t adopted = 0;
	for (size_t i = 0; i < nd; i++) {
		adopted += !strcmp(rd[i].result, "adopted");
		ftable_row(&tdec);
		ftable_text(&tdec, rd[i].number);
		ftable_text(&tdec, rd[i].date);
		ftable_text(&tdec, rd[i].body);
		ftable_text(&tdec, rd[i].title);
		ftable_num(&tdec, (double)rd[i].yes);
		ftable_num(&tdec, (double)rd[i].no);
		ftable_num(&tdec, (double)rd[i].abstain);
		ftable_text(&tdec, report_result_label(rd[i].result));
	}
	/* 5. Projects. */
	struct report_project *rp;
	size_t np = report_projects(d, a, year, &rp);
	NEW_TABLE(tproj, "projekte", arena_printf(a, "Projekte %d", year),
		  false, "Projekte");
	ftable_col(&tproj, "Projekt");
	ftable_col(&tproj, "Träger");
	ftable_col(&tproj, "Partner");
	ftable_col(&tproj, "Förderung");
	ftable_col(&tproj, "Stand");
	for (size_t i = 0; i < np; i++) {
		ftable_row(&tproj);
		ftable_text(&tproj, rp[i].title);
		ftable_text(&tproj, rp[i].lead);
		ftable_num(&tproj, (double)rp[i].partners);
		ftable_text(&tproj, rp[i].funding);
		ftable_text(&tproj, project_status(rp[i].status));
	}
	/* 6. § 8a. */
	struct stat8a s8;
	int n8 = stat8a_sum(d, year, 0, &s8);
	NEW_TABLE(t8a, "kinderschutz",
		  arena_printf(a,
			       "Gefährdungseinschätzungen nach § 8a SGB "
			       "VIII %d",
			       year),
		  true, "§ 8a");
	ftable_col(&t8a, "Kategorie");
	ftable_col(&t8a, "Wert");
	ftable_col(&t8a, "Anzahl");
	ftable_row(&t8a);
	ftable_text(&t8a, "insgesamt");
	ftable_text(&t8a, "");
	ftable_num(&t8a, (double)s8.total);
	for (int k = 0; k < STAT8A_RESULTS; k++) {
		ftable_row(&t8a);
		ftable_text(&t8a, "Ergebnis");
		ftable_text(&t8a, stat8a_results[k].label);
		ftable_num(&t8a, (double)s8.result[k]);
	}
	for (int k = 0; k < STAT8A_SOURCES; k++) {
		ftable_row(&t8a);
		ftable_text(&t8a, "bekannt gemacht durch");
		ftable_text(&t8a, stat8a_sources[k].label);
		ftable_num(&t8a, (double)s8.source[k]);
	}
	for (int k = 0; k < STAT8A_KINDS; k++) {
		ftable_row(&t8a);
		ftable_text(&t8a, "Art der Gefährdung");
		ftable_text(&t8a, stat8a_kinds[k].label);
		ftable_num(&t8a, (double)s8.kind[k]);
	}
	/* 7. Welcome visits. */
	struct welcome_month wv;
	int nw = welcome_sum(d, year, 0, &wv);
	NEW_TABLE(twel, "willkommen",
		  arena_printf(a, "Willkommensbesuche %d", year), true,
		  "Willkommensbesuche");
	ftable_col(&twel, "");
	ftable_col(&twel, "Anzahl");
	ftable_col(&twel, "Anteil an den Briefen");
	struct {
		const char *label;
		int64_t v;
	} wrows[] = {{"Briefe verschickt", wv.letters},
		     {"Besuche", wv.visits},
		     {"abgelehnt", wv.declined},
		     {"nicht erreicht", wv.not_reached}};
	for (size_t i = 0; i < 4; i++) {
		ftable_row(&twel);
		ftable_text(&twel, wrows[i].label);
		ftable_num(&twel, (double)wrows[i].v);
		ftable_pct(&twel, i ? stats_rate(wrows[i].v, wv.letters) : -1);
	}
	for (size_t i = 0; i < WELCOME_HELPS; i++) {
		ftable_row(&twel);
		ftable_text(&twel, arena_printf(a, "Hilfe angenommen: %s",
						welcome_helps[i].label));
		ftable_num(&twel, (double)wv.taken_up[i]);
		ftable_text(&twel, "");
	}
	/* 8. Gaps (today). */
	struct coverage cov;
	NEW_TABLE(tgap, "luecken", "Lücken im Angebot (heute)", false,
		  "Lücken");
	ftable_col(&tgap, "Gemeinde");
	ftable_col(&tgap, "Bedarf");
	ftable_col(&tgap, "Angebote");
	if (coverage_compute(d, a, -1, -1, &cov) == 0)
		for (size_t m = 0; m < cov.nmuni; m++)
			for (size_t k = 0; k < cov.nneeds; k++)
				if (coverage_need(&cov, m, k)->offers <
				    cov.threshold) {
					ftable_row(&tgap);
					ftable_text(&tgap, cov.muni_names[m]);
					ftable_text(&tgap, needs[k].label);
					ftable_num(&tgap, (double)coverage_need(
								  &cov, m, k)
								  ->offers);
				}
#undef NEW_TABLE
	if (figures_export(r, tables, nt,
			   arena_printf(a, "jahresbericht-%d", year)))
		return;

	const char *q = arena_printf(a, "jahr=%d", year);
	web_begin(r, arena_printf(a, "Jahresbericht %d", year));
	buf *b = &r->out;
	html(b,
	     "<div class=\"report\"><h1 class=\"kern-heading-large\">"
	     "Jahresbericht %d</h1>\n<p class=\"kern-body report-sub\">%s – "
	     "Bericht der Koordinierungsstelle, erstellt am %.2s.%.2s.%.4s%s"
	     "</p>\n",
	     year, web_site(r)->network_name, now + 8, now + 5, now,
	     year == stats_digits(now, 4) ? " (das laufende Jahr bis heute)"
					  : "");
	html(b,
	     "<form method=\"get\" action=\"" BASE "\" class=\"figures-year "
	     "no-print\"><div class=\"kern-form-input\"><label "
	     "class=\"kern-label\" for=\"jahr-wahl\">Jahr</label><input "
	     "class=\"kern-form-input__input kern-form-input__input--width-5\" "
	     "id=\"jahr-wahl\" name=\"jahr\" inputmode=\"numeric\" "
	     "value=\"%d\"></div>",
	     year);
	form_submit(b, "Anzeigen", false);
	html(b,
	     "</form>\n<p class=\"kern-body no-print\">Als PDF: im Browser "
	     "„Drucken“ wählen und „Als PDF speichern“. <a "
	     "class=\"kern-link\" href=\"" BASE "?%s&format=xlsx\" "
	     "download>Alle Tabellen als Excel-Datei</a></p>\n",
	     q);
	/* Summary. */
	html(b, "<h2 class=\"kern-heading-medium\">Das Jahr in Zahlen</h2>"
		"<dl class=\"kern-description-list figures-key\">");
	key(b, "Mitglieder am Jahresende",
	    arena_printf(a, "%lld (Vorjahr %lld)", (long long)py.members,
			 (long long)prev.members));
	key(b, "Neu eingetreten / ausgetreten",
	    arena_printf(a, "%lld / %lld", (long long)py.joined,
			 (long long)py.left));
	key(b, "Angebote neu / geändert / archiviert",
	    arena_printf(a, "%lld / %lld / %lld", (long long)ro.created,
			 (long long)ro.changed, (long long)ro.archived));
	key(b, "Veröffentlichte Angebote heute",
	    arena_printf(a, "%lld", (long long)ro.published));
	key(b, "Sitzungen / Teilnehmende",
	    arena_printf(a, "%lld / %lld", (long long)meetings,
			 (long long)persons));
	key(b, "Beschlüsse (davon angenommen)",
	    arena_printf(a, "%zu (%lld)", nd, (long long)adopted));
	key(b, "Projekte im Jahr", arena_printf(a, "%zu", np));
	key(b, "Gefährdungseinschätzungen (§ 8a)",
	    n8 > 0 ? arena_printf(a, "%lld", (long long)s8.total)
		   : "nicht erfasst");
	key(b, "Willkommensbesuche",
	    nw > 0 ? arena_printf(a, "%lld bei %lld Briefen (%s)",
				  (long long)wv.visits, (long long)wv.letters,
				  stats_pct_text(
					  a, stats_rate(wv.visits, wv.letters)))
		   : "nicht erfasst");
	key(b, "Lücken (Gemeinde und Bedarf)",
	    arena_printf(a, "%zu", tgap.nrows));
	html(b, "</dl>\n");

	html(b, "<h2 class=\"kern-heading-medium\">Partner</h2>\n");
	ftable_html(b, &tpart);
	ftable_links(b, &tpart, BASE, q);

	html(b, "<h2 class=\"kern-heading-medium\">Angebote</h2>\n");
	struct chart_series sn = {"Angebote", need_vals};
	chart_svg(b, &(struct chart){.id = "angebote",
				     .title = "Veröffentlichte Angebote nach "
					      "Bedarf",
				     .kind = CHART_BARS,
				     .x_labels = need_labels,
				     .nx = nn,
				     .series = &sn,
				     .nseries = 1});
	ftable_links(b, &toff, BASE, q);

	html(b, "<h2 class=\"kern-heading-medium\">Sitzungen und "
		"Teilnehmende</h2>\n");
	ftable_html(b, &tmeet);
	ftable_links(b, &tmeet, BASE, q);

	html(b, "<h2 class=\"kern-heading-medium\">Beschlüsse</h2>\n");
	if (nd == 0)
		html(b, "<p class=\"kern-body\">In diesem Jahr wurde nichts "
			"beschlossen.</p>\n");
	else
		ftable_html(b, &tdec);
	ftable_links(b, &tdec, BASE, q);

	html(b, "<h2 class=\"kern-heading-medium\">Projekte</h2>\n");
	if (np == 0)
		html(b, "<p class=\"kern-body\">Keine Projekte in diesem "
			"Jahr.</p>\n");
	else
		ftable_html(b, &tproj);
	ftable_links(b, &tproj, BASE, q);

	html(b, "<h2 class=\"kern-heading-medium\">Kinderschutz: "
		"Gefährdungseinschätzungen</h2>\n");
	if (n8 <= 0) {
		html(b, "<p class=\"kern-body\">Für dieses Jahr sind keine "
			"Zahlen erfasst.</p>\n");
	} else {
		int years[8];
		int ny = 0;
		for (int y = year - 4; y <= year; y++) {
			struct stat8a t;
			if (stat8a_sum(d, y, 0, &t) > 0)
				years[ny++] = y;
		}
		const char **xl = arena_alloc(a, (size_t)ny * sizeof *xl);
		double *vals = arena_alloc(a, (size_t)ny * 3 * sizeof *vals);
		for (int i = 0; i < ny; i++) {
			struct stat8a t;
			stat8a_sum(d, years[i], 0, &t);
			xl[i] = arena_printf(a, "%d", years[i]);
			vals[i] = (double)t.total;
			vals[ny + i] = (double)(t.result[0] + t.result[1]);
			vals[2 * ny + i] = (double)t.result[2];
		}
		struct chart_series ser[3] = {
			{"Einschätzungen", vals},
			{"akute oder latente Gefährdung", vals + ny},
			{"Hilfebedarf ohne Gefährdung", vals + 2 * ny}};
		chart_svg(b,
			  &(struct chart){.id = "achta",
					  .title = "Gefährdungseinschätzungen "
						   "im Verlauf",
					  .kind = CHART_LINES,
					  .x_labels = xl,
					  .nx = (size_t)ny,
					  .series = ser,
					  .nseries = 3});
		ftable_html(b, &t8a);
	}
	ftable_links(b, &t8a, BASE, q);

	html(b, "<h2 class=\"kern-heading-medium\">Willkommensbesuche</h2>\n");
	if (nw <= 0)
		html(b, "<p class=\"kern-body\">Für dieses Jahr sind keine "
			"Besuche erfasst.</p>\n");
	else
		ftable_html(b, &twel);
	ftable_links(b, &twel, BASE, q);

	html(b, "<h2 class=\"kern-heading-medium\">Lücken im Angebot</h2>\n"
		"<p class=\"kern-body\">Stand heute; Einzelheiten unter <a "
		"class=\"kern-link\" href=\"/intern/auswertung/abdeckung\">"
		"Abdeckung und Lücken</a>.</p>\n");
	if (tgap.nrows == 0)
		html(b, "<p class=\"kern-body\">Keine Lücken.</p>\n");
	else
		ftable_html(b, &tgap);
	ftable_links(b, &tgap, BASE, q);
	html(b, "</div>\n");
	web_end(r);
}
