/*
 * password.h - passwords: the policy (length, common passwords) and argon2id
 * hashing through libsodium. Passwords are never logged and never appear
 * in an error message.
 */
#ifndef LOTSE_PASSWORD_H
#define LOTSE_PASSWORD_H

#include <stdbool.h>
#include <stddef.h>

#define PASSWORD_MIN_CHARS 12
#define PASSWORD_MAX_BYTES 1024
#define PASSWORD_HASH_MAX 128

/* NULL when pw is acceptable for the account (email, name may be NULL),
 * else a German sentence saying what to change. */
const char *password_policy(const char *pw, const char *email,
			    const char *name);

/* True when pw (lower-cased, stripped of leading and trailing digits and
 * punctuation) is on the list of common passwords. */
bool password_is_common(const char *pw);

/* argon2id with the current parameters (libsodium's "interactive" ones
 * unless password_set_limits() changed them). Returns 0 or -1. */
int password_hash(const char *pw, char out[PASSWORD_HASH_MAX]);
/* Same with explicit parameters (tests, and operators on slow hardware). */
int password_hash_with(const char *pw, unsigned long long ops, size_t mem,
		       char out[PASSWORD_HASH_MAX]);
/* Sets the parameters password_hash() and password_needs_rehash() use. */
void password_set_limits(unsigned long long ops, size_t mem);

bool password_verify(const char *hash, const char *pw);
/* True when hash was made with other (older, weaker) parameters. */
bool password_needs_rehash(const char *hash);
/* Spends the time of one verification, so that an unknown e-mail address
 * cannot be told from a wrong password by timing. */
void password_dummy_verify(const char *pw);

#endif
