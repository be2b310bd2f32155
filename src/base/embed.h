/*
 * embed.h - files compiled into the binary by tools/embed.c: static assets
 * (assets/, the KERN design system from npm) and database migrations.
 */
#ifndef LOTSE_EMBED_H
#define LOTSE_EMBED_H

#include <stddef.h>

struct embed {
	const char *name;
	const unsigned char *data; /* NUL-terminated beyond len */
	size_t len;
	const char *etag; /* quoted, from the content */
};

extern const struct embed embedded_assets[];
extern const unsigned long embedded_assets_count;
extern const struct embed embedded_migrations[];
extern const unsigned long embedded_migrations_count;
extern const struct embed embedded_data[];
extern const unsigned long embedded_data_count;

#endif
