/*
 * markdown.c - Markdown to safe HTML (see markdown.h). md4c-html escapes
 * text and attribute values itself; with MD_FLAG_NOHTML raw HTML is
 * written as text. What it does not check is the scheme of a link's URL,
 * so the output is scanned for href="..." and src="..." (md4c writes them
 * always this way, with " inside escaped) and unsafe values are replaced.
 */
#include "view/markdown.h"

#include <md4c-html.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "view/html.h"

/* The parser's extensions: tables and ~~strikethrough~~, autolinks for
 * plain http(s) URLs; never raw HTML. */
#define MD_PARSER_FLAGS                                                        \
	(MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH |             \
	 MD_FLAG_PERMISSIVEURLAUTOLINKS)

static void collect(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
	buf_append(userdata, text, size);
}

/* Is the (HTML-escaped) URL v[0..n) one we let through? http, https,
 * mailto, or relative (no scheme: no ':' before the first '/', '?' or
 * '#'). */
static bool url_ok(const char *v, size_t n)
{
	static const char *const schemes[] = {"http:", "https:", "mailto:"};
	for (size_t i = 0; i < sizeof schemes / sizeof *schemes; i++) {
		size_t k = strlen(schemes[i]);
		if (n >= k && strncasecmp(v, schemes[i], k) == 0)
			return true;
	}
	for (size_t i = 0; i < n; i++) {
		if (v[i] == '/' || v[i] == '?' || v[i] == '#')
			return true;
		/* ':' or an entity or anything unusual before the path:
		 * refuse */
		if (v[i] == ':' || v[i] == '&' || (unsigned char)v[i] < 0x21)
			return false;
	}
	return true;
}

/* Copies html to out, replacing unsafe href/src values by "#". */
static void filter_urls(buf *out, const char *h, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *p = NULL;
		size_t skip = 0;
		for (size_t j = i; j < len; j++) {
			if (len - j >= 7 && memcmp(h + j, " href=\"", 7) == 0) {
				p = h + j;
				skip = 7;
				break;
			}
			if (len - j >= 6 && memcmp(h + j, " src=\"", 6) == 0) {
				p = h + j;
				skip = 6;
				break;
			}
		}
		if (!p) {
			buf_append(out, h + i, len - i);
			return;
		}
		size_t at = (size_t)(p - h) + skip;
		buf_append(out, h + i, at - i);
		const char *end = memchr(h + at, '"', len - at);
		size_t vlen = end ? (size_t)(end - (h + at)) : len - at;
		if (url_ok(h + at, vlen))
			buf_append(out, h + at, vlen);
		else
			buf_putc(out, '#');
		i = at + vlen;
	}
}

/* Moves every heading tag md4c wrote ("<h1>" ... "</h6>", never with
 * attributes; with raw HTML disabled any other "<h" in the text is
 * escaped) down by shift levels, at most to 6. The digit is replaced in
 * place. */
static void shift_headings(char *h, size_t len, int shift)
{
	for (size_t i = 0; shift > 0 && i + 3 < len; i++) {
		if (h[i] != '<')
			continue;
		size_t k = i + 1 + (h[i + 1] == '/');
		if (k + 2 < len && h[k] == 'h' && h[k + 1] >= '1' &&
		    h[k + 1] <= '6' && h[k + 2] == '>') {
			int level = h[k + 1] - '0' + shift;
			h[k + 1] = (char)('0' + (level > 6 ? 6 : level));
		}
	}
}

/* Renders into a malloc'd buffer; returns 0 or -1. */
static int render(const char *md, buf *out, int shift)
{
	buf raw;
	buf_init(&raw, BUF_DEFAULT_MAX);
	size_t n = strlen(md);
	int rc = md_html(md, (MD_SIZE)n, collect, &raw, MD_PARSER_FLAGS,
			 MD_HTML_FLAG_SKIP_UTF8_BOM);
	if (rc != 0 || buf_failed(&raw)) {
		buf_free(&raw);
		return -1;
	}
	if (raw.data)
		shift_headings(raw.data, raw.len, shift);
	filter_urls(out, raw.data ? raw.data : "", raw.len);
	buf_free(&raw);
	return buf_failed(out) ? -1 : 0;
}

int markdown_html(buf *b, const char *md)
{
	return markdown_html_level(b, md, 1);
}

int markdown_html_level(buf *b, const char *md, int top)
{
	if (!md || !*md)
		return 0;
	buf out;
	buf_init(&out, BUF_DEFAULT_MAX);
	int rc = render(md, &out, top > 1 ? (top > 6 ? 5 : top - 1) : 0);
	if (rc == 0) {
		html_trusted(b, buf_str(&out));
	} else {
		html(b, "<p>%s</p>\n", md);
	}
	buf_free(&out);
	return rc;
}

char *markdown_to_string(const char *md)
{
	buf out;
	buf_init(&out, BUF_DEFAULT_MAX);
	if (render(md ? md : "", &out, 0) < 0) {
		buf_free(&out);
		return NULL;
	}
	char *s = buf_detach(&out, NULL);
	return s ? s : strdup("");
}
