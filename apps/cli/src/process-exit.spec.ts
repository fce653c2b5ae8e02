import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './testing/run-cli.js';

/**
 * Every command exits by itself and leaves no process (worker threads end with it; a browser is
 * a process: found by an environment marker every descendant inherits) and nothing in its
 * TMPDIR (browser profiles, playwright's files) — on success, on failure, and when stopped by
 * a signal while a browser or worker is running.
 */
const SCENARIOS = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const OLD = join(SCENARIOS, 'migration/hostile-names/old.json');
const NEW = join(SCENARIOS, 'migration/hostile-names/new.json');
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
/** The hang limit of one run: below the test's own time limit, so a hang is reported with what was left. */
const LIMIT_MS = 240_000;
const TEST_MS = 600_000;
/** The browser's own processes (the CLI's command line may name a chromium client id). */
const BROWSER = /chromium\/chromium/;

const dir = mkdtempSync(join(tmpdir(), 'interop-process-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const phrase = join(dir, 'phrase.txt');
writeFileSync(phrase, `${DEV_PHRASE}\n`);

function expectClean(run: CliRun, what: string): void {
  const where = `${what}\nstdout: ${run.stdout.slice(0, 400)}\nstderr: ${run.stderr.slice(0, 400)}`;
  expect(run.hung, `hung: ${where}`).toBe(false);
  expect(run.leftProcesses, `left running: ${where}`).toEqual([]);
  expect(run.leftTemp, `left in TMPDIR: ${where}`).toEqual([]);
}

describe('every command exits and leaves no process and no temp directory', () => {
  it.each([
    ['clients', () => ['clients', '--json'], 0],
    ['restore in a Node worker (extension)', () => ['restore', '--client', 'extension@0.62.3', '--from', phrase, '--json'], 0],
    ['restore in Chromium (Apps)', () => ['restore', '--client', 'apps@0.171.1-chromium', '--from', phrase, '--json'], 0],
    ['restore refused by the client', () => ['restore', '--client', 'apps@0.171.1', '--from', phrase, '--type', 'ecdsa', '--path', '/soft', '--json'], 1],
    ['scenario', () => ['scenario', join(SCENARIOS, 'bugs/vault-junction-parsing.json'), '--json'], 0],
    [
      'matrix',
      () => [
        'matrix',
        '--clients',
        'signer@7.2.0',
        '--methods',
        'phrase',
        '--types',
        'sr25519',
        '--runs',
        '1',
        '--seed',
        '1',
        '--report',
        join(dir, 'r1'),
        '--found',
        join(dir, 'found'),
        '--json',
      ],
      0,
    ],
    ['report merge', () => ['report', 'merge', join(dir, 'r1'), '--out', join(dir, 'merged')], 0],
    ['migrate plan', () => ['migrate', 'plan', '--old', OLD, '--new', NEW, '--json'], 0],
    ['migrate apply', () => ['migrate', 'apply', '--old', OLD, '--new', NEW, '--out', join(dir, 'merged.json'), '--json'], 0],
    ['migrate verify (two Chromium profiles)', () => ['migrate', 'verify', '--old', OLD, '--new', NEW, '--json'], 0],
  ] as const)(
    '%s',
    async (what, args, status) => {
      const run = await runCli(args(), { hangLimitMs: LIMIT_MS, cwd: dir });
      expect(run.status, `${what}: ${run.stderr.slice(0, 600)}`).toBe(status);
      expectClean(run, what);
    },
    TEST_MS,
  );
});

describe('stopped by a signal while its children run', () => {
  it(
    'SIGTERM during a Chromium restore: exits 143, browser gone, profile removed',
    async () => {
      const run = await runCli(['restore', '--client', 'apps@0.171.1-chromium', '--from', phrase, '--json'], {
        hangLimitMs: LIMIT_MS,
        signalWhen: { processMatches: BROWSER, signal: 'SIGTERM' },
      });
      expect(run.status).toBe(143);
      expect(run.stderr).toMatch(/SIGTERM: closing clients and browsers/);
      expectClean(run, 'SIGTERM during restore');
    },
    TEST_MS,
  );

  it(
    'SIGINT during migrate verify: exits 130, both browsers gone, both profiles removed',
    async () => {
      const run = await runCli(['migrate', 'verify', '--old', OLD, '--new', NEW], {
        hangLimitMs: LIMIT_MS,
        signalWhen: { processMatches: BROWSER, signal: 'SIGINT' },
      });
      expect(run.status).toBe(130);
      expectClean(run, 'SIGINT during verify');
    },
    TEST_MS,
  );

  it(
    'SIGTERM during a matrix run: exits 143, workers gone, no counterexample from the interruption',
    async () => {
      const found = join(dir, 'found-sigterm');
      const run = await runCli(
        ['matrix', '--clients', 'extension@0.62.3,apps@0.171.1', '--methods', 'json', '--types', 'sr25519', '--runs', '1', '--found', found, '--progress'],
        {
          hangLimitMs: LIMIT_MS,
          // The first settled cell's progress line: the other three are in flight then. ('running '
          // came only from the heartbeat, printed with --progress after 30 s without a line, so
          // a run whose cells all finish sooner was never signalled and exited 0.)
          signalWhen: { stderrIncludes: '[1/4]', signal: 'SIGTERM' },
        },
      );
      expect(run.status).toBe(143);
      expectClean(run, 'SIGTERM during matrix');
      expect(readdirSync(dir)).not.toContain('found-sigterm');
    },
    TEST_MS,
  );
});
