/*
 * sender.c - the outbox worker (see sender.h).
 *
 * The settings are read anew for every round, so a change on the admin
 * page takes effect without a restart. No transaction is held while a
 * message travels: the row is claimed first (next_attempt_at moved ahead
 * by SENDER_LEASE_S), then sent, then its result stored.
 */
#include "mail/sender.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/log.h"
#include "domain/settings.h"
#include "mail/eml.h"
#include "mail/smtp.h"

#define SENDER_LEASE_S 300

/* Set by sender_stop(): a round ends after the message in flight. */
static atomic_bool stop_requested;
#define SENDER_BATCH_MAX 100

static const char sql_due[] =
	"SELECT id FROM outbox WHERE status = 'pending' AND "
	"next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2";
static const char sql_claim[] =
	"UPDATE outbox SET next_attempt_at = ?3 WHERE id = ?1 AND "
	"status = 'pending' AND next_attempt_at <= ?2";
static const char sql_sent[] =
	"UPDATE outbox SET status = 'sent', sent_at = ?2, "
	"attempts = attempts + 1, last_error = '' WHERE id = ?1";
static const char sql_attempts[] = "SELECT attempts FROM outbox WHERE id = ?1";
static const char sql_failed[] =
	"UPDATE outbox SET attempts = ?2, status = ?3, next_attempt_at = ?4, "
	"last_error = ?5 WHERE id = ?1";

long sender_backoff(int attempts)
{
	static const long steps[] = {60, 5 * 60, 15 * 60, 60 * 60};
	if (attempts < 1)
		return 0;
	if (attempts <= 4)
		return steps[attempts - 1];
	return 6 * 60 * 60;
}

/* Runs an UPDATE with id and up to four texts; returns the rows changed
 * or -1. */
static int exec_update(db *d, const char *sql, int64_t id, const char *t2,
		       const char *t3, const char *t4, const char *t5)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	if (t2)
		db_bind_text(st, 2, t2);
	if (t3)
		db_bind_text(st, 3, t3);
	if (t4)
		db_bind_text(st, 4, t4);
	if (t5)
		db_bind_text(st, 5, t5);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
	return sqlite3_changes(db_sqlite(d));
}

/* Records a failed attempt of message id. */
static int record_failure(db *d, int64_t id, const char *why,
			  struct sender_stats *stats)
{
	sqlite3_stmt *st = db_stmt(d, sql_attempts);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int attempts = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		attempts = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	attempts++;
	bool last = attempts >= SENDER_MAX_ATTEMPTS;
	char next[21];
	time_iso(clock_unix() + sender_backoff(attempts), next);
	st = db_stmt(d, sql_failed);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	db_bind_int(st, 2, attempts);
	db_bind_text(st, 3, last ? "failed" : "pending");
	db_bind_text(st, 4, next);
	db_bind_text(st, 5, why);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (last)
		stats->failed++;
	else
		stats->retry++;
	return rc == SQLITE_DONE ? 0 : -1;
}

int sender_run_once(db *d, int max, struct sender_stats *stats)
{
	memset(stats, 0, sizeof *stats);
	if (max <= 0 || max > SENDER_BATCH_MAX)
		max = SENDER_BATCH_MAX;
	arena *a = arena_new(16384);
	int status = 0;
	struct smtp_config c = {
		.url = setting_get(d, a, "smtp_url"),
		.from = eml_sender(d, a),
		.user = setting_get(d, a, "smtp_user"),
		.password = setting_get(d, a, "smtp_password"),
	};
	const char *tls = setting_get(d, a, "smtp_starttls");
	c.starttls = !tls || strcmp(tls, "nein") != 0;
	if (!c.url || !*c.url) {
		stats->no_smtp = true;
		goto out;
	}
	char now[21];
	db_now(now);
	sqlite3_stmt *st = db_stmt(d, sql_due);
	if (!st) {
		status = -1;
		goto out;
	}
	int64_t ids[SENDER_BATCH_MAX];
	int n = 0;
	db_bind_text(st, 1, now);
	db_bind_int(st, 2, max);
	while (n < max && sqlite3_step(st) == SQLITE_ROW)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	for (int i = 0; i < n; i++) {
		char lease[21];
		db_now(now);
		time_iso(clock_unix() + SENDER_LEASE_S, lease);
		int claimed = exec_update(d, sql_claim, ids[i], now, lease,
					  NULL, NULL);
		if (claimed < 0) {
			status = -1;
			break;
		}
		if (claimed == 0) /* someone else has it */
			continue;
		buf b;
		buf_init(&b, (size_t)8 << 20);
		const char *rcpt = NULL;
		char err[240];
		bool unreachable = false;
		int rc;
		if (eml_from_outbox(d, a, ids[i], &b, &rcpt) < 0) {
			snprintf(err, sizeof err,
				 "Die Nachricht konnte nicht erstellt werden.");
			rc = -1;
		} else {
			rc = smtp_send(&c, rcpt, b.data, b.len, err, sizeof err,
				       &unreachable);
		}
		buf_free(&b);
		if (rc == 0) {
			db_now(now);
			if (exec_update(d, sql_sent, ids[i], now, NULL, NULL,
					NULL) < 0)
				status = -1;
			stats->sent++;
		} else {
			log_warn("Nachricht %lld nicht versandt: %s",
				 (long long)ids[i], err);
			if (record_failure(d, ids[i], err, stats) < 0)
				status = -1;
			/* The server is not there (or refuses the login):
			 * the others wait for the next round. */
			if (unreachable)
				break;
		}
		if (atomic_load(&stop_requested))
			break;
	}
out:
	arena_free(a);
	return status;
}

/* --- the worker thread ------------------------------------------------- */

static pthread_t worker;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static bool running, stopping, woken;
static unsigned interval = 5;

static void *worker_main(void *arg)
{
	(void)arg;
	for (;;) {
		pthread_mutex_lock(&mu);
		bool stop = stopping;
		pthread_mutex_unlock(&mu);
		if (stop)
			break;
		db *d = db_thread();
		if (d) {
			struct sender_stats st;
			if (sender_run_once(d, 0, &st) < 0)
				log_error("Postausgang: Datenbankfehler beim "
					  "Versand");
			else if (st.sent || st.retry || st.failed)
				log_info("Postausgang: %d versandt, %d später "
					 "erneut, %d fehlgeschlagen",
					 st.sent, st.retry, st.failed);
		}
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += interval;
		pthread_mutex_lock(&mu);
		while (!stopping && !woken) {
			if (pthread_cond_timedwait(&cv, &mu, &until) ==
			    ETIMEDOUT)
				break;
		}
		woken = false;
		pthread_mutex_unlock(&mu);
	}
	db_thread_close();
	return NULL;
}

int sender_start(unsigned interval_s)
{
	if (running)
		return 0;
	interval = interval_s ? interval_s : 5;
	stopping = false;
	atomic_store(&stop_requested, false);
	smtp_global_init();
	/* The thread must not take SIGINT/SIGTERM: the server waits for
	 * them with sigwait(). It inherits this mask. */
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	int rc = pthread_create(&worker, NULL, worker_main, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		log_error("Postausgang: Versand-Thread startet nicht");
		return -1;
	}
	running = true;
	return 0;
}

void sender_wake(void)
{
	pthread_mutex_lock(&mu);
	woken = true;
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&mu);
}

void sender_stop(void)
{
	if (!running)
		return;
	atomic_store(&stop_requested, true);
	pthread_mutex_lock(&mu);
	stopping = true;
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&mu);
	pthread_join(worker, NULL);
	running = false;
}
