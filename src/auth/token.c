/*
 * token.c - random tokens and their hashes (see token.h).
 */
#include "auth/token.h"

#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

static int sodium_state = -1;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init_once(void)
{
	sodium_state = sodium_init() < 0 ? -1 : 0;
}

int crypto_ready(void)
{
	pthread_once(&once, init_once);
	return sodium_state;
}

void token_random(char *out, size_t outlen, size_t nbytes)
{
	unsigned char raw[128];
	if (crypto_ready() < 0 || nbytes > sizeof raw)
		abort();
	if (outlen < sodium_base64_ENCODED_LEN(
			     nbytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING))
		abort();
	randombytes_buf(raw, nbytes);
	sodium_bin2base64(out, outlen, raw, nbytes,
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof raw);
}

void token_hash(const char *s, char out[65])
{
	unsigned char h[32];
	if (crypto_ready() < 0)
		abort();
	crypto_generichash(h, sizeof h, (const unsigned char *)s, strlen(s),
			   NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof h);
}

bool token_equal(const char *a, const char *b)
{
	if (!a || !b)
		return false;
	size_t la = strlen(a), lb = strlen(b);
	if (la != lb || la == 0)
		return false;
	return sodium_memcmp(a, b, la) == 0;
}
