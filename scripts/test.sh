#!/usr/bin/env bash
# Runs the whole test suite. Starts (and if need be installs) PostgreSQL for the tests that use it.
set -euo pipefail
cd "$(dirname "$0")/.."

ASIVADO_TEST_POSTGRES=$(scripts/ensure-postgres.sh)
export ASIVADO_TEST_POSTGRES

# The console page tests drive Debian's chromium; the page needs the SignalR client from npm
# (ConsoleClient.targets installs it at build too; here a failed install stops the run at once).
scripts/ensure-chromium.sh
if [[ ! -f src/Asivado.Gateway/ConsoleClient/node_modules/@microsoft/signalr/dist/browser/signalr.min.js ]]; then
  (cd src/Asivado.Gateway/ConsoleClient && npm ci --no-audit --no-fund)
fi

# The Kubernetes manifests, rendered with kubectl kustomize and validated offline (fails when kubectl is missing).
deploy-k8s/validate/run.sh

dotnet test Asivado.Cluster.sln -c Release --logger "console;verbosity=minimal" "$@"
