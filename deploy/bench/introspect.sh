#!/usr/bin/env bash
# Introspection benchmark: token-service in prod mode on loopback, POST /internal/introspect
# loaded with wrk, first with 10,000 tokens in the table, then with 1,000,000.
# Goal: p99 <= 5 ms at the rate the machine sustains; p50(1M) / p50(10k) <= 1.2.
#
#   deploy/bench/introspect.sh   (env: DURATION=20s WARMUP=15s CONNECTIONS=8 THREADS=2 PORT=18081)
#
# Seeds with SQL (not HTTP): 1,000 real keys from token-service's own generator plus filler
# rows with random hashes. Uses the database bolloprint_bench_tokens, which it empties.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
PORT=${PORT:-18081}
DB=bolloprint_bench_tokens
SECRET=bench-internal-secret
work=$(mktemp -d)
export PGPASSWORD=bolloprint
psql_bench() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U bolloprint -d "$DB" -v ON_ERROR_STOP=1 -q "$@"; }

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
deploy/local/postgres.sh >/dev/null
jar=token-service/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q -pl token-service package -DskipTests

pid=
cleanup() {
  local rc=$?
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT

psql_bench -c "drop schema public cascade; create schema public;"
DB_NAME=$DB INTERNAL_CLIENT_SECRET=$SECRET QUARKUS_HTTP_PORT=$PORT \
  LAST_USED_FLUSH_INTERVAL=60s \
  java -Xmx512m -jar "$jar" >"$work/token-service.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { cat "$work/token-service.log"; exit 1; }

java -cp "token-service/target/quarkus-app/app/*:token-service/target/quarkus-app/lib/main/*" \
  deploy/bench/introspect/KeyGen.java 1000 >"$work/keys.csv"

psql_bench <<SQL
insert into workshop (id, slug, name, created_at)
  values ('00000000-0000-0000-0000-000000000001', 'bench', 'Bench', now());
create temp table keys (key text, hash text);
\copy keys from '$work/keys.csv' with (format csv)
insert into api_token (id, workshop_id, name, role, secret_hash, hint, created_by_id,
                       created_by_name, created_at, expires_at)
  select gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'real ' || row_number() over (),
         'worker', hash, left(key, 11) || '…', gen_random_uuid(), 'Bench', now(),
         now() + interval '1 year'
  from keys;
SQL

seed_to() {
  local total=$1
  psql_bench <<SQL
insert into api_token (id, workshop_id, name, role, secret_hash, hint, created_by_id,
                       created_by_name, created_at, expires_at)
  select gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'filler ' || g, 'viewer',
         encode(sha256(('filler-' || g || '-' || random())::bytea), 'hex'), 'bp_tat_xxxx…',
         gen_random_uuid(), 'Bench', now(), null
  from generate_series((select count(*) from api_token) + 1, $total) g;
vacuum analyze api_token;
SQL
}

run() {
  local label=$1
  local auth
  auth=$(printf 'gateway:%s' "$SECRET" | base64 -w0)
  # warm-up, then the measured run
  KEYS_FILE="$work/keys.csv" BASIC_AUTH=$auth wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" \
    -s deploy/bench/introspect/introspect.lua "http://127.0.0.1:$PORT" >/dev/null
  KEYS_FILE="$work/keys.csv" BASIC_AUTH=$auth wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" \
    -s deploy/bench/introspect/introspect.lua "http://127.0.0.1:$PORT" | grep RESULT |
    sed "s/^RESULT/$label/"
}

# sanity: a real key is active
key=$(head -n1 "$work/keys.csv" | cut -d, -f1)
curl -fs -u "gateway:$SECRET" -d "token=$key" "http://127.0.0.1:$PORT/internal/introspect" |
  grep -q '"active":true' || { echo "a seeded key does not introspect as active" >&2; exit 1; }

seed_to 10000
small=$(run "tokens=10000")
echo "$small"
seed_to 1000000
large=$(run "tokens=1000000")
echo "$large"

p50() { sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$1"; }
awk -v a="$(p50 "$small")" -v b="$(p50 "$large")" \
  'BEGIN { printf "p50 ratio 1M/10k = %.2f (goal <= 1.2)\n", b / a }'
echo "(connections=$CONNECTIONS threads=$THREADS duration=$DURATION, $(nproc) cores, loopback)"
