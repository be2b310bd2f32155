/*
 * document.h - the network's documents (rules of procedure, cooperation
 * agreement, child-protection procedure, others) with numbered versions -
 * Markdown text or an uploaded PDF, each optionally linked to the adopted
 * motion that decided it - and the acceptances: an organisation records
 * that it accepted or signed a version (date, by whom).
 *
 * The current version is the one with the highest number. The coordination
 * office creates documents and versions and records acceptances for any
 * organisation; a partner records them for its own organisation only
 * (actor_may_edit_org; -2 otherwise). The coordination office sees which
 * member organisations (membership "member", not archived) have not yet
 * accepted the current version and can remind them by e-mail (outbox kind
 * "reminder"). Every change is audited (entity "document").
 */
#ifndef LOTSE_DOCUMENT_H
#define LOTSE_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/actor.h"
#include "domain/codes.h"
#include "domain/errs.h"

/* A PDF may have at most this many bytes. */
#define DOCUMENT_PDF_MAX ((size_t)10 << 20)

/* Kinds of documents with German labels; ends with {NULL, NULL, NULL}. */
extern const struct code document_kinds[];

struct document {
	int64_t id;
	const char *title, *kind, *description;
	bool requires_acceptance, public;
	const char *created_at, *updated_at;
	int current;	    /* number of the current version, 0: none */
	int64_t current_id; /* its id */
	const char *current_valid_from;
	int accepted; /* member organisations that accepted it */
};

struct document_version {
	int64_t id, document_id;
	int version;
	const char *format; /* markdown, pdf */
	const char *text_md;
	const char *pdf; /* the bytes (only from document_version_get with
			    with_pdf), else NULL */
	size_t size;
	const char *filename, *sha256, *note;
	int64_t motion_id;			  /* 0: none */
	const char *motion_number, *motion_title; /* "" when none */
	const char *valid_from;			  /* "" when none */
	const char *created_at, *created_by;
};

struct acceptance {
	int64_t org_id;
	const char *org_name;
	const char *kind; /* accepted, signed */
	const char *accepted_on, *accepted_by, *recorded_at, *recorded_by;
};

/* An organisation that has not accepted the current version. */
struct missing_org {
	int64_t org_id;
	const char *name, *email; /* email: where a reminder goes, or "" */
};

int document_get(db *d, arena *a, int64_t id, struct document *doc);
/* All documents, by kind and title. */
size_t document_list(db *d, arena *a, struct document **out);
/* Validates and stores doc (insert when doc->id is 0, then sets it). 0, -1
 * with messages, -2 not allowed. */
int document_save(db *d, const struct actor *a, struct document *doc,
		  struct errs *e);

/* The versions of a document, newest first (without the PDF bytes). */
size_t document_versions(db *d, arena *a, int64_t doc_id,
			 struct document_version **out);
/* Version number n of a document; the PDF bytes too with with_pdf. */
int document_version_get(db *d, arena *a, int64_t doc_id, int n, bool with_pdf,
			 struct document_version *v);

/* Is data[0..len) a PDF as we accept it (magic bytes "%PDF-", at most
 * DOCUMENT_PDF_MAX bytes; filename ending in .pdf or content type
 * application/pdf)? German message in e (field "pdf") when not. */
bool document_pdf_ok(const char *data, size_t len, const char *filename,
		     const char *content_type, struct errs *e);

/* Adds the next version of v->document_id: v->format "markdown" with
 * v->text_md, or "pdf" with v->pdf/v->size/v->filename (checked with
 * document_pdf_ok(), content_type as sent); note, valid_from (date or
 * ""), motion_id (an adopted motion or 0). Sets v->id and v->version. */
int document_add_version(db *d, const struct actor *a,
			 struct document_version *v, const char *content_type,
			 struct errs *e);

/* Acceptances of a version, by organisation name. */
size_t document_acceptances(db *d, arena *a, int64_t version_id,
			    struct acceptance **out);
/* The acceptance of org_id for version_id; 0 when found, -1 otherwise. */
int document_acceptance_get(db *d, arena *a, int64_t version_id, int64_t org_id,
			    struct acceptance *out);
/* Records that org_id accepted (kind "accepted") or signed ("signed") the
 * CURRENT version of doc_id on date accepted_on ("YYYY-MM-DD") by the
 * named person; replaces an earlier record of that organisation. 0, -1
 * with messages, -2 when the actor may not act for org_id. */
int document_accept(db *d, const struct actor *a, int64_t doc_id,
		    int64_t org_id, const char *kind, const char *accepted_on,
		    const char *accepted_by, struct errs *e);

/* Member organisations (membership member, not archived) without an
 * acceptance of the current version, by name. */
size_t document_missing(db *d, arena *a, int64_t doc_id,
			struct missing_org **out);
/* Queues a reminder to every missing organisation that has an address;
 * *sent gets their number, *without the number without an address. */
int document_remind(db *d, const struct actor *a, int64_t doc_id,
		    const char *link, size_t *sent, size_t *without,
		    struct errs *e);

/* Adopted motions a version may be linked to (id, "2026/03 Title"), newest
 * first. */
struct motion_choice {
	int64_t id;
	const char *label;
};
size_t document_motion_choices(db *d, arena *a, struct motion_choice **out);

#endif
