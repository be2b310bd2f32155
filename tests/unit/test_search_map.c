/*
 * test_search_map.c - unit tests of the tile-server check of the search
 * map (src/web/search_map.c, search_map_tile_origin): the origin that the
 * Content-Security-Policy of /angebote allows is exactly the scheme and
 * host of an http(s) tile URL template, a "{s}." subdomain becomes "*.",
 * and anything that could widen the policy or break out of an attribute
 * keeps the map off.
 */
#include "testutil.h"

#include "web/search_map.h"

/* The origin of t, or NULL when refused. */
static const char *origin(const char *t)
{
	static char out[256];
	return search_map_tile_origin(t, out, sizeof out) ? out : NULL;
}

static void test_valid_templates(void **state)
{
	(void)state;
	assert_string_equal(
		origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
		"https://tile.openstreetmap.org");
	assert_string_equal(
		origin("https://{s}.tile.openstreetmap.de/{z}/{x}/{y}.png"),
		"https://*.tile.openstreetmap.de");
	assert_string_equal(
		origin("http://127.0.0.1:8080/static/favicon.svg?{z}{x}{y}"),
		"http://127.0.0.1:8080");
	assert_string_equal(
		origin("https://karten.kreis.example/wmts/{z}/{y}/{x}"),
		"https://karten.kreis.example");
	assert_string_equal(
		origin("https://tiles.example.org?z={z}&x={x}&y={y}"),
		"https://tiles.example.org");
}

static void test_refused_templates(void **state)
{
	(void)state;
	const char *bad[] = {
		"",
		"tile.openstreetmap.org/{z}/{x}/{y}.png",
		"//tile.openstreetmap.org/{z}/{x}/{y}.png",
		"ftp://tile.example.org/{z}/{x}/{y}.png",
		"javascript:alert(1)//{z}{x}{y}",
		"data:image/png;base64,{z}{x}{y}",
		"https://tile.example.org/{z}/{x}.png",	   /* no {y} */
		"https://tile.example.org/static.png",	   /* no placeholders */
		"https:///{z}/{x}/{y}.png",		   /* no host */
		"https://{s}./{z}/{x}/{y}.png",		   /* empty host */
		"https://.example.org/{z}/{x}/{y}.png",	   /* leading dot */
		"https://a_b.example.org/{z}/{x}/{y}.png", /* not a host */
		"https://user@tile.example.org/{z}/{x}/{y}.png",
		"https://tile.example.org/{z}/{x}/{y}.png; script-src *",
		"https://tile.example.org/{z}/{x}/{y}.png,https://evil.example",
		"https://tile.example.org {z}/{x}/{y}",
		"https://tile.example.org/{z}/{x}/{y}\".png",
		"https://tile.example.org/{z}/{x}/{y}'.png",
		"https://tile.example.org/{z}/{x}/{y}<.png",
		"https://tile.example.org/{z}/{x}/{y}\n.png",
		"https://*.example.org/{z}/{x}/{y}.png",
		"https://{s}{s}.example.org/{z}/{x}/{y}.png",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (origin(bad[i]))
			fail_msg("accepted: %s -> %s", bad[i], origin(bad[i]));
	assert_null(origin(NULL));
}

static void test_small_buffer(void **state)
{
	(void)state;
	char out[8];
	assert_false(search_map_tile_origin(
		"https://tile.openstreetmap.org/{z}/{x}/{y}.png", out,
		sizeof out));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_templates),
		cmocka_unit_test(test_refused_templates),
		cmocka_unit_test(test_small_buffer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
