/*
 * regions.c - /api/v1/regions: the district, its municipalities (with
 * official municipality key and postcodes) and their social areas, in the
 * list format. Clients take the ids or slugs of municipalities from here
 * for the filter "municipality" of the other lists.
 */
#include "api/api.h"

#include <string.h>

#include "domain/region.h"
#include "web/web.h"

static const char *const list_params[] = {"kind", "page", "per_page", NULL};
static const char *const kinds[] = {"district", "municipality", "social_area",
				    NULL};

/* "29614, 29633" as ["29614", "29633"]. */
static json_t *postcodes_json(struct req *r, const char *text)
{
	json_t *v = json_array();
	char *copy = arena_strdup(r->a, text);
	char *save = NULL;
	for (char *p = strtok_r(copy, ", ", &save); p;
	     p = strtok_r(NULL, ", ", &save))
		json_array_append_new(v, api_str(p));
	return v;
}

void api_region_list(struct req *r)
{
	db *d = web_db(r);
	if (!d || !api_known_params(r, list_params))
		return;
	int64_t page, per;
	const char *kind;
	/* The whole district fits on one page by default. */
	if (!api_paging(r, API_MAX_PER_PAGE, &page, &per) ||
	    !api_param(r, "kind", &kind))
		return;
	bool known = !kind;
	for (size_t k = 0; kinds[k] && !known; k++)
		known = strcmp(kinds[k], kind) == 0;
	if (!known) {
		api_fail(r, 400, "kind",
			 "„kind“ ist district, municipality oder "
			 "social_area.");
		return;
	}
	/* District first, then the municipalities, then the social areas,
	 * each by name. */
	json_t *items = json_array();
	int64_t total = 0, skip = (page - 1) * per;
	for (size_t k = 0; kinds[k]; k++) {
		if (kind && strcmp(kind, kinds[k]) != 0)
			continue;
		struct region *v;
		size_t n = region_list(d, r->a, kinds[k], &v);
		for (size_t i = 0; i < n; i++, total++) {
			if (total < skip || total >= skip + per)
				continue;
			json_t *it = json_object();
			json_object_set_new(it, "id", json_integer(v[i].id));
			json_object_set_new(
				it, "parent_id",
				v[i].parent_id ? json_integer(v[i].parent_id)
					       : json_null());
			json_object_set_new(it, "kind", api_str(v[i].kind));
			json_object_set_new(it, "name", api_str(v[i].name));
			json_object_set_new(it, "slug", api_str(v[i].slug));
			json_object_set_new(it, "ags",
					    api_str_or_null(v[i].ags));
			json_object_set_new(it, "postcodes",
					    postcodes_json(r, v[i].postcodes));
			json_array_append_new(items, it);
		}
	}
	api_send(r, 200, api_list(total, page, per, items));
}
