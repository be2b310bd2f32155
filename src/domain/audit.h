/*
 * audit.h - the audit log: every change, sign-in and sign-in failure with
 * who, when, what and from where, in an append-only table (triggers refuse
 * UPDATE and DELETE). Summaries never contain passwords or tokens.
 */
#ifndef LOTSE_AUDIT_H
#define LOTSE_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"

/* Appends an entry; returns 0 or -1. Call inside the transaction of the
 * change it records, so that both happen or neither. */
int audit_add(db *d, const struct actor *a, const char *action,
	      const char *entity, int64_t entity_id, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

struct audit_entry {
	int64_t id;
	const char *at, *actor, *action, *entity, *summary, *addr;
	int64_t user_id, entity_id;
};

struct audit_filter {
	const char *actor;  /* substring of the actor label, or NULL */
	const char *entity; /* exact, or NULL */
	int64_t entity_id;  /* 0: any */
	const char *action; /* exact, or NULL */
	const char *from;   /* "YYYY-MM-DD" inclusive, or NULL */
	const char *to;	    /* "YYYY-MM-DD" inclusive, or NULL */
	int64_t offset, limit;
};

/* Entries matching f, newest first; returns how many were stored in *out
 * and the total matching in *total. */
size_t audit_list(db *d, arena *a, const struct audit_filter *f,
		  struct audit_entry **out, int64_t *total);

#endif
