/*
 * test_parse.c - unit tests of the request parsers (src/http/parse.c):
 * query strings and form bodies, Cookie headers and URL paths. Good input
 * gives the expected fields; every kind of bad input gives its error.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "http/parse.h"

/* Each test gets a fresh arena as its state. */
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

/* Parses a NUL-terminated query string into p. */
static enum parse_err query(arena *a, const char *s, params *p)
{
	params_init(p);
	return parse_urlencoded(a, s, strlen(s), p);
}

static enum parse_err cookies(arena *a, const char *s, params *p)
{
	params_init(p);
	return parse_cookies(a, s, strlen(s), p);
}

static enum parse_err path(arena *a, const char *s, char ***segs, size_t *nseg)
{
	*segs = NULL;
	*nseg = 0;
	return parse_path(a, s, strlen(s), segs, nseg);
}

/* --- query strings and form bodies --- */

static void test_query_two_fields(void **state)
{
	params p;
	assert_int_equal(query(*state, "a=1&b=2", &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(p.items[0].name, "a");
	assert_string_equal(p.items[0].value, "1");
	assert_string_equal(p.items[1].name, "b");
	assert_string_equal(p.items[1].value, "2");
	assert_string_equal(params_get(&p, "b"), "2");
	assert_null(params_get(&p, "c"));
}

static void test_query_plus_is_space(void **state)
{
	params p;
	assert_int_equal(query(*state, "q=Kita+am+See&x+y=1", &p), PARSE_OK);
	assert_string_equal(params_get(&p, "q"), "Kita am See");
	assert_string_equal(params_get(&p, "x y"), "1");
}

static void test_query_percent_decoding(void **state)
{
	params p;
	assert_int_equal(
		query(*state, "q=a%20b%2Bc%26d%3De&n=%C3%A4%c3%b6", &p),
		PARSE_OK);
	assert_string_equal(params_get(&p, "q"), "a b+c&d=e");
	assert_string_equal(params_get(&p, "n"), "äö");
	assert_int_equal(p.items[1].value_len, 4);
}

static void test_query_empty_input(void **state)
{
	params p;
	assert_int_equal(query(*state, "", &p), PARSE_OK);
	assert_int_equal(p.n, 0);
}

static void test_query_key_without_value(void **state)
{
	params p;
	assert_int_equal(query(*state, "a", &p), PARSE_OK);
	assert_int_equal(p.n, 1);
	assert_string_equal(params_get(&p, "a"), "");
	assert_int_equal(p.items[0].value_len, 0);
	assert_int_equal(query(*state, "a=&b", &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(params_get(&p, "a"), "");
	assert_string_equal(params_get(&p, "b"), "");
}

static void test_query_empty_fields_skipped(void **state)
{
	params p;
	assert_int_equal(query(*state, "&&", &p), PARSE_OK);
	assert_int_equal(p.n, 0);
	assert_int_equal(query(*state, "&a=1&&b=2&", &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(params_get(&p, "a"), "1");
	assert_string_equal(params_get(&p, "b"), "2");
}

static void test_query_value_with_equals(void **state)
{
	params p;
	assert_int_equal(query(*state, "a=b=c", &p), PARSE_OK);
	assert_string_equal(params_get(&p, "a"), "b=c");
}

static void test_query_duplicate_keys(void **state)
{
	params p;
	assert_int_equal(query(*state, "tag=a&x=0&tag=b&tag=c", &p), PARSE_OK);
	assert_int_equal(p.n, 4);
	assert_string_equal(params_get(&p, "tag"), "a");
	const char *all[8];
	assert_int_equal(params_get_all(&p, "tag", all, 8), 3);
	assert_string_equal(all[0], "a");
	assert_string_equal(all[1], "b");
	assert_string_equal(all[2], "c");
	/* Counting alone, and a smaller output array. */
	assert_int_equal(params_get_all(&p, "tag", NULL, 0), 3);
	const char *two[2] = {NULL, NULL};
	assert_int_equal(params_get_all(&p, "tag", two, 2), 3);
	assert_string_equal(two[0], "a");
	assert_string_equal(two[1], "b");
	assert_int_equal(params_get_all(&p, "nope", all, 8), 0);
}

static void test_query_appends_to_existing(void **state)
{
	params p;
	assert_int_equal(query(*state, "a=1", &p), PARSE_OK);
	assert_int_equal(parse_urlencoded(*state, "b=2", 3, &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(params_get(&p, "b"), "2");
}

static void test_query_bad_escape(void **state)
{
	params p;
	assert_int_equal(query(*state, "a=%zz", &p), PARSE_BAD_ESCAPE);
	assert_int_equal(query(*state, "a=%2", &p), PARSE_BAD_ESCAPE);
	assert_int_equal(query(*state, "a=%", &p), PARSE_BAD_ESCAPE);
	assert_int_equal(query(*state, "a=%g0", &p), PARSE_BAD_ESCAPE);
	assert_int_equal(query(*state, "%zz=1", &p), PARSE_BAD_ESCAPE);
	/* A truncated escape is not completed by the next field. */
	assert_int_equal(query(*state, "a=%2&b=1", &p), PARSE_BAD_ESCAPE);
}

static void test_query_nul(void **state)
{
	params p;
	assert_int_equal(query(*state, "a=%00", &p), PARSE_NUL);
	assert_int_equal(query(*state, "a%00b=1", &p), PARSE_NUL);
	/* A raw NUL byte inside the given length. */
	params_init(&p);
	assert_int_equal(parse_urlencoded(*state, "a=x\0y", 5, &p), PARSE_NUL);
}

static void test_query_bad_utf8(void **state)
{
	params p;
	assert_int_equal(query(*state, "a=%C3%28", &p), PARSE_BAD_UTF8);
	assert_int_equal(query(*state, "a=%FF", &p), PARSE_BAD_UTF8);
	assert_int_equal(query(*state, "a=%C0%80", &p), PARSE_BAD_UTF8);
	assert_int_equal(query(*state, "a=%ED%A0%80", &p), PARSE_BAD_UTF8);
	assert_int_equal(query(*state, "%C3=1", &p), PARSE_BAD_UTF8);
	assert_int_equal(query(*state, "a=\xFF", &p), PARSE_BAD_UTF8);
}

/* A query string with n fields "f0=1&f1=1&...". */
static char *many_fields(size_t n)
{
	char *s = malloc(n * 16 + 1);
	size_t off = 0;
	for (size_t i = 0; i < n; i++)
		off += (size_t)snprintf(s + off, 16, "%sf%zu=1", i ? "&" : "",
					i);
	s[off] = '\0';
	return s;
}

static void test_query_max_params_ok(void **state)
{
	params p;
	char *s = many_fields(PARSE_MAX_PARAMS);
	assert_int_equal(query(*state, s, &p), PARSE_OK);
	assert_int_equal(p.n, PARSE_MAX_PARAMS);
	free(s);
}

static void test_query_too_many(void **state)
{
	params p;
	char *s = many_fields(PARSE_MAX_PARAMS + 1);
	assert_int_equal(query(*state, s, &p), PARSE_TOO_MANY);
	free(s);
}

static void test_query_key_too_long(void **state)
{
	params p;
	char key[PARSE_MAX_NAME + 8];
	/* Exactly the maximum is fine. */
	memset(key, 'k', PARSE_MAX_NAME);
	memcpy(key + PARSE_MAX_NAME, "=1", 3);
	assert_int_equal(query(*state, key, &p), PARSE_OK);
	/* One more is refused. */
	memset(key, 'k', PARSE_MAX_NAME + 1);
	memcpy(key + PARSE_MAX_NAME + 1, "=1", 3);
	assert_int_equal(query(*state, key, &p), PARSE_TOO_LONG);
}

static void test_query_encoded_key_too_long(void **state)
{
	params p;
	/* 129 encoded characters, each three bytes in the query. */
	char key[(PARSE_MAX_NAME + 1) * 3 + 3];
	size_t off = 0;
	for (int i = 0; i < PARSE_MAX_NAME + 1; i++) {
		memcpy(key + off, "%41", 3);
		off += 3;
	}
	memcpy(key + off, "=1", 3);
	assert_int_equal(query(*state, key, &p), PARSE_TOO_LONG);
}

static void test_query_huge_value(void **state)
{
	params p;
	size_t n = (size_t)1 << 20;
	char *s = malloc(n + 3);
	memcpy(s, "v=", 2);
	memset(s + 2, 'x', n);
	s[n + 2] = '\0';
	assert_int_equal(query(*state, s, &p), PARSE_OK);
	assert_int_equal(p.n, 1);
	assert_int_equal(p.items[0].value_len, n);
	assert_int_equal(strlen(params_get(&p, "v")), n);
	free(s);
}

static void test_url_decode_direct(void **state)
{
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(url_decode(*state, "a+b%21", 6, false, &out, &len),
			 PARSE_OK);
	assert_string_equal(out, "a+b!");
	assert_int_equal(len, 4);
	assert_int_equal(url_decode(*state, "a+b", 3, true, &out, &len),
			 PARSE_OK);
	assert_string_equal(out, "a b");
}

/* --- cookies --- */

static void test_cookie_two(void **state)
{
	params p;
	assert_int_equal(cookies(*state, "a=1; b=2", &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(params_get(&p, "a"), "1");
	assert_string_equal(params_get(&p, "b"), "2");
}

static void test_cookie_quoted_value(void **state)
{
	params p;
	assert_int_equal(cookies(*state, "sid=\"abc123\"; e=\"\"", &p),
			 PARSE_OK);
	assert_string_equal(params_get(&p, "sid"), "abc123");
	assert_string_equal(params_get(&p, "e"), "");
}

static void test_cookie_spaces(void **state)
{
	params p;
	assert_int_equal(cookies(*state, "  a=1 ;b=2;   c=3  ", &p), PARSE_OK);
	assert_int_equal(p.n, 3);
	assert_string_equal(params_get(&p, "a"), "1");
	assert_string_equal(params_get(&p, "b"), "2");
	assert_string_equal(params_get(&p, "c"), "3");
}

static void test_cookie_values_taken_literally(void **state)
{
	params p;
	/* Cookies are not percent-decoded; '=' may appear in a value. */
	assert_int_equal(cookies(*state, "t=a%20b==", &p), PARSE_OK);
	assert_string_equal(params_get(&p, "t"), "a%20b==");
	assert_int_equal(cookies(*state, "empty=", &p), PARSE_OK);
	assert_string_equal(params_get(&p, "empty"), "");
}

/* A pair that breaks RFC 6265 is skipped; its neighbours survive. */
static void expect_skipped(arena *a, const char *bad)
{
	char header[128];
	snprintf(header, sizeof header, "ok1=1; %s; ok2=2", bad);
	params p;
	assert_int_equal(cookies(a, header, &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(params_get(&p, "ok1"), "1");
	assert_string_equal(params_get(&p, "ok2"), "2");
}

static void test_cookie_invalid_pairs_skipped(void **state)
{
	const char *bad[] = {"a=1,2",
			     "a=x y",
			     "a=\"x",
			     "a=x\\y",
			     "a=ä",
			     "a=\x7F",
			     "a=\x01",
			     "a b=1",
			     "a,b=1",
			     "ä=1",
			     "a",
			     "=1",
			     "consent={\"a\":1}"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		expect_skipped(*state, bad[i]);
}

static void test_cookie_nul_skipped(void **state)
{
	params p;
	params_init(&p);
	assert_int_equal(parse_cookies(*state, "a=x\0y; b=2", 10, &p),
			 PARSE_OK);
	assert_null(params_get(&p, "a"));
	assert_string_equal(params_get(&p, "b"), "2");
}

static void test_cookie_empty_header(void **state)
{
	params p;
	assert_int_equal(cookies(*state, "", &p), PARSE_OK);
	assert_int_equal(p.n, 0);
	assert_int_equal(cookies(*state, " ; ;", &p), PARSE_OK);
	assert_int_equal(p.n, 0);
}

static void test_cookie_name_too_long(void **state)
{
	params p;
	char s[PARSE_MAX_NAME + 8];
	memset(s, 'n', PARSE_MAX_NAME + 1);
	memcpy(s + PARSE_MAX_NAME + 1, "=1", 3);
	/* skipped like any other malformed pair */
	assert_int_equal(cookies(*state, s, &p), PARSE_OK);
	assert_int_equal(p.n, 0);
}

/* --- paths --- */

static void test_path_root(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/", &segs, &n), PARSE_OK);
	assert_int_equal(n, 0);
}

static void test_path_segments(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/a/b", &segs, &n), PARSE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(segs[0], "a");
	assert_string_equal(segs[1], "b");
}

static void test_path_empty_segments_and_trailing_slash(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/a//b/", &segs, &n), PARSE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(segs[0], "a");
	assert_string_equal(segs[1], "b");
}

static void test_path_percent_decoded(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/a%20b/gr%C3%BC%C3%9Fe", &segs, &n),
			 PARSE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(segs[0], "a b");
	assert_string_equal(segs[1], "grüße");
}

static void test_path_plus_stays_plus(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/a+b", &segs, &n), PARSE_OK);
	assert_string_equal(segs[0], "a+b");
}

static void test_path_encoded_slash_stays_in_segment(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/static/a%2Fb", &segs, &n), PARSE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(segs[1], "a/b");
}

static void test_path_dot_segments_refused(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/../etc", &segs, &n), PARSE_BAD_SYNTAX);
	assert_int_equal(path(*state, "/a/./b", &segs, &n), PARSE_BAD_SYNTAX);
	assert_int_equal(path(*state, "/a/..", &segs, &n), PARSE_BAD_SYNTAX);
	assert_int_equal(path(*state, "/a/../", &segs, &n), PARSE_BAD_SYNTAX);
	/* Encoded dots are the same after decoding. */
	assert_int_equal(path(*state, "/%2e%2e/etc", &segs, &n),
			 PARSE_BAD_SYNTAX);
	assert_int_equal(path(*state, "/a/%2E/b", &segs, &n), PARSE_BAD_SYNTAX);
	/* Dots that are part of a name are fine. */
	assert_int_equal(path(*state, "/a/.well-known/x..y", &segs, &n),
			 PARSE_OK);
	assert_int_equal(n, 3);
}

static void test_path_needs_leading_slash(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "a/b", &segs, &n), PARSE_BAD_SYNTAX);
	assert_int_equal(path(*state, "", &segs, &n), PARSE_BAD_SYNTAX);
	assert_int_equal(path(*state, "http://x/", &segs, &n),
			 PARSE_BAD_SYNTAX);
}

static void test_path_bad_escapes(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/a%zz", &segs, &n), PARSE_BAD_ESCAPE);
	assert_int_equal(path(*state, "/a%2", &segs, &n), PARSE_BAD_ESCAPE);
	assert_int_equal(path(*state, "/a%", &segs, &n), PARSE_BAD_ESCAPE);
	assert_int_equal(path(*state, "/a%2/b", &segs, &n), PARSE_BAD_ESCAPE);
}

static void test_path_nul(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/a%00b", &segs, &n), PARSE_NUL);
}

static void test_path_bad_utf8(void **state)
{
	char **segs;
	size_t n;
	assert_int_equal(path(*state, "/%FF", &segs, &n), PARSE_BAD_UTF8);
	assert_int_equal(path(*state, "/\xC3(", &segs, &n), PARSE_BAD_UTF8);
}

/* A path of n segments "/s/s/...". */
static char *many_segments(size_t n)
{
	char *s = malloc(n * 2 + 1);
	for (size_t i = 0; i < n; i++)
		memcpy(s + 2 * i, "/s", 2);
	s[n * 2] = '\0';
	return s;
}

static void test_path_many_segments_ok(void **state)
{
	char **segs;
	size_t n;
	char *s = many_segments(60);
	assert_int_equal(path(*state, s, &segs, &n), PARSE_OK);
	assert_int_equal(n, 60);
	free(s);
}

static void test_path_too_many_segments(void **state)
{
	char **segs;
	size_t n;
	char *s = many_segments(65);
	assert_int_equal(path(*state, s, &segs, &n), PARSE_TOO_MANY);
	free(s);
	s = many_segments(1000);
	assert_int_equal(path(*state, s, &segs, &n), PARSE_TOO_MANY);
	free(s);
}

/* --- error texts --- */

static void test_strerror_german_for_every_code(void **state)
{
	(void)state;
	static const enum parse_err codes[] = {
		PARSE_OK,	PARSE_BAD_ESCAPE, PARSE_BAD_UTF8,  PARSE_NUL,
		PARSE_TOO_MANY, PARSE_TOO_LONG,	  PARSE_BAD_SYNTAX};
	size_t n = sizeof codes / sizeof *codes;
	for (size_t i = 0; i < n; i++) {
		const char *t = parse_strerror(codes[i]);
		assert_non_null(t);
		assert_true(strlen(t) > 5);
		/* German sentences end with a full stop. */
		assert_int_equal(t[strlen(t) - 1], '.');
		/* Each code has its own text. */
		for (size_t k = 0; k < i; k++)
			assert_string_not_equal(t, parse_strerror(codes[k]));
	}
	assert_non_null(strstr(parse_strerror(PARSE_BAD_UTF8), "UTF-8"));
	assert_non_null(strstr(parse_strerror(PARSE_TOO_MANY), "Felder"));
	/* An unknown value still gets a text. */
	assert_non_null(parse_strerror((enum parse_err)99));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup_arena, teardown_arena)
	const struct CMUnitTest tests[] = {
		T(test_query_two_fields),
		T(test_query_plus_is_space),
		T(test_query_percent_decoding),
		T(test_query_empty_input),
		T(test_query_key_without_value),
		T(test_query_empty_fields_skipped),
		T(test_query_value_with_equals),
		T(test_query_duplicate_keys),
		T(test_query_appends_to_existing),
		T(test_query_bad_escape),
		T(test_query_nul),
		T(test_query_bad_utf8),
		T(test_query_max_params_ok),
		T(test_query_too_many),
		T(test_query_key_too_long),
		T(test_query_encoded_key_too_long),
		T(test_query_huge_value),
		T(test_url_decode_direct),
		T(test_cookie_two),
		T(test_cookie_quoted_value),
		T(test_cookie_spaces),
		T(test_cookie_values_taken_literally),
		T(test_cookie_invalid_pairs_skipped),
		T(test_cookie_nul_skipped),
		T(test_cookie_empty_header),
		T(test_cookie_name_too_long),
		T(test_path_root),
		T(test_path_segments),
		T(test_path_empty_segments_and_trailing_slash),
		T(test_path_percent_decoded),
		T(test_path_plus_stays_plus),
		T(test_path_encoded_slash_stays_in_segment),
		T(test_path_dot_segments_refused),
		T(test_path_needs_leading_slash),
		T(test_path_bad_escapes),
		T(test_path_nul),
		T(test_path_bad_utf8),
		T(test_path_many_segments_ok),
		T(test_path_too_many_segments),
		T(test_strerror_german_for_every_code),
	};
#undef T
	return cmocka_run_group_tests_name("test_parse", tests, NULL, NULL);
}
