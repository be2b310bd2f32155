/*
 * fuzz_query.c - libFuzzer target for query strings: parse_urlencoded() on
 * the text after '?', handed over as a C string the way req_init() does.
 *
 * Invariants when parsing succeeds: at most PARSE_MAX_PARAMS fields; names
 * at most PARSE_MAX_NAME bytes; names and values valid UTF-8 without NUL and
 * value_len == strlen(value); params_get() returns the first value of each
 * name; and encoding every field again with url_component() and parsing
 * that gives exactly the same fields (the parser and our URL writer agree).
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "http/parse.h"
#include "view/html.h"

static void check_fields(const params *p)
{
	FUZZ_CHECK(p->n <= PARSE_MAX_PARAMS);
	for (size_t i = 0; i < p->n; i++) {
		const param *f = &p->items[i];
		FUZZ_CHECK(f->name != NULL && f->value != NULL);
		size_t nl = strlen(f->name);
		FUZZ_CHECK(nl <= PARSE_MAX_NAME);
		FUZZ_CHECK(utf8_valid(f->name, nl));
		FUZZ_CHECK(strlen(f->value) == f->value_len);
		FUZZ_CHECK(utf8_valid(f->value, f->value_len));
		/* params_get() must find the first field of this name. */
		size_t first = 0;
		while (strcmp(p->items[first].name, f->name) != 0)
			first++;
		FUZZ_CHECK(params_get(p, f->name) == p->items[first].value);
		FUZZ_CHECK(params_get_all(p, f->name, NULL, 0) >= 1);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size);
	arena *a = arena_new(0);
	params p;
	params_init(&p);
	if (parse_urlencoded(a, s, strlen(s), &p) == PARSE_OK) {
		check_fields(&p);
		/* Round trip through url_component(). */
		buf re;
		buf_init(&re, 0);
		for (size_t i = 0; i < p.n; i++) {
			if (i)
				buf_putc(&re, '&');
			buf_puts(&re, url_component(a, p.items[i].name));
			buf_putc(&re, '=');
			buf_puts(&re, url_component(a, p.items[i].value));
		}
		FUZZ_CHECK(!buf_failed(&re));
		params q;
		params_init(&q);
		FUZZ_CHECK(parse_urlencoded(a, buf_str(&re), re.len, &q) ==
			   PARSE_OK);
		FUZZ_CHECK(q.n == p.n);
		for (size_t i = 0; i < p.n; i++) {
			FUZZ_CHECK(strcmp(q.items[i].name, p.items[i].name) ==
				   0);
			FUZZ_CHECK(q.items[i].value_len ==
				   p.items[i].value_len);
			FUZZ_CHECK(memcmp(q.items[i].value, p.items[i].value,
					  p.items[i].value_len) == 0);
		}
		buf_free(&re);
	}
	arena_free(a);
	free(s);
	return 0;
}
