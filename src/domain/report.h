/*
 * report.h - the figures of one year for the yearly report (issue #7)
 * that no other module counts: offers created, changed and archived,
 * decisions taken and projects running. The report page combines them
 * with participation.h, stats.h and coverage.h.
 */
#ifndef LOTSE_REPORT_H
#define LOTSE_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

struct report_offers {
	int64_t created;   /* first saved in the year */
	int64_t changed;   /* older offers changed in the year */
	int64_t archived;  /* archived in the year */
	int64_t published; /* public today */
	int64_t *by_need;  /* public today, per need (codes.h order) */
};
int report_offers(db *d, arena *a, int year, struct report_offers *out);

struct report_decision {
	const char *number, *title, *body, *result, *date;
	int64_t yes, no, abstain;
};
/* Motions decided in the year, by register number. */
size_t report_decisions(db *d, arena *a, int year,
			struct report_decision **out);

struct report_project {
	int64_t id;
	const char *title, *lead, *status, *funding, *starts, *ends;
	int64_t partners;
};
/* Projects running at some time in the year (started before its end and
 * not ended before its start), by title. */
size_t report_projects(db *d, arena *a, int year, struct report_project **out);

/* German label of a decision's result code. */
const char *report_result_label(const char *result);

#endif
