/*
 * test_accounts.c - the account rules on a real, freshly migrated SQLite
 * database: password policy and argon2id (verify, re-hash when the
 * parameters rise), TOTP against the RFC 6238 test vectors and against
 * replay, sessions (idle and absolute expiry, ending on password change),
 * sign-in throttling, the append-only audit log, and that a partner may
 * change only its own organisation.
 */
#include "testutil.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "auth/password.h"
#include "auth/token.h"
#include "auth/totp.h"
#include "base/log.h"
#include "db/db.h"
#include "domain/apikey.h"
#include "domain/audit.h"
#include "domain/organisation.h"
#include "domain/session.h"
#include "domain/user.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org_a, org_b, admin, partner_a, partner_b;
};

static const char *pw_admin = "Korallen-Riff-am-Morgen";
static const char *pw_partner = "Leuchtturm-bei-Nebel-7";

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-test-%d.db", getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	f->a = arena_new(4096);
	/* Cheap hashing keeps the tests fast; one test raises it again. */
	password_set_limits(crypto_pwhash_OPSLIMIT_MIN,
			    crypto_pwhash_MEMLIMIT_MIN);
	struct actor cli = ACTOR_CLI;
	struct user_error e = {0};
	struct organisation o = {.name = "Familienzentrum A",
				 .sector = "familienzentrum"};
	f->org_a = org_create(f->d, &cli, &o, &e);
	o.name = "Beratungsstelle B";
	o.sector = "beratungsstelle";
	f->org_b = org_create(f->d, &cli, &o, &e);
	assert_true(f->org_a > 0 && f->org_b > 0);
	f->admin = user_create(f->d, &cli, "Admin@Example.org", "Ada Admin",
			       ROLE_ADMIN, 0, pw_admin, false, &e);
	f->partner_a =
		user_create(f->d, &cli, "a@example.org", "Anna A", ROLE_PARTNER,
			    f->org_a, pw_partner, false, &e);
	f->partner_b =
		user_create(f->d, &cli, "b@example.org", "Bert B", ROLE_PARTNER,
			    f->org_b, pw_partner, false, &e);
	assert_true(f->admin > 0 && f->partner_a > 0 && f->partner_b > 0);
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

static void test_password_policy(void **state)
{
	(void)state;
	assert_non_null(password_policy("kurz", NULL, NULL));
	assert_non_null(password_policy("elf Zeichen", NULL, NULL));
	/* 12 characters counted as characters, not bytes */
	assert_null(password_policy("Bärenhöhle-7", NULL, NULL));
	assert_non_null(password_policy("passwort1234", NULL, NULL));
	assert_non_null(password_policy("Sonnenschein2024!", NULL, NULL));
	assert_non_null(password_policy("aaaaaaaaaaaaaa", NULL, NULL));
	assert_non_null(password_policy("123456789012", NULL, NULL));
	assert_non_null(password_policy("passwortpasswort", NULL, NULL));
	assert_non_null(
		password_policy("x-anna.meier-x-99", "anna.meier@x.de", NULL));
	assert_null(
		password_policy("Korallen-Riff-am-Morgen", "a@b.de", "Ada"));
	const char *msg = password_policy("Sommer2024", NULL, NULL);
	assert_non_null(strstr(msg, "12 Zeichen"));
}

static void test_argon2id_verify_and_rehash(void **state)
{
	struct fixture *f = *state;
	char h[PASSWORD_HASH_MAX];
	assert_int_equal(password_hash("Leuchtturm-bei-Nebel-7", h), 0);
	assert_non_null(strstr(h, "$argon2id$"));
	assert_true(password_verify(h, "Leuchtturm-bei-Nebel-7"));
	assert_false(password_verify(h, "Leuchtturm-bei-Nebel-8"));
	/* Raise the parameters: old hashes need a re-hash. */
	password_set_limits(crypto_pwhash_OPSLIMIT_MIN + 1,
			    crypto_pwhash_MEMLIMIT_MIN * 2);
	assert_true(password_needs_rehash(h));
	struct user u;
	assert_int_equal(user_get(f->d, f->a, f->partner_a, &u), 0);
	assert_true(password_needs_rehash(u.password_hash));
	user_rehash(f->d, f->partner_a, pw_partner);
	assert_int_equal(user_get(f->d, f->a, f->partner_a, &u), 0);
	assert_false(password_needs_rehash(u.password_hash));
	assert_true(password_verify(u.password_hash, pw_partner));
	password_set_limits(crypto_pwhash_OPSLIMIT_MIN,
			    crypto_pwhash_MEMLIMIT_MIN);
}

/* RFC 6238 appendix B, SHA-1, secret "12345678901234567890". */
static void test_totp_rfc6238_vectors(void **state)
{
	(void)state;
	const char *secret = "3132333435363738393031323334353637383930";
	struct {
		int64_t t;
		const char *code;
	} v[] = {{59, "94287082"},	   {1111111109, "07081804"},
		 {1111111111, "14050471"}, {1234567890, "89005924"},
		 {2000000000, "69279037"}, {20000000000, "65353130"}};
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		char out[9];
		assert_int_equal(totp_code(secret, v[i].t, 8, out), 0);
		assert_string_equal(out, v[i].code);
	}
}

static void test_totp_window_and_replay(void **state)
{
	(void)state;
	char hex[41];
	totp_new_secret(hex);
	int64_t now = 1700000000;
	char code[7];
	assert_int_equal(totp_code(hex, now, 6, code), 0);
	int64_t step = totp_verify(hex, code, now, 0);
	assert_int_equal(step, now / 30);
	/* one step of drift either way is accepted */
	assert_true(totp_verify(hex, code, now + 30, 0) > 0);
	assert_true(totp_verify(hex, code, now - 30, 0) > 0);
	assert_int_equal(totp_verify(hex, code, now + 90, 0), -1);
	/* the same code twice: refused */
	assert_int_equal(totp_verify(hex, code, now, step), -1);
	assert_int_equal(totp_verify(hex, "12345", now, 0), -1);
	assert_int_equal(totp_verify(hex, "abcdef", now, 0), -1);
	char spaced[8] = {code[0], code[1], code[2], ' ',
			  code[3], code[4], code[5], 0};
	assert_true(totp_verify(hex, spaced, now, 0) > 0);
	/* base32 of the RFC secret */
	arena *a = arena_new(1024);
	assert_string_equal(
		totp_base32(a, "3132333435363738393031323334353637383930"),
		"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	arena_free(a);
}

static void test_sessions_expire(void **state)
{
	struct fixture *f = *state;
	char token[SESSION_TOKEN_LEN], csrf[SESSION_TOKEN_LEN];
	assert_int_equal(session_create(f->d, f->partner_a, false, "127.0.0.1",
					"test", token, csrf),
			 0);
	assert_int_equal(strlen(token), 43);
	struct session s;
	int64_t now = clock_unix();
	assert_int_equal(session_lookup(f->d, f->a, token, now, &s), 0);
	assert_string_equal(s.csrf, csrf);
	assert_int_equal(s.user_id, f->partner_a);
	/* the stored id is a hash, never the token itself */
	sqlite3_stmt *st = db_stmt(f->d, "SELECT count(*) FROM session WHERE "
					 "id_hash = ?1");
	db_bind_text(st, 1, token);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 0);
	sqlite3_reset(st);
	/* idle timeout */
	assert_int_equal(session_lookup(f->d, f->a, token,
					now + session_limits.idle_s + 1, &s),
			 -1);
	/* and the expired session is gone for good */
	assert_int_equal(session_lookup(f->d, f->a, token, now, &s), -1);
	/* absolute timeout, even when active all the time */
	assert_int_equal(
		session_create(f->d, f->partner_a, false, "", "", token, csrf),
		0);
	int64_t t = now;
	while (t + session_limits.idle_s - 60 < now + session_limits.max_s) {
		t += session_limits.idle_s - 60;
		assert_int_equal(session_lookup(f->d, f->a, token, t, &s), 0);
	}
	assert_int_equal(session_lookup(f->d, f->a, token,
					now + session_limits.max_s + 1, &s),
			 -1);
	assert_int_equal(session_lookup(f->d, f->a, "short", now, &s), -1);
}

static void test_password_change_ends_sessions(void **state)
{
	struct fixture *f = *state;
	char t1[SESSION_TOKEN_LEN], t2[SESSION_TOKEN_LEN], c[SESSION_TOKEN_LEN];
	session_create(f->d, f->partner_b, false, "", "", t1, c);
	session_create(f->d, f->partner_b, false, "", "", t2, c);
	struct user u;
	assert_int_equal(user_get(f->d, f->a, f->partner_b, &u), 0);
	struct actor self = {f->partner_b, u.email, "", ROLE_PARTNER, f->org_b};
	struct user_error e = {0};
	/* the old password must be right */
	assert_int_equal(user_set_password(f->d, &self, f->partner_b,
					   "falsch-falsch-falsch",
					   "Neue-Brücke-über-den-Fluss", &e),
			 -1);
	assert_string_equal(e.field, "old_password");
	struct session s;
	assert_int_equal(session_lookup(f->d, f->a, t1, clock_unix(), &s), 0);
	assert_int_equal(user_set_password(f->d, &self, f->partner_b,
					   pw_partner,
					   "Neue-Brücke-über-den-Fluss", &e),
			 0);
	assert_int_equal(session_lookup(f->d, f->a, t1, clock_unix(), &s), -1);
	assert_int_equal(session_lookup(f->d, f->a, t2, clock_unix(), &s), -1);
	assert_int_equal(user_get(f->d, f->a, f->partner_b, &u), 0);
	assert_true(
		password_verify(u.password_hash, "Neue-Brücke-über-den-Fluss"));
	assert_false(u.must_change_password);
}

static void test_throttling(void **state)
{
	struct fixture *f = *state;
	int64_t now = 1800000000;
	for (int i = 0; i < LOGIN_MAX_PER_ACCOUNT - 1; i++)
		login_record(f->d, "a@example.org", "10.0.0.1", now + i, false);
	assert_int_equal(
		login_wait(f->d, "a@example.org", "10.0.0.1", now + 10), 0);
	login_record(f->d, "a@example.org", "10.0.0.1", now + 5, false);
	int64_t wait = login_wait(f->d, "a@example.org", "10.0.0.9", now + 10);
	assert_true(wait > 0 && wait <= LOGIN_WINDOW_S);
	/* another account from the same address is not blocked yet */
	assert_int_equal(
		login_wait(f->d, "b@example.org", "10.0.0.1", now + 10), 0);
	/* after the window it is open again */
	assert_int_equal(login_wait(f->d, "a@example.org", "10.0.0.1",
				    now + LOGIN_WINDOW_S + 10),
			 0);
	/* 20 failures from one address block every account from there */
	for (int i = 0; i < LOGIN_MAX_PER_ADDRESS; i++) {
		char email[32];
		snprintf(email, sizeof email, "x%d@example.org", i);
		login_record(f->d, email, "10.9.9.9", now + 100 + i, false);
	}
	assert_true(login_wait(f->d, "new@example.org", "10.9.9.9", now + 200) >
		    0);
	assert_int_equal(
		login_wait(f->d, "new@example.org", "10.9.9.8", now + 200), 0);
}

static void test_audit_is_append_only(void **state)
{
	struct fixture *f = *state;
	struct actor cli = ACTOR_CLI;
	assert_int_equal(audit_add(f->d, &cli, "update", "test", 1, "x %d", 1),
			 0);
	assert_int_not_equal(sqlite3_exec(db_sqlite(f->d),
					  "UPDATE audit_log SET summary = 'y'",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db_sqlite(f->d),
					  "DELETE FROM audit_log", NULL, NULL,
					  NULL),
			     SQLITE_OK);
	struct audit_filter flt = {.entity = "user"};
	struct audit_entry *e;
	int64_t total;
	size_t n = audit_list(f->d, f->a, &flt, &e, &total);
	/* the three accounts of the fixture were audited */
	assert_true(n >= 3 && total >= 3);
	assert_string_equal(e[n - 1].action, "create");
}

static void test_partner_edits_only_own_org(void **state)
{
	struct fixture *f = *state;
	struct actor a = {f->partner_a, "a@example.org", "", ROLE_PARTNER,
			  f->org_a};
	struct organisation o;
	assert_int_equal(org_get(f->d, f->a, f->org_b, &o), 0);
	o.phone = "0511 999";
	struct user_error e = {0};
	assert_int_equal(org_update(f->d, &a, &o, &e), -2);
	struct organisation after;
	assert_int_equal(org_get(f->d, f->a, f->org_b, &after), 0);
	assert_string_equal(after.phone, "");
	assert_int_equal(org_get(f->d, f->a, f->org_a, &o), 0);
	o.phone = "0511 123";
	assert_int_equal(org_update(f->d, &a, &o, &e), 0);
	assert_int_equal(org_get(f->d, f->a, f->org_a, &after), 0);
	assert_string_equal(after.phone, "0511 123");
	/* bad input changes nothing and names the field */
	o.postcode = "12";
	assert_int_equal(org_update(f->d, &a, &o, &e), -1);
	assert_string_equal(e.field, "postcode");
}

static void test_user_rules(void **state)
{
	struct fixture *f = *state;
	struct actor cli = ACTOR_CLI;
	struct user_error e = {0};
	/* a partner account needs an organisation */
	assert_int_equal(user_create(f->d, &cli, "c@example.org", "C",
				     ROLE_PARTNER, 0, pw_partner, false, &e),
			 -1);
	assert_string_equal(e.field, "org");
	assert_int_equal(user_create(f->d, &cli, "A@EXAMPLE.org", "Again",
				     ROLE_PARTNER, f->org_a, pw_partner, false,
				     &e),
			 -1);
	assert_string_equal(e.field, "email");
	assert_int_equal(user_create(f->d, &cli, "kein-at", "X", ROLE_ADMIN, 0,
				     pw_partner, false, &e),
			 -1);
	/* only admins create accounts */
	struct actor partner = {f->partner_a, "a@example.org", "", ROLE_PARTNER,
				f->org_a};
	assert_int_equal(user_create(f->d, &partner, "d@example.org", "D",
				     ROLE_ADMIN, 0, pw_partner, false, &e),
			 -1);
	/* the last administrator stays one */
	assert_int_equal(
		user_set_role(f->d, &cli, f->admin, ROLE_PARTNER, f->org_a, &e),
		-1);
	assert_int_equal(user_set_active(f->d, &cli, f->admin, false, &e), -1);
	/* e-mail lookups ignore case */
	struct user u;
	assert_int_equal(user_by_email(f->d, f->a, "ADMIN@example.ORG", &u), 0);
	assert_int_equal(u.id, f->admin);
}

static void test_api_keys(void **state)
{
	struct fixture *f = *state;
	struct actor cli = ACTOR_CLI;
	struct user_error e = {0};
	char key[APIKEY_LEN];
	int64_t id = apikey_create(f->d, &cli, "Kreis-Portal", ROLE_PARTNER,
				   f->org_a, key, &e);
	assert_true(id > 0);
	assert_true(strncmp(key, "lotse_", 6) == 0);
	struct apikey k;
	assert_int_equal(apikey_check(f->d, f->a, key, &k), 0);
	assert_int_equal(k.role, ROLE_PARTNER);
	assert_int_equal(k.org_id, f->org_a);
	key[10] ^= 1;
	assert_int_equal(apikey_check(f->d, f->a, key, &k), -1);
	key[10] ^= 1;
	assert_int_equal(apikey_revoke(f->d, &cli, id, &e), 0);
	assert_int_equal(apikey_check(f->d, f->a, key, &k), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_password_policy),
		cmocka_unit_test_setup_teardown(test_argon2id_verify_and_rehash,
						setup, teardown),
		cmocka_unit_test(test_totp_rfc6238_vectors),
		cmocka_unit_test(test_totp_window_and_replay),
		cmocka_unit_test_setup_teardown(test_sessions_expire, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_password_change_ends_sessions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_throttling, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_audit_is_append_only,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_partner_edits_only_own_org,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_user_rules, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_api_keys, setup, teardown),
	};
	log_set_level(LOG_ERROR + 1);
	return cmocka_run_group_tests_name("test_accounts", tests, NULL, NULL);
}
