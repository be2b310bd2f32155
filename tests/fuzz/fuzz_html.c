/*
 * fuzz_html.c - libFuzzer target for the HTML writer: fuzz input as the %s
 * argument of html(b, "<p title=\"%s\">%s</p>", s, s), with a precision,
 * and as raw bytes (with NULs) for html_escape_n().
 *
 * Invariants: the output is the fixed literal parts with the same escaped
 * text E between them; E contains no '<', '>', '"', '\'', no NUL and no
 * control character (C0 but tab, LF and CR; DEL; C1); every '&' in E starts
 * one of the five entities we write; E is valid UTF-8; and when the input
 * is valid UTF-8 without such control characters, decoding the entities in
 * E gives back exactly the input. A precision (%.*s, %.20s) cuts at a
 * character boundary, so its output is a prefix of E.
 */
#include "fuzz.h"

#include "base/buf.h"
#include "base/utf8.h"
#include "view/html.h"

static const char *const entities[][2] = {
	{"&amp;", "&"},	  {"&lt;", "<"},  {"&gt;", ">"},
	{"&quot;", "\""}, {"&#39;", "'"},
};

/* Length of the entity at e[0..n) (which starts with '&'), or 0. */
static size_t entity_at(const char *e, size_t n, const char **plain)
{
	for (size_t k = 0; k < sizeof entities / sizeof *entities; k++) {
		size_t l = strlen(entities[k][0]);
		if (l <= n && memcmp(e, entities[k][0], l) == 0) {
			*plain = entities[k][1];
			return l;
		}
	}
	return 0;
}

/* True when s[0..n) has a NUL or a control character HTML must not carry
 * raw: C0 but tab, LF and CR, DEL, and C1 (U+0080..U+009F, which in UTF-8
 * is 0xC2 followed by 0x80..0x9F). */
static int has_control(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    c == 0x7F)
			return 1;
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9F)
			return 1;
	}
	return 0;
}

/* Checks escaped text e[0..n) against the invariants and, when the input
 * in[0..inlen) needed no replacement, that unescaping gives it back. */
static void check_escaped(const char *e, size_t n, const char *in, size_t inlen)
{
	FUZZ_CHECK(utf8_valid(e, n));
	FUZZ_CHECK(!has_control(e, n));
	buf plain;
	buf_init(&plain, 0);
	for (size_t i = 0; i < n;) {
		FUZZ_CHECK(e[i] != '<' && e[i] != '>' && e[i] != '"' &&
			   e[i] != '\'');
		if (e[i] == '&') {
			const char *p = NULL;
			size_t l = entity_at(e + i, n - i, &p);
			FUZZ_CHECK(l > 0);
			buf_puts(&plain, p);
			i += l;
		} else {
			buf_putc(&plain, e[i]);
			i++;
		}
	}
	FUZZ_CHECK(!buf_failed(&plain));
	if (utf8_valid(in, inlen) && !has_control(in, inlen))
		FUZZ_CHECK(plain.len == inlen &&
			   (inlen == 0 || memcmp(plain.data, in, inlen) == 0));
	buf_free(&plain);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char pre[] = "<p title=\"", mid[] = "\">", post[] = "</p>";
	char *s = fuzz_cstr(data, size);
	size_t n = strlen(s);

	/* The escaped text on its own. */
	buf esc;
	buf_init(&esc, 0);
	html_escape(&esc, s);
	FUZZ_CHECK(!buf_failed(&esc));
	const char *e = buf_str(&esc);
	size_t el = esc.len;
	check_escaped(e, el, s, n);

	/* In an attribute and in text: literal parts around E, nothing else. */
	buf out;
	buf_init(&out, 0);
	html(&out, "<p title=\"%s\">%s</p>", s, s);
	FUZZ_CHECK(!buf_failed(&out));
	size_t lp = strlen(pre), lm = strlen(mid), lq = strlen(post);
	const char *o = buf_str(&out);
	FUZZ_CHECK(out.len == lp + el + lm + el + lq);
	FUZZ_CHECK(memcmp(o, pre, lp) == 0);
	FUZZ_CHECK(memcmp(o + lp, e, el) == 0);
	FUZZ_CHECK(memcmp(o + lp + el, mid, lm) == 0);
	FUZZ_CHECK(memcmp(o + lp + el + lm, e, el) == 0);
	FUZZ_CHECK(memcmp(o + lp + el + lm + el, post, lq) == 0);
	buf_free(&out);

	/* With a precision: a prefix of E, all of E when it is long enough. */
	int prec = size ? data[0] % 80 : 0;
	buf cut;
	buf_init(&cut, 0);
	html(&cut, "%.*s", prec, s);
	FUZZ_CHECK(cut.len <= el && memcmp(buf_str(&cut), e, cut.len) == 0);
	if ((size_t)prec >= n)
		FUZZ_CHECK(cut.len == el);
	buf_reset(&cut);
	html(&cut, "%.20s", s);
	FUZZ_CHECK(cut.len <= el && memcmp(buf_str(&cut), e, cut.len) == 0);
	if (n <= 20)
		FUZZ_CHECK(cut.len == el);
	buf_free(&cut);
	buf_free(&esc);

	/* Raw bytes including NULs. */
	buf raw;
	buf_init(&raw, 0);
	html_escape_n(&raw, (const char *)data, size);
	FUZZ_CHECK(!buf_failed(&raw));
	check_escaped(buf_str(&raw), raw.len, (const char *)data, size);
	buf_free(&raw);

	free(s);
	return 0;
}
