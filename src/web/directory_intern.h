/*
 * directory_intern.h - what the internal directory pages share (offers in
 * offers_intern.c, organisations and contacts in orgs_intern.c, the history
 * tabs and these helpers in directory_intern.c): loading a record of the
 * path with the right check, the tab-like navigation of a record, KERN
 * building blocks (badges, tables, fieldsets, radios, small POST forms),
 * dates as Germans write them, and the history table from the audit log.
 *
 * Only the web layer includes this; the handlers themselves are declared
 * in web.h.
 */
#ifndef LOTSE_DIRECTORY_INTERN_H
#define LOTSE_DIRECTORY_INTERN_H

#include <stdbool.h>
#include <stdint.h>

#include "domain/errs.h"
#include "domain/offer.h"
#include "domain/organisation.h"
#include "web/web.h"

/* Entries per page of the internal lists and of the history. */
#define INTERN_PAGE 50

/* True for the coordination office (and the administration): sees and
 * changes every organisation's records. */
bool intern_all(struct req *r);

/* The form field name, or "" when it was not sent. */
const char *intern_form_text(struct req *r, const char *name);

/* The id in path parameter name, or 0 when it is missing or no id. */
int64_t intern_path_id(struct req *r, const char *name);

/* Loads the offer of path parameter "id" into o (allocated in r->a) and
 * checks that the actor may edit it. Answers 404 or 403 itself and returns
 * false then. */
bool intern_offer_load(struct req *r, db *d, struct offer *o);
/* The same for the organisation of path parameter "id". */
bool intern_org_load(struct req *r, db *d, struct organisation *o);

/* Tab-like navigation "Bearbeiten | Verlauf" of an offer; current is the
 * path of the page shown. (intern_org_tabs(), the same for the pages of an
 * organisation, is declared in web.h: account.c uses it too.) */
void intern_offer_tabs(struct req *r, int64_t offer_id, const char *current);

/* "2026-11-22T08:53:19Z" or "2026-11-22" as "22.11.2026"; "–" when empty. */
const char *intern_date(struct req *r, const char *iso);
/* True when an offer confirmed at verified_at is due for confirmation. */
bool intern_unverified(const char *verified_at);

/* A KERN badge; kind is "info", "success", "warning" or "danger". */
void intern_badge(buf *b, const char *kind, const char *label);
/* The status of an offer as a badge (Entwurf, Veröffentlicht,
 * Archiviert). */
void intern_status_badge(buf *b, const char *status);
/* German label of an offer status. */
const char *intern_status_label(const char *status);

/* A table with a caption for screen readers and column headers (the list
 * of headers ends with NULL). */
void intern_table_begin(buf *b, const char *caption,
			const char *const *headers);
void intern_table_end(buf *b);

/* A fieldset with its legend, hint and error (id is the fieldset's id, the
 * error summary links to it); horizontal lays the choices out in a row. */
void intern_fieldset_begin(buf *b, const struct form_errors *e, const char *id,
			   const char *legend, const char *hint, bool optional,
			   bool horizontal);
void intern_fieldset_end(buf *b);
void intern_radio(buf *b, const char *name, const char *value,
		  const char *label, bool checked);

/* A small POST form with one button and up to two hidden fields (names
 * NULL when unused). sr_more, when not NULL, is added to the button's
 * text for screen readers only (which of many rows it is about). */
struct intern_button {
	const char *action, *label, *sr_more;
	bool primary;
	const char *name1, *value1, *name2, *value2;
};
void intern_post_button(buf *b, const char *csrf,
			const struct intern_button *btn);

/* Copies the messages of a domain result into form errors; map(field)
 * gives the form field id for a domain field name (NULL: the whole form). */
void intern_errs(struct req *r, struct form_errors *fe, const struct errs *e,
		 const char *(*map)(const char *field));

/* --- the offer form (offer_form.c) --- */

/* An offer as the form shows it: the offer, and the rows of locations as
 * typed (empty rows included), with the row each stored location came
 * from. Big: allocate it in the request arena. */
struct offer_form {
	struct offer o;
	struct offer_location slot[OFFER_MAX_LOCATIONS];
	size_t nslot;
	size_t slot_of[OFFER_MAX_LOCATIONS];
};

/* The rows of locations of f->o (a stored or new offer), filled up with
 * empty rows. */
void offer_form_init(struct offer_form *f);
/* Reads the form into f, on top of what f->o holds (the stored offer or a
 * new one). A partner's organisation is fixed: its own for a new offer,
 * the stored one for a change; only the coordination office sets the
 * organisation and the external id. */
void offer_form_read(struct req *r, struct offer_form *f, bool is_new);
/* Moves the messages of offer_save() onto the form fields. */
void offer_form_errors(struct req *r, db *d, const struct offer_form *f,
		       const struct errs *e, struct form_errors *fe);
/* Writes the whole form (values of f, messages of e) posting to action. */
void offer_form_write(struct req *r, db *d, const struct offer_form *f,
		      const struct form_errors *e, const char *action);
/* Every organisation as select options (value: id), archived ones marked. */
const struct option *intern_org_opts(struct req *r, db *d);
/* An id as text, "" for 0. */
const char *intern_id_text(struct req *r, int64_t id);

/* The page number of query parameter "seite" (1 when missing or bad). */
int64_t intern_page(struct req *r);
/* "Vorherige | Nächste" links; url is the page's path with its query up to
 * and including a trailing '&' or '?', the page number is appended. */
void intern_pager(struct req *r, const char *label, const char *url,
		  int64_t page, int64_t pages);

#endif
