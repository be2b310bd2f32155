/*
 * fuzz_cookie.c - libFuzzer target for the Cookie header: parse_cookies()
 * on the raw bytes (not NUL-terminated).
 *
 * Invariants when parsing succeeds: at most PARSE_MAX_PARAMS cookies; every
 * name is non-empty, at most PARSE_MAX_NAME bytes and printable ASCII
 * without separators (an RFC 6265 token); every value consists of cookie
 * octets only (printable ASCII without space, '"', ',', ';' and '\') and
 * value_len == strlen(value).
 */
#include "fuzz.h"

#include "base/arena.h"
#include "http/parse.h"

static int printable(unsigned char c)
{
	return c >= 0x21 && c <= 0x7E;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena *a = arena_new(0);
	params p;
	params_init(&p);
	if (parse_cookies(a, (const char *)data, size, &p) == PARSE_OK) {
		FUZZ_CHECK(p.n <= PARSE_MAX_PARAMS);
		for (size_t i = 0; i < p.n; i++) {
			const param *c = &p.items[i];
			size_t nl = strlen(c->name);
			FUZZ_CHECK(nl > 0 && nl <= PARSE_MAX_NAME);
			for (size_t k = 0; k < nl; k++) {
				unsigned char ch = (unsigned char)c->name[k];
				FUZZ_CHECK(printable(ch));
				FUZZ_CHECK(!strchr("()<>@,;:\\\"/[]?={}", ch));
			}
			FUZZ_CHECK(c->value_len == strlen(c->value));
			for (size_t k = 0; k < c->value_len; k++) {
				unsigned char ch = (unsigned char)c->value[k];
				FUZZ_CHECK(printable(ch));
				FUZZ_CHECK(!strchr("\",;\\", ch));
			}
		}
	}
	arena_free(a);
	return 0;
}
