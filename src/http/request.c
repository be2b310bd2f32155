/*
 * request.c - request set-up, typed inputs, response helpers and the
 * dispatcher that enforces role, CSRF and limits before any handler runs.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/utf8.h"
#include "http/http.h"
#include "http/timing.h"

#define MAX_URI 8192

static const char *role_codes[ROLE_COUNT] = {
	"", "", "partner", "visits", "coordination", "admin"};
static const char *role_labels[ROLE_COUNT] = {"",
					      "Öffentlich",
					      "Partner",
					      "Willkommensbesuche",
					      "Koordinierungsstelle",
					      "Administration"};

const char *role_code(enum role r)
{
	return (r >= ROLE_UNSET && r < ROLE_COUNT) ? role_codes[r] : "";
}

const char *role_label(enum role r)
{
	return (r >= ROLE_UNSET && r < ROLE_COUNT) ? role_labels[r] : "";
}

int role_parse(const char *code)
{
	for (int i = ROLE_PARTNER; i < ROLE_COUNT; i++)
		if (code && strcmp(code, role_codes[i]) == 0)
			return i;
	return -1;
}

int req_init(struct req *r, arena *a, const char *method, const char *uri,
	     const char **err)
{
	memset(r, 0, sizeof *r);
	r->a = a;
	r->method = arena_strdup(a, method);
	r->is_head = strcmp(method, "HEAD") == 0;
	params_init(&r->query);
	params_init(&r->form);
	params_init(&r->cookies);
	params_init(&r->path_params);
	params_init(&r->headers);
	uploads_init(&r->files);
	buf_init(&r->out, 0);
	buf_init(&r->body_in, (size_t)1 << 20);
	r->content_type = "text/html; charset=utf-8";
	size_t ulen = strlen(uri);
	const char *q = strchr(uri, '?');
	size_t plen = q ? (size_t)(q - uri) : ulen;
	/* Keep only the path for logs and errors, never the query. */
	r->path = arena_strndup(a, uri, utf8_prefix(uri, plen, 512));
	if (!utf8_valid(r->path, strlen(r->path)))
		r->path = "/(ungültig)";
	r->raw_uri = arena_strdup(a, uri);
	r->is_api =
		strncmp(uri, "/api/", 5) == 0 || strcmp(r->path, "/api") == 0;
	/* A request target never holds spaces or control characters (RFC
	 * 3986); refuse them, and keep them out of the access log. */
	for (size_t i = 0; i < ulen; i++) {
		unsigned char c = (unsigned char)uri[i];
		if (c <= 0x20 || c == 0x7F) {
			r->path = "/(ungültig)";
			*err = "Die Adresse ist ungültig.";
			return 400;
		}
	}
	if (ulen > MAX_URI) {
		*err = "Die Adresse ist zu lang.";
		return 414;
	}
	enum parse_err e = parse_path(a, uri, plen, &r->segs, &r->nseg);
	if (!e && q)
		e = parse_urlencoded(a, q + 1, ulen - plen - 1, &r->query);
	if (e) {
		*err = parse_strerror(e);
		return 400;
	}
	return 0;
}

void req_release(struct req *r)
{
	buf_free(&r->out);
	buf_free(&r->body_in);
}

const char *req_query(const struct req *r, const char *name)
{
	return params_get(&r->query, name);
}

const char *req_form(const struct req *r, const char *name)
{
	return params_get(&r->form, name);
}

const char *req_cookie(const struct req *r, const char *name)
{
	return params_get(&r->cookies, name);
}

const char *req_path_param(const struct req *r, const char *name)
{
	return params_get(&r->path_params, name);
}

const char *req_header(const struct req *r, const char *name)
{
	for (size_t i = 0; i < r->headers.n; i++)
		if (strcasecmp(r->headers.items[i].name, name) == 0)
			return r->headers.items[i].value;
	return NULL;
}

bool parse_int(const char *text, int64_t min, int64_t max, int64_t *out)
{
	if (!text || !*text)
		return false;
	for (const char *p = text; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (p == text && *p == '-')))
			return false;
	errno = 0;
	char *end;
	long long v = strtoll(text, &end, 10);
	if (errno || *end || v < min || v > max)
		return false;
	*out = v;
	return true;
}

void resp_header(struct req *r, const char *name, const char *value)
{
	for (size_t i = 0; i < r->nresp_headers; i++)
		if (strcasecmp(r->resp_headers[i].name, name) == 0) {
			r->resp_headers[i].value = value;
			return;
		}
	if (r->nresp_headers < MAX_RESP_HEADERS) {
		r->resp_headers[r->nresp_headers].name = name;
		r->resp_headers[r->nresp_headers].value = value;
		r->nresp_headers++;
	}
}

void resp_header_add(struct req *r, const char *name, const char *value)
{
	if (r->nresp_headers < MAX_RESP_HEADERS) {
		r->resp_headers[r->nresp_headers].name = name;
		r->resp_headers[r->nresp_headers].value = value;
		r->nresp_headers++;
	}
}

void resp_html(struct req *r, int status)
{
	r->status = status;
	r->content_type = "text/html; charset=utf-8";
}

void resp_text(struct req *r, int status, const char *text)
{
	buf_reset(&r->out);
	buf_puts(&r->out, text);
	r->status = status;
	r->content_type = "text/plain; charset=utf-8";
}

void resp_json(struct req *r, int status, const char *json)
{
	buf_reset(&r->out);
	buf_puts(&r->out, json);
	r->status = status;
	r->content_type = "application/json";
}

void resp_redirect(struct req *r, int status, const char *location)
{
	buf_reset(&r->out);
	r->status = status;
	r->content_type = "text/plain; charset=utf-8";
	resp_header(r, "Location", location);
}

void resp_static(struct req *r, const void *data, size_t len, const char *type)
{
	r->status = 200;
	r->static_data = data;
	r->static_len = len;
	r->content_type = type;
}

void resp_error_field(struct req *r, int status, const char *message,
		      const char *field)
{
	buf_reset(&r->out);
	r->static_data = NULL;
	r->status = status;
	if (r->app && r->app->error) {
		r->app->error(r, status, message, field);
	} else {
		resp_text(r, status, message);
	}
}

void resp_error(struct req *r, int status, const char *message)
{
	resp_error_field(r, status, message, NULL);
}

static bool method_changes_state(const char *m)
{
	return strcmp(m, "GET") != 0 && strcmp(m, "HEAD") != 0 &&
	       strcmp(m, "OPTIONS") != 0;
}

/* Constant-time comparison of two NUL-terminated tokens. */
static bool token_equal(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	unsigned char diff = (unsigned char)(la != lb);
	size_t n = la < lb ? la : lb;
	for (size_t i = 0; i < n; i++)
		diff |= (unsigned char)(a[i] ^ b[i]);
	return diff == 0;
}

void http_dispatch(const struct app *app, struct req *r)
{
	/* per-route timing (timing.h): wall clock and this thread's CPU */
	int64_t t0 = timing_now_us(), cpu0 = timing_cpu_begin();
	r->app = app;
	char allow[128];
	int rc = router_match(app, r, allow, sizeof allow);
	if (rc == 404) {
		resp_error(r, 404, "Diese Seite gibt es nicht.");
		return;
	}
	if (rc == 405) {
		resp_error(r, 405, "Diese Aktion ist hier nicht möglich.");
		resp_header(r, "Allow", arena_strdup(r->a, allow));
		return;
	}
	const char *cookie = req_header(r, "Cookie");
	if (cookie) {
		/* Malformed pairs are skipped by the parser; only a flood of
		 * cookies makes it give up, and then the header is ignored
		 * rather than refused (the browser would keep sending it). */
		params c;
		params_init(&c);
		if (parse_cookies(r->a, cookie, strlen(cookie), &c) == PARSE_OK)
			r->cookies = c;
	}
	if (r->body_in.len) {
		const char *ct = req_header(r, "Content-Type");
		if (ct && strncasecmp(ct, "application/x-www-form-urlencoded",
				      33) == 0) {
			enum parse_err e =
				parse_urlencoded(r->a, r->body_in.data,
						 r->body_in.len, &r->form);
			if (e) {
				resp_error(r, 400, parse_strerror(e));
				return;
			}
		} else if (multipart_is(ct)) {
			/* Uploads: text fields join r->form (so the CSRF
			 * check below sees the token), files r->files. */
			enum parse_err e = parse_multipart(
				r->a, ct, r->body_in.data, r->body_in.len,
				&r->form, &r->files);
			if (e) {
				resp_error(r, 400, multipart_strerror(e));
				return;
			}
		}
	}
	r->role = ROLE_ANON;
	if (app->session)
		app->session(r);
	if (r->role < r->route->role) {
		if (r->role == ROLE_ANON && !r->is_api) {
			resp_error(r, 401,
				   "Bitte melden Sie sich an, um diese "
				   "Seite zu sehen.");
		} else if (r->role == ROLE_ANON) {
			resp_error(r, 401, "Anmeldung erforderlich.");
		} else {
			resp_error(r, 403, "Dafür fehlen Ihnen die Rechte.");
		}
		return;
	}
	if (method_changes_state(r->method) &&
	    !(r->route->flags & RF_NO_CSRF) && !r->csrf_exempt) {
		const char *sent = req_header(r, "X-CSRF-Token");
		if (!sent)
			sent = req_form(r, "csrf");
		if (!r->csrf_token || !sent ||
		    !token_equal(sent, r->csrf_token)) {
			resp_error(r, 403,
				   "Das Formular ist abgelaufen oder "
				   "ungültig. Bitte laden Sie die "
				   "Seite neu und versuchen Sie es "
				   "noch einmal.");
			return;
		}
	}
	if (app->guard && !app->guard(r))
		return;
	r->route->handler(r);
	if (r->status == 0)
		resp_error(r, 500, "Ein interner Fehler ist aufgetreten.");
	/* Only requests that reached their handler are timed: refusals
	 * (401, 403) would make a route look faster than it is. */
	size_t route = (size_t)(r->route - app->routes);
	timing_record(route, (uint64_t)(timing_now_us() - t0));
	timing_cpu_end(route, cpu0);
}
