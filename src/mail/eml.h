/*
 * eml.h - building an e-mail message as RFC 5322 text (the ".eml" file
 * that is sent through SMTP and that the outbox page offers for download).
 *
 * The message is MIME: a text/plain part (UTF-8, quoted-printable) and,
 * for invitations, a text/calendar attachment (base64) with its iTIP
 * method, both in a multipart/mixed body. Non-ASCII subjects and display
 * names become RFC 2047 encoded-words; every line ends with CRLF and is
 * at most 998 octets long. CR, LF and other control characters in header
 * values (subject, names, addresses) are dropped, so that no value can
 * add a header of its own (header injection).
 *
 * Knows nothing of the database except eml_from_outbox(), which builds
 * the message of one outbox row.
 */
#ifndef LOTSE_EML_H
#define LOTSE_EML_H

#include <stdint.h>

#include "base/arena.h"
#include "base/buf.h"
#include "db/db.h"

struct eml_msg {
	const char *from;	/* sender address */
	const char *from_name;	/* display name or NULL */
	const char *to;		/* one recipient address */
	const char *to_name;	/* display name or NULL */
	const char *subject;	/* UTF-8 */
	const char *date;	/* UTC "YYYY-MM-DDTHH:MM:SSZ" (db_now) */
	const char *message_id; /* "<...@...>" */
	const char *text;	/* plain text body, UTF-8, LF or CRLF */
	const char *ics;	/* iCalendar text or NULL */
	const char *ics_method; /* REQUEST, CANCEL, PUBLISH (with ics) */
};

/* Appends the whole message to b. Returns 0, or -1 when a required value
 * is missing or b overflowed. */
int eml_build(buf *b, const struct eml_msg *m);

/* Appends value as an RFC 2047 encoded header value (plain when it is
 * printable ASCII), with control characters removed. Lines are folded
 * so that none is longer than 78 characters; used is the length of the
 * line so far ("Subject: " = 9). */
void eml_header_text(buf *b, const char *value, size_t used);

/* Converts "YYYY-MM-DDTHH:MM:SSZ" into an RFC 5322 date ("Sun, 22 Nov
 * 2026 11:43:26 +0000"); returns 0 or -1 when iso is malformed. */
int eml_date(const char *iso, char out[64]);

/* Quoted-printable (RFC 2045) of text, with line breaks as CRLF. */
void eml_qp(buf *b, const char *text);
/* Base64 in lines of 76 characters, each ending with CRLF. */
void eml_base64(buf *b, const unsigned char *data, size_t len);

/* Builds the message of outbox row id with the sender from the settings
 * (smtp_from, else contact_email) and the network's name. Appends to b;
 * sets *recipient (in a) when not NULL. Returns 0, -1 on a database error
 * or when no such row exists. */
int eml_from_outbox(db *d, arena *a, int64_t id, buf *b,
		    const char **recipient);

/* The sender address from the settings (smtp_from, else contact_email,
 * else "lotse@localhost"), in a. */
const char *eml_sender(db *d, arena *a);

#endif
