/*
 * admin.c - the pages of the administration (role admin): accounts (list,
 * create, details with role, password, block, second factor, name), API
 * keys (list, create - the key is shown once -, revoke), the audit log
 * with filters and paging, and the network's settings.
 *
 * Every change goes through the domain layer (domain/user.h, apikey.h,
 * settings.h) with the actor of the request, so rights are checked and the
 * audit log is written there. The dispatcher has already checked the role
 * and the CSRF token. A successful form answers 303 back to its page with
 * ?gespeichert=1; a refused one shows the page again with the German
 * message next to the field, the entered values kept, and status 422.
 */
#include <stdio.h>
#include <string.h>

#include "domain/apikey.h"
#include "domain/audit.h"
#include "domain/organisation.h"
#include "domain/settings.h"
#include "web/web.h"

#define AUDIT_PAGE 50

/* The roles an account or key can have, for selects. */
static const struct option role_opts[] = {
	{"partner", "Partner"},
	{"visits", "Willkommensbesuche"},
	{"coordination", "Koordinierungsstelle"},
	{"admin", "Administration"},
	{NULL, NULL},
};

/* The organisations as options (value: id), terminated by {NULL, NULL}. */
static const struct option *org_opts(struct req *r, db *d)
{
	struct organisation *v;
	size_t n = org_list(d, r->a, &v);
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	for (size_t i = 0; i < n; i++) {
		o[i].value = arena_printf(r->a, "%lld", (long long)v[i].id);
		o[i].label = v[i].name;
	}
	return o;
}

/* "2026-11-22T09:03:18Z" as "22.11.2026, 09:03 UTC", or with seconds
 * as "22.11.2026, 09:03:18" (for tables whose header says UTC); empty
 * as a dash. */
static const char *fmt_iso(struct req *r, const char *iso, bool seconds)
{
	if (!iso || strlen(iso) < 19)
		return "–";
	if (seconds)
		return arena_printf(r->a, "%.2s.%.2s.%.4s, %.8s", iso + 8,
				    iso + 5, iso, iso + 11);
	return arena_printf(r->a, "%.2s.%.2s.%.4s, %.5s UTC", iso + 8, iso + 5,
			    iso, iso + 11);
}

static void badge(buf *b, const char *kind, const char *label)
{
	html(b,
	     "<span class=\"kern-badge kern-badge--%s\"><span "
	     "class=\"kern-label\">%s</span></span>",
	     kind, label);
}

/* One row of a KERN description list. */
static void dl_item(buf *b, const char *key, const char *value)
{
	html(b,
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">%s</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>",
	     key, value);
}

/* A table with a caption for screen readers and column headers. */
static void table_begin(buf *b, const char *caption, const char *const *headers)
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

static void table_end(buf *b)
{
	HTML_RAW(b, "</tbody></table></div>\n");
}

/* Records a domain error on the form: on its field when that field is
 * one of the form's (NULL-terminated list), else on the whole form. */
static void domain_error(struct req *r, struct form_errors *e,
			 const struct user_error *ue, const char *const *fields)
{
	const char *field = NULL;
	for (const char *const *f = fields; ue->field && f && *f; f++)
		if (strcmp(*f, ue->field) == 0)
			field = *f;
	form_error(e, field, arena_strdup(r->a, ue->msg));
}

/* Reads the organisation select: "" is none (0). Returns false when the
 * value is not an id. */
static bool form_org(struct req *r, int64_t *org)
{
	const char *v = req_form(r, "org");
	*org = 0;
	return !v || !*v || parse_int(v, 1, INT64_MAX, org);
}

/* The role select; ROLE_UNSET when missing or unknown (the domain layer
 * then asks to choose one). */
static enum role form_role(struct req *r)
{
	int role = role_parse(req_form(r, "role"));
	return role < ROLE_PARTNER ? ROLE_UNSET : (enum role)role;
}

/* --- accounts: list --------------------------------------------------- */

void page_users(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *rolle = req_query(r, "rolle");
	int role = role_parse(rolle);
	const char *q = req_query(r, "q");
	if (q && strlen(q) > 200)
		q = NULL;
	struct user *v;
	size_t n = user_list(d, r->a, role < 0 ? ROLE_UNSET : (enum role)role,
			     0, q, &v);
	web_begin(r, "Benutzerkonten");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Benutzerkonten</h1>\n"
		    "<p class=\"kern-body\"><a class=\"kern-btn "
		    "kern-btn--primary\" href=\"/intern/benutzer/neu\"><span "
		    "class=\"kern-label\">Neues Konto</span></a></p>\n"
		    "<form method=\"get\" action=\"/intern/benutzer\" "
		    "class=\"lotse-filter\" role=\"search\" "
		    "aria-label=\"Konten filtern\">\n");
	form_input(b, NULL,
		   &(struct field){.name = "q",
				   .label = "Name oder E-Mail enthält",
				   .type = "search",
				   .value = q});
	form_select(b, NULL, "rolle", "Rolle", role_opts,
		    role < 0 ? NULL : rolle, "alle Rollen", NULL);
	form_submit(b, "Filtern", false);
	HTML_RAW(b, "</form>\n");
	html(b, "<p class=\"kern-body\" role=\"status\">%zu %s</p>\n", n,
	     n == 1 ? "Konto" : "Konten");
	if (n) {
		static const char *const heads[] = {"Name",
						    "E-Mail",
						    "Rolle",
						    "Organisation",
						    "Status",
						    "2FA",
						    "Letzte Anmeldung",
						    NULL};
		table_begin(b, "Benutzerkonten", heads);
		for (size_t i = 0; i < n; i++) {
			const struct user *u = &v[i];
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><a "
			     "class=\"kern-link\" "
			     "href=\"/intern/benutzer/%lld\">"
			     "%s</a></th><td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">",
			     (long long)u->id, u->display_name, u->email,
			     role_label(u->role),
			     u->org_name[0] ? u->org_name : "–");
			if (u->active)
				badge(b, "success", "Aktiv");
			else
				badge(b, "danger", "Gesperrt");
			html(b,
			     "</td><td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td></tr>",
			     u->totp_secret[0] ? "an" : "aus",
			     u->last_login_at[0]
				     ? fmt_iso(r, u->last_login_at, false)
				     : "nie");
		}
		table_end(b);
	}
	web_end(r);
}

/* --- accounts: create ------------------------------------------------- */

static void new_user_form(struct req *r, db *d, const struct form_errors *e)
{
	web_begin(r, "Neues Konto");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<p class=\"kern-body\"><a class=\"kern-link\" "
		 "href=\"/intern/benutzer\">Zurück zu den Konten</a></p>\n"
		 "<h1 class=\"kern-heading-large\">Neues Konto</h1>\n"
		 "<p class=\"kern-body\">Die Person meldet sich mit dem "
		 "vorläufigen Passwort an und wählt dann ein eigenes. Teilen "
		 "Sie es ihr bitte auf einem anderen Weg mit als die "
		 "E-Mail-Adresse.</p>\n");
	form_error_summary(b, e);
	form_begin(b, "/intern/benutzer", web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "email",
				   .label = "E-Mail-Adresse",
				   .type = "email",
				   .value = e ? req_form(r, "email") : NULL,
				   .autocomplete = "off",
				   .required = true});
	form_input(b, e,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = e ? req_form(r, "name") : NULL,
				   .hint = "So erscheint die Person in Lotse, "
					   "zum Beispiel „Anna Beispiel“.",
				   .autocomplete = "off",
				   .required = true});
	form_select(b, e, "role", "Rolle", role_opts,
		    e ? req_form(r, "role") : NULL, "Bitte wählen",
		    "Partner und Willkommensbesuche gehören zu einer "
		    "Organisation.");
	form_select(b, e, "org", "Organisation", org_opts(r, d),
		    e ? req_form(r, "org") : NULL, "keine", NULL);
	form_input(b, e,
		   &(struct field){.name = "password",
				   .label = "Vorläufiges Passwort",
				   .type = "password",
				   .hint = "Mindestens 12 Zeichen.",
				   .autocomplete = "new-password",
				   .required = true});
	form_input(b, e,
		   &(struct field){.name = "password2",
				   .label = "Vorläufiges Passwort wiederholen",
				   .type = "password",
				   .autocomplete = "new-password",
				   .required = true});
	form_submit(b, "Konto anlegen", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_user_new(struct req *r)
{
	db *d = web_db(r);
	if (d)
		new_user_form(r, d, NULL);
}

void page_user_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	static const char *const fields[] = {"email", "name",	  "role",
					     "org",   "password", NULL};
	struct form_errors e = {0};
	const char *pw = req_form(r, "password");
	const char *pw2 = req_form(r, "password2");
	/* What can be checked without the database is checked here, so
	 * that several mistakes are named at once; the domain layer checks
	 * everything again (and what needs the database). */
	char norm[256];
	if (!email_normalise(req_form(r, "email"), norm, sizeof norm))
		form_error(&e, "email",
			   "Bitte geben Sie eine gültige "
			   "E-Mail-Adresse ein, zum Beispiel "
			   "name@beispiel.de.");
	const char *name = req_form(r, "name");
	if (!name || !*name)
		form_error(&e, "name", "Bitte geben Sie einen Namen ein.");
	if (form_role(r) == ROLE_UNSET)
		form_error(&e, "role", "Bitte wählen Sie eine Rolle.");
	int64_t org;
	if (!form_org(r, &org))
		form_error(&e, "org",
			   "Bitte wählen Sie eine Organisation aus "
			   "der Liste.");
	if (pw && *pw && (!pw2 || strcmp(pw, pw2) != 0))
		form_error(&e, "password2",
			   "Die beiden Passwörter stimmen "
			   "nicht überein.");
	int64_t id = -1;
	if (e.n == 0) {
		struct user_error ue = {0};
		id = user_create(d, web_actor(r), req_form(r, "email"),
				 req_form(r, "name"), form_role(r), org, pw,
				 true, &ue);
		if (id < 0)
			domain_error(r, &e, &ue, fields);
	}
	if (e.n) {
		new_user_form(r, d, &e);
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/benutzer/%lld?angelegt=1",
				     (long long)id));
}

/* --- accounts: details and changes ------------------------------------ */

/* Loads the account of the path; answers 404 and returns false when
 * there is none. */
static bool path_user(struct req *r, db *d, struct user *u)
{
	int64_t id;
	if (!parse_int(req_path_param(r, "id"), 1, INT64_MAX, &id) ||
	    user_get(d, r->a, id, u) < 0) {
		resp_error(r, 404, "Dieses Konto gibt es nicht.");
		return false;
	}
	return true;
}

/* The recent audit entries about account u, and a link to what it did. */
static void user_history(struct req *r, db *d, const struct user *u)
{
	struct audit_filter f = {
		.entity = "user", .entity_id = u->id, .limit = 10};
	struct audit_entry *v;
	int64_t total;
	size_t n = audit_list(d, r->a, &f, &v, &total);
	buf *b = &r->out;
	HTML_RAW(b,
		 "<section class=\"lotse-section\" aria-labelledby=\"verlauf\">"
		 "<h2 id=\"verlauf\" class=\"kern-heading-medium\">Letzte "
		 "Einträge im Protokoll</h2>\n");
	static const char *const heads[] = {"Zeit (UTC)", "Wer", "Was", NULL};
	if (n)
		table_begin(b, "Letzte Einträge im Protokoll zu diesem Konto",
			    heads);
	for (size_t i = 0; i < n; i++)
		html(b,
		     "<tr class=\"kern-table__row\"><td "
		     "class=\"kern-table__cell lotse-nowrap\">%s</td><td "
		     "class=\"kern-table__cell\">%s</td><td "
		     "class=\"kern-table__cell\">%s</td></tr>",
		     fmt_iso(r, v[i].at, true), v[i].actor, v[i].summary);
	if (n)
		table_end(b);
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/protokoll?wer=%s\">Was dieses Konto getan hat"
	     "</a></p>\n",
	     url_component(r->a, u->email));
	HTML_RAW(b, "</section>\n");
}

/* Starts a section of the details page with its heading. */
static void section(buf *b, const char *id, const char *title)
{
	html(b,
	     "<section class=\"lotse-section\" aria-labelledby=\"%s\">"
	     "<h2 id=\"%s\" class=\"kern-heading-medium\">%s</h2>\n",
	     id, id, title);
}

/*
 * The details page of u. e holds the errors of the form named form
 * ("name", "rolle", "passwort", "status", "2fa"), whose entered values are
 * shown again; NULL when there are none.
 */
static void user_page(struct req *r, db *d, const struct user *u,
		      const struct form_errors *e, const char *form)
{
	const char *csrf = web_csrf(r);
	const char *base =
		arena_printf(r->a, "/intern/benutzer/%lld", (long long)u->id);
	web_begin(r, u->display_name);
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/benutzer\">Zurück zu den Konten</a></p>\n"
	     "<h1 class=\"kern-heading-large\">%s</h1>\n",
	     u->display_name);
	if (req_query(r, "angelegt"))
		alert(b, "success", "Das Konto ist angelegt.",
		      "Bei der ersten Anmeldung wählt die Person ein eigenes "
		      "Passwort.");
	else if (req_query(r, "gespeichert"))
		alert(b, "success", "Die Änderung ist gespeichert.", NULL);
#define ERRS(name) (form && strcmp(form, name) == 0 ? e : NULL)

	HTML_RAW(b, "<dl class=\"kern-description-list\">");
	dl_item(b, "E-Mail-Adresse", u->email);
	dl_item(b, "Rolle", role_label(u->role));
	dl_item(b, "Organisation", u->org_name[0] ? u->org_name : "keine");
	dl_item(b, "Status", u->active ? "aktiv" : "gesperrt");
	dl_item(b, "Zwei-Faktor-Anmeldung",
		u->totp_secret[0] ? "eingeschaltet" : "ausgeschaltet");
	dl_item(b, "Angelegt", fmt_iso(r, u->created_at, false));
	dl_item(b, "Letzte Anmeldung",
		u->last_login_at[0] ? fmt_iso(r, u->last_login_at, false)
				    : "noch nie");
	if (u->must_change_password)
		dl_item(b, "Passwort",
			"vorläufig – wird bei der nächsten "
			"Anmeldung geändert");
	HTML_RAW(b, "</dl>\n");

	const struct form_errors *fe = ERRS("name");
	section(b, "name-aendern", "Name ändern");
	form_error_summary(b, fe);
	form_begin(b, arena_printf(r->a, "%s/name", base), csrf);
	form_input(b, fe,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = fe ? req_form(r, "name")
					       : u->display_name,
				   .autocomplete = "off",
				   .required = true});
	form_submit(b, "Name speichern", false);
	form_end(b);
	HTML_RAW(b, "</section>\n");

	fe = ERRS("rolle");
	section(b, "rolle", "Rolle und Organisation");
	HTML_RAW(b, "<p class=\"kern-body\">Die neuen Rechte gelten ab der "
		    "nächsten Anmeldung; laufende Sitzungen des Kontos werden "
		    "beendet.</p>\n");
	form_error_summary(b, fe);
	form_begin(b, arena_printf(r->a, "%s/rolle", base), csrf);
	form_select(b, fe, "role", "Rolle", role_opts,
		    fe ? req_form(r, "role") : role_code(u->role), NULL, NULL);
	form_select(b, fe, "org", "Organisation", org_opts(r, d),
		    fe ? req_form(r, "org")
		       : arena_printf(r->a, "%lld", (long long)u->org_id),
		    "keine", NULL);
	form_submit(b, "Rolle speichern", false);
	form_end(b);
	HTML_RAW(b, "</section>\n");

	fe = ERRS("passwort");
	section(b, "passwort", "Neues Passwort setzen");
	HTML_RAW(b, "<p class=\"kern-body\">Zum Beispiel, wenn die Person ihr "
		    "Passwort vergessen hat. Sie muss es bei der nächsten "
		    "Anmeldung durch ein eigenes ersetzen; alle ihre "
		    "Sitzungen werden beendet.</p>\n");
	form_error_summary(b, fe);
	form_begin(b, arena_printf(r->a, "%s/passwort", base), csrf);
	form_input(b, fe,
		   &(struct field){.name = "password",
				   .label = "Vorläufiges Passwort",
				   .type = "password",
				   .hint = "Mindestens 12 Zeichen.",
				   .autocomplete = "new-password",
				   .required = true});
	form_input(b, fe,
		   &(struct field){.name = "password2",
				   .label = "Vorläufiges Passwort wiederholen",
				   .type = "password",
				   .autocomplete = "new-password",
				   .required = true});
	form_submit(b, "Passwort setzen", false);
	form_end(b);
	HTML_RAW(b, "</section>\n");

	fe = ERRS("2fa");
	section(b, "zwei-faktor", "Zwei-Faktor-Anmeldung");
	form_error_summary(b, fe);
	if (u->totp_secret[0]) {
		HTML_RAW(b,
			 "<p class=\"kern-body\">Hat die Person ihr Telefon "
			 "und ihre Wiederherstellungscodes verloren, "
			 "schalten Sie den zweiten Faktor hier aus. Sie "
			 "meldet sich dann nur mit dem Passwort an und "
			 "richtet ihn neu ein.</p>\n<p class=\"kern-body\">");
		form_button(b, arena_printf(r->a, "%s/2fa-zuruecksetzen", base),
			    csrf, "Zwei-Faktor-Anmeldung zurücksetzen", NULL,
			    NULL, false);
		HTML_RAW(b, "</p>\n");
	} else {
		HTML_RAW(b, "<p class=\"kern-body\">Ausgeschaltet. Jede Person "
			    "richtet sie selbst unter „Mein Konto“ ein.</p>\n");
	}
	HTML_RAW(b, "</section>\n");

	fe = ERRS("status");
	section(b, "sperren", u->active ? "Konto sperren" : "Konto entsperren");
	form_error_summary(b, fe);
	if (u->active) {
		HTML_RAW(b, "<p class=\"kern-body\">Ein gesperrtes Konto kann "
			    "sich nicht mehr anmelden; seine Sitzungen enden "
			    "sofort. Alles, was die Person eingetragen hat, "
			    "bleibt erhalten.</p>\n<p class=\"kern-body\">");
		form_button(b, arena_printf(r->a, "%s/sperren", base), csrf,
			    "Konto sperren", NULL, NULL, false);
	} else {
		HTML_RAW(b, "<p class=\"kern-body\">Das Konto ist gesperrt. "
			    "Entsperrt kann die Person sich wieder mit ihrem "
			    "Passwort anmelden.</p>\n<p class=\"kern-body\">");
		form_button(b, arena_printf(r->a, "%s/entsperren", base), csrf,
			    "Konto entsperren", NULL, NULL, false);
	}
	HTML_RAW(b, "</p>\n</section>\n");
#undef ERRS
	user_history(r, d, u);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_user(struct req *r)
{
	db *d = web_db(r);
	struct user u;
	if (d && path_user(r, d, &u))
		user_page(r, d, &u, NULL, NULL);
}

/* After a change: back to the details page, or the page with the error. */
static void user_done(struct req *r, db *d, const struct user *u, int rc,
		      const struct user_error *ue, const char *form,
		      const char *const *fields)
{
	if (rc == 0) {
		web_redirect(r, arena_printf(r->a,
					     "/intern/benutzer/%lld?"
					     "gespeichert=1",
					     (long long)u->id));
		return;
	}
	struct form_errors e = {0};
	domain_error(r, &e, ue, fields);
	user_page(r, d, u, &e, form);
}

void page_user_name(struct req *r)
{
	static const char *const fields[] = {"name", NULL};
	db *d = web_db(r);
	struct user u;
	if (!d || !path_user(r, d, &u))
		return;
	struct user_error ue = {0};
	int rc = user_set_name(d, web_actor(r), u.id, req_form(r, "name"), &ue);
	user_done(r, d, &u, rc, &ue, "name", fields);
}

void page_user_role(struct req *r)
{
	static const char *const fields[] = {"role", "org", NULL};
	db *d = web_db(r);
	struct user u;
	if (!d || !path_user(r, d, &u))
		return;
	int64_t org;
	struct user_error ue = {0};
	int rc = -1;
	if (!form_org(r, &org)) {
		ue.field = "org";
		snprintf(ue.msg, sizeof ue.msg,
			 "Bitte wählen Sie eine Organisation aus der Liste.");
	} else {
		rc = user_set_role(d, web_actor(r), u.id, form_role(r), org,
				   &ue);
	}
	/* The change ended the account's sessions. When it is the
	 * administrator's own, this browser signs in again with the new
	 * rights (and leaves the administration when they are gone). */
	struct web_state *s = web_state(r);
	if (rc == 0 && s->signed_in && u.id == s->user.id) {
		struct user now;
		if (user_get(d, r->a, u.id, &now) < 0 ||
		    web_start_session(r, d, &now, false) < 0) {
			web_redirect(r, "/anmelden");
			return;
		}
		if (now.role < ROLE_ADMIN) {
			web_redirect(r, "/intern");
			return;
		}
	}
	user_done(r, d, &u, rc, &ue, "rolle", fields);
}

void page_user_password(struct req *r)
{
	static const char *const fields[] = {"password", "password2", NULL};
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	struct user u;
	if (!d || !path_user(r, d, &u))
		return;
	const char *pw = req_form(r, "password");
	const char *pw2 = req_form(r, "password2");
	struct user_error ue = {0};
	int rc = -1;
	if (pw && *pw && (!pw2 || strcmp(pw, pw2) != 0)) {
		ue.field = "password2";
		snprintf(ue.msg, sizeof ue.msg,
			 "Die beiden Passwörter stimmen nicht überein.");
	} else {
		rc = user_set_password(d, web_actor(r), u.id, NULL, pw, &ue);
	}
	/* The change ended every session of the account; when it is the
	 * administrator's own, this browser gets a new one. */
	if (rc == 0 && s->signed_in && u.id == s->user.id &&
	    web_start_session(r, d, &s->user, false) < 0) {
		resp_error(r, 500,
			   "Die neue Sitzung konnte nicht angelegt "
			   "werden. Bitte melden Sie sich neu an.");
		return;
	}
	user_done(r, d, &u, rc, &ue, "passwort", fields);
}

static void set_active(struct req *r, bool active)
{
	db *d = web_db(r);
	struct user u;
	if (!d || !path_user(r, d, &u))
		return;
	struct user_error ue = {0};
	int rc = user_set_active(d, web_actor(r), u.id, active, &ue);
	user_done(r, d, &u, rc, &ue, "status", NULL);
}

void page_user_disable(struct req *r)
{
	set_active(r, false);
}

void page_user_enable(struct req *r)
{
	set_active(r, true);
}

void page_user_totp_reset(struct req *r)
{
	db *d = web_db(r);
	struct user u;
	if (!d || !path_user(r, d, &u))
		return;
	struct user_error ue = {0};
	int rc = 0;
	/* Nothing to reset (a second click, say): no change, no entry. */
	if (u.totp_secret[0] || u.totp_pending[0])
		rc = user_totp_disable(d, web_actor(r), u.id, &ue);
	user_done(r, d, &u, rc, &ue, "2fa", NULL);
}

/* --- API keys --------------------------------------------------------- */

/* The key list and the form; key is the new key to show once, or NULL. */
static void apikey_page(struct req *r, db *d, const struct form_errors *e,
			const char *key, const char *key_name)
{
	const char *csrf = web_csrf(r);
	web_begin(r, "API-Schlüssel");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">API-Schlüssel</h1>\n"
		    "<p class=\"kern-body\">Mit einem API-Schlüssel greifen "
		    "andere Systeme mit den Rechten einer Rolle auf Lotse zu "
		    "(Kopfzeile <code>Authorization: Bearer …</code>). Ein "
		    "Schlüssel, der nicht mehr gebraucht wird oder in falsche "
		    "Hände geraten sein kann, wird widerrufen.</p>\n");
	if (key) {
		html(b,
		     "<div class=\"kern-alert kern-alert--success\" "
		     "role=\"status\"><div class=\"kern-alert__header\"><span "
		     "class=\"kern-icon kern-icon--success\" "
		     "aria-hidden=\"true\"></span><span class=\"kern-title\">"
		     "Der Schlüssel „%s“ ist angelegt</span></div><div "
		     "class=\"kern-alert__body\"><p class=\"kern-body\">"
		     "<code class=\"lotse-secret\" id=\"neuer-schluessel\">%s"
		     "</code></p><p class=\"kern-body\"><strong>Kopieren Sie "
		     "ihn jetzt: Er wird nicht noch einmal angezeigt.</strong> "
		     "Lotse speichert nur einen Fingerabdruck davon.</p></div>"
		     "</div>\n",
		     key_name, key);
	} else if (req_query(r, "widerrufen")) {
		alert(b, "success", "Der Schlüssel ist widerrufen.",
		      "Er gilt ab sofort nicht mehr.");
	}
	struct apikey *v;
	size_t n = apikey_list(d, r->a, &v);
	if (n) {
		static const char *const heads[] = {
			"Name",	    "Schlüssel",       "Rolle",	 "Organisation",
			"Angelegt", "Zuletzt benutzt", "Status", NULL};
		table_begin(b, "API-Schlüssel", heads);
		for (size_t i = 0; i < n; i++) {
			const struct apikey *k = &v[i];
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s</th>"
			     "<td class=\"kern-table__cell\"><code>%s…</code>"
			     "</td><td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">",
			     k->name, k->prefix, role_label(k->role),
			     k->org_name[0] ? k->org_name : "–",
			     fmt_iso(r, k->created_at, false),
			     k->last_used_at[0]
				     ? fmt_iso(r, k->last_used_at, false)
				     : "nie");
			if (k->revoked_at[0]) {
				badge(b, "danger", "Widerrufen");
				html(b, " am %s",
				     fmt_iso(r, k->revoked_at, false));
			} else {
				badge(b, "success", "Gültig");
				HTML_RAW(b, " ");
				form_button(
					b,
					arena_printf(r->a,
						     "/intern/api-schluessel/"
						     "%lld/widerrufen",
						     (long long)k->id),
					csrf,
					arena_printf(r->a, "„%s“ widerrufen",
						     k->name),
					NULL, NULL, false);
			}
			HTML_RAW(b, "</td></tr>");
		}
		table_end(b);
	} else {
		HTML_RAW(b, "<p class=\"kern-body\">Es gibt noch keine "
			    "API-Schlüssel.</p>\n");
	}
	section(b, "neu", "Neuer Schlüssel");
	form_error_summary(b, e);
	form_begin(b, "/intern/api-schluessel", csrf);
	form_input(
		b, e,
		&(struct field){.name = "name",
				.label = "Name",
				.value = e ? req_form(r, "name") : NULL,
				.hint = "Wofür der Schlüssel ist, zum "
					"Beispiel das System, das ihn nutzt.",
				.autocomplete = "off",
				.required = true});
	form_select(b, e, "role", "Rolle", role_opts,
		    e ? req_form(r, "role") : NULL, "Bitte wählen",
		    "Der Schlüssel hat die Rechte dieser Rolle. Partner-"
		    "Schlüssel gehören zu einer Organisation.");
	form_select(b, e, "org", "Organisation", org_opts(r, d),
		    e ? req_form(r, "org") : NULL, "keine", NULL);
	form_submit(b, "Schlüssel anlegen", true);
	form_end(b);
	HTML_RAW(b, "</section>\n");
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_apikeys(struct req *r)
{
	db *d = web_db(r);
	if (d)
		apikey_page(r, d, NULL, NULL, NULL);
}

void page_apikey_create(struct req *r)
{
	static const char *const fields[] = {"name", "role", "org", NULL};
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	int64_t org;
	char key[APIKEY_LEN];
	if (!form_org(r, &org)) {
		form_error(&e, "org",
			   "Bitte wählen Sie eine Organisation aus "
			   "der Liste.");
	} else {
		struct user_error ue = {0};
		if (apikey_create(d, web_actor(r), req_form(r, "name"),
				  form_role(r), org, key, &ue) < 0)
			domain_error(r, &e, &ue, fields);
	}
	if (e.n) {
		apikey_page(r, d, &e, NULL, NULL);
		return;
	}
	/* Shown on this response only (no redirect: a reload must not show
	 * it again, and the server answers with Cache-Control: no-store). */
	apikey_page(r, d, NULL, key, req_form(r, "name"));
}

void page_apikey_revoke(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id;
	struct user_error ue = {0};
	if (!parse_int(req_path_param(r, "id"), 1, INT64_MAX, &id) ||
	    apikey_revoke(d, web_actor(r), id, &ue) < 0) {
		resp_error(r, 404,
			   "Diesen gültigen Schlüssel gibt es nicht "
			   "(mehr).");
		return;
	}
	web_redirect(r, "/intern/api-schluessel?widerrufen=1");
}

/* --- audit log -------------------------------------------------------- */

static const struct option action_opts[] = {
	{"create", "Angelegt"},
	{"update", "Geändert"},
	{"login", "Anmeldung"},
	{"login_failed", "Anmeldung fehlgeschlagen"},
	{"logout", "Abmeldung"},
	{"password", "Passwort"},
	{"role", "Rolle"},
	{"disable", "Gesperrt"},
	{"enable", "Entsperrt"},
	{"2fa_on", "Zwei-Faktor eingeschaltet"},
	{"2fa_off", "Zwei-Faktor ausgeschaltet"},
	{"revoke", "Widerrufen"},
	{"delete", "Gelöscht"},
	{"status", "Status geändert"},
	{"verify", "Als aktuell bestätigt"},
	{"import", "Import"},
	{NULL, NULL},
};

static const struct option entity_opts[] = {
	{"user", "Konten"},	      {"organisation", "Organisationen"},
	{"offer", "Angebote"},	      {"api_key", "API-Schlüssel"},
	{"setting", "Einstellungen"}, {NULL, NULL},
};
/* The same in the singular, for one entry ("Organisation 4"). */
static const struct option entity_one[] = {
	{"user", "Konto"},
	{"organisation", "Organisation"},
	{"offer", "Angebot"},
	{"contact", "Ansprechperson"},
	{"api_key", "API-Schlüssel"},
	{"setting", "Einstellungen"},
	{NULL, NULL},
};

/* The label of code in opts, or code itself when it has none. */
static const char *opt_label(const struct option *opts, const char *code)
{
	for (const struct option *o = opts; o->value; o++)
		if (strcmp(o->value, code) == 0)
			return o->label;
	return code;
}

static bool in_opts(const struct option *opts, const char *code)
{
	return opt_label(opts, code) != code;
}

/* True for a real calendar date "YYYY-MM-DD". */
static bool valid_date(const char *s)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
		(s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	static const int days[] = {31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31};
	if (y < 1970 || m < 1 || m > 12 || d < 1)
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= days[m - 1] + (m == 2 && leap);
}

/* The query of the audit page for page p (filters kept). */
static const char *audit_url(struct req *r, const struct audit_filter *f,
			     int64_t p)
{
	return arena_printf(r->a,
			    "/intern/protokoll?wer=%s&bereich=%s&aktion=%s&"
			    "von=%s&bis=%s&seite=%lld",
			    url_component(r->a, f->actor ? f->actor : ""),
			    url_component(r->a, f->entity ? f->entity : ""),
			    url_component(r->a, f->action ? f->action : ""),
			    url_component(r->a, f->from ? f->from : ""),
			    url_component(r->a, f->to ? f->to : ""),
			    (long long)p);
}

void page_audit(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	struct audit_filter f = {.limit = AUDIT_PAGE};
	f.actor = req_query(r, "wer");
	if (f.actor && strlen(f.actor) > 200)
		form_error(&e, "wer", "Bitte höchstens 200 Zeichen.");
	f.entity = req_query(r, "bereich");
	if (f.entity && *f.entity && !in_opts(entity_opts, f.entity))
		form_error(&e, "bereich",
			   "Bitte wählen Sie einen Bereich aus "
			   "der Liste.");
	f.action = req_query(r, "aktion");
	if (f.action && *f.action && !in_opts(action_opts, f.action))
		form_error(&e, "aktion",
			   "Bitte wählen Sie eine Aktion aus der "
			   "Liste.");
	f.from = req_query(r, "von");
	if (f.from && *f.from && !valid_date(f.from))
		form_error(&e, "von",
			   "Bitte geben Sie das Datum als "
			   "JJJJ-MM-TT ein, zum Beispiel "
			   "2026-01-31.");
	f.to = req_query(r, "bis");
	if (f.to && *f.to && !valid_date(f.to))
		form_error(&e, "bis",
			   "Bitte geben Sie das Datum als "
			   "JJJJ-MM-TT ein, zum Beispiel "
			   "2026-01-31.");
	else if (f.to && *f.to && f.from && valid_date(f.from) &&
		 strcmp(f.from, f.to) > 0)
		form_error(&e, "bis", "Das Ende liegt vor dem Anfang.");
	int64_t page = 1;
	const char *seite = req_query(r, "seite");
	if (seite && *seite && !parse_int(seite, 1, 1000000, &page))
		page = 1;
	f.offset = (page - 1) * AUDIT_PAGE;

	web_begin(r, "Protokoll");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Protokoll</h1>\n"
		    "<p class=\"kern-body\">Jede Änderung, Anmeldung und "
		    "fehlgeschlagene Anmeldung, die neueste zuerst. Einträge "
		    "können nicht geändert oder gelöscht werden.</p>\n");
	form_error_summary(b, &e);
	HTML_RAW(b, "<form method=\"get\" action=\"/intern/protokoll\" "
		    "class=\"lotse-filter\" role=\"search\" "
		    "aria-label=\"Protokoll filtern\" novalidate>\n");
	form_input(b, &e,
		   &(struct field){.name = "wer",
				   .label = "Wer (enthält)",
				   .type = "search",
				   .value = f.actor,
				   .hint = "E-Mail-Adresse, „cli“ oder "
					   "„api:Name“"});
	form_select(b, &e, "bereich", "Bereich", entity_opts, f.entity, "alle",
		    NULL);
	form_select(b, &e, "aktion", "Aktion", action_opts, f.action, "alle",
		    NULL);
	form_input(b, &e,
		   &(struct field){.name = "von",
				   .label = "Von",
				   .type = "date",
				   .value = f.from});
	form_input(b, &e,
		   &(struct field){.name = "bis",
				   .label = "Bis",
				   .type = "date",
				   .value = f.to});
	form_submit(b, "Filtern", false);
	HTML_RAW(b, "</form>\n");
	if (e.n) {
		web_end(r);
		r->status = 400;
		return;
	}
	struct audit_entry *v;
	int64_t total;
	size_t n = audit_list(d, r->a, &f, &v, &total);
	int64_t pages = total ? (total + AUDIT_PAGE - 1) / AUDIT_PAGE : 1;
	html(b,
	     "<p class=\"kern-body\" role=\"status\">%lld Eintr%s, Seite %lld "
	     "von %lld</p>\n",
	     (long long)total, total == 1 ? "ag" : "äge", (long long)page,
	     (long long)pages);
	if (n) {
		static const char *const heads[] = {
			"Zeit (UTC)",	"Wer",	   "Aktion", "Bereich",
			"Beschreibung", "Adresse", NULL};
		table_begin(b, "Einträge des Protokolls", heads);
		for (size_t i = 0; i < n; i++) {
			const struct audit_entry *a = &v[i];
			html(b,
			     "<tr class=\"kern-table__row\"><td "
			     "class=\"kern-table__cell lotse-nowrap\"><time "
			     "datetime=\"%s\">%s</time></td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">",
			     a->at, fmt_iso(r, a->at, true), a->actor,
			     opt_label(action_opts, a->action));
			if (strcmp(a->entity, "user") == 0 && a->entity_id)
				html(b,
				     "<a class=\"kern-link\" "
				     "href=\"/intern/benutzer/%lld\">Konto "
				     "%lld</a>",
				     (long long)a->entity_id,
				     (long long)a->entity_id);
			else if (strcmp(a->entity, "offer") == 0 &&
				 a->entity_id)
				html(b,
				     "<a class=\"kern-link\" "
				     "href=\"/intern/angebote/%lld\">Angebot "
				     "%lld</a>",
				     (long long)a->entity_id,
				     (long long)a->entity_id);
			else if (a->entity_id)
				html(b, "%s %lld",
				     opt_label(entity_one, a->entity),
				     (long long)a->entity_id);
			else
				html(b, "%s",
				     opt_label(entity_opts, a->entity));
			html(b,
			     "</td><td class=\"kern-table__cell\">%s</td>"
			     "<td class=\"kern-table__cell\">%s</td></tr>",
			     a->summary, a->addr[0] ? a->addr : "–");
		}
		table_end(b);
	}
	if (pages > 1) {
		HTML_RAW(b,
			 "<nav class=\"lotse-pager\" aria-label=\"Seiten des "
			 "Protokolls\">");
		if (page > 1)
			html(b,
			     "<a class=\"kern-link\" rel=\"prev\" href=\"%s\">"
			     "Neuere Einträge</a>",
			     audit_url(r, &f, page - 1));
		if (page < pages)
			html(b,
			     "<a class=\"kern-link\" rel=\"next\" href=\"%s\">"
			     "Ältere Einträge</a>",
			     audit_url(r, &f, page + 1));
		HTML_RAW(b, "</nav>\n");
	}
	web_end(r);
}

/* --- settings --------------------------------------------------------- */

static const struct option require_2fa_opts[] = {
	{"", "niemand"},
	{"admin", "Administration"},
	{"coordination,admin", "Koordinierungsstelle und Administration"},
	{NULL, NULL},
};

/* --- e-mail settings (N3): smtp_password is a secret --- */
static const struct option starttls_opts[] = {
	{"ja", "ja"},
	{"nein", "nein (nur für einen Mail-Server im eigenen Netz)"},
	{NULL, NULL},
};

/* The SMTP password is never shown again: its field stays empty, an
 * empty field keeps the stored one, and it is named in no message. */
static bool is_secret(const char *key)
{
	return strcmp(key, "smtp_password") == 0;
}

/* Long texts are edited in a textarea. */
static bool is_text(const char *key)
{
	return strcmp(key, "impressum") == 0 || strcmp(key, "datenschutz") == 0;
}

/* Checks one submitted value; returns NULL or a German message. */
static const char *check_setting(const char *key, const char *v)
{
	size_t n = strlen(v);
	if (strcmp(key, "require_2fa") == 0)
		return in_opts(require_2fa_opts, v) || !*v
			       ? NULL
			       : "Bitte wählen Sie aus der Liste.";
	if (strcmp(key, "smtp_starttls") == 0)
		return !*v || in_opts(starttls_opts, v)
			       ? NULL
			       : "Bitte wählen Sie aus der Liste.";
	if (strcmp(key, "smtp_url") == 0 && n &&
	    strncmp(v, "smtp://", 7) != 0 && strncmp(v, "smtps://", 8) != 0)
		return "Bitte geben Sie die Adresse so ein: smtp://server:587 "
		       "oder smtps://server:465.";
	if (is_secret(key))
		return n > 200 || strpbrk(v, "\r\n")
			       ? "Bitte höchstens 200 Zeichen ohne "
				 "Zeilenumbruch."
			       : NULL;
	if (is_text(key))
		return n > 20000 ? "Der Text darf höchstens 20 000 Zeichen "
				   "lang sein."
				 : NULL;
	if (strcmp(key, "network_name") == 0 && n == 0)
		return "Bitte geben Sie den Namen des Netzwerks ein.";
	if (n > 200)
		return "Bitte höchstens 200 Zeichen.";
	if (strpbrk(v, "\r\n"))
		return "Bitte ohne Zeilenumbruch.";
	char norm[256];
	if ((strcmp(key, "contact_email") == 0 ||
	     strcmp(key, "smtp_from") == 0) &&
	    n && !email_normalise(v, norm, sizeof norm))
		return "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum "
		       "Beispiel fruehe-hilfen@kreis.de.";
	return NULL;
}

/* The settings form; with e, the submitted values are shown again. */
static void settings_page(struct req *r, db *d, const struct form_errors *e)
{
	web_begin(r, "Einstellungen");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Einstellungen</h1>\n"
		    "<p class=\"kern-body\">Diese Angaben erscheinen auf jeder "
		    "Seite und im Impressum. Leerzeilen trennen in den Texten "
		    "die Absätze.</p>\n");
	if (req_query(r, "gespeichert") && !e)
		alert(b, "success", "Die Einstellungen sind gespeichert.",
		      NULL);
	form_error_summary(b, e);
	form_begin(b, "/intern/einstellungen", web_csrf(r));
	for (const struct setting_def *s = setting_defs; s->key; s++) {
		const char *v =
			e ? req_form(r, s->key) : setting_get(d, r->a, s->key);
		if (strcmp(s->key, "require_2fa") == 0) {
			form_select(b, e, s->key, s->label, require_2fa_opts,
				    v ? v : "", NULL,
				    "Wer zu diesen Rollen gehört, muss die "
				    "Zwei-Faktor-Anmeldung einrichten, bevor "
				    "er oder sie weiterarbeiten kann.");
			continue;
		}
		if (strcmp(s->key, "smtp_starttls") == 0) {
			form_select(b, e, s->key, s->label, starttls_opts,
				    v ? v : "ja", NULL,
				    "Gilt für smtp://. Bei smtps:// ist die "
				    "Verbindung immer verschlüsselt.");
			continue;
		}
		if (is_secret(s->key)) {
			const char *cur = setting_get(d, r->a, s->key);
			struct field pw = {
				.name = s->key,
				.label = s->label,
				.type = "password",
				.value = "",
				.autocomplete = "new-password",
				.hint = cur && *cur
						? "Ein Passwort ist gesetzt. "
						  "Lassen "
						  "Sie das Feld leer, um es zu "
						  "behalten."
						: "Es ist kein Passwort "
						  "gesetzt.",
			};
			form_input(b, e, &pw);
			form_checkbox(b, "smtp_password_loeschen", "1",
				      "Gespeichertes Passwort löschen", false);
			continue;
		}
		struct field f = {
			.name = s->key,
			.label = s->label,
			.value = v,
			.required = strcmp(s->key, "network_name") == 0,
			.hint = strcmp(s->key, "smtp_url") == 0
					? "Zum Beispiel "
					  "smtp://mail.kreis.de:587 "
					  "oder smtps://mail.kreis.de:465. "
					  "Leer: "
					  "Es werden keine E-Mails versandt; "
					  "sie bleiben im Postausgang."
					: NULL,
			.type = strcmp(s->key, "contact_email") == 0   ? "email"
				: strcmp(s->key, "contact_phone") == 0 ? "tel"
								       : "text",
		};
		if (is_text(s->key))
			form_textarea(b, e, &f, 10);
		else
			form_input(b, e, &f);
	}
	form_submit(b, "Speichern", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_settings(struct req *r)
{
	db *d = web_db(r);
	if (d)
		settings_page(r, d, NULL);
}

void page_settings_save(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	for (const struct setting_def *s = setting_defs; s->key; s++) {
		const char *v = req_form(r, s->key);
		const char *why = check_setting(s->key, v ? v : "");
		if (why)
			form_error(&e, s->key, why);
	}
	if (e.n) {
		settings_page(r, d, &e);
		return;
	}
	/* Only what changed is written and named in the audit log. */
	char changed[512] = "";
	if (db_tx_begin(d) < 0) {
		resp_error(r, 503, "Die Datenbank ist gerade nicht verfügbar.");
		return;
	}
	bool ok = true;
	for (const struct setting_def *s = setting_defs; ok && s->key; s++) {
		const char *v = req_form(r, s->key);
		if (!v)
			v = "";
		if (is_secret(s->key) && !*v &&
		    !req_form(r, "smtp_password_loeschen"))
			continue; /* empty: keep the stored password */
		if (strcmp(s->key, "smtp_starttls") == 0 && !*v)
			continue; /* not in the form: keep */
		if (strcmp(v, setting_get(d, r->a, s->key)) == 0)
			continue;
		ok = setting_set(d, s->key, v) == 0;
		size_t used = strlen(changed);
		snprintf(changed + used, sizeof changed - used, "%s%s",
			 used ? ", " : "", s->key);
	}
	if (ok && changed[0])
		ok = audit_add(d, web_actor(r), "update", "setting", 0,
			       "Einstellungen geändert: %s", changed) == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		resp_error(r, 500,
			   "Die Einstellungen konnten nicht gespeichert "
			   "werden.");
		return;
	}
	web_redirect(r, "/intern/einstellungen?gespeichert=1");
}
