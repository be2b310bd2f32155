/*
 * meetings.c - /api/v1/meetings: the meetings of the network's bodies
 * (list with the filters body, from and to; one meeting with its agenda).
 *
 * The public sees public meetings only; signed-in callers and API keys
 * see all of them. Times are local times of the district
 * ("YYYY-MM-DDTHH:MM", "timezone": "Europe/Berlin").
 */
#include "api/api.h"

#include <string.h>

#include "domain/body.h"
#include "domain/meeting.h"
#include "web/web.h"

static const char *const list_params[] = {"body", "from",     "to",
					  "page", "per_page", NULL};

/* with_link: the online link is shown to signed-in callers only. */
static json_t *meeting_json(const struct meeting *m, bool with_link)
{
	json_t *v = json_object();
	json_object_set_new(v, "id", json_integer(m->id));
	json_object_set_new(v, "uid", api_str(m->uid));
	json_object_set_new(v, "sequence", json_integer(m->sequence));
	json_object_set_new(v, "title", api_str(m->title));
	json_t *b = json_object();
	json_object_set_new(b, "id", json_integer(m->body_id));
	json_object_set_new(b, "name", api_str(m->body_name));
	json_object_set_new(b, "kind", api_str(m->body_kind));
	json_object_set_new(b, "kind_label",
			    api_str(code_label(body_kinds, m->body_kind)));
	json_object_set_new(v, "body", b);
	json_object_set_new(v, "starts_at", api_str(m->starts_at));
	json_object_set_new(v, "ends_at", api_str(m->ends_at));
	json_object_set_new(v, "timezone", api_str("Europe/Berlin"));
	json_object_set_new(v, "place", api_str(m->place));
	json_object_set_new(v, "online_url",
			    with_link ? api_str_or_null(m->online_url)
				      : json_null());
	json_object_set_new(v, "online", json_boolean(*m->online_url != 0));
	json_object_set_new(v, "public", json_boolean(m->public));
	json_object_set_new(v, "status", api_str(m->status));
	json_object_set_new(v, "capacity",
			    m->capacity ? json_integer(m->capacity)
					: json_null());
	json_object_set_new(v, "registered", json_integer(m->registered));
	json_object_set_new(v, "waiting", json_integer(m->waiting));
	return v;
}

/* "YYYY-MM-DD" for the filters from and to. */
static bool date_param(struct req *r, const char *name, const char *text,
		       const char **out)
{
	*out = NULL;
	if (!text)
		return true;
	if (!meeting_time_valid(arena_printf(r->a, "%sT00:00", text)) ||
	    strlen(text) != 10) {
		api_fail(r, 400, name,
			 "Bitte geben Sie das Datum als JJJJ-MM-TT an.");
		return false;
	}
	*out = text;
	return true;
}

void api_meeting_list(struct req *r)
{
	db *d = web_db(r);
	if (!d || !api_known_params(r, list_params))
		return;
	int64_t page, per;
	const char *body, *from, *to;
	if (!api_paging(r, 20, &page, &per) || !api_param(r, "body", &body) ||
	    !api_param(r, "from", &from) || !api_param(r, "to", &to))
		return;
	int64_t body_id = 0;
	if (body && !parse_int(body, 1, INT64_MAX, &body_id)) {
		api_fail(r, 400, "body", "body ist die Nummer eines Gremiums.");
		return;
	}
	const char *f1, *f2;
	if (!date_param(r, "from", from, &f1) || !date_param(r, "to", to, &f2))
		return;
	struct meeting_filter f = {
		.body_id = body_id,
		.public_only = r->role == ROLE_ANON,
		.from = f1 ? arena_printf(r->a, "%sT00:00", f1) : NULL,
		/* "to" is inclusive: before the next day */
		.before = f2 ? arena_printf(r->a, "%sT99:99", f2) : NULL,
		.offset = (page - 1) * per,
		.limit = per};
	struct meeting *v;
	int64_t total;
	size_t n = meeting_list(d, r->a, &f, &v, &total);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(
			items, meeting_json(&v[i], r->role >= ROLE_PARTNER));
	api_send(r, 200, api_list(total, page, per, items));
}

void api_meeting_get(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	int64_t id = api_path_id(r, "Diese Sitzung");
	if (!id)
		return;
	struct meeting m;
	if (meeting_get(d, r->a, id, &m) < 0 ||
	    (r->role == ROLE_ANON && !m.public)) {
		api_fail(r, 404, NULL, "Diese Sitzung gibt es nicht.");
		return;
	}
	json_t *v = meeting_json(&m, r->role >= ROLE_PARTNER);
	json_object_set_new(v, "description", api_str(m.description));
	struct agenda_item *it;
	size_t n = agenda_list(d, r->a, m.id, &it);
	json_t *agenda = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *one = json_object();
		json_object_set_new(one, "id", json_integer(it[i].id));
		json_object_set_new(one, "position",
				    json_integer(it[i].position));
		json_object_set_new(one, "title", api_str(it[i].title));
		json_object_set_new(one, "presenter", api_str(it[i].presenter));
		json_object_set_new(one, "description",
				    api_str(it[i].description));
		json_array_append_new(agenda, one);
	}
	json_object_set_new(v, "agenda", agenda);
	json_object_set_new(v, "ics_url",
			    api_str(arena_printf(r->a, "/termine/%lld.ics",
						 (long long)m.id)));
	api_send(r, 200, v);
}
