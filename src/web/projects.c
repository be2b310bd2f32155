/*
 * projects.c - the pages of the partners' projects.
 *
 * Public: /projekte lists the public projects with filters (words, need,
 * age group, municipality, status) and paging; /projekte/{id} shows one.
 * Internal (signed-in partners): /intern/projekte lists all projects with
 * the same filters plus visibility; /intern/projekte/neu creates one and
 * /intern/projekte/{id} shows it, with the edit form for those who may
 * change it (the coordination office, and a partner for the projects its
 * organisation leads - the domain layer checks, see domain/project.h).
 *
 * All filters are one GET form that works without JavaScript; the query
 * parameters are German like those of /angebote: q, bedarf, alter,
 * gemeinde (slug), stand, sichtbarkeit (internal), seite.
 */
#include <stdio.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/project.h"
#include "domain/region.h"
#include "view/ftable.h"
#include "web/directory_intern.h"

#define PROJECTS_PAGE 20

/* The filters as read from the query, with the municipalities. */
struct pfilter {
	const char *q, *need, *age, *slug, *status, *vis;
	struct region *munis;
	size_t nm;
	int64_t page;
	struct project_filter f;
};

static const struct option vis_opts[] = {
	{"oeffentlich", "Öffentlich sichtbar"},
	{"intern", "Nur intern"},
	{NULL, NULL},
};

static const char *qval(struct req *r, const char *name)
{
	const char *v = req_query(r, name);
	return v && *v ? v : NULL;
}

static const struct option *code_opts(struct req *r, const struct code *list)
{
	int n = code_count(list);
	struct option *o = arena_calloc(r->a, (size_t)n + 1, sizeof *o);
	for (int i = 0; i < n; i++)
		o[i] = (struct option){list[i].code, list[i].label};
	return o;
}

/* Reads and checks the filters; messages go into e. */
static void filter_read(struct req *r, db *d, bool intern, struct pfilter *p,
			struct form_errors *e)
{
	memset(p, 0, sizeof *p);
	p->q = qval(r, "q");
	p->need = qval(r, "bedarf");
	p->age = qval(r, "alter");
	p->slug = qval(r, "gemeinde");
	p->status = qval(r, "stand");
	p->vis = intern ? qval(r, "sichtbarkeit") : NULL;
	p->nm = region_list(d, r->a, "municipality", &p->munis);
	p->page = intern_page(r);
	if (p->q && strlen(p->q) > 200)
		form_error(e, "q", "Bitte höchstens 200 Zeichen.");
	if (p->need && !code_find(needs, p->need))
		form_error(e, "bedarf",
			   "Bitte wählen Sie einen Bedarf aus der Liste.");
	if (p->age && !code_find(ages, p->age))
		form_error(e, "alter",
			   "Bitte wählen Sie eine Altersgruppe aus der Liste.");
	if (p->status && !code_find(project_statuses, p->status))
		form_error(e, "stand",
			   "Bitte wählen Sie einen Stand aus der Liste.");
	int64_t region = 0;
	for (size_t i = 0; p->slug && i < p->nm; i++)
		if (strcmp(p->munis[i].slug, p->slug) == 0)
			region = p->munis[i].id;
	if (p->slug && !region)
		form_error(e, "gemeinde",
			   "Bitte wählen Sie eine Stadt oder Gemeinde aus der "
			   "Liste.");
	if (p->vis && strcmp(p->vis, "oeffentlich") && strcmp(p->vis, "intern"))
		form_error(e, "sichtbarkeit",
			   "Bitte wählen Sie eine Sichtbarkeit aus der Liste.");
	p->f = (struct project_filter){
		.need = p->need,
		.age = p->age,
		.status = p->status,
		.q = p->q,
		.region_id = region,
		.public_only =
			!intern || (p->vis && !strcmp(p->vis, "oeffentlich")),
		.internal_only = p->vis && !strcmp(p->vis, "intern"),
		.offset = (p->page - 1) * PROJECTS_PAGE,
		.limit = PROJECTS_PAGE,
	};
}

/* The query of the filters, for the pager's links (ends with '&'). */
static const char *filter_query(struct req *r, const struct pfilter *p)
{
	const char *names[] = {"q",	   "bedarf", "alter",
			       "gemeinde", "stand",  "sichtbarkeit"};
	const char *vals[] = {p->q,    p->need,	  p->age,
			      p->slug, p->status, p->vis};
	const char *s = "?";
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (vals[i])
			s = arena_printf(r->a, "%s%s=%s&", s, names[i],
					 url_component(r->a, vals[i]));
	return s;
}

/* The GET form of the filters (one form, works without JavaScript). */
static void filter_form(struct req *r, const struct pfilter *p,
			const struct form_errors *e, const char *action,
			bool intern)
{
	buf *b = &r->out;
	struct option *mopts = arena_calloc(r->a, p->nm + 1, sizeof *mopts);
	for (size_t i = 0; i < p->nm; i++)
		mopts[i] = (struct option){p->munis[i].slug, p->munis[i].name};
	html(b,
	     "<form method=\"get\" action=\"%s\" class=\"lotse-filter "
	     "lotse-filter--wide\" role=\"search\" aria-label=\"Projekte "
	     "suchen\" novalidate>\n",
	     action);
	form_input(
		b, e,
		&(struct field){.name = "q",
				.label = "Suchwörter",
				.type = "search",
				.value = p->q,
				.hint = "im Titel oder in der Beschreibung"});
	form_select(b, e, "bedarf", "Bedarf", code_opts(r, needs), p->need,
		    "Alle Bedarfe", NULL);
	form_select(b, e, "alter", "Altersgruppe", code_opts(r, ages), p->age,
		    "Alle Altersgruppen", NULL);
	form_select(b, e, "gemeinde", "Stadt oder Gemeinde", mopts, p->slug,
		    "Alle Orte", NULL);
	form_select(b, e, "stand", "Stand", code_opts(r, project_statuses),
		    p->status, "Alle", NULL);
	if (intern)
		form_select(b, e, "sichtbarkeit", "Sichtbarkeit", vis_opts,
			    p->vis, "Alle", NULL);
	form_submit(b, "Anzeigen", false);
	HTML_RAW(b, "</form>\n");
}

static const char *status_kind(const char *status)
{
	if (strcmp(status, "laufend") == 0)
		return "success";
	if (strcmp(status, "geplant") == 0)
		return "info";
	return "warning";
}

/* "2021 – 2024", "seit 03.2022", "" */
static const char *period(struct req *r, const struct project *p)
{
	const char *s = p->starts_on, *e = p->ends_on;
	if (s[0] && e[0])
		return arena_printf(r->a, "%s bis %s", intern_date(r, s),
				    intern_date(r, e));
	if (s[0])
		return arena_printf(r->a, "ab %s", intern_date(r, s));
	if (e[0])
		return arena_printf(r->a, "bis %s", intern_date(r, e));
	return "";
}

/* The projects of the filters; a page number past the end shows the
 * last page. */
static size_t find_clamped(struct req *r, db *d, struct pfilter *p,
			   struct project **v, int64_t *total)
{
	size_t n = project_find(d, r->a, &p->f, v, total);
	if (n == 0 && *total > 0 && p->page > 1) {
		p->page = (*total + PROJECTS_PAGE - 1) / PROJECTS_PAGE;
		p->f.offset = (p->page - 1) * PROJECTS_PAGE;
		n = project_find(d, r->a, &p->f, v, total);
	}
	return n;
}

/* The list (as a KERN table) and the pager. */
static void project_list(struct req *r, const struct project *v, size_t n,
			 int64_t total, const struct pfilter *p,
			 const char *base, bool intern)
{
	buf *b = &r->out;
	if (total == 0) {
		HTML_RAW(b, "<p class=\"kern-body\" role=\"status\">Zu dieser "
			    "Auswahl haben wir kein Projekt gefunden.</p>\n");
		return;
	}
	html(b,
	     "<p class=\"kern-body\" role=\"status\"><strong>%lld %s"
	     "</strong></p>\n",
	     (long long)total, total == 1 ? "Projekt" : "Projekte");
	static const char *const heads[] = {"Projekt", "Leitung", "Stand",
					    "Zeitraum", NULL};
	ftable_list_begin(b, "Projekte", heads);
	for (size_t i = 0; i < n; i++) {
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\"><a class=\"kern-link\" "
		     "href=\"%s/%lld\">%s</a>",
		     base, (long long)v[i].id, v[i].title);
		if (intern && !v[i].public) {
			HTML_RAW(b, " ");
			intern_badge(b, "info", "Nur intern");
		}
		html(b,
		     "</th><td class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">",
		     v[i].lead_org_name);
		intern_badge(b, status_kind(v[i].status),
			     code_label(project_statuses, v[i].status));
		const char *per = period(r, &v[i]);
		html(b, "</td><td class=\"kern-table__cell\">%s</td></tr>\n",
		     per[0] ? per : "–");
	}
	ftable_list_end(b);
	int64_t pages = (total + PROJECTS_PAGE - 1) / PROJECTS_PAGE;
	intern_pager(r, "Seiten der Projekte",
		     arena_printf(r->a, "%s%sseite=", base, filter_query(r, p)),
		     p->page, pages);
}

/* --- public ------------------------------------------------------------------- */

void page_projects(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	struct pfilter p;
	filter_read(r, d, false, &p, &e);
	web_begin(r, "Projekte im Netzwerk");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<h1 class=\"kern-heading-large\">Projekte im Netzwerk</h1>\n"
		 "<p class=\"kern-body kern-body--large\">Die Partner des "
		 "Netzwerks arbeiten in gemeinsamen Projekten zusammen: für "
		 "Schwangere, Eltern und ihre kleinen Kinder. Hier finden Sie, "
		 "was gerade läuft und was schon erreicht wurde.</p>\n"
		 "<p class=\"kern-body\">Ihre Organisation möchte im Netzwerk "
		 "mitmachen? <a class=\"kern-link\" href=\"/mitmachen\">So "
		 "werden Sie Partner</a>.</p>\n");
	if (r->role >= ROLE_PARTNER)
		HTML_RAW(b,
			 "<p class=\"kern-body\">Sie sind angemeldet: in "
			 "der <a class=\"kern-link\" "
			 "href=\"/intern/projekte\">internen Liste</a> "
			 "sehen Sie auch die nicht öffentlichen Projekte und "
			 "tragen neue ein.</p>\n");
	form_error_summary(b, &e);
	filter_form(r, &p, &e, "/projekte", false);
	if (e.n) {
		r->status = 400;
		web_end(r);
		return;
	}
	struct project *v;
	int64_t total;
	size_t n = find_clamped(r, d, &p, &v, &total);
	project_list(r, v, n, total, &p, "/projekte", false);
	web_end(r);
}

/* Labels of codes, joined with ", ". */
static const char *labels(struct req *r, const struct code *list,
			  const char *const *codes, size_t n)
{
	const char *s = "";
	for (size_t i = 0; i < n; i++)
		s = arena_printf(r->a, "%s%s%s", s, i ? ", " : "",
				 code_label(list, codes[i]));
	return s;
}

/* An organisation's name, linked to its public page while it is an
 * active partner (the page of one that left answers 404). */
static void org_link(buf *b, int64_t id, const char *name, bool active)
{
	if (active)
		html(b, "<a class=\"kern-link\" href=\"/partner/%lld\">%s</a>",
		     (long long)id, name);
	else
		html(b, "%s", name);
}

/* The project's details (both public and internal page). */
static void project_details(struct req *r, const struct project *p)
{
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\">");
	intern_badge(b, status_kind(p->status),
		     code_label(project_statuses, p->status));
	HTML_RAW(b, "</p>\n<dl class=\"kern-description-list\">\n");
	HTML_RAW(b, "<div class=\"kern-description-list-item\"><dt "
		    "class=\"kern-description-list-item__key\">Leitung</dt><dd "
		    "class=\"kern-description-list-item__value\">");
	org_link(b, p->lead_org_id, p->lead_org_name, p->lead_org_active);
	HTML_RAW(b, "</dd></div>\n");
	if (p->npartners) {
		HTML_RAW(b, "<div class=\"kern-description-list-item\"><dt "
			    "class=\"kern-description-list-item__key\">"
			    "Partner</dt><dd "
			    "class=\"kern-description-list-item__value\"><ul "
			    "class=\"lotse-links\">");
		for (size_t i = 0; i < p->npartners; i++) {
			HTML_RAW(b, "<li>");
			org_link(b, p->partners[i], p->partner_names[i],
				 p->partner_active[i]);
			HTML_RAW(b, "</li>");
		}
		HTML_RAW(b, "</ul></dd></div>\n");
	}
	const char *facts[][2] = {
		{"Für wen", labels(r, needs, p->needs, p->nneeds)},
		{"Alter", labels(r, ages, p->ages, p->nages)},
		{"Gemeinden", ""},
		{"Förderung", p->funding},
		{"Zeitraum", period(r, p)},
	};
	const char *towns = "";
	for (size_t i = 0; i < p->nregions; i++)
		towns = arena_printf(r->a, "%s%s%s", towns, i ? ", " : "",
				     p->region_names[i]);
	facts[2][1] = p->nregions ? towns : "im ganzen Kreis";
	for (size_t i = 0; i < sizeof facts / sizeof *facts; i++)
		if (facts[i][1] && facts[i][1][0])
			html(b,
			     "<div class=\"kern-description-list-item\"><dt "
			     "class=\"kern-description-list-item__key\">%s</dt>"
			     "<dd class=\"kern-description-list-item__value\">"
			     "%s</dd></div>\n",
			     facts[i][0], facts[i][1]);
	HTML_RAW(b, "</dl>\n");
	if (p->description[0]) {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Worum es "
			    "geht</h2>\n");
		web_paragraphs(b, p->description);
	}
	if (p->results[0]) {
		HTML_RAW(b,
			 "<h2 class=\"kern-heading-medium\">Ergebnisse</h2>\n");
		web_paragraphs(b, p->results);
	}
}

void page_project(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id = intern_path_id(r, "id");
	struct project p;
	if (!id || project_get(d, r->a, id, &p) < 0 || !p.public) {
		resp_error(r, 404, "Dieses Projekt gibt es nicht.");
		return;
	}
	web_begin(r, p.title);
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/projekte\">Alle Projekte</a></p>\n");
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", p.title);
	project_details(r, &p);
	web_end(r);
}

/* --- internal list ---------------------------------------------------------------- */

void page_intern_projects(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	struct pfilter p;
	filter_read(r, d, true, &p, &e);
	web_begin(r, "Projekte");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<h1 class=\"kern-heading-large\">Projekte</h1>\n"
		 "<p class=\"kern-body\">Alle Projekte der Partner, auch die "
		 "nur intern sichtbaren. Projekte, die Ihre Organisation "
		 "leitet, können Sie bearbeiten.</p>\n"
		 "<p class=\"kern-body\"><a class=\"kern-btn "
		 "kern-btn--primary\" href=\"/intern/projekte/neu\">"
		 "<span class=\"kern-label\">Neues Projekt</span></a></p>\n");
	if (req_query(r, "geloescht"))
		alert(b, "success", "Das Projekt ist gelöscht.", NULL);
	form_error_summary(b, &e);
	filter_form(r, &p, &e, "/intern/projekte", true);
	if (e.n) {
		r->status = 400;
		web_end(r);
		return;
	}
	struct project *v;
	int64_t total;
	size_t n = find_clamped(r, d, &p, &v, &total);
	project_list(r, v, n, total, &p, "/intern/projekte", true);
	web_end(r);
}

/* --- the form ------------------------------------------------------------------------ */

static bool has_code(const char *const *v, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], code) == 0)
			return true;
	return false;
}

static bool has_id(const int64_t *v, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == id)
			return true;
	return false;
}

/* The domain's field names are the form's, but for the lists: they are
 * fieldsets with these ids. */
static const char *field_map(const char *field)
{
	return field;
}

/* The form of a project posting to action: a partner sees its own
 * organisation as the lead, the coordination office chooses it. */
static void project_form(struct req *r, db *d, const struct project *p,
			 const struct form_errors *e, const char *action)
{
	buf *b = &r->out;
	form_error_summary(b, e);
	form_begin(b, action, web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "title",
				   .label = "Titel",
				   .value = p->title,
				   .required = true});
	if (intern_all(r)) {
		form_select(b, e, "lead_org_id", "Leitende Organisation",
			    intern_org_opts(r, d),
			    intern_id_text(r, p->lead_org_id), "Bitte wählen",
			    NULL);
	} else {
		struct organisation o;
		const char *name = "";
		if (org_get(d, r->a, web_actor(r)->org_id, &o) == 0)
			name = o.name;
		html(b,
		     "<p class=\"kern-body\"><strong>Leitende "
		     "Organisation:</strong> %s</p>\n",
		     name);
	}
	/* partner organisations: a multiple select (works without
	 * JavaScript; a list of checkboxes would be 300 long) */
	const char *err = form_error_for(e, "partners");
	HTML_RAW(b,
		 "<div class=\"kern-form-input\">\n<label class=\"kern-label\" "
		 "for=\"partners\">Partnerorganisationen <span "
		 "class=\"kern-label__optional\">– optional</span></label>\n"
		 "<div class=\"kern-hint\" id=\"partners-hint\">Am Computer "
		 "wählen Sie mehrere mit gedrückter Strg-Taste (Mac: "
		 "Befehlstaste); auf Handy und Tablet öffnet sich eine "
		 "Liste zum Ankreuzen.</div>\n");
	if (err)
		html(b,
		     "<p class=\"kern-error\" id=\"partners-error\"><span "
		     "class=\"kern-icon kern-icon--danger\" "
		     "aria-hidden=\"true\"></span><span class=\"kern-body\">"
		     "%s</span></p>\n",
		     err);
	html(b,
	     "<select class=\"lotse-multi%s\" "
	     "id=\"partners\" name=\"partners\" multiple size=\"8\" "
	     "aria-describedby=\"partners-hint%s\">",
	     err ? " lotse-multi--error" : "", err ? " partners-error" : "");
	for (const struct option *o = intern_org_opts(r, d); o->value; o++) {
		int64_t id = 0;
		parse_int(o->value, 1, INT64_MAX, &id);
		html(b, "<option value=\"%s\"%s>%s</option>", o->value,
		     has_id(p->partners, p->npartners, id) ? " selected" : "",
		     o->label);
	}
	HTML_RAW(b, "</select>\n</div>\n");
	intern_fieldset_begin(b, e, "needs", "Für welche Bedarfe?", NULL, true,
			      false);
	for (const struct code *c = needs; c->code; c++)
		form_checkbox(b, "needs", c->code, c->label,
			      has_code(p->needs, p->nneeds, c->code));
	intern_fieldset_end(b);
	intern_fieldset_begin(b, e, "ages", "Für welches Alter?", NULL, true,
			      true);
	for (const struct code *c = ages; c->code; c++)
		form_checkbox(b, "ages", c->code, c->label,
			      has_code(p->ages, p->nages, c->code));
	intern_fieldset_end(b);
	struct region *rv;
	size_t nr = region_list(d, r->a, "municipality", &rv);
	intern_fieldset_begin(b, e, "regions", "In welchen Gemeinden?",
			      "Keine Auswahl: im ganzen Kreis.", true, true);
	for (size_t i = 0; i < nr; i++)
		form_checkbox(b, "regions",
			      arena_printf(r->a, "%lld", (long long)rv[i].id),
			      rv[i].name,
			      has_id(p->regions, p->nregions, rv[i].id));
	intern_fieldset_end(b);
	const char *hint = "";
	for (const char *const *f = project_fundings; *f; f++)
		hint = arena_printf(r->a, "%s%s%s", hint,
				    *hint ? ", " : "z. B. ", *f);
	form_input(b, e,
		   &(struct field){.name = "funding",
				   .label = "Förderung",
				   .value = p->funding,
				   .hint = hint});
	form_select(b, e, "status", "Stand", code_opts(r, project_statuses),
		    p->status, NULL, NULL);
	form_input(b, e,
		   &(struct field){.name = "starts_on",
				   .label = "Beginn",
				   .type = "date",
				   .value = p->starts_on});
	form_input(b, e,
		   &(struct field){.name = "ends_on",
				   .label = "Ende",
				   .type = "date",
				   .value = p->ends_on});
	form_textarea(b, e,
		      &(struct field){.name = "description",
				      .label = "Beschreibung",
				      .value = p->description,
				      .hint = "Worum geht es, für wen, wie?"},
		      6);
	form_textarea(b, e,
		      &(struct field){.name = "results",
				      .label = "Ergebnisse",
				      .value = p->results,
				      .hint = "Was wurde erreicht? Auch "
					      "Zwischenergebnisse."},
		      4);
	intern_fieldset_begin(b, e, "sichtbar", "Sichtbarkeit", NULL, true,
			      false);
	form_checkbox(b, "public", "1",
		      "Öffentlich zeigen – auf der Seite „Projekte“ für alle",
		      p->public);
	intern_fieldset_end(b);
	form_submit(b, "Speichern", true);
	form_end(b);
}

/* Reads the form into p (on top of the stored project, or a new one). */
static void project_read(struct req *r, struct project *p, bool is_new)
{
	p->title = intern_form_text(r, "title");
	if (intern_all(r)) {
		int64_t id = 0;
		parse_int(req_form(r, "lead_org_id"), 1, INT64_MAX, &id);
		p->lead_org_id = id;
	} else if (is_new) {
		p->lead_org_id = web_actor(r)->org_id;
	}
	const char *v[64];
	size_t n = params_get_all(&r->form, "partners", v, 64);
	p->npartners = 0;
	for (size_t i = 0; i < n && i < 64; i++) {
		int64_t id = 0;
		parse_int(v[i], 1, INT64_MAX, &id);
		if (p->npartners < PROJECT_MAX_PARTNERS)
			p->partners[p->npartners] = id;
		p->npartners++; /* too many: the validation says so */
	}
	if (p->npartners > PROJECT_MAX_PARTNERS + 1)
		p->npartners = PROJECT_MAX_PARTNERS + 1;
	n = params_get_all(&r->form, "needs", v, 64);
	p->nneeds = 0;
	for (size_t i = 0; i < n && i < PROJECT_MAX_NEEDS; i++)
		p->needs[p->nneeds++] = v[i];
	n = params_get_all(&r->form, "ages", v, 64);
	p->nages = 0;
	for (size_t i = 0; i < n && i < PROJECT_MAX_AGES; i++)
		p->ages[p->nages++] = v[i];
	n = params_get_all(&r->form, "regions", v, 64);
	p->nregions = 0;
	for (size_t i = 0; i < n && i < PROJECT_MAX_REGIONS; i++) {
		int64_t id = 0;
		parse_int(v[i], 1, INT64_MAX, &id);
		p->regions[p->nregions++] = id;
	}
	p->funding = intern_form_text(r, "funding");
	p->status = intern_form_text(r, "status");
	p->starts_on = intern_form_text(r, "starts_on");
	p->ends_on = intern_form_text(r, "ends_on");
	p->description = intern_form_text(r, "description");
	p->results = intern_form_text(r, "results");
	p->public = req_form(r, "public") != NULL;
}

/* The page of a new project (422 with the messages of e). */
static void new_page(struct req *r, db *d, const struct project *p,
		     const struct form_errors *e)
{
	web_begin(r, "Neues Projekt");
	HTML_RAW(&r->out,
		 "<p class=\"kern-body\"><a class=\"kern-link\" "
		 "href=\"/intern/projekte\">Zur Liste der Projekte</a></p>\n"
		 "<h1 class=\"kern-heading-large\">Neues Projekt</h1>\n");
	project_form(r, d, p, e, "/intern/projekte/neu");
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

static void project_init(struct project *p)
{
	memset(p, 0, sizeof *p);
	p->title = p->description = p->results = p->funding = "";
	p->starts_on = p->ends_on = "";
	p->status = "laufend";
	p->public = true;
}

void page_intern_project_new(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct project *p = arena_alloc(r->a, sizeof *p);
	project_init(p);
	if (!intern_all(r))
		p->lead_org_id = web_actor(r)->org_id;
	new_page(r, d, p, NULL);
}

void page_intern_project_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct project *p = arena_alloc(r->a, sizeof *p);
	project_init(p);
	project_read(r, p, true);
	struct errs *de = arena_calloc(r->a, 1, sizeof *de);
	int rc = project_save(d, web_actor(r), p, de);
	if (rc == -2) {
		resp_error(r, 403, de->msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors e = {0};
		intern_errs(r, &e, de, field_map);
		new_page(r, d, p, &e);
		return;
	}
	web_redirect(r,
		     arena_printf(r->a, "/intern/projekte/%lld?gespeichert=1",
				  (long long)p->id));
}

/* --- one project ------------------------------------------------------------------------ */

static void project_page(struct req *r, db *d, const struct project *p,
			 const char *title, const struct form_errors *e)
{
	const char *path =
		arena_printf(r->a, "/intern/projekte/%lld", (long long)p->id);
	web_begin(r, title);
	buf *b = &r->out;
	HTML_RAW(b,
		 "<p class=\"kern-body\"><a class=\"kern-link\" "
		 "href=\"/intern/projekte\">Zur Liste der Projekte</a></p>\n");
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", title);
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Das Projekt ist gespeichert.", NULL);
	if (p->public)
		html(b,
		     "<p class=\"kern-body\">Öffentlich sichtbar: <a "
		     "class=\"kern-link\" href=\"/projekte/%lld\">öffentliche "
		     "Seite des Projekts</a></p>\n",
		     (long long)p->id);
	else
		HTML_RAW(b,
			 "<p class=\"kern-body\">Nur intern sichtbar.</p>\n");
	if (!project_may_edit(web_actor(r), p)) {
		project_details(r, p);
		web_end(r);
		return;
	}
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Bearbeiten</h2>\n");
	project_form(r, d, p, e, path);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Löschen</h2>\n"
		    "<p class=\"kern-body\">Ein gelöschtes Projekt ist "
		    "verschwunden; der Verlauf bleibt im Protokoll.</p>\n");
	intern_post_button(
		b, web_csrf(r),
		&(struct intern_button){
			.action = arena_printf(r->a, "%s/loeschen", path),
			.label = "Projekt löschen",
			.sr_more = title});
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

/* Loads the project of the path; answers 404 itself. */
static bool load(struct req *r, db *d, struct project *p)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || project_get(d, r->a, id, p) < 0) {
		resp_error(r, 404, "Dieses Projekt gibt es nicht.");
		return false;
	}
	return true;
}

void page_intern_project(struct req *r)
{
	db *d = web_db(r);
	struct project *p = arena_alloc(r->a, sizeof *p);
	if (!d || !load(r, d, p))
		return;
	project_page(r, d, p, p->title, NULL);
}

void page_intern_project_save(struct req *r)
{
	db *d = web_db(r);
	struct project *p = arena_alloc(r->a, sizeof *p);
	if (!d || !load(r, d, p))
		return;
	const char *title = p->title;
	if (!project_may_edit(web_actor(r), p)) {
		resp_error(r, 403,
			   "Sie dürfen nur Projekte ändern, die Ihre "
			   "Organisation leitet.");
		return;
	}
	project_read(r, p, false);
	struct errs *de = arena_calloc(r->a, 1, sizeof *de);
	int rc = project_save(d, web_actor(r), p, de);
	if (rc == -2) {
		resp_error(r, 403, de->msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors e = {0};
		intern_errs(r, &e, de, field_map);
		project_page(r, d, p, title, &e);
		return;
	}
	web_redirect(r,
		     arena_printf(r->a, "/intern/projekte/%lld?gespeichert=1",
				  (long long)p->id));
}

void page_intern_project_delete(struct req *r)
{
	db *d = web_db(r);
	struct project *p = arena_alloc(r->a, sizeof *p);
	if (!d || !load(r, d, p))
		return;
	struct errs de = {0};
	int rc = project_delete(d, web_actor(r), p->id, &de);
	if (rc == -2) {
		resp_error(r, 403, de.msg[0]);
		return;
	}
	if (rc < 0) {
		resp_error(r, 500, de.msg[0]);
		return;
	}
	web_redirect(r, "/intern/projekte?geloescht=1");
}

/* --- on the public page of an organisation ------------------------------------------ */

void page_partner_projects(struct req *r, db *d, int64_t org_id)
{
	struct project *v;
	size_t n = project_of_org(d, r->a, org_id, true, &v);
	if (!n)
		return;
	buf *b = &r->out;
	HTML_RAW(b, "<section class=\"lotse-section\" "
		    "aria-labelledby=\"projekte\"><h2 id=\"projekte\" "
		    "class=\"kern-heading-medium\">Projekte</h2>\n<ul "
		    "class=\"lotse-links\">");
	for (size_t i = 0; i < n; i++)
		html(b,
		     "<li><a class=\"kern-link\" "
		     "href=\"/projekte/%lld\">%s</a> "
		     "<span class=\"kern-body kern-body--small\">(%s, %s)"
		     "</span></li>",
		     (long long)v[i].id, v[i].title,
		     v[i].lead_org_id == org_id ? "Leitung" : "Partner",
		     code_label(project_statuses, v[i].status));
	HTML_RAW(b, "</ul></section>\n");
}
