#!/usr/bin/env bash
# Benchmark of workshop-service (not a timed test; prints what it saw):
#   1. bulk import of 10,000 customers as CSV (rows/s; goal >= 5,000 rows/s),
#   2. GET /api/orders?updatedSince=...&limit=100 at 100,000 orders in one workshop
#      (p50/p99 via wrk; goal p99 <= 20 ms).
# Runs workshop-service in prod mode on loopback against the bolloprint_bench_workshop database
# (wiped at the start), trusting a JWKS file made for this run only. Builds the jar only if it is
# missing, installs wrk from Debian if it is missing, and stops the service at the end.
#
# Knobs (env): BENCH_PORT (18082), IMPORT_RUNS (3), ORDERS (100000), WRK_THREADS (1),
# WRK_CONNECTIONS (4), WRK_DURATION (20s), PGHOST/PGPORT (127.0.0.1/5432).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-18082}
IMPORT_RUNS=${IMPORT_RUNS:-3}
ORDERS=${ORDERS:-100000}
WRK_THREADS=${WRK_THREADS:-1}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-4}
WRK_DURATION=${WRK_DURATION:-20s}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
DB=bolloprint_bench_workshop
BASE="http://127.0.0.1:$PORT"
JAR=workshop-service/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/bench-workshop.XXXXXX)
export PGPASSWORD=bolloprint
psql_bench() { psql -h "$PGHOST" -p "$PGPORT" -U bolloprint -d "$DB" -v ON_ERROR_STOP=1 -q "$@"; }

SERVICE_PID=""
cleanup() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
  fi
  echo "service stopped; logs and files in $WORK"
}
trap cleanup EXIT

echo "== preparing"
deploy/local/postgres.sh >/dev/null
if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi
if [ ! -f "$JAR" ]; then
  echo "building workshop-service (jar missing)"
  ./mvnw -B -q -f workshop-service/pom.xml package -DskipTests
fi
psql_bench -c "set client_min_messages = warning; drop schema if exists public cascade; create schema public;"

ORDERS_TENANT=$(cat /proc/sys/kernel/random/uuid)
IMPORT_TENANTS=()
for _ in $(seq 1 "$IMPORT_RUNS"); do IMPORT_TENANTS+=("$(cat /proc/sys/kernel/random/uuid)"); done
# one key for this run; one token (valid 1 h, admin API token "Benchmark") per workshop
mapfile -t TOKENS < <(java deploy/bench/workshop/MintJwt.java "$WORK" 3600 "$ORDERS_TENANT" "${IMPORT_TENANTS[@]}")
ORDERS_JWT=${TOKENS[0]}

echo "== starting workshop-service (prod mode, port $PORT, database $DB)"
PORT=$PORT \
DB_REACTIVE_URL="postgresql://$PGHOST:$PGPORT/$DB" \
DB_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
JWT_JWKS_URL="file:$WORK/jwks.json" \
  java -Dquarkus.http.host=127.0.0.1 -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 90); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service died:"; tail -20 "$WORK/service.log"; exit 1; }
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "service not ready in 90 s"; exit 1; }
echo "ready"

echo "== bulk import: 10,000 customers (CSV) x $IMPORT_RUNS runs, each in a fresh workshop"
awk 'BEGIN { print "name,email,company,externalRef";
  for (i = 1; i <= 10000; i++) printf "Customer %d,customer%d@example.com,\"Atelier %d, Lyon\",crm-%d\n", i, i, i % 97, i }' \
  >"$WORK/customers.csv"
rates=()
for i in $(seq 1 "$IMPORT_RUNS"); do
  token=${TOKENS[$i]}
  result=$(curl -s -o "$WORK/import-$i.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/customers.csv" "$BASE/api/customers/bulk?atomic=true")
  code=${result% *}
  secs=${result#* }
  created=$(grep -o '"created":[0-9]*' "$WORK/import-$i.json" | head -1 | cut -d: -f2)
  rate=$(awk -v s="$secs" 'BEGIN { printf "%.0f", 10000 / s }')
  rates+=("$rate")
  echo "run $i: HTTP $code, created ${created:-?}, ${secs}s -> $rate rows/s"
done

echo "== seeding $ORDERS orders in one workshop (SQL)"
start=$(date +%s)
psql_bench -v workshop="$ORDERS_TENANT" -v orders="$ORDERS" -f deploy/bench/workshop/seed-orders.sql >/dev/null 2>&1
echo "seeded in $(($(date +%s) - start)) s"
SINCE=$(date -u -d '5 days ago' +%Y-%m-%dT%H:%M:%SZ)
URL="$BASE/api/orders?updatedSince=$SINCE&limit=100"
check=$(curl -s -H "Authorization: Bearer $ORDERS_JWT" "$URL")
items=$(printf '%s' "$check" | grep -o '"number":' | wc -l)
echo "one page: $items orders (updatedSince=$SINCE, about half of the $ORDERS match)"
[ "$items" = 100 ] || { echo "unexpected answer: ${check:0:300}"; exit 1; }

echo "== wrk warm-up (30 s at the same concurrency, not reported: lets the JIT compile the path)"
timeout 90 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d30s -H "Authorization: Bearer $ORDERS_JWT" "$URL" >/dev/null
echo "machine load before the measured run: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; other builds skew p99)"
echo "== wrk: GET /api/orders?updatedSince=...&limit=100, $WRK_THREADS threads, $WRK_CONNECTIONS connections, $WRK_DURATION"
timeout 120 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency --timeout 5s \
  -H "Authorization: Bearer $ORDERS_JWT" "$URL" | tee "$WORK/wrk.txt"

p50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
non2xx=$(awk '/Non-2xx/ { print $NF }' "$WORK/wrk.txt")
best=$(printf '%s\n' "${rates[@]}" | sort -n | tail -1)
echo
echo "== summary"
echo "bulk import, 10,000 CSV rows: ${rates[*]} rows/s per run (best $best; goal >= 5000)"
echo "list orders at $ORDERS orders: p50 $p50, p99 $p99, $rps req/s, non-2xx ${non2xx:-0} (goal p99 <= 20 ms)"
