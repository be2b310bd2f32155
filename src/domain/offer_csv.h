/*
 * offer_csv.h - offers as CSV, in the fixed format of DESIGN.md ("CSV of
 * offers"): a header row, separator ';' or ',' (detected), UTF-8 with or
 * without BOM or Windows-1252 (detected), RFC 4180 quoting (libcsv, strict
 * mode), lists separated by '|'. Columns in any order:
 *
 *   external_id, titel*, traeger*, beschreibung*, bedarfe, alter,
 *   praevention, zugang, kosten, sprachen, strasse, plz, ort, telefon,
 *   email, web, zeiten, barrierefrei (ja/nein)        (* required)
 *
 * The import checks every row with the rules of offer_save() and reports
 * each refused row with its physical line in the file, the column and the
 * German reason. It runs in one transaction: with any refused row nothing
 * changes, unless skip_invalid is set, in which case each row is its own
 * savepoint and only the good ones stay. A row whose external_id exists
 * updates that offer (only the columns the file has; a row that changes
 * nothing counts as updated but is not written); an unknown traeger is
 * created as an organisation of sector "sonstige". Reading the text
 * (encodings, separator, quoting) is base/csv.h.
 *
 * The export writes the same format (';', UTF-8 with BOM for Excel, CRLF,
 * quoting where needed), every offer that is not archived, ordered by id,
 * so that exporting, importing into an empty database and exporting again
 * gives the same file. Cells that a spreadsheet would run as a formula
 * (starting with = + - @ and not a phone number) get a leading apostrophe,
 * which the import removes again.
 */
#ifndef LOTSE_OFFER_CSV_H
#define LOTSE_OFFER_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/csv.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/offer.h"

/* The columns, in the order the export writes them. */
enum csv_col {
	COL_EXTERNAL_ID,
	COL_TITEL,
	COL_TRAEGER,
	COL_BESCHREIBUNG,
	COL_BEDARFE,
	COL_ALTER,
	COL_PRAEVENTION,
	COL_ZUGANG,
	COL_KOSTEN,
	COL_SPRACHEN,
	COL_STRASSE,
	COL_PLZ,
	COL_ORT,
	COL_TELEFON,
	COL_EMAIL,
	COL_WEB,
	COL_ZEITEN,
	COL_BARRIEREFREI,
	CSV_NCOLS
};
extern const char *const csv_columns[CSV_NCOLS];

/* The values of an offer's columns as the export writes them (lists in the
 * order of the code lists, joined with '|'; barrierefrei "ja", "nein" or
 * ""). Strings live in a or in o. */
void offer_csv_values(arena *a, const struct offer *o,
		      const char *out[CSV_NCOLS]);

/* --- import ------------------------------------------------------------------ */

struct csv_import_opts {
	bool skip_invalid; /* import the good rows, refuse only the bad */
	bool draft;	   /* new and updated offers become drafts */
	/* Called after each row with the rows done and the total (may be
	 * NULL). */
	void (*progress)(void *ctx, size_t done, size_t total);
	void *progress_ctx;
};

struct csv_problem {
	size_t line;	    /* physical line of the row in the file */
	const char *column; /* csv_columns[] entry, or NULL for the row */
	char msg[240];
};

#define CSV_MAX_PROBLEMS 10000

struct csv_report {
	size_t rows; /* data rows (empty rows do not count) */
	size_t created, updated, refused;
	size_t orgs_created; /* organisations created for unknown traeger */
	bool committed;	     /* false: nothing was changed */
	enum csv_encoding encoding;   /* as detected */
	char separator;		      /* as detected */
	char fatal[1024];	      /* file-level error, "" when none */
	struct csv_problem *problems; /* malloc'd; csv_report_free() */
	size_t nproblems, problems_cap;
	size_t more; /* problems beyond CSV_MAX_PROBLEMS, not stored */
};

/* Imports the file's bytes as the actor (ACTOR_CLI or the coordination
 * office). Returns 0 when the import was committed (with skip_invalid
 * possibly with refused rows), -1 when nothing changed: a file-level error
 * in rep->fatal, or refused rows without skip_invalid (rep->problems). The
 * caller frees rep with csv_report_free(). */
int offer_csv_import(db *d, const struct actor *a, const char *data, size_t len,
		     const struct csv_import_opts *opts,
		     struct csv_report *rep);
void csv_report_free(struct csv_report *rep);

/* "10000 Zeilen: 9800 neu, 150 aktualisiert, 50 abgelehnt" into out. */
void csv_report_summary(const struct csv_report *rep, char *out, size_t outlen);
/* "Zeile 17, Spalte plz: Die Postleitzahl ..." into out. */
void csv_problem_text(const struct csv_problem *p, char *out, size_t outlen);

/* --- export ------------------------------------------------------------------ */

/* Receives the export piece by piece; returns 0, or -1 to stop. */
typedef int (*csv_write_fn)(void *ctx, const char *data, size_t len);

/* Writes every offer that is not archived as CSV. Returns the number of
 * offers, or -1 when the database or the writer failed. */
long offer_csv_export(db *d, csv_write_fn out, void *ctx);

#endif
