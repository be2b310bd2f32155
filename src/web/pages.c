/*
 * pages.c - the general public pages: start page, Impressum, Datenschutz,
 * the accessibility statement (BITV 2.0), and the health check.
 */
#include <string.h>

#include "domain/region.h"
#include "domain/settings.h"
#include "web/web.h"

void page_home(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const struct site *site = web_site(r);
	web_begin(r, "Startseite");
	buf *b = &r->out;
	html(b,
	     "<div class=\"lotse-hero\">"
	     "<h1 class=\"kern-heading-x-large\">%s</h1>\n"
	     "<p class=\"kern-body kern-body--large\">Gut begleitet von Anfang "
	     "an: Hebammen, Kinderärztinnen und Kinderärzte, "
	     "Beratungsstellen, Kitas, Familienzentren, Jugendamt und viele "
	     "mehr arbeiten hier zusammen, damit Familien mit kleinen Kindern "
	     "früh die passende Hilfe finden.</p></div>\n",
	     site->network_name);

	/* Search box of the offer search (search_page.c). */
	HTML_RAW(b,
		 "<form method=\"get\" action=\"/angebote\" "
		 "class=\"lotse-home-search\" role=\"search\" "
		 "aria-label=\"Angebote suchen\">"
		 "<div class=\"kern-form-input\"><label class=\"kern-label\" "
		 "for=\"home-q\">Welche Hilfe suchen Sie?</label>"
		 "<input class=\"kern-form-input__input\" id=\"home-q\" "
		 "name=\"q\" type=\"search\"></div>"
		 "<button type=\"submit\" class=\"kern-btn "
		 "kern-btn--primary\"><span class=\"kern-label\">Angebote "
		 "suchen</span></button></form>\n");

	/* Teaser of the Lotse tool (wegweiser.c). */
	HTML_RAW(b, "<section aria-labelledby=\"lotse\" "
		    "class=\"lotse-section lotse-teaser\">"
		    "<h2 id=\"lotse\" class=\"kern-heading-medium\">Für "
		    "Fachkräfte und Familien: der Lotse</h2>\n"
		    "<p class=\"kern-body\">Ein paar kurze Fragen – und Sie "
		    "sehen, welche Angebote zur Familie passen. Auf Wunsch "
		    "als Merkblatt zum Ausdrucken. Es wird nichts "
		    "gespeichert.</p>\n"
		    "<p><a class=\"kern-btn kern-btn--primary\" "
		    "href=\"/wegweiser\"><span class=\"kern-label\">Zum "
		    "Lotsen</span></a></p></section>\n");

	struct region *munis;
	size_t n = region_list(d, r->a, "municipality", &munis);
	if (n) {
		html(b,
		     "<section aria-labelledby=\"orte\" "
		     "class=\"lotse-section\">"
		     "<h2 id=\"orte\" class=\"kern-heading-medium\">Unsere "
		     "Städte und Gemeinden</h2>\n"
		     "<p class=\"kern-body\">Das Netzwerk ist in %zu Städten "
		     "und "
		     "Gemeinden%s%s für Familien da. Wählen Sie Ihren Ort: "
		     "Dort finden Sie die Angebote in Ihrer Nähe.</p>\n"
		     "<ul class=\"lotse-places\">",
		     n, site->district_name[0] ? " im " : "",
		     site->district_name);
		for (size_t i = 0; i < n; i++) {
			html(b,
			     "<li><a class=\"kern-link\" href=\"/orte/%s\">"
			     "<span class=\"lotse-places__name\">%s</span></a>",
			     url_component(r->a, munis[i].slug), munis[i].name);
			if (munis[i].postcodes[0])
				html(b,
				     " <span class=\"kern-body--muted\">"
				     "<span "
				     "class=\"kern-sr-only\">Postleitzahl "
				     "</span>%s</span>",
				     munis[i].postcodes);
			HTML_RAW(b, "</li>");
		}
		HTML_RAW(b, "</ul></section>\n");
	}

	const char *phone = setting_get(d, r->a, "contact_phone");
	const char *email = setting_get(d, r->a, "contact_email");
	if (phone[0] || email[0]) {
		HTML_RAW(b, "<section aria-labelledby=\"kontakt\" "
			    "class=\"lotse-section\">"
			    "<h2 id=\"kontakt\" class=\"kern-heading-medium\">"
			    "Fragen? Rufen Sie uns an</h2>\n"
			    "<p class=\"kern-body\">Die Koordinierungsstelle "
			    "hilft Ihnen gern weiter – kostenlos und "
			    "vertraulich.</p><ul class=\"kern-list\">");
		if (phone[0])
			html(b,
			     "<li>Telefon: <a class=\"kern-link\" "
			     "href=\"tel:%s\">%s</a></li>",
			     url_component(r->a, phone), phone);
		if (email[0])
			html(b,
			     "<li>E-Mail: <a class=\"kern-link\" "
			     "href=\"mailto:%s\">%s</a></li>",
			     email, email);
		HTML_RAW(b, "</ul></section>\n");
	}
	web_end(r);
}

static void text_page(struct req *r, const char *title, const char *key)
{
	db *d = web_db(r);
	if (!d)
		return;
	web_begin(r, title);
	html(&r->out, "<h1 class=\"kern-heading-large\">%s</h1>\n", title);
	web_paragraphs(&r->out, setting_get(d, r->a, key));
	web_end(r);
}

void page_impressum(struct req *r)
{
	text_page(r, "Impressum", "impressum");
}

void page_datenschutz(struct req *r)
{
	text_page(r, "Datenschutz", "datenschutz");
}

void page_barrierefreiheit(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const struct site *site = web_site(r);
	const char *email = setting_get(d, r->a, "contact_email");
	const char *phone = setting_get(d, r->a, "contact_phone");
	web_begin(r, "Erklärung zur Barrierefreiheit");
	buf *b = &r->out;
	html(b,
	     "<h1 class=\"kern-heading-large\">Erklärung zur "
	     "Barrierefreiheit</h1>\n"
	     "<p class=\"kern-body\">%s%s%s ist bemüht, dieses Angebot im "
	     "Einklang mit der Barrierefreie-Informationstechnik-Verordnung "
	     "(BITV 2.0) und der europäischen Norm EN 301 549 barrierefrei "
	     "zugänglich zu machen.</p>\n"
	     "<h2 class=\"kern-heading-medium\">Stand der Vereinbarkeit</h2>\n"
	     "<p class=\"kern-body\">Die Seiten werden nach den Anforderungen "
	     "der WCAG 2.1 auf Stufe AA gebaut und bei jeder Änderung "
	     "automatisch geprüft. Sie funktionieren ohne JavaScript, lassen "
	     "sich vollständig mit der Tastatur bedienen und sind für "
	     "Bildschirmleseprogramme ausgezeichnet.</p>\n"
	     "<h2 class=\"kern-heading-medium\">Barrieren melden</h2>\n"
	     "<p class=\"kern-body\">Ist Ihnen eine Barriere aufgefallen? "
	     "Bitte schreiben Sie uns, wir antworten innerhalb von zwei "
	     "Wochen.</p>\n",
	     site->network_name, site->district_name[0] ? " im " : "",
	     site->district_name);
	if (email[0] || phone[0]) {
		HTML_RAW(b, "<ul class=\"kern-list\">");
		if (email[0])
			html(b,
			     "<li>E-Mail: <a class=\"kern-link\" "
			     "href=\"mailto:%s\">%s</a></li>",
			     email, email);
		if (phone[0])
			html(b,
			     "<li>Telefon: <a class=\"kern-link\" "
			     "href=\"tel:%s\">%s</a></li>",
			     url_component(r->a, phone), phone);
		HTML_RAW(b, "</ul>\n");
	}
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Schlichtungsverfahren"
		    "</h2>\n<p class=\"kern-body\">Wenn Sie auf Ihre Meldung "
		    "keine zufriedenstellende Antwort erhalten, können Sie "
		    "sich an die Schlichtungsstelle nach dem "
		    "Behindertengleichstellungsgesetz Ihres Landes oder an die "
		    "Schlichtungsstelle nach § 16 BGG beim Beauftragten der "
		    "Bundesregierung für die Belange von Menschen mit "
		    "Behinderungen wenden.</p>\n");
	web_end(r);
}

void page_healthz(struct req *r)
{
	db *d = db_thread();
	sqlite3_stmt *st = d ? db_stmt(d, "SELECT 1") : NULL;
	if (!st || sqlite3_step(st) != SQLITE_ROW) {
		if (st)
			sqlite3_reset(st);
		resp_text(r, 503, "database unavailable\n");
		return;
	}
	sqlite3_reset(st);
	resp_text(r, 200, "ok\n");
}
