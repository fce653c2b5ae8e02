#!/usr/bin/env bash
# `pnpm -s interop ...`: quiet set-up (a no-op when installed and built), then the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node apps/cli/dist/main.js "$@"
