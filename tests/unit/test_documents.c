/*
 * test_documents.c - documents on a real, freshly migrated database:
 * version numbering, the PDF check (magic bytes, type, size) with the
 * SHA-256 of the file, acceptances (a partner only for its own
 * organisation, only of the current version), the member organisations
 * that have not accepted the current version and the reminders queued for
 * them; and the Markdown renderer (no raw HTML, no javascript: links).
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/log.h"
#include "db/db.h"
#include "domain/document.h"
#include "domain/organisation.h"
#include "view/markdown.h"

struct fixture {
	char path[64];
	db *d;
	arena *a;
	int64_t org[4];
	struct actor coord, partner;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->path, sizeof f->path, "/tmp/lotse-documents-%d.db",
		 getpid());
	unlink(f->path);
	char err[256];
	f->d = db_open(f->path, true, err, sizeof err);
	assert_non_null(f->d);
	int n;
	assert_int_equal(db_migrate(f->d, &n), 0);
	f->a = arena_new(8192);
	struct actor cli = ACTOR_CLI;
	struct user_error ue = {0};
	/* three members (C without any address), one only interested */
	static const struct {
		const char *name, *email, *membership;
	} orgs[] = {
		{"Familienzentrum A", "a@example.org", "member"},
		{"Hebammenpraxis B", "b@example.org", "member"},
		{"Kita C", "", "member"},
		{"Verein D", "d@example.org", "interested"},
	};
	for (int i = 0; i < 4; i++) {
		struct organisation o = {.name = orgs[i].name,
					 .sector = "familienzentrum",
					 .email = orgs[i].email,
					 .membership = orgs[i].membership};
		f->org[i] = org_create(f->d, &cli, &o, &ue);
		assert_true(f->org[i] > 0);
	}
	f->coord = (struct actor){8, "k@example.org", "", ROLE_COORDINATION, 0};
	f->partner =
		(struct actor){7, "p@example.org", "", ROLE_PARTNER, f->org[0]};
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	db_close(f->d);
	arena_free(f->a);
	char p[80];
	unlink(f->path);
	snprintf(p, sizeof p, "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", f->path);
	unlink(p);
	free(f);
	return 0;
}

static int64_t new_doc(struct fixture *f)
{
	struct document doc = {.title = "Kooperationsvereinbarung",
			       .kind = "kooperationsvereinbarung",
			       .description = "",
			       .requires_acceptance = true};
	struct errs e = {0};
	assert_int_equal(document_save(f->d, &f->coord, &doc, &e), 0);
	return doc.id;
}

static int64_t count(struct fixture *f, const char *sql)
{
	sqlite3_stmt *st = db_stmt(f->d, sql);
	assert_non_null(st);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return n;
}

static void test_versions_are_numbered(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	struct document bad = {.title = "", .kind = "roman"};
	assert_int_equal(document_save(f->d, &f->coord, &bad, &e), -1);
	assert_non_null(errs_for(&e, "title"));
	assert_non_null(errs_for(&e, "kind"));
	e = (struct errs){0};
	struct document doc = {.title = "X", .kind = "sonstiges"};
	assert_int_equal(document_save(f->d, &f->partner, &doc, &e), -2);
	e = (struct errs){0};

	int64_t id = new_doc(f);
	struct document got;
	assert_int_equal(document_get(f->d, f->a, id, &got), 0);
	assert_int_equal(got.current, 0);
	struct document_version v = {.document_id = id,
				     .format = "markdown",
				     .text_md = "# Fassung 1"};
	assert_int_equal(document_add_version(f->d, &f->coord, &v, "", &e), 0);
	assert_int_equal(v.version, 1);
	v = (struct document_version){.document_id = id,
				      .format = "markdown",
				      .text_md = "# Fassung 2",
				      .valid_from = "2026-01-01",
				      .note = "Neu gefasst"};
	assert_int_equal(document_add_version(f->d, &f->coord, &v, "", &e), 0);
	assert_int_equal(v.version, 2);
	assert_int_equal(document_get(f->d, f->a, id, &got), 0);
	assert_int_equal(got.current, 2);
	assert_int_equal(got.current_id, v.id);
	struct document_version *vs;
	assert_int_equal(document_versions(f->d, f->a, id, &vs), 2);
	assert_int_equal(vs[0].version, 2); /* newest first */
	/* an empty text, a bad date, a motion that was not adopted */
	v = (struct document_version){.document_id = id,
				      .format = "markdown",
				      .text_md = "",
				      .valid_from = "31.12.2026",
				      .motion_id = 99};
	assert_int_equal(document_add_version(f->d, &f->coord, &v, "", &e), -1);
	assert_non_null(errs_for(&e, "text_md"));
	assert_non_null(errs_for(&e, "valid_from"));
	assert_non_null(errs_for(&e, "motion_id"));
	assert_int_equal(count(f, "SELECT count(*) FROM document_version"), 2);
}

static void test_pdf_check_and_hash(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	int64_t id = new_doc(f);
	static const char pdf[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
				  "<<>>\nendobj\n%%EOF\n";
	/* not a PDF: refused, nothing stored */
	struct document_version v = {.document_id = id,
				     .format = "pdf",
				     .pdf = "GIF89a....",
				     .size = 10,
				     .filename = "bild.pdf"};
	assert_int_equal(document_add_version(f->d, &f->coord, &v,
					      "application/pdf", &e),
			 -1);
	assert_non_null(errs_for(&e, "pdf"));
	e = (struct errs){0};
	/* PDF bytes, but named and typed as something else */
	v.pdf = pdf;
	v.size = sizeof pdf - 1;
	v.filename = "text.txt";
	assert_int_equal(
		document_add_version(f->d, &f->coord, &v, "text/plain", &e),
		-1);
	e = (struct errs){0};
	assert_false(document_pdf_ok(pdf, DOCUMENT_PDF_MAX + 1, "a.pdf",
				     "application/pdf", &e));
	assert_non_null(strstr(errs_for(&e, "pdf"), "10 MB"));
	e = (struct errs){0};
	assert_int_equal(count(f, "SELECT count(*) FROM document_version"), 0);
	/* a PDF */
	v.filename = "vereinbarung.pdf";
	assert_int_equal(document_add_version(f->d, &f->coord, &v,
					      "application/octet-stream", &e),
			 0);
	struct document_version got;
	assert_int_equal(document_version_get(f->d, f->a, id, 1, true, &got),
			 0);
	assert_string_equal(got.format, "pdf");
	assert_int_equal(got.size, sizeof pdf - 1);
	assert_memory_equal(got.pdf, pdf, sizeof pdf - 1);
	assert_int_equal(strlen(got.sha256), 64);
	assert_string_equal(got.filename, "vereinbarung.pdf");
	assert_int_equal(document_version_get(f->d, f->a, id, 1, false, &got),
			 0);
	assert_null(got.pdf);
}

static void test_acceptances_and_missing(void **state)
{
	struct fixture *f = *state;
	struct errs e = {0};
	int64_t id = new_doc(f);
	struct missing_org *m;
	/* no version: nothing to accept, nobody missing */
	assert_int_equal(document_missing(f->d, f->a, id, &m), 0);
	assert_int_equal(document_accept(f->d, &f->partner, id, f->org[0],
					 "accepted", "2026-02-01", "Anna A.",
					 &e),
			 -1);
	e = (struct errs){0};
	struct document_version v = {
		.document_id = id, .format = "markdown", .text_md = "Text"};
	assert_int_equal(document_add_version(f->d, &f->coord, &v, "", &e), 0);
	/* the three members are missing, not the interested one */
	assert_int_equal(document_missing(f->d, f->a, id, &m), 3);
	/* a partner for another organisation: forbidden */
	assert_int_equal(document_accept(f->d, &f->partner, id, f->org[1],
					 "accepted", "2026-02-01", "Anna A.",
					 &e),
			 -2);
	e = (struct errs){0};
	/* bad kind, date and name */
	assert_int_equal(document_accept(f->d, &f->partner, id, f->org[0],
					 "gelesen", "1.2.2026", "", &e),
			 -1);
	assert_non_null(errs_for(&e, "kind"));
	assert_non_null(errs_for(&e, "accepted_on"));
	assert_non_null(errs_for(&e, "accepted_by"));
	e = (struct errs){0};
	assert_int_equal(document_accept(f->d, &f->partner, id, f->org[0],
					 "signed", "2026-02-01", "Anna A.", &e),
			 0);
	assert_int_equal(document_accept(f->d, &f->coord, id, f->org[1],
					 "accepted", "2026-02-02", "Berta B.",
					 &e),
			 0);
	assert_int_equal(document_missing(f->d, f->a, id, &m), 1);
	assert_string_equal(m[0].name, "Kita C");
	struct document got;
	assert_int_equal(document_get(f->d, f->a, id, &got), 0);
	assert_int_equal(got.accepted, 2);
	struct acceptance *acc;
	assert_int_equal(document_acceptances(f->d, f->a, v.id, &acc), 2);
	assert_string_equal(acc[0].kind, "signed");
	assert_string_equal(acc[0].recorded_by, "p@example.org");

	/* a reminder to C, which has no address: none queued */
	size_t sent, without;
	assert_int_equal(
		document_remind(f->d, &f->coord, id, "/x", &sent, &without, &e),
		0);
	assert_int_equal(sent, 0);
	assert_int_equal(without, 1);
	assert_int_equal(document_remind(f->d, &f->partner, id, "/x", &sent,
					 &without, &e),
			 -2);
	e = (struct errs){0};

	/* a new version: everybody has to accept again */
	v = (struct document_version){
		.document_id = id, .format = "markdown", .text_md = "Neu"};
	assert_int_equal(document_add_version(f->d, &f->coord, &v, "", &e), 0);
	assert_int_equal(document_missing(f->d, f->a, id, &m), 3);
	assert_int_equal(
		document_remind(f->d, &f->coord, id, "/x", &sent, &without, &e),
		0);
	assert_int_equal(sent, 2);
	assert_int_equal(without, 1);
	assert_int_equal(count(f, "SELECT count(*) FROM outbox WHERE kind = "
				  "'reminder'"),
			 2);
	assert_int_equal(count(f, "SELECT count(*) FROM audit_log WHERE "
				  "entity = 'document' AND action = "
				  "'accept'"),
			 2);
}

static void test_markdown_is_safe(void **state)
{
	(void)state;
	char *h = markdown_to_string("# Titel\n\n<script>alert(1)</script>\n\n"
				     "Text mit <b>HTML</b> und "
				     "[Link](javascript:alert(1)) und "
				     "[gut](https://example.org) und "
				     "![bild](data:image/png;base64,xx) und "
				     "[mail](mailto:a@example.org) und "
				     "[rel](/intern/dokumente)");
	assert_non_null(h);
	assert_null(strstr(h, "<script"));
	assert_null(strstr(h, "<b>"));
	assert_non_null(strstr(h, "&lt;script&gt;"));
	assert_null(strstr(h, "javascript:"));
	assert_null(strstr(h, "data:image"));
	assert_non_null(strstr(h, "<h1>Titel</h1>"));
	assert_non_null(strstr(h, "href=\"https://example.org\""));
	assert_non_null(strstr(h, "href=\"mailto:a@example.org\""));
	assert_non_null(strstr(h, "href=\"/intern/dokumente\""));
	assert_non_null(strstr(h, "href=\"#\""));
	free(h);
	h = markdown_to_string("[x](JaVaScRiPt:alert(1)) [y](vbscript:x) "
			       "<https://ok.example/>");
	assert_non_null(h);
	assert_null(strstr(h, "alert"));
	assert_null(strstr(h, "vbscript"));
	assert_non_null(strstr(h, "https://ok.example/"));
	free(h);
	/* headings moved below the page's own: # -> h3, deeper stop at h6 */
	buf b;
	buf_init(&b, 1 << 16);
	assert_int_equal(
		markdown_html_level(&b,
				    "# Eins\n\n## Zwei\n\n#### Vier\n\n"
				    "`<h1>` bleibt Text",
				    3),
		0);
	const char *s = buf_str(&b);
	assert_non_null(strstr(s, "<h3>Eins</h3>"));
	assert_non_null(strstr(s, "<h4>Zwei</h4>"));
	assert_non_null(strstr(s, "<h6>Vier</h6>"));
	assert_non_null(strstr(s, "&lt;h1&gt;"));
	assert_null(strstr(s, "<h1>"));
	buf_free(&b);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_versions_are_numbered),
		T(test_pdf_check_and_hash),
		T(test_acceptances_and_missing),
		cmocka_unit_test(test_markdown_is_safe),
	};
	log_set_level(LOG_ERROR + 1);
	return cmocka_run_group_tests_name("test_documents", tests, NULL, NULL);
}
