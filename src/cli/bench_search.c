/*
 * bench_search.c - `lotse bench-search --db F [--queries FILE] [--runs N]`
 * (hidden): the search engine measured in-process, without HTTP.
 *
 * Runs every line of the query mix (default bench/queries.txt: query
 * strings of /angebote, e.g. "q=hebamme&alter=0-1") runs times through
 * search_offers() exactly as the page /angebote does (public offers,
 * facets, 20 per page), after one warm-up round that also builds the
 * search snapshot, and prints p50/p90/p99/max in microseconds per query
 * class and for all queries together, plus the time of the first search
 * (snapshot build). For bench/ (see bench/README.md, "Search engine
 * (in-process)").
 *
 * Exit status: 0 success, 1 failure with one line on stderr, 2 wrong
 * usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "cli/cli.h"
#include "domain/region.h"
#include "search/search.h"
#include "search/snapshot.h"

int cmd_bench_search(int argc, char **argv);

static const struct cli_flag bench_flags[] = {
	{"queries", true}, {"runs", true}, {NULL, false}};

#define MAX_QUERIES 1000
#define MAX_LINE 2048

/* The classes a query belongs to, by the parameters it has. */
enum { C_TEXT, C_TEXT_FILTER, C_FILTER, C_POSTCODE, C_ALL, C_N };
static const char *const class_names[C_N] = {
	"Wörter", "Wörter + Filter", "nur Filter", "mit Postleitzahl", "alle"};

struct query {
	char line[MAX_LINE];
	struct search_params p;
	int cls;
};

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* CPU time of the calling thread. */
static double cpu_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* A series of times and its percentiles. */
struct series {
	double *v;
	size_t n;
};

static void series_init(struct series *s, size_t cap)
{
	s->n = 0;
	s->v = calloc(cap ? cap : 1, sizeof *s->v);
	if (!s->v)
		abort();
}

static void series_add(struct series *s, double us)
{
	s->v[s->n++] = us;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes a query-string component in place ("+" and %XX). */
static void qs_decode(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (*r == '+') {
			*w++ = ' ';
		} else if (*r == '%' && hexval(r[1]) >= 0 &&
			   hexval(r[2]) >= 0) {
			*w++ = (char)(hexval(r[1]) * 16 + hexval(r[2]));
			r += 2;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

/* Parses one line into q (the strings point into q->line). */
static void parse_query(struct query *q, const struct region *munis, size_t nm)
{
	struct search_params *p = &q->p;
	memset(p, 0, sizeof *p);
	p->public_only = true;
	p->facets = true;
	p->page = 1;
	p->per_page = 20;
	bool text = false, filter = false, postcode = false;
	char *save = NULL;
	for (char *kv = strtok_r(q->line, "&", &save); kv;
	     kv = strtok_r(NULL, "&", &save)) {
		char *v = strchr(kv, '=');
		if (!v)
			continue;
		*v++ = '\0';
		qs_decode(v);
		if (!*v)
			continue;
		if (strcmp(kv, "q") == 0) {
			p->q = v;
			text = true;
		} else if (strcmp(kv, "bedarf") == 0) {
			if (p->nneeds < SEARCH_MAX_VALUES)
				p->needs[p->nneeds++] = v;
			filter = true;
		} else if (strcmp(kv, "alter") == 0) {
			if (p->nages < SEARCH_MAX_VALUES)
				p->ages[p->nages++] = v;
			filter = true;
		} else if (strcmp(kv, "kosten") == 0) {
			p->cost = v;
			filter = true;
		} else if (strcmp(kv, "sprache") == 0) {
			p->language = v;
			filter = true;
		} else if (strcmp(kv, "zugang") == 0) {
			p->access = v;
			filter = true;
		} else if (strcmp(kv, "gemeinde") == 0) {
			for (size_t i = 0; i < nm; i++)
				if (strcmp(munis[i].slug, v) == 0)
					p->municipality = munis[i].id;
			filter = true;
		} else if (strcmp(kv, "plz") == 0) {
			p->postcode = v;
			postcode = true;
		} else if (strcmp(kv, "umkreis") == 0) {
			p->radius_km = strtod(v, NULL);
		} else if (strcmp(kv, "sortierung") == 0) {
			p->sort_distance = strcmp(v, "entfernung") == 0;
		} else if (strcmp(kv, "seite") == 0) {
			long n = strtol(v, NULL, 10);
			p->page = n >= 1 && n <= 10000 ? n : 1;
		}
	}
	q->cls = postcode	  ? C_POSTCODE
		 : text && filter ? C_TEXT_FILTER
		 : text		  ? C_TEXT
				  : C_FILTER;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double pct(const double *v, size_t n, double p)
{
	if (!n)
		return 0;
	size_t i = (size_t)(p * (double)(n - 1) + 0.5);
	return v[i < n ? i : n - 1];
}

/* One line of the table: name, n, p50, p90, p99, max (sorts s). */
static void series_print(const char *name, struct series *s)
{
	if (!s->n)
		return;
	qsort(s->v, s->n, sizeof *s->v, cmp_double);
	printf("%-18s %7zu %9.0f %9.0f %9.0f %9.0f\n", name, s->n,
	       pct(s->v, s->n, 0.50), pct(s->v, s->n, 0.90),
	       pct(s->v, s->n, 0.99), s->v[s->n - 1]);
}

/* Reads the query file; returns the number of queries or -1. */
static long read_queries(const char *path, struct query *qs)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	long n = 0;
	char line[MAX_LINE];
	while (n < MAX_QUERIES && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		snprintf(qs[n].line, sizeof qs[n].line, "%s", line);
		n++;
	}
	fclose(f);
	return n;
}

int cmd_bench_search(int argc, char **argv)
{
	struct options o;
	int rc = cli_parse_args("bench-search", argc, argv, NULL, bench_flags,
				&o);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *file = cli_own(&o, "queries");
	if (!file)
		file = "bench/queries.txt";
	long runs = 20;
	if (cli_own(&o, "runs")) {
		runs = strtol(cli_own(&o, "runs"), NULL, 10);
		if (runs < 1 || runs > 100000) {
			fprintf(stderr, "lotse bench-search: --runs braucht "
					"eine Zahl von 1 bis 100000\n");
			return EXIT_USAGE;
		}
	}
	struct query *qs = calloc(MAX_QUERIES, sizeof *qs);
	if (!qs)
		return EXIT_FAIL;
	long nq = read_queries(file, qs);
	if (nq <= 0) {
		fprintf(stderr,
			"lotse bench-search: keine Suchen in %s gefunden\n",
			file);
		free(qs);
		return EXIT_FAIL;
	}
	db *d = cli_open_db(&o, false, false);
	if (!d) {
		free(qs);
		return EXIT_FAIL;
	}
	arena *keep = arena_new(1 << 16);
	struct region *munis;
	size_t nm = region_list(d, keep, "municipality", &munis);
	for (long i = 0; i < nq; i++)
		parse_query(&qs[i], munis, nm);

	arena *a = arena_new(1 << 20);
	int status = EXIT_OK;
	/* The snapshot alone, then the first search (cold caches). */
	double t0 = now_us();
	snapshot_put(snapshot_get(d));
	double build = now_us() - t0;
	t0 = now_us();
	struct search_result res;
	if (search_offers(d, a, &qs[0].p, &res) < 0) {
		fprintf(stderr, "lotse bench-search: die Suche ist "
				"fehlgeschlagen\n");
		status = EXIT_FAIL;
		goto out;
	}
	double first = now_us() - t0;
	/* warm-up: every query once */
	for (long i = 0; i < nq; i++) {
		arena_reset(a);
		search_offers(d, a, &qs[i].p, &res);
	}
	/* Two series per class: wall-clock time of search_offers and the
	 * thread's CPU time of it (what the search costs when the machine
	 * is busy with other work). */
	size_t total = (size_t)(nq * runs);
	struct series wall[C_N], cpu[C_N];
	for (int c = 0; c < C_N; c++) {
		series_init(&wall[c], total);
		series_init(&cpu[c], total);
	}
	int64_t hits = 0;
	for (long r = 0; r < runs; r++)
		for (long i = 0; i < nq; i++) {
			arena_reset(a);
			double s = now_us(), sc = cpu_us();
			if (search_offers(d, a, &qs[i].p, &res) < 0)
				status = EXIT_FAIL;
			double us = now_us() - s, cus = cpu_us() - sc;
			hits += res.total;
			series_add(&wall[qs[i].cls], us);
			series_add(&wall[C_ALL], us);
			series_add(&cpu[qs[i].cls], cus);
			series_add(&cpu[C_ALL], cus);
		}
	printf("Suchmaschine in-process: %ld Suchen x %ld Runden, Facetten, "
	       "20 je Seite\n",
	       nq, runs);
	printf("Schnappschuss bauen: %.0f us; erste Suche: %.0f us\n", build,
	       first);
	printf("%-18s %7s %9s %9s %9s %9s\n", "Klasse", "n", "p50 us", "p90 us",
	       "p99 us", "max us");
	for (int c = 0; c < C_N; c++)
		series_print(class_names[c], &wall[c]);
	printf("CPU-Zeit des Threads:\n");
	for (int c = 0; c < C_N; c++)
		series_print(class_names[c], &cpu[c]);
	printf("(Treffer insgesamt: %lld; Schnappschüsse gebaut: %ld)\n",
	       (long long)hits, snapshot_builds());
	for (int c = 0; c < C_N; c++) {
		free(wall[c].v);
		free(cpu[c].v);
	}
out:
	arena_free(a);
	arena_free(keep);
	db_close(d);
	free(qs);
	return status;
}
