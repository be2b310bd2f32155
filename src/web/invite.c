/*
 * invite.c - the invitation page of a meeting: the coordination office
 * chooses recipients - the delegates (and deputies) of the body's member
 * organisations, any partner organisations (filtered by sector and
 * municipality) and free addresses - and queues one e-mail per address
 * with the meeting's calendar file (mail/invite.h). Those invited before
 * are listed with whether their copy is up to date; after a change of
 * the meeting one button sends them the updated invitation.
 *
 * Routes: GET and POST /intern/sitzungen/{id}/einladen.
 */
#include <stdio.h>
#include <string.h>

#include "domain/body.h"
#include "domain/contact.h"
#include "domain/meeting.h"
#include "domain/region.h"
#include "mail/invite.h"
#include "mail/sender.h"
#include "web/directory_intern.h"

#define FREE_MAX 200

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

static const struct option *town_opts(struct req *r, db *d)
{
	struct region *v;
	size_t n = region_list(d, r->a, "municipality", &v);
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	for (size_t i = 0; i < n; i++)
		o[i] = (struct option){intern_id_text(r, v[i].id), v[i].name};
	return o;
}

/* Was value v among the values of name in the posted form? */
static bool posted(struct req *r, const char *name, const char *v)
{
	const char *vals[2000];
	size_t n = params_get_all(&r->form, name, vals, 2000);
	for (size_t i = 0; i < n && i < 2000; i++)
		if (strcmp(vals[i], v) == 0)
			return true;
	return false;
}

static void invite_page(struct req *r, db *d, const struct meeting *m,
			const struct form_errors *e)
{
	char when[160];
	invite_when(m->starts_at, m->ends_at, when, sizeof when);
	long long mid = (long long)m->id;
	web_begin(r, arena_printf(r->a, "Einladen: %s", m->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld\">Zur Sitzung</a></p>\n"
	     "<h1 class=\"kern-heading-large\">Einladen: %s</h1>\n"
	     "<p class=\"kern-body\">%s · %s%s%s</p>\n",
	     mid, m->title, m->body_name, when, m->place[0] ? " · " : "",
	     m->place);
	const char *sent = req_query(r, "gesendet");
	if (sent && !e)
		alert(b, "success",
		      arena_printf(r->a,
				   "%s Einladung(en) sind im Postausgang.",
				   sent),
		      "Sie werden mit der Kalenderdatei (.ics) versandt, "
		      "sobald ein Mail-Server eingestellt ist; den Stand "
		      "sehen Sie im Postausgang.");
	if (strcmp(m->status, "cancelled") == 0) {
		alert(b, "warning", "Diese Sitzung ist abgesagt.",
		      "Alle Eingeladenen haben die Absage erhalten. Es kann "
		      "niemand mehr eingeladen werden.");
	}
	form_error_summary(b, e);
	/* Those invited so far. */
	struct invitation *inv;
	size_t ninv = invite_list(d, r->a, m->id, &inv);
	size_t outdated = 0;
	for (size_t i = 0; i < ninv; i++)
		outdated += inv[i].sequence < m->sequence;
	html(b,
	     "<h2 class=\"kern-heading-medium\">Bereits eingeladen (%zu)"
	     "</h2>\n",
	     ninv);
	if (ninv) {
		static const char *const heads[] = {
			"Name", "E-Mail", "Eingeladen am", "Stand", NULL};
		intern_table_begin(b, "Bereits eingeladen", heads);
		for (size_t i = 0; i < ninv; i++) {
			const struct invitation *v = &inv[i];
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s%s%s%s</th>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">",
			     v->name[0] ? v->name : v->email,
			     v->org_name[0] && strcmp(v->org_name, v->name)
				     ? " ("
				     : "",
			     v->org_name[0] && strcmp(v->org_name, v->name)
				     ? v->org_name
				     : "",
			     v->org_name[0] && strcmp(v->org_name, v->name)
				     ? ")"
				     : "",
			     v->email, intern_date(r, v->invited_at));
			if (v->sequence < m->sequence)
				intern_badge(b, "warning",
					     "veraltet: vor der letzten "
					     "Änderung eingeladen");
			else
				intern_badge(b, "success", "aktuell");
			HTML_RAW(b, "</td></tr>\n");
		}
		intern_table_end(b);
		html(b,
		     "<p class=\"kern-body\"><a class=\"kern-link\" "
		     "href=\"/intern/postausgang?bezug=%lld\">Versandstand "
		     "im Postausgang</a></p>\n",
		     mid);
	} else {
		HTML_RAW(b, "<p class=\"kern-body\">Noch niemand.</p>\n");
	}
	if (strcmp(m->status, "cancelled") == 0) {
		web_end(r);
		if (e && e->n)
			r->status = 422;
		return;
	}
	const char *csrf = web_csrf(r);
	const char *action =
		arena_printf(r->a, "/intern/sitzungen/%lld/einladen", mid);
	if (outdated)
		intern_post_button(
			b, csrf,
			&(struct intern_button){
				.action = action,
				.label = arena_printf(
					r->a,
					"Aktualisierte Einladung an %zu "
					"veraltete Adresse(n) senden",
					outdated),
				.primary = true,
				.name1 = "aktualisieren",
				.value1 = "1",
			});
	/* Filter of the partner list (GET, keeps nothing else). */
	const char *sector = req_query(r, "bereich");
	const char *town = req_query(r, "gemeinde");
	int64_t town_id = 0;
	if (sector && *sector && !sector_label(sector))
		sector = NULL;
	if (town && *town && !parse_int(town, 1, INT64_MAX, &town_id))
		town = NULL;
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Neue Einladungen</h2>"
		    "\n");
	html(b,
	     "<form method=\"get\" action=\"%s\" class=\"lotse-filter\" "
	     "role=\"search\" aria-label=\"Partner filtern\" novalidate>\n",
	     action);
	form_select(b, NULL, "bereich", "Partner aus dem Bereich",
		    sector_opts(r), sector, "alle Bereiche", NULL);
	form_select(b, NULL, "gemeinde", "Partner in der Gemeinde",
		    town_opts(r, d), town, "alle Gemeinden", NULL);
	form_submit(b, "Partnerliste filtern", false);
	HTML_RAW(b, "</form>\n");

	form_begin(b, action, csrf);
	/* Delegates of the body. */
	struct invite_candidate *c;
	size_t nc = invite_candidates(d, r->a, m->body_id, &c);
	intern_fieldset_begin(
		b, e, "delegierte",
		arena_printf(r->a, "Delegierte von „%s“", m->body_name),
		nc ? "Die delegierten Personen (und ihre Vertretungen) der "
		     "Mitgliedsorganisationen; ohne Delegierte die Adresse "
		     "der Organisation."
		   : "Das Gremium hat noch keine Mitglieder mit E-Mail-"
		     "Adresse.",
		true, false);
	for (size_t i = 0; i < nc; i++) {
		const char *label =
			arena_printf(r->a, "%s%s (%s) – %s", c[i].name,
				     c[i].deputy ? ", Vertretung" : "",
				     c[i].org_name, c[i].email);
		if (c[i].contact_id) {
			const char *v = intern_id_text(r, c[i].contact_id);
			form_checkbox(b, "kontakt", v, label,
				      e ? posted(r, "kontakt", v)
					: !c[i].deputy);
		} else {
			const char *v = intern_id_text(r, c[i].org_id);
			form_checkbox(b, "orgadresse", v, label,
				      e ? posted(r, "orgadresse", v) : true);
		}
	}
	intern_fieldset_end(b);
	/* Partner organisations (filtered). */
	struct organisation *orgs;
	size_t norgs = org_find(d, r->a, sector && *sector ? sector : NULL,
				town_id, true, &orgs);
	size_t without = 0;
	intern_fieldset_begin(
		b, e, "partner", "Weitere Partnerorganisationen",
		"An die allgemeine E-Mail-Adresse der Organisation. Mit dem "
		"Filter oben wählen Sie einen Bereich oder eine Gemeinde.",
		true, false);
	for (size_t i = 0; i < norgs; i++) {
		if (!orgs[i].email[0]) {
			without++;
			continue;
		}
		const char *v = intern_id_text(r, orgs[i].id);
		form_checkbox(b, "org", v,
			      arena_printf(r->a, "%s – %s", orgs[i].name,
					   orgs[i].email),
			      e && posted(r, "org", v));
	}
	if (without)
		html(b,
		     "<p class=\"kern-body kern-body--small\">%zu "
		     "Organisation(en) ohne E-Mail-Adresse sind nicht "
		     "aufgeführt.</p>\n",
		     without);
	intern_fieldset_end(b);
	form_textarea(
		b, e,
		&(struct field){.name = "adressen",
				.label = "Weitere E-Mail-Adressen",
				.hint = "Eine Adresse je Zeile (oder "
					"durch Komma getrennt), zum "
					"Beispiel für Gäste.",
				.value = e ? req_form(r, "adressen") : NULL},
		4);
	form_submit(b, "Einladungen senden", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

/* Loads the meeting of the path; answers 404 itself. */
static bool load(struct req *r, db *d, struct meeting *m)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || meeting_get(d, r->a, id, m) < 0) {
		resp_error(r, 404, "Diese Sitzung gibt es nicht.");
		return false;
	}
	return true;
}

void page_invite(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (d && load(r, d, &m))
		invite_page(r, d, &m, NULL);
}

static const char *field_id(const char *f)
{
	if (strcmp(f, "adressen") == 0)
		return "adressen";
	return "delegierte";
}

void page_invite_post(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !load(r, d, &m))
		return;
	struct errs e = {0};
	struct form_errors fe = {0};
	int rc;
	if (req_form(r, "aktualisieren")) {
		rc = invite_resend(d, web_actor(r), m.id, false, &e);
	} else {
		size_t cap = 64, n = 0;
		struct invite_recipient *v = arena_calloc(r->a, cap, sizeof *v);
		const char *vals[2000];
		size_t nv = params_get_all(&r->form, "kontakt", vals, 2000);
		for (size_t i = 0; i < nv && i < 2000; i++) {
			int64_t cid;
			struct contact c;
			if (!parse_int(vals[i], 1, INT64_MAX, &cid) ||
			    contact_get(d, r->a, cid, &c) < 0 || !c.email[0])
				continue;
			v = arena_grow(r->a, v, n, &cap, sizeof *v);
			v[n++] = (struct invite_recipient){c.email, c.name,
							   c.org_id};
		}
		static const char *const org_fields[] = {"org", "orgadresse"};
		for (int k = 0; k < 2; k++) {
			nv = params_get_all(&r->form, org_fields[k], vals,
					    2000);
			for (size_t i = 0; i < nv && i < 2000; i++) {
				int64_t oid;
				struct organisation o;
				if (!parse_int(vals[i], 1, INT64_MAX, &oid) ||
				    org_get(d, r->a, oid, &o) < 0 ||
				    !o.email[0])
					continue;
				v = arena_grow(r->a, v, n, &cap, sizeof *v);
				v[n++] = (struct invite_recipient){
					o.email, o.name, o.id};
			}
		}
		const char *free_text = req_form(r, "adressen");
		if (free_text && strlen(free_text) > 20000) {
			form_error(&fe, "adressen",
				   "Bitte höchstens 20 000 Zeichen.");
			invite_page(r, d, &m, &fe);
			return;
		}
		char *copy = arena_strdup(r->a, free_text ? free_text : "");
		size_t nfree = 0;
		char *save = NULL;
		for (char *tok = strtok_r(copy, " ,;\r\n\t", &save); tok;
		     tok = strtok_r(NULL, " ,;\r\n\t", &save)) {
			if (++nfree > FREE_MAX) {
				form_error(&fe, "adressen",
					   "Bitte höchstens 200 weitere "
					   "Adressen auf einmal.");
				invite_page(r, d, &m, &fe);
				return;
			}
			v = arena_grow(r->a, v, n, &cap, sizeof *v);
			v[n++] = (struct invite_recipient){tok, "", 0};
		}
		rc = invite_send(d, web_actor(r), m.id, v, n, &e);
	}
	if (rc == -2) {
		resp_error(r, 403, "Das dürfen Sie nicht.");
		return;
	}
	if (rc < 0) {
		intern_errs(r, &fe, &e, field_id);
		invite_page(r, d, &m, &fe);
		return;
	}
	sender_wake();
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/einladen?"
				     "gesendet=%d",
				     (long long)m.id, rc));
}
