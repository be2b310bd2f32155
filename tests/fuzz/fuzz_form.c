/*
 * fuzz_form.c - libFuzzer target for form bodies
 * (application/x-www-form-urlencoded): parse_urlencoded() on the raw body
 * bytes, not NUL-terminated, as http_dispatch() passes r->body_in. The
 * params already hold one field, since the parser appends.
 *
 * Invariants when parsing succeeds: the earlier field is untouched; every
 * name and value is valid UTF-8 (utf8_valid), has no NUL within value_len,
 * and value_len == strlen(value); names are at most PARSE_MAX_NAME bytes;
 * at most PARSE_MAX_PARAMS fields were added.
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/utf8.h"
#include "http/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena *a = arena_new(0);
	params p;
	params_init(&p);
	params_add(a, &p, "csrf", "token", 5);
	enum parse_err e = parse_urlencoded(a, (const char *)data, size, &p);
	FUZZ_CHECK(e >= PARSE_OK && e <= PARSE_BAD_SYNTAX);
	FUZZ_CHECK(p.n >= 1);
	FUZZ_CHECK(strcmp(p.items[0].name, "csrf") == 0);
	FUZZ_CHECK(strcmp(p.items[0].value, "token") == 0);
	if (e == PARSE_OK) {
		FUZZ_CHECK(p.n - 1 <= PARSE_MAX_PARAMS);
		for (size_t i = 0; i < p.n; i++) {
			const param *f = &p.items[i];
			FUZZ_CHECK(f->name != NULL && f->value != NULL);
			size_t nl = strlen(f->name);
			FUZZ_CHECK(nl <= PARSE_MAX_NAME);
			FUZZ_CHECK(utf8_valid(f->name, nl));
			FUZZ_CHECK(!fuzz_has_nul(f->value, f->value_len));
			FUZZ_CHECK(f->value_len == strlen(f->value));
			FUZZ_CHECK(utf8_valid(f->value, f->value_len));
		}
	}
	arena_free(a);
	return 0;
}
