/*
 * api.c - what the JSON handlers share (see api.h): answering with JSON
 * and with errors in the API's format, the list format, strict checks of
 * query parameters and paging, the municipality filter, path ids and the
 * JSON request body.
 *
 * Every message is German and names the parameter or field it is about,
 * so that a client can show it next to its own input.
 */
#include "api/api.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "domain/region.h"

void api_send(struct req *r, int status, json_t *v)
{
	char *text = v ? json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(10))
		       : NULL;
	json_decref(v);
	if (!text) {
		api_fail(r, 500, NULL,
			 "Die Antwort konnte nicht erstellt "
			 "werden.");
		return;
	}
	resp_json(r, status, text);
	free(text);
}

void api_fail(struct req *r, int status, const char *field, const char *message)
{
	resp_error_field(r, status, message, field);
}

/* The API's name of a field the domain layer reported. */
static const char *api_field(const char *field, const char *const (*rename)[2])
{
	for (size_t i = 0; field && rename && rename[i][0]; i++)
		if (strcmp(rename[i][0], field) == 0)
			return rename[i][1];
	return field;
}

void api_fail_errs(struct req *r, int status, const struct errs *e,
		   const char *const (*rename)[2])
{
	if (!e->n) {
		api_fail(r, 500, NULL, "Unbekannter Fehler.");
		return;
	}
	json_t *all = json_array();
	for (size_t i = 0; i < e->n; i++) {
		json_t *one = json_object();
		json_object_set_new(one, "field",
				    api_str(api_field(e->field[i], rename)));
		json_object_set_new(one, "error", api_str(e->msg[i]));
		json_array_append_new(all, one);
	}
	json_t *v = json_object();
	json_object_set_new(v, "error", api_str(e->msg[0]));
	json_object_set_new(v, "field",
			    api_str(api_field(e->field[0], rename)));
	json_object_set_new(v, "errors", all);
	api_send(r, status, v);
}

json_t *api_list(int64_t total, int64_t page, int64_t per_page, json_t *items)
{
	json_t *v = json_object();
	json_object_set_new(v, "total", json_integer(total));
	json_object_set_new(v, "page", json_integer(page));
	json_object_set_new(v, "per_page", json_integer(per_page));
	json_object_set_new(v, "items", items ? items : json_array());
	return v;
}

json_t *api_str(const char *s)
{
	if (!s)
		return json_null();
	json_t *v = json_string(s);
	return v ? v : json_string("");
}

json_t *api_str_or_null(const char *s)
{
	return s && *s ? api_str(s) : json_null();
}

bool api_known_params(struct req *r, const char *const *allowed)
{
	for (size_t i = 0; i < r->query.n; i++) {
		const char *name = r->query.items[i].name;
		bool known = false;
		for (size_t k = 0; allowed[k] && !known; k++)
			known = strcmp(allowed[k], name) == 0;
		if (!known) {
			api_fail(r, 400, name,
				 arena_printf(r->a,
					      "Unbekannter Parameter „%s“.",
					      name));
			return false;
		}
	}
	return true;
}

bool api_param(struct req *r, const char *name, const char **out)
{
	*out = NULL;
	const char *v[2];
	size_t n = params_get_all(&r->query, name, v, 2);
	if (n > 1) {
		api_fail(r, 400, name,
			 arena_printf(r->a,
				      "Der Parameter „%s“ darf nur einmal "
				      "vorkommen.",
				      name));
		return false;
	}
	if (n == 1 && v[0][0])
		*out = v[0];
	return true;
}

bool api_paging(struct req *r, int64_t def, int64_t *page, int64_t *per_page)
{
	const char *p, *k;
	if (!api_param(r, "page", &p) || !api_param(r, "per_page", &k))
		return false;
	*page = 1;
	*per_page = def;
	if (p && !parse_int(p, 1, 1000000, page)) {
		api_fail(r, 400, "page",
			 "„page“ muss eine ganze Zahl ab 1 sein.");
		return false;
	}
	if (k && !parse_int(k, 1, API_MAX_PER_PAGE, per_page)) {
		api_fail(r, 400, "per_page",
			 "„per_page“ muss eine ganze Zahl von 1 bis 100 "
			 "sein.");
		return false;
	}
	return true;
}

int64_t api_municipality(struct req *r, db *d, const char *text)
{
	if (!text)
		return 0;
	int64_t id = 0;
	bool numeric = parse_int(text, 1, INT64_MAX, &id);
	struct region *v;
	size_t n = region_list(d, r->a, "municipality", &v);
	for (size_t i = 0; i < n; i++)
		if ((numeric && v[i].id == id) ||
		    (!numeric && strcmp(v[i].slug, text) == 0))
			return v[i].id;
	api_fail(r, 400, "municipality",
		 arena_printf(r->a,
			      "Die Gemeinde „%s“ gibt es nicht; erlaubt sind "
			      "die Kennung oder der Kurzname (slug) einer "
			      "Gemeinde aus /api/v1/regions.",
			      text));
	return -1;
}

int64_t api_path_id(struct req *r, const char *what)
{
	int64_t id = 0;
	if (!parse_int(req_path_param(r, "id"), 1, INT64_MAX, &id)) {
		api_fail(r, 404, NULL,
			 arena_printf(r->a, "%s gibt es nicht.", what));
		return 0;
	}
	return id;
}

/* Is the request's content type JSON ("application/json", any
 * parameters)? */
static bool is_json(const char *ct)
{
	static const char json[] = "application/json";
	if (!ct || strncasecmp(ct, json, sizeof json - 1) != 0)
		return false;
	char next = ct[sizeof json - 1];
	return next == '\0' || next == ';' || next == ' ' || next == '\t';
}

json_t *api_body(struct req *r)
{
	if (!is_json(req_header(r, "Content-Type"))) {
		api_fail(r, 415, NULL,
			 "Bitte senden Sie JSON mit dem Content-Type "
			 "application/json.");
		return NULL;
	}
	if (!r->body_in.len) {
		api_fail(r, 400, NULL,
			 "Bitte senden Sie ein JSON-Objekt im Rumpf der "
			 "Anfrage.");
		return NULL;
	}
	json_error_t err;
	json_t *v = json_loadb(r->body_in.data, r->body_in.len,
			       JSON_REJECT_DUPLICATES, &err);
	if (!v) {
		api_fail(r, 400, NULL,
			 arena_printf(r->a,
				      "Das JSON ist fehlerhaft (Zeile %d, "
				      "Spalte %d).",
				      err.line, err.column));
		return NULL;
	}
	if (!json_is_object(v)) {
		json_decref(v);
		api_fail(r, 400, NULL,
			 "Bitte senden Sie ein JSON-Objekt ({ … }).");
		return NULL;
	}
	return v;
}
