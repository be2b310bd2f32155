/*
 * search_map.c - the map of the results on the public search page and the
 * page's scripts (see search_map.h).
 *
 * The page stays complete without JavaScript: the map is a figure that is
 * hidden until assets/search.js draws it with Leaflet (embedded, served
 * from /static like every asset), and the list of results below it is the
 * primary content. The places of the shown hits are written as data
 * attributes of a hidden list (no inline script: the CSP forbids it). The
 * tile server is the operator's choice (setting map_tiles, empty by
 * default); only then does the search page load images from another host,
 * and its Content-Security-Policy allows exactly that host (req.csp_img_src,
 * added by http/server.c).
 *
 * Calls: db (offer_location), domain (settings), view (html, layout).
 */
#include "web/search_map.h"

#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "domain/settings.h"
#include "web/web.h"

#define ORIGIN_MAX 256

/* The places of the given offers (a JSON array of ids, bound as text). */
static const char sql_places[] =
	"SELECT offer_id, lat, lon FROM offer_location WHERE offer_id IN "
	"(SELECT value FROM json_each(?1)) AND lat IS NOT NULL AND lon IS NOT "
	"NULL AND lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180 "
	"ORDER BY offer_id, position";

/* A host name character (letters, digits, dot, hyphen) or the port's
 * colon. */
static bool host_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':';
}

bool search_map_tile_origin(const char *tmpl, char *out, size_t n)
{
	if (!tmpl || n == 0)
		return false;
	size_t scheme;
	if (strncmp(tmpl, "https://", 8) == 0)
		scheme = 8;
	else if (strncmp(tmpl, "http://", 7) == 0)
		scheme = 7;
	else
		return false;
	if (strlen(tmpl) > 500 || !strstr(tmpl, "{z}") ||
	    !strstr(tmpl, "{x}") || !strstr(tmpl, "{y}"))
		return false;
	/* Nothing that could end an attribute or a CSP source list. */
	for (const char *p = tmpl; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == '"' || *p == '\'' ||
		    *p == '<' || *p == '>' || *p == '\\' || *p == ';' ||
		    *p == ',' || (unsigned char)*p == 0x7f)
			return false;
	const char *host = tmpl + scheme;
	size_t len = strcspn(host, "/?#");
	bool sub = strncmp(host, "{s}.", 4) == 0;
	const char *h = sub ? host + 4 : host;
	size_t hl = sub ? len - 4 : len;
	if (hl == 0 || h[0] == '.' || h[0] == ':' || h[0] == '-')
		return false;
	for (size_t i = 0; i < hl; i++)
		if (!host_char(h[i]))
			return false;
	int w = snprintf(out, n, "%.*s%s%.*s", (int)scheme, tmpl,
			 sub ? "*." : "", (int)hl, h);
	return w > 0 && (size_t)w < n;
}

/* The tile URL template when the map is on (and valid), else NULL; its
 * origin in origin. */
static const char *map_tiles(struct req *r, db *d, char *origin)
{
	const char *t = setting_get(d, r->a, "map_tiles");
	if (!t || !*t)
		return NULL;
	if (!search_map_tile_origin(t, origin, ORIGIN_MAX)) {
		log_warn("setting map_tiles is not a tile URL template; the "
			 "map stays off");
		return NULL;
	}
	return t;
}

void search_map(struct req *r, const struct search_result *res)
{
	db *d = web_db(r);
	char origin[ORIGIN_MAX];
	const char *tiles = d ? map_tiles(r, d, origin) : NULL;
	if (!tiles || !res || res->n == 0)
		return;
	r->csp_img_src = arena_strdup(r->a, origin);

	char *ids = arena_strdup(r->a, "[");
	for (size_t i = 0; i < res->n; i++)
		ids = arena_printf(r->a, "%s%s%lld", ids, i ? "," : "",
				   (long long)res->hits[i].id);
	ids = arena_printf(r->a, "%s]", ids);
	sqlite3_stmt *st = db_stmt(d, sql_places);
	if (!st)
		return;
	db_bind_text(st, 1, ids);

	/* The places first: no figure when none of the hits has one. */
	struct place {
		double lat, lon;
		const struct search_hit *hit;
	} *pl = arena_alloc(r->a, (res->n * 4 + 1) * sizeof *pl);
	size_t n = 0;
	while (pl && n < res->n * 4 && sqlite3_step(st) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		for (size_t i = 0; i < res->n; i++)
			if (res->hits[i].id == id) {
				pl[n++] = (struct place){
					.lat = sqlite3_column_double(st, 1),
					.lon = sqlite3_column_double(st, 2),
					.hit = &res->hits[i]};
				break;
			}
	}
	sqlite3_reset(st);
	if (n == 0)
		return;
	buf *b = &r->out;
	const char *attribution = setting_get(d, r->a, "map_attribution");
	html(b,
	     "<link rel=\"stylesheet\" href=\"%s\">\n"
	     "<figure class=\"lotse-map\" id=\"karte\" hidden "
	     "data-tiles=\"%s\" data-attribution=\"%s\">"
	     "<figcaption class=\"kern-body kern-body--small "
	     "lotse-map__caption\">Karte der Ergebnisse; die Liste darunter "
	     "enthält dieselben Angebote.</figcaption>"
	     "<div class=\"lotse-map__canvas\"></div>"
	     "<ul class=\"lotse-map__points\" hidden>",
	     asset_url(r, "leaflet.css"), tiles,
	     attribution ? attribution : "");
	for (size_t i = 0; i < n; i++)
		html(b,
		     "<li data-lat=\"%.6f\" data-lon=\"%.6f\" "
		     "data-href=\"/angebote/%lld\">%s</li>",
		     pl[i].lat, pl[i].lon, (long long)pl[i].hit->id,
		     pl[i].hit->title);
	HTML_RAW(b, "</ul></figure>\n");
}

void search_map_scripts(struct req *r)
{
	db *d = web_db(r);
	char origin[ORIGIN_MAX];
	buf *b = &r->out;
	if (d && map_tiles(r, d, origin)) {
		r->csp_img_src = arena_strdup(r->a, origin);
		html(b, "<script src=\"%s\" defer></script>\n",
		     asset_url(r, "leaflet.js"));
	}
	html(b, "<script src=\"%s\" defer></script>\n",
	     asset_url(r, "search.js"));
}
