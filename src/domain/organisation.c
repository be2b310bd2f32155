/*
 * organisation.c - partner organisations, core fields (see organisation.h).
 */
#include "domain/organisation.h"

#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"
#include "search/textindex.h"

const struct sector sectors[] = {
	{"jugendhilfe-oeffentlich", "Öffentliche Jugendhilfe (Jugendamt)"},
	{"jugendhilfe-frei", "Freie Jugendhilfe"},
	{"hebammen", "Hebammen und Familienhebammen"},
	{"kinderaerzte", "Kinder- und Jugendärztinnen und -ärzte"},
	{"gynaekologie", "Frauenärztinnen und Frauenärzte"},
	{"klinik", "Kliniken und Geburtshilfe"},
	{"gesundheitsamt", "Öffentlicher Gesundheitsdienst"},
	{"fruehfoerderung", "Frühförderung"},
	{"schwangerschaftsberatung", "Schwangerschaftsberatung"},
	{"beratungsstelle", "Beratungsstellen"},
	{"kita", "Kindertagesbetreuung (Kita, Tagespflege)"},
	{"familienzentrum", "Familienzentren und Familienbildung"},
	{"schule", "Schulen"},
	{"jobcenter", "Jobcenter und Agentur für Arbeit"},
	{"sozialamt", "Sozialamt"},
	{"polizei-ordnung", "Polizei und Ordnungsbehörden"},
	{"ehrenamt", "Ehrenamt und Selbsthilfe"},
	{"sonstige", "Sonstige"},
	{NULL, NULL},
};

const char *sector_label(const char *code)
{
	for (const struct sector *s = sectors; code && s->code; s++)
		if (strcmp(s->code, code) == 0)
			return s->label;
	return NULL;
}

#define ORG_COLS                                                               \
	"id, name, sector, street, postcode, city, phone, email, web, "        \
	"membership, COALESCE(member_since, ''), created_at, updated_at, "     \
	"description, archived"
static const char sql_get[] = "SELECT " ORG_COLS " FROM organisation "
			      "WHERE id = ?1";
static const char sql_list[] = "SELECT " ORG_COLS " FROM organisation "
			       "ORDER BY name COLLATE NOCASE, id";
static const char sql_insert[] =
	"INSERT INTO organisation (name, sector, street, postcode, city, "
	"phone, "
	"email, web, membership, member_since, created_at, updated_at) VALUES "
	"(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)";
static const char sql_update[] =
	"UPDATE organisation SET name = ?2, street = ?3, postcode = ?4, "
	"city = ?5, phone = ?6, email = ?7, web = ?8, updated_at = ?9 "
	"WHERE id = ?1";

static void read_row(sqlite3_stmt *st, arena *a, struct organisation *o)
{
	o->id = sqlite3_column_int64(st, 0);
	const char **f[] = {&o->name,	      &o->sector,     &o->street,
			    &o->postcode,     &o->city,	      &o->phone,
			    &o->email,	      &o->web,	      &o->membership,
			    &o->member_since, &o->created_at, &o->updated_at};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		*f[i] = arena_strdup(a, db_col_text(st, (int)i + 1));
	o->description = arena_strdup(a, db_col_text(st, 13));
	o->archived = sqlite3_column_int(st, 14) != 0;
	o->nregions = 0;
}

static bool text_ok(const char *s, size_t max, bool required)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0)
		return !required;
	return utf8_valid(s, n) && utf8_length(s, n) <= max;
}

static const char sql_regions_get[] =
	"SELECT region_id FROM organisation_region WHERE organisation_id = ?1 "
	"ORDER BY region_id";
static const char sql_regions_del[] =
	"DELETE FROM organisation_region WHERE organisation_id = ?1";
static const char sql_regions_add[] =
	"INSERT OR IGNORE INTO organisation_region (organisation_id, "
	"region_id) VALUES (?1, ?2)";
static const char sql_network_update[] =
	"UPDATE organisation SET sector = ?2, membership = ?3, "
	"member_since = ?4, description = ?5, archived = ?6, updated_at = ?7 "
	"WHERE id = ?1";
/* Located in (by postcode) or serving the municipality. */
static const char sql_find[] =
	"SELECT " ORG_COLS " FROM organisation o WHERE (?1 IS NULL OR "
	"o.sector = ?1) AND (?2 = 0 OR EXISTS (SELECT 1 FROM "
	"organisation_region x WHERE x.organisation_id = o.id AND "
	"x.region_id = ?2) OR EXISTS (SELECT 1 FROM region_postcode p WHERE "
	"p.region_id = ?2 AND p.postcode = o.postcode)) AND (?3 = 0 OR "
	"(o.archived = 0 AND o.membership <> 'left')) ORDER BY o.name "
	"COLLATE NOCASE, o.id";

int org_get(db *d, arena *a, int64_t id, struct organisation *o)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, o);
		rc = 0;
	}
	sqlite3_reset(st);
	if (rc == 0 && (st = db_stmt(d, sql_regions_get))) {
		db_bind_int(st, 1, id);
		while (o->nregions < sizeof o->regions / sizeof *o->regions &&
		       sqlite3_step(st) == SQLITE_ROW)
			o->regions[o->nregions++] = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	return rc;
}

size_t org_find(db *d, arena *a, const char *sector, int64_t region_id,
		bool active_only, struct organisation **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_find);
	if (!st)
		return 0;
	db_bind_text(st, 1, sector && *sector ? sector : NULL);
	db_bind_int(st, 2, region_id);
	db_bind_int(st, 3, active_only);
	size_t n = 0, cap = 0;
	struct organisation *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int org_update_network(db *d, const struct actor *a,
		       const struct organisation *o, struct user_error *e)
{
	e->field = NULL;
	if (a->role < ROLE_COORDINATION) {
		snprintf(e->msg, sizeof e->msg,
			 "Das ändert nur die Koordinierungsstelle.");
		return -2;
	}
	if (!sector_label(o->sector)) {
		snprintf(e->msg, sizeof e->msg,
			 "Bitte wählen Sie einen Bereich.");
		e->field = "sector";
		return -1;
	}
	const char *m = o->membership ? o->membership : "";
	if (strcmp(m, "interested") && strcmp(m, "member") &&
	    strcmp(m, "left")) {
		snprintf(e->msg, sizeof e->msg, "Unbekannter Mitgliedsstatus.");
		e->field = "membership";
		return -1;
	}
	const char *since = o->member_since ? o->member_since : "";
	if (since[0] &&
	    (strlen(since) != 10 || since[4] != '-' || since[7] != '-')) {
		snprintf(e->msg, sizeof e->msg,
			 "Bitte geben Sie das Datum als JJJJ-MM-TT an.");
		e->field = "member_since";
		return -1;
	}
	if (!text_ok(o->description, 2000, false)) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Beschreibung darf höchstens 2000 Zeichen lang "
			 "sein.");
		e->field = "description";
		return -1;
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Datenbank ist gerade nicht "
			 "verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql_network_update);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, o->id);
		db_bind_text(st, 2, o->sector);
		db_bind_text(st, 3, m);
		db_bind_text(st, 4, since[0] ? since : NULL);
		db_bind_text(st, 5, o->description ? o->description : "");
		db_bind_int(st, 6, o->archived);
		db_bind_text(st, 7, now);
		ok = sqlite3_step(st) == SQLITE_DONE &&
		     sqlite3_changes(db_sqlite(d)) == 1;
		sqlite3_reset(st);
	}
	st = ok ? db_stmt(d, sql_regions_del) : NULL;
	if (st) {
		db_bind_int(st, 1, o->id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	for (size_t i = 0; ok && i < o->nregions; i++) {
		st = db_stmt(d, sql_regions_add);
		ok = st != NULL;
		if (st) {
			db_bind_int(st, 1, o->id);
			db_bind_int(st, 2, o->regions[i]);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
	}
	if (!ok ||
	    audit_add(
		    d, a, "update", "organisation", o->id,
		    "Netzwerkangaben geändert: Bereich %s, Mitgliedschaft %s%s",
		    o->sector, m, o->archived ? ", archiviert" : "") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(e->msg, sizeof e->msg,
			 "Die Änderung konnte nicht gespeichert werden (gibt "
			 "es die Gemeinden?).");
		return -1;
	}
	return 0;
}

size_t org_list(db *d, arena *a, struct organisation **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	size_t n = 0, cap = 0;
	struct organisation *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static int validate(const struct organisation *o, struct user_error *e)
{
	e->field = NULL;
	if (!text_ok(o->name, 200, true)) {
		snprintf(e->msg, sizeof e->msg,
			 "Bitte geben Sie den Namen der "
			 "Organisation ein (höchstens "
			 "200 Zeichen).");
		e->field = "name";
		return -1;
	}
	if (o->postcode && *o->postcode) {
		bool ok = strlen(o->postcode) == 5;
		for (size_t i = 0; ok && i < 5; i++)
			ok = o->postcode[i] >= '0' && o->postcode[i] <= '9';
		if (!ok) {
			snprintf(e->msg, sizeof e->msg,
				 "Die Postleitzahl hat fünf Ziffern.");
			e->field = "postcode";
			return -1;
		}
	}
	char norm[256];
	if (o->email && *o->email &&
	    !email_normalise(o->email, norm, sizeof norm)) {
		snprintf(e->msg, sizeof e->msg,
			 "Bitte geben Sie eine gültige E-Mail-Adresse ein.");
		e->field = "email";
		return -1;
	}
	if (o->web && *o->web && strncmp(o->web, "https://", 8) != 0 &&
	    strncmp(o->web, "http://", 7) != 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Internetadresse beginnt mit https:// oder "
			 "http://.");
		e->field = "web";
		return -1;
	}
	const struct {
		const char *v, *field;
		size_t max;
	} texts[] = {{o->street, "street", 200},
		     {o->city, "city", 100},
		     {o->phone, "phone", 60},
		     {o->web, "web", 300}};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		if (!text_ok(texts[i].v, texts[i].max, false)) {
			snprintf(e->msg, sizeof e->msg,
				 "Dieser Eintrag ist zu lang (höchstens %zu "
				 "Zeichen).",
				 texts[i].max);
			e->field = texts[i].field;
			return -1;
		}
	}
	return 0;
}

#define S(x) ((x) ? (x) : "")

int64_t org_create(db *d, const struct actor *a, const struct organisation *o,
		   struct user_error *e)
{
	if (a->role < ROLE_COORDINATION) {
		snprintf(e->msg, sizeof e->msg,
			 "Nur die Koordinierungsstelle darf Partner anlegen.");
		e->field = NULL;
		return -1;
	}
	if (validate(o, e) < 0)
		return -1;
	if (!sector_label(o->sector)) {
		snprintf(e->msg, sizeof e->msg,
			 "Bitte wählen Sie einen Bereich.");
		e->field = "sector";
		return -1;
	}
	const char *membership =
		o->membership && *o->membership ? o->membership : "member";
	if (strcmp(membership, "interested") && strcmp(membership, "member") &&
	    strcmp(membership, "left")) {
		snprintf(e->msg, sizeof e->msg, "Unbekannter Mitgliedsstatus.");
		e->field = "membership";
		return -1;
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Datenbank ist gerade nicht "
			 "verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql_insert);
	int64_t id = -1;
	if (st) {
		db_bind_text(st, 1, o->name);
		db_bind_text(st, 2, o->sector);
		db_bind_text(st, 3, S(o->street));
		db_bind_text(st, 4, S(o->postcode));
		db_bind_text(st, 5, S(o->city));
		db_bind_text(st, 6, S(o->phone));
		db_bind_text(st, 7, S(o->email));
		db_bind_text(st, 8, S(o->web));
		db_bind_text(st, 9, membership);
		db_bind_text(st, 10,
			     o->member_since && *o->member_since
				     ? o->member_since
				     : NULL);
		db_bind_text(st, 11, now);
		if (sqlite3_step(st) == SQLITE_DONE)
			id = sqlite3_last_insert_rowid(db_sqlite(d));
		sqlite3_reset(st);
	}
	if (id < 0 ||
	    audit_add(d, a, "create", "organisation", id,
		      "Organisation „%s“ angelegt", o->name) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(e->msg, sizeof e->msg,
			 "Die Organisation konnte nicht angelegt werden.");
		e->field = NULL;
		return -1;
	}
	return id;
}

int org_update(db *d, const struct actor *a, const struct organisation *o,
	       struct user_error *e)
{
	e->field = NULL;
	if (!actor_may_edit_org(a, o->id)) {
		snprintf(e->msg, sizeof e->msg,
			 "Sie dürfen nur die Angaben Ihrer eigenen "
			 "Organisation ändern.");
		return -2;
	}
	if (validate(o, e) < 0)
		return -1;
	arena *tmp = arena_new(2048);
	struct organisation old;
	int rc = -1;
	if (org_get(d, tmp, o->id, &old) < 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Diese Organisation gibt es "
			 "nicht.");
		goto out;
	}
	char changed[512] = "";
	const struct {
		const char *label, *before, *after;
	} diff[] = {{"Name", old.name, o->name},
		    {"Straße", old.street, S(o->street)},
		    {"PLZ", old.postcode, S(o->postcode)},
		    {"Ort", old.city, S(o->city)},
		    {"Telefon", old.phone, S(o->phone)},
		    {"E-Mail", old.email, S(o->email)},
		    {"Internet", old.web, S(o->web)}};
	for (size_t i = 0; i < sizeof diff / sizeof *diff; i++) {
		if (strcmp(diff[i].before, diff[i].after) == 0)
			continue;
		size_t used = strlen(changed);
		snprintf(changed + used, sizeof changed - used, "%s%s",
			 used ? ", " : "", diff[i].label);
	}
	if (!changed[0]) {
		rc = 0; /* nothing to do */
		goto out;
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Datenbank ist gerade nicht "
			 "verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_update);
	bool ok = false;
	if (st) {
		db_bind_int(st, 1, o->id);
		db_bind_text(st, 2, o->name);
		db_bind_text(st, 3, S(o->street));
		db_bind_text(st, 4, S(o->postcode));
		db_bind_text(st, 5, S(o->city));
		db_bind_text(st, 6, S(o->phone));
		db_bind_text(st, 7, S(o->email));
		db_bind_text(st, 8, S(o->web));
		db_bind_text(st, 9, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	/* Its offers carry its name in the search index. */
	if (ok && strcmp(old.name, o->name) != 0)
		ok = text_index_org(d, o->id) == 0;
	if (!ok ||
	    audit_add(d, a, "update", "organisation", o->id, "Geändert: %s",
		      changed) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(e->msg, sizeof e->msg,
			 "Die Änderung konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}
