/*
 * test_arena.c - unit tests of the request arena (src/base/arena.c):
 * alignment, growth across blocks, allocations larger than a block, the
 * string helpers, reset and the used counter.
 */
#include "testutil.h"

#include <stdio.h>

#include "base/arena.h"

static void test_alignment_is_16(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	static const size_t sizes[] = {1, 3, 7, 8, 15, 16, 17, 31, 100, 0};
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		void *p = arena_alloc(a, sizes[i]);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
	}
	arena_free(a);
}

static void test_many_allocations_across_blocks(void **state)
{
	(void)state;
	/* 5000 * 40 bytes is far more than the first 1 KiB block. */
	arena *a = arena_new(1024);
	enum { N = 5000 };
	unsigned char *ptrs[N];
	for (int i = 0; i < N; i++) {
		ptrs[i] = arena_alloc(a, 40);
		assert_int_equal((uintptr_t)ptrs[i] % 16, 0);
		memset(ptrs[i], i & 0xFF, 40);
	}
	/* Nothing was overwritten by a later allocation. */
	for (int i = 0; i < N; i++)
		for (int k = 0; k < 40; k++)
			assert_int_equal(ptrs[i][k], i & 0xFF);
	arena_free(a);
}

static void test_big_allocation_larger_than_block(void **state)
{
	(void)state;
	arena *a = arena_new(1024);
	char *small = arena_strdup(a, "before");
	size_t big = (size_t)3 << 20; /* 3 MiB, far larger than a block */
	unsigned char *p = arena_alloc(a, big);
	assert_int_equal((uintptr_t)p % 16, 0);
	memset(p, 0xAB, big);
	assert_int_equal(p[0], 0xAB);
	assert_int_equal(p[big - 1], 0xAB);
	/* Allocation continues to work after the big one. */
	char *after = arena_strdup(a, "after");
	assert_string_equal(small, "before");
	assert_string_equal(after, "after");
	arena_free(a);
}

static void test_calloc_zero_fills(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	/* Dirty the memory first, then reset so calloc reuses it. */
	memset(arena_alloc(a, 512), 0xFF, 512);
	arena_reset(a);
	unsigned char *p = arena_calloc(a, 64, 8);
	for (size_t i = 0; i < 512; i++)
		assert_int_equal(p[i], 0);
	arena_free(a);
}

static void test_strdup_copies(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	char src[] = "Grüße aus Lotse";
	char *copy = arena_strdup(a, src);
	src[0] = 'X';
	assert_string_equal(copy, "Grüße aus Lotse");
	assert_ptr_not_equal(copy, src);
	assert_string_equal(arena_strdup(a, ""), "");
	arena_free(a);
}

static void test_strndup_cuts_and_terminates(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	assert_string_equal(arena_strndup(a, "abcdef", 3), "abc");
	assert_string_equal(arena_strndup(a, "abcdef", 0), "");
	/* The source need not be NUL-terminated. */
	const char raw[4] = {'w', 'x', 'y', 'z'};
	char *s = arena_strndup(a, raw, 4);
	assert_int_equal(strlen(s), 4);
	assert_string_equal(s, "wxyz");
	arena_free(a);
}

static void test_printf_formats(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	assert_string_equal(arena_printf(a, "%s-%d-%05.1f", "x", 42, 3.14159),
			    "x-42-003.1");
	assert_string_equal(arena_printf(a, "%s", ""), "");
	arena_free(a);
}

static void test_printf_long_output(void **state)
{
	(void)state;
	arena *a = arena_new(1024);
	char *s = arena_printf(a, "%5000s|", "end");
	assert_int_equal(strlen(s), 5001);
	assert_string_equal(s + 4997, "end|");
	assert_int_equal(s[0], ' ');
	arena_free(a);
}

static void test_reset_keeps_working(void **state)
{
	(void)state;
	arena *a = arena_new(1024);
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < 1000; i++) {
			char *s = arena_printf(a, "round %d item %d", round, i);
			assert_non_null(s);
		}
		/* A big allocation forces an extra block that reset frees. */
		memset(arena_alloc(a, 100000), round, 100000);
		char *last = arena_strdup(a, "last");
		assert_string_equal(last, "last");
		arena_reset(a);
		assert_int_equal(arena_used(a), 0);
	}
	char *s = arena_strdup(a, "after reset");
	assert_string_equal(s, "after reset");
	arena_free(a);
}

static void test_used_counter(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	assert_int_equal(arena_used(a), 0);
	arena_alloc(a, 10);
	size_t u1 = arena_used(a);
	assert_true(u1 >= 10);
	arena_alloc(a, 100);
	size_t u2 = arena_used(a);
	assert_true(u2 >= u1 + 100);
	arena_alloc(a, 1 << 20);
	assert_true(arena_used(a) >= u2 + (1 << 20));
	arena_reset(a);
	assert_int_equal(arena_used(a), 0);
	arena_free(a);
}

static void test_free_null_is_allowed(void **state)
{
	(void)state;
	arena_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment_is_16),
		cmocka_unit_test(test_many_allocations_across_blocks),
		cmocka_unit_test(test_big_allocation_larger_than_block),
		cmocka_unit_test(test_calloc_zero_fills),
		cmocka_unit_test(test_strdup_copies),
		cmocka_unit_test(test_strndup_cuts_and_terminates),
		cmocka_unit_test(test_printf_formats),
		cmocka_unit_test(test_printf_long_output),
		cmocka_unit_test(test_reset_keeps_working),
		cmocka_unit_test(test_used_counter),
		cmocka_unit_test(test_free_null_is_allowed),
	};
	return cmocka_run_group_tests_name("test_arena", tests, NULL, NULL);
}
