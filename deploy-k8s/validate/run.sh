#!/usr/bin/env bash
# CI step: renders deploy-k8s with `kubectl kustomize` and validates every object against the Kubernetes schemas,
# offline; then the validator's own tests (broken copies of the manifests must fail). Fails when kubectl is missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v "${KUBECTL:-kubectl}" >/dev/null; then
  # Debian's kubernetes-client (kubectl 1.20, Kustomize 2) is too old for kustomization.yaml's `labels`: not a fallback.
  echo "deploy-k8s/validate: kubectl not found; install kubectl 1.21 or later (Kustomize 4.1+) to validate the manifests." >&2
  exit 1
fi

if [[ ! -d node_modules/kubernetes-models ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node validate.mjs ..
node --test test/
