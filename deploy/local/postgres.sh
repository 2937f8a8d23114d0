#!/usr/bin/env bash
# Makes sure a PostgreSQL answers on PGHOST:PGPORT (default 127.0.0.1:5432): starts an
# installed cluster that is stopped, installs Debian's postgresql when none is there,
# then creates the `bolloprint` role and every database the services, tests and
# benchmarks use. Safe to run again.
set -euo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
ADMIN_USER=${PG_ADMIN_USER:-postgres}
DATABASES=(bolloprint_tokens bolloprint_workshop
  bolloprint_tokens_test bolloprint_workshop_test
  bolloprint_e2e_tokens bolloprint_e2e_workshop
  bolloprint_bench_tokens bolloprint_bench_workshop)

answers() { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; }
as_admin() {
  # trust auth on 127.0.0.1 (this machine), or peer auth through the local socket
  psql -h "$PGHOST" -p "$PGPORT" -U "$ADMIN_USER" -v ON_ERROR_STOP=1 -Atq "$@" 2>/dev/null ||
    su postgres -c "psql -p $PGPORT -v ON_ERROR_STOP=1 -Atq $(printf '%q ' "$@")"
}

if ! answers; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q postgresql postgresql-client
  fi
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do answers && break; sleep 1; done
  answers || { echo "PostgreSQL does not answer on $PGHOST:$PGPORT" >&2; exit 1; }
fi

if [ "$(as_admin -c "select 1 from pg_roles where rolname = 'bolloprint'")" != 1 ]; then
  as_admin -c "create role bolloprint login password 'bolloprint'"
fi
for db in "${DATABASES[@]}"; do
  if [ "$(as_admin -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    as_admin -c "create database $db owner bolloprint"
  fi
done
echo "PostgreSQL ready on $PGHOST:$PGPORT (role bolloprint, ${#DATABASES[@]} databases)"
