/*
 * import.c - `lotse import csv FILE [--skip-invalid] [--draft]`: offers
 * from a CSV file in the format of DESIGN.md (domain/offer_csv.h).
 *
 * The file is read whole (at most 1 GiB; "-" is standard input). On a
 * terminal a progress bar runs on stderr ("Import: 4200/10000 Zeilen
 * [####......] 42 %", at most ten updates a second); otherwise nothing is
 * printed while it works. Then standard output gets the summary ("10000
 * Zeilen: 9800 neu, 150 aktualisiert, 50 abgelehnt") and one line per
 * problem ("Zeile 17, Spalte plz: ..."). Everything changes as the command
 * line ("cli") in the audit log.
 *
 * Exit status: 0 when the import was saved (with --skip-invalid also when
 * rows were refused); 1 with one line on stderr when nothing was saved (a
 * file that cannot be read, refused rows without --skip-invalid); 2 for
 * wrong usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "domain/offer_csv.h"

#define IMPORT_MAX_BYTES ((size_t)1 << 30)

static const struct cli_flag import_flags[] = {
	{"skip-invalid", false}, {"draft", false}, {NULL, false}};

static int usage(const char *message)
{
	fprintf(stderr, "lotse import: %s\n", message);
	cli_print_help(stderr, "import");
	return EXIT_USAGE;
}

/*
 * Reads the whole file (or standard input for "-") into a malloc'd buffer
 * with a NUL after it. Returns NULL after printing why.
 */
static char *read_all(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		fprintf(stderr,
			"lotse import: die Datei %s kann nicht gelesen "
			"werden\n",
			path);
		return NULL;
	}
	size_t cap = 1 << 20, n = 0;
	char *data = malloc(cap + 1);
	while (data) {
		size_t got = fread(data + n, 1, cap - n, f);
		n += got;
		if (n < cap)
			break;
		if (cap >= IMPORT_MAX_BYTES) {
			free(data);
			data = NULL;
			fprintf(stderr,
				"lotse import: die Datei %s ist zu groß "
				"(höchstens 1 GiB)\n",
				path);
			break;
		}
		cap *= 2;
		char *more = realloc(data, cap + 1);
		if (!more) {
			free(data);
			fprintf(stderr,
				"lotse import: zu wenig Speicher für "
				"%s\n",
				path);
		}
		data = more;
	}
	bool failed = data && ferror(f);
	if (f != stdin)
		fclose(f);
	if (failed) {
		fprintf(stderr, "lotse import: Lesefehler in %s\n", path);
		free(data);
		return NULL;
	}
	if (data) {
		data[n] = '\0';
		*len = n;
	}
	return data;
}

struct progress {
	struct timespec last;
	bool shown;
};

/* Draws the progress bar on stderr, at most every 100 ms and at the end. */
static void show_progress(void *ctx, size_t done, size_t total)
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
	char bar[11];
	for (unsigned i = 0; i < 10; i++)
		bar[i] = i < pct / 10 ? '#' : '.';
	bar[10] = '\0';
	fprintf(stderr, "\rImport: %zu/%zu Zeilen [%s] %u %%", done, total, bar,
		pct);
	fflush(stderr);
}

/*
 * Splits argv into the one positional FILE and the options (into opts,
 * which has room for argc entries). Returns the file, or NULL when there
 * is none or more than one (*count tells).
 */
static const char *take_file(int argc, char **argv, char **opts, int *nopts,
			     int *count)
{
	const char *file = NULL;
	*count = 0;
	*nopts = 0;
	opts[(*nopts)++] = argv[0];
	bool only_files = false;
	for (int i = 1; i < argc; i++) {
		const char *s = argv[i];
		if (!only_files && strcmp(s, "--") == 0) {
			only_files = true;
		} else if (only_files || s[0] != '-' || strcmp(s, "-") == 0) {
			file = s;
			(*count)++;
		} else {
			opts[(*nopts)++] = argv[i];
			/* The value of a common option that takes one. */
			if ((strcmp(s, "--db") == 0 ||
			     strcmp(s, "--config") == 0) &&
			    i + 1 < argc)
				opts[(*nopts)++] = argv[++i];
		}
	}
	opts[*nopts] = NULL;
	return *count == 1 ? file : NULL;
}

/* Opens the database (never creating it) with a current schema. */
static db *open_db(const struct options *o)
{
	db *d = cli_open_db(o, false, false);
	if (!d)
		return NULL;
	int applied, latest;
	db_schema_version(d, &applied, &latest);
	if (applied != latest) {
		fprintf(stderr,
			"lotse import: die Datenbank %s hat Schema %d, diese "
			"Version braucht %d – bitte zuerst „lotse init“ "
			"ausführen\n",
			o->db_path, applied, latest);
		db_close(d);
		return NULL;
	}
	return d;
}

static void print_report(const struct csv_report *rep)
{
	char line[400];
	csv_report_summary(rep, line, sizeof line);
	printf("%s\n", line);
	for (size_t i = 0; i < rep->nproblems; i++) {
		csv_problem_text(&rep->problems[i], line, sizeof line);
		printf("%s\n", line);
	}
	if (rep->more)
		printf("… und %zu weitere Fehler\n", rep->more);
	if (rep->committed && rep->orgs_created)
		printf("%zu Träger neu angelegt (Bereich „Sonstige“) – bitte "
		       "prüfen.\n",
		       rep->orgs_created);
}

int cmd_import(int argc, char **argv)
{
	struct options o;
	if (argc < 2 || argv[1][0] == '-') {
		int rc = cli_parse_flags("import", argc, argv, NULL, &o);
		if (rc)
			return rc < 0 ? EXIT_OK : rc;
		return usage("welches Format? Möglich ist csv");
	}
	if (strcmp(argv[1], "csv") != 0) {
		char msg[160];
		snprintf(msg, sizeof msg,
			 "unbekanntes Format „%.40s“; möglich ist csv",
			 argv[1]);
		return usage(msg);
	}
	char **opts = calloc((size_t)argc + 1, sizeof *opts);
	if (!opts)
		return EXIT_FAIL;
	int nopts, nfiles;
	const char *file = take_file(argc - 1, argv + 1, opts, &nopts, &nfiles);
	int rc = cli_parse_args("import", nopts, opts, NULL, import_flags, &o);
	if (rc) {
		free(opts);
		return rc < 0 ? EXIT_OK : rc;
	}
	free(opts);
	if (!file)
		return usage(nfiles ? "bitte nur eine Datei angeben"
				    : "welche Datei? lotse import csv DATEI");
	size_t len = 0;
	char *data = read_all(file, &len);
	if (!data)
		return EXIT_FAIL;
	db *d = open_db(&o);
	if (!d) {
		free(data);
		return EXIT_FAIL;
	}
	struct progress prog = {0};
	struct csv_import_opts io = {
		.skip_invalid = cli_own(&o, "skip-invalid") != NULL,
		.draft = cli_own(&o, "draft") != NULL,
		.progress = isatty(STDERR_FILENO) ? show_progress : NULL,
		.progress_ctx = &prog,
	};
	struct actor cli = ACTOR_CLI;
	struct csv_report rep;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int ok = offer_csv_import(d, &cli, data, len, &io, &rep);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (prog.shown)
		fputc('\n', stderr);
	free(data);
	db_close(d);
	int status = EXIT_OK;
	if (rep.fatal[0]) {
		fprintf(stderr, "lotse import: %s: %s\n", file, rep.fatal);
		status = EXIT_FAIL;
	} else {
		print_report(&rep);
		fflush(stdout);
		if (ok < 0) {
			fprintf(stderr,
				"lotse import: nichts importiert, weil %zu "
				"%s abgelehnt %s (mit --skip-invalid werden "
				"die übrigen importiert)\n",
				rep.refused,
				rep.refused == 1 ? "Zeile" : "Zeilen",
				rep.refused == 1 ? "wurde" : "wurden");
			status = EXIT_FAIL;
		} else if (isatty(STDERR_FILENO)) {
			double s = (double)(t1.tv_sec - t0.tv_sec) +
				   (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
			fprintf(stderr, "Fertig in %.1f s.\n", s);
		}
	}
	csv_report_free(&rep);
	return status;
}
