/*
 * organisations.c - /api/v1/organisations: the partner organisations of
 * the network (list with the filters sector and municipality, and one
 * organisation with its public contacts).
 *
 * The public sees active partners only (not archived, not left the
 * network); signed-in callers and API keys see all of them. Contacts are
 * shown only when the person agreed to be shown publicly, for everyone:
 * the internal directory has the others.
 */
#include "api/api.h"

#include <string.h>

#include "domain/codes.h"
#include "domain/contact.h"
#include "domain/organisation.h"
#include "web/web.h"

static const char *const list_params[] = {"sector", "municipality", "page",
					  "per_page", NULL};

static bool is_active(const struct organisation *o)
{
	return !o->archived && strcmp(o->membership, "left") != 0;
}

/* The fields of the list and of the detail. */
static json_t *org_json(const struct organisation *o)
{
	json_t *v = json_object();
	json_object_set_new(v, "id", json_integer(o->id));
	json_object_set_new(v, "name", api_str(o->name));
	json_object_set_new(v, "sector", api_str(o->sector));
	json_object_set_new(v, "sector_label",
			    api_str(sector_label(o->sector)));
	json_object_set_new(v, "street", api_str(o->street));
	json_object_set_new(v, "postcode", api_str(o->postcode));
	json_object_set_new(v, "city", api_str(o->city));
	json_object_set_new(v, "phone", api_str(o->phone));
	json_object_set_new(v, "email", api_str(o->email));
	json_object_set_new(v, "web", api_str(o->web));
	json_object_set_new(v, "membership", api_str(o->membership));
	json_object_set_new(v, "member_since",
			    api_str_or_null(o->member_since));
	json_object_set_new(v, "active", json_boolean(is_active(o)));
	return v;
}

void api_organisation_list(struct req *r)
{
	db *d = web_db(r);
	if (!d || !api_known_params(r, list_params))
		return;
	int64_t page, per;
	const char *sector, *muni;
	if (!api_paging(r, 20, &page, &per) ||
	    !api_param(r, "sector", &sector) ||
	    !api_param(r, "municipality", &muni))
		return;
	if (sector && !sector_label(sector)) {
		const char *all = "";
		for (const struct sector *s = sectors; s->code; s++)
			all = arena_printf(r->a, "%s%s%s", all,
					   *all ? ", " : "", s->code);
		api_fail(r, 400, "sector",
			 arena_printf(r->a,
				      "Unbekannter Bereich „%s“. Erlaubt "
				      "sind: %s.",
				      sector, all));
		return;
	}
	int64_t region = api_municipality(r, d, muni);
	if (region < 0)
		return;
	struct organisation *v;
	size_t n = org_find(d, r->a, sector, region, r->role == ROLE_ANON, &v);
	json_t *items = json_array();
	int64_t skip = (page - 1) * per;
	for (int64_t i = skip; i < (int64_t)n && i < skip + per; i++)
		json_array_append_new(items, org_json(&v[i]));
	api_send(r, 200, api_list((int64_t)n, page, per, items));
}

void api_organisation_get(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id = api_path_id(r, "Diese Organisation");
	if (!id)
		return;
	struct organisation o;
	if (org_get(d, r->a, id, &o) < 0 ||
	    (r->role == ROLE_ANON && !is_active(&o))) {
		api_fail(r, 404, NULL, "Diese Organisation gibt es nicht.");
		return;
	}
	json_t *v = org_json(&o);
	json_object_set_new(v, "description", api_str(o.description));
	json_t *regions = json_array();
	for (size_t i = 0; i < o.nregions; i++)
		json_array_append_new(regions, json_integer(o.regions[i]));
	json_object_set_new(v, "regions", regions);
	struct contact *c;
	size_t nc = contact_list(d, r->a, o.id, true, &c);
	json_t *contacts = json_array();
	for (size_t i = 0; i < nc; i++) {
		json_t *one = json_object();
		json_object_set_new(one, "id", json_integer(c[i].id));
		json_object_set_new(one, "name", api_str(c[i].name));
		json_object_set_new(one, "role", api_str(c[i].role));
		json_object_set_new(
			one, "role_label",
			api_str(code_label(contact_roles, c[i].role)));
		json_object_set_new(one, "job_title", api_str(c[i].job_title));
		json_object_set_new(one, "phone", api_str(c[i].phone));
		json_object_set_new(one, "email", api_str(c[i].email));
		json_array_append_new(contacts, one);
	}
	json_object_set_new(v, "contacts", contacts);
	api_send(r, 200, v);
}
