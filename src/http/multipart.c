/*
 * multipart.c - the multipart/form-data parser (see multipart.h).
 *
 * The grammar accepted is what browsers, curl and fetch() send, and no
 * more (RFC 2046 without preamble, transport padding or header folding):
 *
 *   body  = "--" B ( CRLF part CRLF "--" B )* "--" [CRLF]
 *   part  = *( header CRLF ) CRLF data
 *
 * where data never contains CRLF "--" B. The parser works on the raw bytes
 * with explicit lengths (the body is not NUL-terminated) and copies what it
 * keeps into the arena.
 */
#include "http/multipart.h"

#include <string.h>
#include <strings.h>

#include "base/utf8.h"

#define BOUNDARY_MAX 70

void uploads_init(uploads *u)
{
	u->items = NULL;
	u->n = u->cap = 0;
}

const struct upload *uploads_get(const uploads *u, const char *name)
{
	for (size_t i = 0; u && i < u->n; i++)
		if (strcmp(u->items[i].name, name) == 0)
			return &u->items[i];
	return NULL;
}

static void uploads_add(arena *a, uploads *u, const struct upload *f)
{
	if (u->n == u->cap) {
		size_t cap = u->cap ? u->cap * 2 : 4;
		struct upload *items = arena_alloc(a, cap * sizeof *items);
		if (u->n)
			memcpy(items, u->items, u->n * sizeof *items);
		u->items = items;
		u->cap = cap;
	}
	u->items[u->n++] = *f;
}

static bool is_ows(char c)
{
	return c == ' ' || c == '\t';
}

/* RFC 7230 tchar: the characters of a token. */
static bool is_tchar(unsigned char c)
{
	if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z'))
		return true;
	return c && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

/* RFC 2046 bchars (space only inside, checked by the caller). */
static bool is_bchar(unsigned char c)
{
	if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z'))
		return true;
	return c && strchr("'()+_,-./:=? ", c) != NULL;
}

static bool slice_is(const char *s, size_t n, const char *lit)
{
	return strlen(lit) == n && strncasecmp(s, lit, n) == 0;
}

/*
 * Reads the next parameter "; name=value" of a header value in [*pp, end):
 * returns 1 with the name and value (a quoted string without its quotes;
 * no escapes, as browsers percent-encode quotes in names), 0 at the end,
 * or -1 when the syntax is wrong. A ';' with nothing after it ends the
 * list.
 */
static int next_param(const char **pp, const char *end, const char **name,
		      size_t *nlen, const char **val, size_t *vlen)
{
	const char *p = *pp;
	while (p < end && is_ows(*p))
		p++;
	if (p == end)
		return 0;
	if (*p != ';')
		return -1;
	p++;
	while (p < end && is_ows(*p))
		p++;
	if (p == end) {
		*pp = p;
		return 0;
	}
	*name = p;
	while (p < end && is_tchar((unsigned char)*p))
		p++;
	*nlen = (size_t)(p - *name);
	if (*nlen == 0 || p == end || *p != '=')
		return -1;
	p++;
	if (p < end && *p == '"') {
		p++;
		*val = p;
		while (p < end && *p != '"')
			p++;
		if (p == end)
			return -1;
		*vlen = (size_t)(p - *val);
		p++;
	} else {
		*val = p;
		while (p < end && is_tchar((unsigned char)*p))
			p++;
		*vlen = (size_t)(p - *val);
		if (*vlen == 0)
			return -1;
	}
	*pp = p;
	return 1;
}

bool multipart_is(const char *ct)
{
	if (!ct)
		return false;
	while (is_ows(*ct))
		ct++;
	if (strncasecmp(ct, "multipart/form-data", 19) != 0)
		return false;
	char c = ct[19];
	return c == '\0' || c == ';' || is_ows(c);
}

/* Copies the boundary parameter of the Content-Type into out (at least
 * BOUNDARY_MAX + 1 bytes) and returns its length, or 0 when it is
 * missing, given twice or not a valid boundary. */
static size_t get_boundary(const char *ct, char *out)
{
	if (!multipart_is(ct))
		return 0;
	while (is_ows(*ct))
		ct++;
	const char *p = ct + 19, *end = ct + strlen(ct);
	const char *name, *val;
	size_t nlen, vlen, blen = 0;
	int rc;
	while ((rc = next_param(&p, end, &name, &nlen, &val, &vlen)) == 1) {
		if (!slice_is(name, nlen, "boundary"))
			continue;
		if (blen || vlen == 0 || vlen > BOUNDARY_MAX ||
		    val[vlen - 1] == ' ')
			return 0;
		for (size_t i = 0; i < vlen; i++)
			if (!is_bchar((unsigned char)val[i]))
				return 0;
		memcpy(out, val, vlen);
		out[vlen] = '\0';
		blen = vlen;
	}
	return rc < 0 ? 0 : blen;
}

/* What one part's headers say. */
struct part_head {
	bool disposition; /* Content-Disposition: form-data seen */
	const char *name, *filename, *content_type;
	size_t name_len;
};

/* Checks a header line: valid UTF-8 (file names may be non-ASCII), no
 * NUL, no control character but tab. */
static enum parse_err check_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0)
			return PARSE_NUL;
		if ((c < 0x20 && c != '\t') || c == 0x7F)
			return PARSE_BAD_SYNTAX;
	}
	return utf8_valid(s, n) ? PARSE_OK : PARSE_BAD_UTF8;
}

/* Parses "form-data; name=...; filename=..." into h. */
static enum parse_err parse_disposition(arena *a, const char *v,
					const char *end, struct part_head *h)
{
	if (h->disposition)
		return PARSE_BAD_SYNTAX; /* given twice */
	const char *p = v;
	while (p < end && is_tchar((unsigned char)*p))
		p++;
	if (!slice_is(v, (size_t)(p - v), "form-data"))
		return PARSE_BAD_SYNTAX;
	const char *name, *val;
	size_t nlen, vlen;
	int rc;
	while ((rc = next_param(&p, end, &name, &nlen, &val, &vlen)) == 1) {
		if (slice_is(name, nlen, "name")) {
			if (h->name)
				return PARSE_BAD_SYNTAX;
			if (vlen == 0)
				return PARSE_BAD_SYNTAX;
			if (vlen > PARSE_MAX_NAME)
				return PARSE_TOO_LONG;
			h->name = arena_strndup(a, val, vlen);
			h->name_len = vlen;
		} else if (slice_is(name, nlen, "filename")) {
			if (h->filename)
				return PARSE_BAD_SYNTAX;
			/* Old browsers send the whole path: keep the name. */
			const char *base = val;
			for (size_t i = 0; i < vlen; i++)
				if (val[i] == '/' || val[i] == '\\')
					base = val + i + 1;
			size_t blen = vlen - (size_t)(base - val);
			if (blen > MULTIPART_MAX_FILENAME)
				return PARSE_TOO_LONG;
			h->filename = arena_strndup(a, base, blen);
		}
		/* Other parameters (filename*) are ignored. */
	}
	if (rc < 0 || !h->name)
		return PARSE_BAD_SYNTAX;
	h->disposition = true;
	return PARSE_OK;
}

/* Parses one header line s[0..n) of a part into h. */
static enum parse_err parse_header(arena *a, const char *s, size_t n,
				   struct part_head *h)
{
	enum parse_err e = check_line(s, n);
	if (e)
		return e;
	size_t i = 0;
	while (i < n && is_tchar((unsigned char)s[i]))
		i++;
	if (i == 0 || i == n || s[i] != ':')
		return PARSE_BAD_SYNTAX;
	const char *v = s + i + 1, *end = s + n;
	while (v < end && is_ows(*v))
		v++;
	while (end > v && is_ows(end[-1]))
		end--;
	if (slice_is(s, i, "Content-Disposition"))
		return parse_disposition(a, v, end, h);
	if (slice_is(s, i, "Content-Type")) {
		if (h->content_type)
			return PARSE_BAD_SYNTAX;
		h->content_type = arena_strndup(a, v, (size_t)(end - v));
	}
	return PARSE_OK;
}

enum parse_err parse_multipart(arena *a, const char *content_type,
			       const char *body, size_t len, params *fields,
			       uploads *files)
{
	char boundary[BOUNDARY_MAX + 1];
	size_t blen = get_boundary(content_type, boundary);
	if (!blen)
		return PARSE_BAD_SYNTAX;
	/* The delimiter between parts: CRLF "--" boundary. */
	char delim[BOUNDARY_MAX + 5];
	memcpy(delim, "\r\n--", 4);
	memcpy(delim + 4, boundary, blen);
	size_t dlen = blen + 4;
	/* The body starts with the first delimiter without its CRLF. */
	if (len < dlen - 2 || memcmp(body, delim + 2, dlen - 2) != 0)
		return PARSE_BAD_SYNTAX;
	size_t pos = dlen - 2, nparts = 0;
	for (;;) {
		if (len - pos >= 2 && memcmp(body + pos, "--", 2) == 0) {
			pos += 2;
			/* The close delimiter, then at most one CRLF. */
			if (pos == len || (len - pos == 2 &&
					   memcmp(body + pos, "\r\n", 2) == 0))
				return PARSE_OK;
			return PARSE_BAD_SYNTAX;
		}
		if (len - pos < 2 || memcmp(body + pos, "\r\n", 2) != 0)
			return PARSE_BAD_SYNTAX;
		pos += 2;
		if (++nparts > MULTIPART_MAX_PARTS)
			return PARSE_TOO_MANY;
		struct part_head h = {0};
		size_t nheaders = 0;
		for (;;) {
			size_t avail = len - pos;
			size_t look = avail < MULTIPART_MAX_HEADER + 2
					      ? avail
					      : MULTIPART_MAX_HEADER + 2;
			const char *eol = memmem(body + pos, look, "\r\n", 2);
			if (!eol)
				return look == avail ? PARSE_BAD_SYNTAX
						     : PARSE_TOO_LONG;
			size_t n = (size_t)(eol - (body + pos));
			if (n > MULTIPART_MAX_HEADER)
				return PARSE_TOO_LONG;
			if (n == 0) {
				pos += 2;
				break;
			}
			if (++nheaders > MULTIPART_MAX_HEADERS)
				return PARSE_TOO_MANY;
			enum parse_err e = parse_header(a, body + pos, n, &h);
			if (e)
				return e;
			pos += n + 2;
		}
		if (!h.disposition)
			return PARSE_BAD_SYNTAX;
		const char *end = memmem(body + pos, len - pos, delim, dlen);
		if (!end)
			return PARSE_BAD_SYNTAX;
		size_t dn = (size_t)(end - (body + pos));
		char *data = arena_alloc(a, dn + 1);
		if (dn)
			memcpy(data, body + pos, dn);
		data[dn] = '\0';
		if (h.filename) {
			struct upload f = {h.name, h.filename,
					   h.content_type ? h.content_type : "",
					   data, dn};
			uploads_add(a, files, &f);
		} else {
			if (memchr(data, '\0', dn))
				return PARSE_NUL;
			if (!utf8_valid(data, dn))
				return PARSE_BAD_UTF8;
			if (fields->n >= PARSE_MAX_PARAMS)
				return PARSE_TOO_MANY;
			params_add(a, fields, h.name, data, dn);
		}
		pos += dn + dlen;
	}
}

const char *multipart_strerror(enum parse_err e)
{
	switch (e) {
	case PARSE_OK:
		return "Kein Fehler.";
	case PARSE_BAD_UTF8:
		return "Ein Formularfeld ist kein gültiger UTF-8-Text.";
	case PARSE_NUL:
		return "Ein Formularfeld enthält ein unzulässiges Nullzeichen.";
	case PARSE_TOO_MANY:
		return "Das Formular enthält zu viele Teile.";
	case PARSE_TOO_LONG:
		return "Ein Feldname, Dateiname oder Kopfeintrag im Formular "
		       "ist zu lang.";
	default:
		return "Das gesendete Formular ist ungültig "
		       "(multipart/form-data).";
	}
}
