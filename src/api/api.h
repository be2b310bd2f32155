/*
 * api.h - the JSON API v1 under /api/v1/ (DESIGN.md, "JSON API"; every
 * endpoint, parameter and error is described in docs/api.md).
 *
 * The handlers are in one file per resource: offers.c (with
 * offer_input.c, JSON to struct offer), organisations.c, regions.c; what
 * they share (sending JSON, errors, the list format,
 * paging, query checks) is in api.c. JSON is written and read with
 * jansson only. The route table (src/web/app.c) gives every route RF_API,
 * so that the dispatcher answers errors as {"error", "field"}; it enforces
 * the least role and the CSRF header of sessions before a handler runs.
 *
 * Layers: api -> domain, search; never the pages of web/.
 */
#ifndef LOTSE_API_H
#define LOTSE_API_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "domain/errs.h"
#include "http/http.h"

/* The largest JSON body the write routes accept (413 beyond). */
#define API_BODY_LIMIT ((size_t)128 * 1024)
/* Paging: per_page is 1..API_MAX_PER_PAGE. */
#define API_MAX_PER_PAGE 100

/* offers.c */
void api_offer_list(struct req *r);
void api_offer_get(struct req *r);
void api_offer_create(struct req *r);
void api_offer_replace(struct req *r); /* PUT: the whole offer */
void api_offer_patch(struct req *r);   /* PATCH: only the given fields */
void api_offer_delete(struct req *r);  /* DELETE: archives */
/* offer_input.c: applies the fields of the JSON object in to o (only those
 * given; lists replace the whole list). path_id is the offer's id for
 * PUT/PATCH (0 for POST): an "id" in the body must match it. Problems of
 * shape (types, unknown fields, too many entries) go into e with the
 * field's API name; the values are checked by offer_save(). Strings are
 * copied into the request arena. */
struct offer;
void api_offer_apply(struct req *r, json_t *in, struct offer *o,
		     int64_t path_id, struct errs *e);
/* The domain's field names (offer_validate) that the API calls otherwise,
 * for api_fail_errs(). */
extern const char *const api_offer_renames[][2];
/* organisations.c */
void api_organisation_list(struct req *r);
void api_organisation_get(struct req *r);
/* regions.c */
void api_region_list(struct req *r);

/* --- shared helpers (api.c) ------------------------------------------------ */

/* Answers status with v as JSON and releases v (which may be NULL after a
 * failed allocation: then 500). */
void api_send(struct req *r, int status, json_t *v);
/* Answers {"error": message, "field": field} (field may be NULL). */
void api_fail(struct req *r, int status, const char *field,
	      const char *message);
/* Answers 422 (or status) with the first message of e as "error"/"field"
 * and all of them in "errors": [{"field", "error"}, ...]. rename maps the
 * domain's field names to the API's ({from, to} pairs ending in {NULL}),
 * or is NULL. */
void api_fail_errs(struct req *r, int status, const struct errs *e,
		   const char *const (*rename)[2]);

/* The list format: {"total", "page", "per_page", "items"}; takes items. */
json_t *api_list(int64_t total, int64_t page, int64_t per_page, json_t *items);

/* A JSON string, or null for NULL; never NULL itself (invalid UTF-8, which
 * the database does not hold, becomes ""). */
json_t *api_str(const char *s);
/* Same, but null also for the empty string. */
json_t *api_str_or_null(const char *s);

/* Refuses (400, answered) a query parameter that is not in allowed (a
 * NULL-terminated list); returns false then. */
bool api_known_params(struct req *r, const char *const *allowed);
/* The single value of query parameter name: NULL when absent or empty.
 * Answers 400 and returns false when it is given twice. */
bool api_param(struct req *r, const char *name, const char **out);
/* page (from 1) and per_page (1..API_MAX_PER_PAGE, default def) from the
 * query; answers 400 and returns false when one is not a number in range. */
bool api_paging(struct req *r, int64_t def, int64_t *page, int64_t *per_page);
/* A municipality by id or slug for the filter "municipality": its id, or
 * 0 when text is NULL; answers 400 and returns -1 when there is none. */
int64_t api_municipality(struct req *r, db *d, const char *text);
/* The {id} path parameter as a positive number; answers 404 and returns
 * 0 when it is not one. */
int64_t api_path_id(struct req *r, const char *what);

/* The JSON object in the request body (owned by the caller: json_decref).
 * Answers 415 for another content type and 400 for an empty body,
 * malformed JSON or something else than an object, and returns NULL. */
json_t *api_body(struct req *r);

#endif
