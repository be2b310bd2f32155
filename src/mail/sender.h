/*
 * sender.h - the outbox worker: sends due messages of the table outbox
 * through SMTP (smtp.h) with retries.
 *
 * A message is due when its status is 'pending' and next_attempt_at has
 * come. Before sending, the worker claims it by moving next_attempt_at a
 * few minutes ahead (so that the server's thread and `lotse mail send`
 * never send the same message twice); success marks it 'sent', a failure
 * counts the attempt, keeps a short German reason and waits 1, 5, 15, 60
 * minutes, then 6 hours; after SENDER_MAX_ATTEMPTS it is 'failed' (the
 * outbox page can put it back).
 */
#ifndef LOTSE_SENDER_H
#define LOTSE_SENDER_H

#include <stdbool.h>

#include "db/db.h"

#define SENDER_MAX_ATTEMPTS 8

struct sender_stats {
	int sent;     /* delivered */
	int retry;    /* failed, will be tried again */
	int failed;   /* failed for the last time */
	bool no_smtp; /* smtp_url is empty: nothing was tried */
};

/* Sends what is due now, at most max messages (0: 100). Returns 0, or -1
 * on a database error; what happened is counted in *st. */
int sender_run_once(db *d, int max, struct sender_stats *st);

/* The delay after the n-th failed attempt, in seconds. */
long sender_backoff(int attempts);

/* Starts the worker thread (every interval_s seconds, and when woken),
 * using the thread's own database connection (db_thread_init() must have
 * been called). Returns 0 or -1. */
int sender_start(unsigned interval_s);
/* Wakes the worker now (after a commit that queued mail). No-op when it
 * does not run. */
void sender_wake(void);
/* Stops the worker and waits for it (a transfer in flight finishes or
 * times out first). */
void sender_stop(void);

#endif
