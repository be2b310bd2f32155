/*
 * geo.h - German postcodes and distances: the centre of each postcode area
 * (GeoNames, data/plz-de.tsv, compiled into the binary) and the great-circle
 * distance between two points.
 */
#ifndef LOTSE_GEO_H
#define LOTSE_GEO_H

#include <stdbool.h>
#include <stddef.h>

/* Looks up a five-digit postcode; fills lat, lon and (when place is not
 * NULL) the first place name into place. False when unknown. */
bool geo_postcode(const char *plz, double *lat, double *lon, char *place,
		  size_t placelen);
/* Distance in kilometres (haversine, mean earth radius). */
double geo_km(double lat1, double lon1, double lat2, double lon2);
/* True for five ASCII digits. */
bool geo_postcode_valid(const char *plz);

#endif
