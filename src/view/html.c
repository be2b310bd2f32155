/*
 * html.c - escaping HTML writer (see html.h).
 *
 * html() walks the format string itself: literal text is copied, each
 * conversion specification is handed to snprintf with its own argument,
 * except %s, whose argument is escaped. Supported length modifiers are
 * those printf has (hh h l ll z j t L); %n is refused.
 */
#include "view/html.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/utf8.h"

void html_escape_n(buf *b, const char *s, size_t n)
{
	size_t i = 0, run = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		const char *rep = NULL;
		size_t adv = 1;
		switch (c) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		case '\0':
			rep = "\xEF\xBF\xBD";
			break;
		default:
			if (c >= 0x80) {
				uint32_t cp;
				adv = utf8_decode(s + i, n - i, &cp);
				if (adv == 0) {
					rep = "\xEF\xBF\xBD";
					adv = 1;
				} else if (cp <= 0x9F) {
					rep = "\xEF\xBF\xBD"; /* C1 control */
				}
			} else if ((c < 0x20 && c != '\n' && c != '\t' &&
				    c != '\r') ||
				   c == 0x7F) {
				rep = "\xEF\xBF\xBD";
			}
		}
		if (rep) {
			if (run)
				buf_append(b, s + i - run, run);
			run = 0;
			buf_puts(b, rep);
		} else {
			run += adv;
		}
		i += adv;
	}
	if (run)
		buf_append(b, s + n - run, run);
}

void html_escape(buf *b, const char *s)
{
	if (s)
		html_escape_n(b, s, strlen(s));
}

void html_raw_literal_(buf *b, const char *lit)
{
	buf_puts(b, lit);
}

void html_trusted(buf *b, const char *s)
{
	if (s)
		buf_puts(b, s);
}

/* html_v() hands each conversion specification, cut out of the caller's
 * literal format, to snprintf: that one place formats a non-literal. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

enum len_mod { L_NONE, L_HH, L_H, L_L, L_LL, L_Z, L_J, L_T, L_BIGL };

void html_v(buf *b, const char *fmt, va_list ap)
{
	const char *p = fmt;
	while (*p) {
		const char *pct = strchr(p, '%');
		if (!pct) {
			buf_puts(b, p);
			return;
		}
		if (pct > p)
			buf_append(b, p, (size_t)(pct - p));
		const char *q = pct + 1;
		if (*q == '%') {
			buf_putc(b, '%');
			p = q + 1;
			continue;
		}
		/* flags, width, precision (a literal precision is kept for
		 * %s, which does not go through snprintf) */
		bool star_w = false, star_p = false, lit_p = false;
		size_t prec = 0;
		while (*q && strchr("-+ #0", *q))
			q++;
		if (*q == '*') {
			star_w = true;
			q++;
		}
		while (*q >= '0' && *q <= '9')
			q++;
		if (*q == '.') {
			q++;
			if (*q == '*') {
				star_p = true;
				q++;
			} else {
				lit_p = true;
			}
			while (*q >= '0' && *q <= '9') {
				if (prec < 1000000)
					prec = prec * 10 + (size_t)(*q - '0');
				q++;
			}
		}
		enum len_mod lm = L_NONE;
		if (q[0] == 'h' && q[1] == 'h') {
			lm = L_HH;
			q += 2;
		} else if (q[0] == 'l' && q[1] == 'l') {
			lm = L_LL;
			q += 2;
		} else if (*q == 'h') {
			lm = L_H;
			q++;
		} else if (*q == 'l') {
			lm = L_L;
			q++;
		} else if (*q == 'z') {
			lm = L_Z;
			q++;
		} else if (*q == 'j') {
			lm = L_J;
			q++;
		} else if (*q == 't') {
			lm = L_T;
			q++;
		} else if (*q == 'L') {
			lm = L_BIGL;
			q++;
		}
		char conv = *q;
		if (!conv)
			return;
		char spec[32];
		size_t sl = (size_t)(q - pct) + 1;
		if (sl >= sizeof spec)
			sl = sizeof spec - 1;
		memcpy(spec, pct, sl);
		spec[sl] = '\0';
		int w = star_w ? va_arg(ap, int) : 0;
		int pr = star_p ? va_arg(ap, int) : 0;
		char tmp[128];
		int n = -1;
#define FMT(val)                                                               \
	(star_w && star_p ? snprintf(tmp, sizeof tmp, spec, w, pr, val)        \
	 : star_w	  ? snprintf(tmp, sizeof tmp, spec, w, val)            \
	 : star_p	  ? snprintf(tmp, sizeof tmp, spec, pr, val)           \
			  : snprintf(tmp, sizeof tmp, spec, val))
		switch (conv) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "";
			size_t len = strlen(s);
			if (star_p && pr >= 0) {
				lit_p = true;
				prec = (size_t)pr;
			}
			if (lit_p && prec < len)
				len = utf8_prefix(s, len, prec);
			html_escape_n(b, s, len);
			break;
		}
		case 'c': {
			char c = (char)va_arg(ap, int);
			html_escape_n(b, &c, 1);
			break;
		}
		case 'd':
		case 'i':
		case 'u':
		case 'x':
		case 'X':
		case 'o':
			switch (lm) {
			case L_L:
				n = FMT(va_arg(ap, long));
				break;
			case L_LL:
				n = FMT(va_arg(ap, long long));
				break;
			case L_Z:
				n = FMT(va_arg(ap, size_t));
				break;
			case L_J:
				n = FMT(va_arg(ap, intmax_t));
				break;
			case L_T:
				n = FMT(va_arg(ap, ptrdiff_t));
				break;
			default:
				n = FMT(va_arg(ap, int));
			}
			break;
		case 'f':
		case 'F':
		case 'e':
		case 'E':
		case 'g':
		case 'G':
			if (lm == L_BIGL)
				n = FMT(va_arg(ap, long double));
			else
				n = FMT(va_arg(ap, double));
			break;
		default:
			/* %p, %n and anything unknown: refuse loudly. */
			abort();
		}
#undef FMT
		if (n > 0)
			buf_append(b, tmp,
				   (size_t)n < sizeof tmp ? (size_t)n
							  : sizeof tmp - 1);
		p = q + 1;
	}
}

void html(buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	html_v(b, fmt, ap);
	va_end(ap);
}

char *url_component(arena *a, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = s ? strlen(s) : 0;
	char *out = arena_alloc(a, n * 3 + 1);
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~') {
			out[j++] = (char)c;
		} else {
			out[j++] = '%';
			out[j++] = hex[c >> 4];
			out[j++] = hex[c & 15];
		}
	}
	out[j] = '\0';
	return out;
}

const char *url_safe(const char *s)
{
	if (!s)
		return "#";
	/* Control characters and spaces can hide a scheme ("java\tscript:"). */
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x21 || *p == '\\')
			return "#";
	const char *colon = strchr(s, ':');
	const char *slash = strchr(s, '/');
	const char *qm = strchr(s, '?');
	const char *hash = strchr(s, '#');
	bool has_scheme = colon && (!slash || colon < slash) &&
			  (!qm || colon < qm) && (!hash || colon < hash);
	if (!has_scheme) {
		/* "//host" would leave the site; relative paths are fine. */
		if (s[0] == '/' && s[1] == '/')
			return "#";
		return s;
	}
	static const char *ok[] = {"http:", "https:", "mailto:", "tel:"};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		if (strncasecmp(s, ok[i], strlen(ok[i])) == 0)
			return s;
	return "#";
}
