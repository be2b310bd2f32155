/*
 * export.c - `lotse export csv [--out FILE]` and `lotse export xlsx
 * [--what offers|partners] --out FILE`: the directory for spreadsheets and
 * other systems.
 *
 * csv writes the offers in the import format of DESIGN.md (UTF-8 with BOM,
 * ';', every offer that is not archived; domain/offer_csv.h), to standard
 * output unless --out names a file. xlsx writes an Excel workbook
 * (domain/xlsx_export.h): the offers, or the partners with their contacts.
 * A file named by --out is written under a temporary name and renamed at
 * the end, so it is never left half-written.
 *
 * Exit status: 0 success, 1 failure with one line on stderr, 2 wrong
 * usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "domain/offer_csv.h"
#include "domain/xlsx_export.h"

static const struct cli_flag export_flags[] = {
	{"out", true}, {"what", true}, {NULL, false}};

static int usage(const char *message)
{
	fprintf(stderr, "lotse export: %s\n", message);
	cli_print_help(stderr, "export");
	return EXIT_USAGE;
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
			"lotse export: die Datenbank %s hat Schema %d, diese "
			"Version braucht %d – bitte zuerst „lotse init“ "
			"ausführen\n",
			o->db_path, applied, latest);
		db_close(d);
		return NULL;
	}
	return d;
}

static int write_file(void *ctx, const char *data, size_t len)
{
	return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

/* Writes the CSV to out (a file) or standard output. */
static int export_csv(db *d, const char *out)
{
	char tmp[4096];
	FILE *f = stdout;
	if (out) {
		snprintf(tmp, sizeof tmp, "%s.tmp-%ld", out, (long)getpid());
		f = fopen(tmp, "wb");
		if (!f) {
			fprintf(stderr,
				"lotse export: %s kann nicht geschrieben "
				"werden\n",
				out);
			return EXIT_FAIL;
		}
	}
	long n = offer_csv_export(d, write_file, f);
	bool ok = n >= 0 && fflush(f) == 0 && !ferror(f);
	if (out) {
		ok = fclose(f) == 0 && ok;
		if (ok && rename(tmp, out) != 0)
			ok = false;
		if (!ok)
			unlink(tmp);
	}
	if (!ok) {
		fprintf(stderr, "lotse export: %s\n",
			n < 0 ? "die Angebote konnten nicht gelesen werden"
			      : "die Ausgabe konnte nicht geschrieben werden");
		return EXIT_FAIL;
	}
	if (out)
		printf("%ld %s nach %s geschrieben.\n", n,
		       n == 1 ? "Angebot" : "Angebote", out);
	return EXIT_OK;
}

static int export_xlsx(db *d, const char *what, const char *out)
{
	enum xlsx_what w =
		strcmp(what, "partners") == 0 ? XLSX_PARTNERS : XLSX_OFFERS;
	char tmp[4096], err[300];
	snprintf(tmp, sizeof tmp, "%s.tmp-%ld", out, (long)getpid());
	long n = xlsx_export(d, w, tmp, err, sizeof err);
	if (n < 0 || rename(tmp, out) != 0) {
		unlink(tmp);
		fprintf(stderr, "lotse export: %s\n",
			n < 0 ? err
			      : "die Datei konnte nicht umbenannt werden");
		return EXIT_FAIL;
	}
	printf("%ld %s nach %s geschrieben.\n", n,
	       w == XLSX_PARTNERS ? "Partner"
				  : (n == 1 ? "Angebot" : "Angebote"),
	       out);
	return EXIT_OK;
}

int cmd_export(int argc, char **argv)
{
	struct options o;
	if (argc < 2 || argv[1][0] == '-') {
		int rc = cli_parse_flags("export", argc, argv, NULL, &o);
		if (rc)
			return rc < 0 ? EXIT_OK : rc;
		return usage("welches Format? csv oder xlsx");
	}
	const char *format = argv[1];
	bool csv = strcmp(format, "csv") == 0;
	if (!csv && strcmp(format, "xlsx") != 0) {
		char msg[160];
		snprintf(msg, sizeof msg,
			 "unbekanntes Format „%.40s“; möglich sind csv und "
			 "xlsx",
			 format);
		return usage(msg);
	}
	int rc = cli_parse_args("export", argc - 1, argv + 1, NULL,
				export_flags, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *out = cli_own(&o, "out");
	const char *what = cli_own(&o, "what");
	if (out && !*out)
		return usage("--out braucht einen Dateinamen");
	if (csv && what)
		return usage("--what gilt nur für xlsx (csv enthält die "
			     "Angebote)");
	if (!csv && what && strcmp(what, "offers") != 0 &&
	    strcmp(what, "partners") != 0)
		return usage("--what erwartet offers oder partners");
	if (!csv && !out)
		return usage("xlsx braucht --out DATEI");
	db *d = open_db(&o);
	if (!d)
		return EXIT_FAIL;
	int status = csv ? export_csv(d, out)
			 : export_xlsx(d, what ? what : "offers", out);
	db_close(d);
	return status;
}
