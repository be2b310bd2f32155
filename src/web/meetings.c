/*
 * meetings.c - the internal pages of meetings: the list (upcoming or past,
 * by body), the form to create and edit one, the meeting's page (details,
 * agenda, registrations, figures, links to invitations, minutes and
 * motions) and the cancellation. The agenda editor is in
 * meeting_agenda.c.
 *
 * Partners read; the coordination office changes (route table and domain
 * layer). Registration and attendance pages are in meeting_regs.c, the
 * public calendar and the .ics files in termine.c.
 */
#include <stdio.h>
#include <string.h>

#include "view/ftable.h"
#include "web/meetings.h"

#define S0(x) ((x) ? (x) : "")

/* --- shared helpers (meetings.h) -------------------------------------------- */

static const char *const weekdays[] = {"Sonntag",  "Montag",	 "Dienstag",
				       "Mittwoch", "Donnerstag", "Freitag",
				       "Samstag"};

/* Day of the week (0: Sunday) of a valid "YYYY-MM-DD..." (Sakamoto). */
static int weekday(const char *t)
{
	static const int k[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 +
		(t[3] - '0');
	int m = (t[5] - '0') * 10 + (t[6] - '0');
	int d = (t[8] - '0') * 10 + (t[9] - '0');
	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + k[m - 1] + d) % 7;
}

const char *mt_date(struct req *r, const char *t)
{
	if (!meeting_time_valid(t))
		return t ? t : "";
	return arena_printf(r->a, "%s, %.2s.%.2s.%.4s", weekdays[weekday(t)],
			    t + 8, t + 5, t);
}

const char *mt_clock(struct req *r, const char *t)
{
	return meeting_time_valid(t) ? arena_printf(r->a, "%.5s", t + 11) : "";
}

const char *mt_when(struct req *r, const struct meeting *m)
{
	if (strncmp(m->starts_at, m->ends_at, 10) == 0)
		return arena_printf(
			r->a, "%s, %s–%s Uhr", mt_date(r, m->starts_at),
			mt_clock(r, m->starts_at), mt_clock(r, m->ends_at));
	return arena_printf(r->a, "%s, %s Uhr bis %s, %s Uhr",
			    mt_date(r, m->starts_at), mt_clock(r, m->starts_at),
			    mt_date(r, m->ends_at), mt_clock(r, m->ends_at));
}

void mt_badges(buf *b, const struct meeting *m)
{
	if (strcmp(m->status, "cancelled") == 0)
		intern_badge(b, "danger", "Abgesagt");
	intern_badge(b, m->public ? "info" : "warning",
		     m->public ? "Öffentlich" : "Intern");
	if (m->capacity > 0 && m->registered >= m->capacity &&
	    strcmp(m->status, "planned") == 0)
		intern_badge(b, "warning", "Ausgebucht – Warteliste");
}

const struct option *mt_body_opts(struct req *r, db *d, int64_t include_id)
{
	struct body *v;
	size_t n = body_list(d, r->a, true, &v);
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!v[i].archived || v[i].id == include_id)
			o[k++] = (struct option){intern_id_text(r, v[i].id),
						 v[i].name};
	return o;
}

bool mt_load(struct req *r, db *d, struct meeting *m)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || meeting_get(d, r->a, id, m) < 0) {
		resp_error(r, 404, "Diese Sitzung gibt es nicht.");
		return false;
	}
	return true;
}

void mt_send_ics(struct req *r, const char *text, const char *filename)
{
	if (!text) {
		resp_error(r, 500,
			   "Die Kalenderdatei konnte nicht erstellt "
			   "werden.");
		return;
	}
	resp_text(r, 200, text);
	r->content_type = "text/calendar; charset=utf-8";
	if (filename)
		resp_header(r, "Content-Disposition",
			    arena_printf(r->a, "attachment; filename=\"%s\"",
					 filename));
}

void mt_ics_link(buf *b, const char *href, const char *label)
{
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" href=\"%s\">"
	     "<span class=\"kern-icon kern-icon--calendar-today\" "
	     "aria-hidden=\"true\"></span> %s</a></p>\n",
	     href, label);
}

/* --- list -------------------------------------------------------------------- */

void page_meetings(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	bool past = req_query(r, "zeit") &&
		    strcmp(req_query(r, "zeit"), "vergangen") == 0;
	const char *g = req_query(r, "gremium");
	int64_t body_id = 0;
	struct form_errors fe = {0};
	if (g && *g && !parse_int(g, 1, INT64_MAX, &body_id))
		form_error(&fe, "gremium", "Bitte wählen Sie ein Gremium.");
	int64_t page = intern_page(r);
	char now[17];
	meeting_local_now(now);
	/* "Upcoming" includes meetings that are running today. */
	char today[17];
	snprintf(today, sizeof today, "%.10sT00:00", now);
	struct meeting_filter f = {.body_id = body_id,
				   .from = past ? NULL : today,
				   .before = past ? today : NULL,
				   .newest_first = past,
				   .offset = (page - 1) * INTERN_PAGE,
				   .limit = INTERN_PAGE};
	struct meeting *v;
	int64_t total;
	size_t n = fe.n ? 0 : meeting_list(d, r->a, &f, &v, &total);
	if (fe.n)
		total = 0;

	web_begin(r, "Sitzungen");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Sitzungen</h1>\n"
		    "<p class=\"kern-body\">Die Sitzungen der <a "
		    "class=\"kern-link\" href=\"/intern/gremien\">Gremien</a> "
		    "des Netzwerks. Auf der Seite einer Sitzung melden Sie "
		    "sich und Kolleginnen und Kollegen Ihrer Organisation an."
		    "</p>\n");
	if (intern_all(r))
		HTML_RAW(b,
			 "<p class=\"kern-body\"><a class=\"kern-btn "
			 "kern-btn--primary\" href=\"/intern/sitzungen/neu\">"
			 "<span class=\"kern-label\">Neue Sitzung</span>"
			 "</a></p>\n");
	mt_ics_link(b, "/intern/kalender",
		    "Ihre Sitzungen im eigenen Kalender abonnieren");
	form_error_summary(b, &fe);
	HTML_RAW(b, "<form method=\"get\" action=\"/intern/sitzungen\" "
		    "class=\"lotse-filter\" novalidate>\n");
	form_select(b, &fe, "gremium", "Gremium", mt_body_opts(r, d, body_id),
		    intern_id_text(r, body_id), "alle Gremien", NULL);
	intern_fieldset_begin(b, &fe, "zeit", "Zeitraum", NULL, false, true);
	intern_radio(b, "zeit", "kommend", "Kommende", !past);
	intern_radio(b, "zeit", "vergangen", "Vergangene", past);
	intern_fieldset_end(b);
	form_submit(b, "Anzeigen", false);
	HTML_RAW(b, "</form>\n");
	html(b, "<p class=\"kern-body\" role=\"status\">%lld %s</p>\n",
	     (long long)total, total == 1 ? "Sitzung" : "Sitzungen");
	if (n) {
		static const char *const heads[] = {
			"Sitzung", "Gremium", "Termin", "Anmeldungen", NULL};
		ftable_list_begin(
			b, past ? "Vergangene Sitzungen" : "Kommende Sitzungen",
			heads);
		for (size_t i = 0; i < n; i++) {
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><a "
			     "class=\"kern-link\" href=\"/intern/sitzungen/"
			     "%lld\">%s</a> ",
			     (long long)v[i].id, v[i].title);
			mt_badges(b, &v[i]);
			html(b,
			     "</th><td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%d",
			     v[i].body_name, mt_when(r, &v[i]),
			     v[i].registered);
			if (v[i].capacity)
				html(b, " von %d", v[i].capacity);
			if (v[i].waiting)
				html(b, ", %d auf der Warteliste",
				     v[i].waiting);
			HTML_RAW(b, "</td></tr>\n");
		}
		ftable_list_end(b);
	}
	int64_t pages = total ? (total + INTERN_PAGE - 1) / INTERN_PAGE : 1;
	intern_pager(r, "Seiten der Sitzungen",
		     arena_printf(r->a,
				  "/intern/sitzungen?gremium=%s&zeit=%s&"
				  "seite=",
				  body_id ? intern_id_text(r, body_id) : "",
				  past ? "vergangen" : "kommend"),
		     page, pages);
	web_end(r);
	if (fe.n)
		r->status = 400;
}

/* --- create and edit ----------------------------------------------------------- */

static const char *meeting_field(const char *f)
{
	if (strcmp(f, "starts_at") == 0)
		return "start";
	if (strcmp(f, "ends_at") == 0)
		return "end";
	return f;
}

static void meeting_form(struct req *r, db *d, const struct meeting *m,
			 const struct form_errors *e)
{
	bool is_new = m->id == 0;
	const char *action =
		is_new ? "/intern/sitzungen/neu"
		       : arena_printf(r->a, "/intern/sitzungen/%lld/bearbeiten",
				      (long long)m->id);
	web_begin(r, is_new ? "Neue Sitzung" : "Sitzung bearbeiten");
	buf *b = &r->out;
	if (is_new)
		HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
			    "href=\"/intern/sitzungen\">Zu allen Sitzungen</a>"
			    "</p>\n<h1 class=\"kern-heading-large\">Neue "
			    "Sitzung</h1>\n");
	else
		html(b,
		     "<p class=\"kern-body\"><a class=\"kern-link\" "
		     "href=\"/intern/sitzungen/%lld\">Zurück zur Sitzung</a>"
		     "</p>\n<h1 class=\"kern-heading-large\">Sitzung "
		     "bearbeiten</h1>\n",
		     (long long)m->id);
	if (!is_new)
		HTML_RAW(b, "<p class=\"kern-body\">Wenn Sie Titel, Zeit, Ort "
			    "oder Online-Link ändern, bekommt die "
			    "Kalenderdatei eine neue Fassung; laden Sie danach "
			    "erneut ein, damit die Kalender der Eingeladenen "
			    "sich aktualisieren.</p>\n");
	form_error_summary(b, e);
	form_begin(b, action, web_csrf(r));
	form_select(b, e, "body_id", "Gremium", mt_body_opts(r, d, m->body_id),
		    intern_id_text(r, m->body_id), "Bitte wählen", NULL);
	form_input(b, e,
		   &(struct field){.name = "title",
				   .label = "Titel",
				   .value = m->title,
				   .required = true});
	const char *date = strlen(S0(m->starts_at)) >= 10
				   ? arena_strndup(r->a, m->starts_at, 10)
				   : S0(m->starts_at);
	form_input(b, e,
		   &(struct field){.name = "date",
				   .label = "Datum",
				   .type = "date",
				   .value = date,
				   .required = true,
				   .hint = "Zum Beispiel 2026-03-14"});
	form_input(b, e,
		   &(struct field){.name = "start",
				   .label = "Beginn (Uhrzeit)",
				   .type = "time",
				   .value = mt_clock(r, m->starts_at),
				   .required = true,
				   .extra_class =
					   "kern-form-input__input--width-5"});
	form_input(b, e,
		   &(struct field){.name = "end",
				   .label = "Ende (Uhrzeit)",
				   .type = "time",
				   .value = mt_clock(r, m->ends_at),
				   .required = true,
				   .extra_class =
					   "kern-form-input__input--width-5"});
	form_input(b, e,
		   &(struct field){.name = "place",
				   .label = "Ort",
				   .value = m->place,
				   .hint = "Adresse und Raum"});
	form_input(b, e,
		   &(struct field){.name = "online_url",
				   .label = "Link zur Online-Teilnahme",
				   .type = "url",
				   .value = m->online_url,
				   .hint = "Beginnt mit https://"});
	form_textarea(b, e,
		      &(struct field){.name = "description",
				      .label = "Beschreibung",
				      .value = m->description},
		      4);
	form_input(b, e,
		   &(struct field){
			   .name = "capacity",
			   .label = "Plätze",
			   .type = "number",
			   .inputmode = "numeric",
			   .value = m->capacity ? arena_printf(r->a, "%d",
							       m->capacity)
						: "",
			   .hint = "Leer lassen, wenn die Zahl nicht "
				   "begrenzt ist. Sind alle Plätze "
				   "belegt, kommen weitere "
				   "Anmeldungen auf die Warteliste.",
			   .extra_class = "kern-form-input__input--width-4"});
	intern_fieldset_begin(b, e, "public-set", "Sichtbarkeit", NULL, false,
			      false);
	form_checkbox(b, "public", "1",
		      "Öffentlich (steht im Kalender /termine)", m->public);
	intern_fieldset_end(b);
	form_submit(b, is_new ? "Anlegen" : "Speichern", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_meeting_new(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t body_id = 0;
	const char *g = req_query(r, "gremium");
	if (g && !parse_int(g, 1, INT64_MAX, &body_id))
		body_id = 0;
	struct body bd;
	bool pub = body_id && body_get(d, r->a, body_id, &bd) == 0 &&
		   (strcmp(bd.kind, "plenum") == 0 ||
		    strcmp(bd.kind, "lokal") == 0);
	struct meeting m = {.body_id = body_id,
			    .title = "",
			    .description = "",
			    .starts_at = "",
			    .ends_at = "",
			    .place = "",
			    .online_url = "",
			    .public = pub};
	meeting_form(r, d, &m, NULL);
}

/* Reads the form into m; what cannot be parsed goes into fe. */
static void meeting_read(struct req *r, struct meeting *m,
			 struct form_errors *fe)
{
	int64_t v = 0;
	const char *s = intern_form_text(r, "body_id");
	m->body_id = *s && parse_int(s, 1, INT64_MAX, &v) ? v : 0;
	m->title = intern_form_text(r, "title");
	m->description = intern_form_text(r, "description");
	m->place = intern_form_text(r, "place");
	m->online_url = intern_form_text(r, "online_url");
	m->public = req_form(r, "public") != NULL;
	const char *date = intern_form_text(r, "date");
	const char *start = intern_form_text(r, "start");
	const char *end = intern_form_text(r, "end");
	m->starts_at = arena_printf(r->a, "%sT%s", date, start);
	m->ends_at = arena_printf(r->a, "%sT%s", date, end);
	bool date_ok = meeting_time_valid(arena_printf(r->a, "%sT10:00", date));
	if (!date_ok)
		form_error(fe, "date",
			   "Bitte geben Sie das Datum an (JJJJ-MM-TT).");
	else if (!meeting_time_valid(m->starts_at))
		form_error(fe, "start",
			   "Bitte geben Sie die Uhrzeit des Beginns an "
			   "(SS:MM).");
	if (date_ok && !meeting_time_valid(m->ends_at))
		form_error(fe, "end",
			   "Bitte geben Sie die Uhrzeit des Endes an (SS:MM).");
	const char *cap = intern_form_text(r, "capacity");
	m->capacity = 0;
	if (*cap) {
		/* what is no number is refused by meeting_save() */
		m->capacity = parse_int(cap, 1, 100000, &v) ? (int)v : -1;
	}
}

static void meeting_store(struct req *r, db *d, struct meeting *m)
{
	struct form_errors fe = {0};
	meeting_read(r, m, &fe);
	struct errs e = {0};
	/* Every form error is one the domain layer also finds (an invalid
	 * time, -1 places), so nothing is stored then; its messages are
	 * shown too. */
	int rc = meeting_save(d, web_actor(r), m, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (fe.n || rc < 0) {
		/* Time messages of the form first; the domain's on top. */
		for (size_t i = 0; i < e.n; i++) {
			const char *f =
				e.field[i] ? meeting_field(e.field[i]) : NULL;
			if (!f || !form_error_for(&fe, f))
				form_error(&fe, f,
					   arena_strdup(r->a, e.msg[i]));
		}
		if (!fe.n)
			form_error(&fe, NULL,
				   "Die Sitzung konnte nicht gespeichert "
				   "werden.");
		meeting_form(r, d, m, &fe);
		return;
	}
	web_redirect(r,
		     arena_printf(r->a, "/intern/sitzungen/%lld?gespeichert=1",
				  (long long)m->id));
}

void page_meeting_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct meeting m = {0};
	meeting_store(r, d, &m);
}

void page_meeting_edit(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	meeting_form(r, d, &m, NULL);
}

void page_meeting_save(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	meeting_store(r, d, &m);
}

void page_meeting_cancel(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	struct errs e = {0};
	int rc = meeting_cancel(d, web_actor(r), m.id, &e);
	if (rc < 0) {
		resp_error(r, rc == -2 ? 403 : 409, e.msg[0]);
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/sitzungen/%lld?abgesagt=1",
				     (long long)m.id));
}

/* --- the meeting's page --------------------------------------------------------- */

void mt_agenda_list(struct req *r, db *d, int64_t meeting_id)
{
	buf *b = &r->out;
	struct agenda_item *it;
	size_t n = agenda_list(d, r->a, meeting_id, &it);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Tagesordnung</h2>\n");
	if (!n) {
		HTML_RAW(b, "<p class=\"kern-body\">Die Tagesordnung folgt."
			    "</p>\n");
		return;
	}
	HTML_RAW(b, "<ol class=\"lotse-agenda\">\n");
	for (size_t i = 0; i < n; i++) {
		html(b, "<li><strong>TOP %d: %s</strong>", it[i].position,
		     it[i].title);
		if (*it[i].presenter)
			html(b, " <span class=\"lotse-muted\">(%s)</span>",
			     it[i].presenter);
		if (*it[i].description)
			web_paragraphs(b, it[i].description);
		if (it[i].ndocs) {
			HTML_RAW(b, "<p class=\"kern-body\">Unterlagen: ");
			for (size_t k = 0; k < it[i].ndocs; k++)
				html(b,
				     "%s<a class=\"kern-link\" "
				     "href=\"/intern/dokumente/%lld/version/"
				     "%d\">%s, Fassung %d</a>",
				     k ? ", " : "",
				     (long long)it[i].docs[k].document_id,
				     it[i].docs[k].version, it[i].docs[k].title,
				     it[i].docs[k].version);
			HTML_RAW(b, "</p>");
		}
		HTML_RAW(b, "</li>\n");
	}
	HTML_RAW(b, "</ol>\n");
}

void page_meeting(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	bool all = intern_all(r);
	bool cancelled = strcmp(m.status, "cancelled") == 0;
	long long id = (long long)m.id;
	web_begin(r, m.title);
	buf *b = &r->out;
	/* lotse-print-hide: links, forms and buttons stay off paper */
	HTML_RAW(b, "<p class=\"kern-body lotse-print-hide\"><a "
		    "class=\"kern-link\" href=\"/intern/sitzungen\">Zu allen "
		    "Sitzungen</a></p>\n");
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n<p>", m.title);
	mt_badges(b, &m);
	HTML_RAW(b, "</p>\n");
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Die Sitzung ist gespeichert.", NULL);
	if (req_query(r, "abgesagt"))
		alert(b, "success", "Die Sitzung ist abgesagt.",
		      "Die Absage wird an alle Eingeladenen verschickt.");
	if (req_query(r, "angemeldet"))
		alert(b, "success", "Die Anmeldung ist gespeichert.", NULL);
	if (req_query(r, "warteliste"))
		alert(b, "info", "Die Sitzung ist ausgebucht.",
		      "Die Person steht auf der Warteliste und bekommt eine "
		      "E-Mail, sobald ein Platz frei wird.");
	if (req_query(r, "abgemeldet"))
		alert(b, "success", "Die Abmeldung ist gespeichert.", NULL);
	if (cancelled)
		alert(b, "danger", "Diese Sitzung ist abgesagt.", NULL);
	HTML_RAW(b, "<dl class=\"lotse-facts\">\n");
	html(b,
	     "<dt>Gremium</dt><dd><a class=\"kern-link\" "
	     "href=\"/intern/gremien/%lld\">%s</a></dd>\n",
	     (long long)m.body_id, m.body_name);
	html(b, "<dt>Termin</dt><dd>%s</dd>\n", mt_when(r, &m));
	html(b, "<dt>Ort</dt><dd>%s</dd>\n", *m.place ? m.place : "–");
	if (*m.online_url)
		html(b,
		     "<dt>Online</dt><dd><a class=\"kern-link\" "
		     "href=\"%s\">%s</a></dd>\n",
		     url_safe(m.online_url), m.online_url);
	html(b, "<dt>Plätze</dt><dd>%d angemeldet", m.registered);
	if (m.capacity)
		html(b, " von %d Plätzen", m.capacity);
	if (m.waiting)
		html(b, ", %d auf der Warteliste", m.waiting);
	HTML_RAW(b, "</dd>\n</dl>\n");
	if (*m.description)
		web_paragraphs(b, m.description);
	mt_ics_link(b, arena_printf(r->a, "/termine/%lld.ics", id),
		    "In den eigenen Kalender übernehmen (iCalendar)");

	HTML_RAW(b, "<div class=\"lotse-print-hide\"><h2 "
		    "class=\"kern-heading-medium\">Zur Sitzung</h2>\n"
		    "<ul class=\"lotse-links\">\n");
	if (all && !cancelled)
		html(b,
		     "<li><a class=\"kern-link\" href=\"/intern/sitzungen/"
		     "%lld/bearbeiten\">Bearbeiten</a></li>\n"
		     "<li><a class=\"kern-link\" href=\"/intern/sitzungen/"
		     "%lld/tagesordnung\">Tagesordnung bearbeiten</a></li>\n"
		     "<li><a class=\"kern-link\" href=\"/intern/sitzungen/"
		     "%lld/einladen\">Einladen</a></li>\n",
		     id, id, id);
	if (all)
		html(b,
		     "<li><a class=\"kern-link\" href=\"/intern/sitzungen/"
		     "%lld/anwesenheit\">Anwesenheit</a></li>\n",
		     id);
	html(b,
	     "<li><a class=\"kern-link\" href=\"/intern/sitzungen/%lld/"
	     "protokoll\">Protokoll</a></li>\n"
	     "<li><a class=\"kern-link\" href=\"/intern/sitzungen/%lld/"
	     "antraege\">Anträge und Beschlüsse</a></li>\n</ul></div>\n",
	     id, id);

	mt_agenda_list(r, d, m.id);
	mt_registration_section(r, d, &m);
	mt_figures_section(r, d, &m);

	if (all && !cancelled) {
		HTML_RAW(b, "<div class=\"lotse-print-hide\"><h2 "
			    "class=\"kern-heading-medium\">Absagen</h2>\n"
			    "<p class=\"kern-body\">Die Absage geht an alle "
			    "Eingeladenen; die Kalenderdatei wird als "
			    "abgesagt markiert. Das lässt sich nicht "
			    "rückgängig machen.</p>\n");
		intern_post_button(
			b, web_csrf(r),
			&(struct intern_button){
				.action = arena_printf(
					r->a, "/intern/sitzungen/%lld/absagen",
					id),
				.label = "Sitzung absagen"});
		HTML_RAW(b, "</div>\n");
	}
	web_end(r);
}
