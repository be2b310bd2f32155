/*
 * test_router.c - unit tests of routing and dispatch (src/http/router.c,
 * src/http/request.c) against a small route table of its own: matching,
 * path parameters, 404/405, HEAD, and what the dispatcher enforces before a
 * handler runs (role, CSRF token). Also router_check() on bad tables.
 */
#include "testutil.h"

#include <stdlib.h>

#include "http/http.h"

/* What the handlers saw. */
static struct {
	int calls;
	const char *name; /* route name of the last handler that ran */
	const char *id;	  /* path parameter "id" it saw */
	const char *rest; /* path parameter "*" it saw */
	const char *form_name;
	const char *cookie;
} seen;

/* What the session hook hands out. */
static enum role session_role;
static const char *session_token;

static void note(struct req *r)
{
	seen.calls++;
	seen.name = r->route->name;
	seen.id = req_path_param(r, "id");
	seen.rest = req_path_param(r, "*");
	seen.form_name = req_form(r, "name");
	seen.cookie = req_cookie(r, "sid");
}

static void h_ok(struct req *r)
{
	note(r);
	resp_text(r, 200, "ok");
}

/* A handler that forgets to answer. */
static void h_silent(struct req *r)
{
	note(r);
}

static void session_hook(struct req *r)
{
	r->role = session_role;
	r->user_id = session_role > ROLE_ANON ? 7 : 0;
	r->csrf_token = session_token;
}

static const struct route routes[] = {
	{"GET", "/", h_ok, ROLE_ANON, 0, 0, "home"},
	{"GET", "/x/{id}", h_ok, ROLE_ANON, 0, 0, "item"},
	{"POST", "/x/{id}", h_ok, ROLE_ANON, 0, 0, "item_save"},
	{"DELETE", "/x/{id}", h_ok, ROLE_ANON, 0, 0, "item_delete"},
	{"GET", "/x/{id}/teile/{part}", h_ok, ROLE_ANON, 0, 0, "item_part"},
	{"GET", "/files/*", h_ok, ROLE_ANON, 0, 0, "files"},
	{"GET", "/intern", h_ok, ROLE_COORDINATION, 0, 0, "intern"},
	{"GET", "/api/intern", h_ok, ROLE_PARTNER, RF_API, 0, "api_intern"},
	{"POST", "/form", h_ok, ROLE_ANON, 0, 0, "form"},
	{"POST", "/login", h_ok, ROLE_ANON, RF_NO_CSRF, 0, "login"},
	{"GET", "/silent", h_silent, ROLE_ANON, 0, 0, "silent"},
};

static const struct app app = {
	.routes = routes,
	.nroutes = sizeof routes / sizeof *routes,
	.session = session_hook,
	.error = NULL,
};

/* Per test: a request and its arena. */
struct fixture {
	arena *a;
	struct req r;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	f->a = arena_new(0);
	memset(&seen, 0, sizeof seen);
	session_role = ROLE_ANON;
	session_token = "tok-123456";
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	req_release(&f->r);
	arena_free(f->a);
	free(f);
	return 0;
}

/* Sets up the request; headers and body may be added before dispatch. */
static struct req *start(void **state, const char *method, const char *uri)
{
	struct fixture *f = *state;
	const char *err = NULL;
	assert_int_equal(req_init(&f->r, f->a, method, uri, &err), 0);
	return &f->r;
}

static void add_header(struct req *r, const char *name, const char *value)
{
	params_add(r->a, &r->headers, name, value, strlen(value));
}

static void set_form_body(struct req *r, const char *body)
{
	add_header(r, "Content-Type", "application/x-www-form-urlencoded");
	buf_puts(&r->body_in, body);
}

/* Sets up and dispatches a request without headers or body. */
static struct req *dispatch(void **state, const char *method, const char *uri)
{
	struct req *r = start(state, method, uri);
	http_dispatch(&app, r);
	return r;
}

static const char *resp_header_value(const struct req *r, const char *name)
{
	for (size_t i = 0; i < r->nresp_headers; i++)
		if (strcmp(r->resp_headers[i].name, name) == 0)
			return r->resp_headers[i].value;
	return NULL;
}

/* --- matching --- */

static void test_literal_match(void **state)
{
	struct req *r = dispatch(state, "GET", "/");
	assert_int_equal(r->status, 200);
	assert_int_equal(seen.calls, 1);
	assert_string_equal(seen.name, "home");
	assert_string_equal(buf_str(&r->out), "ok");
}

static void test_router_match_direct(void **state)
{
	struct req *r = start(state, "GET", "/x/42?a=1");
	char allow[64];
	assert_int_equal(router_match(&app, r, allow, sizeof allow), 0);
	assert_non_null(r->route);
	assert_string_equal(r->route->name, "item");
	assert_string_equal(req_path_param(r, "id"), "42");
	assert_string_equal(req_query(r, "a"), "1");
	/* Matching alone runs no handler. */
	assert_int_equal(seen.calls, 0);
}

static void test_capture_param(void **state)
{
	dispatch(state, "GET", "/x/42?a=1");
	assert_int_equal(seen.calls, 1);
	assert_string_equal(seen.name, "item");
	assert_string_equal(seen.id, "42");
}

static void test_capture_param_is_decoded(void **state)
{
	dispatch(state, "GET", "/x/K%C3%B6ln%20Mitte");
	assert_string_equal(seen.id, "Köln Mitte");
}

static void test_capture_two_params(void **state)
{
	struct req *r = dispatch(state, "GET", "/x/5/teile/rad");
	assert_int_equal(r->status, 200);
	assert_string_equal(seen.name, "item_part");
	assert_string_equal(seen.id, "5");
	assert_string_equal(req_path_param(r, "part"), "rad");
}

static void test_trailing_slash_and_double_slash(void **state)
{
	struct req *r = dispatch(state, "GET", "/x//9/");
	assert_int_equal(r->status, 200);
	assert_string_equal(seen.id, "9");
}

static void test_wildcard_capture(void **state)
{
	struct req *r = dispatch(state, "GET", "/files/a/b/c.css");
	assert_int_equal(r->status, 200);
	assert_string_equal(seen.name, "files");
	assert_string_equal(seen.rest, "a/b/c.css");
}

static void test_wildcard_single_segment(void **state)
{
	dispatch(state, "GET", "/files/lotse.css?v=1");
	assert_string_equal(seen.rest, "lotse.css");
}

static void test_wildcard_needs_a_segment(void **state)
{
	struct req *r = dispatch(state, "GET", "/files/");
	assert_int_equal(r->status, 404);
	assert_int_equal(seen.calls, 0);
}

static void test_unknown_path_404(void **state)
{
	struct req *r = dispatch(state, "GET", "/nope");
	assert_int_equal(r->status, 404);
	assert_int_equal(seen.calls, 0);
	assert_null(resp_header_value(r, "Allow"));
}

static void test_partial_paths_404(void **state)
{
	struct req *r = dispatch(state, "GET", "/x");
	assert_int_equal(r->status, 404);
	req_release(r);
	r = dispatch(state, "GET", "/x/1/2");
	assert_int_equal(r->status, 404);
	req_release(r);
	r = dispatch(state, "GET", "/X/1");
	assert_int_equal(r->status, 404);
	assert_int_equal(seen.calls, 0);
}

static void test_wrong_method_405_with_allow(void **state)
{
	struct req *r = dispatch(state, "PUT", "/x/42");
	assert_int_equal(r->status, 405);
	assert_int_equal(seen.calls, 0);
	const char *allow = resp_header_value(r, "Allow");
	assert_non_null(allow);
	assert_string_equal(allow, "GET, HEAD, POST, DELETE");
}

static void test_405_allow_for_post_only_route(void **state)
{
	struct req *r = dispatch(state, "GET", "/form");
	assert_int_equal(r->status, 405);
	assert_string_equal(resp_header_value(r, "Allow"), "POST");
}

static void test_router_match_405_allow_buffer(void **state)
{
	struct req *r = start(state, "PATCH", "/x/1");
	char allow[64];
	assert_int_equal(router_match(&app, r, allow, sizeof allow), 405);
	assert_string_equal(allow, "GET, HEAD, POST, DELETE");
	/* A buffer too small for all methods stays a valid string. */
	char tiny[12];
	assert_int_equal(router_match(&app, r, tiny, sizeof tiny), 405);
	assert_true(strlen(tiny) < sizeof tiny);
}

static void test_head_answered_by_get(void **state)
{
	struct req *r = dispatch(state, "HEAD", "/x/3");
	assert_int_equal(r->status, 200);
	assert_true(r->is_head);
	assert_string_equal(r->method, "HEAD");
	assert_string_equal(seen.name, "item");
	assert_string_equal(seen.id, "3");
}

static void test_head_on_post_only_route_405(void **state)
{
	struct req *r = dispatch(state, "HEAD", "/form");
	assert_int_equal(r->status, 405);
	assert_int_equal(seen.calls, 0);
}

static void test_handler_without_answer_gives_500(void **state)
{
	struct req *r = dispatch(state, "GET", "/silent");
	assert_int_equal(seen.calls, 1);
	assert_int_equal(r->status, 500);
}

static void test_req_init_refuses_bad_uris(void **state)
{
	struct fixture *f = *state;
	const char *err = NULL;
	assert_int_equal(req_init(&f->r, f->a, "GET", "/a%zz", &err), 400);
	assert_non_null(err);
	req_release(&f->r);
	err = NULL;
	assert_int_equal(req_init(&f->r, f->a, "GET", "/../etc/passwd", &err),
			 400);
	assert_non_null(err);
	req_release(&f->r);
	err = NULL;
	assert_int_equal(req_init(&f->r, f->a, "GET", "/?q=%00", &err), 400);
	assert_non_null(err);
	req_release(&f->r);
	/* Far too long. */
	char *uri = malloc(20001);
	uri[0] = '/';
	memset(uri + 1, 'a', 19999);
	uri[20000] = '\0';
	err = NULL;
	assert_int_equal(req_init(&f->r, f->a, "GET", uri, &err), 414);
	assert_non_null(err);
	free(uri);
}

/* --- roles --- */

static void test_role_anonymous_gets_401(void **state)
{
	session_role = ROLE_ANON;
	struct req *r = dispatch(state, "GET", "/intern");
	assert_int_equal(r->status, 401);
	assert_int_equal(seen.calls, 0);
}

static void test_role_without_session_hook_is_anonymous(void **state)
{
	struct app bare = app;
	bare.session = NULL;
	struct req *r = start(state, "GET", "/intern");
	http_dispatch(&bare, r);
	assert_int_equal(r->status, 401);
	assert_int_equal(seen.calls, 0);
}

static void test_role_too_low_gets_403(void **state)
{
	session_role = ROLE_PARTNER;
	struct req *r = dispatch(state, "GET", "/intern");
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
	req_release(r);
	session_role = ROLE_VISITS;
	r = dispatch(state, "GET", "/intern");
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_role_exact_passes(void **state)
{
	session_role = ROLE_COORDINATION;
	struct req *r = dispatch(state, "GET", "/intern");
	assert_int_equal(r->status, 200);
	assert_int_equal(seen.calls, 1);
}

static void test_role_admin_passes(void **state)
{
	session_role = ROLE_ADMIN;
	struct req *r = dispatch(state, "GET", "/intern");
	assert_int_equal(r->status, 200);
	assert_string_equal(seen.name, "intern");
}

static void test_role_api_anonymous_gets_401(void **state)
{
	session_role = ROLE_ANON;
	struct req *r = dispatch(state, "GET", "/api/intern");
	assert_true(r->is_api);
	assert_int_equal(r->status, 401);
	assert_int_equal(seen.calls, 0);
}

static void test_role_public_route_for_everyone(void **state)
{
	session_role = ROLE_ADMIN;
	struct req *r = dispatch(state, "GET", "/");
	assert_int_equal(r->status, 200);
}

/* --- CSRF --- */

static void test_csrf_post_without_token_403(void **state)
{
	struct req *r = start(state, "POST", "/form");
	set_form_body(r, "name=Anna");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_post_without_body_403(void **state)
{
	struct req *r = dispatch(state, "POST", "/form");
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_wrong_token_in_form_403(void **state)
{
	struct req *r = start(state, "POST", "/form");
	set_form_body(r, "name=Anna&csrf=tok-654321");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_prefix_of_token_403(void **state)
{
	struct req *r = start(state, "POST", "/form");
	set_form_body(r, "csrf=tok-");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 403);
	req_release(r);
	r = start(state, "POST", "/form");
	set_form_body(r, "csrf=tok-1234567");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_right_token_in_form_passes(void **state)
{
	struct req *r = start(state, "POST", "/form");
	set_form_body(r, "name=Anna+M%C3%BCller&csrf=tok-123456");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 200);
	assert_int_equal(seen.calls, 1);
	assert_string_equal(seen.form_name, "Anna Müller");
}

static void test_csrf_right_token_in_header_passes(void **state)
{
	struct req *r = start(state, "POST", "/form");
	add_header(r, "X-CSRF-Token", "tok-123456");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 200);
	assert_int_equal(seen.calls, 1);
}

static void test_csrf_header_name_ignores_case(void **state)
{
	struct req *r = start(state, "DELETE", "/x/8");
	add_header(r, "x-csrf-token", "tok-123456");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 200);
	assert_string_equal(seen.name, "item_delete");
}

static void test_csrf_wrong_token_in_header_403(void **state)
{
	struct req *r = start(state, "POST", "/form");
	add_header(r, "X-CSRF-Token", "falsch");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_session_without_token_403(void **state)
{
	/* No session token: nothing the client sends can match. */
	session_token = NULL;
	struct req *r = start(state, "POST", "/form");
	add_header(r, "X-CSRF-Token", "");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_delete_checked(void **state)
{
	struct req *r = dispatch(state, "DELETE", "/x/8");
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_form_ignored_without_content_type(void **state)
{
	struct req *r = start(state, "POST", "/form");
	buf_puts(&r->body_in, "csrf=tok-123456");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 403);
	assert_int_equal(seen.calls, 0);
}

static void test_csrf_get_not_checked(void **state)
{
	struct req *r = dispatch(state, "GET", "/x/1");
	assert_int_equal(r->status, 200);
}

static void test_csrf_no_csrf_flag_skips_check(void **state)
{
	struct req *r = start(state, "POST", "/login");
	set_form_body(r, "name=anna");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 200);
	assert_int_equal(seen.calls, 1);
	assert_string_equal(seen.name, "login");
	assert_string_equal(seen.form_name, "anna");
}

static void test_bad_form_body_400(void **state)
{
	struct req *r = start(state, "POST", "/login");
	set_form_body(r, "name=%zz");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 400);
	assert_int_equal(seen.calls, 0);
}

/* --- cookies --- */

static void test_cookies_parsed_from_header(void **state)
{
	struct req *r = start(state, "GET", "/");
	add_header(r, "Cookie", "theme=dark; sid=abc123");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 200);
	assert_string_equal(seen.cookie, "abc123");
}

/* Another application's malformed cookie must not hide ours. */
static void test_bad_cookie_header_ignored(void **state)
{
	struct req *r = start(state, "GET", "/");
	add_header(r, "Cookie", "consent={\"a\":1}; sid=abc; bad value");
	http_dispatch(&app, r);
	assert_int_equal(r->status, 200);
	assert_string_equal(seen.cookie, "abc");
}

/* --- router_check --- */

static void test_check_good_table(void **state)
{
	(void)state;
	assert_int_equal(router_check(routes, sizeof routes / sizeof *routes),
			 -1);
	assert_int_equal(router_check(routes, 0), -1);
}

static void test_check_duplicate(void **state)
{
	(void)state;
	const struct route t[] = {
		{"GET", "/a", h_ok, ROLE_ANON, 0, 0, "a"},
		{"POST", "/a", h_ok, ROLE_ANON, 0, 0, "a_post"},
		{"GET", "/b", h_ok, ROLE_ANON, 0, 0, "b"},
		{"GET", "/a", h_ok, ROLE_PARTNER, 0, 0, "a_again"},
	};
	assert_int_equal(router_check(t, 4), 3);
	/* The same pattern with another method is no duplicate. */
	assert_int_equal(router_check(t, 3), -1);
}

static void test_check_bad_method(void **state)
{
	(void)state;
	const struct route bad[][2] = {
		{{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		 {"FOO", "/a", h_ok, ROLE_ANON, 0, 0, "a"}},
		{{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		 {"get", "/a", h_ok, ROLE_ANON, 0, 0, "a"}},
		{{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		 {"HEAD", "/a", h_ok, ROLE_ANON, 0, 0, "a"}},
		{{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		 {"", "/a", h_ok, ROLE_ANON, 0, 0, "a"}},
		{{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		 {NULL, "/a", h_ok, ROLE_ANON, 0, 0, "a"}},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(router_check(bad[i], 2), 1);
}

static void test_check_missing_name_or_handler(void **state)
{
	(void)state;
	const struct route no_name[] = {
		{"GET", "/", h_ok, ROLE_ANON, 0, 0, NULL},
	};
	const struct route no_handler[] = {
		{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		{"GET", "/a", NULL, ROLE_ANON, 0, 0, "a"},
	};
	assert_int_equal(router_check(no_name, 1), 0);
	assert_int_equal(router_check(no_handler, 2), 1);
}

static void test_check_bad_pattern(void **state)
{
	(void)state;
	const struct route no_slash[] = {
		{"GET", "a/b", h_ok, ROLE_ANON, 0, 0, "a"},
	};
	const struct route no_pattern[] = {
		{"GET", NULL, h_ok, ROLE_ANON, 0, 0, "a"},
	};
	assert_int_equal(router_check(no_slash, 1), 0);
	assert_int_equal(router_check(no_pattern, 1), 0);
}

static void test_check_star_not_at_end(void **state)
{
	(void)state;
	const struct route mid[] = {
		{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		{"GET", "/a/*/b", h_ok, ROLE_ANON, 0, 0, "a"},
	};
	const struct route glued[] = {
		{"GET", "/", h_ok, ROLE_ANON, 0, 0, "ok"},
		{"GET", "/files*", h_ok, ROLE_ANON, 0, 0, "a"},
	};
	const struct route end[] = {
		{"GET", "/a/*", h_ok, ROLE_ANON, 0, 0, "a"},
	};
	assert_int_equal(router_check(mid, 2), 1);
	/* "*" must be a whole segment, else it would silently be taken
	 * literally and the route would never match. */
	assert_int_equal(router_check(glued, 2), 1);
	assert_int_equal(router_check(end, 1), -1);
}

static void test_check_role_must_be_declared(void **state)
{
	(void)state;
	const struct route unset[] = {
		{"GET", "/a", h_ok, ROLE_UNSET, 0, 0, "a"},
	};
	const struct route too_high[] = {
		{"GET", "/a", h_ok, ROLE_COUNT, 0, 0, "a"},
	};
	/* A route written without the role field gets ROLE_UNSET. */
	const struct route forgotten[] = {
		{.method = "GET",
		 .pattern = "/a",
		 .handler = h_ok,
		 .name = "a"},
	};
	assert_int_equal(router_check(unset, 1), 0);
	assert_int_equal(router_check(too_high, 1), 0);
	assert_int_equal(router_check(forgotten, 1), 0);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_literal_match),
		T(test_router_match_direct),
		T(test_capture_param),
		T(test_capture_param_is_decoded),
		T(test_capture_two_params),
		T(test_trailing_slash_and_double_slash),
		T(test_wildcard_capture),
		T(test_wildcard_single_segment),
		T(test_wildcard_needs_a_segment),
		T(test_unknown_path_404),
		T(test_partial_paths_404),
		T(test_wrong_method_405_with_allow),
		T(test_405_allow_for_post_only_route),
		T(test_router_match_405_allow_buffer),
		T(test_head_answered_by_get),
		T(test_head_on_post_only_route_405),
		T(test_handler_without_answer_gives_500),
		T(test_req_init_refuses_bad_uris),
		T(test_role_anonymous_gets_401),
		T(test_role_without_session_hook_is_anonymous),
		T(test_role_too_low_gets_403),
		T(test_role_exact_passes),
		T(test_role_admin_passes),
		T(test_role_api_anonymous_gets_401),
		T(test_role_public_route_for_everyone),
		T(test_csrf_post_without_token_403),
		T(test_csrf_post_without_body_403),
		T(test_csrf_wrong_token_in_form_403),
		T(test_csrf_prefix_of_token_403),
		T(test_csrf_right_token_in_form_passes),
		T(test_csrf_right_token_in_header_passes),
		T(test_csrf_header_name_ignores_case),
		T(test_csrf_wrong_token_in_header_403),
		T(test_csrf_session_without_token_403),
		T(test_csrf_delete_checked),
		T(test_csrf_form_ignored_without_content_type),
		T(test_csrf_get_not_checked),
		T(test_csrf_no_csrf_flag_skips_check),
		T(test_bad_form_body_400),
		T(test_cookies_parsed_from_header),
		T(test_bad_cookie_header_ignored),
		T(test_check_good_table),
		T(test_check_duplicate),
		T(test_check_bad_method),
		T(test_check_missing_name_or_handler),
		T(test_check_bad_pattern),
		T(test_check_star_not_at_end),
		T(test_check_role_must_be_declared),
	};
#undef T
	return cmocka_run_group_tests_name("test_router", tests, NULL, NULL);
}
