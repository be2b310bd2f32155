/*
 * test_eml.c - the e-mail builder (mail/eml.c): RFC 2047 encoded-words
 * for German subjects and names, dates, quoted-printable text, CRLF line
 * ends and line lengths, the text/calendar attachment and its headers,
 * header injection through CR/LF in names and subjects, and the message
 * of an outbox row on a real database; and the sender's backoff.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db/db.h"
#include "mail/eml.h"
#include "mail/outbox.h"
#include "mail/sender.h"

/* Appends s to the string in dst (of cap bytes). */
static void append(char *dst, size_t cap, const char *s)
{
	size_t n = strlen(dst);
	snprintf(dst + n, cap - n, "%s", s);
}

/* Decodes base64 (no line breaks) into out; returns the length. */
static size_t unbase64(const char *s, size_t n, char *out)
{
	static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
				  "qrstuvwxyz0123456789+/";
	size_t o = 0;
	unsigned v = 0;
	int bits = 0;
	for (size_t i = 0; i < n && s[i] != '='; i++) {
		const char *p = strchr(tbl, s[i]);
		if (!p)
			continue;
		v = (v << 6) | (unsigned)(p - tbl);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (char)((v >> bits) & 0xff);
		}
	}
	out[o] = '\0';
	return o;
}

/* Decodes every encoded-word of a header value and drops the folding. */
static void decode_words(const char *s, char *out)
{
	size_t o = 0;
	while (*s) {
		if (strncmp(s, "=?UTF-8?B?", 10) == 0) {
			const char *end = strstr(s + 10, "?=");
			assert_non_null(end);
			o += unbase64(s + 10, (size_t)(end - s - 10), out + o);
			s = end + 2;
			/* white space between two encoded-words is dropped */
			const char *t = s + strspn(s, "\r\n ");
			if (strncmp(t, "=?UTF-8?B?", 10) == 0)
				s = t;
			continue;
		}
		out[o++] = *s++;
	}
	out[o] = '\0';
}

/* Every line ends with CRLF, none is longer than max octets. */
static void assert_lines(const char *m, size_t max)
{
	size_t col = 0;
	for (const char *p = m; *p; p++) {
		if (*p == '\n') {
			assert_true(p > m && p[-1] == '\r');
			col = 0;
			continue;
		}
		if (*p == '\r')
			assert_int_equal(p[1], '\n');
		col++;
		assert_true(col <= max + 1);
	}
	assert_int_equal(col, 0); /* ends with CRLF */
}

/* The value of header name (unfolded), or NULL. */
static const char *header(const char *m, const char *name, char *out)
{
	size_t n = strlen(name);
	const char *p = m;
	while (p && *p && strncmp(p, "\r\n", 2) != 0) {
		if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
			p += n + 1;
			while (*p == ' ')
				p++;
			size_t o = 0;
			for (;;) {
				const char *e = strstr(p, "\r\n");
				memcpy(out + o, p, (size_t)(e - p));
				o += (size_t)(e - p);
				if (e[2] != ' ' && e[2] != '\t')
					break;
				p = e + 2;
			}
			out[o] = '\0';
			return out;
		}
		p = strstr(p, "\r\n");
		if (p)
			p += 2;
	}
	return NULL;
}

static const struct eml_msg base = {
	.from = "netzwerk@ahrwald.example",
	.from_name = "Netzwerk Frühe Hilfen Ahrwald",
	.to = "hebamme@kranichsee.example",
	.to_name = "Anke Musterfrau",
	.subject = "Einladung: Netzwerkkonferenz Frühjahr",
	.date = "2026-03-03T13:00:00Z",
	.message_id = "<abc123@lotse.invalid>",
	.text = "Guten Tag,\n\nwir laden Sie herzlich ein.\nGrüße\n",
};

static void test_subject_rfc2047(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 1 << 20);
	assert_int_equal(eml_build(&b, &base), 0);
	char v[2048], dec[2048];
	assert_non_null(header(b.data, "Subject", v));
	assert_non_null(strstr(v, "=?UTF-8?B?"));
	decode_words(v, dec);
	assert_string_equal(dec, "Einladung: Netzwerkkonferenz Frühjahr");
	/* names: encoded, the address plain */
	assert_non_null(header(b.data, "From", v));
	assert_non_null(strstr(v, "<netzwerk@ahrwald.example>"));
	decode_words(v, dec);
	assert_string_equal(dec, "Netzwerk Frühe Hilfen Ahrwald "
				 "<netzwerk@ahrwald.example>");
	assert_non_null(header(b.data, "To", v));
	assert_string_equal(v, "Anke Musterfrau <hebamme@kranichsee.example>");
	assert_non_null(header(b.data, "Date", v));
	assert_string_equal(v, "Tue, 3 Mar 2026 13:00:00 +0000");
	assert_non_null(header(b.data, "Message-ID", v));
	assert_string_equal(v, "<abc123@lotse.invalid>");
	assert_non_null(header(b.data, "MIME-Version", v));
	assert_non_null(header(b.data, "Content-Type", v));
	assert_string_equal(v, "text/plain; charset=utf-8");
	assert_non_null(header(b.data, "Content-Transfer-Encoding", v));
	assert_string_equal(v, "quoted-printable");
	assert_non_null(strstr(b.data, "\r\n\r\nGuten Tag,\r\n\r\nwir laden "
				       "Sie herzlich ein.\r\nGr=C3=BC=C3=9Fe"
				       "\r\n"));
	assert_lines(b.data, 78);
	buf_free(&b);
}

static void test_long_subject_folded(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 1 << 20);
	struct eml_msg m = base;
	char subj[600] = "";
	for (int i = 0; i < 20; i++)
		append(subj, sizeof subj, "Überörtliche Fachtagung ");
	subj[strlen(subj) - 1] = '\0';
	m.subject = subj;
	assert_int_equal(eml_build(&b, &m), 0);
	assert_lines(b.data, 78);
	char v[4096], dec[4096];
	assert_non_null(header(b.data, "Subject", v));
	decode_words(v, dec);
	assert_string_equal(dec, subj);
	buf_free(&b);
	/* plain ASCII, long: folded at spaces, unfolds to the same text */
	buf_init(&b, 1 << 20);
	subj[0] = '\0';
	for (int i = 0; i < 20; i++)
		append(subj, sizeof subj, "Netzwerk conference ");
	subj[strlen(subj) - 1] = '\0';
	m.subject = subj;
	assert_int_equal(eml_build(&b, &m), 0);
	assert_lines(b.data, 78);
	assert_non_null(header(b.data, "Subject", v));
	assert_string_equal(v, subj);
	buf_free(&b);
}

static void test_header_injection(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 1 << 20);
	struct eml_msg m = base;
	m.subject = "Hallo\r\nBcc: opfer@example.org\r\n\r\nFalscher Text";
	m.to_name = "Eve\r\nBcc: noch@example.org";
	m.from_name = "Netz\nX-Evil: 1";
	m.message_id = "<x@y>\r\nBcc: z@example.org";
	assert_int_equal(eml_build(&b, &m), 0);
	assert_null(strstr(b.data, "\r\nBcc:"));
	assert_null(strstr(b.data, "\nBcc:"));
	assert_null(strstr(b.data, "\r\nX-Evil:"));
	char v[2048];
	assert_non_null(header(b.data, "Subject", v));
	assert_string_equal(v, "HalloBcc: opfer@example.orgFalscher Text");
	assert_non_null(header(b.data, "To", v));
	assert_string_equal(v, "\"EveBcc: noch@example.org\" "
			       "<hebamme@kranichsee.example>");
	/* the body starts only after the headers' empty line */
	const char *body = strstr(b.data, "\r\n\r\n");
	assert_non_null(body);
	assert_non_null(strstr(body, "Guten Tag"));
	assert_lines(b.data, 78);
	buf_free(&b);
}

static void test_quoted_name(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 1 << 20);
	struct eml_msg m = base;
	m.to_name = "Praxis \"Am Markt\", Dr. Beispiel";
	m.from_name = NULL;
	assert_int_equal(eml_build(&b, &m), 0);
	char v[1024];
	assert_non_null(header(b.data, "To", v));
	assert_string_equal(v, "\"Praxis \\\"Am Markt\\\", Dr. Beispiel\" "
			       "<hebamme@kranichsee.example>");
	assert_non_null(header(b.data, "From", v));
	assert_string_equal(v, "netzwerk@ahrwald.example");
	buf_free(&b);
}

static void test_calendar_attachment(void **state)
{
	(void)state;
	const char *ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
			  "BEGIN:VEVENT\r\nUID:m1@lotse\r\nSUMMARY:Plenum "
			  "Frühjahr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
	buf b;
	buf_init(&b, 1 << 20);
	struct eml_msg m = base;
	m.ics = ics;
	m.ics_method = "REQUEST";
	assert_int_equal(eml_build(&b, &m), 0);
	assert_lines(b.data, 78);
	char v[1024];
	assert_non_null(header(b.data, "Content-Type", v));
	assert_true(strncmp(v, "multipart/mixed; boundary=\"", 27) == 0);
	char boundary[64];
	const char *q = v + 27;
	size_t bl = strcspn(q, "\"");
	memcpy(boundary, q, bl);
	boundary[bl] = '\0';
	char delim[80];
	snprintf(delim, sizeof delim, "\r\n--%s\r\n", boundary);
	const char *p1 = strstr(b.data, delim);
	assert_non_null(p1);
	assert_non_null(strstr(p1, "Content-Type: text/plain; charset=utf-8"));
	const char *p2 = strstr(p1 + 1, delim);
	assert_non_null(p2);
	assert_non_null(strstr(p2, "Content-Type: text/calendar; "
				   "charset=utf-8; method=REQUEST;\r\n"
				   " name=\"einladung.ics\"\r\n"));
	assert_non_null(strstr(p2, "Content-Transfer-Encoding: base64\r\n"));
	assert_non_null(strstr(p2, "Content-Disposition: attachment; "
				   "filename=\"einladung.ics\"\r\n"));
	char end[80];
	snprintf(end, sizeof end, "\r\n--%s--\r\n", boundary);
	const char *e = strstr(b.data, end);
	assert_non_null(e);
	/* the attachment decodes to the calendar */
	const char *data = strstr(p2, "\r\n\r\n") + 4;
	char dec[1024];
	char joined[1024];
	size_t jn = 0;
	for (const char *p = data; p < e; p++)
		if (*p != '\r' && *p != '\n')
			joined[jn++] = *p;
	unbase64(joined, jn, dec);
	assert_string_equal(dec, ics);
	buf_free(&b);
	/* a cancellation: method CANCEL, file absage.ics; a bad method
	 * falls back to REQUEST */
	buf_init(&b, 1 << 20);
	m.ics_method = "CANCEL";
	assert_int_equal(eml_build(&b, &m), 0);
	assert_non_null(
		strstr(b.data, "method=CANCEL;\r\n name=\"absage.ics\""));
	buf_free(&b);
	buf_init(&b, 1 << 20);
	m.ics_method = "REQUEST\r\nBcc: x@y";
	assert_int_equal(eml_build(&b, &m), 0);
	assert_non_null(strstr(b.data, "method=REQUEST;"));
	assert_null(strstr(b.data, "\nBcc"));
	buf_free(&b);
}

static void test_qp(void **state)
{
	(void)state;
	buf b;
	buf_init(&b, 1 << 16);
	char text[400] = "";
	for (int i = 0; i < 30; i++)
		append(text, sizeof text, "Grüße ");
	append(text, sizeof text, "\n.Punkt am Anfang\nLeer am Ende \nA=B");
	eml_qp(&b, text);
	assert_lines(b.data, 76);
	assert_non_null(strstr(b.data, "\r\n=2EPunkt am Anfang\r\n"));
	assert_non_null(strstr(b.data, "Leer am Ende=20\r\n"));
	assert_non_null(strstr(b.data, "A=3DB\r\n"));
	/* soft breaks join back to the text */
	char dec[1024];
	size_t o = 0;
	for (const char *p = b.data; *p;) {
		if (p[0] == '=' && p[1] == '\r') {
			p += 3;
		} else if (p[0] == '=') {
			unsigned v;
			sscanf(p + 1, "%2X", &v);
			dec[o++] = (char)v;
			p += 3;
		} else if (p[0] == '\r') {
			p++;
		} else {
			dec[o++] = *p++;
		}
	}
	dec[o] = '\0';
	append(text, sizeof text, "\n"); /* the text ends with a line break */
	assert_string_equal(dec, text);
	buf_free(&b);
}

static void test_date(void **state)
{
	(void)state;
	char out[64];
	assert_int_equal(eml_date("2026-11-22T11:43:26Z", out), 0);
	assert_string_equal(out, "Sun, 22 Nov 2026 11:43:26 +0000");
	assert_int_equal(eml_date("2024-02-29T00:00:00Z", out), 0);
	assert_string_equal(out, "Thu, 29 Feb 2024 00:00:00 +0000");
	assert_int_equal(eml_date("gestern", out), -1);
	assert_int_equal(eml_date("2026-13-01T00:00:00Z", out), -1);
}

static void test_backoff(void **state)
{
	(void)state;
	assert_int_equal(sender_backoff(1), 60);
	assert_int_equal(sender_backoff(2), 300);
	assert_int_equal(sender_backoff(3), 900);
	assert_int_equal(sender_backoff(4), 3600);
	assert_int_equal(sender_backoff(5), 21600);
	assert_int_equal(sender_backoff(7), 21600);
}

static void test_from_outbox(void **state)
{
	(void)state;
	char path[64];
	snprintf(path, sizeof path, "/tmp/lotse-eml-%d.db", getpid());
	unlink(path);
	char err[256];
	db *d = db_open(path, true, err, sizeof err);
	assert_non_null(d);
	int n;
	assert_int_equal(db_migrate(d, &n), 0);
	struct mail m = {.kind = "news",
			 .to = "kita@ahrwald.example",
			 .to_name = "Kita Sonnenschein",
			 .subject = "Neuigkeit: Kooperationsvereinbarung",
			 .text = "Liebe Partner,\nes gibt Neues."};
	int64_t id = outbox_enqueue(d, &m);
	assert_true(id > 0);
	/* injection in the address is refused at the door */
	struct mail bad = m;
	bad.to = "a@example.org\r\nBcc: b@example.org";
	assert_int_equal(outbox_enqueue(d, &bad), -1);
	arena *a = arena_new(4096);
	buf b;
	buf_init(&b, 1 << 20);
	const char *rcpt = NULL;
	assert_int_equal(eml_from_outbox(d, a, id, &b, &rcpt), 0);
	assert_string_equal(rcpt, "kita@ahrwald.example");
	char v[1024];
	assert_non_null(header(b.data, "To", v));
	assert_string_equal(v, "Kita Sonnenschein <kita@ahrwald.example>");
	assert_non_null(header(b.data, "From", v));
	assert_non_null(strstr(v, "<lotse@localhost>"));
	assert_non_null(header(b.data, "Message-ID", v));
	assert_true(strstr(v, "@lotse.invalid>") != NULL);
	assert_lines(b.data, 78);
	buf_free(&b);
	buf_init(&b, 1 << 20);
	assert_int_equal(eml_from_outbox(d, a, id + 100, &b, NULL), -1);
	buf_free(&b);
	arena_free(a);
	db_close(d);
	unlink(path);
}

/* Random subjects and names (control characters, CR/LF, broken UTF-8,
 * long words): every line ends with CRLF and stays within 998 octets,
 * and the header holds exactly the headers the builder writes. */
static void test_random_headers(void **state)
{
	(void)state;
	static const char *const known[] = {"From",
					    "To",
					    "Subject",
					    "Date",
					    "Message-ID",
					    "MIME-Version",
					    "Auto-Submitted",
					    "Content-Language",
					    "Content-Type",
					    "Content-Transfer-Encoding",
					    NULL};
	static const char pieces[][8] = {
		"a",  "Z",  " ",  "\r\n", "\n", "\r", "ü", "ß", "\xc3", "\xff",
		"=?", "?=", "\"", "\\",	  "<",	">",  ",", ":", "Bcc:", "\t"};
	uint64_t x = 88172645463325252ull;
	for (int round = 0; round < 2000; round++) {
		char subject[600] = "", name[300] = "";
		char *targets[2] = {subject, name};
		size_t caps[2] = {sizeof subject, sizeof name};
		for (int t = 0; t < 2; t++) {
			int n = (int)(x % 60);
			for (int i = 0; i < n; i++) {
				x ^= x << 13;
				x ^= x >> 7;
				x ^= x << 17;
				append(targets[t], caps[t],
				       pieces[x % (sizeof pieces /
						   sizeof *pieces)]);
			}
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
		}
		buf b;
		buf_init(&b, 1 << 20);
		struct eml_msg m = base;
		m.subject = subject;
		m.to_name = name;
		m.from_name = round % 2 ? name : subject;
		assert_int_equal(eml_build(&b, &m), 0);
		assert_lines(b.data, 998);
		const char *end = strstr(b.data, "\r\n\r\n");
		assert_non_null(end);
		for (const char *p = b.data; p < end;) {
			if (*p != ' ') {
				size_t n = strcspn(p, ":");
				bool ok = false;
				for (size_t k = 0; known[k] && !ok; k++)
					ok = strlen(known[k]) == n &&
					     strncmp(p, known[k], n) == 0;
				if (!ok)
					fail_msg(
						"unexpected header line: %.60s",
						p);
			}
			p = strstr(p, "\r\n") + 2;
		}
		buf_free(&b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject_rfc2047),
		cmocka_unit_test(test_long_subject_folded),
		cmocka_unit_test(test_header_injection),
		cmocka_unit_test(test_quoted_name),
		cmocka_unit_test(test_calendar_attachment),
		cmocka_unit_test(test_qp),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_backoff),
		cmocka_unit_test(test_from_outbox),
		cmocka_unit_test(test_random_headers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
