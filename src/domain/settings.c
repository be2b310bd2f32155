/*
 * settings.c - key/value settings with defaults (see settings.h).
 */
#include "domain/settings.h"

#include <string.h>

const struct setting_def setting_defs[] = {
	{"network_name", "Name des Netzwerks",
	 "Netzwerk Frühe Hilfen und Kinderschutz"},
	{"district_name", "Name des Kreises oder der Stadt", ""},
	{"header_line", "Kopfzeile",
	 "Ein Angebot der Netzwerkkoordination Frühe Hilfen"},
	{"contact_phone", "Telefon der Koordinierungsstelle", ""},
	{"contact_email", "E-Mail der Koordinierungsstelle", ""},
	{"impressum", "Text des Impressums",
	 "Das Impressum wurde noch nicht eingetragen. Die Administration "
	 "trägt es in den Einstellungen ein."},
	{"datenschutz", "Text der Datenschutzerklärung",
	 "Die Datenschutzerklärung wurde noch nicht eingetragen. Die "
	 "Administration trägt sie in den Einstellungen ein."},
	{"require_2fa", "Zwei-Faktor-Anmeldung Pflicht für",
	 "" /* "", "admin" or "coordination,admin" */},
	/* --- e-mail (N3): SMTP server of the outbox worker --- */
	{"smtp_url", "Mail-Server (SMTP)", "" /* empty: nothing is sent */},
	{"smtp_from", "Absenderadresse der E-Mails", "" /* contact_email */},
	{"smtp_user", "Benutzername am Mail-Server", ""},
	{"smtp_password", "Passwort am Mail-Server", "" /* secret */},
	{"smtp_starttls", "Verschlüsselung mit STARTTLS verlangen", "ja"},
	/* --- meetings (N1): links in calendar files --- */
	{"public_url",
	 "Adresse der Website für Links in Kalendern (z. B. "
	 "https://netzwerk.example)",
	 ""},
	/* --- figures (issue #7): coverage and gaps --- */
	{"gap_threshold",
	 "Lücke: weniger als so viele erreichbare Angebote je Gemeinde und "
	 "Bedarf",
	 "2"},
	{"coverage_radius_km",
	 "Umkreis in km, in dem Angebote einer Nachbargemeinde mitzählen (0: "
	 "keiner)",
	 "0"},
	/* --- search map (S3): empty: no map, nothing from another host --- */
	{"map_tiles",
	 "Kartenkacheln der Suchkarte (URL-Vorlage, z. B. "
	 "https://tile.openstreetmap.org/{z}/{x}/{y}.png; leer: keine Karte)",
	 ""},
	{"map_attribution",
	 "Quellenangabe der Karte (z. B. © OpenStreetMap-Mitwirkende)", ""},
	{NULL, NULL, NULL},
};

static const char sql_get[] = "SELECT value FROM setting WHERE key = ?1";
static const char sql_set[] =
	"INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3) "
	"ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
	"updated_at = excluded.updated_at";

static const struct setting_def *find(const char *key)
{
	for (const struct setting_def *s = setting_defs; s->key; s++)
		if (strcmp(s->key, key) == 0)
			return s;
	return NULL;
}

const char *setting_get(db *d, arena *a, const char *key)
{
	const struct setting_def *def = find(key);
	if (!def)
		return NULL;
	sqlite3_stmt *st = d ? db_stmt(d, sql_get) : NULL;
	if (st) {
		db_bind_text(st, 1, key);
		if (sqlite3_step(st) == SQLITE_ROW) {
			const char *v = arena_strdup(a, db_col_text(st, 0));
			sqlite3_reset(st);
			return v;
		}
		sqlite3_reset(st);
	}
	return def->fallback;
}

int setting_set(db *d, const char *key, const char *value)
{
	if (!find(key))
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_set);
	if (!st)
		return -1;
	char now[21];
	db_now(now);
	db_bind_text(st, 1, key);
	db_bind_text(st, 2, value);
	db_bind_text(st, 3, now);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}
