/*
 * outbox.h - outgoing e-mail. Every message is queued in the table outbox
 * (migration 0004) inside the transaction of the change that causes it, so
 * that a rolled-back change sends nothing and a committed one is never
 * lost. A worker thread of the server sends due messages through SMTP
 * (libcurl) when SMTP is configured, with retries; without SMTP the
 * messages stay visible in the outbox and can be downloaded as .eml.
 */
#ifndef LOTSE_OUTBOX_H
#define LOTSE_OUTBOX_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"

struct mail {
	const char *kind;	/* invitation, cancellation, waitlist,
				     * minutes, news, join, reminder */
	int64_t ref_id;		/* meeting, news, request, ...; 0: none */
	const char *to;		/* one address */
	const char *to_name;	/* may be NULL */
	const char *subject;	/* UTF-8, German */
	const char *text;	/* plain text body, UTF-8 */
	const char *ics;	/* iCalendar attachment or NULL */
	const char *ics_method; /* REQUEST, CANCEL, PUBLISH; with ics */
};

/* Queues one message (part of the caller's transaction, if any). Returns
 * the outbox id, or -1 on a database error or an invalid address. */
int64_t outbox_enqueue(db *d, const struct mail *m);

/* --- the outbox page (N3) --- */

#include "base/arena.h"
#include "domain/actor.h"

/* One queued message as the outbox page shows it. */
struct outbox_row {
	int64_t id, ref_id;
	const char *kind, *recipient, *recipient_name, *subject;
	const char *status; /* pending, sent, failed */
	int attempts;
	const char *next_attempt_at, *last_error, *created_at, *sent_at;
	bool has_ics;
	const char *text; /* the body: outbox_get() only, else NULL */
};

struct outbox_filter {
	const char *kind;   /* "" or NULL: all */
	const char *status; /* "" or NULL: all */
	int64_t ref_id;	    /* 0: all */
	int64_t offset, limit;
};

/* Messages matching f, newest first; *total is the number matching. */
size_t outbox_list(db *d, arena *a, const struct outbox_filter *f,
		   struct outbox_row **out, int64_t *total);
int outbox_get(db *d, arena *a, int64_t id, struct outbox_row *row);
/* Counts per status (pending, sent, failed). */
void outbox_counts(db *d, int64_t *pending, int64_t *sent, int64_t *failed);
/* Puts a failed (or waiting) message back to be sent now, attempts reset;
 * coordination office only, audited. 0, -1 (no such message or already
 * sent), -2 not allowed. */
int outbox_retry(db *d, const struct actor *a, int64_t id);
/* The same for every failed message; returns how many, -1, -2. */
int outbox_retry_failed(db *d, const struct actor *a);
/* German label of a status ("wartet", "gesendet", "fehlgeschlagen") and
 * of a kind ("Einladung", ...). */
const char *outbox_status_label(const char *status);
const char *outbox_kind_label(const char *kind);

#endif
