/*
 * fts.h - the FTS5 tokenizer "lotse" and the SQL function lotse_label(),
 * registered automatically on every SQLite connection of the process
 * (see fts.c). Nothing to call: linking fts.c is enough.
 */
#ifndef LOTSE_FTS_H
#define LOTSE_FTS_H

/* First byte of a query string whose terms are already analysed (see
 * text_search()); user text never reaches FTS5 with it. */
#define FTS_RAW '\x01'

/* Columns of offer_fts: title, description, organisation, needs, places. */
#define FTS_COLUMNS 5

#endif
