/*
 * fuzz_analyze.c - libFuzzer target for the German text analysis of the
 * search (src/search/analyze.c): analyze_text() with and without compound
 * splitting on any bytes, and analyze_lower()/analyze_fold() on the first
 * word.
 *
 * Invariants: every term is non-empty, at most AN_MAX_WORD bytes and valid
 * UTF-8; the first term is never colocated; each term's byte range lies in
 * the input and the ranges do not go backwards; lower-case and folded forms
 * are valid UTF-8 of at most AN_MAX_WORD bytes.
 */
#include "fuzz.h"

#include "base/utf8.h"
#include "search/analyze.h"

static struct analyzer *an;

struct check {
	size_t size, n, last_start;
};

static int on_term(void *ctx, const char *term, size_t len, bool colocated,
		   size_t start, size_t end)
{
	struct check *c = ctx;
	FUZZ_CHECK(len > 0 && len <= AN_MAX_WORD);
	FUZZ_CHECK(strlen(term) == len);
	FUZZ_CHECK(utf8_valid(term, len));
	FUZZ_CHECK(c->n > 0 || !colocated);
	FUZZ_CHECK(start < end && end <= c->size);
	FUZZ_CHECK(start >= c->last_start);
	c->last_start = start;
	c->n++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!an)
		an = analyzer_new();
	FUZZ_CHECK(an != NULL);
	const char *text = (const char *)data;
	for (int split = 0; split < 2; split++) {
		struct check c = {size, 0, 0};
		analyze_text(an, text, size, split, on_term, &c);
	}
	size_t pos = 0, start, end;
	if (analyze_next_word(text, size, &pos, &start, &end)) {
		FUZZ_CHECK(start < end && end <= size && pos >= end);
		char lower[AN_MAX_WORD + 1], fold[AN_MAX_WORD + 1];
		size_t ll = analyze_lower(text + start, end - start, lower);
		FUZZ_CHECK(ll <= AN_MAX_WORD && strlen(lower) == ll);
		FUZZ_CHECK(utf8_valid(lower, ll));
		size_t fl = analyze_fold(lower, ll, fold);
		FUZZ_CHECK(fl <= AN_MAX_WORD && strlen(fold) == fl);
		FUZZ_CHECK(utf8_valid(fold, fl));
	}
	return 0;
}
