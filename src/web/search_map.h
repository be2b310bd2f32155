/*
 * search_map.h - the map of the results on the public search page
 * (/angebote) and the page's scripts (live filtering, Leaflet).
 *
 * The map is off unless the operator sets a tile server (setting
 * map_tiles): then no page loads anything from another host. When it is
 * on, the Content-Security-Policy of the search page allows images from
 * exactly that tile server.
 */
#ifndef LOTSE_SEARCH_MAP_H
#define LOTSE_SEARCH_MAP_H

#include <stdbool.h>
#include <stddef.h>

#include "http/http.h"
#include "search/search.h"

/* Writes the map of the hits of res: a figure, hidden until
 * assets/search.js shows it, with the tile server and the places of the
 * hits as data attributes and the text alternative "Karte der Ergebnisse;
 * die Liste darunter enthält dieselben Angebote". Nothing when the map is
 * off or no hit has a place. The places come from offer_location in one
 * query for the shown ids. */
void search_map(struct req *r, const struct search_result *res);

/* Writes the scripts of the search page at the end of <main>: search.js
 * (live filtering, the map) always, Leaflet when the map is on; when it is
 * on, also lets this response's CSP allow images from the tile server. */
void search_map_scripts(struct req *r);

/* The origin of a Leaflet tile URL template, for the CSP: scheme and host
 * (with port), a "{s}." subdomain placeholder as "*.". Writes it to out
 * (n bytes) and returns true; false when tmpl is not an http(s) template
 * with {z}, {x} and {y}, a plain host name and no quotes, spaces or angle
 * brackets. */
bool search_map_tile_origin(const char *tmpl, char *out, size_t n);

#endif
