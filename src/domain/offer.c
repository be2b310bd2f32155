/*
 * offer.c - offers: validation, storage with all lists, status, copy,
 * confirmation (see offer.h).
 */
#include "domain/offer.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/log.h"
#include "base/utf8.h"
#include "domain/audit.h"
#include "domain/codes.h"
#include "domain/user.h"
#include "search/geo.h"
#include "search/textindex.h"

static const char sql_insert[] =
	"INSERT INTO offer (external_id, organisation_id, title, description, "
	"prevention, cost, cost_note, accessible, accessibility_note, "
	"eligibility, registration_required, registration_note, waiting_list, "
	"phone, email, web, contact_id, valid_from, valid_to, status, "
	"verified_at, copied_from, created_at, updated_at) VALUES (?1, ?2, ?3, "
	"?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
	"?19, ?20, ?21, ?22, ?23, ?23)";
static const char sql_update[] =
	"UPDATE offer SET external_id = ?1, organisation_id = ?2, title = ?3, "
	"description = ?4, prevention = ?5, cost = ?6, cost_note = ?7, "
	"accessible = ?8, accessibility_note = ?9, eligibility = ?10, "
	"registration_required = ?11, registration_note = ?12, "
	"waiting_list = ?13, phone = ?14, email = ?15, web = ?16, "
	"contact_id = ?17, valid_from = ?18, valid_to = ?19, status = ?20, "
	"verified_at = ?21, updated_at = ?23 WHERE id = ?24";
static const char sql_get[] =
	"SELECT o.id, COALESCE(o.external_id, ''), o.organisation_id, g.name, "
	"o.title, o.description, o.prevention, o.cost, o.cost_note, "
	"COALESCE(o.accessible, -1), o.accessibility_note, o.eligibility, "
	"o.registration_required, o.registration_note, o.waiting_list, "
	"o.phone, o.email, o.web, COALESCE(o.contact_id, 0), "
	"COALESCE(o.valid_from, ''), COALESCE(o.valid_to, ''), o.status, "
	"o.verified_at, o.created_at, o.updated_at, COALESCE(o.copied_from, 0) "
	"FROM offer o JOIN organisation g ON g.id = o.organisation_id "
	"WHERE o.id = ?1";
static const char sql_need_del[] = "DELETE FROM offer_need WHERE offer_id = ?1";
static const char sql_need_add[] =
	"INSERT OR IGNORE INTO offer_need (offer_id, need) VALUES (?1, ?2)";
static const char sql_need_get[] =
	"SELECT need FROM offer_need WHERE offer_id = ?1 ORDER BY need";
static const char sql_age_del[] = "DELETE FROM offer_age WHERE offer_id = ?1";
static const char sql_age_add[] =
	"INSERT OR IGNORE INTO offer_age (offer_id, age) VALUES (?1, ?2)";
static const char sql_age_get[] =
	"SELECT age FROM offer_age WHERE offer_id = ?1";
static const char sql_access_del[] =
	"DELETE FROM offer_access WHERE offer_id = ?1";
static const char sql_access_add[] =
	"INSERT OR IGNORE INTO offer_access (offer_id, access) VALUES (?1, ?2)";
static const char sql_access_get[] =
	"SELECT access FROM offer_access WHERE offer_id = ?1";
static const char sql_lang_del[] =
	"DELETE FROM offer_language WHERE offer_id = ?1";
static const char sql_lang_add[] =
	"INSERT OR IGNORE INTO offer_language (offer_id, language) VALUES "
	"(?1, ?2)";
static const char sql_lang_get[] =
	"SELECT language FROM offer_language WHERE offer_id = ?1";
static const char sql_loc_del[] =
	"DELETE FROM offer_location WHERE offer_id = ?1";
static const char sql_loc_add[] =
	"INSERT INTO offer_location (offer_id, position, name, street, "
	"postcode, city, region_id, lat, lon, schedule) VALUES (?1, ?2, ?3, "
	"?4, ?5, ?6, ?7, ?8, ?9, ?10)";
static const char sql_loc_get[] =
	"SELECT l.id, l.name, l.street, l.postcode, l.city, "
	"COALESCE(l.region_id, 0), COALESCE(r.name, ''), l.lat, l.lon, "
	"l.schedule FROM offer_location l LEFT JOIN region r ON r.id = "
	"l.region_id WHERE l.offer_id = ?1 ORDER BY l.position, l.id";
static const char sql_region_del[] =
	"DELETE FROM offer_region WHERE offer_id = ?1";
static const char sql_region_add[] =
	"INSERT OR IGNORE INTO offer_region (offer_id, region_id) VALUES "
	"(?1, ?2)";
static const char sql_region_get[] =
	"SELECT region_id FROM offer_region WHERE offer_id = ?1 ORDER BY "
	"region_id";
static const char sql_region_by_postcode[] =
	"SELECT r.id, r.name FROM region_postcode p JOIN region r ON r.id = "
	"p.region_id WHERE p.postcode = ?1 AND r.kind = 'municipality' "
	"ORDER BY r.id LIMIT 1";
static const char sql_region_exists[] = "SELECT 1 FROM region WHERE id = ?1";
static const char sql_org_exists[] = "SELECT 1 FROM organisation WHERE id = ?1";
static const char sql_contact_org[] =
	"SELECT organisation_id FROM contact WHERE id = ?1";
static const char sql_by_external[] =
	"SELECT id FROM offer WHERE external_id = ?1";
static const char sql_status[] =
	"UPDATE offer SET status = ?2, updated_at = ?3 WHERE id = ?1";
static const char sql_verify[] =
	"UPDATE offer SET verified_at = ?2 WHERE id = ?1";
static const char sql_list[] =
	"SELECT o.id, COALESCE(o.external_id, ''), o.title, g.name, o.status, "
	"o.verified_at, o.updated_at, o.organisation_id FROM offer o JOIN "
	"organisation g ON g.id = o.organisation_id "
	"WHERE (?1 = 0 OR o.organisation_id = ?1) "
	"AND (?2 = 0 OR o.verified_at < ?3) "
	"AND (?4 = 1 OR o.status <> 'archived') "
	"ORDER BY o.updated_at DESC, o.id DESC";

void offer_today(char out[11])
{
	char now[21];
	db_now(now);
	memcpy(out, now, 10);
	out[10] = '\0';
}

void offer_init(struct offer *o)
{
	memset(o, 0, sizeof *o);
	o->external_id = o->title = o->description = o->prevention = "";
	o->cost = "kostenlos";
	o->cost_note = o->accessibility_note = o->eligibility = "";
	o->registration_note = o->phone = o->email = o->web = "";
	o->valid_from = o->valid_to = "";
	o->status = "draft";
	o->verified_at = o->created_at = o->updated_at = o->org_name = "";
	o->accessible = -1;
}

/* --- validation ------------------------------------------------------------ */

static bool text_ok(const char *s, size_t max_chars)
{
	size_t n = s ? strlen(s) : 0;
	return utf8_valid(s ? s : "", n) &&
	       utf8_length(s ? s : "", n) <= max_chars;
}

static void check_text(struct errs *e, const char *field, const char *label,
		       const char *s, size_t max, bool required)
{
	if (required && (!s || !*s))
		errs_add(e, field, "Bitte füllen Sie „%s“ aus.", label);
	else if (!text_ok(s, max))
		errs_add(e, field, "„%s“ darf höchstens %zu Zeichen lang sein.",
			 label, max);
}

/* "YYYY-MM-DD" that is a real calendar day. */
static bool date_ok(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
		(s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	static const int days[] = {31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31};
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
		return false;
	int max = days[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		max = 29;
	return d <= max;
}

static bool phone_ok(const char *s)
{
	int digits = 0;
	for (const char *p = s; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (!strchr(" +-/()", *p))
			return false;
	}
	return digits >= 3 && strlen(s) <= 40;
}

static bool row_exists(db *d, const char *sql, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* Checks a list of codes; duplicates are dropped. */
static void check_codes(struct errs *e, const char *field, const char *label,
			const struct code *list, const char **v, size_t *n)
{
	size_t k = 0;
	for (size_t i = 0; i < *n; i++) {
		if (!code_find(list, v[i])) {
			errs_add(e, field, "Unbekannter Wert „%s“ bei „%s“.",
				 v[i], label);
			continue;
		}
		bool dup = false;
		for (size_t j = 0; j < k; j++)
			dup = dup || strcmp(v[j], v[i]) == 0;
		if (!dup)
			v[k++] = v[i];
	}
	*n = k;
}

void offer_validate(db *d, struct offer *o, struct errs *e)
{
	check_text(e, "title", "Titel", o->title, 200, true);
	check_text(e, "description", "Beschreibung", o->description, 5000,
		   true);
	check_text(e, "external_id", "Externe Kennung", o->external_id, 100,
		   false);
	if (o->org_id <= 0 || !row_exists(d, sql_org_exists, o->org_id))
		errs_add(e, "organisation",
			 "Bitte wählen Sie den Träger des "
			 "Angebots.");
	check_codes(e, "needs", "Bedarfe", needs, o->needs, &o->nneeds);
	check_codes(e, "ages", "Alter", ages, o->ages, &o->nages);
	check_codes(e, "access", "Zugang", accesses, o->access, &o->naccess);
	check_codes(e, "languages", "Sprachen", languages, o->langs,
		    &o->nlangs);
	if (o->prevention[0] && !code_find(preventions, o->prevention))
		errs_add(e, "prevention", "Unbekannte Präventionsebene „%s“.",
			 o->prevention);
	if (!code_find(costs, o->cost))
		errs_add(e, "cost",
			 "Unbekannte Kostenangabe „%s“: erlaubt sind "
			 "kostenlos, beitrag, kassenleistung.",
			 o->cost);
	check_text(e, "cost_note", "Hinweis zu Kosten", o->cost_note, 300,
		   false);
	check_text(e, "accessibility_note", "Hinweis zur Barrierefreiheit",
		   o->accessibility_note, 500, false);
	check_text(e, "eligibility", "Für wen", o->eligibility, 1000, false);
	check_text(e, "registration_note", "Anmeldung", o->registration_note,
		   500, false);
	if (o->phone[0] && !phone_ok(o->phone))
		errs_add(e, "phone",
			 "Die Telefonnummer darf nur Ziffern, "
			 "Leerzeichen und + - / ( ) enthalten.");
	char norm[256];
	if (o->email[0] && !email_normalise(o->email, norm, sizeof norm))
		errs_add(e, "email",
			 "Bitte geben Sie eine gültige "
			 "E-Mail-Adresse ein.");
	if (o->web[0] && ((strncmp(o->web, "https://", 8) != 0 &&
			   strncmp(o->web, "http://", 7) != 0) ||
			  strchr(o->web, ' ') || !text_ok(o->web, 300)))
		errs_add(e, "web",
			 "Die Internetadresse beginnt mit https:// "
			 "oder http:// und enthält keine "
			 "Leerzeichen.");
	if (o->valid_from[0] && !date_ok(o->valid_from))
		errs_add(e, "valid_from",
			 "Bitte geben Sie das Datum als "
			 "JJJJ-MM-TT an.");
	if (o->valid_to[0] && !date_ok(o->valid_to))
		errs_add(e, "valid_to",
			 "Bitte geben Sie das Datum als "
			 "JJJJ-MM-TT an.");
	if (o->valid_from[0] && o->valid_to[0] && date_ok(o->valid_from) &&
	    date_ok(o->valid_to) && strcmp(o->valid_from, o->valid_to) > 0)
		errs_add(e, "valid_to", "Das Ende liegt vor dem Beginn.");
	if (strcmp(o->status, "draft") && strcmp(o->status, "published") &&
	    strcmp(o->status, "archived"))
		errs_add(e, "status", "Unbekannter Status „%s“.", o->status);
	if (o->contact_id) {
		sqlite3_stmt *st = db_stmt(d, sql_contact_org);
		int64_t org = 0;
		if (st) {
			db_bind_int(st, 1, o->contact_id);
			if (sqlite3_step(st) == SQLITE_ROW)
				org = sqlite3_column_int64(st, 0);
			sqlite3_reset(st);
		}
		if (org != o->org_id)
			errs_add(e, "contact",
				 "Die Ansprechperson gehört nicht "
				 "zum Träger des Angebots.");
	}
	for (size_t i = 0; i < o->nregions; i++)
		if (!row_exists(d, sql_region_exists, o->regions[i]))
			errs_add(e, "regions", "Unbekannte Gemeinde.");
	for (size_t i = 0; i < o->nloc; i++) {
		struct offer_location *l = &o->loc[i];
		check_text(e, "street", "Straße", l->street, 200, false);
		check_text(e, "city", "Ort", l->city, 100, false);
		check_text(e, "location_name", "Name des Ortes", l->name, 200,
			   false);
		check_text(e, "schedule", "Zeiten", l->schedule, 500, false);
		if (l->postcode[0] && !geo_postcode_valid(l->postcode)) {
			errs_add(
				e, "postcode",
				"Die Postleitzahl „%s“ hat nicht fünf Ziffern.",
				l->postcode);
			continue;
		}
		if (!l->postcode[0])
			continue;
		double lat, lon;
		if (!l->has_coords &&
		    geo_postcode(l->postcode, &lat, &lon, NULL, 0)) {
			l->lat = lat;
			l->lon = lon;
			l->has_coords = true;
		} else if (!l->has_coords) {
			errs_add(e, "postcode",
				 "Die Postleitzahl „%s“ gibt es nicht.",
				 l->postcode);
		}
		sqlite3_stmt *st = db_stmt(d, sql_region_by_postcode);
		if (st) {
			db_bind_text(st, 1, l->postcode);
			if (sqlite3_step(st) == SQLITE_ROW)
				l->region_id = sqlite3_column_int64(st, 0);
			sqlite3_reset(st);
		}
	}
}

/* --- storing --------------------------------------------------------------- */

static int exec_id(db *d, const char *sql, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	return rc;
}

static int add_codes(db *d, const char *sql, int64_t id, const char *const *v,
		     size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sqlite3_stmt *st = db_stmt(d, sql);
		if (!st)
			return -1;
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, v[i]);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return -1;
	}
	return 0;
}

static int store_lists(db *d, const struct offer *o)
{
	const char *del[] = {sql_need_del, sql_age_del, sql_access_del,
			     sql_lang_del, sql_loc_del, sql_region_del};
	for (size_t i = 0; i < sizeof del / sizeof *del; i++)
		if (exec_id(d, del[i], o->id) < 0)
			return -1;
	if (add_codes(d, sql_need_add, o->id, o->needs, o->nneeds) < 0 ||
	    add_codes(d, sql_age_add, o->id, o->ages, o->nages) < 0 ||
	    add_codes(d, sql_access_add, o->id, o->access, o->naccess) < 0 ||
	    add_codes(d, sql_lang_add, o->id, o->langs, o->nlangs) < 0)
		return -1;
	for (size_t i = 0; i < o->nloc; i++) {
		const struct offer_location *l = &o->loc[i];
		sqlite3_stmt *st = db_stmt(d, sql_loc_add);
		if (!st)
			return -1;
		db_bind_int(st, 1, o->id);
		db_bind_int(st, 2, (int64_t)i);
		db_bind_text(st, 3, l->name ? l->name : "");
		db_bind_text(st, 4, l->street ? l->street : "");
		db_bind_text(st, 5, l->postcode ? l->postcode : "");
		db_bind_text(st, 6, l->city ? l->city : "");
		if (l->region_id)
			db_bind_int(st, 7, l->region_id);
		if (l->has_coords) {
			sqlite3_bind_double(st, 8, l->lat);
			sqlite3_bind_double(st, 9, l->lon);
		}
		db_bind_text(st, 10, l->schedule ? l->schedule : "");
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return -1;
	}
	for (size_t i = 0; i < o->nregions; i++) {
		sqlite3_stmt *st = db_stmt(d, sql_region_add);
		if (!st)
			return -1;
		db_bind_int(st, 1, o->id);
		db_bind_int(st, 2, o->regions[i]);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return -1;
	}
	return 0;
}

static void bind_offer(sqlite3_stmt *st, const struct offer *o, const char *now)
{
	db_bind_text(st, 1, o->external_id[0] ? o->external_id : NULL);
	db_bind_int(st, 2, o->org_id);
	db_bind_text(st, 3, o->title);
	db_bind_text(st, 4, o->description);
	db_bind_text(st, 5, o->prevention);
	db_bind_text(st, 6, o->cost);
	db_bind_text(st, 7, o->cost_note);
	if (o->accessible >= 0)
		db_bind_int(st, 8, o->accessible);
	db_bind_text(st, 9, o->accessibility_note);
	db_bind_text(st, 10, o->eligibility);
	db_bind_int(st, 11, o->registration_required);
	db_bind_text(st, 12, o->registration_note);
	db_bind_int(st, 13, o->waiting_list);
	db_bind_text(st, 14, o->phone);
	db_bind_text(st, 15, o->email);
	db_bind_text(st, 16, o->web);
	if (o->contact_id)
		db_bind_int(st, 17, o->contact_id);
	db_bind_text(st, 18, o->valid_from[0] ? o->valid_from : NULL);
	db_bind_text(st, 19, o->valid_to[0] ? o->valid_to : NULL);
	db_bind_text(st, 20, o->status);
	db_bind_text(st, 21, o->verified_at[0] ? o->verified_at : now);
	if (o->copied_from)
		db_bind_int(st, 22, o->copied_from);
	db_bind_text(st, 23, now);
}

/* Appends label to the list of changed fields when a and b differ. */
static void diff(char *out, size_t len, const char *label, const char *a,
		 const char *b)
{
	if (strcmp(a ? a : "", b ? b : "") == 0)
		return;
	size_t used = strlen(out);
	snprintf(out + used, len - used, "%s%s", used ? ", " : "", label);
}

static const char *join(arena *a, const char *const *v, size_t n)
{
	size_t len = 1;
	for (size_t i = 0; i < n; i++)
		len += strlen(v[i]) + 1;
	char *s = arena_alloc(a, len);
	s[0] = '\0';
	size_t u = 0;
	for (size_t i = 0; i < n; i++) {
		if (i)
			s[u++] = '|';
		size_t l = strlen(v[i]);
		memcpy(s + u, v[i], l);
		u += l;
	}
	s[u] = '\0';
	return s;
}

static const char *locations_text(arena *a, const struct offer *o)
{
	const char *parts[OFFER_MAX_LOCATIONS];
	for (size_t i = 0; i < o->nloc; i++)
		parts[i] = arena_printf(a, "%s %s %s %s %s", o->loc[i].name,
					o->loc[i].street, o->loc[i].postcode,
					o->loc[i].city, o->loc[i].schedule);
	return join(a, parts, o->nloc);
}

static void describe_changes(arena *a, const struct offer *old,
			     const struct offer *o, char *out, size_t len)
{
	out[0] = '\0';
	diff(out, len, "Titel", old->title, o->title);
	diff(out, len, "Beschreibung", old->description, o->description);
	diff(out, len, "Träger",
	     arena_printf(a, "%lld", (long long)old->org_id),
	     arena_printf(a, "%lld", (long long)o->org_id));
	diff(out, len, "Externe Kennung", old->external_id, o->external_id);
	diff(out, len, "Bedarfe", join(a, old->needs, old->nneeds),
	     join(a, o->needs, o->nneeds));
	diff(out, len, "Alter", join(a, old->ages, old->nages),
	     join(a, o->ages, o->nages));
	diff(out, len, "Zugang", join(a, old->access, old->naccess),
	     join(a, o->access, o->naccess));
	diff(out, len, "Sprachen", join(a, old->langs, old->nlangs),
	     join(a, o->langs, o->nlangs));
	diff(out, len, "Prävention", old->prevention, o->prevention);
	diff(out, len, "Kosten", old->cost, o->cost);
	diff(out, len, "Hinweis zu Kosten", old->cost_note, o->cost_note);
	diff(out, len, "Barrierefreiheit",
	     arena_printf(a, "%d %s", old->accessible, old->accessibility_note),
	     arena_printf(a, "%d %s", o->accessible, o->accessibility_note));
	diff(out, len, "Für wen", old->eligibility, o->eligibility);
	diff(out, len, "Anmeldung",
	     arena_printf(a, "%d %s", old->registration_required,
			  old->registration_note),
	     arena_printf(a, "%d %s", o->registration_required,
			  o->registration_note));
	diff(out, len, "Warteliste", old->waiting_list ? "1" : "0",
	     o->waiting_list ? "1" : "0");
	diff(out, len, "Telefon", old->phone, o->phone);
	diff(out, len, "E-Mail", old->email, o->email);
	diff(out, len, "Internet", old->web, o->web);
	diff(out, len, "Ansprechperson",
	     arena_printf(a, "%lld", (long long)old->contact_id),
	     arena_printf(a, "%lld", (long long)o->contact_id));
	diff(out, len, "Gültig ab", old->valid_from, o->valid_from);
	diff(out, len, "Gültig bis", old->valid_to, o->valid_to);
	diff(out, len, "Status", old->status, o->status);
	diff(out, len, "Orte und Zeiten", locations_text(a, old),
	     locations_text(a, o));
	const char *ro[OFFER_MAX_REGIONS], *rn[OFFER_MAX_REGIONS];
	for (size_t i = 0; i < old->nregions; i++)
		ro[i] = arena_printf(a, "%lld", (long long)old->regions[i]);
	for (size_t i = 0; i < o->nregions; i++)
		rn[i] = arena_printf(a, "%lld", (long long)o->regions[i]);
	diff(out, len, "Gemeinden", join(a, ro, old->nregions),
	     join(a, rn, o->nregions));
}

int offer_save(db *d, const struct actor *a, struct offer *o, struct errs *e)
{
	arena *tmp = arena_new(8192);
	struct offer old;
	bool update = o->id > 0;
	int rc = -1;
	if (update) {
		if (offer_get(d, tmp, o->id, &old) < 0) {
			errs_add(e, NULL, "Dieses Angebot gibt es nicht.");
			goto out;
		}
		/* The right to the old and to the new organisation. */
		if (!actor_may_edit_org(a, old.org_id)) {
			errs_add(e, NULL,
				 "Sie dürfen nur Angebote Ihrer eigenen "
				 "Organisation ändern.");
			rc = -2;
			goto out;
		}
	}
	if (o->org_id > 0 && !actor_may_edit_org(a, o->org_id)) {
		errs_add(e, "organisation",
			 "Sie dürfen nur Angebote Ihrer "
			 "eigenen Organisation anlegen.");
		rc = -2;
		goto out;
	}
	size_t before = e->n;
	offer_validate(d, o, e);
	if (e->n > before)
		goto out;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	/* A new offer counts as confirmed now (bind_offer uses now when
	 * verified_at is empty); never point o into the scratch arena. */
	sqlite3_stmt *st = db_stmt(d, update ? sql_update : sql_insert);
	bool ok = st != NULL;
	if (ok) {
		bind_offer(st, o, now);
		if (update)
			db_bind_int(st, 24, o->id);
		int step = sqlite3_step(st);
		ok = step == SQLITE_DONE;
		if (!ok && sqlite3_extended_errcode(db_sqlite(d)) ==
				   SQLITE_CONSTRAINT_UNIQUE)
			errs_add(e, "external_id",
				 "Die externe Kennung „%s“ gehört schon zu "
				 "einem anderen Angebot.",
				 o->external_id);
		sqlite3_reset(st);
	}
	if (ok && !update)
		o->id = sqlite3_last_insert_rowid(db_sqlite(d));
	if (ok)
		ok = store_lists(d, o) == 0;
	if (ok) /* the search index, in the same transaction */
		ok = text_index_offer(d, o->id) == 0;
	if (ok) {
		char changes[600];
		if (update) {
			describe_changes(tmp, &old, o, changes, sizeof changes);
			if (changes[0])
				ok = audit_add(d, a, "update", "offer", o->id,
					       "Geändert: %s", changes) == 0;
		} else {
			ok = audit_add(d, a, "create", "offer", o->id,
				       "Angebot „%s“ angelegt%s", o->title,
				       o->copied_from ? " (als Kopie)" : "") ==
			     0;
		}
	}
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		if (e->n == before)
			errs_add(e, NULL,
				 "Das Angebot konnte nicht gespeichert "
				 "werden.");
		if (!update)
			o->id = 0;
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

/* --- loading ---------------------------------------------------------------- */

static void load_codes(db *d, arena *a, const char *sql, int64_t id,
		       const char **v, size_t *n, size_t max)
{
	*n = 0;
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return;
	db_bind_int(st, 1, id);
	while (*n < max && sqlite3_step(st) == SQLITE_ROW)
		v[(*n)++] = arena_strdup(a, db_col_text(st, 0));
	sqlite3_reset(st);
}

int offer_get(db *d, arena *a, int64_t id, struct offer *o)
{
	offer_init(o);
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return -1;
	}
#define T(i) arena_strdup(a, db_col_text(st, (i)))
	o->id = sqlite3_column_int64(st, 0);
	o->external_id = T(1);
	o->org_id = sqlite3_column_int64(st, 2);
	o->org_name = T(3);
	o->title = T(4);
	o->description = T(5);
	o->prevention = T(6);
	o->cost = T(7);
	o->cost_note = T(8);
	o->accessible = sqlite3_column_int(st, 9);
	o->accessibility_note = T(10);
	o->eligibility = T(11);
	o->registration_required = sqlite3_column_int(st, 12) != 0;
	o->registration_note = T(13);
	o->waiting_list = sqlite3_column_int(st, 14) != 0;
	o->phone = T(15);
	o->email = T(16);
	o->web = T(17);
	o->contact_id = sqlite3_column_int64(st, 18);
	o->valid_from = T(19);
	o->valid_to = T(20);
	o->status = T(21);
	o->verified_at = T(22);
	o->created_at = T(23);
	o->updated_at = T(24);
	o->copied_from = sqlite3_column_int64(st, 25);
	sqlite3_reset(st);
	load_codes(d, a, sql_need_get, id, o->needs, &o->nneeds,
		   OFFER_MAX_NEEDS);
	load_codes(d, a, sql_age_get, id, o->ages, &o->nages, OFFER_MAX_AGES);
	load_codes(d, a, sql_access_get, id, o->access, &o->naccess,
		   OFFER_MAX_ACCESS);
	load_codes(d, a, sql_lang_get, id, o->langs, &o->nlangs,
		   OFFER_MAX_LANGS);
	st = db_stmt(d, sql_loc_get);
	if (st) {
		db_bind_int(st, 1, id);
		while (o->nloc < OFFER_MAX_LOCATIONS &&
		       sqlite3_step(st) == SQLITE_ROW) {
			struct offer_location *l = &o->loc[o->nloc++];
			l->id = sqlite3_column_int64(st, 0);
			l->name = T(1);
			l->street = T(2);
			l->postcode = T(3);
			l->city = T(4);
			l->region_id = sqlite3_column_int64(st, 5);
			l->region_name = T(6);
			l->has_coords =
				sqlite3_column_type(st, 7) != SQLITE_NULL;
			l->lat = sqlite3_column_double(st, 7);
			l->lon = sqlite3_column_double(st, 8);
			l->schedule = T(9);
		}
		sqlite3_reset(st);
	}
#undef T
	st = db_stmt(d, sql_region_get);
	if (st) {
		db_bind_int(st, 1, id);
		while (o->nregions < OFFER_MAX_REGIONS &&
		       sqlite3_step(st) == SQLITE_ROW)
			o->regions[o->nregions++] = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	return 0;
}

int64_t offer_by_external_id(db *d, const char *external_id)
{
	if (!external_id || !*external_id)
		return 0;
	sqlite3_stmt *st = db_stmt(d, sql_by_external);
	if (!st)
		return 0;
	db_bind_text(st, 1, external_id);
	int64_t id = sqlite3_step(st) == SQLITE_ROW
			     ? sqlite3_column_int64(st, 0)
			     : 0;
	sqlite3_reset(st);
	return id;
}

/* Loads the offer's organisation and checks the actor's right. */
static int offer_right(db *d, const struct actor *a, int64_t id,
		       struct offer *o, arena *tmp, struct errs *e)
{
	if (offer_get(d, tmp, id, o) < 0) {
		errs_add(e, NULL, "Dieses Angebot gibt es nicht.");
		return -1;
	}
	if (!actor_may_edit_org(a, o->org_id)) {
		errs_add(e, NULL,
			 "Sie dürfen nur Angebote Ihrer eigenen "
			 "Organisation ändern.");
		return -2;
	}
	return 0;
}

static const char *status_label(const char *s)
{
	return strcmp(s, "published") == 0  ? "veröffentlicht"
	       : strcmp(s, "archived") == 0 ? "archiviert"
					    : "Entwurf";
}

/* Runs one UPDATE of offer id (?1 the id, ?2 value or now, ?3 now) and
 * its audit entry in one transaction. */
static int run_change(db *d, const struct actor *a, int64_t id, const char *sql,
		      const char *value, const char *action,
		      const char *summary, const char *fail, struct errs *e)
{
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, id);
		db_bind_text(st, 2, value ? value : now);
		if (value)
			db_bind_text(st, 3, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok || audit_add(d, a, action, "offer", id, "%s", summary) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL, "%s", fail);
		return -1;
	}
	return 0;
}

int offer_set_status(db *d, const struct actor *a, int64_t id,
		     const char *status, struct errs *e)
{
	if (strcmp(status, "draft") && strcmp(status, "published") &&
	    strcmp(status, "archived")) {
		errs_add(e, "status", "Unbekannter Status.");
		return -1;
	}
	arena *tmp = arena_new(4096);
	struct offer o;
	int rc = offer_right(d, a, id, &o, tmp, e);
	if (rc == 0)
		rc = run_change(d, a, id, sql_status, status, "status",
				arena_printf(tmp, "Status: %s → %s",
					     status_label(o.status),
					     status_label(status)),
				"Der Status konnte nicht geändert werden.", e);
	arena_free(tmp);
	return rc;
}

int offer_verify(db *d, const struct actor *a, int64_t id, struct errs *e)
{
	arena *tmp = arena_new(4096);
	struct offer o;
	int rc = offer_right(d, a, id, &o, tmp, e);
	if (rc == 0)
		rc = run_change(d, a, id, sql_verify, NULL, "verify",
				"Als noch aktuell bestätigt",
				"Die Bestätigung konnte nicht gespeichert "
				"werden.",
				e);
	arena_free(tmp);
	return rc;
}

int64_t offer_copy(db *d, const struct actor *a, int64_t id, struct errs *e)
{
	arena *tmp = arena_new(8192);
	struct offer o;
	int64_t rc = offer_right(d, a, id, &o, tmp, e);
	if (rc < 0)
		goto out;
	o.copied_from = o.id;
	o.id = 0;
	o.external_id = "";
	o.status = "draft";
	o.verified_at = "";
	/* "Kopie von ..." may not exceed the 200 characters of a title. */
	const char *t = arena_printf(tmp, "Kopie von %s", o.title);
	size_t bytes = 0, chars = 0, len = strlen(t);
	while (bytes < len && chars < 200) {
		bytes++;
		while (bytes < len && ((unsigned char)t[bytes] & 0xC0) == 0x80)
			bytes++;
		chars++;
	}
	o.title = arena_strndup(tmp, t, bytes);
	for (size_t i = 0; i < o.nloc; i++)
		o.loc[i].id = 0;
	rc = offer_save(d, a, &o, e) == 0 ? o.id : -1;
out:
	arena_free(tmp);
	return rc;
}

bool offer_is_public(const struct offer *o, const char *today)
{
	if (strcmp(o->status, "published") != 0)
		return false;
	if (o->valid_from[0] && strcmp(o->valid_from, today) > 0)
		return false;
	if (o->valid_to[0] && strcmp(o->valid_to, today) < 0)
		return false;
	return true;
}

size_t offer_list(db *d, arena *a, int64_t org_id, bool unverified_only,
		  bool include_archived, struct offer_row **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	char limit[21];
	time_t t = time(NULL) - (time_t)OFFER_UNVERIFIED_DAYS * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(limit, sizeof limit, "%Y-%m-%dT%H:%M:%SZ", &tm);
	db_bind_int(st, 1, org_id);
	db_bind_int(st, 2, unverified_only);
	db_bind_text(st, 3, limit);
	db_bind_int(st, 4, include_archived);
	size_t n = 0, cap = 0;
	struct offer_row *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		struct offer_row *r = &v[n++];
		r->id = sqlite3_column_int64(st, 0);
		r->external_id = arena_strdup(a, db_col_text(st, 1));
		r->title = arena_strdup(a, db_col_text(st, 2));
		r->org_name = arena_strdup(a, db_col_text(st, 3));
		r->status = arena_strdup(a, db_col_text(st, 4));
		r->verified_at = arena_strdup(a, db_col_text(st, 5));
		r->updated_at = arena_strdup(a, db_col_text(st, 6));
		r->org_id = sqlite3_column_int64(st, 7);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}
