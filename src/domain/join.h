/*
 * join.h - requests to join the network (the public form /mitmachen) and
 * what follows from them: the coordination office accepts a request -
 * which in one transaction creates the organisation, its contact person, a
 * partner account without a usable password and a one-time link (valid 7
 * days) to set the password, and queues the invitation e-mail - or
 * declines it with a message, which is e-mailed too.
 *
 * Spam protection of the public form, without third-party services:
 * a signed time token (the form must be sent between 3 seconds and 24
 * hours after it was shown; HMAC-SHA-256 with a server secret kept in
 * server_secret), a rate limit per remote address (table join_attempt),
 * and size limits (the validation below). The honeypot field is the web
 * layer's.
 *
 * The one-time links: only the hash of the token is stored (table
 * account_token); a link works once and expires after JOIN_TOKEN_DAYS.
 */
#ifndef LOTSE_JOIN_H
#define LOTSE_JOIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"
#include "domain/user.h"

#define JOIN_MIN_SECONDS 3
#define JOIN_MAX_SECONDS (24 * 3600)
#define JOIN_RATE_MAX 5	      /* submissions per address ... */
#define JOIN_RATE_WINDOW 3600 /* ... within this many seconds */
#define JOIN_TOKEN_DAYS 7
#define JOIN_MESSAGE_MAX 2000

struct join_request {
	int64_t id;
	const char *org_name, *sector, *street, *postcode, *city, *web;
	const char *contact_name, *contact_email, *contact_phone, *message;
	const char *consent_at; /* UTC, when consent was given */
	const char *status;	/* new, accepted, declined */
	const char *decided_at, *decided_by, *decision_message;
	int64_t organisation_id; /* once accepted */
	const char *created_at;
};

/* German label of a status ("Neu", "Angenommen", "Abgelehnt"). */
const char *join_status_label(const char *status);

/* Checks the fields of a request (field names org_name, sector, street,
 * postcode, city, web, contact_name, contact_email, contact_phone,
 * message, consent). */
void join_validate(const struct join_request *j, bool consent, struct errs *e);

/* Validates and stores a new request from the public form (status new,
 * consent dated now), audited. Returns the id, or -1 with messages. */
int64_t join_submit(db *d, const struct actor *a, struct join_request *j,
		    bool consent, struct errs *e);

int join_get(db *d, arena *a, int64_t id, struct join_request *j);
/* Requests of one status (NULL: all), newest first. */
size_t join_list(db *d, arena *a, const char *status,
		 struct join_request **out);
/* Number of requests with status. */
int64_t join_count(db *d, const char *status);

/*
 * Accepts request id (coordination office only): creates the organisation
 * (membership member since today), the contact, a partner account for
 * the contact's e-mail address without a usable password and a one-time
 * link base_url + "/konto/einrichten/" + token, and queues the invitation
 * (outbox kind 'join') - all in one transaction, audited. Returns 0 and
 * the organisation's id in *org_id, -1 with messages (e.g. the address has
 * an account already), -2 not allowed.
 */
int join_accept(db *d, const struct actor *a, int64_t id, const char *base_url,
		int64_t *org_id, struct errs *e);

/* Sends the invitation of accepted request id again with a new one-time
 * link (earlier unused links stop working), while the account has not
 * been set up yet. 0, -1 with messages, -2 not allowed. */
int join_resend(db *d, const struct actor *a, int64_t id, const char *base_url,
		struct errs *e);

/* Accepts request id for an organisation that exists already (the
 * coordination office created it by hand, or it was a member before):
 * records the decision and the link, creates nothing and sends nothing.
 * 0, -1, -2 as above. */
int join_accept_existing(db *d, const struct actor *a, int64_t id,
			 int64_t org_id, struct errs *e);

/* Declines request id with message (required, sent by e-mail). 0, -1,
 * -2 as above. */
int join_decline(db *d, const struct actor *a, int64_t id, const char *message,
		 struct errs *e);

/* --- spam protection --------------------------------------------------------- */

/* The time token for a form shown at now (unix seconds): "now.hmac". */
const char *join_form_token(db *d, arena *a, int64_t now);

enum join_token_check {
	JOIN_TOKEN_OK = 0,
	JOIN_TOKEN_BAD,	    /* missing, forged */
	JOIN_TOKEN_EARLY,   /* sent less than JOIN_MIN_SECONDS after */
	JOIN_TOKEN_EXPIRED, /* more than JOIN_MAX_SECONDS after */
};
enum join_token_check join_check_form_token(db *d, const char *token,
					    int64_t now);

/* Counts a submission from addr and says whether it is within the rate
 * limit (JOIN_RATE_MAX per JOIN_RATE_WINDOW). Old rows are removed. */
bool join_rate_allow(db *d, const char *addr, int64_t now);

/* --- one-time links to set up an account --------------------------------- */

/* Creates a link token for user_id (inside the caller's transaction):
 * writes the token (base64url) into out and stores its hash. 0 or -1. */
int account_token_create(db *d, int64_t user_id, char out[64]);

enum account_token_state {
	ACCOUNT_TOKEN_VALID = 0,
	ACCOUNT_TOKEN_UNKNOWN, /* never issued, or its account is gone */
	ACCOUNT_TOKEN_USED,
	ACCOUNT_TOKEN_EXPIRED,
};
/* The state of token and, when valid, its account in *u. */
enum account_token_state account_token_check(db *d, arena *a, const char *token,
					     struct user *u);

/* Sets the password of the token's account (the password rules apply),
 * marks the token used and audits it, in one transaction. 0, or -1 with
 * a German message in *e (field "password" for the rules). */
int account_token_use(db *d, const char *token, const char *addr,
		      const char *password, struct user_error *e);

#endif
