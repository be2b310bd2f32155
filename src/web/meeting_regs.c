/*
 * meeting_regs.c - registration for meetings and attendance on the day:
 * the registration part of the meeting's page (a partner registers and
 * cancels persons of its own organisation; the coordination office
 * anyone), the waiting list, the attendance list to tick (one form, saved
 * at once), persons added on the day, the printable list with a signature
 * column, and the figures (attendees and organisations, per sector).
 *
 * Rights are checked by the route table (least role) and again in
 * domain/registration.c (own organisation, before the meeting).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "domain/organisation.h"
#include "view/ftable.h"
#include "web/meetings.h"

static const char *status_label(const char *s)
{
	if (strcmp(s, "registered") == 0)
		return "angemeldet";
	if (strcmp(s, "waiting") == 0)
		return "Warteliste";
	return "abgemeldet";
}

static const char *attended_label(int a)
{
	return a < 0 ? "–" : a ? "anwesend" : "nicht anwesend";
}

/* The values of the registration form. */
struct reg_values {
	const char *name, *email, *org;
	bool walk_in;
};

/* Is registration open for this actor (partners: planned, not begun)? */
static bool reg_open(struct req *r, const struct meeting *m)
{
	if (strcmp(m->status, "planned") != 0)
		return false;
	if (intern_all(r))
		return true;
	char now[17];
	meeting_local_now(now);
	return strcmp(m->starts_at, now) > 0;
}

/* The form to register; coordination also chooses the organisation (or
 * none) and may mark the person as present on the day. */
static void reg_form(struct req *r, db *d, const struct meeting *m,
		     const struct reg_values *v, const struct form_errors *e,
		     const char *back)
{
	buf *b = &r->out;
	bool all = intern_all(r);
	form_begin(b,
		   arena_printf(r->a, "/intern/sitzungen/%lld/anmelden",
				(long long)m->id),
		   web_csrf(r));
	if (back)
		html(b, "<input type=\"hidden\" name=\"zurueck\" value=\"%s\">",
		     back);
	form_input(b, e,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = v->name,
				   .required = true,
				   .autocomplete = "off"});
	form_input(b, e,
		   &(struct field){.name = "email",
				   .label = "E-Mail",
				   .type = "email",
				   .value = v->email,
				   .autocomplete = "off",
				   .hint = "Für Nachrichten zur Sitzung, etwa "
					   "wenn ein Platz frei wird."});
	if (all) {
		form_select(b, e, "organisation_id", "Organisation",
			    intern_org_opts(r, d), v->org, "ohne Organisation",
			    NULL);
		char now[17];
		meeting_local_now(now);
		if (strncmp(m->starts_at, now, 10) <= 0) {
			intern_fieldset_begin(b, e, "walkin-set", "Vor Ort",
					      NULL, true, false);
			form_checkbox(b, "vor_ort", "1",
				      "Ist ohne Anmeldung gekommen und "
				      "anwesend",
				      v->walk_in);
			intern_fieldset_end(b);
		}
	}
	form_submit(b, "Anmelden", true);
	form_end(b);
}

void mt_registration_section(struct req *r, db *d, const struct meeting *m)
{
	buf *b = &r->out;
	bool all = intern_all(r);
	const struct actor *a = web_actor(r);
	const char *csrf = web_csrf(r);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\" id=\"anmeldung\">"
		    "Anmeldungen</h2>\n");
	struct registration *v;
	size_t n = registration_list(d, r->a, m->id, &v);
	bool open = reg_open(r, m);
	bool future = false;
	{
		char now[17];
		meeting_local_now(now);
		future = strcmp(m->starts_at, now) > 0;
	}
	size_t shown = 0;
	static const char *const heads[] = {"Name",	"Organisation",
					    "Stand",	"Anwesenheit",
					    "Aktionen", NULL};
	for (size_t i = 0; i < n; i++) {
		bool mine = all || (a->org_id && v[i].org_id == a->org_id);
		if (!mine || strcmp(v[i].status, "cancelled") == 0)
			continue;
		if (!shown++) {
			HTML_RAW(b, "<div class=\"lotse-registrations\">");
			ftable_list_begin(b,
					  all ? "Alle Anmeldungen"
					      : "Anmeldungen Ihrer "
						"Organisation",
					  heads);
		}
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\">%s</th><td "
		     "class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">",
		     v[i].name, *v[i].org_name ? v[i].org_name : "–",
		     status_label(v[i].status), attended_label(v[i].attended));
		if (strcmp(m->status, "planned") == 0 && (all || future))
			intern_post_button(
				b, csrf,
				&(struct intern_button){
					.action = arena_printf(
						r->a,
						"/intern/sitzungen/%lld/"
						"abmelden",
						(long long)m->id),
					.label = "Abmelden",
					.sr_more = v[i].name,
					.name1 = "registration_id",
					.value1 = intern_id_text(r, v[i].id)});
		HTML_RAW(b, "</td></tr>\n");
	}
	if (shown) {
		ftable_list_end(b);
		HTML_RAW(b, "</div>\n");
	} else if (!all)
		HTML_RAW(b, "<p class=\"kern-body\">Aus Ihrer Organisation ist "
			    "noch niemand angemeldet.</p>\n");
	if (!open) {
		HTML_RAW(b, "<p class=\"kern-body\">Eine Anmeldung ist nicht "
			    "mehr möglich.</p>\n");
		return;
	}
	/* The form is of no use on paper. */
	HTML_RAW(b, "<div class=\"lotse-print-hide\">");
	if (m->capacity > 0 && m->registered >= m->capacity)
		alert(b, "info", "Alle Plätze sind belegt.",
		      "Neue Anmeldungen kommen auf die Warteliste. Wird ein "
		      "Platz frei, rückt die erste Person nach und bekommt "
		      "eine E-Mail.");
	HTML_RAW(b, "<h3 class=\"kern-heading-small\">Person anmelden</h3>\n");
	bool self = false;
	struct web_state *ws = web_state(r);
	for (size_t i = 0; i < n && ws->signed_in; i++)
		self = self || (v[i].user_id == ws->user.id &&
				strcmp(v[i].status, "cancelled") != 0);
	struct reg_values val = {.name = "", .email = "", .org = ""};
	if (ws->signed_in && !self && !all) {
		val.name = ws->user.display_name;
		val.email = ws->user.email;
	}
	if (!all)
		HTML_RAW(b, "<p class=\"kern-body\">Sie können sich selbst und "
			    "Kolleginnen und Kollegen Ihrer Organisation "
			    "anmelden.</p>\n");
	reg_form(r, d, m, &val, NULL, NULL);
	HTML_RAW(b, "</div>\n");
}

/* A page with only the registration form and its errors (422). */
static void reg_error_page(struct req *r, db *d, const struct meeting *m,
			   const struct reg_values *v,
			   const struct form_errors *e, const char *back)
{
	web_begin(r, arena_printf(r->a, "Anmeldung: %s", m->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld\">Zurück zur Sitzung</a></p>\n"
	     "<h1 class=\"kern-heading-large\">Anmeldung: %s</h1>\n"
	     "<p class=\"kern-body\">%s</p>\n",
	     (long long)m->id, m->title, mt_when(r, m));
	form_error_summary(b, e);
	reg_form(r, d, m, v, e, back);
	web_end(r);
	r->status = 422;
}

static const char *reg_field(const char *f)
{
	return f;
}

void page_meeting_register(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	const struct actor *a = web_actor(r);
	bool all = intern_all(r);
	struct reg_values val = {.name = intern_form_text(r, "name"),
				 .email = intern_form_text(r, "email"),
				 .org = intern_form_text(r, "organisation_id"),
				 .walk_in = all && req_form(r, "vor_ort")};
	const char *back = intern_form_text(r, "zurueck");
	if (strcmp(back, "anwesenheit") != 0)
		back = NULL;
	struct form_errors fe = {0};
	struct registration g = {
		.meeting_id = m.id, .name = val.name, .email = val.email};
	if (all) {
		if (*val.org && !parse_int(val.org, 1, INT64_MAX, &g.org_id))
			form_error(&fe, "organisation_id",
				   "Bitte wählen Sie eine Organisation aus der "
				   "Liste.");
	} else {
		g.org_id = a->org_id;
		if (!g.org_id) {
			resp_error(r, 403,
				   "Ihr Konto gehört zu keiner Organisation.");
			return;
		}
	}
	struct web_state *ws = web_state(r);
	if (ws->signed_in && *val.email &&
	    strcasecmp(val.email, ws->user.email) == 0)
		g.user_id = ws->user.id;
	struct errs e = {0};
	int rc = fe.n ? -1 : meeting_register(d, a, &g, val.walk_in, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		intern_errs(r, &fe, &e, reg_field);
		reg_error_page(r, d, &m, &val, &fe, back);
		return;
	}
	if (back)
		web_redirect(r, arena_printf(r->a,
					     "/intern/sitzungen/%lld/"
					     "anwesenheit?eingetragen=1",
					     (long long)m.id));
	else
		web_redirect(r, arena_printf(r->a,
					     "/intern/sitzungen/%lld?%s=1#"
					     "anmeldung",
					     (long long)m.id,
					     strcmp(g.status, "waiting") == 0
						     ? "warteliste"
						     : "angemeldet"));
}

void page_meeting_unregister(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	int64_t id = 0;
	struct registration g;
	if (!parse_int(intern_form_text(r, "registration_id"), 1, INT64_MAX,
		       &id) ||
	    registration_get(d, r->a, id, &g) < 0 || g.meeting_id != m.id) {
		resp_error(r, 404, "Diese Anmeldung gibt es nicht.");
		return;
	}
	struct errs e = {0};
	int rc = registration_cancel(d, web_actor(r), id, &e);
	if (rc < 0) {
		resp_error(r, rc == -2 ? 403 : 409, e.msg[0]);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld?abgemeldet=1#"
				     "anmeldung",
				     (long long)m.id));
}

/* --- figures ------------------------------------------------------------------ */

void mt_figures_section(struct req *r, db *d, const struct meeting *m)
{
	struct attendance_figures f;
	if (meeting_attendance_figures(d, m->id, &f) < 0 || !f.recorded)
		return;
	buf *b = &r->out;
	html(b,
	     "<h2 class=\"kern-heading-medium\">Teilnahme</h2>\n<p "
	     "class=\"kern-body\">%d %s aus %d %s waren anwesend.</p>\n",
	     f.attendees, f.attendees == 1 ? "Person" : "Personen",
	     f.organisations,
	     f.organisations == 1 ? "Organisation" : "Organisationen");
	int voting, present;
	if (meeting_present_voting(d, m->id, &voting, &present) == 0 && voting)
		html(b,
		     "<p class=\"kern-body\">Stimmberechtigte Mitglieder "
		     "anwesend: %d von %d.</p>\n",
		     present, voting);
	if (!f.nsectors)
		return;
	static const char *const heads[] = {"Bereich", "Personen",
					    "Organisationen", NULL};
	ftable_list_begin(b, "Teilnahme nach Bereichen", heads);
	for (size_t i = 0; i < f.nsectors; i++)
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\">%s</th><td "
		     "class=\"kern-table__cell\">%d</td><td "
		     "class=\"kern-table__cell\">%d</td></tr>\n",
		     f.per_sector[i].label, f.per_sector[i].attendees,
		     f.per_sector[i].organisations);
	ftable_list_end(b);
}

/* --- attendance ------------------------------------------------------------------ */

static void attendance_page(struct req *r, db *d, const struct meeting *m,
			    const struct form_errors *e)
{
	long long id = (long long)m->id;
	web_begin(r, arena_printf(r->a, "Anwesenheit: %s", m->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld\">Zurück zur Sitzung</a></p>\n"
	     "<h1 class=\"kern-heading-large\">Anwesenheit: %s</h1>\n"
	     "<p class=\"kern-body\">%s</p>\n",
	     id, m->title, mt_when(r, m));
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Die Anwesenheit ist gespeichert.", NULL);
	if (req_query(r, "eingetragen"))
		alert(b, "success", "Die Person ist eingetragen.", NULL);
	form_error_summary(b, e);
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld/anwesenheit/druck\">"
	     "Anwesenheitsliste zum Ausdrucken (mit Unterschriften)</a>"
	     "</p>\n",
	     id);
	char now[17];
	meeting_local_now(now);
	bool day = strncmp(m->starts_at, now, 10) <= 0;
	struct registration *v;
	size_t n = registration_list(d, r->a, m->id, &v);
	size_t nreg = 0;
	for (size_t i = 0; i < n; i++)
		nreg += strcmp(v[i].status, "registered") == 0;
	if (!day) {
		HTML_RAW(b, "<p class=\"kern-body\">Die Anwesenheit wird ab "
			    "dem Tag der Sitzung eingetragen. Bis dahin "
			    "können Sie die Liste ausdrucken.</p>\n");
	} else if (!nreg) {
		HTML_RAW(b, "<p class=\"kern-body\">Es ist niemand "
			    "angemeldet.</p>\n");
	} else {
		form_begin(b,
			   arena_printf(r->a,
					"/intern/sitzungen/%lld/anwesenheit",
					id),
			   web_csrf(r));
		intern_fieldset_begin(
			b, e, "present",
			arena_printf(r->a, "Anwesend (%zu angemeldet)", nreg),
			"Haken Sie alle an, die da sind; wer keinen Haken hat, "
			"gilt als nicht anwesend.",
			false, false);
		for (size_t i = 0; i < n; i++) {
			if (strcmp(v[i].status, "registered") != 0)
				continue;
			form_checkbox(b, "present", intern_id_text(r, v[i].id),
				      *v[i].org_name
					      ? arena_printf(r->a, "%s (%s)",
							     v[i].name,
							     v[i].org_name)
					      : v[i].name,
				      v[i].attended == 1);
		}
		intern_fieldset_end(b);
		form_submit(b, "Anwesenheit speichern", true);
		form_end(b);
	}
	if (day && strcmp(m->status, "planned") == 0) {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Ohne Anmeldung "
			    "gekommen</h2>\n");
		struct reg_values val = {
			.name = "", .email = "", .org = "", .walk_in = true};
		reg_form(r, d, m, &val, NULL, "anwesenheit");
	}
	mt_figures_section(r, d, m);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_attendance(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	attendance_page(r, d, &m, NULL);
}

void page_attendance_save(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	enum { MAX_PRESENT = 2000 };
	const char **ids = arena_calloc(r->a, MAX_PRESENT, sizeof *ids);
	size_t n = params_get_all(&r->form, "present", ids, MAX_PRESENT);
	n = n > MAX_PRESENT ? MAX_PRESENT : n;
	int64_t *vals = arena_calloc(r->a, n + 1, sizeof *vals);
	struct form_errors fe = {0};
	for (size_t i = 0; i < n; i++)
		if (!parse_int(ids[i], 1, INT64_MAX, &vals[i]))
			vals[i] = 0;
	struct errs e = {0};
	int rc = meeting_attendance_save(d, web_actor(r), m.id, vals, n, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		intern_errs(r, &fe, &e, reg_field);
		attendance_page(r, d, &m, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/anwesenheit?"
				     "gespeichert=1",
				     (long long)m.id));
}

void page_attendance_print(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	struct registration *v;
	size_t n = registration_list(d, r->a, m.id, &v);
	web_begin(r, arena_printf(r->a, "Anwesenheitsliste: %s", m.title));
	buf *b = &r->out;
	html(b,
	     "<div class=\"lotse-attendance-print\">\n<p "
	     "class=\"kern-body lotse-print-hide\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld/anwesenheit\">Zurück zur "
	     "Anwesenheit</a> · Drucken Sie diese Seite mit der "
	     "Druckfunktion Ihres Browsers.</p>\n"
	     "<h1 class=\"kern-heading-large\">Anwesenheitsliste</h1>\n"
	     "<p class=\"kern-body\"><strong>%s</strong> (%s)<br>%s%s%s</p>\n",
	     (long long)m.id, m.title, m.body_name, mt_when(r, &m),
	     *m.place ? " · " : "", m.place);
	HTML_RAW(b, "<table class=\"lotse-print-table\"><caption "
		    "class=\"kern-sr-only\">Anwesenheitsliste</caption><thead>"
		    "<tr><th scope=\"col\">Nr.</th><th scope=\"col\">Name</th>"
		    "<th scope=\"col\">Organisation</th><th "
		    "scope=\"col\">Unterschrift</th></tr></thead><tbody>\n");
	int k = 0;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(v[i].status, "registered") != 0)
			continue;
		html(b, "<tr><td>%d</td><td>%s</td><td>%s</td><td></td></tr>\n",
		     ++k, v[i].name, v[i].org_name);
	}
	/* Empty rows for those who come without registering. */
	for (int i = 0; i < 8; i++)
		html(b, "<tr><td>%d</td><td></td><td></td><td></td></tr>\n",
		     ++k);
	HTML_RAW(b, "</tbody></table>\n</div>\n");
	web_end(r);
}
