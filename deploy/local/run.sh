#!/usr/bin/env bash
# Runs the whole system on this machine against the local PostgreSQL:
#   gateway 8080 (the public door), token-service 8081, workshop-service 8082.
# Builds what is missing, creates the databases, starts every service in the foreground
# group; Ctrl-C stops them all.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

deploy/local/postgres.sh

services=()
for s in token-service workshop-service gateway; do
  [ -f "$s/pom.xml" ] && grep -q "<module>$s</module>" pom.xml && services+=("$s")
done

missing=()
for s in "${services[@]}"; do
  [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || missing+=("$s")
done
if [ ${#missing[@]} -gt 0 ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "Building ${missing[*]:-everything} (REBUILD=1 forces it)..."
  ./mvnw -B -q package -DskipTests
fi

logs="$root/target/local-run"
mkdir -p "$logs"
# One secret per run, shared by the gateway and token-service for /internal/*.
export INTERNAL_CLIENT_SECRET=${INTERNAL_CLIENT_SECRET:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}
export SESSION_SECURE_COOKIE=${SESSION_SECURE_COOKIE:-false}
export SIGNUP_ENABLED=${SIGNUP_ENABLED:-true}

# The gateway signs internal JWTs; in prod mode it needs a key from outside. One per run.
if [[ " ${services[*]} " == *" gateway "* ]] && [ -z "${GATEWAY_JWT_PRIVATE_KEY:-}" ]; then
  command -v openssl >/dev/null || { apt-get update -q && apt-get install -y -q openssl; }
  GATEWAY_JWT_PRIVATE_KEY=$(openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt)
  GATEWAY_JWT_PUBLIC_KEY=$(openssl ec -pubout 2>/dev/null <<<"$GATEWAY_JWT_PRIVATE_KEY")
  export GATEWAY_JWT_PRIVATE_KEY GATEWAY_JWT_PUBLIC_KEY
fi

pids=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping ${services[*]}..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

start() {
  local name=$1 port=$2
  shift 2
  echo "Starting $name on :$port (log: target/local-run/$name.log)"
  env "$@" java -jar "$name/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

for s in "${services[@]}"; do
  case $s in
    token-service) start token-service 8081 DB_NAME=bolloprint_tokens ;;
    workshop-service) start workshop-service 8082 ;;
    gateway) start gateway 8080 TOKEN_SERVICE_URL=http://127.0.0.1:8081 WORKSHOP_SERVICE_URL=http://127.0.0.1:8082 ;;
  esac
done

wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && { echo "$name ready on :$port"; return; }
    sleep 1
  done
  echo "$name did not become ready; see target/local-run/$name.log" >&2
}
for s in "${services[@]}"; do
  case $s in
    token-service) wait_ready token-service 8081 ;;
    workshop-service) wait_ready workshop-service 8082 ;;
    gateway) wait_ready gateway 8080 ;;
  esac
done

if [[ " ${services[*]} " == *" gateway "* ]]; then
  url=http://127.0.0.1:8080
else
  url=http://127.0.0.1:8081
fi
cat <<TXT

BolloPrint is running: $url
Sign up a workshop (you are then signed in as its Owner):
  curl -c jar -H 'Content-Type: application/json' -d '{"workshopName":"My Print Shop","email":"me@example.com","name":"Me","password":"a long passphrase"}' $url/auth/signup
Press Ctrl-C to stop everything.
TXT
wait
