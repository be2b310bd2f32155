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
 *   /intern/kalender            the personal feed: create or delete its
 *                               secret link
 *   /kalender/{token}.ics       the personal feed itself: the meetings of
 *                               the user's bodies and the public ones, for
 *                               calendar applications that cannot sign in
 *
 * The router matches whole segments, so "{id}.ics" arrives as the {id}
 * parameter and is told apart here.
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
		    meeting_ics_opts(d, r->a, id,
				     strcmp(m.status, "cancelled") == 0
					     ? "CANCEL"
					     : "PUBLISH",
				     r->role >= ROLE_PARTNER),
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
		    meetings_feed_ics(d, r->a, v, n, calname(r, d, "Termine"),
				      false),
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
	mt_send_ics(r,
		    meetings_feed_ics(d, r->a, v, n, calname(r, d, bd.name),
				      !public_only),
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

/* --- personal feed --------------------------------------------------------- */

/* The page of the personal feed; with token, the new link (shown once). */
static void calendar_page(struct req *r, db *d, const char *token)
{
	struct web_state *ws = web_state(r);
	web_begin(r, "Persönlicher Kalender");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<h1 class=\"kern-heading-large\">Persönlicher "
		 "Kalender</h1>\n<p class=\"kern-body\">Mit einem "
		 "persönlichen Link abonniert Ihr Kalenderprogramm (Outlook, "
		 "Thunderbird, das Telefon) die Sitzungen der Gremien, in "
		 "denen Ihre Organisation Mitglied ist, und alle "
		 "öffentlichen Termine. Der Link funktioniert ohne "
		 "Anmeldung: Geben Sie ihn nicht weiter. Wenn Sie einen "
		 "neuen Link erzeugen, hört der alte auf zu "
		 "funktionieren.</p>\n");
	if (req_query(r, "geloescht"))
		alert(b, "success", "Der Link ist gelöscht.", NULL);
	if (token) {
		const char *base = setting_get(d, r->a, "public_url");
		const char *host = req_header(r, "Host");
		if (!base || !*base)
			base = arena_printf(r->a, "%s://%s",
					    r->tls ? "https" : "http",
					    host ? host : "localhost");
		size_t bl = strlen(base);
		while (bl && base[bl - 1] == '/')
			bl--;
		const char *url = arena_printf(r->a, "%.*s/kalender/%s.ics",
					       (int)bl, base, token);
		alert(b, "success", "Ihr neuer Kalender-Link",
		      "Kopieren Sie ihn jetzt in Ihr Kalenderprogramm "
		      "(„Kalender abonnieren“ oder „Internetkalender "
		      "hinzufügen“). Er wird nur dieses eine Mal angezeigt.");
		html(b,
		     "<p class=\"kern-body\"><label class=\"kern-label\" "
		     "for=\"feed-url\">Kalender-Link</label><input "
		     "class=\"kern-form-input__input\" id=\"feed-url\" "
		     "type=\"text\" readonly value=\"%s\"></p>\n",
		     url);
	}
	bool has = ws->signed_in && calendar_token_exists(d, ws->user.id);
	const char *csrf = web_csrf(r);
	if (has && !token)
		HTML_RAW(b, "<p class=\"kern-body\">Sie haben einen "
			    "Kalender-Link. Aus Sicherheitsgründen wird er "
			    "nicht noch einmal angezeigt; erzeugen Sie bei "
			    "Bedarf einen neuen.</p>\n");
	HTML_RAW(b, "<div class=\"lotse-links\">");
	intern_post_button(b, csrf,
			   &(struct intern_button){
				   .action = "/intern/kalender",
				   .label = has || token ? "Neuen Link erzeugen"
							 : "Link erzeugen",
				   .primary = true});
	if (has || token)
		intern_post_button(
			b, csrf,
			&(struct intern_button){
				.action = "/intern/kalender/loeschen",
				.label = "Link löschen"});
	HTML_RAW(b, "</div>\n");
	web_end(r);
}

void page_calendar(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	calendar_page(r, d, NULL);
}

void page_calendar_new(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	char token[64];
	if (calendar_token_new(d, web_actor(r), token, sizeof token) < 0) {
		resp_error(r, 500, "Der Link konnte nicht erzeugt werden.");
		return;
	}
	/* Shown on this answer only, never put into a URL we redirect to. */
	calendar_page(r, d, token);
}

void page_calendar_delete(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	if (calendar_token_delete(d, web_actor(r)) < 0) {
		resp_error(r, 500, "Der Link konnte nicht gelöscht werden.");
		return;
	}
	web_redirect(r, "/intern/kalender?geloescht=1");
}

void page_calendar_feed(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *t = req_path_param(r, "token");
	size_t n = t ? strlen(t) : 0;
	struct user u;
	int64_t uid = 0;
	if (n > 4 && strcmp(t + n - 4, ".ics") == 0)
		uid = calendar_token_user(d, arena_strndup(r->a, t, n - 4));
	if (!uid || user_get(d, r->a, uid, &u) < 0 || u.role < ROLE_PARTNER) {
		resp_error(r, 404, "Diesen Kalender gibt es nicht.");
		return;
	}
	struct meeting *v;
	size_t nm = calendar_feed_meetings(d, r->a, u.org_id,
					   u.role >= ROLE_COORDINATION,
					   feed_from(r), &v);
	mt_send_ics(r,
		    meetings_feed_ics(d, r->a, v, nm,
				      calname(r, d, "Meine Sitzungen"), true),
		    NULL);
	resp_header(r, "Cache-Control", "no-store");
}
