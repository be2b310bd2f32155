/*
 * user.c - `lotse user add|passwd|role|disable|enable|list`: accounts from
 * the command line, for the first administrator of a new installation and
 * for operators who script their accounts.
 *
 * Every change goes through the domain functions of domain/user.h with
 * ACTOR_CLI, so the rules (password policy, the last administrator stays)
 * are the same as on the web pages and each change is in the audit log as
 * "cli". Passwords are read from the first line of standard input, never
 * from the command line (where every user of the machine could see them in
 * the process list), never echoed and never logged.
 *
 * Exit status: 0 success, 1 failure with one German line on stderr (the
 * domain's message), 2 wrong usage with the usage printed.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "auth/password.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "domain/user.h"

/* The options each action accepts. */
static const struct cli_flag flags_add[] = {{"email", true},
					    {"role", true},
					    {"org", true},
					    {"name", true},
					    {"password-stdin", false},
					    {NULL, false}};
static const struct cli_flag flags_passwd[] = {
	{"email", true}, {"password-stdin", false}, {NULL, false}};
static const struct cli_flag flags_role[] = {
	{"email", true}, {"role", true}, {"org", true}, {NULL, false}};
static const struct cli_flag flags_email[] = {{"email", true}, {NULL, false}};

/* Prints "lotse user ACTION: message" and the usage; returns EXIT_USAGE. */
static int usage(const char *action, const char *message)
{
	fprintf(stderr, "lotse user %s: %s\n", action, message);
	cli_print_help(stderr, "user");
	return EXIT_USAGE;
}

/* Prints one failure line; returns EXIT_FAIL. */
static int fail(const char *action, const char *message)
{
	fprintf(stderr, "lotse user %s: %s\n", action, message);
	return EXIT_FAIL;
}

/*
 * Parses --role. Returns 0 and sets *role, or prints why and returns
 * EXIT_FAIL (an unknown role is a wrong value, not a wrong usage).
 */
static int parse_role(const char *action, const char *text, enum role *role)
{
	int r = role_parse(text);
	if (r < ROLE_PARTNER) {
		char msg[200];
		snprintf(msg, sizeof msg,
			 "unbekannte Rolle „%.60s“; möglich sind partner, "
			 "visits, coordination und admin",
			 text);
		return fail(action, msg);
	}
	*role = (enum role)r;
	return 0;
}

/*
 * Parses --org when it was given: 0 with *org set (unchanged when the
 * option is missing), or EXIT_USAGE after printing the usage.
 */
static int parse_org(const struct options *o, const char *action, int64_t *org)
{
	const char *v = cli_own(o, "org");
	if (!v)
		return 0;
	if (!parse_int(v, 1, INT64_MAX, org))
		return usage(action, "--org erwartet die Nummer einer "
				     "Organisation (eine ganze Zahl ab 1)");
	return 0;
}

/*
 * Reads the password from the first line of standard input into pw (cap
 * bytes), without the line end. On a terminal the input is not echoed.
 * Returns 0, or EXIT_FAIL after printing why. The caller wipes pw.
 */
static int read_password(const char *action, char *pw, size_t cap)
{
	struct termios old, quiet;
	bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
	if (tty) {
		fputs("Passwort (wird nicht angezeigt): ", stderr);
		fflush(stderr);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	bool got = fgets(pw, (int)cap, stdin) != NULL;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (!got || !*pw) {
		pw[0] = '\0';
		return fail(action, "auf der Standardeingabe steht kein "
				    "Passwort");
	}
	size_t n = strlen(pw);
	if (pw[n - 1] != '\n' && n == cap - 1 && !feof(stdin)) {
		sodium_memzero(pw, cap);
		return fail(action, "Das Passwort ist zu lang (höchstens 1024 "
				    "Zeichen).");
	}
	while (n && (pw[n - 1] == '\n' || pw[n - 1] == '\r'))
		pw[--n] = '\0';
	if (n == 0)
		return fail(action, "auf der Standardeingabe steht kein "
				    "Passwort");
	return 0;
}

/* Loads the account of --email into u, or prints why and returns
 * EXIT_FAIL. */
static int find_user(db *d, arena *a, const char *action, const char *email,
		     struct user *u)
{
	if (user_by_email(d, a, email, u) == 0)
		return 0;
	char msg[320];
	snprintf(msg, sizeof msg, "zu „%.200s“ gibt es kein Konto", email);
	return fail(action, msg);
}

static int do_add(db *d, arena *a, const struct options *o)
{
	const struct actor cli = ACTOR_CLI;
	const char *email = cli_own(o, "email");
	int64_t org = 0;
	int rc = parse_org(o, "add", &org);
	if (rc)
		return rc;
	enum role role;
	rc = parse_role("add", cli_own(o, "role"), &role);
	if (rc)
		return rc;
	/* The name defaults to the part of the address before the @. */
	const char *name = cli_own(o, "name");
	if (!name) {
		size_t l = strcspn(email, "@");
		char *n = arena_alloc(a, l + 1);
		memcpy(n, email, l);
		n[l] = '\0';
		name = n;
	}
	char pw[PASSWORD_MAX_BYTES + 3];
	rc = read_password("add", pw, sizeof pw);
	if (rc)
		return rc;
	struct user_error e = {0};
	int64_t id =
		user_create(d, &cli, email, name, role, org, pw, false, &e);
	sodium_memzero(pw, sizeof pw);
	if (id < 0)
		return fail("add", e.msg);
	struct user u;
	if (user_get(d, a, id, &u) == 0)
		printf("Konto %s (%s) angelegt: %s%s%s, Nummer %lld.\n",
		       u.email, u.display_name, role_label(u.role),
		       u.org_name[0] ? ", " : "", u.org_name, (long long)id);
	return EXIT_OK;
}

static int do_passwd(db *d, arena *a, const struct options *o)
{
	const struct actor cli = ACTOR_CLI;
	const char *email = cli_own(o, "email");
	struct user u;
	int rc = find_user(d, a, "passwd", email, &u);
	if (rc)
		return rc;
	char pw[PASSWORD_MAX_BYTES + 3];
	rc = read_password("passwd", pw, sizeof pw);
	if (rc)
		return rc;
	struct user_error e = {0};
	rc = user_set_password(d, &cli, u.id, NULL, pw, &e);
	sodium_memzero(pw, sizeof pw);
	if (rc < 0)
		return fail("passwd", e.msg);
	printf("Neues Passwort für %s gesetzt; bei der nächsten Anmeldung "
	       "wählt die Person ein eigenes. Ihre Sitzungen sind beendet.\n",
	       u.email);
	return EXIT_OK;
}

static int do_role(db *d, arena *a, const struct options *o)
{
	const struct actor cli = ACTOR_CLI;
	const char *email = cli_own(o, "email");
	struct user u;
	int64_t org = 0;
	int rc = parse_org(o, "role", &org);
	if (rc)
		return rc;
	enum role role;
	rc = parse_role("role", cli_own(o, "role"), &role);
	if (rc)
		return rc;
	rc = find_user(d, a, "role", email, &u);
	if (rc)
		return rc;
	/* Without --org the account keeps its organisation. */
	if (!cli_own(o, "org"))
		org = u.org_id;
	struct user_error e = {0};
	if (user_set_role(d, &cli, u.id, role, org, &e) < 0)
		return fail("role", e.msg);
	struct user now;
	if (user_get(d, a, u.id, &now) == 0)
		printf("%s hat jetzt die Rolle %s%s%s.\n", now.email,
		       role_label(now.role), now.org_name[0] ? ", " : "",
		       now.org_name);
	return EXIT_OK;
}

/* disable and enable. */
static int do_active(db *d, arena *a, const struct options *o, bool active)
{
	const struct actor cli = ACTOR_CLI;
	const char *action = active ? "enable" : "disable";
	const char *email = cli_own(o, "email");
	struct user u;
	int rc = find_user(d, a, action, email, &u);
	if (rc)
		return rc;
	struct user_error e = {0};
	if (user_set_active(d, &cli, u.id, active, &e) < 0)
		return fail(action, e.msg);
	printf(active ? "Konto %s entsperrt.\n"
		      : "Konto %s gesperrt; seine Sitzungen sind beendet.\n",
	       u.email);
	return EXIT_OK;
}

/* Writes s and pads it with spaces to width characters (not bytes). */
static void cell(const char *s, size_t width, bool last)
{
	fputs(s, stdout);
	if (last)
		return;
	size_t len = utf8_length(s, strlen(s));
	for (size_t i = len; i < width + 2; i++)
		fputc(' ', stdout);
}

enum { COLS = 8 };

/* "2026-11-22T09:01:00Z" as "2026-11-22 09:01"; "nie" when empty. */
static const char *when(arena *a, const char *iso)
{
	if (!iso || !*iso)
		return "nie";
	char *s = arena_printf(a, "%.16s", iso);
	if (strlen(s) > 10 && s[10] == 'T')
		s[10] = ' ';
	return s;
}

static int do_list(db *d, arena *a)
{
	struct user *v;
	size_t n = user_list(d, a, ROLE_UNSET, 0, NULL, &v);
	if (n == 0) {
		printf("Noch keine Konten. Das erste legen Sie an mit:\n"
		       "  lotse user add --email E-MAIL --role admin "
		       "--password-stdin\n");
		return EXIT_OK;
	}
	const char *head[COLS] = {
		"Nr.",		"E-Mail", "Name", "Rolle",
		"Organisation", "Aktiv",  "2FA",  "Letzte Anmeldung (UTC)"};
	const char **rows = arena_alloc(a, n * COLS * sizeof *rows);
	size_t width[COLS];
	for (size_t c = 0; c < COLS; c++)
		width[c] = utf8_length(head[c], strlen(head[c]));
	for (size_t i = 0; i < n; i++) {
		const struct user *u = &v[i];
		const char **row = rows + i * COLS;
		row[0] = arena_printf(a, "%lld", (long long)u->id);
		row[1] = u->email;
		row[2] = u->display_name;
		row[3] = role_code(u->role);
		row[4] = u->org_name[0] ? u->org_name : "–";
		row[5] = u->active ? "ja" : "gesperrt";
		row[6] = u->totp_secret[0] ? "an" : "aus";
		row[7] = when(a, u->last_login_at);
		for (size_t c = 0; c < COLS; c++) {
			size_t l = utf8_length(row[c], strlen(row[c]));
			if (l > width[c])
				width[c] = l;
		}
	}
	for (size_t c = 0; c < COLS; c++)
		cell(head[c], width[c], c == COLS - 1);
	fputc('\n', stdout);
	for (size_t i = 0; i < n; i++) {
		for (size_t c = 0; c < COLS; c++)
			cell(rows[i * COLS + c], width[c], c == COLS - 1);
		fputc('\n', stdout);
	}
	return EXIT_OK;
}

/*
 * Opens the database without creating it (a typing error in --db should
 * not make an empty one) and checks that its schema is current. Returns
 * NULL after printing why.
 */
static db *open_db(const struct options *o)
{
	db *d = cli_open_db(o, false, false);
	if (!d)
		return NULL;
	int applied, latest;
	db_schema_version(d, &applied, &latest);
	if (applied != latest) {
		fprintf(stderr,
			"lotse user: die Datenbank %s hat Schema %d, diese "
			"Version braucht %d – bitte zuerst „lotse init“ "
			"ausführen\n",
			o->db_path, applied, latest);
		db_close(d);
		return NULL;
	}
	return d;
}

int cmd_user(int argc, char **argv)
{
	static const char *const need_add[] = {"email", "role",
					       "password-stdin", NULL};
	static const char *const need_passwd[] = {"email", "password-stdin",
						  NULL};
	static const char *const need_role[] = {"email", "role", NULL};
	static const char *const need_email[] = {"email", NULL};
	static const struct {
		const char *name;
		const struct cli_flag *flags;
		const char *const *required;
	} actions[] = {
		{"add", flags_add, need_add},
		{"passwd", flags_passwd, need_passwd},
		{"role", flags_role, need_role},
		{"disable", flags_email, need_email},
		{"enable", flags_email, need_email},
		{"list", NULL, NULL},
	};
	struct options o;
	if (argc < 2 || argv[1][0] == '-') {
		/* No action: only --help (and the common options) make sense. */
		int rc = cli_parse_flags("user", argc, argv, NULL, &o);
		if (rc)
			return rc < 0 ? EXIT_OK : rc;
		fprintf(stderr, "lotse user: welche Aktion? add, passwd, role, "
				"disable, enable oder list\n");
		cli_print_help(stderr, "user");
		return EXIT_USAGE;
	}
	const char *action = argv[1];
	size_t k = 0, nactions = sizeof actions / sizeof *actions;
	while (k < nactions && strcmp(actions[k].name, action) != 0)
		k++;
	if (k == nactions) {
		fprintf(stderr, "lotse user: unbekannte Aktion „%s“\n", action);
		cli_print_help(stderr, "user");
		return EXIT_USAGE;
	}
	int rc = cli_parse_args("user", argc - 1, argv + 1, NULL,
				actions[k].flags, &o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	/* Wrong usage is told before the database is touched. */
	for (const char *const *r = actions[k].required; r && *r; r++) {
		const char *v = cli_own(&o, *r);
		if (v && *v)
			continue;
		char msg[120];
		snprintf(msg, sizeof msg, "--%s fehlt%s", *r,
			 strcmp(*r, "password-stdin") == 0
				 ? ": das Passwort wird aus der "
				   "Standardeingabe gelesen"
				 : "");
		return usage(action, msg);
	}
	int64_t org;
	rc = parse_org(&o, action, &org);
	if (rc)
		return rc;
	db *d = open_db(&o);
	if (!d)
		return EXIT_FAIL;
	arena *a = arena_new(8192);
	if (strcmp(action, "add") == 0)
		rc = do_add(d, a, &o);
	else if (strcmp(action, "passwd") == 0)
		rc = do_passwd(d, a, &o);
	else if (strcmp(action, "role") == 0)
		rc = do_role(d, a, &o);
	else if (strcmp(action, "disable") == 0)
		rc = do_active(d, a, &o, false);
	else if (strcmp(action, "enable") == 0)
		rc = do_active(d, a, &o, true);
	else
		rc = do_list(d, a);
	arena_free(a);
	db_close(d);
	return rc;
}
