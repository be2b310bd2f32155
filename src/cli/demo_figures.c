/*
 * demo_figures.c - three years of plausible aggregated figures for the
 * demo district (issue #7): § 8a assessments per municipality and year,
 * and baby-welcome visits per municipality and month. Invented numbers,
 * shaped like those a rural district publishes: the district town has
 * most, notices rise slightly from year to year, about a third of the
 * assessments find an endangerment, two thirds of the families take up
 * the visit. Fixed seed: the same numbers every time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo_data.h"
#include "domain/stats.h"

/* Relative size of the municipalities, in the order of demo_towns. */
static const double town_weight[DEMO_TOWNS] = {1.0, 0.6, 0.35, 0.5, 0.45,
					       0.4, 0.3, 0.5,  0.55};

/* Shares of the federal statistics' categories (percent). */
static const unsigned source_share[STAT8A_SOURCES] = {22, 13, 7,  8,
						      13, 10, 11, 16};
static const unsigned result_share[STAT8A_RESULTS] = {16, 16, 34, 34};
/* Of the acute and latent endangerments, how often each kind is named. */
static const unsigned kind_share[STAT8A_KINDS] = {58, 27, 36, 5};

/* Splits total into n parts by shares (percent, jittered a little) so
 * that the parts add up exactly (largest remainder). */
static void split(struct demo_rng *rng, int64_t total, const unsigned *share,
		  size_t n, int64_t *out)
{
	double w[STAT8A_SOURCES], sum = 0;
	for (size_t i = 0; i < n; i++) {
		w[i] = share[i] * (0.8 + 0.4 * demo_rand(rng, 1000) / 1000.0);
		sum += w[i];
	}
	int64_t given = 0;
	double rest[STAT8A_SOURCES];
	for (size_t i = 0; i < n; i++) {
		double exact = (double)total * w[i] / sum;
		out[i] = (int64_t)exact;
		rest[i] = exact - (double)out[i];
		given += out[i];
	}
	while (given < total) {
		size_t best = 0;
		for (size_t i = 1; i < n; i++)
			if (rest[i] > rest[best])
				best = i;
		out[best]++;
		rest[best] = -1;
		given++;
	}
}

static int demo_8a(db *d, struct demo_rng *rng, const int64_t *towns, int year)
{
	struct actor cli = ACTOR_CLI;
	for (int y = year - 3; y < year; y++)
		for (size_t t = 0; t < DEMO_TOWNS; t++) {
			struct stat8a s = {
				.region_id = towns[t], .year = y, .note = ""};
			double base = 62 * town_weight[t] *
				      (1 + 0.06 * (y - (year - 3)));
			s.total = (int64_t)(base * (0.9 + demo_rand(rng, 200) /
								  1000.0));
			split(rng, s.total, source_share, STAT8A_SOURCES,
			      s.source);
			split(rng, s.total, result_share, STAT8A_RESULTS,
			      s.result);
			int64_t e = s.result[0] + s.result[1], named = 0;
			for (size_t k = 0; k < STAT8A_KINDS; k++) {
				s.kind[k] = e * kind_share[k] / 100 +
					    (e ? demo_rand(rng, 2) : 0);
				if (s.kind[k] > e)
					s.kind[k] = e;
				named += s.kind[k];
			}
			if (named < e)
				s.kind[0] += e - named;
			if (s.kind[0] > e)
				s.kind[0] = e;
			struct errs er = {0};
			if (stat8a_save(d, &cli, &s, &er) != 0) {
				fprintf(stderr, "demo 8a: %s\n",
					er.n ? er.msg[0] : "?");
				return -1;
			}
		}
	return 0;
}

static int demo_welcome(db *d, struct demo_rng *rng, const int64_t *towns,
			int year, int month)
{
	struct actor cli = ACTOR_CLI;
	/* 36 months up to the last completed one. */
	int y = year, m = month;
	for (int k = 0; k < 36; k++) {
		if (--m == 0) {
			m = 12;
			y--;
		}
		for (size_t t = 0; t < DEMO_TOWNS; t++) {
			struct welcome_month w = {.region_id = towns[t]};
			snprintf(w.month, sizeof w.month, "%04u-%02u",
				 (unsigned)y % 10000u, (unsigned)m % 100u);
			w.letters = (int64_t)(22 * town_weight[t]) + 1 +
				    demo_rand(rng, 6);
			w.visits = w.letters * (58 + demo_rand(rng, 18)) / 100;
			w.declined =
				w.letters * (10 + demo_rand(rng, 10)) / 100;
			w.not_reached = w.letters - w.visits - w.declined;
			if (w.not_reached < 0)
				w.not_reached = 0;
			w.not_reached =
				w.not_reached * 3 / 4; /* some pending */
			static const unsigned uptake[WELCOME_HELPS] = {
				30, 22, 35, 18, 25};
			for (size_t h = 0; h < WELCOME_HELPS; h++) {
				w.taken_up[h] = w.visits * uptake[h] / 100;
				w.referred[h] =
					w.visits *
					(uptake[h] / 3 + demo_rand(rng, 5)) /
					100;
			}
			struct errs er = {0};
			if (welcome_save(d, &cli, &w, &er) != 0) {
				fprintf(stderr, "demo welcome: %s\n",
					er.n ? er.msg[0] : "?");
				return -1;
			}
		}
	}
	return 0;
}

/* The directory is created in one go; spread the dates of the offers and
 * of leaving over the last years so that the yearly report has a history
 * (new, changed and archived offers per year; organisations leaving). */
static const char sql_spread_offers[] =
	"UPDATE offer SET created_at = date('now', '-' || (1 + (id * 37) % "
	"1400) || ' days') || 'T09:00:00Z', updated_at = date('now', '-' || "
	"max(1, 1 + (id * 37) % 1400 - (id * 13) % 500) || ' days') || "
	"'T15:00:00Z'";
static const char sql_spread_left[] =
	"UPDATE organisation SET left_on = date('now', '-' || ((id * 53) % "
	"1200 + 20) || ' days') WHERE membership = 'left'";

int demo_figures(db *d, const int64_t *town_ids)
{
	if (db_exec(d, sql_spread_offers) < 0 ||
	    db_exec(d, sql_spread_left) < 0)
		return -1;
	char now[21];
	db_now(now);
	int year = stats_digits(now, 4), month = stats_digits(now + 5, 2);
	struct demo_rng rng;
	demo_rng_seed(&rng, 0x8a8a2026u);
	if (demo_8a(d, &rng, town_ids, year) < 0 ||
	    demo_welcome(d, &rng, town_ids, year, month) < 0)
		return -1;
	return 0;
}
