/*
 * news.h - announcements of the coordination office to all partner
 * organisations or a selection of them (table news with news_recipient
 * rows; none means all): shown on the internal start page and the news
 * list of the organisations they are for, and on request sent by e-mail
 * through the outbox to each organisation's address.
 *
 * Only the coordination office writes and sends news (-2 otherwise); the
 * body is Markdown, shown without raw HTML. Every change is audited.
 */
#ifndef LOTSE_NEWS_H
#define LOTSE_NEWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"

#define NEWS_MAX_RECIPIENTS 400

struct news {
	int64_t id;
	const char *title, *body_md;
	bool all_partners;
	const char *created_by;
	const char *created_at; /* UTC; news_create: NULL for now */
	const char *emailed_at; /* "" when not sent by e-mail */
	int64_t *orgs;		/* recipients when !all_partners */
	size_t norgs;
};

/* Validates and stores n (title 1-200 characters, a text, at least one
 * organisation when not for all). With email, the e-mails are queued in
 * the same transaction. Returns the id, -1 with messages, -2 not
 * allowed. */
int64_t news_create(db *d, const struct actor *a, const struct news *n,
		    bool email, struct errs *e);
/* Loads one item with its recipients; 0 or -1. */
int news_get(db *d, arena *a, int64_t id, struct news *n);
/* Is item id for organisation org_id (all partners, or among the
 * recipients)? */
bool news_for_org(db *d, int64_t id, int64_t org_id);
/* News newest first: all of them (all set, the coordination office) or
 * those for organisation org_id (0: only those for all partners). */
size_t news_list(db *d, arena *a, bool all, int64_t org_id, int64_t offset,
		 int64_t limit, struct news **out, int64_t *total);
/* Queues the item by e-mail to each recipient organisation with an
 * address (members of the network when for all) and sets emailed_at.
 * Returns the number queued, -1 with a message, -2 not allowed. */
int news_email(db *d, const struct actor *a, int64_t id, struct errs *e);

#endif
