#!/usr/bin/env bash
# `pnpm -s interop ...`: the CLI. scripts/interop.mjs checks the set-up stamp in-process and runs
# scripts/setup.sh only when something changed since it last finished (a no-op call costs nothing
# beyond Node's own start).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/interop.mjs "$@"
