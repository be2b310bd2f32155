/*
 * demo_data.h - the word lists and text generators behind `lotse demo`:
 * invented partner organisations of every sector, their contact people
 * and their offers, all drawn from a fixed-seed random generator so that
 * every run gives the same district.
 *
 * The texts of the offers are in demo_offer_texts.c.
 *
 * Nothing here touches the database: demo.c stores what these functions
 * fill in through the domain layer (org_create, contact_save, offer_save),
 * so every generated record passes the same validation as one typed in.
 * Strings point into the caller's arena or into the constant tables here.
 */
#ifndef LOTSE_DEMO_DATA_H
#define LOTSE_DEMO_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/contact.h"
#include "domain/offer.h"
#include "domain/organisation.h"

/* A small, fast, fixed-seed generator (xorshift64*). */
struct demo_rng {
	uint64_t s;
};
void demo_rng_seed(struct demo_rng *r, uint64_t seed);
uint64_t demo_rng_next(struct demo_rng *r);
/* A number in 0 .. n-1 (0 when n is 0). */
unsigned demo_rand(struct demo_rng *r, unsigned n);

/* The nine municipalities, in the order of demo.c's table (demo.c checks
 * that names and postcodes agree). */
#define DEMO_TOWNS 9
struct demo_town {
	const char *name;
	const char *postcodes[2]; /* second one NULL unless the town has two */
	const char *area_code;	  /* telephone prefix */
	unsigned weight;	  /* share of the organisations */
	bool thin; /* deliberately without local offers on mental health and
		      addiction or on migration and language */
};
extern const struct demo_town demo_towns[DEMO_TOWNS];

/* An organisation of the demo district with what the offer generator
 * needs to know about it. */
struct demo_org {
	struct organisation org; /* org.id is set by the caller once stored */
	int kind;		 /* index into the generator's kinds */
	int town;		 /* index into demo_towns */
	unsigned serves;	 /* bit i: serves demo_towns[i] */
	const char *person; /* the person in the name ("Hebamme Anke ..."), or
			       NULL */
	bool person_woman;
};

/* One of demo.c's fixed organisations (those with demo accounts) and the
 * kind of organisation it is ("jugendamt", "familienzentrum", ...). */
struct demo_fixed {
	const struct organisation *org;
	const char *kind;
};

/*
 * Fills *out with the fixed organisations first (in their order, with
 * membership, description and regions added) and then about 300 invented
 * ones of every sector. Returns the count, or 0 when a fixed kind is
 * unknown (a programming error). Everything is allocated in a.
 */
size_t demo_orgs_make(arena *a, const struct demo_fixed *fixed, size_t nfixed,
		      struct demo_org **out);

/* Fills up to three contact people of org i into out (org_id from
 * o->org.id); returns how many (0 for some organisations). */
size_t demo_contacts_make(arena *a, const struct demo_org *o, size_t i,
			  struct contact out[3]);

/* One offer to generate: whose, from which template, and in which round
 * (0: the organisation's own offers; above: extra ones for --offers). */
struct demo_slot {
	uint32_t org;
	uint16_t tpl;
	uint16_t round;
};

/* Plans exactly total offers over the organisations: each first gets its
 * usual ones (a Kita one or two, a family centre five or six), spread so
 * that a small total still reaches many organisations; more than that
 * are variations. Returns the slots (in a) and sets *base to the number
 * of usual offers. */
struct demo_slot *demo_offer_plan(arena *a, const struct demo_org *orgs,
				  size_t norgs, size_t total, size_t *base);

/*
 * Fills *o (after offer_init) with offer number serial (0-based) for
 * slot s: title, 2-5 sentences of description, codes, cost, languages,
 * a location at the organisation's address with opening times, regions
 * for home visits (town_ids: the region id of each demo town), status
 * and dates relative to today ("YYYY-MM-DD"). contact_id may be 0.
 * Strings are allocated in a.
 */
void demo_offer_make(arena *a, const struct demo_org *org,
		     const struct demo_slot *s, size_t serial,
		     const int64_t town_ids[DEMO_TOWNS], int64_t contact_id,
		     const char *today, struct offer *o);

/* The offer templates, in demo_offer_texts.c. */

enum {
	DEMO_F_WAIT = 1,  /* has a waiting list now and then */
	DEMO_F_LANGS = 2, /* usually also in other languages than German */
	DEMO_F_MANY = 4,  /* always in several languages */
};

/* What an offer of one kind says. Code lists are separated by '|';
 * "{T}" in a title stands for the town (see demo_data.c, expand()). */
struct demo_tpl {
	const char *key;
	const char *titles[3];
	const char *intro[2], *body[2];
	const char *needs, *ages, *prevention, *access, *cost, *cost_note;
	const char *eligibility;
	const char *schedule[2];
	const char *registration; /* NULL: no registration needed */
	unsigned flags;
};

extern const struct demo_tpl demo_tpls[];
extern const size_t demo_ntpls;

/* demo_meetings.c (issue #6, N1): the bodies (plenum, steering group, a
 * local alliance per municipality, three working groups) and a year of
 * meetings with agendas, registrations and attendance, relative to
 * today. Call after the directory, inside the demo's transaction, before
 * demo_decisions. 0, or -1 with a line on stderr. */
int demo_meetings(db *d);

/* demo_decisions.c (issue #6, N2): minutes of the past meetings, motions
 * with votes (the unanimous adoption of the rules of procedure), the
 * documents with versions and acceptances. Call right after
 * demo_meetings, inside the demo's transaction. 0, or -1 with a line on
 * stderr. */
int demo_decisions(db *d);

/* demo_projects.c (issue #6): about 50 projects of the partners and four
 * requests to join, through the domain layer. Call after the directory,
 * inside the demo's transaction. 0, or -1 with a line on stderr. */
int demo_projects(db *d);

/* demo_news.c (issue #6, N3): news of the coordination office, the newest
 * sent by e-mail. Call last, inside the demo's transaction. 0 or -1. */
int demo_news(db *d);

/* demo_figures.c (issue #7): three years of § 8a figures and 36 months of
 * welcome visits for the municipalities town_ids (order of demo_towns).
 * Inside the demo's transaction. 0, or -1 with a line on stderr. */
int demo_figures(db *d, const int64_t *town_ids);

#endif
