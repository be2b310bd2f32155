/*
 * fuzz_csv.c - libFuzzer target for uploaded CSV files: csv_to_utf8() on
 * the raw bytes, then csv_detect_separator() and csv_read() on the text,
 * as the offer import does.
 *
 * Invariants: csv_to_utf8() returns valid UTF-8 without NUL or control
 * characters but tab and line breaks, or NULL with a message; the
 * separator is ';' or ','; csv_read() returns 0, or -1 with a message
 * naming a line; records come with line numbers that never decrease and
 * do not exceed the number of lines, and their fields are valid UTF-8.
 * Round trip: each record that is not empty, written again with
 * csv_put_field() and read back, gives the same fields (after csv_cell(),
 * which takes off the formula guard).
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/buf.h"
#include "base/csv.h"
#include "base/utf8.h"

struct state {
	size_t last_line, max_line;
	char sep;
};

struct one {
	size_t n;
	char **fields;
};

static int keep_one(void *ctx, size_t line, const char *const *f, size_t n)
{
	(void)line;
	struct one *o = ctx;
	FUZZ_CHECK(o->fields == NULL); /* exactly one record */
	o->n = n;
	o->fields = calloc(n ? n : 1, sizeof *o->fields);
	FUZZ_CHECK(o->fields != NULL);
	for (size_t i = 0; i < n; i++) {
		o->fields[i] = strdup(f[i]);
		FUZZ_CHECK(o->fields[i] != NULL);
	}
	return 0;
}

static int check_record(void *ctx, size_t line, const char *const *f, size_t n)
{
	struct state *s = ctx;
	FUZZ_CHECK(line >= 1 && line >= s->last_line && line <= s->max_line);
	s->last_line = line;
	bool empty = true;
	for (size_t i = 0; i < n; i++) {
		FUZZ_CHECK(utf8_valid(f[i], strlen(f[i])));
		empty = empty && !*f[i];
	}
	if (empty)
		return 0;
	buf b;
	buf_init(&b, 0);
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(&b, s->sep);
		csv_put_field(&b, f[i], s->sep);
	}
	buf_puts(&b, "\r\n");
	FUZZ_CHECK(!buf_failed(&b));
	struct one o = {0};
	char err[300];
	int rc = csv_read(b.data, b.len, s->sep, keep_one, &o, err, sizeof err);
	FUZZ_CHECK(rc == 0);
	FUZZ_CHECK(o.fields != NULL && o.n == n);
	for (size_t i = 0; i < n; i++) {
		FUZZ_CHECK(strcmp(csv_cell(o.fields[i]), f[i]) == 0);
		free(o.fields[i]);
	}
	free(o.fields);
	buf_free(&b);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = malloc(size ? size : 1);
	FUZZ_CHECK(in != NULL);
	if (size)
		memcpy(in, data, size);
	size_t len = 0;
	enum csv_encoding enc;
	char err[300] = "";
	char *text = csv_to_utf8(in, size, &len, &enc, err, sizeof err);
	if (!text) {
		FUZZ_CHECK(err[0] != '\0');
		free(in);
		return 0;
	}
	FUZZ_CHECK(len == strlen(text));
	FUZZ_CHECK(utf8_valid(text, len));
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		FUZZ_CHECK(c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
	}
	struct state s = {.sep = csv_detect_separator(text, len)};
	FUZZ_CHECK(s.sep == ';' || s.sep == ',');
	s.max_line = 1;
	for (size_t i = 0; i < len; i++)
		s.max_line += text[i] == '\n';
	err[0] = '\0';
	int rc = csv_read(text, len, s.sep, check_record, &s, err, sizeof err);
	FUZZ_CHECK(rc == 0 || rc == -1);
	if (rc < 0)
		FUZZ_CHECK(strncmp(err, "Zeile ", 6) == 0);
	free(text);
	free(in);
	return 0;
}
