/*
 * offer_input.c - the offer as a client sends it (POST, PUT, PATCH of
 * /api/v1/offers): JSON fields to struct offer, with a German message per
 * field for wrong types, unknown fields and too long lists. Whether the
 * values are valid (codes, lengths, dates, postcodes, rights) is checked
 * afterwards by offer_save(); this file only checks the shape.
 *
 * The field names are those of the output (offers.c), so that a client can
 * send back what it got: fields the server sets are accepted and ignored.
 */
#include "api/api.h"

#include <stddef.h>
#include <string.h>

#include "domain/offer.h"

/* Fields of the output that the server sets: accepted and ignored, so
 * that a client may send back what it got. */
static const char *const read_only[] = {
	"public",     "verification_due", "verified_at", "created_at",
	"updated_at", "copied_from",	  "contact",	 NULL};

/* Text fields: JSON name and place in struct offer. */
struct text_field {
	const char *name;
	size_t offset;
};
static const struct text_field text_fields[] = {
	{"external_id", offsetof(struct offer, external_id)},
	{"title", offsetof(struct offer, title)},
	{"description", offsetof(struct offer, description)},
	{"prevention", offsetof(struct offer, prevention)},
	{"cost", offsetof(struct offer, cost)},
	{"cost_note", offsetof(struct offer, cost_note)},
	{"accessibility_note", offsetof(struct offer, accessibility_note)},
	{"eligibility", offsetof(struct offer, eligibility)},
	{"registration_note", offsetof(struct offer, registration_note)},
	{"phone", offsetof(struct offer, phone)},
	{"email", offsetof(struct offer, email)},
	{"web", offsetof(struct offer, web)},
	{"valid_from", offsetof(struct offer, valid_from)},
	{"valid_to", offsetof(struct offer, valid_to)},
	{"status", offsetof(struct offer, status)},
};

/* Domain field names that the API calls otherwise. */
const char *const api_offer_renames[][2] = {
	{"contact", "contact_id"},
	{"street", "locations"},
	{"city", "locations"},
	{"location_name", "locations"},
	{"schedule", "locations"},
	{"postcode", "locations"},
	{NULL, NULL},
};

/* A text (null: empty) into *out. */
static bool read_text(struct req *r, json_t *v, const char *field,
		      const char **out, struct errs *e)
{
	if (json_is_null(v)) {
		*out = "";
		return true;
	}
	if (!json_is_string(v)) {
		errs_add(e, field, "„%s“ muss ein Text (oder null) sein.",
			 field);
		return false;
	}
	*out = arena_strndup(r->a, json_string_value(v), json_string_length(v));
	return true;
}

/* An array of codes (null: none) into out/n, at most max. Whether the codes
 * are known is checked by offer_validate(). */
static void read_codes(struct req *r, json_t *v, const char *field,
		       const char **out, size_t *n, size_t max, struct errs *e)
{
	*n = 0;
	if (json_is_null(v))
		return;
	if (!json_is_array(v)) {
		errs_add(e, field, "„%s“ muss eine Liste von Codes sein.",
			 field);
		return;
	}
	if (json_array_size(v) > max) {
		errs_add(e, field, "Höchstens %zu Einträge bei „%s“.", max,
			 field);
		return;
	}
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x)
	{
		if (!json_is_string(x)) {
			errs_add(e, field, "„%s“ enthält nur Codes (Texte).",
				 field);
			*n = 0;
			return;
		}
		out[(*n)++] = arena_strdup(r->a, json_string_value(x));
	}
}

static bool read_bool(json_t *v, const char *field, bool *out, struct errs *e)
{
	if (json_is_null(v)) {
		*out = false;
		return true;
	}
	if (!json_is_boolean(v)) {
		errs_add(e, field, "„%s“ ist true oder false.", field);
		return false;
	}
	*out = json_is_true(v);
	return true;
}

/* A positive id, or null (0). */
static bool read_id(json_t *v, const char *field, int64_t *out, struct errs *e)
{
	if (json_is_null(v)) {
		*out = 0;
		return true;
	}
	if (!json_is_integer(v) || json_integer_value(v) < 1) {
		errs_add(e, field, "„%s“ muss eine Kennung (Zahl ab 1) sein.",
			 field);
		return false;
	}
	*out = (int64_t)json_integer_value(v);
	return true;
}

static void read_locations(struct req *r, json_t *v, struct offer *o,
			   struct errs *e)
{
	static const char *const keys[] = {"name", "street", "postcode", "city",
					   "schedule"};
	static const char *const ignored[] = {"id", "municipality", "lat",
					      "lon"};
	o->nloc = 0;
	if (json_is_null(v))
		return;
	if (!json_is_array(v) || json_array_size(v) > OFFER_MAX_LOCATIONS) {
		errs_add(e, "locations",
			 "„locations“ ist eine Liste von höchstens %d Orten.",
			 OFFER_MAX_LOCATIONS);
		return;
	}
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x)
	{
		if (!json_is_object(x)) {
			errs_add(e, "locations",
				 "Jeder Ort in „locations“ ist ein Objekt.");
			o->nloc = 0;
			return;
		}
		struct offer_location *l = &o->loc[o->nloc++];
		memset(l, 0, sizeof *l);
		const char **dst[] = {&l->name, &l->street, &l->postcode,
				      &l->city, &l->schedule};
		for (size_t k = 0; k < 5; k++)
			*dst[k] = "";
		l->region_name = "";
		const char *key;
		json_t *val;
		json_object_foreach(x, key, val)
		{
			bool done = false;
			for (size_t k = 0; k < 5 && !done; k++)
				if (strcmp(key, keys[k]) == 0) {
					if (!read_text(r, val, "locations",
						       dst[k], e))
						return;
					done = true;
				}
			for (size_t k = 0; k < 4 && !done; k++)
				done = strcmp(key, ignored[k]) == 0;
			if (!done) {
				errs_add(e, "locations",
					 "Unbekanntes Feld „%s“ bei einem Ort.",
					 key);
				return;
			}
		}
	}
}

/* The organisation: {"id": N, ...} as in the output, or just N. */
static void read_org(json_t *v, struct offer *o, struct errs *e)
{
	json_t *id = json_is_object(v) ? json_object_get(v, "id") : v;
	if (!id || !json_is_integer(id) || json_integer_value(id) < 1) {
		errs_add(e, "organisation",
			 "„organisation“ ist {\"id\": Kennung} der "
			 "Organisation.");
		return;
	}
	o->org_id = (int64_t)json_integer_value(id);
}

/* See api.h. */
void api_offer_apply(struct req *r, json_t *in, struct offer *o,
		     int64_t path_id, struct errs *e)
{
	const char *key;
	json_t *v;
	json_object_foreach(in, key, v)
	{
		bool done = false;
		for (size_t i = 0;
		     i < sizeof text_fields / sizeof *text_fields && !done; i++)
			if (strcmp(key, text_fields[i].name) == 0) {
				read_text(
					r, v, text_fields[i].name,
					(const char **)((char *)o +
							text_fields[i].offset),
					e);
				done = true;
			}
		for (size_t i = 0; read_only[i] && !done; i++)
			done = strcmp(key, read_only[i]) == 0;
		if (done)
			continue;
		if (strcmp(key, "id") == 0) {
			int64_t id = 0;
			if (read_id(v, "id", &id, e) && path_id && id &&
			    id != path_id)
				errs_add(e, "id",
					 "Die Kennung im Text passt nicht zur "
					 "Adresse.");
		} else if (strcmp(key, "organisation") == 0) {
			read_org(v, o, e);
		} else if (strcmp(key, "needs") == 0) {
			read_codes(r, v, "needs", o->needs, &o->nneeds,
				   OFFER_MAX_NEEDS, e);
		} else if (strcmp(key, "ages") == 0) {
			read_codes(r, v, "ages", o->ages, &o->nages,
				   OFFER_MAX_AGES, e);
		} else if (strcmp(key, "access") == 0) {
			read_codes(r, v, "access", o->access, &o->naccess,
				   OFFER_MAX_ACCESS, e);
		} else if (strcmp(key, "languages") == 0) {
			read_codes(r, v, "languages", o->langs, &o->nlangs,
				   OFFER_MAX_LANGS, e);
		} else if (strcmp(key, "accessible") == 0) {
			if (json_is_null(v))
				o->accessible = -1;
			else if (json_is_boolean(v))
				o->accessible = json_is_true(v) ? 1 : 0;
			else
				errs_add(e, "accessible",
					 "„accessible“ ist "
					 "true, false oder "
					 "null.");
		} else if (strcmp(key, "registration_required") == 0) {
			read_bool(v, "registration_required",
				  &o->registration_required, e);
		} else if (strcmp(key, "waiting_list") == 0) {
			read_bool(v, "waiting_list", &o->waiting_list, e);
		} else if (strcmp(key, "contact_id") == 0) {
			read_id(v, "contact_id", &o->contact_id, e);
		} else if (strcmp(key, "locations") == 0) {
			read_locations(r, v, o, e);
		} else if (strcmp(key, "regions") == 0) {
			o->nregions = 0;
			if (json_is_null(v))
				continue;
			if (!json_is_array(v) ||
			    json_array_size(v) > OFFER_MAX_REGIONS) {
				errs_add(e, "regions",
					 "„regions“ ist eine Liste von "
					 "höchstens %d Gemeinde-Kennungen.",
					 OFFER_MAX_REGIONS);
				continue;
			}
			size_t i;
			json_t *x;
			json_array_foreach(v, i, x)
			{
				int64_t id = 0;
				if (!read_id(x, "regions", &id, e))
					break;
				if (id)
					o->regions[o->nregions++] = id;
			}
		} else {
			errs_add(e, arena_strdup(r->a, key),
				 "Unbekanntes Feld „%s“.", key);
		}
	}
}
