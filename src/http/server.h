/*
 * server.h - the HTTP server (libmicrohttpd with a thread pool).
 */
#ifndef LOTSE_SERVER_H
#define LOTSE_SERVER_H

#include <stdbool.h>
#include <stddef.h>

#include "http/http.h"

struct server_config {
	const char *listen; /* "127.0.0.1:8080", "[::1]:8080", ":8080" */
	unsigned threads;   /* worker threads; 0: one per core */
	unsigned max_connections;
	unsigned per_ip_connections; /* 0: no limit */
	unsigned timeout_s;	     /* idle connection timeout */
	size_t body_limit;	     /* default request body limit */
	size_t header_limit;	     /* per-connection memory for headers */
	const char *tls_cert_pem;    /* PEM text; both set: HTTPS */
	const char *tls_key_pem;
	bool trust_proxy_tls;	   /* "X-Forwarded-Proto: https" means TLS */
	unsigned shutdown_grace_s; /* how long to wait for requests in flight */
};

/* Fills defaults. */
void server_config_default(struct server_config *c);

/* Parses "ADDR:PORT" into a socket address; returns 0 or -1. */
struct sockaddr_storage;
int server_parse_listen(const char *listen, struct sockaddr_storage *ss,
			unsigned *len);

/* Starts the server, prints the address it listens on, serves until SIGINT
 * or SIGTERM, then lets requests in flight finish and returns 0; returns -1
 * (after logging why) when it cannot start. */
int server_run(const struct server_config *c, const struct app *app);

#endif
