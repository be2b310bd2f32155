#!/usr/bin/env bash
# bench/pg/search.sh - the comparison a user would otherwise choose:
# PostgreSQL's German full-text search over the same offers, answering the
# same text queries, without HTTP (issue #5, DESIGN.md "Targets").
#
#   bench/pg/search.sh LOTSE.DB QUERIES.TXT [SECONDS]
#
# Starts a throw-away PostgreSQL cluster in a temporary directory (unix
# socket only, no TCP port; as the user "postgres" when run as root), loads
# the public offers of LOTSE.DB (published, valid today, of an organisation
# neither archived nor left: the set Lotse's public search sees) with their
# organisation's name, builds
#
#   tsv = setweight(to_tsvector('german', title), 'A')
#      || setweight(to_tsvector('german', description), 'B')
#      || setweight(to_tsvector('german', organisation), 'C')
#
# with a GIN index, and runs every query of QUERIES.TXT that has words
# (the q= part; filters are not translated) as one transaction of two
# statements - the first 10 hits by ts_rank and the count of all hits -
# with pgbench -n -M prepared -c 2 -j 2 -T SECONDS (default 20), the
# query picked at random per transaction. Prints "key: value" lines:
#
#   pg_version, pg_offers, pg_queries, pg_load_ms, pg_tps (searches per
#   second), pg_p50_us, pg_p99_us (latency per search, from pgbench's
#   transaction log), pg_hits_sample (hits per query, for the record)
#
# or one line "pg_skipped: why" and exit status 0 when PostgreSQL is not
# installed (Debian: apt-get install postgresql).
set -euo pipefail
db=$1
queries=$2
seconds=${3:-20}

bindir=""
for d in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")" \
	$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
	if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
		bindir=$d
		break
	fi
done
if [ -z "$bindir" ]; then
	echo "pg_skipped: PostgreSQL not installed (initdb/pg_ctl not found; Debian: apt-get install postgresql)"
	exit 0
fi
for tool in psql pgbench; do
	if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "$bindir/$tool" ]; then
		echo "pg_skipped: $tool not found"
		exit 0
	fi
done
PATH=$bindir:$PATH

# PostgreSQL refuses to run as root: use its own account, which Debian's
# package creates, for the cluster and every client.
as_pg=()
if [ "$(id -u)" = 0 ]; then
	if id postgres >/dev/null 2>&1; then
		as_pg=(runuser -u postgres --)
	elif id nobody >/dev/null 2>&1; then
		as_pg=(runuser -u nobody --)
	else
		echo "pg_skipped: running as root and there is no user postgres or nobody"
		exit 0
	fi
fi

work=$(mktemp -d /tmp/lotse-pg.XXXXXX)
chmod 755 "$work"
[ ${#as_pg[@]} -gt 0 ] && chown "${as_pg[2]}" "$work"
started=""
cleanup() {
	if [ -n "$started" ]; then
		"${as_pg[@]}" pg_ctl -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

"${as_pg[@]}" initdb -D "$work/data" -E UTF8 --locale=C.UTF-8 -A trust -U bench \
	>"$work/initdb.log" 2>&1 || {
	echo "pg_skipped: initdb failed: $(tail -n 1 "$work/initdb.log")"
	exit 0
}
# A modest server configuration for a machine of this size; fsync off
# (a throw-away cluster: only loading gets faster, queries do not).
"${as_pg[@]}" pg_ctl -D "$work/data" -l "$work/server.log" -w \
	-o "-k $work -c listen_addresses='' -c shared_buffers=256MB -c work_mem=16MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
	start >/dev/null 2>&1 || {
	echo "pg_skipped: the server did not start: $(tail -n 1 "$work/server.log")"
	exit 0
}
started=1
psql_q() {
	"${as_pg[@]}" psql -X -q -v ON_ERROR_STOP=1 -h "$work" -U bench -d postgres "$@"
}

echo "pg_version: $(psql_q -At -c 'SHOW server_version')"

# The public offers, as Lotse's public search sees them.
export_sql="SELECT o.id, o.title, o.description, g.name
  FROM offer o JOIN organisation g ON g.id = o.organisation_id
  WHERE o.status = 'published'
    AND (o.valid_from IS NULL OR o.valid_from <= date('now'))
    AND (o.valid_to IS NULL OR o.valid_to >= date('now'))
    AND g.archived = 0 AND g.membership <> 'left'"
sqlite3 -csv "$db" "$export_sql" >"$work/offers.csv"
chmod 644 "$work/offers.csv"

# The words of every query line that has some, decoded (+ is a space).
grep -v '^#' "$queries" | grep -E '(^|&)q=' |
	sed -E 's/^(.*&)?q=([^&]*).*$/\2/; s/\+/ /g' |
	perl -pe 's/%([0-9A-Fa-f]{2})/chr(hex($1))/ge' >"$work/queries.txt"
nq=$(wc -l <"$work/queries.txt")
awk '{ printf "%d,\"%s\"\n", NR, $0 }' "$work/queries.txt" >"$work/queries.csv"
chmod 644 "$work/queries.txt" "$work/queries.csv"

t0=$(date +%s%N)
psql_q <<SQL
CREATE TABLE offers (id bigint PRIMARY KEY, title text NOT NULL,
	description text NOT NULL, organisation text NOT NULL, tsv tsvector);
\copy offers (id, title, description, organisation) FROM '$work/offers.csv' WITH (FORMAT csv)
UPDATE offers SET tsv =
	setweight(to_tsvector('german', title), 'A') ||
	setweight(to_tsvector('german', description), 'B') ||
	setweight(to_tsvector('german', organisation), 'C');
CREATE INDEX offers_tsv ON offers USING gin (tsv);
CREATE TABLE bench_queries (n int PRIMARY KEY, q text NOT NULL);
\copy bench_queries FROM '$work/queries.csv' WITH (FORMAT csv)
VACUUM ANALYZE offers;
VACUUM ANALYZE bench_queries;
SQL
t1=$(date +%s%N)
echo "pg_offers: $(psql_q -At -c 'SELECT count(*) FROM offers')"
echo "pg_queries: $nq"
echo "pg_load_ms: $(((t1 - t0) / 1000000)) (copy, tsvector, GIN index, analyze)"

# One search = the first page (10 by rank) and the total, as Lotse's
# search answers both.
cat >"$work/search.sql" <<SQL
\set n random(1, $nq)
SELECT o.id, ts_rank(o.tsv, w.query) AS rank
  FROM offers o, (SELECT websearch_to_tsquery('german', q) AS query
                  FROM bench_queries WHERE n = :n) w
  WHERE o.tsv @@ w.query
  ORDER BY rank DESC, o.id LIMIT 10;
SELECT count(*)
  FROM offers o, (SELECT websearch_to_tsquery('german', q) AS query
                  FROM bench_queries WHERE n = :n) w
  WHERE o.tsv @@ w.query;
SQL
chmod 644 "$work/search.sql"

# Hits per query, for the record (and a warm cache).
echo "pg_hits_sample: $(psql_q -At -F= -c "SELECT q, (SELECT count(*) FROM offers WHERE tsv @@ websearch_to_tsquery('german', q)) FROM bench_queries ORDER BY n LIMIT 8" | tr '\n' ' ')"

(cd "$work" && "${as_pg[@]}" pgbench -n -M prepared -c 2 -j 2 -T "$seconds" -l \
	--log-prefix="$work/pgbench_log" -h "$work" -U bench -f "$work/search.sql" postgres \
	>"$work/pgbench.out" 2>&1) || {
	echo "pg_skipped: pgbench failed: $(tail -n 3 "$work/pgbench.out" | tr '\n' ' ')"
	exit 0
}
tps=$(awk '/^tps = / { print $3; exit }' "$work/pgbench.out")
echo "pg_tps: ${tps:-0}"
# Transaction log: client, transaction, latency (us), script, epoch, us.
cat "$work"/pgbench_log* | awk '{ print $3 }' | sort -n >"$work/lat.txt"
n=$(wc -l <"$work/lat.txt")
if [ "$n" -gt 0 ]; then
	echo "pg_searches: $n"
	echo "pg_p50_us: $(sed -n "$(((n + 1) / 2))p" "$work/lat.txt")"
	echo "pg_p99_us: $(sed -n "$(((n * 99 + 99) / 100))p" "$work/lat.txt")"
	echo "pg_max_us: $(tail -n 1 "$work/lat.txt")"
fi
