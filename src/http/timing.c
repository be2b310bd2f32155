/*
 * timing.c - lock-free latency histograms, one per route (see timing.h).
 *
 * The per-route histograms are a static array: the pages of a route that
 * never answers are never touched, so they cost no resident memory (about
 * 4.8 KB per route that is used). Every update is a relaxed atomic add or
 * compare-and-swap; readers sum the buckets, so a summary taken while
 * requests run is a consistent-enough picture of a moment, never a crash.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/timing.h"

static struct timing_hist route_hists[TIMING_MAX_ROUTES];
static struct timing_hist route_cpu[TIMING_MAX_ROUTES];
static _Atomic int cpu_on = -1; /* -1: not decided yet */
static _Atomic int64_t since;

size_t timing_bucket(uint64_t us)
{
	if (us < TIMING_SUB)
		return (size_t)us;
	unsigned e = 63u - (unsigned)__builtin_clzll(us);
	if (e > TIMING_MAX_EXP)
		return TIMING_BUCKETS - 1;
	unsigned shift = e - TIMING_SUB_BITS;
	size_t sub = (size_t)((us >> shift) & (TIMING_SUB - 1));
	return TIMING_SUB + (size_t)shift * TIMING_SUB + sub;
}

uint64_t timing_bucket_low(size_t bucket)
{
	if (bucket < TIMING_SUB)
		return bucket;
	size_t k = bucket - TIMING_SUB;
	unsigned shift = (unsigned)(k / TIMING_SUB);
	uint64_t sub = k % TIMING_SUB;
	return (TIMING_SUB + sub) << shift;
}

uint64_t timing_bucket_high(size_t bucket)
{
	if (bucket < TIMING_SUB)
		return bucket;
	unsigned shift = (unsigned)((bucket - TIMING_SUB) / TIMING_SUB);
	return timing_bucket_low(bucket) + ((uint64_t)1 << shift) - 1;
}

void timing_hist_record(struct timing_hist *h, uint64_t us)
{
	atomic_fetch_add_explicit(&h->buckets[timing_bucket(us)], 1,
				  memory_order_relaxed);
	atomic_fetch_add_explicit(&h->count, 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&h->sum_us, us, memory_order_relaxed);
	uint64_t m = atomic_load_explicit(&h->max_us, memory_order_relaxed);
	while (us > m && !atomic_compare_exchange_weak_explicit(
				 &h->max_us, &m, us, memory_order_relaxed,
				 memory_order_relaxed))
		;
}

void timing_hist_reset(struct timing_hist *h)
{
	for (size_t i = 0; i < TIMING_BUCKETS; i++)
		atomic_store_explicit(&h->buckets[i], 0, memory_order_relaxed);
	atomic_store_explicit(&h->count, 0, memory_order_relaxed);
	atomic_store_explicit(&h->sum_us, 0, memory_order_relaxed);
	atomic_store_explicit(&h->max_us, 0, memory_order_relaxed);
}

/* The value at rank (1-based) of the snapshot counts, or 0 when the
 * snapshot holds fewer values. */
static uint64_t value_at_rank(const uint64_t *counts, uint64_t rank,
			      uint64_t max)
{
	uint64_t seen = 0;
	for (size_t i = 0; i < TIMING_BUCKETS; i++) {
		seen += counts[i];
		if (counts[i] && seen >= rank) {
			uint64_t v = timing_bucket_high(i);
			return v < max ? v : max;
		}
	}
	return max;
}

/* Copies the buckets (one relaxed load each) and returns their sum. */
static uint64_t snapshot(const struct timing_hist *h, uint64_t *counts)
{
	uint64_t n = 0;
	for (size_t i = 0; i < TIMING_BUCKETS; i++) {
		/* const-cast: an atomic load does not change the value */
		counts[i] =
			atomic_load_explicit((_Atomic uint64_t *)&h->buckets[i],
					     memory_order_relaxed);
		n += counts[i];
	}
	return n;
}

/* The rank of percentile p among n values: ceil(p / 100 * n), 1..n. */
static uint64_t rank_of(double p, uint64_t n)
{
	double x = p / 100.0 * (double)n;
	uint64_t r = (uint64_t)x;
	if ((double)r < x)
		r++;
	if (r < 1)
		r = 1;
	if (r > n)
		r = n;
	return r;
}

void timing_hist_summary(const struct timing_hist *h,
			 struct timing_summary *out)
{
	static const struct timing_summary empty;
	uint64_t counts[TIMING_BUCKETS];
	*out = empty;
	uint64_t n = snapshot(h, counts);
	if (!n)
		return;
	uint64_t max = atomic_load_explicit((_Atomic uint64_t *)&h->max_us,
					    memory_order_relaxed);
	uint64_t sum = atomic_load_explicit((_Atomic uint64_t *)&h->sum_us,
					    memory_order_relaxed);
	/* The maximum and the sum are updated after the bucket: a record
	 * in flight may not be in them yet. */
	size_t top = TIMING_BUCKETS;
	while (top > 0 && !counts[top - 1])
		top--;
	if (top && max < timing_bucket_low(top - 1))
		max = timing_bucket_low(top - 1);
	out->count = n;
	out->mean_us = sum / n;
	out->max_us = max;
	out->p50_us = value_at_rank(counts, rank_of(50, n), max);
	out->p90_us = value_at_rank(counts, rank_of(90, n), max);
	out->p99_us = value_at_rank(counts, rank_of(99, n), max);
}

uint64_t timing_hist_percentile(const struct timing_hist *h, double p)
{
	uint64_t counts[TIMING_BUCKETS];
	uint64_t n = snapshot(h, counts);
	if (!n)
		return 0;
	uint64_t max = atomic_load_explicit((_Atomic uint64_t *)&h->max_us,
					    memory_order_relaxed);
	size_t top = TIMING_BUCKETS;
	while (top > 0 && !counts[top - 1])
		top--;
	if (top && max < timing_bucket_low(top - 1))
		max = timing_bucket_low(top - 1);
	return value_at_rank(counts, rank_of(p, n), max);
}

int64_t timing_now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int64_t timing_thread_cpu_us(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
		return 0;
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

void timing_record(size_t route, uint64_t us)
{
	if (route >= TIMING_MAX_ROUTES)
		return;
	if (!atomic_load_explicit(&since, memory_order_relaxed)) {
		int64_t zero = 0;
		atomic_compare_exchange_strong(&since, &zero,
					       (int64_t)time(NULL));
	}
	timing_hist_record(&route_hists[route], us);
}

bool timing_route(size_t route, struct timing_summary *out)
{
	static const struct timing_summary empty;
	*out = empty;
	if (route >= TIMING_MAX_ROUTES ||
	    !atomic_load_explicit(&route_hists[route].count,
				  memory_order_relaxed))
		return false;
	timing_hist_summary(&route_hists[route], out);
	return out->count > 0;
}

void timing_set_cpu(bool on)
{
	atomic_store(&cpu_on, on ? 1 : 0);
}

int64_t timing_cpu_begin(void)
{
	int on = atomic_load_explicit(&cpu_on, memory_order_relaxed);
	if (on < 0) {
		const char *v = getenv("LOTSE_TIMING_CPU");
		on = v && *v && strcmp(v, "0") != 0;
		atomic_store(&cpu_on, on);
	}
	return on ? timing_thread_cpu_us() : -1;
}

void timing_cpu_end(size_t route, int64_t begin)
{
	if (begin < 0)
		return;
	int64_t d = timing_thread_cpu_us() - begin;
	timing_record_cpu(route, d > 0 ? (uint64_t)d : 0);
}

void timing_record_cpu(size_t route, uint64_t us)
{
	if (route < TIMING_MAX_ROUTES)
		timing_hist_record(&route_cpu[route], us);
}

void timing_route_cpu(size_t route, struct timing_summary *out)
{
	static const struct timing_summary empty;
	*out = empty;
	if (route < TIMING_MAX_ROUTES)
		timing_hist_summary(&route_cpu[route], out);
}

void timing_reset(void)
{
	for (size_t i = 0; i < TIMING_MAX_ROUTES; i++) {
		if (atomic_load_explicit(&route_hists[i].count,
					 memory_order_relaxed))
			timing_hist_reset(&route_hists[i]);
		if (atomic_load_explicit(&route_cpu[i].count,
					 memory_order_relaxed))
			timing_hist_reset(&route_cpu[i]);
	}
	atomic_store(&since, 0);
}

int64_t timing_since(void)
{
	return atomic_load(&since);
}
