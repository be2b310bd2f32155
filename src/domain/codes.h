/*
 * codes.h - the fixed codes of DESIGN.md ("Fixed interfaces"): needs, age
 * groups, cost, access, prevention level, languages, and the roles of
 * contacts, each with its German label (and, for needs, a plain-language
 * explanation for parents). Stable, lower-case, used in URLs, the API and
 * CSV; changed only by adding.
 */
#ifndef LOTSE_CODES_H
#define LOTSE_CODES_H

#include <stdbool.h>

struct code {
	const char *code;
	const char *label;
	const char *explain; /* plain words for parents, or NULL */
};

/* Each list ends with {NULL, NULL, NULL}. */
extern const struct code needs[];
extern const struct code ages[];
extern const struct code costs[];
extern const struct code accesses[];
extern const struct code preventions[];
extern const struct code languages[];
extern const struct code contact_roles[];

/* The entry of code in list, or NULL. */
const struct code *code_find(const struct code *list, const char *code);
/* Its label, or the code itself when unknown. */
const char *code_label(const struct code *list, const char *code);
/* Number of entries. */
int code_count(const struct code *list);

#endif
