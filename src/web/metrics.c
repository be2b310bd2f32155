/*
 * metrics.c - the server's own response times per route, for the
 * operator: the page /intern/messwerte (a table) and the JSON
 * /api/v1/metrics (for scripts such as `make bench`), both for
 * administrators only, and a reset of the figures (a form on the page, or
 * DELETE /api/v1/metrics).
 *
 * The figures come from src/http/timing.c: the time from the start of the
 * dispatch to the end of the handler, without the network, since the
 * start or the last reset. They are kept in memory only (nothing is
 * stored, nothing about who asked), so a restart also resets them.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "base/log.h"
#include "http/timing.h"
#include "web/web.h"

/* One measured route. */
struct row {
	const struct route *route;
	struct timing_summary s;
	struct timing_summary cpu; /* processor time of the same requests */
};

/* Busiest routes first; equal counts in the order of the route table. */
static int by_count(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	if (x->s.count != y->s.count)
		return x->s.count < y->s.count ? 1 : -1;
	return x->route < y->route ? -1 : x->route > y->route;
}

/* The routes with at least one request, sorted; returns their number. */
static size_t collect(struct req *r, struct row **out)
{
	size_t n = 0;
	struct row *v = arena_calloc(r->a, lotse_routes_count + 1, sizeof *v);
	for (size_t i = 0; i < lotse_routes_count; i++)
		if (timing_route(i, &v[n].s)) {
			timing_route_cpu(i, &v[n].cpu);
			v[n++].route = &lotse_routes[i];
		}
	qsort(v, n, sizeof *v, by_count);
	*out = v;
	return n;
}

/* "YYYY-MM-DDTHH:MM:SSZ" of the start of the figures, or NULL. */
static const char *since_text(struct req *r)
{
	int64_t t = timing_since();
	if (!t)
		return NULL;
	char iso[21];
	time_iso(t, iso);
	return arena_strdup(r->a, iso);
}

/* A processor-time figure for the table: "–" when it is not measured. */
static const char *cpu_text(struct req *r, const struct timing_summary *cpu,
			    uint64_t us)
{
	if (!cpu->count)
		return "–";
	return arena_printf(r->a, "%llu", (unsigned long long)us);
}

/* A processor-time figure for JSON: null when it is not measured. */
static json_t *cpu_json(const struct timing_summary *cpu, uint64_t us)
{
	return cpu->count ? json_integer((json_int_t)us) : json_null();
}

void page_metrics(struct req *r)
{
	struct row *v;
	size_t n = collect(r, &v);
	const char *since = since_text(r);
	web_begin(r, "Messwerte");
	buf *b = &r->out;
	HTML_RAW(b, "<h1 class=\"kern-heading-large\">Messwerte</h1>\n");
	if (req_query(r, "zurueckgesetzt"))
		alert(b, "success", "Die Messwerte sind zurückgesetzt.", NULL);
	HTML_RAW(
		b,
		"<p class=\"kern-body\">Wie lange der Server für die Antwort "
		"auf eine Anfrage braucht, je Adresse (Route): gemessen im "
		"Server vom Beginn der Bearbeitung bis zum Ende, ohne den Weg "
		"durch das Netz. Angaben in Mikrosekunden (µs; 1000 µs sind "
		"eine Millisekunde). p50 heißt: die Hälfte der Anfragen war "
		"höchstens so langsam; p90: 9 von 10; p99: 99 von 100. Die "
		"Werte sind auf etwa 6 % genau und nie zu niedrig. Anfragen, "
		"die mangels Anmeldung oder Rechten abgewiesen wurden, zählen "
		"nicht mit. „CPU“ ist die Rechenzeit des Servers für dieselben "
		"Anfragen, ohne das Warten auf einen freien Prozessorkern: "
		"Ist die Maschine ausgelastet, ist die Antwortzeit viel "
		"größer als die Rechenzeit. Sie wird nur gemessen, wenn der "
		"Server mit der Umgebungsvariablen LOTSE_TIMING_CPU=1 "
		"gestartet wurde (sonst „–“), weil das Messen selbst etwas "
		"Zeit kostet.</p>\n");
	if (since)
		html(b,
		     "<p class=\"kern-body\">Gemessen seit %s (UTC): der "
		     "ersten Anfrage nach dem Start des Servers oder dem "
		     "letzten Zurücksetzen.</p>\n",
		     since);
	if (!n) {
		HTML_RAW(b, "<p class=\"kern-body\">Noch keine Anfragen "
			    "gemessen.</p>\n");
	} else {
		/* On a phone the table scrolls sideways: the region is
		 * focusable, so that the keyboard can scroll it too. */
		HTML_RAW(b,
			 "<div class=\"kern-table-responsive\" tabindex=\"0\" "
			 "role=\"region\" aria-labelledby=\"messwerte-titel\">"
			 "<table class=\"kern-table kern-table--small\">"
			 "<caption id=\"messwerte-titel\" "
			 "class=\"kern-title\">Antwortzeiten je Route in "
			 "Mikrosekunden</caption><thead><tr "
			 "class=\"kern-table__row\">"
			 "<th scope=\"col\" class=\"kern-table__header\">"
			 "Route</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">Anfragen</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">Mittel</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">p50</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">p90</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">p99</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">Maximum</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">CPU p50</th>"
			 "<th scope=\"col\" class=\"kern-table__header "
			 "lotse-num\">CPU p99</th>"
			 "</tr></thead><tbody class=\"kern-table__body\">");
		for (size_t i = 0; i < n; i++) {
			const struct timing_summary *s = &v[i].s;
			html(b,
			     "<tr class=\"kern-table__row\"><th scope=\"row\" "
			     "class=\"kern-table__header\"><code>%s "
			     "%s</code></th>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%llu</td>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%llu</td>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%llu</td>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%llu</td>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%llu</td>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%llu</td>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%s</td>"
			     "<td class=\"kern-table__cell "
			     "lotse-num\">%s</td></tr>",
			     v[i].route->method, v[i].route->pattern,
			     (unsigned long long)s->count,
			     (unsigned long long)s->mean_us,
			     (unsigned long long)s->p50_us,
			     (unsigned long long)s->p90_us,
			     (unsigned long long)s->p99_us,
			     (unsigned long long)s->max_us,
			     cpu_text(r, &v[i].cpu, v[i].cpu.p50_us),
			     cpu_text(r, &v[i].cpu, v[i].cpu.p99_us));
		}
		HTML_RAW(b, "</tbody></table></div>\n");
	}
	HTML_RAW(b, "<p class=\"kern-body\">Dieselben Zahlen gibt es für "
		    "Skripte als JSON unter <code>/api/v1/metrics</code>.</p>\n"
		    "<h2 class=\"kern-heading-medium\">Zurücksetzen</h2>\n"
		    "<p class=\"kern-body\">Zum Beispiel vor einer Messung: "
		    "alle Zahlen beginnen wieder bei null.</p>\n");
	form_button(b, "/intern/messwerte/zuruecksetzen", web_csrf(r),
		    "Messwerte zurücksetzen", NULL, NULL, false);
	web_end(r);
	resp_html(r, 200);
}

void page_metrics_reset(struct req *r)
{
	timing_reset();
	log_info("Messwerte zurückgesetzt");
	web_redirect(r, "/intern/messwerte?zurueckgesetzt=1");
}

static const char *const metric_params[] = {"route", NULL};

void api_metrics(struct req *r)
{
	const char *only;
	if (!api_known_params(r, metric_params) ||
	    !api_param(r, "route", &only))
		return;
	struct row *v;
	size_t n = collect(r, &v);
	json_t *items = json_array();
	size_t total = 0;
	for (size_t i = 0; i < n; i++) {
		const struct timing_summary *s = &v[i].s;
		if (only && strcmp(only, v[i].route->pattern) != 0)
			continue;
		json_array_append_new(
			items,
			json_pack("{s:s, s:s, s:s, s:I, s:I, s:I, s:I, s:I, "
				  "s:I, s:o, s:o, s:o, s:o}",
				  "method", v[i].route->method, "route",
				  v[i].route->pattern, "name", v[i].route->name,
				  "count", (json_int_t)s->count, "mean_us",
				  (json_int_t)s->mean_us, "p50_us",
				  (json_int_t)s->p50_us, "p90_us",
				  (json_int_t)s->p90_us, "p99_us",
				  (json_int_t)s->p99_us, "max_us",
				  (json_int_t)s->max_us, "cpu_p50_us",
				  cpu_json(&v[i].cpu, v[i].cpu.p50_us),
				  "cpu_p90_us",
				  cpu_json(&v[i].cpu, v[i].cpu.p90_us),
				  "cpu_p99_us",
				  cpu_json(&v[i].cpu, v[i].cpu.p99_us),
				  "cpu_max_us",
				  cpu_json(&v[i].cpu, v[i].cpu.max_us)));
		total++;
	}
	json_t *o = api_list((int64_t)total, 1, (int64_t)total, items);
	const char *since = since_text(r);
	json_object_set_new(o, "since", api_str_or_null(since));
	api_send(r, 200, o);
}

void api_metrics_reset(struct req *r)
{
	timing_reset();
	log_info("Messwerte zurückgesetzt (API)");
	api_send(r, 200, json_pack("{s:b}", "reset", 1));
}
