import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TempDirs } from '@interop/core/testing';
import { afterAll, describe, expect, it } from 'vitest';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const STATUSES = ['pass', 'fail', 'unsupported', 'error', 'known-divergence'];

/**
 * Limits that agree with each other: a child that hangs is killed at its limit (spawnSync blocks
 * this worker, so vitest's own timer cannot end it), and each test declares a timeout that
 * covers every child it runs, instead of a 900 s child inside the suite's 300 s test limit.
 */
/** One matrix over the real clients: every JSON cell runs the clients' own scrypt, minutes on 2 shared cores. */
const REAL_MATRIX_LIMIT_MS = 900_000;
/** One CLI run on the fake clients: seconds, most of it starting Node; generous for a loaded machine. */
const FAKE_RUN_LIMIT_MS = 180_000;
/** What a test does besides waiting for its children: reading reports and asserting. */
const MARGIN_MS = 60_000;

function interop(args: string[], env: Record<string, string> = {}, limitMs = FAKE_RUN_LIMIT_MS) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: limitMs, env: { ...process.env, ...env } });
}

/** The timeout of a test that runs `children` CLI processes one after another, each within `limitMs`. */
function covering(children: number, limitMs = FAKE_RUN_LIMIT_MS): { timeout: number } {
  return { timeout: children * limitMs + MARGIN_MS };
}

interface Cell {
  id: string;
  source: string;
  method: string;
  target: string;
  type: string;
  status: string;
  reason?: string;
}

describe('interop matrix over the real clients', () => {
  it('gives every cell an outcome, a reason for every non-pass, and writes every report format', covering(1, REAL_MATRIX_LIMIT_MS), () => {
    const dir = temp.make('interop-matrix-');
    const args = [
      'matrix',
      '--clients',
      'extension@0.62.3,apps@0.171.1,signer@7.2.0',
      '--methods',
      'phrase,json,secret-qr,public-key-qr',
      '--types',
      'sr25519,ed25519',
      '--runs',
      '1',
      '--seed',
      '20261125',
      '--report',
      join(dir, 'report'),
      '--found',
      join(dir, 'found'),
      '--json',
    ];
    const run = interop(args, {}, REAL_MATRIX_LIMIT_MS);
    expect([0, 1], run.stderr).toContain(run.status);
    const report = JSON.parse(run.stdout) as { seed: number; cells: Cell[]; summary: Record<string, number> };
    expect(report.seed).toBe(20261125);
    // 3 sources x 4 methods x 3 targets x 2 types.
    expect(report.cells).toHaveLength(72);
    for (const cell of report.cells) {
      expect(STATUSES).toContain(cell.status);
      if (cell.status !== 'pass') expect(cell.reason, cell.id).toMatch(/\S/);
    }
    // A few outcomes the clients' documented behaviour fixes (read from their capability tables and upstream issues):
    const at = (s: string, m: string, t: string, ty: string) =>
      report.cells.find((c) => c.source === s && c.method === m && c.target === t && c.type === ty)?.status;
    expect(at('extension@0.62.3', 'json', 'extension@0.62.3', 'sr25519')).toBe('pass');
    expect(at('extension@0.62.3', 'json', 'signer@7.2.0', 'sr25519')).toBe('unsupported'); // Vault has no JSON import
    expect(at('apps@0.171.1', 'json', 'extension@0.62.3', 'ed25519')).toBe('pass'); // the keystore carries its type
    expect(at('extension@0.62.3', 'phrase', 'apps@0.171.1', 'ed25519')).toBe('unsupported'); // the popup creates no ed25519 (extension#697)
    for (const f of ['report.json', 'junit.xml', 'summary.md', 'report.html']) expect(existsSync(join(dir, 'report', f)), f).toBe(true);
    expect(readFileSync(join(dir, 'report', 'junit.xml'), 'utf8').match(/<testcase /g)).toHaveLength(72);
  });
});

describe('interop matrix, scenario and report merge on the fake clients (INTEROP_FAKES=1)', () => {
  const fakes = { INTEROP_FAKES: '1' };

  it('a deliberately broken fake yields a shrunk counterexample that `interop scenario` replays as still failing', covering(2), () => {
    const dir = temp.make('interop-fake-');
    const found = join(dir, 'found');
    const run = interop(
      [
        'matrix',
        '--clients',
        'fake-honest@1,fake-soft@1',
        '--methods',
        'phrase-path-type',
        '--types',
        'sr25519',
        '--runs',
        '40',
        '--seed',
        '9',
        '--found',
        found,
      ],
      fakes,
    );
    expect(run.status).toBe(1); // a failing cell makes the run red
    expect(run.stdout).toContain('✗');
    const files = readdirSync(found);
    expect(files.length).toBeGreaterThan(0);
    const first = join(found, files[0] as string);
    const saved = JSON.parse(readFileSync(first, 'utf8')) as { cell: { target: string }; spec: { path: string } };
    expect(saved.cell.target).toBe('fake-soft@1');
    expect(saved.spec.path).toMatch(/(^|[^/])\/[^/]/); // the soft junction the fake drops
    const replay = interop(['scenario', first, '--json'], fakes);
    expect(replay.status).toBe(0);
    const result = JSON.parse(replay.stdout) as { results: { status: string }[] };
    expect(result.results.map((r) => r.status)).toEqual(['reproduces']);
  });

  it('the same seed gives the same outcomes, and shards merge into the unsharded report', covering(8), () => {
    const dir = temp.make('interop-shards-');
    const common = [
      'matrix',
      '--clients',
      'fake-honest@1,fake-soft@1',
      '--methods',
      'phrase-path-type,raw-seed',
      '--runs',
      '5',
      '--seed',
      '77',
      '--found',
      join(dir, 'found'),
    ];
    const whole = interop([...common, '--report', join(dir, 'whole')], fakes);
    const again = interop([...common, '--report', join(dir, 'again')], fakes);
    const view = (d: string) =>
      (JSON.parse(readFileSync(join(dir, d, 'report.json'), 'utf8')) as { cells: Cell[] }).cells.map((c) => `${c.id}=${c.status}`).sort();
    expect(whole.status).toBe(again.status);
    expect(view('again')).toEqual(view('whole'));
    for (const i of [1, 2]) interop([...common, '--shard', `${i}/2`, '--report', join(dir, `s${i}`)], fakes);
    const merged = interop(['report', 'merge', join(dir, 's1'), join(dir, 's2'), '--out', join(dir, 'merged')], fakes);
    expect(merged.status).toBe(whole.status); // red exactly when the unsharded run is red
    expect(view('merged')).toEqual(view('whole'));
    // Split by the group times of the whole run instead of the prediction: the same cells, once each.
    for (const i of [1, 2]) {
      const part = interop([...common, '--shard', `${i}/2`, '--durations', join(dir, 'whole'), '--report', join(dir, `d${i}`)], fakes);
      expect(part.stderr).toContain(`(split by the group times of ${join(dir, 'whole')})`);
    }
    const byDurations = interop(['report', 'merge', join(dir, 'd1'), join(dir, 'd2'), '--out', join(dir, 'merged-d')], fakes);
    expect(byDurations.status).toBe(whole.status);
    expect(view('merged-d')).toEqual(view('whole'));
  });

  it('refuses a --durations file that is no report, with exit 2 and the reason', covering(1), () => {
    const run = interop(['matrix', '--clients', 'fake-honest@1', '--shard', '1/2', '--durations', '/nonexistent/report.json'], fakes);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^interop matrix: --durations: \/nonexistent\/report\.json cannot be read: ENOENT/m);
  });

  it('refuses bad options with exit 2 and a pointer to --help', covering(5), () => {
    for (const args of [
      ['--runs', '0'],
      ['--shard', '3/2'],
      ['--methods', 'carrier-pigeon'],
      ['--clients', 'nosuchclient'],
      ['--seed', 'abc'],
    ]) {
      const run = interop(['matrix', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/usage:.*\n.*--help/);
    }
  });
});
