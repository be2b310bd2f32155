/*
 * test_migrate.c - the schema migrations: a new database gets all of
 * them, a second run applies nothing, and a migration whose number is
 * lower than ones already applied (added later by parallel work) is
 * still applied once.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/embed.h"
#include "db/db.h"

static void test_every_missing_migration_is_applied(void **state)
{
	(void)state;
	char path[64];
	snprintf(path, sizeof path, "/tmp/lotse-migrate-%d.db", getpid());
	unlink(path);
	char err[256];
	db *d = db_open(path, true, err, sizeof err);
	assert_non_null(d);
	int n = 0, applied, latest;
	assert_int_equal(db_migrate(d, &n), 0);
	assert_int_equal(n, (int)embedded_migrations_count);
	db_schema_version(d, &applied, &latest);
	assert_int_equal(applied, latest);
	assert_int_equal(db_migrate(d, &n), 0);
	assert_int_equal(n, 0);
	/* Forget migration 7 (calendar_token) as if it had come later. */
	assert_int_equal(db_exec(d, "DELETE FROM schema_migration WHERE "
				    "version = 7; DROP TABLE calendar_token"),
			 0);
	assert_int_equal(db_migrate(d, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(db_exec(d, "SELECT count(*) FROM calendar_token"), 0);
	assert_int_equal(db_migrate(d, &n), 0);
	assert_int_equal(n, 0);
	db_close(d);
	char p[80];
	unlink(path);
	snprintf(p, sizeof p, "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", path);
	unlink(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_missing_migration_is_applied),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
