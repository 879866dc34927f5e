#!/usr/bin/env bash
# Makes sure Debian's chromium is installed at /usr/bin/chromium for the console page tests
# (tests/Asivado.Console.Tests launch it through Playwright; no browser download works here).
# Idempotent: does nothing when it is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  exit 0
fi

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

echo "Installing chromium..." >&2
as_root apt-get update -qq >&2
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2

if [[ ! -x "$CHROMIUM" ]]; then
  echo "chromium was installed but $CHROMIUM is missing" >&2
  exit 1
fi
