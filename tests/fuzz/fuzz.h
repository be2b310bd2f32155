/*
 * fuzz.h - helpers shared by the libFuzzer targets in tests/fuzz/.
 *
 * FUZZ_CHECK() states an invariant: when it does not hold, the target prints
 * it and aborts, so libFuzzer reports the input as a crash and writes it to
 * the artifact directory. fuzz_cstr() makes a NUL-terminated copy of the
 * input for code that takes C strings (libFuzzer's data is not terminated,
 * which is what lets AddressSanitizer catch over-reads in the others).
 */
#ifndef LOTSE_FUZZ_H
#define LOTSE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The entry point libFuzzer calls once per input. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                       \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "%s:%d: invariant violated: %s\n",     \
				__FILE__, __LINE__, #cond);                    \
			abort();                                               \
		}                                                              \
	} while (0)

/* Returns a malloc'd copy of data[0..size) plus a NUL; the caller frees it.
 * An embedded NUL ends the C string early, as it would for a header value
 * or URI handed over by the HTTP server. */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	FUZZ_CHECK(s != NULL);
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* True when s[0..n) holds a NUL byte. */
static inline int fuzz_has_nul(const char *s, size_t n)
{
	return n && memchr(s, '\0', n) != NULL;
}

#endif
