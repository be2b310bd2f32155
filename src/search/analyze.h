/*
 * analyze.h - the German text analysis of the search, the same for the
 * index and for queries:
 *
 *   words    runs of letters and digits (any UTF-8 text; an invalid byte,
 *            punctuation, a hyphen or a blank ends a word);
 *   lower    Unicode normalisation for German (a combining diaeresis after
 *            a/o/u becomes the composed umlaut, other combining marks are
 *            dropped) and lower case (ẞ -> ß);
 *   fold     umlauts and ß to their base letters (ä -> a, ß -> ss), accented
 *            Latin letters to theirs (é -> e), and the typed forms ae/oe/ue
 *            (not after q) to a/o/u as Snowball's "german2" variant does,
 *            so that "Müller", "Mueller" and "MÜLLER" are one word;
 *   stem     Snowball German (libstemmer) on the folded word, after
 *            dropping the plural s of loan words (Kitas, Babys, Autos);
 *   split    compounds (decompound.h) into their parts, each folded and
 *            stemmed: "Erziehungsberatungsstelle" gives the whole word and,
 *            at the same position, erzieh, beratung, stell.
 *
 * An analyzer holds one stemmer and a cache of analysed words; it is not
 * thread-safe: one per thread (or per FTS5 tokenizer instance, which lives
 * on one connection).
 */
#ifndef LOTSE_ANALYZE_H
#define LOTSE_ANALYZE_H

#include <stdbool.h>
#include <stddef.h>

/* Longest word (bytes of its lower-case form) that is analysed; longer
 * words are cut at a character boundary. */
#define AN_MAX_WORD 96
/* Most parts of a compound that are indexed. */
#define AN_MAX_PARTS 6

struct analyzer;

/* A new analyzer, or NULL when libstemmer has no German stemmer. */
struct analyzer *analyzer_new(void);
void analyzer_free(struct analyzer *an);

/* Finds the next word in text[0..n) from *pos on: stores its byte range in
 * *start, *end, moves *pos behind it and returns true; false at the end. */
bool analyze_next_word(const char *text, size_t n, size_t *pos, size_t *start,
		       size_t *end);

/* The lower-case, normalised form of word[0..n) (see above) into out
 * (NUL-terminated, at most AN_MAX_WORD bytes); returns its length. */
size_t analyze_lower(const char *word, size_t n, char out[AN_MAX_WORD + 1]);
/* The folded form of a lower-case word into out; returns its length. */
size_t analyze_fold(const char *lower, size_t n, char out[AN_MAX_WORD + 1]);

/* The analysis of one word. */
struct an_word {
	char stem[AN_MAX_WORD + 1]; /* the index term of the whole word */
	char fold[AN_MAX_WORD + 1]; /* folded, not stemmed (for prefixes) */
	size_t nparts;		    /* 0, or >= 2 for a compound */
	char part[AN_MAX_PARTS][AN_MAX_WORD + 1]; /* index terms of parts */
	/* Each part as written, lower case, without its linking element
	 * ("beratung" of "erziehungsberatungsstelle"). */
	char part_lower[AN_MAX_PARTS][AN_MAX_WORD + 1];
};

/* Analyses word[0..n) (one word as analyze_next_word() finds it). Returns
 * false when nothing is left of it. */
bool analyze_word(struct analyzer *an, const char *word, size_t n,
		  struct an_word *out);

/* Stems a folded word into out; returns its length (0 on failure). */
size_t analyze_stem(struct analyzer *an, const char *fold, size_t n,
		    char out[AN_MAX_WORD + 1]);

/* Called for every index term: the term, whether it stands at the same
 * position as the one before (a part of a compound), and the byte range of
 * its word in the text. Returns 0 to go on, anything else stops. */
typedef int (*an_token_fn)(void *ctx, const char *term, size_t len,
			   bool colocated, size_t start, size_t end);

/* Analyses text[0..n) and calls fn for each term; with split, the parts
 * of compounds follow their word as colocated terms. Returns 0 or what fn
 * returned to stop. */
int analyze_text(struct analyzer *an, const char *text, size_t n, bool split,
		 an_token_fn fn, void *ctx);

#endif
