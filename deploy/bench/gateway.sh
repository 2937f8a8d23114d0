#!/usr/bin/env bash
# Gateway benchmark (issue 4). Uses the bench databases bolloprint_bench_tokens/_workshop as they
# are (each run seeds a fresh workshop; nothing is cleaned): run one benchmark at a time.
# One run, loopback only, every service in prod mode (packaged jars):
#   (1) workshop-service GET of one product, direct, with an internal JWT
#   (2) the same through Debian's nginx proxy_pass (the floor of one proxy hop)
#   (3) through the gateway with a cached API token (bp_tat_ key exchanged for a cached JWT)
#   (4) through the gateway with auth switched off (pass-through of the same internal JWT)
#   (5) through the gateway with caching switched off (every request introspects and mints)
#   (6) revocation delay over N trials with two gateways: deactivate through one, time until
#       both refuse the key
# Prints rps, p50, p99 of each, and the ratios (3)/(2), (3)/(4) and the added latency (3)-(1).
# Stops everything it started. Needs PostgreSQL (deploy/local/postgres.sh) and installs nginx and
# wrk from Debian's packages when they are missing.
#
# Each scenario: WARMUP s of load, DURATION s at CONNECTIONS connections (throughput, p50/p99
# under load), then LATENCY_DURATION s on one connection (latency without queueing).
# Knobs (env): DURATION (s, default 15), WARMUP (s, 10), LATENCY_DURATION (s, 10), CONNECTIONS (32), THREADS (2),
#              TRIALS (50), BASE_PORT (19080), *_JAR (see jar() below), GATEWAY_JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
LATENCY_DURATION=${LATENCY_DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TRIALS=${TRIALS:-50}
BASE_PORT=${BASE_PORT:-19080}
GW_MAIN=$BASE_PORT            # (3) and revocation gateway A; its JWKS is the services' key set
GW_PASS=$((BASE_PORT + 3))    # (4) auth off
GW_NOCACHE=$((BASE_PORT + 4)) # (5) cache off
GW_SECOND=$((BASE_PORT + 5))  # revocation gateway B
TOKEN_PORT=$((BASE_PORT + 1))
WORKSHOP_PORT=$((BASE_PORT + 2))
NGINX_PORT=$((BASE_PORT + 10))
SECRET=bench-internal-secret
WORK=$(mktemp -d /tmp/bolloprint-bench.XXXXXX)
PIDS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  log "stopped everything; logs in $WORK"
}
trap cleanup EXIT

need() {
  local missing=()
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

# JAR override per module: TOKEN_SERVICE_JAR, WORKSHOP_SERVICE_JAR, GATEWAY_JAR
jar() {
  local var
  var=$(tr 'a-z-' 'A-Z_' <<<"$1")_JAR
  echo "${!var:-$ROOT/$1/target/quarkus-app/quarkus-run.jar}"
}

build_if_missing() {
  for module in token-service workshop-service gateway; do
    if [ ! -f "$(jar "$module")" ]; then
      log "building $module"
      ./mvnw -B -q -f $module/pom.xml package -DskipTests
    fi
  done
}

# start NAME PORT JAR [env assignments...]
start() {
  local name=$1 port=$2 jarfile=$3
  shift 3
  env "$@" java -Xmx512m -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.log.console.level=WARN -jar "$jarfile" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  echo $! >"$WORK/$name.pid"
}

await_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then return 0; fi
    if ! kill -0 "$(cat "$WORK/$name.pid")" 2>/dev/null; then
      log "$name died at start:"; tail -n 30 "$WORK/$name.log" >&2; exit 1
    fi
    sleep 0.2
  done
  log "$name not ready after 120 s"; tail -n 30 "$WORK/$name.log" >&2; exit 1
}

stop() {
  local pid
  pid=$(cat "$WORK/$1.pid")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}


start_gateway() {
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2046
  env TOKEN_SERVICE_URL="http://127.0.0.1:$TOKEN_PORT" WORKSHOP_SERVICE_URL="http://127.0.0.1:$WORKSHOP_PORT" \
    INTERNAL_CLIENT_SECRET="$SECRET" GATEWAY_JWT_PRIVATE_KEY="$(cat "$WORK/keys/private.pem")" \
    GATEWAY_JWT_PUBLIC_KEY="$(cat "$WORK/keys/public.pem")" "$@" \
    java -Xmx512m ${GATEWAY_JAVA_OPTS:-} -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.log.console.level=WARN -jar "$(jar gateway)" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  echo $! >"$WORK/$name.pid"
}

summarise() {
  local file=$1
  local non2xx
  non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$file" | grep -o '[0-9]*$' || true)
  if [ -n "$non2xx" ]; then
    log "$(basename "$file") had $non2xx non-2xx answers"
  fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50.000%" || $1 == "50%" { p50 = ms($2) }
    $1 == "99.000%" || $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.3f %.3f\n", rps, p50, p99 }' "$file"
}

# statuses PORT: the gateway's own count of answers per status on /api (from /q/metrics)
statuses() {
  curl -fs "http://127.0.0.1:$1/q/metrics" |
    sed -nE 's/^http_server_requests_seconds_count\{.*status="([^"]+)",uri="\/api"\} ([0-9.]+)$/\1=\2/p' |
    tr '\n' ' '
}

# run LABEL URL [wrk header args...] -> prints "rps p50_ms p99_ms p50_1conn_ms p99_1conn_ms":
# throughput at CONNECTIONS connections, latency with one connection (no queueing on 2 cores)
run_wrk() {
  local label=$1 url=$2
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$WORK/wrk-$label.txt"
  wrk -t1 -c1 -d"${LATENCY_DURATION}s" --latency "$@" "$url" >"$WORK/wrk-$label-1conn.txt"
  local load one
  load=$(summarise "$WORK/wrk-$label.txt")
  one=$(summarise "$WORK/wrk-$label-1conn.txt")
  echo "$load ${one#* }"
}

need
build_if_missing
log "work dir $WORK"
java "$ROOT/deploy/bench/gateway/BenchTool.java" keygen "$WORK/keys"

JWKS=http://127.0.0.1:$GW_MAIN/.well-known/jwks.json
start token-service "$TOKEN_PORT" "$(jar token-service)" DB_NAME=bolloprint_bench_tokens \
  DB_USER=bolloprint DB_PASSWORD=bolloprint INTERNAL_CLIENT_SECRET=$SECRET JWT_JWKS_URL=$JWKS \
  SESSION_SECURE_COOKIE=false BCRYPT_COST=4
start workshop-service "$WORKSHOP_PORT" "$(jar workshop-service)" \
  DB_REACTIVE_URL=postgresql://127.0.0.1:5432/bolloprint_bench_workshop \
  DB_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bolloprint_bench_workshop \
  DB_USERNAME=bolloprint DB_PASSWORD=bolloprint JWT_JWKS_URL=$JWKS
start_gateway gateway-main "$GW_MAIN"
await_ready token-service "$TOKEN_PORT"
await_ready workshop-service "$WORKSHOP_PORT"
await_ready gateway-main "$GW_MAIN"

log "seeding a workshop, a viewer token and a few products"
GW=http://127.0.0.1:$GW_MAIN
SUFFIX=$(date +%s%N)
SIGNUP=$(curl -fs -H 'Content-Type: application/json' "$GW/auth/signup" \
  -d "{\"workshopName\":\"Bench $SUFFIX\",\"email\":\"bench$SUFFIX@example.com\",\"name\":\"Bench Owner\",\"password\":\"bench password 123\"}")
SLUG=$(sed -E 's/.*"slug":"([^"]+)".*/\1/' <<<"$SIGNUP")
TENANT=$(sed -E 's/.*"workshop":\{"id":"([^"]+)".*/\1/' <<<"$SIGNUP")
COOKIE=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' "$GW/auth/login" \
  -d "{\"workshop\":\"$SLUG\",\"email\":\"bench$SUFFIX@example.com\",\"password\":\"bench password 123\"}" |
  sed -nE 's/^[Ss]et-[Cc]ookie: bp_session=([^;]+).*/\1/p' | tr -d '\r')
KEY=$(curl -fs -H 'Content-Type: application/json' -H "Cookie: bp_session=$COOKIE" -H 'X-Requested-With: bench' \
  "$GW/api/tokens" -d '{"name":"Bench reader","role":"viewer","expiresIn":"1w"}' |
  sed -E 's/.*"token":"([^"]+)".*/\1/')
PRODUCT=$(curl -fs -H 'Content-Type: application/json' -H "Cookie: bp_session=$COOKIE" \
  -H 'X-Requested-With: bench' "$GW/api/products" \
  -d '{"sku":"SKU-1","name":"A5 flyers","unitPrice":39.90,"currency":"EUR"}' |
  sed -E 's/.*"id":"([^"]+)".*/\1/')
JWT=$(java "$ROOT/deploy/bench/gateway/BenchTool.java" mint "$WORK/keys" "token:$(cat /proc/sys/kernel/random/uuid)" \
  "$TENANT" viewer "Bench reader" workshop-service)
PATH_Q="/api/products/$PRODUCT"

cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream workshop { server 127.0.0.1:$WORKSHOP_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://workshop;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
NGINX
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
"$NGINX_BIN" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
echo $! >"$WORK/nginx.pid.bench"
sleep 0.5

log "warming up workshop-service and gateway (JIT) for $((2 * WARMUP)) s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((2 * WARMUP))s" -H "Authorization: Bearer $JWT" \
  "http://127.0.0.1:$WORKSHOP_PORT$PATH_Q" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Authorization: Bearer $KEY" "$GW$PATH_Q" >/dev/null
log "(1) direct workshop-service"
R1=$(run_wrk direct "http://127.0.0.1:$WORKSHOP_PORT$PATH_Q" -H "Authorization: Bearer $JWT")
log "(2) nginx proxy_pass"
R2=$(run_wrk nginx "http://127.0.0.1:$NGINX_PORT$PATH_Q" -H "Authorization: Bearer $JWT")
kill "$(cat "$WORK/nginx.pid.bench")" 2>/dev/null || true
log "(3) gateway, cached API token"
R3=$(run_wrk gateway-cached "$GW$PATH_Q" -H "Authorization: Bearer $KEY")
log "(3) gateway answers so far: $(statuses "$GW_MAIN")"

start_gateway gateway-pass "$GW_PASS" GATEWAY_AUTH_ENABLED=false
await_ready gateway-pass "$GW_PASS"
log "(4) gateway, auth off (pass-through)"
R4=$(run_wrk gateway-pass "http://127.0.0.1:$GW_PASS$PATH_Q" -H "Authorization: Bearer $JWT")
log "(4) gateway answers: $(statuses "$GW_PASS")"
stop gateway-pass

start_gateway gateway-nocache "$GW_NOCACHE" GATEWAY_CACHE_ENABLED=false
await_ready gateway-nocache "$GW_NOCACHE"
log "(5) gateway, cache off (introspect + mint per request)"
R5=$(run_wrk gateway-nocache "http://127.0.0.1:$GW_NOCACHE$PATH_Q" -H "Authorization: Bearer $KEY")
log "(5) gateway answers: $(statuses "$GW_NOCACHE")"
stop gateway-nocache

start_gateway gateway-second "$GW_SECOND"
await_ready gateway-second "$GW_SECOND"
sleep 1
log "(6) revocation delay, $TRIALS trials, two gateways"
R6=$(java "$ROOT/deploy/bench/gateway/BenchTool.java" revocation "$GW" "http://127.0.0.1:$GW_SECOND" "$COOKIE" "$TRIALS")

echo
echo "gateway benchmark: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (after ${WARMUP}s warm-up), GET $PATH_Q, $(nproc) cores"
FMT='%-40s %8s %9s %9s %11s %11s\n'
# shellcheck disable=SC2059
printf "$FMT" scenario rps p50_ms p99_ms p50_1c_ms p99_1c_ms
# shellcheck disable=SC2059,SC2086
{
  printf "$FMT" "(1) workshop-service direct" $R1
  printf "$FMT" "(2) nginx proxy_pass" $R2
  printf "$FMT" "(3) gateway, cached API token" $R3
  printf "$FMT" "(4) gateway, auth off (pass-through)" $R4
  printf "$FMT" "(5) gateway, cache off" $R5
}
echo "(6) $R6"
read -r rps1 p501 _ p501c _ <<<"$R1"
read -r rps2 _ <<<"$R2"
read -r rps3 p503 _ p503c _ <<<"$R3"
read -r rps4 _ <<<"$R4"
awk -v r3="$rps3" -v r2="$rps2" -v r4="$rps4" -v a="$p503" -v b="$p501" -v a1="$p503c" -v b1="$p501c" 'BEGIN {
  printf "ratio (3)/(2) rps = %.2f   (goal >= 0.70)\n", r3 / r2
  printf "ratio (3)/(4) rps = %.2f   (goal >= 0.85)\n", r3 / r4
  printf "added p50 (3)-(1), one connection = %.3f ms   (goal <= 0.5 ms)\n", a1 - b1
  printf "added p50 (3)-(1), under load     = %.3f ms\n", a - b
}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (anything else running on these $(nproc) cores skews every figure)"
