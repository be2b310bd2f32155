/*
 * directory_public.c - the public directory for families: the list of
 * partner organisations (/partner), one page per partner (/partner/{id})
 * and one page per municipality (/orte/{slug}) with its offers grouped by
 * need; and the helpers the offer page (offer_public.c) shares with them
 * (directory_public.h).
 *
 * Only what the public may see leaves these pages: published offers valid
 * today (search_offers with public_only) of organisations that are
 * neither archived nor have left the network, and contacts who agreed to
 * be shown. Anything else answers 404, as if it did not exist. The pages
 * work without JavaScript and load nothing from another host.
 *
 * Calls: domain (organisation, contact, region, codes, settings), search.
 */
#include <stdio.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/contact.h"
#include "domain/organisation.h"
#include "domain/region.h"
#include "domain/settings.h"
#include "search/search.h"
#include "web/directory_public.h"

/* Offers shown per need on a municipality's page before "all N". */
#define PLACE_PER_NEED 8
/* Offers per page of one need in a municipality, and of a partner. */
#define LIST_PER_PAGE 50

/* --- shared with offer_public.c (directory_public.h) ---------------------- */

bool pub_org_active(const struct organisation *o)
{
	return !o->archived && strcmp(o->membership, "left") != 0;
}

/* The href value of a tel: link: the digits of phone, with a leading "+"
 * kept; NULL when there are no digits. Nothing else reaches the href. */
static const char *tel_href(arena *a, const char *phone)
{
	size_t n = strlen(phone), j = 0;
	char *out = arena_alloc(a, n + 1);
	for (size_t i = 0; i < n; i++) {
		char c = phone[i];
		if (c >= '0' && c <= '9')
			out[j++] = c;
		else if (c == '+' && j == 0)
			out[j++] = c;
	}
	out[j] = '\0';
	return j && !(j == 1 && out[0] == '+') ? out : NULL;
}

void pub_phone_link(buf *b, arena *a, const char *phone)
{
	const char *tel = tel_href(a, phone);
	if (tel)
		html(b, "<a class=\"kern-link\" href=\"tel:%s\">%s</a>", tel,
		     phone);
	else
		html(b, "%s", phone);
}

void pub_email_link(buf *b, arena *a, const char *email)
{
	html(b, "<a class=\"kern-link\" href=\"%s\">%s</a>",
	     url_safe(arena_printf(a, "mailto:%s", email)), email);
}

void pub_web_link(buf *b, const char *web)
{
	const char *text = web;
	if (strncmp(text, "https://", 8) == 0)
		text += 8;
	else if (strncmp(text, "http://", 7) == 0)
		text += 7;
	html(b, "<a class=\"kern-link\" href=\"%s\">%s</a>", url_safe(web),
	     text);
}

void pub_dt_open(buf *b, const char *key)
{
	html(b,
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">%s</dt><dd "
	     "class=\"kern-description-list-item__value\">",
	     key);
}

void pub_dd_close(buf *b)
{
	HTML_RAW(b, "</dd></div>\n");
}

/* The region with this id among v, or NULL. */
static const struct region *region_by_id(const struct region *v, size_t n,
					 int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].id == id)
			return &v[i];
	return NULL;
}

void pub_regions_served(struct req *r, db *d, const int64_t *ids, size_t n)
{
	buf *b = &r->out;
	struct region *v;
	size_t nv = region_list(d, r->a, "district", &v);
	for (size_t i = 0; i < n; i++) {
		const struct region *g = region_by_id(v, nv, ids[i]);
		if (g) {
			html(b, "dem ganzen %s", g->name);
			return;
		}
	}
	nv = region_list(d, r->a, "municipality", &v);
	bool first = true;
	for (size_t i = 0; i < nv; i++) {
		bool served = false;
		for (size_t j = 0; j < n && !served; j++)
			served = ids[j] == v[i].id;
		if (!served)
			continue;
		html(b, "%s<a class=\"kern-link\" href=\"/orte/%s\">%s</a>",
		     first ? "" : ", ", url_component(r->a, v[i].slug),
		     v[i].name);
		first = false;
	}
}

/* The reasons of a hit (searched without filters: "kostenlos", "kommt
 * auch zu Ihnen nach Hause"), separated by " · ". */
static void hit_notes(buf *b, const struct search_hit *h)
{
	if (!h->nreasons)
		return;
	HTML_RAW(b, "<span class=\"lotse-offer-list__notes\">");
	for (size_t i = 0; i < h->nreasons; i++)
		html(b, "%s%s", i ? " · " : "", h->reasons[i]);
	HTML_RAW(b, "</span>");
}

/* A list of offers as links, with the organisation when with_org. */
static void offer_list_html(buf *b, const struct search_result *res,
			    bool with_org)
{
	HTML_RAW(b, "<ul class=\"lotse-offer-list\">\n");
	for (size_t i = 0; i < res->n; i++) {
		const struct search_hit *h = &res->hits[i];
		html(b,
		     "<li><a class=\"kern-link lotse-offer-list__title\" "
		     "href=\"/angebote/%lld\">%s</a>",
		     (long long)h->id, h->title);
		if (with_org)
			html(b,
			     "<span class=\"lotse-offer-list__org\">%s</span>",
			     h->org_name);
		hit_notes(b, h);
		HTML_RAW(b, "</li>\n");
	}
	HTML_RAW(b, "</ul>\n");
}

/* Links to the previous and next page of a list; base ends with "?" or
 * "&" so that "seite=N" can follow. */
static void pager(buf *b, const char *label, const char *base, int64_t page,
		  int64_t total, int64_t per_page)
{
	int64_t pages = total ? (total + per_page - 1) / per_page : 1;
	if (pages <= 1)
		return;
	html(b,
	     "<nav class=\"lotse-pager\" aria-label=\"%s\">"
	     "<span class=\"kern-body\">Seite %lld von %lld</span>",
	     label, (long long)page, (long long)pages);
	if (page > 1)
		html(b,
		     "<a class=\"kern-link\" rel=\"prev\" "
		     "href=\"%sseite=%lld\">"
		     "Vorherige Seite</a>",
		     base, (long long)(page - 1));
	if (page < pages)
		html(b,
		     "<a class=\"kern-link\" rel=\"next\" "
		     "href=\"%sseite=%lld\">"
		     "Nächste Seite</a>",
		     base, (long long)(page + 1));
	HTML_RAW(b, "</nav>\n");
}

/* The page number of ?seite= (1 when missing or not a number). */
static int64_t page_param(struct req *r)
{
	int64_t page = 1;
	const char *s = req_query(r, "seite");
	if (s && *s && !parse_int(s, 1, 1000000, &page))
		page = 1;
	return page;
}

/* --- /partner --------------------------------------------------------------- */

/* The municipality with this slug, or NULL. */
static const struct region *muni_by_slug(const struct region *v, size_t n,
					 const char *slug)
{
	for (size_t i = 0; slug && i < n; i++)
		if (strcmp(v[i].slug, slug) == 0)
			return &v[i];
	return NULL;
}

void page_public_partners(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	struct region *munis;
	size_t nm = region_list(d, r->a, "municipality", &munis);

	const char *sector = req_query(r, "bereich");
	if (sector && !*sector)
		sector = NULL;
	if (sector && !sector_label(sector))
		form_error(&e, "bereich",
			   "Bitte wählen Sie einen Bereich aus der Liste.");
	const char *slug = req_query(r, "gemeinde");
	if (slug && !*slug)
		slug = NULL;
	const struct region *muni = muni_by_slug(munis, nm, slug);
	if (slug && !muni)
		form_error(&e, "gemeinde",
			   "Bitte wählen Sie eine Stadt oder Gemeinde aus der "
			   "Liste.");

	size_t ns = 0;
	while (sectors[ns].code)
		ns++;
	struct option *sopts = arena_calloc(r->a, ns + 1, sizeof *sopts);
	for (size_t i = 0; i < ns; i++)
		sopts[i] = (struct option){sectors[i].code, sectors[i].label};
	struct option *mopts = arena_calloc(r->a, nm + 1, sizeof *mopts);
	for (size_t i = 0; i < nm; i++)
		mopts[i] = (struct option){munis[i].slug, munis[i].name};

	web_begin(r, "Partner im Netzwerk");
	buf *b = &r->out;
	HTML_RAW(
		b,
		"<h1 class=\"kern-heading-large\">Partner im Netzwerk</h1>\n"
		"<p class=\"kern-body kern-body--large\">Hebammen, "
		"Kinderarztpraxen, Beratungsstellen, Kitas, Familienzentren "
		"und viele mehr arbeiten im Netzwerk zusammen. Hier finden "
		"Sie alle Partner mit ihren Angeboten und Kontaktdaten.</p>\n");
	form_error_summary(b, &e);
	HTML_RAW(b, "<form method=\"get\" action=\"/partner\" "
		    "class=\"lotse-filter lotse-filter--wide\" role=\"search\" "
		    "aria-label=\"Partner auswählen\">\n");
	form_select(b, &e, "bereich", "Bereich", sopts, sector, "Alle Bereiche",
		    NULL);
	form_select(b, &e, "gemeinde", "Stadt oder Gemeinde", mopts, slug,
		    "Alle Orte", NULL);
	form_submit(b, "Anzeigen", false);
	HTML_RAW(b, "</form>\n");
	if (e.n) {
		r->status = 400;
		web_end(r);
		return;
	}
	struct organisation *v;
	size_t n = org_find(d, r->a, sector, muni ? muni->id : 0, true, &v);
	if (n == 0)
		HTML_RAW(b, "<p class=\"kern-body\" role=\"status\">Zu dieser "
			    "Auswahl haben wir keinen Partner gefunden.</p>\n");
	else
		html(b,
		     "<p class=\"kern-body\" role=\"status\"><strong>%zu "
		     "Partner</strong>%s%s%s%s</p>\n",
		     n, sector ? " im Bereich " : "",
		     sector ? sector_label(sector) : "", muni ? " in " : "",
		     muni ? muni->name : "");
	if (sector || muni)
		HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
			    "href=\"/partner\">Alle Partner zeigen</a></p>\n");
	if (n) {
		HTML_RAW(b, "<ul class=\"lotse-partner-list\">\n");
		for (size_t i = 0; i < n; i++) {
			const char *label = sector_label(v[i].sector);
			html(b,
			     "<li><a class=\"kern-link "
			     "lotse-partner-list__name\" "
			     "href=\"/partner/%lld\">%s</a>"
			     "<span class=\"lotse-partner-list__meta\">%s%s%s"
			     "</span></li>\n",
			     (long long)v[i].id, v[i].name, label ? label : "",
			     label && v[i].city[0] ? " · " : "", v[i].city);
		}
		HTML_RAW(b, "</ul>\n");
	}
	web_end(r);
}

/* --- /partner/{id} ---------------------------------------------------------- */

static void partner_contacts(struct req *r, db *d,
			     const struct organisation *org)
{
	buf *b = &r->out;
	struct contact *c;
	size_t n = contact_list(d, r->a, org->id, true, &c);
	if (!n)
		return;
	HTML_RAW(b, "<section class=\"lotse-section\" "
		    "aria-labelledby=\"ansprechpersonen\">"
		    "<h2 id=\"ansprechpersonen\" class=\"kern-heading-medium\">"
		    "Ansprechpersonen</h2>\n<ul class=\"lotse-people\">");
	for (size_t i = 0; i < n; i++) {
		if (!c[i].public) /* contact_list filters; never trust it less */
			continue;
		/* The job title, unless the role says it already. */
		const char *role = code_label(contact_roles, c[i].role);
		const char *job =
			strstr(role, c[i].job_title) ? "" : c[i].job_title;
		html(b,
		     "<li><p class=\"kern-body lotse-people__name\">%s</p>"
		     "<p class=\"kern-body kern-body--muted\">%s%s%s</p>",
		     c[i].name, role, job[0] ? " · " : "", job);
		if (c[i].phone[0]) {
			HTML_RAW(b, "<p class=\"kern-body\">Telefon: ");
			pub_phone_link(b, r->a, c[i].phone);
			HTML_RAW(b, "</p>");
		}
		if (c[i].email[0]) {
			HTML_RAW(b, "<p class=\"kern-body\">E-Mail: ");
			pub_email_link(b, r->a, c[i].email);
			HTML_RAW(b, "</p>");
		}
		HTML_RAW(b, "</li>\n");
	}
	HTML_RAW(b, "</ul></section>\n");
}

static void partner_offers(struct req *r, db *d, const struct organisation *org)
{
	buf *b = &r->out;
	int64_t page = page_param(r);
	struct search_params p = {.org_id = org->id,
				  .public_only = true,
				  .page = page,
				  .per_page = LIST_PER_PAGE};
	struct search_result res; /* empty after a database error */
	search_offers(d, r->a, &p, &res);
	HTML_RAW(
		b,
		"<section class=\"lotse-section\" aria-labelledby=\"angebote\">"
		"<h2 id=\"angebote\" class=\"kern-heading-medium\">"
		"Angebote</h2>\n");
	if (res.total == 0) {
		HTML_RAW(b, "<p class=\"kern-body\">Zurzeit sind hier keine "
			    "Angebote eingetragen. Fragen Sie gern direkt "
			    "nach.</p></section>\n");
		return;
	}
	offer_list_html(b, &res, false);
	pager(b, "Seiten der Angebote",
	      arena_printf(r->a, "/partner/%lld?", (long long)org->id), page,
	      res.total, LIST_PER_PAGE);
	HTML_RAW(b, "</section>\n");
}

/* "Kontakt": address, phone, e-mail, web and the places served. */
static void partner_contact(struct req *r, db *d,
			    const struct organisation *org)
{
	buf *b = &r->out;
	bool address = org->street[0] || org->postcode[0] || org->city[0];
	if (!address && !org->phone[0] && !org->email[0] && !org->web[0] &&
	    !org->nregions)
		return;
	HTML_RAW(b,
		 "<section class=\"lotse-section\" aria-labelledby=\"kontakt\">"
		 "<h2 id=\"kontakt\" class=\"kern-heading-medium\">Kontakt"
		 "</h2>\n<dl class=\"kern-description-list "
		 "kern-description-list--col\">");
	if (address) {
		pub_dt_open(b, "Adresse");
		if (org->street[0])
			html(b, "%s<br>", org->street);
		html(b, "%s%s%s", org->postcode,
		     org->postcode[0] && org->city[0] ? " " : "", org->city);
		pub_dd_close(b);
	}
	if (org->phone[0]) {
		pub_dt_open(b, "Telefon");
		pub_phone_link(b, r->a, org->phone);
		pub_dd_close(b);
	}
	if (org->email[0]) {
		pub_dt_open(b, "E-Mail");
		pub_email_link(b, r->a, org->email);
		pub_dd_close(b);
	}
	if (org->web[0]) {
		pub_dt_open(b, "Internet");
		pub_web_link(b, org->web);
		pub_dd_close(b);
	}
	if (org->nregions) {
		pub_dt_open(b, "Für Familien aus");
		pub_regions_served(r, d, org->regions, org->nregions);
		pub_dd_close(b);
	}
	HTML_RAW(b, "</dl></section>\n");
}

void page_public_partner(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id;
	struct organisation org;
	if (!parse_int(req_path_param(r, "id"), 1, INT64_MAX, &id) ||
	    org_get(d, r->a, id, &org) < 0 || !pub_org_active(&org)) {
		resp_error(r, 404,
			   "Diesen Partner gibt es nicht oder nicht mehr im "
			   "Netzwerk.");
		return;
	}
	web_begin(r, org.name);
	buf *b = &r->out;
	const char *sector = sector_label(org.sector);
	html(b,
	     "<article class=\"lotse-partner\"><p "
	     "class=\"lotse-preline\">%s</p>\n"
	     "<h1 class=\"kern-heading-large\">%s</h1>\n",
	     sector ? sector : "Partner im Netzwerk", org.name);
	/* Wide screens: description and offers on the left, whom to ask on
	 * the right; on a phone whom to ask comes before the offers. */
	HTML_RAW(b, "<div class=\"lotse-columns lotse-columns--partner\">"
		    "<div class=\"lotse-columns__text lotse-text\">");
	web_paragraphs(b, org.description);
	HTML_RAW(b, "</div><div class=\"lotse-columns__side\">");
	partner_contact(r, d, &org);
	partner_contacts(r, d, &org);
	HTML_RAW(b, "</div><div class=\"lotse-columns__offers\">");
	partner_offers(r, d, &org);
	page_partner_projects(r, d, org.id); /* projects.c */
	HTML_RAW(b, "</div></div>\n");
	HTML_RAW(b, "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
		    "href=\"/partner\">Alle Partner im Netzwerk</a></p>"
		    "</article>\n");
	web_end(r);
}

/* --- /orte/{slug} ----------------------------------------------------------- */

/* The offers of one need in a municipality, page by page (?bedarf=). */
static void place_need(struct req *r, db *d, const struct region *m,
		       const struct code *need)
{
	int64_t page = page_param(r);
	size_t nn = (size_t)code_count(needs);
	struct search_result *all = arena_calloc(r->a, nn, sizeof *all);
	if (search_place(d, r->a, m->id, need->code, (page - 1) * LIST_PER_PAGE,
			 LIST_PER_PAGE, all) < 0) {
		resp_error(r, 500,
			   "Die Angebote konnten nicht gelesen werden.");
		return;
	}
	const struct search_result res = all[need - needs];
	web_begin(r, arena_printf(r->a, "%s in %s", need->label, m->name));
	buf *b = &r->out;
	html(b,
	     "<p class=\"lotse-preline\">Angebote in %s</p>\n"
	     "<h1 class=\"kern-heading-large\">%s</h1>\n"
	     "<p class=\"kern-body kern-body--large\">%s</p>\n",
	     m->name, need->label, need->explain ? need->explain : "");
	if (res.total == 0)
		html(b,
		     "<p class=\"kern-body\" role=\"status\">Zu diesem Thema "
		     "gibt es in %s zurzeit kein Angebot.</p>\n",
		     m->name);
	else {
		html(b,
		     "<p class=\"kern-body\" role=\"status\">%lld "
		     "Angebot%s</p>\n",
		     (long long)res.total, res.total == 1 ? "" : "e");
		offer_list_html(b, &res, true);
		pager(b, "Seiten der Angebote",
		      arena_printf(r->a, "/orte/%s?bedarf=%s&",
				   url_component(r->a, m->slug),
				   url_component(r->a, need->code)),
		      page, res.total, LIST_PER_PAGE);
	}
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/orte/%s\">Alle Themen in %s</a></p>\n",
	     url_component(r->a, m->slug), m->name);
	web_end(r);
}

/* "Nichts Passendes?": the coordination office's phone and e-mail. */
static void place_help(struct req *r, db *d)
{
	buf *b = &r->out;
	const char *phone = setting_get(d, r->a, "contact_phone");
	const char *email = setting_get(d, r->a, "contact_email");
	if (!phone[0] && !email[0])
		return;
	HTML_RAW(b, "<aside class=\"lotse-help\" aria-labelledby=\"hilfe\">"
		    "<h2 id=\"hilfe\" class=\"kern-heading-small\">Nichts "
		    "Passendes gefunden?</h2>\n<p class=\"kern-body\">Die "
		    "Koordinierungsstelle hilft Ihnen gern weiter – kostenlos "
		    "und vertraulich.</p><p class=\"kern-body\">");
	if (phone[0]) {
		HTML_RAW(b, "Telefon: ");
		pub_phone_link(b, r->a, phone);
	}
	if (email[0]) {
		if (phone[0])
			HTML_RAW(b, "<br>");
		HTML_RAW(b, "E-Mail: ");
		pub_email_link(b, r->a, email);
	}
	HTML_RAW(b, "</p></aside>\n");
}

void page_public_place(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct region *munis;
	size_t nm = region_list(d, r->a, "municipality", &munis);
	const struct region *m =
		muni_by_slug(munis, nm, req_path_param(r, "slug"));
	if (!m) {
		resp_error(r, 404, "Diesen Ort kennen wir nicht.");
		return;
	}
	const char *code = req_query(r, "bedarf");
	if (code && *code) {
		const struct code *need = code_find(needs, code);
		if (!need) {
			resp_error(r, 404, "Dieses Thema kennen wir nicht.");
			return;
		}
		place_need(r, d, m, need);
		return;
	}
	/* Each need's total and its first offers, in one query. */
	size_t nn = (size_t)code_count(needs);
	struct search_result *res = arena_calloc(r->a, nn, sizeof *res);
	if (search_place(d, r->a, m->id, NULL, 0, PLACE_PER_NEED, res) < 0) {
		resp_error(r, 500,
			   "Die Angebote konnten nicht gelesen werden.");
		return;
	}
	int64_t any = 0;
	for (size_t i = 0; i < nn; i++)
		any += res[i].total;
	const char *slug = url_component(r->a, m->slug);
	web_begin(r, arena_printf(r->a, "Angebote in %s", m->name));
	buf *b = &r->out;
	const char *district = web_site(r)->district_name;
	html(b,
	     "<p class=\"lotse-preline\">%s</p>\n"
	     "<h1 class=\"kern-heading-large\">Angebote in %s</h1>\n"
	     "<p class=\"kern-body kern-body--large\">Hilfe, Beratung und "
	     "Treffpunkte für Schwangere und Familien mit Kindern – vor Ort in "
	     "%s oder für Familien aus %s.</p>\n",
	     district[0] ? district : "Stadt und Gemeinde", m->name, m->name,
	     m->name);
	if (m->postcodes[0])
		html(b,
		     "<p class=\"kern-body kern-body--muted\">"
		     "Postleitzahl%s: %s</p>\n",
		     strchr(m->postcodes, ',') ? "en" : "", m->postcodes);
	/* Two columns on wide screens: the themes, and beside them the
	 * partners of the place and whom to ask. */
	HTML_RAW(b, "<div class=\"lotse-columns\"><div "
		    "class=\"lotse-columns__main\">");
	if (!any) {
		html(b,
		     "<p class=\"kern-body\" role=\"status\">Für %s sind "
		     "zurzeit keine Angebote eingetragen.</p>\n",
		     m->name);
	} else {
		html(b,
		     "<nav class=\"lotse-toc\" aria-labelledby=\"themen\">"
		     "<h2 id=\"themen\" class=\"kern-heading-small\">Themen in "
		     "%s</h2>\n<ul>",
		     m->name);
		for (size_t i = 0; i < nn; i++)
			if (res[i].total)
				html(b,
				     "<li><a class=\"kern-link\" "
				     "href=\"#thema-%s\">%s</a> <span "
				     "class=\"lotse-count\">(%lld)</span></li>",
				     needs[i].code, needs[i].label,
				     (long long)res[i].total);
		HTML_RAW(b, "</ul></nav>\n");
		for (size_t i = 0; i < nn; i++) {
			if (!res[i].total)
				continue;
			html(b,
			     "<section class=\"lotse-section lotse-need\" "
			     "aria-labelledby=\"thema-%s\">"
			     "<h2 id=\"thema-%s\" "
			     "class=\"kern-heading-medium\">"
			     "%s</h2>\n<p class=\"kern-body\">%s</p>\n",
			     needs[i].code, needs[i].code, needs[i].label,
			     needs[i].explain ? needs[i].explain : "");
			offer_list_html(b, &res[i], true);
			if (res[i].total > (int64_t)res[i].n)
				html(b,
				     "<p class=\"kern-body\"><a "
				     "class=\"kern-link\" "
				     "href=\"/orte/%s?bedarf=%s\">Alle %lld "
				     "Angebote zum Thema „%s“</a></p>\n",
				     slug, needs[i].code,
				     (long long)res[i].total, needs[i].label);
			HTML_RAW(b, "</section>\n");
		}
	}
	html(b,
	     "</div><div class=\"lotse-columns__side\"><p class=\"kern-body "
	     "lotse-side-link\"><a class=\"kern-link\" "
	     "href=\"/partner?gemeinde=%s\">Alle Partner in %s</a></p>\n",
	     slug, m->name);
	place_help(r, d);
	HTML_RAW(b, "</div></div>\n");
	web_end(r);
}
