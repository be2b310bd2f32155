/*
 * import_export.c - import and export of the directory for the
 * coordination office (role coordination; the route table enforces it):
 *
 *   GET  /intern/import                 the page: downloads and the upload
 *   POST /intern/import                 a CSV file (multipart/form-data,
 *                                       field "datei", up to 32 MiB),
 *                                       options skip_invalid and draft; the
 *                                       page again with the same report as
 *                                       `lotse import csv`
 *   GET  /intern/export/angebote.csv    offers as CSV (import format)
 *   GET  /intern/export/angebote.xlsx   offers as an Excel workbook
 *   GET  /intern/export/partner.xlsx    partners and contacts (Excel)
 *
 * The work is done by domain/offer_csv.h and domain/xlsx_export.h with the
 * actor of the request, so every change is in the audit log under the
 * signed-in person. A refused import answers 422 and changes nothing
 * (unless the rows were to be skipped).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "domain/offer_csv.h"
#include "domain/xlsx_export.h"
#include "web/web.h"

/* Refused rows shown on the page; the rest is counted. */
#define SHOW_PROBLEMS 500

static const char xlsx_type[] =
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

static void section_exports(buf *b)
{
	HTML_RAW(
		b,
		"<h2 class=\"kern-heading-medium\">Exportieren</h2>\n"
		"<p class=\"kern-body\">Die Dateien enthalten alle Angebote, "
		"die nicht archiviert sind, und alle Partner mit ihren "
		"Ansprechpersonen – auch die, die nicht öffentlich gezeigt "
		"werden. Bitte geben Sie sie nur weiter, wenn das erlaubt "
		"ist.</p>\n"
		"<ul class=\"kern-list\">"
		"<li><a class=\"kern-link\" "
		"href=\"/intern/export/angebote.csv\" "
		"download>Angebote als CSV-Datei</a> – im Format für den "
		"Import, zum Bearbeiten in einer Tabellenkalkulation</li>"
		"<li><a class=\"kern-link\" "
		"href=\"/intern/export/angebote.xlsx\" download>Angebote als "
		"Excel-Datei</a></li>"
		"<li><a class=\"kern-link\" "
		"href=\"/intern/export/partner.xlsx\" "
		"download>Partner und Ansprechpersonen als Excel-Datei</a></li>"
		"</ul>\n");
}

/* The upload form; err is the message about the file, or NULL. */
static void section_import(struct req *r, const char *err, bool skip,
			   bool draft)
{
	buf *b = &r->out;
	HTML_RAW(
		b,
		"<h2 class=\"kern-heading-medium\">Importieren</h2>\n"
		"<p class=\"kern-body\">Eine CSV-Datei mit einer Kopfzeile. "
		"Pflichtspalten sind <code>titel</code>, <code>traeger</code> "
		"und <code>beschreibung</code>; dazu können "
		"<code>external_id</code>, <code>bedarfe</code>, "
		"<code>alter</code>, <code>praevention</code>, "
		"<code>zugang</code>, <code>kosten</code>, "
		"<code>sprachen</code>, <code>strasse</code>, "
		"<code>plz</code>, <code>ort</code>, <code>telefon</code>, "
		"<code>email</code>, <code>web</code>, <code>zeiten</code> und "
		"<code>barrierefrei</code> (ja/nein) kommen, in beliebiger "
		"Reihenfolge. Mehrere Werte in einer Zelle trennen Sie mit "
		"<code>|</code>. Die CSV-Datei aus dem Export hat genau dieses "
		"Format.</p>\n"
		"<p class=\"kern-body\">Gibt es die <code>external_id</code> "
		"schon, wird das Angebot geändert, sonst neu angelegt. Einen "
		"unbekannten Träger legt der Import an. Ist auch nur eine "
		"Zeile fehlerhaft, wird nichts importiert – außer Sie lassen "
		"fehlerhafte Zeilen überspringen.</p>\n");
	html(b,
	     "<form method=\"post\" action=\"/intern/import\" "
	     "enctype=\"multipart/form-data\" novalidate class=\"lotse-form\">"
	     "\n<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n"
	     "<div class=\"kern-form-input\">\n"
	     "<label class=\"kern-label\" for=\"datei\">CSV-Datei</label>\n"
	     "<div class=\"kern-hint\" id=\"datei-hint\">Trennzeichen "
	     "Semikolon "
	     "oder Komma, Zeichensatz UTF-8 oder Windows-1252 (wird erkannt), "
	     "höchstens 32 MB.</div>\n",
	     web_csrf(r));
	if (err)
		html(b,
		     "<p class=\"kern-error\" id=\"datei-error\">"
		     "<span class=\"kern-icon kern-icon--danger\" "
		     "aria-hidden=\"true\"></span>"
		     "<span class=\"kern-body\">%s</span></p>\n",
		     err);
	if (err)
		HTML_RAW(
			b,
			"<input class=\"kern-form-input__input "
			"kern-form-input__input--error\" id=\"datei\" "
			"name=\"datei\" type=\"file\" accept=\".csv,text/csv\" "
			"required aria-required=\"true\" aria-invalid=\"true\" "
			"aria-describedby=\"datei-hint datei-error\">\n");
	else
		HTML_RAW(b, "<input class=\"kern-form-input__input\" "
			    "id=\"datei\" name=\"datei\" type=\"file\" "
			    "accept=\".csv,text/csv\" required "
			    "aria-required=\"true\" "
			    "aria-describedby=\"datei-hint\">\n");
	HTML_RAW(b, "</div>\n");
	HTML_RAW(b, "<fieldset class=\"kern-fieldset\"><legend "
		    "class=\"kern-label\">Optionen</legend>\n"
		    "<div class=\"kern-fieldset__body\">\n");
	form_checkbox(b, "skip_invalid", "1",
		      "Fehlerhafte Zeilen überspringen und die übrigen "
		      "importieren",
		      skip);
	form_checkbox(b, "draft", "1",
		      "Als Entwurf importieren (noch nicht veröffentlichen)",
		      draft);
	HTML_RAW(b, "</div></fieldset>\n");
	form_submit(b, "Importieren", true);
	form_end(b);
}

/* The page: an optional result first, then the exports and the form. */
static void page(struct req *r, const struct csv_report *rep,
		 const char *file_err, bool skip, bool draft, int status)
{
	web_begin(r, "Import und Export");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Angebote importieren und "
		    "exportieren</h1>\n");
	if (file_err) {
		struct form_errors fe = {0};
		form_error(&fe, "datei", file_err);
		form_error_summary(b, &fe);
	}
	if (rep) {
		char summary[200];
		csv_report_summary(rep, summary, sizeof summary);
		HTML_RAW(b, "<section aria-labelledby=\"ergebnis\" "
			    "class=\"lotse-import-result\">"
			    "<h2 class=\"kern-heading-medium\" id=\"ergebnis\">"
			    "Ergebnis des Imports</h2>\n");
		if (rep->fatal[0]) {
			alert(b, "danger", "Die Datei wurde nicht importiert",
			      rep->fatal);
		} else if (!rep->committed) {
			alert(b, "danger", "Nichts wurde importiert",
			      arena_printf(r->a,
					   "%s. Korrigieren Sie die Zeilen "
					   "unten in der Datei und laden Sie "
					   "sie noch einmal hoch – oder lassen "
					   "Sie fehlerhafte Zeilen "
					   "überspringen.",
					   summary));
		} else {
			alert(b, rep->refused ? "warning" : "success",
			      "Der Import ist gespeichert",
			      arena_printf(r->a, "%s.", summary));
			if (rep->orgs_created)
				html(b,
				     "<p class=\"kern-body\">%zu Träger "
				     "%s neu angelegt (Bereich "
				     "„Sonstige“). Bitte ergänzen Sie ihre "
				     "Angaben unter <a class=\"kern-link\" "
				     "href=\"/intern/organisationen\">"
				     "Organisationen</a>.</p>\n",
				     rep->orgs_created,
				     rep->orgs_created == 1 ? "wurde"
							    : "wurden");
		}
		if (rep->nproblems) {
			HTML_RAW(b, "<div class=\"kern-table-responsive\">"
				    "<table class=\"kern-table "
				    "kern-table--small\"><caption "
				    "class=\"kern-title\">Abgelehnte Zeilen"
				    "</caption><thead><tr "
				    "class=\"kern-table__row\">"
				    "<th scope=\"col\" "
				    "class=\"kern-table__header\">Zeile</th>"
				    "<th scope=\"col\" "
				    "class=\"kern-table__header\">Spalte</th>"
				    "<th scope=\"col\" "
				    "class=\"kern-table__header\">Grund</th>"
				    "</tr></thead><tbody "
				    "class=\"kern-table__body\">");
			size_t shown = rep->nproblems < SHOW_PROBLEMS
					       ? rep->nproblems
					       : SHOW_PROBLEMS;
			for (size_t i = 0; i < shown; i++) {
				const struct csv_problem *p = &rep->problems[i];
				html(b,
				     "<tr class=\"kern-table__row\"><td "
				     "class=\"kern-table__cell\">%zu</td><td "
				     "class=\"kern-table__cell\">%s</td><td "
				     "class=\"kern-table__cell\">%s</td></tr>",
				     p->line, p->column ? p->column : "–",
				     p->msg);
			}
			HTML_RAW(b, "</tbody></table></div>\n");
			size_t more = rep->nproblems - shown + rep->more;
			if (more)
				html(b,
				     "<p class=\"kern-body\">… und %zu "
				     "weitere Fehler.</p>\n",
				     more);
		}
		HTML_RAW(b, "</section>\n");
	}
	section_import(r, file_err, skip, draft);
	section_exports(b);
	web_end(r);
	r->status = status;
}

void page_import(struct req *r)
{
	page(r, NULL, NULL, false, false, 200);
}

void page_import_post(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	bool skip = req_form(r, "skip_invalid") != NULL;
	bool draft = req_form(r, "draft") != NULL;
	const struct upload *f = uploads_get(&r->files, "datei");
	if (!f || (!f->filename[0] && !f->len)) {
		page(r, NULL, "Bitte wählen Sie eine CSV-Datei aus.", skip,
		     draft, 422);
		return;
	}
	struct csv_import_opts opts = {.skip_invalid = skip, .draft = draft};
	struct csv_report rep;
	int rc =
		offer_csv_import(d, web_actor(r), f->data, f->len, &opts, &rep);
	page(r, &rep, NULL, skip, draft, rc == 0 ? 200 : 422);
	csv_report_free(&rep);
}

/* Appends to a buf (the CSV export's writer). */
static int to_buf(void *ctx, const char *data, size_t len)
{
	return buf_append(ctx, data, len);
}

/* Sends bytes (copied into the request arena) as a download. */
static void send_file(struct req *r, const char *data, size_t len,
		      const char *type, const char *name, const char *ext)
{
	char *copy = arena_alloc(r->a, len ? len : 1);
	if (len)
		memcpy(copy, data, len);
	char today[11];
	offer_today(today);
	resp_static(r, copy, len, type);
	resp_header(r, "Content-Disposition",
		    arena_printf(r->a, "attachment; filename=\"%s-%s.%s\"",
				 name, today, ext));
}

void page_export_offers_csv(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	buf out;
	buf_init(&out, (size_t)1 << 30);
	if (offer_csv_export(d, to_buf, &out) < 0 || buf_failed(&out)) {
		log_error("CSV export failed");
		buf_free(&out);
		resp_error(r, 500, "Der Export ist fehlgeschlagen.");
		return;
	}
	send_file(r, out.data, out.len, "text/csv; charset=utf-8", "angebote",
		  "csv");
	buf_free(&out);
}

static void export_xlsx(struct req *r, enum xlsx_what what, const char *name)
{
	db *d = web_db(r);
	if (!d)
		return;
	char *data, err[300];
	size_t len;
	if (xlsx_export_mem(d, what, &data, &len, err, sizeof err) < 0) {
		log_error("XLSX export: %s", err);
		resp_error(r, 500, "Der Export ist fehlgeschlagen.");
		return;
	}
	send_file(r, data, len, xlsx_type, name, "xlsx");
	free(data);
}

void page_export_offers_xlsx(struct req *r)
{
	export_xlsx(r, XLSX_OFFERS, "angebote");
}

void page_export_partners_xlsx(struct req *r)
{
	export_xlsx(r, XLSX_PARTNERS, "partner");
}
