/*
 * http.h - the request as handlers see it, the response they build, and the
 * route table that ties paths to handlers.
 *
 * The http layer parses and limits; it knows nothing of offers or partners.
 * The application hands it a route table and a few hooks (struct app); the
 * dispatcher - not the handler - enforces the route's least role, the CSRF
 * check of state-changing routes and the body limit (default deny).
 */
#ifndef LOTSE_HTTP_H
#define LOTSE_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/buf.h"
#include "http/multipart.h"
#include "http/parse.h"

/* Roles, from least to most rights. A route's role is the least one that
 * may use it; ROLE_ANON routes are public. ROLE_UNSET (zero) is what a
 * route gets when its author forgot to declare one: router_check() refuses
 * such a table, so the server does not start and the route test fails. */
enum role {
	ROLE_UNSET = 0,
	ROLE_ANON,
	ROLE_PARTNER,
	ROLE_VISITS,
	ROLE_COORDINATION,
	ROLE_ADMIN,
	ROLE_COUNT
};

const char *role_code(enum role r);  /* "partner", ... ("" for anon) */
const char *role_label(enum role r); /* German label */
/* Parses a role code; returns -1 when unknown. */
int role_parse(const char *code);

struct req;
typedef void (*handler_fn)(struct req *r);

/* Route flags. */
enum {
	RF_API = 1 << 0,     /* JSON errors instead of HTML pages */
	RF_PRIVATE = 1 << 1, /* never log more than the route pattern */
	RF_NO_CSRF = 1 << 2, /* state-changing but checked otherwise (login) */
};

struct route {
	const char *method; /* "GET", "POST", ...; GET also answers HEAD */
	const char *
		pattern; /* "/angebote/{id}"; a final segment "*" takes the rest */
	handler_fn handler;
	enum role role;
	unsigned flags;
	size_t body_limit; /* 0: the server's default (1 MiB) */
	const char *name;  /* handler name, for listings and tests */
};

#define MAX_RESP_HEADERS 16

struct req {
	arena *a;
	/* request */
	const char *method;  /* as sent ("HEAD" stays "HEAD") */
	const char *raw_uri; /* path and query as sent; never logged */
	const char *path;    /* raw path, without query */
	char **segs;	     /* decoded path segments */
	size_t nseg;
	params query, form, cookies, path_params;
	params headers; /* names as sent; req_header() ignores case */
	const struct route *route;
	const char *remote_addr;
	bool is_head;
	bool is_api; /* path under /api/: errors as JSON */
	bool tls;
	buf body_in;   /* raw request body (bounded by the route's limit) */
	uploads files; /* files of a multipart/form-data body */
	/* who asks (set by the app's session hook) */
	enum role role;
	int64_t user_id;
	const char *csrf_token; /* expected token of this session, or NULL */
	bool csrf_exempt;	/* authenticated without cookies (API key) */
	void *app_data;		/* the application's per-request state */
	/* response */
	int status;
	buf out;
	const char *content_type;
	const void *static_data; /* serve this instead of out (not copied) */
	size_t static_len;
	struct {
		const char *name, *value;
	} resp_headers[MAX_RESP_HEADERS];
	size_t nresp_headers;
	/* One more source the Content-Security-Policy allows for images in
	 * this response (an origin such as "https://tile.example.org", made
	 * only of host characters), or NULL; set by the search map. */
	const char *csp_img_src;
	/* bookkeeping */
	int64_t t_start;
	void *conn; /* the server's connection (opaque) */
	const struct app *app;
	unsigned calls;
	bool body_too_large;
	bool responded;
};

/* Inputs. Values are valid UTF-8 without NUL (the parsers guarantee it). */
const char *req_query(const struct req *r, const char *name);
const char *req_form(const struct req *r, const char *name);
const char *req_cookie(const struct req *r, const char *name);
const char *req_path_param(const struct req *r, const char *name);
/* A request header (case-insensitive name), or NULL. */
const char *req_header(const struct req *r, const char *name);
/* Parses text as a decimal integer in [min, max]; false when it is not. */
bool parse_int(const char *text, int64_t min, int64_t max, int64_t *out);

/* Responses. The body goes into r->out; these set status and type. */
void resp_header(struct req *r, const char *name, const char *value);
/* Adds a header even when one of that name exists (Set-Cookie). */
void resp_header_add(struct req *r, const char *name, const char *value);
void resp_html(struct req *r, int status); /* body already in r->out */
void resp_text(struct req *r, int status, const char *text);
void resp_json(struct req *r, int status, const char *json);
void resp_redirect(struct req *r, int status, const char *location);
void resp_static(struct req *r, const void *data, size_t len, const char *type);
/* An error page (HTML) or JSON error (API), rendered by the app's hook. */
void resp_error(struct req *r, int status, const char *message);
/* Same, naming the form field the message is about (JSON "field"). */
void resp_error_field(struct req *r, int status, const char *message,
		      const char *field);

/* What the application gives the server. */
struct app {
	const struct route *routes;
	size_t nroutes;
	/* Called once per request before the role check: loads the session,
	 * sets r->role, r->user_id, r->csrf_token. May be NULL. */
	void (*session)(struct req *r);
	/* Renders an error (status, German message, field or NULL). */
	void (*error)(struct req *r, int status, const char *message,
		      const char *field);
	/* Called after the role and CSRF checks, before the handler; returns
	 * false when it answered itself (e.g. a redirect to set a password
	 * first). May be NULL. */
	bool (*guard)(struct req *r);
};

/* Routing (router.c). Matches method and path against the table; fills
 * r->route and r->path_params. Returns 0, 404 or 405; for 405, writes the
 * allowed methods (comma separated) into allow. */
int router_match(const struct app *app, struct req *r, char *allow,
		 size_t allowlen);
/* Checks a table for duplicate (method, pattern) pairs and bad patterns;
 * returns the index of the first bad route or -1. */
long router_check(const struct route *routes, size_t n);

/* Runs the whole dispatch for a parsed request: match, session, role,
 * CSRF, then the handler (dispatch.c). Used by the server and by tests. */
void http_dispatch(const struct app *app, struct req *r);

/* Sets up a request whose method and raw URI are known (used by the server
 * and tests); parses path and query, returns 0 or an HTTP status (400, 414)
 * with a German message in *err. Cookies are parsed by http_dispatch() from
 * the headers, which the caller adds to r->headers in between. */
int req_init(struct req *r, arena *a, const char *method, const char *uri,
	     const char **err);
void req_release(struct req *r);

#endif
