/*
 * test_mail.c - invitations and news on a real, freshly migrated
 * database: the German date line, invitations queued with the calendar
 * file (REQUEST) and recorded per address, duplicates and bad addresses,
 * updated invitations with the new sequence, the cancellation (CANCEL),
 * rights (only the coordination office), and news for a selection of
 * organisations: who sees them, their e-mails (once).
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db/db.h"
#include "domain/news.h"
#include "domain/organisation.h"
#include "mail/invite.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org_a, org_b;
	struct actor coord, partner;
};

static const char sql_setup[] =
	"INSERT INTO body (id, name, kind, created_at, updated_at) VALUES "
	"(1, 'Plenum', 'plenum', '2026-01-01T00:00:00Z', "
	"'2026-01-01T00:00:00Z');"
	"INSERT INTO meeting (id, body_id, title, starts_at, ends_at, place, "
	"uid, sequence, created_at, updated_at) VALUES (1, 1, "
	"'Netzwerkkonferenz Frühjahr', '2036-03-04T14:00', "
	"'2036-03-04T16:00', 'Kreishaus', 'm1@lotse.test', 0, "
	"'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');";
static const char sql_bump[] =
	"UPDATE meeting SET sequence = sequence + 1, place = 'Rathaus' "
	"WHERE id = 1";
static const char sql_cancel[] =
	"UPDATE meeting SET sequence = sequence + 1, status = 'cancelled' "
	"WHERE id = 1";

static int64_t count(db *d, const char *sql, const char *arg)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	assert_non_null(st);
	if (arg)
		db_bind_text(st, 1, arg);
	int64_t n = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return n;
}

static const char sql_count_kind[] =
	"SELECT count(*) FROM outbox WHERE kind = ?1";
static const char sql_count_all[] = "SELECT count(*) FROM outbox";
static const char sql_count_seq1[] =
	"SELECT count(*) FROM invitation WHERE meeting_id = 1 AND "
	"sequence = 1";
static const char sql_count_ics[] =
	"SELECT count(*) FROM outbox WHERE ics_method = ?1 AND ics LIKE "
	"'%UID:m1@lotse.test%'";
static const char sql_count_subject[] =
	"SELECT count(*) FROM outbox WHERE subject = ?1";

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-mail-%d.db", getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	f->a = arena_new(8192);
	struct actor cli = ACTOR_CLI;
	struct user_error e = {0};
	struct organisation o = {.name = "Familienzentrum A",
				 .sector = "familienzentrum",
				 .email = "a@example.org"};
	f->org_a = org_create(f->d, &cli, &o, &e);
	o.name = "Hebammenpraxis B";
	o.sector = "hebammen";
	o.email = "b@example.org";
	f->org_b = org_create(f->d, &cli, &o, &e);
	assert_true(f->org_a > 0 && f->org_b > 0);
	assert_int_equal(db_exec(f->d, sql_setup), 0);
	f->coord = (struct actor){2, "k@example.org", "", ROLE_COORDINATION, 0};
	f->partner =
		(struct actor){3, "p@example.org", "", ROLE_PARTNER, f->org_a};
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	arena_free(f->a);
	db_close(f->d);
	unlink(f->path);
	free(f);
	return 0;
}

static void test_when(void **state)
{
	(void)state;
	char out[160];
	invite_when("2026-03-03T14:00", "2026-03-03T16:00", out, sizeof out);
	assert_string_equal(out, "Dienstag, 3. März 2026, 14:00–16:00 Uhr");
	invite_when("2026-11-22T09:30", "2026-11-23T12:00", out, sizeof out);
	assert_string_equal(out, "Sonntag, 22. November 2026, 09:30 Uhr bis "
				 "Montag, 23. November 2026, 12:00 Uhr");
}

static void test_invite_cycle(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	struct invite_recipient v[] = {
		{"Gast@Example.org", "Gast", 0},
		{"a@example.org", "Familienzentrum A", f->org_a},
		{"gast@example.org", "", 0}, /* the same, once */
	};
	assert_int_equal(invite_send(f->d, &f->partner, 1, v, 3, &e), -2);
	assert_int_equal(invite_send(f->d, &f->coord, 1, v, 3, &e), 2);
	assert_int_equal(count(f->d, sql_count_kind, "invitation"), 2);
	assert_int_equal(count(f->d, sql_count_ics, "REQUEST"), 2);
	assert_int_equal(count(f->d, sql_count_subject,
			       "Einladung: Netzwerkkonferenz Frühjahr"),
			 2);
	struct invitation *inv;
	assert_int_equal(invite_list(f->d, f->a, 1, &inv), 2);
	/* a bad address stops everything */
	struct invite_recipient bad[] = {{"ok@example.org", "", 0},
					 {"kein-at", "", 0}};
	e = (struct errs){0};
	int64_t before = count(f->d, sql_count_all, NULL);
	assert_int_equal(invite_send(f->d, &f->coord, 1, bad, 2, &e), -1);
	assert_non_null(errs_for(&e, "adressen"));
	assert_int_equal(count(f->d, sql_count_all, NULL), before);
	/* nothing up to date to resend, then a change: updated invitations
	 * with the new sequence */
	e = (struct errs){0};
	assert_int_equal(invite_resend(f->d, &f->coord, 1, false, &e), 0);
	assert_int_equal(db_exec(f->d, sql_bump), 0);
	assert_int_equal(invite_resend(f->d, &f->coord, 1, false, &e), 2);
	assert_int_equal(count(f->d, sql_count_seq1, NULL), 2);
	assert_int_equal(
		count(f->d, sql_count_subject,
		      "Aktualisierte Einladung: Netzwerkkonferenz Frühjahr"),
		2);
	/* the cancellation to everyone invited */
	assert_int_equal(invite_send_cancellation(f->d, &f->partner, 1), -2);
	assert_int_equal(db_exec(f->d, sql_cancel), 0);
	assert_int_equal(invite_send_cancellation(f->d, &f->coord, 1), 2);
	assert_int_equal(count(f->d, sql_count_kind, "cancellation"), 2);
	assert_int_equal(count(f->d, sql_count_ics, "CANCEL"), 2);
	/* a cancelled meeting takes no invitations */
	e = (struct errs){0};
	assert_int_equal(invite_send(f->d, &f->coord, 1, v, 1, &e), -1);
	assert_int_equal(invite_send_cancellation(f->d, &f->coord, 99), -1);
}

static void test_news(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	int64_t only_a[] = {f->org_a};
	struct news n = {.title = "Nur für A",
			 .body_md = "Text",
			 .orgs = only_a,
			 .norgs = 1};
	assert_int_equal(news_create(f->d, &f->partner, &n, false, &e), -2);
	struct news none = {.title = "", .body_md = ""};
	assert_int_equal(news_create(f->d, &f->coord, &none, false, &e), -1);
	assert_non_null(errs_for(&e, "title"));
	assert_non_null(errs_for(&e, "body_md"));
	assert_non_null(errs_for(&e, "orgs"));
	e = (struct errs){0};
	int64_t id = news_create(f->d, &f->coord, &n, false, &e);
	assert_true(id > 0);
	assert_true(news_for_org(f->d, id, f->org_a));
	assert_false(news_for_org(f->d, id, f->org_b));
	struct news all = {
		.title = "Für alle", .body_md = "Text", .all_partners = true};
	int64_t id2 = news_create(f->d, &f->coord, &all, false, &e);
	assert_true(id2 > 0);
	struct news *v;
	int64_t total;
	assert_int_equal(
		news_list(f->d, f->a, false, f->org_b, 0, 10, &v, &total), 1);
	assert_string_equal(v[0].title, "Für alle");
	assert_int_equal(
		news_list(f->d, f->a, false, f->org_a, 0, 10, &v, &total), 2);
	assert_int_equal(news_list(f->d, f->a, true, 0, 0, 10, &v, &total), 2);
	/* by e-mail, once */
	assert_int_equal(news_email(f->d, &f->partner, id, &e), -2);
	assert_int_equal(news_email(f->d, &f->coord, id, &e), 1);
	assert_int_equal(count(f->d, sql_count_subject, "Neuigkeit: Nur für A"),
			 1);
	assert_int_equal(news_email(f->d, &f->coord, id, &e), -1);
	/* for all partners: every member with an address */
	e = (struct errs){0};
	assert_int_equal(news_email(f->d, &f->coord, id2, &e), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when),
		cmocka_unit_test_setup_teardown(test_invite_cycle, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_news, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
