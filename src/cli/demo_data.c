/*
 * demo_data.c - word lists and generators of the demo district (see
 * demo_data.h). Every organisation, person, street and offer here is
 * invented; only the postcodes are real, so that distances make sense.
 * Telephone numbers use the block 98 0000-98 9999 behind each town's
 * prefix, e-mail and web addresses the reserved domain .example.
 */
#include "cli/demo_data.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "domain/codes.h"

#define COUNT(x) (sizeof(x) / sizeof *(x))

/* --- random numbers ------------------------------------------------------- */

void demo_rng_seed(struct demo_rng *r, uint64_t seed)
{
	/* splitmix64 of the seed: neighbouring seeds give unrelated runs */
	uint64_t z = seed + 0x9E3779B97F4A7C15ull;
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	r->s = (z ^ (z >> 31)) | 1;
}

uint64_t demo_rng_next(struct demo_rng *r)
{
	uint64_t x = r->s;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	r->s = x;
	return x * 0x2545F4914F6CDD1Dull;
}

unsigned demo_rand(struct demo_rng *r, unsigned n)
{
	return n ? (unsigned)((demo_rng_next(r) >> 11) % n) : 0;
}

/* True in percent of the cases. */
static bool chance(struct demo_rng *r, unsigned percent)
{
	return demo_rand(r, 100) < percent;
}

/* A random entry of a NULL-padded array of up to n strings. */
static const char *pick(struct demo_rng *r, const char *const *v, size_t n)
{
	size_t k = 0;
	while (k < n && v[k])
		k++;
	return k ? v[demo_rand(r, (unsigned)k)] : "";
}
#define PICK(r, arr) pick((r), (arr), COUNT(arr))

/* --- places and names ------------------------------------------------------ */

const struct demo_town demo_towns[DEMO_TOWNS] = {
	{"Ahrwald", {"29664", NULL}, "05161", 30, false},
	{"Birkenfelde", {"29614", NULL}, "05191", 12, false},
	{"Moorhausen", {"29633", NULL}, "05192", 5, true},
	{"Eschenbrück", {"29640", NULL}, "05193", 8, false},
	{"Lindhorst", {"29643", NULL}, "05194", 8, false},
	{"Kranichsee", {"29646", NULL}, "05172", 9, false},
	{"Wiesental", {"29649", NULL}, "05195", 5, true},
	{"Erlenried", {"29683", NULL}, "05196", 7, false},
	{"Brakenstedt", {"29690", "29693"}, "05071", 16, false},
};

static const char *const streets[] = {
	"Lindenstraße", "Mühlenweg",	 "Am Markt",	   "Kirchstraße",
	"Schulstraße",	"Heideweg",	 "Birkenallee",	   "Bahnhofstraße",
	"Gartenstraße", "Wiesenweg",	 "Eichenring",	   "Moorweg",
	"Kranichweg",	"Am Sportplatz", "Bergstraße",	   "Rosenstraße",
	"Hauptstraße",	"Dorfstraße",	 "Am Anger",	   "Erlenweg",
	"Ahornweg",	"Brunnenstraße", "Am Mühlenteich", "Töpferstraße",
	"Immenhof",	"Finkenweg",	 "Buchenkamp",	   "Am Bruch",
	"Rathausplatz", "Schäferweg",	 "Heidekamp",	   "Am Schlagbaum",
	"Sandkuhle",	"Auf dem Kamp",	 "Allerweg",	   "Holunderweg",
	"Am Lindenhof", "Torfstraße",	 "Zur Fähre",	   "Grüner Winkel",
};

/* First names; the first ones are women's (most of the field). */
static const char *const women[] = {
	"Anke",	   "Birte",   "Carla",	 "Dörte",  "Elif",    "Frauke",
	"Gesa",	   "Hanna",   "Ilka",	 "Jana",   "Katrin",  "Leyla",
	"Maren",   "Nadine",  "Okka",	 "Petra",  "Rieke",   "Silke",
	"Tanja",   "Ulrike",  "Vera",	 "Wiebke", "Yasemin", "Zofia",
	"Amira",   "Bettina", "Imke",	 "Meike",  "Nele",    "Oksana",
	"Swantje", "Tomke",   "Lale",	 "Irina",  "Dilara",  "Merle",
	"Annika",  "Judith",  "Kerstin", "Sabine", "Miriam",  "Ronja",
};
static const char *const men[] = {
	"Thore", "Jannik",  "Malte", "Ole",   "Hauke",	 "Björn",  "Kemal",
	"Jonas", "Tobias",  "Arne",  "Sören", "Henning", "Levent", "Mats",
	"Timo",	 "Dariusz", "Lasse", "Jörg",  "Finn",	 "Nils",
};
static const char *const surnames[] = {
	"Ossenkopp",	"Wittenbeck",	  "Kranefeld",	  "Heidbrink",
	"Moorkamp",	"Stenkamp",	  "Hallerbeck",	  "Brakhage",
	"Dierksmeyer",	"Eggerling",	  "Fahlbusch",	  "Grevenkamp",
	"Harmsdorf",	"Imhorst",	  "Jürgensmeyer", "Kettelhoit",
	"Lüdersen",	"Mahnkopf",	  "Niehorster",	  "Oltmanns",
	"Pundsack",	"Quellhorst",	  "Rohlfsmeier",  "Sassenhoff",
	"Tiedemeyer",	"Uhlenbrock",	  "Vosskötter",	  "Wendhausen",
	"Ahlbrecht",	"Beekhuis",	  "Dahlhoff",	  "Finkenstedt",
	"Gerdesmann",	"Kattenbusch",	  "Lohmöller",	  "Nordhorst",
	"Pohlkötter",	"Riekenberg",	  "Schwanecke",	  "Tönnjes",
	"Vehrenkamp",	"Wolterink",	  "Zurhorst",	  "Abelmann",
	"Brüggehagen",	"Dammeier",	  "Fockenbrock",  "Gieselmann",
	"Heuerkamp",	"Klövekorn",	  "Möllenkamp",	  "Peperkorn",
	"Yıldırımlar",	"Kowalczyk-Rahe", "Haddadin",	  "Petrenko-Lange",
	"Osterloh-Bay", "Karaoğlan-Kuhl", "Saßnick",	  "Wöltjen",
};

/* Words for the names of Kitas and groups. */
static const char *const kita_words[] = {
	"Sonnenblume",	   "Regenbogen",    "Pusteblume",    "Zwergenland",
	"Wirbelwind",	   "Löwenzahn",	    "Sternschnuppe", "Kunterbunt",
	"Spatzennest",	   "Marienkäfer",   "Schatzkiste",   "Wiesenhüpfer",
	"Kleine Strolche", "Arche",	    "Purzelbaum",    "Räuberhöhle",
	"Sonnenschein",	   "Seepferdchen",  "Igelbau",	     "Kranichnest",
	"Moorfrösche",	   "Birkenwichtel", "Haselmaus",     "Apfelbäumchen",
	"Regenwurm",	   "Sausewind",	    "Glühwürmchen",  "Bienenkorb",
	"Zauberwald",	   "Kastanie",	    "Eulennest",     "Abenteuerland",
	"Krümelkiste",	   "Flohkiste",	    "Lindenblatt",   "Mühlenzwerge",
	"Wolkenschloss",   "Heidezwerge",   "Rappelkiste",   "Sternenhimmel",
	"Kieselstein",	   "Pfiffikus",	    "Schneckenhaus", "Buntspecht",
};

/* Where something is, for names such as "Hebammenpraxis Am Mühlenteich". */
static const char *const sites[] = {
	"Am Mühlenteich",  "Am Lindenplatz", "Am Markt",     "An der Aller",
	"Im Heideviertel", "Am Kirchberg",   "Am Stadtpark", "Am Bruchgraben",
	"Am Wasserturm",   "An der Post",    "Am Moor",	     "Im Birkengrund",
};

/* --- kinds of organisations ------------------------------------------------ */

/* Invented welfare organisations and their home town. */
static const struct {
	const char *name;
	int town;
} welfare[] = {
	{"Familienhilfe Ahrwald e.V.", 0},
	{"Heidewerk – Soziale Dienste gGmbH", 1},
	{"Lindenbund Lebensberatung e.V.", 0},
	{"Sozialwerk Moorland e.V.", 2},
	{"Kinderschutzverein Landkreis Ahrwald e.V.", 0},
	{"Evangelischer Familiendienst Allertal", 8},
	{"Katholische Familienhilfe Kranichsee", 5},
	{"Arbeitskreis Frauen und Familie Ahrwald e.V.", 0},
	{"Jugendwerk Heideland gGmbH", 3},
	{"Brückenschlag Migrationsdienste e.V.", 8},
	{"Nachbarschaftshilfe Allertal e.V.", 7},
	{"Wegweiser Suchthilfe Ahrwald gGmbH", 0},
};

enum reach { REACH_TOWN, REACH_NEAR, REACH_ALL };
enum {
	C_LEAD = 1, /* the first contact is the head */
	C_IEF = 2,  /* has "insoweit erfahrene Fachkräfte" */
	C_FHEB = 4, /* has family midwives */
};

/*
 * A kind of organisation: how many, how they are named ({T} town, {A}
 * "Ahrwalder", {P} a person, {F} a woman, {K} a Kita word, {S} a site,
 * {W} a welfare organisation), what they do, which offer templates they
 * use (the first one always), how far they reach and who works there.
 */
struct kind {
	const char *key, *sector;
	unsigned count;
	int town; /* -1: anywhere, weighted by size */
	const char *names[6];
	const char *desc[2];
	const char *tpls;
	unsigned min_offers, max_offers;
	enum reach reach;
	const char *mail;
	const char *job_f, *job_m;
	unsigned cflags;
};

static const struct kind kinds[] = {
	{"jugendamt",
	 "jugendhilfe-oeffentlich",
	 0,
	 0,
	 {NULL},
	 {"Das Jugendamt des Landkreises berät Familien, schützt Kinder und "
	  "koordiniert das Netzwerk Frühe Hilfen."},
	 "kinderschutz-telefon|asd|willkommensbesuch|beistandschaft|"
	 "unterhaltsvorschuss|kita-vermittlung|pflegekinder|familienhebamme|"
	 "iseff",
	 8,
	 9,
	 REACH_ALL,
	 "jugendamt",
	 "Sozialarbeiterin",
	 "Sozialarbeiter",
	 C_IEF | C_FHEB},
	{"aussenstelle",
	 "jugendhilfe-oeffentlich",
	 3,
	 -1,
	 {"Jugendamt Landkreis Ahrwald – Außenstelle {T}"},
	 {"Außenstelle des Allgemeinen Sozialen Dienstes für {T} und die "
	  "umliegenden Gemeinden."},
	 "asd|beistandschaft|kinderschutz-telefon",
	 1,
	 2,
	 REACH_NEAR,
	 "asd",
	 "Sozialarbeiterin",
	 "Sozialarbeiter",
	 C_IEF},
	{"traeger",
	 "jugendhilfe-frei",
	 12,
	 -1,
	 {"{W}"},
	 {"Freier Träger der Kinder- und Jugendhilfe mit ambulanten Hilfen, "
	  "Beratung und Angeboten für Familien im ganzen Landkreis.",
	  "Gemeinnütziger Verein, der Familien mit Hilfen zur Erziehung, "
	  "Patenschaften und Gruppenangeboten unterstützt."},
	 "spfh|familienpaten|alleinerziehende|mutter-kind-wohnen|"
	 "erziehungsberatung|elternkurs|iseff",
	 2,
	 5,
	 REACH_ALL,
	 "info",
	 "Sozialpädagogin",
	 "Sozialpädagoge",
	 C_IEF | C_LEAD},
	{"jugendhaus",
	 "jugendhilfe-frei",
	 9,
	 -1,
	 {"Jugendhaus {T}", "Kinder- und Jugendzentrum {S}", "Jugendtreff {T}",
	  "Offene Jugendarbeit {T}"},
	 {"Offene Kinder- und Jugendarbeit mit Treff, Ferienprogramm und "
	  "Beratung."},
	 "jugendtreff|hausaufgabenhilfe|jugendberatung",
	 1,
	 2,
	 REACH_TOWN,
	 "treff",
	 "Jugendpflegerin",
	 "Jugendpfleger",
	 C_LEAD},
	{"hebammenpraxis",
	 "hebammen",
	 12,
	 -1,
	 {"Hebammenpraxis {S}", "Hebammenpraxis {T}", "Hebammenhaus {T}",
	  "Hebammengemeinschaft {K}"},
	 {"Mehrere freiberufliche Hebammen begleiten Schwangerschaft, Geburt "
	  "und Wochenbett und bieten Kurse an.",
	  "Hebammenpraxis mit Kursraum, Sprechstunde und Hausbesuchen in der "
	  "Umgebung."},
	 "wochenbett|geburtsvorbereitung|rueckbildung|hebammensprechstunde|"
	 "stillberatung|babymassage",
	 2,
	 5,
	 REACH_NEAR,
	 "praxis",
	 "Hebamme",
	 "Entbindungspfleger",
	 C_FHEB},
	{"hebamme",
	 "hebammen",
	 13,
	 -1,
	 {"Hebamme {F}", "Hebammenpraxis {F}"},
	 {"Freiberufliche Hebamme mit Hausbesuchen in {T} und Umgebung."},
	 "wochenbett|rueckbildung|geburtsvorbereitung|stillberatung",
	 1,
	 2,
	 REACH_NEAR,
	 "hebamme",
	 "Hebamme",
	 "Entbindungspfleger",
	 0},
	{"kinderarzt",
	 "kinderaerzte",
	 14,
	 -1,
	 {"Kinderarztpraxis Dr. {P}", "Kinder- und Jugendarztpraxis {S}",
	  "Praxis für Kinder- und Jugendmedizin {P}",
	  "Kinderärztliche Gemeinschaftspraxis {T}"},
	 {"Praxis für Kinder- und Jugendmedizin mit Vorsorge, Impfungen und "
	  "Akutsprechstunde.",
	  "Kinder- und Jugendärztliche Praxis; Neugeborene nehmen wir immer "
	  "auf."},
	 "vorsorge|impfsprechstunde|schreisprechstunde|jugendsprechstunde|"
	 "entwicklung",
	 1,
	 3,
	 REACH_NEAR,
	 "praxis",
	 "Kinderärztin",
	 "Kinderarzt",
	 0},
	{"frauenarzt",
	 "gynaekologie",
	 9,
	 -1,
	 {"Frauenarztpraxis Dr. {P}", "Praxis für Frauenheilkunde {S}",
	  "Gynäkologische Gemeinschaftspraxis {T}"},
	 {"Praxis für Frauenheilkunde und Geburtshilfe."},
	 "schwangerenvorsorge|maedchensprechstunde",
	 1,
	 2,
	 REACH_NEAR,
	 "praxis",
	 "Frauenärztin",
	 "Frauenarzt",
	 0},
	{"klinik",
	 "klinik",
	 1,
	 0,
	 {"Kreiskrankenhaus Ahrwald – Geburtshilfe und Kinderklinik"},
	 {"Krankenhaus der Grundversorgung mit Geburtsklinik, Kinderklinik "
	  "und Elternschule."},
	 "infoabend-geburt|lotsendienst|schreiambulanz|elternschule|"
	 "stillberatung|mutter-kind-station",
	 5,
	 6,
	 REACH_ALL,
	 "geburtshilfe",
	 "Kinderkrankenpflegerin",
	 "Kinderkrankenpfleger",
	 C_FHEB},
	{"klinik2",
	 "klinik",
	 1,
	 8,
	 {"Allertal-Klinik Brakenstedt – Frauenklinik"},
	 {"Frauenklinik mit Kreißsaal, Familienzimmern und Stillberatung."},
	 "infoabend-geburt|elternschule|stillberatung|lotsendienst",
	 3,
	 4,
	 REACH_ALL,
	 "frauenklinik",
	 "Hebamme",
	 "Arzt",
	 0},
	{"gesundheitsamt",
	 "gesundheitsamt",
	 1,
	 0,
	 {"Gesundheitsamt Landkreis Ahrwald"},
	 {"Öffentlicher Gesundheitsdienst mit Kinder- und Jugendärztlichem "
	  "Dienst, Zahnärztlichem Dienst und Familienhebammen."},
	 "familienhebamme|schuleingang|impfsprechstunde|sozialpsychiatrie|"
	 "zahngesundheit",
	 5,
	 5,
	 REACH_ALL,
	 "gesundheitsamt",
	 "Ärztin",
	 "Arzt",
	 C_FHEB},
	{"kjgd",
	 "gesundheitsamt",
	 1,
	 8,
	 {"Kinder- und Jugendgesundheitsdienst Brakenstedt"},
	 {"Außenstelle des Gesundheitsamts für den Süden des Landkreises."},
	 "schuleingang|zahngesundheit|familienhebamme",
	 2,
	 3,
	 REACH_NEAR,
	 "kjgd",
	 "Ärztin",
	 "Arzt",
	 C_FHEB},
	{"fruehfoerderung",
	 "fruehfoerderung",
	 4,
	 -1,
	 {"Interdisziplinäre Frühförderstelle {T}",
	  "Heilpädagogische Frühförderung {T}", "Frühförderzentrum {S}"},
	 {"Frühförderung und Beratung für Kinder mit Behinderung oder "
	  "Entwicklungsverzögerung von Geburt bis zur Einschulung."},
	 "ff-erstberatung|ff-mobil|ff-elterngruppe|autismus|entwicklung",
	 2,
	 4,
	 REACH_ALL,
	 "fruehfoerderung",
	 "Heilpädagogin",
	 "Heilpädagoge",
	 C_LEAD},
	{"ssb",
	 "schwangerschaftsberatung",
	 6,
	 -1,
	 {"Schwangerschaftsberatung {T}",
	  "Beratungsstelle für Schwangerschaft und Familie {T}",
	  "{W} – Schwangerschaftsberatung {T}"},
	 {"Staatlich anerkannte Beratungsstelle für Schwangerschaftsfragen "
	  "und Schwangerschaftskonflikte.",
	  "Beratung für Schwangere, werdende Eltern und Familien mit kleinen "
	  "Kindern."},
	 "ssb|ssb-konflikt|ssb-jung|sternenkinder|sexualpaedagogik|"
	 "geld-beratung",
	 3,
	 4,
	 REACH_ALL,
	 "beratung",
	 "Sozialpädagogin",
	 "Sozialpädagoge",
	 C_IEF},
	{"eb",
	 "beratungsstelle",
	 6,
	 -1,
	 {"Erziehungsberatungsstelle {T}",
	  "Psychologische Beratungsstelle für Eltern, Kinder und "
	  "Jugendliche {T}",
	  "{W} – Familienberatung {T}"},
	 {"Erziehungs- und Familienberatung mit Psychologinnen und "
	  "Sozialpädagogen; kostenlos und vertraulich."},
	 "erziehungsberatung|trennung|elternkurs|iseff|"
	 "kinder-psychisch-kranker-eltern|krisentelefon",
	 2,
	 5,
	 REACH_ALL,
	 "beratung",
	 "Psychologin",
	 "Psychologe",
	 C_IEF | C_LEAD},
	{"sucht",
	 "beratungsstelle",
	 3,
	 -1,
	 {"Fachstelle für Sucht und Suchtprävention {T}", "Suchtberatung {T}"},
	 {"Beratung, Behandlung und Prävention bei Sucht, auch für "
	  "Angehörige."},
	 "suchtberatung|kinder-psychisch-kranker-eltern|jugendberatung",
	 1,
	 2,
	 REACH_ALL,
	 "sucht",
	 "Suchttherapeutin",
	 "Suchttherapeut",
	 0},
	{"gewalt",
	 "beratungsstelle",
	 2,
	 -1,
	 {"Frauenberatungsstelle {T}",
	  "Beratungs- und Interventionsstelle gegen häusliche Gewalt {T}"},
	 {"Beratung und Schutz für Frauen und Kinder, die Gewalt erleben."},
	 "haeusliche-gewalt|trennung",
	 1,
	 2,
	 REACH_ALL,
	 "beratung",
	 "Beraterin",
	 "Berater",
	 C_IEF},
	{"schulden",
	 "beratungsstelle",
	 2,
	 -1,
	 {"Schuldner- und Insolvenzberatung {T}"},
	 {"Anerkannte Schuldner- und Insolvenzberatung."},
	 "schuldnerberatung|geld-beratung",
	 1,
	 2,
	 REACH_ALL,
	 "schuldnerberatung",
	 "Schuldnerberaterin",
	 "Schuldnerberater",
	 0},
	{"migration",
	 "beratungsstelle",
	 3,
	 -1,
	 {"Migrationsberatung {T}", "Jugendmigrationsdienst {T}",
	  "Integrationsbüro {T}"},
	 {"Beratung für Zugewanderte zu Aufenthalt, Sprache, Arbeit, Kita "
	  "und Schule."},
	 "migrationsberatung|deutschkurs-muetter|sprachpaten",
	 1,
	 2,
	 REACH_ALL,
	 "migration",
	 "Beraterin",
	 "Berater",
	 0},
	{"kita",
	 "kita",
	 66,
	 -1,
	 {"Kita {K}", "Kita {K} {T}", "Kindertagesstätte {K}", "Ev. Kita {K}",
	  "Kinderhaus {K}", "Kindergarten {S}"},
	 {"Kindertagesstätte mit Krippen- und Kindergartengruppen.",
	  "Kita mit Ganztagsgruppen, großem Außengelände und eigener Küche."},
	 "kita-plaetze|kita-elterncafe|sprachfoerderung|eltern-kind-gruppe|"
	 "hort",
	 1,
	 2,
	 REACH_TOWN,
	 "kita",
	 "Erzieherin",
	 "Erzieher",
	 C_LEAD},
	{"krippe",
	 "kita",
	 8,
	 -1,
	 {"Kinderkrippe {K}", "Krippe {K} {T}"},
	 {"Krippe für Kinder von acht Wochen bis drei Jahren."},
	 "krippe|eltern-kind-gruppe",
	 1,
	 1,
	 REACH_TOWN,
	 "krippe",
	 "Erzieherin",
	 "Erzieher",
	 C_LEAD},
	{"tagespflege",
	 "kita",
	 18,
	 -1,
	 {"Kindertagespflege {F}", "Großtagespflege {K}",
	  "Tagespflege {K} {T}"},
	 {"Kindertagespflege für bis zu fünf Kinder.",
	  "Großtagespflege mit zwei Tagespflegepersonen."},
	 "tagespflege",
	 1,
	 1,
	 REACH_TOWN,
	 "tagespflege",
	 "Tagespflegeperson",
	 "Tagespflegeperson",
	 0},
	{"familienzentrum",
	 "familienzentrum",
	 12,
	 -1,
	 {"Familienzentrum {T}", "Familienzentrum {S}", "Familienzentrum {K}",
	  "Familienbildungsstätte {T}", "Familientreff {S}"},
	 {"Treffpunkt, Bildung und Beratung für Familien unter einem Dach.",
	  "Familienzentrum mit Elterncafé, Kursen und offener Beratung."},
	 "elterncafe|krabbelgruppe|babymassage|deutschkurs-muetter|elternkurs|"
	 "vaeter|offene-sprechstunde|hausaufgabenhilfe|erste-hilfe|beikost|"
	 "schlaf|geschwisterkurs|geld-beratung|alleinerziehende",
	 4,
	 8,
	 REACH_NEAR,
	 "familienzentrum",
	 "Sozialpädagogin",
	 "Sozialpädagoge",
	 C_LEAD | C_IEF},
	{"grundschule",
	 "schule",
	 26,
	 -1,
	 {"Grundschule {T}", "Grundschule {S}", "{A} Grundschule",
	  "Grundschule {K}"},
	 {"Verlässliche Grundschule mit offenem Ganztag.",
	  "Grundschule mit Schulsozialarbeit und Ganztagsangebot."},
	 "schulsozialarbeit|ganztag|streitschlichtung|sprachlernklasse",
	 1,
	 1,
	 REACH_TOWN,
	 "sekretariat",
	 "Lehrerin",
	 "Lehrer",
	 C_LEAD},
	{"schule",
	 "schule",
	 10,
	 -1,
	 {"Oberschule {T}", "Gymnasium {T}", "Integrierte Gesamtschule {T}",
	  "Förderschule {S}", "Berufsbildende Schulen {T}"},
	 {"Weiterführende Schule mit Schulsozialarbeit und "
	  "Beratungslehrkräften."},
	 "schulsozialarbeit|beratungslehrkraft|streitschlichtung|"
	 "sprachlernklasse",
	 1,
	 2,
	 REACH_NEAR,
	 "sekretariat",
	 "Lehrerin",
	 "Lehrer",
	 C_LEAD},
	{"jobcenter",
	 "jobcenter",
	 3,
	 -1,
	 {"Jobcenter Landkreis Ahrwald – Standort {T}"},
	 {"Grundsicherung für Arbeitsuchende, Vermittlung und Beratung."},
	 "jc-alleinerziehende|teilzeitausbildung|bildung-teilhabe",
	 2,
	 3,
	 REACH_ALL,
	 "jobcenter",
	 "Arbeitsvermittlerin",
	 "Arbeitsvermittler",
	 0},
	{"sozialamt",
	 "sozialamt",
	 2,
	 -1,
	 {"Sozialamt Landkreis Ahrwald", "Bürgerbüro und Sozialamt {T}"},
	 {"Wohngeld, Bildung und Teilhabe, Elterngeld und Hilfe zum "
	  "Lebensunterhalt."},
	 "wohngeld|bildung-teilhabe|elterngeldstelle|geld-beratung",
	 2,
	 3,
	 REACH_ALL,
	 "sozialamt",
	 "Sachbearbeiterin",
	 "Sachbearbeiter",
	 0},
	{"polizei",
	 "polizei-ordnung",
	 9,
	 -1,
	 {"Polizeistation {T}"},
	 {"Polizeistation mit Präventions- und Opferschutzbeauftragten."},
	 "opferschutz|polizei-praevention",
	 1,
	 1,
	 REACH_NEAR,
	 "polizei",
	 "Polizeihauptkommissarin",
	 "Polizeihauptkommissar",
	 0},
	{"praeventionsrat",
	 "polizei-ordnung",
	 2,
	 -1,
	 {"Kommunaler Präventionsrat {T}", "Ordnungsamt {T}"},
	 {"Prävention von Gewalt und Unfällen in der Gemeinde."},
	 "polizei-praevention",
	 1,
	 1,
	 REACH_TOWN,
	 "ordnungsamt",
	 "Sachbearbeiterin",
	 "Sachbearbeiter",
	 0},
	{"paten",
	 "ehrenamt",
	 5,
	 -1,
	 {"Familienpaten {T} e.V.", "Patenprojekt Frühe Hilfen {T}",
	  "Leihgroßeltern {T}"},
	 {"Ehrenamtliche schenken Familien Zeit und praktische Hilfe."},
	 "familienpaten|leihgrosseltern",
	 1,
	 2,
	 REACH_NEAR,
	 "paten",
	 "Koordinatorin",
	 "Koordinator",
	 0},
	{"stillgruppe",
	 "ehrenamt",
	 3,
	 -1,
	 {"Stillgruppe {T}", "Stillcafé {S}"},
	 {"Ehrenamtlich geleitete Still- und Trageberatung."},
	 "stillgruppe",
	 1,
	 1,
	 REACH_TOWN,
	 "stillgruppe",
	 "Stillberaterin",
	 "Stillberater",
	 0},
	{"kleider",
	 "ehrenamt",
	 4,
	 -1,
	 {"Kinderkleiderkammer {T}", "Second-Hand-Laden {K}",
	  "Kinderbasar {T}"},
	 {"Ehrenamtlich geführter Laden für Kinderkleidung und Spielzeug."},
	 "kleiderboerse",
	 1,
	 1,
	 REACH_TOWN,
	 "laden",
	 "Ehrenamtliche",
	 "Ehrenamtlicher",
	 0},
	{"lebensmittel",
	 "ehrenamt",
	 3,
	 -1,
	 {"Lebensmittelhilfe {T} e.V.", "Mittagstisch {S}"},
	 {"Ehrenamtliche geben Lebensmittel weiter und kochen gemeinsam."},
	 "lebensmittel|mittagstisch",
	 1,
	 2,
	 REACH_TOWN,
	 "info",
	 "Ehrenamtliche",
	 "Ehrenamtlicher",
	 0},
	{"selbsthilfe",
	 "ehrenamt",
	 4,
	 -1,
	 {"Frühchen-Eltern {T} e.V.", "Selbsthilfegruppe Mutterseele {T}",
	  "Zwillingsclub {T}", "Elternselbsthilfe {T}"},
	 {"Selbsthilfegruppe von Eltern für Eltern."},
	 "fruehchen|selbsthilfe-depression|zwillinge",
	 1,
	 2,
	 REACH_ALL,
	 "kontakt",
	 "Gruppenleiterin",
	 "Gruppenleiter",
	 0},
	{"sprachpaten",
	 "ehrenamt",
	 4,
	 -1,
	 {"Sprachpaten {T}", "Willkommensinitiative {T}"},
	 {"Ehrenamtliche begleiten zugewanderte Familien im Alltag."},
	 "sprachpaten|hausaufgabenhilfe",
	 1,
	 2,
	 REACH_TOWN,
	 "kontakt",
	 "Koordinatorin",
	 "Koordinator",
	 0},
	{"buecherei",
	 "sonstige",
	 5,
	 -1,
	 {"Stadtbücherei {T}", "Gemeindebücherei {T}"},
	 {"Öffentliche Bücherei mit Kinder- und Jugendbereich."},
	 "vorlesen|buecherbabys",
	 1,
	 2,
	 REACH_TOWN,
	 "buecherei",
	 "Bibliothekarin",
	 "Bibliothekar",
	 0},
	{"sport",
	 "sonstige",
	 6,
	 -1,
	 {"Turn- und Sportverein {T}", "Sportfreunde {T}", "Schwimmverein {T}"},
	 {"Sportverein mit Kinderturnen und Schwimmkursen."},
	 "eltern-kind-turnen|babyschwimmen",
	 1,
	 2,
	 REACH_TOWN,
	 "info",
	 "Übungsleiterin",
	 "Übungsleiter",
	 0},
	{"musikschule",
	 "sonstige",
	 2,
	 -1,
	 {"Kreismusikschule Ahrwald – Zweigstelle {T}", "Musikschule {T}"},
	 {"Musikschule mit Angeboten ab dem ersten Lebensjahr."},
	 "musikgarten",
	 1,
	 1,
	 REACH_NEAR,
	 "musikschule",
	 "Musikpädagogin",
	 "Musikpädagoge",
	 0},
	{"mgh",
	 "sonstige",
	 2,
	 -1,
	 {"Mehrgenerationenhaus {T}"},
	 {"Offener Treffpunkt für alle Generationen."},
	 "mittagstisch|elterncafe|leihgrosseltern",
	 1,
	 3,
	 REACH_TOWN,
	 "mgh",
	 "Koordinatorin",
	 "Koordinator",
	 0},
};

/* --- helpers ----------------------------------------------------------------- */

/* A bounded string being built. */
struct text {
	char s[1024];
	size_t n;
	char who[80]; /* the person named by the last {P} or {F}, or "" */
	bool who_woman;
};

static void put(struct text *t, const char *s)
{
	size_t len = strlen(s);
	if (t->n + len >= sizeof t->s)
		len = sizeof t->s - 1 - t->n;
	memcpy(t->s + t->n, s, len);
	t->n += len;
	t->s[t->n] = '\0';
}

static void putf(struct text *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void putf(struct text *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(t->s + t->n, sizeof t->s - t->n, fmt, ap);
	va_end(ap);
	if (n > 0)
		t->n += (size_t)n < sizeof t->s - t->n ? (size_t)n
						       : sizeof t->s - t->n - 1;
}

/* A sentence: a space before it unless it is the first. */
static void sentence(struct text *t, const char *s)
{
	if (!s || !*s)
		return;
	if (t->n)
		put(t, " ");
	put(t, s);
}

/* A person's name, a woman's when woman is set. */
static void person(struct demo_rng *r, bool woman, struct text *t)
{
	const char *first = woman ? PICK(r, women) : PICK(r, men);
	snprintf(t->who, sizeof t->who, "%s %s", first, PICK(r, surnames));
	t->who_woman = woman;
	put(t, t->who);
}

/* Expands a name or text pattern (see struct kind). */
static void expand(struct demo_rng *r, const char *pat, int town,
		   struct text *t)
{
	t->n = 0;
	t->s[0] = '\0';
	t->who[0] = '\0';
	for (const char *p = pat; *p;) {
		const char *close = *p == '{' ? strchr(p, '}') : NULL;
		if (!close) {
			size_t len = 1 + strcspn(p + 1, "{");
			putf(t, "%.*s", (int)len, p);
			p += len;
			continue;
		}
		switch (p[1]) {
		case 'T':
			put(t, demo_towns[town].name);
			break;
		case 'A':
			putf(t, "%ser", demo_towns[town].name);
			break;
		case 'P':
			person(r, chance(r, 70), t);
			break;
		case 'F':
			person(r, true, t);
			break;
		case 'K':
			put(t, PICK(r, kita_words));
			break;
		case 'S':
			put(t, PICK(r, sites));
			break;
		case 'W':
			put(t, welfare[demo_rand(r, COUNT(welfare))].name);
			break;
		default:
			break;
		}
		p = close + 1;
	}
}

/* Lower-case ASCII for addresses: umlauts spelt out, everything else that
 * is no letter or digit becomes one '-', at most max bytes. */
static void slugify(const char *in, char *out, size_t max)
{
	static const struct {
		const char *utf8, *ascii;
	} map[] = {{"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "ae"},
		   {"Ö", "oe"}, {"Ü", "ue"}, {"ß", "ss"}, {"é", "e"},
		   {"ı", "i"},	{"ş", "s"},  {"ğ", "g"},  {"–", "-"}};
	size_t n = 0;
	bool dash = true; /* no leading dash */
	for (const char *p = in; *p && n + 3 < max;) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			out[n++] = (char)c;
			dash = false;
			p++;
			continue;
		}
		if (c >= 'A' && c <= 'Z') {
			out[n++] = (char)(c - 'A' + 'a');
			dash = false;
			p++;
			continue;
		}
		const char *ascii = NULL;
		size_t skip = 1;
		for (size_t i = 0; i < COUNT(map); i++) {
			size_t l = strlen(map[i].utf8);
			if (strncmp(p, map[i].utf8, l) == 0) {
				ascii = map[i].ascii;
				skip = l;
				break;
			}
		}
		if (!ascii)
			while ((p[skip] & 0xC0) == 0x80)
				skip++;
		p += skip;
		if (ascii && strcmp(ascii, "-") != 0) {
			for (const char *q = ascii; *q && n + 1 < max; q++)
				out[n++] = *q;
			dash = false;
		} else if (!dash) {
			out[n++] = '-';
			dash = true;
		}
	}
	while (n && out[n - 1] == '-')
		n--;
	out[n] = '\0';
}

/* The domain of an organisation: its slugified name, cut at a word end
 * after at most 40 characters. */
static void domain_of(const char *name, char *out, size_t max)
{
	char slug[128];
	slugify(name, slug, sizeof slug);
	/* drop legal forms, wherever they stand */
	static const char *const forms[] = {"-e-v", "-ggmbh"};
	for (size_t i = 0; i < COUNT(forms); i++) {
		size_t f = strlen(forms[i]);
		char *p;
		while ((p = strstr(slug, forms[i])) &&
		       (p[f] == '-' || p[f] == '\0'))
			memmove(p, p + f, strlen(p + f) + 1);
	}
	if (strlen(slug) > 40) {
		slug[40] = '\0';
		char *dash = strrchr(slug, '-');
		if (dash && dash > slug + 10)
			*dash = '\0';
	}
	snprintf(out, max, "%.48s.example", slug);
}

/* Index of the town with this postcode, or -1. */
static int town_of_postcode(const char *postcode)
{
	for (int i = 0; i < DEMO_TOWNS; i++)
		for (int k = 0; k < 2 && demo_towns[i].postcodes[k]; k++)
			if (postcode &&
			    strcmp(postcode, demo_towns[i].postcodes[k]) == 0)
				return i;
	return -1;
}

/* A town, weighted by size. */
static int pick_town(struct demo_rng *r)
{
	unsigned total = 0;
	for (int i = 0; i < DEMO_TOWNS; i++)
		total += demo_towns[i].weight;
	unsigned x = demo_rand(r, total);
	for (int i = 0; i < DEMO_TOWNS; i++) {
		if (x < demo_towns[i].weight)
			return i;
		x -= demo_towns[i].weight;
	}
	return 0;
}

/* The towns an organisation serves: its own, a few near ones, or all. */
static unsigned serves_of(struct demo_rng *r, enum reach reach, int town)
{
	unsigned mask = 1u << town;
	if (reach == REACH_ALL)
		return (1u << DEMO_TOWNS) - 1;
	if (reach == REACH_NEAR)
		for (unsigned k = 1 + demo_rand(r, 3); k; k--)
			mask |= 1u << demo_rand(r, DEMO_TOWNS);
	return mask;
}

/* A date days after (or before) "YYYY-MM-DD" as "YYYY-MM-DD". */
static void date_add(const char *day, int days, char out[11])
{
	struct tm tm = {0};
	if (sscanf(day, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) !=
	    3) {
		snprintf(out, 11, "%s", day);
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_hour = 12;
	time_t t = timegm(&tm) + (time_t)days * 86400;
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static int kind_find(const char *key)
{
	for (size_t i = 0; i < COUNT(kinds); i++)
		if (strcmp(kinds[i].key, key) == 0)
			return (int)i;
	return -1;
}

static int tpl_find(const char *key, size_t len)
{
	for (size_t i = 0; i < demo_ntpls; i++)
		if (strlen(demo_tpls[i].key) == len &&
		    strncmp(demo_tpls[i].key, key, len) == 0)
			return (int)i;
	return -1;
}

/* Splits "a|b|c" into v (strings in a); returns the count. */
static size_t split(arena *a, const char *list, const char **v, size_t max)
{
	size_t n = 0;
	for (const char *p = list; p && *p && n < max;) {
		size_t len = strcspn(p, "|");
		v[n++] = arena_strndup(a, p, len);
		p += len;
		if (*p == '|')
			p++;
	}
	return n;
}

/* --- organisations ----------------------------------------------------------- */

/* Membership: most are members (since 2012 or later), some interested,
 * a few left. */
static void membership(arena *a, struct demo_rng *r, struct organisation *o)
{
	unsigned x = demo_rand(r, 100);
	o->membership = x < 84 ? "member" : x < 94 ? "interested" : "left";
	o->member_since = "";
	if (strcmp(o->membership, "interested") != 0)
		o->member_since = arena_printf(
			a, "%04u-%02u-%02u", 2012 + demo_rand(r, 14),
			1 + demo_rand(r, 12), 1 + demo_rand(r, 28));
	o->archived = strcmp(o->membership, "left") == 0 && chance(r, 50);
}

static bool name_taken(const struct demo_org *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].org.name, name) == 0)
			return true;
	return false;
}

size_t demo_orgs_make(arena *a, const struct demo_fixed *fixed, size_t nfixed,
		      struct demo_org **out)
{
	size_t total = nfixed;
	for (size_t k = 0; k < COUNT(kinds); k++)
		total += kinds[k].count;
	struct demo_org *v = arena_calloc(a, total, sizeof *v);
	struct demo_rng r;
	demo_rng_seed(&r, 20260401);
	size_t n = 0;
	struct text t;
	for (size_t i = 0; i < nfixed; i++) {
		int kind = kind_find(fixed[i].kind);
		int town = town_of_postcode(fixed[i].org->postcode);
		if (kind < 0 || town < 0)
			return 0;
		struct demo_org *d = &v[n++];
		d->org = *fixed[i].org;
		d->kind = kind;
		d->town = town;
		d->serves = serves_of(&r, kinds[kind].reach, town);
		d->org.membership = "member";
		d->org.member_since = arena_printf(
			a, "%04u-%02u-01", 2012 + (unsigned)i, 3 + (unsigned)i);
		expand(&r, PICK(&r, kinds[kind].desc), town, &t);
		d->org.description = arena_strdup(a, t.s);
	}
	for (size_t k = 0; k < COUNT(kinds); k++) {
		const struct kind *kd = &kinds[k];
		for (unsigned i = 0; i < kd->count; i++) {
			int town = kd->town >= 0 ? kd->town : pick_town(&r);
			bool named = false;
			for (int tries = 0; tries < 60 && !named; tries++) {
				const char *pat = PICK(&r, kd->names);
				if (strcmp(pat, "{W}") == 0) {
					size_t w = i % COUNT(welfare);
					town = welfare[w].town;
					expand(&r, welfare[w].name, town, &t);
				} else {
					expand(&r, pat, town, &t);
				}
				named = !name_taken(v, n, t.s);
				if (!named && kd->town < 0)
					town = pick_town(&r);
			}
			if (!named)
				continue; /* the kind's names are used up */
			struct demo_org *d = &v[n];
			struct organisation *o = &d->org;
			d->kind = (int)k;
			d->town = town;
			d->serves = serves_of(&r, kd->reach, town);
			o->name = arena_strdup(a, t.s);
			d->person = t.who[0] ? arena_strdup(a, t.who) : NULL;
			d->person_woman = t.who_woman;
			o->sector = kd->sector;
			const struct demo_town *tw = &demo_towns[town];
			o->postcode =
				tw->postcodes[tw->postcodes[1] && chance(&r, 40)
						      ? 1
						      : 0];
			o->city = tw->name;
			o->street = arena_printf(a, "%s %u", PICK(&r, streets),
						 1 + demo_rand(&r, 48));
			o->phone = arena_printf(
				a, "%s 98%02u%02u", tw->area_code,
				(unsigned)(n % 100), demo_rand(&r, 100));
			char dom[80];
			domain_of(o->name, dom, sizeof dom);
			o->email = arena_printf(a, "%s@%s", kd->mail, dom);
			o->web =
				chance(&r, 60)
					? arena_printf(a, "https://www.%s", dom)
					: "";
			membership(a, &r, o);
			expand(&r, PICK(&r, kd->desc), town, &t);
			o->description = arena_strdup(a, t.s);
			n++;
		}
	}
	*out = v;
	return n;
}

/* The title of the head of a team whose members have job. */
static const char *lead_title(arena *a, const char *job, bool woman)
{
	if (strncmp(job, "Lehrer", 6) == 0)
		return woman ? "Schulleiterin" : "Schulleiter";
	if (strncmp(job, "Erzieher", 8) == 0)
		return woman ? "Kita-Leiterin" : "Kita-Leiter";
	return arena_printf(a, "Leitung, %s", job);
}

/* --- contacts ------------------------------------------------------------------ */

size_t demo_contacts_make(arena *a, const struct demo_org *o, size_t i,
			  struct contact out[3])
{
	struct demo_rng r;
	demo_rng_seed(&r, 7000 + i);
	if (chance(&r, 22))
		return 0;
	const struct kind *kd = &kinds[o->kind];
	size_t n = 1 + demo_rand(&r, 3);
	const char *at = o->org.email ? strchr(o->org.email, '@') : NULL;
	for (size_t k = 0; k < n; k++) {
		struct contact *c = &out[k];
		memset(c, 0, sizeof *c);
		bool woman = chance(&r, 80);
		const char *first = woman ? PICK(&r, women) : PICK(&r, men);
		const char *last = PICK(&r, surnames);
		if (k == 0 && o->person) {
			/* the midwife, childminder or doctor of the name */
			woman = o->person_woman;
			size_t sp = strcspn(o->person, " ");
			first = arena_strndup(a, o->person, sp);
			last = o->person + sp + (o->person[sp] ? 1 : 0);
		}
		c->org_id = o->org.id;
		c->name = arena_printf(a, "%s %s", first, last);
		if (k == 0)
			c->role = kd->cflags & C_LEAD ? "leitung"
						      : "ansprechperson";
		else if ((kd->cflags & C_IEF) && chance(&r, 55))
			c->role = "insoweit-erfahrene-fachkraft";
		else if ((kd->cflags & C_FHEB) && chance(&r, 60))
			c->role = "familienhebamme";
		else
			c->role = chance(&r, 50) ? "vertretung"
						 : "ansprechperson";
		if (strcmp(c->role, "familienhebamme") == 0)
			c->job_title = woman ? "Familienhebamme"
					     : "Familien-Kinderkrankenpfleger";
		else
			c->job_title = woman ? kd->job_f : kd->job_m;
		if (strcmp(c->role, "leitung") == 0)
			c->job_title = lead_title(a, c->job_title, woman);
		c->phone = o->org.phone && *o->org.phone
				   ? arena_printf(a, "%s-%u", o->org.phone,
						  11 + (unsigned)k * 3 +
							  demo_rand(&r, 3))
				   : "";
		if (at) {
			char local[64];
			slugify(last, local, sizeof local);
			char f[16];
			slugify(first, f, sizeof f);
			c->email = arena_printf(a, "%c.%s%s", f[0], local, at);
		} else {
			c->email = "";
		}
		c->public = chance(&r, 55);
	}
	return n;
}

/* --- offers ---------------------------------------------------------------------- */

#define MAX_KIND_TPLS 16

/* The needs that thin towns lack among their local offers. */
static bool thin_need(const char *need)
{
	return strcmp(need, "psyche-sucht") == 0 ||
	       strcmp(need, "migration-sprache") == 0;
}

/* May an organisation in town use template t? In a thin town only when
 * the template serves something besides the needs that town lacks. */
static bool tpl_usable(int t, int town)
{
	if (!demo_towns[town].thin)
		return true;
	for (const char *p = demo_tpls[t].needs; *p;) {
		size_t len = strcspn(p, "|");
		char need[64];
		snprintf(need, sizeof need, "%.*s", (int)len, p);
		if (!thin_need(need))
			return true;
		p += len;
		if (*p == '|')
			p++;
	}
	return false;
}

/* The templates an organisation uses: its kind's, the first one first,
 * the others shuffled. Returns the count. */
static size_t org_tpls(struct demo_rng *r, const struct demo_org *o,
		       uint16_t out[MAX_KIND_TPLS])
{
	size_t n = 0;
	for (const char *p = kinds[o->kind].tpls; *p && n < MAX_KIND_TPLS;) {
		size_t len = strcspn(p, "|");
		int t = tpl_find(p, len);
		if (t >= 0 && tpl_usable(t, o->town))
			out[n++] = (uint16_t)t;
		p += len;
		if (*p == '|')
			p++;
	}
	for (size_t i = n; i > 2; i--) {
		size_t j = 1 + demo_rand(r, (unsigned)(i - 1));
		uint16_t x = out[i - 1];
		out[i - 1] = out[j];
		out[j] = x;
	}
	return n;
}

struct demo_slot *demo_offer_plan(arena *a, const struct demo_org *orgs,
				  size_t norgs, size_t total, size_t *base)
{
	struct demo_rng r;
	demo_rng_seed(&r, 4242);
	uint16_t(*list)[MAX_KIND_TPLS] =
		arena_calloc(a, norgs ? norgs : 1, sizeof *list);
	size_t *nlist = arena_calloc(a, norgs ? norgs : 1, sizeof *nlist);
	size_t *usual = arena_calloc(a, norgs ? norgs : 1, sizeof *usual);
	size_t most = 0;
	*base = 0;
	for (size_t i = 0; i < norgs; i++) {
		const struct kind *kd = &kinds[orgs[i].kind];
		nlist[i] = org_tpls(&r, &orgs[i], list[i]);
		usual[i] = kd->min_offers +
			   demo_rand(&r, kd->max_offers - kd->min_offers + 1);
		if (usual[i] > nlist[i])
			usual[i] = nlist[i];
		*base += usual[i];
		if (usual[i] > most)
			most = usual[i];
	}
	struct demo_slot *s = arena_calloc(a, total ? total : 1, sizeof *s);
	size_t n = 0;
	/* First every organisation's first offer, then every second one. */
	for (size_t k = 0; k < most && n < total; k++)
		for (size_t i = 0; i < norgs && n < total; i++)
			if (usual[i] > k)
				s[n++] = (struct demo_slot){(uint32_t)i,
							    list[i][k], 0};
	/* Variations: an organisation drawn in proportion to its usual
	 * offers, one of its templates, a higher round. */
	size_t usual_n = n;
	for (size_t j = 0; n < total && usual_n > 0; j++) {
		const struct demo_slot *like =
			&s[demo_rand(&r, (unsigned)usual_n)];
		size_t i = like->org;
		s[n++] = (struct demo_slot){
			(uint32_t)i, list[i][demo_rand(&r, (unsigned)nlist[i])],
			(uint16_t)(1 + (j / usual_n > 60000 ? 60000
							    : j / usual_n))};
	}
	return s;
}

/* Further languages, most often asked for in the district first. */
static const char *const more_langs[] = {"tr", "ar", "ru", "uk", "en",
					 "fa", "pl", "ro", "ku", "ti"};

/* Words for the variations of --offers. */
static const char *const variants[] = {
	"am Vormittag",	 "am Nachmittag",   "am Abend",	      "in den Ferien",
	"im Frühjahr",	 "im Herbst",	    "für Einsteiger", "kompakt",
	"am Wochenende", "in Kleingruppen",
};
static const char *const variant_sentences[] = {
	"Wegen der großen Nachfrage gibt es diesen zusätzlichen Termin.",
	"Der Termin richtet sich besonders an berufstätige Eltern.",
	"Geschwisterkinder können nach Absprache mitgebracht werden.",
	"Die Gruppe ist bewusst klein gehalten.",
	"Neu ist ein Treffpunkt, der mit Bus und Bahn gut erreichbar ist.",
	"Die Leitung wechselt sich zwischen zwei Fachkräften ab.",
};

/* "Für Familien mit Kindern von 1 bis 6 Jahren." from the age groups, for
 * templates that say nothing more precise about who may come. */
static const char *eligibility_of(arena *a, const struct offer *o)
{
	bool pregnant = false;
	int lo = 99, hi = -1;
	for (size_t i = 0; i < o->nages; i++) {
		int from, to;
		if (strcmp(o->ages[i], "schwangerschaft") == 0)
			pregnant = true;
		else if (sscanf(o->ages[i], "%d-%d", &from, &to) == 2) {
			lo = from < lo ? from : lo;
			hi = to > hi ? to : hi;
		}
	}
	const char *who = pregnant ? "Für Schwangere und Familien mit"
				   : "Für Familien mit";
	if (hi < 0)
		return "Für Schwangere und werdende Eltern.";
	if (hi <= 1)
		return arena_printf(a, "%s Babys im ersten Lebensjahr.", who);
	if (lo >= 10)
		return arena_printf(a,
				    "Für Jugendliche von %d bis %d Jahren "
				    "und ihre Eltern.",
				    lo, hi);
	if (lo == 0)
		return arena_printf(a, "%s Kindern bis %d Jahre.", who, hi);
	return arena_printf(a, "%s Kindern von %d bis %d Jahren.", who, lo, hi);
}

/* "Türkisch, Arabisch und Russisch" for the languages after German. */
static void language_sentence(const struct offer *o, struct text *t)
{
	if (o->nlangs < 2)
		return;
	struct text s = {.n = 0};
	put(&s, "Beratung und Gespräche sind auch auf ");
	for (size_t i = 1; i < o->nlangs; i++) {
		if (i > 1)
			put(&s, i + 1 == o->nlangs ? " und " : ", ");
		put(&s, code_label(languages, o->langs[i]));
	}
	put(&s, " möglich.");
	sentence(t, s.s);
}

void demo_offer_make(arena *a, const struct demo_org *org,
		     const struct demo_slot *s, size_t serial,
		     const int64_t town_ids[DEMO_TOWNS], int64_t contact_id,
		     const char *today, struct offer *o)
{
	struct demo_rng r;
	demo_rng_seed(&r, 1000003u * (uint64_t)serial + 17);
	const struct demo_tpl *t = &demo_tpls[s->tpl];
	const struct demo_town *town = &demo_towns[org->town];
	struct text x;

	/* title */
	const char *title = PICK(&r, t->titles);
	expand(&r, title, org->town, &x);
	/* Many organisations offer the same; the place tells them apart. */
	if (!strpbrk(title, ":–({") && !strstr(title, " in ") && chance(&r, 40))
		putf(&x, " in %s", town->name);
	if (s->round == 1)
		putf(&x, " – %s", PICK(&r, variants));
	else if (s->round > 1)
		putf(&x, " – %s, Gruppe %u", PICK(&r, variants),
		     (unsigned)s->round);
	o->title = arena_strdup(a, x.s);
	o->external_id = arena_printf(a, "demo-%04zu", serial + 1);
	o->org_id = org->org.id;

	/* codes */
	o->nneeds = split(a, t->needs, o->needs, OFFER_MAX_NEEDS);
	/* Thin towns keep their gaps: no local offer there serves those
	 * needs, and no home visits on them reach there. */
	bool thin_needs = false;
	size_t kept = 0;
	for (size_t i = 0; i < o->nneeds; i++) {
		if (thin_need(o->needs[i]) && town->thin)
			continue;
		thin_needs = thin_needs || thin_need(o->needs[i]);
		o->needs[kept++] = o->needs[i];
	}
	o->nneeds = kept;
	o->nages = split(a, t->ages, o->ages, OFFER_MAX_AGES);
	o->naccess = split(a, t->access, o->access, OFFER_MAX_ACCESS);
	o->prevention = t->prevention;
	o->cost = t->cost;
	o->cost_note = t->cost_note ? t->cost_note : "";
	o->eligibility = t->eligibility ? t->eligibility : "";
	o->registration_required = t->registration != NULL;
	o->registration_note = t->registration ? t->registration : "";
	o->waiting_list = (t->flags & DEMO_F_WAIT) && chance(&r, 30);

	if (!t->eligibility && chance(&r, 70))
		o->eligibility = eligibility_of(a, o);

	/* languages: German always */
	o->langs[o->nlangs++] = "de";
	unsigned extra = t->flags & DEMO_F_MANY ? 2 + demo_rand(&r, 3)
			 : t->flags & DEMO_F_LANGS
				 ? (chance(&r, 60) ? 1 + demo_rand(&r, 2) : 0)
				 : (chance(&r, 12) ? 1 : 0);
	for (unsigned i = 0; i < extra; i++) {
		const char *l = PICK(&r, more_langs);
		bool dup = false;
		for (size_t k = 0; k < o->nlangs; k++)
			dup = dup || strcmp(o->langs[k], l) == 0;
		if (!dup)
			o->langs[o->nlangs++] = l;
	}
	if (chance(&r, 2))
		o->langs[o->nlangs++] = "sgn";

	/* accessibility */
	unsigned acc = demo_rand(&r, 100);
	o->accessible = acc < 60 ? 1 : acc < 78 ? 0 : -1;
	static const char *const acc_yes[] = {
		"Ebenerdiger Eingang, barrierefreies WC.",
		"Aufzug vorhanden, Parkplatz für Menschen mit Behinderung vor "
		"dem Haus.",
		"Alle Räume sind mit Rollstuhl und Kinderwagen erreichbar."};
	static const char *const acc_no[] = {
		"Die Räume liegen im ersten Stock ohne Aufzug.",
		"Drei Stufen am Eingang; wir helfen gern, bitte melden Sie "
		"sich vorher.",
		"Das WC ist nicht barrierefrei."};
	o->accessibility_note = o->accessible == 1   ? PICK(&r, acc_yes)
				: o->accessible == 0 ? PICK(&r, acc_no)
						     : "";

	/* contact */
	o->phone = org->org.phone ? org->org.phone : "";
	o->email = org->org.email ? org->org.email : "";
	o->web = org->org.web ? org->org.web : "";
	o->contact_id = contact_id;

	/* location and times */
	struct offer_location *l = &o->loc[o->nloc++];
	memset(l, 0, sizeof *l);
	l->name = org->org.name;
	l->street = org->org.street ? org->org.street : "";
	l->postcode = org->org.postcode ? org->org.postcode : "";
	l->city = org->org.city ? org->org.city : "";
	l->schedule = PICK(&r, t->schedule);

	/* municipalities served by home visits */
	bool home = false;
	for (size_t i = 0; i < o->naccess; i++)
		home = home || strcmp(o->access[i], "geh") == 0;
	for (int i = 0; home && i < DEMO_TOWNS; i++)
		if ((org->serves & (1u << i)) &&
		    !(thin_needs && demo_towns[i].thin))
			o->regions[o->nregions++] = town_ids[i];

	/* description: 2-5 sentences */
	x.n = 0;
	x.s[0] = '\0';
	sentence(&x, PICK(&r, t->intro));
	sentence(&x, PICK(&r, t->body));
	if (s->round > 0)
		sentence(&x, PICK(&r, variant_sentences));
	if (chance(&r, 50))
		language_sentence(o, &x);
	bool komm = false;
	for (size_t i = 0; i < o->naccess; i++)
		komm = komm || strcmp(o->access[i], "komm") == 0;
	/* ... unless the template says so already */
	bool said = strstr(x.s, "vorbeikommen") ||
		    strstr(x.s, "ohne Anmeldung") || strstr(x.s, "ohne Termin");
	if (komm && !t->registration && !said && chance(&r, 60))
		sentence(&x, chance(&r, 50)
				     ? "Eine Anmeldung ist nicht nötig – "
				       "kommen Sie einfach vorbei."
				     : "Sie können ohne Anmeldung "
				       "kommen.");
	else if (strcmp(o->cost, "kostenlos") == 0 && chance(&r, 40))
		sentence(&x, chance(&r, 50) ? "Das Angebot ist kostenlos."
					    : "Für Sie entstehen keine "
					      "Kosten.");
	o->description = arena_strdup(a, x.s);

	/* status, validity and when it was last confirmed */
	char day[11];
	unsigned st = demo_rand(&r, 100);
	o->status = "published";
	if (st < 4) {
		o->status = "draft";
	} else if (st < 7) {
		o->status = "archived";
	} else if (st < 9) {
		date_add(today, -30 - (int)demo_rand(&r, 300), day);
		o->valid_to = arena_strdup(a, day);
		date_add(today, -400 - (int)demo_rand(&r, 200), day);
		o->valid_from = arena_strdup(a, day);
	} else if (st < 11) {
		date_add(today, 10 + (int)demo_rand(&r, 80), day);
		o->valid_from = arena_strdup(a, day);
	} else if (st < 25) {
		date_add(today, 60 + (int)demo_rand(&r, 300), day);
		o->valid_to = arena_strdup(a, day);
	}
	if (org->org.archived)
		o->status = "archived";
	date_add(today,
		 chance(&r, 10) ? -380 - (int)demo_rand(&r, 300)
				: -(int)demo_rand(&r, 330),
		 day);
	o->verified_at = arena_printf(a, "%sT09:00:00Z", day);
}
