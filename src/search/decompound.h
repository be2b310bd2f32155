/*
 * decompound.h - splitting German compounds into their parts
 * ("erziehungsberatungsstelle" -> erziehungs|beratungs|stelle) for the
 * search's text analysis. Dictionary-based: every part must be a word of
 * data/decompound-de.txt (embedded), at least DECOMP_MIN_PART letters long,
 * optionally followed by a linking element (s, es, n, en, ens, e). Words that
 * are themselves in the dictionary or shorter than DECOMP_MIN_WORD letters
 * are not split. Needs no set-up and allocates nothing; safe to call from
 * any thread.
 */
#ifndef LOTSE_DECOMPOUND_H
#define LOTSE_DECOMPOUND_H

#include <stdbool.h>
#include <stddef.h>

/* Shortest part and shortest word that is split, in characters. */
#define DECOMP_MIN_PART 3
#define DECOMP_MIN_WORD 7
/* Longer words (in bytes) are left as they are. */
#define DECOMP_MAX_BYTES 128

/* One part of a word: word[off..off+len) is the part as written, linking
 * element included ("beratungs"); word[off..off+stem) is the part without
 * it ("beratung"), the form to index. The parts cover the word. */
struct decomp_part {
	size_t off;
	size_t len;
	size_t stem;
};

/*
 * Splits the lower-case UTF-8 word word[0..len) into at most max parts
 * (max >= 1) and returns how many it wrote. A word that is not split - or
 * would have more than max parts, or contains anything but letters -
 * gives one part, the whole word; an empty word gives 0.
 */
size_t decompound(const char *word, size_t len, struct decomp_part *parts,
		  size_t max);

/* True when word[0..len) is in the decompounding dictionary. */
bool decompound_known(const char *word, size_t len);

#endif
