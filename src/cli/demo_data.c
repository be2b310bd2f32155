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

/* --- offer templates ------------------------------------------------------- */

enum {
	F_WAIT = 1,  /* has a waiting list now and then */
	F_LANGS = 2, /* usually also in other languages than German */
	F_MANY = 4,  /* always in several languages */
};

/* What an offer of one kind says. Code lists are separated by '|';
 * "{T}" in a title stands for the town. */
struct tpl {
	const char *key;
	const char *titles[3];
	const char *intro[2], *body[2];
	const char *needs, *ages, *prevention, *access, *cost, *cost_note;
	const char *eligibility;
	const char *schedule[2];
	const char *registration; /* NULL: no registration needed */
	unsigned flags;
};

#define ALL_AGES "schwangerschaft|0-1|1-3|3-6|6-10|10-14|14-18"
#define CHILD_AGES "0-1|1-3|3-6|6-10|10-14|14-18"

static const struct tpl tpls[] = {
	/* midwives, hospitals, health office */
	{.key = "wochenbett",
	 .titles = {"Wochenbettbetreuung durch die Hebamme",
		    "Hebammenhilfe nach der Geburt",
		    "Hausbesuche der Hebamme im Wochenbett"},
	 .intro = {"Nach der Geburt besucht Sie Ihre Hebamme zu Hause und "
		   "schaut, wie es Ihnen und Ihrem Baby geht.",
		   "In den ersten Wochen nach der Geburt kommt die Hebamme zu "
		   "Ihnen nach Hause."},
	 .body = {"Sie hilft beim Stillen und bei der Nabelpflege und "
		  "beantwortet Ihre Fragen rund um das Neugeborene.",
		  "Sie wiegt das Baby, achtet auf Ihre Heilung nach der Geburt "
		  "und gibt Tipps für den Alltag mit dem Kind."},
	 .needs = "schwangerschaft-geburt|gesundheit-entwicklung|"
		  "schreien-schlafen-fuettern",
	 .ages = "0-1",
	 .prevention = "universell",
	 .access = "geh|telefon",
	 .cost = "kassenleistung",
	 .cost_note = "Die Krankenkasse zahlt die Besuche bis zwölf Wochen "
		      "nach der Geburt, danach auf ärztliche Verordnung.",
	 .eligibility = "Für alle Mütter nach der Geburt, auch nach einer "
			"Fehlgeburt.",
	 .schedule = {"Hausbesuche nach Vereinbarung",
		      "Hausbesuche täglich nach Absprache"},
	 .registration = "Bitte melden Sie sich möglichst früh in der "
			 "Schwangerschaft.",
	 .flags = F_WAIT},
	{.key = "geburtsvorbereitung",
	 .titles = {"Geburtsvorbereitungskurs für Paare",
		    "Geburtsvorbereitung am Wochenende",
		    "Geburtsvorbereitung für Frauen"},
	 .intro = {"Im Kurs bereiten Sie sich in Ruhe auf die Geburt vor.",
		   "Wie kündigt sich die Geburt an, was hilft gegen die "
		   "Schmerzen, wann fahre ich in die Klinik?"},
	 .body = {"Wir üben Atmung und Entspannung und sprechen über die "
		  "ersten Tage mit dem Baby.",
		  "Eine Hebamme beantwortet Ihre Fragen; Partnerinnen und "
		  "Partner sind an einem Abend herzlich eingeladen."},
	 .needs = "schwangerschaft-geburt",
	 .ages = "schwangerschaft",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .cost_note = "Für Partnerinnen und Partner 60 € Kostenbeitrag.",
	 .schedule = {"Mittwochs 18:30–20:30 Uhr, sieben Abende",
		      "Samstag und Sonntag 10:00–16:00 Uhr"},
	 .registration = "Anmeldung ab der 20. Schwangerschaftswoche.",
	 .flags = F_WAIT},
	{.key = "rueckbildung",
	 .titles = {"Rückbildungskurs", "Rückbildungsgymnastik mit Baby",
		    "Rückbildung am Abend"},
	 .intro = {"Der Kurs stärkt nach der Geburt Beckenboden, Bauch und "
		   "Rücken.",
		   "Nach Schwangerschaft und Geburt braucht Ihr Körper Zeit, "
		   "um wieder zu Kräften zu kommen."},
	 .body = {"Ihr Baby darf mitkommen und liegt auf einer Decke neben "
		  "Ihnen.",
		  "Nebenbei bleibt Zeit für Fragen und für den Austausch mit "
		  "anderen Müttern."},
	 .needs = "gesundheit-entwicklung|begegnung",
	 .ages = "0-1",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .cost_note = "Die Krankenkasse zahlt, wenn der Kurs bis neun Monate "
		      "nach der Geburt beendet ist.",
	 .schedule = {"Donnerstags 10:00–11:15 Uhr, acht Termine",
		      "Montags 19:00–20:00 Uhr, acht Termine"},
	 .registration = "Anmeldung ab sechs Wochen nach der Geburt."},
	{.key = "hebammensprechstunde",
	 .titles = {"Offene Hebammensprechstunde",
		    "Hebammensprechstunde ohne Termin",
		    "Offene Sprechstunde der Familienhebamme"},
	 .intro = {"Sie haben noch keine Hebamme gefunden oder eine Frage, "
		   "die nicht warten kann?",
		   "Schwangere und junge Eltern können ohne Termin "
		   "vorbeikommen."},
	 .body = {"Eine Hebamme nimmt sich Zeit für Ihre Fragen zu "
		  "Schwangerschaft, Stillen und dem Leben mit dem Baby.",
		  "Wir helfen auch bei der Suche nach einer Hebamme für die "
		  "Zeit nach der Geburt."},
	 .needs = "schwangerschaft-geburt|schreien-schlafen-fuettern",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Dienstags 9:30–11:30 Uhr", "Freitags 14:00–16:00 Uhr"},
	 .flags = F_LANGS},
	{.key = "stillberatung",
	 .titles = {"Stillberatung", "Stillsprechstunde",
		    "Beratung bei Stillproblemen"},
	 .intro = {"Das Stillen klappt nicht so, wie Sie es sich wünschen?",
		   "Wunde Brustwarzen, zu wenig Milch oder ein Baby, das nicht "
		   "trinken mag, sind häufige Sorgen in den ersten Wochen."},
	 .body = {"Wir schauen gemeinsam, was Ihnen und Ihrem Baby hilft.",
		  "Eine Still- und Laktationsberaterin berät Sie persönlich, "
		  "am "
		  "Telefon oder bei Ihnen zu Hause."},
	 .needs = "schreien-schlafen-fuettern|gesundheit-entwicklung",
	 .ages = "0-1",
	 .prevention = "universell",
	 .access = "komm|telefon|geh",
	 .cost = "kostenlos",
	 .schedule = {"Termine nach Vereinbarung",
		      "Montags und donnerstags 9:00–12:00 Uhr"},
	 .registration = "Bitte vereinbaren Sie einen Termin."},
	{.key = "babymassage",
	 .titles = {"Babymassage für Eltern mit Kindern von 6 Wochen bis 9 "
		    "Monaten",
		    "Babymassage-Kurs", "Babymassage am Vormittag"},
	 .intro = {"Sanfte Berührungen tun Ihrem Baby gut und stärken die "
		   "Bindung zwischen Ihnen.",
		   "In fünf Treffen lernen Sie, Ihr Baby mit warmem Öl zu "
		   "massieren."},
	 .body = {"Die Massage kann bei Bauchweh und Unruhe helfen.",
		  "Bitte bringen Sie ein großes Handtuch und eine Decke mit."},
	 .needs = "erziehung-bindung|schreien-schlafen-fuettern",
	 .ages = "0-1",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "45 € für fünf Termine, Ermäßigung mit dem "
		      "Familienpass des Landkreises",
	 .schedule = {"Montags 10:00–11:00 Uhr", "Mittwochs 15:00–16:00 Uhr"},
	 .registration = "Anmeldung erforderlich, höchstens acht Eltern mit "
			 "Baby."},
	{.key = "familienhebamme",
	 .titles = {"Familienhebamme – Begleitung im ersten Lebensjahr",
		    "Familienhebammen und Familien-Kinderkrankenpflegerinnen",
		    "Frühe Hilfen: Die Familienhebamme kommt zu Ihnen"},
	 .intro =
		 {"Familienhebammen begleiten Familien, die sich mehr "
		  "Unterstützung wünschen, bis zum ersten Geburtstag des "
		  "Kindes.",
		  "Wenn Sie sich Sorgen machen, allein sind oder Ihr Baby viel "
		  "weint, kann eine Familienhebamme regelmäßig zu Ihnen "
		  "kommen."},
	 .body = {"Sie hilft bei Fragen zu Pflege, Ernährung und Entwicklung "
		  "und zeigt Wege zu weiteren Hilfen.",
		  "Die Besuche sind freiwillig und vertraulich; Sie bestimmen, "
		  "worum es geht."},
	 .needs = "schwangerschaft-geburt|gesundheit-entwicklung|"
		  "erziehung-bindung|alltag-haushalt",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "selektiv",
	 .access = "geh|telefon",
	 .cost = "kostenlos",
	 .eligibility = "Für Schwangere und Familien mit Babys in belastenden "
			"Lebenslagen, zum Beispiel sehr junge Mütter, "
			"Alleinerziehende oder Familien mit einem kranken "
			"Kind.",
	 .schedule = {"Hausbesuche nach Vereinbarung",
		      "Erreichbar Mo–Fr 8:00–13:00 Uhr"},
	 .registration = "Melden Sie sich selbst oder über Ihre Hebamme, "
			 "Ärztin oder Beratungsstelle.",
	 .flags = F_WAIT | F_LANGS},
	{.key = "vorsorge",
	 .titles = {"Vorsorgeuntersuchungen U1 bis U9",
		    "Kinder-Vorsorge und Impfungen",
		    "Früherkennungsuntersuchungen für Babys und Kleinkinder"},
	 .intro = {"Bei den Vorsorgeuntersuchungen schauen wir, ob sich Ihr "
		   "Kind gut entwickelt.",
		   "Die U-Untersuchungen begleiten Ihr Kind von der Geburt bis "
		   "zum Schulanfang."},
	 .body = {"Wir beraten Sie auch zu Impfungen, Ernährung, Schlaf und "
		  "Unfallschutz.",
		  "Bringen Sie bitte das gelbe Kinder-Untersuchungsheft und "
		  "den Impfpass mit."},
	 .needs = "gesundheit-entwicklung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .schedule = {"Mo–Fr 8:00–12:00 Uhr, Mo, Di und Do 15:00–18:00 Uhr",
		      "Mo–Fr 7:30–12:30 Uhr, Mi 14:00–17:00 Uhr"},
	 .registration = "Termine nach telefonischer Vereinbarung.",
	 .flags = F_LANGS},
	{.key = "impfsprechstunde",
	 .titles = {"Impfsprechstunde", "Impfberatung für Familien",
		    "Impfsprechstunde für Kinder und Jugendliche"},
	 .intro = {"Welche Impfung braucht mein Kind wann?",
		   "In der Impfsprechstunde prüfen wir den Impfpass Ihres "
		   "Kindes und holen fehlende Impfungen nach."},
	 .body = {"Wir nehmen uns Zeit für Ihre Fragen und Sorgen rund ums "
		  "Impfen.",
		  "Bitte bringen Sie den Impfpass und die Versichertenkarte "
		  "mit."},
	 .needs = "gesundheit-entwicklung",
	 .ages = CHILD_AGES,
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .schedule = {"Donnerstags 14:00–16:00 Uhr",
		      "Erster Montag im Monat 15:00–17:00 Uhr"},
	 .registration = "Bitte vereinbaren Sie einen Termin."},
	{.key = "schreisprechstunde",
	 .titles = {"Sprechstunde für Schreibabys",
		    "Beratung bei Schrei-, Schlaf- und Fütterproblemen",
		    "Schreibaby-Sprechstunde"},
	 .intro = {"Ihr Baby weint sehr viel und lässt sich kaum beruhigen?",
		   "Viele Eltern kommen an ihre Grenzen, wenn ihr Baby "
		   "stundenlang schreit."},
	 .body = {"Wir untersuchen Ihr Kind, hören Ihnen zu und suchen "
		  "gemeinsam nach Wegen, die Ihnen Entlastung bringen.",
		  "Sie bekommen praktische Tipps für den Alltag und, wenn "
		  "nötig, weitere Hilfe vermittelt."},
	 .needs = "schreien-schlafen-fuettern|erziehung-bindung",
	 .ages = "0-1|1-3",
	 .prevention = "selektiv",
	 .access = "komm|telefon",
	 .cost = "kassenleistung",
	 .schedule = {"Dienstags 14:00–16:00 Uhr", "Termine nach Vereinbarung"},
	 .registration = "Bitte rufen Sie an; Sie bekommen innerhalb einer "
			 "Woche einen Termin."},
	{.key = "jugendsprechstunde",
	 .titles = {"Jugendsprechstunde (J1 und J2)",
		    "Sprechstunde für Jugendliche", "Jugenduntersuchung J1"},
	 .intro = {"Jugendliche ab zwölf Jahren können zur "
		   "Jugenduntersuchung auch allein kommen.",
		   "Die Jugenduntersuchung ist ein Gesundheits-Check zwischen "
		   "zwölf und vierzehn Jahren."},
	 .body = {"Es geht um Wachstum, Pubertät, Impfungen und um alles, was "
		  "dich gerade beschäftigt – vertraulich.",
		  "Auch Fragen zu Stress, Schlaf, Essen oder Stimmung haben "
		  "hier Platz."},
	 .needs = "gesundheit-entwicklung|psyche-sucht",
	 .ages = "10-14|14-18",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .schedule = {"Mittwochs 15:00–17:00 Uhr", "nach Vereinbarung"},
	 .registration = "Termin telefonisch oder online."},
	{.key = "entwicklung",
	 .titles = {"Entwicklungssprechstunde",
		    "Sprechstunde zur Entwicklung von Klein- und "
		    "Vorschulkindern"},
	 .intro = {"Ihr Kind spricht noch wenig, bewegt sich anders als "
		   "Gleichaltrige oder Sie haben ein ungutes Gefühl?",
		   "Kinder entwickeln sich unterschiedlich schnell, und "
		   "manchmal ist ein genauer Blick hilfreich."},
	 .body = {"Wir untersuchen Ihr Kind ausführlich und besprechen mit "
		  "Ihnen, ob und welche Förderung sinnvoll ist.",
		  "Bei Bedarf vermitteln wir Frühförderung, Logopädie, "
		  "Ergotherapie oder Physiotherapie."},
	 .needs = "gesundheit-entwicklung|behinderung-fruehfoerderung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "selektiv",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .schedule = {"Freitags 9:00–12:00 Uhr", "nach Vereinbarung"},
	 .registration = "Termin nach telefonischer Vereinbarung.",
	 .flags = F_WAIT},
	{.key = "schwangerenvorsorge",
	 .titles = {"Schwangerenvorsorge", "Vorsorge in der Schwangerschaft",
		    "Schwangerenvorsorge und Ultraschall"},
	 .intro = {"Während der Schwangerschaft begleiten wir Sie mit den "
		   "Vorsorgeuntersuchungen nach den Mutterschafts-Richtlinien.",
		   "Von der Feststellung der Schwangerschaft bis zur Geburt "
		   "sind wir für Sie da."},
	 .body = {"Wir beraten Sie auch zu Ernährung, Arbeit in der "
		  "Schwangerschaft und helfen bei der Suche nach einer "
		  "Hebamme.",
		  "Die Vorsorge können Sie sich mit Ihrer Hebamme teilen."},
	 .needs = "schwangerschaft-geburt|gesundheit-entwicklung",
	 .ages = "schwangerschaft",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .schedule = {"Mo–Fr 8:00–12:00 Uhr, Di und Do 14:00–18:00 Uhr",
		      "Mo, Di, Do 8:00–17:00 Uhr, Mi und Fr 8:00–13:00 Uhr"},
	 .registration = "Termine nach Vereinbarung.",
	 .flags = F_LANGS},
	{.key = "maedchensprechstunde",
	 .titles = {"Mädchensprechstunde", "Sprechstunde für junge Frauen"},
	 .intro = {"Der erste Besuch bei der Frauenärztin wirft viele Fragen "
		   "auf.",
		   "Du hast Fragen zu Periode, Verhütung oder deinem Körper?"},
	 .body = {"In der Mädchensprechstunde reden wir in Ruhe – eine "
		  "Untersuchung gibt es nur, wenn du das möchtest.",
		  "Du kannst allein oder mit einer Freundin kommen; was du "
		  "erzählst, bleibt vertraulich."},
	 .needs = "gesundheit-entwicklung",
	 .ages = "10-14|14-18",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .schedule = {"Mittwochs 14:00–16:00 Uhr",
		      "Erster Freitag im Monat 13:00–15:00 Uhr"},
	 .registration = "Termin telefonisch."},
	{.key = "infoabend-geburt",
	 .titles = {"Infoabend Geburt im Kreiskrankenhaus",
		    "Kreißsaalführung und Informationsabend"},
	 .intro = {"Hebammen und Ärztinnen stellen die Geburtshilfe vor und "
		   "zeigen Ihnen Kreißsaal und Wochenstation.",
		   "Sie möchten wissen, wo und wie Ihr Kind zur Welt kommen "
		   "wird?"},
	 .body = {"Danach beantworten wir Ihre Fragen zu Geburt, "
		  "Schmerzlinderung und Familienzimmer.",
		  "Sie erfahren auch, was Sie zur Geburt mitbringen sollten."},
	 .needs = "schwangerschaft-geburt",
	 .ages = "schwangerschaft",
	 .prevention = "universell",
	 .access = "komm|online",
	 .cost = "kostenlos",
	 .schedule = {"Erster Dienstag im Monat, 18:00 Uhr",
		      "Jeden zweiten Donnerstag, 19:00 Uhr"},
	 .registration = "Bitte melden Sie sich online oder telefonisch an."},
	{.key = "schreiambulanz",
	 .titles = {"Schreibaby-Ambulanz",
		    "Ambulanz für Schreibabys und Eltern-Kind-Beziehung"},
	 .intro = {"Die Ambulanz hilft Familien, deren Baby über Wochen "
		   "sehr viel schreit, schlecht schläft oder kaum isst.",
		   "Wenn ein Baby untröstlich weint, sind Eltern oft "
		   "erschöpft und verzweifelt."},
	 .body = {"Kinderärztin und Psychologin untersuchen Ihr Kind und "
		  "begleiten Sie mit Videoberatung und Gesprächen.",
		  "Gemeinsam finden wir heraus, was Ihr Kind braucht und was "
		  "Sie entlastet."},
	 .needs = "schreien-schlafen-fuettern|erziehung-bindung",
	 .ages = "0-1|1-3",
	 .prevention = "indiziert",
	 .access = "komm|telefon",
	 .cost = "kassenleistung",
	 .cost_note = "Mit Überweisung der Kinderärztin oder des "
		      "Kinderarztes.",
	 .schedule = {"Mo–Do 8:30–15:00 Uhr nach Terminvereinbarung",
		      "nach Vereinbarung"},
	 .registration = "Anmeldung telefonisch, in dringenden Fällen am "
			 "selben Tag.",
	 .flags = F_WAIT},
	{.key = "elternschule",
	 .titles = {"Elternschule: Säuglingspflege",
		    "Elternschule – Das erste Jahr", "Kurs: Fit für das Baby"},
	 .intro = {"Wickeln, baden, tragen: Im Kurs üben Sie mit einer "
		   "Kinderkrankenschwester die Pflege Ihres Babys.",
		   "Werdende Eltern lernen an drei Abenden, was in den ersten "
		   "Monaten wichtig ist."},
	 .body = {"Es geht auch um Schlaf, Sicherheit zu Hause und darum, "
		  "wie Sie sich die Arbeit als Paar teilen.",
		  "Fragen sind jederzeit willkommen."},
	 .needs = "gesundheit-entwicklung|erziehung-bindung",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "20 € je Paar",
	 .schedule = {"Dienstags 19:00–21:00 Uhr, drei Abende",
		      "Samstags 10:00–14:00 Uhr"},
	 .registration = "Anmeldung über das Sekretariat der Elternschule."},
	{.key = "lotsendienst",
	 .titles = {"Lotsendienst nach der Geburt",
		    "Lotsinnen auf der Geburtsstation"},
	 .intro = {"Auf der Geburtsstation sprechen Lotsinnen mit allen "
		   "jungen Familien über ihre Lage.",
		   "Die ersten Wochen mit einem Baby bringen viele Fragen und "
		   "manchmal auch Sorgen."},
	 .body = {"Wenn Sie Unterstützung brauchen, etwa bei Anträgen, Geld "
		  "oder der Suche nach einer Hebamme, finden sie mit Ihnen die "
		  "passende Hilfe.",
		  "Die Lotsinnen kennen die Angebote im Landkreis und "
		  "begleiten Sie auf Wunsch zum ersten Termin."},
	 .needs = "schwangerschaft-geburt|geld-leistungen|alltag-haushalt",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Täglich auf der Wochenstation", "Mo–Fr 8:00–16:00 Uhr"},
	 .flags = F_LANGS},
	{.key = "mutter-kind-station",
	 .titles = {"Eltern-Kind-Behandlung bei Depression nach der Geburt",
		    "Mutter-Kind-Station für psychisch belastete Mütter"},
	 .intro = {"Manche Mütter fühlen sich nach der Geburt über Wochen "
		   "traurig, leer oder voller Angst.",
		   "Eine Depression nach der Geburt ist häufig und gut "
		   "behandelbar."},
	 .body = {"Auf unserer Station werden Mutter und Kind gemeinsam "
		  "aufgenommen, damit die Bindung wachsen kann.",
		  "Ärztinnen, Pflege und Psychotherapeutinnen begleiten Sie "
		  "und Ihr Baby."},
	 .needs = "psyche-sucht|erziehung-bindung",
	 .ages = "0-1|1-3",
	 .prevention = "indiziert",
	 .access = "komm",
	 .cost = "kassenleistung",
	 .cost_note = "Mit Einweisung durch Ärztin oder Arzt.",
	 .schedule = {"Aufnahme nach Vorgespräch", "Vorgespräche mittwochs"},
	 .registration = "Vorgespräch nach telefonischer Vereinbarung.",
	 .flags = F_WAIT},
	{.key = "schuleingang",
	 .titles = {"Schuleingangsuntersuchung",
		    "Untersuchung vor der Einschulung"},
	 .intro = {"Vor dem Schulanfang untersucht der Kinder- und "
		   "Jugendärztliche Dienst alle Kinder.",
		   "Ist mein Kind bereit für die Schule?"},
	 .body = {"Wir prüfen Sehen, Hören, Sprache und Motorik und beraten "
		  "Sie, wenn Ihr Kind Unterstützung braucht.",
		  "Bringen Sie bitte das gelbe Untersuchungsheft und den "
		  "Impfpass mit."},
	 .needs = "gesundheit-entwicklung|behinderung-fruehfoerderung",
	 .ages = "3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Termine nach Einladung",
		      "Mo–Do 8:00–15:00 Uhr nach Einladung"},
	 .registration = "Sie erhalten eine Einladung mit Termin."},
	{.key = "zahngesundheit",
	 .titles = {"Zahngesundheit in Kita und Schule",
		    "Zahnärztlicher Dienst: Untersuchung in Kita und Schule"},
	 .intro = {"Der zahnärztliche Dienst besucht jedes Jahr die Kitas und "
		   "Grundschulen im Landkreis.",
		   "Gesunde Zähne fangen mit dem ersten Zahn an."},
	 .body = {"Die Kinder lernen spielerisch Zähneputzen; Eltern bekommen "
		  "eine Rückmeldung, wenn eine Behandlung nötig ist.",
		  "Wir beraten auch Eltern von Kleinkindern zu Fläschchen, "
		  "Zucker und Zahnpflege."},
	 .needs = "gesundheit-entwicklung",
	 .ages = "1-3|3-6|6-10|10-14",
	 .prevention = "universell",
	 .access = "geh",
	 .cost = "kostenlos",
	 .schedule = {"Besuche nach Plan in Kitas und Schulen",
		      "Beratung nach Vereinbarung"}},
	{.key = "sozialpsychiatrie",
	 .titles = {"Sozialpsychiatrischer Dienst – Beratung für Eltern",
		    "Hilfe bei seelischen Krisen in der Familie"},
	 .intro = {"Der Sozialpsychiatrische Dienst berät Menschen in "
		   "seelischen Krisen und ihre Angehörigen.",
		   "Wenn Mutter oder Vater psychisch erkrankt ist, betrifft "
		   "das die ganze Familie."},
	 .body = {"Wir kommen auch zu Ihnen nach Hause und helfen, "
		  "Behandlung und Entlastung zu finden.",
		  "Die Beratung ist vertraulich; Sie können auch anonym "
		  "anrufen."},
	 .needs = "psyche-sucht|krise-gewalt",
	 .ages = ALL_AGES,
	 .prevention = "indiziert",
	 .access = "komm|geh|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:30–12:00 Uhr, Do 14:00–17:00 Uhr",
		      "nach Vereinbarung"}},
	/* early intervention, pregnancy counselling */
	{.key = "ff-erstberatung",
	 .titles = {"Frühförderung – Erstberatung",
		    "Offene Sprechstunde der Frühförderstelle",
		    "Erstgespräch: Entwicklung Ihres Kindes"},
	 .intro = {"Sie fragen sich, ob sich Ihr Kind altersgerecht "
		   "entwickelt?",
		   "Eltern, Kita oder Kinderarzt haben Sorgen um die "
		   "Entwicklung eines Kindes?"},
	 .body = {"In einem ersten Gespräch schauen wir gemeinsam, was Ihr "
		  "Kind braucht – ohne Überweisung.",
		  "Heilpädagoginnen und Therapeutinnen beraten Sie und planen "
		  "mit Ihnen die nächsten Schritte."},
	 .needs = "behinderung-fruehfoerderung|gesundheit-entwicklung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "selektiv",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Dienstags 14:00–16:00 Uhr offene Sprechstunde",
		      "nach Vereinbarung"},
	 .flags = F_WAIT | F_LANGS},
	{.key = "ff-mobil",
	 .titles = {"Heilpädagogische Frühförderung zu Hause",
		    "Mobile Frühförderung",
		    "Frühförderung in Familie und Kita"},
	 .intro = {"Eine Heilpädagogin kommt einmal in der Woche zu Ihnen "
		   "nach Hause oder in die Kita.",
		   "Frühförderung unterstützt Kinder mit Behinderung oder "
		   "Entwicklungsverzögerung von Geburt bis zur Einschulung."},
	 .body = {"Sie fördert Ihr Kind im Spiel und zeigt Ihnen, wie Sie es "
		  "im Alltag unterstützen können.",
		  "Therapie und Förderung werden mit Kinderärztin und Kita "
		  "abgestimmt."},
	 .needs = "behinderung-fruehfoerderung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "indiziert",
	 .access = "geh|komm",
	 .cost = "kostenlos",
	 .cost_note = "Die Kosten tragen Krankenkasse und Sozialhilfeträger "
		      "(Komplexleistung Frühförderung).",
	 .schedule = {"Hausbesuche nach Vereinbarung",
		      "Termine wöchentlich nach Absprache"},
	 .registration = "Antrag mit ärztlicher Verordnung; wir helfen beim "
			 "Ausfüllen.",
	 .flags = F_WAIT},
	{.key = "ff-elterngruppe",
	 .titles = {"Elterngruppe für Eltern von Kindern mit Behinderung",
		    "Elterntreff: Kinder mit besonderem Förderbedarf"},
	 .intro = {"Eltern von Kindern mit Behinderung treffen sich einmal im "
		   "Monat zum Austausch.",
		   "Im Elterntreff erzählen Eltern, was ihnen hilft, und "
		   "geben Tipps zu Anträgen und Therapien."},
	 .body = {"Während der Treffen betreuen Fachkräfte die Kinder und "
		  "Geschwister.",
		  "Manchmal laden wir Fachleute ein, etwa zu Pflegegrad oder "
		  "Schulbegleitung."},
	 .needs = "behinderung-fruehfoerderung|begegnung",
	 .ages = "0-1|1-3|3-6|6-10",
	 .prevention = "selektiv",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Letzter Donnerstag im Monat 19:30–21:00 Uhr",
		      "Samstags einmal im Monat 10:00–12:00 Uhr"}},
	{.key = "autismus",
	 .titles = {"Autismus-Beratung für Familien",
		    "Beratung bei Verdacht auf Autismus"},
	 .intro = {"Wir beraten Eltern von Kindern und Jugendlichen mit "
		   "Autismus oder einem Verdacht darauf.",
		   "Ihr Kind reagiert anders auf Menschen, Geräusche oder "
		   "Veränderungen?"},
	 .body = {"Wir helfen bei Diagnostik, Anträgen und bei der "
		  "Zusammenarbeit mit Kita und Schule.",
		  "Auch Beratung per Video ist möglich."},
	 .needs = "behinderung-fruehfoerderung|erziehung-bindung",
	 .ages = "3-6|6-10|10-14|14-18",
	 .prevention = "indiziert",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"nach Vereinbarung", "Mittwochs 9:00–13:00 Uhr"},
	 .registration = "Bitte melden Sie sich telefonisch an.",
	 .flags = F_WAIT},
	{.key = "ssb",
	 .titles = {"Schwangerschaftsberatung",
		    "Beratung für Schwangere und werdende Eltern",
		    "Beratung rund um Schwangerschaft und Geburt"},
	 .intro = {"Wir beraten Sie vertraulich zu allen Fragen rund um "
		   "Schwangerschaft, Geburt und die erste Zeit mit dem Kind.",
		   "Schwanger – und viele Fragen? Wir nehmen uns Zeit für "
		   "Sie."},
	 .body = {"Wir helfen bei Anträgen auf Elterngeld und "
		  "Mutterschaftsgeld "
		  "und bei Anträgen auf Hilfe aus Stiftungsmitteln.",
		  "Es geht auch um Arbeit und Ausbildung, Partnerschaft, "
		  "Wohnung und Geld."},
	 .needs = "schwangerschaft-geburt|geld-leistungen",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "universell",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Do 9:00–16:00 Uhr, Fr 9:00–12:00 Uhr",
		      "Offene Sprechstunde dienstags 10:00–12:00 Uhr"},
	 .registration = "Termine nach Vereinbarung, auch kurzfristig.",
	 .flags = F_LANGS},
	{.key = "ssb-konflikt",
	 .titles = {"Schwangerschaftskonfliktberatung",
		    "Beratung im Schwangerschaftskonflikt (§ 219 StGB)"},
	 .intro = {"Sie sind ungewollt schwanger und wissen nicht weiter?",
		   "Eine Schwangerschaft kann auch Angst und Zweifel "
		   "auslösen."},
	 .body = {"Wir beraten Sie ergebnisoffen und vertraulich, auf Wunsch "
		  "anonym, und stellen die Beratungsbescheinigung aus.",
		  "Sie entscheiden, wer zum Gespräch mitkommt."},
	 .needs = "schwangerschaft-geburt|krise-gewalt",
	 .ages = "schwangerschaft",
	 .prevention = "selektiv",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Termine innerhalb von drei Werktagen",
		      "nach Vereinbarung"},
	 .registration = "Sie bekommen kurzfristig einen Termin, meist "
			 "innerhalb von drei Tagen.",
	 .flags = F_LANGS},
	{.key = "ssb-jung",
	 .titles = {"Beratung für junge Schwangere unter 18",
		    "Jung und schwanger – Beratung und Begleitung"},
	 .intro = {"Du bist jung und schwanger und hast viele Fragen?",
		   "Wir begleiten junge Schwangere und junge Eltern bis zum "
		   "dritten Geburtstag des Kindes."},
	 .body = {"Wir helfen bei Schule und Ausbildung, Geld, Wohnung und "
		  "den Gesprächen mit deiner Familie.",
		  "Einmal im Monat gibt es ein Treffen mit anderen jungen "
		  "Müttern und Vätern."},
	 .needs = "schwangerschaft-geburt|geld-leistungen|begegnung",
	 .ages = "schwangerschaft|0-1|1-3|14-18",
	 .prevention = "selektiv",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Donnerstags 15:00–17:00 Uhr", "nach Vereinbarung"}},
	{.key = "sternenkinder",
	 .titles = {"Begleitung nach Fehlgeburt oder Totgeburt",
		    "Gesprächsgruppe für verwaiste Eltern"},
	 .intro = {"Wenn ein Kind vor, während oder kurz nach der Geburt "
		   "stirbt, bleibt für Eltern die Welt stehen.",
		   "Wir begleiten Eltern, die ein Kind in der Schwangerschaft "
		   "verloren haben."},
	 .body = {"In Einzelgesprächen und in einer Gruppe haben Trauer und "
		  "Fragen Platz.",
		  "Wir helfen auch bei Fragen zu Bestattung und "
		  "Mutterschutz."},
	 .needs = "schwangerschaft-geburt|psyche-sucht",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "selektiv",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Erster Montag im Monat 19:00–21:00 Uhr",
		      "Einzelgespräche nach Vereinbarung"}},
	{.key = "sexualpaedagogik",
	 .titles = {"Sexualpädagogik für Schulklassen",
		    "Workshop: Liebe, Freundschaft, Verhütung"},
	 .intro = {"Wir besuchen Schulklassen ab Klasse 6 mit einem Workshop "
		   "zu Körper, Gefühlen und Verhütung.",
		   "Jugendliche sprechen in kleinen Gruppen offen über Liebe, "
		   "Freundschaft und Grenzen."},
	 .body = {"Lehrkräfte buchen den Workshop für ihre Klasse.",
		  "Mädchen und Jungen arbeiten auf Wunsch getrennt."},
	 .needs = "gesundheit-entwicklung",
	 .ages = "10-14|14-18",
	 .prevention = "universell",
	 .access = "geh|komm",
	 .cost = "kostenlos",
	 .schedule = {"Termine nach Absprache mit der Schule",
		      "vormittags nach Vereinbarung"},
	 .registration = "Buchung durch die Schule."},
	{.key = "geld-beratung",
	 .titles = {"Beratung zu Elterngeld und Kinderzuschlag",
		    "Hilfe bei Anträgen: Elterngeld, Kindergeld, "
		    "Kinderzuschlag",
		    "Sprechstunde Geld und Anträge für Familien"},
	 .intro = {"Welche Leistungen stehen Ihnen zu, und wie stellen Sie "
		   "den Antrag?",
		   "Viele Familien bekommen weniger Geld, als ihnen zusteht, "
		   "weil Anträge kompliziert sind."},
	 .body = {"Wir gehen die Formulare mit Ihnen durch und prüfen "
		  "Elterngeld, Kindergeld, Kinderzuschlag und Wohngeld.",
		  "Bringen Sie bitte Ausweis, Geburtsurkunde und Ihre "
		  "Einkommensnachweise mit."},
	 .needs = "geld-leistungen",
	 .ages = "schwangerschaft|0-1|1-3|3-6",
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mittwochs 9:00–12:00 Uhr",
		      "Jeden zweiten Montag 14:00–16:00 Uhr"},
	 .flags = F_LANGS},
	/* counselling centres */
	{.key = "erziehungsberatung",
	 .titles = {"Erziehungsberatung",
		    "Beratung für Eltern, Kinder und Jugendliche",
		    "Erziehungs- und Familienberatung"},
	 .intro = {"Wenn es in der Familie schwierig wird, können Sie sich an "
		   "uns wenden.",
		   "Trotzphasen, Streit in der Familie oder Sorgen um die "
		   "Entwicklung Ihres Kindes: Wir beraten Sie."},
	 .body = {"Die Beratung ist kostenlos, vertraulich und auf Wunsch "
		  "anonym.",
		  "Auch Kinder und Jugendliche können sich allein an uns "
		  "wenden."},
	 .needs = "erziehung-bindung|krise-gewalt",
	 .ages = CHILD_AGES,
	 .prevention = "selektiv",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Do 8:30–17:00 Uhr, Fr 8:30–13:00 Uhr",
		      "Offene Sprechstunde montags 14:00–16:00 Uhr"},
	 .registration = "Bitte melden Sie sich telefonisch an; in Krisen "
			 "bekommen Sie schnell einen Termin.",
	 .flags = F_WAIT | F_LANGS},
	{.key = "trennung",
	 .titles = {"Beratung bei Trennung und Scheidung",
		    "Gruppe für Kinder aus Trennungsfamilien",
		    "Eltern bleiben – Kurs für Eltern in Trennung"},
	 .intro = {"Eine Trennung verändert das Leben aller in der Familie.",
		   "Wenn Eltern sich trennen, brauchen Kinder beide Eltern und "
		   "klare Absprachen."},
	 .body = {"Wir helfen, Umgang und Alltag so zu regeln, dass es den "
		  "Kindern gut geht.",
		  "Kinder von sechs bis zwölf Jahren können in einer eigenen "
		  "Gruppe über ihre Gefühle sprechen."},
	 .needs = "krise-gewalt|erziehung-bindung",
	 .ages = "3-6|6-10|10-14|14-18",
	 .prevention = "selektiv",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"nach Vereinbarung", "Kindergruppe dienstags "
					   "16:00–17:30 Uhr"},
	 .registration = "Anmeldung telefonisch.",
	 .flags = F_WAIT},
	{.key = "suchtberatung",
	 .titles = {"Suchtberatung für Eltern",
		    "Beratung für Familien mit Suchtproblemen",
		    "Beratung bei Alkohol, Drogen und Medien – für Eltern"},
	 .intro = {"Alkohol, Drogen, Glücksspiel oder Medien bestimmen den "
		   "Alltag in Ihrer Familie?",
		   "Wir beraten Mütter und Väter, die selbst ein Suchtproblem "
		   "haben, und ihre Angehörigen."},
	 .body = {"Gemeinsam suchen wir Wege aus der Sucht, die auch für "
		  "Ihre Kinder gut sind.",
		  "Die Beratung ist vertraulich; das Jugendamt erfährt nichts "
		  "ohne Ihr Einverständnis."},
	 .needs = "psyche-sucht",
	 .ages = ALL_AGES,
	 .prevention = "indiziert",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 9:00–12:00 Uhr, Di und Do 14:00–18:00 Uhr",
		      "Offene Sprechstunde mittwochs 15:00–17:00 Uhr"},
	 .flags = F_LANGS},
	{.key = "kinder-psychisch-kranker-eltern",
	 .titles = {"Gruppe für Kinder psychisch kranker Eltern",
		    "Wenn Mama oder Papa seelisch krank ist – Kindergruppe"},
	 .intro = {"Kinder, deren Mutter oder Vater psychisch krank ist, "
		   "fühlen sich oft allein und schuldig.",
		   "In der Gruppe erfahren Kinder, dass sie nicht die "
		   "Einzigen sind."},
	 .body = {"Sie lernen spielerisch, was die Krankheit bedeutet und "
		  "was ihnen guttut.",
		  "Die Eltern werden in Gesprächen begleitet."},
	 .needs = "psyche-sucht|erziehung-bindung",
	 .ages = "6-10|10-14",
	 .prevention = "indiziert",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Montags 16:00–17:30 Uhr, zehn Termine",
		      "Freitags 15:00–16:30 Uhr"},
	 .registration = "Vorgespräch mit den Eltern erforderlich."},
	{.key = "haeusliche-gewalt",
	 .titles = {"Hilfe bei häuslicher Gewalt",
		    "Beratungsstelle gegen häusliche Gewalt",
		    "Beratung für Frauen und Kinder nach Gewalt"},
	 .intro = {"Sie werden zu Hause bedroht, geschlagen oder "
		   "kontrolliert?",
		   "Häusliche Gewalt betrifft immer auch die Kinder, die sie "
		   "miterleben."},
	 .body = {"Wir beraten Sie vertraulich, helfen bei Schutzanordnungen "
		  "und vermitteln einen Platz im Frauenhaus.",
		  "Wir hören zu, glauben Ihnen und planen mit Ihnen, wie Sie "
		  "und Ihre Kinder sicher sind."},
	 .needs = "krise-gewalt|kinderschutz",
	 .ages = ALL_AGES,
	 .prevention = "indiziert",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 9:00–15:00 Uhr, in Notfällen rund um die Uhr "
		      "über das Frauenhaus",
		      "nach Vereinbarung, auch an einem sicheren Ort"},
	 .flags = F_MANY},
	{.key = "schuldnerberatung",
	 .titles = {"Schuldnerberatung für Familien",
		    "Beratung bei Schulden und Geldsorgen"},
	 .intro = {"Rechnungen stapeln sich, und das Geld reicht nicht bis "
		   "zum Monatsende?",
		   "Schulden belasten die ganze Familie."},
	 .body = {"Wir verschaffen uns mit Ihnen einen Überblick, verhandeln "
		  "mit Gläubigern und prüfen, welche Leistungen Ihnen "
		  "zustehen.",
		  "Wir helfen beim Pfändungsschutzkonto und bei der "
		  "Haushaltsplanung."},
	 .needs = "geld-leistungen|alltag-haushalt",
	 .ages = ALL_AGES,
	 .prevention = "selektiv",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Offene Sprechstunde donnerstags 9:00–11:00 Uhr",
		      "nach Vereinbarung"},
	 .registration = "Termin nach telefonischer Anmeldung.",
	 .flags = F_WAIT},
	{.key = "migrationsberatung",
	 .titles = {"Migrationsberatung für Familien",
		    "Beratung für Neuzugewanderte",
		    "Ankommen im Landkreis – Beratung für Familien"},
	 .intro = {"Sie sind neu in Deutschland und haben Fragen zu "
		   "Aufenthalt, Sprache, Arbeit oder Schule?",
		   "Wir beraten zugewanderte Familien in vielen Sprachen."},
	 .body = {"Wir helfen bei Behördenbriefen, bei der Suche nach einem "
		  "Deutschkurs und bei der Anmeldung in Kita und Schule.",
		  "Bei Bedarf kommt eine Sprachmittlerin zum Gespräch dazu."},
	 .needs = "migration-sprache|geld-leistungen",
	 .ages = ALL_AGES,
	 .prevention = "selektiv",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mo, Di, Do 9:00–15:00 Uhr",
		      "Offene Sprechstunde mittwochs 10:00–12:00 Uhr"},
	 .flags = F_MANY},
	{.key = "krisentelefon",
	 .titles = {"Krisentelefon für Eltern",
		    "Elterntelefon – anonym und kostenlos"},
	 .intro = {"Manchmal wächst einem alles über den Kopf.",
		   "Am Elterntelefon hören Ihnen geschulte Beraterinnen und "
		   "Berater zu."},
	 .body = {"Sie müssen Ihren Namen nicht nennen; das Gespräch ist "
		  "kostenlos und vertraulich.",
		  "Gemeinsam überlegen wir, was jetzt hilft, und nennen "
		  "Ihnen Stellen in Ihrer Nähe."},
	 .needs = "krise-gewalt|erziehung-bindung|psyche-sucht",
	 .ages = CHILD_AGES,
	 .prevention = "universell",
	 .access = "telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 9:00–17:00 Uhr, Di und Do bis 19:00 Uhr",
		      "Täglich 17:00–22:00 Uhr"}},
	{.key = "jugendberatung",
	 .titles = {"Jugendberatung", "Online-Beratung für Jugendliche",
		    "Beratung für junge Menschen"},
	 .intro = {"Stress zu Hause, Ärger in der Schule, Liebeskummer oder "
		   "einfach alles zu viel?",
		   "Du kannst mit uns über alles reden, was dich "
		   "beschäftigt."},
	 .body = {"Wir schreiben mit dir im Chat, telefonieren oder treffen "
		  "uns – wie es dir lieber ist.",
		  "Deine Eltern erfahren nichts, wenn du das nicht möchtest."},
	 .needs = "psyche-sucht|krise-gewalt",
	 .ages = "10-14|14-18",
	 .prevention = "universell",
	 .access = "online|telefon|komm",
	 .cost = "kostenlos",
	 .schedule = {"Chat montags bis freitags 15:00–19:00 Uhr",
		      "Offene Sprechstunde dienstags 14:00–17:00 Uhr"}},
	{.key = "elternkurs",
	 .titles = {"Kurs: Starke Eltern – Starke Kinder",
		    "Elternkurs: Gelassen durch die Trotzphase",
		    "Elternkurs für Eltern von Jugendlichen"},
	 .intro = {"Der Kurs stärkt Sie im Erziehungsalltag und hilft, "
		   "Konflikte ohne Schreien zu lösen.",
		   "An acht Abenden tauschen Sie sich mit anderen Eltern aus "
		   "und probieren Neues aus."},
	 .body = {"Es geht um Regeln und Grenzen, um Lob und darum, wie "
		  "Sie als Eltern auf sich selbst achten.",
		  "Eine Kinderbetreuung ist auf Wunsch möglich."},
	 .needs = "erziehung-bindung",
	 .ages = "1-3|3-6|6-10|10-14",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "30 € für acht Abende, Ermäßigung möglich",
	 .schedule = {"Dienstags 19:00–21:00 Uhr, acht Abende",
		      "Donnerstags 9:30–11:30 Uhr, acht Termine"},
	 .registration = "Anmeldung bis eine Woche vor Kursbeginn.",
	 .flags = F_WAIT},
	{.key = "iseff",
	 .titles = {"Beratung durch eine insoweit erfahrene Fachkraft "
		    "(§ 8a SGB VIII)",
		    "Kinderschutzberatung für Fachkräfte",
		    "Fachberatung Kinderschutz"},
	 .intro = {"Sie arbeiten mit Kindern und machen sich Sorgen um ein "
		   "Kind?",
		   "Fachkräfte aus Kita, Schule, Verein oder Praxis haben "
		   "einen Anspruch auf Beratung, wenn sie eine Gefährdung "
		   "vermuten."},
	 .body = {"Eine insoweit erfahrene Fachkraft hilft Ihnen, die Lage "
		  "einzuschätzen und die nächsten Schritte zu planen.",
		  "Die Beratung erfolgt ohne Namen des Kindes und der "
		  "Familie."},
	 .needs = "kinderschutz",
	 .ages = ALL_AGES,
	 .prevention = "indiziert",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .eligibility = "Für Fachkräfte aus Kitas, Schulen, Vereinen und "
			"Praxen, die sich Sorgen um ein Kind machen.",
	 .schedule = {"Mo–Fr 8:00–16:00 Uhr, Termin meist innerhalb von zwei "
		      "Tagen",
		      "nach Vereinbarung"},
	 .registration = "Bitte rufen Sie an."},
	/* youth welfare office and independent providers */
	{.key = "kinderschutz-telefon",
	 .titles = {"Kinderschutz-Telefon des Jugendamts",
		    "Sorgen um ein Kind? Kinderschutz-Notruf"},
	 .intro = {"Wenn Sie sich Sorgen um ein Kind machen, können Sie das "
		   "Jugendamt jederzeit anrufen.",
		   "Kinder haben ein Recht auf Schutz vor Gewalt und "
		   "Vernachlässigung."},
	 .body = {"Fachkräfte nehmen Ihre Meldung ernst, auch anonym, und "
		  "kümmern sich noch am selben Tag.",
		  "Auch Kinder und Jugendliche selbst können anrufen."},
	 .needs = "kinderschutz|krise-gewalt",
	 .ages = ALL_AGES,
	 .prevention = "indiziert",
	 .access = "telefon|komm",
	 .cost = "kostenlos",
	 .schedule = {"Rund um die Uhr erreichbar, außerhalb der Dienstzeit "
		      "über die Rettungsleitstelle",
		      "Mo–Fr 8:00–16:00 Uhr, sonst über die Leitstelle"}},
	{.key = "asd",
	 .titles = {"Beratung im Allgemeinen Sozialen Dienst",
		    "Hilfen zur Erziehung beantragen",
		    "Allgemeiner Sozialer Dienst – Beratung für Familien"},
	 .intro = {"Der Allgemeine Soziale Dienst berät Familien in "
		   "schwierigen Lebenslagen.",
		   "Wenn Sie mit der Erziehung nicht mehr weiterwissen, "
		   "können Sie Hilfe beim Jugendamt beantragen."},
	 .body = {"Gemeinsam klären wir, welche Hilfe passt, zum Beispiel "
		  "eine Familienhelferin oder eine Tagesgruppe.",
		  "Wir kommen auch zu Ihnen nach Hause."},
	 .needs = "erziehung-bindung|kinderschutz|alltag-haushalt|"
		  "krise-gewalt",
	 .ages = ALL_AGES,
	 .prevention = "selektiv",
	 .access = "komm|geh|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:00–12:00 Uhr, Do 14:00–17:00 Uhr",
		      "nach Vereinbarung"},
	 .flags = F_LANGS},
	{.key = "willkommensbesuch",
	 .titles = {"Willkommensbesuch für Neugeborene",
		    "Babybegrüßung: Besuch mit Willkommenspaket"},
	 .intro = {"Nach der Geburt bekommen alle Familien im Landkreis einen "
		   "Brief mit dem Angebot eines Willkommensbesuchs.",
		   "Herzlichen Glückwunsch zur Geburt Ihres Kindes!"},
	 .body = {"Eine Mitarbeiterin bringt ein kleines Geschenk und "
		  "Informationen zu Angeboten in Ihrer Nähe mit; der Besuch "
		  "ist freiwillig.",
		  "Sie erfahren, wo es Krabbelgruppen, Beratung und Hilfe bei "
		  "Anträgen gibt."},
	 .needs = "schwangerschaft-geburt|geld-leistungen|begegnung",
	 .ages = "0-1",
	 .prevention = "universell",
	 .access = "geh",
	 .cost = "kostenlos",
	 .schedule = {"Besuche nach Terminabsprache",
		      "Hausbesuche in den ersten drei Lebensmonaten"},
	 .flags = F_LANGS},
	{.key = "beistandschaft",
	 .titles = {"Beistandschaft und Unterhalt",
		    "Beratung zu Unterhalt und Vaterschaft"},
	 .intro = {"Das Jugendamt hilft Müttern und Vätern, den Unterhalt für "
		   "ihr Kind zu regeln.",
		   "Sie sind nicht verheiratet und möchten die Vaterschaft "
		   "anerkennen lassen?"},
	 .body = {"Wir beurkunden Vaterschaft und gemeinsame Sorge kostenlos "
		  "und berechnen den Unterhalt.",
		  "Auf Wunsch übernimmt das Jugendamt als Beistand die "
		  "Durchsetzung des Unterhalts."},
	 .needs = "geld-leistungen",
	 .ages = ALL_AGES,
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:00–12:00 Uhr, Do 14:00–17:00 Uhr",
		      "nach Vereinbarung"},
	 .registration = "Termin für Beurkundungen erforderlich."},
	{.key = "unterhaltsvorschuss",
	 .titles = {"Unterhaltsvorschuss",
		    "Unterhaltsvorschuss für Alleinerziehende"},
	 .intro = {"Wenn der andere Elternteil keinen oder zu wenig "
		   "Unterhalt zahlt, hilft der Unterhaltsvorschuss.",
		   "Alleinerziehende können Unterhaltsvorschuss für Kinder "
		   "bis 18 Jahre beantragen."},
	 .body = {"Wir beraten Sie zum Antrag, den Sie auch online stellen "
		  "können.",
		  "Bringen Sie bitte die Geburtsurkunde des Kindes und Ihre "
		  "Einkommensnachweise mit."},
	 .needs = "geld-leistungen",
	 .ages = CHILD_AGES,
	 .prevention = "selektiv",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:00–12:00 Uhr", "nach Vereinbarung"}},
	{.key = "kita-vermittlung",
	 .titles = {"Vermittlung von Kindertagespflege",
		    "Kita-Platz und Tagespflege finden"},
	 .intro = {"Sie suchen einen Platz in Kita oder Kindertagespflege?",
		   "Das Jugendamt berät Eltern zu allen Formen der "
		   "Kinderbetreuung im Landkreis."},
	 .body = {"Wir vermitteln Tagesmütter und Tagesväter und helfen bei "
		  "der Anmeldung im Kita-Portal.",
		  "Ab dem ersten Geburtstag hat jedes Kind einen Anspruch auf "
		  "einen Betreuungsplatz."},
	 .needs = "betreuung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "universell",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Do 8:00–15:00 Uhr, Fr 8:00–12:00 Uhr",
		      "nach Vereinbarung"}},
	{.key = "pflegekinder",
	 .titles = {"Pflegekinderdienst – Infoabend für Pflegeeltern",
		    "Pflegefamilie werden"},
	 .intro = {"Manche Kinder können nicht bei ihren Eltern leben und "
		   "brauchen eine Pflegefamilie.",
		   "Sie können sich vorstellen, einem Kind ein Zuhause auf "
		   "Zeit zu geben?"},
	 .body = {"Am Infoabend erfahren Sie, was Pflegeeltern leisten und "
		  "wie wir Sie begleiten.",
		  "Wir bereiten Sie in einem Kurs vor und beraten Sie danach "
		  "regelmäßig."},
	 .needs = "kinderschutz|betreuung",
	 .ages = CHILD_AGES,
	 .prevention = "indiziert",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Vierteljährlich, donnerstags 19:00 Uhr",
		      "nach Vereinbarung"},
	 .registration = "Bitte melden Sie sich zum Infoabend an."},
	{.key = "spfh",
	 .titles = {"Sozialpädagogische Familienhilfe",
		    "Familienhilfe zu Hause"},
	 .intro = {"Eine Familienhelferin kommt regelmäßig zu Ihnen nach "
		   "Hause und unterstützt Sie im Alltag.",
		   "Wenn vieles zusammenkommt, hilft eine Begleitung über "
		   "mehrere Monate."},
	 .body = {"Es geht um Erziehung, Geld, Behördenpost und um Wege, "
		  "wie es zu Hause wieder ruhiger wird.",
		  "Die Hilfe wird beim Jugendamt beantragt; wir helfen "
		  "dabei."},
	 .needs = "erziehung-bindung|alltag-haushalt|kinderschutz",
	 .ages = CHILD_AGES,
	 .prevention = "indiziert",
	 .access = "geh",
	 .cost = "kostenlos",
	 .cost_note = "Hilfe zur Erziehung nach § 31 SGB VIII, über das "
		      "Jugendamt.",
	 .schedule = {"Hausbesuche nach Vereinbarung",
		      "mehrmals wöchentlich nach Absprache"},
	 .registration = "Antrag über den Allgemeinen Sozialen Dienst des "
			 "Jugendamts.",
	 .flags = F_LANGS},
	{.key = "familienpaten",
	 .titles = {"Familienpatenschaften",
		    "Ehrenamtliche Familienpatinnen und -paten",
		    "Praktische Hilfe im ersten Jahr nach der Geburt"},
	 .intro = {"Ehrenamtliche Patinnen und Paten schenken Familien "
		   "einmal in der Woche ein paar Stunden Zeit.",
		   "Nach der Geburt ist alles neu, und Großeltern wohnen oft "
		   "weit weg."},
	 .body = {"Sie spielen mit dem Geschwisterkind, gehen mit dem Baby "
		  "spazieren oder hören einfach zu.",
		  "Eine Fachkraft begleitet die Patenschaften und ist für "
		  "Fragen da."},
	 .needs = "alltag-haushalt|begegnung",
	 .ages = "0-1|1-3|3-6|6-10",
	 .prevention = "universell",
	 .access = "geh",
	 .cost = "kostenlos",
	 .schedule = {"Einmal wöchentlich nach Absprache",
		      "Besuche nach Vereinbarung"},
	 .registration = "Melden Sie sich telefonisch; wir besuchen Sie zu "
			 "einem ersten Gespräch.",
	 .flags = F_WAIT},
	{.key = "schulsozialarbeit",
	 .titles = {"Schulsozialarbeit", "Sprechstunde der Schulsozialarbeit",
		    "Schulsozialarbeit – Beratung für Schüler und Eltern"},
	 .intro = {"Die Schulsozialarbeiterin ist an jedem Schultag im Haus "
		   "und hat ein offenes Ohr.",
		   "Ärger mit Mitschülern, Sorgen zu Hause oder keine Lust "
		   "mehr auf Schule?"},
	 .body = {"Sie berät Schülerinnen, Schüler und Eltern vertraulich und "
		  "vermittelt weitere Hilfe.",
		  "Sie leitet auch Gruppen zu Streitschlichtung und "
		  "Klassenklima."},
	 .needs = "erziehung-bindung|krise-gewalt",
	 .ages = "6-10|10-14|14-18",
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:00–13:30 Uhr", "Mo–Do 7:45–15:00 Uhr"}},
	{.key = "jugendtreff",
	 .titles = {"Offener Jugendtreff", "Jugendcafé",
		    "Jugendtreff mit Hausaufgabenecke"},
	 .intro = {"Der Jugendtreff ist ein Ort für alle zwischen zwölf und "
		   "achtzehn Jahren.",
		   "Kicker, Musik, Kochen und Ausflüge – und jemand, der "
		   "zuhört."},
	 .body = {"Pädagogische Fachkräfte sind da, wenn du Rat brauchst.",
		  "Du kannst einfach vorbeikommen, ohne Anmeldung."},
	 .needs = "begegnung",
	 .ages = "10-14|14-18",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Di–Fr 14:00–19:00 Uhr", "Mo, Mi, Fr 15:00–20:00 Uhr"}},
	{.key = "alleinerziehende",
	 .titles = {"Treffpunkt für Alleinerziehende",
		    "Frühstück für Alleinerziehende mit Kinderbetreuung"},
	 .intro = {"Alleinerziehende Mütter und Väter treffen sich zum "
		   "Frühstück und zum Austausch.",
		   "Allein mit Kind ist vieles doppelt so schwer."},
	 .body = {"Die Kinder werden in der Zeit betreut; Fragen zu Geld, "
		  "Unterhalt und Betreuung haben Platz.",
		  "Hier finden Sie Menschen in derselben Lage und oft auch "
		  "praktische Hilfe."},
	 .needs = "begegnung|alltag-haushalt|geld-leistungen",
	 .ages = "0-1|1-3|3-6|6-10",
	 .prevention = "selektiv",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Jeden zweiten Samstag 10:00–12:00 Uhr",
		      "Mittwochs 9:00–11:00 Uhr"}},
	{.key = "mutter-kind-wohnen",
	 .titles = {"Mutter-Kind-Wohnen für junge Mütter",
		    "Betreutes Wohnen für junge Eltern mit Kind"},
	 .intro = {"Junge Mütter und Väter, die Unterstützung brauchen, "
		   "wohnen bei uns mit ihrem Kind.",
		   "Schwangere und junge Mütter finden hier ein Zuhause auf "
		   "Zeit."},
	 .body = {"Fachkräfte sind rund um die Uhr da und helfen bei Pflege, "
		  "Erziehung, Schule und Ausbildung.",
		  "Ziel ist ein selbständiges Leben mit dem Kind."},
	 .needs = "alltag-haushalt|erziehung-bindung|kinderschutz",
	 .ages = "schwangerschaft|0-1|1-3|14-18",
	 .prevention = "indiziert",
	 .access = "komm",
	 .cost = "kostenlos",
	 .cost_note = "Hilfe nach § 19 SGB VIII, über das Jugendamt.",
	 .schedule = {"Aufnahme nach Vorgespräch",
		      "Vorgespräche nach Vereinbarung"},
	 .registration = "Über das Jugendamt oder direkt bei uns.",
	 .flags = F_WAIT},
	/* day care */
	{.key = "kita-plaetze",
	 .titles = {"Betreuungsplätze für Kinder von 1 bis 6 Jahren",
		    "Krippen- und Kindergartenplätze",
		    "Ganztagsbetreuung in der Kita"},
	 .intro = {"In unserer Kita spielen, lernen und toben Kinder vom "
		   "ersten Geburtstag bis zur Einschulung.",
		   "Wir betreuen Kinder in Krippen- und Kindergartengruppen "
		   "mit viel Zeit zum freien Spiel."},
	 .body = {"Ein großer Garten, ein Bewegungsraum und frisch gekochtes "
		  "Mittagessen gehören dazu.",
		  "Die Eingewöhnung gestalten wir behutsam gemeinsam mit "
		  "Ihnen."},
	 .needs = "betreuung",
	 .ages = "1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "Kindergarten ab drei Jahren beitragsfrei, Krippe nach "
		      "Einkommen; Mittagessen 3,20 € am Tag",
	 .schedule = {"Mo–Fr 7:00–16:00 Uhr", "Mo–Fr 7:30–14:30 Uhr"},
	 .registration = "Anmeldung über das Kita-Portal des Landkreises oder "
			 "direkt bei uns.",
	 .flags = F_WAIT},
	{.key = "krippe",
	 .titles = {"Krippenplätze für Kinder unter drei Jahren",
		    "Krippengruppe für die Kleinsten"},
	 .intro = {"In unserer Krippengruppe betreuen wir bis zu fünfzehn "
		   "Kinder unter drei Jahren.",
		   "Die Kleinsten brauchen feste Bezugspersonen, Ruhe und "
		   "Geborgenheit."},
	 .body = {"Wir gewöhnen jedes Kind behutsam in Begleitung der Eltern "
		  "ein.",
		  "Schlafraum, Wickelraum und ein eigener Garten sind auf die "
		  "Kleinen ausgerichtet."},
	 .needs = "betreuung",
	 .ages = "0-1|1-3",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "nach Einkommen der Eltern (Satzung des Landkreises)",
	 .schedule = {"Mo–Fr 7:30–15:00 Uhr", "Mo–Fr 8:00–13:00 Uhr"},
	 .registration = "Anmeldung über das Kita-Portal des Landkreises.",
	 .flags = F_WAIT},
	{.key = "tagespflege",
	 .titles = {"Kindertagespflege in familiärer Atmosphäre",
		    "Tagesmutter: bis zu fünf Kinder ab einem Jahr",
		    "Kindertagespflege mit flexiblen Zeiten"},
	 .intro = {"In der Kindertagespflege werden bis zu fünf Kinder in "
		   "einer kleinen, familiären Gruppe betreut.",
		   "Eine qualifizierte Tagespflegeperson betreut Ihr Kind in "
		   "ihren eigenen Räumen."},
	 .body = {"Feste Bezugsperson, gemeinsame Mahlzeiten und viel Zeit "
		  "draußen prägen den Tag.",
		  "Auch Randzeiten am frühen Morgen sind nach Absprache "
		  "möglich."},
	 .needs = "betreuung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "nach Einkommen (Satzung des Landkreises)",
	 .schedule = {"Mo–Fr 7:00–15:00 Uhr", "Mo–Do 6:30–16:00 Uhr"},
	 .registration = "Vermittlung über das Jugendamt oder direkt.",
	 .flags = F_WAIT},
	{.key = "kita-elterncafe",
	 .titles = {"Elterncafé in der Kita", "Eltern-Treff am Nachmittag"},
	 .intro = {"Einmal in der Woche öffnen wir beim Abholen unser "
		   "Elterncafé.",
		   "Eltern lernen sich bei Kaffee und Kuchen kennen, während "
		   "die Kinder noch spielen."},
	 .body = {"Manchmal kommt eine Fachfrau dazu, etwa zu Sprache, "
		  "Schlafen oder Medien.",
		  "Geschwisterkinder sind herzlich willkommen."},
	 .needs = "begegnung|erziehung-bindung",
	 .ages = "1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Freitags 14:00–15:30 Uhr",
		      "Jeden ersten Mittwoch im Monat 15:00–16:30 Uhr"},
	 .flags = F_LANGS},
	{.key = "sprachfoerderung",
	 .titles = {"Sprachförderung in der Kita",
		    "Alltagsintegrierte Sprachbildung",
		    "Sprachkita: Mit Kindern ins Gespräch kommen"},
	 .intro = {"Viele Kinder in unserer Kita wachsen mit zwei oder mehr "
		   "Sprachen auf.",
		   "Sprache lernen Kinder am besten im Alltag – beim Spielen, "
		   "Essen und Vorlesen."},
	 .body = {"Eine Sprachfachkraft fördert die Kinder in kleinen "
		  "Gruppen und berät die Eltern.",
		  "Wir schätzen alle Familiensprachen und haben Bücher in "
		  "vielen Sprachen."},
	 .needs = "migration-sprache|gesundheit-entwicklung",
	 .ages = "1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Im Kita-Alltag, Mo–Fr vormittags",
		      "Kleingruppen dienstags und donnerstags"},
	 .flags = F_MANY},
	{.key = "eltern-kind-gruppe",
	 .titles = {"Eltern-Kind-Gruppe für Kinder unter drei",
		    "Spielgruppe für Kinder von 1 bis 3 Jahren",
		    "Krabbelgruppe"},
	 .intro = {"Eltern und Kinder unter drei Jahren spielen, singen und "
		   "frühstücken gemeinsam.",
		   "In der Gruppe lernen die Kleinen andere Kinder kennen und "
		   "die Eltern einander."},
	 .body = {"Eine Erzieherin leitet die Gruppe und hat Zeit für "
		  "Fragen.",
		  "Wer mag, bringt etwas fürs gemeinsame Frühstück mit."},
	 .needs = "begegnung|erziehung-bindung",
	 .ages = "0-1|1-3",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Mittwochs 9:30–11:00 Uhr", "Montags 15:00–16:30 Uhr"}},
	{.key = "hort",
	 .titles = {"Hortbetreuung nach der Schule",
		    "Nachmittagsbetreuung für Grundschulkinder"},
	 .intro = {"Nach der Schule kommen die Kinder zu uns, essen zu Mittag "
		   "und machen Hausaufgaben.",
		   "Der Hort betreut Grundschulkinder bis zum späten "
		   "Nachmittag und in den Ferien."},
	 .body = {"Danach ist Zeit zum Spielen, für Ausflüge und "
		  "Arbeitsgemeinschaften.",
		  "In den Ferien gibt es ein eigenes Programm."},
	 .needs = "betreuung",
	 .ages = "6-10",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "nach Einkommen der Eltern, Mittagessen 3,50 €",
	 .schedule = {"Mo–Fr 11:30–17:00 Uhr", "Mo–Fr 12:00–16:30 Uhr"},
	 .registration = "Anmeldung im Frühjahr für das neue Schuljahr.",
	 .flags = F_WAIT},
	/* family centres */
	{.key = "elterncafe",
	 .titles = {"Elterncafé mit Kinderbetreuung",
		    "Offener Treff für Eltern mit Babys", "Familienfrühstück"},
	 .intro = {"Im Elterncafé treffen sich Mütter und Väter mit kleinen "
		   "Kindern.",
		   "Kommen Sie vorbei, trinken Sie einen Kaffee und lernen Sie "
		   "andere Eltern kennen."},
	 .body = {"Die Kinder spielen nebenan, betreut von einer "
		  "Erzieherin.",
		  "Eine Fachkraft des Familienzentrums ist da und beantwortet "
		  "Fragen."},
	 .needs = "begegnung|erziehung-bindung",
	 .ages = "schwangerschaft|0-1|1-3",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Dienstags 9:30–11:00 Uhr", "Freitags 9:00–11:30 Uhr"},
	 .flags = F_LANGS},
	{.key = "krabbelgruppe",
	 .titles = {"Krabbelgruppe", "Krabbelgruppe für Babys ab 6 Monaten",
		    "Baby-Treff für Kinder im ersten Lebensjahr"},
	 .intro = {"In der Krabbelgruppe entdecken Babys gemeinsam die Welt.",
		   "Eltern mit Babys treffen sich zum Spielen, Singen und "
		   "Erzählen."},
	 .body = {"Eine Fachkraft gibt Anregungen für Spiel und Bewegung.",
		  "Hier entstehen oft Freundschaften – für Kinder und "
		  "Eltern."},
	 .needs = "begegnung|gesundheit-entwicklung",
	 .ages = "0-1|1-3",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "1 € je Treffen für Getränke",
	 .schedule = {"Montags 10:00–11:30 Uhr", "Donnerstags 9:30–11:00 Uhr"}},
	{.key = "deutschkurs-muetter",
	 .titles = {"Deutschkurs für Mütter mit Kinderbetreuung",
		    "Sprachcafé für Eltern", "Deutsch lernen mit Baby"},
	 .intro = {"Mütter lernen Deutsch für den Alltag: beim Arzt, in der "
		   "Kita, beim Einkaufen.",
		   "Im Sprachcafé üben Eltern Deutsch im Gespräch."},
	 .body = {"Die Kinder werden währenddessen im Nebenraum betreut.",
		  "Alle Sprachniveaus sind willkommen; wir lernen in kleinen "
		  "Gruppen."},
	 .needs = "migration-sprache|begegnung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "selektiv",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Dienstags und donnerstags 9:00–11:30 Uhr",
		      "Mittwochs 15:00–17:00 Uhr"},
	 .registration = "Einstieg jederzeit, bitte kurz anmelden.",
	 .flags = F_MANY},
	{.key = "vaeter",
	 .titles = {"Väter-Kind-Samstag", "Papa-Treff",
		    "Vätergruppe mit Kindern"},
	 .intro = {"Einmal im Monat gehört der Samstagvormittag den Vätern "
		   "und ihren Kindern.",
		   "Väter und ihre Kinder bauen, kochen, toben oder gehen "
		   "gemeinsam in den Wald."},
	 .body = {"Beim Frühstück ist Zeit für Gespräche unter Vätern.",
		  "Die Mütter haben in der Zeit frei."},
	 .needs = "begegnung|erziehung-bindung",
	 .ages = "1-3|3-6|6-10",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Erster Samstag im Monat 10:00–13:00 Uhr",
		      "Jeden zweiten Samstag 9:30–12:00 Uhr"}},
	{.key = "offene-sprechstunde",
	 .titles = {"Offene Sprechstunde im Familienzentrum",
		    "Familienberatung ohne Termin"},
	 .intro = {"Sie haben eine Frage zu Erziehung, Geld oder Behörden?",
		   "Manchmal hilft schon ein Gespräch, um den nächsten Schritt "
		   "zu sehen."},
	 .body = {"Eine Sozialpädagogin hört zu, hilft beim Ausfüllen von "
		  "Formularen und vermittelt weiter.",
		  "Sie können einfach vorbeikommen, auch mit Kindern."},
	 .needs = "erziehung-bindung|geld-leistungen|alltag-haushalt",
	 .ages = ALL_AGES,
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Donnerstags 14:00–16:00 Uhr", "Montags 9:00–11:00 Uhr"},
	 .flags = F_LANGS},
	{.key = "hausaufgabenhilfe",
	 .titles = {"Hausaufgabenhilfe", "Lernhilfe für Grundschulkinder"},
	 .intro = {"Ehrenamtliche helfen Kindern nach der Schule bei den "
		   "Hausaufgaben.",
		   "Lesen, Rechnen, Deutsch: Gemeinsam geht es leichter."},
	 .body = {"Kinder, deren Eltern wenig Deutsch sprechen, sind "
		  "besonders willkommen.",
		  "Danach ist noch Zeit zum Spielen."},
	 .needs = "betreuung|migration-sprache",
	 .ages = "6-10|10-14",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Do 14:00–16:00 Uhr", "Dienstags und donnerstags "
					       "15:00–16:30 Uhr"}},
	{.key = "erste-hilfe",
	 .titles = {"Erste Hilfe am Kind", "Kurs: Notfälle bei Babys und "
					   "Kleinkindern"},
	 .intro = {"Was tun, wenn das Kind sich verschluckt, hohes Fieber hat "
		   "oder gestürzt ist?",
		   "In vier Stunden lernen Eltern und Großeltern, in Notfällen "
		   "richtig zu handeln."},
	 .body = {"Ein Rettungssanitäter zeigt die wichtigsten Handgriffe an "
		  "Übungspuppen.",
		  "Sie üben Wiederbelebung und die stabile Seitenlage."},
	 .needs = "gesundheit-entwicklung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "25 € pro Person, Paare 40 €",
	 .schedule = {"Samstags 9:00–13:00 Uhr", "Zwei Abende, dienstags "
						 "18:30–20:30 Uhr"},
	 .registration = "Anmeldung erforderlich."},
	{.key = "beikost",
	 .titles = {"Kurs: Vom Stillen zum Familientisch",
		    "Beikost-Workshop für Eltern"},
	 .intro = {"Wann ist mein Baby bereit für den ersten Brei?",
		   "Eine Ernährungsberaterin erklärt, wie der Weg zum "
		   "Familientisch gelingt."},
	 .body = {"Wir kochen gemeinsam einfache Breie und sprechen über "
		  "Fingerfood und Allergien.",
		  "Babys dürfen mitkommen."},
	 .needs = "schreien-schlafen-fuettern|gesundheit-entwicklung",
	 .ages = "0-1",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "10 € inklusive Zutaten",
	 .schedule = {"Dienstags 10:00–12:00 Uhr",
		      "Einmal im Monat samstags 10:00–12:00 Uhr"},
	 .registration = "Anmeldung erforderlich."},
	{.key = "schlaf",
	 .titles = {"Elternabend: Wenn das Kind nicht schlafen will",
		    "Gesprächsrunde: Schlafen, Schreien, Trotzen"},
	 .intro = {"Viele Eltern kleiner Kinder schlafen seit Monaten zu "
		   "wenig.",
		   "Warum wacht mein Kind nachts so oft auf?"},
	 .body = {"Eine Familienberaterin erklärt, wie sich der Schlaf "
		  "entwickelt und was Eltern entlastet.",
		  "Danach ist Zeit für Ihre Fragen."},
	 .needs = "schreien-schlafen-fuettern|erziehung-bindung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "universell",
	 .access = "komm|online",
	 .cost = "kostenlos",
	 .schedule = {"Quartalsweise, mittwochs 19:30–21:00 Uhr",
		      "Online, erster Montag im Monat 20:00 Uhr"},
	 .registration = "Bitte melden Sie sich an."},
	{.key = "geschwisterkurs",
	 .titles = {"Geschwisterkurs: Ich werde große Schwester, großer "
		    "Bruder",
		    "Kurs für werdende Geschwister"},
	 .intro = {"Bald kommt ein Baby – und das große Geschwisterkind hat "
		   "viele Fragen.",
		   "Kinder von drei bis sechs Jahren bereiten sich spielerisch "
		   "auf das Baby vor."},
	 .body = {"Sie wickeln Puppen, hören Geschichten und erfahren, was "
		  "ein Baby braucht.",
		  "Die Eltern bekommen Tipps gegen Eifersucht."},
	 .needs = "schwangerschaft-geburt|erziehung-bindung",
	 .ages = "schwangerschaft|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "8 € je Kind",
	 .schedule = {"Samstags 10:00–11:30 Uhr",
		      "Zwei Nachmittage, freitags 15:00–16:30 Uhr"},
	 .registration = "Anmeldung erforderlich."},
	/* schools, job centre, social welfare office, police */
	{.key = "ganztag",
	 .titles = {"Offener Ganztag und Hausaufgabenbetreuung",
		    "Ganztagsangebot am Nachmittag"},
	 .intro = {"An vier Tagen in der Woche bleiben die Kinder nach dem "
		   "Unterricht in der Schule.",
		   "Nach dem Mittagessen gibt es eine Lernzeit und danach "
		   "Arbeitsgemeinschaften."},
	 .body = {"Sport, Musik, Kochen und Natur stehen zur Wahl.",
		  "Die Anmeldung gilt jeweils für ein Schulhalbjahr."},
	 .needs = "betreuung",
	 .ages = "6-10|10-14",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "Mittagessen 3,50 € am Tag, Ganztag beitragsfrei",
	 .schedule = {"Mo–Do bis 15:30 Uhr", "Mo–Fr bis 16:00 Uhr"},
	 .registration = "Anmeldung im Sekretariat."},
	{.key = "beratungslehrkraft",
	 .titles = {"Beratungslehrkraft: Sprechstunde für Eltern und "
		    "Schüler",
		    "Schulische Beratung bei Lern- und Verhaltensproblemen"},
	 .intro = {"Die Beratungslehrerin unterstützt bei Lernproblemen, "
		   "Prüfungsangst und Konflikten.",
		   "Ihr Kind geht nicht mehr gern zur Schule?"},
	 .body = {"Gemeinsam mit Eltern, Kind und Klassenlehrkraft suchen "
		  "wir eine Lösung.",
		  "Bei Bedarf vermitteln wir die Schulpsychologie oder eine "
		  "Beratungsstelle."},
	 .needs = "erziehung-bindung|psyche-sucht",
	 .ages = "6-10|10-14|14-18",
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Dienstags 11:30–13:00 Uhr", "nach Vereinbarung"}},
	{.key = "streitschlichtung",
	 .titles = {"Streitschlichtung und Anti-Mobbing-Programm",
		    "Mobbing-Sprechstunde für Schülerinnen und Schüler"},
	 .intro = {"Wer gemobbt wird, braucht schnell Hilfe.",
		   "Ausgebildete Streitschlichterinnen und Lehrkräfte helfen, "
		   "Konflikte fair zu lösen."},
	 .body = {"Eltern und Schüler können sich vertraulich melden.",
		  "Das Programm stärkt den Zusammenhalt in den Klassen."},
	 .needs = "krise-gewalt",
	 .ages = "6-10|10-14|14-18",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"In jeder großen Pause im Raum 12",
		      "Donnerstags 13:00–14:00 Uhr"}},
	{.key = "sprachlernklasse",
	 .titles = {"Sprachlernklasse für neu zugewanderte Kinder",
		    "Deutsch als Zweitsprache in der Schule"},
	 .intro = {"Kinder und Jugendliche, die neu in Deutschland sind, "
		   "lernen bei uns zuerst Deutsch.",
		   "In kleinen Gruppen lernen neu zugewanderte Kinder "
		   "Deutsch."},
	 .body = {"Nach und nach nehmen sie am Unterricht ihrer Klasse teil.",
		  "Eltern beraten wir mit Sprachmittlerinnen."},
	 .needs = "migration-sprache",
	 .ages = "6-10|10-14|14-18",
	 .prevention = "selektiv",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Täglich im Vormittagsunterricht",
		      "Mo–Fr 8:00–12:15 Uhr"},
	 .registration = "Anmeldung über das Sekretariat.",
	 .flags = F_MANY},
	{.key = "jc-alleinerziehende",
	 .titles = {"Beratung für Alleinerziehende im Jobcenter",
		    "Arbeit und Familie: Beratung für Eltern"},
	 .intro = {"Arbeit und Kinder unter einen Hut zu bringen, ist für "
		   "Alleinerziehende besonders schwer.",
		   "Eine Ansprechpartnerin im Jobcenter berät Eltern, die "
		   "wieder arbeiten möchten."},
	 .body = {"Wir suchen mit Ihnen nach Arbeit in Teilzeit und helfen "
		  "bei der Suche nach Kinderbetreuung.",
		  "Wir klären auch Mehrbedarf und Leistungen für Ihre "
		  "Kinder."},
	 .needs = "geld-leistungen|betreuung",
	 .ages = "0-1|1-3|3-6|6-10|10-14",
	 .prevention = "selektiv",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Termine nach Vereinbarung",
		      "Offene Sprechstunde dienstags 8:00–12:00 Uhr"},
	 .flags = F_LANGS},
	{.key = "teilzeitausbildung",
	 .titles = {"Ausbildung in Teilzeit für junge Eltern",
		    "Berufseinstieg für junge Mütter und Väter"},
	 .intro = {"Junge Eltern können eine Ausbildung auch in Teilzeit "
		   "machen.",
		   "Mit Kind eine Ausbildung? Das geht."},
	 .body = {"Wir beraten zu Betrieben, Kinderbetreuung und finanzieller "
		  "Unterstützung während der Ausbildung.",
		  "Ein Coaching begleitet Sie im ersten Ausbildungsjahr."},
	 .needs = "geld-leistungen|betreuung",
	 .ages = "0-1|1-3|3-6",
	 .prevention = "selektiv",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"nach Vereinbarung", "Infoabend jeden ersten Mittwoch "
					   "im Monat, 17:00 Uhr"}},
	{.key = "bildung-teilhabe",
	 .titles = {"Bildung und Teilhabe: Zuschüsse für Schule, Ausflüge und "
		    "Vereine",
		    "Bildungspaket beantragen"},
	 .intro = {"Familien mit wenig Geld bekommen Zuschüsse für "
		   "Schulsachen, Klassenfahrten, Mittagessen und "
		   "Vereinsbeiträge.",
		   "Ihr Kind soll beim Schulausflug und im Sportverein "
		   "dabei sein können?"},
	 .body = {"Wir erklären, wer den Zuschuss bekommt, und helfen beim "
		  "Antrag.",
		  "Auch Lernförderung kann bezahlt werden, wenn die Schule "
		  "sie empfiehlt."},
	 .needs = "geld-leistungen",
	 .ages = "1-3|3-6|6-10|10-14|14-18",
	 .prevention = "selektiv",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:00–12:00 Uhr", "Di 8:00–12:00 Uhr, Do "
					      "14:00–17:00 Uhr"},
	 .flags = F_LANGS},
	{.key = "wohngeld",
	 .titles = {"Wohngeld und Kinderzuschlag – Beratung",
		    "Beratung zu Wohngeld für Familien"},
	 .intro = {"Wenn das Einkommen knapp ist, können Familien Wohngeld "
		   "und Kinderzuschlag bekommen.",
		   "Die Miete frisst das halbe Einkommen?"},
	 .body = {"Wir prüfen mit Ihnen, welche Leistung die richtige ist, "
		  "und nehmen den Antrag auf.",
		  "Bringen Sie bitte Mietvertrag und Einkommensnachweise "
		  "mit."},
	 .needs = "geld-leistungen",
	 .ages = ALL_AGES,
	 .prevention = "universell",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo, Di, Do 8:00–12:00 Uhr, Do 14:00–17:30 Uhr",
		      "nach Vereinbarung"}},
	{.key = "elterngeldstelle",
	 .titles = {"Elterngeldstelle", "Elterngeld und ElterngeldPlus – "
					"Beratung"},
	 .intro = {"Die Elterngeldstelle berät werdende Eltern zu Elterngeld, "
		   "ElterngeldPlus und Partnerschaftsbonus.",
		   "Wie teilen wir uns die Elternzeit am besten auf?"},
	 .body = {"Wir rechnen verschiedene Modelle mit Ihnen durch und "
		  "prüfen Ihren Antrag vor der Abgabe.",
		  "Den Antrag können Sie auch online stellen."},
	 .needs = "geld-leistungen|schwangerschaft-geburt",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "universell",
	 .access = "komm|telefon|online",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:30–12:00 Uhr, Do 14:00–17:00 Uhr",
		      "Telefonisch Mo–Do 9:00–15:00 Uhr"}},
	{.key = "opferschutz",
	 .titles = {"Opferschutzberatung der Polizei",
		    "Beratung für Opfer von Gewalt"},
	 .intro = {"Die Opferschutzbeauftragten der Polizei beraten Menschen, "
		   "die Opfer einer Straftat geworden sind.",
		   "Nach Gewalt in der Familie wissen viele nicht, wie es "
		   "weitergeht."},
	 .body = {"Sie erklären Anzeige, Wohnungsverweisung und "
		  "Kontaktverbot und vermitteln an Beratungsstellen.",
		  "Die Beratung ist auch ohne Anzeige möglich."},
	 .needs = "krise-gewalt|kinderschutz",
	 .ages = ALL_AGES,
	 .prevention = "indiziert",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Mo–Fr 8:00–15:00 Uhr, im Notfall immer über 110",
		      "nach Vereinbarung"}},
	{.key = "polizei-praevention",
	 .titles = {"Präventionsprogramm: Sicher unterwegs für "
		    "Grundschulkinder",
		    "Elternabend: Kinder sicher im Netz"},
	 .intro = {"Die Polizei kommt in Kitas und Grundschulen und übt mit "
		   "den Kindern den sicheren Schulweg.",
		   "Chats, Spiele, Fotos: Wie schützen Eltern ihre Kinder im "
		   "Internet?"},
	 .body = {"Die Kinder lernen auch, Nein zu sagen und Hilfe zu holen.",
		  "Eltern bekommen Tipps zu Einstellungen und Gesprächen in "
		  "der Familie."},
	 .needs = "kinderschutz|erziehung-bindung",
	 .ages = "3-6|6-10|10-14",
	 .prevention = "universell",
	 .access = "geh|komm",
	 .cost = "kostenlos",
	 .schedule = {"Termine nach Absprache mit Kita oder Schule",
		      "Elternabende nach Vereinbarung"}},
	/* volunteers and others */
	{.key = "leihgrosseltern",
	 .titles = {"Leihgroßeltern-Vermittlung",
		    "Wunschgroßeltern für Familien"},
	 .intro = {"Ältere Menschen verbringen Zeit mit Kindern, deren "
		   "Großeltern weit weg wohnen.",
		   "Vorlesen, Spielplatz, Plätzchen backen: Leihgroßeltern "
		   "schenken Zeit."},
	 .body = {"Wir bringen Familien und Leihgroßeltern zusammen und "
		  "begleiten den Anfang.",
		  "Die Leihgroßeltern sind ehrenamtlich tätig."},
	 .needs = "begegnung|alltag-haushalt|betreuung",
	 .ages = "0-1|1-3|3-6|6-10",
	 .prevention = "universell",
	 .access = "geh|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Vermittlung nach Vereinbarung",
		      "Sprechzeit dienstags 10:00–12:00 Uhr"},
	 .flags = F_WAIT},
	{.key = "kleiderboerse",
	 .titles = {"Kinderkleider- und Spielzeugbörse",
		    "Second-Hand-Laden für Kinderkleidung"},
	 .intro = {"Gut erhaltene Kinderkleidung, Spielzeug und "
		   "Kinderwagen zu kleinen Preisen.",
		   "Kinder wachsen schnell aus allem heraus."},
	 .body = {"Familien mit geringem Einkommen erhalten einen "
		  "Gutschein.",
		  "Spenden nehmen wir gern an."},
	 .needs = "geld-leistungen|alltag-haushalt",
	 .ages = "0-1|1-3|3-6|6-10|10-14",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "kleine Preise, mit Gutschein kostenlos",
	 .schedule = {"Mittwochs 15:00–18:00 Uhr, samstags 10:00–12:00 Uhr",
		      "Zweimal im Jahr, im März und im September"}},
	{.key = "stillgruppe",
	 .titles = {"Stillgruppe", "Stilltreff für Mütter"},
	 .intro = {"Stillende Mütter treffen sich, um Erfahrungen "
		   "auszutauschen.",
		   "Im Stilltreff sprechen Mütter über Stillen, Tragen und "
		   "Schlafen."},
	 .body = {"Eine ehrenamtliche Stillberaterin begleitet die Gruppe.",
		  "Schwangere sind herzlich eingeladen."},
	 .needs = "schreien-schlafen-fuettern|begegnung",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Jeden zweiten Dienstag 10:00–12:00 Uhr",
		      "Erster Donnerstag im Monat 15:00–17:00 Uhr"}},
	{.key = "fruehchen",
	 .titles = {"Selbsthilfegruppe Eltern frühgeborener Kinder",
		    "Frühchen-Elterntreff"},
	 .intro = {"Eltern von zu früh geborenen Kindern treffen sich zum "
		   "Austausch.",
		   "Ein zu früh geborenes Kind stellt Eltern vor besondere "
		   "Fragen."},
	 .body = {"Wir sprechen über die Zeit in der Klinik, über Förderung "
		  "und Alltag.",
		  "Ärztinnen und Therapeuten kommen ab und zu als Gäste."},
	 .needs = "gesundheit-entwicklung|begegnung|"
		  "behinderung-fruehfoerderung",
	 .ages = "0-1|1-3",
	 .prevention = "selektiv",
	 .access = "komm|online",
	 .cost = "kostenlos",
	 .schedule = {"Letzter Mittwoch im Monat 19:30 Uhr",
		      "Jeden dritten Samstag 10:00 Uhr"}},
	{.key = "lebensmittel",
	 .titles = {"Lebensmittelausgabe für Familien",
		    "Lebensmittel und Mittagstisch für Familien"},
	 .intro = {"Familien mit wenig Geld erhalten einmal in der Woche "
		   "Lebensmittel.",
		   "Ehrenamtliche geben gespendete Lebensmittel weiter."},
	 .body = {"Bitte bringen Sie einen Nachweis über Ihr Einkommen mit, "
		  "etwa den Bescheid vom Jobcenter.",
		  "Für Babys gibt es auch Windeln und Babynahrung."},
	 .needs = "geld-leistungen|alltag-haushalt",
	 .ages = ALL_AGES,
	 .prevention = "selektiv",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "2 € je Einkauf",
	 .schedule = {"Donnerstags 14:00–16:00 Uhr",
		      "Dienstags und freitags 10:00–12:00 Uhr"}},
	{.key = "sprachpaten",
	 .titles = {"Sprachpatenschaften für zugewanderte Familien",
		    "Ehrenamtliche Sprach- und Alltagsbegleitung"},
	 .intro = {"Ehrenamtliche Sprachpatinnen treffen sich mit "
		   "zugewanderten Familien zum Deutschüben.",
		   "Deutsch lernt man am besten im Gespräch."},
	 .body = {"Sie begleiten auch zu Terminen bei Ämtern, Ärzten oder in "
		  "der Schule.",
		  "Die Patenschaften werden von einer Koordinatorin "
		  "begleitet."},
	 .needs = "migration-sprache|begegnung",
	 .ages = ALL_AGES,
	 .prevention = "selektiv",
	 .access = "geh|komm",
	 .cost = "kostenlos",
	 .schedule = {"Nach Absprache", "Treffen einmal in der Woche"},
	 .flags = F_MANY | F_WAIT},
	{.key = "zwillinge",
	 .titles = {"Zwillings- und Mehrlingstreff",
		    "Treff für Eltern von Zwillingen"},
	 .intro = {"Zwei auf einmal? Eltern von Zwillingen und Drillingen "
		   "treffen sich einmal im Monat.",
		   "Mehrlingseltern kennen Fragen, die andere nicht haben."},
	 .body = {"Wir tauschen Tipps, Kleidung und Kinderwagen.",
		  "Werdende Mehrlingseltern sind herzlich willkommen."},
	 .needs = "begegnung",
	 .ages = "schwangerschaft|0-1|1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Zweiter Samstag im Monat 10:00–12:00 Uhr",
		      "Erster Freitag im Monat 16:00 Uhr"}},
	{.key = "selbsthilfe-depression",
	 .titles = {"Selbsthilfegruppe für Mütter mit Depression nach der "
		    "Geburt",
		    "Gesprächskreis: Wenn das Mutterglück ausbleibt"},
	 .intro = {"Nicht jede Mutter ist nach der Geburt glücklich.",
		   "Mütter mit Erschöpfung, Ängsten oder Depression treffen "
		   "sich in geschütztem Rahmen."},
	 .body = {"Hier dürfen Sie offen sprechen; niemand urteilt.",
		  "Eine Fachkraft begleitet die Gruppe und nennt Ihnen auf "
		  "Wunsch Hilfen."},
	 .needs = "psyche-sucht|begegnung",
	 .ages = "schwangerschaft|0-1|1-3",
	 .prevention = "selektiv",
	 .access = "komm|online",
	 .cost = "kostenlos",
	 .schedule = {"Jeden zweiten Montag 19:00–20:30 Uhr",
		      "Online jeden Donnerstag 20:00 Uhr"}},
	{.key = "vorlesen",
	 .titles = {"Vorlesestunde für Kinder ab drei Jahren", "Bilderbuchkino",
		    "Vorlesen in vielen Sprachen"},
	 .intro = {"Einmal in der Woche lesen Ehrenamtliche Bilderbücher vor.",
		   "Geschichten hören, Bilder anschauen und danach basteln."},
	 .body = {"Eltern können dabeibleiben oder in Ruhe Bücher "
		  "ausleihen.",
		  "Ein Büchereiausweis für Kinder ist kostenlos."},
	 .needs = "begegnung|gesundheit-entwicklung",
	 .ages = "3-6|6-10",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Mittwochs 15:30–16:15 Uhr", "Samstags 11:00–11:45 Uhr"},
	 .flags = F_LANGS},
	{.key = "buecherbabys",
	 .titles = {"Bücherbabys: Reime und Fingerspiele für die Kleinsten",
		    "Krabbelstunde in der Bücherei"},
	 .intro = {"Babys und Kleinkinder mit ihren Eltern entdecken die "
		   "ersten Bücher.",
		   "Reime, Lieder und Fingerspiele sind gut für die Sprache."},
	 .body = {"Danach können Sie Pappbilderbücher ausleihen.",
		  "Die Runde dauert eine halbe Stunde – genau richtig für die "
		  "Kleinen."},
	 .needs = "begegnung|erziehung-bindung",
	 .ages = "0-1|1-3",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Freitags 10:00–10:30 Uhr", "Dienstags 9:30–10:00 Uhr"}},
	{.key = "eltern-kind-turnen",
	 .titles = {"Eltern-Kind-Turnen", "Bewegungsgruppe für "
					  "Kleinkinder"},
	 .intro = {"Klettern, rollen, balancieren: Kinder von einem bis drei "
		   "Jahren turnen gemeinsam mit Mama oder Papa.",
		   "Bewegung macht Kinder stark und selbstbewusst."},
	 .body = {"Eine Übungsleiterin baut jede Woche eine neue "
		  "Bewegungslandschaft auf.",
		  "Schnuppern ist zweimal kostenlos möglich."},
	 .needs = "gesundheit-entwicklung|begegnung",
	 .ages = "1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "Vereinsbeitrag 6 € im Monat",
	 .schedule = {"Montags 16:00–17:00 Uhr", "Samstags 9:30–10:30 Uhr"}},
	{.key = "babyschwimmen",
	 .titles = {"Babyschwimmen", "Wassergewöhnung für Babys und "
				     "Kleinkinder"},
	 .intro = {"Im warmen Wasser entdecken Babys ab drei Monaten mit "
		   "ihren Eltern das Element Wasser.",
		   "Wasser macht Spaß und fördert die Bewegung."},
	 .body = {"Eine Schwimmlehrerin zeigt Griffe und Spiele.",
		  "Bitte bringen Sie eine Schwimmwindel mit."},
	 .needs = "gesundheit-entwicklung|begegnung",
	 .ages = "0-1|1-3",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "60 € für zehn Termine",
	 .schedule = {"Samstags 9:00–9:45 Uhr", "Dienstags 10:00–10:45 Uhr"},
	 .registration = "Anmeldung erforderlich, begrenzte Plätze.",
	 .flags = F_WAIT},
	{.key = "musikgarten",
	 .titles = {"Musikgarten für Kinder von 1 bis 3 Jahren",
		    "Musikalische Früherziehung"},
	 .intro = {"Singen, tanzen und auf einfachen Instrumenten spielen.",
		   "Musik verbindet Eltern und Kinder."},
	 .body = {"Die Lieder können Sie zu Hause weitersingen.",
		  "Geschwisterkinder dürfen mitkommen."},
	 .needs = "begegnung|gesundheit-entwicklung",
	 .ages = "1-3|3-6",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "35 € im Monat, Ermäßigung möglich",
	 .schedule = {"Donnerstags 16:00–16:45 Uhr",
		      "Mittwochs 10:00–10:45 Uhr"},
	 .registration = "Anmeldung erforderlich."},
	{.key = "mittagstisch",
	 .titles = {"Offener Mittagstisch für Familien",
		    "Mehrgenerationen-Mittagstisch"},
	 .intro = {"Jung und Alt essen gemeinsam zu Mittag.",
		   "Ein warmes Essen und nette Gesellschaft – jeden "
		   "Mittwoch."},
	 .body = {"Kinder essen kostenlos, Erwachsene zahlen einen kleinen "
		  "Beitrag.",
		  "Danach ist Zeit für Spiele und Gespräche."},
	 .needs = "begegnung|alltag-haushalt|geld-leistungen",
	 .ages = ALL_AGES,
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "3 € für Erwachsene, Kinder essen kostenlos",
	 .schedule = {"Mittwochs 12:00–13:30 Uhr",
		      "Dienstags und freitags 12:00–13:30 Uhr"}},
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
	putf(t, "%s %s", woman ? PICK(r, women) : PICK(r, men),
	     PICK(r, surnames));
}

/* Expands a name or text pattern (see struct kind). */
static void expand(struct demo_rng *r, const char *pat, int town,
		   struct text *t)
{
	t->n = 0;
	t->s[0] = '\0';
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
	/* drop legal forms */
	static const char *const tails[] = {"-e-v", "-ggmbh"};
	for (size_t i = 0; i < COUNT(tails); i++) {
		size_t l = strlen(slug), t = strlen(tails[i]);
		if (l > t && strcmp(slug + l - t, tails[i]) == 0)
			slug[l - t] = '\0';
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
	for (size_t i = 0; i < COUNT(tpls); i++)
		if (strlen(tpls[i].key) == len &&
		    strncmp(tpls[i].key, key, len) == 0)
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
			c->job_title =
				arena_printf(a, "Leitung, %s", c->job_title);
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
	for (const char *p = tpls[t].needs; *p;) {
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
	const struct tpl *t = &tpls[s->tpl];
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
	o->waiting_list = (t->flags & F_WAIT) && chance(&r, 30);

	if (!t->eligibility && chance(&r, 70))
		o->eligibility = eligibility_of(a, o);

	/* languages: German always */
	o->langs[o->nlangs++] = "de";
	unsigned extra = t->flags & F_MANY ? 2 + demo_rand(&r, 3)
			 : t->flags & F_LANGS
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
	if (komm && !t->registration && chance(&r, 60))
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
