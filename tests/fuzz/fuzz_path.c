/*
 * fuzz_path.c - libFuzzer target for URL paths: parse_path() on the raw
 * bytes (not NUL-terminated).
 *
 * Invariants when parsing succeeds: the input starts with '/'; at most 64
 * segments; no segment is empty, "." or ".."; every segment is valid UTF-8
 * without NUL and equals url_decode() of the matching non-empty piece of
 * the input between slashes, in order; and writing the segments again with
 * url_component() and parsing that gives the same segments.
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "http/parse.h"
#include "view/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	arena *a = arena_new(0);
	char **segs = NULL;
	size_t nseg = 0;
	if (parse_path(a, s, size, &segs, &nseg) != PARSE_OK)
		goto done;
	FUZZ_CHECK(size >= 1 && s[0] == '/');
	FUZZ_CHECK(nseg <= 64);
	/* Walk the raw pieces between slashes alongside the segments. */
	size_t k = 0, i = 1;
	while (i <= size) {
		size_t start = i;
		while (i < size && s[i] != '/')
			i++;
		if (i > start) {
			FUZZ_CHECK(k < nseg);
			char *dec;
			size_t dlen;
			FUZZ_CHECK(url_decode(a, s + start, i - start, false,
					      &dec, &dlen) == PARSE_OK);
			const char *seg = segs[k++];
			size_t sl = strlen(seg);
			FUZZ_CHECK(sl == dlen && memcmp(seg, dec, dlen) == 0);
			FUZZ_CHECK(sl > 0);
			FUZZ_CHECK(strcmp(seg, ".") != 0);
			FUZZ_CHECK(strcmp(seg, "..") != 0);
			FUZZ_CHECK(utf8_valid(seg, sl));
		}
		i++;
	}
	FUZZ_CHECK(k == nseg);
	/* Round trip through url_component(). */
	buf re;
	buf_init(&re, 0);
	buf_putc(&re, '/');
	for (size_t j = 0; j < nseg; j++) {
		if (j)
			buf_putc(&re, '/');
		buf_puts(&re, url_component(a, segs[j]));
	}
	FUZZ_CHECK(!buf_failed(&re));
	char **segs2 = NULL;
	size_t nseg2 = 0;
	FUZZ_CHECK(parse_path(a, buf_str(&re), re.len, &segs2, &nseg2) ==
		   PARSE_OK);
	FUZZ_CHECK(nseg2 == nseg);
	for (size_t j = 0; j < nseg; j++)
		FUZZ_CHECK(strcmp(segs2[j], segs[j]) == 0);
	buf_free(&re);
done:
	arena_free(a);
	return 0;
}
