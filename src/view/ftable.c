/*
 * ftable.c - tables of figures as HTML, CSV and XLSX (see ftable.h).
 */
#include "view/ftable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "base/csv.h"
#include "view/html.h"

void ftable_init(struct ftable *t, arena *a, const char *id,
		 const char *caption, bool row_heads)
{
	memset(t, 0, sizeof *t);
	t->a = a;
	t->id = id;
	t->caption = caption;
	t->row_heads = row_heads;
}

void ftable_col(struct ftable *t, const char *head)
{
	if (t->ncols < FTABLE_MAX_COLS)
		t->heads[t->ncols++] = head;
}

void ftable_row(struct ftable *t)
{
	if (t->ncols == 0)
		return;
	if (t->nrows == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		struct fcell *c = arena_alloc(t->a, cap * t->ncols * sizeof *c);
		if (t->nrows)
			memcpy(c, t->cells, t->nrows * t->ncols * sizeof *c);
		t->cells = c;
		t->cap = cap;
	}
	struct fcell *row = &t->cells[t->nrows * t->ncols];
	memset(row, 0, t->ncols * sizeof *row);
	for (size_t i = 0; i < t->ncols; i++)
		row[i].text = "";
	t->nrows++;
	t->col = 0;
}

/* The next cell of the current row (NULL when the row is full). */
static struct fcell *next_cell(struct ftable *t)
{
	if (t->nrows == 0 || t->col >= t->ncols)
		return NULL;
	return &t->cells[(t->nrows - 1) * t->ncols + t->col++];
}

void ftable_text(struct ftable *t, const char *text)
{
	struct fcell *c = next_cell(t);
	if (c)
		c->text = arena_strdup(t->a, text ? text : "");
}

void ftable_dec(struct ftable *t, double v, int decimals)
{
	struct fcell *c = next_cell(t);
	if (!c)
		return;
	c->text = NULL;
	c->num = v;
	c->decimals = decimals;
}

void ftable_num(struct ftable *t, double v)
{
	ftable_dec(t, v, 0);
}

void ftable_pct(struct ftable *t, double v)
{
	struct fcell *c = next_cell(t);
	if (!c || v < 0) {
		if (c)
			c->text = "–";
		return;
	}
	c->text = NULL;
	c->num = v;
	c->decimals = 1;
	c->pct = true;
}

struct fcell *ftable_last(struct ftable *t)
{
	if (t->nrows == 0 || t->col == 0)
		return NULL;
	return &t->cells[(t->nrows - 1) * t->ncols + t->col - 1];
}

/* A number as German text: decimal comma, thousands with a thin space
 * left out (figures of a district stay small). */
static const char *num_text(arena *a, const struct fcell *c)
{
	char *s = arena_printf(a, "%.*f%s", c->decimals, c->num,
			       c->pct ? " %" : "");
	for (char *p = s; *p; p++)
		if (*p == '.')
			*p = ',';
	return s;
}

void ftable_list_begin(buf *b, const char *caption, const char *const *headers)
{
	html(b,
	     "<div class=\"kern-table-responsive\" tabindex=\"0\" "
	     "role=\"region\" aria-label=\"%s\"><table "
	     "class=\"kern-table kern-table--small\"><caption "
	     "class=\"kern-sr-only\">%s</caption><thead><tr "
	     "class=\"kern-table__row\">",
	     caption, caption);
	for (const char *const *h = headers; *h; h++)
		html(b,
		     "<th scope=\"col\" class=\"kern-table__header\">%s</th>",
		     *h);
	HTML_RAW(b, "</tr></thead><tbody class=\"kern-table__body\">");
}

void ftable_list_end(buf *b)
{
	HTML_RAW(b, "</tbody></table></div>\n");
}

void ftable_html(buf *b, const struct ftable *t)
{
	/* The wrapper scrolls sideways on a phone: focusable, and named by
	 * the caption. */
	html(b,
	     "<div class=\"kern-table-responsive\" tabindex=\"0\" "
	     "role=\"region\" aria-labelledby=\"tabelle-%s-titel\"><table "
	     "class=\"kern-table kern-table--small ftable\" "
	     "id=\"tabelle-%s\"><caption id=\"tabelle-%s-titel\">%s"
	     "</caption><thead><tr class=\"kern-table__row\">",
	     t->id, t->id, t->id, t->caption);
	for (size_t i = 0; i < t->ncols; i++)
		html(b,
		     "<th scope=\"col\" class=\"kern-table__header\">%s</th>",
		     t->heads[i]);
	html(b, "</tr></thead><tbody class=\"kern-table__body\">");
	for (size_t r = 0; r < t->nrows; r++) {
		html(b, "<tr class=\"kern-table__row\">");
		for (size_t i = 0; i < t->ncols; i++) {
			const struct fcell *c = &t->cells[r * t->ncols + i];
			bool head = t->row_heads && i == 0;
			const char *text =
				c->text ? c->text : num_text(t->a, c);
			const char *cls = c->cls && *c->cls ? c->cls : "";
			if (head)
				html(b,
				     "<th scope=\"row\" "
				     "class=\"kern-table__header %s\">",
				     cls);
			else
				html(b, "<td class=\"kern-table__cell%s %s\">",
				     c->text ? "" : " num", cls);
			if (c->href)
				html(b,
				     "<a class=\"kern-link\" "
				     "href=\"%s\">%s</a>",
				     url_safe(c->href), text);
			else
				html(b, "%s", text);
			if (head)
				html(b, "</th>");
			else
				html(b, "</td>");
		}
		html(b, "</tr>");
	}
	html(b, "</tbody></table></div>\n");
}

void ftable_links(buf *b, const struct ftable *t, const char *base,
		  const char *query)
{
	const char *q = query && *query ? query : "";
	html(b,
	     "<p class=\"kern-body ftable-links\">Tabelle „%s“ "
	     "herunterladen: <a class=\"kern-link\" "
	     "href=\"%s?%s%stabelle=%s&amp;format=csv\" download>CSV</a> · "
	     "<a class=\"kern-link\" "
	     "href=\"%s?%s%stabelle=%s&amp;format=xlsx\" "
	     "download>Excel</a></p>\n",
	     t->caption, base, q, *q ? "&" : "", t->id, base, q, *q ? "&" : "",
	     t->id);
}

void ftable_csv(buf *b, const struct ftable *t)
{
	buf_puts(b, "\xEF\xBB\xBF");
	for (size_t i = 0; i < t->ncols; i++) {
		if (i)
			buf_putc(b, ';');
		csv_put_field(b, t->heads[i], ';');
	}
	buf_puts(b, "\r\n");
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t i = 0; i < t->ncols; i++) {
			const struct fcell *c = &t->cells[r * t->ncols + i];
			if (i)
				buf_putc(b, ';');
			if (c->text)
				csv_put_field(b, c->text, ';');
			else
				buf_puts(b, num_text(t->a, c));
		}
		buf_puts(b, "\r\n");
	}
}

/* A sheet name Excel accepts: at most 31 characters, none of []:*?/\ ,
 * unique in the workbook (a number is appended when needed). */
static void sheet_name(const struct ftable *t, size_t index, char *out,
		       size_t outlen)
{
	const char *src = t->sheet ? t->sheet : t->caption;
	size_t j = 0, chars = 0;
	for (size_t i = 0; src[i] && j + 4 < outlen && chars < 28; i++) {
		unsigned char ch = (unsigned char)src[i];
		if (strchr("[]:*?/\\'", ch))
			continue;
		/* count characters, not bytes (UTF-8 continuation bytes) */
		if ((ch & 0xC0) != 0x80)
			chars++;
		out[j++] = (char)ch;
	}
	/* do not cut a UTF-8 sequence */
	while (j > 0 && ((unsigned char)out[j - 1] & 0xC0) == 0x80) {
		size_t k = j - 1;
		while (k > 0 && ((unsigned char)out[k] & 0xC0) == 0x80)
			k--;
		unsigned char lead = (unsigned char)out[k];
		size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
		if (j - k == need)
			break;
		j = k;
	}
	out[j] = '\0';
	if (index > 0 || !j)
		snprintf(out + j, outlen - j, " %zu", index + 1);
}

int ftable_xlsx(const struct ftable *const *tables, size_t n, char **data,
		size_t *len, char *err, size_t errlen)
{
	*data = NULL;
	*len = 0;
	const char *dir = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof path, "%s/lotse-figures-XXXXXX",
		 dir && *dir ? dir : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0) {
		snprintf(err, errlen,
			 "Für die Excel-Datei fehlt ein "
			 "temporäres Verzeichnis.");
		return -1;
	}
	close(fd);
	lxw_workbook *wb = workbook_new(path);
	if (!wb) {
		unlink(path);
		snprintf(err, errlen,
			 "Die Excel-Datei kann nicht angelegt "
			 "werden.");
		return -1;
	}
	lxw_format *bold = workbook_add_format(wb);
	format_set_bold(bold);
	lxw_format *pct = workbook_add_format(wb);
	format_set_num_format(pct, "0.0\" %\"");
	lxw_format *dec = workbook_add_format(wb);
	format_set_num_format(dec, "0.0");
	for (size_t k = 0; k < n; k++) {
		const struct ftable *t = tables[k];
		char name[128];
		sheet_name(t, k, name, sizeof name);
		lxw_worksheet *ws = workbook_add_worksheet(wb, name);
		if (!ws)
			ws = workbook_add_worksheet(wb, NULL);
		if (!ws)
			continue;
		worksheet_write_string(ws, 0, 0, t->caption, bold);
		for (size_t i = 0; i < t->ncols; i++) {
			worksheet_write_string(ws, 2, (lxw_col_t)i, t->heads[i],
					       bold);
			worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i,
					     i == 0 ? 28 : 14, NULL);
		}
		for (size_t r = 0; r < t->nrows; r++)
			for (size_t i = 0; i < t->ncols; i++) {
				const struct fcell *c =
					&t->cells[r * t->ncols + i];
				lxw_row_t row = (lxw_row_t)(r + 3);
				if (c->text)
					worksheet_write_string(ws, row,
							       (lxw_col_t)i,
							       c->text, NULL);
				else
					worksheet_write_number(
						ws, row, (lxw_col_t)i, c->num,
						c->pct	      ? pct
						: c->decimals ? dec
							      : NULL);
			}
		if (t->ncols)
			worksheet_autofilter(ws, 2, 0,
					     (lxw_row_t)(t->nrows + 2),
					     (lxw_col_t)(t->ncols - 1));
		worksheet_freeze_panes(ws, 3, 0);
	}
	lxw_error closed = workbook_close(wb);
	int rc = -1;
	FILE *f = closed == LXW_NO_ERROR ? fopen(path, "rb") : NULL;
	if (f) {
		long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
		char *bytes = size > 0 ? malloc((size_t)size) : NULL;
		if (bytes && fseek(f, 0, SEEK_SET) == 0 &&
		    fread(bytes, 1, (size_t)size, f) == (size_t)size) {
			*data = bytes;
			*len = (size_t)size;
			rc = 0;
		} else {
			free(bytes);
		}
		fclose(f);
	}
	if (rc < 0)
		snprintf(err, errlen,
			 "Die Excel-Datei konnte nicht geschrieben werden.");
	unlink(path);
	return rc;
}
