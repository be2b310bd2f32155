/*
 * termine.c - the public calendar of the network's meetings and the
 * iCalendar files and feeds:
 *
 *   /termine                    upcoming public meetings
 *   /termine/{id}               one public meeting (and how to register)
 *   /termine/{id}.ics           its calendar file (METHOD:PUBLISH); an
 *                               internal meeting only for signed-in users
 *   /termine.ics                feed of the public meetings (from three
 *                               months back on)
 *   /termine/gremium/{id}.ics   feed of one body's public meetings
 *   /intern/gremien/{id}/termine.ics   all meetings of a body (signed in)
 *
 * The router matches whole segments, so "{id}.ics" arrives as the {id}
 * parameter and is told apart here. Feeds for internal meetings that a
 * calendar application could fetch without signing in (a secret token
 * per user) do not exist yet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/ical.h"
#include "domain/settings.h"
#include "web/meetings.h"

/* The id of a path parameter "12" (ics false) or "12.ics" (ics true);
 * 0 when it is neither. */
static int64_t path_id(struct req *r, bool *ics)
{
	const char *s = req_path_param(r, "id");
	*ics = false;
	if (!s)
		return 0;
	size_t n = strlen(s);
	if (n > 4 && strcmp(s + n - 4, ".ics") == 0) {
		*ics = true;
		s = arena_strndup(r->a, s, n - 4);
	}
	int64_t id;
	return parse_int(s, 1, INT64_MAX, &id) ? id : 0;
}

/* The first day of the month three months before today ("YYYY-MM-01T00:00"):
 * feeds reach back that far. */
static const char *feed_from(struct req *r)
{
	char now[17];
	meeting_local_now(now);
	int y = (int)strtol(now, NULL, 10);
	int m = (int)strtol(now + 5, NULL, 10) - 3;
	if (m < 1) {
		m += 12;
		y--;
	}
	return arena_printf(r->a, "%04d-%02d-01T00:00", y, m);
}

static const char *calname(struct req *r, db *d, const char *what)
{
	const char *net = setting_get(d, r->a, "network_name");
	return arena_printf(r->a, "%s – %s", net ? net : "Netzwerk", what);
}

/* --- public list ---------------------------------------------------------- */

void page_termine(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	char now[17], today[17];
	meeting_local_now(now);
	snprintf(today, sizeof today, "%.10sT00:00", now);
	struct meeting_filter f = {
		.public_only = true, .from = today, .limit = 200};
	struct meeting *v;
	size_t n = meeting_list(d, r->a, &f, &v, NULL);
	web_begin(r, "Termine");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Termine</h1>\n"
		    "<p class=\"kern-body\">Die öffentlichen Sitzungen des "
		    "Netzwerks: die Netzwerkkonferenz und die Lokalen "
		    "Bündnisse in den Gemeinden. Fachleute aus den "
		    "Partnerorganisationen sind herzlich eingeladen.</p>\n");
	mt_ics_link(b, "/termine.ics",
		    "Alle Termine im eigenen Kalender abonnieren (iCalendar)");
	if (!n)
		HTML_RAW(b, "<p class=\"kern-body\">Zurzeit sind keine "
			    "öffentlichen Sitzungen geplant.</p>\n");
	else
		HTML_RAW(b, "<ul class=\"lotse-termine\">\n");
	for (size_t i = 0; i < n; i++) {
		html(b,
		     "<li class=\"lotse-termin\"><h2 "
		     "class=\"kern-heading-small\"><a class=\"kern-link\" "
		     "href=\"/termine/%lld\">%s</a></h2>\n"
		     "<p class=\"kern-body\">%s<br>%s%s%s</p>",
		     (long long)v[i].id, v[i].title, mt_when(r, &v[i]),
		     v[i].body_name, *v[i].place ? " · " : "", v[i].place);
		if (strcmp(v[i].status, "cancelled") == 0)
			intern_badge(b, "danger", "Abgesagt");
		HTML_RAW(b, "</li>\n");
	}
	if (n)
		HTML_RAW(b, "</ul>\n");
	web_end(r);
}

/* --- one meeting ------------------------------------------------------------- */

static void termin_ics(struct req *r, db *d, int64_t id)
{
	struct meeting m;
	if (meeting_get(d, r->a, id, &m) < 0 ||
	    (!m.public && r->role < ROLE_PARTNER)) {
		resp_error(r, 404, "Diesen Termin gibt es nicht.");
		return;
	}
	mt_send_ics(r,
		    meeting_ics(d, r->a, id,
				strcmp(m.status, "cancelled") == 0 ? "CANCEL"
								   : "PUBLISH"),
		    arena_printf(r->a, "termin-%lld.ics", (long long)id));
}

void page_termin(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	bool ics;
	int64_t id = path_id(r, &ics);
	if (id && ics) {
		termin_ics(r, d, id);
		return;
	}
	struct meeting m;
	if (!id || meeting_get(d, r->a, id, &m) < 0 || !m.public) {
		resp_error(r, 404, "Diesen Termin gibt es nicht.");
		return;
	}
	web_begin(r, m.title);
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/termine\">Zu allen Terminen</a></p>\n");
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", m.title);
	if (strcmp(m.status, "cancelled") == 0)
		alert(b, "danger", "Dieser Termin ist abgesagt.", NULL);
	HTML_RAW(b, "<dl class=\"lotse-facts\">\n");
	html(b, "<dt>Gremium</dt><dd>%s</dd>\n", m.body_name);
	html(b, "<dt>Termin</dt><dd>%s</dd>\n", mt_when(r, &m));
	html(b, "<dt>Ort</dt><dd>%s</dd>\n", *m.place ? m.place : "–");
	if (*m.online_url)
		HTML_RAW(b, "<dt>Online</dt><dd>Die Teilnahme ist auch online "
			    "möglich; den Link erhalten Angemeldete mit der "
			    "Einladung.</dd>\n");
	HTML_RAW(b, "</dl>\n");
	if (*m.description)
		web_paragraphs(b, m.description);
	mt_ics_link(b, arena_printf(r->a, "/termine/%lld.ics", (long long)id),
		    "In den eigenen Kalender übernehmen (iCalendar)");
	mt_agenda_list(r, d, m.id);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Anmeldung</h2>\n");
	if (r->role >= ROLE_PARTNER)
		html(b,
		     "<p class=\"kern-body\"><a class=\"kern-link\" "
		     "href=\"/intern/sitzungen/%lld#anmeldung\">Zur Anmeldung "
		     "im internen Bereich</a></p>\n",
		     (long long)id);
	else {
		const char *mail = setting_get(d, r->a, "contact_email");
		HTML_RAW(b, "<p class=\"kern-body\">Fachleute der "
			    "Partnerorganisationen melden sich im internen "
			    "Bereich an: <a class=\"kern-link\" "
			    "href=\"/anmelden\">Anmelden</a>, dann die Sitzung "
			    "unter „Sitzungen“ öffnen.</p>\n");
		if (mail && *mail)
			html(b,
			     "<p class=\"kern-body\">Noch kein Zugang? "
			     "Schreiben "
			     "Sie der Koordinierungsstelle: <a "
			     "class=\"kern-link\" href=\"mailto:%s\">%s</a> – "
			     "oder werden Sie Partner unter <a "
			     "class=\"kern-link\" href=\"/mitmachen\">"
			     "Mitmachen</a>.</p>\n",
			     mail, mail);
	}
	web_end(r);
}

/* --- feeds ---------------------------------------------------------------------- */

void page_termine_ics(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct meeting_filter f = {
		.public_only = true, .from = feed_from(r), .limit = 1000};
	struct meeting *v;
	size_t n = meeting_list(d, r->a, &f, &v, NULL);
	mt_send_ics(r,
		    meetings_feed_ics(d, r->a, v, n, calname(r, d, "Termine")),
		    NULL);
}

static void body_feed(struct req *r, db *d, int64_t body_id, bool public_only)
{
	struct body bd;
	if (!body_id || body_get(d, r->a, body_id, &bd) < 0) {
		resp_error(r, 404, "Dieses Gremium gibt es nicht.");
		return;
	}
	struct meeting_filter f = {.body_id = body_id,
				   .public_only = public_only,
				   .from = feed_from(r),
				   .limit = 1000};
	struct meeting *v;
	size_t n = meeting_list(d, r->a, &f, &v, NULL);
	mt_send_ics(r, meetings_feed_ics(d, r->a, v, n, calname(r, d, bd.name)),
		    NULL);
}

void page_body_feed_public(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	bool ics;
	int64_t id = path_id(r, &ics);
	if (!ics) {
		resp_error(r, 404, "Diese Seite gibt es nicht.");
		return;
	}
	body_feed(r, d, id, true);
}

void page_body_feed(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	body_feed(r, d, intern_path_id(r, "id"), false);
}
