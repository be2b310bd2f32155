/*
 * test_utf8.c - unit tests of strict UTF-8 handling (src/base/utf8.c):
 * what is valid, every kind of ill-formed input RFC 3629 forbids, decoding
 * and encoding, and cutting text without splitting a character.
 */
#include "testutil.h"

#include "base/utf8.h"

/* utf8_valid() on a string literal, which may contain NUL bytes. */
#define VALID(lit) utf8_valid((lit), sizeof(lit) - 1)

static void test_valid_ascii(void **state)
{
	(void)state;
	assert_true(VALID(""));
	assert_true(VALID("Hello, world! 0123456789 ~"));
	assert_true(VALID("\t\r\n"));
	/* NUL bytes are not the validator's business. */
	assert_true(VALID("a\0b"));
}

static void test_valid_umlauts(void **state)
{
	(void)state;
	assert_true(VALID("Grüße aus Köln, Äpfel, Öl, Übermut, ß"));
	assert_true(VALID("\xC3\xA4")); /* ä */
	assert_true(VALID("\xC2\x80")); /* U+0080, smallest 2-byte */
	assert_true(VALID("\xDF\xBF")); /* U+07FF */
}

static void test_valid_three_and_four_bytes(void **state)
{
	(void)state;
	assert_true(VALID("\xE2\x82\xAC"));	/* € */
	assert_true(VALID("\xE0\xA0\x80"));	/* U+0800 */
	assert_true(VALID("\xEF\xBF\xBD"));	/* U+FFFD */
	assert_true(VALID("\xED\x9F\xBF"));	/* U+D7FF, below surrogates */
	assert_true(VALID("\xEE\x80\x80"));	/* U+E000, above them */
	assert_true(VALID("\xF0\x9F\x98\x80")); /* 😀 */
	assert_true(VALID("\xF4\x8F\xBF\xBF")); /* U+10FFFF */
	assert_true(VALID("Familie 👨‍👩‍👧 zu Besuch"));
}

static void test_invalid_overlong(void **state)
{
	(void)state;
	assert_false(VALID("\xC0\x80"));	 /* NUL, 2 bytes */
	assert_false(VALID("\xC1\xBF"));	 /* '?' area, 2 bytes */
	assert_false(VALID("\xC0\xAF"));	 /* '/', the classic */
	assert_false(VALID("\xE0\x80\x80"));	 /* NUL, 3 bytes */
	assert_false(VALID("\xE0\x9F\xBF"));	 /* U+07FF, 3 bytes */
	assert_false(VALID("\xF0\x80\x80\x80")); /* NUL, 4 bytes */
	assert_false(VALID("\xF0\x8F\xBF\xBF")); /* U+FFFF, 4 bytes */
}

static void test_invalid_surrogates(void **state)
{
	(void)state;
	assert_false(VALID("\xED\xA0\x80")); /* U+D800 */
	assert_false(VALID("\xED\xBF\xBF")); /* U+DFFF */
	/* A CESU-8 style surrogate pair for 😀. */
	assert_false(VALID("\xED\xA0\xBD\xED\xB8\x80"));
}

static void test_invalid_above_max(void **state)
{
	(void)state;
	assert_false(VALID("\xF4\x90\x80\x80")); /* U+110000 */
	assert_false(VALID("\xF5\x80\x80\x80"));
	assert_false(VALID("\xF7\xBF\xBF\xBF"));
	assert_false(VALID("\xF8\x88\x80\x80\x80")); /* old 5-byte form */
	assert_false(VALID("\xFE"));
	assert_false(VALID("\xFF"));
}

static void test_invalid_truncated(void **state)
{
	(void)state;
	assert_false(VALID("\xC3"));
	assert_false(VALID("abc\xC3"));
	assert_false(VALID("\xE2\x82"));
	assert_false(VALID("\xF0\x9F\x98"));
	/* Truncated in the middle of text: next byte is no continuation. */
	assert_false(VALID("\xC3"
			   "a"));
	assert_false(VALID("\xE2\x82"
			   "x"));
	assert_false(VALID("\xF0\x9F\x98"
			   "!"));
	/* A length given shorter than the string cuts a character. */
	assert_false(utf8_valid("\xC3\xA4", 1));
}

static void test_invalid_lone_continuation(void **state)
{
	(void)state;
	assert_false(VALID("\x80"));
	assert_false(VALID("\xBF"));
	assert_false(VALID("a\x80z"));
	/* One continuation byte too many. */
	assert_false(VALID("\xC3\xA4\xA4"));
}

static void test_decode_lengths_and_values(void **state)
{
	(void)state;
	uint32_t cp = 0;
	assert_int_equal(utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(utf8_decode("\xC3\xA4", 2, &cp), 2);
	assert_int_equal(cp, 0xE4);
	assert_int_equal(utf8_decode("\xE2\x82\xAC", 3, &cp), 3);
	assert_int_equal(cp, 0x20AC);
	assert_int_equal(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	/* Only the first character is decoded. */
	assert_int_equal(utf8_decode("\xC3\xA4xyz", 5, &cp), 2);
	assert_int_equal(cp, 0xE4);
}

static void test_decode_invalid_gives_fffd(void **state)
{
	(void)state;
	uint32_t cp = 0;
	assert_int_equal(utf8_decode("\xC0\x80", 2, &cp), 0);
	assert_int_equal(cp, 0xFFFD);
	cp = 0;
	assert_int_equal(utf8_decode("\xED\xA0\x80", 3, &cp), 0);
	assert_int_equal(cp, 0xFFFD);
	cp = 0;
	assert_int_equal(utf8_decode("\xF4\x90\x80\x80", 4, &cp), 0);
	assert_int_equal(cp, 0xFFFD);
	cp = 0;
	assert_int_equal(utf8_decode("\xE2\x82\xAC", 2, &cp), 0);
	assert_int_equal(cp, 0xFFFD);
	cp = 0;
	assert_int_equal(utf8_decode("", 0, &cp), 0);
	assert_int_equal(cp, 0xFFFD);
}

static void test_encode_decode_round_trip(void **state)
{
	(void)state;
	static const uint32_t cps[] = {0x0,	0x41,	 0x7F,	  0x80,
				       0xE4,	0x7FF,	 0x800,	  0x20AC,
				       0xD7FF,	0xE000,	 0xFFFD,  0xFFFF,
				       0x10000, 0x1F600, 0x10FFFF};
	static const size_t lens[] = {1, 1, 1, 2, 2, 2, 3, 3,
				      3, 3, 3, 3, 4, 4, 4};
	for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
		char out[4];
		size_t n = utf8_encode(cps[i], out);
		assert_int_equal(n, lens[i]);
		assert_true(utf8_valid(out, n));
		uint32_t back = 0;
		assert_int_equal(utf8_decode(out, n, &back), n);
		assert_int_equal(back, cps[i]);
	}
}

static void test_encode_known_bytes(void **state)
{
	(void)state;
	char out[4];
	assert_int_equal(utf8_encode(0xE4, out), 2);
	assert_memory_equal(out, "\xC3\xA4", 2);
	assert_int_equal(utf8_encode(0x20AC, out), 3);
	assert_memory_equal(out, "\xE2\x82\xAC", 3);
	assert_int_equal(utf8_encode(0x1F600, out), 4);
	assert_memory_equal(out, "\xF0\x9F\x98\x80", 4);
}

static void test_encode_refuses_invalid(void **state)
{
	(void)state;
	char out[4];
	assert_int_equal(utf8_encode(0xD800, out), 0);
	assert_int_equal(utf8_encode(0xDFFF, out), 0);
	assert_int_equal(utf8_encode(0x110000, out), 0);
	assert_int_equal(utf8_encode(0xFFFFFFFF, out), 0);
}

static void test_length_counts_code_points(void **state)
{
	(void)state;
	assert_int_equal(utf8_length("", 0), 0);
	assert_int_equal(utf8_length("abc", 3), 3);
	const char *s = "Grüße 😀";
	assert_int_equal(utf8_length(s, strlen(s)), 7);
}

static void test_prefix_never_cuts_a_character(void **state)
{
	(void)state;
	const char *s = "aä€😀b"; /* 1 + 2 + 3 + 4 + 1 = 11 bytes */
	size_t n = strlen(s);
	assert_int_equal(n, 11);
	/* Expected prefix length for every byte budget. */
	static const size_t want[] = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10, 11, 11};
	for (size_t max = 0; max < sizeof want / sizeof *want; max++) {
		size_t k = utf8_prefix(s, n, max);
		assert_int_equal(k, want[max]);
		assert_true(k <= max);
		assert_true(utf8_valid(s, k));
	}
}

static void test_prefix_whole_text_fits(void **state)
{
	(void)state;
	assert_int_equal(utf8_prefix("abc", 3, 3), 3);
	assert_int_equal(utf8_prefix("abc", 3, 100), 3);
	assert_int_equal(utf8_prefix("", 0, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_ascii),
		cmocka_unit_test(test_valid_umlauts),
		cmocka_unit_test(test_valid_three_and_four_bytes),
		cmocka_unit_test(test_invalid_overlong),
		cmocka_unit_test(test_invalid_surrogates),
		cmocka_unit_test(test_invalid_above_max),
		cmocka_unit_test(test_invalid_truncated),
		cmocka_unit_test(test_invalid_lone_continuation),
		cmocka_unit_test(test_decode_lengths_and_values),
		cmocka_unit_test(test_decode_invalid_gives_fffd),
		cmocka_unit_test(test_encode_decode_round_trip),
		cmocka_unit_test(test_encode_known_bytes),
		cmocka_unit_test(test_encode_refuses_invalid),
		cmocka_unit_test(test_length_counts_code_points),
		cmocka_unit_test(test_prefix_never_cuts_a_character),
		cmocka_unit_test(test_prefix_whole_text_fits),
	};
	return cmocka_run_group_tests_name("test_utf8", tests, NULL, NULL);
}
