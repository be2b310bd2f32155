/*
 * ical.h - meetings as iCalendar (RFC 5545, written with libical): one
 * meeting as an invitation (METHOD:REQUEST), its cancellation
 * (METHOD:CANCEL, STATUS:CANCELLED) or a published copy (METHOD:PUBLISH),
 * and feeds of many meetings for calendar subscriptions.
 *
 * Every event carries the meeting's stable UID and its SEQUENCE (raised by
 * meeting_save() on every change of title, time or place and by the
 * cancellation), local times with TZID=Europe/Berlin and a VTIMEZONE with
 * the CET/CEST rules, the agenda in DESCRIPTION, the place (or the online
 * link) in LOCATION, a link to the meeting's page (setting public_url)
 * and the coordination office (setting contact_email) as ORGANIZER.
 */
#ifndef LOTSE_ICAL_H
#define LOTSE_ICAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/meeting.h"

/* The calendar of one meeting with method "REQUEST", "CANCEL" or
 * "PUBLISH" (CRLF line ends), allocated in a; NULL when the meeting does
 * not exist or the method is unknown. */
char *meeting_ics(db *d, arena *a, int64_t meeting_id, const char *method);

/* The same; without with_link the online link is left out (it goes
 * only to those invited and to signed-in users, not to the public). */
char *meeting_ics_opts(db *d, arena *a, int64_t meeting_id, const char *method,
		       bool with_link);

/* A feed (METHOD:PUBLISH) of the meetings v[0..n), named calname (shown
 * by calendar applications), with or without the online links;
 * allocated in a, NULL on failure. */
char *meetings_feed_ics(db *d, arena *a, const struct meeting *v, size_t n,
			const char *calname, bool with_link);

/* --- personal feeds ------------------------------------------------------- */

/* A new secret token for the personal feed of the actor's user (replacing
 * an old one), written into out (at least 48 bytes); only its hash is
 * stored. Audited. 0 or -1. */
int calendar_token_new(db *d, const struct actor *a, char *out, size_t outlen);
/* Ends the personal feed of the actor's user. 0 or -1. */
int calendar_token_delete(db *d, const struct actor *a);
/* Does the actor's user have a personal feed? */
bool calendar_token_exists(db *d, int64_t user_id);
/* The active user (partner or more) whose token this is, or 0. */
int64_t calendar_token_user(db *d, const char *token);
/* The meetings of a personal feed, from three months back on: those of
 * the bodies org_id is a member of, and every public one (with all_bodies,
 * for the coordination office: every meeting). */
size_t calendar_feed_meetings(db *d, arena *a, int64_t org_id, bool all_bodies,
			      const char *from, struct meeting **out);

#endif
