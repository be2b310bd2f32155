/*
 * fuzz_url.c - libFuzzer target for the URL helpers of the HTML writer,
 * which take outside text: url_component() and url_safe().
 *
 * url_component(): the output has only unreserved characters and "%XX"
 * with upper-case hex, and url_decode() of it gives the input back (or
 * PARSE_BAD_UTF8 exactly when the input is not valid UTF-8).
 *
 * url_safe(): returns the input itself or "#". When it returns the input,
 * that has no space, control character or backslash, does not start with
 * "//", and if a browser would read a scheme in it (RFC 3986: a letter, then
 * letters, digits, '+', '-', '.', up to a ':'), the scheme is http, https,
 * mailto or tel.
 */
#include "fuzz.h"

#include <strings.h>

#include "base/arena.h"
#include "base/utf8.h"
#include "http/parse.h"
#include "view/html.h"

static int unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
	       c == '~';
}

static int upper_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

static int alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Length of the scheme a browser would see in s (without ':'), or 0. */
static size_t browser_scheme(const char *s)
{
	if (!alpha((unsigned char)s[0]))
		return 0;
	size_t i = 1;
	while (alpha((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9') ||
	       s[i] == '+' || s[i] == '-' || s[i] == '.')
		i++;
	return s[i] == ':' ? i : 0;
}

static void check_component(arena *a, const char *s, size_t n)
{
	const char *c = url_component(a, s);
	size_t cl = strlen(c);
	for (size_t i = 0; i < cl; i++) {
		unsigned char ch = (unsigned char)c[i];
		if (ch == '%') {
			FUZZ_CHECK(i + 2 < cl);
			FUZZ_CHECK(upper_hex((unsigned char)c[i + 1]));
			FUZZ_CHECK(upper_hex((unsigned char)c[i + 2]));
			i += 2;
		} else {
			FUZZ_CHECK(unreserved(ch));
		}
	}
	char *dec = NULL;
	size_t dl = 0;
	enum parse_err e = url_decode(a, c, cl, false, &dec, &dl);
	if (utf8_valid(s, n)) {
		FUZZ_CHECK(e == PARSE_OK);
		FUZZ_CHECK(dl == n && memcmp(dec, s, n) == 0);
	} else {
		FUZZ_CHECK(e == PARSE_BAD_UTF8);
	}
}

static void check_safe(const char *s)
{
	const char *r = url_safe(s);
	FUZZ_CHECK(r == s || strcmp(r, "#") == 0);
	if (r != s)
		return;
	for (const char *p = s; *p; p++)
		FUZZ_CHECK((unsigned char)*p >= 0x21 && *p != '\\');
	FUZZ_CHECK(!(s[0] == '/' && s[1] == '/'));
	size_t sl = browser_scheme(s);
	if (sl) {
		int ok = (sl == 4 && strncasecmp(s, "http", 4) == 0) ||
			 (sl == 5 && strncasecmp(s, "https", 5) == 0) ||
			 (sl == 6 && strncasecmp(s, "mailto", 6) == 0) ||
			 (sl == 3 && strncasecmp(s, "tel", 3) == 0);
		FUZZ_CHECK(ok);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size);
	arena *a = arena_new(0);
	check_component(a, s, strlen(s));
	check_safe(s);
	arena_free(a);
	free(s);
	return 0;
}
