/*
 * project.c - projects of the network's partners (see project.h).
 *
 * A project is one row of project and its lists in project_partner,
 * project_need, project_age and project_region; a save replaces the lists
 * whole, inside the transaction of the change.
 */
#include "domain/project.h"

#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"

const struct code project_statuses[] = {
	{"geplant", "Geplant", NULL},
	{"laufend", "Laufend", NULL},
	{"abgeschlossen", "Abgeschlossen", NULL},
	{NULL, NULL, NULL},
};

const char *const project_fundings[] = {
	"Bundesstiftung Frühe Hilfen",
	"Landesprogramm",
	"Kommune",
	"Stiftung",
	"Eigenmittel",
	NULL,
};

#define PROJECT_COLS                                                           \
	"p.id, p.title, p.lead_org_id, o.name, p.description, p.results, "     \
	"p.funding, p.status, COALESCE(p.starts_on, ''), "                     \
	"COALESCE(p.ends_on, ''), p.public, p.created_at, p.updated_at, "      \
	"o.archived = 0 AND o.membership <> 'left' "                           \
	"FROM project p JOIN organisation o ON o.id = p.lead_org_id"

/* ?1 visibility (0 all, 1 public, 2 internal only), ?2 need, ?3 age, ?4 region, ?5 status, ?6 ?7 ?8 words
 * (LIKE patterns with '\' as escape), ?9 organisation. */
#define PROJECT_WHERE                                                          \
	" WHERE (?1 = 0 OR p.public = (?1 = 1)) AND (?2 IS NULL OR EXISTS "    \
	"(SELECT "                                                             \
	"1 FROM project_need n WHERE n.project_id = p.id AND n.need = ?2)) "   \
	"AND (?3 IS NULL OR EXISTS (SELECT 1 FROM project_age g WHERE "        \
	"g.project_id = p.id AND g.age = ?3)) AND (?4 = 0 OR EXISTS (SELECT "  \
	"1 FROM project_region x WHERE x.project_id = p.id AND x.region_id = " \
	"?4)) AND (?5 IS NULL OR p.status = ?5) AND (?6 IS NULL OR p.title "   \
	"LIKE ?6 ESCAPE '\\' OR p.description LIKE ?6 ESCAPE '\\') AND (?7 "   \
	"IS NULL OR p.title LIKE ?7 ESCAPE '\\' OR p.description LIKE ?7 "     \
	"ESCAPE '\\') AND (?8 IS NULL OR p.title LIKE ?8 ESCAPE '\\' OR "      \
	"p.description LIKE ?8 ESCAPE '\\') AND (?9 = 0 OR p.lead_org_id = "   \
	"?9 OR EXISTS (SELECT 1 FROM project_partner pp WHERE pp.project_id "  \
	"= p.id AND pp.organisation_id = ?9))"

static const char sql_get[] = "SELECT " PROJECT_COLS " WHERE p.id = ?1";
static const char sql_find[] =
	"SELECT " PROJECT_COLS PROJECT_WHERE
	" ORDER BY p.status = 'abgeschlossen', COALESCE(p.starts_on, '') "
	"DESC, p.title COLLATE NOCASE, p.id LIMIT ?10 OFFSET ?11";
static const char sql_count[] = "SELECT count(*) FROM project p" PROJECT_WHERE;
static const char sql_partners[] =
	"SELECT pp.organisation_id, o.name, o.archived = 0 AND o.membership "
	"<> 'left' FROM project_partner pp JOIN "
	"organisation o ON o.id = pp.organisation_id WHERE pp.project_id = ?1 "
	"ORDER BY o.name COLLATE NOCASE";
static const char sql_needs[] =
	"SELECT need FROM project_need WHERE project_id = ?1 ORDER BY need";
static const char sql_ages[] =
	"SELECT age FROM project_age WHERE project_id = ?1";
static const char sql_regions[] =
	"SELECT x.region_id, r.name FROM project_region x JOIN region r ON "
	"r.id = x.region_id WHERE x.project_id = ?1 ORDER BY r.name";
static const char sql_insert[] =
	"INSERT INTO project (title, lead_org_id, description, results, "
	"funding, status, starts_on, ends_on, public, created_at, updated_at) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)";
static const char sql_update[] =
	"UPDATE project SET title = ?1, lead_org_id = ?2, description = ?3, "
	"results = ?4, funding = ?5, status = ?6, starts_on = ?7, ends_on = "
	"?8, public = ?9, updated_at = ?10 WHERE id = ?11";
static const char sql_delete[] = "DELETE FROM project WHERE id = ?1";
static const char sql_del_partners[] =
	"DELETE FROM project_partner WHERE project_id = ?1";
static const char sql_del_needs[] =
	"DELETE FROM project_need WHERE project_id = ?1";
static const char sql_del_ages[] =
	"DELETE FROM project_age WHERE project_id = ?1";
static const char sql_del_regions[] =
	"DELETE FROM project_region WHERE project_id = ?1";
static const char sql_add_partner[] =
	"INSERT OR IGNORE INTO project_partner (project_id, organisation_id) "
	"VALUES (?1, ?2)";
static const char sql_add_need[] =
	"INSERT OR IGNORE INTO project_need (project_id, need) VALUES (?1, ?2)";
static const char sql_add_age[] =
	"INSERT OR IGNORE INTO project_age (project_id, age) VALUES (?1, ?2)";
static const char sql_add_region[] =
	"INSERT OR IGNORE INTO project_region (project_id, region_id) VALUES "
	"(?1, ?2)";
static const char sql_org_exists[] = "SELECT 1 FROM organisation WHERE id = ?1";
static const char sql_municipality_exists[] =
	"SELECT 1 FROM region WHERE id = ?1 AND kind = 'municipality'";
static const char sql_of_org[] =
	"SELECT " PROJECT_COLS
	" WHERE (?2 = 0 OR p.public = 1) AND (p.lead_org_id = ?1 OR EXISTS "
	"(SELECT 1 FROM project_partner pp WHERE pp.project_id = p.id AND "
	"pp.organisation_id = ?1)) ORDER BY p.status = 'abgeschlossen', "
	"COALESCE(p.starts_on, '') DESC, p.title COLLATE NOCASE";

static void read_row(sqlite3_stmt *st, arena *a, struct project *p)
{
	memset(p, 0, sizeof *p);
	p->id = sqlite3_column_int64(st, 0);
	p->title = arena_strdup(a, db_col_text(st, 1));
	p->lead_org_id = sqlite3_column_int64(st, 2);
	p->lead_org_name = arena_strdup(a, db_col_text(st, 3));
	p->description = arena_strdup(a, db_col_text(st, 4));
	p->results = arena_strdup(a, db_col_text(st, 5));
	p->funding = arena_strdup(a, db_col_text(st, 6));
	p->status = arena_strdup(a, db_col_text(st, 7));
	p->starts_on = arena_strdup(a, db_col_text(st, 8));
	p->ends_on = arena_strdup(a, db_col_text(st, 9));
	p->public = sqlite3_column_int(st, 10) != 0;
	p->created_at = arena_strdup(a, db_col_text(st, 11));
	p->updated_at = arena_strdup(a, db_col_text(st, 12));
	p->lead_org_active = sqlite3_column_int(st, 13) != 0;
}

int project_get(db *d, arena *a, int64_t id, struct project *p)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, p);
		rc = 0;
	}
	sqlite3_reset(st);
	if (rc < 0)
		return -1;
	if ((st = db_stmt(d, sql_partners))) {
		db_bind_int(st, 1, id);
		while (p->npartners < PROJECT_MAX_PARTNERS &&
		       sqlite3_step(st) == SQLITE_ROW) {
			p->partners[p->npartners] = sqlite3_column_int64(st, 0);
			p->partner_active[p->npartners] =
				sqlite3_column_int(st, 2) != 0;
			p->partner_names[p->npartners++] =
				arena_strdup(a, db_col_text(st, 1));
		}
		sqlite3_reset(st);
	}
	if ((st = db_stmt(d, sql_needs))) {
		db_bind_int(st, 1, id);
		while (p->nneeds < PROJECT_MAX_NEEDS &&
		       sqlite3_step(st) == SQLITE_ROW)
			p->needs[p->nneeds++] =
				arena_strdup(a, db_col_text(st, 0));
		sqlite3_reset(st);
	}
	if ((st = db_stmt(d, sql_ages))) {
		db_bind_int(st, 1, id);
		while (p->nages < PROJECT_MAX_AGES &&
		       sqlite3_step(st) == SQLITE_ROW)
			p->ages[p->nages++] =
				arena_strdup(a, db_col_text(st, 0));
		sqlite3_reset(st);
		/* in the order of the prevention chain */
		size_t k = 0;
		const char *sorted[PROJECT_MAX_AGES];
		for (const struct code *c = ages; c->code; c++)
			for (size_t i = 0; i < p->nages; i++)
				if (strcmp(p->ages[i], c->code) == 0 &&
				    k < PROJECT_MAX_AGES)
					sorted[k++] = p->ages[i];
		if (k == p->nages)
			memcpy(p->ages, sorted, k * sizeof *sorted);
	}
	if ((st = db_stmt(d, sql_regions))) {
		db_bind_int(st, 1, id);
		while (p->nregions < PROJECT_MAX_REGIONS &&
		       sqlite3_step(st) == SQLITE_ROW) {
			p->regions[p->nregions] = sqlite3_column_int64(st, 0);
			p->region_names[p->nregions++] =
				arena_strdup(a, db_col_text(st, 1));
		}
		sqlite3_reset(st);
	}
	return 0;
}

/* A LIKE pattern "%word%" with %, _ and \ escaped by '\'. */
static char *like_pattern(arena *a, const char *w, size_t n)
{
	char *out = arena_alloc(a, 2 * n + 3);
	size_t k = 0;
	out[k++] = '%';
	for (size_t i = 0; i < n; i++) {
		if (w[i] == '%' || w[i] == '_' || w[i] == '\\')
			out[k++] = '\\';
		out[k++] = w[i];
	}
	out[k++] = '%';
	out[k] = '\0';
	return out;
}

/* Binds the filter f to ?1..?9 of PROJECT_WHERE. */
static void bind_filter(sqlite3_stmt *st, arena *a,
			const struct project_filter *f)
{
	db_bind_int(st, 1, f->public_only ? 1 : f->internal_only ? 2 : 0);
	db_bind_text(st, 2, f->need && *f->need ? f->need : NULL);
	db_bind_text(st, 3, f->age && *f->age ? f->age : NULL);
	db_bind_int(st, 4, f->region_id);
	db_bind_text(st, 5, f->status && *f->status ? f->status : NULL);
	/* up to three words of q */
	const char *q = f->q ? f->q : "";
	for (int i = 0; i < 3; i++) {
		while (*q == ' ' || *q == '\t')
			q++;
		size_t n = strcspn(q, " \t");
		db_bind_text(st, 6 + i, n ? like_pattern(a, q, n) : NULL);
		q += n;
	}
	db_bind_int(st, 9, f->org_id);
}

size_t project_find(db *d, arena *a, const struct project_filter *f,
		    struct project **out, int64_t *total)
{
	*out = NULL;
	*total = 0;
	sqlite3_stmt *st = db_stmt(d, sql_count);
	if (!st)
		return 0;
	bind_filter(st, a, f);
	if (sqlite3_step(st) == SQLITE_ROW)
		*total = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	st = db_stmt(d, sql_find);
	if (!st)
		return 0;
	bind_filter(st, a, f);
	db_bind_int(st, 10, f->limit > 0 ? f->limit : -1);
	db_bind_int(st, 11, f->offset > 0 ? f->offset : 0);
	size_t n = 0, cap = 0;
	struct project *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

size_t project_of_org(db *d, arena *a, int64_t org_id, bool public_only,
		      struct project **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_of_org);
	if (!st)
		return 0;
	db_bind_int(st, 1, org_id);
	db_bind_int(st, 2, public_only);
	size_t n = 0, cap = 0;
	struct project *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

bool project_may_edit(const struct actor *a, const struct project *p)
{
	return actor_may_edit_org(a, p->lead_org_id);
}

static bool text_ok(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	return utf8_valid(s ? s : "", n) && utf8_length(s ? s : "", n) <= max;
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

static bool exists(db *d, const char *sql, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

void project_validate(db *d, const struct project *p, struct errs *e)
{
	if (!p->title || !*p->title || !text_ok(p->title, 200))
		errs_add(e, "title",
			 "Bitte geben Sie einen Titel ein (höchstens 200 "
			 "Zeichen).");
	if (p->lead_org_id <= 0 || !exists(d, sql_org_exists, p->lead_org_id))
		errs_add(e, "lead_org_id",
			 "Bitte wählen Sie die Organisation, die das "
			 "Projekt leitet.");
	if (p->npartners > PROJECT_MAX_PARTNERS)
		errs_add(e, "partners", "Bitte höchstens %d Partner.",
			 PROJECT_MAX_PARTNERS);
	for (size_t i = 0; i < p->npartners && i < PROJECT_MAX_PARTNERS; i++) {
		if (p->partners[i] <= 0 ||
		    !exists(d, sql_org_exists, p->partners[i])) {
			errs_add(e, "partners",
				 "Eine der Partnerorganisationen gibt es "
				 "nicht.");
			break;
		}
		if (p->partners[i] == p->lead_org_id) {
			errs_add(e, "partners",
				 "Die leitende Organisation ist nicht "
				 "zugleich Partnerin – bitte nehmen Sie sie "
				 "aus der Liste der Partner.");
			break;
		}
	}
	for (size_t i = 0; i < p->nneeds; i++)
		if (i >= PROJECT_MAX_NEEDS || !code_find(needs, p->needs[i])) {
			errs_add(e, "needs",
				 "Bitte wählen Sie die Bedarfe aus der "
				 "Liste.");
			break;
		}
	for (size_t i = 0; i < p->nages; i++)
		if (i >= PROJECT_MAX_AGES || !code_find(ages, p->ages[i])) {
			errs_add(e, "ages",
				 "Bitte wählen Sie die Altersgruppen aus der "
				 "Liste.");
			break;
		}
	for (size_t i = 0; i < p->nregions; i++)
		if (i >= PROJECT_MAX_REGIONS ||
		    !exists(d, sql_municipality_exists, p->regions[i])) {
			errs_add(e, "regions",
				 "Bitte wählen Sie die Gemeinden aus der "
				 "Liste.");
			break;
		}
	if (!text_ok(p->funding, 200))
		errs_add(e, "funding",
			 "Die Förderung darf höchstens 200 Zeichen lang "
			 "sein.");
	if (!code_find(project_statuses, p->status))
		errs_add(e, "status",
			 "Bitte wählen Sie einen Stand: geplant, laufend oder "
			 "abgeschlossen.");
	bool start = p->starts_on && *p->starts_on;
	bool end = p->ends_on && *p->ends_on;
	if (start && !date_ok(p->starts_on))
		errs_add(e, "starts_on",
			 "Bitte geben Sie den Beginn als Datum an "
			 "(TT.MM.JJJJ).");
	if (end && !date_ok(p->ends_on))
		errs_add(e, "ends_on",
			 "Bitte geben Sie das Ende als Datum an (TT.MM.JJJJ).");
	else if (start && end && date_ok(p->starts_on) &&
		 strcmp(p->starts_on, p->ends_on) > 0)
		errs_add(e, "ends_on",
			 "Das Ende liegt vor dem Beginn. Bitte prüfen Sie "
			 "die Daten.");
	if (!text_ok(p->description, PROJECT_TEXT_MAX))
		errs_add(e, "description",
			 "Die Beschreibung darf höchstens %d Zeichen lang "
			 "sein.",
			 PROJECT_TEXT_MAX);
	if (!text_ok(p->results, PROJECT_TEXT_MAX))
		errs_add(e, "results",
			 "Die Ergebnisse dürfen höchstens %d Zeichen lang "
			 "sein.",
			 PROJECT_TEXT_MAX);
}

#define S(x) ((x) ? (x) : "")

static bool run_id(db *d, const char *sql, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok;
}

static bool add_int(db *d, const char *sql, int64_t id, int64_t v)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	db_bind_int(st, 2, v);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok;
}

static bool add_text(db *d, const char *sql, int64_t id, const char *v)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, v);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok;
}

/* Replaces the lists of project id with those of p. */
static bool write_lists(db *d, int64_t id, const struct project *p)
{
	bool ok = run_id(d, sql_del_partners, id) &&
		  run_id(d, sql_del_needs, id) && run_id(d, sql_del_ages, id) &&
		  run_id(d, sql_del_regions, id);
	for (size_t i = 0; ok && i < p->npartners; i++)
		ok = add_int(d, sql_add_partner, id, p->partners[i]);
	for (size_t i = 0; ok && i < p->nneeds; i++)
		ok = add_text(d, sql_add_need, id, p->needs[i]);
	for (size_t i = 0; ok && i < p->nages; i++)
		ok = add_text(d, sql_add_age, id, p->ages[i]);
	for (size_t i = 0; ok && i < p->nregions; i++)
		ok = add_int(d, sql_add_region, id, p->regions[i]);
	return ok;
}

int project_save(db *d, const struct actor *a, struct project *p,
		 struct errs *e)
{
	arena *tmp = arena_new(4096);
	int rc = -1;
	bool update = p->id > 0;
	struct project old;
	if (update && project_get(d, tmp, p->id, &old) < 0) {
		errs_add(e, NULL, "Dieses Projekt gibt es nicht.");
		goto out;
	}
	/* A partner changes only projects its organisation leads, and
	 * cannot hand the lead to another organisation. */
	if ((update && !project_may_edit(a, &old)) ||
	    (p->lead_org_id > 0 && !actor_may_edit_org(a, p->lead_org_id))) {
		errs_add(e, NULL,
			 "Sie dürfen nur Projekte ändern, die Ihre "
			 "Organisation leitet.");
		rc = -2;
		goto out;
	}
	size_t before = e->n;
	project_validate(d, p, e);
	if (e->n > before)
		goto out;
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	char now[21];
	db_now(now);
	sqlite3_stmt *st = db_stmt(d, update ? sql_update : sql_insert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_text(st, 1, p->title);
		db_bind_int(st, 2, p->lead_org_id);
		db_bind_text(st, 3, S(p->description));
		db_bind_text(st, 4, S(p->results));
		db_bind_text(st, 5, S(p->funding));
		db_bind_text(st, 6, p->status);
		db_bind_text(st, 7,
			     p->starts_on && *p->starts_on ? p->starts_on
							   : NULL);
		db_bind_text(st, 8,
			     p->ends_on && *p->ends_on ? p->ends_on : NULL);
		db_bind_int(st, 9, p->public);
		db_bind_text(st, 10, now);
		if (update)
			db_bind_int(st, 11, p->id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	int64_t id =
		update ? p->id
		       : (ok ? sqlite3_last_insert_rowid(db_sqlite(d)) : 0);
	if (!ok || !write_lists(d, id, p) ||
	    audit_add(d, a, update ? "update" : "create", "project", id,
		      "Projekt „%s“ %s (%s%s)", p->title,
		      update ? "geändert" : "angelegt",
		      code_label(project_statuses, p->status),
		      p->public ? ", öffentlich" : ", nur intern") < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Das Projekt konnte nicht gespeichert werden.");
		goto out;
	}
	p->id = id;
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int project_delete(db *d, const struct actor *a, int64_t id, struct errs *e)
{
	arena *tmp = arena_new(4096);
	int rc = -1;
	struct project p;
	if (project_get(d, tmp, id, &p) < 0) {
		errs_add(e, NULL, "Dieses Projekt gibt es nicht.");
		goto out;
	}
	if (!project_may_edit(a, &p)) {
		errs_add(e, NULL,
			 "Sie dürfen nur Projekte löschen, die Ihre "
			 "Organisation leitet.");
		rc = -2;
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	if (!run_id(d, sql_delete, id) ||
	    audit_add(d, a, "delete", "project", id, "Projekt „%s“ gelöscht",
		      p.title) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL, "Das Projekt konnte nicht gelöscht werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}
