/*
 * test_offers.c - the rules of the directory on a real, freshly migrated
 * database: offer validation (each problem named with its field), storage
 * with all lists, coordinates and municipality from the postcode, the
 * audit entry naming what changed, partners only for their own
 * organisation, status and copy, contacts shown publicly only with
 * consent, and the search filters with their German reasons.
 */
#include "testutil.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "auth/password.h"
#include "base/log.h"
#include "db/db.h"
#include "domain/audit.h"
#include "domain/contact.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "domain/region.h"
#include "search/geo.h"
#include "search/search.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org_a, org_b, muni;
	struct actor partner_a, coord;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-offers-%d.db", getpid());
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
	assert_int_equal(region_add_postcode(f->d, f->muni, "29664"), 0);
	f->partner_a =
		(struct actor){7, "a@example.org", "", ROLE_PARTNER, f->org_a};
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

/* A complete, valid offer of organisation A. */
static void good_offer(struct fixture *f, struct offer *o)
{
	offer_init(o);
	o->org_id = f->org_a;
	o->title = "Babymassage";
	o->description = "Für Eltern mit Babys von 6 Wochen bis 9 Monaten.";
	o->needs[o->nneeds++] = "gesundheit-entwicklung";
	o->needs[o->nneeds++] = "begegnung";
	o->ages[o->nages++] = "0-1";
	o->access[o->naccess++] = "komm";
	o->langs[o->nlangs++] = "de";
	o->langs[o->nlangs++] = "tr";
	o->cost = "beitrag";
	o->cost_note = "30 € für 5 Termine";
	o->loc[o->nloc++] =
		(struct offer_location){.name = "Familienzentrum",
					.street = "Lindenweg 3",
					.postcode = "29664",
					.city = "Ahrwald",
					.schedule = "Dienstags 10 Uhr"};
	o->status = "published";
}

static bool has_error(const struct errs *e, const char *field)
{
	return errs_for(e, field) != NULL;
}

static void test_valid_offer_is_stored_with_everything(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), 0);
	assert_true(o.id > 0);
	struct offer got;
	assert_int_equal(offer_get(f->d, f->a, o.id, &got), 0);
	assert_string_equal(got.title, "Babymassage");
	assert_string_equal(got.org_name, "Familienzentrum A");
	assert_int_equal(got.nneeds, 2);
	assert_int_equal(got.nlangs, 2);
	assert_int_equal(got.nloc, 1);
	/* the municipality and coordinates come from the postcode */
	assert_int_equal(got.loc[0].region_id, f->muni);
	assert_string_equal(got.loc[0].region_name, "Ahrwald");
	assert_true(got.loc[0].has_coords);
	assert_true(got.loc[0].lat > 52 && got.loc[0].lat < 53);
	assert_true(got.verified_at[0] != '\0');
	char today[11];
	offer_today(today);
	assert_true(offer_is_public(&got, today));
}

static void test_each_problem_is_named_with_its_field(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	o.title = "";
	o.needs[0] = "unbekannt";
	o.ages[0] = "0-2";
	o.cost = "teuer";
	o.langs[1] = "xx";
	o.email = "keine-adresse";
	o.web = "javascript:alert(1)";
	o.phone = "0511 ABC";
	o.valid_from = "2026-02-30";
	o.loc[0].postcode = "123";
	o.prevention = "sofort";
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), -1);
	const char *fields[] = {"title",      "needs",	  "ages",      "cost",
				"languages",  "email",	  "web",       "phone",
				"valid_from", "postcode", "prevention"};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		if (!has_error(&e, fields[i]))
			fail_msg("no message for %s", fields[i]);
	assert_non_null(strstr(errs_for(&e, "needs"), "unbekannt"));
	assert_int_equal(o.id, 0);
	/* nothing was stored */
	struct offer_row *rows;
	assert_int_equal(offer_list(f->d, f->a, 0, false, true, &rows), 0);
}

static void test_dates_and_unknown_postcode(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	o.valid_from = "2027-01-01";
	o.valid_to = "2026-01-01";
	o.loc[0].postcode = "00000";
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), -1);
	assert_true(has_error(&e, "valid_to"));
	assert_true(has_error(&e, "postcode"));
	/* a leap day is a date */
	good_offer(f, &o);
	o.valid_from = "2028-02-29";
	struct errs e2 = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e2), 0);
	char today[11];
	offer_today(today);
	assert_false(offer_is_public(&o, today)); /* not valid yet */
}

static void test_partner_only_for_own_organisation(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	o.org_id = f->org_b;
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), -2);
	/* the coordination office may */
	struct errs e2 = {0};
	assert_int_equal(offer_save(f->d, &f->coord, &o, &e2), 0);
	/* and the partner cannot change, archive, copy or confirm it */
	struct offer mine;
	good_offer(f, &mine);
	mine.id = o.id;
	struct errs e3 = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &mine, &e3), -2);
	assert_int_equal(
		offer_set_status(f->d, &f->partner_a, o.id, "archived", &e3),
		-2);
	assert_int_equal(offer_copy(f->d, &f->partner_a, o.id, &e3), -2);
	assert_int_equal(offer_verify(f->d, &f->partner_a, o.id, &e3), -2);
	struct offer got;
	assert_int_equal(offer_get(f->d, f->a, o.id, &got), 0);
	assert_int_equal(got.org_id, f->org_b);
	assert_string_equal(got.status, "published");
}

static void test_update_audits_the_changed_fields(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), 0);
	o.title = "Babymassage am Vormittag";
	o.ages[o.nages++] = "1-3";
	o.loc[0].schedule = "Mittwochs 10 Uhr";
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), 0);
	struct audit_filter flt = {.entity = "offer", .entity_id = o.id};
	struct audit_entry *log;
	int64_t total;
	size_t n = audit_list(f->d, f->a, &flt, &log, &total);
	assert_int_equal(n, 2);
	assert_string_equal(log[0].action, "update");
	assert_non_null(strstr(log[0].summary, "Titel"));
	assert_non_null(strstr(log[0].summary, "Alter"));
	assert_non_null(strstr(log[0].summary, "Orte und Zeiten"));
	assert_null(strstr(log[0].summary, "Beschreibung"));
	assert_string_equal(log[0].actor, "a@example.org");
	assert_string_equal(log[1].action, "create");
}

static void test_external_id_is_unique(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	o.external_id = "X-1";
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->coord, &o, &e), 0);
	assert_int_equal(offer_by_external_id(f->d, "X-1"), o.id);
	struct offer o2;
	good_offer(f, &o2);
	o2.external_id = "X-1";
	assert_int_equal(offer_save(f->d, &f->coord, &o2, &e), -1);
	assert_true(has_error(&e, "external_id"));
}

static void test_status_copy_verify(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), 0);
	int64_t copy = offer_copy(f->d, &f->partner_a, o.id, &e);
	assert_true(copy > o.id);
	struct offer c;
	assert_int_equal(offer_get(f->d, f->a, copy, &c), 0);
	assert_string_equal(c.title, "Kopie von Babymassage");
	assert_string_equal(c.status, "draft");
	assert_int_equal(c.copied_from, o.id);
	assert_int_equal(c.nneeds, 2);
	assert_int_equal(c.nloc, 1);
	assert_int_equal(
		offer_set_status(f->d, &f->partner_a, o.id, "archived", &e), 0);
	assert_int_equal(offer_get(f->d, f->a, o.id, &c), 0);
	char today[11];
	offer_today(today);
	assert_false(offer_is_public(&c, today));
	assert_int_equal(offer_set_status(f->d, &f->partner_a, o.id, "weg", &e),
			 -1);
	/* confirming sets the date; unconfirmed lists only old ones */
	assert_int_equal(offer_verify(f->d, &f->partner_a, copy, &e), 0);
	struct offer_row *rows;
	assert_int_equal(offer_list(f->d, f->a, 0, true, true, &rows), 0);
	sqlite3_exec(db_sqlite(f->d),
		     "UPDATE offer SET verified_at = '2020-01-01T00:00:00Z'",
		     NULL, NULL, NULL);
	assert_int_equal(offer_list(f->d, f->a, 0, true, true, &rows), 2);
	assert_int_equal(offer_list(f->d, f->a, 0, true, false, &rows), 1);
}

static void test_contacts_public_only_with_consent(void **state)
{
	struct fixture *f = *state;
	struct contact c = {.org_id = f->org_a,
			    .name = "Mia Muster",
			    .role = "familienhebamme",
			    .public = false};
	struct errs e = {0};
	assert_int_equal(contact_save(f->d, &f->partner_a, &c, &e), 0);
	struct contact *list;
	assert_int_equal(contact_list(f->d, f->a, f->org_a, true, &list), 0);
	c.public = true;
	assert_int_equal(contact_save(f->d, &f->partner_a, &c, &e), 0);
	assert_int_equal(contact_list(f->d, f->a, f->org_a, true, &list), 1);
	assert_true(list[0].consent_at[0] != '\0');
	/* unknown role, other organisation */
	struct contact bad = {.org_id = f->org_a, .name = "X", .role = "chef"};
	struct errs e2 = {0};
	assert_int_equal(contact_save(f->d, &f->partner_a, &bad, &e2), -1);
	assert_true(has_error(&e2, "role"));
	struct contact other = {
		.org_id = f->org_b, .name = "Y", .role = "leitung"};
	assert_int_equal(contact_save(f->d, &f->partner_a, &other, &e2), -2);
}

static void test_search_filters_and_reasons(void **state)
{
	struct fixture *f = *state;
	struct offer o;
	good_offer(f, &o);
	struct errs e = {0};
	assert_int_equal(offer_save(f->d, &f->partner_a, &o, &e), 0);
	struct offer draft;
	good_offer(f, &draft);
	draft.title = "Entwurf Schreibaby";
	draft.status = "draft";
	draft.needs[0] = "schreien-schlafen-fuettern";
	assert_int_equal(offer_save(f->d, &f->partner_a, &draft, &e), 0);

	struct search_params p = {
		.public_only = true, .page = 1, .per_page = 10};
	struct search_result r;
	assert_int_equal(search_offers(f->d, f->a, &p, &r), 0);
	assert_int_equal(r.total, 1); /* the draft is not public */
	p.needs[p.nneeds++] = "gesundheit-entwicklung";
	p.ages[p.nages++] = "0-1";
	p.language = "tr";
	p.postcode = "29664";
	p.radius_km = 10;
	assert_int_equal(search_offers(f->d, f->a, &p, &r), 0);
	assert_int_equal(r.total, 1);
	assert_string_equal(r.hits[0].title, "Babymassage");
	assert_true(r.hits[0].distance_km >= 0 && r.hits[0].distance_km < 1);
	bool fits = false, turkish = false;
	for (size_t i = 0; i < r.hits[0].nreasons; i++) {
		fits = fits ||
		       strstr(r.hits[0].reasons[i], "passt zu: 0–1 Jahr");
		turkish = turkish ||
			  strstr(r.hits[0].reasons[i], "auch auf Türkisch");
	}
	assert_true(fits && turkish);
	/* far away: another postcode 200 km off */
	p.postcode = "10115";
	assert_int_equal(search_offers(f->d, f->a, &p, &r), 0);
	assert_int_equal(r.total, 0);
	/* a home-visit offer fits beyond the radius only where it serves */
	struct offer visit;
	good_offer(f, &visit);
	visit.title = "Hausbesuch der Familienhebamme";
	visit.access[0] = "geh";
	assert_int_equal(offer_save(f->d, &f->partner_a, &visit, &e), 0);
	struct search_params v = {.public_only = true,
				  .page = 1,
				  .per_page = 10,
				  .postcode = "10115",
				  .radius_km = 10,
				  .q = "Hausbesuch"};
	assert_int_equal(search_offers(f->d, f->a, &v, &r), 0);
	assert_int_equal(r.total, 0); /* Berlin is not served */
	v.postcode = "29664";
	v.radius_km = 1;
	assert_int_equal(search_offers(f->d, f->a, &v, &r), 0);
	assert_int_equal(r.total, 1);
	p.postcode = NULL;
	p.radius_km = 0;
	p.q = "BABY massage";
	assert_int_equal(search_offers(f->d, f->a, &p, &r), 0);
	assert_int_equal(r.total, 1);
	p.q = "Schwimmkurs";
	assert_int_equal(search_offers(f->d, f->a, &p, &r), 0);
	assert_int_equal(r.total, 0);
	/* the internal view sees the draft */
	struct search_params all = {.page = 1, .per_page = 10};
	assert_int_equal(search_offers(f->d, f->a, &all, &r), 0);
	assert_int_equal(r.total, 3);
}

static void test_postcodes(void **state)
{
	(void)state;
	double lat, lon;
	char place[64];
	assert_true(geo_postcode("10115", &lat, &lon, place, sizeof place));
	assert_true(lat > 52.4 && lat < 52.6 && lon > 13.3 && lon < 13.5);
	assert_string_equal(place, "Berlin");
	assert_false(geo_postcode("00000", &lat, &lon, NULL, 0));
	assert_false(geo_postcode("1011", &lat, &lon, NULL, 0));
	assert_false(geo_postcode("abcde", &lat, &lon, NULL, 0));
	/* Berlin - Hamburg is about 255 km */
	double b_lat, b_lon, h_lat, h_lon;
	geo_postcode("10115", &b_lat, &b_lon, NULL, 0);
	geo_postcode("20095", &h_lat, &h_lon, NULL, 0);
	double km = geo_km(b_lat, b_lon, h_lat, h_lon);
	assert_true(km > 240 && km < 270);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_valid_offer_is_stored_with_everything),
		T(test_each_problem_is_named_with_its_field),
		T(test_dates_and_unknown_postcode),
		T(test_partner_only_for_own_organisation),
		T(test_update_audits_the_changed_fields),
		T(test_external_id_is_unique),
		T(test_status_copy_verify),
		T(test_contacts_public_only_with_consent),
		T(test_search_filters_and_reasons),
		cmocka_unit_test(test_postcodes),
	};
	log_set_level(LOG_ERROR + 1);
	return cmocka_run_group_tests_name("test_offers", tests, NULL, NULL);
}
