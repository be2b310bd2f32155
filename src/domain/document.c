/*
 * document.c - documents, versions and acceptances (see document.h).
 */
#include "domain/document.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/utf8.h"
#include "domain/audit.h"
#include "mail/outbox.h"

const struct code document_kinds[] = {
	{"geschaeftsordnung", "Geschäftsordnung", NULL},
	{"kooperationsvereinbarung", "Kooperationsvereinbarung", NULL},
	{"verfahren", "Verfahren im Kinderschutz", NULL},
	{"sonstiges", "Sonstiges", NULL},
	{NULL, NULL, NULL},
};

#define DOC_COLS                                                               \
	"d.id, d.title, d.kind, d.description, d.requires_acceptance, "        \
	"d.public, d.created_at, d.updated_at, COALESCE(v.version, 0), "       \
	"COALESCE(v.id, 0), COALESCE(v.valid_from, ''), (SELECT count(*) "     \
	"FROM acceptance ac JOIN organisation o ON o.id = ac.organisation_id " \
	"WHERE ac.document_version_id = v.id AND o.membership = 'member' AND " \
	"o.archived = 0) FROM document d LEFT JOIN document_version v ON "     \
	"v.document_id = d.id AND v.version = (SELECT MAX(version) FROM "      \
	"document_version WHERE document_id = d.id)"

static const char sql_get[] = "SELECT " DOC_COLS " WHERE d.id = ?1";
static const char sql_list[] =
	"SELECT " DOC_COLS " ORDER BY CASE d.kind WHEN 'geschaeftsordnung' "
	"THEN 1 WHEN 'kooperationsvereinbarung' THEN 2 WHEN 'verfahren' THEN 3 "
	"ELSE 4 END, d.title COLLATE NOCASE";
static const char sql_insert[] =
	"INSERT INTO document (title, kind, description, requires_acceptance, "
	"public, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)";
static const char sql_update[] =
	"UPDATE document SET title = ?2, kind = ?3, description = ?4, "
	"requires_acceptance = ?5, public = ?6, updated_at = ?7 WHERE id = ?1";

#define VERSION_COLS                                                           \
	"v.id, v.document_id, v.version, v.format, v.text_md, v.size, "        \
	"v.filename, v.sha256, v.note, COALESCE(v.motion_id, 0), "             \
	"COALESCE(mo.number, ''), COALESCE(mo.title, ''), "                    \
	"COALESCE(v.valid_from, ''), v.created_at, v.created_by"
static const char sql_versions[] =
	"SELECT " VERSION_COLS ", NULL FROM document_version v LEFT JOIN "
	"motion mo ON mo.id = v.motion_id WHERE v.document_id = ?1 ORDER BY "
	"v.version DESC";
static const char sql_version[] =
	"SELECT " VERSION_COLS ", CASE WHEN ?3 THEN v.pdf END FROM "
	"document_version v LEFT JOIN motion mo ON mo.id = v.motion_id WHERE "
	"v.document_id = ?1 AND v.version = ?2";
static const char sql_next_version[] =
	"SELECT COALESCE(MAX(version), 0) + 1 FROM document_version WHERE "
	"document_id = ?1";
static const char sql_version_insert[] =
	"INSERT INTO document_version (document_id, version, format, text_md, "
	"pdf, filename, size, sha256, note, motion_id, valid_from, "
	"created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, ?11, ?12, ?13)";
static const char sql_touch[] =
	"UPDATE document SET updated_at = ?2 WHERE id = ?1";
static const char sql_adopted_motion[] =
	"SELECT 1 FROM motion WHERE id = ?1 AND result = 'adopted'";
static const char sql_motion_choices[] =
	"SELECT id, number, title FROM motion WHERE result = 'adopted' ORDER "
	"BY decided_at DESC, id DESC";

#define ACC_COLS                                                               \
	"ac.organisation_id, o.name, ac.kind, ac.accepted_on, "                \
	"ac.accepted_by, ac.recorded_at, ac.recorded_by FROM acceptance ac "   \
	"JOIN organisation o ON o.id = ac.organisation_id"
static const char sql_acceptances[] =
	"SELECT " ACC_COLS " WHERE ac.document_version_id = ?1 ORDER BY o.name "
	"COLLATE NOCASE";
static const char sql_acceptance[] =
	"SELECT " ACC_COLS
	" WHERE ac.document_version_id = ?1 AND ac.organisation_id = ?2";
static const char sql_accept[] =
	"INSERT INTO acceptance (organisation_id, document_version_id, kind, "
	"accepted_on, accepted_by, recorded_at, recorded_by) VALUES (?1, ?2, "
	"?3, ?4, ?5, ?6, ?7) ON CONFLICT (organisation_id, "
	"document_version_id) DO UPDATE SET kind = excluded.kind, accepted_on "
	"= excluded.accepted_on, accepted_by = excluded.accepted_by, "
	"recorded_at = excluded.recorded_at, recorded_by = "
	"excluded.recorded_by";
static const char sql_org_name[] =
	"SELECT name FROM organisation WHERE id = ?1";
static const char sql_missing[] =
	"SELECT o.id, o.name, COALESCE(NULLIF(o.email, ''), (SELECT c.email "
	"FROM contact c WHERE c.organisation_id = o.id AND c.email <> '' "
	"ORDER BY c.id LIMIT 1), '') FROM organisation o WHERE o.membership = "
	"'member' AND o.archived = 0 AND NOT EXISTS (SELECT 1 FROM acceptance "
	"ac WHERE ac.organisation_id = o.id AND ac.document_version_id = ?1) "
	"ORDER BY o.name COLLATE NOCASE, o.id";

static const char *dup(arena *a, sqlite3_stmt *st, int i)
{
	return arena_strdup(a, db_col_text(st, i));
}

static void read_doc(sqlite3_stmt *st, arena *a, struct document *doc)
{
	memset(doc, 0, sizeof *doc);
	doc->id = sqlite3_column_int64(st, 0);
	doc->title = dup(a, st, 1);
	doc->kind = dup(a, st, 2);
	doc->description = dup(a, st, 3);
	doc->requires_acceptance = sqlite3_column_int(st, 4) != 0;
	doc->public = sqlite3_column_int(st, 5) != 0;
	doc->created_at = dup(a, st, 6);
	doc->updated_at = dup(a, st, 7);
	doc->current = sqlite3_column_int(st, 8);
	doc->current_id = sqlite3_column_int64(st, 9);
	doc->current_valid_from = dup(a, st, 10);
	doc->accepted = sqlite3_column_int(st, 11);
}

int document_get(db *d, arena *a, int64_t id, struct document *doc)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_doc(st, a, doc);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

size_t document_list(db *d, arena *a, struct document **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list);
	if (!st)
		return 0;
	size_t n = 0, cap = 0;
	struct document *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_doc(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static bool text_ok(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	return utf8_valid(s ? s : "", n) && utf8_length(s ? s : "", n) <= max;
}

/* "YYYY-MM-DD" with a plausible month and day. */
static bool date_ok(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int dd = (s[8] - '0') * 10 + (s[9] - '0');
	return m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
}

#define S(x) ((x) ? (x) : "")

static bool may_manage(const struct actor *a, struct errs *e)
{
	if (a->role >= ROLE_COORDINATION)
		return true;
	errs_add(e, NULL, "Dokumente pflegt die Netzwerkkoordination.");
	return false;
}

int document_save(db *d, const struct actor *a, struct document *doc,
		  struct errs *e)
{
	if (!may_manage(a, e))
		return -2;
	size_t before = e->n;
	if (!doc->title || !*doc->title || !text_ok(doc->title, 200))
		errs_add(e, "title",
			 "Bitte geben Sie einen Titel ein (höchstens 200 "
			 "Zeichen).");
	if (!code_find(document_kinds, doc->kind))
		errs_add(e, "kind", "Bitte wählen Sie eine Art.");
	if (!text_ok(doc->description, 5000))
		errs_add(e, "description",
			 "Die Beschreibung darf höchstens 5000 Zeichen lang "
			 "sein.");
	if (e->n > before)
		return -1;
	bool update = doc->id > 0;
	if (update) {
		arena *tmp = arena_new(1024);
		struct document old;
		int found = document_get(d, tmp, doc->id, &old);
		arena_free(tmp);
		if (found < 0) {
			errs_add(e, NULL, "Dieses Dokument gibt es nicht.");
			return -1;
		}
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	sqlite3_stmt *st = db_stmt(d, update ? sql_update : sql_insert);
	bool ok = st != NULL;
	if (ok && update) {
		db_bind_int(st, 1, doc->id);
		db_bind_text(st, 2, doc->title);
		db_bind_text(st, 3, doc->kind);
		db_bind_text(st, 4, S(doc->description));
		db_bind_int(st, 5, doc->requires_acceptance);
		db_bind_int(st, 6, doc->public);
		db_bind_text(st, 7, now);
	} else if (ok) {
		db_bind_text(st, 1, doc->title);
		db_bind_text(st, 2, doc->kind);
		db_bind_text(st, 3, S(doc->description));
		db_bind_int(st, 4, doc->requires_acceptance);
		db_bind_int(st, 5, doc->public);
		db_bind_text(st, 6, now);
	}
	if (ok) {
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok && !update)
		doc->id = sqlite3_last_insert_rowid(db_sqlite(d));
	if (!ok ||
	    audit_add(d, a, update ? "update" : "create", "document", doc->id,
		      "Dokument „%s“ %s", doc->title,
		      update ? "geändert" : "angelegt") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		if (!update)
			doc->id = 0;
		errs_add(e, NULL,
			 "Das Dokument konnte nicht gespeichert werden.");
		return -1;
	}
	return 0;
}

static void read_version(sqlite3_stmt *st, arena *a, struct document_version *v)
{
	memset(v, 0, sizeof *v);
	v->id = sqlite3_column_int64(st, 0);
	v->document_id = sqlite3_column_int64(st, 1);
	v->version = sqlite3_column_int(st, 2);
	v->format = dup(a, st, 3);
	v->text_md = dup(a, st, 4);
	v->size = (size_t)sqlite3_column_int64(st, 5);
	v->filename = dup(a, st, 6);
	v->sha256 = dup(a, st, 7);
	v->note = dup(a, st, 8);
	v->motion_id = sqlite3_column_int64(st, 9);
	v->motion_number = dup(a, st, 10);
	v->motion_title = dup(a, st, 11);
	v->valid_from = dup(a, st, 12);
	v->created_at = dup(a, st, 13);
	v->created_by = dup(a, st, 14);
	if (sqlite3_column_type(st, 15) == SQLITE_BLOB) {
		int n = sqlite3_column_bytes(st, 15);
		char *p = arena_alloc(a, (size_t)n + 1);
		if (n > 0)
			memcpy(p, sqlite3_column_blob(st, 15), (size_t)n);
		p[n] = '\0';
		v->pdf = p;
		v->size = (size_t)n;
	}
}

size_t document_versions(db *d, arena *a, int64_t doc_id,
			 struct document_version **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_versions);
	if (!st)
		return 0;
	db_bind_int(st, 1, doc_id);
	size_t n = 0, cap = 0;
	struct document_version *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_version(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int document_version_get(db *d, arena *a, int64_t doc_id, int n, bool with_pdf,
			 struct document_version *v)
{
	sqlite3_stmt *st = db_stmt(d, sql_version);
	if (!st)
		return -1;
	db_bind_int(st, 1, doc_id);
	db_bind_int(st, 2, n);
	db_bind_int(st, 3, with_pdf);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_version(st, a, v);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

static bool ends_with_pdf(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	return n > 4 && strcasecmp(name + n - 4, ".pdf") == 0;
}

bool document_pdf_ok(const char *data, size_t len, const char *filename,
		     const char *content_type, struct errs *e)
{
	if (!data || len == 0) {
		errs_add(e, "pdf", "Bitte wählen Sie eine PDF-Datei aus.");
		return false;
	}
	if (len > DOCUMENT_PDF_MAX) {
		errs_add(e, "pdf",
			 "Die Datei ist zu groß: höchstens 10 MB sind "
			 "erlaubt.");
		return false;
	}
	bool type_ok = ends_with_pdf(filename) ||
		       (content_type &&
			strncasecmp(content_type, "application/pdf", 15) == 0);
	if (len < 5 || memcmp(data, "%PDF-", 5) != 0 || !type_ok) {
		errs_add(e, "pdf",
			 "Das ist keine PDF-Datei. Bitte laden Sie ein "
			 "Dokument im PDF-Format hoch (Dateiendung .pdf).");
		return false;
	}
	return true;
}

int document_add_version(db *d, const struct actor *a,
			 struct document_version *v, const char *content_type,
			 struct errs *e)
{
	if (!may_manage(a, e))
		return -2;
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct document doc;
	if (document_get(d, tmp, v->document_id, &doc) < 0) {
		errs_add(e, NULL, "Dieses Dokument gibt es nicht.");
		goto out;
	}
	size_t before = e->n;
	bool pdf = v->format && strcmp(v->format, "pdf") == 0;
	if (!pdf && !(v->format && strcmp(v->format, "markdown") == 0))
		errs_add(e, "format", "Bitte wählen Sie Text oder PDF-Datei.");
	else if (pdf)
		document_pdf_ok(v->pdf, v->size, v->filename, content_type, e);
	else if (!v->text_md || !*v->text_md || !text_ok(v->text_md, 500000))
		errs_add(e, "text_md",
			 "Bitte geben Sie den Text des Dokuments ein "
			 "(höchstens 500 000 Zeichen).");
	if (!text_ok(v->note, 2000))
		errs_add(e, "note",
			 "Die Anmerkung darf höchstens 2000 Zeichen lang "
			 "sein.");
	if (v->valid_from && *v->valid_from && !date_ok(v->valid_from))
		errs_add(e, "valid_from",
			 "Bitte geben Sie das Datum als TT.MM.JJJJ ein.");
	if (v->motion_id) {
		sqlite3_stmt *st = db_stmt(d, sql_adopted_motion);
		bool found = false;
		if (st) {
			db_bind_int(st, 1, v->motion_id);
			found = sqlite3_step(st) == SQLITE_ROW;
			sqlite3_reset(st);
		}
		if (!found)
			errs_add(e, "motion_id",
				 "Bitte wählen Sie einen angenommenen "
				 "Beschluss.");
	}
	if (e->n > before)
		goto out;
	char hex[crypto_hash_sha256_BYTES * 2 + 1] = "";
	const char *filename = "";
	if (pdf) {
		unsigned char hash[crypto_hash_sha256_BYTES];
		crypto_hash_sha256(hash, (const unsigned char *)v->pdf,
				   v->size);
		sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
		filename = v->filename ? v->filename : "";
		if (!text_ok(filename, 200))
			filename = "dokument.pdf";
	}
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_next_version);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, v->document_id);
		ok = sqlite3_step(st) == SQLITE_ROW;
		if (ok)
			v->version = sqlite3_column_int(st, 0);
		sqlite3_reset(st);
	}
	st = ok ? db_stmt(d, sql_version_insert) : NULL;
	ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, v->document_id);
		db_bind_int(st, 2, v->version);
		db_bind_text(st, 3, pdf ? "pdf" : "markdown");
		db_bind_text(st, 4, pdf ? "" : v->text_md);
		if (pdf)
			sqlite3_bind_blob(st, 5, v->pdf, (int)v->size,
					  SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 5);
		db_bind_text(st, 6, filename);
		db_bind_int(st, 7, pdf ? (int64_t)v->size : 0);
		db_bind_text(st, 8, hex);
		db_bind_text(st, 9, S(v->note));
		if (v->motion_id)
			db_bind_int(st, 10, v->motion_id);
		else
			sqlite3_bind_null(st, 10);
		db_bind_text(st, 11,
			     v->valid_from && *v->valid_from ? v->valid_from
							     : NULL);
		db_bind_text(st, 12, now);
		db_bind_text(st, 13, a->label);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok)
		v->id = sqlite3_last_insert_rowid(db_sqlite(d));
	st = ok ? db_stmt(d, sql_touch) : NULL;
	ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, v->document_id);
		db_bind_text(st, 2, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "create", "document", v->document_id,
		      "Fassung %d von „%s“ angelegt (%s%s%s)", v->version,
		      doc.title, pdf ? "PDF " : "Text", pdf ? filename : "",
		      pdf ? arena_printf(tmp, ", SHA-256 %.16s…", hex) : "") <
		    0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		v->id = 0;
		errs_add(e, NULL,
			 "Die Fassung konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

static void read_acc(sqlite3_stmt *st, arena *a, struct acceptance *c)
{
	c->org_id = sqlite3_column_int64(st, 0);
	c->org_name = dup(a, st, 1);
	c->kind = dup(a, st, 2);
	c->accepted_on = dup(a, st, 3);
	c->accepted_by = dup(a, st, 4);
	c->recorded_at = dup(a, st, 5);
	c->recorded_by = dup(a, st, 6);
}

size_t document_acceptances(db *d, arena *a, int64_t version_id,
			    struct acceptance **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_acceptances);
	if (!st)
		return 0;
	db_bind_int(st, 1, version_id);
	size_t n = 0, cap = 0;
	struct acceptance *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_acc(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int document_acceptance_get(db *d, arena *a, int64_t version_id, int64_t org_id,
			    struct acceptance *out)
{
	sqlite3_stmt *st = db_stmt(d, sql_acceptance);
	if (!st)
		return -1;
	db_bind_int(st, 1, version_id);
	db_bind_int(st, 2, org_id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_acc(st, a, out);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

int document_accept(db *d, const struct actor *a, int64_t doc_id,
		    int64_t org_id, const char *kind, const char *accepted_on,
		    const char *accepted_by, struct errs *e)
{
	if (!actor_may_edit_org(a, org_id)) {
		errs_add(e, NULL,
			 "Sie können Dokumente nur für Ihre eigene "
			 "Organisation annehmen.");
		return -2;
	}
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct document doc;
	if (document_get(d, tmp, doc_id, &doc) < 0) {
		errs_add(e, NULL, "Dieses Dokument gibt es nicht.");
		goto out;
	}
	if (!doc.current_id) {
		errs_add(e, NULL,
			 "Von diesem Dokument gibt es noch keine "
			 "Fassung.");
		goto out;
	}
	char org_name[256] = "";
	sqlite3_stmt *st = db_stmt(d, sql_org_name);
	if (st) {
		db_bind_int(st, 1, org_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			snprintf(org_name, sizeof org_name, "%s",
				 db_col_text(st, 0));
		sqlite3_reset(st);
	}
	size_t before = e->n;
	if (!org_name[0])
		errs_add(e, "organisation",
			 "Bitte wählen Sie eine Organisation.");
	if (!kind ||
	    (strcmp(kind, "accepted") != 0 && strcmp(kind, "signed") != 0))
		errs_add(e, "kind",
			 "Bitte wählen Sie „angenommen“ oder "
			 "„unterzeichnet“.");
	if (!date_ok(accepted_on))
		errs_add(e, "accepted_on",
			 "Bitte geben Sie das Datum als TT.MM.JJJJ ein.");
	if (!accepted_by || !*accepted_by || !text_ok(accepted_by, 120))
		errs_add(e, "accepted_by",
			 "Bitte geben Sie den Namen der Person ein, die "
			 "angenommen oder unterzeichnet hat (höchstens 120 "
			 "Zeichen).");
	if (e->n > before)
		goto out;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	st = db_stmt(d, sql_accept);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, org_id);
		db_bind_int(st, 2, doc.current_id);
		db_bind_text(st, 3, kind);
		db_bind_text(st, 4, accepted_on);
		db_bind_text(st, 5, accepted_by);
		db_bind_text(st, 6, now);
		db_bind_text(st, 7, a->label);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "accept", "document", doc_id,
		      "„%s“ Fassung %d %s für %s am %s durch %s", doc.title,
		      doc.current,
		      strcmp(kind, "signed") == 0 ? "unterzeichnet"
						  : "angenommen",
		      org_name, accepted_on, accepted_by) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Annahme konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

size_t document_missing(db *d, arena *a, int64_t doc_id,
			struct missing_org **out)
{
	*out = NULL;
	struct document doc;
	if (document_get(d, a, doc_id, &doc) < 0 || !doc.current_id)
		return 0;
	sqlite3_stmt *st = db_stmt(d, sql_missing);
	if (!st)
		return 0;
	db_bind_int(st, 1, doc.current_id);
	size_t n = 0, cap = 0;
	struct missing_org *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		v[n].org_id = sqlite3_column_int64(st, 0);
		v[n].name = dup(a, st, 1);
		v[n].email = dup(a, st, 2);
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

int document_remind(db *d, const struct actor *a, int64_t doc_id,
		    const char *link, size_t *sent, size_t *without,
		    struct errs *e)
{
	*sent = *without = 0;
	if (!may_manage(a, e))
		return -2;
	arena *tmp = arena_new(4096);
	int rc = -1;
	struct document doc;
	if (document_get(d, tmp, doc_id, &doc) < 0) {
		errs_add(e, NULL, "Dieses Dokument gibt es nicht.");
		goto out;
	}
	struct missing_org *m;
	size_t n = document_missing(d, tmp, doc_id, &m);
	if (n == 0) {
		errs_add(e, NULL,
			 "Alle Mitgliedsorganisationen haben die aktuelle "
			 "Fassung angenommen.");
		goto out;
	}
	const char *subject =
		arena_printf(tmp, "Erinnerung: %s (Fassung %d) annehmen",
			     doc.title, doc.current);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	bool ok = true;
	for (size_t i = 0; ok && i < n; i++) {
		if (!m[i].email[0]) {
			(*without)++;
			continue;
		}
		const char *text = arena_printf(
			tmp,
			"Guten Tag,\n\n"
			"für %s ist noch nicht vermerkt, dass Ihre "
			"Organisation die aktuelle Fassung %d des Dokuments "
			"„%s“ angenommen oder unterzeichnet hat.\n\n"
			"Sie können das im internen Bereich von Lotse "
			"eintragen:\n\n%s\n\n"
			"Bitte geben Sie das Dokument auch an die Fachkräfte "
			"Ihrer Organisation weiter.\n\n"
			"Mit freundlichen Grüßen\nIhre "
			"Netzwerkkoordination\n",
			m[i].name, doc.current, doc.title, S(link));
		struct mail ml = {.kind = "reminder",
				  .ref_id = doc.current_id,
				  .to = m[i].email,
				  .to_name = m[i].name,
				  .subject = subject,
				  .text = text};
		if (outbox_enqueue(d, &ml) > 0)
			(*sent)++;
		else
			(*without)++;
	}
	if (!ok ||
	    audit_add(d, a, "remind", "document", doc_id,
		      "Erinnerung zu „%s“ Fassung %d an %zu Organisationen "
		      "vorgemerkt (%zu ohne E-Mail-Adresse)",
		      doc.title, doc.current, *sent, *without) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		*sent = *without = 0;
		errs_add(e, NULL,
			 "Die Erinnerungen konnten nicht vorgemerkt werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

size_t document_motion_choices(db *d, arena *a, struct motion_choice **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_motion_choices);
	if (!st)
		return 0;
	size_t n = 0, cap = 0;
	struct motion_choice *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].label = arena_printf(a, "%s %s", db_col_text(st, 1),
					  db_col_text(st, 2));
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}
