/*
 * demo.c - `lotse demo`: the fictional demo district "Landkreis Ahrwald".
 *
 * Every name here is invented. The postcodes are real (so that distances
 * computed from GeoNames coordinates make sense), the municipality keys
 * use the unassigned district number 03 999.
 *
 * Besides the municipalities, settings and demo accounts, the district
 * gets its directory: about 300 partner organisations of every sector,
 * their contact people and about 600 offers (--offers N for more), made
 * by the generators of demo_data.c and stored through the domain layer,
 * so that every record passes the same validation as one typed in. All
 * of it happens in one transaction: a failure leaves nothing behind.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "cli/cli.h"
#include "cli/demo_data.h"
#include "domain/contact.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "domain/region.h"
#include "domain/settings.h"
#include "domain/user.h"
#include "search/textindex.h"

struct demo_municipality {
	const char *name, *slug, *ags;
	const char *postcodes[3];
	const char *social_areas[3];
};

static const struct demo_municipality municipalities[] = {
	{"Ahrwald",
	 "ahrwald",
	 "03999001",
	 {"29664", NULL},
	 {"Ahrwald-Nord", "Ahrwald-Süd", "Ahrwald-Altstadt"}},
	{"Birkenfelde",
	 "birkenfelde",
	 "03999002",
	 {"29614", NULL},
	 {"Birkenfelde-Mitte", "Birkenfelde-Heide", NULL}},
	{"Moorhausen",
	 "moorhausen",
	 "03999003",
	 {"29633", NULL},
	 {"Moorhausen", NULL, NULL}},
	{"Eschenbrück",
	 "eschenbrueck",
	 "03999004",
	 {"29640", NULL},
	 {"Eschenbrück", NULL, NULL}},
	{"Lindhorst",
	 "lindhorst",
	 "03999005",
	 {"29643", NULL},
	 {"Lindhorst", NULL, NULL}},
	{"Kranichsee",
	 "kranichsee",
	 "03999006",
	 {"29646", NULL},
	 {"Kranichsee", NULL, NULL}},
	{"Wiesental",
	 "wiesental",
	 "03999007",
	 {"29649", NULL},
	 {"Wiesental", NULL, NULL}},
	{"Erlenried",
	 "erlenried",
	 "03999008",
	 {"29683", NULL},
	 {"Erlenried", NULL, NULL}},
	{"Brakenstedt",
	 "brakenstedt",
	 "03999009",
	 {"29690", "29693", NULL},
	 {"Brakenstedt", "Brakenstedt-Aller", NULL}},
};

static const char *const demo_settings[][2] = {
	{"network_name", "Netzwerk Frühe Hilfen und Kinderschutz Ahrwald"},
	{"district_name", "Landkreis Ahrwald"},
	{"header_line", "Ein Angebot des Landkreises Ahrwald (Demo)"},
	{"contact_phone", "05161 987 650"},
	{"contact_email", "fruehe-hilfen@ahrwald.example"},
	{"impressum",
	 "Landkreis Ahrwald (erfundener Demo-Landkreis)\n"
	 "Fachbereich Jugend und Familie – Netzwerkkoordination Frühe Hilfen\n"
	 "Am Kreishaus 1, 29664 Ahrwald\n\n"
	 "Vertreten durch die Landrätin Mira Lindqvist (erfunden).\n\n"
	 "Dies ist eine Demonstration der Software Lotse. Alle Namen, "
	 "Einrichtungen und Angebote sind frei erfunden."},
	{"datenschutz",
	 "Verantwortlich für die Verarbeitung ist der Landkreis Ahrwald "
	 "(erfundener Demo-Landkreis).\n\n"
	 "Wenn Sie Angebote suchen, speichern wir nichts über Sie: Es gibt "
	 "keine Cookies für Besucherinnen und Besucher, keine Zählpixel und "
	 "keine Inhalte von anderen Servern. Die Protokolle des Servers "
	 "enthalten keine Suchbegriffe.\n\n"
	 "Partnerinnen und Partner des Netzwerks, die sich anmelden, "
	 "erhalten ein Sitzungs-Cookie, das beim Abmelden gelöscht wird."},
};

/* A few partner organisations (invented), so that the accounts below
 * have one. */
static const struct organisation demo_orgs[] = {
	{.name = "Jugendamt Landkreis Ahrwald",
	 .sector = "jugendhilfe-oeffentlich",
	 .street = "Am Kreishaus 1",
	 .postcode = "29664",
	 .city = "Ahrwald",
	 .phone = "05161 987 600",
	 .email = "jugendamt@ahrwald.example"},
	{.name = "Familienzentrum Lindenhof",
	 .sector = "familienzentrum",
	 .street = "Lindenhofweg 4",
	 .postcode = "29664",
	 .city = "Ahrwald",
	 .phone = "05161 44 120",
	 .email = "kontakt@lindenhof.example"},
	{.name = "Hebammenpraxis Kranichsee",
	 .sector = "hebammen",
	 .street = "Seestraße 17",
	 .postcode = "29646",
	 .city = "Kranichsee",
	 .phone = "05172 30 91",
	 .email = "praxis@hebammen-kranichsee.example"},
	{.name = "Erziehungsberatungsstelle Birkenfelde",
	 .sector = "beratungsstelle",
	 .street = "Heideweg 9",
	 .postcode = "29614",
	 .city = "Birkenfelde",
	 .phone = "05191 72 40",
	 .email = "beratung@birkenfelde.example"},
};

/* One sign-in per role (and a second partner, for tests of "partner A may
 * not change partner B"). The passwords are public: they are printed
 * here, in `make run` and in the README, and only good for the demo. */
struct demo_account {
	const char *email, *name, *role, *password;
	int org; /* index into demo_orgs, -1 for none */
};
static const struct demo_account demo_accounts[] = {
	{"admin@ahrwald.example", "Svenja Demo-Admin", "admin",
	 "Ahrwald-Demo-IT-2026", -1},
	{"koordination@ahrwald.example", "Konrad Demo-Koordination",
	 "coordination", "Ahrwald-Demo-Netzwerk-2026", 0},
	{"partner@ahrwald.example", "Paula Demo-Partnerin", "partner",
	 "Ahrwald-Demo-Familie-2026", 1},
	{"besuche@ahrwald.example", "Bea Demo-Besuchsdienst", "visits",
	 "Ahrwald-Demo-Willkommen-2026", 0},
	{"partner2@ahrwald.example", "Hanna Demo-Hebamme", "partner",
	 "Ahrwald-Demo-Hebamme-2026", 2},
};

#define COUNT(x) (sizeof(x) / sizeof *(x))

/* Why the demo could not be made: the first reason wins, and cmd_demo()
 * prints it as its one line on stderr. */
static char demo_why[512];

static void why(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void why(const char *fmt, ...)
{
	if (demo_why[0])
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(demo_why, sizeof demo_why, fmt, ap);
	va_end(ap);
}

/*
 * Creates the demo organisations and accounts inside the caller's
 * transaction (the domain functions nest as savepoints) and fills org_ids
 * with the organisations' ids. Returns 0, or -1 after saying why().
 */
static int demo_people(db *d, int64_t org_ids[COUNT(demo_orgs)])
{
	const struct actor cli = ACTOR_CLI;
	struct user_error e = {0};
	for (size_t i = 0; i < COUNT(demo_orgs); i++) {
		org_ids[i] = org_create(d, &cli, &demo_orgs[i], &e);
		if (org_ids[i] < 0) {
			why("%s: %s", demo_orgs[i].name, e.msg);
			return -1;
		}
	}
	for (size_t i = 0; i < COUNT(demo_accounts); i++) {
		const struct demo_account *u = &demo_accounts[i];
		int role = role_parse(u->role);
		int64_t org = u->org >= 0 ? org_ids[u->org] : 0;
		if (role < 0 ||
		    user_create(d, &cli, u->email, u->name, (enum role)role,
				org, u->password, false, &e) < 0) {
			why("%s: %s", u->email,
			    role < 0 ? "unbekannte Rolle" : e.msg);
			return -1;
		}
	}
	return 0;
}

/* What kind of organisation each of demo_orgs is, for its offers. */
static const char *const demo_org_kinds[COUNT(demo_orgs)] = {
	"jugendamt", "familienzentrum", "hebammenpraxis", "eb"};

/* What `lotse demo` made besides places and accounts. */
struct demo_counts {
	size_t orgs, contacts, offers;
};

/* Says why a generated record was refused (a bug in the generator): its
 * first message, with the field it is about. */
static void why_errs(const char *what, const struct errs *e)
{
	if (e->n)
		why("%s: %s%s%s", what, e->field[0] ? e->field[0] : "",
		    e->field[0] ? ": " : "", e->msg[0]);
	else
		why("%s: nicht gespeichert", what);
}

/*
 * Creates the directory inside the caller's transaction: the generated
 * organisations (the fixed ones in org_ids exist already) with their
 * network data and regions served, their contact people, and noffers
 * offers, each through the domain layer with full validation. town_ids
 * are the region ids of demo_towns. Fills *c; returns 0, or -1 after
 * saying why().
 */
static int demo_directory(db *d, const int64_t org_ids[COUNT(demo_orgs)],
			  const int64_t town_ids[DEMO_TOWNS], size_t noffers,
			  struct demo_counts *c)
{
	const struct actor cli = ACTOR_CLI;
	arena *a = arena_new(1 << 16);
	arena *scratch = arena_new(16384);
	int rc = -1;
	struct demo_fixed fixed[COUNT(demo_orgs)];
	for (size_t i = 0; i < COUNT(demo_orgs); i++)
		fixed[i] =
			(struct demo_fixed){&demo_orgs[i], demo_org_kinds[i]};
	struct demo_org *orgs;
	size_t norgs = demo_orgs_make(a, fixed, COUNT(demo_orgs), &orgs);
	if (norgs == 0) {
		why("unbekannte Art einer Demo-Organisation");
		goto out;
	}
	int64_t(*contacts)[3] = arena_calloc(a, norgs, sizeof *contacts);
	size_t *ncontacts = arena_calloc(a, norgs, sizeof *ncontacts);
	for (size_t i = 0; i < norgs; i++) {
		struct organisation *o = &orgs[i].org;
		struct user_error ue = {0};
		if (i < COUNT(demo_orgs))
			o->id = org_ids[i];
		else if ((o->id = org_create(d, &cli, o, &ue)) < 0) {
			why("%s: %s", o->name, ue.msg);
			goto out;
		}
		o->nregions = 0;
		for (int t = 0; t < DEMO_TOWNS; t++)
			if (orgs[i].serves & (1u << t))
				o->regions[o->nregions++] = town_ids[t];
		if (org_update_network(d, &cli, o, &ue) < 0) {
			why("%s: %s", o->name, ue.msg);
			goto out;
		}
		struct contact cs[3];
		size_t n = demo_contacts_make(a, &orgs[i], i, cs);
		for (size_t k = 0; k < n; k++) {
			struct errs e = {0};
			if (contact_save(d, &cli, &cs[k], &e) < 0) {
				why_errs(cs[k].name, &e);
				goto out;
			}
			contacts[i][ncontacts[i]++] = cs[k].id;
		}
		c->contacts += n;
	}
	c->orgs = norgs;
	size_t base;
	struct demo_slot *plan =
		demo_offer_plan(a, orgs, norgs, noffers, &base);
	char today[11];
	offer_today(today);
	for (size_t i = 0; i < noffers; i++) {
		arena_reset(scratch);
		const struct demo_slot *s = &plan[i];
		size_t nc = ncontacts[s->org];
		int64_t contact = nc && i % 3 ? contacts[s->org][i % nc] : 0;
		struct offer o;
		offer_init(&o);
		demo_offer_make(scratch, &orgs[s->org], s, i, town_ids, contact,
				today, &o);
		struct errs e = {0};
		if (offer_save(d, &cli, &o, &e) < 0) {
			why_errs(o.title, &e);
			goto out;
		}
		c->offers++;
	}
	rc = 0;
out:
	arena_free(scratch);
	arena_free(a);
	return rc;
}

/* Prints the demo sign-ins as a small table. */
static void print_sign_ins(void)
{
	printf("Anmeldungen für die Demo (Passwörter nur für die Demo):\n");
	for (size_t i = 0; i < COUNT(demo_accounts); i++) {
		const struct demo_account *u = &demo_accounts[i];
		int role = role_parse(u->role);
		printf("  %-30s %-30s %s%s%s\n", u->email, u->password,
		       role_label(role < 0 ? ROLE_UNSET : (enum role)role),
		       u->org >= 0 ? ", " : "",
		       u->org >= 0 ? demo_orgs[u->org].name : "");
	}
}

#define DEMO_OFFERS 600
#define DEMO_OFFERS_MAX 1000000

/* --offers N: a whole number from 0 to DEMO_OFFERS_MAX; false otherwise. */
static bool parse_offers(const char *text, size_t *out)
{
	if (!text)
		return true;
	if (*text < '0' || *text > '9')
		return false;
	char *end;
	errno = 0;
	unsigned long long v = strtoull(text, &end, 10);
	if (errno || *end || v > DEMO_OFFERS_MAX)
		return false;
	*out = (size_t)v;
	return true;
}

static const struct cli_flag demo_flags[] = {{"offers", true}, {NULL, false}};

int cmd_demo(int argc, char **argv)
{
	struct options o;
	int rc = cli_parse_args("demo", argc, argv, NULL, demo_flags, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	size_t noffers = DEMO_OFFERS;
	if (!parse_offers(cli_own(&o, "offers"), &noffers)) {
		fprintf(stderr,
			"lotse demo: --offers braucht eine ganze Zahl von 0 "
			"bis %d\n",
			DEMO_OFFERS_MAX);
		cli_print_help(stderr, "demo");
		return EXIT_USAGE;
	}
	db *d = cli_open_db(&o, true, true);
	if (!d)
		return EXIT_FAIL;
	arena *a = arena_new(4096);
	struct region *existing;
	if (region_list(d, a, "district", &existing) > 0) {
		printf("Die Datenbank %s enthält schon einen Landkreis (%s); "
		       "die Demo-Daten werden nicht noch einmal angelegt.\n",
		       o.db_path, existing[0].name);
		arena_free(a);
		db_close(d);
		return EXIT_OK;
	}
	int status = EXIT_FAIL;
	/* One big transaction: a page cache of 64 MiB keeps SQLite from
	 * spilling half-written pages into the WAL again and again. */
	if (db_exec(d, "PRAGMA cache_size = -65536") < 0 || db_begin(d) < 0) {
		fprintf(stderr,
			"lotse demo: die Datenbank %s ist gerade "
			"nicht beschreibbar\n",
			o.db_path);
		goto out;
	}
	for (size_t i = 0; i < sizeof demo_settings / sizeof *demo_settings;
	     i++)
		if (setting_set(d, demo_settings[i][0], demo_settings[i][1]) <
		    0)
			goto rollback;
	int64_t district = region_add(d, 0, "district", "Landkreis Ahrwald",
				      "landkreis-ahrwald", NULL);
	if (district < 0)
		goto rollback;
	size_t areas = 0;
	int64_t town_ids[DEMO_TOWNS];
	_Static_assert(COUNT(municipalities) == DEMO_TOWNS,
		       "demo_towns lists the municipalities");
	for (size_t i = 0; i < sizeof municipalities / sizeof *municipalities;
	     i++) {
		const struct demo_municipality *m = &municipalities[i];
		if (strcmp(m->name, demo_towns[i].name) != 0 ||
		    strcmp(m->postcodes[0], demo_towns[i].postcodes[0]) != 0) {
			why("demo_towns passt nicht zu den Gemeinden");
			goto rollback;
		}
		int64_t id = region_add(d, district, "municipality", m->name,
					m->slug, m->ags);
		if (id < 0)
			goto rollback;
		town_ids[i] = id;
		for (size_t k = 0; k < 3 && m->postcodes[k]; k++)
			if (region_add_postcode(d, id, m->postcodes[k]) < 0)
				goto rollback;
		for (size_t k = 0; k < 3 && m->social_areas[k]; k++) {
			char slug[96];
			snprintf(slug, sizeof slug, "%s-sozialraum-%zu",
				 m->slug, k + 1);
			if (region_add(d, id, "social_area", m->social_areas[k],
				       slug, NULL) < 0)
				goto rollback;
			areas++;
		}
	}
	int64_t org_ids[COUNT(demo_orgs)];
	struct demo_counts counts = {0};
	text_index_defer(d); /* the search index: all offers at once */
	if (demo_people(d, org_ids) < 0 ||
	    demo_directory(d, org_ids, town_ids, noffers, &counts) < 0 ||
	    text_index_flush(d) < 0 || demo_figures(d, town_ids) < 0 ||
	    demo_meetings(d) < 0 || demo_decisions(d) < 0 ||
	    demo_projects(d) < 0 || demo_news(d) < 0)
		goto rollback;
	if (db_commit(d) < 0)
		goto rollback;
	printf("Demo-Landkreis Ahrwald angelegt: %zu Städte und Gemeinden, "
	       "%zu Sozialräume, %zu Organisationen, %zu Ansprechpersonen, "
	       "%zu Angebote, %zu Konten.\n",
	       sizeof municipalities / sizeof *municipalities, areas,
	       counts.orgs, counts.contacts, counts.offers,
	       COUNT(demo_accounts));
	print_sign_ins();
	status = EXIT_OK;
	goto out;
rollback:
	db_rollback(d);
	fprintf(stderr,
		"lotse demo: die Demo-Daten wurden nicht angelegt, nichts "
		"wurde geändert%s%s\n",
		demo_why[0] ? ": " : "", demo_why);
out:
	arena_free(a);
	db_close(d);
	return status;
}
