/*
 * smtp.c - one message through SMTP with libcurl (see smtp.h).
 */
#include "mail/smtp.h"

#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

void smtp_global_init(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

struct upload {
	const char *data;
	size_t len, off;
};

/* libcurl asks for the next bytes of the message. */
static size_t read_cb(char *ptr, size_t size, size_t nmemb, void *userp)
{
	struct upload *u = userp;
	size_t room = size * nmemb, left = u->len - u->off;
	size_t n = left < room ? left : room;
	memcpy(ptr, u->data + u->off, n);
	u->off += n;
	return n;
}

/* A short German reason for a failure, without anything secret. */
static void reason(CURLcode rc, long code, char *err, size_t errlen)
{
	const char *what;
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		what = "Der Name des Mail-Servers ist unbekannt";
		break;
	case CURLE_COULDNT_CONNECT:
		what = "Keine Verbindung zum Mail-Server";
		break;
	case CURLE_OPERATION_TIMEDOUT:
		what = "Der Mail-Server antwortet nicht (Zeitüberschreitung)";
		break;
	case CURLE_LOGIN_DENIED:
		what = "Anmeldung am Mail-Server abgelehnt (Benutzer oder "
		       "Passwort falsch)";
		break;
	case CURLE_USE_SSL_FAILED:
		what = "Der Mail-Server bietet keine verschlüsselte Verbindung "
		       "(STARTTLS) an";
		break;
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
		what = "Die verschlüsselte Verbindung zum Mail-Server ist "
		       "fehlgeschlagen (Zertifikat?)";
		break;
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_WEIRD_SERVER_REPLY:
	case CURLE_QUOTE_ERROR:
		what = code >= 500 ? "Der Mail-Server hat die Nachricht "
				     "abgelehnt"
				   : "Der Mail-Server hat die Nachricht "
				     "nicht angenommen";
		break;
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_URL_MALFORMAT:
		what = "Die Adresse des Mail-Servers (smtp_url) ist ungültig";
		break;
	default:
		what = "Versand fehlgeschlagen";
		break;
	}
	if (code > 0)
		snprintf(err, errlen, "%s (Antwort %ld).", what, code);
	else
		snprintf(err, errlen, "%s.", what);
}

int smtp_send(const struct smtp_config *c, const char *rcpt, const char *data,
	      size_t len, char *err, size_t errlen, bool *unreachable)
{
	if (unreachable)
		*unreachable = false;
	if (!c->url || !*c->url) {
		snprintf(err, errlen, "Kein Mail-Server eingestellt.");
		return -1;
	}
	CURL *h = curl_easy_init();
	if (!h) {
		snprintf(err, errlen, "Versand nicht möglich (libcurl).");
		return -1;
	}
	struct upload u = {data, len, 0};
	char from[300], to[300];
	snprintf(from, sizeof from, "<%s>", c->from ? c->from : "");
	snprintf(to, sizeof to, "<%s>", rcpt);
	struct curl_slist *rcpts = curl_slist_append(NULL, to);
	curl_easy_setopt(h, CURLOPT_URL, c->url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(h, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpts);
	curl_easy_setopt(h, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(h, CURLOPT_READDATA, &u);
	curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT,
			 c->timeout_s > 0 ? c->timeout_s : 60L);
	if (strncmp(c->url, "smtp://", 7) == 0 && c->starttls)
		curl_easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	if (c->user && *c->user) {
		curl_easy_setopt(h, CURLOPT_USERNAME, c->user);
		curl_easy_setopt(h, CURLOPT_PASSWORD,
				 c->password ? c->password : "");
	}
	CURLcode rc = curl_easy_perform(h);
	long code = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
	curl_slist_free_all(rcpts);
	curl_easy_cleanup(h);
	if (rc != CURLE_OK) {
		reason(rc, code, err, errlen);
		if (unreachable)
			*unreachable = rc == CURLE_COULDNT_RESOLVE_HOST ||
				       rc == CURLE_COULDNT_CONNECT ||
				       rc == CURLE_OPERATION_TIMEDOUT ||
				       rc == CURLE_SSL_CONNECT_ERROR ||
				       rc == CURLE_PEER_FAILED_VERIFICATION ||
				       rc == CURLE_USE_SSL_FAILED ||
				       rc == CURLE_LOGIN_DENIED;
		return -1;
	}
	return 0;
}
