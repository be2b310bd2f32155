/*
 * router.c - matching of request paths against the route table.
 *
 * Patterns are absolute paths whose segments are literals, "{name}" (one
 * segment, captured as path parameter name) or a final "*" (one or more
 * remaining segments, captured as "*", joined by '/'). The table is small
 * (under a few hundred routes), so a linear scan is both simple and fast.
 */
#include <stdio.h>
#include <string.h>

#include "http/http.h"

/* Compares one pattern against the request's segments; captures into p. */
static bool match_pattern(arena *a, const char *pattern, char **segs,
			  size_t nseg, params *p)
{
	const char *s = pattern;
	size_t i = 0;
	if (*s == '/')
		s++;
	while (*s) {
		const char *end = strchr(s, '/');
		size_t len = end ? (size_t)(end - s) : strlen(s);
		if (len == 1 && s[0] == '*') {
			if (i >= nseg)
				return false;
			size_t total = 0;
			for (size_t k = i; k < nseg; k++)
				total += strlen(segs[k]) + 1;
			char *joined = arena_alloc(a, total + 1);
			joined[0] = '\0';
			size_t off = 0;
			for (size_t k = i; k < nseg; k++) {
				size_t l = strlen(segs[k]);
				if (k > i)
					joined[off++] = '/';
				memcpy(joined + off, segs[k], l);
				off += l;
			}
			joined[off] = '\0';
			if (p)
				params_add(a, p, "*", joined, off);
			return true;
		}
		if (i >= nseg)
			return false;
		if (len >= 2 && s[0] == '{' && s[len - 1] == '}') {
			if (p)
				params_add(a, p,
					   arena_strndup(a, s + 1, len - 2),
					   segs[i], strlen(segs[i]));
		} else if (strlen(segs[i]) != len ||
			   memcmp(segs[i], s, len) != 0) {
			return false;
		}
		i++;
		s += len;
		if (*s == '/')
			s++;
	}
	return i == nseg;
}

int router_match(const struct app *app, struct req *r, char *allow,
		 size_t allowlen)
{
	const char *method = r->is_head ? "GET" : r->method;
	bool path_found = false;
	if (allow && allowlen)
		allow[0] = '\0';
	for (size_t k = 0; k < app->nroutes; k++) {
		const struct route *rt = &app->routes[k];
		params p;
		params_init(&p);
		if (!match_pattern(r->a, rt->pattern, r->segs, r->nseg, &p))
			continue;
		if (strcmp(rt->method, method) == 0) {
			r->route = rt;
			r->path_params = p;
			return 0;
		}
		path_found = true;
		if (allow && !strstr(allow, rt->method)) {
			size_t used = strlen(allow);
			const char *m = rt->method;
			bool get = strcmp(m, "GET") == 0;
			int n = snprintf(allow + used, allowlen - used,
					 "%s%s%s", used ? ", " : "", m,
					 get ? ", HEAD" : "");
			if (n < 0 || (size_t)n >= allowlen - used)
				allow[used] = '\0';
		}
	}
	return path_found ? 405 : 404;
}

long router_check(const struct route *routes, size_t n)
{
	static const char *methods[] = {"GET", "POST", "PUT", "PATCH",
					"DELETE"};
	for (size_t i = 0; i < n; i++) {
		const struct route *a = &routes[i];
		bool ok = false;
		for (size_t m = 0; m < sizeof methods / sizeof *methods; m++)
			if (a->method && strcmp(a->method, methods[m]) == 0)
				ok = true;
		if (!ok || !a->pattern || a->pattern[0] != '/' || !a->handler ||
		    !a->name || a->role <= ROLE_UNSET || a->role >= ROLE_COUNT)
			return (long)i;
		/* A star only as the whole last segment; in "/a*" it would
		 * be taken literally and the route would never match. */
		const char *star = strchr(a->pattern, '*');
		if (star && (star[1] != '\0' || star[-1] != '/'))
			return (long)i;
		for (size_t j = 0; j < i; j++)
			if (strcmp(routes[j].method, a->method) == 0 &&
			    strcmp(routes[j].pattern, a->pattern) == 0)
				return (long)i;
	}
	return -1;
}
