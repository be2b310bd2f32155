/*
 * documents.c - the network's documents, their versions and who accepted
 * them:
 *
 *   GET  /intern/dokumente                       list (partners see their
 *        own organisation's acceptance of each current version)
 *   GET  /intern/dokumente/neu, POST             new document (coordination)
 *   GET  /intern/dokumente/{id}                  the current version; a
 *        partner records here that its organisation accepted or signed
 *        it, the coordination office for any organisation
 *   GET  /intern/dokumente/{id}/bearbeiten, POST title, kind, description
 *   GET  /intern/dokumente/{id}/version/{n}      one version
 *   GET  /intern/dokumente/{id}/version/{n}/pdf  its PDF (download)
 *   GET  /intern/dokumente/{id}/neue-version, POST  a new version: Markdown
 *        text or a PDF (multipart, at most 10 MB), linked to the adopted
 *        motion that decided it
 *   POST /intern/dokumente/{id}/annehmen         record an acceptance
 *   GET  /intern/dokumente/{id}/annahmen         who accepted, who not yet
 *        (member organisations), with the reminder button (coordination)
 *   POST /intern/dokumente/{id}/erinnern         queue reminders (outbox)
 *
 * The rights are checked again in domain/document.h.
 */
#include <stdio.h>
#include <string.h>

#include "domain/document.h"
#include "domain/settings.h"
#include "view/markdown.h"
#include "view/ftable.h"
#include "web/directory_intern.h"

static const char *field_map(const char *f)
{
	if (strcmp(f, "organisation") == 0)
		return "organisation";
	return f;
}

static const struct option *kind_opts(struct req *r)
{
	size_t n = (size_t)code_count(document_kinds);
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	for (size_t i = 0; i < n; i++)
		o[i] = (struct option){document_kinds[i].code,
				       document_kinds[i].label};
	return o;
}

/* "TT.MM.JJJJ" as "JJJJ-MM-TT"; anything else unchanged. */
static const char *iso_date(struct req *r, const char *s)
{
	if (s && strlen(s) == 10 && s[2] == '.' && s[5] == '.')
		return arena_printf(r->a, "%.4s-%.2s-%.2s", s + 6, s + 3, s);
	return s ? s : "";
}

static void today(char out[11])
{
	char now[21];
	db_now(now);
	snprintf(out, 11, "%.10s", now);
}

/* The address of this site for links in e-mails: the setting public_url,
 * or else scheme and Host of this request (a name or address with an
 * optional port, nothing else) - as join.c does. */
static const char *site_base(struct req *r, db *d)
{
	const char *s = setting_get(d, r->a, "public_url");
	if (s &&
	    (strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0)) {
		size_t n = strlen(s);
		while (n && s[n - 1] == '/')
			n--;
		return arena_printf(r->a, "%.*s", (int)n, s);
	}
	const char *host = req_header(r, "Host");
	if (!host || !*host || strlen(host) > 255 ||
	    strspn(host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			 "0123456789.-:[]") != strlen(host))
		host = "localhost";
	return arena_printf(r->a, "%s://%s", r->tls ? "https" : "http", host);
}

/* The address of a page, for e-mails. */
static const char *site_link(struct req *r, db *d, const char *path)
{
	return arena_printf(r->a, "%s%s", site_base(r, d), path);
}

static bool load(struct req *r, db *d, struct document *doc)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || document_get(d, r->a, id, doc) < 0) {
		resp_error(r, 404, "Dieses Dokument gibt es nicht.");
		return false;
	}
	return true;
}

static const char *size_text(struct req *r, size_t n)
{
	if (n >= (size_t)1 << 20)
		return arena_printf(r->a, "%.1f MB", (double)n / (1 << 20));
	return arena_printf(r->a, "%zu KB", (n + 1023) / 1024);
}

/* --- list --------------------------------------------------------------------- */

void page_documents(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	bool coord = intern_all(r);
	const struct actor *a = web_actor(r);
	struct document *v;
	size_t n = document_list(d, r->a, &v);
	web_begin(r, "Dokumente");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Dokumente des "
		    "Netzwerks</h1>\n<p class=\"kern-body\">Die "
		    "verbindlichen Dokumente: Geschäftsordnung, "
		    "Kooperationsvereinbarung und die vereinbarten Verfahren "
		    "im Kinderschutz. Jede Partnerorganisation bestätigt, "
		    "dass sie die aktuelle Fassung angenommen oder "
		    "unterzeichnet hat, und gibt sie an ihre Fachkräfte "
		    "weiter.</p>\n");
	if (coord)
		HTML_RAW(b,
			 "<p class=\"kern-body\"><a class=\"kern-btn "
			 "kern-btn--primary\" href=\"/intern/dokumente/neu\">"
			 "<span class=\"kern-label\">Neues Dokument</span>"
			 "</a> <a class=\"kern-link\" "
			 "href=\"/intern/beschluesse\">"
			 "Beschlussregister</a></p>\n");
	if (!n) {
		HTML_RAW(b, "<p class=\"kern-body\">Es gibt noch keine "
			    "Dokumente.</p>\n");
		web_end(r);
		return;
	}
	static const char *const heads[] = {
		"Dokument", "Art", "Aktuelle Fassung", "Annahme", NULL};
	ftable_list_begin(b, "Dokumente", heads);
	for (size_t i = 0; i < n; i++) {
		const struct document *doc = &v[i];
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\"><a class=\"kern-link\" "
		     "href=\"/intern/dokumente/%lld\">%s</a></th><td "
		     "class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">",
		     (long long)doc->id, doc->title,
		     code_label(document_kinds, doc->kind));
		if (doc->current)
			html(b, "Fassung %d%s%s", doc->current,
			     doc->current_valid_from[0] ? ", gültig ab " : "",
			     doc->current_valid_from[0]
				     ? intern_date(r, doc->current_valid_from)
				     : "");
		else
			HTML_RAW(b, "noch keine");
		HTML_RAW(b, "</td><td class=\"kern-table__cell\">");
		if (!doc->requires_acceptance || !doc->current) {
			HTML_RAW(b, "–");
		} else if (coord) {
			html(b,
			     "%d Mitglieder · <a class=\"kern-link\" "
			     "href=\"/intern/dokumente/%lld/annahmen\">Wer "
			     "fehlt?<span class=\"kern-sr-only\"> (%s)</span>"
			     "</a>",
			     doc->accepted, (long long)doc->id, doc->title);
		} else if (a->org_id) {
			struct acceptance acc;
			if (document_acceptance_get(d, r->a, doc->current_id,
						    a->org_id, &acc) == 0)
				intern_badge(
					b, "success",
					arena_printf(
						r->a, "%s am %s",
						strcmp(acc.kind, "signed") == 0
							? "unterzeichnet"
							: "angenommen",
						intern_date(r,
							    acc.accepted_on)));
			else
				intern_badge(b, "warning",
					     "noch nicht angenommen");
		} else {
			HTML_RAW(b, "–");
		}
		HTML_RAW(b, "</td></tr>");
	}
	ftable_list_end(b);
	web_end(r);
}

/* --- new and edit ------------------------------------------------------------- */

static void doc_form(struct req *r, const struct document *doc,
		     const struct form_errors *fe, const char *action,
		     const char *title, int status)
{
	web_begin(r, title);
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/dokumente\">Zu den Dokumenten</a></p>\n<h1 "
	     "class=\"kern-heading-large\">%s</h1>\n",
	     title);
	form_error_summary(b, fe);
	form_begin(b, action, web_csrf(r));
	form_input(b, fe,
		   &(struct field){.name = "title",
				   .label = "Titel",
				   .value = doc->title,
				   .required = true});
	form_select(b, fe, "kind", "Art", kind_opts(r), doc->kind,
		    "Bitte wählen", NULL);
	form_textarea(b, fe,
		      &(struct field){.name = "description",
				      .label = "Beschreibung",
				      .hint = "Wofür das Dokument gilt",
				      .value = doc->description},
		      4);
	HTML_RAW(b, "<fieldset class=\"kern-fieldset\"><legend "
		    "class=\"kern-label\">Annahme</legend>\n<div "
		    "class=\"kern-fieldset__body\">\n");
	form_checkbox(b, "requires_acceptance", "1",
		      "Die Partnerorganisationen sollen die aktuelle Fassung "
		      "annehmen oder unterzeichnen",
		      doc->requires_acceptance);
	HTML_RAW(b, "</div></fieldset>\n");
	form_submit(b, "Speichern", true);
	form_end(b);
	web_end(r);
	r->status = status;
}

static void read_doc_form(struct req *r, struct document *doc)
{
	doc->title = intern_form_text(r, "title");
	doc->kind = intern_form_text(r, "kind");
	doc->description = intern_form_text(r, "description");
	doc->requires_acceptance = req_form(r, "requires_acceptance") != NULL;
}

void page_document_new(struct req *r)
{
	struct document doc = {.title = "",
			       .kind = "",
			       .description = "",
			       .requires_acceptance = true};
	struct form_errors fe = {0};
	doc_form(r, &doc, &fe, "/intern/dokumente/neu", "Neues Dokument", 200);
}

void page_document_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct document doc = {0};
	read_doc_form(r, &doc);
	struct errs e = {0};
	int rc = document_save(d, web_actor(r), &doc, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		doc_form(r, &doc, &fe, "/intern/dokumente/neu",
			 "Neues Dokument", 422);
		return;
	}
	web_redirect(r,
		     arena_printf(r->a, "/intern/dokumente/%lld/neue-version",
				  (long long)doc.id));
}

void page_document_edit(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	struct form_errors fe = {0};
	doc_form(r, &doc, &fe,
		 arena_printf(r->a, "/intern/dokumente/%lld/bearbeiten",
			      (long long)doc.id),
		 "Dokument bearbeiten", 200);
}

void page_document_save(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	read_doc_form(r, &doc);
	struct errs e = {0};
	int rc = document_save(d, web_actor(r), &doc, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		doc_form(r, &doc, &fe,
			 arena_printf(r->a, "/intern/dokumente/%lld/bearbeiten",
				      (long long)doc.id),
			 "Dokument bearbeiten", 422);
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/dokumente/%lld",
				     (long long)doc.id));
}

/* --- one document and its versions ----------------------------------------- */

/* The facts and content of one version; top is the heading level the
 * text's "#" becomes. */
static void version_body(struct req *r, const struct document *doc,
			 const struct document_version *v, int top)
{
	buf *b = &r->out;
	html(b,
	     "<dl class=\"kern-description-list\"><div "
	     "class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Fassung</dt><dd "
	     "class=\"kern-description-list-item__value\">%d vom %s</dd>"
	     "</div>",
	     v->version, intern_date(r, v->created_at));
	if (v->valid_from[0])
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Gültig ab"
		     "</dt><dd class=\"kern-description-list-item__value\">%s"
		     "</dd></div>",
		     intern_date(r, v->valid_from));
	if (v->motion_id)
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Beschlossen"
		     "</dt><dd class=\"kern-description-list-item__value\"><a "
		     "class=\"kern-link\" href=\"/intern/antraege/%lld\">"
		     "Beschluss %s: %s</a></dd></div>",
		     (long long)v->motion_id, v->motion_number,
		     v->motion_title);
	if (v->note[0])
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Änderungen"
		     "</dt><dd class=\"kern-description-list-item__value\">%s"
		     "</dd></div>",
		     v->note);
	HTML_RAW(b, "</dl>\n");
	if (strcmp(v->format, "pdf") == 0) {
		html(b,
		     "<p class=\"kern-body\"><a class=\"kern-link\" "
		     "href=\"/intern/dokumente/%lld/version/%d/pdf\" "
		     "download>%s herunterladen (PDF, %s)</a></p>\n"
		     "<p class=\"kern-body lotse-muted\">Prüfsumme (SHA-256): "
		     "<code class=\"lotse-hash\">%s</code></p>\n",
		     (long long)doc->id, v->version, v->filename,
		     size_text(r, v->size), v->sha256);
	} else {
		HTML_RAW(b, "<div class=\"lotse-md lotse-document\">\n");
		markdown_html_level(b, v->text_md, top);
		HTML_RAW(b, "</div>\n");
	}
}

/* The form to record an acceptance of the current version. */
static void accept_form(struct req *r, db *d, const struct document *doc,
			const struct form_errors *fe)
{
	buf *b = &r->out;
	const struct actor *a = web_actor(r);
	bool coord = intern_all(r);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\" id=\"annahme\">Annahme "
		    "der aktuellen Fassung</h2>\n");
	if (!coord && a->org_id) {
		struct acceptance acc;
		if (document_acceptance_get(d, r->a, doc->current_id, a->org_id,
					    &acc) == 0)
			html(b,
			     "<p class=\"kern-body\"><strong>Ihre Organisation "
			     "hat Fassung %d am %s %s</strong> (eingetragen "
			     "von %s). Sie können die Angabe unten "
			     "berichtigen.</p>\n",
			     doc->current, intern_date(r, acc.accepted_on),
			     strcmp(acc.kind, "signed") == 0 ? "unterzeichnet"
							     : "angenommen",
			     acc.accepted_by);
		else
			html(b,
			     "<p class=\"kern-body\">Für Ihre Organisation ist "
			     "noch nicht eingetragen, dass sie Fassung %d "
			     "angenommen oder unterzeichnet hat.</p>\n",
			     doc->current);
	}
	if (!coord && !a->org_id) {
		HTML_RAW(b, "<p class=\"kern-body\">Ihr Konto gehört zu keiner "
			    "Organisation; die Annahme trägt die "
			    "Netzwerkkoordination ein.</p>\n");
		return;
	}
	char day[11];
	today(day);
	struct web_state *ws = web_state(r);
	const char *kind =
		fe && fe->n ? intern_form_text(r, "kind") : "accepted";
	form_begin(b,
		   arena_printf(r->a, "/intern/dokumente/%lld/annehmen",
				(long long)doc->id),
		   web_csrf(r));
	if (coord)
		form_select(b, fe, "organisation", "Organisation",
			    intern_org_opts(r, d),
			    fe && fe->n ? intern_form_text(r, "organisation")
					: NULL,
			    "Bitte wählen", NULL);
	intern_fieldset_begin(b, fe, "kind", "Was wurde getan?", NULL, false,
			      true);
	intern_radio(b, "kind", "accepted", "angenommen",
		     strcmp(kind, "signed") != 0);
	intern_radio(b, "kind", "signed", "unterzeichnet",
		     strcmp(kind, "signed") == 0);
	intern_fieldset_end(b);
	form_input(b, fe,
		   &(struct field){
			   .name = "accepted_on",
			   .label = "Datum",
			   .type = "date",
			   .value = fe && fe->n
					    ? intern_form_text(r, "accepted_on")
					    : day,
			   .required = true});
	form_input(b, fe,
		   &(struct field){
			   .name = "accepted_by",
			   .label = "Name der Person",
			   .hint = "Wer hat für die Organisation angenommen "
				   "oder unterzeichnet?",
			   .value = fe && fe->n
					    ? intern_form_text(r, "accepted_by")
				    : ws->signed_in ? ws->user.display_name
						    : "",
			   .required = true,
			   .autocomplete = "name"});
	form_submit(b, "Annahme eintragen", true);
	form_end(b);
}

static void document_page(struct req *r, db *d, const struct document *doc,
			  const struct form_errors *fe, int status)
{
	bool coord = intern_all(r);
	web_begin(r, doc->title);
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/dokumente\">Zu den Dokumenten</a></p>\n<h1 "
	     "class=\"kern-heading-large\">%s</h1>\n<p class=\"kern-body\">"
	     "%s</p>\n",
	     doc->title, code_label(document_kinds, doc->kind));
	const char *ok = req_query(r, "ok");
	if (ok && strcmp(ok, "angenommen") == 0)
		alert(b, "success", "Eingetragen",
		      "Die Annahme ist eingetragen.");
	else if (ok && strcmp(ok, "fassung") == 0)
		alert(b, "success", "Gespeichert",
		      "Die neue Fassung ist gespeichert; sie ist jetzt die "
		      "aktuelle.");
	if (fe)
		form_error_summary(b, fe);
	if (doc->description[0])
		web_paragraphs(b, doc->description);
	if (coord)
		html(b,
		     "<ul class=\"lotse-links\"><li><a class=\"kern-link\" "
		     "href=\"/intern/dokumente/%lld/neue-version\">Neue "
		     "Fassung</a></li><li><a class=\"kern-link\" "
		     "href=\"/intern/dokumente/%lld/annahmen\">Annahmen und "
		     "Erinnerungen</a></li><li><a class=\"kern-link\" "
		     "href=\"/intern/dokumente/%lld/bearbeiten\">Angaben "
		     "bearbeiten</a></li></ul>\n",
		     (long long)doc->id, (long long)doc->id,
		     (long long)doc->id);
	struct document_version *vs;
	size_t nv = document_versions(d, r->a, doc->id, &vs);
	if (!nv) {
		HTML_RAW(b,
			 "<p class=\"kern-body\">Von diesem Dokument gibt es "
			 "noch keine Fassung.</p>\n");
		web_end(r);
		r->status = status;
		return;
	}
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Aktuelle "
		    "Fassung</h2>\n");
	version_body(r, doc, &vs[0], 3);
	if (doc->requires_acceptance)
		accept_form(r, d, doc, fe);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Alle Fassungen</h2>\n");
	static const char *const heads[] = {
		"Fassung", "Vom", "Gültig ab", "Beschluss", "Änderungen", NULL};
	ftable_list_begin(b, "Fassungen des Dokuments", heads);
	for (size_t i = 0; i < nv; i++) {
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\"><a class=\"kern-link\" "
		     "href=\"/intern/dokumente/%lld/version/%d\">Fassung "
		     "%d</a>%s</th><td class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">%s</td></tr>",
		     (long long)doc->id, vs[i].version, vs[i].version,
		     i == 0 ? " (aktuell)" : "",
		     intern_date(r, vs[i].created_at),
		     intern_date(r, vs[i].valid_from),
		     vs[i].motion_number[0] ? vs[i].motion_number : "–",
		     vs[i].note[0] ? vs[i].note : "–");
	}
	ftable_list_end(b);
	web_end(r);
	r->status = status;
}

void page_document(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	document_page(r, d, &doc, NULL, 200);
}

/* Loads version {n} of the document of the path; answers 404 itself. */
static bool load_version(struct req *r, db *d, const struct document *doc,
			 bool with_pdf, struct document_version *v)
{
	int64_t n = 0;
	const char *t = req_path_param(r, "n");
	if (!t || !parse_int(t, 1, 100000, &n) ||
	    document_version_get(d, r->a, doc->id, (int)n, with_pdf, v) < 0) {
		resp_error(r, 404, "Diese Fassung gibt es nicht.");
		return false;
	}
	return true;
}

void page_document_version(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	struct document_version v;
	if (!d || !load(r, d, &doc) || !load_version(r, d, &doc, false, &v))
		return;
	web_begin(r,
		  arena_printf(r->a, "%s, Fassung %d", doc.title, v.version));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/dokumente/%lld\">Zum Dokument</a></p>\n<h1 "
	     "class=\"kern-heading-large\">%s, Fassung %d</h1>\n",
	     (long long)doc.id, doc.title, v.version);
	if (v.version != doc.current)
		html(b,
		     "<p class=\"kern-body\"><strong>Das ist nicht die "
		     "aktuelle "
		     "Fassung.</strong> Aktuell ist <a class=\"kern-link\" "
		     "href=\"/intern/dokumente/%lld/version/%d\">Fassung "
		     "%d</a>."
		     "</p>\n",
		     (long long)doc.id, doc.current, doc.current);
	version_body(r, &doc, &v, 2);
	web_end(r);
}

void page_document_pdf(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	struct document_version v;
	if (!d || !load(r, d, &doc) || !load_version(r, d, &doc, true, &v))
		return;
	if (strcmp(v.format, "pdf") != 0 || !v.pdf) {
		resp_error(r, 404, "Diese Fassung ist keine PDF-Datei.");
		return;
	}
	resp_static(r, v.pdf, v.size, "application/pdf");
	/* The stored file name went through the upload parser (no quotes
	 * or control characters would be a problem, but keep it plain). */
	char name[96];
	snprintf(name, sizeof name, "dokument-%lld-fassung-%d.pdf",
		 (long long)doc.id, v.version);
	resp_header(r, "Content-Disposition",
		    arena_printf(r->a, "attachment; filename=\"%s\"", name));
}

/* --- new version ---------------------------------------------------------------- */

static void version_form(struct req *r, db *d, const struct document *doc,
			 const struct form_errors *fe, int status)
{
	web_begin(r, arena_printf(r->a, "Neue Fassung: %s", doc->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/dokumente/%lld\">Zum Dokument</a></p>\n<h1 "
	     "class=\"kern-heading-large\">Neue Fassung: %s</h1>\n"
	     "<p class=\"kern-body\">Die neue Fassung bekommt die Nummer %d "
	     "und ist ab dann die aktuelle. Die Partner nehmen sie neu "
	     "an.</p>\n",
	     (long long)doc->id, doc->title, doc->current + 1);
	form_error_summary(b, fe);
	bool typed = fe && fe->n;
	const char *format = typed ? intern_form_text(r, "format") : "markdown";
	html(b,
	     "<form method=\"post\" action=\"/intern/dokumente/%lld/"
	     "neue-version\" enctype=\"multipart/form-data\" novalidate "
	     "class=\"lotse-form\">\n<input type=\"hidden\" name=\"csrf\" "
	     "value=\"%s\">\n",
	     (long long)doc->id, web_csrf(r));
	intern_fieldset_begin(b, fe, "format", "Form der Fassung", NULL, false,
			      true);
	intern_radio(b, "format", "markdown", "Text (Markdown)",
		     strcmp(format, "pdf") != 0);
	intern_radio(b, "format", "pdf", "PDF-Datei",
		     strcmp(format, "pdf") == 0);
	intern_fieldset_end(b);
	form_textarea(
		b, fe,
		&(struct field){.name = "text_md",
				.label = "Text",
				.hint = "Nur bei „Text“: Markdown, "
					"Überschriften mit #, Listen "
					"mit -",
				.value = typed ? intern_form_text(r, "text_md")
					       : NULL},
		16);
	const char *err = form_error_for(fe, "pdf");
	HTML_RAW(b, "<div class=\"kern-form-input\">\n<label "
		    "class=\"kern-label\" for=\"pdf\">PDF-Datei</label>\n"
		    "<div class=\"kern-hint\" id=\"pdf-hint\">Nur bei "
		    "„PDF-Datei“: höchstens 10 MB</div>\n");
	if (err)
		html(b,
		     "<p class=\"kern-error\" id=\"pdf-error\"><span "
		     "class=\"kern-icon kern-icon--danger\" "
		     "aria-hidden=\"true\"></span><span class=\"kern-body\">%s"
		     "</span></p>\n<input class=\"kern-form-input__input "
		     "kern-form-input__input--error\" id=\"pdf\" name=\"pdf\" "
		     "type=\"file\" accept=\".pdf,application/pdf\" "
		     "aria-invalid=\"true\" aria-describedby=\"pdf-hint "
		     "pdf-error\">\n",
		     err);
	else
		HTML_RAW(b,
			 "<input class=\"kern-form-input__input\" id=\"pdf\" "
			 "name=\"pdf\" type=\"file\" "
			 "accept=\".pdf,application/pdf\" "
			 "aria-describedby=\"pdf-hint\">\n");
	HTML_RAW(b, "</div>\n");
	form_input(b, fe,
		   &(struct field){.name = "note",
				   .label = "Was hat sich geändert?",
				   .value = typed ? intern_form_text(r, "note")
						  : NULL});
	form_input(b, fe,
		   &(struct field){
			   .name = "valid_from",
			   .label = "Gültig ab",
			   .type = "date",
			   .value = typed ? intern_form_text(r, "valid_from")
					  : NULL});
	struct motion_choice *mc;
	size_t nm = document_motion_choices(d, r->a, &mc);
	struct option *o = arena_calloc(r->a, nm + 1, sizeof *o);
	for (size_t i = 0; i < nm; i++)
		o[i] = (struct option){
			arena_printf(r->a, "%lld", (long long)mc[i].id),
			mc[i].label};
	form_select(b, fe, "motion_id", "Beschlossen durch", o,
		    typed ? intern_form_text(r, "motion_id") : NULL,
		    "kein Beschluss",
		    "Der angenommene Beschluss, mit dem das Gremium diese "
		    "Fassung beschlossen hat");
	form_submit(b, "Fassung speichern", true);
	form_end(b);
	web_end(r);
	r->status = status;
}

void page_document_version_new(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	version_form(r, d, &doc, NULL, 200);
}

void page_document_version_create(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	struct document_version v = {.document_id = doc.id};
	v.format = intern_form_text(r, "format");
	v.text_md = intern_form_text(r, "text_md");
	v.note = intern_form_text(r, "note");
	v.valid_from = iso_date(r, intern_form_text(r, "valid_from"));
	const char *content_type = "";
	const struct upload *f = uploads_get(&r->files, "pdf");
	if (f && f->len) {
		v.pdf = f->data;
		v.size = f->len;
		v.filename = f->filename;
		content_type = f->content_type;
	}
	struct errs e = {0};
	int64_t mid = 0;
	const char *mt = req_form(r, "motion_id");
	if (mt && *mt && !parse_int(mt, 1, INT64_MAX, &mid))
		errs_add(&e, "motion_id", "Bitte wählen Sie einen Beschluss.");
	v.motion_id = mid;
	int rc = e.n ? -1
		     : document_add_version(d, web_actor(r), &v, content_type,
					    &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		version_form(r, d, &doc, &fe, 422);
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/dokumente/%lld?ok=fassung",
				     (long long)doc.id));
}

/* --- acceptances ------------------------------------------------------------------ */

void page_document_accept(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	const struct actor *a = web_actor(r);
	int64_t org = a->org_id;
	const char *ot = req_form(r, "organisation");
	struct errs e = {0};
	if (ot && *ot && !parse_int(ot, 1, INT64_MAX, &org))
		org = -1;
	if (org == 0 && intern_all(r))
		errs_add(&e, "organisation",
			 "Bitte wählen Sie eine Organisation.");
	int rc = e.n ? -1
		     : document_accept(
			       d, a, doc.id, org, intern_form_text(r, "kind"),
			       iso_date(r, intern_form_text(r, "accepted_on")),
			       intern_form_text(r, "accepted_by"), &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		document_page(r, d, &doc, &fe, 422);
		return;
	}
	web_redirect(r,
		     arena_printf(r->a, "/intern/dokumente/%lld?ok=angenommen",
				  (long long)doc.id));
}

void page_document_acceptances(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	web_begin(r, arena_printf(r->a, "Annahmen: %s", doc.title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/dokumente/%lld\">Zum Dokument</a></p>\n<h1 "
	     "class=\"kern-heading-large\">Annahmen: %s</h1>\n",
	     (long long)doc.id, doc.title);
	const char *ok = req_query(r, "ok");
	if (ok && strcmp(ok, "erinnert") == 0)
		alert(b, "success", "Erinnerungen vorgemerkt",
		      arena_printf(r->a,
				   "%s Erinnerungen liegen im Postausgang; %s "
				   "Organisationen haben keine "
				   "E-Mail-Adresse.",
				   req_query(r, "n") ? req_query(r, "n") : "0",
				   req_query(r, "ohne") ? req_query(r, "ohne")
							: "0"));
	if (!doc.current) {
		HTML_RAW(b,
			 "<p class=\"kern-body\">Von diesem Dokument gibt es "
			 "noch keine Fassung.</p>\n");
		web_end(r);
		return;
	}
	if (!doc.requires_acceptance)
		HTML_RAW(b, "<p class=\"kern-body\">Dieses Dokument müssen die "
			    "Partner nicht annehmen.</p>\n");
	struct missing_org *mo;
	size_t nmiss = document_missing(d, r->a, doc.id, &mo);
	struct acceptance *acc;
	size_t nacc = document_acceptances(d, r->a, doc.current_id, &acc);
	html(b,
	     "<p class=\"kern-body\" role=\"status\">Aktuelle Fassung %d: "
	     "<strong>%d Mitgliedsorganisationen</strong> haben sie "
	     "angenommen oder unterzeichnet, <strong>%zu</strong> noch "
	     "nicht.</p>\n",
	     doc.current, doc.accepted, nmiss);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Noch nicht "
		    "angenommen</h2>\n");
	if (nmiss) {
		HTML_RAW(b, "<p class=\"kern-body\">Die Erinnerung geht an "
			    "die E-Mail-Adresse der Organisation, sonst an "
			    "die erste Ansprechperson mit E-Mail-Adresse.</p>"
			    "\n");
		intern_post_button(
			b, web_csrf(r),
			&(struct intern_button){
				.action = arena_printf(
					r->a, "/intern/dokumente/%lld/erinnern",
					(long long)doc.id),
				.label =
					arena_printf(r->a,
						     "Erinnerung senden an %zu "
						     "Organisationen",
						     nmiss),
				.primary = true});
		static const char *const heads[] = {"Organisation", "E-Mail",
						    NULL};
		ftable_list_begin(b, "Mitgliedsorganisationen ohne Annahme",
				  heads);
		for (size_t i = 0; i < nmiss; i++)
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s</th><td "
			     "class=\"kern-table__cell\">%s</td></tr>",
			     mo[i].name,
			     mo[i].email[0] ? mo[i].email : "keine Adresse");
		ftable_list_end(b);
	} else {
		HTML_RAW(b, "<p class=\"kern-body\">Alle "
			    "Mitgliedsorganisationen haben die aktuelle "
			    "Fassung angenommen.</p>\n");
	}
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Angenommen oder "
		    "unterzeichnet</h2>\n");
	if (nacc) {
		static const char *const heads[] = {
			"Organisation",	   "Was", "Am", "Durch",
			"Eingetragen von", NULL};
		ftable_list_begin(b, "Annahmen der aktuellen Fassung", heads);
		for (size_t i = 0; i < nacc; i++)
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s</th><td "
			     "class=\"kern-table__cell\">%s</td><td "
			     "class=\"kern-table__cell\">%s</td><td "
			     "class=\"kern-table__cell\">%s</td><td "
			     "class=\"kern-table__cell\">%s</td></tr>",
			     acc[i].org_name,
			     strcmp(acc[i].kind, "signed") == 0
				     ? "unterzeichnet"
				     : "angenommen",
			     intern_date(r, acc[i].accepted_on),
			     acc[i].accepted_by, acc[i].recorded_by);
		ftable_list_end(b);
	} else {
		HTML_RAW(b, "<p class=\"kern-body\">Noch keine.</p>\n");
	}
	web_end(r);
}

void page_document_remind(struct req *r)
{
	db *d = web_db(r);
	struct document doc;
	if (!d || !load(r, d, &doc))
		return;
	struct errs e = {0};
	size_t sent = 0, without = 0;
	int rc = document_remind(
		d, web_actor(r), doc.id,
		site_link(r, d,
			  arena_printf(r->a, "/intern/dokumente/%lld",
				       (long long)doc.id)),
		&sent, &without, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		resp_error(r, 409, e.n ? e.msg[0] : "Das ging nicht.");
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/dokumente/%lld/annahmen?ok="
				     "erinnert&n=%zu&ohne=%zu",
				     (long long)doc.id, sent, without));
}
