/*
 * csv.c - CSV text (see csv.h): decoding to UTF-8, separator detection,
 * strict RFC 4180 reading with physical line numbers (libcsv), list cells,
 * and writing fields with quoting and the formula guard.
 */
#include "base/csv.h"

#include <csv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

/* libcsv's state between records (ROW_NOT_BEGUN in libcsv.c). */
#define LIBCSV_ROW_NOT_BEGUN 0

/* --- decoding ----------------------------------------------------------------- */

/* Windows-1252 0x80..0x9F; 0 where the code page has no character. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0,	0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,	0x017D, 0,
	0,	0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,	0x017E, 0x0178};

/* The physical line (1-based) of byte offset off. */
static size_t line_at(const char *s, size_t off)
{
	size_t line = 1;
	for (const char *p = s; (p = memchr(p, '\n', off - (size_t)(p - s)));
	     p++)
		line++;
	return line;
}

/* Offset of the first ill-formed UTF-8 sequence in s[0..n). */
static size_t first_bad_utf8(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			return i;
		i += k;
	}
	return n;
}

char *csv_to_utf8(const char *data, size_t len, size_t *out_len,
		  enum csv_encoding *enc, char *err, size_t errlen)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0) {
		snprintf(err, errlen,
			 "Das ist eine Excel-Arbeitsmappe (XLSX) oder ein "
			 "ZIP-Archiv, keine CSV-Datei. Bitte speichern Sie die "
			 "Tabelle in Excel unter „CSV UTF-8 (durch "
			 "Trennzeichen getrennt)“.");
		return NULL;
	}
	if (len >= 8 &&
	    memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
		snprintf(err, errlen,
			 "Das ist eine alte Excel-Datei (XLS), keine "
			 "CSV-Datei. Bitte speichern Sie die Tabelle in Excel "
			 "unter „CSV UTF-8 (durch Trennzeichen getrennt)“.");
		return NULL;
	}
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
			 (u[0] == 0xFE && u[1] == 0xFF))) {
		snprintf(err, errlen,
			 "Die Datei ist als UTF-16 („Unicode-Text“) "
			 "gespeichert. Bitte speichern Sie sie als „CSV UTF-8 "
			 "(durch Trennzeichen getrennt)“.");
		return NULL;
	}
	bool bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0;
	const char *s = bom ? data + 3 : data;
	size_t n = bom ? len - 3 : len;
	if (n == 0) {
		snprintf(err, errlen, "Die Datei ist leer.");
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    c == 0x7F) {
			snprintf(err, errlen,
				 "Das ist keine CSV-Datei: Zeile %zu enthält "
				 "Binärdaten (Steuerzeichen). Bitte wählen Sie "
				 "eine CSV-Datei.",
				 line_at(s, i));
			return NULL;
		}
	}
	char *out;
	if (utf8_valid(s, n)) {
		/* C1 control characters (U+0080..U+009F) are no text either,
		 * and some terminals obey them. */
		for (size_t i = 0; i + 1 < n; i++)
			if ((unsigned char)s[i] == 0xC2 &&
			    (unsigned char)s[i + 1] < 0xA0) {
				snprintf(err, errlen,
					 "Das ist keine CSV-Datei: Zeile %zu "
					 "enthält Steuerzeichen.",
					 line_at(s, i));
				return NULL;
			}
		*enc = bom ? CSV_ENC_UTF8_BOM : CSV_ENC_UTF8;
		out = malloc(n + 1);
		if (!out)
			goto nomem;
		memcpy(out, s, n);
		out[n] = '\0';
		*out_len = n;
		return out;
	}
	if (bom) {
		snprintf(err, errlen,
			 "Die Datei ist als UTF-8 gekennzeichnet, aber Zeile "
			 "%zu ist kein gültiges UTF-8. Bitte speichern Sie sie "
			 "noch einmal als „CSV UTF-8“.",
			 line_at(s, first_bad_utf8(s, n)));
		return NULL;
	}
	/* Not UTF-8: Windows-1252, at most three bytes per character. */
	*enc = CSV_ENC_CP1252;
	out = malloc(3 * n + 1);
	if (!out)
		goto nomem;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp = c;
		if (c >= 0x80 && c < 0xA0) {
			cp = cp1252_high[c - 0x80];
			if (!cp) {
				snprintf(err, errlen,
					 "Zeile %zu: Die Datei ist weder UTF-8 "
					 "noch Windows-1252 (das Byte 0x%02X "
					 "gibt es dort nicht). Bitte speichern "
					 "Sie sie als „CSV UTF-8“.",
					 line_at(s, i), c);
				free(out);
				return NULL;
			}
		}
		o += utf8_encode(cp, out + o);
	}
	out[o] = '\0';
	*out_len = o;
	return out;
nomem:
	snprintf(err, errlen, "Die Datei ist zu groß für den Speicher.");
	return NULL;
}

char csv_detect_separator(const char *text, size_t len)
{
	size_t semi = 0, comma = 0;
	bool quoted = false, content = false;
	for (size_t i = 0; i < len; i++) {
		char c = text[i];
		if (c == '"') {
			quoted = !quoted;
		} else if (!quoted && (c == '\n' || c == '\r')) {
			if (content)
				break;
			continue;
		} else if (!quoted && c == ';') {
			semi++;
		} else if (!quoted && c == ',') {
			comma++;
		}
		content = true;
	}
	return comma > semi ? ',' : ';';
}

/* --- reading ------------------------------------------------------------------ */

struct reader {
	arena *a; /* the fields of one record */
	const char **fields;
	size_t n, cap;
	size_t line; /* where the current record starts */
	csv_record_fn fn;
	void *ctx;
	int stop;
};

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	if (r->stop)
		return;
	r->fields =
		arena_grow(r->a, r->fields, r->n, &r->cap, sizeof *r->fields);
	r->fields[r->n++] = arena_strndup(r->a, s ? s : "", s ? len : 0);
}

static void on_record(int c, void *data)
{
	(void)c;
	struct reader *r = data;
	if (!r->stop)
		r->stop = r->fn(r->ctx, r->line, r->fields, r->n);
	r->n = r->cap = 0;
	r->fields = NULL;
	arena_reset(r->a);
}

/*
 * Feeds libcsv one physical line at a time, so that each record knows the
 * line it starts on: a new record starts on the line fed while the parser
 * stands between records (a quoted field with line breaks spans several).
 */
int csv_read(const char *text, size_t len, char sep, csv_record_fn fn,
	     void *ctx, char *err, size_t errlen)
{
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		snprintf(err, errlen, "Zu wenig Speicher für die CSV-Datei.");
		return -1;
	}
	csv_set_delim(&p, (unsigned char)sep);
	struct reader r = {.a = arena_new(8192), .fn = fn, .ctx = ctx};
	size_t pos = 0, line = 0;
	int rc = 0;
	while (pos < len && !r.stop) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) + 1 : len;
		line++;
		if (p.pstate == LIBCSV_ROW_NOT_BEGUN)
			r.line = line;
		size_t want = end - pos;
		if (csv_parse(&p, text + pos, want, on_field, on_record, &r) !=
		    want) {
			if (csv_error(&p) == CSV_EPARSE)
				snprintf(err, errlen,
					 "Zeile %zu: Die Anführungszeichen "
					 "stimmen nicht. Ein Feld in "
					 "Anführungszeichen endet mit einem "
					 "Anführungszeichen vor dem "
					 "Trennzeichen; ein Anführungszeichen "
					 "im Text wird verdoppelt (\"\").",
					 line);
			else
				snprintf(err, errlen,
					 "Zeile %zu: zu wenig Speicher.", line);
			rc = -1;
			goto out;
		}
		pos = end;
	}
	if (!r.stop && csv_fini(&p, on_field, on_record, &r) != 0) {
		snprintf(err, errlen,
			 "Zeile %zu: Ein Anführungszeichen wird bis zum Ende "
			 "der Datei nicht geschlossen.",
			 r.line);
		rc = -1;
		goto out;
	}
	rc = r.stop;
out:
	csv_free(&p);
	arena_free(r.a);
	return rc;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t csv_split_list(arena *a, const char *s, const char **out, size_t max)
{
	size_t n = 0;
	while (s && *s) {
		const char *bar = strchr(s, '|');
		size_t len = bar ? (size_t)(bar - s) : strlen(s);
		const char *b = s, *e = s + len;
		while (b < e && is_blank(*b))
			b++;
		while (e > b && is_blank(e[-1]))
			e--;
		if (e > b) {
			if (n < max)
				out[n] = arena_strndup(a, b, (size_t)(e - b));
			n++;
		}
		if (!bar)
			break;
		s = bar + 1;
	}
	return n;
}

/* --- writing ------------------------------------------------------------------ */

/* Digits, spaces and + - / ( ): a phone number, not a formula. */
static bool phone_like(const char *s)
{
	bool digit = false;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digit = true;
		else if (!strchr(" +-/()", *s))
			return false;
	}
	return digit;
}

static bool formula_start(char c)
{
	return c && strchr("=+-@\t\r", c) != NULL;
}

/* Apostrophes (maybe none), then a character that starts a formula? */
static bool apostrophes_then_formula(const char *s)
{
	while (*s == '\'')
		s++;
	return formula_start(*s);
}

/*
 * Would a spreadsheet run s as a formula? "+49 ..." and "-2" are numbers,
 * not formulas. Values with apostrophes before such a character are
 * guarded too, so that csv_cell() can take exactly one apostrophe off
 * everything that starts with apostrophes and a formula character: the
 * guard is reversible for every text.
 */
static bool needs_guard(const char *s)
{
	if (s[0] == '+' || s[0] == '-')
		return !phone_like(s);
	return apostrophes_then_formula(s);
}

const char *csv_cell(const char *s)
{
	if (s && s[0] == '\'' && apostrophes_then_formula(s))
		return s + 1;
	return s;
}

void csv_put_field(buf *b, const char *s, char sep)
{
	if (!s || !*s)
		return;
	size_t n = strlen(s);
	bool guard = needs_guard(s);
	bool quote = guard || is_blank(s[0]) || is_blank(s[n - 1]) ||
		     strchr(s, sep) || strchr(s, '"') || strchr(s, '\n') ||
		     strchr(s, '\r');
	if (!quote) {
		buf_append(b, s, n);
		return;
	}
	buf_putc(b, '"');
	if (guard)
		buf_putc(b, '\'');
	for (const char *p = s; *p; p++) {
		const char *q = strchr(p, '"');
		size_t run = q ? (size_t)(q - p) : strlen(p);
		buf_append(b, p, run);
		p += run;
		if (!*p)
			break;
		buf_puts(b, "\"\"");
	}
	buf_putc(b, '"');
}
