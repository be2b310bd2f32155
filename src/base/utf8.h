/*
 * utf8.h - strict UTF-8 validation and decoding (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF). Every string that enters Lotse from
 * outside is checked with utf8_valid() before it is used.
 */
#ifndef LOTSE_UTF8_H
#define LOTSE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True when s[0..n) is well-formed UTF-8 (NUL bytes are allowed here;
 * callers that forbid them check separately). */
bool utf8_valid(const char *s, size_t n);

/* Decodes one code point at s (n bytes available). Returns its length in
 * bytes (1..4) and stores the code point, or returns 0 for an ill-formed
 * sequence (then *cp is U+FFFD). */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encodes cp into out (at least 4 bytes); returns the length, 0 if invalid. */
size_t utf8_encode(uint32_t cp, char *out);

/* Number of code points in valid UTF-8 text. */
size_t utf8_length(const char *s, size_t n);

/* Longest prefix of s[0..n) that has at most max_bytes bytes and does not cut
 * a character in half. */
size_t utf8_prefix(const char *s, size_t n, size_t max_bytes);

#endif
