/*
 * settings.h - the network's settings kept in the database (table setting):
 * names shown on every page, the texts of Impressum and Datenschutz, the
 * network's phone number. Every key has a default, so a new database shows
 * sensible pages before anyone configured anything.
 */
#ifndef LOTSE_SETTINGS_H
#define LOTSE_SETTINGS_H

#include "base/arena.h"
#include "db/db.h"

/* Known keys and their German labels (for the admin page to come). */
struct setting_def {
	const char *key;
	const char *label;
	const char *fallback;
};
extern const struct setting_def setting_defs[];

/* Value of key (copied into a), the default when unset, NULL if unknown. */
const char *setting_get(db *d, arena *a, const char *key);
/* Stores a value; returns 0 or -1 (unknown key or database error). */
int setting_set(db *d, const char *key, const char *value);

#endif
