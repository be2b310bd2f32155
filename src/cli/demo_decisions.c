/*
 * demo_decisions.c - minutes, motions with votes, and the network's
 * documents of the demo district (issue #6, N2). Runs after
 * demo_meetings() and reads its meetings from the database:
 *
 *   - minutes for every past meeting: approved (back-dated to a few days
 *     after the meeting; the e-mails of that time are not queued again)
 *     except for the latest, which is still a draft;
 *   - motions with votes on several past meetings, the results computed
 *     from the attendance; in the spring plenum (agenda item "Beschluss
 *     der Geschäftsordnung") the rules of procedure adopted unanimously;
 *   - the documents: the rules of procedure in two versions (the second
 *     linked to that decision), the cooperation agreement in two versions
 *     (the current one accepted by about 80 % of the member
 *     organisations; Familienzentrum Lindenhof has, Hebammenpraxis
 *     Kranichsee has not), and the § 8a procedure in one version.
 *
 * Everything goes through the domain layer with the command line's rights,
 * inside cmd_demo's transaction; a few dates are set afterwards so that
 * the history looks like a year of work.
 */
#include <stdio.h>
#include <string.h>

#include "cli/demo_data.h"
#include "domain/decision.h"
#include "domain/document.h"
#include "domain/meeting.h"
#include "domain/minutes.h"

static const char sql_past[] =
	"SELECT m.id, m.starts_at, b.kind, m.title FROM meeting m JOIN body b "
	"ON b.id = m.body_id WHERE m.status = 'planned' AND m.starts_at < ?1 "
	"ORDER BY m.starts_at, m.id";
static const char sql_item_by_title[] =
	"SELECT ai.id, ai.meeting_id FROM agenda_item ai JOIN meeting m ON "
	"m.id = ai.meeting_id WHERE ai.title = ?1 ORDER BY m.starts_at LIMIT "
	"1";
static const char sql_back_date_minutes[] =
	"UPDATE minutes SET status = 'approved', approved_at = ?2, "
	"approved_by = 'koordination@ahrwald.example', updated_at = ?2 WHERE "
	"meeting_id = ?1";
static const char sql_back_date_version[] =
	"UPDATE document_version SET created_at = ?2, created_by = "
	"'koordination@ahrwald.example' WHERE id = ?1";
static const char sql_back_date_acceptance[] =
	"UPDATE acceptance SET recorded_at = ?3 WHERE organisation_id = ?1 "
	"AND document_version_id = ?2";
static const char sql_members[] =
	"SELECT o.id, o.name, COALESCE((SELECT c.name FROM contact c WHERE "
	"c.organisation_id = o.id ORDER BY c.id LIMIT 1), '') FROM "
	"organisation o WHERE o.membership = 'member' AND o.archived = 0 "
	"ORDER BY o.id";

static int fail(const char *what, const struct errs *e)
{
	fprintf(stderr, "lotse demo: %s: %s\n", what,
		e && e->n ? e->msg[0] : "Datenbankfehler");
	return -1;
}

/* "YYYY-MM-DD" + days (small offsets, for back-dating). */
static void add_days(const char *date, int days, char out[21])
{
	int y = 0, m = 0, dd = 0;
	if (sscanf(date, "%4d-%2d-%2d", &y, &m, &dd) != 3) {
		snprintf(out, 21, "%.10sT12:00:00Z", date);
		return;
	}
	static const int mdays[] = {31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	dd += days;
	for (;;) {
		int len = mdays[(m - 1) % 12] +
			  (m == 2 && y % 4 == 0 && (y % 100 || y % 400 == 0));
		if (dd <= len)
			break;
		dd -= len;
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	while (dd < 1) {
		if (--m < 1) {
			m = 12;
			y--;
		}
		dd += mdays[m - 1] +
		      (m == 2 && y % 4 == 0 && (y % 100 || y % 400 == 0));
	}
	snprintf(out, 21, "%04u-%02u-%02uT10:00:00Z", (unsigned)y % 10000u,
		 (unsigned)m % 100u, (unsigned)dd % 100u);
}

/* --- minutes texts --------------------------------------------------------- */

static const struct {
	const char *key, *text;
} item_texts[] = {
	{"Begrüßung",
	 "Die Vorsitzende begrüßt die Anwesenden und stellt fest, dass "
	 "ordnungsgemäß eingeladen wurde. Die Tagesordnung wird ohne "
	 "Änderungen angenommen."},
	{"Bericht der Koordinierungsstelle",
	 "Die Koordinierungsstelle berichtet:\n\n"
	 "- Der Familienwegweiser enthält jetzt über 600 Angebote; 48 "
	 "Angebote wurden seit der letzten Sitzung neu aufgenommen.\n"
	 "- Die Willkommensbesuche erreichen rund zwei Drittel der "
	 "Familien mit Neugeborenen.\n"
	 "- Drei neue Partner sind dem Netzwerk beigetreten.\n\n"
	 "Nachfragen betreffen vor allem die Wartezeiten in der "
	 "Erziehungsberatung."},
	{"Neue Angebote",
	 "Vorgestellt werden die neuen Angebote im Familienwegweiser, "
	 "darunter zwei Eltern-Kind-Gruppen und eine mehrsprachige "
	 "Sprechstunde. Die Partner werden gebeten, ihre Angebote "
	 "mindestens einmal im Jahr als aktuell zu bestätigen."},
	{"Austausch",
	 "Im fallübergreifenden Austausch wird deutlich, dass der Übergang "
	 "von der Geburtsklinik zur Nachsorge gut gelingt, wenn die "
	 "Hebamme schon vor der Geburt feststeht. **Vereinbart:** Die "
	 "Klinik gibt die Liste der Hebammen mit freien Plätzen weiter."},
	{"Willkommensbesuche",
	 "Der Besuchsdienst stellt die Auswertung vor. Besonders gut "
	 "angenommen werden die Besuche in den kleineren Gemeinden; in der "
	 "Kreisstadt werden mehr Familien nicht angetroffen."},
	{"Kinderschutz",
	 "Das Jugendamt berichtet zum Stand der Verfahrensabsprache nach "
	 "§ 4 KKG. Die insoweit erfahrenen Fachkräfte stehen weiter für "
	 "Beratungen zur Verfügung; die Liste ist im internen Bereich "
	 "aktuell."},
	{"Arbeitsgruppen",
	 "Die Sprecherinnen der Arbeitsgruppen berichten kurz. Die AG "
	 "Sprache und Ankommen sucht weitere Mitglieder aus den Kitas."},
	{"Fachtagung",
	 "Die Fachtagung soll im Herbst stattfinden. Themenvorschläge "
	 "werden bis Monatsende an die Koordinierungsstelle erbeten."},
	{"Fortbildungen",
	 "Geplant sind Fortbildungen zu Bindung und Feinfühligkeit sowie "
	 "zur Gesprächsführung mit belasteten Familien."},
	{"Geschäftsordnung",
	 "Der Entwurf der Geschäftsordnung wurde mit der Einladung "
	 "versandt und in der Steuerungsgruppe vorberaten. Änderungswünsche "
	 "aus der Arbeitsgruppe Kinderschutz wurden übernommen. Nach kurzer "
	 "Aussprache wird abgestimmt (siehe Beschluss)."},
	{"Wahl der Steuerungsgruppe",
	 "Für die Steuerungsgruppe werden die vorgeschlagenen Vertretungen "
	 "der Bereiche Gesundheit, Jugendhilfe, Kita, Jobcenter und "
	 "Schwangerschaftsberatung gewählt."},
	{"Fachvortrag",
	 "Im Fachvortrag geht es um Frühe Hilfen im ländlichen Raum: "
	 "lange Wege, aufsuchende Angebote und die Rolle der "
	 "Ehrenamtlichen. Die Folien sind im internen Bereich abgelegt."},
	{"Verschiedenes",
	 "Keine weiteren Wortmeldungen. Die nächste Sitzung wird "
	 "rechtzeitig angekündigt."},
};

static const char *text_for(const char *title)
{
	for (size_t i = 0; i < sizeof item_texts / sizeof *item_texts; i++)
		if (strstr(title, item_texts[i].key))
			return item_texts[i].text;
	return "Die Anwesenden tauschen sich zum Thema aus. Ergebnisse und "
	       "Absprachen werden von der Koordinierungsstelle "
	       "zusammengefasst und an die Partner weitergegeben.";
}

static int write_minutes(db *d, arena *ar, const struct actor *a,
			 int64_t meeting_id, const char *starts_at,
			 bool approve)
{
	struct agenda_entry *ag;
	size_t n = minutes_agenda(d, ar, meeting_id, &ag);
	struct minutes_item *items = arena_calloc(ar, n + 1, sizeof *items);
	for (size_t i = 0; i < n; i++)
		items[i] =
			(struct minutes_item){ag[i].id, text_for(ag[i].title)};
	struct minutes m = {
		.meeting_id = meeting_id,
		.intro_md = "Beginn der Sitzung pünktlich. Die Anwesenheit ist "
			    "in der Anwesenheitsliste festgehalten.",
		.outro_md = "Ende der Sitzung. Das Protokoll wird den "
			    "Mitgliedern nach der Freigabe zugesandt.",
		.author = "Koordinierungsstelle Frühe Hilfen"};
	struct errs e = {0};
	if (minutes_save(d, a, &m, items, n, &e) < 0)
		return fail("Protokoll", &e);
	if (!approve)
		return 0;
	char when[21];
	add_days(starts_at, 7, when);
	sqlite3_stmt *st = db_stmt(d, sql_back_date_minutes);
	if (!st)
		return fail("Protokoll", NULL);
	db_bind_int(st, 1, meeting_id);
	db_bind_text(st, 2, when);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok ? 0 : fail("Protokoll", NULL);
}

/* A motion on item with counts derived from the attendance: yes = all
 * present minus no minus abstain. Returns its id or -1. */
static int64_t add_motion(db *d, const struct actor *a, int64_t item,
			  int64_t meeting_id, const char *starts_at,
			  const char *title, const char *text, int no,
			  int abstain, int quorum)
{
	struct motion m = {
		.agenda_item_id = item, .title = title, .text_md = text};
	struct errs e = {0};
	if (motion_create(d, a, &m, &e) < 0)
		return fail("Antrag", &e);
	if (quorum >= 0) {
		arena *tmp = arena_new(2048);
		struct motion got;
		int rc = motion_get(d, tmp, m.id, &got);
		if (rc == 0) {
			got.quorum_percent = quorum;
			rc = motion_update(d, a, &got, &e);
		}
		arena_free(tmp);
		if (rc < 0)
			return fail("Antrag", &e);
	}
	struct presence p;
	if (decision_presence(d, meeting_id, &p) < 0)
		return fail("Anwesenheit", NULL);
	int limit = decision_vote_limit(&p);
	if (no + abstain > limit)
		no = abstain = 0;
	char when[21];
	snprintf(when, sizeof when, "%.10sT%.5s:00Z", starts_at,
		 strlen(starts_at) >= 16 ? starts_at + 11 : "12:00");
	if (motion_vote(d, a, m.id, limit - no - abstain, no, abstain, NULL, 0,
			when, &e) < 0)
		return fail("Abstimmung", &e);
	return m.id;
}

/* The first agenda item of a meeting (motions need one). */
static int64_t first_item(db *d, arena *ar, int64_t meeting_id, int pos)
{
	struct agenda_entry *ag;
	size_t n = minutes_agenda(d, ar, meeting_id, &ag);
	if (!n)
		return 0;
	return ag[(size_t)pos < n ? (size_t)pos : n - 1].id;
}

/* --- documents ---------------------------------------------------------------- */

static const char go_v1[] =
	"# Vorläufige Geschäftsordnung\n\n"
	"Bis zum Beschluss einer Geschäftsordnung durch die "
	"Netzwerkkonferenz gilt: Die Koordinierungsstelle lädt zweimal im "
	"Jahr zur Netzwerkkonferenz ein. Beschlüsse werden mit einfacher "
	"Mehrheit der anwesenden Partner gefasst. Über jede Sitzung wird ein "
	"Protokoll geführt.\n";

static const char go_v2[] =
	"# Geschäftsordnung des Netzwerks Frühe Hilfen und Kinderschutz im "
	"Landkreis Ahrwald\n\n"
	"## § 1 Zweck des Netzwerks\n\n"
	"(1) Das Netzwerk Frühe Hilfen und Kinderschutz im Landkreis "
	"Ahrwald (im Folgenden: Netzwerk) ist der verbindliche Zusammenschluss "
	"der Einrichtungen und Dienste, die mit werdenden Eltern, Familien "
	"und Kindern bis zum Schulalter arbeiten (§ 3 KKG).\n\n"
	"(2) Das Netzwerk will Familien früh und passgenau unterstützen, "
	"Angebote aufeinander abstimmen, Lücken erkennen und Verfahren im "
	"Kinderschutz vereinbaren.\n\n"
	"## § 2 Mitglieder\n\n"
	"(1) Mitglied kann jede Einrichtung werden, die im Landkreis mit "
	"Familien arbeitet und die Kooperationsvereinbarung annimmt.\n\n"
	"(2) Über die Aufnahme entscheidet die Koordinierungsstelle; die "
	"Steuerungsgruppe wird unterrichtet.\n\n"
	"(3) Jedes Mitglied benennt eine Person, die es in der "
	"Netzwerkkonferenz vertritt, und eine Stellvertretung.\n\n"
	"## § 3 Organe\n\n"
	"Organe des Netzwerks sind\n\n"
	"1. die Netzwerkkonferenz,\n"
	"2. die Steuerungsgruppe,\n"
	"3. die Lokalen Bündnisse in den Städten und Gemeinden,\n"
	"4. die Arbeitsgruppen.\n\n"
	"Die Koordinierungsstelle beim Jugendamt führt die Geschäfte.\n\n"
	"## § 4 Netzwerkkonferenz\n\n"
	"(1) Die Netzwerkkonferenz ist die Versammlung aller Mitglieder. Sie "
	"tritt mindestens zweimal im Jahr zusammen.\n\n"
	"(2) Sie beschließt über die Geschäftsordnung, die "
	"Kooperationsvereinbarung, die Schwerpunkte der Arbeit und wählt die "
	"Steuerungsgruppe.\n\n"
	"(3) Die Koordinierungsstelle lädt mindestens drei Wochen vorher mit "
	"Tagesordnung ein. Die Einladung per E-Mail genügt.\n\n"
	"## § 5 Beschlussfähigkeit und Beschlüsse\n\n"
	"(1) Die Netzwerkkonferenz ist beschlussfähig, wenn mindestens ein "
	"Viertel der Mitglieder vertreten ist. Die Steuerungsgruppe ist "
	"beschlussfähig, wenn mindestens die Hälfte ihrer Mitglieder "
	"anwesend ist.\n\n"
	"(2) Jedes anwesende Mitglied hat eine Stimme. Beschlüsse werden mit "
	"einfacher Mehrheit der abgegebenen Ja- und Nein-Stimmen gefasst; "
	"Enthaltungen zählen nicht. Bei Stimmengleichheit ist ein Antrag "
	"abgelehnt.\n\n"
	"(3) Änderungen dieser Geschäftsordnung und der "
	"Kooperationsvereinbarung bedürfen einer Mehrheit von zwei Dritteln "
	"der abgegebenen Ja- und Nein-Stimmen.\n\n"
	"(4) Beschlüsse werden mit Nummer und Abstimmungsergebnis in das "
	"Beschlussregister eingetragen.\n\n"
	"## § 6 Steuerungsgruppe\n\n"
	"(1) Die Steuerungsgruppe besteht aus bis zu zwölf Mitgliedern aus "
	"den Bereichen Jugendhilfe, Gesundheit, Kindertagesbetreuung, "
	"Beratung und Existenzsicherung. Sie wird für zwei Jahre gewählt.\n\n"
	"(2) Sie bereitet die Netzwerkkonferenz vor und entscheidet "
	"zwischen den Konferenzen über laufende Angelegenheiten.\n\n"
	"## § 7 Protokolle\n\n"
	"(1) Über jede Sitzung wird ein Protokoll geführt. Es enthält die "
	"Anwesenden, die Ergebnisse zu jedem Tagesordnungspunkt und die "
	"Beschlüsse mit Abstimmungsergebnis.\n\n"
	"(2) Das Protokoll wird von der Koordinierungsstelle freigegeben und "
	"den Mitgliedern zugänglich gemacht. Jedes Mitglied gibt die "
	"Ergebnisse an seine Fachkräfte weiter.\n\n"
	"## § 8 Datenschutz\n\n"
	"In den Sitzungen werden Fälle nur anonymisiert besprochen. "
	"Personenbezogene Daten von Familien werden im Netzwerk nicht "
	"ausgetauscht.\n\n"
	"## § 9 Inkrafttreten\n\n"
	"Diese Geschäftsordnung tritt mit ihrem Beschluss durch die "
	"Netzwerkkonferenz in Kraft. Sie ersetzt die vorläufige "
	"Geschäftsordnung.\n";

static const char kv_v1[] =
	"# Kooperationsvereinbarung Frühe Hilfen und Kinderschutz im "
	"Landkreis Ahrwald\n\n"
	"Die unterzeichnenden Einrichtungen arbeiten im Netzwerk Frühe "
	"Hilfen und Kinderschutz zusammen. Sie informieren Familien über die "
	"Angebote der anderen Partner, nehmen an der Netzwerkkonferenz teil "
	"und halten ihre Angaben im Familienwegweiser aktuell.\n";

static const char kv_v2[] =
	"# Kooperationsvereinbarung Frühe Hilfen und Kinderschutz im "
	"Landkreis Ahrwald\n\n"
	"## 1. Ziele\n\n"
	"Die Partner wollen, dass Familien im Landkreis Ahrwald von der "
	"Schwangerschaft an die Hilfe finden, die zu ihnen passt – früh, "
	"freiwillig und ohne lange Wege.\n\n"
	"## 2. Was die Partner zusagen\n\n"
	"- Sie informieren Familien über die Angebote der anderen Partner "
	"und vermitteln mit Einverständnis der Familie weiter.\n"
	"- Sie halten ihre Angebote im Familienwegweiser aktuell und "
	"bestätigen sie mindestens einmal im Jahr.\n"
	"- Sie nehmen an der Netzwerkkonferenz und am Lokalen Bündnis ihrer "
	"Gemeinde teil.\n"
	"- Sie geben die Ergebnisse des Netzwerks an ihre Fachkräfte "
	"weiter.\n\n"
	"## 3. Kinderschutz\n\n"
	"Bei gewichtigen Anhaltspunkten für eine Gefährdung eines Kindes "
	"gehen die Partner nach dem vereinbarten Verfahren vor und ziehen "
	"eine insoweit erfahrene Fachkraft hinzu.\n\n"
	"## 4. Datenschutz\n\n"
	"Daten von Familien werden nur mit deren Einwilligung oder auf "
	"gesetzlicher Grundlage weitergegeben.\n\n"
	"## 5. Laufzeit\n\n"
	"Die Vereinbarung gilt unbefristet. Ein Partner kann sie mit einer "
	"Frist von drei Monaten schriftlich gegenüber der "
	"Koordinierungsstelle beenden.\n";

static const char v8a_text[] =
	"# Verfahren bei gewichtigen Anhaltspunkten für eine "
	"Kindeswohlgefährdung (§ 8a SGB VIII)\n\n"
	"## 1. Wahrnehmen und dokumentieren\n\n"
	"Die Fachkraft hält ihre Beobachtungen sachlich fest (wer, was, "
	"wann) und informiert ihre Leitung.\n\n"
	"## 2. Gefährdung einschätzen\n\n"
	"Die Einrichtung schätzt das Risiko im Zusammenwirken mehrerer "
	"Fachkräfte ein und zieht eine **insoweit erfahrene Fachkraft** "
	"hinzu. Die Beratung geschieht anonymisiert.\n\n"
	"## 3. Mit den Eltern sprechen\n\n"
	"Die Eltern und, je nach Alter, das Kind werden einbezogen, soweit "
	"der Schutz des Kindes dadurch nicht in Frage gestellt wird. Die "
	"Fachkraft wirkt darauf hin, dass die Familie Hilfen annimmt.\n\n"
	"## 4. Jugendamt informieren\n\n"
	"Reichen die Hilfen nicht aus oder nimmt die Familie sie nicht an, "
	"informiert die Einrichtung das Jugendamt. In akuten Fällen sofort: "
	"Bereitschaftsdienst des Jugendamts oder Polizei (110).\n\n"
	"## 5. Rückmeldung\n\n"
	"Das Jugendamt bestätigt den Eingang der Mitteilung und gibt, "
	"soweit zulässig, eine Rückmeldung an die meldende Fachkraft.\n";

/* Creates a document; returns its id or -1. */
static int64_t add_document(db *d, const struct actor *a, const char *title,
			    const char *kind, const char *desc, bool accept)
{
	struct document doc = {.title = title,
			       .kind = kind,
			       .description = desc,
			       .requires_acceptance = accept};
	struct errs e = {0};
	if (document_save(d, a, &doc, &e) < 0)
		return fail("Dokument", &e);
	return doc.id;
}

/* Adds a Markdown version created on the given day; returns its id. */
static int64_t add_version(db *d, const struct actor *a, int64_t doc,
			   const char *text, const char *note,
			   const char *valid_from, int64_t motion,
			   const char *created)
{
	struct document_version v = {.document_id = doc,
				     .format = "markdown",
				     .text_md = text,
				     .note = note,
				     .valid_from = valid_from,
				     .motion_id = motion};
	struct errs e = {0};
	if (document_add_version(d, a, &v, "", &e) < 0)
		return fail("Fassung", &e);
	sqlite3_stmt *st = db_stmt(d, sql_back_date_version);
	if (!st)
		return fail("Fassung", NULL);
	db_bind_int(st, 1, v.id);
	db_bind_text(st, 2, created);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok ? v.id : fail("Fassung", NULL);
}

/* Records acceptances of the current version of doc by the member
 * organisations: every one for which pick(i) is true, dated after
 * since. */
static int accept_some(db *d, arena *ar, const struct actor *a, int64_t doc,
		       int64_t version_id, const char *since, unsigned percent,
		       struct demo_rng *rng)
{
	sqlite3_stmt *st = db_stmt(d, sql_members);
	if (!st)
		return fail("Annahmen", NULL);
	size_t n = 0, cap = 0;
	struct mo {
		int64_t id;
		const char *name, *person;
	} *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(ar, v, n, &cap, sizeof *v);
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].name = arena_strdup(ar, db_col_text(st, 1));
		v[n].person = arena_strdup(ar, db_col_text(st, 2));
		n++;
	}
	sqlite3_reset(st);
	for (size_t i = 0; i < n; i++) {
		bool lindenhof = strstr(v[i].name, "Lindenhof") != NULL;
		bool kranichsee = strstr(v[i].name, "Kranichsee") != NULL;
		if (kranichsee ||
		    (!lindenhof && demo_rand(rng, 100) >= percent))
			continue;
		char on[21];
		add_days(since, 3 + (int)demo_rand(rng, 60), on);
		on[10] = '\0';
		struct errs e = {0};
		const char *by = v[i].person[0] ? v[i].person : "Leitung";
		if (document_accept(d, a, doc, v[i].id,
				    demo_rand(rng, 3) ? "signed" : "accepted",
				    on, by, &e) < 0)
			return fail("Annahme", &e);
		char rec[21];
		snprintf(rec, sizeof rec, "%.10sT09:00:00Z", on);
		st = db_stmt(d, sql_back_date_acceptance);
		if (!st)
			return fail("Annahme", NULL);
		db_bind_int(st, 1, v[i].id);
		db_bind_int(st, 2, version_id);
		db_bind_text(st, 3, rec);
		bool ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
		if (!ok)
			return fail("Annahme", NULL);
	}
	return 0;
}

int demo_decisions(db *d)
{
	struct actor a = ACTOR_CLI;
	arena *ar = arena_new(1 << 16);
	int rc = -1;
	struct demo_rng rng;
	demo_rng_seed(&rng, 0x6e32);
	char now[17];
	meeting_local_now(now);

	/* --- the past meetings: minutes and some motions ----------------- */
	sqlite3_stmt *st = db_stmt(d, sql_past);
	if (!st) {
		fail("Sitzungen", NULL);
		goto out;
	}
	db_bind_text(st, 1, now);
	size_t n = 0, cap = 0;
	struct pm {
		int64_t id;
		const char *starts_at, *kind, *title;
	} *pv = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		pv = arena_grow(ar, pv, n, &cap, sizeof *pv);
		pv[n].id = sqlite3_column_int64(st, 0);
		pv[n].starts_at = arena_strdup(ar, db_col_text(st, 1));
		pv[n].kind = arena_strdup(ar, db_col_text(st, 2));
		pv[n].title = arena_strdup(ar, db_col_text(st, 3));
		n++;
	}
	sqlite3_reset(st);
	int64_t go_motion = 0;
	const char *go_date = NULL;
	/* the plenum's agenda item of the rules of procedure */
	st = db_stmt(d, sql_item_by_title);
	int64_t go_item = 0, go_meeting = 0;
	if (st) {
		db_bind_text(st, 1, "Beschluss der Geschäftsordnung");
		if (sqlite3_step(st) == SQLITE_ROW) {
			go_item = sqlite3_column_int64(st, 0);
			go_meeting = sqlite3_column_int64(st, 1);
		}
		sqlite3_reset(st);
	}
	size_t steer = 0, local = 0;
	for (size_t i = 0; i < n; i++) {
		const struct pm *m = &pv[i];
		if (write_minutes(d, ar, &a, m->id, m->starts_at, i + 1 < n) <
		    0)
			goto out;
		if (m->id == go_meeting && go_item) {
			go_motion = add_motion(
				d, &a, go_item, m->id, m->starts_at,
				"Geschäftsordnung des Netzwerks Frühe Hilfen "
				"und Kinderschutz",
				"Die Netzwerkkonferenz beschließt die "
				"Geschäftsordnung in der mit der Einladung "
				"versandten Fassung. Sie tritt mit dem "
				"Beschluss in Kraft und ersetzt die "
				"vorläufige Geschäftsordnung.",
				0, 0, -1);
			if (go_motion < 0)
				goto out;
			go_date = m->starts_at;
			int64_t item = first_item(d, ar, m->id, 3);
			if (item &&
			    add_motion(d, &a, item, m->id, m->starts_at,
				       "Wahl der Steuerungsgruppe",
				       "Die Netzwerkkonferenz wählt die "
				       "vorgeschlagenen Mitglieder der "
				       "Steuerungsgruppe für zwei "
				       "Jahre.",
				       2, 5, -1) < 0)
				goto out;
		} else if (strcmp(m->kind, "steuerung") == 0) {
			int64_t item = first_item(d, ar, m->id, 1);
			static const struct {
				const char *title, *text;
				int no, abstain, quorum;
			} sm[] = {
				{"Haushaltsplanung Frühe Hilfen",
				 "Die Steuerungsgruppe empfiehlt dem "
				 "Jugendhilfeausschuss, die Mittel der "
				 "Bundesstiftung Frühe Hilfen wie im Vorjahr "
				 "einzusetzen.",
				 1, 1, -1},
				{"Fachtagung im Herbst",
				 "Die Steuerungsgruppe beschließt, im Herbst "
				 "eine Fachtagung „Frühe Hilfen im ländlichen "
				 "Raum“ auszurichten.",
				 0, 1, -1},
				{"Änderung der Kooperationsvereinbarung",
				 "Die Steuerungsgruppe legt der "
				 "Netzwerkkonferenz die geänderte "
				 "Kooperationsvereinbarung zur Annahme vor. "
				 "Für diese Empfehlung sollen alle Mitglieder "
				 "anwesend sein.",
				 0, 0, 100},
			};
			if (item && steer < 3 &&
			    add_motion(d, &a, item, m->id, m->starts_at,
				       sm[steer].title, sm[steer].text,
				       sm[steer].no, sm[steer].abstain,
				       sm[steer].quorum) < 0)
				goto out;
			steer++;
		} else if (strcmp(m->kind, "lokal") == 0 && local < 3) {
			int64_t item = first_item(d, ar, m->id, 2);
			if (item &&
			    add_motion(d, &a, item, m->id, m->starts_at,
				       "Bedarfsmeldung an den "
				       "Jugendhilfeausschuss",
				       "Das Lokale Bündnis meldet dem "
				       "Jugendhilfeausschuss den Bedarf an "
				       "einem zusätzlichen offenen Treff für "
				       "Eltern mit Babys.",
				       local == 1 ? 4 : 0,
				       (int)demo_rand(&rng, 3), -1) < 0)
				goto out;
			local++;
		}
	}

	/* --- documents ----------------------------------------------------- */
	char two_years[21], year[21], half[21], go_created[21];
	add_days(now, -700, two_years);
	add_days(now, -400, year);
	add_days(now, -180, half);
	add_days(go_date ? go_date : now, 0, go_created);
	int64_t go = add_document(
		d, &a, "Geschäftsordnung", "geschaeftsordnung",
		"Die Geschäftsordnung regelt, wie das Netzwerk arbeitet und "
		"entscheidet: Organe, Sitzungen, Beschlüsse, Protokolle.",
		false);
	if (go < 0 || add_version(d, &a, go, go_v1,
				  "Vorläufige Fassung bis zum "
				  "Beschluss der Netzwerkkonferenz",
				  "", 0, two_years) < 0)
		goto out;
	char go_valid[11];
	snprintf(go_valid, sizeof go_valid, "%.10s", go_created);
	if (add_version(d, &a, go, go_v2,
			"Von der Netzwerkkonferenz beschlossene Fassung",
			go_valid, go_motion > 0 ? go_motion : 0,
			go_created) < 0)
		goto out;

	int64_t kv = add_document(
		d, &a,
		"Kooperationsvereinbarung Frühe Hilfen und Kinderschutz im "
		"Landkreis Ahrwald",
		"kooperationsvereinbarung",
		"Was die Partner des Netzwerks einander zusagen. Jede "
		"Partnerorganisation nimmt die aktuelle Fassung an oder "
		"unterzeichnet sie.",
		true);
	if (kv < 0)
		goto out;
	int64_t kv1 = add_version(d, &a, kv, kv_v1, "Erste Fassung", "", 0,
				  two_years);
	if (kv1 < 0 || accept_some(d, ar, &a, kv, kv1, two_years, 90, &rng) < 0)
		goto out;
	char half_date[11];
	snprintf(half_date, sizeof half_date, "%.10s", half);
	int64_t kv2 = add_version(
		d, &a, kv, kv_v2,
		"Neu gegliedert; Kinderschutz und Datenschutz ergänzt",
		half_date, 0, half);
	if (kv2 < 0 || accept_some(d, ar, &a, kv, kv2, half, 80, &rng) < 0)
		goto out;

	int64_t v8a = add_document(
		d, &a,
		"Verfahren bei gewichtigen Anhaltspunkten für eine "
		"Kindeswohlgefährdung (§ 8a SGB VIII)",
		"verfahren",
		"Das im Netzwerk vereinbarte Vorgehen, wenn eine Fachkraft "
		"gewichtige Anhaltspunkte für eine Gefährdung eines Kindes "
		"wahrnimmt.",
		true);
	if (v8a < 0)
		goto out;
	char year_date[11];
	snprintf(year_date, sizeof year_date, "%.10s", year);
	int64_t v8a1 = add_version(d, &a, v8a, v8a_text, "Erste Fassung",
				   year_date, 0, year);
	if (v8a1 < 0 || accept_some(d, ar, &a, v8a, v8a1, year, 60, &rng) < 0)
		goto out;
	rc = 0;
out:
	arena_free(ar);
	return rc;
}
