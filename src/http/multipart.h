/*
 * multipart.h - strict parser for multipart/form-data request bodies
 * (RFC 7578, RFC 2046 section 5.1), as browsers send a form with a file.
 *
 * The boundary comes from the Content-Type header. Every part needs a
 * "Content-Disposition: form-data; name=..." header; a part with a
 * filename parameter is a file (any bytes), the others are text fields,
 * which must be valid UTF-8 without NUL like every other parsed input and
 * land in the same params as a urlencoded form. Everything is copied into
 * the arena. Anything malformed - no or a bad boundary, a missing closing
 * delimiter, a header line too long, too many parts, a part without a name
 * - is an error and never repaired. Fuzzed by tests/fuzz/fuzz_multipart.c.
 *
 * This file knows nothing of the request: http_dispatch() calls it for a
 * multipart body and handlers read the fields with req_form() and the
 * files with uploads_get(&r->files, name).
 */
#ifndef LOTSE_MULTIPART_H
#define LOTSE_MULTIPART_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "http/parse.h"

/* Limits: parts per body, bytes of one header line, headers per part. */
#define MULTIPART_MAX_PARTS 64
#define MULTIPART_MAX_HEADER 1024
#define MULTIPART_MAX_HEADERS 8
#define MULTIPART_MAX_FILENAME 255

struct upload {
	const char *name;	  /* the form field's name */
	const char *filename;	  /* without directories; "" if none chosen */
	const char *content_type; /* as sent, or "" */
	const char *data;	  /* the bytes (a NUL follows them) */
	size_t len;
};

typedef struct uploads {
	struct upload *items;
	size_t n, cap;
} uploads;

void uploads_init(uploads *u);
/* The first file sent under the field name, or NULL. */
const struct upload *uploads_get(const uploads *u, const char *name);

/* True when the Content-Type header names multipart/form-data. */
bool multipart_is(const char *content_type);

/* Parses a multipart/form-data body of len bytes (not NUL-terminated)
 * whose Content-Type header is content_type. Text fields are appended to
 * fields, files to files. Returns PARSE_OK, or PARSE_BAD_SYNTAX (bad
 * boundary or structure), PARSE_TOO_MANY (parts or headers),
 * PARSE_TOO_LONG (a header line, name or filename), PARSE_BAD_UTF8 or
 * PARSE_NUL (in a text field or a header). On an error, fields and files
 * may hold the parts before it; callers refuse the whole request. */
enum parse_err parse_multipart(arena *a, const char *content_type,
			       const char *body, size_t len, params *fields,
			       uploads *files);

/* German text for an error of parse_multipart(), for the 400 page. */
const char *multipart_strerror(enum parse_err e);

#endif
