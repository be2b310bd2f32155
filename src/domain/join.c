/*
 * join.c - requests to join the network, their spam protection and the
 * one-time links that set up a new partner's account (see join.h).
 */
#include "domain/join.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "auth/password.h"
#include "auth/token.h"
#include "base/utf8.h"
#include "domain/audit.h"
#include "domain/contact.h"
#include "domain/organisation.h"
#include "domain/settings.h"
#include "mail/outbox.h"

#define JOIN_COLS                                                              \
	"id, org_name, sector, street, postcode, city, web, contact_name, "    \
	"contact_email, contact_phone, message, consent_at, status, "          \
	"COALESCE(decided_at, ''), COALESCE(decided_by, ''), "                 \
	"decision_message, COALESCE(organisation_id, 0), created_at FROM "     \
	"join_request"

static const char sql_get[] = "SELECT " JOIN_COLS " WHERE id = ?1";
static const char sql_list[] =
	"SELECT " JOIN_COLS " WHERE (?1 IS NULL OR status = ?1) ORDER BY "
	"created_at DESC, id DESC";
static const char sql_count[] =
	"SELECT count(*) FROM join_request WHERE status = ?1";
static const char sql_insert[] =
	"INSERT INTO join_request (org_name, sector, street, postcode, city, "
	"web, contact_name, contact_email, contact_phone, message, "
	"consent_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, ?11, ?11)";
/* Only a new request is decided, once (the status guards a second
 * accept racing the first). */
static const char sql_decide[] =
	"UPDATE join_request SET status = ?2, decided_at = ?3, decided_by = "
	"?4, decision_message = ?5, organisation_id = ?6 WHERE id = ?1 AND "
	"status = 'new'";
static const char sql_secret_make[] =
	"INSERT OR IGNORE INTO server_secret (name, value, created_at) VALUES "
	"(?1, ?2, ?3)";
static const char sql_secret_get[] =
	"SELECT value FROM server_secret WHERE name = ?1";
static const char sql_rate_clean[] = "DELETE FROM join_attempt WHERE at < ?1";
static const char sql_rate_count[] =
	"SELECT count(*) FROM join_attempt WHERE remote_addr = ?1 AND at > ?2";
static const char sql_rate_add[] =
	"INSERT INTO join_attempt (remote_addr, at) VALUES (?1, ?2)";
static const char sql_token_add[] =
	"INSERT INTO account_token (token_hash, user_id, purpose, expires_at, "
	"created_at) VALUES (?1, ?2, 'setup', ?3, ?4)";
static const char sql_token_get[] =
	"SELECT user_id, expires_at, COALESCE(used_at, '') FROM account_token "
	"WHERE token_hash = ?1";
static const char sql_token_use[] =
	"UPDATE account_token SET used_at = ?2 WHERE token_hash = ?1 AND "
	"used_at IS NULL";

static const struct {
	const char *code, *label;
} statuses[] = {
	{"new", "Neu"},
	{"accepted", "Angenommen"},
	{"declined", "Abgelehnt"},
};

const char *join_status_label(const char *status)
{
	for (size_t i = 0; i < sizeof statuses / sizeof *statuses; i++)
		if (status && strcmp(statuses[i].code, status) == 0)
			return statuses[i].label;
	return status ? status : "";
}

static void read_row(sqlite3_stmt *st, arena *a, struct join_request *j)
{
	j->id = sqlite3_column_int64(st, 0);
	const char **f[] = {
		&j->org_name,	  &j->sector,	     &j->street,
		&j->postcode,	  &j->city,	     &j->web,
		&j->contact_name, &j->contact_email, &j->contact_phone,
		&j->message,	  &j->consent_at,    &j->status,
		&j->decided_at,	  &j->decided_by,    &j->decision_message};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		*f[i] = arena_strdup(a, db_col_text(st, (int)i + 1));
	j->organisation_id = sqlite3_column_int64(st, 16);
	j->created_at = arena_strdup(a, db_col_text(st, 17));
}

int join_get(db *d, arena *a, int64_t id, struct join_request *j)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, j);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

size_t join_list(db *d, arena *a, const char *status, struct join_request **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	db_bind_text(st, 1, status);
	size_t n = 0, cap = 0;
	struct join_request *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int64_t join_count(db *d, const char *status)
{
	sqlite3_stmt *st = db_stmt(d, sql_count);
	if (!st)
		return 0;
	db_bind_text(st, 1, status);
	int64_t n = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return n;
}

/* --- validation ---------------------------------------------------------------- */

static bool text_ok(const char *s, size_t max, bool required)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0)
		return !required;
	return utf8_valid(s, n) && utf8_length(s, n) <= max;
}

void join_validate(const struct join_request *j, bool consent, struct errs *e)
{
	if (!text_ok(j->org_name, 200, true))
		errs_add(e, "org_name",
			 "Bitte geben Sie den Namen Ihrer Organisation ein "
			 "(höchstens 200 Zeichen).");
	if (!sector_label(j->sector))
		errs_add(e, "sector",
			 "Bitte wählen Sie den Bereich, zu dem Ihre "
			 "Organisation gehört.");
	if (!text_ok(j->street, 200, false))
		errs_add(e, "street",
			 "Die Straße darf höchstens 200 Zeichen lang sein.");
	if (j->postcode && *j->postcode) {
		bool ok = strlen(j->postcode) == 5;
		for (size_t i = 0; ok && i < 5; i++)
			ok = j->postcode[i] >= '0' && j->postcode[i] <= '9';
		if (!ok)
			errs_add(e, "postcode",
				 "Die Postleitzahl hat fünf Ziffern.");
	}
	if (!text_ok(j->city, 100, false))
		errs_add(e, "city",
			 "Der Ort darf höchstens 100 Zeichen lang sein.");
	if (!text_ok(j->web, 300, false) ||
	    (j->web && *j->web && strncmp(j->web, "https://", 8) != 0 &&
	     strncmp(j->web, "http://", 7) != 0))
		errs_add(e, "web",
			 "Die Internetadresse beginnt mit https:// oder "
			 "http:// (höchstens 300 Zeichen).");
	if (!text_ok(j->contact_name, 120, true))
		errs_add(e, "contact_name",
			 "Bitte geben Sie Ihren Namen ein (höchstens 120 "
			 "Zeichen).");
	char norm[256];
	if (!j->contact_email || !*j->contact_email ||
	    !email_normalise(j->contact_email, norm, sizeof norm))
		errs_add(e, "contact_email",
			 "Bitte geben Sie eine gültige E-Mail-Adresse ein, "
			 "zum Beispiel name@beispiel.de.");
	if (!text_ok(j->contact_phone, 40, false))
		errs_add(e, "contact_phone",
			 "Die Telefonnummer darf höchstens 40 Zeichen lang "
			 "sein.");
	if (!text_ok(j->message, JOIN_MESSAGE_MAX, false))
		errs_add(e, "message",
			 "Die Nachricht darf höchstens %d Zeichen lang sein.",
			 JOIN_MESSAGE_MAX);
	if (!consent)
		errs_add(e, "consent",
			 "Bitte stimmen Sie zu, dass wir Ihre Angaben für "
			 "Ihre Anfrage verarbeiten dürfen.");
}

#define S(x) ((x) ? (x) : "")

int64_t join_submit(db *d, const struct actor *a, struct join_request *j,
		    bool consent, struct errs *e)
{
	size_t before = e->n;
	join_validate(j, consent, e);
	if (e->n > before)
		return -1;
	char email[256];
	email_normalise(j->contact_email, email, sizeof email);
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, sql_insert);
	int64_t id = -1;
	if (st) {
		db_bind_text(st, 1, j->org_name);
		db_bind_text(st, 2, j->sector);
		db_bind_text(st, 3, S(j->street));
		db_bind_text(st, 4, S(j->postcode));
		db_bind_text(st, 5, S(j->city));
		db_bind_text(st, 6, S(j->web));
		db_bind_text(st, 7, j->contact_name);
		db_bind_text(st, 8, email);
		db_bind_text(st, 9, S(j->contact_phone));
		db_bind_text(st, 10, S(j->message));
		db_bind_text(st, 11, now);
		if (sqlite3_step(st) == SQLITE_DONE)
			id = sqlite3_last_insert_rowid(db_sqlite(d));
		sqlite3_reset(st);
	}
	if (id < 0 ||
	    audit_add(d, a, "create", "join_request", id,
		      "Anfrage zum Mitmachen von „%s“ eingegangen",
		      j->org_name) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Ihre Anfrage konnte gerade nicht gespeichert werden. "
			 "Bitte versuchen Sie es später noch einmal.");
		return -1;
	}
	j->id = id;
	return id;
}

/* --- deciding ------------------------------------------------------------------ */

static bool decide(db *d, int64_t id, const char *status, const char *by,
		   const char *message, int64_t org_id)
{
	char now[21];
	db_now(now);
	sqlite3_stmt *st = db_stmt(d, sql_decide);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, status);
	db_bind_text(st, 3, now);
	db_bind_text(st, 4, by);
	db_bind_text(st, 5, message);
	if (org_id > 0)
		db_bind_int(st, 6, org_id);
	else
		sqlite3_bind_null(st, 6);
	bool ok = sqlite3_step(st) == SQLITE_DONE &&
		  sqlite3_changes(db_sqlite(d)) == 1;
	sqlite3_reset(st);
	return ok;
}

/* Loads request id and checks that a can decide it and it is new. */
static int load_new(db *d, arena *a, const struct actor *ac, int64_t id,
		    struct join_request *j, struct errs *e)
{
	if (ac->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Nur die Koordinierungsstelle entscheidet über "
			 "Anfragen.");
		return -2;
	}
	if (join_get(d, a, id, j) < 0) {
		errs_add(e, NULL, "Diese Anfrage gibt es nicht.");
		return -1;
	}
	if (strcmp(j->status, "new") != 0) {
		errs_add(e, NULL, "Über diese Anfrage ist schon entschieden.");
		return -1;
	}
	return 0;
}

/* Makes a one-time link for account uid and queues the invitation of
 * request j with it (again: a new link after the first one expired). In
 * the caller's transaction; 0 or -1. */
static int queue_invitation(db *d, arena *tmp, int64_t id,
			    const struct join_request *j, int64_t uid,
			    const char *base_url, bool again)
{
	char token[64];
	if (account_token_create(d, uid, token) < 0)
		return -1;
	const char *network = setting_get(d, tmp, "network_name");
	char *link =
		arena_printf(tmp, "%s/konto/einrichten/%s", S(base_url), token);
	sodium_memzero(token, sizeof token);
	char *text = arena_printf(
		tmp,
		"Guten Tag %s,\n\n%s"
		"Für Sie ist ein Zugang zum internen Bereich eingerichtet. "
		"Bitte legen Sie über diesen Link Ihr Passwort fest:\n\n"
		"%s\n\n"
		"Der Link gilt %d Tage und nur einmal. Danach melden Sie sich "
		"mit Ihrer E-Mail-Adresse %s und Ihrem Passwort an.\n\n"
		"Im internen Bereich pflegen Sie die Angaben und Angebote "
		"Ihrer Organisation, sehen Termine, Protokolle und "
		"Beschlüsse des Netzwerks.\n\n"
		"Freundliche Grüße\nIhre Koordinierungsstelle\n",
		j->contact_name,
		again ? arena_printf(tmp,
				     "hier ist ein neuer Link für Ihren Zugang "
				     "zum %s (für „%s“); frühere Links gelten "
				     "nicht mehr.\n\n",
				     network, j->org_name)
		      : arena_printf(
				tmp,
				"herzlich willkommen im %s! Die "
				"Koordinierungsstelle hat Ihre Anfrage für "
				"„%s“ angenommen. Ihre Organisation ist "
				"jetzt Partnerin des Netzwerks.\n\n",
				network, j->org_name),
		link, JOIN_TOKEN_DAYS, j->contact_email);
	return outbox_enqueue(
		       d,
		       &(struct mail){
			       .kind = "join",
			       .ref_id = id,
			       .to = j->contact_email,
			       .to_name = j->contact_name,
			       .subject =
				       again ? arena_printf(
						       tmp,
						       "Neuer Link für Ihren "
						       "Zugang zum %s",
						       network)
					     : arena_printf(tmp,
							    "Willkommen im %s",
							    network),
			       .text = text}) < 0
		       ? -1
		       : 0;
}

int join_accept(db *d, const struct actor *a, int64_t id, const char *base_url,
		int64_t *org_id, struct errs *e)
{
	arena *tmp = arena_new(4096);
	struct join_request j;
	int rc = load_new(d, tmp, a, id, &j, e);
	if (rc < 0)
		goto out;
	rc = -1;
	struct user existing;
	if (user_by_email(d, tmp, j.contact_email, &existing) == 0) {
		errs_add(e, NULL,
			 "Zur E-Mail-Adresse %s gibt es schon ein Konto. "
			 "Bitte legen Sie die Organisation von Hand an oder "
			 "lehnen Sie die Anfrage ab.",
			 j.contact_email);
		goto out;
	}
	char today[21];
	db_now(today);
	today[10] = '\0';
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	struct organisation o = {.name = j.org_name,
				 .sector = j.sector,
				 .street = j.street,
				 .postcode = j.postcode,
				 .city = j.city,
				 .web = j.web,
				 .phone = "",
				 .email = "",
				 .membership = "member",
				 .member_since = today};
	struct user_error ue = {0};
	int64_t oid = org_create(d, a, &o, &ue);
	if (oid < 0) {
		errs_add(e, NULL, "Die Organisation: %s", ue.msg);
		goto fail;
	}
	struct contact c = {.org_id = oid,
			    .name = j.contact_name,
			    .role = "ansprechperson",
			    .job_title = "",
			    .phone = j.contact_phone,
			    .email = j.contact_email};
	if (contact_save(d, a, &c, e) < 0)
		goto fail;
	/* Accounts are the administration's; accepting a request is the
	 * one case where the coordination office creates one, a partner
	 * account of the new organisation only. Its password is random
	 * and never shown: the person sets their own through the link. */
	struct actor admin = *a;
	admin.role = ROLE_ADMIN;
	char random_pw[64];
	do
		token_random(random_pw, sizeof random_pw, 32);
	while (password_policy(random_pw, j.contact_email, j.contact_name));
	int64_t uid = user_create(d, &admin, j.contact_email, j.contact_name,
				  ROLE_PARTNER, oid, random_pw, false, &ue);
	sodium_memzero(random_pw, sizeof random_pw);
	if (uid < 0) {
		errs_add(e, NULL, "Das Konto: %s", ue.msg);
		goto fail;
	}
	if (queue_invitation(d, tmp, id, &j, uid, base_url, false) < 0) {
		errs_add(e, NULL,
			 "Der Link oder die E-Mail konnte nicht vorbereitet "
			 "werden.");
		goto fail;
	}
	if (!decide(d, id, "accepted", a->label, "", oid) ||
	    audit_add(d, a, "accept", "join_request", id,
		      "Anfrage von „%s“ angenommen: Organisation Nr. %lld, "
		      "Konto %s eingeladen",
		      j.org_name, (long long)oid, j.contact_email) < 0 ||
	    db_tx_commit(d) < 0) {
		errs_add(e, NULL,
			 "Die Anfrage konnte nicht angenommen werden.");
		goto fail;
	}
	*org_id = oid;
	rc = 0;
	goto out;
fail:
	db_tx_rollback(d);
out:
	arena_free(tmp);
	return rc;
}

static const char sql_token_drop[] =
	"DELETE FROM account_token WHERE user_id = ?1 AND used_at IS NULL";
static const char sql_token_used[] =
	"SELECT 1 FROM account_token WHERE user_id = ?1 AND used_at IS NOT "
	"NULL";

int join_resend(db *d, const struct actor *a, int64_t id, const char *base_url,
		struct errs *e)
{
	arena *tmp = arena_new(4096);
	int rc = -1;
	struct join_request j;
	struct user u;
	if (a->role < ROLE_COORDINATION) {
		errs_add(e, NULL,
			 "Nur die Koordinierungsstelle verschickt "
			 "Einladungen.");
		rc = -2;
		goto out;
	}
	if (join_get(d, tmp, id, &j) < 0) {
		errs_add(e, NULL, "Diese Anfrage gibt es nicht.");
		goto out;
	}
	if (strcmp(j.status, "accepted") != 0 || !j.organisation_id ||
	    user_by_email(d, tmp, j.contact_email, &u) < 0 ||
	    u.org_id != j.organisation_id || u.role != ROLE_PARTNER) {
		errs_add(e, NULL,
			 "Zu dieser Anfrage gibt es kein eingeladenes Konto.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_token_used);
	bool used = false;
	if (st) {
		db_bind_int(st, 1, u.id);
		used = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_reset(st);
	}
	if (used) {
		errs_add(e, NULL,
			 "Der Zugang ist schon eingerichtet. Ein vergessenes "
			 "Passwort setzt die Administration neu.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = (st = db_stmt(d, sql_token_drop)) != NULL;
	if (ok) {
		db_bind_int(st, 1, u.id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok || queue_invitation(d, tmp, id, &j, u.id, base_url, true) < 0 ||
	    audit_add(d, a, "resend", "join_request", id,
		      "Neuer Einladungslink an %s", j.contact_email) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Einladung konnte nicht verschickt werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int join_accept_existing(db *d, const struct actor *a, int64_t id,
			 int64_t org_id, struct errs *e)
{
	arena *tmp = arena_new(4096);
	struct join_request j;
	struct organisation o;
	int rc = load_new(d, tmp, a, id, &j, e);
	if (rc < 0)
		goto out;
	rc = -1;
	if (org_get(d, tmp, org_id, &o) < 0) {
		errs_add(e, NULL, "Diese Organisation gibt es nicht.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	if (!decide(d, id, "accepted", a->label, "", org_id) ||
	    audit_add(d, a, "accept", "join_request", id,
		      "Anfrage von „%s“ angenommen: schon vorhandene "
		      "Organisation „%s“ (Nr. %lld)",
		      j.org_name, o.name, (long long)org_id) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Anfrage konnte nicht angenommen werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int join_decline(db *d, const struct actor *a, int64_t id, const char *message,
		 struct errs *e)
{
	arena *tmp = arena_new(4096);
	struct join_request j;
	int rc = load_new(d, tmp, a, id, &j, e);
	if (rc < 0)
		goto out;
	rc = -1;
	if (!text_ok(message, JOIN_MESSAGE_MAX, true)) {
		errs_add(e, "message",
			 "Bitte schreiben Sie eine kurze Nachricht an die "
			 "anfragende Person (höchstens %d Zeichen).",
			 JOIN_MESSAGE_MAX);
		goto out;
	}
	const char *network = setting_get(d, tmp, "network_name");
	char *text = arena_printf(
		tmp,
		"Guten Tag %s,\n\n"
		"vielen Dank für Ihr Interesse am %s und Ihre Anfrage für "
		"„%s“. Die Koordinierungsstelle hat sie geprüft und schreibt "
		"Ihnen:\n\n%s\n\n"
		"Freundliche Grüße\nIhre Koordinierungsstelle\n",
		j.contact_name, network, j.org_name, message);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	if (outbox_enqueue(d,
			   &(struct mail){.kind = "join",
					  .ref_id = id,
					  .to = j.contact_email,
					  .to_name = j.contact_name,
					  .subject = arena_printf(
						  tmp, "Ihre Anfrage beim %s",
						  network),
					  .text = text}) < 0 ||
	    !decide(d, id, "declined", a->label, message, 0) ||
	    audit_add(d, a, "decline", "join_request", id,
		      "Anfrage von „%s“ abgelehnt", j.org_name) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL, "Die Anfrage konnte nicht abgelehnt werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

/* --- spam protection --------------------------------------------------------- */

/* The secret key name (32 bytes), made on first use. 0 or -1. */
static int secret(db *d, const char *name,
		  unsigned char key[crypto_auth_hmacsha256_KEYBYTES])
{
	if (crypto_ready() < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(d, sql_secret_make);
	if (!st)
		return -1;
	unsigned char raw[crypto_auth_hmacsha256_KEYBYTES];
	char hex[2 * sizeof raw + 1];
	randombytes_buf(raw, sizeof raw);
	sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
	char now[21];
	db_now(now);
	db_bind_text(st, 1, name);
	db_bind_text(st, 2, hex);
	db_bind_text(st, 3, now);
	sqlite3_step(st);
	sqlite3_reset(st);
	sodium_memzero(hex, sizeof hex);
	if (!(st = db_stmt(d, sql_secret_get)))
		return -1;
	db_bind_text(st, 1, name);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *v = db_col_text(st, 0);
		size_t got = 0;
		if (sodium_hex2bin(key, crypto_auth_hmacsha256_KEYBYTES, v,
				   strlen(v), NULL, &got, NULL) == 0 &&
		    got == crypto_auth_hmacsha256_KEYBYTES)
			rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

/* hex HMAC of "join:<t>" into out. */
static int form_mac(db *d, long long t, char out[65])
{
	unsigned char key[crypto_auth_hmacsha256_KEYBYTES];
	if (secret(d, "join_form", key) < 0)
		return -1;
	char msg[40];
	snprintf(msg, sizeof msg, "join:%lld", t);
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	crypto_auth_hmacsha256(mac, (const unsigned char *)msg, strlen(msg),
			       key);
	sodium_memzero(key, sizeof key);
	sodium_bin2hex(out, 65, mac, sizeof mac);
	return 0;
}

const char *join_form_token(db *d, arena *a, int64_t now)
{
	char mac[65];
	if (form_mac(d, (long long)now, mac) < 0)
		return "";
	return arena_printf(a, "%lld.%s", (long long)now, mac);
}

enum join_token_check join_check_form_token(db *d, const char *token,
					    int64_t now)
{
	if (!token)
		return JOIN_TOKEN_BAD;
	const char *dot = strchr(token, '.');
	if (!dot || dot == token || dot - token > 12 || strlen(dot + 1) != 64)
		return JOIN_TOKEN_BAD;
	long long t = 0;
	for (const char *p = token; p < dot; p++) {
		if (*p < '0' || *p > '9')
			return JOIN_TOKEN_BAD;
		t = t * 10 + (*p - '0');
	}
	char mac[65];
	if (form_mac(d, t, mac) < 0 || !token_equal(mac, dot + 1))
		return JOIN_TOKEN_BAD;
	if (now - t < JOIN_MIN_SECONDS)
		return JOIN_TOKEN_EARLY;
	if (now - t > JOIN_MAX_SECONDS)
		return JOIN_TOKEN_EXPIRED;
	return JOIN_TOKEN_OK;
}

bool join_rate_allow(db *d, const char *addr, int64_t now)
{
	const char *who = addr && *addr ? addr : "-";
	sqlite3_stmt *st = db_stmt(d, sql_rate_clean);
	if (st) {
		db_bind_int(st, 1, now - 24 * 3600);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	int64_t n = 0;
	if ((st = db_stmt(d, sql_rate_count))) {
		db_bind_text(st, 1, who);
		db_bind_int(st, 2, now - JOIN_RATE_WINDOW);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	if (n >= JOIN_RATE_MAX)
		return false;
	if ((st = db_stmt(d, sql_rate_add))) {
		db_bind_text(st, 1, who);
		db_bind_int(st, 2, now);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	return true;
}

/* --- one-time links ---------------------------------------------------------- */

int account_token_create(db *d, int64_t user_id, char out[64])
{
	token_random(out, 64, 32);
	char hash[65];
	token_hash(out, hash);
	/* expiry: now + JOIN_TOKEN_DAYS, as UTC text */
	char now[21], expires[21];
	db_now(now);
	time_t t = time(NULL) + (time_t)JOIN_TOKEN_DAYS * 24 * 3600;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(expires, sizeof expires, "%Y-%m-%dT%H:%M:%SZ", &tm);
	sqlite3_stmt *st = db_stmt(d, sql_token_add);
	if (!st)
		return -1;
	db_bind_text(st, 1, hash);
	db_bind_int(st, 2, user_id);
	db_bind_text(st, 3, expires);
	db_bind_text(st, 4, now);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	return rc;
}

enum account_token_state account_token_check(db *d, arena *a, const char *token,
					     struct user *u)
{
	if (!token || strlen(token) < 20 || strlen(token) > 100)
		return ACCOUNT_TOKEN_UNKNOWN;
	char hash[65];
	token_hash(token, hash);
	sqlite3_stmt *st = db_stmt(d, sql_token_get);
	if (!st)
		return ACCOUNT_TOKEN_UNKNOWN;
	db_bind_text(st, 1, hash);
	enum account_token_state s = ACCOUNT_TOKEN_UNKNOWN;
	int64_t uid = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		uid = sqlite3_column_int64(st, 0);
		char now[21];
		db_now(now);
		if (db_col_text(st, 2)[0])
			s = ACCOUNT_TOKEN_USED;
		else if (strcmp(db_col_text(st, 1), now) < 0)
			s = ACCOUNT_TOKEN_EXPIRED;
		else
			s = ACCOUNT_TOKEN_VALID;
	}
	sqlite3_reset(st);
	if (s == ACCOUNT_TOKEN_VALID &&
	    (user_get(d, a, uid, u) < 0 || !u->active))
		s = ACCOUNT_TOKEN_UNKNOWN;
	return s;
}

int account_token_use(db *d, const char *token, const char *addr,
		      const char *password, struct user_error *e)
{
	arena *tmp = arena_new(2048);
	int rc = -1;
	e->field = NULL;
	if (db_tx_begin(d) < 0) {
		snprintf(e->msg, sizeof e->msg,
			 "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	struct user u;
	if (account_token_check(d, tmp, token, &u) != ACCOUNT_TOKEN_VALID) {
		snprintf(e->msg, sizeof e->msg,
			 "Dieser Link gilt nicht mehr. Bitte wenden Sie sich "
			 "an die Koordinierungsstelle.");
		db_tx_rollback(d);
		goto out;
	}
	/* The person acts for their own account. */
	struct actor self = {u.id, u.email, addr ? addr : "", u.role, u.org_id};
	char hash[65], now[21];
	token_hash(token, hash);
	db_now(now);
	if (user_set_password(d, &self, u.id, NULL, password, e) < 0) {
		db_tx_rollback(d);
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_token_use);
	bool ok = st != NULL;
	if (ok) {
		db_bind_text(st, 1, hash);
		db_bind_text(st, 2, now);
		ok = sqlite3_step(st) == SQLITE_DONE &&
		     sqlite3_changes(db_sqlite(d)) == 1;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, &self, "setup", "user", u.id,
		      "Zugang über den Einladungslink eingerichtet") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(e->msg, sizeof e->msg,
			 "Das Passwort konnte nicht gespeichert werden.");
		e->field = NULL;
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}
