/*
 * test_roles.c - walks every route of the real route table with no session
 * and with each role, through the real dispatcher: a role below the
 * route's least role is refused (401 without a session, 403 with one), a
 * role at or above it reaches the handler; every state-changing route
 * refuses a request without the CSRF token. Handlers are replaced by a
 * stub, so the test checks the enforcement, not the pages.
 */
#include "testutil.h"

#include <stdio.h>

#include "http/http.h"
#include "web/web.h"

static int handler_calls;
static enum role session_role;
static const char *session_csrf;

static void stub(struct req *r)
{
	handler_calls++;
	resp_text(r, 200, "ok");
}

static void fake_session(struct req *r)
{
	r->role = session_role;
	r->csrf_token = session_csrf;
}

static void fake_error(struct req *r, int status, const char *message,
		       const char *field)
{
	(void)field;
	resp_text(r, status, message);
}

/* A concrete path for a pattern: {x} -> 1, * -> a/b. */
static void concrete(const char *pattern, char *out, size_t outlen)
{
	size_t j = 0;
	for (const char *p = pattern; *p && j + 4 < outlen; p++) {
		if (*p == '{') {
			while (*p && *p != '}')
				p++;
			out[j++] = '1';
		} else if (*p == '*') {
			out[j++] = 'a';
			out[j++] = '/';
			out[j++] = 'b';
		} else {
			out[j++] = *p;
		}
	}
	out[j] = '\0';
}

static struct route stubbed[512];

static int dispatch(const struct app *app, const struct route *rt,
		    enum role role, bool with_csrf)
{
	char path[256];
	concrete(rt->pattern, path, sizeof path);
	arena *a = arena_new(4096);
	struct req r;
	const char *err = NULL;
	assert_int_equal(req_init(&r, a, rt->method, path, &err), 0);
	session_role = role;
	session_csrf = role > ROLE_ANON || with_csrf ? "tok" : NULL;
	if (with_csrf)
		params_add(a, &r.headers, "X-CSRF-Token", "tok", 3);
	handler_calls = 0;
	http_dispatch(app, &r);
	int status = r.status;
	req_release(&r);
	arena_free(a);
	return status;
}

static const struct app *stub_app(void)
{
	static struct app app;
	assert_true(lotse_routes_count <= sizeof stubbed / sizeof *stubbed);
	for (size_t i = 0; i < lotse_routes_count; i++) {
		stubbed[i] = lotse_routes[i];
		stubbed[i].handler = stub;
	}
	app.routes = stubbed;
	app.nroutes = lotse_routes_count;
	app.session = fake_session;
	app.error = fake_error;
	return &app;
}

static void test_every_route_every_role(void **state)
{
	(void)state;
	const struct app *app = stub_app();
	int checked = 0;
	for (size_t i = 0; i < lotse_routes_count; i++) {
		const struct route *rt = &stubbed[i];
		for (int role = ROLE_ANON; role < ROLE_COUNT; role++) {
			int status = dispatch(app, rt, (enum role)role, true);
			int want = role >= (int)rt->role ? 200
				   : role == ROLE_ANON	 ? 401
							 : 403;
			if (status != want)
				fail_msg("%s %s as %s: got %d, want %d",
					 rt->method, rt->pattern,
					 role_code((enum role)role), status,
					 want);
			assert_int_equal(handler_calls, want == 200 ? 1 : 0);
			checked++;
		}
	}
	assert_true(checked >= 5 * 10);
}

static void test_state_changing_routes_need_csrf(void **state)
{
	(void)state;
	const struct app *app = stub_app();
	for (size_t i = 0; i < lotse_routes_count; i++) {
		const struct route *rt = &stubbed[i];
		if (strcmp(rt->method, "GET") == 0 || (rt->flags & RF_NO_CSRF))
			continue;
		/* The highest role passes the role check, so only the token
		 * decides. */
		int status = dispatch(app, rt, ROLE_ADMIN, false);
		if (status != 403 || handler_calls != 0)
			fail_msg("%s %s without CSRF token: got %d", rt->method,
				 rt->pattern, status);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_route_every_role),
		cmocka_unit_test(test_state_changing_routes_need_csrf),
	};
	return cmocka_run_group_tests_name("test_roles", tests, NULL, NULL);
}
