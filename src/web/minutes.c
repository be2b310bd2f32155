/*
 * minutes.c - the minutes of a meeting:
 *
 *   GET  /intern/sitzungen/{id}/protokoll            read (partners: only
 *        approved minutes); the coordination office writes the draft here
 *   POST /intern/sitzungen/{id}/protokoll            save the draft
 *   POST /intern/sitzungen/{id}/protokoll/freigeben  approve (e-mails to
 *        the delegates of the body's members through the outbox)
 *   POST /intern/sitzungen/{id}/protokoll/oeffnen    reopen approved minutes
 *   GET  /intern/sitzungen/{id}/protokoll/druck      print view (black and
 *        white, with the attendance figures and the decisions)
 *
 * The texts are Markdown, rendered by view/markdown.h without raw HTML.
 * The work is done by domain/minutes.h with the actor of the request.
 */
#include <stdio.h>
#include <string.h>

#include "domain/decision.h"
#include "domain/meeting.h"
#include "domain/minutes.h"
#include "domain/organisation.h"
#include "domain/settings.h"
#include "view/markdown.h"
#include "view/ftable.h"
#include "web/directory_intern.h"

/* "2026-03-04T18:00" and "2026-03-04T20:00" as "04.03.2026, 18:00–20:00
 * Uhr" (the end's date too when it is another day). */
static const char *when(struct req *r, const char *from, const char *to)
{
	if (strlen(from) < 16)
		return from;
	if (strlen(to) >= 16 && strncmp(from, to, 10) == 0)
		return arena_printf(r->a, "%s, %.5s–%.5s Uhr",
				    intern_date(r, from), from + 11, to + 11);
	return arena_printf(r->a, "%s, %.5s Uhr", intern_date(r, from),
			    from + 11);
}

/* Loads the meeting of the path; answers 404 itself. */
static bool load(struct req *r, db *d, struct minutes_meeting *m)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || minutes_meeting_get(d, r->a, id, m) < 0) {
		resp_error(r, 404, "Diese Sitzung gibt es nicht.");
		return false;
	}
	return true;
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

/* The address of the minutes for e-mails. */
static const char *minutes_link(struct req *r, db *d, int64_t id)
{
	return arena_printf(r->a, "%s/intern/sitzungen/%lld/protokoll",
			    site_base(r, d), (long long)id);
}

/* The details of the meeting as a description list. */
static void meeting_facts(struct req *r, const struct minutes_meeting *m,
			  const struct minutes *mi)
{
	buf *b = &r->out;
	html(b,
	     "<dl class=\"kern-description-list lotse-minutes-facts\">"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Gremium</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Termin</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>",
	     m->body_name, when(r, m->starts_at, m->ends_at));
	if (m->place[0] || m->online_url[0])
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Ort</dt><dd "
		     "class=\"kern-description-list-item__value\">%s</dd>"
		     "</div>",
		     m->place[0] ? m->place : "online");
	if (mi->author[0])
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Protokoll"
		     "</dt><dd class=\"kern-description-list-item__value\">%s"
		     "</dd></div>",
		     mi->author);
	if (minutes_approved(mi))
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Status</dt>"
		     "<dd class=\"kern-description-list-item__value\">"
		     "Freigegeben am %s von %s</dd></div>",
		     intern_date(r, mi->approved_at), mi->approved_by);
	else
		HTML_RAW(b, "<div class=\"kern-description-list-item\"><dt "
			    "class=\"kern-description-list-item__key\">Status"
			    "</dt><dd "
			    "class=\"kern-description-list-item__value\">"
			    "Entwurf (nur für die Netzwerkkoordination "
			    "sichtbar)</dd></div>");
	HTML_RAW(b, "</dl>\n");
}

/* The attendance figures: persons and organisations, per sector. */
static void figures(struct req *r, db *d, int64_t meeting_id)
{
	buf *b = &r->out;
	struct attendance_figures f;
	if (meeting_attendance_figures(d, meeting_id, &f) < 0)
		return;
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Anwesenheit</h2>\n");
	if (f.attendees == 0) {
		HTML_RAW(b, "<p class=\"kern-body\">Die Anwesenheit ist noch "
			    "nicht erfasst.</p>\n");
		return;
	}
	html(b,
	     "<p class=\"kern-body\">Anwesend waren <strong>%d %s</strong> "
	     "aus <strong>%d %s</strong>.</p>\n",
	     f.attendees, f.attendees == 1 ? "Person" : "Personen",
	     f.organisations,
	     f.organisations == 1 ? "Organisation" : "Organisationen");
	if (f.nsectors) {
		static const char *const heads[] = {"Bereich", "Personen",
						    "Organisationen", NULL};
		ftable_list_begin(b, "Anwesende nach Bereich", heads);
		for (size_t i = 0; i < f.nsectors; i++)
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s</th><td "
			     "class=\"kern-table__cell\">%d</td><td "
			     "class=\"kern-table__cell\">%d</td></tr>",
			     f.per_sector[i].label && f.per_sector[i].label[0]
				     ? f.per_sector[i].label
				     : "ohne Organisation",
			     f.per_sector[i].attendees,
			     f.per_sector[i].organisations);
		ftable_list_end(b);
	}
}

/* The decisions taken on one agenda item (or all when item is 0). */
static void decisions(struct req *r, const struct motion *mv, size_t nm,
		      int64_t item)
{
	buf *b = &r->out;
	for (size_t i = 0; i < nm; i++) {
		const struct motion *m = &mv[i];
		if (item && m->agenda_item_id != item)
			continue;
		html(b,
		     "<div class=\"lotse-motion\"><p class=\"kern-body\">"
		     "<strong>%s%s</strong>: <a class=\"kern-link\" "
		     "href=\"/intern/antraege/%lld\">%s</a></p>\n",
		     m->decided ? "Beschluss " : "Antrag",
		     m->decided ? m->number : "", (long long)m->id, m->title);
		markdown_html_level(b, m->text_md, 3);
		if (m->decided) {
			char res[160];
			decision_result_text(m->majority, m->result, m->yes,
					     m->no, m->abstain, res,
					     sizeof res);
			html(b,
			     "<p class=\"kern-body\">Abstimmung: %d Ja, %d "
			     "Nein, %d Enthaltungen; %d von %d "
			     "stimmberechtigten Mitgliedern anwesend. "
			     "<strong>Ergebnis: %s</strong></p>\n",
			     m->yes, m->no, m->abstain, m->present_voting,
			     m->voting_members, res);
		} else {
			HTML_RAW(b, "<p class=\"kern-body\">Noch nicht "
				    "abgestimmt.</p>\n");
		}
		HTML_RAW(b, "</div>\n");
	}
}

/* The minutes as read (and printed). */
static void minutes_body(struct req *r, db *d, const struct minutes_meeting *m,
			 const struct minutes *mi)
{
	buf *b = &r->out;
	meeting_facts(r, m, mi);
	figures(r, d, m->id);
	struct motion *mv;
	size_t nm = motion_list_meeting(d, r->a, m->id, &mv);
	if (mi->intro_md[0]) {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Eröffnung</h2>"
			    "\n<div class=\"lotse-md\">");
		markdown_html_level(b, mi->intro_md, 3);
		HTML_RAW(b, "</div>\n");
	}
	struct agenda_entry *ag;
	size_t na = minutes_agenda(d, r->a, m->id, &ag);
	for (size_t i = 0; i < na; i++) {
		html(b,
		     "<section class=\"lotse-minutes-item\" "
		     "aria-labelledby=\"top-%lld\"><h2 "
		     "class=\"kern-heading-medium\" id=\"top-%lld\">TOP %zu: "
		     "%s</h2>\n",
		     (long long)ag[i].id, (long long)ag[i].id, i + 1,
		     ag[i].title);
		if (ag[i].presenter[0])
			html(b, "<p class=\"kern-body lotse-muted\">%s</p>\n",
			     ag[i].presenter);
		HTML_RAW(b, "<div class=\"lotse-md\">");
		if (ag[i].minutes_md[0])
			markdown_html_level(b, ag[i].minutes_md, 3);
		else
			HTML_RAW(b, "<p class=\"kern-body\">Kein Text.</p>");
		HTML_RAW(b, "</div>\n");
		decisions(r, mv, nm, ag[i].id);
		HTML_RAW(b, "</section>\n");
	}
	if (mi->outro_md[0]) {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Abschluss</h2>"
			    "\n<div class=\"lotse-md\">");
		markdown_html_level(b, mi->outro_md, 3);
		HTML_RAW(b, "</div>\n");
	}
}

static const char *field_map(const char *f)
{
	return f;
}

/* The edit form of a draft (coordination office). */
static void edit_form(struct req *r, const struct minutes_meeting *m,
		      const struct minutes *mi, struct agenda_entry *ag,
		      size_t na, const struct form_errors *fe)
{
	buf *b = &r->out;
	const char *action = arena_printf(
		r->a, "/intern/sitzungen/%lld/protokoll", (long long)m->id);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Entwurf "
		    "bearbeiten</h2>\n"
		    "<p class=\"kern-body\">Schreiben Sie in Markdown: eine "
		    "Leerzeile trennt Absätze, <code>- </code> am "
		    "Zeilenanfang ergibt eine Liste, <code>**fett**</code> "
		    "hebt hervor, <code>[Text](https://…)</code> ist ein "
		    "Link. HTML wird nicht übernommen.</p>\n");
	form_begin(b, action, web_csrf(r));
	form_input(b, fe,
		   &(struct field){.name = "author",
				   .label = "Protokoll geführt von",
				   .value = mi->author,
				   .autocomplete = "name"});
	form_textarea(b, fe,
		      &(struct field){.name = "intro_md",
				      .label = "Eröffnung",
				      .hint = "Begrüßung, Feststellungen zu "
					      "Beginn",
				      .value = mi->intro_md},
		      4);
	for (size_t i = 0; i < na; i++)
		form_textarea(b, fe,
			      &(struct field){
				      .name = arena_printf(r->a, "item-%lld",
							   (long long)ag[i].id),
				      .label = arena_printf(r->a, "TOP %zu: %s",
							    i + 1, ag[i].title),
				      .value = ag[i].minutes_md},
			      8);
	form_textarea(b, fe,
		      &(struct field){.name = "outro_md",
				      .label = "Abschluss",
				      .hint = "Nächste Schritte, nächster "
					      "Termin",
				      .value = mi->outro_md},
		      4);
	form_submit(b, "Entwurf speichern", true);
	form_end(b);
}

/* The whole page; fe are the messages of a failed save. */
static void minutes_page(struct req *r, db *d, const struct minutes_meeting *m,
			 const struct form_errors *fe, int status)
{
	bool coord = intern_all(r);
	struct minutes mi;
	if (minutes_get(d, r->a, m->id, &mi) < 0) {
		resp_error(r, 500, "Das Protokoll ist gerade nicht lesbar.");
		return;
	}
	if (!coord && !minutes_approved(&mi)) {
		resp_error(r, 404,
			   "Das Protokoll dieser Sitzung ist noch nicht "
			   "freigegeben.");
		return;
	}
	/* On a failed save, show what was typed. */
	struct agenda_entry *ag;
	size_t na = minutes_agenda(d, r->a, m->id, &ag);
	if (fe && fe->n) {
		mi.intro_md = intern_form_text(r, "intro_md");
		mi.outro_md = intern_form_text(r, "outro_md");
		mi.author = intern_form_text(r, "author");
		for (size_t i = 0; i < na; i++) {
			const char *t =
				req_form(r, arena_printf(r->a, "item-%lld",
							 (long long)ag[i].id));
			if (t)
				ag[i].minutes_md = t;
		}
	}
	web_begin(r, arena_printf(r->a, "Protokoll: %s", m->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld\">Zur Sitzung</a></p>\n"
	     "<h1 class=\"kern-heading-large\">Protokoll: %s</h1>\n",
	     (long long)m->id, m->title);
	const char *done = req_query(r, "ok");
	if (done && strcmp(done, "gespeichert") == 0)
		alert(b, "success", "Gespeichert",
		      "Der Entwurf des Protokolls ist gespeichert.");
	else if (done && strcmp(done, "freigegeben") == 0)
		alert(b, "success", "Freigegeben",
		      arena_printf(r->a,
				   "Das Protokoll ist freigegeben. %s "
				   "E-Mails an die Delegierten der "
				   "Mitglieder sind im Postausgang.",
				   req_query(r, "mails") ? req_query(r, "mails")
							 : "0"));
	else if (done && strcmp(done, "geoeffnet") == 0)
		alert(b, "info", "Wieder geöffnet",
		      "Das Protokoll ist wieder ein Entwurf und für Partner "
		      "nicht mehr sichtbar.");
	if (fe)
		form_error_summary(b, fe);
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld/protokoll/druck\">Druckansicht"
	     "</a> · <a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld/antraege\">Anträge und "
	     "Beschlüsse</a></p>\n",
	     (long long)m->id, (long long)m->id);
	const char *csrf = web_csrf(r);
	if (coord && !minutes_approved(&mi)) {
		edit_form(r, m, &mi, ag, na, fe);
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Freigeben</h2>"
			    "\n<p class=\"kern-body\">Mit der Freigabe "
			    "sehen alle Partner das Protokoll, und die "
			    "Delegierten der Mitgliedsorganisationen des "
			    "Gremiums bekommen eine E-Mail mit dem Link. "
			    "Danach kann es nicht mehr geändert werden "
			    "(außer es wird wieder geöffnet). Speichern "
			    "Sie zuerst Ihre Änderungen.</p>\n");
		intern_post_button(
			b, csrf,
			&(struct intern_button){
				.action = arena_printf(
					r->a,
					"/intern/sitzungen/%lld/protokoll/"
					"freigeben",
					(long long)m->id),
				.label = "Protokoll freigeben",
				.primary = false});
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Vorschau des "
			    "gespeicherten Entwurfs</h2>\n"
			    "<div class=\"lotse-minutes-preview\">\n");
		struct minutes saved;
		minutes_get(d, r->a, m->id, &saved);
		minutes_body(r, d, m, &saved);
		HTML_RAW(b, "</div>\n");
	} else {
		minutes_body(r, d, m, &mi);
		if (coord) {
			HTML_RAW(b, "<h2 class=\"kern-heading-medium\">"
				    "Wieder öffnen</h2>\n"
				    "<p class=\"kern-body\">Nur wenn etwas "
				    "berichtigt werden muss: Das Protokoll "
				    "wird wieder ein Entwurf und ist für "
				    "Partner nicht mehr sichtbar, bis es "
				    "erneut freigegeben wird. Das wird im "
				    "Änderungsprotokoll vermerkt.</p>\n");
			intern_post_button(
				b, csrf,
				&(struct intern_button){
					.action = arena_printf(
						r->a,
						"/intern/sitzungen/%lld/"
						"protokoll/oeffnen",
						(long long)m->id),
					.label = "Protokoll wieder öffnen",
					.primary = false});
		}
	}
	web_end(r);
	r->status = status;
}

void page_minutes(struct req *r)
{
	db *d = web_db(r);
	struct minutes_meeting m;
	if (!d || !load(r, d, &m))
		return;
	minutes_page(r, d, &m, NULL, 200);
}

void page_minutes_save(struct req *r)
{
	db *d = web_db(r);
	struct minutes_meeting m;
	if (!d || !load(r, d, &m))
		return;
	struct agenda_entry *ag;
	size_t na = minutes_agenda(d, r->a, m.id, &ag);
	struct minutes_item *items =
		arena_calloc(r->a, na ? na : 1, sizeof *items);
	size_t n = 0;
	for (size_t i = 0; i < na; i++) {
		const char *t = req_form(r, arena_printf(r->a, "item-%lld",
							 (long long)ag[i].id));
		if (!t)
			continue;
		items[n++] = (struct minutes_item){ag[i].id, t};
	}
	struct minutes mi = {.meeting_id = m.id,
			     .intro_md = intern_form_text(r, "intro_md"),
			     .outro_md = intern_form_text(r, "outro_md"),
			     .author = intern_form_text(r, "author")};
	struct errs e = {0};
	int rc = minutes_save(d, web_actor(r), &mi, items, n, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		minutes_page(r, d, &m, &fe, 422);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/protokoll?ok="
				     "gespeichert",
				     (long long)m.id));
}

void page_minutes_approve(struct req *r)
{
	db *d = web_db(r);
	struct minutes_meeting m;
	if (!d || !load(r, d, &m))
		return;
	struct errs e = {0};
	size_t mailed = 0;
	int rc = minutes_approve(d, web_actor(r), m.id,
				 minutes_link(r, d, m.id), &mailed, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		resp_error(r, 409, e.n ? e.msg[0] : "Das ging nicht.");
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/protokoll?ok="
				     "freigegeben&mails=%zu",
				     (long long)m.id, mailed));
}

void page_minutes_reopen(struct req *r)
{
	db *d = web_db(r);
	struct minutes_meeting m;
	if (!d || !load(r, d, &m))
		return;
	struct errs e = {0};
	int rc = minutes_reopen(d, web_actor(r), m.id, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		resp_error(r, 409, e.n ? e.msg[0] : "Das ging nicht.");
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/protokoll?ok="
				     "geoeffnet",
				     (long long)m.id));
}

void page_minutes_print(struct req *r)
{
	db *d = web_db(r);
	struct minutes_meeting m;
	if (!d || !load(r, d, &m))
		return;
	struct minutes mi;
	if (minutes_get(d, r->a, m.id, &mi) < 0) {
		resp_error(r, 500, "Das Protokoll ist gerade nicht lesbar.");
		return;
	}
	if (!intern_all(r) && !minutes_approved(&mi)) {
		resp_error(r, 404,
			   "Das Protokoll dieser Sitzung ist noch nicht "
			   "freigegeben.");
		return;
	}
	web_begin(r, arena_printf(r->a, "Protokoll: %s", m.title));
	buf *b = &r->out;
	html(b,
	     "<div class=\"lotse-print\">\n<p class=\"kern-body "
	     "lotse-print__back\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld/protokoll\">Zurück zum "
	     "Protokoll</a> – drucken Sie diese Seite mit der "
	     "Druckfunktion Ihres Browsers.</p>\n"
	     "<h1 class=\"kern-heading-large\">Protokoll: %s</h1>\n",
	     (long long)m.id, m.title);
	if (!minutes_approved(&mi))
		HTML_RAW(b, "<p class=\"kern-body\"><strong>Entwurf – noch "
			    "nicht freigegeben</strong></p>\n");
	minutes_body(r, d, &m, &mi);
	HTML_RAW(b, "</div>\n");
	web_end(r);
}
