import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TempDirs } from '@interop/core/testing';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const HANGING = fileURLToPath(new URL('../../test/fixtures/matrix-with-hanging-fake.mjs', import.meta.url));
const ENV = { ...process.env, INTEROP_FAKES: '1', GITHUB_ACTIONS: '' };

/** One CLI run on the fake clients: seconds; past this a hung child is killed (spawnSync blocks vitest's own timer). */
const CHILD_LIMIT_MS = 180_000;
/** Each test declares a timeout covering the children it runs one after another, plus this. */
const MARGIN_MS = 60_000;

function interop(args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: CHILD_LIMIT_MS, env: ENV });
}

function covering(children: number): { timeout: number } {
  return { timeout: children * CHILD_LIMIT_MS + MARGIN_MS };
}

interface Report {
  complete: boolean;
  interruption?: { signal: string; inFlight: string[] };
  cells: { id: string; source: string; target: string; status: string }[];
  plan: { cells: number };
}

describe('interop matrix for CI (INTEROP_FAKES=1)', () => {
  const clients = ['--clients', 'fake-honest@1,fake-soft@1', '--methods', 'raw-seed', '--types', 'sr25519,ed25519'];

  it('--list prints the plan without running it; --sources and --targets keep one row or column', covering(3), () => {
    const all = interop(['matrix', ...clients, '--list']);
    expect(all.status).toBe(0);
    expect(all.stdout.split('\n')[0]).toBe('8 cells: 8 run, 0 unsupported (settled from the capability tables)');
    const row = interop(['matrix', ...clients, '--sources', 'fake-soft@1', '--targets', 'fake-honest', '--list', '--json']);
    const plan = JSON.parse(row.stdout) as { cells: number; plan: { id: string }[] };
    expect(plan.plan.map((c) => c.id)).toEqual(['fake-soft@1 --raw-seed--> fake-honest@1 [sr25519]', 'fake-soft@1 --raw-seed--> fake-honest@1 [ed25519]']);
    expect(interop(['matrix', ...clients, '--sources', 'extension@0.62.3', '--list']).status).toBe(2);
  });

  it('--sources runs only that row; progress stays quiet when stdout is not a terminal unless --progress', covering(2), () => {
    const dir = temp.make('interop-row-');
    const quiet = interop([
      'matrix',
      ...clients,
      '--sources',
      'fake-honest@1',
      '--runs',
      '2',
      '--seed',
      '4',
      '--report',
      join(dir, 'r'),
      '--found',
      join(dir, 'f'),
    ]);
    const report = JSON.parse(readFileSync(join(dir, 'r', 'report.json'), 'utf8')) as Report;
    expect(report.cells.map((c) => c.source)).toEqual(Array(4).fill('fake-honest@1'));
    expect(quiet.stderr).not.toMatch(/^\[\s*\d+\/\d+\]/m);
    const loud = interop(['matrix', ...clients, '--sources', 'fake-honest@1', '--runs', '2', '--seed', '4', '--found', join(dir, 'f'), '--progress']);
    const lines = loud.stderr.split('\n').filter((l) => /^\[\s*\d+\/\d+\]/.test(l));
    expect(lines.map((l) => l.slice(0, 5))).toEqual(['[1/4]', '[2/4]', '[3/4]', '[4/4]']);
    expect(lines.at(-1)).toMatch(/elapsed, done/);
    // The closing figures come with the progress (the fakes compute no scrypt), and only with it.
    expect(loud.stderr).toMatch(/^scrypt in the client realms: 0 computed \(0\.0 s of work\), 0 served from the run's memo; floor 0\.0 s/m);
    expect(quiet.stderr).not.toMatch(/scrypt in the client realms/);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} stops the run, writes a partial report marked incomplete and exits ${code}`, covering(1), async () => {
      const dir = temp.make('interop-interrupt-');
      const args = ['--clients', 'fake-honest@1,fake-hangs@1', '--methods', 'raw-seed', '--types', 'sr25519', '--runs', '1', '--seed', '1'];
      const child = spawn(
        process.execPath,
        [HANGING, ...args, '--concurrency', '2', '--timeout', '3600000', '--progress', '--report', join(dir, 'r'), '--found', join(dir, 'f')],
        {
          env: ENV,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      // Ended whatever happens, also when the test fails or times out before the signal is sent.
      const stopAtLimit = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
      onTestFinished(() => {
        clearTimeout(stopAtLimit);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      });
      let stderr = '';
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      // Both cells into fake-honest settle; both into fake-hangs never will: then the run can only stop by the signal.
      const ready = new Promise<void>((resolve) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('[2/4]')) resolve();
        });
      });
      // A child that ends before it is ready fails the test at once instead of waiting for the test timeout.
      await Promise.race([ready, exited.then((c) => Promise.reject(new Error(`ended early with ${c}: ${stderr}`)))]);
      child.kill(signal);
      expect(await exited).toBe(code);
      const report = JSON.parse(readFileSync(join(dir, 'r', 'report.json'), 'utf8')) as Report;
      expect(report.complete).toBe(false);
      expect(report.interruption?.signal).toBe(signal);
      expect(report.interruption?.inFlight.sort()).toEqual([
        'fake-hangs@1 --raw-seed--> fake-hangs@1 [sr25519]',
        'fake-honest@1 --raw-seed--> fake-hangs@1 [sr25519]',
      ]);
      expect(report.cells.map((c) => `${c.id}=${c.status}`)).toEqual([
        'fake-honest@1 --raw-seed--> fake-honest@1 [sr25519]=pass',
        'fake-hangs@1 --raw-seed--> fake-honest@1 [sr25519]=pass',
      ]);
      expect(stderr).toContain(`${signal}: stopping every client (2 cell(s) were running)`);
      expect(readFileSync(join(dir, 'r', 'summary.md'), 'utf8')).toContain('INCOMPLETE: interrupted');
      expect(readFileSync(join(dir, 'r', 'junit.xml'), 'utf8')).toContain('type="incomplete"');
    });
  }
});
