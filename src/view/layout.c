/*
 * layout.c - the page frame (see layout.h).
 */
#include "view/layout.h"

#include <string.h>

#include "base/embed.h"
#include "view/html.h"

static const struct nav_item nav[] = {
	{"/", "Startseite", ROLE_ANON},
	{"/angebote", "Angebote suchen", ROLE_ANON},
	{"/partner", "Partner", ROLE_ANON},
	{"/wegweiser", "Lotse", ROLE_ANON},
	{"/projekte", "Projekte", ROLE_ANON},
	{"/intern", "Intern", ROLE_PARTNER},
	{"/intern/angebote", "Angebote", ROLE_PARTNER},
	{"/intern/sitzungen", "Sitzungen", ROLE_PARTNER},
	{"/intern/dokumente", "Dokumente", ROLE_PARTNER},
	{"/intern/auswertung", "Auswertung", ROLE_COORDINATION},
	{"/intern/benutzer", "Benutzer", ROLE_ADMIN},
	{"/intern/protokoll", "Protokoll", ROLE_ADMIN},
	{"/intern/einstellungen", "Einstellungen", ROLE_ADMIN},
	{"/intern/messwerte", "Messwerte", ROLE_ADMIN},
};

const char *asset_url(struct req *r, const char *name)
{
	for (unsigned long i = 0; i < embedded_assets_count; i++) {
		if (strcmp(embedded_assets[i].name, name) == 0) {
			/* etag is "\"hex\"": use the hex part */
			const char *e = embedded_assets[i].etag;
			return arena_printf(r->a, "/static/%s?v=%.8s", name,
					    e + 1);
		}
	}
	return arena_printf(r->a, "/static/%s", name);
}

/* The entry whose href is the longest prefix of path is the current one. */
static size_t nav_current(const char *path, enum role role)
{
	size_t best = (size_t)-1, best_len = 0;
	for (size_t i = 0; i < sizeof nav / sizeof *nav; i++) {
		const char *href = nav[i].href;
		size_t n = strlen(href);
		if (role < nav[i].role)
			continue;
		bool match =
			strcmp(href, "/") == 0
				? strcmp(path, "/") == 0
				: strncmp(path, href, n) == 0 &&
					  (path[n] == '\0' || path[n] == '/');
		if (match && n > best_len) {
			best = i;
			best_len = n;
		}
	}
	return best;
}

void page_begin(struct req *r, const struct site *site, const char *title)
{
	buf *b = &r->out;
	html(b,
	     "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n"
	     "<meta charset=\"utf-8\">\n"
	     "<meta name=\"viewport\" content=\"width=device-width, "
	     "initial-scale=1\">\n"
	     "<title>%s – %s</title>\n"
	     "<link rel=\"stylesheet\" href=\"%s\">\n"
	     "<link rel=\"stylesheet\" href=\"%s\">\n"
	     "<link rel=\"stylesheet\" href=\"%s\">\n"
	     "<link rel=\"icon\" href=\"%s\" type=\"image/svg+xml\">\n"
	     "</head>\n<body>\n"
	     "<a class=\"lotse-skip\" href=\"#inhalt\">Zum Inhalt "
	     "springen</a>\n"
	     "<header class=\"lotse-header\">\n"
	     "<div class=\"kern-kopfzeile\"><div class=\"kern-container\">"
	     "<div class=\"kern-kopfzeile__content\">"
	     "<span class=\"kern-kopfzeile__flagge\" aria-hidden=\"true\">"
	     "<svg xmlns=\"http://www.w3.org/2000/svg\" fill=\"none\" "
	     "viewBox=\"0 0 24 16\" width=\"24\" height=\"16\">"
	     "<path fill=\"#000\" d=\"M0 .5h24v5.333H0z\"/>"
	     "<path fill=\"red\" d=\"M0 5.833h24v5.333H0z\"/>"
	     "<path fill=\"#FACA2C\" d=\"M0 11.167h24V16.5H0z\"/></svg></span>"
	     "<span class=\"kern-kopfzeile__label\">%s</span>"
	     "</div></div></div>\n"
	     "<div class=\"lotse-brand kern-container\">"
	     "<a href=\"/\" class=\"lotse-brand__link\">"
	     "<span class=\"lotse-brand__name\">%s</span>",
	     title, site->network_name, asset_url(r, "kern/kern.min.css"),
	     asset_url(r, "fonts.css"), asset_url(r, "lotse.css"),
	     asset_url(r, "favicon.svg"), site->header_line,
	     site->network_name);
	if (site->district_name[0])
		html(b, "<span class=\"lotse-brand__district\">%s</span>",
		     site->district_name);
	HTML_RAW(b, "</a><div class=\"lotse-account\">");
	if (site->user_name) {
		html(b,
		     "<span class=\"lotse-account__name\">Angemeldet: %s</span>"
		     "<a class=\"kern-link\" href=\"/intern/konto\">Mein "
		     "Konto</a>"
		     "<form method=\"post\" action=\"/abmelden\" "
		     "class=\"lotse-inline-form\">"
		     "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
		     "<button type=\"submit\" class=\"kern-btn "
		     "kern-btn--tertiary "
		     "kern-btn--x-small\"><span class=\"kern-label\">Abmelden"
		     "</span></button></form>",
		     site->user_name, site->csrf ? site->csrf : "");
	} else {
		HTML_RAW(b,
			 "<a class=\"kern-link\" href=\"/anmelden\">Anmelden "
			 "<span class=\"kern-sr-only\">für Fachkräfte</span>"
			 "</a>");
	}
	HTML_RAW(b, "</div></div>\n"
		    "<nav class=\"lotse-nav\" aria-label=\"Hauptnavigation\">"
		    "<div class=\"kern-container\"><ul>");
	/* Error pages answered before the session hook ran (404, 405, 400)
	 * still show the public navigation. */
	enum role role = r->role < ROLE_ANON ? ROLE_ANON : r->role;
	size_t current = nav_current(r->path, role);
	for (size_t i = 0; i < sizeof nav / sizeof *nav; i++) {
		if (role < nav[i].role)
			continue;
		if (i == current)
			html(b,
			     "<li><a href=\"%s\" "
			     "aria-current=\"page\">%s</a></li>",
			     nav[i].href, nav[i].label);
		else
			html(b, "<li><a href=\"%s\">%s</a></li>", nav[i].href,
			     nav[i].label);
	}
	HTML_RAW(b, "</ul></div></nav>\n</header>\n"
		    "<main id=\"inhalt\" tabindex=\"-1\">"
		    "<div class=\"kern-container lotse-main\">\n");
}

void page_end(struct req *r, const struct site *site)
{
	buf *b = &r->out;
	HTML_RAW(b, "\n</div></main>\n<footer class=\"lotse-footer\">"
		    "<div class=\"kern-container\">"
		    "<nav aria-label=\"Rechtliches\"><ul>"
		    "<li><a href=\"/impressum\">Impressum</a></li>"
		    "<li><a href=\"/datenschutz\">Datenschutz</a></li>"
		    "<li><a href=\"/barrierefreiheit\">Erklärung zur "
		    "Barrierefreiheit</a></li>"
		    "</ul></nav>");
	html(b, "<p>%s%s%s</p>", site->network_name,
	     site->district_name[0] ? " · " : "", site->district_name);
	HTML_RAW(b, "</div></footer>\n</body>\n</html>\n");
	if (r->status == 0)
		resp_html(r, 200);
	else
		r->content_type = "text/html; charset=utf-8";
}

static const char *status_title(int status)
{
	switch (status) {
	case 400:
		return "Ungültige Anfrage";
	case 401:
		return "Anmeldung erforderlich";
	case 403:
		return "Zugriff verweigert";
	case 404:
		return "Seite nicht gefunden";
	case 405:
		return "Aktion nicht möglich";
	case 413:
		return "Daten zu groß";
	case 414:
		return "Adresse zu lang";
	case 422:
		return "Eingabe prüfen";
	case 429:
		return "Zu viele Versuche";
	case 503:
		return "Vorübergehend nicht erreichbar";
	default:
		return status >= 500 ? "Interner Fehler" : "Fehler";
	}
}

void page_error(struct req *r, const struct site *site, int status,
		const char *message)
{
	buf_reset(&r->out);
	const char *title = status_title(status);
	page_begin(r, site, title);
	html(&r->out,
	     "<h1 class=\"kern-heading-large\">%s</h1>\n"
	     "<div class=\"kern-alert kern-alert--%s\" role=\"alert\">"
	     "<div class=\"kern-alert__header\">"
	     "<span class=\"kern-icon kern-icon--%s\" "
	     "aria-hidden=\"true\"></span>"
	     "<span class=\"kern-title\">Fehler %d</span></div>"
	     "<div class=\"kern-alert__body\"><p "
	     "class=\"kern-body\">%s</p></div>"
	     "</div>\n",
	     title, status >= 500 ? "danger" : "warning",
	     status >= 500 ? "danger" : "warning", status, message);
	if (status == 404)
		HTML_RAW(&r->out,
			 "<p class=\"kern-body\">Vielleicht hat sich die "
			 "Adresse geändert. Auf der "
			 "<a class=\"kern-link\" href=\"/\">Startseite</a> "
			 "finden Sie alle Angebote des Netzwerks.</p>\n");
	else if (status >= 500)
		HTML_RAW(&r->out,
			 "<p class=\"kern-body\">Der Fehler wurde "
			 "protokolliert. Bitte versuchen Sie es später "
			 "noch einmal.</p>\n");
	else
		HTML_RAW(&r->out,
			 "<p class=\"kern-body\"><a class=\"kern-link\" "
			 "href=\"/\">Zur Startseite</a></p>\n");
	r->status = status;
	page_end(r, site);
	r->status = status;
}
