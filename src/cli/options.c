/*
 * options.c - configuration from defaults, config file, environment and
 * flags (see cli.h), and the help texts of the sub-commands.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/log.h"
#include "cli/cli.h"
#include "domain/session.h"

struct help {
	const char *cmd;
	const char *usage;
	const char *text;
};

static const struct help helps[] = {
	{"serve",
	 "lotse serve [--db DATEI] [--listen ADRESSE:PORT] [--threads N]\n"
	 "            [--max-connections N] [--timeout SEKUNDEN]\n"
	 "            [--tls-cert DATEI --tls-key DATEI] [--trust-proxy]\n"
	 "            [--session-idle SEKUNDEN] [--session-max SEKUNDEN]",
	 "Startet den Webserver. Eine neue Datenbank wird dabei angelegt.\n"
	 "Standard: --listen 127.0.0.1:8080, ein Thread je Prozessorkern.\n"
	 "Mit SIGTERM oder SIGINT (Strg+C) beendet er laufende Anfragen und "
	 "hält an."},
	{"init", "lotse init [--db DATEI]",
	 "Legt die Datenbank an oder bringt ihr Schema auf den neuesten "
	 "Stand."},
	{"demo", "lotse demo [--db DATEI] [--offers N]",
	 "Füllt die Datenbank mit dem erfundenen Demo-Landkreis Ahrwald.\n"
	 "Neun Städte und Gemeinden, rund 300 Partnerorganisationen mit "
	 "Ansprechpersonen und 600 Angebote; alle Namen sind frei erfunden.\n"
	 "--offers N legt N Angebote an statt 600 (0 bis 1000000, zum "
	 "Beispiel 100000 für Messungen).\n"
	 "Enthält die Datenbank schon einen Landkreis, ändert der Befehl "
	 "nichts."},
	{"user",
	 "lotse user add --email E-MAIL --role ROLLE [--org ID] [--name NAME]\n"
	 "                       --password-stdin\n"
	 "        lotse user passwd --email E-MAIL --password-stdin\n"
	 "        lotse user role --email E-MAIL --role ROLLE [--org ID]\n"
	 "        lotse user disable --email E-MAIL\n"
	 "        lotse user enable --email E-MAIL\n"
	 "        lotse user list\n"
	 "        (dazu jeweils [--db DATEI])",
	 "Verwaltet die Konten: anlegen, Passwort setzen, Rolle ändern, "
	 "sperren, entsperren, auflisten.\n"
	 "Rollen: partner (Partner), visits (Willkommensbesuche), "
	 "coordination (Koordinierungsstelle), admin (Administration).\n"
	 "Partner- und Besuchsdienst-Konten brauchen --org mit der Nummer "
	 "ihrer Organisation.\n"
	 "Das Passwort steht in der ersten Zeile der Standardeingabe (nie auf "
	 "der Befehlszeile), zum Beispiel:\n"
	 "  printf '%s\\n' \"$PASSWORT\" | lotse user add --email "
	 "a@example.org --role admin --password-stdin\n"
	 "--name setzt den angezeigten Namen (Standard: der Teil der "
	 "E-Mail-Adresse vor dem @).\n"
	 "Nach „user passwd“ wählt die Person bei der nächsten Anmeldung ein "
	 "eigenes Passwort.\n"
	 "Jede Änderung steht im Protokoll (als „cli“)."},
	{"import",
	 "lotse import csv DATEI [--skip-invalid] [--draft] [--db DATEI]",
	 "Importiert Angebote aus einer CSV-Datei (\"-\": Standardeingabe).\n"
	 "Kopfzeile mit den Spalten external_id, titel*, traeger*, "
	 "beschreibung*, bedarfe, alter, praevention, zugang, kosten, "
	 "sprachen, strasse, plz, ort, telefon, email, web, zeiten, "
	 "barrierefrei (ja/nein); * ist Pflicht. Reihenfolge beliebig, "
	 "Listen mit | getrennt.\n"
	 "Trennzeichen ; oder , und Zeichensatz UTF-8 (mit oder ohne BOM) "
	 "oder Windows-1252 werden erkannt.\n"
	 "Eine Zeile, deren external_id es schon gibt, ändert dieses "
	 "Angebot; ein unbekannter Träger wird angelegt (Bereich "
	 "„Sonstige“).\n"
	 "Jede abgelehnte Zeile wird mit Zeilennummer, Spalte und Grund "
	 "gemeldet. Ist eine Zeile fehlerhaft, wird nichts importiert – "
	 "außer mit --skip-invalid: dann werden die übrigen Zeilen "
	 "importiert.\n"
	 "Importierte Angebote sind veröffentlicht, mit --draft Entwürfe.\n"
	 "Auf einem Terminal zeigt ein Fortschrittsbalken den Stand."},
	{"export",
	 "lotse export csv [--out DATEI] [--db DATEI]\n"
	 "        lotse export xlsx [--what offers|partners] --out DATEI "
	 "[--db DATEI]",
	 "Exportiert das Verzeichnis.\n"
	 "csv: alle nicht archivierten Angebote im Format von „lotse import "
	 "csv“ (UTF-8 mit BOM, Trennzeichen ;), ohne --out auf die "
	 "Standardausgabe.\n"
	 "xlsx: eine Excel-Datei mit den Angeboten (--what offers, Standard) "
	 "oder den Partnern und ihren Kontakten (--what partners)."},
	{"mail", "lotse mail send [--db DATEI]",
	 "Versendet die fälligen Nachrichten des Postausgangs einmal über "
	 "den Mail-Server der Einstellungen (smtp_url, für cron). Der "
	 "laufende Server tut das ohnehin alle paar Sekunden.\n"
	 "Exit-Status 1, wenn eine Nachricht nicht versandt werden konnte "
	 "oder kein Mail-Server eingestellt ist."},
	{"reindex", "lotse reindex [--db DATEI]",
	 "Baut den Suchindex der Angebote in einem Schritt neu auf (nötig "
	 "nur nach einer neuen Version der Textanalyse; jede Änderung hält "
	 "den Index sonst selbst aktuell).\n"
	 "Auf einem Terminal zeigt eine Zeile den Fortschritt."},
	{"version", "lotse version", "Zeigt die Version."},
	{"help", "lotse help [BEFEHL]", "Zeigt die Hilfe zu einem Befehl."},
	{NULL, NULL, NULL},
};

bool cli_print_help(FILE *f, const char *cmd)
{
	if (!cmd) {
		fputs("Lotse – Plattform des Netzwerks Frühe Hilfen und "
		      "Kinderschutz\n\n"
		      "Aufruf: lotse BEFEHL [OPTIONEN]\n\nBefehle:\n",
		      f);
		for (const struct help *h = helps; h->cmd; h++)
			fprintf(f, "  %-9s %.*s\n", h->cmd,
				(int)strcspn(h->text, "\n"), h->text);
		fputs("\nGemeinsame Optionen: --db DATEI (Standard ./lotse.db "
		      "oder LOTSE_DB),\n--config DATEI (oder LOTSE_CONFIG), "
		      "--help.\nMehr: lotse help BEFEHL, man lotse\n",
		      f);
		return true;
	}
	for (const struct help *h = helps; h->cmd; h++) {
		if (strcmp(h->cmd, cmd) == 0) {
			fprintf(f, "Aufruf: %s\n\n%s\n", h->usage, h->text);
			return true;
		}
	}
	return false;
}

static char *read_file(const char *path, size_t max)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *data = malloc(max + 1);
	size_t n = data ? fread(data, 1, max + 1, f) : 0;
	fclose(f);
	if (!data || n > max) {
		free(data);
		return NULL;
	}
	data[n] = '\0';
	return data;
}

static bool parse_uint(const char *s, unsigned min, unsigned max, unsigned *out)
{
	char *end;
	if (!s || !isdigit((unsigned char)*s))
		return false;
	unsigned long v = strtoul(s, &end, 10);
	if (*end || v < min || v > max)
		return false;
	*out = (unsigned)v;
	return true;
}

int options_set(struct options *o, const char *key, const char *value)
{
	unsigned u;
	if (strcmp(key, "db") == 0) {
		o->db_path = value;
	} else if (strcmp(key, "listen") == 0) {
		o->server.listen = value;
	} else if (strcmp(key, "threads") == 0) {
		if (!parse_uint(value, 1, 256, &u))
			return -1;
		o->server.threads = u;
	} else if (strcmp(key, "max-connections") == 0) {
		if (!parse_uint(value, 1, 100000, &u))
			return -1;
		o->server.max_connections = u;
	} else if (strcmp(key, "timeout") == 0) {
		if (!parse_uint(value, 1, 3600, &u))
			return -1;
		o->server.timeout_s = u;
	} else if (strcmp(key, "tls-cert") == 0) {
		o->tls_cert_file = value;
	} else if (strcmp(key, "tls-key") == 0) {
		o->tls_key_file = value;
	} else if (strcmp(key, "session-idle") == 0) {
		if (!parse_uint(value, 1, 7 * 86400, &u))
			return -1;
		session_limits.idle_s = u;
	} else if (strcmp(key, "session-max") == 0) {
		if (!parse_uint(value, 1, 30 * 86400, &u))
			return -1;
		session_limits.max_s = u;
	} else if (strcmp(key, "trust-proxy") == 0) {
		o->server.trust_proxy_tls = strcmp(value, "1") == 0 ||
					    strcasecmp(value, "yes") == 0 ||
					    strcasecmp(value, "true") == 0 ||
					    strcasecmp(value, "ja") == 0;
	} else {
		return -1;
	}
	return 0;
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* Reads "key = value" lines; the text stays allocated for the process. */
static int load_file(struct options *o, const char *path)
{
	char *text = read_file(path, 64 * 1024);
	if (!text) {
		fprintf(stderr,
			"lotse: Konfigurationsdatei %s kann nicht "
			"gelesen werden\n",
			path);
		return EXIT_FAIL;
	}
	int lineno = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		lineno++;
		char *l = trim(line);
		if (!*l || *l == '#')
			continue;
		char *eq = strchr(l, '=');
		if (!eq) {
			fprintf(stderr,
				"lotse: %s, Zeile %d: erwartet wird "
				"„name = wert“\n",
				path, lineno);
			return EXIT_FAIL;
		}
		*eq = '\0';
		char *k = trim(l), *v = trim(eq + 1);
		if (options_set(o, k, v) < 0) {
			fprintf(stderr,
				"lotse: %s, Zeile %d: unbekannte "
				"Einstellung oder ungültiger Wert "
				"„%s“\n",
				path, lineno, k);
			return EXIT_FAIL;
		}
	}
	return 0;
}

int options_load(struct options *o, int argc, char **argv)
{
	memset(o, 0, sizeof *o);
	server_config_default(&o->server);
	o->db_path = "lotse.db";
	o->config_path = getenv("LOTSE_CONFIG");
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--config") == 0 && i + 1 < argc)
			o->config_path = argv[i + 1];
		else if (strncmp(argv[i], "--config=", 9) == 0)
			o->config_path = argv[i] + 9;
	}
	if (o->config_path && *o->config_path) {
		int rc = load_file(o, o->config_path);
		if (rc)
			return rc;
	}
	static const struct {
		const char *env, *key;
	} envs[] = {
		{"LOTSE_DB", "db"},
		{"LOTSE_LISTEN", "listen"},
		{"LOTSE_THREADS", "threads"},
		{"LOTSE_MAX_CONNECTIONS", "max-connections"},
		{"LOTSE_TIMEOUT", "timeout"},
		{"LOTSE_TLS_CERT", "tls-cert"},
		{"LOTSE_TLS_KEY", "tls-key"},
		{"LOTSE_TRUST_PROXY", "trust-proxy"},
		{"LOTSE_SESSION_IDLE", "session-idle"},
		{"LOTSE_SESSION_MAX", "session-max"},
	};
	for (size_t i = 0; i < sizeof envs / sizeof *envs; i++) {
		const char *v = getenv(envs[i].env);
		if (v && *v && options_set(o, envs[i].key, v) < 0) {
			fprintf(stderr, "lotse: ungültiger Wert in %s\n",
				envs[i].env);
			return EXIT_FAIL;
		}
	}
	return 0;
}

db *cli_open_db(const struct options *o, bool create, bool migrate)
{
	char err[512];
	db *d = db_open(o->db_path, create, err, sizeof err);
	if (!d) {
		fprintf(stderr, "lotse: %s\n", err);
		return NULL;
	}
	if (migrate) {
		int count;
		if (db_migrate(d, &count) < 0) {
			fprintf(stderr,
				"lotse: das Schema der Datenbank %s "
				"konnte nicht aktualisiert werden\n",
				o->db_path);
			db_close(d);
			return NULL;
		}
		if (count)
			log_info("Datenbank %s: %d Migration(en) angewendet",
				 o->db_path, count);
	}
	return d;
}

/* Stores the value of a command's own option (a repetition replaces it). */
static void own_set(struct options *o, const char *name, const char *value)
{
	for (size_t i = 0; i < o->nown; i++) {
		if (strcmp(o->own[i].name, name) == 0) {
			o->own[i].value = value;
			return;
		}
	}
	if (o->nown < CLI_MAX_OWN) {
		o->own[o->nown].name = name;
		o->own[o->nown].value = value;
		o->nown++;
	}
}

const char *cli_own(const struct options *o, const char *name)
{
	for (size_t i = 0; i < o->nown; i++)
		if (strcmp(o->own[i].name, name) == 0)
			return o->own[i].value;
	return NULL;
}

int cli_parse_flags(const char *cmd, int argc, char **argv,
		    const char *const *allowed, struct options *o)
{
	return cli_parse_args(cmd, argc, argv, allowed, NULL, o);
}

/*
 * Parses the flags of cmd with getopt_long: the common ones (--help,
 * --config, --db), the config keys in allowed (applied with
 * options_set()) and the command's own options in own (kept in o->own).
 * Returns 0 to go on, -1 after printing the help, or the exit status to
 * end with (EXIT_USAGE after printing what was wrong and the usage).
 */
int cli_parse_args(const char *cmd, int argc, char **argv,
		   const char *const *allowed, const struct cli_flag *own,
		   struct options *o)
{
	enum { MAX_OPTS = 32 };
	struct option longopts[MAX_OPTS];
	size_t n = 0;
	longopts[n++] = (struct option){"help", no_argument, NULL, 'h'};
	longopts[n++] = (struct option){"config", required_argument, NULL, 'c'};
	longopts[n++] = (struct option){"db", required_argument, NULL, 'd'};
	for (size_t i = 0; allowed && allowed[i] && n < MAX_OPTS - 1; i++) {
		bool flag = strcmp(allowed[i], "trust-proxy") == 0;
		longopts[n++] = (struct option){
			allowed[i], flag ? no_argument : required_argument,
			NULL, 'o'};
	}
	for (size_t i = 0; own && own[i].name && n < MAX_OPTS - 1; i++)
		longopts[n++] = (struct option){
			own[i].name,
			own[i].takes_value ? required_argument : no_argument,
			NULL, 'x'};
	longopts[n] = (struct option){NULL, 0, NULL, 0};
	int rc = options_load(o, argc, argv);
	if (rc)
		return rc;
	optind = 1;
	opterr = 0;
	int c, idx;
	while ((c = getopt_long(argc, argv, ":", longopts, &idx)) != -1) {
		switch (c) {
		case 'h':
			cli_print_help(stdout, cmd);
			return -1;
		case 'c':
			break;
		case 'd':
			o->db_path = optarg;
			break;
		case 'o': {
			const char *name = longopts[idx].name;
			const char *val = optarg ? optarg : "1";
			if (options_set(o, name, val) < 0) {
				fprintf(stderr,
					"lotse %s: ungültiger Wert für --%s: "
					"%s\n",
					cmd, name, val);
				return EXIT_USAGE;
			}
			break;
		}
		case 'x':
			own_set(o, longopts[idx].name, optarg ? optarg : "1");
			break;
		case ':':
			fprintf(stderr, "lotse %s: --%s braucht einen Wert\n",
				cmd, argv[optind - 1] + 2);
			cli_print_help(stderr, cmd);
			return EXIT_USAGE;
		default:
			fprintf(stderr, "lotse %s: unbekannte Option %s\n", cmd,
				argv[optind - 1]);
			cli_print_help(stderr, cmd);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "lotse %s: unerwartetes Argument „%s“\n", cmd,
			argv[optind]);
		cli_print_help(stderr, cmd);
		return EXIT_USAGE;
	}
	return 0;
}
