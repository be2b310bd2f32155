/*
 * news.c - news to members: the coordination office writes a short
 * announcement (title and Markdown text) for all partners or a selection
 * of organisations and may send it by e-mail through the outbox; partners
 * read the news for their organisation here and the latest on /intern.
 *
 * Routes: GET /intern/neuigkeiten (list; partners: only theirs),
 * GET/POST /intern/neuigkeiten/neu, GET /intern/neuigkeiten/{id},
 * POST /intern/neuigkeiten/{id}/senden. Rights are checked again in
 * domain/news.c.
 */
#include <stdio.h>
#include <string.h>

#include "domain/news.h"
#include "mail/sender.h"
#include "view/markdown.h"
#include "web/directory_intern.h"

#define NEWS_PAGE 20

/* May this request see item n? */
static bool may_see(struct req *r, db *d, int64_t id)
{
	if (r->role >= ROLE_COORDINATION)
		return true;
	return news_for_org(d, id, web_actor(r)->org_id);
}

static const char *audience(struct req *r, const struct news *n)
{
	if (n->all_partners)
		return "alle Partner";
	return arena_printf(r->a, "%zu %s", n->norgs,
			    n->norgs == 1 ? "Organisation" : "Organisationen");
}

/* One item in a list: heading with link, date, text. */
static void news_entry(struct req *r, const struct news *n, int level)
{
	buf *b = &r->out;
	html(b,
	     "<article class=\"lotse-news\"><h%d class=\"kern-heading-small\">"
	     "<a class=\"kern-link\" href=\"/intern/neuigkeiten/%lld\">%s</a>"
	     "</h%d><p class=\"kern-body kern-body--small\">%s",
	     level, (long long)n->id, n->title, level,
	     intern_date(r, n->created_at));
	if (r->role >= ROLE_COORDINATION) {
		html(b, " · für %s", audience(r, n));
		if (n->emailed_at[0])
			html(b, " · per E-Mail versandt am %s",
			     intern_date(r, n->emailed_at));
	}
	HTML_RAW(b, "</p><div class=\"kern-body\">");
	markdown_html(b, n->body_md);
	HTML_RAW(b, "</div></article>\n");
}

void page_news(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	bool all = r->role >= ROLE_COORDINATION;
	int64_t page = intern_page(r);
	struct news *v;
	int64_t total;
	size_t n = news_list(d, r->a, all, web_actor(r)->org_id,
			     (page - 1) * NEWS_PAGE, NEWS_PAGE, &v, &total);
	web_begin(r, "Neuigkeiten");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Neuigkeiten</h1>\n");
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Die Neuigkeit ist gespeichert.", NULL);
	if (req_query(r, "versandt"))
		alert(b, "success",
		      "Die E-Mails sind im Postausgang und werden versandt.",
		      NULL);
	if (all)
		HTML_RAW(b, "<p class=\"kern-body\">Kurze Mitteilungen der "
			    "Koordinierungsstelle an alle Partner oder an "
			    "ausgewählte Organisationen.</p>\n"
			    "<p class=\"kern-body\"><a class=\"kern-btn "
			    "kern-btn--primary\" "
			    "href=\"/intern/neuigkeiten/neu\"><span "
			    "class=\"kern-label\">Neue Neuigkeit schreiben"
			    "</span></a></p>\n");
	else
		HTML_RAW(b, "<p class=\"kern-body\">Mitteilungen der "
			    "Koordinierungsstelle an Ihre Organisation. "
			    "Bitte geben Sie sie an alle weiter, die sie "
			    "betreffen.</p>\n");
	if (total == 0)
		HTML_RAW(b, "<p class=\"kern-body\">Noch keine Neuigkeiten."
			    "</p>\n");
	for (size_t i = 0; i < n; i++) {
		if (all)
			news_get(d, r->a, v[i].id, &v[i]);
		news_entry(r, &v[i], 2);
	}
	intern_pager(r, "Seiten der Neuigkeiten",
		     "/intern/neuigkeiten?seite=", page,
		     (total + NEWS_PAGE - 1) / NEWS_PAGE);
	web_end(r);
}

void news_intern_box(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct news *v;
	int64_t total;
	size_t n = news_list(d, r->a, r->role >= ROLE_COORDINATION,
			     web_actor(r)->org_id, 0, 5, &v, &total);
	buf *b = &r->out;
	HTML_RAW(b, "<section class=\"lotse-news-box\" "
		    "aria-labelledby=\"neuigkeiten\">"
		    "<h2 class=\"kern-heading-medium\" id=\"neuigkeiten\">"
		    "Neuigkeiten</h2>\n");
	if (n == 0)
		HTML_RAW(b, "<p class=\"kern-body\">Zurzeit keine "
			    "Neuigkeiten.</p>\n");
	else
		HTML_RAW(b, "<ul class=\"lotse-news-list\">");
	for (size_t i = 0; i < n; i++)
		html(b,
		     "<li><a class=\"kern-link\" "
		     "href=\"/intern/neuigkeiten/%lld\">%s</a> <span "
		     "class=\"kern-body kern-body--small\">(%s)</span></li>",
		     (long long)v[i].id, v[i].title,
		     intern_date(r, v[i].created_at));
	if (n)
		HTML_RAW(b, "</ul>\n");
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/neuigkeiten\">Alle Neuigkeiten (%lld)</a></p>"
	     "</section>\n",
	     (long long)total);
}

/* Maps domain field names to form field ids. */
static const char *field_id(const char *f)
{
	if (strcmp(f, "title") == 0)
		return "titel";
	if (strcmp(f, "body_md") == 0)
		return "text";
	if (strcmp(f, "orgs") == 0)
		return "empfaenger";
	return NULL;
}

static void news_form(struct req *r, db *d, const struct form_errors *e)
{
	web_begin(r, "Neue Neuigkeit");
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/intern/neuigkeiten\">Zu den Neuigkeiten</a></p>\n"
		    "<h1 class=\"kern-heading-large\">Neue Neuigkeit</h1>\n");
	form_error_summary(b, e);
	form_begin(b, "/intern/neuigkeiten/neu", web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "titel",
				   .label = "Überschrift",
				   .type = "text",
				   .value = e ? req_form(r, "titel") : NULL,
				   .required = true});
	form_textarea(
		b, e,
		&(struct field){.name = "text",
				.label = "Text",
				.value = e ? req_form(r, "text") : NULL,
				.hint = "Leerzeilen trennen Absätze; "
					"**fett**, *kursiv*, Listen mit "
					"„- “ und Links [Text](https://…) "
					"sind möglich.",
				.required = true},
		8);
	const char *fuer = e ? req_form(r, "fuer") : NULL;
	bool some = fuer && strcmp(fuer, "auswahl") == 0;
	intern_fieldset_begin(b, e, "empfaenger", "Für wen?",
			      "Die Neuigkeit erscheint auf der Startseite "
			      "dieser Organisationen.",
			      false, false);
	intern_radio(b, "fuer", "alle", "Alle Partner", !some);
	intern_radio(b, "fuer", "auswahl",
		     "Nur die unten ausgewählten Organisationen", some);
	intern_fieldset_end(b);
	/* The organisations, grouped by sector. */
	const char *chosen[NEWS_MAX_RECIPIENTS];
	size_t nchosen =
		e ? params_get_all(&r->form, "org", chosen, NEWS_MAX_RECIPIENTS)
		  : 0;
	struct organisation *orgs;
	size_t norgs = org_find(d, r->a, NULL, 0, true, &orgs);
	HTML_RAW(b, "<fieldset class=\"kern-fieldset\" id=\"org\">"
		    "<legend class=\"kern-label\">Organisationen "
		    "<span class=\"kern-label__optional\">– nur bei "
		    "Auswahl</span></legend>\n"
		    "<div class=\"kern-fieldset__body\">\n");
	for (const struct sector *s = sectors; s->code; s++) {
		size_t cnt = 0;
		for (size_t i = 0; i < norgs; i++)
			cnt += strcmp(orgs[i].sector, s->code) == 0;
		if (!cnt)
			continue;
		html(b,
		     "<details class=\"lotse-details\"><summary>%s (%zu)"
		     "</summary>\n",
		     s->label, cnt);
		for (size_t i = 0; i < norgs; i++) {
			if (strcmp(orgs[i].sector, s->code) != 0)
				continue;
			const char *id = intern_id_text(r, orgs[i].id);
			bool on = false;
			for (size_t k = 0; k < nchosen && !on; k++)
				on = strcmp(chosen[k], id) == 0;
			form_checkbox(b, "org", id, orgs[i].name, on);
		}
		HTML_RAW(b, "</details>\n");
	}
	HTML_RAW(b, "</div></fieldset>\n");
	form_checkbox(b, "email", "1",
		      "Zusätzlich per E-Mail an die Adressen der "
		      "Organisationen senden",
		      e && req_form(r, "email"));
	form_submit(b, "Veröffentlichen", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_news_new(struct req *r)
{
	db *d = web_db(r);
	if (d)
		news_form(r, d, NULL);
}

void page_news_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct news n = {
		.title = req_form(r, "titel"),
		.body_md = req_form(r, "text"),
	};
	const char *fuer = req_form(r, "fuer");
	n.all_partners = !fuer || strcmp(fuer, "auswahl") != 0;
	struct form_errors fe = {0};
	const char *ids[NEWS_MAX_RECIPIENTS + 1];
	size_t cnt =
		params_get_all(&r->form, "org", ids, NEWS_MAX_RECIPIENTS + 1);
	if (cnt > NEWS_MAX_RECIPIENTS)
		cnt = NEWS_MAX_RECIPIENTS + 1;
	n.orgs = arena_calloc(r->a, cnt + 1, sizeof *n.orgs);
	for (size_t i = 0; i < cnt && i < NEWS_MAX_RECIPIENTS + 1; i++) {
		int64_t id;
		if (i >= NEWS_MAX_RECIPIENTS) {
			n.norgs = NEWS_MAX_RECIPIENTS + 1;
			break;
		}
		if (!parse_int(ids[i], 1, INT64_MAX, &id)) {
			form_error(&fe, "empfaenger",
				   "Bitte wählen Sie Organisationen aus der "
				   "Liste.");
			break;
		}
		n.orgs[n.norgs++] = id;
	}
	if (fe.n) {
		news_form(r, d, &fe);
		return;
	}
	struct errs e = {0};
	int64_t id = news_create(d, web_actor(r), &n,
				 req_form(r, "email") != NULL, &e);
	if (id == -2) {
		resp_error(r, 403, "Das dürfen Sie nicht.");
		return;
	}
	if (id < 0) {
		intern_errs(r, &fe, &e, field_id);
		news_form(r, d, &fe);
		return;
	}
	if (req_form(r, "email"))
		sender_wake();
	web_redirect(r, "/intern/neuigkeiten?gespeichert=1");
}

void page_news_item(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id = intern_path_id(r, "id");
	struct news n;
	if (!id || news_get(d, r->a, id, &n) < 0 || !may_see(r, d, id)) {
		resp_error(r, 404, "Diese Neuigkeit gibt es nicht.");
		return;
	}
	web_begin(r, n.title);
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/neuigkeiten\">Zu den Neuigkeiten</a></p>\n"
	     "<h1 class=\"kern-heading-large\">%s</h1>\n"
	     "<p class=\"kern-body kern-body--small\">%s</p>\n"
	     "<div class=\"kern-body\">",
	     n.title, intern_date(r, n.created_at));
	markdown_html(b, n.body_md);
	HTML_RAW(b, "</div>\n");
	if (r->role >= ROLE_COORDINATION) {
		html(b,
		     "<h2 class=\"kern-heading-medium\">Verteilung</h2>\n"
		     "<p class=\"kern-body\">Für %s.",
		     audience(r, &n));
		if (!n.all_partners) {
			HTML_RAW(b, "</p><ul class=\"kern-list\">");
			for (size_t i = 0; i < n.norgs; i++) {
				struct organisation o;
				if (org_get(d, r->a, n.orgs[i], &o) == 0)
					html(b, "<li>%s</li>", o.name);
			}
			HTML_RAW(b, "</ul><p class=\"kern-body\">");
		}
		if (n.emailed_at[0]) {
			html(b,
			     " Per E-Mail versandt am %s (siehe <a "
			     "class=\"kern-link\" "
			     "href=\"/intern/postausgang?art=news\">"
			     "Postausgang</a>).</p>\n",
			     intern_date(r, n.emailed_at));
		} else {
			HTML_RAW(b, " Noch nicht per E-Mail versandt.</p>\n");
			intern_post_button(
				b, web_csrf(r),
				&(struct intern_button){
					.action = arena_printf(
						r->a,
						"/intern/neuigkeiten/%lld/"
						"senden",
						(long long)id),
					.label = "Per E-Mail senden",
					.primary = true,
				});
		}
	}
	web_end(r);
}

void page_news_send(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id = intern_path_id(r, "id");
	struct news n;
	if (!id || news_get(d, r->a, id, &n) < 0) {
		resp_error(r, 404, "Diese Neuigkeit gibt es nicht.");
		return;
	}
	struct errs e = {0};
	int rc = news_email(d, web_actor(r), id, &e);
	if (rc == -2) {
		resp_error(r, 403, "Das dürfen Sie nicht.");
		return;
	}
	if (rc < 0) {
		resp_error(r, e.n ? 409 : 404,
			   e.n ? e.msg[0] : "Diese Neuigkeit gibt es nicht.");
		return;
	}
	sender_wake();
	web_redirect(r, "/intern/neuigkeiten?versandt=1");
}
