/*
 * html.h - the HTML writer. Output cannot forget escaping:
 *
 *   html(b, "<a href=\"/partner/%ld\">%s</a>", id, name);
 *
 * The format string is the only raw HTML and must be a literal (checked by
 * the compiler's format attribute and by scripts/checksrc). Conversions are
 * printf's; every %s argument is escaped for HTML text and quoted attribute
 * values (& < > " '); ill-formed UTF-8 and control characters (C0 but tab
 * and line breaks, DEL, C1) in it become U+FFFD. A precision (%.20s, %.*s)
 * counts bytes but never cuts a character. Numbers are formatted as printf
 * does.
 *
 * Other contexts have their own conversion functions, whose result is then
 * passed through %s (escaping is idempotent for their output):
 *   url_component(a, s)   percent-encodes a query value or path segment
 *   url_safe(a, s)        an href/src value: only http(s), mailto, tel and
 *                         relative URLs pass, anything else becomes "#"
 * Raw HTML has exactly two ways in, both easy to grep for:
 *   HTML_RAW(b, "literal")       literals only (enforced at compile time)
 *   html_trusted(b, s)           output of our own renderers (Markdown
 *                                with raw HTML disabled, SVG charts)
 */
#ifndef LOTSE_HTML_H
#define LOTSE_HTML_H

#include <stdarg.h>

#include "base/arena.h"
#include "base/buf.h"

void html(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void html_v(buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Appends s escaped for HTML text and attribute values. */
void html_escape(buf *b, const char *s);
void html_escape_n(buf *b, const char *s, size_t n);

/* Literal raw HTML: the "" pasting refuses anything but a string literal. */
#define HTML_RAW(b, lit) html_raw_literal_((b), "" lit "")
void html_raw_literal_(buf *b, const char *lit);

/* Raw HTML produced by our own renderers. Never pass request data. */
void html_trusted(buf *b, const char *s);

/* Percent-encodes everything but unreserved characters (RFC 3986). */
char *url_component(arena *a, const char *s);
/* Returns s when it is a relative URL or uses http, https, mailto or tel;
 * otherwise "#". */
const char *url_safe(const char *s);

#endif
