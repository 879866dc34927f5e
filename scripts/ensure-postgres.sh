#!/usr/bin/env bash
# Makes sure a local PostgreSQL server runs with the test role and database, then prints the
# connection string. Installs PostgreSQL from Debian's packages on a bare machine.
# Set ASIVADO_TEST_POSTGRES beforehand to use a server of your own instead.
set -euo pipefail

if [[ -n "${ASIVADO_TEST_POSTGRES:-}" ]]; then
  echo "$ASIVADO_TEST_POSTGRES"
  exit 0
fi

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL..." >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
if [[ -z "${version:-}" ]]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  as_root pg_createcluster "$version" main >&2
  read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
fi
if [[ "$status" != online* ]]; then
  as_root pg_ctlcluster "$version" "$cluster" start >&2
fi

psql_admin() { as_root su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
if [[ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'asivado'")" != "1" ]]; then
  psql_admin "CREATE ROLE asivado LOGIN PASSWORD 'asivado' CREATEDB" >&2
fi
# The role's own sessions hand their data-page writes to the kernel every 256 kB. With PostgreSQL's default (0) they
# pile up in the page cache until the kernel's 30 s expiry flushes them at once, and every commit's WAL flush waits
# behind that burst: a 200-300 ms stall every half minute under sustained intake (benchmarks/README.md).
psql_admin "ALTER ROLE asivado SET backend_flush_after = '256kB'" >&2
if [[ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'asivado_test'")" != "1" ]]; then
  psql_admin "CREATE DATABASE asivado_test OWNER asivado" >&2
fi

# Loopback: TLS would only cost both processes CPU on every message.
echo "Host=127.0.0.1;Port=$port;Username=asivado;Password=asivado;Database=asivado_test;SSL Mode=Disable"
