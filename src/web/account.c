/*
 * account.c - the internal start page and "Mein Konto": own name and
 * password, the second factor (set up with a QR code, recovery codes, turn
 * off), the list of own sessions; and the page where a partner keeps the
 * contact data of its own organisation.
 */
#include <stdio.h>
#include <string.h>

#include "auth/password.h"
#include "auth/totp.h"
#include "base/log.h"
#include "domain/join.h"
#include "domain/organisation.h"
#include "domain/settings.h"
#include "view/qr.h"
#include "web/web.h"

void page_intern(struct req *r)
{
	struct web_state *s = web_state(r);
	web_begin(r, "Intern");
	buf *b = &r->out;
	html(b,
	     "<h1 class=\"kern-heading-large\">Guten Tag, %s</h1>\n"
	     "<p class=\"kern-body\">Sie sind angemeldet als %s",
	     s->user.display_name, role_label(s->user.role));
	if (s->user.org_name[0])
		html(b, " für %s", s->user.org_name);
	HTML_RAW(b, ".</p>\n");
	if (!s->user.totp_secret[0])
		alert(b, "info", "Schützen Sie Ihr Konto",
		      "Mit der Zwei-Faktor-Anmeldung braucht eine Anmeldung "
		      "neben dem Passwort einen Code aus einer App auf Ihrem "
		      "Telefon. Sie richten sie unter „Mein Konto“ ein.");
	news_intern_box(r); /* N3: the latest news (news.c) */
	HTML_RAW(b, "<ul class=\"lotse-cards\">");
	HTML_RAW(b,
		 "<li><a class=\"kern-link\" href=\"/intern/konto\">Mein Konto"
		 "</a><p class=\"kern-body kern-body--small\">Name, Passwort, "
		 "Zwei-Faktor-Anmeldung, angemeldete Geräte</p></li>");
	if (s->user.org_id)
		html(b,
		     "<li><a class=\"kern-link\" "
		     "href=\"/intern/organisation/%lld/bearbeiten\">Meine "
		     "Organisation</a><p class=\"kern-body kern-body--small\">"
		     "Kontaktdaten von %s pflegen</p></li>",
		     (long long)s->user.org_id, s->user.org_name);
	/* directory (issue #4): offers, contacts, organisations */
	HTML_RAW(b, "<li><a class=\"kern-link\" href=\"/intern/angebote\">"
		    "Angebote</a><p class=\"kern-body kern-body--small\">"
		    "Angebote anlegen, ändern, veröffentlichen und als noch "
		    "aktuell bestätigen</p></li>");
	if (s->user.org_id)
		html(b,
		     "<li><a class=\"kern-link\" "
		     "href=\"/intern/organisation/%lld/ansprechpersonen\">"
		     "Ansprechpersonen</a><p class=\"kern-body "
		     "kern-body--small\">Wer bei %s Ansprechperson ist und "
		     "öffentlich gezeigt werden darf</p></li>",
		     (long long)s->user.org_id, s->user.org_name);
	if (r->role >= ROLE_COORDINATION)
		HTML_RAW(b,
			 "<li><a class=\"kern-link\" "
			 "href=\"/intern/organisationen\">Organisationen</a>"
			 "<p class=\"kern-body kern-body--small\">Partner "
			 "des Netzwerks suchen, anlegen und ihre "
			 "Netzwerkangaben pflegen</p></li>"
			 "<li><a class=\"kern-link\" "
			 "href=\"/intern/angebote/ungeprueft\">Nicht "
			 "bestätigte Angebote</a><p class=\"kern-body "
			 "kern-body--small\">Angebote, die seit 12 Monaten "
			 "niemand als aktuell bestätigt hat</p></li>"
			 "<li><a class=\"kern-link\" href=\"/intern/import\">"
			 "Import und Export</a><p class=\"kern-body "
			 "kern-body--small\">Angebote aus einer Tabelle "
			 "(CSV) laden; Angebote und Partner als CSV oder "
			 "Excel herunterladen</p></li>");
	/* N1: bodies and meetings (bodies.c, meetings.c) */
	HTML_RAW(b, "<li><a class=\"kern-link\" href=\"/intern/sitzungen\">"
		    "Sitzungen</a><p class=\"kern-body kern-body--small\">"
		    "Termine der Gremien, Tagesordnungen, Anmeldung und "
		    "Warteliste</p></li>"
		    "<li><a class=\"kern-link\" href=\"/intern/gremien\">"
		    "Gremien</a><p class=\"kern-body kern-body--small\">"
		    "Netzwerkkonferenz, Steuerungsgruppe, Lokale Bündnisse "
		    "und Arbeitsgruppen mit ihren Mitgliedern</p></li>");
	/* N2: documents and the register of decisions (documents.c,
	 * decisions.c) */
	HTML_RAW(b, "<li><a class=\"kern-link\" href=\"/intern/dokumente\">"
		    "Dokumente</a><p class=\"kern-body kern-body--small\">"
		    "Geschäftsordnung, Kooperationsvereinbarung, Verfahren im "
		    "Kinderschutz – lesen und die Annahme eintragen</p></li>"
		    "<li><a class=\"kern-link\" href=\"/intern/beschluesse\">"
		    "Beschlussregister</a><p class=\"kern-body "
		    "kern-body--small\">Alle Beschlüsse der Gremien mit "
		    "Abstimmungsergebnis</p></li>");
	/* N3: news and the outbox (news.c, outbox.c) */
	HTML_RAW(b, "<li><a class=\"kern-link\" href=\"/intern/neuigkeiten\">"
		    "Neuigkeiten</a><p class=\"kern-body kern-body--small\">"
		    "Mitteilungen der Koordinierungsstelle an die Partner"
		    "</p></li>");
	if (r->role >= ROLE_COORDINATION)
		HTML_RAW(b, "<li><a class=\"kern-link\" "
			    "href=\"/intern/postausgang\">Postausgang</a>"
			    "<p class=\"kern-body kern-body--small\">"
			    "Versandte und wartende E-Mails, Einladungen als "
			    ".eml-Datei</p></li>");
	/* N5: projects and requests to join (projects.c, join.c) */
	HTML_RAW(b, "<li><a class=\"kern-link\" href=\"/intern/projekte\">"
		    "Projekte</a><p class=\"kern-body kern-body--small\">"
		    "Projekte der Partner, auch die nur intern sichtbaren"
		    "</p></li>");
	if (r->role >= ROLE_COORDINATION) {
		db *jd = web_db(r);
		html(b,
		     "<li><a class=\"kern-link\" href=\"/intern/anfragen\">"
		     "Anfragen (%lld neu)</a><p class=\"kern-body "
		     "kern-body--small\">Organisationen, die im Netzwerk "
		     "mitmachen möchten</p></li>",
		     (long long)(jd ? join_count(jd, "new") : 0));
	}
	/* issue #7: figures; welcome visits recorded by the visits role */
	if (r->role >= ROLE_VISITS)
		HTML_RAW(b,
			 "<li><a class=\"kern-link\" "
			 "href=\"/intern/willkommen\">"
			 "Willkommensbesuche erfassen</a><p class=\"kern-body "
			 "kern-body--small\">Briefe, Besuche und vermittelte "
			 "Hilfen je Gemeinde und Monat – nur Zahlen</p></li>");
	if (r->role >= ROLE_COORDINATION)
		HTML_RAW(
			b,
			"<li><a class=\"kern-link\" "
			"href=\"/intern/auswertung\">"
			"Auswertung</a><p class=\"kern-body kern-body--small\">"
			"Lücken im Angebot, Beteiligung, "
			"Kinderschutz-Statistik, "
			"Willkommensbesuche, Jahresbericht</p></li>");
	if (r->role >= ROLE_ADMIN)
		HTML_RAW(
			b,
			"<li><a class=\"kern-link\" href=\"/intern/benutzer\">"
			"Benutzerkonten</a><p class=\"kern-body "
			"kern-body--small\">Konten anlegen, Rollen, "
			"sperren</p></li>"
			"<li><a class=\"kern-link\" "
			"href=\"/intern/api-schluessel\">API-Schlüssel</a>"
			"<p class=\"kern-body kern-body--small\">Zugänge "
			"für andere Systeme</p></li>"
			"<li><a class=\"kern-link\" href=\"/intern/protokoll\">"
			"Protokoll</a><p class=\"kern-body "
			"kern-body--small\">Wer hat wann was geändert</p>"
			"</li>"
			"<li><a class=\"kern-link\" "
			"href=\"/intern/einstellungen\">Einstellungen</a>"
			"<p class=\"kern-body kern-body--small\">Name des "
			"Netzwerks, Impressum, Datenschutz, Pflicht zur "
			"Zwei-Faktor-Anmeldung</p></li>");
	HTML_RAW(b, "</ul>\n");
	web_end(r);
}

static bool totp_required(struct req *r, db *d, enum role role)
{
	const char *req = setting_get(d, r->a, "require_2fa");
	return req &&
	       ((role == ROLE_ADMIN && strstr(req, "admin")) ||
		(role == ROLE_COORDINATION && strstr(req, "coordination")));
}

static void fmt_time(int64_t t, char out[32])
{
	char iso[21];
	time_iso(t, iso);
	/* "2026-11-22T08:53:19Z" -> "22.11.2026, 08:53 UTC" */
	snprintf(out, 32, "%.2s.%.2s.%.4s, %.5s UTC", iso + 8, iso + 5, iso,
		 iso + 11);
}

/* The account page; e and which form they belong to, or NULL. */
static void account_page(struct req *r, const struct form_errors *e,
			 const char *form)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	const char *csrf = web_csrf(r);
	web_begin(r, "Mein Konto");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Mein Konto</h1>\n");
	const char *hint = req_query(r, "hinweis");
	const char *saved = req_query(r, "gespeichert");
	if (hint && strcmp(hint, "passwort") == 0 &&
	    s->user.must_change_password)
		alert(b, "warning", "Bitte legen Sie ein eigenes Passwort fest",
		      "Ihr Konto wurde mit einem vorläufigen Passwort "
		      "angelegt. "
		      "Bevor Sie weiterarbeiten, wählen Sie bitte ein "
		      "eigenes.");
	if (saved && strcmp(saved, "passwort") == 0)
		alert(b, "success", "Ihr neues Passwort ist gespeichert.",
		      "Alle anderen Geräte wurden abgemeldet.");
	else if (saved && strcmp(saved, "name") == 0)
		alert(b, "success", "Ihr Name ist gespeichert.", NULL);
	else if (saved && strcmp(saved, "2fa-aus") == 0)
		alert(b, "success",
		      "Die Zwei-Faktor-Anmeldung ist ausgeschaltet.", NULL);
	else if (saved && strcmp(saved, "sitzung") == 0)
		alert(b, "success", "Die Sitzung wurde beendet.", NULL);

	/* Personal data */
	html(b,
	     "<section class=\"lotse-section\" aria-labelledby=\"angaben\">"
	     "<h2 id=\"angaben\" class=\"kern-heading-medium\">Ihre "
	     "Angaben</h2>"
	     "<dl class=\"kern-description-list\">"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">E-Mail-Adresse</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Rolle</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>",
	     s->user.email, role_label(s->user.role));
	if (s->user.org_name[0])
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Organisation"
		     "</dt><dd class=\"kern-description-list-item__value\">%s"
		     "</dd></div>",
		     s->user.org_name);
	HTML_RAW(b, "</dl>\n");
	const struct form_errors *ne =
		form && strcmp(form, "name") == 0 ? e : NULL;
	form_error_summary(b, ne);
	form_begin(b, "/intern/konto/name", csrf);
	form_input(b, ne,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = ne ? req_form(r, "name")
					       : s->user.display_name,
				   .autocomplete = "name",
				   .required = true});
	form_submit(b, "Name speichern", false);
	form_end(b);
	HTML_RAW(b, "</section>\n");

	/* Password */
	const struct form_errors *pe =
		form && strcmp(form, "passwort") == 0 ? e : NULL;
	HTML_RAW(b, "<section class=\"lotse-section\" aria-labelledby=\"pw\">"
		    "<h2 id=\"pw\" class=\"kern-heading-medium\">Passwort "
		    "ändern</h2>\n");
	form_error_summary(b, pe);
	form_begin(b, "/intern/konto/passwort", csrf);
	form_input(b, pe,
		   &(struct field){.name = "old_password",
				   .label = "Bisheriges Passwort",
				   .type = "password",
				   .autocomplete = "current-password",
				   .required = true});
	form_input(
		b, pe,
		&(struct field){.name = "password",
				.label = "Neues Passwort",
				.type = "password",
				.hint = "Mindestens 12 Zeichen. Gut zu merken "
					"und schwer zu erraten sind mehrere "
					"Wörter hintereinander.",
				.autocomplete = "new-password",
				.required = true});
	form_input(b, pe,
		   &(struct field){.name = "password2",
				   .label = "Neues Passwort wiederholen",
				   .type = "password",
				   .autocomplete = "new-password",
				   .required = true});
	form_submit(b, "Passwort ändern", true);
	form_end(b);
	HTML_RAW(b, "</section>\n");

	/* Second factor */
	HTML_RAW(b, "<section class=\"lotse-section\" aria-labelledby=\"zwei\">"
		    "<h2 id=\"zwei\" class=\"kern-heading-medium\">"
		    "Zwei-Faktor-Anmeldung</h2>\n");
	if (s->user.totp_secret[0]) {
		int left = user_recovery_left(d, s->user.id);
		html(b,
		     "<p class=\"kern-body\"><span class=\"kern-badge "
		     "kern-badge--success\"><span class=\"kern-label\">"
		     "Eingeschaltet</span></span> Sie haben noch %d "
		     "Wiederherstellungscode%s.</p>\n",
		     left, left == 1 ? "" : "s");
		if (totp_required(r, d, s->user.role)) {
			HTML_RAW(
				b,
				"<p class=\"kern-body\">Für Ihre Rolle ist die "
				"Zwei-Faktor-Anmeldung vorgeschrieben.</p>");
		} else {
			const struct form_errors *te =
				form && strcmp(form, "2fa") == 0 ? e : NULL;
			form_error_summary(b, te);
			form_begin(b, "/intern/konto/2fa/aus", csrf);
			form_input(
				b, te,
				&(struct field){
					.name = "confirm_password",
					.label =
						"Zum Ausschalten: Ihr Passwort",
					.type = "password",
					.autocomplete = "current-password",
					.required = true});
			form_submit(b, "Zwei-Faktor-Anmeldung ausschalten",
				    false);
			form_end(b);
		}
	} else {
		HTML_RAW(b, "<p class=\"kern-body\"><span class=\"kern-badge "
			    "kern-badge--warning\"><span class=\"kern-label\">"
			    "Ausgeschaltet</span></span> Mit einem zweiten "
			    "Faktor ist Ihr Konto auch dann geschützt, wenn "
			    "jemand Ihr Passwort kennt.</p>\n"
			    "<p class=\"kern-body\"><a class=\"kern-btn "
			    "kern-btn--secondary\" href=\"/intern/konto/2fa\">"
			    "<span class=\"kern-label\">Jetzt einrichten</span>"
			    "</a></p>\n");
	}
	HTML_RAW(b, "</section>\n");

	/* Sessions */
	struct session *list;
	size_t n = session_list(d, r->a, s->user.id, clock_unix(), &list);
	HTML_RAW(
		b,
		"<section class=\"lotse-section\" aria-labelledby=\"geraete\">"
		"<h2 id=\"geraete\" class=\"kern-heading-medium\">"
		"Angemeldete Geräte</h2>\n"
		"<div class=\"kern-table-responsive\"><table "
		"class=\"kern-table\"><caption class=\"kern-sr-only\">Ihre "
		"aktiven Sitzungen</caption><thead "
		"class=\"kern-table__header\">"
		"<tr class=\"kern-table__row\">"
		"<th scope=\"col\" class=\"kern-table__header\">Gerät</th>"
		"<th scope=\"col\" class=\"kern-table__header\">Adresse</th>"
		"<th scope=\"col\" class=\"kern-table__header\">Angemeldet</th>"
		"<th scope=\"col\" class=\"kern-table__header\">Zuletzt aktiv"
		"</th><th scope=\"col\" class=\"kern-table__header\">"
		"<span class=\"kern-sr-only\">Aktion</span></th></tr></thead>"
		"<tbody class=\"kern-table__body\">");
	for (size_t i = 0; i < n; i++) {
		char created[32], seen[32];
		fmt_time(list[i].created_at, created);
		fmt_time(list[i].last_seen, seen);
		bool current = strcmp(list[i].id_hash, s->session.id_hash) == 0;
		html(b,
		     "<tr class=\"kern-table__row\"><td "
		     "class=\"kern-table__cell\">"
		     "%s</td><td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">",
		     list[i].user_agent[0] ? list[i].user_agent : "unbekannt",
		     list[i].remote_addr, created, seen);
		if (current)
			HTML_RAW(b, "dieses Gerät");
		else
			form_button(b, "/intern/konto/sitzungen/beenden", csrf,
				    "Abmelden", "sitzung", list[i].id_hash,
				    false);
		HTML_RAW(b, "</td></tr>");
	}
	HTML_RAW(b, "</tbody></table></div>\n");
	if (n > 1)
		form_button(b, "/intern/konto/sitzungen/beenden", csrf,
			    "Alle anderen Geräte abmelden", "alle", "1", false);
	HTML_RAW(b, "</section>\n");
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_account(struct req *r)
{
	account_page(r, NULL, NULL);
}

void page_account_name(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	struct user_error ue = {0};
	if (user_set_name(d, web_actor(r), s->user.id, req_form(r, "name"),
			  &ue) < 0) {
		struct form_errors e = {0};
		form_error(&e, ue.field ? "name" : NULL,
			   arena_strdup(r->a, ue.msg));
		account_page(r, &e, "name");
		return;
	}
	web_redirect(r, "/intern/konto?gespeichert=name");
}

void page_account_password(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	const char *old = req_form(r, "old_password");
	const char *pw = req_form(r, "password");
	const char *pw2 = req_form(r, "password2");
	if (!old || !*old)
		form_error(&e, "old_password",
			   "Bitte geben Sie Ihr bisheriges Passwort ein.");
	if (!pw || !pw2 || strcmp(pw, pw2) != 0)
		form_error(
			&e, "password2",
			"Die beiden neuen Passwörter stimmen nicht überein.");
	struct user_error ue = {0};
	if (e.n == 0 &&
	    user_set_password(d, web_actor(r), s->user.id, old, pw, &ue) < 0)
		form_error(&e, ue.field, arena_strdup(r->a, ue.msg));
	if (e.n) {
		account_page(r, &e, "passwort");
		return;
	}
	/* All sessions ended with the change: this browser gets a new one. */
	s->user.must_change_password = false;
	if (web_start_session(r, d, &s->user, false) < 0) {
		resp_error(r, 500,
			   "Die neue Sitzung konnte nicht angelegt "
			   "werden. Bitte melden Sie sich neu an.");
		return;
	}
	web_redirect(r, "/intern/konto?gespeichert=passwort");
}

static void totp_setup_page(struct req *r, const char *secret,
			    const struct form_errors *e)
{
	struct web_state *s = web_state(r);
	const struct site *site = web_site(r);
	web_begin(r, "Zwei-Faktor-Anmeldung einrichten");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Zwei-Faktor-Anmeldung "
		    "einrichten</h1>\n");
	const char *hint = req_query(r, "hinweis");
	if (hint && strcmp(hint, "pflicht") == 0)
		alert(b, "warning", "Für Ihre Rolle vorgeschrieben",
		      "Bitte richten Sie die Zwei-Faktor-Anmeldung ein, bevor "
		      "Sie weiterarbeiten.");
	form_error_summary(b, e);
	HTML_RAW(b, "<ol class=\"kern-list kern-list--number\">"
		    "<li>Installieren Sie auf Ihrem Telefon eine "
		    "Authenticator-App (zum Beispiel FreeOTP, Aegis oder die "
		    "App Ihres Betriebssystems).</li>"
		    "<li>Scannen Sie in der App diesen QR-Code. Geht das "
		    "nicht, geben Sie den Schlüssel darunter von Hand ein.</li>"
		    "<li>Geben Sie den sechsstelligen Code ein, den die App "
		    "danach anzeigt.</li></ol>\n<div class=\"lotse-qr-box\">");
	const char *uri =
		totp_uri(r->a, secret, site->network_name, s->user.email);
	qr_svg(b, uri, "QR-Code zum Einrichten der Authenticator-App", 220);
	const char *b32 = totp_base32(r->a, secret);
	/* Groups of four are easier to type. */
	char grouped[128];
	size_t j = 0;
	for (size_t i = 0; b32[i] && j < sizeof grouped - 2; i++) {
		if (i && i % 4 == 0)
			grouped[j++] = ' ';
		grouped[j++] = b32[i];
	}
	grouped[j] = '\0';
	html(b,
	     "<p class=\"kern-body\">Schlüssel zum Eintippen:<br>"
	     "<code class=\"lotse-secret\">%s</code></p></div>\n",
	     grouped);
	form_begin(b, "/intern/konto/2fa", web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "code",
				   .label = "Code aus der App",
				   .autocomplete = "one-time-code",
				   .inputmode = "numeric",
				   .required = true,
				   .extra_class =
					   "kern-form-input__input--width-4"});
	form_submit(b, "Einschalten", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_totp_setup(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	if (s->user.totp_secret[0]) {
		web_redirect(r, "/intern/konto");
		return;
	}
	const char *secret = s->user.totp_pending;
	if (!secret[0]) {
		char hex[2 * TOTP_SECRET_BYTES + 1];
		totp_new_secret(hex);
		if (user_totp_begin(d, s->user.id, hex) < 0) {
			resp_error(r, 500,
				   "Die Einrichtung konnte nicht "
				   "begonnen werden.");
			return;
		}
		secret = arena_strdup(r->a, hex);
	}
	totp_setup_page(r, secret, NULL);
}

void page_totp_enable(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	if (s->user.totp_secret[0]) {
		web_redirect(r, "/intern/konto");
		return;
	}
	if (!s->user.totp_pending[0]) {
		web_redirect(r, "/intern/konto/2fa");
		return;
	}
	char codes[RECOVERY_CODES][16];
	struct user_error ue = {0};
	if (user_totp_enable(d, web_actor(r), s->user.id, req_form(r, "code"),
			     codes, &ue) < 0) {
		struct form_errors e = {0};
		form_error(&e, "code", arena_strdup(r->a, ue.msg));
		totp_setup_page(r, s->user.totp_pending, &e);
		return;
	}
	web_begin(r, "Zwei-Faktor-Anmeldung eingeschaltet");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Zwei-Faktor-Anmeldung "
		    "eingeschaltet</h1>\n");
	alert(b, "success",
	      "Ab jetzt fragt Lotse bei der Anmeldung nach dem "
	      "Code aus Ihrer App.",
	      NULL);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Ihre "
		    "Wiederherstellungscodes</h2>\n"
		    "<p class=\"kern-body\">Falls Sie Ihr Telefon verlieren, "
		    "können Sie sich mit einem dieser Codes anmelden. Jeder "
		    "Code gilt einmal. <strong>Bewahren Sie sie sicher auf – "
		    "sie werden nur jetzt angezeigt.</strong></p>\n"
		    "<ul class=\"lotse-codes\">");
	for (int i = 0; i < RECOVERY_CODES; i++)
		html(b, "<li><code>%s</code></li>", codes[i]);
	HTML_RAW(b, "</ul>\n<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/intern/konto\">Zurück zu Mein Konto</a></p>\n");
	web_end(r);
}

void page_totp_disable(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors e = {0};
	if (totp_required(r, d, s->user.role)) {
		form_error(&e, NULL,
			   "Für Ihre Rolle ist die "
			   "Zwei-Faktor-Anmeldung vorgeschrieben.");
	} else if (!password_verify(s->user.password_hash,
				    req_form(r, "confirm_password"))) {
		form_error(&e, "confirm_password",
			   "Das Passwort stimmt nicht.");
	} else {
		struct user_error ue = {0};
		if (user_totp_disable(d, web_actor(r), s->user.id, &ue) < 0)
			form_error(&e, NULL, arena_strdup(r->a, ue.msg));
	}
	if (e.n) {
		account_page(r, &e, "2fa");
		return;
	}
	web_redirect(r, "/intern/konto?gespeichert=2fa-aus");
}

void page_sessions_end(struct req *r)
{
	struct web_state *s = web_state(r);
	db *d = web_db(r);
	if (!d)
		return;
	const char *which = req_form(r, "sitzung");
	if (req_form(r, "alle")) {
		session_end_user(d, s->user.id, s->session.id_hash);
	} else if (which) {
		/* Only sessions of this user can be ended here. */
		struct session *list;
		size_t n =
			session_list(d, r->a, s->user.id, clock_unix(), &list);
		bool mine = false;
		for (size_t i = 0; i < n; i++)
			if (strcmp(list[i].id_hash, which) == 0)
				mine = true;
		if (!mine) {
			resp_error(r, 404,
				   "Diese Sitzung gibt es nicht (mehr).");
			return;
		}
		session_end(d, which);
	}
	web_redirect(r, "/intern/konto?gespeichert=sitzung");
}

/* --- own organisation ---------------------------------------------------- */

static void org_form(struct req *r, const struct organisation *o,
		     const struct form_errors *e, bool saved)
{
	web_begin(r, "Organisation bearbeiten");
	buf *b = &r->out;
	html(b, "<h1 class=\"kern-heading-large\">%s</h1>\n", o->name);
	if (saved)
		alert(b, "success", "Die Angaben sind gespeichert.", NULL);
	intern_org_tabs(r, o->id,
			arena_printf(r->a,
				     "/intern/organisation/%lld/bearbeiten",
				     (long long)o->id));
	form_error_summary(b, e);
	form_begin(b,
		   arena_printf(r->a, "/intern/organisation/%lld/bearbeiten",
				(long long)o->id),
		   web_csrf(r));
	form_input(b, e,
		   &(struct field){.name = "name",
				   .label = "Name",
				   .value = o->name,
				   .required = true,
				   .autocomplete = "organization"});
	form_input(b, e,
		   &(struct field){.name = "street",
				   .label = "Straße und "
					    "Hausnummer",
				   .value = o->street,
				   .autocomplete = "street-address"});
	form_input(b, e,
		   &(struct field){.name = "postcode",
				   .label = "Postleitzahl",
				   .value = o->postcode,
				   .inputmode = "numeric",
				   .autocomplete = "postal-code",
				   .extra_class =
					   "kern-form-input__input--width-4"});
	form_input(b, e,
		   &(struct field){.name = "city",
				   .label = "Ort",
				   .value = o->city,
				   .autocomplete = "address-level2"});
	form_input(b, e,
		   &(struct field){.name = "phone",
				   .label = "Telefon",
				   .type = "tel",
				   .value = o->phone,
				   .autocomplete = "tel"});
	form_input(b, e,
		   &(struct field){.name = "email",
				   .label = "E-Mail",
				   .type = "email",
				   .value = o->email,
				   .autocomplete = "email"});
	form_input(b, e,
		   &(struct field){.name = "web",
				   .label = "Internetseite",
				   .type = "url",
				   .value = o->web,
				   .hint = "Beginnt mit https://",
				   .autocomplete = "url"});
	form_submit(b, "Speichern", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

/* Loads the organisation of the path and checks the right to edit it. */
static bool org_for_edit(struct req *r, db *d, struct organisation *o)
{
	int64_t id;
	if (!parse_int(req_path_param(r, "id"), 1, INT64_MAX, &id) ||
	    org_get(d, r->a, id, o) < 0) {
		resp_error(r, 404, "Diese Organisation gibt es nicht.");
		return false;
	}
	if (!actor_may_edit_org(web_actor(r), id)) {
		resp_error(r, 403,
			   "Sie dürfen nur die Angaben Ihrer eigenen "
			   "Organisation bearbeiten.");
		return false;
	}
	return true;
}

void page_org_edit(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !org_for_edit(r, d, &o))
		return;
	org_form(r, &o, NULL, req_query(r, "gespeichert") != NULL);
}

void page_org_update(struct req *r)
{
	db *d = web_db(r);
	struct organisation o;
	if (!d || !org_for_edit(r, d, &o))
		return;
	o.name = req_form(r, "name");
	o.street = req_form(r, "street");
	o.postcode = req_form(r, "postcode");
	o.city = req_form(r, "city");
	o.phone = req_form(r, "phone");
	o.email = req_form(r, "email");
	o.web = req_form(r, "web");
	struct user_error ue = {0};
	int rc = org_update(d, web_actor(r), &o, &ue);
	if (rc == -2) {
		resp_error(r, 403, ue.msg);
		return;
	}
	if (rc < 0) {
		struct form_errors e = {0};
		form_error(&e, ue.field, arena_strdup(r->a, ue.msg));
		org_form(r, &o, &e, false);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/organisation/%lld/bearbeiten?"
				     "gespeichert=1",
				     (long long)o.id));
}
