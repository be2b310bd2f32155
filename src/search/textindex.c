/*
 * textindex.c - the full-text index of offers and the queries on it (see
 * textindex.h).
 *
 * Indexing is one INSERT ... SELECT per offer: the document (title,
 * description, organisation name, labels of needs and age groups, places)
 * is assembled by SQL from the tables, so the index, the migration that
 * fills it and `lotse reindex` share one definition.
 *
 * Queries never pass user text to FTS5. The query is cut into words and
 * each word analysed here (analyze.h); the MATCH expression is built from
 * quoted strings of finished index terms, marked with FTS_RAW so that the
 * tokenizer passes them through. One word becomes the clause
 *
 *   ( "stem" OR synonyms... OR ("part1" AND "part2") OR "folded" * )
 *
 * (parts for a compound, the prefix only for the last word). Clauses are
 * ANDed; when that finds nothing, a word of 5+ letters that matches
 * nothing gets the most frequent index term within one edit (checked in
 * the fts5vocab table), and if still nothing is found the clauses are
 * ORed.
 */
#include "search/textindex.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/embed.h"
#include "base/log.h"
#include "base/utf8.h"
#include "domain/actor.h"
#include "domain/audit.h"
#include "search/analyze.h"
#include "search/fts.h"

/* --- indexing --------------------------------------------------------------- */

/* The document of offers; the same text as in 0008_search_doc.sql. */
#define DOC_SELECT                                                             \
	"INSERT INTO offer_fts (rowid, title, description, organisation, "     \
	"needs, places) "                                                      \
	"SELECT o.id, o.title, o.description, g.name, "                        \
	"coalesce((SELECT group_concat(lotse_label('need', n.need), '. ') "    \
	"FROM offer_need n WHERE n.offer_id = o.id), '') || '. ' || "          \
	"coalesce((SELECT group_concat(lotse_label('age', x.age), ', ') "      \
	"FROM offer_age x WHERE x.offer_id = o.id), '') || '. ' || "           \
	"coalesce((SELECT group_concat(lotse_label('language', y.language), "  \
	"', ') FROM offer_language y "                                         \
	"WHERE y.offer_id = o.id AND y.language <> 'de'), '') || '. ' || "     \
	"coalesce((SELECT group_concat(lotse_label('access', z.access), "      \
	"', ') FROM offer_access z WHERE z.offer_id = o.id), '') || '. ' || "  \
	"lotse_label('cost', o.cost), "                                        \
	"coalesce((SELECT group_concat(l.name || ' ' || l.city || ' ' || "     \
	"coalesce(r.name, ''), ', ') FROM offer_location l "                   \
	"LEFT JOIN region r ON r.id = l.region_id "                            \
	"WHERE l.offer_id = o.id), '') || ', ' || "                            \
	"coalesce((SELECT group_concat(r.name, ', ') FROM offer_region s "     \
	"JOIN region r ON r.id = s.region_id WHERE s.offer_id = o.id), '') "   \
	"FROM offer o JOIN organisation g ON g.id = o.organisation_id "

static const char sql_doc_one[] = DOC_SELECT "WHERE o.id = ?1";
static const char sql_doc_org[] = DOC_SELECT "WHERE o.organisation_id = ?1";
static const char sql_doc_range[] = DOC_SELECT "WHERE o.id >= ?1 AND o.id < ?2";
static const char sql_del_one[] = "DELETE FROM offer_fts WHERE rowid = ?1";
static const char sql_del_org[] =
	"DELETE FROM offer_fts WHERE rowid IN "
	"(SELECT id FROM offer WHERE organisation_id = ?1)";
static const char sql_del_all[] = "DELETE FROM offer_fts";
static const char sql_id_range[] =
	"SELECT coalesce(min(id), 0), coalesce(max(id), 0), count(*) "
	"FROM offer";
static const char sql_optimize[] =
	"INSERT INTO offer_fts (offer_fts) VALUES ('optimize')";

/* Steps st once with one or two ids bound; true when it is done. */
static bool run_ids(db *d, const char *sql, int64_t a, int64_t b, int nb)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return false;
	if (nb > 0)
		db_bind_int(st, 1, a);
	if (nb > 1)
		db_bind_int(st, 2, b);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	if (!ok)
		log_error("text index: %s", sqlite3_errmsg(db_sqlite(d)));
	sqlite3_reset(st);
	return ok;
}

/* Changes of the index (or of the synonyms) in this process: part of the
 * key of the result cache. */
static atomic_ulong generation;

/* The offers noted for a deferred indexing on one connection of this
 * thread (see text_index_defer()). */
static _Thread_local struct {
	db *d;
	int64_t *ids;
	size_t n, cap;
} pending;

int text_index_offer(db *d, int64_t offer_id)
{
	atomic_fetch_add(&generation, 1);
	if (pending.d == d) {
		if (pending.n == pending.cap) {
			size_t cap = pending.cap ? 2 * pending.cap : 1024;
			int64_t *v = realloc(pending.ids, cap * sizeof *v);
			if (!v)
				return -1;
			pending.ids = v;
			pending.cap = cap;
		}
		pending.ids[pending.n++] = offer_id;
		return 0;
	}
	return run_ids(d, sql_del_one, offer_id, 0, 1) &&
			       run_ids(d, sql_doc_one, offer_id, 0, 1)
		       ? 0
		       : -1;
}

void text_index_defer(db *d)
{
	text_index_forget(pending.d);
	pending.d = d;
}

void text_index_forget(db *d)
{
	if (pending.d != d)
		return;
	free(pending.ids);
	memset(&pending, 0, sizeof pending);
}

static int cmp_id(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return (a > b) - (a < b);
}

static const char sql_del_list[] = "DELETE FROM offer_fts WHERE rowid IN "
				   "(SELECT value FROM json_each(?1))";
static const char sql_doc_list[] = DOC_SELECT
	"WHERE o.id IN (SELECT value FROM json_each(?1)) ORDER BY o.id";

int text_index_flush(db *d)
{
	if (pending.d != d)
		return 0;
	/* Each offer once, in the order of ids, in slices of a JSON array. */
	if (pending.n)
		qsort(pending.ids, pending.n, sizeof *pending.ids, cmp_id);
	bool ok = true;
	buf b;
	buf_init(&b, 1 << 20);
	for (size_t i = 0; ok && i < pending.n;) {
		buf_reset(&b);
		buf_putc(&b, '[');
		size_t k = 0;
		for (; i < pending.n && k < 5000; i++) {
			if (i && pending.ids[i] == pending.ids[i - 1])
				continue;
			buf_printf(&b, "%s%lld", k++ ? "," : "",
				   (long long)pending.ids[i]);
		}
		buf_putc(&b, ']');
		for (int step = 0; ok && step < 2; step++) {
			sqlite3_stmt *st =
				db_stmt(d, step ? sql_doc_list : sql_del_list);
			ok = st && !buf_failed(&b);
			if (!ok)
				break;
			db_bind_text(st, 1, buf_str(&b));
			ok = sqlite3_step(st) == SQLITE_DONE;
			if (!ok)
				log_error("text index: %s",
					  sqlite3_errmsg(db_sqlite(d)));
			sqlite3_reset(st);
		}
	}
	buf_free(&b);
	text_index_forget(d);
	atomic_fetch_add(&generation, 1);
	return ok ? 0 : -1;
}

int text_index_org(db *d, int64_t org_id)
{
	atomic_fetch_add(&generation, 1);
	return run_ids(d, sql_del_org, org_id, 0, 1) &&
			       run_ids(d, sql_doc_org, org_id, 0, 1)
		       ? 0
		       : -1;
}

int text_reindex(db *d, void (*progress)(void *ctx, long done, long total),
		 void *ctx)
{
	sqlite3_stmt *st = db_stmt(d, sql_id_range);
	if (!st)
		return -1;
	int64_t lo = 0, hi = 0;
	long total = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		lo = sqlite3_column_int64(st, 0);
		hi = sqlite3_column_int64(st, 1);
		total = (long)sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	atomic_fetch_add(&generation, 1);
	if (db_tx_begin(d) < 0)
		return -1;
	bool ok = run_ids(d, sql_del_all, 0, 0, 0);
	/* In slices of ids, for the progress line; ids are dense enough. */
	const int64_t step = 2000;
	for (int64_t i = lo; ok && total > 0 && i <= hi; i += step) {
		ok = run_ids(d, sql_doc_range, i, i + step, 2);
		if (progress) {
			int64_t done = i + step - lo;
			progress(ctx, (long)(done < total ? done : total),
				 total);
		}
	}
	if (ok)
		ok = run_ids(d, sql_optimize, 0, 0, 0);
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		return -1;
	}
	return 0;
}

/* --- per-thread state ------------------------------------------------------ */

/* One synonym entry: its index terms, blank-separated (a phrase when
 * more than one), and its group. */
struct syn {
	const char *terms;
	int group;
};

struct syns {
	struct syn *v;
	size_t n, cap;
	int groups;
};

struct tstate {
	struct analyzer *an;
	arena *arena; /* the built-in synonyms */
	struct syns builtin;
};

static pthread_key_t ts_key;
static pthread_once_t ts_once = PTHREAD_ONCE_INIT;

/* The thread's buffer of hits (see run_match()). */
static _Thread_local struct text_match *tl_m;
static _Thread_local size_t tl_cap;

static void ts_free(void *p)
{
	struct tstate *t = p;
	free(tl_m); /* the destructor runs in the ending thread */
	tl_m = NULL;
	tl_cap = 0;
	analyzer_free(t->an);
	arena_free(t->arena);
	free(t);
}

static void ts_make_key(void)
{
	pthread_key_create(&ts_key, ts_free);
}

const char *text_synonyms_builtin(void)
{
	for (unsigned long i = 0; i < embedded_data_count; i++)
		if (strcmp(embedded_data[i].name, "synonyms-de.txt") == 0)
			return (const char *)embedded_data[i].data;
	return "";
}

/* Adds the groups of text (one a line) to s, analysed with an. */
static void syns_parse(struct analyzer *an, arena *a, const char *text,
		       struct syns *s)
{
	const char *p = text;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		const char *line = p;
		p += len + (eol ? 1 : 0);
		size_t i = 0;
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i >= len || line[i] == '#')
			continue;
		size_t first = s->n;
		while (i < len) {
			size_t j = i;
			while (j < len && line[j] != ',')
				j++;
			/* The terms of one entry. */
			char terms[4 * (AN_MAX_WORD + 1)];
			size_t tl = 0, pos = 0, ws, we;
			struct an_word w;
			while (analyze_next_word(line + i, j - i, &pos, &ws,
						 &we)) {
				if (!analyze_word(an, line + i + ws, we - ws,
						  &w))
					continue;
				size_t k = strlen(w.stem);
				if (tl + k + 1 >= sizeof terms)
					break;
				if (tl)
					terms[tl++] = ' ';
				memcpy(terms + tl, w.stem, k);
				tl += k;
			}
			if (tl) {
				s->v = arena_grow(a, s->v, s->n, &s->cap,
						  sizeof *s->v);
				s->v[s->n++] = (struct syn){
					arena_strndup(a, terms, tl), s->groups};
			}
			i = j + 1;
		}
		if (s->n - first >= 2)
			s->groups++;
		else
			s->n = first; /* a group of one is none */
	}
}

static struct tstate *tstate(void)
{
	pthread_once(&ts_once, ts_make_key);
	struct tstate *t = pthread_getspecific(ts_key);
	if (t)
		return t;
	t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->an = analyzer_new();
	if (!t->an) {
		free(t);
		return NULL;
	}
	t->arena = arena_new(16384);
	syns_parse(t->an, t->arena, text_synonyms_builtin(), &t->builtin);
	pthread_setspecific(ts_key, t);
	return t;
}

/* --- synonyms of the coordination office --------------------------------- */

static const char sql_syn_list[] =
	"SELECT line FROM search_synonym ORDER BY position";
static const char sql_syn_clear[] = "DELETE FROM search_synonym";
static const char sql_syn_add[] = "INSERT INTO search_synonym (line) "
				  "VALUES (?1)";

const char *text_synonyms_extra(db *d, arena *a)
{
	sqlite3_stmt *st = db_stmt(d, sql_syn_list);
	if (!st)
		return "";
	buf b;
	buf_init(&b, 1 << 20);
	while (sqlite3_step(st) == SQLITE_ROW) {
		buf_puts(&b, db_col_text(st, 0));
		buf_putc(&b, '\n');
	}
	sqlite3_reset(st);
	const char *out = arena_strdup(a, b.len ? buf_str(&b) : "");
	buf_free(&b);
	return out;
}

int text_synonyms_set(db *d, const struct actor *a, const char *text, char *err,
		      size_t errlen)
{
	size_t nlines = 0, lineno = 0;
	for (const char *p = text; *p;) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		lineno++;
		if (len > TEXT_SYN_MAX_LINE + 1) {
			snprintf(err, errlen,
				 "Zeile %zu ist zu lang (höchstens %d "
				 "Zeichen).",
				 lineno, TEXT_SYN_MAX_LINE);
			return -1;
		}
		nlines++;
		p += len + (eol ? 1 : 0);
	}
	if (nlines > TEXT_SYN_MAX_LINES) {
		snprintf(err, errlen, "Höchstens %d Zeilen.",
			 TEXT_SYN_MAX_LINES);
		return -1;
	}
	if (!utf8_valid(text, strlen(text))) {
		snprintf(err, errlen, "Der Text ist kein gültiges UTF-8.");
		return -1;
	}
	if (db_tx_begin(d) < 0) {
		snprintf(err, errlen,
			 "Die Datenbank ist gerade nicht "
			 "verfügbar.");
		return -1;
	}
	atomic_fetch_add(&generation, 1);
	bool ok = run_ids(d, sql_syn_clear, 0, 0, 0);
	size_t kept = 0;
	for (const char *p = text; ok && *p;) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		const char *line = p;
		p += len + (eol ? 1 : 0);
		while (len && (line[0] == ' ' || line[0] == '\t')) {
			line++;
			len--;
		}
		while (len && strchr(" \t\r", line[len - 1]))
			len--;
		if (!len)
			continue;
		sqlite3_stmt *st = db_stmt(d, sql_syn_add);
		ok = st != NULL;
		if (ok) {
			sqlite3_bind_text(st, 1, line, (int)len,
					  SQLITE_TRANSIENT);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
		kept++;
	}
	if (ok)
		ok = audit_add(d, a, "update", "search_synonym", 0,
			       "Synonyme der Suche geändert (%zu Gruppen)",
			       kept) == 0;
	if (!ok || db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		snprintf(err, errlen,
			 "Die Synonyme konnten nicht gespeichert "
			 "werden.");
		return -1;
	}
	return 0;
}

/* --- building queries ----------------------------------------------------- */

#define MAX_WORDS 16
/* Words of 5+ letters get a correction when they match nothing. */
#define FIX_MIN_CHARS 5

/* Words that carry no meaning in a query (folded forms). */
static const char *const stopwords[] = {
	"der",	  "die",     "das",	 "den",	  "dem",   "des",   "ein",
	"eine",	  "einen",   "einem",	 "einer", "eines", "und",   "oder",
	"fur",	  "mit",     "von",	 "vom",	  "zu",	   "zum",   "zur",
	"im",	  "in",	     "am",	 "an",	  "auf",   "bei",   "beim",
	"aus",	  "ist",     "sind",	 "ich",	  "wir",   "mein",  "meine",
	"meinen", "unser",   "unsere",	 "mich",  "mir",   "uns",   "es",
	"gibt",	  "wo",	     "wer",	 "was",	  "wie",   "fuer",  "suche",
	"suchen", "brauche", "brauchen", "hilfe", "nicht", "kein",  "keine",
	"viel",	  "sehr",    "oft",	 "immer", "mehr",  "bitte", NULL};

static bool is_stopword(const char *fold)
{
	for (size_t i = 0; stopwords[i]; i++)
		if (strcmp(fold, stopwords[i]) == 0)
			return true;
	return false;
}

struct qword {
	size_t start, end; /* in the query text */
	struct an_word w;
	bool stop;
	bool prefix;	     /* also as a prefix (an unfinished last word) */
	const char *fix;     /* corrected term, or NULL */
	const char *surface; /* the word to show for it */
};

/* Appends one quoted string of raw terms (every '"' doubled). */
static void put_alt(buf *b, bool *first, const char *terms, bool prefix)
{
	if (!*first)
		buf_puts(b, " OR ");
	*first = false;
	buf_putc(b, '"');
	buf_putc(b, FTS_RAW);
	for (const char *p = terms; *p; p++) {
		if (*p == '"')
			buf_putc(b, '"');
		buf_putc(b, *p);
	}
	buf_putc(b, '"');
	if (prefix)
		buf_puts(b, " *");
}

/* The synonyms of term in s, as alternatives. */
static void put_syns(buf *b, bool *first, const struct syns *s,
		     const char *term)
{
	for (size_t i = 0; i < s->n; i++) {
		if (strcmp(s->v[i].terms, term) != 0)
			continue;
		for (size_t k = 0; k < s->n; k++)
			if (s->v[k].group == s->v[i].group && k != i &&
			    strcmp(s->v[k].terms, term) != 0)
				put_alt(b, first, s->v[k].terms, false);
	}
}

/* A term and its synonyms from both lists. */
static void put_term(buf *b, bool *first, const struct syns *s1,
		     const struct syns *s2, const char *term)
{
	put_alt(b, first, term, false);
	put_syns(b, first, s1, term);
	put_syns(b, first, s2, term);
}

/* The clause of one word (see the top of the file). */
static void put_clause(buf *b, const struct qword *q, const struct syns *s1,
		       const struct syns *s2)
{
	bool first = true;
	buf_putc(b, '(');
	put_term(b, &first, s1, s2, q->w.stem);
	/* A compound: all its parts; one of three or more parts also
	 * without its last ("Geburtsvorbereitungskurs" finds the
	 * "Geburtsvorbereitung"). */
	for (size_t drop = 0; drop < 2; drop++) {
		size_t np = q->w.nparts - drop;
		if (q->w.nparts < 2 || (drop && np < 2))
			break;
		buf_puts(b, " OR (");
		for (size_t i = 0; i < np; i++) {
			bool f2 = true;
			buf_puts(b, i ? " AND (" : "(");
			put_term(b, &f2, s1, s2, q->w.part[i]);
			buf_putc(b, ')');
		}
		buf_putc(b, ')');
	}
	if (q->prefix)
		put_alt(b, &first, q->w.fold, true);
	if (q->fix)
		put_term(b, &first, s1, s2, q->fix);
	buf_putc(b, ')');
}

/* The expression of all words joined by op ("AND", "OR"). */
static const char *build(arena *a, const struct qword *w, size_t n,
			 const char *op, const struct syns *s1,
			 const struct syns *s2)
{
	buf b;
	buf_init(&b, 1 << 20);
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		if (w[i].stop)
			continue;
		if (any)
			buf_printf(&b, " %s ", op);
		any = true;
		put_clause(&b, &w[i], s1, s2);
	}
	const char *out = buf_failed(&b) ? NULL : arena_strdup(a, buf_str(&b));
	buf_free(&b);
	return out;
}

/* --- running queries ------------------------------------------------------ */

/* Scores (fts.c): with all words (AND) every hit has every word, so the
 * rarity of a word (IDF) matters little and is left out - it costs a pass
 * over each word's offers; with any word (OR) it counts. */
static const char sql_match_and[] =
	"SELECT rowid, lotse_score(offer_fts, 0, 10.0, 1.0, 4.0, 4.0, 3.0) "
	"FROM offer_fts WHERE offer_fts MATCH ?1";
static const char sql_match_or[] =
	"SELECT rowid, lotse_score(offer_fts, 1, 10.0, 1.0, 4.0, 4.0, 3.0) "
	"FROM offer_fts WHERE offer_fts MATCH ?1";
static const char sql_exists[] =
	"SELECT 1 FROM offer_fts WHERE offer_fts MATCH ?1 LIMIT 1";
/* Which of the candidate terms (a JSON array) are in the index, with the
 * number of offers each is in. */
static const char sql_vocab[] = "SELECT v.term, v.doc FROM json_each(?1) j "
				"JOIN offer_fts_vocab v ON v.term = j.value";
static const char sql_sample[] =
	"SELECT title, description, organisation, needs, places "
	"FROM offer_fts WHERE offer_fts MATCH ?1 LIMIT 3";

static int cmp_match(const void *x, const void *y)
{
	const struct text_match *a = x, *b = y;
	return (a->id > b->id) - (a->id < b->id);
}

/* The hits are gathered in a buffer of the thread that is kept between
 * searches (growing an arena array zeroes and copies every doubling, and
 * fresh pages fault: that was a third of the time of a query with 90,000
 * hits), then copied once into the caller's arena. Buffers of more than
 * KEEP_MATCHES entries are given back after the search. */
#define KEEP_MATCHES 262144

/* Runs the MATCH expression; the hits go to out. 0 or -1. */
static int run_match(db *d, arena *a, const char *expr, bool idf,
		     struct text_result *out)
{
	out->m = NULL;
	out->n = 0;
	sqlite3_stmt *st = db_stmt(d, idf ? sql_match_or : sql_match_and);
	if (!st || !expr)
		return -1;
	db_bind_text(st, 1, expr);
	bool sorted = true, ok = true;
	size_t n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == tl_cap) {
			size_t cap = tl_cap ? 2 * tl_cap : 4096;
			struct text_match *v = realloc(tl_m, cap * sizeof *v);
			if (!v) {
				ok = false;
				break;
			}
			tl_m = v;
			tl_cap = cap;
		}
		int64_t id = sqlite3_column_int64(st, 0);
		if (n && id < tl_m[n - 1].id)
			sorted = false;
		tl_m[n++] =
			(struct text_match){id, sqlite3_column_double(st, 1)};
	}
	if (ok && rc != SQLITE_DONE) {
		log_error("text search: %s", sqlite3_errmsg(db_sqlite(d)));
		ok = false;
	}
	sqlite3_reset(st);
	if (ok && n) {
		if (!sorted)
			qsort(tl_m, n, sizeof *tl_m, cmp_match);
		out->m = arena_alloc(a, n * sizeof *out->m);
		memcpy(out->m, tl_m, n * sizeof *out->m);
		out->n = n;
	}
	if (tl_cap > KEEP_MATCHES) {
		free(tl_m);
		tl_m = NULL;
		tl_cap = 0;
	}
	return ok ? 0 : -1;
}

/* 1 when the expression matches something, 0 when not, -1 on error. */
static int matches(db *d, const char *expr)
{
	sqlite3_stmt *st = db_stmt(d, sql_exists);
	if (!st || !expr)
		return -1;
	db_bind_text(st, 1, expr);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Adds the stems of every string within one edit of s (letters a-z) to
 * the candidate list. Only plain ASCII words are corrected. */
static void add_edits(struct analyzer *an, arena *a, const char *s, bool stem,
		      const char ***v, size_t *n, size_t *cap)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
	size_t len = strlen(s);
	char e[AN_MAX_WORD + 2], out[AN_MAX_WORD + 1];
	if (len + 1 > AN_MAX_WORD)
		return;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return;
	for (int kind = 0; kind < 4; kind++) {
		size_t positions = kind == 3 ? len + 1 : len;
		for (size_t i = 0; i < positions; i++) {
			size_t nl = kind == 0 || kind == 1 ? 1 : 26;
			if (kind == 1 && i + 1 >= len)
				continue;
			for (size_t c = 0; c < nl; c++) {
				size_t el;
				if (kind == 0) { /* deletion */
					memcpy(e, s, i);
					memcpy(e + i, s + i + 1, len - i - 1);
					el = len - 1;
				} else if (kind == 1) { /* transposition */
					memcpy(e, s, len);
					e[i] = s[i + 1];
					e[i + 1] = s[i];
					el = len;
				} else if (kind == 2) { /* substitution */
					if (s[i] == letters[c])
						continue;
					memcpy(e, s, len);
					e[i] = letters[c];
					el = len;
				} else { /* insertion */
					memcpy(e, s, i);
					e[i] = letters[c];
					memcpy(e + i + 1, s + i, len - i);
					el = len + 1;
				}
				if (el == 0)
					continue;
				e[el] = '\0';
				const char *t = e;
				if (stem) {
					if (analyze_stem(an, e, el, out) == 0)
						continue;
					t = out;
				}
				*v = arena_grow(a, *v, *n, cap, sizeof **v);
				(*v)[(*n)++] = arena_strdup(a, t);
			}
		}
	}
}

/* The most frequent index term within one edit of the word, or NULL. */
static const char *correction(db *d, arena *a, struct analyzer *an,
			      const struct an_word *w)
{
	const char **v = NULL;
	size_t n = 0, cap = 0;
	add_edits(an, a, w->fold, true, &v, &n, &cap);
	add_edits(an, a, w->stem, false, &v, &n, &cap);
	if (n == 0)
		return NULL;
	qsort(v, n, sizeof *v, cmp_str);
	buf b;
	buf_init(&b, 1 << 20);
	buf_putc(&b, '[');
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if ((i && strcmp(v[i], v[i - 1]) == 0) ||
		    strcmp(v[i], w->stem) == 0)
			continue;
		/* Terms are letters and digits: nothing to escape. */
		buf_printf(&b, "%s\"%s\"", k++ ? "," : "", v[i]);
	}
	buf_putc(&b, ']');
	const char *best = NULL;
	sqlite3_int64 best_n = 0;
	sqlite3_stmt *st = db_stmt(d, sql_vocab);
	if (st && !buf_failed(&b)) {
		db_bind_text(st, 1, buf_str(&b));
		while (sqlite3_step(st) == SQLITE_ROW) {
			sqlite3_int64 c = sqlite3_column_int64(st, 1);
			const char *t = db_col_text(st, 0);
			if (c > best_n ||
			    (c == best_n && best && strcmp(t, best) < 0)) {
				best_n = c;
				best = arena_strdup(a, t);
			}
		}
		sqlite3_reset(st);
	}
	buf_free(&b);
	return best;
}

struct surface {
	const char *s;
	int n;
};

/* The word as people write it that gives the index term: the most
 * frequent one in a few offers that contain the term. */
static const char *surface_of(db *d, arena *a, struct analyzer *an,
			      const char *term)
{
	struct surface seen[16];
	size_t nseen = 0;
	buf b;
	buf_init(&b, 4096);
	bool f = true;
	put_alt(&b, &f, term, false);
	sqlite3_stmt *st = db_stmt(d, sql_sample);
	if (st && !buf_failed(&b)) {
		db_bind_text(st, 1, buf_str(&b));
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int c = 0; c < 5; c++) {
				const char *t = db_col_text(st, c);
				size_t tn = strlen(t), pos = 0, ws, we;
				struct an_word w;
				while (analyze_next_word(t, tn, &pos, &ws,
							 &we)) {
					if (!analyze_word(an, t + ws, we - ws,
							  &w))
						continue;
					char *s = NULL;
					if (strcmp(w.stem, term) == 0)
						s = arena_strndup(a, t + ws,
								  we - ws);
					for (size_t i = 0; !s && i < w.nparts;
					     i++) {
						if (strcmp(w.part[i], term))
							continue;
						s = arena_strdup(
							a, w.part_lower[i]);
						/* Capitalised as the word. */
						if (t[ws] >= 'A' &&
						    t[ws] <= 'Z' &&
						    s[0] >= 'a' && s[0] <= 'z')
							s[0] = (char)(s[0] -
								      32);
						else if (t[ws] >= 'A' &&
							 t[ws] <= 'Z' &&
							 (unsigned char)s[0] ==
								 0xC3 &&
							 ((unsigned char)s[1] ==
								  0xA4 ||
							  (unsigned char)s[1] ==
								  0xB6 ||
							  (unsigned char)s[1] ==
								  0xBC))
							s[1] = (char)(s[1] -
								      0x20);
					}
					if (!s)
						continue;
					size_t k = 0;
					while (k < nseen &&
					       strcmp(seen[k].s, s) != 0)
						k++;
					if (k < nseen)
						seen[k].n++;
					else if (nseen < 16)
						seen[nseen++] =
							(struct surface){s, 1};
				}
			}
		}
		sqlite3_reset(st);
	}
	buf_free(&b);
	const char *best = term;
	int best_n = 0;
	for (size_t i = 0; i < nseen; i++)
		if (seen[i].n > best_n) {
			best_n = seen[i].n;
			best = seen[i].s;
		}
	return best;
}

/* The query with each corrected word replaced by its surface form. */
static const char *suggestion(arena *a, const char *q, size_t qn,
			      const struct qword *w, size_t n)
{
	buf b;
	buf_init(&b, 1 << 20);
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		buf_append(&b, q + at, w[i].start - at);
		if (w[i].fix)
			buf_puts(&b, w[i].surface);
		else
			buf_append(&b, q + w[i].start, w[i].end - w[i].start);
		at = w[i].end;
	}
	buf_append(&b, q + at, qn - at);
	/* Trimmed of blanks at both ends. */
	const char *s = buf_failed(&b) ? "" : buf_str(&b);
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	size_t len = strlen(s);
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	const char *out = arena_strndup(a, s, len);
	buf_free(&b);
	return out;
}

/* The search itself, without the cache. */
static int search_uncached(db *d, arena *a, const char *q,
			   struct text_result *out)
{
	memset(out, 0, sizeof *out);
	if (!q)
		return 0;
	struct tstate *t = tstate();
	if (!t)
		return -1;
	size_t qn = strlen(q);
	/* Invalid UTF-8 ends a word (analyze_next_word), so any bytes do. */
	struct qword *w = arena_calloc(a, MAX_WORDS, sizeof *w);
	size_t n = 0, pos = 0, ws, we, live = 0;
	while (n < MAX_WORDS && analyze_next_word(q, qn, &pos, &ws, &we)) {
		if (!analyze_word(t->an, q + ws, we - ws, &w[n].w))
			continue;
		w[n].start = ws;
		w[n].end = we;
		w[n].stop = is_stopword(w[n].w.fold);
		live += !w[n].stop;
		n++;
	}
	if (n == 0)
		return 0;
	if (live == 0) { /* only little words: take them as they are */
		for (size_t i = 0; i < n; i++)
			w[i].stop = false;
		live = n;
	}

	struct syns extra = {0};
	syns_parse(t->an, a, text_synonyms_extra(d, a), &extra);

	/* The last word is also a prefix when it is unfinished: when it
	 * finds nothing as it is ("Hebam"). */
	size_t last = n - 1;
	while (last > 0 && w[last].stop)
		last--;
	if (strlen(w[last].w.fold) >= 3) {
		int m = matches(
			d, build(a, &w[last], 1, "AND", &t->builtin, &extra));
		if (m < 0)
			return -1;
		w[last].prefix = m == 0;
	}

	if (run_match(d, a, build(a, w, n, "AND", &t->builtin, &extra), false,
		      out) < 0)
		return -1;
	if (out->n > 0)
		return 0;

	/* Nothing: correct the words that match nothing. */
	bool fixed = false;
	for (size_t i = 0; i < n; i++) {
		if (w[i].stop || utf8_length(w[i].w.fold, strlen(w[i].w.fold)) <
					 FIX_MIN_CHARS)
			continue;
		const char *one =
			build(a, &w[i], 1, "AND", &t->builtin, &extra);
		int m = matches(d, one);
		if (m < 0)
			return -1;
		if (m > 0)
			continue;
		w[i].fix = correction(d, a, t->an, &w[i].w);
		if (w[i].fix) {
			w[i].surface = surface_of(d, a, t->an, w[i].fix);
			fixed = true;
			/* From now on the word is the suggested one, with its
			 * parts and synonyms ("Stilberatung" as
			 * "Stillberatung": also Still... and Beratung). */
			struct an_word nw;
			if (analyze_word(t->an, w[i].surface,
					 strlen(w[i].surface), &nw))
				w[i].w = nw;
			w[i].prefix = false;
		}
	}
	if (fixed) {
		out->suggestion = suggestion(a, q, qn, w, n);
		if (run_match(d, a, build(a, w, n, "AND", &t->builtin, &extra),
			      false, out) < 0)
			return -1;
		if (out->n > 0) {
			out->corrected = true;
			return 0;
		}
	}
	if (live < 2) /* one word: OR is the same */
		return 0;
	if (run_match(d, a, build(a, w, n, "OR", &t->builtin, &extra), true,
		      out) < 0)
		return -1;
	out->loosened = out->n > 0;
	out->corrected = fixed && out->n > 0;
	return 0;
}

/* --- the result cache ------------------------------------------------------ */

/*
 * A query that matches most offers ("Beratung") costs ~10 ms to collect and
 * score; the same query again costs a look-up here. The cache is shared by
 * the threads of the process. An entry is valid while the index is
 * unchanged: the key holds the generation of this process's changes and a
 * hash of the FTS5 structure record (which changes with every commit to the
 * index, from any process). Entries are dropped oldest-first when the
 * cache holds more than CACHE_BYTES of matches.
 */
#define CACHE_ENTRIES 256
#define CACHE_BYTES ((size_t)8 << 20)

struct centry {
	uint64_t key; /* hash of all below and the query */
	char *q;
	unsigned long gen;
	uint64_t fingerprint;
	struct text_match *m;
	size_t n;
	bool loosened, corrected;
	char *suggestion;
	unsigned long used; /* tick of the last use */
};

static struct {
	pthread_mutex_t lock;
	struct centry e[CACHE_ENTRIES];
	size_t n, bytes;
	unsigned long tick;
} cache = {.lock = PTHREAD_MUTEX_INITIALIZER};

static const char sql_structure[] =
	"SELECT block FROM offer_fts_data WHERE id = 10";

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ull;
	return h;
}

/* The hash of the index's structure record (0 when unreadable). */
static uint64_t index_fingerprint(db *d)
{
	sqlite3_stmt *st = db_stmt(d, sql_structure);
	uint64_t h = 0;
	if (st && sqlite3_step(st) == SQLITE_ROW)
		h = fnv(14695981039346656037ull, sqlite3_column_blob(st, 0),
			(size_t)sqlite3_column_bytes(st, 0));
	if (st)
		sqlite3_reset(st);
	return h;
}

static void centry_free(struct centry *e)
{
	free(e->q);
	free(e->m);
	free(e->suggestion);
	cache.bytes -= e->n * sizeof *e->m;
	memset(e, 0, sizeof *e);
}

int text_search(db *d, arena *a, const char *q, struct text_result *out)
{
	memset(out, 0, sizeof *out);
	if (!q)
		return 0;
	unsigned long gen = atomic_load(&generation);
	uint64_t fp = index_fingerprint(d);
	/* The office's synonyms are part of the key: they may change in
	 * another process. */
	const char *extra = text_synonyms_extra(d, a);
	uint64_t key = fnv(14695981039346656037ull, q, strlen(q) + 1);
	key = fnv(key, extra, strlen(extra));
	key = fnv(key, &gen, sizeof gen);
	key = fnv(key, &fp, sizeof fp);
	bool found = false;
	pthread_mutex_lock(&cache.lock);
	for (size_t i = 0; fp && i < cache.n; i++) {
		struct centry *e = &cache.e[i];
		if (e->key != key || e->gen != gen || e->fingerprint != fp ||
		    strcmp(e->q, q) != 0)
			continue;
		e->used = ++cache.tick;
		out->n = e->n;
		out->m = arena_alloc(a, (e->n ? e->n : 1) * sizeof *out->m);
		if (e->n)
			memcpy(out->m, e->m, e->n * sizeof *out->m);
		out->loosened = e->loosened;
		out->corrected = e->corrected;
		out->suggestion =
			e->suggestion ? arena_strdup(a, e->suggestion) : NULL;
		found = true;
		break;
	}
	pthread_mutex_unlock(&cache.lock);
	if (found)
		return 0;
	if (search_uncached(d, a, q, out) < 0)
		return -1;
	size_t bytes = out->n * sizeof *out->m;
	if (!fp || bytes > CACHE_BYTES / 4 || strlen(q) > 1000)
		return 0;
	pthread_mutex_lock(&cache.lock);
	/* Room: drop the least recently used entries. */
	while (cache.n > 0 && (cache.n == CACHE_ENTRIES ||
			       cache.bytes + bytes > CACHE_BYTES)) {
		size_t old = 0;
		for (size_t i = 1; i < cache.n; i++)
			if (cache.e[i].used < cache.e[old].used)
				old = i;
		centry_free(&cache.e[old]);
		cache.e[old] = cache.e[--cache.n];
		memset(&cache.e[cache.n], 0, sizeof cache.e[cache.n]);
	}
	struct centry *e = &cache.e[cache.n];
	e->q = strdup(q);
	e->m = malloc(bytes ? bytes : 1);
	e->suggestion = out->suggestion ? strdup(out->suggestion) : NULL;
	if (!e->q || !e->m || (out->suggestion && !e->suggestion)) {
		free(e->q);
		free(e->m);
		free(e->suggestion);
		memset(e, 0, sizeof *e);
	} else {
		if (bytes)
			memcpy(e->m, out->m, bytes);
		e->key = key;
		e->gen = gen;
		e->fingerprint = fp;
		e->n = out->n;
		e->loosened = out->loosened;
		e->corrected = out->corrected;
		e->used = ++cache.tick;
		cache.bytes += bytes;
		cache.n++;
	}
	pthread_mutex_unlock(&cache.lock);
	return 0;
}
