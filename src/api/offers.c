/*
 * offers.c - /api/v1/offers: the search (list with filters and paging),
 * one whole offer, and the writes: create (POST), replace (PUT), change
 * some fields (PATCH) and archive (DELETE).
 *
 * The search is search_offers() (public offers only, unless the
 * coordination office asks for status=all); one offer is shown to the
 * public when it is published, valid today and of an active organisation,
 * and to everyone who may edit it. Writes go through offer_save() and
 * offer_set_status(), which validate, check the right to the organisation
 * and write the audit log; this file writes the offer as JSON, reads the
 * body with api_offer_apply() (offer_input.c) and maps the answers to
 * HTTP statuses (docs/api.md).
 */
#include "api/api.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "base/utf8.h"
#include "domain/codes.h"
#include "domain/contact.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "search/geo.h"
#include "search/search.h"
#include "web/web.h"

/* --- the search ------------------------------------------------------------ */

static const char *const list_params[] = {"q",
					  "need",
					  "age",
					  "postcode",
					  "radius_km",
					  "cost",
					  "language",
					  "access",
					  "municipality",
					  "organisation",
					  "status",
					  "page",
					  "per_page",
					  NULL};

/* The codes of list as "a, b, c" for messages. */
static const char *codes_text(arena *a, const struct code *list)
{
	const char *s = "";
	for (const struct code *c = list; c->code; c++)
		s = arena_printf(a, "%s%s%s", s, *s ? ", " : "", c->code);
	return s;
}

static void unknown_code(struct req *r, const char *name, const char *value,
			 const struct code *list)
{
	const char *hint =
		code_count(list) <= 16
			? arena_printf(r->a, "Erlaubt sind: %s.",
				       codes_text(r->a, list))
			: "Erlaubt sind Sprachcodes nach ISO 639-1 wie de, "
			  "en, tr, ar.";
	api_fail(r, 400, name,
		 arena_printf(r->a, "Unbekannter Wert „%s“ bei „%s“. %s", value,
			      name, hint));
}

/* The values of a repeatable parameter whose values may also be separated
 * by commas ("need=a,b&need=c"), each a code of list, without duplicates.
 * Answers 400 and returns false on an unknown code or too many. */
static bool code_values(struct req *r, const char *name,
			const struct code *list, const char **out, size_t *n)
{
	const char *raw[SEARCH_MAX_VALUES + 1];
	size_t k = params_get_all(&r->query, name, raw, SEARCH_MAX_VALUES + 1);
	*n = 0;
	for (size_t i = 0; i < k && i < SEARCH_MAX_VALUES + 1; i++) {
		char *copy = arena_strdup(r->a, raw[i]);
		char *save = NULL;
		for (char *v = strtok_r(copy, ",", &save); v;
		     v = strtok_r(NULL, ",", &save)) {
			while (*v == ' ')
				v++;
			size_t len = strlen(v);
			while (len && v[len - 1] == ' ')
				v[--len] = '\0';
			if (!*v)
				continue;
			if (!code_find(list, v)) {
				unknown_code(r, name, v, list);
				return false;
			}
			bool dup = false;
			for (size_t j = 0; j < *n && !dup; j++)
				dup = strcmp(out[j], v) == 0;
			if (dup)
				continue;
			if (*n >= SEARCH_MAX_VALUES) {
				api_fail(r, 400, name,
					 arena_printf(r->a,
						      "Höchstens %d Werte bei "
						      "„%s“.",
						      SEARCH_MAX_VALUES, name));
				return false;
			}
			out[(*n)++] = v;
		}
	}
	return true;
}

/* A single code parameter (cost, language, access): NULL when absent. */
static bool one_code(struct req *r, const char *name, const struct code *list,
		     const char **out)
{
	if (!api_param(r, name, out))
		return false;
	if (*out && !code_find(list, *out)) {
		unknown_code(r, name, *out, list);
		return false;
	}
	return true;
}

/* Reads and checks every parameter of the search into p; answers 400 (or
 * 403 for status=all without the right) and returns false on the first
 * bad one. */
static bool search_input(struct req *r, db *d, struct search_params *p)
{
	memset(p, 0, sizeof *p);
	p->public_only = true;
	if (!api_known_params(r, list_params) ||
	    !api_paging(r, 20, &p->page, &p->per_page))
		return false;
	const char *q, *postcode, *radius, *muni, *org, *status;
	if (!api_param(r, "q", &q) || !api_param(r, "postcode", &postcode) ||
	    !api_param(r, "radius_km", &radius) ||
	    !api_param(r, "municipality", &muni) ||
	    !api_param(r, "organisation", &org) ||
	    !api_param(r, "status", &status))
		return false;
	if (q && utf8_length(q, strlen(q)) > 200) {
		api_fail(r, 400, "q",
			 "Der Suchtext darf höchstens 200 Zeichen lang sein.");
		return false;
	}
	p->q = q;
	if (!code_values(r, "need", needs, p->needs, &p->nneeds) ||
	    !code_values(r, "age", ages, p->ages, &p->nages) ||
	    !one_code(r, "cost", costs, &p->cost) ||
	    !one_code(r, "language", languages, &p->language) ||
	    !one_code(r, "access", accesses, &p->access))
		return false;
	if (postcode) {
		double lat, lon;
		if (!geo_postcode_valid(postcode)) {
			api_fail(r, 400, "postcode",
				 "Die Postleitzahl muss aus fünf Ziffern "
				 "bestehen.");
			return false;
		}
		if (!geo_postcode(postcode, &lat, &lon, NULL, 0)) {
			api_fail(r, 400, "postcode",
				 arena_printf(r->a,
					      "Die Postleitzahl „%s“ kennen "
					      "wir nicht.",
					      postcode));
			return false;
		}
		p->postcode = postcode;
	}
	if (radius) {
		int64_t km = 0;
		if (!parse_int(radius, 1, 500, &km)) {
			api_fail(r, 400, "radius_km",
				 "„radius_km“ muss eine ganze Zahl von 1 bis "
				 "500 sein.");
			return false;
		}
		if (!postcode) {
			api_fail(r, 400, "radius_km",
				 "Für einen Umkreis brauchen wir eine "
				 "Postleitzahl („postcode“).");
			return false;
		}
		p->radius_km = (double)km;
	}
	p->municipality = api_municipality(r, d, muni);
	if (p->municipality < 0)
		return false;
	if (org && !parse_int(org, 1, INT64_MAX, &p->org_id)) {
		api_fail(r, 400, "organisation",
			 "„organisation“ muss die Kennung (eine Zahl) einer "
			 "Organisation sein.");
		return false;
	}
	if (status && strcmp(status, "published") != 0) {
		if (strcmp(status, "all") != 0) {
			api_fail(r, 400, "status",
				 "„status“ ist published (Vorgabe) oder all.");
			return false;
		}
		if (r->role < ROLE_COORDINATION) {
			api_fail(r, 403, "status",
				 "Unveröffentlichte Angebote kann nur die "
				 "Koordinierungsstelle auflisten.");
			return false;
		}
		p->public_only = false;
	}
	return true;
}

/* A distance rounded to 100 m, or null when unknown. */
static json_t *km_json(double km)
{
	return km < 0 ? json_null() : json_real(round(km * 10.0) / 10.0);
}

void api_offer_list(struct req *r)
{
	db *d = web_db(r);
	struct search_params p;
	if (!d || !search_input(r, d, &p))
		return;
	struct search_result res;
	if (search_offers(d, r->a, &p, &res) < 0) {
		api_fail(r, 500, NULL, "Die Suche ist gerade nicht möglich.");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < res.n; i++) {
		const struct search_hit *h = &res.hits[i];
		json_t *reasons = json_array();
		for (size_t k = 0; k < h->nreasons; k++)
			json_array_append_new(reasons, api_str(h->reasons[k]));
		json_t *it = json_object();
		json_object_set_new(it, "id", json_integer(h->id));
		json_object_set_new(it, "external_id",
				    api_str_or_null(h->external_id));
		json_object_set_new(it, "title", api_str(h->title));
		json_object_set_new(it, "organisation", api_str(h->org_name));
		json_object_set_new(it, "score", json_real(h->score));
		json_object_set_new(it, "distance_km", km_json(h->distance_km));
		json_object_set_new(it, "reasons", reasons);
		json_array_append_new(items, it);
	}
	json_t *list = api_list(res.total, p.page, p.per_page, items);
	/* the notes of the words (additive to the list of DESIGN.md) */
	json_object_set_new(list, "loosened", json_boolean(res.loosened));
	json_object_set_new(list, "suggestion",
			    api_str_or_null(res.suggestion));
	json_object_set_new(list, "corrected", json_boolean(res.corrected));
	api_send(r, 200, list);
}

/* --- one offer as JSON ----------------------------------------------------- */

static json_t *codes_json(const char *const *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, api_str(v[i]));
	return a;
}

/* Has the offer not been confirmed for OFFER_UNVERIFIED_DAYS? */
static bool verification_due(const char *verified_at)
{
	char limit[21];
	time_t t = time(NULL) - (time_t)OFFER_UNVERIFIED_DAYS * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(limit, sizeof limit, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return !verified_at || strcmp(verified_at, limit) < 0;
}

/* The contact person, when the public may see them or the caller may
 * edit the offer; else null. */
static json_t *contact_json(struct req *r, db *d, const struct offer *o,
			    bool may_edit)
{
	struct contact c;
	if (!o->contact_id || contact_get(d, r->a, o->contact_id, &c) < 0 ||
	    (!c.public && !may_edit))
		return json_null();
	json_t *v = json_object();
	json_object_set_new(v, "id", json_integer(c.id));
	json_object_set_new(v, "name", api_str(c.name));
	json_object_set_new(v, "role", api_str(c.role));
	json_object_set_new(v, "job_title", api_str(c.job_title));
	json_object_set_new(v, "phone", api_str(c.phone));
	json_object_set_new(v, "email", api_str(c.email));
	return v;
}

/* What the public sees: published, valid today, of an organisation that is
 * neither archived nor has left the network (as the search and the public
 * pages). */
static bool is_public(struct req *r, db *d, const struct offer *o)
{
	char today[11];
	offer_today(today);
	struct organisation org;
	return offer_is_public(o, today) &&
	       org_get(d, r->a, o->org_id, &org) == 0 && !org.archived &&
	       strcmp(org.membership, "left") != 0;
}

/* The whole offer: every field, lists as arrays of codes, locations with
 * their coordinates, the organisation as {id, name}. Locations have no id:
 * offer_save() stores them anew each time, so it would not stay. */
static json_t *offer_json(struct req *r, db *d, const struct offer *o)
{
	bool may_edit = actor_may_edit_org(web_actor(r), o->org_id);
	json_t *v = json_object();
	json_object_set_new(v, "id", json_integer(o->id));
	json_object_set_new(v, "external_id", api_str_or_null(o->external_id));
	json_object_set_new(v, "organisation",
			    json_pack("{s:I, s:o}", "id", (json_int_t)o->org_id,
				      "name", api_str(o->org_name)));
	json_object_set_new(v, "title", api_str(o->title));
	json_object_set_new(v, "description", api_str(o->description));
	json_object_set_new(v, "needs", codes_json(o->needs, o->nneeds));
	json_object_set_new(v, "ages", codes_json(o->ages, o->nages));
	json_object_set_new(v, "prevention", api_str_or_null(o->prevention));
	json_object_set_new(v, "access", codes_json(o->access, o->naccess));
	json_object_set_new(v, "cost", api_str(o->cost));
	json_object_set_new(v, "cost_note", api_str(o->cost_note));
	json_object_set_new(v, "languages", codes_json(o->langs, o->nlangs));
	json_object_set_new(v, "accessible",
			    o->accessible < 0 ? json_null()
					      : json_boolean(o->accessible));
	json_object_set_new(v, "accessibility_note",
			    api_str(o->accessibility_note));
	json_object_set_new(v, "eligibility", api_str(o->eligibility));
	json_object_set_new(v, "registration_required",
			    json_boolean(o->registration_required));
	json_object_set_new(v, "registration_note",
			    api_str(o->registration_note));
	json_object_set_new(v, "waiting_list", json_boolean(o->waiting_list));
	json_object_set_new(v, "phone", api_str(o->phone));
	json_object_set_new(v, "email", api_str(o->email));
	json_object_set_new(v, "web", api_str(o->web));
	json_t *contact = contact_json(r, d, o, may_edit);
	json_object_set_new(v, "contact_id",
			    json_is_null(contact)
				    ? json_null()
				    : json_integer(o->contact_id));
	json_object_set_new(v, "contact", contact);
	json_t *locs = json_array();
	for (size_t i = 0; i < o->nloc; i++) {
		const struct offer_location *l = &o->loc[i];
		json_t *m = l->region_id
				    ? json_pack("{s:I, s:o}", "id",
						(json_int_t)l->region_id,
						"name", api_str(l->region_name))
				    : json_null();
		json_t *loc = json_object();
		json_object_set_new(loc, "name", api_str(l->name));
		json_object_set_new(loc, "street", api_str(l->street));
		json_object_set_new(loc, "postcode", api_str(l->postcode));
		json_object_set_new(loc, "city", api_str(l->city));
		json_object_set_new(loc, "schedule", api_str(l->schedule));
		json_object_set_new(loc, "municipality", m);
		json_object_set_new(loc, "lat",
				    l->has_coords ? json_real(l->lat)
						  : json_null());
		json_object_set_new(loc, "lon",
				    l->has_coords ? json_real(l->lon)
						  : json_null());
		json_array_append_new(locs, loc);
	}
	json_object_set_new(v, "locations", locs);
	json_t *regions = json_array();
	for (size_t i = 0; i < o->nregions; i++)
		json_array_append_new(regions, json_integer(o->regions[i]));
	json_object_set_new(v, "regions", regions);
	json_object_set_new(v, "valid_from", api_str_or_null(o->valid_from));
	json_object_set_new(v, "valid_to", api_str_or_null(o->valid_to));
	json_object_set_new(v, "status", api_str(o->status));
	json_object_set_new(v, "public", json_boolean(is_public(r, d, o)));
	json_object_set_new(v, "verified_at", api_str_or_null(o->verified_at));
	json_object_set_new(v, "verification_due",
			    json_boolean(verification_due(o->verified_at)));
	json_object_set_new(v, "created_at", api_str_or_null(o->created_at));
	json_object_set_new(v, "updated_at", api_str_or_null(o->updated_at));
	json_object_set_new(v, "copied_from",
			    o->copied_from ? json_integer(o->copied_from)
					   : json_null());
	return v;
}

/* Loads the offer of the path; answers 404 and returns false when there is
 * none. */
static bool load_offer(struct req *r, db *d, struct offer *o)
{
	int64_t id = api_path_id(r, "Dieses Angebot");
	if (!id)
		return false;
	if (offer_get(d, r->a, id, o) < 0) {
		api_fail(r, 404, NULL, "Dieses Angebot gibt es nicht.");
		return false;
	}
	return true;
}

void api_offer_get(struct req *r)
{
	db *d = web_db(r);
	struct offer o;
	if (!d || !load_offer(r, d, &o))
		return;
	if (!is_public(r, d, &o) &&
	    !actor_may_edit_org(web_actor(r), o.org_id)) {
		/* Drafts, archived and expired offers, and those of archived
		 * partners, are not public: as if there were none. */
		api_fail(r, 404, NULL, "Dieses Angebot gibt es nicht.");
		return;
	}
	api_send(r, 200, offer_json(r, d, &o));
}

/* --- writes ----------------------------------------------------------------- */

/* Checks and stores o; answers ok_status with the stored offer, or the
 * error: 403 (not the caller's organisation), 409 (external_id taken),
 * 422 (validation), 500. */
static void save_offer(struct req *r, db *d, struct offer *o, int ok_status)
{
	const struct actor *a = web_actor(r);
	if (o->org_id > 0 && !actor_may_edit_org(a, o->org_id)) {
		api_fail(r, 403, "organisation",
			 "Sie dürfen nur Angebote Ihrer eigenen Organisation "
			 "anlegen und ändern.");
		return;
	}
	int64_t other = offer_by_external_id(d, o->external_id);
	if (other && other != o->id) {
		api_fail(r, 409, "external_id",
			 arena_printf(r->a,
				      "Die externe Kennung „%s“ gehört schon "
				      "zu einem anderen Angebot (%lld).",
				      o->external_id, (long long)other));
		return;
	}
	struct errs e = {0};
	int rc = offer_save(d, a, o, &e);
	if (rc == -2) {
		api_fail(r, 403, e.n ? e.field[0] : NULL,
			 e.n ? e.msg[0] : "Dafür fehlen Ihnen die Rechte.");
		return;
	}
	if (rc < 0) {
		if (e.n && e.field[0])
			api_fail_errs(r, 422, &e, api_offer_renames);
		else
			api_fail(r, 500, NULL,
				 e.n ? e.msg[0]
				     : "Das Angebot konnte nicht gespeichert "
				       "werden.");
		return;
	}
	struct offer stored;
	if (offer_get(d, r->a, o->id, &stored) < 0) {
		api_fail(r, 500, NULL,
			 "Das Angebot wurde gespeichert, kann "
			 "aber nicht gelesen werden.");
		return;
	}
	if (ok_status == 201)
		resp_header(r, "Location",
			    arena_printf(r->a, "/api/v1/offers/%lld",
					 (long long)stored.id));
	api_send(r, ok_status, offer_json(r, d, &stored));
}

/* Applies the body to o; answers 422 and returns false on a bad field. */
static bool apply_body(struct req *r, json_t *in, struct offer *o,
		       int64_t path_id)
{
	struct errs e = {0};
	api_offer_apply(r, in, o, path_id, &e);
	if (e.n) {
		api_fail_errs(r, 422, &e, api_offer_renames);
		return false;
	}
	return true;
}

void api_offer_create(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	json_t *in = api_body(r);
	if (!in)
		return;
	struct offer o;
	offer_init(&o);
	/* Without "organisation", a partner's offer is its own
	 * organisation's. */
	o.org_id = web_actor(r)->org_id;
	if (apply_body(r, in, &o, 0))
		save_offer(r, d, &o, 201);
	json_decref(in);
}

/* PUT and PATCH: the stored offer, the caller's right to it, the body. */
static void update(struct req *r, bool whole)
{
	db *d = web_db(r);
	struct offer old;
	if (!d || !load_offer(r, d, &old))
		return;
	if (!actor_may_edit_org(web_actor(r), old.org_id)) {
		api_fail(r, 403, NULL,
			 "Sie dürfen nur Angebote Ihrer eigenen Organisation "
			 "ändern.");
		return;
	}
	json_t *in = api_body(r);
	if (!in)
		return;
	struct offer o = old;
	if (whole) {
		/* Every field as sent; what is missing gets its default.
		 * The organisation, the confirmation date and the history
		 * stay unless the body names an organisation. */
		offer_init(&o);
		o.id = old.id;
		o.org_id = old.org_id;
		o.verified_at = old.verified_at;
		o.created_at = old.created_at;
		o.copied_from = old.copied_from;
	}
	if (apply_body(r, in, &o, old.id))
		save_offer(r, d, &o, 200);
	json_decref(in);
}

void api_offer_replace(struct req *r)
{
	update(r, true);
}

void api_offer_patch(struct req *r)
{
	update(r, false);
}

void api_offer_delete(struct req *r)
{
	db *d = web_db(r);
	struct offer o;
	if (!d || !load_offer(r, d, &o))
		return;
	struct errs e = {0};
	int rc = offer_set_status(d, web_actor(r), o.id, "archived", &e);
	if (rc == -2) {
		api_fail(r, 403, NULL,
			 e.n ? e.msg[0] : "Dafür fehlen Ihnen die Rechte.");
		return;
	}
	if (rc < 0 || offer_get(d, r->a, o.id, &o) < 0) {
		api_fail(r, 500, NULL,
			 e.n ? e.msg[0]
			     : "Das Angebot konnte nicht archiviert werden.");
		return;
	}
	api_send(r, 200, offer_json(r, d, &o));
}
