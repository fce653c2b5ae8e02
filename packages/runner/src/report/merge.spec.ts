import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempDirs } from '@interop/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeFactory } from '../fakes/fake-client.js';
import { runMatrix } from '../run-matrix.js';
import { mergeReports } from './merge.js';
import { ReportInputError } from './read-report.js';
import { isRedReport, type Report } from './report-json.js';
import { reportOf } from './testing/test-report.js';
import { writeReports } from './write-reports.js';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
const other = fakeFactory({ id: 'fake-other@1', behaviour: 'honest' });
const wrong = fakeFactory({ id: 'fake-wrong@1', behaviour: 'always-wrong', methods: ['raw-seed'] });
// phrase-path-type and raw-seed carry the key type, so honest fakes pass them for every type.
const selection = { methods: ['raw-seed', 'phrase-path-type'], types: ['sr25519', 'ed25519'] } as const;

/** Runs shard i/4 of a fake matrix and writes its report; returns the directory. */
async function shard(index: number, factories = [honest, other], seed = 5): Promise<string> {
  const result = await runMatrix({ factories, runs: 1, seed, ...selection, shard: { index, count: 4 }, divergences: [] });
  const dir = temp.make(`interop-merge-${index}-`);
  writeReports(dir, reportOf(result, factories, { ...selection, shard: { index, count: 4 } }));
  return dir;
}

function edit(dir: string, change: (report: Record<string, unknown>) => void): string {
  const copy = temp.make('interop-edited-');
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  change(report);
  writeFileSync(join(copy, 'report.json'), JSON.stringify(report));
  return copy;
}

function refusal(dirs: string[]): string {
  try {
    mergeReports(dirs);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportInputError);
    return (error as Error).message;
  }
  throw new Error('the merge was not refused');
}

describe('report merge', () => {
  let shards: string[];
  beforeAll(async () => {
    shards = await Promise.all([1, 2, 3, 4].map((i) => shard(i)));
  });

  it('merges all four shards of a green run into a complete green report', () => {
    const merged = mergeReports(shards);
    expect(merged.complete).toBe(true);
    expect(merged.shards).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(merged.cells).toHaveLength(merged.plan.cells);
    expect(isRedReport(merged)).toBe(false);
  });

  it('refuses 3 of 4 shards, naming the missing one', () => {
    expect(refusal([shards[0], shards[1], shards[3]] as string[])).toMatch(/shard\(s\) 3\/4 missing/);
  });

  it('refuses a shard given twice, shards of another seed or plan, and a directory without report.json', async () => {
    expect(refusal([...shards, shards[2] as string])).toMatch(/shard 3\/4 is given twice/);
    const otherSeed = await shard(2, [honest, other], 6);
    expect(refusal([shards[0], otherSeed, shards[2], shards[3]] as string[])).toMatch(/the seed is 5 in .* but 6 in/);
    const otherPlan = await shard(2, [honest, wrong]);
    expect(refusal([shards[0], otherPlan, shards[2], shards[3]] as string[])).toMatch(/the plan fingerprint/);
    expect(refusal([...shards.slice(0, 3), temp.make('interop-empty-')])).toMatch(/report\.json cannot be read: ENOENT/);
  });

  it('validates every input against the schema before merging', () => {
    const noStatus = edit(shards[1] as string, (r) => {
      (r.cells as Record<string, unknown>[]).push({
        id: 'x',
        source: 'a@1',
        method: 'phrase',
        target: 'b@1',
        type: 'sr25519',
        runs: 0,
        counts: { match: 0, diverged: 0, failed: 0 },
        durationMs: 0,
      });
    });
    expect(refusal([shards[0], noStatus, shards[2], shards[3]] as string[])).toMatch(
      /does not match report\.schema\.json: \/cells\/\d+ must have required property/,
    );
    const v1 = edit(shards[1] as string, (r) => {
      r.schema = 'interop-report/v1';
    });
    expect(refusal([shards[0], v1, shards[2], shards[3]] as string[])).toMatch(/interop-report\/v1; this version reads interop-report\/v2 only/);
    const notJson = temp.make('interop-notjson-');
    writeFileSync(join(notJson, 'report.json'), '{"schema":');
    expect(refusal([shards[0], notJson, shards[2], shards[3]] as string[])).toMatch(/is not JSON/);
  });

  it('refuses shards that claim to be complete but lack cells of their plan', () => {
    const withCells = shards.find((d) => (JSON.parse(readFileSync(join(d, 'report.json'), 'utf8')) as Report).cells.length > 0) as string;
    const short = edit(withCells, (r) => {
      (r.cells as unknown[]).pop();
    });
    expect(refusal(shards.map((d) => (d === withCells ? short : d)))).toMatch(/say they are complete but hold \d+ cells of a plan of \d+/);
  });

  it('merges an interrupted shard into an incomplete report, which is red', () => {
    const interrupted = edit(shards[3] as string, (r) => {
      r.complete = false;
      r.interruption = { signal: 'SIGTERM', inFlight: ['a cell'] };
      (r.cells as unknown[]).splice(0);
    });
    const merged = mergeReports([shards[0], shards[1], shards[2], interrupted] as string[]);
    expect(merged.complete).toBe(false);
    expect(merged.interruption).toEqual({ signal: 'SIGTERM', inFlight: ['a cell'] });
    expect(isRedReport(merged)).toBe(true);
  });

  it('a merge with a failing cell is red', async () => {
    const red = await Promise.all([1, 2, 3, 4].map((i) => shard(i, [honest, wrong])));
    const merged = mergeReports(red);
    expect(merged.summary.fail).toBeGreaterThan(0);
    expect(isRedReport(merged)).toBe(true);
  });
});
