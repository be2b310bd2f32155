/*
 * main.c - entry point: picks the sub-command, which parses its flags with
 * cli_parse_flags() (options.c, so that the unit tests can link it too).
 *
 * Each command lists the long options it accepts; an option's name is also
 * its key in the config file (options_set()), so a flag, an environment
 * variable and a config line all mean the same thing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

#ifndef LOTSE_VERSION
#define LOTSE_VERSION "0.0.0"
#endif

#include "base/log.h"
#include "db/db.h"
#include "mail/sender.h"
#include "web/web.h"

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 20;
	char *data = malloc(cap + 1);
	size_t n = data ? fread(data, 1, cap + 1, f) : 0;
	fclose(f);
	if (!data || n > cap) {
		free(data);
		return NULL;
	}
	data[n] = '\0';
	return data;
}

int cmd_serve(int argc, char **argv)
{
	static const char *const allowed[] = {
		"listen",      "threads", "max-connections", "timeout",
		"tls-cert",    "tls-key", "trust-proxy",     "session-idle",
		"session-max", NULL};
	struct options o;
	int rc = cli_parse_flags("serve", argc, argv, allowed, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (!o.tls_cert_file != !o.tls_key_file) {
		fprintf(stderr, "lotse serve: --tls-cert und --tls-key gehören "
				"zusammen\n");
		return EXIT_USAGE;
	}
	char *cert = NULL, *key = NULL;
	if (o.tls_cert_file) {
		cert = slurp(o.tls_cert_file);
		key = slurp(o.tls_key_file);
		if (!cert || !key) {
			fprintf(stderr,
				"lotse serve: Zertifikat oder Schlüssel "
				"kann nicht gelesen werden\n");
			free(cert);
			free(key);
			return EXIT_FAIL;
		}
		o.server.tls_cert_pem = cert;
		o.server.tls_key_pem = key;
	}
	db *d = cli_open_db(&o, true, false);
	if (!d) {
		free(cert);
		free(key);
		return EXIT_FAIL;
	}
	int applied, latest;
	db_schema_version(d, &applied, &latest);
	int status = EXIT_OK;
	if (applied == 0) {
		int count;
		if (db_migrate(d, &count) < 0) {
			fprintf(stderr,
				"lotse serve: die neue Datenbank konnte "
				"nicht angelegt werden\n");
			status = EXIT_FAIL;
		} else {
			log_info("Neue Datenbank %s angelegt", o.db_path);
		}
	} else if (applied < latest) {
		fprintf(stderr,
			"lotse serve: die Datenbank %s hat Schema %d, diese "
			"Version braucht %d – bitte zuerst „lotse init“ "
			"ausführen\n",
			o.db_path, applied, latest);
		status = EXIT_FAIL;
	} else if (applied > latest) {
		fprintf(stderr,
			"lotse serve: die Datenbank %s ist neuer (Schema %d) "
			"als "
			"diese Version von Lotse (%d)\n",
			o.db_path, applied, latest);
		status = EXIT_FAIL;
	}
	db_close(d);
	if (status == EXIT_OK) {
		db_thread_init(o.db_path);
		sender_start(5); /* the outbox worker (mail/sender.h) */
		if (server_run(&o.server, &lotse_app) < 0)
			status = EXIT_FAIL;
		sender_stop();
		db_thread_close();
	}
	free(cert);
	free(key);
	return status;
}

int cmd_init(int argc, char **argv)
{
	struct options o;
	int rc = cli_parse_flags("init", argc, argv, NULL, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	db *d = cli_open_db(&o, true, true);
	if (!d)
		return EXIT_FAIL;
	int applied, latest;
	db_schema_version(d, &applied, &latest);
	printf("Datenbank %s ist bereit (Schema %d).\n", o.db_path, applied);
	db_close(d);
	return EXIT_OK;
}

int cmd_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("lotse %s\n", LOTSE_VERSION);
	return EXIT_OK;
}

int cmd_help(int argc, char **argv)
{
	if (argc > 2) {
		fprintf(stderr, "lotse help: nur ein Befehl, bitte\n");
		return EXIT_USAGE;
	}
	if (argc == 2 && !cli_print_help(stdout, argv[1])) {
		fprintf(stderr, "lotse help: unbekannter Befehl „%s“\n",
			argv[1]);
		cli_print_help(stderr, NULL);
		return EXIT_USAGE;
	}
	if (argc < 2)
		cli_print_help(stdout, NULL);
	return EXIT_OK;
}

int cmd_bench_search(int argc, char **argv); /* bench_search.c */
int cmd_reindex(int argc, char **argv);	     /* reindex.c */

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} cmds[] = {
		{"serve", cmd_serve},
		{"init", cmd_init},
		{"demo", cmd_demo},
		{"user", cmd_user},
		{"import", cmd_import},
		{"export", cmd_export},
		{"mail", cmd_mail},
		{"version", cmd_version},
		{"help", cmd_help},
		{"reindex", cmd_reindex},	    /* reindex.c */
		{"bench-search", cmd_bench_search}, /* hidden: bench/ */
	};
	if (argc < 2) {
		cli_print_help(stderr, NULL);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cmd_help(1, argv);
	if (strcmp(argv[1], "--version") == 0)
		return cmd_version(1, argv);
	for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return cmds[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "lotse: unbekannter Befehl „%s“\n", argv[1]);
	cli_print_help(stderr, NULL);
	return EXIT_USAGE;
}
