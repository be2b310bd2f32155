/*
 * orgs_intern.c - the internal pages of organisations and their contacts.
 *
 * The coordination office lists the partner organisations (search by name,
 * filter by sector), creates new ones and keeps their network data (sector,
 * membership and since when, description, municipalities served, archived).
 * The contact data of one organisation is edited on the page of account.c
 * (/intern/organisation/{id}/bearbeiten), which a partner uses for its own.
 * Contacts - the people at an organisation, shown publicly only with their
 * consent - are kept by the organisation itself or the coordination office.
 *
 * Changes go through domain/organisation.h and domain/contact.h with the
 * actor of the request; they check the rights and write the audit log.
 */
#include <stdio.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/contact.h"
#include "domain/region.h"
#include "web/directory_intern.h"

static const struct option membership_opts[] = {
	{"member", "Mitglied"},
	{"interested", "Interessiert"},
	{"left", "Ausgetreten"},
	{NULL, NULL},
};

static const char *membership_label(const char *code)
{
	for (const struct option *o = membership_opts; o->value; o++)
		if (strcmp(o->value, code) == 0)
			return o->label;
	return code;
}

static const struct option *sector_opts(struct req *r)
{
	size_t n = 0;
	while (sectors[n].code)
		n++;
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	for (size_t i = 0; i < n; i++)
		o[i] = (struct option){sectors[i].code, sectors[i].label};
	return o;
}

/* Lower case for comparing names: ASCII and the German umlauts. */
static char *fold(arena *a, const char *s)
{
	size_t n = strlen(s);
	char *out = arena_alloc(a, n + 1);
	for (size_t i = 0; i <= n; i++) {
		unsigned char c = (unsigned char)s[i];
		out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		/* Ä Ö Ü (C3 84, C3 96, C3 9C) -> ä ö ü (C3 A4, B6, BC) */
		if (c == 0xC3 && i + 1 < n) {
			unsigned char d = (unsigned char)s[i + 1];
			if (d == 0x84 || d == 0x96 || d == 0x9C)
				d += 0x20;
			out[++i] = (char)d;
		}
	}
	return out;
}

/* --- list of organisations ----------------------------------------------- */

void page_intern_orgs(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	const char *q = req_query(r, "q");
	if (q && strlen(q) > 200)
		form_error(&e, "q", "Bitte höchstens 200 Zeichen.");
	const char *sector = req_query(r, "bereich");
	if (sector && *sector && !sector_label(sector))
		form_error(&e, "bereich",
			   "Bitte wählen Sie einen Bereich aus der Liste.");
	int64_t page = intern_page(r);

	web_begin(r, "Organisationen");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<h1 class=\"kern-heading-large\">Organisationen</h1>\n"
		 "<p class=\"kern-body\">Die Partner des Netzwerks. Über die "
		 "Links in jeder Zeile pflegen Sie Kontaktdaten, "
		 "Netzwerkangaben und Ansprechpersonen.</p>\n"
		 "<p class=\"kern-body\"><a class=\"kern-btn "
		 "kern-btn--primary\" href=\"/intern/organisationen/neu\">"
		 "<span class=\"kern-label\">Neue Organisation</span></a>"
		 "</p>\n");
	form_error_summary(b, &e);
	HTML_RAW(b, "<form method=\"get\" action=\"/intern/organisationen\" "
		    "class=\"lotse-filter\" role=\"search\" "
		    "aria-label=\"Organisationen suchen\" novalidate>\n");
	form_input(b, &e,
		   &(struct field){.name = "q",
				   .label = "Name enthält",
				   .type = "search",
				   .value = q});
	form_select(b, &e, "bereich", "Bereich", sector_opts(r), sector,
		    "alle Bereiche", NULL);
	form_submit(b, "Suchen", false);
	HTML_RAW(b, "</form>\n");
	if (e.n) {
		r->status = 400;
		web_end(r);
		return;
	}
	struct organisation *v;
	size_t n = org_find(d, r->a, sector && *sector ? sector : NULL, 0,
			    false, &v);
	if (q && *q) {
		const char *fq = fold(r->a, q);
		size_t k = 0;
		for (size_t i = 0; i < n; i++)
			if (strstr(fold(r->a, v[i].name), fq))
				v[k++] = v[i];
		n = k;
	}
	int64_t pages = n ? ((int64_t)n + INTERN_PAGE - 1) / INTERN_PAGE : 1;
	if (page > pages)
		page = pages;
	size_t from = (size_t)((page - 1) * INTERN_PAGE);
	size_t to = from + INTERN_PAGE < n ? from + INTERN_PAGE : n;
	html(b, "<p class=\"kern-body\" role=\"status\">%zu %s</p>\n", n,
	     n == 1 ? "Organisation" : "Organisationen");
	if (n) {
		static const char *const heads[] = {"Name",   "Bereich",
						    "Ort",    "Mitgliedschaft",
						    "Seiten", NULL};
		intern_table_begin(b, "Organisationen", heads);
		for (size_t i = from; i < to; i++) {
			const struct organisation *o = &v[i];
			long long id = (long long)o->id;
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><a "
			     "class=\"kern-link\" "
			     "href=\"/intern/organisation/%lld/bearbeiten\">"
			     "%s</a></th><td class=\"kern-table__cell\">%s"
			     "</td><td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s ",
			     id, o->name,
			     sector_label(o->sector) ? sector_label(o->sector)
						     : o->sector,
			     o->city[0] ? o->city : "–",
			     membership_label(o->membership));
			if (o->archived)
				intern_badge(b, "danger", "Archiviert");
			html(b,
			     "</td><td class=\"kern-table__cell\"><ul "
			     "class=\"lotse-links\">"
			     "<li><a class=\"kern-link\" "
			     "href=\"/intern/organisation/%lld/netzwerk\">"
			     "Netzwerk<span class=\"kern-sr-only\">: %s</span>"
			     "</a></li>"
			     "<li><a class=\"kern-link\" href=\"/intern/"
			     "organisation/%lld/ansprechpersonen\">"
			     "Ansprechpersonen<span class=\"kern-sr-only\">: "
			     "%s</span></a></li>"
			     "<li><a class=\"kern-link\" "
			     "href=\"/intern/angebote?organisation=%lld\">"
			     "Angebote<span class=\"kern-sr-only\">: %s</span>"
			     "</a></li></ul></td></tr>",
			     id, o->name, id, o->name, id, o->name);
		}
		intern_table_end(b);
	}
	intern_pager(r, "Seiten der Organisationen",
		     arena_printf(r->a,
				  "/intern/organisationen?q=%s&bereich=%s&"
				  "seite=",
				  url_component(r->a, q ? q : ""),
				  url_component(r->a, sector ? sector : "")),
		     page, pages);
	web_end(r);
}

/* --- new organisation -------------------------------------------------------- */

static void org_new_page(struct req *r, const struct organisation *o,
			 const struct form_errors *e)
{
	web_begin(r, "Neue Organisation");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<p class=\"kern-body\"><a class=\"kern-link\" "
		 "href=\"/intern/organisationen\">Zur Liste der "
		 "Organisationen</a></p>\n"
		 "<h1 class=\"kern-heading-large\">Neue Organisation</h1>\n");
	form_error_summary(b, e);
	form_begin(b, "/intern/organisationen/neu", web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = o->name,
				   .required = true,
				   .autocomplete = "organization"});
	form_select(b, e, "sector", "Bereich", sector_opts(r), o->sector,
		    "Bitte wählen", NULL);
	form_select(b, e, "membership", "Mitgliedschaft", membership_opts,
		    o->membership, NULL, NULL);
	form_input(b, e,
		   &(struct field){.name = "member_since",
				   .label = "Mitglied seit",
				   .type = "date",
				   .value = o->member_since});
	form_input(b, e,
		   &(struct field){.name = "street",
				   .label = "Straße und Hausnummer",
				   .value = o->street});
	form_input(b, e,
		   &(struct field){.name = "postcode",
				   .label = "Postleitzahl",
				   .value = o->postcode,
				   .inputmode = "numeric",
				   .extra_class =
					   "kern-form-input__input--width-5"});
	form_input(b, e,
		   &(struct field){
			   .name = "city", .label = "Ort", .value = o->city});
	form_input(b, e,
		   &(struct field){.name = "phone",
				   .label = "Telefon",
				   .type = "tel",
				   .value = o->phone});
	form_input(b, e,
		   &(struct field){.name = "email",
				   .label = "E-Mail",
				   .type = "email",
				   .value = o->email});
	form_input(b, e,
		   &(struct field){.name = "web",
				   .label = "Internetseite",
				   .type = "url",
				   .value = o->web,
				   .hint = "Beginnt mit https://"});
	form_submit(b, "Anlegen", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_intern_org_new(struct req *r)
{
	struct organisation o = {.name = "",
				 .sector = "",
				 .membership = "member",
				 .member_since = "",
				 .street = "",
				 .postcode = "",
				 .city = "",
				 .phone = "",
				 .email = "",
				 .web = ""};
	org_new_page(r, &o, NULL);
}

void page_intern_org_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct organisation o = {
		.name = intern_form_text(r, "name"),
		.sector = intern_form_text(r, "sector"),
		.membership = intern_form_text(r, "membership"),
		.member_since = intern_form_text(r, "member_since"),
		.street = intern_form_text(r, "street"),
		.postcode = intern_form_text(r, "postcode"),
		.city = intern_form_text(r, "city"),
		.phone = intern_form_text(r, "phone"),
		.email = intern_form_text(r, "email"),
		.web = intern_form_text(r, "web")};
	struct form_errors e = {0};
	const char *since = o.member_since;
	if (since[0] &&
	    (strlen(since) != 10 || since[4] != '-' || since[7] != '-'))
		form_error(&e, "member_since",
			   "Bitte geben Sie das Datum als JJJJ-MM-TT an.");
	struct user_error ue = {0};
	int64_t id = e.n ? -1 : org_create(d, web_actor(r), &o, &ue);
	if (id < 0) {
		if (!e.n)
			form_error(&e, ue.field, arena_strdup(r->a, ue.msg));
		org_new_page(r, &o, &e);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/organisation/%lld/netzwerk?"
				     "angelegt=1",
				     (long long)id));
}

/* --- network data -------------------------------------------------------------- */

static void network_page(struct req *r, db *d, const struct organisation *o,
			 const char *name, const struct form_errors *e)
{
	const char *path = arena_printf(
		r->a, "/intern/organisation/%lld/netzwerk", (long long)o->id);
	web_begin(r, "Netzwerkangaben");
	buf *b = &r->out;
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", name);
	if (req_query(r, "angelegt"))
		alert(b, "success", "Die Organisation ist angelegt.",
		      "Tragen Sie jetzt ein, für welche Gemeinden sie da ist.");
	else if (req_query(r, "gespeichert"))
		alert(b, "success", "Die Netzwerkangaben sind gespeichert.",
		      NULL);
	intern_org_tabs(r, o->id, path);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Netzwerk</h2>\n"
		    "<p class=\"kern-body\">Diese Angaben pflegt nur die "
		    "Koordinierungsstelle.</p>\n");
	form_error_summary(b, e);
	form_begin(b, path, web_csrf(r));
	form_select(b, e, "sector", "Bereich", sector_opts(r), o->sector,
		    "Bitte wählen", NULL);
	form_select(b, e, "membership", "Mitgliedschaft", membership_opts,
		    o->membership, NULL, NULL);
	form_input(b, e,
		   &(struct field){.name = "member_since",
				   .label = "Mitglied seit",
				   .type = "date",
				   .value = o->member_since});
	form_textarea(b, e,
		      &(struct field){.name = "description",
				      .label = "Beschreibung",
				      .value = o->description,
				      .hint = "Was macht die Organisation? "
					      "Steht auf der öffentlichen "
					      "Partnerliste."},
		      4);
	struct region *rv;
	size_t nr = region_list(d, r->a, "municipality", &rv);
	intern_fieldset_begin(b, e, "regions", "Für welche Gemeinden?", NULL,
			      true, true);
	for (size_t i = 0; i < nr; i++) {
		bool on = false;
		for (size_t k = 0; k < o->nregions; k++)
			on = on || o->regions[k] == rv[i].id;
		form_checkbox(b, "regions",
			      arena_printf(r->a, "%lld", (long long)rv[i].id),
			      rv[i].name, on);
	}
	intern_fieldset_end(b);
	intern_fieldset_begin(b, e, "archiv", "Archiv", NULL, true, false);
	form_checkbox(b, "archived", "1",
		      "Archiviert – erscheint nicht mehr in Listen und "
		      "Auswahlen für die Öffentlichkeit",
		      o->archived);
	intern_fieldset_end(b);
	form_submit(b, "Speichern", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_intern_org_network(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !intern_org_load(r, d, &o))
		return;
	network_page(r, d, &o, o.name, NULL);
}

void page_intern_org_network_save(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !intern_org_load(r, d, &o))
		return;
	const char *name = o.name;
	o.sector = intern_form_text(r, "sector");
	o.membership = intern_form_text(r, "membership");
	o.member_since = intern_form_text(r, "member_since");
	o.description = intern_form_text(r, "description");
	o.archived = req_form(r, "archived") != NULL;
	const char *ids[64];
	size_t n = params_get_all(&r->form, "regions", ids, 64);
	o.nregions = n > 64 ? 64 : n;
	struct form_errors e = {0};
	for (size_t i = 0; i < o.nregions; i++)
		if (!parse_int(ids[i], 1, INT64_MAX, &o.regions[i]))
			o.regions[i] = 0;
	struct region *rv;
	size_t nr = region_list(d, r->a, "municipality", &rv);
	for (size_t i = 0; i < o.nregions; i++) {
		bool known = false;
		for (size_t k = 0; k < nr; k++)
			known = known || rv[k].id == o.regions[i];
		if (!known) {
			form_error(&e, "regions", "Unbekannte Gemeinde.");
			break;
		}
	}
	struct user_error ue = {0};
	int rc = e.n ? -1 : org_update_network(d, web_actor(r), &o, &ue);
	if (rc == -2) {
		resp_error(r, 403, ue.msg);
		return;
	}
	if (rc < 0) {
		if (!e.n)
			form_error(&e, ue.field, arena_strdup(r->a, ue.msg));
		network_page(r, d, &o, name, &e);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/organisation/%lld/netzwerk?"
				     "gespeichert=1",
				     (long long)o.id));
}

/* --- contacts --------------------------------------------------------------------- */

static const char *contacts_path(struct req *r, int64_t org_id)
{
	return arena_printf(r->a, "/intern/organisation/%lld/ansprechpersonen",
			    (long long)org_id);
}

void page_intern_contacts(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !intern_org_load(r, d, &o))
		return;
	const char *path = contacts_path(r, o.id);
	struct contact *v;
	size_t n = contact_list(d, r->a, o.id, false, &v);
	web_begin(r, "Ansprechpersonen");
	buf *b = &r->out;
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", o.name);
	const char *done = req_query(r, "erledigt");
	if (done && strcmp(done, "geloescht") == 0)
		alert(b, "success", "Die Ansprechperson ist gelöscht.", NULL);
	else if (done && strcmp(done, "gespeichert") == 0)
		alert(b, "success", "Die Ansprechperson ist gespeichert.",
		      NULL);
	intern_org_tabs(r, o.id, path);
	html(b,
	     "<h2 class=\"kern-heading-medium\">Ansprechpersonen</h2>\n"
	     "<p class=\"kern-body\">Öffentlich gezeigt wird nur, wer dem "
	     "zugestimmt hat. Alle anderen sehen nur angemeldete "
	     "Fachkräfte des Netzwerks.</p>\n"
	     "<p class=\"kern-body\"><a class=\"kern-btn kern-btn--primary\" "
	     "href=\"%s/neu\"><span class=\"kern-label\">Neue "
	     "Ansprechperson</span></a></p>\n",
	     path);
	html(b, "<p class=\"kern-body\" role=\"status\">%zu %s</p>\n", n,
	     n == 1 ? "Ansprechperson" : "Ansprechpersonen");
	if (n) {
		static const char *const heads[] = {
			"Name",	  "Rolle",	"Funktion", "Telefon",
			"E-Mail", "Öffentlich", NULL};
		intern_table_begin(b, "Ansprechpersonen", heads);
		for (size_t i = 0; i < n; i++) {
			const struct contact *c = &v[i];
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><a "
			     "class=\"kern-link\" href=\"%s/%lld\">%s</a></th>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">",
			     path, (long long)c->id, c->name,
			     code_label(contact_roles, c->role),
			     c->job_title[0] ? c->job_title : "–",
			     c->phone[0] ? c->phone : "–",
			     c->email[0] ? c->email : "–");
			if (c->public)
				html(b, "ja, seit %s",
				     intern_date(r, c->consent_at));
			else
				HTML_RAW(b, "nein");
			HTML_RAW(b, "</td></tr>");
		}
		intern_table_end(b);
	}
	web_end(r);
}

/* Loads the contact of the path, which must belong to organisation o. */
static bool contact_load(struct req *r, db *d, const struct organisation *o,
			 struct contact *c)
{
	int64_t id = intern_path_id(r, "cid");
	if (!id || contact_get(d, r->a, id, c) < 0 || c->org_id != o->id) {
		resp_error(r, 404, "Diese Ansprechperson gibt es nicht.");
		return false;
	}
	return true;
}

static const char *contact_field(const char *field)
{
	static const char *const known[] = {"name", "role", "job_title",
					    "phone", "email"};
	for (size_t i = 0; i < sizeof known / sizeof *known; i++)
		if (strcmp(known[i], field) == 0)
			return known[i];
	return NULL;
}

static void contact_page(struct req *r, const struct organisation *o,
			 const struct contact *c, const struct form_errors *e)
{
	const char *list = contacts_path(r, o->id);
	const char *action =
		c->id ? arena_printf(r->a, "%s/%lld", list, (long long)c->id)
		      : arena_printf(r->a, "%s/neu", list);
	web_begin(r, c->id ? "Ansprechperson bearbeiten"
			   : "Neue "
			     "Ansprechperson");
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" href=\"%s\">Zu den "
	     "Ansprechpersonen von %s</a></p>\n"
	     "<h1 class=\"kern-heading-large\">%s</h1>\n",
	     list, o->name,
	     c->id ? "Ansprechperson bearbeiten" : "Neue Ansprechperson");
	form_error_summary(b, e);
	form_begin(b, action, web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = c->name,
				   .required = true,
				   .autocomplete = "off"});
	struct option *roles = arena_calloc(
		r->a, (size_t)code_count(contact_roles) + 1, sizeof *roles);
	for (int i = 0; contact_roles[i].code; i++)
		roles[i] = (struct option){contact_roles[i].code,
					   contact_roles[i].label};
	form_select(b, e, "role", "Rolle im Netzwerk", roles, c->role,
		    "Bitte wählen", NULL);
	form_input(b, e,
		   &(struct field){.name = "job_title",
				   .label = "Funktion",
				   .value = c->job_title,
				   .hint = "Zum Beispiel „Leitung "
					   "Familienzentrum“"});
	form_input(b, e,
		   &(struct field){.name = "phone",
				   .label = "Telefon",
				   .type = "tel",
				   .value = c->phone,
				   .autocomplete = "off"});
	form_input(b, e,
		   &(struct field){.name = "email",
				   .label = "E-Mail",
				   .type = "email",
				   .value = c->email,
				   .autocomplete = "off"});
	intern_fieldset_begin(
		b, e, "einwilligung", "Öffentlich zeigen",
		"Kreuzen Sie das nur an, wenn die Person zugestimmt hat, dass "
		"ihr Name, ihre Rolle, Telefon und E-Mail auf den öffentlichen "
		"Seiten des Netzwerks stehen. Das Datum der Zustimmung wird "
		"gespeichert. Ohne Haken sehen nur angemeldete Fachkräfte des "
		"Netzwerks diese Angaben. Nimmt die Person ihre Zustimmung "
		"zurück, entfernen Sie den Haken.",
		true, false);
	form_checkbox(b, "public", "1",
		      "darf öffentlich gezeigt werden (Einwilligung liegt vor)",
		      c->public);
	intern_fieldset_end(b);
	if (c->public && c->consent_at && c->consent_at[0])
		html(b,
		     "<p class=\"kern-body\">Einwilligung eingetragen am "
		     "%s.</p>\n",
		     intern_date(r, c->consent_at));
	form_submit(b, "Speichern", true);
	form_end(b);
	if (c->id) {
		HTML_RAW(b, "<section class=\"lotse-section\" "
			    "aria-labelledby=\"loeschen\"><h2 id=\"loeschen\" "
			    "class=\"kern-heading-medium\">Löschen</h2>\n"
			    "<p class=\"kern-body\">Arbeitet die Person nicht "
			    "mehr hier, löschen Sie sie. Angebote, die sie als "
			    "Ansprechperson nennen, haben dann keine "
			    "mehr.</p>\n");
		intern_post_button(b, web_csrf(r),
				   &(struct intern_button){
					   .action = arena_printf(
						   r->a, "%s/loeschen", action),
					   .label = "Ansprechperson löschen",
					   .sr_more = c->name});
		HTML_RAW(b, "</section>\n");
	}
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_intern_contact_new(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !intern_org_load(r, d, &o))
		return;
	struct contact c = {.org_id = o.id,
			    .name = "",
			    .role = "ansprechperson",
			    .job_title = "",
			    .phone = "",
			    .email = "",
			    .consent_at = ""};
	contact_page(r, &o, &c, NULL);
}

/* Saves the contact c (new when c->id is 0) from the form. */
static void contact_save_form(struct req *r, db *d,
			      const struct organisation *o, struct contact *c)
{
	c->org_id = o->id;
	c->name = intern_form_text(r, "name");
	c->role = intern_form_text(r, "role");
	c->job_title = intern_form_text(r, "job_title");
	c->phone = intern_form_text(r, "phone");
	c->email = intern_form_text(r, "email");
	c->public = req_form(r, "public") != NULL;
	struct errs e = {0};
	int rc = contact_save(d, web_actor(r), c, &e);
	if (rc == -2) {
		resp_error(r, 403, e.n ? e.msg[0] : "Nicht erlaubt.");
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, contact_field);
		contact_page(r, o, c, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a, "%s?erledigt=gespeichert",
				     contacts_path(r, o->id)));
}

void page_intern_contact_create(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !intern_org_load(r, d, &o))
		return;
	struct contact c = {.consent_at = ""};
	contact_save_form(r, d, &o, &c);
}

void page_intern_contact_edit(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	struct contact c;
	if (!d || !intern_org_load(r, d, &o) || !contact_load(r, d, &o, &c))
		return;
	contact_page(r, &o, &c, NULL);
}

void page_intern_contact_save(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	struct contact c;
	if (!d || !intern_org_load(r, d, &o) || !contact_load(r, d, &o, &c))
		return;
	contact_save_form(r, d, &o, &c);
}

void page_intern_contact_delete(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	struct contact c;
	if (!d || !intern_org_load(r, d, &o) || !contact_load(r, d, &o, &c))
		return;
	struct errs e = {0};
	int rc = contact_delete(d, web_actor(r), c.id, &e);
	if (rc < 0) {
		resp_error(r, rc == -2 ? 403 : 422,
			   e.n ? e.msg[0] : "Das ging nicht.");
		return;
	}
	web_redirect(r, arena_printf(r->a, "%s?erledigt=geloescht",
				     contacts_path(r, o.id)));
}
