/*
 * offers_intern.c - the internal pages of offers: the list (a partner sees
 * its own organisation's, the coordination office all, with filters), the
 * pages of a new offer and of a change (the form itself is offer_form.c),
 * the actions publish / back to draft / archive / copy / "Noch
 * aktuell", and the list of offers not confirmed for twelve months.
 *
 * Every change goes through domain/offer.h with the actor of the request:
 * rights are checked (-2 gives 403) and the audit log is written there. A
 * refused form is shown again with the German message next to each field,
 * the entered values kept, a summary at the top and status 422.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/directory_intern.h"

/* --- list ------------------------------------------------------------------ */

static const struct option status_opts[] = {
	{"draft", "Entwurf"},
	{"published", "Veröffentlicht"},
	{"archived", "Archiviert"},
	{NULL, NULL},
};

static bool known_status(const char *s)
{
	for (const struct option *o = status_opts; o->value; o++)
		if (strcmp(o->value, s) == 0)
			return true;
	return false;
}

/* The "Noch aktuell" button of a row; back names the page to return to. */
static void verify_button(struct req *r, const struct offer_row *o,
			  const char *back)
{
	intern_post_button(
		&r->out, web_csrf(r),
		&(struct intern_button){
			.action = arena_printf(
				r->a, "/intern/angebote/%lld/bestaetigen",
				(long long)o->id),
			.label = "Noch aktuell",
			.sr_more = o->title,
			.name1 = "zurueck",
			.value1 = back});
}

static void confirmed_cell(struct req *r, const struct offer_row *o)
{
	html(&r->out, "<td class=\"kern-table__cell lotse-nowrap\">%s ",
	     intern_date(r, o->verified_at));
	if (intern_unverified(o->verified_at))
		intern_badge(&r->out, "warning", "prüfen");
	HTML_RAW(&r->out, "</td>");
}

/* Notices after an action (?erledigt=...). */
static void done_notice(struct req *r)
{
	static const struct {
		const char *code, *text;
	} notes[] = {
		{"gespeichert", "Das Angebot ist gespeichert."},
		{"angelegt", "Das Angebot ist angelegt."},
		{"kopiert", "Die Kopie ist angelegt. Sie ist ein Entwurf, bis "
			    "Sie sie veröffentlichen."},
		{"published", "Das Angebot ist veröffentlicht."},
		{"draft", "Das Angebot ist wieder ein Entwurf."},
		{"archived", "Das Angebot ist archiviert."},
		{"bestaetigt", "Danke! Das Angebot ist als noch aktuell "
			       "bestätigt."},
	};
	const char *done = req_query(r, "erledigt");
	for (size_t i = 0; done && i < sizeof notes / sizeof *notes; i++)
		if (strcmp(notes[i].code, done) == 0)
			alert(&r->out, "success", notes[i].text, NULL);
}

void page_intern_offers(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct web_state *s = web_state(r);
	bool all = intern_all(r);
	struct form_errors e = {0};
	int64_t org = all ? 0 : s->user.org_id;
	const char *org_q = req_query(r, "organisation");
	if (all && org_q && *org_q && !parse_int(org_q, 1, INT64_MAX, &org))
		form_error(&e, "organisation",
			   "Bitte wählen Sie eine Organisation aus der Liste.");
	const char *status = req_query(r, "status");
	if (status && *status && !known_status(status))
		form_error(&e, "status",
			   "Bitte wählen Sie einen Status aus der Liste.");
	if (!status || !known_status(status))
		status = "";
	int64_t page = intern_page(r);

	web_begin(r, "Angebote");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Angebote</h1>\n");
	done_notice(r);
	if (!all && !s->user.org_id) {
		HTML_RAW(b, "<p class=\"kern-body\">Ihr Konto gehört zu keiner "
			    "Organisation. Bitte wenden Sie sich an die "
			    "Koordinierungsstelle.</p>\n");
		web_end(r);
		return;
	}
	if (all)
		HTML_RAW(b, "<p class=\"kern-body\">Alle Angebote des "
			    "Netzwerks.</p>\n");
	else
		html(b, "<p class=\"kern-body\">Die Angebote von %s.</p>\n",
		     s->user.org_name);
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-btn "
		    "kern-btn--primary\" href=\"/intern/angebote/neu\"><span "
		    "class=\"kern-label\">Neues Angebot</span></a></p>\n");
	form_error_summary(b, &e);
	HTML_RAW(b, "<form method=\"get\" action=\"/intern/angebote\" "
		    "class=\"lotse-filter\" role=\"search\" "
		    "aria-label=\"Angebote filtern\" novalidate>\n");
	if (all)
		form_select(b, &e, "organisation", "Organisation",
			    intern_org_opts(r, d), intern_id_text(r, org),
			    "alle", NULL);
	form_select(b, &e, "status", "Status", status_opts, status,
		    "alle außer archivierten", NULL);
	form_submit(b, "Filtern", false);
	HTML_RAW(b, "</form>\n");
	if (e.n) {
		r->status = 400;
		web_end(r);
		return;
	}
	struct offer_row *v;
	size_t n = offer_list(d, r->a, org, false,
			      strcmp(status, "archived") == 0, &v);
	/* The status filter keeps the matching rows in place. */
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!status[0] || strcmp(v[i].status, status) == 0)
			v[k++] = v[i];
	n = k;
	int64_t pages = n ? ((int64_t)n + INTERN_PAGE - 1) / INTERN_PAGE : 1;
	if (page > pages)
		page = pages;
	size_t from = (size_t)((page - 1) * INTERN_PAGE);
	size_t to = from + INTERN_PAGE < n ? from + INTERN_PAGE : n;
	html(b, "<p class=\"kern-body\" role=\"status\">%zu %s</p>\n", n,
	     n == 1 ? "Angebot" : "Angebote");
	if (n) {
		static const char *const heads[] = {
			"Titel",    "Organisation",
			"Status",   "Zuletzt bestätigt",
			"Aktionen", NULL};
		intern_table_begin(b, "Angebote", heads);
		for (size_t i = from; i < to; i++) {
			const struct offer_row *o = &v[i];
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><a "
			     "class=\"kern-link\" "
			     "href=\"/intern/angebote/%lld\">%s</a></th>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">",
			     (long long)o->id, o->title, o->org_name);
			intern_status_badge(b, o->status);
			HTML_RAW(b, "</td>");
			confirmed_cell(r, o);
			HTML_RAW(b, "<td class=\"kern-table__cell "
				    "lotse-nowrap\">");
			if (strcmp(o->status, "archived") != 0)
				verify_button(r, o, "liste");
			HTML_RAW(b, "</td></tr>");
		}
		intern_table_end(b);
	}
	intern_pager(r, "Seiten der Angebote",
		     arena_printf(r->a,
				  "/intern/angebote?organisation=%s&status=%s&"
				  "seite=",
				  all ? intern_id_text(r, org) : "",
				  url_component(r->a, status)),
		     page, pages);
	web_end(r);
}

/* The longest unconfirmed first. */
static int by_verified(const void *a, const void *b)
{
	const struct offer_row *x = a, *y = b;
	int c = strcmp(x->verified_at, y->verified_at);
	return c ? c : (x->id > y->id) - (x->id < y->id);
}

void page_intern_offers_unverified(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct offer_row *v;
	size_t n = offer_list(d, r->a, 0, true, false, &v);
	if (n)
		qsort(v, n, sizeof *v, by_verified);
	int64_t page = intern_page(r);
	int64_t pages = n ? ((int64_t)n + INTERN_PAGE - 1) / INTERN_PAGE : 1;
	if (page > pages)
		page = pages;
	size_t from = (size_t)((page - 1) * INTERN_PAGE);
	size_t to = from + INTERN_PAGE < n ? from + INTERN_PAGE : n;
	web_begin(r, "Nicht bestätigte Angebote");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Nicht bestätigte "
		    "Angebote</h1>\n");
	done_notice(r);
	html(b,
	     "<p class=\"kern-body\">Diese Angebote hat seit %d Monaten "
	     "niemand als richtig bestätigt. Fragen Sie beim Träger nach, "
	     "ändern Sie, was nicht mehr stimmt, oder bestätigen Sie mit "
	     "einem Klick, dass alles noch aktuell ist.</p>\n",
	     OFFER_UNVERIFIED_DAYS / 30);
	html(b, "<p class=\"kern-body\" role=\"status\">%zu %s</p>\n", n,
	     n == 1 ? "Angebot" : "Angebote");
	if (n) {
		static const char *const heads[] = {
			"Titel",  "Organisation",
			"Status", "Zuletzt bestätigt",
			"Aktion", NULL};
		intern_table_begin(b, "Nicht bestätigte Angebote", heads);
		for (size_t i = from; i < to; i++) {
			const struct offer_row *o = &v[i];
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><a "
			     "class=\"kern-link\" "
			     "href=\"/intern/angebote/%lld\">%s</a></th>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">",
			     (long long)o->id, o->title, o->org_name);
			intern_status_badge(b, o->status);
			HTML_RAW(b, "</td>");
			confirmed_cell(r, o);
			HTML_RAW(b, "<td class=\"kern-table__cell "
				    "lotse-nowrap\">");
			verify_button(r, o, "ungeprueft");
			HTML_RAW(b, "</td></tr>");
		}
		intern_table_end(b);
	} else {
		alert(b, "success", "Alle Angebote sind bestätigt.", NULL);
	}
	intern_pager(r, "Seiten der nicht bestätigten Angebote",
		     "/intern/angebote/ungeprueft?seite=", page, pages);
	web_end(r);
}

/* --- new offer and changes ------------------------------------------------ */

/* The page of a new offer's form. */
static void new_page(struct req *r, db *d, const struct offer_form *f,
		     const struct form_errors *e)
{
	web_begin(r, "Neues Angebot");
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/intern/angebote\">Zur Liste der Angebote</a></p>\n"
		    "<h1 class=\"kern-heading-large\">Neues Angebot</h1>\n"
		    "<p class=\"kern-body\">Felder ohne „optional“ müssen "
		    "ausgefüllt sein. Ein Entwurf ist nur intern sichtbar; "
		    "Familien sehen das Angebot, sobald Sie es "
		    "veröffentlichen.</p>\n");
	form_error_summary(b, e);
	offer_form_write(r, d, f, e, "/intern/angebote/neu");
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

static bool may_create(struct req *r)
{
	if (intern_all(r) || web_state(r)->user.org_id)
		return true;
	resp_error(r, 403,
		   "Ihr Konto gehört zu keiner Organisation. Bitte wenden Sie "
		   "sich an die Koordinierungsstelle.");
	return false;
}

void page_intern_offer_new(struct req *r)
{
	db *d = web_db(r);
	if (!d || !may_create(r))
		return;
	struct offer_form *f = arena_calloc(r->a, 1, sizeof *f);
	offer_init(&f->o);
	if (!intern_all(r))
		f->o.org_id = web_actor(r)->org_id;
	offer_form_init(f);
	new_page(r, d, f, NULL);
}

void page_intern_offer_create(struct req *r)
{
	db *d = web_db(r);
	if (!d || !may_create(r))
		return;
	struct offer_form *f = arena_calloc(r->a, 1, sizeof *f);
	offer_init(&f->o);
	offer_form_read(r, f, true);
	struct errs e = {0};
	int rc = offer_save(d, web_actor(r), &f->o, &e);
	if (rc == -2) {
		resp_error(r, 403, e.n ? e.msg[0] : "Nicht erlaubt.");
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		offer_form_errors(r, d, f, &e, &fe);
		new_page(r, d, f, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/angebote/%lld?erledigt="
				     "angelegt",
				     (long long)f->o.id));
}

/* The action buttons of an offer that is shown. */
static void actions(struct req *r, const struct offer *o)
{
	buf *b = &r->out;
	const char *csrf = web_csrf(r);
	long long id = (long long)o->id;
	const char *status =
		arena_printf(r->a, "/intern/angebote/%lld/status", id);
	HTML_RAW(b, "<div class=\"lotse-actions\">");
	if (strcmp(o->status, "published") != 0)
		intern_post_button(
			b, csrf,
			&(struct intern_button){.action = status,
						.label = "Veröffentlichen",
						.primary = true,
						.name1 = "status",
						.value1 = "published"});
	else
		intern_post_button(
			b, csrf,
			&(struct intern_button){.action = status,
						.label = "Zurück zum Entwurf",
						.name1 = "status",
						.value1 = "draft"});
	if (strcmp(o->status, "archived") != 0) {
		intern_post_button(
			b, csrf,
			&(struct intern_button){
				.action = arena_printf(
					r->a,
					"/intern/angebote/%lld/bestaetigen",
					id),
				.label = "Noch aktuell"});
		intern_post_button(
			b, csrf,
			&(struct intern_button){.action = status,
						.label = "Archivieren",
						.name1 = "status",
						.value1 = "archived"});
	}
	intern_post_button(
		b, csrf,
		&(struct intern_button){
			.action = arena_printf(
				r->a, "/intern/angebote/%lld/kopieren", id),
			.label = "Kopieren"});
	HTML_RAW(b, "</div>\n");
}

/* The page of an offer: head, actions, tabs, form. stored is the offer as
 * it is in the database (head and actions), f what the form shows. */
static void edit_page(struct req *r, db *d, const struct offer *stored,
		      const struct offer_form *f, const struct form_errors *e)
{
	const char *path = arena_printf(r->a, "/intern/angebote/%lld",
					(long long)stored->id);
	web_begin(r, "Angebot bearbeiten");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<p class=\"kern-body\"><a class=\"kern-link\" "
		 "href=\"/intern/angebote\">Zur Liste der Angebote</a></p>\n");
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", stored->title);
	done_notice(r);
	HTML_RAW(b, "<p class=\"kern-body\">");
	intern_status_badge(b, stored->status);
	html(b, " %s · zuletzt bestätigt am %s ", stored->org_name,
	     intern_date(r, stored->verified_at));
	if (intern_unverified(stored->verified_at))
		intern_badge(b, "warning", "bitte prüfen");
	HTML_RAW(b, "</p>\n");
	char today[11];
	offer_today(today);
	if (offer_is_public(stored, today))
		html(b,
		     "<p class=\"kern-body\"><a class=\"kern-link\" "
		     "href=\"/angebote/%lld\">So sehen Familien das "
		     "Angebot</a></p>\n",
		     (long long)stored->id);
	else if (strcmp(stored->status, "published") == 0)
		HTML_RAW(b, "<p class=\"kern-body\">Das Angebot ist "
			    "veröffentlicht, gilt heute aber nicht (siehe "
			    "„Gültig ab“ und „Gültig bis“).</p>\n");
	actions(r, stored);
	intern_offer_tabs(r, stored->id, path);
	form_error_summary(b, e);
	offer_form_write(r, d, f, e, path);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_intern_offer_edit(struct req *r)
{
	db *d = web_db(r);
	struct offer_form *f = arena_calloc(r->a, 1, sizeof *f);
	if (!d || !intern_offer_load(r, d, &f->o))
		return;
	offer_form_init(f);
	edit_page(r, d, &f->o, f, NULL);
}

void page_intern_offer_save(struct req *r)
{
	db *d = web_db(r);
	struct offer stored;
	if (!d || !intern_offer_load(r, d, &stored))
		return;
	struct offer_form *f = arena_calloc(r->a, 1, sizeof *f);
	f->o = stored;
	offer_form_read(r, f, false);
	struct errs e = {0};
	int rc = offer_save(d, web_actor(r), &f->o, &e);
	if (rc == -2) {
		resp_error(r, 403, e.n ? e.msg[0] : "Nicht erlaubt.");
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		offer_form_errors(r, d, f, &e, &fe);
		edit_page(r, d, &stored, f, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/angebote/%lld?erledigt="
				     "gespeichert",
				     (long long)stored.id));
}

/* --- actions ----------------------------------------------------------------- */

/* Answers a refused action: 403, 404 or 422 with the domain's message. */
static void refused(struct req *r, int rc, const struct errs *e)
{
	const char *msg = e->n ? e->msg[0] : "Das ging nicht.";
	resp_error(r, rc == -2 ? 403 : 422, msg);
}

void page_intern_offer_status(struct req *r)
{
	db *d = web_db(r);
	struct offer o;
	if (!d || !intern_offer_load(r, d, &o))
		return;
	const char *status = intern_form_text(r, "status");
	if (!known_status(status)) {
		resp_error(r, 422, "Unbekannter Status.");
		return;
	}
	struct errs e = {0};
	int rc = offer_set_status(d, web_actor(r), o.id, status, &e);
	if (rc < 0) {
		refused(r, rc, &e);
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/angebote/%lld?erledigt=%s",
				     (long long)o.id, status));
}

void page_intern_offer_copy(struct req *r)
{
	db *d = web_db(r);
	struct offer o;
	if (!d || !intern_offer_load(r, d, &o))
		return;
	struct errs e = {0};
	int64_t id = offer_copy(d, web_actor(r), o.id, &e);
	if (id < 0) {
		refused(r, (int)id, &e);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/angebote/%lld?erledigt=kopiert",
				     (long long)id));
}

void page_intern_offer_verify(struct req *r)
{
	db *d = web_db(r);
	struct offer o;
	if (!d || !intern_offer_load(r, d, &o))
		return;
	struct errs e = {0};
	int rc = offer_verify(d, web_actor(r), o.id, &e);
	if (rc < 0) {
		refused(r, rc, &e);
		return;
	}
	/* Back to where the button was: only these fixed places. */
	const char *back = intern_form_text(r, "zurueck");
	if (strcmp(back, "ungeprueft") == 0 && intern_all(r))
		web_redirect(r,
			     "/intern/angebote/ungeprueft?erledigt=bestaetigt");
	else if (strcmp(back, "liste") == 0)
		web_redirect(r, "/intern/angebote?erledigt=bestaetigt");
	else
		web_redirect(r, arena_printf(r->a,
					     "/intern/angebote/%lld?erledigt="
					     "bestaetigt",
					     (long long)o.id));
}
