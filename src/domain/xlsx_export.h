/*
 * xlsx_export.h - the directory as Excel workbooks (libxlsxwriter) for the
 * coordination office:
 *
 *   XLSX_OFFERS    sheet "Angebote": one row per offer that is not
 *                  archived, the columns of the CSV format (same names and
 *                  values, so a sheet saved as CSV can be imported again
 *                  once the extra columns are removed), then status, valid
 *                  from/to, last confirmed and the offer's number;
 *   XLSX_PARTNERS  sheet "Partner": every organisation with sector,
 *                  membership, address, municipalities served, number of
 *                  offers; sheet "Kontakte": every contact person with
 *                  role and whether they agreed to be shown publicly (the
 *                  coordination office sees all of the network's contacts).
 *
 * Every sheet has a bold header row with an autofilter, frozen panes under
 * the header and column widths that fit the content. Cells are always
 * text or numbers, never formulas. Large exports use libxlsxwriter's
 * constant-memory mode (rows go to a temporary file as they are written).
 */
#ifndef LOTSE_XLSX_EXPORT_H
#define LOTSE_XLSX_EXPORT_H

#include <stddef.h>

#include "db/db.h"

enum xlsx_what { XLSX_OFFERS, XLSX_PARTNERS };

/* Writes the workbook to the file path (replacing it). Returns the number
 * of data rows of the first sheet, or -1 with a German message in err. */
long xlsx_export(db *d, enum xlsx_what what, const char *path, char *err,
		 size_t errlen);

/* The same into memory, through a temporary file that is removed again:
 * *data is malloc'd (the caller frees it), *len its size. */
long xlsx_export_mem(db *d, enum xlsx_what what, char **data, size_t *len,
		     char *err, size_t errlen);

#endif
