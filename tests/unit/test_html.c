/*
 * test_html.c - unit tests of the HTML writer (src/view/html.c): every %s
 * is escaped, numbers are formatted as printf does, ill-formed text is
 * repaired, and the URL helpers keep dangerous links out.
 */
#include "testutil.h"

#include <stdlib.h>

#include "base/arena.h"
#include "base/buf.h"
#include "view/html.h"

/* Each test gets a fresh buffer as its state. */
static int setup_buf(void **state)
{
	buf *b = malloc(sizeof *b);
	if (!b)
		return -1;
	buf_init(b, 0);
	*state = b;
	return 0;
}

static int teardown_buf(void **state)
{
	buf *b = *state;
	buf_free(b);
	free(b);
	return 0;
}

#define OUT(state) buf_str((buf *)*(state))

static void test_plain_literal(void **state)
{
	buf *b = *state;
	html(b, "<p class=\"x\">Hallo</p>");
	assert_string_equal(OUT(state), "<p class=\"x\">Hallo</p>");
}

static void test_escapes_special_chars_in_text(void **state)
{
	buf *b = *state;
	html(b, "<p>%s</p>", "Tom & Jerry <3 \"Zitat\" 'x' > y");
	assert_string_equal(OUT(state),
			    "<p>Tom &amp; Jerry &lt;3 &quot;Zitat&quot; "
			    "&#39;x&#39; &gt; y</p>");
}

static void test_escapes_in_attribute(void **state)
{
	buf *b = *state;
	html(b, "<input value=\"%s\" title='%s'>", "a\"b", "c'd");
	assert_string_equal(OUT(state),
			    "<input value=\"a&quot;b\" title='c&#39;d'>");
}

static void test_attack_script_tag(void **state)
{
	buf *b = *state;
	html(b, "<td>%s</td>", "<script>alert(1)</script>");
	assert_string_equal(OUT(state),
			    "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>");
	assert_null(strstr(OUT(state), "<script"));
}

static void test_attack_attribute_breakout(void **state)
{
	buf *b = *state;
	html(b, "<a title=\"%s\">x</a>", "\"><img src=x onerror=alert(1)>");
	assert_string_equal(OUT(state), "<a title=\"&quot;&gt;&lt;img src=x "
					"onerror=alert(1)&gt;\">x</a>");
	assert_null(strstr(OUT(state), "<img"));
}

static void test_attack_single_quote_breakout(void **state)
{
	buf *b = *state;
	html(b, "<a title='%s'>x</a>", "' onmouseover='x");
	assert_string_equal(OUT(state),
			    "<a title='&#39; onmouseover=&#39;x'>x</a>");
}

static void test_escape_is_not_double_decoded(void **state)
{
	buf *b = *state;
	/* An already escaped entity is shown literally, not interpreted. */
	html(b, "%s", "&lt;b&gt;");
	assert_string_equal(OUT(state), "&amp;lt;b&amp;gt;");
}

static void test_numbers(void **state)
{
	buf *b = *state;
	html(b, "%d|%ld|%zu|%lld|%.1f|%u|%x|%i", -42, 1234567890123L,
	     (size_t)18446744073709551615ULL, -9000000000000000000LL, 2.25,
	     4000000000U, 255, 7);
	assert_string_equal(OUT(state),
			    "-42|1234567890123|18446744073709551615|"
			    "-9000000000000000000|2.2|4000000000|ff|7");
}

static void test_width_and_precision(void **state)
{
	buf *b = *state;
	html(b, "[%5d][%-5d][%05d][%8.3f][%*d][%.*f][%+d]", 42, 42, 42, 3.14159,
	     4, 7, 2, 1.005, 5);
	assert_string_equal(OUT(state), "[   42][42   ][00042][   3.142]"
					"[   7][1.00][+5]");
}

static void test_string_precision_star(void **state)
{
	buf *b = *state;
	html(b, "[%.*s]", 3, "abcdef");
	assert_string_equal(OUT(state), "[abc]");
}

static void test_string_precision_literal(void **state)
{
	buf *b = *state;
	html(b, "[%.3s][%.0s][%.10s]", "abcdef", "xyz", "kurz");
	assert_string_equal(OUT(state), "[abc][][kurz]");
}

static void test_string_precision_keeps_characters_whole(void **state)
{
	buf *b = *state;
	/* "ä" is two bytes: a precision of 2 must not cut it in half. */
	html(b, "[%.2s][%.*s]", "aä", 4, "äöü");
	assert_string_equal(OUT(state), "[a][äö]");
}

static void test_precision_then_escape(void **state)
{
	buf *b = *state;
	/* The precision counts source bytes; escaping comes after. */
	html(b, "[%.2s]", "<<<");
	assert_string_equal(OUT(state), "[&lt;&lt;]");
}

static void test_percent_literal(void **state)
{
	buf *b = *state;
	html(b, "100%% sicher, %d%%", 50);
	assert_string_equal(OUT(state), "100% sicher, 50%");
}

static void test_null_string_prints_empty(void **state)
{
	buf *b = *state;
	/* volatile: the compiler would refuse a literal NULL for %s. */
	const char *volatile nothing = NULL;
	html(b, "[%s]", nothing);
	assert_string_equal(OUT(state), "[]");
}

static void test_utf8_passes_through(void **state)
{
	buf *b = *state;
	html(b, "%s", "Grüße 😀 €");
	assert_string_equal(OUT(state), "Grüße 😀 €");
}

static void test_invalid_utf8_becomes_fffd(void **state)
{
	buf *b = *state;
	html(b, "[%s][%s][%s]",
	     "a\xFF"
	     "b",
	     "\xC0\x80", "x\xC3");
	/* Each ill-formed byte becomes one U+FFFD. */
	assert_string_equal(OUT(state), "[a\xEF\xBF\xBD"
					"b]"
					"[\xEF\xBF\xBD\xEF\xBF\xBD]"
					"[x\xEF\xBF\xBD]");
}

static void test_surrogate_becomes_fffd(void **state)
{
	buf *b = *state;
	html(b, "%s", "\xED\xA0\x80");
	const char *out = OUT(state);
	assert_null(strstr(out, "\xED\xA0\x80"));
	assert_non_null(strstr(out, "\xEF\xBF\xBD"));
}

static void test_control_chars_replaced(void **state)
{
	buf *b = *state;
	/* C0 controls, DEL and C1 controls (U+0080..U+009F) are not
	 * allowed in HTML text; each becomes one U+FFFD. */
	html(b, "[%s]",
	     "a\x01"
	     "b\x1F"
	     "c\x7F"
	     "d\xC2\x85"
	     "e\x1B"
	     "f");
	assert_string_equal(OUT(state), "[a\xEF\xBF\xBD"
					"b\xEF\xBF\xBD"
					"c\xEF\xBF\xBD"
					"d\xEF\xBF\xBD"
					"e\xEF\xBF\xBD"
					"f]");
}

static void test_whitespace_controls_kept(void **state)
{
	buf *b = *state;
	html(b, "[%s]", "1\t2\n3\r4");
	assert_string_equal(OUT(state), "[1\t2\n3\r4]");
}

static void test_nul_in_escape_n_replaced(void **state)
{
	buf *b = *state;
	html_escape_n(b, "a\0b", 3);
	assert_int_equal(b->len, 5);
	assert_memory_equal(b->data,
			    "a\xEF\xBF\xBD"
			    "b",
			    5);
}

static void test_char_conversion_escaped(void **state)
{
	buf *b = *state;
	html(b, "%c%c%c", '<', 'a', '&');
	assert_string_equal(OUT(state), "&lt;a&amp;");
}

static void test_html_raw_literal(void **state)
{
	buf *b = *state;
	HTML_RAW(b, "<br>");
	HTML_RAW(b, "<hr class=\"x\">");
	assert_string_equal(OUT(state), "<br><hr class=\"x\">");
}

static void test_html_escape_function(void **state)
{
	buf *b = *state;
	html_escape(b, "<&>");
	html_escape(b, NULL);
	assert_string_equal(OUT(state), "&lt;&amp;&gt;");
}

static void test_url_component_encodes(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	assert_string_equal(url_component(a, "a b&c=d/e?f#g+h"),
			    "a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh");
	assert_string_equal(url_component(a, "ä"), "%C3%A4");
	assert_string_equal(url_component(a, "\"<>'%"), "%22%3C%3E%27%25");
	arena_free(a);
}

static void test_url_component_keeps_unreserved(void **state)
{
	(void)state;
	arena *a = arena_new(0);
	const char *s = "ABCXYZabcxyz0189-._~";
	assert_string_equal(url_component(a, s), s);
	assert_string_equal(url_component(a, ""), "");
	assert_string_equal(url_component(a, NULL), "");
	arena_free(a);
}

static void test_url_component_inside_html(void **state)
{
	buf *b = *state;
	arena *a = arena_new(0);
	html(b, "<a href=\"/suche?q=%s\">", url_component(a, "Kita & Co"));
	assert_string_equal(OUT(state),
			    "<a href=\"/suche?q=Kita%20%26%20Co\">");
	arena_free(a);
}

static void test_url_safe_accepts(void **state)
{
	(void)state;
	static const char *ok[] = {
		"http://example.org/",
		"https://example.org/a?b=c#d",
		"HTTPS://EXAMPLE.ORG",
		"mailto:info@example.org",
		"tel:+49301234567",
		"/angebote/42",
		"angebote/42",
		"?seite=2",
		"#inhalt",
		"../oben",
		"/pfad/mit:doppelpunkt",
		"",
	};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		assert_string_equal(url_safe(ok[i]), ok[i]);
}

static void test_url_safe_refuses(void **state)
{
	(void)state;
	static const char *bad[] = {
		"javascript:alert(1)",
		"JaVaScRiPt:alert(1)",
		"java\tscript:alert(1)",
		"java\nscript:alert(1)",
		" javascript:alert(1)",
		"\x01javascript:alert(1)",
		"data:text/html;base64,PHNjcmlwdD4=",
		"vbscript:msgbox(1)",
		"file:///etc/passwd",
		"//evil.example",
		"//evil.example/path",
		"/\\evil.example",
		"\\\\evil.example",
		"\\/evil.example",
		"https:\\\\evil.example",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_string_equal(url_safe(bad[i]), "#");
	assert_string_equal(url_safe(NULL), "#");
}

static void test_url_safe_inside_html(void **state)
{
	buf *b = *state;
	html(b, "<a href=\"%s\">", url_safe("javascript:alert(1)"));
	html(b, "<a href=\"%s\">", url_safe("/a?x=1&y=\"2\""));
	assert_string_equal(
		OUT(state),
		"<a href=\"#\"><a href=\"/a?x=1&amp;y=&quot;2&quot;\">");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup_buf, teardown_buf)
	const struct CMUnitTest tests[] = {
		T(test_plain_literal),
		T(test_escapes_special_chars_in_text),
		T(test_escapes_in_attribute),
		T(test_attack_script_tag),
		T(test_attack_attribute_breakout),
		T(test_attack_single_quote_breakout),
		T(test_escape_is_not_double_decoded),
		T(test_numbers),
		T(test_width_and_precision),
		T(test_string_precision_star),
		T(test_string_precision_literal),
		T(test_string_precision_keeps_characters_whole),
		T(test_precision_then_escape),
		T(test_percent_literal),
		T(test_null_string_prints_empty),
		T(test_utf8_passes_through),
		T(test_invalid_utf8_becomes_fffd),
		T(test_surrogate_becomes_fffd),
		T(test_control_chars_replaced),
		T(test_whitespace_controls_kept),
		T(test_nul_in_escape_n_replaced),
		T(test_char_conversion_escaped),
		T(test_html_raw_literal),
		T(test_html_escape_function),
		T(test_url_component_encodes),
		T(test_url_component_keeps_unreserved),
		T(test_url_component_inside_html),
		T(test_url_safe_accepts),
		T(test_url_safe_refuses),
		T(test_url_safe_inside_html),
	};
#undef T
	return cmocka_run_group_tests_name("test_html", tests, NULL, NULL);
}
