/*
 * demo_news.c - the demo district's news (issue #6, N3): seven invented
 * announcements of the coordination office over the last months, most
 * for all partners, two for a selection (Kitas and family centres;
 * midwives and paediatricians), the newest of them sent by e-mail so
 * that the outbox has something to show. Stored through news_create(),
 * inside the demo's transaction; called last by cmd_demo.
 */
#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "cli/demo_data.h"
#include "domain/news.h"
#include "domain/organisation.h"

struct demo_news_item {
	int days_ago;
	const char *title, *body;
	const char *sectors[3]; /* NULL: for all partners */
	bool email;
};

static const struct demo_news_item items[] = {
	{160,
	 "Jahresbericht der Netzwerkkoordination erschienen",
	 "Der Jahresbericht des Netzwerks Frühe Hilfen und Kinderschutz "
	 "ist fertig. Er zeigt, welche Angebote es in den neun Gemeinden "
	 "gibt, wo noch Lücken sind und wer im letzten Jahr an den "
	 "Sitzungen teilgenommen hat.\n\n"
	 "Sie finden ihn unter **Dokumente**. Bitte geben Sie ihn in Ihrer "
	 "Einrichtung weiter.",
	 {NULL},
	 false},
	{130,
	 "Sprechstunde der insoweit erfahrenen Fachkräfte: neue Zeiten",
	 "Die Beratung durch eine insoweit erfahrene Fachkraft (§ 8a SGB "
	 "VIII, § 4 KKG) ist ab sofort zu diesen Zeiten telefonisch "
	 "erreichbar:\n\n"
	 "- dienstags 9 bis 12 Uhr\n"
	 "- donnerstags 14 bis 16 Uhr\n\n"
	 "Außerhalb dieser Zeiten rufen Sie bitte das Jugendamt an.",
	 {NULL},
	 false},
	{100,
	 "Fortbildung: Kinderschutz in der Kita – Plätze frei",
	 "Für die Fortbildung „Gewichtige Anhaltspunkte erkennen und "
	 "handeln“ im Familienzentrum sind noch Plätze frei. Sie richtet "
	 "sich an Fachkräfte in Kitas, in der Kindertagespflege und in "
	 "Familienzentren.\n\n"
	 "Anmeldung bitte bis Ende des Monats bei der Koordinierungsstelle.",
	 {"kita", "familienzentrum", NULL},
	 false},
	{70,
	 "Neues Angebot: Babylotsen im Klinikum",
	 "Im Kreisklinikum beraten ab diesem Monat zwei Babylotsinnen "
	 "Eltern schon auf der Geburtsstation und vermitteln passende "
	 "Hilfen im Landkreis. Das Angebot ist kostenlos.\n\n"
	 "Bitte weisen Sie werdende Eltern darauf hin; das Angebot steht "
	 "im Familienwegweiser.",
	 {NULL},
	 false},
	{45,
	 "Einladung zur Netzwerkkonferenz im Frühjahr",
	 "Die nächste Netzwerkkonferenz aller Partner findet im Frühjahr "
	 "statt. Thema ist die Zusammenarbeit beim Übergang von der "
	 "Geburtsklinik in die Angebote vor Ort.\n\n"
	 "Die Einladung mit Tagesordnung kommt wie immer per E-Mail; "
	 "anmelden können Sie sich unter **Sitzungen**.",
	 {NULL},
	 false},
	{20,
	 "Neue Kooperationsvereinbarung beschlossen",
	 "Das Plenum hat die überarbeitete Kooperationsvereinbarung "
	 "einstimmig beschlossen. Neu sind vor allem die Abschnitte über "
	 "den Datenschutz bei der Weitervermittlung und über die "
	 "Beteiligung der Eltern.\n\n"
	 "Bitte bestätigen Sie unter **Dokumente**, dass Ihre Organisation "
	 "die neue Fassung angenommen hat.",
	 {NULL},
	 false},
	{8,
	 "Treffen der Hebammen und Kinderärztinnen im Netzwerk",
	 "Wir laden die Hebammen, Familienhebammen und die Kinder- und "
	 "Jugendarztpraxen zu einem Austausch über die U-Untersuchungen "
	 "und die Lotsendienste ein. Ein Termin folgt; Wünsche für die "
	 "Tagesordnung nimmt die Koordinierungsstelle gern entgegen.",
	 {"hebammen", "kinderaerzte", NULL},
	 true},
};

int demo_news(db *d)
{
	struct actor coord = ACTOR_CLI;
	coord.label = "koordination@ahrwald.example";
	arena *a = arena_new(64 * 1024);
	struct organisation *orgs;
	size_t norgs = org_find(d, a, NULL, 0, true, &orgs);
	int rc = 0;
	for (size_t i = 0; i < sizeof items / sizeof *items; i++) {
		const struct demo_news_item *it = &items[i];
		struct news n = {.title = it->title, .body_md = it->body};
		char when[21];
		time_iso(clock_unix() - (int64_t)it->days_ago * 86400 -
				 (int64_t)i * 3600,
			 when);
		n.created_at = when;
		n.all_partners = it->sectors[0] == NULL;
		if (!n.all_partners) {
			n.orgs = arena_calloc(a, norgs + 1, sizeof *n.orgs);
			for (size_t k = 0; k < norgs; k++)
				for (size_t s = 0; it->sectors[s]; s++)
					if (strcmp(orgs[k].sector,
						   it->sectors[s]) == 0 &&
					    n.norgs < NEWS_MAX_RECIPIENTS)
						n.orgs[n.norgs++] = orgs[k].id;
		}
		struct errs e = {0};
		if (news_create(d, &coord, &n, it->email, &e) < 0) {
			fprintf(stderr, "lotse demo: Neuigkeit „%s“: %s\n",
				it->title, e.n ? e.msg[0] : "Fehler");
			rc = -1;
			break;
		}
	}
	arena_free(a);
	return rc;
}
