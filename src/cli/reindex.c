/*
 * reindex.c - `lotse reindex`: rebuilds the full-text index of offers
 * (search/textindex.h) in one transaction. Normally not needed - every
 * change keeps the index in step and a database migrated to schema 5 gets
 * its index filled by the migration - but useful after a change of the
 * analysis (new dictionary, new stemmer version) or to compact the index.
 * On a terminal a progress line runs on stderr.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "search/textindex.h"

struct progress {
	struct timespec start, last;
	bool shown;
};

/* Draws "Suchindex: done/total Angebote" on stderr, at most every 100 ms
 * and at the end. */
static void show_progress(void *ctx, long done, long total)
{
	struct progress *p = ctx;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long ms = (now.tv_sec - p->last.tv_sec) * 1000 +
		  (now.tv_nsec - p->last.tv_nsec) / 1000000;
	if (p->shown && ms < 100 && done != total)
		return;
	p->last = now;
	p->shown = true;
	unsigned pct = total ? (unsigned)(done * 100 / total) : 100;
	fprintf(stderr, "\rSuchindex: %ld/%ld Angebote (%u %%)", done, total,
		pct);
	fflush(stderr);
}

/* Declared in main.c, which calls it. */
int cmd_reindex(int argc, char **argv);

int cmd_reindex(int argc, char **argv)
{
	struct options o;
	int rc = cli_parse_flags("reindex", argc, argv, NULL, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	db *d = cli_open_db(&o, false, true);
	if (!d)
		return EXIT_FAIL;
	struct progress prog = {0};
	clock_gettime(CLOCK_MONOTONIC, &prog.start);
	bool tty = isatty(STDERR_FILENO);
	rc = text_reindex(d, tty ? show_progress : NULL, &prog);
	if (prog.shown)
		fputc('\n', stderr);
	db_close(d);
	if (rc < 0) {
		fprintf(stderr, "lotse reindex: der Suchindex konnte nicht neu "
				"aufgebaut werden\n");
		return EXIT_FAIL;
	}
	struct timespec end;
	clock_gettime(CLOCK_MONOTONIC, &end);
	double s = (double)(end.tv_sec - prog.start.tv_sec) +
		   (double)(end.tv_nsec - prog.start.tv_nsec) / 1e9;
	printf("Suchindex neu aufgebaut (%.1f s).\n", s);
	return EXIT_OK;
}
