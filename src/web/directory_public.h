/*
 * directory_public.h - what the public directory pages share
 * (directory_public.c: partners and municipalities; offer_public.c: one
 * offer): who the public may see, and the pieces of HTML both write.
 * Every function escapes what it writes.
 */
#ifndef LOTSE_DIRECTORY_PUBLIC_H
#define LOTSE_DIRECTORY_PUBLIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "domain/organisation.h"
#include "web/web.h"

/* May the public see this organisation (neither archived nor left)? */
bool pub_org_active(const struct organisation *o);

/* A phone number as a tel: link whose href has only its digits (and a
 * leading "+"); plain text when it has no digits. */
void pub_phone_link(buf *b, arena *a, const char *phone);
/* An e-mail address as a mailto: link. */
void pub_email_link(buf *b, arena *a, const char *email);
/* A web address as a link (url_safe: anything but http(s) becomes "#");
 * the text leaves out "https://". */
void pub_web_link(buf *b, const char *web);

/* One entry of a KERN description list: pub_dt_open() writes the key and
 * opens the value, pub_dd_close() closes it. */
void pub_dt_open(buf *b, const char *key);
void pub_dd_close(buf *b);

/* The places served (region ids) after "Für Familien aus": the
 * municipalities as links to their pages, in the order of their names, or
 * "dem ganzen Landkreis ..." when the district is among them. */
void pub_regions_served(struct req *r, db *d, const int64_t *ids, size_t n);

#endif
