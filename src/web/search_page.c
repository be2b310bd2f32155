/*
 * search_page.c - the public search for families (GET /angebote): a search
 * box and filter groups with the number of offers for every value (facets
 * from search_offers), the hits with the reasons they fit, paging, the
 * active filters each removable with a link, and a helpful page when
 * nothing is found.
 *
 * One GET form, so that it works without JavaScript and every result page
 * has an address that can be shared. Parameters (DESIGN.md, "HTTP"): q,
 * bedarf and alter (repeatable), plz, umkreis (5, 10, 25, 50 km), kosten,
 * sprache, zugang, gemeinde (slug), seite, sortierung (relevanz,
 * entfernung). A bad value answers 400 with the message next to its field.
 * The page sets no cookie; the access log shows only the path.
 *
 * Calls: search (search_offers, geo), domain (codes, region, settings).
 */
#include <stdio.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/coverage.h"
#include "domain/region.h"
#include "domain/settings.h"
#include "search/geo.h"
#include "search/search.h"
#include "web/directory_public.h"
#include "web/search_map.h"
#include "web/web.h"

#define SEARCH_PER_PAGE 20
#define Q_MAX 200

/* The search as the visitor asked for it (the values of the URL). */
struct query {
	const char *q;
	const char *needs[SEARCH_MAX_VALUES];
	size_t nneeds;
	const char *ages[SEARCH_MAX_VALUES];
	size_t nages;
	const char *plz, *umkreis, *kosten, *sprache, *zugang, *gemeinde, *sort;
	int64_t page;
};

static const char *const radii[] = {"5", "10", "25", "50", NULL};

/* A query value, NULL when missing or empty. */
static const char *qval(struct req *r, const char *name)
{
	const char *v = req_query(r, name);
	return v && *v ? v : NULL;
}

/* Appends name=value to the query string s (NULL or empty values not). */
static char *add_param(arena *a, char *s, const char *name, const char *value)
{
	if (!value || !*value)
		return s;
	return arena_printf(a, "%s%s%s=%s", s, s[0] ? "&" : "", name,
			    url_component(a, value));
}

/* Records a search that found nothing: the words (search_miss_record
 * drops numbers and addresses) and the need, age group and municipality
 * codes - never the postcode. */
static void miss_record(struct req *r, db *d, const struct query *q,
			const char *muni_slug)
{
	char *f = "";
	for (size_t i = 0; i < q->nneeds; i++)
		f = add_param(r->a, f, "bedarf", q->needs[i]);
	for (size_t i = 0; i < q->nages; i++)
		f = add_param(r->a, f, "alter", q->ages[i]);
	f = add_param(r->a, f, "gemeinde", muni_slug);
	search_miss_record(d, q->q, f);
}

/* The address of the search q (page 1 is left out). */
static const char *query_url(arena *a, const struct query *q)
{
	char *s = arena_strdup(a, "");
	s = add_param(a, s, "q", q->q);
	for (size_t i = 0; i < q->nneeds; i++)
		s = add_param(a, s, "bedarf", q->needs[i]);
	for (size_t i = 0; i < q->nages; i++)
		s = add_param(a, s, "alter", q->ages[i]);
	s = add_param(a, s, "plz", q->plz);
	s = add_param(a, s, "umkreis", q->umkreis);
	s = add_param(a, s, "kosten", q->kosten);
	s = add_param(a, s, "sprache", q->sprache);
	s = add_param(a, s, "zugang", q->zugang);
	s = add_param(a, s, "gemeinde", q->gemeinde);
	s = add_param(a, s, "sortierung", q->sort);
	if (q->page > 1)
		s = add_param(a, s, "seite",
			      arena_printf(a, "%lld", (long long)q->page));
	return s[0] ? arena_printf(a, "/angebote?%s", s) : "/angebote";
}

/* Removes entry i of a list of n values. */
static void drop(const char **v, size_t *n, size_t i)
{
	memmove(&v[i], &v[i + 1], (*n - i - 1) * sizeof *v);
	(*n)--;
}

/* Reads and checks the parameters; errors go into e, by field. */
static void read_query(struct req *r, const struct region *munis, size_t nm,
		       struct query *q, const struct region **muni,
		       struct form_errors *e)
{
	memset(q, 0, sizeof *q);
	q->q = qval(r, "q");
	if (q->q && strlen(q->q) > Q_MAX)
		form_error(e, "q",
			   "Bitte geben Sie höchstens 200 Zeichen ein.");
	const char *v[SEARCH_MAX_VALUES + 1];
	size_t n = params_get_all(&r->query, "bedarf", v, SEARCH_MAX_VALUES);
	for (size_t i = 0; i < n && i < SEARCH_MAX_VALUES; i++) {
		if (!v[i][0])
			continue;
		if (!code_find(needs, v[i]))
			form_error(
				e, "bedarf",
				"Bitte wählen Sie nur Themen aus der Liste.");
		else
			q->needs[q->nneeds++] = v[i];
	}
	n = params_get_all(&r->query, "alter", v, SEARCH_MAX_VALUES);
	for (size_t i = 0; i < n && i < SEARCH_MAX_VALUES; i++) {
		if (!v[i][0])
			continue;
		if (!code_find(ages, v[i]))
			form_error(e, "alter",
				   "Bitte wählen Sie nur Altersangaben aus der "
				   "Liste.");
		else
			q->ages[q->nages++] = v[i];
	}
	q->plz = qval(r, "plz");
	double lat, lon;
	if (q->plz && !geo_postcode_valid(q->plz))
		form_error(e, "plz",
			   "Bitte geben Sie eine Postleitzahl mit fünf Ziffern "
			   "ein, zum Beispiel 29614.");
	else if (q->plz && !geo_postcode(q->plz, &lat, &lon, NULL, 0))
		form_error(e, "plz",
			   "Diese Postleitzahl kennen wir nicht. Bitte prüfen "
			   "Sie sie.");
	q->umkreis = qval(r, "umkreis");
	if (q->umkreis) {
		bool known = false;
		for (size_t i = 0; radii[i] && !known; i++)
			known = strcmp(radii[i], q->umkreis) == 0;
		if (!known)
			form_error(e, "umkreis",
				   "Bitte wählen Sie einen Umkreis aus der "
				   "Liste.");
		else if (!q->plz)
			form_error(e, "plz",
				   "Für den Umkreis brauchen wir Ihre "
				   "Postleitzahl.");
	}
	q->kosten = qval(r, "kosten");
	if (q->kosten && !code_find(costs, q->kosten))
		form_error(e, "kosten",
			   "Bitte wählen Sie bei den Kosten einen Wert aus der "
			   "Liste.");
	q->sprache = qval(r, "sprache");
	if (q->sprache && !code_find(languages, q->sprache))
		form_error(e, "sprache",
			   "Bitte wählen Sie eine Sprache aus der Liste.");
	q->zugang = qval(r, "zugang");
	if (q->zugang && !code_find(accesses, q->zugang))
		form_error(e, "zugang",
			   "Bitte wählen Sie eine Art des Angebots aus der "
			   "Liste.");
	q->gemeinde = qval(r, "gemeinde");
	*muni = NULL;
	for (size_t i = 0; q->gemeinde && i < nm; i++)
		if (strcmp(munis[i].slug, q->gemeinde) == 0)
			*muni = &munis[i];
	if (q->gemeinde && !*muni)
		form_error(e, "gemeinde",
			   "Bitte wählen Sie eine Stadt oder Gemeinde aus der "
			   "Liste.");
	q->sort = qval(r, "sortierung");
	if (q->sort && strcmp(q->sort, "relevanz") != 0 &&
	    strcmp(q->sort, "entfernung") != 0)
		form_error(e, "sortierung",
			   "Bitte wählen Sie eine Sortierung aus der Liste.");
	q->page = 1;
	const char *s = qval(r, "seite");
	if (s && !parse_int(s, 1, 100000, &q->page)) {
		q->page = 1;
		form_error(e, "seite",
			   "Die Seitenzahl muss eine ganze Zahl ab 1 sein.");
	}
}

/* The start of a filter group: a fieldset with its legend and, when the
 * group's parameter was refused, the message. */
static void group_begin(buf *b, const struct form_errors *e, const char *id,
			const char *legend)
{
	const char *err = form_error_for(e, id);
	html(b, "<fieldset class=\"kern-fieldset lotse-facet%s\" id=\"%s\"",
	     err ? " kern-fieldset--error" : "", id);
	if (err)
		html(b, " aria-describedby=\"%s-error\"", id);
	html(b, "><legend class=\"kern-label\">%s</legend>\n", legend);
	if (err)
		html(b,
		     "<p class=\"kern-error\" id=\"%s-error\">"
		     "<span class=\"kern-icon kern-icon--danger\" "
		     "aria-hidden=\"true\"></span>"
		     "<span class=\"kern-body\">%s</span></p>\n",
		     id, err);
	HTML_RAW(b, "<div class=\"kern-fieldset__body\">\n");
}

static void group_end(buf *b)
{
	HTML_RAW(b, "</div></fieldset>\n");
}

/* One checkbox or radio button of a filter group with its count; a value
 * without hits is muted and disabled unless it is chosen. count < 0: no
 * count (the "all" choice). */
static void facet_value(buf *b, const char *type, const char *name,
			const char *value, const char *label, int64_t count,
			bool checked)
{
	const char *v = value[0] ? value : "alle";
	bool off = count == 0 && !checked;
	html(b,
	     "<div class=\"kern-form-check%s\">"
	     "<input class=\"kern-form-check__%s\" type=\"%s\" id=\"%s-%s\" "
	     "name=\"%s\" value=\"%s\"%s%s>"
	     "<label class=\"kern-label\" for=\"%s-%s\">%s",
	     off ? " lotse-facet__value--empty" : "",
	     strcmp(type, "radio") == 0 ? "radio" : "checkbox", type, name, v,
	     name, value, checked ? " checked" : "", off ? " disabled" : "",
	     name, v, label);
	if (count >= 0)
		html(b,
		     " <span class=\"lotse-facet__count\">(%lld<span "
		     "class=\"kern-sr-only\"> Angebote</span>)</span>",
		     (long long)count);
	HTML_RAW(b, "</label></div>\n");
}

static bool chosen(const char *const *v, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], code) == 0)
			return true;
	return false;
}

/* A radio group over a code list with its facet and an "all" choice. With
 * only_found, values without hits are left out (unless chosen). */
static void code_radios(buf *b, const struct form_errors *e, const char *name,
			const char *legend, const char *all,
			const struct code *list, const struct search_facet *f,
			size_t nf, const char *current, bool only_found)
{
	group_begin(b, e, name, legend);
	facet_value(b, "radio", name, "", all, -1, !current);
	for (size_t i = 0; i < nf && list[i].code; i++) {
		bool on = current && strcmp(current, list[i].code) == 0;
		if (only_found && !f[i].count && !on)
			continue;
		facet_value(b, "radio", name, list[i].code, list[i].label,
			    f[i].count, on);
	}
	group_end(b);
}

/* A checkbox group over a code list with its facet. */
static void code_checks(buf *b, const struct form_errors *e, const char *name,
			const char *legend, const struct code *list,
			const struct search_facet *f, size_t nf,
			const char *const *current, size_t ncurrent)
{
	group_begin(b, e, name, legend);
	for (size_t i = 0; i < nf && list[i].code; i++)
		facet_value(b, "checkbox", name, list[i].code, list[i].label,
			    f[i].count,
			    chosen(current, ncurrent, list[i].code));
	group_end(b);
}

/* The place group: postcode, radius, municipality and the order. */
static void place_group(struct req *r, const struct form_errors *e,
			const struct query *q, const struct region *munis,
			size_t nm, const struct search_result *res)
{
	buf *b = &r->out;
	form_input(b, e,
		   &(struct field){.name = "plz",
				   .label = "Ihre Postleitzahl",
				   .value = q->plz,
				   .hint = "Dann zeigen wir, wie weit es ist.",
				   .autocomplete = "postal-code",
				   .inputmode = "numeric",
				   .extra_class =
					   "kern-form-input__input--width-5"});
	static const struct option ropts[] = {{"5", "bis 5 km"},
					      {"10", "bis 10 km"},
					      {"25", "bis 25 km"},
					      {"50", "bis 50 km"},
					      {NULL, NULL}};
	form_select(b, e, "umkreis", "Umkreis", ropts, q->umkreis,
		    "Beliebig weit",
		    "Angebote, die zu Ihnen nach Hause kommen oder am Telefon "
		    "oder online beraten, zeigen wir immer.");
	group_begin(b, e, "sortierung", "Reihenfolge");
	facet_value(b, "radio", "sortierung", "relevanz", "Passt am besten", -1,
		    !q->sort || strcmp(q->sort, "relevanz") == 0);
	facet_value(b, "radio", "sortierung", "entfernung",
		    "Am nächsten (mit Postleitzahl)", -1,
		    q->sort && strcmp(q->sort, "entfernung") == 0);
	group_end(b);
	group_begin(b, e, "gemeinde", "Stadt oder Gemeinde");
	facet_value(b, "radio", "gemeinde", "", "Alle Orte", -1, !q->gemeinde);
	for (size_t i = 0; i < nm; i++) {
		int64_t count = 0;
		for (size_t k = 0; k < res->facets.n_municipalities; k++)
			if (res->facets.municipalities[k].region_id ==
			    munis[i].id)
				count = res->facets.municipalities[k].count;
		facet_value(b, "radio", "gemeinde", munis[i].slug,
			    munis[i].name, count,
			    q->gemeinde &&
				    strcmp(q->gemeinde, munis[i].slug) == 0);
	}
	group_end(b);
}

/* One removable active filter: a link to the same search without it. */
static void active_link(struct req *r, const struct query *without,
			const char *what, const char *value)
{
	html(&r->out,
	     "<li><a class=\"kern-link lotse-active__link\" href=\"%s\">"
	     "%s: %s <span aria-hidden=\"true\">×</span><span "
	     "class=\"kern-sr-only\"> (Filter entfernen)</span></a></li>",
	     query_url(r->a, without), what, value);
}

/* The active filters, each with a link that removes it; false when there
 * is none. */
static bool active_filters(struct req *r, const struct query *q,
			   const struct region *muni)
{
	bool any = q->nneeds || q->nages || q->plz || q->kosten || q->sprache ||
		   q->zugang || q->gemeinde;
	if (!any)
		return false;
	buf *b = &r->out;
	HTML_RAW(b, "<div class=\"lotse-active\"><h2 class=\"kern-heading-"
		    "small\" id=\"aktive-filter\">Ihre Auswahl</h2>"
		    "<ul class=\"lotse-active__list\" "
		    "aria-labelledby=\"aktive-filter\">");
	struct query w;
	for (size_t i = 0; i < q->nneeds; i++) {
		w = *q;
		w.page = 1;
		drop(w.needs, &w.nneeds, i);
		active_link(r, &w, "Thema", code_label(needs, q->needs[i]));
	}
	for (size_t i = 0; i < q->nages; i++) {
		w = *q;
		w.page = 1;
		drop(w.ages, &w.nages, i);
		active_link(r, &w, "Alter", code_label(ages, q->ages[i]));
	}
#define ACTIVE(field, what, label)                                             \
	if (q->field) {                                                        \
		w = *q;                                                        \
		w.page = 1;                                                    \
		w.field = NULL;                                                \
		active_link(r, &w, what, label);                               \
	}
	if (q->plz) {
		w = *q;
		w.page = 1;
		w.plz = w.umkreis = NULL;
		active_link(r, &w, "Postleitzahl",
			    q->umkreis ? arena_printf(r->a, "%s, bis %s km",
						      q->plz, q->umkreis)
				       : q->plz);
	}
	ACTIVE(gemeinde, "Ort", muni ? muni->name : q->gemeinde)
	ACTIVE(kosten, "Kosten", code_label(costs, q->kosten))
	ACTIVE(zugang, "Art", code_label(accesses, q->zugang))
	ACTIVE(sprache, "Sprache", code_label(languages, q->sprache))
#undef ACTIVE
	w = (struct query){.q = q->q, .page = 1};
	html(b,
	     "</ul><p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"%s\">Alle Filter entfernen</a></p></div>\n",
	     query_url(r->a, &w));
	return true;
}

/* The hits of this page. */
static void hit_list(struct req *r, const struct search_result *res)
{
	buf *b = &r->out;
	HTML_RAW(b, "<ol class=\"lotse-results\">\n");
	for (size_t i = 0; i < res->n; i++) {
		const struct search_hit *h = &res->hits[i];
		html(b,
		     "<li class=\"lotse-results__item\"><h3 "
		     "class=\"kern-heading-small\"><a class=\"kern-link\" "
		     "href=\"/angebote/%lld\">%s</a></h3>"
		     "<p class=\"kern-body kern-body--muted\">%s</p>",
		     (long long)h->id, h->title, h->org_name);
		if (h->nreasons) {
			HTML_RAW(b, "<ul class=\"lotse-reasons\" "
				    "aria-label=\"Warum dieses Angebot\">");
			for (size_t k = 0; k < h->nreasons; k++)
				html(b,
				     "<li class=\"kern-badge kern-badge--info "
				     "kern-badge--small\"><span "
				     "class=\"kern-label kern-label--small\">"
				     "%s</span></li>",
				     h->reasons[k]);
			HTML_RAW(b, "</ul>");
		}
		HTML_RAW(b, "</li>\n");
	}
	HTML_RAW(b, "</ol>\n");
}

/* "Seite 2 von 7" with links to the previous and the next page. */
static void paging(struct req *r, const struct query *q, int64_t total)
{
	int64_t pages = (total + SEARCH_PER_PAGE - 1) / SEARCH_PER_PAGE;
	if (pages <= 1 && q->page <= 1)
		return;
	buf *b = &r->out;
	HTML_RAW(b, "<nav class=\"lotse-paging\" aria-label=\"Seiten\">");
	struct query w = *q;
	if (q->page > 1) {
		w.page = q->page - 1 < pages ? q->page - 1 : pages;
		html(b,
		     "<a class=\"kern-link\" rel=\"prev\" href=\"%s\">"
		     "Vorherige Seite</a>",
		     query_url(r->a, &w));
	}
	html(b, "<span class=\"kern-body\">Seite %lld von %lld</span>",
	     (long long)q->page, (long long)(pages ? pages : 1));
	if (q->page < pages) {
		w.page = q->page + 1;
		html(b,
		     "<a class=\"kern-link\" rel=\"next\" href=\"%s\">"
		     "Nächste Seite</a>",
		     query_url(r->a, &w));
	}
	HTML_RAW(b, "</nav>\n");
}

/* Nothing found: what to change, and whom to call. */
static void no_result(struct req *r, db *d, const struct query *q)
{
	buf *b = &r->out;
	HTML_RAW(b, "<div class=\"lotse-none\"><h2 class=\"kern-heading-"
		    "medium\">Leider haben wir kein passendes Angebot "
		    "gefunden</h2><p class=\"kern-body\">Das können Sie "
		    "tun:</p><ul class=\"kern-list\">");
	if (q->nneeds || q->nages || q->kosten || q->sprache || q->zugang ||
	    q->gemeinde)
		HTML_RAW(b, "<li>Entfernen Sie einen Filter oben bei „Ihre "
			    "Auswahl“.</li>");
	if (q->umkreis)
		HTML_RAW(b, "<li>Wählen Sie einen größeren Umkreis.</li>");
	if (q->q)
		HTML_RAW(b, "<li>Versuchen Sie andere oder weniger Wörter, "
			    "zum Beispiel „Beratung“ statt "
			    "„Erziehungsberatungsstelle“.</li>");
	HTML_RAW(b, "<li><a class=\"kern-link\" href=\"/angebote\">Alle "
		    "Angebote ansehen</a></li></ul>");
	const char *phone = setting_get(d, r->a, "contact_phone");
	if (phone && phone[0]) {
		HTML_RAW(b, "<p class=\"kern-body\">Oder rufen Sie uns an – "
			    "wir helfen Ihnen gern, kostenlos und "
			    "vertraulich: ");
		pub_phone_link(b, r->a, phone);
		HTML_RAW(b, "</p>");
	}
	HTML_RAW(b, "</div>\n");
}

/* The notes about the words (S2): a corrected word or a suggestion
 * ("Meinten Sie …?", a link that searches for it), and a looser match
 * when no offer had all the words. */
static void search_notes(struct req *r, const struct query *q,
			 const struct search_result *res)
{
	buf *b = &r->out;
	if (res->suggestion && q->q) {
		struct query w = *q;
		w.q = res->suggestion;
		w.page = 1;
		HTML_RAW(b, "<p class=\"kern-body lotse-search-note\">");
		if (res->corrected)
			html(b, "Zu „%s“ haben wir nichts gefunden. ", q->q);
		html(b,
		     "Meinten Sie <a class=\"kern-link\" href=\"%s\">„%s“</a>?",
		     query_url(r->a, &w), res->suggestion);
		if (res->corrected)
			HTML_RAW(b, " Gezeigt werden die Angebote dazu.");
		HTML_RAW(b, "</p>\n");
	}
	if (res->loosened)
		HTML_RAW(b, "<p class=\"kern-body lotse-search-note\">Keine "
			    "Angebote mit allen Wörtern gefunden – gezeigt "
			    "werden Angebote mit einem der Wörter.</p>\n");
}

/* GET /angebote */
void page_search(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct region *munis;
	size_t nm = region_list(d, r->a, "municipality", &munis);
	struct form_errors e = {0};
	struct query q;
	const struct region *muni;
	read_query(r, munis, nm, &q, &muni, &e);

	struct search_result res;
	memset(&res, 0, sizeof res);
	bool failed = false;
	if (!e.n) {
		struct search_params p = {
			.q = q.q,
			.nneeds = q.nneeds,
			.nages = q.nages,
			.cost = q.kosten,
			.language = q.sprache,
			.access = q.zugang,
			.municipality = muni ? muni->id : 0,
			.postcode = q.plz,
			.public_only = true,
			.page = q.page,
			.per_page = SEARCH_PER_PAGE,
			.facets = true,
			.sort_distance =
				q.sort && strcmp(q.sort, "entfernung") == 0};
		memcpy(p.needs, q.needs, sizeof q.needs);
		memcpy(p.ages, q.ages, sizeof q.ages);
		int64_t km = 0;
		if (q.umkreis && parse_int(q.umkreis, 1, 50, &km))
			p.radius_km = (double)km;
		failed = search_offers(d, r->a, &p, &res) != 0;
		/* For the coordination office's gaps (coverage.h): folded
		 * words and filter codes only, counted per week. */
		if (!failed && res.total == 0 && q.page <= 1 && !r->is_head)
			miss_record(r, d, &q, muni ? muni->slug : NULL);
	}
	/* After a refused parameter the groups show the counts of all
	 * public offers. */
	if (!res.facets.needs) {
		struct search_result all;
		struct search_params none = {.public_only = true,
					     .facets = true,
					     .page = 1,
					     .per_page = 1};
		search_offers(d, r->a, &none, &all);
		res.facets = all.facets;
	}

	web_begin(r, "Angebote suchen");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<h1 class=\"kern-heading-large\">Angebote suchen</h1>\n"
		 "<p class=\"kern-body kern-body--large\">Finden Sie Hilfe und "
		 "Begleitung für Ihre Familie – in der Schwangerschaft und mit "
		 "Kindern. Suchen Sie nach einem Wort oder wählen Sie aus, was "
		 "zu Ihnen passt.</p>\n");
	form_error_summary(b, &e);
	HTML_RAW(b, "<form method=\"get\" action=\"/angebote\" "
		    "class=\"lotse-search\" role=\"search\" "
		    "aria-label=\"Angebote suchen\">\n"
		    "<div class=\"lotse-search__box\">");
	form_input(b, &e,
		   &(struct field){.name = "q",
				   .label = "Wonach suchen Sie?",
				   .type = "search",
				   .value = q.q,
				   .hint = "Zum Beispiel „Hebamme“, „Stillen“ "
					   "oder „Beratung“"});
	form_submit(b, "Suchen", true);
	HTML_RAW(b, "</div>\n<div class=\"lotse-search__layout\">"
		    "<div class=\"lotse-search__filters\">"
		    "<h2 class=\"kern-heading-small\">Filter</h2>\n");
	const struct search_facets *f = &res.facets;
	code_checks(b, &e, "bedarf", "Thema", needs, f->needs, f->n_needs,
		    q.needs, q.nneeds);
	code_checks(b, &e, "alter", "Alter des Kindes", ages, f->ages,
		    f->n_ages, q.ages, q.nages);
	place_group(r, &e, &q, munis, nm, &res);
	code_radios(b, &e, "kosten", "Kosten", "Egal", costs, f->costs,
		    f->n_costs, q.kosten, false);
	code_radios(b, &e, "zugang", "Art des Angebots", "Egal", accesses,
		    f->accesses, f->n_accesses, q.zugang, false);
	code_radios(b, &e, "sprache", "Sprache", "Alle Sprachen", languages,
		    f->languages, f->n_languages, q.sprache, true);
	form_submit(b, "Filter anwenden", false);
	HTML_RAW(b, "</div>\n<section class=\"lotse-search__results\" "
		    "aria-labelledby=\"ergebnis\">\n");
	if (e.n) {
		r->status = 400;
		const char *perr = form_error_for(&e, "seite");
		if (perr)
			html(b,
			     "<p class=\"kern-error\" id=\"seite\"><span "
			     "class=\"kern-icon kern-icon--danger\" "
			     "aria-hidden=\"true\"></span><span "
			     "class=\"kern-body\">%s</span></p>\n",
			     perr);
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\" "
			    "id=\"ergebnis\">Bitte prüfen Sie Ihre "
			    "Auswahl</h2></section></div></form>\n");
		web_end(r);
		return;
	}
	if (failed) {
		r->status = 500;
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\" "
			    "id=\"ergebnis\">Die Suche ist gerade gestört. "
			    "Bitte versuchen Sie es gleich noch "
			    "einmal.</h2></section></div></form>\n");
		web_end(r);
		return;
	}
	if (res.total == 1)
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\" id=\"ergebnis\" "
			    "role=\"status\">1 Angebot gefunden</h2>\n");
	else
		html(b,
		     "<h2 class=\"kern-heading-medium\" id=\"ergebnis\" "
		     "role=\"status\">%lld Angebote gefunden</h2>\n",
		     (long long)res.total);
	active_filters(r, &q, muni);
	search_notes(r, &q, &res);
	if (res.total == 0) {
		no_result(r, d, &q);
	} else if (res.n == 0) {
		struct query w = q;
		w.page = 1;
		html(b,
		     "<p class=\"kern-body\">Diese Seite gibt es nicht. <a "
		     "class=\"kern-link\" href=\"%s\">Zur ersten "
		     "Seite</a></p>\n",
		     query_url(r->a, &w));
	} else {
		search_map(r, &res); /* S3: the map (off by default) */
		hit_list(r, &res);
	}
	paging(r, &q, res.total);
	HTML_RAW(b, "</section></div></form>\n");
	search_map_scripts(r); /* S3: live filtering, Leaflet */
	web_end(r);
}
