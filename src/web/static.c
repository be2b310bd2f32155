/*
 * static.c - the static assets compiled into the binary (assets/ and the
 * KERN design system), with ETag, long cache lifetime and 304 answers.
 * Pages refer to them with a version parameter (asset_url()), so a new
 * build changes the URL and caches never serve stale files.
 */
#include <string.h>

#include "base/embed.h"
#include "web/web.h"

static const char *content_type(const char *name)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
		{".css", "text/css; charset=utf-8"},
		{".js", "text/javascript; charset=utf-8"},
		{".svg", "image/svg+xml"},
		{".png", "image/png"},
		{".woff2", "font/woff2"},
		{".woff", "font/woff"},
		{".txt", "text/plain; charset=utf-8"},
		{".ico", "image/x-icon"},
	};
	const char *dot = strrchr(name, '.');
	if (dot)
		for (size_t i = 0; i < sizeof types / sizeof *types; i++)
			if (strcmp(dot, types[i].ext) == 0)
				return types[i].type;
	return "application/octet-stream";
}

void page_static(struct req *r)
{
	const char *name = req_path_param(r, "*");
	for (unsigned long i = 0; name && i < embedded_assets_count; i++) {
		const struct embed *e = &embedded_assets[i];
		if (strcmp(e->name, name) != 0)
			continue;
		resp_header(r, "ETag", e->etag);
		resp_header(r, "Cache-Control",
			    "public, max-age=31536000, immutable");
		const char *inm = req_header(r, "If-None-Match");
		if (inm && strstr(inm, e->etag)) {
			resp_static(r, "", 0, content_type(name));
			r->status = 304;
			return;
		}
		resp_static(r, e->data, e->len, content_type(name));
		return;
	}
	resp_error(r, 404, "Diese Datei gibt es nicht.");
}
