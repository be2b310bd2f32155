/*
 * token.h - random tokens (session ids, CSRF tokens, API keys, recovery
 * codes) from libsodium's CSPRNG, their hashes for storage, and constant-
 * time comparison. Tokens are only ever stored as hashes.
 */
#ifndef LOTSE_TOKEN_H
#define LOTSE_TOKEN_H

#include <stdbool.h>
#include <stddef.h>

/* Initialises libsodium once; returns 0 or -1. Called by every function
 * here, so callers need not. */
int crypto_ready(void);

/* nbytes random bytes as base64url without padding into out; outlen must
 * be at least 4 * nbytes / 3 + 2. */
void token_random(char *out, size_t outlen, size_t nbytes);

/* Hex BLAKE2b-256 of s: 64 hex digits and a NUL. */
void token_hash(const char *s, char out[65]);

/* Constant-time equality of two NUL-terminated strings. */
bool token_equal(const char *a, const char *b);

#endif
