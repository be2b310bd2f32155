/*
 * csv.h - CSV text as spreadsheets write it and RFC 4180 describes it:
 *
 *   - bytes to UTF-8: UTF-8 with or without BOM is kept, other text is
 *     read as Windows-1252 (what German Excel writes by default); empty
 *     files, binary files, Excel workbooks and UTF-16 are refused with a
 *     German message;
 *   - the separator (';' or ',') from the header line;
 *   - strict reading with libcsv: each record with the physical line it
 *     starts on (quoted fields may span lines), quoting errors with their
 *     line;
 *   - list cells split at '|';
 *   - writing a field with quotes where needed and an apostrophe before
 *     cells a spreadsheet would run as a formula (= + - @), which
 *     csv_cell() takes off again.
 *
 * Knows nothing of offers (domain/offer_csv.h uses it). Fuzzed by
 * tests/fuzz/fuzz_csv.c.
 */
#ifndef LOTSE_CSV_H
#define LOTSE_CSV_H

#include <stddef.h>

#include "base/arena.h"
#include "base/buf.h"

enum csv_encoding { CSV_ENC_UTF8, CSV_ENC_UTF8_BOM, CSV_ENC_CP1252 };

/* Turns the bytes of a file into UTF-8 text without BOM: UTF-8 (with or
 * without BOM) is checked and kept, anything else that is not valid UTF-8
 * is read as Windows-1252. Returns the text (malloc'd, NUL-terminated; the
 * caller frees it) and its length and encoding, or NULL with a German
 * message in err for an empty file, a binary file (NUL or control
 * characters, an Excel workbook, UTF-16) or a byte that Windows-1252 does
 * not have. */
char *csv_to_utf8(const char *data, size_t len, size_t *out_len,
		  enum csv_encoding *enc, char *err, size_t errlen);

/* The separator of the header line (the first record): ';' or ',',
 * whichever occurs more often outside quotes (';' when neither does). */
char csv_detect_separator(const char *text, size_t len);

/* Called for every record of csv_read(): its physical line in the text
 * (1-based, where the record starts), its n fields (NUL-terminated, valid
 * until the next record). Return 0 to go on, anything else to stop. */
typedef int (*csv_record_fn)(void *ctx, size_t line, const char *const *fields,
			     size_t n);

/* Reads text as RFC 4180 CSV with separator sep (libcsv, strict mode).
 * Empty lines give no record; spaces around unquoted fields are dropped.
 * Returns 0, the callback's non-zero value when it stopped, or -1 on a
 * quoting error with a German message in err naming the line. */
int csv_read(const char *text, size_t len, char sep, csv_record_fn fn,
	     void *ctx, char *err, size_t errlen);

/* Splits a list cell at '|', trims each item and drops empty ones. Stores
 * up to max items in out (arena copies) and returns how many there are
 * (possibly more than max). */
size_t csv_split_list(arena *a, const char *s, const char **out, size_t max);

/* Appends s as one CSV field: quoted when it holds the separator, a quote,
 * a line break or surrounding spaces; with a leading apostrophe when a
 * spreadsheet would read it as a formula. */
void csv_put_field(buf *b, const char *s, char sep);

/* The cell text of one field of the format as the import reads it: the
 * apostrophe csv_put_field() adds against formulas is removed. */
const char *csv_cell(const char *s);

#endif
