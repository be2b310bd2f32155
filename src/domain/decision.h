/*
 * decision.h - motions on agenda items, their votes and the register of
 * decisions (Beschlussregister).
 *
 * A motion copies the majority rule and the quorum from its body when it is
 * made (the coordination office may change them until the vote). The vote
 * is recorded as yes/no/abstain counts or, when the body records named
 * votes, as one choice per voting member organisation present; the counts
 * are then computed from the choices. The result is always COMPUTED by
 * decision_result() from the counts, the rule and the attendance of the
 * meeting (voting member organisations with at least one person ticked as
 * present), never typed. A decided motion gets the next register number of
 * the meeting's year, "YYYY/NN".
 *
 * The rules (also shown in German next to the form, decision_rule_text()):
 *   quorum      not quorate when present * 100 < quorum_percent * voting
 *               members; a quorum of 0 is always reached
 *   einfach     more yes than no; abstentions do not count; a tie rejects
 *   zweidrittel yes at least two thirds of the yes and no votes
 *               (yes * 3 >= (yes + no) * 2) and at least one yes;
 *               abstentions do not count
 *   einstimmig  no vote against and at least one yes; abstentions are
 *               allowed - the result then reads "ohne Gegenstimmen
 *               angenommen (bei N Enthaltungen)", without them "einstimmig
 *               angenommen"
 * The counts together must not exceed the voters present: the voting
 * member organisations present, or - for a body without voting members -
 * the persons present.
 *
 * Changes need the coordination office (-2 otherwise) and are audited.
 */
#ifndef LOTSE_DECISION_H
#define LOTSE_DECISION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/errs.h"

/* --- the pure rules (unit-tested) --- */

struct majority_rule {
	const char *code;  /* einfach, zweidrittel, einstimmig */
	const char *label; /* "Einfache Mehrheit", ... */
	const char *rule;  /* the rule in plain German */
};
/* Ends with {NULL, NULL, NULL}. */
extern const struct majority_rule majority_rules[];
/* The entry of code, or NULL. */
const struct majority_rule *majority_find(const char *code);

/* Is the meeting quorate? */
bool decision_quorate(int quorum_percent, int voting_members, int present);
/* "adopted", "rejected" or "not_quorate" (an unknown majority rejects). */
const char *decision_result(const char *majority, int quorum_percent,
			    int voting_members, int present, int yes, int no,
			    int abstain);
/* The German wording of a result: "einstimmig angenommen", "ohne
 * Gegenstimmen angenommen (bei 2 Enthaltungen)", "angenommen",
 * "abgelehnt", "nicht beschlussfähig"; written into out. */
const char *decision_result_text(const char *majority, const char *result,
				 int yes, int no, int abstain, char *out,
				 size_t outlen);
/* Short label of a result code ("angenommen", "abgelehnt", "nicht
 * beschlussfähig"), or "offen" for NULL/"". */
const char *decision_result_label(const char *result);
/* Checks the counts: each 0 or more and together at most limit (the
 * voters present). German messages in e (fields yes/no/abstain, or
 * "counts"); returns 0 or -1. */
int decision_check_counts(int limit, int yes, int no, int abstain,
			  struct errs *e);

/* --- motions --- */

struct motion {
	int64_t id, agenda_item_id;
	const char *title, *text_md, *majority;
	int quorum_percent;
	bool decided; /* a vote is recorded (result not NULL) */
	int voting_members, present_voting, yes, no, abstain;
	const char *result;	/* "" before the vote */
	const char *number;	/* "" before the vote */
	const char *decided_at; /* "" before the vote */
	const char *created_at, *updated_at;
	/* where it belongs */
	int agenda_position;
	const char *agenda_title;
	int64_t meeting_id, body_id;
	const char *meeting_title, *meeting_starts_at, *body_name;
	bool named_votes; /* the body records named votes */
};

int motion_get(db *d, arena *a, int64_t id, struct motion *m);
/* Motions of a meeting, in the order of the agenda. */
size_t motion_list_meeting(db *d, arena *a, int64_t meeting_id,
			   struct motion **out);

/* The register: decided motions, newest meeting first. body_id 0, year 0
 * and result NULL/"" mean any. */
struct register_filter {
	int64_t body_id;
	int year;
	const char *result;
};
size_t motion_register(db *d, arena *a, const struct register_filter *f,
		       struct motion **out);
/* The years that have decisions, newest first (at most max). */
size_t motion_register_years(db *d, int *years, size_t max);

/* Creates a motion on m->agenda_item_id with m->title and m->text_md; the
 * majority and quorum come from the body. Sets m->id. 0, -1 (messages in
 * e), -2 not allowed. */
int motion_create(db *d, const struct actor *a, struct motion *m,
		  struct errs *e);
/* Changes title, text, majority and quorum of m->id before the vote. */
int motion_update(db *d, const struct actor *a, const struct motion *m,
		  struct errs *e);
/* Deletes a motion before the vote. */
int motion_delete(db *d, const struct actor *a, int64_t id, struct errs *e);

/* Attendance of a meeting as the vote needs it. */
struct presence {
	int voting_members; /* voting member organisations of the body */
	int present_voting; /* of them with someone ticked as present */
	int persons;	    /* persons ticked as present */
};
int decision_presence(db *d, int64_t meeting_id, struct presence *p);
/* How many may vote at most (see the rules above). */
int decision_vote_limit(const struct presence *p);

/* A voting member organisation present, with its recorded choice. */
struct voter {
	int64_t org_id;
	const char *name;
	const char *choice; /* "yes", "no", "abstain" or "" */
};
/* The voting member organisations present at the motion's meeting. */
size_t motion_voters(db *d, arena *a, int64_t motion_id, struct voter **out);

/* One named vote. */
struct named_vote {
	int64_t org_id;
	const char *choice; /* yes, no, abstain; "" or NULL: no vote */
};

/* Records the vote of motion id: with named votes (body->named_votes) the
 * choices in votes[0..nvotes) and the counts computed from them,
 * otherwise yes/no/abstain. Computes the result from the attendance,
 * assigns the register number (kept when a vote is corrected) and
 * decided_at (NULL: now). 0, -1 with messages, -2 not allowed. */
int motion_vote(db *d, const struct actor *a, int64_t id, int yes, int no,
		int abstain, const struct named_vote *votes, size_t nvotes,
		const char *decided_at, struct errs *e);

#endif
