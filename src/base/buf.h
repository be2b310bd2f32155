/*
 * buf.h - growable byte buffer with a hard maximum (after curl's dynbuf).
 *
 * A buffer that would grow past its maximum stops growing and remembers the
 * overflow; the caller checks buf_failed() once at the end instead of after
 * every append. The data is always NUL-terminated. Memory comes from malloc
 * and is released by buf_free() or handed over with buf_detach().
 */
#ifndef LOTSE_BUF_H
#define LOTSE_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct buf {
	char *data;
	size_t len;
	size_t cap;
	size_t max;
	bool failed;
} buf;

#define BUF_DEFAULT_MAX ((size_t)16 << 20)

void buf_init(buf *b, size_t max);
void buf_free(buf *b);
void buf_reset(buf *b);
/* Appends; returns 0, or -1 (and sets failed) when max would be exceeded. */
int buf_append(buf *b, const void *data, size_t n);
int buf_puts(buf *b, const char *s);
int buf_putc(buf *b, char c);
int buf_printf(buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int buf_vprintf(buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Returns the data ("" for an empty buffer); the buffer keeps ownership. */
const char *buf_str(const buf *b);
/* Hands the malloc'd data to the caller (who frees it) and empties b. */
char *buf_detach(buf *b, size_t *len);
static inline bool buf_failed(const buf *b)
{
	return b->failed;
}

#endif
