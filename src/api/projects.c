/*
 * projects.c - /api/v1/projects: the partners' projects (list with the
 * filters need, age, municipality, status and q, and one project).
 *
 * Anonymous callers see public projects only; signed-in users and API
 * keys see all of them (the internal list shows them too).
 */
#include <string.h>

#include "api/api.h"
#include "domain/codes.h"
#include "domain/project.h"
#include "web/web.h"

static const char *const list_params[] = {
	"need", "age", "municipality", "status", "q", "page", "per_page", NULL};

/* Fields of the list and of the detail. */
static json_t *project_json(const struct project *p)
{
	json_t *v = json_object();
	json_object_set_new(v, "id", json_integer(p->id));
	json_object_set_new(v, "title", api_str(p->title));
	json_t *lead = json_object();
	json_object_set_new(lead, "id", json_integer(p->lead_org_id));
	json_object_set_new(lead, "name", api_str(p->lead_org_name));
	json_object_set_new(v, "lead_organisation", lead);
	json_object_set_new(v, "status", api_str(p->status));
	json_object_set_new(v, "status_label",
			    api_str(code_label(project_statuses, p->status)));
	json_object_set_new(v, "funding", api_str(p->funding));
	json_object_set_new(v, "starts_on", api_str_or_null(p->starts_on));
	json_object_set_new(v, "ends_on", api_str_or_null(p->ends_on));
	json_object_set_new(v, "public", json_boolean(p->public));
	return v;
}

/* Checks a code filter; answers 400 naming the allowed codes. */
static bool code_ok(struct req *r, const char *name, const struct code *list,
		    const char *value)
{
	if (!value || code_find(list, value))
		return true;
	const char *all = "";
	for (const struct code *c = list; c->code; c++)
		all = arena_printf(r->a, "%s%s%s", all, *all ? ", " : "",
				   c->code);
	api_fail(r, 400, name,
		 arena_printf(r->a, "Unbekannter Wert „%s“. Erlaubt sind: %s.",
			      value, all));
	return false;
}

void api_project_list(struct req *r)
{
	db *d = web_db(r);
	if (!d || !api_known_params(r, list_params))
		return;
	int64_t page, per;
	const char *need, *age, *muni, *status, *q;
	if (!api_paging(r, 20, &page, &per) || !api_param(r, "need", &need) ||
	    !api_param(r, "age", &age) ||
	    !api_param(r, "municipality", &muni) ||
	    !api_param(r, "status", &status) || !api_param(r, "q", &q))
		return;
	if (!code_ok(r, "need", needs, need) || !code_ok(r, "age", ages, age) ||
	    !code_ok(r, "status", project_statuses, status))
		return;
	if (q && strlen(q) > 200) {
		api_fail(r, 400, "q", "Bitte höchstens 200 Zeichen.");
		return;
	}
	int64_t region = api_municipality(r, d, muni);
	if (region < 0)
		return;
	struct project_filter f = {.need = need,
				   .age = age,
				   .status = status,
				   .q = q,
				   .region_id = region,
				   .public_only = r->role == ROLE_ANON,
				   .offset = (page - 1) * per,
				   .limit = per};
	struct project *v;
	int64_t total;
	size_t n = project_find(d, r->a, &f, &v, &total);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, project_json(&v[i]));
	api_send(r, 200, api_list(total, page, per, items));
}

void api_project_get(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id = api_path_id(r, "Dieses Projekt");
	if (!id)
		return;
	struct project p;
	if (project_get(d, r->a, id, &p) < 0 ||
	    (r->role == ROLE_ANON && !p.public)) {
		api_fail(r, 404, NULL, "Dieses Projekt gibt es nicht.");
		return;
	}
	json_t *v = project_json(&p);
	json_object_set_new(v, "description", api_str(p.description));
	json_object_set_new(v, "results", api_str(p.results));
	json_t *partners = json_array();
	for (size_t i = 0; i < p.npartners; i++) {
		json_t *one = json_object();
		json_object_set_new(one, "id", json_integer(p.partners[i]));
		json_object_set_new(one, "name", api_str(p.partner_names[i]));
		json_array_append_new(partners, one);
	}
	json_object_set_new(v, "partners", partners);
	json_t *nv = json_array();
	for (size_t i = 0; i < p.nneeds; i++)
		json_array_append_new(nv, api_str(p.needs[i]));
	json_object_set_new(v, "needs", nv);
	json_t *av = json_array();
	for (size_t i = 0; i < p.nages; i++)
		json_array_append_new(av, api_str(p.ages[i]));
	json_object_set_new(v, "ages", av);
	json_t *rv = json_array();
	for (size_t i = 0; i < p.nregions; i++) {
		json_t *one = json_object();
		json_object_set_new(one, "id", json_integer(p.regions[i]));
		json_object_set_new(one, "name", api_str(p.region_names[i]));
		json_array_append_new(rv, one);
	}
	json_object_set_new(v, "municipalities", rv);
	json_object_set_new(v, "created_at", api_str(p.created_at));
	json_object_set_new(v, "updated_at", api_str(p.updated_at));
	api_send(r, 200, v);
}
