/*
 * layout.h - the page frame in the KERN design system: skip link, the
 * official header line, the network's name, main navigation, footer with
 * Impressum, Datenschutz and Barrierefreiheit. Every HTML page is written
 * between page_begin() and page_end().
 */
#ifndef LOTSE_LAYOUT_H
#define LOTSE_LAYOUT_H

#include "http/http.h"

/* Texts of the frame, read by the web layer from the settings. */
struct site {
	const char *network_name;  /* "Netzwerk Frühe Hilfen und ..." */
	const char *district_name; /* "Landkreis Ahrwald" or "" */
	const char *header_line;   /* the official line above the header */
	const char *user_name;	   /* signed-in user, or NULL */
	const char *csrf;	   /* for the sign-out button */
};

/* One entry of the main navigation. */
struct nav_item {
	const char *href;
	const char *label;
	enum role role; /* least role that sees the entry */
};

/* Starts the page: <head> with title "title – network", the header, the
 * navigation (entries the role may see; the one whose href is the longest
 * prefix of the path is marked aria-current) and opens <main>. */
void page_begin(struct req *r, const struct site *site, const char *title);
/* Closes <main>, writes the footer and ends the document, status 200
 * unless the handler set another one. */
void page_end(struct req *r, const struct site *site);

/* The URL of an embedded asset with its version for cache busting
 * ("/static/lotse.css?v=1a2b..."), or the plain path when unknown. */
const char *asset_url(struct req *r, const char *name);

/* A whole German error page (used as the app's error hook for HTML). */
void page_error(struct req *r, const struct site *site, int status,
		const char *message);

#endif
