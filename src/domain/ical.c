/*
 * ical.c - iCalendar of meetings with libical (see ical.h).
 */
#include "domain/ical.h"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth/token.h"
#include "domain/audit.h"
#include "domain/settings.h"

#define TZID "Europe/Berlin"

/* The time zone of the district with the rules in force since 1996: summer
 * time from the last Sunday of March, 02:00, to the last Sunday of
 * October, 03:00. */
static const char vtimezone[] = "BEGIN:VTIMEZONE\r\n"
				"TZID:Europe/Berlin\r\n"
				"BEGIN:DAYLIGHT\r\n"
				"TZOFFSETFROM:+0100\r\n"
				"TZOFFSETTO:+0200\r\n"
				"TZNAME:CEST\r\n"
				"DTSTART:19700329T020000\r\n"
				"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
				"END:DAYLIGHT\r\n"
				"BEGIN:STANDARD\r\n"
				"TZOFFSETFROM:+0200\r\n"
				"TZOFFSETTO:+0100\r\n"
				"TZNAME:CET\r\n"
				"DTSTART:19701025T030000\r\n"
				"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
				"END:STANDARD\r\n"
				"END:VTIMEZONE\r\n";

/* "YYYY-MM-DDTHH:MM" as a local time of the district (the property gets
 * the TZID parameter). */
static struct icaltimetype local_time(const char *t)
{
	struct icaltimetype v = icaltime_null_time();
	if (!meeting_time_valid(t))
		return v;
	v.year = (int)strtol(t, NULL, 10);
	v.month = (int)strtol(t + 5, NULL, 10);
	v.day = (int)strtol(t + 8, NULL, 10);
	v.hour = (int)strtol(t + 11, NULL, 10);
	v.minute = (int)strtol(t + 14, NULL, 10);
	v.second = 0;
	v.is_date = 0;
	return v;
}

static icalproperty *with_tzid(icalproperty *p)
{
	icalproperty_add_parameter(p, icalparameter_new_tzid(TZID));
	return p;
}

/* The VCALENDAR frame: product, version, method, time zone. */
static icalcomponent *calendar(icalproperty_method method, const char *name)
{
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalcomponent_add_property(
		cal, icalproperty_new_prodid("-//Lotse//Netzwerk Fruehe "
					     "Hilfen//DE"));
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(method));
	if (name) {
		icalproperty *p = icalproperty_new_x(name);
		icalproperty_set_x_name(p, "X-WR-CALNAME");
		icalcomponent_add_property(cal, p);
		p = icalproperty_new_x(TZID);
		icalproperty_set_x_name(p, "X-WR-TIMEZONE");
		icalcomponent_add_property(cal, p);
	}
	icalcomponent *tz = icalcomponent_new_from_string(vtimezone);
	if (tz)
		icalcomponent_add_component(cal, tz);
	return cal;
}

/* The event of meeting m (with its agenda) added to cal. */
static void add_event(db *d, arena *a, icalcomponent *cal,
		      const struct meeting *m, bool cancel, bool with_link)
{
	icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	icalcomponent_add_property(ev, icalproperty_new_uid(m->uid));
	icalcomponent_add_property(ev, icalproperty_new_sequence(m->sequence));
	icalcomponent_add_property(
		ev, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
			    time(NULL), 0, icaltimezone_get_utc_timezone())));
	icalcomponent_add_property(ev, with_tzid(icalproperty_new_dtstart(
					       local_time(m->starts_at))));
	icalcomponent_add_property(
		ev, with_tzid(icalproperty_new_dtend(local_time(m->ends_at))));
	icalcomponent_add_property(ev, icalproperty_new_summary(m->title));
	const char *where =
		*m->place ? m->place : (with_link ? m->online_url : "online");
	if (*where)
		icalcomponent_add_property(ev,
					   icalproperty_new_location(where));

	/* The description: the meeting's text, the online link and the
	 * agenda. */
	const char *text = *m->description
				   ? arena_printf(a, "%s\n\n", m->description)
				   : "";
	if (*m->online_url && with_link)
		text = arena_printf(a, "%sOnline-Teilnahme: %s\n\n", text,
				    m->online_url);
	else if (*m->online_url)
		text = arena_printf(a,
				    "%sOnline-Teilnahme möglich; den Link "
				    "erhalten Angemeldete mit der "
				    "Einladung.\n\n",
				    text);
	struct agenda_item *items;
	size_t n = agenda_list(d, a, m->id, &items);
	if (n)
		text = arena_printf(a, "%sTagesordnung:\n", text);
	for (size_t i = 0; i < n; i++)
		text = arena_printf(
			a, "%s%d. %s%s%s%s\n", text, items[i].position,
			items[i].title, *items[i].presenter ? " (" : "",
			items[i].presenter, *items[i].presenter ? ")" : "");
	text = arena_printf(a, "%sGremium: %s", text, m->body_name);
	icalcomponent_add_property(ev, icalproperty_new_description(text));

	const char *base = setting_get(d, a, "public_url");
	if (base && *base) {
		size_t bl = strlen(base);
		while (bl && base[bl - 1] == '/')
			bl--;
		icalcomponent_add_property(
			ev,
			icalproperty_new_url(arena_printf(
				a, "%.*s%s%lld", (int)bl, base,
				m->public ? "/termine/" : "/intern/sitzungen/",
				(long long)m->id)));
	}
	const char *mail = setting_get(d, a, "contact_email");
	if (mail && *mail) {
		icalproperty *org = icalproperty_new_organizer(
			arena_printf(a, "mailto:%s", mail));
		const char *cn = setting_get(d, a, "network_name");
		if (cn && *cn)
			icalproperty_add_parameter(org,
						   icalparameter_new_cn(cn));
		icalcomponent_add_property(ev, org);
	}
	bool cancelled = cancel || strcmp(m->status, "cancelled") == 0;
	icalcomponent_add_property(
		ev, icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED
						      : ICAL_STATUS_CONFIRMED));
	icalcomponent_add_property(
		ev, icalproperty_new_class(m->public ? ICAL_CLASS_PUBLIC
						     : ICAL_CLASS_PRIVATE));
	icalcomponent_add_component(cal, ev);
}

/* Serialises cal into a and frees it. */
static char *finish(arena *a, icalcomponent *cal)
{
	char *s = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (!s)
		return NULL;
	char *out = arena_strdup(a, s);
	free(s);
	return out;
}

char *meeting_ics(db *d, arena *a, int64_t meeting_id, const char *method)
{
	return meeting_ics_opts(d, a, meeting_id, method, true);
}

char *meeting_ics_opts(db *d, arena *a, int64_t meeting_id, const char *method,
		       bool with_link)
{
	icalproperty_method mt;
	if (!method)
		return NULL;
	if (strcmp(method, "REQUEST") == 0)
		mt = ICAL_METHOD_REQUEST;
	else if (strcmp(method, "CANCEL") == 0)
		mt = ICAL_METHOD_CANCEL;
	else if (strcmp(method, "PUBLISH") == 0)
		mt = ICAL_METHOD_PUBLISH;
	else
		return NULL;
	struct meeting m;
	if (meeting_get(d, a, meeting_id, &m) < 0)
		return NULL;
	icalcomponent *cal = calendar(mt, NULL);
	add_event(d, a, cal, &m, mt == ICAL_METHOD_CANCEL, with_link);
	return finish(a, cal);
}

char *meetings_feed_ics(db *d, arena *a, const struct meeting *v, size_t n,
			const char *calname, bool with_link)
{
	icalcomponent *cal = calendar(ICAL_METHOD_PUBLISH, calname);
	for (size_t i = 0; i < n; i++)
		add_event(d, a, cal, &v[i], false, with_link);
	return finish(a, cal);
}

/* --- personal feeds --------------------------------------------------------- */

static const char sql_token_set[] =
	"INSERT INTO calendar_token (user_id, token_hash, created_at) VALUES "
	"(?1, ?2, ?3) ON CONFLICT (user_id) DO UPDATE SET token_hash = "
	"excluded.token_hash, created_at = excluded.created_at";
static const char sql_token_delete[] =
	"DELETE FROM calendar_token WHERE user_id = ?1";
static const char sql_token_exists[] =
	"SELECT 1 FROM calendar_token WHERE user_id = ?1";
static const char sql_token_user[] =
	"SELECT u.id FROM calendar_token t JOIN app_user u ON u.id = "
	"t.user_id WHERE t.token_hash = ?1 AND u.active = 1";
static const char sql_feed[] =
	"SELECT m.id FROM meeting m WHERE m.starts_at >= ?1 AND (?3 = 1 OR "
	"m.public = 1 OR EXISTS (SELECT 1 FROM body_member bm WHERE "
	"bm.body_id = m.body_id AND bm.organisation_id = ?2)) ORDER BY "
	"m.starts_at, m.id LIMIT 2000";

int calendar_token_new(db *d, const struct actor *a, char *out, size_t outlen)
{
	if (!a->user_id || outlen < 48)
		return -1;
	char hash[65], now[21];
	token_random(out, outlen, 32);
	token_hash(out, hash);
	db_now(now);
	if (db_tx_begin(d) < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_token_set);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, a->user_id);
		db_bind_text(st, 2, hash);
		db_bind_text(st, 3, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "update", "user", a->user_id,
		      "Persönlicher Kalender-Link neu erzeugt") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		out[0] = 0;
		return -1;
	}
	return 0;
}

int calendar_token_delete(db *d, const struct actor *a)
{
	if (!a->user_id || db_tx_begin(d) < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_token_delete);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, a->user_id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "update", "user", a->user_id,
		      "Persönlicher Kalender-Link gelöscht") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		return -1;
	}
	return 0;
}

bool calendar_token_exists(db *d, int64_t user_id)
{
	sqlite3_stmt *st = db_stmt(d, sql_token_exists);
	if (!st)
		return false;
	db_bind_int(st, 1, user_id);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

int64_t calendar_token_user(db *d, const char *token)
{
	if (!token || strlen(token) < 20 || strlen(token) > 100)
		return 0;
	char hash[65];
	token_hash(token, hash);
	sqlite3_stmt *st = db_stmt(d, sql_token_user);
	if (!st)
		return 0;
	db_bind_text(st, 1, hash);
	int64_t id = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return id;
}

size_t calendar_feed_meetings(db *d, arena *a, int64_t org_id, bool all_bodies,
			      const char *from, struct meeting **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_feed);
	if (!st)
		return 0;
	db_bind_text(st, 1, from);
	db_bind_int(st, 2, org_id);
	db_bind_int(st, 3, all_bodies);
	size_t n = 0, cap = 0;
	int64_t *ids = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		ids = arena_grow(a, ids, n, &cap, sizeof *ids);
		ids[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	struct meeting *v = arena_calloc(a, n + 1, sizeof *v);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (meeting_get(d, a, ids[i], &v[k]) == 0)
			k++;
	*out = v;
	return k;
}
