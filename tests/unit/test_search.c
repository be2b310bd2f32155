/*
 * test_search.c - the search engine (search_offers, search_place) on a
 * small fixed data set built through the domain layer: every filter, the
 * facet counts with their documented semantics, the ranking (text
 * relevance, then need and age match, then distance, then title), the
 * reasons, the snapshot seeing a change at once (new offer, archived
 * offer, archived organisation) and the paging bounds.
 *
 * Places: Ahrwald (postcode 29664, Walsrode's centre) and Birkenfelde
 * (29614, Soltau, about 20 km away); Berlin (10115) is far away.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db/db.h"
#include "domain/codes.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "domain/region.h"
#include "search/search.h"
#include "search/snapshot.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org_a, org_b, ahrwald, birkenfelde;
	struct actor coord;
	int64_t massage, cafe, hebamme, telefon, draft, old;
};

/* Stores o as the coordination office; returns its id. */
static int64_t save(struct fixture *f, struct offer *o)
{
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->coord, o, &e), 0);
	return o->id;
}

static void location(struct offer *o, const char *postcode, const char *city)
{
	o->loc[o->nloc++] = (struct offer_location){.name = "Treffpunkt",
						    .street = "Hauptstraße 1",
						    .postcode = postcode,
						    .city = city,
						    .schedule = "montags"};
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-search-%d.db", getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	f->a = arena_new(8192);
	struct actor cli = ACTOR_CLI;
	struct user_error ue = {0};
	struct organisation org = {.name = "Familienzentrum Quelle",
				   .sector = "familienzentrum"};
	f->org_a = org_create(f->d, &cli, &org, &ue);
	org.name = "Beratungsstelle Ufer";
	org.sector = "beratungsstelle";
	f->org_b = org_create(f->d, &cli, &org, &ue);
	int64_t district =
		region_add(f->d, 0, "district", "Kreis", "kreis", NULL);
	f->ahrwald = region_add(f->d, district, "municipality", "Ahrwald",
				"ahrwald", "03999001");
	f->birkenfelde = region_add(f->d, district, "municipality",
				    "Birkenfelde", "birkenfelde", "03999002");
	assert_int_equal(region_add_postcode(f->d, f->ahrwald, "29664"), 0);
	assert_int_equal(region_add_postcode(f->d, f->birkenfelde, "29614"), 0);
	f->coord = (struct actor){8, "k@example.org", "", ROLE_COORDINATION, 0};

	struct offer o;
	offer_init(&o);
	o.org_id = f->org_a;
	o.title = "Babymassage";
	o.description = "Sanfte Massage für Babys, mit Tee für die Eltern.";
	o.needs[o.nneeds++] = "gesundheit-entwicklung";
	o.needs[o.nneeds++] = "begegnung";
	o.ages[o.nages++] = "0-1";
	o.access[o.naccess++] = "komm";
	o.langs[o.nlangs++] = "de";
	o.langs[o.nlangs++] = "tr";
	o.cost = "beitrag";
	location(&o, "29664", "Ahrwald");
	o.status = "published";
	f->massage = save(f, &o);

	offer_init(&o);
	o.org_id = f->org_a;
	o.title = "Elterncafé";
	o.description = "Eltern treffen sich, die Kinder spielen. Babys "
			"willkommen.";
	o.needs[o.nneeds++] = "begegnung";
	o.ages[o.nages++] = "0-1";
	o.ages[o.nages++] = "1-3";
	o.access[o.naccess++] = "komm";
	o.langs[o.nlangs++] = "de";
	location(&o, "29614", "Birkenfelde");
	o.status = "published";
	f->cafe = save(f, &o);

	offer_init(&o);
	o.org_id = f->org_a;
	o.title = "Hebammensprechstunde";
	o.description = "Fragen rund um Schwangerschaft, Geburt und Babys.";
	o.needs[o.nneeds++] = "schwangerschaft-geburt";
	o.needs[o.nneeds++] = "gesundheit-entwicklung";
	o.ages[o.nages++] = "schwangerschaft";
	o.ages[o.nages++] = "0-1";
	o.access[o.naccess++] = "komm";
	o.access[o.naccess++] = "geh";
	o.langs[o.nlangs++] = "de";
	o.langs[o.nlangs++] = "ar";
	o.cost = "kassenleistung";
	location(&o, "29614", "Birkenfelde");
	o.regions[o.nregions++] = f->ahrwald;
	o.status = "published";
	f->hebamme = save(f, &o);

	offer_init(&o);
	o.org_id = f->org_b;
	o.title = "Erziehungsberatung am Telefon";
	o.description = "Rat bei Fragen der Erziehung, anonym.";
	o.needs[o.nneeds++] = "erziehung-bindung";
	o.ages[o.nages++] = "3-6";
	o.ages[o.nages++] = "6-10";
	o.access[o.naccess++] = "telefon";
	o.langs[o.nlangs++] = "de";
	o.status = "published";
	f->telefon = save(f, &o);

	offer_init(&o);
	o.org_id = f->org_a;
	o.title = "Schreibaby-Sprechstunde (Entwurf)";
	o.description = "Noch nicht fertig.";
	o.needs[o.nneeds++] = "schreien-schlafen-fuettern";
	o.ages[o.nages++] = "0-1";
	o.status = "draft";
	f->draft = save(f, &o);

	offer_init(&o);
	o.org_id = f->org_a;
	o.title = "Abgelaufener Kurs";
	o.description = "Vorbei.";
	o.needs[o.nneeds++] = "begegnung";
	o.ages[o.nages++] = "0-1";
	o.valid_from = "2020-01-01";
	o.valid_to = "2020-12-31";
	o.status = "published";
	f->old = save(f, &o);
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

/* The public search with per_page 20 and facets. */
static struct search_params pub(void)
{
	return (struct search_params){
		.public_only = true, .page = 1, .per_page = 20, .facets = true};
}

static struct search_result run(struct fixture *f,
				const struct search_params *p)
{
	struct search_result r;
	assert_int_equal(search_offers(f->d, f->a, p, &r), 0);
	return r;
}

static bool has_id(const struct search_result *r, int64_t id)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->hits[i].id == id)
			return true;
	return false;
}

static int64_t facet(const struct search_facet *v, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].code && strcmp(v[i].code, code) == 0)
			return v[i].count;
	fail_msg("no facet value %s", code);
	return -1;
}

static int64_t facet_region(const struct search_facets *fs, int64_t id)
{
	for (size_t i = 0; i < fs->n_municipalities; i++)
		if (fs->municipalities[i].region_id == id)
			return fs->municipalities[i].count;
	return 0;
}

static bool has_reason(const struct search_hit *h, const char *text)
{
	for (size_t i = 0; i < h->nreasons; i++)
		if (strstr(h->reasons[i], text))
			return true;
	return false;
}

static void test_public_and_internal(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	struct search_result r = run(f, &p);
	/* not the draft, not the expired one */
	assert_int_equal(r.total, 4);
	assert_false(has_id(&r, f->draft));
	assert_false(has_id(&r, f->old));
	/* internal: drafts and expired too, never archived */
	p.public_only = false;
	r = run(f, &p);
	assert_int_equal(r.total, 6);
	assert_true(has_id(&r, f->draft));
	struct errs e = {0};
	assert_int_equal(
		offer_set_status(f->d, &f->coord, f->draft, "archived", &e), 0);
	r = run(f, &p);
	assert_int_equal(r.total, 5);
}

static void test_each_filter(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	p.needs[p.nneeds++] = "begegnung";
	struct search_result r = run(f, &p);
	assert_int_equal(r.total, 2);
	assert_true(has_id(&r, f->massage) && has_id(&r, f->cafe));
	/* needs: any of them */
	p.needs[p.nneeds++] = "erziehung-bindung";
	assert_int_equal(run(f, &p).total, 3);
	p = pub();
	p.ages[p.nages++] = "schwangerschaft";
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(r.hits[0].id, f->hebamme);
	p.ages[p.nages++] = "6-10";
	assert_int_equal(run(f, &p).total, 2);
	p = pub();
	p.cost = "kostenlos";
	assert_int_equal(run(f, &p).total, 2);
	p.cost = "kassenleistung";
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(r.hits[0].id, f->hebamme);
	p = pub();
	p.language = "tr";
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(r.hits[0].id, f->massage);
	p.language = "xx"; /* unknown code: nothing */
	assert_int_equal(run(f, &p).total, 0);
	p = pub();
	p.access = "geh";
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(r.hits[0].id, f->hebamme);
	p = pub();
	p.municipality = f->ahrwald; /* located there, or serving it */
	r = run(f, &p);
	assert_int_equal(r.total, 2);
	assert_true(has_id(&r, f->massage) && has_id(&r, f->hebamme));
	p.municipality = f->birkenfelde;
	assert_int_equal(run(f, &p).total, 2);
	p.municipality = 999999;
	assert_int_equal(run(f, &p).total, 0);
	p = pub();
	p.org_id = f->org_b;
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(r.hits[0].id, f->telefon);
	/* the same without facets */
	p = pub();
	p.facets = false;
	p.needs[p.nneeds++] = "begegnung";
	p.cost = "beitrag";
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_null(r.facets.needs);
}

static void test_radius_and_remote(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	p.postcode = "29664";
	p.radius_km = 5;
	struct search_result r = run(f, &p);
	/* in Ahrwald: the massage; the midwife comes home to Ahrwald, the
	 * phone counselling serves the whole district */
	assert_int_equal(r.total, 3);
	assert_true(has_id(&r, f->massage) && has_id(&r, f->hebamme) &&
		    has_id(&r, f->telefon));
	assert_false(r.postcode_unknown);
	p.radius_km = 50;
	assert_int_equal(run(f, &p).total, 4);
	/* Berlin: nothing is near, nobody serves it */
	p.postcode = "10115";
	p.radius_km = 10;
	assert_int_equal(run(f, &p).total, 0);
	/* unknown postcode: no distance filter, flagged */
	p.postcode = "00000";
	r = run(f, &p);
	assert_true(r.postcode_unknown);
	assert_int_equal(r.total, 4);
	assert_true(r.hits[0].distance_km < 0);
}

static void test_facet_counts(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	struct search_result r = run(f, &p);
	const struct search_facets *fs = &r.facets;
	/* every code listed, zeros included */
	assert_int_equal(fs->n_needs, (size_t)code_count(needs));
	assert_int_equal(fs->n_languages, (size_t)code_count(languages));
	assert_int_equal(facet(fs->needs, fs->n_needs, "begegnung"), 2);
	assert_int_equal(
		facet(fs->needs, fs->n_needs, "gesundheit-entwicklung"), 2);
	assert_int_equal(facet(fs->needs, fs->n_needs, "kinderschutz"), 0);
	assert_int_equal(facet(fs->ages, fs->n_ages, "0-1"), 3);
	assert_int_equal(facet(fs->costs, fs->n_costs, "kostenlos"), 2);
	assert_int_equal(facet(fs->languages, fs->n_languages, "de"), 4);
	assert_int_equal(facet(fs->accesses, fs->n_accesses, "komm"), 3);
	assert_int_equal(facet_region(fs, f->ahrwald), 2);
	assert_int_equal(facet_region(fs, f->birkenfelde), 2);

	/* a chosen need: its group counts what the other filters leave
	 * (as if it were not chosen), the other groups count the hits */
	p.needs[p.nneeds++] = "begegnung";
	p.cost = "beitrag";
	r = run(f, &p);
	fs = &r.facets;
	assert_int_equal(r.total, 1); /* the massage */
	/* needs among the offers with a fee: only the massage */
	assert_int_equal(facet(fs->needs, fs->n_needs, "begegnung"), 1);
	assert_int_equal(
		facet(fs->needs, fs->n_needs, "gesundheit-entwicklung"), 1);
	/* cost: the total with that cost chosen instead */
	assert_int_equal(facet(fs->costs, fs->n_costs, "kostenlos"), 1);
	assert_int_equal(facet(fs->costs, fs->n_costs, "beitrag"), 1);
	assert_int_equal(facet(fs->costs, fs->n_costs, "kassenleistung"), 0);
	p.cost = "kostenlos";
	assert_int_equal(run(f, &p).total, 1);
	/* ages count the hits */
	assert_int_equal(facet(fs->ages, fs->n_ages, "0-1"), 1);
	assert_int_equal(facet(fs->ages, fs->n_ages, "1-3"), 0);
	/* municipality: the total with it chosen */
	p = pub();
	p.needs[p.nneeds++] = "begegnung";
	p.municipality = f->ahrwald;
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(facet_region(&r.facets, f->birkenfelde), 1);
	assert_int_equal(facet_region(&r.facets, f->ahrwald), 1);
}

static void test_ranking(void **state)
{
	struct fixture *f = *state;
	/* no words, no place: more of the chosen needs first, then the
	 * title */
	struct search_params p = pub();
	p.needs[p.nneeds++] = "begegnung";
	p.needs[p.nneeds++] = "gesundheit-entwicklung";
	struct search_result r = run(f, &p);
	assert_int_equal(r.total, 3);
	assert_int_equal(r.hits[0].id, f->massage); /* both needs */
	assert_int_equal(r.hits[1].id, f->cafe);    /* title: E < H */
	assert_int_equal(r.hits[2].id, f->hebamme);
	/* ages likewise */
	p = pub();
	p.ages[p.nages++] = "0-1";
	p.ages[p.nages++] = "1-3";
	r = run(f, &p);
	assert_int_equal(r.hits[0].id, f->cafe);
	/* equal match: nearer first */
	p = pub();
	p.needs[p.nneeds++] = "begegnung";
	p.postcode = "29614";
	r = run(f, &p);
	assert_int_equal(r.total, 2);
	assert_int_equal(r.hits[0].id, f->cafe);
	assert_true(r.hits[0].distance_km < 1);
	assert_true(r.hits[1].distance_km > 10);
	p.postcode = "29664";
	r = run(f, &p);
	assert_int_equal(r.hits[0].id, f->massage);
	/* sorted by distance: nearest first, unknown last, before need
	 * match */
	p = pub();
	p.needs[p.nneeds++] = "begegnung";
	p.needs[p.nneeds++] = "erziehung-bindung";
	p.needs[p.nneeds++] = "schwangerschaft-geburt";
	p.postcode = "29614";
	p.sort_distance = true;
	r = run(f, &p);
	assert_int_equal(r.total, 4);
	assert_true(r.hits[0].distance_km <= r.hits[1].distance_km);
	assert_int_equal(r.hits[2].id, f->massage);
	assert_int_equal(r.hits[3].id, f->telefon); /* no place */
	assert_true(r.hits[3].distance_km < 0);
	/* words: the better text match first (a word in the title weighs
	 * more than in the description), before need and title */
	p = pub();
	p.q = "Babys";
	r = run(f, &p);
	assert_int_equal(r.total, 3);
	/* "Eltern": in the café's title, in the massage's description
	 * (whose title comes first; synonyms may find more) */
	p.q = "Eltern";
	r = run(f, &p);
	assert_true(r.total >= 2);
	assert_int_equal(r.hits[0].id, f->cafe);
	for (size_t i = 1; i < r.n; i++)
		assert_true(r.hits[0].score > r.hits[i].score);
	p.q = "Massage";
	r = run(f, &p);
	assert_true(r.total >= 1);
	assert_int_equal(r.hits[0].id, f->massage);
	assert_true(r.hits[0].score > 0);
}

static void test_words_loosened(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	p.q = "Babymassage Zitronenfalter";
	struct search_result r = run(f, &p);
	/* no offer has both words: those with either, and a note */
	assert_true(r.loosened);
	assert_true(has_id(&r, f->massage));
	p.q = "Babymassage";
	r = run(f, &p);
	assert_false(r.loosened);
	assert_int_equal(r.total, 1);
	/* words and filters together */
	p.q = "Babys";
	p.cost = "kassenleistung";
	r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(r.hits[0].id, f->hebamme);
	/* blank words are no words */
	p = pub();
	p.q = "   ";
	assert_int_equal(run(f, &p).total, 4);
}

static void test_reasons(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	p.needs[p.nneeds++] = "gesundheit-entwicklung";
	p.ages[p.nages++] = "0-1";
	p.language = "ar";
	p.postcode = "29664";
	struct search_result r = run(f, &p);
	assert_int_equal(r.total, 1);
	const struct search_hit *h = &r.hits[0];
	assert_int_equal(h->id, f->hebamme);
	assert_string_equal(h->title, "Hebammensprechstunde");
	assert_string_equal(h->org_name, "Familienzentrum Quelle");
	assert_true(has_reason(
		h, "passt zu: 0–1 Jahr, Gesundheit und Entwicklung"));
	assert_true(has_reason(h, "km entfernt"));
	assert_true(has_reason(h, "kommt auch zu Ihnen nach Hause"));
	assert_true(has_reason(h, "auch auf Arabisch"));
	assert_false(has_reason(h, "kostenlos"));
	p = pub();
	p.org_id = f->org_b;
	r = run(f, &p);
	assert_true(has_reason(&r.hits[0], "kostenlos"));
	assert_false(has_reason(&r.hits[0], "passt zu"));
	assert_false(has_reason(&r.hits[0], "km entfernt"));
}

static void test_snapshot_follows_changes(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	p.needs[p.nneeds++] = "kinderschutz";
	assert_int_equal(run(f, &p).total, 0);
	struct offer o;
	offer_init(&o);
	o.org_id = f->org_b;
	o.title = "Kinderschutz-Beratung";
	o.description = "Für Fachkräfte.";
	o.needs[o.nneeds++] = "kinderschutz";
	o.ages[o.nages++] = "6-10";
	o.access[o.naccess++] = "komm";
	location(&o, "29664", "Ahrwald");
	o.status = "published";
	int64_t id = save(f, &o);
	struct search_result r = run(f, &p);
	assert_int_equal(r.total, 1);
	assert_int_equal(r.hits[0].id, id);
	/* edited: another need */
	struct offer got;
	assert_int_equal(offer_get(f->d, f->a, id, &got), 0);
	got.needs[0] = "krise-gewalt";
	save(f, &got);
	assert_int_equal(run(f, &p).total, 0);
	/* archived: gone */
	p = pub();
	p.org_id = f->org_b;
	assert_int_equal(run(f, &p).total, 2);
	struct errs e = {0};
	assert_int_equal(offer_set_status(f->d, &f->coord, id, "archived", &e),
			 0);
	assert_int_equal(run(f, &p).total, 1);
	/* the organisation archived: its offers are no longer public */
	sqlite3_exec(db_sqlite(f->d),
		     "UPDATE organisation SET archived = 1 WHERE name = "
		     "'Beratungsstelle Ufer'",
		     NULL, NULL, NULL);
	assert_int_equal(run(f, &p).total, 0);
	/* a rolled-back change is not seen */
	p = pub();
	assert_int_equal(db_tx_begin(f->d), 0);
	sqlite3_exec(db_sqlite(f->d), "DELETE FROM offer_need", NULL, NULL,
		     NULL);
	p.needs[p.nneeds++] = "begegnung";
	assert_int_equal(run(f, &p).total, 0); /* inside: sees its change */
	assert_int_equal(db_tx_rollback(f->d), 0);
	assert_int_equal(run(f, &p).total, 2);
}

static void test_paging(void **state)
{
	struct fixture *f = *state;
	struct search_params p = pub();
	struct search_result all = run(f, &p);
	assert_int_equal(all.n, 4);
	/* one per page: together the same list in the same order */
	for (int64_t page = 1; page <= 4; page++) {
		p.page = page;
		p.per_page = 1;
		struct search_result r = run(f, &p);
		assert_int_equal(r.total, 4);
		assert_int_equal(r.n, 1);
		assert_int_equal(r.hits[0].id, all.hits[page - 1].id);
	}
	/* beyond the end: the total, no hits */
	p.page = 5;
	struct search_result r = run(f, &p);
	assert_int_equal(r.total, 4);
	assert_int_equal(r.n, 0);
	/* very deep pages take the other path */
	p.page = 100000;
	p.per_page = 100;
	r = run(f, &p);
	assert_int_equal(r.total, 4);
	assert_int_equal(r.n, 0);
	/* out-of-range sizes fall back to 20, pages to 1 */
	p.page = 0;
	p.per_page = 0;
	assert_int_equal(run(f, &p).n, 4);
	p.per_page = 1000;
	assert_int_equal(run(f, &p).n, 4);
}

static void test_place(void **state)
{
	struct fixture *f = *state;
	size_t nn = (size_t)code_count(needs);
	struct search_result *out = arena_calloc(f->a, nn, sizeof *out);
	assert_int_equal(search_place(f->d, f->a, f->ahrwald, NULL, 0, 5, out),
			 0);
	const struct code *c = code_find(needs, "gesundheit-entwicklung");
	struct search_result *g = &out[c - needs];
	/* the massage is there, the midwife serves Ahrwald; by title */
	assert_int_equal(g->total, 2);
	assert_int_equal(g->n, 2);
	assert_int_equal(g->hits[0].id, f->massage);
	assert_int_equal(g->hits[1].id, f->hebamme);
	assert_true(has_reason(&g->hits[1], "kommt auch zu Ihnen nach Hause"));
	assert_int_equal(
		out[code_find(needs, "erziehung-bindung") - needs].total, 0);
	/* one need, second page of one */
	assert_int_equal(search_place(f->d, f->a, f->ahrwald,
				      "gesundheit-entwicklung", 1, 1, out),
			 0);
	assert_int_equal(g->total, 2);
	assert_int_equal(g->n, 1);
	assert_int_equal(g->hits[0].id, f->hebamme);
	assert_int_equal(out[code_find(needs, "begegnung") - needs].total, 0);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_public_and_internal),
		T(test_each_filter),
		T(test_radius_and_remote),
		T(test_facet_counts),
		T(test_ranking),
		T(test_words_loosened),
		T(test_reasons),
		T(test_snapshot_follows_changes),
		T(test_paging),
		T(test_place),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	snapshot_release_all();
	return rc;
}
