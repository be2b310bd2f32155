/*
 * test_figures.c - the aggregations of the coordination office's figures
 * on a small fixed data set with known results: coverage per
 * municipality (located, serving, district-wide, radius), gaps below the
 * threshold, needs only with a fee or a waiting list; members per sector
 * and municipality, joining and leaving by year, sectors missing from a
 * local alliance, partners without the current cooperation agreement,
 * the network graph; searches without result stored without digits or
 * addresses and shown only from a minimum count.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db/db.h"
#include "domain/codes.h"
#include "domain/coverage.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "domain/participation.h"
#include "domain/region.h"
#include "domain/user.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t m1, m2, org_a, org_b, org_c;
};

static int64_t org(db *d, const char *name, const char *sector,
		   const char *postcode)
{
	struct actor cli = ACTOR_CLI;
	struct user_error e = {0};
	struct organisation o = {.name = name,
				 .sector = sector,
				 .postcode = postcode,
				 .membership = "member",
				 .member_since = "2020-03-01"};
	int64_t id = org_create(d, &cli, &o, &e);
	assert_true(id > 0);
	return id;
}

static void exec(db *d, const char *sql)
{
	assert_int_equal(db_exec(d, sql), 0);
}

/* One published offer of org with one need, one age group. */
static int64_t offer(struct fixture *f, int64_t org_id, const char *need,
		     const char *age, const char *cost, bool wait,
		     const char *postcode, int64_t serves)
{
	struct offer o;
	offer_init(&o);
	o.org_id = org_id;
	o.title = "Angebot";
	o.description = "Beschreibung des Angebots für Familien.";
	o.needs[o.nneeds++] = need;
	o.ages[o.nages++] = age;
	o.access[o.naccess++] = "komm";
	o.cost = cost;
	o.waiting_list = wait;
	if (postcode)
		o.loc[o.nloc++] = (struct offer_location){
			.name = "Ort", .postcode = postcode, .city = "Ort"};
	if (serves)
		o.regions[o.nregions++] = serves;
	o.status = "published";
	struct errs e = {0};
	struct actor cli = ACTOR_CLI;
	int rc = offer_save(f->d, &cli, &o, &e);
	if (rc != 0)
		fail_msg("offer_save: %s", e.n ? e.msg[0] : "?");
	return o.id;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-figures-%d.db", getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	f->a = arena_new(8192);
	int64_t district =
		region_add(f->d, 0, "district", "Kreis", "kreis", NULL);
	f->m1 = region_add(f->d, district, "municipality", "Ahrwald", "ahrwald",
			   "03999001");
	f->m2 = region_add(f->d, district, "municipality", "Moorhausen",
			   "moorhausen", "03999002");
	assert_int_equal(region_add_postcode(f->d, f->m1, "29664"), 0);
	assert_int_equal(region_add_postcode(f->d, f->m2, "29614"), 0);
	f->org_a = org(f->d, "Familienzentrum A", "familienzentrum", "29664");
	f->org_b = org(f->d, "Hebammenpraxis B", "hebammen", "29614");
	f->org_c = org(f->d, "Jugendamt C", "jugendhilfe-oeffentlich", "");
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

static size_t need_index(const char *code)
{
	for (size_t i = 0; needs[i].code; i++)
		if (!strcmp(needs[i].code, code))
			return i;
	fail_msg("unknown need %s", code);
	return 0;
}

static size_t age_index(const char *code)
{
	for (size_t i = 0; ages[i].code; i++)
		if (!strcmp(ages[i].code, code))
			return i;
	fail_msg("unknown age %s", code);
	return 0;
}

static void test_coverage_and_gaps(void **state)
{
	struct fixture *f = *state;
	/* In Ahrwald: two free parenting offers. */
	offer(f, f->org_a, "erziehung-bindung", "1-3", "kostenlos", false,
	      "29664", 0);
	offer(f, f->org_a, "erziehung-bindung", "0-1", "kostenlos", false,
	      "29664", 0);
	/* Located in Ahrwald, also serving Moorhausen: a fee. */
	offer(f, f->org_b, "schwangerschaft-geburt", "schwangerschaft",
	      "beitrag", false, "29664", f->m2);
	/* District-wide (bound to no municipality), with a waiting list. */
	offer(f, f->org_c, "krise-gewalt", "3-6", "kostenlos", true, NULL, 0);
	struct coverage c;
	assert_int_equal(coverage_compute(f->d, f->a, 0, 2, &c), 0);
	assert_int_equal(c.nmuni, 2);
	size_t ahr = strcmp(c.muni_names[0], "Ahrwald") == 0 ? 0 : 1,
	       moo = 1 - ahr;
	size_t parenting = need_index("erziehung-bindung"),
	       pregnancy = need_index("schwangerschaft-geburt"),
	       crisis = need_index("krise-gewalt");
	assert_int_equal(coverage_need(&c, ahr, parenting)->offers, 2);
	assert_int_equal(coverage_need(&c, moo, parenting)->offers, 0);
	assert_int_equal(coverage_need(&c, ahr, pregnancy)->offers, 1);
	assert_int_equal(coverage_need(&c, moo, pregnancy)->offers, 1);
	assert_int_equal(coverage_need(&c, moo, pregnancy)->free, 0);
	assert_int_equal(coverage_need(&c, ahr, crisis)->offers, 1);
	assert_int_equal(coverage_need(&c, moo, crisis)->offers, 1);
	assert_int_equal(coverage_need(&c, moo, crisis)->no_wait, 0);
	assert_int_equal(coverage_age(&c, ahr, age_index("0-1"))->offers, 1);
	assert_int_equal(c.total[ahr], 4);
	assert_int_equal(c.total[moo], 2);
	/* With a radius of 50 km the Ahrwald offers count in Moorhausen
	 * (29614 is about 20 km from 29664). */
	assert_int_equal(coverage_compute(f->d, f->a, 50, 2, &c), 0);
	assert_int_equal(coverage_need(&c, moo, parenting)->offers, 2);
	/* A draft does not count. */
	exec(f->d, "UPDATE offer SET status = 'draft'");
	assert_int_equal(coverage_compute(f->d, f->a, 0, 2, &c), 0);
	assert_int_equal(c.total[ahr], 0);
}

static void test_members_years_and_alliances(void **state)
{
	struct fixture *f = *state;
	struct part_matrix pm;
	assert_int_equal(part_members(f->d, f->a, &pm), 0);
	assert_int_equal(pm.total, 3);
	int fz = -1, heb = -1, ja = -1;
	for (int i = 0; sectors[i].code; i++) {
		if (!strcmp(sectors[i].code, "familienzentrum"))
			fz = i;
		if (!strcmp(sectors[i].code, "hebammen"))
			heb = i;
		if (!strcmp(sectors[i].code, "jugendhilfe-oeffentlich"))
			ja = i;
	}
	size_t w = pm.nmuni + 1;
	size_t ahr = strcmp(pm.muni_names[0], "Ahrwald") == 0 ? 0 : 1;
	assert_int_equal(pm.counts[(size_t)fz * w + ahr], 1);
	assert_int_equal(pm.counts[(size_t)heb * w + (1 - ahr)], 1);
	/* Without a postcode: the column outside the municipalities. */
	assert_int_equal(pm.counts[(size_t)ja * w + pm.nmuni], 1);
	/* B leaves (the trigger notes the day); C joined in 2023. */
	exec(f->d, "UPDATE organisation SET member_since = '2023-05-01' "
		   "WHERE name = 'Jugendamt C'");
	exec(f->d, "UPDATE organisation SET membership = 'left' WHERE name = "
		   "'Hebammenpraxis B'");
	exec(f->d, "UPDATE organisation SET left_on = '2024-06-30' WHERE "
		   "name = 'Hebammenpraxis B'");
	struct part_year y;
	assert_int_equal(part_year(f->d, 2022, &y), 0);
	assert_int_equal(y.members, 2);
	assert_int_equal(y.joined, 0);
	assert_int_equal(part_year(f->d, 2023, &y), 0);
	assert_int_equal(y.members, 3);
	assert_int_equal(y.joined, 1);
	assert_int_equal(part_year(f->d, 2024, &y), 0);
	assert_int_equal(y.members, 2);
	assert_int_equal(y.left, 1);
	struct part_year ys[64];
	assert_true(part_nsectors() <= 64);
	assert_int_equal(part_year_sectors(f->d, 2024, ys), 0);
	assert_int_equal(ys[heb].left, 1);
	assert_int_equal(ys[heb].members, 0);
	assert_int_equal(ys[fz].members, 1);
	assert_int_equal(part_year_sectors(f->d, 2023, ys), 0);
	assert_int_equal(ys[ja].joined, 1);
	/* Coming back clears the date. */
	exec(f->d, "UPDATE organisation SET membership = 'member' WHERE name "
		   "= 'Hebammenpraxis B'");
	sqlite3_stmt *st = db_stmt(f->d, "SELECT count(*) FROM organisation "
					 "WHERE left_on IS NOT NULL");
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 0);
	sqlite3_reset(st);
	/* A local alliance with A and C: hebammen is missing, the two
	 * present sectors are not. */
	exec(f->d, "INSERT INTO body (id, name, kind, region_id, created_at, "
		   "updated_at) VALUES (1, 'Bündnis Ahrwald', 'lokal', 2, 'x', "
		   "'x')");
	exec(f->d, "INSERT INTO body_member (body_id, organisation_id) "
		   "SELECT 1, id FROM organisation WHERE name IN ('Familien"
		   "zentrum A', 'Jugendamt C')");
	struct part_missing *pmiss;
	assert_int_equal(part_missing_sectors(f->d, f->a, &pmiss), 1);
	bool hebammen_missing = false;
	for (size_t i = 0; i < pmiss[0].n; i++) {
		assert_string_not_equal(pmiss[0].sectors[i], sectors[fz].label);
		assert_string_not_equal(pmiss[0].sectors[i], sectors[ja].label);
		if (!strcmp(pmiss[0].sectors[i], sectors[heb].label))
			hebammen_missing = true;
	}
	assert_true(hebammen_missing);
	assert_int_equal(pmiss[0].n, part_nsectors() - 3); /* 2 + sonstige */
}

static void test_agreement_and_graph(void **state)
{
	struct fixture *f = *state;
	int version;
	const char *title[1];
	const char **names;
	assert_int_equal(part_not_accepted(f->d, f->a, &version, title, &names),
			 0);
	assert_int_equal(version, 0);
	exec(f->d, "INSERT INTO document (id, title, kind, created_at, "
		   "updated_at) VALUES (1, 'Kooperationsvereinbarung', "
		   "'kooperationsvereinbarung', 'x', 'x')");
	exec(f->d, "INSERT INTO document_version (id, document_id, version, "
		   "format, created_at) VALUES (1, 1, 1, 'markdown', 'x'), (2, "
		   "1, 2, 'markdown', 'x')");
	/* A accepted the old version, B the current one. */
	exec(f->d, "INSERT INTO acceptance (organisation_id, "
		   "document_version_id, accepted_on, accepted_by, "
		   "recorded_at) SELECT id, 1, '2024-01-01', 'N. N.', 'x' FROM "
		   "organisation WHERE name = 'Familienzentrum A'");
	exec(f->d, "INSERT INTO acceptance (organisation_id, "
		   "document_version_id, accepted_on, accepted_by, "
		   "recorded_at) SELECT id, 2, '2025-01-01', 'N. N.', 'x' FROM "
		   "organisation WHERE name = 'Hebammenpraxis B'");
	assert_int_equal(part_not_accepted(f->d, f->a, &version, title, &names),
			 2);
	assert_int_equal(version, 2);
	assert_string_equal(names[0], "Familienzentrum A");
	assert_string_equal(names[1], "Jugendamt C");
	/* Graph: A and B in a project, A and C in a working group; the
	 * plenum (all three) links nobody. */
	exec(f->d, "INSERT INTO project (id, title, lead_org_id, created_at, "
		   "updated_at) SELECT 1, 'Projekt', id, 'x', 'x' FROM "
		   "organisation WHERE name = 'Familienzentrum A'");
	exec(f->d, "INSERT INTO project_partner (project_id, organisation_id) "
		   "SELECT 1, id FROM organisation WHERE name = "
		   "'Hebammenpraxis B'");
	exec(f->d, "INSERT INTO body (id, name, kind, created_at, updated_at) "
		   "VALUES (2, 'AG', 'ag', 'x', 'x'), (3, 'Plenum', 'plenum', "
		   "'x', 'x')");
	exec(f->d,
	     "INSERT INTO body_member (body_id, organisation_id) SELECT "
	     "2, id FROM organisation WHERE name IN ('Familienzentrum A', "
	     "'Jugendamt C')");
	exec(f->d, "INSERT INTO body_member (body_id, organisation_id) SELECT "
		   "3, id FROM organisation");
	struct net_graph g;
	assert_int_equal(net_graph_build(f->d, f->a, &g), 0);
	assert_int_equal(g.nnodes, 3);
	assert_int_equal(g.nedges, 2);
	for (size_t i = 0; i < g.nnodes; i++) {
		int want =
			!strcmp(g.nodes[i].name, "Familienzentrum A") ? 2 : 1;
		assert_int_equal(g.nodes[i].degree, want);
		assert_true(g.nodes[i].x >= 0 && g.nodes[i].x <= 1);
		assert_true(g.nodes[i].y >= 0 && g.nodes[i].y <= 1);
	}
}

static void test_search_misses(void **state)
{
	struct fixture *f = *state;
	/* Digits, an e-mail address and punctuation are dropped; case is
	 * folded. */
	for (int i = 0; i < 3; i++)
		assert_int_equal(search_miss_record(f->d,
						    "Tragetuch 29664 "
						    "max@example.org Kurs!",
						    "bedarf=begegnung"),
				 0);
	assert_int_equal(search_miss_record(f->d, "Einzelsuche", ""), 0);
	assert_int_equal(search_miss_record(f->d, "12345", ""), -1);
	struct search_miss *v;
	size_t n = search_miss_list(f->d, f->a, 12, 3, 10, &v);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].terms, "tragetuch kurs");
	assert_string_equal(v[0].filters, "bedarf=begegnung");
	assert_int_equal(v[0].count, 3);
	/* Below the minimum count nothing is shown. */
	n = search_miss_list(f->d, f->a, 12, 4, 10, &v);
	assert_int_equal(n, 0);
	char w[9];
	iso_week("2026-01-01", w);
	assert_string_equal(w, "2026-W01");
	iso_week("2024-12-30", w);
	assert_string_equal(w, "2025-W01");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_coverage_and_gaps, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_members_years_and_alliances, setup, teardown),
		cmocka_unit_test_setup_teardown(test_agreement_and_graph, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_search_misses, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
