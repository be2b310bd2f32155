/*
 * app.c - the route table of Lotse and the hooks the server calls: session
 * (who asks), and error rendering (German page or JSON).
 *
 * Every route declares its least role here; the dispatcher enforces it.
 * tests/unit/test_routes.c walks this table.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "domain/settings.h"
#include "web/web.h"

const struct route lotse_routes[] = {
	{"GET", "/", page_home, ROLE_ANON, 0, 0, "page_home"},
	{"GET", "/impressum", page_impressum, ROLE_ANON, 0, 0, "page_impressum"},
	{"GET", "/datenschutz", page_datenschutz, ROLE_ANON, 0, 0,
	 "page_datenschutz"},
	{"GET", "/barrierefreiheit", page_barrierefreiheit, ROLE_ANON, 0, 0,
	 "page_barrierefreiheit"},
	{"GET", "/healthz", page_healthz, ROLE_ANON, 0, 0, "page_healthz"},
	{"GET", "/static/*", page_static, ROLE_ANON, 0, 0, "page_static"},
};
const size_t lotse_routes_count = sizeof lotse_routes / sizeof *lotse_routes;

struct web_state {
	struct site site;
	bool site_loaded;
};

static struct web_state *state(struct req *r)
{
	if (!r->app_data)
		r->app_data = arena_calloc(r->a, 1, sizeof(struct web_state));
	return r->app_data;
}

db *web_db(struct req *r)
{
	db *d = db_thread();
	if (!d)
		resp_error(r, 503, "Die Datenbank ist gerade nicht erreichbar.");
	return d;
}

const struct site *web_site(struct req *r)
{
	struct web_state *s = state(r);
	if (!s->site_loaded) {
		db *d = db_thread();
		s->site.network_name = setting_get(d, r->a, "network_name");
		s->site.district_name = setting_get(d, r->a, "district_name");
		s->site.header_line = setting_get(d, r->a, "header_line");
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

static void session(struct req *r)
{
	/* Accounts come with issue #3; until then everyone is anonymous. */
	r->role = ROLE_ANON;
	r->user_id = 0;
	r->csrf_token = NULL;
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
	page_error(r, web_site(r), status, message);
}

const struct app lotse_app = {
	.routes = lotse_routes,
	.nroutes = sizeof lotse_routes / sizeof *lotse_routes,
	.session = session,
	.error = error,
};
