/*
 * fuzz_request.c - libFuzzer target for the request line's URI: req_init()
 * (split into path and query, parse both) followed by router_match()
 * against a small route table shaped like the application's.
 *
 * Invariants: req_init() answers 0, 400 or 414 and, for 400/414, a message;
 * r.path is valid UTF-8; on 0 the URI starts with '/', the segments obey
 * parse_path()'s rules and the query fields are valid UTF-8 without NUL.
 * router_match() answers 0, 404 or 405; a match on "{id}" captures the
 * segment itself, and the catch-all static route captures the remaining
 * segments joined by '/'.
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/utf8.h"
#include "http/http.h"

static void handler(struct req *r)
{
	(void)r;
}

static const struct route routes[] = {
	{"GET", "/", handler, ROLE_ANON, 0, 0, "home"},
	{"GET", "/angebote", handler, ROLE_ANON, 0, 0, "list"},
	{"GET", "/angebote/{id}", handler, ROLE_ANON, 0, 0, "show"},
	{"POST", "/angebote/{id}", handler, ROLE_PARTNER, 0, 0, "edit"},
	{"GET", "/static/*", handler, ROLE_ANON, 0, 0, "static"},
	{"GET", "/api/angebote", handler, ROLE_ANON, RF_API, 0, "api"},
};

static const struct app app = {routes, sizeof routes / sizeof *routes, NULL,
			       NULL};

static void check_route(struct req *r)
{
	char allow[64];
	int rc = router_match(&app, r, allow, sizeof allow);
	FUZZ_CHECK(rc == 0 || rc == 404 || rc == 405);
	if (rc == 405)
		FUZZ_CHECK(strlen(allow) > 0);
	if (rc != 0)
		return;
	FUZZ_CHECK(r->route != NULL);
	if (strcmp(r->route->name, "show") == 0) {
		FUZZ_CHECK(r->nseg == 2);
		FUZZ_CHECK(strcmp(req_path_param(r, "id"), r->segs[1]) == 0);
	} else if (strcmp(r->route->name, "static") == 0) {
		const char *rest = req_path_param(r, "*");
		FUZZ_CHECK(rest != NULL && r->nseg >= 2);
		size_t off = 0;
		for (size_t k = 1; k < r->nseg; k++) {
			size_t l = strlen(r->segs[k]);
			FUZZ_CHECK(memcmp(rest + off, r->segs[k], l) == 0);
			off += l;
			FUZZ_CHECK(rest[off] == (k + 1 < r->nseg ? '/' : '\0'));
			off++;
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *uri = fuzz_cstr(data, size);
	arena *a = arena_new(0);
	struct req r;
	const char *err = NULL;
	int rc = req_init(&r, a, "GET", uri, &err);
	FUZZ_CHECK(rc == 0 || rc == 400 || rc == 414);
	FUZZ_CHECK(r.path != NULL && utf8_valid(r.path, strlen(r.path)));
	if (rc) {
		FUZZ_CHECK(err != NULL && *err);
	} else {
		FUZZ_CHECK(uri[0] == '/');
		FUZZ_CHECK(r.nseg <= 64);
		for (size_t k = 0; k < r.nseg; k++) {
			size_t l = strlen(r.segs[k]);
			FUZZ_CHECK(l > 0 && utf8_valid(r.segs[k], l));
			FUZZ_CHECK(strcmp(r.segs[k], ".") != 0);
			FUZZ_CHECK(strcmp(r.segs[k], "..") != 0);
		}
		for (size_t k = 0; k < r.query.n; k++) {
			const param *f = &r.query.items[k];
			FUZZ_CHECK(strlen(f->value) == f->value_len);
			FUZZ_CHECK(utf8_valid(f->value, f->value_len));
			FUZZ_CHECK(utf8_valid(f->name, strlen(f->name)));
		}
		check_route(&r);
	}
	req_release(&r);
	arena_free(a);
	free(uri);
	return 0;
}
