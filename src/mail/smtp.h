/*
 * smtp.h - sending one finished message through an SMTP server with
 * libcurl: smtp:// with STARTTLS (required unless switched off) or
 * smtps:// (TLS from the start), optional login, bounded time.
 *
 * Error messages are short German reasons for the outbox page; they never
 * contain the password, the user name or the server's URL (which may hold
 * credentials), only the kind of failure and the server's reply code.
 */
#ifndef LOTSE_SMTP_H
#define LOTSE_SMTP_H

#include <stdbool.h>
#include <stddef.h>

struct smtp_config {
	const char *url;      /* "smtp://host:587" or "smtps://host:465" */
	const char *from;     /* envelope sender */
	const char *user;     /* "" or NULL: no login */
	const char *password; /* secret */
	bool starttls;	      /* for smtp://: require STARTTLS */
	long timeout_s;	      /* whole transfer; 0: 60 s */
};

/* Initialises libcurl; call once from the main thread before any thread
 * sends. */
void smtp_global_init(void);

/* Sends data (len bytes, CRLF lines) to rcpt. Returns 0, or -1 with a
 * German reason in err (with the server's reply code when there was
 * one); *unreachable (may be NULL) is set when the server could not be
 * reached at all (name, connection, timeout, TLS), so that the caller
 * need not try further messages now. */
int smtp_send(const struct smtp_config *c, const char *rcpt, const char *data,
	      size_t len, char *err, size_t errlen, bool *unreachable);

#endif
