/*
 * minutes.h - the minutes of a meeting: an introduction, one Markdown text
 * per agenda item (agenda_item.minutes_md), a closing part, the author;
 * status draft -> approved.
 *
 * Only the coordination office writes, approves and reopens minutes (-2
 * otherwise); approved minutes are read-only until they are reopened.
 * Approving records who and when, makes the minutes visible to partners
 * and queues an e-mail (outbox kind "minutes") to the delegates of the
 * body's member organisations (the organisation's address when it has no
 * delegate with an address). Every change is audited (entity "meeting").
 *
 * The meeting and its agenda are read here with small own queries (what
 * the minutes need of them); the attendance figures come from
 * meeting_attendance_figures() in meeting.h.
 */
#ifndef LOTSE_MINUTES_H
#define LOTSE_MINUTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"

/* The meeting as the minutes show it. */
struct minutes_meeting {
	int64_t id, body_id;
	const char *title, *starts_at, *ends_at, *place, *online_url, *status;
	const char *body_name;
	bool named_votes;
};
int minutes_meeting_get(db *d, arena *a, int64_t meeting_id,
			struct minutes_meeting *m);

struct agenda_entry {
	int64_t id;
	int position;
	const char *title, *presenter, *description, *minutes_md;
};
/* The agenda of a meeting in order. */
size_t minutes_agenda(db *d, arena *a, int64_t meeting_id,
		      struct agenda_entry **out);

struct minutes {
	int64_t meeting_id;
	bool stored;	    /* a row exists */
	const char *status; /* "draft" or "approved" */
	const char *intro_md, *outro_md, *author;
	const char *approved_at, *approved_by, *updated_at; /* "" when none */
};
/* The minutes of a meeting; an empty draft when none were written.
 * Returns 0, or -1 on a database error. */
int minutes_get(db *d, arena *a, int64_t meeting_id, struct minutes *m);
static inline bool minutes_approved(const struct minutes *m)
{
	return m->status && m->status[0] == 'a';
}

/* The text of one agenda item. */
struct minutes_item {
	int64_t agenda_item_id;
	const char *md;
};
/* Saves intro, outro, author and the texts of the agenda items (each must
 * belong to the meeting) of a draft. 0, -1 with messages, -2 not allowed. */
int minutes_save(db *d, const struct actor *a, const struct minutes *m,
		 const struct minutes_item *items, size_t nitems,
		 struct errs *e);
/* Approves the draft and queues the e-mails; *mailed gets their number.
 * link is the address of the minutes written into the e-mail. */
int minutes_approve(db *d, const struct actor *a, int64_t meeting_id,
		    const char *link, size_t *mailed, struct errs *e);
/* Turns approved minutes back into a draft. */
int minutes_reopen(db *d, const struct actor *a, int64_t meeting_id,
		   struct errs *e);

#endif
