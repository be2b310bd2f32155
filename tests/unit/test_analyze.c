/*
 * test_analyze.c - the German text analysis of the search (analyze.h):
 * words, normalisation (NFD umlauts), case folding (ẞ, ß), ae/oe/ue = ä/ö/ü,
 * stemming (Müttern/Mutter, Beratungen/Beratung), compound parts at the
 * same position, and any bytes without a crash.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "search/analyze.h"

struct collect {
	char out[1024];
	size_t len;
};

/* Appends each term, "+" before a colocated one, " " before the others. */
static int add(void *ctx, const char *term, size_t len, bool colocated,
	       size_t start, size_t end)
{
	struct collect *c = ctx;
	(void)start;
	(void)end;
	if (c->len + len + 2 >= sizeof c->out)
		return 1;
	if (c->len)
		c->out[c->len++] = colocated ? '+' : ' ';
	memcpy(c->out + c->len, term, len);
	c->len += len;
	c->out[c->len] = '\0';
	return 0;
}

/* The terms of text as one string: "erziehungsberatungsstell+erzieh+...". */
static const char *terms(struct analyzer *an, const char *text, bool split)
{
	static struct collect c;
	c.len = 0;
	c.out[0] = '\0';
	analyze_text(an, text, strlen(text), split, add, &c);
	return c.out;
}

static int setup(void **state)
{
	struct analyzer *an = analyzer_new();
	assert_non_null(an);
	*state = an;
	return 0;
}

static int teardown(void **state)
{
	analyzer_free(*state);
	return 0;
}

static void test_folding(void **state)
{
	struct analyzer *an = *state;
	/* ae/oe/ue and ä/ö/ü, any case, NFD input */
	const char *mueller = terms(an, "Müller", false);
	char want[64];
	snprintf(want, sizeof want, "%s", mueller);
	assert_string_equal(terms(an, "Mueller", false), want);
	assert_string_equal(terms(an, "MÜLLER", false), want);
	assert_string_equal(terms(an, "Mu\xcc\x88ller", false), want);
	assert_string_equal(terms(an, "MU\xcc\x88LLER", false), want);
	/* ß, ẞ, ss */
	snprintf(want, sizeof want, "%s", terms(an, "Straße", false));
	assert_string_equal(terms(an, "Strasse", false), want);
	assert_string_equal(terms(an,
				  "STRA\xe1\xba\x9e"
				  "E",
				  false),
			    want);
	/* Kinderärztin typed without umlaut */
	snprintf(want, sizeof want, "%s", terms(an, "Kinderärztin", false));
	assert_string_equal(terms(an, "kinderaerztin", false), want);
	/* "ue" after a vowel is no umlaut: Frauen is the plural of Frau */
	snprintf(want, sizeof want, "%s", terms(an, "Frau", false));
	assert_string_equal(terms(an, "Frauen", false), want);
	/* accents */
	assert_string_equal(terms(an, "Café", false), terms(an, "Cafe", false));
	char lower[AN_MAX_WORD + 1];
	analyze_lower("ÄRZTIN", strlen("ÄRZTIN"), lower);
	assert_string_equal(lower, "ärztin");
}

static void test_stemming(void **state)
{
	struct analyzer *an = *state;
	char want[64];
	snprintf(want, sizeof want, "%s", terms(an, "Mutter", false));
	assert_string_equal(terms(an, "Müttern", false), want);
	assert_string_equal(terms(an, "Mütter", false), want);
	snprintf(want, sizeof want, "%s", terms(an, "Beratung", false));
	assert_string_equal(terms(an, "Beratungen", false), want);
	snprintf(want, sizeof want, "%s", terms(an, "Kind", false));
	assert_string_equal(terms(an, "Kinder", false), want);
	assert_string_equal(terms(an, "Kindern", false), want);
}

static void test_words(void **state)
{
	struct analyzer *an = *state;
	/* hyphens, punctuation, digits; several words */
	assert_string_equal(terms(an, "Eltern-Kind-Gruppe, 0-3!", false),
			    "elt kind grupp 0 3");
	assert_string_equal(terms(an, "", false), "");
	assert_string_equal(terms(an, " .,;:!? ", false), "");
	size_t pos = 0, s, e;
	assert_true(analyze_next_word("  Hebamme  ", 11, &pos, &s, &e));
	assert_int_equal(s, 2);
	assert_int_equal(e, 9);
	assert_false(analyze_next_word("  Hebamme  ", 11, &pos, &s, &e));
}

static void test_compounds(void **state)
{
	struct analyzer *an = *state;
	/* whole word first, parts colocated */
	char ber[64];
	snprintf(ber, sizeof ber, "+%s", terms(an, "Beratung", false));
	const char *t = terms(an, "Erziehungsberatungsstelle", true);
	assert_non_null(strstr(t, ber));
	assert_non_null(strstr(t, "+erzieh"));
	assert_null(strchr(t, ' '));
	/* without split only the whole word */
	assert_null(strchr(terms(an, "Erziehungsberatungsstelle", false), '+'));
	/* Familienhebamme contains Hebamme */
	char heb[64];
	snprintf(heb, sizeof heb, "+%s", terms(an, "Hebamme", false));
	assert_non_null(strstr(terms(an, "Familienhebamme", true), heb));
	/* typed with "ae": still split */
	t = terms(an, "Kinderaerztin", true);
	assert_non_null(strchr(t, '+'));
	struct an_word w;
	assert_true(analyze_word(an, "Erziehungsberatungsstelle", 25, &w));
	assert_true(w.nparts >= 2);
	assert_string_equal(w.part_lower[1], "beratung");
	/* cached: the same result again */
	struct an_word w2;
	assert_true(analyze_word(an, "Erziehungsberatungsstelle", 25, &w2));
	assert_int_equal(w2.nparts, w.nparts);
	assert_string_equal(w2.part[1], w.part[1]);
	assert_string_equal(w2.stem, w.stem);
}

static void test_any_bytes(void **state)
{
	struct analyzer *an = *state;
	/* invalid UTF-8, lone continuation bytes, NUL, long words */
	const char bad[] = "\xff\xfe Hebamme \xc3 \x80\x80 Kita\xed\xa0\x80x";
	terms(an, bad, true);
	char big[4000];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	const char *t = terms(an, big, true);
	assert_true(strlen(t) <= AN_MAX_WORD);
	/* many combining marks */
	char marks[600];
	size_t n = 0;
	marks[n++] = 'a';
	while (n + 2 < sizeof marks) {
		marks[n++] = (char)0xcc;
		marks[n++] = (char)0x88;
	}
	marks[n] = '\0';
	terms(an, marks, true);
	/* other scripts pass through lower-cased */
	assert_string_equal(terms(an, "ΑΒΓ", false), "αβγ");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_folding),
		cmocka_unit_test(test_stemming),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_compounds),
		cmocka_unit_test(test_any_bytes),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
