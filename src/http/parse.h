/*
 * parse.h - parsers for everything a client sends us: query strings, form
 * bodies (application/x-www-form-urlencoded), Cookie headers and URL paths.
 *
 * They are strict: a bad percent escape, invalid UTF-8, a NUL byte or too
 * many fields is an error, never silently repaired, so that handlers only
 * ever see well-formed text. Duplicate keys are all kept, in order;
 * params_get() returns the first. All memory comes from the given arena.
 * These functions are fuzzed (tests/fuzz/).
 */
#ifndef LOTSE_PARSE_H
#define LOTSE_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"

typedef struct param {
	const char *name;
	const char *value;
	size_t value_len;
} param;

typedef struct params {
	param *items;
	size_t n;
	size_t cap;
} params;

enum parse_err {
	PARSE_OK = 0,
	PARSE_BAD_ESCAPE, /* "%zz" or a truncated escape */
	PARSE_BAD_UTF8,	  /* the decoded text is not UTF-8 */
	PARSE_NUL,	  /* a NUL byte (raw or as %00) */
	PARSE_TOO_MANY,	  /* more fields than allowed */
	PARSE_TOO_LONG,	  /* a name or value longer than allowed */
	PARSE_BAD_SYNTAX, /* e.g. a path not starting with '/' or with ".." */
};

/* Limits that apply to every parser. */
#define PARSE_MAX_PARAMS 512
#define PARSE_MAX_NAME 128

/* German text for an error, for the 400 page. */
const char *parse_strerror(enum parse_err e);

void params_init(params *p);
void params_add(arena *a, params *p, const char *name, const char *value,
		size_t value_len);
/* First value for name, or NULL. */
const char *params_get(const params *p, const char *name);
/* Number of values for name; with out != NULL, stores up to max of them. */
size_t params_get_all(const params *p, const char *name, const char **out,
		      size_t max);

/* Percent-decodes s[0..n) (with '+' as space when plus_space) into a new
 * NUL-terminated arena string. Rejects bad escapes, NUL and invalid UTF-8. */
enum parse_err url_decode(arena *a, const char *s, size_t n, bool plus_space,
			  char **out, size_t *out_len);

/* Parses "a=1&b=2" (query string or form body) into out (appending). An
 * empty input gives no fields; "a" alone is the key a with an empty value. */
enum parse_err parse_urlencoded(arena *a, const char *s, size_t n, params *out);

/* Parses a Cookie header ("a=1; b=2"). Values are taken literally (cookies
 * are not percent-encoded by browsers), but must be printable ASCII per
 * RFC 6265; surrounding double quotes are removed. Pairs that break these
 * rules are skipped (they are usually other applications' cookies); only
 * too many pairs is an error. */
enum parse_err parse_cookies(arena *a, const char *s, size_t n, params *out);

/* Splits an absolute path ("/a/b%20c/") into decoded segments. The trailing
 * slash is ignored, empty segments ("//") are kept out, "." and ".." are
 * refused, and an encoded slash stays inside its segment. */
enum parse_err parse_path(arena *a, const char *s, size_t n, char ***segs,
			  size_t *nseg);

#endif
