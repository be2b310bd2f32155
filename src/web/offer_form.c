/*
 * offer_form.c - the form of an offer with every field of struct offer
 * (offers_intern.c shows it for a new offer and for a change): reading it
 * from the request, writing it with the entered values and the messages
 * next to the fields, and placing the domain's validation messages on the
 * form fields - those about locations on the right row.
 *
 * Form fields are named as the domain's fields (title, needs, ...); the
 * rows of locations are loc1_name, loc1_street, ... loc3_schedule.
 */
#include <string.h>

#include "domain/codes.h"
#include "domain/contact.h"
#include "domain/region.h"
#include "web/directory_intern.h"

/* Locations the form offers at least (more when an offer has more). */
#define FORM_LOCATIONS 3

/* The form field of a domain field name (the names are the same, except
 * for the locations, which offer_form_errors() places by row). */
static const char *field_of(const char *field)
{
	static const char *const same[] = {
		"title",       "description",
		"external_id", "organisation",
		"needs",       "ages",
		"access",      "languages",
		"prevention",  "cost",
		"cost_note",   "accessibility_note",
		"eligibility", "phone",
		"email",       "web",
		"valid_from",  "valid_to",
		"status",      "contact",
		"regions",     "registration_note",
	};
	for (size_t i = 0; i < sizeof same / sizeof *same; i++)
		if (strcmp(same[i], field) == 0)
			return same[i];
	return NULL;
}

/* The part of a location's form field ids for a domain field, or NULL. */
static const char *location_part(const char *field)
{
	if (!field)
		return NULL;
	if (strcmp(field, "location_name") == 0)
		return "name";
	if (strcmp(field, "street") == 0 || strcmp(field, "postcode") == 0 ||
	    strcmp(field, "city") == 0 || strcmp(field, "schedule") == 0)
		return field;
	return NULL;
}

/* Moves the domain's messages onto the form. Messages about locations do
 * not say which row they are about: each row is checked alone again to
 * place them next to the right field. */
void offer_form_errors(struct req *r, db *d, const struct offer_form *f,
		       const struct errs *e, struct form_errors *fe)
{
	bool loc = false;
	for (size_t i = 0; i < e->n; i++) {
		if (location_part(e->field[i])) {
			loc = true;
			continue;
		}
		form_error(fe, e->field[i] ? field_of(e->field[i]) : NULL,
			   arena_strdup(r->a, e->msg[i]));
	}
	for (size_t i = 0; loc && i < f->o.nloc; i++) {
		struct offer one;
		offer_init(&one);
		one.org_id = f->o.org_id;
		one.loc[0] = f->o.loc[i];
		one.loc[0].has_coords = false;
		one.nloc = 1;
		struct errs le = {0};
		offer_validate(d, &one, &le);
		for (size_t k = 0; k < le.n; k++) {
			const char *part = location_part(le.field[k]);
			if (part)
				form_error(fe,
					   arena_printf(r->a, "loc%zu_%s",
							f->slot_of[i] + 1,
							part),
					   arena_strdup(r->a, le.msg[k]));
		}
	}
}

/* Reads the offer of the form into f, on top of what f->o holds (the
 * stored offer, or a new one). A partner's organisation is fixed: its own
 * for a new offer, the stored one for a change. */
void offer_form_read(struct req *r, struct offer_form *f, bool is_new)
{
	struct offer *o = &f->o;
	const struct actor *a = web_actor(r);
	o->title = intern_form_text(r, "title");
	o->description = intern_form_text(r, "description");
	if (intern_all(r)) {
		int64_t org = 0;
		if (!parse_int(req_form(r, "organisation"), 1, INT64_MAX, &org))
			org = 0;
		o->org_id = org;
		o->external_id = intern_form_text(r, "external_id");
	} else if (is_new) {
		o->org_id = a->org_id;
	}
	o->nneeds =
		params_get_all(&r->form, "needs", o->needs, OFFER_MAX_NEEDS);
	o->nneeds = o->nneeds > OFFER_MAX_NEEDS ? OFFER_MAX_NEEDS : o->nneeds;
	o->nages = params_get_all(&r->form, "ages", o->ages, OFFER_MAX_AGES);
	o->nages = o->nages > OFFER_MAX_AGES ? OFFER_MAX_AGES : o->nages;
	o->naccess =
		params_get_all(&r->form, "access", o->access, OFFER_MAX_ACCESS);
	o->naccess =
		o->naccess > OFFER_MAX_ACCESS ? OFFER_MAX_ACCESS : o->naccess;
	o->nlangs = params_get_all(&r->form, "languages", o->langs,
				   OFFER_MAX_LANGS);
	o->nlangs = o->nlangs > OFFER_MAX_LANGS ? OFFER_MAX_LANGS : o->nlangs;
	o->prevention = intern_form_text(r, "prevention");
	o->cost = intern_form_text(r, "cost");
	o->cost_note = intern_form_text(r, "cost_note");
	const char *acc = intern_form_text(r, "accessible");
	o->accessible = strcmp(acc, "ja") == 0	   ? 1
			: strcmp(acc, "nein") == 0 ? 0
						   : -1;
	o->accessibility_note = intern_form_text(r, "accessibility_note");
	o->eligibility = intern_form_text(r, "eligibility");
	o->registration_required = req_form(r, "registration_required") != NULL;
	o->registration_note = intern_form_text(r, "registration_note");
	o->waiting_list = req_form(r, "waiting_list") != NULL;
	o->phone = intern_form_text(r, "phone");
	o->email = intern_form_text(r, "email");
	o->web = intern_form_text(r, "web");
	const char *contact = intern_form_text(r, "contact");
	o->contact_id = 0;
	if (contact[0] && !parse_int(contact, 1, INT64_MAX, &o->contact_id))
		o->contact_id = -1; /* refused by the validation */
	o->valid_from = intern_form_text(r, "valid_from");
	o->valid_to = intern_form_text(r, "valid_to");
	if (req_form(r, "status") || is_new)
		o->status = req_form(r, "status")
				    ? intern_form_text(r, "status")
				    : "draft";
	const char *regions[OFFER_MAX_REGIONS];
	size_t n =
		params_get_all(&r->form, "regions", regions, OFFER_MAX_REGIONS);
	o->nregions = n > OFFER_MAX_REGIONS ? OFFER_MAX_REGIONS : n;
	for (size_t i = 0; i < o->nregions; i++)
		if (!parse_int(regions[i], 1, INT64_MAX, &o->regions[i]))
			o->regions[i] = -1; /* "Unbekannte Gemeinde" */
	/* Rows of locations; empty rows are left out of the offer. */
	f->nslot = 0;
	o->nloc = 0;
	for (size_t i = 0; i < OFFER_MAX_LOCATIONS; i++) {
		const char *p[5];
		static const char *const parts[] = {
			"name", "street", "postcode", "city", "schedule"};
		bool sent = false, filled = false;
		for (size_t k = 0; k < 5; k++) {
			p[k] = req_form(r, arena_printf(r->a, "loc%zu_%s",
							i + 1, parts[k]));
			sent = sent || p[k];
			filled = filled || (p[k] && p[k][0]);
			if (!p[k])
				p[k] = "";
		}
		if (!sent && i >= FORM_LOCATIONS)
			break;
		struct offer_location *l = &f->slot[f->nslot++];
		*l = (struct offer_location){.name = p[0],
					     .street = p[1],
					     .postcode = p[2],
					     .city = p[3],
					     .schedule = p[4]};
		if (filled) {
			f->slot_of[o->nloc] = f->nslot - 1;
			o->loc[o->nloc++] = *l;
		}
	}
}

/* The rows of locations of a stored offer, filled up with empty ones. */
void offer_form_init(struct offer_form *f)
{
	f->nslot = 0;
	for (size_t i = 0; i < f->o.nloc; i++)
		f->slot[f->nslot++] = f->o.loc[i];
	while (f->nslot < FORM_LOCATIONS)
		f->slot[f->nslot++] = (struct offer_location){.name = "",
							      .street = "",
							      .postcode = "",
							      .city = "",
							      .schedule = ""};
}

static bool has_code(const char *const *v, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], code) == 0)
			return true;
	return false;
}

static bool has_id(const int64_t *v, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == id)
			return true;
	return false;
}

/* Checkboxes of a list of codes, in a fieldset. */
static void code_boxes(buf *b, const struct form_errors *e, const char *name,
		       const char *legend, const char *hint,
		       const struct code *list, const char *const *checked,
		       size_t n, bool horizontal)
{
	intern_fieldset_begin(b, e, name, legend, hint, true, horizontal);
	for (const struct code *c = list; c->code; c++)
		form_checkbox(b, name, c->code, c->label,
			      has_code(checked, n, c->code));
	intern_fieldset_end(b);
}

/* A list of codes as select options. */
static const struct option *code_opts(struct req *r, const struct code *list)
{
	int n = code_count(list);
	struct option *o = arena_calloc(r->a, (size_t)n + 1, sizeof *o);
	for (int i = 0; i < n; i++)
		o[i] = (struct option){list[i].code, list[i].label};
	return o;
}

const struct option *intern_org_opts(struct req *r, db *d)
{
	struct organisation *v;
	size_t n = org_list(d, r->a, &v);
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	for (size_t i = 0; i < n; i++)
		o[i] = (struct option){
			arena_printf(r->a, "%lld", (long long)v[i].id),
			v[i].archived ? arena_printf(r->a, "%s (archiviert)",
						     v[i].name)
				      : v[i].name};
	return o;
}

const char *intern_id_text(struct req *r, int64_t id)
{
	return id > 0 ? arena_printf(r->a, "%lld", (long long)id) : "";
}

/* One row of locations. */
static void location_row(buf *b, struct req *r, const struct form_errors *e,
			 size_t i, const struct offer_location *l)
{
	const char *p = arena_printf(r->a, "loc%zu_", i + 1);
#define ID(part) arena_printf(r->a, "%s%s", p, part)
	html(b,
	     "<fieldset class=\"kern-fieldset lotse-location\" "
	     "id=\"%sort\"><legend class=\"kern-label\">Ort %zu <span "
	     "class=\"kern-label__optional\">– optional</span></legend>"
	     "<div class=\"kern-fieldset__body\">\n",
	     p, i + 1);
	form_input(b, e,
		   &(struct field){.name = ID("name"),
				   .label = "Name des Ortes",
				   .value = l->name,
				   .hint = "Zum Beispiel „Familienzentrum, "
					   "Raum 2“"});
	form_input(b, e,
		   &(struct field){.name = ID("street"),
				   .label = "Straße und Hausnummer",
				   .value = l->street});
	form_input(b, e,
		   &(struct field){.name = ID("postcode"),
				   .label = "Postleitzahl",
				   .value = l->postcode,
				   .inputmode = "numeric",
				   .extra_class =
					   "kern-form-input__input--width-5"});
	form_input(b, e,
		   &(struct field){.name = ID("city"),
				   .label = "Ort",
				   .value = l->city});
	form_textarea(b, e,
		      &(struct field){.name = ID("schedule"),
				      .label = "Zeiten",
				      .value = l->schedule,
				      .hint = "Zum Beispiel „Dienstag 9 bis 11 "
					      "Uhr“"},
		      2);
#undef ID
	HTML_RAW(b, "</div></fieldset>\n");
}

/* The whole form; action is its address. */
void offer_form_write(struct req *r, db *d, const struct offer_form *f,
		      const struct form_errors *e, const char *action)
{
	buf *b = &r->out;
	const struct offer *o = &f->o;
	form_begin(b, action, web_csrf(r));

	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Was ist das "
		    "Angebot?</h2>\n");
	form_input(
		b, e,
		&(struct field){.name = "title",
				.label = "Titel",
				.value = o->title,
				.required = true,
				.hint = "Kurz und in einfachen Worten, zum "
					"Beispiel „Krabbelgruppe für Babys“"});
	form_textarea(
		b, e,
		&(struct field){.name = "description",
				.label = "Beschreibung",
				.value = o->description,
				.required = true,
				.hint = "Was erwartet Familien? Schreiben "
					"Sie so, dass Eltern es gut "
					"verstehen."},
		6);
	if (intern_all(r)) {
		form_select(b, e, "organisation", "Träger",
			    intern_org_opts(r, d), intern_id_text(r, o->org_id),
			    "Bitte wählen", NULL);
		form_input(b, e,
			   &(struct field){.name = "external_id",
					   .label = "Externe Kennung",
					   .value = o->external_id,
					   .hint = "Nur für den Datenaustausch "
						   "mit anderen Systemen "
						   "(Import); meist leer."});
	} else {
		html(b,
		     "<p class=\"kern-body\"><strong>Träger:</strong> %s</p>\n",
		     o->org_name[0] ? o->org_name
				    : web_state(r)->user.org_name);
	}

	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Für wen?</h2>\n");
	code_boxes(b, e, "needs", "Wobei hilft das Angebot?",
		   "Wählen Sie alle Bedarfe, zu denen Familien hier Hilfe "
		   "finden.",
		   needs, o->needs, o->nneeds, false);
	code_boxes(b, e, "ages", "Alter der Kinder", NULL, ages, o->ages,
		   o->nages, true);
	intern_fieldset_begin(b, e, "prevention", "Für welche Familien?", NULL,
			      true, false);
	intern_radio(b, "prevention", "", "keine Angabe", !o->prevention[0]);
	for (const struct code *c = preventions; c->code; c++)
		intern_radio(b, "prevention", c->code, c->label,
			     strcmp(o->prevention, c->code) == 0);
	intern_fieldset_end(b);
	form_textarea(
		b, e,
		&(struct field){.name = "eligibility",
				.label = "Wer kann teilnehmen?",
				.value = o->eligibility,
				.hint = "Zum Beispiel „Eltern mit Kindern "
					"bis 3 Jahre aus Ahrwald“"},
		2);

	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Wie?</h2>\n");
	code_boxes(b, e, "access", "Wie erreichen Familien das Angebot?", NULL,
		   accesses, o->access, o->naccess, false);
	form_select(b, e, "cost", "Kosten", code_opts(r, costs), o->cost, NULL,
		    NULL);
	form_input(b, e,
		   &(struct field){.name = "cost_note",
				   .label = "Hinweis zu den Kosten",
				   .value = o->cost_note,
				   .hint = "Zum Beispiel „5 Euro pro Treffen, "
					   "ermäßigt kostenlos“"});
	code_boxes(b, e, "languages", "Sprachen", NULL, languages, o->langs,
		   o->nlangs, true);
	intern_fieldset_begin(b, e, "accessible", "Barrierefrei zugänglich?",
			      NULL, true, true);
	intern_radio(b, "accessible", "ja", "ja", o->accessible == 1);
	intern_radio(b, "accessible", "nein", "nein", o->accessible == 0);
	intern_radio(b, "accessible", "", "unbekannt", o->accessible < 0);
	intern_fieldset_end(b);
	form_input(b, e,
		   &(struct field){.name = "accessibility_note",
				   .label = "Hinweis zur Barrierefreiheit",
				   .value = o->accessibility_note,
				   .hint = "Zum Beispiel „Aufzug vorhanden, "
					   "keine barrierefreie Toilette“"});
	intern_fieldset_begin(b, e, "anmeldung", "Anmeldung", NULL, true,
			      false);
	form_checkbox(b, "registration_required", "1",
		      "Eine Anmeldung ist nötig", o->registration_required);
	form_checkbox(b, "waiting_list", "1", "Es gibt eine Warteliste",
		      o->waiting_list);
	intern_fieldset_end(b);
	form_input(b, e,
		   &(struct field){.name = "registration_note",
				   .label = "Hinweis zur Anmeldung",
				   .value = o->registration_note,
				   .hint = "Zum Beispiel „Bitte bis Freitag "
					   "anrufen“"});

	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Kontakt</h2>\n");
	form_input(b, e,
		   &(struct field){.name = "phone",
				   .label = "Telefon",
				   .type = "tel",
				   .value = o->phone});
	form_input(b, e,
		   &(struct field){.name = "email",
				   .label = "E-Mail",
				   .type = "email",
				   .value = o->email});
	form_input(b, e,
		   &(struct field){.name = "web",
				   .label = "Internetseite",
				   .type = "url",
				   .value = o->web,
				   .hint = "Beginnt mit https://"});
	struct contact *cv;
	size_t nc = o->org_id > 0 ? contact_list(d, r->a, o->org_id, false, &cv)
				  : 0;
	struct option *copts = arena_calloc(r->a, nc + 1, sizeof *copts);
	for (size_t i = 0; i < nc; i++)
		copts[i] = (struct option){
			arena_printf(r->a, "%lld", (long long)cv[i].id),
			arena_printf(r->a, "%s (%s)", cv[i].name,
				     code_label(contact_roles, cv[i].role))};
	form_select(b, e, "contact", "Ansprechperson", copts,
		    intern_id_text(r, o->contact_id), "keine",
		    "Die Ansprechpersonen des Trägers pflegen Sie auf "
		    "dessen Seite „Ansprechpersonen“.");

	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Wo und wann?</h2>\n");
	for (size_t i = 0; i < f->nslot; i++)
		location_row(b, r, e, i, &f->slot[i]);
	struct region *rv;
	size_t nr = region_list(d, r->a, "municipality", &rv);
	intern_fieldset_begin(b, e, "regions", "Für welche Gemeinden?",
			      "Wo wohnen die Familien, für die das Angebot da "
			      "ist?",
			      true, true);
	for (size_t i = 0; i < nr; i++)
		form_checkbox(b, "regions",
			      arena_printf(r->a, "%lld", (long long)rv[i].id),
			      rv[i].name,
			      has_id(o->regions, o->nregions, rv[i].id));
	intern_fieldset_end(b);
	form_input(b, e,
		   &(struct field){.name = "valid_from",
				   .label = "Gültig ab",
				   .type = "date",
				   .value = o->valid_from});
	form_input(b, e,
		   &(struct field){.name = "valid_to",
				   .label = "Gültig bis",
				   .type = "date",
				   .value = o->valid_to,
				   .hint = "Leer lassen, wenn das Angebot "
					   "dauerhaft besteht."});

	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Sichtbarkeit</h2>\n");
	intern_fieldset_begin(b, e, "status", "Status", NULL, false, false);
	intern_radio(b, "status", "draft",
		     "Entwurf – nur für angemeldete Fachkräfte sichtbar",
		     strcmp(o->status, "draft") == 0);
	intern_radio(b, "status", "published",
		     "Veröffentlicht – Familien finden es im Wegweiser",
		     strcmp(o->status, "published") == 0);
	if (strcmp(o->status, "archived") == 0)
		intern_radio(b, "status", "archived",
			     "Archiviert – nicht mehr angeboten", true);
	intern_fieldset_end(b);
	form_submit(b, "Speichern", true);
	form_end(b);
}
