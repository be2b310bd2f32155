/*
 * analyze.c - German text analysis for the search (see analyze.h).
 *
 * Words are found and lower-cased code point by code point (ASCII, Latin-1,
 * Latin Extended-A, Greek and Cyrillic have case; other scripts pass
 * through). The folded form is plain ASCII for German and other Latin
 * text, which is what the Snowball stemmer then sees: it never meets an
 * umlaut, so "Müttern" and "Muttern" stem alike. Compounds are split on
 * the lower-case form (the dictionary has umlauts); a word typed with
 * ae/oe/ue that does not split is tried once more with ä/ö/ü.
 *
 * Analysing a word costs a few microseconds (the compound splitter does
 * many dictionary look-ups), so every analyzer caches its results by the
 * word as written; the cache is emptied when it is full.
 */
#include "search/analyze.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "search/decompound.h"

#define CACHE_SLOTS 16384 /* power of two */
#define CACHE_MAX 10000	  /* entries before the cache is emptied (~1 MB) */

/* A cached analysis: the key (lower-case word) and the packed result:
 * stem NUL fold NUL nparts-byte { part NUL part_lower NUL }. */
struct entry {
	uint32_t hash;
	uint16_t keylen, len;
	char data[];
};

struct analyzer {
	struct sb_stemmer *stemmer;
	struct entry **slots; /* CACHE_SLOTS, allocated on first use */
	size_t used;
};

struct analyzer *analyzer_new(void)
{
	struct analyzer *an = calloc(1, sizeof *an);
	if (!an)
		return NULL;
	an->stemmer = sb_stemmer_new("german", "UTF_8");
	if (!an->stemmer) {
		free(an);
		return NULL;
	}
	return an;
}

static void cache_clear(struct analyzer *an)
{
	if (!an->slots)
		return;
	for (size_t i = 0; i < CACHE_SLOTS; i++) {
		free(an->slots[i]);
		an->slots[i] = NULL;
	}
	an->used = 0;
}

void analyzer_free(struct analyzer *an)
{
	if (!an)
		return;
	cache_clear(an);
	free(an->slots);
	sb_stemmer_delete(an->stemmer);
	free(an);
}

/* --- characters ------------------------------------------------------------ */

/* True for code points that belong to words: letters and digits of any
 * script, and combining marks (which stay with their letter). */
static bool word_char(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9');
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return false;
	if (c >= 0x2000 && c <= 0x2BFF) /* punctuation, symbols, arrows */
		return false;
	if (c >= 0x3000 && c <= 0x303F) /* CJK punctuation */
		return false;
	if ((c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c >= 0xFFF0)
		return c > 0xFFFF && c < 0x1F000;
	if (c >= 0x1F000 && c <= 0x1FAFF) /* emoji */
		return false;
	if (c >= 0xE000 && c <= 0xF8FF) /* private use */
		return false;
	return true;
}

static bool combining(uint32_t c)
{
	return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
	       (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
	       (c >= 0xFE20 && c <= 0xFE2F);
}

static uint32_t lower_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c == 0x1E9E) /* capital sharp s */
		return 0xDF;
	if (c >= 0x100 && c <= 0x17F) {
		if (c == 0x130)
			return 'i';
		if (c == 0x178)
			return 0xFF;
		if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
			return (c & 1) ? c + 1 : c;
		if ((c < 0x138 || (c >= 0x14A && c <= 0x177)) && !(c & 1))
			return c + 1;
		return c;
	}
	if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	return c;
}

bool analyze_next_word(const char *text, size_t n, size_t *pos, size_t *start,
		       size_t *end)
{
	size_t i = *pos;
	bool in = false;
	while (i < n) {
		uint32_t c = (unsigned char)text[i];
		size_t l = c < 0x80 ? 1 : utf8_decode(text + i, n - i, &c);
		bool w = l > 0 && (word_char(c) || (in && combining(c)));
		if (l == 0)
			l = 1;
		if (w && !combining(c) && !in) {
			in = true;
			*start = i;
		} else if (!w && in) {
			break;
		}
		i += l;
	}
	*pos = i;
	if (in)
		*end = i;
	return in;
}

size_t analyze_lower(const char *word, size_t n, char out[AN_MAX_WORD + 1])
{
	size_t o = 0, last = 0; /* last: where the last character starts */
	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t l = utf8_decode(word + i, n - i, &c);
		if (l == 0) {
			i++;
			continue;
		}
		i += l;
		if (c == 0x308 && o > 0 && o - last == 1 &&
		    (out[last] == 'a' || out[last] == 'o' ||
		     out[last] == 'u')) {
			/* a + combining diaeresis = ä (NFD to NFC) */
			uint32_t u = out[last] == 'a'	? 0xE4
				     : out[last] == 'o' ? 0xF6
							: 0xFC;
			if (last + 2 > AN_MAX_WORD)
				break;
			o = last + utf8_encode(u, out + last);
			continue;
		}
		if (combining(c) || !word_char(c))
			continue;
		char buf[4];
		size_t k = utf8_encode(lower_cp(c), buf);
		if (k == 0 || o + k > AN_MAX_WORD)
			break;
		last = o;
		memcpy(out + o, buf, k);
		o += k;
	}
	out[o] = '\0';
	return o;
}

/* Base letters of U+0100..U+017F (Latin Extended-A). */
static const char ext_a[] = "aaaaaacccccccccddddeeeeeeeeeegggggggghhhhiiiiiiii"
			    "iiiijjkkklllllllllnnnnnnnnnoooooooorrrrrrssssss"
			    "sstttttt"
			    "uuuuuuuuuuuuwwyyyzzzzzzs";

/* The ASCII folding of a Latin-1 lower-case letter, or NULL. */
static const char *fold_latin1(uint32_t c)
{
	static const char *const t[] = {
		"a", "a", "a", "a", "a", "a", "ae", "c", /* E0 */
		"e", "e", "e", "e", "i", "i", "i",  "i", /* E8 */
		"d", "n", "o", "o", "o", "o", "o",  "",	 /* F0 */
		"o", "u", "u", "u", "u", "y", "th", "y", /* F8 */
	};
	if (c == 0xDF)
		return "ss";
	if (c >= 0xE0 && c <= 0xFF && c != 0xF7)
		return t[c - 0xE0];
	return NULL;
}

size_t analyze_fold(const char *lower, size_t n, char out[AN_MAX_WORD + 1])
{
	char tmp[2 * AN_MAX_WORD + 2];
	size_t o = 0;
	for (size_t i = 0; i < n && o < 2 * AN_MAX_WORD;) {
		uint32_t c;
		size_t l = utf8_decode(lower + i, n - i, &c);
		if (l == 0) {
			i++;
			continue;
		}
		const char *f = NULL;
		char one[2] = {0, 0};
		if (c >= 0x100 && c <= 0x17F) {
			one[0] = ext_a[c - 0x100];
			f = one;
		} else {
			f = fold_latin1(c);
		}
		if (f) {
			size_t k = strlen(f);
			if (o + k > 2 * AN_MAX_WORD)
				break;
			memcpy(tmp + o, f, k);
			o += k;
		} else {
			if (o + l > 2 * AN_MAX_WORD)
				break;
			memcpy(tmp + o, lower + i, l);
			o += l;
		}
		i += l;
	}
	/* ae, oe, ue as typed for ä, ö, ü - but not "ue" after q or a vowel
	 * (Quelle, Frauen, teuer), as in Snowball's german2. */
	size_t m = 0;
	for (size_t i = 0; i < o; i++) {
		if (tmp[i] == 'e' && m > 0 &&
		    (out[m - 1] == 'a' || out[m - 1] == 'o' ||
		     (out[m - 1] == 'u' &&
		      !(m > 1 && strchr("qaeiouy", out[m - 2])))))
			continue;
		if (m >= AN_MAX_WORD)
			break;
		out[m++] = tmp[i];
	}
	/* Never end inside a multi-byte character. */
	m = utf8_prefix(out, m, m);
	out[m] = '\0';
	return m;
}

size_t analyze_stem(struct analyzer *an, const char *fold, size_t n,
		    char out[AN_MAX_WORD + 1])
{
	/* The plural "s" of words from other languages, which Snowball
	 * keeps: Kitas, Babys, Omas, Autos. */
	if (n >= 4 && fold[n - 1] == 's' &&
	    (fold[n - 2] == 'a' || fold[n - 2] == 'o' || fold[n - 2] == 'y'))
		n--;
	const sb_symbol *s =
		sb_stemmer_stem(an->stemmer, (const sb_symbol *)fold, (int)n);
	if (!s)
		return 0;
	size_t len = (size_t)sb_stemmer_length(an->stemmer);
	len = utf8_prefix((const char *)s, len, AN_MAX_WORD);
	memcpy(out, s, len);
	out[len] = '\0';
	return len;
}

/* --- one word ----------------------------------------------------------- */

static uint32_t hash_of(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Copies s with its NUL to p; returns the position behind. */
static char *put(char *p, const char *s)
{
	size_t l = strlen(s) + 1;
	memcpy(p, s, l);
	return p + l;
}

static void cache_put(struct analyzer *an, uint32_t h, const char *key,
		      size_t keylen, const struct an_word *w)
{
	if (!an->slots) {
		an->slots = calloc(CACHE_SLOTS, sizeof *an->slots);
		if (!an->slots)
			return;
	}
	if (an->used >= CACHE_MAX)
		cache_clear(an);
	char buf[(2 + 2 * AN_MAX_PARTS) * (AN_MAX_WORD + 1) + 1];
	char *p = put(buf, w->stem);
	p = put(p, w->fold);
	*p++ = (char)w->nparts;
	for (size_t i = 0; i < w->nparts; i++) {
		p = put(p, w->part[i]);
		p = put(p, w->part_lower[i]);
	}
	size_t len = (size_t)(p - buf);
	struct entry *e = malloc(sizeof *e + keylen + len);
	if (!e)
		return;
	e->hash = h;
	e->keylen = (uint16_t)keylen;
	e->len = (uint16_t)len;
	memcpy(e->data, key, keylen);
	memcpy(e->data + keylen, buf, len);
	size_t i = h & (CACHE_SLOTS - 1);
	while (an->slots[i])
		i = (i + 1) & (CACHE_SLOTS - 1);
	an->slots[i] = e;
	an->used++;
}

static bool cache_get(struct analyzer *an, uint32_t h, const char *key,
		      size_t keylen, struct an_word *w)
{
	if (!an->slots)
		return false;
	for (size_t i = h & (CACHE_SLOTS - 1); an->slots[i];
	     i = (i + 1) & (CACHE_SLOTS - 1)) {
		const struct entry *e = an->slots[i];
		if (e->hash != h || e->keylen != keylen ||
		    memcmp(e->data, key, keylen) != 0)
			continue;
		const char *p = e->data + keylen;
		size_t l = strlen(p);
		memcpy(w->stem, p, l + 1);
		p += l + 1;
		l = strlen(p);
		memcpy(w->fold, p, l + 1);
		p += l + 1;
		w->nparts = (unsigned char)*p++;
		for (size_t k = 0; k < w->nparts; k++) {
			l = strlen(p);
			memcpy(w->part[k], p, l + 1);
			p += l + 1;
			l = strlen(p);
			memcpy(w->part_lower[k], p, l + 1);
			p += l + 1;
		}
		return true;
	}
	return false;
}

/* The form with ä/ö/ü for ae/oe/ue (not after q); false when there is
 * none. */
static bool umlaut_variant(const char *lower, size_t n,
			   char out[AN_MAX_WORD + 1], size_t *outlen)
{
	size_t o = 0;
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		char c = lower[i];
		if (i + 1 < n && lower[i + 1] == 'e' &&
		    (c == 'a' || c == 'o' ||
		     (c == 'u' && !(i && strchr("qaeiouy", lower[i - 1]))))) {
			if (o + 2 > AN_MAX_WORD)
				return false;
			uint32_t u = c == 'a' ? 0xE4 : c == 'o' ? 0xF6 : 0xFC;
			o += utf8_encode(u, out + o);
			i++;
			any = true;
			continue;
		}
		if (o + 1 > AN_MAX_WORD)
			return false;
		out[o++] = c;
	}
	out[o] = '\0';
	*outlen = o;
	return any;
}

/* Splits the lower-case word into the parts of w (none when it is no
 * compound). */
static void split_word(struct analyzer *an, const char *lower, size_t n,
		       struct an_word *w)
{
	struct decomp_part parts[AN_MAX_PARTS];
	size_t np = decompound(lower, n, parts, AN_MAX_PARTS);
	char variant[AN_MAX_WORD + 1];
	size_t vlen;
	if (np < 2 && umlaut_variant(lower, n, variant, &vlen)) {
		np = decompound(variant, vlen, parts, AN_MAX_PARTS);
		lower = variant;
	}
	w->nparts = 0;
	if (np < 2)
		return;
	for (size_t i = 0; i < np; i++) {
		char fold[AN_MAX_WORD + 1];
		const char *p = lower + parts[i].off;
		size_t fl = analyze_fold(p, parts[i].stem, fold);
		char *t = w->part[w->nparts];
		if (fl == 0 || analyze_stem(an, fold, fl, t) == 0)
			continue;
		memcpy(w->part_lower[w->nparts], p, parts[i].stem);
		w->part_lower[w->nparts][parts[i].stem] = '\0';
		w->nparts++;
	}
	if (w->nparts < 2)
		w->nparts = 0;
}

bool analyze_word(struct analyzer *an, const char *word, size_t n,
		  struct an_word *out)
{
	/* The cache is keyed by the word as written: a hit costs no
	 * decoding at all. */
	bool cached = n <= 2 * AN_MAX_WORD;
	uint32_t h = hash_of(word, n);
	if (cached && cache_get(an, h, word, n, out))
		return out->stem[0] != '\0';
	char lower[AN_MAX_WORD + 1];
	size_t ll = analyze_lower(word, n, lower);
	out->stem[0] = out->fold[0] = '\0';
	out->nparts = 0;
	size_t fl = ll ? analyze_fold(lower, ll, out->fold) : 0;
	if (fl > 0 && analyze_stem(an, out->fold, fl, out->stem) > 0)
		split_word(an, lower, ll, out);
	if (cached)
		cache_put(an, h, word, n, out);
	return out->stem[0] != '\0';
}

int analyze_text(struct analyzer *an, const char *text, size_t n, bool split,
		 an_token_fn fn, void *ctx)
{
	size_t pos = 0, start, end;
	struct an_word w;
	while (analyze_next_word(text, n, &pos, &start, &end)) {
		if (!analyze_word(an, text + start, end - start, &w))
			continue;
		int rc = fn(ctx, w.stem, strlen(w.stem), false, start, end);
		if (rc)
			return rc;
		if (!split)
			continue;
		for (size_t i = 0; i < w.nparts; i++) {
			bool dup = strcmp(w.part[i], w.stem) == 0;
			for (size_t k = 0; k < i && !dup; k++)
				dup = strcmp(w.part[k], w.part[i]) == 0;
			if (dup)
				continue;
			rc = fn(ctx, w.part[i], strlen(w.part[i]), true, start,
				end);
			if (rc)
				return rc;
		}
	}
	return 0;
}
