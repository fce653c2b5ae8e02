#!/usr/bin/env bash
# Installs what this project needs on a machine that has only Node 20 and npm, and does nothing
# when everything is already there: pnpm at the version pinned in package.json's packageManager
# (into .tools/, no root needed), the workspace from pnpm-lock.yaml, each client profile from
# its own lockfile (profiles/*: one isolated install per client version), Debian's Chromium
# when --browser is given, and the build. All chatter goes to stderr so commands that print
# JSON on stdout stay parseable.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
want_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '[setup] %s\n' "$*" >&2; }
fail() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NEXT_TELEMETRY_DISABLED=1

# --- pnpm, pinned -----------------------------------------------------------------------------
pinned=$(node -p "require('./package.json').packageManager.split('@')[1]")
export PATH="$root/.tools/node_modules/.bin:$PATH"
if [ "$(pnpm --version 2>/dev/null || true)" != "$pinned" ]; then
  say "installing pnpm $pinned into .tools/ (npm; corepack's signature check fails against this registry)"
  npm install --prefix "$root/.tools" --no-audit --no-fund --loglevel=error "pnpm@$pinned" >&2 \
    || fail "could not install pnpm $pinned with npm: is the npm registry reachable?"
fi

# Hash of what decides an install, so a second run is a no-op.
stamp_of() { cat "$@" 2>/dev/null | node -e "let d='';process.stdin.on('data',c=>d+=c).on('end',()=>console.log(require('crypto').createHash('sha256').update(d).digest('hex')))"; }

# --- workspace dependencies ---------------------------------------------------------------------
ws_stamp=$(stamp_of pnpm-lock.yaml package.json packages/*/package.json apps/*/package.json)
if [ "$(cat node_modules/.interop-stamp 2>/dev/null || true)" != "$ws_stamp" ]; then
  say "installing workspace dependencies from pnpm-lock.yaml"
  pnpm install --frozen-lockfile --reporter=append-only >&2 || fail "pnpm install failed (see above)"
  echo "$ws_stamp" > node_modules/.interop-stamp
fi

# --- client profiles: one isolated install per client version ------------------------------------
for dir in profiles/*/; do
  [ -f "$dir/package.json" ] || continue
  p_stamp=$(stamp_of "$dir/package.json" "$dir/pnpm-lock.yaml")
  if [ "$(cat "$dir/node_modules/.interop-stamp" 2>/dev/null || true)" != "$p_stamp" ]; then
    say "installing client profile ${dir%/} from its own lockfile"
    (cd "$dir" && pnpm install --frozen-lockfile --ignore-workspace --reporter=append-only >&2) || fail "install of ${dir%/} failed"
    echo "$p_stamp" > "$dir/node_modules/.interop-stamp"
  fi
done

# --- Chromium, from Debian ------------------------------------------------------------------------
if [ "$want_browser" = 1 ] && [ ! -x "${INTEROP_CHROMIUM:-/usr/bin/chromium}" ]; then
  say "installing Debian's chromium with apt-get (browser downloads do not work here)"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    fail "Chromium is missing and this user cannot run apt-get. Install it once with: sudo apt-get install -y chromium (or set INTEROP_CHROMIUM to a Chromium binary)"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2 || fail "apt-get update failed"
  $sudo apt-get install -y -qq chromium >&2 || fail "apt-get install chromium failed"
fi

# --- build (turbo caches it: a no-op when nothing changed) ----------------------------------------
build_log="$root/node_modules/.interop-build.log"
if ! pnpm exec turbo run build --output-logs=errors-only > "$build_log" 2>&1; then
  cat "$build_log" >&2
  fail "build failed (see above)"
fi

# --- the set-up stamp: `pnpm -s interop` skips all of the above while it matches (setup-stamp.mjs) --
node scripts/setup-stamp.mjs write
