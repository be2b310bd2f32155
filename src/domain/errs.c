/*
 * errs.c - validation messages (see errs.h).
 */
#include "domain/errs.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void errs_add(struct errs *e, const char *field, const char *fmt, ...)
{
	if (!e || e->n >= ERRS_MAX)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg[e->n], sizeof e->msg[e->n], fmt, ap);
	va_end(ap);
	e->field[e->n] = field;
	e->n++;
}

const char *errs_for(const struct errs *e, const char *field)
{
	for (size_t i = 0; e && i < e->n; i++)
		if (e->field[i] && field && strcmp(e->field[i], field) == 0)
			return e->msg[i];
	return NULL;
}
