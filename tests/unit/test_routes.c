/*
 * test_routes.c - walks Lotse's real route table (src/web/app.c) and
 * checks what holds by design: the table is valid, every route declares a
 * role, no route hides another, internal pages need a login, the legally
 * required pages are public, and the central paths reach the right routes.
 */
#include "testutil.h"

#include <stdio.h>

#include "http/http.h"
#include "web/web.h"

/* Routes that may change state without the CSRF token (RF_NO_CSRF).
 * Adding one is a security decision: it must be protected otherwise, as
 * the login form is (no session yet to bind a token to). */
static const char *const no_csrf_allowed[] = {NULL};

/* The route's pattern with parameter names dropped and empty segments
 * removed: two patterns with the same shape match the same paths. */
static void shape(const char *pattern, char *out, size_t outlen)
{
	size_t j = 0;
	const char *s = pattern;
	while (*s && j + 3 < outlen) {
		while (*s == '/')
			s++;
		if (!*s)
			break;
		const char *end = strchr(s, '/');
		size_t len = end ? (size_t)(end - s) : strlen(s);
		out[j++] = '/';
		if (len >= 2 && s[0] == '{' && s[len - 1] == '}') {
			out[j++] = '{';
			out[j++] = '}';
		} else {
			for (size_t k = 0; k < len && j + 1 < outlen; k++)
				out[j++] = s[k];
		}
		s += len;
	}
	if (j == 0)
		out[j++] = '/';
	out[j] = '\0';
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static const struct route *find(const char *method, const char *pattern)
{
	for (size_t i = 0; i < lotse_routes_count; i++)
		if (strcmp(lotse_routes[i].method, method) == 0 &&
		    strcmp(lotse_routes[i].pattern, pattern) == 0)
			return &lotse_routes[i];
	return NULL;
}

static void test_table_passes_router_check(void **state)
{
	(void)state;
	assert_true(lotse_routes_count > 0);
	long bad = router_check(lotse_routes, lotse_routes_count);
	if (bad >= 0)
		fail_msg("route %ld (%s %s) is refused by router_check", bad,
			 lotse_routes[bad].method, lotse_routes[bad].pattern);
}

static void test_app_uses_the_table(void **state)
{
	(void)state;
	assert_ptr_equal(lotse_app.routes, lotse_routes);
	assert_int_equal(lotse_app.nroutes, lotse_routes_count);
	assert_non_null(lotse_app.session);
	assert_non_null(lotse_app.error);
}

static void test_every_route_has_name_and_role(void **state)
{
	(void)state;
	for (size_t i = 0; i < lotse_routes_count; i++) {
		const struct route *rt = &lotse_routes[i];
		assert_non_null(rt->handler);
		assert_non_null(rt->name);
		assert_true(strlen(rt->name) > 0);
		if (rt->role < ROLE_ANON || rt->role >= ROLE_COUNT)
			fail_msg("%s %s has no valid role", rt->method,
				 rt->pattern);
	}
}

static void test_patterns_unique_per_method(void **state)
{
	(void)state;
	for (size_t i = 0; i < lotse_routes_count; i++) {
		char si[512];
		shape(lotse_routes[i].pattern, si, sizeof si);
		for (size_t j = 0; j < i; j++) {
			char sj[512];
			shape(lotse_routes[j].pattern, sj, sizeof sj);
			if (strcmp(lotse_routes[i].method,
				   lotse_routes[j].method) == 0 &&
			    strcmp(si, sj) == 0)
				fail_msg("%s %s hides %s %s",
					 lotse_routes[j].method,
					 lotse_routes[j].pattern,
					 lotse_routes[i].method,
					 lotse_routes[i].pattern);
		}
	}
}

static void test_shape_helper(void **state)
{
	(void)state;
	char s[64];
	shape("/a/{id}/b/", s, sizeof s);
	assert_string_equal(s, "/a/{}/b");
	shape("/", s, sizeof s);
	assert_string_equal(s, "/");
	shape("/static/*", s, sizeof s);
	assert_string_equal(s, "/static/*");
}

static void test_internal_pages_need_login(void **state)
{
	(void)state;
	for (size_t i = 0; i < lotse_routes_count; i++) {
		const struct route *rt = &lotse_routes[i];
		if (strcmp(rt->pattern, "/intern") != 0 &&
		    !starts_with(rt->pattern, "/intern/"))
			continue;
		if (rt->role < ROLE_PARTNER)
			fail_msg("%s %s is internal but public", rt->method,
				 rt->pattern);
	}
}

static void test_api_routes_flagged(void **state)
{
	(void)state;
	for (size_t i = 0; i < lotse_routes_count; i++) {
		const struct route *rt = &lotse_routes[i];
		bool under_api = strcmp(rt->pattern, "/api") == 0 ||
				 starts_with(rt->pattern, "/api/");
		bool flagged = (rt->flags & RF_API) != 0;
		if (under_api != flagged)
			fail_msg("%s %s: RF_API must be set exactly for /api/",
				 rt->method, rt->pattern);
	}
}

static void test_no_csrf_only_where_allowed(void **state)
{
	(void)state;
	for (size_t i = 0; i < lotse_routes_count; i++) {
		const struct route *rt = &lotse_routes[i];
		if (!(rt->flags & RF_NO_CSRF))
			continue;
		if (strcmp(rt->method, "GET") == 0)
			fail_msg("%s %s: RF_NO_CSRF on a GET route means "
				 "nothing",
				 rt->method, rt->pattern);
		bool listed = false;
		for (size_t k = 0; no_csrf_allowed[k]; k++)
			if (strcmp(no_csrf_allowed[k], rt->name) == 0)
				listed = true;
		if (!listed)
			fail_msg("%s %s skips the CSRF check; add %s to "
				 "no_csrf_allowed only if it is protected "
				 "otherwise",
				 rt->method, rt->pattern, rt->name);
	}
}

static void test_required_pages_are_public(void **state)
{
	(void)state;
	/* The health check is polled by monitoring without a login; the
	 * Impressum, privacy and accessibility statements are required by
	 * law to be reachable by everyone; the styles are needed by the
	 * login page itself. */
	static const char *public_paths[] = {
		"/",
		"/healthz",
		"/impressum",
		"/datenschutz",
		"/barrierefreiheit",
		"/static/*",
	};
	for (size_t i = 0; i < sizeof public_paths / sizeof *public_paths;
	     i++) {
		const struct route *rt = find("GET", public_paths[i]);
		if (!rt)
			fail_msg("GET %s is missing", public_paths[i]);
		assert_int_equal(rt->role, ROLE_ANON);
	}
}

/* Per test: an arena for the request. */
static int setup_arena(void **state)
{
	*state = arena_new(0);
	return 0;
}

static int teardown_arena(void **state)
{
	arena_free(*state);
	return 0;
}

/* Matches method and uri against the real table; returns the status
 * (0, 404, 405) and the route name (or NULL) in *name. */
static int match(arena *a, const char *method, const char *uri,
		 const char **name, char *allow, size_t allowlen)
{
	struct req r;
	const char *err = NULL;
	assert_int_equal(req_init(&r, a, method, uri, &err), 0);
	int rc = router_match(&lotse_app, &r, allow, allowlen);
	*name = r.route ? r.route->name : NULL;
	req_release(&r);
	return rc;
}

static void test_healthz_matches(void **state)
{
	const char *name;
	assert_int_equal(match(*state, "GET", "/healthz", &name, NULL, 0), 0);
	assert_string_equal(name, "page_healthz");
	assert_int_equal(match(*state, "HEAD", "/healthz", &name, NULL, 0), 0);
	assert_string_equal(name, "page_healthz");
}

static void test_home_matches(void **state)
{
	const char *name;
	assert_int_equal(match(*state, "GET", "/", &name, NULL, 0), 0);
	assert_string_equal(name, "page_home");
	assert_int_equal(match(*state, "GET", "/?seite=2", &name, NULL, 0), 0);
	assert_string_equal(name, "page_home");
}

static void test_stylesheet_matches(void **state)
{
	struct req r;
	const char *err = NULL;
	assert_int_equal(
		req_init(&r, *state, "GET", "/static/lotse.css?v=1", &err), 0);
	assert_int_equal(router_match(&lotse_app, &r, NULL, 0), 0);
	assert_string_equal(r.route->name, "page_static");
	assert_string_equal(req_path_param(&r, "*"), "lotse.css");
	req_release(&r);
}

static void test_unknown_path_404(void **state)
{
	const char *name;
	assert_int_equal(match(*state, "GET", "/nope", &name, NULL, 0), 404);
	assert_null(name);
	assert_int_equal(match(*state, "GET", "/healthz/x", &name, NULL, 0),
			 404);
}

static void test_post_home_405(void **state)
{
	const char *name;
	char allow[128];
	assert_int_equal(match(*state, "POST", "/", &name, allow, sizeof allow),
			 405);
	assert_null(name);
	assert_non_null(strstr(allow, "GET"));
	assert_null(strstr(allow, "POST"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup_arena, teardown_arena)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_passes_router_check),
		cmocka_unit_test(test_app_uses_the_table),
		cmocka_unit_test(test_every_route_has_name_and_role),
		cmocka_unit_test(test_patterns_unique_per_method),
		cmocka_unit_test(test_shape_helper),
		cmocka_unit_test(test_internal_pages_need_login),
		cmocka_unit_test(test_api_routes_flagged),
		cmocka_unit_test(test_no_csrf_only_where_allowed),
		cmocka_unit_test(test_required_pages_are_public),
		T(test_healthz_matches),
		T(test_home_matches),
		T(test_stylesheet_matches),
		T(test_unknown_path_404),
		T(test_post_home_405),
	};
#undef T
	return cmocka_run_group_tests_name("test_routes", tests, NULL, NULL);
}
