/*
 * auth.c - who is asking: the session hook (session cookie or API key),
 * the guard (password change or second factor required first), sign-in
 * with optional second factor, sign-out.
 *
 * The failure message never tells whether an e-mail address has an
 * account; unknown addresses cost the same time as wrong passwords.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "auth/password.h"
#include "auth/token.h"
#include "base/log.h"
#include "domain/apikey.h"
#include "domain/audit.h"
#include "domain/settings.h"
#include "web/web.h"

/* Fills the actor from a signed-in user. */
static void set_actor(struct req *r, struct web_state *s)
{
	s->actor.user_id = s->user.id;
	s->actor.label = s->user.email;
	s->actor.role = s->user.role;
	s->actor.org_id = s->user.org_id;
	s->actor.addr = r->remote_addr ? r->remote_addr : "";
}

static void try_api_key(struct req *r, db *d, struct web_state *s,
			const char *authz)
{
	if (strncasecmp(authz, "Bearer ", 7) != 0)
		return;
	struct apikey k;
	if (apikey_check(d, r->a, authz + 7, &k) < 0)
		return;
	s->via_api_key = true;
	s->actor.user_id = 0;
	s->actor.label = arena_printf(r->a, "api:%s", k.name);
	s->actor.role = k.role;
	s->actor.org_id = k.org_id;
	r->role = k.role;
	r->csrf_exempt = true; /* no cookies, so no cross-site requests */
}

void web_session(struct req *r)
{
	struct web_state *s = web_state(r);
	r->role = ROLE_ANON;
	r->user_id = 0;
	r->csrf_token = NULL;
	db *d = db_thread();
	if (!d)
		return;
	const char *authz = req_header(r, "Authorization");
	if (authz) {
		try_api_key(r, d, s, authz);
		return;
	}
	const char *cookie = req_cookie(r, SESSION_COOKIE);
	if (cookie &&
	    session_lookup(d, r->a, cookie, clock_unix(), &s->session) == 0) {
		if (user_get(d, r->a, s->session.user_id, &s->user) == 0 &&
		    s->user.active) {
			r->csrf_token = s->session.csrf;
			if (s->session.mfa_pending) {
				s->mfa_pending = true;
			} else {
				s->signed_in = true;
				r->role = s->user.role;
				r->user_id = s->user.id;
				set_actor(r, s);
			}
			return;
		}
		session_end(d, s->session.id_hash);
	}
	/* Anonymous: forms carry the token of the CSRF cookie. */
	const char *pre = req_cookie(r, CSRF_COOKIE);
	if (pre && strlen(pre) == SESSION_TOKEN_LEN - 1)
		r->csrf_token = pre;
}

/* Is a second factor required for this role by the settings? */
static bool totp_required(struct req *r, db *d, enum role role)
{
	const char *req = setting_get(d, r->a, "require_2fa");
	if (!req || !*req)
		return false;
	return (role == ROLE_ADMIN && strstr(req, "admin")) ||
	       (role == ROLE_COORDINATION && strstr(req, "coordination"));
}

bool web_guard(struct req *r)
{
	struct web_state *s = web_state(r);
	if (!s->signed_in)
		return true;
	const char *p = r->path;
	bool account_page = strncmp(p, "/intern/konto", 13) == 0 ||
			    strcmp(p, "/abmelden") == 0 ||
			    strncmp(p, "/static/", 8) == 0;
	if (account_page || strncmp(p, "/intern", 7) != 0)
		return true;
	if (s->user.must_change_password) {
		web_redirect(r, "/intern/konto?hinweis=passwort");
		return false;
	}
	db *d = db_thread();
	if (d && !s->user.totp_secret[0] && totp_required(r, d, s->user.role)) {
		web_redirect(r, "/intern/konto/2fa?hinweis=pflicht");
		return false;
	}
	return true;
}

/* Only local paths below /intern are followed after sign-in. */
static const char *safe_next(const char *next)
{
	if (!next || strncmp(next, "/intern", 7) != 0 || strstr(next, "//") ||
	    strchr(next, '\\'))
		return "/intern";
	return next;
}

static void login_form(struct req *r, const char *email, const char *next,
		       const struct form_errors *e, const char *notice)
{
	web_begin(r, "Anmelden");
	buf *b = &r->out;
	HTML_RAW(b, "<div class=\"lotse-narrow\">"
		    "<h1 class=\"kern-heading-large\">Anmelden</h1>\n"
		    "<p class=\"kern-body\">Für Fachkräfte der Partner des "
		    "Netzwerks und die Koordinierungsstelle. Familien "
		    "brauchen keine Anmeldung.</p>\n");
	if (notice)
		alert(b, "success", notice, NULL);
	form_error_summary(b, e);
	form_begin(b, "/anmelden", web_csrf(r));
	if (next)
		html(b, "<input type=\"hidden\" name=\"weiter\" value=\"%s\">",
		     next);
	form_input(b, e,
		   &(struct field){.name = "email",
				   .label = "E-Mail-Adresse",
				   .type = "email",
				   .value = email,
				   .autocomplete = "username",
				   .required = true});
	form_input(b, e,
		   &(struct field){.name = "password",
				   .label = "Passwort",
				   .type = "password",
				   .autocomplete = "current-password",
				   .required = true});
	form_submit(b, "Anmelden", true);
	form_end(b);
	HTML_RAW(b,
		 "<p class=\"kern-body\">Passwort vergessen? Bitte wenden Sie "
		 "sich an die Koordinierungsstelle; sie setzt es zurück."
		 "</p></div>\n");
	web_end(r);
}

void page_login(struct req *r)
{
	struct web_state *s = web_state(r);
	if (s->signed_in) {
		web_redirect(r, safe_next(req_query(r, "weiter")));
		return;
	}
	const char *notice = NULL;
	if (req_query(r, "abgemeldet"))
		notice = "Sie sind abgemeldet.";
	else if (req_query(r, "abgelaufen"))
		notice = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich "
			 "erneut an.";
	login_form(r, NULL, req_query(r, "weiter"), NULL, notice);
}

/* Starts a full or half (mfa_pending) session for u and sets the cookie;
 * ends the session the browser had before (no fixation). */
int web_start_session(struct req *r, db *d, const struct user *u,
		      bool mfa_pending)
{
	struct web_state *s = web_state(r);
	if (s->session.id_hash[0])
		session_end(d, s->session.id_hash);
	char token[SESSION_TOKEN_LEN], csrf[SESSION_TOKEN_LEN];
	if (session_create(d, u->id, mfa_pending, r->remote_addr,
			   req_header(r, "User-Agent"), token, csrf) < 0)
		return -1;
	web_set_cookie(r, SESSION_COOKIE, arena_strdup(r->a, token), -1, "Lax");
	web_set_cookie(r, CSRF_COOKIE, "", 0, "Strict");
	return 0;
}

static void too_many(struct req *r, const char *email, const char *next,
		     int64_t wait)
{
	struct form_errors e = {0};
	long minutes = (long)((wait + 59) / 60);
	form_error(&e, NULL,
		   arena_printf(r->a,
				"Zu viele fehlgeschlagene Anmeldeversuche. "
				"Bitte warten Sie %ld Minute%s und versuchen "
				"Sie es dann erneut.",
				minutes, minutes == 1 ? "" : "n"));
	login_form(r, email, next, &e, NULL);
	r->status = 429;
	resp_header(r, "Retry-After",
		    arena_printf(r->a, "%lld", (long long)wait));
}

void page_login_post(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *email = req_form(r, "email");
	const char *pw = req_form(r, "password");
	const char *next = req_form(r, "weiter");
	char norm[256];
	if (!email_normalise(email, norm, sizeof norm))
		snprintf(norm, sizeof norm, "%.200s", email ? email : "");
	const char *addr = r->remote_addr ? r->remote_addr : "";
	int64_t now = clock_unix();
	int64_t wait = login_wait(d, norm, addr, now);
	if (wait > 0) {
		too_many(r, email, next, wait);
		return;
	}
	struct user u;
	bool known = user_by_email(d, r->a, norm, &u) == 0;
	bool ok = false;
	if (known && u.active && pw)
		ok = password_verify(u.password_hash, pw);
	else
		password_dummy_verify(pw);
	login_record(d, norm, addr, now, ok);
	struct actor who = {known ? u.id : 0, known ? u.email : "anonym", addr,
			    ROLE_ANON, 0};
	if (!ok) {
		audit_add(d, &who, "login_failed", "user", known ? u.id : 0,
			  known ? "Anmeldung fehlgeschlagen"
				: "Anmeldung mit unbekannter E-Mail-Adresse "
				  "fehlgeschlagen");
		struct form_errors e = {0};
		form_error(&e, NULL,
			   "E-Mail-Adresse oder Passwort stimmen nicht. Bitte "
			   "prüfen Sie Ihre Eingabe.");
		login_form(r, email, next, &e, NULL);
		r->status = 401;
		return;
	}
	if (password_needs_rehash(u.password_hash))
		user_rehash(d, u.id, pw);
	bool mfa = u.totp_secret[0] != '\0';
	if (web_start_session(r, d, &u, mfa) < 0) {
		resp_error(r, 500,
			   "Die Anmeldung konnte nicht gespeichert "
			   "werden.");
		return;
	}
	if (mfa) {
		web_redirect(r, next ? arena_printf(r->a,
						    "/anmelden/code?weiter=%s",
						    url_component(r->a, next))
				     : "/anmelden/code");
		return;
	}
	user_record_login(d, u.id);
	audit_add(d, &who, "login", "user", u.id, "Angemeldet");
	/* Retention: expired sessions and day-old sign-in attempts go. */
	session_purge(d, now);
	web_redirect(r, safe_next(next));
}

static void code_form(struct req *r, const char *next,
		      const struct form_errors *e)
{
	web_begin(r, "Anmelden – Bestätigungscode");
	buf *b = &r->out;
	HTML_RAW(b, "<div class=\"lotse-narrow\">"
		    "<h1 class=\"kern-heading-large\">Bestätigungscode</h1>\n"
		    "<p class=\"kern-body\">Bitte geben Sie den sechsstelligen "
		    "Code aus Ihrer Authenticator-App ein. Haben Sie Ihr "
		    "Gerät nicht zur Hand, können Sie einen Ihrer "
		    "Wiederherstellungscodes verwenden.</p>\n");
	form_error_summary(b, e);
	form_begin(b, "/anmelden/code", web_csrf(r));
	if (next)
		html(b, "<input type=\"hidden\" name=\"weiter\" value=\"%s\">",
		     next);
	form_input(b, e,
		   &(struct field){.name = "code",
				   .label = "Code",
				   .type = "text",
				   .autocomplete = "one-time-code",
				   .inputmode = "numeric",
				   .required = true,
				   .extra_class =
					   "kern-form-input__input--width-4"});
	form_submit(b, "Bestätigen", true);
	form_end(b);
	HTML_RAW(b, "</div>\n");
	web_end(r);
}

void page_login_code(struct req *r)
{
	struct web_state *s = web_state(r);
	if (s->signed_in) {
		web_redirect(r, safe_next(req_query(r, "weiter")));
		return;
	}
	if (!s->mfa_pending) {
		web_redirect(r, "/anmelden");
		return;
	}
	code_form(r, req_query(r, "weiter"), NULL);
}

void page_login_code_post(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	if (!s->mfa_pending) {
		web_redirect(r, "/anmelden");
		return;
	}
	const char *next = req_form(r, "weiter");
	const char *addr = r->remote_addr ? r->remote_addr : "";
	int64_t now = clock_unix();
	int64_t wait = login_wait(d, s->user.email, addr, now);
	struct actor who = {s->user.id, s->user.email, addr, ROLE_ANON, 0};
	if (wait > 0) {
		/* Too many wrong codes: the half session ends too. */
		session_end(d, s->session.id_hash);
		web_set_cookie(r, SESSION_COOKIE, "", 0, "Lax");
		too_many(r, s->user.email, next, wait);
		return;
	}
	bool ok = user_second_factor(d, &s->user, req_form(r, "code"), now);
	login_record(d, s->user.email, addr, now, ok);
	if (!ok) {
		audit_add(d, &who, "login_failed", "user", s->user.id,
			  "Falscher Bestätigungscode");
		struct form_errors e = {0};
		form_error(&e, "code",
			   "Der Code stimmt nicht. Bitte geben Sie den "
			   "aktuellen Code ein.");
		code_form(r, next, &e);
		r->status = 401;
		return;
	}
	if (web_start_session(r, d, &s->user, false) < 0) {
		resp_error(r, 500,
			   "Die Anmeldung konnte nicht gespeichert "
			   "werden.");
		return;
	}
	user_record_login(d, s->user.id);
	audit_add(d, &who, "login", "user", s->user.id,
		  "Angemeldet (mit zweitem Faktor)");
	web_redirect(r, safe_next(next));
}

void page_logout(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	if (s->signed_in || s->mfa_pending) {
		session_end(d, s->session.id_hash);
		struct actor who = {s->user.id, s->user.email,
				    r->remote_addr ? r->remote_addr : "",
				    s->user.role, s->user.org_id};
		audit_add(d, &who, "logout", "user", s->user.id, "Abgemeldet");
	}
	web_set_cookie(r, SESSION_COOKIE, "", 0, "Lax");
	web_redirect(r, "/anmelden?abgemeldet=1");
}
