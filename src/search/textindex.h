/*
 * textindex.h - the full-text index of offers and the queries on it.
 *
 * The index is the FTS5 table offer_fts (db/migrations/0005_search.sql,
 * 0008_search_doc.sql):
 * one row per offer (rowid = offer id, drafts and archived offers too: the
 * search filters the status), columns title, description, organisation,
 * needs (German labels of its needs, age groups, languages other than
 * German, ways of access and cost) and places
 * (names and cities of its locations, the municipalities it is in or
 * serves). Its tokenizer "lotse" (fts.c) runs the German analysis of
 * analyze.h; it is registered on every SQLite connection the process opens.
 *
 * The index is kept in step by the domain: offer_save() and org_update()
 * call text_index_offer() / text_index_org() inside their transaction, so a
 * rollback leaves the index as it was. `lotse reindex` rebuilds it.
 */
#ifndef LOTSE_TEXTINDEX_H
#define LOTSE_TEXTINDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

/* Re-indexes one offer from the tables (removes it from the index when it
 * no longer exists). Call inside the transaction that changed it.
 * 0 or -1 on a database error (logged). */
int text_index_offer(db *d, int64_t offer_id);
/* Bulk changes (the demo, a CSV import): after text_index_defer(),
 * text_index_offer() on this connection only notes the offer, and
 * text_index_flush() indexes all noted offers at once (FTS5 writes a
 * segment at every savepoint, so one by one 100 000 offers take three
 * times as long). Call both inside one transaction, the flush before the
 * commit; text_index_forget() drops what was noted (on a rollback). */
void text_index_defer(db *d);
int text_index_flush(db *d);
void text_index_forget(db *d);
/* Re-indexes every offer of an organisation (after a rename). */
int text_index_org(db *d, int64_t org_id);
/* Rebuilds the whole index in one transaction. progress, when not NULL, is
 * called now and then with the number of offers done and the total.
 * 0 or -1. */
int text_reindex(db *d, void (*progress)(void *ctx, long done, long total),
		 void *ctx);

struct text_match {
	int64_t id;
	double score; /* higher is better (lotse_score: IDF x column weight) */
};

struct text_result {
	struct text_match *m;	/* in the caller's arena */
	size_t n;		/* sorted by id ascending */
	bool loosened;		/* AND found nothing; this is the OR match */
	const char *suggestion; /* "Meinten Sie": the query with the
				   corrected word(s), or NULL */
	bool corrected; /* m holds the hits of the suggestion (the original
			   words found nothing) */
};

/*
 * Searches the index for the words of q (any text: user syntax is never
 * passed to FTS5; at most 16 words, little words such as "für" left out).
 * Words are ANDed; when that finds nothing, ORed (loosened). The last word
 * also matches as a prefix when it finds nothing as it is (an unfinished
 * word). When nothing is found, a word of 5+ letters that matches nothing
 * is replaced by the most frequent indexed word within one edit
 * (suggestion, corrected). Synonyms (see below) are alternatives of a
 * word; a compound also matches by its parts. A query without words gives
 * n = 0. Results are cached per process while the index is unchanged.
 * Everything is allocated in a. Returns 0, or -1 on a database error.
 */
int text_search(db *d, arena *a, const char *q, struct text_result *out);

/* --- synonyms ------------------------------------------------------------ */

/* Synonyms are alternatives of a query word ("Kita" also finds
 * "Kindertagesstätte"): groups of words or phrases, one group a line,
 * entries separated by commas, "#" starts a comment line. The built-in
 * list is data/synonyms-de.txt (embedded); the coordination office adds
 * its own groups (table search_synonym). Applied at query time, so a change
 * needs no re-indexing. */
#define TEXT_SYN_MAX_LINES 500
#define TEXT_SYN_MAX_LINE 300

struct actor;
/* The built-in list, as the file reads. */
const char *text_synonyms_builtin(void);
/* The additional groups, one a line, in a ("" when none). */
const char *text_synonyms_extra(db *d, arena *a);
/* Replaces the additional groups by the non-empty lines of text, with an
 * audit entry. Returns 0, or -1 with a German message in err (a line too
 * long, too many lines, a database error). */
int text_synonyms_set(db *d, const struct actor *a, const char *text, char *err,
		      size_t errlen);

#endif
