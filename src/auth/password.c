/*
 * password.c - password policy and argon2id (see password.h).
 *
 * The list of common passwords is compiled into the binary (data/, built
 * from the zxcvbn list of the most frequent passwords plus German ones; see
 * data/LICENSES.md). It is sorted, so a lookup is a binary search.
 */
#include "auth/password.h"

#include <ctype.h>
#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "auth/token.h"
#include "base/embed.h"
#include "base/utf8.h"

static unsigned long long limit_ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
static size_t limit_mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

void password_set_limits(unsigned long long ops, size_t mem)
{
	limit_ops = ops;
	limit_mem = mem;
}

static const struct embed *common_list(void)
{
	for (unsigned long i = 0; i < embedded_data_count; i++)
		if (strcmp(embedded_data[i].name, "common-passwords.txt") == 0)
			return &embedded_data[i];
	return NULL;
}

/* Binary search for word in the sorted, newline-separated list. */
static bool list_contains(const struct embed *e, const char *word, size_t n)
{
	const char *data = (const char *)e->data;
	size_t lo = 0, hi = e->len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		size_t start = mid;
		while (start > lo && data[start - 1] != '\n')
			start--;
		size_t end = start;
		while (end < e->len && data[end] != '\n')
			end++;
		size_t len = end - start;
		int c = memcmp(data + start, word, len < n ? len : n);
		if (c == 0)
			c = len < n ? -1 : len > n ? 1 : 0;
		if (c == 0)
			return true;
		if (c < 0)
			lo = end + 1;
		else
			hi = start;
	}
	return false;
}

bool password_is_common(const char *pw)
{
	const struct embed *e = common_list();
	if (!e)
		return false;
	char low[PASSWORD_MAX_BYTES + 1];
	size_t n = strlen(pw);
	if (n > PASSWORD_MAX_BYTES)
		return false;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)pw[i]);
	low[n] = '\0';
	if (list_contains(e, low, n))
		return true;
	/* "Sommer2024!" is as weak as "sommer": strip digits and punctuation
	 * at both ends and look again. */
	size_t a = 0, b = n;
	while (a < b && (isdigit((unsigned char)low[a]) ||
			 ispunct((unsigned char)low[a]) || low[a] == ' '))
		a++;
	while (b > a &&
	       (isdigit((unsigned char)low[b - 1]) ||
		ispunct((unsigned char)low[b - 1]) || low[b - 1] == ' '))
		b--;
	if (b - a >= 4 && (a > 0 || b < n) && list_contains(e, low + a, b - a))
		return true;
	/* "passwortpasswort": one common word repeated */
	for (size_t k = 4; k <= (b - a) / 2; k++) {
		if ((b - a) % k)
			continue;
		bool rep = true;
		for (size_t i = a + k; i < b && rep; i++)
			rep = low[i] == low[a + (i - a) % k];
		if (rep && list_contains(e, low + a, k))
			return true;
	}
	return false;
}

static bool all_same_or_sequence(const char *pw)
{
	size_t n = strlen(pw);
	bool same = true, up = true, down = true;
	for (size_t i = 1; i < n; i++) {
		same = same && pw[i] == pw[0];
		up = up && pw[i] == pw[i - 1] + 1;
		down = down && pw[i] == pw[i - 1] - 1;
	}
	return same || up || down;
}

const char *password_policy(const char *pw, const char *email, const char *name)
{
	if (!pw || !*pw)
		return "Bitte geben Sie ein Passwort ein.";
	size_t n = strlen(pw);
	if (n > PASSWORD_MAX_BYTES)
		return "Das Passwort ist zu lang (höchstens 1024 Zeichen).";
	if (!utf8_valid(pw, n))
		return "Das Passwort enthält ungültige Zeichen.";
	if (utf8_length(pw, n) < PASSWORD_MIN_CHARS)
		return "Das Passwort muss mindestens 12 Zeichen lang sein. "
		       "Tipp: Mehrere Wörter hintereinander lassen sich gut "
		       "merken.";
	if (all_same_or_sequence(pw) || password_is_common(pw))
		return "Dieses Passwort ist zu bekannt und leicht zu erraten. "
		       "Bitte wählen Sie ein anderes.";
	if (email && *email) {
		char local[256];
		size_t l = strcspn(email, "@");
		if (l >= 4 && l < sizeof local) {
			memcpy(local, email, l);
			local[l] = '\0';
			if (strcasestr(pw, local))
				return "Das Passwort darf nicht Ihre "
				       "E-Mail-Adresse enthalten.";
		}
	}
	if (name && strlen(name) >= 4 && strcasestr(pw, name))
		return "Das Passwort darf nicht Ihren Namen enthalten.";
	return NULL;
}

int password_hash_with(const char *pw, unsigned long long ops, size_t mem,
		       char out[PASSWORD_HASH_MAX])
{
	if (crypto_ready() < 0)
		return -1;
	char h[crypto_pwhash_STRBYTES];
	if (crypto_pwhash_str(h, pw, strlen(pw), ops, mem) != 0)
		return -1;
	size_t len = strlen(h);
	if (len >= PASSWORD_HASH_MAX)
		return -1;
	memcpy(out, h, len + 1);
	return 0;
}

int password_hash(const char *pw, char out[PASSWORD_HASH_MAX])
{
	return password_hash_with(pw, limit_ops, limit_mem, out);
}

bool password_verify(const char *hash, const char *pw)
{
	if (crypto_ready() < 0 || !hash || !pw)
		return false;
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

bool password_needs_rehash(const char *hash)
{
	return crypto_pwhash_str_needs_rehash(hash, limit_ops, limit_mem) != 0;
}

static char dummy_hash[PASSWORD_HASH_MAX];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void make_dummy(void)
{
	if (password_hash("lotse-dummy-password-for-timing", dummy_hash) < 0)
		dummy_hash[0] = '\0';
}

void password_dummy_verify(const char *pw)
{
	pthread_once(&dummy_once, make_dummy);
	if (dummy_hash[0])
		(void)password_verify(dummy_hash, pw ? pw : "");
}
