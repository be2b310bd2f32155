/*
 * join.c - joining the network: the public form /mitmachen, the
 * coordination office's inbox of requests (/intern/anfragen, accept or
 * decline), and the page where a new partner sets the password of the
 * account made on acceptance (/konto/einrichten/{token}, a one-time link
 * from the invitation e-mail).
 *
 * Spam protection of /mitmachen (see domain/join.h): a honeypot field
 * ("Bitte leer lassen", hidden from sight and from screen readers, not
 * reachable by keyboard), a signed time token (3 s to 24 h), a rate limit
 * per address, size limits, and the CSRF double-submit cookie the
 * dispatcher checks. A refused submission stores nothing.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "auth/password.h"
#include "domain/join.h"
#include "domain/settings.h"
#include "view/ftable.h"
#include "web/directory_intern.h"

#define HONEYPOT "homepage"

/* Field maps for intern_errs(): the form's field names are the domain's;
 * the decision pages have only the message field. */
static const char *same_field(const char *field)
{
	return field;
}

static const char *msg_field(const char *field)
{
	return strcmp(field, "message") == 0 ? "message" : NULL;
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

/* --- the public form ---------------------------------------------------------- */

static void join_form(struct req *r, db *d, const struct join_request *j,
		      bool consent, const char *token,
		      const struct form_errors *e)
{
	web_begin(r, "Mitmachen im Netzwerk");
	buf *b = &r->out;
	HTML_RAW(b,
		 "<h1 class=\"kern-heading-large\">Mitmachen im Netzwerk</h1>\n"
		 "<p class=\"kern-body kern-body--large\">Ihre Einrichtung "
		 "arbeitet mit Schwangeren, Eltern oder kleinen Kindern? Dann "
		 "machen Sie mit! Im Netzwerk lernen sich Fachkräfte kennen, "
		 "stimmen ihre Angebote ab und helfen Familien gemeinsam.</p>\n"
		 "<p class=\"kern-body\">Schreiben Sie uns mit diesem "
		 "Formular. Die Koordinierungsstelle meldet sich bei Ihnen. "
		 "Felder ohne den Zusatz „optional“ brauchen wir.</p>\n");
	form_error_summary(b, e);
	form_begin(b, "/mitmachen", web_csrf(r));
	html(b, "<input type=\"hidden\" name=\"t\" value=\"%s\">\n", token);
	HTML_RAW(b, "<fieldset class=\"kern-fieldset\"><legend "
		    "class=\"kern-heading-medium\">Ihre Organisation</legend>\n"
		    "<div class=\"kern-fieldset__body\">\n");
	form_input(b, e,
		   &(struct field){.name = "org_name",
				   .label = "Name der Organisation",
				   .value = j->org_name,
				   .required = true,
				   .autocomplete = "organization"});
	form_select(b, e, "sector", "Bereich", sector_opts(r), j->sector,
		    "Bitte wählen", NULL);
	form_input(b, e,
		   &(struct field){.name = "street",
				   .label = "Straße und Hausnummer",
				   .value = j->street,
				   .autocomplete = "street-address"});
	form_input(b, e,
		   &(struct field){.name = "postcode",
				   .label = "Postleitzahl",
				   .value = j->postcode,
				   .inputmode = "numeric",
				   .autocomplete = "postal-code",
				   .extra_class =
					   "kern-form-input__input--width-5"});
	form_input(b, e,
		   &(struct field){.name = "city",
				   .label = "Ort",
				   .value = j->city,
				   .autocomplete = "address-level2"});
	form_input(b, e,
		   &(struct field){.name = "web",
				   .label = "Internetseite",
				   .type = "url",
				   .value = j->web,
				   .hint = "Beginnt mit https://",
				   .autocomplete = "url"});
	HTML_RAW(b, "</div></fieldset>\n<fieldset class=\"kern-fieldset\">"
		    "<legend class=\"kern-heading-medium\">Ihre "
		    "Kontaktdaten</legend>\n"
		    "<div class=\"kern-fieldset__body\">\n");
	form_input(b, e,
		   &(struct field){.name = "contact_name",
				   .label = "Ihr Name",
				   .value = j->contact_name,
				   .required = true,
				   .autocomplete = "name"});
	form_input(b, e,
		   &(struct field){.name = "contact_email",
				   .label = "Ihre E-Mail-Adresse",
				   .type = "email",
				   .value = j->contact_email,
				   .required = true,
				   .autocomplete = "email"});
	form_input(b, e,
		   &(struct field){.name = "contact_phone",
				   .label = "Telefon",
				   .type = "tel",
				   .value = j->contact_phone,
				   .autocomplete = "tel"});
	form_textarea(b, e,
		      &(struct field){.name = "message",
				      .label = "Ihre Nachricht",
				      .value = j->message,
				      .hint = "Was macht Ihre Organisation? "
					      "Was erwarten Sie vom Netzwerk?"},
		      5);
	HTML_RAW(b, "</div></fieldset>\n");
	/* The honeypot: people neither see nor reach it; bots fill it. */
	HTML_RAW(b, "<div class=\"kern-sr-only\" aria-hidden=\"true\">"
		    "<label for=\"" HONEYPOT "\">Bitte leer lassen</label>"
		    "<input type=\"text\" id=\"" HONEYPOT "\" name=\"" HONEYPOT
		    "\" value=\"\" tabindex=\"-1\" autocomplete=\"off\">"
		    "</div>\n");
	intern_fieldset_begin(b, e, "consent", "Einwilligung", NULL, false,
			      false);
	form_checkbox(b, "consent", "1",
		      "Ich bin einverstanden, dass die Koordinierungsstelle "
		      "meine Angaben speichert, um meine Anfrage zu "
		      "bearbeiten und mich dazu zu kontaktieren.",
		      consent);
	HTML_RAW(b, "<p class=\"kern-body\">Mehr dazu lesen Sie in der <a "
		    "class=\"kern-link\" href=\"/datenschutz\">"
		    "Datenschutzerklärung</a>.</p>\n");
	intern_fieldset_end(b);
	form_submit(b, "Anfrage senden", true);
	form_end(b);
	web_end(r);
	(void)d;
}

void page_join(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct join_request j = {.org_name = "",
				 .sector = "",
				 .street = "",
				 .postcode = "",
				 .city = "",
				 .web = "",
				 .contact_name = "",
				 .contact_email = "",
				 .contact_phone = "",
				 .message = ""};
	join_form(r, d, &j, false, join_form_token(d, r->a, time(NULL)), NULL);
}

static const char *ftext(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	if (!v)
		return "";
	/* trim surrounding blanks */
	while (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')
		v++;
	size_t n = strlen(v);
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\r' ||
		     v[n - 1] == '\n'))
		n--;
	return arena_strndup(r->a, v, n);
}

void page_join_post(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t now = time(NULL);
	struct join_request j = {
		.org_name = ftext(r, "org_name"),
		.sector = ftext(r, "sector"),
		.street = ftext(r, "street"),
		.postcode = ftext(r, "postcode"),
		.city = ftext(r, "city"),
		.web = ftext(r, "web"),
		.contact_name = ftext(r, "contact_name"),
		.contact_email = ftext(r, "contact_email"),
		.contact_phone = ftext(r, "contact_phone"),
		.message = ftext(r, "message"),
	};
	/* "www.beispiel.de" means https://www.beispiel.de */
	if (j.web[0] && !strstr(j.web, "://") && strchr(j.web, '.'))
		j.web = arena_printf(r->a, "https://%s", j.web);
	bool consent = req_form(r, "consent") != NULL;
	const char *token = req_form(r, "t");
	struct form_errors e = {0};
	const char *hp = req_form(r, HONEYPOT);
	if (hp && *hp) {
		join_rate_allow(d, r->remote_addr, now);
		form_error(&e, NULL,
			   "Ihre Anfrage konnte nicht angenommen werden. Bitte "
			   "rufen Sie uns an oder schreiben Sie uns eine "
			   "E-Mail.");
		join_form(r, d, &j, consent, join_form_token(d, r->a, now), &e);
		r->status = 422;
		return;
	}
	switch (join_check_form_token(d, token, now)) {
	case JOIN_TOKEN_OK:
		break;
	case JOIN_TOKEN_EARLY:
		form_error(&e, NULL,
			   "Das ging sehr schnell – so schnell füllt kaum ein "
			   "Mensch ein Formular aus. Bitte prüfen Sie Ihre "
			   "Angaben und senden Sie das Formular noch einmal "
			   "ab.");
		token = NULL;
		break;
	case JOIN_TOKEN_EXPIRED:
	case JOIN_TOKEN_BAD:
		form_error(&e, NULL,
			   "Das Formular ist abgelaufen. Bitte prüfen Sie Ihre "
			   "Angaben und senden Sie es noch einmal ab.");
		token = NULL;
		break;
	}
	struct errs de = {0};
	join_validate(&j, consent, &de);
	intern_errs(r, &e, &de, same_field);
	if (e.n) {
		join_form(r, d, &j, consent,
			  token ? token : join_form_token(d, r->a, now), &e);
		r->status = 422;
		return;
	}
	if (!join_rate_allow(d, r->remote_addr, now)) {
		resp_error(r, 429,
			   "Von Ihrem Anschluss kamen in der letzten Stunde "
			   "schon mehrere Anfragen. Bitte versuchen Sie es "
			   "später noch einmal oder rufen Sie uns an.");
		return;
	}
	if (join_submit(d, web_actor(r), &j, consent, &de) < 0) {
		resp_error(r, 500, de.msg[0]);
		return;
	}
	web_redirect(r, "/mitmachen/danke");
}

void page_join_thanks(struct req *r)
{
	web_begin(r, "Vielen Dank");
	HTML_RAW(&r->out,
		 "<h1 class=\"kern-heading-large\">Vielen Dank für Ihre "
		 "Anfrage!</h1>\n"
		 "<p class=\"kern-body kern-body--large\">Wir freuen uns über "
		 "Ihr Interesse am Netzwerk. Die Koordinierungsstelle meldet "
		 "sich in den nächsten Tagen per E-Mail bei Ihnen.</p>\n"
		 "<p class=\"kern-body\"><a class=\"kern-link\" "
		 "href=\"/projekte\">Projekte im Netzwerk ansehen</a></p>\n");
	web_end(r);
}

/* --- the coordination office's inbox ------------------------------------------- */

static const struct {
	const char *param, *status, *label;
} tabs[] = {
	{"neu", "new", "Neu"},
	{"angenommen", "accepted", "Angenommen"},
	{"abgelehnt", "declined", "Abgelehnt"},
};

void page_intern_join_requests(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *want = req_query(r, "stand");
	size_t t = 0;
	for (size_t i = 0; want && i < sizeof tabs / sizeof *tabs; i++)
		if (strcmp(tabs[i].param, want) == 0)
			t = i;
	struct join_request *v;
	size_t n = join_list(d, r->a, tabs[t].status, &v);
	web_begin(r, "Anfragen zum Mitmachen");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Anfragen zum "
		    "Mitmachen</h1>\n<p class=\"kern-body\">Organisationen, "
		    "die über das Formular „Mitmachen“ Partner werden "
		    "möchten.</p>\n");
	const char *done = req_query(r, "erledigt");
	if (done && strcmp(done, "angenommen") == 0)
		alert(b, "success", "Die Anfrage ist angenommen.",
		      "Die Organisation ist angelegt; die Einladung liegt im "
		      "Postausgang.");
	else if (done && strcmp(done, "abgelehnt") == 0)
		alert(b, "success", "Die Anfrage ist abgelehnt.",
		      "Ihre Nachricht liegt im Postausgang.");
	HTML_RAW(b, "<nav class=\"lotse-tabs\" aria-label=\"Anfragen nach "
		    "Stand\"><ul>");
	for (size_t i = 0; i < sizeof tabs / sizeof *tabs; i++) {
		int64_t c = join_count(d, tabs[i].status);
		html(b,
		     "<li><a class=\"lotse-tabs__link\" href=\"/intern/"
		     "anfragen?stand=%s\"%s>%s (%lld)</a></li>",
		     tabs[i].param, i == t ? " aria-current=\"page\"" : "",
		     tabs[i].label, (long long)c);
	}
	HTML_RAW(b, "</ul></nav>\n");
	if (!n) {
		HTML_RAW(b, "<p class=\"kern-body\" role=\"status\">Keine "
			    "Anfragen.</p>\n");
		web_end(r);
		return;
	}
	static const char *const heads[] = {"Organisation", "Bereich",
					    "Ort",	    "Kontakt",
					    "Eingegangen",  NULL};
	ftable_list_begin(b, arena_printf(r->a, "Anfragen: %s", tabs[t].label),
			  heads);
	for (size_t i = 0; i < n; i++) {
		const char *sl = sector_label(v[i].sector);
		html(b,
		     "<tr class=\"kern-table__row\"><th scope=\"row\" "
		     "class=\"kern-table__header\"><a class=\"kern-link\" "
		     "href=\"/intern/anfragen/%lld\">%s</a></th>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">%s</td>"
		     "<td class=\"kern-table__cell\">%s</td></tr>\n",
		     (long long)v[i].id, v[i].org_name, sl ? sl : v[i].sector,
		     v[i].city[0] ? v[i].city : "–", v[i].contact_name,
		     intern_date(r, v[i].created_at));
	}
	ftable_list_end(b);
	web_end(r);
}

static void fact(buf *b, const char *key, const char *value)
{
	if (!value || !*value)
		return;
	html(b,
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">%s</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>\n",
	     key, value);
}

/* One request with its data, and the forms to accept or decline it while
 * it is new (or the decision and "Neuen Link schicken" afterwards). */
static void request_page(struct req *r, const struct join_request *j,
			 const char *message, const struct form_errors *e)
{
	web_begin(r, arena_printf(r->a, "Anfrage von %s", j->org_name));
	buf *b = &r->out;
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/intern/anfragen\">Zu den Anfragen</a></p>\n");
	html(b, "<h1 class=\"kern-heading-large\">Anfrage von %s</h1>\n",
	     j->org_name);
	form_error_summary(b, e);
	if (req_query(r, "erneut"))
		alert(b, "success", "Der neue Link ist unterwegs.",
		      "Die E-Mail liegt im Postausgang; frühere Links gelten "
		      "nicht mehr.");
	html(b, "<p class=\"kern-body\">Stand: <strong>%s</strong></p>\n",
	     join_status_label(j->status));
	HTML_RAW(b, "<dl class=\"kern-description-list\">\n");
	const char *sl = sector_label(j->sector);
	fact(b, "Organisation", j->org_name);
	fact(b, "Bereich", sl ? sl : j->sector);
	const char *place =
		arena_printf(r->a, "%s%s%s", j->postcode,
			     j->postcode[0] && j->city[0] ? " " : "", j->city);
	fact(b, "Anschrift",
	     arena_printf(r->a, "%s%s%s", j->street,
			  j->street[0] && place[0] ? ", " : "", place));
	fact(b, "Internetseite", j->web);
	fact(b, "Ansprechperson", j->contact_name);
	fact(b, "E-Mail", j->contact_email);
	fact(b, "Telefon", j->contact_phone);
	fact(b, "Eingegangen", intern_date(r, j->created_at));
	fact(b, "Einwilligung", intern_date(r, j->consent_at));
	HTML_RAW(b, "</dl>\n");
	if (j->message[0]) {
		HTML_RAW(b,
			 "<h2 class=\"kern-heading-medium\">Nachricht</h2>\n");
		web_paragraphs(b, j->message);
	}
	if (strcmp(j->status, "new") != 0) {
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Entscheidung"
			    "</h2>\n");
		html(b, "<p class=\"kern-body\">%s am %s von %s.</p>\n",
		     join_status_label(j->status),
		     intern_date(r, j->decided_at), j->decided_by);
		if (j->organisation_id)
			html(b,
			     "<p class=\"kern-body\"><a class=\"kern-link\" "
			     "href=\"/intern/organisation/%lld/netzwerk\">Zur "
			     "Organisation</a></p>\n",
			     (long long)j->organisation_id);
		if (strcmp(j->status, "accepted") == 0 && j->organisation_id) {
			HTML_RAW(b,
				 "<p class=\"kern-body\">Hat die Person ihr "
				 "Passwort noch nicht festgelegt und ist der "
				 "Link abgelaufen? Dann schicken Sie ihr "
				 "einen neuen.</p>\n");
			intern_post_button(
				b, web_csrf(r),
				&(struct intern_button){
					.action = arena_printf(
						r->a,
						"/intern/anfragen/%lld/"
						"erneut-einladen",
						(long long)j->id),
					.label = "Neuen Link schicken"});
		}
		if (j->decision_message[0]) {
			HTML_RAW(b,
				 "<h3 class=\"kern-heading-small\">Nachricht "
				 "an die anfragende Person</h3>\n");
			web_paragraphs(b, j->decision_message);
		}
		web_end(r);
		return;
	}
	const char *path =
		arena_printf(r->a, "/intern/anfragen/%lld", (long long)j->id);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Annehmen</h2>\n"
		    "<p class=\"kern-body\">Legt die Organisation als Mitglied "
		    "an (seit heute), die Ansprechperson und einen Zugang für "
		    "sie. Sie bekommt eine E-Mail mit einem Link, über den sie "
		    "ihr Passwort festlegt (7 Tage gültig).</p>\n");
	intern_post_button(
		b, web_csrf(r),
		&(struct intern_button){
			.action = arena_printf(r->a, "%s/annehmen", path),
			.label = "Annehmen und einladen",
			.primary = true});
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Ablehnen</h2>\n");
	form_begin(b, arena_printf(r->a, "%s/ablehnen", path), web_csrf(r));
	form_textarea(b, e,
		      &(struct field){.name = "message",
				      .label = "Nachricht an die anfragende "
					       "Person",
				      .value = message,
				      .required = true,
				      .hint = "Wird per E-Mail geschickt. "
					      "Bitte freundlich und mit "
					      "Begründung."},
		      5);
	form_submit(b, "Ablehnen", false);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

/* Loads the request of the path; answers 404 itself. */
static bool load(struct req *r, db *d, struct join_request *j)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || join_get(d, r->a, id, j) < 0) {
		resp_error(r, 404, "Diese Anfrage gibt es nicht.");
		return false;
	}
	return true;
}

void page_intern_join_request(struct req *r)
{
	db *d = web_db(r);
	struct join_request j;
	if (!d || !load(r, d, &j))
		return;
	request_page(r, &j, "", NULL);
}

/* The address of this site for links in e-mails: the setting public_url,
 * or else scheme and Host of this request (a name or address with an
 * optional port, nothing else). */
static const char *site_url(struct req *r, db *d)
{
	const char *s = setting_get(d, r->a, "public_url");
	if (s &&
	    (strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0)) {
		size_t n = strlen(s);
		while (n && s[n - 1] == '/')
			n--;
		return arena_strndup(r->a, s, n);
	}
	const char *host = req_header(r, "Host");
	if (!host || !*host || strlen(host) > 255 ||
	    strspn(host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			 "0123456789.-:[]") != strlen(host))
		host = "localhost";
	return arena_printf(r->a, "%s://%s", r->tls ? "https" : "http", host);
}

void page_intern_join_accept(struct req *r)
{
	db *d = web_db(r);
	struct join_request j;
	if (!d || !load(r, d, &j))
		return;
	struct errs de = {0};
	int64_t org = 0;
	int rc = join_accept(d, web_actor(r), j.id, site_url(r, d), &org, &de);
	if (rc == -2) {
		resp_error(r, 403, de.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors e = {0};
		intern_errs(r, &e, &de, msg_field);
		request_page(r, &j, "", &e);
		r->status = 409;
		return;
	}
	web_redirect(r,
		     "/intern/anfragen?stand=angenommen&erledigt=angenommen");
}

void page_intern_join_decline(struct req *r)
{
	db *d = web_db(r);
	struct join_request j;
	if (!d || !load(r, d, &j))
		return;
	const char *message = ftext(r, "message");
	struct errs de = {0};
	int rc = join_decline(d, web_actor(r), j.id, message, &de);
	if (rc == -2) {
		resp_error(r, 403, de.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors e = {0};
		intern_errs(r, &e, &de, msg_field);
		request_page(r, &j, message, &e);
		if (!form_error_for(&e, "message"))
			r->status = 409;
		return;
	}
	web_redirect(r, "/intern/anfragen?stand=abgelehnt&erledigt=abgelehnt");
}

void page_intern_join_resend(struct req *r)
{
	db *d = web_db(r);
	struct join_request j;
	if (!d || !load(r, d, &j))
		return;
	struct errs de = {0};
	int rc = join_resend(d, web_actor(r), j.id, site_url(r, d), &de);
	if (rc == -2) {
		resp_error(r, 403, de.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors e = {0};
		intern_errs(r, &e, &de, msg_field);
		request_page(r, &j, "", &e);
		r->status = 409;
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/anfragen/%lld?erneut=1",
				     (long long)j.id));
}

/* --- setting up the account -------------------------------------------------------- */

static void setup_gone(struct req *r, enum account_token_state s)
{
	web_begin(r, "Link ungültig");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Dieser Link gilt nicht "
		    "mehr</h1>\n");
	if (s == ACCOUNT_TOKEN_USED)
		HTML_RAW(b, "<p class=\"kern-body\">Über diesen Link wurde "
			    "schon ein Passwort festgelegt. Melden Sie sich "
			    "mit Ihrer E-Mail-Adresse und Ihrem Passwort an."
			    "</p>\n");
	else if (s == ACCOUNT_TOKEN_EXPIRED)
		HTML_RAW(b, "<p class=\"kern-body\">Der Link war 7 Tage gültig "
			    "und ist abgelaufen. Bitte wenden Sie sich an die "
			    "Koordinierungsstelle; sie schickt Ihnen einen "
			    "neuen.</p>\n");
	else
		HTML_RAW(b,
			 "<p class=\"kern-body\">Bitte prüfen Sie, ob Sie den "
			 "Link vollständig aus der E-Mail übernommen haben, "
			 "oder wenden Sie sich an die "
			 "Koordinierungsstelle.</p>\n");
	HTML_RAW(b, "<p class=\"kern-body\"><a class=\"kern-link\" "
		    "href=\"/anmelden\">Zur Anmeldung</a></p>\n");
	web_end(r);
	r->status = s == ACCOUNT_TOKEN_UNKNOWN ? 404 : 410;
}

/* The form to set the password of the account of a valid link. */
static void setup_page(struct req *r, const char *token, const struct user *u,
		       const struct form_errors *e)
{
	web_begin(r, "Zugang einrichten");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Zugang "
		    "einrichten</h1>\n");
	html(b,
	     "<p class=\"kern-body\">Willkommen, %s! Legen Sie hier Ihr "
	     "Passwort fest. Danach melden Sie sich mit Ihrer E-Mail-Adresse "
	     "<strong>%s</strong> an.</p>\n",
	     u->display_name, u->email);
	form_error_summary(b, e);
	form_begin(b,
		   arena_printf(r->a, "/konto/einrichten/%s",
				url_component(r->a, token)),
		   web_csrf(r));
	/* for password managers */
	html(b,
	     "<input type=\"hidden\" name=\"username\" value=\"%s\" "
	     "autocomplete=\"username\">\n",
	     u->email);
	form_input(b, e,
		   &(struct field){.name = "password",
				   .label = "Neues Passwort",
				   .type = "password",
				   .required = true,
				   .autocomplete = "new-password",
				   .hint = "Mindestens 12 Zeichen. Tipp: "
					   "mehrere Wörter hintereinander."});
	form_input(b, e,
		   &(struct field){.name = "password2",
				   .label = "Passwort wiederholen",
				   .type = "password",
				   .required = true,
				   .autocomplete = "new-password"});
	form_submit(b, "Passwort festlegen", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

void page_account_setup(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *token = req_path_param(r, "token");
	struct user u;
	enum account_token_state s = account_token_check(d, r->a, token, &u);
	if (s != ACCOUNT_TOKEN_VALID) {
		setup_gone(r, s);
		return;
	}
	setup_page(r, token, &u, NULL);
}

void page_account_setup_post(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *token = req_path_param(r, "token");
	struct user u;
	enum account_token_state s = account_token_check(d, r->a, token, &u);
	if (s != ACCOUNT_TOKEN_VALID) {
		setup_gone(r, s);
		return;
	}
	const char *pw = req_form(r, "password");
	const char *pw2 = req_form(r, "password2");
	struct form_errors e = {0};
	if (!pw || !pw2 || strcmp(pw, pw2) != 0) {
		form_error(&e, "password2",
			   "Die beiden Passwörter stimmen nicht überein.");
		setup_page(r, token, &u, &e);
		return;
	}
	struct user_error ue = {0};
	if (account_token_use(d, token, r->remote_addr, pw, &ue) < 0) {
		form_error(&e, ue.field ? "password" : NULL,
			   arena_strdup(r->a, ue.msg));
		setup_page(r, token, &u, &e);
		return;
	}
	web_begin(r, "Zugang eingerichtet");
	HTML_RAW(&r->out,
		 "<h1 class=\"kern-heading-large\">Ihr Zugang ist "
		 "eingerichtet</h1>\n<p class=\"kern-body\">Ihr Passwort ist "
		 "gespeichert. Melden Sie sich jetzt an.</p>\n<p "
		 "class=\"kern-body\"><a class=\"kern-btn kern-btn--primary\" "
		 "href=\"/anmelden\"><span class=\"kern-label\">Zur "
		 "Anmeldung</span></a></p>\n");
	web_end(r);
}
