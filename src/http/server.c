/*
 * server.c - libmicrohttpd glue: limits, body reading, response headers,
 * access log and graceful shutdown. Everything the application decides
 * happens in http_dispatch(); this file only moves bytes.
 *
 * Threading: MHD's internal thread pool with epoll, one pool thread per core.
 * A connection is event-driven, so a slow client holds a socket (bounded by
 * the connection limit and the idle timeout), never a thread.
 */
#include "http/server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "base/log.h"

/* Per-connection-request state, created when MHD has read the request line
 * (uri_log) and freed in completed(). */
struct call {
	arena *a;
	char *uri;
	struct req r;
	size_t limit;
	size_t discarded;
	size_t bytes_out;
	bool started;
	bool counted;
};

struct server {
	const struct server_config *cfg;
	const struct app *app;
	atomic_int in_flight;
};

/* The Content-Security-Policy, split after img-src so that a response may
 * allow one more image source (req.csp_img_src, e.g. a map's tile server). */
#define CSP_TO_IMG "default-src 'self'; img-src 'self' data:"
#define CSP_AFTER_IMG                                                          \
	"; style-src 'self'; script-src 'self'; font-src 'self'; "             \
	"connect-src 'self'; object-src 'none'; base-uri 'self'; "             \
	"form-action 'self'; frame-ancestors 'none'"

static const char *security_headers[][2] = {
	{"Content-Security-Policy", CSP_TO_IMG CSP_AFTER_IMG},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "same-origin"},
	{"X-Frame-Options", "DENY"},
	{"Permissions-Policy",
	 "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
	 "interest-cohort=()"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
};

void server_config_default(struct server_config *c)
{
	memset(c, 0, sizeof *c);
	c->listen = "127.0.0.1:8080";
	c->threads = 0;
	c->max_connections = 1000;
	c->per_ip_connections = 0;
	c->timeout_s = 30;
	c->body_limit = (size_t)1 << 20;
	c->header_limit = 32 * 1024;
	c->shutdown_grace_s = 10;
}

int server_parse_listen(const char *listen, struct sockaddr_storage *ss,
			unsigned *len)
{
	char host[128];
	const char *colon = strrchr(listen, ':');
	if (!colon || colon[1] == '\0')
		return -1;
	char *end;
	long port = strtol(colon + 1, &end, 10);
	if (*end || port < 0 || port > 65535)
		return -1;
	size_t hl = (size_t)(colon - listen);
	if (hl >= sizeof host)
		return -1;
	memcpy(host, listen, hl);
	host[hl] = '\0';
	memset(ss, 0, sizeof *ss);
	if (hl >= 2 && host[0] == '[' && host[hl - 1] == ']') {
		host[hl - 1] = '\0';
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
		s6->sin6_family = AF_INET6;
		s6->sin6_port = htons((uint16_t)port);
		if (inet_pton(AF_INET6, host + 1, &s6->sin6_addr) != 1)
			return -1;
		*len = sizeof *s6;
		return 0;
	}
	struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
	s4->sin_family = AF_INET;
	s4->sin_port = htons((uint16_t)port);
	if (hl == 0)
		s4->sin_addr.s_addr = htonl(INADDR_ANY);
	else if (inet_pton(AF_INET, host, &s4->sin_addr) != 1)
		return -1;
	*len = sizeof *s4;
	return 0;
}

static void *uri_log(void *cls, const char *uri, struct MHD_Connection *conn)
{
	(void)cls;
	(void)conn;
	arena *a = arena_new(16 * 1024);
	struct call *c = arena_calloc(a, 1, sizeof *c);
	c->a = a;
	c->uri = arena_strdup(a, uri ? uri : "/");
	c->r.t_start = clock_us();
	return c;
}

static enum MHD_Result collect_header(void *cls, enum MHD_ValueKind kind,
				      const char *key, const char *value)
{
	(void)kind;
	struct req *r = cls;
	if (key && value)
		params_add(r->a, &r->headers, arena_strdup(r->a, key),
			   arena_strdup(r->a, value), strlen(value));
	return MHD_YES;
}

static void remote_address(struct MHD_Connection *conn, struct req *r)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(
		conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	char text[INET6_ADDRSTRLEN] = "-";
	if (ci && ci->client_addr) {
		const struct sockaddr *sa = ci->client_addr;
		if (sa->sa_family == AF_INET)
			inet_ntop(AF_INET,
				  &((const struct sockaddr_in *)sa)->sin_addr,
				  text, sizeof text);
		else if (sa->sa_family == AF_INET6)
			inet_ntop(AF_INET6,
				  &((const struct sockaddr_in6 *)sa)->sin6_addr,
				  text, sizeof text);
	}
	r->remote_addr = arena_strdup(r->a, text);
}

/* Framing headers that two HTTP parsers could read differently let a
 * request smuggle another one past a proxy (RFC 9112, 6.1 and 6.3): they are
 * refused rather than guessed. */
static const char *framing_error(const struct req *r)
{
	size_t ncl = 0, nte = 0;
	const char *te = NULL;
	for (size_t i = 0; i < r->headers.n; i++) {
		const char *name = r->headers.items[i].name;
		if (strcasecmp(name, "Content-Length") == 0) {
			ncl++;
		} else if (strcasecmp(name, "Transfer-Encoding") == 0) {
			nte++;
			te = r->headers.items[i].value;
		}
	}
	if (ncl > 1 || nte > 1 || (ncl && nte))
		return "Die Längenangaben der Anfrage widersprechen sich.";
	if (te && strcasecmp(te, "chunked") != 0)
		return "Diese Übertragungskodierung wird nicht unterstützt.";
	return NULL;
}

/* Queues the response that r describes. */
static enum MHD_Result
send_response(struct server *s, struct MHD_Connection *conn, struct call *c)
{
	struct req *r = &c->r;
	struct MHD_Response *resp;
	if (r->static_data) {
		resp = MHD_create_response_from_buffer(r->static_len,
						       (void *)r->static_data,
						       MHD_RESPMEM_PERSISTENT);
		c->bytes_out = r->static_len;
	} else if (buf_failed(&r->out)) {
		log_error("response too large: %s", r->path);
		static const char msg[] = "Interner Fehler: Antwort zu groß.";
		resp = MHD_create_response_from_buffer(
			sizeof msg - 1, (void *)msg, MHD_RESPMEM_PERSISTENT);
		r->status = 500;
		r->content_type = "text/plain; charset=utf-8";
		c->bytes_out = sizeof msg - 1;
	} else {
		size_t len;
		char *data = buf_detach(&r->out, &len);
		resp = MHD_create_response_from_buffer(len, data,
						       MHD_RESPMEM_MUST_FREE);
		c->bytes_out = len;
	}
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Content-Type", r->content_type);
	for (size_t i = 0;
	     i < sizeof security_headers / sizeof *security_headers; i++) {
		const char *v = security_headers[i][1];
		if (i == 0 && r->csp_img_src) /* [0] is the CSP */
			v = arena_printf(c->a, "%s %s%s", CSP_TO_IMG,
					 r->csp_img_src, CSP_AFTER_IMG);
		MHD_add_response_header(resp, security_headers[i][0],
					v ? v : security_headers[i][1]);
	}
	if (r->tls)
		MHD_add_response_header(resp, "Strict-Transport-Security",
					"max-age=31536000; includeSubDomains");
	bool has_cache = false;
	for (size_t i = 0; i < r->nresp_headers; i++) {
		if (strcasecmp(r->resp_headers[i].name, "Cache-Control") == 0)
			has_cache = true;
		MHD_add_response_header(resp, r->resp_headers[i].name,
					r->resp_headers[i].value);
	}
	if (!has_cache)
		MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (r->status == 413 || r->status == 400)
		MHD_add_response_header(resp, "Connection", "close");
	(void)s;
	enum MHD_Result ret =
		MHD_queue_response(conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	r->responded = true;
	return ret;
}

static enum MHD_Result access_handler(void *cls, struct MHD_Connection *conn,
				      const char *url, const char *method,
				      const char *version,
				      const char *upload_data,
				      size_t *upload_data_size, void **req_cls)
{
	(void)url;
	(void)version;
	struct server *s = cls;
	struct call *c = *req_cls;
	struct req *r = &c->r;
	if (!c->started) {
		c->started = true;
		atomic_fetch_add(&s->in_flight, 1);
		c->counted = true;
		int64_t t0 = r->t_start;
		const char *err = NULL;
		int rc = req_init(r, c->a, method, c->uri, &err);
		r->t_start = t0;
		r->conn = conn;
		r->app = s->app;
		MHD_get_connection_values(conn, MHD_HEADER_KIND, collect_header,
					  r);
		remote_address(conn, r);
		const union MHD_ConnectionInfo *ci = MHD_get_connection_info(
			conn, MHD_CONNECTION_INFO_PROTOCOL);
		r->tls = ci && ci->tls_session;
		const char *proto = req_header(r, "X-Forwarded-Proto");
		if (s->cfg->trust_proxy_tls && proto &&
		    strcasecmp(proto, "https") == 0)
			r->tls = true;
		if (rc) {
			resp_error(r, rc, err);
			return send_response(s, conn, c);
		}
		const char *bad = framing_error(r);
		if (bad) {
			resp_error(r, 400, bad);
			return send_response(s, conn, c);
		}
		/* Route first, so that the body limit is the route's. */
		char allow[128];
		int mrc = router_match(s->app, r, allow, sizeof allow);
		c->limit = s->cfg->body_limit;
		if (mrc == 0 && r->route->body_limit)
			c->limit = r->route->body_limit;
		r->body_in.max = c->limit;
		const char *cl = req_header(r, "Content-Length");
		int64_t len = 0;
		if (cl && (!parse_int(cl, 0, INT64_MAX, &len))) {
			resp_error(r, 400, "Ungültige Längenangabe.");
			return send_response(s, conn, c);
		}
		if (len > (int64_t)c->limit) {
			resp_error(r, 413,
				   "Die gesendeten Daten sind zu groß.");
			return send_response(s, conn, c);
		}
		/* Refuse an unroutable request before its body arrives; without
		 * a body, answer in http_dispatch() instead, since MHD closes
		 * the connection after a response queued this early. */
		if (mrc && (len > 0 || req_header(r, "Transfer-Encoding"))) {
			r->route = NULL;
			resp_error(r, mrc,
				   mrc == 404 ? "Diese Seite gibt es nicht."
					      : "Diese Aktion ist hier nicht "
						"möglich.");
			if (mrc == 405)
				resp_header(r, "Allow",
					    arena_strdup(r->a, allow));
			return send_response(s, conn, c);
		}
		r->route = NULL; /* http_dispatch matches again */
		return MHD_YES;
	}
	if (*upload_data_size) {
		if (!r->body_too_large &&
		    buf_append(&r->body_in, upload_data, *upload_data_size) < 0)
			r->body_too_large = true;
		if (r->body_too_large) {
			c->discarded += *upload_data_size;
			/* Without a Content-Length (chunked) the size is known
			 * only while reading; stop reading a flood. */
			if (c->discarded > c->limit)
				return MHD_NO;
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (r->responded)
		return MHD_YES;
	if (r->body_too_large)
		resp_error(r, 413, "Die gesendeten Daten sind zu groß.");
	else
		http_dispatch(s->app, r);
	return send_response(s, conn, c);
}

static void completed(void *cls, struct MHD_Connection *conn, void **req_cls,
		      enum MHD_RequestTerminationCode toe)
{
	(void)conn;
	struct server *s = cls;
	struct call *c = *req_cls;
	if (!c)
		return;
	if (c->started) {
		struct req *r = &c->r;
		const char *path = r->path ? r->path : "-";
		if (r->route && (r->route->flags & RF_PRIVATE))
			path = r->route->pattern;
		char ts[21];
		time_iso(clock_unix(), ts);
		fprintf(stderr, "%s access %s %s %d %zu %lldus%s\n", ts,
			r->method ? r->method : "-", path, r->status,
			c->bytes_out, (long long)(clock_us() - r->t_start),
			toe == MHD_REQUEST_TERMINATED_COMPLETED_OK
				? ""
				: " aborted");
		req_release(r);
	}
	if (c->counted)
		atomic_fetch_sub(&s->in_flight, 1);
	arena_free(c->a);
	*req_cls = NULL;
}

__attribute__((format(printf, 2, 0))) static void
mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	char line[512];
	vsnprintf(line, sizeof line, fmt, ap);
	size_t n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	log_warn("http: %s", line);
}

static unsigned cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1;
}

int server_run(const struct server_config *cfg, const struct app *app)
{
	struct sockaddr_storage ss;
	unsigned sslen;
	if (server_parse_listen(cfg->listen, &ss, &sslen) < 0) {
		log_error("Ungültige Adresse für --listen: %s", cfg->listen);
		return -1;
	}
	long bad = router_check(app->routes, app->nroutes);
	if (bad >= 0) {
		log_error("route table: bad route %ld (%s)", bad,
			  app->routes[bad].pattern);
		return -1;
	}
	static struct server s;
	s.cfg = cfg;
	s.app = app;
	atomic_store(&s.in_flight, 0);

	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
			 MHD_USE_ITC | MHD_USE_ERROR_LOG;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	bool tls = cfg->tls_cert_pem && cfg->tls_key_pem;
	if (tls) {
		if (MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
			log_error("libmicrohttpd wurde ohne TLS gebaut");
			return -1;
		}
		flags |= MHD_USE_TLS;
	}
	unsigned threads = cfg->threads ? cfg->threads : cores();
	struct MHD_OptionItem opts[16];
	size_t k = 0;
#define OPT(o, v, p)                                                           \
	opts[k++] = (struct MHD_OptionItem){(o), (intptr_t)(v), (p)}
	OPT(MHD_OPTION_SOCK_ADDR, 0, &ss);
	OPT(MHD_OPTION_THREAD_POOL_SIZE, threads, NULL);
	OPT(MHD_OPTION_CONNECTION_LIMIT, cfg->max_connections, NULL);
	OPT(MHD_OPTION_CONNECTION_TIMEOUT, cfg->timeout_s, NULL);
	OPT(MHD_OPTION_CONNECTION_MEMORY_LIMIT, cfg->header_limit, NULL);
	/* Strict: refuse HTTP/1.1 without Host and whitespace before a
	 * header's colon (RFC 9112 5.1), a request smuggling vector. */
	OPT(MHD_OPTION_STRICT_FOR_CLIENT, 1, NULL);
	if (cfg->per_ip_connections)
		OPT(MHD_OPTION_PER_IP_CONNECTION_LIMIT, cfg->per_ip_connections,
		    NULL);
	if (tls) {
		OPT(MHD_OPTION_HTTPS_MEM_CERT, 0, (void *)cfg->tls_cert_pem);
		OPT(MHD_OPTION_HTTPS_MEM_KEY, 0, (void *)cfg->tls_key_pem);
	}
	OPT(MHD_OPTION_END, 0, NULL);
#undef OPT
	struct MHD_Daemon *d =
		MHD_start_daemon(flags, 0, NULL, NULL, access_handler, &s,
				 MHD_OPTION_EXTERNAL_LOGGER, mhd_log, &s,
				 MHD_OPTION_URI_LOG_CALLBACK, uri_log, &s,
				 MHD_OPTION_NOTIFY_COMPLETED, completed, &s,
				 MHD_OPTION_ARRAY, opts, MHD_OPTION_END);
	if (!d) {
		log_error("Server konnte nicht starten (Adresse %s belegt "
			  "oder ungültig)",
			  cfg->listen);
		return -1;
	}
	const union MHD_DaemonInfo *di =
		MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	unsigned port = di ? di->port : 0;
	char host[INET6_ADDRSTRLEN] = "127.0.0.1";
	if (ss.ss_family == AF_INET6)
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr,
			  host, sizeof host);
	else
		inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, host,
			  sizeof host);
	log_info("Lotse läuft auf %s://%s%s%s:%u/ (%u Threads)",
		 tls ? "https" : "http", ss.ss_family == AF_INET6 ? "[" : "",
		 host, ss.ss_family == AF_INET6 ? "]" : "", port, threads);

	int sig = 0;
	sigwait(&set, &sig);
	log_info("Signal %d: keine neuen Verbindungen, laufende Anfragen "
		 "werden beendet",
		 sig);
	MHD_socket lsock = MHD_quiesce_daemon(d);
	if (lsock != MHD_INVALID_SOCKET)
		close(lsock);
	int64_t deadline =
		clock_us() + (int64_t)cfg->shutdown_grace_s * 1000000;
	while (atomic_load(&s.in_flight) > 0 && clock_us() < deadline)
		usleep(10000);
	MHD_stop_daemon(d);
	log_info("Server beendet");
	return 0;
}
