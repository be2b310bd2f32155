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

#endif
