/*
 * fts.c - the SQLite side of the search: the FTS5 tokenizer "lotse" (the
 * analysis of analyze.h) and the SQL function lotse_label(kind, code)
 * (German label of a code, for the index's needs column).
 *
 * Both are registered on every connection SQLite opens in this process:
 * a constructor hands fts_register() to sqlite3_auto_extension() before
 * main() runs, so the db layer needs no knowledge of the search, and every
 * program that links the library (lotse, the unit tests) has them.
 *
 * The tokenizer keeps one analyzer (stemmer and word cache) per instance;
 * FTS5 makes an instance per table and connection, and a connection is used
 * by one thread at a time, so nothing is shared between threads.
 *
 * Queries: text_search() hands FTS5 only quoted strings that begin with
 * FTS_RAW; their blank-separated contents are index terms already analysed,
 * and are passed through unchanged. Any other query text is analysed like
 * a document, without splitting compounds.
 */
#include "search/fts.h"

#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "domain/codes.h"
#include "search/analyze.h"

struct tok_call {
	void *ctx;
	int (*token)(void *, int, const char *, int, int, int);
};

static int emit(void *ctx, const char *term, size_t len, bool colocated,
		size_t start, size_t end)
{
	struct tok_call *c = ctx;
	return c->token(c->ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, term,
			(int)len, (int)start, (int)end);
}

static int tok_create(void *ctx, const char **argv, int argc,
		      Fts5Tokenizer **out)
{
	(void)ctx;
	(void)argv;
	(void)argc;
	struct analyzer *an = analyzer_new();
	if (!an)
		return SQLITE_ERROR;
	*out = (Fts5Tokenizer *)an;
	return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *t)
{
	analyzer_free((struct analyzer *)t);
}

/* Passes the blank-separated terms of text[0..n) through. */
static int tok_raw(struct tok_call *c, const char *text, int n)
{
	int i = 0;
	while (i < n) {
		while (i < n && text[i] == ' ')
			i++;
		int s = i;
		while (i < n && text[i] != ' ')
			i++;
		if (i > s) {
			int rc = c->token(c->ctx, 0, text + s, i - s, s, i);
			if (rc != SQLITE_OK)
				return rc;
		}
	}
	return SQLITE_OK;
}

static int tok_tokenize(Fts5Tokenizer *t, void *ctx, int flags,
			const char *text, int n,
			int (*token)(void *, int, const char *, int, int, int))
{
	struct tok_call c = {ctx, token};
	if (n <= 0)
		return SQLITE_OK;
	bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
	if (query && text[0] == FTS_RAW)
		return tok_raw(&c, text + 1, n - 1);
	return analyze_text((struct analyzer *)t, text, (size_t)n, !query, emit,
			    &c);
}

/* lotse_label(kind, code): kind 'need', 'age', 'language', 'access' or
 * 'cost'; the German label, followed by the plain-language explanation
 * for needs and by "Hausbesuch" for home visits. */
static void fn_label(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *kind = (const char *)sqlite3_value_text(argv[0]);
	const char *code = (const char *)sqlite3_value_text(argv[1]);
	if (!kind || !code) {
		sqlite3_result_null(ctx);
		return;
	}
	const struct code *list = strcmp(kind, "need") == 0	  ? needs
				  : strcmp(kind, "age") == 0	  ? ages
				  : strcmp(kind, "language") == 0 ? languages
				  : strcmp(kind, "access") == 0	  ? accesses
				  : strcmp(kind, "cost") == 0	  ? costs
								  : NULL;
	const struct code *c = list ? code_find(list, code) : NULL;
	if (!c) {
		sqlite3_result_text(ctx, code, -1, SQLITE_TRANSIENT);
		return;
	}
	if (list == accesses && strcmp(code, "geh") == 0) {
		/* the word people search for */
		char *s = sqlite3_mprintf("%s (Hausbesuch)", c->label);
		sqlite3_result_text(ctx, s, -1, sqlite3_free);
		return;
	}
	if (!c->explain) {
		sqlite3_result_text(ctx, c->label, -1, SQLITE_STATIC);
		return;
	}
	char *s = sqlite3_mprintf("%s. %s", c->label, c->explain);
	sqlite3_result_text(ctx, s, -1, sqlite3_free);
}

/* --- ranking ---------------------------------------------------------------- */

/* Weights of the columns title, description, organisation, needs, places
 * when lotse_score() is given none. */
static const double default_weights[FTS_COLUMNS] = {10.0, 1.0, 4.0, 4.0, 3.0};

/* What lotse_score() computes once per query: the weight of each phrase
 * (its inverse document frequency, as in BM25) and of each column. */
struct rank_info {
	int nphrase;
	bool idf;
	double col[FTS_COLUMNS];
	double w[]; /* per phrase */
};

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fc, void *ctx)
{
	(void)api;
	(void)fc;
	(*(sqlite3_int64 *)ctx)++;
	return SQLITE_OK;
}

static struct rank_info *rank_info(const Fts5ExtensionApi *api, Fts5Context *fc,
				   int nval, sqlite3_value **val)
{
	struct rank_info *ri = api->xGetAuxdata(fc, 0);
	if (ri)
		return ri;
	int np = api->xPhraseCount(fc);
	ri = sqlite3_malloc64(sizeof *ri + (size_t)np * sizeof(double));
	if (!ri)
		return NULL;
	ri->nphrase = np;
	ri->idf = nval > 0 && sqlite3_value_int(val[0]) != 0;
	for (int c = 0; c < FTS_COLUMNS; c++)
		ri->col[c] = c + 1 < nval ? sqlite3_value_double(val[c + 1])
					  : default_weights[c];
	sqlite3_int64 rows = 0;
	api->xRowCount(fc, &rows);
	for (int i = 0; i < np; i++) {
		if (!ri->idf) {
			ri->w[i] = 1.0;
			continue;
		}
		sqlite3_int64 hits = 0;
		api->xQueryPhrase(fc, i, &hits, count_row);
		double idf = log(((double)rows - (double)hits + 0.5) /
				 ((double)hits + 0.5));
		ri->w[i] = idf > 1e-6 ? idf : 1e-6;
	}
	if (api->xSetAuxdata(fc, ri, sqlite3_free) != SQLITE_OK)
		return NULL; /* freed by xSetAuxdata */
	return ri;
}

/*
 * lotse_score(offer_fts [, idf [, weight of each column]]): the relevance
 * of the current row, higher is better: the sum over the query's phrases
 * of its weight (its IDF when idf is 1, else 1) times the weight of each
 * column it occurs in. A BM25F without term
 * frequency and length normalisation: it needs only which columns hold a
 * phrase, not the positions and lengths that make bm25() ten times
 * slower on queries that match most offers.
 */
static void fn_score(const Fts5ExtensionApi *api, Fts5Context *fc,
		     sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	struct rank_info *ri = rank_info(api, fc, nval, val);
	if (!ri) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	double score = 0;
	for (int i = 0; i < ri->nphrase; i++) {
		Fts5PhraseIter it;
		int col = -1;
		if (api->xPhraseFirstColumn(fc, i, &it, &col) != SQLITE_OK)
			continue;
		for (; col >= 0; api->xPhraseNextColumn(fc, &it, &col))
			if (col < FTS_COLUMNS)
				score += ri->w[i] * ri->col[col];
	}
	sqlite3_result_double(ctx, score);
}

/* The entry point of the automatic extension. */
static int fts_register(sqlite3 *h, char **err, const void *api)
{
	(void)err;
	(void)api;
	fts5_api *fts = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(h, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK)
		return SQLITE_ERROR;
	sqlite3_bind_pointer(st, 1, &fts, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (!fts)
		return SQLITE_ERROR;
	fts5_tokenizer tok = {tok_create, tok_delete, tok_tokenize};
	if (fts->xCreateTokenizer(fts, "lotse", NULL, &tok, NULL) !=
		    SQLITE_OK ||
	    fts->xCreateFunction(fts, "lotse_score", NULL, fn_score, NULL) !=
		    SQLITE_OK)
		return SQLITE_ERROR;
	return sqlite3_create_function(h, "lotse_label", 2,
				       SQLITE_UTF8 | SQLITE_DETERMINISTIC |
					       SQLITE_INNOCUOUS,
				       NULL, fn_label, NULL, NULL);
}

__attribute__((constructor)) static void fts_auto(void)
{
	sqlite3_auto_extension((void (*)(void))fts_register);
}
