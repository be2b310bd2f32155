/*
 * markdown.h - Markdown (CommonMark with tables and strikethrough) to
 * HTML for minutes, motions and documents, with md4c-html. Raw HTML in
 * the text is disabled (MD_FLAG_NOHTML: it shows as text), and the href
 * and src of links and images are filtered afterwards: only http(s),
 * mailto and relative URLs stay, anything else (javascript:, data:, ...)
 * becomes "#". This is the one place whose output may go out as raw
 * HTML (through html_trusted).
 */
#ifndef LOTSE_MARKDOWN_H
#define LOTSE_MARKDOWN_H

#include <stddef.h>

#include "base/buf.h"

/* Renders md (UTF-8; NULL or "" writes nothing) into b as HTML. Returns 0,
 * or -1 when md4c failed (then the text is written escaped, as
 * paragraphs). */
int markdown_html(buf *b, const char *md);

/* The same with the Markdown's headings moved down so that "#" becomes
 * <h{top}> (2 to 6; deeper ones stop at <h6>): for text inside a page
 * that has its own <h1> and sections. */
int markdown_html_level(buf *b, const char *md, int top);

/* The same into a fresh malloc'd string (the caller frees it), or NULL;
 * used by tests. */
char *markdown_to_string(const char *md);

#endif
