/*
 * demo_meetings.c - the bodies and a year of meetings of the demo
 * district (issue #6): the plenum (every member organisation), the
 * steering group, one local alliance per municipality, three working
 * groups; meetings from nine months ago to three months ahead with
 * agendas, registrations and - for the past ones - attendance. The spring
 * plenum (about eight months ago, 106 present) has the agenda item
 * "Beschluss der Geschäftsordnung", to which demo_decisions attaches the
 * minutes, the motion and the vote.
 *
 * Dates are relative to the real current date, so there are always past
 * and future meetings. Everything is stored through the domain layer
 * (with the command line's rights) inside cmd_demo's transaction; the
 * random choices come from a fixed seed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo_data.h"
#include "domain/body.h"
#include "domain/meeting.h"

struct morg {
	int64_t id;
	const char *name, *sector;
	int64_t contact[2];
	const char *cname[2], *cmail[2];
	unsigned towns; /* bit i: serves the i-th municipality */
};

static const char sql_orgs[] =
	"SELECT o.id, o.name, o.sector FROM organisation o WHERE "
	"o.membership = 'member' AND o.archived = 0 ORDER BY o.id";
static const char sql_contacts[] =
	"SELECT organisation_id, id, name, email FROM contact ORDER BY "
	"organisation_id, id";
static const char sql_towns[] =
	"SELECT id FROM region WHERE kind = 'municipality' ORDER BY id";
static const char sql_town_name[] = "SELECT name FROM region WHERE id = ?1";
static const char sql_served[] =
	"SELECT organisation_id, region_id FROM organisation_region";

static int fail(const char *what, const struct errs *e)
{
	fprintf(stderr, "lotse demo: %s: %s\n", what,
		e && e->n ? e->msg[0] : "Datenbankfehler");
	return -1;
}

/* --- dates ------------------------------------------------------------------ */

static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int64_t today_days;

/* The day offset days from today, moved to a working day (Tuesday to
 * Thursday), as "YYYY-MM-DD". */
static const char *day(arena *a, int64_t offset)
{
	int64_t z = today_days + offset;
	int wd = (int)(((z % 7) + 11) % 7); /* 0: Sunday */
	static const int shift[] = {2, 1, 0, 0, 0, -1, -2};
	z += shift[wd];
	int y, m, d;
	civil_from_days(z, &y, &m, &d);
	return arena_printf(a, "%04d-%02d-%02d", y, m, d);
}

/* "Frühjahr", "Sommer", "Herbst" or "Winter" of "YYYY-MM-DD". */
static const char *season(const char *date)
{
	int m = (int)strtol(date + 5, NULL, 10);
	return m >= 3 && m <= 5	   ? "Frühjahr"
	       : m >= 6 && m <= 8  ? "Sommer"
	       : m >= 9 && m <= 11 ? "Herbst"
				   : "Winter";
}

/* --- helpers ------------------------------------------------------------------ */

static int64_t add_body(db *d, const struct actor *a, const char *name,
			const char *kind, int64_t region, const char *desc,
			const char *majority, int quorum)
{
	struct body b = {.name = name,
			 .kind = kind,
			 .region_id = region,
			 .description = desc,
			 .majority = majority,
			 .quorum_percent = quorum};
	struct errs e = {0};
	if (body_save(d, a, &b, &e) < 0)
		return fail("Gremium", &e);
	return b.id;
}

static int add_member(db *d, const struct actor *a, int64_t body,
		      const struct morg *o, bool voting)
{
	struct body_member m = {.body_id = body,
				.org_id = o->id,
				.delegate_id = o->contact[0],
				.deputy_id = o->contact[1],
				.voting = voting};
	struct errs e = {0};
	if (body_member_save(d, a, &m, &e) < 0)
		return fail("Mitglied", &e);
	return 0;
}

/* The chair: the delegate of the first member that has one. */
static int set_chair(db *d, const struct actor *a, arena *ar, int64_t body,
		     const struct morg *o)
{
	struct body b;
	if (!o->contact[0] || body_get(d, ar, body, &b) < 0)
		return 0;
	b.chair_contact_id = o->contact[0];
	struct errs e = {0};
	if (body_save(d, a, &b, &e) < 0)
		return fail("Vorsitz", &e);
	return 0;
}

static const char *const agenda_pool[][2] = {
	{"Begrüßung und Feststellung der Tagesordnung", "Vorsitz"},
	{"Bericht der Koordinierungsstelle", "Koordinierungsstelle"},
	{"Neue Angebote im Familienwegweiser", "Koordinierungsstelle"},
	{"Fallübergreifender Austausch: Übergänge nach der Geburt", ""},
	{"Auswertung der Willkommensbesuche", "Besuchsdienst"},
	{"Kinderschutz: Stand der Verfahrensabsprache", "Jugendamt"},
	{"Bericht aus den Arbeitsgruppen", "Sprecherinnen der AGs"},
	{"Planung der Fachtagung", "Steuerungsgruppe"},
	{"Fortbildungen im nächsten Halbjahr", ""},
	{"Verschiedenes", ""},
};
#define NPOOL (sizeof agenda_pool / sizeof *agenda_pool)

/* A meeting with an agenda of n items (the first and last from the pool's
 * ends, the rest drawn), or with the given agenda. Returns its id. */
static int64_t add_meeting(db *d, const struct actor *a, arena *ar,
			   struct demo_rng *rng, int64_t body,
			   const char *title, const char *date,
			   const char *from, const char *to, const char *place,
			   bool pub, int capacity, const char *const *agenda,
			   size_t nagenda)
{
	struct meeting m = {.body_id = body,
			    .title = title,
			    .description = "",
			    .starts_at = arena_printf(ar, "%sT%s", date, from),
			    .ends_at = arena_printf(ar, "%sT%s", date, to),
			    .place = place,
			    .online_url = "",
			    .public = pub,
			    .capacity = capacity};
	struct errs e = {0};
	if (meeting_save(d, a, &m, &e) < 0)
		return fail("Sitzung", &e);
	size_t n = nagenda ? nagenda : 3 + demo_rand(rng, 5);
	bool used[NPOOL] = {false};
	for (size_t i = 0; i < n; i++) {
		size_t k;
		if (nagenda)
			k = NPOOL;
		else if (i == 0)
			k = 0;
		else if (i + 1 == n)
			k = NPOOL - 1;
		else
			do
				k = 1 + demo_rand(rng, NPOOL - 2);
			while (used[k]);
		if (k < NPOOL)
			used[k] = true;
		struct agenda_item it = {
			.meeting_id = m.id,
			.title = k < NPOOL ? agenda_pool[k][0] : agenda[i],
			.presenter = k < NPOOL ? agenda_pool[k][1] : "",
			.description = ""};
		if (agenda_save(d, a, &it, &e) < 0)
			return fail("Tagesordnung", &e);
	}
	return m.id;
}

/* Registers up to want delegates (or deputies) of the members for a
 * meeting; in the past, ticks present about pct percent of them (exactly
 * `exact` when it is not 0). */
static int add_people(db *d, const struct actor *a, arena *ar,
		      struct demo_rng *rng, int64_t meeting,
		      const struct morg *const *mem, size_t nmem, size_t want,
		      bool past, unsigned pct, size_t exact)
{
	int64_t *ids = arena_calloc(ar, want + 1, sizeof *ids);
	size_t n = 0;
	/* start at a random member, walk round */
	size_t start = nmem ? demo_rand(rng, (unsigned)nmem) : 0;
	for (size_t k = 0; k < nmem && n < want; k++) {
		const struct morg *o = mem[(start + k) % nmem];
		int who = o->contact[0] ? 0 : 1;
		if (!o->contact[who])
			continue;
		struct registration g = {.meeting_id = meeting,
					 .org_id = o->id,
					 .name = o->cname[who],
					 .email = o->cmail[who]};
		struct errs e = {0};
		if (meeting_register(d, a, &g, false, &e) < 0)
			continue; /* the same person twice: skip */
		if (strcmp(g.status, "registered") == 0)
			ids[n++] = g.id;
	}
	if (!past)
		return 0;
	size_t present = 0;
	int64_t *here = arena_calloc(ar, n + 1, sizeof *here);
	for (size_t i = 0; i < n; i++)
		if (exact ? i < exact : demo_rand(rng, 100) < pct)
			here[present++] = ids[i];
	struct errs e = {0};
	if (meeting_attendance_save(d, a, meeting, here, present, &e) < 0)
		return fail("Anwesenheit", &e);
	return 0;
}

int demo_meetings(db *d)
{
	struct actor cli = ACTOR_CLI;
	const struct actor *a = &cli;
	arena *ar = arena_new(1 << 16);
	struct demo_rng rng;
	demo_rng_seed(&rng, 0x6d656574u);
	int rc = -1;
	char now[17];
	meeting_local_now(now);
	today_days = days_from_civil(strtol(now, NULL, 10),
				     (int)strtol(now + 5, NULL, 10),
				     (int)strtol(now + 8, NULL, 10));

	/* The member organisations with two contacts each (if they have). */
	size_t norg = 0, cap = 0;
	struct morg *orgs = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_orgs);
	if (!st)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW) {
		orgs = arena_grow(ar, orgs, norg, &cap, sizeof *orgs);
		struct morg *o = &orgs[norg++];
		memset(o, 0, sizeof *o);
		o->id = sqlite3_column_int64(st, 0);
		o->name = arena_strdup(ar, db_col_text(st, 1));
		o->sector = arena_strdup(ar, db_col_text(st, 2));
	}
	sqlite3_reset(st);
	if (norg < 20) {
		fprintf(stderr, "lotse demo: zu wenige Organisationen\n");
		goto out;
	}
	st = db_stmt(d, sql_contacts);
	if (!st)
		goto out;
	size_t j = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t org = sqlite3_column_int64(st, 0);
		while (j < norg && orgs[j].id < org)
			j++;
		if (j == norg)
			break;
		if (orgs[j].id != org)
			continue;
		int k = orgs[j].contact[0] ? (orgs[j].contact[1] ? 2 : 1) : 0;
		if (k == 2)
			continue;
		orgs[j].contact[k] = sqlite3_column_int64(st, 1);
		orgs[j].cname[k] = arena_strdup(ar, db_col_text(st, 2));
		orgs[j].cmail[k] = arena_strdup(ar, db_col_text(st, 3));
	}
	sqlite3_reset(st);

	/* Municipalities and who serves them. */
	int64_t towns[DEMO_TOWNS];
	const char *town_names[DEMO_TOWNS];
	size_t ntowns = 0;
	st = db_stmt(d, sql_towns);
	if (!st)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW && ntowns < DEMO_TOWNS)
		towns[ntowns++] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	for (size_t i = 0; i < ntowns; i++) {
		st = db_stmt(d, sql_town_name);
		if (!st)
			goto out;
		db_bind_int(st, 1, towns[i]);
		town_names[i] = sqlite3_step(st) == SQLITE_ROW
					? arena_strdup(ar, db_col_text(st, 0))
					: "?";
		sqlite3_reset(st);
	}
	st = db_stmt(d, sql_served);
	if (!st)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t org = sqlite3_column_int64(st, 0);
		int64_t reg = sqlite3_column_int64(st, 1);
		for (size_t t = 0; t < ntowns; t++)
			if (towns[t] == reg)
				for (size_t i = 0; i < norg; i++)
					if (orgs[i].id == org)
						orgs[i].towns |= 1u << t;
	}
	sqlite3_reset(st);

	const struct morg **mem = arena_calloc(ar, norg + 1, sizeof *mem);
	size_t nmem;

	/* --- the plenum: every member organisation ------------------------ */
	int64_t plenum = add_body(
		d, a, "Netzwerkkonferenz Frühe Hilfen Ahrwald", "plenum", 0,
		"Die Netzwerkkonferenz ist die Versammlung aller Partner des "
		"Netzwerks. Sie tagt zweimal im Jahr, beschließt die "
		"Geschäftsordnung und die Kooperationsvereinbarung und wählt "
		"die Steuerungsgruppe.",
		"einfach", 25);
	if (plenum < 0)
		goto out;
	for (size_t i = 0; i < norg; i++) {
		if (add_member(d, a, plenum, &orgs[i], true) < 0)
			goto out;
		mem[i] = &orgs[i];
	}
	if (set_chair(d, a, ar, plenum, &orgs[0]) < 0)
		goto out;
	size_t nplenum = norg;

	/* --- steering group: the fixed organisations and one of each of
	 * the main sectors --------------------------------------------------- */
	int64_t steer = add_body(
		d, a, "Steuerungsgruppe Frühe Hilfen", "steuerung", 0,
		"Die Steuerungsgruppe bereitet die Netzwerkkonferenzen vor, "
		"begleitet die Koordinierungsstelle und entscheidet zwischen "
		"den Konferenzen über laufende Fragen.",
		"zweidrittel", 50);
	if (steer < 0)
		goto out;
	static const char *const steer_sectors[] = {"gesundheitsamt",
						    "jobcenter",
						    "klinik",
						    "kinderaerzte",
						    "schwangerschaftsberatung",
						    "kita",
						    "fruehfoerderung",
						    "sozialamt",
						    NULL};
	const struct morg **smem = arena_calloc(ar, 16, sizeof *smem);
	size_t nsteer = 0;
	for (size_t i = 0; i < 4 && i < norg; i++)
		smem[nsteer++] = &orgs[i]; /* Jugendamt, Lindenhof, ... */
	for (size_t s = 0; steer_sectors[s]; s++)
		for (size_t i = 4; i < norg; i++)
			if (strcmp(orgs[i].sector, steer_sectors[s]) == 0) {
				smem[nsteer++] = &orgs[i];
				break;
			}
	for (size_t i = 0; i < nsteer; i++)
		if (add_member(d, a, steer, smem[i], true) < 0)
			goto out;
	if (set_chair(d, a, ar, steer, smem[0]) < 0)
		goto out;

	/* --- meetings of the plenum ---------------------------------------- */
	const char *spring = day(ar, -240);
	const char *title =
		arena_printf(ar, "Netzwerkkonferenz Frühjahr %.4s", spring);
	static const char *const spring_agenda[] = {
		"Begrüßung und Feststellung der Beschlussfähigkeit",
		"Bericht der Koordinierungsstelle",
		"Beschluss der Geschäftsordnung",
		"Wahl der Steuerungsgruppe",
		"Fachvortrag: Frühe Hilfen im ländlichen Raum",
		"Verschiedenes"};
	int64_t mid = add_meeting(d, a, ar, &rng, plenum, title, spring,
				  "09:30", "13:00",
				  "Kreishaus Ahrwald, Großer Sitzungssaal, Am "
				  "Kreishaus 1, 29664 Ahrwald",
				  true, 0, spring_agenda, 6);
	if (mid < 0 || add_people(d, a, ar, &rng, mid, mem, nplenum, 124, true,
				  0, 106) < 0)
		goto out;
	const char *autumn = day(ar, 60);
	mid = add_meeting(
		d, a, ar, &rng, plenum,
		arena_printf(ar, "Netzwerkkonferenz %s %.4s", season(autumn),
			     autumn),
		autumn, "09:30", "13:00",
		"Kreishaus Ahrwald, Großer Sitzungssaal, Am Kreishaus 1, "
		"29664 Ahrwald",
		true, 120, NULL, 0);
	if (mid < 0 ||
	    add_people(d, a, ar, &rng, mid, mem, nplenum, 70, false, 0, 0) < 0)
		goto out;

	/* --- steering group: quarterly -------------------------------------- */
	static const int steer_days[] = {-255, -165, -75, 15};
	for (size_t i = 0; i < 4; i++) {
		const char *dt = day(ar, steer_days[i]);
		mid = add_meeting(d, a, ar, &rng, steer,
				  arena_printf(ar, "Steuerungsgruppe %.2s/%.4s",
					       dt + 5, dt),
				  dt, "14:00", "16:30",
				  "Jugendamt, Besprechungsraum 2, Am Kreishaus "
				  "1, 29664 Ahrwald",
				  false, 0, NULL, 0);
		if (mid < 0 || add_people(d, a, ar, &rng, mid, smem, nsteer,
					  nsteer, steer_days[i] < 0, 85, 0) < 0)
			goto out;
	}

	/* --- local alliances: one per municipality, once a year --------------- */
	for (size_t t = 0; t < ntowns; t++) {
		const char *name = arena_printf(
			ar, "Lokales Bündnis für Familie %s", town_names[t]);
		int64_t body = add_body(
			d, a, name, "lokal", towns[t],
			arena_printf(ar,
				     "Die Fachleute, die in %s mit Familien "
				     "arbeiten, treffen sich einmal im Jahr: "
				     "Kennenlernen, Angebote vor Ort, Lücken "
				     "und was die Gemeinde braucht.",
				     town_names[t]),
			"einfach", 0);
		if (body < 0)
			goto out;
		nmem = 0;
		for (size_t i = 0; i < norg && nmem < 36; i++)
			if (orgs[i].towns & (1u << t))
				mem[nmem++] = &orgs[i];
		for (size_t i = 0; i < nmem; i++)
			if (add_member(d, a, body, mem[i], true) < 0)
				goto out;
		if (nmem && set_chair(d, a, ar, body, mem[0]) < 0)
			goto out;
		int64_t off = -250 + (int64_t)t * 38; /* -250 .. +54 */
		const char *dt = day(ar, off);
		bool full = t == ntowns - 1; /* a future one that is full */
		mid = add_meeting(
			d, a, ar, &rng, body,
			arena_printf(ar, "Lokales Bündnis %s %.4s",
				     town_names[t], dt),
			dt, "15:00", "17:30",
			arena_printf(ar, "Rathaus %s, Ratssaal", town_names[t]),
			true, full ? 15 : 0, NULL, 0);
		if (mid < 0 || add_people(d, a, ar, &rng, mid, mem, nmem,
					  full ? 18 : nmem * 2 / 3, off < 0,
					  60 + demo_rand(&rng, 31), 0) < 0)
			goto out;
	}

	/* --- working groups: every two to three months --------------------- */
	static const struct {
		const char *name, *desc;
		const char *sectors[5];
	} ags[] = {
		{"AG Übergänge Geburtsklinik – Jugendhilfe",
		 "Wie Familien nach der Geburt gut begleitet werden: "
		 "Lotsendienst in der Klinik, Übergabe an Hebammen und "
		 "Familienzentren.",
		 {"klinik", "hebammen", "jugendhilfe-oeffentlich",
		  "familienzentrum", "gynaekologie"}},
		{"AG Kinderschutz und Gesundheit",
		 "Zusammenarbeit von Gesundheitswesen und Jugendhilfe im "
		 "Kinderschutz; Verfahrensabsprache nach § 4 KKG.",
		 {"kinderaerzte", "gesundheitsamt", "jugendhilfe-oeffentlich",
		  "klinik", "beratungsstelle"}},
		{"AG Sprache und Ankommen",
		 "Familien mit Zuwanderungsgeschichte erreichen: "
		 "Sprachmittlung, mehrsprachige Angebote, Wege in die Kita.",
		 {"kita", "ehrenamt", "familienzentrum", "sozialamt",
		  "jobcenter"}},
	};
	static const int ag_days[] = {-250, -185, -115, -45, 25, 85};
	for (size_t g = 0; g < 3; g++) {
		int64_t body = add_body(d, a, ags[g].name, "ag", 0, ags[g].desc,
					"einfach", 0);
		if (body < 0)
			goto out;
		nmem = 0;
		for (size_t s = 0; s < 5; s++) {
			size_t taken = 0;
			for (size_t i = 0; i < norg && taken < 3; i++)
				if (strcmp(orgs[i].sector, ags[g].sectors[s]) ==
				    0) {
					bool dup = false;
					for (size_t k = 0; k < nmem; k++)
						dup = dup || mem[k] == &orgs[i];
					if (!dup) {
						mem[nmem++] = &orgs[i];
						taken++;
					}
				}
		}
		for (size_t i = 0; i < nmem; i++)
			if (add_member(d, a, body, mem[i], true) < 0)
				goto out;
		if (nmem && set_chair(d, a, ar, body, mem[0]) < 0)
			goto out;
		for (size_t k = 0; k < 6; k++) {
			int64_t off = ag_days[k] + (int64_t)g * 9;
			const char *dt = day(ar, off);
			/* the next meeting of the first AG is small and full */
			bool full = g == 0 && off > 0 && k == 4;
			mid = add_meeting(
				d, a, ar, &rng, body,
				arena_printf(ar, "%s: Treffen %.2s/%.4s",
					     ags[g].name, dt + 5, dt),
				dt, "10:00", "12:00",
				"Familienzentrum Lindenhof, Lindenhofweg 4, "
				"29664 Ahrwald",
				false, full ? 8 : 0, NULL, 0);
			if (mid < 0 ||
			    add_people(d, a, ar, &rng, mid, mem, nmem,
				       full ? nmem : nmem * 3 / 4, off < 0,
				       70 + demo_rand(&rng, 21), 0) < 0)
				goto out;
		}
	}
	rc = 0;
out:
	arena_free(ar);
	return rc;
}
