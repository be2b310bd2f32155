/*
 * stats.h - aggregated figures the coordination office reports (issue #7):
 * § 8a SGB VIII risk assessments per municipality and year (or quarter),
 * in the categories of the federal statistics, and the anonymous
 * baby-welcome visits per municipality and month. Only counts are stored:
 * nothing here can describe a case, a family or a person.
 */
#ifndef LOTSE_STATS_H
#define LOTSE_STATS_H

#include <stdint.h>

#include "base/arena.h"
#include "base/buf.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/codes.h"
#include "domain/errs.h"

/* The categories of the federal statistics; each list ends with a NULL
 * entry, the order is the order of the arrays below. */
#define STAT8A_SOURCES 8
#define STAT8A_RESULTS 4
#define STAT8A_KINDS 4
extern const struct code stat8a_sources[]; /* who made it known */
extern const struct code stat8a_results[]; /* result of the assessment */
extern const struct code stat8a_kinds[];   /* kind of endangerment */

/* The assessments of one municipality in one year (quarter 1-4) or the
 * whole year (quarter 0). */
struct stat8a {
	int64_t region_id;
	int year, quarter;
	int64_t total;
	int64_t source[STAT8A_SOURCES];
	int64_t result[STAT8A_RESULTS];
	int64_t kind[STAT8A_KINDS];
	const char *note;
};

/* Plausibility: every count >= 0; the sources and the results each add up
 * to the total; each kind of endangerment is at most the number of acute
 * plus latent endangerments (an assessment may name several kinds), and
 * together they are at least that number when it is not zero. Adds German
 * messages (field names "total", "source", "result", "kind", "year",
 * "quarter", "region") and returns the number of problems. */
int stat8a_check(const struct stat8a *s, struct errs *e);

/* Stores (inserts or replaces) one period; coordination and admin only
 * (-2). A period may be a year or quarters of that year, not both, for
 * one municipality. Returns 0, -1 with messages in e, -2 forbidden. */
int stat8a_save(db *d, const struct actor *a, const struct stat8a *s,
		struct errs *e);
/* Deletes one period; 0, -1 (not found or error), -2 forbidden. */
int stat8a_delete(db *d, const struct actor *a, int64_t region_id, int year,
		  int quarter);
/* One period; 0 found, 1 not recorded, -1 error. */
int stat8a_get(db *d, int64_t region_id, int year, int quarter,
	       struct stat8a *out);
/* All periods from year `from` to `to`, ordered by year, municipality,
 * quarter; returns the number (0 on error). */
size_t stat8a_list(db *d, arena *a, int from, int to, struct stat8a **out);
/* The sum over a year (quarters and year figures) of one municipality, or
 * of all when region_id is 0; returns the number of periods summed
 * (0: nothing recorded), -1 on error. */
int stat8a_sum(db *d, int year, int64_t region_id, struct stat8a *sum);
/* The years with figures, newest first; returns how many (at most max). */
int stat8a_years(db *d, int *years, int max);

/* CSV of all periods (UTF-8 with BOM, ';'), the same columns the import
 * reads: gemeinde (AGS or name), jahr, quartal, gesamt, one column per
 * code ("quelle_schule", "ergebnis_akut", "art_koerperlich", ...). */
int stat8a_csv_export(db *d, buf *out);
/* Imports such a CSV in one transaction: every row is checked; any
 * refused row changes nothing (messages name the line). Returns the
 * number of periods stored, or -1 (messages in e), -2 forbidden. */
int stat8a_csv_import(db *d, const struct actor *a, const char *data,
		      size_t len, struct errs *e);

/* Kinds of help taken up or referred to during welcome visits. */
#define WELCOME_HELPS 5
extern const struct code welcome_helps[];

struct welcome_month {
	int64_t region_id;
	char month[8]; /* "YYYY-MM" */
	int64_t letters, visits, declined, not_reached;
	int64_t taken_up[WELCOME_HELPS], referred[WELCOME_HELPS];
};

/* Plausibility: counts >= 0; visits + declined + not reached at most the
 * letters sent; help taken up or referred to at most the visits of that
 * kind each. Returns the number of problems. */
int welcome_check(const struct welcome_month *w, struct errs *e);
/* Stores one municipality's month; the visits role, coordination and
 * admin (-2 otherwise). 0, -1 with messages, -2. */
int welcome_save(db *d, const struct actor *a, const struct welcome_month *w,
		 struct errs *e);
/* One month; 0 found, 1 not recorded, -1 error. */
int welcome_get(db *d, int64_t region_id, const char *month,
		struct welcome_month *out);
/* Sum of the months of `year` (month "YYYY-MM" prefix) for one
 * municipality or all (0); month is set to "YYYY". Returns the number of
 * months summed, -1 on error. */
int welcome_sum(db *d, int year, int64_t region_id, struct welcome_month *sum);
/* Sum of one month over all municipalities ("YYYY-MM"). */
int welcome_sum_month(db *d, const char *month, struct welcome_month *sum);

/* The number written by the n digits at s ("2026" of "2026-11-22"), or
 * -1 when they are not all digits. */
int stats_digits(const char *s, size_t n);

/* v as German percent text ("61,9 %"), "–" when v < 0. */
const char *stats_pct_text(arena *a, double v);

/* a / b in percent, or -1 when b is 0. */
double stats_rate(int64_t a, int64_t b);

#endif
