/*
 * search_synonyms.c - /intern/suche/synonyme: the coordination office adds
 * its own synonym groups to the search ("Storch, Hebamme"), one group a
 * line, entries separated by commas. The built-in list is shown below the
 * form to read. Synonyms apply when searching, so saving needs no
 * re-indexing and takes effect at once (search/textindex.h).
 */
#include <string.h>

#include "search/textindex.h"
#include "web/web.h"

/* The page; with err, the submitted text is shown again with the
 * message. */
static void synonyms_page(struct req *r, db *d, const char *err)
{
	web_begin(r, "Synonyme der Suche");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Synonyme der "
		    "Suche</h1>\n"
		    "<p class=\"kern-body\">Wer nach einem Wort einer Gruppe "
		    "sucht, findet auch Angebote mit den anderen Wörtern der "
		    "Gruppe. Schreiben Sie eine Gruppe in eine Zeile und "
		    "trennen Sie die Wörter mit Kommas, zum Beispiel "
		    "<q>Storch, Hebamme</q>. Groß- und Kleinschreibung, "
		    "Umlaute (<q>ä</q> oder <q>ae</q>) und Endungen "
		    "(<q>Kitas</q>, <q>Kita</q>) spielen keine Rolle. "
		    "Zusammengesetzte Wörter brauchen keinen Eintrag: "
		    "<q>Familienhebamme</q> wird mit <q>Hebamme</q> "
		    "ohnehin gefunden. Zeilen mit # am Anfang sind "
		    "Anmerkungen.</p>\n");
	if (req_query(r, "gespeichert") && !err)
		alert(b, "success", "Die Synonyme sind gespeichert.",
		      "Sie gelten ab sofort für jede Suche.");
	struct form_errors e = {0};
	if (err)
		form_error(&e, "synonyme", err);
	form_error_summary(b, err ? &e : NULL);
	form_begin(b, "/intern/suche/synonyme", web_csrf(r));
	const char *v =
		err ? req_form(r, "synonyme") : text_synonyms_extra(d, r->a);
	struct field f = {
		.name = "synonyme",
		.label = "Eigene Synonymgruppen",
		.value = v ? v : "",
		.hint = "Eine Gruppe je Zeile, Wörter mit Kommas getrennt; "
			"höchstens 500 Zeilen mit je 300 Zeichen.",
	};
	form_textarea(b, err ? &e : NULL, &f, 12);
	form_submit(b, "Speichern", true);
	form_end(b);
	HTML_RAW(b, "<h2 class=\"kern-heading-medium\">Eingebaute "
		    "Synonyme</h2>\n"
		    "<p class=\"kern-body\">Diese Gruppen kennt die Suche "
		    "immer. Fehlt etwas oder passt eine Gruppe nicht, "
		    "melden Sie es bitte der IT; Ihre eigenen Gruppen oben "
		    "kommen hinzu.</p>\n"
		    "<details class=\"lotse-synonyms\"><summary>Liste "
		    "anzeigen</summary>\n<pre class=\"lotse-synonyms__list\">");
	/* Without the file's (English) head, which ends with a line "#". */
	const char *list = text_synonyms_builtin();
	const char *body = strstr(list, "\n#\n");
	html(b, "%s", body ? body + 3 : list);
	HTML_RAW(b, "</pre></details>\n");
	web_end(r);
	if (err)
		r->status = 422;
}

void page_search_synonyms(struct req *r)
{
	db *d = web_db(r);
	if (d)
		synonyms_page(r, d, NULL);
}

void page_search_synonyms_save(struct req *r)
{
	db *d = web_db(r);
	if (!d)
		return;
	const char *text = req_form(r, "synonyme");
	char err[200];
	if (text_synonyms_set(d, web_actor(r), text ? text : "", err,
			      sizeof err) < 0) {
		synonyms_page(r, d, err);
		return;
	}
	web_redirect(r, "/intern/suche/synonyme?gespeichert=1");
}
