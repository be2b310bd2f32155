/*
 * offer_public.c - one offer for families (/angebote/{id}): what it is,
 * for whom, what it costs, whether to register, where and when (with a
 * plain link to OpenStreetMap built from the stored coordinates), whom to
 * ask, and when it was last confirmed. Print-friendly; nothing is loaded
 * from another host.
 *
 * Only a published offer valid today (offer_is_public) of an organisation
 * that is neither archived nor has left the network is shown, with a
 * contact person only when that person agreed; anything else is 404.
 *
 * Calls: domain (offer, organisation, contact, codes); shares the pieces
 * of HTML of directory_public.h.
 */
#include <string.h>
#include <time.h>

#include "domain/codes.h"
#include "domain/contact.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "web/directory_public.h"

/* "YYYY-MM-DD..." as "DD.MM.YYYY"; "" when s does not start with a date. */
static const char *date_de(arena *a, const char *s)
{
	if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return "";
	return arena_printf(a, "%.2s.%.2s.%.4s", s + 8, s + 5, s);
}

/* s with its first letter upper-case (the labels of the codes start
 * with an ASCII letter). */
static const char *ucfirst(arena *a, const char *s)
{
	char *t = arena_strdup(a, s);
	if (t[0] >= 'a' && t[0] <= 'z')
		t[0] = (char)(t[0] - 'a' + 'A');
	return t;
}

/* The labels of the codes in v, in the order of list, separated by
 * commas. */
static void code_labels(buf *b, const struct code *list, const char *const *v,
			size_t n)
{
	bool first = true;
	for (const struct code *c = list; c->code; c++) {
		for (size_t i = 0; i < n; i++) {
			if (strcmp(v[i], c->code) != 0)
				continue;
			html(b, "%s%s", first ? "" : ", ", c->label);
			first = false;
			break;
		}
	}
}

/* Is code among the n codes of v? */
static bool has(const char *const *v, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], code) == 0)
			return true;
	return false;
}

/* True when verified_at ("YYYY-MM-DD...") is more than a year ago. */
static bool verified_long_ago(const char *verified_at)
{
	char limit[11];
	time_t t = time(NULL) - (time_t)OFFER_UNVERIFIED_DAYS * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(limit, sizeof limit, "%Y-%m-%d", &tm);
	return strncmp(verified_at, limit, 10) < 0;
}

/* --- /angebote/{id} --------------------------------------------------------- */

/* "Für wen?": ages, needs, prevention level, eligibility, places served. */
static void offer_for_whom(struct req *r, db *d, const struct offer *o)
{
	buf *b = &r->out;
	HTML_RAW(
		b,
		"<section class=\"lotse-section\" aria-labelledby=\"fuer-wen\">"
		"<h2 id=\"fuer-wen\" class=\"kern-heading-medium\">Für wen "
		"ist das Angebot?</h2>\n<dl class=\"kern-description-list\">");
	if (o->nages) {
		pub_dt_open(b, "Alter");
		code_labels(b, ages, o->ages, o->nages);
		pub_dd_close(b);
	}
	if (o->nneeds) {
		pub_dt_open(b, "Themen");
		code_labels(b, needs, o->needs, o->nneeds);
		pub_dd_close(b);
	}
	const struct code *p = code_find(preventions, o->prevention);
	if (p) {
		pub_dt_open(b, "Zielgruppe");
		html(b, "%s", ucfirst(r->a, p->label));
		pub_dd_close(b);
	}
	if (o->eligibility[0]) {
		pub_dt_open(b, "Voraussetzungen");
		html(b, "%s", o->eligibility);
		pub_dd_close(b);
	}
	if (o->nregions) {
		pub_dt_open(b, "Für Familien aus");
		pub_regions_served(r, d, o->regions, o->nregions);
		pub_dd_close(b);
	}
	HTML_RAW(b, "</dl></section>\n");
}

/* "Gut zu wissen": cost, registration, waiting list, how it takes place,
 * languages, accessibility. */
static void offer_good_to_know(struct req *r, const struct offer *o)
{
	buf *b = &r->out;
	HTML_RAW(b,
		 "<section class=\"lotse-section\" "
		 "aria-labelledby=\"gut-zu-wissen\">"
		 "<h2 id=\"gut-zu-wissen\" class=\"kern-heading-medium\">Gut "
		 "zu wissen</h2>\n<dl class=\"kern-description-list\">");
	pub_dt_open(b, "Kosten");
	html(b, "%s", ucfirst(r->a, code_label(costs, o->cost)));
	if (o->cost_note[0])
		html(b, "<br>%s", o->cost_note);
	pub_dd_close(b);
	pub_dt_open(b, "Anmeldung");
	if (o->registration_required)
		HTML_RAW(b, "Bitte melden Sie sich vorher an.");
	else
		HTML_RAW(b, "Sie brauchen keine Anmeldung.");
	if (o->registration_note[0])
		html(b, "<br>%s", o->registration_note);
	pub_dd_close(b);
	if (o->waiting_list) {
		pub_dt_open(b, "Warteliste");
		HTML_RAW(b,
			 "Es gibt eine Warteliste. Fragen Sie nach, wie lange "
			 "Sie ungefähr warten müssen.");
		pub_dd_close(b);
	}
	if (o->naccess) {
		pub_dt_open(b, "So findet es statt");
		code_labels(b, accesses, o->access, o->naccess);
		pub_dd_close(b);
	}
	if (o->nlangs) {
		pub_dt_open(b, "Sprachen");
		code_labels(b, languages, o->langs, o->nlangs);
		pub_dd_close(b);
	}
	if (o->accessible >= 0 || o->accessibility_note[0]) {
		pub_dt_open(b, "Barrierefreiheit");
		if (o->accessible == 1)
			HTML_RAW(b, "Barrierefrei zugänglich.");
		else if (o->accessible == 0)
			HTML_RAW(b, "Nicht barrierefrei.");
		if (o->accessible >= 0 && o->accessibility_note[0])
			HTML_RAW(b, "<br>");
		html(b, "%s", o->accessibility_note);
		pub_dd_close(b);
	}
	HTML_RAW(b, "</dl></section>\n");
}

/* "Wo und wann?": each location with address, opening times and a link
 * to OpenStreetMap built only from the stored coordinates. */
static void offer_places(struct req *r, const struct offer *o)
{
	buf *b = &r->out;
	if (!o->nloc)
		return;
	html(b,
	     "<section class=\"lotse-section\" aria-labelledby=\"wo\">"
	     "<h2 id=\"wo\" class=\"kern-heading-medium\">%s</h2>\n"
	     "<ul class=\"lotse-venues\">",
	     o->nloc == 1 ? "Wo und wann?" : "Orte und Zeiten");
	for (size_t i = 0; i < o->nloc; i++) {
		const struct offer_location *l = &o->loc[i];
		const char *name = l->name[0]	  ? l->name
				   : l->street[0] ? l->street
						  : l->city;
		HTML_RAW(b, "<li class=\"lotse-venue\">");
		if (l->name[0])
			html(b, "<h3 class=\"kern-heading-small\">%s</h3>",
			     l->name);
		if (l->street[0] || l->postcode[0] || l->city[0]) {
			HTML_RAW(b, "<p class=\"kern-body\">");
			if (l->street[0])
				html(b, "%s<br>", l->street);
			html(b, "%s%s%s</p>", l->postcode,
			     l->postcode[0] && l->city[0] ? " " : "", l->city);
		}
		if (l->schedule[0]) {
			HTML_RAW(b, "<p class=\"kern-body lotse-venue__key\">"
				    "Zeiten</p>");
			web_paragraphs(b, l->schedule);
		}
		if (l->has_coords) {
			const char *map = arena_printf(
				r->a,
				"https://www.openstreetmap.org/"
				"?mlat=%.5f&mlon=%.5f#map=16/%.5f/%.5f",
				l->lat, l->lon, l->lat, l->lon);
			html(b,
			     "<p class=\"kern-body lotse-maplink\"><a "
			     "class=\"kern-link\" href=\"%s\">Auf der Karte "
			     "ansehen<span class=\"kern-sr-only\">: %s</span> "
			     "(OpenStreetMap)</a></p>",
			     map, name[0] ? name : "Ort");
		}
		HTML_RAW(b, "</li>\n");
	}
	HTML_RAW(b, "</ul></section>\n");
}

/* "Kontakt": phone, e-mail and web of the offer (or, when it has none, of
 * its organisation) and the public contact person. */
static void offer_contact(struct req *r, db *d, const struct offer *o,
			  const struct organisation *org)
{
	buf *b = &r->out;
	const char *phone = o->phone, *email = o->email, *web = o->web;
	if (!phone[0] && !email[0] && !web[0]) {
		phone = org->phone;
		email = org->email;
		web = org->web;
	}
	struct contact c;
	bool person = o->contact_id &&
		      contact_get(d, r->a, o->contact_id, &c) == 0 &&
		      c.public && c.org_id == o->org_id;
	if (!phone[0] && !email[0] && !web[0] && !person)
		return;
	HTML_RAW(b,
		 "<section class=\"lotse-section\" aria-labelledby=\"kontakt\">"
		 "<h2 id=\"kontakt\" class=\"kern-heading-medium\">Kontakt"
		 "</h2>\n<dl class=\"kern-description-list "
		 "kern-description-list--col\">");
	if (person) {
		pub_dt_open(b, "Ansprechperson");
		html(b, "%s", c.name);
		if (c.job_title[0])
			html(b, ", %s", c.job_title);
		if (c.phone[0]) {
			HTML_RAW(b, "<br>Telefon: ");
			pub_phone_link(b, r->a, c.phone);
		}
		if (c.email[0]) {
			HTML_RAW(b, "<br>E-Mail: ");
			pub_email_link(b, r->a, c.email);
		}
		pub_dd_close(b);
	}
	if (phone[0]) {
		pub_dt_open(b, "Telefon");
		pub_phone_link(b, r->a, phone);
		pub_dd_close(b);
	}
	if (email[0]) {
		pub_dt_open(b, "E-Mail");
		pub_email_link(b, r->a, email);
		pub_dd_close(b);
	}
	if (web[0]) {
		pub_dt_open(b, "Internet");
		pub_web_link(b, web);
		pub_dd_close(b);
	}
	HTML_RAW(b, "</dl></section>\n");
}

void page_public_offer(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id;
	struct offer o;
	struct organisation org;
	char today[11];
	offer_today(today);
	if (!parse_int(req_path_param(r, "id"), 1, INT64_MAX, &id) ||
	    offer_get(d, r->a, id, &o) < 0 || !offer_is_public(&o, today) ||
	    org_get(d, r->a, o.org_id, &org) < 0 || !pub_org_active(&org)) {
		resp_error(r, 404,
			   "Dieses Angebot gibt es nicht oder nicht mehr. "
			   "Vielleicht ist es beendet oder wird gerade "
			   "überarbeitet.");
		return;
	}
	web_begin(r, o.title);
	buf *b = &r->out;
	html(b,
	     "<article class=\"lotse-offer\">"
	     "<p class=\"lotse-preline\">Ein Angebot von <a "
	     "class=\"kern-link\" "
	     "href=\"/partner/%lld\">%s</a></p>\n"
	     "<h1 class=\"kern-heading-large\">%s</h1>\n",
	     (long long)org.id, org.name, o.title);
	bool free_of_charge = strcmp(o.cost, "kostenlos") == 0;
	bool home = has(o.access, o.naccess, "geh");
	if (free_of_charge || home) {
		HTML_RAW(b, "<ul class=\"lotse-badges\">");
		if (free_of_charge)
			HTML_RAW(b,
				 "<li class=\"kern-badge kern-badge--success\">"
				 "<span class=\"kern-label\">Kostenlos"
				 "</span></li>");
		if (home)
			HTML_RAW(b, "<li class=\"kern-badge kern-badge--info\">"
				    "<span class=\"kern-label\">Kommt auch zu "
				    "Ihnen nach Hause</span></li>");
		HTML_RAW(b, "</ul>\n");
	}
	/* Two columns on wide screens: what it is on the left, where and
	 * whom to ask on the right. */
	HTML_RAW(b, "<div class=\"lotse-columns\"><div "
		    "class=\"lotse-columns__main\"><div class=\"lotse-text\">");
	web_paragraphs(b, o.description);
	HTML_RAW(b, "</div>\n");
	offer_for_whom(r, d, &o);
	offer_good_to_know(r, &o);
	HTML_RAW(b, "</div><div class=\"lotse-columns__side\">");
	offer_places(r, &o);
	offer_contact(r, d, &o, &org);
	HTML_RAW(b, "</div></div>\n");
	const char *stand = date_de(r->a, o.verified_at);
	if (stand[0])
		html(b,
		     "<p class=\"kern-body kern-body--muted "
		     "lotse-stand\">Stand: "
		     "zuletzt bestätigt am <time datetime=\"%.10s\">%s</time>"
		     "%s</p>\n",
		     o.verified_at, stand,
		     verified_long_ago(o.verified_at)
			     ? ". Bitte fragen Sie nach, ob die Angaben noch "
			       "stimmen."
			     : "");
	HTML_RAW(b, "</article>\n");
	web_end(r);
}
