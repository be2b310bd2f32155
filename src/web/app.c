/*
 * app.c - the route table of Lotse and the hooks the server calls: session
 * (who asks), and error rendering (German page or JSON).
 *
 * Every route declares its least role here; the dispatcher enforces it.
 * tests/unit/test_routes.c walks this table.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "auth/token.h"
#include "domain/settings.h"
#include "web/web.h"

const struct route lotse_routes[] = {
	{"GET", "/", page_home, ROLE_ANON, 0, 0, "page_home"},
	{"GET", "/impressum", page_impressum, ROLE_ANON, 0, 0,
	 "page_impressum"},
	{"GET", "/datenschutz", page_datenschutz, ROLE_ANON, 0, 0,
	 "page_datenschutz"},
	{"GET", "/barrierefreiheit", page_barrierefreiheit, ROLE_ANON, 0, 0,
	 "page_barrierefreiheit"},
	{"GET", "/healthz", page_healthz, ROLE_ANON, 0, 0, "page_healthz"},
	{"GET", "/static/*", page_static, ROLE_ANON, 0, 0, "page_static"},
	{"GET", "/anmelden", page_login, ROLE_ANON, 0, 0, "page_login"},
	{"POST", "/anmelden", page_login_post, ROLE_ANON, 0, 0,
	 "page_login_post"},
	{"GET", "/anmelden/code", page_login_code, ROLE_ANON, 0, 0,
	 "page_login_code"},
	{"POST", "/anmelden/code", page_login_code_post, ROLE_ANON, 0, 0,
	 "page_login_code_post"},
	{"POST", "/abmelden", page_logout, ROLE_ANON, 0, 0, "page_logout"},
	{"GET", "/intern", page_intern, ROLE_PARTNER, 0, 0, "page_intern"},
	{"GET", "/intern/konto", page_account, ROLE_PARTNER, 0, 0,
	 "page_account"},
	{"POST", "/intern/konto/name", page_account_name, ROLE_PARTNER, 0, 0,
	 "page_account_name"},
	{"POST", "/intern/konto/passwort", page_account_password, ROLE_PARTNER,
	 0, 0, "page_account_password"},
	{"GET", "/intern/konto/2fa", page_totp_setup, ROLE_PARTNER, 0, 0,
	 "page_totp_setup"},
	{"POST", "/intern/konto/2fa", page_totp_enable, ROLE_PARTNER, 0, 0,
	 "page_totp_enable"},
	{"POST", "/intern/konto/2fa/aus", page_totp_disable, ROLE_PARTNER, 0, 0,
	 "page_totp_disable"},
	{"POST", "/intern/konto/sitzungen/beenden", page_sessions_end,
	 ROLE_PARTNER, 0, 0, "page_sessions_end"},
	{"GET", "/intern/organisation/{id}/bearbeiten", page_org_edit,
	 ROLE_PARTNER, 0, 0, "page_org_edit"},
	{"POST", "/intern/organisation/{id}/bearbeiten", page_org_update,
	 ROLE_PARTNER, 0, 0, "page_org_update"},
	/* admin.c: accounts, API keys, audit log, settings */
	{"GET", "/intern/benutzer", page_users, ROLE_ADMIN, 0, 0, "page_users"},
	{"GET", "/intern/benutzer/neu", page_user_new, ROLE_ADMIN, 0, 0,
	 "page_user_new"},
	{"POST", "/intern/benutzer", page_user_create, ROLE_ADMIN, 0, 0,
	 "page_user_create"},
	{"GET", "/intern/benutzer/{id}", page_user, ROLE_ADMIN, 0, 0,
	 "page_user"},
	{"POST", "/intern/benutzer/{id}/name", page_user_name, ROLE_ADMIN, 0, 0,
	 "page_user_name"},
	{"POST", "/intern/benutzer/{id}/rolle", page_user_role, ROLE_ADMIN, 0,
	 0, "page_user_role"},
	{"POST", "/intern/benutzer/{id}/passwort", page_user_password,
	 ROLE_ADMIN, 0, 0, "page_user_password"},
	{"POST", "/intern/benutzer/{id}/sperren", page_user_disable, ROLE_ADMIN,
	 0, 0, "page_user_disable"},
	{"POST", "/intern/benutzer/{id}/entsperren", page_user_enable,
	 ROLE_ADMIN, 0, 0, "page_user_enable"},
	{"POST", "/intern/benutzer/{id}/2fa-zuruecksetzen",
	 page_user_totp_reset, ROLE_ADMIN, 0, 0, "page_user_totp_reset"},
	{"GET", "/intern/api-schluessel", page_apikeys, ROLE_ADMIN, 0, 0,
	 "page_apikeys"},
	{"POST", "/intern/api-schluessel", page_apikey_create, ROLE_ADMIN, 0, 0,
	 "page_apikey_create"},
	{"POST", "/intern/api-schluessel/{id}/widerrufen", page_apikey_revoke,
	 ROLE_ADMIN, 0, 0, "page_apikey_revoke"},
	{"GET", "/intern/protokoll", page_audit, ROLE_ADMIN, 0, 0,
	 "page_audit"},
	{"GET", "/intern/einstellungen", page_settings, ROLE_ADMIN, 0, 0,
	 "page_settings"},
	{"POST", "/intern/einstellungen", page_settings_save, ROLE_ADMIN, 0, 0,
	 "page_settings_save"},
	/* --- directory: public pages --- */
	{"GET", "/angebote/{id}", page_public_offer, ROLE_ANON, 0, 0,
	 "page_public_offer"},
	{"GET", "/partner", page_public_partners, ROLE_ANON, 0, 0,
	 "page_public_partners"},
	{"GET", "/partner/{id}", page_public_partner, ROLE_ANON, 0, 0,
	 "page_public_partner"},
	{"GET", "/orte/{slug}", page_public_place, ROLE_ANON, 0, 0,
	 "page_public_place"},
	/* --- search page --- */
	{"GET", "/angebote", page_search, ROLE_ANON, 0, 0, "page_search"},
	/* --- search: synonyms (search_synonyms.c) --- */
	{"GET", "/intern/suche/synonyme", page_search_synonyms,
	 ROLE_COORDINATION, 0, 0, "page_search_synonyms"},
	{"POST", "/intern/suche/synonyme", page_search_synonyms_save,
	 ROLE_COORDINATION, 0, 0, "page_search_synonyms_save"},
	/* --- directory: internal pages --- */
	/* literal paths before {id} paths: the first match wins */
	{"GET", "/intern/angebote", page_intern_offers, ROLE_PARTNER, 0, 0,
	 "page_intern_offers"},
	{"GET", "/intern/angebote/neu", page_intern_offer_new, ROLE_PARTNER, 0,
	 0, "page_intern_offer_new"},
	{"POST", "/intern/angebote/neu", page_intern_offer_create, ROLE_PARTNER,
	 0, 0, "page_intern_offer_create"},
	{"GET", "/intern/angebote/ungeprueft", page_intern_offers_unverified,
	 ROLE_COORDINATION, 0, 0, "page_intern_offers_unverified"},
	{"GET", "/intern/angebote/{id}", page_intern_offer_edit, ROLE_PARTNER,
	 0, 0, "page_intern_offer_edit"},
	{"POST", "/intern/angebote/{id}", page_intern_offer_save, ROLE_PARTNER,
	 0, 0, "page_intern_offer_save"},
	{"POST", "/intern/angebote/{id}/status", page_intern_offer_status,
	 ROLE_PARTNER, 0, 0, "page_intern_offer_status"},
	{"POST", "/intern/angebote/{id}/kopieren", page_intern_offer_copy,
	 ROLE_PARTNER, 0, 0, "page_intern_offer_copy"},
	{"POST", "/intern/angebote/{id}/bestaetigen", page_intern_offer_verify,
	 ROLE_PARTNER, 0, 0, "page_intern_offer_verify"},
	{"GET", "/intern/angebote/{id}/verlauf", page_intern_offer_history,
	 ROLE_PARTNER, 0, 0, "page_intern_offer_history"},
	{"GET", "/intern/organisationen", page_intern_orgs, ROLE_COORDINATION,
	 0, 0, "page_intern_orgs"},
	{"GET", "/intern/organisationen/neu", page_intern_org_new,
	 ROLE_COORDINATION, 0, 0, "page_intern_org_new"},
	{"POST", "/intern/organisationen/neu", page_intern_org_create,
	 ROLE_COORDINATION, 0, 0, "page_intern_org_create"},
	{"GET", "/intern/organisation/{id}/netzwerk", page_intern_org_network,
	 ROLE_COORDINATION, 0, 0, "page_intern_org_network"},
	{"POST", "/intern/organisation/{id}/netzwerk",
	 page_intern_org_network_save, ROLE_COORDINATION, 0, 0,
	 "page_intern_org_network_save"},
	{"GET", "/intern/organisation/{id}/verlauf", page_intern_org_history,
	 ROLE_PARTNER, 0, 0, "page_intern_org_history"},
	{"GET", "/intern/organisation/{id}/ansprechpersonen",
	 page_intern_contacts, ROLE_PARTNER, 0, 0, "page_intern_contacts"},
	{"GET", "/intern/organisation/{id}/ansprechpersonen/neu",
	 page_intern_contact_new, ROLE_PARTNER, 0, 0,
	 "page_intern_contact_new"},
	{"POST", "/intern/organisation/{id}/ansprechpersonen/neu",
	 page_intern_contact_create, ROLE_PARTNER, 0, 0,
	 "page_intern_contact_create"},
	{"GET", "/intern/organisation/{id}/ansprechpersonen/{cid}",
	 page_intern_contact_edit, ROLE_PARTNER, 0, 0,
	 "page_intern_contact_edit"},
	{"POST", "/intern/organisation/{id}/ansprechpersonen/{cid}",
	 page_intern_contact_save, ROLE_PARTNER, 0, 0,
	 "page_intern_contact_save"},
	{"POST", "/intern/organisation/{id}/ansprechpersonen/{cid}/loeschen",
	 page_intern_contact_delete, ROLE_PARTNER, 0, 0,
	 "page_intern_contact_delete"},
	/* --- directory: import and export --- */
	{"GET", "/intern/import", page_import, ROLE_COORDINATION, 0, 0,
	 "page_import"},
	{"POST", "/intern/import", page_import_post, ROLE_COORDINATION, 0,
	 (size_t)32 << 20, "page_import_post"},
	{"GET", "/intern/export/angebote.csv", page_export_offers_csv,
	 ROLE_COORDINATION, 0, 0, "page_export_offers_csv"},
	{"GET", "/intern/export/angebote.xlsx", page_export_offers_xlsx,
	 ROLE_COORDINATION, 0, 0, "page_export_offers_xlsx"},
	{"GET", "/intern/export/partner.xlsx", page_export_partners_xlsx,
	 ROLE_COORDINATION, 0, 0, "page_export_partners_xlsx"},
	/* --- Lotse tool --- */
	/* RF_PRIVATE: the query describes a family; log only the pattern */
	{"GET", "/wegweiser", page_wegweiser, ROLE_ANON, RF_PRIVATE, 0,
	 "page_wegweiser"},
	{"GET", "/wegweiser/merkblatt", page_wegweiser_handout, ROLE_ANON,
	 RF_PRIVATE, 0, "page_wegweiser_handout"},
	/* --- figures: § 8a assessments and welcome visits (figures.c) --- */
	{"GET", "/intern/auswertung", page_figures, ROLE_COORDINATION, 0, 0,
	 "page_figures"},
	{"GET", "/intern/auswertung/abdeckung", page_coverage,
	 ROLE_COORDINATION, 0, 0, "page_coverage"},
	{"GET", "/intern/auswertung/beteiligung", page_participation,
	 ROLE_COORDINATION, 0, 0, "page_participation"},
	{"GET", "/intern/auswertung/jahresbericht", page_report,
	 ROLE_COORDINATION, 0, 0, "page_report"},
	{"GET", "/intern/auswertung/kinderschutz", page_stat8a,
	 ROLE_COORDINATION, 0, 0, "page_stat8a"},
	{"GET", "/intern/auswertung/kinderschutz.csv", page_stat8a_csv,
	 ROLE_COORDINATION, 0, 0, "page_stat8a_csv"},
	{"GET", "/intern/auswertung/kinderschutz/erfassen", page_stat8a_form,
	 ROLE_COORDINATION, 0, 0, "page_stat8a_form"},
	{"POST", "/intern/auswertung/kinderschutz/erfassen", page_stat8a_save,
	 ROLE_COORDINATION, 0, 0, "page_stat8a_save"},
	{"POST", "/intern/auswertung/kinderschutz/import", page_stat8a_import,
	 ROLE_COORDINATION, 0, 4u << 20, "page_stat8a_import"},
	{"GET", "/intern/auswertung/willkommen", page_welcome_figures,
	 ROLE_COORDINATION, 0, 0, "page_welcome_figures"},
	{"GET", "/intern/willkommen", page_welcome_form, ROLE_VISITS, 0, 0,
	 "page_welcome_form"},
	{"POST", "/intern/willkommen", page_welcome_save, ROLE_VISITS, 0, 0,
	 "page_welcome_save"},
	/* --- network: projects and joining (projects.c, join.c) --- */
	{"GET", "/projekte", page_projects, ROLE_ANON, 0, 0, "page_projects"},
	{"GET", "/projekte/{id}", page_project, ROLE_ANON, 0, 0,
	 "page_project"},
	{"GET", "/intern/projekte", page_intern_projects, ROLE_PARTNER, 0, 0,
	 "page_intern_projects"},
	{"GET", "/intern/projekte/neu", page_intern_project_new, ROLE_PARTNER,
	 0, 0, "page_intern_project_new"},
	{"POST", "/intern/projekte/neu", page_intern_project_create,
	 ROLE_PARTNER, 0, 0, "page_intern_project_create"},
	{"GET", "/intern/projekte/{id}", page_intern_project, ROLE_PARTNER, 0,
	 0, "page_intern_project"},
	{"POST", "/intern/projekte/{id}", page_intern_project_save,
	 ROLE_PARTNER, 0, 0, "page_intern_project_save"},
	{"POST", "/intern/projekte/{id}/loeschen", page_intern_project_delete,
	 ROLE_PARTNER, 0, 0, "page_intern_project_delete"},
	{"GET", "/mitmachen", page_join, ROLE_ANON, 0, 0, "page_join"},
	{"POST", "/mitmachen", page_join_post, ROLE_ANON, 0, 32 * 1024,
	 "page_join_post"},
	{"GET", "/mitmachen/danke", page_join_thanks, ROLE_ANON, 0, 0,
	 "page_join_thanks"},
	{"GET", "/intern/anfragen", page_intern_join_requests,
	 ROLE_COORDINATION, 0, 0, "page_intern_join_requests"},
	{"GET", "/intern/anfragen/{id}", page_intern_join_request,
	 ROLE_COORDINATION, 0, 0, "page_intern_join_request"},
	{"POST", "/intern/anfragen/{id}/annehmen", page_intern_join_accept,
	 ROLE_COORDINATION, 0, 0, "page_intern_join_accept"},
	{"POST", "/intern/anfragen/{id}/ablehnen", page_intern_join_decline,
	 ROLE_COORDINATION, 0, 0, "page_intern_join_decline"},
	{"POST", "/intern/anfragen/{id}/erneut-einladen",
	 page_intern_join_resend, ROLE_COORDINATION, 0, 0,
	 "page_intern_join_resend"},
	/* RF_PRIVATE: the path holds the one-time token */
	{"GET", "/konto/einrichten/{token}", page_account_setup, ROLE_ANON,
	 RF_PRIVATE, 0, "page_account_setup"},
	{"POST", "/konto/einrichten/{token}", page_account_setup_post,
	 ROLE_ANON, RF_PRIVATE, 0, "page_account_setup_post"},
	{"GET", "/api/v1/projects", api_project_list, ROLE_ANON, RF_API, 0,
	 "api_project_list"},
	{"GET", "/api/v1/projects/{id}", api_project_get, ROLE_ANON, RF_API, 0,
	 "api_project_get"},
	/* --- network: e-mail (outbox.c, invite.c, news.c) --- */
	{"GET", "/intern/postausgang", page_outbox, ROLE_COORDINATION, 0, 0,
	 "page_outbox"},
	{"GET", "/intern/postausgang/{id}", page_outbox_message,
	 ROLE_COORDINATION, 0, 0, "page_outbox_message"},
	{"POST", "/intern/postausgang/{id}/erneut", page_outbox_retry,
	 ROLE_COORDINATION, 0, 0, "page_outbox_retry"},
	{"GET", "/intern/sitzungen/{id}/einladen", page_invite,
	 ROLE_COORDINATION, 0, 0, "page_invite"},
	{"POST", "/intern/sitzungen/{id}/einladen", page_invite_post,
	 ROLE_COORDINATION, 0, 0, "page_invite_post"},
	{"GET", "/intern/neuigkeiten", page_news, ROLE_PARTNER, 0, 0,
	 "page_news"},
	{"GET", "/intern/neuigkeiten/neu", page_news_new, ROLE_COORDINATION, 0,
	 0, "page_news_new"},
	{"POST", "/intern/neuigkeiten/neu", page_news_create, ROLE_COORDINATION,
	 0, 0, "page_news_create"},
	{"GET", "/intern/neuigkeiten/{id}", page_news_item, ROLE_PARTNER, 0, 0,
	 "page_news_item"},
	{"POST", "/intern/neuigkeiten/{id}/senden", page_news_send,
	 ROLE_COORDINATION, 0, 0, "page_news_send"},
	/* --- network: bodies and meetings (bodies.c, meetings.c,
	 * meeting_regs.c, termine.c, api/meetings.c) --- */
	{"GET", "/intern/gremien", page_bodies, ROLE_PARTNER, 0, 0,
	 "page_bodies"},
	{"GET", "/intern/gremien/neu", page_body_new, ROLE_COORDINATION, 0, 0,
	 "page_body_new"},
	{"POST", "/intern/gremien/neu", page_body_create, ROLE_COORDINATION, 0,
	 0, "page_body_create"},
	{"GET", "/intern/gremien/{id}", page_body, ROLE_PARTNER, 0, 0,
	 "page_body"},
	{"GET", "/intern/gremien/{id}/bearbeiten", page_body_edit,
	 ROLE_COORDINATION, 0, 0, "page_body_edit"},
	{"POST", "/intern/gremien/{id}/bearbeiten", page_body_save,
	 ROLE_COORDINATION, 0, 0, "page_body_save"},
	{"GET", "/intern/gremien/{id}/mitglieder", page_body_members,
	 ROLE_COORDINATION, 0, 0, "page_body_members"},
	{"POST", "/intern/gremien/{id}/mitglieder", page_body_member_save,
	 ROLE_COORDINATION, 0, 0, "page_body_member_save"},
	{"POST", "/intern/gremien/{id}/mitglieder/entfernen",
	 page_body_member_remove, ROLE_COORDINATION, 0, 0,
	 "page_body_member_remove"},
	{"GET", "/intern/gremien/{id}/termine.ics", page_body_feed,
	 ROLE_PARTNER, 0, 0, "page_body_feed"},
	{"GET", "/intern/sitzungen", page_meetings, ROLE_PARTNER, 0, 0,
	 "page_meetings"},
	{"GET", "/intern/sitzungen/neu", page_meeting_new, ROLE_COORDINATION, 0,
	 0, "page_meeting_new"},
	{"POST", "/intern/sitzungen/neu", page_meeting_create,
	 ROLE_COORDINATION, 0, 0, "page_meeting_create"},
	{"GET", "/intern/sitzungen/{id}", page_meeting, ROLE_PARTNER, 0, 0,
	 "page_meeting"},
	{"GET", "/intern/sitzungen/{id}/bearbeiten", page_meeting_edit,
	 ROLE_COORDINATION, 0, 0, "page_meeting_edit"},
	{"POST", "/intern/sitzungen/{id}/bearbeiten", page_meeting_save,
	 ROLE_COORDINATION, 0, 0, "page_meeting_save"},
	{"POST", "/intern/sitzungen/{id}/absagen", page_meeting_cancel,
	 ROLE_COORDINATION, 0, 0, "page_meeting_cancel"},
	{"GET", "/intern/sitzungen/{id}/tagesordnung", page_agenda,
	 ROLE_COORDINATION, 0, 0, "page_agenda"},
	{"POST", "/intern/sitzungen/{id}/tagesordnung", page_agenda_add,
	 ROLE_COORDINATION, 0, 0, "page_agenda_add"},
	{"POST", "/intern/sitzungen/{id}/tagesordnung/{item}",
	 page_agenda_item_save, ROLE_COORDINATION, 0, 0,
	 "page_agenda_item_save"},
	{"POST", "/intern/sitzungen/{id}/tagesordnung/{item}/hoch",
	 page_agenda_item_up, ROLE_COORDINATION, 0, 0, "page_agenda_item_up"},
	{"POST", "/intern/sitzungen/{id}/tagesordnung/{item}/runter",
	 page_agenda_item_down, ROLE_COORDINATION, 0, 0,
	 "page_agenda_item_down"},
	{"POST", "/intern/sitzungen/{id}/tagesordnung/{item}/loeschen",
	 page_agenda_item_delete, ROLE_COORDINATION, 0, 0,
	 "page_agenda_item_delete"},
	{"POST", "/intern/sitzungen/{id}/anmelden", page_meeting_register,
	 ROLE_PARTNER, 0, 0, "page_meeting_register"},
	{"POST", "/intern/sitzungen/{id}/abmelden", page_meeting_unregister,
	 ROLE_PARTNER, 0, 0, "page_meeting_unregister"},
	{"GET", "/intern/sitzungen/{id}/anwesenheit", page_attendance,
	 ROLE_COORDINATION, 0, 0, "page_attendance"},
	{"POST", "/intern/sitzungen/{id}/anwesenheit", page_attendance_save,
	 ROLE_COORDINATION, 0, 0, "page_attendance_save"},
	{"GET", "/intern/sitzungen/{id}/anwesenheit/druck",
	 page_attendance_print, ROLE_COORDINATION, 0, 0,
	 "page_attendance_print"},
	{"GET", "/termine", page_termine, ROLE_ANON, 0, 0, "page_termine"},
	{"GET", "/termine.ics", page_termine_ics, ROLE_ANON, 0, 0,
	 "page_termine_ics"},
	/* {id} is "12" (the page) or "12.ics" (its calendar file) */
	{"GET", "/termine/{id}", page_termin, ROLE_ANON, 0, 0, "page_termin"},
	/* {id} is "12.ics" */
	{"GET", "/termine/gremium/{id}", page_body_feed_public, ROLE_ANON, 0, 0,
	 "page_body_feed_public"},
	{"GET", "/intern/kalender", page_calendar, ROLE_PARTNER, 0, 0,
	 "page_calendar"},
	{"POST", "/intern/kalender", page_calendar_new, ROLE_PARTNER, 0, 0,
	 "page_calendar_new"},
	{"POST", "/intern/kalender/loeschen", page_calendar_delete,
	 ROLE_PARTNER, 0, 0, "page_calendar_delete"},
	/* RF_PRIVATE: the path holds the secret token ("token.ics") */
	{"GET", "/kalender/{token}", page_calendar_feed, ROLE_ANON, RF_PRIVATE,
	 0, "page_calendar_feed"},
	{"GET", "/api/v1/meetings", api_meeting_list, ROLE_ANON, RF_API, 0,
	 "api_meeting_list"},
	{"GET", "/api/v1/meetings/{id}", api_meeting_get, ROLE_ANON, RF_API, 0,
	 "api_meeting_get"},
	/* --- network: minutes, decisions, documents (minutes.c,
	 * decisions.c, documents.c) --- */
	{"GET", "/intern/sitzungen/{id}/protokoll", page_minutes, ROLE_PARTNER,
	 0, 0, "page_minutes"},
	{"POST", "/intern/sitzungen/{id}/protokoll", page_minutes_save,
	 ROLE_COORDINATION, 0, 0, "page_minutes_save"},
	{"POST", "/intern/sitzungen/{id}/protokoll/freigeben",
	 page_minutes_approve, ROLE_COORDINATION, 0, 0, "page_minutes_approve"},
	{"POST", "/intern/sitzungen/{id}/protokoll/oeffnen",
	 page_minutes_reopen, ROLE_COORDINATION, 0, 0, "page_minutes_reopen"},
	{"GET", "/intern/sitzungen/{id}/protokoll/druck", page_minutes_print,
	 ROLE_PARTNER, 0, 0, "page_minutes_print"},
	{"GET", "/intern/sitzungen/{id}/antraege", page_motions, ROLE_PARTNER,
	 0, 0, "page_motions"},
	{"POST", "/intern/sitzungen/{id}/antraege", page_motion_create,
	 ROLE_COORDINATION, 0, 0, "page_motion_create"},
	{"GET", "/intern/antraege/{id}", page_motion, ROLE_PARTNER, 0, 0,
	 "page_motion"},
	{"POST", "/intern/antraege/{id}", page_motion_save, ROLE_COORDINATION,
	 0, 0, "page_motion_save"},
	{"POST", "/intern/antraege/{id}/abstimmung", page_motion_vote,
	 ROLE_COORDINATION, 0, 0, "page_motion_vote"},
	{"POST", "/intern/antraege/{id}/loeschen", page_motion_delete,
	 ROLE_COORDINATION, 0, 0, "page_motion_delete"},
	{"GET", "/intern/beschluesse", page_decisions, ROLE_PARTNER, 0, 0,
	 "page_decisions"},
	{"GET", "/intern/beschluesse.csv", page_decisions_csv, ROLE_PARTNER, 0,
	 0, "page_decisions_csv"},
	{"GET", "/intern/dokumente", page_documents, ROLE_PARTNER, 0, 0,
	 "page_documents"},
	{"GET", "/intern/dokumente/neu", page_document_new, ROLE_COORDINATION,
	 0, 0, "page_document_new"},
	{"POST", "/intern/dokumente/neu", page_document_create,
	 ROLE_COORDINATION, 0, 0, "page_document_create"},
	{"GET", "/intern/dokumente/{id}", page_document, ROLE_PARTNER, 0, 0,
	 "page_document"},
	{"GET", "/intern/dokumente/{id}/bearbeiten", page_document_edit,
	 ROLE_COORDINATION, 0, 0, "page_document_edit"},
	{"POST", "/intern/dokumente/{id}/bearbeiten", page_document_save,
	 ROLE_COORDINATION, 0, 0, "page_document_save"},
	{"GET", "/intern/dokumente/{id}/version/{n}", page_document_version,
	 ROLE_PARTNER, 0, 0, "page_document_version"},
	{"GET", "/intern/dokumente/{id}/version/{n}/pdf", page_document_pdf,
	 ROLE_PARTNER, 0, 0, "page_document_pdf"},
	{"GET", "/intern/dokumente/{id}/neue-version",
	 page_document_version_new, ROLE_COORDINATION, 0, 0,
	 "page_document_version_new"},
	/* a PDF of at most 10 MiB and the other fields */
	{"POST", "/intern/dokumente/{id}/neue-version",
	 page_document_version_create, ROLE_COORDINATION, 0,
	 ((size_t)10 << 20) + ((size_t)64 << 10),
	 "page_document_version_create"},
	{"POST", "/intern/dokumente/{id}/annehmen", page_document_accept,
	 ROLE_PARTNER, 0, 0, "page_document_accept"},
	{"GET", "/intern/dokumente/{id}/annahmen", page_document_acceptances,
	 ROLE_COORDINATION, 0, 0, "page_document_acceptances"},
	{"POST", "/intern/dokumente/{id}/erinnern", page_document_remind,
	 ROLE_COORDINATION, 0, 0, "page_document_remind"},
	/* --- JSON API v1 --- */
	{"GET", "/api/v1/offers", api_offer_list, ROLE_ANON, RF_API, 0,
	 "api_offer_list"},
	{"POST", "/api/v1/offers", api_offer_create, ROLE_PARTNER, RF_API,
	 API_BODY_LIMIT, "api_offer_create"},
	{"GET", "/api/v1/offers/{id}", api_offer_get, ROLE_ANON, RF_API, 0,
	 "api_offer_get"},
	{"PUT", "/api/v1/offers/{id}", api_offer_replace, ROLE_PARTNER, RF_API,
	 API_BODY_LIMIT, "api_offer_replace"},
	{"PATCH", "/api/v1/offers/{id}", api_offer_patch, ROLE_PARTNER, RF_API,
	 API_BODY_LIMIT, "api_offer_patch"},
	{"DELETE", "/api/v1/offers/{id}", api_offer_delete, ROLE_PARTNER,
	 RF_API, 0, "api_offer_delete"},
	{"GET", "/api/v1/organisations", api_organisation_list, ROLE_ANON,
	 RF_API, 0, "api_organisation_list"},
	{"GET", "/api/v1/organisations/{id}", api_organisation_get, ROLE_ANON,
	 RF_API, 0, "api_organisation_get"},
	{"GET", "/api/v1/regions", api_region_list, ROLE_ANON, RF_API, 0,
	 "api_region_list"},
	/* --- metrics.c: response times per route --- */
	{"GET", "/intern/messwerte", page_metrics, ROLE_ADMIN, 0, 0,
	 "page_metrics"},
	{"POST", "/intern/messwerte/zuruecksetzen", page_metrics_reset,
	 ROLE_ADMIN, 0, 0, "page_metrics_reset"},
	{"GET", "/api/v1/metrics", api_metrics, ROLE_ADMIN, RF_API, 0,
	 "api_metrics"},
	{"DELETE", "/api/v1/metrics", api_metrics_reset, ROLE_ADMIN, RF_API, 0,
	 "api_metrics_reset"},
};
const size_t lotse_routes_count = sizeof lotse_routes / sizeof *lotse_routes;

struct web_state *web_state(struct req *r)
{
	if (!r->app_data) {
		struct web_state *s = arena_calloc(r->a, 1, sizeof *s);
		s->actor.label = "anonym";
		s->actor.addr = r->remote_addr ? r->remote_addr : "";
		s->actor.role = ROLE_ANON;
		r->app_data = s;
	}
	return r->app_data;
}

const struct actor *web_actor(struct req *r)
{
	return &web_state(r)->actor;
}

void web_set_cookie(struct req *r, const char *name, const char *value,
		    long max_age, const char *same_site)
{
	char age[40] = "";
	if (max_age >= 0)
		snprintf(age, sizeof age, "; Max-Age=%ld", max_age);
	resp_header_add(r, "Set-Cookie",
			arena_printf(r->a,
				     "%s=%s; Path=/; HttpOnly; SameSite=%s%s%s",
				     name, value, same_site, age,
				     r->tls ? "; Secure" : ""));
}

const char *web_csrf(struct req *r)
{
	if (r->csrf_token)
		return r->csrf_token;
	char token[SESSION_TOKEN_LEN];
	token_random(token, sizeof token, 32);
	r->csrf_token = arena_strdup(r->a, token);
	web_set_cookie(r, CSRF_COOKIE, r->csrf_token, -1, "Strict");
	return r->csrf_token;
}

void web_redirect(struct req *r, const char *path)
{
	resp_redirect(r, 303, path);
}

db *web_db(struct req *r)
{
	db *d = db_thread();
	if (!d)
		resp_error(r, 503,
			   "Die Datenbank ist gerade nicht erreichbar.");
	return d;
}

const struct site *web_site(struct req *r)
{
	struct web_state *s = web_state(r);
	if (!s->site_loaded) {
		db *d = db_thread();
		s->site.network_name = setting_get(d, r->a, "network_name");
		s->site.district_name = setting_get(d, r->a, "district_name");
		s->site.header_line = setting_get(d, r->a, "header_line");
		if (s->signed_in) {
			s->site.user_name = s->user.display_name;
			s->site.csrf = r->csrf_token;
		}
		s->site_loaded = true;
	}
	return &s->site;
}

void web_begin(struct req *r, const char *title)
{
	page_begin(r, web_site(r), title);
}

void web_end(struct req *r)
{
	page_end(r, web_site(r));
}

void web_paragraphs(buf *b, const char *text)
{
	const char *p = text;
	while (*p) {
		while (*p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		const char *end = strstr(p, "\n\n");
		const char *crlf = strstr(p, "\r\n\r\n");
		if (crlf && (!end || crlf < end))
			end = crlf;
		size_t len = end ? (size_t)(end - p) : strlen(p);
		HTML_RAW(b, "<p class=\"kern-body\">");
		size_t start = 0;
		for (size_t i = 0; i <= len; i++) {
			if (i == len || p[i] == '\n') {
				size_t l = i - start;
				if (l && p[start + l - 1] == '\r')
					l--;
				if (start)
					HTML_RAW(b, "<br>");
				html_escape_n(b, p + start, l);
				start = i + 1;
			}
		}
		HTML_RAW(b, "</p>\n");
		p += len;
	}
}

static void error(struct req *r, int status, const char *message,
		  const char *field)
{
	if (r->is_api) {
		json_t *o = json_pack("{s:s}", "error", message);
		if (field)
			json_object_set_new(o, "field", json_string(field));
		char *s = json_dumps(o, JSON_COMPACT);
		resp_json(r, status, s ? s : "{\"error\":\"?\"}");
		free(s);
		json_decref(o);
		return;
	}
	if (status == 401 && !r->is_api &&
	    (strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0)) {
		/* An internal page without a session: sign in, then back. */
		resp_redirect(r, 303,
			      arena_printf(r->a, "/anmelden?weiter=%s",
					   url_component(r->a, r->path)));
		return;
	}
	page_error(r, web_site(r), status, message);
}

const struct app lotse_app = {
	.routes = lotse_routes,
	.nroutes = sizeof lotse_routes / sizeof *lotse_routes,
	.session = web_session,
	.error = error,
	.guard = web_guard,
};
