/*
 * meeting_agenda.c - the agenda editor of a meeting (coordination office):
 * every item with its title, presenter, explanation and attached document
 * versions in its own form, buttons to move an item up or down and to
 * strike it, and the form for a new item at the end. Changes go through
 * domain/meeting.h (agenda_save, agenda_move, agenda_delete,
 * agenda_set_documents), which check the rights and audit them.
 */
#include <stdio.h>
#include <string.h>

#include "web/meetings.h"

/* --- agenda editor ---------------------------------------------------------------- */

static void agenda_page(struct req *r, db *d, const struct meeting *m,
			int64_t bad_id, const struct agenda_item *bad,
			const struct form_errors *e)
{
	const char *path = arena_printf(
		r->a, "/intern/sitzungen/%lld/tagesordnung", (long long)m->id);
	const char *csrf = web_csrf(r);
	web_begin(r, arena_printf(r->a, "Tagesordnung: %s", m->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld\">Zurück zur Sitzung</a></p>\n"
	     "<h1 class=\"kern-heading-large\">Tagesordnung: %s</h1>\n"
	     "<p class=\"kern-body\">%s</p>\n",
	     (long long)m->id, m->title, mt_when(r, m));
	if (req_query(r, "gespeichert"))
		alert(b, "success", "Die Tagesordnung ist gespeichert.", NULL);
	form_error_summary(b, e);
	struct agenda_item *it;
	size_t n = agenda_list(d, r->a, m->id, &it);
	struct agenda_doc *docs;
	size_t ndocs = agenda_doc_choices(d, r->a, &docs);
	for (size_t i = 0; i < n; i++) {
		const struct agenda_item *shown =
			bad && bad_id == it[i].id ? bad : &it[i];
		const struct form_errors *ie = bad_id == it[i].id ? e : NULL;
		const char *ipath = arena_printf(r->a, "%s/%lld", path,
						 (long long)it[i].id);
		html(b,
		     "<section class=\"lotse-agenda-item\" "
		     "aria-labelledby=\"top-%lld\"><h2 "
		     "class=\"kern-heading-small\" id=\"top-%lld\">"
		     "TOP %d: %s</h2>\n",
		     (long long)it[i].id, (long long)it[i].id, it[i].position,
		     it[i].title);
		html(b, "<form method=\"post\" action=\"%s\" novalidate>\n",
		     ipath);
		html(b, "<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n",
		     csrf);
		/* Field ids must be unique on the page: suffix the item. */
		html(b,
		     "<div class=\"kern-form-input\"><label "
		     "class=\"kern-label\" "
		     "for=\"title-%lld\">Titel</label><input "
		     "class=\"kern-form-input__input%s\" id=\"title-%lld\" "
		     "name=\"title\" type=\"text\" value=\"%s\"%s></div>\n",
		     (long long)it[i].id,
		     form_error_for(ie, "title")
			     ? " kern-form-input__input--error"
			     : "",
		     (long long)it[i].id, shown->title,
		     form_error_for(ie, "title") ? " aria-invalid=\"true\""
						 : "");
		html(b,
		     "<div class=\"kern-form-input\"><label "
		     "class=\"kern-label\" "
		     "for=\"presenter-%lld\">Wer berichtet <span "
		     "class=\"kern-label__optional\">– optional</span>"
		     "</label><input class=\"kern-form-input__input\" "
		     "id=\"presenter-%lld\" name=\"presenter\" type=\"text\" "
		     "value=\"%s\"></div>\n",
		     (long long)it[i].id, (long long)it[i].id,
		     shown->presenter);
		html(b,
		     "<div class=\"kern-form-input\"><label "
		     "class=\"kern-label\" "
		     "for=\"description-%lld\">Erläuterung <span "
		     "class=\"kern-label__optional\">– optional</span>"
		     "</label><textarea class=\"kern-form-input__input\" "
		     "id=\"description-%lld\" name=\"description\" rows=\"3\">"
		     "%s</textarea></div>\n",
		     (long long)it[i].id, (long long)it[i].id,
		     shown->description);
		if (ndocs) {
			html(b,
			     "<fieldset class=\"kern-fieldset\"><legend "
			     "class=\"kern-label\">Unterlagen zu TOP %d <span "
			     "class=\"kern-label__optional\">– optional</span>"
			     "</legend><div class=\"kern-fieldset__body\">\n",
			     it[i].position);
			for (size_t k = 0; k < ndocs; k++) {
				bool on = false;
				for (size_t j = 0; j < it[i].ndocs; j++)
					on = on || it[i].docs[j].version_id ==
							   docs[k].version_id;
				html(b,
				     "<div class=\"kern-form-check\"><input "
				     "class=\"kern-form-check__checkbox\" "
				     "type=\"checkbox\" id=\"doc-%lld-%lld\" "
				     "name=\"docs\" value=\"%lld\"%s><label "
				     "class=\"kern-label\" "
				     "for=\"doc-%lld-%lld\">"
				     "%s, Fassung %d</label></div>\n",
				     (long long)it[i].id,
				     (long long)docs[k].version_id,
				     (long long)docs[k].version_id,
				     on ? " checked" : "", (long long)it[i].id,
				     (long long)docs[k].version_id,
				     docs[k].title, docs[k].version);
			}
			HTML_RAW(b, "</div></fieldset>\n");
		}
		form_submit(b, "Punkt speichern", false);
		HTML_RAW(b, "</form>\n<div class=\"lotse-links\">");
		const char *sr = arena_printf(r->a, "TOP %d", it[i].position);
		if (i > 0)
			intern_post_button(
				b, csrf,
				&(struct intern_button){
					.action = arena_printf(r->a, "%s/hoch",
							       ipath),
					.label = "Nach oben",
					.sr_more = sr});
		if (i + 1 < n)
			intern_post_button(
				b, csrf,
				&(struct intern_button){
					.action = arena_printf(
						r->a, "%s/runter", ipath),
					.label = "Nach unten",
					.sr_more = sr});
		intern_post_button(b, csrf,
				   &(struct intern_button){
					   .action = arena_printf(
						   r->a, "%s/loeschen", ipath),
					   .label = "Streichen",
					   .sr_more = sr});
		HTML_RAW(b, "</div></section>\n");
	}
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Neuer Punkt</h2>\n");
	const struct form_errors *ne = bad_id == 0 ? e : NULL;
	form_begin(b, path, csrf);
	form_input(b, ne,
		   &(struct field){.name = "title",
				   .label = "Titel",
				   .value = bad && !bad_id ? bad->title : "",
				   .required = true});
	form_input(
		b, ne,
		&(struct field){.name = "presenter",
				.label = "Wer berichtet",
				.value = bad && !bad_id ? bad->presenter : ""});
	form_textarea(b, ne,
		      &(struct field){.name = "description",
				      .label = "Erläuterung",
				      .value = bad && !bad_id ? bad->description
							      : ""},
		      3);
	form_submit(b, "Punkt hinzufügen", true);
	form_end(b);
	web_end(r);
	if (e && e->n)
		r->status = 422;
}

static const char *same_field(const char *f)
{
	return f;
}

void page_agenda(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	agenda_page(r, d, &m, 0, NULL, NULL);
}

void page_agenda_add(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	if (!d || !mt_load(r, d, &m))
		return;
	struct agenda_item it = {.meeting_id = m.id,
				 .title = intern_form_text(r, "title"),
				 .presenter = intern_form_text(r, "presenter"),
				 .description =
					 intern_form_text(r, "description")};
	struct errs e = {0};
	int rc = agenda_save(d, web_actor(r), &it, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, same_field);
		agenda_page(r, d, &m, 0, &it, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/tagesordnung?"
				     "gespeichert=1",
				     (long long)m.id));
}

/* The agenda item of path parameter "item", which must belong to m. */
static bool item_load(struct req *r, db *d, const struct meeting *m,
		      struct agenda_item *it)
{
	int64_t id = intern_path_id(r, "item");
	if (!id || agenda_get(d, r->a, id, it) < 0 || it->meeting_id != m->id) {
		resp_error(r, 404, "Diesen Tagesordnungspunkt gibt es nicht.");
		return false;
	}
	return true;
}

void page_agenda_item_save(struct req *r)
{
	db *d = web_db(r);
	struct meeting m;
	struct agenda_item it;
	if (!d || !mt_load(r, d, &m) || !item_load(r, d, &m, &it))
		return;
	it.title = intern_form_text(r, "title");
	it.presenter = intern_form_text(r, "presenter");
	it.description = intern_form_text(r, "description");
	const char *ids[64];
	size_t n = params_get_all(&r->form, "docs", ids, 64);
	n = n > 64 ? 64 : n;
	int64_t vids[64];
	size_t nv = 0;
	for (size_t i = 0; i < n; i++)
		if (parse_int(ids[i], 1, INT64_MAX, &vids[nv]))
			nv++;
	struct errs e = {0};
	int rc = agenda_save(d, web_actor(r), &it, &e);
	if (rc == 0)
		rc = agenda_set_documents(d, web_actor(r), it.id, vids, nv, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, same_field);
		agenda_page(r, d, &m, it.id, &it, &fe);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/tagesordnung?"
				     "gespeichert=1#top-%lld",
				     (long long)m.id, (long long)it.id));
}

static void item_action(struct req *r, int what)
{
	db *d = web_db(r);
	struct meeting m;
	struct agenda_item it;
	if (!d || !mt_load(r, d, &m) || !item_load(r, d, &m, &it))
		return;
	struct errs e = {0};
	int rc = what == 0 ? agenda_delete(d, web_actor(r), it.id, &e)
			   : agenda_move(d, web_actor(r), it.id, what, &e);
	if (rc < 0) {
		resp_error(r, rc == -2 ? 403 : 422, e.msg[0]);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/sitzungen/%lld/tagesordnung?"
				     "gespeichert=1",
				     (long long)m.id));
}

void page_agenda_item_up(struct req *r)
{
	item_action(r, -1);
}

void page_agenda_item_down(struct req *r)
{
	item_action(r, 1);
}

void page_agenda_item_delete(struct req *r)
{
	item_action(r, 0);
}
