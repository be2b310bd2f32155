/*
 * test_buf.c - unit tests of the bounded growable buffer (src/base/buf.c):
 * growth, NUL termination, the hard maximum, detach and reset.
 */
#include "testutil.h"

#include <stdlib.h>

#include "base/buf.h"

static void test_empty_buffer_is_empty_string(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	assert_string_equal(buf_str(&b), "");
	assert_int_equal(b.len, 0);
	assert_false(buf_failed(&b));
	assert_int_equal(b.max, BUF_DEFAULT_MAX);
	buf_free(&b);
}

static void test_append_grows(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	/* Far past the first allocation, so the buffer must grow. */
	for (int i = 0; i < 10000; i++)
		assert_int_equal(buf_append(&b, "abcdefghij", 10), 0);
	assert_int_equal(b.len, 100000);
	assert_true(b.cap > b.len);
	assert_int_equal(strlen(buf_str(&b)), 100000);
	assert_memory_equal(b.data + 99990, "abcdefghij", 10);
	assert_false(buf_failed(&b));
	buf_free(&b);
}

static void test_puts_putc(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	buf_puts(&b, "Hallo");
	buf_putc(&b, ',');
	buf_putc(&b, ' ');
	buf_puts(&b, "Welt");
	buf_puts(&b, "");
	assert_string_equal(buf_str(&b), "Hallo, Welt");
	assert_int_equal(b.len, 11);
	buf_free(&b);
}

static void test_printf_grows(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	assert_int_equal(buf_printf(&b, "%d-%s", 7, "x"), 0);
	assert_string_equal(buf_str(&b), "7-x");
	/* Longer than the first allocation. */
	assert_int_equal(buf_printf(&b, "%3000s", "y"), 0);
	assert_int_equal(b.len, 3003);
	assert_int_equal(b.data[3002], 'y');
	assert_int_equal(b.data[3003], '\0');
	buf_free(&b);
}

static void test_always_nul_terminated(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	/* Binary data: the byte after len is always NUL. */
	const char bytes[] = {'a', '\0', 'b'};
	buf_append(&b, bytes, 3);
	assert_int_equal(b.len, 3);
	assert_int_equal(b.data[3], '\0');
	buf_append(&b, "c", 1);
	assert_int_equal(b.data[4], '\0');
	assert_memory_equal(b.data, "a\0bc", 5);
	buf_free(&b);
}

static void test_max_limit_sets_failed(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 10);
	assert_int_equal(buf_append(&b, "0123456789", 10), 0);
	assert_false(buf_failed(&b));
	assert_int_equal(buf_append(&b, "X", 1), -1);
	assert_true(buf_failed(&b));
	/* Nothing of the refused append was written. */
	assert_int_equal(b.len, 10);
	assert_string_equal(buf_str(&b), "0123456789");
	assert_true(b.cap <= 11);
	buf_free(&b);
}

static void test_max_limit_one_big_append(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 100);
	char big[200];
	memset(big, 'z', sizeof big);
	assert_int_equal(buf_append(&b, big, sizeof big), -1);
	assert_true(buf_failed(&b));
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	buf_free(&b);
}

static void test_failed_stays_failed(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 8);
	buf_puts(&b, "12345678");
	assert_int_equal(buf_puts(&b, "9"), -1);
	/* Later appends fail too, even those that would fit. */
	assert_int_equal(buf_puts(&b, ""), -1);
	assert_int_equal(buf_putc(&b, 'a'), -1);
	assert_int_equal(buf_printf(&b, "%d", 1), -1);
	assert_true(buf_failed(&b));
	assert_int_equal(b.len, 8);
	assert_string_equal(buf_str(&b), "12345678");
	buf_free(&b);
}

static void test_printf_over_max_fails(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 16);
	assert_int_equal(buf_printf(&b, "%s", "short"), 0);
	assert_int_equal(buf_printf(&b, "%40d", 1), -1);
	assert_true(buf_failed(&b));
	assert_string_equal(buf_str(&b), "short");
	buf_free(&b);
}

static void test_detach_hands_over_data(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	buf_puts(&b, "Daten");
	size_t len = 0;
	char *p = buf_detach(&b, &len);
	assert_non_null(p);
	assert_int_equal(len, 5);
	assert_string_equal(p, "Daten");
	/* The buffer is empty and usable again. */
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	buf_puts(&b, "neu");
	assert_string_equal(buf_str(&b), "neu");
	assert_string_equal(p, "Daten");
	free(p);
	buf_free(&b);
}

static void test_detach_empty_gives_empty_string(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	size_t len = 99;
	char *p = buf_detach(&b, &len);
	assert_non_null(p);
	assert_string_equal(p, "");
	assert_int_equal(len, 0);
	free(p);
}

static void test_reset_empties_and_clears_failed(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 4);
	buf_puts(&b, "abcd");
	buf_puts(&b, "e");
	assert_true(buf_failed(&b));
	buf_reset(&b);
	assert_false(buf_failed(&b));
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	assert_int_equal(buf_puts(&b, "xy"), 0);
	assert_string_equal(buf_str(&b), "xy");
	buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_buffer_is_empty_string),
		cmocka_unit_test(test_append_grows),
		cmocka_unit_test(test_puts_putc),
		cmocka_unit_test(test_printf_grows),
		cmocka_unit_test(test_always_nul_terminated),
		cmocka_unit_test(test_max_limit_sets_failed),
		cmocka_unit_test(test_max_limit_one_big_append),
		cmocka_unit_test(test_failed_stays_failed),
		cmocka_unit_test(test_printf_over_max_fails),
		cmocka_unit_test(test_detach_hands_over_data),
		cmocka_unit_test(test_detach_empty_gives_empty_string),
		cmocka_unit_test(test_reset_empties_and_clears_failed),
	};
	return cmocka_run_group_tests_name("test_buf", tests, NULL, NULL);
}
