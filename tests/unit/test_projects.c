/*
 * test_projects.c - the rules of projects and of joining the network on a
 * real, freshly migrated database: project validation (each problem named
 * with its field), storage with all lists, the filters (with LIKE
 * wildcards taken literally), rights (a partner creates and changes only
 * projects its organisation leads, the coordination office all), the
 * audit; join requests: validation, the signed time token (too early,
 * forged, expired), the rate limit, accepting (organisation, contact,
 * account, one-time link and e-mail in one transaction) and declining,
 * and the one-time link (works once, expires).
 */
#include "testutil.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "auth/password.h"
#include "base/log.h"
#include "db/db.h"
#include "domain/join.h"
#include "domain/organisation.h"
#include "domain/project.h"
#include "domain/region.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org_a, org_b, muni;
	struct actor partner_a, partner_b, coord;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-projects-%d.db",
		 getpid());
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
				 .sector = "familienzentrum"};
	f->org_a = org_create(f->d, &cli, &o, &e);
	o.name = "Beratungsstelle B";
	o.sector = "beratungsstelle";
	f->org_b = org_create(f->d, &cli, &o, &e);
	int64_t district =
		region_add(f->d, 0, "district", "Kreis", "kreis", NULL);
	f->muni = region_add(f->d, district, "municipality", "Ahrwald",
			     "ahrwald", "03999001");
	f->partner_a =
		(struct actor){7, "a@example.org", "", ROLE_PARTNER, f->org_a};
	f->partner_b =
		(struct actor){9, "b@example.org", "", ROLE_PARTNER, f->org_b};
	f->coord = (struct actor){8, "k@example.org", "", ROLE_COORDINATION, 0};
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

static bool has_field(const struct errs *e, const char *field)
{
	return errs_for(e, field) != NULL;
}

/* A valid project led by org. */
static struct project sample(int64_t org, int64_t partner, int64_t muni)
{
	struct project p = {.title = "Sprachcafé für Mütter",
			    .lead_org_id = org,
			    .description = "Jeden Mittwoch.",
			    .results = "",
			    .funding = "Kommune",
			    .status = "laufend",
			    .starts_on = "2025-01-01",
			    .ends_on = "",
			    .public = true};
	p.partners[p.npartners++] = partner;
	p.needs[p.nneeds++] = "migration-sprache";
	p.needs[p.nneeds++] = "begegnung";
	p.ages[p.nages++] = "1-3";
	p.ages[p.nages++] = "0-1";
	p.regions[p.nregions++] = muni;
	return p;
}

static void test_project_stored_with_lists(void **state)
{
	struct fixture *f = *state;
	struct project p = sample(f->org_a, f->org_b, f->muni);
	struct errs e = {0};
	assert_int_equal(project_save(f->d, &f->coord, &p, &e), 0);
	assert_true(p.id > 0);
	struct project g;
	assert_int_equal(project_get(f->d, f->a, p.id, &g), 0);
	assert_string_equal(g.title, "Sprachcafé für Mütter");
	assert_string_equal(g.lead_org_name, "Familienzentrum A");
	assert_int_equal(g.npartners, 1);
	assert_string_equal(g.partner_names[0], "Beratungsstelle B");
	assert_int_equal(g.nneeds, 2);
	assert_int_equal(g.nages, 2);
	/* ages in the order of the prevention chain */
	assert_string_equal(g.ages[0], "0-1");
	assert_string_equal(g.ages[1], "1-3");
	assert_int_equal(g.nregions, 1);
	assert_string_equal(g.region_names[0], "Ahrwald");
	assert_string_equal(g.ends_on, "");
	/* a change replaces the lists */
	g.nneeds = 0;
	g.npartners = 0;
	g.status = "abgeschlossen";
	g.ends_on = "2025-12-31";
	assert_int_equal(project_save(f->d, &f->coord, &g, &e), 0);
	struct project h;
	assert_int_equal(project_get(f->d, f->a, p.id, &h), 0);
	assert_int_equal(h.nneeds, 0);
	assert_int_equal(h.npartners, 0);
	assert_string_equal(h.status, "abgeschlossen");
	assert_int_equal(e.n, 0);
}

static void test_each_problem_is_named(void **state)
{
	struct fixture *f = *state;
	struct project p = sample(f->org_a, f->org_a, f->muni);
	p.title = "";
	p.status = "fertig";
	p.starts_on = "2025-02-30";
	p.ends_on = "2024-13-01";
	p.needs[0] = "zirkus";
	p.ages[0] = "99";
	p.regions[0] = 999;
	p.funding = "";
	struct errs e = {0};
	assert_int_equal(project_save(f->d, &f->coord, &p, &e), -1);
	assert_true(has_field(&e, "title"));
	assert_true(has_field(&e, "status"));
	assert_true(has_field(&e, "starts_on"));
	assert_true(has_field(&e, "ends_on"));
	assert_true(has_field(&e, "needs"));
	assert_true(has_field(&e, "ages"));
	assert_true(has_field(&e, "regions"));
	/* the lead is not its own partner */
	assert_true(has_field(&e, "partners"));
	assert_false(has_field(&e, "funding"));
	/* end before start */
	struct project q = sample(f->org_a, f->org_b, f->muni);
	q.starts_on = "2025-06-01";
	q.ends_on = "2025-05-31";
	struct errs e2 = {0};
	assert_int_equal(project_save(f->d, &f->coord, &q, &e2), -1);
	assert_string_equal(e2.field[0], "ends_on");
	assert_non_null(strstr(e2.msg[0], "vor dem Beginn"));
	/* no lead, unknown partner */
	struct project r = sample(0, 12345, f->muni);
	struct errs e3 = {0};
	assert_int_equal(project_save(f->d, &f->coord, &r, &e3), -1);
	assert_true(has_field(&e3, "lead_org_id"));
	assert_true(has_field(&e3, "partners"));
	int64_t total;
	struct project *v;
	struct project_filter all = {0};
	assert_int_equal(project_find(f->d, f->a, &all, &v, &total), 0);
}

static void test_partner_only_own_projects(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	/* a partner may not create a project led by another organisation */
	struct project p = sample(f->org_b, f->org_a, f->muni);
	assert_int_equal(project_save(f->d, &f->partner_a, &p, &e), -2);
	/* but one led by its own */
	p = sample(f->org_a, f->org_b, f->muni);
	memset(&e, 0, sizeof e);
	assert_int_equal(project_save(f->d, &f->partner_a, &p, &e), 0);
	/* the partner organisation may not change it, nor delete it */
	struct project g;
	assert_int_equal(project_get(f->d, f->a, p.id, &g), 0);
	assert_false(project_may_edit(&f->partner_b, &g));
	assert_true(project_may_edit(&f->partner_a, &g));
	assert_true(project_may_edit(&f->coord, &g));
	g.title = "Übernommen";
	assert_int_equal(project_save(f->d, &f->partner_b, &g, &e), -2);
	assert_int_equal(project_delete(f->d, &f->partner_b, p.id, &e), -2);
	/* the lead cannot hand it over */
	g.title = "Sprachcafé";
	g.lead_org_id = f->org_b;
	assert_int_equal(project_save(f->d, &f->partner_a, &g, &e), -2);
	/* the coordination office can (the new lead is no partner then) */
	g.npartners = 0;
	memset(&e, 0, sizeof e);
	assert_int_equal(project_save(f->d, &f->coord, &g, &e), 0);
	assert_int_equal(project_delete(f->d, &f->partner_a, p.id, &e), -2);
	assert_int_equal(project_delete(f->d, &f->partner_b, p.id, &e), 0);
	assert_int_equal(project_get(f->d, f->a, p.id, &g), -1);
	/* audited: create, update, delete */
	sqlite3_stmt *st = db_stmt(
		f->d, "SELECT group_concat(action || ':' || actor, ' ') FROM "
		      "(SELECT action, actor FROM audit_log WHERE entity = "
		      "'project' ORDER BY id)");
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal(db_col_text(st, 0),
			    "create:a@example.org update:k@example.org "
			    "delete:b@example.org");
	sqlite3_reset(st);
}

static void test_filters(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	struct project p = sample(f->org_a, f->org_b, f->muni);
	assert_int_equal(project_save(f->d, &f->coord, &p, &e), 0);
	p = sample(f->org_b, f->org_a, f->muni);
	p.id = 0;
	p.title = "Elternbriefe 100% digital";
	p.public = false;
	p.nregions = 0;
	p.nneeds = 1;
	p.needs[0] = "erziehung-bindung";
	p.status = "geplant";
	assert_int_equal(project_save(f->d, &f->coord, &p, &e), 0);
	struct project *v;
	int64_t total;
	struct project_filter fl = {.public_only = true};
	assert_int_equal(project_find(f->d, f->a, &fl, &v, &total), 1);
	assert_int_equal(total, 1);
	fl = (struct project_filter){.internal_only = true};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 1);
	assert_string_equal(v[0].title, "Elternbriefe 100% digital");
	fl = (struct project_filter){.need = "migration-sprache"};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 1);
	fl = (struct project_filter){.region_id = f->muni};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 1);
	fl = (struct project_filter){.status = "geplant", .age = "1-3"};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 1);
	/* words: each must occur; % and _ are literal */
	fl = (struct project_filter){.q = "  digital   eltern "};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 1);
	fl = (struct project_filter){.q = "100%"};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 1);
	fl = (struct project_filter){.q = "%"};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 1);
	fl = (struct project_filter){.q = "_"};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 0);
	fl = (struct project_filter){.org_id = f->org_b};
	project_find(f->d, f->a, &fl, &v, &total);
	assert_int_equal(total, 2); /* partner in one, lead of the other */
	fl = (struct project_filter){.limit = 1, .offset = 1};
	assert_int_equal(project_find(f->d, f->a, &fl, &v, &total), 1);
	assert_int_equal(total, 2);
	assert_int_equal(project_of_org(f->d, f->a, f->org_b, true, &v), 1);
}

/* --- joining --------------------------------------------------------------------- */

static struct join_request request(const char *email)
{
	return (struct join_request){.org_name = "Tagespflege Sonnenschein",
				     .sector = "kita",
				     .street = "Am Bach 1",
				     .postcode = "29664",
				     .city = "Ahrwald",
				     .web = "https://sonnenschein.example",
				     .contact_name = "Ilka Sommer",
				     .contact_email = email,
				     .contact_phone = "",
				     .message = "Wir möchten mitmachen."};
}

static void test_join_validation(void **state)
{
	struct fixture *f = *state;
	struct join_request j = request("keine adresse");
	j.org_name = "";
	j.sector = "zirkus";
	j.postcode = "123";
	j.web = "javascript:alert(1)";
	struct errs e = {0};
	assert_int_equal(join_submit(f->d, &f->coord, &j, false, &e), -1);
	const char *fields[] = {"org_name", "sector",	     "postcode",
				"web",	    "contact_email", "consent"};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		assert_true(has_field(&e, fields[i]));
	assert_int_equal(join_count(f->d, "new"), 0);
	j = request("Ilka@Sonnenschein.example");
	memset(&e, 0, sizeof e);
	int64_t id = join_submit(f->d, &f->coord, &j, true, &e);
	assert_true(id > 0);
	struct join_request g;
	assert_int_equal(join_get(f->d, f->a, id, &g), 0);
	assert_string_equal(g.contact_email, "ilka@sonnenschein.example");
	assert_string_equal(g.status, "new");
	assert_int_equal(join_count(f->d, "new"), 1);
}

static void test_time_token_and_rate_limit(void **state)
{
	struct fixture *f = *state;
	int64_t now = time(NULL);
	const char *t = join_form_token(f->d, f->a, now);
	assert_true(strlen(t) > 64);
	assert_int_equal(join_check_form_token(f->d, t, now + 1),
			 JOIN_TOKEN_EARLY);
	assert_int_equal(join_check_form_token(f->d, t, now + 3),
			 JOIN_TOKEN_OK);
	assert_int_equal(join_check_form_token(f->d, t, now + 24 * 3600),
			 JOIN_TOKEN_OK);
	assert_int_equal(join_check_form_token(f->d, t, now + 24 * 3600 + 1),
			 JOIN_TOKEN_EXPIRED);
	/* another time with the same signature */
	char *forged = arena_strdup(f->a, t);
	forged[0] = forged[0] == '1' ? '2' : '1';
	assert_int_equal(join_check_form_token(f->d, forged, now + 10),
			 JOIN_TOKEN_BAD);
	assert_int_equal(join_check_form_token(f->d, "", now), JOIN_TOKEN_BAD);
	assert_int_equal(join_check_form_token(f->d, NULL, now),
			 JOIN_TOKEN_BAD);
	/* the same key on the next call (kept in the database) */
	assert_string_equal(join_form_token(f->d, f->a, now), t);
	for (int i = 0; i < JOIN_RATE_MAX; i++)
		assert_true(join_rate_allow(f->d, "192.0.2.1", now + i));
	assert_false(join_rate_allow(f->d, "192.0.2.1", now + 10));
	assert_true(join_rate_allow(f->d, "192.0.2.2", now + 10));
	/* an hour later */
	assert_true(join_rate_allow(f->d, "192.0.2.1", now + 3601 + 5));
}

static int64_t scalar(db *d, const char *sql)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	int64_t v = -1;
	if (st && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return v;
}

static void test_accept_creates_all_and_link_works_once(void **state)
{
	struct fixture *f = *state;
	struct join_request j = request("ilka@sonnenschein.example");
	struct errs e = {0};
	int64_t id = join_submit(f->d, &f->coord, &j, true, &e);
	/* partners do not decide */
	int64_t org = 0;
	assert_int_equal(join_accept(f->d, &f->partner_a, id,
				     "https://x.example", &org, &e),
			 -2);
	memset(&e, 0, sizeof e);
	assert_int_equal(
		join_accept(f->d, &f->coord, id, "https://x.example", &org, &e),
		0);
	assert_true(org > 0);
	struct organisation o;
	assert_int_equal(org_get(f->d, f->a, org, &o), 0);
	assert_string_equal(o.membership, "member");
	assert_int_equal(strlen(o.member_since), 10);
	assert_int_equal(scalar(f->d, "SELECT count(*) FROM contact WHERE "
				      "email = 'ilka@sonnenschein.example'"),
			 1);
	struct user u;
	assert_int_equal(
		user_by_email(f->d, f->a, "ilka@sonnenschein.example", &u), 0);
	assert_int_equal(u.role, ROLE_PARTNER);
	assert_int_equal(u.org_id, org);
	/* the e-mail holds the link; the table only its hash */
	sqlite3_stmt *st = db_stmt(f->d, "SELECT body_text FROM outbox WHERE "
					 "kind = 'join' AND ref_id = ?1");
	db_bind_int(st, 1, id);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	const char *body = db_col_text(st, 0);
	const char *p = strstr(body, "https://x.example/konto/einrichten/");
	assert_non_null(p);
	p += strlen("https://x.example/konto/einrichten/");
	char token[64];
	size_t n = strcspn(p, "\n");
	assert_true(n > 20 && n < sizeof token);
	memcpy(token, p, n);
	token[n] = '\0';
	sqlite3_reset(st);
	assert_int_equal(
		scalar(f->d, "SELECT count(*) FROM account_token WHERE "
			     "token_hash LIKE '%' AND length(token_hash) = 64"),
		1);
	/* a second decision is refused */
	memset(&e, 0, sizeof e);
	assert_int_equal(join_accept(f->d, &f->coord, id, "", &org, &e), -1);
	assert_int_equal(join_decline(f->d, &f->coord, id, "Nein", &e), -1);
	/* the link */
	struct user lu;
	assert_int_equal(account_token_check(f->d, f->a, token, &lu),
			 ACCOUNT_TOKEN_VALID);
	assert_int_equal(lu.id, u.id);
	assert_int_equal(
		account_token_check(f->d, f->a, "falsch-falsch-falsch-1", &lu),
		ACCOUNT_TOKEN_UNKNOWN);
	struct user_error ue = {0};
	assert_int_equal(account_token_use(f->d, token, "", "kurz", &ue), -1);
	assert_string_equal(ue.field, "password");
	assert_int_equal(account_token_use(f->d, token, "",
					   "Bachlauf-im-Sommer-2026", &ue),
			 0);
	assert_int_equal(
		user_by_email(f->d, f->a, "ilka@sonnenschein.example", &u), 0);
	assert_true(
		password_verify(u.password_hash, "Bachlauf-im-Sommer-2026"));
	assert_false(u.must_change_password);
	assert_int_equal(account_token_check(f->d, f->a, token, &lu),
			 ACCOUNT_TOKEN_USED);
	assert_int_equal(account_token_use(f->d, token, "",
					   "Noch-ein-Passwort-2026", &ue),
			 -1);
	/* set up: no new link any more */
	memset(&e, 0, sizeof e);
	assert_int_equal(join_resend(f->d, &f->coord, id, "", &e), -1);
	assert_non_null(strstr(e.msg[0], "schon eingerichtet"));
	/* expiry */
	char t2[64];
	assert_int_equal(account_token_create(f->d, u.id, t2), 0);
	assert_int_equal(account_token_check(f->d, f->a, t2, &lu),
			 ACCOUNT_TOKEN_VALID);
	assert_int_equal(db_exec(f->d, "UPDATE account_token SET expires_at = "
				       "'2000-01-01T00:00:00Z' WHERE used_at "
				       "IS NULL"),
			 0);
	assert_int_equal(account_token_check(f->d, f->a, t2, &lu),
			 ACCOUNT_TOKEN_EXPIRED);
}

static void test_resend_replaces_the_link(void **state)
{
	struct fixture *f = *state;
	struct join_request j = request("neu@sonnenschein.example");
	struct errs e = {0};
	int64_t id = join_submit(f->d, &f->coord, &j, true, &e);
	int64_t org;
	assert_int_equal(join_resend(f->d, &f->coord, id, "", &e), -1);
	memset(&e, 0, sizeof e);
	assert_int_equal(join_accept(f->d, &f->coord, id, "", &org, &e), 0);
	assert_int_equal(join_resend(f->d, &f->partner_a, id, "", &e), -2);
	memset(&e, 0, sizeof e);
	assert_int_equal(join_resend(f->d, &f->coord, id, "", &e), 0);
	/* one unused link (the new one), two e-mails */
	assert_int_equal(scalar(f->d, "SELECT count(*) FROM account_token"), 1);
	assert_int_equal(scalar(f->d, "SELECT count(*) FROM outbox WHERE "
				      "subject LIKE 'Neuer Link%'"),
			 1);
	assert_int_equal(scalar(f->d, "SELECT count(*) FROM outbox"), 2);
}

static void test_accept_rolls_back_when_the_account_exists(void **state)
{
	struct fixture *f = *state;
	struct actor cli = ACTOR_CLI;
	struct user_error ue = {0};
	assert_true(user_create(f->d, &cli, "da@example.org", "Schon Da",
				ROLE_PARTNER, f->org_a,
				"Ein-langes-Passwort-2026", false, &ue) > 0);
	struct join_request j = request("da@example.org");
	struct errs e = {0};
	int64_t id = join_submit(f->d, &f->coord, &j, true, &e);
	int64_t orgs = scalar(f->d, "SELECT count(*) FROM organisation");
	int64_t org = 0;
	assert_int_equal(join_accept(f->d, &f->coord, id, "", &org, &e), -1);
	assert_non_null(strstr(e.msg[0], "schon ein Konto"));
	assert_int_equal(scalar(f->d, "SELECT count(*) FROM organisation"),
			 orgs);
	assert_int_equal(scalar(f->d, "SELECT count(*) FROM outbox"), 0);
	/* declining needs a message, then e-mails it */
	memset(&e, 0, sizeof e);
	assert_int_equal(join_decline(f->d, &f->coord, id, "", &e), -1);
	assert_true(has_field(&e, "message"));
	memset(&e, 0, sizeof e);
	assert_int_equal(
		join_decline(f->d, &f->coord, id, "Sie sind schon dabei.", &e),
		0);
	assert_int_equal(scalar(f->d, "SELECT count(*) FROM outbox WHERE "
				      "kind = 'join' AND body_text LIKE "
				      "'%Sie sind schon dabei.%'"),
			 1);
	struct join_request g;
	assert_int_equal(join_get(f->d, f->a, id, &g), 0);
	assert_string_equal(g.status, "declined");
	assert_string_equal(g.decided_by, "k@example.org");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_project_stored_with_lists),
		T(test_each_problem_is_named),
		T(test_partner_only_own_projects),
		T(test_filters),
		T(test_join_validation),
		T(test_time_token_and_rate_limit),
		T(test_accept_creates_all_and_link_works_once),
		T(test_accept_rolls_back_when_the_account_exists),
		T(test_resend_replaces_the_link),
	};
	log_set_level(LOG_ERROR + 1);
	password_set_limits(crypto_pwhash_OPSLIMIT_MIN,
			    crypto_pwhash_MEMLIMIT_MIN);
	return cmocka_run_group_tests_name("test_projects", tests, NULL, NULL);
}
