/*
 * log.h - one-line log messages on stderr with a UTC timestamp.
 *
 * Never log secrets: passwords, tokens, session ids, cookies, query strings
 * (which may carry a family's situation from the Lotse tool). Callers log
 * paths and ids, not request values.
 */
#ifndef LOTSE_LOG_H
#define LOTSE_LOG_H

#include <stdint.h>

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

void log_set_level(enum log_level level);
/* When quiet, info messages are suppressed (used by tests and CLI tools). */
void log_msg(enum log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)

/* Microseconds from a monotonic clock, for durations. */
int64_t clock_us(void);
/* Seconds since the epoch (wall clock). */
int64_t clock_unix(void);
/* Writes "YYYY-MM-DDTHH:MM:SSZ" for t into out (at least 21 bytes). */
void time_iso(int64_t t, char out[21]);

#endif
