/*
 * test_multipart.c - the multipart/form-data parser: what browsers and
 * fetch() send is read (fields into params, files with name, filename,
 * type and bytes), and every malformed body is refused.
 */
#include "testutil.h"

#include "base/buf.h"
#include "http/multipart.h"

#define CT "multipart/form-data; boundary=----WebKitFormBoundaryx7Yz"
#define B "------WebKitFormBoundaryx7Yz"

struct parsed {
	arena *a;
	params p;
	uploads u;
};

static enum parse_err run(struct parsed *x, const char *ct, const char *body,
			  size_t len)
{
	x->a = arena_new(1024);
	params_init(&x->p);
	uploads_init(&x->u);
	return parse_multipart(x->a, ct, body, len, &x->p, &x->u);
}

static void test_browser_upload(void **state)
{
	(void)state;
	static const char body[] =
		B "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
		  "tok\r\n" B "\r\nContent-Disposition: form-data; "
		  "name=\"datei\"; filename=\"C:\\\\fakepath\\\\Übersicht.csv\""
		  "\r\nContent-Type: text/csv\r\n\r\n"
		  "titel;traeger\r\n\0\xff\r\n" B
		  "\r\nContent-Disposition: form-data; name=\"draft\"\r\n\r\n"
		  "1\r\n" B "--\r\n";
	struct parsed x;
	assert_int_equal(run(&x, CT, body, sizeof body - 1), PARSE_OK);
	assert_int_equal(x.p.n, 2);
	assert_string_equal(params_get(&x.p, "csrf"), "tok");
	assert_string_equal(params_get(&x.p, "draft"), "1");
	const struct upload *f = uploads_get(&x.u, "datei");
	assert_non_null(f);
	assert_string_equal(f->filename, "Übersicht.csv");
	assert_string_equal(f->content_type, "text/csv");
	assert_int_equal(f->len, 17);
	assert_memory_equal(f->data, "titel;traeger\r\n\0\xff", 17);
	assert_null(uploads_get(&x.u, "csrf"));
	arena_free(x.a);
}

static void test_quoted_boundary_and_case(void **state)
{
	(void)state;
	static const char body[] = "--a b:c\r\ncontent-disposition: FORM-DATA;"
				   "NAME=feld\r\n\r\nwert\r\n--a b:c--";
	struct parsed x;
	assert_int_equal(run(&x,
			     "Multipart/Form-Data; charset=utf-8; "
			     "Boundary=\"a b:c\"",
			     body, sizeof body - 1),
			 PARSE_OK);
	assert_string_equal(params_get(&x.p, "feld"), "wert");
	arena_free(x.a);
}

static void test_empty_file_input(void **state)
{
	(void)state;
	static const char body[] =
		"--b\r\nContent-Disposition: form-data; name=\"datei\"; "
		"filename=\"\"\r\nContent-Type: application/octet-stream\r\n"
		"\r\n\r\n--b--\r\n";
	struct parsed x;
	assert_int_equal(run(&x, "multipart/form-data; boundary=b", body,
			     sizeof body - 1),
			 PARSE_OK);
	const struct upload *f = uploads_get(&x.u, "datei");
	assert_non_null(f);
	assert_string_equal(f->filename, "");
	assert_int_equal(f->len, 0);
	arena_free(x.a);
}

static void test_refused(void **state)
{
	(void)state;
	static const struct {
		const char *ct, *body;
		enum parse_err want;
	} cases[] = {
		{"text/plain; boundary=b", "--b--", PARSE_BAD_SYNTAX},
		{"multipart/form-data", "--b--", PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=", "----", PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=b; boundary=c", "--b--",
		 PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=\"b \"", "--b --",
		 PARSE_BAD_SYNTAX},
		/* preamble, missing close, junk after it */
		{"multipart/form-data; boundary=b", "x\r\n--b--",
		 PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=b",
		 "--b\r\nContent-Disposition: form-data; name=a\r\n\r\nx",
		 PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=b", "--b--junk",
		 PARSE_BAD_SYNTAX},
		/* parts without a proper disposition */
		{"multipart/form-data; boundary=b",
		 "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--",
		 PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=b",
		 "--b\r\nContent-Disposition: attachment; name=a\r\n\r\nx\r\n"
		 "--b--",
		 PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=b",
		 "--b\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nx\r\n"
		 "--b--",
		 PARSE_BAD_SYNTAX},
		{"multipart/form-data; boundary=b",
		 "--b\r\nContent-Disposition: form-data; name=a; name=b\r\n"
		 "\r\nx\r\n--b--",
		 PARSE_BAD_SYNTAX},
		/* folded header, control character */
		{"multipart/form-data; boundary=b",
		 "--b\r\nContent-Disposition: form-data;\r\n name=a\r\n\r\nx"
		 "\r\n--b--",
		 PARSE_BAD_SYNTAX},
		/* text fields must be UTF-8 */
		{"multipart/form-data; boundary=b",
		 "--b\r\nContent-Disposition: form-data; name=a\r\n\r\n\xc3("
		 "\r\n--b--",
		 PARSE_BAD_UTF8},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct parsed x;
		enum parse_err e = run(&x, cases[i].ct, cases[i].body,
				       strlen(cases[i].body));
		if (e != cases[i].want)
			fail_msg("case %zu: got %d, want %d", i, e,
				 cases[i].want);
		arena_free(x.a);
	}
	/* A NUL in a text field. */
	static const char nul[] = "--b\r\nContent-Disposition: form-data; "
				  "name=a\r\n\r\nx\0y\r\n--b--";
	struct parsed x;
	assert_int_equal(
		run(&x, "multipart/form-data; boundary=b", nul, sizeof nul - 1),
		PARSE_NUL);
	arena_free(x.a);
}

static void test_limits(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 0);
	for (int i = 0; i <= MULTIPART_MAX_PARTS; i++)
		buf_printf(&b,
			   "--b\r\nContent-Disposition: form-data; "
			   "name=f%d\r\n\r\nx\r\n",
			   i);
	buf_puts(&b, "--b--\r\n");
	struct parsed x;
	assert_int_equal(
		run(&x, "multipart/form-data; boundary=b", b.data, b.len),
		PARSE_TOO_MANY);
	arena_free(x.a);
	buf_reset(&b);
	buf_puts(&b, "--b\r\nContent-Disposition: form-data; name=a\r\n"
		     "X-Long: ");
	for (int i = 0; i < MULTIPART_MAX_HEADER; i++)
		buf_putc(&b, 'x');
	buf_puts(&b, "\r\n\r\nx\r\n--b--");
	assert_int_equal(
		run(&x, "multipart/form-data; boundary=b", b.data, b.len),
		PARSE_TOO_LONG);
	arena_free(x.a);
	buf_free(&b);
	assert_string_not_equal(multipart_strerror(PARSE_BAD_SYNTAX), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_browser_upload),
		cmocka_unit_test(test_quoted_boundary_and_case),
		cmocka_unit_test(test_empty_file_input),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
