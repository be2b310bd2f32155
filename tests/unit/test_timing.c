/*
 * test_timing.c - unit tests of the per-route latency histograms
 * (src/http/timing.c): the bucket layout (contiguous, at most 6.25 % wide),
 * percentiles of known distributions, concurrent recording from several
 * threads, the per-route store (wall clock and processor time) and its
 * reset, and that the dispatcher times a request that reached its handler
 * (and not one it refused).
 */
#include "testutil.h"

#include <pthread.h>
#include <stdlib.h>

#include "http/http.h"
#include "http/timing.h"

/* A fresh (zeroed) histogram on the heap: it is too big for comfort on
 * the stack of a test. */
static struct timing_hist *hist_new(void)
{
	struct timing_hist *h = calloc(1, sizeof *h);
	assert_non_null(h);
	return h;
}

/* Every duration lies in its bucket; the buckets follow each other
 * without a gap; a bucket is at most 1/16 of its lower edge wide. */
static void test_buckets(void **state)
{
	(void)state;
	for (uint64_t v = 0; v < 200000; v++) {
		size_t b = timing_bucket(v);
		assert_true(b < TIMING_BUCKETS);
		assert_true(timing_bucket_low(b) <= v);
		assert_true(v <= timing_bucket_high(b));
	}
	for (size_t b = 0; b + 1 < TIMING_BUCKETS; b++) {
		assert_int_equal(timing_bucket_high(b) + 1,
				 timing_bucket_low(b + 1));
		uint64_t low = timing_bucket_low(b);
		uint64_t width = timing_bucket_high(b) - low + 1;
		if (low >= TIMING_SUB)
			assert_true(width * 16 <= low);
		else
			assert_int_equal(width, 1);
	}
	/* small values are exact, huge ones land in the last bucket */
	assert_int_equal(timing_bucket(0), 0);
	assert_int_equal(timing_bucket(15), 15);
	assert_int_equal(timing_bucket(UINT64_MAX), TIMING_BUCKETS - 1);
	assert_int_equal(timing_bucket((uint64_t)1 << 45), TIMING_BUCKETS - 1);
}

static void test_empty(void **state)
{
	(void)state;
	struct timing_hist *h = hist_new();
	struct timing_summary s;
	timing_hist_summary(h, &s);
	assert_int_equal(s.count, 0);
	assert_int_equal(s.p50_us, 0);
	assert_int_equal(s.p99_us, 0);
	assert_int_equal(s.max_us, 0);
	assert_int_equal(timing_hist_percentile(h, 99), 0);
	free(h);
}

/* A value is reported as the upper edge of its bucket: never below the
 * exact percentile, at most 6.25 % above it. */
static void assert_close(uint64_t got, uint64_t exact)
{
	assert_true(got >= exact);
	assert_true(got * 16 <= exact * 17);
}

/* The uniform distribution 1..10000 µs, recorded in a scrambled order:
 * the exact percentiles are 5000, 9000 and 9900. */
static void test_uniform(void **state)
{
	(void)state;
	struct timing_hist *h = hist_new();
	for (uint64_t i = 0; i < 10000; i++)
		timing_hist_record(h, (i * 7919) % 10000 + 1);
	struct timing_summary s;
	timing_hist_summary(h, &s);
	assert_int_equal(s.count, 10000);
	assert_int_equal(s.max_us, 10000);
	assert_int_equal(s.mean_us, 5000); /* 50005000 / 10000 */
	assert_close(s.p50_us, 5000);
	assert_close(s.p90_us, 9000);
	assert_close(s.p99_us, 9900);
	assert_close(timing_hist_percentile(h, 99.9), 9990);
	assert_int_equal(timing_hist_percentile(h, 100), 10000);
	free(h);
}

/* A distribution with a long tail: 985 requests of 120 µs, 10 of 2 ms and
 * 5 of 80 ms. p50 and p90 are 120 µs, p99 is 2 ms (rank 990), the
 * maximum 80 ms. Small exact values stay exact. */
static void test_tail(void **state)
{
	(void)state;
	struct timing_hist *h = hist_new();
	for (int i = 0; i < 985; i++)
		timing_hist_record(h, 120);
	for (int i = 0; i < 10; i++)
		timing_hist_record(h, 2000);
	for (int i = 0; i < 5; i++)
		timing_hist_record(h, 80000);
	struct timing_summary s;
	timing_hist_summary(h, &s);
	assert_int_equal(s.count, 1000);
	assert_close(s.p50_us, 120);
	assert_close(s.p90_us, 120);
	assert_close(s.p99_us, 2000);
	assert_int_equal(s.max_us, 80000);
	assert_close(timing_hist_percentile(h, 99.6), 80000);

	timing_hist_reset(h);
	for (uint64_t v = 1; v <= 10; v++)
		timing_hist_record(h, v);
	timing_hist_summary(h, &s);
	assert_int_equal(s.p50_us, 5);
	assert_int_equal(s.p90_us, 9);
	assert_int_equal(s.p99_us, 10);
	assert_int_equal(s.max_us, 10);
	free(h);
}

/* Four threads record at once: nothing is lost. */
#define THREADS 4
#define PER_THREAD 100000

static void *recorder(void *arg)
{
	struct timing_hist *h = arg;
	for (uint64_t i = 0; i < PER_THREAD; i++)
		timing_hist_record(h, i % 1000 + 1);
	return NULL;
}

static void test_threads(void **state)
{
	(void)state;
	struct timing_hist *h = hist_new();
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, recorder, h), 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	struct timing_summary s;
	timing_hist_summary(h, &s);
	assert_int_equal(s.count, THREADS * PER_THREAD);
	assert_int_equal(s.max_us, 1000);
	assert_int_equal(s.mean_us, 500); /* (1 + 1000) / 2, rounded down */
	assert_close(s.p50_us, 500);
	free(h);
}

static void test_routes(void **state)
{
	(void)state;
	struct timing_summary s;
	timing_reset();
	assert_false(timing_route(3, &s));
	assert_int_equal(timing_since(), 0);
	timing_record(3, 100);
	timing_record(3, 300);
	timing_record(TIMING_MAX_ROUTES, 5); /* beyond: ignored */
	assert_true(timing_route(3, &s));
	assert_int_equal(s.count, 2);
	assert_int_equal(s.max_us, 300);
	assert_true(timing_since() > 0);
	assert_false(timing_route(4, &s));
	assert_false(timing_route(TIMING_MAX_ROUTES, &s));
	/* processor time: a histogram of its own */
	timing_route_cpu(3, &s);
	assert_int_equal(s.count, 0);
	timing_record_cpu(3, 40);
	timing_record_cpu(TIMING_MAX_ROUTES, 5);
	timing_route_cpu(3, &s);
	assert_int_equal(s.count, 1);
	assert_int_equal(s.p99_us, 40);
	timing_route_cpu(TIMING_MAX_ROUTES, &s);
	assert_int_equal(s.count, 0);
	timing_reset();
	assert_false(timing_route(3, &s));
	timing_route_cpu(3, &s);
	assert_int_equal(s.count, 0);
	assert_int_equal(timing_since(), 0);
}

/* --- the dispatcher times what reaches a handler --------------------------- */

static void h_ok(struct req *r)
{
	resp_text(r, 200, "ok");
}

static void session_anon(struct req *r)
{
	r->role = ROLE_ANON;
}

static const struct route routes[] = {
	{"GET", "/", h_ok, ROLE_ANON, 0, 0, "home"},
	{"GET", "/intern", h_ok, ROLE_ADMIN, 0, 0, "intern"},
};

static const struct app app = {
	.routes = routes,
	.nroutes = sizeof routes / sizeof *routes,
	.session = session_anon,
};

static void dispatch(const char *uri)
{
	arena *a = arena_new(0);
	struct req r;
	const char *err = NULL;
	assert_int_equal(req_init(&r, a, "GET", uri, &err), 0);
	http_dispatch(&app, &r);
	req_release(&r);
	arena_free(a);
}

static void test_dispatch(void **state)
{
	(void)state;
	struct timing_summary s;
	timing_reset();
	timing_set_cpu(true);
	dispatch("/");
	dispatch("/?q=x");
	dispatch("/intern"); /* refused (401): not timed */
	dispatch("/gibt-es-nicht");
	assert_true(timing_route(0, &s));
	assert_int_equal(s.count, 2);
	assert_true(s.max_us < 1000000);
	struct timing_summary cpu;
	timing_route_cpu(0, &cpu);
	assert_int_equal(cpu.count, 2);
	assert_true(cpu.max_us <= s.max_us + 1000);
	assert_false(timing_route(1, &s));
	assert_false(timing_route(2, &s));
	/* switched off: only the wall clock */
	timing_set_cpu(false);
	assert_int_equal(timing_cpu_begin(), -1);
	dispatch("/");
	assert_true(timing_route(0, &s));
	assert_int_equal(s.count, 3);
	timing_route_cpu(0, &cpu);
	assert_int_equal(cpu.count, 2);
	timing_reset();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buckets),	 cmocka_unit_test(test_empty),
		cmocka_unit_test(test_uniform),	 cmocka_unit_test(test_tail),
		cmocka_unit_test(test_threads),	 cmocka_unit_test(test_routes),
		cmocka_unit_test(test_dispatch),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
