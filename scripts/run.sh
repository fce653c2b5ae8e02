#!/usr/bin/env bash
# The README's two commands land here: `npm run matrix` and `npm test` (and `npm run bench`).
# Each sets up what is missing (scripts/setup.sh), then runs its job.
set -euo pipefail
cd "$(dirname "$0")/.."
job=${1:-}; shift || true
export PATH="$PWD/.tools/node_modules/.bin:$PWD/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
case "$job" in
  matrix)
    bash scripts/setup.sh --browser
    exec node apps/cli/dist/main.js matrix --report reports/matrix "$@"
    ;;
  test)
    bash scripts/setup.sh --browser
    exec node scripts/test-all.mjs "$@"
    ;;
  bench)
    bash scripts/setup.sh --browser
    exec pnpm exec turbo run bench --output-logs=full --concurrency=1
    ;;
  *)
    echo "usage: bash scripts/run.sh matrix|test|bench [args]" >&2
    exit 2
    ;;
esac
