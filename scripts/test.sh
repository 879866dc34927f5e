#!/usr/bin/env bash
# Runs the whole test suite. Starts (and if need be installs) PostgreSQL for the tests that use it.
set -euo pipefail
cd "$(dirname "$0")/.."

ASIVADO_TEST_POSTGRES=$(scripts/ensure-postgres.sh)
export ASIVADO_TEST_POSTGRES

dotnet test Asivado.Cluster.sln -c Release --logger "console;verbosity=minimal" "$@"
