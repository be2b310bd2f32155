/*
 * decompound.c - German compound splitting (see decompound.h).
 *
 * The dictionary is the embedded file "decompound-de.txt": lower-case words,
 * one a line, sorted by bytes. It is searched in place by binary search over
 * line starts, as geo.c does with the postcode table, so there is nothing to
 * load. A word is split by dynamic programming over its character
 * boundaries. Every part is a dictionary word of at least DECOMP_MIN_PART
 * characters; every part but the last may carry a linking element. Of the
 * splits that cover the whole word, the one with the fewest parts wins
 * (a known long word beats two short ones: "kindergarten" stays whole,
 * "bundestag|abgeordnete"); then the one whose shortest part is longest
 * (kinder|kranken|pflege, not kind|erkranken|pflege); then the one with the
 * shorter first part (arbeit|stube, not arbeits|tube). The choices were
 * tuned on tests/unit/data/decompound-gold.txt (see docs/search.md).
 */
#include "search/decompound.h"

#include <string.h>

#include "base/embed.h"

/* Linking elements (Fugenelemente) allowed after a part, longest first. */
static const char *const links[] = {"ens", "es", "en", "s", "n", "e"};

static const struct embed *dictionary(void)
{
	for (unsigned long i = 0; i < embedded_data_count; i++)
		if (strcmp(embedded_data[i].name, "decompound-de.txt") == 0)
			return &embedded_data[i];
	return NULL;
}

/* Compares the dictionary line starting at line (the data ends at end)
 * with key[0..n), by bytes as `LC_ALL=C sort` orders. */
static int compare_line(const char *line, const char *end, const char *key,
			size_t n)
{
	size_t m = 0;
	while (line + m < end && line[m] != '\n')
		m++;
	int c = memcmp(line, key, m < n ? m : n);
	if (c != 0)
		return c;
	return m < n ? -1 : (m > n ? 1 : 0);
}

bool decompound_known(const char *word, size_t len)
{
	const struct embed *d = dictionary();
	if (!d || len == 0)
		return false;
	const char *data = (const char *)d->data, *end = data + d->len;
	size_t lo = 0, hi = d->len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		size_t start = mid;
		while (start > 0 && data[start - 1] != '\n')
			start--;
		int c = compare_line(data + start, end, word, len);
		if (c == 0)
			return true;
		if (c < 0) {
			const char *nl =
				memchr(data + start, '\n', d->len - start);
			lo = nl ? (size_t)(nl - data) + 1 : d->len;
		} else {
			hi = start;
		}
	}
	return false;
}

/* Number of characters in s[0..n) (valid UTF-8). */
static size_t chars(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			k++;
	return k;
}

/* True when every byte is a lower-case ASCII letter or part of a non-ASCII
 * character (umlauts, ß, accented letters). */
static bool letters_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && (c < 'a' || c > 'z'))
			return false;
	}
	return true;
}

/* A dictionary word usable as a part: long enough and known. */
static bool part_ok(const char *s, size_t n)
{
	return chars(s, n) >= DECOMP_MIN_PART && decompound_known(s, n);
}

/*
 * For the part starting at i and ending (as written) at j, where j < len:
 * the length of its stem, or 0 when it is no part. A part is a dictionary
 * word, possibly followed by a linking element; its stem is the word
 * without the element ("beratungs" -> "beratung"). As the dictionary also
 * holds inflected forms, a part that is a word itself loses a trailing
 * s/es/n/en/ens too when what remains is a word ("tages" -> "tag",
 * "familien" -> "familie").
 */
static size_t inner_stem(const char *w, size_t i, size_t j)
{
	bool whole = part_ok(w + i, j - i);
	for (size_t k = 0; k < sizeof links / sizeof links[0]; k++) {
		size_t l = strlen(links[k]);
		if (whole && strcmp(links[k], "e") == 0)
			continue;
		if (j - i > l && memcmp(w + j - l, links[k], l) == 0 &&
		    part_ok(w + i, j - i - l))
			return j - i - l;
	}
	return whole ? j - i : 0;
}

size_t decompound(const char *word, size_t len, struct decomp_part *parts,
		  size_t max)
{
	if (len == 0 || max == 0)
		return 0;
	parts[0] = (struct decomp_part){0, len, len};
	if (len > DECOMP_MAX_BYTES || chars(word, len) < DECOMP_MIN_WORD ||
	    !letters_only(word, len) || decompound_known(word, len))
		return 1;

	/* For the rest word[i..len): count[i], the fewest parts covering it
	 * (0: impossible), shortest[i], the length of its shortest part in
	 * characters (larger is better: fewer stray short words), and
	 * next[i], stem[i]: where its first part ends and that part's stem. */
	unsigned char count[DECOMP_MAX_BYTES + 1] = {0};
	size_t shortest[DECOMP_MAX_BYTES + 1] = {0};
	size_t next[DECOMP_MAX_BYTES + 1], stem[DECOMP_MAX_BYTES + 1];
	for (size_t i = len; i-- > 0;) {
		if (((unsigned char)word[i] & 0xC0) == 0x80)
			continue;
		if (i > 0 && part_ok(word + i, len - i)) {
			count[i] = 1;
			shortest[i] = chars(word + i, len - i);
			next[i] = len;
			stem[i] = len - i;
			continue;
		}
		/* Shortest first part first: on a tie it wins, which puts an
		 * ambiguous "s" at the start of the next part (arbeit|stube). */
		for (size_t j = i + 1; j < len; j++) {
			if (count[j] == 0 ||
			    (count[i] && count[j] + 1 > count[i]))
				continue;
			size_t s = inner_stem(word, i, j);
			if (!s)
				continue;
			size_t c = chars(word + i, j - i);
			size_t m = c < shortest[j] ? c : shortest[j];
			if (count[i] && count[j] + 1 == count[i] &&
			    m <= shortest[i])
				continue;
			count[i] = (unsigned char)(count[j] + 1);
			shortest[i] = m;
			next[i] = j;
			stem[i] = s;
		}
	}
	if (count[0] < 2 || count[0] > max)
		return 1;
	size_t n = 0;
	for (size_t i = 0; i < len; i = next[i])
		parts[n++] = (struct decomp_part){i, next[i] - i, stem[i]};
	return n;
}
