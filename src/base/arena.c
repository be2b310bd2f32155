/*
 * arena.c - block-chained bump allocator (see arena.h).
 */
#include "base/arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN 16u

struct block {
	struct block *next;
	size_t size; /* usable bytes in data[] */
	size_t used;
	_Alignas(16) unsigned char data[];
};

struct arena {
	struct block *head; /* current block, newest first */
	struct block *first;
	size_t total;
};

static void oom(void)
{
	fputs("lotse: out of memory\n", stderr);
	abort();
}

static struct block *block_new(size_t size)
{
	struct block *b = malloc(sizeof *b + size);
	if (!b)
		oom();
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

arena *arena_new(size_t first)
{
	arena *a = malloc(sizeof *a);
	if (!a)
		oom();
	if (first < 1024)
		first = 1024;
	a->first = a->head = block_new(first);
	a->total = 0;
	return a;
}

void arena_free(arena *a)
{
	if (!a)
		return;
	struct block *b = a->head;
	while (b) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void arena_reset(arena *a)
{
	struct block *b = a->head;
	while (b && b != a->first) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
	a->head = a->first;
	a->first->used = 0;
	a->first->next = NULL;
	a->total = 0;
}

void *arena_alloc(arena *a, size_t n)
{
	if (n == 0)
		n = 1;
	if (n > SIZE_MAX / 2)
		oom();
	size_t need = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	struct block *b = a->head;
	if (b->size - b->used < need) {
		size_t size = b->size * 2;
		if (size < need)
			size = need;
		if (size > (size_t)64 << 20 && need <= (size_t)64 << 20)
			size = (size_t)64 << 20;
		struct block *nb = block_new(size);
		nb->next = b;
		a->head = b = nb;
	}
	void *p = b->data + b->used;
	b->used += need;
	a->total += need;
	return p;
}

void *arena_calloc(arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		oom();
	void *p = arena_alloc(a, n * size);
	memset(p, 0, n * size);
	return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(arena *a, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return arena_strdup(a, "");
	char *p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *arena_printf(arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

void *arena_grow(arena *a, void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	size_t ncap = *cap ? *cap * 2 : 16;
	void *nv = arena_calloc(a, ncap, size);
	if (n)
		memcpy(nv, v, n * size);
	*cap = ncap;
	return nv;
}

size_t arena_used(const arena *a)
{
	return a->total;
}
