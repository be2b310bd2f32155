/*
 * report.c - offers, decisions and projects of one year (see report.h).
 */
#include "domain/report.h"

#include <stdio.h>
#include <string.h>

#include "domain/codes.h"
#include "domain/offer.h"

static const char sql_offers[] =
	"SELECT (SELECT count(*) FROM offer WHERE substr(created_at, 1, 4) = "
	"?1), (SELECT count(*) FROM offer WHERE substr(updated_at, 1, 4) = ?1 "
	"AND substr(created_at, 1, 4) < ?1 AND status <> 'archived'), "
	"(SELECT count(*) FROM offer WHERE status = 'archived' AND "
	"substr(updated_at, 1, 4) = ?1)";
static const char sql_public_by_need[] =
	"SELECT n.need, count(*) FROM offer_need n JOIN offer o ON o.id = "
	"n.offer_id JOIN organisation g ON g.id = o.organisation_id WHERE "
	"o.status = 'published' AND (o.valid_from IS NULL OR o.valid_from <= "
	"?1) AND (o.valid_to IS NULL OR o.valid_to >= ?1) AND g.archived = 0 "
	"AND g.membership <> 'left' GROUP BY n.need";
static const char sql_public[] =
	"SELECT count(*) FROM offer o JOIN organisation g ON g.id = "
	"o.organisation_id WHERE o.status = 'published' AND (o.valid_from IS "
	"NULL OR o.valid_from <= ?1) AND (o.valid_to IS NULL OR o.valid_to >= "
	"?1) AND g.archived = 0 AND g.membership <> 'left'";

int report_offers(db *d, arena *a, int year, struct report_offers *out)
{
	memset(out, 0, sizeof *out);
	size_t nn = (size_t)code_count(needs);
	out->by_need = arena_alloc(a, (nn ? nn : 1) * sizeof *out->by_need);
	memset(out->by_need, 0, (nn ? nn : 1) * sizeof *out->by_need);
	char y[8], today[11];
	snprintf(y, sizeof y, "%04d", year);
	offer_today(today);
	sqlite3_stmt *st = db_stmt(d, sql_offers);
	if (!st)
		return -1;
	db_bind_text(st, 1, y);
	if (sqlite3_step(st) == SQLITE_ROW) {
		out->created = sqlite3_column_int64(st, 0);
		out->changed = sqlite3_column_int64(st, 1);
		out->archived = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	if (!(st = db_stmt(d, sql_public)))
		return -1;
	db_bind_text(st, 1, today);
	if (sqlite3_step(st) == SQLITE_ROW)
		out->published = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (!(st = db_stmt(d, sql_public_by_need)))
		return -1;
	db_bind_text(st, 1, today);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *need = db_col_text(st, 0);
		for (size_t i = 0; i < nn; i++)
			if (strcmp(needs[i].code, need) == 0)
				out->by_need[i] = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

const char *report_result_label(const char *result)
{
	if (!result)
		return "offen";
	if (!strcmp(result, "adopted"))
		return "angenommen";
	if (!strcmp(result, "rejected"))
		return "abgelehnt";
	if (!strcmp(result, "not_quorate"))
		return "nicht beschlussfähig";
	return result;
}

static const char sql_decisions[] =
	"SELECT COALESCE(mo.number, ''), mo.title, b.name, mo.result, "
	"substr(COALESCE(mo.decided_at, m.starts_at), 1, 10), "
	"COALESCE(mo.yes, 0), COALESCE(mo.no, 0), COALESCE(mo.abstain, 0) "
	"FROM motion mo JOIN agenda_item ai ON ai.id = mo.agenda_item_id JOIN "
	"meeting m ON m.id = ai.meeting_id JOIN body b ON b.id = m.body_id "
	"WHERE mo.result IS NOT NULL AND substr(COALESCE(mo.decided_at, "
	"m.starts_at), 1, 4) = ?1 ORDER BY COALESCE(mo.decided_at, "
	"m.starts_at), mo.number";

size_t report_decisions(db *d, arena *a, int year, struct report_decision **out)
{
	*out = NULL;
	char y[8];
	snprintf(y, sizeof y, "%04d", year);
	sqlite3_stmt *st = db_stmt(d, sql_decisions);
	if (!st)
		return 0;
	db_bind_text(st, 1, y);
	size_t n = 0, cap = 16;
	struct report_decision *v = arena_alloc(a, cap * sizeof *v);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			struct report_decision *nv =
				arena_alloc(a, cap * 2 * sizeof *nv);
			memcpy(nv, v, n * sizeof *nv);
			v = nv;
			cap *= 2;
		}
		v[n].number = arena_strdup(a, db_col_text(st, 0));
		v[n].title = arena_strdup(a, db_col_text(st, 1));
		v[n].body = arena_strdup(a, db_col_text(st, 2));
		v[n].result = arena_strdup(a, db_col_text(st, 3));
		v[n].date = arena_strdup(a, db_col_text(st, 4));
		v[n].yes = sqlite3_column_int64(st, 5);
		v[n].no = sqlite3_column_int64(st, 6);
		v[n].abstain = sqlite3_column_int64(st, 7);
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static const char sql_projects[] =
	"SELECT p.id, p.title, g.name, p.status, p.funding, "
	"COALESCE(p.starts_on, ''), COALESCE(p.ends_on, ''), (SELECT "
	"count(*) FROM project_partner x WHERE x.project_id = p.id) FROM "
	"project p JOIN organisation g ON g.id = p.lead_org_id WHERE "
	"(p.starts_on IS NULL OR p.starts_on <= ?2) AND (p.ends_on IS NULL OR "
	"p.ends_on >= ?1) AND p.status <> 'geplant' ORDER BY p.title";

size_t report_projects(db *d, arena *a, int year, struct report_project **out)
{
	*out = NULL;
	char from[16], to[16];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	sqlite3_stmt *st = db_stmt(d, sql_projects);
	if (!st)
		return 0;
	db_bind_text(st, 1, from);
	db_bind_text(st, 2, to);
	size_t n = 0, cap = 32;
	struct report_project *v = arena_alloc(a, cap * sizeof *v);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			struct report_project *nv =
				arena_alloc(a, cap * 2 * sizeof *nv);
			memcpy(nv, v, n * sizeof *nv);
			v = nv;
			cap *= 2;
		}
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].title = arena_strdup(a, db_col_text(st, 1));
		v[n].lead = arena_strdup(a, db_col_text(st, 2));
		v[n].status = arena_strdup(a, db_col_text(st, 3));
		v[n].funding = arena_strdup(a, db_col_text(st, 4));
		v[n].starts = arena_strdup(a, db_col_text(st, 5));
		v[n].ends = arena_strdup(a, db_col_text(st, 6));
		v[n].partners = sqlite3_column_int64(st, 7);
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}
