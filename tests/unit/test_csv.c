/*
 * test_csv.c - the CSV layer of the offer import and export (base/csv.h,
 * domain/offer_csv.h): encoding detection (UTF-8 with and without BOM,
 * Windows-1252 with umlauts and typographic quotes, binary and UTF-16
 * refused), separator detection, strict RFC 4180 reading with physical
 * line numbers, list cells, quoting and the formula guard of the writer,
 * and the import itself on a real database (report, nothing half-imported,
 * skip-invalid).
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "domain/offer_csv.h"

/* --- encodings ---------------------------------------------------------------- */

static char *decode(const char *s, size_t n, enum csv_encoding *enc, char *err)
{
	size_t len;
	err[0] = '\0';
	return csv_to_utf8(s, n, &len, enc, err, 300);
}

static void test_utf8_and_bom(void **state)
{
	(void)state;
	enum csv_encoding enc;
	char err[300];
	const char *in = "titel;ort\nA;Grünstadt\n";
	char *t = decode(in, strlen(in), &enc, err);
	assert_non_null(t);
	assert_int_equal(enc, CSV_ENC_UTF8);
	assert_string_equal(t, "titel;ort\nA;Grünstadt\n");
	free(t);
	t = decode("\xEF\xBB\xBFtitel\n", 9, &enc, err);
	assert_non_null(t);
	assert_int_equal(enc, CSV_ENC_UTF8_BOM);
	assert_string_equal(t, "titel\n");
	free(t);
	/* With a BOM, invalid UTF-8 is an error naming the line. */
	t = decode("\xEF\xBB\xBFtitel\nM\xFCller\n", 16, &enc, err);
	assert_null(t);
	assert_non_null(strstr(err, "Zeile 2 ist kein gültiges UTF-8"));
}

static void test_windows_1252(void **state)
{
	(void)state;
	enum csv_encoding enc;
	char err[300];
	/* "Mütter-Café „Sonne“ – 5 €" in Windows-1252. */
	static const char cp[] = "M\xFCtter-Caf\xE9 \x84Sonne\x93 \x96 5 \x80"
				 "\nStra\xDF"
				 "e\n";
	char *t = decode(cp, sizeof cp - 1, &enc, err);
	assert_non_null(t);
	assert_int_equal(enc, CSV_ENC_CP1252);
	assert_string_equal(t, "Mütter-Café „Sonne“ – 5 €\nStraße\n");
	free(t);
	/* 0x81 is no character of Windows-1252. */
	t = decode("a\nb\x81\n", 5, &enc, err);
	assert_null(t);
	assert_non_null(strstr(err, "Zeile 2"));
	assert_non_null(strstr(err, "0x81"));
}

static void test_not_text(void **state)
{
	(void)state;
	enum csv_encoding enc;
	char err[300];
	assert_null(decode("", 0, &enc, err));
	assert_string_equal(err, "Die Datei ist leer.");
	assert_null(decode("\xEF\xBB\xBF", 3, &enc, err));
	assert_string_equal(err, "Die Datei ist leer.");
	assert_null(decode("a;b\nc\0d\n", 8, &enc, err));
	assert_non_null(strstr(err, "Zeile 2 enthält Binärdaten"));
	assert_null(decode("a\nb\xC2\x9B"
			   "31m\n",
			   8, &enc, err));
	assert_non_null(strstr(err, "Zeile 2 enthält Steuerzeichen"));
	assert_null(decode("PK\x03\x04xxxx", 8, &enc, err));
	assert_non_null(strstr(err, "XLSX"));
	assert_null(decode("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, &enc, err));
	assert_non_null(strstr(err, "XLS"));
	assert_null(decode("\xFF\xFEt\0i\0", 6, &enc, err));
	assert_non_null(strstr(err, "UTF-16"));
}

/* --- separator ---------------------------------------------------------------- */

static void test_separator(void **state)
{
	(void)state;
	const char *a = "titel;traeger;beschreibung\nA,B;C;D\n";
	assert_int_equal(csv_detect_separator(a, strlen(a)), ';');
	const char *b = "titel,traeger,beschreibung\nA;B,C,D\n";
	assert_int_equal(csv_detect_separator(b, strlen(b)), ',');
	/* Quoted separators in the header do not count. */
	const char *c = "\"a;b;c\",titel,x\n";
	assert_int_equal(csv_detect_separator(c, strlen(c)), ',');
	/* Leading empty lines are skipped; only the header line counts. */
	const char *d = "\r\n\r\ntitel,traeger\n;;;;;\n";
	assert_int_equal(csv_detect_separator(d, strlen(d)), ',');
	/* Neither: ';'. */
	assert_int_equal(csv_detect_separator("titel\n", 6), ';');
}

/* --- reading ------------------------------------------------------------------ */

struct rec {
	size_t line, n;
	char fields[8][64];
};
struct recs {
	struct rec r[16];
	size_t n;
	size_t stop_after;
};

static int collect(void *ctx, size_t line, const char *const *f, size_t n)
{
	struct recs *rs = ctx;
	struct rec *r = &rs->r[rs->n++];
	r->line = line;
	r->n = n;
	for (size_t i = 0; i < n && i < 8; i++)
		snprintf(r->fields[i], sizeof r->fields[i], "%s", f[i]);
	return rs->stop_after && rs->n == rs->stop_after ? 7 : 0;
}

static void test_read_quoting_and_lines(void **state)
{
	(void)state;
	const char *t =
		"titel;beschreibung\r\n"
		"Elterncafé;\"Erste Zeile\r\nzweite; mit \"\"Zitat\"\"\"\r\n"
		"\r\n"
		"  Babymassage  ;  \"  Rand  \"  \r\n"
		"Letzte;ohne Zeilenende";
	struct recs rs = {0};
	char err[300] = "";
	assert_int_equal(csv_read(t, strlen(t), ';', collect, &rs, err, 300),
			 0);
	assert_int_equal(rs.n, 4);
	assert_int_equal(rs.r[0].line, 1);
	assert_int_equal(rs.r[1].line, 2);
	assert_string_equal(rs.r[1].fields[1],
			    "Erste Zeile\r\nzweite; mit \"Zitat\"");
	/* The empty line 4 gives no record; spaces around unquoted fields
	 * go, inside quotes they stay. */
	assert_int_equal(rs.r[2].line, 5);
	assert_string_equal(rs.r[2].fields[0], "Babymassage");
	assert_string_equal(rs.r[2].fields[1], "  Rand  ");
	assert_int_equal(rs.r[3].line, 6);
	assert_string_equal(rs.r[3].fields[1], "ohne Zeilenende");
	/* A trailing separator is an empty last field. */
	struct recs rs2 = {0};
	assert_int_equal(csv_read("a;b;\n", 5, ';', collect, &rs2, err, 300),
			 0);
	assert_int_equal(rs2.r[0].n, 3);
	assert_string_equal(rs2.r[0].fields[2], "");
	/* The callback stops the reading. */
	struct recs rs3 = {.stop_after = 2};
	assert_int_equal(csv_read(t, strlen(t), ';', collect, &rs3, err, 300),
			 7);
	assert_int_equal(rs3.n, 2);
}

static void test_read_quote_errors(void **state)
{
	(void)state;
	char err[300];
	struct recs rs = {0};
	/* A quote inside an unquoted field. */
	const char *a = "a;b\nc;d\ne;Kurs \"Starke Eltern\"\n";
	assert_int_equal(csv_read(a, strlen(a), ';', collect, &rs, err, 300),
			 -1);
	assert_non_null(strstr(err, "Zeile 3: Die Anführungszeichen stimmen"));
	/* Text after the closing quote. */
	memset(&rs, 0, sizeof rs);
	const char *b = "a;b\n\"c\"x;d\n";
	assert_int_equal(csv_read(b, strlen(b), ';', collect, &rs, err, 300),
			 -1);
	assert_non_null(strstr(err, "Zeile 2:"));
	/* A quote never closed: the line where its record starts. */
	memset(&rs, 0, sizeof rs);
	const char *c = "a;b\nc;d\n\"offen;x\ny\nz\n";
	assert_int_equal(csv_read(c, strlen(c), ';', collect, &rs, err, 300),
			 -1);
	assert_non_null(strstr(err, "Zeile 3: Ein Anführungszeichen wird"));
}

/* --- lists and writing -------------------------------------------------------- */

static void test_lists(void **state)
{
	(void)state;
	arena *a = arena_new(1024);
	const char *v[4];
	assert_int_equal(csv_split_list(a, " 0-1 | 1-3||3-6 |", v, 4), 3);
	assert_string_equal(v[0], "0-1");
	assert_string_equal(v[1], "1-3");
	assert_string_equal(v[2], "3-6");
	assert_int_equal(csv_split_list(a, "", v, 4), 0);
	assert_int_equal(csv_split_list(a, " | ", v, 4), 0);
	/* More than max: counted, the first max stored. */
	assert_int_equal(csv_split_list(a, "a|b|c|d|e|f", v, 4), 6);
	assert_string_equal(v[3], "d");
	arena_free(a);
}

static const char *field(buf *b, const char *s)
{
	buf_reset(b);
	csv_put_field(b, s, ';');
	return buf_str(b);
}

static void test_write_fields(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	assert_string_equal(field(&b, "Elterncafé"), "Elterncafé");
	assert_string_equal(field(&b, ""), "");
	assert_string_equal(field(&b, "a;b"), "\"a;b\"");
	assert_string_equal(field(&b, "a,b"), "a,b");
	assert_string_equal(field(&b, "Kurs \"Starke Eltern\""),
			    "\"Kurs \"\"Starke Eltern\"\"\"");
	assert_string_equal(field(&b, "Zeile\r\nZeile"), "\"Zeile\r\nZeile\"");
	assert_string_equal(field(&b, " Rand "), "\" Rand \"");
	/* Formulas get an apostrophe; phone numbers do not. */
	assert_string_equal(field(&b, "=1+1"), "\"'=1+1\"");
	assert_string_equal(field(&b, "@SUMME(A1)"), "\"'@SUMME(A1)\"");
	assert_string_equal(field(&b, "-2+3"), "-2+3");
	assert_string_equal(field(&b, "-A1"), "\"'-A1\"");
	assert_string_equal(field(&b, "+49 5161 44 120"), "+49 5161 44 120");
	assert_string_equal(field(&b, "'=x"), "\"''=x\"");
	assert_string_equal(csv_cell("'=1+1"), "=1+1");
	assert_string_equal(csv_cell("''=x"), "'=x");
	/* Any number of apostrophes before a formula character (found by
	 * fuzz_csv): the guard is always reversible. */
	assert_string_equal(field(&b, "''+'I%'N''"), "\"'''+'I%'N''\"");
	assert_string_equal(csv_cell("'''+'I%'N''"), "''+'I%'N''");
	assert_string_equal(field(&b, "'+49 5161"), "\"''+49 5161\"");
	assert_string_equal(csv_cell("''+49 5161"), "'+49 5161");
	assert_string_equal(csv_cell("'Hallo"), "'Hallo");
	assert_string_equal(csv_cell("+49 5161"), "+49 5161");
	buf_free(&b);
}

/* --- the import on a real database ------------------------------------------ */

struct fixture {
	char path[64];
	db *d;
};

static int db_setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-test-csv-%d.db",
		 getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	*state = f;
	return 0;
}

static int db_teardown(void **state)
{
	struct fixture *f = *state;
	db_close(f->d);
	char p[80];
	unlink(f->path);
	snprintf(p, sizeof p, "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", f->path);
	unlink(p);
	free(f);
	return 0;
}

static long count_offers(db *d)
{
	static const char sql[] = "SELECT COUNT(*) FROM offer";
	sqlite3_stmt *st = db_stmt(d, sql);
	long n =
		sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_reset(st);
	return n;
}

static void test_import(void **state)
{
	struct fixture *f = *state;
	struct actor cli = ACTOR_CLI;
	const char *csv =
		"titel,traeger,beschreibung,plz,alter\n"
		"Krabbelgruppe,Familienzentrum A,Spielen,29664,0-1|1-3\n"
		"Falsch,Familienzentrum A,Text,123,0-1\n"
		"Auch falsch,Neuer Verein,Text,29664,99-100\n";
	struct csv_import_opts opts = {0};
	struct csv_report rep;
	/* Refused rows: nothing changes. */
	assert_int_equal(
		offer_csv_import(f->d, &cli, csv, strlen(csv), &opts, &rep),
		-1);
	assert_int_equal(rep.separator, ',');
	assert_int_equal(rep.rows, 3);
	assert_int_equal(rep.created, 1);
	assert_int_equal(rep.refused, 2);
	assert_false(rep.committed);
	assert_int_equal(rep.nproblems, 2);
	char text[400];
	csv_problem_text(&rep.problems[0], text, sizeof text);
	assert_string_equal(text, "Zeile 3, Spalte plz: Die Postleitzahl „123“ "
				  "hat nicht fünf Ziffern.");
	csv_problem_text(&rep.problems[1], text, sizeof text);
	assert_string_equal(text, "Zeile 4, Spalte alter: Unbekannter Wert "
				  "„99-100“ bei „Alter“.");
	csv_report_summary(&rep, text, sizeof text);
	assert_string_equal(text,
			    "3 Zeilen: 1 neu, 0 aktualisiert, 2 abgelehnt");
	csv_report_free(&rep);
	assert_int_equal(count_offers(f->d), 0);
	/* With skip_invalid the good row stays. */
	opts.skip_invalid = true;
	assert_int_equal(
		offer_csv_import(f->d, &cli, csv, strlen(csv), &opts, &rep), 0);
	assert_true(rep.committed);
	assert_int_equal(rep.created, 1);
	assert_int_equal(rep.orgs_created, 1);
	csv_report_free(&rep);
	assert_int_equal(count_offers(f->d), 1);
	/* A file-level error. */
	assert_int_equal(
		offer_csv_import(f->d, &cli, "titel;farbe\n", 12, &opts, &rep),
		-1);
	assert_non_null(strstr(rep.fatal, "Unbekannte Spalte „farbe“"));
	assert_non_null(strstr(rep.fatal, "Es fehlen die Pflichtspalten "
					  "„traeger“, „beschreibung“"));
	csv_report_free(&rep);
	assert_int_equal(count_offers(f->d), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_and_bom),
		cmocka_unit_test(test_windows_1252),
		cmocka_unit_test(test_not_text),
		cmocka_unit_test(test_separator),
		cmocka_unit_test(test_read_quoting_and_lines),
		cmocka_unit_test(test_read_quote_errors),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_write_fields),
		cmocka_unit_test_setup_teardown(test_import, db_setup,
						db_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
