/*
 * test_decompound.c - unit tests of the German compound splitter
 * (src/search/decompound.c): words from the family-services domain that must
 * split as expected, words that must stay whole, and the gold test against
 * tests/unit/data/decompound-gold.txt (from jwordsplitter, see LICENSES.md
 * there), which prints the share split exactly right and fails when it falls
 * below a floor. Run from the repository's top directory.
 * DECOMP_VERBOSE=1 prints every miss of the gold test.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "search/decompound.h"

/* The share of the gold file (in per mille) the splitter must reach. */
#define GOLD_FLOOR_PERMILLE 985

/* Splits word and compares the parts as written with want, a list like
 * "erziehungs|beratungs|stelle"; returns true when they agree. Writes the
 * actual split into got (same notation). */
static bool split_is(const char *word, const char *want, char *got,
		     size_t gotlen)
{
	struct decomp_part p[16];
	size_t n = decompound(word, strlen(word), p, 16);
	size_t k = 0;
	got[0] = '\0';
	for (size_t i = 0; i < n && k + p[i].len + 2 < gotlen; i++) {
		if (i > 0)
			got[k++] = '|';
		memcpy(got + k, word + p[i].off, p[i].len);
		k += p[i].len;
		got[k] = '\0';
	}
	return strcmp(got, want) == 0;
}

static void expect_split(const char *word, const char *want)
{
	char got[256];
	if (!split_is(word, want, got, sizeof got))
		fail_msg("%s: want %s, got %s", word, want, got);
}

/* The stems (without linking elements) of word's parts, '|'-separated. */
static void expect_stems(const char *word, const char *want)
{
	struct decomp_part p[16];
	size_t n = decompound(word, strlen(word), p, 16);
	char got[256];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			got[k++] = '|';
		memcpy(got + k, word + p[i].off, p[i].stem);
		k += p[i].stem;
	}
	got[k] = '\0';
	if (strcmp(got, want) != 0)
		fail_msg("%s: want stems %s, got %s", word, want, got);
}

static void test_domain_words(void **state)
{
	(void)state;
	expect_split("erziehungsberatungsstelle",
		     "erziehungs|beratungs|stelle");
	expect_stems("erziehungsberatungsstelle", "erziehung|beratung|stelle");
	expect_split("kindertagesstätte", "kinder|tages|stätte");
	expect_stems("kindertagesstätte", "kinder|tag|stätte");
	expect_split("familienhebamme", "familien|hebamme");
	expect_stems("familienhebamme", "familie|hebamme");
	expect_split("schwangerschaftsberatung", "schwangerschafts|beratung");
	expect_stems("schwangerschaftsberatung", "schwangerschaft|beratung");
	expect_split("babymassage", "baby|massage");
	expect_split("elterncafé", "eltern|café");
	expect_split("sprachförderung", "sprach|förderung");
	expect_split("frühförderstelle", "früh|förder|stelle");
	expect_split("kinderkrankenpflege", "kinder|kranken|pflege");
	expect_stems("familienbildungsstätte", "familie|bildung|stätte");
	expect_split("stillgruppe", "still|gruppe");
	expect_split("arbeitstube", "arbeit|stube");
}

static void test_not_split(void **state)
{
	(void)state;
	/* Short words (bauamt), dictionary words, anything but letters. */
	expect_split("kita", "kita");
	expect_split("hebamme", "hebamme");
	expect_split("beratung", "beratung");
	expect_split("familie", "familie");
	expect_split("erziehung", "erziehung");
	expect_split("bauamt", "bauamt");
	expect_split("kinderarzt", "kinder|arzt");
	expect_split("eltern-kind-gruppe", "eltern-kind-gruppe");
	expect_split("kinder2025", "kinder2025");
	struct decomp_part p[2];
	assert_int_equal(decompound("", 0, p, 2), 0);
	/* More parts than room for: the word stays whole. */
	assert_int_equal(decompound("erziehungsberatungsstelle", 25, p, 2), 1);
	assert_int_equal(p[0].len, 25);
}

static void test_known(void **state)
{
	(void)state;
	assert_true(decompound_known("stätte", strlen("stätte")));
	assert_true(decompound_known("hebamme", strlen("hebamme")));
	assert_false(decompound_known("xyzzyq", 6));
	assert_false(decompound_known("", 0));
}

/* Lower-cases ASCII and the Latin-1 capitals (Ä, Ö, Ü, ...) in place. */
static void lower(char *s)
{
	for (unsigned char *p = (unsigned char *)s; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (unsigned char)(*p + 32);
		else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E &&
			 p[1] != 0x97)
			p[1] = (unsigned char)(p[1] + 32);
	}
}

static void test_gold(void **state)
{
	(void)state;
	FILE *f = fopen("tests/unit/data/decompound-gold.txt", "r");
	if (!f)
		fail_msg("tests/unit/data/decompound-gold.txt: cannot open "
			 "(run from the repository's top directory)");
	const char *verbose = getenv("DECOMP_VERBOSE");
	char line[512], word[512], want[512], got[512];
	unsigned total = 0, right = 0, compounds = 0, compounds_right = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0])
			continue;
		lower(line);
		/* "teil, teil" -> word "teilteil", want "teil|teil" */
		size_t w = 0, k = 0;
		for (const char *p = line; *p; p++) {
			if (p[0] == ',' && p[1] == ' ') {
				want[k++] = '|';
				p++;
				continue;
			}
			want[k++] = *p;
			word[w++] = *p;
		}
		want[k] = '\0';
		word[w] = '\0';
		bool compound = strchr(want, '|') != NULL;
		total++;
		compounds += compound;
		if (split_is(word, want, got, sizeof got)) {
			right++;
			compounds_right += compound;
		} else if (verbose) {
			fprintf(stderr, "miss: %s want %s got %s\n", word, want,
				got);
		}
	}
	fclose(f);
	assert_true(total > 0);
	printf("decompounder: %u/%u = %.1f %% correct\n", right, total,
	       100.0 * right / total);
	printf("decompounder: compounds %u/%u, single words %u/%u\n",
	       compounds_right, compounds, right - compounds_right,
	       total - compounds);
	assert_true(1000.0 * right / total >= GOLD_FLOOR_PERMILLE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_domain_words),
		cmocka_unit_test(test_not_split),
		cmocka_unit_test(test_known),
		cmocka_unit_test(test_gold),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
