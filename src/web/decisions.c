/*
 * decisions.c - motions, votes and the register of decisions:
 *
 *   GET  /intern/sitzungen/{id}/antraege   the motions of a meeting; the
 *        coordination office makes a new one on an agenda item here
 *   POST /intern/sitzungen/{id}/antraege   create a motion
 *   GET  /intern/antraege/{id}             a motion: text, rules, result;
 *        the coordination office edits it before the vote and records the
 *        vote (counts, or one choice per voting member present)
 *   POST /intern/antraege/{id}             save title, text, majority,
 *        quorum (before the vote)
 *   POST /intern/antraege/{id}/abstimmung  record (or correct) the vote
 *   POST /intern/antraege/{id}/loeschen    delete (before the vote)
 *   GET  /intern/beschluesse               the register, filters gremium,
 *        jahr, ergebnis
 *   GET  /intern/beschluesse.csv           the register as CSV (UTF-8 with
 *        BOM, separator ';'), same filters
 *
 * The result is computed by domain/decision.h, never typed.
 */
#include <stdio.h>
#include <string.h>

#include "base/csv.h"
#include "domain/body.h"
#include "domain/decision.h"
#include "domain/minutes.h"
#include "view/markdown.h"
#include "view/ftable.h"
#include "web/directory_intern.h"

static const char *field_map(const char *f)
{
	if (strcmp(f, "counts") == 0)
		return "yes";
	if (strcmp(f, "agenda_item") == 0)
		return "agenda_item_id";
	return f;
}

static const struct option *majority_opts(struct req *r)
{
	size_t n = 0;
	while (majority_rules[n].code)
		n++;
	struct option *o = arena_calloc(r->a, n + 1, sizeof *o);
	for (size_t i = 0; i < n; i++)
		o[i] = (struct option){majority_rules[i].code,
				       majority_rules[i].label};
	return o;
}

/* A result as a badge (the text says it; the colour only repeats it). */
static void result_badge(buf *b, const struct motion *m)
{
	if (!m->decided) {
		intern_badge(b, "info", "offen");
		return;
	}
	char res[160];
	decision_result_text(m->majority, m->result, m->yes, m->no, m->abstain,
			     res, sizeof res);
	intern_badge(b,
		     strcmp(m->result, "adopted") == 0	  ? "success"
		     : strcmp(m->result, "rejected") == 0 ? "danger"
							  : "warning",
		     res);
}

/* --- the motions of a meeting ---------------------------------------------- */

static void motions_page(struct req *r, db *d, const struct minutes_meeting *mt,
			 const struct motion *typed,
			 const struct form_errors *fe, int status)
{
	bool coord = intern_all(r);
	struct motion *mv;
	size_t nm = motion_list_meeting(d, r->a, mt->id, &mv);
	web_begin(r, arena_printf(r->a, "Anträge: %s", mt->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld\">Zur Sitzung</a> · <a "
	     "class=\"kern-link\" href=\"/intern/sitzungen/%lld/protokoll\">"
	     "Protokoll</a> · <a class=\"kern-link\" "
	     "href=\"/intern/beschluesse\">Beschlussregister</a></p>\n"
	     "<h1 class=\"kern-heading-large\">Anträge und Beschlüsse: %s"
	     "</h1>\n<p class=\"kern-body\">%s, %s</p>\n",
	     (long long)mt->id, (long long)mt->id, mt->title, mt->body_name,
	     intern_date(r, mt->starts_at));
	if (fe)
		form_error_summary(b, fe);
	if (!nm) {
		HTML_RAW(b, "<p class=\"kern-body\">Zu dieser Sitzung gibt "
			    "es noch keine Anträge.</p>\n");
	} else {
		static const char *const heads[] = {
			"Antrag",   "Tagesordnungspunkt",
			"Mehrheit", "Stimmen (Ja/Nein/Enthaltung)",
			"Ergebnis", NULL};
		ftable_list_begin(b, "Anträge der Sitzung", heads);
		for (size_t i = 0; i < nm; i++) {
			const struct motion *m = &mv[i];
			const struct majority_rule *mr =
				majority_find(m->majority);
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><a "
			     "class=\"kern-link\" href=\"/intern/antraege/"
			     "%lld\">%s</a>%s%s</th><td "
			     "class=\"kern-table__cell\">%s</td><td "
			     "class=\"kern-table__cell\">%s</td><td "
			     "class=\"kern-table__cell\">",
			     (long long)m->id, m->title,
			     m->decided ? " – Nr. " : "",
			     m->decided ? m->number : "", m->agenda_title,
			     mr ? mr->label : m->majority);
			if (m->decided)
				html(b, "%d / %d / %d", m->yes, m->no,
				     m->abstain);
			else
				HTML_RAW(b, "–");
			HTML_RAW(b, "</td><td class=\"kern-table__cell\">");
			result_badge(b, m);
			HTML_RAW(b, "</td></tr>");
		}
		ftable_list_end(b);
	}
	if (coord) {
		struct agenda_entry *ag;
		size_t na = minutes_agenda(d, r->a, mt->id, &ag);
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Neuer "
			    "Antrag</h2>\n");
		if (!na) {
			html(b,
			     "<p class=\"kern-body\">Ein Antrag gehört zu "
			     "einem Tagesordnungspunkt. Legen Sie zuerst die "
			     "<a class=\"kern-link\" "
			     "href=\"/intern/sitzungen/%lld/tagesordnung\">"
			     "Tagesordnung</a> an.</p>\n",
			     (long long)mt->id);
		} else {
			struct option *o =
				arena_calloc(r->a, na + 1, sizeof *o);
			for (size_t i = 0; i < na; i++)
				o[i] = (struct option){
					arena_printf(r->a, "%lld",
						     (long long)ag[i].id),
					arena_printf(r->a, "TOP %zu: %s", i + 1,
						     ag[i].title)};
			HTML_RAW(b, "<p class=\"kern-body\">Mehrheit und "
				    "Beschlussfähigkeit werden aus den Regeln "
				    "des Gremiums übernommen; Sie können sie "
				    "vor der Abstimmung auf der Seite des "
				    "Antrags ändern.</p>\n");
			form_begin(b,
				   arena_printf(r->a,
						"/intern/sitzungen/%lld/"
						"antraege",
						(long long)mt->id),
				   web_csrf(r));
			form_select(
				b, fe, "agenda_item_id", "Tagesordnungspunkt",
				o,
				typed ? intern_id_text(r, typed->agenda_item_id)
				      : NULL,
				"Bitte wählen", NULL);
			form_input(b, fe,
				   &(struct field){.name = "title",
						   .label = "Titel des Antrags",
						   .value = typed ? typed->title
								  : NULL,
						   .required = true});
			form_textarea(
				b, fe,
				&(struct field){
					.name = "text_md",
					.label = "Text des Antrags",
					.hint = "Markdown; der Wortlaut, über "
						"den abgestimmt wird",
					.value = typed ? typed->text_md : NULL},
				6);
			form_submit(b, "Antrag anlegen", true);
			form_end(b);
		}
	}
	web_end(r);
	r->status = status;
}

static bool load_meeting(struct req *r, db *d, struct minutes_meeting *m)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || minutes_meeting_get(d, r->a, id, m) < 0) {
		resp_error(r, 404, "Diese Sitzung gibt es nicht.");
		return false;
	}
	return true;
}

void page_motions(struct req *r)
{
	db *d = web_db(r);
	struct minutes_meeting mt;
	if (!d || !load_meeting(r, d, &mt))
		return;
	motions_page(r, d, &mt, NULL, NULL, 200);
}

void page_motion_create(struct req *r)
{
	db *d = web_db(r);
	struct minutes_meeting mt;
	if (!d || !load_meeting(r, d, &mt))
		return;
	struct motion m = {.title = intern_form_text(r, "title"),
			   .text_md = intern_form_text(r, "text_md")};
	struct errs e = {0};
	int64_t item = 0;
	const char *it = req_form(r, "agenda_item_id");
	/* The item must be one of this meeting's. */
	struct agenda_entry *ag;
	size_t na = minutes_agenda(d, r->a, mt.id, &ag);
	if (it && parse_int(it, 1, INT64_MAX, &item)) {
		bool found = false;
		for (size_t i = 0; i < na && !found; i++)
			found = ag[i].id == item;
		if (!found)
			item = 0;
	}
	m.agenda_item_id = item;
	int rc;
	if (!item) {
		errs_add(&e, "agenda_item",
			 "Bitte wählen Sie einen Tagesordnungspunkt.");
		rc = -1;
	} else {
		rc = motion_create(d, web_actor(r), &m, &e);
	}
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		motions_page(r, d, &mt, &m, &fe, 422);
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/antraege/%lld",
				     (long long)m.id));
}

/* --- one motion ------------------------------------------------------------- */

static void vote_form(struct req *r, db *d, const struct motion *m,
		      const struct form_errors *fe)
{
	buf *b = &r->out;
	struct presence p = {0};
	decision_presence(d, m->meeting_id, &p);
	const struct majority_rule *mr = majority_find(m->majority);
	html(b, "<h2 class=\"kern-heading-medium\" id=\"abstimmung\">%s</h2>\n",
	     m->decided ? "Abstimmung berichtigen" : "Abstimmung erfassen");
	html(b,
	     "<p class=\"kern-body\">Stimmberechtigte Mitglieder des "
	     "Gremiums: <strong>%d</strong>, davon laut Anwesenheitsliste "
	     "anwesend: <strong>%d</strong> (insgesamt %d %s anwesend). ",
	     p.voting_members, p.present_voting, p.persons,
	     p.persons == 1 ? "Person" : "Personen");
	if (m->quorum_percent > 0)
		html(b,
		     "Beschlussfähig ist das Gremium, wenn mindestens %d %% "
		     "der stimmberechtigten Mitglieder anwesend sind – "
		     "derzeit %s.</p>\n",
		     m->quorum_percent,
		     decision_quorate(m->quorum_percent, p.voting_members,
				      p.present_voting)
			     ? "ist es beschlussfähig"
			     : "ist es nicht beschlussfähig");
	else
		HTML_RAW(b, "Das Gremium ist bei ordnungsgemäßer Einladung "
			    "immer beschlussfähig.</p>\n");
	if (mr)
		html(b, "<p class=\"kern-body\"><strong>%s:</strong> %s</p>\n",
		     mr->label, mr->rule);
	html(b,
	     "<p class=\"kern-body\">Jede anwesende stimmberechtigte "
	     "Mitgliedsorganisation hat eine Stimme; zusammen höchstens "
	     "%d Stimmen. Das Ergebnis berechnet Lotse.</p>\n",
	     decision_vote_limit(&p));
	form_begin(b,
		   arena_printf(r->a, "/intern/antraege/%lld/abstimmung",
				(long long)m->id),
		   web_csrf(r));
	if (m->named_votes) {
		struct voter *v;
		size_t nv = motion_voters(d, r->a, m->id, &v);
		if (!nv)
			HTML_RAW(b, "<p class=\"kern-body\">Es ist noch keine "
				    "stimmberechtigte Mitgliedsorganisation "
				    "als anwesend eingetragen.</p>\n");
		for (size_t i = 0; i < nv; i++) {
			const char *name = arena_printf(r->a, "vote-%lld",
							(long long)v[i].org_id);
			intern_fieldset_begin(b, fe, name, v[i].name, NULL,
					      false, true);
			intern_radio(b, name, "yes", "Ja",
				     strcmp(v[i].choice, "yes") == 0);
			intern_radio(b, name, "no", "Nein",
				     strcmp(v[i].choice, "no") == 0);
			intern_radio(b, name, "abstain", "Enthaltung",
				     strcmp(v[i].choice, "abstain") == 0);
			intern_radio(b, name, "", "keine Stimme",
				     v[i].choice[0] == '\0');
			intern_fieldset_end(b);
		}
	} else {
		const char *y =
			m->decided ? arena_printf(r->a, "%d", m->yes) : NULL;
		const char *n =
			m->decided ? arena_printf(r->a, "%d", m->no) : NULL;
		const char *ab = m->decided
					 ? arena_printf(r->a, "%d", m->abstain)
					 : NULL;
		if (fe && fe->n) {
			y = intern_form_text(r, "yes");
			n = intern_form_text(r, "no");
			ab = intern_form_text(r, "abstain");
		}
		intern_fieldset_begin(b, NULL, "stimmen", "Stimmen", NULL,
				      false, false);
		form_input(b, fe,
			   &(struct field){.name = "yes",
					   .label = "Ja",
					   .type = "text",
					   .inputmode = "numeric",
					   .value = y,
					   .required = true,
					   .extra_class = "kern-form-input__"
							  "input--width-4"});
		form_input(b, fe,
			   &(struct field){.name = "no",
					   .label = "Nein",
					   .type = "text",
					   .inputmode = "numeric",
					   .value = n,
					   .required = true,
					   .extra_class = "kern-form-input__"
							  "input--width-4"});
		form_input(b, fe,
			   &(struct field){.name = "abstain",
					   .label = "Enthaltungen",
					   .type = "text",
					   .inputmode = "numeric",
					   .value = ab,
					   .required = true,
					   .extra_class = "kern-form-input__"
							  "input--width-4"});
		intern_fieldset_end(b);
	}
	form_submit(b,
		    m->decided ? "Berichtigung speichern"
			       : "Abstimmung speichern",
		    true);
	form_end(b);
}

static void edit_form(struct req *r, const struct motion *m,
		      const struct form_errors *fe)
{
	buf *b = &r->out;
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Antrag "
		    "bearbeiten</h2>\n");
	form_begin(
		b,
		arena_printf(r->a, "/intern/antraege/%lld", (long long)m->id),
		web_csrf(r));
	form_input(b, fe,
		   &(struct field){.name = "title",
				   .label = "Titel des Antrags",
				   .value = m->title,
				   .required = true});
	form_textarea(b, fe,
		      &(struct field){.name = "text_md",
				      .label = "Text des Antrags",
				      .hint = "Markdown",
				      .value = m->text_md},
		      6);
	form_select(b, fe, "majority", "Erforderliche Mehrheit",
		    majority_opts(r), m->majority, NULL,
		    "Vorgabe aus den Regeln des Gremiums");
	form_input(b, fe,
		   &(struct field){
			   .name = "quorum_percent",
			   .label = "Beschlussfähigkeit (Prozent der "
				    "stimmberechtigten Mitglieder)",
			   .hint = "0 bedeutet: immer beschlussfähig",
			   .inputmode = "numeric",
			   .value = arena_printf(r->a, "%d", m->quorum_percent),
			   .extra_class = "kern-form-input__input--width-4"});
	form_submit(b, "Antrag speichern", true);
	form_end(b);
	intern_post_button(
		b, web_csrf(r),
		&(struct intern_button){
			.action = arena_printf(r->a,
					       "/intern/antraege/%lld/loeschen",
					       (long long)m->id),
			.label = "Antrag löschen",
			.primary = false});
}

static void motion_page(struct req *r, db *d, const struct motion *m,
			const struct form_errors *edit_errs,
			const struct form_errors *vote_errs, int status)
{
	bool coord = intern_all(r);
	web_begin(r, arena_printf(r->a, "Antrag: %s", m->title));
	buf *b = &r->out;
	html(b,
	     "<p class=\"kern-body lotse-back\"><a class=\"kern-link\" "
	     "href=\"/intern/sitzungen/%lld/antraege\">Zu den Anträgen der "
	     "Sitzung</a></p>\n<h1 class=\"kern-heading-large\">%s%s%s</h1>"
	     "\n",
	     (long long)m->meeting_id, m->decided ? "Beschluss " : "Antrag: ",
	     m->decided ? m->number : "", m->decided ? "" : m->title);
	if (m->decided)
		html(b, "<p class=\"kern-heading-small\">%s</p>\n", m->title);
	const char *ok = req_query(r, "ok");
	if (ok && strcmp(ok, "abgestimmt") == 0)
		alert(b, "success", "Gespeichert",
		      "Die Abstimmung ist gespeichert; das Ergebnis ist "
		      "berechnet und steht im Beschlussregister.");
	else if (ok && strcmp(ok, "gespeichert") == 0)
		alert(b, "success", "Gespeichert",
		      "Der Antrag ist gespeichert.");
	if (edit_errs)
		form_error_summary(b, edit_errs);
	if (vote_errs)
		form_error_summary(b, vote_errs);
	const struct majority_rule *mr = majority_find(m->majority);
	html(b,
	     "<dl class=\"kern-description-list\">"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Sitzung</dt><dd "
	     "class=\"kern-description-list-item__value\"><a "
	     "class=\"kern-link\" href=\"/intern/sitzungen/%lld\">%s</a> "
	     "(%s, %s)</dd></div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Tagesordnungspunkt"
	     "</dt><dd class=\"kern-description-list-item__value\">%s</dd>"
	     "</div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Mehrheit</dt><dd "
	     "class=\"kern-description-list-item__value\">%s</dd></div>"
	     "<div class=\"kern-description-list-item\"><dt "
	     "class=\"kern-description-list-item__key\">Beschlussfähigkeit"
	     "</dt><dd class=\"kern-description-list-item__value\">%s</dd>"
	     "</div>",
	     (long long)m->meeting_id, m->meeting_title, m->body_name,
	     intern_date(r, m->meeting_starts_at), m->agenda_title,
	     mr ? mr->label : m->majority,
	     m->quorum_percent
		     ? arena_printf(r->a,
				    "mindestens %d %% der stimmberechtigten "
				    "Mitglieder anwesend",
				    m->quorum_percent)
		     : "immer (bei ordnungsgemäßer Einladung)");
	if (m->decided) {
		char res[160];
		decision_result_text(m->majority, m->result, m->yes, m->no,
				     m->abstain, res, sizeof res);
		html(b,
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Abstimmung"
		     "</dt><dd class=\"kern-description-list-item__value\">%d "
		     "Ja, %d Nein, %d Enthaltungen; %d von %d "
		     "stimmberechtigten Mitgliedern anwesend</dd></div>"
		     "<div class=\"kern-description-list-item\"><dt "
		     "class=\"kern-description-list-item__key\">Ergebnis</dt>"
		     "<dd class=\"kern-description-list-item__value\" "
		     "id=\"ergebnis\"><strong>%s</strong></dd></div>",
		     m->yes, m->no, m->abstain, m->present_voting,
		     m->voting_members, res);
	}
	HTML_RAW(b, "</dl>\n<h2 class=\"kern-heading-medium\">Wortlaut</h2>"
		    "\n<div class=\"lotse-md\">");
	if (m->text_md[0])
		markdown_html_level(b, m->text_md, 3);
	else
		HTML_RAW(b, "<p class=\"kern-body\">Kein Text.</p>");
	HTML_RAW(b, "</div>\n");
	/* The named votes, when they were recorded so (a body may have
	 * switched to named votes after earlier counted ones). */
	struct voter *v = NULL;
	size_t nv = m->named_votes && m->decided
			    ? motion_voters(d, r->a, m->id, &v)
			    : 0;
	bool any = false;
	for (size_t i = 0; i < nv; i++)
		any = any || v[i].choice[0];
	if (any) {
		static const char *const choice[][2] = {
			{"yes", "Ja"},
			{"no", "Nein"},
			{"abstain", "Enthaltung"}};
		static const char *const heads[] = {"Organisation", "Stimme",
						    NULL};
		HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Namentliche "
			    "Abstimmung</h2>\n");
		ftable_list_begin(b, "Stimmen der Mitglieder", heads);
		for (size_t i = 0; i < nv; i++) {
			const char *label = "keine Stimme";
			for (size_t k = 0; k < 3; k++)
				if (strcmp(v[i].choice, choice[k][0]) == 0)
					label = choice[k][1];
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\">%s</th><td "
			     "class=\"kern-table__cell\">%s</td></tr>",
			     v[i].name, label);
		}
		ftable_list_end(b);
	}
	if (coord) {
		if (!m->decided)
			edit_form(r, m, edit_errs);
		vote_form(r, d, m, vote_errs);
	}
	web_end(r);
	r->status = status;
}

static bool load_motion(struct req *r, db *d, struct motion *m)
{
	int64_t id = intern_path_id(r, "id");
	if (!id || motion_get(d, r->a, id, m) < 0) {
		resp_error(r, 404, "Diesen Antrag gibt es nicht.");
		return false;
	}
	return true;
}

void page_motion(struct req *r)
{
	db *d = web_db(r);
	struct motion m;
	if (!d || !load_motion(r, d, &m))
		return;
	motion_page(r, d, &m, NULL, NULL, 200);
}

void page_motion_save(struct req *r)
{
	db *d = web_db(r);
	struct motion m;
	if (!d || !load_motion(r, d, &m))
		return;
	struct motion v = m;
	v.title = intern_form_text(r, "title");
	v.text_md = intern_form_text(r, "text_md");
	v.majority = intern_form_text(r, "majority");
	int64_t q = -1;
	const char *qt = req_form(r, "quorum_percent");
	if (!qt || !parse_int(qt, 0, 100, &q))
		q = -1;
	v.quorum_percent = (int)q;
	struct errs e = {0};
	int rc = motion_update(d, web_actor(r), &v, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		if (q < 0)
			v.quorum_percent = m.quorum_percent;
		motion_page(r, d, &v, &fe, NULL, 422);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/antraege/%lld?ok="
				     "gespeichert",
				     (long long)m.id));
}

void page_motion_delete(struct req *r)
{
	db *d = web_db(r);
	struct motion m;
	if (!d || !load_motion(r, d, &m))
		return;
	struct errs e = {0};
	int rc = motion_delete(d, web_actor(r), m.id, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		resp_error(r, 409, e.n ? e.msg[0] : "Das ging nicht.");
		return;
	}
	web_redirect(r, arena_printf(r->a, "/intern/sitzungen/%lld/antraege",
				     (long long)m.meeting_id));
}

/* A count field: a whole number 0..100000, or -1 when it is not. */
static int count_field(struct req *r, const char *name)
{
	int64_t v;
	const char *t = req_form(r, name);
	if (!t || !parse_int(t, 0, 100000, &v))
		return -1;
	return (int)v;
}

void page_motion_vote(struct req *r)
{
	db *d = web_db(r);
	struct motion m;
	if (!d || !load_motion(r, d, &m))
		return;
	struct errs e = {0};
	int yes = 0, no = 0, abstain = 0;
	struct named_vote *votes = NULL;
	size_t nvotes = 0;
	if (m.named_votes) {
		struct voter *v;
		size_t nv = motion_voters(d, r->a, m.id, &v);
		votes = arena_calloc(r->a, nv ? nv : 1, sizeof *votes);
		for (size_t i = 0; i < nv; i++) {
			const char *c = req_form(
				r, arena_printf(r->a, "vote-%lld",
						(long long)v[i].org_id));
			votes[nvotes++] =
				(struct named_vote){v[i].org_id, c ? c : ""};
		}
	} else {
		yes = count_field(r, "yes");
		no = count_field(r, "no");
		abstain = count_field(r, "abstain");
	}
	int rc = motion_vote(d, web_actor(r), m.id, yes, no, abstain, votes,
			     nvotes, NULL, &e);
	if (rc == -2) {
		resp_error(r, 403, e.msg[0]);
		return;
	}
	if (rc < 0) {
		struct form_errors fe = {0};
		intern_errs(r, &fe, &e, field_map);
		motion_page(r, d, &m, NULL, &fe, 422);
		return;
	}
	web_redirect(r, arena_printf(r->a,
				     "/intern/antraege/%lld?ok="
				     "abgestimmt#ergebnis",
				     (long long)m.id));
}

/* --- the register ------------------------------------------------------------- */

static const struct option result_opts[] = {
	{"adopted", "angenommen"},
	{"rejected", "abgelehnt"},
	{"not_quorate", "nicht beschlussfähig"},
	{NULL, NULL},
};

/* Reads the filters; false (and messages in fe) when one is bad. */
static bool read_filter(struct req *r, struct register_filter *f,
			struct form_errors *fe)
{
	memset(f, 0, sizeof *f);
	const char *g = req_query(r, "gremium");
	const char *j = req_query(r, "jahr");
	const char *e = req_query(r, "ergebnis");
	int64_t v;
	if (g && *g) {
		if (parse_int(g, 1, INT64_MAX, &v))
			f->body_id = v;
		else
			form_error(fe, "gremium",
				   "Bitte wählen Sie ein Gremium aus der "
				   "Liste.");
	}
	if (j && *j) {
		if (parse_int(j, 1990, 2100, &v))
			f->year = (int)v;
		else
			form_error(fe, "jahr",
				   "Bitte wählen Sie ein Jahr aus der Liste.");
	}
	if (e && *e) {
		bool known = false;
		for (const struct option *o = result_opts; o->value; o++)
			known = known || strcmp(o->value, e) == 0;
		if (known)
			f->result = e;
		else
			form_error(fe, "ergebnis",
				   "Bitte wählen Sie ein Ergebnis aus der "
				   "Liste.");
	}
	return fe->n == 0;
}

void page_decisions(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors fe = {0};
	struct register_filter f;
	bool ok = read_filter(r, &f, &fe);
	struct body *bodies;
	size_t nb = body_list(d, r->a, true, &bodies);
	struct option *bo = arena_calloc(r->a, nb + 1, sizeof *bo);
	for (size_t i = 0; i < nb; i++)
		bo[i] = (struct option){
			arena_printf(r->a, "%lld", (long long)bodies[i].id),
			bodies[i].name};
	int years[50];
	size_t ny = motion_register_years(d, years, 50);
	struct option *yo = arena_calloc(r->a, ny + 1, sizeof *yo);
	for (size_t i = 0; i < ny; i++) {
		const char *y = arena_printf(r->a, "%d", years[i]);
		yo[i] = (struct option){y, y};
	}
	web_begin(r, "Beschlussregister");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Beschlussregister</h1>"
		    "\n<p class=\"kern-body\">Alle Beschlüsse der Gremien "
		    "des Netzwerks mit Abstimmungsergebnis. Das Ergebnis "
		    "berechnet Lotse aus den Stimmen, der erforderlichen "
		    "Mehrheit und der Anwesenheit.</p>\n");
	form_error_summary(b, &fe);
	HTML_RAW(b, "<form method=\"get\" action=\"/intern/beschluesse\" "
		    "class=\"lotse-filter\" role=\"search\" "
		    "aria-label=\"Beschlüsse filtern\" novalidate>\n");
	form_select(b, &fe, "gremium", "Gremium", bo, req_query(r, "gremium"),
		    "alle Gremien", NULL);
	form_select(b, &fe, "jahr", "Jahr", yo, req_query(r, "jahr"),
		    "alle Jahre", NULL);
	form_select(b, &fe, "ergebnis", "Ergebnis", result_opts,
		    req_query(r, "ergebnis"), "alle Ergebnisse", NULL);
	form_submit(b, "Filtern", false);
	HTML_RAW(b, "</form>\n");
	if (!ok) {
		web_end(r);
		r->status = 400;
		return;
	}
	struct motion *mv;
	size_t n = motion_register(d, r->a, &f, &mv);
	html(b,
	     "<p class=\"kern-body\" role=\"status\">%zu %s · <a "
	     "class=\"kern-link\" "
	     "href=\"/intern/beschluesse.csv?gremium=%s&amp;jahr=%s&amp;"
	     "ergebnis=%s\" download>Als CSV-Datei herunterladen</a></p>\n",
	     n, n == 1 ? "Beschluss" : "Beschlüsse",
	     url_component(r->a, f.body_id ? req_query(r, "gremium") : ""),
	     url_component(r->a, f.year ? req_query(r, "jahr") : ""),
	     url_component(r->a, f.result ? f.result : ""));
	if (n) {
		static const char *const heads[] = {
			"Nr.",	     "Datum",	 "Gremium",
			"Beschluss", "Ergebnis", "Stimmen (Ja/Nein/Enthaltung)",
			"Anwesend",  NULL};
		ftable_list_begin(b, "Beschlüsse", heads);
		for (size_t i = 0; i < n; i++) {
			const struct motion *m = &mv[i];
			html(b,
			     "<tr class=\"kern-table__row\"><td "
			     "class=\"kern-table__cell\">%s</td><td "
			     "class=\"kern-table__cell\">%s</td><td "
			     "class=\"kern-table__cell\">%s</td><th "
			     "scope=\"row\" class=\"kern-table__header\"><a "
			     "class=\"kern-link\" href=\"/intern/antraege/"
			     "%lld\">%s</a></th><td "
			     "class=\"kern-table__cell\">",
			     m->number, intern_date(r, m->meeting_starts_at),
			     m->body_name, (long long)m->id, m->title);
			result_badge(b, m);
			html(b,
			     "</td><td class=\"kern-table__cell\">%d / %d / "
			     "%d</td><td class=\"kern-table__cell\">%d von "
			     "%d</td></tr>",
			     m->yes, m->no, m->abstain, m->present_voting,
			     m->voting_members);
		}
		ftable_list_end(b);
	}
	web_end(r);
}

void page_decisions_csv(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	struct form_errors fe = {0};
	struct register_filter f;
	if (!read_filter(r, &f, &fe)) {
		resp_error(r, 400, fe.msg[0]);
		return;
	}
	struct motion *mv;
	size_t n = motion_register(d, r->a, &f, &mv);
	buf out;
	buf_init(&out, (size_t)64 << 20);
	buf_puts(&out, "\xEF\xBB\xBF"); /* BOM: Excel reads UTF-8 then */
	static const char *const cols[] = {"nummer",
					   "datum",
					   "gremium",
					   "sitzung",
					   "tagesordnungspunkt",
					   "titel",
					   "mehrheit",
					   "beschlussfaehigkeit_prozent",
					   "stimmberechtigt",
					   "anwesend",
					   "ja",
					   "nein",
					   "enthaltungen",
					   "ergebnis",
					   NULL};
	for (size_t i = 0; cols[i]; i++) {
		if (i)
			buf_putc(&out, ';');
		buf_puts(&out, cols[i]);
	}
	buf_puts(&out, "\r\n");
	for (size_t i = 0; i < n; i++) {
		const struct motion *m = &mv[i];
		char res[160];
		decision_result_text(m->majority, m->result, m->yes, m->no,
				     m->abstain, res, sizeof res);
		const char *cells[] = {
			m->number,
			arena_printf(r->a, "%.10s", m->meeting_starts_at),
			m->body_name,
			m->meeting_title,
			m->agenda_title,
			m->title,
			m->majority,
			arena_printf(r->a, "%d", m->quorum_percent),
			arena_printf(r->a, "%d", m->voting_members),
			arena_printf(r->a, "%d", m->present_voting),
			arena_printf(r->a, "%d", m->yes),
			arena_printf(r->a, "%d", m->no),
			arena_printf(r->a, "%d", m->abstain),
			res};
		for (size_t k = 0; k < sizeof cells / sizeof *cells; k++) {
			if (k)
				buf_putc(&out, ';');
			csv_put_field(&out, cells[k], ';');
		}
		buf_puts(&out, "\r\n");
	}
	if (buf_failed(&out)) {
		buf_free(&out);
		resp_error(r, 500, "Der Export ist fehlgeschlagen.");
		return;
	}
	char *copy = arena_alloc(r->a, out.len ? out.len : 1);
	memcpy(copy, out.data ? out.data : "", out.len);
	resp_static(r, copy, out.len, "text/csv; charset=utf-8");
	resp_header(r, "Content-Disposition",
		    "attachment; filename=\"beschlussregister.csv\"");
	buf_free(&out);
}
