/*
 * test_textindex.c - the full-text index of offers on a real, freshly
 * migrated database: kept in step with insert, edit, archive, import and
 * the renaming of an organisation (and unchanged by a rollback); German
 * matching (compounds, folding, stemming, synonyms); any query text safe;
 * AND falling back to OR; the typo correction ("Meinten Sie"); prefixes;
 * `lotse reindex`.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db/db.h"
#include "domain/offer.h"
#include "domain/offer_csv.h"
#include "domain/organisation.h"
#include "domain/region.h"
#include "search/textindex.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org, muni;
	struct actor cli;
	int64_t heb, kita, erz;
};

/* Stores an offer of the fixture's organisation; returns its id. */
static int64_t add_offer(struct fixture *f, const char *title,
			 const char *description)
{
	struct offer o;
	offer_init(&o);
	o.org_id = f->org;
	o.title = title;
	o.description = description;
	o.needs[o.nneeds++] = "schwangerschaft-geburt";
	o.ages[o.nages++] = "0-1";
	o.loc[o.nloc++] = (struct offer_location){.name = "Praxis",
						  .street = "Am Markt 1",
						  .postcode = "29664",
						  .city = "Walsrode"};
	o.status = "published";
	o.langs[o.nlangs++] = "de";
	o.langs[o.nlangs++] = "tr";
	o.access[o.naccess++] = "geh";
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->cli, &o, &e), 0);
	return o.id;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-textindex-%d.db",
		 getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	f->a = arena_new(8192);
	f->cli = ACTOR_CLI;
	struct user_error e = {0};
	struct organisation o = {.name = "Familienzentrum Lindenhof",
				 .sector = "familienzentrum"};
	f->org = org_create(f->d, &f->cli, &o, &e);
	assert_true(f->org > 0);
	int64_t district =
		region_add(f->d, 0, "district", "Kreis", "kreis", NULL);
	f->muni = region_add(f->d, district, "municipality", "Walsrode",
			     "walsrode", "03999001");
	assert_int_equal(region_add_postcode(f->d, f->muni, "29664"), 0);
	f->heb = add_offer(f, "Hebammensprechstunde",
			   "Unsere Hebamme berät Schwangere und Mütter.");
	f->kita = add_offer(f, "Kindertagesstätte Sonnenschein",
			    "Betreuung für Kinder von 1 bis 6 Jahren.");
	f->erz = add_offer(f, "Erziehungsberatungsstelle",
			   "Rat bei Fragen zur Erziehung, kostenlos.");
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

static struct text_result search(struct fixture *f, const char *q)
{
	struct text_result r;
	assert_int_equal(text_search(f->d, f->a, q, &r), 0);
	for (size_t i = 1; i < r.n; i++)
		assert_true(r.m[i - 1].id < r.m[i].id);
	return r;
}

static bool found(struct fixture *f, const char *q, int64_t id)
{
	struct text_result r = search(f, q);
	for (size_t i = 0; i < r.n; i++)
		if (r.m[i].id == id)
			return true;
	return false;
}

static void test_german_matching(void **state)
{
	struct fixture *f = *state;
	/* compounds: the parts and a shorter compound */
	assert_true(found(f, "Beratung", f->erz));
	assert_true(found(f, "Erziehungsberatung", f->erz));
	assert_true(found(f, "beratungsstelle", f->erz));
	assert_true(found(f, "Erziehungsberatungsstelle", f->erz));
	/* stemming and umlauts typed as ae/oe/ue, NFD, capitals */
	assert_true(found(f, "Mutter", f->heb));
	assert_true(found(f, "Muettern", f->heb));
	assert_true(found(f, "MU\xcc\x88TTER", f->heb));
	assert_true(found(f, "schwangere", f->heb));
	assert_true(found(f, "Kindertagesstaette", f->kita));
	/* the needs column (labels) and places */
	assert_true(found(f, "Geburt", f->heb));
	assert_true(found(f, "Walsrode", f->heb));
	assert_true(found(f, "Lindenhof", f->kita));
	/* languages other than German, access, cost */
	assert_true(found(f, "Türkisch", f->heb));
	assert_int_equal(search(f, "Deutsch").n, 0);
	assert_true(found(f, "Hausbesuch", f->heb));
	assert_true(found(f, "kostenlos", f->kita));
	/* a compound of three parts also without its last */
	assert_true(found(f, "Erziehungsberatungskurs", f->erz));
	assert_false(found(f, "Erziehungskurs", f->erz));
	/* synonyms */
	assert_true(found(f, "Kita", f->kita));
	assert_true(found(f, "Kitas", f->kita));
	assert_false(found(f, "Kita", f->heb));
	/* scores: a title hit ranks above a description hit */
	int64_t other = add_offer(f, "Elterncafé", "Mit Besuch der Hebamme.");
	struct text_result r = search(f, "Hebamme");
	double s_title = 0, s_desc = 0;
	for (size_t i = 0; i < r.n; i++) {
		if (r.m[i].id == f->heb)
			s_title = r.m[i].score;
		if (r.m[i].id == other)
			s_desc = r.m[i].score;
	}
	assert_true(s_title > s_desc && s_desc > 0);
}

static void test_sync_with_changes(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	assert_int_equal(offer_get(f->d, f->a, f->heb, &o), 0);
	o.title = "Geburtsvorbereitungskurs";
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->cli, &o, &e), 0);
	assert_true(found(f, "Geburtsvorbereitung", f->heb));
	assert_false(found(f, "Sprechstunde", f->heb));
	/* archived offers stay in the index (the search filters status) */
	assert_int_equal(
		offer_set_status(f->d, &f->cli, f->heb, "archived", &e), 0);
	assert_true(found(f, "Geburtsvorbereitungskurs", f->heb));
	/* the organisation renamed: its offers follow */
	struct organisation g;
	assert_int_equal(org_get(f->d, f->a, f->org, &g), 0);
	g.name = "Mehrgenerationenhaus Kranichsee";
	struct user_error ue = {0};
	assert_int_equal(org_update(f->d, &f->cli, &g, &ue), 0);
	assert_true(found(f, "Kranichsee", f->kita));
	assert_false(found(f, "Lindenhof", f->kita));
	/* a rollback leaves the index as it was */
	assert_int_equal(db_tx_begin(f->d), 0);
	int64_t id = add_offer(f, "Zauberflötenkurs", "Musik für Babys.");
	assert_true(found(f, "Zauberflötenkurs", id));
	assert_int_equal(db_tx_rollback(f->d), 0);
	assert_false(found(f, "Zauberflötenkurs", id));
	assert_int_equal(search(f, "Zauberflötenkurs").n, 0);
	/* import */
	const char csv[] = "titel;traeger;beschreibung\n"
			   "Stillcafé;Familienzentrum Lindenhof;"
			   "Austausch rund ums Stillen.\n";
	struct csv_import_opts opts = {0};
	struct csv_report rep = {0};
	assert_int_equal(
		offer_csv_import(f->d, &f->cli, csv, strlen(csv), &opts, &rep),
		0);
	csv_report_free(&rep);
	assert_int_equal(search(f, "Stillcafe").n, 1);
	/* bulk: noted, then indexed at once before the commit */
	assert_int_equal(db_tx_begin(f->d), 0);
	text_index_defer(f->d);
	int64_t b1 = add_offer(f, "Waldspielgruppe", "Draußen spielen.");
	int64_t b2 = add_offer(f, "Waldkindergarten", "Jeden Tag im Wald.");
	assert_false(found(f, "Wald", b1));
	assert_int_equal(text_index_flush(f->d), 0);
	assert_int_equal(db_tx_commit(f->d), 0);
	assert_true(found(f, "Wald", b1));
	assert_true(found(f, "Wald", b2));
	/* forgotten on a rollback: later changes are indexed at once again */
	assert_int_equal(db_tx_begin(f->d), 0);
	text_index_defer(f->d);
	add_offer(f, "Baumhauskurs", "Bauen.");
	assert_int_equal(db_tx_rollback(f->d), 0);
	text_index_forget(f->d);
	assert_int_equal(search(f, "Baumhauskurs").n, 0);
	int64_t b3 = add_offer(f, "Baumhausgruppe", "Bauen.");
	assert_true(found(f, "Baumhausgruppe", b3));
	/* the whole index rebuilt gives the same answers */
	assert_int_equal(text_reindex(f->d, NULL, NULL), 0);
	assert_true(found(f, "Kranichsee", f->kita));
	assert_int_equal(search(f, "Stillcafé").n, 1);
	assert_int_equal(search(f, "Zauberflötenkurs").n, 0);
}

static void test_any_query_is_safe(void **state)
{
	struct fixture *f = *state;
	static const char *const nasty[] = {
		"",
		" ",
		"\"",
		"\"\"",
		"Hebamme\"",
		"\"Hebamme",
		"Hebamme AND",
		"OR",
		"AND OR NOT",
		"NOT Hebamme",
		"NEAR(Hebamme Kita)",
		"NEAR",
		"(Hebamme",
		"Hebamme)",
		")(",
		"*",
		"Heb*",
		"* Hebamme",
		"title:Hebamme",
		"{title}: Kita",
		":",
		"^Hebamme",
		"-Hebamme",
		"Hebamme - Kita",
		"+Kita",
		"'; DROP TABLE offer; --",
		"\x01hebamm",
		"\xff\xfe\xfd",
		"Heb\xc3",
		"\xed\xa0\x80",
		"Kita \x01 \x02 Hebamme",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z",
		NULL,
	};
	for (size_t i = 0; nasty[i]; i++) {
		struct text_result r;
		assert_int_equal(text_search(f->d, f->a, nasty[i], &r), 0);
	}
	/* the words still count when operators are around them */
	assert_true(found(f, "NOT Hebamme", f->heb));
	assert_true(found(f, "\"Hebamme\"", f->heb));
	assert_true(found(f, "(Kita)", f->kita));
	assert_int_equal(search(f, "").n, 0);
	assert_int_equal(search(f, "*").n, 0);
	/* 10 000 characters */
	char *big = malloc(10001);
	for (size_t i = 0; i < 10000; i++)
		big[i] = "Hebamme \"(*)\" OR "[i % 17];
	big[10000] = '\0';
	struct text_result r;
	assert_int_equal(text_search(f->d, f->a, big, &r), 0);
	memset(big, 'x', 10000);
	assert_int_equal(text_search(f->d, f->a, big, &r), 0);
	free(big);
	assert_int_equal(text_search(f->d, f->a, NULL, &r), 0);
	assert_int_equal(r.n, 0);
}

static void test_and_then_or(void **state)
{
	struct fixture *f = *state;
	struct text_result r = search(f, "Hebamme Kita");
	assert_true(r.loosened);
	assert_true(r.n >= 2);
	r = search(f, "Hebamme Schwangere");
	assert_false(r.loosened);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.m[0].id, f->heb);
	/* little words do not spoil AND */
	r = search(f, "eine Hebamme für die Schwangere");
	assert_false(r.loosened);
	assert_int_equal(r.n, 1);
	r = search(f, "Quasselstrippe Wolkenkuckucksheim");
	assert_int_equal(r.n, 0);
	assert_false(r.loosened);
}

static void test_typo_and_prefix(void **state)
{
	struct fixture *f = *state;
	struct text_result r = search(f, "Hebame");
	assert_true(r.corrected);
	assert_non_null(r.suggestion);
	assert_string_equal(r.suggestion, "Hebamme");
	assert_true(found(f, "Hebame", f->heb));
	/* a transposition counts as one edit */
	r = search(f, "Erzeihung");
	assert_true(r.corrected);
	assert_string_equal(r.suggestion, "Erziehung");
	/* the other words stay as typed */
	r = search(f, "  Hebame Schwangere ");
	assert_true(r.corrected);
	assert_string_equal(r.suggestion, "Hebamme Schwangere");
	/* short words are not corrected; found words neither */
	r = search(f, "Kitta");
	assert_true(r.n == 0 || r.corrected);
	r = search(f, "Hebamme");
	assert_false(r.corrected);
	assert_null(r.suggestion);
	/* prefixes while typing: the last word */
	assert_true(found(f, "Hebam", f->heb));
	assert_true(found(f, "Kindertages", f->kita));
	assert_true(found(f, "Erziehungsber", f->erz));
	r = search(f, "Hebam");
	assert_false(r.corrected);
	/* but not the words before it */
	r = search(f, "Hebam Schwangere");
	assert_true(r.n == 0 || r.corrected || r.loosened);
}

static void test_office_synonyms(void **state)
{
	struct fixture *f = *state;
	assert_false(found(f, "Storch", f->heb));
	char err[200];
	assert_int_equal(
		text_synonyms_set(f->d, &f->cli,
				  "# eigene Gruppen\n"
				  "Storch, Hebamme\n"
				  "\n   Krabbelstube ,Kindertagesstätte  "
				  "\n",
				  err, sizeof err),
		0);
	assert_true(found(f, "Storch", f->heb));
	assert_true(found(f, "Krabbelstube", f->kita));
	const char *extra = text_synonyms_extra(f->d, f->a);
	assert_non_null(strstr(extra, "Storch, Hebamme\n"));
	assert_non_null(strstr(extra, "Krabbelstube ,Kindertagesstätte\n"));
	/* the built-in list is there too */
	assert_non_null(strstr(text_synonyms_builtin(), "kita"));
	/* too long a line changes nothing */
	char line[400];
	memset(line, 'a', sizeof line - 1);
	line[sizeof line - 1] = '\0';
	assert_int_equal(
		text_synonyms_set(f->d, &f->cli, line, err, sizeof err), -1);
	assert_true(found(f, "Storch", f->heb));
	assert_int_equal(text_synonyms_set(f->d, &f->cli, "", err, sizeof err),
			 0);
	assert_false(found(f, "Storch", f->heb));
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_german_matching),   T(test_sync_with_changes),
		T(test_any_query_is_safe), T(test_and_then_or),
		T(test_typo_and_prefix),   T(test_office_synonyms),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
