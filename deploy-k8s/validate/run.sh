#!/usr/bin/env bash
# CI step: renders deploy-k8s with `kubectl kustomize` and validates every object against the Kubernetes schemas,
# offline; then the validator's own tests (broken copies of the manifests must fail). Fails when kubectl is missing.
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -d node_modules/kubernetes-models ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if command -v "${KUBECTL:-kubectl}" >/dev/null; then
  node validate.mjs ..
  node --test test/
else
  # Debian's kubernetes-client (kubectl 1.20, Kustomize 2) is too old for kustomization.yaml's `labels`: not a fallback.
  # Without kubectl the files are still validated, as written (without Kustomize's namespace, labels and image).
  echo "deploy-k8s/validate: WARNING: kubectl not found; validating the listed files as written, not rendered." >&2
  node validate.mjs --as-written ..
fi
