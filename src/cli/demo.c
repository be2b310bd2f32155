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
#include "domain/region.h"
#include "domain/settings.h"

struct demo_municipality {
	const char *name, *slug, *ags;
	const char *postcodes[3];
	const char *social_areas[3];
};

static const struct demo_municipality municipalities[] = {
	{"Ahrwald", "ahrwald", "03999001", {"29664", NULL},
	 {"Ahrwald-Nord", "Ahrwald-Süd", "Ahrwald-Altstadt"}},
	{"Birkenfelde", "birkenfelde", "03999002", {"29614", NULL},
	 {"Birkenfelde-Mitte", "Birkenfelde-Heide", NULL}},
	{"Moorhausen", "moorhausen", "03999003", {"29633", NULL},
	 {"Moorhausen", NULL, NULL}},
	{"Eschenbrück", "eschenbrueck", "03999004", {"29640", NULL},
	 {"Eschenbrück", NULL, NULL}},
	{"Lindhorst", "lindhorst", "03999005", {"29643", NULL},
	 {"Lindhorst", NULL, NULL}},
	{"Kranichsee", "kranichsee", "03999006", {"29646", NULL},
	 {"Kranichsee", NULL, NULL}},
	{"Wiesental", "wiesental", "03999007", {"29649", NULL},
	 {"Wiesental", NULL, NULL}},
	{"Erlenried", "erlenried", "03999008", {"29683", NULL},
	 {"Erlenried", NULL, NULL}},
	{"Brakenstedt", "brakenstedt", "03999009", {"29690", "29693", NULL},
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
	for (size_t i = 0; i < sizeof demo_settings / sizeof *demo_settings; i++)
		if (setting_set(d, demo_settings[i][0], demo_settings[i][1]) < 0)
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
			snprintf(slug, sizeof slug, "%s-sozialraum-%zu", m->slug,
				 k + 1);
			if (region_add(d, id, "social_area", m->social_areas[k],
				       slug, NULL) < 0)
				goto rollback;
			areas++;
		}
	}
	if (db_commit(d) < 0)
		goto rollback;
	printf("Demo-Landkreis Ahrwald angelegt: %zu Städte und Gemeinden, "
	       "%zu Sozialräume.\n",
	       sizeof municipalities / sizeof *municipalities, areas);
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
