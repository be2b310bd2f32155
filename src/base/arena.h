/*
 * arena.h - region allocator for everything that lives as long as one request
 * (or one command). Memory is taken in growing blocks and released all at
 * once by arena_free(). Handlers never call free().
 *
 * Allocation failure of the system allocator aborts the process: a server that
 * cannot get memory cannot answer anyway, and checking every small allocation
 * would hide the real logic. Callers bound sizes of outside input before
 * allocating.
 */
#ifndef LOTSE_ARENA_H
#define LOTSE_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct arena arena;

/* Creates an arena whose first block holds at least `first` bytes. */
arena *arena_new(size_t first);
/* Releases every block and the arena itself. NULL is allowed. */
void arena_free(arena *a);
/* Forgets all allocations but keeps the first block for reuse. */
void arena_reset(arena *a);

/* Returns `n` bytes aligned to 16, uninitialised; never NULL. */
void *arena_alloc(arena *a, size_t n);
/* Same, zero-filled. Aborts when n * size overflows. */
void *arena_calloc(arena *a, size_t n, size_t size);
/* Copies a NUL-terminated string / the first n bytes plus a NUL. */
char *arena_strdup(arena *a, const char *s);
char *arena_strndup(arena *a, const char *s, size_t n);
/* printf into arena memory (standard printf semantics, no escaping). */
char *arena_printf(arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *arena_vprintf(arena *a, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Makes room for element n of an arena array v of elements of the given
 * size, doubling *cap as needed (the old copy stays in the arena until it
 * is freed). Returns the array to use from now on. */
void *arena_grow(arena *a, void *v, size_t n, size_t *cap, size_t size);
/* Total bytes handed out since creation or the last reset. */
size_t arena_used(const arena *a);

#endif
