import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TempDirs } from '@interop/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const FAKES = { INTEROP_FAKES: '1' };

/** One CLI run on the fake clients: seconds; past this a hung child is killed (spawnSync blocks vitest's own timer). */
const CHILD_LIMIT_MS = 180_000;
/** Each test (and the set-up) declares a timeout covering the children it runs one after another, plus this. */
const MARGIN_MS = 60_000;

function interop(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' };
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: CHILD_LIMIT_MS, env: { ...clean, ...FAKES, ...env } });
}

function covering(children: number): { timeout: number } {
  return { timeout: children * CHILD_LIMIT_MS + MARGIN_MS };
}

/** fake-soft drops soft junctions: with 20 runs each of its phrase-path-type cells meets one and fails. */
const RED_RUN = [
  'matrix',
  '--clients',
  'fake-honest@1,fake-soft@1',
  '--methods',
  'phrase-path-type,raw-seed',
  '--types',
  'sr25519',
  '--runs',
  '20',
  '--seed',
  '9',
];

describe('interop report merge and diff (INTEROP_FAKES=1)', () => {
  let dir: string;
  beforeAll(() => {
    dir = temp.make('interop-report-cli-');
    for (const i of [1, 2, 3, 4]) {
      const run = interop([...RED_RUN, '--shard', `${i}/4`, '--report', join(dir, `s${i}`), '--found', join(dir, 'found')]);
      expect([0, 1], run.stderr).toContain(run.status);
    }
    const whole = interop([...RED_RUN, '--report', join(dir, 'whole'), '--found', join(dir, 'found')]);
    expect(whole.status, whole.stderr).toBe(1);
  }, covering(5).timeout);

  it('--version prints the tool version from its package.json', covering(1), () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(interop(['--version'])).toMatchObject({ status: 0, stdout: `interop ${version}\n` });
  });

  it('merging the shards of a red run exits 1 and writes every format', covering(1), () => {
    const merged = interop(['report', 'merge', ...[1, 2, 3, 4].map((i) => join(dir, `s${i}`)), '--out', join(dir, 'merged')]);
    expect(merged.status, merged.stderr).toBe(1);
    expect(merged.stdout).toMatch(/^RED — \d+ fail$/m);
    for (const f of ['report.json', 'junit.xml', 'summary.md', 'report.html']) expect(existsSync(join(dir, 'merged', f)), f).toBe(true);
    const cells = (d: string) =>
      (JSON.parse(readFileSync(join(dir, d, 'report.json'), 'utf8')) as { cells: { id: string; status: string }[] }).cells.map((c) => `${c.id}=${c.status}`);
    expect(cells('merged')).toEqual(cells('whole'));
  });

  it('refuses 3 of 4 shards with exit 2 and writes nothing', covering(1), () => {
    const out = join(dir, 'three');
    const run = interop(['report', 'merge', join(dir, 's1'), join(dir, 's2'), join(dir, 's4'), '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^interop report merge: shard\(s\) 3\/4 missing/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write the merge over one of its inputs', covering(1), () => {
    const run = interop(['report', 'merge', join(dir, 's1'), join(dir, 's2'), join(dir, 's3'), join(dir, 's4'), '--out', join(dir, 's1')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would overwrite a shard');
  });

  it('a hostile seed string in a shard is refused with exit 2 before any output is written', covering(1), () => {
    const hostile = join(dir, 'hostile');
    cpSync(join(dir, 's2'), hostile, { recursive: true });
    const report = JSON.parse(readFileSync(join(hostile, 'report.json'), 'utf8'));
    writeFileSync(join(hostile, 'report.json'), JSON.stringify({ ...report, seed: '</script><script>alert(1)</script>' }));
    const run = interop(['report', 'merge', join(dir, 's1'), hostile, join(dir, 's3'), join(dir, 's4'), '--out', join(dir, 'hostile-out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/does not match report\.schema\.json: \/seed must be integer/);
    expect(existsSync(join(dir, 'hostile-out'))).toBe(false);
  });

  it('in GitHub Actions, red cells become ::error annotations and the summary goes to $GITHUB_STEP_SUMMARY', covering(2), () => {
    const summary = join(dir, 'step-summary.md');
    writeFileSync(summary, 'earlier step\n');
    const shards = [1, 2, 3, 4].map((i) => join(dir, `s${i}`));
    const run = interop(['report', 'merge', ...shards, '--out', join(dir, 'gh')], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    const red = (JSON.parse(readFileSync(join(dir, 'gh', 'report.json'), 'utf8')) as { summary: { fail: number } }).summary.fail;
    expect(annotations).toHaveLength(red);
    for (const line of annotations) expect(line).toMatch(/^::error title=interop%3A fake-\S+ --[a-z-]+--> fake-\S+ \[sr25519\]::fail: /);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('earlier step\n# Backup/restore interop matrix')).toBe(true);
    expect(interop(['report', 'merge', ...shards, '--out', join(dir, 'plain')]).stdout).not.toContain('::error');
  });

  it('report diff on two real runs with one cell changed names exactly that cell, and exits 1', covering(5), () => {
    const before = join(dir, 'whole', 'report.json');
    const report = JSON.parse(readFileSync(before, 'utf8')) as { cells: Record<string, unknown>[] };
    const target = report.cells.find((c) => c.status === 'pass') as Record<string, unknown>;
    target.status = 'error';
    target.code = 'E_WORKER_CRASHED';
    target.message = 'client worker exited with code 1';
    target.reason = 'restore failed';
    const after = join(dir, 'after.json');
    writeFileSync(after, JSON.stringify(report));
    const markdown = interop(['report', 'diff', before, after]);
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toContain('RED — 1 regression(s)');
    expect(markdown.stdout.match(/^\| `[^`]+` \|/gm)).toEqual([`| \`${target.id}\` |`, `| \`${target.id}\` |`]);
    const json = interop(['report', 'diff', before, after, '--json']);
    const diff = JSON.parse(json.stdout) as { newFailures: { id: string }[]; flips: { id: string }[]; fixed: unknown[] };
    expect(diff.newFailures.map((c) => c.id)).toEqual([target.id]);
    expect(diff.flips.map((c) => c.id)).toEqual([target.id]);
    expect(diff.fixed).toEqual([]);
    expect(interop(['report', 'diff', after, before]).status).toBe(0);
    expect(interop(['report', 'diff', before, join(dir, 'nothing-here')]).status).toBe(2);
    expect(interop(['report', 'diff', before]).status).toBe(2);
  });
});
