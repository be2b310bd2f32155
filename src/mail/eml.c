/*
 * eml.c - RFC 5322 / MIME messages (see eml.h).
 *
 * The writer keeps every line short: headers are folded at 78 characters
 * (encoded-words are at most 75), the text is quoted-printable with soft
 * breaks at 76, the attachment base64 in lines of 76. Header values pass
 * through clean_value(), which drops control characters, so CR and LF in a name
 * or subject can never start a header of their own.
 */
#include "mail/eml.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "domain/settings.h"

static const char b64[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Appends the base64 of data without line breaks. */
static void base64_raw(buf *b, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)p[i + 1] << 8;
		if (i + 2 < n)
			v |= p[i + 2];
		char out[4] = {b64[(v >> 18) & 63], b64[(v >> 12) & 63],
			       i + 1 < n ? b64[(v >> 6) & 63] : '=',
			       i + 2 < n ? b64[v & 63] : '='};
		buf_append(b, out, 4);
	}
}

void eml_base64(buf *b, const unsigned char *data, size_t len)
{
	for (size_t i = 0; i < len; i += 57) {
		size_t n = len - i < 57 ? len - i : 57;
		base64_raw(b, data + i, n);
		buf_puts(b, "\r\n");
	}
}

/* Length of the UTF-8 character starting with byte c. */
static size_t char_len(unsigned char c)
{
	return c < 0x80		? 1
	       : (c >> 5) == 6	? 2
	       : (c >> 4) == 14 ? 3
	       : (c >> 3) == 30 ? 4
				: 1;
}

/* A header value without control characters (tabs become spaces): at
 * most cap-1 bytes of s, and when s had to be cut, cut before a partial
 * UTF-8 character. */
static void clean_value(const char *s, char *out, size_t cap)
{
	size_t n = 0;
	for (; s && *s && n + 1 < cap; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\t')
			c = ' ';
		if (c < 0x20 || c == 0x7f)
			continue;
		out[n++] = (char)c;
	}
	size_t keep = 0;
	for (size_t i = 0; i < n;) {
		size_t len = char_len((unsigned char)out[i]);
		if (i + len > n)
			break;
		i += len;
		keep = i;
	}
	out[keep] = '\0';
}

static bool plain_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x7f || (unsigned char)*s < 0x20)
			return false;
	return true;
}

/* Writes s as encoded-words of at most 75 characters (45 bytes of text
 * each, never splitting a character), folded with CRLF SP. */
static void encoded_words(buf *b, const char *s, size_t used)
{
	size_t n = strlen(s), i = 0;
	bool first = true;
	while (i < n || first) {
		size_t room = 45;
		if (first && used + 12 + 60 > 78) {
			size_t left = used + 12 < 78 ? 78 - used - 12 : 0;
			room = left / 4 * 3;
			if (room < 6) {
				buf_puts(b, "\r\n ");
				room = 45;
			}
		} else if (!first) {
			buf_puts(b, "\r\n ");
		}
		size_t take = 0;
		while (i + take < n) {
			size_t l = char_len((unsigned char)s[i + take]);
			if (take + l > room)
				break;
			take += l;
		}
		if (take == 0 && i < n) /* never loop without progress */
			take = char_len((unsigned char)s[i]);
		if (i + take > n)
			take = n - i;
		buf_puts(b, "=?UTF-8?B?");
		base64_raw(b, (const unsigned char *)s + i, take);
		buf_puts(b, "?=");
		i += take;
		first = false;
	}
}

void eml_header_text(buf *b, const char *value, size_t used)
{
	char v[1024];
	clean_value(value, v, sizeof v);
	bool longword = false;
	for (const char *p = v; *p;) {
		size_t w = strcspn(p, " ");
		if (w > 70)
			longword = true;
		p += w;
		while (*p == ' ')
			p++;
	}
	if (!plain_ascii(v) || strstr(v, "=?") || longword) {
		encoded_words(b, v, used);
		return;
	}
	/* Plain text, folded before a word that would pass column 78. */
	size_t col = used;
	const char *p = v;
	bool first = true;
	while (*p) {
		size_t sp = strspn(p, " ");
		size_t w = strcspn(p + sp, " ");
		if (!first && col + sp + w > 78 && w > 0) {
			buf_puts(b, "\r\n");
			col = 0;
			if (sp == 0)
				sp = 1; /* folding needs white space */
			buf_append(b, " ", 1);
			col = 1;
			buf_append(b, p + sp, w);
			col += w;
		} else {
			buf_append(b, p, sp + w);
			col += sp + w;
		}
		p += sp + w;
		first = false;
	}
}

/* A display name: atoms as they are, other ASCII as a quoted string,
 * anything else as encoded-words. */
static void header_name(buf *b, const char *name, size_t used)
{
	char v[512];
	clean_value(name, v, sizeof v);
	if (!plain_ascii(v) || strstr(v, "=?") || strlen(v) > 60) {
		encoded_words(b, v, used);
		return;
	}
	bool atoms = true;
	for (const char *p = v; *p; p++)
		if (!strchr(" !#$%&'*+-/=?^_`{|}~", *p) &&
		    !(*p >= 'a' && *p <= 'z') && !(*p >= 'A' && *p <= 'Z') &&
		    !(*p >= '0' && *p <= '9'))
			atoms = false;
	if (atoms) {
		buf_puts(b, v);
		return;
	}
	buf_putc(b, '"');
	for (const char *p = v; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_putc(b, '\\');
		buf_putc(b, *p);
	}
	buf_putc(b, '"');
}

/* An address header: "Name <addr>" or "addr". */
static void header_address(buf *b, const char *field, const char *name,
			   const char *addr)
{
	char a[256];
	size_t n = 0;
	for (const char *p = addr; *p && n + 1 < sizeof a; p++)
		if ((unsigned char)*p > ' ' && *p != '<' && *p != '>' &&
		    *p != '"' && *p != ',' && *p != 0x7f)
			a[n++] = *p;
	a[n] = '\0';
	buf_printf(b, "%s: ", field);
	char nm[512];
	clean_value(name, nm, sizeof nm);
	/* A name of only spaces is no name. */
	if (nm[strspn(nm, " ")]) {
		header_name(b, nm, strlen(field) + 2);
		/* Fold before the address when it would pass column 78. */
		size_t start = 0;
		for (size_t i = b->len; i > 1; i--)
			if (b->data[i - 1] == '\n') {
				start = i;
				break;
			}
		if (b->len - start + strlen(a) + 3 > 78)
			buf_puts(b, "\r\n");
		buf_printf(b, " <%s>\r\n", a);
	} else {
		buf_printf(b, "%s\r\n", a);
	}
}

int eml_date(const char *iso, char out[64])
{
	static const char *const wd[] = {"Sun", "Mon", "Tue", "Wed",
					 "Thu", "Fri", "Sat"};
	static const char *const mo[] = {"Jan", "Feb", "Mar", "Apr",
					 "May", "Jun", "Jul", "Aug",
					 "Sep", "Oct", "Nov", "Dec"};
	int y, m, d, hh, mm, ss;
	if (!iso || strlen(iso) < 19 ||
	    sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &m, &d, &hh, &mm, &ss) !=
		    6 ||
	    m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 ||
	    ss > 60 || hh < 0 || mm < 0 || ss < 0 || y < 1970 || y > 9999)
		return -1;
	/* Day of the week (Sakamoto). */
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	int yy = m < 3 ? y - 1 : y;
	int w = (yy + yy / 4 - yy / 100 + yy / 400 + t[m - 1] + d) % 7;
	snprintf(out, 64, "%s, %d %s %04d %02d:%02d:%02d +0000", wd[w], d,
		 mo[m - 1], y, hh, mm, ss);
	return 0;
}

void eml_qp(buf *b, const char *text)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t col = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '\r' && p[1] == '\n')
			continue;
		if (*p == '\n' || *p == '\r') {
			buf_puts(b, "\r\n");
			col = 0;
			continue;
		}
		bool eol = p[1] == '\0' || p[1] == '\n' || p[1] == '\r';
		char enc[4];
		size_t n;
		if ((*p >= 33 && *p <= 126 && *p != '=') ||
		    ((*p == ' ' || *p == '\t') && !eol)) {
			enc[0] = (char)*p;
			n = 1;
		} else {
			enc[0] = '=';
			enc[1] = hex[*p >> 4];
			enc[2] = hex[*p & 15];
			n = 3;
		}
		/* Room for the soft break "=" unless this ends the line. */
		if (col + n > (eol ? 76u : 75u)) {
			buf_puts(b, "=\r\n");
			col = 0;
		}
		/* A line must not start with a dot: encode
		 * the dot so that no transport has to stuff it. */
		if (col == 0 && *p == '.') {
			enc[0] = '=';
			enc[1] = '2';
			enc[2] = 'E';
			n = 3;
		}
		buf_append(b, enc, n);
		col += n;
	}
	if (col)
		buf_puts(b, "\r\n");
}

/* 32-bit FNV-1a, for a boundary that differs per message. */
static unsigned fnv(const char *s)
{
	unsigned h = 2166136261u;
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

int eml_build(buf *b, const struct eml_msg *m)
{
	if (!m || !m->from || !m->to || !m->subject || !m->text ||
	    !m->message_id)
		return -1;
	char date[64];
	if (eml_date(m->date, date) < 0)
		return -1;
	header_address(b, "From", m->from_name, m->from);
	header_address(b, "To", m->to_name, m->to);
	buf_puts(b, "Subject: ");
	eml_header_text(b, m->subject, 9);
	buf_puts(b, "\r\n");
	buf_printf(b, "Date: %s\r\n", date);
	char mid[256];
	size_t n = 0;
	for (const char *p = m->message_id; *p && n + 1 < sizeof mid; p++)
		if ((unsigned char)*p > ' ' && *p != 0x7f)
			mid[n++] = *p;
	mid[n] = '\0';
	buf_printf(b, "Message-ID: %s\r\n", mid);
	buf_puts(b, "MIME-Version: 1.0\r\n"
		    "Auto-Submitted: auto-generated\r\n"
		    "Content-Language: de\r\n");
	if (!m->ics) {
		buf_puts(b, "Content-Type: text/plain; charset=utf-8\r\n"
			    "Content-Transfer-Encoding: quoted-printable\r\n"
			    "\r\n");
		eml_qp(b, m->text);
		return buf_failed(b) ? -1 : 0;
	}
	/* The method is a token: upper-case letters only. */
	char method[16] = "REQUEST";
	if (m->ics_method && *m->ics_method &&
	    strspn(m->ics_method, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
		    strlen(m->ics_method) &&
	    strlen(m->ics_method) < sizeof method)
		snprintf(method, sizeof method, "%s", m->ics_method);
	const char *file =
		strcmp(method, "CANCEL") == 0 ? "absage.ics" : "einladung.ics";
	char boundary[40];
	snprintf(boundary, sizeof boundary, "=_lotse_%08x", fnv(mid));
	buf_printf(b,
		   "Content-Type: multipart/mixed; boundary=\"%s\"\r\n"
		   "\r\n"
		   "Dies ist eine Nachricht im MIME-Format.\r\n"
		   "--%s\r\n"
		   "Content-Type: text/plain; charset=utf-8\r\n"
		   "Content-Transfer-Encoding: quoted-printable\r\n"
		   "\r\n",
		   boundary, boundary);
	eml_qp(b, m->text);
	buf_printf(b,
		   "--%s\r\n"
		   "Content-Type: text/calendar; charset=utf-8; method=%s;\r\n"
		   " name=\"%s\"\r\n"
		   "Content-Transfer-Encoding: base64\r\n"
		   "Content-Disposition: attachment; filename=\"%s\"\r\n"
		   "\r\n",
		   boundary, method, file, file);
	eml_base64(b, (const unsigned char *)m->ics, strlen(m->ics));
	buf_printf(b, "--%s--\r\n", boundary);
	return buf_failed(b) ? -1 : 0;
}

const char *eml_sender(db *d, arena *a)
{
	const char *from = setting_get(d, a, "smtp_from");
	if (!from || !*from)
		from = setting_get(d, a, "contact_email");
	if (!from || !*from)
		from = "lotse@localhost";
	return from;
}

static const char sql_row[] =
	"SELECT recipient, recipient_name, subject, body_text, ics, "
	"ics_method, message_id, created_at FROM outbox WHERE id = ?1";

int eml_from_outbox(db *d, arena *a, int64_t id, buf *b, const char **recipient)
{
	sqlite3_stmt *st = db_stmt(d, sql_row);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return -1;
	}
	struct eml_msg m = {
		.to = arena_strdup(a, db_col_text(st, 0)),
		.to_name = arena_strdup(a, db_col_text(st, 1)),
		.subject = arena_strdup(a, db_col_text(st, 2)),
		.text = arena_strdup(a, db_col_text(st, 3)),
		.ics = sqlite3_column_type(st, 4) == SQLITE_NULL
			       ? NULL
			       : arena_strdup(a, db_col_text(st, 4)),
		.ics_method = arena_strdup(a, db_col_text(st, 5)),
		.message_id = arena_strdup(a, db_col_text(st, 6)),
		.date = arena_strdup(a, db_col_text(st, 7)),
	};
	sqlite3_reset(st);
	m.from = eml_sender(d, a);
	m.from_name = setting_get(d, a, "network_name");
	if (recipient)
		*recipient = m.to;
	return eml_build(b, &m);
}
