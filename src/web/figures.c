/*
 * figures.c - the coordination office's figures that are recorded as
 * aggregates (issue #7): § 8a SGB VIII risk assessments and baby-welcome
 * visits. Pages:
 *
 *   GET  /intern/auswertung                      overview of the figures
 *   GET  /intern/auswertung/kinderschutz         § 8a: trend, sources,
 *                                                 kinds, per municipality
 *   GET  /intern/auswertung/kinderschutz/erfassen   form (?gemeinde&jahr
 *   POST /intern/auswertung/kinderschutz/erfassen   &quartal)
 *   GET  /intern/auswertung/kinderschutz.csv     CSV export
 *   POST /intern/auswertung/kinderschutz/import  CSV import (multipart)
 *   GET  /intern/willkommen                      visits role: record a
 *   POST /intern/willkommen                      month of one municipality
 *   GET  /intern/auswertung/willkommen           rates and charts
 *
 * Figures are for the coordination office and the administration; the
 * visits role may only record its months. Everything shown is a sum.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/region.h"
#include "domain/stats.h"
#include "http/multipart.h"
#include "view/chart.h"
#include "view/ftable.h"
#include "web/web.h"

#define MAX_YEARS 32

/* Short labels of the sources for chart axes. */
static const char *const source_short[STAT8A_SOURCES] = {
	"Polizei/Justiz", "Schule", "Kita",    "Gesundheit",
	"Umfeld",	  "anonym", "Familie", "sonstige",
};

static void table_begin(buf *b, const char *caption, const char *const *headers)
{
	html(b,
	     "<div class=\"kern-table-responsive\" tabindex=\"0\" "
	     "role=\"region\" aria-label=\"%s\"><table "
	     "class=\"kern-table kern-table--small\"><caption "
	     "class=\"kern-sr-only\">%s</caption><thead><tr "
	     "class=\"kern-table__row\">",
	     caption, caption);
	for (const char *const *h = headers; *h; h++)
		html(b,
		     "<th scope=\"col\" class=\"kern-table__header\">%s</th>",
		     *h);
	HTML_RAW(b, "</tr></thead><tbody class=\"kern-table__body\">");
}

static void table_end(buf *b)
{
	HTML_RAW(b, "</tbody></table></div>\n");
}

static void cell_num(buf *b, int64_t v)
{
	html(b, "<td class=\"kern-table__cell num\">%lld</td>", (long long)v);
}

/* A percentage with a German decimal comma, or "–". */
static void cell_pct(struct req *r, double v)
{
	html(&r->out, "<td class=\"kern-table__cell num\">%s</td>",
	     stats_pct_text(r->a, v));
}

static int current_year(void)
{
	char now[21];
	db_now(now);
	return stats_digits(now, 4);
}

/* The year of ?jahr=, else fallback. */
static int query_year(struct req *r, int fallback)
{
	int64_t y;
	const char *v = req_query(r, "jahr");
	if (v && parse_int(v, 2000, 2100, &y))
		return (int)y;
	return fallback;
}

static size_t municipalities(struct req *r, db *d, struct region **out)
{
	return region_list(d, r->a, "municipality", out);
}

/* --- downloads of tables of figures ---------------------------------- */

static void send_download(struct req *r, const char *data, size_t len,
			  const char *type, const char *name)
{
	char *copy = arena_alloc(r->a, len ? len : 1);
	memcpy(copy, data, len);
	resp_static(r, copy, len, type);
	resp_header(r, "Content-Disposition",
		    arena_printf(r->a, "attachment; filename=\"%s\"", name));
}

bool figures_export(struct req *r, struct ftable *const *tables, size_t n,
		    const char *prefix)
{
	const char *format = req_query(r, "format");
	if (!format)
		return false;
	const char *want = req_query(r, "tabelle");
	const struct ftable *sel[16];
	size_t ns = 0;
	for (size_t i = 0; i < n && ns < 16; i++)
		if (!want || strcmp(want, tables[i]->id) == 0)
			sel[ns++] = tables[i];
	if (ns == 0) {
		resp_error(r, 404, "Diese Tabelle gibt es nicht.");
		return true;
	}
	if (!strcmp(format, "csv")) {
		buf b;
		buf_init(&b, 8u << 20);
		ftable_csv(&b, sel[0]);
		send_download(
			r, buf_str(&b), strlen(buf_str(&b)),
			"text/csv; charset=utf-8",
			arena_printf(r->a, "%s-%s.csv", prefix, sel[0]->id));
		buf_free(&b);
		return true;
	}
	if (!strcmp(format, "xlsx")) {
		char *data, err[200];
		size_t len;
		if (ftable_xlsx(sel, ns, &data, &len, err, sizeof err) < 0) {
			resp_error(r, 500, err);
			return true;
		}
		send_download(r, data, len,
			      "application/vnd.openxmlformats-officedocument."
			      "spreadsheetml.sheet",
			      arena_printf(r->a, "%s%s%s.xlsx", prefix,
					   want ? "-" : "", want ? want : ""));
		free(data);
		return true;
	}
	resp_error(r, 400, "Als Format gibt es csv und xlsx.");
	return true;
}

/* --- overview ----------------------------------------------------------- */

void page_figures(struct req *r)
{
	web_begin(r, "Auswertung");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Auswertung</h1>\n"
		    "<p class=\"kern-body\">Zahlen für das Netzwerk, den "
		    "Jugendhilfeausschuss und die Bundesstiftung Frühe Hilfen. "
		    "Alle Zahlen sind Summen; Lotse speichert keine Fälle und "
		    "keine Angaben zu Familien.</p>\n"
		    "<ul class=\"figures-links\">\n"
		    "<li><a class=\"kern-link\" "
		    "href=\"/intern/auswertung/jahresbericht\">Jahresbericht"
		    "</a></li>\n"
		    "<li><a class=\"kern-link\" "
		    "href=\"/intern/auswertung/abdeckung\">Abdeckung und "
		    "Lücken</a></li>\n"
		    "<li><a class=\"kern-link\" "
		    "href=\"/intern/auswertung/beteiligung\">Beteiligung im "
		    "Netzwerk</a></li>\n"
		    "<li><a class=\"kern-link\" "
		    "href=\"/intern/auswertung/kinderschutz\">Kinderschutz: "
		    "Gefährdungseinschätzungen nach § 8a SGB VIII</a></li>\n"
		    "<li><a class=\"kern-link\" "
		    "href=\"/intern/auswertung/willkommen\">Willkommensbesuche "
		    "für Neugeborene</a></li>\n"
		    "</ul>\n");
	web_end(r);
}

/* --- § 8a: the figures page -------------------------------------------- */

void page_stat8a(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int years[MAX_YEARS];
	int ny = stat8a_years(d, years, MAX_YEARS);
	int year = query_year(r, ny ? years[0] : current_year() - 1);
	struct region *m;
	size_t nm = municipalities(r, d, &m);
	web_begin(r, "Kinderschutz: Gefährdungseinschätzungen");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Kinderschutz: "
		    "Gefährdungseinschätzungen nach § 8a SGB VIII</h1>\n");
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Gespeichert",
		      "Die Zahlen wurden gespeichert.");
	if (req_query(r, "importiert"))
		alert(b, "success", "Importiert",
		      arena_printf(r->a, "%s Zeiträume wurden importiert.",
				   req_query(r, "importiert")));
	HTML_RAW(b, "<p class=\"kern-body\">Summen je Gemeinde und Jahr "
		    "(oder Quartal) in den Kategorien der amtlichen "
		    "Kinder- und Jugendhilfestatistik. Keine Angaben zu "
		    "einzelnen Fällen.</p>\n"
		    "<p class=\"kern-body\"><a class=\"kern-btn "
		    "kern-btn--primary\" "
		    "href=\"/intern/auswertung/kinderschutz/erfassen\">"
		    "<span class=\"kern-label\">Zahlen erfassen</span></a> "
		    "<a class=\"kern-link\" "
		    "href=\"/intern/auswertung/kinderschutz.csv\" "
		    "download>Alle Zahlen als CSV-Datei</a></p>\n");
	if (ny == 0) {
		alert(b, "info", "Noch keine Zahlen",
		      "Für keine Gemeinde sind bisher Zahlen erfasst.");
	} else {
		/* Trend over the years (oldest first). */
		const char **xl = arena_alloc(r->a, (size_t)ny * sizeof *xl);
		double *vals = arena_alloc(r->a, (size_t)ny * 5 * sizeof *vals);
		for (int i = 0; i < ny; i++) {
			int y = years[ny - 1 - i];
			struct stat8a s;
			stat8a_sum(d, y, 0, &s);
			xl[i] = arena_printf(r->a, "%d", y);
			vals[i] = (double)s.total;
			for (int k = 0; k < 4; k++)
				vals[(size_t)(k + 1) * (size_t)ny + (size_t)i] =
					(double)s.result[k];
		}
		struct chart_series ser[5] = {
			{"Einschätzungen insgesamt", vals},
			{"akute Gefährdung", vals + ny},
			{"latente Gefährdung", vals + 2 * ny},
			{"Hilfebedarf", vals + 3 * ny},
			{"weder noch", vals + 4 * ny},
		};
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Entwicklung im "
			    "Landkreis</h2>\n");
		chart_svg(b,
			  &(struct chart){.id = "trend",
					  .title = "Gefährdungseinschätzungen "
						   "je Jahr und Ergebnis",
					  .unit = "",
					  .kind = CHART_LINES,
					  .x_labels = xl,
					  .nx = (size_t)ny,
					  .series = ser,
					  .nseries = 5});
	}
	/* The chosen year. */
	html(b,
	     "<h2 class=\"kern-heading-medium\" id=\"jahr\">Das Jahr %d</h2>\n"
	     "<form method=\"get\" action=\"/intern/auswertung/kinderschutz\" "
	     "class=\"figures-year\"><div class=\"kern-form-input\"><label "
	     "class=\"kern-label\" for=\"jahr-wahl\">Jahr</label><div "
	     "class=\"kern-form-input__select-wrapper\"><select "
	     "class=\"kern-form-input__select\" id=\"jahr-wahl\" "
	     "name=\"jahr\">",
	     year);
	for (int i = 0; i < ny; i++)
		html(b, "<option value=\"%d\"%s>%d</option>", years[i],
		     years[i] == year ? " selected" : "", years[i]);
	if (ny == 0)
		html(b, "<option value=\"%d\" selected>%d</option>", year,
		     year);
	HTML_RAW(b, "</select></div></div>");
	form_submit(b, "Anzeigen", false);
	HTML_RAW(b, "</form>\n");
	struct stat8a sum;
	int periods = stat8a_sum(d, year, 0, &sum);
	if (periods <= 0) {
		alert(b, "info", "Keine Zahlen",
		      "Für dieses Jahr sind noch keine Zahlen erfasst.");
	} else {
		double src[STAT8A_SOURCES], kinds[STAT8A_KINDS];
		for (int k = 0; k < STAT8A_SOURCES; k++)
			src[k] = (double)sum.source[k];
		for (int k = 0; k < STAT8A_KINDS; k++)
			kinds[k] = (double)sum.kind[k];
		struct chart_series s1 = {"Einschätzungen", src};
		chart_svg(b, &(struct chart){
				     .id = "quellen",
				     .title = arena_printf(
					     r->a,
					     "Wer hat %d auf eine mögliche "
					     "Gefährdung aufmerksam gemacht?",
					     year),
				     .kind = CHART_BARS,
				     .x_labels = source_short,
				     .nx = STAT8A_SOURCES,
				     .series = &s1,
				     .nseries = 1});
		const char *kl[STAT8A_KINDS];
		for (int k = 0; k < STAT8A_KINDS; k++)
			kl[k] = stat8a_kinds[k].label;
		struct chart_series s2 = {"Nennungen", kinds};
		chart_svg(b,
			  &(struct chart){
				  .id = "arten",
				  .title = arena_printf(
					  r->a,
					  "Art der Gefährdung %d (bei akuter "
					  "oder latenter Gefährdung, "
					  "Mehrfachnennungen)",
					  year),
				  .kind = CHART_BARS,
				  .x_labels = kl,
				  .nx = STAT8A_KINDS,
				  .series = &s2,
				  .nseries = 1});
	}
	/* Per municipality. */
	static const char *const heads[] = {
		"Gemeinde",    "Einschätzungen", "akut",    "latent",
		"Hilfebedarf", "weder noch",	 "Erfasst", NULL};
	table_begin(b,
		    arena_printf(r->a,
				 "Gefährdungseinschätzungen %d je "
				 "Gemeinde",
				 year),
		    heads);
	for (size_t i = 0; i < nm; i++) {
		struct stat8a s;
		int n = stat8a_sum(d, year, m[i].id, &s);
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\">%s</th>",
		     m[i].name);
		if (n <= 0) {
			html(b,
			     "<td class=\"kern-table__cell\" "
			     "colspan=\"5\">noch "
			     "keine Zahlen</td><td class=\"kern-table__cell\">"
			     "<a class=\"kern-link\" href=\"/intern/auswertung/"
			     "kinderschutz/"
			     "erfassen?gemeinde=%lld&amp;jahr=%d\">"
			     "erfassen<span class=\"kern-sr-only\"> für %s"
			     "</span></a></td></tr>",
			     (long long)m[i].id, year, m[i].name);
			continue;
		}
		cell_num(b, s.total);
		for (int k = 0; k < STAT8A_RESULTS; k++)
			cell_num(b, s.result[k]);
		html(b,
		     "<td class=\"kern-table__cell\">%s<br><a "
		     "class=\"kern-link\" href=\"/intern/auswertung/"
		     "kinderschutz/erfassen?gemeinde=%lld&amp;jahr=%d\">"
		     "bearbeiten<span class=\"kern-sr-only\"> für %s"
		     "</span></a></td></tr>",
		     n == 1 ? "ganzes Jahr"
			    : arena_printf(r->a, "%d Quartale", n),
		     (long long)m[i].id, year, m[i].name);
	}
	if (periods > 0) {
		html(b, "<tr class=\"kern-table__row\"><th scope=\"row\" "
			"class=\"kern-table__header\">Landkreis</th>");
		cell_num(b, sum.total);
		for (int k = 0; k < STAT8A_RESULTS; k++)
			cell_num(b, sum.result[k]);
		HTML_RAW(b, "<td class=\"kern-table__cell\"></td></tr>");
	}
	table_end(b);
	/* Import. */
	html(b,
	     "<h2 class=\"kern-heading-medium\">CSV-Datei einlesen</h2>\n"
	     "<p class=\"kern-body\">Spalten <code>gemeinde</code> (Name "
	     "oder Gemeindeschlüssel), <code>jahr</code>, "
	     "<code>quartal</code> (leer für das ganze Jahr), "
	     "<code>gesamt</code> und je Kategorie eine Spalte wie im "
	     "Export. Ist eine Zeile nicht stimmig, wird nichts "
	     "übernommen.</p>\n"
	     "<form method=\"post\" action=\"/intern/auswertung/kinderschutz/"
	     "import\" enctype=\"multipart/form-data\" novalidate>"
	     "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	     "<div class=\"kern-form-input\"><label class=\"kern-label\" "
	     "for=\"datei\">CSV-Datei</label><input "
	     "class=\"kern-form-input__input\" id=\"datei\" name=\"datei\" "
	     "type=\"file\" accept=\".csv,text/csv\"></div>",
	     web_csrf(r));
	form_submit(b, "Einlesen", false);
	HTML_RAW(b, "</form>\n");
	web_end(r);
}

/* --- § 8a: the form ----------------------------------------------------- */

/* Reads a count field; empty is 0; false when it is not a number. */
static bool form_count(struct req *r, const char *name, int64_t *out)
{
	const char *v = req_form(r, name);
	*out = 0;
	return !v || !*v || parse_int(v, 0, 100000000, out);
}

/* A label of the code lists ("finanzielle Hilfen") as the start of a form
 * label: the first letter upper-case (the labels start with ASCII). */
static const char *upper_first(struct req *r, const char *s)
{
	char *t = arena_strdup(r->a, s);
	if (*t >= 'a' && *t <= 'z')
		*t = (char)(*t - 'a' + 'A');
	return t;
}

static void count_input(struct req *r, const struct form_errors *fe,
			const char *name, const char *label, int64_t v)
{
	form_input(&r->out, fe,
		   &(struct field){
			   .name = name,
			   .label = label,
			   .type = "text",
			   .value = arena_printf(r->a, "%lld", (long long)v),
			   .inputmode = "numeric",
			   .extra_class = "kern-form-input__input--width-5"});
}

static void count_group(struct req *r, const struct form_errors *fe,
			const char *legend, const char *hint,
			const char *prefix, const struct code *codes,
			const int64_t *v, size_t n)
{
	buf *b = &r->out;
	html(b,
	     "<fieldset class=\"kern-fieldset figures-counts\"><legend "
	     "class=\"kern-label\">%s</legend>",
	     legend);
	if (hint)
		html(b, "<div class=\"kern-hint\">%s</div>", hint);
	html(b, "<div class=\"kern-fieldset__body\">");
	for (size_t i = 0; i < n; i++)
		count_input(r, fe,
			    arena_printf(r->a, "%s%s", prefix, codes[i].code),
			    codes[i].label, v[i]);
	html(b, "</div></fieldset>");
}

static void stat8a_form(struct req *r, db *d, const struct stat8a *s,
			const struct form_errors *fe)
{
	struct region *m;
	size_t nm = municipalities(r, d, &m);
	web_begin(r, "§ 8a-Zahlen erfassen");
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/intern/auswertung/kinderschutz\">Zurück zu den "
		    "Zahlen</a></p>\n<h1 class=\"kern-heading-large\">"
		    "Gefährdungseinschätzungen erfassen</h1>\n"
		    "<p class=\"kern-body\">Tragen Sie die Summen eines Jahres "
		    "(oder Quartals) für eine Gemeinde ein. Die Zahlen nach "
		    "Quelle und nach Ergebnis müssen jeweils die Gesamtzahl "
		    "ergeben. Gibt es für den Zeitraum schon Zahlen, werden "
		    "sie ersetzt.</p>\n");
	form_error_summary(b, fe);
	form_begin(b, "/intern/auswertung/kinderschutz/erfassen", web_csrf(r));
	struct option *opts = arena_alloc(r->a, (nm + 1) * sizeof *opts);
	for (size_t i = 0; i < nm; i++)
		opts[i] = (struct option){
			arena_printf(r->a, "%lld", (long long)m[i].id),
			m[i].name};
	opts[nm] = (struct option){NULL, NULL};
	form_select(b, fe, "region", "Gemeinde", opts,
		    s->region_id ? arena_printf(r->a, "%lld",
						(long long)s->region_id)
				 : NULL,
		    "Bitte wählen", NULL);
	form_input(b, fe,
		   &(struct field){.name = "year",
				   .label = "Jahr",
				   .type = "text",
				   .value = arena_printf(r->a, "%d", s->year),
				   .inputmode = "numeric",
				   .required = true,
				   .extra_class =
					   "kern-form-input__input--width-5"});
	static const struct option quarters[] = {
		{"0", "ganzes Jahr"}, {"1", "1. Quartal"}, {"2", "2. Quartal"},
		{"3", "3. Quartal"},  {"4", "4. Quartal"}, {NULL, NULL}};
	form_select(b, fe, "quarter", "Zeitraum", quarters,
		    arena_printf(r->a, "%d", s->quarter), NULL, NULL);
	count_input(r, fe, "total", "Gefährdungseinschätzungen insgesamt",
		    s->total);
	count_group(r, fe, "Wer hat die Sache bekannt gemacht?",
		    "Zusammen so viele wie insgesamt.", "source_",
		    stat8a_sources, s->source, STAT8A_SOURCES);
	count_group(r, fe, "Ergebnis der Einschätzung",
		    "Zusammen so viele wie insgesamt.", "result_",
		    stat8a_results, s->result, STAT8A_RESULTS);
	count_group(r, fe, "Art der Gefährdung",
		    "Nur bei akuter oder latenter Gefährdung; mehrere Arten "
		    "je Einschätzung möglich.",
		    "kind_", stat8a_kinds, s->kind, STAT8A_KINDS);
	form_submit(b, "Speichern", true);
	form_end(b);
	web_end(r);
}

void page_stat8a_form(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t region = 0, quarter = 0;
	const char *g = req_query(r, "gemeinde"), *q = req_query(r, "quartal");
	if (g && !parse_int(g, 1, INT64_MAX, &region))
		region = 0;
	if (q && !parse_int(q, 0, 4, &quarter))
		quarter = 0;
	int year = query_year(r, current_year() - 1);
	struct stat8a s;
	if (stat8a_get(d, region, year, (int)quarter, &s) < 0) {
		resp_error(r, 500, "Die Zahlen konnten nicht gelesen werden.");
		return;
	}
	stat8a_form(r, d, &s, &(struct form_errors){0});
}

/* Maps a domain field to the form field the message belongs to. */
static const char *stat_field(const char *f)
{
	if (!f)
		return NULL;
	if (!strcmp(f, "source"))
		return "source_polizei";
	if (!strcmp(f, "result"))
		return "result_akut";
	if (!strcmp(f, "kind"))
		return "kind_vernachlaessigung";
	return f;
}

void page_stat8a_save(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors fe = {0};
	struct stat8a s = {.note = ""};
	int64_t v;
	const char *g = req_form(r, "region");
	if (g && *g && parse_int(g, 1, INT64_MAX, &v))
		s.region_id = v;
	const char *y = req_form(r, "year");
	if (y && parse_int(y, 2000, 2100, &v))
		s.year = (int)v;
	else
		form_error(&fe, "year",
			   "Bitte geben Sie ein Jahr zwischen 2000 und 2100 "
			   "an.");
	const char *q = req_form(r, "quarter");
	if (q && parse_int(q, 0, 4, &v))
		s.quarter = (int)v;
	if (!form_count(r, "total", &s.total))
		form_error(&fe, "total", "Bitte eine ganze Zahl ab 0.");
	struct {
		const char *prefix;
		const struct code *codes;
		int64_t *v;
		size_t n;
	} groups[] = {{"source_", stat8a_sources, s.source, STAT8A_SOURCES},
		      {"result_", stat8a_results, s.result, STAT8A_RESULTS},
		      {"kind_", stat8a_kinds, s.kind, STAT8A_KINDS}};
	for (size_t gi = 0; gi < 3; gi++)
		for (size_t i = 0; i < groups[gi].n; i++) {
			const char *name =
				arena_printf(r->a, "%s%s", groups[gi].prefix,
					     groups[gi].codes[i].code);
			if (!form_count(r, name, &groups[gi].v[i]))
				form_error(&fe, name,
					   "Bitte eine ganze Zahl ab 0.");
		}
	if (fe.n == 0) {
		struct errs e = {0};
		int rc = stat8a_save(d, web_actor(r), &s, &e);
		if (rc == -2) {
			resp_error(r, 403, "Das dürfen Sie nicht.");
			return;
		}
		if (rc == 0) {
			web_redirect(r, arena_printf(r->a,
						     "/intern/auswertung/"
						     "kinderschutz?jahr=%d&"
						     "gespeichert=1",
						     s.year));
			return;
		}
		for (size_t i = 0; i < e.n; i++)
			form_error(&fe, stat_field(e.field[i]),
				   arena_strdup(r->a, e.msg[i]));
	}
	r->status = 422;
	stat8a_form(r, d, &s, &fe);
}

void page_stat8a_csv(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	buf out;
	buf_init(&out, 16u << 20);
	if (stat8a_csv_export(d, &out) < 0) {
		buf_free(&out);
		resp_error(r, 500, "Der Export ist fehlgeschlagen.");
		return;
	}
	size_t len;
	char *data = buf_detach(&out, &len);
	char *copy = arena_alloc(r->a, len ? len : 1);
	memcpy(copy, data, len);
	free(data);
	resp_static(r, copy, len, "text/csv; charset=utf-8");
	resp_header(r, "Content-Disposition",
		    "attachment; filename=\"kinderschutz-8a.csv\"");
}

void page_stat8a_import(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const struct upload *f = uploads_get(&r->files, "datei");
	struct errs e = {0};
	int rc = -1;
	if (!f || !f->len)
		errs_add(&e, NULL, "Bitte wählen Sie eine CSV-Datei aus.");
	else
		rc = stat8a_csv_import(d, web_actor(r), f->data, f->len, &e);
	if (rc == -2) {
		resp_error(r, 403, "Das dürfen Sie nicht.");
		return;
	}
	if (rc >= 0) {
		web_redirect(r, arena_printf(r->a,
					     "/intern/auswertung/kinderschutz?"
					     "importiert=%d",
					     rc));
		return;
	}
	r->status = 422;
	web_begin(r, "Import nicht möglich");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Die Datei wurde nicht "
		    "übernommen</h1>\n<p class=\"kern-body\">Es wurde nichts "
		    "geändert. Bitte korrigieren Sie die Datei:</p>\n<ul>");
	for (size_t i = 0; i < e.n; i++)
		html(b, "<li>%s</li>", e.msg[i]);
	HTML_RAW(b, "</ul>\n<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/intern/auswertung/kinderschutz\">Zurück zu den "
		    "Zahlen</a></p>\n");
	web_end(r);
}

/* --- welcome visits: recording ------------------------------------------ */

static void welcome_form(struct req *r, db *d, const struct welcome_month *w,
			 const struct form_errors *fe, bool saved)
{
	struct region *m;
	size_t nm = municipalities(r, d, &m);
	web_begin(r, "Willkommensbesuche erfassen");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Willkommensbesuche "
		    "erfassen</h1>\n");
	if (saved)
		alert(b, "success", "Gespeichert",
		      "Die Zahlen des Monats wurden gespeichert.");
	HTML_RAW(b, "<p class=\"kern-body\">Tragen Sie für eine Gemeinde "
		    "und einen Monat ein, wie viele Briefe verschickt und "
		    "wie viele Besuche gemacht wurden. Nur Zahlen: bitte "
		    "nie Namen, Adressen oder andere Angaben zu Familien. "
		    "Gibt es für den Monat schon Zahlen, werden sie "
		    "ersetzt.</p>\n");
	form_error_summary(b, fe);
	form_begin(b, "/intern/willkommen", web_csrf(r));
	struct option *opts = arena_alloc(r->a, (nm + 1) * sizeof *opts);
	for (size_t i = 0; i < nm; i++)
		opts[i] = (struct option){
			arena_printf(r->a, "%lld", (long long)m[i].id),
			m[i].name};
	opts[nm] = (struct option){NULL, NULL};
	form_select(b, fe, "region", "Gemeinde", opts,
		    w->region_id ? arena_printf(r->a, "%lld",
						(long long)w->region_id)
				 : NULL,
		    "Bitte wählen", NULL);
	form_input(b, fe,
		   &(struct field){.name = "month",
				   .label = "Monat",
				   .type = "month",
				   .value = w->month,
				   .hint = "Jahr und Monat, z. B. 2026-03",
				   .required = true,
				   .extra_class =
					   "kern-form-input__input--width-10"});
	count_input(r, fe, "letters", "Briefe verschickt", w->letters);
	count_input(r, fe, "visits", "Besuche gemacht", w->visits);
	count_input(r, fe, "declined", "Besuche abgelehnt", w->declined);
	count_input(r, fe, "not_reached", "Familien nicht erreicht",
		    w->not_reached);
	html(b, "<fieldset class=\"kern-fieldset figures-counts\"><legend "
		"class=\"kern-label\">Hilfen bei den Besuchen</legend><div "
		"class=\"kern-hint\">Wie oft wurde eine Hilfe angenommen "
		"(die Familie nutzt sie schon oder meldet sich an) oder "
		"vermittelt (Kontakt hergestellt)?</div><div "
		"class=\"kern-fieldset__body\">");
	for (size_t i = 0; i < WELCOME_HELPS; i++) {
		count_input(
			r, fe,
			arena_printf(r->a, "taken_%s", welcome_helps[i].code),
			arena_printf(r->a, "%s: angenommen",
				     upper_first(r, welcome_helps[i].label)),
			w->taken_up[i]);
		count_input(
			r, fe,
			arena_printf(r->a, "referred_%s",
				     welcome_helps[i].code),
			arena_printf(r->a, "%s: vermittelt",
				     upper_first(r, welcome_helps[i].label)),
			w->referred[i]);
	}
	html(b, "</div></fieldset>");
	form_submit(b, "Speichern", true);
	form_end(b);
	web_end(r);
}

void page_welcome_form(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct welcome_month w = {0};
	int64_t region = 0;
	const char *g = req_query(r, "gemeinde"), *mo = req_query(r, "monat");
	if (g && !parse_int(g, 1, INT64_MAX, &region))
		region = 0;
	char now[21];
	db_now(now);
	if (region && mo && strlen(mo) == 7)
		welcome_get(d, region, mo, &w);
	if (!w.month[0])
		snprintf(w.month, sizeof w.month, "%.7s", now);
	w.region_id = region;
	welcome_form(r, d, &w, &(struct form_errors){0},
		     req_query(r, "gespeichert") != NULL);
}

void page_welcome_save(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors fe = {0};
	struct welcome_month w = {0};
	int64_t v;
	const char *g = req_form(r, "region");
	if (g && *g && parse_int(g, 1, INT64_MAX, &v))
		w.region_id = v;
	const char *mo = req_form(r, "month");
	snprintf(w.month, sizeof w.month, "%s", mo ? mo : "");
	struct {
		const char *name;
		int64_t *v;
	} f[] = {{"letters", &w.letters},
		 {"visits", &w.visits},
		 {"declined", &w.declined},
		 {"not_reached", &w.not_reached}};
	for (size_t i = 0; i < 4; i++)
		if (!form_count(r, f[i].name, f[i].v))
			form_error(&fe, f[i].name,
				   "Bitte eine ganze Zahl ab 0.");
	for (size_t i = 0; i < WELCOME_HELPS; i++) {
		const char *t =
			arena_printf(r->a, "taken_%s", welcome_helps[i].code);
		const char *rf = arena_printf(r->a, "referred_%s",
					      welcome_helps[i].code);
		if (!form_count(r, t, &w.taken_up[i]))
			form_error(&fe, t, "Bitte eine ganze Zahl ab 0.");
		if (!form_count(r, rf, &w.referred[i]))
			form_error(&fe, rf, "Bitte eine ganze Zahl ab 0.");
	}
	if (fe.n == 0) {
		struct errs e = {0};
		int rc = welcome_save(d, web_actor(r), &w, &e);
		if (rc == -2) {
			resp_error(r, 403, "Das dürfen Sie nicht.");
			return;
		}
		if (rc == 0) {
			web_redirect(r, arena_printf(r->a,
						     "/intern/willkommen?"
						     "gemeinde=%lld&monat=%s&"
						     "gespeichert=1",
						     (long long)w.region_id,
						     w.month));
			return;
		}
		for (size_t i = 0; i < e.n; i++) {
			const char *fld = e.field[i];
			if (fld && !strcmp(fld, "help"))
				fld = "taken_beratung";
			form_error(&fe, fld, arena_strdup(r->a, e.msg[i]));
		}
	}
	r->status = 422;
	welcome_form(r, d, &w, &fe, false);
}

/* --- welcome visits: figures -------------------------------------------- */

void page_welcome_figures(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int year = query_year(r, current_year());
	struct region *m;
	size_t nm = municipalities(r, d, &m);
	web_begin(r, "Willkommensbesuche");
	buf *b = &r->out;
	html(b,
	     "<h1 class=\"kern-heading-large\">Willkommensbesuche %d</h1>\n"
	     "<p class=\"kern-body\">Wie viele Familien mit einem "
	     "Neugeborenen einen Brief bekommen haben, besucht wurden und "
	     "welche Hilfen sie dabei angenommen haben oder an welche sie "
	     "vermittelt wurden. Der Besuchsdienst erfasst nur Summen je "
	     "Gemeinde und Monat, keine Namen.</p>\n"
	     "<form method=\"get\" action=\"/intern/auswertung/willkommen\" "
	     "class=\"figures-year\"><div class=\"kern-form-input\"><label "
	     "class=\"kern-label\" for=\"jahr-wahl\">Jahr</label><input "
	     "class=\"kern-form-input__input kern-form-input__input--width-5\" "
	     "id=\"jahr-wahl\" name=\"jahr\" inputmode=\"numeric\" "
	     "value=\"%d\"></div>",
	     year, year);
	form_submit(b, "Anzeigen", false);
	HTML_RAW(b, "</form>\n");
	struct welcome_month sum;
	int n = welcome_sum(d, year, 0, &sum);
	if (n <= 0) {
		alert(b, "info", "Keine Zahlen",
		      "Für dieses Jahr sind noch keine Besuche erfasst.");
		web_end(r);
		return;
	}
	html(b,
	     "<dl class=\"kern-description-list figures-key\">"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Briefe "
	     "verschickt</dt><dd class=\"kern-description-list-item__value\">"
	     "%lld</dd></div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Besuche</dt><dd "
	     "class=\"kern-description-list-item__value\">%lld (%s der "
	     "Briefe)</dd></div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Abgelehnt</dt><dd "
	     "class=\"kern-description-list-item__value\">%lld (%s)</dd></div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Nicht erreicht</dt>"
	     "<dd class=\"kern-description-list-item__value\">%lld (%s)</dd>"
	     "</div></dl>\n",
	     (long long)sum.letters, (long long)sum.visits,
	     stats_pct_text(r->a, stats_rate(sum.visits, sum.letters)),
	     (long long)sum.declined,
	     stats_pct_text(r->a, stats_rate(sum.declined, sum.letters)),
	     (long long)sum.not_reached,
	     stats_pct_text(r->a, stats_rate(sum.not_reached, sum.letters)));
	/* Months of the year. */
	static const char *const months[12] = {"Jan", "Feb", "Mär", "Apr",
					       "Mai", "Jun", "Jul", "Aug",
					       "Sep", "Okt", "Nov", "Dez"};
	double letters[12], visits[12];
	for (int i = 0; i < 12; i++) {
		struct welcome_month mm;
		char month[8];
		snprintf(month, sizeof month, "%04u-%02u",
			 (unsigned)year % 10000u, (unsigned)(i + 1) % 100u);
		int k = welcome_sum_month(d, month, &mm);
		letters[i] = k > 0 ? (double)mm.letters : 0;
		visits[i] = k > 0 ? (double)mm.visits : 0;
	}
	struct chart_series ms[2] = {{"Briefe", letters}, {"Besuche", visits}};
	chart_svg(b, &(struct chart){.id = "monate",
				     .title = arena_printf(r->a,
							   "Briefe und "
							   "Besuche je Monat "
							   "%d",
							   year),
				     .kind = CHART_BARS,
				     .x_labels = months,
				     .nx = 12,
				     .series = ms,
				     .nseries = 2});
	/* Help taken up and referred to. */
	static const char *const hheads[] = {"Hilfe",	       "angenommen",
					     "je 100 Besuche", "vermittelt",
					     "je 100 Besuche", NULL};
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Hilfen bei den "
		    "Besuchen</h2>\n");
	table_begin(b, "Angenommene und vermittelte Hilfen", hheads);
	for (size_t i = 0; i < WELCOME_HELPS; i++) {
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\">%s</th>",
		     welcome_helps[i].label);
		cell_num(b, sum.taken_up[i]);
		cell_pct(r, stats_rate(sum.taken_up[i], sum.visits));
		cell_num(b, sum.referred[i]);
		cell_pct(r, stats_rate(sum.referred[i], sum.visits));
		HTML_RAW(b, "</tr>");
	}
	table_end(b);
	/* Per municipality. */
	static const char *const heads[] = {
		"Gemeinde",  "Briefe",	       "Besuche", "Besuchsquote",
		"Abgelehnt", "Nicht erreicht", NULL};
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Je Gemeinde</h2>\n");
	table_begin(b, "Willkommensbesuche je Gemeinde", heads);
	double *rate = arena_alloc(r->a, (nm ? nm : 1) * sizeof *rate);
	const char **names = arena_alloc(r->a, (nm ? nm : 1) * sizeof *names);
	for (size_t i = 0; i < nm; i++) {
		struct welcome_month s;
		int k = welcome_sum(d, year, m[i].id, &s);
		names[i] = m[i].name;
		rate[i] = k > 0 ? stats_rate(s.visits, s.letters) : -1;
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\">%s</th>",
		     m[i].name);
		if (k <= 0) {
			HTML_RAW(b,
				 "<td class=\"kern-table__cell\" "
				 "colspan=\"5\">noch keine Zahlen</td></tr>");
			continue;
		}
		cell_num(b, s.letters);
		cell_num(b, s.visits);
		cell_pct(r, rate[i]);
		cell_num(b, s.declined);
		cell_num(b, s.not_reached);
		HTML_RAW(b, "</tr>");
	}
	table_end(b);
	struct chart_series rs = {"Besuchsquote", rate};
	chart_svg(b, &(struct chart){.id = "quote",
				     .title = "Besuchsquote je Gemeinde "
					      "(Besuche je 100 Briefe)",
				     .unit = " %",
				     .kind = CHART_BARS,
				     .x_labels = names,
				     .nx = nm,
				     .series = &rs,
				     .nseries = 1,
				     .decimals = 1});
	web_end(r);
}
