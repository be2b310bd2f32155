/*
 * cli.h - the sub-commands of lotse and their shared options.
 *
 * Options come from, in rising precedence: built-in defaults, an optional
 * config file (--config FILE or LOTSE_CONFIG), the environment (LOTSE_*),
 * the command line. Exit status: 0 success, 1 failure with one clear line
 * on stderr, 2 wrong usage (with the usage printed).
 */
#ifndef LOTSE_CLI_H
#define LOTSE_CLI_H

#include <stdbool.h>

#include "http/server.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* An option of one command that is no config key (`user add --email E`):
 * its long name and whether it takes a value. */
struct cli_flag {
	const char *name;
	bool takes_value;
};

#define CLI_MAX_OWN 12

struct options {
	const char *db_path;
	const char *config_path;
	struct server_config server;
	const char *tls_cert_file;
	const char *tls_key_file;
	/* The command's own options as given (see cli_parse_args()); the
	 * strings point into argv. */
	struct {
		const char *name, *value;
	} own[CLI_MAX_OWN];
	size_t nown;
};

/* Fills defaults, then the config file, then the environment. Returns 0,
 * or EXIT_FAIL/EXIT_USAGE after printing why. */
int options_load(struct options *o, int argc, char **argv);
/* Applies "key = value" (from file or flag); returns 0 or -1. */
int options_set(struct options *o, const char *key, const char *value);

/* Parses the flags of a command: --help, --config, --db and the names in
 * allowed (NULL-terminated, each also a config key). Returns 0 to go on,
 * -1 when help was printed (exit 0), or an exit status. */
int cli_parse_flags(const char *cmd, int argc, char **argv,
		    const char *const *allowed, struct options *o);
/* The same, and also the command's own options in own (terminated by
 * {NULL, false}; NULL for none), whose values land in o->own and are read
 * with cli_own(). A later repetition of an option wins. */
int cli_parse_args(const char *cmd, int argc, char **argv,
		   const char *const *allowed, const struct cli_flag *own,
		   struct options *o);
/* The value of a command's own option: NULL when it was not given, "1"
 * for a given option that takes no value. */
const char *cli_own(const struct options *o, const char *name);

int cmd_serve(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_demo(int argc, char **argv);
int cmd_user(int argc, char **argv);
int cmd_import(int argc, char **argv); /* import.c */
int cmd_export(int argc, char **argv); /* export.c */
int cmd_mail(int argc, char **argv);   /* mail.c */
int cmd_version(int argc, char **argv);
int cmd_help(int argc, char **argv);

/* Prints the help of one command to f; returns false if it is unknown. */
#include <stdio.h>
bool cli_print_help(FILE *f, const char *cmd);

/* Opens the database named in o and brings its schema up to date when
 * migrate is set; prints a clear line and returns NULL on failure. */
#include "db/db.h"
db *cli_open_db(const struct options *o, bool create, bool migrate);

#endif
