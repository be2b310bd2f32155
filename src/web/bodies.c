/*
 * bodies.c - the pages of the network's bodies (Gremien): the list, one
 * body with its rules, members and meetings, the form to create and edit
 * one, and the members with their delegates (coordination office).
 *
 * Partners read; only the coordination office changes (the route table
 * says so, and domain/body.c checks again). The feed of a body's meetings
 * is in termine.c.
 */
#include <stdio.h>
#include <string.h>

#include "domain/contact.h"
#include "domain/region.h"
#include "view/ftable.h"
#include "web/meetings.h"

static const struct option *code_opts(struct req *r, const struct code *c)
{
	int n = code_count(c);
	struct option *o = arena_calloc(r->a, (size_t)n + 1, sizeof *o);
	for (int i = 0; i < n; i++)
		o[i] = (struct option){c[i].code, c[i].label};
	return o;
}

static const struct option *muni_opts(struct req *r, db *d)
{
	struct region *rv;
	size_t n = region_list(d, r->a, "municipality", &rv);
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	for (size_t i = 0; i < n; i++)
		o[i] = (struct option){intern_id_text(r, rv[i].id), rv[i].name};
	return o;
}

/* Loads the body of path parameter "id" (404 answered). */
static bool body_load(struct req *r, db *d, struct body *b)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || body_get(d, r->a, id, b) < 0) {
		resp_error(r, 404, "Dieses Gremium gibt es nicht.");
		return false;
	}
	return true;
}

static const char *field_map(const char *f)
{
	return f;
}

/* --- list ---------------------------------------------------------------- */

void page_bodies(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	bool all = intern_all(r);
	struct body *v;
	size_t n = body_list(d, r->a, all, &v);
	web_begin(r, "Gremien");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Gremien</h1>\n"
		    "<p class=\"kern-body\">Die Gremien des Netzwerks: die "
		    "Netzwerkkonferenz, die Steuerungsgruppe, die Lokalen "
		    "Bündnisse der Gemeinden und die Arbeitsgruppen. Ihre "
		    "Sitzungen finden Sie unter <a class=\"kern-link\" "
		    "href=\"/intern/sitzungen\">Sitzungen</a>.</p>\n");
	if (all)
		HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-btn "
			    "kern-btn--primary\" href=\"/intern/gremien/neu\">"
			    "<span class=\"kern-label\">Neues Gremium</span>"
			    "</a></p>\n");
	if (!n) {
		HTML_RAW(b, "<p class=\"kern-body\">Es gibt noch keine "
			    "Gremien.</p>\n");
		web_end(r);
		return;
	}
	static const char *const heads[] = {"Name", "Art", "Mitglieder",
					    "Vorsitz", NULL};
	ftable_list_begin(b, "Gremien", heads);
	for (size_t i = 0; i < n; i++) {
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\"><a class=\"kern-link\" "
		     "href=\"/intern/gremien/%lld\">%s</a> ",
		     (long long)v[i].id, v[i].name);
		if (v[i].archived)
			intern_badge(b, "danger", "Archiviert");
		html(b,
		     "</th><td class=\"kern-table__cell\">%s%s%s</td>"
		     "<td class=\"kern-table__cell\">%d (%d mit Stimmrecht)"
		     "</td><td class=\"kern-table__cell\">%s</td></tr>\n",
		     code_label(body_kinds, v[i].kind),
		     *v[i].region_name ? ", " : "", v[i].region_name,
		     v[i].members, v[i].voting,
		     *v[i].chair_name ? v[i].chair_name : "–");
	}
	ftable_list_end(b);
	web_end(r);
}

/* --- one body -------------------------------------------------------------- */

void page_body(struct req *r)
{
	db *d = web_db(r);
	struct body bd;
	if (!d || !body_load(r, d, &bd))
		return;
	bool all = intern_all(r);
	web_begin(r, bd.name);
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/intern/gremien\">Zu allen Gremien</a></p>\n");
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", bd.name);
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Das Gremium ist gespeichert.", NULL);
	if (bd.archived)
		alert(b, "warning", "Dieses Gremium ist archiviert.", NULL);
	if (*bd.description)
		web_paragraphs(b, bd.description);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Regeln</h2>\n"
		    "<dl class=\"lotse-facts\">\n");
	html(b, "<dt>Art</dt><dd>%s%s%s</dd>\n",
	     code_label(body_kinds, bd.kind), *bd.region_name ? ", " : "",
	     bd.region_name);
	html(b, "<dt>Vorsitz</dt><dd>%s%s%s%s</dd>\n",
	     *bd.chair_name ? bd.chair_name : "noch nicht bestimmt",
	     *bd.chair_org ? " (" : "", bd.chair_org, *bd.chair_org ? ")" : "");
	html(b, "<dt>Mehrheit für Beschlüsse</dt><dd>%s</dd>\n",
	     code_label(body_majorities, bd.majority));
	if (bd.quorum_percent)
		html(b,
		     "<dt>Beschlussfähigkeit</dt><dd>wenn mindestens %d %% "
		     "der stimmberechtigten Mitglieder anwesend sind</dd>\n",
		     bd.quorum_percent);
	else
		HTML_RAW(b, "<dt>Beschlussfähigkeit</dt><dd>bei "
			    "ordnungsgemäßer Einladung immer</dd>\n");
	html(b, "<dt>Abstimmungen</dt><dd>%s</dd>\n</dl>\n",
	     bd.named_votes ? "namentlich (je Organisation festgehalten)"
			    : "mit Zahlen (ja, nein, Enthaltung)");
	if (all) {
		html(b,
		     "<ul class=\"lotse-links\"><li><a class=\"kern-link\" "
		     "href=\"/intern/gremien/%lld/bearbeiten\">Gremium "
		     "bearbeiten</a></li><li><a class=\"kern-link\" "
		     "href=\"/intern/gremien/%lld/mitglieder\">Mitglieder "
		     "verwalten</a></li><li><a class=\"kern-link\" "
		     "href=\"/intern/sitzungen/neu?gremium=%lld\">Neue "
		     "Sitzung</a></li></ul>\n",
		     (long long)bd.id, (long long)bd.id, (long long)bd.id);
	}

	/* Meetings: the next ones and the last ones. */
	char now[17];
	meeting_local_now(now);
	struct meeting *mv;
	struct meeting_filter f = {.body_id = bd.id, .from = now, .limit = 10};
	size_t nm = meeting_list(d, r->a, &f, &mv, NULL);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Nächste "
		    "Sitzungen</h2>\n");
	if (!nm)
		HTML_RAW(b, "<p class=\"kern-body\">Keine Sitzungen "
			    "geplant.</p>\n");
	else
		HTML_RAW(b, "<ul class=\"kern-list\">\n");
	for (size_t i = 0; i < nm; i++) {
		html(b,
		     "<li><a class=\"kern-link\" href=\"/intern/sitzungen/"
		     "%lld\">%s</a>, %s ",
		     (long long)mv[i].id, mv[i].title, mt_when(r, &mv[i]));
		mt_badges(b, &mv[i]);
		HTML_RAW(b, "</li>\n");
	}
	if (nm)
		HTML_RAW(b, "</ul>\n");
	f = (struct meeting_filter){.body_id = bd.id,
				    .before = now,
				    .newest_first = true,
				    .limit = 10};
	nm = meeting_list(d, r->a, &f, &mv, NULL);
	if (nm) {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Letzte "
			    "Sitzungen</h2>\n<ul class=\"kern-list\">\n");
		for (size_t i = 0; i < nm; i++) {
			html(b,
			     "<li><a class=\"kern-link\" "
			     "href=\"/intern/sitzungen/%lld\">%s</a>, %s ",
			     (long long)mv[i].id, mv[i].title,
			     mt_when(r, &mv[i]));
			mt_badges(b, &mv[i]);
			HTML_RAW(b, "</li>\n");
		}
		HTML_RAW(b, "</ul>\n");
	}
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen?gremium=%lld\">Alle Sitzungen dieses "
	     "Gremiums</a></p>\n",
	     (long long)bd.id);
	mt_ics_link(b,
		    arena_printf(r->a, "/termine/gremium/%lld.ics",
				 (long long)bd.id),
		    "Kalender-Abo der öffentlichen Sitzungen dieses Gremiums "
		    "(iCalendar)");
	mt_ics_link(b,
		    arena_printf(r->a, "/intern/gremien/%lld/termine.ics",
				 (long long)bd.id),
		    "Alle Sitzungen dieses Gremiums als Kalenderdatei "
		    "(nur angemeldet)");

	struct body_member *mem;
	size_t n = body_members(d, r->a, bd.id, &mem);
	html(b, "<h2 class=\"kern-heading-medium\">Mitglieder (%zu)</h2>\n", n);
	if (!n) {
		HTML_RAW(b, "<p class=\"kern-body\">Noch keine Mitglieder."
			    "</p>\n");
	} else {
		static const char *const heads[] = {
			"Organisation", "Bereich",    "Delegiert",
			"Vertretung",	"Stimmrecht", NULL};
		ftable_list_begin(b, "Mitglieder", heads);
		for (size_t i = 0; i < n; i++)
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s</th>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td></tr>\n",
			     mem[i].org_name,
			     sector_label(mem[i].sector)
				     ? sector_label(mem[i].sector)
				     : mem[i].sector,
			     *mem[i].delegate_name ? mem[i].delegate_name : "–",
			     *mem[i].deputy_name ? mem[i].deputy_name : "–",
			     mem[i].voting ? "ja" : "nein");
		ftable_list_end(b);
	}
	web_end(r);
}

/* --- create and edit --------------------------------------------------------- */

static void body_form(struct req *r, db *d, const struct body *bd,
		      const struct form_errors *e)
{
	bool is_new = bd->id == 0;
	const char *action =
		is_new ? "/intern/gremien/neu"
		       : arena_printf(r->a, "/intern/gremien/%lld/bearbeiten",
				      (long long)bd->id);
	web_begin(r, is_new ? "Neues Gremium" : "Gremium bearbeiten");
	buf *b = &r->out;
	if (is_new)
		HTML_RAW(b,
			 "<p class=\"kern-body\"><a class=\"kern-link\" "
			 "href=\"/intern/gremien\">Zu allen Gremien</a></p>\n"
			 "<h1 class=\"kern-heading-large\">Neues Gremium"
			 "</h1>\n");
	else
		html(b,
		     "<p class=\"kern-body\"><a class=\"kern-link\" "
		     "href=\"/intern/gremien/%lld\">Zurück zum Gremium</a>"
		     "</p>\n<h1 class=\"kern-heading-large\">%s bearbeiten"
		     "</h1>\n",
		     (long long)bd->id, bd->name);
	form_error_summary(b, e);
	form_begin(b, action, web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = bd->name,
				   .required = true});
	form_select(b, e, "kind", "Art", code_opts(r, body_kinds), bd->kind,
		    "Bitte wählen", NULL);
	form_select(b, e, "region_id", "Gemeinde", muni_opts(r, d),
		    intern_id_text(r, bd->region_id), "keine",
		    "Nur für ein Lokales Bündnis nötig.");
	form_textarea(b, e,
		      &(struct field){.name = "description",
				      .label = "Beschreibung",
				      .value = bd->description,
				      .hint = "Aufgabe und Arbeitsweise, in "
					      "ein paar Sätzen."},
		      4);
	if (!is_new) {
		struct body_member *mem;
		size_t n = body_members(d, r->a, bd->id, &mem);
		struct option *o = arena_calloc(r->a, n * 2 + 1, sizeof *o);
		size_t k = 0;
		for (size_t i = 0; i < n; i++) {
			if (mem[i].delegate_id)
				o[k++] = (struct option){
					intern_id_text(r, mem[i].delegate_id),
					arena_printf(r->a, "%s (%s)",
						     mem[i].delegate_name,
						     mem[i].org_name)};
			if (mem[i].deputy_id)
				o[k++] = (struct option){
					intern_id_text(r, mem[i].deputy_id),
					arena_printf(r->a, "%s (%s)",
						     mem[i].deputy_name,
						     mem[i].org_name)};
		}
		form_select(b, e, "chair_contact_id", "Vorsitz", o,
			    intern_id_text(r, bd->chair_contact_id),
			    "noch nicht bestimmt",
			    "Zur Wahl stehen die Delegierten und Vertretungen "
			    "der Mitglieder.");
	}
	form_select(b, e, "majority", "Mehrheit für Beschlüsse",
		    code_opts(r, body_majorities), bd->majority, NULL, NULL);
	form_input(
		b, e,
		&(struct field){
			.name = "quorum_percent",
			.label = "Beschlussfähig ab (Prozent der "
				 "stimmberechtigten Mitglieder)",
			.type = "number",
			.inputmode = "numeric",
			.value = arena_printf(r->a, "%d", bd->quorum_percent),
			.hint = "0 heißt: bei ordnungsgemäßer "
				"Einladung immer beschlussfähig.",
			.extra_class = "kern-form-input__input--width-4"});
	intern_fieldset_begin(b, e, "options", "Weitere Regeln", NULL, true,
			      false);
	form_checkbox(b, "named_votes", "1",
		      "Namentliche Abstimmung (Stimme jeder Organisation wird "
		      "festgehalten)",
		      bd->named_votes);
	if (!is_new)
		form_checkbox(b, "archived", "1",
			      "Archiviert (tagt nicht mehr)", bd->archived);
	intern_fieldset_end(b);
	form_submit(b, is_new ? "Anlegen" : "Speichern", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_body_new(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct body bd = {.name = "",
			  .kind = "",
			  .description = "",
			  .majority = "einfach",
			  .quorum_percent = 50};
	body_form(r, d, &bd, NULL);
}

/* Reads the form into bd. What is no number becomes -1, which the domain
 * layer refuses with its message next to the field. */
static void body_read(struct req *r, struct body *bd)
{
	bd->name = intern_form_text(r, "name");
	bd->kind = intern_form_text(r, "kind");
	bd->description = intern_form_text(r, "description");
	bd->majority = intern_form_text(r, "majority");
	const char *region = intern_form_text(r, "region_id");
	bd->region_id = 0;
	if (*region && !parse_int(region, 1, INT64_MAX, &bd->region_id))
		bd->region_id = -1;
	const char *chair = intern_form_text(r, "chair_contact_id");
	int64_t cid = 0;
	if (*chair && !parse_int(chair, 1, INT64_MAX, &cid))
		cid = -1;
	if (bd->id)
		bd->chair_contact_id = cid;
	int64_t q = 0;
	if (!parse_int(intern_form_text(r, "quorum_percent"), -1000000, 1000000,
		       &q))
		q = -1;
	bd->quorum_percent = (int)q;
	bd->named_votes = req_form(r, "named_votes") != NULL;
	if (bd->id)
		bd->archived = req_form(r, "archived") != NULL;
}

static void body_store(struct req *r, db *d, struct body *bd)
{
	struct form_errors fe = {0};
	body_read(r, bd);
	struct errs e = {0};
	int rc = body_save(d, web_actor(r), bd, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		intern_errs(r, &fe, &e, field_map);
		body_form(r, d, bd, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/gremien/%lld?gespeichert=1",
				     (long long)bd->id));
}

void page_body_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct body bd = {0};
	body_store(r, d, &bd);
}

void page_body_edit(struct req *r)
{
	db *d = web_db(r);
	struct body bd;
	if (!d || !body_load(r, d, &bd))
		return;
	body_form(r, d, &bd, NULL);
}

void page_body_save(struct req *r)
{
	db *d = web_db(r);
	struct body bd;
	if (!d || !body_load(r, d, &bd))
		return;
	body_store(r, d, &bd);
}

/* --- members ------------------------------------------------------------------ */

/* The page of members: with org_id the form for that member's delegates
 * (a new member when it is not one yet). */
static void members_page(struct req *r, db *d, const struct body *bd,
			 const struct body_member *edit,
			 const struct form_errors *e)
{
	const char *path = arena_printf(r->a, "/intern/gremien/%lld/mitglieder",
					(long long)bd->id);
	const char *csrf = web_csrf(r);
	web_begin(r, arena_printf(r->a, "Mitglieder: %s", bd->name));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/gremien/%lld\">Zurück zum Gremium</a></p>\n"
	     "<h1 class=\"kern-heading-large\">Mitglieder: %s</h1>\n",
	     (long long)bd->id, bd->name);
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Die Mitgliedschaft ist gespeichert.",
		      NULL);
	if (req_query(r, "entfernt"))
		alert(b, "success", "Die Organisation ist ausgetragen.", NULL);
	form_error_summary(b, e);
	struct body_member *mem;
	size_t n = body_members(d, r->a, bd->id, &mem);

	if (edit) {
		html(b, "<h2 class=\"kern-heading-medium\">%s</h2>\n",
		     edit->org_name);
		struct contact *cv;
		size_t nc = contact_list(d, r->a, edit->org_id, false, &cv);
		struct option *o = arena_calloc(r->a, nc + 1, sizeof *o);
		for (size_t i = 0; i < nc; i++)
			o[i] = (struct option){intern_id_text(r, cv[i].id),
					       cv[i].name};
		form_begin(b, path, csrf);
		html(b,
		     "<input type=\"hidden\" name=\"organisation_id\" "
		     "value=\"%lld\">\n",
		     (long long)edit->org_id);
		if (!nc)
			HTML_RAW(b,
				 "<p class=\"kern-body\">Diese Organisation "
				 "hat noch keine Ansprechpersonen; legen Sie "
				 "zuerst eine an, um sie zu delegieren.</p>\n");
		form_select(b, e, "delegate_id", "Delegierte Person", o,
			    intern_id_text(r, edit->delegate_id), "niemand",
			    NULL);
		form_select(b, e, "deputy_id", "Vertretung", o,
			    intern_id_text(r, edit->deputy_id), "niemand",
			    NULL);
		form_input(b, e,
			   &(struct field){.name = "since",
					   .label = "Mitglied seit",
					   .type = "date",
					   .value = edit->since});
		intern_fieldset_begin(b, e, "voting-set", "Stimmrecht", NULL,
				      false, false);
		form_checkbox(b, "voting", "1",
			      "Hat Stimmrecht (zählt für die "
			      "Beschlussfähigkeit)",
			      edit->voting);
		intern_fieldset_end(b);
		form_submit(b, "Speichern", true);
		form_end(b);
	} else {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Organisation "
			    "aufnehmen</h2>\n");
		const struct option *all = intern_org_opts(r, d);
		size_t na = 0;
		while (all[na].value)
			na++;
		struct option *o = arena_calloc(r->a, na + 1, sizeof *o);
		size_t k = 0;
		for (size_t i = 0; i < na; i++) {
			bool member = false;
			for (size_t j = 0; j < n && !member; j++)
				member =
					strcmp(intern_id_text(r, mem[j].org_id),
					       all[i].value) == 0;
			if (!member)
				o[k++] = all[i];
		}
		html(b, "<form method=\"get\" action=\"%s\" novalidate>\n",
		     path);
		form_select(b, e, "organisation", "Organisation", o, NULL,
			    "Bitte wählen",
			    "Danach wählen Sie die delegierten Personen.");
		form_submit(b, "Weiter", true);
		HTML_RAW(b, "</form>\n");
	}

	html(b, "<h2 class=\"kern-heading-medium\">Mitglieder (%zu)</h2>\n", n);
	if (n) {
		static const char *const heads[] = {
			"Organisation", "Delegiert", "Vertretung",
			"Stimmrecht",	"Aktionen",  NULL};
		ftable_list_begin(b, "Mitglieder", heads);
		for (size_t i = 0; i < n; i++) {
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s</th>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\"><a "
			     "class=\"kern-link\" "
			     "href=\"%s?organisation=%lld\">"
			     "Bearbeiten<span class=\"kern-sr-only\">: "
			     "%s</span>"
			     "</a> ",
			     mem[i].org_name,
			     *mem[i].delegate_name ? mem[i].delegate_name : "–",
			     *mem[i].deputy_name ? mem[i].deputy_name : "–",
			     mem[i].voting ? "ja" : "nein", path,
			     (long long)mem[i].org_id, mem[i].org_name);
			intern_post_button(
				b, csrf,
				&(struct intern_button){
					.action = arena_printf(
						r->a, "%s/entfernen", path),
					.label = "Austragen",
					.sr_more = mem[i].org_name,
					.name1 = "organisation_id",
					.value1 = intern_id_text(
						r, mem[i].org_id)});
			HTML_RAW(b, "</td></tr>\n");
		}
		ftable_list_end(b);
	}
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_body_members(struct req *r)
{
	db *d = web_db(r);
	struct body bd;
	if (!d || !body_load(r, d, &bd))
		return;
	const char *org = req_query(r, "organisation");
	int64_t org_id = 0;
	if (!org || !*org) {
		members_page(r, d, &bd, NULL, NULL);
		return;
	}
	struct organisation o;
	if (!parse_int(org, 1, INT64_MAX, &org_id) ||
	    org_get(d, r->a, org_id, &o) < 0) {
		struct form_errors fe = {0};
		form_error(&fe, "organisation",
			   "Bitte wählen Sie eine Organisation aus der Liste.");
		members_page(r, d, &bd, NULL, &fe);
		return;
	}
	struct body_member edit = {.body_id = bd.id,
				   .org_id = org_id,
				   .org_name = o.name,
				   .voting = true,
				   .since = ""};
	struct body_member *mem;
	size_t n = body_members(d, r->a, bd.id, &mem);
	for (size_t i = 0; i < n; i++)
		if (mem[i].org_id == org_id)
			edit = mem[i];
	members_page(r, d, &bd, &edit, NULL);
}

void page_body_member_save(struct req *r)
{
	db *d = web_db(r);
	struct body bd;
	if (!d || !body_load(r, d, &bd))
		return;
	struct form_errors fe = {0};
	struct body_member m = {.body_id = bd.id,
				.voting = req_form(r, "voting") != NULL,
				.since = intern_form_text(r, "since")};
	struct organisation o = {.name = ""};
	if (!parse_int(intern_form_text(r, "organisation_id"), 1, INT64_MAX,
		       &m.org_id) ||
	    org_get(d, r->a, m.org_id, &o) < 0) {
		resp_error(r, 422, "Bitte wählen Sie eine Organisation.");
		return;
	}
	m.org_name = o.name;
	const char *dl = intern_form_text(r, "delegate_id");
	const char *dp = intern_form_text(r, "deputy_id");
	if (*dl && !parse_int(dl, 1, INT64_MAX, &m.delegate_id))
		form_error(&fe, "delegate_id", "Bitte wählen Sie eine Person.");
	if (*dp && !parse_int(dp, 1, INT64_MAX, &m.deputy_id))
		form_error(&fe, "deputy_id", "Bitte wählen Sie eine Person.");
	struct errs e = {0};
	int rc = fe.n ? -1 : body_member_save(d, web_actor(r), &m, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		intern_errs(r, &fe, &e, field_map);
		members_page(r, d, &bd, &m, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/gremien/%lld/mitglieder?"
				     "gespeichert=1",
				     (long long)bd.id));
}

void page_body_member_remove(struct req *r)
{
	db *d = web_db(r);
	struct body bd;
	if (!d || !body_load(r, d, &bd))
		return;
	int64_t org_id = 0;
	struct errs e = {0};
	if (!parse_int(intern_form_text(r, "organisation_id"), 1, INT64_MAX,
		       &org_id)) {
		resp_error(r, 422, "Bitte wählen Sie eine Organisation.");
		return;
	}
	int rc = body_member_remove(d, web_actor(r), bd.id, org_id, &e);
	if (rc < 0) {
		resp_error(r, rc == -2 ? 403 : 422, e.msg[0]);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/gremien/%lld/mitglieder?"
				     "entfernt=1",
				     (long long)bd.id));
}
