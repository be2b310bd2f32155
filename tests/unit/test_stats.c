/*
 * test_stats.c - the aggregated figures on a fresh database: § 8a
 * plausibility (sums must agree, kinds bounded by endangerments), year vs
 * quarters, rights (coordination records § 8a; the visits role records
 * welcome visits and nothing else), sums over a year, the CSV round trip
 * and an import with a refused row that changes nothing; welcome visits
 * plausibility, sums and rates.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db/db.h"
#include "domain/region.h"
#include "domain/stats.h"

struct fixture {
	char path[64];
	db *d;
	int64_t m1, m2;
	struct actor coord, visits, partner;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-stats-%d.db", getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	int64_t district =
		region_add(f->d, 0, "district", "Kreis", "kreis", NULL);
	f->m1 = region_add(f->d, district, "municipality", "Ahrwald", "ahrwald",
			   "03999001");
	f->m2 = region_add(f->d, district, "municipality", "Moorhausen",
			   "moorhausen", "03999002");
	f->coord = (struct actor){8, "k@example.org", "", ROLE_COORDINATION, 0};
	f->visits = (struct actor){9, "b@example.org", "", ROLE_VISITS, 1};
	f->partner = (struct actor){7, "p@example.org", "", ROLE_PARTNER, 1};
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	db_close(f->d);
	char p[80];
	unlink(f->path);
	snprintf(p, sizeof p, "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", f->path);
	unlink(p);
	free(f);
	return 0;
}

/* A plausible year: 20 assessments, 5 acute, 3 latent. */
static struct stat8a good(int64_t region, int year, int quarter)
{
	struct stat8a s = {.region_id = region,
			   .year = year,
			   .quarter = quarter,
			   .total = 20,
			   .source = {4, 3, 3, 2, 3, 1, 2, 2},
			   .result = {5, 3, 7, 5},
			   .kind = {6, 2, 1, 0},
			   .note = ""};
	return s;
}

static void test_plausible_figures_pass(void **state)
{
	(void)state;
	struct stat8a s = good(1, 2025, 0);
	struct errs e = {0};
	assert_int_equal(stat8a_check(&s, &e), 0);
}

static void test_sums_must_agree(void **state)
{
	(void)state;
	struct stat8a s = good(1, 2025, 0);
	s.source[0] = 5; /* sources now 21 */
	struct errs e = {0};
	assert_int_equal(stat8a_check(&s, &e), 1);
	assert_non_null(errs_for(&e, "source"));
	assert_non_null(strstr(errs_for(&e, "source"), "21"));
	s = good(1, 2025, 0);
	s.result[3] = 4; /* results 19 */
	e = (struct errs){0};
	assert_int_equal(stat8a_check(&s, &e), 1);
	assert_non_null(errs_for(&e, "result"));
}

static void test_kinds_bounded_by_endangerments(void **state)
{
	(void)state;
	struct stat8a s = good(1, 2025, 0);
	s.kind[0] = 9; /* more neglect than acute + latent (8) */
	struct errs e = {0};
	assert_true(stat8a_check(&s, &e) >= 1);
	assert_non_null(errs_for(&e, "kind"));
	s = good(1, 2025, 0);
	s.kind[0] = 3;
	s.kind[1] = s.kind[2] = s.kind[3] = 0; /* 3 kinds for 8 cases */
	e = (struct errs){0};
	assert_int_equal(stat8a_check(&s, &e), 1);
	assert_non_null(errs_for(&e, "kind"));
	/* No endangerment, no kinds: fine; negative counts are not. */
	struct stat8a z = {.region_id = 1, .year = 2025, .total = 1};
	z.source[6] = 1;
	z.result[3] = 1;
	e = (struct errs){0};
	assert_int_equal(stat8a_check(&z, &e), 0);
	z.source[6] = -1;
	z.source[7] = 2;
	e = (struct errs){0};
	assert_true(stat8a_check(&z, &e) >= 1);
}

static void test_save_rights_and_sum(void **state)
{
	struct fixture *f = *state;
	struct stat8a s = good(f->m1, 2025, 0);
	struct errs e = {0};
	assert_int_equal(stat8a_save(f->d, &f->partner, &s, &e), -2);
	assert_int_equal(stat8a_save(f->d, &f->visits, &s, &e), -2);
	assert_int_equal(stat8a_save(f->d, &f->coord, &s, &e), 0);
	/* Quarters for the same year of the same municipality: refused. */
	struct stat8a q = good(f->m1, 2025, 2);
	e = (struct errs){0};
	assert_int_equal(stat8a_save(f->d, &f->coord, &q, &e), -1);
	assert_non_null(errs_for(&e, "quarter"));
	/* Quarters of another municipality are summed with the year. */
	q.region_id = f->m2;
	e = (struct errs){0};
	assert_int_equal(stat8a_save(f->d, &f->coord, &q, &e), 0);
	q.quarter = 3;
	assert_int_equal(stat8a_save(f->d, &f->coord, &q, &e), 0);
	struct stat8a sum;
	assert_int_equal(stat8a_sum(f->d, 2025, 0, &sum), 3);
	assert_int_equal(sum.total, 60);
	assert_int_equal(sum.result[0], 15);
	assert_int_equal(sum.source[0], 12);
	assert_int_equal(stat8a_sum(f->d, 2025, f->m2, &sum), 2);
	assert_int_equal(sum.total, 40);
	assert_int_equal(stat8a_sum(f->d, 2024, 0, &sum), 0);
	assert_int_equal(sum.total, 0);
	/* Saving again replaces the period. */
	s.total = 21;
	s.source[7] = 3;
	s.result[3] = 6;
	e = (struct errs){0};
	assert_int_equal(stat8a_save(f->d, &f->coord, &s, &e), 0);
	struct stat8a got;
	assert_int_equal(stat8a_get(f->d, f->m1, 2025, 0, &got), 0);
	assert_int_equal(got.total, 21);
	assert_int_equal(got.source[7], 3);
	assert_int_equal(stat8a_get(f->d, f->m1, 2024, 0, &got), 1);
	int years[4];
	assert_int_equal(stat8a_years(f->d, years, 4), 1);
	assert_int_equal(years[0], 2025);
}

static void test_csv_round_trip_and_refused_rows(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	struct stat8a s = good(f->m1, 2024, 0);
	assert_int_equal(stat8a_save(f->d, &f->coord, &s, &e), 0);
	buf b;
	buf_init(&b, 1 << 20);
	assert_int_equal(stat8a_csv_export(f->d, &b), 0);
	assert_non_null(strstr(buf_str(&b), "gemeinde;ags;jahr;quartal;"));
	assert_non_null(strstr(buf_str(&b), "Ahrwald;03999001;2024;0;20;4;3"));
	/* Into a fresh period: change the year and import. */
	const char *csv = "gemeinde;jahr;quartal;gesamt;quelle_schule;"
			  "quelle_familie;ergebnis_keine\r\n"
			  "Moorhausen;2023;0;3;1;2;3\r\n"
			  "03999001;2023;;2;2;0;2\r\n";
	e = (struct errs){0};
	assert_int_equal(
		stat8a_csv_import(f->d, &f->coord, csv, strlen(csv), &e), 2);
	struct stat8a sum;
	assert_int_equal(stat8a_sum(f->d, 2023, 0, &sum), 2);
	assert_int_equal(sum.total, 5);
	assert_int_equal(sum.source[1], 3);
	/* The export read back gives the same figures. */
	buf_reset(&b);
	assert_int_equal(stat8a_csv_export(f->d, &b), 0);
	e = (struct errs){0};
	assert_int_equal(stat8a_csv_import(f->d, &f->coord, buf_str(&b),
					   strlen(buf_str(&b)), &e),
			 3);
	assert_int_equal(stat8a_sum(f->d, 2024, 0, &sum), 1);
	assert_int_equal(sum.total, 20);
	assert_int_equal(sum.kind[0], 6);
	/* One bad row: nothing changes, the line is named. */
	const char *bad = "gemeinde;jahr;gesamt;quelle_schule;ergebnis_keine\n"
			  "Moorhausen;2022;1;1;1\n"
			  "Atlantis;2022;1;1;1\n"
			  "Ahrwald;2022;2;1;2\n";
	e = (struct errs){0};
	assert_int_equal(
		stat8a_csv_import(f->d, &f->coord, bad, strlen(bad), &e), -1);
	assert_true(e.n >= 2);
	assert_non_null(strstr(e.msg[0], "Zeile 3"));
	assert_non_null(strstr(e.msg[1], "Zeile 4"));
	assert_int_equal(stat8a_sum(f->d, 2022, 0, &sum), 0);
	/* An unknown column is named. */
	const char *unk = "gemeinde;jahr;gesamt;quelle_internet\nAhrwald;2022;"
			  "0;0\n";
	e = (struct errs){0};
	assert_int_equal(
		stat8a_csv_import(f->d, &f->coord, unk, strlen(unk), &e), -1);
	assert_non_null(strstr(e.msg[0], "quelle_internet"));
	e = (struct errs){0};
	assert_int_equal(
		stat8a_csv_import(f->d, &f->visits, csv, strlen(csv), &e), -2);
	buf_free(&b);
}

static void test_welcome_visits(void **state)
{
	struct fixture *f = *state;
	struct welcome_month w = {.region_id = f->m1,
				  .month = "2025-03",
				  .letters = 30,
				  .visits = 18,
				  .declined = 7,
				  .not_reached = 4,
				  .taken_up = {5, 3, 6, 2, 4},
				  .referred = {2, 1, 0, 3, 1}};
	struct errs e = {0};
	assert_int_equal(welcome_save(f->d, &f->partner, &w, &e), -2);
	assert_int_equal(welcome_save(f->d, &f->visits, &w, &e), 0);
	/* More outcomes than letters, help above visits: refused. */
	struct welcome_month bad = w;
	bad.not_reached = 6;
	e = (struct errs){0};
	assert_int_equal(welcome_save(f->d, &f->visits, &bad, &e), -1);
	assert_non_null(errs_for(&e, "letters"));
	bad = w;
	bad.taken_up[0] = 19;
	e = (struct errs){0};
	assert_int_equal(welcome_save(f->d, &f->visits, &bad, &e), -1);
	assert_non_null(errs_for(&e, "help"));
	bad = w;
	snprintf(bad.month, sizeof bad.month, "2025-13");
	e = (struct errs){0};
	assert_int_equal(welcome_save(f->d, &f->visits, &bad, &e), -1);
	assert_non_null(errs_for(&e, "month"));
	/* A second month and a second municipality. */
	struct welcome_month w2 = w;
	snprintf(w2.month, sizeof w2.month, "2025-04");
	w2.letters = 10;
	w2.visits = 2;
	w2.declined = 2;
	w2.not_reached = 1;
	memset(w2.taken_up, 0, sizeof w2.taken_up);
	memset(w2.referred, 0, sizeof w2.referred);
	e = (struct errs){0};
	assert_int_equal(welcome_save(f->d, &f->coord, &w2, &e), 0);
	w2.region_id = f->m2;
	assert_int_equal(welcome_save(f->d, &f->coord, &w2, &e), 0);
	struct welcome_month sum;
	assert_int_equal(welcome_sum(f->d, 2025, 0, &sum), 3);
	assert_int_equal(sum.letters, 50);
	assert_int_equal(sum.visits, 22);
	assert_int_equal(sum.taken_up[0], 5);
	assert_string_equal(sum.month, "2025");
	assert_int_equal(welcome_sum(f->d, 2025, f->m1, &sum), 2);
	assert_int_equal(sum.letters, 40);
	/* Visit rate 20 of 40 letters: 50 %. */
	assert_true(stats_rate(sum.visits, sum.letters) > 49.99 &&
		    stats_rate(sum.visits, sum.letters) < 50.01);
	assert_true(stats_rate(1, 0) < 0);
	assert_int_equal(welcome_sum_month(f->d, "2025-04", &sum), 2);
	assert_int_equal(sum.letters, 20);
	struct welcome_month got;
	assert_int_equal(welcome_get(f->d, f->m1, "2025-03", &got), 0);
	assert_int_equal(got.referred[3], 3);
	assert_int_equal(welcome_get(f->d, f->m1, "2025-05", &got), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plausible_figures_pass),
		cmocka_unit_test(test_sums_must_agree),
		cmocka_unit_test(test_kinds_bounded_by_endangerments),
		cmocka_unit_test_setup_teardown(test_save_rights_and_sum, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_csv_round_trip_and_refused_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_welcome_visits, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
