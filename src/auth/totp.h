/*
 * totp.h - the second factor: time-based one-time passwords (RFC 6238,
 * HMAC-SHA1, 30-second steps, 6 digits) through liboath, as every
 * authenticator app understands them.
 */
#ifndef LOTSE_TOTP_H
#define LOTSE_TOTP_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

#define TOTP_SECRET_BYTES 20
#define TOTP_STEP 30

/* A new random secret as 40 hex digits. */
void totp_new_secret(char hex[2 * TOTP_SECRET_BYTES + 1]);
/* The secret in base32 (what people type into an app), in a. */
char *totp_base32(arena *a, const char *hex);
/* "otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=..." for the QR code. */
char *totp_uri(arena *a, const char *hex, const char *issuer,
	       const char *account);
/* The code for time t with the given number of digits (6 or 8); returns 0
 * or -1. out needs digits + 1 bytes. */
int totp_code(const char *hex, int64_t t, unsigned digits, char *out);
/* Checks a 6-digit code at time now, allowing one step of clock drift
 * either way. Returns the time step the code belongs to, or -1 when it is
 * wrong or belongs to a step <= last_step (a code is used only once). */
int64_t totp_verify(const char *hex, const char *code, int64_t now,
		    int64_t last_step);

#endif
