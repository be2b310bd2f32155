/*
 * test_decisions.c - the rules of decisions: quorum, simple, two-thirds and
 * unanimous majority (ties, abstentions, the boundaries), the check of the
 * counts against the voters present; and on a real, freshly migrated
 * database: a motion takes its body's rules, a vote is computed from the
 * attendance, gets the register number and is audited, named votes are
 * counted, and only the coordination office may do any of it.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/log.h"
#include "db/db.h"
#include "domain/decision.h"
#include "domain/organisation.h"

/* --- the pure rules ------------------------------------------------------ */

static const char *res(const char *maj, int q, int vm, int present, int y,
		       int n, int a)
{
	return decision_result(maj, q, vm, present, y, n, a);
}

static void test_quorum_boundary(void **state)
{
	(void)state;
	/* 50 % of 10: 5 present is enough, 4 is not */
	assert_true(decision_quorate(50, 10, 5));
	assert_false(decision_quorate(50, 10, 4));
	/* 33 % of 10: 3.3 needed, so 3 is not enough */
	assert_false(decision_quorate(33, 10, 3));
	assert_true(decision_quorate(33, 10, 4));
	/* 100 %: everybody */
	assert_false(decision_quorate(100, 7, 6));
	assert_true(decision_quorate(100, 7, 7));
	/* quorum 0: always, even with nobody */
	assert_true(decision_quorate(0, 10, 0));
	assert_true(decision_quorate(0, 0, 0));
	/* a body without voting members is quorate */
	assert_true(decision_quorate(50, 0, 0));
	/* not quorate wins over any count */
	assert_string_equal(res("einstimmig", 50, 10, 4, 4, 0, 0),
			    "not_quorate");
	assert_string_equal(res("einfach", 50, 10, 5, 5, 0, 0), "adopted");
}

static void test_simple_majority(void **state)
{
	(void)state;
	assert_string_equal(res("einfach", 0, 0, 0, 5, 4, 0), "adopted");
	/* a tie rejects */
	assert_string_equal(res("einfach", 0, 0, 0, 4, 4, 0), "rejected");
	assert_string_equal(res("einfach", 0, 0, 0, 0, 0, 0), "rejected");
	/* abstentions do not count */
	assert_string_equal(res("einfach", 0, 0, 0, 1, 0, 50), "adopted");
	assert_string_equal(res("einfach", 0, 0, 0, 3, 4, 100), "rejected");
	assert_string_equal(res("einfach", 0, 0, 0, 0, 0, 10), "rejected");
}

static void test_two_thirds(void **state)
{
	(void)state;
	/* exactly two thirds: 2:1 adopted, 1:1 rejected */
	assert_string_equal(res("zweidrittel", 0, 0, 0, 2, 1, 0), "adopted");
	assert_string_equal(res("zweidrittel", 0, 0, 0, 1, 1, 0), "rejected");
	assert_string_equal(res("zweidrittel", 0, 0, 0, 4, 2, 0), "adopted");
	assert_string_equal(res("zweidrittel", 0, 0, 0, 3, 2, 0), "rejected");
	assert_string_equal(res("zweidrittel", 0, 0, 0, 67, 33, 0), "adopted");
	assert_string_equal(res("zweidrittel", 0, 0, 0, 66, 34, 0), "rejected");
	/* abstentions do not count; nobody voting rejects */
	assert_string_equal(res("zweidrittel", 0, 0, 0, 2, 1, 100), "adopted");
	assert_string_equal(res("zweidrittel", 0, 0, 0, 0, 0, 5), "rejected");
	assert_string_equal(res("zweidrittel", 0, 0, 0, 1, 0, 0), "adopted");
}

static void test_unanimous(void **state)
{
	(void)state;
	char out[160];
	assert_string_equal(res("einstimmig", 0, 0, 0, 10, 0, 0), "adopted");
	assert_string_equal(decision_result_text("einstimmig", "adopted", 10, 0,
						 0, out, sizeof out),
			    "einstimmig angenommen");
	/* abstentions are allowed: "ohne Gegenstimmen" */
	assert_string_equal(res("einstimmig", 0, 0, 0, 10, 0, 2), "adopted");
	assert_string_equal(decision_result_text("einstimmig", "adopted", 10, 0,
						 2, out, sizeof out),
			    "ohne Gegenstimmen angenommen (bei 2 "
			    "Enthaltungen)");
	assert_string_equal(decision_result_text("einstimmig", "adopted", 10, 0,
						 1, out, sizeof out),
			    "ohne Gegenstimmen angenommen (bei 1 Enthaltung)");
	/* one vote against rejects; only abstentions reject */
	assert_string_equal(res("einstimmig", 0, 0, 0, 10, 1, 0), "rejected");
	assert_string_equal(res("einstimmig", 0, 0, 0, 0, 0, 5), "rejected");
	/* an unknown rule never adopts */
	assert_string_equal(res("absolut", 0, 0, 0, 10, 0, 0), "rejected");
	assert_string_equal(decision_result_text("einfach", "rejected", 4, 4, 0,
						 out, sizeof out),
			    "abgelehnt");
	assert_string_equal(decision_result_text("einfach", "not_quorate", 4, 0,
						 0, out, sizeof out),
			    "nicht beschlussfähig");
}

static void test_counts_against_present(void **state)
{
	(void)state;
	struct errs e = {0};
	assert_int_equal(decision_check_counts(10, 5, 3, 2, &e), 0);
	assert_int_equal(e.n, 0);
	assert_int_equal(decision_check_counts(10, 5, 3, 3, &e), -1);
	assert_non_null(errs_for(&e, "counts"));
	assert_non_null(strstr(errs_for(&e, "counts"), "11 Stimmen"));
	e = (struct errs){0};
	assert_int_equal(decision_check_counts(10, -1, 0, 0, &e), -1);
	assert_non_null(errs_for(&e, "yes"));
	e = (struct errs){0};
	assert_int_equal(decision_check_counts(0, 0, 0, 0, &e), 0);
	assert_int_equal(decision_check_counts(0, 1, 0, 0, &e), -1);
	assert_non_null(strstr(errs_for(&e, "counts"), "Anwesenheit"));
}

/* --- on a database ------------------------------------------------------ */

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org[3];
	struct actor coord, partner;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-decisions-%d.db",
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
	static const char *const names[] = {"Familienzentrum A",
					    "Hebammenpraxis B", "Kita C"};
	for (int i = 0; i < 3; i++) {
		struct organisation o = {.name = names[i],
					 .sector = "familienzentrum"};
		f->org[i] = org_create(f->d, &cli, &o, &ue);
		assert_true(f->org[i] > 0);
	}
	/* Two bodies (the second with named votes), all three
	 * organisations voting members; a meeting of each with one agenda
	 * item; persons of A and B present, of C absent. */
	assert_int_equal(
		db_exec(f->d,
			"INSERT INTO body (id, name, kind, majority, "
			"quorum_percent, named_votes, created_at, updated_at) "
			"VALUES (1, 'Plenum', 'plenum', 'zweidrittel', 50, 0, "
			"'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
			"(2, 'Steuerungsgruppe', 'steuerung', 'einfach', 100, "
			"1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
			"INSERT INTO body_member (body_id, organisation_id, "
			"voting) SELECT b.id, o.id, 1 FROM body b, "
			"organisation o;"
			"INSERT INTO meeting (id, body_id, title, starts_at, "
			"ends_at, uid, created_at, updated_at) VALUES (1, 1, "
			"'Plenum März', '2026-03-04T18:00', "
			"'2026-03-04T20:00', 'u1@test', "
			"'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
			"(2, 2, 'Steuerung April', '2026-04-01T10:00', "
			"'2026-04-01T12:00', 'u2@test', "
			"'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
			"INSERT INTO agenda_item (id, meeting_id, position, "
			"title) VALUES (1, 1, 1, 'Geschäftsordnung'), (2, 2, "
			"1, 'Haushalt');"
			"INSERT INTO registration (meeting_id, "
			"organisation_id, name, status, attended, created_at, "
			"updated_at) SELECT m.id, o.id, 'Person ' || o.id, "
			"'registered', CASE WHEN o.name LIKE 'Kita%' THEN 0 "
			"ELSE 1 END, '2026-01-01T00:00:00Z', "
			"'2026-01-01T00:00:00Z' FROM meeting m, organisation "
			"o;"),
		0);
	f->coord = (struct actor){8, "k@example.org", "", ROLE_COORDINATION, 0};
	f->partner =
		(struct actor){7, "p@example.org", "", ROLE_PARTNER, f->org[0]};
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

static void test_motion_vote_register(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	struct motion m = {.agenda_item_id = 1,
			   .title = "Geschäftsordnung beschließen",
			   .text_md = "Das Plenum beschließt die **GO**."};
	/* partners may not */
	assert_int_equal(motion_create(f->d, &f->partner, &m, &e), -2);
	e = (struct errs){0};
	assert_int_equal(motion_create(f->d, &f->coord, &m, &e), 0);
	struct motion got;
	assert_int_equal(motion_get(f->d, f->a, m.id, &got), 0);
	/* the body's rules were copied */
	assert_string_equal(got.majority, "zweidrittel");
	assert_int_equal(got.quorum_percent, 50);
	assert_false(got.decided);

	struct presence p;
	assert_int_equal(decision_presence(f->d, 1, &p), 0);
	assert_int_equal(p.voting_members, 3);
	assert_int_equal(p.present_voting, 2);
	assert_int_equal(p.persons, 2);

	/* more votes than voters present: refused, nothing stored */
	assert_int_equal(
		motion_vote(f->d, &f->coord, m.id, 2, 1, 0, NULL, 0, NULL, &e),
		-1);
	assert_non_null(errs_for(&e, "counts"));
	assert_int_equal(motion_get(f->d, f->a, m.id, &got), 0);
	assert_false(got.decided);
	e = (struct errs){0};
	assert_int_equal(motion_vote(f->d, &f->partner, m.id, 2, 0, 0, NULL, 0,
				     NULL, &e),
			 -2);
	e = (struct errs){0};
	/* 1 yes, 1 no under two-thirds: rejected */
	assert_int_equal(
		motion_vote(f->d, &f->coord, m.id, 1, 1, 0, NULL, 0, NULL, &e),
		0);
	assert_int_equal(motion_get(f->d, f->a, m.id, &got), 0);
	assert_true(got.decided);
	assert_string_equal(got.result, "rejected");
	assert_string_equal(got.number, "2026/01");
	assert_int_equal(got.present_voting, 2);
	assert_int_equal(got.voting_members, 3);
	/* a correction keeps the number */
	assert_int_equal(
		motion_vote(f->d, &f->coord, m.id, 2, 0, 0, NULL, 0, NULL, &e),
		0);
	assert_int_equal(motion_get(f->d, f->a, m.id, &got), 0);
	assert_string_equal(got.result, "adopted");
	assert_string_equal(got.number, "2026/01");
	/* decided motions cannot be changed or deleted */
	got.title = "Anders";
	assert_int_equal(motion_update(f->d, &f->coord, &got, &e), -1);
	e = (struct errs){0};
	assert_int_equal(motion_delete(f->d, &f->coord, m.id, &e), -1);
	e = (struct errs){0};

	/* the next decision of the year gets the next number */
	struct motion m2 = {.agenda_item_id = 1, .title = "Zweiter Antrag"};
	assert_int_equal(motion_create(f->d, &f->coord, &m2, &e), 0);
	assert_int_equal(
		motion_vote(f->d, &f->coord, m2.id, 0, 0, 2, NULL, 0, NULL, &e),
		0);
	assert_int_equal(motion_get(f->d, f->a, m2.id, &got), 0);
	assert_string_equal(got.number, "2026/02");
	assert_string_equal(got.result, "rejected");

	/* the register */
	struct motion *v;
	struct register_filter rf = {0};
	assert_int_equal(motion_register(f->d, f->a, &rf, &v), 2);
	rf.result = "adopted";
	assert_int_equal(motion_register(f->d, f->a, &rf, &v), 1);
	assert_string_equal(v[0].title, "Geschäftsordnung beschließen");
	rf = (struct register_filter){.year = 2025};
	assert_int_equal(motion_register(f->d, f->a, &rf, &v), 0);
	int years[4];
	assert_int_equal(motion_register_years(f->d, years, 4), 1);
	assert_int_equal(years[0], 2026);

	/* the audit log has the vote */
	sqlite3_stmt *st = db_stmt(f->d, "SELECT count(*) FROM audit_log "
					 "WHERE entity = 'motion' AND "
					 "action = 'decide'");
	if (st) {
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		assert_int_equal(sqlite3_column_int(st, 0), 2);
		sqlite3_reset(st);
	}
}

static void test_named_votes(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	struct motion m = {.agenda_item_id = 2, .title = "Haushalt 2027"};
	assert_int_equal(motion_create(f->d, &f->coord, &m, &e), 0);
	struct voter *vs;
	/* only the members present may vote: A and B */
	assert_int_equal(motion_voters(f->d, f->a, m.id, &vs), 2);
	struct named_vote votes[] = {{f->org[0], "yes"}, {f->org[1], "no"}};
	assert_int_equal(motion_vote(f->d, &f->coord, m.id, 99, 99, 99, votes,
				     2, NULL, &e),
			 0);
	struct motion got;
	assert_int_equal(motion_get(f->d, f->a, m.id, &got), 0);
	assert_int_equal(got.yes, 1);
	assert_int_equal(got.no, 1);
	assert_int_equal(got.abstain, 0);
	/* quorum 100 % of 3, only 2 present */
	assert_string_equal(got.result, "not_quorate");
	assert_string_equal(got.number, "2026/01");
	assert_int_equal(motion_voters(f->d, f->a, m.id, &vs), 2);
	assert_string_equal(vs[0].choice, "yes");
	/* a vote of an absent member is refused */
	struct named_vote bad[] = {{f->org[2], "yes"}};
	assert_int_equal(
		motion_vote(f->d, &f->coord, m.id, 0, 0, 0, bad, 1, NULL, &e),
		-1);
	assert_non_null(errs_for(&e, "votes"));
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quorum_boundary),
		cmocka_unit_test(test_simple_majority),
		cmocka_unit_test(test_two_thirds),
		cmocka_unit_test(test_unanimous),
		cmocka_unit_test(test_counts_against_present),
		T(test_motion_vote_register),
		T(test_named_votes),
	};
	log_set_level(LOG_ERROR + 1);
	return cmocka_run_group_tests_name("test_decisions", tests, NULL, NULL);
}
