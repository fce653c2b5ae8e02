import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * What the CLI's quick answers load. `--help`, `--version`, usage errors and `clients` must
 * answer without a client's code, the crypto libraries, fast-check or playwright-core: each of
 * them costs hundreds of milliseconds at import (issue 14). Checked by the modules the process
 * loads, never by timing.
 */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const RECORDER = pathToFileURL(fileURLToPath(new URL('../test/fixtures/record-module-loads.mjs', import.meta.url))).href;
const dir = mkdtempSync(join(tmpdir(), 'interop-module-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
function loadedBy(...args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const out = join(dir, `run-${++runs}.txt`);
  const run = spawnSync(process.execPath, ['--import', RECORDER, MAIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, RECORD_MODULE_LOADS: out },
  });
  const modules = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  return { status: run.status, stdout: run.stdout, modules };
}

/** Modules a quick answer must not load, by the part of their path that names them. */
const HEAVY: readonly [string, RegExp][] = [
  ['fast-check', /\/fast-check\//],
  ['playwright-core', /\/playwright-core\//],
  ['any @polkadot package', /\/@polkadot\//],
  ['@noble or @scure crypto', /\/@(noble|scure)\//],
  ['the core package root (oracle, util-crypto)', /\/packages\/core\/dist\/index\.js$/],
  ['the arbitraries', /\/packages\/core\/dist\/arbitraries\//],
  ['the runner package root', /\/packages\/runner\/dist\/index\.js$/],
  ['an extension instance', /\/client-extension\/dist\/(extension-(client|background|worker)|node-background-realm)\.js$/],
  ['the extension in Chromium', /\/client-extension\/dist\/chromium-realm\//],
  ['an Apps realm', /\/client-apps\/dist\/(apps-client|node-realm\/|chromium-realm\/)/],
  ['a signer instance', /\/client-signer\/dist\/(signer-client|vault-instance|legacy-instance)\.js$/],
  ['a papi instance', /\/client-papi\/dist\/papi-(client|instance|worker)\.js$/],
  ['a SubWallet instance', /\/client-subwallet\/dist\/subwallet-(client|instance|keyring|worker)\.js$/],
  ['the migration package', /\/packages\/migration\//],
];

describe.each([
  ['--help', ['--help'], 0],
  ['--version', ['--version'], 0],
  ['an unknown command', ['frobnicate'], 2],
  ['a matrix usage error', ['matrix', '--runs', 'none'], 2],
  ['a restore usage error', ['restore', '--client', 'extension@0.62.3', '--from', 'x', '--path', '//a///secret'], 2],
  ['an unknown restore client', ['restore', '--client', 'nobody', '--from', 'x'], 2],
  ['clients', ['clients'], 0],
  ['clients --json', ['clients', '--json'], 0],
  ['a check usage error', ['check'], 2],
])('interop %s', (_name, args, status) => {
  const run = loadedBy(...args);

  it(`answers with exit ${status}`, () => {
    expect(run.status).toBe(status);
    // The recorder saw the CLI itself: a broken recorder would pass everything below.
    expect(run.modules.some((m) => m.endsWith('/apps/cli/dist/main.js'))).toBe(true);
  });

  it.each(HEAVY)('loads no %s', (_what, pattern) => {
    expect(run.modules.filter((m) => pattern.test(m))).toEqual([]);
  });
});

describe('the recorder', () => {
  it('sees the heavy modules a real command loads', () => {
    const run = loadedBy('matrix', '--clients', 'extension@0.62.3', '--methods', 'json', '--types', 'sr25519', '--list');
    expect(run.status).toBe(0);
    expect(run.modules.some((m) => /\/packages\/runner\/dist\/index\.js$/.test(m))).toBe(true);
  });
});
