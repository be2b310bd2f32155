/*
 * errs.h - validation results of the domain layer: German messages, each
 * tied to the field it is about (or to none), so that pages show them
 * next to the field, the API answers {"error", "field"} and the importer
 * reports line, column and reason.
 */
#ifndef LOTSE_ERRS_H
#define LOTSE_ERRS_H

#include <stddef.h>

#define ERRS_MAX 32

struct errs {
	size_t n;
	const char *field[ERRS_MAX]; /* static strings: field names */
	char msg[ERRS_MAX][240];
};

void errs_add(struct errs *e, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The first message about field, or NULL. */
const char *errs_for(const struct errs *e, const char *field);

#endif
