/*
 * parse.c - strict parsers of request data (see parse.h).
 */
#include "http/parse.h"

#include <string.h>

#include "base/utf8.h"

const char *parse_strerror(enum parse_err e)
{
	switch (e) {
	case PARSE_OK:
		return "Kein Fehler.";
	case PARSE_BAD_ESCAPE:
		return "Die Adresse oder das Formular enthält eine ungültige "
		       "Prozent-Kodierung.";
	case PARSE_BAD_UTF8:
		return "Die Eingabe ist kein gültiger UTF-8-Text.";
	case PARSE_NUL:
		return "Die Eingabe enthält ein unzulässiges Nullzeichen.";
	case PARSE_TOO_MANY:
		return "Die Anfrage enthält zu viele Felder.";
	case PARSE_TOO_LONG:
		return "Ein Feldname ist zu lang.";
	case PARSE_BAD_SYNTAX:
		return "Die Adresse ist ungültig.";
	}
	return "Die Anfrage ist ungültig.";
}

void params_init(params *p)
{
	p->items = NULL;
	p->n = p->cap = 0;
}

void params_add(arena *a, params *p, const char *name, const char *value,
		size_t value_len)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 8;
		param *items = arena_alloc(a, cap * sizeof *items);
		if (p->n)
			memcpy(items, p->items, p->n * sizeof *items);
		p->items = items;
		p->cap = cap;
	}
	p->items[p->n].name = name;
	p->items[p->n].value = value;
	p->items[p->n].value_len = value_len;
	p->n++;
}

const char *params_get(const params *p, const char *name)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->items[i].name, name) == 0)
			return p->items[i].value;
	return NULL;
}

size_t params_get_all(const params *p, const char *name, const char **out,
		      size_t max)
{
	size_t count = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (strcmp(p->items[i].name, name) != 0)
			continue;
		if (out && count < max)
			out[count] = p->items[i].value;
		count++;
	}
	return count;
}

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

enum parse_err url_decode(arena *a, const char *s, size_t n, bool plus_space,
			  char **out, size_t *out_len)
{
	char *d = arena_alloc(a, n + 1);
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '%') {
			if (n - i < 3)
				return PARSE_BAD_ESCAPE;
			int hi = hexval((unsigned char)s[i + 1]);
			int lo = hexval((unsigned char)s[i + 2]);
			if (hi < 0 || lo < 0)
				return PARSE_BAD_ESCAPE;
			c = (unsigned char)(hi * 16 + lo);
			i += 2;
		} else if (c == '+' && plus_space) {
			c = ' ';
		}
		if (c == 0)
			return PARSE_NUL;
		d[j++] = (char)c;
	}
	d[j] = '\0';
	if (!utf8_valid(d, j))
		return PARSE_BAD_UTF8;
	*out = d;
	if (out_len)
		*out_len = j;
	return PARSE_OK;
}

enum parse_err parse_urlencoded(arena *a, const char *s, size_t n, params *out)
{
	size_t i = 0, count = 0;
	while (i < n) {
		size_t start = i;
		while (i < n && s[i] != '&')
			i++;
		size_t end = i;
		i++; /* skip '&' */
		if (end == start)
			continue; /* "a=1&&b=2" */
		if (++count > PARSE_MAX_PARAMS)
			return PARSE_TOO_MANY;
		const char *eq = memchr(s + start, '=', end - start);
		size_t klen = eq ? (size_t)(eq - (s + start)) : end - start;
		if (klen > PARSE_MAX_NAME * 3)
			return PARSE_TOO_LONG;
		char *key, *val;
		size_t vlen;
		enum parse_err e =
			url_decode(a, s + start, klen, true, &key, NULL);
		if (e)
			return e;
		if (strlen(key) > PARSE_MAX_NAME)
			return PARSE_TOO_LONG;
		if (eq) {
			e = url_decode(a, eq + 1, (size_t)(s + end - eq - 1),
				       true, &val, &vlen);
			if (e)
				return e;
		} else {
			val = arena_strdup(a, "");
			vlen = 0;
		}
		params_add(a, out, key, val, vlen);
	}
	return PARSE_OK;
}

static bool cookie_octet(unsigned char c)
{
	/* RFC 6265: %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E */
	return c == 0x21 || (c >= 0x23 && c <= 0x2B) ||
	       (c >= 0x2D && c <= 0x3A) || (c >= 0x3C && c <= 0x5B) ||
	       (c >= 0x5D && c <= 0x7E);
}

static bool token_char(unsigned char c)
{
	if (c <= 0x20 || c >= 0x7F)
		return false;
	return !strchr("()<>@,;:\\\"/[]?={}", c);
}

enum parse_err parse_cookies(arena *a, const char *s, size_t n, params *out)
{
	size_t i = 0, count = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ';'))
			i++;
		if (i >= n)
			break;
		size_t start = i;
		while (i < n && s[i] != ';')
			i++;
		size_t end = i;
		while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
			end--;
		if (++count > PARSE_MAX_PARAMS)
			return PARSE_TOO_MANY;
		/* A malformed pair - often a cookie another application on
		 * the same host set - is skipped, not fatal: refusing the
		 * whole header would sign people out or lock them out. */
		const char *eq = memchr(s + start, '=', end - start);
		if (!eq || eq == s + start)
			continue;
		size_t klen = (size_t)(eq - (s + start));
		bool ok = klen <= PARSE_MAX_NAME;
		for (size_t k = 0; ok && k < klen; k++)
			ok = token_char((unsigned char)s[start + k]);
		const char *v = eq + 1;
		size_t vlen = (size_t)(s + end - v);
		if (vlen >= 2 && v[0] == '"' && v[vlen - 1] == '"') {
			v++;
			vlen -= 2;
		}
		for (size_t k = 0; ok && k < vlen; k++)
			ok = cookie_octet((unsigned char)v[k]);
		if (!ok)
			continue;
		params_add(a, out, arena_strndup(a, s + start, klen),
			   arena_strndup(a, v, vlen), vlen);
	}
	return PARSE_OK;
}

enum parse_err parse_path(arena *a, const char *s, size_t n, char ***segs,
			  size_t *nseg)
{
	if (n == 0 || s[0] != '/')
		return PARSE_BAD_SYNTAX;
	size_t max = 1;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '/')
			max++;
	if (max > 64)
		return PARSE_TOO_MANY;
	char **v = arena_alloc(a, max * sizeof *v);
	size_t count = 0;
	size_t i = 1;
	while (i <= n) {
		size_t start = i;
		while (i < n && s[i] != '/')
			i++;
		if (i > start) {
			char *seg;
			enum parse_err e = url_decode(a, s + start, i - start,
						      false, &seg, NULL);
			if (e)
				return e;
			if (strcmp(seg, ".") == 0 || strcmp(seg, "..") == 0)
				return PARSE_BAD_SYNTAX;
			v[count++] = seg;
		}
		i++;
	}
	*segs = v;
	*nseg = count;
	return PARSE_OK;
}
