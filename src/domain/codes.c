/*
 * codes.c - the fixed codes and their German texts (see codes.h).
 */
#include "domain/codes.h"

#include <string.h>

const struct code needs[] = {
	{"schwangerschaft-geburt", "Schwangerschaft und Geburt",
	 "Begleitung in der Schwangerschaft, bei der Geburt und in den ersten "
	 "Wochen danach."},
	{"gesundheit-entwicklung", "Gesundheit und Entwicklung",
	 "Wie wächst mein Kind? Vorsorge, Impfungen, Fragen zur Entwicklung."},
	{"schreien-schlafen-fuettern", "Schreien, Schlafen, Füttern",
	 "Hilfe, wenn das Baby viel weint, schlecht schläft oder beim Stillen "
	 "und Essen Probleme hat."},
	{"erziehung-bindung", "Erziehung und Bindung",
	 "Rat und Kurse für den Alltag mit Kindern und eine gute Beziehung."},
	{"begegnung", "Andere Eltern treffen",
	 "Krabbelgruppen, Elterncafés und Treffpunkte in Ihrer Nähe."},
	{"betreuung", "Kinderbetreuung",
	 "Kita, Tagespflege und Betreuung, wenn Sie arbeiten oder eine Pause "
	 "brauchen."},
	{"geld-leistungen", "Geld und Leistungen",
	 "Elterngeld, Kindergeld, Unterhalt, Anträge – und wer dabei hilft."},
	{"alltag-haushalt", "Alltag und Haushalt",
	 "Unterstützung, wenn zu Hause alles zu viel wird."},
	{"migration-sprache", "Neu in Deutschland, Sprache",
	 "Angebote in Ihrer Sprache, Deutschkurse und Hilfe beim Ankommen."},
	{"behinderung-fruehfoerderung", "Behinderung und Frühförderung",
	 "Förderung und Beratung, wenn sich ein Kind anders entwickelt."},
	{"psyche-sucht", "Seelische Gesundheit und Sucht",
	 "Hilfe bei Erschöpfung, Ängsten, Depression oder Sucht in der "
	 "Familie."},
	{"krise-gewalt", "Krise und Gewalt",
	 "Schnelle Hilfe bei Streit, Trennung, Gewalt oder in einer Notlage."},
	{"kinderschutz", "Kinderschutz",
	 "Wenn Sie sich Sorgen um ein Kind machen: Beratung und Hilfe, auch "
	 "anonym."},
	{NULL, NULL, NULL},
};

const struct code ages[] = {
	{"schwangerschaft", "Schwangerschaft", NULL},
	{"0-1", "0–1 Jahr", NULL},
	{"1-3", "1–3 Jahre", NULL},
	{"3-6", "3–6 Jahre", NULL},
	{"6-10", "6–10 Jahre", NULL},
	{"10-14", "10–14 Jahre", NULL},
	{"14-18", "14–18 Jahre", NULL},
	{NULL, NULL, NULL},
};

const struct code costs[] = {
	{"kostenlos", "kostenlos", NULL},
	{"beitrag", "mit Kostenbeitrag", NULL},
	{"kassenleistung", "Leistung der Krankenkasse", NULL},
	{NULL, NULL, NULL},
};

const struct code accesses[] = {
	{"komm", "Sie kommen zu uns", NULL},
	{"geh", "Wir kommen zu Ihnen nach Hause", NULL},
	{"telefon", "Am Telefon", NULL},
	{"online", "Online", NULL},
	{NULL, NULL, NULL},
};

const struct code preventions[] = {
	{"universell", "für alle Familien", NULL},
	{"selektiv", "für Familien in besonderen Lebenslagen", NULL},
	{"indiziert", "bei erkennbarem Hilfebedarf", NULL},
	{NULL, NULL, NULL},
};

/* The languages offers are most often held in, in the region's order of
 * frequency; ISO 639-1 codes. */
const struct code languages[] = {
	{"de", "Deutsch", NULL},
	{"en", "Englisch", NULL},
	{"tr", "Türkisch", NULL},
	{"ar", "Arabisch", NULL},
	{"ru", "Russisch", NULL},
	{"uk", "Ukrainisch", NULL},
	{"pl", "Polnisch", NULL},
	{"ro", "Rumänisch", NULL},
	{"fa", "Persisch (Farsi, Dari)", NULL},
	{"ku", "Kurdisch", NULL},
	{"sq", "Albanisch", NULL},
	{"bg", "Bulgarisch", NULL},
	{"it", "Italienisch", NULL},
	{"fr", "Französisch", NULL},
	{"es", "Spanisch", NULL},
	{"ti", "Tigrinya", NULL},
	{"so", "Somali", NULL},
	{"ps", "Paschtu", NULL},
	{"vi", "Vietnamesisch", NULL},
	{"el", "Griechisch", NULL},
	{"hr", "Kroatisch", NULL},
	{"sr", "Serbisch", NULL},
	{"bs", "Bosnisch", NULL},
	{"pt", "Portugiesisch", NULL},
	{"ur", "Urdu", NULL},
	{"sgn", "Gebärdensprache (DGS)", NULL},
	{NULL, NULL, NULL},
};

const struct code contact_roles[] = {
	{"ansprechperson", "Ansprechperson", NULL},
	{"insoweit-erfahrene-fachkraft",
	 "Insoweit erfahrene Fachkraft "
	 "(§ 8a SGB VIII)",
	 NULL},
	{"familienhebamme", "Familienhebamme / FGKiKP", NULL},
	{"vertretung", "Vertretung im Netzwerk", NULL},
	{"leitung", "Leitung", NULL},
	{NULL, NULL, NULL},
};

const struct code *code_find(const struct code *list, const char *code)
{
	for (const struct code *c = list; code && c->code; c++)
		if (strcmp(c->code, code) == 0)
			return c;
	return NULL;
}

const char *code_label(const struct code *list, const char *code)
{
	const struct code *c = code_find(list, code);
	return c ? c->label : code;
}

int code_count(const struct code *list)
{
	int n = 0;
	while (list[n].code)
		n++;
	return n;
}
