/*
 * demo_projects.c - the projects of the demo district and a few requests
 * to join the network (issue #6): about 50 invented projects over the
 * last five years, each led by a demo organisation of a fitting sector
 * with partners of other sectors, needs, age groups, municipalities,
 * funding and a status that follows from its dates; four join requests,
 * two new, one accepted (for an organisation that exists), one declined.
 *
 * Everything goes through the domain layer (project_save, join_submit,
 * join_accept_existing, join_decline) with the command line's rights, in
 * the transaction of `lotse demo`. The random generator has a fixed seed;
 * the dates depend on the day the demo is made.
 */
#include <stdio.h>
#include <string.h>

#include "cli/demo_data.h"
#include "domain/join.h"
#include "domain/project.h"
#include "domain/region.h"

struct demo_project_tpl {
	const char *title;    /* "{T}" stands for the municipality */
	const char *lead;     /* sector of the lead organisation */
	const char *partners; /* sectors of partners, '|' separated */
	const char *needs, *ages, *funding;
	const char *description, *results;
	bool local; /* in one municipality (else district-wide) */
};

static const struct demo_project_tpl tpls[] = {
	{"Babylotsen im Klinikum Ahrwald", "klinik",
	 "jugendhilfe-oeffentlich|hebammen|familienzentrum",
	 "schwangerschaft-geburt|erziehung-bindung", "schwangerschaft|0-1",
	 "Bundesstiftung Frühe Hilfen",
	 "Babylotsinnen sprechen auf der Geburtsstation mit allen Eltern "
	 "und vermitteln bei Bedarf passende Hilfen – bevor die Familie "
	 "nach Hause geht.",
	 "Etwa 900 Gespräche im Jahr; rund jede fünfte Familie wurde an "
	 "eine Hilfe vermittelt.",
	 false},
	{"Familienpatenschaften {T}", "ehrenamt",
	 "familienzentrum|jugendhilfe-frei",
	 "alltag-haushalt|begegnung|erziehung-bindung", "0-1|1-3|3-6",
	 "Stiftung",
	 "Ehrenamtliche Patinnen und Paten begleiten Familien ein Jahr lang "
	 "im Alltag: einmal in der Woche, verlässlich und ohne Auftrag.",
	 "Zwölf Patenschaften im ersten Jahr, Schulung für 18 Ehrenamtliche.",
	 true},
	{"Sprachcafé für Mütter in {T}", "familienzentrum",
	 "ehrenamt|kita|jobcenter", "migration-sprache|begegnung",
	 "schwangerschaft|0-1|1-3", "Kommune",
	 "Ein offenes Café mit Kinderbetreuung, in dem Mütter Deutsch "
	 "sprechen üben und Fragen zum Leben im Landkreis stellen können.",
	 "Jede Woche 10 bis 15 Mütter; Übersetzungshilfe in fünf Sprachen.",
	 true},
	{"Elternbriefe", "jugendhilfe-oeffentlich",
	 "gesundheitsamt|kinderaerzte",
	 "erziehung-bindung|gesundheit-entwicklung", "0-1|1-3|3-6",
	 "Eigenmittel",
	 "Alle Eltern bekommen bis zum dritten Geburtstag ihres Kindes "
	 "regelmäßig kurze Briefe mit Tipps zur Entwicklung und Adressen im "
	 "Landkreis.",
	 "Die Briefe gibt es jetzt auch in einfacher Sprache und auf "
	 "Türkisch, Arabisch und Ukrainisch.",
	 false},
	{"Willkommensbesuche in {T}", "jugendhilfe-oeffentlich",
	 "hebammen|familienzentrum", "schwangerschaft-geburt|betreuung", "0-1",
	 "Landesprogramm",
	 "Eine Fachkraft besucht Familien nach der Geburt, bringt ein "
	 "kleines Geschenk und die wichtigsten Adressen mit.",
	 "Sieben von zehn Familien nehmen den Besuch an.", true},
	{"Kita-Einstieg {T}", "kita", "familienzentrum|jugendhilfe-frei",
	 "betreuung|migration-sprache", "1-3|3-6",
	 "Bundesstiftung Frühe Hilfen",
	 "Spielgruppen und Elterncafés bereiten Familien ohne Kita-Platz auf "
	 "die Kindertagesbetreuung vor.",
	 "45 Kinder sind in eine Kita gewechselt.", true},
	{"Familienhebammen im Landkreis", "gesundheitsamt",
	 "hebammen|jugendhilfe-oeffentlich",
	 "schwangerschaft-geburt|gesundheit-entwicklung|schreien-schlafen-"
	 "fuettern",
	 "schwangerschaft|0-1", "Bundesstiftung Frühe Hilfen",
	 "Familienhebammen begleiten belastete Familien bis zum ersten "
	 "Geburtstag des Kindes zu Hause.",
	 "Wartezeit auf unter zwei Wochen gesenkt.", false},
	{"Schreiambulanz {T}", "beratungsstelle", "kinderaerzte|hebammen",
	 "schreien-schlafen-fuettern", "0-1|1-3", "Stiftung",
	 "Eltern von Kindern, die viel schreien, schlecht schlafen oder "
	 "schlecht essen, bekommen schnell einen Termin und Rat.",
	 "Mehr als 120 Familien im Jahr beraten.", true},
	{"Runder Tisch Kinderschutz {T}", "jugendhilfe-oeffentlich",
	 "polizei-ordnung|schule|kita|kinderaerzte",
	 "kinderschutz|krise-gewalt", "0-1|1-3|3-6|6-10", "Eigenmittel",
	 "Fachkräfte aus Jugendhilfe, Gesundheit, Schule und Polizei "
	 "vereinbaren, wie sie bei Sorgen um ein Kind zusammenarbeiten.",
	 "Ein gemeinsamer Ablaufplan für den Ort.", true},
	{"Insoweit erfahrene Fachkräfte: Fortbildung", "jugendhilfe-frei",
	 "jugendhilfe-oeffentlich|kita|schule", "kinderschutz", "0-1|1-3|3-6",
	 "Landesprogramm",
	 "Eine Fortbildungsreihe für Fachkräfte, die bei der Einschätzung "
	 "nach § 8a SGB VIII beraten.",
	 "24 Fachkräfte ausgebildet.", false},
	{"Psychisch belastete Eltern stärken", "beratungsstelle",
	 "klinik|jugendhilfe-oeffentlich|ehrenamt", "psyche-sucht",
	 "schwangerschaft|0-1|1-3", "Bundesstiftung Frühe Hilfen",
	 "Eltern mit psychischen Belastungen oder Suchtproblemen bekommen "
	 "Beratung und Entlastung, ihre Kinder einen verlässlichen Ort.",
	 "Eine offene Sprechstunde an zwei Orten.", false},
	{"Frühe Hilfen in der Kinderarztpraxis", "kinderaerzte",
	 "jugendhilfe-oeffentlich|familienzentrum",
	 "gesundheit-entwicklung|erziehung-bindung", "0-1|1-3",
	 "Landesprogramm",
	 "Kinderärztinnen und -ärzte sprechen Belastungen bei den "
	 "Vorsorgeuntersuchungen an und vermitteln direkt an Lotsinnen.",
	 "Zwölf Praxen machen mit.", false},
	{"Mobile Familienberatung {T}", "beratungsstelle",
	 "familienzentrum|sozialamt", "erziehung-bindung|geld-leistungen",
	 "0-1|1-3|3-6|6-10", "Kommune",
	 "Einmal im Monat kommt die Beratung in den Ort – ohne Anmeldung, "
	 "im Familienzentrum oder im Rathaus.",
	 "Die Sprechstunde wird gut angenommen, vor allem von Vätern.", true},
	{"Geld und Leistungen für junge Familien", "sozialamt",
	 "jobcenter|schwangerschaftsberatung", "geld-leistungen",
	 "schwangerschaft|0-1|1-3", "Kommune",
	 "Eine gemeinsame Sprechstunde hilft bei Anträgen auf Elterngeld, "
	 "Kindergeld, Kinderzuschlag und Wohngeld.",
	 "Ein Wegweiser in einfacher Sprache ist erschienen.", false},
	{"Schwanger in {T}", "schwangerschaftsberatung",
	 "gynaekologie|hebammen", "schwangerschaft-geburt|geld-leistungen",
	 "schwangerschaft", "Landesprogramm",
	 "Infoabende für werdende Eltern mit Hebamme, Beratungsstelle und "
	 "Frauenarztpraxis.",
	 "Sechs Abende im Jahr mit je 20 bis 30 Gästen.", true},
	{"Bewegte Kinder {T}", "kita", "schule|ehrenamt",
	 "gesundheit-entwicklung|begegnung", "3-6|6-10", "Stiftung",
	 "Kitas und Sportvereine bieten gemeinsam Bewegungsstunden für "
	 "Kinder und ihre Eltern an.",
	 "", true},
	{"Frühförderung vor Ort", "fruehfoerderung", "kita|kinderaerzte",
	 "behinderung-fruehfoerderung", "0-1|1-3|3-6",
	 "Bundesstiftung Frühe Hilfen",
	 "Frühförderinnen kommen in die Kita, damit Kinder ihre Förderung "
	 "dort bekommen, wo sie ihren Tag verbringen.",
	 "Weniger Fahrten für Familien, mehr Austausch mit den Kitas.", false},
	{"Väter-Treff {T}", "familienzentrum", "ehrenamt|jugendhilfe-frei",
	 "erziehung-bindung|begegnung", "0-1|1-3|3-6", "Eigenmittel",
	 "Samstags treffen sich Väter mit ihren Kindern zum Spielen, Kochen "
	 "und Reden.",
	 "", true},
	{"Gewaltschutz für Schwangere und Mütter", "beratungsstelle",
	 "polizei-ordnung|klinik|jugendhilfe-oeffentlich", "krise-gewalt",
	 "schwangerschaft|0-1", "Landesprogramm",
	 "Fachkräfte erkennen häusliche Gewalt früher und wissen, wohin "
	 "sie Frauen und Kinder schnell vermitteln.",
	 "Ein Notfallkärtchen in sieben Sprachen.", false},
	{"Netzwerk-Lotsinnen für Geflüchtete", "jugendhilfe-frei",
	 "familienzentrum|jobcenter|gesundheitsamt", "migration-sprache",
	 "schwangerschaft|0-1|1-3|3-6", "Bundesstiftung Frühe Hilfen",
	 "Lotsinnen mit eigener Migrationsgeschichte begleiten geflüchtete "
	 "Familien zu Ärztinnen, Ämtern und Angeboten.",
	 "", false},
	{"Stillcafé {T}", "hebammen", "familienzentrum",
	 "schreien-schlafen-fuettern|begegnung", "0-1", "Eigenmittel",
	 "Ein offener Treff für stillende Mütter mit einer Hebamme.", "", true},
	{"Gesund aufwachsen in {T}", "gesundheitsamt",
	 "kita|schule|kinderaerzte", "gesundheit-entwicklung", "3-6|6-10",
	 "Kommune",
	 "Zahngesundheit, Ernährung und Bewegung in Kita und Grundschule.", "",
	 true},
	{"Qualitätsdialog Frühe Hilfen", "jugendhilfe-oeffentlich",
	 "gesundheitsamt|jugendhilfe-frei", "kinderschutz|erziehung-bindung",
	 "schwangerschaft|0-1|1-3", "Bundesstiftung Frühe Hilfen",
	 "Das Netzwerk prüft einmal im Jahr mit allen Partnern, was "
	 "Familien erreicht und wo Lücken sind.",
	 "Ein jährlicher Bericht an den Jugendhilfeausschuss.", false},
	{"Übergang Kita – Schule {T}", "schule", "kita|jugendhilfe-frei",
	 "betreuung|erziehung-bindung", "3-6|6-10", "Kommune",
	 "Kitas und Grundschulen gestalten den Schulstart gemeinsam, mit "
	 "Elternabenden und Schnuppertagen.",
	 "", true},
	{"Haushaltshilfe nach der Geburt", "ehrenamt",
	 "hebammen|familienzentrum", "alltag-haushalt", "0-1", "Stiftung",
	 "Ehrenamtliche helfen in den ersten Wochen nach der Geburt im "
	 "Haushalt – wenn sonst niemand da ist.",
	 "", false},
};

/* "YYYY-MM-01" months after (or before) year y, month m (1-12). */
static const char *month_date(arena *a, int y, int m, int add)
{
	int t = y * 12 + (m - 1) + add;
	return arena_printf(a, "%04d-%02d-01", t / 12, t % 12 + 1);
}

/* An organisation of sector near region (or anywhere), or 0. */
static int64_t pick_org(db *d, arena *a, struct demo_rng *g, const char *sector,
			int64_t region, int64_t except)
{
	struct organisation *v;
	size_t n = org_find(d, a, sector, region, true, &v);
	if (n == 0 && region)
		n = org_find(d, a, sector, 0, true, &v);
	if (n == 0) /* e.g. the clinics, which have left the network */
		n = org_find(d, a, sector, 0, false, &v);
	for (int tries = 0; n && tries < 5; tries++) {
		int64_t id = v[demo_rand(g, (unsigned)n)].id;
		if (id != except)
			return id;
	}
	return 0;
}

/* Splits a '|' list into at most max entries. */
static size_t split(arena *a, const char *s, const char **out, size_t max)
{
	size_t n = 0;
	while (s && *s && n < max) {
		size_t k = strcspn(s, "|");
		out[n++] = arena_strndup(a, s, k);
		s += k;
		if (*s == '|')
			s++;
	}
	return n;
}

static int make_projects(db *d, arena *a, struct demo_rng *g, const char *today)
{
	struct region *towns;
	size_t nt = region_list(d, a, "municipality", &towns);
	if (nt == 0)
		return -1;
	int y = (today[0] - '0') * 1000 + (today[1] - '0') * 100 +
		(today[2] - '0') * 10 + (today[3] - '0');
	int m = (today[5] - '0') * 10 + (today[6] - '0');
	size_t made = 0;
	for (size_t round = 0; round < 3 && made < 50; round++)
		for (size_t i = 0; i < sizeof tpls / sizeof *tpls && made < 50;
		     i++) {
			const struct demo_project_tpl *t = &tpls[i];
			/* district-wide projects exist once */
			if (!t->local && round > 0)
				continue;
			const struct region *town =
				&towns[(i * 3 + round * 4) % nt];
			struct project p;
			memset(&p, 0, sizeof p);
			const char *brace = strstr(t->title, "{T}");
			p.title = brace ? arena_printf(a, "%.*s%s%s",
						       (int)(brace - t->title),
						       t->title, town->name,
						       brace + 3)
					: t->title;
			p.lead_org_id = pick_org(d, a, g, t->lead,
						 t->local ? town->id : 0, 0);
			if (!p.lead_org_id)
				continue;
			const char *ps[8];
			size_t np = split(a, t->partners, ps, 8);
			for (size_t k = 0; k < np; k++) {
				int64_t id = pick_org(d, a, g, ps[k],
						      t->local ? town->id : 0,
						      p.lead_org_id);
				bool dup = id == 0;
				for (size_t q = 0; q < p.npartners; q++)
					dup = dup || p.partners[q] == id;
				if (!dup)
					p.partners[p.npartners++] = id;
			}
			p.nneeds =
				split(a, t->needs, p.needs, PROJECT_MAX_NEEDS);
			p.nages = split(a, t->ages, p.ages, PROJECT_MAX_AGES);
			if (t->local)
				p.regions[p.nregions++] = town->id;
			p.funding = t->funding;
			p.description = t->description;
			/* from five years ago to three months ahead */
			int back = (int)demo_rand(g, 63) - 3;
			int len = 12 + (int)demo_rand(g, 37);
			bool open = demo_rand(g, 5) == 0;
			p.starts_on = month_date(a, y, m, -back);
			p.ends_on = open ? "" : month_date(a, y, m, len - back);
			if (strcmp(p.starts_on, today) > 0)
				p.status = "geplant";
			else if (p.ends_on[0] && strcmp(p.ends_on, today) < 0)
				p.status = "abgeschlossen";
			else
				p.status = "laufend";
			p.results =
				strcmp(p.status, "geplant") ? t->results : "";
			p.public = demo_rand(g, 7) != 0;
			struct errs e = {0};
			const struct actor cli = ACTOR_CLI;
			if (project_save(d, &cli, &p, &e) < 0) {
				fprintf(stderr, "lotse demo: Projekt %s: %s\n",
					p.title, e.n ? e.msg[0] : "?");
				return -1;
			}
			made++;
		}
	return 0;
}

static int make_requests(db *d, arena *a)
{
	const struct actor cli = ACTOR_CLI;
	struct join_request reqs[] = {
		{.org_name = "Kinderschutzbund Ortsverband Erlenried",
		 .sector = "ehrenamt",
		 .street = "Am Markt 4",
		 .postcode = "",
		 .city = "Erlenried",
		 .web = "https://kinderschutzbund-erlenried.example",
		 .contact_name = "Marlene Quast",
		 .contact_email = "m.quast@kinderschutzbund-erlenried.example",
		 .contact_phone = "",
		 .message = "Wir bieten seit Kurzem einen Elternkurs „Starke "
			    "Eltern – starke Kinder“ an und möchten gern im "
			    "Netzwerk mitarbeiten."},
		{.org_name = "Logopädische Praxis Sonnenweg",
		 .sector = "sonstige",
		 .street = "Sonnenweg 12",
		 .postcode = "",
		 .city = "",
		 .web = "",
		 .contact_name = "Tobias Wendland",
		 .contact_email = "praxis@logopaedie-sonnenweg.example",
		 .contact_phone = "",
		 .message = "Wir behandeln viele Kinder unter drei Jahren und "
			    "würden gern wissen, wer im Landkreis was "
			    "anbietet."},
		{.org_name = "Tagespflege Kleine Strolche",
		 .sector = "kita",
		 .street = "",
		 .postcode = "",
		 .city = "",
		 .web = "",
		 .contact_name = "Ilka Brandhorst",
		 .contact_email = "kleine-strolche@tagespflege.example",
		 .contact_phone = "",
		 .message = "Ich bin Tagesmutter und möchte mitmachen."},
		{.org_name = "Onlineshop Babyglück",
		 .sector = "sonstige",
		 .street = "",
		 .postcode = "",
		 .city = "",
		 .web = "https://babyglueck-shop.example",
		 .contact_name = "Kundenservice Babyglück",
		 .contact_email = "service@babyglueck-shop.example",
		 .contact_phone = "",
		 .message = "Wir möchten unsere Produkte im Netzwerk "
			    "vorstellen."},
	};
	int64_t ids[4];
	for (size_t i = 0; i < 4; i++) {
		struct errs e = {0};
		ids[i] = join_submit(d, &cli, &reqs[i], true, &e);
		if (ids[i] < 0) {
			fprintf(stderr, "lotse demo: Anfrage %s: %s\n",
				reqs[i].org_name, e.n ? e.msg[0] : "?");
			return -1;
		}
	}
	/* The day-care was taken in as one of the Kitas already there. */
	struct organisation *kitas;
	struct errs e = {0};
	if (org_find(d, a, "kita", 0, true, &kitas) == 0 ||
	    join_accept_existing(d, &cli, ids[2], kitas[0].id, &e) < 0 ||
	    join_decline(d, &cli, ids[3],
			 "Das Netzwerk ist ein Zusammenschluss von "
			 "Einrichtungen, die Familien beraten, begleiten oder "
			 "behandeln. Werbung für Produkte ist bei uns leider "
			 "nicht möglich. Wir wünschen Ihnen alles Gute.",
			 &e) < 0) {
		fprintf(stderr, "lotse demo: Anfragen: %s\n",
			e.n ? e.msg[0] : "keine Kita");
		return -1;
	}
	return 0;
}

int demo_projects(db *d)
{
	arena *a = arena_new(1 << 16);
	struct demo_rng g;
	demo_rng_seed(&g, 0x50726f6a656b74ULL);
	char today[21];
	db_now(today);
	today[10] = '\0';
	int rc = make_projects(d, a, &g, today) < 0 || make_requests(d, a) < 0
			 ? -1
			 : 0;
	arena_free(a);
	return rc;
}
