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

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/meeting.h"

/* The calendar of one meeting with method "REQUEST", "CANCEL" or
 * "PUBLISH" (CRLF line ends), allocated in a; NULL when the meeting does
 * not exist or the method is unknown. */
char *meeting_ics(db *d, arena *a, int64_t meeting_id, const char *method);

/* A feed (METHOD:PUBLISH) of the meetings v[0..n), named calname (shown
 * by calendar applications); allocated in a, NULL on failure. */
char *meetings_feed_ics(db *d, arena *a, const struct meeting *v, size_t n,
			const char *calname);

#endif
