/*
 * wegweiser.c - the Lotse tool (/wegweiser) for professionals and
 * families: a few plain questions (age, needs, place, language, home
 * visits, free of charge), the matching public offers with the reasons
 * they fit, and a handout (/wegweiser/merkblatt) of the chosen offers to
 * print, with a QR code of its own address.
 *
 * Nothing about the family is kept: the state lives only in the URL (GET
 * forms), no cookie is set, nothing is written to the database, and the
 * routes carry RF_PRIVATE so the access log shows only the route pattern.
 *
 * Calls: search (search_offers), domain (offer, organisation, region,
 * codes, settings), view/qr.
 */
#include <stdio.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "domain/region.h"
#include "domain/settings.h"
#include "search/geo.h"
#include "search/search.h"
#include "view/qr.h"
#include "web/directory_intern.h"
#include "web/directory_public.h"

/* Hits shown, radius around a postcode, offers on one handout. */
#define WG_PER_PAGE 10
#define WG_RADIUS_KM 25.0
#define WG_MAX_CHOICES 20

/* The answers of the form, checked. */
struct wg {
	const char *alter; /* age code or NULL */
	const char *bedarf[SEARCH_MAX_VALUES];
	size_t nbedarf;
	const char *plz;	    /* five digits or NULL */
	const struct region *muni;  /* chosen municipality or NULL */
	const char *gemeinde;	    /* its slug as sent, or NULL */
	const char *sprache;	    /* language code or NULL */
	bool hausbesuch, kostenlos; /* "=1" */
	bool submitted;		    /* any parameter present */
	struct region *munis;	    /* all municipalities (for the select) */
	size_t nmunis;
};

/* A query value, NULL when missing or empty. */
static const char *query_value(struct req *r, const char *name)
{
	const char *s = req_query(r, name);
	return s && *s ? s : NULL;
}

/* Is s exactly five ASCII digits? */
static bool five_digits(const char *s)
{
	for (int i = 0; i < 5; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return s[5] == '\0';
}

/* Reads and checks the parameters; each problem goes to e under the name
 * of its field. */
static void wg_read(struct req *r, db *d, struct wg *w, struct form_errors *e)
{
	static const char *const names[] = {
		"alter",   "bedarf",	 "plz",	      "gemeinde",
		"sprache", "hausbesuch", "kostenlos", "wahl"};
	memset(w, 0, sizeof *w);
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (req_query(r, names[i]))
			w->submitted = true;
	w->nmunis = region_list(d, r->a, "municipality", &w->munis);

	w->alter = query_value(r, "alter");
	if (w->alter && !code_find(ages, w->alter))
		form_error(e, "alter",
			   "Bitte wählen Sie ein Alter aus der Liste.");

	const char *v[SEARCH_MAX_VALUES];
	size_t n = params_get_all(&r->query, "bedarf", v, SEARCH_MAX_VALUES);
	if (n > SEARCH_MAX_VALUES)
		n = SEARCH_MAX_VALUES;
	bool bad = false;
	for (size_t i = 0; i < n; i++) {
		if (!v[i][0])
			continue;
		if (!code_find(needs, v[i])) {
			bad = true;
			continue;
		}
		bool dup = false;
		for (size_t j = 0; j < w->nbedarf && !dup; j++)
			dup = strcmp(w->bedarf[j], v[i]) == 0;
		if (!dup)
			w->bedarf[w->nbedarf++] = v[i];
	}
	if (bad)
		form_error(e, "bedarf",
			   "Bitte wählen Sie nur Themen aus der Liste.");

	w->plz = query_value(r, "plz");
	if (w->plz && (!five_digits(w->plz) || !geo_postcode_valid(w->plz)))
		form_error(e, "plz",
			   "Bitte geben Sie eine Postleitzahl mit 5 Ziffern "
			   "ein, zum Beispiel 53474.");

	w->gemeinde = query_value(r, "gemeinde");
	for (size_t i = 0; w->gemeinde && i < w->nmunis; i++)
		if (strcmp(w->munis[i].slug, w->gemeinde) == 0)
			w->muni = &w->munis[i];
	if (w->gemeinde && !w->muni)
		form_error(e, "gemeinde",
			   "Bitte wählen Sie eine Stadt oder Gemeinde aus der "
			   "Liste.");

	w->sprache = query_value(r, "sprache");
	if (w->sprache && !code_find(languages, w->sprache))
		form_error(e, "sprache",
			   "Bitte wählen Sie eine Sprache aus der Liste.");

	const char *h = query_value(r, "hausbesuch");
	w->hausbesuch = h && strcmp(h, "1") == 0;
	const char *k = query_value(r, "kostenlos");
	w->kostenlos = k && strcmp(k, "1") == 0;
}

/* q with "name=value" appended (value percent-encoded), "&" between. */
static const char *qadd(arena *a, const char *q, const char *name,
			const char *value)
{
	return arena_printf(a, "%s%s%s=%s", q, q[0] ? "&" : "", name,
			    url_component(a, value));
}

/* The answers as a query string ("alter=...&bedarf=..."), percent-encoded;
 * "" when there are none. */
static const char *wg_query(arena *a, const struct wg *w)
{
	const char *q = "";
	if (w->alter)
		q = qadd(a, q, "alter", w->alter);
	for (size_t i = 0; i < w->nbedarf; i++)
		q = qadd(a, q, "bedarf", w->bedarf[i]);
	if (w->plz)
		q = qadd(a, q, "plz", w->plz);
	if (w->muni)
		q = qadd(a, q, "gemeinde", w->muni->slug);
	if (w->sprache)
		q = qadd(a, q, "sprache", w->sprache);
	if (w->hausbesuch)
		q = qadd(a, q, "hausbesuch", "1");
	if (w->kostenlos)
		q = qadd(a, q, "kostenlos", "1");
	return q;
}

/* The answers as hidden fields (for the form to the handout). */
static void wg_hidden(buf *b, const struct wg *w)
{
	if (w->alter)
		html(b, "<input type=\"hidden\" name=\"alter\" value=\"%s\">",
		     w->alter);
	for (size_t i = 0; i < w->nbedarf; i++)
		html(b, "<input type=\"hidden\" name=\"bedarf\" value=\"%s\">",
		     w->bedarf[i]);
	if (w->plz)
		html(b, "<input type=\"hidden\" name=\"plz\" value=\"%s\">",
		     w->plz);
	if (w->muni)
		html(b,
		     "<input type=\"hidden\" name=\"gemeinde\" value=\"%s\">",
		     w->muni->slug);
	if (w->sprache)
		html(b, "<input type=\"hidden\" name=\"sprache\" value=\"%s\">",
		     w->sprache);
	if (w->hausbesuch)
		HTML_RAW(b, "<input type=\"hidden\" name=\"hausbesuch\" "
			    "value=\"1\">");
	if (w->kostenlos)
		HTML_RAW(b, "<input type=\"hidden\" name=\"kostenlos\" "
			    "value=\"1\">");
	HTML_RAW(b, "\n");
}

/* Is code among the chosen needs? */
static bool wg_has_need(const struct wg *w, const char *code)
{
	for (size_t i = 0; i < w->nbedarf; i++)
		if (strcmp(w->bedarf[i], code) == 0)
			return true;
	return false;
}

/* The questions, with the answers given and the errors next to their
 * fields. */
static void wg_form(struct req *r, const struct wg *w,
		    const struct form_errors *e)
{
	buf *b = &r->out;
	HTML_RAW(b, "<form method=\"get\" action=\"/wegweiser\" "
		    "class=\"lotse-wegweiser-form\" novalidate>\n");

	intern_fieldset_begin(b, e, "alter",
			      "Erwarten Sie ein Kind oder wie alt ist das "
			      "Kind?",
			      NULL, true, false);
	intern_radio(b, "alter", "", "Keine Angabe", !w->alter);
	for (const struct code *c = ages; c->code; c++)
		intern_radio(b, "alter", c->code,
			     strcmp(c->code, "schwangerschaft") == 0
				     ? "Wir erwarten ein Kind"
				     : c->label,
			     w->alter && strcmp(w->alter, c->code) == 0);
	intern_fieldset_end(b);

	intern_fieldset_begin(b, e, "bedarf",
			      "Wobei braucht die Familie Unterstützung?",
			      "Sie können mehrere Themen wählen.", true, false);
	for (const struct code *c = needs; c->code; c++) {
		html(b,
		     "<div class=\"kern-form-check lotse-wegweiser-need\">"
		     "<input class=\"kern-form-check__checkbox\" "
		     "type=\"checkbox\" id=\"bedarf-%s\" name=\"bedarf\" "
		     "value=\"%s\"%s>"
		     "<label class=\"kern-label\" for=\"bedarf-%s\">%s",
		     c->code, c->code,
		     wg_has_need(w, c->code) ? " checked" : "", c->code,
		     c->label);
		if (c->explain)
			html(b,
			     "<span class=\"lotse-wegweiser-need__explain\">"
			     "%s</span>",
			     c->explain);
		HTML_RAW(b, "</label></div>\n");
	}
	intern_fieldset_end(b);

	intern_fieldset_begin(b, e, "wo", "Wo wohnt die Familie?",
			      "Geben Sie die Postleitzahl ein oder wählen Sie "
			      "den Ort. Wir zeigen Angebote bis 25 km "
			      "Entfernung.",
			      true, false);
	form_input(b, e,
		   &(struct field){
			   .name = "plz",
			   .label = "Postleitzahl",
			   .type = "text",
			   .value = w->plz ? w->plz : query_value(r, "plz"),
			   .autocomplete = "postal-code",
			   .inputmode = "numeric",
			   .extra_class = "kern-form-input__input--width-5"});
	struct option *mopts = arena_calloc(r->a, w->nmunis + 1, sizeof *mopts);
	for (size_t i = 0; i < w->nmunis; i++)
		mopts[i] = (struct option){w->munis[i].slug, w->munis[i].name};
	form_select(b, e, "gemeinde", "Stadt oder Gemeinde", mopts,
		    w->muni ? w->muni->slug : NULL, "Egal", NULL);
	intern_fieldset_end(b);

	size_t nl = (size_t)code_count(languages);
	struct option *lopts = arena_calloc(r->a, nl + 1, sizeof *lopts);
	for (size_t i = 0; i < nl; i++)
		lopts[i] =
			(struct option){languages[i].code, languages[i].label};
	form_select(b, e, "sprache", "In welcher Sprache?", lopts, w->sprache,
		    "Egal",
		    "Wir zeigen Angebote, die es in dieser Sprache gibt.");

	intern_fieldset_begin(b, e, "mehr", "Was ist noch wichtig?", NULL, true,
			      false);
	form_checkbox(b, "hausbesuch", "1",
		      "Soll jemand nach Hause kommen? Ja, nur Angebote mit "
		      "Hausbesuch",
		      w->hausbesuch);
	form_checkbox(b, "kostenlos", "1",
		      "Muss es kostenlos sein? Ja, nur kostenlose Angebote",
		      w->kostenlos);
	intern_fieldset_end(b);
	form_submit(b, "Passende Angebote zeigen", true);
	HTML_RAW(b, "</form>\n");
}

/* The search for the answers. */
static void wg_params(const struct wg *w, struct search_params *p)
{
	memset(p, 0, sizeof *p);
	for (size_t i = 0; i < w->nbedarf; i++)
		p->needs[p->nneeds++] = w->bedarf[i];
	if (w->alter)
		p->ages[p->nages++] = w->alter;
	p->cost = w->kostenlos ? "kostenlos" : NULL;
	p->language = w->sprache;
	p->access = w->hausbesuch ? "geh" : NULL;
	p->municipality = w->muni ? w->muni->id : 0;
	p->postcode = w->plz;
	p->radius_km = w->plz ? WG_RADIUS_KM : 0;
	p->public_only = true;
	p->page = 1;
	p->per_page = WG_PER_PAGE;
}

/* No hit: what to change, and whom to call. */
static void wg_empty(struct req *r, db *d, const struct wg *w)
{
	buf *b = &r->out;
	HTML_RAW(b, "<div class=\"kern-alert kern-alert--info\" "
		    "role=\"status\"><div class=\"kern-alert__header\">"
		    "<span class=\"kern-icon kern-icon--info\" "
		    "aria-hidden=\"true\"></span><span class=\"kern-title\">"
		    "Zu diesen Angaben haben wir kein Angebot gefunden."
		    "</span></div><div class=\"kern-alert__body\">"
		    "<p class=\"kern-body\">Versuchen Sie es mit weniger "
		    "Angaben: zum Beispiel weniger Themen, ohne Sprache, ");
	if (w->hausbesuch || w->kostenlos)
		HTML_RAW(b, "ohne „nach Hause kommen“ oder „kostenlos“, ");
	HTML_RAW(b, "oder mit einem Ort in der Nähe.</p>");
	const char *phone = setting_get(d, r->a, "contact_phone");
	if (phone && phone[0]) {
		HTML_RAW(b,
			 "<p class=\"kern-body\">Oder rufen Sie die "
			 "Koordinierungsstelle an, wir helfen gern weiter: ");
		pub_phone_link(b, r->a, phone);
		HTML_RAW(b, "</p>");
	}
	HTML_RAW(b, "</div></div>\n");
}

/* The ranked hits, each with its reasons and a checkbox for the handout,
 * inside a GET form to /wegweiser/merkblatt carrying the answers. */
static void wg_results(struct req *r, db *d, const struct wg *w,
		       const struct search_result *res)
{
	buf *b = &r->out;
	HTML_RAW(b, "<section class=\"lotse-section lotse-wegweiser-results\" "
		    "aria-labelledby=\"ergebnisse\">"
		    "<h2 id=\"ergebnisse\" class=\"kern-heading-medium\">"
		    "Passende Angebote</h2>\n");
	if (res->n == 0) {
		wg_empty(r, d, w);
		HTML_RAW(b, "</section>\n");
		return;
	}
	if (res->total > (int64_t)res->n)
		html(b,
		     "<p class=\"kern-body\" role=\"status\">Wir haben %lld "
		     "Angebote gefunden. Hier sind die %zu, die am besten "
		     "passen.</p>\n",
		     (long long)res->total, res->n);
	else
		html(b,
		     "<p class=\"kern-body\" role=\"status\">Wir haben %zu "
		     "%s gefunden.</p>\n",
		     res->n, res->n == 1 ? "Angebot" : "Angebote");
	HTML_RAW(b, "<form method=\"get\" action=\"/wegweiser/merkblatt\">\n");
	wg_hidden(b, w);
	HTML_RAW(b, "<ol class=\"lotse-wegweiser-hits\">\n");
	for (size_t i = 0; i < res->n; i++) {
		const struct search_hit *h = &res->hits[i];
		html(b,
		     "<li class=\"lotse-wegweiser-hit\"><h3 "
		     "class=\"kern-heading-small\"><a class=\"kern-link\" "
		     "href=\"/angebote/%lld\">%s</a></h3>"
		     "<p class=\"kern-body kern-body--muted\">%s",
		     (long long)h->id, h->title, h->org_name);
		HTML_RAW(b, "</p>");
		if (h->nreasons) {
			HTML_RAW(b, "<ul class=\"lotse-wegweiser-reasons\" "
				    "aria-label=\"Darum passt es\">");
			for (size_t j = 0; j < h->nreasons; j++)
				html(b, "<li>%s</li>", h->reasons[j]);
			HTML_RAW(b, "</ul>");
		}
		html(b,
		     "<div class=\"kern-form-check\">"
		     "<input class=\"kern-form-check__checkbox\" "
		     "type=\"checkbox\" id=\"wahl-%lld\" name=\"wahl\" "
		     "value=\"%lld\"><label class=\"kern-label\" "
		     "for=\"wahl-%lld\">für das Merkblatt auswählen<span "
		     "class=\"kern-sr-only\">: %s</span></label></div></li>\n",
		     (long long)h->id, (long long)h->id, (long long)h->id,
		     h->title);
	}
	HTML_RAW(b, "</ol>\n");
	form_submit(b, "Merkblatt zum Ausdrucken erstellen", true);
	HTML_RAW(b, "</form></section>\n");
}

void page_wegweiser(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct wg w;
	struct form_errors e = {0};
	wg_read(r, d, &w, &e);
	struct search_result res = {0};
	if (w.submitted && !e.n) {
		struct search_params p;
		wg_params(&w, &p);
		if (search_offers(d, r->a, &p, &res) < 0) {
			resp_error(r, 500,
				   "Die Suche hat gerade nicht geklappt. "
				   "Bitte versuchen Sie es gleich noch "
				   "einmal.");
			return;
		}
		if (res.postcode_unknown)
			form_error(&e, "plz",
				   "Diese Postleitzahl kennen wir nicht. "
				   "Bitte prüfen Sie sie.");
	}
	if (e.n)
		r->status = 400;

	web_begin(r, "Lotse: passende Angebote finden");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<h1 class=\"kern-heading-large\">Der Lotse: passende "
		 "Angebote finden</h1>\n"
		 "<p class=\"kern-body kern-body--large\">Beantworten Sie ein "
		 "paar kurze Fragen. Alle Fragen sind freiwillig. Wir zeigen "
		 "die Angebote, die am besten passen. Ihre Angaben werden "
		 "nicht gespeichert.</p>\n");
	form_error_summary(b, &e);
	wg_form(r, &w, &e);
	if (w.submitted && !e.n)
		wg_results(r, d, &w, &res);
	web_end(r);
}

/* --- /wegweiser/merkblatt --------------------------------------------------- */

/* The first sentences of text, at most about max bytes, cut at a space
 * (never inside a UTF-8 sequence), with "…" when shortened. */
static const char *shorten(arena *a, const char *text, size_t max)
{
	size_t n = strcspn(text, "\n");
	if (n <= max)
		return arena_printf(a, "%.*s", (int)n, text);
	size_t cut = max;
	while (cut > 0 && text[cut] != ' ')
		cut--;
	if (cut == 0) {
		cut = max;
		while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
			cut--;
	}
	return arena_printf(a, "%.*s …", (int)cut, text);
}

/* The labels of the codes in v, in the order of list, comma-separated. */
static void labels(buf *b, const struct code *list, const char *const *v,
		   size_t n)
{
	bool first = true;
	for (const struct code *c = list; c->code; c++)
		for (size_t i = 0; i < n; i++)
			if (strcmp(v[i], c->code) == 0) {
				html(b, "%s%s", first ? "" : ", ", c->label);
				first = false;
				break;
			}
}

/* One offer on the handout. */
static void handout_offer(struct req *r, const struct offer *o,
			  const struct organisation *org)
{
	buf *b = &r->out;
	html(b,
	     "<li class=\"lotse-handout__offer\"><h2 "
	     "class=\"kern-heading-small\">%s</h2>"
	     "<p class=\"kern-body lotse-handout__org\">%s</p>"
	     "<p class=\"kern-body\">%s</p>"
	     "<dl class=\"kern-description-list\">",
	     o->title, org->name, shorten(r->a, o->description, 280));
	if (o->nages || o->nneeds) {
		pub_dt_open(b, "Für wen");
		labels(b, ages, o->ages, o->nages);
		if (o->nages && o->nneeds)
			HTML_RAW(b, "; ");
		labels(b, needs, o->needs, o->nneeds);
		pub_dd_close(b);
	}
	for (size_t i = 0; i < o->nloc; i++) {
		const struct offer_location *l = &o->loc[i];
		pub_dt_open(b, o->nloc > 1 ? "Ort und Zeiten" : "Wo und wann");
		if (l->name[0])
			html(b, "%s<br>", l->name);
		if (l->street[0])
			html(b, "%s<br>", l->street);
		if (l->postcode[0] || l->city[0])
			html(b, "%s%s%s<br>", l->postcode,
			     l->postcode[0] && l->city[0] ? " " : "", l->city);
		if (l->schedule[0])
			web_paragraphs(b, l->schedule);
		pub_dd_close(b);
	}
	const char *phone = o->phone, *email = o->email, *web = o->web;
	if (!phone[0] && !email[0] && !web[0]) {
		phone = org->phone;
		email = org->email;
		web = org->web;
	}
	if (phone[0]) {
		pub_dt_open(b, "Telefon");
		html(b, "%s", phone);
		pub_dd_close(b);
	}
	if (email[0]) {
		pub_dt_open(b, "E-Mail");
		html(b, "%s", email);
		pub_dd_close(b);
	}
	if (web[0]) {
		pub_dt_open(b, "Internet");
		html(b, "%s", web);
		pub_dd_close(b);
	}
	pub_dt_open(b, "Kosten");
	html(b, "%s", code_label(costs, o->cost));
	if (o->cost_note[0])
		html(b, " (%s)", o->cost_note);
	pub_dd_close(b);
	if (o->nlangs) {
		pub_dt_open(b, "Sprachen");
		labels(b, languages, o->langs, o->nlangs);
		pub_dd_close(b);
	}
	HTML_RAW(b, "</dl></li>\n");
}

/* The absolute address of this handout when the Host header is plain
 * (letters, digits, ".", ":", "-"), else the path only. */
static const char *handout_url(struct req *r, const char *query)
{
	const char *host = req_header(r, "Host");
	bool plain = host && host[0];
	for (const char *p = host; plain && *p; p++)
		plain = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
			(*p >= '0' && *p <= '9') || *p == '.' || *p == ':' ||
			*p == '-';
	const char *path = arena_printf(r->a, "/wegweiser/merkblatt?%s", query);
	if (!plain)
		return path;
	return arena_printf(r->a, "%s://%s%s", r->tls ? "https" : "http", host,
			    path);
}

void page_wegweiser_handout(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct wg w;
	struct form_errors e = {0};
	wg_read(r, d, &w, &e);
	/* The answers only lead back to the search; wrong ones are left
	 * out rather than refused. */
	if (form_error_for(&e, "alter"))
		w.alter = NULL;
	if (form_error_for(&e, "plz"))
		w.plz = NULL;
	if (form_error_for(&e, "sprache"))
		w.sprache = NULL;

	const char *v[WG_MAX_CHOICES];
	size_t n = params_get_all(&r->query, "wahl", v, WG_MAX_CHOICES);
	if (n > WG_MAX_CHOICES)
		n = WG_MAX_CHOICES;
	struct offer *offers = arena_calloc(r->a, n + 1, sizeof *offers);
	struct organisation *orgs = arena_calloc(r->a, n + 1, sizeof *orgs);
	int64_t ids[WG_MAX_CHOICES];
	size_t k = 0;
	char today[11];
	offer_today(today);
	for (size_t i = 0; i < n; i++) {
		int64_t id;
		if (!parse_int(v[i], 1, INT64_MAX, &id))
			continue;
		bool dup = false;
		for (size_t j = 0; j < k && !dup; j++)
			dup = ids[j] == id;
		if (dup || offer_get(d, r->a, id, &offers[k]) < 0 ||
		    !offer_is_public(&offers[k], today) ||
		    org_get(d, r->a, offers[k].org_id, &orgs[k]) < 0 ||
		    !pub_org_active(&orgs[k]))
			continue;
		ids[k++] = id;
	}

	const char *search = wg_query(r->a, &w);
	const char *q = search;
	for (size_t i = 0; i < k; i++)
		q = qadd(r->a, q, "wahl",
			 arena_printf(r->a, "%lld", (long long)ids[i]));

	web_begin(r, "Merkblatt: Angebote für Ihre Familie");
	buf *b = &r->out;
	html(b,
	     "<p class=\"lotse-back lotse-handout__back\"><a "
	     "class=\"kern-link\" href=\"/wegweiser%s%s\">Zurück zur "
	     "Suche</a></p>\n",
	     search[0] ? "?" : "", search);
	HTML_RAW(b, "<article class=\"lotse-handout\">"
		    "<h1 class=\"kern-heading-large\">Angebote für Ihre "
		    "Familie</h1>\n");
	if (k == 0) {
		HTML_RAW(b, "<p class=\"kern-body\" role=\"status\">Sie haben "
			    "noch kein Angebot ausgewählt. Gehen Sie zurück "
			    "zur Suche und kreuzen Sie „für das Merkblatt "
			    "auswählen“ an.</p></article>\n");
		web_end(r);
		return;
	}
	HTML_RAW(b, "<p class=\"kern-body lotse-handout__print\">Mit Strg+P "
		    "drucken (auf dem Mac: Cmd+P).</p>\n"
		    "<ol class=\"lotse-handout__list\">\n");
	for (size_t i = 0; i < k; i++)
		handout_offer(r, &offers[i], &orgs[i]);
	HTML_RAW(b, "</ol>\n<div class=\"lotse-handout__qr\">");
	const char *url = handout_url(r, q);
	if (qr_svg(b, url, "QR-Code: Diese Liste online öffnen", 128) == 0)
		HTML_RAW(b, "<p class=\"kern-body\">Diese Liste online "
			    "öffnen</p>");
	const char *phone = setting_get(d, r->a, "contact_phone");
	if (phone && phone[0])
		html(b,
		     "<p class=\"kern-body\">Fragen? Die Koordinierungsstelle "
		     "hilft gern: %s</p>",
		     phone);
	HTML_RAW(b, "</div></article>\n");
	web_end(r);
}
