/*
 * demo.c - `lotse demo`: the fictional demo district "Landkreis Ahrwald".
 *
 * Every name here is invented. The postcodes are real (so that distances
 * computed from GeoNames coordinates make sense), the municipality keys
 * use the unassigned district number 03 999.
 */
#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "cli/cli.h"
#include "domain/organisation.h"
#include "domain/region.h"
#include "domain/settings.h"
#include "domain/user.h"

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

/*
 * Creates the demo organisations and accounts inside the caller's
 * transaction (the domain functions nest as savepoints). Returns 0, or -1
 * after printing why.
 */
static int demo_people(db *d)
{
	const struct actor cli = ACTOR_CLI;
	int64_t org_ids[COUNT(demo_orgs)];
	struct user_error e = {0};
	for (size_t i = 0; i < COUNT(demo_orgs); i++) {
		org_ids[i] = org_create(d, &cli, &demo_orgs[i], &e);
		if (org_ids[i] < 0) {
			fprintf(stderr, "lotse demo: %s: %s\n",
				demo_orgs[i].name, e.msg);
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
			fprintf(stderr, "lotse demo: %s: %s\n", u->email,
				role < 0 ? "unbekannte Rolle" : e.msg);
			return -1;
		}
	}
	return 0;
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

int cmd_demo(int argc, char **argv)
{
	struct options o;
	int rc = cli_parse_flags("demo", argc, argv, NULL, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
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
	if (db_begin(d) < 0)
		goto out;
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
	for (size_t i = 0; i < sizeof municipalities / sizeof *municipalities;
	     i++) {
		const struct demo_municipality *m = &municipalities[i];
		int64_t id = region_add(d, district, "municipality", m->name,
					m->slug, m->ags);
		if (id < 0)
			goto rollback;
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
	if (demo_people(d) < 0)
		goto rollback;
	if (db_commit(d) < 0)
		goto rollback;
	printf("Demo-Landkreis Ahrwald angelegt: %zu Städte und Gemeinden, "
	       "%zu Sozialräume, %zu Organisationen, %zu Konten.\n",
	       sizeof municipalities / sizeof *municipalities, areas,
	       COUNT(demo_orgs), COUNT(demo_accounts));
	print_sign_ins();
	status = EXIT_OK;
	goto out;
rollback:
	db_rollback(d);
	fprintf(stderr, "lotse demo: die Demo-Daten konnten nicht angelegt "
			"werden; nichts wurde geändert\n");
out:
	arena_free(a);
	db_close(d);
	return status;
}
