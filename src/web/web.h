/*
 * web.h - what the page handlers share: the application (route table and
 * hooks), the site texts, the database of the current thread.
 */
#ifndef LOTSE_WEB_H
#define LOTSE_WEB_H

#include "db/db.h"
#include "http/http.h"
#include "view/html.h"
#include "view/layout.h"

extern const struct app lotse_app;
extern const struct route lotse_routes[];
extern const size_t lotse_routes_count;

/* The database connection of this worker thread; answers 503 and returns
 * NULL when the database cannot be opened. */
db *web_db(struct req *r);
/* The site texts for the frame (from the settings, cached per request). */
const struct site *web_site(struct req *r);
/* page_begin()/page_end() with the site of this request. */
void web_begin(struct req *r, const char *title);
void web_end(struct req *r);
/* Writes text as paragraphs: blank lines separate paragraphs, single line
 * breaks become <br>. Everything is escaped. */
void web_paragraphs(buf *b, const char *text);

/* Handlers (one file per area). */
void page_home(struct req *r);
void page_impressum(struct req *r);
void page_datenschutz(struct req *r);
void page_barrierefreiheit(struct req *r);
void page_healthz(struct req *r);
void page_static(struct req *r);

#endif
