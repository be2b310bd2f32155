#!/usr/bin/env bash
# bench/search.sh - the search benchmark of issue #5 (DESIGN.md, "Targets"):
#
#   * at 100 000 offers (`lotse demo --offers 100000`), the fixed query mix
#     bench/queries.txt against the search page /angebote (with facets) and
#     the API /api/v1/offers, cycled by a wrk Lua script: requests/s on
#     loopback, and p50/p90/p99 measured inside the server (the per-route
#     histograms of src/http/timing.c, read from /api/v1/metrics) - from
#     three passes over the mix, one request at a time (no queueing: the
#     time of one search; BENCH_SEARCH_PASSES), and under load (wrk, 50
#     connections on the machine's cores);
#   * the same for the offer page /angebote/{id} (1000 offers in turn) and
#     a static asset (the ceiling of the HTTP layer), reported as ratios;
#   * PostgreSQL's German full-text search over the same offers and the
#     same words, without HTTP (bench/pg/search.sh), when it is installed;
#   * `lotse bench-search` (the engine in-process, no HTTP), when the
#     binary has it.
#
#   bench/search.sh [LOTSE.DB]   (default: a new database with the scaled demo)
#
# Environment: LOTSE_BIN (default ./lotse), BENCH_SECONDS (wrk run under load, default 10),
# BENCH_CONNECTIONS (default 50), BENCH_SEARCH_OFFERS (default 100000),
# BENCH_PG_SECONDS (pgbench, default 20), BENCH_SEARCH_REPORT (default
# bench/results/search-YYYY-MM-DD.txt), BENCH_SEQ_SECONDS (the offer page
# with one connection, default 5). Prints the report and writes it.
# Takes about 3 minutes on the project's 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${BENCH_SECONDS:-10}
CONNS=${BENCH_CONNECTIONS:-50}
OFFERS=${BENCH_SEARCH_OFFERS:-100000}
PG_SECONDS=${BENCH_PG_SECONDS:-20}
SEQ_SECONDS=${BENCH_SEQ_SECONDS:-5}
PASSES=${BENCH_SEARCH_PASSES:-3}
report=${BENCH_SEARCH_REPORT:-bench/results/search-$(date -u +%Y-%m-%d).txt}
queries=bench/queries.txt
lotse=${LOTSE_BIN:-./lotse}
ADMIN_EMAIL=admin@ahrwald.example
ADMIN_PASSWORD=Ahrwald-Demo-IT-2026

for tool in wrk curl jq sqlite3 perl; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "bench/search.sh: $tool is missing (scripts/deps installs it)" >&2
		exit 1
	fi
done

work=$(mktemp -d)
server_pid=""
cleanup() {
	[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
	wait 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

db=${1:-}
demo_ms=""
if [ -z "$db" ]; then
	db=$work/search.db
	"$lotse" init --db "$db" >/dev/null
	t0=$(date +%s%N)
	"$lotse" demo --db "$db" --offers "$OFFERS" >/dev/null
	t1=$(date +%s%N)
	demo_ms=$(((t1 - t0) / 1000000))
fi
published=$(sqlite3 "$db" "SELECT count(*) FROM offer WHERE status = 'published'")
public=$(sqlite3 "$db" "SELECT count(*) FROM offer o JOIN organisation g ON g.id = o.organisation_id
	WHERE o.status = 'published' AND (o.valid_from IS NULL OR o.valid_from <= date('now'))
	AND (o.valid_to IS NULL OR o.valid_to >= date('now')) AND g.archived = 0 AND g.membership <> 'left'")

# LOTSE_TIMING_CPU=1: the server also measures each request's processor
# time (a system call per request, so it is off by default).
LOTSE_TIMING_CPU=1 "$lotse" serve --db "$db" --listen 127.0.0.1:0 2>"$work/server.log" &
server_pid=$!
until grep -q 'läuft auf' "$work/server.log" 2>/dev/null; do sleep 0.01; done
port=$(sed -n 's/.*läuft auf http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$work/server.log" | head -n 1)
base=http://127.0.0.1:$port

# --- the query mix as paths -------------------------------------------------
# bench/queries.txt has the parameters of /angebote with UTF-8 as typed;
# wrk needs them percent-encoded, and the API names them in English.
grep -v '^#' "$queries" | grep -v '^[[:space:]]*$' |
	perl -pe 's/([^\x21-\x7e\n])/sprintf("%%%02X", ord($1))/ge' >"$work/mix.txt"
sed 's/^/\/angebote?/' "$work/mix.txt" >"$work/paths-page.txt"
sed -E 's/(^|&)bedarf=/\1need=/g; s/(^|&)alter=/\1age=/g; s/(^|&)plz=/\1postcode=/g;
	s/(^|&)umkreis=/\1radius_km=/g; s/(^|&)kosten=/\1cost=/g; s/(^|&)sprache=/\1language=/g;
	s/(^|&)zugang=/\1access=/g; s/(^|&)gemeinde=/\1municipality=/g; s/(^|&)seite=/\1page=/g;
	s/^/\/api\/v1\/offers?/' "$work/mix.txt" >"$work/paths-api.txt"
nmix=$(wc -l <"$work/mix.txt")
# 1000 public offers (from the API, so that every page exists).
: >"$work/paths-offer.txt"
for p in $(seq 1 10); do
	curl -sf "$base/api/v1/offers?per_page=100&page=$p" |
		jq -r '.items[].id | "/angebote/\(.)"' >>"$work/paths-offer.txt"
done
noffer=$(wc -l <"$work/paths-offer.txt")

# A wrk script that cycles through the paths of a file.
lua_for() {
	{
		echo "local paths = {"
		sed 's/\\/\\\\/g; s/"/\\"/g; s/^/  "/; s/$/",/' "$1"
		echo "}"
		cat <<'LUA'
local i = 0
local errors = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
	} >"$2"
}
lua_for "$work/paths-page.txt" "$work/page.lua"
lua_for "$work/paths-api.txt" "$work/api.lua"
lua_for "$work/paths-offer.txt" "$work/offer.lua"

# curl_pass FILE: requests every path of FILE once, in order, over one
# kept-alive connection; prints the status of each.
curl_pass() {
	awk -v b="$base" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", b, $0 }' \
		"$1" >"$work/curl.cfg"
	curl -s -K "$work/curl.cfg" -w '%{http_code}\n'
}

# --- the administrator's session, for /api/v1/metrics -----------------------
jar=$work/cookies
curl -s -c "$jar" -b "$jar" "$base/anmelden" >"$work/login.html"
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$work/login.html" | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" \
	--data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" \
	"$base/anmelden"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/intern/messwerte" |
	grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
if [ -z "$csrf" ]; then
	echo "bench/search.sh: cannot sign in as $ADMIN_EMAIL to read /api/v1/metrics" >&2
	exit 1
fi
metrics_reset() {
	curl -sf -b "$jar" -X DELETE -H "X-CSRF-Token: $csrf" "$base/api/v1/metrics" >/dev/null
}
# "count p50 p90 p99 max cpu-p50 cpu-p99" (µs) of a route pattern.
metrics_of() {
	curl -sf -b "$jar" "$base/api/v1/metrics" |
		jq -r --arg r "$1" '.items[] | select(.route == $r and .method == "GET") |
			"\(.count) \(.p50_us) \(.p90_us) \(.p99_us) \(.max_us) \(.cpu_p50_us // "-") \(.cpu_p99_us // "-")"'
}

# Every search once (and 20 offer pages): the statuses (a 400 would
# measure an error page) and warm caches. The search page goes first, so
# its figures of this pass are those of searches the server has not seen
# since it started (the text index keeps recent results in memory; the
# facets are counted anew every time).
head -n 20 "$work/paths-offer.txt" >"$work/paths-offer-some.txt"
metrics_reset
bad=$(curl_pass "$work/paths-page.txt" | grep -vc '^200$' || true)
cold=$(metrics_of /angebote)
bad=$((bad + $(for f in paths-api paths-offer-some; do curl_pass "$work/$f.txt"; done |
	grep -vc '^200$' || true)))

# run_wrk THREADS CONNECTIONS SECONDS SCRIPT|- URL -> "rps p99 non2xx"
run_wrk() {
	local out script=()
	[ "$4" != - ] && script=(-s "$4")
	out=$(wrk -t"$1" -c"$2" -d"$3s" --latency "${script[@]}" "$5" 2>&1)
	local rps p99 errors
	rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
	p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
	errors=$(echo "$out" | awk '/Non-2xx or 3xx/ {print $NF}')
	echo "${rps:-0} ${p99:-?} ${errors:-0}"
}

declare -A rps srv
row() { # name rps wrk-p99 errors count p50 p90 p99 max cpu-p50 cpu-p99
	printf '%-34s %10s %9s %7s | %8s %7s %7s %7s %8s | %7s %7s\n' "$@"
}
measure() { # name threads conns seconds script url route
	metrics_reset
	local r p99 err m
	read -r r p99 err < <(run_wrk "$2" "$3" "$4" "$5" "$6")
	m=$(metrics_of "$7")
	rps[$1]=$r
	srv[$1]=$m
	# shellcheck disable=SC2086
	row "$1" "$r" "$p99" "$err" ${m:-0 - - - - - -}
}

# measure_passes NAME FILE ROUTE: PASSES passes over the query mix, one
# request after the other (no queueing: the time of one search).
measure_passes() {
	metrics_reset
	local m
	for _ in $(seq 1 "$PASSES"); do
		curl_pass "$2" >/dev/null
	done
	m=$(metrics_of "$3")
	srv[$1]=$m
	# shellcheck disable=SC2086
	row "$1" - - - ${m:-0 - - - - - -}
}

mkdir -p "$(dirname "$report")"
{
	echo "Lotse search benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $("$lotse" version)"
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine makes every figure worse)"
	echo "git $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes in the tree)')"
	echo "database: $published published offers, $public of them public today${demo_ms:+ (lotse demo --offers $OFFERS: $demo_ms ms)}"
	echo "query mix: $queries, $nmix searches ($(grep -c 'q=' "$work/mix.txt") with words); offer pages: $noffer ids"
	echo "non-200 answers of the warm-up pass (every search, 20 offer pages): $bad"
	echo
	echo "wrk on loopback, server and wrk share the machine; in-server figures from"
	echo "/api/v1/metrics: dispatch start to handler end, in microseconds; cpu: the"
	echo "processor time of the same requests (without waiting for a core)"
	echo
	row "what" "req/s" "wrk p99" "non-2xx" "count" "p50 us" "p90 us" "p99 us" "max us" "cpu p50" "cpu p99"
	srv["search page, first time (cold)"]=$cold
	# shellcheck disable=SC2086
	row "search page, first time (cold)" - - - ${cold:-0 - - - - - -}
	measure_passes "search page, one at a time" "$work/paths-page.txt" /angebote
	measure_passes "search API, one at a time" "$work/paths-api.txt" /api/v1/offers
	measure "offer page, 1 connection" 1 1 "$SEQ_SECONDS" "$work/offer.lua" "$base" '/angebote/{id}'
	measure "search page, $CONNS connections" 2 "$CONNS" "$DURATION" "$work/page.lua" "$base" /angebote
	measure "search API, $CONNS connections" 2 "$CONNS" "$DURATION" "$work/api.lua" "$base" /api/v1/offers
	measure "offer page, $CONNS connections" 2 "$CONNS" "$DURATION" "$work/offer.lua" "$base" '/angebote/{id}'
	measure "static /static/lotse.css" 2 "$CONNS" "$DURATION" - "$base/static/lotse.css" '/static/*'
	echo
	ceiling=${rps["static /static/lotse.css"]}
	for k in "search page, $CONNS connections" "search API, $CONNS connections" "offer page, $CONNS connections"; do
		awk -v a="${rps[$k]}" -v b="$ceiling" -v k="$k" \
			'BEGIN { printf "%-34s %.3f x the static asset\n", k ":", (b > 0 ? a / b : 0) }'
	done
	echo "server log lines with status 5xx: $(awk '$2 == "access" && $5 >= 500' "$work/server.log" | wc -l)"
	echo "resident memory of the server after the runs: $(awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status") kB, peak $(awk '/^VmHWM/ {print $2}' "/proc/$server_pid/status") kB"
	kill "$server_pid" 2>/dev/null || true
	wait "$server_pid" 2>/dev/null || true
	server_pid=""
	echo

	# The engine alone, in-process (S2's sub-command), when there is one.
	# (hidden from `lotse help`; an older binary answers "unknown command")
	echo "lotse bench-search --db DB --queries $queries (the engine in-process, no HTTP):"
	if "$lotse" bench-search --db "$db" --queries "$queries" >"$work/bs.txt" 2>&1; then
		sed 's/^/  /' "$work/bs.txt"
	else
		echo "  not available in this binary (skipped): $(head -n 1 "$work/bs.txt")"
	fi
	echo

	echo "PostgreSQL, the same words on the same offers, no HTTP (bench/pg/search.sh, pgbench -c 2 -j 2 -T $PG_SECONDS):"
	bench/pg/search.sh "$db" "$queries" "$PG_SECONDS" | tee "$work/pg.txt" | sed 's/^/  /'
	pg_tps=$(awk '/^pg_tps:/ {print $2}' "$work/pg.txt")
	echo
	if [ -n "$pg_tps" ]; then
		for k in "search API, $CONNS connections" "search page, $CONNS connections"; do
			awk -v a="${rps[$k]}" -v b="$pg_tps" -v k="$k" \
				'BEGIN { r = (b > 0 ? a / b : 0);
				 printf "%-34s %.2f x PostgreSQL alone (target: at least 10 x): %s\n",
				 k ":", r, (r >= 10 ? "met" : "not met") }'
		done
	else
		echo "no comparison with PostgreSQL (skipped)"
	fi
	for k in "search page, first time (cold)" "search page, one at a time" "search API, one at a time" "offer page, 1 connection" \
		"search page, $CONNS connections" "search API, $CONNS connections" "offer page, $CONNS connections"; do
		read -r _ _ _ p99 _ _ cpu99 <<<"${srv[$k]:-0 0 0 0 0 0 0}"
		awk -v p="$p99" -v c="$cpu99" -v k="$k" 'BEGIN { printf "%-34s in-server p99 %d us (target: under 5000 us): %s; processor time p99 %d us\n",
			k ":", p, (p > 0 && p < 5000 ? "met" : "not met"), c }'
	done
} | tee "$report"
