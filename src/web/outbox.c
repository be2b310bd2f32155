/*
 * outbox.c - the outbox pages of the coordination office: every queued
 * e-mail with its status per recipient ("wartet", "gesendet",
 * "fehlgeschlagen"), attempts and last error, filtered by kind and status
 * and paged; "Erneut versuchen" for a message that failed; one message
 * as a page and as an .eml file (message/rfc822) to download - which is
 * how mail reaches people when no SMTP server is configured.
 * "Erneut versuchen" exists per message and for all failed ones
 * (POST /intern/postausgang/alle/erneut).
 *
 * Routes: GET /intern/postausgang (?art, status, bezug, seite), GET /intern/postausgang/{id} (with
 * ".eml": the download), POST /intern/postausgang/{id}/erneut.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "domain/settings.h"
#include "mail/eml.h"
#include "mail/outbox.h"
#include "mail/sender.h"
#include "web/directory_intern.h"

static const struct option kind_opts[] = {
	{"invitation", "Einladung"}, {"cancellation", "Absage"},
	{"waitlist", "Nachrücken"},  {"minutes", "Protokoll"},
	{"news", "Neuigkeit"},	     {"join", "Aufnahme"},
	{"reminder", "Erinnerung"},  {NULL, NULL},
};
static const struct option status_opts[] = {
	{"pending", "wartet"},
	{"sent", "gesendet"},
	{"failed", "fehlgeschlagen"},
	{NULL, NULL},
};

static bool in_opts(const struct option *o, const char *v)
{
	for (; o->value; o++)
		if (strcmp(o->value, v) == 0)
			return true;
	return false;
}

static const char *status_badge(const char *status)
{
	return strcmp(status, "sent") == 0     ? "success"
	       : strcmp(status, "failed") == 0 ? "danger"
					       : "info";
}

/* The UTC second of the switch to or from summer time in year y: the
 * last Sunday of month (3 or 10) at 01:00 UTC (EU rule). */
static int64_t eu_switch(int y, int month)
{
	struct tm t = {.tm_year = y - 1900,
		       .tm_mon = month - 1,
		       .tm_mday = 31,
		       .tm_hour = 1};
	time_t last = timegm(&t);
	struct tm wd;
	gmtime_r(&last, &wd);
	return (int64_t)last - (int64_t)wd.tm_wday * 86400;
}

/* "2026-11-22T08:53:19Z" (UTC) as the district's local time, "22.11.2026,
 * 09:53 Uhr"; "–" when empty or malformed. */
static const char *when(struct req *r, const char *iso)
{
	struct tm t = {0};
	if (!iso || strlen(iso) < 19 ||
	    sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &t.tm_year, &t.tm_mon,
		   &t.tm_mday, &t.tm_hour, &t.tm_min, &t.tm_sec) != 6)
		return "–";
	int y = t.tm_year;
	t.tm_year -= 1900;
	t.tm_mon -= 1;
	time_t utc = timegm(&t);
	bool summer = (int64_t)utc >= eu_switch(y, 3) &&
		      (int64_t)utc < eu_switch(y, 10);
	time_t local = utc + (summer ? 7200 : 3600);
	struct tm l;
	gmtime_r(&local, &l);
	return arena_printf(r->a, "%02d.%02d.%04d, %02d:%02d Uhr", l.tm_mday,
			    l.tm_mon + 1, l.tm_year + 1900, l.tm_hour,
			    l.tm_min);
}

/* The notice at the top: whether and how mail is sent. */
static void smtp_notice(struct req *r, db *d)
{
	const char *url = setting_get(d, r->a, "smtp_url");
	if (!url || !*url)
		alert(&r->out, "warning", "Es werden keine E-Mails versandt",
		      "Es ist kein Mail-Server eingestellt (Administration → "
		      "Einstellungen → Mail-Server). Die Nachrichten bleiben "
		      "hier im Postausgang; Sie können jede als .eml-Datei "
		      "herunterladen und mit Ihrem E-Mail-Programm "
		      "versenden.");
	else
		HTML_RAW(&r->out,
			 "<p class=\"kern-body\">Nachrichten werden "
			 "automatisch über den eingestellten Mail-Server "
			 "versandt. Schlägt ein Versuch fehl, versucht Lotse "
			 "es nach 1, 5, 15 und 60 Minuten und dann alle 6 "
			 "Stunden erneut, höchstens 8-mal.</p>\n");
}

void page_outbox(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	const char *kind = req_query(r, "art");
	const char *status = req_query(r, "status");
	if (kind && *kind && !in_opts(kind_opts, kind))
		form_error(&e, "art",
			   "Bitte wählen Sie eine Art aus der Liste.");
	if (status && *status && !in_opts(status_opts, status))
		form_error(&e, "status",
			   "Bitte wählen Sie einen Status aus der Liste.");
	/* bezug: the meeting, news item, ... the messages belong to */
	const char *ref = req_query(r, "bezug");
	int64_t ref_id = 0;
	if (ref && *ref && !parse_int(ref, 1, INT64_MAX, &ref_id))
		form_error(&e, NULL, "Ungültiger Bezug.");
	int64_t page = intern_page(r);
	web_begin(r, "Postausgang");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Postausgang</h1>\n");
	const char *done = req_query(r, "erneut");
	int64_t ndone;
	if (done && parse_int(done, 0, 1000000000, &ndone) && !e.n)
		alert(b, "success",
		      strcmp(done, "1") == 0
			      ? "Die Nachricht wird erneut versandt."
			      : arena_printf(r->a,
					     "%s Nachricht(en) werden erneut "
					     "versandt.",
					     done),
		      NULL);
	smtp_notice(r, d);
	int64_t np, ns, nf;
	outbox_counts(d, &np, &ns, &nf);
	html(b,
	     "<p class=\"kern-body\" role=\"status\">%lld wartend, %lld "
	     "gesendet, %lld fehlgeschlagen.</p>\n",
	     (long long)np, (long long)ns, (long long)nf);
	if (nf)
		intern_post_button(
			b, web_csrf(r),
			&(struct intern_button){
				.action = "/intern/postausgang/alle/erneut",
				.label = arena_printf(
					r->a,
					"Alle %lld fehlgeschlagenen erneut "
					"versuchen",
					(long long)nf),
			});
	form_error_summary(b, &e);
	HTML_RAW(b, "<form method=\"get\" action=\"/intern/postausgang\" "
		    "class=\"lotse-filter\" role=\"search\" "
		    "aria-label=\"Postausgang filtern\" novalidate>\n");
	form_select(b, &e, "art", "Art", kind_opts, kind, "alle Arten", NULL);
	form_select(b, &e, "status", "Status", status_opts, status,
		    "jeder Status", NULL);
	if (ref_id)
		html(b, "<input type=\"hidden\" name=\"bezug\" value=\"%lld\">",
		     (long long)ref_id);
	form_submit(b, "Filtern", false);
	HTML_RAW(b, "</form>\n");
	if (ref_id)
		html(b,
		     "<p class=\"kern-body\">Nur Nachrichten zu Nummer %lld "
		     "(Sitzung oder Neuigkeit). <a class=\"kern-link\" "
		     "href=\"/intern/postausgang\">Alle Nachrichten "
		     "zeigen</a></p>\n",
		     (long long)ref_id);
	if (e.n) {
		r->status = 400;
		web_end(r);
		return;
	}
	struct outbox_filter f = {
		.kind = kind,
		.status = status,
		.ref_id = ref_id,
		.offset = (page - 1) * INTERN_PAGE,
		.limit = INTERN_PAGE,
	};
	struct outbox_row *v;
	int64_t total;
	size_t n = outbox_list(d, r->a, &f, &v, &total);
	if (total == 0) {
		HTML_RAW(b, "<p class=\"kern-body\">Keine Nachrichten.</p>\n");
		web_end(r);
		return;
	}
	static const char *const heads[] = {"Empfänger", "Betreff",  "Art",
					    "Status",	 "Versuche", "Erstellt",
					    "Aktionen",	 NULL};
	intern_table_begin(b, "Nachrichten im Postausgang", heads);
	const char *csrf = web_csrf(r);
	for (size_t i = 0; i < n; i++) {
		const struct outbox_row *m = &v[i];
		long long id = (long long)m->id;
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\">%s<br><span "
		     "class=\"kern-body kern-body--small\">%s</span></th>"
		     "<td class=\"kern-table__cell\"><a class=\"kern-link\" "
		     "href=\"/intern/postausgang/%lld\">%s</a></td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">",
		     m->recipient_name[0] ? m->recipient_name : m->recipient,
		     m->recipient, id, m->subject, outbox_kind_label(m->kind));
		intern_badge(b, status_badge(m->status),
			     outbox_status_label(m->status));
		if (strcmp(m->status, "sent") == 0)
			html(b,
			     "<br><span class=\"kern-body "
			     "kern-body--small\">%s</span>",
			     when(r, m->sent_at));
		else if (m->last_error[0])
			html(b,
			     "<br><span class=\"kern-body kern-body--small\">"
			     "Letzter Fehler: %s</span>",
			     m->last_error);
		if (strcmp(m->status, "pending") == 0 && m->attempts > 0)
			html(b,
			     "<br><span class=\"kern-body kern-body--small\">"
			     "Nächster Versuch: %s</span>",
			     when(r, m->next_attempt_at));
		html(b,
		     "</td><td class=\"kern-table__cell\">%d</td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\"><ul "
		     "class=\"lotse-links\"><li><a class=\"kern-link\" "
		     "href=\"/intern/postausgang/%lld.eml\" download>.eml "
		     "herunterladen<span class=\"kern-sr-only\">: %s an %s"
		     "</span></a></li>",
		     m->attempts, when(r, m->created_at), id, m->subject,
		     m->recipient);
		if (strcmp(m->status, "failed") == 0 ||
		    (strcmp(m->status, "pending") == 0 && m->attempts > 0)) {
			HTML_RAW(b, "<li>");
			intern_post_button(
				b, csrf,
				&(struct intern_button){
					.action = arena_printf(
						r->a,
						"/intern/postausgang/%lld/"
						"erneut",
						id),
					.label = "Erneut versuchen",
					.sr_more = arena_printf(
						r->a, ": %s an %s", m->subject,
						m->recipient),
				});
			HTML_RAW(b, "</li>");
		}
		HTML_RAW(b, "</ul></td></tr>\n");
	}
	intern_table_end(b);
	int64_t pages = (total + INTERN_PAGE - 1) / INTERN_PAGE;
	intern_pager(r, "Seiten des Postausgangs",
		     arena_printf(r->a,
				  "/intern/postausgang?art=%s&status=%s&"
				  "bezug=%s&seite=",
				  url_component(r->a, kind ? kind : ""),
				  url_component(r->a, status ? status : ""),
				  ref_id ? intern_id_text(r, ref_id) : ""),
		     page, pages);
	web_end(r);
}

/* The .eml download of message id. */
static void eml_download(struct req *r, db *d, int64_t id)
{
	buf b;
	buf_init(&b, (size_t)8 << 20);
	if (eml_from_outbox(d, r->a, id, &b, NULL) < 0) {
		buf_free(&b);
		resp_error(r, 404, "Diese Nachricht gibt es nicht.");
		return;
	}
	char *copy = arena_alloc(r->a, b.len + 1);
	memcpy(copy, b.data, b.len + 1);
	size_t len = b.len;
	buf_free(&b);
	resp_static(r, copy, len, "message/rfc822");
	resp_header(r, "Content-Disposition",
		    arena_printf(r->a,
				 "attachment; filename=\"nachricht-%lld.eml\"",
				 (long long)id));
	resp_header(r, "Cache-Control", "no-store");
}

void page_outbox_message(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *p = req_path_param(r, "id");
	size_t len = p ? strlen(p) : 0;
	bool eml = len > 4 && strcmp(p + len - 4, ".eml") == 0;
	int64_t id;
	if (!p || !parse_int(eml ? arena_strndup(r->a, p, len - 4) : p, 1,
			     INT64_MAX, &id)) {
		resp_error(r, 404, "Diese Nachricht gibt es nicht.");
		return;
	}
	if (eml) {
		eml_download(r, d, id);
		return;
	}
	struct outbox_row m;
	if (outbox_get(d, r->a, id, &m) < 0) {
		resp_error(r, 404, "Diese Nachricht gibt es nicht.");
		return;
	}
	web_begin(r, m.subject);
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/postausgang\">Zum Postausgang</a></p>\n"
	     "<h1 class=\"kern-heading-large\">%s</h1>\n"
	     "<dl class=\"lotse-facts\"><dt>An</dt><dd>%s &lt;%s&gt;</dd>"
	     "<dt>Art</dt><dd>%s</dd><dt>Status</dt><dd>%s</dd>"
	     "<dt>Versuche</dt><dd>%d</dd><dt>Erstellt</dt><dd>%s</dd>",
	     m.subject, m.recipient_name, m.recipient,
	     outbox_kind_label(m.kind), outbox_status_label(m.status),
	     m.attempts, when(r, m.created_at));
	if (m.sent_at[0])
		html(b, "<dt>Gesendet</dt><dd>%s</dd>", when(r, m.sent_at));
	if (m.last_error[0])
		html(b, "<dt>Letzter Fehler</dt><dd>%s</dd>", m.last_error);
	if (m.has_ics)
		HTML_RAW(b, "<dt>Anhang</dt><dd>Kalenderdatei (.ics)</dd>");
	html(b,
	     "</dl>\n<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/postausgang/%lld.eml\" download>Als .eml-Datei "
	     "herunterladen</a></p>\n",
	     (long long)id);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Text</h2>\n"
		    "<div class=\"lotse-mailtext\">");
	web_paragraphs(b, m.text);
	HTML_RAW(b, "</div>\n");
	web_end(r);
}

void page_outbox_retry(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	/* "alle": every failed message at once */
	const char *p = req_path_param(r, "id");
	if (p && strcmp(p, "alle") == 0) {
		int n = outbox_retry_failed(d, web_actor(r));
		if (n == -2) {
			resp_error(r, 403, "Das dürfen Sie nicht.");
			return;
		}
		if (n < 0) {
			resp_error(r, 500,
				   "Die Nachrichten konnten nicht "
				   "zurückgesetzt werden.");
			return;
		}
		sender_wake();
		web_redirect(
			r,
			arena_printf(r->a, "/intern/postausgang?erneut=%d", n));
		return;
	}
	int64_t id = intern_path_id(r, "id");
	int rc = id ? outbox_retry(d, web_actor(r), id) : -1;
	if (rc == -2) {
		resp_error(r, 403, "Das dürfen Sie nicht.");
		return;
	}
	if (rc < 0) {
		resp_error(r, 404,
			   "Diese Nachricht gibt es nicht oder sie ist schon "
			   "gesendet.");
		return;
	}
	sender_wake();
	web_redirect(r, "/intern/postausgang?erneut=1");
}
