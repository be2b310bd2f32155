/*
 * directory_intern.c - the internal directory (issue #4): the parts that
 * the offer pages (offers_intern.c) and the organisation and contact pages
 * (orgs_intern.c) share, and the history tabs of offers and organisations,
 * read from the audit log.
 *
 * Rights: a partner sees and changes only its own organisation's records,
 * the coordination office all. The domain layer enforces it for every
 * change; the pages check it as well before showing a record (403), and
 * leave out what the user may not do.
 */
#include "web/directory_intern.h"

#include <string.h>
#include <time.h>

#include "domain/audit.h"

bool intern_all(struct req *r)
{
	return r->role >= ROLE_COORDINATION;
}

const char *intern_form_text(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	return v ? v : "";
}

int64_t intern_path_id(struct req *r, const char *name)
{
	int64_t id;
	if (!parse_int(req_path_param(r, name), 1, INT64_MAX, &id))
		return 0;
	return id;
}

bool intern_offer_load(struct req *r, db *d, struct offer *o)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || offer_get(d, r->a, id, o) < 0) {
		resp_error(r, 404, "Dieses Angebot gibt es nicht.");
		return false;
	}
	if (!actor_may_edit_org(web_actor(r), o->org_id)) {
		resp_error(r, 403,
			   "Sie dürfen nur die Angebote Ihrer eigenen "
			   "Organisation bearbeiten.");
		return false;
	}
	return true;
}

bool intern_org_load(struct req *r, db *d, struct organisation *o)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || org_get(d, r->a, id, o) < 0) {
		resp_error(r, 404, "Diese Organisation gibt es nicht.");
		return false;
	}
	if (!actor_may_edit_org(web_actor(r), id)) {
		resp_error(r, 403,
			   "Sie dürfen nur die Angaben Ihrer eigenen "
			   "Organisation sehen und bearbeiten.");
		return false;
	}
	return true;
}

struct tab {
	const char *href, *label;
};

/* The tabs as a navigation list; the current one is marked. */
static void tabs(buf *b, const char *aria_label, const struct tab *t, size_t n,
		 const char *current)
{
	html(b, "<nav class=\"lotse-tabs\" aria-label=\"%s\"><ul>", aria_label);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(t[i].href, current) == 0)
			html(b,
			     "<li><a class=\"lotse-tabs__link\" href=\"%s\" "
			     "aria-current=\"page\">%s</a></li>",
			     t[i].href, t[i].label);
		else
			html(b,
			     "<li><a class=\"lotse-tabs__link\" href=\"%s\">%s"
			     "</a></li>",
			     t[i].href, t[i].label);
	}
	HTML_RAW(b, "</ul></nav>\n");
}

void intern_offer_tabs(struct req *r, int64_t offer_id, const char *current)
{
	long long id = (long long)offer_id;
	const struct tab t[] = {
		{arena_printf(r->a, "/intern/angebote/%lld", id), "Bearbeiten"},
		{arena_printf(r->a, "/intern/angebote/%lld/verlauf", id),
		 "Verlauf"},
	};
	tabs(&r->out, "Ansichten dieses Angebots", t, 2, current);
}

void intern_org_tabs(struct req *r, int64_t org_id, const char *current)
{
	long long id = (long long)org_id;
	struct tab t[5];
	size_t n = 0;
	t[n++] = (struct tab){
		arena_printf(r->a, "/intern/organisation/%lld/bearbeiten", id),
		"Kontaktdaten"};
	if (intern_all(r))
		t[n++] = (struct tab){
			arena_printf(r->a, "/intern/organisation/%lld/netzwerk",
				     id),
			"Netzwerk"};
	t[n++] = (struct tab){
		arena_printf(r->a, "/intern/organisation/%lld/ansprechpersonen",
			     id),
		"Ansprechpersonen"};
	t[n++] = (struct tab){
		intern_all(r)
			? arena_printf(r->a,
				       "/intern/angebote?organisation=%lld", id)
			: "/intern/angebote",
		"Angebote"};
	t[n++] = (struct tab){
		arena_printf(r->a, "/intern/organisation/%lld/verlauf", id),
		"Verlauf"};
	tabs(&r->out, "Bereiche dieser Organisation", t, n, current);
}

const char *intern_date(struct req *r, const char *iso)
{
	if (!iso || strlen(iso) < 10)
		return "–";
	return arena_printf(r->a, "%.2s.%.2s.%.4s", iso + 8, iso + 5, iso);
}

bool intern_unverified(const char *verified_at)
{
	char limit[21];
	time_t t = time(NULL) - (time_t)OFFER_UNVERIFIED_DAYS * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(limit, sizeof limit, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return !verified_at || strcmp(verified_at, limit) < 0;
}

void intern_badge(buf *b, const char *kind, const char *label)
{
	html(b,
	     "<span class=\"kern-badge kern-badge--%s\"><span "
	     "class=\"kern-label\">%s</span></span>",
	     kind, label);
}

const char *intern_status_label(const char *status)
{
	return strcmp(status, "published") == 0	 ? "Veröffentlicht"
	       : strcmp(status, "archived") == 0 ? "Archiviert"
						 : "Entwurf";
}

void intern_status_badge(buf *b, const char *status)
{
	const char *kind = strcmp(status, "published") == 0  ? "success"
			   : strcmp(status, "archived") == 0 ? "danger"
							     : "info";
	intern_badge(b, kind, intern_status_label(status));
}

void intern_table_begin(buf *b, const char *caption, const char *const *headers)
{
	html(b,
	     "<div class=\"kern-table-responsive\"><table "
	     "class=\"kern-table kern-table--small\"><caption "
	     "class=\"kern-sr-only\">%s</caption><thead><tr "
	     "class=\"kern-table__row\">",
	     caption);
	for (const char *const *h = headers; *h; h++)
		html(b,
		     "<th scope=\"col\" class=\"kern-table__header\">%s</th>",
		     *h);
	HTML_RAW(b, "</tr></thead><tbody class=\"kern-table__body\">");
}

void intern_table_end(buf *b)
{
	HTML_RAW(b, "</tbody></table></div>\n");
}

void intern_fieldset_begin(buf *b, const struct form_errors *e, const char *id,
			   const char *legend, const char *hint, bool optional,
			   bool horizontal)
{
	const char *err = form_error_for(e, id);
	html(b, "<fieldset class=\"kern-fieldset%s\" id=\"%s\"",
	     err ? " kern-fieldset--error" : "", id);
	if (hint || err)
		html(b, " aria-describedby=\"%s%s%s%s%s\"", hint ? id : "",
		     hint ? "-hint" : "", hint && err ? " " : "", err ? id : "",
		     err ? "-error" : "");
	html(b, "><legend class=\"kern-label\">%s", legend);
	if (optional)
		HTML_RAW(b, " <span class=\"kern-label__optional\">– "
			    "optional</span>");
	HTML_RAW(b, "</legend>\n");
	if (hint)
		html(b, "<div class=\"kern-hint\" id=\"%s-hint\">%s</div>\n",
		     id, hint);
	if (err)
		html(b,
		     "<p class=\"kern-error\" id=\"%s-error\">"
		     "<span class=\"kern-icon kern-icon--danger\" "
		     "aria-hidden=\"true\"></span>"
		     "<span class=\"kern-body\">%s</span></p>\n",
		     id, err);
	html(b, "<div class=\"kern-fieldset__body%s\">\n",
	     horizontal ? " kern-fieldset__body--horizontal" : "");
}

void intern_fieldset_end(buf *b)
{
	HTML_RAW(b, "</div></fieldset>\n");
}

void intern_radio(buf *b, const char *name, const char *value,
		  const char *label, bool checked)
{
	/* An empty value ("no answer") still needs a distinct id. */
	const char *v = value[0] ? value : "keine";
	html(b,
	     "<div class=\"kern-form-check\">"
	     "<input class=\"kern-form-check__radio\" type=\"radio\" "
	     "id=\"%s-%s\" name=\"%s\" value=\"%s\"%s>"
	     "<label class=\"kern-label\" for=\"%s-%s\">%s</label></div>\n",
	     name, v, name, value, checked ? " checked" : "", name, v, label);
}

void intern_post_button(buf *b, const char *csrf,
			const struct intern_button *btn)
{
	html(b,
	     "<form method=\"post\" action=\"%s\" class=\"lotse-inline-form\">"
	     "<input type=\"hidden\" name=\"csrf\" value=\"%s\">",
	     btn->action, csrf ? csrf : "");
	if (btn->name1)
		html(b, "<input type=\"hidden\" name=\"%s\" value=\"%s\">",
		     btn->name1, btn->value1 ? btn->value1 : "");
	if (btn->name2)
		html(b, "<input type=\"hidden\" name=\"%s\" value=\"%s\">",
		     btn->name2, btn->value2 ? btn->value2 : "");
	html(b,
	     "<button type=\"submit\" class=\"kern-btn kern-btn--%s "
	     "kern-btn--x-small\"><span class=\"kern-label\">%s",
	     btn->primary ? "primary" : "secondary", btn->label);
	if (btn->sr_more)
		html(b, "<span class=\"kern-sr-only\">: %s</span>",
		     btn->sr_more);
	HTML_RAW(b, "</span></button></form>");
}

void intern_errs(struct req *r, struct form_errors *fe, const struct errs *e,
		 const char *(*map)(const char *field))
{
	for (size_t i = 0; i < e->n; i++)
		form_error(fe, e->field[i] ? map(e->field[i]) : NULL,
			   arena_strdup(r->a, e->msg[i]));
}

int64_t intern_page(struct req *r)
{
	int64_t page = 1;
	const char *seite = req_query(r, "seite");
	if (seite && *seite && !parse_int(seite, 1, 1000000, &page))
		page = 1;
	return page;
}

void intern_pager(struct req *r, const char *label, const char *url,
		  int64_t page, int64_t pages)
{
	buf *b = &r->out;
	if (pages <= 1)
		return;
	html(b, "<nav class=\"lotse-pager\" aria-label=\"%s\">", label);
	if (page > 1)
		html(b,
		     "<a class=\"kern-link\" rel=\"prev\" href=\"%s%lld\">"
		     "Vorherige Seite</a>",
		     url, (long long)(page - 1));
	html(b, "<span>Seite %lld von %lld</span>", (long long)page,
	     (long long)pages);
	if (page < pages)
		html(b,
		     "<a class=\"kern-link\" rel=\"next\" href=\"%s%lld\">"
		     "Nächste Seite</a>",
		     url, (long long)(page + 1));
	HTML_RAW(b, "</nav>\n");
}

/* --- history tabs --------------------------------------------------------- */

static const char *action_label(const char *action)
{
	static const struct {
		const char *code, *label;
	} labels[] = {
		{"create", "Angelegt"}, {"update", "Geändert"},
		{"status", "Status"},	{"verify", "Bestätigt"},
		{"delete", "Gelöscht"}, {"import", "Importiert"},
	};
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (strcmp(labels[i].code, action) == 0)
			return labels[i].label;
	return action;
}

/* The audit entries about one record, newest first, with paging. */
static void history(struct req *r, db *d, const char *entity, int64_t id,
		    const char *url)
{
	buf *b = &r->out;
	int64_t page = intern_page(r);
	struct audit_filter f = {.entity = entity,
				 .entity_id = id,
				 .limit = INTERN_PAGE,
				 .offset = (page - 1) * INTERN_PAGE};
	struct audit_entry *v;
	int64_t total;
	size_t n = audit_list(d, r->a, &f, &v, &total);
	int64_t pages = total ? (total + INTERN_PAGE - 1) / INTERN_PAGE : 1;
	if (!total) {
		HTML_RAW(b,
			 "<p class=\"kern-body\">Noch keine Einträge.</p>\n");
		return;
	}
	html(b,
	     "<p class=\"kern-body\">Jede Änderung mit Zeit und Person, die "
	     "neueste zuerst (%lld %s).</p>\n",
	     (long long)total, total == 1 ? "Eintrag" : "Einträge");
	static const char *const heads[] = {"Zeit (UTC)", "Wer", "Aktion",
					    "Was", NULL};
	intern_table_begin(b, "Verlauf der Änderungen", heads);
	for (size_t i = 0; i < n; i++) {
		const struct audit_entry *a = &v[i];
		const char *at = strlen(a->at) >= 16
					 ? arena_printf(r->a, "%s, %.5s",
							intern_date(r, a->at),
							a->at + 11)
					 : a->at;
		html(b,
		     "<tr class=\"kern-table__row\"><td "
		     "class=\"kern-table__cell lotse-nowrap\"><time "
		     "datetime=\"%s\">%s</time></td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">%s</td></tr>",
		     a->at, at, a->actor, action_label(a->action), a->summary);
	}
	intern_table_end(b);
	intern_pager(r, "Seiten des Verlaufs", url, page, pages);
}

void page_intern_offer_history(struct req *r)
{
	db *d = web_db(r);
	struct offer o;
	if (!d || !intern_offer_load(r, d, &o))
		return;
	const char *path = arena_printf(r->a, "/intern/angebote/%lld/verlauf",
					(long long)o.id);
	web_begin(r, "Verlauf des Angebots");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<p class=\"kern-body\"><a class=\"kern-link\" "
		 "href=\"/intern/angebote\">Zur Liste der Angebote</a></p>\n");
	html(b,
	     "<h1 class=\"kern-heading-large\">%s</h1>\n"
	     "<p class=\"kern-body\">",
	     o.title);
	intern_status_badge(b, o.status);
	html(b, " %s</p>\n", o.org_name);
	intern_offer_tabs(r, o.id, path);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Verlauf</h2>\n");
	history(r, d, "offer", o.id, arena_printf(r->a, "%s?seite=", path));
	web_end(r);
}

void page_intern_org_history(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !intern_org_load(r, d, &o))
		return;
	const char *path = arena_printf(
		r->a, "/intern/organisation/%lld/verlauf", (long long)o.id);
	web_begin(r, "Verlauf der Organisation");
	buf *b = &r->out;
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", o.name);
	intern_org_tabs(r, o.id, path);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Verlauf</h2>\n");
	history(r, d, "organisation", o.id,
		arena_printf(r->a, "%s?seite=", path));
	web_end(r);
}
