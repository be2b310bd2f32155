/*
 * participation.h - who takes part in the network (issue #7): members per
 * sector and municipality, joining and leaving over the years, attendance
 * per body by sector, sectors missing from local alliances, partners that
 * have not accepted the current cooperation agreement, and the network as
 * a graph (organisations linked when they run projects together or sit in
 * the same body other than the plenum) with a deterministic layout for an
 * SVG drawing. Sums and names of organisations only, never persons.
 */
#ifndef LOTSE_PARTICIPATION_H
#define LOTSE_PARTICIPATION_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

/* Number of sectors (organisation.h sectors[]). */
size_t part_nsectors(void);

/* Current members (membership 'member', not archived) per sector and
 * municipality: counts[s * (nmuni + 1) + m], the last column for
 * organisations whose postcode is in no municipality of the district.
 * Municipalities in the order of region_list("municipality"). Returns
 * 0 or -1. */
struct part_matrix {
	size_t nsect, nmuni;
	const char **muni_names;
	int64_t *counts;
	int64_t total;
};
int part_members(db *d, arena *a, struct part_matrix *out);

/* Members at the end of a year, and how many joined and left in it. */
struct part_year {
	int year;
	int64_t members, joined, left;
};
int part_year(db *d, int year, struct part_year *out);
/* The same per sector: out[s] for sectors[s] (part_nsectors() entries). */
int part_year_sectors(db *d, int year, struct part_year *out);

/* Attendance in a year per body and sector: attended registrations
 * (persons) and distinct organisations. */
struct part_body {
	int64_t body_id;
	const char *name, *kind;
	int64_t meetings, persons, orgs;
	int64_t *by_sector; /* persons per sector, part_nsectors() long */
};
size_t part_attendance(db *d, arena *a, int year, struct part_body **out);

/* Local alliances and the sectors none of their members belongs to. */
struct part_missing {
	int64_t body_id;
	const char *name;
	const char **sectors; /* labels */
	size_t n;
};
size_t part_missing_sectors(db *d, arena *a, struct part_missing **out);

/* Member organisations that have not accepted or signed the current
 * (highest) version of the cooperation agreement (document kind
 * 'kooperationsvereinbarung'); *version is its number (0 when there is
 * no such document: then nothing is listed). Names in *names. */
size_t part_not_accepted(db *d, arena *a, int *version, const char *title[1],
			 const char ***names);

/* The network graph. */
struct net_node {
	int64_t id;
	const char *name, *sector;
	int degree;  /* number of distinct partners linked */
	double x, y; /* layout in [0, 1] */
};
struct net_edge {
	size_t a, b; /* node indexes */
	int weight;  /* shared projects and bodies */
};
struct net_graph {
	struct net_node *nodes;
	size_t nnodes;
	struct net_edge *edges;
	size_t nedges;
};
/* Builds the graph of the current members and lays it out (force
 * directed, fixed seed: the same picture every time). 0 or -1. */
int net_graph_build(db *d, arena *a, struct net_graph *g);

#endif
