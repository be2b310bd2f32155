/*
 * decision.c - motions, votes and the register of decisions (see
 * decision.h for the rules).
 */
#include "domain/decision.h"

#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "domain/audit.h"
#include "domain/meeting.h"

const struct majority_rule majority_rules[] = {
	{"einfach", "Einfache Mehrheit",
	 "Angenommen, wenn es mehr Ja- als Nein-Stimmen gibt. Enthaltungen "
	 "zählen nicht mit. Bei Stimmengleichheit ist der Antrag "
	 "abgelehnt."},
	{"zweidrittel", "Zwei-Drittel-Mehrheit",
	 "Angenommen, wenn mindestens zwei Drittel der abgegebenen Ja- und "
	 "Nein-Stimmen Ja-Stimmen sind (zum Beispiel 2 Ja zu 1 Nein). "
	 "Enthaltungen zählen nicht mit."},
	{"einstimmig", "Einstimmig (ohne Gegenstimmen)",
	 "Angenommen, wenn es keine Nein-Stimme und mindestens eine "
	 "Ja-Stimme gibt. Enthaltungen sind erlaubt: Dann heißt das "
	 "Ergebnis „ohne Gegenstimmen angenommen“, ohne Enthaltungen "
	 "„einstimmig angenommen“."},
	{NULL, NULL, NULL},
};

const struct majority_rule *majority_find(const char *code)
{
	if (!code)
		return NULL;
	for (const struct majority_rule *m = majority_rules; m->code; m++)
		if (strcmp(m->code, code) == 0)
			return m;
	return NULL;
}

bool decision_quorate(int quorum_percent, int voting_members, int present)
{
	if (quorum_percent <= 0)
		return true;
	return (long long)present * 100 >=
	       (long long)quorum_percent * voting_members;
}

const char *decision_result(const char *majority, int quorum_percent,
			    int voting_members, int present, int yes, int no,
			    int abstain)
{
	(void)abstain; /* abstentions never count */
	if (!decision_quorate(quorum_percent, voting_members, present))
		return "not_quorate";
	bool adopted = false;
	long long y = yes, n = no;
	if (majority && strcmp(majority, "einfach") == 0)
		adopted = y > n;
	else if (majority && strcmp(majority, "zweidrittel") == 0)
		adopted = y > 0 && y * 3 >= (y + n) * 2;
	else if (majority && strcmp(majority, "einstimmig") == 0)
		adopted = n == 0 && y > 0;
	return adopted ? "adopted" : "rejected";
}

const char *decision_result_label(const char *result)
{
	if (!result || !*result)
		return "offen";
	if (strcmp(result, "adopted") == 0)
		return "angenommen";
	if (strcmp(result, "rejected") == 0)
		return "abgelehnt";
	if (strcmp(result, "not_quorate") == 0)
		return "nicht beschlussfähig";
	return result;
}

const char *decision_result_text(const char *majority, const char *result,
				 int yes, int no, int abstain, char *out,
				 size_t outlen)
{
	if (result && strcmp(result, "adopted") == 0 && majority &&
	    strcmp(majority, "einstimmig") == 0 && no == 0) {
		if (abstain == 0)
			snprintf(out, outlen, "einstimmig angenommen");
		else
			snprintf(out, outlen,
				 "ohne Gegenstimmen angenommen (bei %d %s)",
				 abstain,
				 abstain == 1 ? "Enthaltung" : "Enthaltungen");
		return out;
	}
	if (result && strcmp(result, "adopted") == 0 && no == 0 &&
	    abstain == 0 && yes > 0) {
		snprintf(out, outlen, "einstimmig angenommen");
		return out;
	}
	snprintf(out, outlen, "%s", decision_result_label(result));
	return out;
}

int decision_check_counts(int limit, int yes, int no, int abstain,
			  struct errs *e)
{
	size_t before = e->n;
	if (yes < 0)
		errs_add(e, "yes",
			 "Bitte geben Sie für Ja eine Zahl ab 0 ein.");
	if (no < 0)
		errs_add(e, "no",
			 "Bitte geben Sie für Nein eine Zahl ab 0 ein.");
	if (abstain < 0)
		errs_add(e, "abstain",
			 "Bitte geben Sie für Enthaltungen eine Zahl ab 0 "
			 "ein.");
	if (e->n == before && (long long)yes + no + abstain > limit) {
		if (limit == 0)
			errs_add(e, "counts",
				 "Es ist noch niemand als anwesend "
				 "eingetragen. Bitte erfassen Sie zuerst die "
				 "Anwesenheit.");
		else
			errs_add(e, "counts",
				 "Es sind %lld Stimmen, aber nur %d "
				 "Stimmberechtigte anwesend. Bitte prüfen "
				 "Sie die Zahlen.",
				 (long long)yes + no + abstain, limit);
	}
	return e->n == before ? 0 : -1;
}

/* --- storage --- */

#define MOTION_COLS                                                            \
	"mo.id, mo.agenda_item_id, mo.title, mo.text_md, mo.majority, "        \
	"mo.quorum_percent, mo.voting_members, mo.present_voting, mo.yes, "    \
	"mo.no, mo.abstain, mo.result, mo.number, mo.decided_at, "             \
	"mo.created_at, mo.updated_at, ai.position, ai.title, m.id, "          \
	"m.body_id, m.title, m.starts_at, b.name, b.named_votes FROM motion "  \
	"mo JOIN agenda_item ai ON ai.id = mo.agenda_item_id JOIN meeting m "  \
	"ON m.id = ai.meeting_id JOIN body b ON b.id = m.body_id"

static const char sql_get[] = "SELECT " MOTION_COLS " WHERE mo.id = ?1";
static const char sql_list_meeting[] =
	"SELECT " MOTION_COLS " WHERE m.id = ?1 ORDER BY ai.position, mo.id";
static const char sql_register[] =
	"SELECT " MOTION_COLS " WHERE mo.result IS NOT NULL AND (?1 = 0 OR "
	"m.body_id = ?1) AND (?2 = '' OR substr(m.starts_at, 1, 4) = ?2) AND "
	"(?3 = '' OR mo.result = ?3) ORDER BY m.starts_at DESC, mo.number "
	"DESC";
static const char sql_years[] =
	"SELECT DISTINCT substr(m.starts_at, 1, 4) FROM motion mo JOIN "
	"agenda_item ai ON ai.id = mo.agenda_item_id JOIN meeting m ON m.id = "
	"ai.meeting_id WHERE mo.result IS NOT NULL ORDER BY 1 DESC";
static const char sql_item_rules[] =
	"SELECT b.majority, b.quorum_percent, m.id FROM agenda_item ai JOIN "
	"meeting m ON m.id = ai.meeting_id JOIN body b ON b.id = m.body_id "
	"WHERE ai.id = ?1";
static const char sql_insert[] =
	"INSERT INTO motion (agenda_item_id, title, text_md, majority, "
	"quorum_percent, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, "
	"?6, ?6)";
static const char sql_update[] =
	"UPDATE motion SET title = ?2, text_md = ?3, majority = ?4, "
	"quorum_percent = ?5, updated_at = ?6 WHERE id = ?1";
static const char sql_delete[] = "DELETE FROM motion WHERE id = ?1";
static const char sql_persons[] =
	"SELECT count(*) FROM registration WHERE meeting_id = ?1 AND attended "
	"= 1 AND status = 'registered'";
static const char sql_voters[] =
	"SELECT o.id, o.name, COALESCE(v.choice, '') FROM motion mo JOIN "
	"agenda_item ai ON ai.id = mo.agenda_item_id JOIN meeting m ON m.id = "
	"ai.meeting_id JOIN body_member bm ON bm.body_id = m.body_id AND "
	"bm.voting = 1 JOIN organisation o ON o.id = bm.organisation_id LEFT "
	"JOIN vote v ON v.motion_id = mo.id AND v.organisation_id = o.id "
	"WHERE mo.id = ?1 AND EXISTS (SELECT 1 FROM registration r WHERE "
	"r.meeting_id = m.id AND r.organisation_id = o.id AND r.attended = 1 "
	"AND r.status = 'registered') ORDER BY o.name COLLATE NOCASE, o.id";
static const char sql_votes_clear[] = "DELETE FROM vote WHERE motion_id = ?1";
static const char sql_vote_insert[] =
	"INSERT INTO vote (motion_id, organisation_id, choice) VALUES (?1, "
	"?2, ?3)";
static const char sql_next_number[] =
	"SELECT COALESCE(MAX(CAST(substr(number, 6) AS INTEGER)), 0) + 1 FROM "
	"motion WHERE number IS NOT NULL AND substr(number, 1, 4) = ?1";
static const char sql_record[] =
	"UPDATE motion SET voting_members = ?2, present_voting = ?3, yes = "
	"?4, no = ?5, abstain = ?6, result = ?7, number = ?8, decided_at = "
	"?9, updated_at = ?10 WHERE id = ?1";

static const char *dup(arena *a, sqlite3_stmt *st, int i)
{
	return arena_strdup(a, db_col_text(st, i));
}

static void read_row(sqlite3_stmt *st, arena *a, struct motion *m)
{
	memset(m, 0, sizeof *m);
	m->id = sqlite3_column_int64(st, 0);
	m->agenda_item_id = sqlite3_column_int64(st, 1);
	m->title = dup(a, st, 2);
	m->text_md = dup(a, st, 3);
	m->majority = dup(a, st, 4);
	m->quorum_percent = sqlite3_column_int(st, 5);
	m->voting_members = sqlite3_column_int(st, 6);
	m->present_voting = sqlite3_column_int(st, 7);
	m->yes = sqlite3_column_int(st, 8);
	m->no = sqlite3_column_int(st, 9);
	m->abstain = sqlite3_column_int(st, 10);
	m->decided = sqlite3_column_type(st, 11) != SQLITE_NULL;
	m->result = dup(a, st, 11);
	m->number = dup(a, st, 12);
	m->decided_at = dup(a, st, 13);
	m->created_at = dup(a, st, 14);
	m->updated_at = dup(a, st, 15);
	m->agenda_position = sqlite3_column_int(st, 16);
	m->agenda_title = dup(a, st, 17);
	m->meeting_id = sqlite3_column_int64(st, 18);
	m->body_id = sqlite3_column_int64(st, 19);
	m->meeting_title = dup(a, st, 20);
	m->meeting_starts_at = dup(a, st, 21);
	m->body_name = dup(a, st, 22);
	m->named_votes = sqlite3_column_int(st, 23) != 0;
}

int motion_get(db *d, arena *a, int64_t id, struct motion *m)
{
	sqlite3_stmt *st = db_stmt(d, sql_get);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, a, m);
		rc = 0;
	}
	sqlite3_reset(st);
	return rc;
}

static size_t read_all(sqlite3_stmt *st, arena *a, struct motion **out)
{
	size_t n = 0, cap = 0;
	struct motion *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		read_row(st, a, &v[n++]);
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

size_t motion_list_meeting(db *d, arena *a, int64_t meeting_id,
			   struct motion **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_list_meeting);
	if (!st)
		return 0;
	db_bind_int(st, 1, meeting_id);
	return read_all(st, a, out);
}

size_t motion_register(db *d, arena *a, const struct register_filter *f,
		       struct motion **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_register);
	if (!st)
		return 0;
	char year[16] = "";
	if (f->year > 0)
		snprintf(year, sizeof year, "%04d", f->year);
	db_bind_int(st, 1, f->body_id);
	db_bind_text(st, 2, year);
	db_bind_text(st, 3, f->result ? f->result : "");
	return read_all(st, a, out);
}

size_t motion_register_years(db *d, int *years, size_t max)
{
	sqlite3_stmt *st = db_stmt(d, sql_years);
	if (!st)
		return 0;
	size_t n = 0;
	while (n < max && sqlite3_step(st) == SQLITE_ROW)
		years[n++] = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return n;
}

static bool text_ok(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	return utf8_valid(s ? s : "", n) && utf8_length(s ? s : "", n) <= max;
}

static void validate(const struct motion *m, struct errs *e)
{
	if (!m->title || !*m->title || !text_ok(m->title, 200))
		errs_add(e, "title",
			 "Bitte geben Sie einen Titel ein (höchstens 200 "
			 "Zeichen).");
	if (!text_ok(m->text_md, 50000))
		errs_add(e, "text_md",
			 "Der Text darf höchstens 50 000 Zeichen lang sein.");
	if (!majority_find(m->majority))
		errs_add(e, "majority", "Bitte wählen Sie eine Mehrheit.");
	if (m->quorum_percent < 0 || m->quorum_percent > 100)
		errs_add(e, "quorum_percent",
			 "Bitte geben Sie für die Beschlussfähigkeit eine "
			 "Zahl von 0 bis 100 (Prozent) ein.");
}

static bool may_manage(const struct actor *a, struct errs *e)
{
	if (a->role >= ROLE_COORDINATION)
		return true;
	errs_add(e, NULL,
		 "Anträge und Abstimmungen erfasst die "
		 "Netzwerkkoordination.");
	return false;
}

#define S(x) ((x) ? (x) : "")

int motion_create(db *d, const struct actor *a, struct motion *m,
		  struct errs *e)
{
	if (!may_manage(a, e))
		return -2;
	sqlite3_stmt *st = db_stmt(d, sql_item_rules);
	if (!st)
		return -1;
	db_bind_int(st, 1, m->agenda_item_id);
	char majority[16] = "";
	int quorum = 0;
	bool found = false;
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(majority, sizeof majority, "%s", db_col_text(st, 0));
		quorum = sqlite3_column_int(st, 1);
		m->meeting_id = sqlite3_column_int64(st, 2);
		found = true;
	}
	sqlite3_reset(st);
	if (!found) {
		errs_add(e, "agenda_item",
			 "Bitte wählen Sie einen Tagesordnungspunkt.");
		return -1;
	}
	struct motion v = *m;
	v.majority = majority;
	v.quorum_percent = quorum;
	size_t before = e->n;
	validate(&v, e);
	if (e->n > before)
		return -1;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		return -1;
	}
	st = db_stmt(d, sql_insert);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, m->agenda_item_id);
		db_bind_text(st, 2, m->title);
		db_bind_text(st, 3, S(m->text_md));
		db_bind_text(st, 4, majority);
		db_bind_int(st, 5, quorum);
		db_bind_text(st, 6, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (ok)
		m->id = sqlite3_last_insert_rowid(db_sqlite(d));
	if (!ok ||
	    audit_add(d, a, "create", "motion", m->id,
		      "Antrag „%s“ angelegt (Sitzung Nr. %lld)", m->title,
		      (long long)m->meeting_id) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Der Antrag konnte nicht gespeichert werden.");
		m->id = 0;
		return -1;
	}
	return 0;
}

int motion_update(db *d, const struct actor *a, const struct motion *m,
		  struct errs *e)
{
	if (!may_manage(a, e))
		return -2;
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct motion old;
	if (motion_get(d, tmp, m->id, &old) < 0) {
		errs_add(e, NULL, "Diesen Antrag gibt es nicht.");
		goto out;
	}
	if (old.decided) {
		errs_add(e, NULL,
			 "Über diesen Antrag wurde schon abgestimmt; er kann "
			 "nicht mehr geändert werden.");
		goto out;
	}
	size_t before = e->n;
	validate(m, e);
	if (e->n > before)
		goto out;
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_update);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, m->id);
		db_bind_text(st, 2, m->title);
		db_bind_text(st, 3, S(m->text_md));
		db_bind_text(st, 4, m->majority);
		db_bind_int(st, 5, m->quorum_percent);
		db_bind_text(st, 6, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "update", "motion", m->id,
		      "Antrag „%s“ geändert (Mehrheit %s, Beschlussfähigkeit "
		      "%d %%)",
		      m->title, m->majority, m->quorum_percent) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Der Antrag konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

int motion_delete(db *d, const struct actor *a, int64_t id, struct errs *e)
{
	if (!may_manage(a, e))
		return -2;
	arena *tmp = arena_new(2048);
	int rc = -1;
	struct motion old;
	if (motion_get(d, tmp, id, &old) < 0) {
		errs_add(e, NULL, "Diesen Antrag gibt es nicht.");
		goto out;
	}
	if (old.decided) {
		errs_add(e, NULL,
			 "Über diesen Antrag wurde schon abgestimmt; er "
			 "bleibt im Beschlussregister.");
		goto out;
	}
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	sqlite3_stmt *st = db_stmt(d, sql_delete);
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, id);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, "delete", "motion", id, "Antrag „%s“ gelöscht",
		      old.title) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL, "Der Antrag konnte nicht gelöscht werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}

static int count_of(db *d, const char *sql, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	if (!st)
		return -1;
	db_bind_int(st, 1, id);
	int n = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return n;
}

int decision_presence(db *d, int64_t meeting_id, struct presence *p)
{
	if (meeting_present_voting(d, meeting_id, &p->voting_members,
				   &p->present_voting) < 0)
		return -1;
	p->persons = count_of(d, sql_persons, meeting_id);
	return p->persons < 0 ? -1 : 0;
}

int decision_vote_limit(const struct presence *p)
{
	return p->voting_members > 0 ? p->present_voting : p->persons;
}

size_t motion_voters(db *d, arena *a, int64_t motion_id, struct voter **out)
{
	*out = NULL;
	sqlite3_stmt *st = db_stmt(d, sql_voters);
	if (!st)
		return 0;
	db_bind_int(st, 1, motion_id);
	size_t n = 0, cap = 0;
	struct voter *v = NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		v = arena_grow(a, v, n, &cap, sizeof *v);
		v[n].org_id = sqlite3_column_int64(st, 0);
		v[n].name = dup(a, st, 1);
		v[n].choice = dup(a, st, 2);
		n++;
	}
	sqlite3_reset(st);
	*out = v;
	return n;
}

static bool choice_ok(const char *c)
{
	return strcmp(c, "yes") == 0 || strcmp(c, "no") == 0 ||
	       strcmp(c, "abstain") == 0;
}

/* Stores the named votes (after clearing the old ones); false on error. */
static bool store_votes(db *d, int64_t id, const struct named_vote *votes,
			size_t nvotes)
{
	sqlite3_stmt *st = db_stmt(d, sql_votes_clear);
	if (!st)
		return false;
	db_bind_int(st, 1, id);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	for (size_t i = 0; ok && i < nvotes; i++) {
		if (!votes[i].choice || !*votes[i].choice)
			continue;
		st = db_stmt(d, sql_vote_insert);
		if (!st)
			return false;
		db_bind_int(st, 1, id);
		db_bind_int(st, 2, votes[i].org_id);
		db_bind_text(st, 3, votes[i].choice);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	return ok;
}

int motion_vote(db *d, const struct actor *a, int64_t id, int yes, int no,
		int abstain, const struct named_vote *votes, size_t nvotes,
		const char *decided_at, struct errs *e)
{
	if (!may_manage(a, e))
		return -2;
	arena *tmp = arena_new(4096);
	int rc = -1;
	struct motion m;
	struct presence p;
	if (motion_get(d, tmp, id, &m) < 0) {
		errs_add(e, NULL, "Diesen Antrag gibt es nicht.");
		goto out;
	}
	if (decision_presence(d, m.meeting_id, &p) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	if (m.named_votes) {
		/* Every choice must be that of a voting member present. */
		struct voter *vs;
		size_t nv = motion_voters(d, tmp, id, &vs);
		yes = no = abstain = 0;
		for (size_t i = 0; i < nvotes; i++) {
			const char *c = votes[i].choice;
			if (!c || !*c)
				continue;
			bool known = false;
			for (size_t k = 0; k < nv && !known; k++)
				known = vs[k].org_id == votes[i].org_id;
			if (!known || !choice_ok(c)) {
				errs_add(e, "votes",
					 "Eine Stimme gehört zu keinem "
					 "anwesenden stimmberechtigten "
					 "Mitglied.");
				goto out;
			}
			yes += strcmp(c, "yes") == 0;
			no += strcmp(c, "no") == 0;
			abstain += strcmp(c, "abstain") == 0;
		}
	}
	if (decision_check_counts(decision_vote_limit(&p), yes, no, abstain,
				  e) < 0)
		goto out;
	const char *result =
		decision_result(m.majority, m.quorum_percent, p.voting_members,
				p.present_voting, yes, no, abstain);
	char now[21];
	db_now(now);
	if (db_tx_begin(d) < 0) {
		errs_add(e, NULL, "Die Datenbank ist gerade nicht verfügbar.");
		goto out;
	}
	char number[24];
	bool ok = true;
	if (m.number[0]) {
		snprintf(number, sizeof number, "%s", m.number);
	} else {
		char year[5];
		snprintf(year, sizeof year, "%.4s",
			 m.meeting_starts_at[0] ? m.meeting_starts_at : now);
		sqlite3_stmt *st = db_stmt(d, sql_next_number);
		ok = st != NULL;
		int next = 1;
		if (ok) {
			db_bind_text(st, 1, year);
			if (sqlite3_step(st) == SQLITE_ROW)
				next = sqlite3_column_int(st, 0);
			else
				ok = false;
			sqlite3_reset(st);
		}
		snprintf(number, sizeof number, "%s/%02d", year, next);
	}
	if (ok && m.named_votes)
		ok = store_votes(d, id, votes, nvotes);
	sqlite3_stmt *st = ok ? db_stmt(d, sql_record) : NULL;
	ok = st != NULL;
	if (ok) {
		db_bind_int(st, 1, id);
		db_bind_int(st, 2, p.voting_members);
		db_bind_int(st, 3, p.present_voting);
		db_bind_int(st, 4, yes);
		db_bind_int(st, 5, no);
		db_bind_int(st, 6, abstain);
		db_bind_text(st, 7, result);
		db_bind_text(st, 8, number);
		db_bind_text(st, 9,
			     decided_at && *decided_at ? decided_at : now);
		db_bind_text(st, 10, now);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (!ok ||
	    audit_add(d, a, m.decided ? "update" : "decide", "motion", id,
		      "Abstimmung %s über „%s“: %d Ja, %d Nein, %d "
		      "Enthaltungen; %d von %d stimmberechtigten Mitgliedern "
		      "anwesend; Ergebnis %s (Nr. %s)",
		      m.decided ? "korrigiert" : "erfasst", m.title, yes, no,
		      abstain, p.present_voting, p.voting_members,
		      decision_result_label(result), number) < 0 ||
	    db_tx_commit(d) < 0) {
		db_tx_rollback(d);
		errs_add(e, NULL,
			 "Die Abstimmung konnte nicht gespeichert werden.");
		goto out;
	}
	rc = 0;
out:
	arena_free(tmp);
	return rc;
}
