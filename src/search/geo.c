/*
 * geo.c - postcode centres and distances (see geo.h). The table is sorted
 * by postcode and every line starts with the five digits, so a lookup is a
 * binary search over line starts.
 */
#include "search/geo.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/embed.h"

static const struct embed *table(void)
{
	for (unsigned long i = 0; i < embedded_data_count; i++)
		if (strcmp(embedded_data[i].name, "plz-de.tsv") == 0)
			return &embedded_data[i];
	return NULL;
}

bool geo_postcode_valid(const char *plz)
{
	if (!plz || strlen(plz) != 5)
		return false;
	for (int i = 0; i < 5; i++)
		if (plz[i] < '0' || plz[i] > '9')
			return false;
	return true;
}

bool geo_postcode(const char *plz, double *lat, double *lon, char *place,
		  size_t placelen)
{
	const struct embed *t = table();
	if (!t || !geo_postcode_valid(plz))
		return false;
	const char *data = (const char *)t->data;
	size_t lo = 0, hi = t->len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		size_t start = mid;
		while (start > 0 && data[start - 1] != '\n')
			start--;
		int c = memcmp(data + start, plz, 5);
		if (c == 0) {
			const char *p = data + start + 6;
			char *end;
			*lat = strtod(p, &end);
			*lon = strtod(end + 1, &end);
			if (place && placelen) {
				const char *q = end + 1;
				size_t n = strcspn(q, "\n");
				if (n >= placelen)
					n = placelen - 1;
				memcpy(place, q, n);
				place[n] = '\0';
			}
			return true;
		}
		if (c < 0) {
			const char *nl =
				memchr(data + start, '\n', t->len - start);
			lo = nl ? (size_t)(nl - data) + 1 : t->len;
		} else {
			hi = start;
		}
	}
	return false;
}

double geo_km(double lat1, double lon1, double lat2, double lon2)
{
	const double r = 6371.0088, rad = M_PI / 180.0;
	double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
	double a = sin(dlat / 2) * sin(dlat / 2) +
		   cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) *
			   sin(dlon / 2);
	return 2 * r * asin(sqrt(a < 1 ? a : 1));
}
