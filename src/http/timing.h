/*
 * timing.h - how long the server takes per route, measured inside the
 * server: from the start of dispatch (after the request was read) to the
 * end of the handler, without the network and without sending the answer.
 *
 * Every route has a fixed-size histogram with logarithmic buckets (16 per
 * power of two, so a bucket is at most 6.25 % wide); recording is a few
 * relaxed atomic additions, without a lock, from any worker thread. The
 * percentiles (p50, p90, p99) are read from the buckets: each is the upper
 * edge of the bucket that holds it (never above the largest value seen),
 * so it is at most 6.25 % above the exact value and never below it.
 *
 * The operator reads the figures at /intern/messwerte and
 * /api/v1/metrics; `make bench` reads them after its wrk runs. The http
 * layer knows routes only by their index in the application's table.
 */
#ifndef LOTSE_TIMING_H
#define LOTSE_TIMING_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Values below 2^TIMING_SUB_BITS microseconds have a bucket each; above,
 * every power of two has 2^TIMING_SUB_BITS buckets. */
#define TIMING_SUB_BITS 4
#define TIMING_SUB (1u << TIMING_SUB_BITS)
/* The largest power of two kept apart; longer durations (over 12 days)
 * count in the last bucket. */
#define TIMING_MAX_EXP 39
#define TIMING_BUCKETS                                                         \
	(TIMING_SUB + (TIMING_MAX_EXP - TIMING_SUB_BITS + 1) * TIMING_SUB)
/* Routes beyond this index of the route table are not measured. */
#define TIMING_MAX_ROUTES 512

/* One histogram of durations in microseconds. Zero-initialised storage is
 * an empty histogram; every field is updated atomically. */
struct timing_hist {
	_Atomic uint64_t buckets[TIMING_BUCKETS];
	_Atomic uint64_t count;
	_Atomic uint64_t sum_us;
	_Atomic uint64_t max_us;
};

/* What a histogram says, read at one moment. */
struct timing_summary {
	uint64_t count;
	uint64_t mean_us;
	uint64_t p50_us, p90_us, p99_us;
	uint64_t max_us;
};

/* The bucket of a duration, and the smallest and largest duration that
 * bucket holds (for tests and the percentile calculation). */
size_t timing_bucket(uint64_t us);
uint64_t timing_bucket_low(size_t bucket);
uint64_t timing_bucket_high(size_t bucket);

/* Adds one duration. Safe from any thread at any time. */
void timing_hist_record(struct timing_hist *h, uint64_t us);
/* Empties the histogram (a record at the same moment may be half lost). */
void timing_hist_reset(struct timing_hist *h);
/* Fills out from the histogram. Percentile p (0 < p <= 100) is the value
 * below or at which at least p % of the durations lie, as the upper edge
 * of its bucket, capped at the maximum. An empty histogram gives zeros. */
void timing_hist_summary(const struct timing_hist *h,
			 struct timing_summary *out);
/* One percentile (0 < p <= 100) of the histogram; 0 when it is empty. */
uint64_t timing_hist_percentile(const struct timing_hist *h, double p);

/* Microseconds from a monotonic clock (without the log module, so that
 * the parsers' fuzz targets link without it). */
int64_t timing_now_us(void);
/* Microseconds of processor time the calling thread has used so far: the
 * difference over a request is its own work, without the time it waited
 * for a core (which a busy machine adds to the wall-clock figures). */
int64_t timing_thread_cpu_us(void);

/* --- per route (process-wide) ---------------------------------------------- */

/* Adds a duration to the histogram of route index route (its position in
 * the application's route table); ignored beyond TIMING_MAX_ROUTES. */
void timing_record(size_t route, uint64_t us);
/* Processor time per route, when switched on: by the environment
 * (LOTSE_TIMING_CPU=1, read at the first request) or timing_set_cpu().
 * Off by default, because reading a thread's processor clock is a system
 * call (0.2 to 5 µs, depending on the machine) where the wall clock is
 * not; `make bench` switches it on. */
void timing_set_cpu(bool on);
/* The calling thread's processor time (µs) at the start of a request, or
 * -1 when processor time is not measured. */
int64_t timing_cpu_begin(void);
/* Records the processor time since begin (from timing_cpu_begin()) for the
 * route; nothing when begin is -1. */
void timing_cpu_end(size_t route, int64_t begin);
/* Adds one processor-time value to the route's second histogram. */
void timing_record_cpu(size_t route, uint64_t us);
/* The figures of one route; false when it has no request yet. */
bool timing_route(size_t route, struct timing_summary *out);
/* The processor-time figures of one route (zeros when none). */
void timing_route_cpu(size_t route, struct timing_summary *out);
/* Empties every route's histogram and restarts the clock of
 * timing_since(). */
void timing_reset(void);
/* Unix time of the first request measured after start or the last reset
 * (0: none yet). */
int64_t timing_since(void);

#endif
