/*
 * test_meetings.c - the rules of bodies and meetings on a real, freshly
 * migrated database: rights (partners read, the coordination office
 * changes), meeting validation with German messages per field, the
 * iCalendar sequence raised by a change of time, place or title (and by
 * the cancellation), agenda order, registration with capacity and waiting
 * list (moving up queues the e-mail in the outbox), partners registering
 * only their own organisation, attendance, the figures per sector and the
 * quorum helper, and the fields of the .ics output.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db/db.h"
#include "domain/body.h"
#include "domain/contact.h"
#include "domain/ical.h"
#include "domain/meeting.h"
#include "domain/organisation.h"
#include "domain/settings.h"
#include "domain/user.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org_a, org_b, org_c, body;
	struct actor partner_a, coord;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-meetings-%d.db",
		 getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	f->a = arena_new(8192);
	struct actor cli = ACTOR_CLI;
	struct user_error ue = {0};
	struct organisation o = {.name = "Familienzentrum A",
				 .sector = "familienzentrum"};
	f->org_a = org_create(f->d, &cli, &o, &ue);
	o.name = "Hebammenpraxis B";
	o.sector = "hebammen";
	f->org_b = org_create(f->d, &cli, &o, &ue);
	o.name = "Jugendamt C";
	o.sector = "jugendhilfe-oeffentlich";
	f->org_c = org_create(f->d, &cli, &o, &ue);
	f->partner_a =
		(struct actor){7, "a@example.org", "", ROLE_PARTNER, f->org_a};
	f->coord = (struct actor){8, "k@example.org", "", ROLE_COORDINATION, 0};
	struct body b = {.name = "Steuerungsgruppe",
			 .kind = "steuerung",
			 .majority = "einfach",
			 .quorum_percent = 50};
	struct errs e = {0};
	assert_int_equal(body_save(f->d, &f->coord, &b, &e), 0);
	f->body = b.id;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	db_close(f->d);
	arena_free(f->a);
	char p[80];
	unlink(f->path);
	snprintf(p, sizeof p, "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", f->path);
	unlink(p);
	free(f);
	return 0;
}

static int64_t count(db *d, const char *sql, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	assert_non_null(st);
	db_bind_int(st, 1, id);
	int64_t v = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return v;
}

static int64_t new_meeting(struct fixture *f, const char *start,
			   const char *end, int capacity)
{
	struct meeting m = {.body_id = f->body,
			    .title = "Sitzung der Steuerungsgruppe",
			    .starts_at = start,
			    .ends_at = end,
			    .place = "Kreishaus, Raum 3",
			    .capacity = capacity};
	struct errs e = {0};
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), 0);
	return m.id;
}

static void test_body_rights_and_validation(void **state)
{
	struct fixture *f = *state;
	struct body b = {
		.name = "AG Sprache", .kind = "ag", .majority = "einfach"};
	struct errs e = {0};
	assert_int_equal(body_save(f->d, &f->partner_a, &b, &e), -2);
	b = (struct body){.name = "",
			  .kind = "lokal",
			  .majority = "viele",
			  .quorum_percent = 120};
	e = (struct errs){0};
	assert_int_equal(body_save(f->d, &f->coord, &b, &e), -1);
	assert_non_null(errs_for(&e, "name"));
	assert_non_null(errs_for(&e, "region_id")); /* lokal needs one */
	assert_non_null(errs_for(&e, "majority"));
	assert_non_null(errs_for(&e, "quorum_percent"));
	/* members: delegate must be a contact of that organisation */
	struct contact c = {.org_id = f->org_b,
			    .name = "Erika Muster",
			    .role = "ansprechperson"};
	e = (struct errs){0};
	assert_int_equal(contact_save(f->d, &f->coord, &c, &e), 0);
	struct body_member m = {.body_id = f->body,
				.org_id = f->org_a,
				.delegate_id = c.id,
				.voting = true};
	e = (struct errs){0};
	assert_int_equal(body_member_save(f->d, &f->coord, &m, &e), -1);
	assert_non_null(errs_for(&e, "delegate_id"));
	m.org_id = f->org_b;
	e = (struct errs){0};
	assert_int_equal(body_member_save(f->d, &f->partner_a, &m, &e), -2);
	assert_int_equal(body_member_save(f->d, &f->coord, &m, &e), 0);
	assert_true(body_is_member(f->d, f->body, f->org_b, true));
	struct body got;
	assert_int_equal(body_get(f->d, f->a, f->body, &got), 0);
	got.chair_contact_id = c.id;
	e = (struct errs){0};
	assert_int_equal(body_save(f->d, &f->coord, &got, &e), 0);
	assert_int_equal(body_get(f->d, f->a, f->body, &got), 0);
	assert_string_equal(got.chair_name, "Erika Muster");
	assert_int_equal(got.members, 1);
	e = (struct errs){0};
	assert_int_equal(
		body_member_remove(f->d, &f->coord, f->body, f->org_b, &e), 0);
	assert_int_equal(body_get(f->d, f->a, f->body, &got), 0);
	assert_int_equal(got.chair_contact_id, 0); /* left with the org */
}

static void test_meeting_validation(void **state)
{
	struct fixture *f = *state;
	struct meeting m = {.body_id = 999,
			    .title = "",
			    .starts_at = "2030-02-30T10:00",
			    .ends_at = "2030-01-01T09:00",
			    .online_url = "http://example.org/raum",
			    .capacity = -3};
	struct errs e = {0};
	assert_int_equal(meeting_save(f->d, &f->partner_a, &m, &e), -2);
	e = (struct errs){0};
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), -1);
	assert_non_null(errs_for(&e, "title"));
	assert_non_null(errs_for(&e, "body_id"));
	assert_non_null(errs_for(&e, "starts_at"));
	assert_non_null(errs_for(&e, "online_url"));
	assert_non_null(errs_for(&e, "capacity"));
	m = (struct meeting){.body_id = f->body,
			     .title = "T",
			     .starts_at = "2030-01-01T10:00",
			     .ends_at = "2030-01-01T09:00"};
	e = (struct errs){0};
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), -1);
	assert_non_null(errs_for(&e, "ends_at"));
	assert_int_equal(
		count(f->d, "SELECT count(*) FROM meeting WHERE ?1", 1), 0);
}

static void test_sequence_rises_on_change_and_cancel(void **state)
{
	struct fixture *f = *state;
	int64_t id = new_meeting(f, "2030-03-10T10:00", "2030-03-10T12:00", 0);
	struct meeting m;
	assert_int_equal(meeting_get(f->d, f->a, id, &m), 0);
	assert_int_equal(m.sequence, 0);
	const char *uid = m.uid;
	assert_non_null(strstr(uid, "@lotse"));
	/* public flag and description alone: no new version */
	m.public = true;
	m.description = "Bitte Unterlagen mitbringen.";
	struct errs e = {0};
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), 0);
	assert_int_equal(meeting_get(f->d, f->a, id, &m), 0);
	assert_int_equal(m.sequence, 0);
	m.starts_at = "2030-03-10T11:00";
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), 0);
	assert_int_equal(meeting_get(f->d, f->a, id, &m), 0);
	assert_int_equal(m.sequence, 1);
	m.place = "Rathaus";
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), 0);
	assert_int_equal(meeting_get(f->d, f->a, id, &m), 0);
	assert_int_equal(m.sequence, 2);
	assert_string_equal(m.uid, uid);
	assert_int_equal(meeting_cancel(f->d, &f->partner_a, id, &e), -2);
	assert_int_equal(meeting_cancel(f->d, &f->coord, id, &e), 0);
	assert_int_equal(meeting_get(f->d, f->a, id, &m), 0);
	assert_int_equal(m.sequence, 3);
	assert_string_equal(m.status, "cancelled");
	e = (struct errs){0};
	assert_int_equal(meeting_cancel(f->d, &f->coord, id, &e), -1);
	m.title = "Neu";
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), -1);
}

static void test_agenda_order(void **state)
{
	struct fixture *f = *state;
	int64_t id = new_meeting(f, "2030-04-10T10:00", "2030-04-10T12:00", 0);
	const char *titles[] = {"Begrüßung", "Bericht", "Verschiedenes"};
	int64_t ids[3];
	for (int i = 0; i < 3; i++) {
		struct agenda_item it = {.meeting_id = id, .title = titles[i]};
		struct errs e = {0};
		assert_int_equal(agenda_save(f->d, &f->coord, &it, &e), 0);
		ids[i] = it.id;
	}
	struct errs e = {0};
	struct agenda_item bad = {.meeting_id = id, .title = ""};
	assert_int_equal(agenda_save(f->d, &f->coord, &bad, &e), -1);
	assert_non_null(errs_for(&e, "title"));
	assert_int_equal(agenda_move(f->d, &f->partner_a, ids[2], -1, &e), -2);
	assert_int_equal(agenda_move(f->d, &f->coord, ids[2], -1, &e), 0);
	struct agenda_item *v;
	assert_int_equal(agenda_list(f->d, f->a, id, &v), 3);
	assert_string_equal(v[1].title, "Verschiedenes");
	assert_int_equal(v[1].position, 2);
	assert_int_equal(agenda_delete(f->d, &f->coord, ids[0], &e), 0);
	assert_int_equal(agenda_list(f->d, f->a, id, &v), 2);
	assert_string_equal(v[0].title, "Verschiedenes");
	assert_int_equal(v[0].position, 1);
	assert_int_equal(v[1].position, 2);
	/* first stays first */
	assert_int_equal(agenda_move(f->d, &f->coord, v[0].id, -1, &e), 0);
}

static void test_capacity_and_waiting_list(void **state)
{
	struct fixture *f = *state;
	int64_t id = new_meeting(f, "2030-05-10T10:00", "2030-05-10T12:00", 2);
	const char *names[] = {"Anna Beispiel", "Bernd Beispiel",
			       "Clara Beispiel", "Dora Beispiel"};
	int64_t rid[4];
	for (int i = 0; i < 4; i++) {
		struct registration r = {
			.meeting_id = id,
			.org_id = f->org_a,
			.name = names[i],
			.email = arena_printf(f->a, "p%d@example.org", i)};
		struct errs e = {0};
		assert_int_equal(
			meeting_register(f->d, &f->partner_a, &r, false, &e),
			0);
		assert_string_equal(r.status, i < 2 ? "registered" : "waiting");
		rid[i] = r.id;
	}
	/* not twice, and not for another organisation */
	struct registration r = {.meeting_id = id,
				 .org_id = f->org_a,
				 .name = "Anna Beispiel",
				 .email = "P0@example.org"};
	struct errs e = {0};
	assert_int_equal(meeting_register(f->d, &f->partner_a, &r, false, &e),
			 -1);
	assert_non_null(errs_for(&e, "email"));
	r.org_id = f->org_b;
	r.email = "x@example.org";
	assert_int_equal(meeting_register(f->d, &f->partner_a, &r, false, &e),
			 -2);
	assert_int_equal(registration_cancel(f->d, &f->partner_a, rid[0], &e),
			 0);
	struct registration g;
	assert_int_equal(registration_get(f->d, f->a, rid[2], &g), 0);
	assert_string_equal(g.status, "registered");
	assert_int_equal(registration_get(f->d, f->a, rid[3], &g), 0);
	assert_string_equal(g.status, "waiting");
	assert_int_equal(
		count(f->d,
		      "SELECT count(*) FROM outbox WHERE kind = 'waitlist' AND "
		      "ref_id = ?1 AND recipient = 'p2@example.org' AND "
		      "subject LIKE 'Sie sind nachgerückt%'",
		      id),
		1);
	/* more places: the rest of the waiting list moves up */
	struct meeting m;
	assert_int_equal(meeting_get(f->d, f->a, id, &m), 0);
	m.capacity = 0;
	assert_int_equal(meeting_save(f->d, &f->coord, &m, &e), 0);
	assert_int_equal(registration_get(f->d, f->a, rid[3], &g), 0);
	assert_string_equal(g.status, "registered");
	assert_int_equal(count(f->d,
			       "SELECT count(*) FROM outbox WHERE kind = "
			       "'waitlist' AND ref_id = ?1",
			       id),
			 2);
	/* a past meeting: partners can no longer register */
	int64_t past =
		new_meeting(f, "2020-05-10T10:00", "2020-05-10T12:00", 0);
	r = (struct registration){.meeting_id = past,
				  .org_id = f->org_a,
				  .name = "Anna Beispiel"};
	e = (struct errs){0};
	assert_int_equal(meeting_register(f->d, &f->partner_a, &r, false, &e),
			 -1);
}

static void test_attendance_figures_and_quorum(void **state)
{
	struct fixture *f = *state;
	int64_t id = new_meeting(f, "2021-05-10T10:00", "2021-05-10T12:00", 0);
	struct errs e = {0};
	int64_t orgs[] = {f->org_a, f->org_a, f->org_b, f->org_c};
	int64_t rid[4];
	for (int i = 0; i < 4; i++) {
		struct registration r = {
			.meeting_id = id,
			.org_id = orgs[i],
			.name = arena_printf(f->a, "Person %d", i)};
		assert_int_equal(
			meeting_register(f->d, &f->coord, &r, false, &e), 0);
		rid[i] = r.id;
	}
	for (int i = 0; i < 3; i++) {
		struct body_member m = {.body_id = f->body,
					.org_id = orgs[i + 1],
					.voting = i != 2};
		assert_int_equal(body_member_save(f->d, &f->coord, &m, &e), 0);
	}
	int64_t present[] = {rid[0], rid[1], rid[3]};
	assert_int_equal(meeting_attendance_save(f->d, &f->partner_a, id,
						 present, 3, &e),
			 -2);
	int64_t bogus = 99999;
	assert_int_equal(
		meeting_attendance_save(f->d, &f->coord, id, &bogus, 1, &e),
		-1);
	assert_int_equal(
		meeting_attendance_save(f->d, &f->coord, id, present, 3, &e),
		0);
	struct attendance_figures fig;
	assert_int_equal(meeting_attendance_figures(f->d, id, &fig), 0);
	assert_int_equal(fig.recorded, 4);
	assert_int_equal(fig.attendees, 3);
	assert_int_equal(fig.organisations, 2);
	assert_int_equal(fig.nsectors, 2);
	/* in the order of sectors[]: public youth welfare first */
	assert_string_equal(fig.per_sector[0].sector,
			    "jugendhilfe-oeffentlich");
	assert_int_equal(fig.per_sector[0].attendees, 1);
	assert_string_equal(fig.per_sector[1].sector, "familienzentrum");
	assert_int_equal(fig.per_sector[1].attendees, 2);
	assert_int_equal(fig.per_sector[1].organisations, 1);
	/* voting members: A and B (C has no vote); present: A only */
	int voting, here;
	assert_int_equal(meeting_present_voting(f->d, id, &voting, &here), 0);
	assert_int_equal(voting, 2);
	assert_int_equal(here, 1);
	/* a walk-in counts as present */
	struct registration w = {.meeting_id = id,
				 .org_id = f->org_b,
				 .name = "Spontan Gekommen"};
	assert_int_equal(meeting_register(f->d, &f->coord, &w, true, &e), 0);
	assert_int_equal(meeting_present_voting(f->d, id, &voting, &here), 0);
	assert_int_equal(here, 2);
}

/* The text with folded lines joined (RFC 5545, 3.1). */
static char *unfold(arena *a, const char *s)
{
	assert_non_null(s);
	char *out = arena_strdup(a, s), *w = out;
	for (const char *p = s; *p; p++) {
		if (p[0] == '\r' && p[1] == '\n' &&
		    (p[2] == ' ' || p[2] == '\t')) {
			p += 2;
			continue;
		}
		*w++ = *p;
	}
	*w = 0;
	return out;
}

static void test_ics_fields(void **state)
{
	struct fixture *f = *state;
	int64_t id = new_meeting(f, "2030-07-01T14:30", "2030-07-01T16:00", 0);
	struct agenda_item it = {.meeting_id = id,
				 .title = "Beschluss der Geschäftsordnung",
				 .presenter = "Vorsitz"};
	struct errs e = {0};
	assert_int_equal(agenda_save(f->d, &f->coord, &it, &e), 0);
	assert_int_equal(
		setting_set(f->d, "contact_email", "netzwerk@example.org"), 0);
	assert_int_equal(
		setting_set(f->d, "public_url", "https://netz.example/"), 0);
	struct meeting m;
	assert_int_equal(meeting_get(f->d, f->a, id, &m), 0);
	char *ics = unfold(f->a, meeting_ics(f->d, f->a, id, "REQUEST"));
	assert_non_null(ics);
	assert_non_null(strstr(ics, "BEGIN:VCALENDAR\r\n"));
	assert_non_null(strstr(ics, "METHOD:REQUEST"));
	assert_non_null(strstr(ics, arena_printf(f->a, "UID:%s", m.uid)));
	assert_non_null(strstr(ics, "SEQUENCE:0"));
	assert_non_null(
		strstr(ics, "DTSTART;TZID=Europe/Berlin:20300701T143000"));
	assert_non_null(
		strstr(ics, "DTEND;TZID=Europe/Berlin:20300701T160000"));
	assert_non_null(strstr(ics, "BEGIN:VTIMEZONE"));
	assert_non_null(strstr(ics, "TZNAME:CEST"));
	assert_non_null(strstr(ics, "DTSTAMP:"));
	assert_non_null(strstr(ics, "SUMMARY:Sitzung der Steuerungsgruppe"));
	assert_non_null(strstr(ics, "LOCATION:Kreishaus\\, Raum 3"));
	assert_non_null(strstr(ics, "Beschluss der Geschäftsordnung"));
	assert_non_null(strstr(ics, "ORGANIZER"));
	assert_non_null(strstr(ics, "mailto:netzwerk@example.org"));
	assert_non_null(strstr(
		ics,
		arena_printf(f->a,
			     "URL:https://netz.example/intern/sitzungen/%lld",
			     (long long)id)));
	assert_null(meeting_ics(f->d, f->a, id, "BOGUS"));
	assert_int_equal(meeting_cancel(f->d, &f->coord, id, &e), 0);
	ics = unfold(f->a, meeting_ics(f->d, f->a, id, "CANCEL"));
	assert_non_null(strstr(ics, "METHOD:CANCEL"));
	assert_non_null(strstr(ics, "STATUS:CANCELLED"));
	assert_non_null(strstr(ics, "SEQUENCE:1"));
	struct meeting *v;
	struct meeting_filter flt = {.body_id = f->body};
	size_t n = meeting_list(f->d, f->a, &flt, &v, NULL);
	char *feed = meetings_feed_ics(f->d, f->a, v, n, "Termine", true);
	assert_non_null(strstr(feed, "METHOD:PUBLISH"));
	assert_non_null(strstr(feed, "X-WR-CALNAME:Termine"));
	/* the online link only for those invited and signed in */
	int64_t online =
		new_meeting(f, "2030-08-01T10:00", "2030-08-01T11:00", 0);
	struct meeting om;
	assert_int_equal(meeting_get(f->d, f->a, online, &om), 0);
	om.online_url = "https://video.example/raum-42";
	assert_int_equal(meeting_save(f->d, &f->coord, &om, &e), 0);
	ics = unfold(f->a, meeting_ics(f->d, f->a, online, "REQUEST"));
	assert_non_null(strstr(ics, "https://video.example/raum-42"));
	ics = unfold(f->a,
		     meeting_ics_opts(f->d, f->a, online, "PUBLISH", false));
	assert_null(strstr(ics, "video.example"));
	assert_non_null(strstr(ics, "Online-Teilnahme möglich"));
}

static void test_local_time(void **state)
{
	(void)state;
	char now[17];
	meeting_local_now(now);
	assert_true(meeting_time_valid(now));
	assert_false(meeting_time_valid("2030-02-29T10:00"));
	assert_true(meeting_time_valid("2028-02-29T10:00"));
	assert_false(meeting_time_valid("2030-01-01 10:00"));
	assert_false(meeting_time_valid("2030-01-01T24:00"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_body_rights_and_validation,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_meeting_validation, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_sequence_rises_on_change_and_cancel, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_agenda_order, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_capacity_and_waiting_list,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_attendance_figures_and_quorum, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ics_fields, setup,
						teardown),
		cmocka_unit_test(test_local_time),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
