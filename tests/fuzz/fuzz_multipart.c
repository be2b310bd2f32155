/*
 * fuzz_multipart.c - libFuzzer target for multipart/form-data bodies:
 * parse_multipart() on raw body bytes (not NUL-terminated, as
 * http_dispatch() passes r->body_in). The first line of the input is the
 * Content-Type header (so the boundary parameter is fuzzed too), the rest
 * is the body. The params already hold one field, since the parser
 * appends.
 *
 * Invariants: the result is one of the parse errors; the earlier field is
 * untouched; on success every new field has a name of 1 to PARSE_MAX_NAME
 * bytes, valid UTF-8 without NUL, value_len == strlen(value); every file
 * has a name, a filename without '/' or '\\' of at most
 * MULTIPART_MAX_FILENAME bytes, a NUL after its data, and its data lies
 * within the body's size; at most MULTIPART_MAX_PARTS parts in all.
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/utf8.h"
#include "http/multipart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t ctlen = nl ? (size_t)(nl - data) : size;
	char *ct = fuzz_cstr(data, ctlen);
	const uint8_t *body = nl ? nl + 1 : data + size;
	size_t blen = nl ? size - ctlen - 1 : 0;
	/* A copy of exactly blen bytes, so that over-reads are caught. */
	char *copy = malloc(blen ? blen : 1);
	FUZZ_CHECK(copy != NULL);
	if (blen)
		memcpy(copy, body, blen);
	arena *a = arena_new(0);
	params p;
	params_init(&p);
	params_add(a, &p, "csrf", "token", 5);
	uploads u;
	uploads_init(&u);
	enum parse_err e = parse_multipart(a, ct, copy, blen, &p, &u);
	FUZZ_CHECK(e >= PARSE_OK && e <= PARSE_BAD_SYNTAX);
	FUZZ_CHECK(multipart_strerror(e) != NULL);
	FUZZ_CHECK(p.n >= 1);
	FUZZ_CHECK(strcmp(p.items[0].name, "csrf") == 0);
	FUZZ_CHECK(strcmp(p.items[0].value, "token") == 0);
	if (e == PARSE_OK) {
		FUZZ_CHECK(multipart_is(ct));
		FUZZ_CHECK(p.n - 1 + u.n <= MULTIPART_MAX_PARTS);
		size_t total = 0;
		for (size_t i = 1; i < p.n; i++) {
			const param *f = &p.items[i];
			size_t nl2 = strlen(f->name);
			FUZZ_CHECK(nl2 >= 1 && nl2 <= PARSE_MAX_NAME);
			FUZZ_CHECK(utf8_valid(f->name, nl2));
			FUZZ_CHECK(!fuzz_has_nul(f->value, f->value_len));
			FUZZ_CHECK(f->value_len == strlen(f->value));
			FUZZ_CHECK(utf8_valid(f->value, f->value_len));
			total += f->value_len;
		}
		for (size_t i = 0; i < u.n; i++) {
			const struct upload *f = &u.items[i];
			size_t nl2 = strlen(f->name);
			FUZZ_CHECK(nl2 >= 1 && nl2 <= PARSE_MAX_NAME);
			size_t fl = strlen(f->filename);
			FUZZ_CHECK(fl <= MULTIPART_MAX_FILENAME);
			FUZZ_CHECK(!strchr(f->filename, '/'));
			FUZZ_CHECK(!strchr(f->filename, '\\'));
			FUZZ_CHECK(utf8_valid(f->filename, fl));
			FUZZ_CHECK(f->data[f->len] == '\0');
			FUZZ_CHECK(uploads_get(&u, f->name) != NULL);
			total += f->len;
		}
		FUZZ_CHECK(total <= blen);
	}
	arena_free(a);
	free(copy);
	free(ct);
	return 0;
}
