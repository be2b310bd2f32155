/*
 * form.c - KERN form fields with errors next to them (see form.h).
 */
#include "view/form.h"

#include <string.h>

#include "view/html.h"

void form_error(struct form_errors *e, const char *field, const char *msg)
{
	if (e->n >= FORM_MAX_ERRORS)
		return;
	e->field[e->n] = field;
	e->msg[e->n] = msg;
	e->label[e->n] = NULL;
	e->n++;
}

const char *form_error_for(const struct form_errors *e, const char *field)
{
	for (size_t i = 0; e && i < e->n; i++)
		if (e->field[i] && field && strcmp(e->field[i], field) == 0)
			return e->msg[i];
	return NULL;
}

void alert(buf *b, const char *kind, const char *title, const char *text)
{
	const char *icon = strcmp(kind, "danger") == 0	  ? "danger"
			   : strcmp(kind, "warning") == 0 ? "warning"
			   : strcmp(kind, "success") == 0 ? "success"
							  : "info";
	html(b,
	     "<div class=\"kern-alert kern-alert--%s\" role=\"%s\">"
	     "<div class=\"kern-alert__header\">"
	     "<span class=\"kern-icon kern-icon--%s\" aria-hidden=\"true\">"
	     "</span><span class=\"kern-title\">%s</span></div>",
	     kind, strcmp(kind, "danger") == 0 ? "alert" : "status", icon,
	     title);
	if (text && *text)
		html(b,
		     "<div class=\"kern-alert__body\"><p class=\"kern-body\">%s"
		     "</p></div>",
		     text);
	HTML_RAW(b, "</div>\n");
}

void form_error_summary(buf *b, const struct form_errors *e)
{
	if (!e || e->n == 0)
		return;
	HTML_RAW(b,
		 "<div class=\"kern-alert kern-alert--danger\" role=\"alert\" "
		 "id=\"fehler\" tabindex=\"-1\">"
		 "<div class=\"kern-alert__header\">"
		 "<span class=\"kern-icon kern-icon--danger\" "
		 "aria-hidden=\"true\"></span>"
		 "<span class=\"kern-title\">Bitte prüfen Sie Ihre Eingaben"
		 "</span></div><div class=\"kern-alert__body\">"
		 "<ul class=\"kern-list\">");
	for (size_t i = 0; i < e->n; i++) {
		if (e->field[i])
			html(b,
			     "<li><a class=\"kern-link\" "
			     "href=\"#%s\">%s</a></li>",
			     e->field[i], e->msg[i]);
		else
			html(b, "<li>%s</li>", e->msg[i]);
	}
	HTML_RAW(b, "</ul></div></div>\n");
}

void form_begin(buf *b, const char *action, const char *csrf)
{
	html(b,
	     "<form method=\"post\" action=\"%s\" novalidate "
	     "class=\"lotse-form\">\n"
	     "<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n",
	     action, csrf ? csrf : "");
}

void form_end(buf *b)
{
	HTML_RAW(b, "</form>\n");
}

/* Label, hint and error of a field; returns the error or NULL. */
static const char *field_head(buf *b, const struct form_errors *e,
			      const char *name, const char *label,
			      const char *hint, bool required)
{
	const char *err = form_error_for(e, name);
	html(b,
	     "<div class=\"kern-form-input\">\n"
	     "<label class=\"kern-label\" for=\"%s\">%s",
	     name, label);
	if (!required)
		HTML_RAW(b, " <span class=\"kern-label__optional\">– "
			    "optional</span>");
	HTML_RAW(b, "</label>\n");
	if (hint)
		html(b, "<div class=\"kern-hint\" id=\"%s-hint\">%s</div>\n",
		     name, hint);
	if (err)
		html(b,
		     "<p class=\"kern-error\" id=\"%s-error\">"
		     "<span class=\"kern-icon kern-icon--danger\" "
		     "aria-hidden=\"true\"></span>"
		     "<span class=\"kern-body\">%s</span></p>\n",
		     name, err);
	return err;
}

void form_input(buf *b, const struct form_errors *e, const struct field *f)
{
	const char *err =
		field_head(b, e, f->name, f->label, f->hint, f->required);
	html(b,
	     "<input class=\"kern-form-input__input%s%s%s\" id=\"%s\" "
	     "name=\"%s\" type=\"%s\"",
	     err ? " kern-form-input__input--error" : "",
	     f->extra_class ? " " : "", f->extra_class ? f->extra_class : "",
	     f->name, f->name, f->type ? f->type : "text");
	if (f->value && strcmp(f->type ? f->type : "", "password") != 0)
		html(b, " value=\"%s\"", f->value);
	if (f->autocomplete)
		html(b, " autocomplete=\"%s\"", f->autocomplete);
	if (f->inputmode)
		html(b, " inputmode=\"%s\"", f->inputmode);
	if (f->required)
		HTML_RAW(b, " required aria-required=\"true\"");
	if (err)
		HTML_RAW(b, " aria-invalid=\"true\"");
	if (f->hint && err)
		html(b, " aria-describedby=\"%s-hint %s-error\"", f->name,
		     f->name);
	else if (f->hint)
		html(b, " aria-describedby=\"%s-hint\"", f->name);
	else if (err)
		html(b, " aria-describedby=\"%s-error\"", f->name);
	HTML_RAW(b, ">\n</div>\n");
}

void form_textarea(buf *b, const struct form_errors *e, const struct field *f,
		   int rows)
{
	const char *err =
		field_head(b, e, f->name, f->label, f->hint, f->required);
	html(b,
	     "<textarea class=\"kern-form-input__input%s\" id=\"%s\" "
	     "name=\"%s\" rows=\"%d\"",
	     err ? " kern-form-input__input--error" : "", f->name, f->name,
	     rows);
	if (f->required)
		HTML_RAW(b, " required aria-required=\"true\"");
	if (err)
		HTML_RAW(b, " aria-invalid=\"true\"");
	if (f->hint || err)
		html(b, " aria-describedby=\"%s%s%s%s%s\"",
		     f->hint ? f->name : "", f->hint ? "-hint" : "",
		     f->hint && err ? " " : "", err ? f->name : "",
		     err ? "-error" : "");
	html(b, ">%s</textarea>\n</div>\n", f->value ? f->value : "");
}

void form_select(buf *b, const struct form_errors *e, const char *name,
		 const char *label, const struct option *opts,
		 const char *selected, const char *placeholder,
		 const char *hint)
{
	const char *err = field_head(b, e, name, label, hint, true);
	html(b,
	     "<div class=\"kern-form-input__select-wrapper\">"
	     "<select class=\"kern-form-input__select%s\" id=\"%s\" "
	     "name=\"%s\"",
	     err ? " kern-form-input__select--error" : "", name, name);
	if (err)
		HTML_RAW(b, " aria-invalid=\"true\"");
	if (hint || err)
		html(b, " aria-describedby=\"%s%s%s%s%s\"", hint ? name : "",
		     hint ? "-hint" : "", hint && err ? " " : "",
		     err ? name : "", err ? "-error" : "");
	HTML_RAW(b, ">");
	if (placeholder)
		html(b, "<option value=\"\">%s</option>", placeholder);
	for (const struct option *o = opts; o && o->value; o++)
		html(b, "<option value=\"%s\"%s>%s</option>", o->value,
		     selected && strcmp(selected, o->value) == 0 ? " selected"
								 : "",
		     o->label);
	HTML_RAW(b, "</select></div>\n</div>\n");
}

void form_checkbox(buf *b, const char *name, const char *value,
		   const char *label, bool checked)
{
	html(b,
	     "<div class=\"kern-form-check\">"
	     "<input class=\"kern-form-check__checkbox\" type=\"checkbox\" "
	     "id=\"%s-%s\" name=\"%s\" value=\"%s\"%s>"
	     "<label class=\"kern-label\" for=\"%s-%s\">%s</label></div>\n",
	     name, value, name, value, checked ? " checked" : "", name, value,
	     label);
}

void form_submit(buf *b, const char *label, bool primary)
{
	html(b,
	     "<button type=\"submit\" class=\"kern-btn kern-btn--%s\">"
	     "<span class=\"kern-label\">%s</span></button>\n",
	     primary ? "primary" : "secondary", label);
}

void form_button(buf *b, const char *action, const char *csrf,
		 const char *label, const char *hidden_name,
		 const char *hidden_value, bool primary)
{
	html(b,
	     "<form method=\"post\" action=\"%s\" class=\"lotse-inline-form\">"
	     "<input type=\"hidden\" name=\"csrf\" value=\"%s\">",
	     action, csrf ? csrf : "");
	if (hidden_name)
		html(b, "<input type=\"hidden\" name=\"%s\" value=\"%s\">",
		     hidden_name, hidden_value ? hidden_value : "");
	html(b,
	     "<button type=\"submit\" class=\"kern-btn kern-btn--%s "
	     "kern-btn--x-small\"><span class=\"kern-label\">%s</span>"
	     "</button></form>",
	     primary ? "primary" : "secondary", label);
}
