/*
 * totp.c - RFC 6238 one-time passwords via liboath (see totp.h).
 */
#include "auth/totp.h"

#include <ctype.h>
#include <liboath/oath.h>
#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "auth/token.h"
#include "view/html.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init(void)
{
	oath_init();
}

static size_t unhex(const char *hex, char *out, size_t max)
{
	size_t len = 0;
	if (sodium_hex2bin((unsigned char *)out, max, hex, strlen(hex), NULL,
			   &len, NULL) != 0)
		return 0;
	return len;
}

void totp_new_secret(char hex[2 * TOTP_SECRET_BYTES + 1])
{
	unsigned char raw[TOTP_SECRET_BYTES];
	if (crypto_ready() < 0)
		abort();
	randombytes_buf(raw, sizeof raw);
	sodium_bin2hex(hex, 2 * TOTP_SECRET_BYTES + 1, raw, sizeof raw);
	sodium_memzero(raw, sizeof raw);
}

char *totp_base32(arena *a, const char *hex)
{
	pthread_once(&once, init);
	char raw[64];
	size_t n = unhex(hex, raw, sizeof raw);
	char *b32 = NULL;
	size_t b32len = 0;
	if (n == 0 || oath_base32_encode(raw, n, &b32, &b32len) != OATH_OK)
		return arena_strdup(a, "");
	/* Drop the '=' padding; apps accept it without. */
	while (b32len && b32[b32len - 1] == '=')
		b32len--;
	char *out = arena_strndup(a, b32, b32len);
	free(b32);
	return out;
}

char *totp_uri(arena *a, const char *hex, const char *issuer,
	       const char *account)
{
	const char *label_issuer = url_component(a, issuer);
	return arena_printf(a,
			    "otpauth://totp/%s:%s?secret=%s&issuer=%s&"
			    "algorithm=SHA1&digits=6&period=30",
			    label_issuer, url_component(a, account),
			    totp_base32(a, hex), label_issuer);
}

int totp_code(const char *hex, int64_t t, unsigned digits, char *out)
{
	pthread_once(&once, init);
	char raw[64];
	size_t n = unhex(hex, raw, sizeof raw);
	if (n == 0)
		return -1;
	return oath_totp_generate(raw, n, (time_t)t, TOTP_STEP, 0, digits,
				  out) == OATH_OK
		       ? 0
		       : -1;
}

int64_t totp_verify(const char *hex, const char *code, int64_t now,
		    int64_t last_step)
{
	pthread_once(&once, init);
	if (!code)
		return -1;
	char digits[8];
	size_t k = 0;
	/* People type "123 456": ignore spaces. */
	for (const char *p = code; *p; p++) {
		if (*p == ' ')
			continue;
		if (!isdigit((unsigned char)*p) || k >= 6)
			return -1;
		digits[k++] = *p;
	}
	if (k != 6)
		return -1;
	digits[k] = '\0';
	char raw[64];
	size_t n = unhex(hex, raw, sizeof raw);
	if (n == 0)
		return -1;
	int pos = 0;
	uint64_t counter = 0;
	int rc = oath_totp_validate3(raw, n, (time_t)now, TOTP_STEP, 0, 1, &pos,
				     &counter, digits);
	sodium_memzero(raw, sizeof raw);
	if (rc < 0)
		return -1;
	if ((int64_t)counter <= last_step)
		return -1;
	return (int64_t)counter;
}
