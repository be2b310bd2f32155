/*
 * mail.c - `lotse mail send`: sends the due messages of the outbox once
 * through the SMTP server of the settings (for cron, and for tests). The
 * server's own worker thread does the same every few seconds.
 *
 * Exit status: 0 when every due message went out (or none was due), 1
 * when one failed, SMTP is not configured or the database fails.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "mail/sender.h"
#include "mail/smtp.h"

static int usage(const char *why)
{
	fprintf(stderr, "lotse mail: %s\n", why);
	cli_print_help(stderr, "mail");
	return EXIT_USAGE;
}

int cmd_mail(int argc, char **argv)
{
	struct options o;
	if (argc < 2 || argv[1][0] == '-') {
		int rc = cli_parse_flags("mail", argc, argv, NULL, &o);
		if (rc)
			return rc < 0 ? EXIT_OK : rc;
		return usage("was tun? send");
	}
	if (strcmp(argv[1], "send") != 0)
		return usage("unbekannter Unterbefehl; möglich ist send");
	int rc = cli_parse_flags("mail", argc - 1, argv + 1, NULL, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	db *d = cli_open_db(&o, false, false);
	if (!d)
		return EXIT_FAIL;
	smtp_global_init();
	struct sender_stats st;
	int status = EXIT_OK;
	if (sender_run_once(d, 0, &st) < 0) {
		fprintf(stderr, "lotse mail: Datenbankfehler beim Versand\n");
		status = EXIT_FAIL;
	} else if (st.no_smtp) {
		fprintf(stderr, "lotse mail: kein Mail-Server eingestellt "
				"(Einstellung smtp_url)\n");
		status = EXIT_FAIL;
	} else {
		printf("%d versandt, %d später erneut, %d endgültig "
		       "fehlgeschlagen\n",
		       st.sent, st.retry, st.failed);
		if (st.retry || st.failed)
			status = EXIT_FAIL;
	}
	db_close(d);
	return status;
}
