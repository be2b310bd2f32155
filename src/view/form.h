/*
 * form.h - forms in the KERN design system: labelled fields with hints,
 * the German error message next to the field (and a summary at the top
 * linking to each field), entered values kept, the CSRF token in every form.
 */
#ifndef LOTSE_FORM_H
#define LOTSE_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

#define FORM_MAX_ERRORS 16

struct form_errors {
	const char *field[FORM_MAX_ERRORS];
	const char *msg[FORM_MAX_ERRORS];
	const char *label[FORM_MAX_ERRORS];
	size_t n;
};

/* Records an error for a field (NULL field: about the whole form). */
void form_error(struct form_errors *e, const char *field, const char *msg);
const char *form_error_for(const struct form_errors *e, const char *field);

/* A KERN alert listing every error, each linking to its field. */
void form_error_summary(buf *b, const struct form_errors *e);

/* <form method="post" action="..." novalidate> with the hidden CSRF
 * field. */
void form_begin(buf *b, const char *action, const char *csrf);
void form_end(buf *b);

struct field {
	const char *name;
	const char *label;
	const char *type;	  /* "text", "email", "password", "tel", ... */
	const char *value;	  /* kept value, or NULL */
	const char *hint;	  /* shown under the label, or NULL */
	const char *autocomplete; /* or NULL */
	bool required;
	const char *extra_class; /* e.g. "kern-form-input__input--width-4" */
	const char *inputmode;	 /* "numeric", ... or NULL */
};
void form_input(buf *b, const struct form_errors *e, const struct field *f);
void form_textarea(buf *b, const struct form_errors *e, const struct field *f,
		   int rows);

struct option {
	const char *value, *label;
};
/* A select whose options end with {NULL, NULL}; the empty choice, when
 * placeholder is not NULL, comes first. */
void form_select(buf *b, const struct form_errors *e, const char *name,
		 const char *label, const struct option *opts,
		 const char *selected, const char *placeholder,
		 const char *hint);
void form_checkbox(buf *b, const char *name, const char *value,
		   const char *label, bool checked);
/* A submit button (primary or secondary). */
void form_submit(buf *b, const char *label, bool primary);
/* A small form with only a button (sign-out, delete, end session). */
void form_button(buf *b, const char *action, const char *csrf,
		 const char *label, const char *hidden_name,
		 const char *hidden_value, bool primary);

/* A KERN alert box: kind is "info", "success", "warning" or "danger". */
void alert(buf *b, const char *kind, const char *title, const char *text);

#endif
