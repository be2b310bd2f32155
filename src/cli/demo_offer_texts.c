/*
 * demo_offer_texts.c - what the offers of the demo district say: one
 * template per kind of offer (a midwife's postnatal visits, a family
 * centre's parents' café, the youth welfare office's child-protection
 * line, ...) with alternative titles and sentences, codes, cost, times
 * and registration. demo_data.c picks from them with its fixed-seed
 * generator. Written as German offers of such services read; every
 * name in them is invented.
 */
#include "cli/demo_data.h"

#define ALL_AGES "schwangerschaft|0-1|1-3|3-6|6-10|10-14|14-18"
#define CHILD_AGES "0-1|1-3|3-6|6-10|10-14|14-18"

const struct demo_tpl demo_tpls[] = {
	/* midwives, hospitals, health office */
	{.key = "wochenbett",
	 .titles = {"Wochenbettbetreuung durch die Hebamme",
		    "Hebammenhilfe nach der Geburt",
		    "Hausbesuche der Hebamme im Wochenbett"},
	 .intro = {"Nach der Geburt besucht Sie Ihre Hebamme zu Hause und "
		   "schaut, wie es Ihnen und Ihrem Baby geht.",
		   "In den ersten Wochen nach der Geburt kommt die Hebamme zu "
		   "Ihnen nach Hause."},
	 .body = {"Die Hebamme hilft beim Stillen und bei der Nabelpflege und "
		  "beantwortet Ihre Fragen rund um das Neugeborene.",
		  "Dabei wiegt sie das Baby, achtet auf Ihre Heilung nach der "
		  "Geburt und gibt Tipps für den Alltag mit dem Kind."},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_LANGS},
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
	 .body = {"Die Familienhebamme hilft bei Fragen zu Pflege, Ernährung "
		  "und Entwicklung und zeigt Wege zu weiteren Hilfen.",
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
	 .flags = DEMO_F_WAIT | DEMO_F_LANGS},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_LANGS},
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
	 .body = {"Nach dem Rundgang durch Kreißsaal und Wochenstation "
		  "beantworten wir Ihre Fragen zu Geburt, Schmerzlinderung und "
		  "Familienzimmer.",
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
	 .flags = DEMO_F_WAIT},
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
		  "oder der Suche nach einer Hebamme, finden die Lotsinnen mit "
		  "Ihnen die passende Hilfe.",
		  "Die Lotsinnen kennen die Angebote im Landkreis und "
		  "begleiten Sie auf Wunsch zum ersten Termin."},
	 .needs = "schwangerschaft-geburt|geld-leistungen|alltag-haushalt",
	 .ages = "schwangerschaft|0-1",
	 .prevention = "universell",
	 .access = "komm|telefon",
	 .cost = "kostenlos",
	 .schedule = {"Täglich auf der Wochenstation", "Mo–Fr 8:00–16:00 Uhr"},
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_WAIT | DEMO_F_LANGS},
	{.key = "ff-mobil",
	 .titles = {"Heilpädagogische Frühförderung zu Hause",
		    "Mobile Frühförderung",
		    "Frühförderung in Familie und Kita"},
	 .intro = {"Eine Heilpädagogin kommt einmal in der Woche zu Ihnen "
		   "nach Hause oder in die Kita.",
		   "Frühförderung unterstützt Kinder mit Behinderung oder "
		   "Entwicklungsverzögerung von Geburt bis zur Einschulung."},
	 .body = {"Die Heilpädagogin fördert Ihr Kind im Spiel und zeigt "
		  "Ihnen, wie Sie es im Alltag unterstützen können.",
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_WAIT | DEMO_F_LANGS},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_LANGS},
	{.key = "kinder-psychisch-kranker-eltern",
	 .titles = {"Gruppe für Kinder psychisch kranker Eltern",
		    "Wenn Mama oder Papa seelisch krank ist – Kindergruppe"},
	 .intro = {"Kinder, deren Mutter oder Vater psychisch krank ist, "
		   "fühlen sich oft allein und schuldig.",
		   "In der Gruppe erfahren Kinder, dass sie nicht die "
		   "Einzigen sind."},
	 .body = {"Die Kinder lernen spielerisch, was die Krankheit bedeutet "
		  "und was ihnen guttut.",
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
	 .flags = DEMO_F_MANY},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_MANY},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_LANGS},
	{.key = "familienpaten",
	 .titles = {"Familienpatenschaften",
		    "Ehrenamtliche Familienpatinnen und -paten",
		    "Praktische Hilfe im ersten Jahr nach der Geburt"},
	 .intro = {"Ehrenamtliche Patinnen und Paten schenken Familien "
		   "einmal in der Woche ein paar Stunden Zeit.",
		   "Nach der Geburt ist alles neu, und Großeltern wohnen oft "
		   "weit weg."},
	 .body = {"Die Patin oder der Pate spielt mit dem Geschwisterkind, "
		  "geht mit dem Baby spazieren oder hört einfach zu.",
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
	 .flags = DEMO_F_WAIT},
	{.key = "schulsozialarbeit",
	 .titles = {"Schulsozialarbeit", "Sprechstunde der Schulsozialarbeit",
		    "Schulsozialarbeit – Beratung für Schüler und Eltern"},
	 .intro = {"Die Schulsozialarbeiterin ist an jedem Schultag im Haus "
		   "und hat ein offenes Ohr.",
		   "Ärger mit Mitschülern, Sorgen zu Hause oder keine Lust "
		   "mehr auf Schule?"},
	 .body = {"Die Schulsozialarbeiterin berät Schülerinnen, Schüler und "
		  "Eltern vertraulich und vermittelt weitere Hilfe.",
		  "Die Schulsozialarbeit leitet auch Gruppen zu "
		  "Streitschlichtung und Klassenklima."},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_MANY},
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
	 .body = {"Nach den Hausaufgaben ist Zeit zum Spielen, für Ausflüge "
		  "und Arbeitsgemeinschaften.",
		  "In den Ferien gibt es ein eigenes Programm."},
	 .needs = "betreuung",
	 .ages = "6-10",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "beitrag",
	 .cost_note = "nach Einkommen der Eltern, Mittagessen 3,50 €",
	 .schedule = {"Mo–Fr 11:30–17:00 Uhr", "Mo–Fr 12:00–16:30 Uhr"},
	 .registration = "Anmeldung im Frühjahr für das neue Schuljahr.",
	 .flags = DEMO_F_WAIT},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_MANY},
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
	 .flags = DEMO_F_LANGS},
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
		  "Im Anschluss an den Vortrag ist Zeit für Ihre Fragen."},
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
	 .body = {"Die Kinder wickeln Puppen, hören Geschichten und erfahren, "
		  "was ein Baby braucht.",
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
	 .flags = DEMO_F_MANY},
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
	 .flags = DEMO_F_LANGS},
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
	 .flags = DEMO_F_LANGS},
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
	 .body = {"Die Beamtinnen und Beamten erklären Anzeige, "
		  "Wohnungsverweisung und Kontaktverbot und vermitteln an "
		  "Beratungsstellen.",
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
	 .flags = DEMO_F_WAIT},
	{.key = "kleiderboerse",
	 .titles = {"Kinderkleider- und Spielzeugbörse",
		    "Second-Hand-Laden für Kinderkleidung"},
	 .intro = {"Hier gibt es gut erhaltene Kinderkleidung, Spielzeug und "
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
	 .body = {"Die Patinnen und Paten begleiten auch zu Terminen bei "
		  "Ämtern, Ärzten oder in der Schule.",
		  "Eine Koordinatorin bringt Familien und Sprachpatinnen "
		  "zusammen und begleitet die Patenschaften."},
	 .needs = "migration-sprache|begegnung",
	 .ages = ALL_AGES,
	 .prevention = "selektiv",
	 .access = "geh|komm",
	 .cost = "kostenlos",
	 .schedule = {"Nach Absprache", "Treffen einmal in der Woche"},
	 .flags = DEMO_F_MANY | DEMO_F_WAIT},
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
		   "Die Kinder hören Geschichten, schauen Bilder an und "
		   "basteln danach."},
	 .body = {"Eltern können dabeibleiben oder in Ruhe Bücher "
		  "ausleihen.",
		  "Ein Büchereiausweis für Kinder ist kostenlos."},
	 .needs = "begegnung|gesundheit-entwicklung",
	 .ages = "3-6|6-10",
	 .prevention = "universell",
	 .access = "komm",
	 .cost = "kostenlos",
	 .schedule = {"Mittwochs 15:30–16:15 Uhr", "Samstags 11:00–11:45 Uhr"},
	 .flags = DEMO_F_LANGS},
	{.key = "buecherbabys",
	 .titles = {"Bücherbabys: Reime und Fingerspiele für die Kleinsten",
		    "Krabbelstunde in der Bücherei"},
	 .intro = {"Babys und Kleinkinder mit ihren Eltern entdecken die "
		   "ersten Bücher.",
		   "Reime, Lieder und Fingerspiele sind gut für die Sprache."},
	 .body = {"Im Anschluss können Sie Pappbilderbücher ausleihen.",
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
	 .flags = DEMO_F_WAIT},
	{.key = "musikgarten",
	 .titles = {"Musikgarten für Kinder von 1 bis 3 Jahren",
		    "Musikalische Früherziehung"},
	 .intro = {"Wir singen, tanzen und spielen auf einfachen Instrumenten.",
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

const size_t demo_ntpls = sizeof demo_tpls / sizeof *demo_tpls;
