/*
 * meeting.h - meetings of the network's bodies: the meeting itself (time,
 * place or online link, public or internal, capacity, its iCalendar uid
 * and sequence, cancellation), its agenda (ordered items with presenter,
 * description and attached document versions), the registrations with a
 * waiting list, and the attendance recorded on the day with the figures a
 * report needs.
 *
 * Times are local wall-clock times of the district, "YYYY-MM-DDTHH:MM"
 * (Europe/Berlin). The coordination office changes meetings, agendas and
 * attendance; partners register and cancel persons of their own
 * organisation only (checked here with actor_may_edit_org). Every change
 * is audited in its transaction; a person who moves up from the waiting
 * list gets an e-mail through the outbox in the same transaction.
 */
#ifndef LOTSE_MEETING_H
#define LOTSE_MEETING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"

struct meeting {
	int64_t id, body_id;
	const char *body_name, *body_kind;
	const char *title, *description;
	const char *starts_at, *ends_at; /* "YYYY-MM-DDTHH:MM", local */
	const char *place, *online_url;
	bool public;
	int capacity;	    /* 0: no limit */
	const char *status; /* "planned", "cancelled" */
	const char *uid;
	int sequence;
	const char *created_at, *updated_at;
	int registered, waiting; /* counts (meeting_get, meeting_list) */
};

struct meeting_filter {
	int64_t body_id;       /* 0: all bodies */
	bool public_only;      /* only public meetings */
	const char *from;      /* starts_at >= from, or NULL */
	const char *before;    /* starts_at < before, or NULL */
	bool newest_first;     /* order by start descending */
	bool planned_only;     /* without cancelled meetings */
	int64_t offset, limit; /* limit 0: all */
};

/* The current local time of the district (Europe/Berlin, with summer
 * time) as "YYYY-MM-DDTHH:MM". */
void meeting_local_now(char out[17]);
/* Is text a valid local time "YYYY-MM-DDTHH:MM"? */
bool meeting_time_valid(const char *text);

int meeting_get(db *d, arena *a, int64_t id, struct meeting *m);
size_t meeting_list(db *d, arena *a, const struct meeting_filter *f,
		    struct meeting **out, int64_t *total);
/* Validates and stores m (insert when m->id is 0: a new uid, sequence 0).
 * A change of title, time, place or online link raises the sequence.
 * Coordination office only. 0, -1 with German messages, -2 not allowed. */
int meeting_save(db *d, const struct actor *a, struct meeting *m,
		 struct errs *e);
/* Cancels a planned meeting: status cancelled, sequence + 1, and the
 * cancellation sent to those invited. 0, -1, -2 as above. */
int meeting_cancel(db *d, const struct actor *a, int64_t id, struct errs *e);

/* --- agenda ---------------------------------------------------------------- */

struct agenda_doc {
	int64_t version_id, document_id;
	int version;
	const char *title;
};

struct agenda_item {
	int64_t id, meeting_id;
	int position; /* 1, 2, ... */
	const char *title, *presenter, *description;
	struct agenda_doc *docs;
	size_t ndocs;
};

size_t agenda_list(db *d, arena *a, int64_t meeting_id,
		   struct agenda_item **out);
int agenda_get(db *d, arena *a, int64_t item_id, struct agenda_item *it);
/* Stores an item (a new one goes to the end); coordination office only.
 * 0, -1, -2. */
int agenda_save(db *d, const struct actor *a, struct agenda_item *it,
		struct errs *e);
/* Moves an item one place up (dir < 0) or down (dir > 0). */
int agenda_move(db *d, const struct actor *a, int64_t item_id, int dir,
		struct errs *e);
int agenda_delete(db *d, const struct actor *a, int64_t item_id,
		  struct errs *e);
/* Replaces the document versions attached to an item. */
int agenda_set_documents(db *d, const struct actor *a, int64_t item_id,
			 const int64_t *version_ids, size_t n, struct errs *e);
/* Every document version there is (for the select), newest first. */
size_t agenda_doc_choices(db *d, arena *a, struct agenda_doc **out);

/* --- registrations and attendance ------------------------------------------ */

struct registration {
	int64_t id, meeting_id, org_id, user_id;
	const char *org_name, *sector; /* "" without organisation */
	const char *name, *email;
	const char *status; /* "registered", "waiting", "cancelled" */
	int attended;	    /* -1: not recorded, 0, 1 */
	const char *created_at;
};

/* Registrations of a meeting: registered ones (by name), then the
 * waiting list in its order, then cancelled ones. */
size_t registration_list(db *d, arena *a, int64_t meeting_id,
			 struct registration **out);
int registration_get(db *d, arena *a, int64_t id, struct registration *r);
/*
 * Registers r->name (and r->email) of organisation r->org_id for meeting
 * r->meeting_id. Partners only for their own organisation and only for a
 * planned meeting that has not begun; the coordination office for anyone
 * at any time. With walk_in (coordination office, on the day) the person
 * is registered as present whatever the capacity. When the capacity is
 * reached the status is "waiting". Sets r->id and r->status. 0, -1, -2.
 */
int meeting_register(db *d, const struct actor *a, struct registration *r,
		     bool walk_in, struct errs *e);
/* Cancels a registration (partners: of their own organisation, before the
 * meeting). A freed place goes to the first on the waiting list, who is
 * told by e-mail (outbox, kind "waitlist") - all in one transaction. */
int registration_cancel(db *d, const struct actor *a, int64_t id,
			struct errs *e);
/* Records the attendance of every registered person of the meeting:
 * present when the id is in present_ids, absent otherwise. Coordination
 * office only, from the day of the meeting on. 0, -1, -2. */
int meeting_attendance_save(db *d, const struct actor *a, int64_t meeting_id,
			    const int64_t *present_ids, size_t n,
			    struct errs *e);

#define FIGURES_MAX_SECTORS 32
struct attendance_figures {
	int recorded;	   /* registrations with attendance recorded */
	int attendees;	   /* persons present */
	int organisations; /* organisations with someone present */
	struct {
		const char *sector; /* code, "" for persons without one */
		const char *label;
		int attendees, organisations;
	} per_sector[FIGURES_MAX_SECTORS];
	size_t nsectors;
};
/* Attendees and organisations present, in total and per sector (in the
 * order of sectors[], only sectors with someone present). 0 or -1. */
int meeting_attendance_figures(db *d, int64_t meeting_id,
			       struct attendance_figures *f);
/* For the quorum: the number of voting member organisations of the
 * meeting's body, and how many of them had at least one person present.
 * 0 or -1. */
int meeting_present_voting(db *d, int64_t meeting_id, int *voting_members,
			   int *present);

#endif
