/*
 * web.h - what the page handlers share: the application (route table and
 * hooks), the site texts, the database of the current thread.
 */
#ifndef LOTSE_WEB_H
#define LOTSE_WEB_H

#include "db/db.h"
#include "domain/actor.h"
#include "domain/session.h"
#include "domain/user.h"
#include "http/http.h"
#include "view/form.h"
#include "view/html.h"
#include "view/layout.h"

/* What the web layer knows about the current request (r->app_data). */
struct web_state {
	struct site site;
	bool site_loaded;
	bool signed_in;	  /* a user with a complete sign-in */
	struct user user; /* valid when signed_in or mfa_pending */
	bool mfa_pending; /* password ok, second factor missing */
	bool via_api_key;
	struct session session; /* valid when signed_in or mfa_pending */
	struct actor actor;
	const char *flash; /* one-line notice for the next page, or NULL */
};
struct web_state *web_state(struct req *r);
/* The actor of this request, for domain functions. */
const struct actor *web_actor(struct req *r);

/* Session cookie and the anonymous CSRF cookie (double submit, for the
 * sign-in form before there is a session). */
#define SESSION_COOKIE "lotse_session"
#define CSRF_COOKIE "lotse_csrf"
/* Sets a cookie (HttpOnly, Path=/, Secure over TLS); max_age < 0 for a
 * browser-session cookie, 0 to delete it. */
void web_set_cookie(struct req *r, const char *name, const char *value,
		    long max_age, const char *same_site);
/* The CSRF token for forms on this page: the session's, or the anonymous
 * cookie's (created and set when missing). */
const char *web_csrf(struct req *r);
/* 303 See Other to a local path. */
void web_redirect(struct req *r, const char *path);
/* Hooks for struct app (auth.c). */
void web_session(struct req *r);
bool web_guard(struct req *r);

extern const struct app lotse_app;
extern const struct route lotse_routes[];
extern const size_t lotse_routes_count;

/* The database connection of this worker thread; answers 503 and returns
 * NULL when the database cannot be opened. */
db *web_db(struct req *r);
/* The site texts for the frame (from the settings, cached per request). */
const struct site *web_site(struct req *r);
/* page_begin()/page_end() with the site of this request. */
void web_begin(struct req *r, const char *title);
void web_end(struct req *r);
/* Writes text as paragraphs: blank lines separate paragraphs, single line
 * breaks become <br>. Everything is escaped. */
void web_paragraphs(buf *b, const char *text);

/* Handlers (one file per area). */
void page_home(struct req *r);
void page_impressum(struct req *r);
void page_datenschutz(struct req *r);
void page_barrierefreiheit(struct req *r);
void page_healthz(struct req *r);
void page_static(struct req *r);
/* auth.c */
void page_login(struct req *r);
void page_login_post(struct req *r);
void page_login_code(struct req *r);
void page_login_code_post(struct req *r);
void page_logout(struct req *r);
/* Starts a session for u (ending the browser's old one) and sets the
 * cookie; returns 0 or -1. */
int web_start_session(struct req *r, db *d, const struct user *u,
		      bool mfa_pending);
/* account.c */
void page_intern(struct req *r);
void page_account(struct req *r);
void page_account_name(struct req *r);
void page_account_password(struct req *r);
void page_totp_setup(struct req *r);
void page_totp_enable(struct req *r);
void page_totp_disable(struct req *r);
void page_sessions_end(struct req *r);
void page_org_edit(struct req *r);
void page_org_update(struct req *r);
/* admin.c */
void page_users(struct req *r);
void page_user_new(struct req *r);
void page_user_create(struct req *r);
void page_user(struct req *r);
void page_user_name(struct req *r);
void page_user_role(struct req *r);
void page_user_password(struct req *r);
void page_user_disable(struct req *r);
void page_user_enable(struct req *r);
void page_user_totp_reset(struct req *r);
void page_apikeys(struct req *r);
void page_apikey_create(struct req *r);
void page_apikey_revoke(struct req *r);
void page_audit(struct req *r);
void page_settings(struct req *r);
void page_settings_save(struct req *r);
/* search_synonyms.c */
void page_search_synonyms(struct req *r);
void page_search_synonyms_save(struct req *r);

/* directory_public.c */
void page_public_offer(struct req *r);
void page_public_partners(struct req *r);
void page_public_partner(struct req *r);
void page_public_place(struct req *r);
/* directory_intern.c (with offer_form.c, offers_intern.c, orgs_intern.c) */
void page_intern_offers(struct req *r);
void page_intern_offer_new(struct req *r);
void page_intern_offer_create(struct req *r);
void page_intern_offers_unverified(struct req *r);
void page_intern_offer_edit(struct req *r);
void page_intern_offer_save(struct req *r);
void page_intern_offer_status(struct req *r);
void page_intern_offer_copy(struct req *r);
void page_intern_offer_verify(struct req *r);
void page_intern_offer_history(struct req *r);
void page_intern_orgs(struct req *r);
void page_intern_org_new(struct req *r);
void page_intern_org_create(struct req *r);
void page_intern_org_network(struct req *r);
void page_intern_org_network_save(struct req *r);
void page_intern_org_history(struct req *r);
void page_intern_contacts(struct req *r);
void page_intern_contact_new(struct req *r);
void page_intern_contact_create(struct req *r);
void page_intern_contact_edit(struct req *r);
void page_intern_contact_save(struct req *r);
void page_intern_contact_delete(struct req *r);
/* The tabs of an organisation's pages (also on account.c's page of its
 * contact data); current is the path of the page shown. */
void intern_org_tabs(struct req *r, int64_t org_id, const char *current);
/* import_export.c */
void page_import(struct req *r);
void page_import_post(struct req *r);
void page_export_offers_csv(struct req *r);
void page_export_offers_xlsx(struct req *r);
void page_export_partners_xlsx(struct req *r);
/* wegweiser.c (the Lotse tool) */
void page_wegweiser(struct req *r);
void page_wegweiser_handout(struct req *r);
/* search_page.c */
void page_search(struct req *r);
/* metrics.c: the server's response times per route (admins) */
void page_metrics(struct req *r);
void page_metrics_reset(struct req *r);
void api_metrics(struct req *r);       /* GET /api/v1/metrics */
void api_metrics_reset(struct req *r); /* DELETE /api/v1/metrics */
/* figures.c: § 8a assessments and welcome visits */
struct ftable;
/* Answers ?format=csv|xlsx (&tabelle=ID: one table; xlsx without it: all
 * as sheets) with a download named prefix...; false when there is no
 * format parameter (then the page is shown). */
bool figures_export(struct req *r, struct ftable *const *tables, size_t n,
		    const char *prefix);
void page_figures(struct req *r);
void page_stat8a(struct req *r);
/* coverage_page.c: /intern/auswertung/abdeckung */
void page_coverage(struct req *r);
/* participation_page.c: /intern/auswertung/beteiligung */
void page_participation(struct req *r);
/* report_page.c: /intern/auswertung/jahresbericht */
void page_report(struct req *r);
void page_stat8a_csv(struct req *r);
void page_stat8a_form(struct req *r);
void page_stat8a_save(struct req *r);
void page_stat8a_import(struct req *r);
void page_welcome_figures(struct req *r);
void page_welcome_form(struct req *r);
void page_welcome_save(struct req *r);
/* projects.c and join.c: the partners' projects and joining the network */
void page_projects(struct req *r);
void page_project(struct req *r);
void page_intern_projects(struct req *r);
void page_intern_project_new(struct req *r);
void page_intern_project_create(struct req *r);
void page_intern_project(struct req *r);
void page_intern_project_save(struct req *r);
void page_intern_project_delete(struct req *r);
void page_join(struct req *r);
void page_join_post(struct req *r);
void page_join_thanks(struct req *r);
void page_intern_join_requests(struct req *r);
void page_intern_join_request(struct req *r);
void page_intern_join_accept(struct req *r);
void page_intern_join_decline(struct req *r);
void page_intern_join_resend(struct req *r);
void page_account_setup(struct req *r);
void page_account_setup_post(struct req *r);
/* The "Projekte" section of the public page of organisation org_id
 * (nothing when it has no public project). */
void page_partner_projects(struct req *r, db *d, int64_t org_id);
void api_project_list(struct req *r); /* src/api/projects.c */
void api_project_get(struct req *r);
/* --- network: e-mail (N3): outbox.c, invite.c, news.c --- */
void page_outbox(struct req *r);
void page_outbox_message(struct req *r);
void page_outbox_retry(struct req *r);
void page_invite(struct req *r);
void page_invite_post(struct req *r);
void page_news(struct req *r);
void page_news_new(struct req *r);
void page_news_create(struct req *r);
void page_news_item(struct req *r);
void page_news_send(struct req *r);
/* The latest news for the signed-in user, for the start page /intern. */
void news_intern_box(struct req *r);
/* --- network: minutes, decisions, documents (N2): minutes.c,
 * decisions.c, documents.c --- */
void page_minutes(struct req *r);
void page_minutes_save(struct req *r);
void page_minutes_approve(struct req *r);
void page_minutes_reopen(struct req *r);
void page_minutes_print(struct req *r);
void page_motions(struct req *r);
void page_motion_create(struct req *r);
void page_motion(struct req *r);
void page_motion_save(struct req *r);
void page_motion_vote(struct req *r);
void page_motion_delete(struct req *r);
void page_decisions(struct req *r);
void page_decisions_csv(struct req *r);
void page_documents(struct req *r);
void page_document_new(struct req *r);
void page_document_create(struct req *r);
void page_document(struct req *r);
void page_document_edit(struct req *r);
void page_document_save(struct req *r);
void page_document_version(struct req *r);
void page_document_pdf(struct req *r);
void page_document_version_new(struct req *r);
void page_document_version_create(struct req *r);
void page_document_accept(struct req *r);
void page_document_acceptances(struct req *r);
void page_document_remind(struct req *r);
/* --- network: bodies and meetings (N1): bodies.c, meetings.c,
 * meeting_regs.c, termine.c, src/api/meetings.c --- */
void page_bodies(struct req *r);
void page_body_new(struct req *r);
void page_body_create(struct req *r);
void page_body(struct req *r);
void page_body_edit(struct req *r);
void page_body_save(struct req *r);
void page_body_members(struct req *r);
void page_body_member_save(struct req *r);
void page_body_member_remove(struct req *r);
void page_body_feed(struct req *r);
void page_body_feed_public(struct req *r);
void page_meetings(struct req *r);
void page_meeting_new(struct req *r);
void page_meeting_create(struct req *r);
void page_meeting(struct req *r);
void page_meeting_edit(struct req *r);
void page_meeting_save(struct req *r);
void page_meeting_cancel(struct req *r);
void page_agenda(struct req *r);
void page_agenda_add(struct req *r);
void page_agenda_item_save(struct req *r);
void page_agenda_item_up(struct req *r);
void page_agenda_item_down(struct req *r);
void page_agenda_item_delete(struct req *r);
void page_meeting_register(struct req *r);
void page_meeting_unregister(struct req *r);
void page_attendance(struct req *r);
void page_attendance_save(struct req *r);
void page_attendance_print(struct req *r);
void page_termine(struct req *r);
void page_termin(struct req *r);
void page_termine_ics(struct req *r);
void page_calendar(struct req *r);
void page_calendar_new(struct req *r);
void page_calendar_delete(struct req *r);
void page_calendar_feed(struct req *r);
void api_meeting_list(struct req *r); /* src/api/meetings.c */
void api_meeting_get(struct req *r);
/* api (src/api/) */

#endif
