#!/usr/bin/env node
// `npm test` after set-up: lint, typecheck, every package's tests (turbo), then one closing
// line 'N passed, N failed, N skipped' summed over the packages' vitest results.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = ['packages', 'apps'].flatMap((top) => readdirSync(join(root, top)).map((d) => join(root, top, d)));
for (const d of dirs) rmSync(join(d, '.vitest'), { recursive: true, force: true });

function step(title, cmd, args) {
  process.stdout.write(`\n== ${title}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' } });
  process.stdout.write(`== ${title}: ${r.status === 0 ? 'ok' : `exit ${r.status}`} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return r.status === 0;
}

const extra = process.argv.slice(2);
const results = [
  step('lint (biome)', 'pnpm', ['exec', 'biome', 'check', '.']),
  step('typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']),
  step('tests', 'pnpm', ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--continue', '--output-logs=full', '--force', ...extra]),
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const d of dirs) {
  const file = join(d, '.vitest', 'results.json');
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
const stepsFailed = results.filter((ok) => !ok).length;
if (stepsFailed > 0 && failed === 0) failed = stepsFailed;
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(results.every(Boolean) && failed === 0 && passed > 0 ? 0 : 1);
