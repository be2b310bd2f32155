/*
 * participation.c - figures of who takes part (see participation.h).
 */
#include "domain/participation.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/organisation.h"
#include "domain/region.h"

size_t part_nsectors(void)
{
	size_t n = 0;
	while (sectors[n].code)
		n++;
	return n;
}

static int sector_index(const char *code)
{
	for (int i = 0; code && sectors[i].code; i++)
		if (strcmp(sectors[i].code, code) == 0)
			return i;
	return -1;
}

/* --- members ------------------------------------------------------------ */

static const char sql_members[] =
	"SELECT g.sector, (SELECT p.region_id FROM region_postcode p JOIN "
	"region r ON r.id = p.region_id WHERE p.postcode = g.postcode AND "
	"r.kind = 'municipality' ORDER BY r.id LIMIT 1) FROM organisation g "
	"WHERE g.membership = 'member' AND g.archived = 0";

int part_members(db *d, arena *a, struct part_matrix *out)
{
	memset(out, 0, sizeof *out);
	struct region *m;
	size_t nm = region_list(d, a, "municipality", &m);
	out->nsect = part_nsectors();
	out->nmuni = nm;
	out->muni_names = arena_alloc(a, (nm + 1) * sizeof *out->muni_names);
	for (size_t i = 0; i < nm; i++)
		out->muni_names[i] = m[i].name;
	out->muni_names[nm] = "außerhalb";
	size_t cells = out->nsect * (nm + 1);
	out->counts = arena_alloc(a, cells * sizeof *out->counts);
	memset(out->counts, 0, cells * sizeof *out->counts);
	sqlite3_stmt *st = db_stmt(d, sql_members);
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int s = sector_index(db_col_text(st, 0));
		if (s < 0)
			s = sector_index("sonstige");
		int64_t region = sqlite3_column_int64(st, 1);
		size_t col = nm;
		for (size_t i = 0; i < nm; i++)
			if (m[i].id == region)
				col = i;
		out->counts[(size_t)s * (nm + 1) + col]++;
		out->total++;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static const char sql_year[] =
	"SELECT (SELECT count(*) FROM organisation WHERE membership <> "
	"'interested' AND COALESCE(member_since, '') <> '' AND member_since <= "
	"?2 AND (membership <> 'left' OR (left_on IS NOT NULL AND left_on > "
	"?2))), (SELECT count(*) FROM organisation WHERE membership <> "
	"'interested' AND member_since BETWEEN ?1 AND ?2), (SELECT count(*) "
	"FROM organisation WHERE left_on BETWEEN ?1 AND ?2)";

int part_year(db *d, int year, struct part_year *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	char from[16], to[16];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	sqlite3_stmt *st = db_stmt(d, sql_year);
	if (!st)
		return -1;
	db_bind_text(st, 1, from);
	db_bind_text(st, 2, to);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->members = sqlite3_column_int64(st, 0);
		out->joined = sqlite3_column_int64(st, 1);
		out->left = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

static const char sql_year_sectors[] =
	"SELECT sector, sum(membership <> 'interested' AND "
	"COALESCE(member_since, "
	"'') <> '' AND member_since <= ?2 AND (membership <> 'left' OR "
	"(left_on IS NOT NULL AND left_on > ?2))), sum(membership <> "
	"'interested' AND member_since BETWEEN ?1 AND ?2), sum(left_on "
	"BETWEEN ?1 AND ?2) FROM organisation GROUP BY sector";

int part_year_sectors(db *d, int year, struct part_year *out)
{
	size_t ns = part_nsectors();
	for (size_t i = 0; i < ns; i++)
		out[i] = (struct part_year){.year = year};
	char from[16], to[16];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	sqlite3_stmt *st = db_stmt(d, sql_year_sectors);
	if (!st)
		return -1;
	db_bind_text(st, 1, from);
	db_bind_text(st, 2, to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int s = sector_index(db_col_text(st, 0));
		if (s < 0)
			s = sector_index("sonstige");
		out[s].members += sqlite3_column_int64(st, 1);
		out[s].joined += sqlite3_column_int64(st, 2);
		out[s].left += sqlite3_column_int64(st, 3);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* --- attendance --------------------------------------------------------- */

static const char sql_bodies[] =
	"SELECT b.id, b.name, b.kind, (SELECT count(*) FROM meeting m WHERE "
	"m.body_id = b.id AND m.status = 'planned' AND substr(m.starts_at, 1, "
	"4) = ?1) FROM body b WHERE b.archived = 0 ORDER BY b.kind = 'plenum' "
	"DESC, b.kind = 'steuerung' DESC, b.kind = 'lokal' DESC, b.name";
static const char sql_attended[] =
	"SELECT m.body_id, COALESCE(g.sector, ''), count(*) FROM registration "
	"r JOIN meeting m ON m.id = r.meeting_id LEFT JOIN organisation g ON "
	"g.id = r.organisation_id WHERE r.attended = 1 AND r.status <> "
	"'cancelled' AND substr(m.starts_at, 1, 4) = ?1 GROUP BY m.body_id, "
	"g.sector";
static const char sql_attended_orgs[] =
	"SELECT m.body_id, count(DISTINCT r.organisation_id) FROM "
	"registration r JOIN meeting m ON m.id = r.meeting_id WHERE "
	"r.attended = 1 AND r.status <> 'cancelled' AND substr(m.starts_at, "
	"1, 4) = ?1 GROUP BY m.body_id";

size_t part_attendance(db *d, arena *a, int year, struct part_body **out)
{
	*out = NULL;
	char y[8];
	snprintf(y, sizeof y, "%04d", year);
	size_t ns = part_nsectors(), n = 0, cap = 16;
	struct part_body *v = arena_alloc(a, cap * sizeof *v);
	sqlite3_stmt *st = db_stmt(d, sql_bodies);
	if (!st)
		return 0;
	db_bind_text(st, 1, y);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			struct part_body *nv =
				arena_alloc(a, cap * 2 * sizeof *nv);
			memcpy(nv, v, n * sizeof *nv);
			v = nv;
			cap *= 2;
		}
		struct part_body *b = &v[n++];
		memset(b, 0, sizeof *b);
		b->body_id = sqlite3_column_int64(st, 0);
		b->name = arena_strdup(a, db_col_text(st, 1));
		b->kind = arena_strdup(a, db_col_text(st, 2));
		b->meetings = sqlite3_column_int64(st, 3);
		b->by_sector = arena_alloc(a, (ns ? ns : 1) * sizeof(int64_t));
		memset(b->by_sector, 0, (ns ? ns : 1) * sizeof(int64_t));
	}
	sqlite3_reset(st);
	if ((st = db_stmt(d, sql_attended))) {
		db_bind_text(st, 1, y);
		while (sqlite3_step(st) == SQLITE_ROW) {
			int64_t body = sqlite3_column_int64(st, 0);
			int s = sector_index(db_col_text(st, 1));
			int64_t c = sqlite3_column_int64(st, 2);
			for (size_t i = 0; i < n; i++)
				if (v[i].body_id == body) {
					v[i].persons += c;
					if (s < 0)
						s = sector_index("sonstige");
					v[i].by_sector[s] += c;
				}
		}
		sqlite3_reset(st);
	}
	if ((st = db_stmt(d, sql_attended_orgs))) {
		db_bind_text(st, 1, y);
		while (sqlite3_step(st) == SQLITE_ROW) {
			int64_t body = sqlite3_column_int64(st, 0);
			for (size_t i = 0; i < n; i++)
				if (v[i].body_id == body)
					v[i].orgs = sqlite3_column_int64(st, 1);
		}
		sqlite3_reset(st);
	}
	*out = v;
	return n;
}

/* --- sectors missing from local alliances -------------------------------- */

static const char sql_alliances[] =
	"SELECT id, name FROM body WHERE kind = 'lokal' AND archived = 0 "
	"ORDER BY name";
static const char sql_alliance_sectors[] =
	"SELECT DISTINCT g.sector FROM body_member bm JOIN organisation g ON "
	"g.id = bm.organisation_id WHERE bm.body_id = ?1";

size_t part_missing_sectors(db *d, arena *a, struct part_missing **out)
{
	*out = NULL;
	size_t ns = part_nsectors(), n = 0, cap = 16;
	struct part_missing *v = arena_alloc(a, cap * sizeof *v);
	sqlite3_stmt *st = db_stmt(d, sql_alliances);
	if (!st)
		return 0;
	while (sqlite3_step(st) == SQLITE_ROW && n < cap) {
		v[n].body_id = sqlite3_column_int64(st, 0);
		v[n].name = arena_strdup(a, db_col_text(st, 1));
		v[n].sectors = NULL;
		v[n].n = 0;
		n++;
	}
	sqlite3_reset(st);
	bool *present = arena_alloc(a, (ns ? ns : 1) * sizeof *present);
	for (size_t i = 0; i < n; i++) {
		memset(present, 0, (ns ? ns : 1) * sizeof *present);
		if (!(st = db_stmt(d, sql_alliance_sectors)))
			return 0;
		db_bind_int(st, 1, v[i].body_id);
		while (sqlite3_step(st) == SQLITE_ROW) {
			int s = sector_index(db_col_text(st, 0));
			if (s >= 0)
				present[s] = true;
		}
		sqlite3_reset(st);
		v[i].sectors = arena_alloc(a, (ns ? ns : 1) * sizeof(char *));
		for (size_t s = 0; s < ns; s++)
			if (!present[s] && strcmp(sectors[s].code, "sonstige"))
				v[i].sectors[v[i].n++] = sectors[s].label;
	}
	*out = v;
	return n;
}

/* --- the cooperation agreement ------------------------------------------ */

static const char sql_agreement[] =
	"SELECT v.id, v.version, d.title FROM document_version v JOIN "
	"document d ON d.id = v.document_id WHERE d.kind = "
	"'kooperationsvereinbarung' ORDER BY d.id, v.version DESC LIMIT 1";
static const char sql_not_accepted[] =
	"SELECT name FROM organisation g WHERE membership = 'member' AND "
	"archived = 0 AND NOT EXISTS (SELECT 1 FROM acceptance x WHERE "
	"x.organisation_id = g.id AND x.document_version_id = ?1) ORDER BY "
	"name";

size_t part_not_accepted(db *d, arena *a, int *version, const char *title[1],
			 const char ***names)
{
	*version = 0;
	*names = NULL;
	title[0] = "";
	sqlite3_stmt *st = db_stmt(d, sql_agreement);
	if (!st)
		return 0;
	int64_t vid = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		vid = sqlite3_column_int64(st, 0);
		*version = sqlite3_column_int(st, 1);
		title[0] = arena_strdup(a, db_col_text(st, 2));
	}
	sqlite3_reset(st);
	if (!vid || !(st = db_stmt(d, sql_not_accepted)))
		return 0;
	db_bind_int(st, 1, vid);
	size_t n = 0, cap = 32;
	const char **v = arena_alloc(a, cap * sizeof *v);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			const char **nv = arena_alloc(a, cap * 2 * sizeof *nv);
			memcpy(nv, v, n * sizeof *nv);
			v = nv;
			cap *= 2;
		}
		v[n++] = arena_strdup(a, db_col_text(st, 0));
	}
	sqlite3_reset(st);
	*names = v;
	return n;
}

/* --- the network graph -------------------------------------------------- */

#define NET_MAX_NODES 2000

static const char sql_net_nodes[] =
	"SELECT id, name, sector FROM organisation WHERE membership = "
	"'member' AND archived = 0 ORDER BY id";
/* Groups of organisations working together: a project (lead and
 * partners) or a body other than the plenum (all members). */
static const char sql_net_groups[] =
	"SELECT 'p' || p.id, p.lead_org_id FROM project p UNION ALL SELECT "
	"'p' || project_id, organisation_id FROM project_partner UNION ALL "
	"SELECT 'b' || bm.body_id, bm.organisation_id FROM body_member bm "
	"JOIN body b ON b.id = bm.body_id WHERE b.kind <> 'plenum' AND "
	"b.archived = 0 ORDER BY 1";

static long node_index(const struct net_graph *g, int64_t id)
{
	size_t lo = 0, hi = g->nnodes;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (g->nodes[mid].id == id)
			return (long)mid;
		if (g->nodes[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* Links every pair of the group's members in the weight matrix w. */
static void link_group(const long *members, size_t n, int *w, size_t nn)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			long a = members[i], b = members[j];
			if (a == b)
				continue;
			w[(size_t)a * nn + (size_t)b]++;
			w[(size_t)b * nn + (size_t)a]++;
		}
}

/* Fruchterman-Reingold with a little gravity for the connected nodes in
 * the upper part of the unit square; the unconnected ones in rows below,
 * so that they neither crowd the picture nor hide. */
static void layout(struct net_graph *g)
{
	size_t n = g->nnodes, nc = 0;
	if (n == 0)
		return;
	uint64_t seed = 0x6e6574u;
	for (size_t i = 0; i < n; i++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		g->nodes[i].x = (double)(seed >> 33) / (double)(1u << 31);
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		g->nodes[i].y = (double)(seed >> 33) / (double)(1u << 31);
		nc += g->nodes[i].degree > 0;
	}
	double k = sqrt(1.0 / (double)(nc ? nc : 1)) * 0.9;
	double *dx = calloc(n, sizeof *dx), *dy = calloc(n, sizeof *dy);
	if (!dx || !dy) {
		free(dx);
		free(dy);
		return;
	}
	double temp = 0.12;
	for (int it = 0; it < 150 && nc > 1; it++) {
		memset(dx, 0, n * sizeof *dx);
		memset(dy, 0, n * sizeof *dy);
		for (size_t i = 0; i < n; i++) {
			if (!g->nodes[i].degree)
				continue;
			for (size_t j = i + 1; j < n; j++) {
				if (!g->nodes[j].degree)
					continue;
				double ddx = g->nodes[i].x - g->nodes[j].x;
				double ddy = g->nodes[i].y - g->nodes[j].y;
				double dist =
					sqrt(ddx * ddx + ddy * ddy) + 1e-6;
				double f = k * k / dist;
				dx[i] += ddx / dist * f;
				dy[i] += ddy / dist * f;
				dx[j] -= ddx / dist * f;
				dy[j] -= ddy / dist * f;
			}
		}
		for (size_t e = 0; e < g->nedges; e++) {
			size_t a = g->edges[e].a, b = g->edges[e].b;
			double ddx = g->nodes[a].x - g->nodes[b].x;
			double ddy = g->nodes[a].y - g->nodes[b].y;
			double dist = sqrt(ddx * ddx + ddy * ddy) + 1e-6;
			/* Divided by the degrees: hubs would else pull
			 * everything into one knot. */
			double f = dist * dist / k * 0.6 /
				   sqrt((double)(g->nodes[a].degree +
						 g->nodes[b].degree) /
					2.0);
			dx[a] -= ddx / dist * f;
			dy[a] -= ddy / dist * f;
			dx[b] += ddx / dist * f;
			dy[b] += ddy / dist * f;
		}
		for (size_t i = 0; i < n; i++) {
			if (!g->nodes[i].degree)
				continue;
			dx[i] -= (g->nodes[i].x - 0.5) * 0.03 / k;
			dy[i] -= (g->nodes[i].y - 0.5) * 0.03 / k;
			double len = sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-9;
			double step = len < temp ? len : temp;
			g->nodes[i].x += dx[i] / len * step;
			g->nodes[i].y += dy[i] / len * step;
		}
		temp *= 0.97;
	}
	free(dx);
	free(dy);
	/* The connected ones into [0, 1] x [0, 0.8] (or all of it). */
	double minx = 1e9, maxx = -1e9, miny = 1e9, maxy = -1e9;
	for (size_t i = 0; i < n; i++) {
		if (!g->nodes[i].degree)
			continue;
		minx = fmin(minx, g->nodes[i].x);
		maxx = fmax(maxx, g->nodes[i].x);
		miny = fmin(miny, g->nodes[i].y);
		maxy = fmax(maxy, g->nodes[i].y);
	}
	double sx = maxx - minx > 1e-9 ? maxx - minx : 1;
	double sy = maxy - miny > 1e-9 ? maxy - miny : 1;
	double top = nc < n ? 0.8 : 1.0;
	size_t per_row = 40, k2 = 0, rows = (n - nc + per_row - 1) / per_row;
	for (size_t i = 0; i < n; i++) {
		struct net_node *v = &g->nodes[i];
		if (v->degree) {
			v->x = nc > 1 ? (v->x - minx) / sx : 0.5;
			v->y = nc > 1 ? (v->y - miny) / sy * top : top / 2;
			continue;
		}
		size_t row = k2 / per_row, col = k2 % per_row;
		v->x = ((double)col + 0.5) / (double)per_row;
		v->y = 0.88 + (rows > 1
				       ? 0.12 * (double)row / (double)(rows - 1)
				       : 0.06);
		k2++;
	}
}

int net_graph_build(db *d, arena *a, struct net_graph *g)
{
	memset(g, 0, sizeof *g);
	sqlite3_stmt *st = db_stmt(d, sql_net_nodes);
	if (!st)
		return -1;
	size_t cap = 64;
	g->nodes = arena_alloc(a, cap * sizeof *g->nodes);
	while (sqlite3_step(st) == SQLITE_ROW && g->nnodes < NET_MAX_NODES) {
		if (g->nnodes == cap) {
			struct net_node *nv =
				arena_alloc(a, cap * 2 * sizeof *nv);
			memcpy(nv, g->nodes, g->nnodes * sizeof *nv);
			g->nodes = nv;
			cap *= 2;
		}
		struct net_node *n = &g->nodes[g->nnodes++];
		memset(n, 0, sizeof *n);
		n->id = sqlite3_column_int64(st, 0);
		n->name = arena_strdup(a, db_col_text(st, 1));
		n->sector = arena_strdup(a, db_col_text(st, 2));
	}
	sqlite3_reset(st);
	size_t nn = g->nnodes;
	if (nn == 0)
		return 0;
	int *w = calloc(nn * nn, sizeof *w);
	long *members = malloc(nn * sizeof *members);
	if (!w || !members) {
		free(w);
		free(members);
		return -1;
	}
	if (!(st = db_stmt(d, sql_net_groups))) {
		free(w);
		free(members);
		return -1;
	}
	char group[32] = "";
	size_t nm = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *gid = db_col_text(st, 0);
		if (strcmp(gid, group) != 0) {
			link_group(members, nm, w, nn);
			nm = 0;
			snprintf(group, sizeof group, "%s", gid);
		}
		long idx = node_index(g, sqlite3_column_int64(st, 1));
		if (idx >= 0 && nm < nn)
			members[nm++] = idx;
	}
	link_group(members, nm, w, nn);
	sqlite3_reset(st);
	size_t ne = 0;
	for (size_t i = 0; i < nn; i++)
		for (size_t j = i + 1; j < nn; j++)
			if (w[i * nn + j])
				ne++;
	g->edges = arena_alloc(a, (ne ? ne : 1) * sizeof *g->edges);
	for (size_t i = 0; i < nn; i++)
		for (size_t j = i + 1; j < nn; j++)
			if (w[i * nn + j]) {
				g->edges[g->nedges++] =
					(struct net_edge){i, j, w[i * nn + j]};
				g->nodes[i].degree++;
				g->nodes[j].degree++;
			}
	free(w);
	free(members);
	layout(g);
	return 0;
}
