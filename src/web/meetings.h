/*
 * meetings.h - what the pages of bodies and meetings share (bodies.c,
 * meetings.c, meeting_regs.c, termine.c): times as Germans write them,
 * status badges, the option lists of bodies and municipalities, loading
 * a meeting of the path with a 404 answered.
 *
 * Only these web files include it; the handlers are declared in web.h.
 */
#ifndef LOTSE_WEB_MEETINGS_H
#define LOTSE_WEB_MEETINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "domain/body.h"
#include "domain/meeting.h"
#include "web/directory_intern.h"

/* "Dienstag, 14.03.2026" of "2026-03-14T18:00". */
const char *mt_date(struct req *r, const char *t);
/* "Di, 14.03.2026, 18:00–20:00 Uhr" (the end's date too when it differs). */
const char *mt_when(struct req *r, const struct meeting *m);
/* "18:00" of "2026-03-14T18:00". */
const char *mt_clock(struct req *r, const char *t);
/* Badges: "Öffentlich"/"Intern", "Abgesagt", "Ausgebucht". */
void mt_badges(buf *b, const struct meeting *m);
/* The bodies (active ones; with include_id also that one) as options. */
const struct option *mt_body_opts(struct req *r, db *d, int64_t include_id);
/* The meeting of path parameter "id"; answers 404 and returns false when
 * there is none. */
bool mt_load(struct req *r, db *d, struct meeting *m);
/* Sends text as an iCalendar file (download name filename, or inline). */
void mt_send_ics(struct req *r, const char *text, const char *filename);
/* The link to the meeting's iCalendar file, or to the feed. */
void mt_ics_link(buf *b, const char *href, const char *label);

/* Sections of the meeting's page: the agenda (meetings.c), the
 * registrations with the forms to register and cancel, and the attendance
 * figures (meeting_regs.c). */
void mt_agenda_list(struct req *r, db *d, int64_t meeting_id);
void mt_registration_section(struct req *r, db *d, const struct meeting *m);
void mt_figures_section(struct req *r, db *d, const struct meeting *m);

#endif
