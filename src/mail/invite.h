/*
 * invite.h - invitations to meetings by e-mail: one message per address
 * through the outbox with the meeting's iCalendar file (METHOD:REQUEST at
 * the meeting's current SEQUENCE), a row per address in the table
 * invitation, updated invitations after a change and the cancellation
 * (METHOD:CANCEL) to everyone invited - each in one transaction, audited.
 *
 * The texts are German: date and time as "Dienstag, 3. März 2026,
 * 14:00–16:00 Uhr", place or online link, the agenda and the link to
 * register. Only the coordination office invites (-2 otherwise).
 */
#ifndef LOTSE_INVITE_H
#define LOTSE_INVITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"

struct invite_recipient {
	const char *email; /* one address */
	const char *name;  /* person or organisation, may be "" */
	int64_t org_id;	   /* 0: none */
};

/* Someone the invitation page offers: the delegate or deputy of a member
 * organisation of the meeting's body. */
struct invite_candidate {
	int64_t org_id, contact_id; /* contact_id 0: the organisation */
	const char *org_name, *name, *email;
	bool deputy;
};

/* An address invited to a meeting. */
struct invitation {
	const char *email, *name, *org_name, *invited_at;
	int64_t org_id;
	int sequence; /* of the event sent last */
};

/* Queues an invitation to each distinct address of v[0..n) (invalid ones
 * are refused with a message naming them, and nothing is sent). An
 * address invited before gets "Aktualisierte Einladung" when the meeting
 * changed since. Returns the number queued, -1 with messages in e, -2
 * when the actor may not. */
int invite_send(db *d, const struct actor *a, int64_t meeting_id,
		const struct invite_recipient *v, size_t n, struct errs *e);

/* Sends the current invitation again to everyone invited whose copy is
 * out of date (all: to everyone invited). Returns the number queued, -1,
 * -2 as above. */
int invite_resend(db *d, const struct actor *a, int64_t meeting_id, bool all,
		  struct errs *e);

/* Queues the cancellation (METHOD:CANCEL with the meeting's current
 * sequence, which the caller has raised) to every address invited to the
 * meeting; for meeting_cancel(), inside its transaction. Returns the
 * number queued (0 when nobody was invited), -1 on failure, -2 when the
 * actor may not. */
int invite_send_cancellation(db *d, const struct actor *a, int64_t meeting_id);

/* The addresses invited to a meeting, by organisation and name. */
size_t invite_list(db *d, arena *a, int64_t meeting_id,
		   struct invitation **out);

/* Delegates and deputies of the member organisations of a body (and the
 * organisation's own address when it has no delegate with one). */
size_t invite_candidates(db *d, arena *a, int64_t body_id,
			 struct invite_candidate **out);

/* "Dienstag, 3. März 2026, 14:00–16:00 Uhr" for local times
 * "YYYY-MM-DDTHH:MM" (a meeting over several days names both dates). */
void invite_when(const char *starts_at, const char *ends_at, char *out,
		 size_t n);

#endif
